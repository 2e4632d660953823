"""Reports written with --output are atomic: a killed run leaves the old report or
the new one, never half of one; normal runs leave no temporary files behind."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from factdiff.cli import main, write_atomically

# A child that rewrites one report forever, alternating two big valid documents.
WRITER = """
import json, sys
from pathlib import Path
from factdiff.cli import write_atomically
path, a, b = Path(sys.argv[1]), Path(sys.argv[2]).read_text(), Path(sys.argv[3]).read_text()
print("ready", flush=True)
while True:
    write_atomically(path, a)
    write_atomically(path, b)
"""


def _big_json(tag: str, n: int) -> str:
    rows = [{"id": f"{tag}{i}", "text": f"{tag} " + "x" * 200} for i in range(n)]
    return json.dumps({"tag": tag, "rows": rows}, indent=1) + "\n"


def _temp_files(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}.*.tmp"))


def test_sigkill_during_writes_leaves_old_or_new_never_half(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    old = json.dumps({"tag": "old"}) + "\n"
    report.write_text(old)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(_big_json("A", 20_000))  # ~4.5 MB each: a write takes a while
    b.write_text(_big_json("B", 25_000))
    expected = {old, a.read_text(), b.read_text()}
    rng = random.Random(6)
    seen: set[str] = set()
    for _ in range(25):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(report), str(a), str(b)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        content = report.read_text()
        assert content in expected, f"half-written report: {len(content)} chars"
        seen.add(json.loads(content)["tag"])
    assert seen & {"A", "B"}, "the writer never got to replace the report"
    # A SIGKILL cannot clean up after itself: the temporary files of the kills that
    # landed mid-write stay (which shows some did), dot-files beside the report.
    left = _temp_files(tmp_path, "report.json")
    assert left, "no kill landed during a write"
    assert all(p.name.startswith(".report.json.") for p in left)


def _corpus(folder: Path, copies: int) -> Path:
    """The seeds copied `copies` times under different names: a big report."""
    folder.mkdir()
    for n in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, folder / f"{n:02d}_{seed.name}")
    return folder


def test_sigkill_of_the_cli_leaves_old_or_complete_new_report(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", 4)
    report = tmp_path / "report.json"
    cmd = [
        sys.executable, "-m", "factdiff.cli", "check", str(corpus),
        "--format", "json", "--no-nli", "--quiet", "--output", str(report),
    ]  # fmt: skip
    t0 = time.perf_counter()
    subprocess.run(cmd, check=False, timeout=300, capture_output=True)
    duration = time.perf_counter() - t0
    reference = json.loads(report.read_text())
    assert reference["findings"]
    old = json.dumps({"old": True}) + "\n"
    rng = random.Random(4)
    outcomes = []
    for _ in range(6):
        report.write_text(old)
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.1) * duration)
        child.send_signal(signal.SIGKILL)
        child.wait()
        content = report.read_text()
        if content == old:
            outcomes.append("old")
            continue
        new = json.loads(content)  # complete, or this raises
        new["stats"].pop("seconds")
        ref = dict(reference, stats={k: v for k, v in reference["stats"].items() if k != "seconds"})
        assert new == ref
        outcomes.append("new")
    assert outcomes  # old or new, each time


def test_normal_runs_leave_no_temporary_files(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "in", 1)
    out = tmp_path / "out" / "r.json"
    out.parent.mkdir()
    for fmt in ("json", "markdown", "html"):
        code = main(["check", str(corpus), "--no-nli", "--format", fmt, "--output", str(out)])
        assert code == 1
        assert _temp_files(out.parent, "r.json") == []
        assert sorted(p.name for p in out.parent.iterdir()) == ["r.json"]


def test_a_failed_write_keeps_the_old_report_and_removes_its_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    corpus = _corpus(tmp_path / "in", 1)
    out = tmp_path / "r.json"
    out.write_text("old")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    code = main(["check", str(corpus), "--no-nli", "--format", "json", "--output", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.strip() == f"factdiff: {out}: cannot write the report: no space left on device"
    assert out.read_text() == "old"
    assert _temp_files(tmp_path, "r.json") == []


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_output_that_cannot_be_written_is_refused_before_the_run(
    tmp_path: Path, where: str, capsys
) -> None:
    target = tmp_path / "nowhere" / "r.json" if where == "missing-folder" else tmp_path
    code = main(["check", str(SEEDS), "--no-nli", "--output", str(target)])
    assert code == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"factdiff: {target}: cannot write the report there")


def test_write_atomically_keeps_the_mode_of_the_report_it_replaces(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    out.write_text("old")
    out.chmod(0o640)
    write_atomically(out, "new")
    assert out.read_text() == "new" and (out.stat().st_mode & 0o777) == 0o640
    assert _temp_files(tmp_path, "r.json") == []
