"""Place the revision chart's marks and labels, in px, before Vega draws them.

Every point, open bound's arrow, range bar, day band and line is an obstacle; a value
label goes where it collides with none of them (:func:`~makiivka.charts.labels.place_labels`)
or is dropped, its tooltip keeping it.
"""

from __future__ import annotations

import itertools

import pandas as pd

from makiivka.charts.labels import Box, mark_box, place_labels

#: An open bound is an arrow this share of the value axis long.
ARROW_SHARE = 0.07
#: Px under the plot's top kept for the event's label: a vague range cut by the axis ends
#: here, with its arrow, never across the label (new user 19's "dozens" through "GMT").
LABEL_ROOM = 30


def _epoch(text: str) -> float:
    return pd.Timestamp(text).tz_localize("UTC").timestamp() * 1000


#: What names the line of a figure :func:`apart` in :func:`segments` ("f apart 3"); the chart
#: reads it to leave such a figure out of its claimant's latest.
APART = " apart "


def apart(steps: pd.DataFrame) -> pd.Series:
    """Tell the figures that stand apart from their claimant's line: a figure known only by
    its day that differs from one stated at a time that day (``unordered``, alone in its step),
    and every figure of a claimant that stands for many voices (``many_voices``: a party's
    catch-all, :func:`~makiivka.story.voices.stands_for_many`), which no line joins.

    >>> steps = pd.DataFrame({"claimant": ["f"] * 4, "step": [1, 2, 2, 3],
    ...                       "unordered": [True, True, True, False]})
    >>> apart(steps).tolist()
    [True, False, False, False]
    """
    if not len(steps) or "unordered" not in steps:
        return pd.Series(False, index=steps.index, dtype=bool)
    alone = steps.groupby(["claimant", "step"], sort=False)["step"].transform("size") == 1
    many = steps["many_voices"].astype(bool) if "many_voices" in steps else False
    return (steps["unordered"].astype(bool) & alone) | many


def segments(steps: pd.DataFrame) -> list[str]:
    """Name the line each figure belongs to: a claimant's line breaks after the figures of
    one moment (``unordered``), for the ledger holds no order between them and so none of
    them held until the next figure; a figure :func:`apart` is a line of its own, which the
    claimant's line runs past.

    >>> steps = pd.DataFrame({"claimant": ["f"] * 5, "step": [1, 1, 2, 3, 4],
    ...                       "unordered": [True, True, False, True, False]})
    >>> segments(steps)
    ['f 0', 'f 0', 'f 1', 'f apart 3', 'f 1']
    """
    names, count, before = [], {}, {}
    unordered = steps["unordered"] if "unordered" in steps else [False] * len(steps)
    rows = zip(steps["claimant"], steps["step"], unordered, apart(steps), strict=True)
    for i, (claimant, step, alone, away) in enumerate(rows):
        if away:
            names.append(f"{claimant}{APART}{i}")
            continue
        last = before.get(claimant)
        if last is not None and last[1] and (last[0] != step or not alone):
            count[claimant] = count.get(claimant, 0) + 1
        before[claimant] = (step, alone)
        names.append(f"{claimant} {count.get(claimant, 0)}")
    return names


