"""Hold what the figure rules read from a story's descriptor: its metrics, its event, its places.

Nothing here names a story: the metrics a story records (the descriptor's ``metrics`` list,
else its ``claims.metric`` vocabulary, else the extractor's own), the day its event happened
(``event.occurred_at``, in the event's own clock), the event's noun and place names, and the
names of every other place the parties hold, so that a figure set in one of those places is
about another event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from makiivka.extract.tolls import INCREMENT

#: The extractor's metric vocabulary when a story declares none (the shipped story's).
DEFAULT_METRICS = (
    "killed", "wounded", "killed_or_wounded", "missing", "present", "rockets_fired",
    "rockets_intercepted", "rockets_hit", "mobilized", "compensation", "other",
)  # fmt: skip


#: Event nouns of natural hazards and accidents: their toll across a country or several
#: provinces, or "in total", is the event's own, and so are evacuations and the displaced (a
#: strike's is one place among a wave's). Our vocabulary, not a story's: the story gives its
#: event's noun.
HAZARDS = re.compile(
    r"(?<![\w-])(?:floods?|flooding|flash\s+floods?|earthquakes?|quakes?|storms?|cyclones?"
    r"|hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|tsunamis?|wildfires?"
    r"|bushfires?|forest\s+fires?|heat\s*waves?|droughts?|avalanches?|eruptions?|monsoon"
    r"|downpours?|rains?|dam\s+(?:collapse|burst|failure)"
    # an accident's toll is its own the same way: "33 workers had been injured in total" in a
    # mine explosion is the explosion's, not a war's (round 24's new user)
    # ("explosion" and "blast" are a war's too: a hospital blast, pagers exploding)
    r"|(?:[\w-]+\s+)?(?:fires?|collapses?|crush|stampedes?|sinkings?|shipwrecks?|crash(?:es)?"
    r"|collisions?|derailments?|accidents?|disasters?|leaks?|releases?|epidemics?)"
    r"|(?:mine|colliery|gas|methane|industrial|factory|plant|chemical|boiler|port)\s+(?:explosion|blast)s?)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def names_pattern(names: list[str], hyphen: bool = False) -> re.Pattern[str] | None:
    """Compile names into one pattern, longest first, whole words (None when there are none).

    A name's bracketed note is dropped ("Caspian Sea (launch area)" → "Caspian Sea").

    >>> bool(names_pattern(["Makiivka", "Makeevka"]).search("a strike on Makeevka"))
    True
    """
    clean = {re.sub(r"\s*\(.*?\)\s*", " ", n).strip() for n in names}
    clean = sorted((n for n in clean if n), key=len, reverse=True)
    if not clean:
        return None
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in clean)
    end = r"(?![\w])" if hyphen else r"(?![\w-])"  # hyphen: "Norland-held" names a side
    return re.compile(rf"(?<![\w-])(?:{alternation}){end}", re.IGNORECASE)


@dataclass(frozen=True)
class StoryTerms:
    """The descriptor's words for figures (see the module docstring)."""

    metrics: frozenset[str] = frozenset(DEFAULT_METRICS)
    day: date | None = None  # the event's day, in its own clock
    noun: str = ""
    #: Places the parties hold that are not the event's: a figure set there is elsewhere.
    elsewhere: re.Pattern[str] | None = None
    #: The parties' labels and cue words ("Ukraine", "Ukrainian"): a whole country or side.
    sides: re.Pattern[str] | None = None
    #: The cue words of the parties that do not hold the event's place ("the
    #: Ukrainian-held part of the region" is then another place).
    others: re.Pattern[str] | None = None
    #: Words of the event's place names ("Kabul" of "Kabul airport"): never another place.
    area: frozenset[str] = frozenset()
    #: The event is a natural hazard or an accident (its noun is one of HAZARDS), not an attack.
    hazard: bool = False
    #: Metrics of the story's own beyond the extractor's vocabulary, with the word stems of
    #: their labels ("bodies_recovered", ("bod", "recover")): see :func:`story_metric`.
    labelled: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Capitalised words of the event's name and the story's title ("Otis" of "Hurricane Otis
    #: strikes Acapulco"): a storm named otherwise is another storm.
    named: frozenset[str] = frozenset()
    #: The extractor's metric → the story's id for it, where the story calls it otherwise
    #: ("killed" → "dead", "wounded" → "injured"): see :func:`_renamed`.
    renamed: tuple[tuple[str, str], ...] = ()
    #: The story's own counted nouns beyond people and munitions, by metric ("homes_destroyed",
    #: "homes"): a figure of that noun is a count (see :func:`story_unit`), not a thing.
    units: tuple[tuple[str, str], ...] = ()


#: Words a story may call the extractor's metrics by (an id or a label: round 17's new user
#: made a story with metrics "dead" and "injured" and got every "killed" as other).
SYNONYMS = {
    "killed": ("dead", "deaths", "death", "died", "fatalities", "death_toll", "deceased"),
    "wounded": ("injured", "injuries", "injury", "hurt", "wounded_people"),
    "missing": ("unaccounted", "unaccounted_for", "missing_people", "missing_persons"),
    "displaced": ("evacuated", "evacuees", "homeless", "displacement", "displaced_people"),
    # a vessel's people (round 25's new user): the extractor's presence on board
    "present": ("aboard", "on_board", "people_aboard", "people_on_board", "passengers"),
}


def _renamed(descriptor: dict) -> tuple[tuple[str, str], ...]:
    """Return (extractor metric, story id) for each metric the story records under another
    name: an id or label among :data:`SYNONYMS`, where the story lacks the extractor's id."""
    declared = [m for m in descriptor.get("metrics") or [] if isinstance(m, dict) and m.get("id")]
    ids = {str(m["id"]) for m in declared}
    found = []
    for metric, words in SYNONYMS.items():
        if metric in ids:
            continue
        for m in declared:
            names = {str(m["id"]).lower(), str(m.get("label") or "").lower().replace(" ", "_")}
            if names & set(words):
                found.append((metric, str(m["id"])))
                break
    return tuple(found)


#: Metric ids the extractor's own keywords read (a story's label adds nothing to them).
_KNOWN = frozenset(DEFAULT_METRICS) | {"displaced", "detained"}
_SUFFIX = re.compile(r"(?:ies|es|s|ed|ing|y)\Z")


def _labelled(
    descriptor: dict, renamed: tuple[tuple[str, str], ...] = ()
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return the story's own metrics (not the extractor's, nor one of theirs *renamed*, see
    :func:`_renamed`) with the stems of their labels."""
    theirs = {story for _, story in renamed}
    found = []
    for m in descriptor.get("metrics") or []:
        if not isinstance(m, dict) or m.get("id") in _KNOWN or not m.get("id"):
            continue
        if m["id"] in theirs:
            continue  # "dead": the extractor's "killed", by its keywords
        # Its label's words, else its id's: "survivors" (id "rescued") is also "were rescued",
        # "people on board" (id "on_board") also "400 persons were on board" (new user 22)
        for name in dict.fromkeys([str(m.get("label") or m["id"]), str(m["id"])]):
            words = re.findall(r"[A-Za-z]{3,}", name.replace("_", " "))
            stems = tuple(_stem(w) for w in words if w.lower() not in ("the", "and"))
            if stems and (str(m["id"]), stems) not in found:
                found.append((str(m["id"]), stems))
    return tuple(found)


def _stem(word: str) -> str:
    """Return a label word's stem: "recovered" "recover", "survivors" "surviv" (so "survived")."""
    return re.sub(r"or\Z", "", _SUFFIX.sub("", word.lower()))


#: Taken out alive, in any verb: what a story's "rescued alive" or "found alive" counts.
_OUT_ALIVE = re.compile(
    r"(?i)(?<![\w-])(?:brought|pulled|dug|carried|taken|lifted|got|rescued|evacuated|freed)"
    r"\s+(?:out\s+)?(?:[\w-]+\s+){0,3}?alive\b"
)


#: Survivors counted by the figure's own noun or verb: "104 survivors", "104 survived".
_SURVIVORS = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:survivors|survived)\b")
_SURVIVORS_BEFORE = re.compile(
    r"(?i)\bsurvivors\s+(?:\w+\s+){0,3}?(?:to|at|is|was)\s+(?:about\s+|around\s+|some\s+)?[\d,.]+\Z"
)
_NONE_OF = re.compile(r"(?i)\bnone\s+of\s+(?:the\s+)?[\w,.]+\Z")


