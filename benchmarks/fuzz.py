"""Time-bounded fuzzing of ingest, segmentation, extraction, the pipeline and every renderer.

    python benchmarks/fuzz.py                   # 180 s shared by all targets
    python benchmarks/fuzz.py --seconds 600 --seed 7
    python benchmarks/fuzz.py --target extract --target render --seconds 60

Hypothesis drives the inputs (atheris is not a dependency of the project; the
test extra already pins hypothesis). Each target runs in chunks of examples
until its share of the time budget is spent; a crash is shrunk by hypothesis to
a minimal reproducer, printed, and then treated as known so the search goes on
for other crashes. A "crash" is any exception other than the one a stage
documents for bad input (`InputError` from the readers), or a broken invariant:

- ``clean``: `clean_text` on arbitrary Unicode (lone surrogates included) returns
  text without invisible or control characters or lone surrogates;
- ``readers``: every format reader on arbitrary bytes returns drafts/skips or
  raises `InputError`, and what it returns encodes as UTF-8;
- ``segment``: sentence offsets lie in the article and slice to the sentence text;
- ``extract``: every extractor on arbitrary sentences returns JSON-serialisable
  values and spans with 0 <= start <= end <= len(sentence);
- ``render``: the whole pipeline (no NLI) on small generated articles in every
  input format, then every report format: JSON and SARIF parse, JUnit XML
  parses, HTML has no script, iframe, image, link or event handler from the
  article text, Markdown has no live link, image or raw HTML; all outputs encode
  as UTF-8; the report does not depend on the order of the input paths.
- ``command``: ``factdiff check`` end to end, in this process through
  `factdiff.cli.main` with the shipped NLI model on (loaded once), on generated
  article sets: sentences longer than 600 characters, text without punctuation,
  French and English mixed, up to 12 articles (story grouping), factdiff's own
  reports of every format fed back as inputs, config files that lower
  max-sentences and nli-max-pairs; every --format, with and without --output.
  Checks: no internal error (the guard's exception is re-raised here, so it is
  shrunk and reported like any crash), no traceback, exit status 0, 1 or 2, and
  each time a report (that parses, in its format) or one-line reasons on stderr,
  every stderr line a ``factdiff: `` line. Slow by nature (seconds per run), so
  its slow threshold is 300 s, and a run costs the model load once.

    python benchmarks/fuzz.py --target command --seconds 300

Prints executions, crashes (with minimal reproducers) and the time per target;
exit status 1 when any crash was found.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import shutil
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import factdiff
import factdiff.records
from factdiff.errors import InputError
from factdiff.extract import extract_sentence
from factdiff.ingest import READERS, clean_text
from factdiff.records import Article, Sentence
from factdiff.report import FORMATS, render
from factdiff.report import html as html_report
from factdiff.segment import MAX_SENTENCE_CHARS, segment

# --------------------------------------------------------------------------- inputs

# Pieces of news prose, markup and hostile characters the generators combine.
WORDS = (
    "Le ministre de la Défense",
    "Emmanuel Macron",
    "le président",
    "Premier ministre",
    "Steve Witkoff",
    "Marco Rubio",
    "s'est rendu",
    "a rencontré",
    "mercredi",
    "jeudi",
    "lundi 14 avril",
    "le 17 avril 2025",
    "15 mars",
    "à Paris",
    "à Kyiv",
    "à Kiev",
    "Londres",
    "au moins 35 morts",
    "une cinquantaine de blessés",
    "2 000 manifestants",
    "1,5 million",
    "près de 2 milliards d'euros",
    "12h30",
    "35",
    "six friends",
    "cinq amis",
    "killed",
    "at least 12 people",
    "on Wednesday",
    "on Thursday",
    "April 16",
    "said",
    "the Defence Secretary",
    "met",
    "in London",
    "M.",
    "Mme",
    "Dr.",
    "U.S.",
    "a.m.",
    "MM.",
    "J.-M.",
    "«",
    "»",
    "“",
    "”",
    '"',
    "'",
    "’",
    "(",
    ")",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "-",
    "—",
    "1er",
    "n°3",
    "%",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "Lire aussi",
    "Read more:",
    "Photo AFP",
    "(AP Photo/X Y)",
    "<script>alert(1)</script>",
    "<iframe src=//evil></iframe>",
    "<img src=x onerror=alert(1)>",
    "[clic](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "http://evil.example/p",
    "www.evil.example",
    "<b>gras</b>",
    "**gras**",
    "# titre",
    "> cité",
    "- puce",
    "1. un",
    "| a | b |",
    "&amp;",
    "&#0;",
    "]]>",
    "<![CDATA[",
    "-->",
    "<!--",
    "\\",
    "`code`",
    "$(id)",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u00ad",
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "\u0301",
    "e\u0301",
    "\u05d0\u05d1",
    "\u0627\u0644",
    "\u2028",
    "\u2029",
    "\x85",
    "[bold]rich[/bold]",
    "{0}",
    "%s",
)
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=())
ANY_CHAR = st.one_of(st.characters(exclude_categories=()), SURROGATES)
ANY_TEXT = st.text(alphabet=ANY_CHAR, max_size=300)
NEWS_TEXT = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=ANY_CHAR, max_size=6)), max_size=60
).map(" ".join)
# Long runs of one piece: quadratic loops and regex backtracking show up as slow runs.
LONG_TEXT = st.lists(
    st.tuples(st.sampled_from(WORDS), st.integers(1, 3000)).map(lambda t: (t[0] + " ") * t[1]),
    min_size=1,
    max_size=3,
).map("".join)
TEXT = st.one_of(NEWS_TEXT, ANY_TEXT, LONG_TEXT)
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
LANGS = st.sampled_from(["fr", "en", "de", "", "xx-YY"])

EXTENSIONS = tuple(sorted(READERS))


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# Article files: arbitrary bytes, or structured documents with fuzzed content.
def _front_matter(title: str, published: Any, body: str) -> str:
    return f"---\ntitle: {json.dumps(title)}\npublished: {published}\n---\n{body}"


STRUCTURED = st.one_of(
    st.binary(max_size=400),
    TEXT.map(_encoded),
    st.builds(_front_matter, TEXT, st.one_of(TEXT, DATES.map(str)), TEXT).map(_encoded),
    st.builds(lambda t, x: json.dumps({"text": t, "title": x}), TEXT, TEXT).map(_encoded),
    st.lists(st.one_of(TEXT.map(lambda t: json.dumps({"text": t})), TEXT), max_size=5)
    .map("\n".join)
    .map(_encoded),
    st.builds(
        lambda t, b: (
            f"<html><head><title>{t}</title></head><body><article><p>{b}</p>"
            f"<script>alert('x')</script></article></body></html>"
        ),
        TEXT,
        TEXT,
    ).map(_encoded),
)


@dataclass(frozen=True)
class FuzzArticle:
    ext: str
    text: str
    title: str
    published: date | None
    lang: str


ARTICLES = st.lists(
    st.builds(FuzzArticle, st.sampled_from(EXTENSIONS), NEWS_TEXT, TEXT, DATES, LANGS),
    min_size=1,
    max_size=3,
)


# Articles about one event with some facts changed, so that findings (and their
# evidence sentences, hostile pieces included) reach every renderer.
HOSTILE = (
    "", "", "<script>alert(1)</script>", "[clic](javascript:alert(1))", "\ud800", "\u202e",
    "![i](http://evil.example/x.png)", "http://evil.example/p", "www.evil.example", "**", "`",
    "<img src=x onerror=alert(1)>", "]]>", "&lt;b&gt;", "\x1b[31m", "[bold]x[/bold]", "| a |",
)  # fmt: skip
TEMPLATES = (
    "Le ministre {name} va se rendre à {place} {day} {h} pour des discussions sur l'Ukraine.",
    "{place} accueille {day} une série de discussions {h} sur l'Ukraine avec {name}, {title}.",
    "Au moins {n} personnes ont été tuées {h} lors de l'attaque de {day} près de {place}.",
    "{name}, {title}, a rencontré {other} à {place} le {d} avril 2025 {h}.",
    "{n} people were killed in {place} on {day_en}, {name} said {h}.",
)
FIELDS = {
    "name": st.sampled_from(["Emmanuel Macron", "Marco Rubio", "Steve Witkoff", "Keir Starmer"]),
    "other": st.sampled_from(["Emmanuel Macron", "Marco Rubio", "Steve Witkoff", "Keir Starmer"]),
    "title": st.sampled_from(["président", "Premier ministre", "ministre de la Défense"]),
    "place": st.sampled_from(["Paris", "Kyiv", "Londres", "Lyon"]),
    "day": st.sampled_from(["lundi", "mardi", "mercredi", "jeudi"]),
    "day_en": st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday"]),
    "n": st.integers(2, 500).map(str),
    "d": st.integers(10, 20).map(str),
}


@st.composite
def stories(draw: st.DrawFn) -> list[FuzzArticle]:
    event = {key: draw(strategy) for key, strategy in FIELDS.items()}
    out = []
    for _ in range(draw(st.integers(2, 3))):
        facts = {
            k: draw(FIELDS[k]) if draw(st.integers(0, 3)) == 0 else v for k, v in event.items()
        }
        chosen = draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=4, unique=True))
        text = " ".join(t.format(h=draw(st.sampled_from(HOSTILE)), **facts) for t in chosen)
        published = draw(st.one_of(st.none(), st.dates(date(2025, 4, 10), date(2025, 4, 20))))
        ext = draw(st.sampled_from(EXTENSIONS))
        out.append(FuzzArticle(ext, text, draw(st.sampled_from(HOSTILE)), published, "fr"))
    return out


def write_article(folder: Path, n: int, art: FuzzArticle) -> Path:
    """One generated article in its format (surrogates written as invalid UTF-8)."""
    path = folder / f"a{n}{art.ext}"
    pub = art.published.isoformat() if art.published else "yesterday"
    if art.ext in (".json", ".jsonl"):
        rec = {"text": art.text, "title": art.title, "published": pub, "lang": art.lang}
        path.write_text(json.dumps(rec), encoding="utf-8")
    elif art.ext in (".html", ".htm"):
        paras = "".join(f"<p>{p}</p>" for p in art.text.split("\n"))
        page = (
            f'<html lang="{art.lang}"><head><title>{art.title}</title>'
            f'<meta property="article:published_time" content="{pub}"></head>'
            f"<body><article>{paras}</article></body></html>"
        )
        path.write_bytes(_encoded(page))
    else:
        head = f"---\ntitle: {json.dumps(art.title)}\npublished: {pub}\nlang: {art.lang}\n---\n"
        path.write_bytes(_encoded(head + art.text))
    return path


# --------------------------------------------------------------------------- checks


# One execution taking longer than this is reported as a crash ("slow").
SLOW_SECONDS = 5.0


class FuzzFailure(AssertionError):
    """An invariant broken (as opposed to an exception raised by the code)."""


def require(condition: bool, message: str) -> None:
    if not condition:
        raise FuzzFailure(message)


_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\r\x00]")


def encodes(text: str, what: str) -> None:
    require(not _SURROGATE.search(text), f"{what}: lone surrogate in output")
    text.encode("utf-8")


def check_clean(text: str) -> None:
    out = clean_text(text)
    require(isinstance(out, str), "clean_text returned a non-string")
    require(not _INVISIBLE.search(out), f"invisible/control character left: {out!r}")
    encodes(out, "clean_text")


def check_reader(case: tuple[str, bytes]) -> None:
    ext, data = case
    try:
        results = READERS[ext](data, f"fuzz{ext}")
    except InputError as exc:
        require("\n" not in exc.reason, f"multi-line reason {exc.reason!r}")
        return
    for r in results:
        for value in vars(r).values():
            if isinstance(value, str):
                encodes(value, "reader output")
        if hasattr(r, "meta"):
            for value in vars(r.meta).values():
                if isinstance(value, str):
                    encodes(value, "reader metadata")


def check_segment(case: tuple[str, str | None]) -> None:
    text, lang = case
    article = Article(id="a.md", path="a.md", text=text, lang=lang or None)
    for s in segment(article):
        require(0 <= s.start <= s.end <= len(text), f"sentence offsets {s.start, s.end}")
        require(text[s.start : s.end] == s.text, "sentence text is not its slice")


def check_extract(case: tuple[str, str, date | None]) -> None:
    text, lang, published = case
    sentence = Sentence(source="a.md", index=0, text=text, start=0, end=len(text), lang=lang)
    drafts, people = extract_sentence(sentence, published)
    for d in drafts:
        start, end = d.span
        require(0 <= start <= end <= len(text), f"{d.kind} span {d.span} outside {len(text)}")
        json.dumps(d.value)
    require(all(isinstance(p, str) for p in people), "people are not strings")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.bad_attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            live = name.startswith("on") or "javascript:" in (value or "").lower()
            if live or (tag == "a" and name == "href" and not (value or "").startswith("#")):
                self.bad_attrs.append((name, value))


# Tags that article text must never turn into (the renderer writes none of them,
# apart from its one constant inline script, removed before the check; its own
# filter controls are forms and inputs, so those are not listed).
DANGEROUS_TAGS = {
    "script",
    "iframe",
    "frame",
    "frameset",
    "img",
    "object",
    "embed",
    "applet",
    "link",
    "base",
    "svg",
    "math",
    "video",
    "audio",
    "source",
}
# Head-level tags the renderer writes a fixed number of times, whatever the report.
FIXED_TAGS = ("meta", "style", "title")


def _tag_counts(page: str) -> dict[str, int]:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return {t: parser.tags.count(t) for t in FIXED_TAGS}


# What GFM would turn into a link by itself (an autolink) if left unescaped.
_URL = re.compile(r"(?i)\b(?:https?|ftp)://|(?<![\\\w])www\.")


_BASE: dict[str, int] = {}


def _base_counts() -> dict[str, int]:
    """Head tag counts of the HTML report of an empty run."""
    if not _BASE:
        empty = factdiff.Report("0", "none", [], [], [], [], [], factdiff.records.Stats())
        _BASE.update(_tag_counts(render(empty, "html")))
    return _BASE


def _md_tokens(tokens: list[Any]) -> list[Any]:
    out = []
    for tok in tokens:
        out.append(tok)
        out += _md_tokens(tok.children or [])
    return out


def check_outputs(report: factdiff.Report) -> None:
    for fmt in FORMATS:
        text = render(report, fmt, width=80)
        encodes(text, fmt)
        if fmt in ("json", "sarif"):
            json.loads(text)
        elif fmt == "junit":
            ET.fromstring(text.encode("utf-8"))
        elif fmt == "html":
            own = getattr(html_report, "_JS", None)
            page = text.replace(f"<script>{own}</script>", "") if own else text
            require("<script" not in page.lower(), "a <script> in the HTML report")
            parser = _Tags()
            parser.feed(page)
            parser.close()
            bad = sorted(set(parser.tags) & DANGEROUS_TAGS)
            require(not bad, f"HTML tags from article text: {bad}")
            counts = {t: parser.tags.count(t) for t in FIXED_TAGS}
            require(counts == _base_counts(), f"head tags from article text: {counts}")
            require(not parser.bad_attrs, f"live HTML attributes: {parser.bad_attrs}")
        elif fmt == "markdown":
            for tok in _md_tokens(MARKDOWN.parse(text)):
                require(
                    tok.type not in ("link_open", "image", "html_inline", "html_block"),
                    f"live Markdown {tok.type}: {tok.content[:80]!r}",
                )
            require(not _URL.search(text), f"autolinkable URL: {_URL.search(text)}")


try:
    from markdown_it import MarkdownIt

    MARKDOWN = MarkdownIt("commonmark").enable("table")
except ImportError:  # pragma: no cover - markdown-it-py is in the test extra
    sys.exit("fuzz.py needs markdown-it-py (pip install -e '.[test]')")


def _without_timings(report: factdiff.Report) -> dict[str, Any]:
    data = report.to_dict()
    data["stats"].pop("seconds", None)
    return data


def check_pipeline(articles: list[FuzzArticle]) -> None:
    with tempfile.TemporaryDirectory(prefix="factdiff-fuzz-") as tmp:
        paths = [str(write_article(Path(tmp), n, a)) for n, a in enumerate(articles)]
        report = factdiff.check(paths, nli=False)
        for c in report.claims:
            require(0 <= c.span[0] <= c.span[1] <= len(c.text), f"claim span {c.span}")
        for f in report.findings:
            for ev in f.evidence:
                require(0 <= ev.span[0] <= ev.span[1] <= len(ev.text), f"evidence {ev.span}")
        check_outputs(report)
        if len(paths) > 1:
            again = factdiff.check(list(reversed(paths)), nli=False)
            require(_without_timings(again) == _without_timings(report), "order changes report")


# --------------------------------------------------------------------------- command

# Clauses of news prose in each language, joined into sentences of any length.
CLAUSES_FR = (
    "le ministre {name} va se rendre à {place} {day} pour des discussions sur l'Ukraine",
    "{name}, {title}, a rencontré {other} à {place} le {d} avril 2025",
    "au moins {n} personnes ont été tuées lors de l'attaque de {day} près de {place}",
    "selon une source diplomatique qui a requis l'anonymat",
    "les délégations doivent examiner les propositions de cessez-le-feu",
    "une cinquantaine de blessés ont été transportés à l'hôpital",
    "la réunion s'est terminée tard dans la soirée",
    "« nous ne céderons rien », a déclaré {name}",
)
CLAUSES_EN = (
    "{n} people were killed in {place} on {day_en}, {name} said",
    "{name} met {other} in {place} on April {d}",
    "the talks in {place} are due to resume on {day_en}",
    "according to officials who spoke on condition of anonymity",
    "the Defence Secretary said the ceasefire proposals would be examined",
    '"we will not give in," {name} told reporters',
)
STYLES = ("templates", "long", "nopunct", "mixed", "hostile")
REPORT_FILES = {
    "json": "r.json",
    "markdown": "r.md",
    "html": "r.html",
    "sarif": "r.sarif.json",
    "junit": "r.junit.xml",
    "rich": "r.txt",
}


@st.composite
def command_article(draw: st.DrawFn, event: dict[str, str]) -> FuzzArticle:
    """One article about `event` (some facts changed) in one of STYLES."""
    facts = {k: draw(FIELDS[k]) if draw(st.integers(0, 3)) == 0 else v for k, v in event.items()}
    style = draw(st.sampled_from(STYLES))
    lang = "fr"
    if style == "templates":
        chosen = draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=5, unique=True))
        text = " ".join(t.format(h="", **facts) for t in chosen)
    elif style == "long":  # one sentence of 600 to ~2,500 characters, commas only
        n = draw(st.integers(6, 25))
        clauses = [draw(st.sampled_from(CLAUSES_FR)).format(**facts) for _ in range(n)]
        text = ", ".join(clauses) + "."
        text = text[0].upper() + text[1:]
    elif style == "nopunct":  # an HTML extraction without a full stop or a comma
        n = draw(st.integers(5, 40))
        pool = CLAUSES_FR + CLAUSES_EN
        text = " ".join(draw(st.sampled_from(pool)).format(**facts) for _ in range(n))
        text = re.sub(r"[.,;:!?«»\"]", "", text)
    elif style == "mixed":
        n = draw(st.integers(2, 8))
        parts = []
        for _ in range(n):
            pool = draw(st.sampled_from((CLAUSES_FR, CLAUSES_EN)))
            parts.append(draw(st.sampled_from(pool)).format(**facts).capitalize() + ".")
        text = " ".join(parts)
        lang = draw(st.sampled_from(["fr", "en", ""]))
    else:
        chosen = draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=3, unique=True))
        text = " ".join(t.format(h=draw(st.sampled_from(HOSTILE)), **facts) for t in chosen)
        text += " " + draw(NEWS_TEXT)
    published = draw(st.one_of(st.none(), st.dates(date(2025, 4, 10), date(2025, 4, 20))))
    return FuzzArticle(draw(st.sampled_from(EXTENSIONS)), text, "", published, lang)


@dataclass
class CommandCase:
    """One `factdiff check` run: the articles, which reports to feed back, the flags."""

    articles: list[FuzzArticle]
    feed: list[str]  # formats of factdiff's own reports put among the inputs
    fmt: str
    output: bool
    config: str  # factdiff.toml text ("" for none)
    paths: str  # "folder" or "files"
    cache: bool  # the session's NLI cache, or --no-cache
    width: int | None

    def __repr__(self) -> str:
        arts = ", ".join(
            f"FuzzArticle({a.ext!r}, {a.text!r}, published={a.published}, lang={a.lang!r})"
            for a in self.articles
        )
        return (
            f"CommandCase(articles=[{arts}], feed={self.feed}, fmt={self.fmt!r}, "
            f"output={self.output}, config={self.config!r}, paths={self.paths!r}, "
            f"cache={self.cache}, width={self.width})"
        )


@st.composite
def command_cases(draw: st.DrawFn) -> CommandCase:
    event = {key: draw(strategy) for key, strategy in FIELDS.items()}
    many = draw(st.integers(0, 3)) == 0  # a day of wire copy: more than 8, stories grouped
    count = draw(st.integers(9, 12) if many else st.integers(1, 4))
    articles = [draw(command_article(event)) for _ in range(count)]
    config = draw(
        st.sampled_from(["", "max-sentences = 1\n", "max-sentences = 3\n", "nli-max-pairs = 0\n"])
        | st.integers(1, 5).map(lambda n: f"nli-max-pairs = {n}\nmax-sentences = {n}\n")
    )
    feed = draw(st.lists(st.sampled_from(sorted(REPORT_FILES)), max_size=6, unique=True))
    return CommandCase(
        articles=articles,
        feed=feed,
        fmt=draw(st.sampled_from(FORMATS)),
        output=draw(st.booleans()),
        config=config,
        paths="folder" if feed else draw(st.sampled_from(["folder", "files"])),
        cache=draw(st.integers(0, 3)) > 0,
        width=draw(st.sampled_from([None, 1, 12, 80, 250])),
    )


class _InternalError(Exception):
    """What the CLI's last guard caught (re-raised by the fuzzer from its cause)."""


