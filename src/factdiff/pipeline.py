"""The pipeline: ingest -> segment -> extract -> resolve -> align -> compare -> Report.

Each stage is a module; this one only wires them in order and times them. The
per-story stage (align, compare, NLI review: `check_story`) runs here one story
after the other, or on Ray (`Settings.engine = "ray"`, factdiff.engine_ray);
either way the report is the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factdiff import __version__
from factdiff.align import align
from factdiff.compare import (
    COMPARATORS,
    Candidate,
    CompareContext,
    Thresholds,
    compare,
    nli,
    to_findings,
)
from factdiff.embed import Embedder, default_embedder
from factdiff.extract import extract_sentence
from factdiff.ingest import DEFAULT_MAX_BYTES, read_articles
from factdiff.nli.paths import model_id, resolve_model_dir
from factdiff.records import (
    CLAIM_KINDS,
    Article,
    Claim,
    Event,
    NLIProbs,
    Report,
    Sentence,
    Stats,
)
from factdiff.resolve import EntityIndex
from factdiff.segment import segment
from factdiff.stories import Story, article_features, group_stories

if TYPE_CHECKING:
    import numpy as np

    from factdiff.cache import NLICache

Progress = Callable[[str, int, int], None]
STORY_MODE_MIN_ARTICLES = 8


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; CLI flags and config files fill it."""

    fail_on: str = "error"
    format: str | None = None
    nli: bool = True
    model: str | None = None
    kinds: tuple[str, ...] = CLAIM_KINDS
    languages: tuple[str, ...] = ("fr", "en")
    max_bytes: int = DEFAULT_MAX_BYTES
    max_sentences: int = 2000
    # "auto": articles are grouped into stories when there are more than
    # STORY_MODE_MIN_ARTICLES of them (a day of wire copy); "on" always; "off" never
    # (every article is about the same news, as when an editor gives one cluster).
    stories: str = "auto"
    thresholds: Thresholds = field(default_factory=Thresholds)
    # The on-disk NLI cache (factdiff.cache): None = on for the model the run loads
    # itself, off for a scorer handed to run(); True/False = on/off for both.
    cache: bool | None = None
    cache_dir: str | None = None  # None: $FACTDIFF_HOME
    # "local": stories one after the other in this process; "ray": as Ray tasks
    # (factdiff[ray]), on a local Ray or the cluster at `ray_address`.
    engine: str = "local"
    ray_address: str | None = None
    # Sentence embeddings (multilingual e5, factdiff.embed) as a pairing signal; off,
    # the same-fact model without them (`semantic = false`).
    semantic: bool = True
    # Aligned sentence pairs no rule flagged that the NLI model reads per story, best
    # aligned first (`nli-max-pairs`; None: NLIPolicy's default).
    nli_max_pairs: int | None = None

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Settings:
        """Settings from keyword arguments or a config table (dashes or underscores)."""
        known = {f.name for f in fields(cls)}
        clean: dict[str, Any] = {}
        threshold_values: dict[str, float] = {}
        for raw_key, value in values.items():
            key = raw_key.replace("-", "_")
            if key == "no_nli":
                clean["nli"] = not value
            elif key == "thresholds" and isinstance(value, Mapping):
                threshold_values.update({k.replace("-", "_"): float(v) for k, v in value.items()})
            elif key in ("kinds", "languages") and value is not None:
                clean[key] = tuple(value)
            elif key in known:
                clean[key] = value
        settings = cls(**clean)
        if threshold_values or "kinds" in clean:
            thresholds = replace(
                settings.thresholds,
                **{
                    k: v
                    for k, v in threshold_values.items()
                    if k in {f.name for f in fields(Thresholds)}
                },
                enabled=settings.kinds,
            )
            settings = replace(settings, thresholds=thresholds)
        return settings


