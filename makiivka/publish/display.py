"""Show charts and tables in notebooks: an offline Altair renderer and escaped HTML tables.

The ``makiivka`` renderer returns one output bundle with the Vega-Lite v5 spec
(JupyterLab draws it interactively, even in an untrusted notebook), a PNG made by
vl-convert (what nbconvert HTML and code-hosting previews show) and a plain-text
line. Nothing loads from a CDN and nothing in the bundle changes between runs.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import time
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd

from makiivka.publish.fonts import bundled_vl_convert
from makiivka.publish.kernels import CELL_TIMEOUT, PNG_CACHE_ENV
from makiivka.publish.page import TABLE_CLASS, chart_title, label_cells
from makiivka.publish.png import png_size, with_density
from makiivka.text.moments import unbroken

RENDERER_NAME = "makiivka"
VEGALITE_MIME = "application/vnd.vegalite.v5+json"
#: PNG pixels per CSS pixel in notebook outputs: sharp on high-density screens.
NOTEBOOK_PNG_SCALE = 2
#: Inline style of every table cell: survives JupyterLab's sanitizer, unlike <style>.
CELL_STYLE = "text-align: left; vertical-align: top;"
TABLE_STYLE = (
    f".{TABLE_CLASS} th, .{TABLE_CLASS} td {{text-align: left !important; vertical-align: top;"
    " padding: 2px 8px;}"
)


def js_numbers(value: Any) -> Any:
    """Return *value* (JSON-like) with each whole float written as JavaScript writes it: an int.

    JupyterLab keeps a notebook's outputs as JavaScript numbers and saves ``89.0``
    as ``89``; a committed notebook writes them so, or opening and saving it
    would change the file. Floats from 1e21 on stay floats, as JavaScript prints
    them with an exponent (and Python reads that back as a float).

    A NaN is null, as in :func:`no_nan`.

    >>> js_numbers({"value": 89.0, "ratio": 4.5, "n": [0.0, -3.0, 1e21], "ok": True})
    {'value': 89, 'ratio': 4.5, 'n': [0, -3, 1e+21], 'ok': True}
    """
    if isinstance(value, float):
        if value != value:
            return None
        return int(value) if value.is_integer() and abs(value) < 1e21 else value
    if isinstance(value, dict):
        return {key: js_numbers(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [js_numbers(item) for item in value]
    return value


def no_nan(value: Any) -> Any:
    """Return *value* (JSON-like) with each NaN as None: JSON has no NaN.

    Altair 5.5 leaves a missing value of a pandas 3 string column as NaN in a chart's
    data; ``JSON.parse`` refuses the spec that ``json.dumps`` then writes.

    >>> no_nan({"label": float("nan"), "rows": [{"x": 1.5}, {"x": float("nan")}]})
    {'label': None, 'rows': [{'x': 1.5}, {'x': None}]}
    """
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, dict):
        return {key: no_nan(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [no_nan(item) for item in value]
    return value


def png_name(spec: dict[str, Any], scale: int) -> str:
    """Return the file name of *spec*'s PNG at *scale* in a build's PNG cache: a spec hash."""
    text = json.dumps(js_numbers(spec), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest() + f"@{scale}x.png"


#: Present in the PNG folder while the build is rendering charts into it.
RENDERING = "rendering"


def cache_png(folder: Path, spec: dict[str, Any], png: bytes, scale: int) -> None:
    """Hand a PNG the build rendered to its notebook kernels (written whole, by rename)."""
    path = Path(folder) / png_name(spec, scale)
    partial = path.with_suffix(".partial")
    partial.write_bytes(png)
    os.replace(partial, path)


def notebook_png(spec: dict[str, Any]) -> bytes:
    """Return *spec* as a PNG: the build's copy when it rendered this spec, else rendered here.

    During ``makiivka build`` the build process renders every chart once and
    leaves the PNGs in ``$MAKIIVKA_PNG_CACHE`` (the same bytes vl-convert makes
    here), so the kernels do not draw each chart a second time. While the build is
    still rendering (its :data:`RENDERING` marker is in that folder) a chart not there
    yet is waited for: on a large ledger a kernel reaches a chart before the build has
    drawn it, and drawing it twice costs both processes' time.
    """
    folder = os.environ.get(PNG_CACHE_ENV)
    if folder:
        path = Path(folder) / png_name(spec, NOTEBOOK_PNG_SCALE)
        deadline = time.monotonic() + CELL_TIMEOUT / 2
        while True:
            try:
                return path.read_bytes()
            except FileNotFoundError:
                pass
            if not (Path(folder) / RENDERING).exists() or time.monotonic() > deadline:
                break
            time.sleep(0.05)
    png = bundled_vl_convert().vegalite_to_png(spec, scale=NOTEBOOK_PNG_SCALE)
    return with_density(png, NOTEBOOK_PNG_SCALE)


#: A notebook PNG past this many bytes is stored with a palette of 256 colours.
PNG_BUDGET = 600_000


def light_png(png: bytes) -> bytes:
    """Return *png* with a palette of 256 colours when it weighs over :data:`PNG_BUDGET`.

    A tall chart drawn at twice its size (30 rows of text) is about 1.7 MB as
    vl-convert writes it, full colour with an alpha channel; the few colours of a
    chart and its anti-aliased text fit a palette, about an eighth of the bytes, so a
    notebook stays under 2 MB. Pillow's median-cut quantizer is deterministic.
    """
    if len(png) <= PNG_BUDGET:
        return png
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(256).save(out, "PNG", optimize=True)
    return with_density(out.getvalue(), NOTEBOOK_PNG_SCALE)


def mimebundle(spec: dict[str, Any], **metadata: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Render *spec* as a Vega-Lite v5 + PNG + text output bundle, and its display metadata.

    The spec's numbers are written as JupyterLab saves them (:func:`js_numbers`).
    """
    spec = js_numbers(spec)
    png = light_png(notebook_png(spec))
    width, _height = png_size(png)
    text = f"<Chart: {chart_title(spec)}>\n{spec.get('description', '')}".rstrip()
    bundle = {
        VEGALITE_MIME: spec,
        "image/png": base64.b64encode(png).decode("ascii"),
        "text/plain": text,
    }
    # nbconvert's templates (and makiivka's report) read the image's alt text here.
    alt_text = str(spec.get("description", "")) or chart_title(spec)
    shown = {"image/png": {"width": width // NOTEBOOK_PNG_SCALE, "alt": alt_text}}
    return bundle, shown


def enable() -> None:
    """Register the offline renderer with Altair and make it the active one."""
    if RENDERER_NAME not in alt.renderers.names():
        alt.renderers.register(RENDERER_NAME, mimebundle)
    alt.renderers.enable(RENDERER_NAME)


#: What a table without rows says.
NO_ROWS = "No rows: nothing stated."
#: Most rows a table shows (in a notebook, the report, a chart page); past it the first
#: rows are shown and the count said, and every row stays in the story's data files.
SHOWN_ROWS = 50


class Table:
    """Show a DataFrame as an escaped HTML table (quotes may hold markup).

    Up to *limit* rows (default :data:`SHOWN_ROWS`) in full; a longer frame shows its
    first *limit* rows under a line that counts them all and says where they are
    (*where*, HTML, default "in the story's data files"). A frame without rows shows
    *empty* in words, never pandas' "Empty DataFrame".
    """

    def __init__(
        self, frame: pd.DataFrame, limit: int = SHOWN_ROWS, where: str = "", empty: str = ""
    ):
        self.frame = frame
        self.limit = limit
        self.where = where or "in the story\u2019s data files (claims.csv)"
        self.empty = empty or NO_ROWS

    def _repr_html_(self) -> str:
        return f"<style>{TABLE_STYLE}</style>\n{self.table_html()}"

    def shown(self) -> pd.DataFrame:
        """Return the rows shown, a missing cell empty: pandas writes a missing value of a
        string or Int64 column as ``<NA>`` whatever ``na_rep`` says."""
        rows = self.frame.head(self.limit).astype(object)
        # pandas writes a line break inside a cell as the two characters "\n"; a quote a
        # PDF's layout broke ("on\nboard") reads as one line (round 22's new user)
        rows = rows.map(lambda v: " ".join(v.splitlines()) if isinstance(v, str) else v)
        return rows.where(rows.notna(), "")

    def count_line(self) -> str:
        """Say how many rows are shown of how many, and where the rest are ("" if all)."""
        count = len(self.frame)
        if count <= self.limit:
            return ""
        return f"The first {self.limit:,} of {count:,} rows; every row is {self.where}."

    def table_html(self) -> str:
        """Return the escaped ``<table>`` alone, every cell left- and top-aligned inline."""
        if not len(self.frame):
            return f'<p class="count">{html.escape(self.empty)}</p>'
        said = self.count_line()
        table = self.shown().to_html(
            escape=True, index=False, na_rep="", border=0, classes=TABLE_CLASS
        )
        # JupyterLab drops <style> from an untrusted notebook and right-aligns table
        # cells; its sanitizer keeps inline text-align and vertical-align, so every
        # cell carries them. Cell text is escaped, so these tags are pandas' own.
        table = table.replace('<tr style="text-align: right;">', "<tr>")
        for tag in ("th", "td"):
            table = table.replace(f"<{tag}>", f'<{tag} style="{CELL_STYLE}">')
        # "UTC-5" stays whole on a phone (:func:`~makiivka.text.moments.unbroken`).
        table = unbroken(label_cells(table, [str(c) for c in self.frame.columns]))
        return f'<p class="count">{said}</p>\n{table}' if said else table

    def __repr__(self) -> str:
        if not len(self.frame):
            return self.empty
        with pd.option_context("display.width", 200, "display.max_colwidth", 60):
            text = self.shown().to_string(index=False, na_rep="")
        said = self.count_line()
        return f"{said}\n{text}" if said else text


class Finding:
    """A sentence computed from the data, shown as Markdown (plain text where no Markdown).

    The sentence carries the story's names, labels and nouns, so it is written as text:
    no character of it becomes markup or a link (:func:`makiivka.publish.escape.markdown_text`).
    """

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        from makiivka.publish.escape import markdown_text

        return markdown_text(unbroken(self.text))

    def __repr__(self) -> str:
        return self.text


def finding(text: str) -> Finding:
    """Wrap a computed sentence (``charts.FINDINGS[slug](dataset)``) so a notebook shows it."""
    return Finding(text)


def show_table(frame: pd.DataFrame, empty: str = "") -> Table:
    """Wrap *frame* so a notebook shows every row and full cells, with HTML escaped.

    A frame without rows shows *empty* (default :data:`NO_ROWS`).

    >>> show_table(pd.DataFrame({"claim_id": []}))
    No rows: nothing stated.

    A story's corrections log as :func:`makiivka.publish.notebook.read_story` gives it
    (``dataset.corrections``) is shown in words, as ``notebook.corrections_table`` shows it.
    """
    if frame.attrs.get("makiivka_table") == "corrections":
        from makiivka.publish.notebook import corrections_words

        frame = corrections_words(frame, frame.attrs.get("timezone"))
    return Table(frame, empty=empty)
