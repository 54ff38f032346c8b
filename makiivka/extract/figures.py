"""Extract the figures an article states, with metric, scope, claimant and date (DESIGN §4).

One pass over the text with compiled regexes: sentences and their voices
(:mod:`makiivka.extract.sentences`), quantities (:mod:`makiivka.text.quantities`), date phrases
(:mod:`makiivka.text.dates`), attribution cues (:mod:`makiivka.extract.attribution`), then per
figure a metric and scope (:mod:`makiivka.extract.metrics`). Numbers that are context are
dropped (:mod:`makiivka.extract.context`). Each row's ``quote`` is ``text[start:end]``.

Columns beyond §4: ``claimant_name`` (the name as written, also for names not in the
register), ``voice`` (headline, caption or body), ``revises`` (start offset of the figure
this one revises: "from 63 to 89") and ``converts`` (start offset of the amount this one
converts: "5 million roubles (£57,000; $69,000)").

A figure no metric keyword describes is a row (metric ``other``) only when it counts people
("several hundred others escaped"): "three families" or "12 buildings" are not rows. A bare
figure that re-estimates the one before ("400-500 could be closer to the truth") takes its
metric. An earlier figure ("up from 63", "its earlier toll of 63", "initially reported …")
gets no date from the current statement; its ``stated_at`` stays empty unless dated itself.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta

from makiivka.extract.article import parse_published, read_article
from makiivka.extract.attribution import Cue, Register, find_cues, load_register
from makiivka.extract.context import is_context
from makiivka.extract.links import EARLIER_BEFORE, link_figures
from makiivka.extract.metrics import (
    counts_of_previous,
    find_keywords,
    has_scope_cue,
    pick_keyword,
    pick_scope,
    unit_for,
)
from makiivka.extract.records import Figure, to_csv, to_json
from makiivka.extract.sentences import Sentence, credit_spans, quote_spans, split_sentences
from makiivka.text.dates import ResolvedDate, find_dates
from makiivka.text.quantities import Quantity, find_quantities

#: How far (characters) a date may stand from an attribution to date the statement.
DATE_REACH = 40


#: How many sentences back an anaphor ("the statement said") looks for its speaker.
ANAPHOR_REACH = 8


_EVENT_AFTER = re.compile(
    r"\s+(?:attacks?|strikes?|raids?|blasts?|explosions?|shelling|bombing|assault)\b", re.I
)


_EVENT_BEFORE = re.compile(
    r"(?:attacks?|strikes?|raids?|blasts?|explosions?|shelling|since|until|before|after|from"
    r"|began|fire|fired|rockets?|missiles?)\s+\Z",
    re.I,
)


#: "four of the six rockets": the first figure counts part of the second.
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|those|these)\s+\Z", re.I)


#: A participle with its agent ("fired by a launcher") modifies a noun; it is not the verb.
_BY_AGENT = re.compile(r"\s+by\b", re.I)


#: "… others escaped", "20 more were wounded": the figure counts what the one before counts.
_OTHERS = re.compile(r"\s+(?:others|more)\b", re.I)


_TRAILING = re.compile(r"[,”\"—]\s*\Z")


@dataclass
class _Context:
    """What one extraction run knows about the whole text."""

    text: str
    sentences: list[Sentence]
    starts: list[int]
    register: Register
    dates: list[tuple[int, int, ResolvedDate]]
    quotes: list[tuple[int, int]]
    outlet: str | None
    cues: dict[int, list[Cue]]

    def sentence_cues(self, index: int) -> list[Cue]:
        """Return (and remember) the attribution cues of sentence index."""
        if index not in self.cues:
            s = self.sentences[index]
            self.cues[index] = find_cues(self.text, s.start, s.end, self.register)
        return self.cues[index]


def format_date(resolved: ResolvedDate) -> str:
    """Return a resolved date as ISO 8601 at its precision (day for a part of a day).

    >>> from makiivka.text.dates import resolve_date
    >>> format_date(resolve_date("late Tuesday", "2023-01-04"))
    '2023-01-03'
    >>> format_date(resolve_date("00:01 Moscow time on January 1st", "2023-01-04"))
    '2023-01-01T00:01+03:00'
    >>> format_date(resolve_date("in September", "2023-01-04"))
    '2022-09'
    """
    start, precision = resolved.start, resolved.precision
    if precision in ("minute", "hour"):
        return start.isoformat(timespec="minutes")
    if precision in ("day", "part_of_day"):
        return start.date().isoformat()
    # A week or weekend has no ISO precision: take the coarsest that holds all of it, or none.
    last = resolved.end - timedelta(microseconds=1)
    if precision == "month" or (start.year, start.month) == (last.year, last.month):
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}" if start.year == last.year else ""


def _is_event_date(text: str, start: int, end: int) -> bool:
    """Tell whether a date phrase dates the event ("the weekend attack"), not a statement."""
    return bool(
        _EVENT_AFTER.match(text, end) or _EVENT_BEFORE.search(text, max(0, start - 16), start)
    )


def _cue_date(ctx: _Context, cue: Cue, sentence: Sentence) -> str:
    """Return the date of the statement a cue introduces, from a date phrase beside it.

    A trailing cue ("…, Ukraine's military said") is dated only by a phrase after its start:
    a date before it is inside the reported clause ("fired 20 missiles on Jan. 2").
    """
    best, best_gap = "", None
    trailing = bool(_TRAILING.search(ctx.text, max(sentence.start, cue.start - 4), cue.start))
    for a, b, resolved in ctx.dates:
        if b <= sentence.start or a >= sentence.end or (trailing and a < cue.start):
            continue
        gap = a - cue.end if a >= cue.end else cue.start - b
        if gap > DATE_REACH or (a < cue.end and b > cue.start and resolved is None):
            continue
        if resolved is None or _is_event_date(ctx.text, a, b):
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = format_date(resolved), gap
    return best


def _speaker(ctx: _Context, index: int, cue: Cue) -> tuple[Cue | None, int]:
    """Resolve an anaphor to the last named cue before it, within ANAPHOR_REACH sentences."""
    for i in range(index, max(-1, index - ANAPHOR_REACH - 1), -1):
        for earlier in reversed(ctx.sentence_cues(i)):
            if not earlier.anaphor and (i < index or earlier.start < cue.start):
                return earlier, i
    return None, index


def _quote_cue(ctx: _Context, position: int) -> tuple[Cue | None, int]:
    """Return the cue that introduces the quotation around a position, if any."""
    for a, b in ctx.quotes:
        if a <= position < b:
            index = bisect.bisect_right(ctx.starts, b - 1) - 1
            cues = [c for c in ctx.sentence_cues(index) if c.start >= b or c.end <= a]
            if cues:
                return cues[0], index
    return None, -1


def _nearest_cue(text: str, cues: list[Cue], q: Quantity, sentence: Sentence) -> Cue:
    """Return the cue of a figure: the nearest before it, or a trailing one ("…, X said.").

    A cue after the figure wins over a nearer one before it only in the inverted form,
    right after a comma or closing quote ("Four hit buildings, Kyiv's military said").
    """
    before = [c for c in cues if c.end <= q.start]
    after = [c for c in cues if c.start >= q.end]
    trailing = [c for c in after if _TRAILING.search(text, max(0, c.start - 4), c.start)]
    if before and not trailing:
        return before[-1]
    if before:
        return min((before[-1], trailing[0]), key=lambda c: abs(c.start - q.start))
    return after[0] if after else cues[0]


def _attribute(ctx: _Context, index: int, q: Quantity) -> tuple[str, str, str, str]:
    """Return (claimant, name, side, stated_at) for a figure in sentence index."""
    sentence = ctx.sentences[index]
    cues = ctx.sentence_cues(index)
    cue, where = None, index
    if cues:
        cue = _nearest_cue(ctx.text, cues, q, sentence)
    else:
        cue, where = _quote_cue(ctx, q.start)
    if cue is None:
        if sentence.voice in ("headline", "caption") or ctx.outlet:
            return ctx.outlet or "", "", "media", ""
        return "", "", "unknown", ""
    stated = _cue_date(ctx, cue, ctx.sentences[where])
    if cue.anaphor:
        named, named_index = _speaker(ctx, where, cue)
        if named is None:
            return "", "", "unknown", stated
        stated = stated or _cue_date(ctx, named, ctx.sentences[named_index])
        cue = named
    return cue.claimant, cue.name, cue.side, stated


def _figure(
    ctx: _Context, index: int, q: Quantity, bounds: tuple[int, int], unit: str | None,
    window: tuple[int, int] | None = None,
) -> tuple[Figure, tuple[int, int] | None]:  # fmt: skip
    """Build the Figure of one quantity in sentence index; also return its metric keyword.

    For the first figure of a partitive ("four of the six rockets … hit"), *bounds*
    start after the second figure, and a participle that modifies the second figure's
    noun ("rockets fired by …") is not its verb. The second figure (the whole) takes a
    keyword only inside *window*, its own noun phrase before the first figure's verb: the
    six rockets were fired; "hit" tells what four of them did.
    """
    s = ctx.sentences[index]
    keywords = find_keywords(ctx.text, s.start, s.end)
    if window is not None:
        keywords = [k for k in keywords if window[0] <= k[0] and k[1] <= window[1]]
    if bounds[0] > q.end:
        keywords = [k for k in keywords if not _BY_AGENT.match(ctx.text, k[1])]
    metric, keyword = pick_keyword(ctx.text, keywords, (q.start, q.end), unit, bounds)
    scope = pick_scope(ctx.text, q.start, q.end, (s.start, s.end), metric, ctx.register.places)
    claimant, name, side, stated = _attribute(ctx, index, q)
    if stated and EARLIER_BEFORE.search(ctx.text, max(s.start, q.start - 80), q.start):
        stated = _own_date(ctx, q)
    figure = Figure(
        q.start, q.end, q.text, q.value, q.low, q.high, q.qualifier, unit_for(metric, unit),
        metric, scope, claimant, side, stated, name, s.voice,
    )  # fmt: skip
    return figure, keyword


def _own_date(ctx: _Context, q: Quantity) -> str:
    """Return the date phrase right beside a figure ("63 on Monday", "Monday's 63"), if any."""
    for a, b, resolved in ctx.dates:
        if resolved is None:
            continue
        after = 0 <= a - q.end <= 16 and "," not in ctx.text[q.end : a]
        before = 0 <= q.start - b <= 4 and ctx.text[b : q.start].strip() in ("'s", "’s", "")
        if after or before:
            return format_date(resolved)
    return ""


def extract_figures(
    text: str,
    published: date | str | None = None,
    register: Register | None = None,
    outlet: str | None = None,
) -> list[Figure]:
    """Return the figures text states, in order (see the module docstring for the columns).

    An unattributed figure is the outlet's (side media) in a headline or caption, or
    anywhere when ``outlet`` (a claimant_id) is given; otherwise claimant "" and side unknown.

    >>> text = ("The Ukrainian government claims that 400 soldiers were killed and another "
    ...         "300 were wounded.")
    >>> [(f.quote, f.metric, f.claimant, f.side) for f in extract_figures(text)]
    [('400', 'killed', 'ukraine_military', 'ukraine'), ('300', 'wounded', 'ukraine_military', \
'ukraine')]
    >>> text = "Moscow's Defense Ministry said late Tuesday it raised the death toll from 63 to 89."
    >>> [(f.quote, f.stated_at, f.revises) for f in extract_figures(text, "2023-01-04")]
    [('63', '', None), ('89', '2023-01-03', 74)]
    """
    register = register if register is not None else load_register()
    sentences = split_sentences(text)
    reference = published if published is not None else date.today()
    dates = find_dates(text, reference)
    if published is None:
        dates = [(a, b, None) for a, b, _ in dates]
    ctx = _Context(
        text, sentences, [s.start for s in sentences], register, dates, quote_spans(text),
        outlet, {},
    )  # fmt: skip
    date_starts = [a for a, _, _ in dates]
    credits = credit_spans(text, sentences)
    kept: list[tuple[int, Quantity]] = []
    for q in find_quantities(text):
        index = bisect.bisect_right(ctx.starts, q.start) - 1
        if index < 0 or q.end > sentences[index].end or sentences[index].voice == "furniture":
            continue
        if _overlaps(date_starts, dates, q) or any(a < q.end and q.start < b for a, b in credits):
            continue
        if is_context(text, q):
            continue
        kept.append((index, q))
    figures: list[Figure] = []
    window: tuple[int, int] | None = None  # the noun phrase of a partitive's whole
    for n, (index, q) in enumerate(kept):
        low = kept[n - 1][1].end if n and kept[n - 1][0] == index else sentences[index].start
        nxt = n + 1 < len(kept) and kept[n + 1][0] == index
        high = kept[n + 1][1].start if nxt else sentences[index].end
        unit = q.unit
        inherits = figures and low != sentences[index].start and counts_of_previous(text, q.end)
        if unit is None and inherits:
            unit = figures[-1].unit if figures[-1].unit != "other" else None
        if unit is None and _OTHERS.match(text, q.end):
            unit = _unit_of_others(figures, sentences[index].start)
        whole, window = window, None
        if nxt and _PARTITIVE.fullmatch(text, q.end, kept[n + 1][1].start):
            following = n + 2 < len(kept) and kept[n + 2][0] == index
            after = kept[n + 2][1].start if following else sentences[index].end
            unit = unit or kept[n + 1][1].unit
            figure, keyword = _figure(ctx, index, q, (kept[n + 1][1].end, after), unit)
            if keyword is not None and keyword[0] >= kept[n + 1][1].end:
                window = (kept[n + 1][1].end, keyword[0])
        elif whole is not None:
            figure, _ = _figure(ctx, index, q, whole, unit, whole)
        else:
            figure, _ = _figure(ctx, index, q, (low, high), unit)
        figures.append(_continue_scope(ctx, index, figure, figures))
    linked = link_figures(text, figures)
    # A figure with no metric is a row only when it counts people in the event ("several
    # hundred others escaped"); "three families", "12 buildings" or a bare number are not.
    return [f for f in linked if f.metric != "other" or f.unit == "people"]


def _unit_of_others(figures: list[Figure], sentence_start: int) -> str | None:
    """Return the unit "N others" / "N more" counts: people if the sentence counted people."""
    units = [f.unit for f in figures if f.start >= sentence_start and f.unit != "other"]
    return "people" if "people" in units else (units[-1] if units else None)


def _continue_scope(ctx: _Context, index: int, figure: Figure, before: list[Figure]) -> Figure:
    """Keep a figure in the previous sentence's other event when its own sentence names none.

    "… 10 missiles were launched in reply. Four hit civilian buildings": the four
    belong to the reply, not to the strike.
    """
    s = ctx.sentences[index]
    if (
        figure.scope != "strike"
        or not before
        or has_scope_cue(ctx.text, s.start, s.end, ctx.register.places)
    ):
        return figure
    previous = before[-1]
    in_previous = ctx.sentences[index - 1].start <= previous.start < s.start if index else False
    if in_previous and previous.scope == "other" and previous.metric != "other":
        return replace(figure, scope="other")
    return figure


def _overlaps(starts: list[int], dates: list, q: Quantity) -> bool:
    """Tell whether a quantity overlaps a date phrase (dates sorted by start)."""
    i = bisect.bisect_left(starts, q.end)
    return any(dates[j][1] > q.start for j in range(max(0, i - 3), i))


def extract_command(args: argparse.Namespace) -> int:
    """Print the figures of one article as CSV or JSON on standard output."""
    published = parse_published(args.published)
    text = read_article(args.file)
    register = load_register(args.data)
    figures = extract_figures(text, published, register)
    sys.stdout.write(to_json(figures) if args.format == "json" else to_csv(figures))
    return 0
