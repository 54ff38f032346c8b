"""Carry out the story's own commands: ``validate`` (read only) and ``review`` (seals)."""

from __future__ import annotations

import argparse
from collections.abc import Collection
from pathlib import Path

from makiivka.story import load, paths, store
from makiivka.story.corrections import UNSEALED, unsealed_rows
from makiivka.story.problems import DataError


def validate_command(args: argparse.Namespace) -> int:
    """Validate the data folder and print a one-line summary."""
    dataset = load.read_dataset(args.data)
    claims = dataset.claims
    where = paths.display(paths.data_dir(args.data))
    if claims.empty:
        print(
            f"{where}: ok — no claims yet ({len(dataset.articles)} articles, "
            f"{len(dataset.claimants)} claimants); add articles with `makiivka ingest`"
        )
        return 0
    counts = claims["status"].value_counts()
    statuses = ", ".join(
        f"{counts[s]} {s}" for s in claims["status"].cat.categories if counts[s] or s != "withdrawn"
    )
    print(
        f"{where}: ok — {len(dataset.articles)} articles, {len(dataset.claimants)} claimants, "
        f"{len(claims)} claims ({statuses}), every quote found in its article, "
        f"{len(dataset.corrections)} corrections"
    )
    return 0


def review_command(args: argparse.Namespace) -> int:
    """Seal every claim marked reviewed that reviewed.csv does not hold yet.

    Refuses (and writes nothing) while the folder has any other problem: a
    seal records values an editor has checked, not values that fail validation.
    """
    data = paths.data_dir(args.data)
    with store.changing(data) as change:
        sealed = stage_seals(change, data)
        if not sealed:
            print("nothing to seal: every reviewed claim is in reviewed.csv")
            return 0
        target = data / load.read_package(data).resources["reviewed"].path
    print(f"sealed {len(sealed)} claims in {paths.display(target)}: {', '.join(sealed)}")
    return 0


def stage_seals(change: store.Change, data: Path, only: Collection[str] | None = None) -> list[str]:
    """Stage a seal in reviewed.csv for each reviewed claim not sealed yet; return their ids.

    The story layer's review function: reads the story as *change* leaves it and
    seals only the claims in *only* when given. Raises :class:`DataError` while the
    story has any problem but unsealed reviews (nothing is staged then).
    """
    with change.staged():
        tables = load.read_tables(data)
        problems = [p for p in load.validate(data) if not p.expected.startswith(UNSEALED)]
    if problems:
        raise DataError(problems)
    fresh = unsealed_rows(tables["claims"].frame, tables["reviewed"].frame)
    if only is not None:
        fresh = fresh[fresh["claim_id"].isin(list(only))]
    if fresh.empty:
        return []
    resource = tables["reviewed"].resource
    change.append_rows(resource.path, fresh.to_dict("records"), resource.columns)
    return fresh["claim_id"].tolist()


def migrate_command(args: argparse.Namespace) -> int:
    """Bring the story's files up to this version of makiivka; say what changed."""
    from makiivka.story.migrate import migrate

    data = paths.data_dir(args.data)
    done = migrate(data)
    print("\n".join(done) if done else f"{paths.display(data)}: up to date; nothing changed")
    return 0
