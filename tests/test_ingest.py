"""read_articles: formats, encodings, folders, ids, and every kind of bad input."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

try:
    import factdiff  # noqa: F401
except ModuleNotFoundError:  # not installed: run from the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factdiff.ingest import read_articles  # noqa: E402
from factdiff.records import Article, Skipped  # noqa: E402

PROSE_FR = (
    "Le ministre a annoncé mardi à Paris un accord avec ses homologues européens, "
    "après plusieurs semaines de négociations difficiles."
)
PROSE_EN = "The minister announced the agreement on Tuesday in Paris after weeks of talks."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def good(tmp_path: Path, name: str = "good.md") -> Path:
    return write(tmp_path / name, f"---\ntitle: Bon\nlang: fr\n---\n{PROSE_FR}\n")


def read(*paths: Path | str, **kwargs: int) -> tuple[list[Article], list[Skipped]]:
    return read_articles(list(paths), **kwargs)


def reasons(skipped: list[Skipped]) -> dict[str, str]:
    return {Path(s.path).name: s.reason for s in skipped}


# --- text and markdown -----------------------------------------------------------


def test_front_matter_fields_are_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        '---\ntitle: "Titre : l\'accord"\noutlet: Le Monde\npublished: 2025-04-15\n'
        "lang: fr-FR\nurl: https://example.org/a\n---\n" + PROSE_FR + "\n",
    )
    (art,), skipped = read(path)
    assert skipped == []
    assert art == Article(
        id="a.md",
        path=str(path),
        text=PROSE_FR,
        title="Titre : l'accord",
        outlet="Le Monde",
        published=date(2025, 4, 15),
        lang="fr",
        url="https://example.org/a",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-15T10:30:00+02:00", date(2025, 4, 15)),
        ("'2025-04-15T23:30:00Z'", date(2025, 4, 15)),
        ("2025-04-15 08:00:00", date(2025, 4, 15)),
        ("yesterday", None),
        ("2025-13-45", None),
        ("12", None),
        ("[2025, 4]", None),
    ],
)
def test_published_is_a_date_or_none_never_a_skip(
    tmp_path: Path, value: str, expected: date | None
) -> None:
    path = write(tmp_path / "a.txt", f"---\npublished: {value}\n---\n{PROSE_FR}\n")
    (art,), skipped = read(path)
    assert skipped == []
    assert art.published == expected


def test_wrong_types_in_front_matter_are_coerced(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\ntitle: [Rubio, à Paris]\noutlet: {name: x}\nlang: 42\nurl: true\n---\n" + PROSE_FR,
    )
    (art,), skipped = read(path)
    assert skipped == []
    assert art.title == "Rubio à Paris"
    assert art.outlet is None and art.lang is None and art.url is None


def test_markdown_syntax_is_stripped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "# Le titre de l'article\n\n"
        "Le **ministre** a *annoncé* un [accord](https://example.org/x) avec "
        "ses homologues, selon `l'AFP` et _Reuters_.\n\n"
        "![une photo](img/photo.jpg)\n\n"
        "> « C’est historique », a-t-il dit.\n\n"
        "## Contexte\n\n"
        "- Un point de la liste, avec snake_case_word intact.\n"
        "[1]: https://example.org/ref\n",
    )
    (art,), _ = read(path)
    assert art.title == "Le titre de l'article"
    assert art.text == (
        "Le titre de l'article\n\n"
        "Le ministre a annoncé un accord avec ses homologues, selon l'AFP et Reuters.\n\n"
        "« C’est historique », a-t-il dit.\n\n"
        "Contexte\n\n"
        "Un point de la liste, avec snake_case_word intact."
    )


def test_txt_is_not_treated_as_markdown(tmp_path: Path) -> None:
    (art,), _ = read(write(tmp_path / "a.txt", "Le *vrai* texte, tel quel : 5 * 3.\n"))
    assert art.text == "Le *vrai* texte, tel quel : 5 * 3."


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = "L’été à Noël, œuvre à 5 € : « ça coûte cher », a-t-elle dit à la préfète."
    if encoding == "latin-1":
        text = text.replace("’", "'").replace("œ", "oe").replace("€", "euros")
    path = write(tmp_path / "a.txt", ("---\nlang: fr\n---\n" + text + "\n").encode(encoding))
    (art,), skipped = read(path)
    assert skipped == []
    assert art.text == text
    assert art.lang == "fr"


def test_short_cp1252_file_is_read_right(tmp_path: Path) -> None:
    (art,), _ = read(write(tmp_path / "a.txt", "Café à Noël – 5 €".encode("cp1252")))
    assert art.text == "Café à Noël – 5 €"


def test_utf8_bom_and_utf16_bom_are_read(tmp_path: Path) -> None:
    a = write(tmp_path / "a.md", b"\xef\xbb\xbf---\nlang: fr\n---\n" + PROSE_FR.encode())
    b = write(tmp_path / "b.txt", ("\ufeff" + PROSE_FR).encode("utf-16-le"))
    articles, skipped = read(a, b)
    assert skipped == []
    assert [x.text for x in articles] == [PROSE_FR, PROSE_FR]
    assert articles[0].lang == "fr"


def test_crlf_newlines_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"---\r\nlang: en\r\n---\r\nOne line.\r\n\r\nTwo.\r\n")
    (art,), _ = read(path)
    assert art.text == "One line.\n\nTwo." and art.lang == "en"


# --- json / jsonl ---------------------------------------------------------------


def test_json_single_record(tmp_path: Path) -> None:
    rec = {"id": "afp-1", "text": PROSE_FR, "published": "2025-04-15", "lang": "fr"}
    (art,), skipped = read(write(tmp_path / "one.json", json.dumps(rec)))
    assert skipped == []
    assert (art.id, art.text, art.published, art.lang) == (
        "afp-1",
        PROSE_FR,
        date(2025, 4, 15),
        "fr",
    )


def test_json_list_with_bad_records_keeps_the_good_ones(tmp_path: Path) -> None:
    recs = [
        {"text": PROSE_FR, "title": "Un"},
        {"id": 7, "text": PROSE_EN},
        {"title": "sans texte"},
        {"text": 12},
        "not an object",
        {"text": "   "},
    ]
    articles, skipped = read(write(tmp_path / "many.json", json.dumps(recs)))
    assert [(a.id, a.title) for a in articles] == [("many.json#1", "Un"), ("7", None)]
    assert [s.reason for s in skipped] == [
        "record 3 has no 'text'",
        "record 4: 'text' is not a string",
        "record 5 is not a JSON object",
        "record 6 has an empty 'text'",
    ]


def test_jsonl_bad_line_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": PROSE_FR, "lang": "fr"}),
        "{not json",
        "",
        json.dumps({"id": "x", "text": PROSE_EN, "published": "yesterday"}),
        json.dumps({"title": "no text"}),
    ]
    articles, skipped = read(write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n"))
    assert [a.id for a in articles] == ["feed.jsonl#1", "x"]
    assert articles[1].published is None
    assert len(skipped) == 2
    assert skipped[0].reason.startswith("line 2: invalid JSON")
    assert skipped[1].reason == "line 5 has no 'text'"
    assert all(s.path == str(tmp_path / "feed.jsonl") for s in skipped)


def test_invalid_json_file_is_skipped(tmp_path: Path) -> None:
    articles, skipped = read(write(tmp_path / "bad.json", '{"text": "x",'), good(tmp_path))
    assert [a.id for a in articles] == ["good.md"]
    assert reasons(skipped)["bad.json"].startswith("invalid JSON: ")
    assert "line 1" in reasons(skipped)["bad.json"]


def test_json_that_is_not_records_is_skipped(tmp_path: Path) -> None:
    _, skipped = read(write(tmp_path / "n.json", "42"), write(tmp_path / "e.json", "[]"))
    assert reasons(skipped) == {
        "e.json": "no records in JSON list",
        "n.json": "JSON is neither a record nor a list of records",
    }


def test_deeply_nested_json_is_skipped(tmp_path: Path) -> None:
    _, skipped = read(write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000))
    assert reasons(skipped)["deep.json"] == "invalid JSON: nested too deeply"


# --- html -----------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="utf-8">
<title>Séisme au Pérou | Le Journal</title>
<meta property="og:title" content="Séisme au Pérou : au moins douze morts">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2025-11-03T08:15:00+01:00">
<script>alert(1)</script>
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Séisme au Pérou : au moins douze morts</h1>
<p>Un puissant séisme a frappé lundi le sud du Pérou, tuant au moins douze personnes et
endommageant près de 2 000 maisons dans la région d’Arequipa, selon les autorités.</p>
<script>alert(1)</script>
<iframe src="https://evil.example/frame">contenu de l'iframe</iframe>
<p>Le tremblement de terre, d'une magnitude de 6,8 selon l'institut géologique américain,
s'est produit à 3 h 42 heure locale près de la ville de Chivay, dans le canyon de Colca.</p>
<p>« Beaucoup de familles ont dormi dehors », a déclaré la maire de la province de Caylloma.</p>
</article>
<footer>© 2025 Le Journal. Tous droits réservés.</footer>
</body></html>
"""


