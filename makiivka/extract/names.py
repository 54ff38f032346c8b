"""Give a short mention of a body the full name the article or the story gives it.

News prose names a body in full once ("the Northern Investigative Committee said …") and then
shortens it ("the committee said", "the coastguard", "PDMA Lowland", "the state's civil
defence authority"). A ledger whose claimant is "the committee" cannot be grouped or checked,
so the short mention takes, in order:

1. the nearest fuller name **before it in the article** that contains the mention's
   distinctive words (or, if it has none, its head noun: "the committee" → "Northern
   Investigative Committee");
2. else the longest **story cue word** that does: "the coastguard" → "Hellenic Coast Guard"
   when the descriptor's cues list it; "PDMA Lowland" → "Provincial Disaster Management
   Authority Lowland" (a cue whose initials spell the acronym and that ends with the same
   word).

Only bodies are lengthened (a head noun from :data:`_BODY_HEAD`); people are the business of
:mod:`makiivka.extract.entities` (surnames and titles). The side is not changed here: the
resolution of who spoke (:mod:`makiivka.extract.resolve`) has already given it. No names of
any story are in this module; the words come from the article and the descriptor.
"""

from __future__ import annotations

import itertools
import re

from makiivka.extract.entities import Entities
from makiivka.extract.sides import Sides
from makiivka.text.search import matches_before

#: "the World Health Organization (WHO)": a body's name and the acronym it is given.
_ACRONYM_GIVEN = re.compile(
    r"((?:UN|U\.N\.|[A-Z][\w'’-]*)(?:\s+(?:of|for|on|in|and|the|[A-Z][\w'’-]*)){1,7})\s+\(([A-Z]{2,8})\)"
)
_ACRONYM = re.compile(r"[A-Z]{2,8}|U\.N\.")
_THE = re.compile(r"\A[Tt]he\s+")


def spell_out(name: str, entities: Entities) -> str:
    """Return an acronym speaker's name with what it stands for: "IOM" → "International
    Organization for Migration (IOM)", from the article ("… (IOM)") or the story's cue words.

    A name that is not a bare acronym, or one neither spells out, is returned as it is.
    """
    if not _ACRONYM.fullmatch(name):
        return name
    for m in _ACRONYM_GIVEN.finditer(entities.text):
        if m[2] == name:
            return f"{_THE.sub('', m[1])} ({name})"
    full = entities.register.sides.spelled_out(name.replace(".", ""))
    return f"{full} ({name})" if full else name


#: Head nouns of a body that is named in full once and shortened later.
_BODY_HEAD = re.compile(
    r"(?i)(?:committee|authority|ministry|agency|service|coast\s*guard|police|council|office"
    r"|department|administration|directorate|commission|secretariat|bureau|inspectorate"
    r"|defen[cs]e)\Z"
)
#: Words that say nothing about which body: determiners, possessives, generic kinds.
_GENERIC = frozenset(
    ("the", "a", "an", "its", "their", "his", "her", "of", "for", "state's", "country's",
     "province's", "city's", "region's", "state", "agency", "authority", "office", "department",
     "body")
)  # fmt: skip
#: A mention of a lower level of government ("the province's disaster authority") is not
#: the national body with the same words ("National Disaster Authority").
_LOWER_LEVEL = re.compile(
    r"(?i)(?<![\w-])(?:province['’]s|provincial|state['’]s|regional|region['’]s|city['’]s"
    r"|municipal|local)(?![\w-])"
)
_NATIONAL = re.compile(r"(?i)(?<![\w-])(?:national|federal)(?![\w-])")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: A capitalised body name in the article: "Northern Investigative Committee (NIC)",
#: "Investigative Committee of Norland", "Ministry of Foreign Affairs and Expatriates".
_PROPER = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ \t]+){0,5}[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:of|for|and)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*){0,2}"
)
#: "coast guard" and "coastguard" are one head noun.
_COAST_GUARD = re.compile(r"(?i)coast\s+guard")
_DETERMINER = re.compile(r"\A(?:The|A|An)[ \t]+")
_FUNCTION = frozenset(("of", "for", "on", "and", "the"))
#: A party's military as prose names it, and as its own name does.
_MILITARY = re.compile(r"(?i)(?<![\w-])(?:army|military|armed\s+forces)\Z")
_FORCES = re.compile(r"(?:Armed|Defen[cs]e)\s+Forces\Z")
_ACRONYM_WORD = re.compile(r"\A([A-Z]{2,6})\s+([A-Z][a-z][\w-]*)\Z")


def _tokens(name: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(name)]


