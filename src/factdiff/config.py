"""Settings from `[tool.factdiff]` in a pyproject.toml, or from a factdiff.toml.

The file is found from the working directory upwards, like ruff and Vale do;
an explicit `--config FILE` wins over the search, and command-line flags win
over any file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from factdiff.errors import UsageError

CONFIG_NAMES = ("factdiff.toml", "pyproject.toml")


def find_config(start: Path | None = None) -> Path | None:
    """The nearest factdiff.toml, or pyproject.toml with a [tool.factdiff] table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / "factdiff.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file() and "factdiff" in _read(project).get("tool", {}):
            return project
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from exc


def load_config(path: Path | None) -> dict[str, Any]:
    """The factdiff settings table of a config file (empty when there is none)."""
    if path is None:
        return {}
    data = _read(path)
    table = data.get("tool", {}).get("factdiff", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.factdiff] must be a table")
    return {key.replace("-", "_"): value for key, value in table.items()}
