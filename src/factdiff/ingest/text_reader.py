"""Reader for ``.txt`` and ``.md`` articles: optional YAML front matter, then the body."""

from __future__ import annotations

from factdiff.errors import InputError
from factdiff.ingest.clean import clean_text, normalise
from factdiff.ingest.decode import NotText, decode_bytes
from factdiff.ingest.front_matter import FrontMatterError, split_front_matter
from factdiff.ingest.markdown import first_heading, strip_markdown
from factdiff.ingest.meta import Draft, Meta, coerce_meta
from factdiff.records import Skipped

__all__ = ["NO_TEXT_AFTER_CLEANING", "decode_or_fail", "read_markdown", "read_text"]

NO_TEXT_AFTER_CLEANING = "no article text left after removing boilerplate"


def decode_or_fail(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode `data` or raise `InputError` for binary or whitespace-only content."""
    try:
        text = decode_bytes(data, declared)
    except NotText as exc:
        raise InputError(path, str(exc)) from exc
    if not text.strip():
        raise InputError(path, "file contains only whitespace")
    return text


def _read(data: bytes, path: str, *, markdown: bool) -> list[Draft | Skipped]:
    text = normalise(decode_or_fail(data, path))
    try:
        fields, body = split_front_matter(text)
    except FrontMatterError as exc:
        raise InputError(path, str(exc)) from exc
    meta = coerce_meta(fields)
    if markdown:
        meta = meta.or_else(Meta(title=first_heading(body)))
        body = strip_markdown(body)
    if not body.strip():
        raise InputError(path, "no article text after the front matter")
    cleaned = clean_text(body)
    if not cleaned:
        raise InputError(path, NO_TEXT_AFTER_CLEANING)
    return [Draft(path=path, text=cleaned, meta=meta)]


def read_text(data: bytes, path: str) -> list[Draft | Skipped]:
    """Read a plain-text article (UTF-8, or a detected Latin encoding)."""
    return _read(data, path, markdown=False)


def read_markdown(data: bytes, path: str) -> list[Draft | Skipped]:
    """Read a Markdown article; the body becomes plain text, a leading ``#`` title its title."""
    return _read(data, path, markdown=True)
