#!/usr/bin/env python3
"""Validate the dev23 benchmark clusters (format per FORMAT.md)."""
import datetime, json, os, re, sys
import yaml

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/main/benchmarks/dev23"
DISC_KINDS = {"date", "number", "role", "attendees", "location", "other"}
CONS_KINDS = DISC_KINDS | {"alias", "distinct-events"}
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
FR_RE = re.compile(r"\b(%s)\s+(1er|\d{1,2})\s+(%s)(?:\s+(\d{4}))?" % ("|".join(FR_DAYS), "|".join(FR_MONTHS)), re.I)
EN_RE1 = re.compile(r"\b(%s),?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(%s)(?:,?\s+(\d{4}))?" % ("|".join(EN_DAYS), "|".join(EN_MONTHS)), re.I)
EN_RE2 = re.compile(r"\b(%s),?\s+(%s)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?" % ("|".join(EN_DAYS), "|".join(EN_MONTHS)), re.I)
FR_WORDS = set("le la les des du une est pour dans avec sur qui que pas été".split())
EN_WORDS = set("the of and to in is was for on with that by at from has".split())

errors, warnings = [], []
def err(m): errors.append(m)

def parse(path):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---\n"):
        err(f"{path}: no front matter"); return None, ""
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f"{path}: unterminated front matter"); return None, ""
    try:
        fm = yaml.safe_load(text[4:end])
    except yaml.YAMLError as e:
        err(f"{path}: YAML error {e}"); return None, ""
    return fm, text[end + 5:]

def weekday_pairs(body):
    out = []
    for m in FR_RE.finditer(body):
        day = FR_DAYS.index(m.group(1).lower()); d = 1 if m.group(2).lower() == "1er" else int(m.group(2))
        mon = FR_MONTHS.index(m.group(3).lower()) + 1; y = int(m.group(4) or 2026)
        out.append((m, day, y, mon, d))
    for rx, di, mi in ((EN_RE1, 2, 3), (EN_RE2, 3, 2)):
        for m in rx.finditer(body):
            day = EN_DAYS.index(m.group(1).lower()); d = int(m.group(di))
            mon = EN_MONTHS.index(m.group(mi).lower()) + 1; y = int(m.group(4) or 2026)
            out.append((m, day, y, mon, d))
    return out

