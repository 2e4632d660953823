"""Stories: which articles of a run report on the same news.

A day of wire copy mixes hundreds of stories; comparing every sentence with
every other would cost the square of the sentences and compare an avalanche
toll with a rugby score. Articles are grouped first, and alignment and
comparison run within each group.

An article is a bag of features: the people it names (by resolved key), its
places, and the content words of its title and lead (bilingual concepts so
"séisme" meets "earthquake"). Candidate pairs come from an inverted index on
the rarer features (blocking), so nothing is quadratic in the number of
articles; a pair joins one story when its IDF-weighted cosine passes a
threshold, and stories are the connected groups.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factdiff.align import weighted_cosine
from factdiff.disjoint import DisjointSets
from factdiff.lexicon import STOPWORDS, concept_of
from factdiff.records import Article, Claim, Sentence
from factdiff.resolve import EntityIndex, place_key
from factdiff.text import fold, stem, words

# A feature carried by more than this share of the articles cannot block or link.
MAX_BLOCK_SHARE = 0.2
MAX_BLOCK_ARTICLES = 40  # and no more than this many: a day has many stories
STORY_THRESHOLD = 0.12
MAX_STORY_DAYS = 4
CLOSE_WORDING = 0.2
# The opening sentences whose words, with the title's, say which story an article tells
# (not `compare.dates.LEAD_SENTENCES`, the lead that tells its happening's day).
TOPIC_SENTENCES = 4


@dataclass(frozen=True)
class Story:
    """Articles that report on the same news, in input order."""

    id: str
    articles: tuple[str, ...]


def article_features(
    article: Article,
    sentences: Sequence[Sentence],
    claims: Sequence[Claim],
    people: Sequence[str],
    index: EntityIndex,
) -> Counter[str]:
    """People, places and the words of the title and lead of one article."""
    feats: Counter[str] = Counter()
    text = " ".join([article.title or ""] + [s.text for s in sentences[:TOPIC_SENTENCES]])
    for w in words(text):
        f = fold(w).split("'")[-1]
        if len(f) < 4 or f in STOPWORDS or f.isdigit():
            continue
        feats[concept_of(f) or stem(f)] += 1
    for name in people:
        key = index.person_key(name)
        if key:
            feats[key] += 3
    for c in claims:
        if c.kind == "location":
            # Each word of a place: "Chamonix" meets "Chamonix-Mont-Blanc".
            for token in place_key(c.value["place"]).split():
                if len(token) > 3:
                    feats["loc:" + token] += 2
    return feats


def _named(feats: Counter[str]) -> set[str]:
    return {f for f in feats if f.startswith(("per:", "loc:"))}


def _may_share_story(
    fa: Counter[str], fb: Counter[str], da: date | None, db: date | None, sim: float
) -> bool:
    """Articles of one story appear within a few days of each other, and, unless their
    words are very close, name someone or somewhere in common: the same words about
    other people are another story."""
    if da is not None and db is not None and abs((da - db).days) > MAX_STORY_DAYS:
        return False
    na, nb = _named(fa), _named(fb)
    return sim >= CLOSE_WORDING or not (na and nb) or bool(na & nb)


def group_stories(
    articles: Sequence[Article],
    features: dict[str, Counter[str]],
    threshold: float = STORY_THRESHOLD,
) -> list[Story]:
    """Stories as connected groups of articles whose features are close enough."""
    ids = [a.id for a in articles]
    if len(ids) <= 1:
        return [Story("s1", tuple(ids))]
    doc_freq: Counter[str] = Counter()
    for a in ids:
        doc_freq.update(set(features[a]))
    n = len(ids)
    idf = {f: math.log(1 + n / df) for f, df in doc_freq.items()}
    # Blocking: only articles sharing a feature that few articles carry are compared.
    limit = max(2, min(int(MAX_BLOCK_SHARE * n), MAX_BLOCK_ARTICLES)) if n > 10 else n
    postings: dict[str, list[str]] = defaultdict(list)
    for a in ids:
        for f in features[a]:
            if doc_freq[f] <= limit:
                postings[f].append(a)
    candidates: set[tuple[str, str]] = set()
    for members in postings.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                candidates.add((a, b) if a < b else (b, a))
    joined: DisjointSets[str] = DisjointSets(ids)
    published = {a.id: a.published for a in articles}
    for a, b in sorted(candidates):
        sim = weighted_cosine(features[a], features[b], idf)
        if sim >= threshold and _may_share_story(
            features[a], features[b], published[a], published[b], sim
        ):
            joined.union(a, b)
    groups = joined.groups(ids)
    ordered = sorted(groups.values(), key=lambda g: ids.index(g[0]))
    return [Story(f"s{i + 1}", tuple(g)) for i, g in enumerate(ordered)]
