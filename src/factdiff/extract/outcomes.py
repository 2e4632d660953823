"""Outcome claims: how a trial or a negotiation ended (kind "other").

Two outcomes an editor checks first, each with two answers that cannot both
hold for one case: a verdict ("a acquitté", "was acquitted", "relaxé",
"cleared of" against "condamné", "convicted", "sentenced to", "la peine ...
infligée", "ahead of sentencing") and a negotiation ("signed a pay agreement",
"un accord a été trouvé" against "broke up without a deal", "sans accord"),
whether a party appeals ("ferait appel" against "would not appeal"), and a test's
result ("s'est révélé positif" against "se sont révélés négatifs").

The cues are the grammar of these outcomes in French and English (verbs, their
participles, and fixed legal phrases), not words of any one story. A cue in a
clause that reports what someone asked for ("le parquet avait requis") or
that is negated is not read as the outcome; a sentence that states both
answers (a partial verdict: "condamné pour X, relaxé de Y") gives no outcome.

How a person or a group voted ("ont voté contre", "s'est abstenu", "voted for") is a
third: the voter is read from the words before the vote.

A company's revision of its guidance is a fourth, with three answers: raised, cut,
kept ("relève ses objectifs annuels", "kept its full-year guidance unchanged").

Whether the police arrested someone, whether a court then held them in custody until
trial or let them go ("placé en détention provisoire" against "laissé libre sous
contrôle judiciaire", "remanded in custody" against "released on bail"), and whether a
candidate conceded defeat ("conceded defeat", "a reconnu sa défaite" against "refused
to concede") are three more, and the
state of a thing two others: open or closed ("restera ouverte aux touristes",
"remained closed"), running or suspended ("services resumed", "est interrompu"),
each with what it is about (`thing`: the stems of its clause), whether it tells a
change ("rouvriront", "resumed": `onset`) and whether it holds only until a moment
("jusqu'à nouvel ordre": `bounded`).

Who signed a text, or would not, is the last, bound to its signers: "le Royaume-Uni
n'a pas signé la déclaration" against "signed by all nine delegations, including the
United Kingdom" (`_signature`).

Value: {"type": "outcome", "event": "verdict" | "plea" | "deal" | "appeal" | "arrest" |
        "custody" | "concession" | "test" | "vote" | "guidance" | "access" | "operation" |
        "completion" | "signature",
        "outcome": "acquitted" | "convicted" | "pleaded_guilty" | "tried" | "agreed" |
                   "no_agreement" | "appeal" | "no_appeal" | "positive" | "negative" |
                   "voted_for" | "voted_against" | "abstained" | "raised_guidance" |
                   "cut_guidance" | "kept_guidance" | "arrested" | "not_arrested" | "open" |
                   "closed" | "resumed" | "suspended" | "conceded" | "not_conceded" |
                   "finished" | "abandoned" | "signed" | "not_signed" | "detained" |
                   "released",
        "voter": [stems] (votes), "charge": [stems] or ["*all*"] (verdicts),
        "thing": [stems], "onset": bool, "bounded": bool (states),
        "signers": [names] (signatures)}
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.lexicon import en, fr
from factdiff.records import Sentence
from factdiff.resolve import is_known_place
from factdiff.text import stem

# What a company's guidance is called, after its determiner and up to three words
# ("ses objectifs annuels", "its full-year revenue forecast").
_GUIDANCE = (
    r"(?:ses|son|sa|leurs|leur|les|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:objectifs?|previsions?|perspectives|guidance|forecasts?|outlook|targets?)\b"
)

_OUTCOMES: dict[str, tuple[str, re.Pattern[str]]] = {
    "acquitted": (
        "verdict",
        re.compile(
            # (not "s'acquitter de", to pay what one owes)
            r"\b(?:(?<!s['’])acquitt(?:e|ee|es|ees|ait|aient|er)|relax(?:e|ee|es|ees|ait)|acquitted|"
            r"cleared\s+of|not\s+guilty\s+verdict|verdict\s+of\s+not\s+guilty|"
            # the verdict's object, if told, between its verb and complement ("found not
            # guilty", "found him not guilty", "cleared Smith of all charges", "a déclaré
            # l'accusé non coupable")
            r"found\s+(?:[\w'’-]+\s+){0,3}not\s+guilty|"
            r"cleared\s+(?:[\w'’-]+\s+){1,3}of\s+(?:[\w'’-]+\s+){0,4}?"
            r"(?:charges?|counts?|offen[cs]es?|crimes?|murder|manslaughter|wrongdoing)|"
            r"(?:declaree?s?|jugee?s?|reconnue?s?)\s+(?:[\w'’-]+\s+){0,3}?non\s+coupables?)\b"
        ),
    ),
    "convicted": (
        "verdict",
        re.compile(
            r"\b(?:condamn(?:e|ee|es|ees|ait|aient)\s+(?:a|pour|par)|reconnue?s?\s+coupables?|"
            # guilty of an offence, whoever is declared so ("a déclaré X coupable de",
            # "found X guilty of"); not "non coupable", not a plea
            r"(?<!non\s)(?<!plaide\s)coupables?\s+(?:de\s|d['’]|du\s|des\s)|"
            r"(?<!not\s)(?<!pleaded\s)guilty\s+of\s|"
            r"convicted|found\s+guilty|sentenced\s+to|ahead\s+of\s+(?:his|her|their\s+)?sentencing|"
            # a sentencing still to come presumes a conviction
            r"(?:adjourned|deferred|postponed)\s+sentencing|will\s+be\s+sentenced|"
            r"(?:is|was)\s+due\s+to\s+be\s+sentenced|awaiting\s+sentenc\w+|"
            r"peine\s+(?:de\s+[\w-]+\s+(?:ans?|mois)\s+(?:de\s+)?(?:prison|reclusion|"
            r"d['’]emprisonnement)\s+)?infligee|sentence\s+(?:imposed|handed\s+down)|"
            # a prison term stated as what the court gave: the sentence presumes the
            # conviction ("à six mois avec sursis", "a six-month suspended sentence")
            r"(?:ans?|annees?|mois)\s+(?:de\s+(?:prison|reclusion|detention)|"
            r"d['’]emprisonnement|avec\s+sursis|ferme)|"
            r"(?:years?|months?)(?:\s+in\s+(?:federal\s+)?(?:prison|jail)|\s+behind\s+bars|"
            r"\s+(?:suspended\s+)?(?:prison\s+|jail\s+)?(?:sentence|term))|suspended\s+sentence)"
        ),
    ),
    "agreed": (
        "deal",
        re.compile(
            r"\b(?:signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:agreement|deal|accord)|"
            r"reached\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:agreement|deal)|"
            r"sign(?:e|ent|aient)\s+(?:[\w-]+\s+){0,4}?(?:un|une|l['’])\s*(?:[\w-]+\s+){0,3}"
            r"(?:accord|entente)|sign\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:agreement|deal)|"
            # the agreement as subject, its signing said or denied: "the agreement was not
            # signed", "l'accord n'a finalement pas été signé" (a negation flips it, below)
            # (a subject as long as "A cooperation agreement on electric aviation between
            # Quebec and the region of Occitanie": words only, no comma between)
            r"(?:accord|entente|agreement|deal|memorandum)\s+(?:[\w-]+\s+){0,12}?"
            r"(?:was|has\s+been|a\s+(?:\w+\s+)?ete|n['’]a\s+(?:\w+\s+)?pas\s+ete|"
            r"was\s+not|wasn['’]t|has\s+not\s+been)\s+(?:\w+\s+)?(?:signed|signee?|conclue?)|"
            r"accord\s+(?:a\s+ete\s+)?(?:trouve|conclu|signe)|ont\s+trouve\s+un\s+accord)\b"
        ),
    ),
    "no_agreement": (
        "deal",
        re.compile(
            r"\b(?:without\s+(?:a|an|any)\s+(?:deal|agreement)|no\s+(?:deal|agreement)\s+was\s+"
            r"reached|sans\s+(?:aucun\s+)?accord|(?:pas|aucun)\s+d['’]accord\s+(?:n['’]a\s+ete\s+)?"
            r"(?:trouve|conclu)|(?:talks|negotiations|negociations|pourparlers)(?:\s+[\w-]+){0,4}?\s+"
            r"(?:broke\s+(?:up|down)|collapsed|ont\s+echoue))\b"
        ),
    ),
    "appeal": (
        "appeal",
        re.compile(
            # (reported speech moves "va" to "allait": "a annoncé qu'il allait faire appel")
            r"\b(?:(?:ferait|fera|feront|va|vont|allait|allaient|a|ont)\s+(?:faire\s+)?appel|"
            # a finite form: "pour interjeter appel" is a right, not a decision
            r"(?:interjett(?:e|ent|era|eront)|interjete)\s+appel|"
            r"(?:will|would|is\s+to|plans?\s+to|intends?\s+to)\s+appeal|has\s+appealed|"
            r"(?:lodged|filed)\s+an\s+appeal)\b"
        ),
    ),
    "no_appeal": (
        "appeal",
        re.compile(
            r"\b(?:ne\s+(?:ferait|fera|feront|fait|font)\s+pas\s+appel|renonc\w+\s+a\s+faire\s+"
            r"appel|(?:will|would|does|did)\s+not\s+appeal|won['’]t\s+appeal|"
            r"(?:decided|chose)\s+not\s+to\s+appeal)\b"
        ),
    ),
    # whether the police arrested someone: "was arrested at the scene", "a été interpellé"
    "arrested": (
        "arrest",
        re.compile(
            # (not after "no one", "personne n'": `not_arrested`)
            r"(?<!no\sone\s)\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?arrested|"
            r"(?<!personne\sn['’])(?:a|ont|avait|avaient)\s+(?:pas\s+)?ete\s+(?:\w+\s+)?"
            r"(?:interpellee?s?|arretee?s?|"
            r"placee?s?\s+en\s+garde\s+a\s+vue))\b"
        ),
    ),
    # whether a court held someone in custody until trial or sentencing, or let them go
    # free meanwhile (the French code of criminal procedure's "détention provisoire"
    # against "contrôle judiciaire"; remand in custody against bail)
    "detained": (
        "custody",
        re.compile(
            r"\b(?:placee?s?\s+en\s+detention(?:\s+provisoire)?|maintenue?s?\s+en\s+detention|"
            r"ecrouee?s?|remanded\s+(?:in|into)\s+(?:custody|prison|jail)|"
            r"held\s+on\s+remand|held\s+without\s+bail|(?:denied|refused)\s+bail|"
            r"kept\s+in\s+custody)\b"
        ),
    ),
    "released": (
        "custody",
        re.compile(
            # (participles: not "laisse libre cours", "a refusé sa remise en liberté")
            r"\b(?:laissee?s?\s+(?:en\s+)?libres?(?=\s*(?:[,.;]|sous\b|par\b|apres\b|jusqu))|"
            r"(?:ete|est|sont|etait|etaient|sera|seront)\s+(?:\w+\s+)?remise?s?\s+en\s+liberte|"
            r"(?:placee?s?|liberee?s?)\s+sous\s+controle\s+judiciaire|"
            r"liberee?s?\s+sous\s+caution|"
            r"(?:released|freed)\s+(?:[a-z]+\s+){0,2}?on\s+(?:conditional\s+|unconditional\s+)?bail|"
            r"granted\s+(?:conditional\s+|unconditional\s+)?bail|(?:was|were|been)\s+bailed)\b"
        ),
    ),
    # that no one was arrested, said as such: "no arrests have been made", "aucune
    # interpellation n'a eu lieu" (a negated cue above says the same: "n'a pas été interpellé")
    "not_arrested": (
        "arrest",
        re.compile(
            r"\b(?:no\s+(?:arrests?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+made|one\s+(?:(?:has|had)\s+"
            r"(?:yet\s+)?been|was)\s+arrested|arrests?\s+(?:were|was)\s+made)|aucune\s+interpellation|"
            r"personne\s+n['’](?:a|avait)\s+(?:encore\s+)?ete\s+interpelle)\b"
        ),
    ),
    # whether a candidate conceded an election: "conceded defeat", "a reconnu sa défaite"
    # (not a side that concedes goals or points; "did not concede" is `not_conceded`)
    "conceded": (
        "concession",
        re.compile(
            # (not "to concede": refused, expected, urged to)
            r"\b(?:(?<!to\s)conced(?:ed|es|e)(?=\s+(?:defeat|the\s+(?:election|race|contest|seat))\b|"
            r"\s*[.;,]|\s+(?:to|on|late|early|after|in\s+a)\b)|"
            r"(?:a|avait|ont)\s+(?:\w+\s+)?reconnu\s+(?:sa|leur)\s+defaite|"
            r"reconna(?:it|issent)\s+(?:sa|leur)\s+defaite)"
        ),
    ),
    "not_conceded": (
        "concession",
        re.compile(
            r"\b(?:(?:refused|refuses|declined|declines)\s+to\s+concede|"
            r"refus(?:e|ent|ait)\s+(?:toujours\s+)?de\s+reconna[iî]tre\s+(?:sa|leur)\s+defaite|"
            r"n['’](?:a|avait|ont)\s+(?:toujours\s+|pas\s+encore\s+)?pas\s+(?:encore\s+)?"
            r"reconnu\s+(?:sa|leur)\s+defaite|"
            r"ne\s+reconna(?:it|issent)\s+pas\s+(?:sa|leur)\s+defaite)"
        ),
    ),
    # whether a place or a service is open, as a state ("restera ouvert aux piétons", "the
    # road remains closed", "rouvriront jeudi"): what it is, and when, are checked when two
    # are compared (factdiff.compare.other). Not what opens (an inquiry, fire, a meeting):
    # only the verbs of a state, and reopening.
    "open": (
        "access",
        re.compile(
            r"(?<!\bne\s)(?<!\bn['’])\b(?:rouvr(?:e|ent|ira|iront|irait|iraient)|"
            r"(?:a|ont|avait|avaient)\s+(?:ete\s+)?rouverte?s?|"
            r"(?:est|sont|etait|etaient)\s+(?:de\s+nouveau\s+|a\s+nouveau\s+|toujours\s+)?"
            r"ouverte?s?(?=\s+(?:a|aux|au)\s)|"
            r"(?:rest(?:e|ent|era|eront|ait|aient)|demeur(?:e|ent|era|eront))\s+ouverte?s?|"
            r"re-?open(?:s|ed)?|(?:remains?|remained|stays?|stayed|will\s+(?:remain|stay))\s+open|"
            r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?open\s+to)\b"
        ),
    ),
    "closed": (
        "access",
        re.compile(
            r"\b(?:(?:est|sont|etait|etaient|reste|restent|restera|resteront|restait|restaient|"
            r"demeure|demeurent|demeurera|demeureront)\s+(?:toujours\s+|encore\s+)?fermee?s?|"
            r"(?:a|ont|avait|avaient)\s+ete\s+fermee?s?|"
            r"(?:is|are|was|were|remains?|remained|stays?|stayed|will\s+(?:remain|stay|be)|"
            r"has\s+been|have\s+been|had\s+been)\s+(?:still\s+)?(?:closed|shut))\b"
        ),
    ),
    # whether work or a service goes on: "production resumed", "les rotations ont repris"
    # against "operations remain suspended", "le trafic est interrompu"
    "resumed": (
        "operation",
        re.compile(
            r"\b(?:resumed|resumes|will\s+resume|restarted|(?:a|ont|avait|avaient)\s+"
            r"(?:pu\s+)?repris|reprendr(?:a|ont))\b"
        ),
    ),
    "suspended": (
        "operation",
        re.compile(
            r"\b(?:(?:is|are|was|were|remains?|remained|stays?|stayed|has\s+been|have\s+been|"
            r"had\s+been|will\s+(?:remain|stay|be))\s+(?:still\s+)?(?:suspended|halted)"
            r"(?!\s+(?:for\s+(?:\w+\s+)?(?:matche?s?|games?)|from))|"
            r"(?:est|sont|etait|etaient|reste|restent|restera|resteront|demeure|demeurent|"
            r"a\s+ete|ont\s+ete|avait\s+ete|avaient\s+ete|avoir\s+ete)\s+(?:toujours\s+)?"
            r"(?:suspendue?s?|interrompue?s?))\b"
        ),
    ),
    # how a conviction came: a guilty plea, or a trial's verdict
    "pleaded_guilty": (
        "plea",
        re.compile(r"\b(?:(?:pleaded|pled)\s+guilty|guilty\s+plea|plaid\w*\s+coupable)\b"),
    ),
    "tried": (
        "plea",
        re.compile(
            r"\b(?:convicted\s+(?:at|after\s+a)\s+(?:jury\s+)?trial|(?:found\s+guilty|convicted)"
            r"\s+by\s+a\s+jury|jury\s+(?:convicted|found\s+\w+\s+guilty))\b"
        ),
    ),
    # a test's result (alcohol, drugs, a virus): "s'est révélé positif", "tested negative"
    "positive": (
        "test",
        re.compile(
            r"\b(?:revele\w*|avere\w*|tested|came\s+back|proved?|was|were|est|sont|etait)\s+"
            r"positi(?:f|fs|ve|ves)\b"
        ),
    ),
    "negative": (
        "test",
        re.compile(
            r"\b(?:revele\w*|avere\w*|tested|came\s+back|proved?|was|were|est|sont|etait)\s+"
            r"negati(?:f|fs|ve|ves)\b"
        ),
    ),
    # a company's revision of its guidance: raised, cut or kept ("relève ses objectifs
    # annuels", "cut its full-year forecast", "kept its guidance unchanged")
    "raised_guidance": (
        "guidance",
        re.compile(
            rf"\b(?:(?:a|ont|avait|avaient)\s+)?(?:releve\w*|rehauss\w*|"
            rf"(?:revu|revoit|revoient|revise)e?s?\s+a\s+la\s+hausse|raised|raises|lifted|lifts|"
            rf"upgraded|upgrades|(?:revised|revises)\s+up(?:ward)?)\s+{_GUIDANCE}"
        ),
    ),
    "cut_guidance": (
        "guidance",
        re.compile(
            rf"\b(?:(?:a|ont|avait|avaient)\s+)?(?:abaiss\w*|(?:revu|revoit|revoient|revise)e?s?"
            rf"\s+a\s+la\s+baisse|cut|cuts|lowered|lowers|trimmed|trims|slashed|downgraded|"
            rf"(?:revised|revises)\s+down(?:ward)?)\s+{_GUIDANCE}"
        ),
    ),
    "kept_guidance": (
        "guidance",
        re.compile(
            rf"\b(?:maint(?:ient|iennent|enu|enus|enait)|confirm(?:e|ent|ait)|reitere\w*|"
            rf"maintained|maintains|reiterated|reiterates|reaffirmed|reaffirms|confirmed|"
            rf"confirms|stuck\s+to|sticks\s+to)\s+{_GUIDANCE}|"
            rf"\b(?:kept|keeps|left|leaves)\s+{_GUIDANCE}\s+unchanged"
        ),
    ),
    # whether a competitor finished a race or a stage, or abandoned it ("a abandonné,
    # après avoir reçu des soins", "finished the stage 14 minutes down")
    "abandoned": (
        "completion",
        re.compile(
            r"\b(?:(?:a|ont|avait|avaient)\s+(?:du\s+)?abandonne(?=\s*[,.;]|\s+(?:la\s+course|"
            r"l['’]epreuve|le\s+tour|l['’]etape|quelques|peu|apres|au\s+(?:km|kilometre)|dans|lors|"
            r"des|sur\s+chute))|(?:a|ont|avait|avaient)\s+du\s+abandonner|"
            r"contrainte?s?\s+(?:a\s+l['’]|de\s+l['’])abandon|"
            r"(?:abandoned|retired\s+from|withdrew\s+from|pulled\s+out\s+of)\s+the\s+"
            r"(?:race|stage|rally|marathon|tour|grand\s+prix)|(?:did\s+not|failed\s+to)\s+finish|"
            r"was\s+forced\s+to\s+(?:abandon|retire|withdraw))\b"
        ),
    ),
    "finished": (
        "completion",
        re.compile(
            r"\b(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:termine|fini|boucle|acheve)\s+"
            r"(?:l['’]etape|la\s+course|l['’]epreuve|le\s+tour|le\s+marathon)|"
            r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?franchi\s+la\s+ligne|"
            r"(?:finished|completed)\s+(?:the|[a-z]+['’]s)\s+(?:stage|race|rally|marathon|tour|"
            r"course)|crossed\s+the\s+(?:finish\s+)?line)\b"
        ),
    ),
    # how a person or a group voted on a motion
    "voted_for": (
        "vote",
        re.compile(
            r"\b(?:(?:a|ont|avait|avaient)\s+vote\s+(?:pour|en\s+faveur)|"
            r"voted\s+(?:for|in\s+favou?r)|se\s+(?:sont|est)\s+prononcee?s?\s+pour)\b"
        ),
    ),
    "voted_against": (
        "vote",
        re.compile(
            r"\b(?:(?:a|ont|avait|avaient)\s+vote\s+contre|voted\s+against|"
            r"se\s+(?:sont|est)\s+prononcee?s?\s+contre)\b"
        ),
    ),
    "abstained": (
        "vote",
        re.compile(r"\b(?:se\s+(?:sont|est)\s+abstenue?s?|s['’]est\s+abstenue?|abstained)\b"),
    ),
}
# A negated cue of a two-answer outcome states the other answer ("was not signed", "n'a
# pas été interpellé"); other negated cues state nothing.
_NEGATED_AS = {
    "agreed": "no_agreement",
    "appeal": "no_appeal",
    "arrested": "not_arrested",
    "open": "closed",
    "closed": "open",
    "resumed": "suspended",
    "conceded": "not_conceded",
    "finished": "abandoned",
    "detained": "released",
    "released": "detained",
}
_EVENT_OF = {name: event for name, (event, _) in _OUTCOMES.items()}
_EVENT_OF |= {other: _EVENT_OF[name] for name, other in _NEGATED_AS.items()}
_NEGATION = re.compile(r"\b(?:not|n['’]t|never|pas|jamais)\b")
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|n['’]\w+(?:\s+\w+)?\s+pas|ne\s+\w+(?:\s+\w+)?\s+pas)\b[^,;:.]{0,25}$"
)
# What someone asks for, fears or denies is not the outcome.
_NOT_OUTCOME_BEFORE = re.compile(
    r"\b(?:requis|requiert|reclame|demande|risque|risquait|encourt|sought|seeks?|faces?|"
    r"asked\s+for|called\s+for|requested|demanded|proposed|propose|passible|punishable|"
    # a defence pleads for an outcome: "avait plaidé la relaxe", "argued for an acquittal"
    r"plaid\w*\s+(?:pour\s+)?(?:la|l['’]|une?)|pleaded\s+for|argued\s+for|"
    r"maximum|up\s+to|jusqu['’]a|"
    r"facing|could\s+be|may\s+be|might\s+be|would\s+be|pourrait\s+etre|ne\s+\w+\s+pas|"
    r"n['’]\w+\s+pas|not|never|jamais|avoid|eviter)\b[^,;:.]{0,25}$"
)


# The grades of homicide a court convicts of, exclusive of each other for one killing
# (French and Belgian penal codes; the common-law grades): premeditated, intentional,
# and without intent to kill.
_HOMICIDE_GRADES = (
    (
        "premeditated_murder",
        r"(?:l['’])?assassinat|first[-\s]degree\s+murder|premeditated\s+murder|"
        r"murder\s+with\s+premeditation",
    ),
    ("murder", r"(?:de\s+)?meurtre|second[-\s]degree\s+murder|murder"),
    (
        "manslaughter",
        r"(?:d['’])?homicide\s+involontaire|(?:involuntary\s+|voluntary\s+)?manslaughter|"
        r"(?:de\s+)?coups\s+mortels",
    ),
)


def homicide_grade(folded: str, end: int) -> str | None:
    """The grade of homicide a conviction names right after its cue ("coupable de
    l'assassinat", "convicted of manslaughter", "condamné pour meurtre"), or None."""
    after = folded[end : end + 40]
    for grade, pattern in _HOMICIDE_GRADES:
        if re.match(rf"\s*(?:of\s+|de\s+|d['’]|pour\s+|du\s+)?(?:{pattern})\b", after):
            return grade
    return None


def _voter(folded: str, start: int, lang: str) -> list[str]:
    """Who voted, as the stems of the content words before the vote in its sentence ("Le
    groupe écologiste, pourtant membre de la majorité, s'est abstenu" -> groupe,
    ecologist, ...): two sources' voters are one when they share one."""
    stop = en.STOPWORDS if lang == "en" else fr.STOPWORDS
    before = folded[max(0, start - 90) : start]
    return sorted({stem(w) for w in re.findall(r"[a-z][a-z'-]{3,}", before) if w not in stop})


# What a verdict is on, right after its cue: "guilty of fraud", "cleared of a second
# charge", "relaxé du chef de blanchiment". It ends at punctuation or where the clause
# turns to when, where or by whom ("of fraud on Tuesday after a trial").
_CHARGE_END = re.compile(
    r"[,;:.()]|\s(?:on|after|before|at|in|by|when|while|but|and\s+(?:was|is|he|she)|apres|"
    rf"avant|lors|par|mais|le|ce|cette|{'|'.join(sorted({*fr.WEEKDAYS, *en.WEEKDAYS}))})\b"
)
# The preposition that opens a charge, ending a cue ("guilty of") or after it.
_CHARGE_OPENS = re.compile(r"^\s*(?:of|de|d['’]|du|des|pour)\b|\b(?:of|de|du|des|pour)\s*$|d['’]$")
# A verdict on every charge ("acquitted of all charges", "relaxé de tous les chefs").
_EVERY_CHARGE = re.compile(
    r"^\s*(?:of\s+|de\s+|d['’]|du\s+|des\s+|pour\s+)?(?:all|every|each|tous|toutes|"
    r"l['’]ensemble)\b"
)
# The nouns that name a count of an indictment, not its offence.
_COUNT_NOUNS = frozenset(
    "count counts charge charges chef chefs accusation accusations offence offences "
    "offense offenses infraction infractions".split()
)


def _charge(folded: str, end: int, lang: str) -> list[str]:
    """The stems of what a verdict is on ("of false accounting" -> fals, account; "a
    second charge" -> second), ["*all*"] for every charge, [] when it names none: two
    opposite verdicts on different charges are a partial verdict, not a conflict."""
    after = folded[end : end + 80]
    if not (_CHARGE_OPENS.search(folded[max(0, end - 6) : end]) or _CHARGE_OPENS.match(after)):
        return []  # "convicted the former mayor": its object is whom, not what
    if _EVERY_CHARGE.match(after):
        return ["*all*"]
    clause = _CHARGE_END.split(" " + after + " ", maxsplit=1)[0]
    return _content_stems(clause, lang, lambda w: w not in _COUNT_NOUNS)


# Outcomes that are a state of a thing (a road, a service): compared only for one thing.
_STATES = frozenset({"access", "operation"})
# A change of state rather than the state: "rouvriront", "reopened", "resumed".
_ONSET = re.compile(r"\b(?:rouvr|re-?open|resum|restart|repr)")
# A state said to hold until a moment: "fermée jusqu'à nouvel ordre", "closed until Friday".
_BOUNDED = re.compile(r"[^,;.]{0,40}?\b(?:jusqu['’]|until|till|d['’]ici|pending)")


# Words of when, not of what: weekdays, months, parts of the day.
_WHEN_WORDS = frozenset(en.WEEKDAYS) | frozenset(fr.WEEKDAYS) | frozenset(en.MONTHS)
_WHEN_WORDS |= frozenset(fr.MONTHS)
_WHEN = re.compile(r"matin\w*|soir\w*|nuit|morning|evening|afternoon|night|overnight|today|tonight")


def _thing(folded: str, start: int, end: int, lang: str) -> list[str]:
    """What is open or closed, running or stopped: the stems of the content words of the
    clause before the cue (its subject) and of its complement after ("aux piétons", "to
    traffic"), up to the nearest punctuation."""
    head = re.split(r"[,;:(]|\bsaid\b|\bselon\b", folded[max(0, start - 80) : start])[-1]
    tail = re.split(r"[,;:.(]", folded[end : end + 50])[0]
    return _content_stems(
        f"{head} {tail}", lang, lambda w: w not in _WHEN_WORDS and not _WHEN.fullmatch(w)
    )


def _content_stems(text: str, lang: str, keep: Callable[[str], bool]) -> list[str]:
    """The sorted stems of a folded text's content words (four letters or more, no stop
    word) that `keep` accepts: an elision's word after it ("l'usine"), a possessive's
    before it ("the mine's")."""
    stop = en.STOPWORDS if lang == "en" else fr.STOPWORDS
    found = re.findall(r"[a-z][a-z'’-]+", text)
    cut = [re.split(r"['’]", w)[-1 if re.match(r"[a-z]{1,2}['’]", w) else 0] for w in found]
    return sorted({stem(w) for w in cut if len(w) > 3 and w not in stop and keep(w)})


# Who signed a text, or would not: "le Royaume-Uni n'a pas signé la déclaration" against
# "signed by all nine delegations, including the United Kingdom". The cue is the verb's
# participle (and an English gerund with its object), its infinitive only after a verb of
# refusal; a noun ("un signe") and what is still to come ("will sign", "doit être signé")
# are no cue.
_SIGN = re.compile(r"\b(?:sign(?:ed|ing|e|ee|es|ees|er)?|paraph(?:e|ee|es|ees|er))\b")
_SIGN_INFINITIVES = frozenset({"sign", "signer", "parapher"})
_REFUSAL_BEFORE = re.compile(
    r"\b(?:refus\w*|declin\w*|rejet\w*)\s+(?:de\s+|d['’]|to\s+)(?:(?:le|la|les)\s+)?$"
)
_SIGN_NOUN_BEFORE = re.compile(r"\b(?:un|le|les|des|du|ce|cet|tout|aucun|a|the|any|no)\s+$")
_SIGN_TO_COME_BEFORE = re.compile(
    r"\b(?:will|would|could|should|may|might|must|to\s+be|to|due|expected|pourrait|"
    r"pourraient|devrait|devraient|doit|doivent|va|vont|sera|seront|serait|seraient|"
    r"avant\s+d['’]etre|pour\s+etre)\s+(?:\w+\s+)?$"
)
# A gerund is a cue with its object, not as a noun ("the signing ceremony") or a time
# ("before signing", "ahead of signing").
_GERUND_NOT_AFTER = re.compile(r"\b(?:the|a|of|before|for|after|at|since|upon|by|in)\s+$")
_GERUND_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|it|this|that)\b")
_WITHOUT_BEFORE = re.compile(r"\b(?:without|sans)\s+$")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|ete|est|sont|etait|etaient)\s+(?:\w+\s+){0,2}$"
)
# The agent of a passive signing ("signé jeudi soir par la direction"), and the party a
# text was signed with ("a memorandum with Mekong Power", "l'accord avec X").
_AGENT_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:by|par)\s")
_WITH = re.compile(r"\b(?:with|avec)\s")
# Where the words of the clause before a cue begin: after a contrast or a new clause.
_SUBJECT_START = re.compile(r"[;:]|\b(?:mais|but|while|whereas|alors\s+que|tandis\s+que)\b")
_CLAUSE_STOP = re.compile(r"[.;]")
# An elided article left on a name opening the sentence ("L'UNSA"); whole determiners
# ("La CGT") never start a mention (extract.mentions trims them).
_ELISION = re.compile(r"^[Ll]['’]")


