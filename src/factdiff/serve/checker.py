"""One check of in-memory articles, exactly as `factdiff check` would run it on files.

The service writes a request's articles into a private temporary folder, under
the names the client gave (a JSON request is one file, `articles.json`, holding
its `articles` list), runs `pipeline.run` on them, and then gives every source
and skipped input the path it would have had if the CLI had been run in that
folder. So the report is the CLI's, byte for byte (`stats.seconds` aside), on
the same files.

The NLI model is the worker's (`pipeline.load_scorer`, loaded once per process)
and the on-disk NLI cache is shared by every worker and every CLI run that uses
the same folder.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from factdiff.pipeline import Settings, load_scorer, run
from factdiff.records import Report
from factdiff.report import render

JSON_NAME = "articles.json"


class DeadlineExceeded(Exception):
    """A check ran past its time limit (raised from the progress callback)."""


class CountingScorer:
    """The worker's NLI scorer, counting the directions the model itself scored in one
    check (the rest came from the NLI cache)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.scored = 0

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def score(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        out = self.inner.score(pairs)
        self.scored += len(pairs)
        return out


@dataclass
class Outcome:
    report: Report
    text: str  # the report rendered in the format asked for
    model_scored: int  # NLI directions the model scored now
    cached: int  # NLI directions found in the cache


def safe_name(name: str, n: int) -> str:
    """A file name a client sent, as a plain name in one folder (no folders, no dot
    prefix, no NUL); `upload-N` when nothing is left of it."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].replace("\x00", "")
    base = base.lstrip(".").strip()
    return base or f"upload-{n}"


def run_settings(base: Settings) -> Settings:
    """The worker's settings for a run that is handed the worker's scorer: the disk
    cache stays on (as in a CLI run) unless the server turned it off."""
    return base if base.cache is False else replace(base, cache=True)


def check_files(
    files: Sequence[tuple[str, bytes]],
    settings: Settings,
    deadline: float | None = None,
    fmt: str = "json",
) -> Outcome:
    """Check `files` ((name, bytes), names already unique) as the CLI checks them, and
    render the report in `fmt` (while the files are there: SARIF reads them again for
    line and column numbers)."""
    settings = run_settings(settings)
    scorer = load_scorer(settings)
    counting = CountingScorer(scorer) if scorer is not None else None

    def progress(stage: str, done: int, total: int) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise DeadlineExceeded(stage)

    with tempfile.TemporaryDirectory(prefix="factdiff-serve-") as tmp:
        folder = Path(tmp)
        paths = []
        for name, data in files:
            path = folder / name
            path.write_bytes(data)
            paths.append(str(path))
        progress("ingest", 0, len(paths))
        report = run(paths, settings, progress=progress, scorer=counting)
        report = _relative(report, str(folder) + "/")
        if fmt == "sarif":
            from factdiff.report.sarif import render_sarif

            text = render_sarif(report, root=folder)
        else:
            text = render(report, fmt, fail_on=settings.fail_on, width=100, color=False)
    model_scored = counting.scored if counting else 0
    cached = max(0, report.stats.pairs_scored_nli - model_scored)
    return Outcome(report, text, model_scored, cached)


def _relative(report: Report, prefix: str) -> Report:
    def strip(path: str) -> str:
        return path[len(prefix) :] if path.startswith(prefix) else path

    report.sources = [replace(a, path=strip(a.path)) for a in report.sources]
    report.skipped = [replace(s, path=strip(s.path)) for s in report.skipped]
    return report


def json_request_file(articles: list[Any]) -> tuple[str, bytes]:
    """The file a JSON request stands for: its `articles` list as `articles.json`."""
    import json

    return JSON_NAME, json.dumps(articles, ensure_ascii=False, indent=2).encode("utf-8")


def merged_settings(base: Mapping[str, Any], request: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(base)
    values.update({k.replace("-", "_"): v for k, v in request.items()})
    return values