def test_html_main_text_and_meta(tmp_path: Path) -> None:
    (art,), skipped = read(write(tmp_path / "page.html", HTML))
    assert skipped == []
    assert art.id == "page.html"
    assert art.title == "Séisme au Pérou : au moins douze morts"
    assert art.outlet == "Le Journal"
    assert art.published == date(2025, 11, 3)
    assert art.lang == "fr"
    assert "tuant au moins douze personnes" in art.text
    assert "la région d’Arequipa" in art.text
    assert "« Beaucoup de familles ont dormi dehors »" in art.text
    for gone in ("alert", "<script", "iframe", "evil.example", "Accueil", "droits réservés"):
        assert gone not in art.text


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="date" content="2024-02-29">',
        '<meta name="pubdate" content="2024-02-29T10:00:00Z">',
        '<meta itemprop="datePublished" content="2024-02-29">',
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Titre JSON-LD", '
        '"datePublished": "2024-02-29T09:00:00+01:00"}</script>',
    ],
)
def test_html_published_from_other_meta_tags(tmp_path: Path, head: str) -> None:
    page = HTML.replace(
        '<meta property="article:published_time" content="2025-11-03T08:15:00+01:00">', head
    )
    (art,), _ = read(write(tmp_path / "page.htm", page))
    assert art.published == date(2024, 2, 29)


