"""The report stage: every format from one hand-built Report with hostile article text."""

from __future__ import annotations

import copy
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

try:
    import factdiff  # noqa: F401
except ModuleNotFoundError:  # not installed in the venv: run from the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factdiff.errors import UsageError  # noqa: E402
from factdiff.records import (  # noqa: E402
    Article,
    Claim,
    Event,
    Evidence,
    Finding,
    NLIProbs,
    Report,
    Sentence,
    Skipped,
    Stats,
)
from factdiff.report import FORMATS, render, should_fail  # noqa: E402
from factdiff.report.markdown import md_escape  # noqa: E402
from factdiff.report.sarif import find_in_file, line_col, to_sarif  # noqa: E402

S0 = "Les pourparlers de Paris sur l'Ukraine se sont tenus mercredi 16 avril à l'Élysée."
S1 = "Jeudi, les négociateurs réunis à Paris ont échangé pendant trois heures."
S2 = (
    "Selon <script>alert(1)</script> [link](http://x) **bold** ![img](x) "
    "[bold]rouge[/bold], 1 200 manifestants étaient présents."
)
S3 = "La préfecture a compté 800 manifestants devant l'Assemblée."
S4 = "Rien à signaler ce jour-là."

FILE0 = f"---\ntitle: Négociations à Paris\n---\n\n# Titre\n\nIntro.  {S0}\n{S2}\n"
FILE1 = f"---\ntitle: Paris talks\n---\n\n{S1}\n\n{S3}\n"
FILE2 = f"{S4}\n"


def _ev(source: str, claim: str | None, sentence: str, surface: str, value: str) -> Evidence:
    start = sentence.index(surface)
    return Evidence(source, claim, sentence, (start, start + len(surface)), value)


def _claim(cid: str, source: str, index: int, sentence: str, kind: str, surface: str) -> Claim:
    start = sentence.index(surface)
    sent = Sentence(source, index, sentence, 0, len(sentence), "fr")
    return Claim(cid, source, kind, sent, (start, start + len(surface)), {"v": surface}, surface)


def make_report() -> Report:
    sources = [
        Article(
            "000.md",
            "seeds/000.md",
            FILE0,
            title="Négociations à Paris",
            outlet="Le Monde",
            published=date(2025, 4, 16),
            lang="fr",
        ),
        Article(
            "001.md",
            "seeds/001.md",
            FILE1,
            title="Paris talks *live* [x](http://evil)",
            outlet="Le <i>Figaro</i>",
            published=date(2025, 4, 17),
            lang="fr",
        ),
        Article("002.md", "seeds/002.md", FILE2, lang="fr"),
    ]
    findings = [
        Finding(
            "f1",
            "date",
            "error",
            0.91,
            "Paris talks on Ukraine: Wednesday (2025-04-16) in 000.md, "
            "Thursday (2025-04-17) in 001.md",
            (
                _ev("000.md", "c1", S0, "mercredi 16 avril", "2025-04-16"),
                _ev("001.md", "c2", S1, "Jeudi", "2025-04-17"),
            ),
            NLIProbs(0.02, 0.07, 0.91),
            "e1",
            "date.weekday",
        ),
        Finding(
            "f2",
            "number",
            "warning",
            0.7,
            "Protesters: 1 200 in 000.md, 800 in 001.md",
            (
                _ev("000.md", "c3", S2, "1 200", "1200"),
                _ev("001.md", "c4", S3, "800", "800"),
            ),
            None,
            "e2",
            "number.count",
        ),
        Finding(
            "f3",
            "attendees",
            "info",
            0.5,
            "Élysée meeting: the Élysée named by 000.md only",
            (_ev("000.md", "c5", S0, "Élysée", "Élysée"), _ev("002.md", None, S4, "Rien", "")),
        ),
    ]
    claims = [
        _claim("c1", "000.md", 0, S0, "date", "mercredi 16 avril"),
        _claim("c2", "001.md", 0, S1, "date", "Jeudi"),
    ]
    return Report(
        version="0.1.0",
        model="test-model",
        sources=sources,
        claims=claims,
        events=[
            Event("e1", "Paris talks on Ukraine", ("c1", "c2")),
            Event("e2", "Protest <b>count</b>", ("c3", "c4")),
        ],
        findings=findings,
        skipped=[Skipped("notes/empty.txt", "empty file")],
        stats=Stats(3, 5, 5, 3, 1, {"extract": 0.4, "total": 1.23456}),
    )


