"""Read the text layer of a PDF (a report, a statement, a bulletin) as ingest and extract read it.

A PDF is known by its first bytes (``%PDF-``) or its name (``.pdf``), whatever it is called,
so ``makiivka ingest report.pdf`` never reads it as UTF-8 text. Its text is what pypdf
extracts, page by page, pages apart by a blank line, each line's trailing spaces dropped and
typographic ligatures ("ﬁ") written out, so a quote reads as the page does; wrapped lines are
then read as the rest of a text is (:mod:`makiivka.text.linebreaks`). The PDF is stored byte
for byte beside the text ingest derives from it, like a saved page. A PDF without a text
layer (a scan), or one pypdf cannot open, is refused, naming the file. pypdf is pure Python:
no system tool (poppler's ``pdftotext``) is used.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from makiivka.story.problems import DataError, Problem

PDF_SUFFIXES = (".pdf",)
MAGIC = b"%PDF-"
#: Typographic ligatures a PDF's fonts draw as one glyph, written out.
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)


@dataclass(frozen=True)
class PdfText:
    """A PDF's text (as ingest stores and quotes it) and the title its metadata gives."""

    text: str
    title: str = ""


def is_pdf(name: str, blob: bytes = b"") -> bool:
    """Tell whether a file is a PDF, by its first bytes or its name.

    >>> is_pdf("report", b"%PDF-1.7\\n"), is_pdf("Report.PDF"), is_pdf("a.txt", b"Toll")
    (True, True, False)
    """
    return name.lower().endswith(PDF_SUFFIXES) or blob[:1024].lstrip().startswith(MAGIC)


def read_pdf(blob: bytes, name: str) -> PdfText:
    """Return a PDF's text and title, or raise DataError naming *name*.

    pypdf (pure Python, in the lock) reads it: no system tool (poppler's ``pdftotext``) is
    needed; an environment without pypdf is told how to install it.
    """
    try:
        import pypdf  # only when a PDF is read
    except ImportError:
        raise DataError(
            [_problem(name, "pypdf installed to read a PDF: run `.venv/bin/pip install "
                      "--require-hashes -r requirements/lock.txt` (no system tool is needed)")]
        ) from None  # fmt: skip

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repairs are not the reader's news
    try:
        reader = pypdf.PdfReader(io.BytesIO(blob))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DataError([_problem(name, "a PDF that opens without a password")])
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except DataError:
        raise
    except Exception as error:  # pypdf raises many kinds for a broken file
        raise DataError([_problem(name, f"a PDF pypdf can read ({error})")]) from None
    text = "\n\n".join(_tidy(page) for page in pages if page.strip())
    if not text.strip():
        raise DataError(
            [_problem(name, "a PDF with a text layer (this one has none: a scan needs OCR first)")]
        )
    return PdfText(text + "\n", " ".join(title.split()))


def _tidy(page: str) -> str:
    """Return a page's text with ligatures written out and no trailing spaces or blank ends.

    >>> _tidy("  \\nThe ﬁrst 12 died.  \\n\\n")
    'The first 12 died.'
    """
    return _TRAILING.sub("", page.translate(_LIGATURES).replace("\r\n", "\n")).strip("\n ")


def _problem(name: str, expected: str) -> Problem:
    return Problem(name, 1, 1, "", "PDF", expected)
