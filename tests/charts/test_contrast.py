"""Every colour a reader must see has its contrast computed: 4.5:1 for text, 3:1 for marks.

WCAG 2.2 success criteria 1.4.3 (text) and 1.4.11 (graphical objects), on the light
page and on the dark one (``prefers-color-scheme: dark``): the charts' colours of
three stories, the page and report colours, and the tooltip's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from makiivka import charts
from makiivka.charts.colour import (
    DARK_BACKGROUND,
    LIGHT_BACKGROUND,
    blend,
    contrast,
    dark_colour,
)
from makiivka.charts.theme import (
    DARK_CHROME,
    GRID,
    PROPOSED_OPACITY,
    RULE,
    dark_colours,
    side_styles,
)
from makiivka.publish.page_style import PAGE_COLOURS
from makiivka.story import load

FIXTURES = Path(__file__).parents[1] / "fixtures"
STORIES = {
    "shipped": None,
    "tarsk": FIXTURES / "second-story" / "data",
    "flood": FIXTURES / "flood" / "data",
}
#: The grid is decoration (a reader needs none of it); axis lines are marks.
DECORATION = {GRID, DARK_CHROME[GRID]}


@pytest.fixture(scope="module", params=list(STORIES))
def story(request) -> load.Dataset:
    return load.read_dataset(STORIES[request.param])


def colours_in(spec: dict) -> set[str]:
    return {c.upper() for c in re.findall(r'"(#[0-9A-Fa-f]{6})"', json.dumps(spec))}


@pytest.mark.parametrize("slug", list(charts.CHARTS))
@pytest.mark.parametrize("width", [None])
def test_every_chart_colour_reads_on_light_and_dark(story, slug, width):
    spec = charts.CHARTS[slug](story, width=width).to_dict()
    used = colours_in(spec) - DECORATION
    assert used
    for colour in used:
        need = 3.0 if colour == RULE else 4.5  # axis lines are marks; all else may be text
        assert contrast(colour, LIGHT_BACKGROUND) >= need, (slug, colour)
    for light, dark in dark_colours(spec).items():
        if light in DECORATION or dark == DARK_BACKGROUND:
            continue
        need = 3.0 if light == RULE else 4.5
        assert contrast(dark, DARK_BACKGROUND) >= need, (slug, light, dark)


def test_proposed_marks_keep_3_to_1_when_faded(story):
    for _, colour in side_styles(story.package).values():
        faded = blend(colour, PROPOSED_OPACITY, LIGHT_BACKGROUND)
        assert contrast(faded, LIGHT_BACKGROUND) >= 3.0, colour
        night = blend(dark_colour(colour), PROPOSED_OPACITY, DARK_BACKGROUND)
        assert contrast(night, DARK_BACKGROUND) >= 3.0, colour


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("role", ["ink", "link", "key"])
def test_page_report_and_tooltip_text_reads(scheme, role):
    colours = PAGE_COLOURS[scheme]
    for background in ("paper", "tip"):
        assert contrast(colours[role], colours[background]) >= 4.5, (scheme, role, background)


@pytest.mark.parametrize(
    ("colour", "ratio"),
    [("#000000", 21.0), ("#FFFFFF", 1.0), ("#767676", 4.54), ("#777777", 4.48)],
)
def test_contrast_is_wcag_s(colour, ratio):
    # WCAG's own examples: #767676 is the lightest grey with 4.5:1 on white.
    assert round(contrast(colour, "#FFFFFF"), 2) == ratio
