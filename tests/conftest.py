"""Shared fixtures: sentences built in place, the seed articles, ../shared when present."""

from __future__ import annotations

import importlib.util
import os
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from factdiff.extract import extract_sentence
from factdiff.records import Sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def load_benchmark(filename: str) -> ModuleType:
    """A script of benchmarks/ imported as a module (once per test session)."""
    name = "factdiff_bench_" + filename.removesuffix(".py")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / filename)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def sentence(text: str, lang: str = "fr", source: str = "a.md", index: int = 0) -> Sentence:
    return Sentence(source=source, index=index, text=text, start=0, end=len(text), lang=lang)


def claims(text: str, kind: str, lang: str = "fr", published: date | None = None):
    """The claim drafts of one kind that a sentence yields."""
    drafts, _people = extract_sentence(sentence(text, lang), published)
    return [d for d in drafts if d.kind == kind]


def outcome_claims(text: str, lang: str = "fr"):
    """The outcome drafts (a verdict, a deal, a state, a signature...) a sentence yields."""
    return [c for c in claims(text, "other", lang) if c.value.get("type") == "outcome"]


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture
def conflicting(tmp_path: Path) -> list[str]:
    """Two articles that disagree on the day of one meeting (Wednesday / Thursday)."""
    from helpers_articles import write_article

    a = write_article(
        tmp_path,
        "a.md",
        "Le ministre va se rendre à Paris mercredi pour des discussions sur l'Ukraine.",
        "2025-04-15",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre.",
        "2025-04-17",
    )
    return [str(a), str(b)]
