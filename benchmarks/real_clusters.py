"""How much factdiff flags on real news clusters that nobody wrote for it.

    HF_HUB_OFFLINE=1 python benchmarks/real_clusters.py [--nli] [--json OUT] [-v]

ECB+ (../shared/data/ecbplus, CC BY 3.0: Cybulska and Vossen 2014) holds 982 real
English news articles in 43 topics; within a topic, each sub-corpus ("ecb",
"ecbplus") reports one real event from several outlets. Each topic's sub-corpus
becomes one cluster of its (up to) four longest articles, detokenised, without
publication dates (ECB+ keeps none). Such reports mostly agree, and where they
differ it is most often a look-alike (another game's statistics, an earlier event
told as background, a figure that grew over the days): the error and warning
findings per cluster are an upper bound of the false alarms on real copy. Nothing
here is labelled: read a sample of the findings before calling a change better.

Prints the clusters, the flagged findings (all, across sources, within one
article) and their count by rule; -v prints each finding's summary, --json each
finding with its evidence.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, when imported by a test
from _common import SHARED  # noqa: E402

from factdiff.text import ptb_detok  # noqa: E402

ECBPLUS = SHARED / "data" / "ecbplus" / "ecbplus_docs.jsonl"
PER_CLUSTER = 4


def detokenise(tokens: list[str]) -> str:
    """ECB+'s tokenised sentence as prose: quotes, clitics, punctuation (ptb_detok),
    and numbers, quoted words, dashes and initials."""
    s = re.sub(r"(\d) ([,.:]) (\d)", r"\1\2\3", " ".join(tokens))  # "1 , 500", "2 : 09"
    s = ptb_detok(s)
    s = re.sub(r'" (.*?) "', r'"\1"', s)
    s = s.replace(" -- ", " — ")
    s = re.sub(r"(\w) - (\w)", r"\1-\2", s)
    s = re.sub(r"(\d)\. (\d)", r"\1.\2", s)
    return re.sub(r"\b([A-Z])\. ([A-Z])\.", r"\1.\2.", s)


def write_clusters(folder: Path) -> list[Path]:
    """One folder of articles per topic and sub-corpus with at least two articles."""
    groups: dict[tuple[int, str], list[dict]] = collections.defaultdict(list)
    with ECBPLUS.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            groups[(doc["topic"], doc["subcorpus"])].append(doc)
    out = []
    for (topic, sub), docs in sorted(groups.items()):
        docs = sorted(docs, key=lambda d: (-sum(map(len, d["sentences"])), d["doc"]))
        if len(docs) < 2:
            continue
        cluster = folder / f"t{topic:02d}-{sub}"
        cluster.mkdir()
        for doc in docs[:PER_CLUSTER]:
            body = "\n\n".join(detokenise(s.split()) for s in doc["sentences"])
            name = doc["doc"].removesuffix(".xml")
            (cluster / f"{name}.md").write_text(
                f'---\ntitle: "{name}"\nlang: en\n---\n{body}\n', encoding="utf-8"
            )
        out.append(cluster)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nli", action="store_true", help="with the NLI model (default: rules)")
    ap.add_argument("--json", type=Path, help="write every flagged finding here")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not ECBPLUS.is_file():
        sys.exit(f"{ECBPLUS} not found: the shared data must be beside the repository")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from factdiff.pipeline import Settings, run

    rows = []
    by_rule: collections.Counter[str] = collections.Counter()
    by_scope: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        folders = write_clusters(Path(tmp))
        for cluster in folders:
            files = sorted(str(p) for p in cluster.glob("*.md"))
            report = run(files, Settings(nli=args.nli))
            for f in report.findings:
                if f.severity not in ("error", "warning"):
                    continue
                by_rule[f.rule] += 1
                by_scope[f.scope] += 1
                rows.append(
                    {
                        "cluster": cluster.name,
                        "severity": f.severity,
                        "rule": f.rule,
                        "summary": f.summary,
                        "evidence": [e.text for e in f.evidence],
                    }
                )
                if args.verbose:
                    print(f"{cluster.name} {f.severity} {f.rule}: {f.summary[:160]}")
    total = len(rows)
    print(
        f"{len(folders)} real clusters, {total} flagged findings "
        f"({total / max(len(folders), 1):.2f} per cluster; across sources "
        f"{by_scope['across']}, within one article {by_scope['within']})"
    )
    for rule, n in by_rule.most_common():
        print(f"  {rule:24} {n}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
