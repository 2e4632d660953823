"""What a `factdiff serve` worker is told: limits, access, defaults for every check.

The command line builds a `ServeConfig`; uvicorn's worker processes get it back
from the environment (`FACTDIFF_SERVE_CONFIG`, JSON), since they import the app
by name (`factdiff.serve.app:app_from_env`).
"""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import asdict, dataclass, field
from typing import Any

from factdiff.errors import UsageError

ENV = "FACTDIFF_SERVE_CONFIG"

# Settings a request may not change: they name files or processes of the server.
SERVER_ONLY = ("model", "cache", "cache_dir", "engine", "ray_address")


@dataclass
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    token: str | None = None
    # Limits of one request to POST /v1/check.
    max_request_bytes: int = 10_000_000
    max_articles: int = 50
    timeout: float = 60.0  # seconds from arrival (queueing included) to the answer
    cors_origins: list[str] = field(default_factory=list)
    # Defaults of every check (the [tool.factdiff] table of the server's config file
    # plus its flags); a request's "settings" override them, SERVER_ONLY aside.
    settings: dict[str, Any] = field(default_factory=dict)
    warm: bool = True  # load the NLI model and the embedder before serving

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> ServeConfig:
        raw = os.environ.get(ENV)
        return cls(**json.loads(raw)) if raw else cls()


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(config: ServeConfig) -> None:
    """Refuse to listen beyond this machine without a token."""
    if not is_loopback(config.host) and not config.token:
        raise UsageError(
            f"refusing to listen on {config.host} without a token: give --token "
            "(or FACTDIFF_TOKEN), or bind to 127.0.0.1"
        )
    if config.workers < 1:
        raise UsageError("--workers must be at least 1")
    if config.timeout <= 0:
        raise UsageError("--timeout must be positive")
