"""Configs of `medlm grow`, `medlm merge` and `medlm experiment growth` (light: no torch import)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from medlm.config import opt

GROW_METHODS = ("outer", "middle", "interpolate", "stack", "interleave", "solar", "identity")


@dataclass
class GrowConfig:
    source: str = opt(help="run dir of the trained model to grow (stage train, grow or export)", positional=True)
    out: str = opt(help="run dir to write the grown, untrained model to (then `medlm train --init OUT`)")
    layers: int = opt(0, help="depth of the grown model (or give --preset)")
    preset: str = opt("", help="target preset of the source's family (e.g. med-d768-24L); checked against the source")
    method: Literal["outer", "middle", "interpolate", "stack", "interleave", "solar", "identity"] = opt(
        "stack", help="growth operator (see docs/grow.md)"
    )
    k: int = opt(0, help="outer: source layers reused at each end (0: half the source depth)")
    trainable: Literal["auto", "all", "new"] = opt(
        "auto", help="what `medlm train --init` may update: all, or only new blocks (auto: new for identity, else all)"
    )
    seed: int = opt(0, help="seed for the random init of new blocks")
    overwrite: bool = opt(False, help="replace an existing output directory")


@dataclass
class MergeConfig:
    runs: list[str] = opt(help="expert run dirs (sharing one tokenizer)", positional=True)
    out: str = opt(help="run dir to write the merged model to")
    weights: list[float] = opt([], help="one weight per expert (default: equal); normalised to sum to 1")
    mode: Literal["logits", "logprobs", "probs"] = opt(
        "logits",
        help="average raw logits, log-probabilities (geometric mean of the distributions) or probabilities (mixture)",
    )
    overwrite: bool = opt(False, help="replace an existing output directory")


@dataclass
class ExperimentConfig:
    """A growth experiment recipe (the YAML file *is* this config; flags override it)."""

    data: str = opt(help="token-shard directory every arm trains and is validated on")
    preset: str = opt(help="the deep target model (e.g. med-d512-24L)")
    small_layers: int = opt(help="depth of the small model that is grown")
    budget_flops: float = opt(help="training FLOPs of every arm, the small model's included")
    out: str = opt("", help="results directory (finished arms there are skipped on a re-run)")
    runs_dir: str = opt("", help="where the arms' run dirs (weights, metrics) go (default: OUT/runs); keep it out of git")
    model: dict[str, Any] = opt({}, help="ModelConfig overrides for every model of the experiment (e.g. max_seq_len)")
    seeds: list[int] = opt([0, 1], help="seeds; every arm runs once per seed")
    small_fraction: float = opt(0.25, help="share of the budget spent training the small model before growth")
    methods: list[str] = opt(list(GROW_METHODS), help="growth operators to compare (see `medlm grow --method`)")
    outer_k: int = opt(0, help="outer: layers reused at each end (0: half the small depth)")
    identity_trainable: Literal["all", "new"] = opt("all", help="identity arm: train all layers or only the new blocks")
    progressive: list[int] = opt([], help="depth schedule of the layer-wise progressive arm (empty: no such arm)")
    progressive_init: Literal["copy_top", "identity", "random"] = opt("copy_top", help="progressive arm: init of new blocks")
    freeze_lower: bool = opt(True, help="progressive arm: train only the newest block after each growth")
    final_unfreeze_fraction: float = opt(0.2, help="progressive arm: share of its steps trained with all layers at the end")
    merge_data: list[str] = opt([], help="merge arm: one token-shard dir per specialist (empty: specialists from two seeds on data)")
    merge_layers: int = opt(0, help="merge arm: depth of each specialist (0: the target depth)")
    merge_flops: float = opt(0.0, help="merge arm: training FLOPs per specialist (0: the budget)")
    merge_mode: Literal["logits", "logprobs", "probs"] = opt("logits", help="merge arm: how the specialists are combined")
    train: dict[str, Any] = opt({}, help="TrainConfig settings shared by every run (batch_size, seq_len, lr, warmup_steps, eval_every, ...)")
    eval_batches: int = opt(20, help="validation batches for the merge arm's evaluation")
    only: list[str] = opt([], help="run only these arms (scratch, small, a method, progressive, merge)")
    device: str = opt("auto", help="device for every run (auto, cpu, cuda)")

    def __post_init__(self):
        bad = [m for m in self.methods if m not in GROW_METHODS]
        if bad:
            raise ValueError(f"unknown growth methods {bad}; use {', '.join(GROW_METHODS)}")
        if not 0 < self.small_fraction < 1:
            raise ValueError("small_fraction must be between 0 and 1")
        if self.budget_flops <= 0:
            raise ValueError("budget_flops must be > 0")
        if not self.seeds:
            raise ValueError("give at least one seed")
