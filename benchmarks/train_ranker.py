"""Train the speaker model (makiivka/extract/ranker.py) on every labelled set; check it.

    .venv/bin/python benchmarks/train_ranker.py          # writes the package's weights
    .venv/bin/python benchmarks/train_ranker.py --check  # leave-one-set-out; the check set

Training pairs (a figure as the rules read it, with its hand label's side):

- **first reads**: ``tests/fixtures/ranker/first_reads.jsonl``, each blind set as read by the
  extractor of the day it was first scored (the commits in that folder's README), so the
  rules' errors there look like those on new material;
- **today's reads**: the development corpus (its copy in ``tests/fixtures/corpus``) and blind
  sets 1-28 as today's rules read them (the model off).

The model is a conditional logit: for each figure, a softmax over its candidate sides of
``w · features(candidate)``, fitted by full-batch gradient descent with an L2 penalty. Blind set
29 (``tests/fixtures/blind29``) is the check: neither the rules nor the model were fitted on it,
and only its summary line is printed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from makiivka.extract.figures import extract_figures
from makiivka.extract.ranker import (
    MARGIN,
    WEIGHTS_FILE,
    Page,
    allowed,
    candidates,
    features,
    narrated_attack,
    protected,
)
from makiivka.extract.records import Figure, rows
from makiivka.extract.sentences import split_sentences
from makiivka.extract.speakers import load_register

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.extract import reporting  # the labelled sets' loading, stories and matching

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus"
DEV = {
    "corpus": CORPUS,
    **{b: FIXTURES / b for b in ("blind", "blind2", "blind3", "blind4", "blind5", "blind6")},
    "blind7": FIXTURES / "blind7",
    "blind8": FIXTURES / "blind8",
    "blind9": FIXTURES / "blind9",
    "blind10": FIXTURES / "blind10",
    "blind11": FIXTURES / "blind11",
    "blind12": FIXTURES / "blind12",
    "blind13": FIXTURES / "blind13",
    "blind14": FIXTURES / "blind14",
    "blind15": FIXTURES / "blind15",
    "blind16": FIXTURES / "blind16",
    "blind17": FIXTURES / "blind17",
    "blind18": FIXTURES / "blind18",
    "blind19": FIXTURES / "blind19",
    "blind20": FIXTURES / "blind20",
    "blind21": FIXTURES / "blind21",
    "blind22": FIXTURES / "blind22",
    "blind23": FIXTURES / "blind23",
    "blind24": FIXTURES / "blind24",
    "blind25": FIXTURES / "blind25",
    "blind26": FIXTURES / "blind26",
    "blind27": FIXTURES / "blind27",
    "blind28": FIXTURES / "blind28",
}
CHECK = {"blind29": FIXTURES / "blind29"}  # never read for the rules or the model
L2, STEPS, RATE = 3.0, 400, 0.5
FLIPS: dict[str, list[int]] = {}  # "from->to": [lost, gained, neither] over held-out reads
GATES = (0, 0.8, 1.01)  # 0: the protected forms only (makiivka.extract.ranker.protected)


def _stories(folder: Path, root: str) -> dict:
    """Start each event's story of a labelled set through ``makiivka new`` (as its score.py
    does) and return each event's register."""
    return {key: load_register(reporting.start_story(key, event, Path(root)) / "data")
            for key, event in reporting.load_events(folder).items()}  # fmt: skip


def read(name: str, folder: Path, model: bool) -> list[dict]:
    """Return the labelled set's pairs as the extractor reads it today (the scorer's matching,
    :func:`tests.extract.reporting.match`)."""
    labels: dict[str, list[dict]] = {}
    for label in reporting.load_labels(folder):
        labels.setdefault(label["file"], []).append(label)
    pairs = []
    with tempfile.TemporaryDirectory() as root:
        registers = _stories(folder, root)
        for passage in reporting.load_passages(folder):
            if passage.event not in registers:
                continue
            register = registers[passage.event]
            figures = extract_figures(passage.text, passage.published, register, model=model)
            results, _ = reporting.match(passage, labels.get(passage.name, []), rows(figures))
            pairs += [{"set": name, "text": passage.text, "register": register,
                       "figure": Figure(**r.row), "gold": r.label["side"]}
                      for r in results if r.row is not None]  # fmt: skip
    return pairs


