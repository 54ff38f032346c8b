"""Write the web pages of a chart: a small page, its embed snippet, and the shared Vega script.

Each chart page (``<slug>.html``) holds its Vega-Lite specs (one laid out for wide
screens, one for phones) and loads one shared script beside it,
``vendor/<VEGA_SCRIPT>``: Vega, Vega-Lite and vega-embed as vl-convert bundles them,
so the pages work offline and a reader's browser fetches the libraries once. The
page picks the spec that fits its container, labels the chart for screen readers
with its description, links its data table, and tells an embedding page its height
(``postMessage``), which the snippet in ``<slug>.embed.html`` uses to size its iframe,
the pattern of newsroom embeds (Pym.js, Datawrapper's responsive iframe) in a few
lines of script. ``html-standalone`` keeps the single self-contained file.
"""

from __future__ import annotations

import functools
import html
import json
import re
from typing import Any

from makiivka.publish.page_style import (  # re-exported for the build and display
    PAGE_STYLE,
    PRINT_TABLE_STYLE,
    REPORT_THEME_STYLE,
    STACKED_TABLE_STYLE,
    TABLE_CLASS,
)
from makiivka.publish.table_script import TABLE_TOOLS_STYLE, table_script

__all__ = ["REPORT_THEME_STYLE", "STACKED_TABLE_STYLE", "TABLE_CLASS"]

#: Vega-Lite version the bundled libraries compile (the v5 that Altair 5 writes).
VEGALITE_VERSION = "v5.20"
#: Schema of the Vega the bundled libraries run.
VEGA_SCHEMA = "https://vega.github.io/schema/vega/v6.json"
#: The data table each chart page links, under ``../data/``.
DATA_OF = {"claims": "claims", "gap": "gap", "revision": "revisions", "outlets": "claims"}
#: Message type a chart page posts to its parent with its height in px.
RESIZE_MESSAGE = "makiivka:resize"
#: No action menu: the PNG and SVG are exported beside the page, and its unnamed
#: ``<summary>`` button is a serious axe violation.
EMBED_OPTIONS = {"renderer": "svg", "actions": False, "mode": "vega"}
#: Page script: pick the widest layout that fits, draw it (its colours swapped for the dark
#: page under a dark system theme), re-lay out on resize, post the height. The layouts are
#: Vega, compiled in Python by :func:`vega_spec`.
PAGE_SCRIPT = """
(function () {
  var read = function (id) { return JSON.parse(document.getElementById(id).textContent); };
  // A table of records sharing one set of fields is held as its columns and value rows.
  var rows = function (table) {
    if (Array.isArray(table) || typeof table === "string") return table;
    return table.rows.map(function (row) {
      var out = {};
      table.columns.forEach(function (name, i) { out[name] = row[i]; });
      return out;
    });
  };
  var layouts = read("spec-layouts"), dark = read("spec-dark"), shared = read("spec-data");
  layouts.forEach(function (layout) {
    (layout.spec.data || []).forEach(function (table) {
      if (table.values && table.values.shared) table.values = rows(shared[table.values.shared]);
    });
  });
  var options = %(options)s, box = document.getElementById("chart"), shown = null;
  var label = box.getAttribute("aria-label");  // the layouts leave it to the page
  var scheme = window.matchMedia("(prefers-color-scheme: dark)");
  function post() {
    if (window.parent !== window) {
      window.parent.postMessage({type: "%(message)s", slug: "%(slug)s",
        height: document.documentElement.scrollHeight}, "*");
    }
  }
  function swap(value) {
    if (typeof value === "string") return dark[value.toUpperCase()] || value;
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === "object") {
      var out = {};
      for (var key in value) out[key] = swap(value[key]);
      return out;
    }
    return value;
  }
  function draw() {
    var room = box.parentNode.clientWidth, pick = layouts[0];
    for (var i = 0; i < layouts.length; i++) if (layouts[i].width <= room) pick = layouts[i];
    var key = pick.width + (scheme.matches ? "d" : "l");
    if (key === shown) return;
    shown = key;
    var spec = Object.assign({}, scheme.matches ? swap(pick.spec) : pick.spec,
      {description: label});
    var opts = Object.assign({}, options, {tooltip: {theme: scheme.matches ? "dark" : "light"}});
    vegaEmbed(box, spec, opts).then(post).catch(console.error);
  }
  // A tap fires no pointermove, which Vega's tooltips follow: pass the tap on as one.
  box.addEventListener("pointerup", function (e) {
    if (e.pointerType === "mouse") return;
    e.target.dispatchEvent(new PointerEvent("pointermove", {bubbles: true,
      clientX: e.clientX, clientY: e.clientY, pointerType: e.pointerType}));
  });
  var waiting = null;
  function later() { clearTimeout(waiting); waiting = setTimeout(draw, 60); }
  draw();
  window.addEventListener("resize", later);
  if (scheme.addEventListener) scheme.addEventListener("change", draw);
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.body);
})();
"""
#: Embed snippet: an iframe sized to its content by the message the chart page posts.
EMBED_SNIPPET = """<!-- makiivka chart embed: put chart page URL in src (here: {page}) -->
<iframe src="{page}" title="{title}" data-makiivka-chart="{slug}" loading="lazy"
  style="width:100%;border:0;display:block" height="{height}" scrolling="no"></iframe>
<script>
(function () {{
  if (window.makiivkaResize) return;
  window.makiivkaResize = true;
  window.addEventListener("message", function (event) {{
    var data = event.data;
    if (!data || data.type !== "{message}") return;
    var frames = document.querySelectorAll("iframe[data-makiivka-chart]");
    for (var i = 0; i < frames.length; i++) {{
      if (frames[i].contentWindow === event.source) frames[i].style.height = data.height + "px";
    }}
  }});
}})();
</script>
"""