_GUARD: list[BaseException] = []
_SESSION: dict[str, Path] = {}


def _guarded_cli() -> Any:
    """factdiff.cli with its internal-error line recording the exception it reports."""
    from factdiff import cli

    if not getattr(cli.internal_error_line, "_fuzz", False):
        original = cli.internal_error_line

        def record(exc: BaseException) -> str:
            _GUARD.append(exc)
            return original(exc)

        record._fuzz = True  # type: ignore[attr-defined]
        cli.internal_error_line = record  # type: ignore[assignment]
    return cli


def run_command(argv: list[str]) -> tuple[int, str, str]:
    """`factdiff ARGV` in this process: exit status, stdout, stderr. An internal error
    is raised again (with its own traceback) so that it counts as a crash."""
    cli = _guarded_cli()
    out, err = io.StringIO(), io.StringIO()
    _GUARD.clear()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: our generated flags should never do this
            code = exc.code if isinstance(exc.code, int) else 2
    if _GUARD:
        raise _GUARD[0]
    return code, out.getvalue(), err.getvalue()


def check_report_text(text: str, fmt: str) -> None:
    require(bool(text.strip()), f"{fmt}: empty report")
    encodes(text, fmt)
    if fmt in ("json", "sarif"):
        json.loads(text)
    elif fmt == "junit":
        ET.fromstring(text.encode("utf-8"))
    elif fmt == "html":
        require(text.lstrip().lower().startswith("<!doctype html"), "html: not a page")
    elif fmt == "markdown":
        require(text.startswith("# factdiff report"), "markdown: no title")