def first_reads() -> list[dict]:
    """Return the first reads of blind sets 1-20 (the fixture), with their texts and stories."""
    lines = (FIXTURES / "ranker" / "first_reads.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    pairs = []
    for name in sorted({r["set"] for r in rows}):
        folder = FIXTURES / name
        texts = {p.name: p.text for p in reporting.load_passages(folder)}
        with tempfile.TemporaryDirectory() as root:
            registers = _stories(folder, root)
        for r in (r for r in rows if r["set"] == name):
            figure = Figure(r["start"], r["end"], "", None, None, None, "exact", "people", "",
                            "", "", r["side"], "", attribution=r["attribution"] or "",
                            confidence=r["confidence"])  # fmt: skip
            pairs.append({"set": name, "text": texts[r["file"]], "register": registers[r["event"]],
                          "figure": figure, "gold": r["gold"]})  # fmt: skip
    return pairs


def matrices(pairs: list[dict], vocabulary: list[str] | None = None):
    """Return each pair's candidate-by-feature matrix and gold candidate, and the vocabulary."""
    pages: dict[int, Page] = {}
    rows = []
    for p in pairs:
        sides = p["register"].sides
        key = id(p["text"]), id(sides)
        if key not in pages:
            pages[key] = Page(p["text"], sides, split_sentences(p["text"]))
        page = p["page"] = pages[key]
        rows.append(
            [features(page, p["figure"], c, list(sides.parties)) for c in candidates(sides)]
        )
    vocabulary = vocabulary or sorted({k for r in rows for x in r for k in x})
    index = {k: j for j, k in enumerate(vocabulary)}
    out = []
    for p, r in zip(pairs, rows, strict=True):
        m = np.zeros((len(r), len(vocabulary)))
        for a, x in enumerate(r):
            for k, v in x.items():
                if k in index:
                    m[a, index[k]] = v
        sides = candidates(p["register"].sides)
        out.append((m, sides.index(p["gold"]) if p["gold"] in sides else -1, sides, p))
    return out, vocabulary


def fit(data, size: int) -> np.ndarray:
    """Fit the conditional logit's weights by gradient descent (L2, full batch)."""
    w = np.zeros(size)
    n = len(data)
    for _ in range(STEPS):
        grad = L2 * w / n
        for m, gold, _, _ in data:
            if gold < 0:
                continue
            s = m @ w
            e = np.exp(s - s.max())
            grad += (m.T @ (e / e.sum()) - m[gold]) / n
        w -= RATE * grad
    return w


def parties(pair: dict) -> list[str]:
    """Return the parties of a pair's story."""
    return list(pair["register"].sides.parties)


def accuracy(data, w: np.ndarray, gate: float = 1.01) -> tuple[float, float]:
    """Return (rules' side accuracy, model's with the margin) over matrices."""
    rules = model = 0
    for m, gold, sides, p in data:
        if (gate and (p["figure"].confidence or 0) >= gate) or (
            not gate and (protected(p["figure"]) or narrated_attack(p["page"], p["figure"]))
        ):
            rules += p["figure"].side == p["gold"]
            model += p["figure"].side == p["gold"]
            continue
        s = m @ w
        e = np.exp(s - s.max())
        prob = e / e.sum()
        best = int(np.argmax(prob))
        ruled = sides.index(p["figure"].side) if p["figure"].side in sides else None
        pick = best if ruled is None or prob[best] - prob[ruled] > MARGIN else ruled
        if gate == 0 and pick != ruled and not allowed(p["figure"], sides[pick], parties(p)):
            pick = ruled
        rules += p["figure"].side == p["gold"]
        model += pick == gold
        if pick != ruled and gate == 0:
            known = p["register"].sides.parties
            ruled_kind = "party" if p["figure"].side in known else p["figure"].side
            flip = f"{ruled_kind}->{'party' if sides[pick] in known else sides[pick]}"
            tally = FLIPS.setdefault(flip, [0, 0, 0])  # lost, gained, wrong either way
            tally[0 if p["figure"].side == p["gold"] else 1 if pick == gold else 2] += 1
    return rules / len(data), model / len(data)


def main(argv: list[str]) -> int:
    first = first_reads()
    today = [p for name, folder in DEV.items() for p in read(name, folder, model=False)]
    if "--check" in argv:
        print("leave one set out (trained on the others' first and today's reads):")
        for held in sorted({p["set"] for p in first}):
            train, vocabulary = matrices([p for p in first + today if p["set"] != held])
            w = fit(train, len(vocabulary))
            test, _ = matrices([p for p in first if p["set"] == held], vocabulary)
            today_held, _ = matrices([p for p in today if p["set"] == held], vocabulary)
            for gate in GATES:
                rules, model = accuracy(test, w, gate)
                r2, m2 = accuracy(today_held, w, gate)
                print(
                    f"  {held:8s} gate {gate}: first read {rules:.3f} -> {model:.3f};"
                    f" today {r2:.3f} -> {m2:.3f}"
                )
        for flip, (lost, gained, neither) in sorted(FLIPS.items()):
            print(f"  model over rules, {flip}: {gained} gained, {lost} lost, {neither} wrong both")
    train, vocabulary = matrices(first + today)
    w = fit(train, len(vocabulary))
    if "--check" in argv:
        for name, folder in CHECK.items():
            test, _ = matrices(read(name, folder, model=False), vocabulary)
            for gate in GATES:
                rules, model = accuracy(test, w, gate)
                print(f"check {name} gate {gate}: side {rules:.3f} rules, {model:.3f} with model")
        return 0
    rounded = {k: round(float(v), 6) for k, v in zip(vocabulary, w, strict=True)}
    weights = {k: v for k, v in rounded.items() if v}
    blob = json.dumps({"margin": MARGIN, "weights": weights}, indent=1, sort_keys=True)
    (ROOT / "makiivka" / "extract" / WEIGHTS_FILE).write_text(blob + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS_FILE}: {len(weights)} weights from {len(train)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
