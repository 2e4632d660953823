"""`factdiff serve`: every endpoint, format, error and limit, in-process (FastAPI's
TestClient), and the service's report against the CLI's on the same files.

Most tests run the typed rules alone (`no-nli`); one runs a tiny NLI model through
both the service and the CLI, with the NLI cache in a temporary folder.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from conftest import SEEDS  # noqa: E402
from factdiff.cli import main  # noqa: E402
from factdiff.serve import app as serve_app  # noqa: E402
from factdiff.serve.app import create_app  # noqa: E402
from factdiff.serve.config import ServeConfig, check_bind, is_loopback  # noqa: E402

RULES = {"no_nli": True}
A = "Le ministre va se rendre à Paris mercredi pour des discussions sur l'Ukraine."
B = "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre."
PAIR = [
    {"id": "a", "text": A, "published": "2025-04-15", "lang": "fr"},
    {"id": "b", "text": B, "published": "2025-04-17", "lang": "fr"},
]


def _client(**kw) -> TestClient:
    kw.setdefault("warm", False)
    kw.setdefault("settings", dict(RULES))
    return TestClient(create_app(ServeConfig(**kw)))


@pytest.fixture(scope="module")
def client():
    with _client() as c:
        yield c


def _seed_files() -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", (p.name, p.read_bytes())) for p in sorted(SEEDS.iterdir())]


def _no_seconds(text: str) -> dict:
    doc = json.loads(text)
    doc["stats"].pop("seconds")
    return doc


def _cli(folder: Path, names: list[str], monkeypatch, *flags: str) -> tuple[int, str]:
    """`factdiff check NAMES... FLAGS` run in `folder`; (exit status, report text)."""
    monkeypatch.chdir(folder)
    out = folder.parent / f"cli-report-{len(list(folder.parent.iterdir()))}"
    status = main(["check", *names, "-q", "-o", str(out), *flags])
    return status, out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("serve") / "in"
    shutil.copytree(SEEDS, folder)
    return folder


def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["model"] == "none" and body["pid"] > 0


def test_seeds_report_is_the_clis(client, seeds_copy, monkeypatch):
    r = client.post("/v1/check", files=_seed_files())
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    names = sorted(p.name for p in seeds_copy.iterdir())
    status, cli_text = _cli(seeds_copy, names, monkeypatch, "--format", "json", "--no-nli")
    assert status == 1  # the seeds have errors
    assert _no_seconds(r.text) == _no_seconds(cli_text)
    # byte for byte once the timings are blanked out the same way
    blank = '"seconds": {}'
    import re

    pattern = re.compile(r'"seconds": \{[^}]*\}')
    assert pattern.sub(blank, r.text) == pattern.sub(blank, cli_text)
    assert int(r.headers["x-factdiff-findings"]) == len(r.json()["findings"]) > 0
    assert r.headers["x-factdiff-fail"] == "true"


@pytest.mark.parametrize("fmt", ["html", "markdown", "sarif", "junit"])
def test_formats_are_the_clis(client, seeds_copy, monkeypatch, fmt):
    r = client.post(f"/v1/check?format={fmt}", files=_seed_files())
    assert r.status_code == 200
    names = sorted(p.name for p in seeds_copy.iterdir())
    _, cli_text = _cli(seeds_copy, names, monkeypatch, "--format", fmt, "--no-nli")
    assert r.text == cli_text
    expected = {
        "html": "text/html",
        "markdown": "text/markdown",
        "sarif": "application/sarif+json",
        "junit": "application/xml",
    }[fmt]
    assert r.headers["content-type"].startswith(expected)
    if fmt == "html":
        from factdiff.report.html import CSP

        assert r.headers["content-security-policy"] == CSP


def test_json_articles_are_the_clis_articles_json(client, tmp_path, monkeypatch):
    r = client.post("/v1/check", json={"articles": PAIR})
    assert r.status_code == 200
    report = r.json()
    assert [s["id"] for s in report["sources"]] == ["a", "b"]
    assert [f["kind"] for f in report["findings"]] == ["date"]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "articles.json").write_text(
        json.dumps(PAIR, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    _, cli_text = _cli(folder, ["articles.json"], monkeypatch, "--format", "json", "--no-nli")
    assert _no_seconds(r.text) == _no_seconds(cli_text)


def test_article_without_text_is_named_and_the_others_checked(client):
    articles = [PAIR[0], {"id": "broken", "title": "no text"}, PAIR[1]]
    r = client.post("/v1/check", json={"articles": articles})
    assert r.status_code == 400
    report = r.json()
    assert report["skipped"] == [{"path": "articles.json", "reason": "record 2 has no 'text'"}]
    assert [s["id"] for s in report["sources"]] == ["a", "b"]
    assert [f["kind"] for f in report["findings"]] == ["date"]
    assert r.headers["x-factdiff-skipped"] == "1"


def test_unreadable_upload_is_named_and_the_others_checked(client):
    files = [
        ("files", ("a.md", A.encode())),
        ("files", ("empty.txt", b"")),
        ("files", ("b.md", B.encode())),
    ]
    r = client.post("/v1/check", files=files)
    assert r.status_code == 400
    report = r.json()
    assert report["skipped"] == [{"path": "empty.txt", "reason": "empty file"}]
    assert [s["id"] for s in report["sources"]] == ["a.md", "b.md"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"articles": [', "invalid JSON"),
        (b"\xff\xfe", "invalid JSON: not UTF-8"),
        (b'["not an object"]', "expected an object"),
        (b'{"articles": "a text"}', "articles must be a list"),
        (b'{"articles": []}', "no articles to check"),
        (b'{"articles": [{"text": "x"}], "settings": []}', "settings must be a JSON object"),
    ],
)
def test_malformed_json_is_400_with_a_reason(client, body, reason):
    r = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert reason in r.json()["error"]
    assert "Traceback" not in r.text


def test_bad_format_settings_and_content_type(client):
    r = client.post("/v1/check?format=pdf", json={"articles": PAIR})
    assert r.status_code == 400 and "unknown format" in r.json()["error"]
    r = client.post("/v1/check", json={"articles": PAIR, "settings": {"fail-on": "fatal"}})
    assert r.status_code == 400 and "fail-on" in r.json()["error"]
    r = client.post("/v1/check", json={"articles": PAIR, "settings": {"model": "/etc"}})
    assert r.status_code == 400 and "model cannot be set" in r.json()["error"]
    r = client.post("/v1/check", content=b"x", headers={"content-type": "text/plain"})
    assert r.status_code == 415
    r = client.post("/v1/check", files=[("files", ("a.md", A.encode())), ("files", ("a.md", b"x"))])
    assert r.status_code == 400 and "two files" in r.json()["error"]


def test_request_settings_are_applied(client):
    r = client.post(
        "/v1/check?format=junit",
        json={"articles": PAIR, "settings": {"kinds": ["number"], "fail-on": "never"}},
    )
    assert r.status_code == 200
    assert r.headers["x-factdiff-findings"] == "0"
    assert r.headers["x-factdiff-fail"] == "false"


def test_limits_are_413_with_a_reason():
    with _client(max_articles=2, max_request_bytes=2000) as c:
        r = c.post("/v1/check", json={"articles": PAIR + PAIR[:1]})
        assert r.status_code == 413 and "above the limit of 2" in r.json()["error"]
        files = [("files", (f"{i}.md", A.encode())) for i in range(3)]
        r = c.post("/v1/check", files=files)
        assert r.status_code == 413 and r.json()["error"]
        lines = "\n".join(json.dumps(a) for a in PAIR + PAIR[:1])
        r = c.post("/v1/check", files=[("files", ("wire.jsonl", lines.encode()))])
        assert r.status_code == 413 and "3 articles" in r.json()["error"]
        big = [{"id": "a", "text": A * 40}, PAIR[1]]
        r = c.post("/v1/check", json={"articles": big})
        assert r.status_code == 413 and "bytes" in r.json()["error"]
        assert c.post("/v1/check", json={"articles": PAIR}).status_code == 200


def test_timeout_is_504_and_the_worker_goes_on(monkeypatch):
    real = serve_app.check_files
    finished = threading.Event()

    def stuck(files, settings, deadline=None, fmt="json"):  # a batch that overruns the limit
        if any(name == "slow.md" for name, _ in files):
            time.sleep(2.0)
            finished.set()
        return real(files, settings, deadline, fmt)

    monkeypatch.setattr(serve_app, "check_files", stuck)
    with _client(timeout=1.0) as c:
        t = time.monotonic()
        r = c.post("/v1/check", files=[("files", ("slow.md", A.encode()))])
        assert r.status_code == 504 and "time limit" in r.json()["error"]
        assert time.monotonic() - t < 1.9
        assert c.get("/healthz").status_code == 200  # while the check thread is still busy
        assert finished.wait(10)
        r = c.post("/v1/check", json={"articles": PAIR})
        assert r.status_code == 200 and r.json()["findings"]
        assert "factdiff_check_timeouts_total 1.0" in c.get("/metrics").text


def test_the_deadline_stops_the_check_itself():
    with _client(timeout=1e-6) as c:
        r = c.post("/v1/check", json={"articles": PAIR})
        assert r.status_code == 504


def test_internal_error_is_one_json_line_without_traceback(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError('Traceback (most recent call last):\n  File "x.py"')

    monkeypatch.setattr(serve_app, "check_files", boom)
    with _client() as c:
        r = c.post("/v1/check", json={"articles": PAIR})
    assert r.status_code == 500
    assert r.json() == {"error": "internal error: RuntimeError", "status": 500}


def test_token_is_required_as_bearer():
    with _client(token="s3cret") as c:
        assert c.post("/v1/check", json={"articles": PAIR}).status_code == 401
        r = c.post("/v1/check", json={"articles": PAIR}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert c.get("/metrics").status_code == 401
        assert c.get("/openapi.json").status_code == 401
        assert c.get("/healthz").status_code == 200
        assert c.get("/").status_code == 200  # the page asks the editor for the token
        good = {"Authorization": "Bearer s3cret"}
        assert c.post("/v1/check", json={"articles": PAIR}, headers=good).status_code == 200
        assert c.get("/metrics", headers=good).status_code == 200


def test_loopback_by_default_and_no_other_bind_without_token(capsys):
    assert ServeConfig().host == "127.0.0.1"
    for host in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"):
        assert is_loopback(host)
    for host in ("0.0.0.0", "::", "10.1.2.3", "example.org"):
        assert not is_loopback(host)
    check_bind(ServeConfig(host="0.0.0.0", token="t"))
    assert main(["serve", "--host", "0.0.0.0", "--port", "1"]) == 2
    assert "refusing to listen on 0.0.0.0 without a token" in capsys.readouterr().err


def test_no_cors_unless_configured(client):
    preflight = {
        "Origin": "https://cms.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    r = client.options("/v1/check", headers=preflight)
    assert "access-control-allow-origin" not in r.headers
    r = client.post("/v1/check", json={"articles": PAIR}, headers={"Origin": "https://x.example"})
    assert "access-control-allow-origin" not in r.headers
    with _client(cors_origins=["https://cms.example"]) as c:
        r = c.options("/v1/check", headers=preflight)
        assert r.headers["access-control-allow-origin"] == "https://cms.example"


def test_editor_page_is_self_contained(client):
    from factdiff.serve import page

    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert csp == page.CSP and f'content="{csp}"' in r.text
    from factdiff.report.html import CSP as REPORT_CSP

    # the report's policy, with the page's own hashes and a way to post to itself
    for directive in REPORT_CSP.split("; "):
        name, *values = directive.split(" ")
        mine = next(d for d in csp.split("; ") if d.split(" ")[0] == name)
        assert set(values) <= set(mine.split(" ")[1:])
    assert "connect-src 'self'" in csp
    assert "http://" not in r.text and "https://" not in r.text and "src=" not in r.text


def test_metrics_count_requests_findings_and_nli(client):
    client.post("/v1/check", json={"articles": PAIR})
    text = client.get("/metrics").text
    assert 'factdiff_requests_total{endpoint="/v1/check",method="POST",status="200"}' in text
    assert 'factdiff_request_seconds_bucket{endpoint="/v1/check",le="0.5"}' in text
    assert 'factdiff_findings_total{severity="error"}' in text
    assert "factdiff_nli_pairs_scored_total" in text
    assert "factdiff_nli_pairs_cached_total" in text


def test_openapi_schema(client):
    schema = client.get("/openapi.json").json()
    op = schema["paths"]["/v1/check"]["post"]
    assert set(op["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert {"/healthz", "/metrics"} <= set(schema["paths"])
    assert "413" in op["responses"] and "504" in op["responses"]


def test_the_serve_command_is_wired(monkeypatch):
    from factdiff.cli import build_parser
    from factdiff.serve import build_config

    args = build_parser().parse_args(
        ["serve", "--workers", "2", "--token", "t", "--host", "0.0.0.0", "--no-nli"]
    )
    config = build_config(args)
    assert config.workers == 2 and config.token == "t" and config.settings["no_nli"] is True
    # uvicorn's worker processes read the config back from the environment
    monkeypatch.setenv("FACTDIFF_SERVE_CONFIG", config.to_env())
    assert ServeConfig.from_env() == config


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("transformers")
    from helpers_tiny_nli import save_tiny_nli

    return save_tiny_nli(tmp_path_factory.mktemp("nli") / "tiny")


def test_with_a_model_the_report_is_the_clis_and_the_cache_is_shared(
    tiny_model, seeds_copy, tmp_path, monkeypatch
):
    home = tmp_path / "home"
    monkeypatch.setenv("FACTDIFF_HOME", str(home))
    settings = {"model": str(tiny_model), "cache": True, "cache_dir": str(home)}
    with _client(settings=settings, warm=True) as c:
        assert c.get("/healthz").json()["model"] != "none"
        first = c.post("/v1/check", files=_seed_files())
        assert first.status_code == 200
        text = c.get("/metrics").text
        scored = _metric(text, "factdiff_nli_pairs_scored_total")
        assert scored > 0
        second = c.post("/v1/check", files=_seed_files())
        assert second.text.split('"stats"')[0] == first.text.split('"stats"')[0]
        assert _metric(c.get("/metrics").text, "factdiff_nli_pairs_scored_total") == scored
        assert _metric(c.get("/metrics").text, "factdiff_nli_pairs_cached_total") > 0
    assert json.loads(first.text)["stats"]["pairs_scored_nli"] > 0
    names = sorted(p.name for p in seeds_copy.iterdir())
    flags = ("--format", "json", "--model", str(tiny_model))
    _, cli_text = _cli(seeds_copy, names, monkeypatch, *flags)
    assert _no_seconds(first.text) == _no_seconds(cli_text)


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in metrics")
