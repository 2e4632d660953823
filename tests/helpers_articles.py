"""Write small articles with front matter for end-to-end tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factdiff.records import Report


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


def run_two(
    folder: Path,
    a: str,
    b: str,
    published: str = "2025-10-08",
    lang_a: str = "fr",
    lang_b: str = "en",
    published_b: str | None = None,
) -> Report:
    """The rules-only report on two one-body articles a.md and b.md published one day (or
    b.md on `published_b`)."""
    from factdiff.pipeline import Settings, run

    paths = [
        str(write_article(folder, "a.md", a, published, lang_a)),
        str(write_article(folder, "b.md", b, published_b or published, lang_b)),
    ]
    return run(paths, Settings(nli=False, cache=False))


def rules_of(report: Report, kind: str) -> list[str]:
    """The rules of a report's findings of one kind, in report order."""
    return [f.rule for f in report.findings if f.kind == kind]


# One French sentence of about 900 characters around a weekday: a long lead, or what an
# unpunctuated HTML extraction gives. Longer than NLIPolicy.window_chars (600): the NLI
# model reads it in windows (limit nli_window).
LONG_LEAD = (
    "Le ministre des Affaires étrangères va se rendre à Paris {day} pour des discussions "
    "sur l'Ukraine en présence de plusieurs délégations européennes et américaines, dont "
    "les conseillers diplomatiques des principaux pays concernés, qui doivent examiner "
    "ensemble les propositions de cessez-le-feu, les garanties de sécurité demandées par "
    "Kiev, la question des territoires occupés, le sort des prisonniers de guerre et des "
    "enfants déportés, ainsi que le calendrier d'une éventuelle rencontre au sommet entre "
    "les dirigeants, selon une source diplomatique qui a requis l'anonymat et qui a précisé "
    "que les discussions pourraient se prolonger tard dans la soirée si les négociateurs "
    "parviennent à rapprocher leurs positions sur les points les plus sensibles du dossier, "
    "notamment la reconstruction des infrastructures énergétiques détruites par les frappes "
    "de cet hiver."
)
