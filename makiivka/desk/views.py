"""What the desk's pages show: the story's vocabularies, each article's rows, marks and history.

Read through :func:`makiivka.story.load.read_tables` as text: a story with a problem still opens.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from makiivka.analysis import describe
from makiivka.desk.choices import by_publication
from makiivka.desk.evidence import Evidence, early_date_cause, figures_of, match
from makiivka.desk.history import changed_at_desk, history
from makiivka.extract.evidence import WEAK_BASES
from makiivka.story import descriptor, load, schema
from makiivka.story.changes import version
from makiivka.story.checks import parse_timestamps
from makiivka.story.coded import DENIAL, is_denial
from makiivka.story.register import PROPOSED
from makiivka.story.schema import Package
from makiivka.text.denials import denial_words
from makiivka.text.moments import format_time, unbroken
from makiivka.text.not_counts import figure_in_quote
from makiivka.text.ranges import near_words

#: How ingest words a row whose text gives no date (kept in step with extract.proposals.UNDATED).
UNDATED_PREFIX = "publication date:"
STATUS_ORDER = {"proposed": 0, "reviewed": 1, "withdrawn": 2}


@dataclass
class Story:
    """One read of the story: descriptor, register, articles, ledger, seals and corrections."""

    data: Path
    package: Package
    claimants: list[dict[str, str]]
    articles: list[dict[str, str]]
    claims: list[dict[str, str]]
    sealed: set[str]
    corrections: list[dict[str, str]]

    @property
    def title(self) -> str:
        """The story's title (its event's name when it has none)."""
        return descriptor.story_title(self.package) or str(self.package.event.get("name", ""))

    def article(self, article_id: str) -> dict[str, str] | None:
        """Return the article's register row, or None."""
        return next((a for a in self.articles if a["article_id"] == article_id), None)

    def claimant_name(self, claimant_id: str) -> str:
        """Return a claimant's display name ('' for none, the id when unregistered)."""
        row = next((c for c in self.claimants if c["claimant_id"] == claimant_id), None)
        return row["name"] if row else claimant_id


def read_story(data: Path) -> Story:
    """Read the story's tables as text cells (raises DataError when a file cannot be read)."""
    package = load.read_package(data)
    tables = load.read_tables(data)

    def rows(name: str) -> list[dict[str, str]]:
        return [{k: str(v) for k, v in r.items()} for r in tables[name].frame.to_dict("records")]

    return Story(
        Path(data), package, rows("claimants"), by_publication(rows("articles"), package),
        rows("claims"), set(tables["reviewed"].frame["claim_id"]), rows("corrections"),
    )  # fmt: skip


