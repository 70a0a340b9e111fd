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
scored from one forward pass of the context; transformers models get several short prompts packed into one
forward row instead of padding (position ids restart per prompt, which transformers turns into a
block-diagonal mask — verified for each model at load).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal

import torch

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
    if kind == "medlm":
        return load_medlm(target, **options)
    return load_hf(target, gguf=(kind == "gguf"), **options)


# ---------------------------------------------------------------- torch backends (medlm runs, transformers, GGUF)


@dataclass
class _Row:
    """One forward-pass row: input tokens and what to score at its last positions."""

    tokens: list[int]
    n_pos: int  # score the last n_pos positions
    # (result slot, target tokens of length n_pos — or 1 for single-token alternatives at the last position)
    targets: list[tuple[int, list[int]]] = field(default_factory=list)


class TorchScoringModel(ScoringModel):
    """Shared batching and scoring for models run in this process.

    Backends give `hidden(ids)` (final hidden states [B, T, D], or logits when `head` is None) and `head`;
    those that can continue from a key/value cache also give `prefill` and accept `hidden(ids, past)`:
    then a prefix shared by every sequence of a call (a k-shot MMLU prompt's description and examples)
    is run once and each batch runs only the rest.
    """

    MIN_SHARED_PREFIX = 64  # tokens; shorter shared prefixes are not worth a cache copy per batch

    def __init__(self, *, name: str, kind: Kind, params: int | None, info: dict, tokenizer: Any,
                 device: torch.device, max_length: int, batch_size: int, add_bos: bool | None = None,
                 hidden: Callable[..., torch.Tensor], head: Callable[[torch.Tensor], torch.Tensor] | None,
                 prefill: Callable[[torch.Tensor], Any] | None = None, rolling_context: float = 0.5,
                 module: torch.nn.Module | None = None, pack: bool = False):
        self.name, self.kind, self.params, self.info = name, kind, params, info
        self.tokenizer, self.device, self.max_length, self.batch_size = tokenizer, device, max_length, batch_size
        self.add_bos, self.hidden, self.head, self.rolling_context = add_bos, hidden, head, rolling_context
        self.prefill = prefill  # [1, P] prefix -> key/value cache that `hidden(ids, past)` continues from
        self.module = module  # the torch model behind `hidden` (for profiling and benchmarks)
        # `hidden(ids, positions=...)` keeps sequences packed into one row apart (position ids restart at 0 for each)
        self.pack = pack
        tok = tokenizer
        # lm-eval: prefix_token_id = BOS if the tokenizer has one, else EOS
        self.prefix_token_id = tok.bos_token_id if tok.bos_token_id is not None else tok.eos_token_id
        if self.prefix_token_id is None:
            raise MedlmError(f"{name}: tokenizer has neither a BOS nor an EOS token to condition the first token on")
        self._bos_text = tok.decode([self.prefix_token_id])
        self.unk_id = tok.unk_token_id
        self.pad_id = tok.pad_token_id if tok.pad_token_id is not None else self.prefix_token_id
        self.info.setdefault("bos", "added by tokenizer" if self.encode("a")[:1] == [self.prefix_token_id] else "none")

    # -- tokenisation exactly as lm-eval's HFLM.tok_encode / _encode_pair
    def encode(self, text: str, add_special_tokens: bool | None = None) -> list[int]:
        kw: dict[str, Any] = {}
        if add_special_tokens is not None:
            kw["add_special_tokens"] = add_special_tokens
        elif self.add_bos is not None:
            kw["add_special_tokens"] = self.add_bos
        if add_special_tokens is None and self._bos_text and text.startswith(self._bos_text):
            kw["add_special_tokens"] = False
        return list(self.tokenizer.encode(text, **kw))

    def encode_pair(self, context: str, continuation: str, cache: dict[str, list[int]]) -> tuple[list[int], list[int]]:
        if context == "":
            ctx, cont = [self.prefix_token_id], self.encode(continuation, add_special_tokens=False)
        else:
            n_spaces = len(context) - len(context.rstrip())
            if n_spaces:
                continuation, context = context[-n_spaces:] + continuation, context[:-n_spaces]
            if context not in cache:
                cache[context] = self.encode(context)
            ctx = cache[context]
            whole = self.encode(context + continuation)
            cont = whole[len(ctx):]
        if not cont:
            raise MedlmError(f"{self.name}: the tokenizer encodes the answer choice {continuation!r} as no tokens; "
                             "this model cannot be scored on this task")
        if self.unk_id is not None and self.unk_id in cont:
            raise MedlmError(f"{self.name}: the tokenizer cannot encode the answer choice {continuation!r} "
                             "(it becomes the unknown token), so its likelihood is meaningless")
        return ctx, cont

    def loglikelihood(self, requests: list[tuple[str, str]]) -> list[tuple[float, bool]]:
        return self._score(self.rows(requests), len(requests))

    def rows(self, requests: list[tuple[str, str]]) -> list[_Row]:
        """The forward-pass rows that score these requests (their token counts are the work without padding)."""
        cache: dict[str, list[int]] = {}
        rows: dict[tuple, _Row] = {}
        for slot, (context, continuation) in enumerate(requests):
            ctx, cont = self.encode_pair(context, continuation, cache)
            full = (ctx + cont)[-(self.max_length + 1):]
            inp = full[:-1]
            n = len(cont) if len(cont) < len(full) else len(full) - 1
            # single-token continuations of one context share a row: one forward pass scores them all
            key = (tuple(inp), n) if n == 1 else (tuple(inp), n, slot)
            row = rows.setdefault(key, _Row(inp, n))
            row.targets.append((slot, cont[-n:]))
        return list(rows.values())

    def loglikelihood_rolling(self, texts: list[str]) -> list[float]:
        """Overlapping windows: each window scores only tokens not scored before, with up to
        `rolling_context` × max_length tokens of preceding text as context (1 window for short texts)."""
        rows, owner = [], []
        ctx_len = max(1, int(self.max_length * self.rolling_context))
        for i, text in enumerate(texts):
            tokens = self.encode(text, add_special_tokens=False)
            for inp, preds in _rolling_windows(tokens, self.prefix_token_id, self.max_length, ctx_len):
                rows.append(_Row(inp, len(preds), [(len(rows), preds)]))
                owner.append(i)
        scores = self._score(rows, len(rows))
        totals = [0.0] * len(texts)
        for i, (ll, _) in zip(owner, scores):
            totals[i] += ll
        return totals

    @torch.inference_mode()
    def _score(self, rows: list[_Row], n_slots: int) -> list[tuple[float, bool]]:
        from medlm.progress import progress

        out: list[tuple[float, bool] | None] = [None] * n_slots
        rows = sorted(rows, key=lambda r: -len(r.tokens))  # longest first: an OOM shows at once, padding stays small
        shared = self._shared_prefix(rows)
        past = self.prefill(torch.tensor([rows[0].tokens[:shared]], device=self.device)) if shared else None
        # several rows share one forward row where the backend can keep them apart: no padding, and full-size
        # matrix products (on a loaded CPU, batch-1 products ran 3-4x slower per token than batch-8 ones)
        lines = _pack(rows, len(rows[0].tokens)) if self.pack and not shared else [[r] for r in rows]
        bar = progress(stage="bench", total=len(rows), unit="seq", disable=len(rows) < 64 or None)
        for start in range(0, len(lines), self.batch_size):
            batch = lines[start:start + self.batch_size]
            width = max(sum(len(r.tokens) for r in line) for line in batch) - shared
            ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
            pos = torch.arange(shared, shared + width).repeat(len(batch), 1)
            b_idx, t_idx = [], []  # the positions whose next token is scored, row by row
            for b, line in enumerate(batch):  # right padding: causal attention never looks at the pads
                at = 0
                for r in line:
                    n = len(r.tokens) - shared
                    ids[b, at:at + n] = torch.tensor(r.tokens[shared:])
                    pos[b, at:] = torch.arange(shared, shared + width - at)  # restart at each row (pads go on from the last)
                    b_idx += [b] * r.n_pos
                    t_idx += range(at + n - r.n_pos, at + n)
                    at += n
            ids = ids.to(self.device)
            if past is not None:
                h = self.hidden(ids, past)
            elif any(len(line) > 1 for line in batch):
                h = self.hidden(ids, positions=pos.to(self.device))
            else:
                h = self.hidden(ids)
            # only the positions whose next token is scored go through the LM head
            picked = h[torch.tensor(b_idx, device=h.device), torch.tensor(t_idx, device=h.device)]
            logprobs = torch.cat([self._logprobs(chunk) for chunk in picked.split(1024)])
            # gather every target token's log-prob and the greedy tokens in one go (one device sync per batch)
            rows_i, toks, owners = [], [], []
            at = 0
            for r in (r for line in batch for r in line):
                for slot, target in r.targets:
                    rows_i += range(at + r.n_pos - len(target), at + r.n_pos)
                    toks += target
                    owners.append((slot, len(target)))
                at += r.n_pos
            rows_t = torch.tensor(rows_i, device=logprobs.device)
            toks_t = torch.tensor(toks, device=logprobs.device)
            values = logprobs[rows_t, toks_t].double().cpu().tolist()
            hits = (logprobs[rows_t].argmax(-1) == toks_t).cpu().tolist()
            k = 0
            for slot, n in owners:
                out[slot] = (float(sum(values[k:k + n])), all(hits[k:k + n]))
                k += n
            bar.update(sum(len(line) for line in batch))
        bar.close()
        return out  # type: ignore[return-value]

    def _shared_prefix(self, rows: list[_Row]) -> int:
        """Tokens every row starts with (scored positions excluded), or 0 if too few to pay off."""
        if self.prefill is None or len(rows) < 2:
            return 0
        ref = rows[0].tokens
        n = min(len(r.tokens) - r.n_pos for r in rows)
        for r in rows[1:]:
            n = next((i for i in range(n) if r.tokens[i] != ref[i]), n)
        return n if n >= self.MIN_SHARED_PREFIX else 0

    def _logprobs(self, h: torch.Tensor) -> torch.Tensor:
        logits = self.head(h) if self.head is not None else h
        return torch.log_softmax(logits.float(), dim=-1)


