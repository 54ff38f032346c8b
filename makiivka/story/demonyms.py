"""Demonyms: the adjective a place gives its people ("Ukraine" → Ukrainian), and back.

A country's demonyms come from the countryinfo package's data (its name and alternative
spellings, "Sudan" → Sudanese, "Burma" → Burmese); for a place it does not list (a region,
"Tigray") the few regular English patterns are written here. :func:`after_demonym` reads
them the other way: the name after a place's adjective in a body's name ("Calandrian Red
Cross" → Red Cross). Nothing here names a story's place.
"""

from __future__ import annotations

import functools
import re

#: How news prose shortens the names that are initials: "the US says", "U.S. officials".
SHORT = {"united states": ["US", "U.S."], "united kingdom": ["UK", "U.K."],
          "united arab emirates": ["UAE"]}  # fmt: skip


@functools.cache
def country_demonyms() -> dict[str, list[str]]:
    """Map each country's name and alternative spellings (lower case; no codes) to its
    demonyms in countryinfo's data, with the common "-orian" spelling beside its "-orean"
    ("Ecuadorean", "Ecuadorian")."""
    import countryinfo  # here, not at start-up: only a label's cues need it

    found: dict[str, list[str]] = {}
    for country in countryinfo.all_countries():
        demonym = str(country.demonym() or "").strip()
        if not demonym:
            continue
        words = [demonym, demonym[:-4] + "rian"] if demonym.endswith("orean") else [demonym]
        for name in [country.name(), *(country.alt_spellings() or [])]:
            if len(name) >= 4 and not name.isupper():
                found.setdefault(name.lower(), words)
    return found


def demonyms(name: str) -> list[str]:
    """Return the English demonyms of a place name: a country's from countryinfo's data,
    else the regular English patterns (none for a name they do not fit).

    >>> demonyms("Ukraine"), demonyms("Russia"), demonyms("Israel"), demonyms("Afghanistan")
    (['Ukrainian'], ['Russian'], ['Israeli'], ['Afghan'])
    >>> demonyms("Libya"), demonyms("Yemen"), demonyms("Tigray"), demonyms("Houthi")
    (['Libyan'], ['Yemeni'], ['Tigrayan'], [])
    >>> demonyms("Uzbekistan"), demonyms("Pakistan"), demonyms("Kyrgyzstan")
    (['Uzbek', 'Uzbekistani'], ['Pakistani'], ['Kyrgyz', 'Kirghiz'])
    >>> demonyms("DR Congo"), demonyms("Sudan"), demonyms("Ecuador"), demonyms("Philippines")
    (['Congolese'], ['Sudanese'], ['Ecuadorean', 'Ecuadorian'], ['Filipino'])
    """
    known = country_demonyms().get(name.lower())
    if known and name.lower().endswith("stan") and len(name) >= 9:
        # "Uzbek" and "Uzbekistani", "Kyrgyz" beside countryinfo's "Kirghiz"; no "Pak"
        stem = name[:-5] if name.lower().endswith("istan") else name[:-4]
        return list(dict.fromkeys([stem, *known]))
    if known:
        return list(known)
    if len(name) < 4 or not name[:1].isupper() or not name.isalpha() or name.isupper():
        return []  # an acronym ("FEMA") has none
    low = name.lower()
    if low.endswith("istan"):
        return [name[:-5], name[:-5] + "i"]
    if low.endswith(("an", "ese", "ish", "i", "s")):
        return []  # already an adjective ("Afghan", "Tigrayan", "Houthi") or irregular
    if low.endswith("a"):
        return [name + "n"]
    if low.endswith("e"):
        return [name[:-1] + "ian"]
    if low.endswith(("ay", "ey")):
        return [name + "an"]
    if low[-1] in "ouy":
        return []
    return [name + "i"]


def is_country(name: str) -> bool:
    """Tell whether a name is a country's, in countryinfo's names and spellings ("Sri Lanka",
    "the United States"); a demonym is not.

    >>> is_country("Sri Lanka"), is_country("the United States"), is_country("Sri Lankan")
    (True, True, False)
    """
    return re.sub(r"\A[Tt]he\s+", "", name.strip()).lower() in country_demonyms()


#: Endings of a place's adjective that the regular patterns make ("Calandrian", "Chilean",
#: "Sudanese", "Danish", "Tigrayan", "Norlandic"); "-an" alone would take "Human" too.
_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|ese|ish|yan|ic)")


def is_demonym(word: str) -> bool:
    """Tell whether a word is a place's adjective: a country's demonym, or a regular one.

    >>> is_demonym("Kenyan"), is_demonym("Calandrian"), is_demonym("Red"), is_demonym("Human")
    (True, True, False, False)
    """
    return word in _all_demonyms() or bool(_ADJECTIVE.fullmatch(word))


@functools.cache
def _all_demonyms() -> frozenset[str]:
    return frozenset(d for words in country_demonyms().values() for d in words)


def after_demonym(name: str, generic) -> list[str]:
    """Return the name after a place's adjective that begins *name*, when it is a name of two
    words or more and not only words for a kind of body (*generic* tells those): a national
    society's movement ("Calandrian Red Cross" → Red Cross, "Turkish Red Crescent" → Red
    Crescent), never "Coast Guard" of "Italian Coast Guard" nor one word ("Taliban").

    >>> after_demonym("Calandrian Red Cross", lambda w: False)
    ['Red Cross']
    >>> after_demonym("Italian Coast Guard", lambda w: w in ("coast", "guard"))
    []
    >>> after_demonym("Pakistani Taliban", lambda w: False), after_demonym("Red Cross", bool)
    ([], [])
    """
    first, _, rest = name.partition(" ")
    words = rest.split()
    if not is_demonym(first) or len(words) < 2 or all(generic(w.lower()) for w in words):
        return []
    return [rest]
