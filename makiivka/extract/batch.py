"""Run ``makiivka ingest``: one file, many files and folders, or a Telegram export, in one change.

Every article goes through :func:`makiivka.extract.ingest.ingest_article`. Many files (or a
folder: its files in name order, then its subfolders, hidden files left out) are ingested inside one
:func:`makiivka.story.store.changing`: one lock, one journalled commit. By default that is
all or nothing: a file with a problem leaves the story as it was and every problem is
printed; ``--keep-going`` adds the good files and lists the bad ones. A file that is no
article (by its suffix) is skipped and listed, and one already in the story is counted.

On a terminal a progress bar (rich) shows the files done; ``-q`` and a standard error that is
not a terminal (a pipe, a log, a CI job) show none. The summary (articles added, rows
proposed, files skipped and why) goes to standard output.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from makiivka.extract.article import parse_published
from makiivka.extract.article_ids import slug
from makiivka.extract.ingest import Ingested, Source, ingest_article, remove_trial_copies
from makiivka.extract.outlet_ids import outlet_id
from makiivka.extract.page import PAGE_SUFFIXES
from makiivka.extract.pdf import PDF_SUFFIXES
from makiivka.extract.staging import check_staged
from makiivka.extract.telegram import Post, is_export, read_export
from makiivka.story import load, paths, store
from makiivka.story.problems import DataError, Problem, UsageError

TEXT_SUFFIXES = (".txt",)
ARTICLE_SUFFIXES = (*TEXT_SUFFIXES, *PAGE_SUFFIXES, *PDF_SUFFIXES)


@dataclass
class Summary:
    """What a many-file ingest did."""

    added: list[Ingested] = field(default_factory=list)
    again: list[tuple[str, str]] = field(default_factory=list)  # (file, article_id)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    bad: list[tuple[str, list[Problem]]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # article_id -> the file it came from

    def lines(self, story: str) -> list[str]:
        """Return the summary as lines of text for people."""
        ids = [c for done in self.added for c in done.claim_ids]
        span = f" ({ids[0]}–{ids[-1]})" if ids else ""
        out = [
            f"{len(self.added)} article{'s' * (len(self.added) != 1)} added with {len(ids)} "
            f"proposed claim{'s' * (len(ids) != 1)}{span} to the story in {story}"
            + (f"; {len(self.again)} already there" if self.again else "")
        ]
        if self.skipped or self.bad:
            out.append(f"{len(self.skipped) + len(self.bad)} skipped:")
            out += [f"  {name}: {why}" for name, why in self.skipped]
            # a problem of the file names it already: "w25.txt:1:1: outlet '' — …" (round 25's
            # new user saw each path twice); one of an option or the story is named for it
            out += [
                f"  {problems[0]}" if str(problems[0]).startswith(f"{name}:") else
                f"  {name}: {problems[0]}"
                for name, problems in self.bad
            ]  # fmt: skip
        if ids:
            out.append("review them, then run `makiivka review`")
        return out


def collect(arguments: Iterable[str], suffixes: tuple[str, ...]) -> tuple[list[Path], list]:
    """Return the files named or inside the folders named, and those skipped with why."""
    found, skipped = [], []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        _sort(Path(folder) / name, suffixes, found, skipped)
        elif os.path.lexists(path):
            found.append(path)  # named: read whatever its suffix (read_input refuses a device)
        else:
            raise DataError([Problem(paths.display(path), 1, 1, "", argument, "an existing file")])
    return found, skipped


def _sort(path: Path, suffixes: tuple[str, ...], found: list, skipped: list) -> None:
    if path.suffix.lower() in suffixes and path.is_file() and not path.is_symlink():
        found.append(path)
    elif _is_telegram(path):  # a folder's result.json (round 26's new user): say how
        skipped.append((paths.display(path), f"a Telegram Desktop export: {telegram_hint(path)}"))
    else:
        kind = path.suffix or "no suffix"
        skipped.append(
            (paths.display(path), f"not an article ({kind}; read: {', '.join(suffixes)})")
        )


def _is_telegram(path: Path) -> bool:
    """Tell whether a .json file is a Telegram Desktop export (by its shape, not its name)."""
    if path.suffix.lower() != ".json" or path.is_symlink() or not path.is_file():
        return False
    try:
        return is_export(path.read_bytes())
    except OSError:
        return False


def telegram_hint(path: Path) -> str:
    """Say how to ingest a Telegram Desktop export found without ``--telegram``."""
    return (
        f"ingest its posts with `makiivka ingest --telegram {paths.display(path)}` (each post "
        "an article of the channel's owner)"
    )


def read_input(path: Path) -> bytes:
    """Return an input file's bytes, refusing a device, a pipe or a link."""
    shown = paths.display(path)
    try:
        if path.is_symlink() or not path.is_file():
            raise OSError(0, "not a regular file")
        return path.read_bytes()
    except OSError as error:
        expected = f"a readable file ({error.strerror or error})"
        raise DataError([Problem(shown, 1, 1, "", str(path), expected)]) from None


