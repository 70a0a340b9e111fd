"""Memory estimate of a training configuration, checked before anything big is allocated.

Per device: fp32 weights (4 B/param) + fp32 grads (4) + AdamW moments (8; 2 for 8-bit AdamW),
divided by the world size under FSDP; plus activations. With Flash/SDPA attention the activations of
one block are about 34·d bytes per token in 16-bit (Korthikanti et al. 2022, without the s² term),
doubled in fp32, plus the SwiGLU intermediates (3·d_ff per token) and the logits with their fp32
loss copy (≈ 10 bytes per vocab entry per token). A 20% margin covers the allocator and workspaces.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from medlm.errors import MedlmError
from medlm.model.config import ModelConfig


@dataclass
class MemoryEstimate:
    weights_and_optimizer: float
    activations: float
    logits: float

    @property
    def total(self) -> float:
        return 1.2 * (self.weights_and_optimizer + self.activations + self.logits)

    def describe(self) -> str:
        gib = 2**30
        return (
            f"≈{self.total / gib:.1f} GiB (weights+grads+optimizer {self.weights_and_optimizer / gib:.1f}, "
            f"activations {self.activations / gib:.1f}, logits {self.logits / gib:.1f}, +20% margin)"
        )


def estimate(
    model: ModelConfig, *, batch_size: int, seq_len: int, bytes_per_act: int, optimizer: str = "adamw", shards: int = 1,
    checkpointing: bool = False, loss_chunk: int = 0,
) -> MemoryEstimate:
    n = model.num_params()
    state = n * (4 + 4 + (2 if optimizer == "adamw8bit" else 8)) / shards
    tokens = batch_size * seq_len
    per_block = tokens * (34 * model.d_model + 3 * model.d_ff * 2) * bytes_per_act / 2
    # with checkpointing only each block's input is kept, plus one block's activations during its recompute
    acts = model.n_layers * tokens * model.d_model * bytes_per_act + per_block if checkpointing else model.n_layers * per_block
    logits = min(tokens, loss_chunk or tokens) * model.vocab_size * (bytes_per_act + 8)
    return MemoryEstimate(state, acts, logits)


def available_bytes(device: torch.device) -> float:
    if device.type == "cuda":
        free, _total = torch.cuda.mem_get_info(device)
        return float(free)
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return float(line.split()[1]) * 1024
    except OSError:
        pass
    return float("inf")


def check_fits(
    model: ModelConfig, *, batch_size: int, seq_len: int, bytes_per_act: int, optimizer: str, shards: int,
    device: torch.device, checkpointing: bool = False, loss_chunk: int = 0,
) -> MemoryEstimate:
    est = estimate(model, batch_size=batch_size, seq_len=seq_len, bytes_per_act=bytes_per_act, optimizer=optimizer,
                   shards=shards, checkpointing=checkpointing, loss_chunk=loss_chunk)
    avail = available_bytes(device)
    if est.total > avail:
        raise MedlmError(
            f"this configuration needs {est.describe()} on {device}, but only {avail / 2**30:.1f} GiB is available; "
            "lower --batch-size (raise --grad-accum to keep tokens per step), shorten --seq-len, --activation-checkpointing, --loss-chunk 8192, "
            "--distributed fsdp "
            "over more GPUs or --optimizer adamw8bit (or --no-memory-check to try anyway)"
        )
    return est
