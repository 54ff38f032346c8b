"""Add an article to a story and its extracted figures to the ledger as proposed rows.

:func:`ingest_article` is the one way in, for the command line (``makiivka ingest``, one
file, a folder, a Telegram export: :mod:`makiivka.extract.batch`) and the review desk alike.
It takes the article's bytes (plain UTF-8 text, or a saved page when its *name* ends in
``.html``/``.mhtml``) with what the command line or the form says about it, and works inside
:func:`makiivka.story.store.changing` (one writer at a time): the article's text, the source
it is derived from (a page, a Telegram export, a CR LF text: stored byte for byte), the
appended register and ledger rows (with a proposed claimant for each speaker the register
lacks: :class:`makiivka.story.register.Proposals`) and the claim-id mark are staged and
validated in memory, then committed together, all or nothing. Existing bytes never change
and reviewed rows are never touched. Ingesting what is already there (the same text, page
or post) changes nothing.

In the articles register (``articles.csv``) ``path`` and ``sha256`` are those of the text the
quotes refer to; a row whose text is derived from a stored source has notes beginning
``source: articles/NAME (sha256 HEX)``, which ``makiivka validate`` checks too.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from makiivka.extract.article import article_text, default_title, text_problems
from makiivka.extract.article_ids import checked_id, held_by, slug, unique_id
from makiivka.extract.attribution import load_register
from makiivka.extract.datelines import dateline_outlet, masthead_outlet
from makiivka.extract.figures import extract_figures
from makiivka.extract.local_times import story_zone
from makiivka.extract.outlet_ids import joint_credit, joint_note, outlet_id
from makiivka.extract.own_date import publication
from makiivka.extract.page import is_page, read_page
from makiivka.extract.pdf import is_pdf, read_pdf
from makiivka.extract.proposals import propose_rows
from makiivka.extract.releases import release_heading
from makiivka.extract.rumours import CALLED_FALSE
from makiivka.extract.staging import check_staged
from makiivka.story import files, ids, load, paths, store
from makiivka.story.checks import source_note
from makiivka.story.problems import DataError, Problem
from makiivka.story.register import Proposals
from makiivka.story.schema import story_metrics

#: The name of the trial copies of a story that earlier versions made in the temp folder.
TRIAL_PREFIX = "makiivka-ingest-"
TRIAL_STALE_AFTER = 3600
_PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?")
_SOURCE_SHA = re.compile(r"^source: \S+ \(sha256 ([0-9a-f]{64})\)")


@dataclass(frozen=True)
class Source:
    """A file an article's text is derived from, stored byte for byte under ``articles/``."""

    relative: str  # e.g. articles/courier-2024-03-05-shelling-of-varo.html
    blob: bytes
    detail: str = ""  # how the text came from it: "text derived by readability-lxml 0.8.4.1"


@dataclass(frozen=True)
class Ingested:
    """What an ingest did: the article's id, whether it was added, its proposed claim ids."""

    article_id: str
    added: bool  # False: the same text, page or post was there already; nothing changed
    claim_ids: tuple[str, ...] = ()
    path: str = ""  # the text's path in the data folder (articles/NAME.txt)
    source: str = ""  # the stored source's path, "" when the text is the file itself
    claimants: tuple[str, ...] = ()  # claimants proposed for speakers the register lacked


def next_claim_number(last_issued: int | None, *tables: list[dict[str, str]]) -> int:
    """Return the number after the last claim id issued or in the tables (ids are never reused).

    >>> next_claim_number(None, [{"claim_id": "c017"}], [{"claim_id": "c020"}, {"claim_id": "x9"}])
    21
    >>> next_claim_number(27, [{"claim_id": "c017"}])
    28
    """
    highest = ids.highest_claim_number(r["claim_id"] for rows in tables for r in rows)
    return max(highest, last_issued or 0) + 1


def _problem(name: str, field: str, value: str, expected: str) -> DataError:
    return DataError([Problem(name, 1, 1, field, value, expected)])


