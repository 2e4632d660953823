"""Stories: articles about different news are grouped apart and never compared."""

from pathlib import Path

from factdiff import check
from helpers_articles import write_article


def test_mixed_clusters_fall_into_their_own_stories(shared):
    dev = shared / "eval" / "dev"
    files = sorted(str(p) for p in dev.glob("*/*.md"))
    report = check(files, nli=False)
    cluster_of = {}
    for path in files:
        source = next(s.id for s in report.sources if s.path == path)
        cluster_of[source] = Path(path).parent.name
    groups = [{cluster_of[a] for a in story.articles} for story in report.stories]
    assert all(len(g) == 1 for g in groups), groups
    assert len(report.stories) == len({c for c in cluster_of.values()})
    story_of = {a: s.id for s in report.stories for a in s.articles}
    for finding in report.findings:
        if finding.kind == "role":
            continue  # a person's title is compared across stories on purpose
        assert len({story_of[e.source] for e in finding.evidence}) == 1, finding.summary


def test_a_small_run_is_one_story_unless_asked(tmp_path):
    a = write_article(
        tmp_path, "a.md", "Une avalanche a tué trois skieurs mardi à Chamonix.", "2025-02-18"
    )
    b = write_article(
        tmp_path, "b.md", "Le Stade Rochelais a battu Castres 27 à 20 samedi.", "2026-06-28"
    )
    assert len(check([str(a), str(b)], nli=False).stories) == 1
    assert len(check([str(a), str(b)], nli=False, stories="on").stories) == 2
