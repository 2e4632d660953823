"""The pipeline: ingest -> segment -> extract -> resolve -> align -> compare -> Report.

Each stage is a module; this one only wires them in order and times them. The
per-story stage (align, compare, NLI review) runs on the engine `Settings.engine`
names (factdiff.engines: "local", one story after the other here, or "ray");
either way the report is the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from factdiff import __version__
from factdiff.align import Alignment, align, reference_dates
from factdiff.compare import COMPARATORS, Candidate, CompareContext, nli, to_findings
from factdiff.embed import Embedder
from factdiff.engines import (
    LazyScorer,
    StoryResult,
    StoryWork,
    check_story,
    embedder_for,
    get_engine,
    load_scorer,
    nli_policy,
)
from factdiff.extract import extract_sentence, match_reports
from factdiff.extract.base import ClaimDraft
from factdiff.extract.statements import quote_left_open
from factdiff.ingest import read_articles
from factdiff.lexicon.given_names import first_person
from factdiff.records import Article, Claim, Event, NLIProbs, Report, Sentence, Stats
from factdiff.resolve import EntityIndex
from factdiff.segment import segment
from factdiff.settings import Settings, UnknownSettingError
from factdiff.stories import Story, article_features, group_stories
from factdiff.within import WithinWork, mapped_back, within_work

# Re-exported: what callers of the pipeline have long imported from here.
__all__ = [
    "Extraction",
    "LazyScorer",
    "Settings",
    "StoryResult",
    "StoryWork",
    "UnknownSettingError",
    "check_story",
    "embedder_for",
    "extract_articles",
    "load_scorer",
    "nli_policy",
    "run",
]

Progress = Callable[[str, int, int], None]
STORY_MODE_MIN_ARTICLES = 8


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

    t = time.perf_counter()
    stories = _stories(articles, extraction, settings)
    seconds["stories"] = time.perf_counter() - t

    story_work = _story_work(stories, articles, extraction)
    within = _within_work(articles, extraction) if settings.within else []
    checked = get_engine(settings.engine).check_stories(
        story_work + [w.work for w in within],
        extraction.index,
        settings,
        scorer=scorer,
        use_nli=settings.nli and (len(articles) > 1 or bool(within)),
        progress=progress,
    )
    seconds["nli_load"] = checked.load_seconds
    within_results = checked.results[len(story_work) :]
    merged = _merged(checked.results[: len(story_work)])
    merged.pairs_considered += sum(r.pairs_considered for r in within_results)
    for stage in ("align", "compare", "nli"):
        seconds[stage] = sum(r.seconds[stage] for r in checked.results)
    # A pair the within checks scored counts once with the stories' (texts, not sources).
    merged.pairs_scored_nli = len(set().union(*(r.nli_directions for r in checked.results)))

    t = time.perf_counter()
    candidates = merged.candidates
    if len(stories) > 1 and "role" in settings.kinds:
        candidates += _roles_across_stories(articles, extraction, settings, candidates)
    story_of = {a: story.id for story in stories for a in story.articles}
    by_article, _ = extraction.by_article()
    own: list[Candidate] = []
    for item, result in zip(within, within_results, strict=True):
        own += mapped_back(item, result.candidates, by_article[item.article])
        merged.probs.update(result.probs)
    findings = to_findings(candidates, merged.event_of_sentence, merged.probs, story_of, within=own)
    seconds["compare"] += time.perf_counter() - t

    events = _events_with_claims(merged.events, extraction.claims, merged.event_of_sentence)
    seconds["total"] = time.perf_counter() - t0
    stats = Stats(
        articles=len(articles),
        sentences=len(extraction.sentences),
        claims=len(extraction.claims),
        pairs_considered=merged.pairs_considered,
        pairs_scored_nli=merged.pairs_scored_nli,
        seconds=seconds,
        limits=extraction.limits + _nli_limits(checked.results, settings),
    )
    report = Report(
        version=__version__,
        model=checked.model_id,
        sources=articles,
        claims=extraction.claims,
        events=events,
        findings=findings,
        skipped=skipped,
        stats=stats,
        sentences=extraction.sentences,
        stories=stories,
    )
    # Events named as an editor names them (who, what, where, when) from their claims.
    from factdiff.report.events import relabel_events

    return relabel_events(report)


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

    def by_article(self) -> tuple[dict[str, list[Sentence]], dict[str, list[Claim]]]:
        """Sentences and claims grouped by article, in reading order."""
        sentences: dict[str, list[Sentence]] = {}
        for sentence in self.sentences:
            sentences.setdefault(sentence.source, []).append(sentence)
        claims: dict[str, list[Claim]] = {}
        for c in self.claims:
            claims.setdefault(c.source, []).append(c)
        return sentences, claims


def align_paths(
    paths: list[str], settings: Settings | None = None, embedder: Embedder | None = None
) -> tuple[Alignment, Extraction, list[Article]]:
    """The alignment of the articles at `paths` as one story (every pairing signal when an
    embedder is given): what the pairing benchmarks and tests look at, without comparing."""
    settings = settings or Settings(nli=False)
    articles, _ = read_articles(paths, max_bytes=settings.max_bytes)
    ex = extract_articles(articles, settings)
    alignment = align(
        ex.sentences,
        ex.claims_by_sentence,
        ex.people_by_sentence,
        ex.index,
        embedder=embedder,
        published=reference_dates({a.id: a.published for a in articles}),
    )
    return alignment, ex, articles


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
    reference = reference_dates(published)
    claims: list[Claim] = []
    claims_by_sentence: dict[tuple[str, int], list[Claim]] = {}
    people_by_sentence: dict[tuple[str, int], list[str]] = {}
    index = EntityIndex()
    named: dict[str, list[str]] = {}  # the people each article has named so far
    # the first person of each article's latest sentence naming one (a pronoun's antecedent)
    latest_named: dict[str, str] = {}
    # each article's people described by a title no list names, by its head (None when
    # two people share it)
    described: dict[str, dict[str, str | None]] = {}
    scored = match_reports(sentences)
    texts = {a.id: a.text for a in articles}
    open_quote: str | None = None  # a quote the paragraph's sentences so far left open
    previous: Sentence | None = None
    for n, sentence in enumerate(sentences):
        if (
            previous is None
            or previous.source != sentence.source
            or ("\n" in texts[sentence.source][previous.end : sentence.start])
        ):
            open_quote = None  # a quote never runs past its paragraph
        carried, open_quote = open_quote, quote_left_open(sentence.text, open_quote)
        previous = sentence
        if progress:
            progress("extract", n, len(sentences))
        key = (sentence.source, sentence.index)
        if sentence.lang not in settings.languages:
            continue  # a language the run was not asked to check: no claims from it
        known = named.setdefault(sentence.source, [])
        drafts, people = extract_sentence(
            sentence,
            published[sentence.source],
            known,
            reference[sentence.source],
            match_report=sentence.source in scored,
            open_quote=carried,
            antecedent=latest_named.get(sentence.source),
            described=described.setdefault(sentence.source, {}),
        )
        _note_described(described[sentence.source], drafts)
        known.extend(p for p in people if p not in known)
        if people:
            latest_named[sentence.source] = first_person(people)
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


def _note_described(described: dict[str, str | None], drafts: list[ClaimDraft]) -> None:
    """Add a sentence's people described by a title no list names to its article's, by
    the title's head; a head two people share describes no one."""
    for d in drafts:
        if d.kind == "role" and d.value.get("category") == "open" and not d.value.get("past"):
            head, person = d.value["rank"], d.value["person"]
            if described.get(head, person) != person:
                described[head] = None
            elif head not in described:
                described[head] = person


