"""Training FLOPs actually spent per token, given which parameters train.

With everything trainable this is the nanoGPT/PaLM count, 6N + 12·L·H·Q·T (N without the input
embedding), so MFU compares with the peer's. Frozen parameters skip their weight-gradient matmuls
(2 FLOPs/param/token), and blocks below the lowest trainable one are not back-propagated at all
(forward only) — what layer-wise training with frozen lower layers really costs. The equal-FLOP
growth experiment relies on this being honest.
"""

from __future__ import annotations

from medlm.model.llama import Transformer


def training_flops_per_token(model: Transformer, seq_len: int) -> float:
    cfg = model.cfg
    attn_fwd = 4 * cfg.n_heads * cfg.head_dim * seq_len  # QK^T and AV, per token per layer
    head_params = cfg.vocab_size * cfg.d_model + cfg.d_model  # LM head + final norm
    head_trains = model.lm_head.weight.requires_grad
    embed_trains = model.embed.weight.requires_grad
    blocks = []
    for block in model.blocks:
        params = list(block.parameters())
        blocks.append((sum(p.numel() for p in params), sum(p.numel() for p in params if p.requires_grad)))
    lowest = 0 if embed_trains else next((i for i, (_, t) in enumerate(blocks) if t), len(blocks))
    flops = 2 * head_params  # head forward
    any_backward = lowest < len(blocks) or head_trains
    if any_backward and lowest < len(blocks):
        flops += 2 * head_params  # gradient w.r.t. the head's input
    if head_trains:
        flops += 2 * head_params
    for i, (n, n_trainable) in enumerate(blocks):
        flops += 2 * n + attn_fwd
        if i >= lowest:
            flops += 2 * n + 2 * attn_fwd + 2 * n_trainable
    return float(flops)
