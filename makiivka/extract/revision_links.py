"""Link a revision to the figure it replaced (``supersedes``), and date that figure before it.

A figure the text names as the one a revision replaced ("revised to 41 from 27", "rose to
15, up from eight earlier in the day", "down from its earlier estimate of 600", "… now says
about 270. The agency had earlier put the figure at 350.") is the revision's earlier row.
The ledger's ``supersedes`` needs it stated before its revision; a text seldom dates it, so
it is dated by its own words where they give a part of the revision's day ("27 he had
announced in the morning"), else its day only (never the revision's clock time: round 25's
new user had both figures of six such sentences at one minute, so none was linked), the
basis saying why. Figures of one day with no time can still not be ordered: the note says so.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from makiivka.extract.records import Figure
from makiivka.story import ids

#: A figure a revision names as the one it replaced: "(rose to 41), up from 27", "down from
#: its earlier estimate of 600".
_UP_FROM = re.compile(
    r"(?i)(?<![\w-])(?:up|down)\s+from\s+(?:an?\s+|the\s+|(?:its|their|his|her|the)\s+"
    r"(?:earlier|previous|initial|first|last)\s+(?:estimate|figure|count|toll|tally)\s+of\s+)?$"
)
#: A figure its sentence gives as what was said before: "The agency had earlier put the
#: figure at 350", "had previously said 350", after the revision in the sentence before.
_HAD_EARLIER = re.compile(
    r"(?i)(?<![\w-])(?:earlier|previously|initially)\s+(?:(?:put|given|set|placed)\s+(?:the|its"
    r"|their|this)\s+(?:figure|toll|number|estimate|count)\s+at|(?:said|reported|announced|"
    r"estimated)(?:\s+that)?)\s+$"
)
#: A figure a statement says it revised: "…, the agency said, revising its figure of 12 dead
#: given on Tuesday" (round 26's new user: not linked), "correcting its earlier toll of 40".
_REVISING = re.compile(
    r"(?i)(?<![\w-])(?:revising|correcting|updating|replacing|raising|lowering)\s+(?:its|their"
    r"|his|her|the|an?|our)\s+(?:[\w-]+\s+){0,2}?(?:figure|toll|count|estimate|number|tally)\s+"
    r"of\s+(?:(?:an?|the)\s+)?$"
)
#: The earlier figure's own part of the day, after it in its clause: "27 he had announced in
#: the morning" (the revision's day; the hour each part starts, as local_times writes it).
_OWN_PART = re.compile(
    r"[^,.;:\n]{0,60}?(?<![\w-])(?P<phrase>(?:in|during|that|this|earlier\s+in)\s+"
    r"(?:the\s+)?(?P<part>morning|afternoon|evening|night))(?![\w-])", re.IGNORECASE,
)  # fmt: skip
#: The earlier figure's own words for the revision's day: "up from eight earlier in the day".
_SAME_DAY = re.compile(
    r"[^,.;:\n]{0,60}?(?<![\w-])(?P<phrase>earlier\s+(?:in\s+the|that|the\s+same)\s+day"
    r"|earlier\s+today)(?![\w-])", re.IGNORECASE,
)  # fmt: skip
#: How the basis of a row its text does not date begins (UNDATED, or a range no ISO date holds).
_NO_DATE = "publication date"
_PART_STARTS = {"morning": 6, "afternoon": 12, "evening": 18, "night": 18}


def revised_by(
    reading: str, sentences: list[tuple[int, int]], at: int, figure: Figure, rows: dict
) -> dict[str, object] | None:
    """Return the row (of *rows*, by start) that revised *figure* where the words before it
    name it the earlier figure: the latest row of its metric in its sentence ("up from 27",
    "revising its figure of 12"),
    or in the sentence before too ("The agency had earlier put the figure at 350")."""
    start = sentences[at][0] if sentences else 0
    if _UP_FROM.search(reading, start, figure.start) or _REVISING.search(
        reading, start, figure.start
    ):
        reach = start
    elif _HAD_EARLIER.search(reading, start, figure.start):
        reach = sentences[at - 1][0] if at > 0 else start
    else:
        return None
    return next(
        (
            r
            for where, r in reversed(rows.items())
            if where >= reach and r["metric"] == figure.metric
        ),
        None,
    )


def _stamp(stated: str) -> datetime | None:
    """Return a stated_at as an aware moment (a date: its midnight UTC, as validate reads it)."""
    try:
        moment = datetime.fromisoformat(stated if "T" in stated else f"{stated}T00:00+00:00")
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _own_part(earlier: dict, reading: str, end: int, moment: datetime, zone, new_id: str) -> None:
    """Date an earlier figure by the part of its revision's day its own words give."""
    own = _OWN_PART.match(reading, end)
    if own is None or zone is None:
        return
    part = own["part"].lower()
    local = moment.astimezone(zone).replace(hour=_PART_STARTS[part], minute=0)
    offset = local.strftime("%z")
    if local < moment:
        earlier["stated_at"] = f"{local:%Y-%m-%dT%H:%M}{offset[:3]}:{offset[3:]}"
        earlier["stated_at_basis"] = (
            f'inferred: "{own["phrase"]}" is the {part} of {local:%Y-%m-%d}, the day of '
            f"{new_id}, which revised it, in the story's time zone "
            f"({getattr(zone, 'key', zone)}); its start is written, the text gives no "
            "clock time"
        )  # fmt: skip


