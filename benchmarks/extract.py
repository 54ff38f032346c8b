"""Compare makiivka's extractor with quantulum3: throughput and accuracy on the seed ledger.

Usage: .venv/bin/python benchmarks/extract.py [--megabytes 1.0] [--quantulum-kb 50]

Throughput: the two seed articles repeated to about 1 MB go through
``makiivka.extract.extract_figures`` once; quantulum3 (``parser.parse``) is slow, so it
gets a slice of the same text (50 KB by default). Both are reported in characters per second.

Accuracy against data/claims.csv (the reviewed ledger): a ledger row matches a found item
whose span overlaps the ledger figure's position in the article. makiivka must also get the
metric right ((value, metric) pairs); quantulum3 has no metric, so its quantities count as
(value, metric=None) and match on the value alone (value, or a bound equal to the low bound).
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from makiivka.extract.attribution import load_register
from makiivka.extract.figures import extract_figures
from makiivka.story import paths

DATA = paths.DATA_DIR
PUBLISHED = "2023-01-04"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _position(text: str, row: dict[str, str]) -> tuple[int, int]:
    """Return where a ledger row's figure is in its article."""
    at = -1
    for _ in range(int(row["occurrence"] or 1)):
        at = text.find(row["quote"], at + 1)
    start = at + row["quote"].index(row["figure"])
    return start, start + len(row["figure"])


def _score(found: dict[str, list[tuple[int, int, object, str | None]]], ledger, texts, metric):
    """Return precision, recall and F1 of found items (start, end, value, metric) per article."""
    matched = 0
    total = sum(len(items) for items in found.values())
    for article_id, items in found.items():
        used: set[int] = set()
        for row in (r for r in ledger if r["article_id"] == article_id):
            start, end = _position(texts[article_id], row)
            expected = {row["value"], row["value_low"]} - {""}
            for i, (a, b, value, what) in enumerate(items):
                if i in used or not (a < end and start < b):
                    continue
                if metric and what != row["metric"]:
                    continue
                if not metric and str(value) not in expected:
                    continue
                used.add(i)
                matched += 1
                break
    precision = matched / total if total else 0.0
    recall = matched / len(ledger)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _quantulum_items(parser, text: str) -> list[tuple[int, int, object, None]]:
    """Return quantulum3's quantities as (start, end, value, None)."""
    items = []
    for q in parser.parse(text):
        value = q.value
        value = int(value) if float(value).is_integer() else value
        items.append((q.span[0], q.span[1], value, None))
    return items


def main() -> None:
    """Print throughput and accuracy of both tools."""
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--megabytes", type=float, default=1.0)
    options.add_argument("--quantulum-kb", type=float, default=50.0)
    args = options.parse_args()

    articles = _rows(DATA / "articles.csv")
    texts = {a["article_id"]: (DATA / a["path"]).read_text(encoding="utf-8") for a in articles}
    ledger = _rows(DATA / "claims.csv")
    register = load_register()
    seed = "\n\n".join(texts.values()) + "\n\n"
    big = seed * max(1, int(args.megabytes * 1_000_000 / len(seed)))

    started = time.perf_counter()
    figures = extract_figures(big, PUBLISHED, register)
    ours = time.perf_counter() - started
    ours_rate = len(big) / ours

    from quantulum3 import parser  # imported here: its import alone takes seconds

    part = big[: int(args.quantulum_kb * 1000)]
    parser.parse("warm up 1 soldier")
    started = time.perf_counter()
    quantities = parser.parse(part)
    theirs = time.perf_counter() - started
    theirs_rate = len(part) / theirs

    print(f"makiivka extract: {len(big):,} chars in {ours:.3f} s = {ours_rate:,.0f} chars/s "
          f"({len(figures):,} figures)")  # fmt: skip
    print(f"quantulum3:       {len(part):,} chars in {theirs:.3f} s = {theirs_rate:,.0f} chars/s "
          f"({len(quantities):,} quantities)")  # fmt: skip
    print(f"throughput ratio: {ours_rate / theirs_rate:,.1f}x (goal >= 20x)")

    by_article = {
        a["article_id"]: [
            (f.start, f.end, f.value, f.metric)
            for f in extract_figures(texts[a["article_id"]], PUBLISHED, register, a["outlet"])
        ]
        for a in articles
    }
    q_by_article = {k: _quantulum_items(parser, t) for k, t in texts.items()}
    p, r, f = _score(by_article, ledger, texts, metric=True)
    print(f"makiivka extract on the seed ledger ((value, metric) pairs, span overlap): "
          f"precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")  # fmt: skip
    p, r, f = _score(q_by_article, ledger, texts, metric=False)
    print(f"quantulum3 on the seed ledger (value only: metric=None, span overlap):       "
          f"precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
