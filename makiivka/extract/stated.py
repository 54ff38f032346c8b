"""Date a statement: the date phrase beside its attribution, or beside the figure itself.

"…, the Norlandic Defence Ministry said on Wednesday" dates the statement; "the weekend
attack" or "fired 20 missiles on Jan. 2" date the event, not the statement. Look-ups are by
position within a fixed reach, so the work per figure does not grow with the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from makiivka.extract.links import EARLIER_BEFORE, REVISES_BEFORE
from makiivka.text.dates import ResolvedDate
from makiivka.text.quantities import Quantity

if TYPE_CHECKING:
    from makiivka.extract.cue import Cue
    from makiivka.extract.document import Context
    from makiivka.extract.records import Figure
    from makiivka.extract.sentences import Sentence

#: How far (characters) a date may stand from an attribution to date the statement.
DATE_REACH = 40
#: The longest date phrase (characters): dates are looked up by position within this reach.
DATE_LONGEST = 120

_EVENT_AFTER = re.compile(
    r"\s+(?:attacks?|strikes?|raids?|blasts?|explosions?|shelling|bombing|assault)\b", re.I
)
_EVENT_BEFORE = re.compile(
    r"(?:attacks?|strikes?|raids?|blasts?|explosions?|shelling|since|until|before|after|from"
    r"|began|fire|fired|rockets?|missiles?)\s+\Z",
    re.I,
)
#: What ends the reported clause before a trailing attribution ("…, X said").
TRAILING = re.compile(r"[,”\"—]\s*\Z")


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


#: A revision's earlier figure right before a date phrase: "up from 23 " (a day earlier).
_FROM_FIGURE = re.compile(r"(?i)\bfrom\s+[0-9][0-9,.]*(?:\s+[a-z]+)?\s+\Z")
#: A revision told "to N from M" (a wire's order): a day after it dates the revision, not M.
_TO_FROM = re.compile(r"(?i)\bto\s+[0-9][0-9,.]*\s+from\s+\Z")
_TO_BEFORE = re.compile(r"(?i)\bto\s+[0-9][0-9,.]*\s+\Z")


#: A speaker's description before a date: "The committee, formed by survivors on Tuesday,
#: says" (round 20's new user): the day it was formed, not the day it spoke.
_FORMED_BEFORE = re.compile(
    r"(?i),\s+(?:formed|founded|set\s+up|created|established|launched|appointed|elected)\s+"
    r"(?:[\w'’-]+\s+){0,4}?\Z"
    # "Mare Libero, a rescue charity that relayed the boat's distress call on Monday night,
    # says" (round 22's new user): what the speaker did then, not when it spoke
    r"|,\s+(?:[\w'’-]+\s+){0,4}?(?:that|which|who)\s+(?!said|says|told)(?:[\w'’-]+\s+){1,6}?\Z"
)


def _is_event_date(text: str, start: int, end: int) -> bool:
    """Tell whether a date phrase dates the event ("the weekend attack") or the speaker ("formed
    on Tuesday"), not a statement."""
    return bool(
        _EVENT_AFTER.match(text, end)
        or _EVENT_BEFORE.search(text, max(0, start - 16), start)
        or _FORMED_BEFORE.search(text, max(0, start - 90), start)
    )


def cue_date(ctx: Context, cue: Cue, sentence: Sentence) -> str:
    """Return the date of the statement a cue introduces, from a date phrase beside it.

    A trailing cue ("…, Norland's military said") is dated only by a phrase after its start:
    a date before it is inside the reported clause ("fired 20 missiles on Jan. 2").
    """
    best, best_gap, chosen, days = "", None, None, []
    trailing = bool(TRAILING.search(ctx.text, max(sentence.start, cue.start - 4), cue.start))
    # "On Sunday, Kyiv said …": a date opening the sentence dates the cue after its comma.
    trailing &= not any(
        _OPENS.fullmatch(ctx.text, sentence.start, a) and not ctx.text[b : cue.start].strip(" ,")
        for a, b, _ in ctx.dates_near(sentence.start, sentence.start + 40)
    )  # also "Earlier, on 2 November, the Committee reported" (round 23's second new user)
    low, high = max(sentence.start, cue.start - DATE_REACH), min(sentence.end, cue.end + DATE_REACH)
    for a, b, resolved in ctx.dates_near(low, high + 1):
        state = _TOLL_STATE.search(ctx.text, max(sentence.start, a - 40), a)
        if b <= sentence.start or a >= sentence.end or (trailing and a < cue.start and not state):
            continue
        gap = a - cue.end if a >= cue.end else cue.start - b
        if gap > DATE_REACH or (a < cue.end and b > cue.start and resolved is None):
            continue
        if resolved is None or _is_event_date(ctx.text, a, b):
            continue
        earlier = _FROM_FIGURE.search(ctx.text, max(0, a - 30), a)
        if earlier and not _TO_BEFORE.search(
            ctx.text, max(0, earlier.start() - 30), earlier.start()
        ):
            continue  # "up from 23 a day earlier": the earlier figure's day, not the statement's
        if b <= cue.start and _NEXT_CLAUSE.match(ctx.text, b, cue.start):
            continue  # "the boat that sank last week and that it believed": the clause before's
        days = [*days, resolved] if resolved.precision in ("day", "part_of_day") else days
        if best_gap is None or gap < best_gap:
            best, best_gap, chosen = format_date(resolved), gap, resolved
    if best and chosen.precision == "minute" and not _DAY_WORD.search(chosen.text) and days:
        # "stood at 18 on Sunday afternoon, X said at 1.00 pm": the clock on the day stated
        d = days[0].start
        best = format_date(replace(chosen, start=chosen.start.replace(d.year, d.month, d.day)))
    if not best and trailing:  # "X said on Wednesday evening that …, AFP reported, citing Y"
        said = [r for a, b, r in ctx.dates_near(sentence.start, cue.start) if r is not None
                and sentence.start <= a and _said_when(ctx.text, a, b)]  # fmt: skip
        best = format_date(said[0]) if said else ""
    return best


#: A speech verb's own date before its "that": "X said on Wednesday evening that around 150
#: …, AFP reported, citing …" (round 26's new user): the statement relayed is of that day.
_SAID_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:said|says|told\s+[\w'’-]+(?:\s+[\w'’-]+)?|reported|announced|stated)\s+\Z"
)
_THAT_AFTER = re.compile(r"(?i)\s*,?\s*that\b")


