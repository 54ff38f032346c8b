"""What a story's notebook needs: its own story found, or a clear stop; its computed prose.

A notebook names the story it belongs to by the descriptor's ``name`` (written into
the notebook by ``makiivka new``; ``makiivka-claims`` for the shipped one) and
reads it with :func:`read_story`, wherever it runs: JupyterLab, ``makiivka build``,
nbclient, ``jupyter nbconvert --execute``, jupyter-book. The story is looked for in
this order, and the first found must be the one named:

1. ``$MAKIIVKA_DATA`` or ``$MAKIIVKA_STORY`` (``makiivka build`` and ``makiivka lab`` set them);
2. the working folder and its parents (a kernel starts in the notebook's folder,
   ``notebooks/`` inside the story);
3. the folder of the notebook JupyterLab names in ``$JPY_SESSION_NAME``.

A notebook run where none of these leads to its story stops with
:class:`StoryNotFound`, naming the story it expected, the one it found (if any)
and how to point it at the right one. It never falls back to another story.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from makiivka.analysis import NOT_STATED
from makiivka.story import load, paths
from makiivka.story.coded import CODABLE


class StoryNotFound(RuntimeError):
    """Raised when a notebook's own story cannot be found; the message says what to do."""


def story_name(story: Path) -> str | None:
    """Return the ``name`` in a story's descriptor (None if it has none or cannot be read)."""
    try:
        descriptor = json.loads(
            (story / paths.DATA_NAME / paths.DESCRIPTOR_NAME).read_text(encoding="utf-8")
        )
    except (OSError, ValueError):
        return None
    return descriptor.get("name") if isinstance(descriptor, dict) else None


def _candidates() -> list[tuple[str, Path]]:
    """Return (how it was found, story folder) in the order :func:`find_story` tries them."""
    found = []
    if os.environ.get(paths.DATA_ENV):
        found.append((f"${paths.DATA_ENV}", Path(os.environ[paths.DATA_ENV])))
    elif os.environ.get(paths.STORY_ENV):
        found.append((f"${paths.STORY_ENV}", Path(os.environ[paths.STORY_ENV])))
    here = Path.cwd()
    found += [("the working folder", f) for f in (here, *here.parents) if paths.is_story(f)][:1]
    session = os.environ.get("JPY_SESSION_NAME")
    if session:
        start = Path(session).parent
        found += [
            ("the notebook's folder", f) for f in (start, *start.parents) if paths.is_story(f)
        ][:1]
    return found


def find_story(name: str) -> tuple[Path, Path]:
    """Return the folder of the story called *name* and its data folder.

    Raises :class:`StoryNotFound` when the first story found is another one, or
    when no story is found.
    """
    candidates = _candidates()
    if candidates:
        how, place = candidates[0]
        if how == f"${paths.DATA_ENV}":  # a data folder (the build's snapshot of one)
            data, story, found = (
                place,
                Path(os.environ.get(paths.STORY_ENV) or place.parent),
                _data_name(place),
            )
        else:
            data, story, found = place / paths.DATA_NAME, place, story_name(place)
        if found == name:
            return story, data
        raise StoryNotFound(
            f"this notebook belongs to the story {name!r}, but {how} leads to "
            f"{paths.display(place)}, the story {found!r}: run it inside the folder of the "
            f"story {name!r} (its notebooks/ folder), or set {paths.STORY_ENV} to that folder"
        )
    raise StoryNotFound(
        f"this notebook belongs to the story {name!r}, and no story was found from "
        f"{paths.display(Path.cwd())}: run it inside the folder of the story {name!r} "
        f"(its notebooks/ folder), or set {paths.STORY_ENV} to that folder"
    )


