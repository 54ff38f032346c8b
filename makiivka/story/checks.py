"""Check tables against the data contract and report every problem with its place.

Pure functions over :class:`~makiivka.story.table.Table` objects and article bytes
already read by :mod:`makiivka.story.load`; nothing here touches the disk. Checks are
vectorized per column so a 100,000-row ledger validates in a fraction of a second.
"""

from __future__ import annotations

import calendar
import hashlib
import re

import numpy as np
import pandas as pd

from makiivka.story.problems import Problem
from makiivka.story.schema import PRECISIONS, Field
from makiivka.story.table import Table
from makiivka.text.characters import MAX_FIGURE

#: ISO 8601 at any precision from a year to a second, with an offset when it has a time
#: (ASCII digits: ``\d`` would take any script's).
PARTIAL_ISO = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2})"
    r"(?:T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?(?P<tz>Z|[+-][0-9]{2}:[0-9]{2}))?)?)?"
)


def check_cells(table: Table) -> list[Problem]:
    """Check every cell against its field's type and constraints.

    Each column with a value check is factorized once (:meth:`Table.factorize`)
    and every check runs on its distinct values: most columns repeat a few
    values, and the codes map the verdicts back to rows. A column that need
    only be filled is compared with '' directly.
    """
    problems = []
    for spec in table.resource.fields:
        if spec.name not in table.frame.columns:
            continue
        checked = spec.enum is not None or spec.pattern or spec.type == "integer"
        if not (checked or spec.is_timestamp or spec.unique):
            if spec.required:
                empty = table.frame[spec.name].to_numpy(dtype=object) == ""
                for row in np.flatnonzero(empty):
                    problems.append(
                        table.problem(row, spec.name, "a value (the column is required)")
                    )
            continue
        codes, uniques = table.factorize(spec.name)
        distinct = pd.Series(uniques, dtype=object)
        filled = (distinct != "").to_numpy()
        bad = (filled & ~_good_values(spec, distinct))[codes]
        for row in np.flatnonzero(bad):
            expected = spec.expectation()
            if spec.is_timestamp:
                expected += calendar_note(str(uniques[codes[row]]))
            problems.append(table.problem(row, spec.name, expected))
        if spec.required and not filled.all():
            for row in np.flatnonzero(~filled[codes]):
                problems.append(table.problem(row, spec.name, "a value (the column is required)"))
        if spec.unique and len(uniques) < len(codes):
            problems += _duplicates(table, spec.name, codes, filled)
    return problems


def _good_values(spec: Field, distinct: pd.Series) -> np.ndarray:
    if spec.enum is not None:
        ok = distinct.isin(spec.enum)
    elif spec.type == "integer":  # ASCII digits (\d is any script's), at most MAX_FIGURE
        digits = f"[0-9]{{1,{len(str(MAX_FIGURE))}}}"
        pattern = digits if spec.minimum is not None and spec.minimum >= 0 else f"-?{digits}"
        ok = distinct.str.fullmatch(pattern).astype(bool)
        if spec.minimum is not None and spec.minimum > 0:
            ok &= pd.to_numeric(distinct.where(ok, "0")) >= spec.minimum
    elif spec.is_timestamp:
        ok = parse_timestamps(distinct)[0].notna()
    elif spec.pattern:  # as str.fullmatch does, without its per-value wrapping
        match = re.compile(spec.pattern).fullmatch
        return np.array([m is not None for m in map(match, distinct)], dtype=bool)
    else:
        return np.ones(len(distinct), dtype=bool)
    return ok.to_numpy(dtype=bool)


def _duplicates(table: Table, column: str, codes: np.ndarray, filled: np.ndarray) -> list[Problem]:
    _, first = np.unique(codes, return_index=True)  # first row of each distinct value
    rows = np.arange(len(codes))
    repeated = (rows != first[codes]) & filled[codes]
    return [
        table.problem(
            row, column, f"a value not used before (line {table.line_of(first[codes[row]])} has it)"
        )
        for row in np.flatnonzero(repeated)
    ]


