"""Run directories: how a model is stored between stages.

    RUN/manifest.json       stage ("train", "grow", "merge", ...), "model" (ModelConfig as a dict),
                            "tokenizer" ({"sha256": ..., "vocab_size": ...}), and stage-specific fields
    RUN/model.safetensors   the weights to use (a finished run's final weights)
    RUN/tokenizer/          a copy of the tokenizer the model was trained with (HF + SentencePiece files)
    RUN/checkpoints/        the trainer's resumable checkpoints (trainer-owned)

Weights are only ever read with safetensors; nothing here unpickles.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from medlm.config import from_dict, to_dict
from medlm.errors import MedlmError
from medlm.manifest import read_manifest, write_manifest
from medlm.model.config import ModelConfig
from medlm.model.llama import Transformer

WEIGHTS = "model.safetensors"
TOKENIZER_DIR = "tokenizer"
MODEL_STAGES = ("train", "grow", "merge", "export")


def state_dict_for_saving(model: Transformer) -> dict[str, torch.Tensor]:
    """Contiguous CPU tensors; the tied LM head is stored once (as embed.weight)."""
    sd = {k: v.detach().to("cpu").contiguous() for k, v in model.state_dict().items()}
    if model.cfg.tie_embeddings:
        sd.pop("lm_head.weight", None)
    return sd


def save_weights(model: Transformer, path: str | Path) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    save_file(state_dict_for_saving(model), str(tmp), metadata={"format": "pt"})
    tmp.replace(path)  # atomic: a crash never leaves a half-written weights file under the real name


def load_weights(model: Transformer, path: str | Path, strict: bool = True) -> Transformer:
    path = Path(path)
    if not path.is_file():
        raise MedlmError(f"{path}: weights file not found")
    sd = load_file(str(path))
    if model.cfg.tie_embeddings:
        sd.pop("lm_head.weight", None)
    missing, unexpected = model.load_state_dict(sd, strict=False)
    missing = [k for k in missing if not (model.cfg.tie_embeddings and k == "lm_head.weight")]
    if strict and (missing or unexpected):
        raise MedlmError(
            f"{path} does not fit the model config: missing {missing[:5]}, unexpected {unexpected[:5]}"
        )
    return model


def model_config_of(run_dir: str | Path) -> ModelConfig:
    manifest = read_manifest(run_dir, MODEL_STAGES)
    if "model" not in manifest:
        raise MedlmError(f"{run_dir}/manifest.json has no 'model' section: not a model run directory")
    return from_dict(ModelConfig, manifest["model"], where=f"{run_dir}/manifest.json", prefix="model.")


def save_run(
    model: Transformer,
    run_dir: str | Path,
    stage: str,
    *,
    tokenizer_dir: str | Path | None = None,
    config: Any = None,
    **fields: Any,
) -> Path:
    """Write a complete run directory (weights, tokenizer copy, manifest last)."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    save_weights(model, run_dir / WEIGHTS)
    if tokenizer_dir is not None and Path(tokenizer_dir).resolve() != (run_dir / TOKENIZER_DIR).resolve():
        shutil.copytree(tokenizer_dir, run_dir / TOKENIZER_DIR, dirs_exist_ok=True)
    return write_manifest(run_dir, stage, config, model=to_dict(model.cfg), **fields)


def load_model(run_dir: str | Path, device: str | torch.device = "cpu", dtype: torch.dtype | None = None):
    """The model stored in a run directory, in eval mode.

    Returns a `Transformer` (or, for a merged run, a module with the same call signature that
    averages its experts' logits).
    """
    run_dir = Path(run_dir)
    manifest = read_manifest(run_dir, MODEL_STAGES)
    if manifest.get("stage") == "merge":
        from medlm.grow.merge import load_ensemble

        return load_ensemble(run_dir, device=device, dtype=dtype)
    model = Transformer(model_config_of(run_dir))
    load_weights(model, run_dir / WEIGHTS)
    model.to(device=device, dtype=dtype) if dtype else model.to(device)
    return model.eval()


def tokenizer_dir_of(run_dir: str | Path) -> Path:
    path = Path(run_dir) / TOKENIZER_DIR
    if not path.is_dir():
        raise MedlmError(f"{run_dir} has no {TOKENIZER_DIR}/ directory: it was written without a tokenizer")
    return path