@pytest.fixture
def report() -> Report:
    return make_report()


# --- registry -----------------------------------------------------------------


def test_formats_are_the_contract_formats_and_all_render(report: Report) -> None:
    assert FORMATS == ("rich", "json", "markdown", "html", "sarif", "junit")
    for fmt in FORMATS:
        assert render(report, fmt).endswith("\n")


def test_unknown_format_and_threshold_are_usage_errors(report: Report) -> None:
    with pytest.raises(UsageError):
        render(report, "yaml")
    with pytest.raises(UsageError):
        render(report, "junit", fail_on="fatal")


def test_should_fail_follows_the_threshold(report: Report) -> None:
    assert should_fail(report, "error")
    assert not should_fail(report, "never")
    only_info = copy.copy(report)
    only_info.findings = [f for f in report.findings if f.severity == "info"]
    assert not should_fail(only_info, "warning")
    assert should_fail(only_info, "info")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(report: Report, fmt: str, monkeypatch) -> None:
    monkeypatch.chdir(Path(__file__).parent)  # SARIF reads sources relative to cwd
    first = render(report, fmt)
    monkeypatch.setenv("COLUMNS", "20")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert render(copy.deepcopy(report), fmt) == first
    assert render(report, fmt, color=True) == render(report, fmt, color=True)


# --- json ------------------------------------------------------------------------


