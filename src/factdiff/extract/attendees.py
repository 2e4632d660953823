"""Attendance claims: who a source says took part in an event, or stayed away.

"en présence du Premier ministre, François Delmas" (present), "accompagné de
Steve Witkoff" (present), "n'a pas fait le déplacement", "n'a finalement pas
assisté", "did not attend" (absent), "attended in person" (present). The
attendee is a named person, or an office when no name is given ("le
président de la République", "the U.S. defense secretary").

The value: {"who": "François Delmas", "who_key": None | "title:...",
            "present": True, "cue": "en présence de",
            "office": "title:..." (optional: the title set in apposition before the name)}
"""

from __future__ import annotations

import re
from typing import Any

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.extract.dates import WEEKDAY_WORDS
from factdiff.extract.roles import is_person
from factdiff.lexicon import CALENDAR_WORDS
from factdiff.lexicon.titles import nationality
from factdiff.records import Sentence
from factdiff.text import fold, stem

# What a ceremony hands over, after its determiner: a trophy, a medal, keys.
_CEREMONY_OBJECT = (
    r"(?:le|la|les|l['’]|leurs?|ses?|sa|the|their|his|her)\s*(?:[\w-]+\s+)?"
    r"(?:trophees?|coupes?|medailles?|prix|recompenses?|cles|insignes|trophy|trophies|cup|"
    r"medals?|prizes?|awards?|keys)\b"
)

# What a ceremony's act is done to, as the subject of its passive: what it hands over,
# its ribbon, the session it chairs.
_CEREMONY_PATIENT = (
    rf"{_CEREMONY_OBJECT}|(?:le|the)\s+(?:ruban|ribbon)|(?:la|le|the)\s+(?:seance|session|"
    r"ceremonie|ceremony|hearing|meeting|reunion)"
)

# Cues whose attendee follows them.
PRESENT_BEFORE = re.compile(
    r"\b(?:en\s+presence\s+d(?:e|u|es)|accompagnee?s?\s+d(?:e|u|es)|aux\s+cotes\s+d(?:e|u|es)|"
    r"auxquel(?:le)?s\s+particip(?:e|ent|aient)|in\s+the\s+presence\s+of|accompanied\s+by|"
    r"alongside|joined\s+by|ont\s+rencontre|a\s+rencontre|met\s+with|"
    # the passive of attending ("the meeting was attended by X"), and being at one's sides
    # (WordNet's "flank": be located at the sides of)
    r"(?:was|were|had\s+been|has\s+been)\s+attended\s+by|flanked\s+by|"
    # met on arrival: the passive of meeting and greeting ("accueillis par le maire",
    # "reçue par la ministre", "greeted by the mayor"), as "a rencontré" / "met with"
    r"(?:accueilli|recu)e?s?\s+(?:[a-z]+\s+)?par|(?:greeted|welcomed|met)\s+by|"
    # the passive of a ceremony's acts done in person (PRESENT_AFTER): "le ruban a été
    # coupé à 11 heures par le maire", "the trophy was presented by", "the session was
    # chaired by"
    rf"(?:{_CEREMONY_PATIENT})\s+(?:[\w'’-]+\s+){{0,4}}?(?:a|ont|avait|avaient)\s+ete\s+"
    r"(?:coupee?s?|remise?s?|decernee?s?|presidee?s?)\s+(?:[^,;.]{0,30}?\s+)?par|"
    rf"(?:{_CEREMONY_PATIENT})\s+(?:[\w'’-]+\s+){{0,4}}?(?:was|were|had\s+been)\s+"
    r"(?:cut|presented|handed\s+over|awarded|chaired)\s+(?:[^,;.]{0,30}?\s+)?by|"
    # at someone's side, the subject inverted: "At her side was former mayor X"
    r"at\s+(?:his|her|their)\s+side\s+(?:was|were|stood)|"
    r"a\s+(?:ses|leurs)\s+cotes\s+(?:se\s+trouvai(?:t|ent)|figurai(?:t|ent)|etai(?:t|ent)))\b|"
    # the same, fronted before the list of those there: "À ses côtés, X et Y."
    r"\b(?:a\s+(?:ses|leurs)\s+cotes|at\s+(?:his|her|their)\s+side)\s*,"
)
# Cues of absence whose attendee follows them.
ABSENT_BEFORE = re.compile(
    r"\b(?:sans|without|en\s+l['’]absence\s+(?:d(?:e|u|es)|d['’](?=\w))|in\s+the\s+absence\s+of)\b"
)

