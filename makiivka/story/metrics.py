"""Set up a story's metrics from the command line: ``makiivka metric list|add|set|drop``.

A story's descriptor lists what its figures count (``metrics``: id, label, unit noun and
whether the gap compares it); ``claims.metric`` takes those ids, the desk's drop-down and
ingest's proposed metric follow the list. These commands change it without editing JSON,
as ``makiivka party`` changes the parties: each change is checked, then written with the
folder validated against it, in one locked, atomic change (:mod:`makiivka.story.store`).

Two metrics stay: ``other`` (ingest proposes a figure of a metric the story does not list
as ``other``) and the last one the gap compares (the gap needs one to compare).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from makiivka.story import load, paths, store
from makiivka.story.descriptor import check_descriptor
from makiivka.story.problems import DataError, Problem
from makiivka.story.schema import Package, story_metrics

#: The metric every story keeps: what ingest proposes for a figure of no listed metric.
OTHER = "other"
#: The columns ``makiivka metric list`` prints, tab-separated, header first.
LIST_HEADER = ("metric_id", "label", "unit", "compare", "claims")


def listed(package: Package) -> list[dict[str, Any]]:
    """Return the story's metrics as descriptor entries: id, label, unit, compare.

    A story written before descriptors listed their metrics gets the list its
    ``claims.metric`` vocabulary gives (:func:`makiivka.story.schema.story_metrics`).
    """
    return [
        {"id": m.id, "label": m.label, "unit": m.unit, "compare": m.compare}
        for m in story_metrics(package)
    ]


def metric_entries(descriptor: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the descriptor's ``metrics`` entries (objects with an id), in their order."""
    given = descriptor.get("metrics")
    return [m for m in given if isinstance(m, dict)] if isinstance(given, list) else []


def gap_problem(metrics: list[dict[str, Any]], option: str) -> list[Problem]:
    """Return a problem when no metric is left for the gap to compare (``compare: true``)."""
    if any(m.get("compare") is True for m in metrics):
        return []
    names = ", ".join(str(m.get("id")) for m in metrics)
    expected = f"at least one metric the gap compares (listed: {names}); give one ,compare"
    return [Problem(option, 1, 1, "metric_compare", "false", expected)]


def claim_counts(data: Path) -> dict[str, int]:
    """Return how many rows of ``claims.csv`` use each metric id (withdrawn rows too)."""
    package = load.read_package(data)
    table, problems = load.read_table(data, package.resources["claims"])
    if table is None:
        raise DataError(problems)
    return table.frame["metric"].value_counts().to_dict()


def list_lines(metrics: list[dict[str, Any]], counts: dict[str, int]) -> list[str]:
    """Return ``metric list``'s lines: a header, then id, label, unit, compare, claims."""
    lines = ["\t".join(LIST_HEADER)]
    for m in metrics:
        compare = "yes" if m.get("compare") is True else "no"
        cells = (m.get("id"), m.get("label"), m.get("unit"), compare, counts.get(m.get("id"), 0))
        lines.append("\t".join(map(str, cells)))
    return lines


def _known(metrics: list[dict[str, Any]], metric_id: str) -> dict[str, Any]:
    """Return the metric called *metric_id*, or raise a problem naming the listed ones."""
    for m in metrics:
        if m.get("id") == metric_id:
            return m
    names = ", ".join(str(m.get("id")) for m in metrics)
    raise DataError([Problem("ID", 1, 1, "metric", metric_id, f"a listed metric ({names})")])


def add_metric(descriptor: dict[str, Any], args: argparse.Namespace) -> None:
    """Add a metric before ``other`` (which stays last): unit people, compared by default."""
    metrics = descriptor.setdefault("metrics", [])
    if any(m.get("id") == args.id for m in metric_entries(descriptor)):
        raise DataError([Problem("ID", 1, 1, "metric", args.id, "a metric id not listed yet")])
    if not (args.label or "").strip():
        raise DataError([Problem("--label", 1, 1, "metric_label", "", "the metric's label")])
    entry = {
        "id": args.id,
        "label": " ".join(args.label.split()),
        "unit": " ".join((args.unit or "people").split()),
        "compare": args.compare is not False,
    }
    last = metrics[-1] if metrics else None
    at = len(metrics) - 1 if isinstance(last, dict) and last.get("id") == OTHER else len(metrics)
    metrics.insert(at, entry)


