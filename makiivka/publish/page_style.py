"""Colour the chart pages and the report: light, dark (``prefers-color-scheme``) and print.

Every text colour here is checked for 4.5:1 on its background by
``tests/charts/test_contrast.py``.
"""

from __future__ import annotations

#: Class of every table :class:`makiivka.publish.display.Table` writes.
TABLE_CLASS = "makiivka-table"
#: On a narrow screen a table row becomes a card, each cell headed by its column (the
#: ``data-label`` attribute), so a long quote wraps at the screen's width.
STACKED_TABLE_STYLE = (
    "@media (max-width: 640px){"
    f".{TABLE_CLASS} thead{{position:absolute;width:1px;height:1px;overflow:hidden;"
    "clip:rect(0 0 0 0)}"
    f".{TABLE_CLASS},.{TABLE_CLASS} tbody,.{TABLE_CLASS} tr,.{TABLE_CLASS} td"
    "{display:block;width:auto}"
    f".{TABLE_CLASS} tr{{border-top:1px solid #bdbdbd;padding:6px 0}}"
    f".{TABLE_CLASS} td{{border:0;padding:1px 0 !important}}"
    f'.{TABLE_CLASS} td::before{{content:attr(data-label) ": ";font-weight:bold;color:#4a4a4a}}'
    "}"
)


#: On paper too, a row is a card: each quote prints whole, in one block, never cut at the
#: page's edge (and text extraction reads it in one piece).
PRINT_TABLE_STYLE = STACKED_TABLE_STYLE.replace("@media (max-width: 640px)", "@media print", 1)


#: Colours of the pages and the report, light and dark (``prefers-color-scheme: dark``);
#: the tests compute each text colour's contrast on its background.
PAGE_COLOURS = {
    "light": {"ink": "#1a1a1a", "paper": "#ffffff", "link": "#0b5cad", "rule": "#dddddd",
              "key": "#4a4a4a", "tip": "#ffffff"},
    "dark": {"ink": "#e6e6e6", "paper": "#121212", "link": "#8cc4ff", "rule": "#3a3a3a",
             "key": "#b5b5b5", "tip": "#1e1e1e"},
}  # fmt: skip
_LIGHT, _DARK = PAGE_COLOURS["light"], PAGE_COLOURS["dark"]
#: The tooltip (vega-tooltip's own grey keys are 3.95:1): keys 8.9:1, values in ink.
TOOLTIP_STYLE = (
    "#vg-tooltip-element.vg-tooltip{{background:{tip};color:{ink};border-color:{rule};"
    "max-width:min(420px,90vw);font-size:13px}}"
    "#vg-tooltip-element.vg-tooltip td.key{{color:{key}}}"
    "#vg-tooltip-element.vg-tooltip td.value{{white-space:normal}}"
)
#: Dark pages under a dark system theme; print keeps every quote: tables wrap, nothing scrolls.
THEME_STYLE = (
    "@media (prefers-color-scheme: dark){{body{{color:{ink};background:{paper}}}"
    "a{{color:{link}}}th,td{{border-color:{rule}}}"
    ".makiivka-table td::before{{color:{key} !important}}}}".format(**_DARK)
    + "@media (prefers-color-scheme: dark){"
    + TOOLTIP_STYLE.format(**_DARK)
    + "}"
    + "@media print{body{color:#000;background:#fff}.scroll,main{overflow:visible !important}"
    "td{overflow-wrap:anywhere;white-space:normal !important}td:last-child{min-width:0}"
    "svg,img{max-width:100% !important;height:auto !important}"
    # a heading never ends a printed page: it goes over with what follows it (round 18's
    # claims page left "Every figure in the ledger, with its quote" at page 1's foot)
    "tr{break-inside:avoid}a{color:#000}h1,h2,h3{break-after:avoid-page}}"
)
PAGE_STYLE = (
    (
        "body{{margin:0;font:15px/1.45 'Liberation Sans',Arial,Helvetica,sans-serif;color:{ink};"
        "background:{paper}}}main{{max-width:100%;overflow-x:auto}}#chart{{max-width:100%}}"
        ".data{{margin:4px 12px 12px}}a{{color:{link}}}"
        "table{{border-collapse:collapse;font-size:14px}}th,td{{text-align:left;vertical-align:top;"
        "padding:4px 8px;border-top:1px solid {rule}}}.scroll{{overflow-x:auto;margin:0 12px}}"
        "td:last-child{{min-width:14em}}"
        "h2{{font-size:18px;margin:16px 12px 8px}}h2+.count{{margin:0 12px 8px}}"
        ".sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}"
    ).format(**_LIGHT)
    + TOOLTIP_STYLE.format(**_LIGHT)
    + THEME_STYLE
)


#: Tallest a chart prints: an A4 page (297 mm) less its margins (2 x 12 mm) and room for
#: a notebook's heading and opening paragraph above it, and on page 1 for the story's title
#: in two lines (round 17's new user: a long title split across pages 1 and 2).
PRINT_CHART_HEIGHT = "210mm"
#: The report's colours under a dark system theme and on paper (JupyterLab's variables).
REPORT_THEME_STYLE = (
    # nbconvert's theme sets these after this style: only !important wins.
    "@media (prefers-color-scheme: dark){{:root{{--jp-layout-color0:{paper} !important;"
    "--jp-layout-color1:{paper} !important;--jp-content-font-color0:{ink} !important;"
    "--jp-content-font-color1:{ink} !important;--jp-content-font-color2:{key} !important;"
    "--jp-ui-font-color1:{ink} !important;--jp-border-color2:{rule} !important;"
    "--jp-content-link-color:{link} !important;"
    "--jp-rendermime-table-row-background:{paper} !important;"
    "--jp-rendermime-table-row-hover-background:#262626 !important}}"
    "body,body.jp-Notebook{{background:{paper} !important;color:{ink} !important}}"
    "a{{color:{link} !important}}.makiivka-table td::before{{color:{key} !important}}"
    "code{{background:#2a2a2a !important;color:{ink} !important}}}}".format(**_DARK)
    + "@media print{.jp-RenderedHTMLCommon{overflow:visible !important}"
    ".jp-RenderedHTMLCommon td,.jp-RenderedHTMLCommon th{overflow-wrap:anywhere;"
    "white-space:normal !important}.jp-RenderedHTMLCommon td:last-child{min-width:0}"
    "img{max-width:100% !important;height:auto !important}tr{break-inside:avoid}"
    # On A4: a chart is never taller than what is left of a page under its heading, so
    # it stays on the page its heading opens (a taller one went whole to the next page,
    # leaving the first near empty); an output (a long table) may run on across pages;
    # a heading never ends a page, it goes over with what follows it.
    f".jp-OutputArea-output img{{width:auto !important;max-height:{PRINT_CHART_HEIGHT}"
    " !important;break-inside:avoid}"
    ".jp-OutputArea-child{break-inside:auto !important}"
    "h1,h2,h3,.jp-MarkdownCell{break-after:avoid-page !important}"
    # the story's title heads page 1 in one short line, leaving the first chart its room
    ".report-title h1{font-size:14pt !important;margin:0 !important;break-inside:avoid}"
    # a cell that shows nothing (code hidden, no output) would stand between the two
    ".jp-Cell.jp-mod-noOutputs.jp-mod-noInput{display:none !important}}"
    "@page{size:A4;margin:12mm}" + PRINT_TABLE_STYLE
)