def _within_work(articles: list[Article], extraction: Extraction) -> list[WithinWork]:
    """Each article's checks against itself (factdiff.within)."""
    by_article, claims_of = extraction.by_article()
    out = []
    for article in articles:
        out += within_work(
            article,
            by_article.get(article.id, []),
            claims_of.get(article.id, []),
            extraction.claims_by_sentence,
            extraction.people_by_sentence,
        )
    return out


def _stories(articles: list[Article], extraction: Extraction, settings: Settings) -> list[Story]:
    """The run's stories: one, or the articles grouped by what they tell (see
    Settings.stories)."""
    grouping = settings.stories == "on" or (
        settings.stories == "auto" and len(articles) > STORY_MODE_MIN_ARTICLES
    )
    if not grouping:
        return [Story("s1", tuple(a.id for a in articles))]
    by_article, claims_of = extraction.by_article()
    people = extraction.people_by_sentence
    features = {
        a.id: article_features(
            a,
            by_article.get(a.id, []),
            claims_of.get(a.id, []),
            [p for s in by_article.get(a.id, []) for p in people.get((s.source, s.index), [])],
            extraction.index,
        )
        for a in articles
    }
    return group_stories(articles, features)


@dataclass
class _Merged:
    """The stories' results as one run's: events numbered e1... in story order."""

    events: list[Event]
    event_of_sentence: dict[tuple[str, int], str]
    candidates: list[Candidate]
    probs: dict[tuple[str, str], NLIProbs]
    pairs_considered: int
    pairs_scored_nli: int