# Who a speaker tells, and the gatherings where one speaks in person.
_AUDIENCE = (
    r"analysts|reporters|journalists|investors|shareholders|delegates|lawmakers|"
    r"members|supporters|residents|staff|workers|employees|the\s+press|the\s+media"
)
# ("a news conference", "la conférence de presse": the words before or after
# "conference" are read past by the cues below)
_GATHERING_EN = (
    r"call|conference|meeting|summit|briefing|hearing|session|rally|ceremony|assembly|webcast"
)
_GATHERING_FR = (
    r"reunion|conference|sommet|seance|audience|ceremonie|assemblee|point\s+presse|meeting|"
    r"rassemblement"
)

# A negation or "yet to" right before a presence cue: "has not visited", "has yet to".
_NOT_YET_BEFORE = re.compile(
    r"\b(?:not|never|n['’]\w+\s+(?:pas|jamais)|(?:has|have|had|is|are|was|were)\s+yet\s+to)"
    r"\s+(?:yet\s+|encore\s+)?$"
)
# (read on the sentence as written: a capital opens a name)
_COMMON_NOUN_AFTER = re.compile(r"[a-z]")

# Bodies that sit in session to hear what is put before them.
_BODY_IN_SESSION = (
    r"board|council|committee|assembly|shareholders|conseil|comite|assemblee|actionnaires|"
    r"elus|deputes|senateurs"
)

