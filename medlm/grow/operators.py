"""Growth operators: a trained model of depth n → a deeper model of depth N that reuses its layers.

Source and target share hidden size, heads, MLP width and tokenizer; only the depth changes.
Each operator is a *layer map*: one entry per target layer, saying where its weights come from:

    int                 copy of that source layer
    [[i, w], [j, v]]    weighted blend of source layers i and j (interpolate)
    "new"               freshly initialised block (outer), or — for identity — a copy of the
                        source block below it with attn.out and mlp.down zeroed (LLaMA Pro)

Definitions (n source layers, N target layers, 0-based):

- ``outer`` (k, default n // 2): target 0..k-1 ← source 0..k-1, target N-k..N-1 ← source n-k..n-1,
  the N-2k middle layers new (random init).
- ``middle``: target layer i ← the source layer at the same relative depth, i.e. the one nearest to
  p(i) = i (n-1)/(N-1) (first and last layers stay first and last; a "stretch" of the stack).
  When N is a multiple of n this is often the same map as ``interleave``.
- ``interpolate``: like ``middle`` but blends the two source layers around p(i) with weights
  1 - frac(p) and frac(p) (every weight tensor, norms included, is the same blend).
- ``stack`` (G_stack, Du et al. 2024): the whole source stack repeated g = N / n times
  (target i ← source i mod n).
- ``interleave``: each source layer duplicated in place g = N / n times (target i ← source i // g).
- ``solar`` (depth up-scaling, Kim et al. 2023): two copies of the source, the last m layers dropped
  from the first and the first m from the second, concatenated; m = (2n - N) / 2, so n < N <= 2n.
- ``identity`` (LLaMA Pro, Wu et al. 2024): all source layers kept in order, N - n new blocks spread
  evenly after them, each a copy of the source block before it with its output projections zeroed,
  so the grown model computes exactly the source's function.

Embeddings, final norm and LM head are carried over unchanged.
"""

from __future__ import annotations

import math
import re
from typing import Union

import torch

from medlm.errors import MedlmError
from medlm.model.config import ModelConfig, replace

METHODS = ("outer", "middle", "interpolate", "stack", "interleave", "solar", "identity")
LayerSource = Union[int, str, list]  # int | "new" | [[i, w], [j, v]]

# ModelConfig fields that must agree between source and target (only n_layers may differ)
SHAPE_FIELDS = ("vocab_size", "d_model", "n_heads", "n_kv_heads", "d_ff", "tie_embeddings", "embedding")