def _said_when(text: str, start: int, end: int) -> bool:
    """Tell whether a date phrase stands between a speech verb and its "that"."""
    return bool(
        _SAID_BEFORE.search(text, max(0, start - 40), start) and _THAT_AFTER.match(text, end)
    )


#: A reported clause's end between a date and the cue after it: "… sank off X last week and
#: that it believed more than 400 had died" (round 25's new user: the statement was dated
#: by the sinking's week).
_NEXT_CLAUSE = re.compile(r"(?i)\s*,?\s*(?:and|but)\s+that\b")


#: Words that give a clock time its day ("on Sunday", "14 March", "yesterday").
_DAY_WORD = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|\d{4}|\bon\s+\d"
)


#: A toll's state on a day: "stood at 937 on Tuesday, Civil Defense said" was said then (the
#: labelled sets date it so; round 23's new user: "stood at 18 on Sunday afternoon, X said").
_TOLL_STATE = re.compile(
    r"(?i)\b(?:stood|stands|stand)\s+at\s+(?:about\s+|at\s+least\s+|more\s+than\s+)?[\d,]+\s+\Z"
)


_OPENS = re.compile(r"(?i)(?:(?:earlier|later|previously|then|meanwhile)\s*,?\s*)?(?:on\s+)?")


def own_date(ctx: Context, q: Quantity) -> str:
    """Return the date phrase right beside a figure ("63 on Monday", "Monday's 63"), if any."""
    for a, b, resolved in ctx.dates_near(q.start - 8, q.end + 17):
        if resolved is None:
            continue
        # not across a sentence's end: "Earlier it had said 12.\n\n19:10 — …" (round 21's user)
        after = 0 <= a - q.end <= 16 and not re.search(r"[,.;!?\n]", ctx.text[q.end : a])
        before = 0 <= q.start - b <= 4 and ctx.text[b : q.start].strip() in ("'s", "’s", "")
        if after or before:
            return format_date(resolved)
    return ""


