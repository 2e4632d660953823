"""Cleaning of article bodies, on the real seed and dev articles and on single rules."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

try:
    import factdiff  # noqa: F401
except ModuleNotFoundError:  # not installed: run from the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factdiff.ingest import read_articles  # noqa: E402
from factdiff.ingest.clean import clean_text, is_real_paragraph  # noqa: E402
from factdiff.records import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "eval" / "dev"
needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is absent")


def read_one(path: Path) -> Article:
    articles, skipped = read_articles([path])
    assert skipped == []
    assert len(articles) == 1
    return articles[0]


# --- seeds -------------------------------------------------------------------


def test_seed_000_reads_lead_once_and_drops_most_commented_list() -> None:
    art = read_one(SEEDS / "000_4800e6b1c87996a3.txt")
    assert art.published == date(2025, 4, 15)
    assert art.lang == "fr"
    assert art.id == "000_4800e6b1c87996a3.txt"
    lead = "Le secrétaire d'Etat américain Marco Rubio va se rendre à Paris mercredi"
    assert art.text.count(lead) == 1
    assert "avait cependant..." not in art.text
    assert "d'Etat.M. Rubio" not in art.text
    assert "Les plus commentés" not in art.text
    assert "Hezbollah" not in art.text
    assert "Raggi persiste et signe" not in art.text
    # the caption stays (real text about an earlier event), its credit goes
    assert art.text.startswith("Le secrétaire d'État américain Marco Rubio participe")
    assert "au siège de l'OTAN à Bruxelles, Belgique, le 4 avril 2025.\n" in art.text
    assert "REUTERS" not in art.text and "Jacquelyn Martin" not in art.text
    assert art.text.endswith("capitale d'Oman.")


def test_seed_001_drops_skip_link_and_see_also_line() -> None:
    art = read_one(SEEDS / "001_93743ebe22af9659.txt")
    assert art.published == date(2025, 4, 17)
    assert art.lang == "fr"
    assert "Début du contenu principal" not in art.text
    assert "VOIR AUSSI" not in art.text
    assert "s'accusent mutuellement" not in art.text
    assert art.text.startswith("Ces rencontres surviennent")
    assert "M. Witkoff a rencontré jeudi le conseiller présidentiel ukrainien" in art.text
    # typographic quotes are kept exactly
    assert "«ont discuté avec leurs homologues" in art.text


def test_seed_002_keeps_curly_apostrophes_and_reads_title_once() -> None:
    art = read_one(SEEDS / "002_c7afda3e65427725.txt")
    assert art.published == date(2025, 2, 18)
    assert art.lang == "fr"
    assert art.text.count("Rubio, Lavrov se rencontrent pour parler de la paix en Ukraine") == 1
    assert "Le secrétaire d’État américain Marco Rubio mardi" in art.text
    assert "'" not in art.text  # no straight apostrophe was invented
    assert "\n\n" in art.text  # paragraph breaks kept


def test_seed_003_drops_source_url_and_comment_counter() -> None:
    art = read_one(SEEDS / "003_86d2cffda97f025f.txt")
    assert art.published == date(2025, 3, 16)
    assert art.lang == "fr"
    assert "Source :" not in art.text and "thanhnien.vn" not in art.text
    assert "Comment (0)" not in art.text
    assert art.text.endswith("selon les dernières informations communiquées par le groupe.")
    assert "Sergueï Lavrov se sont entretenus par téléphone le 15 mars" in art.text
    assert "\n\n\n" not in art.text


def test_seed_004_drops_ticker_and_social_lines() -> None:
    art = read_one(SEEDS / "004_a5f7034bb56e4ed6.txt")
    assert art.published == date(2025, 7, 10)
    assert art.lang == "fr"
    for gone in ("10:18", "Liverpool", "Ziyech", "Hakimi", "Suivez-nous sur Facebook"):
        assert gone not in art.text
    assert art.text.startswith("Lavrov et Rubio discutent d'une nouvelle approche pour l'Ukraine")
    assert "cette rencontre à Kuala Lumpur pourrait marquer un pas" in art.text


def test_seed_gold_snippets_survive_cleaning() -> None:
    gold_path = ROOT.parent / "shared" / "seeds" / "gold.json"
    if not gold_path.is_file():
        gold_path = SEEDS / "gold.json"
    if not gold_path.is_file():
        pytest.skip("no seed gold.json")
    _assert_snippets_present(json.loads(gold_path.read_text("utf-8")), SEEDS)


# --- dev clusters --------------------------------------------------------------


def _assert_snippets_present(gold: dict, folder: Path) -> None:
    articles, _ = read_articles(sorted(folder.glob("*.md")) + sorted(folder.glob("*.txt")))
    by_name = {Path(a.path).name: a.text for a in articles}
    for label in gold.get("discrepancies", []) + gold.get("consistent", []):
        for source, snippet in zip(label["sources"], label["snippets"], strict=True):
            assert snippet.lower() in by_name[source].lower(), (source, snippet)


@needs_shared
def test_every_dev_cluster_file_reads_with_metadata() -> None:
    files = sorted(DEV.glob("*/*.md"))
    assert len(files) >= 30
    articles, skipped = read_articles(files)
    assert skipped == []
    assert len(articles) == len(files)
    for art in articles:
        assert art.lang in ("fr", "en")
        assert art.title and art.outlet
        assert len(art.text) > 300
    undated = {a.path for a in articles if a.published is None}
    assert {Path(p).parent.name + "/" + Path(p).name for p in undated} == {
        "avalanche-chamonix/dauphine.md",
        "proces-effondrement-roubaix/b.md",
    }


@needs_shared
@pytest.mark.parametrize("cluster", sorted(p.name for p in DEV.glob("*")) if DEV.is_dir() else [])
def test_dev_gold_snippets_survive_cleaning(cluster: str) -> None:
    gold = json.loads((DEV / cluster / "gold.json").read_text("utf-8"))
    _assert_snippets_present(gold, DEV / cluster)


@needs_shared
def test_dev_duplicated_paragraphs_are_read_once() -> None:
    c = read_one(DEV / "accident-autocar-a7" / "c.md")
    assert c.text.count("La circulation reste très perturbée") == 1
    assert "À lire aussi" not in c.text and "parking relais" not in c.text
    assert c.text.endswith("itinéraires de délestage par la RN7.")
    d = read_one(DEV / "avalanche-chamonix" / "dauphine.md")
    assert d.text.count("Dans la vallée, où les accidents") == 1
    assert "Megève" not in d.text and "newsletter" not in d.text
    assert d.published is None
    b = read_one(DEV / "rachat-laiterie-bretagne" / "b.md")
    assert b.text.count("À Loudéac, où l'entreprise emploie") == 1
    assert "Lamballe" not in b.text


@needs_shared
def test_dev_boilerplate_and_credits_are_removed() -> None:
    reuters = read_one(DEV / "groupe-contact-ukraine-bruxelles" / "reuters-en.md")
    assert "Read more" not in reuters.text and "Radom" not in reuters.text
    assert "Reporting by" not in reuters.text
    assert reuters.text.endswith("allies pledged 2 billion euros for artillery ammunition.")
    ap = read_one(DEV / "earthquake-peru-colca" / "ap.md")
    assert "A woman walks past a collapsed house in Chivay, Peru, on Tuesday.\n" in ap.text
    assert "AP Photo" not in ap.text and "copper" not in ap.text
    cbc = read_one(DEV / "pei-election" / "cbc.md")
    assert "Heather MacLeod speaks to supporters on election night.\n" in cbc.text
    assert "MacPhee" not in cbc.text
    lp = read_one(DEV / "remaniement-gouvernement" / "b.md")
    assert "Marc Tessier" not in lp.text and "À LIRE AUSSI" not in lp.text
    assert "Budget 2026" not in lp.text
    port = read_one(DEV / "greve-port-marseille" / "b.md")
    assert "cookies" not in port.text and "Vélodrome" not in port.text
    assert "Les dockers réunis en assemblée générale à Fos-sur-Mer.\n" in port.text
    ddm = read_one(DEV / "accord-spatial-franco-allemand" / "b.md")
    assert "Photo DDM" not in ddm.text and "newsletter" not in ddm.text
    herault = read_one(DEV / "inondations-herault" / "b.md")
    assert "Lucie Bernard" not in herault.text and "tramway" not in herault.text
    assert "inscrivez-vous" not in herault.text
    rugby = read_one(DEV / "finale-top14-rugby" / "lequipe.md")
    assert "Lire aussi" not in rugby.text and "mercato" not in rugby.text
    assert rugby.text.endswith("« une saison exceptionnelle » malgré la défaite.")


# --- single rules --------------------------------------------------------------


def test_normalises_newlines_nfc_and_invisible_characters() -> None:
    raw = (
        "Cafe\u0301 ou\u200b the\u0301\u00e2tre\r\n"
        "L\u2019\u00e9t\u00e9 \u202a\u00ab oui \u00bb\u202c\r"
    )
    assert clean_text(raw) == "Café ou théâtre\nL’été « oui »"


def test_related_heading_drops_following_headlines_but_not_prose() -> None:
    text = (
        "Premier paragraphe de l'article, avec assez de mots pour être de la prose.\n"
        "Lire aussi :\n"
        "Un titre d'article lié\n"
        "Un autre titre : la suite ?\n"
        "Le paragraphe suivant reprend le fil de l'article, et il est bien réel.\n"
    )
    assert clean_text(text) == (
        "Premier paragraphe de l'article, avec assez de mots pour être de la prose.\n"
        "Le paragraphe suivant reprend le fil de l'article, et il est bien réel."
    )


def test_inline_related_line_is_dropped_alone() -> None:
    text = "Read more: Some other story\nA short but real line\n"
    assert clean_text(text) == "A short but real line"


def test_prose_mentioning_keywords_is_kept() -> None:
    text = (
        "Il faut lire aussi entre les lignes, a-t-il dit.\n"
        "Lire aussi le rapport de la Cour des comptes, qui pointe des dérives coûteuses.\n"
        "Photo finish: the race was decided by a photo, officials said on Sunday.\n"
        "The newsletter industry grew in 2024, according to analysts.\n"
    )
    assert clean_text(text) == text.strip()


def test_truncated_repeat_with_ellipsis_is_dropped() -> None:
    text = (
        "Première phrase du chapeau. Deuxième phrase assez longue pour compter.\n"
        "Première phrase du chapeau.Deuxième phrase assez…\n"
        "Suite."
    )
    assert clean_text(text) == (
        "Première phrase du chapeau. Deuxième phrase assez longue pour compter.\nSuite."
    )


def test_short_repeated_lines_are_kept() -> None:
    assert clean_text("Oui.\nNon.\nOui.") == "Oui.\nNon.\nOui."


def test_real_paragraph_heuristic() -> None:
    assert not is_real_paragraph("Valence : un nouveau parking relais à l'entrée de la ville")
    assert not is_real_paragraph("Monopole des armes : à quand un dialogue direct ?")
    assert is_real_paragraph(
        "Le chauffeur, âgé de 52 ans, a été légèrement blessé lors de l'accident."
    )
