"""Writers at once: concurrent ingests and reviews in separate processes lose and double nothing."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

from makiivka.story import load

WRITERS = 4
ROUNDS = 3


def _command(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "makiivka.cli", *args, "--data", str(data)]


def _run_at_once(commands: list[list[str]], cwd: Path) -> list[subprocess.CompletedProcess]:
    processes = [
        subprocess.Popen(c, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    results = []
    for command, process in zip(commands, processes, strict=True):
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return results


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_four_ingests_at_once_each_land_exactly_once(data_copy, tmp_path):
    root = Path(__file__).resolve().parents[2]
    expected_titles = []
    for round_ in range(ROUNDS):
        commands = []
        for writer in range(WRITERS):
            n = round_ * WRITERS + writer
            article = tmp_path / f"article-{n}.txt"
            article.write_text(
                f"Makiivka, 5 January 2023.\nUkraine said {400 + n} soldiers were killed "
                f"and {300 + n} were wounded.\n",
                encoding="utf-8",
            )
            title = f"Strike report number {n}"
            expected_titles.append(title)
            commands.append(
                _command(data_copy, "ingest", str(article), "--outlet", "ap", "--title", title,
                         "--published", "2023-01-05")
            )  # fmt: skip
        for result in _run_at_once(commands, root):
            assert result.returncode == 0, result.stderr
        assert load.validate(data_copy) == []
    articles = _rows(data_copy / "articles.csv")
    claims = _rows(data_copy / "claims.csv")
    assert sorted(r["title"] for r in articles if r["outlet"] == "ap") == sorted(expected_titles)
    ids = [r["claim_id"] for r in claims]
    assert len(ids) == len(set(ids)) == 17 + 2 * WRITERS * ROUNDS
    per_article = Counter(r["article_id"] for r in claims if r["status"] == "proposed")
    assert sorted(per_article.values()) == [2] * (WRITERS * ROUNDS)
    figures = sorted(int(r["value"]) for r in claims if r["status"] == "proposed")
    n = WRITERS * ROUNDS
    assert figures == sorted([400 + i for i in range(n)] + [300 + i for i in range(n)])
    assert sorted(ids)[-1] == f"c{17 + 2 * n:03d}"
    assert not [p.name for p in data_copy.iterdir() if p.name.startswith(".makiivka-")]


def test_two_reviews_at_once_write_no_duplicate_seal(data_copy):
    root = Path(__file__).resolve().parents[2]
    sealed = data_copy / "reviewed.csv"
    lines = sealed.read_text(encoding="utf-8").split("\n")
    kept = [x for x in lines if not x.startswith(("c015,", "c016,", "c017,"))]
    sealed.write_text("\n".join(kept), encoding="utf-8")
    results = _run_at_once([_command(data_copy, "review")] * 2, root)
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    outs = sorted(r.stdout for r in results)
    assert outs[0].startswith("nothing to seal") and "sealed 3 claims" in outs[1], outs
    ids = [r["claim_id"] for r in _rows(sealed)]
    assert ids == [f"c{n:03d}" for n in range(1, 18)]
    assert load.validate(data_copy) == []
