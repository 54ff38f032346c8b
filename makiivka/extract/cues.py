"""Cue words as patterns: how a story's cue words and aliases are matched in text.

Moved out of ``sides.py`` (which tells a name's side from them) to keep both under 400 lines.
"""

from __future__ import annotations

import re

from makiivka.story.parties import is_country, plain


def key(alias: str) -> str:
    """Normalize an alias for lookup: lower case, straight apostrophes, single spaces, and
    the United Nations' spellings as one ("UN peacekeeping mission", "United Nations …")."""
    return _UN.sub("un", " ".join(alias.replace("’", "'").lower().split()))


#: The United Nations as written: "UN", "U.N.", "United Nations" (a key is lower case).
_UN = re.compile(r"(?<![\w.])(?:u\.n\.|united nations)(?![\w])")
_UN_WORD = re.compile(r"(?<![\w.])(?:UN|U\.N\.|United\s+Nations)(?![\w])")


def alias_pattern(alias: str) -> str:
    """Return a regex for an alias: either apostrophe, any spacing, a lower-case first letter.

    >>> bool(re.fullmatch(alias_pattern("Moscow's Defense Ministry"), "moscow’s Defense  Ministry"))
    True
    >>> bool(re.fullmatch(alias_pattern("mine operator"), "mine's operator"))
    True
    """
    un = _UN_WORD.search(alias)
    if un and alias.strip() != un[0]:  # "UN peacekeeping mission" is "United Nations …" too
        parts = [alias_pattern(p) if p.strip() else re.escape(p) for p in (alias[: un.start()],
                 alias[un.end() :])]  # fmt: skip
        return rf"{parts[0]}(?:UN|U\.N\.|United\s+Nations){parts[1]}"
    if re.fullmatch(r"[A-Z]{4,}", alias):
        # "UNICEF" is "Unicef" in British house style: an acronym of four letters or more
        # (not "WHO", which would be the pronoun) also in title case.
        return f"(?:{alias}|{alias[0]}{alias[1:].lower()})"
    out = []
    # a lower-case name of words is also said with a possessive: "the mine's operator" for "mine
    # operator" (round 24's new user)
    space = r"(?:['’]s)?\s+" if alias == alias.lower() and "'" not in alias else r"\s+"
    for i, char in enumerate(alias):
        if char in "'’":
            out.append("['’]")
        elif char.isspace():
            out.append(space)
        elif i == 0 and char.isalpha():
            out.append(f"[{char.upper()}{char.lower()}]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def alternation(words: list[str]) -> str:
    """Return an alternation of words, longest first (a pattern that never matches if empty)."""
    parts = [alias_pattern(w) for w in sorted(set(words), key=len, reverse=True) if w.strip()]
    return "|".join(parts) or "(?!)"


#: A determiner or possessive before a cue written in lower case: "the eastern government's",
#: "a coast guard official" (round 16's new user).
DETERMINER = (
    r"(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=['’]s\s)|(?<=\ba\s)"
    r"|(?<=\bA\s)|(?<=\ban\s)|(?<=\bAn\s))"
)


def determined_lower(words: list[str]) -> str:
    """Return the alternation of the multi-word names with capitals in *words* written in lower
    case after a determiner or possessive ("the eastern-based government" for "Eastern-based
    government"; a bare lower-case phrase elsewhere is too often a description), or "" when
    none has both."""
    lower = [w.lower() for w in words if " " in w.strip() and w != w.lower()]
    return rf"{DETERMINER}(?:{alternation(lower)})" if lower else ""


def cue_pattern(words: list[str]) -> re.Pattern:
    """Return the pattern of a side's cue words: as written, and a multi-word cue with capitals
    also in lower case after a determiner (:func:`determined_lower`)."""
    pattern = rf"(?<![\w])(?:{alternation(words)})(?![\w])"
    if lower := determined_lower(words):
        pattern += rf"|{lower}(?![\w])"
    return re.compile(pattern)


def in_both_numbers(cues: list[str]) -> list[str]:
    """Return a party's cue words, each that ends in a lower-case common noun also in the
    other number ("local official" → "local officials", blind set 12's "Local officials have
    spoken of up to 2,000 dead"; "workers" → "worker", its "One worker, Mohammad Ripu,
    said"), so a descriptor need not list both.

    >>> in_both_numbers(["local official", "SANA", "activists", "witnesses"])
    ['local official', 'local officials', 'SANA', 'activists', 'activist', 'witnesses', 'witness']
    """
    found = []
    for cue in map(plain, cues):
        found.append(cue)
        last = cue.split()[-1] if cue.split() else ""
        if not (last.isalpha() and last.islower() and len(last) > 3) or last in _NO_NUMBER:
            continue
        if last.endswith("ies"):
            found.append(cue[:-3] + "y")  # "authorities", "authority"
        elif last.endswith(("sses", "shes", "ches", "xes")):
            found.append(cue[:-2])  # "witnesses", "witness"
        elif last.endswith("s") and not last.endswith("ss"):
            found.append(cue[:-1])
        elif last[-1] == "y" and last[-2] not in "aeiou":
            found.append(cue[:-1] + "ies")  # "authority", "authorities"
        elif not last.endswith("s"):
            found.append(cue + ("es" if last.endswith(("ch", "sh", "x")) else "s"))
    return found


#: The United Nations' spellings: a party known by one is known by all ("according to the
#: U.N." for a party whose label gives "UN", blind set 23).
_UN_SPELLINGS = ("UN", "U.N.", "United Nations")


#: Where a party's label says it works: "the humanitarian coordinator in Banda Aceh".
_WORKS_IN = re.compile(r"\b(?:in|at)\s+(\w[\w\s'’-]*)")


def party_cues(party: dict, held: dict[str, set[str]]) -> list[str]:
    """Return a party's cue words in both numbers (:func:`in_both_numbers`), with the UN's
    other spellings when it has one, and without a place only other parties hold (*held*:
    place keys to the parties holding them) that its label says it works in: "Banda Aceh" of
    "the humanitarian coordinator in Banda Aceh" is where the party works, and "Officials in
    Banda Aceh" speak for the party holding it (blind set 23). A place the label names
    otherwise stays ("residents of Pripyat and Kiev", blind set 20).

    >>> un = {"id": "un", "label": "UN staff in Banda Aceh", "cues": ["UN", "Banda Aceh"]}
    >>> party_cues(un, {"banda aceh": {"gov"}})
    ['UN', 'U.N.', 'United Nations']
    """
    own, label = party["id"], party.get("label", "")
    # "in Banda Aceh, where …": the place is the first words after "in"
    where = {
        key(" ".join(m[1].split()[:n])) for m in _WORKS_IN.finditer(label) for n in range(1, 5)
    }
    cues = [
        c
        for c in party.get("cues", [])
        if own in held.get(key(plain(c)), {own}) or key(plain(c)) not in where
    ]
    if any(plain(c) in _UN_SPELLINGS for c in cues):
        cues += [c for c in _UN_SPELLINGS if c not in cues]
    return in_both_numbers(cues)


def minister_patterns(parties: list[dict]) -> list[tuple[str, re.Pattern]]:
    """Return each party's ministers as (party id, pattern): the minister of each ministry its
    cue words name (:func:`_ministers`). They side a speaker's name only (:func:`minister_side`):
    as cue words everywhere they would make the speaker model give a party the outlet's own
    sentence about the minister (blind set 12's "questioned Home Minister …, as the toll
    climbed to 8,460")."""
    found = []
    for p in parties:
        words = [m for c in p.get("cues", []) for m in _ministers(plain(c))]
        if words:
            found.append((p["id"], cue_pattern(words)))
    return found


def minister_side(name: str, ministers: list[tuple[str, re.Pattern]]) -> str | None:
    """Return the one party whose minister a speaker's name names ("Health Minister Armindo
    Tiago" for a party with the cue "health ministry"), else None."""
    sides = {side for side, pattern in ministers if pattern.search(name)}
    return sides.pop() if len(sides) == 1 else None


def _ministers(cue: str) -> list[str]:
    """Return the minister of a ministry a cue names: "health ministry" and "Ministry of Health"
    give "health minister" and "Health Minister" ("Health Minister Armindo Tiago" spoke for
    the ministry's party, not the province's: round 22's second new user).

    >>> _ministers("Ministry of Health"), _ministers("health ministry"), _ministers("MISAU")
    (['Health Minister', 'health minister', 'Minister of Health'], ['health minister'], [])
    """
    m = re.fullmatch(r"(?:([A-Za-z]+)\s+[Mm]inistry|Ministry\s+of\s+(?:the\s+)?([A-Z][a-z]+))", cue)
    if m is None:
        return []
    if m[1]:
        return [f"{m[1]} minister"] + ([f"{m[1]} Minister"] if m[1][:1].isupper() else [])
    return [f"{m[2]} Minister", f"{m[2].lower()} minister", f"Minister of {m[2]}"]


def other_country(name: str, known: list[str]) -> bool:
    """Tell whether a name is a country no party of the story is known by (*known*: its cue
    words, labels and held places): "Sri Lanka has reported 30,957 dead" in a story of
    Indonesia's tsunami is a foreign state, a third party (blind set 23).

    >>> other_country("Sri Lanka", ["Indonesia"]), other_country("Indonesia", ["Indonesian"])
    (True, False)
    """
    if not is_country(name):
        return False
    stem = country_stem(re.sub(r"\A[Tt]he\s+", "", name.strip()))
    return not any(w.lower().startswith(stem) for w in known)


def country_stem(country: str) -> str:
    """Return the stem a country's name shares with its demonym, in lower case.

    >>> country_stem("Lebanon"), country_stem("Korea"), country_stem("Mali")
    ('leban', 'kore', 'mali')
    """
    low = country.lower()
    return low[: max(4, len(low) - 2)]


#: Words whose other number is no word of theirs ("news", "series") or another word.
_NO_NUMBER = frozenset(["news", "series", "species", "means", "arms", "politics", "press"])


def place_pattern(places: list[str]) -> re.Pattern[str] | None:
    """Compile the event's place names into one pattern (None when there are none).

    >>> bool(place_pattern(["Makiivka", "Makeevka"]).search("a strike on Makeevka"))
    True
    """
    if not places:
        return None
    names = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)
