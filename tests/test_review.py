"""`factdiff review`: the Textual app driven by its test pilot, the review file it
writes, and what `check --baseline REVIEW.json` and SARIF make of it."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from conftest import SEEDS
from factdiff.cli import main
from factdiff.errors import UsageError
from factdiff.report.baseline import fingerprint, load_baseline, load_decisions
from factdiff.report.load import load_report

pytest.importorskip("textual")

from factdiff.review import review_app  # noqa: E402


@pytest.fixture(scope="module")
def seeds_json(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("review") / "seeds.json"
    code = main(
        ["check", str(SEEDS), "--no-nli", "--no-cache", "--quiet", "--format", "json",
         "--fail-on", "never", "--output", str(out)]
    )  # fmt: skip
    assert code == 0
    return out


def _sarif_validator():
    from test_report_formats import _validator

    return _validator()


def _drive(app, *keys: str, size=(140, 45)) -> None:
    async def go() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
                await pilot.pause()

    asyncio.run(go())


def test_a_json_report_loads_back_with_the_same_fingerprints(seeds_json: Path) -> None:
    data = json.loads(seeds_json.read_text(encoding="utf-8"))
    report = load_report(seeds_json)
    assert [f.id for f in report.findings] == [f["id"] for f in data["findings"]]
    assert all(a.text for a in report.sources)  # article texts read again from their paths
    again = json.loads(report.to_json())
    assert again["findings"] == data["findings"] and again["claims"] == data["claims"]


def test_review_walks_findings_by_event_and_records_a_dismissal(
    seeds_json: Path, tmp_path: Path
) -> None:
    review = tmp_path / "review.json"
    app = review_app(seeds_json, review)
    first = app.current
    assert first is not None and app.order[0] is first
    # the tree lists each event, then its findings
    labels = [str(g.label) for g in app.groups]
    assert any("talks" in label for label in labels)
    date_finding = next(f for f in app.order if f.kind == "date")
    steps = ["down"] * app.order.index(date_finding)
    _drive(app, *steps, "n", "e", *"announced then held", "enter", "a")
    assert app.current is date_finding
    shown = app.article_shown
    assert shown is not None
    ev = date_finding.evidence[0]
    assert ev.text in shown.plain and "characters" in shown.plain  # the article around it
    start = shown.plain.index(ev.text) + ev.span[0]
    assert any(
        "reverse" in str(s.style) and s.start == start for s in shown.spans
    )  # the conflicting span is highlighted
    data = json.loads(review.read_text(encoding="utf-8"))
    (entry,) = data["findings"]
    assert entry["verdict"] == "not-a-conflict" and entry["note"] == "announced then held"
    assert entry["fingerprint"] == fingerprint(date_finding) and entry["finding"] == "f2"


def test_review_marks_confirm_update_and_clear(seeds_json: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.json"
    app = review_app(seeds_json, review)
    _drive(app, "c", "down", "u")
    decisions = load_decisions(review)
    assert sorted(d.verdict for d in decisions.values()) == ["confirmed", "update"]
    # a second session starts from the file and can clear a decision
    again = review_app(seeds_json, review)
    _drive(again, "x")
    assert [d.verdict for d in load_decisions(review).values()] == ["update"]


def test_dismissed_finding_is_hidden_next_run_and_counted_with_its_reason(
    seeds_json: Path, tmp_path: Path, capsys
) -> None:
    review = tmp_path / "review.json"
    app = review_app(seeds_json, review)
    date_finding = next(f for f in app.order if f.kind == "date")
    _drive(app, *["down"] * app.order.index(date_finding), "n", "e", *"same talks", "enter")
    capsys.readouterr()
    base = ["check", str(SEEDS), "--no-nli", "--no-cache", "--quiet", "--baseline", str(review)]
    assert main([*base, "--format", "json"]) == 1  # the role error is still there
    data = json.loads(capsys.readouterr().out)
    assert [f["kind"] for f in data["findings"]] == ["role"]
    assert data["baselined"] == 1
    (gone,) = data["dismissed"]
    assert gone["kind"] == "date" and gone["verdict"] == "not-a-conflict"
    assert gone["reason"] == "not a conflict: same talks"

    assert main([*base, "--format", "rich", "--width", "100"]) == 1
    out = capsys.readouterr().out
    assert "baseline: 1 known finding not shown" in out
    assert "dismissed f2 (date, error): not a conflict: same talks" in out

    assert main([*base, "--format", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    results = sarif["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert [r["properties"]["findingId"] for r in suppressed] == ["f2"]
    (s,) = suppressed[0]["suppressions"]
    assert s["kind"] == "external" and s["justification"] == "not a conflict: same talks"
    assert all("suppressions" not in r for r in results if r not in suppressed)
    errors = sorted(str(e.message) for e in _sarif_validator().iter_errors(sarif))
    assert errors == []  # the suppressed log is valid SARIF 2.1.0

    assert main([*base, "--format", "markdown"]) == 1
    assert "*not a conflict: same talks*" in capsys.readouterr().out


def test_old_baseline_files_still_hide_everything_they_list(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(
        json.dumps({"factdiff_baseline": 1, "findings": [{"fingerprint": "abc"}, "def"]}),
        encoding="utf-8",
    )
    assert load_baseline(old) == {"abc", "def"}
    assert {d.reason() for d in load_decisions(old).values()} == {"in the baseline"}
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"findings": [{"fingerprint": "abc", "verdict": "maybe"}]}), encoding="utf-8"
    )
    with pytest.raises(UsageError, match="unknown verdict"):
        load_decisions(bad)


def test_review_of_a_missing_report_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["review", str(tmp_path / "nope.json")]) == 2
    assert "report file not found" in capsys.readouterr().err
