"""No network: a whole `factdiff check seeds/` runs with every socket connection refused.

The run uses whatever the pipeline picks by default: the NLI model when one is
installed (models/nli, $FACTDIFF_NLI_MODEL, ~/.cache/factdiff), the typed rules
alone otherwise. Models loaded earlier in the session are dropped first, so
that loading one happens under the guard too.
"""

from __future__ import annotations

import json
import socket

import pytest

import factdiff
from conftest import SEEDS
from factdiff import engines
from factdiff.cli import main


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse (and record) every attempt to resolve a name or open a connection."""
    attempts: list[str] = []

    def refuse(what: str):  # type: ignore[no-untyped-def]
        def guard(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise NetworkUsed(f"network access attempted: {what}")

        return guard

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    # Whatever model was loaded by earlier tests loads again, under the guard.
    monkeypatch.setattr(engines, "_SCORERS", {})
    return attempts


def test_the_guard_refuses_connections(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80), timeout=1)
    s = socket.socket()
    try:
        with pytest.raises(NetworkUsed):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()
    assert len(no_network) == 2


def test_library_check_of_the_seeds_needs_no_network(no_network: list[str]) -> None:
    report = factdiff.check([SEEDS])  # default settings: NLI on if a model is installed
    assert no_network == []
    assert len(report.sources) == 5 and not report.skipped
    assert report.findings
    assert any(
        "Macron" in f.summary or "Macron" in e.text for f in report.findings for e in f.evidence
    )


def test_cli_check_of_the_seeds_needs_no_network(no_network: list[str], capsys) -> None:
    code = main(["check", str(SEEDS), "--format", "json"])
    out = capsys.readouterr().out
    assert code == 1 and no_network == []
    report = json.loads(out)
    assert len(report["sources"]) == 5
    assert report["findings"]


def test_check_with_an_nli_model_needs_no_network(
    tmp_path, monkeypatch: pytest.MonkeyPatch, no_network: list[str]
) -> None:
    """The model path too: a tiny Hugging Face model, named with `model=` (the
    default location only takes a factdiff-format model), loaded and run under
    the guard."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from helpers_tiny_nli import save_tiny_nli

    model = save_tiny_nli(tmp_path / "tiny-nli")
    monkeypatch.setenv("FACTDIFF_HOME", str(tmp_path / "home"))  # the NLI cache goes here
    report = factdiff.check([SEEDS], model=str(model))
    assert no_network == []
    assert report.model != "none" and report.stats.pairs_scored_nli > 0
    assert len(report.sources) == 5
