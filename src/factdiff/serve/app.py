"""The FastAPI application of `factdiff serve`.

Endpoints: POST /v1/check (JSON articles or multipart files; `?format=`), GET /healthz,
GET /metrics (Prometheus text), GET /openapi.json, GET / (the editors' page).

Checks run one at a time per worker, in one thread that owns the NLI model, the
embedder and the NLI cache connection; the event loop stays free for other
requests (a check past its time limit gets 504 at once, and the thread drops it at
its next progress step). Every error is a JSON object with one `error` line:
never a traceback.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from factdiff import __version__
from factdiff.config import check_settings
from factdiff.errors import FactdiffError
from factdiff.pipeline import Settings, load_scorer
from factdiff.report import should_fail
from factdiff.serve import page
from factdiff.serve.checker import (
    DeadlineExceeded,
    Outcome,
    check_files,
    json_request_file,
    merged_settings,
    safe_name,
)
from factdiff.serve.config import SERVER_ONLY, ServeConfig
from factdiff.serve.metrics import Metrics

log = logging.getLogger("factdiff.serve")

MEDIA = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "sarif": "application/sarif+json",
    "junit": "application/xml",
}
OPEN = ("/", "/healthz")  # no token needed: the static page and the liveness probe
KNOWN = {"/", "/healthz", "/metrics", "/openapi.json", "/v1/check"}


class RequestError(Exception):
    """A request the service refuses: HTTP status and a one-line reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def error(status: int, reason: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": reason, "status": status}, status_code=status, headers=headers)


ARTICLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["text"],
    "properties": {
        k: {"type": "string"} for k in ("id", "text", "title", "outlet", "published", "lang", "url")
    },
}
CHECK_OPENAPI: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["articles"],
                    "properties": {
                        "articles": {"type": "array", "items": ARTICLE_SCHEMA},
                        "settings": {
                            "type": "object",
                            "description": "the settings of [tool.factdiff] (fail-on, kinds, "
                            "no-nli, max-sentences, nli-max-pairs, stories, thresholds...)",
                        },
                    },
                }
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "article files (.txt .md .html .json .jsonl)",
                        },
                        "settings": {"type": "string", "description": "settings as JSON"},
                    },
                }
            },
        },
    },
    "parameters": [
        {
            "name": "format",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": list(MEDIA), "default": "json"},
        }
    ],
    "responses": {
        "200": {"description": "the report (JSON report of CONTRACT.md by default)"},
        "400": {
            "description": "malformed request; or the report, with unreadable articles "
            "listed under `skipped`"
        },
        "401": {"description": "bearer token missing or wrong"},
        "413": {"description": "request above the size or article-count limit"},
        "504": {"description": "the check ran past the time limit"},
    },
}


