"""Reader for ``.html``/``.htm`` pages: main text by trafilatura, metadata from tags.

The main text is extracted offline with ``trafilatura.extract`` favouring
precision (navigation, comments, scripts, iframes and footers left out), and
retried favouring recall if precision finds nothing. Title, date, language,
outlet and URL come from the usual meta tags, read with the standard library:

- published: ``article:published_time``, ``datePublished`` (meta or JSON-LD),
  ``pubdate``/``publishdate``/``date``/``DC.date``, ``<time pubdate>``;
- title: ``og:title``, ``twitter:title``, JSON-LD ``headline``, ``<title>``;
- lang: ``<html lang>``, ``og:locale``, JSON-LD ``inLanguage``;
- outlet: ``og:site_name``, JSON-LD ``publisher.name``; url: ``og:url``, canonical link.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from factdiff.errors import InputError
from factdiff.ingest.clean import clean_text
from factdiff.ingest.meta import Draft, Meta, parse_date, parse_lang, parse_str
from factdiff.ingest.text_reader import NO_TEXT_AFTER_CLEANING, decode_or_fail
from factdiff.records import Skipped

__all__ = ["PageMeta", "read_html"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DANGEROUS = re.compile(
    r"<(script|style|iframe|noscript|object|embed|template)\b.*?</\1\s*>", re.I | re.S
)

# Meta keys (name, property or itemprop, lower case) in order of preference.
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
)
_TITLE_KEYS = ("og:title", "twitter:title", "headline")
_OUTLET_KEYS = ("og:site_name", "application-name")


class PageMeta(HTMLParser):
    """Collects the meta tags, ``<title>``, ``<html lang>`` and JSON-LD of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.lang: str | None = None
        self.title: str = ""
        self.canonical: str | None = None
        self.time_pubdate: str | None = None
        self.json_ld: list[str] = []
        self._in: str | None = None  # "title" or "ld"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"]
            if a.get("http-equiv", "").lower() == "content-language" and a.get("content"):
                self.meta.setdefault("content-language", a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href")
        elif tag == "time" and ("pubdate" in a or a.get("itemprop") == "datePublished"):
            self.time_pubdate = self.time_pubdate or a.get("datetime")
        elif tag == "title" and not self.title:
            self._in = "title"
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._in = "ld"
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "script"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "ld":
            self.json_ld[-1] += data

    def _ld_values(self, key: str) -> Iterator[Any]:
        for block in self.json_ld:
            try:
                yield from _find_key(json.loads(block), key, depth=0)
            except (ValueError, RecursionError):
                continue

    def _ld_first(self, key: str) -> Any:
        return next(self._ld_values(key), None)

    def to_meta(self) -> Meta:
        """The page metadata, each field from its first usable source."""
        published = next(
            (
                d
                for d in (
                    *(parse_date(self.meta.get(k)) for k in _PUBLISHED_KEYS),
                    parse_date(self._ld_first("datePublished")),
                    parse_date(self.time_pubdate),
                )
                if d is not None
            ),
            None,
        )
        title = (
            next(
                (
                    t
                    for t in (*(self.meta.get(k) for k in _TITLE_KEYS), self._ld_first("headline"))
                    if parse_str(t)
                ),
                None,
            )
            or self.title
        )
        publisher = self._ld_first("publisher")
        outlet = next((self.meta.get(k) for k in _OUTLET_KEYS if self.meta.get(k)), None)
        if outlet is None and isinstance(publisher, dict):
            outlet = publisher.get("name")
        lang = (
            parse_lang(self.lang)
            or parse_lang(self.meta.get("og:locale"))
            or parse_lang(self.meta.get("content-language"))
            or parse_lang(self._ld_first("inLanguage"))
        )
        return Meta(
            title=parse_str(title),
            outlet=parse_str(outlet),
            published=published,
            lang=lang,
            url=parse_str(self.meta.get("og:url") or self.canonical),
        )


def _find_key(node: Any, key: str, depth: int) -> Iterator[Any]:
    if depth > 20:
        return
    if isinstance(node, dict):
        if key in node:
            yield node[key]
        for value in node.values():
            yield from _find_key(value, key, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _find_key(value, key, depth + 1)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


def _extract(html: str) -> str | None:
    # Imported here: it costs a fifth of a second, paid only by runs that read HTML.
    import trafilatura

    # trafilatura logs "empty HTML tree"-style warnings; ingest reports via Skipped.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    for options in ({"favor_precision": True}, {"favor_recall": True}):
        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            **options,
        )
        if text and text.strip():
            return text
    return None


def read_html(data: bytes, path: str) -> list[Draft | Skipped]:
    """Read an HTML page as one article: main text plus meta-tag metadata."""
    html = decode_or_fail(data, path, _declared_charset(data))
    parser = PageMeta()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup: keep what was collected
        pass
    # Scripts, styles and iframes are removed before extraction as well, so that
    # no fallback path can surface their content.
    text = _extract(_DANGEROUS.sub(" ", html))
    if text is None:
        raise InputError(path, "no article text found in HTML")
    cleaned = clean_text(text)
    if not cleaned:
        raise InputError(path, NO_TEXT_AFTER_CLEANING)
    return [Draft(path=path, text=cleaned, meta=parser.to_meta())]