def check_run(argv: list[str], fmt: str, output: Path | None) -> int:
    """One run of the command and its invariants; the exit status."""
    if output is not None:
        output.unlink(missing_ok=True)
    code, out, err = run_command(argv)
    require(code in (0, 1, 2), f"exit status {code}")
    require("Traceback" not in err, f"traceback on stderr: {err[-300:]!r}")
    stray = [line for line in err.splitlines() if not line.startswith("factdiff: ")]
    require(not stray, f"stderr line not from factdiff: {stray[:2]!r}")
    if output is not None:
        require(out == "", "report on stdout although --output was given")
        text = output.read_text(encoding="utf-8") if output.exists() else None
    else:
        text = out or None
    if text is None:  # no report: then exit 2 and the reason on stderr
        require(code == 2, f"exit {code} without a report")
        require(bool(err.strip()), "exit 2 without a report nor a reason")
    else:
        check_report_text(text, fmt)
    return code


def check_command(case: CommandCase) -> None:
    if "cache" not in _SESSION:
        _SESSION["cache"] = Path(tempfile.mkdtemp(prefix="factdiff-fuzz-cache-"))
    with tempfile.TemporaryDirectory(prefix="factdiff-fuzz-cmd-") as tmp:
        root = Path(tmp)
        folder = root / "wire"
        folder.mkdir()
        files = [str(write_article(folder, n, a)) for n, a in enumerate(case.articles)]
        common = ["--cache", str(_SESSION["cache"])] if case.cache else ["--no-cache"]
        if case.config:
            (root / "factdiff.toml").write_text(case.config, encoding="utf-8")
            common += ["--config", str(root / "factdiff.toml")]
        else:  # never pick up a factdiff.toml or pyproject.toml from the working directory
            (root / "empty.toml").write_text("", encoding="utf-8")
            common += ["--config", str(root / "empty.toml")]
        for fmt in case.feed:  # factdiff's own reports, then given back as inputs
            report = root / REPORT_FILES[fmt]
            check_run(["check", *files, *common, "--format", fmt, "-o", str(report)], fmt, report)
            if report.exists():
                shutil.copy(report, folder / report.name)
        paths = [str(folder)] if case.paths == "folder" else files
        argv = ["check", *paths, *common, "--format", case.fmt]
        if case.width is not None:
            argv += ["--width", str(case.width)]
        output = root / "out" / f"report.{case.fmt}" if case.output else None
        if output is not None:
            output.parent.mkdir()
            argv += ["--output", str(output)]
        check_run(argv, case.fmt, output)


