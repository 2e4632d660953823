"""Names in a sentence: runs of capitalised words, typed as person, place or other.

News prose names people after a title or honorific ("le secrétaire d'État
Marco Rubio", "M. Rubio", "Mme Le Bihan"), places after a preposition ("à
Toulouse", "in Brussels"). Typing is by those contexts; what stays unsure is
typed "NAME" and may be settled across sources by resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdiff.lexicon import en, fr
from factdiff.lexicon.given_names import is_given_name
from factdiff.resolve import is_known_place
from factdiff.text import fold

_NAME_TOKEN = r"(?:(?:[A-ZÀ-ÖØ-Þ]\.-?){1,3}[A-ZÀ-ÖØ-Þ]?\.?|[A-ZÀ-ÖØ-Þ][\w’'\-]*\.?)"
_PARTICLE = r"(?:de|du|des|d['’]|la|le|van|von|da|di|del|al|bin|ibn|el|den|der|dos|y)"
_ADDRESSEE = re.compile(f"{en.ADDRESSEE_BEFORE}|{fr.ADDRESSEE_BEFORE}")
_ADDRESSEE_OR_PLACE = re.compile(fr.ADDRESSEE_OR_PLACE_BEFORE)


def spoken_to(before_folded: str, name: str) -> bool:
    """Whether a name after a word of saying is the one spoken to, not a place:
    "according to Tom Hale", "a déclaré à l'AFP"; after a bare French "à", when the name
    is no country's nor GeoNames town's ("a indiqué à Reuters", not "a déclaré à Lyon";
    the gazetteer is read only then)."""
    if _ADDRESSEE.search(before_folded):
        return True
    return bool(_ADDRESSEE_OR_PLACE.search(before_folded)) and not is_known_place(name)


# Up to eight words: a name after a long title ("North Korean Foreign Minister Ri Yong Ho")
# must not be cut; a particle may be hyphened to the surname ("Bashar al-Assad").
_NAME_RUN = re.compile(
    rf"{_NAME_TOKEN}(?:(?:\s+|\s*-\s*)(?:{_PARTICLE}(?:\s+|-))?{_NAME_TOKEN}){{0,7}}", re.UNICODE
)

_NAME_AFTER_DE = re.compile(r"\s+(?:de|du|des)\s+(?P<given>[A-ZÀ-ÖØ-Þ][\w’'-]*)\s+[A-ZÀ-ÖØ-Þ]")

HONORIFICS = re.compile(
    r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Me|Mr|Mrs|Ms|Dr|Pr)\.?|\b(?:Monsieur|Madame|Maître|Sir|Lady|"
    r"Lord)|\b(?:capitaine|colonel|général|commandant|lieutenant|adjudant|sergent|amiral|"
    r"Captain|Colonel|General|Major|Lieutenant|Sergeant|Admiral|Pope|pape|Father|père|"
    r"cardinal|Cardinal))\s+$"
)

_NOT_NAME_WORDS = frozenset(
    fold(w)
    for w in """Le La Les L Un Une Des Du De Au Aux Ce Cette Ces Il Elle Ils Elles On Nous Vous Je
        Tu Mais Et Ou Donc Or Ni Car Si Quand Lors Pour Par Sur Dans Selon Après Avant
        Depuis Pendant Malgré Toujours Aucun Aucune Chaque Plusieurs Certains Tous Toutes
        Tout Leur Leurs Son Sa Ses The A An This That These Those It He She They We You I
        But And Or So If When While After Before Since During Among Despite Although Read
        More Photo Source Début Lire Voir Comment Qu Quelle Quel Quels Quelles Ainsi Enfin
        Alors Côté En À Afin Cependant Toutefois Dès Chez Vers Face Contre Entre Sous Avec
        Sans Parmi Outre Puis Mme M MM Me Mr Mrs Ms Dr Pr
        For With Without From By At In On Of To Into Under Against Between Through Towards
        Toward Like Unlike Besides Beyond Within Upon Across Behind C'est C’est Voici
        Voilà""".split()
)

_MONTHS_AND_DAYS = frozenset(
    list(fr.MONTHS) + list(en.MONTHS) + list(fr.WEEKDAYS) + list(en.WEEKDAYS)
)

# Heads of organisation and facility names: a run starting with one (ending with one,
# in English) is not a person.
ORG_HEADS = frozenset(
    fold(w)
    for w in """Union Institut Ministère Ministry Département Department Agence Agency Stade Centre
        Center Port Grand Conseil Council Assemblée Assembly Parlement Parliament Sénat
        Senate Cour Court Tribunal Parquet Préfecture Mairie Commission Office Banque Bank
        Autorité Authority Fédération Federation Association Groupe Group Organisation
        Organization Syndicat Parti Party Université University École School Hôpital
        Hospital Gendarmerie Police Armée Army Forces Force Coalition Kremlin Élysée Maison
        Service Services Sécurité Croix-Rouge Météo-France Elections Conseil Laiterie
        Compagnie Société Régie Direction Office Fondation Foundation Club Stade Airbus
        Reuters AFP Associated Press Guardian BBC CBC CNRS CNES ESA OTAN NATO UE EU ONU UN
        Top Ligue League Coupe Cup""".split()
)

TITLE_WORDS = re.compile(
    r"(?:\b(?:Minister|Ministre|Secretary|President|Président|Présidente|Premier|Leader|Mayor|"
    r"Prosecutor|Governor|Chancellor|Envoy|Ambassador|Judge|Captain|Colonel|General|Commander|"
    r"Spokesman|Spokeswoman|Spokesperson|Chief|Officer|Director|Chairman|Chairwoman|CEO|CFO|"
    r"Pope|King|Queen|Senator|Representative|Sheriff|Coach|Inspector|Superintendent|Attorney|"
    r"Commissioner|Councillor|Councilman|Councilwoman|Congressman|Congresswoman|Executive|"
    r"Deputy|"
    # a second-in-command's title at the head of a sentence ("Vice-captain Tom Ashworth")
    r"Vice-[a-z]+)(?:-elect)?\b"
    # the Associated Press's abbreviations of titles ("Gov. Gavin Newsom", "Dist. Atty.")
    r"|\b(?:Gov|Sen|Rep|Atty|Dist|Capt|Cmdr|Col|Gen|Lt|Maj|Sgt|Adm|Supt|Det|Insp)\.)"
)

# "Minister of ", "Minister of Energy and ": an English title's complement is under way.
_EN_TITLE_OF = re.compile(
    rf"{TITLE_WORDS.pattern}\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:(?:and|&)\s+)?$"
)

PLACE_CONTEXT_FR = re.compile(rf"(?:\b(?:{fr.PLACE_PREPOSITIONS})\s+(?:la\s+|le\s+|l['’])?)$")
PLACE_CONTEXT_EN = re.compile(rf"(?:\b(?:{en.PLACE_PREPOSITIONS})\s+(?:the\s+)?)$")


@dataclass(frozen=True)
class Mention:
    """A capitalised name in a sentence; `start`/`end` are offsets in the sentence."""

    text: str
    start: int
    end: int
    type: str  # "PER" | "LOC" | "ORG" | "NAME"
    honorific: bool = False


def _after_given_name(tokens: list[str]) -> bool:
    return len(tokens) >= 2 and is_given_name(tokens[-2])


def _trim_run(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading function words ("Le", "The") and trailing particles from a run."""
    run = text[start:end]
    tokens = run.split()
    while tokens and (
        fold(tokens[0]).strip(".") in _NOT_NAME_WORDS or fold(tokens[0]) in _MONTHS_AND_DAYS
    ):
        start += run.index(tokens[0]) + len(tokens[0])
        run = text[start:end]
        tokens = run.split()
    while tokens and (
        fold(tokens[-1]).strip(".") in {"de", "du", "des", "la", "le"}
        # a month after a first name is a surname ("Theresa May", "Brian May")
        or (fold(tokens[-1]) in _MONTHS_AND_DAYS and not _after_given_name(tokens))
    ):
        end = start + run.rstrip().rfind(tokens[-1])
        run = text[start:end]
        tokens = run.split()
    while start < end and text[start].isspace():
        start += 1
    if re.search(r"\w['’]s$", text[start:end]):
        end -= 2  # an English possessive is no part of the name ("Stephenie Meyer's")
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".-’'"):
        # Keep the period of initials ("J.-M.") but not a sentence-final one.
        if text[end - 1] == "." and re.search(r"\b[A-Z]\.$", text[start:end]):
            break
        end -= 1
    return start, end


