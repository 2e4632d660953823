"""A rich progress bar for `factdiff.pipeline.run(..., progress=callback)`.

The pipeline calls `progress(stage, done, total)` (stages "extract" and
"nli"). `ProgressBar` shows one bar per stage on stderr, but only once the run
has taken more than `delay` seconds (a quick run prints nothing), and clears
it when done (transient). The command line disables it with --quiet or when
stderr is not a terminal.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import IO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

DELAY = 1.0
STAGE_LABELS = {"extract": "extracting claims", "nli": "scoring with NLI"}


class ProgressBar:
    """A context manager whose instance is the `progress` callback of a run."""

    def __init__(
        self,
        console: Console | None = None,
        *,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.console = console or Console(stderr=True)
        self.delay = DELAY if delay is None else delay
        self.clock = clock
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
        )
        self.tasks: dict[str, int] = {}
        self.started = False
        self.t0 = 0.0

    def __enter__(self) -> ProgressBar:
        self.t0 = self.clock()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.started:
            self.progress.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.started:
            if self.clock() - self.t0 < self.delay:
                return
            self.progress.start()
            self.started = True
        label = STAGE_LABELS.get(stage, stage)
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(label, total=max(total, 1))
        self.progress.update(self.tasks[stage], completed=done, total=max(total, 1))


def progress_bar(quiet: bool, stream: IO[str] | None = None) -> ProgressBar | None:
    """A progress bar on `stream` (stderr), or None with --quiet or when it is no terminal."""
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    if quiet or not (isatty and isatty()):
        return None
    return ProgressBar(Console(file=stream, force_terminal=True))