def _text_of(blob: bytes, name: str) -> str:
    """Decode a plain-text article strictly as UTF-8, or say where it is not.

    NUL, UTF-16 and numbers that cannot be read as one number are refused too
    (:func:`makiivka.extract.article.article_text`).
    """
    text, problems = article_text(blob, name)
    if problems:
        raise DataError(problems)
    return text


def _published(value: str, name: str) -> str:
    """Return a publication date or time as the register writes it, or refuse it."""
    if not _PUBLISHED.fullmatch(value or ""):
        raise _problem(
            name, "published", value or "",
            "a publication date YYYY-MM-DD (give --published: the source does not say)",
        )  # fmt: skip
    return value.replace("Z", "+00:00")


def ingest_article(
    data: Path,
    content: bytes | str,
    *,
    name: str = "article.txt",
    outlet: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    language: str = "en",
    basis: str | None = None,
    article_id: str | None = None,
    source: Source | None = None,
    typed_where: str = "on the command line",
    defaults: dict[str, str] | None = None,
    change: store.Change | None = None,
    chosen_id: str | None = None,
) -> Ingested:
    """Ingest one article into the story whose data folder is *data*; say what was done.

    *content* is the article's bytes (or text): a saved page when *name* ends in ``.html``,
    ``.htm``, ``.xhtml``, ``.mhtml`` or ``.mht`` (its text derived by
    :func:`makiivka.extract.page.read_page`, the page stored beside it), a PDF when its bytes or
    *name* say so (its text layer read by :func:`makiivka.extract.pdf.read_pdf`, the PDF stored
    beside it), else UTF-8 text (CR LF read as LF, the file stored beside it). *outlet* is a
    claimant_id; *title*, *published* (``YYYY-MM-DD`` or an ISO minute with offset) and *url*
    override what a page says; a text's title defaults to its first line. *basis* ``post`` dates
    the outlet's own figures by *published* exactly (a channel's post); *article_id* and
    *source* name a post and the export it came from. *defaults* (``outlet``, ``published``)
    stand in where neither the arguments nor the page give one (a batch's ``--outlet`` and
    ``--published``). *chosen_id* is the article id given with ``--id``; without it the id
    is the outlet's, the day's and the title's first words, ``-2``, ``-3``, … for a later
    text of the same ingest under the same (:func:`~makiivka.extract.article_ids.unique_id`).
    Empty strings count as not given. *typed_where* says where *published*
    was typed, for its basis ("inferred: given in the review desk (the file does not say)").

    With *change* the article joins that change (a batch commits and validates once);
    otherwise the function holds the story's lock, validates and commits by itself.
    Raises :class:`DataError` for the article, the arguments or a story that would break
    the contract (an id the story holds for another text among them); nothing is then written.
    """
    blob = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    shown = name or "article"
    defaults = defaults or {}
    meta_title, meta_outlet, meta_published, meta_url, detail, updated = "", "", "", "", "", ""
    if is_page(shown):
        page = read_page(blob, shown)
        text = page.text
        if problems := text_problems(text, shown):  # the digit rule (text/characters.py)
            raise DataError(problems)
        meta_title, meta_outlet = page.meta.title, page.meta.outlet or dateline_outlet(text)
        meta_published, meta_url, updated = page.meta.published, page.meta.url, page.meta.updated
        detail = f"text derived by readability-lxml {version('readability-lxml')}"
    elif is_pdf(shown, blob):  # by its bytes too: "report" or "report.txt" may be a PDF
        pdf = read_pdf(blob, shown)
        heading = release_heading(pdf.text)  # "HOSPITAL / Medical bulletin No. 4, 16 March …"
        text, meta_title, meta_outlet = pdf.text, pdf.title, dateline_outlet(pdf.text)
        meta_outlet = meta_outlet or (heading.issuer if heading else "")
        meta_title = meta_title or (heading.title if heading else "")
        if problems := text_problems(text, shown):
            raise DataError(problems)
        detail = f"text derived by pypdf {version('pypdf')}"
    else:
        text = _text_of(blob, shown)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            detail = "CR LF line ends read as LF"
        elif source is None:
            blob = b""  # the text is the file itself: nothing else to store
        # wire copy: "KHARTOUM (Reuters) -"; a release: "MINISTRY OF … / Press release, …"
        heading = release_heading(text)
        meta_outlet = dateline_outlet(text) or masthead_outlet(text)
        meta_outlet = meta_outlet or (heading.issuer if heading else "")
        meta_title = heading.title if heading else ""
    if not text.strip():
        raise _problem(shown, "", "", "an article with text in it")
    title = (title or "").strip() or meta_title or default_title(text)  # never a date line
    typed = basis != "post"  # a post's time is the post's own, not a date typed for the file
    given = (published or "").strip()
    when, dated = publication(
        data, text, given, meta_published, defaults, typed=typed, where=typed_where
    )
    try:
        when, missing = _published(when, shown), []
    except DataError as error:  # reported with the outlet's problem, if any, in one run
        when, missing = "", error.problems
    outlets = (outlet, meta_outlet, defaults.get("outlet"))
    fields = {"title": title, "when": when, "url": (url or "").strip() or meta_url, **dated}
    fields["missing"], fields["updated"] = missing, updated  # a live page's last update
    fields["id"] = checked_id(chosen_id)
    if change is not None:
        return _add(change, text, blob, shown, outlets, fields, language, basis, article_id,
                    source, detail)  # fmt: skip
    remove_trial_copies()
    with store.changing(data) as own:
        done = _add(own, text, blob, shown, outlets, fields, language, basis, article_id,
                    source, detail)  # fmt: skip
        if done.added:
            check_staged(own, {done.article_id: shown})
    return done


