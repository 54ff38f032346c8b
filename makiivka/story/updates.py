"""A live page's last update, read from the source page an article's notes record.

A live blog's ``datePublished`` is its opening; its entries run to its ``dateModified`` (its
``article:modified_time`` or ``og:updated_time`` meta tag). Ingest dates the entries up to
that update (:mod:`makiivka.extract.entry_days`), so a statement of such a page may be dated
up to its last update, not only to a day after its opening (round 26's new user: a blog
opened on 10 November, updated on the 11th at 23:10, had its 11th's entries refused at the
desk). The stored source page is the record: its sha256 is checked, so the update read from
it is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from makiivka.story.checks import SOURCE_NOTE
from makiivka.story.table import Table

#: Where a saved page gives its last update: JSON-LD's "dateModified", or a meta tag.
_UPDATE = re.compile(
    r"""(?is)"dateModified"\s*:\s*"(?P<ld>[^"]{10,40})"|<meta\s[^>]*?(?:property|name)\s*=\s*"""
    r"""["'](?:article:modified_time|og:updated_time)["'][^>]*?content\s*=\s*["'](?P<meta>[^"']{10,40})"""
)
_PAGE = (".html", ".htm")


def page_update(blob: bytes) -> datetime | None:
    """Return a saved page's last update as an aware moment; None when it gives none.

    >>> page_update(b'{"datePublished":"2026-11-10T06:15:00-04:00",'
    ...             b'"dateModified":"2026-11-11T23:10:00-04:00"}').isoformat()
    '2026-11-11T23:10:00-04:00'
    >>> page_update(b'<meta property="article:modified_time" content="2026-11-11T03:10Z">').hour
    3
    >>> page_update(b'"dateModified": "2026-11-11"') is None  # a day, no moment: no bound
    True
    """
    text = blob.decode("utf-8", errors="replace")
    for found in _UPDATE.finditer(text):
        value = (found["ld"] or found["meta"]).strip()
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            continue
        if "T" in value and moment.tzinfo is not None:
            return moment
    return None


def page_updates(articles: Table, read: Callable[[str], bytes]) -> dict[str, datetime]:
    """Return each article's last update (by article_id) that its stored source page gives.

    *read* returns a file's bytes given its path relative to the data folder (raising
    ``OSError`` when it cannot: check_sources reports that).
    """
    out = {}
    frame = articles.frame
    for article_id, notes in zip(frame["article_id"], frame["notes"], strict=True):
        found = SOURCE_NOTE.match(notes)
        if found is None or not found["path"].lower().endswith(_PAGE):
            continue
        try:
            moment = page_update(read(found["path"]))
        except OSError:
            continue
        if moment is not None:
            out[article_id] = moment
    return out
