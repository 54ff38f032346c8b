"""Run makiivka from the command line: new, validate, review, build, export, ingest, …

Each command's work lives in its own module, imported only when the command
runs, so ``makiivka validate`` never pays for Altair or Jupyter.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from makiivka.story import create, paths
from makiivka.story.descriptor import is_iso_time, is_time_zone
from makiivka.story.problems import DataError, UsageError, disk_problem, problems_json
from makiivka.story.setup_options import (
    CUE_HELP,
    HELD_HELP,
    add_claimant_parser,
    add_metric_parser,
    add_party_parser,
)

#: Exit status of a command whose reader went away (``makiivka summary | head``), as a
#: program killed by SIGPIPE reports it in the shell (128 + 13).
CLOSED_PIPE = 141
EXIT_CODES = """exit status:
  0    done
  1    data problems: each printed as file:line:column: field 'value' — expected …
  2    usage errors: an unknown command, option, chart, format, or an --out a build must not replace
  141  the output pipe closed early (e.g. makiivka summary | head -3); nothing else is printed
"""
#: Every command's --help ends with the exit statuses.
EXIT_HELP = {"epilog": EXIT_CODES, "formatter_class": argparse.RawDescriptionHelpFormatter}

#: command -> "module:function"; the function takes the parsed arguments and returns an exit code.
HANDLERS = {
    "new": "makiivka.publish.new:new_command",
    "claimant": "makiivka.story.register_merge:claimant_command",
    "party": "makiivka.story.parties:party_command",
    "metric": "makiivka.story.metrics:metric_command",
    "validate": "makiivka.story.commands:validate_command",
    "summary": "makiivka.publish.summary:summary_command",
    "review": "makiivka.story.commands:review_command",
    "correct": "makiivka.story.review:correct_command",
    "migrate": "makiivka.story.commands:migrate_command",
    "build": "makiivka.publish.build:build_command",
    "export": "makiivka.publish.save:export_command",
    "lab": "makiivka.publish.lab:lab_command",
    "verify": "makiivka.publish.verify:verify_command",
    "extract": "makiivka.extract.figures:extract_command",
    "ingest": "makiivka.extract.batch:ingest_command",
    "desk": "makiivka.desk.server:desk_command",
}
TIDY = ("makiivka.publish.writeback", "tidy_command")  # run first by all but validate


def party(text: str) -> tuple[str, str]:
    """Read ``--party ID=LABEL``."""
    party_id, sep, label = text.partition("=")
    if not sep or not party_id.strip() or not label.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected ID=LABEL, e.g. ministry=Health Ministry"
        )
    return party_id.strip(), label.strip()


def word_pair(text: str) -> tuple[str, str]:
    """Read ``--cue ID=WORDS`` and ``--held ID=PLACE``."""
    party_id, sep, words = text.partition("=")
    if not sep or not party_id.strip() or not words.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected ID=WORDS, e.g. north=Northern Front")
    return party_id.strip(), " ".join(words.split())


def add_party_words(new: argparse.ArgumentParser) -> None:
    """Give ``new`` the repeatable --cue ID=WORDS and --held ID=PLACE options."""
    new.add_argument(
        "--cue", action="append", type=word_pair, metavar="ID=WORDS",
        help=CUE_HELP + "; a party's label gives its first ones (Kenya: Kenya, Kenyan); "
        "ID may also be third_party or media",
    )  # fmt: skip
    new.add_argument("--held", action="append", type=word_pair, metavar="ID=PLACE", help=HELD_HELP)


def pair(text: str) -> tuple[str, ...]:
    """Read ``--compare ID,ID``."""
    ids = tuple(part.strip() for part in text.split(","))
    if len(ids) != 2 or not all(ids):
        raise argparse.ArgumentTypeError(f"{text!r}: expected two party ids, e.g. north,south")
    return ids


def time_zone(text: str) -> str:
    """Read an IANA time zone name (``zoneinfo``)."""
    if not is_time_zone(text):
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected an IANA time zone such as Africa/Khartoum"
        )
    return text


def iso_time(text: str) -> str:
    """Read an ISO 8601 date or time."""
    if not is_iso_time(text):
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected an ISO 8601 time such as 2023-01-01T00:01+03:00"
        )
    return text


def add_story_options(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Give a command the --story option and its alias --data."""
    sub.add_argument("--story", metavar="DIR", help="story folder holding data/, notebooks/ and "
                     "outputs/ (default: $MAKIIVKA_STORY or this repository's story)")  # fmt: skip
    sub.add_argument("--data", metavar="DIR", help="the story's data folder, instead of --story "
                     "(default: $MAKIIVKA_DATA)")  # fmt: skip
    return sub


