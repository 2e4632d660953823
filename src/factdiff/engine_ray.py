"""The per-story stage on Ray: ``factdiff check --engine ray [--ray-address ADDR]``.

Everything before the stories (reading, sentences, claims, grouping) runs in
this process; each story's alignment, comparison and NLI review then run as a
task on a pool of Ray actors, each of which loads the NLI model once and keeps
it for all the stories it is given. Results come back in any order and are
merged in story order, so the report is byte for byte the local engine's: each
actor checks its stories with a `factdiff.engines.StoryChecker`, as the local
engine does, and each story's result carries its own limits.

Without an address a local Ray is started on the loopback interface (no
dashboard) and stopped after the run; ``--ray-address auto`` joins the Ray
started on this machine with ``ray start``; ``ray://host:10001`` joins a remote
cluster through Ray Client. The cluster's nodes need factdiff installed (same
version), and a ``--model DIR`` that exists on them.
"""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING, Any

from factdiff.engines import (
    StoriesChecked,
    StoryChecker,
    StoryResult,
    StoryWork,
    sentences_to_embed,
)
from factdiff.errors import UsageError

if TYPE_CHECKING:
    from factdiff.compare.nli import Scorer
    from factdiff.engines import Progress
    from factdiff.resolve import EntityIndex
    from factdiff.settings import Settings

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

    def __init__(
        self, settings: Settings, scorer: Scorer | None, use_nli: bool, sentences: int
    ) -> None:
        # The run's sentence count, so that every actor embeds with the local engine's e5.
        self.checker = StoryChecker(settings, scorer=scorer, use_nli=use_nli, sentences=sentences)

    def model_id(self) -> str:
        return self.checker.model_id

    def check(self, n: int, work: StoryWork, index: EntityIndex) -> tuple[int, StoryResult]:
        return n, self.checker.check(work, index)


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


class RayEngine:
    """Each story checked as a task on a pool of actors; results merged in story order
    (a "stories" progress stage once there is more than one story)."""

    name = "ray"

    def check_stories(
        self,
        work: list[StoryWork],
        index: EntityIndex,
        settings: Settings,
        scorer: Scorer | None = None,
        use_nli: bool = True,
        progress: Progress | None = None,
    ) -> StoriesChecked:
        ray = _import_ray()
        from ray.util import ActorPool

        # within checks (one per article) are not stories of their own
        stories = sum(w.scope == "across" for w in work)
        progress = progress if stories > 1 else None
        t = time.perf_counter()
        started = _init(ray, settings.ray_address)
        try:
            if progress:
                progress("stories", 0, stories)
            cpus = int(ray.cluster_resources().get("CPU", 1))
            size = max(1, min(cpus, len(work), MAX_WORKERS))
            actor = ray.remote(num_cpus=1)(_StoryWorker)
            sentences = sentences_to_embed(work)
            workers = [actor.remote(settings, scorer, use_nli, sentences) for _ in range(size)]
            model_id = ray.get(workers[0].model_id.remote())
            loaded = time.perf_counter() - t
            index_ref = ray.put(index)
            pool = ActorPool(workers)
            for n, item in enumerate(work):
                pool.submit(lambda a, v: a.check.remote(v[0], v[1], index_ref), (n, item))
            results: list[StoryResult | None] = [None] * len(work)
            done = 0
            while pool.has_next():
                n, result = pool.get_next_unordered()
                results[n] = result
                if work[n].scope == "across":
                    done += 1
                    if progress:
                        progress("stories", done, stories)
            for w in workers:
                ray.kill(w)
        finally:
            if started:
                ray.shutdown()
        return StoriesChecked([r for r in results if r is not None], model_id, loaded)
