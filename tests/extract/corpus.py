"""Score the extractor on a hand-labelled attribution corpus (tests/fixtures/attribution/*.json).

Each event of the corpus becomes a story for the extractor through the same API the command
line uses: a descriptor (event places, parties with cues and places, the third-party role's
cues) and a claimants register, given to :func:`makiivka.extract.speakers.register_from`.
Each passage is extracted with its publication date and its outlet (as ingest does).

A predicted row matches a labelled figure when its span overlaps the labelled figure's span
(the ``figure`` text at its ``occurrence``); each prediction matches at most one label.
Precision = matched predictions / predictions, recall = matched labels / labels; metric,
side and value accuracy are over matched labels, also per attribution kind.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from makiivka.extract.figures import extract_figures
from makiivka.extract.records import Figure
from makiivka.extract.speakers import Register, register_from

CORPUS = Path(__file__).parent.parent / "fixtures" / "attribution"


def event_register(event: dict) -> Register:
    """Return the extractor's Register for one corpus event (a descriptor and a register)."""
    descriptor = {
        "event": {"noun": event.get("noun", ""), "places": event.get("places", [])},
        "parties": [
            {"id": p["id"], "label": p.get("label", p["id"]), "cues": p.get("cues", []),
             "places": p.get("places", [])}
            for p in event.get("parties", [])
        ],
        "compare": event.get("compare", []),
        "roles": {"third_party": {"cues": event.get("third_party_cues", [])}, "media": {}},
    }  # fmt: skip
    rows = [
        {
            "claimant_id": c["claimant_id"], "name": c["name"], "side": c["side"],
            "aliases": "|".join(c.get("aliases") or []) if not isinstance(c.get("aliases"), str)
            else c["aliases"],
        }
        for c in event.get("claimants", [])
    ]  # fmt: skip
    return register_from(rows, descriptor)


def label_span(text: str, label: dict) -> tuple[int, int]:
    """Return where a labelled figure is in its passage (its text at its occurrence)."""
    at = -1
    for _ in range(int(label.get("occurrence") or 1)):
        at = text.find(label["figure"], at + 1)
        if at < 0:
            raise ValueError(f"{label['figure']!r} not found in the passage")
    return at, at + len(label["figure"])


def load(name: str) -> dict | None:
    """Return a corpus split by file stem ("dev", "heldout"), or None when it is absent."""
    path = CORPUS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def extract_passage(corpus: dict, passage: dict, registers: dict) -> list[Figure]:
    """Return the extractor's figures for one passage."""
    event = passage["event"]
    if event not in registers:
        registers[event] = event_register(corpus["events"][event])
    return extract_figures(
        passage["text"], passage["published"][:10], registers[event], outlet=passage["outlet"]
    )


def match(passage: dict, figures: list[Figure]) -> list[tuple[dict, Figure | None]]:
    """Pair each labelled figure of a passage with the prediction that overlaps it, if any."""
    used: set[int] = set()
    pairs = []
    for label in passage["figures"]:
        start, end = label_span(passage["text"], label)
        found = None
        for i, f in enumerate(figures):
            if i not in used and f.start < end and start < f.end:
                used.add(i)
                found = f
                break
        pairs.append((label, found))
    return pairs


def score(corpus: dict) -> dict:
    """Return the corpus scores: overall and per kind (see the module docstring)."""
    registers: dict = {}
    predicted = matched = 0
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    misses = []
    for passage in corpus["passages"]:
        figures = extract_passage(corpus, passage, registers)
        predicted += len(figures)
        for label, f in match(passage, figures):
            for kind in ["all", *label["kinds"]]:
                t = totals[kind]
                t[0] += 1
                if f is not None:
                    t[1] += 1
                    t[2] += f.metric == label["metric"]
                    t[3] += f.side == label["side"]
                    t[4] += (f.value_low, f.value_high) == (label["low"], label["high"])
            if f is not None:
                matched += 1
            if f is None or (f.side, f.metric) != (label["side"], label["metric"]):
                misses.append((passage["id"], label, f))
    labels = totals["all"][0]
    precision = matched / predicted if predicted else 0.0
    recall = matched / labels if labels else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kinds = {
        kind: {
            "labels": t[0], "recall": t[1] / t[0],
            "metric": t[2] / t[1] if t[1] else 0.0, "side": t[3] / t[1] if t[1] else 0.0,
            "bounds": t[4] / t[1] if t[1] else 0.0,
        }
        for kind, t in sorted(totals.items())
    }  # fmt: skip
    return {
        "passages": len(corpus["passages"]), "labels": labels, "predicted": predicted,
        "precision": precision, "recall": recall, "f1": f1, "kinds": kinds, "misses": misses,
    }  # fmt: skip
