"""Tell the side a speaker speaks for from the story's words: cue words, held places, titles.

A name the register does not know gets its side here, from the descriptor only: each party's
``cues`` ("Norlandic", "the Palace"), the ``third_party`` and ``media`` roles' cues (the template
ships a vocabulary of international bodies: United Nations, its agencies and their acronyms, the
Red Cross and Red Crescent federation, monitors, rights groups), and the places each party holds
("the governor of <a held region>"). In order:

1. **The most specific cue.** Every cue word in the name is found, in either number ("local
   official", "Local officials"); one inside a longer one ("Red Crescent" inside "Libyan Red
   Crescent") gives way to it, and a role's cue to a party's cue of the same span (the story's own
   word beats the template's). A cue two parties share ("Syrian", which the labels of a civil war's
   government and opposition both give) tells neither.
2. **A nationality inside an organisation's name does not decide.** Where a role's cue (an
   international body, an outlet) and a party's one-word cue (a demonym, a country, a place:
   "Syrian", "Sudan") are both in the name, the body decides: "the Syrian Observatory for Human
   Rights" is a monitor, not the Syrian government; a party's longer cue or acronym ("Libyan Red
   Crescent", "IDF") still wins.
3. **A held place**: "the governor of <region>" speaks for the party holding it.
4. **A foreign government**: a nationality or country no party of the story is known by, with a
   state word ("U.S. and French intelligence", "Egyptian officials", "France's president") is a
   third party (the corpus conventions: foreign governments are third parties).
5. **The party's label**: an institution named with a word only one party's label has ("Eastern
   government:" for "Eastern-based administration …").
6. **A government no country names** ("the Government", "the authorities") is the one party whose
   label calls it a government, if one does.
7. **A local role** ("the city's mayor", "health authorities", "witnesses") without side words
   speaks for the party holding the event's place; officials only if that party governs (a
   residents' committee holding a village has no "officials"). No story here.
"""

from __future__ import annotations

import re
from collections import Counter

from makiivka.extract import cues as words_of  # party_cues, other_country, ministers
from makiivka.extract.cues import (  # noqa: F401 (key, alias_pattern, alternation: this module's API)
    alias_pattern,
    alternation,
    cue_pattern,
    key,
)
from makiivka.extract.held import held_on
from makiivka.extract.roles import (
    ABROAD,
    LOCAL_PEOPLE,
    LOCAL_ROLE,
    MASTHEAD,
    MEDIA_HEAD,
    MEDIA_WORDS,
    NGO_NAME,
    OWNED_BY,
    SEEN_BY,
    SOURCES_IN,
    THIRD_PARTY_WORDS,
    UNNAMED_MEDIA,
    governs,
)
from makiivka.story.parties import GENERIC_WORDS, is_country, label_cues, plain

