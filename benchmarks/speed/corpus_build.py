"""Corpus build speed: the full default recipe (without the scispacy step) over >= 100 MB of
PubMed-like abstracts and clinical notes; prints MB/s and docs/s per worker, peak RSS and the
time of every step, per worker both in wall time and per CPU-second (on a shared machine wall time
mostly measures the other jobs). Target: >= 2 MB/s of raw text per worker end to end.

    python benchmarks/speed/corpus_build.py                      # build input, run with 1 worker
    python benchmarks/speed/corpus_build.py --workers 4 --mb 200
    python benchmarks/speed/corpus_build.py --steps-only         # time each step alone, in-process
    python benchmarks/speed/corpus_build.py --scispacy           # the abbreviation step measured alone

Input (needs the development data, $MEDLM_SHARED_DATA, default /work/shared/data):
  abstracts  PubMed sentence chunks of the NER corpora (bioner_pubmed), EBM-NLP PICO abstracts, ChemProt
  notes      MTSamples, ACI-Bench notes and dialogues, MTS-Dialog dialogues (kind: clinical -> de-identified)
The unique text is ~33 MB, so it is replicated up to --mb. Replica r > 0 of a document joins
the first half of document i with the second half of document i + r*7919 (mod N) of the same
source, with a new id: texts stay realistic and no replica is an exact or near duplicate of
another, so every step (dedup and decontamination included) processes the full volume.
"""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(os.environ.get("MEDLM_SHARED_DATA", "/work/shared/data"))
C = SHARED / "corpora"


def _jsonl_texts(path: Path) -> list[str]:
    with lzma.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def _csv_texts(path: Path, column: str) -> list[str]:
    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8") as f:
        return [row[column] for row in csv.DictReader(f) if row[column].strip()]


def load_sources() -> dict[str, tuple[str, list[str]]]:
    """name -> (kind, texts)"""
    abstracts = _jsonl_texts(C / "bioner_pubmed/mtl_bioinformatics_2016.jsonl.xz")
    abstracts += _jsonl_texts(C / "pubmed_small/ebmnlp_pico_abstracts.jsonl.xz")
    abstracts += _jsonl_texts(C / "pubmed_small/chemprot_sentences.jsonl.xz")
    notes = _csv_texts(C / "mtsamples/mtsamples.csv", "transcription")
    for name in ("train", "valid", "clinicalnlp_taskB_test1", "clinicalnlp_taskC_test2", "clef_taskC_test3"):
        notes += _csv_texts(C / f"aci_bench/{name}.csv", "note") + _csv_texts(C / f"aci_bench/{name}.csv", "dialogue")
    for path in sorted((C / "mts_dialog").glob("*.csv")):
        notes += _csv_texts(path, "dialogue")
    return {"abstracts": ("literature", abstracts), "notes": ("clinical", notes)}