#: What an earlier figure's own words say of it before its date: "78 dead announced on 11
#: February", "the toll of 40 it gave on Monday".
_ANNOUNCED = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,5}?(?:announced|given|gave|reported|published|issued|released"
    r"|stated|put\s+forward)\s+\Z"
)


def _announced_date(ctx: Context, q: Quantity) -> str:
    """Return the date an earlier figure's own words give it ("78 dead announced on 11
    February"), if any, in its clause."""
    for a, _, resolved in ctx.dates_near(q.end, q.end + 60):
        if resolved is not None and a > q.end and _ANNOUNCED.fullmatch(ctx.text, q.end, a):
            return format_date(resolved)
    return ""


#: A later step of a revision told in one sentence: "… at 23 on Tuesday and then at 27 on
#: Wednesday" (round 20's new user): the step's own day.
_THEN_BEFORE = re.compile(
    r"(?i)(?<![\w-])then\s+(?:(?:at|to|(?:put|raised|lowered|revised|increased|cut)\s+it\s+(?:at|to)"
    r")\s+)?\Z"  # "first put the toll at 12 on Sunday morning, then raised it to 18" (user 23)
)


_FROM_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:up\s+|down\s+)?from\s+(?:the\s+|(?:its|their|his|her|the)\s+(?:earlier|"
    r"previous|initial|first|last)\s+(?:estimate|figure|count|toll|tally)\s+of\s+)?\Z"
)  # "down from the 150 it reported on Wednesday" (round 26's new user)


def revision_date(ctx: Context, floor: int, q: Quantity, stated: str) -> str:
    """Return the date of a figure that is one step of a revision told in its sentence: its own
    date phrase ("first put the toll at 23 on Tuesday and then at 27 on Wednesday"), else
    *stated* (for an earlier figure with no date of its own, none: it was not said then)."""
    if REVISES_BEFORE.search(ctx.text, max(floor, q.start - 80), q.start):
        # "This revises the figure of 78 dead announced on 11 February": its own day, or none
        return own_date(ctx, q) or _announced_date(ctx, q)
    if _THEN_BEFORE.search(ctx.text, max(floor, q.start - 30), q.start):
        return own_date(ctx, q) or stated
    earlier = _FROM_BEFORE.search(ctx.text, max(floor, q.start - 60), q.start)
    if earlier and _TO_FROM.search(ctx.text, max(floor, q.start - 40), q.start):
        return _announced_date(ctx, q)  # "revised it to 50 from 38 on Friday": the revision's day
    if earlier and (own := own_date(ctx, q) or _announced_date(ctx, q)):
        return own  # "to 29, from 27 announced on Sunday" (new user 22b)
    if stated and EARLIER_BEFORE.search(ctx.text, max(floor, q.start - 80), q.start):
        return own_date(ctx, q)
    return stated


#: A sentence that only dates the statement before it, its subject the statement itself: "The
#: statement was made at 02:15 local time.", "The update came at 16:30 local time on
#: Thursday." (round 24's new user's wires). Its words after these are date phrases only.
_DATING_HEAD = re.compile(
    r"(?i)[ \t]*(?:the|this|that|its|his|her|their|these|those)\s+(?:latest\s+|new\s+|last\s+"
    r"|updated\s+)?(?:statement|update|announcement|figures?|numbers?|toll|tally|briefing)\s+"
    r"(?:was|were|came|is|are|has\s+been|had\s+been|have\s+been)(?:\s+(?:made|issued|released"
    r"|given|published|announced|posted|delivered|put\s+out|read\s+out))?\s+"
)
#: What a dating sentence may hold beside its date phrases.
_DATING_REST = re.compile(r"(?i)(?:[\s,.;()]|\blocal\s+time\b|\blocal\b|\band\b)*")


def _dating_moment(ctx: Context, sentence: Sentence) -> tuple[ResolvedDate, bool] | None:
    """Return when a sentence that only dates the statement says it was made, and whether it
    names the day (the clock on the day named: "at 16:30 local time on Thursday"), else None."""
    head = _DATING_HEAD.match(ctx.text, sentence.start, sentence.end)
    if head is None:
        return None
    found = [(a, b, r) for a, b, r in ctx.dates_near(head.end(), sentence.end) if a >= head.end()]
    if not found or any(r is None or b > sentence.end for _, b, r in found):
        return None
    rest, at = [], head.end()
    for a, b, _ in found:
        rest.append(ctx.text[at:a])
        at = max(at, b)
    rest.append(ctx.text[at : sentence.end])
    if not all(_DATING_REST.fullmatch(part) for part in rest):
        return None  # "… was made by the governor at 02:15": a speaker, not only a time
    clocks = [r for _, _, r in found if r.precision in ("minute", "hour")]
    days = [r for _, _, r in found if r.precision == "day"]
    if len(clocks) > 1 or len(days) > 1 or (not clocks and not days):
        return None
    if not clocks:
        return days[0], True
    named = bool(_DAY_WORD.search(clocks[0].text) or clocks[0].anchor)
    if days and not named:
        d = days[0].start  # "at 16:30 local time on Thursday": the clock on the day named
        return replace(clocks[0], start=clocks[0].start.replace(d.year, d.month, d.day)), True
    return clocks[0], named


def date_by_next(ctx: Context, figures: list[Figure]) -> list[Figure]:
    """Date the figures a sentence that only dates their statement follows ("… raised its
    toll to 17 from 14. The statement was made at 15:05 local time.").

    The figures dated are those of the sentences before it in its paragraph (after any such
    sentence before), or, when it opens its paragraph, the body's figures before it: all of
    one speaker (the statement it names), none dated to the minute already. A figure dated
    only by a day keeps it and takes the clock (a day named otherwise keeps the figure's
    own); an earlier figure of a revision ("from 14", "had announced 36") is not dated by it.
    """
    with_figures = {bisect.bisect_right(ctx.starts, f.start) - 1 for f in figures}
    earlier = {f.revises for f in figures if f.revises is not None}
    out, done = list(figures), 0  # out[:done] are before a dating sentence already read
    for index, sentence in enumerate(ctx.sentences):
        if sentence.voice != "body" or index in with_figures:
            continue
        dating = _dating_moment(ctx, sentence)
        if dating is None:
            continue
        first = ctx.paragraph_start(index)
        low = ctx.sentences[first].start if first < index else 0  # its paragraph, or the text
        chosen = [i for i in range(done, len(out)) if low <= out[i].start < sentence.start]
        done = max([done, *[i + 1 for i in chosen]])
        chosen = [i for i in chosen if out[i].voice == "body"]
        if not chosen or len({(out[i].claimant, out[i].claimant_name) for i in chosen}) > 1:
            continue  # no statement, or several: which one the sentence dates is not said
        for i in chosen:
            f = out[i]
            if f.start in earlier or EARLIER_BEFORE.search(ctx.text, max(0, f.start - 80), f.start):
                continue
            if stated := _with_moment(f.stated_at, *dating):
                out[i] = replace(f, stated_at=stated)
    return out


def _with_moment(stated: str, moment: ResolvedDate, named: bool) -> str:
    """Return *stated* with a dating sentence's *moment* (*named*: it names its day), or ""
    when it would not be the same statement's: a time already, another day, a month."""
    if not stated:
        return format_date(moment)
    if len(stated) != 10 or moment.precision == "day":
        return ""
    if named:
        return format_date(moment) if format_date(moment)[:10] == stated else ""
    day = date.fromisoformat(stated)  # the statement's day, with the clock the sentence gives
    return format_date(replace(moment, start=moment.start.replace(day.year, day.month, day.day)))
