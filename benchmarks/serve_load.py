"""Load and fault benchmark of `factdiff serve`, on loopback only, bounded in time and count.

    python benchmarks/serve_load.py [--clients 16] [--duration 60] [--workers 2]
                                    [--max-requests 20000] [--warm-runs 15] [--cli-runs 3]
                                    [--no-nli] [--no-fault]

1. Starts `factdiff serve` on 127.0.0.1 (a free port; its own NLI cache in a temporary
   folder) with --workers N, waits for /healthz, sends every cluster once (the first
   requests fill the NLI cache, as a newsroom's first check of a story would).
2. Warm versus CLI: the median of --warm-runs sequential requests of the seeds to the
   warm server, against the median of --cli-runs `factdiff check` processes on the same
   files with the same NLI cache (the CLI's start-up: Python, torch, the model).
3. Load: --clients concurrent clients, each sending seeds-sized clusters (the five seeds,
   and the five four-seed subsets) for --duration seconds or --max-requests in all;
   prints throughput, p50/p95/p99 latency, errors (any answer but 200 with a whole
   JSON report, or a failed connection), and the server's memory (RSS of the
   supervisor and its workers) after the first request and at the end.
4. Fault: a request that needs the NLI model (the seeds with every paragraph made new,
   so nothing is cached) is sent, the worker busy with it is killed (SIGKILL); that
   client must get a clear error (a closed connection, never a 200 with half a report),
   and the next request must succeed; the supervisor starts a new worker.

Exit status 1 when an error criterion fails (errors under load, the fault test). Only
127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def workers_of(server: subprocess.Popen) -> list[int]:
    """The worker processes: descendants that run the app (not the spawn helpers)."""
    out = []
    for pid in descendants(server.pid):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"multiprocessing" in cmd and b"resource_tracker" not in cmd:
            out.append(pid)
    return out or [server.pid]


def clusters() -> list[list[tuple[str, bytes]]]:
    seeds = [(p.name, p.read_bytes()) for p in SEEDS]
    out = [seeds]
    out += [[s for j, s in enumerate(seeds) if j != i] for i in range(len(seeds))]
    return out


def multipart(files: list[tuple[str, bytes]]) -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", (name, data)) for name, data in files]


def whole_report(r: httpx.Response) -> bool:
    if r.status_code != 200:
        return False
    try:
        doc = r.json()
    except ValueError:
        return False
    return isinstance(doc, dict) and "findings" in doc and "stats" in doc


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def start_server(args, port: int, cache: Path, log) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "factdiff.cli",
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--cache",
        str(cache),
        "--timeout",
        str(args.timeout),
        "--log-level",
        "warning",
    ]
    if args.no_nli:
        cmd.append("--no-nli")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    return subprocess.Popen(cmd, stdout=log, stderr=log, env=env, start_new_session=True)


def wait_ready(base: str, server: subprocess.Popen, workers: int, limit: float) -> None:
    deadline = time.monotonic() + limit
    seen: set[int] = set()
    first: float | None = None
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            # a new connection each time, so that every worker gets a chance to answer
            seen.add(httpx.get(base + "/healthz", timeout=5).json()["pid"])
            first = first or time.monotonic()
            # every worker has answered, or the first one a while ago (the kernel may
            # keep handing connections to one of them)
            if len(seen) >= workers or time.monotonic() - first > 60:
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not answer /healthz in time")


def cli_median(args, cache: Path) -> list[float]:
    out = Path(tempfile.mkdtemp(prefix="factdiff-cli-")) / "report.json"
    cmd = [sys.executable, "-m", "factdiff.cli", "check", *map(str, SEEDS)]
    cmd += ["--format", "json", "-q", "-o", str(out), "--cache", str(cache)]
    if args.no_nli:
        cmd.append("--no-nli")
    times = []
    for _ in range(args.cli_runs):
        t = time.perf_counter()
        status = subprocess.run(cmd, capture_output=True).returncode
        times.append(time.perf_counter() - t)
        if status not in (0, 1):
            raise SystemExit(f"factdiff check failed with status {status}")
    return times


def load(base: str, args) -> dict:
    work = clusters()
    latencies: list[float] = []
    errors: list[str] = []
    worked: list[float] = []  # the server's own time per check (Server-Timing total)
    lock = threading.Lock()
    stop = time.monotonic() + args.duration
    sent = [0]

    def client(n: int) -> None:
        with httpx.Client(timeout=args.timeout + 30) as c:
            i = n
            while time.monotonic() < stop:
                with lock:
                    if sent[0] >= args.max_requests:
                        return
                    sent[0] += 1
                files = multipart(work[i % len(work)])
                i += 1
                t = time.perf_counter()
                try:
                    r = c.post(base + "/v1/check", files=files)
                    ok = whole_report(r)
                    what = f"HTTP {r.status_code}"
                    total = r.headers.get("server-timing", "").rsplit("total;dur=", 1)[-1]
                    if total.isdigit():
                        with lock:
                            worked.append(int(total) / 1000)
                except httpx.HTTPError as exc:
                    ok, what = False, f"{type(exc).__name__}: {exc}"
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    if not ok:
                        errors.append(what)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t0
    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 1),
        "throughput_rps": round(len(latencies) / elapsed, 2),
        "p50": round(percentile(latencies, 0.5), 3),
        "p95": round(percentile(latencies, 0.95), 3),
        "p99": round(percentile(latencies, 0.99), 3),
        "server_time_p50": round(percentile(worked, 0.5), 3),
        "server_time_p95": round(percentile(worked, 0.95), 3),
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
    }


def fault(base: str, server: subprocess.Popen, args) -> dict:
    """Kill the worker busy with an uncached check; its client must see a clear error."""
    nonce = uuid.uuid4().hex[:8]
    fresh = [
        (
            name,
            b"\n\n".join(
                p + f" (r{nonce})".encode() if p.strip() else p for p in data.split(b"\n\n")
            ),
        )
        for name, data in clusters()[0]
    ]
    result: dict = {}

    def slow() -> None:
        t = time.perf_counter()
        try:
            with httpx.Client(timeout=args.timeout + 30) as c:
                r = c.post(base + "/v1/check", files=multipart(fresh))
            result["answer"] = f"HTTP {r.status_code}"
            result["whole"] = whole_report(r)
        except httpx.HTTPError as exc:
            result["answer"] = f"{type(exc).__name__}: {exc}"
            result["whole"] = False
        result["seconds"] = round(time.perf_counter() - t, 2)

    thread = threading.Thread(target=slow)
    before = {pid: cpu_ticks(pid) for pid in workers_of(server)}
    thread.start()
    time.sleep(args.kill_after)
    busy = max(before, key=lambda pid: cpu_ticks(pid) - before[pid])
    os.kill(busy, signal.SIGKILL)
    result["killed_worker"] = busy
    thread.join(args.timeout + 60)
    client_error = not result.get("whole") and "HTTP 200" not in result.get("answer", "")
    t = time.perf_counter()
    with httpx.Client(timeout=args.timeout + 30) as c:
        try:
            r = c.post(base + "/v1/check", files=multipart(clusters()[0]))
            nxt, nxt_ok = f"HTTP {r.status_code}", whole_report(r)
        except httpx.HTTPError as exc:
            nxt, nxt_ok = f"{type(exc).__name__}: {exc}", False
    result["next"] = nxt
    result["next_seconds"] = round(time.perf_counter() - t, 2)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(workers_of(server)) < args.workers:
        time.sleep(1)
    result["workers_after"] = len(workers_of(server))
    result["passed"] = bool(client_error and nxt_ok)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--max-requests", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--warm-runs", type=int, default=15)
    ap.add_argument("--cli-runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0, help="the server's --timeout")
    ap.add_argument("--kill-after", type=float, default=2.0, help="seconds into the slow check")
    ap.add_argument("--no-nli", action="store_true")
    ap.add_argument("--no-fault", action="store_true")
    args = ap.parse_args(argv)
    args.clients = min(args.clients, 64)
    args.duration = min(args.duration, 600.0)

    port = free_port()
    base = f"http://{HOST}:{port}"
    tmp = Path(tempfile.mkdtemp(prefix="factdiff-serve-bench-"))
    log = (tmp / "server.log").open("w")
    server = start_server(args, port, tmp / "cache", log)
    out: dict = {"workers": args.workers, "clients": args.clients}
    failed = False
    try:
        t = time.perf_counter()
        wait_ready(base, server, args.workers, 600)
        out["server_ready_seconds"] = round(time.perf_counter() - t, 1)
        first = []
        for cluster in clusters():
            # every worker checks every cluster once (a new connection each time, until
            # each worker has answered): the NLI cache and each worker's embeddings of
            # these sentences are then warm, as for a story checked again
            served: set[str] = set()
            for attempt in range(8 * args.workers):
                t = time.perf_counter()
                r = httpx.post(
                    base + "/v1/check", files=multipart(cluster), timeout=args.timeout + 30
                )
                if attempt == 0:
                    first.append(round(time.perf_counter() - t, 2))
                if not whole_report(r):
                    raise SystemExit(f"first requests failed: HTTP {r.status_code} {r.text[:200]}")
                served.add(r.headers.get("x-factdiff-worker", ""))
                if len(served) >= args.workers:
                    break
        out["first_requests_seconds"] = first
        with httpx.Client(timeout=args.timeout + 30) as c:
            out["rss_mb_after_first"] = round(rss_mb([server.pid, *descendants(server.pid)]), 1)
            warm = []
            for _ in range(args.warm_runs):
                t = time.perf_counter()
                r = c.post(base + "/v1/check", files=multipart(clusters()[0]))
                warm.append(time.perf_counter() - t)
                assert whole_report(r)
        out["warm_median_seconds"] = round(statistics.median(warm), 3)
        cli = cli_median(args, tmp / "cache")
        out["cli_median_seconds"] = round(statistics.median(cli), 3)
        print(
            f"warm server median {out['warm_median_seconds']} s over {args.warm_runs}; "
            f"CLI median {out['cli_median_seconds']} s over {args.cli_runs}",
            flush=True,
        )
        out["load"] = load(base, args)
        out["rss_mb_end"] = round(rss_mb([server.pid, *descendants(server.pid)]), 1)
        out["rss_change"] = round(out["rss_mb_end"] / out["rss_mb_after_first"] - 1, 3)
        failed |= out["load"]["errors"] > 0
        lo = out["load"]
        print(
            f"load: {lo['requests']} requests in {lo['seconds']} s, {lo['throughput_rps']} req/s, "
            f"p50 {lo['p50']} s, p95 {lo['p95']} s, p99 {lo['p99']} s (the server's own time "
            f"p50 {lo['server_time_p50']} s, p95 {lo['server_time_p95']} s), "
            f"errors {lo['errors']}; "
            f"RSS {out['rss_mb_after_first']} MB after the first request, "
            f"{out['rss_mb_end']} MB at the end ({out['rss_change']:+.1%})",
            flush=True,
        )
        if not args.no_fault and not args.no_nli and args.workers > 1:
            out["fault"] = fault(base, server, args)
            failed |= not out["fault"]["passed"]
            print(f"fault: {json.dumps(out['fault'])}", flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()
    print(json.dumps(out))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
