"""One article checked against itself (issue #14): recall, false flags, evidence.

Runs factdiff on each labelled single article of a set (default: benchmarks/within,
see its README and labels.json) and prints:

- recall: contradictory articles with at least one error/warning finding;
- false-flag rate: clean articles with at least one error/warning finding;
- balanced accuracy: the mean of recall and (1 - false-flag rate);
- evidence: of the flagged contradictory articles, those where one finding's
  evidence holds both labelled snippets (the labelled pair);
- the same per kind of contradiction, and each article's flagged findings with -v.

    python benchmarks/within_eval.py [SET_DIR] [--no-nli] [-v] [--json OUT]
    python benchmarks/within_eval.py --cmd "factdiff check {file} --format json"

With --cmd, each article goes through that command (its JSON report on stdout);
otherwise through factdiff.pipeline.run in this process, one model load for all.

    python benchmarks/within_eval.py --speed [--runs 5]

times `factdiff check` on a 1,500-word article (the set's articles joined, one
paragraph after the other) in a new process with the NLI cache off (cold), median
and spread over the runs, with the peak memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SET = HERE / "within"
FLAGGING = ("error", "warning")


def _report_inprocess(path: Path, nli: bool) -> dict:
    from factdiff.pipeline import Settings, run

    report = run([str(path)], Settings(nli=nli, cache=False))
    if report.skipped:  # an unread article is an error of the set, not a clean article
        raise SystemExit(f"{path}: not read: {report.skipped[0].reason}")
    return report.to_dict()


def _report_cmd(path: Path, cmd: str) -> dict:
    argv = [a.replace("{file}", str(path)) for a in shlex.split(cmd)]
    out = subprocess.run(argv, capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{path}: {cmd!r} exited {out.returncode}: {out.stderr.strip()}")
    return json.loads(out.stdout)


def _found(finding: dict, snippets: list[str]) -> bool:
    """Both labelled snippets in the finding's evidence (case-insensitive)."""
    texts = [e["text"].lower() for e in finding["evidence"]]
    return all(any(s.lower() in t for t in texts) for s in snippets)


def evaluate(set_dir: Path, report_of, verbose: bool = False) -> dict:
    labels = json.loads((set_dir / "labels.json").read_text(encoding="utf-8"))
    rows = []
    for label in labels:
        report = report_of(set_dir / label["file"])
        flagged = [f for f in report["findings"] if f["severity"] in FLAGGING]
        hit = bool(label["contradiction"]) and any(_found(f, label["snippets"]) for f in flagged)
        rows.append(
            {
                "file": label["file"],
                "lang": label.get("lang"),
                "contradiction": bool(label["contradiction"]),
                "kind": label.get("kind"),
                "flagged": bool(flagged),
                "evidence": hit,
                "findings": [f"{f['severity']} {f['rule']}: {f['summary']}" for f in flagged],
            }
        )
        if verbose:
            mark = "HIT " if hit else ("FLAG" if flagged else "-   ")
            print(f"{label['file']:10} {label.get('kind') or 'clean':10} {mark}", flush=True)
            for line in rows[-1]["findings"]:
                print(f"      {line[:150]}")
    return {"rows": rows, **_figures(rows)}


def _figures(rows: list[dict]) -> dict:
    bad = [r for r in rows if r["contradiction"]]
    clean = [r for r in rows if not r["contradiction"]]
    flagged_bad = [r for r in bad if r["flagged"]]
    recall = len(flagged_bad) / len(bad) if bad else 0.0
    false_flags = sum(r["flagged"] for r in clean) / len(clean) if clean else 0.0
    evidence = sum(r["evidence"] for r in flagged_bad) / len(flagged_bad) if flagged_bad else 0.0
    kinds: dict[str, dict[str, int]] = {}
    for r in bad:
        k = kinds.setdefault(r["kind"] or "?", {"articles": 0, "flagged": 0, "evidence": 0})
        k["articles"] += 1
        k["flagged"] += r["flagged"]
        k["evidence"] += r["evidence"]
    return {
        "contradictory": len(bad),
        "clean": len(clean),
        "recall": round(recall, 3),
        "false_flag_rate": round(false_flags, 3),
        "balanced_accuracy": round((recall + 1 - false_flags) / 2, 3),
        "evidence_in_flagged": round(evidence, 3),
        "evidence_recall": round(sum(r["evidence"] for r in bad) / len(bad), 3) if bad else 0.0,
        "by_kind": kinds,
    }


def _print_figures(fig: dict) -> None:
    print(
        f"contradictory articles {fig['contradictory']}, clean {fig['clean']}\n"
        f"recall (flagged contradictory)   {fig['recall']:.3f}\n"
        f"false-flag rate (flagged clean)  {fig['false_flag_rate']:.3f}\n"
        f"balanced accuracy                {fig['balanced_accuracy']:.3f}\n"
        f"labelled pair in flagged         {fig['evidence_in_flagged']:.3f}\n"
        f"labelled pair found (of all)     {fig['evidence_recall']:.3f}"
    )
    for kind, k in sorted(fig["by_kind"].items()):
        print(f"  {kind:10} {k['flagged']}/{k['articles']} flagged, {k['evidence']} with the pair")


def long_article(set_dir: Path, words: int = 1500) -> str:
    """A 1,500-word article: the set's bodies, paragraph after paragraph, under the
    front matter of its first article."""
    files = sorted(p for p in set_dir.glob("*.md") if p.name != "README.md")
    head = files[0].read_text(encoding="utf-8").split("---", 2)
    paragraphs: list[str] = []
    count = 0
    for f in files:
        for p in f.read_text(encoding="utf-8").split("---", 2)[2].split("\n\n"):
            if p.strip() and count < words:
                paragraphs.append(p.strip())
                count += len(p.split())
    return f"---{head[1]}---\n" + "\n\n".join(paragraphs) + "\n"


def speed(set_dir: Path, runs: int) -> None:
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.md"
        text = long_article(set_dir)
        path.write_text(text, encoding="utf-8")
        times = []
        entry = "import sys; from factdiff.cli import main; sys.exit(main())"
        argv = [sys.executable, "-c", entry, "check", str(path), "--format", "json"]
        argv += ["--no-cache", "--fail-on", "never"]
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, env={**os.environ})
            times.append(time.perf_counter() - t)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{len(text.split())}-word article, cold NLI cache, new process, {runs} runs: "
        f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}); "
        f"peak RSS {peak:.0f} MB; load average {os.getloadavg()[0]:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--no-nli", action="store_true")
    parser.add_argument("--cmd", help="a command whose stdout is the JSON report of {file}")
    parser.add_argument("--json", type=Path, help="write the figures and rows here")
    parser.add_argument("--speed", action="store_true", help="time a 1,500-word article")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.speed:
        speed(args.set_dir, args.runs)
        return 0
    if args.cmd:
        result = evaluate(args.set_dir, lambda p: _report_cmd(p, args.cmd), args.verbose)
    else:
        result = evaluate(
            args.set_dir, lambda p: _report_inprocess(p, not args.no_nli), args.verbose
        )
    _print_figures(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
