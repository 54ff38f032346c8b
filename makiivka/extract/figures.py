"""Extract the figures an article states, with metric, scope, claimant and date (DESIGN §4).

One pass over the text with compiled regexes: sentences and their voices
(:mod:`makiivka.extract.sentences`), quantities (:mod:`makiivka.text.quantities`), date phrases
(:mod:`makiivka.text.dates`), attribution cues (:mod:`makiivka.extract.attribution`), then per
figure a metric and scope (:mod:`makiivka.extract.metrics`). Numbers that are context are
dropped (:mod:`makiivka.extract.context`). Each row's ``quote`` is ``text[start:end]``.

Columns beyond §4: ``claimant_name`` (the name as written, also for names not in the
register), ``voice`` (headline, caption or body), ``revises`` (start offset of the figure
this one revises: "from 63 to 89"), ``converts`` (start offset of the amount this one
converts: "5 million roubles (£57,000; $69,000)") and ``relayed_by`` (the intermediary as
written: "the agency quoted the ministry as saying 89 had died").

A figure no metric keyword describes is a row (metric ``other``) only when it counts people
("several hundred others escaped", "745 names", "300 families"); "12 buildings" is not. A bare
figure that re-estimates the one before ("400-500 could be closer to the truth") takes its
metric. An earlier figure ("up from 63", "its earlier toll of 63", "initially reported …")
gets no date from the current statement; its ``stated_at`` stays empty unless dated itself.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from dataclasses import replace
from datetime import date
from itertools import takewhile

from makiivka.extract.article import parse_published, read_article
from makiivka.extract.attribution import Register, load_register
from makiivka.extract.breakdowns import RESTATED_REACH, has_own_verb, lean_on, next_in_list
from makiivka.extract.context import is_context
from makiivka.extract.corrections import settle_corrections
from makiivka.extract.labels import LABEL_PEOPLE, label_before, number_of_people, under_people
from makiivka.extract.links import counts_as_before, earlier_step, link_figures
from makiivka.extract.lists import is_sibling_item
from makiivka.extract.local_times import in_story_zone, story_zone
from makiivka.extract.metrics import (
    OTHER_PEOPLE,
    PEOPLE_AFTER,
    PEOPLE_METRICS,
    ROCKETS_AFTER,
    find_keywords,
    pick_keyword,
    unit_for,
)
from makiivka.extract.parts import deny, find_zeros, is_part, merge_ranges
from makiivka.extract.ranker import rerank
from makiivka.extract.readings import (
    as_date,
    continue_scope,
    foreign_voice,
    in_story_words,
    sentence_words,
    settle_metric,
    settle_scope,
    story_terms_of,
    take_group_metric,
    whole_speakers,
)
from makiivka.extract.records import Figure, to_csv, to_json
from makiivka.extract.restatements import as_first_told
from makiivka.extract.scope import pick_scope
from makiivka.extract.sentences import credit_spans, quote_spans, split_sentences
from makiivka.extract.speakers import EXTRACTOR_EVENT_SCOPE
from makiivka.extract.stated import date_by_next, revision_date
from makiivka.extract.terms import story_metric, story_unit
from makiivka.extract.tolls import counted_head
from makiivka.extract.voices import Context, attribute, outlet_voice
from makiivka.text.dates import find_dates
from makiivka.text.linebreaks import on_reading
from makiivka.text.quantities import Quantity, find_quantities

#: A count of attacks or blasts (the corpus labels them, metric other).
ATTACKS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|air\s*strikes|explosions|blasts|raids|times)\b",
    re.IGNORECASE,
)
#: "four of the six rockets": the first figure counts part of the second.
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|its|their|those|these)\s+)?\Z", re.I)

#: A participle with its agent ("fired by a launcher") modifies a noun; it is not the verb.
_BY_AGENT = re.compile(r"\s+(?:by|from)\b", re.I)


#: The noun a figure is the value of, its verb between: "The number of displaced people has
#: "… others escaped", "20 more were wounded": the figure counts what the one before counts.
_OTHERS = re.compile(r"\s+(?:others|more)\b", re.I)


def _figure(
    ctx: Context, index: int, q: Quantity, bounds: tuple[int, int], unit: str | None,
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
    keywords, cues = sentence_words(ctx, index)
    head = counted_head(ctx.text, s.start, q.start) if window is None else None
    inside = [k for k in keywords if head and head.start(1) <= k[0] and k[1] <= head.end(1)]
    if inside:  # "The number of displaced people rose to 1,600": what the number counts
        keywords, unit = inside, unit or "people"
    if window is not None:
        keywords = [k for k in keywords if window[0] <= k[0] and k[1] <= window[1]]
    if bounds[0] > q.end:
        keywords = [k for k in keywords if not _BY_AGENT.match(ctx.text, k[1])]
    # "three missiles fired by warplanes hit a block": launched munitions are rockets_fired.
    metric, keyword = pick_keyword(ctx.text, keywords, (q.start, q.end), unit, bounds)
    if inside and keyword is None:  # "the toll … was higher, at 23": the head noun's metric
        metric, keyword = inside[-1][2], (inside[-1][0], inside[-1][1])
    metric, keyword = settle_metric(ctx, index, q, unit, keywords, metric, keyword)
    terms = story_terms_of(ctx)
    if terms.labelled and unit in (None, "people", *dict(terms.units).values()):  # its own
        clause = _clause_around(ctx.text, q, bounds)
        metric = story_metric(ctx.text, *clause, terms, q.end) or metric
    if unit is None and keyword is not None and metric in (OTHER_PEOPLE, *PEOPLE_METRICS):
        unit = "people"  # "52 have been admitted to hospital", "displaced 4 million"
    places = ctx.register.places
    hazard = story_terms_of(ctx).hazard
    # What the figure counts decides its event and unit whether or not the story records that
    # metric ("struck the city 4 times" counts attacks); only then is it filed as "other".
    scope = pick_scope(ctx.text, q.start, q.end, (s.start, s.end), metric, places, cues, hazard)
    if scope == "strike":
        scope = settle_scope(ctx, index, q, metric)
    unit = unit_for(metric, unit)
    if metric not in terms.metrics and metric not in dict(terms.renamed):
        metric = "other"  # a metric the story does not record ("rockets_hit", "present")
    voice = attribute(ctx, index, q)
    if scope == "other" and voice.evidence.startswith("carried from"):
        # "Hurricane Katrina killed 1,833 people in 2005" after a sentence of the president's:
        # a speaker carried from before does not state the outlet's background on another
        # event (every such label in the corpus and the blind sets is the outlet's).
        voice = outlet_voice(ctx, beside=voice.name or "the speaker before")
    place = scope == "other" and not voice.claimant and foreign_voice(ctx, index, voice.name)
    if place:  # "In neighboring Zimbabwe, the government said": that country's (blind set 17)
        voice = replace(voice, side="third_party", evidence=f"{voice.evidence}; set in {place}")
    claimant, name, side, stated = voice.claimant, voice.name, voice.side, voice.stated_at
    stated = revision_date(ctx, s.start, q, stated)
    figure = Figure(
        q.start, q.end, q.text, q.value, q.low, q.high, q.qualifier, unit,
        metric, scope, claimant, side, stated, name, s.voice, relayed_by=voice.relayed_by,
        attribution=voice.evidence, confidence=voice.confidence,
    )  # fmt: skip
    return figure, keyword


@on_reading(offsets=("start", "end", "revises", "converts"))  # wrapped lines, CR LF
def extract_figures(
    text: str,
    published: date | str | None = None,
    register: Register | None = None,
    outlet: str | None = None,
    model: bool = True,
) -> list[Figure]:
    """Return the figures text states, in order (see the module docstring for the columns).

    *model* False gives the rules' sides alone, without the speaker model's second opinion
    (:mod:`makiivka.extract.ranker`; its training reads the rules so).

    A figure nobody in the text is said to state is in the outlet's own voice: claimant
    ``outlet`` (a claimant_id) with its side in the register, or, without one, claimant ""
    and side media. A speaker the text names but cannot tie to a side has side unknown.

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
    ctx = Context(text, sentences, register, dates, quote_spans(text), outlet)
    ctx.__dict__["published"] = as_date(published)
    date_starts = [a for a, _, _ in dates]
    credits = credit_spans(text, sentences)
    credit_starts = [a for a, _ in credits]
    kept: list[tuple[int, Quantity]] = []
    found = merge_ranges(text, find_quantities(text))
    found = sorted([*found, *find_zeros(text)], key=lambda q: q.start)
    for q in found:
        index = bisect.bisect_right(ctx.starts, q.start) - 1
        if index < 0 or q.end > sentences[index].end or sentences[index].voice == "furniture":
            continue
        if _overlaps(date_starts, dates, q) or _overlaps(credit_starts, credits, q):
            continue
        if is_context(text, q) and story_unit(text, q.end, story_terms_of(ctx)) is None:
            continue  # "312 homes" is a count in a story that counts homes
        kept.append((index, deny(text, sentences[index].start, q)))
    figures: list[Figure] = []
    window: tuple[int, int] | None = None  # the noun phrase of a partitive's whole
    previous_part: Quantity | None = None
    leaned: dict[int, str | None] = {}  # how each figure leant on the one before
    for n, (index, q) in enumerate(kept):
        low = kept[n - 1][1].end if n and kept[n - 1][0] == index else sentences[index].start
        nxt = n + 1 < len(kept) and kept[n + 1][0] == index
        high = kept[n + 1][1].start if nxt else sentences[index].end
        unit = q.unit if q.unit is not None or not PEOPLE_AFTER.match(text, q.end) else "people"
        unit = story_unit(text, q.end, story_terms_of(ctx)) or unit
        unit = "rockets" if unit is None and ROCKETS_AFTER.match(text, q.end) else unit
        if unit is None and (label := label_before(text, q.start)) is not None:
            unit = "people" if LABEL_PEOPLE.search(text, *label) else None  # "Injured: 806"
            unit = "people" if unit is None and under_people(text, q.start) else unit
        unit = "people" if unit is None and number_of_people(text, q.start) else unit
        inherits = figures and low != sentences[index].start and counts_as_before(text, q)
        if unit is None and inherits:
            unit = figures[-1].unit if figures[-1].unit != "other" else None
        others = unit is None and _OTHERS.match(text, q.end) is not None
        if others:
            unit = _unit_of_others(figures, sentences[index].start)
        # The figure before, if in this sentence or the one before: a total or what an
        # elliptical figure counts ("430 people were killed in the west and 380 in the east").
        near = figures and figures[-1].start >= sentences[max(0, index - 1)].start
        before = (figures[-1].start, figures[-1].unit) if near else None
        # "and some 2,000 more in Chinchiná" (blind set 22) leans as "2,000 in Chinchiná" does
        last = (figures[-1].start, figures[-1].unit) if figures else None  # "always said 57"
        leans = lean_on(text, sentences[index].start, q, None if others else unit, before, last)
        if leans == "item" and before and leaned.get(before[0]) == "part":
            leans = "part"  # the next item of a list beside a total
        leaned[q.start] = leans
        unit = "people" if leans else unit
        whole, window = window, None
        keyword = None
        if nxt and _PARTITIVE.fullmatch(text, q.end, kept[n + 1][1].start):
            following = n + 2 < len(kept) and kept[n + 2][0] == index
            after = kept[n + 2][1].start if following else sentences[index].end
            unit = unit or kept[n + 1][1].unit
            figure, keyword = _figure(ctx, index, q, (kept[n + 1][1].end, after), unit)
            if keyword is not None and keyword[0] >= kept[n + 1][1].end:
                # "nine of the 11 dead": a keyword right after the whole is its noun
                adjacent = not text[kept[n + 1][1].end : keyword[0]].strip()
                window = (kept[n + 1][1].end, keyword[1 if adjacent else 0])
            elif keyword is not None and keyword[1] <= q.start:
                # "downed two of the four missiles headed for the town": the verb before the
                # part is what the part did; the whole takes only words after its own noun.
                window = (kept[n + 1][1].end, after)
        elif whole is not None:
            figure, _ = _figure(ctx, index, q, whole, unit, whole)
        else:
            figure, keyword = _figure(ctx, index, q, (low, high), unit)
        if leans:
            metrics = story_terms_of(ctx).metrics
            previous = figures[-1] if before else None
            if leans == "restated":  # a bare count restated: the toll's, else the last count's
                floor = q.start - RESTATED_REACH
                reach = takewhile(lambda f, floor=floor: f.start > floor, reversed(figures))
                previous = next((f for f in reach if f.metric == "killed"), figures[-1])
            figure = _leaning(text, sentences[index].start, figure, leans, previous, metrics)
        if keyword is None and figure.metric == OTHER_PEOPLE and figures:
            figure = _as_sibling(text, figure, figures[-1])  # "- Outlet B: close to 600"
        if figures and _OF_THE_WHOLE.search(text, max(low, q.start - 20), q.start):
            figure = _whole_scope(figure, figures[-1])  # ", of which 18 were shot down"
        elif inherits:
            figure = _whole_scope(figure, figures[-1])  # "18 of them were shot down"
            figure = earlier_step(text, q, figure, figures[-1], keyword is not None)
        part = is_part(text, sentences[index].start, q, previous_part)
        previous_part = q if part else None
        if part:
            figure = take_group_metric(ctx, index, figure, figures)
        elif keyword is None and figure.metric == OTHER_PEOPLE and near and figure.unit == "people":
            figure = next_in_list(text, figure, figures[-1], sentences[index].start)
        figures.append(continue_scope(ctx, index, figure, figures))
    linked = as_first_told(text, link_figures(text, whole_speakers(ctx, figures)))
    linked = date_by_next(ctx, linked)  # "… The statement was made at 15:05 local time."
    # Every count of people or munitions is a row, with metric ``other`` when no toll word
    # describes it ("52 have been admitted to hospital", "hundreds of thousands are thought to
    # remain"): a ledger editor sees it and what it counts. A bare number no noun or toll word
    # ties to people ("her hospital had treated 64") is left to the editor; things that are
    # not counts (buildings, ages, markers, names) were dropped by :func:`is_context`; counts
    # of attacks ("43 attacks", "shelled … 43 times") are rows too.
    attacks = {q.start for _, q in kept if ATTACKS_AFTER.match(text, q.end)}
    kept = settle_corrections(ctx, [  # "Correction: An earlier version said 37 …"
        f for f in linked
        if f.metric != "other" or f.unit in ("people", "rockets") or f.start in attacks
    ])  # fmt: skip
    if model:
        kept = rerank(text, sentences, register.sides, kept)
    # The story's own code for its event (the rules say ``strike``) and its metric names.
    return in_story_words(kept, register.event_scope, story_terms_of(ctx))


