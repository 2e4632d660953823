"""Which inference backend runs the factdiff NLI model fastest for the same accuracy.

    HF_HUB_OFFLINE=1 python benchmarks/nli_backends.py [--model DIR] [--data ../shared/data]

Backends, all with the scorer's length-sorted batches of 32 on the same pairs:
torch fp32, torch bf16 autocast (what `NLIScorer` uses on CPUs with native
bf16), torch int8 dynamic quantisation of the linear layers, and ONNX Runtime
in fp32 and with int8 dynamic quantisation (needs `onnxruntime`, `onnx` and
`onnxscript`; skipped when they are missing). Prints, per backend, the median
pairs/s over ``--runs`` on ``--speed-pairs`` XNLI-fr pairs and the accuracy on
all of XNLI-fr dev (the "same accuracy" check: within 1 point of fp32).
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from nli_eval import add_model_args, speed, speed_pool  # noqa: E402  (same timing as the accuracy benchmark)

from factdiff.nli.data import xnli_fr_dev  # noqa: E402
from factdiff.nli.model import LABELS  # noqa: E402
from factdiff.nli.scorer import NLIScorer  # noqa: E402

Forward = Callable[[torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor]


def torch_forward(model: torch.nn.Module, bf16: bool) -> Forward:
    def forward(ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            return model(input_ids=ids, attention_mask=mask)

    return forward


def onnx_forward(model: torch.nn.Module, folder: Path, int8: bool) -> Forward:
    import onnxruntime as ort

    path = folder / "nli.onnx"
    if not path.is_file():
        ids = torch.ones((2, 16), dtype=torch.long)
        torch.onnx.export(
            model,
            (ids, torch.ones_like(ids)),
            str(path),
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"}},
            dynamo=False,
        )
    if int8:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        q = folder / "nli-int8.onnx"
        if not q.is_file():
            quantize_dynamic(str(path), str(q), weight_type=QuantType.QInt8)
        path = q
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = torch.get_num_threads()
    opts.inter_op_num_threads = 1
    session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])

    def forward(ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        feeds = {"input_ids": ids.numpy(), "attention_mask": mask.numpy()}
        return torch.from_numpy(session.run(["logits"], feeds)[0])

    return forward


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_args(ap)
    ap.add_argument("--accuracy-pairs", type=int, default=0, help="first N of XNLI-fr (0: all)")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    scorer = NLIScorer(args.model, precision="fp32")
    if not scorer._factdiff:
        print("this benchmark compares backends for a factdiff model folder")
        return 2
    xnli = xnli_fr_dev(args.data)
    if args.accuracy_pairs:
        xnli = xnli[: args.accuracy_pairs]
    gold = np.array([LABELS.index(p.label) for p in xnli])
    all_pairs = [(p.premise, p.hypothesis) for p in xnli]
    speed_pairs = speed_pool(scorer, all_pairs, args.speed_pairs)
    print(
        f"model: {scorer.model_id}  threads: {args.threads}  speed pairs: {len(speed_pairs)}  "
        f"accuracy pairs: {len(all_pairs)}"
    )
    fp32_model = scorer.model
    backends: dict[str, Callable[[], Forward]] = {
        "torch fp32": lambda: torch_forward(fp32_model, bf16=False),
        "torch bf16 autocast": lambda: torch_forward(fp32_model, bf16=True),
        "torch int8 dynamic": lambda: torch_forward(
            torch.ao.quantization.quantize_dynamic(
                copy.deepcopy(fp32_model), {torch.nn.Linear}, dtype=torch.qint8
            ),
            bf16=False,
        ),
    }
    # The ONNX exports (~500 MB each) live only as long as this run.
    with tempfile.TemporaryDirectory(prefix="factdiff-onnx-") as onnx_dir:
        tmp = Path(onnx_dir)
        try:
            import onnxruntime  # noqa: F401

            backends["onnxruntime fp32"] = lambda: onnx_forward(fp32_model, tmp, int8=False)
            backends["onnxruntime int8 dynamic"] = lambda: onnx_forward(fp32_model, tmp, int8=True)
        except ImportError:
            print("onnxruntime not installed: ONNX Runtime backends skipped")
        print(f"{'backend':26s} {'pairs/s':>8s} {'xnli_fr acc':>12s}")
        for name, make in backends.items():
            try:
                scorer._forward = make()  # type: ignore[method-assign]
            except Exception as exc:  # an exporter or quantiser failing is a result, not a crash
                print(f"{name:26s} failed: {type(exc).__name__}: {str(exc).splitlines()[0][:80]}")
                continue
            rate, mean_tokens = speed(scorer, speed_pairs, args.runs)
            acc = float((scorer.score(all_pairs).argmax(1) == gold).mean())
            print(f"{name:26s} {rate:8.1f} {acc:12.4f}   (speed pairs of {mean_tokens:.0f} tokens)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
