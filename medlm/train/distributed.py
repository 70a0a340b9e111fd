"""Multi-process training through torchrun: PyTorch's own DDP and FSDP2, nothing home-made.

`torchrun --nproc-per-node 8 -m medlm train ...` sets RANK/WORLD_SIZE/LOCAL_RANK; we join the
process group (NCCL on CUDA, gloo on CPU), pin each rank to its GPU, and wrap the model.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass
class Dist:
    rank: int = 0
    local_rank: int = 0
    world_size: int = 1

    @property
    def enabled(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def setup(device_request: str) -> tuple[Dist, torch.device]:
    """Join the torchrun process group if there is one; return ranks and this rank's device."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    d = Dist(int(os.environ.get("RANK", "0")), int(os.environ.get("LOCAL_RANK", "0")), world)
    device = pick_device(device_request, d.local_rank if d.enabled else None)
    if d.enabled and not dist.is_initialized():
        if device.type == "cuda":
            torch.cuda.set_device(device)
        dist.init_process_group(backend="nccl" if device.type == "cuda" else "gloo")
    return d, device


def pick_device(request: str, local_rank: int | None = None) -> torch.device:
    if request == "auto":
        request = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(request)
    if device.type == "cuda" and device.index is None:
        device = torch.device("cuda", local_rank or 0)
    return device


def teardown() -> None:
    if dist.is_initialized():
        dist.destroy_process_group()


def wrap(model: torch.nn.Module, strategy: str, device: torch.device, d: Dist) -> torch.nn.Module:
    """DDP or FSDP2 (per-block sharding, then the root) around `model`; the model itself when alone."""
    if not d.enabled:
        return model
    if strategy == "fsdp":
        from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard

        mp = MixedPrecisionPolicy(param_dtype=torch.bfloat16, reduce_dtype=torch.float32) if device.type == "cuda" else None
        kw = {"mp_policy": mp} if mp else {}
        for block in model.blocks:
            fully_shard(block, **kw)
        fully_shard(model, **kw)
        return model
    from torch.nn.parallel import DistributedDataParallel as DDP

    return DDP(model, device_ids=[device.index] if device.type == "cuda" else None)


def no_grad_sync(model: torch.nn.Module, strategy: str, sync: bool):
    """Skip the gradient all-reduce on accumulation micro-steps (only the last one syncs)."""
    if sync:
        return contextlib.nullcontext()
    if hasattr(model, "no_sync"):  # DDP
        return model.no_sync()
    if hasattr(model, "set_requires_gradient_sync"):  # FSDP2

        @contextlib.contextmanager
        def fsdp_no_sync():
            model.set_requires_gradient_sync(False)
            try:
                yield
            finally:
                model.set_requires_gradient_sync(True)

        return fsdp_no_sync()
    return contextlib.nullcontext()


def all_reduce_mean(value: torch.Tensor, d: Dist) -> torch.Tensor:
    if d.enabled:
        dist.all_reduce(value, op=dist.ReduceOp.SUM)
        value = value / d.world_size
    return value


def barrier(d: Dist) -> None:
    if d.enabled:
        dist.barrier()


def broadcast_object(obj, d: Dist):
    if not d.enabled:
        return obj
    box = [obj]
    dist.broadcast_object_list(box, src=0)
    return box[0]
