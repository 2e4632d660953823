"""User-facing failures: each becomes a one-line message and exit status 2."""

from __future__ import annotations


class FactdiffError(Exception):
    """Base class of the errors factdiff reports to users without a traceback."""


class InputError(FactdiffError):
    """An input path could not be read as an article."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(FactdiffError):
    """The command line or configuration is wrong."""


class ModelError(FactdiffError):
    """An NLI model directory could not be loaded."""
