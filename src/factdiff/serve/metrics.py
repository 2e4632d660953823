"""GET /metrics: Prometheus text format.

One registry per app; with several uvicorn workers (PROMETHEUS_MULTIPROC_DIR set,
as `factdiff serve --workers N` does) the counters of every worker are summed from
prometheus-client's per-process files.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)

from factdiff.records import Report

BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class Metrics:
    def __init__(self) -> None:
        self.multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        # Multiprocess mode: values live in the per-process files, collected at scrape.
        self.registry = None if self.multiprocess else CollectorRegistry()
        reg = self.registry
        self.requests = Counter(
            "factdiff_requests",
            "HTTP requests by endpoint, method and status",
            ["endpoint", "method", "status"],
            registry=reg,
        )
        self.latency = Histogram(
            "factdiff_request_seconds",
            "Time to answer a request, by endpoint",
            ["endpoint"],
            buckets=BUCKETS,
            registry=reg,
        )
        self.findings = Counter(
            "factdiff_findings", "Findings reported, by severity", ["severity"], registry=reg
        )
        self.articles = Counter("factdiff_articles", "Articles checked", registry=reg)
        self.skipped = Counter(
            "factdiff_skipped_inputs", "Inputs that could not be read", registry=reg
        )
        self.nli_scored = Counter(
            "factdiff_nli_pairs_scored", "NLI directions the model scored", registry=reg
        )
        self.nli_cached = Counter(
            "factdiff_nli_pairs_cached", "NLI directions found in the NLI cache", registry=reg
        )
        self.timeouts = Counter(
            "factdiff_check_timeouts", "Checks that ran past the time limit (504)", registry=reg
        )
        for severity in ("error", "warning", "info"):
            self.findings.labels(severity)

    def request(self, endpoint: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(endpoint, method, str(status)).inc()
        self.latency.labels(endpoint).observe(seconds)

    def checked(self, report: Report, model_scored: int, cached: int) -> None:
        for f in report.findings:
            self.findings.labels(f.severity).inc()
        self.articles.inc(len(report.sources))
        self.skipped.inc(len(report.skipped))
        self.nli_scored.inc(model_scored)
        self.nli_cached.inc(cached)

    def exposition(self) -> tuple[bytes, str]:
        if self.multiprocess:
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
        else:
            registry = self.registry
        return generate_latest(registry), CONTENT_TYPE_LATEST
