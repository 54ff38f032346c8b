"""When a figure was said, which figure it replaced, and where its quote starts: round 24's new
user's wires, posts and statement (a mine explosion), in the invented Kessa dam story
(America/Bogota, UTC-05:00).

- A sentence that only dates the statement before it ("The statement was made at 02:15 local
  time.", "The update came at 16:30 local time on Thursday.") dates that statement's figures,
  in the story's zone; 40 one-sentence wires had all been dated by their day only.
- "raised its toll to 17 from 14" so dated links the 14 to the 17; "We first counted 17 dead
  this morning; the figure has risen to 24 tonight." and "… had announced 36 deaths; the
  figure was revised …" link the earlier figure too.
- ``makiivka extract --story`` prints a zone-less time in the story's zone, as ingest writes it.
- A wire's dateline, with or without its country, is not in the quote.
"""

from __future__ import annotations

import json

import pytest

from makiivka.cli import main
from makiivka.extract.figures import extract_figures
from makiivka.extract.ingest import ingest_article
from makiivka.extract.proposals import sentence_quote
from tests.extract.ingest_story import read_rows

BOGOTA = "inferred: the time '{}' gives no zone; read in the story's time zone (America/Bogota, " \
    "UTC-05:00)"  # fmt: skip
UNDATED = "publication date: the text does not say when this was stated (check)"

