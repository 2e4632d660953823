"""Write small articles with front matter for end-to-end tests."""

from __future__ import annotations

from pathlib import Path


def write_article(
    folder: Path,
    name: str,
    body: str,
    published: str | None = None,
    lang: str = "fr",
    title: str | None = None,
) -> Path:
    lines = ["---"]
    if title:
        lines.append(f'title: "{title}"')
    if published:
        lines.append(f"published: {published}")
    lines.append(f"lang: {lang}")
    lines.append("---")
    path = folder / name
    path.write_text("\n".join(lines) + "\n" + body + "\n", encoding="utf-8")
    return path
