"""Resumable checkpoints: RUN/checkpoints/step_NNNNNNNN/ with

    model.safetensors       full (unsharded) fp32 weights, medlm parameter names
    optimizer.safetensors   every optimizer-state tensor, keyed "<param name>/<state key>"
    rng.safetensors         torch CPU (and CUDA) RNG states
    state.json              step, tokens, FLOPs, data position, param groups, train + model config,
                            progressive phase, trainable parameter names

A checkpoint is written into a hidden temp directory and renamed into place, so a crash (even
SIGKILL) at any moment leaves either the previous checkpoints or the new one — never a half one.
Only safetensors and JSON are read back: nothing is unpickled. Under DDP/FSDP2 the full state is
gathered with torch.distributed.checkpoint.state_dict and rank 0 writes it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from medlm.errors import MedlmError

CHECKPOINTS = "checkpoints"
_STEP_DIR = re.compile(r"^step_(\d{8})$")


def _options(**kw):
    from torch.distributed.checkpoint.state_dict import StateDictOptions

    return StateDictOptions(full_state_dict=True, cpu_offload=True, **kw)


def gather_state(model: torch.nn.Module, optimizer: torch.optim.Optimizer) -> tuple[dict, dict]:
    """Full model and optimizer state dicts keyed by parameter name (on rank 0 under FSDP)."""
    from torch.distributed.checkpoint.state_dict import get_model_state_dict, get_optimizer_state_dict

    return get_model_state_dict(model, options=_options()), get_optimizer_state_dict(model, optimizer, options=_options())


def flatten_optimizer(osd: dict) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Optimizer state -> (tensors for safetensors, JSON for everything else)."""
    tensors: dict[str, torch.Tensor] = {}
    scalars: dict[str, dict] = {}
    for name, state in osd["state"].items():
        for key, value in state.items():
            if isinstance(value, torch.Tensor):
                tensors[f"{name}/{key}"] = value.detach().to("cpu").contiguous()
            else:
                scalars.setdefault(name, {})[key] = value
    return tensors, {"param_groups": osd["param_groups"], "scalars": scalars}


def unflatten_optimizer(tensors: dict[str, torch.Tensor], meta: dict[str, Any]) -> dict:
    state: dict[str, dict] = {}
    for key, value in tensors.items():
        name, _, sub = key.rpartition("/")
        state.setdefault(name, {})[sub] = value
    for name, extra in meta.get("scalars", {}).items():
        state.setdefault(name, {}).update(extra)
    return {"state": state, "param_groups": meta["param_groups"]}


def rng_state() -> dict[str, torch.Tensor]:
    out = {"torch_cpu": torch.get_rng_state()}
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        out["torch_cuda"] = torch.cuda.get_rng_state()
    return out


def restore_rng(states: dict[str, torch.Tensor]) -> None:
    torch.set_rng_state(states["torch_cpu"])
    if "torch_cuda" in states and torch.cuda.is_available():
        torch.cuda.set_rng_state(states["torch_cuda"])


def save_checkpoint(
    run_dir: str | Path,
    step: int,
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    state: dict[str, Any],
    *,
    keep_last: int,
    is_main: bool = True,
) -> Path | None:
    """Write checkpoint `step` atomically and prune to the newest `keep_last`. Call on every rank."""
    msd, osd = gather_state(model, optimizer)
    if not is_main:
        return None
    root = Path(run_dir) / CHECKPOINTS
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"step_{step:08d}"
    if final.exists():
        return final
    tmp = root / f".tmp-step_{step:08d}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    model_tensors = {k: v.detach().to("cpu").contiguous() for k, v in msd.items()}
    if state.get("tied_embeddings"):
        model_tensors.pop("lm_head.weight", None)
    opt_tensors, opt_meta = flatten_optimizer(osd)
    save_file(model_tensors, str(tmp / "model.safetensors"))
    save_file(opt_tensors, str(tmp / "optimizer.safetensors"))
    save_file(rng_state(), str(tmp / "rng.safetensors"))
    (tmp / "state.json").write_text(json.dumps({**state, "optimizer": opt_meta}, indent=1, default=str))
    for f in tmp.iterdir():  # the data must be on disk before the rename makes the checkpoint visible
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, final)
    _fsync_dir(root)
    for old in list_checkpoints(run_dir)[:-keep_last]:
        shutil.rmtree(old, ignore_errors=True)
    return final


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def list_checkpoints(run_dir: str | Path) -> list[Path]:
    """Complete checkpoints, oldest first (temp directories of interrupted writes are ignored)."""
    root = Path(run_dir) / CHECKPOINTS
    if not root.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in root.iterdir() if (m := _STEP_DIR.match(p.name)) and (p / "state.json").is_file()]
    return [p for _, p in sorted(found)]


def remove_partial(run_dir: str | Path) -> None:
    root = Path(run_dir) / CHECKPOINTS
    if root.is_dir():
        for p in root.glob(".tmp-step_*"):
            shutil.rmtree(p, ignore_errors=True)


def latest_checkpoint(run_dir: str | Path) -> Path:
    found = list_checkpoints(run_dir)
    if not found:
        raise MedlmError(
            f"{run_dir}: no checkpoint to resume from (RUN/{CHECKPOINTS}/step_* is empty); start it again without --resume"
        )
    return found[-1]


def read_state(ckpt: Path) -> dict[str, Any]:
    try:
        return json.loads((ckpt / "state.json").read_text())
    except (OSError, json.JSONDecodeError) as e:
        raise MedlmError(f"{ckpt}/state.json: unreadable checkpoint state ({e}); delete this checkpoint to fall back to an older one") from None


def load_checkpoint(ckpt: Path, model: torch.nn.Module, optimizer: torch.optim.Optimizer, state: dict[str, Any]) -> None:
    """Load weights, optimizer state and RNG from `ckpt` into (possibly wrapped/sharded) model and optimizer."""
    from torch.distributed.checkpoint.state_dict import set_model_state_dict, set_optimizer_state_dict

    msd = load_file(str(ckpt / "model.safetensors"))
    if state.get("tied_embeddings"):
        msd["lm_head.weight"] = msd["embed.weight"]
    set_model_state_dict(model, msd, options=_options(strict=True))
    osd = unflatten_optimizer(load_file(str(ckpt / "optimizer.safetensors")), state["optimizer"])
    set_optimizer_state_dict(model, optimizer, osd, options=_options())
    restore_rng(load_file(str(ckpt / "rng.safetensors")))
