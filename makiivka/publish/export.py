"""Write charts (PNG, SVG, PDF, Vega-Lite JSON, offline HTML) and tidy data (CSV, JSON).

With the story room, the only code that touches the disk. Everything is
rendered in memory first and then written file by file through a temporary file
and :func:`os.replace`, so a failure leaves the files of the previous export whole.
Data exports are byte-for-byte deterministic: stable column order, ISO 8601 UTC
timestamps, missing values empty (CSV) or null (JSON), never 0.
"""

from __future__ import annotations

import functools
import html
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from makiivka import analysis
from makiivka.charts.gap_rows import analysis_attrs
from makiivka.charts.layout import LAYOUT_WIDTHS
from makiivka.publish.cache import cached_text
from makiivka.publish.display import no_nan
from makiivka.publish.fonts import bundled_vl_convert
from makiivka.publish.page import (
    accessible_svg,
    chart_page,
    chart_title,
    embed_snippet,
    safe_json,
    svg_width,
    vega_script,
    vega_spec,
)
from makiivka.publish.pdf import stable_pdf
from makiivka.publish.png import with_density
from makiivka.publish.spreadsheet import table_xlsx
from makiivka.publish.table_files import (  # noqa: F401  (re-exported: the export API)
    FORMULA_STARTS,
    plain,
    plain_cells,
    records,
    spreadsheet_safe,
    table_csv,
    table_json,
)
from makiivka.story import load, store
from makiivka.story.problems import Problem, UsageError

#: Every format export writes; ``html`` is the small page (with its embed snippet and the
#: shared script under ``vendor/``), ``html-standalone`` the single self-contained file.
FORMATS = ("png", "svg", "pdf", "json", "html", "html-standalone")
#: What ``export`` and ``build`` write unless told otherwise.
DEFAULT_FORMATS = ("png", "svg", "pdf", "json", "html")
#: File name suffix of each format.
SUFFIXES = {
    "png": ".png",
    "svg": ".svg",
    "pdf": ".pdf",
    "json": ".vl.json",
    "html": ".html",
    "html-standalone": ".standalone.html",
}
PNG_SCALE = 2
#: Narrowest chart ``export --width`` lays out, in px.
MIN_WIDTH = 280
DATA_TABLES = ("claims", "assertions", "gap", "revisions")
COMMAND_LINE = "<command line>"
_PLACEHOLDER = {"__makiivka_spec__": 1}
_EMBED_OPTIONS = '{"actions":false,"mode":"vega","renderer":"svg"}'

Progress = Callable[[str], None]


def say(message: str) -> None:
    """Report progress on standard error."""
    print(message, file=sys.stderr, flush=True)


def check_request(slugs: Iterable[str], formats: Iterable[str]) -> None:
    """Raise UsageError naming every unknown chart slug or format, before anything is written."""
    from makiivka.charts import CHARTS

    problems = [
        Problem(COMMAND_LINE, 1, 1, "chart", slug, "one of " + ", ".join(CHARTS))
        for slug in slugs
        if slug not in CHARTS
    ]
    problems += [
        Problem(COMMAND_LINE, 1, 1, "format", fmt, "one of " + ", ".join(FORMATS))
        for fmt in formats
        if fmt not in FORMATS
    ]
    if problems:
        raise UsageError(problems)


def parse_formats(text: str) -> list[str]:
    """Split a comma-separated format list, keeping order and dropping repeats."""
    return list(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))


@functools.cache
def _html_page() -> tuple[str, str]:
    """Return vl-convert's self-contained Vega page split around the spec it embeds."""
    import vl_convert

    # The bundle (Vega and vega-embed inlined) takes vl-convert about 1.5 s to
    # assemble and depends only on its version: made once per version.
    name = f"vl-convert-{vl_convert.__version__}-vega-html-bundle.html"
    page = cached_text(name, lambda: bundled_vl_convert().vega_to_html(_PLACEHOLDER, bundle=True))
    marker = json.dumps(_PLACEHOLDER, separators=(",", ":"))
    head, tail = page.split(marker)
    tail = tail.replace('const opts = {"renderer":"svg"}', f"const opts = {_EMBED_OPTIONS};", 1)
    return head, tail