def find_mentions(sentence: str, lang: str) -> list[Mention]:
    """All capitalised name runs of a sentence, typed by their context."""
    mentions: list[Mention] = []
    place_ctx = PLACE_CONTEXT_EN if lang == "en" else PLACE_CONTEXT_FR
    runs: list[tuple[int, int]] = []
    for match in _NAME_RUN.finditer(sentence):
        start, end = match.start(), match.end()
        # "Defense Minister Carlos Medina", "Liberal Leader Rob Arsenault": the name
        # starts after the last title word of the run.
        for title_word in TITLE_WORDS.finditer(sentence, start, end):
            start = title_word.end()
        while start < end and sentence[start].isspace():
            start += 1
        if end - start < 2:
            continue
        # "Victoire de Théo Lanvin !": a given name and a surname after "de" are another
        # name, the run before it a word of the sentence (a particle is followed by a
        # surname: "Charles de Gaulle", "Jean de La Fontaine").
        inner = _NAME_AFTER_DE.search(sentence, start, end)
        if inner and is_given_name(inner.group("given")):
            runs.append((start, inner.start()))
            start = inner.start("given")
        tokens = sentence[start:end].split()
        # "la députée de la Gironde Nathalie Garnier", "de l'Économie Hélène Marchetti":
        # after a preposition, a long run starts with the complement, then the name.
        if len(tokens) >= 3 and re.search(
            r"(?:\b(?:de|du|des)\s+(?:la\s+)?|[dl]['’])$", sentence[max(0, start - 8) : start]
        ):
            split = start + len(tokens[0])
            runs.append((start, split))
            start = split
        # "President of Production Gillian Bohrer", "Secretary of Homeland Security Janet
        # Napolitano", "Minister of Energy and Natural Resources Jonathan Whitcombe": in an
        # English title's complement, the name is the run's last two words (three with a
        # middle initial), the words before it the complement's.
        elif lang == "en" and len(tokens) >= 3 and _EN_TITLE_OF.search(sentence[:start]):
            keep = 3 if re.fullmatch(r"[A-Z]\.", tokens[-2]) else 2
            if len(tokens) > keep:
                split = start + sentence[start:end].index(tokens[-keep])
                runs.append((start, split))
                start = split
        runs.append((start, end))
    for run_start, run_end in runs:
        start, end = _trim_run(sentence, run_start, run_end)
        if end - start < 2:
            continue
        text = sentence[start:end]
        first = fold(text.split()[0])
        if first in _NOT_NAME_WORDS or fold(text) in _MONTHS_AND_DAYS:
            continue
        before = sentence[max(0, start - 40) : start]
        before_folded = fold(before)
        honorific = bool(HONORIFICS.search(before)) and first not in ORG_HEADS
        if honorific:  # "General Petraeus"; not the "General Assembly"
            kind = "PER"
        elif first in ORG_HEADS or (
            # English puts the head last: "the European Commission", "the Supreme Court"
            lang == "en" and " " in text and fold(text.split()[-1]) in ORG_HEADS
        ):
            kind = "ORG"
        elif (
            place_ctx.search(before_folded + (" " if before_folded else ""))
            or place_ctx.search(before_folded)
        ) and not spoken_to(before_folded, text):
            kind = "LOC"
        elif re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}", text):
            kind = "ORG"
        else:
            kind = "NAME"
        mentions.append(Mention(text=text, start=start, end=end, type=kind, honorific=honorific))
    return mentions