@contextlib.contextmanager
def progress(total: int, quiet: bool, label: str) -> Iterator:
    """Yield a function that advances a progress bar on a terminal (nothing otherwise)."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(),
        console=Console(stderr=True), transient=False,
    )  # fmt: skip
    with bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def ingest_many(
    data: Path, items: list[tuple[str, dict]], *, keep_going: bool, quiet: bool, label: str
) -> Summary:
    """Ingest many articles (name, keyword arguments of ingest_article) in one change."""
    summary = Summary()
    remove_trial_copies()
    with store.changing(data) as change, progress(len(items), quiet, label) as advance:
        for name, arguments in items:
            before = dict(change.files)
            try:
                done = ingest_article(data, name=name, change=change, **arguments)
                if keep_going and done.added:  # a bad one is dropped, not the whole batch
                    check_staged(change, {done.article_id: name})
            except DataError as error:
                change.files = before
                summary.bad.append((name, [_naming(p, name) for p in error.problems]))
                if not keep_going:
                    continue
            else:
                if done.added:
                    summary.added.append(done)
                    summary.names[done.article_id] = name
                else:
                    summary.again.append((name, done.article_id))
            finally:
                advance()
        if summary.bad and not keep_going:
            files = len(summary.bad)
            print(
                f"nothing ingested: {files} of {len(items)} file{'s' * (len(items) != 1)} "
                "had problems (--keep-going adds the others)",
                file=sys.stderr,
            )
            raise DataError([p for _, problems in summary.bad for p in problems])
        if summary.added and not keep_going:
            check_staged(change, summary.names)
    return summary


def _naming(problem: Problem, name: str) -> Problem:
    """Say which file a problem of an option or of the story came from, when it does not."""
    if name and Path(name).name not in problem.path:
        return replace(problem, expected=f"{problem.expected} (ingesting {name})")
    return problem


def ingest_command(args: argparse.Namespace) -> int:
    """Ingest the files, folders or Telegram export named; print what changed."""
    data = paths.data_dir(args.data)
    try:
        published = parse_published(args.published)
    except DataError as error:  # an option typed wrong: a usage error (exit 2), as argparse's
        raise UsageError(error.problems) from None
    tell = (lambda *_: None) if args.quiet else print
    found, skipped = collect(args.files, ARTICLE_SUFFIXES if not args.telegram else ())
    if exports := [p for p in found if not args.telegram and _is_telegram(p)]:
        hint = "Telegram Desktop export"
        problems = [Problem(paths.display(p), 1, 1, "", hint, f"an article; {telegram_hint(p)}")
                    for p in exports]  # fmt: skip
        raise UsageError(problems)
    many = len(args.files) > 1 or any(Path(f).is_dir() for f in args.files) or args.telegram
    if many and (args.title or args.url or args.id):
        option = "--title" if args.title else "--url" if args.url else "--id"
        raise UsageError(
            [Problem(option, 1, 1, "", args.title or args.url or args.id,
                     "one file (not a folder or a Telegram export) with --title, --url or "
                     "--id: they name one article")]
        )  # fmt: skip
    if args.telegram:
        return telegram_command(args, data, tell)
    if not many:
        return _one(data, found[0], args, published, tell)
    defaults = {
        "outlet": args.outlet or "",
        "published": published or "",
    }
    items = [
        (paths.display(path), {"content": read_input(path), "language": args.language,
                               "defaults": defaults})
        for path in found
    ]  # fmt: skip
    summary = ingest_many(data, items, keep_going=args.keep_going, quiet=args.quiet, label="ingest")
    summary.skipped[:0] = skipped
    for line in summary.lines(paths.display(paths.story_of(data))):
        tell(line)
    warn_doubts(data, {c for done in summary.added for c in done.claim_ids})
    return 0


def _one(data: Path, path: Path, args: argparse.Namespace, published: str | None, tell) -> int:
    """Ingest one file, the arguments overriding what a page says."""
    done = ingest_article(
        data, read_input(path), name=paths.display(path), outlet=args.outlet, title=args.title,
        published=published, url=args.url, language=args.language, chosen_id=args.id,
    )  # fmt: skip
    if not done.added:
        tell(f"{args.files[0]}: already ingested as {done.article_id} (same text); nothing changed")
        return 0
    ids = done.claim_ids
    span = f" ({ids[0]}–{ids[-1]})" if ids else ""
    tell(
        f"{paths.display(data / done.path)}: added as {done.article_id} with {len(ids)} "
        f"proposed claims{span} to the story in {paths.display(paths.story_of(data))}; "
        "review them, then run `makiivka review`"
    )
    warn_doubts(data, set(ids))
    return 0


def warn_doubts(data: Path, claim_ids: set[str]) -> None:
    """Print on standard error the doubts `makiivka validate` prints about the rows just
    proposed (a row stated before the event: round 26's new user ingested one without a
    word); a story that no longer loads says so at its next command, not here."""
    if not claim_ids:
        return
    try:
        dataset = load.read_dataset(data)
    except DataError:
        return
    lines: dict[str, list[str]] = {}
    for warning in dataset.warnings:
        if warning.path not in lines:
            source = Path(warning.path)
            found = source if source.is_file() else data / source.name
            lines[warning.path] = found.read_text(encoding="utf-8").split("\n")
        line = lines[warning.path][warning.line - 1] if warning.line else ""
        if line.split(",", 1)[0] in claim_ids:
            print(f"warning: {warning}", file=sys.stderr)


def telegram_command(args: argparse.Namespace, data: Path, tell) -> int:
    """Ingest each post of Telegram Desktop exports as an article of the channel's owner."""
    found, skipped = collect(args.files, (".json",))
    items: list[tuple[str, dict]] = []
    tables = load.read_tables(data)
    claimants = tables["claimants"].frame.to_dict("records")
    held = set(tables["articles"].frame["article_id"])
    zone = _story_zone(data)
    for path in found:
        blob = read_input(path)
        shown = paths.display(path)
        posts = read_export(blob, shown, args.channel)
        if not posts:
            skipped.append((shown, "no post with text in the export"))
            continue
        channel = posts[0].username or posts[0].channel
        try:  # the channel's owner: a claimant whose name or alias is the channel's
            outlet = outlet_id((args.outlet, posts[0].channel, None), claimants, shown)
        except DataError:
            if not posts[0].username:
                raise
            outlet = outlet_id((args.outlet, posts[0].username, None), claimants, shown)
        digest = hashlib.sha256(blob).hexdigest()[:12]
        source = Source(f"articles/telegram-{slug(channel)}-{digest}.json", blob, "")
        items += [
            (f"{shown}#{post.message_id}", _post(post, outlet, source, args, zone, held))
            for post in posts
        ]
    summary = ingest_many(data, items, keep_going=args.keep_going, quiet=args.quiet, label="posts")
    summary.skipped[:0] = skipped
    for line in summary.lines(paths.display(paths.story_of(data))):
        tell(line)
    warn_doubts(data, {c for done in summary.added for c in done.claim_ids})
    return 0


