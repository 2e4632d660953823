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

Value: {"type": "outcome", "event": "verdict" | "plea" | "deal" | "appeal" | "test" |
        "vote" | "guidance",
        "outcome": "acquitted" | "convicted" | "pleaded_guilty" | "tried" | "agreed" |
                   "no_agreement" | "appeal" | "no_appeal" | "positive" | "negative" |
                   "voted_for" | "voted_against" | "abstained" | "raised_guidance" |
                   "cut_guidance" | "kept_guidance", "voter": [stems] (votes)}
"""

from __future__ import annotations

import re

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.lexicon import en, fr
from factdiff.records import Sentence
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
            r"cleared\s+of|found\s+not\s+guilty|not\s+guilty\s+verdict|verdict\s+of\s+not\s+guilty)\b"
        ),
    ),
    "convicted": (
        "verdict",
        re.compile(
            r"\b(?:condamn(?:e|ee|es|ees|ait|aient)\s+(?:a|pour|par)|reconnue?s?\s+coupables?|"
            # guilty of an offence, whoever is declared so ("a déclaré X coupable de",
            # "found X guilty of"); not "non coupable", not a plea
            r"(?<!non\s)(?<!plaide\s)coupables?\s+(?:de|d['’]|du|des)\s|"
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
            r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?arrested|"
            r"(?:a|ont|avait|avaient)\s+(?:pas\s+)?ete\s+(?:\w+\s+)?(?:interpellee?s?|arretee?s?|"
            r"placee?s?\s+en\s+garde\s+a\s+vue))\b"
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
_NEGATED_AS = {"agreed": "no_agreement", "appeal": "no_appeal", "arrested": "not_arrested"}
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
    for event in ("verdict", "plea", "deal", "appeal", "arrest", "test", "vote", "guidance"):
        stated = {o for o, _m in found if _EVENT_OF[o] == event}
        if len(stated) != 1:
            continue  # none, or both answers: a partial verdict, a deal some refused
        outcome = stated.pop()
        m = next(m for o, m in found if o == outcome)
        value = {"type": "outcome", "event": event, "outcome": outcome}
        if outcome == "convicted" and (grade := homicide_grade(folded, m.end())):
            value["offence"] = grade
        if event == "vote":
            value["voter"] = _voter(folded, m.start(), sentence.lang)
        drafts.append(
            ClaimDraft(
                "other",
                (m.start(), m.end()),
                value,
                sentence.text[m.start() : m.end()],
                subject=event,
            )
        )
    return drafts
