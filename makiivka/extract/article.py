"""Read an article and the --published date for extract and ingest, or say what is wrong.

Bad input raises :class:`makiivka.problems.DataError`, which the command line prints as
``path:line:column: value — expected …`` and turns into exit code 1.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from makiivka.extract.datelines import FILED_DAY, WIRE_HEAD
from makiivka.extract.own_date import is_date_line
from makiivka.extract.page import is_page, read_page
from makiivka.extract.pdf import is_pdf, read_pdf
from makiivka.story import paths
from makiivka.story.problems import DataError, Problem
from makiivka.story.records import decode_text
from makiivka.text.characters import number_problems
from makiivka.text.graphemes import shorten


def read_article(file: str) -> str:
    """Read an article as UTF-8 text, or raise DataError saying what is wrong with the file.

    A saved page (``.html``, ``.htm``, ``.mhtml``, ``.mht``) gives the article text that
    :func:`makiivka.extract.page.read_page` derives, the text ``ingest`` stores and quotes; a
    PDF (by its bytes or name) the text :func:`makiivka.extract.pdf.read_pdf` reads.
    """
    path = Path(file)
    shown = paths.display(path)
    try:
        if path.exists() and not path.is_file():  # a device or pipe would be read without end
            raise OSError(0, "not a regular file")
        blob = path.read_bytes()
    except FileNotFoundError:
        raise DataError([Problem(shown, 1, 1, "", file, "an existing article file")]) from None
    except OSError as error:
        raise DataError(
            [Problem(shown, 1, 1, "", file, f"a readable file ({error.strerror})")]
        ) from None
    if is_page(path.name):  # a saved page is read as ingest reads it: its article, no menus
        text = read_page(blob, shown).text
        problems = text_problems(text, shown)
    elif is_pdf(path.name, blob):  # a PDF's text layer, as ingest reads it
        text = read_pdf(blob, shown).text
        problems = text_problems(text, shown)
    else:
        text, problems = article_text(blob, shown)
    if problems:
        raise DataError(problems)
    return text


#: The longest title a text's first line gives (characters as a reader sees them).
TITLE_MAX = 120
#: A wire's dateline opening a line: "KATHMANDU, July 17 (AFP) - ", "CAIRO (Reuters) — ".
_WIRE_DATELINE = re.compile(rf"\A{WIRE_HEAD}(?:{FILED_DAY})?")  # its filing day too


def default_title(text: str) -> str:
    """Return a text's title when nothing names one: its first line that is not only a date.

    A statement or a blog may open with its date ("Tuesday, 16 March 2027") above the
    headline: the date dates it (:func:`makiivka.extract.own_date.own_date`), the headline
    names it. A text of dates only keeps its first line.

    >>> default_title("Tuesday, 16 March 2027\\n\\nHow the toll grew\\n\\nBy Carla Ruiz")
    'How the toll grew'
    >>> default_title("\\n Dam toll rises \\n16 March 2027"), default_title("16 March 2027")
    ('Dam toll rises', '16 March 2027')
    >>> default_title("KATHMANDU, July 17 (AFP) - Nepal's government on Friday revised the toll.")
    "Nepal's government on Friday revised the toll."
    >>> default_title("QUITO, Ecuador (AP) — Monday, March 16, 2026 — Families gathered.")
    'Families gathered.'
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next((line for line in lines if not is_date_line(line)), lines[0] if lines else "")
    # A wire story with no headline opens on its lede: the dateline is left out, and the
    # title cut at a word as a post's is (round 20's new user).
    return shorten(_WIRE_DATELINE.sub("", first, count=1), TITLE_MAX)


def article_text(blob: bytes, shown: str) -> tuple[str, list[Problem]]:
    """Return an article's bytes as text, or every reason it cannot be read as one.

    UTF-8 without NUL (UTF-16 is named as such; CR LF and a lone CR are left for
    :mod:`makiivka.text.linebreaks`), every number readable as one number
    (:func:`text_problems`).
    """
    text, problems = decode_text(blob, shown, json_file=True)  # CRs allowed, as in JSON
    if problems:
        return "", problems
    problems = text_problems(text, shown)
    return ("", problems) if problems else (text, [])


def text_problems(text: str, shown: str) -> list[Problem]:
    """Return a problem for each NUL and each number *text* cannot be read as one number.

    The rule is :mod:`makiivka.text.characters`'s: digits of two scripts in one number, a
    combining mark on a digit, a figure beyond ``MAX_FIGURE`` are refused, never misread.
    """
    nul = [(m.start(), "\\x00", "text without NUL characters") for m in re.finditer("\x00", text)]
    problems = []
    for at, written, expected in sorted(nul + number_problems(text)):
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        problems.append(Problem(shown, line, column, "", written, expected))
    return problems


#: --published: a day, or a minute with its offset (a live blog's time of posting).
_PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2}))?")


def parse_published(value: str | None) -> str | None:
    """Return --published as ingest registers it, or raise DataError for anything else.

    A date ``YYYY-MM-DD``, or a time to the minute with its offset (``Z`` written ``+00:00``):
    a time without a zone would be a guess.

    >>> parse_published("2027-03-16"), parse_published("2027-03-16T21:30-05:00")
    ('2027-03-16', '2027-03-16T21:30-05:00')
    >>> parse_published("2027-03-16T02:30Z")
    '2027-03-16T02:30+00:00'
    """
    if value is None:
        return None
    try:
        if not _PUBLISHED.fullmatch(value):
            raise ValueError
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise DataError(
            [Problem("--published", 1, 1, "published", value, PUBLISHED_EXPECTED)]
        ) from None
    return moment.date().isoformat() if len(value) == 10 else value.replace("Z", "+00:00")


PUBLISHED_EXPECTED = (
    "a date YYYY-MM-DD, e.g. 2023-01-04, or a time with its offset, e.g. 2023-01-04T21:30-05:00"
)
