"""Training throughput of medlm's presets — and, optionally, nanoGPT's model in the same process.

Measures tokens/s, MFU and peak GPU memory of the real trainer (`medlm.train.trainer.train`: bf16
autocast, torch.compile, fused AdamW, SDPA/Flash, data from memory-mapped shards) on random tokens,
seq 1024, GPT-2's padded vocabulary (50304) so the sizes match nanoGPT's 124M / 350M / 774M:

    python benchmarks/speed/train_throughput.py                                  # med-125m/350m/760m
    python benchmarks/speed/train_throughput.py --peer-dir ~/src/nanoGPT         # + nanoGPT's GPT, same GPU call
    python benchmarks/speed/train_throughput.py --presets med-1.3b:4,8 --seq-len 2048   # ~1.3B on one GPU
    python benchmarks/speed/train_throughput.py --device cpu --presets tiny:2 --steps 4 --warmup 2 --vocab 512  # smoke test

MFU = (6N + 12·L·H·Q·T) · tok/s / 989.5e12 (the issue's formula; N without the input embedding,
which for tied weights equals nanoGPT's get_num_params()). Timed windows exclude the first
`--warmup` steps (compilation). nanoGPT's model.py is not in this repository: point --peer-dir at a
checkout. Reference (issue 4, nanoGPT on our H100): 124M 499k tok/s (43.1%, batch 64),
350M 193k (47.2%, batch 32), 774M 82k (43.2%, batch 8); target: medlm ≥ 1.15× those tokens/s.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from medlm.manifest import write_manifest  # noqa: E402
from medlm.model.config import preset  # noqa: E402
from medlm.tokenizer.shards import write_shard  # noqa: E402
from medlm.train.config import TrainConfig  # noqa: E402
from medlm.train.memory import estimate  # noqa: E402
from medlm.train.metrics import read_metrics  # noqa: E402
from medlm.train.trainer import train  # noqa: E402

H100_PEAK = 989.5e12
PEER_REFERENCE = {"med-125m": (499e3, 64), "med-350m": (193e3, 32), "med-760m": (82e3, 8)}
# nanoGPT shapes of the same size (GPT-2 small / medium / large)
PEER_SHAPES = {"tiny": (2, 4, 64), "med-125m": (12, 12, 768), "med-350m": (24, 16, 1024), "med-760m": (36, 20, 1280), "med-1.3b": (48, 25, 1600)}
DEFAULT_PRESETS = "med-125m:32,64;med-350m:16,32;med-760m:8,16"


def random_shards(root: Path, vocab: int, n_tokens: int) -> Path:
    rng = np.random.default_rng(0)
    for split, n in (("train", n_tokens), ("val", 1 << 16)):
        write_shard(root / split / "000000.bin", rng.integers(0, vocab, n, dtype=np.uint16), np.array([0]))
    write_manifest(
        root, "tokens", None, dtype="uint16",
        tokenizer={"sha256": None, "vocab_size": vocab, "bos_id": 1, "eos_id": 2, "pad_id": 0, "unk_id": 0},
        splits={s: {"tokens": n, "documents": 1, "shards": [f"{s}/000000.bin"]} for s, n in (("train", n_tokens), ("val", 1 << 16))},
    )
    return root


def measure_medlm(name: str, batch: int, args, data: Path, work: Path) -> dict:
    steps = args.warmup + args.steps
    cfg = TrainConfig(
        preset=name, model={"max_seq_len": args.seq_len}, data=str(data), out=str(work / f"{name}-b{batch}"),
        batch_size=batch, seq_len=args.seq_len, max_steps=steps, warmup_steps=2, log_every=args.warmup,
        eval_every=-1, checkpoint_every=0, tensorboard=False, progress_bar=False, device=args.device,
        compile=not args.no_compile, memory_check=False, activation_checkpointing=args.activation_checkpointing,
        loss_chunk=args.loss_chunk,
    )
    mcfg = preset(name, vocab_size=args.vocab, max_seq_len=args.seq_len)
    est = estimate(mcfg, batch_size=batch, seq_len=args.seq_len, bytes_per_act=2 if args.device != "cpu" else 4,
                   checkpointing=args.activation_checkpointing, loss_chunk=args.loss_chunk)
    row = {"model": f"medlm {name}", "batch": batch, "seq_len": args.seq_len, "params_M": mcfg.num_params() / 1e6,
           "estimate_gib": est.total / 2**30}
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    try:
        train(cfg)
    except torch.OutOfMemoryError:
        return {**row, "error": "OOM"}
    finally:
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    records = [r for r in read_metrics(cfg.out) if "tok_s" in r and r["step"] > args.warmup]
    tok_s = statistics.median(r["tok_s"] for r in records)
    flops = mcfg.flops_per_token(args.seq_len)
    return {**row, "tok_s": tok_s, "mfu": flops * tok_s / H100_PEAK, "peak_gib": records[-1].get("peak_mem_gib")}


def measure_peer(peer_dir: Path, name: str, batch: int, args) -> dict:
    spec = importlib.util.spec_from_file_location("nanogpt_model", peer_dir / "model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    L, H, D = PEER_SHAPES[name]
    device = torch.device(args.device if args.device != "auto" else "cuda")
    conf = mod.GPTConfig(block_size=args.seq_len, vocab_size=args.vocab, n_layer=L, n_head=H, n_embd=D, dropout=0.0, bias=False)
    model = mod.GPT(conf).to(device)
    opt = model.configure_optimizers(0.1, 6e-4, (0.9, 0.95), device.type)
    fwd = model if args.no_compile else torch.compile(model)
    x = torch.randint(0, args.vocab, (batch, args.seq_len), device=device)
    y = torch.randint(0, args.vocab, (batch, args.seq_len), device=device)
    autocast = torch.autocast(device.type, dtype=torch.bfloat16) if device.type == "cuda" else torch.autocast("cpu", enabled=False)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)

    def step():
        with autocast:
            _, loss = fwd(x, y)
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)

    try:
        for _ in range(args.warmup):
            step()
        sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
        sync()
        t0 = time.perf_counter()
        for _ in range(args.steps):
            step()
        sync()
        elapsed = time.perf_counter() - t0
    except torch.OutOfMemoryError:
        return {"model": f"nanoGPT {name}", "batch": batch, "error": "OOM"}
    tok_s = batch * args.seq_len * args.steps / elapsed
    n = model.get_num_params()
    flops = 6 * n + 12 * L * H * (D // H) * args.seq_len
    peak = torch.cuda.max_memory_allocated(device) / 2**30 if device.type == "cuda" else None
    return {"model": f"nanoGPT {name}", "batch": batch, "seq_len": args.seq_len, "params_M": n / 1e6,
            "tok_s": tok_s, "mfu": flops * tok_s / H100_PEAK, "peak_gib": peak}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--presets", default=DEFAULT_PRESETS, help="NAME:BATCH[,BATCH];... (default: %(default)s)")
    ap.add_argument("--seq-len", type=int, default=1024)
    ap.add_argument("--vocab", type=int, default=50304, help="GPT-2's padded vocab, as nanoGPT")
    ap.add_argument("--steps", type=int, default=30, help="timed steps")
    ap.add_argument("--warmup", type=int, default=10, help="untimed steps first (compilation)")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--no-compile", action="store_true")
    ap.add_argument("--activation-checkpointing", action="store_true")
    ap.add_argument("--loss-chunk", type=int, default=0, help="fused chunked LM head + cross-entropy (tokens per chunk)")
    ap.add_argument("--peer-dir", type=Path, help="a nanoGPT checkout (its model.py) to measure in the same process")
    ap.add_argument("--out", type=Path, help="write the rows as JSON here")
    args = ap.parse_args()
    args.steps = max(args.warmup, args.steps // args.warmup * args.warmup)  # whole log windows
    if args.device == "auto":
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    if args.device == "cpu":
        print("note: CPU run — a smoke test of the code path; MFU is against the H100 peak and meaningless here")

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        data = random_shards(Path(tmp) / "tokens", args.vocab, 1 << 22)
        for item in args.presets.split(";"):
            name, _, batches = item.partition(":")
            for batch in [int(b) for b in batches.split(",")]:
                rows.append(measure_medlm(name, batch, args, data, Path(tmp)))
                print_row(rows[-1])
                if args.peer_dir and name in PEER_SHAPES:
                    rows.append(measure_peer(args.peer_dir, name, batch, args))
                    print_row(rows[-1])
                    if torch.cuda.is_available():  # the peer's model is gone with its frame; free its blocks
                        torch.cuda.empty_cache()
    print("\nbest per model:")
    best: dict[str, dict] = {}
    for r in rows:
        if "tok_s" in r and r["tok_s"] > best.get(r["model"], {}).get("tok_s", 0):
            best[r["model"]] = r
    for model, r in best.items():
        name = model.split()[-1]
        ref = PEER_REFERENCE.get(name)
        vs = f"  {r['tok_s'] / ref[0]:.2f}× the issue's nanoGPT figure ({ref[0] / 1e3:.0f}k, target ≥ 1.15×)" if ref and model.startswith("medlm") else ""
        print(f"  {model:<18} batch {r['batch']:>3}: {r['tok_s'] / 1e3:8.1f}k tok/s  MFU {100 * r['mfu']:5.1f}%{vs}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"device": torch.cuda.get_device_name() if args.device == "cuda" else "cpu",
                                        "torch": torch.__version__, "rows": rows}, indent=1))


def print_row(r: dict) -> None:
    if "error" in r:
        print(f"{r['model']:<18} batch {r['batch']:>3}: {r['error']}", flush=True)
        return
    peak = f"{r['peak_gib']:.1f}" if r.get("peak_gib") is not None else "-"
    est = f" (estimate {r['estimate_gib']:.1f})" if "estimate_gib" in r else ""
    print(f"{r['model']:<18} batch {r['batch']:>3} seq {r['seq_len']}: {r['params_M']:7.1f}M params  "
          f"{r['tok_s'] / 1e3:8.1f}k tok/s  MFU {100 * r['mfu']:5.1f}%  peak {peak} GiB{est}", flush=True)


if __name__ == "__main__":
    main()