def create_app(config: ServeConfig | None = None) -> FastAPI:
    config = config or ServeConfig()
    metrics = Metrics()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factdiff-check")
    base = dict(config.settings)
    check_settings(base)
    base_settings = Settings.from_mapping(base)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if config.warm:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(executor, _warm, base_settings)
        yield
        executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="factdiff",
        version=__version__,
        description="Find the facts that news reports about the same events disagree on.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI would load scripts from a CDN
        redoc_url=None,
    )
    app.state.metrics = metrics
    app.state.config = config

    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=["X-Factdiff-Findings", "X-Factdiff-Skipped", "X-Factdiff-Fail"],
        )

    @app.middleware("http")
    async def guard(request: Request, call_next):
        t0 = time.perf_counter()
        route = request.url.path if request.url.path in KNOWN else "other"
        try:
            if config.token and request.url.path not in OPEN and request.method != "OPTIONS":
                given = request.headers.get("authorization", "")
                scheme, _, value = given.partition(" ")
                if scheme.lower() != "bearer" or not hmac.compare_digest(
                    value.strip().encode(), config.token.encode()
                ):
                    response = error(
                        401, "a bearer token is required", **{"WWW-Authenticate": "Bearer"}
                    )
                else:
                    response = await call_next(request)
            else:
                response = await call_next(request)
        except Exception as exc:  # noqa: BLE001 - the last guard: one line, no traceback
            log.exception("internal error")
            response = error(500, f"internal error: {type(exc).__name__}")
        metrics.request(route, request.method, response.status_code, time.perf_counter() - t0)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def any_error(request: Request, exc: Exception):
        log.exception("internal error")
        return error(500, f"internal error: {type(exc).__name__}")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def editor_page() -> HTMLResponse:
        return HTMLResponse(page.PAGE, headers=_page_headers(page.CSP))

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        """Liveness: this worker answers (no token needed)."""
        scorer = load_scorer(base_settings)
        return {
            "status": "ok",
            "version": __version__,
            "model": scorer.model_id if scorer is not None else "none",
            "pid": os.getpid(),
        }

    @app.get("/metrics", response_class=PlainTextResponse)
    async def metrics_text() -> Response:
        """Prometheus text format: requests by status, latency, findings, NLI pairs."""
        body, media = metrics.exposition()
        return Response(body, media_type=media)

    @app.post("/v1/check", openapi_extra=CHECK_OPENAPI)
    async def check(request: Request, format: str = "json") -> Response:  # noqa: A002
        """Check articles; the report of `factdiff check` on the same files."""
        deadline = time.monotonic() + config.timeout
        if format not in MEDIA:
            return error(400, f"unknown format {format!r}; expected one of {', '.join(MEDIA)}")
        try:
            files, request_settings = await _read_request(request, config)
            values = merged_settings(base, request_settings)
            check_settings(values)
            settings = Settings.from_mapping(values)
        except RequestError as exc:
            return error(exc.status, exc.reason)
        except FactdiffError as exc:
            return error(400, f"settings: {exc}")
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(executor, check_files, files, settings, deadline, format)
        try:
            outcome: Outcome = await asyncio.wait_for(
                asyncio.shield(future), max(0.0, deadline - time.monotonic())
            )
        except (TimeoutError, DeadlineExceeded):
            future.add_done_callback(_drop_result)
            metrics.timeouts.inc()
            return error(504, f"the check ran past the time limit of {config.timeout:g} s")
        except FactdiffError as exc:
            return error(400, str(exc))
        report = outcome.report
        if not report.sources and not report.skipped:
            return error(400, "no articles to check")
        metrics.checked(report, outcome.model_scored, outcome.cached)
        fail_on = settings.fail_on
        text = outcome.text
        seconds = report.stats.seconds
        headers = {
            # where the time went (queueing = the rest of the request's time)
            "Server-Timing": ", ".join(
                f"{k};dur={v * 1000:.0f}"
                for k, v in seconds.items()
                if k in ("extract", "align", "nli", "total")
            ),
            "X-Factdiff-Worker": str(os.getpid()),
            "X-Factdiff-Findings": str(len(report.findings)),
            "X-Factdiff-Skipped": str(len(report.skipped)),
            "X-Factdiff-Fail": "true" if should_fail(report, fail_on) else "false",
        }
        if format == "html":
            headers.update(_page_headers(_report_csp()))
        status = 400 if report.skipped else 200
        return Response(text, status_code=status, media_type=MEDIA[format], headers=headers)

    return app


def _report_csp() -> str:
    from factdiff.report.html import CSP

    return CSP


