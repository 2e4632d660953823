"""A bilingual (French/English) table of news concepts.

Cross-lingual alignment needs "tués" and "killed", "amis" and "friends",
"sièges" and "seats" to meet. Each concept lists the stems (see
`factdiff.text.stem`) of the words that express it in either language. The
table covers what news about events counts and does: casualties, people,
money, places, meetings, votes, courts, elections.
"""

from __future__ import annotations

from factdiff.text import stem

_CONCEPTS: dict[str, tuple[str, ...]] = {
    # casualties
    "DEAD": (
        "mort", "morte", "morts", "mortes", "tue", "tues", "tuee", "tuees", "deces", "dece",
        "decede", "decedes", "victime", "victimes", "dead", "death", "deaths", "killed", "kill",
        "killing", "tuant", "tuent", "tuer", "died", "die", "fatalities", "toll", "vie", "succombe", "perdu", "perished",
        "bilan",
    ),
    "INJURED": (
        "blesse", "blesses", "blessee", "blessees", "injured", "wounded", "injuries", "hurt",
        "hospitalises", "hospitalized",
    ),
    "MISSING": ("disparu", "disparus", "disparue", "disparues", "missing", "unaccounted"),
    "CRITICAL": ("urgence", "critical", "grave", "grievement", "seriously"),
    "EVACUATED": ("evacue", "evacues", "evacuated", "sinistre", "sinistres", "displaced"),
    # people and groups
    "PERSON": ("personne", "personnes", "people", "persons", "individus", "gens"),
    "FRIEND": ("ami", "amis", "amie", "friend", "friends"),
    "PASSENGER": ("passager", "passagers", "passagere", "passenger", "passengers", "voyageur"),
    "EMPLOYEE": ("salarie", "salaries", "employe", "employes", "employee", "employees",
                 "staff", "workers", "travailleur", "emploi", "emplois", "jobs"),
    "RESCUER": ("secouriste", "secouristes", "sauveteur", "sauveteurs", "rescuer", "rescuers",
                "pompier", "pompiers", "sapeurs-pompiers", "firefighters"),
    "SOLDIER": ("soldat", "soldats", "soldier", "soldiers", "militaire", "militaires", "troops"),
    "SPECTATOR": ("spectateur", "spectateurs", "spectator", "spectators", "supporteurs",
                  "supporters", "fans"),
    "COUNTRY": ("pays", "country", "countries", "nation", "nations", "etats"),
    "SKIER": ("skieur", "skieurs", "skier", "skiers"),
    "RESIDENT": ("habitant", "habitants", "resident", "residents", "inhabitants"),
    "CHILD": ("enfant", "enfants", "child", "children"),
    "MEMBER": ("membre", "membres", "member", "members", "ministres"),
    "DOCKER": ("docker", "dockers", "dockworkers"),
    "CIVIL_PARTY": ("partie", "parties"),
    "PRODUCER": ("producteur", "producteurs", "eleveur", "eleveurs", "farmers", "producers"),
    "FARM": ("exploitation", "exploitations", "farm", "farms", "ferme", "fermes"),
    # things
    "HOME": ("maison", "maisons", "logement", "logements", "home", "homes", "house", "houses",
             "habitation", "habitations", "batiment", "batiments", "buildings", "immeuble"),
    "SEAT": ("siege", "sieges", "seat", "seats", "circonscription"),
    "VOTE": ("voix", "votes", "suffrages", "votants", "ballots"),
    "SHIP": ("navire", "navires", "ship", "ships", "bateau", "bateaux", "vessels"),
    "HELICOPTER": ("helicoptere", "helicopteres", "helicopter", "helicopters"),
    "VEHICLE": ("voiture", "voitures", "vehicule", "vehicules", "car", "cars", "vehicle"),
    "PLANT": ("usine", "usines", "site", "sites", "plant", "plants", "factory", "factories"),
    "YEAR": ("an", "ans", "annee", "annees", "year", "years"),
    "MONTH": ("mois", "month", "months"),
    "DAY": ("jour", "jours", "journee", "day", "days"),
    "HOUR": ("heure", "heures", "hour", "hours"),
    "MINUTE": ("minute", "minutes"),
    "PRISON": ("prison", "emprisonnement", "barreaux", "jail", "prison", "ferme", "sursis"),
    "METRE": ("metre", "metres", "meter", "meters", "m"),
    "KILOMETRE": ("kilometre", "kilometres", "km", "kilometer", "kilometers"),
    "MILLIMETRE": ("millimetre", "millimetres", "mm", "millimeters"),
    "PERCENT": ("%", "pourcent", "percent"),
    "MAGNITUDE": ("magnitude", "richter"),
    "POINT": ("point", "points"),
    "TRY": ("essai", "essais", "try", "tries"),
    "GOAL": ("but", "buts", "goal", "goals"),
    # money
    "EURO": ("euro", "euros", "eur", "€"),
    "DOLLAR": ("dollar", "dollars", "usd", "$"),
    "POUND": ("livre", "livres", "pound", "pounds", "£"),
    # events and actions
    "MEET": ("reunion", "reunions", "reuni", "reunis", "rencontre", "rencontres", "rencontrer",
             "meeting", "meetings", "met", "meet", "sommet", "summit", "entretien",
             "entretiens", "discussion", "discussions", "pourparlers", "talks", "negociation",
             "negociations", "negotiations", "assemblee", "assembly"),
    "CALL": ("telephone", "telephonique", "appel", "phone", "call", "called"),
    "SIGN": ("signe", "signer", "signature", "signed", "sign", "signing", "paraphe"),
    "ANNOUNCE": ("annonce", "annonces", "annonce", "announced", "announce", "announcement",
                 "declare", "declared"),
    "ACCIDENT": ("accident", "crash", "collision", "autocar", "car", "coach", "bus"),
    "QUAKE": ("seisme", "tremblement", "earthquake", "quake", "tremor", "secousse"),
    "AVALANCHE": ("avalanche",),
    "OCCUR": ("produit", "produite", "survenu", "survenue", "deroule", "deroulee", "happened",
              "occurred", "struck", "dispute", "disputee", "joue", "drame", "tragedy"),
    "FLOOD": ("inondation", "inondations", "crue", "crues", "flood", "floods", "flooding",
              "pluies", "rain"),
    "ELECTION": ("election", "elections", "scrutin", "vote", "polls", "electoral"),
    "STRIKE": ("greve", "greves", "strike", "strikes", "gréviste", "grevistes", "strikers"),
    "TRIAL": ("proces", "trial", "tribunal", "court", "jugement", "judgment", "verdict",
              "audience", "hearing"),
    "SENTENCE": ("condamne", "condamnation", "sentenced", "sentence", "peine"),
    "ACQUIRE": ("rachat", "racheter", "rachete", "acquisition", "acquire", "acquired",
                "cession", "takeover", "buy", "purchase"),
    "AGREEMENT": ("accord", "deal", "agreement", "declaration", "traite", "treaty"),
    "CEASEFIRE": ("cessez-le-feu", "ceasefire", "treve", "truce"),
    "WAR": ("guerre", "war", "conflit", "conflict"),
    "PEACE": ("paix", "peace"),
    "ATTACK": ("attaque", "frappe", "frappes", "attack", "strike", "bombardement", "raid"),
    "PLEDGE": ("promis", "promettent", "engage", "engages", "pledged", "pledge", "debloquer",
               "milliard", "billion"),
    "DEFENSE": ("defense", "defence", "militaire", "military", "armees"),
    "AID": ("aide", "aid", "assistance", "soutien", "support"),
    "WINTER": ("hiver", "winter"),
    "GOVERNMENT": ("gouvernement", "government", "cabinet", "executif"),
    "MINISTER": ("ministre", "minister", "secretary", "secretaire"),
    "GROUP": ("groupe", "group"),
    "GUIDE": ("guide",),
    "VICTORY": ("victoire", "gagne", "remporte", "won", "win", "victory", "battu", "beat",
                "imposes", "majorite", "majority"),
    "LOSS": ("defaite", "perdu", "lost", "loss", "defeat"),
    "DECISIVE": ("decisif", "decisive", "decisive"),
    "SUPPORTERS": ("partisans", "supporters", "militants"),
    "SPEECH": ("discours", "speech", "addressed", "s'adresse"),
    "PROPOSAL": ("proposition", "proposal", "offre", "offer", "plan"),
    "ACCEPT": ("accepte", "acceptee", "accepted", "accept", "approuve", "approved",
               "adopte", "adopted", "valide"),
    "REJECT": ("rejete", "rejetee", "rejected", "reject", "refuse", "refused", "repousse",
               "declined", "decline"),
    "RISK": ("risque", "risk"),
    "SCALE": ("echelle", "scale"),
    "SNOW": ("neige", "snow", "snowfall"),
    "NATO": ("otan", "nato"),
    "HEADQUARTERS": ("siege", "headquarters"),
    "ROAD": ("route", "road", "autoroute", "motorway", "highway"),
    "HOSPITAL": ("hopital", "hopitaux", "hospital", "hospitals"),
    "POLICE": ("police", "gendarmerie", "gendarmes", "policiers"),
    "PROSECUTOR": ("parquet", "procureur", "procureure", "prosecutor", "prosecution"),
    "INVESTIGATION": ("enquete", "investigation", "probe", "inquiry"),
    "COUNCIL": ("conseil", "council", "cabinet"),
    "TURNOUT": ("participation", "turnout"),
}

# Concepts that name what happened: two dates or places of one happening share one.
EVENT_CONCEPTS = frozenset({
    "MEET", "CALL", "SIGN", "OCCUR", "ANNOUNCE", "ACCIDENT", "QUAKE", "AVALANCHE", "FLOOD", "ELECTION",
    "STRIKE", "TRIAL", "SENTENCE", "ACQUIRE", "AGREEMENT", "ATTACK", "PLEDGE", "COUNCIL",
    "VOTE", "SPEECH", "VICTORY", "LOSS",
})

_INDEX: dict[str, str] = {}
for _concept, _words in _CONCEPTS.items():
    for _w in _words:
        _INDEX.setdefault(stem(_w), _concept)
        _INDEX.setdefault(_w, _concept)


def concept_of(word: str) -> str | None:
    """The concept a word expresses, in either language, or None."""
    return _INDEX.get(word) or _INDEX.get(stem(word))


def concepts() -> dict[str, tuple[str, ...]]:
    return dict(_CONCEPTS)
