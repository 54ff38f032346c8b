"""Title Case headlines credit their speaker as sentence-case ones do.

"116 Dead At Religious Event, Says Chief Secretary": a verb written with a capital is still
the verb; nouns that look like verbs ("UN Report: …") stay nouns. Invented flood story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from

REGISTER = register_from(
    [],
    {"event": {"noun": "flood", "places": ["Lowtown"]},
     "parties": [{"id": "norland", "label": "Norland", "cues": ["Chief Secretary", "Norland"],
                  "places": ["Lowtown"]}],
     "roles": {"third_party": {"cues": ["UN"]}, "media": {}}},
)  # fmt: skip

# (text, figure, side)
HEADLINES = [
    ("116 Dead In Lowtown Floods, Says Chief Secretary\n\nRain fell.", "116", "norland"),
    ("116 dead in Lowtown floods, says Chief Secretary\n\nRain fell.", "116", "norland"),
    ("Chief Secretary Confirms 116 Dead In Lowtown Floods\n\nRain fell.", "116", "norland"),
    ("Lowtown Floods Leave 116 Dead As Rivers Rise\n\nRain fell.", "116", "media"),
]  # fmt: skip


@pytest.mark.parametrize("row", HEADLINES, ids=lambda r: r[0][:30])
def test_a_title_case_headline_names_its_speaker(row):
    text, quote, side = row
    found = [f for f in extract_figures(text, "2024-06-16", REGISTER) if f.quote == quote]
    assert [f.side for f in found] == [side]
