"""The command line: formats, exit statuses, bad input, config files, atomic output."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import SEEDS
from factdiff.cli import main
from helpers_articles import write_article


def run_cli(args, cwd=None):
    proc = subprocess.run(
        [sys.executable, "-m", "factdiff.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_findings_exit_1_and_json_report(conflicting, capsys):
    assert main(["check", *conflicting, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert set(report) >= {"tool", "sources", "claims", "events", "findings", "skipped", "stats"}
    assert report["findings"][0]["kind"] == "date"
    assert report["findings"][0]["evidence"][0]["text"].startswith("Le ministre va se rendre")


def test_fail_on_never_exits_0(conflicting, capsys):
    assert main(["check", *conflicting, "--format", "json", "--fail-on", "never"]) == 0


def test_no_conflict_exits_0(tmp_path, capsys):
    a = write_article(tmp_path, "a.md", "Quatre personnes sont mortes samedi.", "2025-08-23")
    b = write_article(
        tmp_path, "b.md", "Au moins quatre personnes ont été tuées samedi.", "2025-08-23"
    )
    assert main(["check", str(a), str(b), "--format", "json"]) == 0


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "sarif", "junit", "rich"])
def test_every_format_renders_the_seeds(fmt, tmp_path):
    out = tmp_path / f"report.{fmt}"
    code, _, err = run_cli(["check", str(SEEDS), "--format", fmt, "--output", str(out)])
    assert code == 1, err
    text = out.read_text(encoding="utf-8")
    assert "Macron" in text
    if fmt in ("json", "sarif"):
        json.loads(text)
    if fmt == "junit":
        ET.fromstring(text)


def test_bad_inputs_are_named_and_the_rest_is_checked(tmp_path, conflicting):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nTexte.\n")
    notext = tmp_path / "rec.json"
    notext.write_text('{"title": "sans texte"}')
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    args = [
        "check",
        *conflicting,
        str(empty),
        str(binary),
        str(broken),
        str(notext),
        str(tmp_path / "missing.md"),
        str(empty_dir),
        "--format",
        "json",
    ]
    code, out, err = run_cli(args)
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    for path in (empty, binary, broken, notext, tmp_path / "missing.md", empty_dir):
        assert any(str(path) in line for line in lines), (path, err)
    report = json.loads(out)
    assert {s["id"] for s in report["sources"]} == {"a.md", "b.md"}
    assert len(report["skipped"]) == 6
    assert report["findings"], "the readable articles are still compared"


def test_usage_errors_exit_2_without_traceback(tmp_path):
    code, _, err = run_cli(["check", str(SEEDS), "--format", "pdf"])
    assert code == 2 and "Traceback" not in err
    code, _, err = run_cli(["check", str(SEEDS), "--config", str(tmp_path / "none.toml")])
    assert code == 2 and "config file not found" in err


def test_output_may_not_overwrite_an_input(conflicting):
    code, _, err = run_cli(["check", *conflicting, "--output", conflicting[0]])
    assert code == 2 and "names an input" in err
    assert "Le ministre" in Path(conflicting[0]).read_text(encoding="utf-8")


def test_config_file_is_found_upwards_and_flags_win(tmp_path, conflicting):
    (tmp_path / "factdiff.toml").write_text('fail-on = "never"\nformat = "markdown"\n')
    sub = tmp_path / "deeper"
    sub.mkdir()
    code, out, _ = run_cli(["check", *conflicting], cwd=sub)
    assert code == 0 and out.startswith("# factdiff report")
    code, out, _ = run_cli(
        ["check", *conflicting, "--fail-on", "error", "--format", "json"], cwd=sub
    )
    assert code == 1 and json.loads(out)["findings"]


def test_pyproject_table_is_read(tmp_path, conflicting):
    (tmp_path / "pyproject.toml").write_text('[tool.factdiff]\nkinds = ["number"]\n')
    code, out, _ = run_cli(["check", *conflicting, "--format", "json"], cwd=tmp_path)
    assert code == 0 and json.loads(out)["findings"] == []


def test_output_is_written_atomically(tmp_path, conflicting):
    out = tmp_path / "r.json"
    out.write_text("old")
    assert main(["check", *conflicting, "--format", "json", "--output", str(out)]) == 1
    assert json.loads(out.read_text())["findings"]
    assert not list(tmp_path.glob(".r.json.*"))


def test_same_input_same_report_byte_for_byte(conflicting, capsys):
    main(["check", *conflicting, "--format", "markdown"])
    first = capsys.readouterr().out
    main(["check", *reversed(conflicting), "--format", "markdown"])
    assert capsys.readouterr().out == first


def test_a_run_without_its_nli_model_says_so_on_stderr(tmp_path, capsys, monkeypatch):
    """A checkout copied without models/ used to run on typed rules alone in silence:
    the same report shape, fewer findings, nothing said. One note now names where the
    model was looked for; --no-nli (rules only asked for) and --quiet print none."""
    import factdiff.nli.paths as paths

    empty = tmp_path / "nowhere" / "models" / "nli"
    monkeypatch.setattr(paths, "default_model_dirs", lambda: [empty])
    a = write_article(tmp_path, "a.md", "Quatre personnes sont mortes samedi.", "2025-08-23")
    b = write_article(tmp_path, "b.md", "Six personnes sont mortes samedi.", "2025-08-23")
    code = main(["check", str(a), str(b), "--format", "json", "--fail-on", "never"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["tool"]["model"] == "none"
    notes = [line for line in err.splitlines() if "NLI model" in line]
    assert len(notes) == 1 and str(empty) in notes[0] and "typed rules only" in notes[0]
    for extra in (["--no-nli"], ["--quiet"]):
        main(["check", str(a), str(b), "--format", "json", "--fail-on", "never", *extra])
        assert "NLI model" not in capsys.readouterr().err


def test_no_model_note_when_the_model_is_there_or_named(tmp_path, monkeypatch):
    import factdiff.nli.paths as paths
    from factdiff.cli import missing_model_note
    from factdiff.settings import Settings

    there = tmp_path / "models" / "nli"
    there.mkdir(parents=True)
    (there / paths.FACTDIFF_CONFIG_NAME).write_text("{}")
    monkeypatch.setattr(paths, "default_model_dirs", lambda: [there])
    assert missing_model_note(Settings()) is None
    monkeypatch.setattr(paths, "default_model_dirs", lambda: [tmp_path / "none"])
    assert missing_model_note(Settings(model=str(there))) is None
    assert missing_model_note(Settings(nli=False)) is None
    assert "typed rules only" in (missing_model_note(Settings()) or "")
