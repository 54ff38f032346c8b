"""Record what a build wrote (``outputs/manifest.json``) and check a rebuild against it.

The manifest lists the sha256 of every output file and of every executed
notebook, and the versions of the programs that drew them: the same inputs
drawn by the same versions give the same bytes, so a difference in a file with
no difference in the versions is a reproducibility bug. ``makiivka verify``
rebuilds into a temporary folder and prints every difference between that
rebuild, the committed manifest and the committed files.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Mapping
from pathlib import Path

MANIFEST_NAME = "manifest.json"
#: Written by the build but not listed: the manifest itself and the folder marker.
UNLISTED = (MANIFEST_NAME, ".makiivka-output")


def sha256(blob: bytes) -> str:
    """Return the hex sha256 of *blob*."""
    return hashlib.sha256(blob).hexdigest()


def renderer_versions() -> dict[str, str]:
    """Return the versions of the programs whose output the build writes, by name.

    Python is given as major.minor: the patch release changes none of the bytes,
    and naming it would make every machine's manifest differ.
    """
    import altair
    import pikepdf
    import vl_convert as vlc

    return {
        "altair": altair.__version__,
        "altair vega-lite schema": altair.SCHEMA_VERSION,
        "pikepdf": pikepdf.__version__,
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "qpdf": pikepdf.__libqpdf_version__,
        "vega": vlc.get_vega_version(),
        "vega-embed": vlc.get_vega_embed_version(),
        # vl-convert draws with the newest Vega-Lite it bundles unless told otherwise.
        "vega-lite": vlc.get_vegalite_versions()[-1],
        "vl-convert": vlc.__version__,
    }


def manifest_bytes(
    outputs: Mapping[str, bytes],
    notebooks: Mapping[str, bytes],
    history: Mapping[str, Mapping[str, object]] | None = None,
) -> bytes:
    """Return the manifest of a build: files (output path -> sha256), notebooks, versions.

    *outputs* maps a path relative to the output folder to its bytes, *notebooks*
    a notebook's file name to its bytes. Keys are sorted, so the manifest of the
    same build is the same bytes. *history* (``Dataset.history``) pins the seals' and
    corrections' hash chains the build was made from: ``{"reviewed.csv": {"rows": N,
    "head": SHA256}, …}``; validate (and so verify) then refuses a history that no longer
    leads through it (:mod:`makiivka.story.chain`).
    """
    manifest = {
        "files": {name: sha256(blob) for name, blob in outputs.items() if name not in UNLISTED},
        "notebooks": {name: sha256(blob) for name, blob in notebooks.items()},
        "renderers": renderer_versions(),
    }
    if history:
        manifest["history"] = {name: dict(head) for name, head in history.items()}
    return (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8")


def read_manifest(path: Path) -> dict:
    """Return the manifest at *path*, or an empty one (every entry then differs) if missing."""
    if not path.exists():
        return {"files": {}, "notebooks": {}, "renderers": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def on_disk(folder: Path, names) -> dict[str, str | None]:
    """Return the sha256 of each named file under *folder* (None where it is missing)."""
    return {
        name: sha256((folder / name).read_bytes()) if (folder / name).is_file() else None
        for name in names
    }


def compare(
    committed: dict, fresh: dict, outputs: Path, notebooks: Path, extra: list[str]
) -> list[str]:
    """Return every difference between a committed build and a fresh one, one line each.

    *committed* and *fresh* are manifests; the committed files under *outputs*
    and *notebooks* are hashed and must match both. *extra* lists files in the
    committed output folder that no build writes.
    """
    lines = []
    for name in sorted(set(committed["renderers"]) | set(fresh["renderers"])):
        was, now = committed["renderers"].get(name), fresh["renderers"].get(name)
        if was != now:
            lines.append(f"renderer {name}: manifest says {was}, this machine has {now}")
    lines += history_differences(committed.get("history", {}), fresh.get("history", {}))
    for section, folder in (("files", outputs), ("notebooks", notebooks)):
        names = sorted(set(committed[section]) | set(fresh[section]))
        actual = on_disk(folder, names)
        for name in names:
            was, now, there = committed[section].get(name), fresh[section].get(name), actual[name]
            where = folder / name
            if now is None:
                lines.append(f"{where}: in the manifest, but the rebuild does not write it")
            elif was is None:
                lines.append(f"{where}: written by the rebuild, missing from the manifest")
            elif was != now:
                lines.append(f"{where}: rebuilt as {now[:12]}, manifest says {was[:12]}")
            if there is None:
                lines.append(f"{where}: missing")
            elif now is not None and there != now:
                lines.append(f"{where}: is {there[:12]}, the rebuild gives {now[:12]}")
    lines += [f"{outputs / name}: not written by the build" for name in extra]
    return lines


def history_differences(was: dict, now: dict) -> list[str]:
    """Name each hash-chained log whose head differs between two manifests' ``history``."""

    def words(head: dict | None) -> str:
        if not head:
            return "nothing"
        return f"{head.get('rows')} rows (head {str(head.get('head'))[:12]}…)"

    return [
        f"history {name}: the manifest pins {words(was.get(name))}, the story has "
        f"{words(now.get(name))}"
        for name in sorted(set(was) | set(now))
        if was.get(name) != now.get(name)
    ]
