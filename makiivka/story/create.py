"""Write a new, empty story: its descriptor from the shipped template, header-only tables.

The shared part of every descriptor (table schemas, conventions, the roles
``third_party`` and ``media``) is ``makiivka/story/templates/datapackage.json``,
the shipped Makiivka descriptor without its event, parties and compared pair
(a test checks the two agree). What differs between stories comes from the
arguments of ``makiivka new``.
"""

from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from makiivka.story import paths
from makiivka.story.metrics import OTHER, gap_problem
from makiivka.story.overlaps import unplace_cues, unshare_cues
from makiivka.story.parties import PARTY_COLOURS, add_words, label_cues, party_entry
from makiivka.story.problems import DataError

TEMPLATE = Path(__file__).resolve().parent / "templates" / paths.DESCRIPTOR_NAME
DEFAULT_NOUN = "event"
PLACES_DESCRIPTION = (
    "Names of the event's place as articles spell them; makiivka extract reads a figure near "
    "one as about this event, and an attack on any other named place as another event."
)


@dataclass(frozen=True)
class StorySpec:
    """What ``makiivka new`` is told about a story: its title, event and parties."""

    title: str
    event: str
    occurred_at: str
    timezone: str
    parties: Sequence[tuple[str, str]]
    places: Sequence[str] = ()
    compare: Sequence[str] | None = None
    noun: str = DEFAULT_NOUN
    #: The story's metrics (``{"id", "label"}``, maybe ``"unit"``, ``"compare"``): when
    #: given, exactly these and ``other`` (:func:`declared_metrics`); else the template's.
    metrics: Sequence[dict[str, Any]] = ()
    #: (party id, word): cue words beyond those the label gives (``--cue``)
    cues: Sequence[tuple[str, str]] = ()
    #: (party id, place): places the story ties to a party (``--held``)
    held: Sequence[tuple[str, str]] = ()


@cache
def _template_text() -> str:
    return TEMPLATE.read_text(encoding="utf-8")


def template() -> dict[str, Any]:
    """Return a fresh copy of the template descriptor (the part every story shares)."""
    return copy.deepcopy(json.loads(_template_text()))


def story_descriptor(spec: StorySpec) -> dict[str, Any]:
    """Return the descriptor of a new story: the template with *spec*'s event and parties.

    Parties get :data:`~makiivka.story.parties.PARTY_COLOURS` in the order given, the cue
    words their labels give (:func:`makiivka.story.parties.label_cues`) then *spec*'s
    ``cues``, and *spec*'s
    ``held`` places; ``compare`` defaults to the first two parties. The result is not
    checked here: see :func:`makiivka.story.descriptor.check_descriptor`. Raises
    :class:`~makiivka.story.problems.DataError` when a cue or place names no declared party.
    """
    shared = template()
    parties = [
        party_entry(party_id, label, PARTY_COLOURS[index % len(PARTY_COLOURS)])
        for index, (party_id, label) in enumerate(spec.parties)
    ]
    declared = list(dict.fromkeys(party_id for party_id, _ in spec.parties))
    compare = list(spec.compare) if spec.compare else declared[:2]
    event = {
        "name": spec.event,
        "noun": spec.noun,
        "occurred_at": spec.occurred_at,
        "occurred_at_basis": "given to makiivka new; cite the source here",
        "timezone": spec.timezone,
        "timezone_label": spec.timezone,
        "places": list(spec.places),
        "places_description": PLACES_DESCRIPTION,
    }
    if spec.metrics:
        shared["metrics"] = declared_metrics(shared["metrics"], spec.metrics)
    head = {key: shared.pop(key) for key in ("profile", "name", "title", "description")}
    head["title"] = spec.title
    descriptor = {**head, "event": event, "parties": parties, "compare": compare, **shared}
    problems = gap_problem(descriptor["metrics"], "--metric") if spec.metrics else []
    unshare_cues(descriptor, label_cues)  # a demonym several labels give: no one's cue
    problems += add_words(descriptor, "places", list(spec.held), "--held")
    unplace_cues(descriptor, label_cues)  # a place another party holds: not this one's cue
    problems += add_words(descriptor, "cues", list(spec.cues), "--cue")
    if problems:
        raise DataError(problems)
    return descriptor


