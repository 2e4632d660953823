"""The factdiff model folder format (trained layers + head over a rebuilt base)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")

from factdiff.errors import ModelError  # noqa: E402
from factdiff.nli import model as nli_model  # noqa: E402
from factdiff.nli.scorer import NLIScorer, default_model_dirs  # noqa: E402
from test_nli_scorer import PAIRS, _save_tiny  # noqa: E402

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "nli"


def _tiny_base(tok_dir: Path):  # type: ignore[no-untyped-def]
    """A deterministic tiny 'base' encoder standing in for e5 (same seed, same weights)."""
    from transformers import AutoTokenizer, BertConfig, BertModel

    torch.manual_seed(123)
    tok = AutoTokenizer.from_pretrained(tok_dir, local_files_only=True)
    cfg = BertConfig(
        vocab_size=max(tok.get_vocab().values()) + 1,
        hidden_size=16,
        num_hidden_layers=3,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
    )
    return BertModel(cfg, add_pooling_layer=False), tok


@pytest.fixture()
def shipped_tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, np.ndarray]:
    tok_dir = _save_tiny(tmp_path, {0: "entailment", 1: "neutral", 2: "contradiction"})

    def fake_load_base_encoder(num_layers=None, plain=False):  # type: ignore[no-untyped-def]
        enc, tok = _tiny_base(tok_dir)
        if num_layers is not None:
            nli_model.truncate_layers(enc, num_layers)
        return enc, tok, tok_dir

    monkeypatch.setattr(nli_model, "load_base_encoder", fake_load_base_encoder)
    enc, tok, _ = fake_load_base_encoder(2)
    model = nli_model.MeanPoolNLI(enc)
    torch.manual_seed(7)
    with torch.no_grad():  # "train" layer 1 and the head: perturb them
        for name, p in model.named_parameters():
            if name.startswith(("encoder.encoder.layer.1.", "dense.", "out.")):
                p.add_(torch.randn_like(p) * 0.5)
    keys = [
        k
        for k in model.state_dict()
        if k.startswith(("encoder.encoder.layer.1.", "dense.", "out."))
    ]
    out = nli_model.save_shipped(model, tmp_path / "nli", {"num_layers": 2, "max_length": 64}, keys)
    model.eval()
    enc_batch = tok([p for p, _ in PAIRS], [h for _, h in PAIRS], padding=True, return_tensors="pt")
    with torch.inference_mode():
        ref = torch.softmax(model(enc_batch["input_ids"], enc_batch["attention_mask"]), -1)
    return out, ref.numpy()


def test_shipped_folder_round_trip(shipped_tiny: tuple[Path, np.ndarray]) -> None:
    path, ref = shipped_tiny
    cfg = json.loads((path / nli_model.CONFIG_NAME).read_text())
    assert cfg["format"] == nli_model.FORMAT and cfg["labels"] == list(nli_model.LABELS)
    scorer = NLIScorer(path, precision="fp32")
    probs = scorer.score(PAIRS)
    # float16 storage of the trained weights: close, not bit-identical.
    np.testing.assert_allclose(probs, ref, atol=5e-3)
    assert scorer.model_id.startswith("factdiff-nli-nli@")
    bf16 = NLIScorer(path, precision="bf16").score(PAIRS)
    np.testing.assert_allclose(bf16, ref, atol=5e-2)


def test_shipped_folder_errors(shipped_tiny: tuple[Path, np.ndarray]) -> None:
    path, _ = shipped_tiny
    (path / nli_model.WEIGHTS_NAME).unlink()
    with pytest.raises(ModelError, match="missing"):
        NLIScorer(path)
    (path / nli_model.CONFIG_NAME).write_text('{"format": "other"}')
    with pytest.raises(ModelError, match="format"):
        NLIScorer(path)


def test_default_dirs_put_env_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTDIFF_NLI_MODEL", str(tmp_path))
    assert default_model_dirs()[0] == tmp_path


@pytest.mark.skipif(
    not (SHIPPED / nli_model.CONFIG_NAME).is_file(), reason="no trained model in models/nli"
)
def test_shipped_model_small_and_sensible() -> None:
    size = sum(f.stat().st_size for f in SHIPPED.iterdir() if f.is_file())
    assert size <= 25 * 1024 * 1024
    scorer = NLIScorer()
    probs = scorer.score([(p, h) for p, h, _ in CLEAR_PAIRS])
    assert probs.shape == (len(CLEAR_PAIRS), 3)
    np.testing.assert_allclose(probs.sum(1), 1.0, atol=1e-4)
    got = [nli_model.LABELS[i] for i in probs.argmax(1)]
    wrong = [(p, h, want, g) for (p, h, want), g in zip(CLEAR_PAIRS, got, strict=True) if g != want]
    assert not wrong


# Clear cases in both languages, one per label and claim kind factdiff checks.
CLEAR_PAIRS = [
    (
        "Le ministre est arrivé lundi à Paris.",
        "Le ministre est arrivé lundi à Paris.",
        "entailment",
    ),
    (
        "Le ministre a accepté la proposition.",
        "Le ministre a rejeté la proposition.",
        "contradiction",
    ),
    (
        "Les négociations ont eu lieu mercredi à Genève.",
        "Les négociations ont eu lieu jeudi à Genève.",
        "contradiction",
    ),
    (
        "L'accident a fait douze morts samedi près de Lyon.",
        "L'accident n'a fait aucun mort.",
        "contradiction",
    ),
    (
        "Le président a rencontré le chancelier allemand à Berlin.",
        "Le président était à Berlin.",
        "entailment",
    ),
    ("Le maire a inauguré une école.", "L'école a coûté dix millions d'euros.", "neutral"),
    (
        "The talks took place in Paris on Wednesday.",
        "The talks took place in Paris on Thursday.",
        "contradiction",
    ),
    (
        "Twelve people were killed in the attack.",
        "Nobody was killed in the attack.",
        "contradiction",
    ),
    ("The minister met the president in Berlin.", "The minister was in Berlin.", "entailment"),
    ("The mayor opened a new school.", "The school cost ten million euros.", "neutral"),
]
