"""The per-story stage: progress across stories, and the Ray engine's report is the local one's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdiff.pipeline import Settings, run
from factdiff.report import render

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
