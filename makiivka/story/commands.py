"""Carry out the story's own commands: ``validate`` (read only) and ``review`` (seals)."""

from __future__ import annotations

import argparse
import sys

from makiivka.story import files, load, paths
from makiivka.story.problems import DataError
from makiivka.story.review import stage_seals

__all__ = ["migrate_command", "review_command", "stage_seals", "validate_command"]


def validate_command(args: argparse.Namespace) -> int:
    """Validate the data folder and print a one-line summary."""
    from makiivka.story import leftovers

    story = getattr(args, "story", None) or paths.story_of(paths.data_dir(args.data))
    left = leftovers.find(story)
    left = [p for p in left if p.name != files.JOURNAL_NAME]  # load names an unfinished change
    try:
        dataset = load.read_dataset(args.data)
    except DataError as error:
        raise DataError(error.problems + leftovers.describe(left)) from None
    if left:
        raise DataError(leftovers.describe(left))
    claims = dataset.claims
    where = paths.display(paths.data_dir(args.data))
    for warning in dataset.warnings:  # doubts that fail nothing: a proposed row's review decides
        print(f"warning: {warning}", file=sys.stderr)
    count = len(dataset.warnings)
    warned = f"; {count} warning{'s' if count != 1 else ''} above" if count else ""
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
        f"{len(dataset.corrections)} corrections{warned}"
    )
    return 0


def review_command(args: argparse.Namespace) -> int:
    """Seal every claim marked reviewed that reviewed.csv does not hold yet (chained).

    Refuses (and writes nothing) while the folder has any other problem: a
    seal records values an editor has checked, not values that fail validation.
    """
    from makiivka.story.review import seal_reviewed

    data = paths.data_dir(args.data)
    sealed = seal_reviewed(data)
    if not sealed:
        print("nothing to seal: every reviewed claim is in reviewed.csv")
        return 0
    target = paths.display(data / "reviewed.csv")
    print(f"sealed {len(sealed)} claims in {target}: {', '.join(sealed)}")
    return 0


def migrate_command(args: argparse.Namespace) -> int:
    """Bring the story's files up to this version of makiivka; say what changed."""
    from makiivka.story.migrate import migrate

    data = paths.data_dir(args.data)
    done = migrate(data)
    print("\n".join(done) if done else f"{paths.display(data)}: up to date; nothing changed")
    return 0
