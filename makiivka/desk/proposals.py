"""A new row from text an editor selects in the article: the extractor reads the selection.

The figure is what the extractor finds inside the selection (run on the whole article first,
so it keeps the article's speakers and dates; then on the selection alone, which finds a
figure the whole-text pass ruled out), else the first quantity :func:`parse_quantity` reads
there. The row is proposed: the editor checks it like any other.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from makiivka.desk.evidence import figures_of
from makiivka.extract.figures import extract_figures
from makiivka.extract.local_times import story_zone
from makiivka.extract.proposals import UNDATED, propose_rows, sentence_quote
from makiivka.extract.records import Figure
from makiivka.extract.speakers import load_register
from makiivka.story.problems import DataError, Problem
from makiivka.text.quantities import find_quantities

NOTE = "added at the desk from selected text"
#: A selection shorter than this (in words) is only the figure: the row quotes its sentence.
QUOTE_WORDS = 4


def propose(
    data: Path, article: dict[str, str], text: str, start: int, end: int,
    taken: set[tuple[int, int]], claimants: set[str], event_scope: str,
) -> dict[str, str]:  # fmt: skip
    """Return a proposed ledger row (no claim_id) for the figure selected at text[start:end].

    *taken* holds the (start, end) of figures that already have a row; *claimants* the
    register's ids. Raises :class:`DataError` when the selection holds no new figure.
    """
    if not (0 <= start < end <= len(text)):
        raise DataError([_problem(f"{start}-{end}", "a selection inside the article")])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    selection = text[start:end]
    figure = _find(data, article, text, start, end, taken)
    if figure is None:
        raise DataError([_problem(selection[:80], "a selection holding a figure without a row")])
    if any(isinstance(v, float) for v in (figure.value, figure.value_low, figure.value_high)):
        raise DataError([_problem(figure.quote, "a whole number (the ledger counts whole ones)")])
    if len(selection.split()) >= QUOTE_WORDS and "\n" not in selection:
        quote = selection
        occurrence = _occurrence(text, quote, start)
    else:
        quote, occurrence = sentence_quote(text, figure)
    claimant = figure.claimant if figure.claimant in claimants else article["outlet"]
    stated, basis = _dated(data, article, text, figure)
    return {
        "article_id": article["article_id"], "quote": quote, "occurrence": occurrence,
        "figure": figure.quote, "claimant": claimant, "relayed_by": "",
        "metric": figure.metric or "other", "scope": figure.scope or event_scope,
        "value": _cell(figure.value), "value_low": _cell(figure.value_low),
        "value_high": _cell(figure.value_high), "qualifier": figure.qualifier,
        "unit": figure.unit or "people",
        "stated_at": stated, "stated_at_basis": basis,
        "supersedes": "", "status": "proposed", "notes": NOTE,
    }  # fmt: skip


def _dated(data: Path, article: dict[str, str], text: str, figure: Figure) -> tuple[str, str]:
    """Return the stated_at and basis ingest would give the figure (a zone-less time, a live
    blog's entry stamp or a part of a day read in the story's time zone: its basis says so)."""
    rows = propose_rows(
        text, [figure], article_id=article["article_id"], outlet=article["outlet"],
        published=article["published_at"], register_rows=[], first_number=1,
        zone=story_zone(data),
    )  # fmt: skip
    if rows:
        return str(rows[0]["stated_at"]), str(rows[0]["stated_at_basis"])
    published = article["published_at"][:10]
    return min(figure.stated_at or published, published), UNDATED


def _find(
    data: Path, article: dict[str, str], text: str, start: int, end: int,
    taken: set[tuple[int, int]],
) -> Figure | None:  # fmt: skip
    published = article["published_at"][:10]
    inside = [
        f for f in figures_of(data, text, article["published_at"], article["outlet"])
        if start <= f.start and f.end <= end and (f.start, f.end) not in taken
    ]  # fmt: skip
    if inside:
        return inside[0]
    register = load_register(data)
    for f in extract_figures(text[start:end], published or None, register, article["outlet"]):
        moved = replace(f, start=f.start + start, end=f.end + start)
        if (moved.start, moved.end) not in taken:
            return moved
    for q in find_quantities(text[start:end]):
        if (q.start + start, q.end + start) not in taken:
            return Figure(
                q.start + start, q.end + start, q.text, q.value, q.low, q.high, q.qualifier,
                q.unit or "people", "other", "", "", "", "",
            )  # fmt: skip
    return None


def _occurrence(text: str, quote: str, start: int) -> str:
    """Return which occurrence of *quote* starts at *start* ('' when it is the only one)."""
    if text.count(quote) == 1:
        return ""
    number, at = 0, -1
    while True:
        at = text.find(quote, at + 1)
        number += 1
        if at == start or at == -1:
            return str(number)


def _cell(number: int | float | None) -> str:
    return "" if number is None else str(number)


def _problem(value: str, expected: str) -> Problem:
    return Problem("selection", 1, 1, "figure", value, expected)
