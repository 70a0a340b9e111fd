"""Medical bits-per-byte: tokenizer-independent perplexity on held-out medical text.

bpb = total negative log-likelihood in nats / (ln 2 × UTF-8 bytes of the text). Per-token perplexity
rewards a tokenizer that cuts text into fewer, longer pieces; dividing by bytes instead puts a 32k
domain tokenizer and a 256k general one on the same scale. Documents longer than the model's window
are scored in overlapping windows (see `ScoringModel.loglikelihood_rolling`); each document starts
from the model's BOS (or EOS) token.

Text sources:
- a token-shard dir (`medlm corpus tokenize` output): the documents of its corpus that it held out as
  val (same `split_of(id, val_fraction, seed)` as training used) — the fair choice for a medlm model;
- a corpus dir (`medlm corpus build` output, parquet with id/text): its val split by `split_of`;
- a .txt file (documents separated by blank lines), or a .jsonl / .jsonl.xz / .parquet file with a text field.
"""

from __future__ import annotations

import lzma
import math
from pathlib import Path

import numpy as np

from medlm.bench.models import ScoringModel
from medlm.errors import MedlmError


def load_bpb_texts(source: str | Path, *, val_fraction: float = 0.01, seed: int = 0, max_docs: int = 0,
                   max_bytes: int = 0) -> tuple[list[str], dict]:
    """Held-out documents to score and a description of where they came from."""
    from medlm.tokenizer.shards import split_of

    src = Path(source).expanduser()
    if not src.exists():
        raise MedlmError(f"{src}: bits-per-byte text not found (give a corpus dir, token-shard dir, .txt or .jsonl file)")
    described: dict = {"source": str(src)}
    if src.is_dir():
        from medlm.manifest import read_manifest

        from medlm.tokenizer.texts import iter_documents

        manifest = read_manifest(src, ("corpus", "tokens"))
        selection: dict = {}
        if manifest["stage"] == "tokens":
            val_fraction, seed = float(manifest.get("val_fraction", val_fraction)), int(manifest.get("seed", seed))
            selection = manifest.get("selection") or {}  # shards of part of a corpus (--kinds / --sources)
            corpus = (manifest.get("corpus") or {}).get("path")
            if not corpus or not Path(corpus).is_dir():
                raise MedlmError(f"{src}/manifest.json: its corpus {corpus!r} is not reachable; pass the corpus dir instead")
            src = Path(corpus)
        sources, kinds = selection.get("sources") or (), selection.get("kinds") or ()
        texts = [d.text for d in iter_documents(src) if split_of(d.id, val_fraction, seed) == "val"
                 and (not sources or d.source in sources) and (not kinds or d.kind in kinds)]
        described.update(corpus=str(src), split="val", val_fraction=val_fraction, seed=seed)
    else:
        texts = _file_docs(src)
        described["split"] = "file"
    texts = [t for t in texts if t.strip()]
    if max_docs:
        texts = texts[:max_docs]
    if max_bytes:
        kept, total = [], 0
        for t in texts:
            if total >= max_bytes:
                break
            kept.append(t)
            total += len(t.encode("utf-8"))
        texts = kept
    if not texts:
        raise MedlmError(f"{source}: no held-out documents to score (val split empty? raise val_fraction or give a text file)")
    described["documents"] = len(texts)
    return texts, described


def _file_docs(path: Path) -> list[str]:
    name = path.name
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        return [str(t) for t in pq.read_table(path, columns=["text"]).column("text").to_pylist()]
    if ".jsonl" in name or ".json" in name:
        from medlm.tokenizer.texts import iter_jsonl

        return [d.text for d in iter_jsonl(path)]
    opener = lzma.open if name.endswith(".xz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            raw = f.read()
    except (UnicodeDecodeError, lzma.LZMAError) as e:
        raise MedlmError(f"{path}: cannot read it as UTF-8 text ({e})") from None
    return [d for d in raw.split("\n\n")]


def bits_per_byte(model: ScoringModel, texts: list[str], *, n_boot: int = 1000, seed: int = 1234) -> dict:
    """Corpus-level bpb (total nats over total bytes) with a bootstrap CI over documents."""
    from medlm.progress import progress

    nats, nbytes = [], []
    bar = progress(stage="bench", total=len(texts), unit="doc")
    for i in range(0, len(texts), 16):
        chunk = texts[i:i + 16]
        nats += [-ll for ll in model.loglikelihood_rolling(chunk)]
        nbytes += [len(t.encode("utf-8")) for t in chunk]
        bar.update(len(chunk))
    bar.close()
    n, b = np.asarray(nats), np.asarray(nbytes, dtype=np.float64)
    value = float(n.sum() / (math.log(2) * b.sum()))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(n), size=(n_boot, len(n)))
    boots = n[idx].sum(axis=1) / (math.log(2) * b[idx].sum(axis=1))
    return {"value": value, "ci_low": float(np.quantile(boots, 0.025)), "ci_high": float(np.quantile(boots, 0.975)),
            "n": len(texts), "bytes": int(b.sum()), "nats": float(n.sum())}
