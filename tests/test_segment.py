from factdiff.records import Article
from factdiff.segment import detect_language, segment, split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_french_abbreviations_do_not_end_sentences():
    text = "M. Rubio sera accompagné de MM. Witkoff et Vance. Mme Le Bihan a parlé."
    assert _texts(text) == [
        "M. Rubio sera accompagné de MM. Witkoff et Vance.",
        "Mme Le Bihan a parlé.",
    ]


def test_english_abbreviations_and_initials():
    text = (
        "The U.S. defense secretary attended. It hit at 3:42 a.m. local time. J.-M. Aubert spoke."
    )
    assert _texts(text) == [
        "The U.S. defense secretary attended.",
        "It hit at 3:42 a.m. local time.",
        "J.-M. Aubert spoke.",
    ]


def test_the_associated_press_title_abbreviations_do_not_end_sentences():
    text = "Capt. Ruth Ames docked at noon. Deputy Dist. Atty. Omar Reyes filed the charges."
    assert _texts(text) == [
        "Capt. Ruth Ames docked at noon.",
        "Deputy Dist. Atty. Omar Reyes filed the charges.",
    ]


def test_glued_sentences_are_split():
    text = "a-t-on appris auprès du département d'Etat.M. Rubio sera accompagné de Steve Witkoff."
    assert _texts(text)[1].startswith("M. Rubio")


def test_paragraphs_split_and_offsets_point_into_the_article():
    body = "Premier paragraphe ici.\n\nLe deuxième « commence » là ! Et puis ?\nFin"
    article = Article(id="a.md", path="a.md", text=body, lang="fr")
    sents = segment(article)
    assert [s.text for s in sents] == [
        "Premier paragraphe ici.",
        "Le deuxième « commence » là !",
        "Et puis ?",
        "Fin",
    ]
    assert all(body[s.start : s.end] == s.text for s in sents)


def test_language_is_detected_when_not_declared():
    assert detect_language("Les ministres se sont réunis jeudi au siège de l'OTAN.") == "fr"
    assert detect_language("The ministers met on Wednesday at the headquarters of NATO.") == "en"
    assert detect_language("anything", declared="EN") == "en"


def test_caption_lines_are_marked():
    body = "Un texte.\nHeather MacLeod speaks to supporters. (Photo: Jenna MacPhee/CBC)"
    sents = segment(Article(id="a", path="a", text=body, lang="en"))
    assert sents[1].caption and not sents[0].caption


def test_a_quote_closed_on_a_comma_goes_on_to_its_speaker():
    text = (
        '"We never saw the river rise so fast," Fire chief Dana Ruiz said. It rained. '
        "« On n'a rien vu venir, » a dit Paul Roux. Fin."
    )
    assert _texts(text) == [
        '"We never saw the river rise so fast," Fire chief Dana Ruiz said.',
        "It rained.",
        "« On n'a rien vu venir, » a dit Paul Roux.",
        "Fin.",
    ]


def test_a_short_word_before_a_period_is_not_an_initial():
    assert _texts('The Tigers won. "We move on." Il a dit oui. Le G.I.G.N. est là.') == [
        "The Tigers won.",
        '"We move on."',
        "Il a dit oui.",
        "Le G.I.G.N. est là.",
    ]