# Cues whose attendee precedes them (the clause subject).
PRESENT_AFTER = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:assiste|participe)|etai(?:t|ent)\s+(?:egalement\s+)?"
    r"present(?:e|s|es)?|present(?:e|s|es)?\s+(?:en\s+tribune|a\s+la|a\s+l['’]|au|aux|lors|"
    r"sur\s+place|dans\s+la\s+salle)|"
    # seated or standing somewhere there (FrameNet's Posture frame: sit, stand): "assis au
    # premier rang", "seated in the front row", "debout dans le public"
    r"(?:assise?s?|seated|sitting|sat|debout|standing|stood)\s+(?:au|aux|a\s+la|a\s+l['’]|"
    r"dans\s+(?:la|le|les|l['’])|in\s+the|at\s+the|on\s+the)\b|"
    # having just arrived, as a live account tells it (FrameNet's Arriving frame): "vient
    # d'arriver", "has just arrived"
    r"vien(?:t|nent)\s+d['’]arriver|(?:has|have)\s+just\s+arrived|"
    r"(?:a|ont|avait|avaient)\s+fait\s+le\s+deplacement|attended|was\s+present|"
    r"were\s+present|took\s+part|(?:a|ont|avait|avaient)\s+pris\s+part|travell?ed\s+to|"
    r"was\s+in\s+attendance|"
    # joining a gathering under way ("joined the talks on Tuesday", "a rejoint la réunion";
    # not "joined the company", a career)
    rf"joined\s+(?:the|a|an|[a-z]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_GATHERING_EN}|talks|negotiations)\b|"
    rf"(?:a|ont|avait|avaient)\s+rejoint\s+(?:la|le|les|l['’])\s*(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_GATHERING_FR}|discussions|negociations|pourparlers)\b|"
    r"fai(?:t|saient)\s+(?:egalement\s+|aussi\s+)?partie\s+(?:du\s+voyage|de\s+la\s+delegation|"
    r"du\s+deplacement)|accompagn(?:e|ait|aient)\s+(?:la|le|les)\s+(?:ministre|delegation)|"
    r"watch(?:ed|ing)\s+(?:(?:the|a|an|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}?)?from|"
    r"was\s+among\s+the\s+(?:guests|delegation|spectators)|"
    r"joined\s+the\s+delegation|"
    # joining someone somewhere: "joined the council leader at the pier" (not a time of
    # life or of a period: "joined the firm at the age of 20", "at the end of 2019")
    r"joined\s+(?:[\w'’-]+\s+){1,4}?at\s+the\s+"
    r"(?!(?:age|end|start|beginning|turn|time|close|outset|height)\b)[a-z]|"
    # appearing before a gathering (WordNet's "appear": present oneself formally, as
    # before an authority): "appeared at the hearing", "appeared before the committee"
    rf"appeared\s+(?:at|before)\s+(?:the|a|an|[a-z]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_GATHERING_EN}|{_BODY_IN_SESSION}|court|tribunal|inquiry)\b|"
    # on a stage with others: "joined executives on stage", "took the stage"
    r"joined\s+(?:[\w-]+\s+){1,6}?on\s+(?:the\s+)?stage|took\s+the\s+stage|"
    r"(?:est|sont)\s+monte(?:e|s|es)?\s+sur\s+(?:la\s+)?scene|"
    # come for it: "venu de Paris pour l'occasion", "venue spécialement" (not "venu du
    # privé", a career)
    r"venue?s?\s+(?:specialement|tout\s+expres|(?:de|d['’]|du|des)\s+[^,;.]{1,40}?\s+"
    r"(?:pour\s+l['’]occasion|specialement|tout\s+expres))|"
    r"etai(?:t|ent)\s+"
    r"egalement\s+a\s+\w+|"
    # doing it oneself, there: "a remis lui-même le bouquet", "handed it over in person"
    r"(?:a|ont|avait|avaient)\s+[a-z]+(?:e|i|is|it|u)s?\s+(?:lui|elle|eux|elles)-memes?|"
    r"en\s+personne|in\s+person|personally\s+[a-z]+ed|"
    # being in the gathering's room (FrameNet's Being_located with a room of its
    # Building_subparts frame, or the court): "who was in the room", "was in court to hear
    # the ruling", "est dans la salle, au premier rang", "is in the public gallery"
    r"(?:is|was|are|were)\s+(?:also\s+|already\s+)?(?:in|at)\s+(?:the\s+)?(?:public\s+|front\s+)?"
    r"(?:room|hall|chamber|gallery|courtroom|court|audience|front\s+row)\b|"
    r"(?:est|etait|sont|etaient)\s+(?:aussi\s+|egalement\s+|deja\s+)?(?:dans|a)\s+"
    r"(?:la|le|l['’])\s*(?:salle|hemicycle|tribune|pretoire|premier\s+rang)\b|"
    # going there: "s'est rendu sur place", "went to the scene"
    r"s['’](?:est|etait)\s+rendue?|se\s+sont\s+rendue?s|(?:went|travell?ed)\s+to\s+the\s+"
    r"(?:site|scene)|visited\s+the\s+(?:site|scene)|"
    # visiting a place named by a common noun ("visited the terminal"; "yet to visit the
    # terminal" is read negated below; not "visited the United States", a country's name)
    r"visit(?:ed)?\s+the\s+[a-z][a-z-]{3,}\b(?!\s+(?:of|de)\b)|"
    # arriving there: "est arrivé sur place", "arrived at the scene"
    r"(?:est|sont|etait|etaient)\s+arrivee?s?\s+sur\s+(?:place|les\s+lieux)|"
    r"arrived\s+(?:at\s+the\s+(?:scene|site)|on\s+(?:the\s+)?(?:scene|site))|"
    # a ceremony's acts, done in person: handing over its trophy, chairing its session,
    # cutting its ribbon ("a remis le trophée", "presented the medals", "a présidé la
    # séance"; not "a remis sa démission", "a remis un rapport")
    rf"(?:a|ont|avait|avaient)\s+(?:remis|decerne)\s+{_CEREMONY_OBJECT}|"
    rf"(?:handed\s+over|presented|awarded)\s+{_CEREMONY_OBJECT}|"
    r"(?:a|avait)\s+preside\s+(?:la|le|l['’])\s*(?:seance|ceremonie|reunion|conseil|debat)|"
    r"chaired\s+the\s+(?:meeting|session|hearing|debate|ceremony)|"
    # leading or hosting a gathering, whoever's day it is ("led Monday's news
    # conference", "hosted the summit", "a animé la conférence de presse")
    rf"(?:chaired|led|hosted|presided\s+over)\s+(?:the|a|an|[a-z]+['’]s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_GATHERING_EN})\b|"
    rf"(?:a|avait|ont|avaient)\s+(?:preside|anime|dirige|mene)\s+(?:la|le|l['’]|les)\s*"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_GATHERING_FR})\b|"
    r"(?:a|ont|avait|avaient)\s+coupe\s+le\s+ruban|cut\s+the\s+(?:ceremonial\s+)?ribbon|"
    # speaking there (FrameNet's Statement frame, told at an event): "told analysts on a
    # conference call", "addressed the summit", "a pris la parole lors de la réunion"
    rf"(?:told|addressed)\s+(?:the\s+)?(?:{_AUDIENCE})\s+(?:at|on|during)\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_GATHERING_EN})\b|"
    rf"addressed\s+the\s+(?:[\w-]+\s+)?(?:{_GATHERING_EN})\b|"
    rf"(?:a|avait)\s+(?:pris\s+la\s+parole|declare|affirme|explique|annonce)\s+"
    rf"(?:lors|au\s+cours)\s+d(?:e|u|es)\s+(?:la\s+|l['’]\s*)?(?:[\w-]+\s+)?(?:{_GATHERING_FR})\b|"
    # taking the floor, as a live account tells it ("prend la parole", "takes the floor")
    r"(?:prend|prennent|a\s+pris|ont\s+pris)\s+la\s+parole|(?:takes|took)\s+the\s+floor|"
    # putting a text before a body in session: "presented the plan to the board", "a
    # présenté le projet devant le conseil municipal"
    rf"(?:presented|(?:a|ont|avait|avaient)\s+presente)\s+(?:[\w'’-]+\s+){{1,4}}?"
    rf"(?:to|devant)\s+(?:the|le|la|les|l['’])\s*(?:{_BODY_IN_SESSION})\b)"
)
# Taking part from afar, in the cue's clause: "joined the meeting by phone", "a participé
# à la réunion par visioconférence", "took part remotely".
_REMOTE_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:by\s+(?:phone|telephone|video(?:\s*link)?|video\s*conference|"
    r"videoconference)|remotely|virtually|online|via\s+(?:video|videoconference|a\s+video\s+link)|"
    r"par\s+(?:telephone|visioconference|visio|video|liaison\s+video)|"
    r"en\s+(?:visio(?:conference)?|duplex)|a\s+distance|"
    # a recorded message: "dans un message vidéo", "in a video message"
    r"(?:dans|par)\s+(?:un|une)\s+(?:message|allocution)\s+(?:video|enregistree?)|"
    r"in\s+a\s+(?:recorded|video)\s+(?:message|address|statement))\b"
)
# A presence verb under negation, in any tense: "n'assistait pas", "ne s'est finalement
# pas déplacé", "ne s'y rendra pas", "n'est pas venue", "n'est pas présente", "had not
# attended", "won't travel". French negation brackets the finite verb ("ne" ... "pas");
# the clitics of a pronominal verb stand inside it.
_FR_NEGATION_OPENS = r"\bn(?:e\s+|['’])"
_FR_NEGATION_CLOSES = r"(?:[a-z]+ment\s+)?(?:pas|plus|jamais|point)\b"
_FR_ADVERB = r"\s+(?:[a-z]+ment\s+)?"
# going there is pronominal ("se déplacer", "se rendre", "se joindre à", to join; not
# "rendre les armes", nor "se rendre compte", to realise)
_FR_REFLEXIVE = r"(?:s['’]|se\s+)(?:y\s+)?"
_FR_GOING = r"(?:deplac[a-z]*+|rend[a-z]*+|join[a-z]*+|joign[a-z]*+)(?!\s+compte)"
_FR_HAVE = r"(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ayant)"
_FR_BE = r"(?:est|sont|etait|etaient|sera|seront|serait|seraient|etant)"
_NEGATED_PRESENCE = (
    rf"{_FR_NEGATION_OPENS}(?:y\s+)?(?:"
    # a simple tense: "n'assistait pas", "ne viendra pas", "ne s'y rendra pas"
    r"(?:(?:assist|particip)(?:e|ent|ait|aient|era|eront|erait|eraient)|"
    rf"vien[a-z]*|venai[a-z]*|viendr[a-z]*|{_FR_REFLEXIVE}{_FR_GOING})\s+{_FR_NEGATION_CLOSES}|"
    # a compound tense: "n'a pas assisté", "n'a pas pu venir", "ne s'est pas déplacée"
    rf"{_FR_HAVE}\s+{_FR_NEGATION_CLOSES}{_FR_ADVERB}(?:assiste|participe|pris\s+part|"
    r"ete\s+(?:present[a-z]*|la)|"
    r"pu\s+(?:venir|assister|participer|etre\s+(?:present[a-z]*|la)|se\s+(?:deplacer|rendre|joindre)|"
    r"faire\s+le\s+deplacement))\b|"
    rf"{_FR_BE}\s+{_FR_NEGATION_CLOSES}{_FR_ADVERB}(?:venue?s?|present(?:e|s|es)?)\b|"
    # (the going verbs with their clitic only: "le jugement n'est pas rendu" is passive)
    rf"{_FR_REFLEXIVE}{_FR_BE}\s+{_FR_NEGATION_CLOSES}{_FR_ADVERB}{_FR_GOING})|"
    r"\b(?:did|does|do|will|would|could|can|has|have|had|wo)(?:n['’]t|\s+not|\s+never)\s+"
    r"(?:yet\s+)?(?:attend(?:ed)?|travel(?:l?ed)?|(?:take|taken|took)\s+part|come|appear(?:ed)?|"
    r"been\s+(?:present|there))\b|\bnever\s+(?:attended|travell?ed\s+to|came)\b"
)
ABSENT_AFTER = re.compile(
    _NEGATED_PRESENCE + "|"
    r"\b(?:n['’](?:a|ont|avait|ayant|etait|etaient)\s+(?:finalement\s+|pas\s+|meme\s+)*"
    r"(?:pas\s+)?(?:fait\s+le\s+(?:deplacement|voyage)|assiste|participe|ete\s+present|"
    r"present|pu\s+(?:venir|se\s+rendre|assister|etre\s+present(?:e|s|es)?|"
    r"faire\s+le\s+(?:deplacement|voyage)))|"
    r"absente?s?\b|(?:did|does|could)\s+not\s+(?:attend|travel|take\s+part|make\s+the\s+trip)|"
    r"was\s+absent|were\s+absent|skipped|stayed\s+away|pas\s+fait\s+le\s+voyage|"
    r"a\s+renonce\s+(?:au|a\s+son|a\s+ce)\s+(?:voyage|deplacement)|a\s+annule\s+son\s+"
    r"(?:voyage|deplacement|deplacement)|cancell?ed\s+(?:his|her|their)\s+(?:trip|visit|"
    r"attendance)|pulled\s+out\s+of|withdr(?:ew|awn)\s+from|"
    r"s['’]est\s+fait\s+excuser|"
    # refusing to attend (WordNet's "boycott": refuse to take part in)
    r"(?:a|ont|avait|avaient)\s+boycotte(?:e|s|es)?|boycott(?:ed|s)\b|"
    # the idiom of a noticed absence
    r"(?:a|ont|avait|avaient)\s+brille\s+par\s+(?:son|sa|leur)\s+absence|"
    r"(?:was|were)\s+conspicuous\s+by\s+(?:his|her|their|its)\s+absence|"
    r"(?:was|were)\s+not\s+(?:present|there|at|among|in\s+attendance|part\s+of)|"
    # being represented by someone else: "s'était fait représenter", "was represented by"
    # (with the clitic of the place: "s'y était fait représenter")
    r"s['’](?:y\s+)?(?:est|etait|etaient|sont)\s+fait(?:e|es|s)?\s+represente|"
    r"(?:was|were)\s+represented\s+by|"
    # a visit called off: "cancelled a visit", "did not go to"
    r"cancell?ed\s+(?:a|his|her|their)\s+(?:planned\s+)?(?:trip|visit)|did\s+not\s+go\s+to|"
    # staying elsewhere for a gathering (WordNet's "stay behind": not go with others):
    # "who had stayed in Glasgow for the second attempt", "resté à Grenoble le jour de la
    # signature"
    r"stayed\s+(?:behind\s+)?(?:in|at)\s+[a-z][\w'’ -]{1,30}?\s+(?:for|during)\s+the\b|"
    # away at another gathering, told by its indefinite article: "who is in Columbus for a
    # labor conference" (not "was in Paris for the talks", the story's own)
    rf"(?:is|was|were|are)\s+in\s+[a-z][\w'’ -]{{1,30}}?\s+for\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_GATHERING_EN})\b|"
    r"(?:reste|restee|restes|restees|demeuree?s?)\s+a\s+[a-z][\w'’ -]{1,30}?\s+"
    r"(?:le\s+jour\s+d|lors\s+d|pendant\s+l|durant\s+l)|"
    # missing it for a cause: "missed the final because of illness", "a manqué la
    # cérémonie en raison d'une grippe"
    r"missed\s+(?:the|this|last|her|his|their)\s+(?:[a-z'’-]+\s+){1,2}?(?:because|through|"
    r"due\s+to|owing\s+to|with\s+(?:a|an|illness|injury))|(?:a|avait|ont|avaient)\s+manque\s+"
    r"(?:la|le|les|l['’])\s*(?:[a-z'’-]+\s+){1,2}?(?:en\s+raison|a\s+cause|pour\s+cause|faute))"
)


