"""Roles: what sources call the same person.

One person (resolved across spellings) given titles that one person cannot
hold at once — "Premier ministre" and "président", "Finance Minister" and
"Health Minister", "présidente du tribunal" and "procureure". Synonyms are
one canonical title ("chef de l'État" = "président", "émissaire" =
"envoyé"). Past titles ("ancien", "former", "sortant") are not compared.

One title of one organisation each ("porte-parole de Getlink" / "Eurostar
spokeswoman"): the same office for two employers.

One office given to two people ("Erik Feig, Summit's President of Production" /
"President of Production Gillian Bohrer"): a title with its portfolio, or a firm's
chair, chief executive, finance or operating chief, is held by one person at a time.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factdiff.compare.base import (
    Candidate,
    CompareContext,
    cross_source_pairs,
    names_person,
    register,
)
from factdiff.lexicon import en, fr
from factdiff.lexicon.occupations import occupation
from factdiff.lexicon.titles import (
    ARMY_RANKS,
    COMPOUND_RANK_PREFIX,
    NATIONALITIES,
    PRESIDING_RANKS,
    Title,
    comparable,
    nationality,
    titles_conflict,
)
from factdiff.lexicon.translations import known, translate
from factdiff.records import Claim
from factdiff.resolve import is_country
from factdiff.text import fold, stem, translit_key

_ORG = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}"
# "porte-parole de Getlink", "spokeswoman for Eurostar", "chief executive of Acme".
# A name of several parts joined by articles and prepositions is one organisation's
# ("Fédération des Domaines de la Côte", "Bank of England"): the leftmost start that
# runs to the title's end.
_ORG_PARTS = (
    rf"{_ORG}(?:\s+(?:(?:de|du|des|of|and|et)\s+)?"
    rf"(?:la\s+|l['’]|le\s+|les\s+|the\s+|d['’])?{_ORG})*"
)
_ORG_AFTER = re.compile(
    rf"\b(?:de|du|des|d['’]|of|for|at)\s+(?:la\s+|l['’]|le\s+|the\s+)?({_ORG_PARTS})\s*$"
)
# "Eurostar spokeswoman": an organisation's name right before an English title.
_ORG_BEFORE = re.compile(rf"(?:^|[\s(])({_ORG})\s+$")


def _title(c: Claim) -> Title:
    v = c.value
    return Title(v["category"], v["rank"], v.get("portfolio"), v.get("past", False))


def _consistent_elsewhere(own: list[Claim], other: Title) -> bool:
    """Whether a source also gives, somewhere, a title compatible with `other`."""
    return any(comparable(_title(o), other) and not titles_conflict(_title(o), other) for o in own)


def employer(c: Claim) -> str | None:
    """The organisation a title is held in, as the claim's sentence writes it next to the
    title; not a country or a nationality ("French spokeswoman")."""
    found = _ORG_AFTER.search(c.surface)
    if not found and c.sentence.lang == "en":
        found = _ORG_BEFORE.search(c.text[max(0, c.span[0] - 40) : c.span[0]])
    if not found:
        return None
    org = found.group(1)
    if is_country(org) or nationality(org) or c.value.get("person", "").startswith(org):
        return None
    # a president's body is what the office is of (two bodies may have one president);
    # another officer's named body is their employer ("secrétaire générale de l'Union")
    body_is_employer = (
        c.value.get("category") == "organisation" and c.value["rank"] not in PRESIDING_RANKS
    )
    # "President of Production", "Chief of Police": the office's own words
    own_words = fold(org) in c.value["rank"].split("_")
    if own_words or (fold(org) == c.value.get("portfolio") and not body_is_employer):
        return None
    return org


def _other_employers(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """One office (same rank) held for two organisations that are not one name (nor a
    person the story names: "l'avocate de Stefan Brandauer" is a client's)."""
    if _title(a).rank != _title(b).rank or _title(a).past or _title(b).past:
        return False
    ea, eb = employer(a), employer(b)
    if not ea or not eb or any(_a_person(ctx, org) for org in (ea, eb)):
        return False
    return _different_organisations(ea, eb)


def _different_organisations(ea: str, eb: str) -> bool:
    """Two employers' names that are not one name written two ways ("Summit" / "Summit
    Entertainment's")."""
    ka, kb = translit_key(re.sub(r"['’]s$", "", ea)), translit_key(re.sub(r"['’]s$", "", eb))
    return not (ka in kb or kb in ka or fuzz.ratio(ka, kb) >= 80)


def _a_person(ctx: CompareContext, name: str) -> bool:
    """A possessive ("Brandauer's"), or a first name and a surname of someone the story
    names."""
    if re.search(r"['’]s$", name):
        return True
    return len(name.split()) >= 2 and translit_key(name.split()[-1]) in ctx.index.people


@register("role")
def compare_roles(ctx: CompareContext) -> list[Candidate]:
    out: list[Candidate] = []
    by_person: dict[str, list[Claim]] = {}
    for c in ctx.of_kind("role"):
        key = ctx.index.person_key(c.value["person"])
        if key:
            by_person.setdefault(key, []).append(c)
    for person, claims in sorted(by_person.items()):
        by_source: dict[str, list[Claim]] = {}
        for c in claims:
            by_source.setdefault(c.source, []).append(c)
        for a, b in cross_source_pairs(claims):
            ta, tb = _title(a), _title(b)
            if _other_employers(ctx, a, b):
                name = max((a.value["person"], b.value["person"]), key=len)
                out.append(
                    Candidate(
                        "role",
                        "warning",
                        0.75,
                        a,
                        b,
                        f"{name}: {a.surface} ({employer(a)}) in {a.source}, {b.surface} "
                        f"({employer(b)}) in {b.source}",
                        group=f"role:{person}",
                        rule="role.employer",
                    )
                )
                continue
            if "open" in (ta.category, tb.category):
                if _open_titles_conflict(a, b) or _jobs_conflict(a, b, by_source):
                    out.append(_role_warning(a, b, person))
                continue
            if _two_grades(a, b) and not (
                _grade_told(by_source[a.source], b) or _grade_told(by_source[b.source], a)
            ):
                out.append(_role_warning(a, b, person, rule="role.grade"))
                continue
            if _two_ranks(a, b) and not (
                _grade_told(by_source[a.source], b) or _grade_told(by_source[b.source], a)
            ):
                out.append(_role_warning(a, b, person, rule="role.rank"))
                continue
            if not titles_conflict(ta, tb):
                continue
            if _consistent_elsewhere(by_source[a.source], tb) and _consistent_elsewhere(
                by_source[b.source], ta
            ):
                continue
            name = max((a.value["person"], b.value["person"]), key=len)
            out.append(
                Candidate(
                    "role",
                    "error",
                    0.9,
                    a,
                    b,
                    f"{name}: {a.surface} in {a.source}, {b.surface} in {b.source}",
                    group=f"role:{person}",
                    rule="role.title",
                )
            )
    return out + _two_holders(ctx) + _ended_office_conflicts(ctx, by_person)


def _ended_office_conflicts(
    ctx: CompareContext, by_person: dict[str, list[Claim]]
) -> list[Candidate]:
    """An office a person is said to hold, and said to have left ("head of the department"
    / "who stepped down as head of the department in 2023"): the one office (same rank and
    category, no other portfolio, employer or complement), left as told in an article
    published no later than the one that has them hold it."""
    out = []
    for person, claims in sorted(by_person.items()):
        for a, b in cross_source_pairs(claims):
            ended, held = (a, b) if a.value.get("ended") else (b, a)
            if not ended.value.get("ended") or held.value["past"] or held.value.get("ended"):
                continue
            left_on, held_on = ctx.published(ended.source), ctx.published(held.source)
            if left_on is None or held_on is None:
                continue
            if left_on > held_on or not _same_office(ended, held):
                continue
            out.append(_role_warning(held, ended, person, rule="role.ended"))
    return out


def _same_office(ended: Claim, held: Claim) -> bool:
    """Whether an ended office and a held one are one office: one category and rank, no
    two portfolios, no two employers, and (for a job no list names) the words of what the
    shorter is of found in the other ("head of the department" / "head of the
    university's department of marine science")."""
    te, th = _title(ended), _title(held)
    if (te.category, te.rank) != (th.category, th.rank):
        return False
    if te.portfolio and th.portfolio and te.portfolio != th.portfolio:
        return False
    ee, eh = employer(ended), employer(held)
    if ee and eh and _different_organisations(ee, eh):
        return False
    if te.category != "open":
        return True
    words_ended, words_held = _complement_stems(ended), _complement_stems(held)
    return words_ended <= words_held or words_held <= words_ended


def _complement_stems(c: Claim) -> set[str]:
    """The stems of a title's words after its head noun, but for function words ("head of
    the department" -> {"department"})."""
    words = re.findall(r"[^\W\d_][\w-]*", c.value["title"])[1:]
    stop = en.STOPWORDS if c.sentence.lang == "en" else fr.STOPWORDS
    return {stem(fold(w)) for w in words if fold(w) not in stop and len(w) > 1}


# A title held for a while or by several: "acting", "interim", "co-", "par intérim".
_SHARED_OR_PASSING = re.compile(r"\b(?:acting|interim|co-|joint|interimaire|par\s+interim)")


# A firm's offices that one person holds ("chief financial officer", "PDG"), as the
# title list ranks them; a firm is known by its employer's name.
_FIRM_OFFICES = frozenset(("corporate", rank) for rank in ("chair", "ceo", "cfo", "coo"))


def _one_office(c: Claim) -> bool:
    """Whether a title names one office that one person holds at a time: a current title
    with its portfolio ("President of Production", "ministre de l'Intérieur") or a firm's
    office (`_FIRM_OFFICES`), not a deputy's, nor an acting or shared one."""
    v = c.value
    return (
        (bool(v.get("portfolio")) or (v["category"], v["rank"]) in _FIRM_OFFICES)
        and not v.get("past")
        and not v.get("occupation")
        and not _deputy(c)
        and not _SHARED_OR_PASSING.search(fold(c.value["title"]))
    )


# Every nationality adjective the title list knows (`nationality` maps only eight
# countries' words to their codes: enough to tell a title's country, not to see one).
_NATIONALITY = re.compile(rf"(?<![\w.])(?:{NATIONALITIES})(?!\w)")


def _nation(c: Claim) -> str | None:
    """The country a title is of, as its words or the few before it say ("French Foreign
    Minister", "Israel's foreign minister", "le ministre israélien"): a nationality
    adjective, or a country's name."""
    text = c.text[max(0, c.span[0] - 30) : c.span[1]]
    if found := _NATIONALITY.search(fold(text)):
        return found.group(0)
    for name in re.findall(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", text):
        if is_country(re.sub(r"['’]s$", "", name)):
            return fold(name)
    return None


def _two_holders(ctx: CompareContext) -> list[Candidate]:
    """One office given to two people: the same rank and portfolio, current, of one
    country and one organisation (neither names another). Across sources, each must name
    only its own holder: one naming both tells how they relate ("en remplacement de Paul
    Lestrade", "son homologue"); one article giving one office to two people is its own
    contradiction. Each office is reported once per pair of sources."""
    offices = [
        (c, key)
        for c in ctx.of_kind("role")
        if _one_office(c) and (key := ctx.index.person_key(c.value["person"]))
    ]
    out: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    for (a, ka), (b, kb) in ((x, y) for i, x in enumerate(offices) for y in offices[i + 1 :]):
        if a.source == b.source or ka == kb:
            continue
        ta, tb = _title(a), _title(b)
        if (ta.category, ta.rank, ta.portfolio) != (tb.category, tb.rank, tb.portfolio):
            continue
        ea, eb = employer(a), employer(b)
        if ea and eb and _different_organisations(ea, eb):
            continue
        if not ta.portfolio and not (ea and eb):
            continue  # a firm's office of a firm one source does not name
        if ctx.scope == "across" and (
            names_person(ctx.articles[a.source].text, b.value["person"])
            or names_person(ctx.articles[b.source].text, a.value["person"])
        ):
            continue  # a source naming both tells how they relate (a successor, a counterpart)
        na, nb = _nation(a), _nation(b)
        if (na or nb) and na != nb:
            continue  # two countries' foreign ministers
        if a.source > b.source:
            a, b = b, a
        office = (a.source, b.source, f"{ta.rank}:{ta.portfolio}")
        if office in seen:
            continue
        seen.add(office)
        office_name = a.surface.rstrip(".,;")
        out.append(
            Candidate(
                "role",
                "warning",
                0.7,
                a,
                b,
                f"{office_name}: {a.value['person']} in {a.source}, "
                f"{b.value['person']} in {b.source}",
                group=f"office:{ta.rank}:{ta.portfolio}",
                rule="role.holder",
            )
        )
    return out


def _open_titles_conflict(a: Claim, b: Claim) -> bool:
    """Two titles no list names (factdiff.extract.roles.open_title) conflict when they are
    one office with two complements brought by one preposition ("adjoint à la culture" /
    "adjoint à l'urbanisme"). Two different nouns may both describe one person: not
    compared."""
    va, vb = a.value, b.value
    return (
        va["category"] == vb["category"] == "open"
        and a.sentence.lang == b.sentence.lang
        and not va["past"]
        and not vb["past"]
        and va["rank"] == vb["rank"]
        and bool(va["portfolio"])
        and bool(vb["portfolio"])
        and va["portfolio"].split(":")[0] == vb["portfolio"].split(":")[0]
        and va["portfolio"] != vb["portfolio"]
    )


# Listed titles that describe more than they employ ("team leader", "an expert"): no
# job to set against another.
_DESCRIPTIONS = frozenset({"party", "expert"})


def _job_of(c: Claim) -> str:
    """What a title says the person does: the job list's head noun of its words (the
    first one), else its rank ("Chief Executive" -> "executive", "Le commandant" ->
    "commandant")."""
    lang = c.sentence.lang
    for word in re.findall(r"[^\W\d_][\w-]*", c.value["title"]):
        if job := occupation(word, lang):
            return job
    return c.value["rank"]


# The grammar of a second-in-command: "adjoint", "deputy", "vice-", "assistant", "sous-",
# a prosecutor's "substitut".
_DEPUTY = re.compile(r"\b(?:adjointe?s?|deputy|vice[-\s]|assistant|sous-|under-|substitute?s?\b)")


def _deputy(c: Claim) -> bool:
    return bool(_DEPUTY.search(fold(c.value["title"])))


# The heads of managers' titles, ISCO-08 major group 1 (ILO) and its French CITP-08:
# a post someone holds ("the institute's director", "responsable d'opération"), which a
# trade they practise ("archaeologist", "archéologue") does not exclude.
_MANAGERIAL = frozenset(
    {
        "manager",
        "director",
        "executive",
        "head",
        "chief",
        "directeur",
        "responsable",
        "chef",
        "gerant",
        "cadre",
        # a county's or a town's police head: an officer of any unit may be theirs
        "sheriff",
        "police_chief",
    }
)


# A trade told with where it is practised ("a structural engineer at the council",
# "infirmière au CHU") is a post of its own.
_WORKPLACE = re.compile(r"\s(?:at|of|for|with|au|aux|a|chez|de|du|des)\s|\sd['’]")


def _jobs_conflict(a: Claim, b: Claim, by_source: dict[str, list[Claim]]) -> bool:
    """One person given two jobs, one of them no list names (an occupation: "safety
    engineer" / "chief scientific adviser", "médecin urgentiste" / "commandant"), in one
    language, when neither source gives the other's job anywhere (a person may hold
    two). Across languages two jobs no list names do not meet (their words are each
    language's): not compared; a listed title's job is its rank, one in both languages
    ("La juge Martine Cormier" / "returning officer Martine Cormier")."""
    if not (a.value.get("occupation") or b.value.get("occupation")):
        return False
    if any(c.value["category"] == "open" and not c.value.get("occupation") for c in (a, b)):
        return False  # a description no job list names ("habitante du quartier")
    if a.value["past"] or b.value["past"]:
        return False
    if a.sentence.lang != b.sentence.lang and "open" == a.value["category"] == b.value["category"]:
        if _same_job_across(a, b):
            # one job at two grades, in two languages ("directrice du musée" / "Deputy
            # director"), unless either source gives the person the other grade too
            return _deputy(a) != _deputy(b) and not (
                _grade_given(_jobs_of_person(by_source, a), b)
                or _grade_given(_jobs_of_person(by_source, b), a)
            )
        if not _translated_apart(a, b):
            return False
    if {a.value["category"], b.value["category"]} & _DESCRIPTIONS:
        return False
    ja, jb = _job_of(a), _job_of(b)
    if (ja in _MANAGERIAL) != (jb in _MANAGERIAL):
        trade = b if ja in _MANAGERIAL else a
        if trade.value["category"] == "open" and not _WORKPLACE.search(fold(trade.value["title"])):
            return False  # a post and a trade told bare: one may hold and practise both
    if ja == jb:
        # one job at two grades: a deputy is not the chief ("directeur général du centre
        # hospitalier" / "directeur adjoint chargé des ressources humaines")
        return a.sentence.lang == b.sentence.lang and _deputy(a) != _deputy(b)
    person = a.value["person"]
    jobs_a = {_job_of(c) for c in by_source[a.source] if c.value["person"] == person}
    jobs_b = {_job_of(c) for c in by_source[b.source] if c.value["person"] == b.value["person"]}
    return jb not in jobs_a and ja not in jobs_b


# Two job words this alike are one word in two languages ("archéologue" / "archaeologist").
COGNATE_RATIO = 80


def _same_job_across(a: Claim, b: Claim) -> bool:
    """Two job words of two languages that are one word: alike ("archéologue" /
    "archaeologist", "directeur" / "director") or each other's translation."""
    ja, jb = stem(_job_of(a)), stem(_job_of(b))
    return fuzz.ratio(ja, jb) >= COGNATE_RATIO or translate(
        ja, a.sentence.lang, jb, b.sentence.lang
    )


def _jobs_of_person(by_source: dict[str, list[Claim]], claim: Claim) -> list[Claim]:
    """The other jobs a claim's source gives its person."""
    person = claim.value["person"]
    return [c for c in by_source[claim.source] if c is not claim and c.value["person"] == person]


def _grade_given(jobs: list[Claim], other: Claim) -> bool:
    """Whether one of a source's jobs of a person is the other source's job at its grade."""
    return any(
        o.value["category"] == "open"
        and _same_job_across(o, other)
        and _deputy(o) == _deputy(other)
        for o in jobs
    )


def _translated_apart(a: Claim, b: Claim) -> bool:
    """Two jobs no list names, in two languages, that are two jobs: each job word's
    translation is known (factdiff.lexicon.translations) and is not the other's, nor
    are the two words alike ("directeur sportif" / "team doctor"; not "médecin" /
    "doctor", nor "archéologue" / "archaeologist")."""
    if _same_job_across(a, b):
        return False
    return known(stem(_job_of(a)), a.sentence.lang) and known(stem(_job_of(b)), b.sentence.lang)


def _two_grades(a: Claim, b: Claim) -> bool:
    """One office at two grades, current: the office and its second-in-command ("Deputy
    Mayor" / "Mayor", "vice-captain" / "captain", "chef adjoint" / "chef"). A title list
    ranks both alike, so `titles_conflict` does not see them; one person holds one."""
    ta, tb = _title(a), _title(b)
    return (
        not ta.past
        and not tb.past
        and ta.category != "open"  # two jobs no list names: `_jobs_conflict`
        and (ta.category, ta.rank) == (tb.category, tb.rank)
        and _deputy(a) != _deputy(b)
    )


# A rank told bare before a name, as an armed force or a fire service writes it ("le
# commandant Éric Sabatier", "Le lieutenant-colonel Éric Sabatier", "Colonel Jane
# Ross"): nothing but the rank. An English "commander" is as often a command (of an
# operation, of a police district) as a rank: not read bare.
_BARE_RANK = re.compile(
    rf"^(?:(?:le|la|l['’]|the)\s*)?(?:{COMPOUND_RANK_PREFIX}|(?:sous|second)[-\s]+)?"
    rf"(?:{ARMY_RANKS})$"
)


def _two_ranks(a: Claim, b: Claim) -> bool:
    """Two ranks of one person, each told bare (`_BARE_RANK`) and current, that are not
    one form of address: "commandant" / "lieutenant-colonel" (addressed "colonel"), not
    "colonel" / "lieutenant-colonel". Ranks that take one address are one rank told
    short, as the ranks' own custom writes them."""
    ta, tb = _title(a), _title(b)
    return (
        ta.category == tb.category == "military"
        and not (ta.past or tb.past)
        and ta.rank != tb.rank
        and all(_BARE_RANK.match(fold(c.value["title"]).strip()) for c in (a, b))
    )


def _grade_told(own: list[Claim], other: Claim) -> bool:
    """Whether a source also gives the person the other source's grade of that office."""
    return any(_title(o).rank == _title(other).rank and _deputy(o) == _deputy(other) for o in own)


def _role_warning(a: Claim, b: Claim, person: str, rule: str = "role.open") -> Candidate:
    name = max((a.value["person"], b.value["person"]), key=len)
    return Candidate(
        "role",
        "warning",
        0.7,
        a,
        b,
        f"{name}: {a.surface} in {a.source}, {b.surface} in {b.source}",
        group=f"role:{person}",
        rule=rule,
    )