def resolve_story(args: argparse.Namespace) -> None:
    """Set ``args.story`` and ``args.data`` from --story, --data or the environment; note
    for stderr that ``extract`` fell back to the shipped story (its register sides figures)."""
    chosen = any(getattr(args, k, None) is not None for k in ("story", "data")) or any(
        os.environ.get(k) for k in (paths.STORY_ENV, paths.DATA_ENV)
    )
    if not chosen and args.command == "extract" and paths.story_dir() == paths.ROOT_DIR:
        shipped = paths.display(paths.ROOT_DIR)
        args.note = (
            f"makiivka extract: read against the shipped story ({shipped}); give --story DIR"
        )
    if getattr(args, "story", None) is not None:
        args.story = Path(args.story)
        args.data = paths.data_dir(args.story)
    else:
        args.data = paths.data_dir(args.data)
        args.story = paths.story_of(args.data)


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="makiivka",
        description="Sourced data and charts of what articles claim about a contested toll.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return add_story_options(
            commands.add_parser(name, help=help_text, description=help_text, **EXIT_HELP)
        )

    new = commands.add_parser("new", help="Start a new, empty story.", **EXIT_HELP,
                              description="Start a new, empty story in DIR.")  # fmt: skip
    new.add_argument("dir", metavar="DIR", help="a new or empty folder")
    new.add_argument("--title", required=True, help="the story's title")
    new.add_argument("--event", required=True, help="what happened, in a few words")
    new.add_argument(
        "--occurred-at", required=True, type=iso_time, metavar="ISO8601", help="when it happened"
    )
    new.add_argument(
        "--timezone", required=True, type=time_zone, metavar="IANA_ZONE",
        help="the zone charts show times in, e.g. Africa/Khartoum",
    )  # fmt: skip
    new.add_argument("--place", action="append", metavar="NAME", help="a name of the place")
    new.add_argument(
        "--party", action="append", required=True, type=party, metavar="ID=LABEL",
        help="a side whose figures conflict (at least two, in order)",
    )  # fmt: skip
    new.add_argument(
        "--compare", type=pair, metavar="ID,ID",
        help="the two parties the gap compares (default: the first two)",
    )  # fmt: skip
    new.add_argument("--noun", default="event", help="what readers call it: strike, blast…")
    new.add_argument("--metric", action="append", type=create.metric_option,
                     metavar=create.METRIC_FORM, help=create.METRIC_HELP)  # fmt: skip
    add_party_words(new)
    add_party_parser(commands, add_story_options, EXIT_HELP)
    add_metric_parser(commands, add_story_options, EXIT_HELP)
    add_claimant_parser(commands, add_story_options, EXIT_HELP)

    validate = add("validate", "Check every data file against the contract.")
    validate.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default), or json: the problems as a list of objects with "
        "file, line, column, field, value, expected ([] when there are none)",
    )
    add("summary", "Print the gap between the sides and each claimant's revisions.")
    add("review", "Seal the claims marked reviewed, so later changes need a corrections entry.")
    correct = add("correct", "Change fields of a sealed claim and log each in corrections.csv.")
    for name, words in (("claim_id", "e.g. c007"), ("field", "e.g. value"), ("new", "as written")):
        correct.add_argument(name, metavar=name.upper(), help=words)
    correct.add_argument("--also", nargs=2, action="append", metavar=("FIELD", "NEW"),
                         help="another field in the same correction (repeatable)")  # fmt: skip
    correct.add_argument("--reason", required=True, help="why: the source, the error found")
    correct.add_argument("--changed-at", metavar="ISO8601", help="when (default: now, UTC)")
    add("migrate", "Bring the story's files up to this version (seal every field a reader sees).")
    build = add(
        "build", "Validate, run the notebooks, export every chart, the data and the report."
    )
    build.add_argument("--out", metavar="DIR", help="output folder (default: outputs/)")
    verify = add(
        "verify",
        "Rebuild in a temporary folder and compare with outputs/manifest.json, the outputs "
        "and the notebooks; print each difference.",
    )
    verify.add_argument("--out", metavar="DIR", help="outputs to check (default: outputs/)")
    export = add("export", "Export charts as PNG, SVG, PDF, Vega-Lite JSON and offline HTML.")
    export.add_argument("charts", nargs="*", metavar="CHART", help="chart slugs (default: all)")
    export.add_argument(
        "--format",
        default="png,svg,pdf,json,html",
        help="comma-separated, any of png (2x), svg, pdf, json (Vega-Lite), html (small offline "
        "page, embed snippet and shared script), html-standalone (one self-contained file); "
        "default: png,svg,pdf,json,html",
    )
    export.add_argument(
        "--out",
        metavar="DIR",
        help="output folder (default: exports/ in the working folder; never inside outputs/)",
    )
    export.add_argument(
        "--width",
        type=int,
        metavar="PX",
        help="lay every chart out to this width in px, padding included (default: its own)",
    )
    lab = add("lab", "Open JupyterLab on the notebooks (no news pop-up).")
    lab.add_argument("--port", type=int, default=8888, help="port to serve on (default: 8888)")
    lab.add_argument(
        "--no-browser",
        action="store_true",
        help="do not open a browser (open the address JupyterLab prints yourself)",
    )
    extract = add("extract", "Find the figures in one article and print them, one row each.")
    extract.add_argument("file", metavar="FILE", help="the article: UTF-8 text or a saved page")
    extract.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date, or its time with the offset (2023-01-04T21:30-05:00), to "
        "resolve 'late Tuesday' and the like into stated_at (without it stated_at stays empty)",
    )
    extract.add_argument(
        "--format", choices=("csv", "json"), default="csv", help="output format (default: csv)"
    )
    extract.add_argument(
        "--outlet", help="claimant_id of the outlet: figures in its own voice are its claims"
    )
    ingest = add(
        "ingest",
        "Add articles (text, saved pages, PDFs, folders, a Telegram export) and their figures "
        "to the ledger as proposed rows, all in one change.",
    )
    ingest.add_argument(
        "files", nargs="+", metavar="FILE_OR_FOLDER",
        help="UTF-8 text (.txt), a saved page (.html, .htm, .xhtml, .mhtml, .mht), a PDF with "
        "a text layer (.pdf), a folder of them, or with --telegram a Telegram Desktop export "
        "(result.json)",
    )  # fmt: skip
    ingest.add_argument(
        "--outlet",
        help="claimant_id of the outlet (a page's site name or a channel's name is looked up "
        "among the claimants' names and aliases; with many files, for those that give none)",
    )
    ingest.add_argument("--title", help="the headline (one file; default: the page's, or line 1)")
    ingest.add_argument("--url", help="the article's address (one file; default: the page's)")
    ingest.add_argument(
        "--id", metavar="ARTICLE_ID",
        help="the article's id (one file; default: outlet, day and the title's first words, "
        "with -2, -3, … for a later text of the same ingest under the same)",
    )  # fmt: skip
    ingest.add_argument(
        "--published", metavar="YYYY-MM-DD",
        help="publication date, or its time with the offset (2027-03-16T21:30-05:00); a "
        "date is that whole day in the story's time zone (one file: over its own date; many: "
        "for files giving none, a page's or text's own date winning)",
    )  # fmt: skip
    ingest.add_argument("--language", default="en", help="ISO 639-1 code (default: en)")
    ingest.add_argument(
        "--telegram", action="store_true",
        help="read Telegram Desktop exports: each post an article of the channel's owner",
    )  # fmt: skip
    ingest.add_argument(
        "--channel", metavar="USERNAME",
        help="the channel's public username, for the posts' t.me addresses (with --telegram)",
    )  # fmt: skip
    ingest.add_argument(
        "--keep-going", action="store_true",
        help="add the good files and list the bad ones (default: all or nothing)",
    )  # fmt: skip
    desk = add("desk", "Review the story's proposed rows in the browser, beside their articles.")
    desk.add_argument("--port", type=int, help="port to serve on (default: a free one)")
    desk.add_argument(
        "--host",
        help="serve on this address instead of 127.0.0.1 (others on the network can reach "
        "it; a token printed at start is then required)",
    )
    desk.add_argument("--no-browser", action="store_true", help="do not open a browser")
    for sub in (build, export, ingest, verify):
        sub.add_argument("-q", "--quiet", action="store_true", help="print no progress")
    return parser


