"""Tokenization speed: text MB/s per worker of `medlm corpus tokenize` (target: >= 5 MB/s per worker).

    python benchmarks/speed/tokenize_speed.py --corpus data/corpora/shared-pipeline --tokenizer data/tokenizers/medlm-32k-clean \\
        [--mb 40] [--workers 1,2]

Prints, on the first --mb MB of the corpus's text:
  - SentencePiece `encode` of whole documents, one thread (the library baseline);
  - medlm's SegmentEncoder (exact word cache), one thread, cold and warm cache;
  - the Hugging Face tokenizer.json (Rust), one thread;
  - end-to-end `medlm corpus tokenize` (parquet read, split, encode, shard write) per worker count.
Each figure is given per wall second and per CPU second of this process (children included for the
end-to-end run): on a shared machine wall time is inflated by other jobs, CPU time is the steadier measure.
Without --corpus, a corpus of the test fixtures repeated to --mb MB is used (tests/fixtures/tokenizer).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("OMP_NUM_THREADS", "1")


def cpu_seconds(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def timed(fn):
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = fn()
    return result, time.perf_counter() - wall, cpu_seconds() - cpu


def fixture_corpus(out: Path, mb: float) -> Path:
    from medlm.tokenizer.texts import write_corpus

    base = [json.loads(line) for line in (ROOT / "tests/fixtures/tokenizer/medical_texts.jsonl").read_text().splitlines()]
    records, size, i = [], 0, 0
    while size < mb * 1e6:
        d = base[i % len(base)]
        records.append({"id": f"{d['id']}#{i}", "source": d["source"], "text": d["text"], "metadata": {"kind": d["kind"]}})
        size += len(d["text"].encode())
        i += 1
    return write_corpus(out, records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="corpus dir (default: fixture corpus of --mb MB)")
    ap.add_argument("--tokenizer", default=str(ROOT / "tokenizer" / "sample"), help="medlm tokenizer dir")
    ap.add_argument("--mb", type=float, default=20, help="MB of text to use")
    ap.add_argument("--workers", default="1", help="worker counts for the end-to-end run, e.g. 1,2")
    args = ap.parse_args()

    import sentencepiece as spm
    from tokenizers import Tokenizer

    from medlm.config import load_config
    from medlm.tokenizer.config import CorpusTokenizeConfig
    from medlm.tokenizer.encode import SegmentEncoder
    from medlm.tokenizer.texts import iter_documents, write_corpus
    from medlm.tokenizer.tokenize import tokenize_corpus

    tmp = Path(tempfile.mkdtemp(prefix="medlm-tokspeed-"))
    corpus = Path(args.corpus) if args.corpus else fixture_corpus(tmp / "fixture-corpus", args.mb)
    docs, size = [], 0
    for d in iter_documents(corpus):
        if size >= args.mb * 1e6:
            break
        docs.append({"id": d.id, "source": d.source, "text": d.text})
        size += len(d.text.encode())
    texts = [d["text"] for d in docs]
    mb = size / 1e6
    model = (Path(args.tokenizer) / "tokenizer.model").read_bytes()
    print(f"text: {mb:.1f} MB, {len(texts):,} documents from {corpus}; tokenizer {args.tokenizer}")

    def report(name, wall, cpu):
        print(f"  {name:44s} {mb / wall:6.2f} MB/s wall   {mb / max(cpu, 1e-9):6.2f} MB/s per CPU-second")

    sp = spm.SentencePieceProcessor(model_proto=model)
    _, wall, cpu = timed(lambda: sp.encode(texts, num_threads=1))
    report("sentencepiece encode (whole docs, 1 thread)", wall, cpu)
    enc = SegmentEncoder(model)
    _, wall, cpu = timed(lambda: enc.encode(texts))
    report(f"SegmentEncoder cold cache (exact={enc.exact})", wall, cpu)
    _, wall, cpu = timed(lambda: enc.encode(texts))
    report("SegmentEncoder warm cache", wall, cpu)
    hf = Tokenizer.from_file(str(Path(args.tokenizer) / "tokenizer.json"))
    _, wall, cpu = timed(lambda: hf.encode_batch(texts, add_special_tokens=False))
    report("HF tokenizers (Rust, 1 thread)", wall, cpu)

    # end to end on exactly this text: a corpus dir of it, then `corpus tokenize`
    sub = write_corpus(tmp / "bench-corpus", docs, rows_per_file=max(1, len(docs) // 8), row_group_rows=max(1, len(docs) // 16))
    for n in [int(x) for x in args.workers.split(",")]:
        cfg = load_config(CorpusTokenizeConfig, corpus=str(sub), tokenizer=args.tokenizer, out=str(tmp / f"tokens-{n}"), workers=n)
        wall0, cpu0, child0 = time.perf_counter(), cpu_seconds(), cpu_seconds(children=True)
        tokenize_corpus(cfg)
        wall = time.perf_counter() - wall0
        cpu = cpu_seconds() - cpu0 + cpu_seconds(children=True) - child0
        manifest = json.loads((tmp / f"tokens-{n}" / "manifest.json").read_text())
        tokens = sum(s["tokens"] for s in manifest["splits"].values())
        print(f"  corpus tokenize, {n} worker(s): {mb / wall:6.2f} MB/s wall ({mb / wall / n:.2f} per worker), "
              f"{mb / max(cpu, 1e-9):6.2f} MB/s per CPU-second; {tokens:,} tokens, {manifest['bytes_per_token']} bytes/token")
    print(f"  load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; scratch: {tmp}")


if __name__ == "__main__":
    main()