def set_metric(descriptor: dict[str, Any], args: argparse.Namespace) -> None:
    """Change a metric's label, unit or compare flag; the gap keeps one compared metric."""
    metrics = metric_entries(descriptor)
    entry = _known(metrics, args.id)
    if args.label is None and args.unit is None and args.compare is None:
        expected = "--label, --unit, --compare or --no-compare"
        raise DataError([Problem("ID", 1, 1, "metric", args.id, f"a change: {expected}")])
    if args.label is not None:
        entry["label"] = " ".join(args.label.split())
    if args.unit is not None:
        entry["unit"] = " ".join(args.unit.split())
    if args.compare is not None:
        entry["compare"] = args.compare
        if not args.compare:
            raise_if(gap_problem(metrics, "--no-compare"))


def drop_metric(descriptor: dict[str, Any], args: argparse.Namespace, data: Path) -> None:
    """Remove a metric no claim row uses; never ``other`` or the gap's last compared one."""
    metrics = metric_entries(descriptor)
    entry = _known(metrics, args.id)
    if args.id == OTHER:
        expected = (
            "a metric other than 'other' (ingest proposes a figure of no listed metric as it)"
        )
        raise DataError([Problem("ID", 1, 1, "metric", args.id, expected)])
    left = [m for m in metrics if m is not entry]
    problems = gap_problem(left, "ID")
    if problems:
        compared = f"a metric the gap does not need ({args.id} is the last one it compares)"
        raise DataError([Problem("ID", 1, 1, "metric", args.id, compared)])
    package = load.read_package(data)
    table, problems = load.read_table(data, package.resources["claims"])
    if table is None:
        raise DataError(problems)
    using = [i for i, value in enumerate(table.frame["metric"]) if value == args.id]
    ids = table.frame["claim_id"]
    raise_if(
        [
            table.problem(
                row,
                "metric",
                f"no claim row of a metric to drop ({ids.iloc[row]} is one of {len(using)}: give "
                f"each another metric with makiivka correct or the desk, or keep {args.id})",
            )
            for row in using
        ]
    )
    descriptor["metrics"] = left


def raise_if(problems: list[Problem]) -> None:
    """Raise :class:`DataError` with *problems*, if there are any."""
    if problems:
        raise DataError(problems)


def change_metrics(data: Path, edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Apply *edit* to the descriptor under the story's lock; check and write it atomically.

    The descriptor is read inside the lock, so two commands never lose each other's
    change; nothing is written when *edit* raises, the descriptor fails its checks, or the
    story's files do not validate with it.
    """
    shown = paths.display(data / paths.DESCRIPTOR_NAME)
    with store.changing(data) as change:
        with change.staged():
            package = load.read_package(data)  # a descriptor's problems, as it stands
        descriptor = json.loads(change.read_bytes(paths.DESCRIPTOR_NAME).decode("utf-8"))
        if not isinstance(descriptor.get("metrics"), list):
            descriptor["metrics"] = listed(package)  # an older story's vocabulary, written out
        with change.staged():
            edit(descriptor)
        text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
        raise_if(check_descriptor(descriptor, text, shown))
        change.write(paths.DESCRIPTOR_NAME, text.encode("utf-8"))
        with change.staged():
            raise_if(load.validate(data))
    return descriptor


def metric_command(args: argparse.Namespace) -> int:
    """Carry out ``makiivka metric list|add|set|drop``."""
    data = paths.data_dir(args.data)
    if args.action == "list":
        package = load.read_package(data)
        print("\n".join(list_lines(listed(package), claim_counts(data))))
        return 0
    edits = {
        "add": lambda d: add_metric(d, args),
        "set": lambda d: set_metric(d, args),
        "drop": lambda d: drop_metric(d, args, data),
    }
    descriptor = change_metrics(data, edits[args.action])
    if args.action == "drop":
        print(f"{paths.display(data / paths.DESCRIPTOR_NAME)}: dropped metric {args.id}")
        return 0
    entry = [m for m in metric_entries(descriptor) if m.get("id") == args.id]
    header, line = list_lines(entry, claim_counts(data))
    print(f"{header}\n{line}")
    return 0
