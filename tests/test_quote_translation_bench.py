"""benchmarks/quote_translation.py on a few NTREX-128 rows."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import quote_translation  # noqa: E402


@pytest.mark.skipif(not quote_translation.DATA.exists(), reason="../shared/data not beside")
def test_translations_score_above_their_neighbours():
    with quote_translation.DATA.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line, _ in zip(f, range(40), strict=False)]
    out = quote_translation.figures(rows, (0.88,))
    kept = out["cuts"]["0.88"]
    assert out["rows"] == 40
    assert kept["translations_kept"] > 0.6 > 0.1 > kept["neighbours_kept"]
    assert out["mutual_nearest"] > 0.8
