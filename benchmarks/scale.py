"""Time validate + load of a 100,000-claim ledger over 10,000 articles against pandas.read_csv.

Usage: .venv/bin/python benchmarks/scale.py [--claims N] [--articles M] [--repeat R]
       .venv/bin/python benchmarks/scale.py --build [--sizes 100,1000,10000,100000]

``--build`` writes a synthetic story of each size (``benchmarks/ledger.py``: articles
a tenth of the claims) and runs ``makiivka build --story DIR -q`` on it, printing per
size the build's wall time, its peak memory (the largest process: the build or one
of its notebook kernels), the largest chart page, the report, the largest notebook
and all outputs and notebooks, beside ``validate`` + load of the same story (the
named peer), and the growth exponent of each between sizes (log t2/t1 ÷ log n2/n1;
1.0 is linear).

Writes a synthetic data folder to a temporary directory (articles, claimants,
claims with verbatim quotes, the shipped datapackage.json), then prints the
median wall time of ``makiivka.read_dataset`` (every check: sha256 of every
article, every quote found, bounds, references, supersedes) beside
``pandas.read_csv`` of the same claims.csv, and their ratio.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from makiivka import read_dataset
from makiivka.story import claim_checks, load, paths
from makiivka.story.corrections import TRACKED
from makiivka.story.load import read_package

PHRASES = [
    ("at least {n} soldiers were killed", "at least {n}", "killed", "at_least", 0, None),
    ("another {n} were wounded", "{n}", "wounded", "exact", 0, 0),
    ("more than {n} people died", "more than {n}", "killed", "more_than", 1, None),
    ("about {n} were hurt", "about {n}", "wounded", "about", 0, 0),
]
CLAIMANTS = ["russia_mod", "ukraine_military", "uk_mod", "nbc_news"]


def write_folder(root: Path, claims: int, articles: int) -> None:
    """Write a synthetic, valid data folder of *claims* rows over *articles* texts."""
    (root / "articles").mkdir(parents=True)
    for name in ("datapackage.json", "claimants.csv", "corrections.csv"):
        shutil.copy(paths.DATA_DIR / name, root)
    columns = {name: r.columns for name, r in read_package().resources.items()}
    per_article = claims // articles
    with (
        open(root / "articles.csv", "w", newline="", encoding="utf-8") as register,
        open(root / "claims.csv", "w", newline="", encoding="utf-8") as ledger,
        open(root / "reviewed.csv", "w", newline="", encoding="utf-8") as seals,
    ):
        reg = csv.writer(register, lineterminator="\n")
        led = csv.writer(ledger, lineterminator="\n")
        seal = csv.writer(seals, lineterminator="\n")
        reg.writerow(columns["articles"])
        led.writerow(columns["claims"])
        seal.writerow(columns["reviewed"])
        claim_columns = columns["claims"]
        claim = 0
        for a in range(articles):
            article_id = f"a{a:05d}"
            sentences, rows = [], []
            for k in range(per_article):
                n = 10 + (a * 7 + k * 13) % 900
                quote, figure, metric, qualifier, low_add, high_add = PHRASES[k % len(PHRASES)]
                quote = f"In report {k}, {quote.format(n=n)}"
                sentences.append(quote + ".")
                claim += 1
                high = "" if high_add is None else n + high_add
                rows.append([
                    f"c{claim:06d}", article_id, quote, "", figure.format(n=n), CLAIMANTS[k % 4],
                    "", metric, "strike", n, n + low_add, high, qualifier, "people", "2023-01-03",
                    "article", "", "reviewed", "",
                ])  # fmt: skip
            blob = (f"Synthetic article {a}.\n\n" + "\n\n".join(sentences) + "\n").encode()
            (root / "articles" / f"{article_id}.txt").write_bytes(blob)
            reg.writerow([
                article_id, "nbc_news", f"Article {a}", "", "2023-01-04", "stated", "en",
                f"articles/{article_id}.txt", hashlib.sha256(blob).hexdigest(), "",
            ])  # fmt: skip
            led.writerows(rows)
            seal.writerows(
                [row[0]] + [row[claim_columns.index(name)] for name in TRACKED] for row in rows
            )


def read_everything(root: Path) -> None:
    """Read what validation must read, and nothing more: every CSV and every article's bytes."""
    for table in root.glob("*.csv"):
        pd.read_csv(table, dtype=object, keep_default_na=False)
    for article in (root / "articles").iterdir():
        article.read_bytes()