def layer_map(method: str, n_src: int, n_tgt: int, k: int = 0) -> list[LayerSource]:
    """The layer map of `method` growing n_src → n_tgt layers (see the module docstring)."""
    if method not in METHODS:
        raise MedlmError(f"unknown growth method '{method}'; use one of {', '.join(METHODS)}")
    if n_src < 1 or n_tgt <= n_src:
        raise MedlmError(f"growth needs a deeper target: source has {n_src} layers, target {n_tgt}")
    n, N = n_src, n_tgt
    if method == "outer":
        k = k or n // 2 or 1
        if 2 * k > n and n > 1:
            raise MedlmError(f"outer: k={k} reuses {2 * k} layers but the source has only {n}; use k <= {n // 2}")
        if n == 1:
            return [0] + ["new"] * (N - 1)
        return list(range(k)) + ["new"] * (N - 2 * k) + list(range(n - k, n))
    if method in ("middle", "interpolate"):
        out: list[LayerSource] = []
        for i in range(N):
            p = i * (n - 1) / (N - 1)
            lo, frac = int(math.floor(p)), p - math.floor(p)
            if method == "middle":
                out.append(min(int(math.floor(p + 0.5)), n - 1))
            elif frac < 1e-9 or lo + 1 >= n:
                out.append(lo)
            else:
                out.append([[lo, round(1 - frac, 6)], [lo + 1, round(frac, 6)]])
        return out
    if method in ("stack", "interleave"):
        if N % n:
            raise MedlmError(f"{method}: target depth {N} is not a multiple of the source depth {n}")
        g = N // n
        return [i % n for i in range(N)] if method == "stack" else [i // g for i in range(N)]
    if method == "solar":
        if N > 2 * n or (2 * n - N) % 2:
            raise MedlmError(
                f"solar: two copies of {n} layers minus m from each seam give an even depth between "
                f"{n + 1} and {2 * n}, not {N}; use stack for deeper targets"
            )
        m = (2 * n - N) // 2
        return list(range(n - m)) + list(range(m, n))
    # identity: after source layer j insert floor((j+1)q/n) - floor(jq/n) new blocks (q = N - n)
    q, out = N - n, []
    for j in range(n):
        out.append(j)
        out += ["new"] * ((j + 1) * q // n - j * q // n)
    return out


def new_layers(mapping: list[LayerSource]) -> list[int]:
    return [i for i, src in enumerate(mapping) if src == "new"]


def trainable_patterns(mapping: list[LayerSource], trainable: str) -> list[str] | None:
    """fnmatch patterns over parameter names for the trainer's --init freezing (None = everything)."""
    if trainable == "all":
        return None
    new = new_layers(mapping)
    if not new:
        raise MedlmError("trainable 'new' needs a method that adds new blocks (outer or identity)")
    return [f"blocks.{i}.*" for i in new]


def check_compatible(src: ModelConfig, tgt: ModelConfig, where: str = "grow") -> None:
    """Refuse a target that differs from the source in anything but depth."""
    diffs = [f"{f}: source {getattr(src, f)} vs target {getattr(tgt, f)}" for f in SHAPE_FIELDS if getattr(src, f) != getattr(tgt, f)]
    if diffs:
        raise MedlmError(
            f"{where}: growth reuses layers, so source and target must share hidden size, heads, MLP width and "
            f"tokenizer; they differ in {'; '.join(diffs)} (pick a target preset from the source's family)"
        )


_BLOCK = re.compile(r"^blocks\.(\d+)\.(.+)$")


def grow_state_dict(
    src_sd: dict[str, torch.Tensor],
    src_cfg: ModelConfig,
    tgt_cfg: ModelConfig,
    mapping: list[LayerSource],
    fresh_sd: dict[str, torch.Tensor],
    identity: bool = False,
) -> dict[str, torch.Tensor]:
    """The target's weights: `fresh_sd` (a randomly initialised target) overwritten per `mapping`.

    With `identity`, each "new" block is a copy of the nearest block before it with attn.out and
    mlp.down zeroed, so it adds nothing to the residual stream.
    """
    check_compatible(src_cfg, tgt_cfg)
    if len(mapping) != tgt_cfg.n_layers:
        raise MedlmError(f"grow: layer map has {len(mapping)} entries for a {tgt_cfg.n_layers}-layer target")
    src_blocks: dict[int, dict[str, torch.Tensor]] = {}
    out: dict[str, torch.Tensor] = {}
    for name, t in src_sd.items():
        m = _BLOCK.match(name)
        if m:
            src_blocks.setdefault(int(m[1]), {})[m[2]] = t
        else:
            out[name] = t.clone()  # embeddings, final norm, LM head
    if sorted(src_blocks) != list(range(src_cfg.n_layers)):
        raise MedlmError(f"grow: source weights have blocks {sorted(src_blocks)}, expected 0..{src_cfg.n_layers - 1}")
    last_source: int | None = None
    for i, src in enumerate(mapping):
        if src == "new":
            if identity:
                if last_source is None:
                    raise MedlmError("identity growth cannot put a new block before the first source block")
                block = {k: v.clone() for k, v in src_blocks[last_source].items()}
                block["attn.out.weight"].zero_()
                block["mlp.down.weight"].zero_()
            else:
                prefix = f"blocks.{i}."
                block = {k[len(prefix):]: v.clone() for k, v in fresh_sd.items() if k.startswith(prefix)}
        elif isinstance(src, int):
            block = {k: v.clone() for k, v in src_blocks[src].items()}
            last_source = src
        else:  # blend [[i, w], [j, v]]
            block = {k: sum(w * src_blocks[j][k].float() for j, w in src).to(v.dtype) for k, v in src_blocks[src[0][0]].items()}
        out.update({f"blocks.{i}.{k}": v for k, v in block.items()})
    return out


def target_config(src_cfg: ModelConfig, n_layers: int, preset: str | None = None) -> ModelConfig:
    """The grown model's config: the source's with a new depth, or a named preset checked against it."""
    if preset:
        from medlm.model.config import preset as named

        tgt = named(preset, vocab_size=src_cfg.vocab_size, max_seq_len=src_cfg.max_seq_len,
                    embedding=src_cfg.embedding, freeze_embedding=src_cfg.freeze_embedding,
                    tie_embeddings=src_cfg.tie_embeddings)
        check_compatible(src_cfg, tgt, where=f"grow --preset {preset}")
        if n_layers and n_layers != tgt.n_layers:
            raise MedlmError(f"grow: --layers {n_layers} contradicts preset {preset} ({tgt.n_layers} layers)")
        return tgt
    if n_layers <= 0:
        raise MedlmError("grow: give the target depth with --layers N (or a --preset of the source's family)")
    return replace(src_cfg, n_layers=n_layers)


# ---------------------------------------------------------------- the `medlm grow` command


def grow(cfg) -> dict:
    """`medlm grow`: write OUT, a run dir (stage "grow") holding the grown model, loadable by `medlm train --init`.

    Returns the manifest fields written (layer_map, trainable, ...).
    """
    import shutil
    from pathlib import Path

    from medlm.config import to_dict
    from medlm.manifest import manifest_hash, read_manifest
    from medlm.model.io import MODEL_STAGES, WEIGHTS, model_config_of, save_run, state_dict_for_saving, tokenizer_dir_of
    from medlm.model.llama import Transformer
    from medlm.progress import say
    from safetensors.torch import load_file

    out = Path(cfg.out)
    if not cfg.out:
        raise MedlmError("grow: give the output run dir with --out DIR")
    if (out / "manifest.json").exists() and not cfg.overwrite:
        raise MedlmError(f"{out} already holds a finished run; pass --overwrite to replace it or choose another --out")
    src_manifest = read_manifest(cfg.source, MODEL_STAGES)
    if src_manifest.get("stage") == "merge":
        raise MedlmError(f"{cfg.source} is a merged ensemble; grow one of its experts instead")
    src_cfg = model_config_of(cfg.source)
    tgt_cfg = target_config(src_cfg, cfg.layers, cfg.preset or None)
    mapping = layer_map(cfg.method, src_cfg.n_layers, tgt_cfg.n_layers, k=cfg.k)
    trainable = cfg.trainable if cfg.trainable != "auto" else ("new" if cfg.method == "identity" else "all")

    src_sd = load_file(str(Path(cfg.source) / WEIGHTS))
    if src_cfg.tie_embeddings:
        src_sd.pop("lm_head.weight", None)
    torch.manual_seed(cfg.seed)
    target = Transformer(tgt_cfg)
    fresh = state_dict_for_saving(target)
    grown = grow_state_dict(src_sd, src_cfg, tgt_cfg, mapping, fresh, identity=cfg.method == "identity")
    missing, unexpected = target.load_state_dict(grown, strict=False)
    missing = [k for k in missing if not (tgt_cfg.tie_embeddings and k == "lm_head.weight")]
    if missing or unexpected:
        raise MedlmError(f"grow: grown weights do not fit the target (missing {missing[:3]}, unexpected {unexpected[:3]})")

    if out.exists() and cfg.overwrite:
        shutil.rmtree(out)
    tokenizer = Path(cfg.source) / "tokenizer"
    fields = dict(
        layer_map=mapping,
        trainable=trainable_patterns(mapping, trainable),
        method=cfg.method,
        new_block_init=(
            "copy of the source block before it, attn.out and mlp.down zeroed (identity)"
            if cfg.method == "identity" else f"random (seed {cfg.seed})"
        ),
        source={
            "path": str(Path(cfg.source).resolve()),
            "stage": src_manifest.get("stage"),
            "manifest_sha256": manifest_hash(cfg.source),
            "n_layers": src_cfg.n_layers,
            "flops": _source_flops(src_manifest),
        },
        tokenizer=src_manifest.get("tokenizer"),
    )
    save_run(target, out, "grow", tokenizer_dir=tokenizer_dir_of(cfg.source) if tokenizer.is_dir() else None,
             config=cfg, **fields)
    say("grow", f"{cfg.method}: {src_cfg.n_layers} → {tgt_cfg.n_layers} layers, map {mapping} → {out}")
    return {**fields, "model": to_dict(tgt_cfg)}


def _source_flops(manifest: dict) -> float | None:
    """Training FLOPs that went into the source (its own plus its ancestors'), when the manifest says."""
    for key in ("total_flops", "flops"):
        if isinstance(manifest.get(key), (int, float)):
            return float(manifest[key])
    result = manifest.get("result") or {}
    return float(result["flops"]) if isinstance(result.get("flops"), (int, float)) else None