def run(
    paths: list[str],
    settings: Settings | None = None,
    progress: Progress | None = None,
    scorer: nli.Scorer | None = None,
) -> Report:
    """Check the articles at `paths` and return the report.

    `scorer` is an already loaded NLI model to use instead of loading
    `settings.model` (a server or a test keeps one for many runs).
    """
    settings = settings or Settings()
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    articles, skipped = read_articles(paths, max_bytes=settings.max_bytes)
    seconds["ingest"] = time.perf_counter() - t0

    extraction = extract_articles(articles, settings, progress, seconds)
    sentences, claims, index = extraction.sentences, extraction.claims, extraction.index
    claims_by_sentence = extraction.claims_by_sentence
    people_by_sentence = extraction.people_by_sentence
    limits = extraction.limits

    t = time.perf_counter()
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.source, []).append(sentence)
    claims_of: dict[str, list[Claim]] = {}
    for c in claims:
        claims_of.setdefault(c.source, []).append(c)
    features = {
        a.id: article_features(
            a,
            by_article.get(a.id, []),
            claims_of.get(a.id, []),
            [
                p
                for s in by_article.get(a.id, [])
                for p in people_by_sentence.get((s.source, s.index), [])
            ],
            index,
        )
        for a in articles
    }
    grouping = settings.stories == "on" or (
        settings.stories == "auto" and len(articles) > STORY_MODE_MIN_ARTICLES
    )
    stories = (
        group_stories(articles, features)
        if grouping
        else [Story("s1", tuple(a.id for a in articles))]
    )
    seconds["stories"] = time.perf_counter() - t

    t = time.perf_counter()
    judge = None
    if len(articles) > 1 and settings.nli and settings.engine != "ray":
        judge = (
            nli.NLIJudge(
                scorer,
                policy=nli_policy(settings),
                progress=progress,
                store=_store(settings, injected=True),
            )
            if scorer
            else _judge(settings, progress)
        )
    seconds["nli_load"] = time.perf_counter() - t
    seconds["align"] = seconds["compare"] = seconds["nli"] = 0.0
    article_by_id = {a.id: a for a in articles}
    claims_of_article: dict[str, list[Claim]] = {}
    for c in claims:
        claims_of_article.setdefault(c.source, []).append(c)
    work = [
        StoryWork(
            story=story,
            sentences=[s for a in story.articles for s in by_article.get(a, [])],
            claims=[c for a in story.articles for c in claims_of_article.get(a, [])],
            articles={a: article_by_id[a] for a in story.articles},
            claims_by_sentence={
                (s.source, s.index): claims_by_sentence[(s.source, s.index)]
                for a in story.articles
                for s in by_article.get(a, [])
                if (s.source, s.index) in claims_by_sentence
            },
            people_by_sentence={
                (s.source, s.index): people_by_sentence[(s.source, s.index)]
                for a in story.articles
                for s in by_article.get(a, [])
                if (s.source, s.index) in people_by_sentence
            },
        )
        for story in stories
    ]
    nli_wanted = len(articles) > 1 and settings.nli
    if settings.engine == "ray":
        from factdiff.engine_ray import check_stories_ray

        results, model_id, pairs_scored = check_stories_ray(
            work, index, settings, scorer, nli_wanted, progress if len(work) > 1 else None
        )
    else:
        # A "stories" stage in the progress bar once there is more than one story.
        story_progress = progress if len(work) > 1 else None
        results = []
        for n, item in enumerate(work):
            if story_progress:
                story_progress("stories", n, len(work))
            results.append(
                check_story(item, index, settings.thresholds, judge, embedder_for(settings))
            )
        if story_progress:
            story_progress("stories", len(work), len(work))
        model_id = judge.scorer.model_id if judge else "none"
        pairs_scored = judge.pairs_scored if judge else 0
    candidates: list[Candidate] = []
    probs: dict[tuple[str, str], NLIProbs] = {}
    events: list[Event] = []
    event_of_sentence: dict[tuple[str, int], str] = {}
    pairs_considered = 0
    for result in results:
        # Each story numbers its events from e1; the run numbers them in story order.
        renamed = {e.id: f"e{len(events) + i + 1}" for i, e in enumerate(result.events)}
        events.extend(replace(e, id=renamed[e.id]) for e in result.events)
        event_of_sentence.update({k: renamed[v] for k, v in result.event_of_sentence.items()})
        pairs_considered += result.pairs_considered
        candidates.extend(result.candidates)
        probs.update(result.probs)
        for stage in ("align", "compare", "nli"):
            seconds[stage] += result.seconds[stage]
    t = time.perf_counter()
    if len(stories) > 1 and "role" in settings.kinds:
        # A person's title is one fact across stories: roles are compared over the run.
        everything = CompareContext(
            articles=article_by_id,
            claims=claims,
            alignment=align([], {}, {}, index),
            index=index,
            people=people_by_sentence,
            thresholds=settings.thresholds,
        )
        seen = {(c.left.id, c.right.id) for c in candidates if c.kind == "role"}
        candidates += [
            c for c in COMPARATORS["role"](everything) if (c.left.id, c.right.id) not in seen
        ]
    story_of = {a: story.id for story in stories for a in story.articles}
    findings = to_findings(candidates, event_of_sentence, probs, story_of)
    seconds["compare"] += time.perf_counter() - t

    events = _events_with_claims(events, claims, event_of_sentence)
    seconds["total"] = time.perf_counter() - t0
    if judge is not None and judge.windowed:
        limits.append(
            {
                "limit": "nli_window",
                "value": judge.policy.window_chars,
                "sentences": len(judge.windowed),
            }
        )
    if judge is not None and judge.capped:
        limits.append(
            {"limit": "nli_pairs", "value": judge.policy.max_pairs, "unscored": judge.capped}
        )
    stats = Stats(
        articles=len(articles),
        sentences=len(sentences),
        claims=len(claims),
        pairs_considered=pairs_considered,
        pairs_scored_nli=pairs_scored,
        seconds=seconds,
        limits=limits,
    )
    return Report(
        version=__version__,
        model=model_id,
        sources=articles,
        claims=claims,
        events=events,
        findings=findings,
        skipped=skipped,
        stats=stats,
        sentences=sentences,
        stories=stories,
    )


