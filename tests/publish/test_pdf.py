"""Exported PDFs: the same chart gives the same bytes, and the PDF still reads as the chart."""

from __future__ import annotations

import io
import re

import pikepdf
import pypdf
import pytest
import vl_convert as vlc

from makiivka.publish import export
from makiivka.publish.display import chart_title
from makiivka.publish.pdf import stable_pdf
from makiivka.story import load

CHARTS = ("claims", "gap", "revision", "outlets")


@pytest.fixture(scope="module")
def specs() -> dict[str, dict]:
    return export.chart_specs(load.read_dataset())


def pdf_text(blob: bytes) -> str:
    """Return the text of every page, whitespace collapsed."""
    pages = pypdf.PdfReader(io.BytesIO(blob)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def test_vl_convert_alone_is_not_deterministic(specs):
    # Why stable_pdf exists: two raw renders of one drawing differ (object order).
    svg = vlc.vegalite_to_svg(specs["gap"])
    assert len({vlc.svg_to_pdf(svg) for _ in range(4)}) > 1


@pytest.mark.parametrize("slug", CHARTS)
def test_two_renders_give_identical_bytes(specs, slug):
    first = export.render_charts({slug: specs[slug]}, ["pdf"])[f"{slug}.pdf"]
    second = export.render_charts({slug: specs[slug]}, ["pdf"])[f"{slug}.pdf"]
    assert first == second
    assert export.render(specs[slug], "pdf") == first  # from the spec or from its SVG


@pytest.mark.parametrize("slug", CHARTS)
def test_the_pdf_opens_and_holds_the_charts_text(specs, slug):
    raw = vlc.svg_to_pdf(vlc.vegalite_to_svg(specs[slug]))
    stable = export.render(specs[slug], "pdf")
    with pikepdf.open(io.BytesIO(stable)) as pdf:
        assert len(pdf.pages) == 1
        assert "/CreationDate" not in pdf.docinfo and "/ModDate" not in pdf.docinfo
        assert pdf.trailer.ID[0] == pdf.trailer.ID[1]
    text = pdf_text(stable)
    assert text == pdf_text(raw)
    title_words = chart_title(specs[slug]).split()
    assert len(title_words) >= 3
    assert " ".join(title_words[:3]) in text


def retag(blob: bytes, tag: str) -> bytes:
    """Return *blob* with every font subset tag replaced by *tag*, as another renderer run might."""
    with pikepdf.open(io.BytesIO(blob)) as pdf:
        for thing in pdf.objects:
            if isinstance(thing, pikepdf.Dictionary):
                for key in ("/BaseFont", "/FontName"):
                    if key in thing and "+" in str(thing[key]):
                        name = str(thing[key]).split("+", 1)[1]
                        thing[key] = pikepdf.Name(f"/{tag}+{name}")
        out = io.BytesIO()
        pdf.save(out, compress_streams=False)  # leave the streams as vl-convert wrote them
    return out.getvalue()


def test_subset_names_come_from_the_font_not_the_run(specs):
    raw = vlc.svg_to_pdf(vlc.vegalite_to_svg(specs["gap"]))
    assert stable_pdf(retag(raw, "AAAAAA")) == stable_pdf(retag(raw, "QWERTY")) == stable_pdf(raw)
    with pikepdf.open(io.BytesIO(stable_pdf(retag(raw, "AAAAAA")))) as pdf:
        names = {str(pdf.pages[0].Resources.Font[k].BaseFont) for k in pdf.pages[0].Resources.Font}
    assert len(names) == 3  # bold, regular, italic: one tag each, none of them the forged one
    assert not any(name.startswith("/AAAAAA+") for name in names)


def test_a_pdf_with_dates_loses_them():
    made = pikepdf.new()
    made.add_blank_page()
    made.docinfo["/CreationDate"] = "D:20240101120000Z"
    made.docinfo["/ModDate"] = "D:20250101120000Z"
    made.docinfo["/Title"] = "kept"
    out = io.BytesIO()
    made.save(out)
    with pikepdf.open(io.BytesIO(stable_pdf(out.getvalue()))) as pdf:
        assert dict(pdf.docinfo) == {"/Title": pikepdf.String("kept")}


def test_not_a_pdf_is_an_error():
    with pytest.raises(pikepdf.PdfError):
        stable_pdf(b"<svg/>")
