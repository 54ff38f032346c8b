"""Hold the house style of every chart: palette by side, fonts, sizes, in one place.

Charts carry this configuration in their own spec (:func:`apply_theme`), so a
chart looks the same whichever Altair theme happens to be enabled, in a notebook,
in vl-convert's PNG or in a browser. The same configuration is registered as the
Altair theme ``makiivka`` for ad-hoc charts: ``alt.theme.enable("makiivka")``.
"""

from __future__ import annotations

import json
import re
from typing import Any

import altair as alt

from makiivka.charts.colour import DARK_BACKGROUND, dark_colour, text_colour
from makiivka.story.parties import PARTY_COLOURS
from makiivka.story.schema import Package, parties, roles

THEME_NAME = "makiivka"

#: The colours a story's parties take in party order when the descriptor gives none: the
#: same eight `makiivka new` writes, told apart with and without colour vision and readable
#: as text on white as they are (makiivka.story.parties.PARTY_COLOURS says how they were
#: chosen; tests/charts/test_palette.py measures them).
PALETTE = PARTY_COLOURS
#: Colours of the fixed roles where the descriptor gives none; ``unknown`` is a neutral grey.
ROLE_COLOURS = {"third_party": "#009E73", "media": "#CC79A7", "unknown": "#8C8C8C"}
#: Grey for "not stated" and secondary text: 5.1:1 contrast on white.
MUTED = "#6E6E6E"
INK = "#1A1A1A"
#: Subtitles and axis titles: 8.9:1 on white.
SUBTLE = "#4A4A4A"
#: Axis lines and ticks (3.1:1 on white, a mark a reader needs), and the grid (decoration).
RULE = "#949494"
GRID = "#E6E6E6"
#: What the chrome of a chart becomes on a dark page, where mirroring the lightness
#: (:func:`~makiivka.charts.colour.dark_colour`) is not what a reader expects.
DARK_CHROME = {
    "#FFFFFF": DARK_BACKGROUND,
    "WHITE": DARK_BACKGROUND,
    GRID: "#2E2E2E",
    RULE: "#7A7A7A",
}
FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
#: Opacity of the marks of rows proposed by ``makiivka ingest`` and not yet reviewed: faded,
#: yet 3:1 on the page (tests/charts/test_contrast.py); their text is never faded.
PROPOSED_OPACITY = 0.8
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
            "subtitleColor": SUBTLE,
            "subtitlePadding": 6,
            "offset": 14,
        },
        "axis": {
            "labelFont": FONT,
            "titleFont": FONT,
            "labelFontSize": 12,
            "titleFontSize": 12,
            "titleFontWeight": "normal",
            "titleColor": SUBTLE,
            "labelColor": INK,
            "gridColor": GRID,
            "domainColor": RULE,
            "tickColor": RULE,
        },
        "legend": {
            "labelFont": FONT,
            "titleFont": FONT,
            "labelFontSize": 12,
            "titleFontSize": 12,
            "labelColor": INK,
            "titleColor": SUBTLE,
            "orient": "top",
            "direction": "horizontal",
        },
        "header": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 13},
        "text": {"font": FONT, "fontSize": 12, "color": INK},
        # A screen reader gets the chart's description, not one "symbol mark" per point
        # (and no unlabelled mark group where a layer draws nothing).
        "mark": {"aria": False},
        "concat": {"spacing": 10},
    }


def apply_theme(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """Return a copy of *chart* that carries the house configuration in its spec."""
    styled = chart.copy(deep=False)
    styled.config = alt.Config.from_dict(house_config())
    return styled


#: A story's sides in order (its parties, then third_party, media, unknown): id → (label, colour).
Styles = dict[str, tuple[str, str]]


def side_styles(package: Package) -> Styles:
    """Return each side's label and colour from the descriptor, in the order charts list them.

    A colour the descriptor gives is kept as its hue; a party without one takes the
    first colour of :data:`PALETTE` no other side uses, in party order; a role without
    one takes :data:`ROLE_COLOURS`. Each is darkened as far as text in it needs to
    read at 4.5:1 on white (:func:`~makiivka.charts.colour.text_colour`): Okabe–Ito's
    orange and yellow are 2.3:1 and 1.3:1 as given.
    """
    sides = [*parties(package), *roles(package)]
    given = {s.id: s.colour for s in sides if s.colour}
    given.update({r.id: ROLE_COLOURS[r.id] for r in roles(package) if r.id not in given})
    free = iter(c for c in PALETTE if c not in given.values())
    styles = {}
    for side in sides:
        colour = given.get(side.id) or next(free, ROLE_COLOURS["unknown"])
        styles[side.id] = (side.label, text_colour(colour))
    return styles


def side_labels(styles: Styles) -> dict[str, str]:
    """Return id → label (a side missing from *styles* keeps its id as its label)."""
    return {side: label for side, (label, _) in styles.items()}


def side_scale(styles: Styles, sides: list[str] | None = None) -> alt.Scale:
    """Return the colour scale over side labels; a side keeps its colour in every chart."""
    keys = [s for s in styles if sides is None or s in sides]
    return alt.Scale(domain=[styles[s][0] for s in keys], range=[styles[s][1] for s in keys])


def dark_colours(spec: Any) -> dict[str, str]:
    """Return every colour in *spec* (a chart's JSON) mapped to its dark-page counterpart.

    Keys are the colours as the spec writes them, upper case; the page script swaps
    them when the reader's system is dark (``prefers-color-scheme: dark``).
    """
    found = sorted(set(re.findall(r'"(#[0-9A-Fa-f]{6}|white)"', json.dumps(spec))))
    return {c.upper(): DARK_CHROME.get(c.upper()) or dark_colour(c) for c in found}


def dark_spec(spec: Any, colours: dict[str, str] | None = None) -> Any:
    """Return a copy of *spec* with every colour swapped for its dark-page counterpart."""
    colours = colours if colours is not None else dark_colours(spec)
    if isinstance(spec, dict):
        return {k: dark_spec(v, colours) for k, v in spec.items()}
    if isinstance(spec, list):
        return [dark_spec(v, colours) for v in spec]
    if isinstance(spec, str):
        return colours.get(spec.upper(), spec)
    return spec


alt.theme.register(THEME_NAME, enable=False)(house_config)
