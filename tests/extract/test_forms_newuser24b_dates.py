"""When a figure was stated, which figure a release revised, and a quote's brackets, in the
forms round 24's second new user wrote (a militia's attack on a village: a UN mission, the
army and its channel). Every passage here is our own, in an invented story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from makiivka.cli import main
from makiivka.extract.figures import extract_figures
from makiivka.extract.proposals import sentence_quote
from makiivka.extract.speakers import register_from
from makiivka.text.linebreaks import read_line_breaks
from tests.extract.ingest_story import read_rows
from tests.extract.test_speakers import figure_ending

#: A militia's attack on Lesso on 3 March 2026, a Tuesday, before dawn.
DESCRIPTOR = {
    "event": {"places": ["Lesso"], "occurred_at": "2026-03-03T03:30+02:00", "noun": "attack"},
    "parties": [
        {"id": "army", "label": "Norlandic army", "cues": ["army"]},
        {"id": "militia", "label": "Velu militia", "cues": ["Velu"]},
    ],
    "roles": {"third_party": {"cues": ["UN mission"]}},
    "metrics": [{"id": m} for m in ("killed", "wounded", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
HEAD = "Lesso attack\n\n"


@pytest.mark.parametrize(
    ("text", "quote", "stated_at"),
    [
        # a day beside the speech verb, or a toll's state on a day, is the statement's (the
        # time of the killing, "killed when … attacked … in the early hours of Tuesday, X said",
        # still dates it: the labelled sets date such same-day reports so; the desk lists a row
        # so stated before the event among the doubtful)
        (HEAD + "At least 40 people were killed, the UN peacekeeping mission MINUL said on "
         "Wednesday.", "At least 40", "2026-03-04"),
        (HEAD + "The toll stood at 52 on Tuesday, the UN peacekeeping mission MINUL said.",
         "52", "2026-03-03"),
    ],
)  # fmt: skip
def test_a_day_beside_the_speech_or_the_toll_dates_the_statement(text, quote, stated_at):
    assert figure_ending(text, quote, "2026-03-05", STORY).stated_at == stated_at


RELEASE = (
    HEAD + "The UN mission said on Thursday that 90 civilians were killed in the attack on "
    "Lesso. This revises the figure of 78 dead announced on 4 March.\n"
)


def test_the_figure_a_release_revises_is_dated_by_its_own_words_and_linked():
    figures = {f.quote: f for f in extract_figures(RELEASE, "2026-03-06", STORY)}
    assert (figures["78"].stated_at, figures["78"].revises) == ("2026-03-04", None)
    assert (figures["90"].stated_at, figures["90"].revises) == ("2026-03-05", figures["78"].start)


def test_the_revised_figure_is_ingested_as_superseded(tmp_path: Path):
    story = tmp_path / "lesso"
    assert main(["new", str(story), "--title", "Lesso", "--event", "Lesso attack",
                 "--occurred-at", "2026-03-03T03:30+02:00", "--timezone", "Africa/Lubumbashi",
                 "--place", "Lesso", "--noun", "attack", "--party", "army=Norlandic army",
                 "--party", "militia=Velu militia", "--metric", "killed"]) == 0  # fmt: skip
    assert main(["claimant", "add", "minul", "--name", "MINUL", "--side", "third_party",
                 "--kind", "international organisation", "--alias", "UN mission",
                 "--story", str(story)]) == 0  # fmt: skip
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, "utf-8")
    argv = ["ingest", str(release), "--outlet", "minul", "--published", "2026-03-06"]
    assert main([*argv, "--story", str(story)]) == 0
    rows = read_rows(story / "data" / "claims.csv")
    assert [(r["claim_id"], r["figure"], r["stated_at"], r["supersedes"]) for r in rows] == [
        ("c001", "90", "2026-03-05", "c002"), ("c002", "78", "2026-03-04", "")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "quote"),
    [
        # a translation in brackets split into sentences: no stray bracket at either end
        ("Post\n\n(The army repelled the Velu militia. Provisional toll: 30 civilians killed.)",
         "30", "Provisional toll: 30 civilians killed."),
        ("Post\n\n(The army denies the figure of 40 soldiers killed. Two soldiers fell.)",
         "40", "The army denies the figure of 40 soldiers killed."),
        # a French quotation of two sentences opening after the figure's: not in its quote
        ("Lesso\n\nThe army denied the militia's claim that 40 soldiers had been killed. "
         "« C'est faux. Nous avons perdu deux militaires », he said.", "40",
         "The army denied the militia's claim that 40 soldiers had been killed."),
        # guard: balanced brackets stay
        ("Lesso\n\nThe UN mission (MINUL) said 45 people were killed.", "45",
         "The UN mission (MINUL) said 45 people were killed."),
    ],
)  # fmt: skip
def test_a_quote_keeps_its_brackets_balanced(text, figure, quote):
    found = next(f for f in extract_figures(text, "2026-03-05", STORY) if f.quote == figure)
    assert sentence_quote(text, found, read_line_breaks(text).text)[0] == quote
