"""Role claims: a person and the title a source gives them.

Three constructions cover news prose in both languages:
  title before the name  "le président français Emmanuel Macron", "Finance Minister Colin Doucette"
  apposition after it    "Sergueï Lavrov, ministre russe des Affaires étrangères",
                         "Keith Donnelly, the food bank's chief operating officer"
  a linking verb         "Karim Benali ... est nommé ministre délégué", "comme ministre de ..."

The value: {"person": "Emmanuel Macron", "title": "président français",
            "category": "government", "rank": "head_of_state", "portfolio": None,
            "past": False}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from factdiff.extract.base import ClaimDraft, ExtractContext, register
from factdiff.extract.mentions import Mention
from factdiff.lexicon import en, fr
from factdiff.lexicon.given_names import has_given_name
from factdiff.lexicon.occupations import occupation
from factdiff.lexicon.titles import EN_TITLE, FR_TITLE, PAST_MARKERS, Title, canonical_title
from factdiff.records import Sentence
from factdiff.text import fold, stem, unaccent_same_length

LINKING = re.compile(
    r"(?i:^\s*(?:,[^,]{0,90},\s*)?(?:qui\s+)?(?:est|a\s+ete|sera|devient|deviendra|reste|"
    r"fait\s+son\s+entree\s+comme|fait\s+son\s+entree\s+en\s+tant\s+que|comme|en\s+tant\s+que|"
    r"is|was|becomes|became|has\s+been|as)\s+(?:(?:nomme|nommee|promu|promue|reconduit|"
    r"reconduite|maintenu|maintenue|appointed|named|elected|elu|elue)\s+)?"
    r"(?:(?:au\s+poste\s+de|as)\s+)?)"
)

# A title set after its holder's name by a relative clause or a participle: "Paul Roux,
# élu maire de Dole en 2020", ", qui est maire de", ", who is mayor of",
# "Anne Lutz, appointed prefect in 2023". Run on accentless text.
APPOSED_LINK = re.compile(
    r"(?i:\s*,\s*(?:(?:qui|who)\s+)?(?:(?:est|a\s+ete|is|was|has\s+been)\s+)?"
    r"(?:re-?)?(?:nommee?|promue?|elue?|designee?|reconduite?|appointed|named|elected)\s+"
    r"(?:(?:au\s+poste\s+de|as)\s+)?|\s*,\s*(?:qui\s+est|who\s+is)\s+)"
)

# A relative clause after a name that tells the post its holder has held since a time,
# or holds: "Tom Hale, who has run the group's finances as chief financial officer since
# 2021", "Paul Roux, qui siège depuis mars comme conseiller municipal". Only a present
# or a perfect with "since" (not "who served as mayor", a post left).
RELATIVE_AS = re.compile(
    r"(?i:\s*,\s*(?:who|qui)\s+(?=[^,;.]*\b(?:since|depuis|has|have|now|currently|still|"
    r"desormais|toujours|actuellement)\b)[^,;.]{0,70}?\b(?:as|comme|en\s+tant\s+que)\s+"
    r"(?:(?:the|an?)\s+)?)"
)
# ", the food bank's " / ", its " / ", notre " between a name and the title that follows
# it (the possessive determiners of both languages).
POSSESSIVE_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:the\s+)?(?:[\w&.-]+\s+){0,3}[\w&.-]+['’]s?|its|his|her|their|our|my|"
    r"your|(?i:son|sa|notre|votre|leur|mon|ma))\s+"
)
# Before a name inside a title's match, a word that makes it the title's complement
# ("maire de Lodève", "Minister of Energy and Natural Resources").
PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:de|du|des|d['’]|l['’]|la|le|of|the|aux|au|a|and)|&)\s*$")


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    text: str
    title: Title


def find_titles(sentence: str, lang: str, mentions: list[Mention]) -> list[TitleMatch]:
    """Title phrases in a sentence, cut short where a name begins inside them."""
    plain = unaccent_same_length(sentence)
    found: list[TitleMatch] = []
    pattern = EN_TITLE if lang == "en" else FR_TITLE
    pos = 0
    while m := pattern.search(plain, pos):
        start, end = m.start(), m.end()
        for mention in mentions:
            # A name right after a preposition is the office's complement ("maire de
            # Lodève"); any other name inside the match is the holder ("... David Lammy").
            if (
                start < mention.start < end
                and not PREPOSITION_BEFORE.search(plain[max(0, mention.start - 8) : mention.start])
                and not (
                    _BODY_NAMED.search(plain[max(0, mention.start - 40) : mention.start])
                    and not _named_by_a_given_name(mention)
                )
            ):
                end = mention.start
        # The next title is looked for after the holder's name, not after the match: a
        # match cut at a name may have run on into the next title ("Minister of Energy
        # Jonathan Whitcombe and Finance Minister Anne Lutz").
        pos = max(end, m.start() + 1)
        end = start + len(sentence[start:end].rstrip(" ,"))
        if any(start < f.end and f.start < end for f in found):
            continue
        title = canonical_title(sentence[start:end])
        if title is None or _job_manager(sentence, start, end, lang):
            continue
        if _a_bodys_secretary(sentence, start, end, title):
            title = Title("corporate", "secretary", None, title.past)
        elif body := _a_bodys_president(sentence, start, end, title):
            title = Title("organisation", "president", body, title.past)
        if title.rank == "general" and re.match(r"(?i:\s+manager\b)", sentence[end:]):
            continue  # a general manager runs a club or a firm: no army's general
        if (
            lang == "fr"
            and m.start("rank") == start  # no determiner: "a envoyé", not "a l'envoyé"
            and _AVOIR_BEFORE.search(fold(sentence[max(0, start - 40) : start]))
        ):
            continue  # a bare participle after "avoir" is a verb ("Menga a envoyé Pittman")
        found.append(TitleMatch(start, end, sentence[start:end], title))
    return sorted(found, key=lambda t: t.start)


# A possessive of a body before a bare title: "the group's secretary", "its secretary"
# (not "the Home Secretary", nor "Secretary Rubio"); `owner`, the common noun possessing.
_BODYS_BEFORE = re.compile(r"(?:\b(?P<owner>[a-z][\w-]*)['’]s|\b(?:its|their))\s+$")


def _a_bodys_secretary(sentence: str, start: int, end: int, title: Title) -> bool:
    """Whether a title read as a minister is a bare "secretary" of a body a possessive
    names: an officer of a club, a group or a union, as a firm's chair is (corporate),
    no government's (whose secretary has a portfolio, "Home Secretary", or is "of
    State")."""
    return (
        title.rank == "minister"
        and title.portfolio is None
        and fold(sentence[start:end]) in ("secretary", "the secretary")
        and bool(_BODYS_BEFORE.search(sentence[max(0, start - 40) : start]))
    )