def _pack(rows: list[_Row], width: int) -> list[list[_Row]]:
    """Rows (longest first) packed first-fit into lines of at most `width` tokens, each line in row order."""
    lines: list[list[_Row]] = []
    room: list[int] = []
    for r in rows:
        i = next((i for i, free in enumerate(room) if free >= len(r.tokens)), len(lines))
        if i == len(lines):
            lines.append([])
            room.append(width)
        lines[i].append(r)
        room[i] -= len(r.tokens)
    return lines


def _rolling_windows(tokens: list[int], prefix: int, max_len: int, ctx_len: int):
    """(input tokens, predicted tokens) windows covering `tokens` once; as lm-eval's get_rolling_token_windows."""
    if not tokens:
        return
    pred_len = max_len - ctx_len + 1
    first = min(max_len, len(tokens))
    yield [prefix] + tokens[:first - 1], tokens[:first]
    done = first
    while done < len(tokens):
        n = min(len(tokens) - done, pred_len)
        end = done + n
        yield tokens[max(0, end - max_len - 1):end - 1], tokens[end - n:end]
        done = end


def pick_device(device: str | None) -> torch.device:
    if device in (None, "", "auto"):
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if str(device).startswith("cuda") and not torch.cuda.is_available():
        raise MedlmError(f"device {device!r} requested but CUDA is not available")
    return torch.device(device)


