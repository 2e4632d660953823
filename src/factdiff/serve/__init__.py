"""`factdiff serve`: factdiff as a long-running HTTP service (FastAPI under uvicorn).

    factdiff serve [--host 127.0.0.1] [--port 8000] [--workers N] [--token TOKEN]
                   [--timeout S] [--max-request-bytes N] [--max-articles N]
                   [--cors-origin ORIGIN]... [--config FILE] [--model DIR]
                   [--no-nli] [--cache DIR | --no-cache] [--no-warm]

Each worker process loads the NLI model once; the NLI cache on disk is shared by
the workers (and by CLI runs using the same folder). The app is in
`factdiff.serve.app`; this module only parses the command line, so `factdiff check`
never imports FastAPI.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from factdiff.errors import UsageError

__all__ = ["add_subcommand", "cmd_serve"]


def add_subcommand(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="run factdiff as an HTTP service (POST /v1/check, an editors' page at /)",
        description="Serve POST /v1/check, GET /healthz, GET /metrics, /openapi.json and an "
        "editors' page at /. Binds to loopback unless told otherwise; any other address "
        "needs a token, then required from clients as a bearer token.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--token",
        default=None,
        help="bearer token clients must send (default: $FACTDIFF_TOKEN); required "
        "to bind to a non-loopback address",
    )
    p.add_argument(
        "--timeout", type=float, default=60.0, help="seconds a check may take (default 60)"
    )
    p.add_argument(
        "--max-request-bytes",
        type=int,
        default=10_000_000,
        metavar="N",
        help="largest request body (default 10000000; larger: 413)",
    )
    p.add_argument(
        "--max-articles",
        type=int,
        default=50,
        metavar="N",
        help="most articles in one request (default 50; more: 413)",
    )
    p.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow cross-origin requests from ORIGIN (repeatable; default none)",
    )
    p.add_argument("--config", type=Path, metavar="FILE", help="settings file for every check")
    p.add_argument("--model", metavar="DIR", help="an NLI model folder")
    p.add_argument("--no-nli", action="store_true", default=None, help="typed rules only")
    p.add_argument("--cache", metavar="DIR", default=None, help="NLI cache folder")
    p.add_argument("--no-cache", action="store_true", help="no NLI cache")
    p.add_argument(
        "--no-warm", action="store_true", help="load the model on the first request, not before"
    )
    p.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    p.set_defaults(func=cmd_serve)


def build_config(args: argparse.Namespace):
    from factdiff.config import check_settings, find_config, load_config
    from factdiff.serve.config import ServeConfig, check_bind

    config_path = args.config or find_config()
    if args.config is not None and not args.config.is_file():
        raise UsageError(f"{args.config}: config file not found")
    values = load_config(config_path)
    check_settings(values, config_path)
    if args.no_cache and args.cache:
        raise UsageError("--cache and --no-cache exclude each other")
    if args.model:
        values["model"] = args.model
    if args.no_nli:
        values["no_nli"] = True
    if args.no_cache:
        values["cache"] = False
    elif args.cache:
        values["cache"] = True
        values["cache_dir"] = str(Path(args.cache).resolve())
    values.pop("format", None)
    if values.get("engine", "local") != "local":
        raise UsageError("factdiff serve runs the local engine only")
    if isinstance(values.get("thresholds"), dict):
        values["thresholds"] = dict(values["thresholds"])
    config = ServeConfig(
        host=args.host,
        port=args.port,
        workers=args.workers,
        token=args.token or os.environ.get("FACTDIFF_TOKEN") or None,
        max_request_bytes=args.max_request_bytes,
        max_articles=args.max_articles,
        timeout=args.timeout,
        cors_origins=list(args.cors_origin),
        settings=values,
        warm=not args.no_warm,
    )
    check_bind(config)
    if config.max_articles < 1 or config.max_request_bytes < 1:
        raise UsageError("--max-articles and --max-request-bytes must be positive")
    return config


def cmd_serve(args: argparse.Namespace) -> int:
    config = build_config(args)
    try:
        import uvicorn

        import factdiff.serve.app  # noqa: F401 - fails early without the extra
    except ImportError as exc:
        raise UsageError(
            f"factdiff serve needs the 'serve' extra ({exc.name} is missing): "
            "pip install 'factdiff[serve]'"
        ) from exc
    from factdiff.serve.config import ENV

    os.environ[ENV] = config.to_env()
    if config.workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # /metrics sums the workers' counters from these files.
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="factdiff-metrics-")
    print(
        f"factdiff: serving on http://{config.host}:{config.port}/ "
        f"({config.workers} worker{'s' if config.workers > 1 else ''}"
        f"{', bearer token required' if config.token else ''})",
        file=sys.stderr,
    )
    uvicorn.run(
        "factdiff.serve.app:app_from_env",
        factory=True,
        host=config.host,
        port=config.port,
        workers=config.workers,
        log_level=args.log_level,
        timeout_graceful_shutdown=5,
        proxy_headers=False,
    )
    return 0
