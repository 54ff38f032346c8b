"""Validate an ingest's staged change, naming the input file for rows it would have written.

Ingest stages the article's register row and its proposed ledger rows in memory and
validates the story as the change would leave it (:func:`check_staged`). A problem found in
one of those rows is not in ``claims.csv`` or ``articles.csv`` on disk (nothing is written
when the check fails), so it is told as a problem of the file being ingested: at the line and
column of the row's figure in the article's text, with the proposed row (claim id, figure,
quote) in its words. Problems of rows already on disk keep their place there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from makiivka.story import load, store
from makiivka.story.problems import DataError, Problem
from makiivka.text.not_counts import figure_in_quote

QUOTE_SHOWN = 90


def check_staged(change: store.Change, names: Mapping[str, str] | None = None) -> None:
    """Validate the story as the change would leave it; raise DataError if it breaks.

    *names* maps the article ids this change adds to the files they were ingested from
    (``week/a.txt``, ``result.json#12``): a problem in one of their new rows names that file.
    """
    with change.staged():
        problems = load.validate(change.data)
        if problems and names:
            problems = _located(change, problems, names)
    if problems:
        raise DataError(problems)


def _located(change: store.Change, problems: list[Problem], names: Mapping[str, str]) -> list:
    """Return *problems* with those of staged rows told as problems of their input files."""
    try:
        tables = load.read_tables(change.data)
    except DataError:
        return problems  # a table that cannot be read: its own problems say where
    new_rows = {}
    for table_name in ("claims", "articles"):
        table = tables.get(table_name)
        if table is None:
            continue
        relative = table.resource.path
        written = _lines_on_disk(change, relative)
        by_line = {table.line_of(r): r for r in range(len(table.frame))}
        new_rows[table.path] = (table_name, table, written, by_line)
    articles = tables["articles"].frame
    paths = dict(zip(articles["article_id"], articles["path"], strict=True))
    out = []
    for problem in problems:
        found = new_rows.get(problem.path)
        row = found[3].get(problem.line) if found else None
        if found is None or row is None or problem.line <= found[2]:
            out.append(problem)
            continue
        table_name, table = found[0], found[1]
        record = table.frame.iloc[row]
        name = names.get(record["article_id"])
        if name is None:
            out.append(problem)
        elif table_name == "articles":
            said = (
                f"{problem.expected} (in the articles.csv row ingest made for it; nothing written)"
            )
            out.append(replace(problem, path=name, line=1, column=1, expected=said))
        else:
            text = change.read_bytes(paths[record["article_id"]]).decode("utf-8", "replace")
            out.append(_proposed(problem, name, record, text, paths[record["article_id"]]))
    return out


def _lines_on_disk(change: store.Change, relative: str) -> int:
    """Return the number of lines of a story file on disk (0 when it is not there)."""
    path = change.data / relative
    if not path.is_file():
        return 0
    blob = path.read_bytes()
    return blob.count(b"\n") + (not blob.endswith(b"\n") and bool(blob))


def _proposed(problem: Problem, name: str, record, text: str, relative: str) -> Problem:
    """Return a problem of a proposed ledger row as one of the file it was read from."""
    quote, figure = str(record["quote"]), str(record["figure"])
    occurrence = int(record["occurrence"]) if str(record["occurrence"]).isdigit() else 1
    at = -1
    for _ in range(occurrence):
        at = text.find(quote, at + 1)
        if at == -1:
            break
    if at != -1 and figure and figure in quote:
        at += figure_in_quote(quote, figure)
    line, column = (1, 1) if at == -1 else _line_column(text, at)
    shown = quote if len(quote) <= QUOTE_SHOWN else quote[: QUOTE_SHOWN - 3] + "..."
    said = (
        f"{problem.expected} (in the row ingest proposed, {record['claim_id']}: figure "
        f"{figure!r} of the quote {shown!r}, line {line} of its text {relative}; "
        "nothing written)"
    )
    return replace(problem, path=name, line=line, column=column, expected=said)


def _line_column(text: str, at: int) -> tuple[int, int]:
    """Return the 1-based line and column of offset *at* in *text*.

    >>> _line_column("a\\nbc", 3)
    (2, 2)
    """
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
