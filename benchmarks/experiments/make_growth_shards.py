"""Token shards for the growth experiments (benchmarks/experiments/growth-cpu.yaml, growth-d512.yaml).

Builds, from the shared development corpora (../shared/data/corpora; not shipped with medlm):

    OUT/tokenizer/tokenizer.model    SentencePiece BPE (--vocab-size pieces), byte fallback, trained on both halves
    OUT/clinical/                    token shards (stage "tokens") of the clinical half
    OUT/literature/                  token shards of the biomedical-literature half
    OUT/all/                         both halves interleaved document by document

clinical   = mtsamples transcriptions + MTS-Dialog (note section + dialogue) + ACI-Bench (dialogue + note)
literature = PubMed/PMC text (--literature): by default pubmed_small (EBM-NLP PICO abstracts, CRAFT
             full texts, ChemProt sentences) and bioner_pubmed chunks; add plos for PLOS full texts

Each half is capped at --mb-per-half MB of text, taken one document per source in turn. Val split: 5% of documents,
chosen by medlm.tokenizer.shards.split_of (seeded hash of the document id). This is a stand-in for
`medlm corpus build` + `medlm tokenizer train` + `medlm corpus tokenize` (no cleaning, no dedup,
no decontamination) made so the experiments control their vocabulary size (2,048 suits a CPU).

    .venv/bin/python benchmarks/experiments/make_growth_shards.py --corpora ../shared/data/corpora --out data/growth-cpu
    .venv/bin/python benchmarks/experiments/make_growth_shards.py --corpora ../shared/data/corpora --out data/growth-d512 \
        --vocab-size 16384 --mb-per-half 40 --literature pubmed_small,bioner_pubmed,plos
"""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import sys
from pathlib import Path

import numpy as np

from medlm.manifest import sha256_file, write_manifest
from medlm.tokenizer.shards import dtype_for_vocab, split_of, write_shard

csv.field_size_limit(sys.maxsize)


def round_robin(*sources):
    """One document from each source in turn, so a size cap keeps every source represented."""
    iters = [iter(s) for s in sources]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)


def _csv_rows(path: Path):
    with open(path, newline="", encoding="utf-8") as f:
        yield from enumerate(csv.DictReader(f))


def clinical_docs(root: Path):
    mtsamples = ((f"mtsamples:{i}", r["transcription"]) for i, r in _csv_rows(root / "mtsamples/mtsamples.csv"))
    dialog = ((f"mts_dialog:{p.stem}:{i}", f"{r['section_text']}\n\n{r['dialogue']}")
              for p in sorted((root / "mts_dialog").glob("*.csv")) for i, r in _csv_rows(p))
    aci = ((f"aci_bench:{p.stem}:{i}", f"{r['dialogue']}\n\n{r['note']}")
           for p in sorted((root / "aci_bench").glob("*.csv")) if not p.stem.endswith("_metadata") for i, r in _csv_rows(p))
    return round_robin(mtsamples, dialog, aci)


def _jsonl_xz(path: Path):
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            yield rec["id"], rec["text"]


def literature_docs(root: Path, sources: list[str]):
    paths = [p for d in sources for p in sorted((root / d).glob("*.jsonl.xz"))]
    return round_robin(*(_jsonl_xz(p) for p in paths))


def capped(docs, max_bytes: int):
    total = 0
    for doc_id, text in docs:
        text = text.strip()
        if not text:
            continue
        total += len(text.encode("utf-8"))
        if total > max_bytes:
            return
        yield doc_id, text


def train_tokenizer(texts: list[str], out_dir: Path, vocab_size: int) -> Path:
    import sentencepiece as spm

    out_dir.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts), model_prefix=str(out_dir / "tokenizer"), vocab_size=vocab_size,
        model_type="bpe", byte_fallback=True, character_coverage=0.9995, input_sentence_size=200000,
        shuffle_input_sentence=True, max_sentence_length=20000, unk_id=0, bos_id=1, eos_id=2, pad_id=3,
        num_threads=1, minloglevel=2,
    )
    return out_dir / "tokenizer.model"


def write_tokens(docs: list[tuple[str, str]], sp, tokenizer_dir: Path, out: Path, name: str, val_fraction: float) -> None:
    import shutil

    dtype = dtype_for_vocab(sp.get_piece_size())
    splits = {}
    for split in ("train", "val"):
        chosen = [(d, t) for d, t in docs if split_of(d, val_fraction) == split]
        ids = sp.encode([t for _, t in chosen])
        starts, flat = [], []
        pos = 0
        for seq in ids:
            starts.append(pos)
            flat.extend(seq + [sp.eos_id()])
            pos += len(seq) + 1
        write_shard(out / split / "000000.bin", np.array(flat, dtype=dtype), np.array(starts))
        splits[split] = {"tokens": len(flat), "documents": len(chosen), "shards": [f"{split}/000000.bin"]}
    shutil.copytree(tokenizer_dir, out / "tokenizer", dirs_exist_ok=True)
    tok = {"sha256": sha256_file(tokenizer_dir / "tokenizer.model"), "vocab_size": sp.get_piece_size(),
           "bos_id": sp.bos_id(), "eos_id": sp.eos_id(), "pad_id": sp.pad_id(), "unk_id": sp.unk_id()}
    write_manifest(out, "tokens", None, dtype=dtype, tokenizer=tok, val_fraction=val_fraction, seed=0,
                   corpus={"path": name, "manifest_sha256": None}, splits=splits)
    print(f"{out}: train {splits['train']['tokens']:,} tokens / val {splits['val']['tokens']:,} tokens", file=sys.stderr)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default="../shared/data/corpora")
    ap.add_argument("--out", default="data/growth-cpu")
    ap.add_argument("--mb-per-half", type=float, default=4.0)
    ap.add_argument("--vocab-size", type=int, default=2048)
    ap.add_argument("--val-fraction", type=float, default=0.05)
    ap.add_argument("--literature", default="pubmed_small,bioner_pubmed", help="corpora/ subdirs of the literature half")
    args = ap.parse_args(argv)
    import sentencepiece as spm

    root, out = Path(args.corpora), Path(args.out)
    cap = int(args.mb_per_half * 1e6)
    clinical = list(capped(clinical_docs(root), cap))
    literature = list(capped(literature_docs(root, args.literature.split(",")), cap))
    print(f"clinical {len(clinical)} docs, literature {len(literature)} docs", file=sys.stderr)
    model = train_tokenizer([t for _, t in clinical + literature], out / "tokenizer", args.vocab_size)
    sp = spm.SentencePieceProcessor(model_file=str(model))
    both = [d for pair in zip(clinical, literature) for d in pair] + clinical[len(literature):] + literature[len(clinical):]
    for name, docs in (("clinical", clinical), ("literature", literature), ("all", both)):
        write_tokens(docs, sp, out / "tokenizer", out / name, f"growth-cpu:{name}", args.val_fraction)


if __name__ == "__main__":
    main()