def _add(
    change: store.Change, text: str, blob: bytes, shown: str, outlets: tuple,
    fields: dict[str, str], language: str, basis: str | None,
    article_id: str | None, source: Source | None, detail: str,
) -> Ingested:  # fmt: skip
    """Stage one article in *change* unless the story holds it already."""
    data = change.data
    linked = files.check_regular_files(data, paths.display(data))
    if linked:
        raise DataError(linked)  # never read or copy through a link or from a device
    with change.staged():
        tables = load.read_tables(data)
        last_issued, problems = ids.read_issued(data)
    if problems:
        raise DataError(problems)
    articles = tables["articles"].frame.to_dict("records")
    claimants = tables["claimants"].frame.to_dict("records")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    origin = hashlib.sha256(blob).hexdigest() if blob else ""
    for row in articles:
        noted = _SOURCE_SHA.match(row["notes"])
        if article_id is not None:
            same = row["article_id"] == article_id  # a post: its id, whatever its text
        else:
            same = row["sha256"] == digest or bool(noted and noted[1] == origin)
        if same:
            return Ingested(row["article_id"], False, path=row["path"])
    try:
        outlet = outlet_id(outlets, claimants, shown)
    except DataError as error:
        raise DataError([*fields["missing"], *error.problems]) from None
    if fields["missing"]:
        raise DataError(fields["missing"])
    typed_id = fields.get("id", "")
    stem = (
        article_id
        or typed_id
        or f"{outlet.replace('_', '-')}-{fields['when'][:10]}-{slug(fields['title'])}"
    )
    base = stem
    stem, holder = unique_id(stem, held_by(change, articles, text), bool(article_id or typed_id))
    renamed = f"id {stem!r}: {base!r} is another text of this ingest" if stem != base else ""
    if holder == "story" and not article_id:
        why = "give another --id" if typed_id else (
            "same outlet, day and title's first words; give this one --id ID, or another --title"
        )  # fmt: skip
        raise _problem(
            paths.display(data / "articles.csv"), "article_id", stem,
            f"an article_id not used yet (a different text is already there: the story's "
            f"article {stem!r}, {why})",
        )  # fmt: skip
    relative = f"articles/{stem}.txt"
    if source is None and blob:
        suffix = Path(shown).suffix.lower() if is_page(shown) else ".original.txt"
        suffix = ".pdf" if is_pdf(shown, blob) else suffix
        source = Source(f"articles/{stem}{suffix}", blob, detail)
    for path, wanted in ((relative, text.encode("utf-8")), *_source_file(source)):
        there = path in change.files or (data / path).exists()
        if there and change.read_bytes(path) != wanted:
            raise _problem(
                paths.display(data / path), "", shown,
                "no other text under this name (a different text is already there)",
            )  # fmt: skip
    if any(r["article_id"] == stem for r in articles):
        raise _problem(
            paths.display(data / "articles.csv"), "article_id", stem,
            "an article_id not used yet (another text has this outlet, date and title)",
        )  # fmt: skip
    number = next_claim_number(
        last_issued,
        tables["claims"].frame.to_dict("records"),
        tables["reviewed"].frame.to_dict("records"),
    )
    with change.staged():
        register, zone, package = load_register(data), story_zone(data), load.read_package(data)
    figures = extract_figures(text, fields["when"], register, outlet=outlet)
    # Talk no one is named for that the text calls false ("Rumours of 200 dead are false") is
    # no one's claim: no row (given to the outlet, a party's channel would make it its own).
    figures = [f for f in figures if not (f.side == "unknown" and CALLED_FALSE in f.attribution)]
    figures = joint_credit(figures, outlets[1] or "", outlet, claimants)
    speakers = Proposals(claimants, package, relative)  # speakers the register lacks
    rows = propose_rows(
        text, figures, article_id=stem, outlet=outlet, published=fields["when"],
        register_rows=claimants, first_number=number, basis=basis, name=shown, zone=zone,
        speakers=speakers, side_of=register.sides.side_of, updated=fields.get("updated", ""),
    )  # fmt: skip
    # A figure of a metric the story does not count (its descriptor's "metrics") is proposed
    # as "other", the word it was read as kept in its notes, so the ledger stays valid.
    units = {m.id: m.unit for m in story_metrics(package)}
    for row in rows:
        if "other" in units and row["metric"] not in units:
            said = f"read as metric '{row['metric']}', which this story does not count"
            row["notes"] = "; ".join(filter(None, [str(row["notes"]), said]))
            row["metric"] = "other"
        elif row["metric"] != "other" and row["unit"] == "other":
            # "1,046 suspected cases" of a story metric counted in people is people (round
            # 22's second new user: case counts with unit "other" were in no chart)
            row["unit"] = units.get(row["metric"], row["unit"])
    joint = joint_note(outlets[1] or "", outlet, claimants, rows)
    notes = "; ".join(
        filter(None, ["ingested", fields["dated"], joint, renamed, f"{len(rows)} proposed"])
    )
    if source is not None:
        notes = f"{source_note(source.relative, source.blob)}; {source.detail}; {notes}"
    article_row = {
        "article_id": stem, "outlet": outlet, "title": fields["title"], "url": fields["url"],
        "published_at": fields["when"], "published_at_basis": fields["basis"], "language": language,
        "path": relative, "sha256": digest, "notes": notes,
    }  # fmt: skip
    change.write(relative, text.encode("utf-8"))
    for path, wanted in _source_file(source):
        change.write(path, wanted)
    proposed = speakers.new  # each used by a row: registered in the same change
    for table, new in (("claimants", proposed), ("articles", [article_row]), ("claims", rows)):
        resource = tables[table].resource
        if new:
            change.append_rows(resource.path, new, resource.columns)
    if rows or last_issued is not None:
        mark = max(number + len(rows) - 1, last_issued or 0)
        change.write(ids.ISSUED_NAME, ids.issued_json(mark))
    claim_ids = tuple(str(r["claim_id"]) for r in rows)
    new_claimants = tuple(r["claimant_id"] for r in proposed)
    return Ingested(
        stem, True, claim_ids, relative, source.relative if source else "", new_claimants
    )


def _source_file(source: Source | None) -> list[tuple[str, bytes]]:
    return [] if source is None else [(source.relative, source.blob)]


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
