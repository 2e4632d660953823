"""Titles and offices, French and English, and their canonical form.

A title is read as (category, rank, portfolio): "le ministre britannique de la
Défense" and "Defence Secretary" are (government, minister, defense);
"président français" and "chef de l'État" are (government, head_of_state, -);
"la présidente du tribunal" is (judiciary, presiding_judge, -). Two titles of
one person conflict when they share a category and differ in rank or
portfolio ("Premier ministre" vs "président"; "Finance Minister" vs "Health
Minister"); titles in different categories can both hold (a mayor who is also
a deputy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factdiff.text import fold, strip_accents

NATIONALITIES = (
    "francais|francaise|americain|americaine|russe|ukrainien|ukrainienne|britannique|allemand|"
    "allemande|italien|italienne|espagnol|espagnole|chinois|chinoise|iranien|iranienne|israelien|"
    "israelienne|turc|turque|polonais|polonaise|belge|suisse|canadien|canadienne|japonais|"
    "japonaise|europeen|europeenne|saoudien|saoudienne|egyptien|egyptienne|libanais|libanaise|"
    "syrien|syrienne|indien|indienne|bresilien|bresilienne|mexicain|mexicaine|peruvien|peruvienne|"
    "marocain|marocaine|algerien|algerienne|tunisien|tunisienne|grec|grecque|portugais|portugaise|"
    "neerlandais|neerlandaise|suedois|suedoise|norvegien|norvegienne|danois|danoise|finlandais|"
    "hongrois|hongroise|roumain|roumaine|bulgare|serbe|croate|qatari|emirati|"
    "american|russian|ukrainian|british|german|french|italian|spanish|chinese|iranian|israeli|"
    "turkish|polish|belgian|swiss|canadian|japanese|european|saudi|egyptian|lebanese|syrian|"
    "indian|brazilian|mexican|peruvian|moroccan|greek|portuguese|dutch|swedish|norwegian|danish|"
    "u\\.s\\.|us|uk"
)

# The ranks of the police forces of the British and Irish model (the College of
# Policing's and An Garda Síochána's ladders, New Zealand's "senior sergeant"): a detective
# or an acting officer holds the rank the word after names. Read as a title only when the
# rank is the whole title ("a retired fisheries inspector" is a trade) and, in a sentence,
# capitalised before a name (`_EN_POLICE_RANK`).
_POLICE_STEPS = frozenset({"senior", "chief", "sergeant", "inspector", "superintendent"})
POLICE_RANK = (
    r"^(?:the\s+)?(?:(?:detective|acting)\s+)?(?:senior\s+|chief\s+)?"
    r"(?:sergeant|inspector|superintendent)\b"
)
_EN_POLICE_RANK = (
    r"(?-i:(?:(?:Detective|Acting)\s+)?(?:Senior\s+|Chief\s+)?(?:Sergeant|Inspector|"
    r"Superintendent)(?=\s+[A-Z]))"
)
# An army's ranks, one word each (the NATO ladder's, French and English), and the words
# a compound rank takes before its address ("lieutenant-colonel" is addressed "colonel",
# "brigadier general" "general"): what the military titles are read by.
ARMY_RANKS = r"colonel|capitaine|captain|commandant|general|lieutenant"
COMPOUND_RANK_PREFIX = r"(?:lieutenant|brigadier|major)[-\s]+"

_RULES: list[tuple[str, str, str]] = [
    # (regex, category, rank) — first match wins; order matters.
    (
        r"juge\s+d['’]instruction|investigating\s+(?:judge|magistrate)",
        "judiciary",
        "investigating_judge",
    ),
    (
        r"president(?:e)?\s+du\s+tribunal|presiding\s+judge|\bjuge\b|\bjudge\b",
        "judiciary",
        "presiding_judge",
    ),
    (
        # a district (state's, crown) attorney prosecutes: no lawyer for a party
        r"procureure?|prosecutor|avocate?\s+general|district\s+attorney|dist\.\s+atty|"
        r"state(?:['’]s)?\s+attorney",
        "judiciary",
        "prosecutor",
    ),
    # English offices whose "General" follows its noun: no general of an army
    (r"attorney[-\s]general|solicitor[-\s]general", "government", "attorney_general"),
    (r"surgeon[-\s]general", "government", "surgeon_general"),
    (r"inspector[-\s]general", "organisation", "inspector_general"),
    (r"\bavocate?\b|lawyer|attorney", "judiciary", "lawyer"),
    (r"president(?:e)?\s+du\s+directoire|chairman|chairwoman|\bchair\b", "corporate", "chair"),
    (
        r"directeur\s+general|directrice\s+generale|\bpdg\b|chief\s+executive|\bceo\b|"
        r"\bpatronne?\b",
        "corporate",
        "ceo",
    ),
    (
        r"directeur\s+financier|directrice\s+financiere|chief\s+financial|\bcfo\b",
        "corporate",
        "cfo",
    ),
    (
        r"directeur\s+des\s+operations|directrice\s+des\s+operations|chief\s+operating|"
        r"\bcoo\b",
        "corporate",
        "coo",
    ),
    (r"chief\s+[a-z]+\s+officer", "corporate", "chief_officer"),
    (
        r"(?:directeur|directrice)\s+de\s+la\s+communication|communications?\s+director|"
        r"director\s+of\s+communications?|head\s+of\s+communications?",
        "corporate",
        "communications",
    ),
    (r"emissaire|envoyee?|envoy", "diplomacy", "envoy"),
    (r"conseillere?|adviser|advisor", "advisor", "advisor"),
    (
        # "premier" before another noun is the ordinal ("premier adjoint au maire", "premier
        # vice-président"): a first deputy, not a head of government
        r"premiere?\s+ministre|prime\s+minister|chef(?:fe)?\s+du\s+gouvernement|"
        r"^(?:the\s+)?premier\b(?!\s+(?!of\b|de\b|du\b)[a-z])",
        "government",
        "head_of_government",
    ),
    (r"vice[-\s]president", "government", "vice_president"),
    (
        r"presidente?\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+)?(?:region|departement|conseil|"
        r"commission|club|groupe|syndicat|association|federation|parti)|\b(?:club|council|"
        r"commission|union|association|federation|party|regional|"
        # a body's kind before its president, possessive or not ("company president",
        # "the bank's president"): a firm's, a school's, a league's, not a state's
        r"company|firm|corporation|group|bank|university|college|school|league|team|board|"
        r"foundation|institute|society|chamber|committee|senate|assembly)(?:['’]s)?\s+president",
        "organisation",
        "president",
    ),
    (
        r"presidente?|president|chef\s+de\s+l['’]etat|\bking\b|\broi\b|\breine\b|\bqueen\b",
        "government",
        "head_of_state",
    ),
    (r"chanceliere?|chancellor", "government", "head_of_government"),
    (
        r"ministre\s+deleguee?|minister\s+of\s+state|junior\s+minister",
        "government",
        "minister_delegate",
    ),
    (
        r"secretaire\s+d['’]etat\s+(?:aux?|a\s+la|a\s+l|charge)",
        "government",
        "secretary_of_state_junior",
    ),
    (r"secretaire\s+d['’]etat|secretary\s+of\s+state", "government", "secretary_of_state"),
    (
        r"ministre|minister|(?:foreign|home|defen[cs]e|health|interior|justice|education)\s+"
        r"secretary|secretary\s+of\s+(?:defen|the\s+treasury)|chef\s+de\s+la\s+diplomatie|"
        r"secretaire\s+(?:\w+\s+)?(?:a|aux)\s+(?:la\s+)?(?:defense|tresor|sante|justice)",
        "government",
        "minister",
    ),
    # English writes it both ways: a union's "general secretary", the UN's "secretary-general"
    (
        r"secretaire\s+generale?|secretary[-\s]general|general\s+secretary",
        "organisation",
        "secretary_general",
    ),
    (r"secretaire|secretary", "government", "minister"),
    (r"porte-parole|spokes", "communication", "spokesperson"),
    (r"\bmaire\b|\bmayor\b", "local", "mayor"),
    # a town's or a county's chiefs of police and fire service (offices of its own)
    (r"police\s+chief|chief\s+of\s+police|chef\s+de\s+la\s+police", "local", "police_chief"),
    # a European commissioner sits in the Union's executive, no state's; a police
    # commissioner (a French "commissaire de police") heads a police force or station
    (
        r"commissaire\s+europeen(?:ne)?|\b(?:european|eu)\s+(?:[a-z]+\s+)?commissioner",
        "government",
        "eu_commissioner",
    ),
    (
        r"commissaire\s+(?:de\s+police|divisionnaire|principale?)|police\s+commissioner",
        "local",
        "police_chief",
    ),
    (r"\bsheriff\b", "local", "sheriff"),
    (r"fire\s+chief", "local", "fire_chief"),
    (r"sous-prefete?|sub-prefect", "local", "subprefect"),
    # ("gouverneur": the French of "governor" in NTREX-128 news translations, a province's
    # head in Belgium)
    (r"prefete?|prefect|governor|\bgov\.|gouverneure?", "local", "prefect"),
    (
        r"deputee?|senateur|senatrice|\bmp\b|lawmaker|legislator|senator|\bsen\.|"
        # (a bare "representative" is as often a party's or a country's envoy)
        r"congress(?:man|woman)|\brep\.|(?:state|u\.s\.)\s+representative",
        "parliament",
        "legislator",
    ),
    (r"ambassad", "diplomacy", "ambassador"),
    (r"\bleader\b|chef\s+de\s+file|dirigeant|cheffe?\s+de\s+l['’]opposition", "party", "leader"),
    (POLICE_RANK, "police", "rank"),
    (rf"{ARMY_RANKS}|commander", "military", "officer"),
    # A university's ranks (the French corps and the English-speaking ladders); a
    # researcher or a scientist may hold any of them: no rank.
    (
        r"post-?doctorante?|post-?doctoral\s+(?:researcher|fellow)|\bpostdoc\b",
        "academic",
        "postdoc",
    ),
    (
        r"doctorante?|doctoral\s+(?:student|candidate)|ph\.?\s?d\.?\s+(?:student|candidate)",
        "academic",
        "doctoral_student",
    ),
    (r"maitre(?:sse)?\s+de\s+conferences|\blecturer\b", "academic", "lecturer"),
    (r"\bprofesseure?\b|\bprofessor\b", "academic", "professor"),
    (r"\betudiante?\b|\bstudent\b", "academic", "student"),
    (r"entraineur|coach|manager", "sport", "coach"),
    (r"ailier|troisieme-ligne|deuxieme-ligne|ouvreur|demi\s+de\s+melee", "sport", "position"),
    (r"expert|climatologue|sociologue|seismologist|political\s+scientist", "expert", "expert"),
]

# Every rank the rules below name is one a title finder looks for: the finders' own
# lists come first (longest forms first), then each rule's pattern without its anchors.
_KNOWN_RANKS = "|".join(
    re.sub(r"\\b|\^\(\?:the\\s\+\)\?", "", pattern)
    for pattern, category, _ in _RULES
    if category != "police"  # capitalised before a name only: _EN_POLICE_RANK
)

_FR_RANK = (
    r"premiere?\s+ministre|ministre\s+deleguee?|ministre|secretaire\s+d['’]etat|"
    r"secretaire\s+generale?|secretaire|vice-presidente?|"
    # "président-directeur général", the PDG spelt out, is a firm's chief executive
    r"presidente?-(?:directeur|directrice)\s+generale?|presidente?|chanceliere?|porte-parole|"
    r"procureure?|juge\s+d['’]instruction|juge|avocate?|directeur\s+general|directrice\s+generale|directeur\s+financier|"
    r"directrice\s+financiere|directeur|directrice|pdg|maire|sous-prefete?|prefete?|deputee?|senateur|senatrice|"
    r"ambassadeur|ambassadrice|emissaire|envoyee?|conseillere?|chef\s+de\s+l['’]etat|"
    r"cheffe?\s+du\s+gouvernement|cheffe?\s+de\s+l['’]opposition|chef\s+de\s+la\s+diplomatie|"
    r"commandant|colonel|capitaine|commissaire|"
    r"general|entraineur|roi|reine|pape|expert|experte|ouvreur|ailier|troisieme-ligne|patronne?|"
    r"deuxieme-ligne|demi\s+de\s+melee|rapporteur\s+general|climatologue|sociologue|" + _KNOWN_RANKS
)
# A demonym by its ending ("gallois", "lyonnaise", "vaudoise", "ivoirien").
_DEMONYM_ENDINGS = r"(?:ois|oise|ais|aise|ien|ienne)s?"
_DEMONYM = rf"[a-z]{{3,}}{_DEMONYM_ENDINGS}"
_FR_AFTER = (
    rf"(?:\s+(?:{NATIONALITIES}|speciale?|presidentiel(?:le)?|deleguee?|generale?|adjointe?|"
    r"sortante?|interimaire|financiere?|public|publique|divisionnaire|principale?|"
    # a demonym of a region or town ("la juge d'instruction vaudoise", "le préfet breton")
    rf"{_DEMONYM})\b)*"
)
# The complement keeps its case: "de la Défense" is a portfolio, "de l'Intérieur
# est attendu" stops at the lowercase verb. Patterns run on accentless text.
_FR_COMPLEMENT = (
    r"(?:\s+(?i:charge(?:e)?\s+)?(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|aux|au|a\s+la|"
    r"a\s+l['’]|pour\s+le|pour\s+la|pour\s+l['’])\s*"
    # the body named (capitalized), or any common noun of one ("de l'université",
    # "du club", "de la métropole")
    r"(?:[A-Z][\w'’-]*|[a-z][a-z'’-]{3,})"
    r"(?:\s+(?:[A-Z][\w'’-]*|de|des|du|la|le|l['’][A-Z]\w+|d['’][A-Z]\w+|et|"
    r"[a-z]+(?:ique|iques|ale|ales|aux|el|elle|aire|aires|ien|ienne|ais|aise|ain|aine|ics?|"
    r"ere|eres|ees?|ifs?|ives?|eur|eure|eurs|al|als)|haute\s+montagne|des\s+dockers)"
    r"(?![\w'’-])){0,5})?"
)
# One of several holders of an office: "l'un des avocats", "une des adjointes".
_FR_ONE_OF = r"(?:l['’]une?|une?)\s+des\s+"
FR_TITLE = re.compile(
    # one of several holders, the office in the plural ("l'un des avocats de la famille")
    rf"\b(?i:(?:(?P<one_of>{_FR_ONE_OF})|"
    rf"(?:le|la|l['’]|un|une|du|de\s+la|de\s+l['’]|au|son|sa)\s*)?"
    rf"(?:(?:nouvelle?|ancien(?:ne)?|ex-|futur|future)\s+)?"
    # a second-in-command's "vice-" or "sous-" keeps its office's rank ("vice-capitaine",
    # "sous-procureur"; a sous-préfet is an office of its own), as do a deputy "adjoint au"
    # an office ("l'adjointe au maire") and a prosecutor's deputy ("substitut du procureur")
    # (a first or second deputy by its ordinal: "premier adjoint au maire")
    rf"(?:vice-|sous-(?!prefet)|lieutenant-(?=colonel)|(?:(?:premiere?|seconde?|deuxieme)\s+)?adjointe?\s+"
    rf"(?:au|a\s+la|a\s+l['’]|aux)\s+|"
    rf"substitute?\s+(?:du|de\s+la)\s+)?(?P<rank>{_FR_RANK})(?(one_of)s)\b{_FR_AFTER})"
    rf"{_FR_COMPLEMENT}",
)

_EN_RANK = (
    r"(?:attorney|solicitor|surgeon|inspector)[-\s]general|general\s+secretary|"
    r"prime\s+minister|premier|vice[-\s]president|president|chancellor|minister|"
    r"secretary\s+of\s+state|secretary|spokes(?:man|woman|person)|prosecutor|judge|lawyer|"
    r"attorney|chief\s+executive|chief\s+financial\s+officer|chief\s+operating\s+officer|"
    # the C-suite is compositional: chief <function> officer
    r"chief\s+[a-z]+\s+officer|"
    r"communications\s+director|director\s+of\s+communications|ceo|cfo|coo|chairman|"
    r"chairwoman|chair|"
    r"mayor|governor|ambassador|envoy|adviser|advisor|leader|commander|colonel|captain|king|"
    # the Associated Press's abbreviations of titles before a name ("Gov.", "Sen.",
    # "Dist. Atty."), read with their period
    r"gov\.(?=\s)|sen\.(?=\s)|rep\.(?=\s)|dist\.\s+atty\.(?=\s)|"
    r"queen|pope|coach|political\s+scientist|seismologist|commissioner|"
    + _EN_POLICE_RANK
    + "|"
    + _KNOWN_RANKS
)
_EN_BEFORE = (
    rf"(?:(?:{NATIONALITIES}|foreign|home|interior|defen[cs]e|finance|health|economy|"
    r"agriculture|justice|education|environment|energy|transport|labou?r|culture|trade|"
    r"treasury|public|deputy|acting|former|chief|special|liberal|conservative|progressive|"
    r"green|labour|democratic|republican|opposition|party|state|provincial|federal|"
    r"presidential)\s+){0,4}"
)
EN_TITLE = re.compile(
    # one of several holders: "one of the family's lawyers", "one of his attorneys"
    rf"\b(?i:(?P<one_of>one\s+of\s+(?:(?:the|his|her|its|their)\s+)?(?:[\w.-]+['’]s?\s+)?)?"
    rf"(?:(?:the|a|an|its|his|her)\s+)?{_EN_BEFORE}(?:vice-)?(?P<rank>{_EN_RANK})(?(one_of)s))"
    r"(?:\b|(?<=\.))"
    r"(?:\s+(?i:of|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*|(?i:state|province|city|town|finance|"
    # a firm's functions, the <function> of a chief <function> officer: "vice-president
    # of operations", "head of marketing"
    r"operations|sales|marketing|engineering|production|manufacturing|communications|"
    r"human\s+resources|technology|strategy|"
    r"health|defen[cs]e|interior|foreign\s+affairs|justice))(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w'’-]*){0,3})?"
)

PORTFOLIOS: dict[str, tuple[str, ...]] = {
    "defense": ("defense", "defence", "armees", "armed forces"),
    "foreign": ("affaires etrangeres", "foreign", "diplomatie", "europe et des affaires"),
    "interior": ("interieur", "interior", "home"),
    "economy": ("economie", "economy", "finances", "finance", "treasury"),
    "budget": ("comptes publics", "budget", "public accounts"),
    "health": ("sante", "health"),
    "agriculture": ("agriculture",),
    "ecology": ("transition ecologique", "ecologie", "environnement", "environment", "climat"),
    "biodiversity": ("biodiversite",),
    "justice": ("justice", "garde des sceaux"),
    "education": ("education",),
    "labour": ("travail", "labour", "labor", "emploi"),
    "culture": ("culture",),
    "transport": ("transports", "transport"),
    "energy": ("energie", "energy"),
    "industry": ("industrie", "industry"),
    "trade": ("commerce exterieur", "commerce", "trade", "foreign trade"),
    "housing": ("logement", "housing"),
    "space": ("espace",),
    "sport": ("sports", "sport"),
    "digital": ("numerique", "digital"),
    "middle_east": ("moyen-orient", "middle east"),
    # the leader of the opposition: a party's office that no member of the government holds
    "opposition": ("opposition",),
}

PAST_MARKERS = re.compile(
    r"\b(?:ancien(?:ne)?|ex-|former|sortante?|outgoing|jusqu['’]ici|until|naguere|late)\b"
)


@dataclass(frozen=True)
class Title:
    category: str
    rank: str
    portfolio: str | None
    past: bool = False

    def label(self) -> str:
        return self.rank.replace("_", " ") + (f" ({self.portfolio})" if self.portfolio else "")


def _portfolio(folded_title: str) -> str | None:
    for name, words in PORTFOLIOS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", folded_title) for w in words):
            return name
    return None


# The preposition of an office's body and the body's name: "de l'UPW", "du Cercle des
# nageurs", "of the Rugby Union" (a capitalised name, its small words inside it).
_OF_A_BODY = r"(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of)\s*"
_BODY_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|du|des|la|of|the)){0,4}"

# "présidente du Cercle des nageurs", "president of the Rugby Union": the president of
# a named body; of a country ("président du Sénégal") or a republic, a head of state.
_PRESIDENT_OF = re.compile(
    rf"\b[Pp]resident(?:e)?\s+{_OF_A_BODY}(?P<body>{_BODY_NAME}"
    # or a body a common noun names ("de l'université", "du club")
    r"|[a-z][a-z'’-]{3,})"
)


# An office of a body its title names after it: "secrétaire général de l'UPW",
# "secretary-general of the Western Farmers' Union" (a capitalised name, not a common
# noun: "du syndicat" may be any union of the story).
_OFFICE_OF_A_NAMED_BODY = re.compile(rf"\s{_OF_A_BODY}(?P<body>{_BODY_NAME})")

# Offices that preside over a body, whose body is what the office is of (a body has one
# president; one person may preside over two bodies): read by `_body_presided`.
PRESIDING_RANKS = frozenset({"president", "vice_president"})


def _named_body(title_text: str) -> str | None:
    """The named body an office of an organisation is of, folded, or None: what tells a
    union's secretary-general and its president apart as two offices of one body."""
    m = _OFFICE_OF_A_NAMED_BODY.search(strip_accents(title_text))
    return fold(m.group("body")) if m else None