def story_metric(
    text: str, start: int, end: int, terms: StoryTerms, after: int | None = None
) -> str | None:
    """Return the story's own metric whose label's every word is in text[start:end] (a
    figure's clause): "30 bodies were recovered" is "bodies_recovered" in a story that
    records it (labelled "Bodies recovered"), whatever the extractor's keywords say. A figure
    whose own noun (right *after* it) is the label verb's agent ("400 rescuers") is not it.

    >>> t = StoryTerms(labelled=(("bodies_recovered", ("bod", "recover")),))
    >>> story_metric("Rescuers said 30 bodies were recovered.", 14, 38, t)
    'bodies_recovered'
    >>> story_metric("Rescuers said 30 people died.", 14, 28, t) is None
    True
    >>> t = StoryTerms(labelled=(("rescued", ("rescu",)),))
    >>> story_metric("more than 400 rescuers were at work", 0, 35, t) is None
    True
    """
    if after is not None and INCREMENT.match(text, after, end):
        return None  # "3 more miners were brought out alive": an increment, as for any toll
    for metric, stems in terms.labelled:
        # a verb's agent noun is not what the verb counts: "400 rescuers" are not rescued (user 24)
        agents = rf"\s+(?:[\w-]+\s+)?(?:{'|'.join(stems)})ers?\b"
        if after is not None and re.match(agents, text[after:end], re.I):
            continue
        if all(re.search(rf"(?<![\w-]){s}(?!ers?\b)\w*", text[start:end], re.I) for s in stems):
            return metric
        if "alive" in stems and _OUT_ALIVE.search(text, start, end):
            return metric  # "6 miners had been brought out alive" is "rescued alive" (user 24)
        survivors = after is not None and (
            _SURVIVORS.match(text, after) or _SURVIVORS_BEFORE.search(text, start, after)
        )  # "…, bringing the number of survivors to 74" (new user 27)
        if {"alive", "rescu"} & set(stems) and survivors and not _NONE_OF.search(text, 0, after):
            return metric  # "82 dead and 104 survivors" (round 25's new user)
    return None