def _signers(ctx: ExtractContext, spans: list[tuple[int, int]]) -> list[str]:
    """The names in the parts of a sentence that tell who signed, without an elided
    article ("L'UNSA" -> "UNSA"). Not a lone capitalised word opening the sentence
    ("Ministers signed"), unless an acronym or a known place: most such are common
    nouns."""
    return sorted(
        {
            _ELISION.sub("", m.text)
            for m in ctx.mentions
            if any(s <= m.start and m.end <= e for s, e in spans)
            and not (
                m.start == 0
                and " " not in m.text
                and not m.text.isupper()
                and not is_known_place(m.text)
            )
        }
    )


def _signature(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Who signed a text, or refused to, as a signature outcome with its signers: the
    names of the clause before an active cue and of its "with" phrase, or of the agent
    ("by", "par") and "with" phrases of a passive one. One claim per answer the sentence
    gives; a sentence that names no signer gives none (two sources' signings are set
    against each other by their signers)."""
    folded = ctx.folded
    found: dict[str, tuple[re.Match[str], list[str]]] = {}
    for m in _SIGN.finditer(folded):
        word = m.group(0)
        before = folded[max(0, m.start() - 40) : m.start()]
        refused = bool(_REFUSAL_BEFORE.search(before))
        if word in _SIGN_INFINITIVES and not refused:
            continue  # "to sign", "va signer": not done
        if word == "signe" and _SIGN_NOUN_BEFORE.search(before):
            continue  # "un signe": a sign
        if word == "signing" and (
            _GERUND_NOT_AFTER.search(before) or not _GERUND_OBJECT.match(folded, m.end())
        ):
            continue
        if not refused and _SIGN_TO_COME_BEFORE.search(before):
            continue
        negated = (
            refused or bool(_NEGATED_BEFORE.search(before)) or bool(_WITHOUT_BEFORE.search(before))
        )
        stop = _CLAUSE_STOP.search(folded, m.end())
        clause_end = stop.start() if stop else len(folded)
        starts = [x.end() for x in _SUBJECT_START.finditer(folded, 0, m.start())]
        clause_start = starts[-1] if starts else 0
        agent = _AGENT_AFTER.match(folded, m.end())
        spans: list[tuple[int, int]] = []
        if agent or _PASSIVE_BEFORE.search(before):
            # a passive: its subject is the text signed, its agent and partner who signed
            if agent:
                spans.append((agent.end(), clause_end))
            spans += [(w.end(), m.start()) for w in _WITH.finditer(folded, clause_start, m.start())]
        else:
            spans.append((clause_start, m.start()))
            spans += [(w.end(), clause_end) for w in _WITH.finditer(folded, m.end(), clause_end)]
        signers = _signers(ctx, spans)
        if not signers:
            continue
        outcome = "not_signed" if negated else "signed"
        if outcome not in found:
            found[outcome] = (m, signers)
    drafts = []
    for outcome, (m, signers) in found.items():
        drafts.append(
            ClaimDraft(
                "other",
                (m.start(), m.end()),
                {"type": "outcome", "event": "signature", "outcome": outcome, "signers": signers},
                sentence.text[m.start() : m.end()],
                subject="signature",
            )
        )
    return drafts


@register("outcome.v1")
def extract_outcomes(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """The verdict or the end of a negotiation a sentence states, if it states one."""
    folded = ctx.folded
    found: list[tuple[str, re.Match[str]]] = []
    for outcome, (_event, pattern) in _OUTCOMES.items():
        for m in pattern.finditer(folded):
            before = folded[max(0, m.start() - 40) : m.start()]
            negated = bool(_NEGATION.search(m.group(0))) or bool(_NEGATED_BEFORE.search(before))
            if negated and outcome in _NEGATED_AS:
                if not _NOT_OUTCOME_BEFORE.search(before) or _NEGATED_BEFORE.search(before):
                    found.append((_NEGATED_AS[outcome], m))
                continue
            if _NOT_OUTCOME_BEFORE.search(before):
                continue
            found.append((outcome, m))
    drafts = []
    for event in (
        "verdict",
        "plea",
        "deal",
        "appeal",
        "arrest",
        "custody",
        "test",
        "vote",
        "guidance",
        "access",
        "operation",
        "concession",
        "completion",
    ):
        stated = {o for o, _m in found if _EVENT_OF[o] == event}
        if len(stated) != 1:
            continue  # none, or both answers: a partial verdict, a deal some refused
        outcome = stated.pop()
        m = next(m for o, m in found if o == outcome)
        value = {"type": "outcome", "event": event, "outcome": outcome}
        if outcome == "convicted" and (grade := homicide_grade(folded, m.end())):
            value["offence"] = grade
        if event == "verdict":
            value["charge"] = _charge(folded, m.end(), sentence.lang)
        if event == "vote":
            value["voter"] = _voter(folded, m.start(), sentence.lang)
        if event in _STATES:
            value["thing"] = _thing(folded, m.start(), m.end(), sentence.lang)
            value["onset"] = bool(_ONSET.search(m.group(0)))
            value["bounded"] = bool(_BOUNDED.match(folded[m.end() :]))
        drafts.append(
            ClaimDraft(
                "other",
                (m.start(), m.end()),
                value,
                sentence.text[m.start() : m.end()],
                subject=event,
            )
        )
    return drafts + _signature(sentence, ctx)