def _body_presided(title_text: str) -> str | None:
    """The body a president or vice-president presides when it is no country nor a
    republic ("présidente du Cercle des nageurs", "vice-président de l'université"),
    folded: a head of state presides a country."""
    from factdiff.resolve import is_country

    m = _PRESIDENT_OF.search(strip_accents(title_text))
    if not m:
        return None
    body = m.group("body")
    if re.match(r"(?i:Republi(?:que|c)|Etat|State|Confederation)\b", body) or (
        is_country(body) or is_country(body.split()[0])
    ):
        return None
    return fold(body)


_PRESIDENT_DEMONYM = re.compile(rf"\bpresidente?\s+(?!(?:{NATIONALITIES})\b)({_DEMONYM})\b")
_DEMONYM_ENDING = re.compile(rf"{_DEMONYM_ENDINGS}$")


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The words of every country's English and French names (pycountry), folded."""
    from factdiff.resolve import country_names

    return frozenset(w for name in country_names() for w in re.findall(r"[a-z]+", fold(name)))


def _of_a_region_or_town(folded_title: str) -> bool:
    """Whether a French president's title names a demonym that is no state's: neither
    one of the list's nor one whose stem begins a country's name ("sénégalais" ->
    Sénégal, "ivoirien" -> Côte d'Ivoire, "togolais" -> Togo are states'; "gallois",
    "lyonnais", "écossais" are not)."""
    m = _PRESIDENT_DEMONYM.search(folded_title)
    if not m:
        return False  # no demonym, or a state's from the list
    stem = _DEMONYM_ENDING.sub("", m.group(1))
    return not any(
        (w.startswith(stem) and len(w) <= len(stem) + 3) or (stem.startswith(w) and len(w) >= 4)
        for w in _country_words()
    )