@dataclass
class Extraction:
    """What segmenting and extraction made of a run's articles (the stages before
    stories, alignment and comparison)."""

    sentences: list[Sentence]
    claims: list[Claim]
    claims_by_sentence: dict[tuple[str, int], list[Claim]]
    people_by_sentence: dict[tuple[str, int], list[str]]
    index: EntityIndex
    limits: list[dict[str, Any]]  # caps reached, listed in the report


def extract_articles(
    articles: list[Article],
    settings: Settings,
    progress: Progress | None = None,
    seconds: dict[str, float] | None = None,
) -> Extraction:
    """Sentences, claims and the people they name, for every article, in order."""
    seconds = seconds if seconds is not None else {}
    t = time.perf_counter()
    sentences: list[Sentence] = []
    limits: list[dict[str, Any]] = []  # caps reached, listed in the report
    for article in articles:
        # One sentence more than the cap tells whether the cap cut the article.
        cut = segment(article, max_sentences=settings.max_sentences + 1)
        if len(cut) > settings.max_sentences:
            cut = cut[: settings.max_sentences]
            limits.append(
                {"article": article.id, "limit": "max_sentences", "value": settings.max_sentences}
            )
        sentences.extend(cut)
    seconds["segment"] = time.perf_counter() - t

    t = time.perf_counter()
    published = {a.id: a.published for a in articles}
    claims: list[Claim] = []
    claims_by_sentence: dict[tuple[str, int], list[Claim]] = {}
    people_by_sentence: dict[tuple[str, int], list[str]] = {}
    index = EntityIndex()
    for n, sentence in enumerate(sentences):
        if progress:
            progress("extract", n, len(sentences))
        key = (sentence.source, sentence.index)
        if sentence.lang not in settings.languages:
            continue  # a language the run was not asked to check: no claims from it
        drafts, people = extract_sentence(sentence, published[sentence.source])
        people_by_sentence[key] = people
        for name in people:
            index.add_person(name)
        for d in drafts:
            if d.kind not in settings.kinds:
                continue
            claim = Claim(
                id=f"c{len(claims) + 1}",
                source=sentence.source,
                kind=d.kind,
                sentence=sentence,
                span=d.span,
                value=d.value,
                surface=d.surface,
                subject=d.subject,
            )
            claims.append(claim)
            claims_by_sentence.setdefault(key, []).append(claim)
    seconds["extract"] = time.perf_counter() - t
    return Extraction(sentences, claims, claims_by_sentence, people_by_sentence, index, limits)


