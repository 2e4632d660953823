"""Hostile inputs, end to end: `python -m factdiff.cli check ...` in a subprocess.

Every case is generated in tmp_path (nothing big is committed) next to two
readable articles that conflict, and states its expected behaviour:

- an input that cannot be read is named on stderr in one line with the reason,
  listed under `skipped`, and makes the exit status 2;
- an input that can be read (after cleaning) is reported like any other;
- in every case the two good articles are still checked and their conflict
  reported, and there is never a traceback.

tests/test_ingest.py checks the reasons at the library level; here the point
is what a user of the command sees. Peak memory of the child is measured with
`resource.getrusage(RUSAGE_CHILDREN)` in a small launcher process.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers_articles import write_article

PROSE = (
    "Le maire de Lodève a inauguré mardi le nouveau pont sur la Lergue, "
    "en présence de trois cents habitants et du préfet de l'Hérault."
)
# Readers run as root in CI: chmod 000 does not stop root, so the unreadable
# case patches Path.open in the child instead (see UNREADABLE_WRAPPER).
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
UNREADABLE_WRAPPER = """
import pathlib, runpy, sys
target = sys.argv.pop(1)
real_open = pathlib.Path.open
def deny(self, *args, **kwargs):
    if str(self) == target:
        raise PermissionError(13, "Permission denied", str(self))
    return real_open(self, *args, **kwargs)
pathlib.Path.open = deny
sys.argv[0] = "factdiff"
runpy.run_module("factdiff.cli", run_name="__main__", alter_sys=True)
"""
MAX_RSS_KB = 400_000


@dataclass
class Run:
    code: int
    out: str
    err: str
    max_rss_kb: int

    @property
    def report(self) -> dict:
        return json.loads(self.out)

    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


# Peak memory is read with getrusage(RUSAGE_CHILDREN) in a small launcher: a
# child forked straight from pytest (which may hold torch by then) would start
# its high-water mark at pytest's size.
LAUNCHER = """
import resource, subprocess, sys
rss_file, cmd = sys.argv[1], sys.argv[2:]
code = subprocess.call(cmd)
with open(rss_file, "w") as fh:
    fh.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def run_cli(args: list[str], tmp_path: Path, *, deny: Path | None = None) -> Run:
    """Run `factdiff check ARGS --format json` in a child process; JSON on stdout."""
    prefix = [sys.executable, "-m", "factdiff.cli"]
    if deny is not None:
        prefix = [sys.executable, "-c", UNREADABLE_WRAPPER, str(deny)]
    rss = tmp_path / "rss.txt"
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(rss), *prefix, "check", *args,
         "--format", "json", "--no-nli"],
        capture_output=True,
        cwd=tmp_path,
        timeout=600,
    )  # fmt: skip
    return Run(
        proc.returncode,
        proc.stdout.decode("utf-8"),
        proc.stderr.decode("utf-8", errors="replace"),
        int(rss.read_text()),  # KB on Linux
    )


def good_pair(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_article(
            folder,
            "a.md",
            "Le ministre va se rendre à Paris mercredi pour des discussions sur l'Ukraine.",
            "2025-04-15",
        ),
        write_article(
            folder,
            "b.md",
            "Paris accueille jeudi une série de discussions sur l'Ukraine avec le ministre.",
            "2025-04-17",
        ),
    ]


def assert_good_pair_reported(run: Run) -> None:
    report = run.report
    ids = {s["id"] for s in report["sources"]}
    assert {"a.md", "b.md"} <= ids
    # A readable hostile file that tells the same day may join the dispute (one finding
    # per disputed claim): the two good articles must be in one date finding.
    assert any(
        {"a.md", "b.md"} <= {e["source"] for e in f["evidence"]} and f["kind"] == "date"
        for f in report["findings"]
    ), "the readable articles are still compared"


def assert_clean_failure(run: Run, path: Path, reason: str) -> None:
    """`path` named on stderr in one line with `reason`, listed as skipped, exit 2."""
    assert "Traceback" not in run.err, run.err
    assert run.code == 2, run.err
    named = [line for line in run.err_lines() if str(path) in line or path.name in line]
    assert named, run.err
    assert any(reason in line for line in named), (reason, run.err)
    skipped = {Path(s["path"]).name: s["reason"] for s in run.report["skipped"]}
    assert reason in skipped[path.name]
    assert all("\n" not in s["reason"] for s in run.report["skipped"])


