#!/usr/bin/env python3
"""Check within_dev23's files and labels (benchmarks/within_labels.py)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from within_labels import verify  # noqa: E402

sys.exit(1 if verify(HERE, words=(320, 460), paragraphs=(9, 11), every_kind=True) else 0)