def pick_dtype(dtype: str | None, device: torch.device) -> torch.dtype:
    """bf16 on GPU, fp32 on CPU unless asked otherwise."""
    if dtype in (None, "", "auto"):
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    table = {"bf16": torch.bfloat16, "bfloat16": torch.bfloat16, "fp16": torch.float16, "float16": torch.float16,
             "fp32": torch.float32, "float32": torch.float32}
    if dtype not in table:
        raise MedlmError(f"dtype {dtype!r}: use auto, bf16, fp16 or fp32")
    return table[dtype]


def _batch_size(value: int | None, device: torch.device) -> int:
    return int(value) if value else (32 if device.type == "cuda" else 8)


def load_medlm(run_dir: str, *, device: str | None = None, dtype: str | None = None, batch_size: int | None = None,
               max_length: int | None = None, add_bos: bool | None = None, name: str | None = None,
               kind: Kind | None = None, **_: Any) -> TorchScoringModel:
    """A medlm run directory (train, grow, merge or export output) with its own tokenizer."""
    from medlm.manifest import manifest_hash, read_manifest
    from medlm.model.io import MODEL_STAGES, load_model, tokenizer_dir_of
    from medlm.model.llama import Transformer

    run = Path(run_dir).expanduser()
    manifest = read_manifest(run, MODEL_STAGES)
    dev = pick_device(device)
    model = load_model(run, device=dev, dtype=pick_dtype(dtype, dev))
    tokenizer = load_run_tokenizer(tokenizer_dir_of(run))
    if isinstance(model, Transformer):
        def hidden(ids: torch.Tensor) -> torch.Tensor:
            T = ids.shape[1]
            x = model.embed(ids)
            for block in model.blocks:
                x = block(x, model.rope_cos[:T], model.rope_sin[:T])
            return model.norm(x)
        head = model.lm_head
    else:  # merged ensemble: only full logits are available
        hidden, head = model, None
    params = sum(p.numel() for p in {id(p): p for p in model.parameters()}.values())
    info = {"spec": f"medlm:{run_dir}", "stage": manifest.get("stage"), "run_manifest_sha256": manifest_hash(run),
            "tokenizer": str(run / "tokenizer"), "device": str(dev), "dtype": str(pick_dtype(dtype, dev)).replace("torch.", ""),
            **_training_facts(run, manifest)}
    return TorchScoringModel(name=name or run.name, kind=kind or "domain", params=params, info=info, tokenizer=tokenizer,
                             device=dev, max_length=int(max_length or model.cfg.max_seq_len), batch_size=_batch_size(batch_size, dev),
                             add_bos=add_bos, hidden=hidden, head=head, module=model)