def _bare(name: str) -> str:
    """Return a place name without its bracketed note ("Kabul (city)" → "Kabul")."""
    return re.sub(r"\s*\(.*?\)\s*", " ", name).strip()


_DEMONYM = re.compile(r"(?:an|ian|ish|ese|ic|i)\Z")


def _is_country(place: str, words: list[str]) -> bool:
    """Tell whether a place is a country its party's words make a demonym of ("Norland" and
    "Norlandic", "Morocco" and "Moroccan"); a city ("Lowtown") has none."""
    name = _bare(place)
    stem = name.lower()[: max(4, len(name) - 2)]
    return any(w != name and w.lower().startswith(stem) and _DEMONYM.search(w) for w in words if w)


def _metrics(descriptor: dict) -> frozenset[str]:
    """Return the metric ids a descriptor declares (interface 2), else its claims vocabulary."""
    declared = descriptor.get("metrics")
    if isinstance(declared, list) and declared:
        ids = {m.get("id") if isinstance(m, dict) else m for m in declared}
        return frozenset(str(i) for i in ids if i) | {"other"}
    for resource in descriptor.get("resources", []):
        if resource.get("name") == "claims":
            for column in resource.get("schema", {}).get("fields", []):
                enum = column.get("constraints", {}).get("enum")
                if column.get("name") == "metric" and enum:
                    return frozenset(enum) | {"other"}
    return frozenset(DEFAULT_METRICS)