def time_words(story: Story) -> Callable[[str], str]:
    """Return how the desk writes a stored time: in the story's zone, as the charts write it.

    '2026-11-28T17:30+00:00' in a story shown in Asia/Dhaka reads '28 Nov 2026, 23:30 UTC+6',
    a date alone '29 Nov 2026'; an empty cell 'not stated'; a cell that is no time, or a
    descriptor without a zone that exists, is shown as stored (``validate`` names it).
    """
    zone = str(story.package.event.get("timezone") or "UTC")

    @functools.cache
    def written(stored: str) -> str:
        if not stored.strip():
            return "not stated"
        stamps, precision = parse_timestamps(pd.Series([stored], dtype=object))
        if pd.isna(stamps.iat[0]):
            return stored
        try:
            return unbroken(format_time(stamps.iat[0], str(precision.iat[0]), zone))
        except (KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
            return stored

    return written


def counts(story: Story) -> dict[str, dict[str, int]]:
    """Return each article's number of proposed, reviewed and withdrawn rows."""
    found = {a["article_id"]: dict.fromkeys(STATUS_ORDER, 0) for a in story.articles}
    for row in story.claims:
        if row["article_id"] in found and row["status"] in STATUS_ORDER:
            found[row["article_id"]][row["status"]] += 1
    return found


def in_words(row: dict[str, str]) -> str:
    """Say a row's figure as a reader would: '89 or more', 'about 400', 'dozens: 24 to 99'.

    >>> in_words({"value": "89", "value_low": "89", "value_high": "", "qualifier": "at_least",
    ...           "figure": "at least 89"})
    '89 or more'
    >>> in_words({"value": "60", "value_low": "61", "value_high": "", "qualifier": "more_than",
    ...           "figure": "more than 60"})
    'more than 60'
    >>> in_words({"value": "", "value_low": "24", "value_high": "99", "qualifier": "vague",
    ...           "figure": "dozens"})
    'dozens: 24 to 99'

    A denial coded as the denier's upper bound says so, as the charts do:

    >>> in_words({"value": "", "value_low": "", "value_high": "60", "qualifier": "up_to",
    ...           "figure": "more than 60", "quote": "He denied reports that more than 60 died."})
    'denies more than 60'
    """
    if is_denial(
        row["qualifier"], row.get("quote", ""), row.get("figure", ""), row.get("notes", "")
    ):
        return denial_words(row["figure"])  # never the denier's own "up to 60"

    def number(cell: str) -> int | None:
        return int(cell) if cell.isdigit() else None

    value, low, high = (number(row[c]) for c in ("value", "value_low", "value_high"))
    if value is None and low is None and high is None:
        return "no number yet"
    span = describe(value, low, high)
    qualifier = row["qualifier"]
    if qualifier in ("about", "more_than", "fewer_than") and value is not None:
        said = {"about": "about", "more_than": "more than", "fewer_than": "fewer than"}[qualifier]
        if qualifier == "about" or span.startswith(said):
            return f"{said} {value:,}"
        return f"{said} {value:,} ({span.split('(')[-1]}"
    if row["qualifier"] == "vague":
        return f"{row['figure']}: {span}"
    # "nearly 400" (coded up to 399), as the report says it, never "fewer than 400"
    return (near_words(row.get("figure", ""), span) if qualifier == "up_to" else None) or span


@dataclass
class RowView:
    """A ledger row as the article page shows it."""

    row: dict[str, str]
    version: str
    sealed: bool
    start: int  # the figure's offsets in the article text (-1: not found)
    end: int
    quote_start: int
    quote_end: int
    words: str
    evidence: Evidence | None
    doubts: list[str] = field(default_factory=list)
    history: list[tuple[str, str]] = field(default_factory=list)
    #: The claimant and relay before an editor changed them (history.changed_at_desk): the
    #: card then shows the extractor's reading as the original one, not the row's.
    changed: dict[str, str] = field(default_factory=dict)
    #: The party label of the row's side (its claimant's registered side) for the summary,
    #: and the doubts about that side (:func:`side_doubts`), which lead the review.
    side_label: str = ""
    side_doubts: list[str] = field(default_factory=list)

    @property
    def claim_id(self) -> str:
        """The row's claim id."""
        return self.row["claim_id"]

    @property
    def qualifier(self) -> str:
        """The row editor's qualifier choice: ``denial`` for a row coded as a denial."""
        r = self.row
        return (
            DENIAL
            if is_denial(r["qualifier"], r["quote"], r["figure"], r["notes"])
            else r["qualifier"]
        )

    @property
    def confidence(self) -> float | None:
        """The extractor's confidence in the row (None while it gives none)."""
        return self.evidence.confidence if self.evidence else None


def locate(text: str, quote: str, occurrence: str, figure: str) -> tuple[int, int, int, int]:
    """Return where a row's quote and figure are in its article (-1s when not found).

    >>> locate("a 5 b. a 5 b.", "a 5 b.", "2", "5")
    (9, 10, 7, 13)
    >>> locate("13:30 — SRC: 30 missing.", "13:30 — SRC: 30 missing.", "", "30")
    (13, 15, 0, 24)
    """
    nth = int(occurrence) if occurrence.isdigit() and int(occurrence) > 0 else 1
    at = -1
    for _ in range(nth):
        at = text.find(quote, at + 1) if quote else -1
        if at == -1:
            return -1, -1, -1, -1
    inside = figure_in_quote(quote, figure)  # the "30" of "30 people", not of "13:30"
    if inside == -1:
        return -1, -1, at, at + len(quote)
    return at + inside, at + inside + len(figure), at, at + len(quote)


def article_rows(story: Story, article: dict[str, str], text: str) -> list[RowView]:
    """Return the article's rows, doubtful proposed rows first, then reviewed, then withdrawn.

    A proposed row whose side is in doubt (:func:`side_doubts`) leads: a wrong side is the
    error a reader of the charts sees (round 27's new user found a relative given the coast
    guard's side at "90% sure" among the last rows).
    """
    figures = figures_of(story.data, text, article["published_at"], article["outlet"])
    views, event = [], (schema.event_scope(story.package), story.package.event.get("occurred_at"))
    register = {c["claimant_id"]: c for c in story.claimants}
    labels = schema.side_labels(story.package)
    for row in story.claims:
        if row["article_id"] != article["article_id"]:
            continue
        start, end, q_start, q_end = locate(text, row["quote"], row["occurrence"], row["figure"])
        evidence = match(figures, start, end) if start >= 0 else None
        view = RowView(
            row, version(row), row["claim_id"] in story.sealed, start, end, q_start, q_end,
            in_words(row), evidence,
        )  # fmt: skip
        view.doubts = doubts(view, event)
        view.history = history(row, view.sealed, story.corrections)
        view.changed = changed_at_desk(row, story.corrections)
        side = register.get(row["claimant"], {}).get("side", "")
        view.side_label = labels.get(side, side) if side else "side unknown"
        view.side_doubts = side_doubts(view, register, labels)
        view.doubts += view.side_doubts
        views.append(view)
    return sorted(views, key=_order)


def _order(view: RowView) -> tuple[int, float, int]:
    # The extractor's confidence speaks only of who said it; each doubt the desk sees (not in
    # the register, undated, no metric, a headline) lowers it, so rows doubtful on several
    # counts lead, and equally doubtful rows keep the article's order.
    # A doubt about the side weighs three times: a wrong side is what the charts show.
    base = view.confidence if view.confidence is not None else 1.0
    step = 0.1 if view.confidence is not None else 0.2
    weight = len(view.doubts) + 2 * len(view.side_doubts)
    return STATUS_ORDER.get(view.row["status"], 3), round(base - step * weight, 2), view.start


def side_doubts(
    view: RowView, register: dict[str, dict[str, str]], labels: dict[str, str]
) -> list[str]:
    """Return what makes a proposed row's side doubtful, in words (empty for a checked row).

    The side is the claimant's registered one; it is in doubt when the extractor read
    another side for the figure (and no editor chose the claimant since), when the
    claimant's register entry is still ingest's proposal (its side a guess from the text),
    or when the extractor's side came only from a weak basis (the words after "side from" in
    :data:`makiivka.extract.evidence.WEAK_BASES`).
    """
    if view.row["status"] != "proposed":
        return []
    said, found = [], view.evidence
    entry = register.get(view.row["claimant"])
    if entry is None:
        return said
    name, side = entry["name"], entry["side"]
    label = labels.get(side, side)
    read = found.side if found is not None else ""
    if read and read not in ("unknown", side) and "claimant" not in view.changed:
        said.append(
            f"the extractor read the side {labels.get(read, read)}, but {name} is registered "
            f"as {label}: check whose figure this is"
        )
    if entry.get("notes", "").startswith(PROPOSED):
        said.append(f"{name}'s side ({label}) is ingest's guess: confirm it in the register")
    basis = found.attribution.rpartition("; side from ")[2] if found is not None else ""
    if basis in WEAK_BASES and not said:
        said.append(f"the side ({label}) came only from {basis}")
    return said


def _before_event(stated: str, occurred: str | None) -> bool:
    """Tell whether a stated_at ends before the event: a time before it, a day before its day.

    >>> [_before_event(s, "2026-02-10T03:30+02:00") for s in ("2026-02-10T00:00Z", "2026-02-10")]
    [True, False]
    """
    occurred = str(occurred or "")
    if "T" not in stated or "T" not in occurred:
        return bool(stated) and stated[:10] < occurred[:10]
    moments = pd.to_datetime(pd.Series([stated, occurred]), utc=True, errors="coerce")
    return bool(moments.iloc[0] < moments.iloc[1])


def doubts(view: RowView, event: tuple[str, object] = ("", "")) -> list[str]:
    """Return what makes a proposed row doubtful, in words (empty for a checked row); *event*
    (the event's scope, occurred_at): a row of it stated before the event is doubtful."""
    if view.row["status"] != "proposed":
        return []
    row, found, said = view.row, view.evidence, []
    if view.start < 0:
        said.append("the quote or figure is not found in the article")
    elif found is None:
        said.append("the extractor does not find this figure (added by hand)")
    elif found.side == "unknown":
        said.append("the extractor could not tell whose figure this is")
    if "not in claimants.csv" in row["notes"]:
        said.append("the speaker named in the text is not in the register")
    if row["stated_at_basis"].startswith(UNDATED_PREFIX):
        said.append("the text does not say when it was stated")
    if row["scope"] == event[0] and _before_event(row["stated_at"], event[1]):
        cause = early_date_cause(row["stated_at"], row["stated_at_basis"])
        said.append(f"stated before the event ({event[1]}): {cause}")
    if row["metric"] == "other":
        said.append("no metric was recognised")
    if found is not None and found.voice in ("headline", "caption"):
        said.append(f"from a {found.voice}")
    return said


@dataclass(frozen=True)
class Segment:
    """A piece of article text and the rows whose figure or quote covers it."""

    start: int
    text: str
    figures: tuple[str, ...]  # claim ids whose figure covers this piece
    quotes: tuple[str, ...]  # claim ids whose quote covers it
    status: str  # the most pressing status among the figures ('' when none)


def segments(text: str, views: list[RowView]) -> list[Segment]:
    """Cut the article at every figure and quote boundary, so each piece can be marked.

    >>> row = {"status": "proposed"}
    >>> v = RowView(row | {"claim_id": "c1"}, "", False, 2, 3, 0, 4, "", None)
    >>> [(s.text, s.figures, s.quotes) for s in segments("ab5c.", [v])]
    [('ab', (), ('c1',)), ('5', ('c1',), ('c1',)), ('c', (), ('c1',)), ('.', (), ())]
    """
    cuts = {0, len(text)}
    for v in views:
        for at in (v.start, v.end, v.quote_start, v.quote_end):
            if 0 <= at <= len(text):
                cuts.add(at)
    edges = sorted(cuts)
    pieces = []
    for a, b in itertools.pairwise(edges):
        figs = [v for v in views if v.start >= 0 and v.start <= a and b <= v.end]
        quotes = tuple(v.claim_id for v in views if v.quote_start <= a and b <= v.quote_end)
        statuses = [v.row["status"] for v in figs]
        status = min(statuses, key=lambda s: STATUS_ORDER.get(s, 3), default="")
        pieces.append(Segment(a, text[a:b], tuple(v.claim_id for v in figs), quotes, status))
    return pieces
