"""Read a figure's metric and event from its sentence and the article around it.

The rules that need more than the figure's own clause: the metric settled from the sentence
and article (:mod:`makiivka.extract.tolls`), whether the figure is set in another time, place
or attack (:mod:`makiivka.extract.elsewhere`), parts of a group, and a reply carried from
the sentence before. Each takes the extraction's :class:`~makiivka.extract.voices.Context`
and keeps what it works out once per article in ``ctx.__dict__["elsewhere"]``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date

from makiivka.extract.elsewhere import (
    carried_there,
    clause_of,
    foreign_speaker,
    near_event,
    sentence_elsewhere,
    wave_article,
    wave_in_sentence,
)
from makiivka.extract.metrics import PEOPLE_METRICS, TOLL_METRICS, find_keywords, suits
from makiivka.extract.periods import dated_before, earlier_clause, since_earlier
from makiivka.extract.records import Figure
from makiivka.extract.restatements import restated_figure
from makiivka.extract.scope import scope_cues
from makiivka.extract.speakers import EXTRACTOR_EVENT_SCOPE
from makiivka.extract.terms import StoryTerms
from makiivka.extract.tolls import (
    brought_total,
    counts_aboard,
    everyone_aboard_died,
    is_increment,
    resolve_casualties,
    subject_metric,
    toll_anaphor,
    total_subject,
)
from makiivka.extract.voices import Context
from makiivka.text.dates import find_dates
from makiivka.text.quantities import Quantity

#: A count of families or households: a row (the blind sets label each), never a toll of people.
_FAMILIES = re.compile(r"\s+(?:[\w-]+\s+)?(?:families|households)\b", re.I)
#: The dead and the missing counted together (the labelled sets: metric other).
_DEAD_OR_MISSING = re.compile(
    r"(?i)(?<![\w-])(?:dead|died|killed)\s+(?:and|or)\s+(?:(?:have|has|had|are|were|gone)\s+)?"
    r"(?:still\s+)?(?:missing|not\s+been\s+found|unaccounted)|missing\s+(?:and|or)\s+dead"
)
#: A list's names: "the list now has 220 names", "There are 39 names on it".
_NAMES = re.compile(r"\s+names\b(?!\s+of\s+(?:people|those|passengers|survivors))", re.I)


def _listed(text: str, before: int, q: Quantity) -> tuple[str, tuple[int, int] | None]:
    """Return what a list of names counts: the last toll word from the sentence before to the
    figure ("39 are missing … There are 39 names on it"), else the dead (the blind sets label
    a list of names set against a toll killed, missing or wounded; killed where none is said)."""
    tolls = [k for k in find_keywords(text, before, q.start) if k[2] in TOLL_METRICS]
    return (tolls[-1][2] if tolls else "killed"), None  # a word far off: no keyword of its own


_MONTH_NAMED = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]|[0-9]\s+(?:Jan|Feb"
    r"|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


def sentence_words(ctx: Context, index: int) -> tuple[list, dict]:
    """Return (and remember) a sentence's metric keywords and scope cues, found once for all
    its figures: the work per figure stays bounded however many figures a sentence holds."""
    if ctx.words[0] != index:
        s = ctx.sentences[index]
        found = find_keywords(ctx.text, s.start, s.end)
        cues = scope_cues(ctx.text, s.start, s.end, ctx.register.places)
        ctx.words = (index, found, cues)
    return ctx.words[1], ctx.words[2]


def settle_metric(
    ctx: Context, index: int, q: Quantity, unit: str | None, keywords: list,
    metric: str, keyword: tuple[int, int] | None,
) -> tuple[str, tuple[int, int] | None]:  # fmt: skip
    """Settle a figure's metric from its sentence and article (:mod:`makiivka.extract.tolls`)."""
    s, text = ctx.sentences[index], ctx.text
    if metric == "other" and keyword is None:
        found = subject_metric(text, s.start, q.start, keywords, lambda m: suits(m, unit))
        found = found or total_subject(text, s.start, q.start, keywords, lambda m: suits(m, unit))
        found = found or brought_total(text, s.start, q.start, keywords, lambda m: suits(m, unit))
        if not found:  # "It reached 64 in December": the toll of the sentence before
            before = ctx.sentences[index - 1].start if index else s.start
            found = toll_anaphor(text, before, q.start, lambda m: suits(m, unit))
        if not found and unit in (None, "people"):  # "The 1,833 comes from …": told before
            found = restated_figure(text, q.start, q.end, lambda m: suits(m, "people"))
        metric, keyword = found or (metric, keyword)
    elif unit in (None, "people"):
        found = total_subject(text, s.start, q.start, keywords, lambda m: suits(m, "people"))
        metric, keyword = found or (metric, keyword)
    if metric == "other" and _NAMES.match(text, q.end):  # "the list now has 220 names"
        metric, keyword = _listed(text, ctx.sentences[index - 1].start if index else s.start, q)
    elif _FAMILIES.match(text, q.end):  # "300 families had fled": households, not people
        metric, keyword = "other", None
    if metric in ("killed", "missing") and _DEAD_OR_MISSING.search(
        text, max(s.start, q.start - 50), min(s.end, q.end + 60)
    ):  # "49 names of people who are dead or have not been found": the two together
        metric = "other"
    if (
        metric == "killed_or_wounded"
        and keyword
        and text[keyword[0] : keyword[1]].lower()[:6] == "casual"
    ):
        metric = resolve_casualties(text, (s.start, s.end), keyword)
    if (
        metric in ("other", "present")
        and unit in (None, "people")
        and counts_aboard(text, s.start, s.end)
    ):
        cache = ctx.__dict__.setdefault("elsewhere", {})
        if "aboard" not in cache:
            cache["aboard"] = everyone_aboard_died(text)
        metric = "killed" if cache["aboard"] else metric
    if metric == "killed" and keyword and not counts_victims(text, q.end, keyword):
        metric, keyword = "other", None
    seriously = metric == "other" and _SERIOUSLY.match(text, q.end) is not None
    if seriously and not any(k[2] == "wounded" for k in keywords):
        # "2,045 dead, 10,679 seriously injured and 671 missing" (blind set 11: a disaster
        # agency's categories): the injured count itself; "seriously injured" beside another
        # injured count ("133 injured, 29 seriously") is its part
        metric = "wounded"
    return ("other" if is_increment(text, q.end, metric) else metric), keyword


