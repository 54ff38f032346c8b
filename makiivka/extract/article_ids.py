"""An article's id: the outlet, the day and the first words of its title (``slug``).

Written by hand: a slug of a title's first Latin words is a few lines; a library would add
transliteration we do not want (a title without Latin letters gets a hash, not a guess).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from makiivka.extract.datelines import FILED_DAY

SLUG_WORDS = 6
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