# A "directeur général" of a function, its complement a plural common noun ("directrice
# générale des élections", "directeur général des services", "des douanes"), heads a
# public directorate, as a "chief ... officer" does; of one body ("du groupe", "de
# l'UGP", "d'Airbus") a firm's chief executive.
_HEAD_OF_A_FUNCTION = re.compile(
    r"(?i:directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale)\s+"
    r"(?i:des)\s+[a-zà-ÿ]"
)


def canonical_title(title_text: str) -> Title | None:
    """(category, rank, portfolio) of a title phrase, or None when it is no office."""
    t = fold(title_text)
    if one_of := re.match(_FR_ONE_OF, t):
        # "l'un des avocats de la famille": one holder of the office, in the singular
        t = re.sub(r"^(\S+?)s\b", r"\1", t[one_of.end() :])
    past = bool(PAST_MARKERS.search(t))
    portfolio = _portfolio(t)
    for pattern, category, rank in _RULES:
        if re.search(pattern, t):
            if category == "government" and rank == "head_of_state" and portfolio:
                continue
            if rank == "head_of_state" and _of_a_region_or_town(t):
                # "le président gallois", "le président lyonnais": a region's or a town's
                # president is its club's or its council's; a head of state's demonym is
                # a state's ("le président américain").
                return Title("organisation", "president", None, past)
            if rank in ("head_of_state", "vice_president") and (body := _body_presided(title_text)):
                # The body a president presides is what the office is of: a president
                # and a vice-president of one body are two offices, of two bodies may
                # be one person's.
                return Title(
                    "organisation", "president" if rank == "head_of_state" else rank, body, past
                )
            if category == "police":
                ranked = re.match(POLICE_RANK, t)
                if ranked is None or t[ranked.end() :].strip():
                    continue  # more than a rank: a trade ("a retired fisheries inspector")
                rank = "_".join(w for w in ranked.group(0).split() if w in _POLICE_STEPS)
            if category == "military":
                # A rank by the form of address it takes: a lieutenant-colonel is
                # "colonel", a lieutenant-general or a brigadier general "general"
                ranked = re.search(
                    rf"(?:{COMPOUND_RANK_PREFIX})?(colonel|general)|{ARMY_RANKS}|commander", t
                )
                rank = ranked.group(1) or ranked.group(0)
                rank = {"captain": "capitaine", "commander": "commandant"}.get(rank, rank)
            if rank not in ("minister", "minister_delegate", "secretary_of_state_junior", "envoy"):
                portfolio_out = None if category != "government" else portfolio
            else:
                portfolio_out = portfolio if rank != "envoy" else None
            if category == "organisation" and rank not in PRESIDING_RANKS:
                # (a president's body is read by `_body_presided` above)
                portfolio_out = _named_body(title_text)
            if category == "government" and rank in ("head_of_state", "head_of_government"):
                portfolio_out = None
            if (category, rank, portfolio) == ("party", "leader", "opposition"):
                portfolio_out = portfolio
            if rank == "chief_officer":
                function = re.search(r"chief\s+([a-z]+)\s+officer", t)
                rank = f"chief_{function.group(1)}_officer" if function else rank
            if rank == "ceo" and _HEAD_OF_A_FUNCTION.search(title_text):
                rank = "chief_officer"  # "directrice générale des élections": a function's
            return Title(category, rank, portfolio_out, past)
    return None


