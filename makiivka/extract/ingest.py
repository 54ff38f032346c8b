"""Add an article to the data folder and its extracted figures to the ledger as proposed rows.

The whole ingest runs inside :func:`makiivka.story.store.changing` (one writer at a
time): the article file, the appended register and ledger rows and the claim-id mark
are staged in memory and validated there (:func:`makiivka.story.load.validate` reading
the staged files); only then are they committed together, all or nothing. Existing
bytes never change and reviewed rows are never touched. Ingesting the same text (same
sha256) again changes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from makiivka.extract.article import parse_published, read_article
from makiivka.extract.attribution import load_register
from makiivka.extract.figures import extract_figures
from makiivka.extract.records import Figure
from makiivka.extract.sentences import split_sentences
from makiivka.story import files, ids, load, paths, store
from makiivka.story.problems import DataError, Problem
from makiivka.text.characters import BIDI_CONTROLS, describe_bidi

NOTE = "proposed by makiivka extract"
#: The basis of a row whose text gives no date: the publication date stands in, and says so.
UNDATED = "publication date: the text does not say when this was stated (check)"
SLUG_WORDS = 6
QUOTE_MAX = 220
#: The name of the trial copies of a story that earlier versions made in the temp folder.
TRIAL_PREFIX = "makiivka-ingest-"
TRIAL_STALE_AFTER = 3600
#: Kinds of claimant that speak for a side when the text names an unregistered body of it.
SIDE_DEFAULT_KINDS = ("armed forces", "ministry")
_SLUG = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Plan:
    """What an ingest will write: the article file, its register row and the claim rows."""

    article_id: str
    relative: str
    blob: bytes
    article_row: dict[str, str]
    claim_rows: list[dict[str, object]]
    last_claim_number: int


def slug(title: str) -> str:
    """Return the first words of a title as a file-name slug.

    A title without Latin letters or digits gets ``article-`` and the start of its
    sha256, so two such titles on one day get different names.

    >>> slug("Russia blames its soldiers’ cellphone use for missile strike that killed dozens")
    'russia-blames-its-soldiers-cellphone-use'
    >>> slug("Удар по Макеевке")
    'article-81a6f74c'
    """
    words = [w for w in _SLUG.findall(title.lower().replace("’", "").replace("'", ""))]
    if words:
        return "-".join(words[:SLUG_WORDS])
    return "article-" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:8]


def _records(tables: dict, name: str) -> list[dict[str, str]]:
    """Return a table's rows as text cells."""
    return tables[name].frame.to_dict("records")


def next_claim_number(last_issued: int | None, *tables: list[dict[str, str]]) -> int:
    """Return the number after the last claim id issued or in the tables (ids are never reused).

    >>> next_claim_number(None, [{"claim_id": "c017"}], [{"claim_id": "c020"}, {"claim_id": "x9"}])
    21
    >>> next_claim_number(27, [{"claim_id": "c017"}])
    28
    """
    highest = ids.highest_claim_number(r["claim_id"] for rows in tables for r in rows)
    return max(highest, last_issued or 0) + 1


