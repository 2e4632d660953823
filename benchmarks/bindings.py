"""Who holds which title, and what a number counts: factdiff's readings against labels.

    HF_HUB_OFFLINE=1 python benchmarks/bindings.py [SET.jsonl] [--parser fr_core_news_md] [-v]

Issue #12 names two precision failures of its unseen clusters that are bindings inside
one sentence: a title given to the wrong person (the neighbour in an enumeration, the
person someone was "accompanied by") and two numbers compared as one fact because they
count different things. It also asks whether a dependency parse (spaCy's French
pipelines) binds titles and numbers better than the hand-written readers. This
benchmark answers both on `benchmarks/bindings/sentences.jsonl`, sentences written with
their bindings by a session that never read the code (its README).

Each sentence goes through `factdiff.extract.extract_sentence` alone (no article around
it). Printed per language:

- roles: precision and recall of (person, title) pairs; a pair matches when the person
  is the labelled one (the same name, or the same surname) and the labelled title's head
  is in the extracted title; "misbound" counts extracted pairs whose title is a labelled
  title given to another labelled person;
- counts: of the labelled numbers the number reader extracted (a claim over the
  number's span), the share whose counted noun is the labelled one (the same stem).

With ``--parser`` (a spaCy pipeline installed as a package; French sentences only) the
same titles are bound by the parse instead (the person in apposition to the title's
head or its complement, either way round), and each number to the noun it modifies
(`nummod`, or `det`/`amod` where the pipeline tags a numeral so); and the
hand-written binding is printed again with the parse's veto (a title the parse gives
to another named person of the sentence).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdiff.extract import extract_sentence
from factdiff.records import Sentence
from factdiff.text import fold, stem

DEFAULT_SET = Path(__file__).resolve().parent / "bindings" / "sentences.jsonl"


@dataclass
class Reading:
    """What one reader made of one sentence: (person, title, title span) pairs and
    (number span, counted noun) pairs."""

    roles: list[tuple[str, str, tuple[int, int]]] = field(default_factory=list)
    counts: list[tuple[tuple[int, int], str | None]] = field(default_factory=list)


@dataclass
class Tally:
    role_predicted: int = 0
    role_right: int = 0
    role_gold: int = 0
    role_found: int = 0
    misbound: int = 0
    count_gold: int = 0
    count_read: int = 0
    count_bound: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        p = self.role_right / self.role_predicted if self.role_predicted else 0.0
        r = self.role_found / self.role_gold if self.role_gold else 0.0
        acc = self.count_bound / self.count_read if self.count_read else 0.0
        return (
            f"roles P {p:.3f} ({self.role_right}/{self.role_predicted}) "
            f"R {r:.3f} ({self.role_found}/{self.role_gold}) misbound {self.misbound}; "
            f"counts read {self.count_read}/{self.count_gold}, "
            f"counted noun right {acc:.3f} ({self.count_bound}/{self.count_read})"
        )


def load(path: Path) -> list[dict[str, Any]]:
    """The labelled sentences; a line that is not one JSON object is an error."""
    items = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            item = json.loads(line)
            if not isinstance(item, dict) or "text" not in item:
                raise ValueError(f"{path}:{n}: not a labelled sentence")
            items.append(item)
    return items


def same_person(a: str, b: str) -> bool:
    """The same name, or the same surname (a sentence may name someone by it alone)."""
    fa, fb = fold(a).split(), fold(b).split()
    return bool(fa and fb) and (fa == fb or fa[-1] == fb[-1])


def same_noun(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return stem(fold(a).split()[-1]) == stem(fold(b).split()[-1])


def title_has_head(title: str, head: str) -> bool:
    return f" {fold(head)} " in f" {fold(title).replace(chr(39), ' ')} "


def factdiff_reading(item: dict[str, Any]) -> Reading:
    text = item["text"]
    sentence = Sentence("bindings", 0, text, 0, len(text), item.get("lang", "fr"))
    drafts, _ = extract_sentence(sentence, None)
    reading = Reading()
    for d in drafts:
        if d.kind == "role" and d.value.get("person") and d.value.get("title"):
            reading.roles.append((d.value["person"], d.value["title"], d.span))
        elif d.kind == "number":
            reading.counts.append((d.span, d.value.get("head")))
    return reading


def _spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    out, start = [], text.find(needle)
    while start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out


def score(item: dict[str, Any], reading: Reading) -> Tally:
    gold_roles = item.get("roles", [])
    tally = Tally(role_predicted=len(reading.roles), role_gold=len(gold_roles))
    for person, title, _ in reading.roles:
        if any(
            same_person(person, g["person"]) and title_has_head(title, g["head"])
            for g in gold_roles
        ):
            tally.role_right += 1
        elif any(title_has_head(title, g["head"]) for g in gold_roles) and any(
            same_person(person, g["person"]) for g in gold_roles
        ):
            tally.misbound += 1
    for g in gold_roles:
        tally.role_found += any(
            same_person(p, g["person"]) and title_has_head(t, g["head"])
            for p, t, _ in reading.roles
        )
    text = item["text"]
    for g in item.get("counts", []):
        if not g.get("noun"):
            continue
        tally.count_gold += 1
        spans = _spans_of(text, g["number"])
        read = [
            noun
            for span, noun in reading.counts
            if any(span[0] < e and s < span[1] for s, e in spans)
        ]
        if read:
            tally.count_read += 1
            tally.count_bound += any(same_noun(noun, g["noun"]) for noun in read)
    return tally


def parse_reading(item: dict[str, Any], hand: Reading, nlp: Any) -> tuple[Reading, Reading]:
    """The parse's bindings of the hand-written reader's titles and numbers, and the
    hand-written roles without those the parse gives to another named person."""
    doc = nlp(item["text"])
    people = {p for p, _, _ in hand.roles}
    text = item["text"]
    people_tokens: dict[str, list[Any]] = {}
    for person in people:
        for start, end in _spans_of(text, person.split()[-1]):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                people_tokens.setdefault(person, []).append(span.root)

    def bound_person(title_span: tuple[int, int]) -> str | None:
        span = doc.char_span(*title_span, alignment_mode="expand")
        if span is None:
            return None
        head = span.root
        inside = {t.i for t in span}
        for person, tokens in people_tokens.items():
            for tok in tokens:
                # the name's own head, up its flat:name chain
                while tok.dep_ == "flat:name" and tok.head.i != tok.i:
                    tok = tok.head
                # the name in apposition to the title (to its head or a word of its
                # complement, "ministre de l'Intérieur Gérald Darmanin"), or the title to it
                if (tok.dep_ == "appos" and tok.head.i in inside) or (
                    head.dep_ == "appos" and head.head.i == tok.i
                ):
                    return person
        return None

    parsed, vetoed = Reading(), Reading()
    for person, title, span in hand.roles:
        by_parse = bound_person(span)
        if by_parse:
            parsed.roles.append((by_parse, title, span))
        if by_parse is None or by_parse == person:
            vetoed.roles.append((person, title, span))
    for span, noun in hand.counts:
        toks = doc.char_span(*span, alignment_mode="expand")
        counted = None
        if toks is not None:
            tok = toks.root
            # French pipelines tag some numerals as determiners or adjectives
            if tok.dep_ in ("nummod", "det", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
                counted = tok.head.text
        parsed.counts.append((span, counted))
        vetoed.counts.append((span, noun))
    return parsed, vetoed


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    ap.add_argument("--parser", help="a spaCy pipeline package, e.g. fr_core_news_md")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    items = load(args.set)
    nlp = None
    if args.parser:
        import spacy

        nlp = spacy.load(args.parser)
    readers = ("factdiff", "parse", "factdiff+veto") if nlp else ("factdiff",)
    totals: dict[tuple[str, str], Tally] = {}
    for item in items:
        lang = item.get("lang", "fr")
        hand = factdiff_reading(item)
        readings = {"factdiff": hand}
        if nlp and lang == "fr":
            readings["parse"], readings["factdiff+veto"] = parse_reading(item, hand, nlp)
        for name, reading in readings.items():
            tally = score(item, reading)
            totals.setdefault((name, lang), Tally()).add(tally)
            if (
                args.verbose
                and name == "factdiff"
                and (
                    tally.role_right < tally.role_predicted
                    or tally.role_found < tally.role_gold
                    or tally.count_bound < tally.count_read
                )
            ):
                print(f"{item.get('id')}: {item['text']}")
                print(f"    read {reading.roles} {reading.counts}")
                print(f"    gold {item.get('roles')} {item.get('counts')}")
    print(f"{len(items)} sentences ({args.set})")
    for lang in ("fr", "en"):
        for name in readers:
            if (name, lang) in totals:
                print(f"{lang} {name:<14} {totals[(name, lang)].line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
