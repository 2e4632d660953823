"""How far a finding's severity and confidence can be trusted (issue #12): the
reliability of factdiff's findings on labelled clusters.

Runs `factdiff check` on every cluster of each labelled set and counts, as
../shared/eval/score.py does, a finding of severity error or warning as right
when its evidence covers a labelled discrepancy. Prints per set:

- the precision of each severity among findings across sources (those of one
  article against itself, which no cross-source label covers, are counted
  apart): `error` is meant to be right at least 90% of
  the time (what a CI gate on `--fail-on error` stops on);
- the reliability curve: findings by confidence bin, with the share right in
  each (a calibrated confidence has the share near the bin);
- the precision of each rule, error and warning apart.

    python benchmarks/reliability.py [SET ...] [--no-nli] [--json OUT]

Sets default to ../shared/eval/dev2, benchmarks/dev3 and benchmarks/dev4; give
benchmarks/heldout to measure the held-out clusters (never to tune on them).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, when imported by a test
from _common import ROOT, SHARED, cluster_dirs, score_module  # noqa: E402

DEFAULT_SETS = (
    SHARED / "eval" / "dev2",
    ROOT / "benchmarks" / "dev3",
    ROOT / "benchmarks" / "dev4",
)
BINS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)
ERROR_PRECISION_BAR = 0.9


@dataclass(frozen=True)
class Judged:
    """One error or warning finding of a labelled cluster, and whether it is right."""

    cluster: str
    rule: str
    severity: str
    confidence: float
    right: bool
    scope: str = "across"


def judge(cluster: str, report: dict, gold: dict) -> list[Judged]:
    """The error and warning findings of a report, each right when score.py's own
    coverage (its `_covers`) finds a labelled discrepancy in its evidence."""
    covers = score_module()._covers
    return [
        Judged(
            cluster,
            f.get("rule") or f["kind"],
            f["severity"],
            float(f["confidence"]),
            any(covers(f, d["sources"], d["snippets"]) for d in gold.get("discrepancies", [])),
            f.get("scope", "across"),
        )
        for f in report["findings"]
        if f["severity"] in ("error", "warning")
    ]


def run_set(folder: Path, extra: list[str]) -> list[Judged]:
    out: list[Judged] = []
    for d in cluster_dirs(folder):
        files = [
            str(p)
            for p in sorted(d.iterdir())
            if p.suffix in (".md", ".txt", ".html", ".json") and p.name != "gold.json"
        ]
        proc = subprocess.run(
            ["factdiff", "check", *files, "--format", "json", "--fail-on", "never", *extra],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode not in (0, 1):
            sys.exit(f"{d}: factdiff exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        out.extend(judge(d.name, json.loads(proc.stdout), gold))
    return out


def precision(rows: Iterable[Judged]) -> tuple[int, int]:
    rows = list(rows)
    return sum(r.right for r in rows), len(rows)


def curve(rows: list[Judged]) -> list[tuple[float, float, int, int]]:
    """(low, high, right, findings) per confidence bin."""
    out = []
    for low, high in zip(BINS, BINS[1:], strict=False):
        right, n = precision(r for r in rows if low <= r.confidence < high)
        out.append((low, min(high, 1.0), right, n))
    return out


def _ratio(right: int, n: int) -> str:
    return f"{right}/{n} = {right / n:.2f}" if n else "0/0"


def summary(name: str, rows: list[Judged]) -> dict:
    """Figures of one set. Findings of one article against itself (scope "within") are
    counted apart: a cross-source label never covers them (benchmarks/within_eval.py
    measures them), and score.py counts them as wrong."""
    across = [r for r in rows if r.scope != "within"]
    by_severity = {s: precision(r for r in across if r.severity == s) for s in ("error", "warning")}
    rules: Counter[tuple[str, str, bool]] = Counter()
    for r in across:
        rules[(r.rule, r.severity, r.right)] += 1
    return {
        "set": name,
        "findings": len(rows),
        "precision": precision(rows),
        "within": len(rows) - len(across),
        "by_severity": by_severity,
        "error_meets_bar": by_severity["error"][1] == 0
        or by_severity["error"][0] / by_severity["error"][1] >= ERROR_PRECISION_BAR,
        "curve": curve(across),
        "rules": {
            rule: {
                sev: (
                    rules[(rule, sev, True)],
                    rules[(rule, sev, True)] + rules[(rule, sev, False)],
                )
                for sev in ("error", "warning")
            }
            for rule in sorted({r.rule for r in across})
        },
    }


def print_summary(s: dict) -> None:
    print(
        f"\n{s['set']}: {s['findings']} error/warning findings, precision {_ratio(*s['precision'])}"
    )
    for sev, (right, n) in s["by_severity"].items():
        print(f"  {sev:<8} {_ratio(right, n)}")
    bar = "meets" if s["error_meets_bar"] else "misses"
    print(f"  error precision {bar} the {ERROR_PRECISION_BAR:.0%} bar")
    if s["within"]:
        print(f"  (and {s['within']} within-article findings, counted wrong by score.py)")
    print("  confidence   right/findings")
    for low, high, right, n in s["curve"]:
        if n:
            print(f"  [{low:.1f}, {high:.1f})  {_ratio(right, n)}")
    print("  rule                  error        warning")
    for rule, cells in s["rules"].items():
        print(f"  {rule:<20}  {_ratio(*cells['error']):<12} {_ratio(*cells['warning'])}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, help="labelled cluster folders")
    ap.add_argument("--no-nli", action="store_true", help="rules only")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    extra = ["--no-nli"] if args.no_nli else []
    summaries = []
    for folder in args.sets or list(DEFAULT_SETS):
        if not folder.is_dir():
            sys.exit(f"{folder}: not a folder of labelled clusters")
        rows = run_set(folder, extra)
        s = summary(folder.name, rows)
        summaries.append(s)
        print_summary(s)
    if args.json:
        args.json.write_text(json.dumps({"sets": summaries}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
