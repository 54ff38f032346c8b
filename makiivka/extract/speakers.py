"""Know the story's speakers: the claimants register and the sides, both from the data package.

The register maps names in text to claimant_ids through their aliases (one compiled
alternation, longest alias first, so "Southern Defense Ministry" is south_mod and not the
Norlandic "Defense Ministry"). A name not in the register gets its side from the descriptor:
each party's ``cues`` ("Norlandic", "the Palace"), the ``third_party`` and ``media`` roles' cues,
and the places each party holds ("the governor of Velan region"). A local role
("the city's mayor", "the regional governor") that names no place speaks for the party
that holds the event's place. Nothing here names a party, place or story: a story's words
are compiled from its descriptor by :func:`register_from`.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from makiivka.extract.cues import determined_lower, place_pattern
from makiivka.extract.outlets import outlet_side
from makiivka.extract.sides import (  # noqa: F401 (part of this module's API)
    LOCAL_PEOPLE,
    LOCAL_ROLE,
    MEDIA_WORDS,
    Sides,
    alias_pattern,
    alternation,
    place_variants,
)
from makiivka.extract.sides import key as _key
from makiivka.extract.terms import story_terms
from makiivka.story import paths
from makiivka.story.parties import label_cues

ROLES = ("third_party", "media", "unknown")
#: Punctuation the end of a name span may hold: "the Libyan Red Crescent." "Marie Lund,"
#: (a final period after a word of three letters or more; "U.S." and "Co." keep theirs).
_TRAILING_MARK = re.compile(r"(?:[,;:]+|(?<=[a-z]{3})\.)\Z")

#: The scope the extractor's rules name the story's own event by, before the story's code.
EXTRACTOR_EVENT_SCOPE = "strike"


@dataclass(frozen=True)
class Claimant:
    """A claimant of the register: id, side and display name."""

    claimant_id: str
    side: str
    name: str


class Register:
    """Map names in text to claimants through the register's aliases, longest first."""

    def __init__(
        self,
        claimants: list[Claimant],
        aliases: dict[str, str],
        places: list[str] | None = None,
        sides: Sides | None = None,
        topics: list[str] | None = None,
        event_scope: str = EXTRACTOR_EVENT_SCOPE,
    ):
        self.claimants = {c.claimant_id: c for c in claimants}
        #: The story's ``claims.scope`` code for its own event (``strike`` in the shipped story).
        self.event_scope = event_scope
        #: The event's place names (``event.places`` in the data package), as one pattern.
        self.places = place_pattern(places or [])
        self.sides = sides if sides is not None else Sides([], {}, [])
        #: Words that make a headline prefix a topic, not a speaker ("Ukraine war:").
        self.topics = re.compile(rf"(?:{alternation(topics or [])})", re.IGNORECASE)
        self.by_alias = {_key(alias): cid for alias, cid in aliases.items()}
        parts = [alias_pattern(a) for a in sorted(aliases, key=len, reverse=True)]
        # "the coast guard", "a coast guard official": a name of words with capitals also in
        # lower case after a determiner (as cue words are, makiivka.extract.cues.cue_pattern)
        if lower := determined_lower(list(aliases)):
            parts.append(lower)
        self.pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(parts) or '(?!)'})(?![\w-])")

    def lookup(self, alias: str) -> Claimant | None:
        """Return the claimant an alias names, if any."""
        cid = self.by_alias.get(_key(alias))
        return self.claimants.get(cid) if cid else None

    def side_of(self, name: str) -> str:
        """Return the side a name not in the register speaks for (see :meth:`Sides.side_of`)."""
        return self.sides.side_of(name)

    def name(self, text: str, start: int, end: int) -> tuple[str, str, str]:
        """Return (claimant_id, name, side) for a name span: the longest alias in it, or cues.

        >>> register = load_register()
        >>> register.name("according to the British Defense Ministry", 13, 42)
        ('uk_mod', 'British Defense Ministry', 'third_party')
        >>> register.name("Ukraine's General Staff", 0, 23)
        ('', "Ukraine's General Staff", 'ukraine')
        """
        best = None
        for m in self.pattern.finditer(text, start, end):
            if best is None or len(m[0]) > len(best[0]):
                best = m
        if best is not None:
            claimant = self.lookup(best[0])
            if claimant is not None:
                return claimant.claimant_id, best[0], claimant.side
        words = re.sub(r"\A(?:[Tt]he|[Aa]n?)\s+|['’]s?\Z", "", text[start:end].strip()).split()
        if 2 <= len(words) <= 3 and all(w.islower() for w in words[:-1]):
            # "The military governor's figure" of a register whose alias is "the governor"
            # (round 24's second new user): a lower-case modifier names no other one
            claimant = self.lookup(f"the {words[-1]}")
            if claimant is not None:
                return claimant.claimant_id, " ".join(words), claimant.side
        acronym = ACRONYM.match(text, end)  # "The United Nations Office … (OCHA) said"
        claimant = self.lookup(acronym[1]) if acronym else None
        if claimant is not None:
            return claimant.claimant_id, text[start:end].strip(), claimant.side
        name = _TRAILING_MARK.sub("", text[start:end].strip())
        if outlet_side(name, text, self.side_of, self.sides.blank_party_cues):
            return "", name, "media"  # a channel, milblogger or outlet the article names
        side = self.side_of(name)
        apposition = _APPOSITION.match(text, end) if side == "unknown" else None
        if apposition:  # "Save the Lake, a river watchdog, says": what the article calls it
            side = self.side_of(apposition[1])
        return "", name, side


