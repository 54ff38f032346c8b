"""Read the data folder, validate it against the contract, and return typed DataFrames.

With the publish room, the only code that touches the disk. Every
loader validates the whole folder first: a claim is only as good as its article
and its claimant, so a problem anywhere stops the load with every problem listed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from makiivka.story import claim_checks, files, ids, paths
from makiivka.story.checks import check_articles, check_cells, check_foreign_keys, parse_timestamps
from makiivka.story.corrections import check_corrections
from makiivka.story.problems import DataError, Problem
from makiivka.story.schema import Package, Resource, parse_descriptor, story_attrs
from makiivka.story.table import Table, field_column

PathLike = str | os.PathLike[str] | None

#: A quoted CSV field on one line, with its doubled quotes: its commas do not separate fields.
QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')


@dataclass(frozen=True)
class Dataset:
    """A validated data folder: the descriptor, typed tables and the article texts."""

    package: Package
    articles: pd.DataFrame
    claimants: pd.DataFrame
    claims: pd.DataFrame
    corrections: pd.DataFrame
    texts: dict[str, str]


def read_package(data: PathLike = None) -> Package:
    """Read ``datapackage.json`` from the data folder."""
    folder = paths.data_dir(data)
    if not folder.is_dir():
        shown = paths.display(folder)
        raise DataError([Problem(shown, 1, 1, "", str(folder), "an existing data folder")])
    path = folder / paths.DESCRIPTOR_NAME
    try:
        descriptor = json.loads(files.read_bytes(path).decode("utf-8"))
    except FileNotFoundError:
        shown = paths.display(path)
        raise DataError([Problem(shown, 1, 1, "", "", "a data package descriptor")]) from None
    except OSError as error:
        shown = paths.display(path)
        expected = f"a regular file ({error.strerror})"
        raise DataError([Problem(shown, 1, 1, "", "", expected)]) from None
    except json.JSONDecodeError as error:
        shown = paths.display(path)
        raise DataError(
            [
                Problem(
                    shown,
                    error.lineno,
                    error.colno,
                    "",
                    error.doc[error.pos : error.pos + 20],
                    f"valid JSON ({error.msg})",
                )
            ]
        ) from None
    return parse_descriptor(descriptor)


def read_table(data: PathLike, resource: Resource) -> tuple[Table | None, list[Problem]]:
    """Read one CSV resource as text cells, or say exactly why it cannot be read."""
    path = paths.data_dir(data) / resource.path
    shown = paths.display(path)
    try:
        blob = files.read_bytes(path)
    except FileNotFoundError:
        return None, [Problem(shown, 1, 1, "", "", f"the {resource.name} file to exist")]
    except OSError as error:
        return None, [Problem(shown, 1, 1, "", "", f"a regular file ({error.strerror})")]
    text, problems = decode_text(blob, shown)
    if problems:
        return None, problems
    if not text or text.isspace():
        header = ",".join(resource.columns)
        return None, [Problem(shown, 1, 1, "", "", f"a header row: {header}")]
    problems = _check_header(text, resource, shown)
    if problems:
        return None, problems
    starts, problems = _scan_records(text, resource, shown)
    if problems:
        return None, problems
    frame = pd.read_csv(
        io.StringIO(text), dtype=object, keep_default_na=False, na_filter=False, engine="c"
    )
    return Table(resource, shown, text, frame, _starts=starts), []


def decode_text(blob: bytes, shown: str) -> tuple[str, list[Problem]]:
    """Decode UTF-8 without a byte-order mark and with LF line ends, or locate the fault."""
    if blob.startswith(b"\xef\xbb\xbf"):
        return "", [Problem(shown, 1, 1, "", "\ufeff", "UTF-8 without a byte-order mark")]
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as error:
        line = blob[: error.start].count(b"\n") + 1
        column = error.start - (blob.rfind(b"\n", 0, error.start) + 1) + 1
        bad = blob[error.start : error.end].hex(" ")
        return "", [Problem(shown, line, column, "", f"bytes {bad}", "UTF-8 text")]
    if "\r" in text:
        at = text.index("\r")
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        return "", [Problem(shown, line, column, "", "\\r\\n", "LF line endings, not CR LF")]
    return text, []


def _check_header(text: str, resource: Resource, shown: str) -> list[Problem]:
    first = text[: text.find("\n")] if "\n" in text else text
    header = next(csv.reader([first]))
    expected = resource.columns
    if header == expected:
        return []
    problems = []
    for index, name in enumerate(header):
        if name not in expected:
            column = field_column(first, index)
            problems.append(
                Problem(shown, 1, column, "", name, f"one of the columns {', '.join(expected)}")
            )
    for name in expected:
        if name not in header:
            problems.append(
                Problem(
                    shown, 1, 1, "", "", f"a column named {name} (columns: {', '.join(expected)})"
                )
            )
    if not problems:
        problems.append(
            Problem(shown, 1, 1, "", first, f"the columns in order: {','.join(expected)}")
        )
    return problems


def _scan_records(text: str, resource: Resource, shown: str) -> tuple[list[int], list[Problem]]:
    """Return the line each record starts on, and a problem for each of the wrong width.

    pandas' fast parser pads a short row with empty cells silently and gives no
    line numbers, so both are worked out here: a line's fields are its commas
    outside quotes, plus one; a file whose quoted fields span lines is read
    with the csv module instead.
    """
    width = len(resource.columns)
    stripped = QUOTED.sub("", text)
    if '"' in stripped or stripped.count("\n") != text.count("\n"):
        return _scan_records_slowly(text, width, shown)
    # Count per line with numpy over the bytes: commas outside quotes, and blank lines.
    raw = np.frombuffer(stripped.encode("utf-8"), dtype=np.uint8)
    ends = np.flatnonzero(raw == ord("\n"))
    if not len(raw) or raw[-1] != ord("\n"):
        ends = np.append(ends, len(raw))
    begins = np.concatenate(([0], ends[:-1] + 1))
    commas = np.flatnonzero(raw == ord(","))
    fields = np.searchsorted(commas, ends) - np.searchsorted(commas, begins) + 1
    filled = ends > begins  # a blank line is skipped, as pandas skips it
    numbers = np.flatnonzero(filled) + 1
    problems = []
    for number in numbers[fields[filled] != width].tolist():
        line = text.split("\n", number)[number - 1]
        found = f"{width} fields, found {fields[number - 1]}"
        problems.append(Problem(shown, number, 1, "", line, found))
    return numbers.tolist(), problems


def _scan_records_slowly(text: str, width: int, shown: str) -> tuple[list[int], list[Problem]]:
    reader = csv.reader(io.StringIO(text))
    starts, problems, previous = [], [], 0
    for record in reader:
        if record:
            starts.append(previous + 1)
            if len(record) != width:
                found = f"{width} fields, found {len(record)}"
                problems.append(Problem(shown, previous + 1, 1, "", ",".join(record), found))
        previous = reader.line_num
    return starts, problems


def _read_articles(
    data: PathLike, articles: Table
) -> tuple[dict[str, bytes | None], list[Problem]]:
    root = paths.data_dir(data)
    blobs, problems = {}, []
    rows = zip(articles.frame["article_id"].tolist(), articles.frame["path"].tolist(), strict=True)
    for row, (article_id, relative) in enumerate(rows):
        # The path pattern allows only articles/NAME.txt; refuse anything that climbs out.
        parts = relative.replace("\\", "/").split("/")
        if len(parts) != 2 or parts[0] != "articles" or parts[1] in ("", ".", ".."):
            problems.append(
                articles.problem(row, "path", "a file under articles/ in the data folder")
            )
            continue
        try:
            blobs[article_id] = files.read_bytes(os.path.join(root, "articles", parts[1]))
        except OSError:
            blobs[article_id] = None
    return blobs, problems


def validate(data: PathLike = None) -> list[Problem]:
    """Check every file of the data folder against the contract; return every problem."""
    try:
        _read(data)
    except DataError as error:
        return error.problems
    return []


def read_dataset(data: PathLike = None) -> Dataset:
    """Read and validate the whole data folder; raise :class:`DataError` listing every problem."""
    return _read(data)


def _read(data: PathLike) -> Dataset:
    folder = paths.data_dir(data)
    if folder.is_dir() and (found := files.check_regular_files(folder, paths.display(folder))):
        raise DataError(found)  # read nothing through a link or from a device
    package = read_package(data)
    tables, problems = {}, []
    for name, resource in package.resources.items():
        table, found = read_table(data, resource)
        problems += found
        if table is not None:
            tables[name] = table
    for table in tables.values():
        problems += check_cells(table)
    problems += check_foreign_keys(tables)
    texts: dict[str, str] = {}
    if "articles" in tables:
        blobs, found = _read_articles(data, tables["articles"])
        problems += found + check_articles(tables["articles"], blobs)
        for article_id, blob in blobs.items():
            if blob is not None:
                texts[article_id] = blob.decode("utf-8", errors="replace")
    if "claims" in tables:
        claims = tables["claims"]
        problems += claim_checks.check_bounds(claims)
        problems += claim_checks.check_quotes(claims, texts)
        problems += claim_checks.check_supersedes(claims)
        problems += claim_checks.check_figures(claims)
        problems += ids.check_issued(data, claims)
        if "articles" in tables:
            problems += claim_checks.check_stated_before_published(claims, tables["articles"])
        if "reviewed" in tables and "corrections" in tables:
            problems += check_corrections(claims, tables["reviewed"], tables["corrections"])
    if problems or len(tables) != len(package.resources):
        raise DataError(problems)
    wanted = ("articles", "claimants", "claims", "corrections")  # reviewed.csv is only checked
    typed = {name: typed_frame(tables[name]) for name in wanted}
    claims = join_claims(typed["claims"], typed["articles"], typed["claimants"])
    claims.attrs.update(story_attrs(package))
    return Dataset(
        package, typed["articles"], typed["claimants"], claims, typed["corrections"], texts
    )


def typed_frame(table: Table) -> pd.DataFrame:
    """Convert a validated table's text cells to real dtypes (timestamps get a precision column)."""
    out = {}
    for spec in table.resource.fields:
        raw = table.frame[spec.name]
        missing = raw == ""
        if spec.is_timestamp:
            stamps, precision = parse_timestamps(raw.where(~missing))
            out[spec.name] = stamps
            out[f"{spec.name}_precision"] = precision
        elif spec.type == "integer":
            out[spec.name] = pd.to_numeric(raw.where(~missing)).astype("Int64")
        else:
            out[spec.name] = raw.where(~missing).astype(spec.dtype())
    return pd.DataFrame(out)


