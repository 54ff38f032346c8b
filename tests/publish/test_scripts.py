"""Claimants named in Arabic and Chinese are drawn, not boxes, and read back from the PDF.

The glyph-less rendering is what vl-convert's bundled fonts alone draw (every
chart before the script fonts): a box per character, the same box for every
character, so two different names of one length look the same.
"""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys

import pypdf
import pytest

from makiivka.publish import export
from makiivka.publish.fonts import BUNDLED_FONTS_ONLY, bundled_vl_convert
from makiivka.story import load

ARABIC = "وزارة الصحة"
ARABIC_OTHER = "منظمة الصحة"  # as many letters and spaces: the same boxes without glyphs
CJK = "乌克兰武装部队"
CJK_OTHER = "国防部新闻处长"

GLYPHLESS = """
import json, os, sys
import vl_convert as vlc
for spec in json.load(sys.stdin):
    sys.stdout.write(vlc.vegalite_to_png(spec, scale=1).hex() + "\\n")
"""


def label(text: str) -> dict:
    """A spec drawing *text* alone in the charts' font."""
    return {
        "data": {"values": [{"t": text}]},
        "mark": {"type": "text", "font": "Liberation Sans", "fontSize": 20},
        "encoding": {"text": {"field": "t"}},
        "width": 240,
        "height": 30,
    }


def glyphless(specs: list[dict]) -> list[bytes]:
    """Render *specs* with vl-convert's bundled fonts only, in a process of its own."""
    result = subprocess.run(
        [sys.executable, "-c", GLYPHLESS],
        input=json.dumps(specs),
        env={"FONTCONFIG_FILE": str(BUNDLED_FONTS_ONLY), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return [bytes.fromhex(line) for line in result.stdout.split()]


@pytest.fixture(scope="module")
def named() -> load.Dataset:
    """The shipped ledger with the Ministry named in Arabic and Ukraine's forces in Chinese."""
    real = load.read_dataset()
    claims = real.claims.copy()
    claims.loc[claims["claimant"] == "russia_mod", "claimant_name"] = ARABIC
    claims.loc[claims["claimant"] == "ukraine_military", "claimant_name"] = CJK
    return dataclasses.replace(real, claims=claims)


@pytest.fixture(scope="module")
def boxes(named) -> dict[str, bytes]:
    """The glyph-less renderings (one process): each name's label, and the claims chart."""
    names = [ARABIC, ARABIC_OTHER, CJK, CJK_OTHER]
    chart = export.chart_specs(named, ["claims"])["claims"]
    drawn = glyphless([*map(label, names), chart])
    return {**dict(zip(names, drawn[:4], strict=True)), "claims": drawn[4]}


@pytest.mark.parametrize(("name", "other"), [(ARABIC, ARABIC_OTHER), (CJK, CJK_OTHER)])
def test_a_name_is_drawn_in_its_own_letters(name, other, boxes):
    vlc = bundled_vl_convert()
    drawn = [vlc.vegalite_to_png(label(text), scale=1) for text in (name, other)]
    boxes = [boxes[name], boxes[other]]
    assert boxes[0] == boxes[1]  # without glyphs, both names are the same row of boxes
    assert drawn[0] != drawn[1]
    assert drawn[0] != boxes[0] and drawn[1] != boxes[1]


def test_arabic_letters_are_joined():
    vlc = bundled_vl_convert()
    joined = vlc.vegalite_to_png(label("عرب"), scale=1)
    apart = vlc.vegalite_to_png(label("ع\u200cر\u200cب"), scale=1)  # ZWNJ: no joining
    assert joined != apart


@pytest.mark.parametrize("slug", ["claims", "revision"])
def test_the_pdf_text_layer_reads_the_names_as_written(named, slug):
    pdf = export.chart_files(named, [slug], ["pdf"])[f"{slug}.pdf"]
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert ARABIC in text and CJK in text
    assert ARABIC[::-1] not in text  # reading order, not drawing order


def test_the_chart_png_differs_from_the_glyphless_one(named, boxes):
    spec = export.chart_specs(named, ["claims"])["claims"]
    assert bundled_vl_convert().vegalite_to_png(spec, scale=1) != boxes["claims"]
