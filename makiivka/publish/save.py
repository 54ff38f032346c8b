"""Export charts from Python (a notebook, a script) or the command line: the same files.

``makiivka export`` and :func:`save` write the same bytes for the same charts,
formats and width: both call :func:`makiivka.publish.export.export_charts`, offline
(vl-convert draws; the HTML pages load Vega from the ``vendor/`` script written beside
them or carry it inline). Without an output folder they write to ``exports/`` in the
working folder, never into a story's ``outputs/``: that folder belongs to
``makiivka build``, which replaces it whole, and ``makiivka verify`` names any file
there the build did not write. An output folder inside a build's outputs is refused.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from makiivka.publish.build import MARKER
from makiivka.publish.display import no_nan
from makiivka.publish.export import (
    COMMAND_LINE,
    DEFAULT_FORMATS,
    FORMATS,
    MIN_WIDTH,
    Progress,
    check_request,
    export_charts,
    parse_formats,
    render_charts,
    say,
    write_files,
)
from makiivka.story import load, paths
from makiivka.story.problems import Problem, UsageError

#: Where an export goes when no folder is named: this folder under the working folder.
DEFAULT_OUT = "exports"


def inside_build_outputs(folder: Path, story: Path | None = None) -> Path | None:
    """Return the build's outputs folder that holds *folder* (or is it), or None.

    A build's outputs folder holds its marker file, or is *story*'s ``outputs/``.
    """
    folder = Path(folder).expanduser().resolve()
    owned = [story.resolve() / paths.OUTPUT_NAME] if story is not None else []
    for candidate in (folder, *folder.parents):
        if (candidate / MARKER).is_file() or candidate in owned:
            return candidate
    return None


def export_folder(out: str | Path | None, story: Path | None = None) -> Path:
    """Return where an export writes: *out*, else ``exports/`` in the working folder.

    Raises :class:`UsageError` when that folder is inside a build's outputs.
    """
    target = Path(out) if out is not None else Path.cwd() / DEFAULT_OUT
    owner = inside_build_outputs(target, story)
    if owner is not None:
        raise UsageError(
            [
                Problem(
                    COMMAND_LINE, 1, 1, "out", str(target),
                    f"a folder outside {paths.display(owner)} (makiivka build replaces that "
                    "folder whole and verify names files it did not write)",
                )
            ]
        )  # fmt: skip
    return target


def _slug(chart: Any, name: str | None) -> str:
    if name:
        return name
    title = chart.to_dict().get("title", "")
    text = title.get("text", "") if isinstance(title, dict) else title
    text = " ".join(text) if isinstance(text, list) else str(text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "chart"


def save(
    charts: str | Sequence[str] | Any | None = None,
    formats: str | Sequence[str] = DEFAULT_FORMATS,
    out: str | Path | None = None,
    width: int | None = None,
    dataset: load.Dataset | None = None,
    name: str | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Export charts as files, offline; return the paths written.

    *charts* is a chart slug (``"gap"``), a list of slugs (None: every chart) or an
    Altair chart you made or changed (``charts.gap_chart(dataset).properties(…)``),
    saved as *name* (default: a slug of its title). *formats* is a list or a
    comma-separated string of ``png``, ``svg``, ``pdf``, ``json``, ``html``,
    ``html-standalone``. *out* defaults to ``exports/`` in the working folder.
    *width* (px, padding included, 280 or more) lays slugged charts out to it.
    *dataset* defaults to the story ``makiivka export`` would read (pass the
    notebook's ``dataset`` from a notebook). For slugs the files are byte for byte
    those of ``makiivka export SLUG… --format … [--width …] --out OUT``.

    Raises :class:`UsageError` for an unknown slug or format, a width under 280, or
    an *out* inside a build's outputs folder; nothing is written then.
    """
    wanted = parse_formats(formats) if isinstance(formats, str) else list(formats)
    check_request([] if charts is None or hasattr(charts, "to_dict") else _slugs(charts), wanted)
    check_width(width)
    folder = export_folder(out)
    if hasattr(charts, "to_dict"):
        files = render_charts({_slug(charts, name): no_nan(charts.to_dict())}, wanted, progress)
        return write_files(files, folder)
    data = dataset if dataset is not None else load.read_dataset()
    return export_charts(data, folder, _slugs(charts), wanted, progress, width)


def _slugs(charts: str | Sequence[str] | None) -> list[str]:
    if charts is None:
        return []
    return [charts] if isinstance(charts, str) else list(charts)


def check_width(width: int | None) -> None:
    """Raise :class:`UsageError` for a layout width under :data:`MIN_WIDTH`."""
    if width is not None and width < MIN_WIDTH:
        raise UsageError(
            [Problem(COMMAND_LINE, 1, 1, "width", str(width), f"a width of {MIN_WIDTH} px or more")]
        )


def export_command(args: argparse.Namespace) -> int:
    """Export the named charts (default all) in the named formats into --out (or exports/)."""
    formats = parse_formats(args.format)
    slugs = list(args.charts or [])
    check_request(slugs, formats)
    if not formats:
        raise UsageError(
            [Problem(COMMAND_LINE, 1, 1, "format", "", "one of " + ", ".join(FORMATS))]
        )
    width = getattr(args, "width", None)
    check_width(width)
    story = paths.story_of(paths.data_dir(args.data))
    out = export_folder(args.out, story)
    dataset = load.read_dataset(args.data)
    tell = (lambda _: None) if getattr(args, "quiet", False) else say
    tell(f"makiivka export: rendering {len(slugs) or 'all'} chart(s) as {', '.join(formats)}")
    written = export_charts(dataset, out, slugs, formats, progress=tell, width=width)
    tell(f"makiivka export: wrote {len(written)} files to {paths.display(out)}")
    return 0
