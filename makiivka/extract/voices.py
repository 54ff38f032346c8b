"""Decide whose voice states each figure: a cue in its sentence, a carried speaker, or the outlet.

For a figure the speaker is, in order: the nearest cue of its sentence (an anaphor such as
"it added" or "the ministry said" resolves to the last speaker it can name); the cue that
introduces the quotation it is in; the speaker carried from the sentences before it in the
same or the previous paragraph ("…, the governor said. A further 86 are in hospital."); else
the outlet's own voice (side ``media`` or the outlet's own side in the register, claimant
the outlet when one is given). Every look-up is by position (bisect) or bounded by a fixed
number of sentences, so the work per figure does not grow with the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import timedelta

from makiivka.extract.attribution import Cue, Register, find_cues
from makiivka.extract.sentences import Sentence
from makiivka.text.dates import ResolvedDate
from makiivka.text.quantities import Quantity

#: How far (characters) a date may stand from an attribution to date the statement.
DATE_REACH = 40
#: The longest date phrase (characters): dates are looked up by position within this reach.
DATE_LONGEST = 120
#: How many sentences back an anaphor ("the statement said") or a carried speaker may reach.
ANAPHOR_REACH = 8

_EVENT_AFTER = re.compile(
    r"\s+(?:attacks?|strikes?|raids?|blasts?|explosions?|shelling|bombing|assault)\b", re.I
)
_EVENT_BEFORE = re.compile(
    r"(?:attacks?|strikes?|raids?|blasts?|explosions?|shelling|since|until|before|after|from"
    r"|began|fire|fired|rockets?|missiles?)\s+\Z",
    re.I,
)
_TRAILING = re.compile(r"[,”\"—]\s*\Z")
#: The head noun of a described speaker ("the ministry", "the council's health committee").
_HEAD = re.compile(r"([a-z]+)\W*\Z", re.I)
_WORD = re.compile(r"[a-z]+")
_FUNCTION = frozenset(("the", "a", "an", "s", "of", "for", "and", "its", "his", "her", "their"))
#: Anaphors that stand for whoever spoke last, whatever their name.
_NO_HEAD = frozenset(
    ("he", "she", "it", "they", "him", "her", "them", "statement", "report", "briefing", "post")
)


@dataclass(frozen=True)
class Voice:
    """Who states a figure: claimant_id, name as written, side, date, relaying intermediary."""

    claimant: str
    name: str
    side: str
    stated_at: str
    relayed_by: str = ""
    denial: bool = False


@dataclass
class Context:
    """What one extraction run knows about the whole text (dates and quotes sorted by start)."""

    text: str
    sentences: list[Sentence]
    register: Register
    dates: list[tuple[int, int, ResolvedDate | None]]
    quotes: list[tuple[int, int]]
    outlet: str | None
    starts: list[int] = field(default_factory=list)
    cues: dict[int, list[Cue]] = field(default_factory=dict)
    resolved: dict[tuple[int, int, int], tuple[Cue | None, str]] = field(default_factory=dict)
    #: The last sentence's metric keywords and scope cues: (index, keywords, cues).
    words: tuple = (-1, [], {})

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.sentences]
        self.date_starts = [a for a, _, _ in self.dates]
        self.quote_starts = [a for a, _ in self.quotes]

    def sentence_cues(self, index: int) -> list[Cue]:
        """Return (and remember) the attribution cues of sentence index."""
        if index not in self.cues:
            s = self.sentences[index]
            self.cues[index] = find_cues(self.text, s.start, s.end, self.register)
        return self.cues[index]

    def dates_near(self, start: int, end: int) -> list[tuple[int, int, ResolvedDate | None]]:
        """Return the date phrases that start in [start - DATE_LONGEST, end), by position."""
        lo = bisect.bisect_left(self.date_starts, start - DATE_LONGEST)
        hi = bisect.bisect_left(self.date_starts, end)
        return self.dates[lo:hi]


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


def cue_date(ctx: Context, cue: Cue, sentence: Sentence) -> str:
    """Return the date of the statement a cue introduces, from a date phrase beside it.

    A trailing cue ("…, Ukraine's military said") is dated only by a phrase after its start:
    a date before it is inside the reported clause ("fired 20 missiles on Jan. 2").
    """
    best, best_gap = "", None
    trailing = bool(_TRAILING.search(ctx.text, max(sentence.start, cue.start - 4), cue.start))
    # "On Sunday, Kyiv said …": a date opening the sentence dates the cue after its comma.
    trailing &= not any(
        a == sentence.start and not ctx.text[b : cue.start].strip(" ,")
        for a, b, _ in ctx.dates_near(sentence.start, sentence.start + 1)
    )
    low, high = max(sentence.start, cue.start - DATE_REACH), min(sentence.end, cue.end + DATE_REACH)
    for a, b, resolved in ctx.dates_near(low, high + 1):
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


def own_date(ctx: Context, q: Quantity) -> str:
    """Return the date phrase right beside a figure ("63 on Monday", "Monday's 63"), if any."""
    for a, b, resolved in ctx.dates_near(q.start - 8, q.end + 17):
        if resolved is None:
            continue
        after = 0 <= a - q.end <= 16 and "," not in ctx.text[q.end : a]
        before = 0 <= q.start - b <= 4 and ctx.text[b : q.start].strip() in ("'s", "’s", "")
        if after or before:
            return format_date(resolved)
    return ""


def _head(cue: Cue) -> str:
    """Return the head noun of a described speaker, lower case ("" for a pronoun)."""
    m = _HEAD.search(cue.name)
    head = m[1].lower() if m else ""
    return "" if head in _NO_HEAD or cue.name.lower().startswith(("its ", "his ", "her ")) else head


def _speaker(ctx: Context, index: int, cue: Cue) -> tuple[Cue | None, int]:
    """Resolve an anaphor to the speaker it names, within ANAPHOR_REACH sentences.

    "the ministry" prefers the last named speaker whose name has the same head noun ("Russia's
    Defence Ministry"), else the last named speaker with a side.
    """
    head = _head(cue) if cue.name else ""
    words = set(_WORD.findall(cue.name.lower())) - _NO_HEAD - _FUNCTION if head else set()
    fallback: tuple[Cue | None, int] = (None, index)
    body = ctx.sentences[index].voice == "body"
    for i in range(index, max(-1, index - ANAPHOR_REACH - 1), -1):
        if body and ctx.sentences[i].voice != "body":
            break
        for earlier in reversed(ctx.sentence_cues(i)):
            if earlier.anaphor or earlier.own or (i == index and earlier.start >= cue.start):
                continue
            if earlier.side == "unknown" and earlier.described:
                continue
            if not head or words & set(_WORD.findall(earlier.name.lower())):
                return earlier, i
            if fallback[0] is None:
                fallback = (earlier, i)
    if head and cue.described:
        return None, index
    return fallback


def _quote_cue(ctx: Context, position: int) -> tuple[Cue | None, int]:
    """Return the cue that introduces the quotation around a position, if any."""
    i = bisect.bisect_right(ctx.quote_starts, position) - 1
    if i >= 0 and ctx.quotes[i][0] <= position < ctx.quotes[i][1]:
        a, b = ctx.quotes[i]
        index = bisect.bisect_right(ctx.starts, b - 1) - 1
        cues = [c for c in ctx.sentence_cues(index) if c.start >= b or c.end <= a]
        if cues:
            return cues[0], index
    return None, -1


def _nearest_cue(text: str, cues: list[Cue], q: Quantity) -> Cue:
    """Return the cue of a figure: the nearest before it, or a trailing one ("…, X said.").

    A cue after the figure wins over a nearer one before it only in the inverted form,
    right after a comma or closing quote ("Four hit buildings, Kyiv's military said").
    A cue that spans the figure ("X quoted Y as saying N") is its cue.
    """
    around = [c for c in cues if c.start <= q.start and q.end <= c.end]
    if around:
        return around[-1]
    before = [c for c in cues if c.end <= q.start]
    after = [c for c in cues if c.start >= q.end]
    trailing = [c for c in after if _TRAILING.search(text, max(0, c.start - 4), c.start)]
    if before and not trailing:
        return before[-1]
    if before:
        b, t = before[-1], trailing[0]
        return b if q.start - b.end <= t.start - q.end or b.source else t
    return after[0] if after else cues[0]


def _resolve(ctx: Context, index: int, cue: Cue) -> tuple[Cue | None, str]:
    """Return the named cue an anaphor stands for (or the cue itself) and its date.

    Remembered per cue: the figures of one sentence share their cues.
    """
    key = (index, cue.start, cue.end)
    if key not in ctx.resolved:
        ctx.resolved[key] = _resolve_cue(ctx, index, cue)
    return ctx.resolved[key]


def _resolve_cue(ctx: Context, index: int, cue: Cue) -> tuple[Cue | None, str]:
    """Return the named cue an anaphor stands for (or the cue itself) and its date."""
    stated = cue_date(ctx, cue, ctx.sentences[index])
    if cue.anaphor or (cue.described and not cue.claimant):
        named, named_index = _speaker(ctx, index, cue)
        if named is None and cue.anaphor and cue.name.lower() in ("it", "we"):
            return None, stated  # "It counted 14 craters", no speaker before: the outlet's report
        if named is None:
            return cue, stated
        stated = stated or cue_date(ctx, named, ctx.sentences[named_index])
        named = Cue(named.start, named.end, named.claimant, named.name, named.side, False,
                    relayed_by=cue.relayed_by, denial=cue.denial)  # fmt: skip
        return named, stated
    return cue, stated


def _carried(ctx: Context, index: int) -> tuple[Cue | None, str]:
    """Return the speaker carried into a sentence without cues from the body sentences before.

    A speaker carries forward through cue-less sentences of the same paragraph, at most
    ANAPHOR_REACH sentences, and into the next paragraph only from a paragraph that ends
    with a reported statement in indirect speech ("…, the governor said."), not a direct
    quotation (“…,” Giles said), after which the outlet speaks again. A headline or caption
    carries nothing.
    """
    line = ctx.sentences[index].line
    for i in range(index - 1, max(-1, index - ANAPHOR_REACH - 1), -1):
        s = ctx.sentences[i]
        if s.voice != "body" or s.line < line - 1:
            return None, ""
        cues = ctx.sentence_cues(i)
        if s.line < line and (not cues or not _ends_indirect(ctx, s, cues[-1])):
            return None, ""
        if cues:
            cue, stated = _resolve(ctx, i, cues[-1])
            if cue is None or cue.own:
                return None, ""
            return Cue(cue.start, cue.end, cue.claimant, cue.name, cue.side, False), stated
    return None, ""


def _ends_indirect(ctx: Context, sentence: Sentence, cue: Cue) -> bool:
    """Tell whether a sentence ends with a trailing cue to indirect speech (no quotation)."""
    body = ctx.text[sentence.start : sentence.end]
    trailing = _TRAILING.search(ctx.text, max(sentence.start, cue.start - 4), cue.start)
    tail = ctx.text[cue.end : sentence.end].strip(" .")
    return bool(trailing) and len(tail) < 40 and not any(q in body for q in '“”"')


def _fallback_side(ctx: Context, cue: Cue) -> str:
    """Return the side of a speaker whose words name none: its relay's, else the outlet's party.

    "Ukrainian media quoted the state railway operator": the operator speaks for the side
    that relays it. "the General Command said", in a party's own news agency: that party's.
    """
    sides = ctx.register.sides
    if cue.relayed_by:
        side = sides.side_of(cue.relayed_by)
        if side in sides.parties:
            return side
    claimant = ctx.register.claimants.get(ctx.outlet or "")
    if claimant is not None:
        side = sides.side_of(claimant.name)
        if side in sides.parties:
            return side
    return "unknown"


def outlet_voice(ctx: Context) -> Voice:
    """Return the outlet's own voice: its claimant and register side, else side media."""
    claimant = ctx.register.claimants.get(ctx.outlet or "")
    side = claimant.side if claimant is not None else "media"
    return Voice(ctx.outlet or "", "", side, "")


def attribute(ctx: Context, index: int, q: Quantity) -> Voice:
    """Return who states the figure q of sentence index (see the module docstring)."""
    sentence = ctx.sentences[index]
    cues = ctx.sentence_cues(index)
    cue, where = None, index
    if cues:
        cue = _nearest_cue(ctx.text, cues, q)
    else:
        cue, where = _quote_cue(ctx, q.start)
    stated = ""
    if cue is not None:
        cue, stated = _resolve(ctx, where, cue)
    elif sentence.voice == "body":
        cue, stated = _carried(ctx, index)
    if cue is not None and cue.side == "unknown" and not cue.anaphor:
        cue = replace(cue, side=_fallback_side(ctx, cue))
    if cue is None or cue.own:
        voice = outlet_voice(ctx)
        return Voice(
            voice.claimant, voice.name, voice.side, stated, denial=bool(cue and cue.denial)
        )
    return Voice(cue.claimant, cue.name, cue.side, stated, cue.relayed_by, cue.denial)
