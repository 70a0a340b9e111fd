"""What a person watches: metrics.jsonl (one JSON line per step, plus events), TensorBoard, a loss-curve PNG.

metrics.jsonl lines: {"step", "tokens", "flops", "loss", "lr", "tok_s", "mfu", "layers"[, "val_loss"]}
and events such as {"event": "grow", "step", "layers"}. On --resume the lines after the checkpoint's
step are dropped, so the file always describes one continuous run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

METRICS = "metrics.jsonl"
LOSS_PNG = "loss.png"

# dense bf16 peak FLOP/s per GPU; H100's 989.5e12 is the denominator of nanoGPT's and the issue's MFU
PEAK_BF16 = {"H100": 989.5e12, "H200": 989.5e12, "H800": 989.5e12, "A100": 312e12, "L4": 121e12, "A10": 125e12}


def peak_flops(device) -> float | None:
    """Peak FLOP/s of `device` for MFU (None on CPU or an unknown GPU: MFU is then not reported)."""
    if getattr(device, "type", device) != "cuda":
        return None
    import torch

    name = torch.cuda.get_device_name(device)
    return next((v for k, v in PEAK_BF16.items() if k in name), None)


class MetricsLog:
    def __init__(self, run_dir: Path, *, tensorboard: bool, resume_step: int | None = None, enabled: bool = True):
        self.enabled = enabled
        self.path = Path(run_dir) / METRICS
        self.tb = None
        if not enabled:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if resume_step is not None:
            truncate_after(self.path, resume_step)
        elif self.path.exists():
            self.path.unlink()
        self.file = open(self.path, "a", encoding="utf-8")
        if tensorboard:
            try:
                from torch.utils.tensorboard import SummaryWriter

                self.tb = SummaryWriter(str(Path(run_dir) / "tensorboard"), purge_step=resume_step + 1 if resume_step is not None else None)
            except ImportError:  # tensorboard is a dependency; stay usable without it
                self.tb = None

    def log(self, record: dict[str, Any]) -> None:
        if not self.enabled:
            return
        self.file.write(json.dumps(record) + "\n")
        self.file.flush()
        if self.tb is not None and "event" not in record:
            step = record["step"]
            for key in ("loss", "val_loss", "lr", "tok_s", "mfu", "grad_norm"):
                if record.get(key) is not None:
                    self.tb.add_scalar(f"train/{key}" if key != "val_loss" else "val/loss", record[key], step)

    def close(self) -> None:
        if not self.enabled:
            return
        self.file.close()
        if self.tb is not None:
            self.tb.close()


def read_metrics(path: str | Path) -> list[dict[str, Any]]:
    path = Path(path)
    if path.is_dir():
        path = path / METRICS
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:  # a line cut by a kill mid-write
            continue
    return out


def truncate_after(path: Path, step: int) -> None:
    """Keep only records up to `step` (a resumed run rewrites what came after its checkpoint)."""
    if not path.exists():
        return
    # step records up to the checkpoint stay; events at the checkpoint's step are re-logged by the resumed run
    kept = [r for r in read_metrics(path) if r.get("step", 0) < step or (r.get("step") == step and "event" not in r)]
    path.write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")


def plot_loss(run_dir: str | Path, title: str = "") -> Path | None:
    """RUN/loss.png: train loss (and val loss) against tokens, with growth events marked."""
    records = read_metrics(run_dir)
    steps = [r for r in records if "loss" in r and "event" not in r]
    if not steps:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    ax.plot([r["tokens"] for r in steps], [r["loss"] for r in steps], lw=1, label="train loss")
    val = [r for r in steps if r.get("val_loss") is not None]
    if val:
        ax.plot([r["tokens"] for r in val], [r["val_loss"] for r in val], "o-", ms=3, label="val loss")
    tokens_at = {r["step"]: r["tokens"] for r in steps}
    for e in (r for r in records if r.get("event") == "grow"):
        x = tokens_at.get(e["step"])
        if x is not None:
            ax.axvline(x, color="grey", ls=":", lw=0.8)
            ax.text(x, ax.get_ylim()[1], f" {e['layers']}L", va="top", fontsize=7, color="grey")
    ax.set_xlabel("tokens")
    ax.set_ylabel("cross-entropy (nats/token)")
    ax.set_title(title or Path(run_dir).name)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    out = Path(run_dir) / LOSS_PNG
    fig.savefig(out)
    plt.close(fig)
    return out
