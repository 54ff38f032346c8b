"""Link figures to each other: revisions ("from 63 to 89") and printed currency conversions."""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.metrics import CURRENCIES, PEOPLE_METRICS
from makiivka.extract.records import Figure
from makiivka.text.quantities import Quantity

_REVISION_TO = re.compile(r"\s+to\s+\Z")
_OF_WHICH = re.compile(r"\s+of\s+(?:which|them|whom|those|these)\b", re.IGNORECASE)


def counts_of_previous(text: str, end: int) -> bool:
    """Tell whether a figure is followed by "of which"/"of them" (so it counts the one before)."""
    return _OF_WHICH.match(text, end) is not None


_FROM_BEFORE = re.compile(r"(?<![\w-])from\s+(?:[\w'’-]+\s+){0,6}\Z", re.I)


_REVISION_FROM = re.compile(r",?\s+(?:(?:up|down)\s+)?from\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?\Z")


_REVISION_VERB = re.compile(
    r"(?:raised|raises|rose|risen|rises|increased|revised|boosted|climbed|grew|grown|jumped"
    r"|lowered|updated|up)\b"
)


#: "…, and later put the figure at 63": the figure restates the one before.
_RESTATES = re.compile(
    r"(?:(?:figure|number|count|tally|toll|estimate)\s+(?:at|to)|(?:the|a|that|this)\s+(?:figure"
    r"|number|count|estimate)\s+of"
    # "put the toll at 27 on Sunday, then at 29 on Monday" (round 22's second new user)
    r"|\A(?:\s+(?:on|by|at)\s+[\w:.]+(?:\s+\w+)?)?,?\s+(?:and\s+)?then\s+(?:at|to))\s+\Z",
    re.I,
)


#: "…, and Giles said 400-500 could be closer to the truth": the figure re-estimates the one before.
_REESTIMATES = re.compile(
    r"\s+(?:could|may|might|would|is|was|are|were)\s+(?:well\s+|also\s+)?(?:be\s+)?"
    r"(?:closer|nearer|more\s+(?:accurate|realistic|likely)|the\s+(?:real|true|actual|likelier))\b",
    re.I,
)


#: Words that make a restated figure a revision of the one before it.
_CHANGED = re.compile(
    r"\b(?:later|now|then|since|subsequently|revised|raised|lowered|updated)\b", re.I
)


#: "up from 63", "down from 63": the second figure is the earlier one, whatever the verb.
_UP_FROM = re.compile(  # "31 bodies had been recovered, up from 24" (round 22's new user)
    r"(?:\s+[\w'’-]+){0,6}?,?\s+(?:up|down)\s+from\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?\Z", re.I
)


#: Right before an earlier figure a revision names: "31 bodies …, up from 24".
_UP_FROM_BEFORE = re.compile(
    r"(?i)\b(?:(?:up|down)\s+from\s+(?:(?:an?|the)\s+)?|then\s+(?:at|to)\s+)\Z"
)  # "…, then at 29 on Monday" (round 22's second new user): the toll's next step


def counts_as_before(text: str, q: Quantity) -> bool:
    """Tell whether a figure *q* counts what the figure before it counts: "of
    them" after it (:func:`~makiivka.extract.metrics.counts_of_previous`), or "up from" before
    it (round 22's new user: "31 bodies had been recovered, up from 24" had lost the 24)."""
    return counts_of_previous(text, q.end) or _step_from(text, q)


def _step_from(text: str, q: Quantity) -> bool:
    """Tell whether a figure is the earlier step of a revision ("up from 24", "then at 29") or
    a hedged alternative to the figure before ("killed hundreds, and probably thousands, of
    people": blind set 25)."""
    return (
        _UP_FROM_BEFORE.search(text, max(0, q.start - 30), q.start) is not None
        or _ALTERNATIVE_BEFORE.search(text, max(0, q.start - 30), q.start) is not None
    )


#: "hundreds, and probably thousands,", "dozens or perhaps hundreds": the same count, hedged.
_ALTERNATIVE_BEFORE = re.compile(
    r"(?i)[\w,]\s+(?:and|or)\s+(?:probably|possibly|perhaps|maybe|even|likely|most\s+likely)"
    r"\s+\Z|\bnot\s+[\d,.]+\s+but\s+\Z"  # "the number of dead is not 11 but 17" (user 24)
)