#: "10,679 seriously injured", "799 people had been seriously injured": no part word between.
_SERIOUSLY = re.compile(
    r"(?i)\s+(?:people\s+|persons\s+)?(?:(?:were|had\s+been|have\s+been|are)\s+)?"
    r"(?:seriously|severely|critically|gravely)\s+(?:injured|wounded|hurt)\b"
)
#: "243 victims", "more than 240 victims": the figure's own noun.
_VICTIMS_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+victims\b", re.IGNORECASE)


def counts_victims(text: str, end: int, keyword: tuple[int, int]) -> bool:
    """Tell whether "victims", when it is a figure's killed keyword, is the figure's own noun.

    A list or the names of "243 victims" count the dead (blind sets 6 and 9); "victims"
    elsewhere in the sentence does not make money ("500,000 rupees to the victims' families")
    or a breakdown of the victims ("The victims are 18 nationals of …": parts, ``other``) a
    toll. True for any other keyword.
    """
    if not re.fullmatch(r"(?i)victims?", text[keyword[0] : keyword[1]]):
        return True
    after = _VICTIMS_AFTER.match(text, end)
    return after is not None and after.end() == keyword[1]


def in_story_words(figures: list[Figure], event_scope: str, terms: StoryTerms) -> list[Figure]:
    """Return figures in the story's own words: its code for its event (for the rules'
    ``strike``) and its ids for metrics it names otherwise (``dead`` for ``killed``)."""
    renamed = dict(terms.renamed)
    if event_scope == EXTRACTOR_EVENT_SCOPE and not renamed:
        return figures
    return [
        replace(
            f, metric=renamed.get(f.metric, f.metric),
            scope=event_scope if f.scope == EXTRACTOR_EVENT_SCOPE else f.scope,
        )
        for f in figures
    ]  # fmt: skip


def story_terms_of(ctx: Context) -> StoryTerms:
    """Return the story's terms for figures (a default set when the register has none)."""
    return getattr(ctx.register, "story", None) or StoryTerms()


def settle_scope(ctx: Context, index: int, q: Quantity, metric: str) -> str:
    """Return the scope of a figure its own words set at the event (``strike``): ``other``
    when its sentence moves to another time, place or attack, ``war`` when it counts since a
    day well before the event, else ``strike``."""
    if is_elsewhere(ctx, index, q, metric):
        return "other"
    s = ctx.sentences[index]
    clause = clause_of(ctx.text, s.start, s.end, q.start)
    dates = _dates_of(ctx, story_terms_of(ctx))
    starts = ctx.__dict__["elsewhere"]["date_starts"]
    lo, hi = bisect.bisect_left(starts, clause[0]), bisect.bisect_left(starts, clause[1])
    if since_earlier(ctx.text, *clause, story_terms_of(ctx), dates[lo:hi]):
        return "war"
    return "strike"


