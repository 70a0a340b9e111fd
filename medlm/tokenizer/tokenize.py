"""`medlm corpus tokenize`: corpus dir -> token shards (the contract in medlm/tokenizer/shards.py).

Work is split into units, one per parquet row group, processed in parallel and streamed in record
batches (memory: one batch of text plus at most `shard_tokens` tokens per worker). A unit writes
its shards `{split}/UUUUUU-PPP.bin` (+ `.idx`) atomically, then a marker `.progress/unit-UUUUUU.json`;
a re-run skips units with a marker, so an interrupted run resumes where it stopped. The manifest
is written last, after every unit is done, so a crash never leaves a directory that looks finished.
Shard contents depend only on the corpus, the tokenizer and the settings, not on the worker count.
"""

from __future__ import annotations

import itertools
import json
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from medlm.errors import MedlmError
from medlm.manifest import MANIFEST, atomic_write_json, manifest_hash, read_manifest, write_manifest
from medlm.progress import progress, say
from medlm.tokenizer.config import CorpusTokenizeConfig
from medlm.tokenizer.encode import SegmentEncoder
from medlm.tokenizer.shards import DTYPES, dtype_for_vocab, split_of, write_shard
from medlm.tokenizer.texts import kind_of, corpus_files
from medlm.tokenizer.train import copy_tokenizer, read_tokenizer

STAGE = "corpus tokenize"
SPLITS = ("train", "val")
PROGRESS_DIR = ".progress"


@dataclass(frozen=True)
class Unit:
    index: int
    file: str
    row_group: int
    rows: int


@dataclass(frozen=True)
class Job:
    """Everything a worker needs for one unit (picklable)."""

    unit: Unit
    out: str
    model_path: str
    eos_id: int
    dtype: str
    val_fraction: float
    seed: int
    shard_tokens: int
    batch_docs: int
    selection: "Selection"


@dataclass(frozen=True)
class Selection:
    """Which documents to tokenize: only these sources and/or kinds (empty: all)."""

    sources: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @property
    def columns(self) -> list[str]:
        return ["id"] + (["source"] if self.sources else []) + (["metadata"] if self.kinds else [])

    def mask(self, cols: dict) -> list[bool]:
        n = len(cols["id"])
        keep = [True] * n
        if self.sources:
            keep = [k and s in self.sources for k, s in zip(keep, cols["source"])]
        if self.kinds:
            keep = [k and kind_of(m) in self.kinds for k, m in zip(keep, cols["metadata"])]
        return keep


def tokenize_corpus(cfg: CorpusTokenizeConfig) -> Path:
    corpus, out = Path(cfg.corpus), Path(cfg.out)
    read_manifest(corpus, "corpus")  # a corpus dir without a manifest is not finished: refuse it
    tok_manifest, _ = read_tokenizer(cfg.tokenizer)
    tok = tok_manifest["tokenizer"]
    dtype = _dtype(cfg.dtype, tok["vocab_size"], cfg.tokenizer)
    units = list_units(corpus_files(corpus))
    selection = Selection(tuple(cfg.sources), tuple(cfg.kinds))
    settings = {
        "corpus_manifest_sha256": manifest_hash(corpus),
        "tokenizer_sha256": tok_manifest["sha256"],
        "val_fraction": cfg.val_fraction,
        "seed": cfg.seed,
        "shard_tokens": cfg.shard_tokens,
        "dtype": dtype,
        "selection": asdict(selection),
        "units": [[Path(u.file).name, u.row_group, u.rows] for u in units],
    }
    settings = json.loads(json.dumps(settings))  # as stored: tuples become lists, so a re-run compares equal
    if _already_done(out, settings, cfg.overwrite):
        say(STAGE, f"{out} is already finished with these settings; nothing to do (--overwrite to redo)")
        return out
    planned = count_split_docs(units, cfg.val_fraction, cfg.seed, selection)
    if selection.sources or selection.kinds:
        say(STAGE, f"selected {sum(planned.values()):,} documents (sources {list(selection.sources) or 'all'}, "
            f"kinds {list(selection.kinds) or 'all'})")
    _check_splits(planned, cfg.val_fraction, corpus)

    started = time.time()
    model_path = str(Path(cfg.tokenizer) / "tokenizer.model")
    jobs = [Job(u, str(out), model_path, tok["eos_id"], dtype, cfg.val_fraction, cfg.seed, cfg.shard_tokens, cfg.batch_docs,
                selection) for u in units if not _unit_done(out, u.index)]
    if len(jobs) < len(units):
        say(STAGE, f"resuming: {len(units) - len(jobs)} of {len(units)} units already done")
    run_jobs(jobs, cfg.workers, total_docs=sum(u.rows for u in units), done_docs=sum(u.rows for u in units) - sum(j.unit.rows for j in jobs))

    markers = [_read_marker(out, u.index) for u in units]
    splits = {s: {"tokens": 0, "documents": 0, "shards": []} for s in SPLITS}
    for m in markers:
        for s in SPLITS:
            splits[s]["tokens"] += m["splits"][s]["tokens"]
            splits[s]["documents"] += m["splits"][s]["documents"]
            splits[s]["shards"] += m["splits"][s]["shards"]
    empty = sum(m["empty_documents"] for m in markers)
    _check_splits({s: splits[s]["documents"] for s in SPLITS}, cfg.val_fraction, corpus, after_empty=empty)
    copy_tokenizer(cfg.tokenizer, out / "tokenizer")
    text_bytes = sum(m["text_bytes"] for m in markers)
    write_manifest(
        out,
        "tokens",
        cfg,
        dtype=dtype,
        tokenizer={k: tok[k] for k in ("vocab_size", "bos_id", "eos_id", "pad_id", "unk_id")}
        | {"sha256": tok_manifest["sha256"], "path": str(cfg.tokenizer)},
        corpus={"path": str(corpus), "manifest_sha256": settings["corpus_manifest_sha256"]},
        val_fraction=cfg.val_fraction,
        seed=cfg.seed,
        selection=asdict(selection),
        split_rule="medlm.tokenizer.shards.split_of(document id, val_fraction, seed)",
        splits=splits,
        documents_empty=empty,
        text_bytes=text_bytes,
        bytes_per_token=round(text_bytes / max(1, sum(splits[s]["tokens"] for s in SPLITS)), 4),
        seconds=round(time.time() - started, 1),
    )
    say(STAGE, f"wrote {out}: train {splits['train']['tokens']:,} tokens / {splits['train']['documents']:,} docs, "
        f"val {splits['val']['tokens']:,} tokens / {splits['val']['documents']:,} docs")
    return out