def _mix(a: str, b: str) -> str:
    return a[: len(a) // 2] + b[len(b) // 2 :]


def write_input(out: Path, target_mb: float, files_per_source: int = 8) -> dict:
    """Replicated JSONL input under `out`; returns what was written."""
    sources = load_sources()
    unique = sum(len(t) for _, texts in sources.values() for t in texts)
    replicas = max(1, -(-int(target_mb * 1e6) // unique))
    written = {}
    for name, (_, texts) in sources.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        handles = [open(folder / f"part-{k:02d}.jsonl", "w", encoding="utf-8") for k in range(files_per_source)]
        n, chars = 0, 0
        for r in range(replicas):
            for i, text in enumerate(texts):
                if r:
                    text = _mix(text, texts[(i + r * 7919) % len(texts)])
                handles[n % files_per_source].write(json.dumps({"id": f"{name}-{r}-{i}", "text": text}) + "\n")
                n += 1
                chars += len(text)
        for h in handles:
            h.close()
        written[name] = {"docs": n, "chars": chars}
    return {"replicas": replicas, "unique_chars": unique, "sources": written}


def write_recipe(folder: Path, bench_dir: Path, with_scispacy: bool = False) -> Path:
    sources = [
        {"name": "abstracts", "format": "jsonl", "kind": "literature", "paths": ["abstracts"]},
        {"name": "notes", "format": "jsonl", "kind": "clinical", "paths": ["notes"]},
    ]
    benchmarks = [
        {"name": "medqa", "path": str(bench_dir / "medqa"), "format": "medqa_4options"},
        {"name": "pubmedqa", "path": str(bench_dir / "pubmedqa"), "format": "pubmedqa"},
        {"name": "medmcqa", "path": str(bench_dir / "medmcqa"), "format": "medmcqa"},
        {"name": "mmlu_medical", "path": str(bench_dir / ("mmlu_medical" if (bench_dir / "mmlu_medical").is_dir() else "mmlu")), "format": "mmlu_medical"},
    ]
    steps = [{"normalize": {}}, {"quality": {}}, {"language": {}}, {"deid": {}}, {"dedup": {}},
             {"decontaminate": {"benchmarks": benchmarks}}]
    if with_scispacy:
        steps.append({"abbreviations": {}})
    import yaml

    recipe = folder / "speed.yaml"
    recipe.write_text(yaml.safe_dump({"name": "speed", "sources": sources, "steps": steps}, sort_keys=False))
    return recipe


def peak_rss_mb() -> tuple[float, float]:
    """(this process, largest child) peak resident set size in MB (Linux reports KB)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def cpu_seconds() -> tuple[float, float]:
    """(this process, finished children) user + system CPU seconds."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def run_build(recipe: Path, out: Path, workers: int) -> dict:
    from medlm.corpus.build import build_corpus
    from medlm.corpus.config import CorpusBuildConfig

    start, (cpu_self, cpu_kids) = time.perf_counter(), cpu_seconds()
    manifest_path = build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=workers, force=True, progress=False))
    wall = time.perf_counter() - start
    end_self, end_kids = cpu_seconds()
    return {"wall": wall, "cpu": (end_self - cpu_self) + (end_kids - cpu_kids), "manifest": json.loads(Path(manifest_path).read_text())}


def steps_only(texts: list[tuple[str, str]], bench_dir: Path, with_scispacy: bool = False) -> None:
    """Each per-document step alone, in this process, on the same documents."""
    from datatrove.data import Document

    from medlm.corpus.config import step_classes

    mb = sum(len(t) for _, t in texts) / 1e6
    print(f"\nsteps alone, one process, {len(texts):,} docs, {mb:.1f} MB:")
    settings = {"decontaminate": {"benchmarks": [
        {"name": "medqa", "path": str(bench_dir / "medqa"), "format": "medqa_4options"},
        {"name": "pubmedqa", "path": str(bench_dir / "pubmedqa"), "format": "pubmedqa"},
        {"name": "medmcqa", "path": str(bench_dir / "medmcqa"), "format": "medmcqa"}]}}
    from medlm.config import from_dict

    for name in ("normalize", "quality", "language", "deid", "decontaminate", *(["abbreviations"] if with_scispacy else [])):
        cfg_cls, step_cls = step_classes(name)
        step = step_cls(from_dict(cfg_cls, settings.get(name, {})), tempfile.mkdtemp())
        docs = [Document(text=t, id=str(i), metadata={"kind": kind, "source": kind}) for i, (kind, t) in enumerate(texts)]
        start, cpu = time.perf_counter(), time.process_time()
        kept = sum(1 for _ in step.run(iter(docs), rank=0, world_size=1))
        dt, dcpu = time.perf_counter() - start, time.process_time() - cpu
        # CPU seconds as well: on a shared machine wall time mostly measures the other jobs
        print(f"  {name:14s} {mb / dt:7.2f} MB/s wall {mb / dcpu:7.2f} MB/CPU-s {len(docs) / dcpu:9,.0f} docs/CPU-s  "
              f"kept {kept:,}/{len(docs):,}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=100.0, help="MB of raw text to build (replicating the sources)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--work", default="", help="scratch directory (default: a temporary one)")
    ap.add_argument("--steps-only", action="store_true", help="time each step in-process on --mb of text instead of a build")
    ap.add_argument("--scispacy", action="store_true", help="also run the abbreviation (scispacy) step")
    args = ap.parse_args()
    bench_dir = SHARED / "benchmarks"
    if not (bench_dir / "medqa").is_dir():
        bench_dir = Path(__file__).resolve().parents[1] / "sample"
    work = Path(args.work or tempfile.mkdtemp(prefix="medlm-corpus-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; work dir {work}")

    if args.steps_only:
        sources = load_sources()
        texts = [(kind, t) for kind, ts in sources.values() for t in ts]
        random.Random(0).shuffle(texts)  # abstracts and notes interleaved
        budget, picked, size = args.mb * 1e6, [], 0
        for kind, t in texts:
            picked.append((kind, t))
            size += len(t)
            if size >= budget:
                break
        steps_only(picked, bench_dir, args.scispacy)
        return

    t0 = time.perf_counter()
    info = write_input(work / "input", args.mb)
    total_chars = sum(s["chars"] for s in info["sources"].values())
    total_docs = sum(s["docs"] for s in info["sources"].values())
    print(f"input: {total_chars / 1e6:.1f} MB in {total_docs:,} docs ({info['unique_chars'] / 1e6:.1f} MB unique, "
          f"{info['replicas']} replicas mixed by halves; written in {time.perf_counter() - t0:.0f} s): "
          + ", ".join(f"{k} {v['chars'] / 1e6:.1f} MB/{v['docs']:,} docs" for k, v in info["sources"].items()))
    recipe = write_recipe(work / "input", bench_dir, with_scispacy=args.scispacy)
    load_before = os.getloadavg()
    result = run_build(recipe, work / "out", args.workers)
    load_after = os.getloadavg()
    m, wall, cpu, w = result["manifest"], result["wall"], result["cpu"], args.workers
    mb, docs = m["chars"]["read"] / 1e6, m["totals"]["in"]
    per_worker, per_cpu = mb / wall / w, mb / cpu  # CPU-seconds add up over workers: MB/CPU-s is per worker
    print(f"\nend to end: {mb:.1f} MB, {docs:,} docs, {w} worker(s): {wall:.0f} s wall, {cpu:.0f} CPU-s (driver + workers, user + sys)")
    print(f"  per worker, wall:        {per_worker:.2f} MB/s   {docs / wall / w:,.0f} docs/s")
    print(f"  per worker, CPU-seconds: {per_cpu:.2f} MB/CPU-s {docs / cpu:,.0f} docs/CPU-s  "
          f"(target >= 2 MB/s per worker: {'met' if per_cpu >= 2 else 'NOT met'} in CPU-seconds, "
          f"{'met' if per_worker >= 2 else 'NOT met'} in wall time)")
    print(f"  load average (1/5/15 min): before {'/'.join(f'{x:.1f}' for x in load_before)}, after "
          f"{'/'.join(f'{x:.1f}' for x in load_after)} on {os.cpu_count()} CPUs: wall time counts other jobs, CPU-seconds do not")
    rss_self, rss_child = peak_rss_mb()
    print(f"peak RSS: driver {rss_self:.0f} MB, largest worker {rss_child:.0f} MB")
    print(f"kept {m['totals']['kept']:,}, dropped {m['totals']['dropped']:,}, errored {m['totals']['errored']:,}")
    near = m.get("near_duplicates") or {}
    if near:
        print(f"near duplicates: {near.get('minhash_candidates', 0):,} LSH candidate pairs, {near.get('minhash_verified', 0):,} "
              f"with estimated Jaccard >= {near['threshold']}, {near.get('removed', 0):,} documents removed")
    timing = m.get("timing", {})
    step_seconds = timing.get("steps_seconds", {})
    total_step = sum(step_seconds.values()) or 1.0
    print("per step (wall seconds summed over workers; dedup includes its shingling/signatures in the process stage):")
    for name, sec in step_seconds.items():
        stats = m["steps"].get(name, {})
        print(f"  {name:14s} {sec:8.1f} s {100 * sec / total_step:5.1f}%  {mb / sec if sec else float('inf'):8.2f} MB/s  "
              f"in {stats.get('in', 0):,} kept {stats.get('kept', 0):,} dropped {sum(stats.get('dropped', {}).values()):,}")
    print("stages (wall): " + ", ".join(f"{k} {v:.1f} s" for k, v in timing.get("stages_seconds", {}).items()))
    json.dump({"mb": mb, "docs": docs, "wall_s": wall, "cpu_s": cpu, "workers": w, "mb_per_s_per_worker": per_worker,
               "mb_per_cpu_s": per_cpu, "docs_per_s_per_worker": docs / wall / w, "docs_per_cpu_s": docs / cpu,
               "load_before": load_before, "load_after": load_after, "peak_rss_mb": {"driver": rss_self, "worker": rss_child},
               "timing": timing, "totals": m["totals"], "near_duplicates": near},
              open(work / "speed.json", "w"), indent=1)
    print(f"figures written to {work / 'speed.json'}")


if __name__ == "__main__":
    sys.exit(main())
