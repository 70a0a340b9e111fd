"""Merging specialists by averaging their predictions token by token (a logit ensemble).

Experts must share the tokenizer (same sha256 in their manifests): their output rows then mean the
same tokens. They may differ in depth and width. Modes:

- ``logits``: weighted mean of the raw logits (Bochkov's merge of models on a shared substrate);
- ``logprobs``: weighted mean of log-probabilities (a normalised geometric mean of the distributions);
- ``probs``: log of the weighted mean of probabilities (a mixture; never worse in expected log-loss
  than the weighted mean of the experts' log-losses, by Jensen).

The merged run dir (stage "merge") is self-contained:

    OUT/manifest.json          stage "merge", experts (source path + manifest sha256), weights, mode, tokenizer
    OUT/experts/{i}/           each expert's manifest.json + model.safetensors (copied)
    OUT/tokenizer/             the shared tokenizer

`medlm.model.io.load_model(OUT)` returns the ensemble, which has the Transformer call signature, so
bench, perplexity and generation use it like any model.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

from medlm.errors import MedlmError
from medlm.manifest import manifest_hash, read_manifest
from medlm.model.config import replace

EXPERTS_DIR = "experts"


class Ensemble(nn.Module):
    """Token-level ensemble of language models sharing a vocabulary."""

    def __init__(self, experts: list[nn.Module], weights: list[float], mode: str = "logits"):
        super().__init__()
        if not experts:
            raise MedlmError("merge: no experts given")
        if len(weights) != len(experts):
            raise MedlmError(f"merge: {len(weights)} weights for {len(experts)} experts")
        if mode not in ("logits", "logprobs", "probs"):
            raise MedlmError(f"merge: unknown mode '{mode}'; use logits, logprobs or probs")
        vocab = {e.cfg.vocab_size for e in experts}
        if len(vocab) != 1:
            raise MedlmError(f"merge: experts have different vocabulary sizes {sorted(vocab)}; they must share a tokenizer")
        self.experts = nn.ModuleList(experts)
        total = float(sum(weights))
        if total <= 0 or any(w < 0 for w in weights):
            raise MedlmError(f"merge: weights must be non-negative with a positive sum, got {weights}")
        self.register_buffer("weights", torch.tensor([w / total for w in weights]), persistent=False)
        self.mode = mode
        # what callers read from a model: vocabulary and the longest sequence every expert can take
        self.cfg = replace(experts[0].cfg, max_seq_len=min(e.cfg.max_seq_len for e in experts))

    def forward(self, idx: torch.Tensor, targets: torch.Tensor | None = None, ignore_index: int = -100) -> torch.Tensor:
        """Combined logits [B, T, V] (log-probabilities for logprobs/probs) — or the mean loss given targets."""
        combined = None
        for w, expert in zip(self.weights, self.experts):
            out = expert(idx).float()
            if self.mode == "logprobs":
                out = F.log_softmax(out, dim=-1)
            elif self.mode == "probs":
                out = F.log_softmax(out, dim=-1) + torch.log(w)
            if self.mode == "probs":
                combined = out if combined is None else torch.logaddexp(combined, out)
            else:
                combined = w * out if combined is None else combined + w * out
        if targets is None:
            return combined
        return F.cross_entropy(combined.flatten(0, 1), targets.flatten(), ignore_index=ignore_index)

    def num_params(self, include_embedding: bool = True) -> int:
        return sum(e.num_params(include_embedding) for e in self.experts)


def _tokenizer_sha(manifest: dict) -> str | None:
    tok = manifest.get("tokenizer") or {}
    return tok.get("sha256") if isinstance(tok, dict) else None


def merge(cfg) -> Path:
    """`medlm merge`: write a merged run dir from expert run dirs sharing one tokenizer."""
    from medlm.manifest import write_manifest
    from medlm.model.io import MODEL_STAGES, WEIGHTS, model_config_of
    from medlm.config import to_dict
    from medlm.progress import say

    if len(cfg.runs) < 2:
        raise MedlmError("merge: give at least two expert run dirs")
    if not cfg.out:
        raise MedlmError("merge: give the output run dir with --out DIR")
    weights = list(cfg.weights) or [1.0] * len(cfg.runs)
    if len(weights) != len(cfg.runs):
        raise MedlmError(f"merge: {len(weights)} --weights for {len(cfg.runs)} experts; give one per expert")
    out = Path(cfg.out)
    if (out / "manifest.json").exists() and not cfg.overwrite:
        raise MedlmError(f"{out} already holds a finished run; pass --overwrite to replace it or choose another --out")

    manifests = [read_manifest(r, MODEL_STAGES) for r in cfg.runs]
    for run, m in zip(cfg.runs, manifests):
        if m.get("stage") == "merge":
            raise MedlmError(f"{run} is itself a merged run; merge its experts directly")
    shas = [_tokenizer_sha(m) for m in manifests]
    if any(s is None for s in shas):
        missing = [r for r, s in zip(cfg.runs, shas) if s is None]
        raise MedlmError(f"merge: {missing[0]}/manifest.json records no tokenizer sha256; cannot check the experts share a tokenizer")
    if len(set(shas)) != 1:
        detail = ", ".join(f"{r}: {s[:12]}" for r, s in zip(cfg.runs, shas))
        raise MedlmError(f"merge: experts were trained with different tokenizers ({detail}); only models sharing a tokenizer can be merged")
    configs = [model_config_of(r) for r in cfg.runs]

    if out.exists() and cfg.overwrite:
        shutil.rmtree(out)
    experts = []
    for i, run in enumerate(cfg.runs):
        dest = out / EXPERTS_DIR / str(i)
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy2(Path(run) / WEIGHTS, dest / WEIGHTS)
        shutil.copy2(Path(run) / "manifest.json", dest / "manifest.json")
        experts.append({"path": str(Path(run).resolve()), "dir": f"{EXPERTS_DIR}/{i}", "manifest_sha256": manifest_hash(run),
                        "n_layers": configs[i].n_layers, "d_model": configs[i].d_model})
    tokenizer = Path(cfg.runs[0]) / "tokenizer"
    if tokenizer.is_dir():
        shutil.copytree(tokenizer, out / "tokenizer", dirs_exist_ok=True)
    write_manifest(out, "merge", cfg, experts=experts, weights=[w / sum(weights) for w in weights], mode=cfg.mode,
                   tokenizer=manifests[0].get("tokenizer"), model=to_dict(configs[0]))
    say("merge", f"{len(experts)} experts ({cfg.mode}, weights {weights}) → {out}")
    return out


def load_ensemble(run_dir: str | Path, device: str | torch.device = "cpu", dtype: torch.dtype | None = None) -> Ensemble:
    """The merged model stored in `run_dir` (stage "merge"), in eval mode."""
    from medlm.model.io import load_model

    run_dir = Path(run_dir)
    manifest = read_manifest(run_dir, "merge")
    experts = [load_model(run_dir / e["dir"], device=device, dtype=dtype) for e in manifest["experts"]]
    return Ensemble(experts, manifest["weights"], manifest.get("mode", "logits")).to(device).eval()
