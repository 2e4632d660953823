"""YAML front matter: split it from the body and parse it safely.

Only a ``yaml.SafeLoader`` (subclass) is used, and front matter is refused before loading
when it is larger than `MAX_FRONT_MATTER_BYTES` or uses more than `MAX_ALIASES`
aliases (a "billion laughs" document expands every alias).
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["MAX_ALIASES", "MAX_FRONT_MATTER_BYTES", "FrontMatterError", "split_front_matter"]

MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_ALIASES = 50
_DELIMITERS = ("---",)
_CLOSERS = ("---", "...")


class FrontMatterError(ValueError):
    """The front matter is present but unusable; the message is the one-line reason."""


class _Loader(yaml.SafeLoader):
    """`yaml.SafeLoader` that leaves impossible timestamps (2025-13-45) as strings."""

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:  # type: ignore[override]
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[arg-type]
        except ValueError:
            return self.construct_scalar(node)  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _one_line(exc: yaml.YAMLError, line_offset: int) -> str:
    if isinstance(exc, yaml.MarkedYAMLError):
        problem = exc.problem or exc.context or "syntax error"
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 1 + line_offset})" if mark is not None else ""
        return " ".join(f"{problem}{where}".split())
    return " ".join(str(exc).split()) or "syntax error"


def _count_aliases(source: str) -> int:
    return sum(1 for event in yaml.parse(source) if isinstance(event, yaml.AliasEvent))


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body). No front matter gives ({}, text).

    Front matter is a block opened by a ``---`` first line and closed by a
    ``---`` or ``...`` line. Raises `FrontMatterError` when it cannot be used.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() not in _DELIMITERS:
        return {}, text
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _CLOSERS), None)
    if end is None:
        raise FrontMatterError("invalid front matter: no closing '---' line")
    source = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    if len(source.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(
            f"invalid front matter: larger than {MAX_FRONT_MATTER_BYTES // 1024} KB"
        )
    try:
        aliases = _count_aliases(source)
        if aliases > MAX_ALIASES:
            raise FrontMatterError(
                f"invalid front matter: {aliases} YAML aliases, above the limit of {MAX_ALIASES}"
            )
        data = yaml.load(source, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"invalid front matter: {_one_line(exc, 1)}") from exc
    except RecursionError as exc:
        raise FrontMatterError("invalid front matter: nested too deeply") from exc
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string"}.get(type(data), type(data).__name__)
        raise FrontMatterError(f"invalid front matter: not a mapping of fields (got {kind})")
    return data, body
