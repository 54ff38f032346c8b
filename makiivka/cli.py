"""Run makiivka from the command line: validate, review, migrate, build, export, ingest, …

Each command's work lives in its own module, imported only when the command
runs, so ``makiivka validate`` never pays for Altair or Jupyter.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from makiivka.story.problems import DataError

#: command -> "module:function"; the function takes the parsed arguments and returns an exit code.
HANDLERS = {
    "validate": "makiivka.story.commands:validate_command",
    "summary": "makiivka.publish.summary:summary_command",
    "review": "makiivka.story.commands:review_command",
    "migrate": "makiivka.story.commands:migrate_command",
    "build": "makiivka.publish.build:build_command",
    "export": "makiivka.publish.export:export_command",
    "lab": "makiivka.publish.lab:lab_command",
    "extract": "makiivka.extract.figures:extract_command",
    "ingest": "makiivka.extract.ingest:ingest_command",
}


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="makiivka",
        description="Sourced data and charts of what articles claim about the Makiivka strike.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--data",
            metavar="DIR",
            help="data folder (default: the shipped data/ or $MAKIIVKA_DATA)",
        )
        return sub

    add("validate", "Check every data file against the contract.")
    add("summary", "Print the gap between the sides and each claimant's revisions.")
    add("review", "Seal the claims marked reviewed, so later changes need a corrections entry.")
    add("migrate", "Bring the story's files up to this version (seal every field a reader sees).")
    build = add(
        "build", "Validate, run the notebooks, export every chart, the data and the report."
    )
    build.add_argument("--out", metavar="DIR", help="output folder (default: outputs/)")
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
        "--published", required=True, metavar="YYYY-MM-DD", help="publication date, YYYY-MM-DD"
    )
    ingest.add_argument("--language", default="en", help="ISO 639-1 code (default: en)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse *argv*, run the command, and turn bad input into a clear message and exit 1."""
    args = make_parser().parse_args(argv)
    module, function = HANDLERS[args.command].split(":")
    handler = getattr(importlib.import_module(module), function)
    try:
        return handler(args)
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(f"makiivka {args.command}: {count} problem{'s' * (count != 1)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