def _has(words: list[str], word: str) -> bool:
    """Tell whether a lower-case word is among words, also written apart ("coastguard" in
    "coast guard")."""
    return word in words or any(a + b == word for a, b in itertools.pairwise(words))


def _short(name: str, entities: Entities) -> tuple[list[str], str] | None:
    """Return a mention's distinctive words and head noun, or None if it is no short mention.

    A short mention is written in lower case after its determiner ("the civil defence
    agency", "the Norlandic coastguard": a party's cue word may be capitalised) or is one
    capitalised word ("Police", "Coastguard"), and ends in a body's head noun.
    """
    words = _WORD.findall(name)
    if not words or not _BODY_HEAD.search(" ".join(words[-2:])):
        return None
    # "the Norlandic coastguard": a party's cue word may be capitalised; no other word may.
    cues = entities.register.sides.cues
    capitals = [w for w in words[1:] if w[:1].isupper() and not cues.fullmatch(w)]
    first = words[0]
    if capitals or (
        len(words) > 1 and first[:1].isupper() and first not in ("The", "A")
        and not cues.fullmatch(first)
    ):  # fmt: skip
        return None
    tokens = _tokens(_COAST_GUARD.sub("coastguard", name))
    return [t for t in tokens if t not in _GENERIC] or [tokens[-1]], tokens[-1]


def _fits(candidate: str, wanted: list[str], name: str) -> bool:
    if _LOWER_LEVEL.search(name) and _NATIONAL.search(candidate):
        return False
    words = _tokens(candidate)
    adds = set(words) - set(_tokens(name)) - _FUNCTION
    return bool(adds) and all(_has(words, w) for w in wanted)


def full_name(name: str, position: int, entities: Entities, side: str = "unknown") -> str:
    """Return the full name of a body a short mention at *position* stands for (see the module
    docstring), else the name as it is (acronyms spelled out by
    :func:`spell_out`).

    A fuller name whose cue words give another side than the speaker's *side* is not its
    name ("the province's authority" of one province is not another province's); with the
    side unknown, story cue words are used only when all that fit share one side.
    """
    spelled = spell_out(name, entities)
    if spelled != name:
        return spelled
    sides = entities.register.sides

    def same_side(candidate: str) -> bool:
        other = sides.cue_side(candidate)
        return side == "unknown" or other is None or other == side

    cache = entities.__dict__.setdefault("_side_words", {})
    if side not in cache:
        cache[side] = [w for w in sides.words if same_side(w)]
    words = cache[side]
    acronym = _ACRONYM_WORD.match(name)
    if acronym:  # "PDMA Lowland": a cue spelling the acronym, ending with the same word
        for cue in words:
            parts = cue.split()
            content = [w for w in parts[:-1] if w not in _FUNCTION]
            if parts[-1] == acronym[2] and "".join(w[0] for w in content) == acronym[1]:
                return cue
        return name
    forces = _armed_forces(name, sides, side)
    if forces:
        return forces
    short = _short(name, entities)
    if short is None:
        return name
    wanted, _ = short
    store = entities.__dict__.setdefault("matches", {})
    for m in matches_before(store, entities.text, _PROPER, position):  # the last that fits
        candidate = _DETERMINER.sub("", m[0])
        if _fits(candidate, wanted, name) and same_side(candidate):
            return candidate
    # A cue written as a proper name ("Norland Coast Guard") beats a description of it.
    fitting = [c for c in words if c[:1].isupper() and _fits(c, wanted, name)]
    if len({sides.cue_side(c) for c in fitting}) > 1:
        return name  # cue words of two sides fit: the mention does not tell which
    return max(fitting, key=lambda c: (_titled(c), len(c))) if fitting else name


def _titled(name: str) -> bool:
    """Tell whether every content word of a name is capitalised."""
    return all(w[:1].isupper() for w in _WORD.findall(name) if w not in _FUNCTION)


def _armed_forces(name: str, sides: Sides, side: str) -> str:
    """Return the story's name for a party's armed forces that "the army", "the military"
    or "<demonym> army" stands for: its one cue word (the shortest, if several) ending in
    "Armed Forces" or "Defence Forces", else ""."""
    words = _WORD.findall(name)
    if side == "unknown" or not words or not _MILITARY.search(name):
        return ""
    if any(w[:1].isupper() and not sides.cues.fullmatch(w) for w in words if w not in ("The", "A")):
        return ""  # "Kessa Army Group": a name of its own
    forces = [w for w in sides.words if _FORCES.search(w) and sides.cue_side(w) == side]
    return min(forces, key=len) if forces else ""
