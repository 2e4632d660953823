"""Does a claim's own context, its value masked, tell which claims answer one question?

    HF_HUB_OFFLINE=1 python benchmarks/claim_pair_signals.py [SET ...] [--json FILE]

The comparison rules pair two claims of one kind (two numbers, two dates, two places)
by the same-fact model of their two whole sentences (factdiff.pairing) and by the
clause word overlap around them (`CompareContext.local_sim`). Issue #12 asks to
measure the other way: mask the value and compare what is left. This benchmark
reads every cross-source pair of claims of one kind in labelled clusters and sets
the labelled pairs (the two snippets of a discrepancy or of a consistent look-alike
fall on the two claims) against the others, with these signals:

- ``sentence``: the shipped same-fact model of the two sentences;
- ``local``: the clause word overlap the number rule gates on;
- ``window4``, ``window8``: multilingual-e5 cosine of the four (eight) words each
  side of the claim, the value itself replaced by "…" (so two values never meet);
- ``clause``: the same for the claim's clause (between punctuation marks);
- ``mutual``: the pair is, by ``sentence`` and by each context signal, the best
  of both claims among the other source's claims of that kind (four 0/1 features);
- ``combined``: a logistic model over all of them, fitted on the other sets and
  scored on each set in turn (leave one set out), so no set scores itself.

Per kind it prints each signal's AUC, and the share of labelled discrepancies that
each signal puts above the cut letting through as many other pairs as the shipped
same-fact model does at 0.4 (the rules' threshold for places and times). Sets default
to the developable clusters (../shared/eval/dev, dev2, benchmarks/dev3, 5, 6, 7, 9);
``--measure`` sets (dev4, the validation set) are only scored, by the combined model
fitted on all the others. Never give a held-out set to tune on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common, when imported by a test
from _common import ROOT, SHARED, article_files, cluster_dirs  # noqa: E402
from fit_same_fact import auc, fit_logistic  # noqa: E402

from factdiff.compare.base import CompareContext, cross_source_pairs  # noqa: E402
from factdiff.embed import Embedder, default_embedder  # noqa: E402
from factdiff.pipeline import align_paths  # noqa: E402
from factdiff.records import Claim  # noqa: E402
from factdiff.settings import Settings  # noqa: E402

KINDS = ("number", "date", "location")
CONTEXTS = ("window4", "window8", "clause")
SIGNALS = ("sentence", "local", *CONTEXTS)
MUTUAL = tuple(f"mutual_{s}" for s in ("sentence", *CONTEXTS))
DEFAULT_SETS = (
    SHARED / "eval" / "dev",
    SHARED / "eval" / "dev2",
    *(ROOT / "benchmarks" / s for s in ("dev3", "dev5", "dev6", "dev7", "dev9")),
)
# The shipped model's cut for places and times: the others it lets through set the
# cut of every other signal, so that shares of discrepancies compare at one cost.
REFERENCE_CUT = 0.4
MASK = "…"
_CLAUSE_EDGE = re.compile(r"[,;:()\[\]«»\"“”—–]|\s-\s|\.\s")


def masked_window(text: str, span: tuple[int, int], words: int) -> str:
    """The `words` words each side of a claim, its value replaced by the mask."""
    left, right = text[: span[0]].split(), text[span[1] :].split()
    return " ".join([*left[-words:], MASK, *right[:words]])


def masked_clause(text: str, span: tuple[int, int]) -> str:
    """The claim's clause (between the nearest punctuation marks), value masked."""
    starts = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, span[0])]
    start = starts[-1] if starts else 0
    edge = _CLAUSE_EDGE.search(text, span[1])
    end = edge.start() if edge else len(text)
    return (text[start : span[0]] + MASK + text[span[1] : end]).strip()


def contexts(claim: Claim) -> tuple[str, str, str]:
    text, span = claim.text, claim.span
    return masked_window(text, span, 4), masked_window(text, span, 8), masked_clause(text, span)