def _dates_of(ctx: Context, terms: StoryTerms) -> list:
    """Return (and remember) the article's date phrases the scope rules read."""
    cache = ctx.__dict__.setdefault("elsewhere", {})
    published = ctx.__dict__.get("published")
    if "dates" not in cache:
        # Without a publication date, "on May 23" is read against the event's own day.
        # Only dates that name their month: "last night" or "on Monday" need the publication.
        known = published is not None or terms.day is None
        cache["dates"] = (
            ctx.dates
            if known
            else [
                d
                for d in find_dates(ctx.text, terms.day)
                if _MONTH_NAMED.search(ctx.text, d[0], d[1])
            ]
        )

        cache["date_starts"] = [d[0] for d in cache["dates"]]
    return cache["dates"]


def foreign_voice(ctx: Context, index: int, name: str) -> str | None:
    """Return the other country a sentence opens on when its speaker stands for it
    (:func:`makiivka.extract.elsewhere.foreign_speaker`), else None."""
    s, terms = ctx.sentences[index], story_terms_of(ctx)
    return foreign_speaker(ctx.text, s.start, s.end, name, terms, ctx.register.places, _near(ctx))


def _near(ctx: Context) -> frozenset[str]:
    """Return the article's words near the event's places (:func:`near_event`), once."""
    cache = ctx.__dict__.setdefault("elsewhere", {})
    if "near" not in cache:
        spans = [(x.start, x.end) for x in ctx.sentences]
        cache["near"] = near_event(ctx.text, spans, ctx.register.places)
    return cache["near"]


def is_elsewhere(ctx: Context, index: int, q: Quantity, metric: str) -> bool:
    """Tell whether a figure is set in another time, place or attack than the event's."""
    cache = ctx.__dict__.setdefault("elsewhere", {})
    terms, places = story_terms_of(ctx), ctx.register.places
    published = ctx.__dict__.get("published")
    _dates_of(ctx, terms)
    _near(ctx)

    def part(a: int, b: int) -> bool:
        if (a, b) not in cache:
            # Only the clause's own date phrases: the work per clause stays bounded.
            lo = bisect.bisect_left(cache["date_starts"], a)
            hi = bisect.bisect_left(cache["date_starts"], b)
            dates, near = cache["dates"][lo:hi], cache["near"]
            cache[a, b] = sentence_elsewhere(ctx.text, a, b, terms, places, dates, published, near)
        return cache[a, b]

    def there(a: int, b: int) -> bool:
        if ("there", a, b) not in cache:
            cache["there", a, b] = carried_there(ctx.text, a, b)
        return cache["there", a, b]

    def sentence(i: int) -> bool:
        return part(ctx.sentences[i].start, ctx.sentences[i].end)

    s = ctx.sentences[index]
    clause = clause_of(ctx.text, s.start, s.end, q.start)
    if part(*clause) or earlier_clause(ctx.text, *clause, (q.start, q.end), terms):
        return True
    if dated_before((q.start, q.end), ctx.text, cache["dates"], terms):
        return True
    # "… also hit the centre; 18 people were injured there": the clause before.
    earlier = clause_of(ctx.text, s.start, s.end, clause[0] - 2) if clause[0] > s.start else None
    if earlier and there(*clause) and part(*earlier):
        return True
    # "19 people died there": the place of the sentence before, in the same paragraph or the
    # one before it.
    before = ctx.sentences[index - 1] if index else None
    close = before is not None and ctx.text.count("\n", before.end, s.start) <= 2
    if close and there(s.start, s.end) and sentence(index - 1):
        return True
    # A wider wave: "mass missile attack on <a whole side> killed 25" counts the wave; in an
    # article about a wave, munitions launched or shot down in a sentence that does not name
    # the event's place are the wave's.
    if "wave" not in cache:
        cache["wave"] = wave_article(ctx.text)
    if ("wave", index) not in cache:
        own = bool(places and places.search(ctx.text, s.start, s.end))
        cache["wave", index] = False if own else wave_in_sentence(ctx.text, s.start, s.end, terms)
    at = cache["wave", index]
    if at is False:
        return False
    if at is not None and at <= q.start:
        return True
    return cache["wave"] and metric in ("rockets_fired", "rockets_intercepted")


#: Between a whole and its part in apposition: " Palestinians, including ", " dead, among them ".
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\s")
_OF_THOSE_WERE = re.compile(
    r"\s+of\s+(?:them|those|these)\s+(?:were|was|are|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:injured|wounded|hurt|killed|missing)\b"
)
_INCLUDING = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*,\s*(?:including|among\s+them)\s+", re.I)