def chart_html(spec: dict[str, Any]) -> str:
    """Return one chart as a self-contained offline page: scripts inlined, spec escaped.

    The Vega-Lite is compiled to Vega here (:func:`~makiivka.publish.page.vega_spec`).
    """
    head, tail = _html_page()
    title = html.escape(chart_title(spec) or "Chart")
    label = html.escape(str(spec.get("description", "")) or title, quote=True)
    head = head.replace("<title>Chart</title>", f"<title>{title}</title>", 1)
    head = head.replace(
        "<head>", '<head>\n<meta name="viewport" content="width=device-width, initial-scale=1">', 1
    )
    head = head.replace("<html>", '<html lang="en">', 1)
    head = head.replace(
        '<div id="vega-chart">', f'<div id="vega-chart" role="figure" aria-label="{label}">', 1
    )
    return head + safe_json(vega_spec(spec)) + tail


def render(spec: dict[str, Any], fmt: str) -> bytes:
    """Render a Vega-Lite spec in one format, offline, as bytes."""
    vlc = bundled_vl_convert()

    if fmt == "png":
        return with_density(vlc.vegalite_to_png(spec, scale=PNG_SCALE), PNG_SCALE)
    if fmt == "svg":
        return accessible_svg(vlc.vegalite_to_svg(spec), spec).encode("utf-8")
    if fmt == "pdf":
        return stable_pdf(vlc.vegalite_to_pdf(spec))
    if fmt == "json":
        text = json.dumps(spec, sort_keys=True, indent=2, ensure_ascii=False)
        return (text + "\n").encode("utf-8")
    if fmt == "html-standalone":
        return chart_html(spec).encode("utf-8")
    raise ValueError(fmt)


def chart_specs(
    dataset: load.Dataset, slugs: Sequence[str] | None = None, width: int | None = None
) -> dict[str, dict]:
    """Build the Vega-Lite spec of each chart (all by default), in registry order.

    *width* in px lays every chart out to it (padding included); None keeps each
    chart's natural width.
    """
    from makiivka.charts import CHARTS

    wanted = list(CHARTS) if not slugs else list(dict.fromkeys(slugs))
    return {slug: no_nan(CHARTS[slug](dataset, width=width).to_dict()) for slug in wanted}


def chart_layouts(
    dataset: load.Dataset, slugs: Sequence[str] | None = None
) -> dict[str, dict[int, dict]]:
    """Build each chart laid out at every width of :data:`LAYOUT_WIDTHS`: slug → width → spec."""
    by_width = {width: chart_specs(dataset, slugs, width) for width in LAYOUT_WIDTHS}
    return {
        slug: {w: by_width[w][slug] for w in LAYOUT_WIDTHS} for slug in by_width[LAYOUT_WIDTHS[0]]
    }


def page_tables(dataset: load.Dataset) -> dict[str, str]:
    """Return the HTML table set under a chart on its page: the ledger under claims.

    Its first :data:`~makiivka.publish.display.SHOWN_ROWS` rows, and a line counting
    them all with links to the next of :mod:`makiivka.publish.ledger_pages` and the
    ledger's CSV (never one DOM of 10,000 rows).
    """
    from makiivka.charts import ledger_table
    from makiivka.charts.reports import proposed_note
    from makiivka.publish.display import Table
    from makiivka.publish.ledger_pages import where_line

    rows = ledger_table(dataset)
    table = Table(rows, where=where_line(len(rows))).table_html()
    note = proposed_note(dataset.claims)
    return {
        "claims": '<h2 id="ledger">Every figure in the ledger, with its quote</h2>\n'
        + (f'<p class="count">{html.escape(note)}</p>\n' if note else "")
        + '<div class="scroll" tabindex="0" role="region" aria-label="The ledger">'
        f"{table}</div>\n"
    }


