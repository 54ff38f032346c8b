"""Hold the house style of every chart: palette by side, fonts, sizes, in one place.

Charts carry this configuration in their own spec (:func:`apply_theme`), so a
chart looks the same whichever Altair theme happens to be enabled, in a notebook,
in vl-convert's PNG or in a browser. The same configuration is registered as the
Altair theme ``makiivka`` for ad-hoc charts: ``alt.theme.enable("makiivka")``.
"""

from __future__ import annotations

from typing import Any

import altair as alt

THEME_NAME = "makiivka"

#: Okabe–Ito colours (safe for the common colour-vision deficiencies), one per side.
SIDE_COLOURS = {
    "russia": "#D55E00",
    "ukraine": "#0072B2",
    "third_party": "#009E73",
    "media": "#CC79A7",
}
SIDE_LABELS = {
    "russia": "Russia",
    "ukraine": "Ukraine",
    "third_party": "Third party",
    "media": "Media",
}
#: Grey for "not stated" and secondary text: 4.5:1 contrast on white.
MUTED = "#6E6E6E"
INK = "#1A1A1A"
RULE = "#BDBDBD"
FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
#: Opacity of rows proposed by ``makiivka ingest`` and not yet reviewed.
PROPOSED_OPACITY = 0.45
STATUS_OPACITY = {"reviewed": 1.0, "proposed": PROPOSED_OPACITY}


def house_config() -> dict[str, Any]:
    """Return the Vega-Lite ``config`` of the house style."""
    return {
        "font": FONT,
        "background": "white",
        "padding": 12,
        "view": {"stroke": None, "continuousWidth": 480, "continuousHeight": 300},
        "title": {
            "anchor": "start",
            "font": FONT,
            "fontSize": 18,
            "fontWeight": "bold",
            "color": INK,
            "subtitleFont": FONT,
            "subtitleFontSize": 13,
            "subtitleColor": "#4A4A4A",
            "subtitlePadding": 6,
            "offset": 14,
        },
        "axis": {
            "labelFont": FONT,
            "titleFont": FONT,
            "labelFontSize": 12,
            "titleFontSize": 12,
            "titleFontWeight": "normal",
            "titleColor": "#4A4A4A",
            "labelColor": INK,
            "gridColor": "#E6E6E6",
            "domainColor": RULE,
            "tickColor": RULE,
        },
        "legend": {
            "labelFont": FONT,
            "titleFont": FONT,
            "labelFontSize": 12,
            "titleFontSize": 12,
            "orient": "top",
            "direction": "horizontal",
        },
        "header": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 13},
        "text": {"font": FONT, "fontSize": 12, "color": INK},
        "concat": {"spacing": 10},
    }


def apply_theme(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Return a copy of *chart* that carries the house configuration in its spec."""
    styled = chart.copy(deep=False)
    styled.config = alt.Config.from_dict(house_config())
    return styled


def side_scale(sides: list[str] | None = None) -> alt.Scale:
    """Return the colour scale over side labels; a side keeps its colour in every chart."""
    keys = [s for s in SIDE_COLOURS if sides is None or s in sides]
    return alt.Scale(domain=[SIDE_LABELS[s] for s in keys], range=[SIDE_COLOURS[s] for s in keys])


alt.theme.register(THEME_NAME, enable=False)(house_config)
