"""How well the multilingual encoder tells a translated sentence from its neighbours.

    HF_HUB_OFFLINE=1 python benchmarks/quote_translation.py [--rows 400]

factdiff takes a French and an English quote for one quote translated when each is
the other's nearest by multilingual-e5 cosine among the story's quotes and the cosine
is at least `factdiff.align.SAME_QUOTE_COSINE` (`translated_quotes`). This reads
NTREX-128 news sentences with their French translations (../shared/data/nli_extra,
CC BY-SA 4.0) and prints, at that cut and around it, the share of translations kept
and the share of pairs of neighbouring sentences of one article (same topic, another
statement) that reach it, and how often a translation is its sentence's mutual nearest
among the rows read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED  # noqa: E402

from factdiff.align import SAME_QUOTE_COSINE  # noqa: E402
from factdiff.embed import default_embedder  # noqa: E402

DATA = SHARED / "data" / "nli_extra" / "ntrex128_en_fr" / "data.jsonl"


def figures(rows: list[dict], cuts: tuple[float, ...]) -> dict:
    embedder = default_embedder()
    english = embedder.embed([r["premise"] for r in rows])
    french = embedder.embed([r["hypothesis"] for r in rows])
    cosine = english @ french.T
    translations = np.diag(cosine)
    neighbours = np.concatenate(
        [np.diag(cosine, k=1), np.diag(cosine, k=-1)]  # sentence i against i + 1's translation
    )
    mutual = np.mean(
        [cosine[i].argmax() == i and cosine[:, i].argmax() == i for i in range(len(rows))]
    )
    return {
        "rows": len(rows),
        "mutual_nearest": float(mutual),
        "cuts": {
            f"{cut:.2f}": {
                "translations_kept": float(np.mean(translations >= cut)),
                "neighbours_kept": float(np.mean(neighbours >= cut)),
            }
            for cut in cuts
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=400)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA}: not found", file=sys.stderr)
        return 2
    with DATA.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line, _ in zip(f, range(args.rows), strict=False)]
    out = figures(rows, (SAME_QUOTE_COSINE - 0.02, SAME_QUOTE_COSINE, SAME_QUOTE_COSINE + 0.02))
    print(f"NTREX-128 en-fr, {out['rows']} sentences; mutual nearest {out['mutual_nearest']:.3f}")
    for cut, kept in out["cuts"].items():
        print(
            f"  cosine >= {cut}: translations {kept['translations_kept']:.3f}, "
            f"neighbouring sentences {kept['neighbours_kept']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