def load_run_tokenizer(tok_dir: Path):
    """The run's tokenizer as a transformers fast tokenizer (tokenizer.json, with its special tokens)."""
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    if (tok_dir / "tokenizer_config.json").is_file():
        return AutoTokenizer.from_pretrained(str(tok_dir))
    if not (tok_dir / "tokenizer.json").is_file():
        raise MedlmError(f"{tok_dir}: no tokenizer.json (the HF tokenizer file written by `medlm tokenizer train`)")
    tok = PreTrainedTokenizerFast(tokenizer_file=str(tok_dir / "tokenizer.json"))
    vocab = tok.get_vocab()
    for attr, names in (("bos_token", ("<s>", "<bos>")), ("eos_token", ("</s>", "<eos>")),
                        ("unk_token", ("<unk>",)), ("pad_token", ("<pad>",))):
        if getattr(tok, attr) is None:
            found = next((n for n in names if n in vocab), None)
            if found:
                setattr(tok, attr, found)
    return tok


def _training_facts(run: Path, manifest: dict) -> dict:
    """Training tokens/FLOPs and the corpus manifest (for contamination status) as far as the run records them."""
    facts: dict[str, Any] = {}
    lineage = _lineage(run, manifest)
    tokens = [m["tokens"] for m in lineage if isinstance(m.get("tokens"), (int, float))]
    flops = [m["flops"] for m in lineage if isinstance(m.get("flops"), (int, float))]
    if tokens:
        facts["train_tokens"] = int(sum(tokens))
    if flops:
        facts["train_flops"] = float(sum(flops))
    corpus = _find_corpus_manifest(manifest)
    if corpus:
        facts["corpus_manifest"] = corpus
    return facts