# --- the corpus -------------------------------------------------------------------


@dataclass
class Case:
    """A hostile input: `make(folder)` writes it and returns the path(s) to pass."""

    make: Callable[[Path], list[Path]]
    reason: str | None  # the skip reason expected, None: the input is read
    check: Callable[[Run, Path], None] | None = None
    extra_args: list[str] = field(default_factory=list)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _binary(folder: Path) -> list[Path]:
    blob = b"\x89PNG\r\n\x1a\n" + random.Random(0).randbytes(8192)
    return [_write(folder / "photo.txt", blob)]


def _invalid_utf8(folder: Path) -> list[Path]:
    # Two stray bytes (a file cut and glued, a bad transcoder) in UTF-8 prose.
    body = (
        "Le ministre est arrivé à Paris mercredi ".encode()
        + b"\xff\xc3"
        + " pour la réunion de l’OTAN avec la présidente de la région. ".encode()
        + (PROSE + "\n").encode()
    )
    return [_write(folder / "mixed.txt", body)]


def _invalid_utf8_is_read_around_the_bad_bytes(run: Run, folder: Path) -> None:
    (source,) = [s for s in run.report["sources"] if s["id"] == "mixed.txt"]
    texts = [c["text"] for c in run.report["claims"] if c["source"] == "mixed.txt"]
    assert texts and "arrivé à Paris mercredi" in texts[0]
    assert "\ufffd" in texts[0]  # the bad bytes are visible, not silently dropped
    assert source["path"].endswith("mixed.txt")


def _nul_bytes(folder: Path) -> list[Path]:
    return [_write(folder / "nul.txt", PROSE.encode() + b"\x00\x00" + PROSE.encode())]


def _yaml_bomb(folder: Path) -> list[Path]:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        name, prev = chr(ord("a") + i), chr(ord("a") + i - 1)
        bomb.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return [_write(folder / "bomb.md", "---\n" + "\n".join(bomb) + "\n---\n" + PROSE)]


def _wrong_types(folder: Path) -> list[Path]:
    front = "---\npublished: yesterday\ntitle: [Un, pont, neuf]\nlang: 42\noutlet: {a: 1}\n---\n"
    return [_write(folder / "types.md", front + PROSE)]


def _wrong_types_are_coerced(run: Run, folder: Path) -> None:
    (source,) = [s for s in run.report["sources"] if s["id"] == "types.md"]
    assert source["published"] is None
    assert source["title"] == "Un pont neuf"
    assert source["lang"] is None and source["outlet"] is None


def _jsonl_bad_line(folder: Path) -> list[Path]:
    lines = [
        json.dumps({"id": "r1", "text": PROSE}),
        '{"id": "r2", "text": "Une ligne coupée',
        json.dumps({"id": "r3", "text": PROSE.replace("mardi", "jeudi")}),
    ]
    return [_write(folder / "wire.jsonl", "\n".join(lines) + "\n")]


def _jsonl_other_records_read(run: Run, folder: Path) -> None:
    ids = {s["id"] for s in run.report["sources"]}
    assert {"r1", "r3"} <= ids and "r2" not in ids
    (line,) = [ln for ln in run.err_lines() if "wire.jsonl" in ln]
    assert "line 2: invalid JSON" in line


def _lone_surrogate_in_json(folder: Path) -> list[Path]:
    # "\ud800" is valid JSON but no UTF-8 report could hold it: replaced by U+FFFD.
    rec = '{"id": "s1", "title": "Pont \\udfff", "text": "Le maire \\ud800 a inaugur\\u00e9 mardi '
    rec += 'le nouveau pont sur la Lergue, en pr\\u00e9sence de trois cents habitants."}'
    return [_write(folder / "surrogate.json", rec)]


def _surrogates_replaced(run: Run, folder: Path) -> None:
    (source,) = [s for s in run.report["sources"] if s["id"] == "s1"]
    assert source["title"] == "Pont \ufffd"
    assert any("Le maire \ufffd a inauguré" in c["text"] for c in run.report["claims"])


