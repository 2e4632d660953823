"""Shared by the benchmarks: the clusters, the scorer of ../shared/eval, the NLI model."""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "eval" / "dev"
SHIPPED = ROOT / "models" / "nli"


def score_module() -> ModuleType:
    """../shared/eval/score.py, imported from its path (it is no package)."""
    if not SCORE_PY.is_file():
        sys.exit(f"{SCORE_PY} not found: the labelled data must be beside the repository")
    spec = importlib.util.spec_from_file_location("factdiff_eval_score", SCORE_PY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cluster_dirs(folder: Path) -> list[Path]:
    """The labelled clusters of a set (folders with a gold.json), or the one given."""
    if (folder / "gold.json").is_file():
        return [folder]
    return [d for d in sorted(folder.iterdir()) if (d / "gold.json").is_file()]


def article_files(folder: Path) -> list[str]:
    """The Markdown and text articles of one labelled cluster folder, sorted."""
    return [
        str(p)
        for p in sorted(folder.iterdir())
        if p.name != "gold.json" and not p.name.startswith(".") and p.suffix in (".md", ".txt")
    ]


def clusters() -> list[tuple[str, list[str], Path]]:
    """(name, article files, gold.json) of the seeds and of every dev cluster."""
    out = [
        (
            "seeds",
            [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))],
            SHARED / "seeds" / "gold.json",
        )
    ]
    for folder in sorted(DEV.iterdir()) if DEV.is_dir() else []:
        gold = folder / "gold.json"
        if gold.is_file():
            files = [
                str(p)
                for p in sorted(folder.iterdir())
                if p.name != "gold.json" and not p.name.startswith(".")
            ]
            out.append((folder.name, files, gold))
    return out


def add_tiny_arg(parser: argparse.ArgumentParser, default: str) -> None:
    """`--tiny`: the stand-in `model_dir` builds when models/nli is absent."""
    parser.add_argument(
        "--tiny",
        choices=("small", "medium"),
        default=default,
        help="size of the random stand-in when models/nli is absent",
    )


def model_dir(tiny: str = "small") -> tuple[Path, bool]:
    """The shipped model's folder, or a tiny random one built in a temporary folder;
    and whether it is the real model. `tiny`: "small" (fast) or "medium"."""
    from factdiff.nli.paths import default_model_available, default_model_dirs

    if default_model_available():
        for d in default_model_dirs():
            if d.is_dir() and any(d.iterdir()):
                return d, True
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers_tiny_nli import save_tiny_nli

    folder = Path(tempfile.mkdtemp(prefix="factdiff-tiny-nli-")) / f"tiny-{tiny}"
    if tiny == "medium":
        save_tiny_nli(folder, hidden=128, layers=4, max_length=128)
    else:
        save_tiny_nli(folder, hidden=16, layers=1, max_length=48)
    return folder, False


class CountingScorer:
    """Wraps a scorer: counts the directions it scores and the seconds it spends, and
    keeps the directions themselves in `seen` (which text pairs reached the model)."""

    def __init__(self, inner):
        self.inner = inner
        self.pairs = 0
        self.seconds = 0.0
        self.seen: list[tuple[str, str]] = []

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def score(self, pairs):
        t = time.perf_counter()
        out = np.asarray(self.inner.score(pairs))
        self.seconds += time.perf_counter() - t
        self.pairs += len(pairs)
        self.seen.extend(pairs)
        return out


def model_comparison_args(description: str, sets_help: str) -> argparse.Namespace:
    """The command line of a benchmark that asks a model about labelled sets: the sets,
    ``--model`` (default: shipped) and ``--baseline`` (a second model, same pairs)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("sets", nargs="+", type=Path, help=sets_help)
    ap.add_argument("--model", type=Path, default=None, help="model folder (default: shipped)")
    ap.add_argument("--baseline", type=Path, default=None, help="a second model, same pairs")
    return ap.parse_args()
