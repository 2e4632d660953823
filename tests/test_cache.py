"""The on-disk NLI cache: keys, concurrent writers, a killed writer, a second run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from factdiff.cache import FILE_NAME, NLICache, cache_key
from factdiff.compare.nli import NLIJudge
from factdiff.pipeline import Settings, run

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SRC = str(ROOT / "src")


class HashScorer:
    """Deterministic stand-in model: probabilities from a hash of the pair; counts pairs."""

    def __init__(self, name: str = "hash-scorer"):
        self.name = name
        self.scored = 0

    @property
    def model_id(self):
        return self.name

    def score(self, pairs):
        self.scored += len(pairs)
        out = []
        for a, b in pairs:
            h = cache_key("x", a, b)
            row = np.array([h[0] + 1, h[1] + 1, h[2] + 1], dtype=np.float32)
            out.append(row / row.sum())
        return np.array(out, dtype=np.float32)


def test_key_includes_model_and_direction():
    assert cache_key("m1", "a", "b") != cache_key("m2", "a", "b")
    assert cache_key("m1", "a", "b") != cache_key("m1", "b", "a")
    assert cache_key("m1", "ab", "c") != cache_key("m1", "a", "bc")


def test_round_trip_is_exact_and_per_model(tmp_path):
    probs = np.array([[0.1, 0.2, 0.7], [1 / 3, 1 / 3, 1 / 3]], dtype=np.float32)
    pairs = [("Il est venu lundi.", "Il est venu mardi."), ("a", "b")]
    with NLICache(tmp_path) as cache:
        cache.put_many("m1", pairs, probs)
        got = cache.get_many("m1", pairs + [("x", "y")])
        assert set(got) == set(pairs)
        for p, row in zip(pairs, probs, strict=True):
            # Bit for bit what the judge keeps in memory: the same report either way.
            np.testing.assert_array_equal(got[p], np.asarray(row, dtype=float))
        assert cache.get_many("m2", pairs) == {}
        cache.put_many("m1", pairs, probs[::-1])  # INSERT OR IGNORE: first score stays
        np.testing.assert_array_equal(cache.get_many("m1", pairs)[pairs[0]], probs[0])
        assert cache.count("m1") == 2 and cache.count() == 2
    assert (tmp_path / FILE_NAME).is_file()


def test_judge_reads_before_scoring_and_writes_new_scores(tmp_path):
    scorer = HashScorer()
    judge = NLIJudge(scorer, store=NLICache(tmp_path))
    judge.both_ways("a", "b")
    assert scorer.scored == 2 and judge.pairs_new == 2
    again = NLIJudge(scorer, store=NLICache(tmp_path))
    assert again.both_ways("a", "b") == judge.both_ways("a", "b")
    assert scorer.scored == 2 and again.pairs_new == 0 and again.pairs_scored == 2
    other = NLIJudge(HashScorer("another-model"), store=NLICache(tmp_path))
    other.both_ways("a", "b")
    assert other.pairs_new == 2  # another model id: not served from the first's scores


_WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {src!r})
    import numpy as np
    from factdiff.cache import NLICache
    cache = NLICache({folder!r}, timeout=60)
    tag, start, stop, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    probs = np.tile(np.array([0.2, 0.3, 0.5], dtype=np.float32), (batch, 1))
    i = start
    while stop < 0 or i < stop:
        pairs = [(f"premise {{j}}", f"hypothesis {{j}}") for j in range(i, i + batch)]
        cache.put_many("model", pairs, probs)
        i += batch
        if i - start == batch:
            print("committed", flush=True)
    """
)