# What a head of state presides: a possessive of one of these is a country's ("the
# country's president"), any other common noun's a body's ("the authority's president").
_STATE_NOUNS = frozenset({"country", "nation", "republic", "state", "kingdom", "island"})


def _a_bodys_president(sentence: str, start: int, end: int, title: Title) -> str | None:
    """The body, when a title read as a head of state is a bare "president" after a
    common noun's possessive ("the authority's president", "the club's president"): the
    body's president, as "présidente du Cercle des nageurs" is, no state's."""
    if title.rank != "head_of_state" or fold(sentence[start:end]) not in (
        "president",
        "the president",
    ):
        return None
    before = _BODYS_BEFORE.search(sentence[max(0, start - 40) : start])
    owner = before.group("owner") if before else None  # "its president": a country's?
    if not owner or owner in _STATE_NOUNS:
        return None
    return fold(owner)


# A body's kind right before a name inside a title's complement: the name is the body's,
# not the holder's ("le président de la compagnie Bellator", "du groupe Renault").
_BODY_NAMED = re.compile(
    r"(?i:\b(?:de\s+la|du|de\s+l['’]|des)\s+(?:compagnie|societe|groupe|entreprise|firme|"
    r"club|association|federation|fondation|banque|agence|chaine|journal|parti|syndicat|"
    r"equipe|marque|constructeur|operateur|reseau|cabinet|laboratoire|plateforme)\s+)$"
)

# A form of "avoir" (with an adverb or a negation) right before a bare title word.
_AVOIR_BEFORE = re.compile(
    r"\b(?:a|ai|as|avons|avez|ont|avait|avais|avaient|aura|aurait|auraient|ayant|avoir)"
    r"(?:\s+(?:pas|plus|jamais|deja|aussi|aussitot|bien|ensuite|alors|encore|enfin|"
    r"toujours|donc|meme|vite|[a-z]+ment))?\s*$"
)


def _job_manager(sentence: str, start: int, end: int, lang: str) -> bool:
    """An English "manager" after a common noun ("the plant manager", "a project
    manager") is a job, not a team's manager: a team is named ("Ellesmere manager Rob
    Tierney") or the manager is bare ("the manager, Rob Tierney")."""
    words = sentence[start:end].split()
    if lang != "en" or not words or fold(words[-1]) != "manager":
        return False
    if len(words) > 1:
        modifier = words[-2]
    elif re.search(r"(?i:\bgeneral\s+)$", sentence[max(0, start - 12) : start]):
        return True  # a general manager runs a club or a firm: no team's coach
    else:
        before = re.search(r"([A-Za-z][\w-]*)\s+$", sentence[max(0, start - 30) : start])
        modifier = before.group(1) if before else ""
    return modifier.islower() and modifier not in en.STOPWORDS


def is_person(mention: Mention) -> bool:
    return (
        mention.type == "PER"
        or (mention.type == "NAME" and " " in mention.text)
        or (mention.type == "NAME" and mention.honorific)
    )


