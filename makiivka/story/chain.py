"""Make the seals and the corrections log tamper-evident: a hash chain over canonical rows.

``reviewed.csv`` and ``corrections.csv`` are append-only logs. Each row carries

- ``prev_sha256``: the ``sha256`` of the row before it (for the first row, the sha256 of
  the file's canonical header, so the chain also pins the columns), and
- ``sha256``: the sha256 of the row's own canonical bytes, ``prev_sha256`` included.

A row's **canonical bytes** are its cells, in the header's order without ``sha256``, as
compact JSON (``json.dumps(cells, ensure_ascii=False, separators=(",", ":"))``) in
UTF-8: the same text cells give the same bytes whatever CSV quoting the file uses.

So an edited row no longer hashes to its ``sha256``; a deleted, inserted or re-hashed
row breaks the next row's ``prev_sha256``; and the **head** (the last row's ``sha256``
and the row count), written by every build into ``outputs/manifest.json``, pins the
whole history a published page came from: erasing or editing even the last row, or
every row after a publish, no longer leads to it.

The limit: whoever rewrites a log *and* every published copy of its head is not caught.
The chain makes a rewrite visible; it cannot make it impossible.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from makiivka.story import files, paths
from makiivka.story.problems import Problem
from makiivka.story.table import Table

PREV, OWN = "prev_sha256", "sha256"
#: The two columns the chain adds at the end of reviewed.csv and corrections.csv.
COLUMNS = (PREV, OWN)
#: The logs on the chain: resource name -> the column that names a row in messages.
LOGS = {"reviewed": "claim_id", "corrections": "claim_id"}
#: How validate words a log written before the chain (``makiivka migrate`` chains it).
UNCHAINED = "run `makiivka migrate` to put the story's seals and corrections on a hash chain"


def digest(blob: bytes) -> str:
    """Return the hex sha256 of *blob*."""
    return hashlib.sha256(blob).hexdigest()


def canonical(cells: Sequence[str]) -> bytes:
    """Return the canonical bytes of a row's text cells (compact JSON, UTF-8).

    >>> canonical(["c001", "at least 89", ""])
    b'["c001","at least 89",""]'
    """
    return json.dumps(list(cells), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def genesis(columns: Sequence[str]) -> str:
    """Return the ``prev_sha256`` of a log's first row: the hash of its canonical header."""
    return digest(canonical([c for c in columns if c != OWN]))


def row_hash(columns: Sequence[str], row: Mapping[str, object]) -> str:
    """Return the sha256 a row must carry: of its cells in *columns* order, less ``sha256``."""
    return digest(canonical([_cell(row.get(c)) for c in columns if c != OWN]))


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def link(
    columns: Sequence[str], rows: Iterable[Mapping[str, object]], head: str
) -> list[dict[str, object]]:
    """Return *rows* with ``prev_sha256`` and ``sha256`` filled, chained after *head*.

    *head* is the last row's ``sha256`` (:func:`head_of`), or :func:`genesis` for an
    empty log. The rows' own values are kept as given (``None`` reads as empty).
    """
    linked = []
    for row in rows:
        row = {c: _cell(row.get(c)) for c in columns if c not in COLUMNS}
        row[PREV] = head
        row[OWN] = head = row_hash(columns, row)
        linked.append(row)
    return linked


def head_of(table: Table) -> tuple[int, str]:
    """Return a log's row count and head (its last row's ``sha256``; the genesis if empty)."""
    frame = table.frame
    if frame.empty:
        return 0, genesis(table.resource.columns)
    return len(frame), str(frame[OWN].iat[-1])


def head_of_bytes(blob: bytes, columns: Sequence[str]) -> str:
    """Return the head of a log given as its file's bytes (the genesis when it has no row)."""
    rows = list(csv.reader(io.StringIO(blob.decode("utf-8"), newline="")))[1:]
    rows = [row for row in rows if row]
    if not rows:
        return genesis(columns)
    return rows[-1][list(columns).index(OWN)]


def is_chained(table: Table) -> bool:
    """Tell whether a log has the chain's columns (else it predates the chain)."""
    return all(c in table.frame.columns for c in COLUMNS)