# ------------------------------------------------------------------ planning and checks


def _dtype(requested: str, vocab_size: int, tokenizer: str) -> str:
    dtype = dtype_for_vocab(vocab_size) if requested == "auto" else requested
    limit = np.iinfo(DTYPES[dtype]).max + 1
    if vocab_size > limit:
        raise MedlmError(f"{tokenizer}: vocabulary of {vocab_size:,} ids does not fit {dtype} (max {limit:,}); use --dtype uint32 or auto")
    return dtype


def list_units(files: list[Path]) -> list[Unit]:
    import pyarrow.parquet as pq

    units = []
    for f in files:
        try:
            meta = pq.ParquetFile(f).metadata
        except Exception as e:
            raise MedlmError(f"{f}: not a readable parquet file ({e})") from None
        for rg in range(meta.num_row_groups):
            units.append(Unit(len(units), str(f), rg, meta.row_group(rg).num_rows))
    return units


def count_split_docs(units: list[Unit], val_fraction: float, seed: int, selection: Selection) -> dict[str, int]:
    """Selected documents per split, from the id column (and the selection's) only, so bad splits fail
    before any tokenizing."""
    import pyarrow.parquet as pq

    counts = {s: 0 for s in SPLITS}
    for f in sorted({u.file for u in units}):
        for batch in pq.ParquetFile(f).iter_batches(batch_size=65536, columns=selection.columns):
            cols = batch.to_pydict()
            for doc_id, keep in zip(cols["id"], selection.mask(cols)):
                if keep:
                    counts[split_of(str(doc_id), val_fraction, seed)] += 1
    return counts


def _check_splits(counts: dict[str, int], val_fraction: float, corpus: Path, after_empty: int | None = None) -> None:
    why = "" if after_empty is None else f" after skipping {after_empty} empty documents"
    if counts["train"] == 0:
        raise MedlmError(f"{corpus}: the train split is empty{why} (val_fraction={val_fraction}); lower --val-fraction")
    if val_fraction > 0 and counts["val"] == 0:
        raise MedlmError(
            f"{corpus}: the val split is empty{why}: no document of {counts['train']} hashed into it at "
            f"val_fraction={val_fraction}; raise --val-fraction (or set it to 0 to have no val split)"
        )


def _already_done(out: Path, settings: dict, overwrite: bool) -> bool:
    progress_dir = out / PROGRESS_DIR
    settings_path = progress_dir / "settings.json"
    if overwrite and out.exists():
        for name in (*SPLITS, "tokenizer", PROGRESS_DIR):
            shutil.rmtree(out / name, ignore_errors=True)
        (out / MANIFEST).unlink(missing_ok=True)
    previous = json.loads(settings_path.read_text()) if settings_path.is_file() else None
    if previous is None and out.exists() and any(out.iterdir()):
        raise MedlmError(f"{out}: exists and is not a token-shard directory of this command; choose another --out or pass --overwrite")
    if previous is not None and previous != settings:
        changed = sorted(k for k in settings if previous.get(k) != settings[k])
        raise MedlmError(f"{out}: holds output made with other settings ({', '.join(changed)} differ); pass --overwrite to redo it, or choose another --out")
    if previous is not None and (out / MANIFEST).is_file():
        return True
    atomic_write_json(settings_path, settings)
    return False


