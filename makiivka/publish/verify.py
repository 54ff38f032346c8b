"""``makiivka verify``: rebuild into a temporary folder and compare with the committed build.

It sits above both :mod:`makiivka.publish.build` (which writes the manifest) and
:mod:`makiivka.publish.manifest` (what a manifest holds, how two compare), so
neither imports the other's caller: no import circle.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from makiivka.publish import build
from makiivka.publish.export import say
from makiivka.publish.manifest import MANIFEST_NAME, UNLISTED, compare, read_manifest
from makiivka.story import paths


def rebuild_manifest(data=None, notebooks: Path | None = None, progress=None) -> dict:
    """Build into a temporary folder (notebooks not written back); return its manifest."""
    # The pid in the name lets the next command remove the folder of a killed verify.
    with tempfile.TemporaryDirectory(prefix=f"makiivka-verify-{os.getpid()}-") as scratch:
        fresh_out = build.build(
            data,
            Path(scratch) / "outputs",
            notebooks_dir=Path(notebooks) if notebooks else paths.NOTEBOOKS_DIR,
            write_notebooks=False,
            progress=progress or (lambda message: None),
        )
        return read_manifest(fresh_out / MANIFEST_NAME)


def check(fresh: dict, outputs: Path, notebooks: Path) -> list[str]:
    """Return every difference of the build in *outputs* and *notebooks* from *fresh*."""
    committed = read_manifest(outputs / MANIFEST_NAME)
    listed = set(fresh["files"]) | set(committed["files"]) | set(UNLISTED)
    extra = sorted(
        p.relative_to(outputs).as_posix()
        for p in outputs.rglob("*")
        if p.is_file() and p.relative_to(outputs).as_posix() not in listed
    )
    return compare(committed, fresh, outputs, notebooks, extra)


def verify(data=None, outputs: Path | None = None, notebooks: Path | None = None, progress=None):
    """Rebuild into a temporary folder; return every difference from *outputs* (see compare)."""
    outputs = Path(outputs) if outputs else paths.OUTPUT_DIR
    notebooks = Path(notebooks) if notebooks else paths.NOTEBOOKS_DIR
    return check(rebuild_manifest(data, notebooks, progress), outputs, notebooks)


def verify_command(args: argparse.Namespace) -> int:
    """Rebuild in a temporary folder and print each difference from the committed build."""
    story = getattr(args, "story", None)
    outputs = Path(args.out) if args.out else (Path(story) / "outputs" if story else None)
    notebooks = Path(story) / "notebooks" if story else None
    quiet = getattr(args, "quiet", False)
    differences = verify(args.data, outputs, notebooks, None if quiet else say)
    for line in differences:
        print(line)
    where = paths.display(outputs or paths.OUTPUT_DIR)
    if differences:
        print(f"makiivka verify: {len(differences)} differences from {where}", file=sys.stderr)
        return 1
    print(f"makiivka verify: {where} and the notebooks match a fresh build byte for byte")
    return 0
