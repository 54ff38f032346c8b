"""The choices the desk's row editor offers, from the story's descriptor, and the order of
its articles."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from makiivka.story import descriptor, schema
from makiivka.story.checks import parse_timestamps
from makiivka.story.coded import CODABLE, DENIAL
from makiivka.story.date_checks import in_zone
from makiivka.story.schema import Package

#: The row editor's words for coding a row as a denial (:data:`makiivka.story.coded.DENIAL`).
DENIAL_WORDS = "denies it (a denial: up to N, never the speaker's own)"


def by_publication(
    articles: list[dict[str, str]], package: Package | None = None
) -> list[dict[str, str]]:
    """Return the articles by publication, earliest first, then by id; times compared as
    times whatever their offset, a date as the start of its day in the story's time zone
    (*package*'s event; in UTC without one), one that cannot be read last. Round 26's new
    user: a Flash Update of 12 Nov (La Paz, UTC-4) was listed before a post of 11 Nov at
    23:00, its day read as UTC midnight.

    >>> [a["article_id"] for a in by_publication([
    ...     {"article_id": "b", "published_at": "2024-05-12T01:00+03:00"},
    ...     {"article_id": "c", "published_at": "not a time"},
    ...     {"article_id": "a", "published_at": "2024-05-12"},
    ...     {"article_id": "d", "published_at": "2024-05-11T23:30Z"}])]
    ['b', 'd', 'a', 'c']
    """
    stamps, precision = parse_timestamps(
        pd.Series([a["published_at"] for a in articles], dtype=object)
    )
    zone = _zone(package)
    if zone is not None:
        stamps = in_zone(stamps, precision, zone)
    at = [(pd.isna(t), 0 if pd.isna(t) else t.value, a["article_id"]) for t, a in
          zip(stamps, articles, strict=True)]  # fmt: skip
    return [articles[i] for i in sorted(range(len(articles)), key=at.__getitem__)]


def _zone(package: Package | None) -> ZoneInfo | None:
    """Return the story's time zone, None without one that exists."""
    name = str(package.event.get("timezone") or "") if package is not None else ""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def vocabularies(story: Any) -> dict[str, Any]:
    """Return the choices the row editor offers, from the story's descriptor.

    Keys: ``metrics`` (id, label; the descriptor's ``metrics`` where it has them, else the
    ledger's vocabulary), ``scopes`` (id, words: :func:`story_scopes`), ``qualifiers``,
    ``codable`` (id, words: the qualifiers an editor may code, :mod:`makiivka.story.coded`,
    and ``denial``: the speaker rejects the figure, coded as its upper bound),
    ``metric_labels`` (id to label, for the row summaries),
    ``units`` (:func:`story_units`), ``metric_units`` (:func:`metric_units`), ``kinds``,
    ``sides`` (id, label: the parties, then the shared roles), ``claimants`` (the register,
    by name).
    """
    claims = story.package.resources["claims"]
    declared = story.package.descriptor.get("metrics")
    if isinstance(declared, list) and declared:
        metrics = [(str(m["id"]), str(m.get("label") or m["id"])) for m in declared]
    else:
        metrics = [(m, m.replace("_", " ")) for m in claims.field("metric").enum or ()]
    labels = schema.side_labels(story.package)
    sides = [(s, labels.get(s, s)) for s in descriptor.sides(story.package)]
    kinds = story.package.resources["claimants"].field("kind").enum or ()
    return {
        "metrics": metrics,
        "scopes": story_scopes(story),
        "qualifiers": list(claims.field("qualifier").enum or ()),
        "codable": [*CODABLE.items(), (DENIAL, DENIAL_WORDS)],
        "metric_labels": dict(metrics),
        "units": story_units(story),
        "metric_units": metric_units(story.package),
        "kinds": list(kinds),
        "sides": sides,
        "side_labels": labels,
        "claimants": sorted(story.claimants, key=lambda c: c["name"].casefold()),
    }


def story_scopes(story: Any) -> list[tuple[str, str]]:
    """Return the scopes the row editor offers, each with the words a reader knows it by.

    The event's own ("this flood") and another event's; the wider one (the ledger's
    ``war`` code) only where the story declares its context (``event.context``: "war-wide")
    or a row already uses it (then "beyond this flood"): no war word in a story of none.
    """
    enum = list(story.package.resources["claims"].field("scope").enum or ())
    own = schema.event_scope(story.package)
    noun = str(story.package.event.get("noun") or "event")
    context = story.package.event.get("context")
    used = {row["scope"] for row in story.claims}
    found = []
    for scope in enum:
        if scope == own:
            found.append((scope, f"this {noun}"))
        elif scope == "other":
            found.append((scope, f"another {noun} or event"))
        elif context:
            found.append((scope, f"{context}-wide"))
        elif scope in used:
            found.append((scope, f"beyond this {noun}"))
    return found


def story_units(story: Any) -> list[str]:
    """Return the units the row editor offers: people, the units the story's own metrics
    bring ("homes": round 26's new user was offered only people and other), those the
    story's rows already use, and ``other``. Rockets or a currency are added by the page when
    a figure names them ("six rockets", "£57,000") or a metric counting them is chosen, so a
    flood story is never offered another story's rockets or roubles."""
    claims = story.package.resources["claims"]
    enum = list(claims.field("unit").enum or ())
    own = next(r for r in story.package.descriptor["resources"] if r["name"] == "claims")
    base = next((f for f in own["schema"]["fields"] if f["name"] == "unit"), {})
    brought = set(enum) - set(base.get("constraints", {}).get("enum") or ())
    used = {row["unit"] for row in story.claims} | brought
    offered = [u for u in enum if u in ("people", "other") or u in used]
    return sorted(offered, key=lambda u: u == "other")  # other last


def metric_units(package: Package) -> dict[str, str]:
    """Return the unit each of the story's metrics declares, where its rows may take it
    (``money`` stands for the currency codes its rows give, ``other`` keeps each row's own):
    choosing the metric in the row editor sets the unit."""
    enum = set(package.resources["claims"].field("unit").enum or ())
    if not isinstance(package.descriptor.get("metrics"), list):
        return {}  # a descriptor of no metrics list declares no unit
    return {
        m.id: m.unit for m in schema.story_metrics(package) if m.id != "other" and m.unit in enum
    }