# A sentence opened by a detached adjective of presence, whose subject follows the
# phrase: "Présent lors du prononcé du jugement, vêtu d'un costume sombre, Gérald
# Ferrandier a écouté...", "Absent lors du prononcé, il s'était fait représenter",
# "Present at the sentencing, Mark Jones showed no emotion".
# ... or with the day it was so ("Absente vendredi,", "Absent on Friday,")
FRONTED = re.compile(
    r"^[\W_]*(?:(?P<present>presente?s?)|(?P<absent>absente?s?))\s+"
    r"(?:(?:lors|a|au|aux|de|du|des|pendant|durant|at|during|from|for)\b[^.;:!?«»\"]{0,80}?|"
    rf"(?:on\s+|ce\s+)?(?:{WEEKDAY_WORDS})(?:\s+(?:matin|soir|apres-midi|morning|evening|afternoon))?)"
    r"(?=,)"
)
_SUBJECT_PRONOUN = re.compile(r"(?:il|elle|he|she)\b")
# What may stand between the fronted phrase and its subject: nothing, an article, or a
# second detached phrase ("vêtu d'un costume sombre, ").
_OPENS_CLAUSE = re.compile(r"(?:[^,;]{1,50},\s*)?(?:(?:le|la|les|l['’]|the)\s*)?")


