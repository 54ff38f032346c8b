"""The extractor's evidence for a stored row: re-run it on the article and match the figure.

The ledger keeps no evidence columns; the extractor is deterministic, so running it again on
the stored text (with the story's register and the article's outlet and date) gives the
reasons it had: who it heard, how sure it is (``attribution`` and ``confidence``, interface 1
of the brief, read with ``getattr`` until the speaker model lands), the name as written.
Results are kept per article text and register (claimants and descriptor), so a page shows at
once after the first. A row's date basis is evidence too: :func:`early_date_cause` reads from
it what put a row's date before the event (a live blog's stamp, the publication date).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from makiivka.extract.figures import extract_figures
from makiivka.extract.records import Figure
from makiivka.extract.speakers import load_register
from makiivka.story import files, paths

#: Articles whose figures are kept in memory (each a few kilobytes).
CACHE_SIZE = 64


@dataclass(frozen=True)
class Evidence:
    """Why the extractor proposed a figure: its claimant and side, the reason, the confidence.

    ``confidence`` is None while the extractor gives none; ``exact`` says whether the figure
    was found at the row's own position (False: the nearest reading of the same words).
    """

    claimant: str
    claimant_name: str
    side: str
    attribution: str
    confidence: float | None
    voice: str
    relayed_by: str
    exact: bool


_cache: OrderedDict[tuple[str, str, str, str], list[Figure]] = OrderedDict()
_lock = threading.Lock()


def figures_of(data: Path, text: str, published: str, outlet: str) -> list[Figure]:
    """Return the extractor's figures of an article (cached by text, register and outlet).

    The register is the claimants and the descriptor (its metrics, parties and cue words,
    which ``makiivka metric`` and ``makiivka party`` change while the desk runs): a change
    to either reads the article again.
    """
    register_bytes = files.read_bytes(Path(data) / "claimants.csv")
    register_bytes += b"\0" + files.read_bytes(Path(data) / paths.DESCRIPTOR_NAME)
    key = (
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
        hashlib.sha256(register_bytes).hexdigest(),
        published[:10],
        outlet,
    )
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    found = extract_figures(text, published[:10] or None, load_register(data), outlet=outlet)
    with _lock:
        _cache[key] = found
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def match(figures: list[Figure], start: int, end: int) -> Evidence | None:
    """Return the evidence of the figure at text[start:end], or of one overlapping it."""
    exact = [f for f in figures if f.start == start and f.end == end]
    near = exact or [f for f in figures if f.start < end and start < f.end]
    if not near:
        return None
    f = near[0]
    confidence = getattr(f, "confidence", None)
    return Evidence(
        claimant=f.claimant,
        claimant_name=f.claimant_name,
        side=f.side,
        attribution=str(getattr(f, "attribution", "") or ""),
        confidence=None if confidence is None else float(confidence),
        voice=f.voice,
        relayed_by=f.relayed_by,
        exact=bool(exact),
    )


#: The time stamp a row's basis says dated it: "… the entry's time stamp '23:10' …".
_STAMP = re.compile(r"the entry's time stamp '([^']+)'")


def early_date_cause(stated_at: str, basis: str) -> str:
    """Return what most likely put a row's date before the event, from its basis: a live
    blog's stamp read on the page's day, the article's publication date, else a date the
    sentence gave (which may be the event's own).

    >>> early_date_cause("2026-09-13T23:10+01:00", "inferred: the entry's time stamp '23:10' …")
    "its live blog entry's time stamp '23:10' was read on 2026-09-13: check the page's date"
    """
    stamp = _STAMP.search(basis)
    if stamp:
        return (
            f"its live blog entry's time stamp '{stamp[1]}' was read on {stated_at[:10]}: "
            "check the page's date"
        )
    if basis.startswith("publication date"):
        return "the text gives no date: this is the article's publication date; check it"
    return "the date may be the event's"
