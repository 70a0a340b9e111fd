"""`medlm export`: a run as a transformers LlamaForCausalLM, or a transformers model as a medlm run.

    medlm export runs/med-125m --to hf --out exports/med-125m
        -> config.json, generation_config.json, model.safetensors (HF names), the domain tokenizer's
           files, and manifest.json (stage "export", format "hf": not a medlm run dir)
    medlm export HuggingFaceTB/SmolLM2-135M --from hf --out runs/smollm2-135m
        -> a medlm run dir (stage "export", format "medlm") for `medlm train --init` (continued pretraining)
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import torch
from safetensors.torch import save_file

from medlm.errors import MedlmError
from medlm.manifest import MANIFEST, manifest_hash, read_manifest, sha256_file, write_manifest
from medlm.model.io import TOKENIZER_DIR, load_model, save_run
from medlm.progress import say
from medlm.train.config import ExportConfig

STAGE = "export"
DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}


def export(cfg: ExportConfig) -> Path:
    if not cfg.out:
        raise MedlmError("--out DIR is required")
    if bool(cfg.to) == bool(cfg.from_):
        raise MedlmError("say which way: --to hf (medlm run -> transformers) or --from hf (transformers -> medlm run)")
    return export_to_hf(cfg) if cfg.to else import_from_hf(cfg)


def export_to_hf(cfg: ExportConfig) -> Path:
    from medlm.model.hf import hf_config, to_hf_state_dict

    run, out = Path(cfg.source), Path(cfg.out)
    manifest = read_manifest(run, ("train", "grow", "export"))
    model = load_model(run)
    tokenizer = manifest.get("tokenizer") or {}
    out.mkdir(parents=True, exist_ok=True)
    tok_dir = run / TOKENIZER_DIR
    if tok_dir.is_dir():
        for f in tok_dir.iterdir():
            if f.is_file() and f.name != MANIFEST:
                shutil.copy2(f, out / f.name)
    else:
        say(STAGE, f"{run} has no tokenizer/ directory: exporting the weights without a tokenizer")
    config = hf_config(model.cfg, tokenizer)
    config.dtype = cfg.dtype if cfg.dtype != "fp32" else "float32"
    sd = {k: v.to(DTYPES[cfg.dtype]) for k, v in to_hf_state_dict(model).items()}
    save_file(sd, str(out / "model.safetensors"), metadata={"format": "pt"})
    config.save_pretrained(str(out))
    _generation_config(config).save_pretrained(str(out))
    write_manifest(
        out, STAGE, cfg, format="hf", architecture="LlamaForCausalLM",
        source={"path": str(run), "manifest_sha256": manifest_hash(run), "stage": manifest.get("stage")},
        tokenizer=tokenizer, parameters=model.num_params(),
    )
    say(STAGE, f"wrote transformers LlamaForCausalLM ({model.num_params() / 1e6:.1f}M params, {cfg.dtype}) to {out}")
    return out


def _generation_config(config):
    from transformers import GenerationConfig

    return GenerationConfig(bos_token_id=config.bos_token_id, eos_token_id=config.eos_token_id, pad_token_id=config.pad_token_id)


def import_from_hf(cfg: ExportConfig) -> Path:
    from medlm.model.hf import from_hf_model, load_hf

    out = Path(cfg.out)
    hf = load_hf(cfg.source, cfg.revision, cfg.trust_remote_code)
    model = from_hf_model(hf, where=str(cfg.source))
    del hf
    with tempfile.TemporaryDirectory() as tmp:
        tok_info = _save_tokenizer(cfg, Path(tmp), model.cfg.vocab_size)
        if DTYPES[cfg.dtype] != torch.float32:
            model = model.to(DTYPES[cfg.dtype])
        save_run(
            model, out, STAGE, tokenizer_dir=tmp if tok_info else None, config=cfg, format="medlm",
            source={"hf": str(cfg.source), "revision": cfg.revision or None}, tokenizer=tok_info,
        )
    say(STAGE, f"imported {cfg.source} ({model.num_params() / 1e6:.1f}M params) into {out}; continue it with "
        f"`medlm train --init {out}` on a corpus tokenized with {out}/{TOKENIZER_DIR}")
    return out


def _save_tokenizer(cfg: ExportConfig, tmp: Path, vocab_size: int) -> dict | None:
    """Save the model's tokenizer into `tmp`; the facts the token-shard manifests record about it."""
    from transformers import AutoTokenizer

    kw = {"revision": cfg.revision} if cfg.revision else {}
    try:
        tok = AutoTokenizer.from_pretrained(str(cfg.source), trust_remote_code=cfg.trust_remote_code, **kw)
    except (OSError, ValueError) as e:
        say(STAGE, f"{cfg.source}: no usable tokenizer ({str(e).splitlines()[0]}); importing the weights only")
        return None
    tok.save_pretrained(str(tmp))
    ident = next((tmp / n for n in ("tokenizer.model", "tokenizer.json") if (tmp / n).is_file()), None)
    return {
        "sha256": sha256_file(ident) if ident else None,
        "vocab_size": vocab_size,
        "bos_id": tok.bos_token_id, "eos_id": tok.eos_token_id, "pad_id": tok.pad_token_id, "unk_id": tok.unk_token_id,
    }
