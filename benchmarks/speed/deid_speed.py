"""Speed of the clinical de-identifier and of the scispacy abbreviation/sentence step, on one core.

    python benchmarks/speed/deid_speed.py --corpora ../shared/data/corpora [--mb 2] [--abbrev-mb 0.3]

Text: real clinical notes (MTSamples transcriptions, ACI-Bench notes, MTS-Dialog sections and dialogues),
repeated up to --mb megabytes. Without --corpora the committed test fixtures are used (small, so the figure
is noisier). Prints MB/s (wall clock and per CPU-second of this process) and docs/s for `deidentify` (first pass and
steady state) and for `AbbreviationStep` with each sentence splitter,
plus a CPU-contention gauge (a fixed pure-Python loop, and the load average) so that figures taken on a
shared machine can be read for what they are.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

csv.field_size_limit(1 << 30)


def clinical_texts(corpora: Path | None) -> list[str]:
    if corpora is None:
        path = ROOT / "tests/fixtures/deid/tiny_eval.jsonl"
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = []
    with open(corpora / "mtsamples/mtsamples.csv", encoding="utf-8") as f:
        texts += [r["transcription"] for r in csv.DictReader(f) if r["transcription"]]
    for name in ("train", "valid"):
        with open(corpora / f"aci_bench/{name}.csv", encoding="utf-8") as f:
            texts += [r["note"] for r in csv.DictReader(f)]
    with open(corpora / "mts_dialog/MTS-Dialog-TrainingSet.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            texts += [r["section_text"], r["dialogue"]]
    return [t for t in texts if t.strip()]


def take(texts: list[str], mb: float) -> list[str]:
    out, size, i = [], 0, 0
    while size < mb * 1e6:
        t = texts[i % len(texts)]
        out.append(t)
        size += len(t.encode())
        i += 1
    return out


def cpu_gauge() -> float:
    """Seconds for a fixed pure-Python loop (about 0.1 s on an idle modern core)."""
    t = time.perf_counter()
    x = 0
    for i in range(1_000_000):
        x += i
    return (time.perf_counter() - t) * 3


def bench_deid(texts: list[str], unknown_words: str = "auto") -> dict:
    """Two passes over the same notes: the first fills the per-word caches (a cold worker), the second is the
    steady state of a worker that has seen a few MB (what a corpus build runs at)."""
    from medlm.corpus.deid import DeidConfig, _whitelist, deidentify

    cfg = DeidConfig(unknown_words=unknown_words)
    t_load = time.perf_counter()
    deidentify("warm-up: lists load once, Dr. Smith 01/02/2020", cfg)
    load = time.perf_counter() - t_load
    mb = sum(len(t.encode()) for t in texts) / 1e6
    out = {"step": "deidentify", "unknown_words": unknown_words,
           "philter_whitelist": _whitelist(unknown_words) is not None, "lists_load_s": round(load, 2),
           "mb": round(mb, 2), "docs": len(texts)}
    for label in ("first_pass", "steady"):
        t0, c0 = time.perf_counter(), time.process_time()
        n_phi = sum(len(deidentify(t, cfg).spans) for t in texts)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        out[label] = {"seconds": round(dt, 2), "mb_per_s": round(mb / dt, 2), "mb_per_cpu_s": round(mb / dc, 2),
                      "docs_per_s": round(len(texts) / dt, 1)}
    out["phi_spans"] = n_phi
    return out


def bench_abbrev(texts: list[str], sentences: str) -> dict:
    from datatrove.data import Document

    from medlm.corpus.abbreviations import AbbreviationsConfig, AbbreviationStep

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        step = AbbreviationStep(AbbreviationsConfig(sentences=sentences), tmp)
        t_load = time.perf_counter()
        list(step.run(iter([Document(text="Warm up (WU).", id="w", metadata={})])))
        load = time.perf_counter() - t_load
        docs = [Document(text=t, id=str(i), metadata={}) for i, t in enumerate(texts)]
        mb = sum(len(t.encode()) for t in texts) / 1e6
        t0, c0 = time.perf_counter(), time.process_time()
        list(step.run(iter(docs)))
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
    return {"step": f"abbreviations (sentences={sentences})", "mb": round(mb, 2), "docs": len(texts),
            "seconds": round(dt, 2), "mb_per_s": round(mb / dt, 3), "mb_per_cpu_s": round(mb / dc, 3),
            "docs_per_s": round(len(texts) / dt, 1),
            "pipeline_load_s": round(load, 1)}


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, help="shared/data/corpora (else the committed fixtures)")
    ap.add_argument("--mb", type=float, default=2.0, help="MB of notes for the de-identifier")
    ap.add_argument("--abbrev-mb", type=float, default=0.3, help="MB of notes for the scispacy step (0: skip)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--unknown-words", choices=["auto", "philter", "off"], default="auto",
                    help="the de-identifier's unknown_words setting (Philter's whitelist from philter-ucsf, or off)")
    args = ap.parse_args()
    texts = clinical_texts(args.corpora)
    gauge = cpu_gauge()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"cpu gauge: {gauge:.2f} s for a fixed loop (~0.1 s idle); load average {load:.1f} on {os.cpu_count()} cores")
    results = [bench_deid(take(texts, args.mb), args.unknown_words)]
    if args.abbrev_mb > 0:
        for mode in ("none", "spacy", "pysbd"):
            results.append(bench_abbrev(take(texts, args.abbrev_mb), mode))
    for r in results:
        print(json.dumps(r))
    if args.json:
        args.json.write_text(json.dumps({"cpu_gauge_s": gauge, "loadavg": load, "results": results}, indent=1))


if __name__ == "__main__":
    main()
