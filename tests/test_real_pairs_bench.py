"""benchmarks/real_pairs.py: its pair loaders and sampler on tiny synthetic files, and one
end-to-end run on 2 real pairs without NLI (skipped when ../shared/data is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED, load_benchmark

DATA = SHARED / "data"


bench = load_benchmark("real_pairs.py")

EMERGENT_HEADER = "id,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"


def _emergent(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """rows: (claim id, headline, stance)."""
    path = tmp_path / "emergent.csv"
    lines = [EMERGENT_HEADER]
    for n, (claim, headline, stance) in enumerate(rows):
        quoted = '"' + headline.replace('"', '""') + '"'
        lines.append(f"{n},The claim of {claim},{quoted},{stance},art{n},{claim}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_emergent_pairs_by_claim(tmp_path: Path) -> None:
    path = _emergent(
        tmp_path,
        [
            ("c1", "Ministers meet in Oslo, talks go on", "for"),
            ("c1", "Talks in Oslo are on", "for"),
            ("c1", "Oslo talks called off", "against"),
            ("c1", "Oslo talks: what we know", "observing"),
            ("c1", "ministers meet in  Oslo, talks go on", "for"),  # same headline, other URL
            ("c2", "A whale swam up the Thames", "for"),
            ("c3", "No whale in the Seine", "against"),
            ("c4", "Same words", "for"),
            ("c4", "Same words", "against"),  # identical texts: no pair
        ],
    )
    pairs = bench.emergent_pairs(path)
    conflicting = {(p.group, p.a, p.b) for p in pairs["conflicting"]}
    compatible = {(p.group, p.a, p.b) for p in pairs["compatible"]}
    assert conflicting == {
        ("c1", "Ministers meet in Oslo, talks go on", "Oslo talks called off"),
        ("c1", "Talks in Oslo are on", "Oslo talks called off"),
    }
    assert compatible == {("c1", "Ministers meet in Oslo, talks go on", "Talks in Oslo are on")}
    assert all(p.lang == "en" and p.dataset == "emergent" for v in pairs.values() for p in v)
    assert len({p.pid for v in pairs.values() for p in v}) == 3


def test_rte3_pairs_classes_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "rte3.tsv"
    premise = "Le traité fut signé à Rome en 1957."
    rows = [
        ["id", "language", "premise", "hypothesis", "label", "label_text", "task", "length"],
        ["1", "fr", 'Le "traité" fut signé à Rome en 1957.', "Le traité fut signé à Rome."]
        + ["0", "entailment", "IE", "short"],
        ["2", "fr", premise, "Le traité fut signé en 1960.", "2", "contradiction", "IE", "short"],
        ["3", "fr", premise, "Il pleuvait.", "1", "neutral", "IE", "short"],
    ]
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    pairs = bench.rte3_pairs(path)
    assert [p.pid for p in pairs["compatible"]] == ["1"]
    assert [p.pid for p in pairs["conflicting"]] == ["2"]
    kept = pairs["compatible"][0]
    assert kept.a == 'Le "traité" fut signé à Rome en 1957.'  # quotes are text in this TSV
    assert kept.b == "Le traité fut signé à Rome."
    assert kept.lang == "fr" and kept.group == kept.a


def _synthetic(sizes: dict[str, list[int]]):
    """label -> group sizes: pairs in groups g0, g1, ..."""
    return {
        label: [
            bench.Pair("x", label, f"{label}{g}-{i}", f"g{g}", "a", "b", "en", False)
            for g, size in enumerate(group_sizes)
            for i in range(size)
        ]
        for label, group_sizes in sizes.items()
    }


def test_sample_is_balanced_seeded_and_spread_over_groups() -> None:
    by_class = _synthetic({"conflicting": [20, 1, 1, 1], "compatible": [5] * 10})
    picked = bench.sample(by_class, 10, seed=1)
    counts = {c: sum(p.label == c for p in picked) for c in bench.CLASSES}
    assert counts == {"conflicting": 10, "compatible": 10}
    # Round-robin: the three one-pair groups are all in, not only the big group.
    assert {p.group for p in picked if p.label == "conflicting"} == {"g0", "g1", "g2", "g3"}
    assert [p.pid for p in bench.sample(by_class, 10, seed=1)] == [p.pid for p in picked]
    assert [p.pid for p in bench.sample(by_class, 10, seed=2)] != [p.pid for p in picked]
    # Capped by the smallest class, so the classes stay balanced.
    small = bench.sample(_synthetic({"conflicting": [2, 1], "compatible": [50]}), 10, seed=1)
    assert sorted(p.label for p in small) == ["compatible"] * 3 + ["conflicting"] * 3
    # 0: every pair of every class.
    assert len(bench.sample(by_class, 0, seed=1)) == 23 + 50


def test_end_to_end_two_real_pairs_without_nli(tmp_path: Path, capsys) -> None:
    if not (DATA / bench.EMERGENT_CSV).is_file():
        pytest.skip(f"{DATA / bench.EMERGENT_CSV} not found")
    out = tmp_path / "real_pairs.json"
    args = ["--data", str(DATA), "--dataset", "emergent", "--per-class", "1", "--no-nli"]
    assert bench.main([*args, "--json", str(out)]) == 0
    assert "emergent" in capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["nli"] is False and result["model"] == "none"
    (dataset,) = result["datasets"]
    assert len(dataset["pairs"]) == 2
    for label in bench.CLASSES:
        row = dataset["classes"][label]
        assert row["pairs"] == 1
        assert row["reached_nli_share"] == 0.0
        assert row["flagged_rate"] in (0.0, 1.0)