def test_html_title_falls_back_to_title_tag_and_cp1252_charset(tmp_path: Path) -> None:
    page = HTML.replace(
        '<meta property="og:title" content="Séisme au Pérou : au moins douze morts">', ""
    ).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    (art,), _ = read(write(tmp_path / "page.html", page.encode("cp1252")))
    assert art.title == "Séisme au Pérou | Le Journal"
    assert "la région d’Arequipa" in art.text


def test_html_without_text_is_skipped(tmp_path: Path) -> None:
    page = "<html><head><script>alert(1)</script></head><body><nav></nav></body></html>"
    _, skipped = read(write(tmp_path / "empty.html", page))
    assert reasons(skipped) == {"empty.html": "no article text found in HTML"}


# --- bad inputs -----------------------------------------------------------------


def test_bad_inputs_are_skipped_and_others_still_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    write(bad / "empty.txt", b"")
    write(bad / "blank.md", "  \n\n\t \n")
    write(bad / "only-fm.md", "---\ntitle: x\n---\n\n  \n")
    write(bad / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(bad / "noise.txt", bytes(range(1, 32)) * 40)
    write(bad / "yaml.md", "---\ntitle: [unclosed\npublished: 2025-01-01\n---\n" + PROSE_FR)
    write(bad / "list-fm.md", "---\n- a\n- b\n---\n" + PROSE_FR)
    write(bad / "open-fm.md", "---\ntitle: x\n" + PROSE_FR)
    write(bad / "boiler.txt", "Lire aussi\nUn titre\nComment (0)\n")
    ok = good(tmp_path)
    xyz = write(tmp_path / "notes.xyz", PROSE_FR)
    articles, skipped = read(bad, ok, tmp_path / "missing.md", xyz)
    assert [a.id for a in articles] == ["good.md"]
    r = reasons(skipped)
    assert r["empty.txt"] == "empty file"
    assert r["blank.md"] == "file contains only whitespace"
    assert r["only-fm.md"] == "no article text after the front matter"
    assert r["binary.txt"] == "binary file, not text"
    assert r["noise.txt"] == "binary file, not text"
    assert r["yaml.md"].startswith("invalid front matter: ")
    assert "(line 3)" in r["yaml.md"] and "\n" not in r["yaml.md"]
    assert r["list-fm.md"] == "invalid front matter: not a mapping of fields (got a list)"
    assert r["open-fm.md"] == "invalid front matter: no closing '---' line"
    assert r["boiler.txt"] == "no article text left after removing boilerplate"
    assert r["missing.md"] == "no such file or folder"
    assert r["notes.xyz"] == "unsupported file type '.xyz'"
    assert all("\n" not in s.reason for s in skipped)


def test_yaml_bomb_is_refused(tmp_path: Path) -> None:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        name, prev = chr(ord("a") + i), chr(ord("a") + i - 1)
        bomb.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = write(tmp_path / "bomb.md", "---\n" + "\n".join(bomb) + "\n---\n" + PROSE_FR)
    _, skipped = read(path)
    assert reasons(skipped)["bomb.md"] == (
        "invalid front matter: 72 YAML aliases, above the limit of 50"
    )


def test_huge_front_matter_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "big.md", "---\nx: '" + "a" * 70_000 + "'\n---\n" + PROSE_FR)
    _, skipped = read(path)
    assert reasons(skipped)["big.md"] == "invalid front matter: larger than 64 KB"


