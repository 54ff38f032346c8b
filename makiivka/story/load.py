"""Read the data folder, validate it against the contract, and return typed DataFrames.

With the publish room, the only code that touches the disk. Every
loader validates the whole folder first: a claim is only as good as its article
and its claimant, so a problem anywhere stops the load with every problem listed.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from makiivka.story import chain, claim_checks, date_checks, files, ids, paths, selection
from makiivka.story.checks import (
    check_articles,
    check_cells,
    check_foreign_keys,
    check_sources,
    timestamps_of,
)
from makiivka.story.corrections import check_corrections
from makiivka.story.descriptor import check_descriptor, event_zone, locate, with_story_sides
from makiivka.story.problems import DataError, Problem
from makiivka.story.records import check_header, decode_text, scan_records
from makiivka.story.schema import Package, Resource, event_scope, parse_descriptor, story_attrs
from makiivka.story.shape import check_shape
from makiivka.story.table import Table
from makiivka.story.unit_checks import check_units
from makiivka.story.updates import page_updates
from makiivka.story.voices import many_voices

PathLike = str | os.PathLike[str] | None

#: Bytes asked of the system per read of an article: most articles fit in one.


@dataclass(frozen=True)
class Dataset:
    """A validated data folder: the descriptor, typed tables and the article texts."""

    package: Package
    articles: pd.DataFrame
    claimants: pd.DataFrame
    claims: pd.DataFrame
    corrections: pd.DataFrame
    texts: dict[str, str]
    #: The heads of the seals' and corrections' hash chains, by file name:
    #: ``{"reviewed.csv": {"rows": 17, "head": SHA256}, …}`` (:mod:`makiivka.story.chain`).
    history: dict[str, dict[str, object]] = field(default_factory=dict)
    #: Doubts that fail nothing, for validate to print: a proposed row stated before the event.
    warnings: list[Problem] = field(default_factory=list)

    def where(self, **criteria) -> Dataset:
        """Return this dataset narrowed to the claims matching every criterion.

        Each criterion is a column of :attr:`claims` (``claimant``, ``side``, ``metric``,
        ``outlet``, ``article_id``, ``status``, ``claim_id``, …) and a value or a
        collection of values, e.g. ``dataset.where(side="russia", metric=["killed",
        "wounded"])``. The articles, claimants, corrections and texts are narrowed
        to those the kept claims use (:func:`makiivka.story.selection.select`), so
        charts, findings and analyses of the result agree with each other.
        Raises ``ValueError`` for a column the claims do not have.
        """
        return selection.select(self, **criteria)


def read_package(data: PathLike = None) -> Package:
    """Read ``datapackage.json`` from the data folder."""
    folder = paths.data_dir(data)
    if not folder.is_dir():
        shown = paths.display(folder)
        raise DataError([Problem(shown, 1, 1, "", str(folder), "an existing data folder")])
    path = folder / paths.DESCRIPTOR_NAME
    shown = paths.display(path)
    try:
        blob = files.read_bytes(path)
    except FileNotFoundError:
        raise DataError([Problem(shown, 1, 1, "", "", "a data package descriptor")]) from None
    except OSError as error:
        expected = f"a regular file ({error.strerror})"
        raise DataError([Problem(shown, 1, 1, "", "", expected)]) from None
    text, problems = decode_text(blob, shown, json_file=True)
    if problems:
        raise DataError(problems)
    try:
        descriptor = json.loads(text)
    except json.JSONDecodeError as error:
        value = error.doc[error.pos : error.pos + 20]
        expected = f"valid JSON ({error.msg})"
        raise DataError([Problem(shown, error.lineno, error.colno, "", value, expected)]) from None
    except RecursionError:
        expected = "JSON nested less deeply (a descriptor is a few levels deep)"
        raise DataError([Problem(shown, 1, 1, "", text[:20], expected)]) from None
    problems = check_shape(descriptor, lambda needle: locate(text, needle), shown)
    if problems:
        raise DataError(problems)
    problems = check_descriptor(descriptor, text, paths.display(path))
    if problems:
        raise DataError(problems)
    return with_story_sides(parse_descriptor(descriptor))


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
    problems = check_header(text, resource, shown)
    if problems:
        return None, problems
    starts, problems = scan_records(blob, text, resource, shown)
    if problems:
        return None, problems
    frame = pd.read_csv(
        io.BytesIO(blob), dtype=object, keep_default_na=False, na_filter=False, engine="c"
    )
    return Table(resource, shown, text, frame, _starts=starts), []


def _read_articles(
    data: PathLike, articles: Table
) -> tuple[dict[str, bytes | None], list[Problem]]:
    folder = os.path.join(paths.data_dir(data), "articles")
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
            blobs[article_id] = files.read_bytes(os.path.join(folder, parts[1]))
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
    warnings: list[Problem] = []
    if "articles" in tables:
        blobs, found = _read_articles(data, tables["articles"])
        problems += found + check_articles(tables["articles"], blobs)
        folder = paths.data_dir(data)
        pages: dict[str, bytes] = {}  # saved pages, read once: for their sha256 and their update

        def read_source(relative: str) -> bytes:
            blob = pages.get(relative) or files.read_bytes(folder / relative)
            if relative.lower().endswith((".html", ".htm")):
                pages[relative] = blob
            return blob

        problems += check_sources(tables["articles"], read_source)
        for article_id, blob in blobs.items():
            if blob is not None:
                texts[article_id] = blob.decode("utf-8", errors="replace")
    if "claims" in tables:
        claims = tables["claims"]
        problems += claim_checks.check_bounds(claims)
        problems += claim_checks.check_quotes(claims, texts)
        problems += claim_checks.check_supersedes(claims, event_zone(package))
        problems += claim_checks.check_relays(claims)
        problems += claim_checks.check_figures(claims)
        warnings += check_units(claims, package)  # a row in another unit than its metric's
        problems += ids.check_issued(data, claims)
        if "articles" in tables:
            zone = event_zone(package)
            updates = page_updates(tables["articles"], read_source)
            problems += date_checks.check_stated_before_published(
                claims, tables["articles"], zone, updates
            )
            occurred = str(package.event.get("occurred_at", ""))
            scope = event_scope(package)
            problems += date_checks.check_stated_after_event(claims, occurred, scope, zone)
            warnings += date_checks.check_stated_after_event(
                claims, occurred, scope, zone, "proposed"
            )
        if "reviewed" in tables and "corrections" in tables:
            problems += check_corrections(claims, tables["reviewed"], tables["corrections"])
    problems += chain.check_logs(tables, paths.story_of(paths.data_dir(data)))
    if problems or len(tables) != len(package.resources):
        raise DataError(problems)
    wanted = ("articles", "claimants", "claims", "corrections")  # reviewed.csv is only checked
    typed = {name: typed_frame(tables[name]) for name in wanted}
    # The chain's hashes are for validate, not for readers of the corrections log.
    typed["corrections"] = typed["corrections"].drop(columns=list(chain.COLUMNS), errors="ignore")
    claims = join_claims(typed["claims"], typed["articles"], typed["claimants"])
    claims.attrs.update(story_attrs(package))
    claims.attrs["many_voices"] = many_voices(typed["claimants"], claims.attrs["labels"])
    return Dataset(
        package,
        typed["articles"],
        typed["claimants"],
        claims,
        typed["corrections"],
        texts,
        chain.heads(tables),
        warnings,
    )


def typed_frame(table: Table) -> pd.DataFrame:
    """Convert a validated table's text cells to real dtypes (timestamps get a precision column).

    Empty cells become missing values. Enumerated and integer columns are
    converted through their distinct values (:meth:`Table.factorize`), which the
    checks have already computed: each distinct value is read once.
    """
    out = {}
    for spec in table.resource.fields:
        raw = table.frame[spec.name]
        if spec.is_timestamp:
            stamps, precision = timestamps_of(table, spec.name)
            out[spec.name] = stamps
            out[f"{spec.name}_precision"] = precision
        elif spec.enum is not None or spec.type == "integer":
            codes, uniques = table.factorize(spec.name)
            distinct = pd.Series(uniques, dtype=object)
            known = distinct.where(distinct != "")
            if spec.type == "integer":
                numbers = pd.array(pd.to_numeric(known), dtype="Int64")
                values = numbers.take(codes, allow_fill=True)
            else:
                where = {name: i for i, name in enumerate(spec.enum)}
                lookup = np.array([where.get(value, -1) for value in uniques], dtype=np.int64)
                values = pd.Categorical.from_codes(lookup[codes], dtype=spec.dtype())
            out[spec.name] = pd.Series(values, index=raw.index)
        else:
            cells = raw.to_numpy(dtype=object, copy=True)
            cells[cells == ""] = None
            out[spec.name] = pd.Series(pd.array(cells, dtype=spec.dtype()), index=raw.index)
    return pd.DataFrame(out)


def join_claims(
    claims: pd.DataFrame, articles: pd.DataFrame, claimants: pd.DataFrame
) -> pd.DataFrame:
    """Add each claim's claimant name and side, and its article's outlet and publication date."""
    by_claimant = claimants.set_index("claimant_id")
    by_article = articles.set_index("article_id")
    by_article["outlet_name"] = _lookup(by_article["outlet"], by_claimant[["name"]])["name"]
    joined = claims.copy()
    who = _lookup(joined["claimant"], by_claimant[["name", "side"]])
    position = joined.columns.get_loc("claimant") + 1
    joined.insert(position, "claimant_name", who["name"].astype("string"))
    joined.insert(position + 1, "side", who["side"])
    relayed = _lookup(joined["relayed_by"], by_claimant[["name"]])["name"].astype("string")
    joined.insert(joined.columns.get_loc("relayed_by") + 1, "relayed_by_name", relayed)
    where = _lookup(joined["article_id"], by_article[["outlet", "outlet_name", "published_at"]])
    joined.insert(joined.columns.get_loc("article_id") + 1, "outlet", where["outlet"])
    joined.insert(joined.columns.get_loc("outlet") + 1, "outlet_name", where["outlet_name"])
    joined["published_at"] = where["published_at"]
    return joined


def _lookup(keys: pd.Series, rows: pd.DataFrame) -> dict[str, pd.Series]:
    """Return the columns of *rows* (indexed by unique keys) for each key, missing if absent.

    Each distinct key is looked up once: a ledger repeats its claimants and articles.
    """
    codes, uniques = pd.factorize(keys)
    found = rows.reindex(uniques)
    return {
        name: pd.Series(found[name].array.take(codes, allow_fill=True), index=keys.index)
        for name in rows.columns
    }


def load_articles(data: PathLike = None) -> pd.DataFrame:
    """Return the validated articles register, one row per article."""
    return read_dataset(data).articles


def load_claimants(data: PathLike = None) -> pd.DataFrame:
    """Return the validated claimants register with their sides and aliases."""
    return read_dataset(data).claimants


def load_claims(data: PathLike = None) -> pd.DataFrame:
    """Return the validated claims ledger joined with claimant side and article outlet.

    ``attrs`` carries the story's parties, compared pair and event scope
    (:func:`makiivka.story.schema.story_attrs`) for :func:`makiivka.analysis.gap_table`, and
    ``many_voices``: the ids of the parties' catch-all claimants
    (:func:`makiivka.story.voices.many_voices`), whose figures revise nothing.
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
