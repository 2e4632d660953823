"""Training loop on a tiny stand-in base: seeded, checkpoints, resumes, ships small."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")

from factdiff.nli import model as nli_model  # noqa: E402
from factdiff.nli import train as nli_train  # noqa: E402
from factdiff.nli.data import Pair, _edits  # noqa: E402
from test_nli_model import _tiny_base  # noqa: E402
from test_nli_scorer import _save_tiny  # noqa: E402

PAIRS = [
    Pair("il a accepté lundi", "il a rejeté lundi", "contradiction", "t", "g1"),
    Pair("il a accepté lundi", "il a accepté", "entailment", "t", "g1"),
    Pair("the minister met the president", "the president was met", "entailment", "t", "g2"),
    Pair("the minister met the president", "people were killed", "neutral", "t", "g3"),
] * 6


@pytest.fixture()
def tiny_setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tok_dir = _save_tiny(tmp_path, {0: "entailment", 1: "neutral", 2: "contradiction"})

    def fake_load_base_encoder(num_layers=None):  # type: ignore[no-untyped-def]
        enc, tok = _tiny_base(tok_dir)
        if num_layers is not None:
            nli_model.truncate_layers(enc, num_layers)
        return enc, tok, tok_dir

    monkeypatch.setattr(nli_train, "load_base_encoder", fake_load_base_encoder)
    monkeypatch.setattr(nli_model, "load_base_encoder", fake_load_base_encoder)
    monkeypatch.setattr(
        nli_train, "training_pairs", lambda data, seed, mix, **_: (PAIRS, PAIRS[:4])
    )
    return tmp_path


def _cfg(root: Path, name: str, steps: int, resume: bool = True) -> nli_train.TrainConfig:
    return nli_train.TrainConfig(
        data=root,
        out=root / name / "model",
        checkpoint_dir=root / name / "ckpt",
        num_layers=2,
        train_layers=1,
        batch_size=4,
        steps=steps,
        warmup=2,
        checkpoint_every=3,
        eval_every=1000,
        threads=1,
        resume=resume,
        max_minutes=10,
    )


def _weights(path: Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(str(path / nli_model.WEIGHTS_NAME))


def test_seeded_runs_are_identical_and_resume_continues(tiny_setup: Path) -> None:
    a = nli_train.train(_cfg(tiny_setup, "a", steps=6))
    b = nli_train.train(_cfg(tiny_setup, "b", steps=6))
    wa, wb = _weights(a), _weights(b)
    assert wa.keys() == wb.keys()
    assert all(torch.equal(wa[k], wb[k]) for k in wa)
    # Only the trained layer (1 of 2) and the head are shipped, embeddings never.
    assert all(k.startswith(("encoder.encoder.layer.1.", "dense.", "out.")) for k in wa)
    cfg = json.loads((a / nli_model.CONFIG_NAME).read_text())
    assert cfg["num_layers"] == 2 and cfg["training"]["steps"] == 6

    # Resuming a finished 6-step run to 9 steps starts at step 6.
    c = nli_train.train(_cfg(tiny_setup, "a", steps=9))
    assert json.loads((c / nli_model.CONFIG_NAME).read_text())["training"]["steps"] == 9
    state = torch.load(tiny_setup / "a" / "ckpt" / "last.pt", weights_only=False)
    assert state["step"] == 9


def test_claim_edits_change_the_checked_detail() -> None:
    import random

    rng = random.Random(0)
    sent = "Le ministre a accepté mardi à Paris un accord sur 120 postes, a indiqué la mairie."
    edits = {rule: (hyp, label) for hyp, label, rule in _edits(sent, "fr", rng)}
    assert edits["weekday"][1] == "contradiction" and "mardi" not in edits["weekday"][0]
    assert edits["number"][1] == "contradiction" and "120" not in edits["number"][0]
    assert edits["polarity"][0].count("a rejeté") == 1
    hedged, label = edits["hedge"]
    assert label == "entailment" and "120 postes" in hedged and hedged != sent
    dropped = "Le ministre a accepté mardi à Paris un accord sur 120 postes."
    assert edits["drop_clause"] == (dropped, "entailment")


def test_warm_start_continues_from_a_shipped_model(tiny_setup: Path) -> None:
    from safetensors.torch import save_file

    parent = nli_train.train(_cfg(tiny_setup, "parent", steps=6))
    # Mark the parent's head so that a warm start is told apart from the
    # seeded initialisation every run shares.
    wp = _weights(parent)
    wp["out.weight"] = wp["out.weight"] + 0.5
    save_file(wp, str(parent / nli_model.WEIGHTS_NAME))

    child_cfg = _cfg(tiny_setup, "child", steps=1)
    child_cfg.init_from = parent
    child_cfg.lr = child_cfg.head_lr = 1e-9  # one step that barely moves anything
    child_cfg.train_layers = 0  # only the head: the parent's layer 1 must still ship
    wc = _weights(nli_train.train(child_cfg))
    assert wp.keys() == wc.keys()
    assert all(torch.allclose(wp[k].float(), wc[k].float(), atol=1e-3) for k in wp)
    record = json.loads((child_cfg.out / nli_model.CONFIG_NAME).read_text())["training"]
    assert record["init_from"]["training"]["steps"] == 6 and record["steps"] == 1

    cold_cfg = _cfg(tiny_setup, "cold", steps=1)
    cold_cfg.lr = cold_cfg.head_lr = 1e-9
    cold = _weights(nli_train.train(cold_cfg))
    assert not torch.allclose(cold["out.weight"].float(), wp["out.weight"].float(), atol=0.1)


def test_warm_start_refuses_a_model_with_other_layers(tiny_setup: Path) -> None:
    parent = nli_train.train(_cfg(tiny_setup, "parent", steps=2))
    child_cfg = _cfg(tiny_setup, "child", steps=1)
    child_cfg.init_from, child_cfg.num_layers = parent, 1
    with pytest.raises(ValueError, match="layers"):
        nli_train.train(child_cfg)


def _last_weights(root: Path, name: str) -> dict[str, torch.Tensor]:
    return torch.load(root / name / "ckpt" / "last.pt", weights_only=False)["model"]


def test_weight_averaging_ships_the_mean_of_the_snapshots(tiny_setup: Path) -> None:
    def cfg(name: str, steps: int, average: bool) -> nli_train.TrainConfig:
        c = _cfg(tiny_setup, name, steps=steps)
        c.schedule = "constant"
        c.lr = c.head_lr = 1e-2  # large steps, so that the snapshots differ
        if average:
            c.average_from, c.average_every = 2, 2
        return c

    # The weights a plain run passes through at steps 2, 4 and 6.
    snapshots = []
    for steps in (2, 4, 6):
        nli_train.train(cfg("plain", steps, average=False))
        snapshots.append(_last_weights(tiny_setup, "plain"))
    averaged = _weights(nli_train.train(cfg("avg", 6, average=True)))
    for key, value in averaged.items():
        expected = torch.stack([s[key].float() for s in snapshots]).mean(0)
        assert torch.allclose(value.float(), expected, atol=2e-3), key
    # The mean moved away from the last weights: the test would catch shipping them.
    last = snapshots[-1]
    assert any(
        not torch.allclose(averaged[k].float(), last[k].float(), atol=1e-3) for k in averaged
    )
    record = json.loads((tiny_setup / "avg" / "model" / nli_model.CONFIG_NAME).read_text())
    assert record["training"]["averaged"]["snapshots"] == 3

    # A run stopped mid-way and resumed keeps its running mean.
    nli_train.train(cfg("resumed", 4, average=True))
    resumed = _weights(nli_train.train(cfg("resumed", 6, average=True)))
    assert all(torch.equal(resumed[k], averaged[k]) for k in averaged)


def test_language_balanced_weights_even_out_each_languages_labels() -> None:
    from factdiff.nli.data import label_weights_by_language, pair_language

    pairs = (
        [Pair("a", "b", "neutral", "claims_fr_added_detail")] * 6
        + [Pair("a", "b", "contradiction", "claims_fr_number")] * 2
        + [Pair("a", "b", "entailment", "rte3_fr")] * 4
        + [Pair("a", "b", "neutral", "mnli_dev_matched")] * 3
        + [Pair("a", "b", "entailment", "snli_devtest")] * 3
        + [Pair("a", "b", "entailment", "refresd")]
    )
    assert [pair_language(p) for p in pairs[-4:]] == ["en", "en", "en", "xl"]
    weights = label_weights_by_language(pairs)
    totals: dict[tuple[str, str], float] = {}
    for p, w in zip(pairs, weights, strict=True):
        key = (pair_language(p), p.label)
        totals[key] = totals.get(key, 0.0) + w
    # French: 12 pairs, 3 labels: each label weighs 4 in all; English 3 per label.
    assert {k: round(v, 6) for k, v in totals.items()} == {
        ("fr", "neutral"): 4.0,
        ("fr", "contradiction"): 4.0,
        ("fr", "entailment"): 4.0,
        ("en", "neutral"): 3.0,
        ("en", "entailment"): 3.0,
        ("xl", "entailment"): 1.0,
    }


def test_binary_loss_reads_not_entailment_as_one_minus_p_entailment() -> None:
    from factdiff.nli.data import TRAIN_LABELS

    logits = torch.tensor([[2.0, 0.5, -1.0], [2.0, 0.5, -1.0], [0.0, 3.0, 1.0]])
    labels = torch.tensor([TRAIN_LABELS.index(x) for x in ("entailment", "not_entailment")] + [1])
    loss = nli_train.pair_loss(logits, labels)
    p = torch.softmax(logits, -1)
    assert torch.allclose(loss[0], -p[0, 0].log())
    assert torch.allclose(loss[1], -(1 - p[1, 0]).log())
    assert torch.allclose(loss[2], -p[2, 1].log())
    # Not "neutral": moving mass from neutral to contradiction leaves it unchanged.
    shifted = nli_train.pair_loss(torch.tensor([[2.0, -1.0, 0.5]]), labels[1:2])
    assert torch.allclose(shifted, loss[1:2])


def test_binary_pairs_train_and_count_in_validation(
    tiny_setup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = [
        Pair("il a accepté lundi", "il a refusé", "not_entailment", "pawsx_fr", "g4"),
        Pair("he won on Monday", "il a gagné lundi", "entailment", "ntrex_xl", "g5"),
    ] * 4
    pairs = PAIRS + binary
    monkeypatch.setattr(nli_train, "training_pairs", lambda data, seed, mix, **_: (pairs, binary))
    cfg = _cfg(tiny_setup, "bin", steps=4)
    cfg.mix = "v4"  # label-balanced weights, binary sources as a family apart
    out = nli_train.train(cfg)
    record = json.loads((out / nli_model.CONFIG_NAME).read_text())["training"]
    assert record["pairs_by_source"]["pawsx_fr"] == 4
    assert 0.0 <= record["validation_accuracy"] <= 1.0


def test_averaging_from_a_fraction_of_the_run_starts_at_its_second_half(
    tiny_setup: Path,
) -> None:
    cfg = _cfg(tiny_setup, "half", steps=8)
    cfg.schedule, cfg.average_every, cfg.average_from_fraction = "constant", 2, 0.5
    out = nli_train.train(cfg)
    averaged = json.loads((out / nli_model.CONFIG_NAME).read_text())["training"]["averaged"]
    # Snapshots at steps 4, 6 and 8 of 8.
    assert averaged["from_step"] == 4 and averaged["snapshots"] == 3
    # Resumed past its start, a run keeps the step it started averaging at.
    cfg2 = _cfg(tiny_setup, "half", steps=12)
    cfg2.schedule, cfg2.average_every, cfg2.average_from_fraction = "constant", 2, 0.5
    out = nli_train.train(cfg2)
    averaged = json.loads((out / nli_model.CONFIG_NAME).read_text())["training"]["averaged"]
    assert averaged["from_step"] == 4 and averaged["snapshots"] == 5


def test_a_checkpoint_exports_as_a_model_folder(tiny_setup: Path) -> None:
    cfg = _cfg(tiny_setup, "exp", steps=6)
    cfg.schedule, cfg.lr, cfg.head_lr = "constant", 1e-2, 1e-2
    cfg.average_from, cfg.average_every = 2, 2
    shipped = nli_train.train(cfg)  # ships the average of steps 2, 4, 6
    state = torch.load(tiny_setup / "exp" / "ckpt" / "last.pt", weights_only=False)
    last = nli_train.export_checkpoint(tiny_setup / "exp" / "ckpt", shipped, tiny_setup / "last")
    mean = nli_train.export_checkpoint(
        tiny_setup / "exp" / "ckpt", shipped, tiny_setup / "mean", average=True
    )
    wl, wm, ws = _weights(last), _weights(mean), _weights(shipped)
    assert wl.keys() == ws.keys() == wm.keys()
    assert all(torch.equal(wm[k], ws[k]) for k in ws)  # the average is what the run shipped
    assert all(torch.equal(wl[k], state["model"][k].to(torch.float16)) for k in wl)
    record = json.loads((mean / nli_model.CONFIG_NAME).read_text())
    assert record["training"]["step"] == 6 and record["training"]["averaged_snapshots"] == 3
    assert record["num_layers"] == 2


@pytest.mark.parametrize("native", [True, False])
def test_bf16_autocast_only_where_the_cpu_has_native_bf16(
    tiny_setup: Path, monkeypatch: pytest.MonkeyPatch, native: bool
) -> None:
    # Emulated bf16 made a step of the real model take about 40 s instead of 2 on an
    # AVX2-only CPU: training asks the same question as the scorer.
    seen: list[bool] = []
    real_autocast = torch.autocast

    def recording_autocast(device_type, dtype=None, enabled=True, **kw):  # type: ignore[no-untyped-def]
        seen.append(enabled)
        return real_autocast(device_type, dtype=dtype, enabled=enabled, **kw)

    monkeypatch.setattr(nli_train, "bf16_fast", lambda device: native)
    monkeypatch.setattr(nli_train.torch, "autocast", recording_autocast)
    nli_train.train(_cfg(tiny_setup, f"bf16-{native}", steps=3))
    assert seen and set(seen) == {native}