# --------------------------------------------------------------------------- driver


@dataclass
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]
    chunk: int  # examples per hypothesis run
    weight: float  # share of the time budget
    slow: float = SLOW_SECONDS  # one execution longer than this is a crash


TARGETS: dict[str, Target] = {
    t.name: t
    for t in (
        Target("clean", TEXT, check_clean, 300, 1.0),
        Target(
            "readers", st.tuples(st.sampled_from(EXTENSIONS), STRUCTURED), check_reader, 200, 2.0
        ),
        Target(
            "segment", st.tuples(TEXT, st.sampled_from(["fr", "en", None])), check_segment, 300, 0.7
        ),
        # Sentences as segment makes them: at most MAX_SENTENCE_CHARS long.
        Target(
            "extract",
            st.tuples(
                TEXT.map(lambda t: t[:MAX_SENTENCE_CHARS]), st.sampled_from(["fr", "en"]), DATES
            ),
            check_extract,
            300,
            2.0,
        ),
        Target("render", st.one_of(ARTICLES, stories()), check_pipeline, 50, 3.0),
        Target("command", command_cases(), check_command, 3, 3.0, slow=300.0),
    )
}


@dataclass
class Crash:
    target: str
    signature: str
    error: str
    reproducer: str
    where: str


@dataclass
class Result:
    executions: int = 0
    seconds: float = 0.0
    crashes: list[Crash] = field(default_factory=list)


