"""The command line with the NLI model on, when a run reaches a limit (issue 11).

Each kind of limit in `report.stats.limits` carries its own keys; the command line
printed `limit['article']` for all of them and crashed on `nli_window` and
`nli_pairs` with a traceback and no report. Here every kind is reached through
`factdiff check`, with the shipped model, and the report must be written, the exit
status follow the findings, and one readable note per limit be printed. Then the
last guard of `main()`: an unexpected exception is one line and exit status 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdiff.cli import limit_note, main
from factdiff.nli.paths import default_model_available
from helpers_articles import LONG_LEAD, write_article

pytestmark = pytest.mark.skipif(
    not default_model_available(), reason="the shipped NLI model (models/nli) is not installed"
)


def check(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`factdiff check ARGS` in this process (the model is loaded once for all tests)."""
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def written(path: Path) -> dict:
    report = json.loads(path.read_text(encoding="utf-8"))
    assert report["tool"]["model"] != "none", "the NLI model was not used"
    return report


def lines(err: str) -> list[str]:
    assert "Traceback" not in err and "internal error" not in err, err
    return err.strip().splitlines()


def test_nli_window_long_sentences_issue_case(tmp_path, capsys):
    a = write_article(tmp_path, "a.md", LONG_LEAD.format(day="mercredi"), "2025-04-15")
    b = write_article(tmp_path, "b.md", LONG_LEAD.format(day="jeudi"), "2025-04-15")
    assert len(LONG_LEAD.format(day="mercredi")) > 850
    out = tmp_path / "report.json"
    code, stdout, err = check(
        [str(a), str(b), "--no-cache", "--format", "json", "--output", str(out)], capsys
    )
    assert code == 1, err
    assert stdout == ""
    report = written(out)
    dates = [f for f in report["findings"] if f["kind"] == "date"]
    assert dates and {e["source"] for e in dates[0]["evidence"]} == {"a.md", "b.md"}
    assert "mercredi" in dates[0]["summary"] and "jeudi" in dates[0]["summary"]
    assert report["stats"]["limits"] == [{"limit": "nli_window", "value": 600, "sentences": 2}]
    assert lines(err) == [
        "factdiff: nli_window: 2 sentences longer than 600 characters read by the NLI model in "
        "overlapping windows of up to 600 characters"
    ]


def test_nli_window_report_on_stdout_in_every_text_format(tmp_path, capsys):
    a = write_article(tmp_path, "a.md", LONG_LEAD.format(day="mercredi"), "2025-04-15")
    b = write_article(tmp_path, "b.md", LONG_LEAD.format(day="jeudi"), "2025-04-15")
    cache = tmp_path / "cache"
    for fmt, start in (("markdown", "# factdiff report"), ("rich", ""), ("sarif", "{")):
        code, stdout, err = check([str(a), str(b), "--cache", str(cache), "--format", fmt], capsys)
        assert code == 1, err
        assert stdout.startswith(start) and "mercredi" in stdout, fmt
        assert len(lines(err)) == 1 and "windows of up to 600 characters" in err


def test_max_sentences_from_a_config_file(tmp_path, capsys):
    config = tmp_path / "factdiff.toml"
    config.write_text("max-sentences = 2\n", encoding="utf-8")
    a = write_article(
        tmp_path,
        "a.md",
        "Le ministre va se rendre à Paris mercredi pour des discussions sur l'Ukraine. "
        "Il doit y rencontrer ses homologues européens. La presse sera tenue à l'écart. "
        "Un communiqué commun est attendu en fin de journée.",
        "2025-04-15",
    )
    b = write_article(
        tmp_path,
        "b.md",
        "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre.",
        "2025-04-17",
    )
    out = tmp_path / "report.json"
    code, _, err = check(
        [str(a), str(b), "--config", str(config), "--no-cache", "--format", "json", "-o", str(out)],
        capsys,
    )
    assert code == 1, err
    report = written(out)
    assert [f["kind"] for f in report["findings"]] == ["date"]
    assert report["stats"]["limits"] == [{"article": "a.md", "limit": "max_sentences", "value": 2}]
    assert lines(err) == [
        "factdiff: a.md: max_sentences reached, only the first 2 sentences checked"
    ]