def _covers(claim: Claim, source: str, snippet: str) -> bool:
    """The labelled snippet is in the claim's sentence and overlaps the claim."""
    if claim.source != source:
        return False
    at = claim.text.lower().find(snippet.lower())
    return at >= 0 and at <= claim.span[1] and claim.span[0] <= at + len(snippet)


def _label(a: Claim, b: Claim, gold: dict) -> str:
    for group, name in (("discrepancies", "discrepancy"), ("consistent", "consistent")):
        for item in gold.get(group, []):
            if item.get("kind") == "distinct-events":
                continue
            (s1, s2), (n1, n2) = item["sources"], item["snippets"]
            if (_covers(a, s1, n1) and _covers(b, s2, n2)) or (
                _covers(a, s2, n2) and _covers(b, s1, n1)
            ):
                return name
    return "other"


def rows_of_cluster(folder: Path, embedder: Embedder) -> list[dict]:
    """One row per cross-source pair of claims of one kind: label and signals."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    alignment, ex, articles = align_paths(article_files(folder), embedder=embedder)
    ctx = CompareContext(
        articles={a.id: a for a in articles},
        claims=ex.claims,
        alignment=alignment,
        index=ex.index,
        people=ex.people_by_sentence,
        thresholds=Settings().thresholds,
    )
    claims = [c for c in ex.claims if c.kind in KINDS]
    texts = [t for c in claims for t in contexts(c)]
    vectors = embedder.embed(texts) if texts else np.zeros((0, 384))
    context_of = {c.id: vectors[3 * i : 3 * i + 3] for i, c in enumerate(claims)}
    rows = []
    for kind in KINDS:
        for a, b in cross_source_pairs([c for c in claims if c.kind == kind]):
            va, vb = context_of[a.id], context_of[b.id]
            row = {
                "cluster": folder.name,
                "kind": kind,
                "label": _label(a, b, gold),
                "a": a.id,
                "b": b.id,
                "source_a": a.source,
                "source_b": b.source,
                "sentence": ctx.same_fact(a, b),
                "local": ctx.local_sim(a, b),
                "crosslingual": float(a.sentence.lang != b.sentence.lang),
            }
            row.update({name: float(va[i] @ vb[i]) for i, name in enumerate(CONTEXTS)})
            rows.append(row)
    add_mutual(rows)
    return rows


def add_mutual(rows: list[dict]) -> None:
    """mutual_X: the pair is, by X, the best of each of its claims among the claims of
    that kind of the other claim's source (ties count as best)."""
    for signal, name in zip(("sentence", *CONTEXTS), MUTUAL, strict=True):
        best: dict[tuple, float] = defaultdict(lambda: -np.inf)
        for r in rows:
            for claim, other in ((r["a"], r["source_b"]), (r["b"], r["source_a"])):
                key = (r["cluster"], r["kind"], claim, other)
                best[key] = max(best[key], r[signal])
        for r in rows:
            r[name] = float(
                r[signal] >= best[(r["cluster"], r["kind"], r["a"], r["source_b"])]
                and r[signal] >= best[(r["cluster"], r["kind"], r["b"], r["source_a"])]
            )


def features(rows: list[dict]) -> np.ndarray:
    """The combined model's inputs: the signals, the sentence model as a logit, the
    mutual flags, cross-language, and one intercept per kind."""
    out = []
    for r in rows:
        p = min(max(r["sentence"], 1e-6), 1 - 1e-6)
        out.append(
            [np.log(p / (1 - p)), r["local"], *(r[c] for c in CONTEXTS)]
            + [r[m] for m in MUTUAL]
            + [r["crosslingual"], float(r["kind"] == "date"), float(r["kind"] == "location")]
        )
    return np.asarray(out, dtype=float)


