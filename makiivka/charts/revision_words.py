"""Say what the revision chart shows: its title, subtitle, description and finding."""

from __future__ import annotations

import re

import pandas as pd

from makiivka import analysis
from makiivka.charts.layout import message_chart
from makiivka.charts.measure import and_list, possessive
from makiivka.charts.reports import nothing_reviewed
from makiivka.charts.revision_layout import apart
from makiivka.charts.series import OWN_VOICES, revision_rows
from makiivka.charts.wording import qualified, utc_offset, zone_word
from makiivka.story.load import Dataset
from makiivka.story.schema import event_scope, metric_of, story_metrics


def zone_title(event: dict) -> str:
    """Name the story's time zone for readers: its ``timezone_label``, an IANA id in words.

    >>> zone_title({"timezone": "Africa/Tripoli", "timezone_label": "Africa/Tripoli",
    ...             "occurred_at": "2026-05-02T02:30+02:00"})
    'Tripoli time (EET, UTC+2)'
    >>> zone_title({"timezone": "Europe/Istanbul", "occurred_at": "2023-05-02T04:30+03:00"})
    'Istanbul time (UTC+3)'
    >>> zone_title({"timezone": "Europe/Moscow", "timezone_label": "Moscow time (MSK, UTC+3)"})
    'Moscow time (MSK, UTC+3)'
    >>> zone_title({"timezone": "Asia/Kathmandu", "occurred_at": "2026-03-08T23:40+05:45"})
    'Kathmandu time (UTC+5:45)'
    """
    zone = str(event["timezone"])
    label = str(event.get("timezone_label") or zone)
    if label != zone or "/" not in zone:
        return label
    city = zone.rsplit("/", 1)[-1].replace("_", " ")
    try:
        moment = pd.Timestamp(event.get("occurred_at")).tz_convert(zone)
    except (TypeError, ValueError):
        return f"{city} time"
    offset = utc_offset(int(moment.utcoffset().total_seconds()))
    abbr = zone_word(moment)  # "PST" of Manila is no word: several offsets share it
    words = ", ".join(a for a in (abbr if not abbr.startswith("UTC") else "", offset) if a)
    return f"{city} time ({words})"


def waiting_chart(dataset: Dataset, steps: pd.DataFrame, width: int):
    """Return what the chart says in its place when every figure waits for review, or None."""
    waiting = nothing_reviewed(dataset.claims)
    if not waiting or len(steps):
        return None
    return message_chart(revision_title(steps), waiting, "Source: claims ledger.", width)


def revision_title(steps: pd.DataFrame) -> str:
    """Name the chart by who revised: one claimant, several, or none."""
    revisers = (
        list(dict.fromkeys(steps.loc[steps["revised"], "claimant_name"])) if len(steps) else []
    )
    if len(revisers) == 1:
        return f"The revision: {possessive(revisers[0])} figure over time"
    return "The revisions" if revisers else "The figures over time"


def on(stated: str) -> str:
    """Say when: 'on 16 Mar 2027', or 'no later than 16 Mar 2027' for an undated figure."""
    return stated if stated.startswith("no later than") else f"on {stated}"


#: Most restatements a sentence lists one by one; more are counted ("restated 14 times, last
#: on …"), as the chart folds them (round 23's new user: 259 rows gave a 1,500-word paragraph).
LISTED_RESTATEMENTS = 2


def restated_when(stated: list[str]) -> str:
    """Say when a figure was restated: each time for a few, else how often and the last.

    >>> restated_when(["2 Jan 2023", "no later than 3 Jan 2023"])
    'on 2 Jan 2023 and no later than 3 Jan 2023'
    >>> restated_when(["2 Jan 2023", "3 Jan 2023", "no later than 5 Jan 2023"])
    '3 times, last no later than 5 Jan 2023'
    """
    when = [on(s) for s in stated]
    if len(when) <= LISTED_RESTATEMENTS:
        return and_list(when)
    return f"{len(when):,} times, last {when[-1]}"


def in_order(rows) -> list[list]:
    """Group a claimant's rows (named tuples, in order) as the ledger orders them: one figure
    each, but the ``unordered`` figures of one moment together (no order between them)."""
    units: list[list] = []
    for row in rows:
        last = units[-1][-1] if units else None
        together = last is not None and last.unordered and row.unordered
        if together and last.step == row.step:
            units[-1].append(row)
        else:
            units.append([row])
    return units


