"""Conversion between medlm's Transformer and transformers' LlamaForCausalLM.

medlm uses Llama's rotate-half RoPE convention, so conversion is a weight copy: the fused qkv and
gate_up matrices are split into q/k/v_proj and gate/up_proj (and concatenated back on import).
Only architectures that compute exactly what medlm computes are imported: Llama-style, no biases,
default RoPE (no scaling), SiLU MLP — anything else is refused rather than converted approximately.
"""

from __future__ import annotations

from pathlib import Path

import torch

from medlm.errors import MedlmError
from medlm.model.config import ModelConfig
from medlm.model.llama import Transformer


def hf_config(cfg: ModelConfig, tokenizer: dict | None = None):
    from transformers import LlamaConfig

    tokenizer = tokenizer or {}
    config = LlamaConfig(
        vocab_size=cfg.vocab_size,
        hidden_size=cfg.d_model,
        intermediate_size=cfg.d_ff,
        num_hidden_layers=cfg.n_layers,
        num_attention_heads=cfg.n_heads,
        num_key_value_heads=cfg.n_kv_heads,
        head_dim=cfg.head_dim,
        max_position_embeddings=cfg.max_seq_len,
        rms_norm_eps=cfg.norm_eps,
        tie_word_embeddings=cfg.tie_embeddings,
        hidden_act="silu",
        attention_bias=False,
        mlp_bias=False,
        initializer_range=cfg.init_std,
        bos_token_id=tokenizer.get("bos_id"),
        eos_token_id=tokenizer.get("eos_id"),
        pad_token_id=tokenizer.get("pad_id"),
    )
    if hasattr(config, "rope_parameters"):  # transformers >= 5
        config.rope_parameters = {"rope_type": "default", "rope_theta": cfg.rope_theta}
    else:
        config.rope_theta = cfg.rope_theta
    config.architectures = ["LlamaForCausalLM"]
    return config


def to_hf_state_dict(model: Transformer) -> dict[str, torch.Tensor]:
    cfg = model.cfg
    sd = {k: v.detach().cpu() for k, v in model.state_dict().items()}
    kv = cfg.n_kv_heads * cfg.head_dim
    out = {"model.embed_tokens.weight": sd["embed.weight"], "model.norm.weight": sd["norm.weight"]}
    if not cfg.tie_embeddings:
        out["lm_head.weight"] = sd["lm_head.weight"]
    for i in range(cfg.n_layers):
        p, h = f"blocks.{i}.", f"model.layers.{i}."
        q, k, v = sd[p + "attn.qkv.weight"].split([cfg.d_model, kv, kv], dim=0)
        gate, up = sd[p + "mlp.gate_up.weight"].chunk(2, dim=0)
        out.update({
            h + "self_attn.q_proj.weight": q, h + "self_attn.k_proj.weight": k, h + "self_attn.v_proj.weight": v,
            h + "self_attn.o_proj.weight": sd[p + "attn.out.weight"],
            h + "mlp.gate_proj.weight": gate, h + "mlp.up_proj.weight": up, h + "mlp.down_proj.weight": sd[p + "mlp.down.weight"],
            h + "input_layernorm.weight": sd[p + "attn_norm.weight"],
            h + "post_attention_layernorm.weight": sd[p + "mlp_norm.weight"],
        })
    return {k: v.contiguous() for k, v in out.items()}


def to_hf_model(model: Transformer, tokenizer: dict | None = None):
    """A transformers LlamaForCausalLM computing the same function as `model` (fp32, CPU)."""
    from transformers import LlamaForCausalLM

    hf = LlamaForCausalLM(hf_config(model.cfg, tokenizer))
    missing, unexpected = hf.load_state_dict(to_hf_state_dict(model), strict=False)
    missing = [k for k in missing if not (model.cfg.tie_embeddings and k == "lm_head.weight")]
    if missing or unexpected:
        raise RuntimeError(f"Llama conversion left missing {missing[:5]} / unexpected {unexpected[:5]}")
    if model.cfg.tie_embeddings:
        hf.tie_weights()
    return hf.eval()


