"""Say what the gap chart shows: the ratio per metric, open bounds, and how far apart."""

from __future__ import annotations

import math

import pandas as pd

from makiivka.analysis import NOT_STATED
from makiivka.charts.gap_dates import compared_dates
from makiivka.charts.gap_rows import gap_metrics, gap_rows
from makiivka.charts.gap_ties import tie_notes
from makiivka.charts.measure import and_list, possessive
from makiivka.charts.reports import nothing_reviewed
from makiivka.charts.theme import side_labels, side_styles
from makiivka.story.load import Dataset
from makiivka.story.schema import metric_of, parties, story_attrs


def gap_notes(
    table: pd.DataFrame,
    pair: tuple[str, str],
    labels: dict[str, str],
    metrics: list[str],
    names: dict[str, str] | None = None,
    when: dict[str, dict[str, str]] | None = None,
) -> tuple[str, list[str]]:
    """Say the ratio for each metric, and what open bounds and missing figures do to it.

    *table* is :func:`analysis.gap_table` with ``metric`` as a column, *pair* the
    compared party ids and *labels* their names. An open bound on the first side
    (the divisor) means the ratio can only be lower; on the second, only higher.
    *names* gives each metric's label, as its rows say it ("dead" for ``killed``); a
    metric without one is its id in words. *when* (:func:`~makiivka.charts.gap_dates.
    compared_dates`) adds how far apart the compared figures are dated: 'missing, at least
    2.0× (dated 2 days apart)'.
    """
    ratios, notes = [], []
    for row in table[table["metric"].isin(metrics)].itertuples(index=False):
        row = row._asdict()
        metric = (names or {}).get(str(row["metric"])) or str(row["metric"]).replace("_", " ")
        far = (when or {}).get(str(row["metric"]), {}).get("apart")
        ratios.append(f"{metric}, {row['ratio_text']}" + (f" ({far})" if far else ""))
        if NOT_STATED in (row[pair[0]], row[pair[1]]):
            continue  # no ratio, so nothing for an open bound to move
        said = []
        for side, lower in zip(pair, (True, False), strict=True):
            low, high = row[f"{side}_value_low"], row[f"{side}_value_high"]
            if pd.isna(low) == pd.isna(high):
                continue
            floor = pd.notna(low)
            # the ledger's words ("more than 100"), never its bound as a count (101): round
            # 21's new user read "count of 101 injured", a figure no source gave
            said.append(
                (
                    lower == floor,
                    f"{possessive(labels[side])} count of {row[side]} {metric} "
                    f"is a {'floor' if floor else 'ceiling'}",
                )
            )
        if len({down for down, _ in said}) > 1:
            notes.append(
                f"Both sides' counts of the {metric} are open, "
                "so the ratio could be higher or lower."
            )
        elif said:
            direction = "lower" if said[0][0] else "higher"
            notes.append(f"{and_list([t for _, t in said])}, so the ratio can only be {direction}.")
    if (table[table["metric"].isin(metrics)][list(pair)] == NOT_STATED).any().any():
        notes.append(f"A side that gave no figure reads \u201c{NOT_STATED}\u201d, never zero.")
    return "; ".join(ratios), notes


def spread(given: pd.DataFrame) -> str:
    """Say how far apart the latest figures (``text``, ``side_text`` and bounds each) run.

    The lowest is the one with the lowest low end, the highest the one with the highest high
    end; a range that holds every other figure (new user 19's JNIM "dozens (24–99)" beside 34
    and 41) is no end of theirs, never both: 'run from 34 (Government) to 41 (Mayor), within
    JNIM's dozens (24–99)'.
    """
    within = []
    while True:
        # "508 or more" reaches above any closed range (round 22's new user read "within …
        # hundreds (200–999)" of it); "up to 20,000" is read at its high end, as said.
        lows = given["value_low"].fillna(given["value"]).fillna(given["value_high"]).astype(float)
        highs = (
            given["value_high"]
            .astype(float)
            .where(given["value_high"].notna() | given["value_low"].isna(), math.inf)
            .fillna(given["value"].astype(float))
        )
        ends = pd.DataFrame({"l": lows, "h": highs})  # ties: the first listed, as idxmin gives
        low = given.loc[ends.sort_values(["l", "h"], kind="stable").index[0]]
        high = given.loc[ends.sort_values(["h", "l"], ascending=False, kind="stable").index[0]]
        if low.name != high.name or len(given) == 1:
            break
        within.append(f"{possessive(low['side_text'])} {low['text']}")
        given = given.drop(index=low.name)
    said = (
        f"run from {low['text']} ({low['side_text']}) to {high['text']} ({high['side_text']})"
        if low.name != high.name
        else f"hold {low['text']} ({low['side_text']})"
    )
    return said + (f", within {and_list(within)}" if within else "")


def gap_finding(dataset: Dataset) -> str:
    """Say in one sentence what the gap chart shows: the ratio per metric, or who is silent.

    'For people killed, South's figure (400) is at most 4.5× North's (89 or more);
    for people wounded, North gave no figure.' With more than two parties or with third
    parties, each metric also says how far apart every latest figure is: 'the figures
    run from 3,166 (Eastern Health Ministry) to up to 20,000 (Idris Kaleh)'. A figure shown
    whose claimant gave another that day in no known order is said after it
    (:func:`~makiivka.charts.gap_ties.gap_ties`).
    """
    data, table = gap_rows(dataset)
    labels = side_labels(side_styles(dataset.package))
    first, second = story_attrs(dataset.package)["compare"]
    many = len(parties(dataset.package)) > 2
    when = compared_dates(dataset)
    clauses = []
    for metric in gap_metrics(dataset, table):
        row = table.set_index("metric").loc[metric]
        phrase = metric_of(dataset.package, metric).phrase()
        shown = data[(data["metric"] == metric)].set_index("side_text")
        missing = [labels[s] for s in (first, second) if row[s] == NOT_STATED]
        if missing:
            clause = f"for {phrase}, {and_list(missing)} gave no figure"
        else:
            one, other = labels[second], labels[first]
            dated = when.get(metric, {})  # each figure's date, and days between (new user 26)
            at = {k: f", {dated[k]}" if k in dated else "" for k in ("first", "second")}
            clause = (
                f"for {phrase}, {possessive(one)} figure ({shown.loc[one, 'text']}{at['second']}) "
                f"is {row['ratio_text']} {possessive(other)} ({shown.loc[other, 'text']}"
                f"{at['first']})" + (f", figures {dated['apart']}" if dated.get("apart") else "")
            )
        given = data[(data["metric"] == metric) & ~data["missing"]]
        # where a compared party is silent the others' figures are the whole dispute (new
        # user 25: the UN's about 270 missing against the relatives' close to 400 went unsaid)
        if len(given) > 2 - bool(missing) and (many or missing):
            clause += f", and the {len(given)} latest figures {spread(given)}"
        clauses.append(clause)
    if not clauses:
        return (
            nothing_reviewed(dataset.claims)
            or f"Neither {labels[first]} nor {labels[second]} has given a figure yet."
        )
    text = "; ".join(clauses)
    # a latest figure its claimant gave beside another in no known order (round 24's new user)
    return text[:1].upper() + text[1:] + "." + "".join(f" {t}" for t in tie_notes(dataset))