def label_cells(table: str, columns: list[str]) -> str:
    """Give each ``<td>`` of pandas' escaped *table* a ``data-label``: its column's name.

    pandas writes no per-cell attributes; its cells hold escaped text only, so the
    ``<td`` tags found here are pandas' own, in column order within each row.
    """
    labels = [html.escape(c, quote=True) for c in columns]
    rows = table.split("<tr>")
    for i, row in enumerate(rows):
        cells = row.split("<td ")
        if len(cells) - 1 == len(labels):
            rows[i] = cells[0] + "".join(
                f'<td data-label="{label}" {cell}'
                for label, cell in zip(labels, cells[1:], strict=True)
            )
    return "<tr>".join(rows)


@functools.cache
@functools.cache
def vega_script() -> tuple[str, str]:
    """Return the shared script's file name (versioned) and its text, from vl-convert.

    Made once per process: every chart page of a build shares the one script.
    """
    from makiivka.publish.fonts import bundled_vl_convert

    vlc = bundled_vl_convert()

    name = (
        f"vega-{vlc.get_vega_version()}-lite-{VEGALITE_VERSION.lstrip('v')}"
        f"-embed-{vlc.get_vega_embed_version()}.js"
    )
    return name, vlc.javascript_bundle(vl_version=VEGALITE_VERSION)


def vega_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Compile a Vega-Lite spec to the Vega the page draws, labelled for the bundled Vega 6.

    Vega-Lite 5 labels its output Vega v5, which Vega 6 runs unchanged; with the
    old label vega-embed warns in the browser console on every page. (The bundle's
    ``vegaLite`` global is null, so the page cannot compile it itself.)
    """
    from makiivka.publish.fonts import bundled_vl_convert

    vlc = bundled_vl_convert()

    compiled = vlc.vegalite_to_vega(spec, vl_version=VEGALITE_VERSION)
    compiled["$schema"] = VEGA_SCHEMA
    return compiled


def safe_json(value: Any) -> str:
    """Serialize *value* as JSON that cannot close a ``<script>`` element it sits in."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def chart_title(spec: dict[str, Any]) -> str:
    """Return the text of a spec's title, or an empty string."""
    title = spec.get("title", "")
    if isinstance(title, dict):
        title = title.get("text", "")
    return " ".join(title) if isinstance(title, list) else str(title)