def test_json_round_trips_with_the_contract_keys(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert data == report.to_dict()
    assert {"tool", "sources", "claims", "events", "findings", "skipped", "stats"} <= set(data)
    assert data["tool"] == {"name": "factdiff", "version": "0.1.0", "model": "test-model"}
    assert {"id", "path", "title", "published", "lang"} <= set(data["sources"][0])
    assert {"id", "source", "kind", "text", "span", "value", "event"} <= set(data["claims"][0])
    finding = data["findings"][0]
    assert {"id", "kind", "severity", "confidence", "summary", "evidence", "nli"} <= set(finding)
    assert set(finding["evidence"][0]) >= {"source", "claim", "text", "span", "value"}
    assert set(finding["nli"]) == {"entailment", "neutral", "contradiction"}
    assert data["skipped"] == [{"path": "notes/empty.txt", "reason": "empty file"}]
    ev = finding["evidence"][0]
    assert ev["text"][slice(*ev["span"])] == "mercredi 16 avril"
    assert "Élysée" in render(report, "json")  # UTF-8, not \u escapes


# --- markdown --------------------------------------------------------------------


def _md_tokens(text: str) -> list:
    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark").enable("table")
    out = []
    stack = md.parse(text)
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(tok.children or [])
    return out


def test_markdown_quotes_both_sentences_with_the_span_in_bold(report: Report) -> None:
    md = render(report, "markdown")
    assert (
        "> Les pourparlers de Paris sur l'Ukraine se sont tenus **mercredi 16 avril** "
        "à l'Élysée." in md
    )
    assert "> **Jeudi**, les négociateurs réunis à Paris ont échangé pendant trois heures." in md
    assert "> La préfecture a compté **800** manifestants devant l'Assemblée." in md
    assert "#### ERROR · date · confidence 0.91" in md
    assert "NLI: entailment 0.02 · neutral 0.07 · contradiction 0.91" in md
    assert "| 000.md | Négociations à Paris | Le Monde | 2025-04-16 | fr |" in md
    assert "notes/empty.txt: empty file" in md
    # errors and warnings come before the compact info section
    assert md.index("## Errors and warnings") < md.index("## Info") < md.index("Élysée meeting")


def test_markdown_escapes_hostile_article_text(report: Report) -> None:
    md = render(report, "markdown")
    assert "<script>" not in md and "<i>" not in md and "<b>" not in md
    assert "](http" not in md and "![" not in md
    assert "\\<script\\>alert\\(1\\)\\</script\\>" in md
    tokens = _md_tokens(md)
    types = {t.type for t in tokens}
    assert not types & {"link_open", "image", "html_inline", "html_block"}
    strong = [
        tokens[i - 1].content
        for i, t in enumerate(tokens)
        if t.type == "strong_close" and i and tokens[i - 1].type == "text"
    ]
    assert "bold" not in strong and "rouge" not in strong  # article's **bold** stays text
    # the visible text still reads as the article wrote it
    text = "".join(t.content for t in tokens if t.type == "text")
    assert "<script>alert(1)</script>" in text and "[bold]rouge[/bold]" in text


@pytest.mark.parametrize(
    ("raw", "start"),
    [("- item", "\\-"), ("1. un", "1\\."), ("12) deux", "12\\)"), ("# titre", "\\#")],
)
def test_md_escape_neutralises_block_markers_at_line_start(raw: str, start: str) -> None:
    assert md_escape(raw, block_start=True).startswith(start)


def test_md_escape_breaks_autolinks_and_keeps_one_line() -> None:
    out = md_escape("voir http://x.fr et www.exemple.fr\n# pas un titre")
    assert "http://" not in out and "www." not in out and "\n" not in out


# --- rich --------------------------------------------------------------------------


def _columns(out: str, finding: str, left: str, right: str) -> tuple[str, str]:
    """Left and right column text of `finding`'s panel, showing `left` and `right` side by side."""
    lines = out.splitlines()
    lines = lines[next(i for i, ln in enumerate(lines) if f" · {finding} " in ln) :]
    lines = [ln.strip()[1:-1] for ln in lines if ln.strip().startswith("│")]
    head = next(i for i, ln in enumerate(lines) if f"{left} · " in ln and f"{right} · " in ln)
    cut = lines[head].index(f"{right} · ")
    lefts, rights = [], []
    for ln in lines[head:]:
        if not ln.strip():
            break
        lefts.append(ln[:cut])
        rights.append(ln[cut:])
    return " ".join(" ".join(lefts).split()), " ".join(" ".join(rights).split())


@pytest.mark.parametrize("width", [80, 160])
def test_rich_shows_both_sentences_side_by_side(report: Report, width: int) -> None:
    from rich.cells import cell_len

    out = render(report, "rich", width=width, color=False)
    assert "\x1b[" not in out
    assert max(cell_len(line) for line in out.splitlines()) <= width
    left, right = _columns(out, "f1", "000.md", "001.md")
    assert S0 in left and "000.md · 2025-04-16 · Le Monde" in left
    assert S1 in right and "001.md · 2025-04-17 · Le <i>Figaro</i>" in right
    assert "▸ mercredi 16 avril → 2025-04-16" in left
    assert "confidence 0.91" in out and "contradiction 0.91" in out
    # summary tables: kinds by severity, sources with dates, skipped inputs
    assert "Findings by kind and severity" in out
    assert re.search(r"date\s+│\s+1\s+│\s+0\s+│\s+0\s+│\s+1", out)
    assert re.search(r"002\.md\s+│", out) and "2025-04-17" in out
    assert "notes/empty.txt" in out


@pytest.mark.parametrize("width", [80, 160])
def test_rich_prints_markup_in_article_text_literally(report: Report, width: int) -> None:
    out = render(report, "rich", width=width)
    left, _ = _columns(out, "f2", "000.md", "001.md")
    assert S2 in left  # "[bold]rouge[/bold]" and the rest, verbatim
    assert "Protest <b>count</b>" in out
    assert "*live*" in out and "[x](http://evil)" in out


def _sgr_params(out: str) -> set[int]:
    return {int(p) for seq in re.findall(r"\x1b\[([0-9;]*)m", out) for p in seq.split(";") if p}


def test_rich_colour_highlights_the_span(report: Report, monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = render(report, "rich", width=100, color=True)
    params = _sgr_params(out)
    assert {1, 7} <= params and 31 in params  # bold, reverse, red
    assert "\x1b[1;4;7mmercredi 16 avril\x1b[0m" in out


def test_rich_respects_no_color_but_keeps_bold_and_reverse(report: Report, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    params = _sgr_params(render(report, "rich", width=100, color=True))
    assert {1, 7} <= params
    assert not params & (set(range(30, 38)) | set(range(90, 98)))


def test_print_rich_prints_on_a_given_console(report: Report) -> None:
    import io

    from rich.console import Console

    from factdiff.report.rich_view import print_rich

    console = Console(file=io.StringIO(), width=120, force_terminal=False, _environ={})
    print_rich(report, console)
    assert "Jeudi, les négociateurs" in console.file.getvalue()


# --- html --------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.add(tag)
        self.attrs |= {name for name, _ in attrs}
        self.hrefs += [v or "" for name, v in attrs if name == "href"]

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def test_html_is_self_contained_and_escapes_article_text(report: Report) -> None:
    from factdiff.report.html import _JS, CSP, csp_hash

    page = render(report, "html")
    # one script, ours, allowed by its hash; nothing else can run or load
    assert page.count("<script") == 1 and f"<script>{_JS}</script>" in page
    assert f"script-src {csp_hash(_JS)};" in CSP and "'unsafe-inline'" not in CSP
    assert "default-src 'none'" in CSP and CSP in page
    assert "<i>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<mark>mercredi 16 avril</mark>" in page and "<mark>Jeudi</mark>" in page
    parser = _Tags()
    parser.feed(page)
    assert not parser.tags & {"img", "link", "iframe", "b", "i", "object", "embed", "base"}
    assert all(h.startswith("#") for h in parser.hrefs)
    assert not parser.attrs & {"src", "onerror", "onload", "style"}
    assert "http://" not in page.replace("http://x)", "").replace("http://evil)", "")
    text = "".join(parser.text)
    assert S2 in text and "Protest <b>count</b>" in text


# --- sarif -------------------------------------------------------------------------


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds/000.md").write_text(FILE0, encoding="utf-8")
    (tmp_path / "seeds/001.md").write_text(FILE1.replace("\n", "\r\n"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # source paths are relative to the working directory
    return tmp_path


def test_sarif_has_the_2_1_0_structure(report: Report, seeds: Path) -> None:
    log = json.loads(render(report, "sarif"))
    assert log["version"] == "2.1.0" and "sarif-2.1.0" in log["$schema"]
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factdiff" and driver["version"] == "0.1.0"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert {"factdiff/date", "factdiff/number", "factdiff/attendees"} <= set(rule_ids)
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert len(result["locations"]) == 2
    uris = [
        loc["physicalLocation"]["artifactLocation"]["uri"] for loc in run["results"][0]["locations"]
    ]
    assert uris == ["seeds/000.md", "seeds/001.md"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"] == "notes/empty.txt: empty file"


def test_sarif_regions_point_at_the_span_in_the_file(report: Report, seeds: Path) -> None:
    run = to_sarif(report)["runs"][0]
    date_result = run["results"][0]
    r0 = date_result["locations"][0]["physicalLocation"]["region"]
    # FILE0 line 7 is "Intro.  " + S0
    col = len("Intro.  ") + S0.index("mercredi") + 1
    assert r0 == {
        "startLine": 7,
        "startColumn": col,
        "endLine": 7,
        "endColumn": col + len("mercredi 16 avril"),
        "snippet": {"text": "mercredi 16 avril"},
    }
    # 001.md has CRLF line ends; S1 is line 5, "Jeudi" at its start
    r1 = date_result["locations"][1]["physicalLocation"]["region"]
    assert (r1["startLine"], r1["startColumn"], r1["endLine"], r1["endColumn"]) == (5, 1, 5, 6)
    number = run["results"][1]["locations"]
    r2 = number[0]["physicalLocation"]["region"]
    assert (r2["startLine"], r2["startColumn"]) == (8, S2.index("1 200") + 1)
    # the source 002.md has no file in tmp: line 1
    info = run["results"][2]["locations"][1]["physicalLocation"]["region"]
    assert info == {"startLine": 1}


def test_find_in_file_handles_wrapped_lines_and_json_escaping() -> None:
    sentence = "Le « sommet » s'est tenu à Genève le 3 mars."
    span = (sentence.index("Genève"), sentence.index("Genève") + len("Genève"))
    wrapped = "Titre\n\nLe « sommet » s'est tenu\nà Genève le 3 mars.\n"
    start, end = find_in_file(wrapped, sentence, span)
    assert wrapped[start:end] == "Genève" and line_col(wrapped, start) == (4, 3)
    as_json = json.dumps({"text": "Avant. " + sentence}) + "\n"  # ensure_ascii escapes
    start, end = find_in_file(as_json, sentence, span)
    assert json.loads(f'"{as_json[start:end]}"') == "Genève"
    assert find_in_file("rien", sentence, span) is None


# --- junit -------------------------------------------------------------------------


def _cases(xml: str) -> list[ET.Element]:
    root = ET.fromstring(xml)
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["factdiff"]
    return suites[0].findall("testcase")


def test_junit_has_one_case_per_pair_and_fails_at_the_threshold(report: Report) -> None:
    cases = _cases(render(report, "junit"))
    pairs = [c for c in cases if c.get("classname") == "factdiff.pairs"]
    n = len(report.sources)
    assert len(pairs) == n * (n - 1) // 2
    assert [c.get("name") for c in pairs] == [
        "000.md vs 001.md",
        "000.md vs 002.md",
        "001.md vs 002.md",
    ]
    failed = {c.get("name"): c.find("failure") for c in pairs if c.find("failure") is not None}
    assert list(failed) == ["000.md vs 001.md"]
    message = failed["000.md vs 001.md"].get("message")
    assert message.startswith("Paris talks on Ukraine: Wednesday (2025-04-16)")
    assert "Protesters" not in message  # a warning does not fail at fail_on=error
    skipped = [c for c in cases if c.get("classname") == "factdiff.inputs"]
    assert skipped[0].find("error").get("message") == "empty file"


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("warning", 1), ("info", 2), ("never", 0)],
)
def test_junit_threshold(report: Report, fail_on: str, expected: int) -> None:
    xml = render(report, "junit", fail_on=fail_on)
    pairs = [c for c in _cases(xml) if c.get("classname") == "factdiff.pairs"]
    assert sum(c.find("failure") is not None for c in pairs) == expected
    if fail_on == "warning":
        assert "Protesters: 1 200" in pairs[0].find("failure").get("message")


def test_junit_counts_pairs_of_many_articles_and_escapes_text(report: Report) -> None:
    more = copy.copy(report)
    more.sources = report.sources + [
        Article(f"{i:03d}.md", f"seeds/{i:03d}.md", "x") for i in range(3, 6)
    ]
    xml = render(more, "junit")
    assert "<script>" not in xml
    pairs = [c for c in _cases(xml) if c.get("classname") == "factdiff.pairs"]
    assert len(pairs) == 6 * 5 // 2
    out = pairs[0].find("system-out").text
    assert S2 in out  # the warning's evidence, escaped by ElementTree, parsed back intact


# --- edge cases ------------------------------------------------------------------


def test_every_format_renders_an_empty_report() -> None:
    empty = Report("0.1.0", "m", [], [], [], [], [], Stats())
    for fmt in FORMATS:
        assert render(empty, fmt)
    assert "No findings." in render(empty, "markdown")
    assert _cases(render(empty, "junit")) == []


def test_one_article_gets_an_article_case_with_its_internal_contradiction(
    report: Report, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    lone = copy.copy(report)
    lone.sources = report.sources[:1]
    lone.skipped = []
    bad_span = Evidence("000.md", None, S0, (500, 3), "?")  # out of range: clipped, not a crash
    lone.findings = [
        Finding(
            "f9",
            "other",
            "error",
            0.8,
            "internal",
            (_ev("000.md", "c1", S0, "mercredi", "x"), bad_span),
        ),
    ]
    (case,) = _cases(render(lone, "junit"))
    assert case.get("classname") == "factdiff.articles" and case.find("failure") is not None
    for fmt in FORMATS:
        assert render(lone, fmt, width=40)
