"""A Llama-style decoder you can read in one sitting.

RMSNorm, rotary embeddings (the rotate-half convention of transformers' Llama, so export is a weight
copy), SwiGLU MLP, optional grouped-query attention, tied or untied embeddings, attention through
`scaled_dot_product_attention` (Flash on GPU). q/k/v and gate/up are fused into one matmul each.

Parameter names (the contract growth, merge and export rely on):
    embed.weight                      [vocab, d]
    blocks.{i}.attn_norm.weight       [d]
    blocks.{i}.attn.qkv.weight        [d + 2*kv_dim, d]   (q rows, then k, then v)
    blocks.{i}.attn.out.weight        [d, d]
    blocks.{i}.mlp_norm.weight        [d]
    blocks.{i}.mlp.gate_up.weight     [2*d_ff, d]         (gate rows, then up)
    blocks.{i}.mlp.down.weight        [d, d_ff]
    norm.weight                       [d]
    lm_head.weight                    [vocab, d]          (absent from state_dict when tied)
"""

from __future__ import annotations

import math

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.utils.checkpoint

from medlm.model.config import ModelConfig


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # normalise in fp32 like transformers' LlamaRMSNorm, then cast back
        dtype = x.dtype
        x = x.float()
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x.to(dtype)


def rope_tables(head_dim: int, max_seq_len: int, theta: float) -> tuple[torch.Tensor, torch.Tensor]:
    inv_freq = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.float32) / head_dim))
    t = torch.arange(max_seq_len, dtype=torch.float32)
    freqs = torch.outer(t, inv_freq)
    emb = torch.cat([freqs, freqs], dim=-1)
    return emb.cos(), emb.sin()


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    # x: [B, H, T, Q]; cos/sin: [T, Q]
    half = x.shape[-1] // 2
    rotated = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
    return (x * cos + rotated * sin).to(x.dtype)


