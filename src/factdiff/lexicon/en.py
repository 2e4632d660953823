"""English word lists (folded: lowercase, no accents)."""

from __future__ import annotations

STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from as is are was were be been being
        has have had do does did it its this that these those he she they them his her their
        we our you your i me my not no so than then there here which who whom whose what
        when where why how all any each both few more most other some such only own same too
        very can will just should now also after before over under into about against
        between during through up down out off again further once said says would could may
        might must shall while""".split()
)

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Plural nouns without the -s ending (the irregular plurals English grammars list):
# "12 people" is a plural.
PLURALS_WITHOUT_S = frozenset("people children men women feet teeth mice geese oxen".split())

# As written in text, for code that writes dates (MONTHS above also holds abbreviations).
WEEKDAY_NAMES = tuple(day.capitalize() for day in WEEKDAYS)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

FUTURE_CUES = (
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|is\s+expected|are\s+expected|"
    r"is\s+scheduled|are\s+scheduled|plans\s+to|next|upcoming|going\s+to|tomorrow|"
    # the future seen from the past or from a plan ("said it would reopen on Monday",
    # "expected the work to be finished by Sunday", "is set to sign on Friday")
    r"would|expect(?:s|ed)?\s+(?:[\w'’]+\s+){0,3}?to|(?:is|are|was|were)\s+set\s+to|"
    r"slated\s+to|intends?\s+to|aims?\s+to|hopes?\s+to)\b"
)

HEDGES = [
    (r"at\s+least", "min"),
    (r"no\s+fewer\s+than", "min"),
    (r"no\s+less\s+than", "min"),
    # (a bound's negation first: "no more than 40" is at most 40)
    (r"no\s+more\s+than", "max"),
    (r"not\s+more\s+than", "max"),
    (r"more\s+than", "gt"),
    (r"over", "gt"),
    (r"upwards\s+of", "gt"),
    (r"nearly", "near"),
    (r"almost", "near"),
    (r"close\s+to", "near"),
    (r"about", "about"),
    (r"around", "about"),
    (r"roughly", "about"),
    (r"approximately", "about"),
    (r"some", "about"),
    (r"an\s+estimated", "about"),
    (r"fewer\s+than", "lt"),
    (r"less\s+than", "lt"),
    (r"under", "lt"),
    (r"up\s+to", "max"),
    (r"at\s+most", "max"),
    (r"as\s+(?:much|many|high)\s+as", "max"),
]

APPROX_NOUNS = {"dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}

SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "bn": 1e9,
    "m": 1e6,
    "mn": 1e6,
    "k": 1e3,
    # Indian English: "Rs 5 lakh", "Rs 2 crore"
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

PLACE_PREPOSITIONS = (
    r"in|at|near|below|above|outside|inside|off|from|around|beneath|under|close\s+to|to|"
    r"on\s+the\s+outskirts\s+of|in\s+the\s+vicinity\s+of"
)

# Verbs of saying (the reporting verbs of English grammars), folded.
SAY_VERBS = (
    r"said|says|told|added|explained|insisted|declared|stated|recalled|noted|warned|"
    r"admitted|conceded|argued|replied|remarked|continued|acknowledged|stressed|wrote"
)

# "to" after a word of saying brings a person or an outlet, not a place: "according to
# Tom Hale", "spoke to Sky News".
ADDRESSEE_BEFORE = (
    r"\b(?:according|sp[eo]ke|speaking|said|told|talk(?:ed|ing)?|wr(?:o|i)te|writing|"
    r"explained|confirmed)\s+to(?:\s+the)?\s*$"
)

OCCURRENCE_CUES = (
    r"\b(?:happened|occurred|struck|hit|took\s+place|was\s+held|were\s+held|met|gathered|"
    r"signed|crashed|collapsed|addressed|were\s+killed|was\s+killed|died|exploded|"
    r"was\s+sentenced|were\s+found|was\s+found|landed|diverted|divert|derailed|overturned|"
    r"broke\s+out|erupted|was\s+received|were\s+received|hosted|stole|robbed|broke\s+into|"
    r"was\s+arrested|made\s+landfall|swept)\b"
)

# The alert of an emergency, whose time a story gives once: the lexical units of FrameNet's
# Warning frame (alert, raise the alarm) and of its Contacting frame said of an emergency
# service (a call received, the emergency services called, a distress call). "Alarm"
# alone is not one: a fire's alarms are graded ("the fourth alarm").
ALERT_CUES = (
    r"\b(?:alert(?:ed)?|raised\s+the\s+alarm|(?:emergency|distress|999|911|first)\s+call|"
    r"called\s+(?:to|out|999|911|police|the\s+(?:police|emergency|fire)|emergency)|"
    r"calls?\s+(?:came\s+in|was\s+received|were\s+received)|"
    r"received\s+(?:a|the|an)\s+(?:first\s+|emergency\s+|999\s+|911\s+)?call|mayday)\b"
)

# A fire breaking out, which a story's fire does once: the lexical units of FrameNet's
# Catching_fire frame (catch fire, ignite, burst into flames) and a fire's starting
# ("the fire started", "broke out", "flames appeared").
OUTBREAK_CUES = (
    r"\b(?:caught\s+fire|ignited|burst\s+into\s+flames|(?:fire|blaze)\s+(?:started|broke\s+out|"
    r"began)|flames\s+(?:appeared|were\s+first\s+seen|broke\s+out))\b"
)
