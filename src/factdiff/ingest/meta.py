"""Article metadata (title, outlet, published, lang, url) and its lenient coercion.

Metadata comes from front matter, JSON records or HTML meta tags, written by
people and tools that disagree on types. A wrong type never skips an article:
the field is coerced when the intent is clear (a list of strings as title is
joined with spaces, a date-time becomes its date as written, ``fr-FR`` becomes
``fr``) and set to None otherwise (``published: yesterday``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from factdiff.ingest.clean import replace_surrogates

__all__ = ["Draft", "Meta", "coerce_meta", "parse_date", "parse_lang", "parse_str"]

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:$|[-_])")


@dataclass(frozen=True)
class Meta:
    """Optional metadata of one article."""

    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    lang: str | None = None
    url: str | None = None

    def or_else(self, other: Meta) -> Meta:
        """Fill the fields missing here from `other`."""
        return Meta(
            title=self.title or other.title,
            outlet=self.outlet or other.outlet,
            published=self.published or other.published,
            lang=self.lang or other.lang,
            url=self.url or other.url,
        )


@dataclass(frozen=True)
class Draft:
    """An article read by a format reader, before its source id is assigned.

    `record` is the 1-based record number inside a .json/.jsonl file (None for
    one-article files); `record_id` is the record's own `id`, if it has one.
    """

    path: str
    text: str
    meta: Meta
    record: int | None = None
    record_id: str | None = None


def parse_str(value: Any) -> str | None:
    """A non-empty one-line string, or None; lists of scalars are joined with spaces."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, list | tuple):
        parts = [parse_str(v) for v in value if not isinstance(v, list | tuple | dict)]
        joined = " ".join(p for p in parts if p)
        return joined or None
    if isinstance(value, str | int | float | date):
        text = " ".join(replace_surrogates(str(value)).split())
        return text or None
    return None


def parse_date(value: Any) -> date | None:
    """An ISO date or date-time (str, date or datetime) as a date; None if unparseable.

    A date-time keeps the calendar date written in it (no conversion to UTC).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        pass
    match = _ISO_DATE.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return None


def parse_lang(value: Any) -> str | None:
    """The primary language subtag in lower case (``fr-FR`` -> ``fr``), or None."""
    if not isinstance(value, str):
        return None
    match = _LANG.match(value.strip())
    return match[1].lower() if match else None


def coerce_meta(fields: Mapping[Any, Any]) -> Meta:
    """Build `Meta` from a mapping of raw fields (keys compared case-insensitively).

    `date` is accepted for `published`, and `source` for `outlet`.
    """
    lowered = {str(k).strip().lower(): v for k, v in fields.items()}

    def first(*keys: str) -> Any:
        for key in keys:
            if lowered.get(key) is not None:
                return lowered[key]
        return None

    return Meta(
        title=parse_str(first("title")),
        outlet=parse_str(first("outlet", "source")),
        published=parse_date(first("published", "date")),
        lang=parse_lang(first("lang", "language")),
        url=parse_str(first("url")),
    )
