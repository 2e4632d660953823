"""A tiny, randomly initialised Hugging Face NLI model, built on the fly (no download).

Its scores mean nothing; it stands in for the real model where only the plumbing
is tested (caching, engines) or only pair counts and times are measured.
"""

from __future__ import annotations

from pathlib import Path

_WORDS = (
    "le la les un une de du des et a est il elle ont été lundi mardi mercredi jeudi "
    "vendredi ministre président paris lyon accepté rejeté réunion appel morts blessés "
    "the a is was on monday tuesday wednesday thursday minister president met called "
    "people killed dead in at of to for with by said"
).split()


def save_tiny_nli(
    folder: Path,
    *,
    labels: dict[int, str] | None = None,
    hidden: int = 16,
    layers: int = 2,
    max_length: int = 64,
    strip_accents: bool = True,
    seed: int = 0,
) -> Path:
    """Write a BERT NLI model with a word+letter WordPiece vocabulary to `folder`.

    `labels` is its id2label (default: entailment, neutral, contradiction), so
    models with other label names, orders or counts can be built too.
    """
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    letters = sorted({c for w in _WORDS for c in w} | set(".,'0123456789bghjkqxyzw"))
    vocab = {t: i for i, t in enumerate(specials + sorted(set(_WORDS)) + letters)}
    for c in letters:
        vocab.setdefault("##" + c, len(vocab))
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=strip_accents)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=max_length,
    )
    torch.manual_seed(seed)
    labels = labels or {0: "entailment", 1: "neutral", 2: "contradiction"}
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=2,
        intermediate_size=hidden * 2,
        max_position_embeddings=max(64, max_length),
        num_labels=len(labels),
        id2label=labels,
        label2id={v: k for k, v in labels.items()},
    )
    model = BertForSequenceClassification(config)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    fast.save_pretrained(folder)
    return folder
