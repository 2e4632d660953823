"""The editors' views: word diff, events named who/what/where/when, the fact matrix by
resolved identity, figures over time; the terminal view pinned by a text snapshot.

The snapshot is the plain-text terminal view of a report built here from records
(no pipeline), so it changes only when the views do. After a deliberate change of
the views, regenerate it with `FACTDIFF_UPDATE_SNAPSHOTS=1 pytest tests/test_report_views.py`
and read the diff.
"""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import date
from pathlib import Path

import pytest

from conftest import SEEDS
from factdiff import check
from factdiff.pipeline import Settings, run
from factdiff.records import Article, Claim, Event, Evidence, Finding, Report, Sentence, Stats
from factdiff.report import render
from factdiff.report.events import editor_events, format_days
from factdiff.report.matrix import build_matrices
from factdiff.report.timeline import build_timelines, compact_line, svg
from factdiff.report.worddiff import diff_finding, plain, word_diff
from helpers_articles import write_article

SNAPSHOT = Path(__file__).parent / "snapshots" / "rich_view.txt"

SA1 = (
    "Le séisme qui a frappé Tarsus mardi matin a fait 12 morts, selon la préfecture, "
    "et le président Donald Trump a présenté ses condoléances."
)
SB1 = (
    "Le séisme qui a frappé Tarsus mardi soir a fait 14 morts, selon la préfecture, "
    "et le président Trump a présenté ses condoléances."
)
SB2 = "Le bilan du séisme de Tarsus s'est alourdi à 19 morts, a annoncé la préfecture."
SB3 = "Le séisme s'est produit mardi matin, à 9 h 40, près de Tarsus."
SC1 = "The earthquake that struck Tarsus on Tuesday killed 27 people, the prefecture said."


@dataclasses.dataclass(frozen=True)
class ScopedFinding(Finding):
    """A finding with the `scope` field within-article findings carry."""

    scope: str = "across"


def _span(sentence: str, surface: str) -> tuple[int, int]:
    start = sentence.index(surface)
    return start, start + len(surface)


def _claim(cid, source, index, sentence, kind, surface, value, lang="fr") -> Claim:
    sent = Sentence(source, index, sentence, 0, len(sentence), lang)
    return Claim(cid, source, kind, sent, _span(sentence, surface), value, surface)


def _ev(claim: Claim, value: str) -> Evidence:
    return Evidence(claim.source, claim.id, claim.text, claim.span, value)


def _dead(n: int) -> dict:
    return {"value": float(n), "low": float(n), "high": float(n), "hedge": None, "key": "DEAD"}


def views_report() -> Report:
    day = date(2025, 3, 11)
    sources = [
        Article("a.md", "a.md", f"{SA1}\n", title="Séisme", published=day, lang="fr"),
        Article("b.md", "b.md", f"{SB3}\n{SB1}\n{SB2}\n", published=day, lang="fr"),
        Article("c.md", "c.md", f"{SC1}\n", published=date(2025, 3, 12), lang="en"),
    ]
    c1 = _claim("c1", "a.md", 0, SA1, "number", "12", _dead(12))
    c2 = _claim("c2", "b.md", 1, SB1, "number", "14", _dead(14))
    c3 = _claim("c3", "b.md", 2, SB2, "number", "19", _dead(19))
    c4 = _claim("c4", "c.md", 0, SC1, "number", "27", _dead(27), "en")
    c5 = _claim(
        "c5", "a.md", 0, SA1, "role", "le président", {"person": "Donald Trump", "rank": "hos"}
    )
    c6 = _claim("c6", "b.md", 1, SB1, "role", "le président", {"person": "Trump", "rank": "hos"})
    c7 = _claim("c7", "b.md", 1, SB1, "date", "mardi soir", {"date": "2025-03-11"})
    c8 = _claim("c8", "b.md", 0, SB3, "date", "mardi matin", {"date": "2025-03-11"})
    c9 = _claim("c9", "a.md", 0, SA1, "location", "Tarsus", {"place": "Tarsus"})
    c10 = _claim("c10", "b.md", 1, SB1, "location", "Tarsus", {"place": "Tarsus"})
    claims = [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10]
    findings = [
        Finding("f1", "number", "warning", 0.8, "dead: 12 in a.md, 14 in b.md",
                (_ev(c1, "12"), _ev(c2, "14")), rule="number.range"),
        Finding("f2", "number", "info", 0.6, "dead: 12 (a.md), updated to 19 (b.md)",
                (_ev(c1, "12"), _ev(c3, "19")), rule="number.update"),
        Finding("f3", "number", "info", 0.6, "dead: 19 (b.md), updated to 27 (c.md)",
                (_ev(c3, "19"), _ev(c4, "27")), rule="number.update"),
        ScopedFinding("f4", "date", "error", 0.7, "mardi matin or mardi soir, both in b.md",
                      (_ev(c8, "morning"), _ev(c7, "evening")), rule="date.time",
                      scope="within"),
    ]  # fmt: skip
    return Report(
        version="0.1.0",
        model="test-model",
        sources=sources,
        claims=claims,
        events=[Event("e1", "quake, dead", tuple(c.id for c in claims))],
        findings=findings,
        skipped=[],
        stats=Stats(3, 5, len(claims), 4, 0, {}),
    )


