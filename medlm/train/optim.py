"""Optimiser and learning-rate schedule."""

from __future__ import annotations

import math

import torch

from medlm.errors import MedlmError


def param_groups(model: torch.nn.Module, weight_decay: float) -> list[dict]:
    """Trainable parameters in two groups: matrices decay; norms and embeddings do not (GPT-3/Llama practice)."""
    decay, no_decay = [], []
    seen: set[int] = set()
    for name, p in model.named_parameters():
        if not p.requires_grad or id(p) in seen:
            continue
        seen.add(id(p))
        (no_decay if p.ndim < 2 or name.endswith("embed.weight") else decay).append(p)
    return [
        {"params": decay, "weight_decay": weight_decay},
        {"params": no_decay, "weight_decay": 0.0},
    ]


def build_optimizer(model: torch.nn.Module, kind: str, lr: float, betas: tuple[float, float], weight_decay: float, device: torch.device):
    groups = [g for g in param_groups(model, weight_decay) if g["params"]]
    if not groups:
        raise MedlmError("no trainable parameters: every parameter is frozen (check the run's 'trainable' patterns and --freeze-lower)")
    if kind == "adamw8bit":
        try:
            import bitsandbytes as bnb
        except ImportError:
            raise MedlmError("--optimizer adamw8bit needs bitsandbytes: pip install 'medlm[gpu]' (CUDA only)") from None
        if device.type != "cuda":
            raise MedlmError("--optimizer adamw8bit runs on CUDA only; use --optimizer adamw on this device")
        return bnb.optim.AdamW8bit(groups, lr=lr, betas=betas)
    # fused: one kernel for all parameters on CUDA (the foreach path elsewhere)
    return torch.optim.AdamW(groups, lr=lr, betas=betas, fused=device.type == "cuda")


def lr_at(step: int, total: int, *, lr: float, min_lr: float, warmup: int, schedule: str, decay_fraction: float = 0.2) -> float:
    """Learning rate for optimizer step `step` (0-based) of a `total`-step run (or phase)."""
    warmup = min(warmup, max(total - 1, 0))
    if step < warmup:
        return lr * (step + 1) / warmup
    if schedule == "constant" or total <= warmup:
        return lr
    if schedule == "wsd":  # warmup, stable at lr, then linear decay over the last decay_fraction of the run
        decay_start = max(warmup, total - int(math.ceil(decay_fraction * total)))
        if step < decay_start:
            return lr
        frac = (step - decay_start) / max(total - decay_start, 1)
        return lr + (min_lr - lr) * min(frac, 1.0)
    frac = min((step - warmup) / max(total - warmup, 1), 1.0)
    return min_lr + 0.5 * (lr - min_lr) * (1 + math.cos(math.pi * frac))
