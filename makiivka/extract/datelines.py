"""Find the outlet a wire copy's dateline names, and the claimant it is, for ingest.

Agency copy names its publisher in its dateline: "KHARTOUM (Reuters) -", "Sudira, May 3
(AFP) -", "CAIRO (AP) —", "New Delhi, Sep 12 (PTI) The …", "HARBOUR, May 2. /NNA/." and
"Harbour, NNA -". :func:`dateline_outlet` reads that name; :func:`claimant_named` finds the
claimant whose id, name or alias it is, or whose name it abbreviates ("AFP" for a claimant
named "Agence France-Presse", "PTI" for "Press Trust of India"). The names come from the
text and the register; nothing here names an outlet.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping

from makiivka.extract.cues import key as place_key

#: How far into the text a dateline may stand (after a headline, standfirst and byline).
REACH = 600
#: A wire's dateline up to the dash before its first words: "KATHMANDU, July 17 (AFP) - ",
#: "CAIRO (Reuters) — " (a pattern's text, for the modules that skip it).
#: The country may stand in brackets after the city: "Zarzis (Tunisia), Sept 14, 2026 (AFP) -"
#: (AFP's house style; round 25's new user: 4 of 7 AFP wires refused for want of an outlet),
#: with no date after it too: "Crotone (Italy) (AFP) -" (round 27's new user: refused).
COUNTRY = r"(?:\s\([A-Z][\w.'’ -]{0,30}\)(?:,[^\n()]{0,40}?)?)?"
WIRE_HEAD = rf"[A-Z][^\n()]{{0,60}}?{COUNTRY}\s\([A-Z][\w&.'’ -]{{0,30}}\)\s*[.:]?\s*[-–—:]\s+"
#: The day a wire was filed, between its dateline's dash and its first words: "Monday, March
#: 16, 2026 — " in "ESMERALDAS, Ecuador (AP) — Monday, March 16, 2026 — Families …" (round 21).
FILED_DAY = (
    r"(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4}"
    r"\s*[-–—]+\s*"
)
#: A wire's dateline opening a sentence, with its filing day if the line gives one.
_OPENING = re.compile(rf"{WIRE_HEAD}(?:{FILED_DAY})?")
_NAME = r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
_DATELINES = (
    # "KHARTOUM (Reuters) -", "Sudira, May 3 (AFP) -", "(AP) —", "New Delhi, Sep 12 (PTI) The"
    re.compile(
        rf"(?m)^(?:[A-Z][^\n()]{{0,60}}?{COUNTRY}\s)?\({_NAME}\)(?:\s*[.:]?\s*[-–—:]|\s+[A-Z])"
    ),
    # "HARBOUR, May 2. /NNA/."
    re.compile(rf"(?m)^[A-Z][^\n/]{{0,60}}?\s/{_NAME}/\.?"),
    # "Harbour, NNA -"
    re.compile(r"(?m)^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+([A-Z]{2,6})\s+[-–—]\s"),
)
_WORD = re.compile(r"[^\s-]+")
#: A transcript's speaker label, which a dateline's "(Reuters):" resembles: "ABBAS GULLET (Kenya
#: Red Cross):" in a text with other such labels is a turn, not a dateline (blind set 20).
_TURN_LABEL = re.compile(r"(?m)^[A-Z][A-Z'’. -]{1,40}(?:[ \t]*\([^)\n]{1,40}\))?:[ \t]")
#: A dateline's place in capitals: "ISLAMABAD, Oct 9:", "TUZLA, Bosnia (AP) —", "OROVILLE —"
#: (not a transcript's "REPORTER (KENJI SATO):").
_PLACE = re.compile(
    r"(?m)^([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})"
    r"(?=,[ \t]|[ \t]*\((?![^)\n]*\):)|[ \t]+[—–-][ \t])"
)


def dateline_place(text: str) -> tuple[int, int] | None:
    """Return where the place of the text's dateline is, if it has one in capitals.

    >>> text = "Toll rises\\n\\nISLAMABAD, Oct 9: The toll rose, officials said."
    >>> text[slice(*dateline_place(text))]
    'ISLAMABAD'
    >>> dateline_place("REPORTER (KENJI SATO): The town office here says") is None
    True
    """
    m = _PLACE.search(text, 0, REACH)
    return m.span(1) if m else None


def after_dateline(text: str, start: int, end: int) -> int:
    """Return where a sentence's own words begin after the wire dateline opening it (*start*
    when none does): a quote starts there, with or without the country in the dateline.

    >>> text = "ZONGULDAK, Turkey, Oct 15 (Reuters) - The toll rose to 17."
    >>> text[after_dateline(text, 0, len(text)):]
    'The toll rose to 17.'
    >>> text = "Update\\n\\nZONGULDAK, Turkey (AP) — Friday, October 16, 2026 — 9 were saved."
    >>> text[after_dateline(text, 8, len(text)):]
    '9 were saved.'
    >>> after_dateline("The company (GKM) said 4 died.", 0, 30)
    0
    """
    found = _OPENING.match(text, start, end) if start < REACH else None
    return found.end() if found else start


def dateline_outlet(text: str) -> str:
    """Return the outlet the text's dateline names ("" when it has none).

    >>> dateline_outlet("Dam toll rises\\n\\nKHARTOUM (Reuters) - At least 50 died.")
    'Reuters'
    >>> dateline_outlet("New Delhi, Sep 12 (PTI) The ministry said 12 people died.")
    'PTI'
    >>> dateline_outlet("(AP) — Rain fell.")
    'AP'
    >>> dateline_outlet("Zarzis (Tunisia), Sept 14, 2026 (AFP) - Rain fell.")
    'AFP'
    >>> dateline_outlet("Zarzis (Tunisia) (AFP) - Rain fell.")
    'AFP'
    >>> dateline_outlet("HARBOUR, May 2. /NNA/. Rain fell.")
    'NNA'
    >>> dateline_outlet("The council (Valdera) said 12 died.")
    ''
    >>> dateline_outlet("ANCHOR: Welcome.\\n\\nABBAS GULLET (Kenya Red Cross): 11 are missing.")
    ''
    """
    head = text[:REACH]
    found = [
        m
        for pattern in _DATELINES
        if (m := pattern.search(head)) is not None and not turn_label_at(text, m.start())
    ]
    return min(found, key=lambda m: m.start())[1] if found else ""


def _desk(space: str) -> str:
    """Return a pattern of a desk's name (group 1) and its desk word, words apart by *space*."""
    return (
        rf"([A-Z][\w'’&.-]*(?:{space}+[A-Z][\w'’&.-]*){{0,4}}){space}+"
        rf"(?:live{space}+(?:desk|blog|team)|newsroom|news{space}+desk)"
    )


