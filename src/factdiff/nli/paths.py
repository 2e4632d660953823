"""Where NLI models and the assembled base live; importable without torch.

The pipeline asks here whether a default model exists before it pays for
importing torch, so a run without a model stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_MODEL = "FACTDIFF_NLI_MODEL"
FACTDIFF_CONFIG_NAME = "factdiff_nli.json"
HF_CONFIG_NAME = "config.json"


def factdiff_home() -> Path:
    """Cache folder: ``$FACTDIFF_HOME``, else ``~/.cache/factdiff``."""
    env = os.environ.get("FACTDIFF_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "factdiff"


def default_model_dirs() -> list[Path]:
    """Where the shipped factdiff model is looked for, in order.

    ``$FACTDIFF_NLI_MODEL``; ``models/nli`` of the source checkout this module
    lives in; ``$FACTDIFF_HOME/models/nli`` (``~/.cache/factdiff`` by default).
    """
    dirs = []
    if os.environ.get(ENV_MODEL):
        dirs.append(Path(os.environ[ENV_MODEL]).expanduser())
    dirs.append(Path(__file__).resolve().parents[3] / "models" / "nli")
    dirs.append(factdiff_home() / "models" / "nli")
    return dirs


def default_model_available() -> bool:
    """Whether any default location holds a model (factdiff's own or Hugging Face)."""
    return any((d / FACTDIFF_CONFIG_NAME).is_file() or (d / HF_CONFIG_NAME).is_file()
               for d in default_model_dirs())