PARAPHRASES = (
    (
        "Les négociateurs se sont réunis à Paris pour parler de l'Ukraine. "
        "Le cessez-le-feu a été discuté longuement par les délégations. "
        "Les ministres ont promis de se revoir bientôt à Londres. "
        "La réunion s'est terminée tard dans la soirée."
    ),
    (
        "Les négociateurs se sont retrouvés à Paris pour parler de l'Ukraine. "
        "Le cessez-le-feu a été longuement discuté par les délégations. "
        "Les ministres ont promis de se revoir prochainement à Londres. "
        "La réunion a pris fin tard dans la soirée."
    ),
)


def test_nli_pairs_cap_from_a_config_file(tmp_path, capsys):
    config = tmp_path / "factdiff.toml"
    config.write_text("nli-max-pairs = 1\n", encoding="utf-8")
    a = write_article(tmp_path, "a.md", PARAPHRASES[0], "2025-04-15")
    b = write_article(tmp_path, "b.md", PARAPHRASES[1], "2025-04-15")
    out = tmp_path / "report.md"
    code, _, err = check(
        [
            str(a),
            str(b),
            "--config",
            str(config),
            "--no-cache",
            "--format",
            "markdown",
            "-o",
            str(out),
        ],
        capsys,
    )
    assert code == 0, err
    assert out.read_text(encoding="utf-8").startswith("# factdiff report")
    (note,) = lines(err)
    assert note.startswith("factdiff: nli_pairs reached (nli-max-pairs = 1 per story): ")
    unscored = int(note.split("): ")[1].split()[0])
    assert unscored >= 1 and note.endswith("left unscored by the NLI model")
    # The same run in JSON carries the entry the note was made from.
    json_out = tmp_path / "report.json"
    check(
        [
            str(a),
            str(b),
            "--config",
            str(config),
            "--no-cache",
            "--format",
            "json",
            "-o",
            str(json_out),
        ],
        capsys,
    )
    limits = written(json_out)["stats"]["limits"]
    assert limits == [{"limit": "nli_pairs", "value": 1, "unscored": unscored}]


def test_every_limit_at_once_one_note_each_and_quiet_prints_none(tmp_path, capsys):
    config = tmp_path / "factdiff.toml"
    config.write_text("max-sentences = 3\nnli-max-pairs = 1\n", encoding="utf-8")
    a = write_article(tmp_path, "a.md", LONG_LEAD.format(day="mercredi") + " " + PARAPHRASES[0])
    b = write_article(tmp_path, "b.md", LONG_LEAD.format(day="jeudi") + " " + PARAPHRASES[1])
    c = write_article(tmp_path, "c.md", LONG_LEAD.format(day="jeudi"))
    args = [str(a), str(b), str(c), "--config", str(config), "--cache", str(tmp_path / "cache")]
    code, stdout, err = check([*args, "--format", "json"], capsys)
    report = json.loads(stdout)
    kinds = [limit["limit"] for limit in report["stats"]["limits"]]
    assert sorted(kinds) == ["max_sentences", "max_sentences", "nli_pairs", "nli_window"]
    assert len(lines(err)) == len(kinds)
    assert code in (0, 1)
    code_quiet, stdout, err = check([*args, "--format", "json", "--quiet"], capsys)
    assert code_quiet == code and json.loads(stdout)["findings"] == report["findings"]
    assert err == ""


def test_a_folder_holding_factdiffs_own_reports(tmp_path, capsys):
    """Reports of every format written beside the articles, then the folder checked:
    the reports are read as articles (or skipped with a reason), nothing crashes."""
    folder = tmp_path / "wire"
    folder.mkdir()
    write_article(folder, "a.md", LONG_LEAD.format(day="mercredi"), "2025-04-15")
    write_article(folder, "b.md", LONG_LEAD.format(day="jeudi"), "2025-04-15")
    cache = tmp_path / "cache"
    names = {
        "json": "r.json",
        "markdown": "r.md",
        "html": "r.html",
        "sarif": "r.sarif.json",
        "junit": "r.junit.xml",
        "rich": "r.txt",
    }
    for fmt, name in names.items():
        code, _, err = check(
            [str(folder / "a.md"), str(folder / "b.md"), "--cache", str(cache), "--format", fmt]
            + ["--output", str(tmp_path / name)],
            capsys,
        )
        assert code == 1, err
    for name in names.values():
        (folder / name).write_bytes((tmp_path / name).read_bytes())
    out = tmp_path / "again.json"
    code, _, err = check(
        [str(folder), "--cache", str(cache), "--format", "json", "--output", str(out)], capsys
    )
    report = written(out)
    skipped = {Path(s["path"]).name for s in report["skipped"]}
    assert code == (2 if skipped else 1), err
    assert {"a.md", "b.md"} <= {s["id"] for s in report["sources"]}
    assert any(f["kind"] == "date" for f in report["findings"])
    for line in lines(err):
        assert line.startswith("factdiff: "), line
    assert len(lines(err)) == len(skipped) + len(report["stats"]["limits"])