# (the article's body, its publication, rows as (figure, stated_at, basis, supersedes))
DATED = [
    # a wire's last sentence dates the statement: the time read in the story's zone
    ("KESSA, Mar 15 (Reuters) - The Valdera Council said 27 people had died and 40 were "
     "missing. The statement was made at 02:15 local time.", "2019-03-15",
     [("27", "2019-03-15T02:15-05:00", BOGOTA.format("at 02:15"), ""),
      ("40", "2019-03-15T02:15-05:00", BOGOTA.format("at 02:15"), "")]),
    # its day named after the time: the clock on that day (Thursday, not the Friday published)
    ("The Valdera Council said 27 people had died. The update came at 16:30 local time on "
     "Thursday.", "2019-03-15",
     [("27", "2019-03-14T16:30-05:00", BOGOTA.format("at 16:30"), "")]),
    # a revision so dated: the 14 is no later than the 17 and linked to it
    ("KESSA, Mar 15 (AFP) - The Valdera Council raised its toll to 17 from 14. The statement "
     "was made at 15:05 local time.", "2019-03-15",
     [("17", "2019-03-15T15:05-05:00", BOGOTA.format("at 15:05"), "c002"),
      ("14", "2019-03-15", UNDATED, "")]),
    ("The Valdera Council admitted 34 dead, up from 30. The update came at 10:00 local time on "
     "Saturday.", "2019-03-16",
     [("34", "2019-03-16T10:00-05:00", BOGOTA.format("at 10:00"), "c002"),
      ("30", "2019-03-16", UNDATED, "")]),
    # the statement alone in its paragraph: the text's one statement
    ("The Valdera Council said 27 people had died.\n\nThe statement was made at 02:15 local "
     "time.", "2019-03-15",
     [("27", "2019-03-15T02:15-05:00", BOGOTA.format("at 02:15"), "")]),
    # a time on a day another phrase of the sentence names is read in the story's zone too
    ("The toll stood at 18 on Sunday afternoon, the Valdera Council said at 1.00 pm.",
     "2019-03-18", [("18", "2019-03-17T13:00-05:00", BOGOTA.format("at 1.00 pm"), "")]),
    # guard: a figure with its own time keeps it
    ("The Valdera Council said at 01:00 that 27 people had died. The statement was made at "
     "02:15 local time.", "2019-03-15",
     [("27", "2019-03-15T01:00-05:00", BOGOTA.format("at 01:00"), "")]),
    # guard: a sentence that names who made it is no mere date
    ("The Valdera Council said 27 people had died. The statement was made by its chairman "
     "at 02:15.", "2019-03-15", [("27", "2019-03-15", UNDATED, "")]),
    # guard: two statements before it: which one it dates is not said
    ("The Valdera Council said 27 people had died. The Northern Front said 40 had died. The "
     "statement was made at 02:15 local time.", "2019-03-15",
     [("27", "2019-03-15", UNDATED, ""), ("40", "2019-03-15", UNDATED, "")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "published", "expected"), DATED)
def test_a_sentence_that_only_dates_the_statement_dates_its_figures(
    story, body, published, expected
):
    text = f"Kessa dam update\n\n{body}\n"
    ingest_article(story / "data", text, name="wire.txt", outlet="courier", published=published)
    rows = read_rows(story / "data" / "claims.csv")
    got = [(r["figure"], r["stated_at"], r["stated_at_basis"], r["supersedes"]) for r in rows]
    assert got == expected
    assert main(["validate", "--story", str(story)]) == 0


def test_a_posts_earlier_figure_this_morning_is_linked_to_its_figure_tonight(story):
    # round 24's new user: a union's Telegram post at 21:30 (02:30 UTC the next day)
    text = "We first counted 17 dead this morning; the figure has risen to 24 tonight.\n"
    ingest_article(
        story / "data", text, name="post.txt", outlet="valdera_council",
        published="2019-03-16T02:30+00:00", basis="post",
    )  # fmt: skip
    rows = read_rows(story / "data" / "claims.csv")
    got = [(r["figure"], r["stated_at"], r["supersedes"]) for r in rows]
    assert got == [("17", "2019-03-15T06:00-05:00", ""),
                   ("24", "2019-03-16T02:30+00:00", "c001")]  # fmt: skip
    assert rows[0]["stated_at_basis"] == (
        'inferred: "this morning" is the morning of 2019-03-15, the day of c002, which revised '
        "it, in the story's time zone (America/Bogota); its start is written, the text gives no "
        "clock time"
    )
    assert main(["validate", "--story", str(story)]) == 0


STATEMENT = """VALDERA COUNCIL
Statement No. 7, 17 March 2019, 11:00

Of the 110 workers in the valley, 38 have lost their lives and 14 have been rescued alive.

Earlier today the council had announced 36 deaths; the figure was revised after two more bodies were recovered.
"""


def test_an_earlier_figure_whose_revision_is_told_without_a_figure_is_linked(story):
    ingest_article(story / "data", STATEMENT, name="statement.txt", outlet="valdera_council")
    rows = read_rows(story / "data" / "claims.csv")
    got = [(r["figure"], r["metric"], r["stated_at"], r["supersedes"]) for r in rows]
    assert got == [
        ("110", "other", "2019-03-17T11:00-05:00", ""),
        ("38", "killed", "2019-03-17T11:00-05:00", "c004"),
        ("14", "other", "2019-03-17T11:00-05:00", ""),  # the story counts no one rescued
        ("36", "killed", "2019-03-17", ""),
        ("two", "other", "2019-03-17", ""),
    ]
    assert main(["validate", "--story", str(story)]) == 0


@pytest.mark.parametrize(
    ("sentence", "linked"),
    [
        ("We first counted 17 dead this morning; the figure has risen to 24 tonight.", True),
        ("The council counted 17 dead, and the toll has since climbed to 24.", True),
        # guard: another speaker's figure is no revision of the first
        ("The council counted 17 dead; the Front said the toll had risen to 24.", False),
        # guard: an earlier figure with another after it: the revision's words name none
        ("The council had announced 36 deaths and 12 injuries; the figure was revised.", False),
    ],
)
def test_which_figures_a_revision_in_words_links(sentence, linked):
    figures = extract_figures(f"Kessa\n\n{sentence}\n", "2019-03-15", outlet="courier")
    firsts = {f.revises for f in figures if f.revises is not None}
    assert bool(firsts) is linked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time in the figure's sentence
        ("Kessa\n\nThe Valdera Council said at 02:15 local time that 4 workers had died.\n",
         "2019-03-15T02:15-05:00"),
        # in the sentence after it, which only dates the statement
        ("Kessa\n\nThe Valdera Council said 4 workers had died. The statement was made at 02:15 "
         "local time.\n", "2019-03-15T02:15-05:00"),
        # a live blog's stamp
        ("Kessa live\n\n02:15 — The Valdera Council said 4 workers had died.\n",
         "2019-03-15T02:15-05:00"),
        # guard: a time with its own zone keeps it
        ("Kessa\n\nThe Valdera Council said at 02:15 GMT that 4 workers had died.\n",
         "2019-03-15T02:15+00:00"),
    ],
)  # fmt: skip
def test_extract_prints_a_zone_less_time_in_the_storys_zone(
    story, tmp_path, capsys, text, expected
):
    path = tmp_path / "probe.txt"
    path.write_text(text, encoding="utf-8")
    argv = ["extract", str(path), "--published", "2019-03-15", "--story", str(story)]
    capsys.readouterr()
    assert main([*argv, "--format", "json"]) == 0
    assert [r["stated_at"] for r in json.loads(capsys.readouterr().out)] == [expected]


LONG = ("The death toll from a methane explosion at a coal mine in the north rose to 17 on "
        "Thursday, the Valdera Council said, raising its figure from 11 announced in the "
        "morning, as rescuers dug through collapsed galleries.")  # fmt: skip


@pytest.mark.parametrize(
    ("dateline", "sentence", "quote"),
    [
        ("KESSA, Norland, Oct 15 (Reuters) - ", LONG, LONG),
        ("KESSA, Oct 15 (Reuters) - ", LONG, LONG),
        ("KESSA, Norland (AP) — Thursday, October 15, 2026 — ", "The toll rose to 17.",
         "The toll rose to 17."),
        ("KESSA (AFP) - ", "The toll rose to 17.", "The toll rose to 17."),
        # guard: no dateline, the whole sentence
        ("", "KESSA is where the toll rose to 17.", "KESSA is where the toll rose to 17."),
    ],
)  # fmt: skip
def test_a_quote_starts_after_the_wires_dateline(dateline, sentence, quote):
    text = f"Mine toll rises\n\n{dateline}{sentence}\n"
    [figure] = [f for f in extract_figures(text, "2026-10-15") if f.quote == "17"]
    assert sentence_quote(text, figure) == (quote, "")
