"""Time `factdiff check seeds/` end to end, as a user runs it, over several runs.

    python benchmarks/seeds_speed.py [--runs 7] [--args "--no-nli"]

Prints each run's wall time, the median, and the ratio of the median to the
10-second budget of the product brief. Wall time includes interpreter start,
imports and model loading: what an editor waits for.
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_SECONDS = 10.0


def time_once(extra: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "factdiff.cli",
            "check",
            str(ROOT / "seeds"),
            "--format",
            "json",
            "--fail-on",
            "never",
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"factdiff failed ({proc.returncode}): {proc.stderr.strip()[-300:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--args", default="", help="extra arguments for factdiff check")
    args = parser.parse_args()
    extra = shlex.split(args.args)
    time_once(extra)  # warm the file cache; not counted
    times = []
    for i in range(args.runs):
        t = time_once(extra)
        times.append(t)
        print(f"run {i + 1}: {t:.2f} s")
    median = statistics.median(times)
    print(
        f"median {median:.2f} s over {args.runs} runs (min {min(times):.2f}, "
        f"max {max(times):.2f}); budget ratio {median / BUDGET_SECONDS:.2f} of "
        f"{BUDGET_SECONDS:.0f} s"
    )


if __name__ == "__main__":
    main()
