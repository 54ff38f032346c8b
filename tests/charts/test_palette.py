"""Up to eight parties keep colours a reader tells apart, with or without colour vision.

A new user's five-party story drew black and two blues nobody could tell apart (sky
blue, darkened for text contrast, is Okabe–Ito's blue again). The palette is checked
as a reader sees it: each party colour as drawn (light page and dark page) against every
other, the role colours, the ink and the "unknown" grey, under full colour vision and
simulated protanopia, deuteranopia and tritanopia (tests/charts/colour_vision.py).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from makiivka.charts import theme
from makiivka.charts.colour import LIGHT_BACKGROUND, contrast, dark_colour, text_colour
from makiivka.story import load
from makiivka.story.parties import PARTY_COLOURS
from tests.charts.colour_vision import VISIONS, difference

DAM = Path(__file__).parents[1] / "fixtures" / "dam" / "data"
#: Colours every chart may draw beside the parties': third party, media, unknown, ink.
OTHERS = (*(text_colour(c) for c in theme.ROLE_COLOURS.values()), theme.INK)


def least_difference(colours: list[str], page: str) -> float:
    """Return the smallest CIEDE2000 difference of any two of *colours* (with the others)
    on the *page* ('light' or 'dark'), under any of the four visions."""
    colours = [text_colour(c) for c in colours]  # as drawn: darkened to 4.5:1 where needed
    drawn = (
        [*colours, *OTHERS] if page == "light" else [dark_colour(c) for c in (*colours, *OTHERS)]
    )
    parties = drawn[: len(colours)]
    pairs = [
        *itertools.combinations(parties, 2),
        *((p, o) for p in parties for o in drawn[len(colours) :]),
    ]
    return min(difference(a, b, v) for a, b in pairs for v in VISIONS)


@pytest.mark.parametrize("count", range(3, 9))  # the first two are unchanged
def test_the_first_parties_stay_apart_in_every_kind_of_colour_vision(count):
    # Before: five parties met at 2.6 (Okabe–Ito orange and vermillion, both darkened for
    # text, under deuteranopia) and 3.9 (the two blues, full colour vision).
    colours = list(theme.PALETTE[:count])
    assert min(least_difference(colours, page) for page in ("light", "dark")) >= 6.5


def test_the_palette_is_drawn_as_written_with_text_contrast():
    assert len(theme.PALETTE) == len(set(theme.PALETTE)) == 8
    assert theme.PALETTE == PARTY_COLOURS  # `makiivka new` writes what the charts assign
    for colour in theme.PALETTE:
        assert contrast(colour, LIGHT_BACKGROUND) >= 4.5
        assert text_colour(colour) == colour  # never darkened into another party's colour


def test_five_parties_without_colours_take_the_palette_in_party_order():
    package = load.read_dataset(DAM).package
    descriptor = json.loads(json.dumps(package.descriptor))
    for party in descriptor["parties"]:
        party.pop("colour", None)
    bare = type(package)(package.resources, package.conventions, package.event, descriptor)
    styles = theme.side_styles(bare)
    assert [styles[p][1] for p in ("government", "region", "un", "redcrescent", "city")] == [
        "#C35600", "#0072B2", "#765100", "#332288", "#E71360"
    ]  # fmt: skip


def test_a_new_story_writes_the_palette_in_party_order(tmp_path):
    from makiivka.cli import main

    parties = [f"--party=p{i}=Party {i}" for i in range(8)]
    code = main(["new", str(tmp_path / "s"), "--title", "T", "--event", "E", "--occurred-at",
                 "2023-05-02T04:30+03:00", "--timezone", "UTC", *parties])  # fmt: skip
    assert code == 0
    written = json.loads((tmp_path / "s" / "data" / "datapackage.json").read_text("utf-8"))
    assert [p["colour"] for p in written["parties"]] == [
        "#C35600", "#0072B2", "#765100", "#332288", "#E71360", "#376331", "#79486C", "#682A5E"
    ]  # fmt: skip