def sentence_quote(text: str, figure: Figure) -> tuple[str, str]:
    """Return a verbatim quote around a figure (its sentence, trimmed) and its occurrence.

    >>> t = "Intro. The Ukrainian government claims that 400 soldiers were killed. End."
    >>> f = Figure(44, 47, "400", 400, 400, 400, "exact", "people", "killed", "strike", "", "", "")
    >>> sentence_quote(t, f)
    ('The Ukrainian government claims that 400 soldiers were killed.', '')
    """
    offset = max(0, figure.start - 2000)
    start, end = figure.start, figure.end
    for sentence in split_sentences(text[offset : figure.end + 2000]):
        if sentence.start + offset <= figure.start and figure.end <= sentence.end + offset:
            start, end = sentence.start + offset, sentence.end + offset
            break
    if end - start > QUOTE_MAX:
        left = max(start, figure.start - QUOTE_MAX // 2)
        right = min(end, figure.end + QUOTE_MAX // 2)
        if left > start:
            left = text.find(" ", left, figure.start) + 1 or left
        if right < end:
            right = max(text.rfind(" ", figure.end, right), figure.end)
        start, end = left, right
    # The ledger refuses quotes holding bidirectional controls: keep the quote between them.
    for control in BIDI_CONTROLS.finditer(text, start, end):
        if control.end() <= figure.start:
            start = control.end()
        elif control.start() >= figure.end:
            end = control.start()
            break
    quote = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if text.count(quote) == 1:
        return quote, ""
    occurrence, at = 0, text.find(quote)
    while at != -1 and at <= start:
        occurrence += 1
        if at == start:
            break
        at = text.find(quote, at + len(quote))
    return quote, str(occurrence)


def _claimant(figure: Figure, outlet: str, register_rows: list[dict[str, str]]) -> tuple[str, str]:
    """Return the ledger claimant of a figure and a note when it was not in the register."""
    ids = {r["claimant_id"] for r in register_rows}
    if figure.claimant in ids:
        return figure.claimant, ""
    if not figure.claimant_name:
        return outlet, ""
    note = f"the text names '{figure.claimant_name}' (side {figure.side}), not in claimants.csv"
    if figure.side not in ("third_party", "media", "unknown"):
        for kind in SIDE_DEFAULT_KINDS:
            for r in register_rows:
                if r["side"] == figure.side and r["kind"] == kind:
                    return r["claimant_id"], f"{note}; mapped to {r['claimant_id']}"
    return outlet, f"{note}; given to the outlet"


def _stated_at(figure: Figure, published: str) -> str:
    """Return the figure's statement date, never later than publication."""
    stated = figure.stated_at or published
    return published if stated[:10] > published else stated


def plan_ingest(data: Path, args: argparse.Namespace, text: str, blob: bytes, tables: dict) -> Plan:
    """Work out the files and rows an ingest adds, without writing anything.

    *tables* are the story's tables as text cells (:func:`makiivka.story.load.read_tables`).
    """
    claimants = _records(tables, "claimants")
    outlets = {r["claimant_id"] for r in claimants}
    known = ", ".join(sorted(outlets)) or "none yet"
    if args.outlet not in outlets:
        raise DataError(
            [Problem("--outlet", 1, 1, "outlet", args.outlet,
                     f"a claimant_id of claimants.csv ({known}); "
                     f"register it with `makiivka claimant add {args.outlet} --name … "
                     "--side media --kind outlet`")]
        )  # fmt: skip
    published = parse_published(args.published).isoformat()
    stem = f"{args.outlet.replace('_', '-')}-{published}-{slug(args.title)}"
    relative = f"articles/{stem}.txt"
    target = data / relative
    if target.exists() and files.read_bytes(target) != blob:
        raise DataError(
            [Problem(paths.display(target), 1, 1, "", args.file,
                     "no other text under this name (a different text is already there)")]
        )  # fmt: skip
    last_issued, problems = ids.read_issued(data)
    if problems:
        raise DataError(problems)
    number = next_claim_number(
        last_issued, _records(tables, "claims"), _records(tables, "reviewed")
    )
    figures = extract_figures(text, published, load_register(data), outlet=args.outlet)
    rows: list[dict[str, object]] = []
    by_start: dict[int, dict[str, object]] = {}
    revisions: list[tuple[int | None, dict[str, object]]] = []
    for figure in figures:
        if any(isinstance(v, float) for v in (figure.value, figure.value_low, figure.value_high)):
            continue  # the ledger counts whole numbers
        bidi = describe_bidi(figure.quote)
        if bidi:
            line = text.count("\n", 0, figure.start) + 1
            column = figure.start - text.rfind("\n", 0, figure.start)
            raise DataError(
                [Problem(str(args.file), line, column, "figure", figure.quote,
                         f"a figure without bidirectional control characters ({bidi}): they "
                         "change how it displays; remove them from the article")]
            )  # fmt: skip
        claimant, note = _claimant(figure, args.outlet, claimants)
        quote, occurrence = sentence_quote(text, figure)
        relayed = figure.converts is not None or figure.voice in ("headline", "caption")
        row: dict[str, object] = {
            "claim_id": ids.format_claim_id(number), "article_id": stem, "quote": quote,
            "occurrence": occurrence, "figure": figure.quote, "claimant": claimant,
            "relayed_by": args.outlet if relayed and claimant != args.outlet else "",
            "metric": figure.metric, "scope": figure.scope, "value": figure.value,
            "value_low": figure.value_low, "value_high": figure.value_high,
            "qualifier": figure.qualifier, "unit": figure.unit,
            "stated_at": _stated_at(figure, published),
            "stated_at_basis": "article" if figure.stated_at else UNDATED,
            "supersedes": "", "status": "proposed", "notes": "; ".join(filter(None, [NOTE, note])),
        }  # fmt: skip
        by_start[figure.start] = row
        rows.append(row)
        revisions.append((figure.revises, row))
        number += 1
    for revises, row in revisions:
        earlier = by_start.get(revises) if revises is not None else None
        if earlier is None or earlier["claimant"] != row["claimant"]:
            continue
        if str(earlier["stated_at"]) < str(row["stated_at"]):
            row["supersedes"] = earlier["claim_id"]
        else:
            row["notes"] = f"{row['notes']}; revises {earlier['claim_id']} (same stated_at)"
    article_row = {
        "article_id": stem, "outlet": args.outlet, "title": args.title, "url": args.url or "",
        "published_at": published, "published_at_basis": "stated",
        "language": args.language, "path": relative,
        "sha256": hashlib.sha256(blob).hexdigest(), "notes": f"ingested; {len(rows)} proposed",
    }  # fmt: skip
    return Plan(stem, relative, blob, article_row, rows, number - 1)


def _stage(change: store.Change, plan: Plan, tables: dict) -> None:
    """Stage a plan's article file, its register and ledger rows and the claim-id mark."""
    target = change.data / plan.relative
    if not target.exists():
        change.write(plan.relative, plan.blob)
    for name, rows in (("articles", [plan.article_row]), ("claims", plan.claim_rows)):
        resource = tables[name].resource
        change.append_rows(resource.path, rows, resource.columns)
    last_issued, _ = ids.read_issued(change.data)
    if plan.claim_rows or last_issued is not None:
        mark = max(plan.last_claim_number, last_issued or 0)
        change.write(ids.ISSUED_NAME, ids.issued_json(mark))


def remove_trial_copies() -> list[Path]:
    """Remove the ``makiivka-ingest-*`` trial copies earlier versions left in the temp folder.

    Those versions copied the whole story to try a change, and a crash left the copy
    behind; ingest no longer copies anything. Only the current user's folders untouched
    for :data:`TRIAL_STALE_AFTER` seconds are removed (an older version may be running
    its trial in one now); return them.
    """
    removed = []
    now = time.time()
    for path in Path(tempfile.gettempdir()).glob(TRIAL_PREFIX + "*"):
        if path.is_symlink() or not path.is_dir():
            continue
        info = path.stat()
        if info.st_uid == os.getuid() and now - info.st_mtime > TRIAL_STALE_AFTER:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def ingest(data: Path, args: argparse.Namespace) -> tuple[Plan | None, str]:
    """Ingest one article into a data folder; return the plan (None if already there).

    Raises :class:`DataError` when the article, the arguments or the story (as it
    would be after the ingest) break the contract; the story is then left as it was.
    """
    remove_trial_copies()
    text = read_article(args.file)
    blob = text.encode("utf-8")  # the file's bytes: read_article decoded them strictly
    digest = hashlib.sha256(blob).hexdigest()
    with store.changing(data) as change:
        linked = files.check_regular_files(data, paths.display(data))
        if linked:
            raise DataError(linked)  # never read or copy through a link or from a device
        tables = load.read_tables(data)
        articles = _records(tables, "articles")
        for row in articles:
            if row["sha256"] == digest:
                return None, row["article_id"]
        plan = plan_ingest(data, args, text, blob, tables)
        if any(r["article_id"] == plan.article_id for r in articles):
            shown = paths.display(data / "articles.csv")
            expected = "an article_id not used yet (another text has this outlet, date and title)"
            raise DataError([Problem(shown, 1, 1, "article_id", plan.article_id, expected)])
        _stage(change, plan, tables)
        with change.staged():
            problems = load.validate(data)
        if problems:
            raise DataError(problems)
    return plan, plan.article_id


def ingest_command(args: argparse.Namespace) -> int:
    """Add the article and its figures as proposed claims; say what changed."""
    data = paths.data_dir(args.data)
    plan, article_id = ingest(data, args)
    tell = (lambda *_: None) if getattr(args, "quiet", False) else print
    if plan is None:
        tell(f"{args.file}: already ingested as {article_id} (same sha256); nothing changed")
        return 0
    ids = [row["claim_id"] for row in plan.claim_rows]
    span = f" ({ids[0]}–{ids[-1]})" if ids else ""
    tell(
        f"{paths.display(data / plan.relative)}: added as {article_id} with {len(ids)} "
        f"proposed claims{span} to the story in {paths.display(paths.story_of(data))}; "
        "review them, then run `makiivka review`"
    )
    return 0
