"""Score the extractor on the corpus of real reporting (tests/fixtures/corpus/), event by event.

The corpus is a copy of the team's shared development corpus: 50 close paraphrases of real
articles about 16 contested tolls, 360 hand labels (``labels.csv``; its README gives the
label conventions, which are the contract) and ``events.json`` (each event's parties, the
places each held, its cue words). The scoring is the shared ``score.py``'s, run in one
process: each event becomes a story through the command line (``makiivka new`` with its
places, parties and, where ``new`` has them, ``--cue``/``--held``; otherwise the cue words
and places are written into the new descriptor), and each passage goes through
``makiivka extract --story … --published …`` (the CSV it prints is read back).

A label is found when a row's [start, end) overlaps its ``claim_text`` and the row's value,
value_low or value_high equals the label's value_low (or, without one, its value_high; a
vague label with neither is found by any overlapping row); each row matches one label.
Metric accuracy is over found labels whose metric is a toll metric (not ``other``); side
accuracy over found labels; claimant accuracy: the row's claimant_name (or claimant id)
shares at least half of the label claimant's content words, or both are an outlet's own
voice; scope: a found label about another event (``about_event = no``) must not get the
story's own scope.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from makiivka.cli import main

CORPUS = Path(__file__).parent.parent / "fixtures" / "corpus"
TOLL_METRICS = frozenset(
    {"killed", "wounded", "killed_or_wounded", "missing", "rockets_fired", "rockets_intercepted"}
)
#: The shared corpus's goals (score.py's GOAL).
GOALS = {"f1": 0.95, "metric": 0.93, "side": 0.92, "claimant": 0.85, "scope": 0.90}
_STOP = {"the", "of", "a", "an", "and", "for", "in", "s", "said", "office"}


@dataclass(frozen=True)
class Passage:
    """One passage: file name, event key, publication date (or None) and body text."""

    name: str
    event: str
    published: str | None
    text: str


@dataclass
class Result:
    """One label and the row found for it (None when missed)."""

    label: dict
    passage: Passage
    row: dict | None

    @property
    def about_event(self) -> bool:
        return (self.label.get("about_event") or "yes").strip().lower() != "no"


@dataclass
class Scores:
    """Every label's result and the rows that matched no label (extras), per passage."""

    results: list[Result] = field(default_factory=list)
    extras: list[tuple[Passage, dict]] = field(default_factory=list)
    rows: int = 0


def load_events(folder: Path = CORPUS) -> dict[str, dict]:
    """Return events.json without its ``_about`` entry (of the corpus, or a set like it)."""
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    return {k: v for k, v in events.items() if not k.startswith("_")}


def load_passages(folder: Path = CORPUS) -> list[Passage]:
    """Return the passages in file order (line 1 is the header, line 2 blank)."""
    out = []
    for path in sorted((folder / "passages").glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").split("\n", 2)
        event = re.search(r"EVENT: (\S+)", header)[1]
        date = re.search(r"DATE: (\d{4}-\d{2}-\d{2})", header)
        out.append(Passage(path.name, event, date[1] if date else None, text))
    return out


def load_labels(folder: Path = CORPUS) -> list[dict]:
    """Return labels.csv's rows, each with its line number in the file (``line``)."""
    with open(folder / "labels.csv", encoding="utf-8", newline="") as handle:
        return [dict(r, line=n) for n, r in enumerate(csv.DictReader(handle), start=2)]


def _number(value) -> float | None:
    text = str(value if value is not None else "").replace(",", "").strip()
    try:
        return float(text) if text not in ("", "nan", "None", "null") else None
    except ValueError:
        return None


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in _STOP}


def _occurred_at(event: dict) -> str:
    when = event.get("when") or {}
    if when.get("local"):
        return when["local"]
    zone = ZoneInfo(event.get("time_zone") or "UTC")
    day = datetime.fromisoformat(when.get("date") or "2000-01-01").replace(tzinfo=zone)
    return day.isoformat(timespec="minutes")


def _run(argv: list[str]) -> tuple[int, str]:
    """Run the command line in this process; return its exit code and standard output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
    return code, out.getvalue()


def start_story(key: str, event: dict, root: Path) -> Path:
    """Start one event's story with ``makiivka new`` (as the shared score.py does)."""
    folder = root / key
    where = event.get("where") or {}
    places = where.get("place_names") or [where.get("place", key)]
    argv = ["new", str(folder), "--title", event["title"], "--event", event["title"]]
    argv += ["--occurred-at", _occurred_at(event), "--timezone", event.get("time_zone") or "UTC"]
    argv += ["--noun", event.get("event_noun") or "event"]
    for place in places:
        argv += ["--place", place]
    for party in event["parties"]:
        argv += ["--party", f"{party['id']}={party['label']}"]
    argv += ["--compare", ",".join(event.get("gap_parties") or [p["id"] for p in event["parties"]])]
    options = _run(["new", "--help"])[1]
    on_command_line = "--cue" in options and "--held" in options
    if on_command_line:
        for party in event["parties"]:
            argv += [a for c in party.get("cues", []) for a in ("--cue", f"{party['id']}={c}")]
            argv += [a for h in party.get("held", []) for a in ("--held", f"{party['id']}={h}")]
    code, _ = _run(argv)
    if code != 0:
        raise RuntimeError(f"makiivka new failed for {key} (exit {code})")
    if not on_command_line:
        path = folder / "data" / "datapackage.json"
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        by_id = {p["id"]: p for p in event["parties"]}
        for party in descriptor.get("parties", []):
            source = by_id.get(party.get("id"), {})
            party["cues"] = list(dict.fromkeys(party.get("cues", []) + source.get("cues", [])))
            held = party.get("places", []) + source.get("held", [])
            party["places"] = list(dict.fromkeys(held))
        path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return folder


