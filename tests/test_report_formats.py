"""Reports end to end: the fact matrix, SARIF against its schema, JUnit read back,
baselines, progress, config settings, and every format deterministic on real input."""

from __future__ import annotations

import copy
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, SHARED
from factdiff.cli import main
from factdiff.pipeline import Settings, run
from factdiff.records import Evidence, Finding, Report
from factdiff.report import FORMATS, render
from factdiff.report.baseline import apply_baseline, baseline_text, fingerprint, load_baseline
from factdiff.report.matrix import build_matrices, resolved_value
from helpers_articles import write_article
from test_report import S0, S1, make_report

SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
DEV = SHARED / "eval" / "dev"


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return run([str(SEEDS)], Settings(nli=False))


# --- fact matrix -----------------------------------------------------------------


def test_matrix_shows_each_sources_value_as_written_and_resolved(conflicting) -> None:
    report = run(conflicting, Settings(nli=False))
    (finding,) = [f for f in report.findings if f.kind == "date"]
    matrices = build_matrices(report)
    rows = [(m, r) for m in matrices for r in m.rows if r.kind == "date" and r.conflict]
    assert rows, matrices
    m, row = rows[0]
    assert m.sources == ("a.md", "b.md")
    cells = {s: [e.text() for e in c] for s, c in zip(m.sources, row.cells, strict=True)}
    assert cells == {"a.md": ["mercredi → 2025-04-16"], "b.md": ["jeudi → 2025-04-17"]}
    assert row.findings == (finding.id,)
    assert all(e.conflict for c in row.cells for e in c)


def test_matrix_leaves_silent_sources_blank_and_drops_one_source_facts(
    seeds_report: Report,
) -> None:
    for m in build_matrices(seeds_report):
        for row in m.rows:
            assert len(row.cells) == len(m.sources)
            speaking = sum(1 for c in row.cells if c)
            assert speaking >= 2 or row.conflict
    people = next(m for m in build_matrices(seeds_report) if m.event_id == "people")
    macron = next(r for r in people.rows if "Macron" in r.label)
    assert macron.conflict and any(not c for c in macron.cells)  # silent sources blank
    texts = [e.text() for c in macron.cells for e in c]
    assert "Le Premier ministre français → head of government" in texts


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("date", {"date": "2025-04-16", "weekday": "wednesday"}, "2025-04-16"),
        ("date", {"date": None, "weekday": "wednesday"}, "Wednesday"),
        ("date", {"date": "2025-08-23", "time_range": ["05:00", "12:00"]},
         "2025-08-23 05:00–12:00"),
        ("number", {"value": 35.0, "low": 35.0, "high": None, "hedge": "min"}, "≥ 35"),
        ("number", {"value": 30.0, "low": 22.5, "high": 37.5, "hedge": "approx"}, "≈ 30"),
        ("number", {"value": 4.0, "low": 4.0, "high": 4.0, "hedge": None}, "4"),
        ("role", {"rank": "head_of_state", "portfolio": None}, "head of state"),
        ("role", {"rank": "minister", "portfolio": "foreign", "past": True},
         "minister (foreign) (former)"),
        ("attendees", {"who": "Marco Rubio", "present": False}, "Marco Rubio: absent"),
        ("location", {"place": "Montélimar"}, "Montélimar"),
        ("other", {"type": "trend", "direction": "down", "mover": ["profit"]}, "down"),
        ("number", {"value": "garbage", "low": [], "high": {}}, "?–?"),
    ],
)  # fmt: skip
def test_resolved_values_are_short_and_never_crash(kind, value, expected) -> None:
    assert resolved_value(kind, value) == expected


def test_every_view_draws_the_matrix(conflicting) -> None:
    report = run(conflicting, Settings(nli=False))
    rich = render(report, "rich", width=100)
    assert "Fact matrix" in rich and "≠ mercredi → 2025-04-16" in rich
    md = render(report, "markdown")
    assert "## Fact matrix" in md and "≠ **mercredi → 2025-04-16**" in md
    page = render(report, "html")
    assert '<table class="matrix">' in page and "≠ mercredi → 2025-04-16" in page


def test_rich_order_is_summary_matrix_then_findings_by_event(seeds_report: Report) -> None:
    out = render(seeds_report, "rich", width=120)
    assert (
        out.index("Findings by kind and severity")
        < out.index("Sources")
        < out.index("Fact matrix")
        < out.index(" ERROR · ")
    )
    assert "2025-04-15" in out  # source dates in the summary


