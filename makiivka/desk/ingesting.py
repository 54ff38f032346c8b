"""The desk's one call into ingest: an uploaded or pasted article joins the story.

Today's :func:`makiivka.extract.ingest.ingest` reads the article from a path, as
``makiivka ingest FILE`` does; the ``ingest`` branch is exposing one library function that
takes the text. Until it lands, :func:`ingest_article` hands today's function the text in a
private temporary folder outside the story (removed at once), so the desk goes through
exactly the command's code: its checks, its extraction, its one commit through
``story.store``. At the merge, only this function changes.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from dataclasses import replace
from pathlib import Path

from makiivka.extract.ingest import ingest
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
    if not title.strip():
        raise DataError([Problem("article", 1, 1, "title", "", "the headline as published")])
    shown = _SAFE_NAME.sub("-", Path(name).name).strip(".-") or "article.txt"
    with tempfile.TemporaryDirectory(prefix="makiivka-desk-") as folder:
        path = Path(folder) / shown
        path.write_bytes(blob)
        args = argparse.Namespace(
            file=str(path), outlet=outlet, title=title.strip(), url=url.strip(),
            published=published, language=language or "en", quiet=True, data=data,
        )  # fmt: skip
        try:
            plan, article_id = ingest(Path(data), args)
        except DataError as error:  # name the upload, not the temporary copy
            raise DataError(
                [replace(p, path=shown) if folder in p.path else p for p in error.problems]
            ) from None
    return article_id, None if plan is None else len(plan.claim_rows)
