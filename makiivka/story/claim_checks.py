"""Check the claims ledger's rows against each other, their articles and their quotes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

import numpy as np
import pandas as pd

from makiivka.story.checks import timestamps_of
from makiivka.story.coded import coded_cells, coded_qualifier, noted_denial
from makiivka.story.date_checks import stated_spans
from makiivka.story.problems import Problem
from makiivka.story.table import Table
from makiivka.text.characters import BIDI_CONTROLS, MAX_FIGURE, describe_bidi, number_problems
from makiivka.text.denials import as_upper_bound, denied_reading
from makiivka.text.quantities import parse_quantity

Rule = Callable[[pd.Series, pd.Series, pd.Series], pd.Series]

#: How value, value_low and value_high must relate for each qualifier, and in words.
BOUND_RULES: dict[str, tuple[Rule, str]] = {
    "exact": (lambda v, lo, hi: (lo == v) & (hi == v), "value_low = value_high = value"),
    "about": (lambda v, lo, hi: (lo == v) & (hi == v), "value_low = value_high = value"),
    "at_least": (lambda v, lo, hi: (lo == v) & hi.isna(), "value_low = value, value_high empty"),
    "more_than": (
        lambda v, lo, hi: (lo == v + 1) & hi.isna(),
        "value_low = value + 1, value_high empty",
    ),
    # "up to 20,000" keeps N; "nearly 20,000" keeps just below it (the descriptor's
    # direction_words convention); check_figures then holds each row to its own figure's reading.
    "up_to": (
        lambda v, lo, hi: lo.isna() & ((hi == v) | (hi == v - 1)),
        "value_low empty, value_high = value (or value - 1 after 'nearly', 'almost')",
    ),
    "fewer_than": (
        lambda v, lo, hi: lo.isna() & (hi == v - 1),
        "value_low empty, value_high = value - 1",
    ),
    "range": (
        lambda v, lo, hi: v.isna() & (lo < hi),
        "value empty, value_low < value_high, both set",
    ),
    "vague": (lambda v, lo, hi: v.isna() & lo.notna(), "value empty, value_low set"),
}


def _integers(claims: Table, column: str) -> pd.Series:
    codes, uniques = claims.factorize(column)
    distinct = pd.Series(uniques, dtype=object)
    # ASCII digits up to MAX_FIGURE only (\d is any script's): others are cell problems.
    readable = distinct.str.fullmatch(f"[0-9]{{1,{len(str(MAX_FIGURE))}}}").astype(bool)
    numbers = pd.to_numeric(distinct.where(readable))
    return pd.Series(
        pd.array(numbers.astype("Int64")).take(codes), index=claims.frame.index, dtype="Int64"
    )


def check_bounds(claims: Table) -> list[Problem]:
    """Check value_low ≤ value_high and that the bounds fit the qualifier."""
    frame = claims.frame
    value, low, high = (_integers(claims, c) for c in ("value", "value_low", "value_high"))
    problems = []
    typed = np.ones(len(frame), dtype=bool)
    for column, parsed in (("value", value), ("value_low", low), ("value_high", high)):
        codes, uniques = claims.factorize(column)
        typed &= (uniques == "")[codes] | parsed.notna().to_numpy()
    codes, qualifiers = claims.factorize("qualifier")
    inverted = (low > high).fillna(False).to_numpy()
    for row in np.flatnonzero(inverted):
        problems.append(
            claims.problem(row, "value_low", f"a number no greater than value_high ({high[row]})")
        )
    for qualifier, (rule, words) in BOUND_RULES.items():
        rows = (qualifiers == qualifier)[codes] & ~inverted & typed
        if not rows.any():
            continue
        ok = rule(value[rows], low[rows], high[rows]).fillna(False).to_numpy()
        for row in np.flatnonzero(rows)[~ok]:
            problems.append(
                claims.problem(
                    row,
                    "value_low",
                    f"{words} for qualifier {qualifier} "
                    f"(value {frame.at[row, 'value'] or 'empty'}, "
                    f"value_high {frame.at[row, 'value_high'] or 'empty'})",
                )
            )
    return problems


def check_quotes(claims: Table, texts: dict[str, str]) -> list[Problem]:
    """Check each quote is verbatim in its article and each figure inside its quote.

    Each quote is counted in its article once; only the rows found wanting are
    looked at again, to word their problem.
    """
    frame = claims.frame
    quotes, figures = frame["quote"].tolist(), frame["figure"].tolist()
    found = texts.get
    counts = np.array(
        [
            -1 if not quote or (text := found(article_id)) is None else text.count(quote)
            for article_id, quote in zip(frame["article_id"].tolist(), quotes, strict=True)
        ],
        dtype=np.int64,
    )
    codes, occurrences = claims.factorize("occurrence")
    wanted = np.array([int(o) if o.isdigit() else -1 for o in occurrences], dtype=np.int64)[codes]
    missing = counts == 0
    ambiguous = (wanted == -1) & (counts > 1)
    beyond = (wanted != -1) & (counts > 0) & (wanted > counts)
    figure_in_quote = np.array(
        [not figure or figure in quote for figure, quote in zip(figures, quotes, strict=True)],
        dtype=bool,
    ) | (counts == -1)  # no text or no quote: nothing to look in
    problems = []
    for column, cells in (("quote", quotes), ("figure", figures)):
        if BIDI_CONTROLS.search("\n".join(cells)) is None:
            continue  # one search over the column finds none: no cell to look at
        for row, cell in enumerate(cells):
            bidi = describe_bidi(cell)
            if bidi:  # U+202E around "400" displays "004" while the value stays 400
                problems.append(
                    claims.problem(
                        row,
                        column,
                        f"text without bidirectional control characters ({bidi}): "
                        "they change how the text displays; remove them from the article too",
                    )
                )
    for row in np.flatnonzero(missing | ambiguous | beyond | ~figure_in_quote).tolist():
        count, article_id = int(counts[row]), frame.at[row, "article_id"]
        if missing[row]:
            problems.append(claims.problem(row, "quote", f"text found verbatim in {article_id}"))
        elif ambiguous[row]:
            problems.append(
                claims.problem(
                    row, "occurrence", f"which of the quote's {count} occurrences (1 to {count})"
                )
            )
        elif beyond[row]:
            problems.append(
                claims.problem(row, "occurrence", f"1 to {count}: the quote occurs {count} times")
            )
        if not figure_in_quote[row]:
            problems.append(claims.problem(row, "figure", "text found verbatim in the quote"))
    return problems


def check_supersedes(claims: Table, zone: tzinfo | None = None) -> list[Problem]:
    """Check that a revision names an earlier claim of the same claimant and metric, acyclically.

    Earlier as :func:`~makiivka.story.date_checks.stated_spans` reads dates: a date alone is
    its whole day (in UTC or the story's *zone*), so it may revise a time of that day.
    """
    frame = claims.frame
    revising = np.flatnonzero((frame["supersedes"] != "").to_numpy())
    if not len(revising):
        return []
    index = {claim_id: row for row, claim_id in enumerate(frame["claim_id"].tolist())}
    starts, ends = stated_spans(*timestamps_of(claims, "stated_at"), zone)
    problems = []
    for row in revising:
        other = index.get(frame.at[row, "supersedes"])
        if other is None:
            continue
        if other == row:
            problems.append(claims.problem(row, "supersedes", "another claim than itself"))
            continue
        for column in ("claimant", "metric", "scope"):
            if frame.at[row, column] != frame.at[other, column]:
                problems.append(
                    claims.problem(
                        row,
                        "supersedes",
                        f"a claim with the same {column} ({frame.at[row, column]})",
                    )
                )
        if pd.notna(ends[row]) and pd.notna(starts[other]) and starts[other] >= ends[row]:
            problems.append(
                claims.problem(
                    row,
                    "supersedes",
                    f"a claim stated before this one ({frame.at[row, 'stated_at']})",
                )
            )
    problems += _cycles(claims, index, revising)
    return problems


def _cycles(claims: Table, index: dict[str, int], revising: np.ndarray) -> list[Problem]:
    supersedes = claims.frame["supersedes"].tolist()
    problems, reported = [], set()
    for start in revising:
        seen, row = [], start
        while row is not None and row not in seen:
            seen.append(row)
            row = index.get(supersedes[row])
        if row is not None and row == start and row not in reported and len(seen) > 1:
            chain = " → ".join(claims.frame["claim_id"].iat[r] for r in [*seen, start])
            reported.update(seen)
            problems.append(claims.problem(start, "supersedes", f"no cycle ({chain})"))
    return problems


def check_relays(claims: Table) -> list[Problem]:
    """Check no claim is relayed by its own claimant (round 22's second new user gave a row to
    the outlet that relayed it, and the desk and validate kept "relayed by itself")."""
    frame = claims.frame
    own = (frame["relayed_by"] != "") & (frame["relayed_by"] == frame["claimant"])
    expected = "another claimant than the claim's own, or empty"
    return [claims.problem(row, "relayed_by", expected) for row in np.flatnonzero(own.to_numpy())]


def check_figures(claims: Table) -> list[Problem]:
    """Check each row's numbers are what ``parse_quantity`` reads in its figure.

    Each distinct figure is parsed once and the readings are compared column by
    column. Unit is compared only when the figure names one ("5 million
    roubles"); "89" alone says nothing about the unit. A figure its quote denies
    ("dismissed reports of more than 1,000 dead") may also be coded as the denier's
    upper bound (the descriptor's ``conventions.denials``: ``makiivka.text.denials``), as may a
    figure its notes say is denied (an editor's coding: "denied that more than 50 had died"), and a
    row whose notes say an editor coded its qualifier is held to that qualifier's bounds
    (:mod:`makiivka.story.coded`).
    """
    frame = claims.frame
    codes, figures = pd.factorize(frame["figure"])
    readings = [_reading(figure) for figure in figures]
    unreadable = np.array([isinstance(r, str) for r in readings], dtype=bool)
    problems = [
        claims.problem(row, "figure", readings[codes[row]])
        for row in np.flatnonzero(unreadable[codes])
    ]
    parsed = [r if isinstance(r, tuple) else ("",) * 5 for r in readings]
    checked = np.array([isinstance(r, tuple) for r in readings], dtype=bool)[codes]
    found: dict[int, list[tuple[str, str]]] = {}  # row -> (column, expected), in column order
    for column, j in (
        ("value", 0),
        ("value_low", 1),
        ("value_high", 2),
        ("qualifier", 3),
        ("unit", 4),
    ):
        expected = np.array([p[j] for p in parsed], dtype=object)[codes]
        wrong = checked & (frame[column].to_numpy(dtype=object) != expected)
        if column == "unit":
            wrong &= expected != ""
        for row in np.flatnonzero(wrong):
            found.setdefault(int(row), []).append((column, expected[row]))
    for row, wrongs in sorted(found.items()):
        figure, quote = frame.at[row, "figure"], frame.at[row, "quote"]
        denied = _denied(figure, quote, frame.at[row, "notes"])
        if denied is not None and all(frame.at[row, c] == v for c, v in denied.items()):
            continue  # coded by the denial convention
        coded = coded_cells(figure, coded_qualifier(frame.at[row, "notes"]))
        if coded is not None and all(frame.at[row, c] == v for c, v in coded.items()):
            continue  # a qualifier an editor coded ("as high as 150": up_to), its notes say so
        column, read = wrongs[0]
        if column == "unit":
            words = f"{read}, the unit the figure names"
        else:
            words = f"{read or 'empty'}, as parse_quantity reads the figure {figure!r}"
            if denied is not None:
                words += (
                    f" (or, as the quote denies it, the denier's upper bound: value "
                    f"{denied['value']}, value_low empty, value_high {denied['value_high']}, "
                    "qualifier up_to)"
                )
        problems.append(claims.problem(row, column, words))
    return problems


def _denied(figure: str, quote: str, notes: str = "") -> dict[str, str] | None:
    """Return the cells of a figure its quote denies, or its notes say an editor coded as a
    denial (:func:`makiivka.story.coded.noted_denial`), as the denier's upper bound."""
    try:
        q = denied_reading(figure, quote)
        if q is None and noted_denial(notes, figure):
            q = as_upper_bound(parse_quantity(figure))
    except ValueError:
        return None
    if q is None:
        return None
    cells = {"value": _cell(q.value), "value_low": "", "value_high": _cell(q.high)}
    cells["qualifier"] = q.qualifier
    return {**cells, "unit": q.unit} if q.unit else cells


def _reading(figure: str) -> tuple[str, str, str, str, str] | str | None:
    if not figure:
        return None
    unreadable = number_problems(figure)
    if unreadable:
        return unreadable[0][2]
    try:
        q = parse_quantity(figure)
    except ValueError:
        return "a number with its qualifier, such as 'at least 89' or 'dozens'"
    return _cell(q.value), _cell(q.low), _cell(q.high), q.qualifier, q.unit or ""


def _cell(number: float | None) -> str:
    return "" if number is None else str(number)
