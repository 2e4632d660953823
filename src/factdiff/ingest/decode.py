"""Bytes to text: UTF-8 first, then a detected single-byte encoding; binary refused."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["BINARY", "NotText", "decode_bytes"]

BINARY = "binary file, not text"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Western encodings preferred when charset-normalizer finds them as plausible as
# its best guess: short French text in cp1252 is otherwise often read as cp1250
# ("ŕ Paris" for "à Paris").
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_TOLERANCE = 0.05
# Above this share of control characters, decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.02
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


class NotText(ValueError):
    """The bytes are not text in any encoding we read."""


def _control_share(text: str) -> float:
    """Share of control characters (tabs and line breaks aside) and U+FFFD in `text`."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _detect(data: bytes) -> str:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is not None:
        for match in matches:
            if match.encoding in _WESTERN and match.chaos <= best.chaos + _TOLERANCE:
                return str(match)
        if not best.encoding.startswith(("utf_16", "utf_32")):
            return str(best)
    # Nothing plausible (often: very short input). Windows-1252 reads most of
    # what Western users write; latin-1 takes the five bytes cp1252 leaves out.
    for encoding in ("cp1252", "latin_1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise NotText(BINARY)  # pragma: no cover - latin_1 decodes any bytes


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few invalid bytes (a corrupted or concatenated file), decoded
    with U+FFFD for the bad bytes; None when the bytes do not read as UTF-8.

    Without this, one stray byte sends the whole file to encoding detection, which
    reads every accented letter wrong ("arrivÃ©" for "arrivé"). Text in a
    single-byte encoding almost never contains valid multi-byte UTF-8 sequences,
    so the rule is: at least one of them, and twice as many as invalid bytes.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return text if good >= max(1, 2 * bad) else None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode article bytes: BOM, then `declared` (e.g. an HTML charset), UTF-8, detection.

    Raises `NotText` for binary data (NUL bytes, or mostly control characters).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotText(BINARY) from exc
            break
    else:
        if b"\x00" in data:
            raise NotText(BINARY)
        text = ""
        for encoding in (declared, "utf-8"):
            if not encoding:
                continue
            try:
                text = data.decode(encoding)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            text = _mostly_utf8(data) or _detect(data)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise NotText(BINARY)
    return text.removeprefix("\ufeff")