def _story_zone(data: Path) -> ZoneInfo:
    """Return the story's time zone (its event's), UTC when the descriptor names none.

    (A zone that is not an IANA name is the descriptor's problem, which validation reports.)
    """
    event = load.read_package(data).event
    zone = str(event.get("timezone", "")) if isinstance(event, dict) else ""
    try:
        return ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _post(
    post: Post, outlet: str, source: Source, args: argparse.Namespace, zone: ZoneInfo, held: set
) -> dict:
    """Return ingest_article's arguments for one post.

    Its id names the post's day in the story's time zone, as a reader there saw it (its time
    stays UTC); a post an earlier version ingested under its UTC day keeps that id, so it is
    skipped rather than added twice.
    """
    day = datetime.fromisoformat(post.posted_at).astimezone(zone).date().isoformat()
    owner = outlet.replace("_", "-")
    stem = f"{owner}-{day}-post-{post.message_id}"
    if (earlier := f"{owner}-{post.posted_at[:10]}-post-{post.message_id}") in held:
        stem = earlier
    return {
        "content": post.text, "outlet": outlet, "title": post.title, "published": post.posted_at,
        "url": post.url, "language": args.language, "basis": "post", "article_id": stem,
        "source": replace(source, detail=f"Telegram post {post.message_id} of {post.channel!r}"),
    }  # fmt: skip
