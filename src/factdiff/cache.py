"""NLI scores kept on disk, so a sentence pair is scored once across runs.

One SQLite file, ``nli-cache.sqlite3``, in ``$FACTDIFF_HOME`` (``~/.cache/factdiff``)
or the folder given by ``factdiff check --cache DIR``. A row is keyed by a hash
of the model id and the two sentences (premise, hypothesis: the direction
matters), and holds the model's three probabilities (entailment, neutral,
contradiction) as the model returned them, so a cached run gives the same
report, byte for byte, as an uncached one.

Safe with several runs at once and with a run that is killed:

- WAL journal: readers never block the writer, and a writer never sees half
  of another's transaction; ``busy_timeout`` makes a second writer wait
  instead of failing.
- Each batch of new scores is written in one transaction with
  ``INSERT OR IGNORE``: two runs that score the same pair both succeed, and
  a run killed mid-write leaves the cache as it was before that batch.
- A cache that cannot be opened or read (a full disk, a file that is not a
  database) is dropped with a warning; the run goes on without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

FILE_NAME = "nli-cache.sqlite3"
SCHEMA_VERSION = 1
_CHUNK = 400  # host parameters per SELECT ... IN (...) (SQLite allows 999 or more)


def cache_key(model_id: str, premise: str, hypothesis: str) -> bytes:
    """20-byte key of one scored direction; the model id is part of it."""
    h = hashlib.blake2b(digest_size=20)
    for part in (model_id, premise, hypothesis):
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))  # lengths first: no ambiguous joins
        h.update(data)
    return h.digest()


def default_folder() -> Path:
    from factdiff.nli.paths import factdiff_home

    return factdiff_home()


class NLICache:
    """Scores of (premise, hypothesis) pairs by model, in a SQLite file.

    The connection is opened on first use and is per process: an `NLICache`
    may be pickled (to a Ray worker) and reopens the same file there.
    """

    def __init__(self, folder: str | Path | None = None, *, timeout: float = 60.0) -> None:
        self.folder = Path(folder).expanduser() if folder is not None else default_folder()
        self.path = self.folder / FILE_NAME
        self.timeout = timeout
        self.disabled = False
        self._conn: sqlite3.Connection | None = None

    # ------------------------------------------------------------- plumbing

    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        state["_conn"] = None
        return state

    def _connect(self) -> sqlite3.Connection | None:
        if self.disabled:
            return None
        if self._conn is None:
            # Two processes opening a new cache at once race for the switch to WAL and the
            # table's creation, which SQLite's busy timeout does not always cover: a locked
            # database is tried again until the timeout, not given up at once.
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    conn = self._open()
                    break
                except sqlite3.OperationalError as exc:
                    locked = "locked" in str(exc) or "busy" in str(exc)
                    if not locked or time.monotonic() > deadline:
                        self._give_up(exc)
                        return None
                    time.sleep(0.05)
                except (sqlite3.Error, OSError) as exc:
                    self._give_up(exc)
                    return None
            self._conn = conn
        return self._conn

    def _open(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS nli ("
                " key BLOB PRIMARY KEY,"
                " model TEXT NOT NULL,"
                " entailment REAL NOT NULL,"
                " neutral REAL NOT NULL,"
                " contradiction REAL NOT NULL"
                ") WITHOUT ROWID"
            )
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            conn.close()
            raise
        return conn

    def _give_up(self, exc: BaseException) -> None:
        warnings.warn(
            f"factdiff: NLI cache {self.path} not used: {exc}", RuntimeWarning, stacklevel=3
        )
        self.disabled = True
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> NLICache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- reading and writing

    def get_many(
        self, model_id: str, pairs: Sequence[tuple[str, str]]
    ) -> dict[tuple[str, str], np.ndarray]:
        """The cached probabilities of those pairs that are cached (float64 rows)."""
        conn = self._connect()
        if conn is None or not pairs:
            return {}
        keys = {cache_key(model_id, a, b): (a, b) for a, b in pairs}
        found: dict[tuple[str, str], np.ndarray] = {}
        todo = list(keys)
        try:
            for start in range(0, len(todo), _CHUNK):
                chunk = todo[start : start + _CHUNK]
                rows = conn.execute(
                    "SELECT key, entailment, neutral, contradiction FROM nli WHERE key IN ("
                    + ",".join("?" * len(chunk))
                    + ")",
                    chunk,
                ).fetchall()
                for key, e, n, c in rows:
                    found[keys[key]] = np.array([e, n, c], dtype=float)
        except sqlite3.Error as exc:
            self._give_up(exc)
            return {}
        return found

    def put_many(
        self, model_id: str, pairs: Sequence[tuple[str, str]], probs: Iterable[Sequence[float]]
    ) -> None:
        """Store new scores, all in one transaction (all or nothing)."""
        conn = self._connect()
        if conn is None or not pairs:
            return
        rows = [
            (cache_key(model_id, a, b), model_id, float(r[0]), float(r[1]), float(r[2]))
            for (a, b), r in zip(pairs, probs, strict=True)
        ]
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(
                    "INSERT OR IGNORE INTO nli"
                    " (key, model, entailment, neutral, contradiction) VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._give_up(exc)

    def count(self, model_id: str | None = None) -> int:
        """Rows in the cache (of one model)."""
        conn = self._connect()
        if conn is None:
            return 0
        if model_id is None:
            return int(conn.execute("SELECT COUNT(*) FROM nli").fetchone()[0])
        return int(
            conn.execute("SELECT COUNT(*) FROM nli WHERE model = ?", (model_id,)).fetchone()[0]
        )
