"""Statement claims for the conflicts no typed rule covers (kind "other").

Quotes and who said them ("« Nous n'avions jamais vu la Lergue monter aussi
vite », a déclaré le maire de Lodève, Jean-Marc Aubert"), and outcomes with a
polarity ("les dockers ont accepté la proposition" / "ont rejeté").

Quote value:    {"type": "quote", "quote": "...", "speaker": "Jean-Marc Aubert"}
Polarity value: {"type": "polarity", "polarity": "accept" | "reject",
                 "verb": "accepté", "actor": "dockers", "object": "proposition"}
"""

from __future__ import annotations

import re
import unicodedata

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.extract.dates import WEEKDAY_WORDS, WEEKDAYS
from factdiff.lexicon import STOPWORDS, concept_of, en, fr
from factdiff.records import Claim, Sentence
from factdiff.text import fold, stem

QUOTE = re.compile(r"«\s*([^»]{12,})\s*»|“([^”]{12,})”|\"([^\"]{12,})\"")

# Verbs of saying (the reporting verbs of French and English grammars), which bind a
# quote to its speaker: '"...," Brennan said', '« ... », a déclaré le maire, Jean Aubert'.
_SAY_EN = en.SAY_VERBS
_SAY_FR = fr.SAY_VERBS
# A verb of saying that reports a clause, in folded text: what a named speaker does, not
# the outcome they report ("son avocat, Me Karim Benali, a indiqué que son client ne fera
# pas appel", "Tom Hale said he would appeal").
REPORTING = re.compile(
    rf"\b(?:{_SAY_EN}|announced|(?:{_SAY_FR}|annonce)e?s?)\s+(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:que|qu['’]|that|he|she|they|it)\b"
)
# A day or time told as when something was said ("officials said Saturday", "a indiqué ce
# mardi"), in folded text ending where the day begins: the date of a statement. Not a
# pronominal verb ("l'incendie s'est déclaré samedi": it broke out).
SAID_ON = re.compile(
    rf"\b(?:(?:{_SAY_EN})(?:\s+on)?|(?<!est\s)(?<!se\s)(?<!s['’])(?:{_SAY_FR})e?s?"
    r"(?:\s+(?:ce|le))?)\s*$"
)
_NAME = r"((?:[A-Z][\w'’-]+)(?:\s+(?:de\s+|da\s+|van\s+|von\s+)?[A-Z][\w'’-]+){0,3})"
# Where a speaker's name ends: the clause does, or a relative or a circumstance begins
# ('said Eurostar spokeswoman Nathalie Royer.', not 'said Eurostar').
_NAME_ENDS = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:who|which|as|when|while|after|before|in|at|on)\b)"
# Right after a quote, a past tense with its subject after it is an incise, whatever the
# verb (French grammar: the inverted subject marks the reporting clause): "», a fait
# valoir le premier adjoint", "», a tonné le maire", after the comma that opens it (not
# "« Sauvons Jean-Bouin » a réuni ...", the quote as subject). Not the passive.
_INCISE_FR = r"(?:(?<=,\s)|(?<=,))(?:a|ont)\s+(?!ete\b)(?:fait\s+[a-z]+r|[a-z]+[eiust])"
# After the quote: '," Brennan said' / '," said Brennan' / '», a déclaré X' /
# '», a-t-il déclaré' (no name) / '», explique X'.
_SPEAKER_AFTER = re.compile(
    rf"^\s*[,.!?]?\s*(?:(?:[\w'’-]+\s+){{0,5}}?{_NAME}\s+(?:{_SAY_EN})\b|(?:{_SAY_EN})\s+(?:[\w'’-]+\s+){{0,4}}?{_NAME}{_NAME_ENDS}|"
    # (the words before the name may end in an elided article, "le préfet de l'Isère",
    # or a comma, a title in apposition: "a lancé la maire, Sophie Le Gall")
    rf"(?:(?:a\s+|ont\s+)?(?:{_SAY_FR})e?s?|{_INCISE_FR})\s+(?:[a-z][\w'’-]*,?\s+){{0,5}}?"
    rf"(?:l['’])?{_NAME})"
)