def _page_headers(csp: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def _drop_result(future: asyncio.Future) -> None:
    """Consume the outcome of a check nobody waits for any more (no 'never retrieved')."""
    if not future.cancelled():
        future.exception()


def _warm(settings: Settings) -> None:
    """Load the NLI model and the embedder before the first request."""
    from factdiff.pipeline import embedder_for

    scorer = load_scorer(settings)
    if scorer is not None:
        scorer.score([("Le ministre est venu lundi.", "The minister came on Monday.")])
    embedder = embedder_for(settings)
    if embedder is not None:
        with _suppress():
            check_files(
                [
                    ("a.md", "Le ministre est venu lundi à Paris.\n".encode()),
                    ("b.md", b"The minister came to Paris on Tuesday.\n"),
                ],
                replace(settings, cache=False),
            )


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        if exc[0] is not None:
            log.warning("warm-up check failed: %s", exc[1])
        return True


async def _read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length")
    if length is not None:
        try:
            too_big = int(length) > limit
        except ValueError as exc:
            raise RequestError(400, "bad Content-Length") from exc
        if too_big:
            raise RequestError(413, f"request body is {length} bytes, above the limit of {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, f"request body is above the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _read_request(
    request: Request, config: ServeConfig
) -> tuple[list[tuple[str, bytes]], dict[str, Any]]:
    """The request's articles as files (name, bytes) and its settings."""
    body = await _read_body(request, config.max_request_bytes)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        files, settings = await _read_multipart(request, body, config)
    elif kind in ("application/json", ""):
        files, settings = _read_json(body, config)
    else:
        raise RequestError(
            415, f"unsupported content type {kind!r}: send application/json or multipart/form-data"
        )
    for key in settings:
        if key.replace("-", "_") in SERVER_ONLY:
            raise RequestError(
                400, f"settings: {key} cannot be set by a request (it is the server's)"
            )
    return files, settings


def _settings_object(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RequestError(400, "settings must be a JSON object")
    return value


def _read_json(body: bytes, config: ServeConfig) -> tuple[list[tuple[str, bytes]], dict[str, Any]]:
    try:
        doc = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RequestError(400, "invalid JSON: not UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise RequestError(
            400, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    except RecursionError as exc:
        raise RequestError(400, "invalid JSON: nested too deeply") from exc
    if not isinstance(doc, dict) or "articles" not in doc:
        raise RequestError(400, 'expected an object {"articles": [...], "settings": {...}}')
    articles = doc["articles"]
    if not isinstance(articles, list):
        raise RequestError(400, "articles must be a list")
    if not articles:
        raise RequestError(400, "no articles to check")
    if len(articles) > config.max_articles:
        raise RequestError(
            413, f"{len(articles)} articles, above the limit of {config.max_articles}"
        )
    return [json_request_file(articles)], _settings_object(doc.get("settings"))


async def _read_multipart(
    request: Request, body: bytes, config: ServeConfig
) -> tuple[list[tuple[str, bytes]], dict[str, Any]]:
    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    copy = Request(request.scope, receive=replay)
    try:
        form = await copy.form(max_files=config.max_articles + 1, max_fields=100)
    except StarletteHTTPException as exc:
        detail = str(exc.detail)
        status = 413 if "Too many files" in detail else 400
        raise RequestError(status, f"multipart: {detail}") from exc
    except Exception as exc:  # noqa: BLE001 - a malformed body of any kind
        raise RequestError(400, f"malformed multipart body: {type(exc).__name__}") from exc
    uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if len(uploads) > config.max_articles:
        raise RequestError(
            413, f"{len(uploads)} files, above the limit of {config.max_articles} articles"
        )
    if not uploads:
        raise RequestError(400, "no files in the multipart body (field 'files')")
    files: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for n, upload in enumerate(uploads, start=1):
        name = safe_name(upload.filename or "", n)
        if name in seen:
            raise RequestError(400, f"{name}: two files have this name")
        seen.add(name)
        files.append((name, await upload.read()))
    records = sum(_records_in(name, data) for name, data in files)
    if records > config.max_articles:
        raise RequestError(
            413, f"{records} articles in the files, above the limit of {config.max_articles}"
        )
    raw = form.get("settings")
    settings: dict[str, Any] = {}
    if isinstance(raw, str) and raw.strip():
        try:
            settings = _settings_object(json.loads(raw))
        except json.JSONDecodeError as exc:
            raise RequestError(400, f"settings: invalid JSON: {exc.msg}") from exc
    await form.close()
    return files, settings


def _records_in(name: str, data: bytes) -> int:
    """How many articles a file holds, as far as a cheap look tells (a .json list or the
    lines of a .jsonl; one otherwise): the article-count limit covers records too."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == "jsonl":
        return sum(1 for line in data.splitlines() if line.strip())
    if suffix == "json":
        try:
            doc = json.loads(data)
        except (ValueError, RecursionError):
            return 1
        return len(doc) if isinstance(doc, list) else 1
    return 1


def app_from_env() -> FastAPI:
    """The app of a uvicorn worker process (its config in FACTDIFF_SERVE_CONFIG)."""
    return create_app(ServeConfig.from_env())