def package_version() -> str:
    """Return the installed makiivka's version ("unknown" when run from an uninstalled tree)."""
    try:
        return version("makiivka")
    except PackageNotFoundError:
        return "unknown"


def close_stdout() -> None:
    """Point standard output at the null device so that exiting flushes nothing into a closed pipe.

    The recipe of Python's documentation (signal module, "Note on SIGPIPE").
    """
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Parse *argv*, run the command, and turn bad input into a clear message and exit 1.

    Usage errors exit 2 (argparse's own, and a handler's UsageError); a closed
    output pipe exits 141 without a traceback.
    """
    args = make_parser().parse_args(argv)
    if hasattr(args, "data"):
        resolve_story(args)
    module, function = HANDLERS[args.command].split(":")
    try:
        if args.command != "validate":  # finish or remove what killed commands left
            getattr(importlib.import_module(TIDY[0]), TIDY[1])(args)
        handler = getattr(importlib.import_module(module), function)
        if args.command == "validate" and args.format == "json":
            code = validate_json(handler, args)
        else:
            code = handler(args)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        if code == 0 and getattr(args, "note", ""):
            print(args.note, file=sys.stderr)  # after the output, never before an error
        return code
    except BrokenPipeError:
        close_stdout()
        return CLOSED_PIPE
    except (DataError, OSError) as caught:  # OSError: disk full, read-only: path and cause
        error = caught if isinstance(caught, DataError) else DataError([disk_problem(caught)])
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(f"makiivka {args.command}: {count} problem{'s' * (count != 1)}", file=sys.stderr)
        return 2 if isinstance(error, UsageError) else 1


def validate_json(handler, args: argparse.Namespace) -> int:
    """Run validate, printing only its problems as a JSON list on standard output."""
    try:
        with contextlib.redirect_stdout(sys.stderr):  # the summary line is for people
            handler(args)
    except DataError as error:
        problems, code = error.problems, 2 if isinstance(error, UsageError) else 1
    else:
        problems, code = [], 0
    print(json.dumps(problems_json(problems), ensure_ascii=False, indent=2))
    return code


if __name__ == "__main__":
    sys.exit(main())
