"""factdiff: find the facts that news reports about the same events disagree on.

The library facade: ``factdiff.check(paths, **settings) -> Report``.
"""

from __future__ import annotations

__version__ = "0.1.0"

from factdiff.records import Report

__all__ = ["Report", "__version__", "check"]


def check(paths, **settings) -> Report:  # noqa: ANN001 - thin facade, typed in pipeline
    """Read the articles at `paths`, extract and align their claims, and report conflicts.

    `settings` are those of `[tool.factdiff]`, underscored (`no_nli=True`, `fail_on=...`);
    an unknown one raises `factdiff.settings.UnknownSettingError` (a ValueError).
    """
    from factdiff.pipeline import Settings, run

    return run(list(paths), Settings.from_mapping(settings, source="factdiff.check()"))