def _undecodable_file_name(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    name = os.fsdecode(b"caf\xe9.md")  # Latin-1 bytes in a UTF-8 file system
    return [_write(folder / name, PROSE)]


def _file_name_shown_with_replacement(run: Run, folder: Path) -> None:
    assert "caf\ufffd.md" in {s["id"] for s in run.report["sources"]}


def _symlink_loops(folder: Path) -> list[Path]:
    tree = folder / "tree"
    _write(tree / "sub" / "inner.md", PROSE)
    (tree / "sub" / "back").symlink_to(tree, target_is_directory=True)  # folder loop
    (tree / "self.md").symlink_to(tree / "self.md")  # a link to itself: ELOOP
    return [tree]


def _loop_folder_read_once(run: Run, folder: Path) -> None:
    assert [s["id"] for s in run.report["sources"] if "inner" in s["id"]] == ["inner.md"]


def _fifo(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    fifo = folder / "pipe.md"
    os.mkfifo(fifo)  # reading it would block forever: it must not be opened
    return [fifo]


def _rtl_and_zero_width(folder: Path) -> list[Path]:
    body = (
        "\u202eLe ministre va se rendre à Pa\u200bris mer\u200dcredi\u2066 pour des "
        "discussions sur l'Ukraine, a annoncé \u05d0\u05d1\u05d2 "
        "\u0627\u0644\u0633\u0644\u0627\u0645.\u202c\n"
    )
    return [_write(folder / "rtl.md", "---\npublished: 2025-04-15\n---\n" + body)]


def _invisible_characters_dropped(run: Run, folder: Path) -> None:
    texts = [c["text"] for c in run.report["claims"] if c["source"] == "rtl.md"]
    assert texts, "the claims survive invisible characters"
    assert any("Paris mercredi" in t for t in texts)
    joined = "".join(texts)
    assert not any(ch in joined for ch in "\u202e\u202c\u2066\u200b\u200d")
    assert "\u05d0\u05d1\u05d2" in joined  # right-to-left letters are text, kept


def _html_scripts_iframes(folder: Path) -> list[Path]:
    page = """<!doctype html><html lang="fr"><head><title>Pont</title>
<script>document.write("FDX-SCRIPT-HEAD")</script>
<meta property="article:published_time" content="2025-04-15"></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>Un pont neuf</h1>
<p>Le maire de Lodève a inauguré mardi le nouveau pont sur la Lergue, en présence de
trois cents habitants et du préfet de l'Hérault.</p>
<script>alert("FDX-SCRIPT-BODY")</script>
<iframe src="https://evil.example/">FDX-IFRAME</iframe>
<img src="x" onerror="alert('FDX-ONERROR')">
<noscript>FDX-NOSCRIPT</noscript><style>p{color:red} /* FDX-STYLE */</style>
<p>Les travaux ont duré dix-huit mois et coûté 4,2 millions d'euros, selon la mairie.</p>
</article><footer>FDX-FOOTER © Le Journal</footer></body></html>"""
    return [_write(folder / "page.html", page)]


def _only_article_text(run: Run, folder: Path) -> None:
    (source,) = [s for s in run.report["sources"] if s["id"] == "page.html"]
    assert source["published"] == "2025-04-15"
    texts = " ".join(c["text"] for c in run.report["claims"] if c["source"] == "page.html")
    assert "inauguré mardi" in texts and "4,2 millions" in texts
    assert "FDX-" not in run.out  # no script, iframe, handler, style or noscript text


def _big(folder: Path) -> list[Path]:
    path = folder / "huge.txt"
    folder.mkdir(parents=True, exist_ok=True)
    line = (PROSE + "\n").encode()
    with path.open("wb") as fh:  # a real 50 MB file, not a sparse one
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    return [path]


CASES: dict[str, Case] = {
    "empty": Case(lambda f: [_write(f / "empty.txt", b"")], "empty file"),
    "binary": Case(_binary, "binary file, not text"),
    "invalid-utf8": Case(_invalid_utf8, None, _invalid_utf8_is_read_around_the_bad_bytes),
    # NUL bytes are how binary files are told from text: refused, named.
    "nul-bytes": Case(_nul_bytes, "binary file, not text"),
    "yaml-bomb": Case(_yaml_bomb, "YAML aliases, above the limit of 50"),
    "wrong-types": Case(_wrong_types, None, _wrong_types_are_coerced),
    "jsonl-bad-line": Case(_jsonl_bad_line, "line 2: invalid JSON", _jsonl_other_records_read),
    "lone-surrogates": Case(_lone_surrogate_in_json, None, _surrogates_replaced),
    "undecodable-name": Case(_undecodable_file_name, None, _file_name_shown_with_replacement),
    "symlink-loops": Case(_symlink_loops, "self.md", _loop_folder_read_once),
    "fifo": Case(_fifo, "not a regular file"),
    "rtl-zero-width": Case(_rtl_and_zero_width, None, _invisible_characters_dropped),
    "html-scripts": Case(_html_scripts_iframes, None, _only_article_text),
    "50MB-default-limit": Case(_big, "file is 50 MB, above the limit of 5 MB"),
    "50MB-max-bytes": Case(
        _big, "file is 50 MB, above the limit of 20 MB", extra_args=["--max-bytes", "20000000"]
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    hostile = case.make(tmp_path / "in")
    run = run_cli(
        [*map(str, good_pair(tmp_path / "good")), *map(str, hostile), *case.extra_args], tmp_path
    )
    assert "Traceback" not in run.err, run.err
    if case.reason is None:
        assert run.code in (0, 1), run.err  # read: no skip, the exit status is the findings'
        assert run.report["skipped"] == []
    elif name == "symlink-loops":
        # The loop back into the folder is not followed; the self-link is named.
        assert run.code == 2
        (line,) = run.err_lines()
        assert "self.md" in line and ("symbolic link" in line or "symbolic links" in line)
    else:
        assert_clean_failure(run, hostile[0], case.reason)
    if case.check is not None:
        case.check(run, tmp_path / "in")
    assert_good_pair_reported(run)
    assert run.max_rss_kb < MAX_RSS_KB, f"peak RSS {run.max_rss_kb} KB"


def test_unreadable_file_is_named_and_the_rest_checked(tmp_path: Path) -> None:
    """Permission denied. As root chmod 000 does not stop reading, so the child
    runs the CLI with Path.open patched to refuse that one file; otherwise the
    file mode is really 000."""
    secret = _write(tmp_path / "in" / "secret.md", PROSE)
    if IS_ROOT:
        run = run_cli([*map(str, good_pair(tmp_path / "good")), str(secret)], tmp_path, deny=secret)
    else:  # pragma: no cover - CI runs as root
        secret.chmod(0)
        try:
            run = run_cli([*map(str, good_pair(tmp_path / "good")), str(secret)], tmp_path)
        finally:
            secret.chmod(0o644)
    assert_clean_failure(run, secret, "permission denied")
    assert_good_pair_reported(run)


def test_article_above_max_sentences_is_cut_and_the_report_says_so(tmp_path: Path) -> None:
    # 200 different lines (a paragraph repeated verbatim would be read once).
    lines = [PROSE.replace("trois cents", f"{n} cents") for n in range(2, 202)]
    long = _write(tmp_path / "in" / "long.txt", "\n".join(lines) + "\n")
    run = run_cli(
        [*map(str, good_pair(tmp_path / "good")), str(long), "--max-sentences", "50"], tmp_path
    )
    assert run.code in (0, 1), run.err  # a cap is not an unreadable input
    assert run.report["stats"]["limits"] == [
        {"article": "long.txt", "limit": "max_sentences", "value": 50}
    ]
    assert sum(1 for c in run.report["claims"] if c["source"] == "long.txt") > 0
    assert any("long.txt: max_sentences reached" in ln for ln in run.err_lines())
    assert_good_pair_reported(run)


def test_no_limit_reached_means_an_empty_limits_list(tmp_path: Path) -> None:
    run = run_cli([*map(str, good_pair(tmp_path / "good"))], tmp_path)
    assert run.code == 1
    assert run.report["stats"]["limits"] == []


def test_a_folder_of_ten_thousand_small_files_completes(tmp_path: Path) -> None:
    """Discovery, reading and skip reporting at scale: every tenth file is empty.
    No time is asserted beyond the generous subprocess timeout."""
    folder = tmp_path / "many"
    for i in range(10_000):
        sub = folder / f"{i // 1000:02d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"{i:05d}.txt").write_text("" if i % 10 == 0 else f"Note {i}.\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "factdiff.cli",
            "check",
            str(folder),
            "--format",
            "json",
            "--no-nli",
            "--output",
            str(tmp_path / "r.json"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1000
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["stats"]["articles"] == 9000
    assert len(report["skipped"]) == 1000
    assert {s["reason"] for s in report["skipped"]} == {"empty file"}