# A short capitalised abbreviation and its full stop, right before a name ("Lt.", "Dr.",
# "Gov.", an initial).
_ABBREVIATION_STOP = re.compile(r"\b([A-Z][a-z]{0,3})\.(?=\s+[A-Z])")


def attributed_quote(claim: Claim) -> bool:
    """Whether a claim is a quote with its speaker (what quotes are compared by)."""
    return claim.value.get("type") == "quote" and bool(claim.value.get("speaker"))


def _bound_speaker(text: str, quote_end: int) -> str | None:
    """The speaker a verb of saying binds to the quote that ends at `quote_end`."""
    tail = text[quote_end : quote_end + 120]
    # The verbs without accents, the names with their case (one character for one).
    folded = "".join((unicodedata.normalize("NFD", c)[0] if c.isalpha() else c) for c in tail)
    # An abbreviated title's full stop does not end the name it opens ("said Lt. Gregg
    # Hastings"): read as a space, one character for one.
    folded = _ABBREVIATION_STOP.sub(r"\1 ", folded)
    m = _SPEAKER_AFTER.match(folded)
    if not m:
        return None
    group = next(i for i, g in enumerate(m.groups(), 1) if g)
    start, end = m.span(group)
    if re.search(r"\b(?:de|du|des|d['’]|of)\s*(?:l['’])?$", folded[:start]):
        # "le maire de Lodève, Jean-Marc Aubert": the place of a title, then the name.
        apposed = re.match(rf",\s+{_NAME}", folded[end:])
        if not apposed:
            return None
        start, end = end + apposed.start(1), end + apposed.end(1)
    return tail[start:end]


_OPENING, _CLOSING = "«“", "»”"
# What is carried of a quote left open (a long statement over several sentences).
MAX_OPEN_QUOTE_CHARS = 600


def quote_left_open(text: str, carried: str | None) -> str | None:
    """The words of a quote still open at the end of a sentence: opened in it and not
    closed, or `carried` open from earlier sentences and not closed in it ('"Safety is
    non-negotiable.' opens one that '... our riders," said X.' closes). None when every
    quote is closed."""
    inside, start = carried is not None, 0
    for i, ch in enumerate(text):
        if not inside and (ch in _OPENING or ch == '"'):
            inside, start, carried = True, i + 1, None
        elif inside and (ch in _CLOSING or ch == '"'):
            inside, carried = False, None
    if not inside:
        return None
    words = text[start:].strip() if carried is None else f"{carried} {text.strip()}"
    return words[-MAX_OPEN_QUOTE_CHARS:]


def _closed_quote(text: str, carried: str) -> tuple[int, str] | None:
    """Where a quote that earlier sentences opened closes in this one (the position after
    its closing mark), and its words; None when another quote opens first."""
    for i, ch in enumerate(text):
        if ch in _OPENING:
            return None
        if ch in _CLOSING or ch == '"':
            return i + 1, f"{carried} {text[:i].strip()}".strip(" ,")
    return None


