"""Layer-wise progressive training: start shallow, add blocks on top at scheduled steps.

`--progressive 1,2,4,8` trains 1 block, then grows to 2, 4 and finally 8 (the preset's depth must be
the last entry). New blocks go on top of the stack (below the final norm) and start as a copy of
the current top block, as an identity (attention-out and MLP-down zeroed, so the grown model
computes exactly the same function — LLaMA Pro), or freshly initialised. With `--freeze-lower` only
the newest blocks (plus final norm and LM head) train after each growth; `--final-unfreeze-steps N`
trains everything again for the last N steps. The LR schedule runs over the whole run; optimizer
state of parameters that keep training is carried across a growth.
"""

from __future__ import annotations

import fnmatch
import math
from dataclasses import dataclass

import torch

from medlm.model.llama import Block, Transformer


@dataclass(frozen=True)
class Phase:
    start: int  # first optimizer step of the phase
    layers: int  # model depth during the phase
    trainable_from: int  # blocks below this index are frozen (0: all train)


def plan(depths: list[int], target: int, total_steps: int, grow_steps: list[int], freeze_lower: bool, final_unfreeze_steps: int) -> list[Phase]:
    """The phases of a run of `total_steps` optimizer steps (a single phase when not progressive)."""
    if not depths:
        return [Phase(0, target, 0)]
    if depths[-1] != target:
        raise ValueError(f"the progressive schedule must end at the model's depth {target}, got {','.join(map(str, depths))}")
    grow_span = max(total_steps - final_unfreeze_steps, 1)
    starts = [0] + (list(grow_steps) or [math.floor(grow_span * k / len(depths)) for k in range(1, len(depths))])
    if any(b <= a for a, b in zip(starts, starts[1:])) or starts[-1] >= total_steps:
        raise ValueError(f"progressive growth steps {starts[1:]} must increase and fall inside the run's {total_steps} steps")
    phases = []
    for i, (start, layers) in enumerate(zip(starts, depths)):
        frozen_below = depths[i - 1] if (freeze_lower and i > 0) else 0
        phases.append(Phase(start, layers, frozen_below))
    if final_unfreeze_steps > 0 and freeze_lower:
        phases.append(Phase(max(total_steps - final_unfreeze_steps, starts[-1] + 1), target, 0))
    return phases


def phase_at(phases: list[Phase], step: int) -> Phase:
    return [p for p in phases if p.start <= step][-1]


@torch.no_grad()
def add_blocks(model: Transformer, n_layers: int, init: str) -> list[int]:
    """Grow `model` in place to `n_layers` blocks; returns the indices of the new blocks."""
    old = len(model.blocks)
    top = model.blocks[old - 1]
    new = []
    for i in range(old, n_layers):
        block = Block(model.cfg).to(device=top.attn_norm.weight.device, dtype=top.attn_norm.weight.dtype)
        if init == "copy_top":
            block.load_state_dict(top.state_dict())
        else:
            for name, p in block.named_parameters():
                if name.endswith("norm.weight"):
                    p.fill_(1.0)
                elif name.endswith(("attn.out.weight", "mlp.down.weight")):
                    p.zero_() if init == "identity" else p.normal_(0.0, model.cfg.init_std / math.sqrt(2 * n_layers))
                else:
                    p.normal_(0.0, model.cfg.init_std)
        model.blocks.append(block)
        new.append(i)
    model.cfg.n_layers = n_layers
    return new


def set_trainable(model: Transformer, *, patterns: list[str] | None, frozen_below: int, freeze_embedding: bool) -> None:
    """requires_grad per parameter: the run's trainable patterns, the frozen lower blocks, the frozen embedding."""
    for name, p in model.named_parameters():
        trainable = True
        if patterns:
            trainable = any(fnmatch.fnmatchcase(name, pat) for pat in patterns)
        if name.startswith("blocks.") and int(name.split(".")[1]) < frozen_below:
            trainable = False
        if name == "embed.weight" and freeze_embedding:
            trainable = False
        p.requires_grad_(trainable)