def earlier_step(text: str, q: Quantity, figure: Figure, revised: Figure, found: bool) -> Figure:
    """Give the earlier figure of "…, down from 27 on Sunday" what the figure it was revised
    to counts when no toll word of its own says (*found* False): "\"Nineteen people are still
    missing,\" X told AFP, down from 27 on Sunday" (round 23's new user) counts the missing."""
    if (
        _step_from(text, q)
        and not found
        and figure.metric == "other"
        and revised.metric in PEOPLE_METRICS
    ):
        return replace(figure, metric=revised.metric, unit=revised.unit)
    return figure


#: A figure the text marks as an earlier one: "its earlier toll of 63", "initially reported
#: more than 15", "had previously said 50". When it was stated is unknown unless dated itself.
EARLIER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:earlier|previous|initial|original|prior|preliminary|first|old)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:of|at|was|had\s+been|stood\s+at)\s+(?:(?:an?|the)\s+)?"
    r"|(?:initially|originally|previously|earlier|first|at\s+first)\s+(?:\w+\s+){0,3}?"
    r"(?:said|says|reported|claimed|stated|put|gave|estimated|announced|counted)"
    r"\s+(?:(?:that|it|the\s+\w+\s+(?:at|as))\s+)?)\Z",
    re.I,
)


#: A sentence naming the figure that the sentence before it replaced: "This revises the figure
#: of 78 dead announced on 11 February" (round 24's second new user): the 78 is the earlier.
REVISES_BEFORE = re.compile(
    r"(?<![\w-])(?:this|it|which|that)\s+(?:revises|revised|replaces|replaced|updates|updated"
    r"|corrects|corrected|supersedes|superseded)\s+(?:the|an?|its|their|our)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:figure|toll|count|estimate|number|tally)\s+of\s+(?:(?:an?|the)\s+)?\Z",
    re.I,
)


def _revised_before(text: str, a: Figure, b: Figure, between: str) -> bool:
    """Tell whether b is the earlier figure a sentence names as the one the figure before it,
    *a* (in the sentence before, with no paragraph between), replaced."""
    return (
        REVISES_BEFORE.search(text, max(0, b.start - 80), b.start) is not None
        and "\n\n" not in between
        and b.metric in (a.metric, "other")
        and a.metric != "other"
    )


_CONVERSION = re.compile(r"\s*[(;,/]\s*(?:or\s+)?(?:about\s+|around\s+|some\s+)?\Z")


#: A difference between two counts, no count itself: "four more than the state's figure".
_DIFFERENCE = re.compile(
    r"\s+(?:more|fewer|less|higher|lower)\s+than\s+(?:the|its|their|a)\b", re.I
)


def link_figures(text: str, figures: list[Figure]) -> list[Figure]:
    """Mark revisions ("from 63 to 89", "to 89 from 63") and printed currency conversions; a
    difference ("26 on Wednesday, four more than the government's figure", round 23's new
    user) counts no one itself: metric other."""
    out = [replace(f, metric="other") if _DIFFERENCE.match(text, f.end) else f for f in figures]
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        between = text[a.end : b.start]
        if b.unit in CURRENCIES and a.unit in CURRENCIES and _CONVERSION.fullmatch(between):
            if a.unit != b.unit:
                source = out[i - 1]
                origin = source.converts if source.converts is not None else source.start
                out[i] = replace(
                    b, metric=source.metric, scope=source.scope, claimant=source.claimant,
                    side=source.side, stated_at=source.stated_at,
                    claimant_name=source.claimant_name, converts=origin,
                )  # fmt: skip
            continue
        if _revised_before(text, a, b, between) and (a.claimant, a.side) == (b.claimant, b.side):
            old = replace(b, metric=a.metric, unit=a.unit, scope=a.scope)
            out[i - 1] = replace(a, revises=b.start, claimant=a.claimant or b.claimant)
            out[i] = old if old.stated_at != a.stated_at else replace(old, stated_at="")
            continue
        restates = _RESTATES.search(between) or (
            _REESTIMATES.match(text, b.end) and a.metric in PEOPLE_METRICS
        )
        if b.metric in ("other", a.metric) and a.metric != "other" and restates:
            out[i] = b = replace(b, metric=a.metric, unit=a.unit, scope=a.scope)
            if _CHANGED.search(between) and b.claimant == a.claimant and b.side == a.side:
                # "… said 60 to 70 died, and later put the figure at 63": a revision.
                out[i] = replace(b, revises=a.start)
            continue
        earlier, later = None, None
        if _REVISION_TO.fullmatch(between) and _FROM_BEFORE.search(
            text, max(0, a.start - 80), a.start
        ):
            earlier, later = i - 1, i
        elif _second_is_earlier(text, a, b, between):
            earlier, later = i, i - 1
        elif _RISEN_TO.search(between) and a.claimant == b.claimant and a.side == b.side:
            earlier, later = i - 1, i  # "first counted 17 dead …; the figure has risen to 24"
        if earlier is None:
            continue
        old, new = out[earlier], out[later]
        metric = new.metric if new.metric != "other" else old.metric
        unit = new.unit if new.unit != "other" else old.unit
        shared = dict(
            metric=metric, unit=unit, scope=old.scope if metric == old.metric else new.scope
        )
        # The date cue belongs to the new statement; when the old figure was stated is unknown.
        stated = "" if old.stated_at == new.stated_at else old.stated_at
        if out[later].revises is not None:
            continue
        out[earlier] = replace(old, **shared, stated_at=stated)
        out[later] = replace(
            new, **shared, claimant=new.claimant or old.claimant, side=new.side, revises=old.start
        )
    return _revised_since(text, out)


