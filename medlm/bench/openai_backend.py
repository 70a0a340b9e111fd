"""`openai:BASE_URL#MODEL`: score with any OpenAI-compatible completions server that returns logprobs.

Works with vLLM (`vllm serve MODEL`), llama.cpp's `llama-server` and llama-cpp-python's server
(`python -m llama_cpp.server --model FILE.gguf --logits_all true`). How a request is scored:

    POST BASE_URL/completions  {"model": MODEL, "prompt": context + continuation,
                                "echo": true, "logprobs": 1, "max_tokens": 1, "temperature": 0}

The server echoes the prompt's tokens with `token_logprobs`, `text_offset` (where each token starts
in the prompt) and `top_logprobs`. The continuation's tokens are those starting at or after
len(context); their log-probs are summed (nats), and the continuation is greedy when each of its
tokens is the top-1 token at its position. This is lm-eval's `loglikelihood` contract; the token
boundary is the server's tokenisation of the whole string, as in lm-eval's `hf` backend. One token
is generated and ignored (it starts after the prompt): `max_tokens: 0` would be the natural request,
but llama-cpp-python reads 0 as "no limit" and generates up to the context size, and some vLLM
versions reject it; `echo_max_tokens=0` is available for servers where 0 works. `loglikelihood_rolling` sums every echoed token that has a log-prob; OpenAI-style servers return
none for the first token of the prompt, so the text's first token is unscored unless the server
echoes a BOS token before it (vLLM with a BOS-adding tokenizer). That is one token per text, a
small bias in bits-per-byte: prefer loglikelihood on long held-out documents. A text longer than
the server's context window is an error, not truncated.

Limitations, measured with llama-cpp-python 0.3.x's server:
- it returns prompt log-probs only when started with `--logits_all true` (this backend says so if not);
- it accepts one prompt per request (a list prompt is HTTP 500): batches fall back to single prompts;
- for a model whose tokenizer adds no BOS (SmolLM2), the echoed log-prob of prompt token i is read
  from the distribution *after* token i — off by one position, so every score is wrong. Give the
  model's BOS token text as `prompt_prefix` (or $MEDLM_OPENAI_PROMPT_PREFIX; SmolLM2: "<|im_start|>"):
  the server then sees BOS first and aligns correctly. Before scoring, a probe on a repeated pattern
  detects the shift and stops with this advice instead of returning wrong scores.
The API key is read from the environment variable named by `api_key_env` (default OPENAI_API_KEY)
and sent as a bearer token; it is never logged, stored in results, or put in an error message.
Transient failures (connection refused/reset, timeouts, HTTP 429/5xx) are retried with exponential
backoff; an unreachable server ends in a MedlmError naming the URL.
"""

from __future__ import annotations

import json
import math
import os
import time
import urllib.error
import urllib.request
from typing import Any

from medlm.bench.models import ScoringModel
from medlm.errors import MedlmError

RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}
PREFIX_ENV = "MEDLM_OPENAI_PROMPT_PREFIX"  # default for prompt_prefix (how `medlm bench` users set it)
# a pattern any language model continues by copying: the alignment probe's prompt
PROBE = " ".join(["one two three four five six"] * 6)