def median_time(function, repeat: int) -> tuple[float, float]:
    """Return the median wall time and the median CPU time of *repeat* calls of *function*.

    CPU time (this process's) is printed beside wall time because two cores are
    shared with other work here: waiting for a core inflates wall time, not CPU time.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def time_stages(root: Path) -> dict[str, float]:
    """Return the CPU time of each stage of one validate + load, by the loader's steps.

    Wraps the steps ``makiivka.story.load`` calls (whichever of them it has)
    for one run; what no step accounts for is reported as "other".
    """
    spent: dict[str, float] = {}
    originals = {}

    def timed(name, function):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[STAGES[name]] = spent.get(STAGES[name], 0.0) + time.process_time() - start

        return run

    for module, name in STAGE_FUNCTIONS:
        if hasattr(module, name):
            originals[module, name] = getattr(module, name)
            setattr(module, name, timed(name, originals[module, name]))
    try:
        start = time.process_time()
        read_dataset(root)
        total = time.process_time() - start
    finally:
        for (module, name), function in originals.items():
            setattr(module, name, function)
    spent["other (descriptor, frames kept, problems sorted)"] = total - sum(spent.values())
    return spent


STAGES = {
    "read_table": "read, decode and count the fields of every CSV",
    "check_cells": "cell checks (types, vocabularies, patterns, unique ids)",
    "check_foreign_keys": "references between tables",
    "_read_articles": "read every article",
    "check_articles": "sha256 and UTF-8 of every article",
    "check_quotes": "find every quote in its article",
    "check_bounds": "bounds against qualifiers",
    "check_figures": "figures read by parse_quantity",
    "check_supersedes": "revisions",
    "check_stated_before_published": "stated before published",
    "check_corrections": "corrections replayed over reviewed.csv",
    "typed_frame": "typed frames (Int64, categoricals, UTC timestamps)",
    "join_claims": "join claims with claimants and articles",
}
STAGE_FUNCTIONS = [
    (load, name) for name in STAGES if not name.startswith("check_") or hasattr(load, name)
]
STAGE_FUNCTIONS += [(claim_checks, name) for name in STAGES if hasattr(claim_checks, name)]

GOAL = 3.0


def measure_build(claims: int) -> dict[str, float]:
    """Write a story of *claims* claims, time validate + load and ``makiivka build`` on it."""
    import subprocess

    from ledger import write_story

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "story"
        root.mkdir()
        write_story(root, claims)
        start = time.perf_counter()
        read_dataset(root / "data")
        loaded = time.perf_counter() - start
        # A child that runs the build and reports the peak resident memory of the largest
        # process it waited for (the build, or a notebook kernel the build waited for).
        probe = (
            "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)"
        )
        command = [str(Path(sys.executable).parent / "makiivka"), "build", "--story", str(root)]
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", probe, *command, "-q"], capture_output=True, text=True
        )
        built = time.perf_counter() - start
        if done.returncode:
            raise SystemExit(f"build of {claims:,} claims failed:\n{done.stdout}{done.stderr}")
        outputs = [p for p in (root / "outputs").rglob("*") if p.is_file()]
        notebooks = list((root / "notebooks").glob("*.ipynb"))
        pages = [p for p in outputs if p.suffix == ".html" and p.parent.name == "charts"]
        pages = [p for p in pages if not p.name.endswith(".embed.html")]
        ledger = [p for p in pages if p.name.startswith("ledger-")]
        pages = [p for p in pages if p not in ledger]
        return {
            "claims": claims,
            "load": loaded,
            "build": built,
            "memory": int(done.stdout.split()[-1]) / 1024,
            "page": max(p.stat().st_size for p in pages) / 1024,
            "ledger": max([p.stat().st_size for p in ledger], default=0) / 1024,
            "report": (root / "outputs" / "report.html").stat().st_size / 1024**2,
            "notebook": max(p.stat().st_size for p in notebooks) / 1024**2,
            "outputs": sum(p.stat().st_size for p in outputs) / 1024**2,
            "notebooks": sum(p.stat().st_size for p in notebooks) / 1024**2,
        }


def growth(rows: list[dict], key: str) -> list[str]:
    """Return the growth exponent of *key* between each size and the one before ("" first)."""
    import itertools
    import math

    return [""] + [
        f"{math.log(b[key] / a[key]) / math.log(b['claims'] / a['claims']):.2f}"
        for a, b in itertools.pairwise(rows)
    ]


def build_table(sizes: list[int]) -> int:
    """Print the build's time, memory and output sizes per ledger size (``--build``)."""
    print(
        f"{'claims':>8} {'validate+load s':>15} {'build s':>8} {'x load':>7} {'peak MB':>8} "
        f"{'page KB':>8} {'ledger KB':>9} {'report MB':>9} {'notebook MB':>11} "
        f"{'outputs MB':>10} {'notebooks MB':>12} {'exp load':>8} {'exp build':>9}"
    )
    rows = []
    for claims in sizes:
        rows.append(measure_build(claims))
        row = rows[-1]
        exp_load, exp_build = growth(rows, "load")[-1], growth(rows, "build")[-1]
        print(
            f"{claims:>8,} {row['load']:>15.2f} {row['build']:>8.1f} "
            f"{row['build'] / row['load']:>7.1f} {row['memory']:>8.0f} {row['page']:>8.0f} "
            f"{row['ledger']:>9.0f} {row['report']:>9.2f} {row['notebook']:>11.2f} "
            f"{row['outputs']:>10.1f} {row['notebooks']:>12.1f} {exp_load:>8} {exp_build:>9}",
            flush=True,
        )
    print(
        "page: the largest chart page (embed snippets aside); ledger: the largest page of "
        "the ledger's rows; report: outputs/report.html; "
        "notebook: the largest executed notebook; peak MB: the largest process's peak RSS; "
        "exp: growth exponent from the size above (1.0 = linear)."
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="time makiivka build per size")
    parser.add_argument("--sizes", default="100,1000,10000,100000", help="claims per story")
    args = parser.parse_args()
    if args.build:
        sys.path.insert(0, str(Path(__file__).parent))
        return build_table([int(size) for size in args.sizes.split(",")])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        write_folder(root, args.claims, args.articles)
        dataset = read_dataset(root)  # warm up, and prove the folder is valid
        assert len(dataset.claims) == args.claims
        ours = median_time(lambda: read_dataset(root), args.repeat)
        peer = median_time(lambda: pd.read_csv(root / "claims.csv"), args.repeat)
        floor = median_time(lambda: read_everything(root), args.repeat)
        stages = time_stages(root)
    wall, cpu = ours[0] / peer[0], ours[1] / peer[1]
    print(f"claims: {args.claims:,} over {args.articles:,} articles (median of {args.repeat})")
    print(f"makiivka validate + load: {ours[0]:.3f} s (CPU {ours[1]:.3f} s)")
    print(f"pandas.read_csv(claims.csv): {peer[0]:.3f} s (CPU {peer[1]:.3f} s)")
    print(f"ratio: {wall:.2f}x wall, {cpu:.2f}x CPU (goal <= {GOAL:g}x)")
    print(
        f"I/O floor, pandas.read_csv of every CSV plus reading every article: {floor[0]:.3f} s "
        f"(CPU {floor[1]:.3f} s; {floor[0] / peer[0]:.2f}x pandas.read_csv(claims.csv); "
        f"validate + load is {ours[0] / floor[0]:.2f}x the floor)"
    )
    print("where the CPU time of one validate + load goes:")
    for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {seconds:6.3f} s  {seconds / peer[1]:5.2f}x  {stage}")
    if max(wall, cpu) <= GOAL:
        print(f"goal met: validate + load is within {GOAL:g}x pandas.read_csv(claims.csv)")
    else:
        reading = sum(stages.get(STAGES[name], 0.0) for name in ("read_table", "_read_articles"))
        rest = sorted(
            (
                (s, n)
                for n, s in stages.items()
                if n not in (STAGES["read_table"], STAGES["_read_articles"])
            ),
            reverse=True,
        )[:3]
        print(
            f"goal missed: {wall:.2f}x ({cpu:.2f}x in CPU time). In the way: reading every CSV "
            f"as text cells (pandas' C reader, object strings) and every article costs "
            f"{reading / peer[1]:.2f}x on its own; the largest other stages: "
            + "; ".join(f"{n} {s / peer[1]:.2f}x" for s, n in rest)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