def lay_out_steps(
    steps: pd.DataFrame,
    top: float,
    domain: list[int],
    width: float,
    height: float,
    labelled: bool = True,
):
    """Add each figure's mark and label positions: ``y`` (the point), the open-bound arrows
    ``arrow_up``/``arrow_down``, and ``label_x``/``label_y`` (data units; empty where the
    label would collide and is dropped). Without *labelled* (a thinned chart of many
    figures) no value label is placed: the line-end names and tooltips say the figures."""
    steps = steps.copy()
    arrow = ARROW_SHARE * top

    def known(value) -> float | None:
        return None if value is None or pd.isna(value) else float(value)

    figures = [
        tuple(known(v) for v in row)
        for row in steps[["value", "value_low", "value_high"]].itertuples(index=False)
    ]
    # A range without a figure ("between 100 and 300") sits at its middle.
    steps["y"] = [
        v if v is not None else (lo + hi) / 2 if lo is not None and hi is not None else lo or hi
        for v, lo, hi in figures
    ]
    steps["arrow_up"] = [
        y + arrow if hi is None else None for y, (_, _, hi) in zip(steps["y"], figures, strict=True)
    ]
    steps["arrow_down"] = [
        max(0.0, y - arrow) if lo is None else None
        for y, (_, lo, _) in zip(steps["y"], figures, strict=True)
    ]
    # A vague word is a range, never a point: no mark at its middle, its label by its low end.
    vague = steps["vague"] if "vague" in steps else [False] * len(steps)
    steps["y"] = [lo if v and lo is not None else y for y, v, (_, lo, _) in zip(
        steps["y"], vague, figures, strict=True)]  # fmt: skip
    # A vague word's range past the axis is cut below the event's label, an arrow at its end.
    cut = top * (1 - LABEL_ROOM / height)
    steps["bar_high"] = [None if hi is None else min(hi, cut if v else top)
                         for v, (_, _, hi) in zip(vague, figures, strict=True)]  # fmt: skip
    steps["arrow_up"] = [cut if v and hi is not None and hi > cut else a for a, v, (
        _, _, hi) in zip(steps["arrow_up"], vague, figures, strict=True)]  # fmt: skip

    def px(row) -> tuple[float, float]:
        x = (_epoch(row["middle"]) - domain[0]) / (domain[1] - domain[0]) * width
        return x, height - row["y"] / top * height

    points = [px(r) for _, r in steps.iterrows()]
    obstacles = [mark_box(x, y) for x, y in points]
    # A date without a time spans its day: its light band is no place for a label either.
    for start, end, (_, y) in zip(steps["start"], steps["end"], points, strict=True):
        x1, x2 = ((_epoch(t) - domain[0]) / (domain[1] - domain[0]) * width for t in (start, end))
        if x2 > x1:
            obstacles.append(Box(x1, y - 4, x2, y + 4))
    for (_, row), (x, _), (_, lo, hi) in zip(steps.iterrows(), points, figures, strict=True):
        for end in (row["arrow_up"], row["arrow_down"]):
            if end is not None and not pd.isna(end):
                obstacles.append(mark_box(x, height - end / top * height, 4))
        if lo is not None and hi is not None:  # the range's bar
            obstacles.append(
                Box(x - 3, height - min(hi, top) / top * height, x + 3, height - lo / top * height)
            )
    # The lines: a step holds its value until the claimant's next figure (within a segment),
    # the claimant's last to the edge.
    steps["segment"] = segments(steps)
    lines: dict[str, list[tuple[float, float]]] = {}
    for segment, point in zip(steps["segment"], points, strict=True):
        lines.setdefault(segment, []).append(point)
    for line in lines.values():
        line = sorted(line)
        for (x1, y1), (x2, y2) in itertools.pairwise(line):
            obstacles.append(Box(x1, y1 - 2, x2, y1 + 2))
            obstacles.append(Box(x2 - 2, min(y1, y2), x2 + 2, max(y1, y2)))
    last = steps.groupby("claimant", sort=False)["middle"].transform("max")
    for (x, y), at_end in zip(points, steps["middle"] == last, strict=True):
        if at_end:
            obstacles.append(Box(x, y - 2, width, y + 2))
    # An undated figure sits at its publication date: its label says so.
    texts = [
        f"{t} (no later than {' '.join(s.split(' ')[3:5])})" if s.startswith("no later than") else t
        for t, s in zip(steps["text"], steps["stated"], strict=True)
    ]
    wanted = [
        (x, y, "" if r["restated"] else text)
        for (_, r), (x, y), text in zip(steps.iterrows(), points, texts, strict=True)
    ]
    # Revisions are labelled first: where labels would collide, a revision's step wins.
    order = sorted(range(len(wanted)), key=lambda i: (not steps["revised"].iloc[i], i))
    if not labelled:
        order = []
    spots = place_labels([wanted[i] for i in order], width, height, 12, obstacles, bold=True)
    placed: list = [None] * len(wanted)  # no spot: no label
    for i, spot in zip(order, spots, strict=True):
        placed[i] = None if not wanted[i][2] else spot
    steps["label"] = [w[2] if p else "" for w, p in zip(wanted, placed, strict=True)]
    steps["label_x"] = [
        None
        if p is None
        else pd.Timestamp(domain[0] + p[0] / width * (domain[1] - domain[0]), unit="ms").strftime(
            "%Y-%m-%dT%H:%M"
        )
        for p in placed
    ]
    steps["label_y"] = [None if p is None else (height - p[1]) / height * top for p in placed]
    return steps