def figures_said(unit: list, text=str) -> str:
    """Say one figure and when, or the figures of one moment as stated in no known order:
    '58 or more and more than 55 (both no later than 16 Mar 2027, in no known order)'."""
    times = [on(r.stated) for r in unit]
    if len(unit) == 1:
        return f"{text(unit[0].text)} {times[0]}"
    said = and_list([text(r.text) for r in unit])
    if len(set(times)) == 1:
        return f"{said} ({'both' if len(unit) == 2 else 'all'} {times[0]}, in no known order)"
    return f"{and_list([f'{text(r.text)} {t}' for r, t in zip(unit, times, strict=True)])} " + (
        "(in no known order)"
    )


def apart_said(rows: pd.DataFrame, text=str) -> str:
    """Say the figures known only by their day that stand apart from their claimant's line
    (:func:`~makiivka.charts.revision_layout.apart`), or "" for none: '27 on 13 Feb 2027 is
    in no known order with the other figures of that day' (those stated at a time of it, and
    any other known only by it: new user 24's 4 beside the same company's 17 of that day), and
    a catch-all's figures (``many_voices``): 'are accounts of different people, not one voice
    revising'."""
    if not len(rows):
        return ""
    parts = []
    # A party's catch-all's figures are different people's accounts (new user 27).
    many = rows["many_voices"].astype(bool) if "many_voices" in rows else rows["step"] < 0
    if many.any():
        said = and_list([f"{text(r.text)} {on(r.stated)}" for r in rows[many].itertuples()])
        one = many.sum() == 1
        parts.append(f"{said} {'is one account' if one else 'are accounts'} of different people, "
                     "not one voice revising")  # fmt: skip
        rows = rows[~many]
    # One dated only "no later than" a time is unordered against those earlier that day (new
    # user 26: 27 no later than 23:00 beside 29 at 18:00), not against the rest of the day.
    timed = rows["start"] == rows["end"] if "end" in rows else pd.Series(False, rows.index)
    for late, group in ((False, rows[~timed]), (True, rows[timed])):
        if not len(group):
            continue
        said = and_list([f"{text(r.text)} {on(r.stated)}" for r in group.itertuples(index=False)])
        verb = "is" if len(group) == 1 else "are"
        others = (
            "the figures stated before it that day"
            if late and len(group) == 1
            else (
                "the figures stated before them that day"
                if late
                else "the other figures of that day"
            )
        )
        parts.append(f"{said} {verb} in no known order with {others}")
    return ", and ".join(parts)


def revision_path(steps: pd.DataFrame) -> str:
    """Say each claimant's series in order, never chaining two claimants into one.

    'Ministry: 500 or more on 17 Oct 2026 → 471 on 18 Oct 2026; Army: 40 on …'. A
    restatement reads 'restated on …'; an undated figure '471 no later than …'; figures of
    one moment are said together, in no known order (:func:`figures_said`); a figure known
    only by its day that differs from one stated at a time that day is said apart, after.
    """
    away = apart(steps)
    paths: dict[str, list] = {}
    for row in steps[~away].itertuples(index=False):
        paths.setdefault(row.claimant_name, []).append(row)
    said: dict[str, list[str]] = {}
    for name, rows in paths.items():
        words, again = said.setdefault(name, []), []
        for unit in [*in_order(rows), None]:
            if unit is not None and unit[0].restated:
                again.append(unit[0].stated)
                continue
            if again:
                words.append(f"restated {restated_when(again)}")
                again = []
            if unit is not None:
                words.append(figures_said(unit))
    names = dict.fromkeys(steps["claimant_name"]) if len(steps) else {}
    lines = []
    for name in names:
        note = apart_said(steps[away & (steps["claimant_name"] == name)])
        path = " → ".join(said.get(name, []))
        lines.append(f"{name}: {path}" + (f" ({note})" if path and note else note))
    return "; ".join(lines)