def _signature(exc: BaseException) -> tuple[str, str]:
    """(type and innermost factdiff/fuzz frame) identifying a crash, and the traceback tail."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "factdiff" in f.filename or f.filename.endswith("fuzz.py")]
    frame = (ours or frames or [None])[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}" if frame else "?"
    if isinstance(exc, FuzzFailure):
        where = f"invariant: {str(exc).split(':')[0]}"
    tail = "".join(traceback.format_exception(exc)[-6:])
    return f"{type(exc).__name__} at {where}", tail


def _property(
    target: Target, result: Result, known: set[str], last: dict[str, Any], stop: float
) -> Callable[[Any], None]:
    """The function hypothesis calls: counts, checks, records the failing input."""

    def prop(value: Any) -> None:
        if time.monotonic() > stop + 30:  # shrinking ran long: wind down
            return
        result.executions += 1
        t = time.perf_counter()
        try:
            target.check(value)
            took = time.perf_counter() - t
            require(took < target.slow, f"slow: one execution took {took:.1f} s")
        except Exception as exc:  # noqa: BLE001 - every exception is a finding
            sig, _ = _signature(exc)
            if sig in known:  # already reported: keep searching for others
                return
            last["value"], last["exc"] = value, exc
            raise

    return prop


def fuzz(target: Target, budget: float, base_seed: int) -> Result:
    result = Result()
    known: set[str] = set()
    stop = time.monotonic() + budget
    start = time.perf_counter()
    chunk = 0
    while time.monotonic() < stop:
        last: dict[str, Any] = {}
        prop = _property(target, result, known, last, stop)
        runner = settings(
            max_examples=target.chunk,
            deadline=None,
            database=None,
            phases=(Phase.generate, Phase.shrink),
            suppress_health_check=list(HealthCheck),
            report_multiple_bugs=False,
            print_blob=False,
        )(seed(base_seed * 1000 + chunk)(given(target.strategy)(prop)))
        chunk += 1
        try:
            runner()
        except Exception:  # noqa: BLE001 - hypothesis re-raises the shrunk failure
            if "exc" not in last:  # not a crash of the code under test: a bug here
                raise
            failing = last["exc"]
            sig, tail = _signature(failing)
            known.add(sig)
            result.crashes.append(
                Crash(
                    target.name,
                    sig,
                    f"{type(failing).__name__}: {failing}"[:300],
                    repr(last.get("value"))[:1500],
                    tail,
                )
            )
    result.seconds = time.perf_counter() - start
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=180.0, help="total time budget")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--target", action="append", choices=sorted(TARGETS))
    args = parser.parse_args(argv)
    chosen = [TARGETS[n] for n in (args.target or TARGETS)]
    total_weight = sum(t.weight for t in chosen)
    results: dict[str, Result] = {}
    t0 = time.perf_counter()
    for target in chosen:
        budget = args.seconds * target.weight / total_weight
        try:
            results[target.name] = res = fuzz(target, budget, args.seed)
        finally:
            if "cache" in _SESSION:  # the command target's NLI cache
                shutil.rmtree(_SESSION.pop("cache"), ignore_errors=True)
        print(
            f"{target.name:8} {res.executions:8d} executions  {len(res.crashes)} crash(es)  "
            f"{res.seconds:6.1f} s",
            flush=True,
        )
    crashes = [c for r in results.values() for c in r.crashes]
    print(
        f"{'total':8} {sum(r.executions for r in results.values()):8d} executions  "
        f"{len(crashes)} crash(es)  {time.perf_counter() - t0:6.1f} s"
    )
    for c in crashes:
        print(f"\n--- {c.target}: {c.signature}\n{c.error}")
        print(f"minimal input: {c.reproducer}\n{c.where}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
