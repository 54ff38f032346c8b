"""Two invented stories for the figure kinds: a flood (a natural hazard) and a missile strike.

Nothing in them comes from a passage of either corpus. The flood hit Lowtown, Norland, on
10 March 2024; the strike hit Eastbrook station, Norland, on 10 March 2024. In both, Norland
holds Lowtown, Eastbrook, Harbour City, Greyford and Kestrel and Southmark holds Port Vell;
the places each party holds come from the descriptor, as in any story made by ``makiivka new``.
"""

from __future__ import annotations

from functools import partial

from makiivka.extract.figures import extract_figures as _extract
from makiivka.extract.records import Figure
from makiivka.extract.speakers import register_from

#: The rules alone: these tests check their conventions on invented passages; what the
#: speaker model may change is tested in test_speaker_model.py.
extract_figures = partial(_extract, model=False)

PUBLISHED = "2024-03-12"
_PARTIES = [
    {"id": "norland", "label": "Norland", "cues": ["Norland", "Norlandic"],
     "places": ["Lowtown", "Eastbrook", "Harbour City", "Greyford", "Kestrel", "Norland"]},
    {"id": "southmark", "label": "Southmark", "cues": ["Southmark", "Southern"],
     "places": ["Port Vell", "Southmark"]},
]  # fmt: skip
_ROLES = {"third_party": {"cues": ["Red Cross"]}, "media": {}}
FLOOD = register_from(
    [],
    {"event": {"noun": "flood", "occurred_at": "2024-03-10T06:00+02:00",
               "places": ["Lowtown", "Riverside District"]},
     "parties": _PARTIES, "roles": _ROLES},
)  # fmt: skip
STRIKE = register_from(
    [],
    {"event": {"noun": "strike", "occurred_at": "2024-03-10T10:30+02:00",
               "places": ["Eastbrook", "Eastbrook station"]},
     "parties": _PARTIES, "roles": _ROLES},
)  # fmt: skip


def rows(text: str, register=FLOOD) -> list[Figure]:
    """Return the figures of *text* in one of the stories."""
    return extract_figures(text, PUBLISHED, register)


def find(text: str, quote: str, register=FLOOD) -> Figure:
    """Return the one figure of *text* whose quote is *quote* (fail when not exactly one)."""
    found = rows(text, register)
    one = [f for f in found if f.quote == quote]
    assert len(one) == 1, [(f.quote, f.metric, f.scope) for f in found]
    return one[0]