# An absence said in a relative clause of the person it follows: "Le prévenu, en
# l'absence duquel la décision a été rendue", "the defendant, in whose absence".
_IN_WHOSE_ABSENCE = (
    r"(?:en\s+l['’]absence\s+(?:duquel|de\s+laquelle|desquel(?:le)?s)|in\s+whose\s+absence)\b"
)
# So is one said by an adjective set in apposition to the subject: "Le chef d'entreprise
# de 52 ans, présent à l'audience, a écouté", "The 52-year-old, absent from the hearing,".
_APPOSED_PRESENCE = (
    r"(?P<present>presente?s?)\s+(?:a\s+l['’]|a\s+la|au|aux|lors|en|at|in)\b|"
    r"absente?s?\s+(?:de\s+l['’]|de\s+la|du|des|lors|from)\b"
)
# A description of someone by their age: "de 52 ans", "52-year-old".
_AGED = re.compile(r"\bde\s+\d{1,3}\s+ans\b|\b\d{1,3}-year-old\b")
_RELATIVE_ABSENCE = re.compile(
    rf"^(?P<np>[^,;.]{{2,60}}),\s*(?P<cue>{_IN_WHOSE_ABSENCE}|{_APPOSED_PRESENCE})"
)


def _relative_absence(
    ctx: ExtractContext, titles: list
) -> tuple[re.Match[str], tuple[str, str | None]] | None:
    """Who an absence told in a relative clause opening the sentence's subject, or a
    presence or absence told by an adjective in apposition to it, is said of: the person
    or office its noun phrase names, else (a description: "Le prévenu", "Le chef
    d'entreprise de 52 ans") the person the article's nearest earlier sentence named
    first."""
    m = _RELATIVE_ABSENCE.match(ctx.folded)
    if not m:
        return None
    people = [x for x in ctx.mentions if is_person(x) and x.end <= m.end("np")]
    if people:
        return m, (people[-1].text, None)
    offices = [t for t in titles if t.end <= m.end("np")]
    if offices:
        return m, (offices[-1].text, _office_key(offices[-1]))
    if ctx.antecedent and re.match(r"(?:le|la|l['’]|the)\b", ctx.folded):
        if m.group("cue").startswith(("present", "absent")) and not _AGED.search(m.group("np")):
            return None  # "The house, present in the records": only someone has an age
        return m, (ctx.antecedent, None)
    return None