def declared_metrics(
    template_metrics: list[dict[str, Any]], declared: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return a story's metrics when ``new --metric`` declares them: exactly those, then other.

    Each is compared unless declared ``,nocompare`` and counted in its template unit
    (people for a new one) unless ``,unit=`` says; ``other`` (what ingest proposes for a
    figure of no listed metric) always comes last, not compared unless declared
    ``,compare``. The template's other metrics are left out.

    >>> [(m["id"], m["unit"], m["compare"]) for m in declared_metrics(
    ...     template()["metrics"], [{"id": "rockets_fired", "label": "rockets fired"},
    ...                             {"id": "homes", "label": "homes", "compare": False}])]
    [('rockets_fired', 'rockets', True), ('homes', 'people', False), ('other', 'people', False)]
    """
    units = {str(m["id"]): m["unit"] for m in template_metrics}
    other = next(m for m in template_metrics if m["id"] == OTHER)
    given = {str(m["id"]): dict(m) for m in declared}  # a metric declared twice: the last
    metrics = [
        {"id": i, "label": m["label"], "unit": m.get("unit", units.get(i, "people")),
         "compare": m.get("compare", True)}
        for i, m in given.items() if i != OTHER
    ]  # fmt: skip
    return [*metrics, {**other, **given.get(OTHER, {})}]


def story_files(descriptor: dict[str, Any]) -> dict[str, bytes]:
    """Return the data files of an empty story: relative path under the story -> bytes.

    The descriptor, a header-only CSV per resource (the claimants register
    included) and an empty ``articles/`` folder.
    """
    data = paths.DATA_NAME
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    files = {f"{data}/{paths.DESCRIPTOR_NAME}": text.encode("utf-8"), f"{data}/articles/": b""}
    for resource in descriptor["resources"]:
        header = ",".join(field["name"] for field in resource["schema"]["fields"])
        files[f"{data}/{resource['path']}"] = (header + "\n").encode("utf-8")
    return files


#: How ``makiivka new --metric`` is written.
METRIC_FORM = "ID=LABEL[,unit=NOUN][,compare|,nocompare]"
METRIC_HELP = (
    "a metric the story counts (repeatable). Given once or more, the story's metrics are "
    "exactly those declared, plus 'other' (last); each is compared in the gap unless "
    ",nocompare, and counted in people (a template metric: its unit) unless ,unit=NOUN. "
    "Without --metric the story gets the template's: killed, wounded, killed_or_wounded, "
    "missing, displaced, detained, rockets_fired, rockets_intercepted, other. Change them "
    "later with makiivka metric"
)


def metric_option(text: str) -> dict[str, object]:
    """Read ``--metric ID[=LABEL][,unit=NOUN][,compare|,nocompare]``.

    What the option leaves out is filled in by :func:`declared_metrics`: compared, and
    the template's unit for a template metric, else people.

    >>> metric_option("killed=killed"), metric_option("missing,nocompare")
    ({'id': 'killed', 'label': 'killed'}, {'id': 'missing', 'label': 'missing', 'compare': False})
    """
    metric_id, _, rest = text.partition("=")
    metric_id, *flags = metric_id.split(",") if not rest else (metric_id,)
    label, *options = rest.split(",") if rest else [metric_id.replace("_", " "), *flags]
    found: dict[str, object] = {"id": metric_id.strip(), "label": label.strip()}
    for option in options:
        key, sep, value = (part.strip() for part in option.partition("="))
        known = (("unit", True), ("compare", False), ("nocompare", False))
        if (key, bool(sep)) not in known or (sep and not value):
            raise argparse.ArgumentTypeError(
                f"{text!r}: expected {METRIC_FORM}, e.g. evacuated=evacuated"
            )
        found["compare" if key == "nocompare" else key] = value if sep else key == "compare"
    return found
