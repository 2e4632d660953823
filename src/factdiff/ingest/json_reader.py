"""Readers for ``.json`` (one record or a list of records) and ``.jsonl`` (one a line).

A record is an object with a string `text` and the optional fields `id`,
`title`, `outlet`, `published`, `lang`, `url`. A bad record is skipped with its
number (``.json``) or line number (``.jsonl``) in the reason; the other records
of the file are still read.
"""

from __future__ import annotations

import json
from typing import Any

from factdiff.errors import InputError
from factdiff.ingest.clean import clean_text, replace_surrogates
from factdiff.ingest.meta import Draft, coerce_meta
from factdiff.ingest.text_reader import NO_TEXT_AFTER_CLEANING, decode_or_fail
from factdiff.records import Skipped

__all__ = ["read_json", "read_jsonl"]


def _loads(text: str) -> Any:
    """`json.loads` raising ValueError with a one-line reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    except RecursionError as exc:
        raise ValueError("invalid JSON: nested too deeply") from exc


def _record_id(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = replace_surrogates(str(value)).strip()
    return text or None


def _record(rec: Any, path: str, number: int, label: str) -> Draft | Skipped:
    """One record as a Draft, or a Skipped naming it by `label` ("record 3", "line 3")."""
    if not isinstance(rec, dict):
        return Skipped(path, f"{label} is not a JSON object")
    text = rec.get("text")
    if text is None:
        return Skipped(path, f"{label} has no 'text'")
    if not isinstance(text, str):
        return Skipped(path, f"{label}: 'text' is not a string")
    if not text.strip():
        return Skipped(path, f"{label} has an empty 'text'")
    cleaned = clean_text(text)
    if not cleaned:
        return Skipped(path, f"{label}: {NO_TEXT_AFTER_CLEANING}")
    return Draft(
        path=path,
        text=cleaned,
        meta=coerce_meta(rec),
        record=number,
        record_id=_record_id(rec.get("id")),
    )


def read_json(data: bytes, path: str) -> list[Draft | Skipped]:
    """Read a JSON article file: one record, or a list of records."""
    try:
        doc = _loads(decode_or_fail(data, path))
    except ValueError as exc:
        raise InputError(path, str(exc)) from exc
    if isinstance(doc, dict):
        return [_record(doc, path, 1, "record 1")]
    if not isinstance(doc, list):
        raise InputError(path, "JSON is neither a record nor a list of records")
    if not doc:
        raise InputError(path, "no records in JSON list")
    return [_record(rec, path, n, f"record {n}") for n, rec in enumerate(doc, start=1)]


def read_jsonl(data: bytes, path: str) -> list[Draft | Skipped]:
    """Read a JSON Lines file; record numbers are line numbers, blank lines ignored."""
    out: list[Draft | Skipped] = []
    for n, line in enumerate(decode_or_fail(data, path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = _loads(line)
        except ValueError as exc:
            reason = str(exc).replace(" (line 1, column", " (column")
            out.append(Skipped(path, f"line {n}: {reason}"))
            continue
        out.append(_record(rec, path, n, f"line {n}"))
    return out
