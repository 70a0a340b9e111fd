"""Scoring backends: every model `medlm bench` compares, behind one log-likelihood interface.

    medlm:RUN                 a medlm run directory (native Transformer or merged ensemble; RUN/tokenizer)
    hf:ID_OR_DIR              transformers AutoModelForCausalLM (--load-in-4bit/--load-in-8bit: bitsandbytes, GPU)
    gguf:FILE                 a GGUF file, dequantised by transformers (from_pretrained(dir, gguf_file=...))
    openai:BASE_URL#MODEL     an OpenAI-compatible completions server with logprobs (medlm.bench.openai_backend)

`loglikelihood` has lm-eval's `LM.loglikelihood` semantics, so the same backend serves the native
engine and lm-eval (`lm_eval --model medlm`): tokenisation as lm-eval's `hf` backend does it (trailing
context spaces move to the continuation; the continuation's tokens are the whole string's tokens after
the context's; the tokenizer adds BOS if that is its default, e.g. Gemma yes, SmolLM2 no; an empty
context is replaced by the BOS token, else EOS).

Speed (see docs/bench.md): requests are tokenised once, sorted by length and batched; the LM head is
applied only at the positions whose next token is scored (not to every position, and no full-vocabulary
log-softmax over [batch, time, vocab]); continuations of one context that are all single tokens are
scored from one forward pass of the context.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Iterable, Literal

from medlm.errors import MedlmError

Kind = Literal["domain", "general"]


class ScoringModel:
    """A model that scores text. Subclasses set the attributes and implement the two methods."""

    name: str = "model"
    kind: Kind = "general"
    params: int | None = None
    # training tokens/FLOPs, corpus manifest path/sha256 (contamination status), tokenizer, dtype, device, spec
    info: dict[str, Any]

    def loglikelihood(self, requests: list[tuple[str, str]]) -> list[tuple[float, bool]]:
        """(sum of log p(continuation | context) in nats, whether the continuation is the greedy one) per request."""
        raise NotImplementedError

    def loglikelihood_rolling(self, texts: list[str]) -> list[float]:
        """Total log p(text) in nats (long texts in overlapping windows)."""
        raise NotImplementedError

    def close(self) -> None:
        """Free resources (servers, GPU memory)."""


SPEC_KINDS = ("medlm", "hf", "gguf", "openai")


def parse_spec(spec: str) -> tuple[str, str]:
    kind, sep, target = spec.partition(":")
    if not sep or kind not in SPEC_KINDS or not target:
        raise MedlmError(
            f"model spec {spec!r}: expected one of medlm:RUN_DIR, hf:ID_OR_DIR, gguf:FILE.gguf, openai:BASE_URL#MODEL"
        )
    return kind, target


def load_scoring_model(spec: str, **options: Any) -> ScoringModel:
    """The backend a model spec names. Options: device, dtype, batch_size, max_length, add_bos,
    load_in_4bit, load_in_8bit, trust_remote_code, kind (override domain/general), name."""
    kind, target = parse_spec(spec)
    if kind == "openai":
        from medlm.bench.openai_backend import OpenAIModel

        return OpenAIModel(target, **{k: v for k, v in options.items() if v is not None})
    return load_torch_model(kind, target, **options)


def load_torch_model(kind: str, target: str, **options: Any) -> ScoringModel:
    raise MedlmError("native backends land in the next commit")
