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
from makiivka.story.parties import PARTY_COLOURS, add_words, party_entry
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
    #: Metrics besides the template's (``{"id", "label"}``, maybe ``"unit"``, ``"compare"``);
    #: one with a template metric's id changes what it gives of it and keeps the rest.
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
    given = {str(m.get("id")): dict(m) for m in spec.metrics}
    # A template metric declared again keeps what the declaration leaves out (its unit, and
    # whether the gap compares it); a new one is counted in people and not compared.
    shared["metrics"] = [{**m, **given.pop(m["id"], {})} for m in shared["metrics"]]
    new = [{"unit": "people", "compare": False, **m} for m in given.values()]
    shared["metrics"][-1:-1] = new  # before "other", which stays last
    head = {key: shared.pop(key) for key in ("profile", "name", "title", "description")}
    head["title"] = spec.title
    descriptor = {**head, "event": event, "parties": parties, "compare": compare, **shared}
    problems = add_words(descriptor, "cues", list(spec.cues), "--cue")
    problems += add_words(descriptor, "places", list(spec.held), "--held")
    if problems:
        raise DataError(problems)
    return descriptor


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
    "a metric: one of the template's (killed, missing…) keeps its unit and compare flag unless "
    "given; a new one is counted in people, not compared"
)


def metric_option(text: str) -> dict[str, object]:
    """Read ``--metric ID[=LABEL][,unit=NOUN][,compare|,nocompare]``.

    What the option leaves out stays the template's for a template metric ("killed" stays
    compared) and is unit people, not compared, for a new one (:func:`story_descriptor`).

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
