"""Know the story's speakers: the claimants register and the sides, both from the data package.

The register maps names in text to claimant_ids through their aliases (one compiled
alternation, longest alias first, so "British Defense Ministry" is uk_mod and not the
Russian "Defense Ministry"). A name not in the register gets its side from the descriptor:
each party's ``cues`` ("Ukrainian", "Kremlin"), the ``third_party`` and ``media`` roles' cues,
and the places each party holds ("the governor of Dnipropetrovsk region"). A local role
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

from makiivka.extract.metrics import place_pattern
from makiivka.extract.terms import story_terms
from makiivka.story import paths
from makiivka.story.parties import label_cues, plain

ROLES = ("third_party", "media", "unknown")

#: Generic words for an outlet, the media role in every story (outlet names are story data).
MEDIA_WORDS = (
    "newspaper", "news agency", "state news agency", "news outlet", "outlet", "broadcaster",
    "state media", "state television", "state TV", "news site", "tabloid", "wire service",
)  # fmt: skip
#: A speaker who governs a place: a local role without side words speaks for the party
#: that holds the place it names, or else the event's place.
LOCAL_ROLE = re.compile(
    r"(?<![\w-])(?:mayor|governor|regional|region['’]s|city['’]s|town['’]s|country['’]s"
    r"|city\s+council|city\s+hall|municipal\w*|oblast|province|provincial"
    r"|(?:city|town|regional|military|state)\s+administration|head\s+of\s+the\s+(?:city|region)"
    r"|emergency\s+services?|rescuers|police|interior\s+minist\w+|health\s+minist\w+"
    r"|health\s+(?:department|authorit\w+|officials?|directorate|bureau)|civil\s+defen[cs]e"
    r"|rescue\s+services?|fire\s+(?:service|department)|prosecutor\w*|national\s+police"
    r"|state\s+emergency\s+service|emergenc(?:y|ies)\s+(?:situations|ministry)|ministry\s+of"
    r"\s+(?:emergenc\w+|health|interior|internal\s+affairs)|officials|authorities)(?![\w-])",
    re.IGNORECASE,
)


#: People of the place who are not officials: witnesses, residents, relatives, local medics.
#: The corpus conventions group them with the party that governs the event's place.
LOCAL_PEOPLE = re.compile(
    r"(?<![\w-])(?:relatives?|family|families|family\s+members?|brother|sister|son|daughter"
    r"|mother|father|husband|wife|widow|witness(?:es)?|eyewitness(?:es)?|residents?|locals?"
    r"|villagers?|neighbou?rs?|survivors?|people\s+who\s+saw|onlookers|doctors?|medics?|nurses?"
    r"|health\s+workers?|hospital|paramedics|rescue\s+workers?|rescuers|first\s+responders"
    r"|inmates?|shopkeepers?|traders?|cleaner|worker|employees?|staff(?:\s+members?)?"
    r"|local\s+people)(?![\w-])",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")
#: Words after a place that name the same place ("Gaza Strip", "Kanbalu Township").
_PLACE_SUFFIX = re.compile(
    r"\s+(?:Strip|Oblast|[Rr]egion|[Pp]rovince|[Cc]ity|[Dd]istrict|Township|Governorate"
    r"|[Vv]illage|[Mm]unicipality|[Cc]ounty|[Rr]aion)\Z"
)


def place_variants(place: str) -> list[str]:
    """Return a held place as the extractor reads it: without notes, and without a generic suffix.

    >>> place_variants("Gaza Strip"), place_variants("Donetsk (city)")
    (['Gaza Strip', 'Gaza'], ['Donetsk'])
    """
    name = plain(place)
    short = _PLACE_SUFFIX.sub("", name)
    return [name, short] if short != name and short else [name] if name else []


#: The scope the extractor's rules name the story's own event by, before the story's code.
EXTRACTOR_EVENT_SCOPE = "strike"


@dataclass(frozen=True)
class Claimant:
    """A claimant of the register: id, side and display name."""

    claimant_id: str
    side: str
    name: str


def _key(alias: str) -> str:
    """Normalize an alias for lookup: lower case, straight apostrophes, single spaces."""
    return " ".join(alias.replace("’", "'").lower().split())


def alias_pattern(alias: str) -> str:
    """Return a regex for an alias: either apostrophe, any spacing, a lower-case first letter.

    >>> bool(re.fullmatch(alias_pattern("Moscow's Defense Ministry"), "moscow’s Defense  Ministry"))
    True
    """
    out = []
    for i, char in enumerate(alias):
        if char in "'’":
            out.append("['’]")
        elif char.isspace():
            out.append(r"\s+")
        elif i == 0 and char.isalpha():
            out.append(f"[{char.upper()}{char.lower()}]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _words(words: list[str]) -> str:
    """Return an alternation of words, longest first (a pattern that never matches if empty)."""
    parts = [alias_pattern(w) for w in sorted(set(words), key=len, reverse=True) if w.strip()]
    return "|".join(parts) or "(?!)"


class Sides:
    """Tell the side of a name not in the register from the story's cue words and places."""

    def __init__(self, parties: list[dict], roles: dict, event_places: list[str]):
        self.parties = [p["id"] for p in parties]
        groups = [(f"p{i}", [plain(c) for c in p.get("cues", [])]) for i, p in enumerate(parties)]
        third = roles.get("third_party", {}).get("cues", [])
        groups.append(("third_party", [plain(c) for c in third]))
        media = [*roles.get("media", {}).get("cues", []), *MEDIA_WORDS]
        groups.append(("media", [plain(c) for c in media]))
        self.group_side = {f"p{i}": p["id"] for i, p in enumerate(parties)}
        self.group_side |= {"third_party": "third_party", "media": "media"}
        alternation = "|".join(f"(?P<{g}>{_words(words)})" for g, words in groups)
        self.cues = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")
        held: dict[str, set[str]] = {}
        for p in parties:
            for place in p.get("places", []):
                for variant in place_variants(place):
                    held.setdefault(_key(variant), set()).add(p["id"])
        # A short form two parties hold ("Donetsk" of the city and of the oblast) tells nothing.
        self.place_side = {k: next(iter(v)) for k, v in held.items() if len(v) == 1}
        self.places = re.compile(rf"(?<![\w-])(?:{_words(list(self.place_side))})(?![\w])")
        #: Names that stand for a party's government ("Kyiv says", "the U.S. acknowledged"):
        #: its label, the names in it, the places it holds, its abbreviated cues.
        self.labels = {p["id"]: p.get("label", p["id"]) for p in parties}
        self.countries: dict[str, str] = {}
        for p in parties:
            names = [p.get("label", ""), *label_cues(p.get("label", "")), *self.held_by(p["id"])]
            names += [c for c in p.get("cues", []) if _ABBREVIATION.fullmatch(c)]
            for name in names:
                self.countries.setdefault(_key(name), p["id"])
        hosts = {self.place_side.get(_key(place)) for place in event_places} - {None}
        #: The party that holds the event's place, if exactly one does.
        self.host = hosts.pop() if len(hosts) == 1 else None

    def held_by(self, party: str) -> list[str]:
        """Return the places the story ties to a party (as the extractor reads them)."""
        return [k for k, v in self.place_side.items() if v == party]

    def government(self, name: str) -> str:
        """Return "<name> (<label> government)" for a name that stands for a party's
        government ("Kyiv says"; the corpus conventions, judgement call 16), else "".

        >>> sides = Sides([{"id": "north", "label": "Norland", "places": ["Harbour City"]}], {}, [])
        >>> sides.government("Harbour City"), sides.government("Norland"), sides.government("X")
        ('Harbour City (Norland government)', 'Norland (government)', '')
        """
        bare = re.sub(r"\A[Tt]he\s+", "", name.strip())
        party = self.countries.get(_key(bare))
        if party is None:
            return ""
        label = self.labels[party]
        return (
            f"{label} (government)" if _key(bare) == _key(label) else f"{bare} ({label} government)"
        )

    def side_of(self, name: str) -> str:
        """Return the side a name speaks for: the first cue word in it, else its place.

        >>> sides = load_register().sides
        >>> sides.side_of("Ukraine's armed forces"), sides.side_of("the Kremlin")
        ('ukraine', 'russia')
        >>> sides.side_of("the experts"), sides.side_of("the city's mayor")
        ('unknown', 'russia')
        """
        return self.side_basis(name)[0]

    def side_basis(self, name: str) -> tuple[str, str]:
        """Return the side a name speaks for and what tells it: cue, place, local or none."""
        m = self.cues.search(name)
        if m:
            return self.group_side[m.lastgroup], "cue"
        place = self.places.search(name)
        if place:
            return self.place_side[_key(place[0])], "place"
        if self.host and (LOCAL_ROLE.search(name) or LOCAL_PEOPLE.search(name)):
            return self.host, "local"
        return "unknown", "none"

    def names_side(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Tell whether text[start:end] holds a party, role or place word."""
        end = len(text) if end is None else end
        return bool(self.cues.search(text, start, end) or self.places.search(text, start, end))


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
        self.topics = re.compile(rf"(?:{_words(topics or [])})", re.IGNORECASE)
        self.by_alias = {_key(alias): cid for alias, cid in aliases.items()}
        parts = [alias_pattern(a) for a in sorted(aliases, key=len, reverse=True)]
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
        name = text[start:end].strip()
        return "", name, self.side_of(name)


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
    sides = Sides(parties, descriptor.get("roles", {}), places)
    # A headline prefix that is the event's place, a held place or a party's name is a topic.
    topics = [*places, *(w for p in parties for w in (p.get("label", ""), *p.get("places", [])))]
    topics += [w for p in parties for w in label_cues(p.get("label", ""))]
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
