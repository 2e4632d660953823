"""JSON: the contract's report, as `Report.to_json()` writes it."""

from __future__ import annotations

from factdiff.records import Report


def render(report: Report, *, fail_on: str = "error", width: int = 100, color: bool = False) -> str:
    """The JSON report of the contract (options are accepted and ignored)."""
    return report.to_json()