#: Head words of a body's own name: a party so labelled is that body, not a country's state.
_BODY = re.compile(
    r"(?i)(?<![\w-])(?:crescent|cross|forces|front|organi[sz]ation|society|federation|movement"
    r"|network|union|helmets|brigades?|council|committee|ministry|service|agency|party|group"
    r"|army|doctors|jihad|observatory|watch|mission)(?![\w-])"
)
#: A place a statement is set in: "at <Place>", "in <Place>" (not the attacker's "from <Place>").
_SET_IN = re.compile(r"(?<![\w-])(?:[Aa]t|[Ii]n|[Oo]f)\s+(?:the\s+)?\Z")
ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}")
#: Words after a place that name the same place ("Gaza Strip", "Kanbalu Township").
_PLACE_SUFFIX = re.compile(
    r"\s+(?:Strip|Oblast|[Rr]egion|[Pp]rovince|[Cc]ity|[Dd]istrict|Township|Governorate"
    r"|[Vv]illage|[Mm]unicipality|[Cc]ounty|[Rr]aion)\Z"
)
#: A nationality or country: an initialism ("U.S."), an adjective ("French"), a group ("Arab").
_NATIONALITY = r"(?:U\.S\.|U\.K\.|US|UK|EU|Arab|Western|Gulf|[A-Z][a-z]+(?:ian|an|ese|ish|ch|i))"
#: A state word after a nationality: the speaker is that country's state.
_STATE = (
    r"(?i:intelligence|government|military|army|navy|air\s+force|armed\s+forces|foreign"
    r"\s+minist\w+|defen[cs]e\s+minist\w+|ministry|state\s+department|embassy|president"
    r"|prime\s+minister|officials?|authorities|envoy|ambassador|diplomats?|leaders?|consulate"
    r"|generals?|admirals?|coast\s*guards?|police)"  # "the Saudi coastguard" (blind set 28)
)
#: A country owning a state body: "Sudan's foreign ministry", "Israel's Foreign Ministry".
_COUNTRY_OWNER = re.compile(
    r"(?<![\w-])([A-Z][a-z]+)['’]s\s+(?:[\w-]+\s+)?(?i:intelligence|foreign\s+minist\w+"
    r"|embassy|president|prime\s+minister|minist(?:er|ry)|government)(?![\w-])"
)
_FOREIGN = re.compile(
    rf"(?<![\w.-]){_NATIONALITY}(?:\s+and\s+{_NATIONALITY})?\s+(?:[\w-]+\s+){{0,2}}?{_STATE}"
    rf"(?![\w-])|{_COUNTRY_OWNER.pattern}"
)
#: A country's government by its formal name: "the Government of Indonesia" (blind set 11).
_GOVERNMENT_OF = re.compile(r"(?<![\w-])Government\s+of\s+(?:the\s+)?([A-Z][a-z]+)(?![\w-])")
#: An institution a word of a party's label may name; then a government of no country.
_INSTITUTION = re.compile(
    r"(?i)(?<![\w-])(?:government|administration|authorit(?:y|ies)|ministry|army|forces"
    r"|military|officials|command|council|cabinet|governorate|municipality|presidency"
    r"|prosecutors?|police|secretariat|hospitals?|commission|inquiry|mission|department"
    r"|headquarters|committee|coroners?|court)(?![\w-])"  # "the state prosecutor" (blind set 21)
)
_BARE_STATE = re.compile(
    r"(?i)(?:the\s+|an?\s+)?(?:government|authorities|government\s+(?:officials?|spokes(?:man"
    r"|woman|person)|sources?))"  # "a government spokesman said" (round 23's new user)
)
_MINISTER = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}Minister\s+(?:of\s+[A-Z][a-z]+\s+)?[A-Z]")
_STATE_LABEL = re.compile(r"(?i)(?<![\w-])(?:government|authorities)(?![\w-])")
_DIRECTIONS = re.compile(r"(?:east|west|north|south)(?:ern)?|central")
_LABEL_WORD = re.compile(r"[A-Za-z]+")


def place_variants(place: str) -> list[str]:
    """Return a held place as the extractor reads it: without notes, and without a generic suffix.

    >>> place_variants("Gaza Strip"), place_variants("Donetsk (city)")
    (['Gaza Strip', 'Gaza'], ['Donetsk'])
    """
    name = plain(place)
    short = _PLACE_SUFFIX.sub("", name)
    return [name, short] if short != name and short else [name] if name else []


def _is_modifier(cue: str) -> bool:
    """Tell whether a party's cue is one plain word (a demonym, a country, a place), not an
    acronym or a longer name: such a word inside an organisation's name does not decide."""
    return len(cue.split()) == 1 and not ABBREVIATION.fullmatch(cue.strip(".'’s"))


def _close(name: str, f: tuple, g: tuple) -> bool:
    """Tell whether cue match *f* ends at most one word before cue match *g* starts."""
    return re.fullmatch(r"\s+(?:[\w-]+\s+)?", name[f[1] : g[0]]) is not None


