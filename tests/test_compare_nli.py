"""The NLI model inside comparison, with stand-in scorers and a tiny real model."""

from pathlib import Path

import numpy as np
import pytest

from factdiff.pipeline import Settings, run
from helpers_articles import write_article


class FixedScorer:
    """Answers every pair with the same probabilities."""

    def __init__(self, probs):
        self.probs = np.asarray(probs, dtype=float)
        self.calls = 0

    @property
    def model_id(self):
        return "fixed-test-scorer"

    def score(self, pairs):
        self.calls += 1
        return np.tile(self.probs, (len(pairs), 1))


@pytest.fixture
def articles(tmp_path):
    a = write_article(
        tmp_path,
        "a.md",
        "Le ministre va se rendre à Paris mercredi pour des "
        "discussions sur l'Ukraine. Les dockers ont voté la grève générale "
        "illimitée lors de l'assemblée générale du port.",
        "2025-04-15",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "Paris accueille jeudi une série de discussions sur "
        "l'Ukraine avec le ministre. Les dockers ont voté la fin de la grève "
        "générale lors de l'assemblée générale du port.",
        "2025-04-17",
    )
    return [str(a), str(b)]


def test_typed_findings_carry_nli_probabilities(articles):
    scorer = FixedScorer([0.05, 0.15, 0.80])
    report = run(articles, Settings(), scorer=scorer)
    date = next(f for f in report.findings if f.kind == "date")
    assert date.nli is not None and date.nli.contradiction == pytest.approx(0.80)
    assert report.model == "fixed-test-scorer"
    assert report.stats.pairs_scored_nli > 0


def test_model_finds_a_conflict_no_rule_covers(articles):
    report = run(articles, Settings(), scorer=FixedScorer([0.01, 0.01, 0.98]))
    untyped = [f for f in report.findings if f.rule == "other.nli"]
    assert untyped and all(f.kind == "other" for f in untyped)
    assert any("grève" in e.text for f in untyped for e in f.evidence)


def test_entailed_both_ways_clears_nothing_typed_as_error(articles):
    report = run(articles, Settings(), scorer=FixedScorer([0.98, 0.01, 0.01]))
    assert not [f for f in report.findings if f.rule == "other.nli"]
    date = next(f for f in report.findings if f.kind == "date")
    assert date.severity == "error"  # a rule's error is never cleared by the model alone


def test_no_nli_setting_skips_the_model(articles):
    scorer = FixedScorer([0.01, 0.01, 0.98])
    report = run(articles, Settings(nli=False), scorer=scorer)
    assert scorer.calls == 0 and report.model == "none"


def test_a_tiny_hugging_face_model_runs_in_the_pipeline(articles, tmp_path):
    from helpers_tiny_nli import save_tiny_nli

    model_dir = save_tiny_nli(tmp_path / "tiny-nli")
    report = run(articles, Settings(model=str(model_dir)))
    assert report.model != "none"
    assert all(f.nli is not None for f in report.findings if f.rule != "other.nli")


def test_a_missing_model_directory_is_a_usage_error(articles, tmp_path):
    from factdiff.cli import main

    assert main(["check", *articles, "--model", str(tmp_path / "nope"), "--format", "json"]) == 2


def test_unknown_model_path_message_names_it(articles, tmp_path, capsys):
    from factdiff.cli import main

    main(["check", *articles, "--model", str(Path(tmp_path) / "nope")])
    assert "nope" in capsys.readouterr().err


def test_long_sentences_are_scored_in_windows_and_reported(tmp_path):
    long_tail = " ".join(
        f"la délégation numéro {i} a visité le port et les entrepôts" for i in range(25)
    )
    a = write_article(
        tmp_path,
        "a.md",
        "Le ministre va se rendre à Paris mercredi pour des "
        f"discussions sur l'Ukraine, {long_tail}.",
        "2025-04-15",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre.",
        "2025-04-17",
    )
    scorer = FixedScorer([0.05, 0.15, 0.80])
    report = run([str(a), str(b)], Settings(), scorer=scorer)
    window = next(x for x in report.stats.limits if x["limit"] == "nli_window")
    assert window["sentences"] == 1 and window["value"] == 600
    date = next(f for f in report.findings if f.kind == "date")
    assert date.nli.contradiction == pytest.approx(0.80)


def test_windows_cover_the_whole_sentence():
    from factdiff.compare.nli import NLIJudge

    judge = NLIJudge(FixedScorer([0.3, 0.4, 0.3]))
    text = " ".join(f"mot{i}" for i in range(400))
    windows = judge.windows(text)
    assert len(windows) > 1 and all(len(w) <= 600 for w in windows)
    assert {w for win in windows for w in win.split()} == set(text.split())


def test_the_paragraph_check_of_people_asks_the_model_nothing_more(tmp_path):
    # A model that reads every pair as a contradiction, and two body paragraphs told in
    # nearly the same words: the paragraphs-against-paragraphs check (made for offices
    # and presence) sends them to the model for no untyped finding of its own.
    path = write_article(
        tmp_path,
        "story.md",
        "TOURS — Le conseil métropolitain a voté mardi la deuxième ligne de tramway.\n\n"
        "La deuxième ligne de tramway passera par la gare et le centre de La Riche.\n\n"
        "Les travaux commenceront au printemps prochain.\n\n"
        "La deuxième ligne de tramway passera par la gare et le quartier de Chambray.",
        published="2025-03-12",
    )
    report = run([str(path)], Settings(), scorer=FixedScorer([0.01, 0.01, 0.98]))
    assert not [f for f in report.findings if "paragraph" in f.summary]


def test_the_same_words_or_a_time_stamp_are_never_told_differently(tmp_path):
    """A model that reads every pair as a contradiction still flags nothing between
    sentences that write the same words (but for accents and digit grouping) or between
    two page time stamps; a pair that differs in a word still reaches it."""
    a = write_article(
        tmp_path,
        "a.md",
        "Updated: May 24, 2025, 3:23 PM ET\n\n"
        "The 1000-member church near Place Vendôme was the subject of scrutiny.\n\n"
        "The dockers voted to end the strike at the port.",
        "2025-05-24",
        "en",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "Posted: May 24, 2025 6:03 PM ET\n\n"
        "The 1,000-member church near Place Vendome was the subject of scrutiny.\n\n"
        "The dockers voted to extend the strike at the port.",
        "2025-05-24",
        "en",
    )
    report = run([str(a), str(b)], Settings(), scorer=FixedScorer([0.01, 0.01, 0.98]))
    untyped = [f for f in report.findings if f.rule == "other.nli"]
    texts = {e.text for f in untyped for e in f.evidence}
    assert texts and all("dockers" in t for t in texts)