def svg_width(svg: str) -> int:
    """Return the width in px an SVG's root element declares (0 when it declares none)."""
    found = re.search(r'<svg[^>]*?\swidth="([\d.]+)"', svg)
    return round(float(found.group(1))) if found else 0


def chart_page(
    slug: str,
    wide: dict,
    narrow: dict | dict[int, dict],
    wide_width: int,
    table: str = "",
    script: str = "",
) -> str:
    """Return the chart's page: its layouts, the shared script beside it, a label and data link.

    *narrow* is the chart laid out at each of several widths (px → Vega-Lite spec), or one
    phone layout; *wide* is drawn where the page is at least *wide_width* px wide. The
    page draws the widest layout that fits and re-lays out on resize. *table* is HTML
    (already escaped) set under the chart; *script* the shared script's path.
    """
    from makiivka.charts.theme import dark_colours

    title = html.escape(chart_title(wide) or "Chart")
    label = html.escape(str(wide.get("description", "")) or title, quote=True)
    data = DATA_OF.get(slug, slug)
    sized = narrow if narrow and all(isinstance(k, int) for k in narrow) else {0: narrow}
    layouts = sorted({**{w: sized[w] for w in sized if w < wide_width}, wide_width: wide}.items())
    layouts[0] = (0, layouts[0][1])  # the narrowest is drawn wherever nothing else fits
    colours: dict[str, str] = {}
    for _, spec in layouts:
        colours.update(dark_colours(spec))
    code = PAGE_SCRIPT % {
        "options": json.dumps(EMBED_OPTIONS, separators=(",", ":"), sort_keys=True),
        "message": RESIZE_MESSAGE,
        "slug": slug,
    }
    tools = f"<script>{table_script(TABLE_CLASS)}</script>\n" if table else ""
    packed, shared = pack_layouts([(w, vega_spec(spec)) for w, spec in layouts])
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{title}</title>\n<style>{PAGE_STYLE}{STACKED_TABLE_STYLE}{PRINT_TABLE_STYLE}"
        f"{TABLE_TOOLS_STYLE if table else ''}</style>\n"
        f'<script src="{html.escape(script or "vendor/" + vega_script()[0])}"></script>\n'
        f'</head>\n<body>\n<main>\n<h1 class="sr-only">{title}</h1>\n'
        f'<div id="chart" role="figure" aria-label="{label}"></div>\n'
        f'<p class="data"><a href="../data/{data}.csv">The data behind this chart '
        f"(CSV table: {data}.csv)</a></p>\n"
        f"{table}</main>\n"
        f'<script type="application/json" id="spec-layouts">{safe_json(packed)}</script>\n'
        f'<script type="application/json" id="spec-dark">{safe_json(colours)}</script>\n'
        f'<script type="application/json" id="spec-data">{safe_json(shared)}</script>\n'
        f"<script>{code}</script>\n{tools}</body>\n</html>\n"
    )


def pack_layouts(layouts: list[tuple[int, dict]]) -> tuple[list[dict], dict]:
    """Return the layouts with each inline data table replaced by a key into one shared map.

    The layouts of a chart draw mostly the same rows; a page holds each table once
    (keyed by its content's sha256) and its script puts them back before drawing.
    """
    import hashlib

    shared: dict = {}
    packed = []
    for width, spec in layouts:
        # The page labels the chart with its description once (aria-label), not per layout.
        spec = {k: v for k, v in spec.items() if k != "description"}
        tables = []
        for table in spec.get("data", []):
            if isinstance(table.get("values"), list | str):
                text = json.dumps(table["values"], sort_keys=True, ensure_ascii=False)
                key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
                shared[key] = columnar(table["values"])
                table = {**table, "values": {"shared": key}}
            tables.append(table)
        spec["data"] = tables
        packed.append({"width": width, "spec": spec})
    return packed, shared