#: A live blog's masthead line: "Aegean Times live desk, 8 September 2026" (round 22's new
#: user's blog named its outlet so, and ingest asked for --outlet).
_MASTHEAD = re.compile(r"\s*" + _desk(r"\s") + r"\b[^\n]*")
#: Below the headline the masthead is a line of its own, with at most a date after a comma:
#: "Kantapur crush LIVE: toll rises" over "Odisha Live live desk, 14 March 2027" (round 23).
_MASTHEAD_BELOW = re.compile(
    r"[ \t]*" + _desk(r"[ \t]") + r"(?:,[ \t]*[^\n.!?:;]{1,40})?[ \t]*$", re.MULTILINE
)
_LINE = re.compile(r"[^\n]*\S[^\n]*")
#: How many lines from the top (the headline, a standfirst, the masthead) a masthead may stand.
MASTHEAD_LINES = 4


def masthead_outlet(text: str) -> str:
    """Return the outlet a live blog's masthead line names as its desk ("" when it names none).

    The masthead opens the text, or stands in a line of its own among its first lines.

    >>> masthead_outlet("Aegean Times live desk, 8 September 2026\\nShipwreck: live")
    'Aegean Times'
    >>> masthead_outlet("Crush LIVE: toll rises\\n\\nOdisha Live live desk, 14 March 2027\\n")
    'Odisha Live'
    >>> masthead_outlet("Gaza live updates\\n"), masthead_outlet("The live desk\\n")
    ('', '')
    >>> masthead_outlet("Toll rises\\n\\nThe Courier live blog said 12 died in the flood.\\n")
    ''
    """
    found = _MASTHEAD.match(text)
    if found is None:
        lines = list(itertools.islice(_LINE.finditer(text), MASTHEAD_LINES))
        found = next(
            (m for line in lines[1:] if (m := _MASTHEAD_BELOW.match(text, line.start()))), None
        )
    return found[1] if found and found[1] != "The" else ""


