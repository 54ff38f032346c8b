"""The desk's one call into ingest: an uploaded or pasted article joins the story.

:func:`ingest_article` hands the bytes to :func:`makiivka.extract.ingest.ingest_article`,
the library function ``makiivka ingest`` calls too: its checks, its extraction (a saved
page's text derived from it), its one commit through ``story.store``.
"""

from __future__ import annotations

import re
from pathlib import Path

from makiivka.extract import ingest
from makiivka.extract.page import is_page
from makiivka.story.problems import DataError, Problem

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def ingest_article(
    data: Path, blob: bytes, *, name: str, outlet: str, title: str, published: str,
    url: str = "", language: str = "en",
) -> tuple[str, int | None]:  # fmt: skip
    """Ingest an article's bytes; return its article id and the number of proposed rows.

    The count is None when the same text was ingested before (nothing changes). Raises
    :class:`DataError` as ``makiivka ingest`` does, naming the form's fields.
    """
    if not blob.strip():
        raise DataError([Problem("article", 1, 1, "text", "", "the text (upload or paste it)")])
    shown = _SAFE_NAME.sub("-", Path(name).name).strip(".-") or "article.txt"
    # A saved page names its own title, date and address (Open Graph, JSON-LD, <time>); the
    # form's fields override them. A plain text's title is, as for `makiivka ingest`, its
    # first line that is not only a date; its date the form's.
    if not is_page(shown) and not published.strip():
        raise DataError([Problem("article", 1, 1, "published", "", "the publication date")])
    done = ingest.ingest_article(
        Path(data), blob, name=shown, outlet=outlet, title=title.strip(),
        published=published.strip(), url=url.strip(), language=language or "en",
        typed_where="in the review desk",
    )  # fmt: skip
    return done.article_id, len(done.claim_ids) if done.added else None
