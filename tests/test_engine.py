"""The per-story stage: progress across stories, the engine interface, and the Ray
engine's report is the local one's, byte for byte, limits reached included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factdiff.engines import ENGINE_NAMES, LocalEngine, StoryResult, get_engine
from factdiff.errors import UsageError
from factdiff.pipeline import Settings, run
from factdiff.report import render
from helpers_articles import LONG_LEAD, write_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"
FORMATS = ("json", "markdown", "html", "sarif", "junit", "rich")


def _inputs() -> list[str]:
    """The seeds and, when present, a few dev clusters: several stories in one run."""
    paths = [str(SEEDS)]
    if SHARED_DEV.is_dir():
        for cluster in sorted(SHARED_DEV.iterdir())[:4]:
            paths += [str(p) for p in sorted(cluster.iterdir()) if p.name != "gold.json"]
    return paths


LIMIT_KINDS = {"max_sentences", "nli_window", "nli_pairs"}


def _long_leads(folder: Path) -> list[str]:
    """Two articles whose leads are one long sentence each, disagreeing on the weekday."""
    folder.mkdir(exist_ok=True)
    return [
        str(write_article(folder, f"long-{day}.md", LONG_LEAD.format(day=day), "2025-04-15"))
        for day in ("mercredi", "jeudi")
    ]


def _rendered(report) -> dict[str, str]:
    out = {}
    for fmt in FORMATS:
        text = render(report, fmt, fail_on="never", width=100, color=False)
        if fmt == "json":
            data = json.loads(text)
            data["stats"].pop("seconds")
            text = json.dumps(data, sort_keys=True)
        out[fmt] = text
    return out


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, stage, done, total):
        self.calls.append((stage, done, total))


def test_progress_reports_stories():
    rec = Recorder()
    report = run(_inputs(), Settings(nli=False, stories="on"), progress=rec)
    stories = [c for c in rec.calls if c[0] == "stories"]
    n = len(report.stories)
    assert n >= 1
    assert stories[0] == ("stories", 0, n) and stories[-1] == ("stories", n, n)
    assert [d for _, d, _ in stories] == sorted(d for _, d, _ in stories)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("transformers")
    from helpers_tiny_nli import save_tiny_nli

    return save_tiny_nli(tmp_path_factory.mktemp("nli") / "tiny")


@pytest.fixture(scope="module")
def local_ray():
    ray = pytest.importorskip("ray")
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        _node_ip_address="127.0.0.1",
        object_store_memory=128 * 1024 * 1024,
    )
    yield ray
    ray.shutdown()


@pytest.mark.parametrize("with_nli", [False, True], ids=["rules", "tiny-nli"])
def test_ray_report_is_byte_identical(local_ray, tiny_model, with_nli):
    settings = Settings(
        stories="on", nli=with_nli, model=str(tiny_model) if with_nli else None, cache=False
    )
    local = run(_inputs(), settings)
    rec = Recorder()
    remote = run(_inputs(), Settings(**{**settings.__dict__, "engine": "ray"}), progress=rec)
    assert len(local.stories) > 1
    assert remote.model == local.model
    assert remote.stats.pairs_scored_nli == local.stats.pairs_scored_nli
    if with_nli:
        assert local.stats.pairs_scored_nli > 0
    assert _rendered(remote) == _rendered(local)
    assert rec.calls[-1] == ("stories", len(local.stories), len(local.stories))
    assert int(local_ray.cluster_resources()["CPU"]) == 2


def test_ray_engine_from_the_command_line(local_ray, tmp_path, capsys):
    from factdiff.cli import main

    args = ["check", *_inputs(), "--no-nli", "--stories", "on", "--format", "markdown", "-q"]
    args += ["--fail-on", "never"]
    assert main(args) == 0
    local = capsys.readouterr().out
    assert main(args + ["--engine", "ray"]) == 0
    assert capsys.readouterr().out == local
    assert main(args + ["--ray-address", "auto"]) == 2  # needs --engine ray


def test_engines_by_name():
    assert ENGINE_NAMES == ("local", "ray")
    assert isinstance(get_engine("local"), LocalEngine)
    assert get_engine("ray").name == "ray"  # Ray itself is imported only when it runs
    with pytest.raises(UsageError, match="unknown engine 'spark'; expected one of local, ray"):
        get_engine("spark")


def test_no_import_cycle_between_the_pipeline_and_the_engines():
    """The engines and the settings import neither the pipeline nor each other's privates."""
    code = (
        "import sys, factdiff.engine_ray, factdiff.engines, factdiff.settings;"
        "assert 'factdiff.pipeline' not in sys.modules, 'an engine imports the pipeline'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    source = (ROOT / "src" / "factdiff" / "engine_ray.py").read_text(encoding="utf-8")
    assert "pipeline" not in source.replace("pipeline.run", "")


def test_story_results_carry_the_limits(tiny_model, tmp_path):
    """Each story's result has what the report's limits are made of."""
    from factdiff.engines import StoryChecker
    from factdiff.pipeline import _stories, _story_work, extract_articles, read_articles

    # A third article agreeing with the first in other words: a pair no rule flags, left
    # to the model (the same words would never reach it).
    agreeing = LONG_LEAD.format(day="mercredi").replace(
        "selon une source diplomatique", "selon une source proche du dossier"
    )
    same = write_article(tmp_path, "same.md", agreeing, "2025-04-15")
    paths = [*_long_leads(tmp_path), str(same)]
    settings = Settings(model=str(tiny_model), cache=False, nli_max_pairs=0, semantic=False)
    articles, _ = read_articles(paths)
    extraction = extract_articles(articles, settings)
    work = _story_work(_stories(articles, extraction, settings), articles, extraction)
    (result,) = [StoryChecker(settings).check(item, extraction.index) for item in work]
    assert isinstance(result, StoryResult)
    assert result.nli_windowed == {
        *(LONG_LEAD.format(day=d) for d in ("mercredi", "jeudi")),
        agreeing,
    }
    assert result.nli_unscored > 0 and result.nli_directions
    report = run(paths, settings)
    assert report.stats.limits == [
        {"limit": "nli_window", "value": 600, "sentences": 3},
        {"limit": "nli_pairs", "value": 0, "unscored": result.nli_unscored},
    ]
    assert report.stats.pairs_scored_nli == len(result.nli_directions)


def test_limits_of_several_stories_merge():
    """A sentence read in windows counts once however many stories read it; unscored
    pairs add up; the pairs scored are the union of every story's."""
    from factdiff.pipeline import _merged, _nli_limits

    def result(windowed, unscored, directions):
        return StoryResult(
            [], {}, 0, [], {}, {}, frozenset(directions), frozenset(windowed), unscored
        )

    results = [result({"x", "y"}, 3, {("a", "b")}), result({"y", "z"}, 4, {("b", "a"), ("a", "b")})]
    assert _nli_limits(results, Settings(nli_max_pairs=5)) == [
        {"limit": "nli_window", "value": 600, "sentences": 3},
        {"limit": "nli_pairs", "value": 5, "unscored": 7},
    ]
    assert _merged(results).pairs_scored_nli == 2
    assert _nli_limits([result((), 0, ())], Settings()) == []


def _limits_inputs(folder: Path) -> list[str]:
    return _inputs() + _long_leads(folder)


@pytest.mark.parametrize("stories", ["off", "on"], ids=["one-story", "several-stories"])
def test_ray_report_is_byte_identical_when_limits_are_reached(
    local_ray, tiny_model, tmp_path, stories
):
    """Every limit reached (an article cut at max_sentences, long sentences read in
    windows, aligned pairs past nli-max-pairs): the Ray workers build the judge with the
    run's policy, and the limits come back with each story's result."""
    settings = Settings(
        stories=stories,
        model=str(tiny_model),
        cache=False,
        max_sentences=6,
        nli_max_pairs=2,
    )
    paths = _limits_inputs(tmp_path / "leads")
    local = run(paths, settings)
    remote = run(paths, Settings(**{**settings.__dict__, "engine": "ray"}))
    assert {limit["limit"] for limit in local.stats.limits} == LIMIT_KINDS
    assert (len(local.stories) > 1) == (stories == "on")
    assert remote.stats.limits == local.stats.limits
    assert remote.stats.pairs_scored_nli == local.stats.pairs_scored_nli > 0
    assert _rendered(remote) == _rendered(local)