def join_claims(
    claims: pd.DataFrame, articles: pd.DataFrame, claimants: pd.DataFrame
) -> pd.DataFrame:
    """Add each claim's claimant name and side, and its article's outlet and publication date."""
    names = claimants.set_index("claimant_id")["name"]
    sides = claimants.set_index("claimant_id")["side"]
    by_article = articles.set_index("article_id")
    joined = claims.copy()
    position = joined.columns.get_loc("claimant") + 1
    joined.insert(position, "claimant_name", joined["claimant"].map(names).astype("string"))
    joined.insert(position + 1, "side", joined["claimant"].map(sides).astype(sides.dtype))
    relayed = joined["relayed_by"].map(names).astype("string")
    joined.insert(joined.columns.get_loc("relayed_by") + 1, "relayed_by_name", relayed)
    outlet = joined["article_id"].map(by_article["outlet"]).astype("string")
    joined.insert(joined.columns.get_loc("article_id") + 1, "outlet", outlet)
    joined.insert(
        joined.columns.get_loc("outlet") + 1, "outlet_name", outlet.map(names).astype("string")
    )
    joined["published_at"] = joined["article_id"].map(by_article["published_at"])
    return joined


def load_articles(data: PathLike = None) -> pd.DataFrame:
    """Return the validated articles register, one row per article."""
    return read_dataset(data).articles


