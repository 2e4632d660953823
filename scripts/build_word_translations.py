"""Build factdiff's French-English word translations from parallel sentences.

    python scripts/build_word_translations.py            # writes the table below
    python scripts/build_word_translations.py --check    # rebuild and compare

IBM Model 1 (Brown et al. 1993), trained by EM in both directions on the French-English
sentence pairs of ../shared/data that are translations of each other: NTREX-128 news
(CC BY-SA 4.0, Microsoft), Tatoeba (CC BY 2.0 FR, the Tatoeba contributors, via LASER),
the cross-lingual PAWS-X dev pairs labelled paraphrases (Google, free to use with
attribution) and REFreSD's pairs with no or some meaning difference (MIT). A pair of
stems is kept when each is the other's likely translation (both conditional
probabilities at least MIN_PROBABILITY) and each occurs in at least MIN_SENTENCES
sentences. The table is deterministic (no sampling) and is written, with its sources,
to src/factdiff/lexicon/fr_en_words.json (CC BY-SA 4.0, as NTREX asks of what is made
from it).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from wordfreq import zipf_frequency

from factdiff.text import fold, stem, words

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "factdiff" / "lexicon" / "fr_en_words.json"
# Words this frequent (Zipf scale) are function words: they align with everything.
MAX_ZIPF = 5.6
MIN_PROBABILITY = 0.3
MIN_SENTENCES = 2
EM_ITERATIONS = 8
NULL = "<null>"


def content_stems(text: str, lang: str) -> list[str]:
    out = []
    for word in words(text):
        folded = fold(word).split("'")[-1]
        if len(folded) < 3 or folded.isdigit() or zipf_frequency(folded, lang) > MAX_ZIPF:
            continue
        out.append(stem(folded))
    return out


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def parallel_sentences() -> list[tuple[str, str]]:
    """(French, English) translation pairs."""
    pairs = []
    for row in _jsonl(DATA / "nli_extra" / "ntrex128_en_fr" / "data.jsonl"):
        pairs.append((row["hypothesis"], row["premise"]))
    for row in _jsonl(DATA / "nli_extra" / "tatoeba_laser_en_fr" / "data.jsonl"):
        pairs.append((row["hypothesis"], row["premise"]))
    for row in _jsonl(DATA / "nli_extra" / "pawsx_dev_xling_en_fr" / "data.jsonl"):
        if row["label"] != "entailment":
            continue
        en, fr = (
            (row["premise"], row["hypothesis"])
            if row["lang"] == "en-fr"
            else (row["hypothesis"], row["premise"])
        )
        pairs.append((fr, en))
    labels = DATA / "refresd_en_fr" / "REFreSD_sentence_labels.tsv"
    with labels.open(encoding="utf-8") as rows:
        for row in csv.reader(rows, delimiter="\t"):
            if len(row) >= 4 and row[1] in ("no_meaning_difference", "some_meaning_difference"):
                pairs.append((row[3], row[2]))
    return pairs


def ibm1(corpus: list[tuple[list[str], list[str]]]) -> dict[tuple[str, str], float]:
    """t(target | source) of IBM Model 1, from a uniform start."""
    t: dict[tuple[str, str], float] = defaultdict(lambda: 1.0)
    for _ in range(EM_ITERATIONS):
        count: dict[tuple[str, str], float] = defaultdict(float)
        total: dict[str, float] = defaultdict(float)
        for source, target in corpus:
            source = [*source, NULL]
            for e in target:
                z = sum(t[(e, f)] for f in source)
                for f in source:
                    c = t[(e, f)] / z
                    count[(e, f)] += c
                    total[f] += c
        t = defaultdict(float, {(e, f): c / total[f] for (e, f), c in count.items()})
    return t


def build() -> dict:
    pairs = parallel_sentences()
    corpus = [(content_stems(fr, "fr"), content_stems(en, "en")) for fr, en in pairs]
    en_given_fr = ibm1(corpus)
    fr_given_en = ibm1([(en, fr) for fr, en in corpus])
    fr_count = Counter(w for fr, _ in corpus for w in set(fr))
    en_count = Counter(w for _, en in corpus for w in set(en))
    table = sorted(
        [f, e, round(p, 3), round(q, 3)]
        for (e, f), p in en_given_fr.items()
        if f != NULL
        and p >= MIN_PROBABILITY
        and (q := fr_given_en.get((f, e), 0.0)) >= MIN_PROBABILITY
        and fr_count[f] >= MIN_SENTENCES
        and en_count[e] >= MIN_SENTENCES
    )
    return {
        "what": "French-English stem pairs, each the other's likely translation (IBM Model 1)",
        "command": "python scripts/build_word_translations.py",
        "sentence_pairs": len(pairs),
        "license": "CC BY-SA 4.0 (made from NTREX-128); attribution: NTREX-128 (Microsoft), "
        "Tatoeba contributors (CC BY 2.0 FR), PAWS-X (Google), REFreSD (Briakou and Carpuat, "
        "MIT)",
        "columns": [
            "french_stem",
            "english_stem",
            "p_english_given_french",
            "p_french_given_english",
        ],
        "pairs": table,
    }


def _dumps(table: dict) -> str:
    """JSON with one stem pair per line (a readable diff when the table is rebuilt)."""
    head = {k: v for k, v in table.items() if k != "pairs"}
    lines = [json.dumps(p, ensure_ascii=False) for p in table["pairs"]]
    return (
        json.dumps(head, ensure_ascii=False, indent=1)[:-2]
        + ',\n "pairs": [\n'
        + (",\n".join(lines) + "\n ]\n}\n")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="rebuild and compare")
    args = parser.parse_args()
    table = build()
    if args.check:
        same = json.loads(OUT.read_text(encoding="utf-8")) == table
        print("same" if same else "differs")
        return 0 if same else 1
    OUT.write_text(_dumps(table), encoding="utf-8")
    print(
        f"{len(table['pairs'])} stem pairs from {table['sentence_pairs']} sentence pairs -> {OUT}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
