"""Model shape (`ModelConfig`) and the named presets.

Presets come in families that share a hidden size across depths (`med-d768-6L`, `med-d768-24L`, ...)
because growth reuses layers between members of a family; the size names (`med-125m`, `med-350m`,
`med-1.3b`) are aliases into those families. `vocab_size` is left to the tokenizer: the trainer fills
it from the token shards' manifest.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from medlm.config import opt
from medlm.errors import MedlmError


@dataclass
class ModelConfig:
    vocab_size: int = opt(0, help="vocabulary size (0: take it from the tokenizer)")
    d_model: int = opt(768, help="hidden size")
    n_layers: int = opt(12, help="number of transformer blocks")
    n_heads: int = opt(12, help="attention heads")
    n_kv_heads: int = opt(0, help="key/value heads for grouped-query attention (0: same as n_heads)")
    d_ff: int = opt(0, help="SwiGLU hidden size (0: 8/3 * d_model rounded up to a multiple of 256)")
    max_seq_len: int = opt(1024, help="longest sequence the rotary tables cover")
    rope_theta: float = opt(10000.0, help="rotary embedding base")
    norm_eps: float = opt(1e-5, help="RMSNorm epsilon")
    tie_embeddings: bool = opt(True, help="share input embedding and LM head weights")
    init_std: float = opt(0.02, help="std of the normal weight init")
    embedding: Literal["learned", "glyph", "hashed"] = opt(
        "learned",
        help="input embedding: learned, or a training-free substrate (glyph bitmaps / hashed random projection)",
    )
    freeze_embedding: bool = opt(
        False, help="keep the input embedding fixed during training (the trainer unties a tied LM head so the head still trains)"
    )

    def __post_init__(self):
        if self.n_kv_heads == 0:
            self.n_kv_heads = self.n_heads
        if self.d_ff == 0:
            self.d_ff = 256 * -(-int(8 * self.d_model / 3) // 256)
        if self.d_model % self.n_heads:
            raise ValueError(f"d_model={self.d_model} is not divisible by n_heads={self.n_heads}")
        if self.n_heads % self.n_kv_heads:
            raise ValueError(f"n_heads={self.n_heads} is not divisible by n_kv_heads={self.n_kv_heads}")
        if (self.d_model // self.n_heads) % 2:
            raise ValueError(f"head dim {self.d_model // self.n_heads} must be even for rotary embeddings")

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    def num_params(self, include_embedding: bool = True) -> int:
        """Parameter count from the shape (matches the module). Without the embedding, the LM head
        still counts (its matmul costs FLOPs); only a separate input-embedding table is left out."""
        d, L = self.d_model, self.n_layers
        kv = self.n_kv_heads * self.head_dim
        block = d * (d + 2 * kv) + d * d + 3 * d * self.d_ff + 2 * d
        head = self.vocab_size * d
        separate_embed = 0 if self.tie_embeddings else self.vocab_size * d
        return L * block + d + head + (separate_embed if include_embedding else 0)

    def flops_per_token(self, seq_len: int) -> float:
        """Training FLOPs per token: 6N (N without the input embedding) + 12·L·H·Q·T attention.

        The same formula as nanoGPT/PaLM MFU, so MFU figures compare with the peer's.
        """
        n = self.num_params(include_embedding=False)
        return 6 * n + 12 * self.n_layers * self.n_heads * self.head_dim * seq_len


def _family() -> dict[str, dict]:
    presets: dict[str, dict] = {}
    shapes = {  # d_model: (n_heads, depths)
        256: (4, (1, 2, 4, 8, 16)),
        512: (8, (1, 2, 4, 6, 8, 12, 16, 24)),
        768: (12, (1, 2, 4, 6, 8, 12, 24)),
        1024: (16, (6, 12, 24)),
        1536: (16, (24,)),
        2048: (16, (24,)),
    }
    for d, (heads, depths) in shapes.items():
        for L in depths:
            presets[f"med-d{d}-{L}L"] = dict(d_model=d, n_heads=heads, n_layers=L)
    return presets


PRESETS: dict[str, dict] = {
    "tiny": dict(d_model=64, n_heads=4, n_layers=2, max_seq_len=256),
    **_family(),
}
ALIASES = {
    "med-125m": "med-d768-12L",
    "med-350m": "med-d1024-24L",
    "med-760m": "med-d1536-24L",
    "med-1.3b": "med-d2048-24L",
}


def preset(name: str, **overrides) -> ModelConfig:
    """The ModelConfig of a named preset, with field overrides."""
    key = ALIASES.get(name, name)
    if key not in PRESETS:
        import difflib

        close = difflib.get_close_matches(name, list(PRESETS) + list(ALIASES), n=3)
        raise MedlmError(
            f"unknown model preset '{name}'"
            + (f"; did you mean {', '.join(close)}?" if close else "")
            + " (see `medlm train --list-presets`)"
        )
    return ModelConfig(**{**PRESETS[key], **overrides})


def replace(cfg: ModelConfig, **changes) -> ModelConfig:
    return dataclasses.replace(cfg, **changes)
