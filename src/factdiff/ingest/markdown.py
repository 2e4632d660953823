"""Markdown syntax that is not prose, removed line by line to a plain text body.

Headings lose their ``#``, emphasis and code markers go, links become their
text, images and link definitions disappear, block quotes and bullets lose
their markers. Prose characters (quotes, apostrophes, dashes) are untouched.
"""

from __future__ import annotations

import re

__all__ = ["first_heading", "strip_markdown"]

_SUBS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, flags), repl)
    for pattern, repl, flags in (
        # HTML comments and inline tags
        (r"<!--.*?-->", "", re.S),
        (r"</?(?:span|div|p|em|strong|b|i|u|sup|sub|a|br|small|mark)\b[^>]*>", "", re.I),
        # images (before links): ![alt](src)
        (r"!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)", "", 0),
        (r"!\[[^\]\n]*\]\[[^\]\n]*\]", "", 0),
        # links: [text](url "title") and [text][ref] -> text
        (r"\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)", r"\1", 0),
        (r"\[([^\]\n]+)\]\[[^\]\n]*\]", r"\1", 0),
        # autolinks <https://...> -> the address
        (r"<((?:https?|mailto):[^>\s]+)>", r"\1", 0),
        # strong / emphasis / strike-through / inline code
        (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", 0),
        (r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", 0),
        (r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])", r"\1", 0),
        (r"~~(?=\S)(.+?)(?<=\S)~~", r"\1", 0),
        (r"`+([^`\n]+?)`+", r"\1", 0),
        # backslash escapes
        (r"\\([\\`*_{}\[\]()#+\-.!>|])", r"\1", 0),
    )
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_EMPTY_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*$")
_RULE_OR_SETEXT = re.compile(r"^\s{0,3}(?:[-=_*]\s*){3,}$|^\s{0,3}=+\s*$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(?=\S)")


def first_heading(text: str) -> str | None:
    """The text of the first non-blank line if it is a ``#`` heading, else None."""
    for line in text.split("\n"):
        if line.strip():
            match = _HEADING.match(line)
            return strip_markdown(match[1]).strip() or None if match else None
    return None


def strip_markdown(text: str) -> str:
    """Return `text` with Markdown syntax removed; line structure is kept."""
    out: list[str] = []
    for line in text.split("\n"):
        if _FENCE.match(line) or _LINK_DEF.match(line) or _EMPTY_HEADING.match(line):
            continue
        if _RULE_OR_SETEXT.match(line):
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            line = heading[1]
        line = _QUOTE.sub("", line)
        line = _BULLET.sub("- ", line) if _is_ticker(line) else _BULLET.sub("", line)
        for pattern, repl in _SUBS:
            line = pattern.sub(repl, line)
        out.append(line)
    return "\n".join(out)


_TICKER = re.compile(r"^\s{0,3}[-*+]\s*\d{1,2}[:h]\d{2}")


def _is_ticker(line: str) -> bool:
    # Keep the bullet on "- 10:18Headline" so the ticker rule in clean.py sees it.
    return bool(_TICKER.match(line))
