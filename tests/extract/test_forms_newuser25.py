"""What it counts and who said it, in the forms round 25's new user wrote (a migrant boat that
capsized at night: a coast guard, an interior ministry, UN agencies, a rescue charity, a
governor and the survivors' relatives; people aboard, dead, missing and rescued alive). Every
passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

DESCRIPTOR = {
    "event": {"places": ["Port Velk"], "occurred_at": "2026-10-14T02:30+01:00",
              "noun": "shipwreck"},
    "parties": [
        {"id": "guard", "label": "Norland coast guard", "cues": ["coast guard"]},
        {"id": "charity", "label": "Sea Watchers", "cues": ["Sea Watchers"]},
        {"id": "governor", "label": "Provincial governor", "places": ["Port Velk"],
         "cues": ["governor"]},
        {"id": "relatives", "label": "Survivors and relatives", "cues": ["relatives"]},
        {"id": "un", "label": "UN agencies", "cues": ["UNHCR"], "places": ["Geneva"]},
    ],
    "metrics": [{"id": "killed"}, {"id": "missing"},
                {"id": "rescued", "label": "rescued alive"},
                {"id": "aboard", "label": "people aboard"}, {"id": "other"}],
}  # fmt: skip
ROWS = [
    {"claimant_id": "ana_velt", "name": "Ana Velt", "side": "governor",
     "aliases": "Governor Ana Velt"},
    {"claimant_id": "ida_marr", "name": "Ida Marr", "side": "charity", "aliases": ""},
    {"claimant_id": "norland_cg", "name": "Norland coast guard", "side": "guard",
     "aliases": "coast guard|the coast guard"},
]  # fmt: skip
STORY = register_from(ROWS, DESCRIPTOR)


def figure(text: str, quote: str, published: str = "2026-10-16"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # a vessel's people: the story's "people aboard", however the text says it
        ("The coast guard said the boat was believed to be carrying about 400 people.",
         "about 400", "aboard"),
        ("As many as 750 people had been on board, the coast guard said.", "As many as 750",
         "aboard"),
        ("Sea Watchers said at least 600 people had been aboard the boat.", "at least 600",
         "aboard"),
        # … but a toll's verb still governs the people on board
        ("The coast guard said 165 of the 226 men on board were killed.", "165", "killed"),
        ("The coast guard said 167 men aboard the boat died.", "167", "killed"),
        # survivors counted: the story's "rescued alive"
        ("The coast guard put the final toll at 82 dead and 104 survivors.", "104", "rescued"),
        ("The coast guard said 82 people are confirmed dead and 104 survived.", "104",
         "rescued"),
        ("The coast guard said 82 died.", "82", "killed"),
        # … but not when none survived
        ("The coast guard said none of the 131 survived.", "131", "killed"),
    ],
)  # fmt: skip
def test_metric(text: str, quote: str, metric: str) -> None:
    assert figure(text, quote).metric == metric


DENIED = (
    "Governor Ana Velt on Wednesday denied having said that 100 bodies had been recovered, after "
    "a local radio station attributed the figure to her."
)


@pytest.mark.parametrize(
    ("text", "quote", "side", "claimant", "relayed_by"),
    [
        # denying having said a figure disowns it: no one's claim
        (DENIED, "100", "unknown", "", ""),
        # "quoted her earlier in the day as saying": the quoted, relayed by the quoter
        ("Governor Ana Velt spoke on Tuesday. Radio Velk had quoted her earlier in the day as "
         "saying 100 bodies had been brought ashore.", "100", "governor", "ana_velt",
         "Radio Velk"),
        # a party named only as what a figure is compared with is no speaker
        ('"We found people clinging to the hull," Ida Marr told the Courier. "There were '
         'hundreds of people on that boat, many more than the coast guard is saying."',
         "hundreds", "charity", "ida_marr", "Courier"),
    ],
)  # fmt: skip
def test_speaker(text: str, quote: str, side: str, claimant: str, relayed_by: str) -> None:
    found = figure(text, quote)
    assert (found.side, found.claimant, found.relayed_by) == (side, claimant, relayed_by)


@pytest.mark.parametrize(
    ("text", "quote", "side", "scope"),
    [
        # where a statement was made is not where its figure is
        ('"Hundreds of people are still missing," a UNHCR spokeswoman said in Geneva.',
         "Hundreds", "un", "strike"),
        ("Hundreds of people died in Geneva, UNHCR said.", "Hundreds", "un", "other"),
        # the search after the shipwreck is the shipwreck's
        ("The coast guard said 78 bodies had been recovered since the start of the search "
         "operation off Port Velk.", "78", "guard", "strike"),
        ("The coast guard said its boats had killed 78 smugglers since the start of the "
         "military operation.", "78", "guard", "war"),
        # "X's last official figure was 41": X's, with two words between
        ("The coast guard's last official figure was 41 dead.", "41", "guard", "strike"),
    ],
)  # fmt: skip
def test_speaker_and_scope(text: str, quote: str, side: str, scope: str) -> None:
    found = figure(text, quote)
    assert (found.side, found.scope) == (side, scope)


def test_the_two_estimates_are_no_count() -> None:
    text = "The gap between the two estimates is the number of people nobody is looking for."
    assert [f.quote for f in extract_figures(text, "2026-10-16", STORY)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The official count of the dead has risen steadily: 8 on Monday morning, 15 that "
        "evening, 27 on Tuesday and 41 on Wednesday.",
        "The count of the dead rose: 8 on Monday, 15 on Tuesday, 27 on Wednesday and 41 on "
        "Thursday.",
    ],
)
def test_every_step_of_a_rising_count_is_a_row(text: str) -> None:
    found = [(f.quote, f.metric) for f in extract_figures(text, "2026-10-16", STORY)]
    assert found[-4:] == [("8", "killed"), ("15", "killed"), ("27", "killed"), ("41", "killed")]