def extract_rows(passage: Passage, story: Path, work: Path) -> list[dict]:
    """Return ``makiivka extract --story``'s CSV rows for one passage."""
    path = work / passage.name
    path.write_text(passage.text, encoding="utf-8")
    argv = ["extract", str(path), "--format", "csv", "--story", str(story)]
    argv += ["--published", passage.published] if passage.published else []
    code, out = _run(argv)
    if code != 0:
        raise RuntimeError(f"makiivka extract failed on {passage.name} (exit {code})")
    return list(csv.DictReader(io.StringIO(out)))


def match(passage: Passage, labels: list[dict], rows: list[dict]) -> tuple[list[Result], list]:
    """Pair each label with the first unused row that overlaps it with the label's value."""
    used: set[int] = set()
    results = []
    for label in labels:
        start = passage.text.find(label["claim_text"])
        end = start + len(label["claim_text"])
        low = _number(label["value_low"])
        want = low if low is not None else _number(label["value_high"])
        hit = None
        for i, row in enumerate(rows):
            if i in used or int(row["end"]) <= start or int(row["start"]) >= end:
                continue
            values = {_number(row.get(k)) for k in ("value", "value_low", "value_high")} - {None}
            if want is None or any(abs(v - want) < 1e-6 for v in values):
                hit = i
                break
        if hit is not None:
            used.add(hit)
        results.append(Result(label, passage, rows[hit] if hit is not None else None))
    extras = [(passage, row) for i, row in enumerate(rows) if i not in used]
    return results, extras


def score(
    events: set[str] | None = None, root: Path | None = None, folder: Path = CORPUS
) -> Scores:
    """Extract every passage (of *events*, default all) with its event's story and match.

    *folder* holds a set in the corpus's format (default the corpus; the blind check set in
    tests/fixtures/blind/ is another)."""
    catalogue = load_events(folder)
    by_file: dict[str, list[dict]] = defaultdict(list)
    for label in load_labels(folder):
        by_file[label["file"]].append(label)
    scores = Scores()
    with tempfile.TemporaryDirectory(prefix="corpus-") as scratch:
        base = root or Path(scratch)
        stories: dict[str, Path] = {}
        for passage in load_passages(folder):
            if passage.event not in catalogue or (events and passage.event not in events):
                continue
            if passage.event not in stories:
                stories[passage.event] = start_story(passage.event, catalogue[passage.event], base)
            rows = extract_rows(passage, stories[passage.event], Path(scratch))
            scores.rows += len(rows)
            results, extras = match(passage, by_file[passage.name], rows)
            scores.results += results
            scores.extras += extras
    return scores


def judge(result: Result, event_scope: str = "event", noun: str = "") -> dict[str, bool | None]:
    """Return whether a found label's metric, side, claimant and scope are right (None: n/a)."""
    label, row = result.label, result.row
    if row is None:
        return {"metric": None, "side": None, "claimant": None, "scope": None}
    metric = row.get("metric") == label["metric"] if label["metric"] in TOLL_METRICS else None
    gold = _words(label["claimant"])
    got = _words(row.get("claimant_name")) | _words((row.get("claimant") or "").replace("_", " "))
    claimant = bool(gold) and len(gold & got) * 2 >= len(gold)
    claimant = claimant or (label["side"] == "media" and row.get("side") == "media" and not got)
    scope = None
    if not result.about_event:
        scope = row.get("scope") not in ("event", "strike", event_scope, noun)
    return {"metric": metric, "side": row.get("side") == label["side"], "claimant": claimant,
            "scope": scope}  # fmt: skip


def summarise(results: list[Result], rows: int, events: dict[str, dict] | None = None) -> dict:
    """Return precision, recall, F1 and the accuracies over *results* and *rows* predicted."""
    events = events if events is not None else load_events()
    found = [r for r in results if r.row is not None]
    tally: dict[str, list[int]] = {k: [0, 0] for k in ("metric", "side", "claimant", "scope")}
    for r in found:
        noun = events.get(r.passage.event, {}).get("event_noun") or ""
        for key, ok in judge(r, noun=noun).items():
            if ok is not None:
                tally[key][0] += ok
                tally[key][1] += 1
    precision = len(found) / rows if rows else 0.0
    recall = len(found) / len(results) if results else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"labels": len(results), "rows": rows, "found": len(found), "precision": precision,
           "recall": recall, "f1": f1}  # fmt: skip
    out |= {k: (ok / n if n else None) for k, (ok, n) in tally.items()}
    return out
