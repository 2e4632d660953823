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
    project = path.name == "pyproject.toml"
    table = data.get("tool", {}).get("factdiff", {}) if project else data
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.factdiff] must be a table")
    check_names(table, path, "tool.factdiff" if project else "")
    return {key.replace("-", "_"): value for key, value in table.items()}


def check_names(table: dict[str, Any], path: Path, prefix: str = "") -> None:
    """Raise `UnknownSettingError` (a `UsageError`) for a key of a config table that
    factdiff does not know, or of its `thresholds` table, naming the file, the table
    and the nearest known key: `pyproject.toml [tool.factdiff]: unknown setting
    'no-nil' (did you mean 'no-nli'?)`."""
    from factdiff.settings import SETTING_NAMES, THRESHOLD_NAMES, check_keys

    def where(name: str) -> str:
        return f"{path} [{name}]" if name else str(path)

    check_keys(table, SETTING_NAMES, where(prefix), dashes=True)
    for key, value in table.items():
        if key.replace("-", "_") == "thresholds" and isinstance(value, dict):
            inner = f"{prefix}.{key}" if prefix else key
            check_keys(value, THRESHOLD_NAMES, where(inner), dashes=True)


# What known keys must be (an unknown key is an error of its own: check_names).
FORMAT_NAMES = ("rich", "json", "markdown", "html", "sarif", "junit")
FAIL_ON_NAMES = ("error", "warning", "info", "never")
LANGUAGES = ("fr", "en")
STORY_MODES = ("auto", "on", "off")
ENGINES = ("local", "ray")
# Whole-number settings and their least value (nli-max-pairs = 0: no untyped NLI pairs).
INTEGERS = {"max_bytes": 1, "max_sentences": 1, "nli_max_pairs": 0}


def check_settings(values: dict[str, Any], path: Path | None = None) -> None:
    """Raise `UsageError` for a known setting with a wrong value (`fail-on = "fatal"`,
    `kinds = ["dates"]`, a threshold that is not a number...), naming the file."""
    from factdiff.records import CLAIM_KINDS

    where = f"{path}: " if path is not None else ""

    def bad(key: str, why: str) -> UsageError:
        return UsageError(f"{where}{key.replace('_', '-')}: {why}")

    def names(key: str, allowed: tuple[str, ...]) -> None:
        value = values.get(key)
        if value is None:
            return
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise bad(key, f"expected a list of names among {', '.join(allowed)}")
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise bad(key, f"unknown {', '.join(unknown)}; expected some of {', '.join(allowed)}")

    if values.get("format") is not None and values["format"] not in FORMAT_NAMES:
        raise bad(
            "format", f"unknown {values['format']!r}; expected one of {', '.join(FORMAT_NAMES)}"
        )
    if values.get("fail_on") is not None and values["fail_on"] not in FAIL_ON_NAMES:
        raise bad(
            "fail_on", f"unknown {values['fail_on']!r}; expected one of {', '.join(FAIL_ON_NAMES)}"
        )
    for key, choices in (("stories", STORY_MODES), ("engine", ENGINES)):
        if values.get(key) is not None and values[key] not in choices:
            raise bad(key, f"unknown {values[key]!r}; expected one of {', '.join(choices)}")
    for key, least in INTEGERS.items():
        value = values.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(key, f"expected a whole number, got {value!r}")
        if value < least:
            raise bad(key, f"expected at least {least}, got {value}")
    names("kinds", CLAIM_KINDS)
    names("languages", LANGUAGES)
    if values.get("model") is not None and not isinstance(values["model"], str):
        raise bad("model", "expected a model folder name")
    thresholds = values.get("thresholds")
    if thresholds is not None:
        if not isinstance(thresholds, dict):
            raise bad("thresholds", "expected a table of numbers")
        for k, v in thresholds.items():
            if isinstance(v, bool) or not isinstance(v, int | float):
                raise bad(f"thresholds.{k}", f"expected a number, got {v!r}")