def check_chain(table: Table) -> list[Problem]:
    """Walk a log's chain; name each edited, deleted, inserted or re-made row.

    - a row whose cells no longer hash to its ``sha256`` was **edited** after it was
      written (the message names the row's claim and that its cells changed);
    - a row whose ``prev_sha256`` is not the ``sha256`` of the row before it follows a
      **deleted**, inserted or re-made row (the message names the row before).

    A claim sealed on two rows is refused by reviewed.csv's unique ``claim_id``.
    """
    if not is_chained(table):
        return []
    columns = table.resource.columns
    name = LOGS.get(table.resource.name, columns[0])
    cells = table.frame[columns].to_numpy(dtype=object)
    at = {c: i for i, c in enumerate(columns)}
    problems, before = [], genesis(columns)
    for row, values in enumerate(cells):
        record = dict(zip(columns, values, strict=True))
        who = record[name]
        if record[PREV] == "" and record[OWN] == "":
            expected = f"a row on the hash chain ({UNCHAINED})"
            problems.append(table.problem(row, OWN, expected))
            before = ""
            continue
        if record[PREV] != before and before:
            if row == 0:
                expected = (
                    f"{before[:12]}…, the hash of the header: the log's first rows were "
                    "deleted, or its columns changed"
                )
            else:
                previous = cells[row - 1][at[name]]
                expected = (
                    f"{before[:12]}…, the sha256 of the row before (line "
                    f"{table.line_of(row - 1)}, {previous}): a row between them was deleted, "
                    "or the row before was inserted or re-made after this one was written"
                )
            problems.append(table.problem(row, PREV, expected, value=record[PREV][:12] + "…"))
        own = row_hash(columns, record)
        if record[OWN] != own:
            expected = (
                f"{own[:12]}…, the hash of this row's cells: the row of {who} was edited "
                "after it was written (its cells are not the ones its sha256 recorded)"
            )
            problems.append(table.problem(row, OWN, expected, value=record[OWN][:12] + "…"))
        before = record[OWN]
    return problems


def check_published(
    table: Table, published: Mapping[str, object] | None, shown: str
) -> list[Problem]:
    """Check that a log still leads through the head a build published (*shown* names it).

    *published* is the manifest's entry for the log: ``{"rows": N, "head": SHA256}``.
    The log may have grown since (rows appended); its first N rows must be the ones
    published, the N-th ending in the published head.
    """
    if not published or not is_chained(table):
        return []
    rows, head = published.get("rows"), published.get("head")
    if not isinstance(rows, int) or not isinstance(head, str):
        return [Problem(shown, 1, 1, "history", str(published), "{'rows': N, 'head': SHA256}")]
    frame = table.frame
    if rows == 0:
        found = genesis(table.resource.columns)
        if found == head:
            return []
        return [Problem(table.path, 1, 1, "", "header", f"the columns {shown} published")]
    if len(frame) < rows:
        expected = (
            f"at least the {rows} rows {shown} published (head {head[:12]}…): "
            f"{rows - len(frame)} written rows were deleted"
        )
        return [Problem(table.path, 1, 1, "", f"{len(frame)} rows", expected)]
    found = str(frame[OWN].iat[rows - 1])
    if found == head:
        return []
    expected = (
        f"{head[:12]}…, the head {shown} published: the history up to this row is not "
        "the one the last build was made from (a row up to here was deleted, edited or "
        "re-made)"
    )
    return [table.problem(rows - 1, OWN, expected, value=found[:12] + "…")]


#: Where a build publishes the heads, relative to the story: its manifest.
MANIFEST = ("outputs", "manifest.json")


def read_published(story: str | os.PathLike[str]) -> tuple[dict[str, object], list[Problem]]:
    """Return the heads the story's last build published (``history`` in its manifest).

    No manifest (never built) gives ``{}``; so does a manifest written before the chain.
    """
    path = Path(story, *MANIFEST)
    shown = paths.display(path)
    try:
        blob = files.read_bytes(path)
    except FileNotFoundError:
        return {}, []
    except OSError as error:
        return {}, [Problem(shown, 1, 1, "", "", f"a regular file ({error.strerror})")]
    try:
        manifest = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return {}, [Problem(shown, 1, 1, "", "", "the JSON manifest a build writes")]
    history = manifest.get("history") if isinstance(manifest, dict) else None
    if history is None:
        return {}, []
    if not isinstance(history, dict):
        return {}, [Problem(shown, 1, 1, "history", str(history)[:40], "an object")]
    return history, []


def check_logs(tables: Mapping[str, Table], story: str | os.PathLike[str]) -> list[Problem]:
    """Check each log's chain and that it leads through the heads the last build published."""
    problems = []
    chained = {name: tables[name] for name in LOGS if name in tables}
    for table in chained.values():
        if not is_chained(table):
            expected = f"the columns {', '.join(COLUMNS)} too ({UNCHAINED})"
            problems.append(
                Problem(table.path, 1, 1, "", ",".join(table.resource.columns), expected)
            )
        problems += check_chain(table)
    if problems or not chained:
        return problems
    history, problems = read_published(story)
    shown = paths.display(Path(story, *MANIFEST))
    for table in chained.values():
        problems += check_published(table, history.get(table.resource.path), shown)
    return problems


def heads(tables: Mapping[str, Table]) -> dict[str, dict[str, object]]:
    """Return each chained log's ``{"rows": N, "head": SHA256}``, by file name, for a manifest."""
    found = {}
    for name in LOGS:
        table = tables.get(name)
        if table is not None and is_chained(table):
            rows, head = head_of(table)
            found[table.resource.path] = {"rows": rows, "head": head}
    return found