#: ", of which 18 were shot down", "among them 12": the figure after it is part of the one before.
_OF_THE_WHOLE = re.compile(r"(?:of|among)\s+(?:which|them|whom|these|those)\s*,?\s*\Z", re.I)


def _whole_scope(figure: Figure, whole: Figure) -> Figure:
    """Give a part ("of which 18") its whole's scope when the whole is not the event's."""
    if whole.scope != EXTRACTOR_EVENT_SCOPE and figure.scope == EXTRACTOR_EVENT_SCOPE:
        return replace(figure, scope=whole.scope)
    return figure


def _leaning(
    text: str,
    sentence_start: int,
    figure: Figure,
    leans: str,
    before: Figure | None,
    metrics: frozenset[str],
) -> Figure:
    """Give a figure that leans on the one before its metric (:mod:`.breakdowns`): a
    breakdown's item beside a total is a part (other); an elliptical figure counts what the
    one before counts unless a verb of its own says otherwise."""
    if leans == "part":
        return replace(figure, metric="other")
    if leans == "restated" and figure.metric != OTHER_PEOPLE:
        return figure  # "the death toll … has reached 115": its own words say what it counts
    if leans == "item":  # the list's nearest toll word, or what the item before counts
        head = find_keywords(text, sentence_start, figure.start)
        tolls = [m for _, _, m in head if m in PEOPLE_METRICS and m in metrics]
        metric = (tolls[-1] if tolls else None) or (
            before.metric if before is not None else figure.metric
        )
        return replace(figure, metric=metric) if figure.metric != metric else figure
    if leans == "another" or has_own_verb(text, figure.end):
        stop = re.compile(r"[,;.:]|\s(?:while|whereas|but)\s").search(text, figure.end)
        own = find_keywords(text, figure.end, stop.start() if stop else len(text))
        metric = next((m for _, _, m in own if m in PEOPLE_METRICS and m in metrics), "other")
        return replace(figure, metric=metric) if figure.metric != metric else figure
    if before is not None and before.metric != figure.metric:
        return replace(figure, metric=before.metric)
    return figure


