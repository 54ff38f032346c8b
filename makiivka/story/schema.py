"""Read the data package descriptor, the one source of truth for columns and vocabularies.

``data/datapackage.json`` is a Frictionless Data Package: it documents every
column for readers and drives the checks and dtypes here, so the two cannot
drift. We read it ourselves rather than with ``frictionless``: that library
validates row by row in Python (slow on a 100,000-row ledger), pulls in a large
dependency tree, and does not give pandas dtypes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

#: Columns named ``*_at`` hold ISO 8601 dates at the precision known.
TIMESTAMP_SUFFIX = "_at"
PRECISIONS = ("year", "month", "day", "minute", "second")


@dataclass(frozen=True)
class Field:
    """One column of a resource, with its Table Schema constraints."""

    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None

    @property
    def is_timestamp(self) -> bool:
        """Tell whether the column holds ISO 8601 dates (its name ends in ``_at``)."""
        return self.name.endswith(TIMESTAMP_SUFFIX)

    def dtype(self) -> Any:
        """Return the pandas dtype the loaded column gets."""
        if self.enum is not None:
            return pd.CategoricalDtype(list(self.enum))
        if self.type == "integer":
            return "Int64"
        return "string"

    def expectation(self) -> str:
        """Describe in words what a value of this column must look like."""
        if self.enum is not None:
            return "one of " + ", ".join(self.enum)
        if self.type == "integer":
            at_least = f" ≥ {self.minimum}" if self.minimum is not None else ""
            return f"a whole number{at_least} in digits 0-9, at most 999,999,999,999,999"
        if self.is_timestamp:
            return "an ISO 8601 date such as 2023-01-02 or 2023-01-04T01:00+03:00"
        if self.pattern:
            return f"text matching {self.pattern}"
        return "text"


@dataclass(frozen=True)
class ForeignKey:
    """A column whose values must be keys of another (or the same) resource."""

    field: str
    resource: str
    reference: str


@dataclass(frozen=True)
class Resource:
    """One CSV file of the package and its schema."""

    name: str
    path: str
    fields: tuple[Field, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def columns(self) -> list[str]:
        """Return the column names in file order."""
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        """Return the field called *name*."""
        return next(f for f in self.fields if f.name == name)


@dataclass(frozen=True)
class Package:
    """The parsed descriptor: resources by name, conventions and the event."""

    resources: dict[str, Resource]
    conventions: dict[str, Any] = field(default_factory=dict)
    event: dict[str, Any] = field(default_factory=dict)
    descriptor: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def vague_ranges(self) -> dict[str, tuple[int, int | None]]:
        """Return the documented ranges of vague words ("dozens" → 24 to 99)."""
        table = self.conventions.get("vague_ranges", {})
        return {word: (low, high) for word, (low, high) in table.items()}


def parse_descriptor(descriptor: dict[str, Any]) -> Package:
    """Build a :class:`Package` from a Frictionless descriptor already read as JSON.

    ``claims.metric`` takes the story's metric ids (:func:`story_metrics`) as its
    vocabulary, as ``claimants.side`` takes the parties: a story's metrics are its own;
    ``claims.unit`` takes the units they declare ("homes") besides its own.
    """
    resources = {}
    for res in descriptor["resources"]:
        schema = res["schema"]
        fields = tuple(_parse_field(f) for f in schema["fields"])
        if res["name"] == "claims" and isinstance(descriptor.get("metrics"), list):
            ids = tuple(dict.fromkeys(m.get("id") for m in descriptor["metrics"] if _is_metric(m)))
            fields = tuple(replace(f, enum=ids) if f.name == "metric" else f for f in fields)
            fields = tuple(_with_units(f, descriptor["metrics"]) for f in fields)
        keys = tuple(
            ForeignKey(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
            for fk in schema.get("foreignKeys", [])
        )
        resources[res["name"]] = Resource(res["name"], res["path"], fields, keys)
    return Package(
        resources, descriptor.get("conventions", {}), descriptor.get("event", {}), descriptor
    )


def _parse_field(spec: dict[str, Any]) -> Field:
    constraints = spec.get("constraints", {})
    enum = constraints.get("enum")
    return Field(
        name=spec["name"],
        type=spec.get("type", "string"),
        description=spec.get("description", ""),
        required=bool(constraints.get("required", False)),
        unique=bool(constraints.get("unique", False)),
        enum=tuple(enum) if enum is not None else None,
        pattern=constraints.get("pattern"),
        minimum=constraints.get("minimum"),
    )


#: Roles every story has besides its parties, in the order charts list them.
ROLES = ("third_party", "media", "unknown")


@dataclass(frozen=True)
class Party:
    """A side whose figures conflict, or a fixed role: its id, label and colour (or None)."""

    id: str
    label: str
    colour: str | None = None
    cues: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


def parties(package: Package) -> list[Party]:
    """Return the story's parties in the descriptor's order (``parties``: id, label, colour).

    A party without a colour gets None here; the chart theme fills it from its palette.
    """
    return [
        Party(
            str(p["id"]),
            str(p.get("label") or p["id"]),
            p.get("colour"),
            tuple(p.get("cues", ())),
            tuple(p.get("places", ())),
        )
        for p in package.descriptor.get("parties", [])
    ]


def roles(package: Package) -> list[Party]:
    """Return the fixed roles ``third_party``, ``media`` and ``unknown`` with their labels.

    Labels and colours come from the descriptor's ``roles`` where it gives them.
    """
    given = package.descriptor.get("roles", {})
    defaults = {"third_party": "Third party", "media": "Media", "unknown": "Unknown"}
    return [
        Party(
            role,
            str(given.get(role, {}).get("label") or defaults[role]),
            given.get(role, {}).get("colour"),
            tuple(given.get(role, {}).get("cues", ())),
        )
        for role in ROLES
    ]


def compared(package: Package) -> tuple[str, str]:
    """Return the two party ids the gap compares (``compare``; ratio = second / first).

    Without ``compare``, the first two parties in the descriptor's order.

    Raises:
        ValueError: when fewer than two parties are declared or compare names another.
    """
    ids = [p.id for p in parties(package)]
    pair = list(package.descriptor.get("compare") or ids[:2])
    if len(pair) != 2 or any(p not in ids for p in pair):
        raise ValueError(f"compare {pair} — expected two of the declared parties {ids}")
    return pair[0], pair[1]


def event_scope(package: Package) -> str:
    """Return the ``claims.scope`` value that means the story's own event.

    ``event.scope`` where the descriptor gives it, else the first value of the scope
    vocabulary (the shared convention: this event, then the wider context).
    """
    if package.event.get("scope"):
        return str(package.event["scope"])
    claims = package.resources.get("claims")
    enum = claims.field("scope").enum if claims is not None else None
    return enum[0] if enum else "event"


def side_labels(package: Package) -> dict[str, str]:
    """Return each side's label by its id: the story's parties, then its roles (``media``)."""
    return {p.id: p.label for p in [*parties(package), *roles(package)]}


def story_attrs(package: Package) -> dict[str, Any]:
    """Return what the analysis needs of the story, to ride on a claims frame's ``attrs``.

    Keys: ``noun`` (the event's noun), ``parties`` (ids in order), ``compare`` (the
    pair), ``labels`` (id → label, parties and roles), ``scope`` (the event's scope).
    :func:`makiivka.analysis.gap_table` reads them as its defaults.
    """
    ids = [p.id for p in parties(package)]
    try:
        pair: tuple[str, ...] = compared(package)
    except ValueError:
        pair = ()
    labels = side_labels(package)
    return {
        "noun": str(package.event.get("noun") or "event"),
        "parties": tuple(ids),
        "compare": pair,
        "labels": labels,
        "scope": event_scope(package),
    }


#: Plural nouns without an "s": a label that opens with one names what it counts.
_IRREGULAR_PLURALS = frozenset(("people", "children", "men", "women", "police", "staff", "crew"))


@dataclass(frozen=True)
class Metric:
    """What a story counts: ``id`` (the value of ``claims.metric``), ``label`` (how text names
    it: "killed", "rockets fired"), ``unit`` (the noun counted: people, rockets, money) and
    ``compare`` (whether the gap compares the parties' figures for it)."""

    id: str
    label: str
    unit: str = "people"
    compare: bool = False

    def phrase(self) -> str:
        """Say the metric as a chart or sentence does: 'people killed', 'rockets fired'.

        A label that names what it counts ("bodies recovered", "people on board": round 22's new
        user's "People people on board") stands alone.

        >>> Metric("on_board", "people on board").phrase(), Metric("dead", "dead").phrase()
        ('people on board', 'people dead')
        >>> Metric("suspected", "suspected cases").phrase()  # round 22's second new user
        'suspected cases'
        """
        # the noun it counts is among its first two words: "bodies recovered", "suspected cases"
        head = [w.lower() for w in self.label.split(" ")[:2]]
        counted = any(
            (w.endswith("s") and not w.endswith("ss")) or w in _IRREGULAR_PLURALS for w in head
        )
        return f"people {self.label}" if self.unit == "people" and not counted else self.label


#: The metrics a new story starts with unless ``makiivka new --metric`` declares its own; a
#: descriptor without a ``metrics`` list reads its ``claims.metric`` vocabulary with these.
DEFAULT_METRICS = (
    Metric("killed", "killed", "people", True),
    Metric("wounded", "wounded", "people", True),
    Metric("killed_or_wounded", "killed or wounded", "people", True),
    Metric("missing", "missing", "people", True),
    Metric("displaced", "displaced", "people", True),
    Metric("detained", "detained", "people", True),
    Metric("rockets_fired", "rockets fired", "rockets", False),
    Metric("rockets_intercepted", "rockets intercepted", "rockets", False),
    Metric("other", "other", "people", False),
)
METRIC_ID = r"[a-z][a-z0-9_]*"


#: A metric's unit that stands for the currency codes its rows give (``compensation``: RUB).
MONEY = "money"


def _with_units(field: Field, metrics: list) -> Field:
    """Return ``claims.unit`` taking each unit the story's metrics declare too ("homes")."""
    if field.name != "unit" or field.enum is None:
        return field
    declared = [" ".join(str(m.get("unit") or "").split()) for m in metrics if _is_metric(m)]
    added = [u for u in dict.fromkeys(declared) if u and u != MONEY and u not in field.enum]
    return replace(field, enum=(*field.enum, *added)) if added else field


def _is_metric(entry: Any) -> bool:
    return isinstance(entry, dict) and isinstance(entry.get("id"), str)


def story_metrics(package: Package) -> list[Metric]:
    """Return the story's metrics in the descriptor's order (``metrics``).

    A descriptor written before stories listed their metrics has none: its
    ``claims.metric`` vocabulary is read with :data:`DEFAULT_METRICS`' words, and a
    metric not among them is labelled by its id in words and not compared.
    """
    given = package.descriptor.get("metrics")
    if isinstance(given, list):
        return [
            Metric(
                str(m["id"]),
                str(m.get("label") or m["id"].replace("_", " ")),
                str(m.get("unit") or "people"),
                m.get("compare") is True,
            )
            for m in given
            if _is_metric(m)
        ]
    known = {m.id: m for m in DEFAULT_METRICS}
    claims = package.resources.get("claims")
    ids = claims.field("metric").enum if claims is not None and "metric" in claims.columns else None
    return [
        known.get(i, Metric(i, i.replace("_", " "))) for i in ids or [m.id for m in known.values()]
    ]


def metric_of(package: Package, metric_id: str) -> Metric:
    """Return the story's :class:`Metric` called *metric_id* (its id in words if undeclared)."""
    found = {m.id: m for m in story_metrics(package)}
    return found.get(str(metric_id), Metric(str(metric_id), str(metric_id).replace("_", " ")))


def compared_metrics(package: Package) -> list[str]:
    """Return the ids of the metrics the gap compares (``compare: true``), in story order."""
    return [m.id for m in story_metrics(package) if m.compare]


def metric_problems(descriptor: dict[str, Any]) -> list[tuple[str, str, str, str, int]]:
    """Check the descriptor's ``metrics`` list (absent is fine: the defaults apply).

    Returns (field, value, expected, needle to locate it, occurrence) per problem:
    each entry needs an id matching :data:`METRIC_ID` used once, a label, a unit noun
    and ``compare`` true or false.
    """
    metrics = descriptor.get("metrics")
    if metrics is None:
        return []
    if not isinstance(metrics, list) or not metrics:
        return [("metrics", str(metrics), "a list of metrics: id, label, unit, compare", "", 1)]
    # Field names say "metric" so that a problem is not read as a party's id or label.
    found, seen = [], {}
    for entry in metrics:
        if not _is_metric(entry):
            found.append(("metric", str(entry), "a metric: {id, label, unit, compare}", "", 1))
            continue
        metric_id = entry["id"]
        seen[metric_id] = seen.get(metric_id, 0) + 1
        needle = f'"{metric_id}"'
        if not re.fullmatch(METRIC_ID, metric_id):
            found.append(("metric", metric_id, f"a metric id matching {METRIC_ID}", needle, 1))
        elif seen[metric_id] > 1:
            found.append(("metric", metric_id, "a metric id used by no other metric", needle, 2))
        for key in ("label", "unit"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                expected = f"a {key} for metric {metric_id}"
                found.append((f"metric_{key}", str(entry.get(key, "")), expected, needle, 1))
        if not isinstance(entry.get("compare"), bool):
            value = str(entry.get("compare", ""))
            expected = f"true or false for metric {metric_id}"
            found.append(("metric_compare", value, expected, needle, 1))
    return found
