"""How factdiff scales with the number of stories in one run.

    python benchmarks/scale.py [--sizes 20,100,400] [--runs 3] [--nli] [--keep DIR]

A generator builds N distinct stories from the seeds and the dev clusters
(../shared/eval/dev): copy k of a cluster renames every proper noun (a
capitalised word that never occurs in lower case in the corpus: people,
places, organisations) with a per-copy suffix that reads like a name
("Macron" -> "Macronvelard"), consistently across the copy's articles, and
shifts every date (front matter, ISO dates, "16 avril", "April 16, 2025") by
k weeks so weekdays stay true. Copy 0 is the original. N = 20, 100, 400 gives
about 60, 300 and 1,200 articles, written to a temporary folder.

Each size is checked with `factdiff check DIR --format json --no-nli --stories on`
in a subprocess (and with NLI when --nli is given and a model is installed),
--runs times; prints the median wall time, the peak memory of the child
(resource.getrusage(RUSAGE_CHILDREN).ru_maxrss, each run in a fresh helper
process so the figure is that run's), the stories found, the NLI pairs, and
the ratio time(largest)/time(smallest). Goals: ratio <= 25 for 400/20,
1,200 articles in under 10 minutes, peak memory under 3 GB.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from _common import ROOT, clusters

from factdiff.lexicon import en as en_lexicon
from factdiff.lexicon import fr as fr_lexicon

MONTHS_FR = fr_lexicon.MONTH_NAMES
MONTHS_EN = en_lexicon.MONTH_NAMES
_MONTH = {m.lower(): i + 1 for i, m in enumerate(MONTHS_FR)}
_MONTH.update({m.lower(): i + 1 for i, m in enumerate(MONTHS_EN)})
_MONTHS_RE = "|".join(sorted(list(MONTHS_FR) + list(MONTHS_EN), key=len, reverse=True))
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(er)? ({_MONTHS_RE})\b(?: (\d{{4}}))?", re.IGNORECASE)
MONTH_DAY = re.compile(rf"\b({_MONTHS_RE}) (\d{{1,2}})\b(?:, (\d{{4}}))?")
WORD = re.compile(r"\b[^\W\d_][^\W\d_'’-]*\b")
SYLLABLES = [
    "vel",
    "ard",
    "mor",
    "tin",
    "bra",
    "kes",
    "lun",
    "dor",
    "ris",
    "van",
    "pel",
    "gan",
    "sor",
    "mik",
    "tal",
    "ber",
]


def token(k: int) -> str:
    """A name-like suffix, distinct for each copy k >= 1."""
    parts = []
    n = k
    for _ in range(3):
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
    return "".join(parts)


def proper_nouns(texts: list[str]) -> set[str]:
    """Capitalised words that never occur in lower case (nor are a month or a weekday)."""
    lower, capital = set(), set()
    for text in texts:
        for w in WORD.findall(text):
            (capital if w[0].isupper() else lower).add(w)
    lowered = {w.lower() for w in lower}
    calendar = set(_MONTH) | {
        d.lower()
        for d in (
            "lundi mardi mercredi jeudi vendredi samedi dimanche Monday Tuesday Wednesday "
            "Thursday Friday Saturday Sunday"
        ).split()
    }
    return {
        w
        for w in capital
        if len(w) >= 3 and w.lower() not in lowered | calendar and not w.isupper()
    }


def _shift_date(y: int, m: int, d: int, days: int) -> date | None:
    try:
        return date(y, m, d) + timedelta(days=days)
    except ValueError:
        return None


def shift_dates(text: str, days: int, year: int, lang_fr: bool) -> str:
    def iso(m: re.Match) -> str:
        new = _shift_date(int(m[1]), int(m[2]), int(m[3]), days)
        return new.isoformat() if new else m[0]

    def day_month(m: re.Match) -> str:
        new = _shift_date(int(m[4] or year), _MONTH[m[3].lower()], int(m[1]), days)
        if not new:
            return m[0]
        names = MONTHS_FR if m[3].lower() in MONTHS_FR else MONTHS_EN
        month = names[new.month - 1]
        month = month.capitalize() if m[3][0].isupper() else month.lower()
        first = "er" if new.day == 1 and names is MONTHS_FR else ""
        return f"{new.day}{first} {month}" + (f" {new.year}" if m[4] else "")

    def month_day(m: re.Match) -> str:
        new = _shift_date(int(m[3] or year), _MONTH[m[1].lower()], int(m[2]), days)
        if not new:
            return m[0]
        return f"{MONTHS_EN[new.month - 1]} {new.day}" + (f", {new.year}" if m[3] else "")

    text = ISO.sub(iso, text)
    text = DAY_MONTH.sub(day_month, text)
    return MONTH_DAY.sub(month_day, text)


def make_copy(text: str, k: int, names: set[str]) -> str:
    if k == 0:
        return text
    suffix = token(k)
    published = re.search(r"^published:\s*(\d{4})-", text, re.MULTILINE)
    year = int(published[1]) if published else 2025
    out = WORD.sub(lambda m: m[0] + suffix if m[0] in names else m[0], text)
    return shift_dates(out, 7 * k, year, True)


def generate(n_stories: int, out: Path) -> int:
    """Write n_stories stories under `out`; return the number of articles."""
    bases = clusters()
    texts = {f: Path(f).read_text(encoding="utf-8") for _, files, _ in bases for f in files}
    names = proper_nouns(list(texts.values()))
    count = 0
    for i in range(n_stories):
        k, (name, files, _) = divmod(i, len(bases))[0], bases[i % len(bases)]
        folder = out / f"s{i:04d}-{name}"
        folder.mkdir(parents=True)
        for f in files:
            (folder / Path(f).name).write_text(make_copy(texts[f], k, names), encoding="utf-8")
            count += 1
    return count


_CHILD = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
dt = time.perf_counter() - t
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
stats, stories = {}, 0
if p.returncode in (0, 1):
    report = json.loads(p.stdout)
    stats, stories = report["stats"], len(report.get("stories", []))
print(json.dumps({"rc": p.returncode, "sec": dt, "kb": kb, "stats": stats,
                  "stories": stories, "err": p.stderr[-400:]}))
"""


