"""French word lists (folded: lowercase, no accents)."""

from __future__ import annotations

STOPWORDS = frozenset(
    """a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le
        les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour
        qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n
        s t y ete etre est sont etait etaient a ont avait avaient sera seront fait faire
        plus moins tres tout tous toute toutes comme aussi alors apres avant depuis pendant
        lors selon entre vers chez sans sous cela ca dont ou si car donc puis encore deja
        ainsi autre autres meme memes quel quelle quels quelles lequel laquelle lesquels
        auxquels auxquelles duquel celui celle ceux celles ici la-bas cependant toujours
        jamais rien aucun aucune chaque plusieurs certains certaines ont avoir eu ete etes
        sommes suis es serait seraient soit sont""".split()
)

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "janv": 1,
    "fevr": 2,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# As written in text (MONTHS above is keyed by accent-folded forms, for matching);
# for code that writes dates, such as the training-pair generator.
WEEKDAY_NAMES = tuple(WEEKDAYS)
MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# Verbs and auxiliaries that put the sentence in the future: a bare weekday then
# points forward from the publication date.
FUTURE_CUES = (
    r"\b(?:va|vont|sera|seront|se\s+tiendra|se\s+tiendront|aura|auront|doit|doivent|devra"
    r"|devront|prevue?s?|attendue?s?|annoncee?s?\s+pour|\w{2,}(?:era|ira|dra|ura|eront|iront"
    r"|dront)|prochaine?|a\s+venir|demain|"
    # the future's first and second persons, a live page's own plans ("Nous reprendrons
    # demain dès 6 heures"; not "aux environs de 18 heures")
    r"\w{2,}(?:erons|drons|urons|erez|drez)|\w{2,}(?<!env)irons|"
    # the future seen from the past or from an invitation ("devrait reprendre lundi",
    # "sont conviés à une réunion jeudi", "comptent s'y rendre mardi")
    r"devrai(?:t|ent)|conviee?s?|invitee?s?\s+a|comptent|compte|"
    # a plan, as English's "plans to", "aims to", "hopes to" ("le texte prévoit une
    # hausse au 1er janvier", "envisage de rouvrir", "vise à livrer"; not "entend", which
    # also hears)
    r"prevoi(?:t|ent)|envisage(?:nt)?|projett?e(?:nt)?\s+de|vise(?:nt)?\s+a|"
    r"espere(?:nt)?)\b"
)

# Hedges before a number: (pattern, kind). Kinds are interpreted in extract.numbers.
HEDGES = [
    (r"au\s+moins", "min"),
    (r"au\s+minimum", "min"),
    (r"pas\s+moins\s+de", "min"),
    # (a bound's negation first: "pas plus de 40" is at most 40)
    (r"pas\s+plus\s+de", "max"),
    (r"plus\s+d['’]un", "gt"),
    (r"plus\s+de", "gt"),
    (r"au[- ]dela\s+de", "gt"),
    (r"pres\s+de", "near"),
    (r"presque", "near"),
    (r"quasiment", "near"),
    (r"environ", "about"),
    (r"quelque", "about"),
    (r"quelques", "about"),
    (r"autour\s+de", "about"),
    (r"approximativement", "about"),
    (r"a\s+peu\s+pres", "about"),
    (r"moins\s+de", "lt"),
    (r"jusqu['’]a", "max"),
    (r"au\s+plus", "max"),
]

APPROX_NOUNS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}

SCALES = {
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
    "md": 1e9,
    "mds": 1e9,
    "mln": 1e6,
    "m": 1e6,
    "k": 1e3,
}

# Words after which a capitalised run is a place ("à Toulouse", "près de Lyon").
# "de" in a compound preposition is also "du", "des" or elided: "près d'Aigueblanche".
DE_FORMS = r"(?:de|du|des|d['’])"
# Compound prepositions of nearness or of where in a place ("près de", "au-dessus de",
# "sur la commune de"): such a place is where something happened (extract/locations).
NEAR_COMPOUNDS = (
    "pres|non loin|aux abords|au large|a proximite|au-dessus|en contrebas|en amont|en aval|"
    "aux portes|dans les environs|sur la commune|sur le territoire"
).replace(" ", r"\s+")
_PLACE_COMPOUNDS = NEAR_COMPOUNDS + (
    "|a hauteur|au nord|au sud|a l['’]est|a l['’]ouest|au pied|a l['’]entree|a la sortie|"
    "a quelques kilometres|en direction"
).replace(" ", r"\s+")
PLACE_PREPOSITIONS = rf"a|au|aux|en|dans|depuis|vers|sous|(?:{_PLACE_COMPOUNDS})\s+{DE_FORMS}"