def _rope_theta_and_type(config) -> tuple[float, str]:
    params = getattr(config, "rope_parameters", None) or {}
    scaling = getattr(config, "rope_scaling", None) or {}
    theta = params.get("rope_theta", getattr(config, "rope_theta", 10000.0))
    kind = params.get("rope_type") or scaling.get("rope_type") or scaling.get("type") or "default"
    return float(theta), kind


def model_config_from_hf(config, where: str = "model") -> ModelConfig:
    """The medlm ModelConfig of a transformers Llama config; refuses what medlm cannot compute exactly."""
    problems = []
    if getattr(config, "model_type", "") not in ("llama", "mistral"):
        problems.append(f"model_type '{getattr(config, 'model_type', '?')}' (medlm imports Llama-style models)")
    if getattr(config, "attention_bias", False) or getattr(config, "mlp_bias", False):
        problems.append("attention/MLP biases")
    if getattr(config, "hidden_act", "silu") != "silu":
        problems.append(f"activation {config.hidden_act}")
    if getattr(config, "sliding_window", None):
        problems.append("sliding-window attention")
    theta, kind = _rope_theta_and_type(config)
    if kind != "default":
        problems.append(f"RoPE scaling '{kind}'")
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    if head_dim * config.num_attention_heads != config.hidden_size:
        problems.append(f"head_dim {head_dim} × {config.num_attention_heads} heads != hidden size {config.hidden_size}")
    if problems:
        raise MedlmError(f"{where}: cannot import into medlm's Llama model: {'; '.join(problems)}")
    return ModelConfig(
        vocab_size=config.vocab_size, d_model=config.hidden_size, n_layers=config.num_hidden_layers,
        n_heads=config.num_attention_heads, n_kv_heads=config.num_key_value_heads or config.num_attention_heads,
        d_ff=config.intermediate_size, max_seq_len=config.max_position_embeddings, rope_theta=theta,
        norm_eps=config.rms_norm_eps, tie_embeddings=bool(getattr(config, "tie_word_embeddings", False)),
        init_std=getattr(config, "initializer_range", 0.02),
    )


def from_hf_state_dict(sd: dict[str, torch.Tensor], cfg: ModelConfig) -> dict[str, torch.Tensor]:
    out = {"embed.weight": sd["model.embed_tokens.weight"], "norm.weight": sd["model.norm.weight"]}
    if not cfg.tie_embeddings:
        out["lm_head.weight"] = sd.get("lm_head.weight", sd["model.embed_tokens.weight"])
    for i in range(cfg.n_layers):
        p, h = f"blocks.{i}.", f"model.layers.{i}."
        out[p + "attn.qkv.weight"] = torch.cat([sd[h + f"self_attn.{n}_proj.weight"] for n in "qkv"], dim=0)
        out[p + "attn.out.weight"] = sd[h + "self_attn.o_proj.weight"]
        out[p + "mlp.gate_up.weight"] = torch.cat([sd[h + "mlp.gate_proj.weight"], sd[h + "mlp.up_proj.weight"]], dim=0)
        out[p + "mlp.down.weight"] = sd[h + "mlp.down_proj.weight"]
        out[p + "attn_norm.weight"] = sd[h + "input_layernorm.weight"]
        out[p + "mlp_norm.weight"] = sd[h + "post_attention_layernorm.weight"]
    return out


def from_hf_model(hf_model, where: str = "model") -> Transformer:
    """A medlm Transformer (fp32) with the weights of a transformers Llama model."""
    cfg = model_config_from_hf(hf_model.config, where)
    model = Transformer(cfg)
    sd = {k: v.detach().float().cpu() for k, v in hf_model.state_dict().items()}
    model.load_state_dict(from_hf_state_dict(sd, cfg), strict=not cfg.tie_embeddings)
    return model.eval()


def load_hf(source: str | Path, revision: str = "", trust_remote_code: bool = False):
    """A transformers causal LM from a local dir or the hub (fp32, CPU), without running repo code by default."""
    from transformers import AutoModelForCausalLM

    kw = {"revision": revision} if revision else {}
    try:
        return AutoModelForCausalLM.from_pretrained(str(source), dtype=torch.float32, trust_remote_code=trust_remote_code, **kw).eval()
    except (OSError, ValueError) as e:
        raise MedlmError(f"{source}: cannot load as a transformers model ({str(e).splitlines()[0]})") from None