def revision_subtitle(steps: pd.DataFrame, phrase: str, x_title: str) -> list[str]:
    """Say in one or two sentences what is drawn: the series (few) or who revised (many)."""
    if not len(steps):
        return [f"No claimant has stated a figure for {phrase} yet."]
    names = list(dict.fromkeys(steps["claimant_name"]))
    revisers = list(dict.fromkeys(steps.loc[steps["revised"], "claimant_name"]))
    if len(names) <= 2:
        first = f"{phrase[:1].upper()}{phrase[1:]}, as stated: {revision_path(steps)}."
    else:
        first = (
            f"{phrase[:1].upper()}{phrase[1:]}, as {len(names)} claimants stated them. "
            f"{who_revised(revisers, len(names))}"
        )
    marks = ["a date without a time spans its day"]
    if steps["restated"].any():
        marks.append("a hollow point restates a figure")
    away = apart(steps)
    if "unordered" in steps and (steps["unordered"] & ~away).any():
        marks.append("figures of one moment are not joined to the next (their order is unknown)")
    if away.any():
        marks.append("a figure known only by its day is joined to none stated at a time that day")
    vague = steps["vague"].astype(bool) if "vague" in steps else pd.Series(False, steps.index)
    if (steps["arrow_up"].notna() | steps["arrow_down"].notna())[~vague].any():
        marks.append("an arrow marks a bound left open")
    if steps["arrow_up"].notna()[vague].any():
        marks.append("a range past the axis ends in an arrow")
    return [first, f"Times in {x_title}; {and_list(marks)}."]


def who_revised(revisers: list[str], claimants: int) -> str:
    """Say which of the chart's *claimants* revised a figure, in a sentence of its own.

    >>> who_revised(["Ministry", "Army"], 4)
    'Ministry and Army revised their figures; the other 2 did not.'
    >>> who_revised(["Ministry"], 3), who_revised(["Ministry", "Army", "Police"], 3)
    ('Only Ministry revised a figure.', 'All 3 revised their figures.')
    >>> who_revised(["Ministry", "Army"], 3), who_revised([], 5)
    ('Ministry and Army revised their figures; the other one did not.', 'None revised a figure.')
    """
    if not revisers:
        return "None revised a figure."
    if len(revisers) == 1:
        return f"Only {revisers[0]} revised a figure."
    if len(revisers) >= claimants:
        return f"All {claimants} revised their figures."
    rest = claimants - len(revisers)
    other = "the other one" if rest == 1 else f"the other {rest:,}"
    return f"{and_list(revisers)} revised their figures; {other} did not."


def revision_description(steps: pd.DataFrame, phrase: str, noun: str, x_title: str) -> str:
    """Describe the chart for a screen reader: every claimant's series in words."""
    path = revision_path(steps) if len(steps) else "no figures yet"
    return (
        f"Line chart of each claimant's figure for {phrase} by the time it was stated, in "
        f"{x_title}: {path}. A dashed vertical line marks the {noun}."
    )


#: "24 to 99" in a sentence that already says "from … to …" reads "24–99".
SPAN, DASH = re.compile(r"(\d) to (\d)"), "\\1\u2013\\2"


def revision_finding(dataset: Dataset) -> str:
    """Say in one sentence who revised what, from what to what, and who only restated.

    'Interior Ministry revised its figure for people killed from 240 or more on 15 Mar 2026
    to 212 on 16 Mar 2026 and restated it on 18 Mar 2026.' A person is named, never "its":
    'Idris Kaleh's figure for people killed went from 6,000 … to up to 20,000 …'. Only a
    later figure that differs is a revision; a range reads '24–99'. Figures of one moment
    (two outlets' figures dated only by one day) are said together, in no known order: never
    as a revision from one to the other. Past :data:`LISTED_RESTATEMENTS` restatements a
    claimant's are counted: 'and restated it 13 times, last on 20 Mar 2027'. The other
    metrics' revisions follow in a sentence of their own (:func:`other_revisions`).
    """
    parts = revision_rows(dataset)
    steps, phrase = parts["steps"], str(parts["phrase"])
    waiting = nothing_reviewed(dataset.claims)
    if waiting and not len(steps):
        return waiting

    clauses = []
    away = apart(steps)
    for name, rows in steps.groupby("claimant_name", sort=False) if len(steps) else []:
        aside = apart_said(rows[away[rows.index]], lambda t: SPAN.sub(DASH, t))
        aside = [f"{possessive(name)} {aside}"] if aside else []
        rows = rows[~away[rows.index]]
        moves, again = rows[~rows["restated"]], rows[rows["restated"]]
        person = bool(rows["person"].iloc[0]) if len(rows) else False
        units = in_order(moves.itertuples(index=False))
        figures = [figures_said(u, lambda t: SPAN.sub(DASH, t)) for u in units]
        # Restatements of an earlier figure are said as such: "restated it 6 times, last on
        # 18 Sep" after "to 82 on 19 Sep" read as the last word coming before 82 (new user 25).
        last = again["step"] == moves["step"].max() if len(moves) else again["step"] == 0
        earlier = restated_when(list(again.loc[~last, "stated"])) if (~last).any() else ""
        restated = restated_when(list(again.loc[last, "stated"])) if last.any() else ""
        if len(units) > 1:
            head = (
                f"{possessive(name)} figure for {phrase} went"
                if person
                else f"{name} revised its figure for {phrase}"
            )
            clause = f"{head} from {figures[0]}" + "".join(f" to {f}" for f in figures[1:])
            if restated:
                clause += (
                    f" and was restated {restated}" if person else f" and restated it {restated}"
                )
            if earlier:
                which = "earlier figures" if (~last).sum() > 1 else "an earlier figure"
                clause += f", {which} being restated {earlier}"
        elif len(moves) > 1:
            clause = f"{possessive(name)} figures for {phrase} were {figures[0]}"
        elif restated:
            clause = (
                f"{name} restated {SPAN.sub(DASH, moves['text'].iloc[0])} for {phrase} {restated}"
            )
        else:
            clauses += aside
            continue
        clauses += [clause, *aside]
    others = other_revisions(dataset, str(parts["metric"]))
    said = "; ".join(clauses) + "." if clauses else "No claimant revised a figure in the ledger."
    return " ".join([said, *others])