def combined_scores(
    rows: list[dict], sets: list[str], measured: frozenset[str] = frozenset()
) -> np.ndarray:
    """Leave one set out: each set's pairs scored by a model fitted on the others; the
    `measured` sets are never fitted on (their pairs are scored by the model fitted on
    every other set)."""
    x = features(rows)
    mean, std = x.mean(0), x.std(0) + 1e-9
    x = (x - mean) / std
    y = np.array([r["label"] != "other" for r in rows], dtype=float)
    groups = np.array(sets)
    fitted_on = ~np.isin(groups, list(measured))
    scores = np.zeros(len(rows))
    for held in sorted(set(sets) - measured) + ([None] if measured else []):
        train = fitted_on & (groups != held)
        scored = (groups == held) if held is not None else ~fitted_on
        if not y[train].any():
            continue
        w, b = fit_logistic(x[train], y[train])
        scores[scored] = x[scored] @ w + b
    return scores


def summarise(rows: list[dict], scores: dict[str, np.ndarray]) -> dict:
    """Per kind and signal: AUC (labelled against other) and the share of discrepancies
    above the cut that lets through the others the sentence model lets through at 0.4."""
    out: dict[str, dict] = {}
    labels = np.array([r["label"] for r in rows])
    kinds = np.array([r["kind"] for r in rows])
    for kind in KINDS:
        mine = kinds == kind
        labelled, others = mine & (labels != "other"), mine & (labels == "other")
        disc = mine & (labels == "discrepancy")
        if not labelled.any() or not others.any():
            continue
        let_through = float(np.mean(scores["sentence"][others] >= REFERENCE_CUT))
        table = {
            "pairs": int(mine.sum()),
            "labelled": int(labelled.sum()),
            "discrepancies": int(disc.sum()),
            "others_let_through": round(let_through, 4),
        }
        for name, s in scores.items():
            cut = REFERENCE_CUT if name == "sentence" else np.quantile(s[others], 1 - let_through)
            kept = round(float(np.mean(s[disc] >= cut)), 3) if disc.any() else None
            table[name] = {"auc": round(auc(s[labelled], s[others]), 3), "discrepancies_kept": kept}
        out[kind] = table
    return out


def _print(title: str, figures: dict) -> None:
    print(title)
    print(f"{'kind':9} {'signal':9} {'AUC':>6} {'disc kept':>9}")
    for kind, table in figures.items():
        print(
            f"{kind}: {table['pairs']} pairs, {table['labelled']} labelled "
            f"({table['discrepancies']} discrepancies); cut at the others the sentence "
            f"model lets through at {REFERENCE_CUT}: {100 * table['others_let_through']:.1f}%"
        )
        for name, row in table.items():
            if isinstance(row, dict):
                kept = row["discrepancies_kept"]
                shown = "" if kept is None else f"{kept:9.2f}"
                print(f"{'':9} {name:9} {row['auc']:6.3f} {shown}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, default=list(DEFAULT_SETS))
    ap.add_argument(
        "--measure",
        nargs="*",
        type=Path,
        default=[],
        help="sets only scored, by the combined model fitted on all of SETS (a validation set)",
    )
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args()
    embedder = default_embedder()
    rows: list[dict] = []
    sets: list[str] = []
    for folder in [*args.sets, *args.measure]:
        for cluster in cluster_dirs(folder):
            found = rows_of_cluster(cluster, embedder)
            rows += found
            sets += [folder.name] * len(found)
            print(f"{folder.name}/{cluster.name}: {len(found)} claim pairs", file=sys.stderr)
    measured = frozenset(folder.name for folder in args.measure)
    scores = {name: np.array([r[name] for r in rows]) for name in SIGNALS}
    scores["combined"] = combined_scores(rows, sets, measured)
    out = {}
    for title, keep in (("fitted sets, each left out in turn", False), ("measured sets", True)):
        mask = np.array([(s in measured) == keep for s in sets])
        if not mask.any():
            continue
        chosen = [r for r, m in zip(rows, mask, strict=True) if m]
        out[title] = summarise(chosen, {n: v[mask] for n, v in scores.items()})
        _print(title, out[title])
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