ACCEPT = (
    r"accepte|acceptee|acceptes|acceptees|approuve|approuvee|approuves|adopte|adoptee|valide|"
    r"validee|ratifie|ratifiee|accepted|approved|adopted|endorsed|ratified|backed"
)
REJECT = (
    r"rejete|rejetee|rejetes|rejetees|refuse|refusee|refuses|repousse|repoussee|desavoue|"
    r"rejected|refused|turned\s+down|voted\s+down|vetoed|declined"
)
POLARITY = re.compile(
    rf"\b(?P<aux>ont|a|avaient|avait|have|has|had)?\s*(?:(?:finalement|massivement|largement|"
    rf"pas|deja)\s+)*(?P<verb>{ACCEPT}|{REJECT})\b"
)
_ARTICLES = re.compile(r"^(?:les|le|la|l['’]|des|du|de|the|a|an)\s+")
# The nouns of the decision verbs above (FrameNet's Respond_to_proposal and
# Deny_or_grant_permission frames), told with the day of the decision they name:
# "Wednesday's refusal", "the approval on Tuesday", "le rejet du projet par l'assemblée
# de vendredi". A decision named by its day is one the article told.
_ACCEPT_NOUN = r"approval|acceptance|adoption|approbation|validation"
_REJECT_NOUN = r"refusal|rejection|veto|rejet|refus"
DATED_DECISION = re.compile(
    rf"\b(?:(?P<day_before>{WEEKDAY_WORDS})['’]s\s+(?P<noun_after>{_ACCEPT_NOUN}|{_REJECT_NOUN})\b|"
    rf"(?:the|le|la|l['’])\s*(?P<noun>{_ACCEPT_NOUN}|{_REJECT_NOUN})\b"
    rf"[^.;:,]{{0,50}}?\b(?:on|of|de|du)\s+(?:ce\s+)?(?P<day>{WEEKDAY_WORDS})\b)"
)


def _actor(folded: str, verb_start: int) -> str | None:
    """The subject right before a verb: 'les dockers ont rejeté' -> 'docker'."""
    clause = re.split(r"[,;:]\s", folded[max(0, verb_start - 80) : verb_start])[-1].strip()
    clause = re.sub(
        r"\b(?:ont|a|avaient|avait|have|has|had|n['’]|ne|pas|finalement)\b", " ", clause
    )
    words = [w for w in re.findall(r"[\w'’-]+", _ARTICLES.sub("", clause.strip())) if len(w) > 2]
    if not words:
        return None
    return stem(words[0])


# A passive's auxiliary right before the participle, an incise, a negation or an adverb
# between ("was rejected", "a, elle aussi, été approuvée", "was not formally adopted").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|ete|etre|est|sont|etait|etaient|fut|furent|sera|"
    r"seront)\s+(?:not\s+|never\s+)?(?:[a-z]+ly\s+|[a-z]+ment\s+)?$"
)
# The agent of a passive: "approved by shareholders", "rejetée par les actionnaires".
_AGENT_AFTER = re.compile(
    r"\s+(?:by|par)\s+(?:(?:the|its|their|les|le|la|l['’]|ses|leurs)\s*)?([a-z][\w-]{2,})"
)


def _patient(text: str, folded: str, verb_start: int) -> list[str]:
    """What a passive's subject names, as stems of its common nouns (written in lower
    case) from its clause's opening to the participle: "A separate resolution on retention
    bonuses ..., was rejected" -> resolution, retention, bonus, ..."""
    opening = max(folded.rfind(";", 0, verb_start), folded.rfind(":", 0, verb_start)) + 1
    found = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", text[opening:verb_start]):
        word = m.group(0).split("'")[-1].split("’")[-1]
        folded_word = fold(word)
        if len(word) > 3 and word.islower() and folded_word not in STOPWORDS:
            # as an object's words are read (`_object`): a concept, else a stem
            found.append(concept_of(folded_word) or stem(folded_word))
    return found


def _object(folded: str, verb_end: int) -> list[str]:
    """What was accepted or rejected: the concepts or stems of the next content words
    ("de participer aux négociations" and "de s'asseoir à la table des négociations"
    share the negotiations)."""
    after = folded[verb_end : verb_end + 70]
    after = re.sub(r"^\s*(?:a\s+\d+\s*%\s+des\s+\w+\s+|en\s+principe\s+|de\s+facto\s+)", " ", after)
    after = re.split(r"[,;.]", after)[0]
    words = [w.split("'")[-1] for w in re.findall(r"[\w'’-]+", after)]
    # a day after the verb is when, not what ("ont approuvé vendredi le projet")
    return [concept_of(w) or stem(w) for w in words if len(w) > 3 and w not in WEEKDAYS][:5]