def load_claimants(data: PathLike = None) -> pd.DataFrame:
    """Return the validated claimants register with their sides and aliases."""
    return read_dataset(data).claimants


def load_claims(data: PathLike = None) -> pd.DataFrame:
    """Return the validated claims ledger joined with claimant side and article outlet.

    ``attrs`` carries the story's parties, compared pair and event scope
    (:func:`makiivka.story.schema.story_attrs`) for :func:`makiivka.analysis.gap_table`.
    """
    return read_dataset(data).claims


def load_corrections(data: PathLike = None) -> pd.DataFrame:
    """Return the corrections log: every change to a reviewed claim, oldest first."""
    return read_dataset(data).corrections.sort_values("changed_at", kind="stable")


def read_tables(data: PathLike = None) -> dict[str, Table]:
    """Return every resource as text cells, for commands that append to the data folder."""
    package = read_package(data)
    tables, problems = {}, []
    for name, resource in package.resources.items():
        table, found = read_table(data, resource)
        problems += found
        tables[name] = table
    if problems:
        raise DataError(problems)
    return tables


def read_article_text(data: PathLike, relative: str) -> str:
    """Return an article's text as read (UTF-8), for the extractor."""
    return files.read_bytes(Path(paths.data_dir(data)) / relative).decode("utf-8")
