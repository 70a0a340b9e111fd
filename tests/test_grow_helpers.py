"""Builders shared by the grow tests: tiny run dirs and synthetic token shards (no fixtures needed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from medlm.manifest import write_manifest
from medlm.model.config import ModelConfig
from medlm.model.io import save_run
from medlm.model.llama import Transformer
from medlm.tokenizer.shards import write_shard

VOCAB = 97


def tiny_config(n_layers: int = 2, **changes) -> ModelConfig:
    base = dict(vocab_size=VOCAB, d_model=32, n_heads=4, n_layers=n_layers, d_ff=64, max_seq_len=32)
    return ModelConfig(**{**base, **changes})


def make_run(run_dir: Path, cfg: ModelConfig | None = None, seed: int = 0, tokenizer_sha: str = "tok-a") -> Transformer:
    """A 'trained' run dir: random weights with non-trivial norms, manifest stage train."""
    torch.manual_seed(seed)
    model = Transformer(cfg or tiny_config())
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("norm.weight"):
                p.uniform_(0.5, 1.5)  # distinguish blocks beyond their matrices
    save_run(model, run_dir, "train", tokenizer={"sha256": tokenizer_sha, "vocab_size": model.cfg.vocab_size})
    return model.eval()


def make_shards(out: Path, vocab: int = VOCAB, n_train: int = 20000, n_val: int = 4000, seed: int = 0) -> Path:
    """Token shards of a learnable synthetic language (a noisy repeating pattern), stage "tokens"."""
    rng = np.random.default_rng(seed)
    splits = {}
    for split, n in (("train", n_train), ("val", n_val)):
        base = np.arange(n) * 7 % (vocab - 3) + 3
        noise = rng.integers(3, vocab, n)
        tokens = np.where(rng.random(n) < 0.2, noise, base).astype(np.uint16)
        write_shard(out / split / "000000.bin", tokens, np.array([0]))
        splits[split] = {"tokens": n, "documents": 1, "shards": [f"{split}/000000.bin"]}
    write_manifest(out, "tokens", None, dtype="uint16", val_fraction=0.2, seed=0, corpus={"path": "synthetic"},
                   tokenizer={"sha256": "tok-a", "vocab_size": vocab, "bos_id": 1, "eos_id": 2, "pad_id": 0, "unk_id": 0},
                   splits=splits)
    return out