# Verbs that say an event happened somewhere: a place shortly after one is where
# the event took place ("s'est produit vers 5 h 30, à hauteur de Montélimar").
OCCURRENCE_CUES = (
    r"\b(?:s['’]est\s+produite?|survenue?|s['’]est\s+deroulee?|s['’]est\s+tenue?|a\s+eu\s+lieu|"
    r"ont\s+eu\s+lieu|s['’]est\s+joue|s['’]est\s+disputee?|se\s+tiendra|a\s+ete\s+paraphee?|"
    r"ont\s+signe|a\s+ete\s+signee?|s['’]est\s+couchee?|s['’]est\s+declenchee?|a\s+frappe|"
    r"s['’]est\s+abattue?s?|se\s+sont\s+reunis|reunis|ont\s+ete\s+tuee?s|a\s+ete\s+condamnee?|"
    r"se\s+sont\s+rassembles|s['’]est\s+ecrase|a\s+explose|s['’]est\s+effondree?|"
    r"a\s+ete\s+retrouvee?|a\s+atterri|ont\s+atterri|atterri|s['’]est\s+pose|deroute|"
    r"derouter|a\s+deraille|a\s+deraille|s['’]est\s+renverse|s['’]est\s+declare|"
    r"a\s+pris\s+feu|a\s+eclate|ont\s+derobe|a\s+ete\s+cambriole|se\s+sont\s+introduits|"
    r"a\s+ete\s+recue?|recue?s?|accueillie?s?|a\s+prononce|a\s+ete\s+arrete)\b"
)


# Verbs of saying (the reporting verbs of French grammars), folded past participles and
# present forms.
SAY_VERBS = (
    r"dit|declare|affirme|explique|ajoute|souligne|indique|estime|lance|martele|assure|"
    r"confie|precise|rappele|reconnu|commente|insiste|avoue|ecrit|poursuivi|reagi|"
    r"temoigne|raconte|confirme|admis|observe"
)
# "à" with an article after a verb of saying brings the one spoken to, an outlet or a
# person, not a place: "a déclaré à l'AFP", "a confié au Parisien"; a bare name ("a
# indiqué à Reuters", "a déclaré à Lyon") may be either (ADDRESSEE_OR_PLACE_BEFORE).
ADDRESSEE_BEFORE = rf"\b(?:{SAY_VERBS})e?s?\s+(?:au|aux|a\s+la|a\s+l['’])\s*$"
ADDRESSEE_OR_PLACE_BEFORE = rf"\b(?:{SAY_VERBS})e?s?\s+a\s*$"

# The alert of an emergency (en.ALERT_CUES): "donner l'alerte", "alerté", "un appel de
# détresse", "a appelé les secours" (accentless).
ALERT_CUES = (
    r"\b(?:alerte|alertee?s?|appel\s+(?:de\s+detresse|au\s+secours|aux\s+secours|d['’]urgence)|"
    r"appele\s+(?:les\s+secours|les\s+pompiers|la\s+police|les\s+gendarmes|le\s+1[578]|"
    r"le\s+112)|mayday|detresse)\b"
)

# A fire breaking out (en.OUTBREAK_CUES): "le feu a pris", "l'incendie s'est déclaré", "a
# pris feu", "les flammes sont apparues", "départ de feu" (accentless).
OUTBREAK_CUES = (
    r"\b(?:(?:le\s+feu|l['’]incendie|le\s+sinistre)\s+(?:a\s+pris|s['’]est\s+declare|a\s+demarre|"
    r"a\s+eclate|s['’]est\s+propage)|a\s+pris\s+feu|ont\s+pris\s+feu|flammes\s+sont\s+apparues|"
    r"depart\s+de\s+feu|s['’]est\s+embrase)\b"
)
