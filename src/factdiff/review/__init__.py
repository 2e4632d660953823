"""`factdiff review REPORT.json`: an editor's decisions on the findings of a report.

The terminal app (`factdiff.review.app`, Textual) walks the findings by event
and records, for each, "confirmed", "not a conflict" or "an update" with a
note, in a review file (`factdiff.report.baseline.review_text`). That file is a
baseline: `factdiff check --baseline REVIEW.json` hides the dismissed findings
(not a conflict, update), counts and lists them with their reasons, and SARIF
carries them as suppressed results. Textual is imported only here, so the
`check` command never loads it.
"""

from __future__ import annotations

from pathlib import Path

from factdiff.errors import UsageError

DEFAULT_REVIEW = ".factdiff-review.json"


def review_app(report_path: str | Path, review_path: str | Path | None = None):
    """The review app for a JSON report, with the decisions already in the review file."""
    try:
        from factdiff.review.app import ReviewApp
    except ImportError as exc:  # pragma: no cover - textual is a pinned dependency
        raise UsageError(f"factdiff review needs textual: {exc}") from None
    from factdiff.report.baseline import load_decisions
    from factdiff.report.load import load_report

    report = load_report(report_path)
    out = Path(review_path or DEFAULT_REVIEW)
    decisions = load_decisions(out) if out.is_file() else {}
    return ReviewApp(report, out, decisions)
