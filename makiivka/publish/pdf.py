"""Rewrite a rendered PDF so that the same drawing always gives the same bytes.

vl-convert (svg2pdf) writes its objects in an order that changes from run to run,
and a PDF carries a document id and may carry dates. qpdf (through pikepdf)
renumbers the objects in the order it reaches them from the document root and
derives the id from the content; with every dictionary's keys sorted first,
the bytes are a function of the drawing alone. Font subset tags (the
``ABCDEF+`` prefix of a subset font's name) are set from the font program's
sha256, so they cannot differ between two renders of the same glyphs either.
Right-to-left text is drawn in reading order (:mod:`makiivka.publish.pdf_text`), so
the text layer reads an Arabic name as it is written.
"""

from __future__ import annotations

import hashlib
import io
import re
import string

from makiivka.publish.pdf_text import put_in_reading_order

#: A subset font's name: six capital letters, a plus sign, the font's own name (PDF 32000 9.6.4).
SUBSET_NAME = re.compile(r"^/([A-Z]{6})\+(.+)$")
#: Document information entries that hold dates; a rebuilt chart carries none.
DATE_KEYS = ("/CreationDate", "/ModDate")
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def subset_tag(program: bytes) -> str:
    """Return six capital letters drawn from the sha256 of a font program.

    >>> tag = subset_tag(b"glyphs")
    >>> len(tag), tag.isalpha() and tag.isupper(), tag == subset_tag(b"glyphs")
    (6, True, True)
    """
    digest = hashlib.sha256(program).digest()
    return "".join(string.ascii_uppercase[byte % 26] for byte in digest[:6])


def _fixed_names(pdf) -> dict[str, str]:
    """Map each subset font's name to the same name tagged from its font program's bytes."""
    import pikepdf

    names = {}
    for thing in pdf.objects:
        if not isinstance(thing, pikepdf.Dictionary) or "/FontName" not in thing:
            continue
        match = SUBSET_NAME.match(str(thing.FontName))
        program = next((thing[key] for key in FONT_FILES if key in thing), None)
        if match and program is not None:
            names[match.group(0)] = f"/{subset_tag(program.read_raw_bytes())}+{match.group(2)}"
    return names


def _rename_subsets(pdf) -> None:
    """Give every subset font, its descriptor and its Type0 parent the fixed name.

    A Type0 font's name may be the descendant's followed by ``-`` and the encoding.
    """
    import pikepdf

    names = _fixed_names(pdf)
    for thing in pdf.objects:
        if not isinstance(thing, pikepdf.Dictionary):
            continue
        for key in ("/BaseFont", "/FontName"):
            name = str(thing.get(key, ""))
            base = name if name in names else name.rsplit("-", 1)[0]
            if base in names and SUBSET_NAME.match(name):
                thing[key] = pikepdf.Name(names[base] + name[len(base) :])


def _sort_keys(pdf) -> None:
    """Put every dictionary's keys in sorted order; qpdf writes them in the order it holds them."""
    import pikepdf

    for thing in pdf.objects:
        if isinstance(thing, pikepdf.Dictionary | pikepdf.Stream):
            # qpdf writes a stream's /Length itself.
            entries = sorted((k, v) for k, v in thing.items() if k != "/Length")
            for key, _ in entries:
                del thing[key]
            for key, value in entries:
                thing[key] = value


def stable_pdf(blob: bytes) -> bytes:
    """Return the PDF *blob* with stable object order, subset names and id, and no dates.

    Raises ``pikepdf.PdfError`` if *blob* is not a PDF.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(blob)) as pdf:
        put_in_reading_order(pdf)
        _rename_subsets(pdf)
        _sort_keys(pdf)
        if "/ID" in pdf.trailer:  # qpdf keeps an existing first half; derive both from content
            del pdf.trailer["/ID"]
        if "/Info" in pdf.trailer:
            for key in DATE_KEYS:
                if key in pdf.docinfo:
                    del pdf.docinfo[key]
        out = io.BytesIO()
        # deterministic_id: the /ID is an MD5 of the written content, not of the clock.
        pdf.save(
            out,
            deterministic_id=True,
            linearize=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
    return out.getvalue()