@pytest.mark.parametrize("width", [40, 60, 80, 200])
def test_rich_fits_the_width_and_reads_without_colour(seeds_report: Report, width) -> None:
    from rich.cells import cell_len

    out = render(seeds_report, "rich", width=width, color=False)
    assert "\x1b[" not in out
    assert max(cell_len(line) for line in out.splitlines()) <= width
    assert "≠ " in out  # conflicts are marked by a sign, not only a colour


def test_html_article_text_highlights_claims_linked_to_findings(conflicting) -> None:
    report = run(conflicting, Settings(nli=False))
    page = render(report, "html")
    (finding,) = [f for f in report.findings if f.kind == "date"]
    claim = finding.evidence[0].claim
    assert f'<mark class="claim conflict" id="claim-{claim}"' in page
    assert f'href="#finding-{finding.id}"' in page and f'href="#claim-{claim}"' in page
    # every source's full text is there
    import html
    import re

    plain = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r'<a class="ref".*?</a>', "", page)))
    for a in report.sources:
        assert a.text.strip() in plain


# --- SARIF, JUnit ------------------------------------------------------------------


def _validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_of_the_seeds_is_valid_against_the_official_schema(
    seeds_report: Report, monkeypatch
) -> None:
    monkeypatch.chdir(ROOT)
    log = json.loads(render(seeds_report, "sarif"))
    errors = sorted(_validator().iter_errors(log), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    assert log["runs"][0]["results"]


def test_sarif_of_the_hand_built_report_is_valid(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    log = json.loads(render(make_report(), "sarif"))
    errors = list(_validator().iter_errors(log))
    assert not errors, [e.message for e in errors[:5]]


def test_sarif_schema_check_catches_a_broken_log(seeds_report: Report) -> None:
    log = json.loads(render(seeds_report, "sarif"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(_validator().iter_errors(log))


def test_junit_reads_back_with_junitparser(seeds_report: Report, tmp_path: Path) -> None:
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "r.xml"
    path.write_text(render(seeds_report, "junit"), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    (suite,) = suites
    cases = list(suite)
    n = len(seeds_report.sources)
    pairs = [c for c in cases if c.classname == "factdiff.pairs"]
    assert len(pairs) == n * (n - 1) // 2 and suite.tests == len(cases)
    failed = [c for c in cases if not c.is_passed]
    assert suite.failures == len(failed) > 0
    messages = [r.message for c in failed for r in c.result]
    assert any("Macron" in m for m in messages)


# --- determinism -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_identical_across_runs_on_the_seeds(fmt, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    first = run([str(SEEDS)], Settings(nli=False))
    second = run([str(SEEDS)], Settings(nli=False))
    second.stats.seconds = {k: v + 1.5 for k, v in second.stats.seconds.items()}
    a, b = render(first, fmt, width=100), render(second, fmt, width=100)
    if fmt == "json":  # timings live in stats.seconds, and only there
        da, db = json.loads(a), json.loads(b)
        assert da["stats"].pop("seconds") != db["stats"].pop("seconds")
        assert da == db
    else:
        assert a == b
        assert f"{first.stats.seconds['total']:.3f}" not in a


def test_cli_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    outs = []
    for i in range(2):
        out = tmp_path / f"r{i}.html"
        assert main(["check", str(SEEDS), "--format", "html", "-o", str(out), "-q"]) == 1
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_identical_across_processes(fmt, tmp_path: Path) -> None:
    import os
    import subprocess

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"r{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        args = [sys.executable, "-m", "factdiff.cli", "check", str(SEEDS), "--no-nli", "-q"]
        args += ["--format", fmt, "--fail-on", "never", "--width", "100", "-o", str(out)]
        subprocess.run(args, env=env, cwd=ROOT, check=True, timeout=300)
        text = out.read_text(encoding="utf-8")
        if fmt == "json":
            data = json.loads(text)
            data["stats"].pop("seconds")
            text = json.dumps(data)
        outs.append(text)
    assert outs[0] == outs[1]


# --- every format on real clusters ---------------------------------------------------


def _clusters() -> list[Path]:
    return sorted(p for p in DEV.iterdir() if p.is_dir()) if DEV.is_dir() else []


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is absent")
@pytest.mark.parametrize("cluster", _clusters(), ids=lambda p: p.name)
def test_every_format_renders_each_dev_cluster(cluster: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    articles = sorted(str(p) for p in cluster.iterdir() if p.suffix in (".md", ".txt"))
    report = run(articles, Settings(nli=False))
    assert report.sources and not report.skipped
    for fmt in FORMATS:
        for width in (60, 120):
            assert render(report, fmt, width=width).endswith("\n")
    json.loads(render(report, "sarif"))


# --- baseline ------------------------------------------------------------------------


def test_fingerprint_ignores_ids_scores_order_and_spacing() -> None:
    f = make_report().findings[0]
    moved = Finding(
        "f99",
        f.kind,
        f.severity,
        0.11,
        "another summary",
        tuple(
            Evidence(e.source, "c999", "  " + e.text.replace(" ", "  "), (0, 1), e.value)
            for e in reversed(f.evidence)
        ),
        None,
        "e9",
    )
    assert fingerprint(moved) == fingerprint(f)
    other_value = copy.deepcopy(f)
    other_value = Finding(
        f.id, f.kind, f.severity, f.confidence, f.summary,
        (f.evidence[0], Evidence("001.md", "c2", S1, (0, 5), "2025-04-18")),
    )  # fmt: skip
    assert fingerprint(other_value) != fingerprint(f)
    other_kind = Finding("f1", "other", "error", 0.9, "", f.evidence)
    assert fingerprint(other_kind) != fingerprint(f)
    assert S0  # the evidence sentences of the hand-built report


def test_apply_baseline_drops_known_findings_and_counts_them() -> None:
    report = make_report()
    known = {fingerprint(report.findings[0])}
    kept = apply_baseline(report, known)
    assert [f.id for f in kept.findings] == ["f2", "f3"] and kept.baselined == 1
    assert json.loads(kept.to_json())["baselined"] == 1
    assert "Baseline: 1 known finding not shown; 2 new findings." in render(kept, "markdown")
    assert "baseline: 1 known finding not shown" in render(kept, "rich")
    assert "1 known finding not shown" in render(kept, "html")
    assert "baselined" not in json.loads(report.to_json())


def test_baseline_file_round_trip_and_bad_files(tmp_path: Path) -> None:
    from factdiff.errors import UsageError

    report = make_report()
    text = baseline_text(report)
    assert text == baseline_text(copy.deepcopy(report))
    path = tmp_path / "b.json"
    path.write_text(text)
    assert load_baseline(path) == {fingerprint(f) for f in report.findings}
    for bad in ("", "[]", '{"findings": [{"kind": "date"}]}'):
        path.write_text(bad)
        with pytest.raises(UsageError):
            load_baseline(path)
    with pytest.raises(UsageError):
        load_baseline(tmp_path / "missing.json")


def test_cli_baseline_reports_only_new_findings(conflicting, tmp_path: Path, capsys) -> None:
    base = tmp_path / "baseline.json"
    assert main(["check", *conflicting, "--write-baseline", str(base), "--format", "json"]) == 0
    capsys.readouterr()
    assert json.loads(base.read_text())["findings"]
    assert main(["check", *conflicting, "--baseline", str(base), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] == [] and data["baselined"] >= 1
    # a new conflicting article: only its findings are new
    c = write_article(
        tmp_path,
        "c.md",
        "Le président français Emmanuel Macron a reçu les ministres.",
        "2025-04-17",
    )
    d = write_article(
        tmp_path,
        "d.md",
        "Le Premier ministre Emmanuel Macron a reçu les ministres.",
        "2025-04-17",
    )
    args = ["check", *conflicting, str(c), str(d), "--baseline", str(base), "--format", "json"]
    assert main(args) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] and all(
        {e["source"] for e in f["evidence"]} & {"c.md", "d.md"} for f in data["findings"]
    )
    assert main(["check", *conflicting, "--baseline", str(tmp_path / "nope.json")]) == 2
    assert "baseline file not found" in capsys.readouterr().err


# --- progress ------------------------------------------------------------------------


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_stages_on_a_terminal() -> None:
    from rich.console import Console

    from factdiff.report.progress import ProgressBar

    out = FakeTTY()
    console = Console(file=out, force_terminal=True, width=80, _environ={})
    with ProgressBar(console, delay=0) as bar:
        run([str(SEEDS)], Settings(nli=False), progress=bar)
        bar("nli", 3, 10)
        assert set(bar.tasks) == {"extract", "nli"}
    drawn = out.getvalue()
    assert "extracting claims" in drawn and "scoring with NLI" in drawn


def test_progress_bar_waits_a_second_before_drawing() -> None:
    from rich.console import Console

    from factdiff.report.progress import ProgressBar

    now = [0.0]
    out = FakeTTY()
    bar = ProgressBar(Console(file=out, force_terminal=True), clock=lambda: now[0])
    with bar:
        bar("extract", 1, 10)
        assert not bar.started
        now[0] = 1.5
        bar("extract", 5, 10)
        assert bar.started
    assert "extracting claims" in out.getvalue()


def test_cli_progress_on_a_terminal_only(conflicting, monkeypatch, capsys) -> None:
    import factdiff.report.progress as progress

    monkeypatch.setattr(progress, "DELAY", 0.0)
    fake = FakeTTY()
    monkeypatch.setattr(sys, "stderr", fake)
    assert main(["check", *conflicting, "--format", "json"]) == 1
    assert "extracting claims" in fake.getvalue()
    fake2 = FakeTTY()
    monkeypatch.setattr(sys, "stderr", fake2)
    assert main(["check", *conflicting, "--format", "json", "--quiet"]) == 1
    assert fake2.getvalue() == ""
    assert progress.progress_bar(False, io.StringIO()) is None  # not a terminal


# --- configuration -------------------------------------------------------------------


def _settings_seen(monkeypatch, tmp_path: Path, toml: str, conflicting, *flags) -> Settings:
    """The Settings a `factdiff check` run with this factdiff.toml hands the pipeline."""
    import factdiff.pipeline as pipeline

    seen: list[Settings] = []
    real = pipeline.run

    def spy(paths, settings=None, progress=None, scorer=None):  # noqa: ANN001
        seen.append(settings)
        return real(paths, Settings.from_mapping({"no_nli": True, "kinds": settings.kinds}))

    (tmp_path / "factdiff.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(pipeline, "run", spy)
    main(["check", *conflicting, "--format", "json", "-q", *flags])
    return seen[0]


def test_config_settings_reach_the_pipeline(monkeypatch, tmp_path, conflicting, capsys):
    toml = (
        'fail-on = "warning"\nformat = "markdown"\nkinds = ["date", "number"]\n'
        'languages = ["fr"]\nmodel = "models/tiny"\nno-nli = true\n'
        "[thresholds]\ndate = 0.5\nnumber = 0.25\n"
    )
    s = _settings_seen(monkeypatch, tmp_path, toml, conflicting)
    assert s.fail_on == "warning" and s.kinds == ("date", "number")
    assert s.languages == ("fr",) and s.model == "models/tiny" and not s.nli
    assert s.thresholds.date == 0.5 and s.thresholds.number == 0.25
    assert s.thresholds.enabled == ("date", "number")
    # flags win over the file
    s = _settings_seen(monkeypatch, tmp_path, toml, conflicting, "--fail-on", "error")
    assert s.fail_on == "error"


def test_config_format_and_kinds_change_the_report(tmp_path, conflicting, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factdiff.toml").write_text('format = "markdown"\nfail-on = "never"\n')
    assert main(["check", *conflicting, "-q"]) == 0
    assert capsys.readouterr().out.startswith("# factdiff report")
    (tmp_path / "factdiff.toml").write_text('kinds = ["number"]\nno-nli = true\n')
    assert main(["check", *conflicting, "-q", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    (tmp_path / "factdiff.toml").unlink()
    (tmp_path / "pyproject.toml").write_text(
        "[tool.factdiff]\nno-nli = true\n[tool.factdiff.thresholds]\ndate = 0.99\n"
        "date_alone = 0.99\n"
    )
    assert main(["check", *conflicting, "-q", "--format", "json"]) == 0  # too strict to align


@pytest.mark.parametrize(
    "toml",
    [
        'fail-on = "fatal"',
        'format = "pdf"',
        'kinds = ["dates"]',
        'languages = ["de"]',
        "model = 3",
        '[thresholds]\ndate = "high"',
    ],
)
def test_bad_config_values_exit_2_naming_the_file(tmp_path, conflicting, monkeypatch, capsys, toml):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factdiff.toml").write_text(toml + "\n")
    assert main(["check", *conflicting, "-q"]) == 2
    err = capsys.readouterr().err
    assert "factdiff.toml" in err and "Traceback" not in err


# --- pre-commit ------------------------------------------------------------------------


def test_pre_commit_hook_runs_factdiff_check_on_articles() -> None:
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "factdiff" and hook["entry"] == "factdiff check"
    assert hook["language"] == "python"
    assert {"markdown", "plain-text", "html", "json"} <= set(hook["types_or"])
    assert hook["require_serial"] is True  # all staged articles in one run
