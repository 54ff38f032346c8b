"""A row added from text the editor selects: first a draft in the row editor, then the row.

Selecting words in the article and pressing ``n`` opens the draft (``GET
/articles/ID?start=S&end=E``): what the extractor reads there, in its sentence, as ingest
would (:mod:`makiivka.desk.proposals`), in the row editor, nothing written. The editor
corrects it and adds it (``POST /articles/ID/add``): one change through ``story.store``
(:func:`makiivka.story.changes.add_claim`), the notes saying it was added at the desk from
selected text and, as for any edit made at the desk, what the editor changed in what the
extractor read (:func:`makiivka.desk.forms.with_edit_noted`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from makiivka.desk import forms, views
from makiivka.desk.evidence import match
from makiivka.desk.proposals import HOW, Reading, propose
from makiivka.story import changes, load, schema
from makiivka.story.problems import DataError, Problem

#: The draft's id in the page, where a row's claim id would be (it has none yet).
DRAFT = "new"


@dataclass(frozen=True)
class Draft:
    """The draft of a row read from a selection: the row as the page shows it, how the
    extractor read it, and the selection (the offsets the editor's form sends back)."""

    view: views.RowView
    how: str
    start: int
    end: int


def read(story: views.Story, article: dict[str, str], text: str, start: int, end: int) -> Draft:
    """Return the draft of the figure selected at text[start:end] (DataError: none there)."""
    shown = views.article_rows(story, article, text)
    taken = {(v.start, v.end) for v in shown}
    scope = schema.event_scope(story.package)
    reading = propose(story.data, article, text, start, end, taken, story.claimants, scope)
    return Draft(_view(text, reading), HOW[reading.how], start, end)


def _view(text: str, reading: Reading) -> views.RowView:
    row = {**reading.row, "claim_id": DRAFT}
    f = reading.figure
    # the quote's place: the occurrence holding the figure
    _, _, q_start, q_end = views.locate(text, row["quote"], row["occurrence"], row["figure"])
    view = views.RowView(
        row, "", False, f.start, f.end, q_start, q_end, views.in_words(row),
        match([f], f.start, f.end),
    )  # fmt: skip
    view.history = [("added", row["notes"])]
    return view


def add(
    data: Path, article_id: str, start: int, end: int, form: dict[str, str],
    clock: Callable[[], str] = changes.now,
) -> dict[str, str]:  # fmt: skip
    """Write the row the editor's draft form asks for; return it as written.

    The draft is read again from the selection (the extractor is deterministic); the fields
    the editor changed in it are applied and recorded in the notes. Raises DataError (nothing
    written) for a selection without a figure or a row ``makiivka validate`` would refuse.
    """
    story = views.read_story(data)
    article = story.article(article_id)
    if article is None:
        raise DataError([Problem("selection", 1, 1, "article_id", article_id, "an article")])
    text = load.read_article_text(data, article["path"])
    proposal = {k: v for k, v in read(story, article, text, start, end).view.row.items()
                if k != "claim_id"}  # fmt: skip
    wanted = forms.changes_of(proposal, form)
    reason = form.get("reason", "")
    if wanted and forms.codes_denial(proposal, form) and not reason.strip():
        said = "why the figure is a denial, never the speaker's own"
        raise DataError([Problem("corrections.csv", 1, 1, "reason", "", said)])
    if wanted:
        wanted = forms.with_edit_noted(proposal, wanted, clock(), True, reason)
    return changes.add_claim(data, {**proposal, **wanted})