@dataclass
class StoryWork:
    """What the per-story stage needs of one story (picklable, for a Ray task)."""

    story: Story
    sentences: list[Sentence]
    claims: list[Claim]
    articles: dict[str, Article]
    claims_by_sentence: dict[tuple[str, int], list[Claim]]
    people_by_sentence: dict[tuple[str, int], list[str]]


@dataclass
class StoryResult:
    """Alignment and comparison of one story; its events are numbered from e1."""

    events: list[Event]
    event_of_sentence: dict[tuple[str, int], str]
    pairs_considered: int
    candidates: list[Candidate]
    probs: dict[tuple[str, str], NLIProbs]
    seconds: dict[str, float]


def check_story(
    work: StoryWork,
    index: EntityIndex,
    thresholds: Thresholds,
    judge: nli.NLIJudge | None,
    embedder: Embedder | None = None,
) -> StoryResult:
    """Align the sentences of one story and compare their claims (the per-story work
    of `run`; an engine may run it anywhere)."""
    t = time.perf_counter()
    alignment = align(
        work.sentences, work.claims_by_sentence, work.people_by_sentence, index, embedder=embedder
    )
    seconds = {"align": time.perf_counter() - t}
    t = time.perf_counter()
    ctx = CompareContext(
        articles=work.articles,
        claims=work.claims,
        alignment=alignment,
        index=index,
        people=work.people_by_sentence,
        thresholds=thresholds,
    )
    candidates, probs, spent = _compare_story(ctx, judge)
    seconds["nli"] = spent
    seconds["compare"] = time.perf_counter() - t - spent
    return StoryResult(
        events=alignment.events,
        event_of_sentence=alignment.event_of_sentence,
        pairs_considered=len(alignment.pairs),
        candidates=candidates,
        probs=probs,
        seconds=seconds,
    )


def _compare_story(
    ctx: CompareContext, judge: nli.NLIJudge | None
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
        untyped = nli.untyped_conflicts(ctx, judge, flagged)
        probs.update(nli.review(untyped, judge))
        candidates += untyped
        spent += time.perf_counter() - t
    return candidates, probs, spent


_SCORERS: dict[str | None, nli.Scorer] = {}


def _store(settings: Settings, injected: bool = False) -> NLICache | None:
    """The on-disk NLI cache of a run, or None (see Settings.cache)."""
    if settings.cache is False or (settings.cache is None and injected):
        return None
    from factdiff.cache import NLICache

    return NLICache(settings.cache_dir)


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


def embedder_for(settings: Settings) -> Embedder | None:
    """The sentence embedder of a run, or None when `settings.semantic` is off."""
    return default_embedder() if settings.semantic else None


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


def _judge(settings: Settings, progress: Progress | None) -> nli.NLIJudge | None:
    """The NLI judge of a run, or None when NLI is off or no default model is installed.

    A model the user names must load (a ModelError becomes exit status 2); the
    shipped default may be absent, and the typed rules then run alone. Loaded
    models are kept for the life of the process (the library may be called often).
    """
    scorer = load_scorer(settings)
    if scorer is None:
        return None
    return nli.NLIJudge(
        scorer, policy=nli_policy(settings), progress=progress, store=_store(settings)
    )


def nli_policy(settings: Settings) -> nli.NLIPolicy:
    """The NLI thresholds and caps of a run: the defaults, with what `settings` changes."""
    policy = nli.NLIPolicy()
    if settings.nli_max_pairs is not None:
        policy = replace(policy, max_pairs=settings.nli_max_pairs)
    return policy


def _events_with_claims(
    events: list[Event], claims: list[Claim], event_of_sentence: dict[tuple[str, int], str]
) -> list[Event]:
    members: dict[str, list[str]] = {}
    for c in claims:
        eid = event_of_sentence.get((c.source, c.sentence.index))
        if eid:
            members.setdefault(eid, []).append(c.id)
    return [replace(e, claims=tuple(members.get(e.id, []))) for e in events]