def _data_name(data: Path) -> str | None:
    try:
        descriptor = json.loads((data / paths.DESCRIPTOR_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return descriptor.get("name") if isinstance(descriptor, dict) else None


#: The last dataset read in this process: (data folder, its files' fingerprint, dataset).
_LAST: dict[str, tuple[Path, tuple, load.Dataset]] = {}


def files_fingerprint(data: Path) -> tuple:
    """Return every file under *data* with its size, modification time and inode, sorted.

    Any write to the story (an ingest, a review, an edit by hand, a file replaced by
    rename) changes it, so a dataset read for one fingerprint is the story as it is.
    """
    found = []
    for folder, folders, names in os.walk(data):
        folders.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            try:
                facts = os.stat(path)
            except FileNotFoundError:  # removed while walking: a write is under way
                facts = None
            found.append(
                (path, None)
                if facts is None
                else (path, facts.st_size, facts.st_mtime_ns, facts.st_ino)
            )
    return tuple(found)


def read_story(name: str) -> load.Dataset:
    """Return the validated dataset of the story called *name* (see the module's rules).

    A build runs the story's notebooks one after another on one kernel: the story is
    read and validated once, and a later notebook gets the same dataset while no file
    of the story's data has changed (:func:`files_fingerprint`; on 100,000 claims a read
    costs about 2.5 s). Treat it as read-only: change a copy (``dataset.claims.copy()``).

    Raises :class:`StoryNotFound` if that story is not the one found, and
    :class:`makiivka.story.problems.DataError` if its data does not validate.
    """
    _story, data = find_story(name)
    fingerprint = files_fingerprint(data)
    last = _LAST.get("read")
    if last is not None and last[0] == Path(data) and last[1] == fingerprint:
        return last[2]
    dataset = load.read_dataset(data)
    # A story's notebook 05 written before round 16 shows dataset.corrections itself: marked
    # with its zone, display.show_table shows it as corrections_table does.
    dataset.corrections.attrs.update(
        {"makiivka_table": "corrections", "timezone": dataset.package.event.get("timezone")}
    )
    if files_fingerprint(data) == fingerprint:  # not changed while it was read
        _LAST["read"] = (Path(data), fingerprint, dataset)
    return dataset


def corrections_finding(corrections: pd.DataFrame) -> str:
    """Say in one sentence what the corrections log holds.

    >>> corrections_finding(pd.DataFrame({"claim_id": [], "field": []}))[:18]
    'The log is empty: '
    >>> log = pd.DataFrame({"claim_id": ["c1", "c1", "c2"], "field": ["value"] * 3})
    >>> corrections_finding(log)[:58]
    'Reviewed claims changed 3 times after they were sealed, 2 '
    """
    if corrections.empty:
        return (
            "The log is empty: no reviewed figure, quote or claimant has changed since it "
            "was sealed, so the other notebooks show the ledger as reviewed."
        )
    changes, claims = len(corrections), corrections["claim_id"].nunique()
    times = "once" if changes == 1 else f"{changes} times"
    which = "1 claim" if claims == 1 else f"{claims} claims"
    return (
        f"Reviewed claims changed {times} after they were sealed, {which} in all; "
        "each change is listed above with its reason."
    )


def corrections_table(dataset: load.Dataset) -> pd.DataFrame:
    """Return the corrections log as a reader meets it: headings in words, each time in the
    story's zone with the zone written ("6 Dec 2026, 19:02 UTC+6", as the charts write it),
    and a value the field did not have before (or after) as "not stated", never ``<NA>``
    (an open bound as "open"; a qualifier in the desk's words: :func:`value_words`).
    """
    return corrections_words(dataset.corrections, dataset.package.event.get("timezone"))


def value_words(field: str, value) -> str:
    """Say a corrected field's value as the desk says it: a qualifier in words ("at least",
    "exactly"), an empty bound "open" (none was stated: the figure is open that way), any
    other empty value "not stated".

    >>> value_words("qualifier", "at_least"), value_words("qualifier", "exact")
    ('at least', 'exactly')
    >>> value_words("value_high", ""), value_words("quote", None)
    ('open', 'not stated')
    """
    if value is None or pd.isna(value) or value == "":
        return "open" if field in ("value_low", "value_high") else NOT_STATED
    if field == "qualifier":
        return CODABLE.get(str(value), str(value).replace("_", " ")).split(" (")[0]
    return str(value)


def corrections_words(log: pd.DataFrame, timezone: str | None) -> pd.DataFrame:
    """Return :func:`corrections_table` of a corrections log, times in *timezone* (or UTC)."""
    from makiivka.charts.wording import format_time

    zone = str(timezone or "UTC")
    fields = [str(f) for f in log["field"]]
    text = {c: [value_words(f, v) for f, v in zip(fields, log[c], strict=True)]
            for c in ("old", "new")}  # fmt: skip
    return pd.DataFrame(
        {
            "claim": log["claim_id"].astype(str),
            "field changed": [str(f).replace("_", " ") for f in log["field"]],
            "old value": text["old"],
            "new value": text["new"],
            "changed": [
                format_time(t, str(p), zone)
                for t, p in zip(log["changed_at"], log["changed_at_precision"], strict=True)
            ],
            "reason": log["reason"].astype(str),
        }
    )