# --- the terminal view, by text snapshot ----------------------------------------


def test_rich_view_matches_its_text_snapshot() -> None:
    text = render(views_report(), "rich", width=100)
    assert text == render(views_report(), "rich", width=100)  # deterministic
    if os.environ.get("FACTDIFF_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert text == SNAPSHOT.read_text(encoding="utf-8")


# --- word diff --------------------------------------------------------------------


def test_word_diff_marks_the_conflicting_values_apart_from_other_wording() -> None:
    report = views_report()
    f1 = report.findings[0]
    pair = diff_finding(report, f1)
    assert pair is not None and not pair.bilingual
    text = plain(pair.parts)
    # the figures are the conflicting values; "Donald" and matin/soir are incidental
    assert "⟪-12-⟫ ⟪+14+⟫" in text
    assert "[-matin-] {+soir+}" in text and "[-Donald-]" in text
    assert text.startswith("Le séisme qui a frappé Tarsus")  # kept words are kept


def test_word_diff_of_identical_sentences_changes_nothing() -> None:
    ev = Evidence("a", None, "Le ministre arrive jeudi.", (19, 24), "x")
    parts = word_diff(ev, dataclasses.replace(ev, source="b"))
    assert all(p.op == "equal" for p in parts)
    assert plain(parts) == "Le ministre arrive ⟪jeudi⟫."


def test_a_pair_in_two_languages_shows_its_aligned_claims_not_a_diff() -> None:
    report = views_report()
    f3 = report.findings[2]
    pair = diff_finding(report, f3)
    assert pair is not None and pair.bilingual and pair.parts == ()
    out = render(report, "rich", width=100)
    panel = out[out.index("f3") :]
    assert "aligned claims (fr / en" in panel and "«19»  ⇄  «27»" in panel
    html = render(report, "html")
    assert '<p class="aligned"><strong>«19»</strong> ⇄ <strong>«27»</strong></p>' in html


def test_a_within_article_finding_diffs_its_two_sentences_and_says_within() -> None:
    report = views_report()
    f4 = report.findings[3]
    pair = diff_finding(report, f4)
    assert pair is not None and pair.left.source == pair.right.source == "b.md"
    out = render(report, "rich", width=100)
    assert "ERROR · date · f4 · within b.md" in out
    assert "word diff within b.md" in out
    assert "within b.md" in render(report, "markdown") and "within b.md" in render(report, "html")


# --- events, matrix, timeline on records -----------------------------------------------


def test_events_are_named_who_what_where_when_and_hold_every_finding() -> None:
    report = views_report()
    (event,) = editor_events(report, list(report.findings))
    assert event.label == "Earthquake, Tarsus, Tue 11 Mar 2025"  # no who for a quake
    assert {f.id for f in event.findings} == {"f1", "f2", "f3", "f4"}
    assert format_days([date(2025, 4, 16), date(2025, 4, 17)]) == "Wed 16 / Thu 17 Apr 2025"


def test_fact_matrix_has_one_row_per_resolved_person() -> None:
    people = next(m for m in build_matrices(views_report()) if m.event_id == "people")
    labels = [r.label for r in people.rows]
    assert labels == ["title: Donald Trump"]
    assert all(cell for cell in people.rows[0].cells)  # both sources in the one row


def test_timeline_orders_points_and_tells_updates_from_conflicts() -> None:
    (t,) = build_timelines(views_report())
    assert [p.text for p in t.points] == ["12", "14", "19", "27"]
    assert t.counts() == (2, 1)
    assert compact_line(t) == (
        "Tue 11 Mar 2025: 12 [a.md] ≠ 14 [b.md] · 19 [b.md] ↗ Wed 12 Mar 2025: 27 [c.md]"
        " (2 updates, 1 conflict)"
    )
    drawing = svg(t)
    assert drawing.count('class="link update"') == 2
    assert drawing.count('class="link conflict"') == 1
    assert "<script" not in drawing and "style=" not in drawing and "href" not in drawing


# --- the seeds --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return check([str(SEEDS)], nli=False)


def test_seeds_paris_talks_finding_sits_under_an_event_named_for_the_talks(seeds_report) -> None:
    date_finding = next(f for f in seeds_report.findings if f.kind == "date")
    events = editor_events(seeds_report, list(seeds_report.findings))
    (home,) = [e for e in events if date_finding in e.findings]
    assert "talks" in home.label and "Paris" in home.label and "Apr 2025" in home.label
    assert all(e.label != "Other findings" for e in events)
    out = render(seeds_report, "rich", width=110)
    assert "Other findings" not in out
    assert re.search(r"^.*talks, Paris, .*Apr 2025 ─", out, re.M)


def test_seeds_trump_is_one_row(seeds_report) -> None:
    people = next(m for m in build_matrices(seeds_report) if m.event_id == "people")
    trump = [r.label for r in people.rows if "Trump" in r.label]
    assert trump == ["title: Donald Trump"]


def test_seeds_findings_each_show_a_word_diff(seeds_report) -> None:
    out = render(seeds_report, "rich", width=110)
    flagged = [f for f in seeds_report.findings if f.severity != "info"]
    assert len(flagged) == 2
    for f in flagged:
        pair = diff_finding(seeds_report, f)
        assert pair is not None and pair.changed and any(p.conflict for p in pair.parts)
    assert out.count("word diff: ") == 1 + len(seeds_report.findings)  # legend + one each
    assert "⟪-mercredi-⟫" in out and "⟪+jeudi+⟫" in out


# --- a generated day of reports with a rising toll --------------------------------------

DAY = [
    ("1-0800.md", "Un séisme de magnitude 6,1 a frappé la ville de Tarsus mardi matin. "
     "Le bilan provisoire fait état de 12 morts, selon la préfecture."),
    ("2-1100.md", "Le bilan du séisme qui a frappé Tarsus mardi matin s'est alourdi à 19 morts, "
     "selon la préfecture."),
    ("3-1500.md", "Le bilan du séisme de Tarsus, mardi matin, est passé à 27 morts, "
     "a annoncé la préfecture."),
    ("4-1530.md", "Le séisme qui a frappé Tarsus mardi matin a fait 14 morts, "
     "selon la préfecture."),
]  # fmt: skip


@pytest.fixture(scope="module")
def day_report(tmp_path_factory) -> Report:
    folder = tmp_path_factory.mktemp("day")
    for name, body in DAY:
        write_article(folder, name, body, "2025-03-11")
    return run([str(folder)], Settings(nli=False, cache=False))


def test_rising_toll_timeline_shows_updates_as_updates_and_the_conflict_as_one(
    day_report,
) -> None:
    (t,) = [t for t in build_timelines(day_report) if t.key == "DEAD"]
    assert sorted(p.text for p in t.points) == ["12", "14", "19", "27"]
    assert t.event.startswith("Earthquake, ") and t.event.endswith("Tue 11 Mar 2025")
    numbers = [f for f in day_report.findings if f.kind == "number"]
    updates = [f for f in numbers if f.rule == "number.update"]
    conflicts = [f for f in numbers if f.rule != "number.update"]
    assert updates and all(f.severity == "info" for f in updates)
    assert conflicts and all(f.severity in ("warning", "error") for f in conflicts)
    by_finding = {link.finding: link.relation for link in t.links}
    assert by_finding == {
        **{f.id: "update" for f in updates},
        **{f.id: "conflict" for f in conflicts},
    }
    # every update goes up in publication order; the conflict is 12 against 14
    for link in t.links:
        a, b = t.points[link.a], t.points[link.b]
        if link.relation == "update":
            assert link.a < link.b and a.value < b.value
        else:
            assert {a.text, b.text} == {"12", "14"}
    line = compact_line(t)
    assert "12 [1-0800.md] ≠ 14 [4-1530.md]" in line and "↗ 27 [3-1500.md]" in line
    html = render(day_report, "html")
    assert html.count('class="link update"') == len(updates)
    assert html.count('class="link conflict"') == len(conflicts)
    assert "Figures over time" in render(day_report, "rich", width=120)
