"""Print how long ``import makiivka`` takes beside ``import pandas``, in fresh interpreters.

Usage: .venv/bin/python benchmarks/import_time.py [--repeat N]

The goal is no more than 0.15 s over pandas: Altair, vl-convert and the
notebook machinery load only when charts or notebooks are used.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def import_seconds(module: str, repeat: int) -> float:
    """Return the median time to import *module* in a fresh interpreter."""
    times = []
    for _ in range(repeat):
        code = PROBE.format(module=module)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    pandas = import_seconds("pandas", args.repeat)
    ours = import_seconds("makiivka", args.repeat)
    print(f"import pandas:   {pandas:.3f} s (median of {args.repeat} fresh interpreters)")
    print(f"import makiivka: {ours:.3f} s (includes pandas)")
    print(f"difference:      {ours - pandas:+.3f} s (goal <= 0.150 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