def story_terms(descriptor: dict) -> StoryTerms:
    """Return the figure rules' terms of a data package descriptor (a dict).

    >>> t = story_terms({"event": {"occurred_at": "2024-05-25T16:00+03:00", "places": ["Town"]},
    ...                  "parties": [{"id": "a", "label": "Land", "places": ["Town", "Port"]}]})
    >>> t.day.isoformat(), bool(t.elsewhere.search("in Port")), bool(t.elsewhere.search("Town"))
    ('2024-05-25', True, False)
    """
    event = descriptor.get("event", {}) or {}
    moment = str(event.get("occurred_at") or "")
    try:
        day = date.fromisoformat(moment[:10]) if len(moment) >= 10 else None
    except ValueError:
        day = None
    own = {n.lower() for n in event.get("places", [])}
    # "Kabul" inside the event's place "Kabul airport" is the event's own area.
    area = {w.lower() for n in own for w in re.findall(r"[\w'’-]+", n)}
    parties = descriptor.get("parties", []) or []
    held = [
        p for party in parties for p in party.get("places", [])
        if p.lower() not in own and _bare(p).lower() not in area
    ]  # fmt: skip
    words = [w for party in parties for w in (party.get("label", ""), *party.get("cues", []))]
    sides = names_pattern([w for w in words if w and w[:1].isupper() and w.lower() not in own])
    hosts = {party.get("id") for party in parties for p in party.get("places", [])
             if _bare(p).lower() in own}  # fmt: skip
    # The country of the party that holds the event's place ("Norland" among Norland's places,
    # with its demonym "Norlandic" among its cues) holds the event too: not another place.
    countries = {
        _bare(p).lower() for party in parties if party.get("id") in hosts
        for p in party.get("places", []) if _is_country(p, [party.get("label", ""),
                                                           *party.get("cues", [])])
    }  # fmt: skip
    held = [p for p in held if _bare(p).lower() not in countries]
    away = [
        w for party in parties if len(hosts) == 1 and party.get("id") not in hosts
        for w in (party.get("label", ""), *party.get("cues", [])) if w[:1].isupper()
    ]  # fmt: skip
    titles = f"{event.get('name') or ''} {descriptor.get('title') or ''}"
    renamed = _renamed(descriptor)
    named = frozenset(re.findall(r"(?<![\w'’-])[A-Z][a-z]+", titles))
    return StoryTerms(
        _metrics(descriptor), day, str(event.get("noun") or ""), names_pattern(held), sides,
        names_pattern(away, hyphen=True), frozenset(area),
        bool(HAZARDS.fullmatch(str(event.get("noun") or "").strip())),
        _labelled(descriptor, renamed), named, renamed, _units(descriptor),
    )  # fmt: skip


def _units(descriptor: dict) -> tuple[tuple[str, str], ...]:
    """Return (metric, unit) for each declared metric counting a noun of its own ("homes")."""
    return tuple(
        (str(m["id"]), str(m["unit"]).lower()) for m in descriptor.get("metrics") or []
        if isinstance(m, dict) and m.get("id") and re.fullmatch("[A-Za-z]{3,}", m.get("unit") or "")
        and str(m["unit"]).lower() not in ("people", "rockets", "other", "money")
    )  # fmt: skip


def story_unit(text: str, end: int, terms: StoryTerms) -> str | None:
    """Return the story's own counted noun right after a figure ("312 homes", "40 houses
    destroyed" in a story counting "houses"), with one describing word between at most.

    >>> t = StoryTerms(units=(("homes_destroyed", "homes"),))
    >>> story_unit("312 homes were destroyed", 3, t), story_unit("312 people", 3, t)
    ('homes', None)
    """
    for _, unit in terms.units:
        singular = re.sub(r"(?:es|s)\Z", "", unit) if unit.endswith("s") else unit
        noun = rf"\s+(?:[\w-]+\s+)?(?:{re.escape(unit)}|{re.escape(singular)}e?s?)(?![\w-])"
        if re.match(noun, text[end : end + 40], re.IGNORECASE):
            return unit
    return None
