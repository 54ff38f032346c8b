"""Time ``makiivka build`` against the same work run one step after another, and its floor.

The peer runs ``jupyter nbconvert --to notebook --execute`` on each notebook in
turn, then ``makiivka export`` (every chart, every format), the tidy data export
and ``jupyter nbconvert --to html`` of the executed notebooks. Each side runs RUNS
times (median reported); the build writes into a temporary folder (and rewrites
``notebooks/`` only where a byte changed, as ``makiivka build`` does).

The floor is what a build cannot avoid, each part measured here: one kernel start,
``import pandas, altair`` in a fresh process (through ``import makiivka``), the
vl-convert cold start (its bundled fonts loaded), the chart renders (warm, every
format), vl-convert's offline HTML bundle and the report. The build caches the
HTML bundle across runs (``makiivka.publish.cache``), so the floor is also printed
without it. Goals
(issue 13): build ≤ 0.25 × peer and ≤ 1.5 × floor. Prints figures, asserts nothing.
Run: ``.venv/bin/python benchmarks/build.py [--runs 3]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
DATA_EXPORT = (
    "import sys; from pathlib import Path; from makiivka.publish import export; "
    "from makiivka.story import load; "
    "export.write_files(export.data_files(load.read_dataset()), Path(sys.argv[1]))"
)
IMPORT = (
    "import time; t = time.perf_counter(); import makiivka, pandas, altair; "
    "print(time.perf_counter() - t)"
)
COLD_START = (
    "import time; from makiivka.publish.fonts import bundled_vl_convert; "
    "t = time.perf_counter(); "
    "bundled_vl_convert().vegalite_to_svg({'mark': 'point', 'data': {'values': [{'a': 1}]}}); "
    "print(time.perf_counter() - t)"
)
KERNEL_START = """
import time
from jupyter_client.manager import start_new_kernel
t = time.perf_counter()
manager, client = start_new_kernel(kernel_name="python3")
print(time.perf_counter() - t)
client.stop_channels(); manager.shutdown_kernel(now=True)
"""
GOAL_PEER, GOAL_FLOOR = 0.25, 1.5


def run(command: list[str]) -> str:
    """Run *command* quietly and return its output, failing loudly if it fails."""
    done = subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)
    return done.stdout


def timed_build(scratch: Path) -> float:
    """Return the wall time of one ``makiivka build`` into *scratch*."""
    started = time.perf_counter()
    run([str(BIN / "makiivka"), "build", "--out", str(scratch / "build-out")])
    return time.perf_counter() - started


def timed_peer(scratch: Path) -> float:
    """Return the wall time of the sequential nbconvert runs plus the same exports."""
    executed = scratch / "executed"
    started = time.perf_counter()
    for notebook in NOTEBOOKS:
        run(
            [
                str(BIN / "jupyter"), "nbconvert", "--to", "notebook", "--execute",
                str(notebook), "--output-dir", str(executed),
            ]
        )  # fmt: skip
    run([str(BIN / "makiivka"), "export", "--out", str(scratch / "charts")])
    run([sys.executable, "-c", DATA_EXPORT, str(scratch / "data")])
    run(
        [
            str(BIN / "jupyter"), "nbconvert", "--to", "html", "--output-dir",
            str(scratch / "report"), *map(str, sorted(executed.glob("*.ipynb"))),
        ]
    )  # fmt: skip
    return time.perf_counter() - started


def in_process_parts() -> dict[str, float]:
    """Return the warm renders, the HTML bundle and the report, timed in this process."""
    import nbformat

    from makiivka.publish import build, export
    from makiivka.publish.fonts import bundled_vl_convert
    from makiivka.story import load

    specs = export.chart_specs(load.read_dataset())
    export.render_charts(specs, export.FORMATS)  # warm-up
    started = time.perf_counter()
    export.render_charts(specs, export.FORMATS)
    renders = time.perf_counter() - started
    started = time.perf_counter()
    bundled_vl_convert().vegalite_to_html({"mark": "point"}, bundle=True)
    bundle = time.perf_counter() - started
    books = [nbformat.read(path, as_version=4) for path in NOTEBOOKS]
    started = time.perf_counter()
    build.report_html(books, "report")
    report = time.perf_counter() - started
    return {"the renders (warm)": renders, "offline HTML bundle": bundle, "the report": report}


def floor_parts() -> dict[str, float]:
    """Return each unavoidable part of a build, in seconds, measured now."""
    parts = {
        "one kernel start": float(run([sys.executable, "-c", KERNEL_START]).split()[-1]),
        "pandas + Altair import": float(run([sys.executable, "-c", IMPORT]).split()[-1]),
        "vl-convert cold start": float(run([sys.executable, "-c", COLD_START]).split()[-1]),
    }
    return parts | in_process_parts()


def main() -> None:
    """Print build and peer medians, the floor and both ratios against their goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    builds, peers = [], []
    for number in range(1, runs + 1):
        with tempfile.TemporaryDirectory() as scratch:
            builds.append(timed_build(Path(scratch)))
            peers.append(timed_peer(Path(scratch)))
        print(f"run {number}: build {builds[-1]:.2f} s, peer {peers[-1]:.2f} s")
    build, peer = statistics.median(builds), statistics.median(peers)
    parts = floor_parts()
    floor = sum(parts.values())
    cached_floor = floor - parts["offline HTML bundle"]
    print(f"makiivka build (median of {runs}): {build:.2f} s")
    print(f"sequential nbconvert + exports (median of {runs}): {peer:.2f} s")
    print(f"floor: {floor:.2f} s ({cached_floor:.2f} s without the HTML bundle, which is cached)")
    for name, seconds in parts.items():
        print(f"  {name}: {seconds:.2f} s")
    ratios = {
        f"build / peer (goal ≤ {GOAL_PEER})": (build / peer, GOAL_PEER),
        f"build / floor (goal ≤ {GOAL_FLOOR})": (build / floor, GOAL_FLOOR),
        "build / floor without the bundle": (build / cached_floor, GOAL_FLOOR),
    }
    for name, (ratio, _) in ratios.items():
        print(f"ratio {name}: {ratio:.2f}")
    if build / peer <= GOAL_PEER and build / floor <= GOAL_FLOOR:
        print("goal met")
    else:
        print(
            f"goal not met: build {build:.2f} s is {build / peer:.2f} × the peer and "
            f"{build / floor:.2f} × the floor; beyond the floor it builds every chart's spec "
            "twice (here and in a kernel, Altair validation ~1.5 s on two cores)"
        )


if __name__ == "__main__":
    main()