class OpenAIModel(ScoringModel):
    """A served model behind an OpenAI-compatible /v1/completions endpoint."""

    def __init__(
        self,
        target: str,
        model: str | None = None,
        *,
        api_key_env: str = "OPENAI_API_KEY",
        name: str | None = None,
        kind: str = "general",
        params: int | None = None,
        batch_size: int = 8,
        max_retries: int = 4,
        backoff_s: float = 0.5,
        timeout_s: float = 120.0,
        echo_max_tokens: int = 1,
        prompt_prefix: str | None = None,
        check_alignment: bool = True,
        **_ignored: Any,  # torch-only options (device, dtype, ...) that `medlm bench` passes to every backend
    ):
        if model is None:
            target, sep, model = target.partition("#")
            if not sep or not model:
                raise MedlmError(
                    f"openai:{target}: name the served model after '#', e.g. openai:http://127.0.0.1:8000/v1#my-model"
                )
        if not target.startswith(("http://", "https://")):
            raise MedlmError(f"openai:{target}#{model}: BASE_URL must start with http:// or https://")
        self.base_url = target.rstrip("/")
        self.model = model
        self.api_key_env = api_key_env
        self.name = name or f"openai:{self.base_url}#{model}"
        self.kind = kind  # type: ignore[assignment]
        self.params = params
        self.batch_size = max(1, int(batch_size))
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.timeout_s = timeout_s
        self._max_tokens = echo_max_tokens
        self.prompt_prefix = os.environ.get(PREFIX_ENV, "") if prompt_prefix is None else prompt_prefix
        self._alignment_checked = not check_alignment
        self.info = {"spec": f"openai:{self.base_url}#{model}", "backend": "openai-completions", "server_model": model}

    # ------------------------------------------------------------ HTTP

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _post(self, path: str, payload: dict[str, Any], probe: bool = False) -> dict[str, Any]:
        """POST JSON with retries; `probe`: raise _ServerError at once on any HTTP error status."""
        url = f"{self.base_url}/{path.lstrip('/')}"
        body = json.dumps(payload).encode()
        last = ""
        for attempt in range(self.max_retries + 1):
            if attempt:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=body, headers=self._headers(), method="POST")
            try:
                with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                    return json.loads(resp.read().decode("utf-8"))
            except urllib.error.HTTPError as e:
                detail = _error_text(e)
                if e.code in (401, 403):
                    raise MedlmError(
                        f"{url}: the server refused the request (HTTP {e.code}); set the API key in ${self.api_key_env}"
                    ) from None
                if probe or e.code not in RETRY_STATUS:
                    raise _ServerError(e.code, detail) from None
                last = f"HTTP {e.code}: {detail}"
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
                last = str(getattr(e, "reason", e))
            except json.JSONDecodeError as e:
                raise MedlmError(f"{url}: the server's answer is not JSON ({e}); is this an OpenAI-compatible API?") from None
        raise MedlmError(
            f"{url}: server unreachable or failing after {self.max_retries + 1} attempts ({last}); "
            "start the server or check BASE_URL in openai:BASE_URL#MODEL"
        )

    def _echo(self, prompts: list[str]) -> list[dict[str, Any]]:
        """Echoed logprobs for each prompt, in order (batched; falls back to one prompt per request)."""
        if not self._alignment_checked:
            self._alignment_checked = True
            self._check_alignment()
        out: list[dict[str, Any]] = []
        prompts = [self.prompt_prefix + p for p in prompts]
        i = 0
        while i < len(prompts):
            chunk = prompts[i : i + self.batch_size]
            if len(chunk) == 1:
                choices = self._complete(chunk[0])
            else:
                try:
                    choices = self._complete(chunk, probe=True)
                except _ServerError:
                    choices = []
                if len(choices) != len(chunk):  # no list prompts here (llama-cpp-python answers HTTP 500)
                    self.batch_size = 1
                    continue
            out.extend(choices)
            i += len(chunk)
        for c in out:  # offsets relative to the caller's text, whether or not the server echoes the prefix
            lp = c["logprobs"]
            if self.prompt_prefix and "".join(lp.get("tokens") or []).startswith(self.prompt_prefix):
                lp["text_offset"] = [o - len(self.prompt_prefix) for o in lp["text_offset"]]
        return out

    def _check_alignment(self) -> None:
        """Refuse servers whose echoed log-prob for token i comes from the distribution *after* token i.

        On a repeated pattern a model predicts the next token well; if the top-1 token listed at
        position i matches token i+1 far more often than token i, the server's echo is shifted by one
        (llama-cpp-python with a model that adds no BOS). Inconclusive answers (a random model) pass.
        """
        lp = self._echo_unchecked(PROBE)
        tokens, tops = lp.get("tokens") or [], lp.get("top_logprobs") or []
        half = len(tokens) // 2
        aligned = shifted = 0
        for i in range(half, len(tokens) - 1):
            if not tops[i]:
                continue
            best = max(tops[i], key=tops[i].get)
            aligned += best == tokens[i]
            shifted += best == tokens[i + 1]
        n = max(1, len(tokens) - 1 - half)
        if shifted >= 0.6 * n and shifted > 2 * aligned:
            raise MedlmError(
                f"{self.base_url}: the server's echoed prompt log-probs are shifted by one token (each token is "
                "scored by the distribution after it: llama-cpp-python with a model whose tokenizer adds no BOS). "
                f"Set the model's BOS token text as prompt prefix, e.g. {PREFIX_ENV}='<|im_start|>' for SmolLM2 "
                "(lm-eval: model_args prompt_prefix=...)"
            )

    def _echo_unchecked(self, prompt: str) -> dict[str, Any]:
        choice = self._complete(self.prompt_prefix + prompt)[0]
        return choice["logprobs"]

    def _complete(self, prompt: str | list[str], probe: bool = False) -> list[dict[str, Any]]:
        payload = {
            "model": self.model,
            "prompt": prompt,
            "echo": True,
            "logprobs": 1,
            "max_tokens": self._max_tokens,
            "temperature": 0.0,
        }
        try:
            data = self._post("completions", payload, probe=probe)
        except _ServerError as e:
            if probe:
                raise
            raise MedlmError(f"{self.base_url}/completions: HTTP {e.code}: {e.detail}") from None
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices:
            raise MedlmError(f"{self.base_url}/completions: answer has no 'choices'; is this an OpenAI-compatible server?")
        choices = sorted(choices, key=lambda c: c.get("index", 0))
        for c in choices:
            lp = c.get("logprobs") or {}
            if not lp.get("token_logprobs") or not lp.get("text_offset"):
                raise MedlmError(
                    f"{self.base_url}/completions: the server returned no prompt log-probs for echo=true, logprobs=1; "
                    "it must support echo with logprobs (vLLM; llama-cpp-python's server started with "
                    "--logits_all true)"
                )
        return choices

    # ------------------------------------------------------------ scoring

    def loglikelihood(self, requests: list[tuple[str, str]]) -> list[tuple[float, bool]]:
        for ctx, cont in requests:
            if not cont:
                raise MedlmError(f"{self.name}: empty continuation after context {ctx[-40:]!r}")
        choices = self._echo([ctx + cont for ctx, cont in requests])
        return [
            _score_span(c["logprobs"], len(ctx), len(ctx) + len(cont), self.name)
            for (ctx, cont), c in zip(requests, choices)
        ]

    def loglikelihood_rolling(self, texts: list[str]) -> list[float]:
        choices = self._echo(texts)
        out = []
        for text, c in zip(texts, choices):
            lp = c["logprobs"]
            total = sum(v for v, off in zip(lp["token_logprobs"], lp["text_offset"]) if v is not None and off < len(text))
            out.append(float(total))
        return out


