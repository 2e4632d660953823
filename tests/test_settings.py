"""Unknown settings speak: from `factdiff.check(...)` an exception, from a config file
exit status 2, each naming the key, where it came from and the nearest known key."""

from __future__ import annotations

import re

import pytest

import factdiff
from conftest import ROOT
from factdiff.cli import main
from factdiff.config import load_config
from factdiff.errors import UsageError
from factdiff.settings import SETTING_NAMES, THRESHOLD_NAMES, Settings, UnknownSettingError
from helpers_articles import write_article


@pytest.fixture
def article(tmp_path):
    return write_article(tmp_path, "a.md", "Le ministre va à Paris mercredi.", "2025-04-15")


# ------------------------------------------------------------------ from Python


def test_misspelt_keyword_of_check_is_an_error(article):
    with pytest.raises(UnknownSettingError) as caught:
        factdiff.check([str(article)], no_nil=True)
    assert (
        str(caught.value) == "factdiff.check(): unknown setting 'no_nil' (did you mean 'no_nli'?)"
    )
    assert caught.value.key == "no_nil" and caught.value.suggestion == "no_nli"
    # A usage error of factdiff's, and a ValueError for whoever catches those.
    assert isinstance(caught.value, UsageError) and isinstance(caught.value, ValueError)


def test_misspelt_threshold_of_check_is_an_error(article):
    with pytest.raises(UnknownSettingError, match=re.escape("thresholds: unknown setting 'nuber'")):
        factdiff.check([str(article)], no_nli=True, thresholds={"nuber": 0.2})


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"max-sentence": 3}, "x: unknown setting 'max-sentence' (did you mean 'max-sentences'?)"),
        (
            {"fail_on": "never", "failon": "x"},
            "x: unknown setting 'failon' (did you mean 'fail_on'?)",
        ),
        ({"modle": "m"}, "x: unknown setting 'modle' (did you mean 'model'?)"),
        ({"thresholds": {"date-alon": 0.1}}, "x thresholds: unknown setting 'date-alon' "),
        ({"thresholds": {"enabled": ["date"]}}, "x thresholds: unknown setting 'enabled' "),
    ],
)
def test_from_mapping_names_the_key_and_its_source(values, message):
    with pytest.raises(UnknownSettingError) as caught:
        Settings.from_mapping(values, source="x")
    assert str(caught.value).startswith(message)


def test_a_key_like_no_other_lists_the_known_ones():
    with pytest.raises(UnknownSettingError) as caught:
        Settings.from_mapping({"zzzz": 1}, source="x")
    assert caught.value.suggestion is None
    assert str(caught.value) == f"x: unknown setting 'zzzz' (known: {', '.join(SETTING_NAMES)})"


def test_without_a_source_the_message_is_the_key_alone():
    with pytest.raises(UnknownSettingError) as caught:
        Settings.from_mapping({"thresholds": {"dat": 0.1}})
    assert str(caught.value) == "thresholds: unknown setting 'dat' (did you mean 'date'?)"


def test_known_settings_still_apply():
    settings = Settings.from_mapping(
        {"no-nli": True, "kinds": ["date"], "thresholds": {"date-alone": 0.5}, "max_sentences": 9}
    )
    assert settings.nli is False and settings.max_sentences == 9
    assert settings.thresholds.date_alone == 0.5 and settings.thresholds.enabled == ("date",)
    assert "enabled" not in THRESHOLD_NAMES


# ------------------------------------------------------------------ from a config file


def _check(args, capsys):
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "text", "where", "why"),
    [
        ("factdiff.toml", "no-nil = true\n", "", "'no-nil' (did you mean 'no-nli'?)"),
        ("factdiff.toml", "no_nil = true\n", "", "'no_nil' (did you mean 'no_nli'?)"),
        (
            "factdiff.toml",
            "[thresholds]\nnuber = 0.2\n",
            " [thresholds]",
            "'nuber' (did you mean 'number'?)",
        ),
        (
            "pyproject.toml",
            "[tool.factdiff]\nfail-onn = 'never'\n",
            " [tool.factdiff]",
            "'fail-onn' (did you mean 'fail-on'?)",
        ),
        (
            "pyproject.toml",
            "[tool.factdiff]\nno-nli = true\n[tool.factdiff.thresholds]\nlocaton = 0.1\n",
            " [tool.factdiff.thresholds]",
            "'locaton' (did you mean 'location'?)",
        ),
    ],
)
def test_unknown_key_in_a_config_file_is_a_usage_error(
    tmp_path, capsys, article, name, text, where, why
):
    config = tmp_path / name
    config.write_text(text, encoding="utf-8")
    code, out, err = _check([str(article), "--config", str(config), "--no-nli"], capsys)
    assert code == 2 and out == ""
    assert err == f"factdiff: {config}{where}: unknown setting {why}\n"


def test_unknown_key_in_a_config_file_found_upwards(tmp_path, capsys, article, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.factdiff]\nstory = 'on'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = _check([str(article), "--no-nli"], capsys)
    assert code == 2
    assert err == (
        f"factdiff: {tmp_path / 'pyproject.toml'} [tool.factdiff]: "
        "unknown setting 'story' (did you mean 'stories'?)\n"
    )


def test_every_setting_of_the_readme_is_known(tmp_path):
    """The configuration example of the README loads as it is written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[tool\.factdiff\].*?)```", readme, re.S)
    assert block is not None
    config = tmp_path / "pyproject.toml"
    config.write_text(block.group(1), encoding="utf-8")
    values = load_config(config)
    assert values["nli_max_pairs"] == 400
    Settings.from_mapping(values, source=str(config))
