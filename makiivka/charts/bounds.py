"""Keep every chart readable and its page light whatever the ledger's size: the stated rules.

A chart draws every row while the rows are few; past a bound it summarises by a rule
that its subtitle or note states, and the whole ledger stays in its table and CSV:

- **claims**: more than :data:`CLAIMS_ROWS` reports → each claimant's latest report of
  each metric (the latest stated, never a denial), the sides taking turns (the story's parties,
  third parties, outlets), each's most reported first; at most :data:`CLAIMS_ROWS` rows, and
  "and N more reports" links the table;
- **outlets**: more than :data:`OUTLET_ROWS` reports → reports counted by outlet and
  voice, the outlets that carried most first, at most :data:`OUTLET_ROWS` rows;
- **revision**: more than :data:`REVISION_POINTS` figures → restatements fold into the
  step they restate (never a step dropped: a step is a figure that differs from the
  claimant's one before); past :data:`MAX_POINTS` steps, whole claimants are left out
  (parties' claimants kept first), named by count in the note;
- **gap**: at most :data:`GAP_THIRD_PARTIES` third parties per metric (those with most
  reports), the rest counted in the note;
- **source lines**: at most :data:`NAMED` outlets and claimants named, the rest counted.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

#: Most report rows the claims chart draws one by one.
CLAIMS_ROWS = 30
#: Most report rows the outlets chart draws one by one, and most rows of its summary.
OUTLET_ROWS = 30
#: Most figures the revision chart draws with their restatements and value labels.
REVISION_POINTS = 120
#: Most steps the revision chart draws (a page stays under 200 KB).
MAX_POINTS = 150
#: Most third parties the gap chart draws per metric.
GAP_THIRD_PARTIES = 6
#: Most names a source line lists before "and N more".
NAMED = 20


def side_rank(sides: pd.Series, order: list[str]) -> list[int]:
    """Return each side's place in *order* (the story's parties, then the roles)."""
    return [order.index(s) if s in order else len(order) for s in sides.astype(str)]


def latest_reports(rows: pd.DataFrame, order: list[str], limit: int = CLAIMS_ROWS):
    """Return each claimant's latest report per metric, at most *limit*, and what is left.

    *rows* are reports in the order stated (:func:`makiivka.charts.claims.in_order_stated`:
    denials left out) with ``claimant``, ``metric`` and ``side``; the latest is the last.
    The sides take turns (*order*: the story's
    parties, then third parties and outlets), each giving its group with most reports
    next, so every side is drawn; the kept groups are shown by side, then by number of
    reports (most first), then claimant. Returns the kept rows (with
    ``reports``: how many reports of its claimant and metric the row is the latest of)
    and the count of reports not drawn as a row.

    >>> rows = pd.DataFrame({"claimant": ["a", "a", "b", "a", "c"],
    ...     "metric": ["killed"] * 5, "side": ["n", "n", "s", "n", "s"], "row": range(5)})
    >>> kept, left = latest_reports(rows, ["n", "s"], limit=2)
    >>> kept[["claimant", "row", "reports"]].values.tolist(), left
    ([['a', 3, 3], ['b', 2, 1]], 3)
    """
    if not len(rows):
        return rows.assign(reports=[]), 0
    counts = rows.groupby(["claimant", "metric"], sort=False, observed=True).size()
    last = rows.drop_duplicates(["claimant", "metric"], keep="last").copy()
    last["reports"] = [
        counts[(c, m)] for c, m in zip(last["claimant"], last["metric"], strict=True)
    ]
    last["_side"] = side_rank(last["side"], order)
    order_by = ["_side", "reports", "claimant"]
    last = last.sort_values(order_by, ascending=[True, False, True], kind="stable")
    # Each side in turn: its claimant with most reports, then the next side's…
    last["_turn"] = last.groupby("_side").cumcount()
    kept = last.sort_values(["_turn", "_side"], kind="stable").head(limit)
    kept = kept.sort_values(order_by, ascending=[True, False, True], kind="stable")
    kept = kept.drop(columns=["_side", "_turn"])
    return kept, len(rows) - len(kept)


def thin_steps(steps: pd.DataFrame, limit: int = MAX_POINTS) -> tuple[pd.DataFrame, dict]:
    """Fold restatements into their step and keep whole claimants up to *limit* steps.

    *steps* are the revision chart's rows in claimant order (``claimant``, ``restated``,
    ``stated``); a restatement's row goes, and the step before it says "restated N
    times, last on …" in ``stated``. Claimants are kept in the order given while their
    whole series fits. Returns the rows and what was done: ``restatements`` folded,
    ``left_out`` claimants and their ``left_steps``.

    >>> steps = pd.DataFrame({"claimant": ["a", "a", "a", "b", "b"],
    ...     "restated": [False, True, True, False, False],
    ...     "stated": ["1 Mar", "2 Mar", "3 Mar", "1 Mar", "4 Mar"]})
    >>> kept, done = thin_steps(steps, limit=2)
    >>> kept["stated"].tolist()
    ['1 Mar (restated 2 times, last on 3 Mar)']
    >>> done
    {'restatements': 2, 'left_out': 1, 'left_steps': 2}
    """
    rows, restated = [], {}
    for position, (claimant, again, stated) in enumerate(
        zip(steps["claimant"], steps["restated"], steps["stated"], strict=True)
    ):
        if again and rows and steps["claimant"].iloc[rows[-1]] == claimant:
            times, _ = restated.get(rows[-1], (0, ""))
            restated[rows[-1]] = (times + 1, stated)
        else:
            rows.append(position)
    kept = steps.iloc[rows].copy()
    kept["stated"] = [
        s if i not in restated else
        f"{s} (restated {restated[i][0]} time{'s' * (restated[i][0] != 1)}, "
        f"last on {restated[i][1]})"
        for i, s in zip(rows, kept["stated"], strict=True)
    ]  # fmt: skip
    sizes = kept.groupby("claimant", sort=False).size()
    chosen, room, left, left_steps = [], limit, 0, 0
    for claimant, size in sizes.items():
        if size <= room:
            chosen.append(claimant)
            room -= size
        else:
            left, left_steps = left + 1, left_steps + int(size)
    kept = kept[kept["claimant"].isin(chosen)]
    folded = len(steps) - len(rows)
    return kept, {"restatements": folded, "left_out": left, "left_steps": left_steps}


def named(names: list[str], noun: str, limit: int = NAMED) -> list[str]:
    """Return *names* whole while at most *limit*, else the first *limit* and "N more <noun>s".

    >>> named(["a", "b", "c"], "outlet", 2), named(["a", "b", "c", "d"], "outlet", 2)
    (['a', 'b', '1 more outlet'], ['a', 'b', '2 more outlets'])
    """
    if len(names) <= limit:
        return list(names)
    rest = len(names) - limit
    return [*names[:limit], f"{rest:,} more {noun}{'s' * (rest != 1)}"]


def inline_csv(rows: pd.DataFrame) -> alt.InlineData:
    """Return *rows* as CSV text inline in the spec, its numbers and flags parsed by Vega.

    A thousand steps as JSON records repeat every field name a thousand times (about
    580 bytes a step); as CSV they cost about a third of that, which keeps the page of a
    thinned chart under 200 KB.
    """
    parse, text = {}, rows.copy()
    for column in rows.columns:
        if pd.api.types.is_bool_dtype(rows[column]):
            # Vega reads any text but "false" and "0" as true ("False" too).
            parse[column] = "boolean"
            text[column] = ["true" if v else "false" for v in rows[column]]
        elif _numbers(rows[column]):
            parse[column] = "number"
            text[column] = ["" if pd.isna(v) else f"{float(v):.10g}" for v in rows[column]]
    csv = text.to_csv(index=False, lineterminator="\n")
    return alt.InlineData(values=csv, format=alt.DataFormat(type="csv", parse=parse))


def _numbers(column: pd.Series) -> bool:
    """Tell whether *column* holds numbers (an object column of numbers and None too)."""
    if pd.api.types.is_numeric_dtype(column):
        return True
    values = [v for v in column if v is not None and not pd.isna(v)]
    return all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)


def thinned_note(done: dict, drawn: int) -> str:
    """Say how a chart of many figures was thinned (:func:`thin_steps`)."""
    said = (
        f"{drawn:,} steps drawn, every one: {done['restatements']:,} restatements fold into "
        "the step they restate, and a tooltip names the step's first claim (its quote is "
        "in the ledger's table)."
    )
    if done["left_out"]:
        said += (
            f" {done['left_out']:,} claimant{'s' * (done['left_out'] != 1)} with "
            f"{done['left_steps']:,} more steps {'are' if done['left_out'] != 1 else 'is'} "
            "left out to keep the page light: every step is in revisions.csv."
        )
    return said