def _marker_path(out: Path, unit: int) -> Path:
    return out / PROGRESS_DIR / f"unit-{unit:06d}.json"


def _unit_done(out: Path, unit: int) -> bool:
    path = _marker_path(out, unit)
    if not path.is_file():
        return False
    marker = json.loads(path.read_text())
    return all((out / s).is_file() for split in SPLITS for s in marker["splits"][split]["shards"])


def _read_marker(out: Path, unit: int) -> dict:
    return json.loads(_marker_path(out, unit).read_text())


# ------------------------------------------------------------------ the work


_ENCODERS: dict[str, SegmentEncoder] = {}


def _encoder(model_path: str) -> SegmentEncoder:
    key = f"{model_path}:{Path(model_path).stat().st_mtime_ns}"
    if key not in _ENCODERS:  # one per worker process, its word cache reused across units
        _ENCODERS[key] = SegmentEncoder(Path(model_path).read_bytes())
    return _ENCODERS[key]


class _SplitWriter:
    """Accumulates one split's tokens of one unit; cuts a shard at a document boundary."""

    def __init__(self, job: Job, split: str):
        self.job, self.split = job, split
        self.chunks: list[np.ndarray] = []
        self.starts: list[int] = []
        self.size = 0
        self.parts: list[str] = []
        self.tokens = self.documents = 0

    def add(self, docs: list[list[int]]) -> None:
        dtype = DTYPES[self.job.dtype]
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs)) + 1  # + </s>
        ends = np.cumsum(lengths)
        flat = np.full(int(ends[-1]), self.job.eos_id, dtype=dtype)
        body = np.ones(len(flat), dtype=bool)
        body[ends - 1] = False  # every document's last slot keeps </s>
        flat[body] = np.fromiter(itertools.chain.from_iterable(docs), dtype=dtype, count=int(ends[-1]) - len(docs))
        offsets = self.size + ends - lengths
        self.starts.extend(offsets.tolist())
        self.chunks.append(flat)
        self.size += len(flat)
        self.tokens += len(flat)
        self.documents += len(docs)
        if self.size >= self.job.shard_tokens:
            self.flush()

    def flush(self) -> None:
        if not self.size:
            return
        rel = f"{self.split}/{self.job.unit.index:06d}-{len(self.parts):03d}.bin"
        write_shard(Path(self.job.out) / rel, np.concatenate(self.chunks), np.asarray(self.starts, dtype=np.int64))
        self.parts.append(rel)
        self.chunks, self.starts, self.size = [], [], 0


def process_unit(job: Job) -> dict:
    """Tokenize one row group into its shards and write its marker; returns the marker."""
    import pyarrow.parquet as pq

    out, unit = Path(job.out), job.unit
    for split in SPLITS:  # leftovers of an interrupted attempt at this unit
        for stale in (out / split).glob(f"{unit.index:06d}-*"):
            stale.unlink()
    encoder = _encoder(job.model_path)
    writers = {s: _SplitWriter(job, s) for s in SPLITS}
    empty = text_bytes = 0
    pf = pq.ParquetFile(unit.file)
    columns = [*job.selection.columns, "text"]
    for batch in pf.iter_batches(batch_size=job.batch_docs, row_groups=[unit.row_group], columns=columns):
        cols = batch.to_pydict()
        by_split: dict[str, list[str]] = {s: [] for s in SPLITS}
        for doc_id, text, keep in zip(cols["id"], cols["text"], job.selection.mask(cols)):
            if not keep:
                continue
            if not text:
                empty += 1
                continue
            by_split[split_of(str(doc_id), job.val_fraction, job.seed)].append(text)
            text_bytes += len(text.encode("utf-8"))
        for s, docs in by_split.items():
            if docs:
                writers[s].add(encoder.encode(docs))
    for w in writers.values():
        w.flush()
    marker = {
        "unit": asdict(unit),
        "splits": {s: {"tokens": w.tokens, "documents": w.documents, "shards": w.parts} for s, w in writers.items()},
        "empty_documents": empty,
        "text_bytes": text_bytes,
    }
    atomic_write_json(_marker_path(out, unit.index), marker)
    return marker


def run_jobs(jobs: list[Job], workers: int, total_docs: int, done_docs: int) -> None:
    bar = progress(stage=STAGE, total=total_docs, unit="doc", unit_scale=True)
    bar.update(done_docs)
    started, nbytes = time.time(), 0

    def account(marker: dict) -> None:
        nonlocal nbytes
        nbytes += marker["text_bytes"]
        bar.update(marker["unit"]["rows"])
        bar.set_postfix_str(f"{nbytes / 1e6 / max(1e-9, time.time() - started):.1f} MB/s")

    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            account(process_unit(job))
    else:
        import multiprocessing as mp

        with mp.get_context("spawn").Pool(min(workers, len(jobs))) as pool:
            for marker in pool.imap_unordered(process_unit, jobs):
                account(marker)
    bar.close()