def check_once(folder: Path, nli: bool) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "factdiff.cli",
        "check",
        str(folder),
        "--format",
        "json",
        "--fail-on",
        "never",
        "--stories",
        "on",
        "--quiet",
    ]
    cmd += ["--no-cache"] if nli else ["--no-nli"]
    p = subprocess.run(
        [sys.executable, "-c", _CHILD, *cmd], capture_output=True, text=True, check=True
    )
    result = json.loads(p.stdout)
    if result["rc"] not in (0, 1):
        sys.exit(f"factdiff failed ({result['rc']}): {result['err']}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,100,400")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--nli", action="store_true", help="also run with the installed model")
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    modes = [False]
    if args.nli:
        from factdiff.nli.paths import default_model_available

        if default_model_available():
            modes.append(True)
        else:
            print("no NLI model installed (models/nli): rules only")
    base = args.keep or Path(tempfile.mkdtemp(prefix="factdiff-scale-"))
    medians: dict[tuple[bool, int], float] = {}
    try:
        for n in sizes:
            folder = base / f"n{n}"
            if folder.exists():
                shutil.rmtree(folder)
            articles = generate(n, folder)
            for nli in modes:
                runs = [check_once(folder, nli) for _ in range(args.runs)]
                sec = statistics.median(r["sec"] for r in runs)
                medians[(nli, n)] = sec
                peak = max(r["kb"] for r in runs) / 1024
                last = runs[-1]
                print(
                    f"N={n:4d} stories ({articles:5d} articles, {last['stories']:4d} found) "
                    f"{'NLI  ' if nli else 'rules'}: median {sec:7.2f} s over {args.runs} "
                    f"(min {min(r['sec'] for r in runs):.2f}), peak RSS {peak:7.0f} MB, "
                    f"NLI pairs {last['stats'].get('pairs_scored_nli', 0)}, stage seconds "
                    f"{json.dumps(last['stats'].get('seconds', {}))}",
                    flush=True,
                )
        for nli in modes:
            lo, hi = min(sizes), max(sizes)
            print(
                f"{'NLI' if nli else 'rules'}: ratio time({hi})/time({lo}) = "
                f"{medians[(nli, hi)] / medians[(nli, lo)]:.1f} "
                f"(stories x{hi / lo:.0f}; goal <= 25)"
            )
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