def _writer(tmp_path: Path, *args: int) -> subprocess.Popen:
    script = tmp_path / "writer.py"
    script.write_text(_WRITER.format(src=SRC, folder=str(tmp_path / "cache")), encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(script), "w", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_write_at_once(tmp_path):
    # Overlapping ranges: both insert pairs 1000..2999 (INSERT OR IGNORE), no error.
    procs = [_writer(tmp_path, 0, 3000, 50), _writer(tmp_path, 1000, 4000, 50)]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with NLICache(tmp_path / "cache") as cache:
        assert cache.count("model") == 4000
        pairs = [(f"premise {j}", f"hypothesis {j}") for j in range(4000)]
        assert len(cache.get_many("model", pairs)) == 4000


def test_killed_writer_leaves_a_usable_cache(tmp_path):
    batch = 200
    proc = _writer(tmp_path, 0, -1, batch)  # writes until killed
    assert proc.stdout.readline().strip() == "committed"
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    path = tmp_path / "cache" / FILE_NAME
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with NLICache(tmp_path / "cache") as cache:
        n = cache.count("model")
        assert n >= batch and n % batch == 0  # whole transactions only
        cache.put_many("model", [("new", "pair")], [[0.1, 0.1, 0.8]])
        assert cache.count("model") == n + 1


def test_unreadable_cache_is_dropped_with_a_warning(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"this is not a database" * 100)
    cache = NLICache(tmp_path)
    with pytest.warns(RuntimeWarning, match="not used"):
        assert cache.get_many("m", [("a", "b")]) == {}
    cache.put_many("m", [("a", "b")], [[0.1, 0.2, 0.7]])  # silently off
    assert cache.disabled


def _without_seconds(text: str) -> dict:
    report = json.loads(text)
    report["stats"].pop("seconds")
    return report


def test_second_run_on_the_seeds_scores_no_new_pair(tmp_path):
    settings = Settings(cache=True, cache_dir=str(tmp_path))
    first_scorer = HashScorer()
    first = run([str(SEEDS)], settings, scorer=first_scorer)
    assert first_scorer.scored > 0
    assert first_scorer.scored == first.stats.pairs_scored_nli
    second_scorer = HashScorer()
    second = run([str(SEEDS)], settings, scorer=second_scorer)
    assert second_scorer.scored == 0
    assert _without_seconds(second.to_json()) == _without_seconds(first.to_json())
    # Off: every pair scored again.
    third_scorer = HashScorer()
    run([str(SEEDS)], Settings(cache=False, cache_dir=str(tmp_path)), scorer=third_scorer)
    assert third_scorer.scored == first_scorer.scored


def test_injected_scorer_is_not_cached_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTDIFF_HOME", str(tmp_path))
    run([str(SEEDS)], Settings(), scorer=HashScorer())
    assert not (tmp_path / FILE_NAME).exists()


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("transformers")
    from helpers_tiny_nli import save_tiny_nli

    return save_tiny_nli(tmp_path_factory.mktemp("nli") / "tiny")


def test_cli_cache_flags(tmp_path, monkeypatch, tiny_model, capsys):
    from factdiff.cli import main

    home = tmp_path / "home"
    monkeypatch.setenv("FACTDIFF_HOME", str(home))
    base = ["check", str(SEEDS), "--model", str(tiny_model), "--format", "json", "-q"]
    base += ["--fail-on", "never"]
    assert main(base + ["--no-cache"]) == 0
    uncached = capsys.readouterr().out
    assert not (home / FILE_NAME).exists()
    assert main(base) == 0  # default: $FACTDIFF_HOME
    assert (home / FILE_NAME).is_file()
    with NLICache(home) as cache:
        stored = cache.count()
    assert stored == json.loads(uncached)["stats"]["pairs_scored_nli"] > 0
    assert main(base + ["--cache", str(tmp_path / "elsewhere")]) == 0
    assert (tmp_path / "elsewhere" / FILE_NAME).is_file()
    capsys.readouterr()
    assert main(base + ["--cache", str(tmp_path / "elsewhere")]) == 0  # from the cache
    cached = capsys.readouterr().out
    assert _without_seconds(cached) == _without_seconds(uncached)
    assert main(base + ["--cache", str(tmp_path), "--no-cache"]) == 2