def _fronted(
    ctx: ExtractContext, titles: list
) -> tuple[re.Match[str], tuple[str, str | None], bool] | None:
    """The subject a fronted adjective of presence or absence is said of, and whether
    present: the person or office that opens the main clause (after at most one more
    detached phrase), the person named right after that office, or the antecedent of a
    subject pronoun there."""
    m = FRONTED.match(ctx.folded)
    if not m:
        return None
    present = m.group("present") is not None
    start = m.end() + len(re.match(r",\s*", ctx.folded[m.end() :]).group(0))
    people = [(x.start, x.end, x.text, None) for x in ctx.mentions if is_person(x)]
    named = sorted(people + [(t.start, t.end, t.text, _office_key(t)) for t in titles])
    if any(n[0] < start for n in named):
        return None
    if _SUBJECT_PRONOUN.match(ctx.folded, start):
        return (m, (ctx.antecedent, None), present) if ctx.antecedent else None
    for n_start, n_end, text, key in named:
        if not _OPENS_CLAUSE.fullmatch(ctx.folded[start:n_start]):
            break
        # "le ministre Rémi Castel": the office's holder named right after it
        holder = [p for p in people if key and 0 <= p[0] - n_end <= 2]
        return m, (holder[0][2], None) if holder else (text, key), present
    return None


def _subject_before(
    sentence: Sentence, ctx: ExtractContext, cue_start: int, titles: list
) -> tuple[str, str | None, int, int] | None:
    """The attendee named before a cue: the nearest person or office in its clause."""
    people = [m for m in ctx.mentions if m.end <= cue_start and is_person(m)]
    candidates: list[tuple[int, str, str | None, int, int]] = []
    for m in people:
        candidates.append((m.start, m.text, None, m.start, m.end))
    for t in titles:
        if t.end <= cue_start:
            candidates.append((t.start, t.text, _office_key(t), t.start, t.end))
    if not candidates:
        return _described_subject(ctx, cue_start)
    # The subject of the cue's own clause ("..., le secrétaire américain à la Défense
    # n'ayant pas fait le voyage"); when the clause has none, the sentence subject
    # ("Le Premier ministre, François Delmas, initialement annoncé, n'a pas..."),
    # a named person before an office.
    clause_start = max(ctx.folded.rfind(",", 0, cue_start), ctx.folded.rfind(";", 0, cue_start))
    in_clause = [c for c in candidates if c[0] > clause_start]
    if in_clause:
        chosen = max(in_clause, key=lambda c: c[0])
    else:
        named = [c for c in candidates if c[2] is None]
        chosen = min(named or candidates, key=lambda c: c[0])
    # an office and, right after it, the surname of its holder ("Le ministre Toupin, absent
    # du point de presse"): the person, whom the story names in full elsewhere
    holder = _HOLDER_AFTER.match(sentence.text, chosen[4]) if chosen[2] is not None else None
    if holder and fold(holder.group("name")) not in CALENDAR_WORDS:
        return holder.group("name"), None, holder.start("name"), holder.end("name")
    return chosen[1], chosen[2], chosen[3], chosen[4]