def _merged(results: list[StoryResult]) -> _Merged:
    merged = _Merged([], {}, [], {}, 0, 0)
    for result in results:
        # Each story numbers its events from e1; the run numbers them in story order.
        n = len(merged.events)
        renamed = {e.id: f"e{n + i + 1}" for i, e in enumerate(result.events)}
        merged.events.extend(replace(e, id=renamed[e.id]) for e in result.events)
        merged.event_of_sentence.update(
            {k: renamed[v] for k, v in result.event_of_sentence.items()}
        )
        merged.pairs_considered += result.pairs_considered
        merged.candidates.extend(result.candidates)
        merged.probs.update(result.probs)
    merged.pairs_scored_nli = len(set().union(*(r.nli_directions for r in results)))
    return merged


def _roles_across_stories(
    articles: list[Article],
    extraction: Extraction,
    settings: Settings,
    candidates: list[Candidate],
) -> list[Candidate]:
    """A person's title is one fact across stories: roles compared over the whole run,
    those not already among `candidates`."""
    everything = CompareContext(
        articles={a.id: a for a in articles},
        claims=extraction.claims,
        alignment=align([], {}, {}, extraction.index),
        index=extraction.index,
        people=extraction.people_by_sentence,
        thresholds=settings.thresholds,
    )
    seen = {(c.left.id, c.right.id) for c in candidates if c.kind == "role"}
    return [c for c in COMPARATORS["role"](everything) if (c.left.id, c.right.id) not in seen]


def _story_work(
    stories: list[Story], articles: list[Article], extraction: Extraction
) -> list[StoryWork]:
    """Each story's sentences, claims and articles, for the engine."""
    article_by_id = {a.id: a for a in articles}
    by_article, claims_of = extraction.by_article()

    def keyed(table: dict[tuple[str, int], Any], story: Story) -> dict[tuple[str, int], Any]:
        return {
            (s.source, s.index): table[(s.source, s.index)]
            for a in story.articles
            for s in by_article.get(a, [])
            if (s.source, s.index) in table
        }

    return [
        StoryWork(
            story=story,
            sentences=[s for a in story.articles for s in by_article.get(a, [])],
            claims=[c for a in story.articles for c in claims_of.get(a, [])],
            articles={a: article_by_id[a] for a in story.articles},
            claims_by_sentence=keyed(extraction.claims_by_sentence, story),
            people_by_sentence=keyed(extraction.people_by_sentence, story),
        )
        for story in stories
    ]


def _nli_limits(results: list[StoryResult], settings: Settings) -> list[dict[str, Any]]:
    """The NLI model's limits reached by any story: sentences read in windows (counted
    once however many stories read them), aligned pairs left unscored (summed)."""
    policy = nli_policy(settings)
    limits: list[dict[str, Any]] = []
    windowed = set().union(*(r.nli_windowed for r in results))
    if windowed:
        limits.append(
            {"limit": "nli_window", "value": policy.window_chars, "sentences": len(windowed)}
        )
    unscored = sum(r.nli_unscored for r in results)
    if unscored:
        limits.append({"limit": "nli_pairs", "value": policy.max_pairs, "unscored": unscored})
    return limits


def _events_with_claims(
    events: list[Event], claims: list[Claim], event_of_sentence: dict[tuple[str, int], str]
) -> list[Event]:
    members: dict[str, list[str]] = {}
    for c in claims:
        eid = event_of_sentence.get((c.source, c.sentence.index))
        if eid:
            members.setdefault(eid, []).append(c.id)
    return [replace(e, claims=tuple(members.get(e.id, []))) for e in events]
