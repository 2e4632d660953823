"""The report stage: one renderer module per output format.

`render(report, fmt)` picks the renderer from `_RENDERERS`, a registry of
format name -> module. Each module exposes `render(report, *, fail_on, width,
color) -> str`; adding a format is adding one module and one registry line.
Modules are imported on first use so that, for instance, `--format json` never
imports rich.

Every renderer is deterministic: the same `Report` gives the same output byte
for byte (the JSON `stats.seconds` timings come from the Report itself).
"""

from __future__ import annotations

import importlib
from typing import Protocol

from factdiff.errors import UsageError
from factdiff.records import Report
from factdiff.report._common import FAIL_ON, check_fail_on, fails

__all__ = ["FAIL_ON", "FORMATS", "render", "should_fail"]

FORMATS: tuple[str, ...] = ("rich", "json", "markdown", "html", "sarif", "junit")

# format name -> module in this package that defines `render`.
_RENDERERS: dict[str, str] = {
    "rich": "rich_view",
    "json": "json",
    "markdown": "markdown",
    "html": "html",
    "sarif": "sarif",
    "junit": "junit",
}


class Renderer(Protocol):
    def __call__(
        self, report: Report, *, fail_on: str = ..., width: int = ..., color: bool = ...
    ) -> str: ...


def get_renderer(fmt: str) -> Renderer:
    """The `render` function of format `fmt`; `UsageError` for an unknown format."""
    module = _RENDERERS.get(fmt)
    if module is None:
        raise UsageError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return importlib.import_module(f"{__name__}.{module}").render


def render(
    report: Report, fmt: str, *, fail_on: str = "error", width: int = 100, color: bool = False
) -> str:
    """Render `report` in format `fmt` (one of `FORMATS`) as a string.

    `fail_on` (error|warning|info|never) is the threshold JUnit marks as
    failures; `width` and `color` shape the terminal view.
    """
    check_fail_on(fail_on)
    return get_renderer(fmt)(report, fail_on=fail_on, width=width, color=color)


def should_fail(report: Report, fail_on: str = "error") -> bool:
    """True when the report has a finding at or above `fail_on` (exit status 1)."""
    check_fail_on(fail_on)
    return any(fails(f, fail_on) for f in report.findings)