def _as_sibling(text: str, figure: Figure, before: Figure) -> Figure:
    """Give a bullet item's bare figure ("- Outlet B: close to 600, based on …") the metric
    and unit of the item just above it ("- City council: about 300 dead"): a list of
    estimates counts one thing (:func:`~makiivka.extract.lists.is_sibling_item`)."""
    if before.metric == OTHER_PEOPLE or not is_sibling_item(text, figure.start, before.start):
        return figure
    return replace(figure, metric=before.metric, unit=before.unit)


_CLAUSE_END = re.compile(r"[,;.:]\s|\s(?:and|but|while|whereas)\s")


def _clause_around(text: str, q: Quantity, bounds: tuple[int, int]) -> tuple[int, int]:
    """Return the clause a figure stands in, within its bounds (the words its neighbours
    leave it): from the last break before it to the first one after it."""
    start = max([m.end() for m in _CLAUSE_END.finditer(text, bounds[0], q.start)] or [bounds[0]])
    after = _CLAUSE_END.search(text, q.end, bounds[1])
    return start, after.start() if after else bounds[1]


def _unit_of_others(figures: list[Figure], sentence_start: int) -> str | None:
    """Return the unit "N others" / "N more" counts: people if the sentence (else the figure
    just before it) counted people."""
    units = []
    for f in reversed(figures):  # only this sentence's figures: bounded work per figure
        if f.start < sentence_start:
            break
        if f.unit != "other":
            units.insert(0, f.unit)
    if not units and figures and figures[-1].unit == "people":
        return "people"  # "… said 14 people were killed. The service later said 30 more …"
    return "people" if "people" in units else (units[-1] if units else None)


def _overlaps(starts: list[int], spans: list, q: Quantity) -> bool:
    """Tell whether a quantity overlaps a span (spans sorted by start: dates, photo credits)."""
    i = bisect.bisect_left(starts, q.end)
    return any(spans[j][1] > q.start for j in range(max(0, i - 3), i))


def extract_command(args: argparse.Namespace) -> int:
    """Print the figures of one article as CSV or JSON, zone-less times in the story's zone."""
    published, text = parse_published(args.published), read_article(args.file)
    figures = extract_figures(text, published, load_register(args.data), args.outlet)
    figures = in_story_zone(text, figures, story_zone(args.data), published)  # as ingest reads
    sys.stdout.write(to_json(figures) if args.format == "json" else to_csv(figures))
    return 0
