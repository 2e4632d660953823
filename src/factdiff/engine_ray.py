"""The per-story stage on Ray: ``factdiff check --engine ray [--ray-address ADDR]``.

Everything before the stories (reading, sentences, claims, grouping) runs in
this process; each story's alignment, comparison and NLI review then run as a
task on a pool of Ray actors, each of which loads the NLI model once and keeps
it for all the stories it is given. Results come back in any order and are
merged in story order, so the report is byte for byte the local engine's.

Without an address a local Ray is started on the loopback interface (no
dashboard) and stopped after the run; ``--ray-address auto`` joins the Ray
started on this machine with ``ray start``; ``ray://host:10001`` joins a remote
cluster through Ray Client. The cluster's nodes need factdiff installed (same
version), and a ``--model DIR`` that exists on them.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from factdiff.errors import UsageError

if TYPE_CHECKING:
    from factdiff.compare.nli import Scorer
    from factdiff.pipeline import Progress, Settings, StoryResult, StoryWork
    from factdiff.resolve import EntityIndex

#: Actors of the pool, at most: one per CPU the cluster offers, and no more than stories.
MAX_WORKERS = 64


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise UsageError(
            "--engine ray needs Ray: pip install 'factdiff[ray]' (or pip install ray)"
        ) from exc
    return ray


class _StoryWorker:
    """One Ray actor: the NLI model loaded once, then story after story."""

    def __init__(self, settings: Settings, scorer: Scorer | None, use_nli: bool) -> None:
        from factdiff import pipeline

        self.settings = settings
        self.scorer = None
        if use_nli:
            self.scorer = scorer if scorer is not None else pipeline.load_scorer(settings)
        self.store = pipeline._store(settings, injected=scorer is not None)

    def model_id(self) -> str:
        return self.scorer.model_id if self.scorer is not None else "none"

    def check(
        self, n: int, work: StoryWork, index: EntityIndex
    ) -> tuple[int, StoryResult, set[tuple[str, str]]]:
        from factdiff.compare import nli
        from factdiff.pipeline import check_story, embedder_for

        judge = nli.NLIJudge(self.scorer, store=self.store) if self.scorer is not None else None
        result = check_story(
            work, index, self.settings.thresholds, judge, embedder_for(self.settings)
        )
        return n, result, set(judge.cache) if judge is not None else set()


def _init(ray: Any, address: str | None) -> bool:
    """Connect to Ray; True when this call started a local Ray (to stop it after)."""
    if ray.is_initialized():
        return False
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if address:
        if address.startswith("ray://"):
            ray.init(address=address, logging_level=logging.ERROR)
        else:
            ray.init(address=address, **quiet)
        return True
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 2
    ray.init(
        num_cpus=cpus,
        _node_ip_address="127.0.0.1",  # loopback only
        object_store_memory=256 * 1024 * 1024,
        **quiet,
    )
    return True


def check_stories_ray(
    work: list[StoryWork],
    index: EntityIndex,
    settings: Settings,
    scorer: Scorer | None,
    use_nli: bool,
    progress: Progress | None = None,
) -> tuple[list[StoryResult], str, int]:
    """Each story checked as a task on a pool of actors: the results in story order,
    the NLI model id ("none" without one) and the sentence-pair directions scored."""
    ray = _import_ray()
    from ray.util import ActorPool

    started = _init(ray, settings.ray_address)
    try:
        if progress:
            progress("stories", 0, len(work))
        cpus = int(ray.cluster_resources().get("CPU", 1))
        size = max(1, min(cpus, len(work), MAX_WORKERS))
        actor = ray.remote(num_cpus=1)(_StoryWorker)
        workers = [actor.remote(settings, scorer, use_nli) for _ in range(size)]
        model_id = ray.get(workers[0].model_id.remote())
        index_ref = ray.put(index)
        pool = ActorPool(workers)
        for n, item in enumerate(work):
            pool.submit(lambda a, v: a.check.remote(v[0], v[1], index_ref), (n, item))
        results: list[StoryResult | None] = [None] * len(work)
        scored: set[tuple[str, str]] = set()
        done = 0
        while pool.has_next():
            n, result, pairs = pool.get_next_unordered()
            results[n] = result
            scored |= pairs
            done += 1
            if progress:
                progress("stories", done, len(work))
        for w in workers:
            ray.kill(w)
    finally:
        if started:
            ray.shutdown()
    return [r for r in results if r is not None], model_id, len(scored)