#: A sentence (or list item) that opens on its whole: "• Of the dead, 1,636 were found in Palu".
_FRONTED_WHOLE = re.compile(
    r"[^\w\n]{0,3}\s*Of\s+the\s+(?:[0-9][0-9,]*\s+)?(?:people\s+)?(?:(?P<killed>dead|killed"
    r"|victims)|(?P<wounded>wounded|injured|hurt))\s*,"
)


def whole_speakers(ctx: Context, figures: list[Figure]) -> list[Figure]:
    """Give the figures of a sentence that opens on its whole ("Of the dead, 1,636 were found
    in Palu, 171 in Donggala …") the speaker of that whole in the sentence before (the
    government's 2,045 dead), where nothing in their own sentence credits them (the
    outlet's voice): a breakdown is its total's (blind set 11)."""
    out: list[Figure] = []
    for f in figures:
        index = bisect.bisect_right(ctx.starts, f.start) - 1
        opening = _FRONTED_WHOLE.match(ctx.text, ctx.sentences[index].start) if index > 0 else None
        if opening is None or not f.attribution.startswith("outlet voice"):
            out.append(f)
            continue
        floor, own = ctx.sentences[index - 1].start, ctx.sentences[index].start
        wholes = [w for w in out if floor <= w.start < own and w.metric == opening.lastgroup
                  and w.side not in ("media", "unknown")]  # fmt: skip
        if not wholes:
            out.append(f)
            continue
        whole = wholes[-1]
        why = f"part of the figure at {whole.start} (its whole before it): {whole.attribution}"
        out.append(replace(f, claimant=whole.claimant, claimant_name=whole.claimant_name,
                           side=whole.side, relayed_by=whole.relayed_by, attribution=why,
                           confidence=min(whole.confidence or 0, 0.7)))  # fmt: skip
    return out


def take_group_metric(ctx: Context, index: int, figure: Figure, before: list[Figure]) -> Figure:
    """Make a part ("including 11 children", "18 of them seriously") a count of people with
    metric ``other`` in its group's scope: it is not a claimant's total for the category
    (the corpus conventions). The group is the last figure of this or the previous sentence
    that counts people with a metric; a part of a total about the war or another event keeps
    its own reading (it may be this event's own toll).
    """
    floor = ctx.sentences[max(0, index - 1)].start
    for group in reversed(before):
        if group.start < floor:
            break
        if group.unit == "people" and _INCLUDING.fullmatch(ctx.text, group.end, figure.start):
            # "8,525 Palestinians, including 3,542 children, have been killed since …": the
            # part of a whole in its own clause is counted where the whole is.
            toll = group.metric in PEOPLE_METRICS  # a part of a count of people is people
            unit = "people" if toll else figure.unit
            return replace(figure, metric="other", unit=unit, scope=group.scope)
        toll_of_a_count = group.metric not in TOLL_METRICS and figure.metric in TOLL_METRICS
        if group.unit == "people" and toll_of_a_count and _OF_THEM.match(ctx.text, figure.end):
            return figure  # "held some 170 detainees. Forty of them are receiving treatment
            # for injuries" (blind set 12): the part is the wounded themselves
        if group.metric in PEOPLE_METRICS and group.unit == "people":
            if group.scope != EXTRACTOR_EVENT_SCOPE:
                return figure  # "a monthly total …; of these, 52 occurred in the raid"
            return replace(figure, metric="other", unit="people", scope=group.scope)
    if figure.metric in TOLL_METRICS and _OF_THOSE_WERE.match(ctx.text, figure.end):
        return figure  # "Of the 115 who got off, 17 of those were injured": no toll before
    if figure.unit == "people":
        return replace(figure, metric="other")  # "two men were among the injured"
    return figure


def continue_scope(ctx: Context, index: int, figure: Figure, before: list[Figure]) -> Figure:
    """Keep a figure in the previous sentence's other event when its own sentence names none.

    "… 10 missiles were launched in reply. Four hit civilian buildings": the four
    belong to the reply, not to the strike. Only within a paragraph.
    """
    if figure.scope != "strike" or not before or any(sentence_words(ctx, index)[1].values()):
        return figure
    previous = before[-1]
    last = ctx.sentences[max(0, index - 1)]
    in_previous = last.start <= previous.start and last.line == ctx.sentences[index].line
    if in_previous and previous.scope == "other" and previous.metric != "other":
        return replace(figure, scope="other")
    return figure


def as_date(published: date | str | None) -> date | None:
    """Return the publication date as a date (None when unknown or unreadable)."""
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
