"""Say what the revision chart shows: its title, subtitle, description and finding."""

from __future__ import annotations

import re

import pandas as pd

from makiivka.charts.layout import message_chart
from makiivka.charts.measure import and_list, possessive
from makiivka.charts.reports import nothing_reviewed
from makiivka.charts.series import revision_rows
from makiivka.charts.wording import utc_offset, zone_word
from makiivka.story.load import Dataset


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


def revision_path(steps: pd.DataFrame) -> str:
    """Say each claimant's series in order, never chaining two claimants into one.

    'Ministry: 500 or more on 17 Oct 2026 → 471 on 18 Oct 2026; Army: 40 on …'. A
    restatement reads 'restated on …'; an undated figure '471 no later than …'.
    """
    paths: dict[str, list[str]] = {}
    for row in steps.itertuples(index=False):
        on = row.stated if row.stated.startswith("no later than") else f"on {row.stated}"
        paths.setdefault(row.claimant_name, []).append(
            f"restated {on}" if row.restated else f"{row.text} {on}"
        )
    return "; ".join(f"{name}: {' → '.join(said)}" for name, said in paths.items())


def revision_subtitle(steps: pd.DataFrame, phrase: str, x_title: str) -> list[str]:
    """Say in one or two sentences what is drawn: the series (few) or who revised (many)."""
    if not len(steps):
        return [f"No claimant has stated a figure for {phrase} yet."]
    names = list(dict.fromkeys(steps["claimant_name"]))
    revisers = list(dict.fromkeys(steps.loc[steps["revised"], "claimant_name"]))
    if len(names) <= 2:
        first = f"{phrase[:1].upper()}{phrase[1:]}, as stated: {revision_path(steps)}."
    else:
        did = (
            f"{and_list(revisers)} revised {'a figure' if len(revisers) == 1 else 'figures'}"
            if revisers
            else "No one revised a figure"
        )
        first = f"{phrase[:1].upper()}{phrase[1:]} as {len(names)} claimants stated them: {did}."
    marks = ["a date without a time spans its day"]
    if steps["restated"].any():
        marks.append("a hollow point restates a figure")
    if steps["arrow_up"].notna().any() or steps["arrow_down"].notna().any():
        marks.append("an arrow marks a bound left open")
    return [first, f"Times in {x_title}; {and_list(marks)}."]


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
    later figure that differs is a revision; a range reads '24–99'.
    """
    parts = revision_rows(dataset)
    steps, phrase = parts["steps"], str(parts["phrase"])
    waiting = nothing_reviewed(dataset.claims)
    if waiting and not len(steps):
        return waiting

    def on(stated: str) -> str:
        return stated if stated.startswith("no later than") else f"on {stated}"

    clauses = []
    for name, rows in steps.groupby("claimant_name", sort=False) if len(steps) else []:
        moves, again = rows[~rows["restated"]], rows[rows["restated"]]
        person = bool(rows["person"].iloc[0])
        figures = [
            f"{SPAN.sub(DASH, t)} {on(s)}"
            for t, s in zip(moves["text"], moves["stated"], strict=True)
        ]
        restated = and_list([on(s) for s in again["stated"]])
        if len(moves) > 1:
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
        elif restated:
            clause = (
                f"{name} restated {SPAN.sub(DASH, moves['text'].iloc[0])} for {phrase} {restated}"
            )
        else:
            continue
        clauses.append(clause)
    if not clauses:
        return "No claimant revised a figure in the ledger."
    return "; ".join(clauses) + "."