# Offices of one club that one person does not hold together: who coaches or plays is
# its staff, who presides over it or chairs it, its board.
_CLUB_STAFF = frozenset({("sport", "coach"), ("sport", "position")})
_CLUB_BOARD = frozenset({("organisation", "president"), ("corporate", "chair")})
# An academic's step on the ladder; a student and a doctoral student may be one person.
ACADEMIC_STEP = {"student": 0, "doctoral_student": 0, "postdoc": 1, "lecturer": 2, "professor": 3}


def comparable(a: Title, b: Title) -> bool:
    """Whether two titles answer one question about a person: one category, or a club's
    staff and its board."""
    pair = {(a.category, a.rank), (b.category, b.rank)}
    return (
        a.category == b.category
        or bool(pair & _CLUB_STAFF and pair & _CLUB_BOARD)
        # a team's captain plays; its coach does not (a captain's title is read as the
        # army's rank: the word is one)
        or pair == {("military", "capitaine"), ("sport", "coach")}
    )


def _opposition_leader(t: Title) -> bool:
    return (t.category, t.rank, t.portfolio) == ("party", "leader", "opposition")


def titles_conflict(a: Title, b: Title) -> bool:
    """Whether one person cannot hold both titles at once."""
    if a.past or b.past:
        return False
    if {a.category, b.category} == {"party", "government"} and (
        _opposition_leader(a) or _opposition_leader(b)
    ):
        return True  # the opposition's leader is in no government
    if not comparable(a, b):
        return False
    if a.category != b.category:
        return True  # a club's coach is not its president
    if a.category == "academic":
        return ACADEMIC_STEP[a.rank] != ACADEMIC_STEP[b.rank]
    if a.category == "organisation":
        return bool(a.portfolio and a.portfolio == b.portfolio and a.rank != b.rank)
    if a.category in (
        "expert",
        "advisor",
        "party",
        "sport",
        "communication",
        "parliament",
        "diplomacy",
    ):
        return False
    if a.category == "military":
        return False  # ranks and commands are written too many ways to compare
    if "chief_officer" in (a.rank, b.rank) and all(
        r.startswith("chief_") and r.endswith("_officer") for r in (a.rank, b.rank)
    ):
        return False  # one head of a function told with its function and without
    if a.rank != b.rank:
        # A delegate minister is still a minister when the portfolio is not said
        # ("le ministre délégué chargé de l'Industrie" is later "le ministre").
        ranks = {a.rank: a, b.rank: b}
        delegate_called_minister = (
            set(ranks) == {"minister", "minister_delegate"} and ranks["minister"].portfolio is None
        )
        return not delegate_called_minister
    return a.portfolio is not None and b.portfolio is not None and a.portfolio != b.portfolio


_COUNTRY = {
    "US": "americain|americaine|american|u\\.s\\.|us|etats-unis|united states|washington",
    "FR": "francais|francaise|french|france",
    "GB": "britannique|british|uk|royaume-uni|britain",
    "DE": "allemand|allemande|german|germany|allemagne",
    "RU": "russe|russian|russia|russie",
    "UA": "ukrainien|ukrainienne|ukrainian|ukraine",
    "IT": "italien|italienne|italian|italy|italie",
    "CN": "chinois|chinoise|chinese|china|chine",
}


def nationality(title_text: str) -> str | None:
    """The country a title belongs to ("le ministre britannique" -> GB), if it says."""
    t = fold(title_text)
    for code, pattern in _COUNTRY.items():
        if re.search(rf"(?<![\w.])(?:{pattern})(?![\w])", t):
            return code
    return None