def link(
    earlier: dict[str, object], row: dict[str, object], reading: str, end: int,
    zone: tzinfo | None,
) -> None:  # fmt: skip
    """Date a revision's earlier figure never after it, and link the two (``supersedes``).

    An earlier figure not stated before its revision (undated, or dated by the revision's
    own phrase) is dated by its own words where they give a part of the revision's day ("27
    he had announced in the morning"), else, when the text does not date it, by the
    revision's day only, no later than the revision, the basis saying so ("earlier in the
    day" named). The two are linked when the earlier figure is then stated before the
    revision; else the note says why.
    """
    new, new_id = str(row["stated_at"]), row["claim_id"]
    moment, then = _stamp(new), _stamp(str(earlier["stated_at"]))
    if moment is not None and then is not None and then >= moment:  # not before its revision
        if len(new) > 10:
            _own_part(earlier, reading, end, moment, zone, new_id)
        undated = str(earlier["stated_at_basis"]).startswith(_NO_DATE)
        dated = not str(row["stated_at_basis"]).startswith(_NO_DATE)
        day, its_day = _stamp(new[:10]), str(earlier["stated_at"])[:10]
        if undated and (
            (dated and new[:10] < its_day) or (new[:10] == its_day and day and day < moment)
        ):  # the revision's day, never its time (round 25: one minute, no link)
            same = _SAME_DAY.match(reading, end)
            said = f'"{same["phrase"]}" is its day, before it; ' if same else ""
            earlier["stated_at"], earlier["stated_at_basis"] = new[:10], (
                f"no later than {new_id}, which revised it (stated_at {new}): {said}the text "
                "gives this figure no date of its own (check)"
            )  # fmt: skip
    before, after = _stamp(str(earlier["stated_at"])), moment
    if before is not None and after is not None and before < after:
        row["supersedes"] = earlier["claim_id"]
        return
    why = "same stated_at" if earlier["stated_at"] == new else "stated_at not before it: check"
    numbers = [ids.claim_number(str(r["claim_id"])) for r in (row, earlier)]
    if why == "same stated_at" and numbers[0] < numbers[1]:  # "revised to 33 from 31": the
        # gap takes the later id of one moment (makiivka.analysis): the revision takes it
        row["claim_id"], earlier["claim_id"] = earlier["claim_id"], row["claim_id"]
    row["notes"] = f"{row['notes']}; revises {earlier['claim_id']} ({why})"