# A capitalised word right after an office: its holder's surname ("Le ministre Toupin").
_HOLDER_AFTER = re.compile(r"\s(?P<name>[A-Z][\w'’-]+)(?=[\s,;.])")


# A sentence opened by a definite description, its noun and at most one more word before
# the cue: "La marraine n'a pas pu venir", "The skipper did not attend".
_DESCRIPTION = re.compile(r"^\W*(?:le|la|l['’]|the)\s*(?P<noun>[a-z-]{3,})(?:\s+[a-z-]+)?\s*$")


def _described_subject(ctx: ExtractContext, cue_start: int) -> tuple[str, None, int, int] | None:
    """The person a definite description opening the sentence names, when its article
    described one person, and no other, by a title of that head before
    (`ExtractContext.described`): "La marraine n'a pas pu venir" after "Claire Duverger,
    marraine de l'équipement"."""
    m = _DESCRIPTION.match(ctx.folded[:cue_start])
    person = m and ctx.described.get(stem(m.group("noun")))
    if not person:
        return None
    return person, None, m.start("noun"), m.end("noun")


def _office_key(t: Any) -> str:
    return f"title:{t.title.rank}:{t.title.portfolio or ''}:{nationality(t.text) or ''}"


def _apposed_office(ctx: ExtractContext, person_start: int, titles: list) -> str | None:
    """The office of a title set in apposition right before a named person ("Le ministre
    des Sports, de la Jeunesse et de l'Emploi, Abdoul Aziz Zongo", "Culture minister
    Hélène Marchetti"): the person holds it; the office closest before the name, not an
    earlier one of the list ("le maire, Paul Roux, et la préfète, Anne Lemaire")."""
    closest = max((t for t in titles if t.end <= person_start), key=lambda t: t.end, default=None)
    if closest and re.fullmatch(r"[^.;«»\"]{0,60},\s*|\s*", ctx.folded[closest.end : person_start]):
        return _office_key(closest)
    return None


def _with_office(
    draft: ClaimDraft, ctx: ExtractContext, person_start: int, titles: list
) -> ClaimDraft:
    """A named attendee's draft with the office set in apposition before the name ("en
    présence du maire de Lens, Paul Roux"; "Le ministre des Sports, Ali Zongo, a remis"),
    which stands for them where another source names only the office."""
    if not draft.value["who_key"] and (office := _apposed_office(ctx, person_start, titles)):
        draft.value["office"] = office
    return draft


# Where the list after a cue of presence ends: the clause does, at a stop, at a purpose,
# or at a comma that opens another clause ("accompanied by X, as residents began ...",
# "without X, with Y partnering Z").
_CLAUSE_END = re.compile(
    r"[;.]|\bpour\b|\bafin\b|\bin\s+order\b|,\s*(?:as|while|when|where|after|before|with|avec|"
    r"alors\s+que|tandis\s+que|lorsque|quand|ou|avant|apres)\b"
)


def _objects_after(
    sentence: Sentence, ctx: ExtractContext, cue_end: int, titles: list
) -> list[tuple[str, str | None, int, int]]:
    """The attendees listed after "en présence de", up to the end of the clause."""
    stop = _CLAUSE_END.search(ctx.folded[cue_end:])
    limit = cue_end + (stop.start() if stop else len(ctx.folded) - cue_end)
    found: list[tuple[str, str | None, int, int]] = []
    for m in ctx.mentions:
        if cue_end <= m.start < limit and is_person(m):
            found.append((m.text, None, m.start, m.end))
    covered = [(s, e) for _, _, s, e in found]
    for t in titles:
        # A title may start with the cue's own preposition: "en l'absence [de la maire]".
        if (
            _starts_after(t.start, t.end, cue_end)
            and t.start < limit
            and not any(s < t.end and t.start < e for s, e in covered)
        ):
            # An office whose holder is named right after it is that person.
            holder = [f for f in found if 0 <= f[2] - t.end <= 2]
            if holder:
                continue
            found.append((t.text, _office_key(t), t.start, t.end))
    return found


# A short description, then the name in apposition: " l'adjoint aux sports, ".
_APPOSED = re.compile(r"[^,;.]{1,45},\s*")


