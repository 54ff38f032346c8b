"""Time ``makiivka build`` against running the same work one step after another.

The baseline runs ``jupyter nbconvert --to notebook --execute`` on each notebook
in turn, then ``makiivka export`` (every chart, every format), the tidy data
export and ``jupyter nbconvert --to html`` of the executed notebooks. Each side
runs RUNS times (median reported); the build writes into a temporary folder.
Then it times each export format in-process, after warm-up. Prints figures and
asserts nothing. Run: ``.venv/bin/python benchmarks/build.py [--runs 3]``.
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
    "import sys; from pathlib import Path; from makiivka import export, load; "
    "export.write_files(export.data_files(load.read_dataset()), Path(sys.argv[1]))"
)


def run(command: list[str]) -> None:
    """Run *command* quietly, failing loudly if it fails."""
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)


def timed_build(scratch: Path) -> float:
    """Return the wall time of one ``makiivka build`` into *scratch*."""
    started = time.perf_counter()
    run([str(BIN / "makiivka"), "build", "--out", str(scratch / "build-out")])
    return time.perf_counter() - started


def timed_baseline(scratch: Path) -> float:
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


def format_times() -> dict[str, float]:
    """Return seconds per format for all charts, rendered in-process after a warm-up."""
    from makiivka import export, load

    specs = export.chart_specs(load.read_dataset())
    export.render_charts(specs, export.FORMATS)
    times = {}
    for fmt in export.FORMATS:
        started = time.perf_counter()
        export.render_charts(specs, [fmt])
        times[fmt] = time.perf_counter() - started
    return times


def main() -> None:
    """Print build and baseline medians, their ratio, and per-format export times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    builds, baselines = [], []
    for number in range(1, runs + 1):
        with tempfile.TemporaryDirectory() as scratch:
            builds.append(timed_build(Path(scratch)))
            baselines.append(timed_baseline(Path(scratch)))
        print(f"run {number}: build {builds[-1]:.2f} s, baseline {baselines[-1]:.2f} s")
    build, baseline = statistics.median(builds), statistics.median(baselines)
    print(f"makiivka build (median of {runs}): {build:.2f} s")
    print(f"sequential nbconvert + exports (median of {runs}): {baseline:.2f} s")
    print(f"ratio build / baseline: {build / baseline:.2f} (goal ≤ 0.50)")
    for fmt, seconds in format_times().items():
        print(f"export {fmt:>4}: {seconds:.3f} s for all charts (warm, in-process)")


if __name__ == "__main__":
    main()