class _ServerError(Exception):
    def __init__(self, code: int, detail: str):
        super().__init__(f"HTTP {code}: {detail}")
        self.code = code
        self.detail = detail


def _error_text(e: urllib.error.HTTPError) -> str:
    try:
        raw = e.read().decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the body is only decoration for the message
        return e.reason or ""
    try:
        err = json.loads(raw)
        if isinstance(err, dict):
            err = err.get("error", err)
            if isinstance(err, dict):
                return str(err.get("message") or err)[:500]
        return str(err)[:500]
    except json.JSONDecodeError:
        return raw[:500]


def _score_span(lp: dict[str, Any], start: int, end: int, name: str) -> tuple[float, bool]:
    """Sum of log-probs of the echoed tokens that start in [start, end); greedy if each is the top-1."""
    total, greedy, n = 0.0, True, 0
    tops = lp.get("top_logprobs") or []
    for i, (value, off) in enumerate(zip(lp["token_logprobs"], lp["text_offset"])):
        if off < start or off >= end:
            continue
        if value is None:
            raise MedlmError(f"{name}: the server gave no log-prob for the continuation's first token (empty context?)")
        total += value
        n += 1
        top = tops[i] if i < len(tops) else None
        if top:
            best = max(top.values())
            if value < best - 1e-4:  # another token was more likely here
                greedy = False
    if n == 0:
        raise MedlmError(f"{name}: no echoed token starts inside the continuation; the server's text offsets look wrong")
    if not math.isfinite(total):
        raise MedlmError(f"{name}: the server returned a non-finite log-prob")
    return total, greedy