def turn_label_at(text: str, position: int) -> bool:
    """Tell whether a transcript's speaker label opens the line at *position* of a text that
    has other such labels: "ABBAS GULLET (Kenya Red Cross):" is a turn, not a dateline's
    "(Reuters):" (blind set 20)."""
    return bool(_TURN_LABEL.match(text, position)) and len(_TURN_LABEL.findall(text)) > 1


def initials(name: str) -> str:
    """Return the initials of a name's capitalised words ("" for one word).

    >>> initials("Agence France-Presse"), initials("Press Trust of India"), initials("Reuters")
    ('AFP', 'PTI', '')
    """
    letters = [w[0] for w in _WORD.findall(name) if w[0].isupper()]
    return "".join(letters) if len(letters) > 1 else ""


#: A body's legal form after its name: "SEABRIDGE RESCUE e.V." is the alias "SeaBridge Rescue"
#: (round 27's new user: a release refused for want of an outlet). Generic company and
#: association suffixes, not any body's name.
LEGAL_FORM = re.compile(
    r"(?i),?[ \t]+(?:e\.[ \t]?V\.?|g?GmbH|AG|Ltd\.?|Limited|Inc\.?|Incorporated|LLC|plc|CIC"
    r"|ONLUS|ONG|ETS|APS|ODV|a\.?s\.?b\.?l\.?|S\.?A\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|N\.?V\.?|B\.?V\.?"
    r"|gem\.?[ \t]?e\.?V\.?|e\.?G\.?|Stiftung)$"
)


def without_legal_form(name: str) -> str:
    """Return a body's name without the legal form after it ("" when it has none).

    >>> without_legal_form("SEABRIDGE RESCUE e.V."), without_legal_form("Harbour Aid, Ltd")
    ('SEABRIDGE RESCUE', 'Harbour Aid')
    >>> without_legal_form("Harbour Aid"), without_legal_form("Save Lives ONLUS")
    ('', 'Save Lives')
    """
    stripped = LEGAL_FORM.sub("", name.strip())
    return stripped if stripped != name.strip() and stripped.strip() else ""


def claimant_named(written: str, claimants: Iterable[Mapping[str, str]]) -> str | None:
    """Return the claimant_id whose id, name or alias is *written*, or whose name it abbreviates.

    A name matches before an abbreviation; an abbreviation of two claimants' names matches none.
    A legal form after the name ("e.V.", "Ltd", "gGmbH", "Inc.", "ONLUS", "a.s.b.l.", "S.A.")
    is left out when the name with it is no claimant's.

    >>> rows = [{"claimant_id": "afp", "name": "Agence France-Presse", "aliases": ""},
    ...         {"claimant_id": "wire", "name": "Reuters", "aliases": "Thomson Reuters"}]
    >>> claimant_named("AFP", rows), claimant_named("reuters", rows), claimant_named("AP", rows)
    ('afp', 'wire', None)
    >>> claimant_named("REUTERS Ltd.", rows)
    'wire'
    """
    key = _key(written)
    if not key:
        return None
    rows = list(claimants)
    for row in rows:
        if key in {_key(n) for n in _names(row)}:
            return row["claimant_id"]
    if bare := without_legal_form(written):
        return claimant_named(bare, rows)
    abbreviating = {
        row["claimant_id"] for row in rows if any(initials(n) == written for n in _names(row))
    }
    return abbreviating.pop() if len(abbreviating) == 1 else None


def _names(row: Mapping[str, str]) -> list[str]:
    return [row["claimant_id"], row["name"], *filter(None, row.get("aliases", "").split("|"))]


def _key(name: str) -> str:
    return " ".join(name.lower().split()).lstrip("@")


#: Unnamed officials, whose side the dateline's place tells, and a sentence set elsewhere.
_OFFICIALS = re.compile(r"(?i)(?:the\s+)?(?:officials|authorities)")
_IN_PLACE = re.compile(r"(?:In|At)\s+[A-Z]")


def dateline_side(
    text: str, sentence_start: int, name: str, place_side: Mapping[str, str]
) -> str | None:
    """Return the party holding the dateline's place (*place_side*: a held place's key to its
    party) for unnamed "officials" or "authorities" (blind set 19: "ISLAMABAD, Oct 9: …,
    officials said" are the capital's), unless their sentence opens on another place ("In
    Indian-administered Kashmir, officials …"); else None."""
    if not _OFFICIALS.fullmatch(name) or _IN_PLACE.match(text, sentence_start):
        return None
    place = dateline_place(text)
    return place_side.get(place_key(text[slice(*place)])) if place else None