#: An acronym in brackets right after a name spelled out: "… Affairs (OCHA)".
ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.]{1,9})\)")
#: ", a river watchdog,": an apposition right after a name, which may tell its side.
_APPOSITION = re.compile(r",\s+((?:an?|the)\s+[^,.;:()“”\"\n]{2,60}?)\s*[,.;]")


def register_from(rows: list[dict[str, str]], descriptor: dict) -> Register:
    """Build a Register from claimants rows and a data package descriptor (a dict).

    *rows* have the columns of claimants.csv (claimant_id, name, side, aliases separated
    by ``|``); the descriptor gives ``event.places``, ``parties`` and ``roles``.
    """
    claimants = [Claimant(r["claimant_id"], r["side"], r["name"]) for r in rows]
    aliases: dict[str, str] = {}
    seen: set[str] = set()
    for r in rows:
        for alias in [r["name"], *(r.get("aliases") or "").split("|")]:
            alias = alias.strip()
            if alias and _key(alias) not in seen:
                seen.add(_key(alias))
                aliases[alias] = r["claimant_id"]
    event = descriptor.get("event", {})
    parties = descriptor.get("parties", [])
    places = event.get("places", [])
    day = str(event.get("occurred_at") or "")  # a place that changed hands: who held it then
    sides = Sides(parties, descriptor.get("roles", {}), places, day)
    # A headline prefix that is the event's place, a held place or a party's name is a topic.
    topics = [*places, *(w for p in parties for w in (p.get("label", ""), *p.get("places", [])))]
    # Only a label's name: the members it lists after a colon speak ("The national
    # government: President Aquino, the NDRRMC …" names no topic "Aquino:").
    topics += [w for p in parties for w in label_cues(p.get("label", "").split(":")[0])]
    register = Register(
        claimants, aliases, places, sides, topics, descriptor_event_scope(descriptor)
    )
    register.story = story_terms(descriptor)  # what the figures need (extract/terms.py)
    return register


def descriptor_event_scope(descriptor: dict) -> str:
    """Return the scope code a descriptor (a dict) gives its own event.

    ``event.scope`` where given, else the first value of ``claims.scope``'s vocabulary
    (the convention :func:`makiivka.story.schema.event_scope` also reads).

    >>> descriptor_event_scope({"event": {"scope": "blast"}})
    'blast'
    >>> descriptor_event_scope({"resources": [{"name": "claims", "schema": {"fields": [
    ...     {"name": "scope", "constraints": {"enum": ["event", "war", "other"]}}]}}]})
    'event'
    """
    if descriptor.get("event", {}).get("scope"):
        return str(descriptor["event"]["scope"])
    for resource in descriptor.get("resources", []):
        if resource.get("name") == "claims":
            for field in resource.get("schema", {}).get("fields", []):
                enum = field.get("constraints", {}).get("enum")
                if field.get("name") == "scope" and enum:
                    return str(enum[0])
    return EXTRACTOR_EVENT_SCOPE


def load_register(data: str | Path | None = None) -> Register:
    """Read claimants.csv and the descriptor of a data folder (default: the shipped data)."""
    folder = paths.data_dir(data)
    with open(folder / "claimants.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    descriptor = json.loads((folder / paths.DESCRIPTOR_NAME).read_text(encoding="utf-8"))
    return register_from(rows, descriptor)