# ------------------------------------------------------------------ notes and settings


@pytest.mark.parametrize(
    ("limit", "note"),
    [
        (
            {"article": "x.md", "limit": "max_sentences", "value": 1},
            "x.md: max_sentences reached, only the first 1 sentence checked",
        ),
        (
            {"limit": "nli_window", "value": 600, "sentences": 1},
            "nli_window: 1 sentence longer than 600 characters read by the NLI model in "
            "overlapping windows of up to 600 characters",
        ),
        (
            {"limit": "nli_pairs", "value": 400, "unscored": 1},
            "nli_pairs reached (nli-max-pairs = 400 per story): 1 aligned sentence pair "
            "was left unscored by the NLI model",
        ),
        ({"limit": "future_cap", "value": 3}, "future_cap reached (value=3)"),
        ({}, "a limit reached"),
    ],
)
def test_limit_note_for_every_kind(limit, note):
    assert limit_note(limit) == note


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("nli-max-pairs = -1", "nli-max-pairs: expected at least 0, got -1"),
        ('max-sentences = "many"', "max-sentences: expected a whole number, got 'many'"),
        ("max-sentences = 0", "max-sentences: expected at least 1, got 0"),
        ("max-bytes = 1.5", "max-bytes: expected a whole number, got 1.5"),
        ('stories = "maybe"', "stories: unknown 'maybe'; expected one of auto, on, off"),
    ],
)
def test_bad_limit_settings_are_usage_errors(tmp_path, capsys, line, why):
    config = tmp_path / "factdiff.toml"
    config.write_text(line + "\n", encoding="utf-8")
    a = write_article(tmp_path, "a.md", "Texte.")
    code, stdout, err = check([str(a), "--config", str(config), "--no-nli"], capsys)
    assert code == 2 and stdout == ""
    assert err == f"factdiff: {config}: {why}\n"


# ------------------------------------------------------------------ the last guard


def _explode(*_args, **_kwargs):
    raise ValueError("segmenter broke\non two lines")


GUARD_LINE = (
    "factdiff: internal error: ValueError: segmenter broke on two lines; "
    "please report it with the input"
)


def test_internal_error_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FACTDIFF_DEBUG", raising=False)
    monkeypatch.setattr("factdiff.pipeline.segment", _explode)
    a = write_article(tmp_path, "a.md", "Le ministre est à Paris mercredi.")
    out = tmp_path / "r.json"
    code, stdout, err = check([str(a), "--no-nli", "-o", str(out)], capsys)
    assert code == 2 and stdout == "" and not out.exists()
    assert err == GUARD_LINE + "\n"


@pytest.mark.parametrize("how", ["after-check", "before-check", "env"])
def test_debug_shows_the_traceback(tmp_path, capsys, monkeypatch, how):
    monkeypatch.delenv("FACTDIFF_DEBUG", raising=False)
    monkeypatch.setattr("factdiff.pipeline.segment", _explode)
    a = write_article(tmp_path, "a.md", "Le ministre est à Paris mercredi.")
    argv = ["check", str(a), "--no-nli"]
    if how == "after-check":
        argv.append("--debug")
    elif how == "before-check":
        argv.insert(0, "--debug")
    else:
        monkeypatch.setenv("FACTDIFF_DEBUG", "1")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):")
    assert "_explode" in err and "ValueError: segmenter broke" in err
    assert err.rstrip("\n").splitlines()[-1] == GUARD_LINE


def test_debug_is_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "--debug" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--debug" in capsys.readouterr().out


@pytest.mark.parametrize("width", ["-5", "0"])
def test_a_width_below_1_is_a_usage_error_not_an_empty_report(tmp_path, capsys, width):
    """`--width -5` printed nothing at all, with exit status 1 (seen while writing the
    command fuzz target)."""
    a = write_article(tmp_path, "a.md", "Le ministre est à Paris mercredi.")
    with pytest.raises(SystemExit) as stop:
        main(["check", str(a), "--no-nli", "--format", "rich", "--width", width])
    assert stop.value.code == 2
    assert "--width: expected a positive number" in capsys.readouterr().err