def columnar(records: list[dict] | str) -> list[dict] | str | dict[str, list]:
    """Return *records* as ``{"columns": [...], "rows": [[...], ...]}`` when they all share
    one list of fields (the page script turns them back into records), else unchanged.

    A table of a thousand rows as records repeats every field name a thousand times:
    about half of a chart page's bytes.
    """
    if isinstance(records, str) or not records or any(list(r) != list(records[0]) for r in records):
        return records
    return {"columns": list(records[0]), "rows": [list(r.values()) for r in records]}


def embed_snippet(slug: str, spec: dict, height: int) -> str:
    """Return the HTML a CMS pastes to show the chart in an iframe that fits its content."""
    return EMBED_SNIPPET.format(
        page=f"{slug}.html",
        title=html.escape(chart_title(spec) or "Chart", quote=True),
        slug=slug,
        height=height,
        message=RESIZE_MESSAGE,
    )


def accessible_svg(svg: str, spec: dict) -> str:
    """Give an SVG ``role="img"`` and a ``<title>`` and ``<desc>`` from the spec's title and
    description, so a screen reader announces the chart."""
    title = html.escape(chart_title(spec) or "Chart", quote=False)
    desc = html.escape(str(spec.get("description", "")), quote=False)
    head = re.match(r"<svg\b[^>]*>", svg)
    if not head:
        return svg
    # Vega numbers clip paths with a counter that runs on across renders in one process
    # ("clip7" in the second chart): number them from 1 in each SVG, so bytes never depend
    # on what was drawn before.
    order: dict[str, str] = {}
    svg = re.sub(
        r'(id="|url\(#)(clip\d+)(?=[")])',
        lambda m: m.group(1) + order.setdefault(m.group(2), f"clip{len(order) + 1}"),
        svg,
    )
    head = re.match(r"<svg\b[^>]*>", svg)
    opening = head.group(0)
    opening = re.sub(r'\srole="[^"]*"', "", opening)
    opening = opening[:-1] + ' role="img" aria-labelledby="chart-title chart-desc">'
    labels = f'<title id="chart-title">{title}</title><desc id="chart-desc">{desc}</desc>'
    return opening + labels + svg[head.end() :]


def chart_image(spec: dict, phone: dict | None = None) -> str:
    """Return the chart as an ``<img>`` of its SVG, its description the alt text.

    A ``<picture>`` shows the *phone* layout (the same chart laid out narrow) on
    screens under 600 px, and each layout with its dark colours under a dark system
    theme (:func:`makiivka.charts.theme.dark_spec`).
    """
    from makiivka.charts.theme import dark_spec

    svg = accessible_svg(vlc_svg(spec), spec)
    alt = html.escape(str(spec.get("description", "")) or chart_title(spec), quote=True)
    image = (
        f'<img src="{svg_uri(svg)}" alt="{alt}" width="{svg_width(svg)}" '
        'style="max-width:100%;height:auto">'
    )
    sources = []
    for media, layout in (("(max-width: 599px)", phone), ("", spec)):
        if layout is None:
            continue
        night = dark_spec(layout)
        dark = svg_uri(accessible_svg(vlc_svg(night), night))
        both = f"{media} and " if media else ""
        sources.append(f'<source media="{both}(prefers-color-scheme: dark)" srcset="{dark}">')
        if media:
            small = svg_uri(accessible_svg(vlc_svg(layout), layout))
            sources.append(f'<source media="{media}" srcset="{small}">')
    return f"<picture>{''.join(sources)}{image}</picture>"


def vlc_svg(spec: dict) -> str:
    """Render *spec* as SVG with vl-convert and its bundled fonts only."""
    from makiivka.publish.fonts import bundled_vl_convert

    return bundled_vl_convert().vegalite_to_svg(spec)


def svg_uri(svg: str) -> str:
    """Return *svg* as a base64 ``data:`` URI."""
    import base64

    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
