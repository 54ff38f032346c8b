"""Start a story: ``makiivka new DIR`` writes an empty data package and the notebooks.

The data files come from :mod:`makiivka.story.create`; the notebooks are the
package's templates (``makiivka/publish/templates/*.ipynb``), thin and free of
any story's words: each sentence that states a fact is computed from the data
(``charts.FINDINGS``). Everything is checked before anything is written, and the
folder appears whole or not at all (:func:`makiivka.story.store.create_tree`).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from makiivka.story import paths, store
from makiivka.story.create import StorySpec, story_descriptor, story_files
from makiivka.story.descriptor import check_descriptor
from makiivka.story.overlaps import warn_overlaps
from makiivka.story.problems import DataError, Problem

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Stands for the story's name in the template notebooks (``notebook.read_story("…")``).
STORY_PLACEHOLDER = "{{story}}"
#: Descriptor field -> the option of ``makiivka new`` it comes from.
OPTIONS = {"compare": "--compare", "timezone": "--timezone", "occurred_at": "--occurred-at"}
OPTIONS.update({f: "--metric" for f in ("metric", "metric_label", "metric_unit", "metric_compare")})


#: A new story's ``.gitignore``: what editors and makiivka leave in it that a story's own
#: repository should not track (new user 25: `git status` showed JupyterLab's checkpoints).
#: ``outputs/`` is tracked: a story's commits carry what its readers got.
GITIGNORE = """\
# what JupyterLab, Python and editors leave beside the notebooks and scripts
.ipynb_checkpoints/
__pycache__/
.DS_Store
# makiivka's lock, journals and staging while a command runs (a killed one leaves them)
.makiivka.lock
.makiivka-journal.json
.makiivka-staging/
.makiivka-build-journal.json*
.outputs.*
.*.building-*
.*.old-*
.*.new-*
.*.makiivka-*.tmp
# what `makiivka export` writes without --out, and what plain nbconvert writes
exports/
notebooks/*.html
notebooks/*.nbconvert.ipynb
"""

#: The gap notebook's question, as the template asks it of two parties, and of more.
TWO_SIDES, MANY_PARTIES = "How far apart are the two sides?", "How far apart are the parties?"


def story_name(folder: Path) -> str:
    """Return a new story's descriptor ``name``: its folder's name as a Data Package name.

    Each notebook names its story by it (:func:`makiivka.publish.notebook.read_story`).

    >>> story_name(Path("stories/Kessa dam")), story_name(Path("/"))
    ('kessa-dam-claims', 'story-claims')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", folder.resolve().name.lower()).strip("-")
    return f"{slug or 'story'}-claims"


def notebook_files(name: str = "story-claims", parties: int = 2) -> dict[str, bytes]:
    """Return the template notebooks as files of the story called *name*: path -> bytes.

    With more than two *parties*, the gap notebook asks how far apart the parties are.
    """
    marker = STORY_PLACEHOLDER.encode("utf-8")
    files = {}
    for path in sorted(TEMPLATES.glob("*.ipynb")):
        blob = path.read_bytes().replace(marker, name.encode("utf-8"))
        if parties > 2:
            blob = blob.replace(TWO_SIDES.encode(), MANY_PARTIES.encode())
        files[f"{paths.NOTEBOOKS_NAME}/{path.name}"] = blob
    return files


def new_story(target: Path, spec: StorySpec) -> dict[str, bytes]:
    """Write a new, empty story into *target*; return the files written.

    Raises :class:`DataError` (and writes nothing) when the parties or the
    compared pair are wrong, or when *target* exists and is not an empty folder.
    """
    descriptor = story_descriptor(spec)  # raises DataError for a --cue/--held of no party
    descriptor["name"] = story_name(Path(target))
    text = json.dumps(descriptor, indent=2, ensure_ascii=False)
    problems = check_descriptor(descriptor, text, "")
    if problems:
        # Name the option each problem comes from: the descriptor is not written yet.
        raise DataError(
            [Problem(OPTIONS.get(p.field, "--party"), 1, 1, p.field, p.value, p.expected)
             for p in problems]
        )  # fmt: skip
    files = {
        **story_files(descriptor),
        **notebook_files(descriptor["name"], len(descriptor.get("parties", []))),
        f"{paths.OUTPUT_NAME}/": b"",
        ".gitignore": GITIGNORE.encode("utf-8"),
    }
    try:
        store.create_tree(target, files)
    except FileExistsError:
        raise DataError(
            [Problem(paths.display(target), 1, 1, "DIR", str(target), "a new or empty folder")]
        ) from None
    return files


def new_command(args: argparse.Namespace) -> int:
    """Write the story and say what to do next."""
    spec = StorySpec(
        title=args.title,
        event=args.event,
        occurred_at=args.occurred_at,
        timezone=args.timezone,
        parties=args.party,
        places=args.place or (),
        compare=args.compare,
        noun=args.noun,
        metrics=tuple(args.metric or ()),
        cues=args.cue or (),
        held=args.held or (),
    )
    target = Path(args.dir)
    files = new_story(target, spec)
    warn_overlaps(json.loads(files[f"{paths.DATA_NAME}/{paths.DESCRIPTOR_NAME}"]))
    shown = paths.display(target)
    count = sum(not name.endswith("/") for name in files)
    print(
        f"{shown}: new story with {count} files; register its outlets and claimants with "
        f"`makiivka claimant add ID --name … --side … --kind … --story {shown}`, "
        f"then `makiivka ingest FILE --outlet ID … --story {shown}`"
    )
    return 0