def _named_by_a_given_name(mention: Mention) -> bool:
    """A person's name by its own words: typed a person's by its context, or with a
    first name before its last word ("Priya Anand", "L'architecte Paul Renard"). An
    unlisted job word is also said of a company ("l'opérateur Réunion Énergie
    Distribution"): only such a name is the name of the person it describes."""
    return mention.type == "PER" or mention.honorific or has_given_name(mention.text)


# A title and its person side by side, an honorific between them allowed ("its chief
# medical officer, Dr Priya Menon", "l'avocate, Me Claire Vidal").
_ADJACENT = re.compile(r"\s*,?\s*(?:(?:Dr|Prof|Pr|Mr|Mrs|Ms|Mme|Mlle|Me|M)\.?\s+)?")


def _in_title_name_list(
    sentence: str,
    title: TitleMatch,
    titles: list[TitleMatch],
    people: list[Mention],
    named_forward: set[int],
) -> bool:
    """Whether a title is an item of a list of "title, name" items: the name just before
    it, after a comma, was named by the title before that name, and the list goes on
    with another title after it (else it is a second title of that name: "Le ministre de
    l'Intérieur, Jean Martin, le porte-parole du gouvernement, a parlé")."""
    before = [m for m in people if m.end <= title.start]
    return bool(
        before
        and id(before[-1]) in named_forward
        and re.fullmatch(r"\s*,\s*", sentence[before[-1].end : title.start])
        and (
            any(t.start >= title.end for t in titles)
            or re.search(
                r"\b(?:ainsi\s+que|et|and|as\s+well\s+as)\s+(?:le|la|l['’]|les|the)\b",
                sentence[title.end :],
            )
        )
    )


def _next_in_enumeration(
    sentence: str, title: TitleMatch, titles: list[TitleMatch], people: list[Mention]
) -> Mention | None:
    """In a list of "title, name" items ("le ministre britannique des Affaires
    étrangères, David Lammy, le conseiller en politique étrangère de Keir Starmer,
    Jonathan Powell"), a title names the next person after its own complement, not the
    previous item's name."""
    inner: set[int] = set()  # titles of the complement ("du Premier ministre Paul Stern")
    for mention in people:
        if mention.start < title.end:
            continue
        gap = sentence[title.end : mention.start]
        owner_title = [
            t
            for t in titles
            if title.end <= t.start
            and t.end <= mention.start
            and _ADJACENT.fullmatch(sentence[t.end : mention.start])
        ]
        if re.search(r"\b(?:de|du|des|of)\s+$|\bd['’]$", gap) or owner_title:
            inner.update(id(t) for t in owner_title)
            continue  # a name inside the title's complement ("de Keir Starmer")
        other_title = any(
            title.end <= t.start < mention.start and id(t) not in inner for t in titles
        )
        if not other_title and re.search(r",\s*$", gap) and gap.count(",") == 1:
            return mention
        return None
    return None


