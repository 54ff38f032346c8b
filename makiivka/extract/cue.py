"""Hold one attribution cue: where a sentence credits a figure, and whom it names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from makiivka.extract.speakers import ACRONYM, Register
from makiivka.extract.speech import AT_THE_TIME
from makiivka.text.quantities import Quantity


@dataclass(frozen=True)
class Cue:
    """An attribution in a sentence: where it is and who it names (or that it is an anaphor)."""

    start: int
    end: int
    claimant: str  # claimant_id, or "" when the name is not in the register
    name: str  # the name as written ("" for an anaphor)
    side: str
    anaphor: bool
    relayed_by: str = ""  # "X quoted Y as saying": the intermediary's name as written
    denial: bool = False  # "X dismissed reports of …": the figure is denied, an upper bound
    own: bool = False  # "we", "our investigation": the outlet's own voice
    described: bool = False  # a role without a name ("the council"): an anaphor if no side
    source: bool = False  # "according to …", "Y's figure of": binds the figures after it
    form: str = ""  # "according", "headline", "owned", "source line": how it is written

    def holds(self, q: Quantity) -> bool:
        """Tell whether the figure q is written inside this cue's name ("Massacre of
        hundreds reported"), not a name that merely spells it ("Sierra Leone Police said
        one person died" has "one" after the cue, not in it)."""
        return self.start <= q.start and q.end <= self.end and q.text in self.name


def named(text: str, start: int, end: int, a: int, b: int, register: Register) -> Cue:
    """Return a cue spanning start:end whose name is text[a:b].

    A name that is a common noun ("the council") describes a speaker rather than names one.
    A name's initials in brackets after it that a party's cues name are part of it, and
    tell its side ("… of the Peruvian Jungle (Aidesep)": Aidesep's, blind set 17).
    """
    initials = ACRONYM.match(text, b)
    if initials and _other_initials(text[a:b], initials[1], register):
        b = initials.end()
    then = _THEN_TAIL.search(text, a, b)  # "The Front of the time spoke of" (blind set 18)
    b = then.start() if then else b
    trail = _TRAILING_CONNECTOR.search(text, a, b)  # "Shamil Basayev and posted": no "and"
    claimant, name, side = register.name(text, a, trail.start() if trail else b)
    # "the Mission", "the Ministry": one capitalised head noun after "the" describes the body
    # named before, as "the ministry" does.
    head = not claimant and side == "unknown" and bool(_THE_HEAD.fullmatch(name))
    if not claimant and name.lower().startswith("the "):
        name = name[4:]
    described = not claimant and (name[:1].islower() or head)
    return Cue(start, end, claimant, name, side, False, described=described)


_THEN_TAIL = re.compile(rf"{AT_THE_TIME}\s*\Z")
_TRAILING_CONNECTOR = re.compile(r"\s+(?:and|or|of|the|for)\s*\Z")
_THE_HEAD = re.compile(r"[Tt]he\s+[A-Z][a-z]+")


def blank_initials(initials: re.Match[str], register: Register) -> str:
    """Blank "(WHO)" after a name, but keep initials a party's cues name when the name's own
    words name another side ("… of the Peruvian Jungle (Aidesep)", blind set 17)."""
    before = initials.string[: initials.start()].rsplit(",", 1)[-1]
    keep = _other_initials(before, initials[1], register)
    return initials[0] if keep else " " * len(initials[0])


def _other_initials(name: str, initials: str, register: Register) -> bool:
    """Tell whether a body's long name (three words or more: "IVO PETRENKO (Norland)" is a
    person's affiliation) ends in initials a party's cues name, of a side its words do not
    give."""
    side = register.sides.cue_side(initials) if len(name.split()) > 2 else None
    return side is not None and side != register.side_of(name)


#: A speech verb's own figure right after the cue: "…, governor says 45", "X puts it at 60".
_OWN_FIGURE = re.compile(
    r"[ \t]+(?:(?:that|it\s+at|the\s+toll\s+at|the\s+figure\s+at)\s+)?(?:(?:about|around|over"
    r"|at\s+least|more\s+than|nearly|some|up\s+to|as\s+many\s+as|between)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds|dozens|thousands)\b)",
    re.IGNORECASE,
)


def speaks_after(text: str, cue: Cue, q: Quantity, end: int) -> bool:
    """Tell whether a cue after a figure, in its sentence (ending at *end*), goes on to state
    a figure of its own ("Toll rises to 27, governor says 45"): it speaks for that figure,
    not the one before it (round 26's new user).

    >>> s = "Toll rises to 27, governor says 45"
    >>> cue = Cue(18, 31, "", "governor", "unknown", False)
    >>> speaks_after(s, cue, Quantity(27, 27, 27, "exact", None, 14, 16, "27"), len(s))
    True
    >>> s = "27 died, the governor said."
    >>> cue = Cue(9, 26, "", "the governor", "unknown", False)
    >>> speaks_after(s, cue, Quantity(27, 27, 27, "exact", None, 0, 2, "27"), len(s))
    False
    """
    return q.end <= cue.start < end and _OWN_FIGURE.match(text, cue.end) is not None
