"""`factdiff nli` and the `models` subcommands (through factdiff.nli.cli)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
pytest.importorskip("torch")

from factdiff.nli.cli import add_subcommands, main  # noqa: E402
from test_nli_scorer import _save_tiny  # noqa: E402


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    labels = {0: "entailment", 1: "neutral", 2: "contradiction"}
    return _save_tiny(tmp_path_factory.mktemp("cli"), labels)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_nli_writes_one_line_per_pair_in_order(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {"premise": "Il a accepté lundi.", "hypothesis": "Il a rejeté mardi."},
        {"premise": "The minister met the president.", "hypothesis": "They met.", "id": 7},
        {"premise": "", "hypothesis": "Rien."},
    ]
    pairs = _write(tmp_path / "pairs.jsonl", [json.dumps(r, ensure_ascii=False) for r in rows])
    assert main(["nli", str(pairs), "--model", str(tiny)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 3
    for probs in out:
        assert list(probs) == ["entailment", "neutral", "contradiction"]
        assert abs(sum(probs.values()) - 1.0) < 1e-3

    # Same pairs, one per file: same numbers (order is preserved, not shuffled).
    single = _write(tmp_path / "one.jsonl", [json.dumps(rows[2])])
    assert main(["nli", str(single), "--model", str(tiny)]) == 0
    assert json.loads(capsys.readouterr().out) == out[2]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "invalid JSON"),
        ('{"premise": "a"}', "premise"),
        ('["a", "b"]', "JSON object"),
        ('{"premise": 3, "hypothesis": "b"}', "premise"),
    ],
)
def test_bad_line_is_one_line_error_with_file_and_line(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, reason: str
) -> None:
    path = _write(tmp_path / "bad.jsonl", ['{"premise": "a", "hypothesis": "b"}', "", line])
    assert main(["nli", str(path), "--model", str(tiny)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert "\n" not in err
    assert f"{path}:3" in err
    assert reason in err


def test_missing_model_dir_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = _write(tmp_path / "p.jsonl", ['{"premise": "a", "hypothesis": "b"}'])
    assert main(["nli", str(pairs), "--model", str(tmp_path / "absent")]) == 2
    assert "absent" in capsys.readouterr().err


def test_missing_pairs_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nli", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err


def test_subcommands_register_on_a_parent_parser() -> None:
    parser = argparse.ArgumentParser(prog="factdiff")
    add_subcommands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["models", "build", "--force"])
    assert args.force and callable(args.func)
    args = parser.parse_args(["models", "train", "--data", "d", "--out", "o", "--seed", "3"])
    assert (args.data, args.out, args.seed) == (Path("d"), Path("o"), 3)
    args = parser.parse_args(["nli", "pairs.jsonl", "--model", "m"])
    assert args.pairs == Path("pairs.jsonl") and args.model == Path("m")