def parse_timestamps(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse ISO 8601 strings of any precision into UTC timestamps and their precision.

    A date without a time is read as the start of that day in UTC; a malformed
    or impossible date (2023-02-30) gives NaT. Each distinct string is parsed
    once: a ledger repeats few dates.

    >>> stamps, precision = parse_timestamps(pd.Series(["2022-09", "2023-01-04T01:00+03:00"]))
    >>> [str(s) for s in stamps], list(precision)
    (['2022-09-01 00:00:00+00:00', '2023-01-03 22:00:00+00:00'], ['month', 'minute'])
    """
    codes, uniques = pd.factorize(values)
    parsed = [_parse_timestamp(text) for text in uniques]
    stamps = pd.DatetimeIndex([p[0] for p in parsed] + [pd.NaT], tz="UTC")[codes]
    levels = np.array([p[1] for p in parsed] + [-1], dtype=int)[codes]
    precision = pd.Categorical.from_codes(levels, categories=list(PRECISIONS))
    return pd.Series(stamps, index=values.index), pd.Series(precision, index=values.index)


def timestamps_of(table: Table, column: str) -> tuple[pd.Series, pd.Series]:
    """Parse a table's column as :func:`parse_timestamps` does, through its shared factorization."""
    codes, uniques = table.factorize(column)
    stamps, precision = parse_timestamps(pd.Series(uniques, dtype=object))
    index = table.frame.index
    return (
        pd.Series(stamps.array.take(codes), index=index),
        pd.Series(precision.array.take(codes), index=index),
    )


def _parse_timestamp(text: str) -> tuple[pd.Timestamp, int]:
    match = PARTIAL_ISO.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return pd.NaT, -1
    part = match.groupdict()
    level = max(i for i, name in enumerate(PRECISIONS) if part[name] is not None)
    normal = (
        f"{part['year']}-{part['month'] or '01'}-{part['day'] or '01'}"
        f"T{part['hour'] or '00'}:{part['minute'] or '00'}:{part['second'] or '00'}"
        f"{part['tz'] or '+00:00'}"
    )
    try:
        return pd.Timestamp(normal).tz_convert("UTC"), level
    except ValueError:
        return pd.NaT, -1


def check_foreign_keys(tables: dict[str, Table]) -> list[Problem]:
    """Check that every reference names an existing row of the table it points to."""
    problems = []
    for table in tables.values():
        for key in table.resource.foreign_keys:
            target = tables.get(key.resource)
            if target is None or key.field not in table.frame.columns:
                continue
            codes, uniques = table.factorize(key.field)  # each distinct reference looked up once
            known = target.frame[key.reference].to_numpy(dtype=object)
            missing = (uniques != "") & ~pd.Index(uniques).isin(known)
            for row in np.flatnonzero(missing[codes]):
                problems.append(
                    table.problem(row, key.field, f"a {key.reference} listed in {target.path}")
                )
    return problems


def check_articles(articles: Table, blobs: dict[str, bytes | None]) -> list[Problem]:
    """Check that each article text exists, is non-empty UTF-8 and matches its sha256."""
    problems = []
    for row, (article_id, path, digest) in enumerate(
        articles.frame[["article_id", "path", "sha256"]].itertuples(index=False)
    ):
        blob = blobs.get(article_id)
        if blob is None:
            problems.append(articles.problem(row, "path", "a text file that exists"))
            continue
        if not blob.strip():
            problems.append(articles.problem(row, "path", "a text file that is not empty"))
            continue
        try:
            blob.decode("utf-8")
        except UnicodeDecodeError as error:
            line = blob[: error.start].count(b"\n") + 1
            problems.append(
                articles.problem(
                    row,
                    "path",
                    f"UTF-8 text (byte {error.start}, line {line} of {path} is "
                    f"{blob[error.start : error.start + 1]!r})",
                )
            )
            continue
        actual = hashlib.sha256(blob).hexdigest()
        if digest and actual != digest:
            problems.append(
                articles.problem(
                    row, "sha256", f"the text's sha256 {actual} (the article text was changed)"
                )
            )
    return problems


#: An article's notes begin with this when its text is derived from a stored source
#: (a saved page, a Telegram export, a CR LF text): ``source: articles/NAME (sha256 HEX)``.
SOURCE_NOTE = re.compile(r"source: (?P<path>articles/[^/\\\s]+) \(sha256 (?P<sha>[0-9a-f]{64})\)")


def source_note(relative: str, blob: bytes) -> str:
    """Return the notes entry that records an article's stored source and its sha256."""
    return f"source: {relative} (sha256 {hashlib.sha256(blob).hexdigest()})"


def check_sources(articles: Table, read) -> list[Problem]:
    """Check that each source an article's notes record exists and matches its sha256.

    *read* returns a file's bytes given its path relative to the data folder (raising
    ``OSError`` when it cannot).
    """
    problems = []
    for row, notes in enumerate(articles.frame["notes"].tolist()):
        found = SOURCE_NOTE.match(notes)
        if found is None:
            continue
        try:
            blob = read(found["path"])
        except OSError:
            problems.append(
                articles.problem(row, "notes", f"the source file {found['path']} (it is missing)")
            )
            continue
        actual = hashlib.sha256(blob).hexdigest()
        if actual != found["sha"]:
            problems.append(
                articles.problem(
                    row,
                    "notes",
                    f"the source's sha256 {actual} (the file {found['path']} was changed)",
                )
            )
    return problems


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def calendar_note(value: str) -> str:
    """Say why a date-shaped *value* is no date: its month has no such day, or no such month.

    >>> calendar_note("2025-09-31"), calendar_note("2023-02-29T10:00"), calendar_note("2023-13-01")
    (' (September 2025 has 30 days)', ' (February 2023 has 28 days)', ' (there is no month 13)')
    >>> calendar_note("2023-01-04"), calendar_note("yesterday")
    ('', '')
    """
    match = _DAY.match(value)
    if not match:
        return ""
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return f" (there is no month {month})"
    days = calendar.monthrange(year, month)[1]
    if day > days or day == 0:
        return f" ({calendar.month_name[month]} {year} has {days} days)"
    return ""
