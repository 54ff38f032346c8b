"""Run makiivka from the command line: validate, summarize, build, export, extract, ingest.

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

from makiivka.story.problems import DataError, UsageError, problems_json

#: Exit status of a command whose reader went away (``makiivka summary | head``), as a
#: program killed by SIGPIPE reports it in the shell (128 + 13).
CLOSED_PIPE = 141
EXIT_CODES = """exit status:
  0    done
  1    data problems: each printed as file:line:column: field 'value' — expected …
  2    usage errors: an unknown command, option, chart, format, or an --out a build must not replace
  141  the output pipe closed early (e.g. makiivka summary | head -3); nothing else is printed
"""

#: command -> "module:function"; the function takes the parsed arguments and returns an exit code.
HANDLERS = {
    "validate": "makiivka.story.commands:validate_command",
    "summary": "makiivka.publish.summary:summary_command",
    "review": "makiivka.story.commands:review_command",
    "build": "makiivka.publish.build:build_command",
    "export": "makiivka.publish.export:export_command",
    "lab": "makiivka.publish.lab:lab_command",
    "verify": "makiivka.publish.manifest:verify_command",
    "extract": "makiivka.extract.figures:extract_command",
    "ingest": "makiivka.extract.ingest:ingest_command",
}


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="makiivka",
        description="Sourced data and charts of what articles claim about the Makiivka strike.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument(
            "--data",
            metavar="DIR",
            help="data folder (default: the shipped data/ or $MAKIIVKA_DATA)",
        )
        return sub

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
        help="comma-separated, any of png (2x), svg, pdf, json (Vega-Lite), html (offline page); "
        "default: all five",
    )
    export.add_argument("--out", metavar="DIR", help="output folder (default: outputs/charts/)")
    lab = add("lab", "Open JupyterLab on the notebooks (no news pop-up).")
    lab.add_argument("--port", type=int, default=8888, help="port to serve on (default: 8888)")
    extract = add("extract", "Find the figures in one article and print them, one row each.")
    extract.add_argument("file", metavar="FILE", help="UTF-8 text of the article")
    extract.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date, to resolve 'late Tuesday' and the like into stated_at "
        "(without it stated_at stays empty)",
    )
    extract.add_argument(
        "--format", choices=("csv", "json"), default="csv", help="output format (default: csv)"
    )
    extract.add_argument(
        "--outlet", help="claimant_id of the outlet: figures in its own voice are its claims"
    )
    ingest = add("ingest", "Add an article and its figures to the ledger as proposed rows.")
    ingest.add_argument("file", metavar="FILE", help="UTF-8 text of the article")
    ingest.add_argument("--outlet", required=True, help="claimant_id of the outlet")
    ingest.add_argument("--title", required=True, help="the headline as published")
    ingest.add_argument("--url", default="", help="the article's address (empty if unknown)")
    ingest.add_argument(
        "--published", required=True, metavar="YYYY-MM-DD", help="publication date (or timestamp)"
    )
    ingest.add_argument("--language", default="en", help="ISO 639-1 code (default: en)")
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
    module, function = HANDLERS[args.command].split(":")
    try:
        handler = getattr(importlib.import_module(module), function)
        if args.command == "validate" and args.format == "json":
            code = validate_json(handler, args)
        else:
            code = handler(args)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        return code
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(f"makiivka {args.command}: {count} problem{'s' * (count != 1)}", file=sys.stderr)
        return 2 if isinstance(error, UsageError) else 1
    except BrokenPipeError:
        close_stdout()
        return CLOSED_PIPE


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
