"""The speaker model's second opinion on sides: what it may change, what it leaves alone.

Invented story of test_speakers.py: parties ``north`` (Norland, holding Harbour City) and
``south`` (Southern Front, holding Kessa), third-party cues (United Nations, World Health
Organization, Red Crescent). The model (``makiivka.extract.ranker``) re-ranks a figure's
candidate sides; its weights are packaged (``benchmarks/train_ranker.py`` fits them on the
labelled sets). Expected values are the sides a careful reader gives these passages.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.ranker import ALLOWED, MARGIN, WEIGHTS_FILE, allowed
from makiivka.extract.records import Figure
from tests.extract.test_speakers import REGISTER

PUBLISHED = "2024-05-01"

# (text, figure, the rules' side, the model's side, its claimant name): a service's own post
# with no attribution is the service's; an unsided speaker after a named body is that body's.
CHANGED = [
    ("Harbour City: rescue work completed\n\nRescuers of Norland's emergency service worked "
     "through the night. 35 people died and 117 were injured.", "35", "media", "north",
     "Norland"),
    # ("Its team said" the rules now read as the body that opened the sentence before)
    ("The World Health Organization visited Harbour City. A team member said 300 people had "
     "been treated.", "300", "unknown", "third_party", "World Health Organization"),
    # no word of the side before the figure: the first after it names who
    ("Harbour City: rescue work completed\n\n35 people died and 117 were injured. Rescuers of "
     "Norland's emergency service worked through the night.", "117", "media", "north",
     "Norland"),
]  # fmt: skip


@pytest.mark.parametrize("row", CHANGED, ids=lambda r: r[1])
def test_the_model_gives_a_side_the_rules_missed(row):
    text, quote, ruled, side, name = row
    rules = [f for f in extract_figures(text, PUBLISHED, REGISTER, model=False) if f.quote == quote]
    found = [f for f in extract_figures(text, PUBLISHED, REGISTER) if f.quote == quote]
    assert [f.side for f in rules] == [ruled]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]
    # the evidence says what the rules said, and the confidence is the model's probability
    assert found[0].attribution.startswith(f"speaker model: {side} (")
    assert f"over the rules' {ruled} ({rules[0].attribution})" in found[0].attribution
    assert 0 < found[0].confidence <= 1


# (text, figure, side): forms the model never changes — an unnamed source, a denial, a
# speaker named in the sentence with a cue word, an explicit quotation.
KEPT = [
    ("According to reports, 20 people died in Harbour City.", "20", "unknown"),
    ("The Red Crescent said it had never published a figure of 11,300 dead.", "11,300",
     "unknown"),
    ("The United Nations said 300 people had been treated in Harbour City.", "300",
     "third_party"),
    ("Norland's defence ministry said 14 people were killed in Kessa.", "14", "north"),
    # the outlet's narration a rule found beside a statement: a circumstance of the speech
    ("President Jan Lund of Norland has said, after the toll from a double strike on Harbour "
     "City climbed to at least 20, that the attack was vile.", "at least 20", "media"),
]  # fmt: skip


# (text, figure): a side's word before an attack's noun or verb names the attacker, so a
# narrated toll stays the outlet's.
ATTACKS = [
    ("Southern Front struck Harbour City with missiles on Friday morning; 14 people were killed "
     "and dozens more wounded.", "14"),
    ("On March 2, a Southern Front drone struck an apartment block in Harbour City, killing 12 "
     "people.", "12"),
]  # fmt: skip


@pytest.mark.parametrize("row", ATTACKS, ids=lambda r: r[1])
def test_an_attacker_is_not_a_speaker(row):
    text, quote = row
    found = [f for f in extract_figures(text, PUBLISHED, REGISTER) if f.quote == quote]
    assert [f.side for f in found] == ["media"]


@pytest.mark.parametrize("row", KEPT, ids=lambda r: r[1])
def test_the_model_leaves_explicit_attributions_alone(row):
    text, quote, side = row
    found = [f for f in extract_figures(text, PUBLISHED, REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]
    assert "speaker model" not in found[0].attribution


def _figure(side: str, attribution: str) -> Figure:
    return Figure(0, 2, "12", 12, 12, 12, "exact", "people", "killed", "strike", "", side, "",
                  attribution=attribution)  # fmt: skip


# (rules' side, evidence, model's side, allowed): measured gains only.
CHANGES = [
    ("media", "outlet voice", "north", True),
    ("unknown", '"She" said (before the figure)', "north", True),
    ("unknown", '"Its team" said (before the figure)', "third_party", True),
    ("media", "outlet voice", "third_party", False),
    ("north", '"the ministry" said (before the figure)', "south", False),
    ("unknown", '"the source" said (before the figure)', "media", False),
    ("unknown", 'unnamed source: "reports"', "north", False),
    ("unknown", '"Telegram channels" said (before the figure)', "north", False),
]  # fmt: skip


@pytest.mark.parametrize(("ruled", "evidence", "side", "expected"), CHANGES)
def test_only_measured_gains_are_allowed(ruled, evidence, side, expected):
    assert allowed(_figure(ruled, evidence), side, ["north", "south"]) is expected


def test_allowed_changes_are_the_three_kinds():
    assert sorted(ALLOWED) == [("media", "party"), ("unknown", "party"),
                               ("unknown", "third_party")]  # fmt: skip


def test_the_packaged_weights_are_the_files_and_the_margin_the_modules():
    blob = json.loads(resources.files("makiivka.extract").joinpath(WEIGHTS_FILE).read_text())
    assert blob["margin"] == MARGIN == 0.1
    assert len(blob["weights"]) > 50
    # every weight is crossed with a kind of side or is the rules' own: no party's name
    kinds = ("rule", "is_", "party*", "third_party*", "media*", "unknown*")
    assert [k for k in blob["weights"] if not k.startswith(kinds)] == []


def test_the_model_is_deterministic():
    text = CHANGED[0][0]
    first = extract_figures(text, PUBLISHED, REGISTER)
    assert all(extract_figures(text, PUBLISHED, REGISTER) == first for _ in range(3))
