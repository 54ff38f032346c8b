"""A new row from text an editor selects in the article: the extractor reads the selection.

The selection is read in its sentence, as ``makiivka ingest`` reads the article: the figure
the extractor finds inside the selection on the whole text (so it keeps the article's
speakers, relays and dates). A number the extractor proposes no row for because no noun
says what it counts ("41 on Wednesday, 63 on Thursday, …, the coast guard said": new user
25) is read again on the whole text as a count of people, which the editor's selection says
it is. Only when the whole text gives nothing is the selection read alone, and last the
first quantity :func:`parse_quantity` reads there (the outlet's, metric ``other``).

The row's claimant, relay, dates and notes are then made by ingest's own
:func:`~makiivka.extract.proposals.propose_rows` with the story's register. Nothing is
written here: the desk shows the row in its editor, and the editor adds it
(:mod:`makiivka.desk.selections`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from makiivka.desk.evidence import figures_of
from makiivka.extract.attribution import Register
from makiivka.extract.figures import extract_figures
from makiivka.extract.local_times import story_zone
from makiivka.extract.proposals import NOTE as INGEST_NOTE
from makiivka.extract.proposals import propose_rows
from makiivka.extract.records import Figure
from makiivka.extract.speakers import load_register
from makiivka.story import load
from makiivka.story.problems import DataError, Problem
from makiivka.story.schema import story_metrics
from makiivka.text.dates import find_dates
from makiivka.text.quantities import Quantity, find_quantities

NOTE = "added at the desk from selected text"
#: A selection with fewer words than this besides the figure's is only the figure: the row
#: quotes its sentence ("between 600 and 750" is no quote).
QUOTE_WORDS = 3
#: How the figure was read, in the editor's words (the draft's "Why" says it).
HOW = {
    "article": "the extractor reads this figure in its sentence, as ingest does",
    "count": (
        "the extractor proposes no row for this number (no word says what it counts); "
        "read in its sentence as a count of people, as you selected it"
    ),
    "selection": "the extractor reads it in your selection alone (not in the whole article)",
    "number": "the extractor reads no figure here: only the number (the outlet's, no metric)",
}
#: The noun the desk puts after a bare number to read it as a count (the note says so).
_COUNTED = " people"


@dataclass(frozen=True)
class Reading:
    """A selection read as a new row: the row (no claim_id), the figure and how it was read
    (a key of :data:`HOW`)."""

    row: dict[str, str]
    figure: Figure
    how: str


def propose(
    data: Path, article: dict[str, str], text: str, start: int, end: int,
    taken: set[tuple[int, int]], register_rows: list[dict[str, str]], event_scope: str,
) -> Reading:  # fmt: skip
    """Read the figure selected at text[start:end] as ingest would make its row.

    *taken* holds the (start, end) of figures that already have a row; *register_rows* the
    register (claimants.csv). Raises :class:`DataError` when the selection holds no new figure.
    """
    if not (0 <= start < end <= len(text)):
        raise DataError([_problem(f"{start}-{end}", "a selection inside the article")])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    selection = text[start:end]
    found = _find(data, article, text, start, end, taken)
    if found is None:
        raise DataError([_problem(selection[:80], "a selection holding a figure without a row")])
    figure, how = found
    if any(isinstance(v, float) for v in (figure.value, figure.value_low, figure.value_high)):
        raise DataError([_problem(figure.quote, "a whole number (the ledger counts whole ones)")])
    rows = propose_rows(
        text, [figure], article_id=article["article_id"], outlet=article["outlet"],
        published=article["published_at"], register_rows=register_rows, first_number=1,
        zone=story_zone(data),
    )  # fmt: skip
    made = {k: "" if v is None else str(v) for k, v in rows[0].items() if k != "claim_id"}
    beyond = len(selection.split()) - len(figure.quote.split())  # words besides the figure's
    if beyond >= QUOTE_WORDS and "\n" not in selection:
        made["quote"], made["occurrence"] = selection, _occurrence(text, selection, start)
    # ingest's notes, but added at the desk: the same checks ("not in claimants.csv") follow
    notes = made["notes"].removeprefix(INGEST_NOTE).lstrip("; ")
    made["notes"] = "; ".join(filter(None, [NOTE, notes]))
    if how != "article" and (own := _own_date(text, figure, article["published_at"])):
        made["stated_at"], made["stated_at_basis"] = own
    made["scope"] = made["scope"] or event_scope
    made["unit"] = made["unit"] or "people"
    made["metric"] = made["metric"] or "other"
    metrics = {m.id for m in story_metrics(load.read_package(data))}
    if made["metric"] not in metrics and "other" in metrics:  # as ingest files it
        said = f"read as metric '{made['metric']}', which this story does not count"
        made["notes"], made["metric"] = f"{made['notes']}; {said}", "other"
    return Reading(made, figure, how)


def _find(
    data: Path, article: dict[str, str], text: str, start: int, end: int,
    taken: set[tuple[int, int]],
) -> tuple[Figure, str] | None:  # fmt: skip
    published = article["published_at"]
    free = [
        q for q in find_quantities(text[start:end])
        if (q.start + start, q.end + start) not in taken
    ]  # fmt: skip
    inside = [
        f for f in figures_of(data, text, published, article["outlet"])
        if start <= f.start and f.end <= end and (f.start, f.end) not in taken
    ]  # fmt: skip
    if inside:
        return inside[0], "article"
    register = load_register(data)
    for q in free:
        moved = replace(q, start=q.start + start, end=q.end + start)
        counted = _as_count(text, moved, published[:10], register, article["outlet"])
        if counted is not None:
            return counted, "count"
    for f in extract_figures(text[start:end], published[:10] or None, register, article["outlet"]):
        moved = replace(f, start=f.start + start, end=f.end + start)
        if (moved.start, moved.end) not in taken:
            return moved, "selection"
    for q in free:
        figure = Figure(
            q.start + start, q.end + start, q.text, q.value, q.low, q.high, q.qualifier,
            q.unit or "people", "other", "", "", "", "",
        )  # fmt: skip
        return figure, "number"
    return None


def _as_count(
    text: str, q: Quantity, published: str, register: Register, outlet: str
) -> Figure | None:
    """Read a bare number the extractor leaves out (no noun says what it counts) in its
    sentence as a count of people: the whole text with "people" after it, so its speaker,
    relay, metric and date are the sentence's; None when it still gives no figure there.

    The words are put in a copy of the text only; the figure's offsets, before them, are the
    article's own (its ``revises`` and ``converts`` point into the copy: dropped).
    """
    if q.unit is not None:
        return None  # a count of something the extractor could name ("12 rockets")
    read = text[: q.end] + _COUNTED + text[q.end :]
    for f in extract_figures(read, published or None, register, outlet=outlet):
        if f.start == q.start and f.end == q.end:
            return replace(f, revises=None, converts=None)
    return None


def _own_date(text: str, figure: Figure, published: str) -> tuple[str, str] | None:
    """Return the day a date phrase right after the figure gives it, and the basis, or None.

    An item of a dated list ("9 on Saturday, 14 on Sunday and 20 on Monday, the authority
    said"), which the extractor proposes no row for, is dated by its own phrase, not by the
    sentence's first; a day after publication is no statement's (ingest's rule: None).
    """
    after = text[figure.end : figure.end + 40]
    for at, _, found in find_dates(after, published[:10] or "1970-01-01"):
        if found is None or after[:at].strip() or found.precision != "day":
            continue
        day = found.start.date().isoformat()
        if day <= published[:10]:
            return day, f'article: "{found.text}", beside the figure'
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


def _problem(value: str, expected: str) -> Problem:
    return Problem("selection", 1, 1, "figure", value, expected)
