"""Conflicts no typed rule covers: who said a quote, and opposite outcomes.

Quotes: the same words (by their content stems) attributed to two different
people, neither of whom the other source names. Outcomes: aligned sentences
in which the same actor accepts in one source and rejects in the other the
same object ("les dockers ont rejeté la proposition" / "ont accepté la
proposition"); a different actor is no conflict ("Moscou a refusé" /
"Kiev a accepté"); a thing open in one source and closed in the other, running and
suspended, on one day (`_one_state`). Denials: one source says that something is
not so ("no evidence that patient records have been accessed", "a natural gas leak
had been ruled out") in a sentence paired with one of another source that states
every content word of what is denied ("patient records had been accessed",
"triggered by a natural gas leak").
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factdiff.compare.base import (
    Candidate,
    CompareContext,
    cross_source_pairs,
    names_person,
    pluperfect,
    register,
    told_as_future,
)
from factdiff.extract.statements import REPORTING, attributed_quote
from factdiff.lexicon import STOPWORDS
from factdiff.lexicon.given_names import first_person, has_given_name
from factdiff.records import Claim
from factdiff.resolve import same_place
from factdiff.text import fold, stem, words


def _content(text: str) -> set[str]:
    return {stem(w) for w in words(text) if len(w) > 2 and fold(w) not in STOPWORDS}


# A quote found whole in another is the same quote from this many characters (three
# words of a sentence; the formulas people say are shorter).
MIN_CONTAINED_QUOTE_CHARS = 20


def _same_quote(a: str, b: str) -> bool:
    """The same words: most content stems shared, or a short quote found whole in the
    longer one ('"Safety is non-negotiable," X said' and the statement it opens), when it
    is more than a formula ("God bless you", "thank you all")."""
    short, long = sorted((" ".join(words(fold(a))), " ".join(words(fold(b)))), key=len)
    if len(short) >= MIN_CONTAINED_QUOTE_CHARS and f" {short} " in f" {long} ":
        return True
    ca, cb = _content(a), _content(b)
    if len(ca) < 3 or len(cb) < 3:
        return False
    return len(ca & cb) / min(len(ca), len(cb)) >= 0.7


@register("other")
def compare_other(ctx: CompareContext) -> list[Candidate]:
    claims = ctx.of_kind("other")
    quotes = [c for c in claims if attributed_quote(c)]
    outcomes = [c for c in claims if c.value.get("type") == "polarity"]
    out: list[Candidate] = []
    for a, b in cross_source_pairs(quotes):
        if not (
            _same_quote(a.value["quote"], b.value["quote"])
            or (a.id, b.id) in ctx.quote_matches
            or (a.id, b.id) in ctx.alignment.translated_quotes
        ):
            continue
        sa, sb = a.value["speaker"], b.value["speaker"]
        if not all(
            c.value.get("bound") or ctx.index.knows_person(c.value["speaker"]) for c in (a, b)
        ):
            # a quote no verb of saying binds took the nearest name as its speaker: a
            # place or an adjective ("la mer du Nord", "its European programme") is no one
            continue
        ka, kb = ctx.index.person_key(sa), ctx.index.person_key(sb)
        # A source that names the other's speaker may know better who said it, unless a
        # verb of saying binds each quote to its speaker ('," Brennan said').
        bound = a.value.get("bound") and b.value.get("bound")
        if ka == kb or (
            not bound
            and (
                names_person(ctx.articles[b.source].text, sa)
                or names_person(ctx.articles[a.source].text, sb)
            )
        ):
            continue
        out.append(
            Candidate(
                "other",
                "error",
                0.85,
                a,
                b,
                f"the same quote is attributed to {sa} in {a.source} and to {sb} in {b.source}",
                group=f"quote:{a.id}",
                rule="other.quote",
            )
        )
    quoted = {(c.source, c.sentence.index) for c in quotes}
    out.extend(_agents(ctx, skip=quoted))
    out.extend(_denials(ctx))
    verdicts = [c for c in claims if c.value.get("type") == "outcome"]
    out.extend(_outcome_conflicts(ctx, verdicts))
    out.extend(_offence_conflicts(ctx, verdicts))
    out.extend(_decided_things(ctx, [c for c in outcomes if not c.value.get("nominal")]))
    out.extend(_dated_decision_conflicts(ctx, outcomes))
    for a, b in cross_source_pairs(outcomes):
        va, vb = a.value, b.value
        if va["polarity"] == vb["polarity"] or not va.get("actor") or va["actor"] != vb["actor"]:
            continue
        if va.get("object") and vb.get("object") and not set(va["object"]) & set(vb["object"]):
            continue
        if ctx.distinct(a, b) or ctx.sim(a, b) < ctx.thresholds.other:
            continue
        out.append(
            Candidate(
                "other",
                "error",
                min(0.95, 0.5 + ctx.sim(a, b)),
                a,
                b,
                f"{va['actor']}: {a.surface} in {a.source}, {b.surface} in {b.source}",
                group=f"polarity:{va['actor']}",
                rule="other.polarity",
            )
        )
    return out


def _decision_day(ctx: CompareContext, decision: Claim) -> str | None:
    """The day a decision was taken on, as the date claims of its sentence resolve it:
    for a decision named by a noun, the day written with it ("Wednesday's refusal");
    for a verb, the one day its clause gives ("approved on Wednesday evening")."""
    dates = [c for c in ctx.in_sentence(decision) if c.kind == "date" and c.value.get("date")]
    span = decision.value.get("day_span")
    if span:
        found = [
            c for c in dates if c.span[0] <= span[0] < c.span[1] or span[0] <= c.span[0] < span[1]
        ]
    else:
        found = [c for c in dates if c.value.get("anchor") == "weekday" and not told_as_future(c)]
    days = {c.value["date"] for c in found}
    return days.pop() if len(days) == 1 else None


def _dated_decision_conflicts(ctx: CompareContext, outcomes: list[Claim]) -> list[Candidate]:
    """A decision named by a noun and its day ("After Wednesday's refusal", "le rejet du
    projet par l'assemblée de vendredi") against a decision of the other answer told by
    its verb on that day ("councillors on Wednesday approved the plans"): one decision
    told both ways. Not when each names what it decided and they share nothing."""
    named = [c for c in outcomes if c.value.get("nominal")]
    told = [
        c
        for c in outcomes
        if not c.value.get("nominal") and not (told_as_future(c) or pluperfect(c) or ctx.earlier(c))
    ]
    out = []
    for n in named:
        day = _decision_day(ctx, n)
        if day is None:
            continue
        for v in told:
            if v.source == n.source or v.value["polarity"] == n.value["polarity"]:
                continue
            what_n, what_v = n.value.get("object") or [], v.value.get("object") or []
            if what_n and what_v and not set(what_n) & set(what_v):
                continue
            if _decision_day(ctx, v) != day or ctx.distinct(n, v):
                continue
            out.append(_told_both_ways(v, n, f"decided:{day}"))
    return out


def _told_both_ways(a: Claim, b: Claim, group: str) -> Candidate:
    """The warning for one decision told as taken and as turned down."""
    return Candidate(
        "other",
        "warning",
        0.6,
        a,
        b,
        f"one decision told both ways: {a.surface} in {a.source}, {b.surface} in {b.source}",
        group=group,
        rule="other.polarity",
    )


def _decided_things(ctx: CompareContext, outcomes: list[Claim]) -> list[Candidate]:
    """One thing told as passed in one source and turned down in another, one of them in
    the passive with no agent ("the resolution on bonuses was rejected" / "la résolution
    sur les primes a été approuvée", "les actionnaires ont rejeté l'offre"): what a
    passive decided is its subject, an active decision's its object, matched by a common
    noun, its concept or its cognate. Not a decision to come or an earlier one, and not
    when the other source also tells that answer of that thing."""

    def thing(c: Claim) -> list[str]:
        return c.value.get("patient") or [] if c.value.get("passive") else c.value["object"]

    def agentless(c: Claim) -> bool:
        return bool(c.value.get("passive")) and not c.value.get("actor")

    decisions = [
        c
        for c in outcomes
        if (agentless(c) or not c.value.get("passive"))
        and thing(c)
        and not (told_as_future(c) or pluperfect(c) or ctx.earlier(c))
    ]

    def told(source: str, polarity: str, what: list[str]) -> bool:
        return any(
            o.source == source and o.value["polarity"] == polarity and _same_thing(thing(o), what)
            for o in decisions
        )

    out = []
    for a, b in cross_source_pairs(decisions):
        va, vb = a.value, b.value
        if not (agentless(a) or agentless(b)):
            continue  # two active decisions: their actors tell (compare_other)
        if va["polarity"] == vb["polarity"] or not _same_thing(thing(a), thing(b)):
            continue
        if ctx.distinct(a, b):
            continue
        if told(b.source, va["polarity"], thing(a)) or told(a.source, vb["polarity"], thing(b)):
            continue
        out.append(_told_both_ways(a, b, f"decided:{thing(a)[0]}"))
    return out


def _other_charges(va: dict, vb: dict) -> bool:
    """Two verdicts that each name what they are on, on different charges ("guilty of
    fraud" / "cleared of money laundering"); a verdict on every charge meets any."""
    ca, cb = va.get("charge") or [], vb.get("charge") or []
    if not ca or not cb or _on_every_charge(va) or _on_every_charge(vb):
        return False
    return not set(ca) & set(cb)


def _on_every_charge(value: dict) -> bool:
    """Whether a verdict is on every charge ("acquitted of all charges")."""
    return "*all*" in (value.get("charge") or [])


# How a finding's summary tells each outcome.
_SAID = {
    "acquitted": "acquitted",
    "convicted": "convicted",
    "agreed": "agreement",
    "no_agreement": "no agreement",
    "appeal": "appeal",
    "no_appeal": "no appeal",
    "arrested": "arrested",
    "not_arrested": "not arrested",
    "detained": "held in custody",
    "released": "released",
    "pleaded_guilty": "pleaded guilty",
    "tried": "convicted at trial",
    "positive": "positive",
    "negative": "negative",
    "voted_for": "voted for",
    "voted_against": "voted against",
    "abstained": "abstained",
    "open": "open",
    "closed": "closed",
    "resumed": "resumed",
    "suspended": "suspended",
    "conceded": "conceded",
    "not_conceded": "not conceded",
    "finished": "finished",
    "abandoned": "abandoned",
    "signed": "signed",
    "not_signed": "not signed",
    "raised_guidance": "raised",
    "cut_guidance": "cut",
    "kept_guidance": "kept",
}


def _outcome_conflicts(ctx: CompareContext, outcomes: list[Claim]) -> list[Candidate]:
    """A trial or a negotiation that ended one way in one source and the other way in
    the other ("a acquitté" / "la peine de douze ans infligée"; "signed a pay agreement"
    / "broke up without a deal"), unless the other source also states the first answer
    somewhere (a partial verdict, two deals), the sentences are of different cases
    (other people), or one tells of an earlier case (background)."""
    out: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    for a, b in cross_source_pairs(outcomes):
        va, vb = a.value, b.value
        if va["event"] != vb["event"] or va["outcome"] == vb["outcome"]:
            continue
        voters = set(va.get("voter", [])) & set(vb.get("voter", []))
        if va["event"] == "vote" and not voters:
            continue  # the majority voted for, the opposition against
        signers = _shared_signers(va.get("signers", []), vb.get("signers", []))
        if va["event"] == "signature" and not signers:
            continue  # one party signed, another would not
        if _other_charges(va, vb):
            continue  # a partial verdict: guilty of one charge, cleared of another
        if "thing" in va and not _one_state(ctx, a, b):
            continue
        if va["event"] in _DONE_ONCE and _done_since(ctx, a, b):
            continue
        if va["event"] in _REVIEWED and not _one_custody(ctx, a, b):
            continue
        if (people := _one_case(ctx, a, b)) is None:
            continue
        who_a, who_b = people
        # The other answer stated elsewhere for the same person (or for someone unnamed;
        # for anyone when neither outcome names its person): a partial verdict, two deals.
        anyone = not (who_a or who_b)
        # (for a state, of the thing the other source's state is about)
        # A verdict on every charge is not met by the other answer on one charge: "cleared
        # of all charges" against "guilty of one count, cleared of a second".
        restated = [
            o
            for o in outcomes
            if (o.source, o.value["outcome"])
            in ((b.source, va["outcome"]), (a.source, vb["outcome"]))
            and not _on_every_charge(vb if o.source == a.source else va)
            and (
                "thing" not in va
                or _same_thing(o.value["thing"], (a if o.source == b.source else b).value["thing"])
            )
            and ("signers" not in va or bool(_shared_signers(o.value["signers"], signers)))
        ]
        if any(anyone or _restates_for(ctx, o, (who_a, who_b), outcomes) for o in restated):
            continue
        # One finding per outcome and source pair (per voter for votes, per signer for
        # signatures).
        party = " ".join(sorted(voters | set(signers)))
        if (a.source, b.source, va["event"] + party) in seen:
            continue
        seen.add((a.source, b.source, va["event"] + party))
        told_a, told_b = _SAID[va["outcome"]], _SAID[vb["outcome"]]
        out.append(
            Candidate(
                "other",
                "warning",
                0.7,
                a,
                b,
                f"{va['event']}: {told_a} ({a.surface}) in {a.source}, "
                f"{told_b} ({b.surface}) in {b.source}",
                group=f"outcome:{va['event']}",
                rule="other.outcome",
            )
        )
    return out


def _restates_for(
    ctx: CompareContext, other: Claim, who: tuple[str | None, str | None], outcomes: list[Claim]
) -> bool:
    """Whether an outcome of the other answer is told of the person the two compared
    outcomes are of (`who`): named as them, or unnamed ("he was convicted"). When both
    compared outcomes name that person, an unnamed one counts only in a source that gives
    that event's outcome to no other named person: with two defendants named, it may be
    the other one's ("A finance boss ... was convicted" beside "Ellery will be
    sentenced")."""
    person = _outcome_person(ctx, other)
    people = {*who, None}
    if person is not None or None in who:
        return person in people
    return not any(
        (named := _outcome_person(ctx, o)) is not None and named not in people
        for o in outcomes
        if o.source == other.source and o.value["event"] == other.value["event"]
    )


# Two spellings of one word across French and English ("aéroport" / "airport",
# "opérations" / "operations"): stems this long and this alike (rapidfuzz's ratio).
_COGNATE_MIN_LETTERS = 5
_COGNATE_RATIO = 85.0


def _same_thing(xs: list[str], ys: list[str]) -> bool:
    """Whether two states' things share a stem, or a cognate of one."""
    return any(
        x == y
        or (min(len(x), len(y)) >= _COGNATE_MIN_LETTERS and fuzz.ratio(x, y) >= _COGNATE_RATIO)
        for x in xs
        for y in ys
    )


def _shared_signers(xs: list[str], ys: list[str]) -> list[str]:
    """The signers two signature outcomes both name, as the first writes them (one party
    across languages: "Royaume-Uni" / "United Kingdom")."""
    return [x for x in xs if any(same_place(x, y) for y in ys)]


def _names_a_day(ctx: CompareContext, claim: Claim) -> bool:
    return any(c.kind == "date" and c.value.get("date") for c in ctx.in_sentence(claim))


def _one_state(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Whether two states (open or closed, running or stopped) are of one thing at one
    time: they share a word of what they are about, neither holds only until a moment
    ("fermée jusqu'à nouvel ordre"), and their days do not differ. A change still to come
    ("rouvriront jeudi"), a state inside one article (closed in the morning, reopened at
    7 pm) and states told on two publication days are compared only on a day both
    sentences name (the same, as `distinct` tells days apart): a state is most often
    followed by its change."""
    va, vb = a.value, b.value
    if va["bounded"] or vb["bounded"] or not _same_thing(va["thing"], vb["thing"]):
        return False
    if ctx.distinct(a, b):
        return False
    coming = any(c.value["onset"] and told_as_future(c) for c in (a, b))
    if coming or ctx.scope == "within" or ctx.published(a.source) != ctx.published(b.source):
        # a state may change between two days' articles (closed, then reopened)
        return _names_a_day(ctx, a) and _names_a_day(ctx, b)
    return True


# Outcomes that, once they happen, stay done (an arrest, a concession of defeat): their
# answer that says so, and the one that says not yet.
_DONE_ONCE = {"arrest": "arrested", "concession": "conceded", "signature": "signed"}


def _done_since(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Whether what is never undone (an arrest, a concession) is told in an article
    published later than the one that says it has not happened: it happened since."""
    done = _DONE_ONCE[a.value["event"]]
    did, not_yet = (a, b) if a.value["outcome"] == done else (b, a)
    pd, pn = ctx.published(did.source), ctx.published(not_yet.source)
    return pd is not None and pn is not None and pd > pn


# Outcomes a court reviews (custody until trial: a remand is lifted, bail revoked): two
# days' articles may both be right, and an earlier spell ("had been released on bail")
# is another decision.
_REVIEWED = frozenset({"custody"})


def _one_custody(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Whether two custody outcomes can be one decision: told on one publication day,
    neither as an earlier one (pluperfect)."""
    return ctx.published(a.source) == ctx.published(b.source) and not (
        pluperfect(a) or pluperfect(b)
    )


def _offence_conflicts(ctx: CompareContext, outcomes: list[Claim]) -> list[Candidate]:
    """One defendant convicted of two grades of homicide ("coupable de l'assassinat" /
    "coupable de meurtre", "murder" / "manslaughter"), in sentences of one case, unless
    the other source also names the first grade for that person (two counts). Not inside
    one article: two grades there are two counts ("the murder of X and the manslaughter
    of Y")."""
    if ctx.scope == "within":
        return []
    graded = [c for c in outcomes if c.value.get("offence")]
    out: list[Candidate] = []
    for a, b in cross_source_pairs(graded):
        if a.value["offence"] == b.value["offence"]:
            continue
        if (people := _one_case(ctx, a, b)) is None:
            continue
        who_a, who_b = people
        if any(
            o.source == other.source
            and o.value["offence"] == x.value["offence"]
            and _outcome_person(ctx, o) in (who_a, who_b, None)
            for x, other in ((a, b), (b, a))
            for o in graded
        ):
            continue
        told_a, told_b = (c.value["offence"].replace("_", " ") for c in (a, b))
        out.append(
            Candidate(
                "other",
                "warning",
                0.7,
                a,
                b,
                f"verdict: convicted of {told_a} ({a.surface}) in {a.source}, of {told_b} "
                f"({b.surface}) in {b.source}",
                group="outcome:offence",
                rule="other.offence",
            )
        )
    return out


def _one_case(ctx: CompareContext, a: Claim, b: Claim) -> tuple[str | None, str | None] | None:
    """Whose outcomes two claims state (`_outcome_person`), when they can be one case's
    and one person's: neither tells an earlier case, their sentences are of one case,
    and they do not name two different people; else None."""
    if ctx.earlier(a) != ctx.earlier(b) or not _same_case(ctx, a, b):
        return None
    who_a, who_b = _outcome_person(ctx, a), _outcome_person(ctx, b)
    if who_a and who_b and who_a != who_b:
        return None  # two defendants' verdicts
    return who_a, who_b


def _outcome_person(ctx: CompareContext, claim: Claim) -> str | None:
    """Whose outcome a claim states: the person its cue names (its object: "released Tate
    on bail"), else the person named last before its cue in its sentence, in full or by
    the surname alone ("Martine Huchet, poursuivie pour complicité, a été relaxée",
    "Huchet a été relaxée"), by key; None when its sentence names no one before it, or a
    verb of saying comes between (the speaker)."""
    if claim.value.get("event") in ("vote", "signature"):
        return None  # who voted or signed is the voter's or the signers' own value
    cue = claim.text[claim.span[0] : claim.span[1]]
    # the cue's object, named in full or by the surname of someone its source names:
    # "released Tate on bail"
    if inside := [
        n
        for n in ctx.source_people(claim.source)
        for w in _written_forms(n)
        if _last_written(cue, w) >= 0
    ]:
        return ctx.index.person_key(inside[0])
    before = claim.text[: claim.span[0]]
    named = [
        (at, name, written)
        for name in ctx.people.get((claim.source, claim.sentence.index), [])
        for written in _written_forms(name)
        if (at := _last_written(before, written)) >= 0
    ]
    if not named:
        return _pronoun_person(ctx, claim, before)
    at, name, written = max(named)
    if REPORTING.search(fold(before[at + len(written) :])):
        return None  # the person named is who reports the outcome, not whose it is
    return ctx.index.person_key(name)


def _written_forms(name: str) -> set[str]:
    """How a text may write a person's name: in full, or by the surname alone."""
    return {name, name.split()[-1]}


def _last_written(text: str, name: str) -> int:
    """Where a text last writes a name as whole words (in full, or its surname alone:
    "Ellery will be sentenced" after "Martin Ellery"), -1 when it does not."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return found[-1] if found else -1


# A subject pronoun opening a sentence, after a live blog's time stamp ("14h15 — "): it
# names whom the sentence before was about.
_SUBJECT_PRONOUN = re.compile(r"^[\W\d]*(?:h\d*\W*)?(?:il|elle|he|she)\b")


# A definite description by a capitalised noun, a demonym in French and English ("Le
# Norvégien", "le Belge", "The Norwegian"), opening the sentence or right before the cue
# (with an adverb between: "The Norwegian bravely finished").
_DESCRIBED_SUBJECT = re.compile(r"^\W*(?:[Ll]es?|[Ll]a|[Tt]he)\s+[A-ZÀ-Þ][^\W\d_]+(?:\s|,)")
_DESCRIBED_BEFORE_CUE = re.compile(
    r"(?<!\w)(?:[Ll]es?|[Ll]a|[Tt]he)\s+[A-ZÀ-Þ][^\W\d_]+\s+(?:[a-z]+ly\s+)?$"
)


def _pronoun_person(ctx: CompareContext, claim: Claim, before: str) -> str | None:
    """Whose outcome a sentence states by a subject pronoun ("Il est condamné à quatre
    ans", "She was acquitted") or a description by a capitalised noun ("Le Norvégien ...
    a abandonné", "The Norwegian bravely finished"): the first person the sentence before
    names, its most likely subject (the leftmost-antecedent preference of pronoun
    resolution)."""
    if not (
        _SUBJECT_PRONOUN.match(fold(before))
        or _DESCRIBED_SUBJECT.match(before)
        or _DESCRIBED_BEFORE_CUE.search(before)
    ):
        return None
    previous = ctx.people.get((claim.source, claim.sentence.index - 1), [])
    # the extraction stage's antecedent too (factdiff.pipeline)
    return ctx.index.person_key(first_person(previous)) if previous else None


def _same_case(ctx: CompareContext, a: Claim, b: Claim) -> bool:
    """Nothing says two outcome sentences are of different cases: they share a person,
    or one names no one, or one sentence names a person of the other ("l'avocat de
    Thomas Guégan")."""
    if ctx.share_participants(a, b):
        return True
    pa = ctx.people.get((a.source, a.sentence.index), [])
    pb = ctx.people.get((b.source, b.sentence.index), [])
    return any(names_person(b.text, p) for p in pa) or any(names_person(a.text, p) for p in pb)


def _agents(ctx: CompareContext, skip: set[tuple[str, int]]) -> list[Candidate]:
    """One action told in near the same words, done by a different named person in each
    source ("l'essai décisif a été inscrit par l'ailier Théo Marchand" / "Lucas Ferreira
    a inscrit l'essai décisif"), each person unknown to the other source."""
    out: list[Candidate] = []
    keys = sorted(k for k, names in ctx.people.items() if names and k in ctx.alignment.infos)
    texts = {s: a.text for s, a in ctx.articles.items()}
    for i, ka in enumerate(keys):
        for kb in keys[i + 1 :]:
            if ka[0] == kb[0] or ctx.alignment.distinct(ka, kb) or (ka in skip and kb in skip):
                continue  # quotes have their own rule
            if ctx.alignment.similarity(ka, kb) < ctx.thresholds.agent:
                continue
            own_a = [p for p in ctx.people[ka] if not names_person(texts[kb[0]], p)]
            own_b = [p for p in ctx.people[kb] if not names_person(texts[ka[0]], p)]
            shared = [p for p in ctx.people[ka] if names_person(texts[kb[0]], p)]
            if len(own_a) != 1 or len(own_b) != 1 or shared:
                continue
            if not (has_given_name(own_a[0]) and has_given_name(own_b[0])):
                continue  # a company's name read as a person's ("Énergie Distribution")
            left = _person_claim(ctx, ka, own_a[0])
            right = _person_claim(ctx, kb, own_b[0])
            if left is None or right is None:
                continue
            out.append(
                Candidate(
                    "other",
                    "warning",
                    min(0.9, 0.4 + ctx.alignment.similarity(ka, kb)),
                    left,
                    right,
                    f"the same account names {own_a[0]} in {ka[0]} and {own_b[0]} in {kb[0]}",
                    group="agent",
                    rule="other.agent",
                )
            )
    return out


def _person_claim(ctx: CompareContext, key: tuple[str, int], name: str) -> Claim | None:
    """A claim standing for a person named in a sentence (for the report's evidence)."""
    for c in ctx.claims:
        if (c.source, c.sentence.index) != key:
            continue
        if (
            name in c.text[c.span[0] : c.span[1]]
            or c.value.get("person") == name
            or c.value.get("speaker") == name
            or c.value.get("who") == name
        ):
            return c
    return None


# Negation triggers after NegEx (Chapman et al., 2001; its French adaptation by Deléger
# and Grouin, 2012): a pre-negation trigger denies what follows it in its clause
# ("did not visit the injured", "aucun passager n'a été blessé"); "ruled out" and
# "écarté" deny what they govern, after them in the active ("ont écarté la piste d'une
# fuite de gaz"), before them in the passive ("a gas leak had been ruled out").
_DENIES_AFTER = {
    "en": re.compile(
        r"\bno\s+(?:evidence|sign|indication)\s+(?:that|of)\b"
        r"|\b(?:not|never|no|none|nobody|nothing|neither|nor|without)\b|n['’]t\b"
        r"|\b(?:yet|failed|fails|fail)\s+to\b"
    ),
    "fr": re.compile(
        r"\baucune?\s+(?:preuve|indication|signe)\s+(?:que|de|d['’])"
        r"|\b(?:pas|jamais|aucun|aucune|rien|sans|nullement)\b"
    ),
}
_DENIES_BEFORE = {
    "en": re.compile(r"\bruled\s+out\b"),
    "fr": re.compile(r"\becartee?s?\b"),
}
# The auxiliary of a passive right before a trigger: "had been ruled out", "a été écartée".
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|ete|etre|est|sont|etait|etaient)$")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:but|mais|until|jusqu)\b")
# Words a denial's scope reaches: the rest of a clause, at most this many.
DENIAL_SCOPE_WORDS = 10
# Content words a denial must name for another sentence to state it in full: two match
# by chance on real clusters ("a promise not to reveal his identity" / "revealing his
# identity", "no humanitarian crisis" / "to avoid a humanitarian crisis").
MIN_DENIED_WORDS = 3
# What is quoted is someone's words, told as theirs, not what the source states.
_QUOTED = re.compile(r"[«“\"][^«»“”\"]*[»”\"]")
# P(same fact) of two sentences (factdiff.pairing) from which one denying what the other
# states in full is a conflict (the NLI gate's: two sentences that may tell one fact).
DENIAL_SAME_FACT = 0.2


def _content_words(text: str) -> list[str]:
    """The content words of a folded text (elisions cut: "l'usine" is "usine")."""
    out = []
    for w in words(text):
        w = w.split("'")[-1].split("’")[-1]
        if len(w) > 2 and not w.isdigit() and w not in STOPWORDS:
            out.append(w)
    return out


def _stems(text: str, names: set[str]) -> list[str]:
    """The content stems of a folded text, without the names its sentence writes."""
    return [stem(w) for w in _content_words(text) if w not in names]


def _unquoted(text: str) -> str:
    """A sentence folded, what it quotes left out (`_QUOTED`)."""
    return fold(_QUOTED.sub(" ", text))


def _denied(text: str, lang: str, names: set[str]) -> list[frozenset[str]]:
    """What a sentence denies: the content stems in each negation trigger's scope."""
    if lang not in _DENIES_AFTER:
        return []
    out = []
    for clause in _CLAUSE_BREAK.split(_unquoted(text)):
        for m in _DENIES_AFTER[lang].finditer(clause):
            after = words(clause[m.end() :])[:DENIAL_SCOPE_WORDS]
            out.append(frozenset(_stems(" ".join(after), names)))
        for m in _DENIES_BEFORE[lang].finditer(clause):
            # active, the denied thing follows ("investigators ruled out a gas leak");
            # passive, it comes first ("a gas leak was ruled out")
            before = words(clause[: m.start()])[-DENIAL_SCOPE_WORDS // 2 :]
            if _PASSIVE.search(" ".join(before[-3:])):
                out.append(frozenset(_stems(" ".join(before), names)))
            else:
                after = words(clause[m.end() :])[:DENIAL_SCOPE_WORDS]
                out.append(frozenset(_stems(" ".join(after), names)))
    return [scope for scope in out if scope]


def _names(text: str) -> set[str]:
    """The capitalized words of a sentence after its first (names, folded)."""
    return {fold(w) for w in re.findall(r"(?<=\w[\s’'])[A-Z][\w'’-]*", text)}


def _denials(ctx: CompareContext) -> list[Candidate]:
    """A sentence denying in full what a sentence of another source in its language
    states (`_denied`), the two paired as telling one fact (`DENIAL_SAME_FACT`): two
    answers to whether it is so. The stating sentence must not deny it too."""
    if ctx.scope != "across":
        return []
    sentences = {key: info.sentence for key, info in ctx.alignment.infos.items()}
    names = {key: _names(s.text) for key, s in sentences.items()}
    # each sentence read once: its content words and what it denies
    content = {key: _content_words(_unquoted(s.text)) for key, s in sentences.items()}
    denied = {key: _denied(s.text, s.lang, names[key]) for key, s in sentences.items()}
    out: list[Candidate] = []
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for key, s in sentences.items():
        for scope in denied[key]:
            if len(scope) < MIN_DENIED_WORDS:
                continue
            for other, o in sentences.items():
                if o.source == s.source or (key, other) in seen:
                    continue
                if o.lang != s.lang:
                    continue  # across languages no word of what is denied can be matched
                either_names = names[key] | names[other]
                stated = {stem(w) for w in content[other] if w not in either_names}
                if not scope <= stated:
                    continue
                if any(scope & d for d in denied[other]):
                    continue
                if ctx.alignment.distinct(key, other):
                    continue
                same = ctx.alignment.same_fact(key, other)
                if same < DENIAL_SAME_FACT:
                    continue
                seen.add((key, other))
                left, right = sorted((key, other))
                out.append(
                    Candidate(
                        "other",
                        "warning",
                        min(0.9, 0.5 + same / 2),
                        ctx.whole_sentence(left),
                        ctx.whole_sentence(right),
                        f"{s.source} denies what {o.source} states",
                        group=f"denial:{left[0]}:{left[1]}:{right[0]}:{right[1]}",
                        rule="other.denial",
                    )
                )
    return out