def _described(between: str, apposed: bool, lang: str) -> bool:
    """Whether what stands between an absence cue and a name describes that person: a
    few words of their own ("without their suspended captain Ryan Keogh"), not a verb
    or a complement ("sans consulter le maire X", "without the help of X"); after "en
    l'absence de", also a description the name is set in apposition to."""
    if apposed and _APPOSED.fullmatch(between):
        return True
    words = between.split()
    verb = ("ing", "er", "ir") if lang == "fr" else ("ing",)  # a gerund, an infinitive
    return (
        1 <= len(words) <= 3
        and between.endswith(" ")
        and not any(
            w in ("de", "du", "des", "of") or w.startswith(("d'", "d’")) or w.endswith(verb)
            for w in words
        )
    )


def _starts_after(start: int, end: int, cue_end: int) -> bool:
    """Whether a span follows a cue, sharing at most the cue's last word (a title found
    with its preposition: "de la présidente de Région")."""
    return start >= cue_end or (end > cue_end + 3 and cue_end - start <= 3)


def _draft(
    sentence: Sentence,
    span: tuple[int, int],
    cue: tuple[int, int],
    who: str,
    who_key: str | None,
    present: bool,
) -> ClaimDraft:
    return ClaimDraft(
        "attendees",
        span,
        {
            "who": who,
            "who_key": who_key,
            "present": present,
            "cue": sentence.text[cue[0] : cue[1]],
        },
        sentence.text[span[0] : span[1]],
        subject=who,
    )


# The participle "présenté(s)" (introduced, described as), which folds as the adjective
# "présente" does: told apart by its accent in the written text.
_PARTICIPLE_PRESENTE = re.compile(r"(?i:présentée?s?)\b")


@register("attendees.v2")
def extract_attendees(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Presence and absence statements of a sentence."""
    folded = ctx.folded
    titles = ctx.titles
    drafts: list[ClaimDraft] = []
    fronted = _fronted(ctx, titles)
    if fronted:
        cue, (who, key), present = fronted
        drafts.append(_draft(sentence, (0, cue.end()), cue.span(), who, key, present))
    relative = _relative_absence(ctx, titles)
    if relative:
        found, (who, key) = relative
        cue = found.span("cue")
        drafts.append(_draft(sentence, cue, cue, who, key, found.group("present") is not None))
    # The subject before a cue: "X n'a pas fait le déplacement", "X attended".
    for cues, present in ((ABSENT_AFTER, False), (PRESENT_AFTER, True)):
        if present and drafts:
            return drafts  # an absence in the sentence settles it
        for m in cues.finditer(folded):
            if fronted and m.start() < fronted[0].end():
                continue  # the fronted phrase's own adjective
            if present and _REMOTE_AFTER.match(folded, m.end()):
                continue  # "joined the meeting by video link": taking part, not there
            if present and _PARTICIPLE_PRESENTE.match(sentence.text, m.start()):
                continue  # "présenté à l'audience comme un ami": described, not there
            if (
                present
                and m.group(0).startswith("visit")
                and not _COMMON_NOUN_AFTER.match(
                    sentence.text, m.start() + m.group(0).rfind(" ") + 1
                )
            ):
                continue  # "visited the United States": a country's name, no site
            # "has not visited the site", "who has yet to visit the terminal": an absence
            stated = present and not _NOT_YET_BEFORE.search(
                folded[max(0, m.start() - 30) : m.start()]
            )
            who = _subject_before(sentence, ctx, m.start(), titles)
            if who and any(
                d.value["who"] == who[0] and d.value["present"] == stated for d in drafts
            ):
                continue  # "attended in person": one statement, two cues
            if who:
                text, key, s, _e = who
                draft = _draft(sentence, m.span(), m.span(), text, key, stated)
                drafts.append(_with_office(draft, ctx, s, titles))
    # The people after a cue: "en présence de X", "sans X".
    spans = [(x.start, x.end) for x in ctx.mentions if is_person(x)] + [
        (t.start, t.end) for t in titles
    ]
    for cues, present in ((ABSENT_BEFORE, False), (PRESENT_BEFORE, True)):
        for m in cues.finditer(folded):
            # Only a named person or an office right after "sans" ("sans guide" is nobody),
            # or named in apposition to what follows "en l'absence de" ("en l'absence de
            # l'adjoint aux sports, Yannick Tanguy").
            if not present and not any(
                _starts_after(s, e, m.end())
                and (
                    s - m.end() <= 6
                    or _described(
                        folded[m.end() : s],
                        not m.group(0).startswith(("sans", "without")),
                        sentence.lang,
                    )
                )
                for s, e in spans
            ):
                continue
            for text, key, s, e in _objects_after(sentence, ctx, m.end(), titles):
                draft = _draft(sentence, (s, e), m.span(), text, key, present)
                drafts.append(_with_office(draft, ctx, s, titles))
    return drafts
