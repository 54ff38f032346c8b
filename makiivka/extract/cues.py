"""Cue words as patterns: how a story's cue words and aliases are matched in text.

Moved out of ``sides.py`` (which tells a name's side from them) to keep both under 400 lines.
"""

from __future__ import annotations

import re

from makiivka.story.parties import plain


def key(alias: str) -> str:
    """Normalize an alias for lookup: lower case, straight apostrophes, single spaces."""
    return " ".join(alias.replace("’", "'").lower().split())


def alias_pattern(alias: str) -> str:
    """Return a regex for an alias: either apostrophe, any spacing, a lower-case first letter.

    >>> bool(re.fullmatch(alias_pattern("Moscow's Defense Ministry"), "moscow’s Defense  Ministry"))
    True
    """
    if re.fullmatch(r"[A-Z]{4,}", alias):
        # "UNICEF" is "Unicef" in British house style: an acronym of four letters or more
        # (not "WHO", which would be the pronoun) also in title case.
        return f"(?:{alias}|{alias[0]}{alias[1:].lower()})"
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
