"""Where NLI models and the assembled base live; importable without torch.

The pipeline asks here whether a default model exists before it pays for
importing torch, so a run without a model stays fast.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from factdiff.errors import ModelError

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
    """Whether a default location holds factdiff's model (what `resolve_model_dir(None)`
    accepts; other models are used when named with --model)."""
    return any((d / FACTDIFF_CONFIG_NAME).is_file() for d in default_model_dirs())


def fingerprint(files: Sequence[Path]) -> str:
    """Short stable hash of model files: full small files, head+tail+size of big ones."""
    h = hashlib.sha256()
    for f in sorted(files):
        size = f.stat().st_size
        h.update(f"{f.name}:{size}".encode())
        with f.open("rb") as fh:
            if size <= 4 << 20:
                h.update(fh.read())
            else:
                h.update(fh.read(1 << 20))
                fh.seek(size - (1 << 20))
                h.update(fh.read())
    return h.hexdigest()[:10]


def directory_hash(path: Path) -> str:
    files = [
        f
        for f in path.iterdir()
        if f.is_file() and (f.suffix in (".json", ".safetensors", ".bin", ".model"))
    ]
    return fingerprint(files)


def resolve_model_dir(path: str | Path | None) -> Path:
    """The model folder a run uses: the one given, else the first default that exists."""
    if path is not None:
        p = Path(path).expanduser()
        if not p.is_dir():
            raise ModelError(f"{p}: NLI model directory not found")
        return p
    tried = default_model_dirs()
    for p in tried:
        if (p / FACTDIFF_CONFIG_NAME).is_file():
            return p
    raise ModelError(
        "the factdiff NLI model is not available yet (looked in "
        + ", ".join(str(p) for p in tried)
        + "); train it with `factdiff models train` or pass a model directory"
    )


def model_id(path: Path) -> str:
    """The stable name of a model folder, without loading it: folder name and a hash of
    its files (factdiff's own models are prefixed)."""
    prefix = "factdiff-nli-" if (path / FACTDIFF_CONFIG_NAME).is_file() else ""
    return f"{prefix}{path.name}@{directory_hash(path)}"