_MODIFIED_APPOSITION = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?:(?:[A-Z][\w'’.-]+\s+){1,2}|[a-z]{4,}\s+)"
)


def link_titles(
    sentence: str, titles: list[TitleMatch], mentions: list[Mention]
) -> list[tuple[TitleMatch, Mention]]:
    """Pair each title with the person it names, by adjacency or a linking verb."""
    people = [
        m
        for m in mentions
        if m.type in ("PER", "NAME") and not any(t.start <= m.start < t.end for t in titles)
    ]
    pairs: list[tuple[TitleMatch, Mention]] = []
    used: set[int] = set()
    named_forward: set[int] = set()  # people a title before them already names
    for title in titles:
        between_next = None
        for mention in people:
            if mention.start >= title.end:
                gap = sentence[title.end : mention.start]
                if _ADJACENT.fullmatch(gap):
                    between_next = mention
                break
        listed = _in_title_name_list(sentence, title, titles, people, named_forward)
        if between_next is None and listed:
            between_next = _next_in_enumeration(sentence, title, titles, people)
        if between_next is not None:
            pairs.append((title, between_next))
            used.add(id(title))
            named_forward.add(id(between_next))
            continue
        if listed:
            continue  # an item of the list with no name ("le conseiller ... du gouvernement
            # allemand"): not the previous item's person
        for mention in reversed(people):
            if mention.end <= title.start:
                gap = sentence[mention.end : title.start]
                owner = re.search(r"['’]s?$", mention.text) and not gap.strip()
                if owner or re.fullmatch(r"['’]s?\s+", gap):
                    continue  # the title's owner ("Volvo's chief executive"): look further back
                if not gap.strip() and re.search(
                    r",\s*(?:the|a|an)\s+$", sentence[: mention.start]
                ):
                    continue  # its place ("Arnaud Peyrac, the Var prefect"): look further back
                if (
                    re.fullmatch(r"\s*,\s*(?:(?:the|a|an)\s+)?", gap)
                    # "Arnaud Peyrac, the Var prefect", "Tom Hale, the county sheriff": an
                    # English title after its place or domain
                    or re.fullmatch(_MODIFIED_APPOSITION, gap)
                    # Apposition with an owner: "Keith Donnelly, the food bank's chief ...".
                    or re.fullmatch(POSSESSIVE_APPOSITION, gap)
                    or (link := LINKING.match(unaccent_same_length(gap)))
                    and link.end() == len(gap)
                    or APPOSED_LINK.fullmatch(unaccent_same_length(gap))
                    or RELATIVE_AS.fullmatch(unaccent_same_length(gap))
                ):
                    pairs.append((title, mention))
                break
    return pairs


def _title_draft(title: TitleMatch, person: Mention, past: bool) -> ClaimDraft:
    """The role claim of a listed title found for a person."""
    value = {
        "person": person.text,
        "title": title.text,
        "category": title.title.category,
        "rank": title.title.rank,
        "portfolio": title.title.portfolio,
        "past": past,
    }
    return ClaimDraft("role", (title.start, title.end), value, title.text, subject=person.text)


@register("role.v1")
def extract_roles(sentence: Sentence, ctx: ExtractContext) -> list[ClaimDraft]:
    """Every (person, title) pair a sentence states: the listed titles, then a title no
    list names for a person they left without one."""
    titles = ctx.titles
    drafts = []
    linked = link_titles(sentence.text, titles, ctx.mentions)
    for title, person in linked:
        drafts.append(_title_draft(title, person, title.title.past))
    titled = {id(p) for _, p in linked}
    verbal = _verbal_roles(sentence, ctx, titled)
    titled |= _titled_by(ctx, verbal)
    drafts += verbal
    opened = _open_roles(sentence, ctx, titled)
    titled |= _titled_by(ctx, opened)
    ended = _ended_offices(sentence, ctx, titled)
    titled |= _titled_by(ctx, ended)
    # (after the offices left: "who stepped down as chief executive" is one)
    served = _served_as(sentence, ctx, titled)
    titled |= _titled_by(ctx, served)
    drafts += served
    read = [d.span for d in opened + ended]
    drafts += opened + ended + _occupation_roles(sentence, ctx, titled, read)
    for d in drafts:
        if not d.value["past"] and told_as_former(sentence.text, d.span, ctx.published):
            d.value["past"] = True
    return drafts


# A title held until a time: "who was Voltara's chief operating officer until January",
# "directeur du site jusqu'en 2022".
_UNTIL_AFTER = re.compile(r"^\s+(?:until|till|jusqu['’]\s*(?:en|au|a|à|aux)?)\b", re.I)
# The post someone came in as, in a year before the article's: "joined the group in 2009 as
# finance director", "Arrivée dans le groupe en 2009 comme directrice financière". The
# verbs of FrameNet's Becoming_a_member and Hiring frames (join, enter, be hired,
# recruited, taken on) and arriving, in both languages.
_JOINED_AS_BEFORE = re.compile(
    r"\b(?:joined|entered|arrived|hired|recruited|taken\s+on|arrivee?s?|entree?s?|"
    r"recrutee?s?|embauchee?s?)\b[^.;:!?]{0,60}?\b(?:in|en)\s+(?P<year>(?:19|20)\d\d)\b"
    r"[^.;:!?,]{0,20}?\b(?:as|comme|en\s+tant\s+qu['’]e?)(?:\s+(?:an?|the))?\s*$"
)


def told_as_former(text: str, span: tuple[int, int], published: date | None) -> bool:
    """Whether a title's clause tells it as one its holder no longer has: held until a
    time (`_UNTIL_AFTER`), or the post they came in as in an earlier year
    (`_JOINED_AS_BEFORE`, the year before `published`'s)."""
    start, end = span
    if _UNTIL_AFTER.match(text[end:]):
        return True
    joined = _JOINED_AS_BEFORE.search(fold(text[max(0, start - 120) : start]))
    return bool(joined and published and int(joined.group("year")) < published.year)


def _titled_by(ctx: ExtractContext, drafts: list[ClaimDraft]) -> set[int]:
    """The mentions (by id) that role drafts give a title to."""
    return {id(m) for m in ctx.mentions for d in drafts if d.subject == m.text}


# --- offices told by their verb ----------------------------------------------------------
# A relative clause after a person's name that tells the office by its verb: "Fiona
# Lennox, who chairs the Landscape Group", "Paul Roux, qui préside le comité des fêtes",
# "who heads the agency", "qui dirige l'usine". Each verb is its office noun's (chair,
# president, head, leader, director), read as the title "<noun> of <object>".
_OFFICE_VERB = re.compile(
    r"\s*,\s*(?:who|qui)\s+(?:(?:now|still|currently|also|aussi|desormais|toujours)\s+)?"
    r"(?P<verb>chairs|chaired|heads|headed|leads|led|presides\s+over|presided\s+over|"
    r"preside|presidait|dirige|dirigeait)\s+"
    r"(?P<object>(?:the|le|la|les|l['’])\s*[^,;.()]{2,70})"
)
_OFFICE_OF_VERB = {
    "en": (
        ("chair", "chair of"),
        ("head", "head of"),
        ("le", "leader of"),
        ("presid", "president of"),
    ),
    "fr": (("presid", "président de"), ("dirig", "directeur de")),
}


def _untitled_followed_by(
    sentence: Sentence, ctx: ExtractContext, titled: set[int], pattern: re.Pattern[str]
) -> Iterator[tuple[Mention, re.Match[str]]]:
    """Each person the listed titles left without one (`titled`, by id) that `pattern`
    matches right after, on the accentless sentence, with the match."""
    plain = unaccent_same_length(sentence.text)
    for person in ctx.mentions:
        if not is_person(person) or id(person) in titled:
            continue
        if m := pattern.match(plain, person.end):
            yield person, m


def _verbal_roles(sentence: Sentence, ctx: ExtractContext, titled: set[int]) -> list[ClaimDraft]:
    """The office a relative clause tells by its verb (`_OFFICE_VERB`), for each person
    the listed titles left without one."""
    drafts = []
    for person, m in _untitled_followed_by(sentence, ctx, titled, _OFFICE_VERB):
        verb = fold(m.group("verb")).split()[0]
        offices = _OFFICE_OF_VERB.get(sentence.lang, ())
        noun = next((n for v, n in offices if verb.startswith(v)), None)
        obj = sentence.text[m.start("object") : m.end("object")].rstrip()
        if noun is None or (noun == "leader of" and obj == obj.lower()):
            continue  # one leads talks, an inquiry, a charge: a named body is led
        # French contracts "de" with the object's article: "président du comité"
        phrase = re.sub(
            r"\bde\s+(le|les)\s+",
            lambda a: "du " if a.group(1) == "le" else "des ",
            f"{noun} {obj}",
        )
        title = canonical_title(phrase)
        if title is None:
            continue
        start, end = m.start("verb"), m.start("object") + len(obj)
        text = sentence.text[start:end]
        value = {
            "person": person.text,
            "title": text,
            "category": title.category,
            "rank": title.rank,
            "portfolio": title.portfolio,
            "past": m.group("verb").endswith(("ed", "ait")),
        }
        drafts.append(ClaimDraft("role", (start, end), value, text, subject=person.text))
    return drafts


# A relative clause after a person's name that tells what they do "as" an office: "Dana
# Whitlock, who oversees the authority's books as its chief financial officer", "qui
# siège au conseil en tant que vice-présidente", "who has served since 2019 as the
# club's president". The office is the listed title right after "as".
_SERVES_AS = re.compile(
    r"\s*,\s*(?:who|qui)\s+[^,;.()]{0,70}?\b(?:as|comme|en\s+tant\s+que|en\s+qualite\s+de)\s+"
)
# What may stand between "as" and the title: a determiner, an owner's possessive.
_OWNER_OF_OFFICE = re.compile(
    r"(?:(?:its|the|their|his|her|son|sa|le|la|l['’])\s*)?(?:[a-z-]+['’]s\s*)?"
)


def _served_as(sentence: Sentence, ctx: ExtractContext, titled: set[int]) -> list[ClaimDraft]:
    """The office a relative clause gives a person by "as" (`_SERVES_AS`), for each
    person the listed titles left without one."""
    drafts = []
    for person, m in _untitled_followed_by(sentence, ctx, titled, _SERVES_AS):
        title = next(
            (
                t
                for t in ctx.titles
                if t.start >= m.end()
                and _OWNER_OF_OFFICE.fullmatch(fold(sentence.text[m.end() : t.start]))
            ),
            None,
        )
        if title is None or _PAST_TENSE.search(fold(m.group(0))):
            continue  # "who served as mayor for twelve years" says nothing of now
        drafts.append(_title_draft(title, person, title.title.past))
    return drafts


# A verb in a past tense: English -ed and "was", "had"; French compound pasts and the
# imperfect ("a été", "avait", "occupait").
_PAST_TENSE = re.compile(
    r"\b(?:was|were|had|used\s+to|previously|formerly|once|[a-z]{2,}ed|a|ont|avait|avaient|"
    r"etait|etaient|[a-z]{2,}(?:ait|aient))\b"
)


# --- offices left ----------------------------------------------------------------------
# A person's office that a verb of quitting ends: "Tom Hale, who stepped down as chief
# executive in 2023", "Tom Hale resigned as mayor", "Paul Roux, qui a démissionné de son
# poste de directeur général". The verbs are the lexical units of FrameNet's Quitting frame
# (quit, resign, retire, step down; British "stand down") and their French
# counterparts (démissionner, quitter, se retirer), with the office after "as" or after
# "son poste de" / "ses fonctions de". The office is one the person no longer holds.
_ENDED_OFFICE = re.compile(
    r"(?:\s*,\s*(?:who|qui)\s+|\s+)"
    r"(?:(?:has|had|have|a|avait|s['’]est|s['’]etait)\s+)?"
    r"(?:(?:stepped|stood)\s+down|resigned|retired|quit|demissionne|quitte|retiree?)\s+"
    r"(?:as\s+(?:the\s+)?|(?:de\s+)?(?:son\s+poste|ses\s+fonctions)\s+(?:de\s+|d['’]))"
)
# Where the office's words end: a comma, a clause, a date or a place after it.
_OFFICE_END = re.compile(
    r"\s*(?:[,.;:()]|$)|\s+(?:in|on|at|after|before|last|and|but|to|en|le|la|apres|avant|"
    r"et|mais|pour|depuis|il\s+y\s+a)\b"
)


def _ended_offices(sentence: Sentence, ctx: ExtractContext, titled: set[int]) -> list[ClaimDraft]:
    """The office a verb of quitting ends (`_ENDED_OFFICE`), for each person the listed
    titles left without one: a listed title where the office starts, else a job noun
    ("head of the department"), read as an open title. Past, and `ended`."""
    text = sentence.text
    plain = unaccent_same_length(text)
    drafts = []
    for person, m in _untitled_followed_by(sentence, ctx, titled, _ENDED_OFFICE):
        start = m.end()
        listed = next((t for t in ctx.titles if t.start == start), None)
        if listed is not None:
            end, title = listed.end, listed.title
            category, rank, portfolio = title.category, title.rank, title.portfolio
        else:
            stop = _OFFICE_END.search(plain, start)
            end = stop.start() if stop else len(text)
            words = text[start:end].split()
            if not words or len(words) > 8:
                continue
            rest = " ".join(words[1:])
            job = _job(fold(words[0]), rest, sentence.lang)
            if job is None:
                continue
            category, rank, portfolio = "open", job, None
        office = text[start:end]
        value = {
            "person": person.text,
            "title": office,
            "category": category,
            "rank": rank,
            "portfolio": portfolio,
            "past": True,
            "ended": True,
        }
        drafts.append(ClaimDraft("role", (start, end), value, office, subject=person.text))
    return drafts


# --- titles no list names -------------------------------------------------------------
# A title in the grammar French news gives titles, whatever its noun: "Mathieu Schaller,
# adjoint à la culture", "Claire Roy, professeure d'histoire". Its head noun and its first
# complement with the preposition that brings it are kept; two such titles of one person
# with one head and two complements brought alike are two offices ("adjoint à la culture"
# / "adjoint à l'urbanisme"). English has none of this: its titles come before the name
# ("club manager Tom Hale") in the shape of any clause ("police met Tom Hale"), and its
# appositions are as often descriptions as offices ("a keen hiker").
_FR_WORD = r"[a-zà-öø-ÿ][\w'’-]*"
# A marker of a former or future office before the head noun ("ancienne directrice",
# "ex-adjoint", "futur président"): part of the title, not its head.
_FR_TERM_MARKER = r"(?:(?:ancien|ancienne|anciens|anciennes|futur|future|futurs|futures)\s+|ex-)"
_FR_APPOSITION = re.compile(
    rf"^,\s+(?:(?:le|la|l['’]|un|une)\s*)?(?P<marker>{_FR_TERM_MARKER})?(?P<head>{_FR_WORD})"
    rf"(?:\s+(?P<prep>à\s+la|à\s+l['’]|aux|au|à|de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
    rf"(?P<complement>{_FR_WORD}))?(?P<rest>(?:\s+(?:{_FR_WORD}|[A-Z][\w'’-]*|à|au|aux|de|du|"
    rf"des|d['’]|la|le|l['’])){{0,5}}?)(?=\s*(?:,|\.|;|$))"
)
# Heads that are no title: a participle or verb form, a word of the sentence's frame.
_NOT_A_HEAD = re.compile(r"^(?:\w+(?:ait|aient|ant|é|ée|és|ées|ie|ies)|qui|que|dont|selon|aussi)$")


# French auxiliaries and copulas: a phrase that holds one is a clause.
_FINITE_VERB = re.compile(r"\b(?:est|sont|etait|etaient|sera|seront|fut|a|ont|avait|avaient)\b")


def _read_by_the_list(phrase: str) -> bool:
    """Whether a French phrase starts with a title the list names an office for. A rank
    the list matches without naming an office ("directeur de l'usine", "directeur
    départemental des services d'incendie": no row of `canonical_title` reads them) is
    read as a job (its head noun), not left unread."""
    m = FR_TITLE.match(unaccent_same_length(phrase))
    return bool(m) and canonical_title(phrase[m.start() : m.end()]) is not None


def open_title(sentence: str, lang: str, person: Mention) -> tuple[int, int, str, str] | None:
    """The span, head and complement ("à:cultur") of a French title beside `person` that
    no list names; None in English or when the head is a listed title or no noun."""
    if lang == "en":
        return None
    m = _FR_APPOSITION.match(sentence[person.end :])
    if not m:
        return None
    head = m.group("head").lower()
    if len(head) < 3 or _NOT_A_HEAD.match(head) or head in fr.STOPWORDS:
        return None
    if fold(head) in fr.WEEKDAYS or fold(head) in fr.MONTHS:
        return None
    if _FINITE_VERB.search(fold(m.group("rest"))):
        return None  # a clause, not an apposition: ", le stade est prêt"
    if FR_TITLE.match(unaccent_same_length(head)):
        return None  # a listed title: read (or deliberately not) by the list (an unnamed
        # rank, "directeur de l'usine", is read as a job: _occupation_roles)
    complement = ""
    if m.group("complement"):
        prep = "a" if fold(m.group("prep")).startswith(("a", "au")) else "de"
        complement = f"{prep}:{stem(m.group('complement'))}"
    start = m.start("marker") if m.group("marker") else m.start("head")
    return person.end + start, person.end + m.end(), stem(head), complement


def _open_roles(sentence: Sentence, ctx: ExtractContext, titled: set[int]) -> list[ClaimDraft]:
    """A title no list names, for each person (not in `titled`, by id) the listed titles
    left without one."""
    drafts = []
    for person in ctx.mentions:
        if not is_person(person) or id(person) in titled:
            continue
        found = open_title(sentence.text, sentence.lang, person)
        if not found or any(t.start < found[1] and found[0] < t.end for t in ctx.titles):
            continue
        if _apposed_to_next(sentence.text, found[1], ctx.mentions):
            continue  # the next name's title, set before it
        if not _named_by_a_given_name(person):
            continue
        start, end, head, complement = found
        text = sentence.text[start:end]
        value = {
            "person": person.text,
            "title": text,
            "category": "open",
            "rank": head,
            "portfolio": complement or None,
            "past": bool(PAST_MARKERS.search(fold(text))),
        }
        if occupation(text.split()[0], sentence.lang):
            value["occupation"] = True  # a job too: set against other jobs and titles
        drafts.append(ClaimDraft("role", (start, end), value, text, subject=person.text))
    return drafts


# --- occupations -----------------------------------------------------------------------
# A job no title list names, in the two places news gives a person's job: an apposition
# ("Aileen Forsyth, a fire safety engineer, said", "Loïc Fayolle, médecin urgentiste au
# Samu") and a noun before the name ("returning officer Martine Cormier"). The phrase is
# a job when its head noun is one of a job list's (factdiff.lexicon.occupations), or it
# is "head of" or "chief of" something; else it is a description ("a keen hiker").
_EN_AFTER = re.compile(
    r"^,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w&.-]+['’]s\s+)?"
    r"(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]+))"
    # (a relative clause may follow: "a retired geology teacher who has spent years")
    r"(?P<rest>\s+(?:of|at|for|with|in|on)\s+[^,.;:\"“”]{1,80}?)?"
    r"(?=\s*(?:,|\.|;|$)|\s+(?:who|whose)\b)"
)
_FR_AFTER = re.compile(
    r"^,\s+(?:(?:le|la|l['’]|un|une)\s*)?"
    rf"(?P<phrase>{_FR_TERM_MARKER}?(?P<head>[a-zà-öø-ÿ][\w-]+)"
    r"[^,.;:«»\"“”]{0,80}?)(?=\s*(?:,|\.|;|$)|\s+qui\b)"
)
_BEFORE = re.compile(r"(?P<phrase>(?:\b[A-Za-z][\w-]*\s+){0,2}?(?P<head>[A-Za-zÀ-ÿ][\w-]+))\s+$")
# An English job with its complement right before a name, no comma: "Director of
# football Anneke Visser" (the head capitalised only as a sentence's first word).
_EN_JOB_OF_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:the|a|an|its|his|her|their|[a-z]+['’]s)\s+)"
    r"(?P<phrase>(?P<head>[A-Za-z][a-z-]+)\s+of\s+[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s+$"
)
# A job set before the name with a comma ("The council's head of highways, Gareth
# Penrose"; "le pédiatre de garde, Paul Mercier"): the head noun and what it is of.
_BEFORE_COMMA = re.compile(
    r"(?:^|[,;:(]\s*|\b(?i:the|a|an|its|his|her|their|le|la|un|une)\b\s*|\b(?i:l)['’]\s*)"
    r"(?:[\w&.-]+['’]s\s+)?(?P<phrase>(?:[a-zà-öø-ÿ][\w-]*\s+){0,2}?"
    r"(?P<head>[a-zà-öø-ÿ][\w-]+)(?P<rest>\s+(?:of|de|du|des|d['’]|à\s+la|à\s+l['’]|au|aux)\s*"
    r"[\w'’-]+)?)\s*,\s*$"
)


def _job(head: str, rest: str | None, lang: str) -> str | None:
    if head in ("head", "chief") and rest and rest.lstrip().startswith("of"):
        return head
    return occupation(head, lang)


def _unlisted_job(phrase: re.Match[str], lang: str) -> str | None:
    """The job an apposition's head noun (with what it is "of") names, unless the head is
    a French title the title finder reads itself."""
    head = phrase.group("head")
    if lang == "fr" and _read_by_the_list(phrase.string[phrase.start("head") : phrase.end()]):
        return None
    return _job(head, phrase.groupdict().get("rest"), lang)


def _apposed_to_next(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether a job phrase ending at `end`, after a name, is followed by a comma and
    another person's name: between two names ("Aux côtés du préfet de la Creuse, Marc
    Vidal, le conservateur du musée, Simon Lenoir, a accueilli"; "the transport secretary,
    Maya Lund, the hospital's chief surgeon, Ola Berg, announced"), a phrase with its
    determiner opens the next item of the list, the next name's title."""
    gap = _ADJACENT.match(text, end)
    if gap is None or "," not in gap.group():
        return False
    return any(m.start == gap.end() and is_person(m) for m in mentions)


def _occupation_roles(
    sentence: Sentence, ctx: ExtractContext, titled: set[int], read: list[tuple[int, int]]
) -> list[ClaimDraft]:
    """A job no list names, for each person left without a title; for a person a title
    names (`titled`, by id), only a job in apposition after the name, not at a span
    already `read` as a title ("Le colonel Arnaud Peyrac, directeur départemental des
    services d'incendie": two offices)."""
    text = sentence.text
    taken = [(t.start, t.end) for t in ctx.titles] + read  # titles already read
    drafts = []
    for person in ctx.mentions:
        if not is_person(person):
            continue
        found = None
        after = (_EN_AFTER if sentence.lang == "en" else _FR_AFTER).match(text[person.end :])
        if after and (job := _unlisted_job(after, sentence.lang)):
            rest = after.groupdict().get("rest")
            end = person.end + (after.end("rest") if rest else after.end("phrase"))
            found = (person.end + after.start("phrase"), end, job)
        if found is not None and _apposed_to_next(text, found[1], ctx.mentions):
            found = None  # the phrase is the next name's, set before it
        if id(person) in titled and (
            found is None or not text[found[1] :].lstrip().startswith(",")
        ):
            continue  # after a titled name, only a closed apposition ("Selon la juge
            # Claire Martin, le pilote avait bu" is the sentence going on)
        if found is None:
            offset = max(0, person.start - 60)
            before = _BEFORE_COMMA.search(text[offset : person.start])
            if before and (job := _unlisted_job(before, sentence.lang)):
                end = offset + before.end("rest" if before.group("rest") else "head")
                found = (offset + before.start("phrase"), end, job)
        if found is None and sentence.lang == "en":
            # "Director of football Anneke Visser", "head of security Tom Hale": a job and
            # what it is of, in lower case, right before the name
            offset = max(0, person.start - 50)
            before = _EN_JOB_OF_BEFORE.search(text[offset : person.start])
            if before and (job := occupation(before.group("head"), sentence.lang)):
                found = (offset + before.start("head"), offset + before.end("phrase"), job)
        if found is None:
            before = _BEFORE.search(text[max(0, person.start - 40) : person.start])
            if before and (job := occupation(before.group("head"), sentence.lang)):
                offset = max(0, person.start - 40)
                start = offset + before.start("head")
                words = before.group("phrase").split()[:-1]
                # modifiers in lower case only ("fire safety engineer", not "said engineer")
                for w in reversed(words):
                    # a sentence's first word has its capital from the sentence
                    opens = not text[: start - len(w) - 1].strip()
                    if (
                        not (w.islower() or (opens and w[1:].islower()))
                        or w.lower() in fr.STOPWORDS
                        or w.lower() in en.STOPWORDS
                        or w.lower() in ("said", "says", "by")
                    ):
                        break
                    start -= len(w) + 1
                found = (start, offset + before.end("head"), job)
        if found is None or not _named_by_a_given_name(person):
            continue
        start, end, job = found
        if any(s < end and start < e for s, e in taken):
            continue
        title_text = text[start:end]
        value = {
            "person": person.text,
            "title": title_text,
            "category": "open",
            "rank": job,
            "portfolio": None,
            "past": bool(PAST_MARKERS.search(fold(title_text))),
            "occupation": True,
        }
        drafts.append(ClaimDraft("role", (start, end), value, title_text, subject=person.text))
    return drafts
