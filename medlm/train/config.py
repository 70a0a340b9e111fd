"""`TrainConfig`: every setting of `medlm train`, from YAML and flags alike.

The model is a preset (`--preset med-d768-12L`) plus field overrides (`--set model.n_layers=6` or a
`model:` mapping in YAML), or the model stored in an `--init` run dir (stage train / grow / export).
`--resume RUN` restores everything from RUN's latest checkpoint; only the "run length and logging"
settings may differ from the original command (see `RESUME_MAY_CHANGE`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

from medlm.config import opt


@dataclass
class TrainConfig:
    # what to train, on what
    preset: str = opt("", help="model preset (e.g. tiny, med-125m, med-d768-12L); `medlm train --list-presets`")
    model: dict[str, Any] = opt({}, help="ModelConfig fields overriding the preset (YAML `model:` or --set model.n_layers=6)")
    data: str = opt("", help="token-shard directory (output of `medlm corpus tokenize`)")
    out: str = opt("", help="run directory to write (weights, checkpoints, metrics, manifest)")
    init: str = opt("", help="start from the weights of this run dir (train/grow/export); optimiser fresh, LR re-warms")
    resume: str = opt("", help="continue this run dir from its latest checkpoint (same config)")
    list_presets: bool = opt(False, help="print the model presets with their sizes and exit")

    # layer-wise progressive training (Bochkov-style growth one layer at a time)
    progressive: list[int] = opt([], help="depth schedule, e.g. 1,2,4,8: start with 1 block and grow to the preset's depth")
    progressive_steps: list[int] = opt([], help="steps at which to grow (one per growth); default: equal shares of the run")
    progressive_init: Literal["copy_top", "identity", "random"] = opt(
        "copy_top", help="new blocks: copy of the top block, identity (zeroed output projections) or random init"
    )
    freeze_lower: bool = opt(False, help="after each growth train only the new blocks (plus final norm and LM head)")
    final_unfreeze_steps: int = opt(0, help="last N steps train all layers again (progressive with --freeze-lower)")

    # how long
    max_steps: int = opt(1000, help="optimizer steps to train (0: no step limit, use --max-flops)")
    max_flops: float = opt(0.0, help="stop when this run's cumulative training FLOPs reach this (0: off)")

    # batch
    batch_size: int = opt(16, help="sequences per micro-batch per device")
    grad_accum: int = opt(1, help="micro-batches per optimizer step (gradient accumulation)")
    seq_len: int = opt(0, help="tokens per sequence (0: the model's max_seq_len)")

    # optimisation
    optimizer: Literal["adamw", "adamw8bit"] = opt("adamw", help="AdamW (fused on CUDA) or bitsandbytes 8-bit AdamW")
    lr: float = opt(6e-4, help="peak learning rate")
    min_lr: float | None = opt(None, help="final learning rate (default: lr / 10)")
    warmup_steps: int = opt(100, help="linear warm-up steps")
    schedule: Literal["cosine", "wsd", "constant"] = opt("cosine", help="LR schedule after warm-up: cosine, warmup-stable-decay, constant")
    decay_fraction: float = opt(0.2, help="wsd: share of the run spent decaying to min_lr")
    weight_decay: float = opt(0.1, help="AdamW weight decay (matrices only; norms and embeddings excluded)")
    beta1: float = opt(0.9, help="AdamW beta1")
    beta2: float = opt(0.95, help="AdamW beta2")
    grad_clip: float = opt(1.0, help="clip the global gradient norm to this (0: off)")

    # data
    sampling: Literal["random", "sequential"] = opt("random", help="random windows (seeded) or sequential packing of the shards")
    seed: int = opt(0, help="seed for init, data order and dropout-free RNG state")
    data_start: int = opt(
        0, help="skip this many micro-batches (per process) of the seeded data order before the first step: "
        "continue another run's stream, e.g. its manifest's data_position.position"
    )

    # evaluation and logging
    eval_every: int = opt(250, help="validation loss every N steps (0: only at the end; -1: never)")
    eval_batches: int = opt(20, help="validation micro-batches per evaluation (fixed windows of the val split)")
    log_every: int = opt(10, help="read the loss back from the device every N steps (host syncs cost speed)")
    checkpoint_every: int = opt(500, help="save a resumable checkpoint every N steps (0: only at the end)")
    keep_last: int = opt(2, help="keep this many checkpoints")
    tensorboard: bool = opt(True, help="write TensorBoard logs to RUN/tensorboard")
    progress_bar: bool = opt(True, help="live progress bar on stderr")

    # hardware
    device: str = opt("auto", help="auto, cpu, cuda, cuda:N")
    dtype: Literal["auto", "fp32", "bf16", "fp16"] = opt("auto", help="auto: bf16 autocast on CUDA, fp32 on CPU")
    compile: bool | None = opt(None, help="torch.compile the model (default: on for CUDA, off on CPU)")
    distributed: Literal["ddp", "fsdp"] = opt("ddp", help="multi-process strategy under torchrun: DDP or FSDP2")
    activation_checkpointing: bool = opt(False, help="recompute each block's activations in backward (less memory, ~1/3 more compute)")
    loss_chunk: int = opt(0, help="fuse LM head + cross-entropy in chunks of this many tokens (never holds the full logits; 0: off)")
    memory_check: bool = opt(True, help="refuse a configuration whose memory estimate exceeds the device's memory")

    def __post_init__(self):
        checks = [
            (self.batch_size >= 1, "batch_size must be >= 1"),
            (self.grad_accum >= 1, "grad_accum must be >= 1"),
            (self.seq_len >= 0, "seq_len must be >= 0"),
            (self.data_start >= 0, "data_start must be >= 0"),
            (self.max_steps >= 0 and self.max_flops >= 0, "max_steps and max_flops must be >= 0"),
            (self.lr > 0, "lr must be > 0"),
            (self.keep_last >= 1, "keep_last must be >= 1"),
            (self.log_every >= 1, "log_every must be >= 1"),
            (0 < self.decay_fraction <= 1, "decay_fraction must be in (0, 1]"),
            (all(n >= 1 for n in self.progressive), "progressive depths must be >= 1"),
            (list(self.progressive) == sorted(set(self.progressive)), "progressive depths must increase, e.g. 1,2,4,8"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(message)
        if self.progressive_steps and len(self.progressive_steps) != max(len(self.progressive) - 1, 0):
            raise ValueError(
                f"progressive_steps needs one step per growth ({max(len(self.progressive) - 1, 0)}), got {len(self.progressive_steps)}"
            )

    @property
    def final_lr(self) -> float:
        return self.lr / 10 if self.min_lr is None else self.min_lr


# Settings a `--resume` may change: how far to go and how to log, never what is trained or how.
RESUME_MAY_CHANGE = {
    "resume", "out", "max_steps", "max_flops", "eval_every", "eval_batches", "log_every", "checkpoint_every",
    "keep_last", "tensorboard", "progress_bar", "device", "compile", "memory_check", "list_presets",
}


def changed_fields(cfg: TrainConfig) -> dict[str, Any]:
    """Fields that differ from their defaults (what the user actually said)."""
    default = TrainConfig()
    return {f.name: getattr(cfg, f.name) for f in fields(cfg) if getattr(cfg, f.name) != getattr(default, f.name)}


@dataclass
class ExportConfig:
    source: str = opt(help="run directory (--to hf), or a transformers model dir / hub id (--from hf)", positional=True)
    out: str = opt("", help="directory to write")
    to: Literal["hf", ""] = opt("", help="export a medlm run to this format")
    from_: Literal["hf", ""] = opt(
        "", help="import a model from this format into a medlm run dir (usable by `medlm train --init`)", short="--from"
    )
    dtype: Literal["fp32", "bf16", "fp16"] = opt("fp32", help="weight dtype of the written model")
    revision: str = opt("", help="--from hf: hub revision (branch, tag or commit)")
    trust_remote_code: bool = opt(False, help="--from hf: allow the model repo's own code (off: only built-in Llama architectures)")