class Sides:
    """Tell the side of a name not in the register from the story's cue words and places."""

    def __init__(self, parties: list[dict], roles: dict, event_places: list[str], day: str = ""):
        self.parties = [p["id"] for p in parties]
        held: dict[str, set[str]] = {}
        spelled: dict[str, str] = {}
        for p in parties:
            for place in p.get("places", []):
                if not held_on(place, day):
                    continue  # "City (from May 2022)" for an event in March 2022
                for variant in place_variants(place):
                    held.setdefault(key(variant), set()).add(p["id"])
                    spelled.setdefault(key(variant), variant)
        groups = [(p["id"], words_of.party_cues(p, held)) for p in parties]
        # A cue two parties share ("Syrian" of the Syrian government and of the Syrian
        # opposition, each given by its label) tells neither: "Syrian opposition activists"
        # are told by "opposition", "the Syrian Observatory" by its monitor's word.
        parties_of = Counter(w for _, ws in groups for w in set(ws))
        groups = [(side, [w for w in ws if parties_of[w] == 1]) for side, ws in groups]
        third = roles.get("third_party", {}).get("cues", [])
        groups.append(("third_party", [plain(c) for c in [*third, *THIRD_PARTY_WORDS]]))
        media = [*roles.get("media", {}).get("cues", []), *MEDIA_WORDS]
        groups.append(("media", [plain(c) for c in media]))
        self.groups = [(side, cue_pattern(words)) for side, words in groups]
        #: Every cue word of every party and role, as written in the descriptor.
        self.words = [w for _, words in groups for w in words]
        every = "|".join(f"(?:{alternation(words)})" for _, words in groups)
        #: Any cue word of any party or role (one pattern, for "does this name one?").
        self.cues = re.compile(rf"(?<![\w])(?:{every})(?![\w])")
        # A short form two parties hold ("Donetsk" of the city and of the oblast) tells nothing.
        self.place_side = {k: next(iter(v)) for k, v in held.items() if len(v) == 1}
        # The places as the descriptor spells them: a lower-cased key would never match the
        # capitals of "Port Harbour" after its first letter.
        written = [spelled[k] for k in self.place_side]
        self.places = re.compile(rf"(?<![\w-])(?:{alternation(written)})(?![\w])")
        #: Names that stand for a party's government ("Kyiv says", "the U.S. acknowledged"):
        #: its label, the names in it, the places it holds, its abbreviated cues.
        self.labels = {p["id"]: p.get("label", p["id"]) for p in parties}
        self.countries: dict[str, str] = {}
        for p in parties:
            names = [p.get("label", ""), *label_cues(p.get("label", "")), *self.held_by(p["id"])]
            names += [c for c in p.get("cues", []) if ABBREVIATION.fullmatch(c)]
            for name in names:
                self.countries.setdefault(key(name), p["id"])
        self.label_words: dict[str, set[str]] = {}
        for p in parties:
            for word in _LABEL_WORD.findall(plain(p.get("label", ""))):
                low = word.lower()
                if _DIRECTIONS.fullmatch(low) or (low not in GENERIC_WORDS and len(low) > 3):
                    self.label_words.setdefault(low, set()).add(p["id"])
        states = [p for p, label in self.labels.items() if _STATE_LABEL.search(label)]
        #: The party whose label calls it a government, if exactly one does.
        self.state = states[0] if len(states) == 1 else None
        hosts = {self.place_side.get(key(place)) for place in event_places} - {None}
        #: The party that holds the event's place, if exactly one does; whether it governs.
        self.host = hosts.pop() if len(hosts) == 1 else None
        self.governs = self.host is not None and governs(self.labels[self.host])
        self.known = [*self.words, *self.labels.values(), *self.countries]  # names the story uses
        self.ministers = words_of.minister_patterns(parties)

    def held_by(self, party: str) -> list[str]:
        """Return the places the story ties to a party (as the extractor reads them)."""
        return [k for k, v in self.place_side.items() if v == party]

    def government(self, name: str) -> str:
        """Return "<name> (<label> government)" for a name that stands for a party's
        government ("Harbour City says"; the corpus conventions, judgement call 16), else "".

        Only a party whose label is a plain name (no notes in parentheses, at most three
        words) has one: a label is never pasted into a claimant's name otherwise.

        >>> sides = Sides([{"id": "north", "label": "Norland", "places": ["Harbour City"]}], {}, [])
        >>> sides.government("Harbour City"), sides.government("Norland"), sides.government("X")
        ('Harbour City (Norland government)', 'Norland (government)', '')
        >>> Sides([{"id": "gov", "label": "Government of Peru"}], {}, []).government("Peru")
        'Peru (Government of Peru)'
        """
        bare = re.sub(r"\A[Tt]he\s+", "", name.strip())
        party = self.countries.get(key(bare))
        if party is None:
            return ""
        label = self.labels[party]
        if "(" in label or len(label.split()) > 3 or self.role_cue(bare) or _BODY.search(label):
            return ""  # "Libyan Red Crescent", "Rapid Support Forces": a body, not a state
        if key(bare) == key(label) and " " in label and not is_country(label):
            return ""  # "Sea Relief", a charity's own name, is no country (new user 27)
        if re.search(r"(?i)\bgovernment\b", label):  # "Government of Peru": no second one
            return label if key(bare) == key(label) else f"{bare} ({re.sub('^[Tt]he ', '', label)})"
        return (
            f"{label} (government)" if key(bare) == key(label) else f"{bare} ({label} government)"
        )

    def spelled_out(self, acronym: str) -> str:
        """Return the cue words an acronym abbreviates ("IOM": "International Organization
        for Migration"), by the initials of their capitalised words, else "".

        >>> Sides([{"id": "un", "cues": ["IOM", "International Organization for Migration"]}],
        ...       {}, []).spelled_out("IOM")
        'International Organization for Migration'
        """
        for words in self.words:
            content = [w for w in words.split() if w not in ("of", "for", "on", "and", "the")]
            initials = "".join(w[0] for w in content)
            if len(content) > 1 and initials == acronym:
                return words
        return ""

    def role_cue(self, name: str) -> bool:
        """Tell whether a name is one of the roles' cue words ("UN", "Reuters")."""
        return any(side in ("third_party", "media") and pattern.fullmatch(name)
                   for side, pattern in self.groups)  # fmt: skip

    def blank_party_cues(self, name: str) -> str:
        """Return a name with its parties' cue words blanked out (same length): what is left
        tells whether the name is an outlet's ("True News Information Team" is a party's cue)."""
        for side, pattern in self.groups:
            if side not in ("third_party", "media"):
                name = pattern.sub(lambda m: " " * len(m[0]), name)
        return name

    def side_of(self, name: str) -> str:
        """Return the side a name speaks for (see the module docstring).

        >>> sides = Sides([{"id": "north", "label": "Norland", "cues": ["Norlandish"]}],
        ...               {"third_party": {"cues": ["Observatory"]}}, [])
        >>> sides.side_of("the Norlandish army"), sides.side_of("the Norlandish Observatory")
        ('north', 'third_party')
        >>> sides.side_of("French military intelligence"), sides.side_of("the experts")
        ('third_party', 'unknown')
        >>> sides.side_of("the Norlandish-run Observatory")
        'north'
        """
        return self.side_basis(name)[0]

    def cue_side(self, name: str) -> str | None:
        """Return the side of the most specific cue word in a name (rules 1 and 2), if any."""
        found = []
        for side, pattern in self.groups:
            found += [(m.start(), m.end(), side, m[0]) for m in pattern.finditer(name)]
        if not found:
            return None
        # A cue inside a longer one gives way; a role's cue gives way to a party's same span.
        kept = [
            f for f in found
            if not any(
                g is not f and g[0] <= f[0] and f[1] <= g[1]
                and (g[1] - g[0] > f[1] - f[0] or f[2] in ("third_party", "media"))
                for g in found
            )
        ]  # fmt: skip
        kept.sort(key=lambda f: f[0])
        bracketed = [f for f in kept if re.fullmatch(r"\([^()]+\)", name[f[0] - 1 : f[1] + 1])]
        if bracketed:  # "… of the Peruvian Jungle (Aidesep)": the name's own initials
            return bracketed[-1][2]
        roles = [f for f in kept if f[2] in ("third_party", "media")]
        parties = [f for f in kept if f[2] not in ("third_party", "media")]
        owner = [f for f in parties if OWNED_BY.match(name, f[1])]
        if roles and owner:  # "the Houthi-run Al Masirah TV": the party that runs it
            return owner[0][2]
        if roles and parties and all(_is_modifier(f[3]) for f in parties):
            return roles[0][2]
        # A one-word cue right before another modifies it ("Uzbek witnesses", blind set 16).
        heads = [
            f for f in parties
            if not _is_modifier(f[3]) or not any(g is not f and _close(name, f, g) for g in parties)
        ]  # fmt: skip
        modifies = [f for f in parties if f not in heads and any(_close(name, f, h) for h in heads)]
        if modifies and len({f[2] for f in parties}) > 1:
            parties = heads  # "an ethnic Kachin rebel group": the group's cue, not the people's
        return (parties or roles)[0][2]

    def _foreign_generic(self, name: str, side: str) -> bool:
        """Tell whether a party's cues in a name are only common nouns ("government") that
        another country's word qualifies ("French government"): a foreign state (rule 4)."""
        if side in ("third_party", "media"):
            return False
        foreign = _FOREIGN.search(name)
        country = re.match(r"(?:[A-Z][\w.]*(?:['’]s)?\s+)+", foreign[0]) if foreign else None
        if country is None:
            return False
        stem = words_of.country_stem(re.sub(r"['’]s\s*\Z", "", country[0].strip()))
        if any(w.lower().startswith(stem) for w in self.known):
            return False  # the country of a party of the story
        pattern = dict(self.groups).get(side)
        return pattern is not None and all(m[0].islower() for m in pattern.finditer(name))

    @staticmethod
    def unnamed(name: str) -> bool:
        """Tell whether a name stands for outlets no one names ("Norlandic media")."""
        return bool(UNNAMED_MEDIA.fullmatch(name.strip()))

    def side_basis(self, name: str) -> tuple[str, str]:
        """Return the side a name speaks for and what tells it: cue, place, foreign, label,
        local or none (see the module docstring)."""
        if self.unnamed(name):
            return "unknown", "none"  # "Norlandic media reported …": outlets no one names
        name = SEEN_BY.sub("", name)
        if MASTHEAD.fullmatch(name.strip()) and not self.cue_side(name.split()[-1]):
            return "media", "cue"  # "Tamil Guardian": a newspaper, whatever party "Tamil" names
        side = self.cue_side(name) or words_of.minister_side(name, self.ministers)
        if side is not None and self._foreign_generic(name, side):
            return "third_party", "foreign"  # "a French government security assessment"
        if side is not None:
            return side, "cue"
        if NGO_NAME.search(name):
            return "third_party", "international"
        if MEDIA_HEAD.search(name):
            # "Lebanon's state National News Agency": an agency of the state is the media in
            # its own voice (the corpus conventions), whatever place its name gives
            return "media", "cue"
        place = self.places.search(name)
        foreign = _FOREIGN.search(name)
        unnamed = place and SOURCES_IN.search(name, 0, place.start())  # "sources in <place>"
        if place and not unnamed and not (foreign and foreign.start() < place.start()):
            return self.place_side[key(place[0])], "place"
        country = _COUNTRY_OWNER.search(name) or _GOVERNMENT_OF.search(name)
        own = self._demonym_side(country[1]) if country else None
        if own is not None:  # "Sudan's foreign ministry", "Sudanese" a party's cue word
            return own, "cue"
        abroad = words_of.other_country(country[1] if country else name, self.known)
        if foreign or ABROAD.search(name) or abroad:  # "Israel's Foreign Ministry" (set 24)
            return "third_party", "foreign"  # "The top US diplomat in Rangoon"; "Sri Lanka"
        if _INSTITUTION.search(name):
            words = {w.lower() for w in _LABEL_WORD.findall(name)}
            owners = {p for w in words for p in self.label_words.get(w, ())}
            if len(owners) == 1:
                return owners.pop(), "label"
        if self.state and (_BARE_STATE.fullmatch(name.strip(" -–—")) or _MINISTER.match(name)):
            # "The Government reports 7,250 dead" (blind set 12), "Revenue Minister X" (user 23)
            return self.state, "label"  # the one party whose label calls it a government
        if self.host and (LOCAL_PEOPLE.search(name) or (self.governs and LOCAL_ROLE.search(name))):
            return self.host, "local"
        return "unknown", "none"

    def _demonym_side(self, country: str) -> str | None:
        """Return the one party whose one-word cue is the country's demonym ("Sudan" and
        "Sudanese", "Mali" and "Malian"), if one is."""
        stem = words_of.country_stem(country)
        words = [w for w in self.words if " " not in w and w[:1].isupper()]
        found = {self.cue_side(w) for w in words if w.lower().startswith(stem)} - {None}
        return found.pop() if len(found) == 1 else None

    def place_party(self, text: str, start: int, end: int) -> str | None:
        """Return the party holding the place a text span is set in ("At <place> alone, …",
        "in <place>"), when every such place there is held by the same party, else None.

        >>> sides = Sides([{"id": "north", "places": ["Lowtown Hospital"]}], {}, [])
        >>> s = "At Lowtown Hospital alone, 145 bodies were brought in, a staff member said."
        >>> sides.place_party(s, 0, len(s)), sides.place_party("Shells from Lowtown", 0, 19)
        ('north', None)
        """
        found = {
            self.place_side[key(m[0])]
            for m in re.finditer(self.places.pattern, text[start:end], re.IGNORECASE)
            if key(m[0]) in self.place_side
            and _SET_IN.search(text, max(start, start + m.start() - 8), start + m.start())
        }
        return found.pop() if len(found) == 1 else None

    def names_side(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Tell whether text[start:end] holds a party, role or place word."""
        end = len(text) if end is None else end
        return bool(self.cues.search(text, start, end) or self.places.search(text, start, end))