def render_charts(
    specs: dict[str, dict],
    formats: Sequence[str],
    progress: Progress | None = None,
    narrow: dict[str, dict] | None = None,
    tables: dict[str, str] | None = None,
) -> dict[str, bytes]:
    """Render every chart in every format in memory: file name -> bytes.

    The chart is laid out once, as SVG; PNG and PDF are drawn from that SVG
    (byte-identical to rendering them from the spec, and about twice as fast).
    The ``html`` page carries *narrow* (the phone layout of each chart, default the
    wide spec) and *tables* (HTML under the chart); it comes with ``<slug>.embed.html``
    and the shared script ``vendor/<name>``.
    """
    vlc = bundled_vl_convert()

    files = {}
    for slug, spec in specs.items():
        raw = vlc.vegalite_to_svg(spec) if {"svg", "png", "pdf", "html"} & set(formats) else ""
        svg = accessible_svg(raw, spec) if raw else ""
        for fmt in formats:
            if fmt == "svg":
                blob = svg.encode("utf-8")
            elif fmt == "png":
                blob = with_density(vlc.svg_to_png(raw, scale=PNG_SCALE), PNG_SCALE)
            elif fmt == "pdf":
                blob = stable_pdf(vlc.svg_to_pdf(raw))
            elif fmt == "html":
                small = (narrow or {}).get(slug, spec)
                page = chart_page(slug, spec, small, svg_width(raw), (tables or {}).get(slug, ""))
                blob = page.encode("utf-8")
                height = int(re.search(r'height="([\d.]+)"', raw).group(1).split(".")[0])
                files[f"{slug}.embed.html"] = embed_snippet(slug, spec, height + 60).encode()
                name, script = vega_script()
                files[f"vendor/{name}"] = script.encode("utf-8")
            else:
                blob = render(spec, fmt)
            files[slug + SUFFIXES[fmt]] = blob
        if progress:
            progress(f"  chart {slug}: {', '.join(formats)}")
    return files


def chart_files(
    dataset: load.Dataset,
    slugs: Sequence[str] | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    progress: Progress | None = None,
    width: int | None = None,
) -> dict[str, bytes]:
    """Render the charts of *dataset* (at *width*, or natural) with their phone pages."""
    specs = chart_specs(dataset, slugs, width)
    narrow = chart_layouts(dataset, slugs) if "html" in formats else None
    tables = page_tables(dataset) if "html" in formats else None
    return render_charts(specs, formats, progress, narrow, tables)


def write_files(files: dict[str, bytes], folder: Path) -> list[Path]:
    """Write every file (name -> bytes) into *folder* atomically; return the paths."""
    written = []
    for name, blob in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        store.write_atomic(folder / name, blob)
        written.append(folder / name)
    return written


def export_charts(
    dataset: load.Dataset,
    out: Path,
    slugs: Sequence[str] | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    progress: Progress | None = None,
    width: int | None = None,
) -> list[Path]:
    """Export charts into *out* (at *width* px, or natural): check, render everything, write."""
    check_request(slugs or [], formats)
    return write_files(chart_files(dataset, slugs, formats, progress, width), Path(out))


def data_tables(dataset: load.Dataset) -> dict[str, pd.DataFrame]:
    """Return the tidy tables to export: every claim, then reviewed assertions, gap, revisions.

    Each UTC time column has a ``<time>_local`` text column after its precision (the story's
    zone, with its offset), and the gap a ``<side>_no_later_than`` for each side.
    """
    # The story's compared metrics and time zone: gap.csv is the gap chart's table.
    # Each time also in the story's zone (``stated_at_local``), and the gap's figures that no
    # report dates flagged (:mod:`makiivka.publish.tidy_columns`).
    from makiivka.publish.tidy_columns import with_local_times, with_no_later_than

    claims = dataset.claims.copy(deep=False)
    claims.attrs = {**dataset.claims.attrs, **analysis_attrs(dataset.package)}
    zone = dataset.package.event.get("timezone")
    tables = {
        "claims": dataset.claims,
        "assertions": analysis.assertions(claims),
        "gap": with_no_later_than(analysis.gap_table(claims), dataset.claims),
        "revisions": analysis.revisions(claims),
    }
    return {name: with_local_times(frame, zone) for name, frame in tables.items()}


def data_files(dataset: load.Dataset) -> dict[str, bytes]:
    """Render every tidy table as CSV, JSON and an Excel workbook in memory: name -> bytes.

    The CSV is plain UTF-8 for scripts; the ``.xlsx`` beside it is for spreadsheets,
    every cell typed (:mod:`makiivka.publish.spreadsheet` says why).
    """
    files = {}
    # An article's publication time is known to its articles.csv precision (mostly a day).
    published = dataset.articles.set_index("article_id")["published_at_precision"]
    for name, frame in data_tables(dataset).items():
        known = {}
        if "published_at" in frame and "article_id" in frame:
            known["published_at"] = frame["article_id"].map(published)
        rows = records(frame, known)
        files[f"{name}.csv"] = table_csv(frame, rows)
        files[f"{name}.json"] = table_json(frame, rows)
        files[f"{name}.xlsx"] = table_xlsx(frame, name, known)
    return files