def test_file_above_max_bytes_is_skipped_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(6_200_000)  # sparse: cheap to create
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self.name)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    articles, skipped = read(big, good(tmp_path))
    assert [a.id for a in articles] == ["good.md"]
    assert reasons(skipped)["big.txt"] == "file is 6.2 MB, above the limit of 5 MB"
    assert "big.txt" not in opened


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    path = good(tmp_path)
    size = path.stat().st_size
    _, skipped = read(path, max_bytes=100)
    assert reasons(skipped)["good.md"] == f"file is {size} bytes, above the limit of 100 bytes"
    articles, _ = read(path, max_bytes=size)
    assert len(articles) == 1


def test_permission_denied_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = good(tmp_path, "secret.md")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "secret.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    articles, skipped = read(secret, good(tmp_path))
    assert [a.id for a in articles] == ["good.md"]
    assert reasons(skipped) == {"secret.md": "permission denied"}


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_mode_is_skipped(tmp_path: Path) -> None:
    secret = good(tmp_path, "secret.md")
    secret.chmod(0)
    try:
        _, skipped = read(secret)
    finally:
        secret.chmod(0o644)
    assert reasons(skipped) == {"secret.md": "permission denied"}


def test_unexpected_reader_error_becomes_a_skip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factdiff.ingest as ingest

    def boom(data: bytes, path: str) -> list:  # type: ignore[type-arg]
        raise RuntimeError("kaboom\nsecond line")

    monkeypatch.setitem(ingest.READERS, ".txt", boom)
    articles, skipped = read(write(tmp_path / "a.txt", PROSE_FR), good(tmp_path))
    assert [a.id for a in articles] == ["good.md"]
    assert reasons(skipped) == {"a.txt": "could not read: RuntimeError: kaboom second line"}


