"""Who said it, in the forms round 21's new user wrote (a fuel-depot explosion, five parties).

A rights group "citing hospital and morgue records" had become a new speaker, "hospital and
morgue records", relayed by the group; "The opposition … party repeated its claim that" was
the wire's own voice; "A United Nations disaster team arriving in <the event's city> said"
was the city's. Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import json

import pytest

from makiivka.cli import main
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A depot explosion in Orra, held by the provincial governor, on 14 March 2026.
DESCRIPTOR = {
        "event": {"places": ["Orra"], "occurred_at": "2026-03-15T03:47:00+00:00",
                  "noun": "explosion"},
        "parties": [
            {"id": "gov", "label": "Government of Norland", "cues": ["Interior Ministry"]},
            {"id": "governor", "label": "Orra Governor", "places": ["Orra"],
             "cues": ["governor"]},
            {"id": "rights", "label": "Orra Rights Committee", "cues": ["Rights Committee"]},
            {"id": "opposition", "label": "Green Hand", "cues": ["Green Hand"]},
        ],
        "roles": {"third_party": {"cues": ["United Nations", "Red Cross"]},
                  "media": {"cues": ["Courier"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)


@pytest.mark.parametrize(
    ("sentence", "quote", "side", "name", "relayed_by"),
    [
        # records no one speaks for are the speaker's evidence, not a speaker it relays
        (
            "The Orra Rights Committee said at least 30 people were dead, citing hospital and "
            "morgue records.",
            "at least 30",
            "rights",
            "Orra Rights Committee",
            "",
        ),
        # guard: a body's records it is cited for are that body's figure, relayed
        (
            "The Courier said at least 30 people were dead, citing Interior Ministry records.",
            "at least 30",
            "gov",
            "Interior Ministry records",
            "Courier",
        ),
        # "repeated its claim that" is speech
        (
            'The opposition Green Hand party repeated its claim that "more than 50" had died.',
            "more than 50",
            "opposition",
            "Green Hand party",
            "",
        ),
        # a team "arriving in" the event's city speaks for itself, not for the city
        (
            "A United Nations disaster team arriving in Orra said between 2,000 and 2,500 people "
            "could not yet return home.",
            "between 2,000 and 2,500",
            "third_party",
            "A United Nations disaster team arriving in Orra",
            "",
        ),
    ],
)
def test_who_states_the_figure(sentence, quote, side, name, relayed_by):
    found = figure_ending(f"Explosion update\n\n{sentence}", quote, "2026-03-16", STORY)
    assert (found.side, found.claimant_name, found.relayed_by) == (side, name, relayed_by), (
        found.attribution
    )


def test_a_live_blog_figure_is_not_dated_by_the_next_entry(tmp_path, capsys):
    """'Earlier it had said 12.' ends its entry: the next entry's stamp is no date of it."""
    story = tmp_path / "story"
    assert main(
        ["new", str(story), "--title", "Orra blast", "--event", "The Orra blast", "--noun",
         "explosion", "--occurred-at", "2026-03-14T22:47-05:00", "--timezone",
         "America/Guayaquil", "--place", "Orra", "--party", "gov=Government of Norland",
         "--party", "green=Green Hand"]
    ) == 0  # fmt: skip
    ministry = ["interior", "--name", "Interior Ministry", "--side", "gov", "--kind", "ministry"]
    assert main(["claimant", "add", *ministry, "--story", str(story)]) == 0
    blog = tmp_path / "blog.txt"
    blog.write_text(
        "Live: blast\nSunday, 15 March 2026\n\n13:30 — The Interior Ministry now says 19 dead "
        "and 87 injured. Earlier it had said 12.\n\n19:10 — Green Hand says more than 50 died.\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    argv = ["extract", str(blog), "--story", str(story), "--published", "2026-03-15"]
    assert main([*argv, "--format", "json"]) == 0
    rows = {r["quote"]: r["stated_at"] for r in json.loads(capsys.readouterr().out)}
    assert (rows["19"][:16], rows["12"]) == ("2026-03-15T13:30", "")


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # a toll that climbed on a later day, under a dated wire dateline, is the event's
        ("Update\n\nORRA, Norland (AP) — Monday, March 16, 2026 — Families gathered outside "
         "the morgue on Monday as the toll from a fuel depot explosion climbed to 23.", "23",
         "strike"),
        # guard: a blast on another day is another event
        ("Update\n\nA fuel depot explosion on March 2 killed 9 people in the port.", "9",
         "other"),
    ],
)  # fmt: skip
def test_which_event(text, quote, scope):
    """``strike`` is the scope of this story's event (:mod:`makiivka.extract.scope`)."""
    assert figure_ending(text, quote, "2026-03-16", STORY).scope == scope


@pytest.mark.parametrize(
    ("sentence", "quote", "metric"),
    [
        # people sleeping in shelters are displaced, not the missing the sentence goes on to
        ("The Red Cross said some 2,600 people were still sleeping in six shelters and that it "
         "was helping families search for 7 people who had not been heard from.", "some 2,600",
         "displaced"),
        ("The Red Cross said some 2,600 people were still sleeping in six shelters and that it "
         "was helping families search for 7 people who had not been heard from.", "7",
         "missing"),
        ("The Interior Ministry said 2,400 remain in shelters.", "2,400", "displaced"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(sentence, quote, metric):
    found = figure_ending(f"Explosion update\n\n{sentence}", quote, "2026-03-16", STORY)
    assert found.metric == metric, found.attribution