def _lineage(run: Path, manifest: dict) -> list[dict]:
    """The manifests of every run behind a model, each once: the run itself, what it was initialised or grown
    from (`init`, a grow's `source`), and a merge's experts — so a grown model counts its small model's
    training too, and specialists sharing a base count that base once."""
    import json

    found: list[dict] = []
    seen: set[Path] = set()
    todo = [(Path(run), manifest)]
    while todo:
        path, m = todo.pop()
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        found.append(m)
        parents = [path / e["dir"] for e in m.get("experts", []) if isinstance(e, dict) and e.get("dir")]
        for key in ("init", "source"):
            ref = m.get(key)
            if isinstance(ref, dict) and ref.get("path"):
                parents.append(Path(ref["path"]))
        for parent in parents:
            try:
                todo.append((parent, json.loads((parent / "manifest.json").read_text(encoding="utf-8"))))
            except (OSError, json.JSONDecodeError):
                continue  # a lineage that is no longer on disk: count what is
    return found


def _find_corpus_manifest(manifest: dict, depth: int = 0) -> str | None:
    """Follow run -> token shards -> corpus manifests to the corpus dir's manifest.json, if recorded."""
    import json

    if depth > 4:
        return None
    for key in ("corpus", "data", "tokens", "train_data"):
        ref = manifest.get(key) or (manifest.get("config") or {}).get(key)
        path = ref.get("path") if isinstance(ref, dict) else ref if isinstance(ref, str) else None
        if not path or not (Path(path) / "manifest.json").is_file():
            continue
        try:
            sub = json.loads((Path(path) / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if sub.get("stage") == "corpus":
            return str(Path(path) / "manifest.json")
        found = _find_corpus_manifest(sub, depth + 1)
        if found:
            return found
    return None


def load_hf(target: str, *, gguf: bool = False, device: str | None = None, dtype: str | None = None,
            batch_size: int | None = None, max_length: int | None = None, add_bos: bool | None = None,
            load_in_4bit: bool = False, load_in_8bit: bool = False, trust_remote_code: bool = False,
            name: str | None = None, kind: Kind | None = None, **_: Any) -> TorchScoringModel:
    """transformers AutoModelForCausalLM from a hub id or local dir, or a GGUF file (dequantised)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dev = pick_device(device)
    torch_dtype = pick_dtype(dtype, dev)
    kw: dict[str, Any] = {"trust_remote_code": trust_remote_code}
    where = target
    if gguf:
        path = Path(target).expanduser()
        if path.is_dir():
            files = sorted(path.glob("*.gguf"))
            if len(files) != 1:
                raise MedlmError(f"{path}: expected exactly one .gguf file in it, found {len(files)}; name the file")
            path = files[0]
        if not path.is_file():
            raise MedlmError(f"{path}: GGUF file not found")
        where, kw["gguf_file"] = str(path.parent), path.name
    if load_in_4bit or load_in_8bit:
        if dev.type != "cuda":
            raise MedlmError("--load-in-4bit/--load-in-8bit need a CUDA GPU (bitsandbytes); run without them on CPU")
        from transformers import BitsAndBytesConfig

        kw["quantization_config"] = BitsAndBytesConfig(load_in_4bit=load_in_4bit, load_in_8bit=load_in_8bit,
                                                       bnb_4bit_compute_dtype=torch.bfloat16)
        kw["device_map"] = {"": dev.index or 0}
    try:
        tokenizer = AutoTokenizer.from_pretrained(where, **kw if gguf else {"trust_remote_code": trust_remote_code})
        model = AutoModelForCausalLM.from_pretrained(where, dtype=torch_dtype, **kw)
    except (OSError, ValueError) as e:
        raise MedlmError(f"{'gguf' if gguf else 'hf'}:{target}: cannot load it with transformers ({str(e).splitlines()[0][:300]})") from None
    if "device_map" not in kw:
        model.to(dev)
    model.eval()
    base = getattr(model, model.base_model_prefix, None)
    head = model.get_output_embeddings()
    softcap = getattr(model.config, "final_logit_softcapping", None)
    if base is not None and head is not None and not softcap:
        net, output = base, "last_hidden_state"
    else:  # architectures with extra output processing: use the full logits
        net, output, head = model, "logits", None

    def hidden(ids: torch.Tensor, past: Any = None, positions: torch.Tensor | None = None) -> torch.Tensor:
        if past is None:  # position ids that restart mark packed sequences: transformers masks them apart
            return getattr(net(input_ids=ids, position_ids=positions, use_cache=False), output)
        cache = copy.deepcopy(past)  # each batch extends its own copy of the shared prefix's cache
        cache.batch_repeat_interleave(ids.shape[0])
        return getattr(net(input_ids=ids, past_key_values=cache, use_cache=True), output)

    def prefill(ids: torch.Tensor) -> Any:
        return net(input_ids=ids, use_cache=True).past_key_values

    params = sum(p.numel() for p in {id(p): p for p in model.parameters()}.values())
    pack = _packing_works(hidden, dev, model.config.vocab_size)
    info = {"spec": f"{'gguf' if gguf else 'hf'}:{target}", "device": str(dev), "dtype": str(torch_dtype).replace("torch.", ""),
            "quantization": "4bit" if load_in_4bit else "8bit" if load_in_8bit else ("gguf (dequantised)" if gguf else None),
            "tokenizer": where}
    length = max_length or _resolve_max_length(model.config, tokenizer)
    display = Path(kw["gguf_file"]).stem if gguf else Path(target).name or target
    return TorchScoringModel(name=name or display, kind=kind or "general", params=params, info=info,
                             tokenizer=tokenizer, device=dev, max_length=int(length), batch_size=_batch_size(batch_size, dev),
                             add_bos=add_bos, hidden=hidden, head=head, prefill=prefill,
                             module=model, pack=pack)


@torch.inference_mode()
def _packing_works(hidden: Callable[..., torch.Tensor], device: torch.device, vocab: int) -> bool:
    """Whether this architecture keeps sequences packed into one row apart when their position ids restart
    (transformers derives a block-diagonal mask from them for most, not all, architectures): the second of two
    packed sequences must come out as it does alone."""
    ids = torch.arange(7, device=device) * 7919 % (vocab - 1) + 1
    try:
        packed = hidden(ids[None], positions=torch.tensor([[0, 1, 2, 0, 1, 2, 3]], device=device))[0, 3:]
    except (TypeError, ValueError, RuntimeError):
        return False
    alone = hidden(ids[None, 3:])[0].float()
    # loose enough for bf16 rounding in differently shaped products; a leak across sequences changes outputs wholesale
    return bool((packed.float() - alone).abs().max() <= 0.05 * alone.abs().max())


def _resolve_max_length(config: Any, tokenizer: Any, default: int = 2048) -> int:
    """As lm-eval's hf backend: the model's position limit, else the tokenizer's, else 2048."""
    for attr in ("n_positions", "max_position_embeddings", "n_ctx"):
        if hasattr(config, attr) and getattr(config, attr):
            return int(getattr(config, attr))
    limit = getattr(tokenizer, "model_max_length", None)
    if limit and limit < 1e9:
        return int(limit)
    return default