clusters = sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d)))
if len(clusters) != 8: err(f"expected 8 clusters, found {len(clusters)}")
nums = sorted(int(re.match(r"c(\d+)-", c).group(1)) for c in clusters if re.match(r"c\d+-[a-z0-9-]+$", c))
if nums != list(range(1, 9)): err(f"cluster names not c1..c8-<slug>: {clusters}")
split = {"fr": 0, "en": 0, "mixed": 0}
table = []
for c in clusters:
    cdir = os.path.join(ROOT, c)
    arts = sorted(f for f in os.listdir(cdir) if f.endswith(".md"))
    if not 4 <= len(arts) <= 5: err(f"{c}: {len(arts)} articles")
    bodies, langs, dates = {}, set(), set()
    for a in arts:
        p = os.path.join(cdir, a)
        fm, body = parse(p)
        if fm is None: continue
        if not isinstance(fm, dict): err(f"{p}: front matter not a mapping"); continue
        extra = set(fm) - {"title", "outlet", "published", "lang"}
        if extra: err(f"{p}: unexpected keys {extra}")
        for k in ("title", "outlet"):
            if not isinstance(fm.get(k), str) or not fm.get(k).strip(): err(f"{p}: bad {k}: {fm.get(k)!r}")
        pub = fm.get("published")
        if not isinstance(pub, datetime.date) or pub.year != 2026: err(f"{p}: bad published {pub!r}")
        else: dates.add(pub)
        lang = fm.get("lang")
        if lang not in ("fr", "en"): err(f"{p}: bad lang {lang!r}")
        langs.add(lang)
        words = body.split()
        if not 300 <= len(words) <= 420: err(f"{p}: body has {len(words)} words")
        lw = [w.lower().strip(".,;:!?«»\"'()") for w in words]
        fr = sum(w in FR_WORDS for w in lw); en = sum(w in EN_WORDS for w in lw)
        if (lang == "fr" and fr <= en) or (lang == "en" and en <= fr): err(f"{p}: lang {lang} but fr={fr} en={en}")
        bodies[a] = body
    if len(dates) < 3: err(f"{c}: only {len(dates)} publication dates")
    kind = "mixed" if len(langs) > 1 else next(iter(langs))
    split[kind] = split.get(kind, 0) + 1
    gp = os.path.join(cdir, "gold.json")
    try:
        gold = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"{gp}: {e}"); continue
    if set(gold) != {"cluster", "discrepancies", "consistent"}: err(f"{gp}: keys {set(gold)}")
    if gold.get("cluster") != c: err(f"{gp}: cluster name {gold.get('cluster')!r} != {c}")
    date_spans = {a: [] for a in arts}
    seen = set()
    for sect, kinds in (("discrepancies", DISC_KINDS), ("consistent", CONS_KINDS)):
        for i, item in enumerate(gold.get(sect, [])):
            tag = f"{c}/{sect}[{i}]"
            if set(item) != {"kind", "sources", "snippets", "note"}: err(f"{tag}: keys {set(item)}")
            if item.get("kind") not in kinds: err(f"{tag}: bad kind {item.get('kind')!r}")
            src, sn = item.get("sources", []), item.get("snippets", [])
            if len(src) != 2 or len(sn) != 2 or src[0] == src[1]: err(f"{tag}: need two distinct sources/snippets"); continue
            if not isinstance(item.get("note"), str) or not item["note"]: err(f"{tag}: empty note")
            key = (tuple(src), tuple(s.lower() for s in sn))
            if key in seen: err(f"{tag}: duplicate pair")
            seen.add(key); seen.add((tuple(reversed(src)), tuple(reversed(key[1]))))
            for s, t in zip(src, sn):
                if s not in bodies: err(f"{tag}: unknown source {s}"); continue
                if not isinstance(t, str) or not t.strip() or len(t) > 90: err(f"{tag}: bad snippet {t!r}"); continue
                n = bodies[s].lower().count(t.lower())
                if n != 1: err(f"{tag}: snippet {t!r} occurs {n}x in {s}")
                elif sect == "discrepancies" and item["kind"] == "date":
                    st = bodies[s].lower().find(t.lower()); date_spans[s].append((st, st + len(t)))
    # a consistent pair must not sit in the very sentences of a discrepancy with the
    # same two sources, else a correct finding on the discrepancy would also cover it
    def sent_of(body, snip):
        i = body.lower().find(snip.lower())
        if i < 0: return None
        starts = [0] + [m.end() for m in re.finditer(r"[.!?»\"]\s+|\n+", body)]
        st = max(x for x in starts if x <= i)
        return st
    for dsc in gold.get("discrepancies", []):
        for cns in gold.get("consistent", []):
            if set(dsc["sources"]) != set(cns["sources"]): continue
            same = 0
            for s_, t_ in zip(cns["sources"], cns["snippets"]):
                u_ = dsc["snippets"][dsc["sources"].index(s_)]
                if s_ in bodies and sent_of(bodies[s_], t_) == sent_of(bodies[s_], u_): same += 1
            if same == 2: err(f"{c}: consistent {cns['snippets']} shares sentences with discrepancy {dsc['snippets']}")
    nd, nc = len(gold.get("discrepancies", [])), len(gold.get("consistent", []))
    if nd != 7: err(f"{c}: {nd} discrepancies")
    if nc < 9: err(f"{c}: {nc} consistent pairs")
    dk = {d["kind"] for d in gold.get("discrepancies", [])}
    if len(dk) < 5: err(f"{c}: discrepancy kinds not spread: {dk}")
    ck = [d["kind"] for d in gold.get("consistent", [])]
    if "alias" not in ck or "distinct-events" not in ck: warnings.append(f"{c}: consistent lacks alias or distinct-events")
    for a, body in bodies.items():
        for m, day, y, mon, d in weekday_pairs(body):
            try: real = datetime.date(y, mon, d).weekday()
            except ValueError: err(f"{c}/{a}: impossible date {m.group(0)!r}"); continue
            if real != day:
                if any(s < m.end() and m.start() < e for s, e in date_spans[a]):
                    continue
                err(f"{c}/{a}: {m.group(0)!r} is a {EN_DAYS[real]} in {y}, not labelled")
    table.append((c, kind, len(arts), len(dates), nd, nc, sorted(dk)))

for row in table: print(*row)
if split != {"fr": 3, "en": 2, "mixed": 3}: err(f"language split {split}, want fr 3 / en 2 / mixed 3")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