# --- folders, order, ids ---------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "b.md", PROSE_FR)
    write(root / "a.txt", PROSE_FR)
    write(root / "sub" / "c.json", json.dumps({"text": PROSE_EN}))
    write(root / "sub" / "deeper" / "d.htm", HTML)
    write(root / "notes.docx", b"PK\x03\x04")  # unknown extension in a folder: ignored
    write(root / ".hidden.md", PROSE_FR)
    write(root / ".git" / "x.md", PROSE_FR)
    articles, skipped = read(root)
    assert skipped == []
    assert [a.id for a in articles] == ["a.txt", "b.md", "c.json#1", "d.htm"]
    assert [a.path for a in articles] == [
        str(root / "a.txt"),
        str(root / "b.md"),
        str(root / "sub" / "c.json"),
        str(root / "sub" / "deeper" / "d.htm"),
    ]


def test_output_is_sorted_by_path_whatever_the_argument_order(tmp_path: Path) -> None:
    z = good(tmp_path, "z.md")
    a = good(tmp_path, "a.md")
    first, _ = read(z, a)
    second, _ = read(a, z)
    assert [x.id for x in first] == [x.id for x in second] == ["a.md", "z.md"]


def test_duplicate_paths_are_read_once(tmp_path: Path) -> None:
    a = good(tmp_path, "a.md")
    articles, skipped = read(a, tmp_path, str(a), tmp_path / "." / "a.md", tmp_path)
    assert skipped == []
    assert [x.id for x in articles] == ["a.md"]


def test_same_file_name_in_two_folders_is_disambiguated(tmp_path: Path) -> None:
    write(tmp_path / "x" / "a.md", PROSE_FR)
    write(tmp_path / "y" / "a.md", PROSE_EN)
    write(tmp_path / "y" / "b.md", PROSE_EN)
    write(tmp_path / "p" / "q" / "c.md", PROSE_EN)
    write(tmp_path / "r" / "q" / "c.md", PROSE_EN)
    articles, _ = read(tmp_path)
    assert [a.id for a in articles] == ["p/q/c.md", "r/q/c.md", "x/a.md", "y/a.md", "b.md"]


def test_record_ids_collide_across_files(tmp_path: Path) -> None:
    write(tmp_path / "one.jsonl", json.dumps({"id": "7", "text": PROSE_FR}))
    write(tmp_path / "two.jsonl", json.dumps({"id": "7", "text": PROSE_EN}))
    write(tmp_path / "sub" / "one.jsonl", json.dumps({"text": PROSE_EN}))
    write(tmp_path / "one.json", json.dumps([{"text": PROSE_EN}]))
    articles, _ = read(tmp_path)
    ids = [a.id for a in articles]
    assert len(set(ids)) == len(ids)
    assert ids == ["one.json#1", "one.jsonl:7", "one.jsonl#1", "two.jsonl:7"]


def test_empty_folder_and_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "other" / "readme.rst", "hello")
    write(tmp_path / "other" / ".draft.md", PROSE_FR)
    articles, skipped = read(tmp_path / "empty", tmp_path / "other", good(tmp_path))
    assert [a.id for a in articles] == ["good.md"]
    assert reasons(skipped) == {
        "empty": "no articles found in folder",
        "other": "no articles found in folder",
    }


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlink_loops_are_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write(root / "sub" / "a.md", PROSE_FR)
    (root / "sub" / "loop").symlink_to(root)
    (root / "self.md").symlink_to(root / "self.md")
    articles, skipped = read(root)
    assert [a.id for a in articles] == ["a.md"]
    assert [s.path for s in skipped] == [str(root / "self.md")]


def test_dot_file_named_directly_is_read(tmp_path: Path) -> None:
    articles, skipped = read(good(tmp_path, ".draft.md"))
    assert skipped == [] and [a.id for a in articles] == [".draft.md"]


def test_result_is_deterministic(tmp_path: Path) -> None:
    write(tmp_path / "x" / "a.md", PROSE_FR)
    write(tmp_path / "y" / "a.md", PROSE_EN)
    write(tmp_path / "f.jsonl", "\n".join([json.dumps({"text": PROSE_EN}), "oops"]))
    assert read(tmp_path) == read(tmp_path)