#: A clause after a figure that says the figure after it has replaced it: "17 dead this
#: morning; the figure has risen to 24" (round 24's new user: a union's post).
_RISEN_TO = re.compile(
    r"(?i)\A[^.;]{0,60}?(?:;|,\s+and|\s+and)\s+(?:the|that|this|its|our|their)\s+(?:figure|number"
    r"|count|toll|tally)\s+(?:has|had)\s+(?:now\s+|since\s+)?(?:risen|climbed|grown|increased"
    r"|jumped|gone\s+up|fallen|dropped|gone\s+down)\s+to\s+(?:(?:about|at\s+least|more\s+than)"
    r"\s+)?\Z"
)
#: After an earlier figure, its revision told with no figure: "Earlier today the Governorship had
#: announced 36 deaths; the figure was revised after two more bodies were recovered" (round
#: 24's new user: a governor's statement whose own figure, 38, stood above).
_REVISED_SINCE = re.compile(
    r"(?i)[^.;\n]{0,40}?;\s+(?:the|that|this|its)\s+(?:figure|number|count|toll|tally)\s+"
    r"(?:was|has\s+been|had\s+been|has\s+since\s+been|was\s+later|was\s+since)\s+"
    r"(?:revised|updated|raised|lowered|corrected)\b"
)

#: A figure told in the pluperfect, as one said before: "the Governorship had announced 36".
_HAD_SAID = re.compile(
    r"(?i)\bhad\s+(?:\w+\s+)?(?:said|announced|reported|put|given|counted|confirmed)\s+"
    r"(?:(?:about|some|at\s+least|more\s+than)\s+)?\Z"
)


def _revised_since(text: str, figures: list[Figure]) -> list[Figure]:
    """Link an earlier figure whose revision the text tells with no figure ("had announced 36
    deaths; the figure was revised …") to the figure of its metric the text gave before it,
    its speaker's own or no one's named (the statement's current figure: 38)."""
    out = list(figures)
    for i, b in enumerate(out):
        told = _REVISED_SINCE.match(text, b.end)
        said = _is_earlier(text, b) or _HAD_SAID.search(text, max(0, b.start - 40), b.start)
        if told is None or not said:
            continue
        if i + 1 < len(out) and out[i + 1].start < told.end():
            continue  # another figure before the revision's words: which one is not said
        for j in range(i - 1, -1, -1):
            a = out[j]
            if a.metric != b.metric or a.metric not in PEOPLE_METRICS or a.voice != b.voice:
                continue
            mine = not a.claimant or not b.claimant or a.claimant == b.claimant
            if a.revises is None and mine and not _is_earlier(text, a):
                out[j] = replace(a, revises=b.start)
            break
    return out


def _is_earlier(text: str, figure: Figure) -> bool:
    """Tell whether the text marks a figure as an earlier one ("had earlier said 30")."""
    return EARLIER_BEFORE.search(text, max(0, figure.start - 80), figure.start) is not None


def _second_is_earlier(text: str, a: Figure, b: Figure, between: str) -> bool:
    """Tell whether b is the earlier figure that a revises ("89, up from 63", "rose to 89
    from 63", "89 died, raising its earlier toll of 63")."""
    if "." in between:
        return False
    # "raised the death toll from the collapse of the Yanamayo dam to 41 from 23": a toll's
    # noun phrase may stand between the verb and the figure (round 18's new user)
    if _REVISION_FROM.fullmatch(between) and _REVISION_VERB.search(
        text, max(0, a.start - 100), a.start
    ):
        return True
    if _UP_FROM.fullmatch(between):
        return True
    earlier = EARLIER_BEFORE.search(text, max(0, b.start - 80), b.start)
    return bool(earlier) and b.metric in (a.metric, "other")