#: Most claimants the sentence on other metrics names per metric; the rest are counted.
OTHER_NAMED = 3


def _span(moves: pd.DataFrame) -> str:
    """Say a series from its first figure to its last, figures of one moment aside:
    ' (27 to 3)', ' (27 to 3, then 4 figures in no known order)', ' (more than 25,000 to
    35,000–40,000)' (a range with a dash), or '' for none."""
    single = moves.groupby("step")["step"].transform("size") == 1
    ordered = moves[single & ~moves["unordered"]]
    if len(ordered) < 2:
        return ""
    later = moves[(moves["step"] > ordered["step"].max()) & moves["unordered"]]
    then = f", then {len(later):,} figures in no known order" if len(later) else ""
    first, last = (  # a range "35,000–40,000", never "… to 35,000 to 40,000" (new user 24b)
        SPAN.sub(DASH, qualified(str(r.text), str(r.qualifiers), str(r.figures)))
        for r in (ordered.iloc[0], ordered.iloc[-1])
    )
    return f" ({first} to {last}{then})"


def other_revisions(dataset: Dataset, metric: str) -> list[str]:
    """Say in one sentence which other metrics' figures were revised, and by whom, or nothing.

    The chart follows one metric (:func:`~makiivka.charts.series.series_metric`); a story's
    other revisions (missing falling from 30 to 3 beside the dead) are named per metric, in
    the story's metric order, by their claimants with most steps first (at most
    :data:`OTHER_NAMED`, the rest counted), each from its first figure to its last where
    both are one figure, and the sentence points at ``revisions.csv``. The same series as
    the chart's: reviewed figures of the event's own scope, by parties and third parties.
    Returns ``[]`` where no other metric was revised.
    """
    tz = dataset.package.event.get("timezone")
    series = analysis.revisions(dataset.claims, min_steps=2, timezone=tz)
    series = series[
        (series["scope"] == event_scope(dataset.package))
        & ~series["side"].isin(OWN_VOICES)
        & (series["metric"] != metric)
    ]
    if not len(series):
        return []
    order = [m.id for m in story_metrics(dataset.package)]
    parts = []
    for name in sorted(
        set(series["metric"].astype(str)),
        key=lambda m: (m not in order, order.index(m) if m in order else 0, m),
    ):
        rows = series[series["metric"] == name]
        said = []
        for (_, who), claimant in rows.groupby(
            ["claimant", "claimant_name"], sort=True, observed=True
        ):
            moves = claimant[~claimant["restated"]]
            said.append((-int(moves["step"].max()), str(who), f"{who}{_span(moves)}"))
        said = [s for *_, s in sorted(said)]
        rest = len(said) - OTHER_NAMED
        if rest > 0:
            said = [*said[:OTHER_NAMED], f"{rest:,} other{'s' if rest > 1 else ''}"]
        parts.append(f"{metric_of(dataset.package, name).phrase()} by {and_list(said)}")
    return [f"Other figures were revised: {'; '.join(parts)}; every step is in revisions.csv."]