class Attention(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.n_heads, self.n_kv_heads, self.head_dim = cfg.n_heads, cfg.n_kv_heads, cfg.head_dim
        kv_dim = cfg.n_kv_heads * cfg.head_dim
        self.qkv = nn.Linear(cfg.d_model, cfg.d_model + 2 * kv_dim, bias=False)
        self.out = nn.Linear(cfg.d_model, cfg.d_model, bias=False)

    def forward(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        B, T, D = x.shape
        kv_dim = self.n_kv_heads * self.head_dim
        q, k, v = self.qkv(x).split([D, kv_dim, kv_dim], dim=-1)
        q = q.view(B, T, self.n_heads, self.head_dim).transpose(1, 2)
        k = k.view(B, T, self.n_kv_heads, self.head_dim).transpose(1, 2)
        v = v.view(B, T, self.n_kv_heads, self.head_dim).transpose(1, 2)
        q, k = apply_rope(q, cos, sin), apply_rope(k, cos, sin)
        if self.n_kv_heads != self.n_heads:
            rep = self.n_heads // self.n_kv_heads
            k, v = k.repeat_interleave(rep, dim=1), v.repeat_interleave(rep, dim=1)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return self.out(y.transpose(1, 2).reshape(B, T, D))


class SwiGLU(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.gate_up = nn.Linear(cfg.d_model, 2 * cfg.d_ff, bias=False)
        self.down = nn.Linear(cfg.d_ff, cfg.d_model, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gate, up = self.gate_up(x).chunk(2, dim=-1)
        return self.down(F.silu(gate) * up)


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.attn_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.attn = Attention(cfg)
        self.mlp_norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.mlp = SwiGLU(cfg)

    def forward(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        x = x + self.attn(self.attn_norm(x), cos, sin)
        return x + self.mlp(self.mlp_norm(x))


class ChunkedLinearCrossEntropy(torch.autograd.Function):
    """Mean cross-entropy of (h @ W.T) without ever holding the [tokens, vocab] logits.

    Chunk by chunk, the forward computes the logits, the loss and — since the loss is the graph's
    output — already the gradients w.r.t. h and W (softmax - onehot), then drops the chunk's logits.
    Same matmuls as the plain path (no recompute); peak extra memory is one [chunk, vocab] block.
    """

    @staticmethod
    def forward(ctx, h: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, chunk: int, ignore_index: int):
        device = h.device.type
        # under autocast the matmuls run in the autocast dtype, like the plain LM head; softmax in fp32
        mm_dtype = torch.get_autocast_dtype(device) if torch.is_autocast_enabled(device) else h.dtype
        w = weight.to(mm_dtype)
        valid = targets != ignore_index
        count = valid.sum().clamp(min=1)
        grad_h = torch.empty_like(h)
        grad_w = torch.zeros(weight.shape, device=weight.device, dtype=torch.float32)
        total = torch.zeros((), device=h.device, dtype=torch.float32)
        rows = torch.arange(chunk, device=h.device)
        for start in range(0, h.shape[0], chunk):
            hc = h[start : start + chunk].to(mm_dtype)
            tc, vc = targets[start : start + chunk], valid[start : start + chunk]
            tc = tc.masked_fill(~vc, 0)
            logits = (hc @ w.t()).float()
            lse = torch.logsumexp(logits, dim=-1)
            total += ((lse - logits.gather(1, tc[:, None]).squeeze(1)) * vc).sum()
            grad = torch.exp(logits - lse[:, None])  # softmax, then minus the one-hot target
            grad[rows[: len(tc)], tc] -= 1.0
            grad = (grad * vc[:, None]).to(mm_dtype)
            grad_h[start : start + chunk] = grad @ w
            grad_w += (grad.t() @ hc).float()
        ctx.save_for_backward(grad_h, grad_w, count)
        ctx.weight_dtype = weight.dtype
        return total / count

    @staticmethod
    def backward(ctx, grad_out: torch.Tensor):
        grad_h, grad_w, count = ctx.saved_tensors
        scale = grad_out / count
        return (grad_h * scale).to(grad_h.dtype), (grad_w * scale).to(ctx.weight_dtype), None, None, None


class Transformer(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        if cfg.vocab_size <= 0:
            raise ValueError("ModelConfig.vocab_size must be set (take it from the tokenizer)")
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.norm = RMSNorm(cfg.d_model, cfg.norm_eps)
        self.lm_head = nn.Linear(cfg.d_model, cfg.vocab_size, bias=False)
        if cfg.tie_embeddings:
            self.lm_head.weight = self.embed.weight
        cos, sin = rope_tables(cfg.head_dim, cfg.max_seq_len, cfg.rope_theta)
        self.register_buffer("rope_cos", cos, persistent=False)
        self.register_buffer("rope_sin", sin, persistent=False)
        self.activation_checkpointing = False  # set by the trainer: recompute block activations in backward
        self.loss_chunk = 0  # set by the trainer: tokens per chunk of the fused LM-head + cross-entropy (0: off)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """GPT-2 style init: N(0, std), residual output projections scaled by 1/sqrt(2L)."""
        std = self.cfg.init_std
        for name, p in self.named_parameters():
            if name.endswith("norm.weight"):
                nn.init.ones_(p)
            elif name.endswith(("attn.out.weight", "mlp.down.weight")):
                nn.init.normal_(p, 0.0, std / math.sqrt(2 * self.cfg.n_layers))
            else:
                nn.init.normal_(p, 0.0, std)

    def forward(
        self,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
        ignore_index: int = -100,
    ) -> torch.Tensor:
        """Logits [B, T, V] — or, when `targets` is given, the mean cross-entropy loss."""
        T = idx.shape[1]
        if T > self.cfg.max_seq_len:
            raise ValueError(f"sequence length {T} exceeds max_seq_len={self.cfg.max_seq_len}")
        cos, sin = self.rope_cos[:T], self.rope_sin[:T]
        x = self.embed(idx)
        for block in self.blocks:
            if self.activation_checkpointing and self.training and torch.is_grad_enabled():
                x = torch.utils.checkpoint.checkpoint(block, x, cos, sin, use_reentrant=False)
            else:
                x = block(x, cos, sin)
        x = self.norm(x)
        if targets is not None and self.loss_chunk and torch.is_grad_enabled():
            return ChunkedLinearCrossEntropy.apply(x.flatten(0, 1), self.lm_head.weight, targets.flatten(), self.loss_chunk, ignore_index)
        logits = self.lm_head(x)
        if targets is None:
            return logits
        return F.cross_entropy(logits.float().flatten(0, 1), targets.flatten(), ignore_index=ignore_index)

    def num_params(self, include_embedding: bool = True) -> int:
        """Same convention as ModelConfig.num_params (tied weights counted once)."""
        n = sum(p.numel() for p in self.parameters())
        if include_embedding or self.cfg.tie_embeddings:
            return n
        return n - self.embed.weight.numel()
