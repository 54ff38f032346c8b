"""An article's id: the outlet, the day and the first words of its title (``slug``).

Two texts of one ingest (a folder of wires) may share all three: an agency reuses a headline
for the next update the same day. :func:`unique_id` gives the later one the next free suffix
(``-2``, ``-3``, … in the order ingested, so the same files give the same ids); a text whose
id the story already holds for another text is refused instead (its own ``--id`` or another
title names it), so an article already there never changes what a later one is called.

Written by hand: a slug of a title's first Latin words is a few lines; a library would add
transliteration we do not want (a title without Latin letters gets a hash, not a guess).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable

from makiivka.extract.datelines import FILED_DAY
from makiivka.story import files
from makiivka.story.problems import DataError, Problem
from makiivka.story.store import Change

SLUG_WORDS = 6
#: An article id as the register's schema writes it (``articles.csv``: ``article_id``).
ARTICLE_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_SLUG = re.compile(r"[a-z0-9]+")


#: A wire copy's dateline opening its first line: "RAYONG, Thailand, Dec 2 (Reuters) - ".
_DATELINE = re.compile(
    r"\A[A-Z][^\n()]{0,60}?\s\([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\)\s*[-–—:]+\s*"
    rf"(?:{FILED_DAY})?"  # and its filing day: "QUITO, Ecuador (AP) — Monday, March 16, 2026 — …"
)


def slug(title: str) -> str:
    """Return the first words of a title as a file-name slug.

    A title without Latin letters or digits gets ``article-`` and the start of its
    sha256, so two such titles on one day get different names.

    >>> slug("Russia blames its soldiers’ cellphone use for missile strike that killed dozens")
    'russia-blames-its-soldiers-cellphone-use'
    >>> slug("Pacífico Noticias: live")
    'pacifico-noticias-live'
    >>> slug("Удар по Макеевке")
    'article-81a6f74c'
    >>> slug("RAYONG, Thailand, Dec 2 (Reuters) - The death toll rose to 17 on Tuesday")
    'the-death-toll-rose-to-17'
    """
    title = _DATELINE.sub("", title, count=1) or title  # a wire's first line: its own words
    # "Pacífico Noticias" -> "pacifico-noticias" (round 21's new user): a Latin letter keeps
    # its base letter when its accent is dropped; other scripts keep none and get the hash
    plain = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c))
    words = [w for w in _SLUG.findall(plain.lower().replace("’", "").replace("'", ""))]
    if words:
        return "-".join(words[:SLUG_WORDS])
    return "article-" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:8]


def unique_id(stem: str, holder: Callable[[str], str], fixed: bool = False) -> tuple[str, str]:
    """Return a new article's id and "", or *stem* and who holds it when it cannot have it.

    *holder* tells who holds an id for another text: ``"story"`` (an article committed
    before this ingest, or a file there), ``"batch"`` (another text of this same ingest) or
    "" (free). An id held within the batch gets the first free suffix ``-2``, ``-3``, …; one
    the story holds, or a *fixed* id (given with ``--id``, a post's), is never changed.

    >>> held = {"afp-2027-03-17-toll": "batch", "afp-2027-03-17-toll-2": "batch"}
    >>> unique_id("afp-2027-03-17-toll", lambda i: held.get(i, ""))
    ('afp-2027-03-17-toll-3', '')
    >>> unique_id("afp-2027-03-17-toll", lambda i: "story")
    ('afp-2027-03-17-toll', 'story')
    >>> unique_id("afp-2027-03-17-toll", lambda i: held.get(i, ""), fixed=True)
    ('afp-2027-03-17-toll', 'batch')
    """
    who = holder(stem)
    if not who or fixed or who == "story":
        return stem, who
    number = 2
    while holder(f"{stem}-{number}"):
        number += 1
    return f"{stem}-{number}", ""


def checked_id(value: str | None) -> str:
    """Return an article id given with ``--id`` ("" when none).

    Raises :class:`DataError` for one the register cannot hold (``[a-z0-9][a-z0-9._-]*``).
    """
    value = (value or "").strip()
    if value and not ARTICLE_ID.fullmatch(value):
        raise DataError(
            [Problem("--id", 1, 1, "article_id", value,
                     "an article id of lower-case letters, digits, '.', '_' and '-', opening on "
                     "a letter or digit (e.g. afp-2027-03-17-update-2)")]
        )  # fmt: skip
    return value


def held_by(change: Change, articles: list[dict[str, str]], text: str) -> Callable:
    """Return who holds an article id for another text: "story", "batch" (this change) or "".

    An id is the story's when its ``articles.csv`` row or its text file was there before this
    change; the batch's when only this change (a folder's earlier file) staged it.
    """
    data, wanted = change.data, text.encode("utf-8")
    register = files.read_bytes(data / "articles.csv").decode("utf-8")
    committed = {row["article_id"] for row in csv.DictReader(io.StringIO(register))}
    staged = {row["article_id"] for row in articles}

    def holder(candidate: str) -> str:
        path = f"articles/{candidate}.txt"
        on_disk = (data / path).exists() and files.read_bytes(data / path) != wanted
        if candidate in committed or on_disk:
            return "story"
        if candidate in staged or change.files.get(path, wanted) != wanted:
            return "batch"
        return ""

    return holder