@register("statement.v2")
def extract_statements(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Quotes with their speakers, and accept/reject outcomes with their actors."""
    drafts: list[ClaimDraft] = []
    text, folded = sentence.text, ctx.folded
    people = [m for m in ctx.mentions if m.type in ("PER", "NAME")]
    titles = ctx.titles
    closed = _closed_quote(text, ctx.open_quote) if ctx.open_quote else None
    # (the quotes the sentence opens itself begin after the one it closes)
    own_from = closed[0] if closed else 0
    quotes = [(0, closed[0], closed[1])] if closed else []
    quotes += [
        (m.start(), m.end(), next(g for g in m.groups() if g))
        for m in QUOTE.finditer(text, own_from)
    ]
    for start, end, quote in quotes:
        outside = [p for p in people if p.end <= start or p.start >= end]
        speaker = _bound_speaker(text, end)
        bound = speaker is not None
        if not bound and outside:
            # The speaker is named right after the quote ("», a déclaré X") or before it.
            after = [p for p in outside if p.start >= end]
            speaker = (after[0] if after else outside[-1]).text
        elif not bound:
            office = [t for t in titles if t.start >= end or t.end <= start]
            if office:
                speaker = office[0].text
        drafts.append(
            ClaimDraft(
                "other",
                (start, end),
                {"type": "quote", "quote": quote.strip(), "speaker": speaker, "bound": bound},
                text[start:end],
                subject=speaker,
            )
        )
    quoted = [(start, end) for start, end, _ in quotes]
    for m in POLARITY.finditer(folded):
        start = m.start("verb")
        if any(s <= start < e for s, e in quoted):
            continue
        verb = m.group("verb")
        polarity = "accept" if re.fullmatch(ACCEPT, verb) else "reject"
        negated = bool(
            # "n'a pas été approuvée": the auxiliary, the negation and a passive's "été"
            re.search(r"\b(?:n['’]|ne)\s*(?:\w+\s+){0,3}$", folded[max(0, start - 25) : start])
        ) or bool(re.search(r"\b(?:not|never)\s+$", folded[max(0, start - 12) : start]))
        if negated:
            polarity = "reject" if polarity == "accept" else "accept"
        value = {"type": "polarity", "polarity": polarity, "verb": text[start : m.end("verb")]}
        if not m.group("aux") and _PASSIVE_BEFORE.search(folded[max(0, start - 30) : start]):
            # "the resolution was rejected", "la résolution a été approuvée": its subject is
            # what was decided; who decided is the agent after "by"/"par", if named
            agent = _AGENT_AFTER.match(folded, m.end("verb"))
            value["actor"] = stem(agent.group(1)) if agent else None
            value["object"] = _object(folded, agent.end() if agent else m.end("verb"))
            value["passive"] = True
            value["patient"] = _patient(text, folded, start)
        else:
            value["actor"] = _actor(folded, m.start())
            value["object"] = _object(folded, m.end("verb"))
        drafts.append(
            ClaimDraft(
                "other",
                (start, m.end("verb")),
                value,
                text[start : m.end("verb")],
                subject=value["actor"],
            )
        )
    drafts.extend(_dated_decisions(text, folded))
    return drafts


def _dated_decisions(text: str, folded: str) -> list[ClaimDraft]:
    """Decisions named by a noun and the day they were taken (`DATED_DECISION`): a
    polarity with no actor, and the span of its day ("day"), by which the comparison
    finds the decision it names."""
    drafts = []
    for m in DATED_DECISION.finditer(folded):
        noun = m.group("noun") or m.group("noun_after")
        where = "noun" if m.group("noun") else "noun_after"
        day = "day" if m.group("day") else "day_before"
        polarity = "accept" if re.fullmatch(_ACCEPT_NOUN, noun) else "reject"
        value = {
            "type": "polarity",
            "polarity": polarity,
            "verb": text[m.start(where) : m.end(where)],
            "actor": None,
            "object": _object(folded, m.end(where)),
            "nominal": True,
            "day_span": [m.start(day), m.end(day)],
        }
        drafts.append(
            ClaimDraft("other", (m.start(where), m.end(where)), value, value["verb"], subject=None)
        )
    return drafts
