"""Declare the options of the commands that set a story up: ``party``, ``metric``, ``claimant``.

Kept beside the commands they drive (:mod:`makiivka.story.parties`,
:mod:`makiivka.story.metrics`, :mod:`makiivka.story.register_merge`); :mod:`makiivka.cli`
adds them to its parser.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

StoryOptions = Callable[[argparse.ArgumentParser], argparse.ArgumentParser]

CUE_HELP = (
    "words that tell a speaker's side when the name is not in the register (repeatable): "
    "a nationality, capital, leader or institution"
)
HELD_HELP = "a place the party holds or governs (repeatable): its mayor or governor speaks for it"
SIDE_HELP = "one of the story's party ids, third_party or media"


def add_party_parser(commands: Any, story_options: StoryOptions, exit_help: dict) -> None:
    """Add ``makiivka party add|edit|show|compare`` to the command parsers *commands*."""
    party_parser = commands.add_parser(
        "party",
        help="Show or set up the story's parties: labels, cue words, places held.",
        description="Show or set up the story's parties: labels, cue words, places held.",
    )
    party_actions = party_parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action, text in (
        ("add", "Add a party (its label gives its first cue words)."),
        ("edit", "Change a party's label, add or drop its cue words and places."),
        ("show", "Print the parties with their cue words and places."),
        ("compare", "Set the two parties the gap compares: the second's figure over the "
                    "first's (new picks the first two)."),
    ):  # fmt: skip
        sub = story_options(party_actions.add_parser(action, help=text, description=text,
                                                     **exit_help))  # fmt: skip
        if action == "compare":
            sub.add_argument("ids", nargs=2, metavar="ID", help="two declared party ids")
            continue
        if action == "show":
            sub.add_argument("id", nargs="?", metavar="ID", help="one party (default: all)")
            continue
        sub.add_argument("id", metavar="ID", help="the party id (edit: or third_party, media)")
        sub.add_argument("--label", required=action == "add", help="how charts name it")
        sub.add_argument("--cue", action="append", metavar="WORDS", help=CUE_HELP)
        sub.add_argument("--held", action="append", metavar="PLACE", help=HELD_HELP)
        if action == "edit":
            sub.add_argument("--drop-cue", action="append", metavar="WORDS", help="remove a cue")
            sub.add_argument("--drop-held", action="append", metavar="PLACE", help="remove one")


def add_metric_parser(commands: Any, story_options: StoryOptions, exit_help: dict) -> None:
    """Add ``makiivka metric list|add|set|drop`` to the command parsers *commands*."""
    text = "List, add, relabel or drop the story's metrics (what its figures count)."
    metric_parser = commands.add_parser("metric", help=text, description=text)
    actions = metric_parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action, text in (
        ("list", "Print the metrics, tab-separated, header first: id, label, unit, whether the "
                 "gap compares it, and how many claim rows use it."),
        ("add", "Add a metric before 'other' (unit people and compared unless told)."),
        ("set", "Change a metric's label, unit, or whether the gap compares it."),
        ("drop", "Remove a metric no claim row uses (never 'other', nor the last one the gap "
                 "compares)."),
    ):  # fmt: skip
        sub = story_options(actions.add_parser(action, help=text, description=text, **exit_help))
        if action == "list":
            continue
        sub.add_argument("id", metavar="ID", help="the metric id, e.g. bodies_recovered")
        if action == "drop":
            continue
        sub.add_argument("--label", required=action == "add",
                         help="how charts and sentences name it: 'bodies recovered'")  # fmt: skip
        sub.add_argument("--unit", metavar="NOUN",
                         help="what it counts (add: default people): homes, rockets…")  # fmt: skip
        sub.add_argument(
            "--compare", action=argparse.BooleanOptionalAction, default=None,
            help="whether the gap compares the parties' figures of it (add: default yes)",
        )  # fmt: skip


CLAIMANT_HELP = "Register claimants: add, list, alias; fix (edit), merge or remove one."
MERGE_HELP = (
    "Give every claim row of ID (as claimant or relay) to OTHER, make ID's name and aliases "
    "names of OTHER, and take ID out of the register, in one change. A sealed (reviewed) "
    "row's claimant changes as `makiivka correct` changes it: logged in corrections.csv "
    "with --reason, which is then required."
)


def add_claimant_parser(commands: Any, story_options: StoryOptions, exit_help: dict) -> None:
    """Add ``makiivka claimant add|list|alias|edit|merge|remove`` to the command parsers."""
    claimant = commands.add_parser(
        "claimant", help=CLAIMANT_HELP, description=CLAIMANT_HELP, **exit_help
    )
    actions = claimant.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, text: str) -> argparse.ArgumentParser:
        return story_options(actions.add_parser(name, help=text, description=text, **exit_help))

    add = action("add", "Add a claimant to the register.")
    add.add_argument("id", metavar="ID", help="the new claimant_id, e.g. health_ministry")
    add.add_argument("--name", required=True, help="name for display")
    add.add_argument("--side", required=True, help=SIDE_HELP)
    add.add_argument("--kind", required=True, help="ministry, official, outlet…")
    add.add_argument(
        "--alias", action="append", metavar="TEXT", help="a name articles use (repeatable)"
    )
    add.add_argument("--notes", default="", help="who they are, with sources")
    action("list", "Print the register: id, name, side, kind and aliases, tab-separated.")
    alias = action("alias", "Add names articles use for a registered claimant ('AP News' for ap).")
    alias.add_argument("id", metavar="ID", help="a registered claimant_id")
    alias.add_argument("alias", nargs="+", metavar="ALIAS", help="a name articles use")
    edit = action(
        "edit",
        "Change a claimant's name, side or kind, checked as `add` checks them; its notes "
        "record the edit. A claimant ingest proposed is confirmed by it (with no option: "
        "confirmed as it is) and is proposed no more.",
    )
    edit.add_argument("id", metavar="ID", help="a registered claimant_id")
    edit.add_argument("--name", help="the new name for display")
    edit.add_argument("--side", help=SIDE_HELP)
    edit.add_argument("--kind", help="ministry, official, outlet…")
    edit.add_argument("--changed-at", metavar="ISO8601", help="when (default: now, UTC)")
    merge = action("merge", MERGE_HELP)
    merge.add_argument("id", metavar="ID", help="the claimant to fold in and remove")
    merge.add_argument("--into", required=True, metavar="OTHER", help="the claimant to keep")
    merge.add_argument("--reason", default="", help="why, for corrections.csv (sealed rows)")
    merge.add_argument("--changed-at", metavar="ISO8601", help="when (default: now, UTC)")
    remove = action(
        "remove",
        "Take a claimant out of the register; only one no claim row or article names "
        "(else use `merge`).",
    )
    remove.add_argument("id", metavar="ID", help="a registered claimant_id")
