"""Say why a figure got its claimant and how sure that is: ``attribution`` and ``confidence``.

The evidence is a short phrase a reviewer can check against the text, built from:

- the link between the figure and its speaker (:data:`LINKS`): ``according to "X"``,
  ``"X" said (before the figure)``, ``"X" said (after the figure)``, ``quotation by "X"``,
  ``headline: "X"``, ``carried from the sentence before: "X"``, ``carried from paragraph 2:
  "X"``, ``source line: "X"``, ``credited in the next sentence: "X"``, ``outlet voice``,
  ``outlet voice, hedged: "reportedly"``, ``unnamed source: "ground sources"``;
- how a pronoun, surname or title was resolved: ``"he" said (…) = "Leonid Pasechnik"``;
- a relay: ``via "Interfax"``; a denial: ``denied by "X" (an upper bound, not X's figure)``;
- what gave the side (:data:`BASES`): the register, a cue word, a place held, a local role.

The confidence multiplies the link's certainty by the side's (both below, 0–1) and is
rounded to two decimals: a direct "X said" with a registered X is 0.95; a speaker carried
from another paragraph whose side comes only from holding the event's place is about 0.45.
"""

from __future__ import annotations

from dataclasses import dataclass

#: How sure each kind of link between a figure and its speaker is.
LINKS = {
    "according": 0.95, "before": 0.9, "after": 0.9, "around": 0.9, "headline": 0.9,
    "quotation": 0.85, "pronoun": 0.85, "sentence before": 0.75, "paragraph": 0.6,
    "source line": 0.75, "next sentence": 0.75, "outlet": 0.85, "hedged": 0.6,
    "unnamed": 0.7, "denial": 0.5,
}  # fmt: skip
#: How sure each basis for a side is.
BASES = {
    "register": 1.0, "cue": 0.95, "outlet": 1.0, "place": 0.9, "role": 0.85, "local": 0.7,
    "foreign": 0.75, "international": 0.75, "label": 0.7, "source line": 0.85, "relay": 0.6,
    "none": 0.4,
}  # fmt: skip


@dataclass(frozen=True)
class Speaker:
    """Who a cue names once its pronoun, surname or title is resolved, and why its side."""

    claimant: str
    name: str
    side: str
    basis: str = "none"  # a key of BASES
    resolved: str = ""  # whom a pronoun, surname or title stands for: "Leonid Pasechnik"
    relayed_by: str = ""
    denial: bool = False


def describe(link: str, phrase: str, speaker: Speaker | None, hedge: str = "") -> str:
    """Return the evidence for a figure's claimant in words (see the module docstring).

    >>> describe("after", "the ministry", Speaker("", "Defence Ministry", "north", "cue"))
    '"the ministry" said (after the figure); side from a cue word'
    >>> describe("outlet", "", None, "reportedly")
    'outlet voice, hedged: "reportedly"'
    """
    quoted = f'"{phrase}"'
    forms = {
        "according": f"according to {quoted}",
        "before": f"{quoted} said (before the figure)",
        "after": f"{quoted} said (after the figure)",
        "around": f"{quoted} (around the figure)",
        "headline": f"headline: {quoted}",
        "quotation": f"quotation by {quoted}",
        "source line": f"source line: {quoted}",
        "next sentence": f"credited in the next sentence: {quoted}",
        "sentence before": f"carried from the sentence before: {quoted}",
        "unnamed": f"unnamed source: {quoted}",
        "turn": f"transcript turn of {quoted}",
    }
    if link == "outlet":
        return f'outlet voice, hedged: "{hedge}"' if hedge else "outlet voice"
    if link.startswith("paragraph"):
        text = f"carried from {link}: {quoted}"
    else:
        text = forms.get(link, f"{link}: {quoted}")
    if speaker is None:
        return text
    if speaker.resolved:
        text += f' = "{speaker.resolved}"'
    if speaker.relayed_by:
        text += f' via "{speaker.relayed_by}"'
    if speaker.denial:
        text += " (denied: an upper bound, not the speaker's own figure)"
    return f"{text}; side from {_BASIS_WORDS[speaker.basis]}"


_BASIS_WORDS = {
    "register": "the register", "cue": "a cue word", "outlet": "the outlet's register entry",
    "place": "a place the party holds", "role": "the speaker's role",
    "local": "a local speaker (the party holding the event's place)",
    "foreign": "a foreign state (a nationality no party has)",
    "international": "an international, campaigning or academic body by its name",
    "label": "a word of the party's label", "source line": "the article's source line",
    "relay": "the relaying outlet's side", "none": "nothing: side unknown",
}  # fmt: skip
#: The words of the bases that only guess a side from the text near the name (a cue word, a
#: place, the event's place, a label's word, a relaying outlet), not from the register: the
#: review desk counts a side so read as in doubt.
WEAK_BASES = frozenset(_BASIS_WORDS[k] for k in ("cue", "place", "local", "label", "relay"))


def confidence(link: str, basis: str, hedge: str = "") -> float:
    """Return how sure an attribution is: the link's certainty times the side's, 2 decimals.

    >>> confidence("before", "register"), confidence("paragraph", "local")
    (0.9, 0.42)
    """
    key = "paragraph" if link.startswith("paragraph") else link
    if link == "outlet" and hedge:
        key = "hedged"
    return round(LINKS.get(key, 0.7) * BASES.get(basis, 0.4), 2)
