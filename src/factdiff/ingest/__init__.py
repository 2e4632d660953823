"""Ingest: article files and folders in, `Article` and `Skipped` records out.

``read_articles(paths)`` is the whole stage. One reader per input format
(``text_reader``, ``json_reader``, ``html_reader``) turns a file's bytes into
drafts; every body goes through ``clean.clean_text``; ``ids`` names the sources.
Nothing raises for bad input: each unreadable file, record or line becomes a
`Skipped` with a one-line reason, and everything else is still read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from factdiff.errors import InputError
from factdiff.ingest.clean import clean_text, replace_surrogates
from factdiff.ingest.html_reader import read_html
from factdiff.ingest.ids import assign_ids
from factdiff.ingest.json_reader import read_json, read_jsonl
from factdiff.ingest.meta import Draft
from factdiff.ingest.text_reader import read_markdown, read_text
from factdiff.records import Article, Skipped

__all__ = ["ARTICLE_EXTENSIONS", "DEFAULT_MAX_BYTES", "clean_text", "read_articles", "read_file"]

Reader = Callable[[bytes, str], list[Draft | Skipped]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}
ARTICLE_EXTENSIONS: frozenset[str] = frozenset(READERS)
DEFAULT_MAX_BYTES = 5_000_000
_MB = 1_000_000


@dataclass(frozen=True)
class _Found:
    path: Path
    real: str  # resolved path, to read a file named twice only once


def _sort_key(path: PurePath) -> tuple[str, ...]:
    return path.parts


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


def _display(path: PurePath | str) -> str:
    """A path as text that encodes as UTF-8 (for reports and ids).

    Python keeps the undecodable bytes of a file name as lone surrogates; they
    become U+FFFD, since no UTF-8 report could be written with them.
    """
    return replace_surrogates(str(path))


def _human_size(n: int) -> str:
    for unit, scale in (("MB", _MB), ("KB", 1000)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _size_reason(size: int, max_bytes: int) -> str:
    return f"file is {_human_size(size)}, above the limit of {_human_size(max_bytes)}"


def _walk(folder: Path, visited: set[tuple[int, int]]) -> tuple[list[_Found], list[Skipped]]:
    """Article files under `folder`, sorted, without dot-names or symlink loops."""
    found: list[_Found] = []
    skipped: list[Skipped] = []
    try:
        st = folder.stat()
        key = (st.st_dev, st.st_ino)
        if key in visited:  # a symlink back into a folder already read
            return found, skipped
        visited.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        return found, [Skipped(_display(folder), _os_reason(exc))]
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        suffix = path.suffix.lower()
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = not is_dir and entry.is_file(follow_symlinks=True)
        except OSError as exc:
            skipped.append(Skipped(_display(path), _os_reason(exc)))
            continue
        if is_dir:
            sub_found, sub_skipped = _walk(path, visited)
            found += sub_found
            skipped += sub_skipped
        elif is_file and suffix in ARTICLE_EXTENSIONS:
            found.append(_Found(path, os.path.realpath(path)))
        elif suffix in ARTICLE_EXTENSIONS and entry.is_symlink() and not path.exists():
            skipped.append(Skipped(_display(path), "broken symbolic link"))
    return found, skipped


def _discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[_Found], list[Skipped]]:
    found: list[_Found] = []
    skipped: list[Skipped] = []
    visited: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            skipped.append(Skipped(_display(path), _os_reason(exc)))
            continue
        if stat.S_ISDIR(mode):
            st = path.stat()
            if (st.st_dev, st.st_ino) in visited:  # the same folder named twice: read once
                continue
            sub_found, sub_skipped = _walk(path, visited)
            if not sub_found and not sub_skipped:
                sub_skipped = [Skipped(_display(path), "no articles found in folder")]
            found += sub_found
            skipped += sub_skipped
        elif not stat.S_ISREG(mode):
            skipped.append(Skipped(_display(path), "not a regular file"))
        elif path.suffix.lower() not in ARTICLE_EXTENSIONS:
            suffix = _display(path.suffix) or "(no extension)"
            skipped.append(Skipped(_display(path), f"unsupported file type '{suffix}'"))
        else:
            found.append(_Found(path, os.path.realpath(path)))
    unique: dict[str, _Found] = {}
    for item in sorted(found, key=lambda f: _sort_key(f.path)):
        unique.setdefault(item.real, item)
    return list(unique.values()), skipped


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing (without reading them) files above `max_bytes`."""
    display = _display(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(display, _size_reason(size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(display, _os_reason(exc)) from exc
    if len(data) > max_bytes:  # grew since stat, or a size-less special file
        raise InputError(display, f"file is above the limit of {_human_size(max_bytes)}")
    if not data:
        raise InputError(display, "empty file")
    return data


def read_file(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Draft | Skipped]:
    """Read one article file with the reader for its extension (ids not yet assigned).

    Never raises for bad input: failures come back as `Skipped`.
    """
    path = Path(path)
    display = _display(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        suffix = _display(path.suffix) or "(no extension)"
        return [Skipped(display, f"unsupported file type '{suffix}'")]
    try:
        return reader(_read_bytes(path, max_bytes), display)
    except InputError as exc:
        return [Skipped(display, exc.reason)]
    except MemoryError:
        return [Skipped(display, "out of memory while reading")]
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        detail = " ".join(str(exc).split())[:120]
        return [Skipped(display, f"could not read: {type(exc).__name__}: {detail}")]


def read_articles(
    paths: Sequence[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], list[Skipped]]:
    """Read articles from files and folders; return (articles, skipped inputs).

    Folders are read recursively in sorted order, taking the extensions in
    `ARTICLE_EXTENSIONS` and skipping names that begin with ``.``; a file named
    directly with another extension is skipped. Articles come sorted by path,
    then record order; a file reached twice is read once. Ids are described in
    `factdiff.ingest.ids`. Skipped entries come sorted by path, records of one
    file in record order.
    """
    if isinstance(paths, str | os.PathLike):  # one path given bare, not a list of paths
        paths = [paths]
    found, skipped = _discover(paths)
    drafts: list[Draft] = []
    for item in found:
        for result in read_file(item.path, max_bytes=max_bytes):
            if isinstance(result, Skipped):
                skipped.append(result)
            else:
                drafts.append(result)
    ids = assign_ids(drafts)
    articles = [
        Article(
            id=source_id,
            path=d.path,
            text=d.text,
            title=d.meta.title,
            outlet=d.meta.outlet,
            published=d.meta.published,
            lang=d.meta.lang,
            url=d.meta.url,
        )
        for source_id, d in zip(ids, drafts, strict=True)
    ]
    skipped.sort(key=lambda s: _sort_key(PurePath(s.path)))
    return articles, skipped
