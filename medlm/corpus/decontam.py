"""Benchmark decontamination: drop documents that contain benchmark test material.

Each benchmark item (MedQA question + options, MedMCQA question + options, MMLU question +
options, PubMedQA question + abstract contexts) becomes a set of word n-grams (default 13, as in
GPT-3 and the Llama reports) over normalised word tokens (lower-cased, punctuation removed),
taken from three segments: the question, the context, and the question followed by its options.
A document sharing at least `min_hits` n-grams with an item is dropped ('benchmark_<name>') and
each (benchmark, item, document) hit is written to work_dir/decontaminate/<rank:05d>.jsonl as
{benchmark, item_id, doc_id, ngram, count}.

Segments shorter than n words (most MMLU and MedMCQA questions) match as a whole when they have
>= `min_item_words` words; items with no matchable segment are counted as skipped. N-grams that occur in
more than `max_item_frequency` items are template phrases ("which of the following is the most
appropriate next step in management") and are ignored, or every USMLE-style text would match.

Matching is vectorised: token hashes -> rolling 64-bit n-gram hashes -> np.searchsorted
against the sorted benchmark index; candidate hits are verified token by token.
Benchmark files are read with medlm.bench.data.load_items (the same reader `medlm bench` uses).
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.filters.base_filter import BaseFilter

from medlm.config import opt, to_dict
from medlm.corpus.readers import expand_path
from medlm.errors import MedlmError

_TOKEN = re.compile(r"[^\W_]+")
_MULT = np.uint64(0x9E3779B97F4A7C15)


@dataclass
class BenchmarkFile:
    name: str = opt(help="benchmark name used in reasons and hit records (e.g. medqa)")
    path: str = opt(help="file or folder (relative to the recipe's directory; ${VAR:-default} expands)")
    format: str = opt(
        help="a medlm bench task (medqa_4options, medqa_5options, pubmedqa, medmcqa, mmlu_medical or mmlu_<subject>), "
        "or 'lines' (one item per line of a text file)"
    )
    split: str = opt("all", help="split to decontaminate against, or 'all' splits present")


@dataclass
class DecontamConfig:
    benchmarks: list[BenchmarkFile] = opt([], help="benchmark files: [{name, path, format, split}]")
    ngram: int = opt(13, help="n-gram length in normalised words")
    min_item_words: int = opt(8, help="items shorter than `ngram` words but at least this long match as a whole")
    min_hits: int = opt(1, help="n-gram hits needed to drop a document")
    max_item_frequency: int = opt(10, help="ignore n-grams shared by more than this many items (template phrases)")
    base_dir: str = opt("", help="directory relative benchmark paths start from (the build sets it to the recipe's)")

    def __post_init__(self):
        if self.ngram < 3:
            raise ValueError("decontaminate.ngram must be at least 3")
        if self.min_item_words > self.ngram:
            self.min_item_words = self.ngram


def tokens(text: str) -> list[str]:
    """Normalised word tokens: lower-cased runs of letters/digits."""
    return _TOKEN.findall(text.lower())


def _hashes(toks: list[str]) -> np.ndarray:
    return np.fromiter(map(hash, toks), dtype=np.int64, count=len(toks)).view(np.uint64)


def _ngram_hashes(h: np.ndarray, n: int) -> np.ndarray:
    out = h[: len(h) - n + 1].copy()
    # uint64 array arithmetic wraps around silently: overflow is the modulus
    for j in range(1, n):
        out = out * _MULT + h[j : len(h) - n + 1 + j]
    return out


# ---------------------------------------------------------------- benchmark items


def benchmark_tasks(cfg: DecontamConfig) -> list[str]:
    """The `medlm bench` task names a config decontaminates against (mmlu_medical -> its six subjects)."""
    from medlm.bench.data import MMLU_MEDICAL

    tasks: set[str] = set()
    for b in cfg.benchmarks:
        if b.format == "mmlu_medical":
            tasks.update(f"mmlu_{s}" for s in MMLU_MEDICAL)
        elif b.format != "lines":
            tasks.add(b.format)
    return sorted(tasks)


@dataclass
class BenchItem:
    """One benchmark item as token segments: question, context, question + options (each matched on its own,
    so a short question still matches whole when it is copied without its options)."""

    benchmark: str
    id: str
    segments: list[list[str]]


def load_benchmark(b: BenchmarkFile, base_dir: str | Path = "") -> list[BenchItem]:
    """Items of one configured benchmark file as normalised tokens."""
    from medlm.bench import data as bench_data

    path = Path(expand_path(b.path))
    if not path.is_absolute():
        path = Path(base_dir or ".") / path
    if not path.exists():
        raise MedlmError(f"decontaminate: benchmark '{b.name}' file {path} not found; fix its path in the recipe")
    if b.format == "lines":
        lines = path.read_text(encoding="utf-8").splitlines()
        return [BenchItem(b.name, f"line{i + 1}", [tokens(t)]) for i, t in enumerate(lines) if t.strip()]
    tasks = [f"mmlu_{s}" for s in bench_data.MMLU_MEDICAL] if b.format == "mmlu_medical" else [b.format]
    items: list[BenchItem] = []
    for task in tasks:
        family, _ = bench_data.family_of(task)
        splits = bench_data.FAMILIES[family][1] if b.split == "all" else [b.split]
        found = False
        for split in splits:
            try:
                loaded = bench_data.load_items(task, path, split)
            except MedlmError:
                if b.split != "all":
                    raise
                continue  # this split is not in the folder
            found = True
            prefix = f"{task}:" if len(tasks) > 1 else ""
            items.extend(BenchItem(b.name, f"{prefix}{split}:{it.id}", _segments(it)) for it in loaded)
        if not found and b.format != "mmlu_medical":
            raise MedlmError(f"decontaminate: no {task} data found in {path} (splits {', '.join(splits)})")
    if not items:
        raise MedlmError(f"decontaminate: benchmark '{b.name}' ({b.format}) has no items in {path}")
    return items


def _segments(item) -> list[list[str]]:
    question = tokens(item.question)
    segments = [question, tokens(item.context), question + tokens(" ".join(item.options))]
    return [seg for seg in segments if seg]


@dataclass
class NgramIndex:
    """Sorted n-gram hashes of all items and, per hash, the (item, segment, token offset) where it occurs."""

    n: int
    hashes: np.ndarray  # sorted unique uint64
    owners: list[list[tuple[int, int, int]]]  # parallel to hashes
    items: list[BenchItem]
    prefix: int = 0  # > 0: segments shorter than n are indexed by the hash of their first `prefix` words
    skipped_items: int = 0
    template_ngrams: int = 0
    # one bit per low-bits bucket of the hashes: a gather from it rules out ~97% of a document's
    # n-grams before the (cache-unfriendly) binary search
    bloom: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))


_BLOOM_BITS = 23
_BLOOM_MASK = np.uint64((1 << _BLOOM_BITS) - 1)


def build_index(items: list[BenchItem], n: int, min_item_words: int, max_item_frequency: int) -> NgramIndex:
    table: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    has_short = False
    skipped = 0
    for idx, item in enumerate(items):
        seen: set[int] = set()  # each n-gram once per item
        matchable = False
        for seg_idx, toks in enumerate(item.segments):
            if len(toks) >= n:
                grams = _ngram_hashes(_hashes(toks), n).tolist()
                offsets = range(len(grams))
            elif len(toks) >= min_item_words:
                # one pass over a document at `min_item_words` finds every short segment's start
                grams, offsets = [int(_ngram_hashes(_hashes(toks[:min_item_words]), min_item_words)[0])], [0]
                has_short = True
            else:
                continue
            matchable = True
            for off, g in zip(offsets, grams):
                if g not in seen:
                    seen.add(g)
                    table[g].append((idx, seg_idx, off))
        skipped += not matchable
    templates = 0
    keys, owners = [], []
    for g, occ in table.items():
        if len({i for i, _, _ in occ}) > max_item_frequency:
            templates += 1
            continue
        keys.append(g)
        owners.append(occ)
    order = np.argsort(np.array(keys, dtype=np.uint64), kind="stable") if keys else np.array([], dtype=np.int64)
    hashes = np.array(keys, dtype=np.uint64)[order]
    bloom = np.zeros(1 << _BLOOM_BITS, dtype=bool)
    bloom[(hashes & _BLOOM_MASK).astype(np.int64)] = True
    prefix = min_item_words if has_short and min_item_words < n else 0
    return NgramIndex(n, hashes, [owners[i] for i in order.tolist()], items, prefix, skipped, templates, bloom)


def find_hits(index: NgramIndex, text: str) -> dict[int, tuple[int, str]]:
    """item index -> (verified n-gram hits, first matching n-gram text) for one document."""
    toks = tokens(text)
    if not toks or len(index.hashes) == 0:
        return {}
    h = _hashes(toks)
    hits: dict[int, tuple[int, str]] = {}
    lengths = sorted({index.n, index.prefix} - {0})
    grams, at = h, 1
    for n in lengths:
        if len(toks) < n:
            break
        # uint64 array arithmetic wraps around silently: overflow is the modulus
        while at < n:  # extend the (n-1)-gram hashes by one word: same polynomial as _ngram_hashes
            grams = grams[:-1] * _MULT + h[at:]
            at += 1
        candidates = np.flatnonzero(index.bloom[(grams & _BLOOM_MASK).astype(np.int64)])
        if candidates.size == 0:
            continue
        pos = np.searchsorted(index.hashes, grams[candidates])
        pos[pos == len(index.hashes)] = 0
        found = index.hashes[pos] == grams[candidates]
        for doc_off, p in zip(candidates[found].tolist(), pos[found].tolist()):
            for item_idx, seg_idx, item_off in index.owners[p]:
                item_toks = index.items[item_idx].segments[seg_idx]
                if n == index.n:  # an n-gram of a long segment
                    size = n if len(item_toks) >= n else 0
                else:  # the first words of a short segment: the whole segment must follow
                    size = len(item_toks) if len(item_toks) < index.n else 0
                window = toks[doc_off : doc_off + size]
                if not size or item_toks[item_off : item_off + size] != window:
                    continue  # hash collision or the wrong kind of key
                count, first = hits.get(item_idx, (0, " ".join(window)))
                hits[item_idx] = (count + 1, first)
    return hits


# One index per process and config: tasks that run one after another in a worker (or in children
# forked after the parent built it) reuse it instead of re-reading every benchmark file.
_INDEX_CACHE: dict[str, NgramIndex] = {}


def _cached_index(cfg: DecontamConfig) -> NgramIndex:
    key = json.dumps(to_dict(cfg), sort_keys=True)
    if key not in _INDEX_CACHE:
        items = [it for b in cfg.benchmarks for it in load_benchmark(b, cfg.base_dir)]
        _INDEX_CACHE[key] = build_index(items, cfg.ngram, cfg.min_item_words, cfg.max_item_frequency)
    return _INDEX_CACHE[key]


# ---------------------------------------------------------------- the step


class Decontaminate(BaseFilter):
    """datatrove filter: drops documents with benchmark n-grams and records every hit per rank."""

    name = "decontaminate"

    def __init__(self, cfg: DecontamConfig, work_dir: str | None = None):
        super().__init__()
        self.cfg = cfg
        self.work_dir = work_dir
        self._index: NgramIndex | None = None
        self._out = None
        if cfg.benchmarks:  # fail early on a bad benchmark path; forked workers inherit the cached index
            _cached_index(cfg)

    def __getstate__(self):
        # token hashes use Python's per-process salted hash(): never ship an index to another process
        state = self.__dict__.copy()
        state["_index"] = None
        state["_out"] = None
        return state

    @property
    def index(self) -> NgramIndex:
        if self._index is None:
            self._index = _cached_index(self.cfg)
        return self._index


    def open_rank(self, rank: int) -> None:
        """Start this rank's hit file (overwriting a previous attempt's)."""
        self.close_rank()
        if self.work_dir:
            folder = Path(self.work_dir) / "decontaminate"
            folder.mkdir(parents=True, exist_ok=True)
            self._out = open(folder / f"{rank:05d}.jsonl", "w", encoding="utf-8")

    def close_rank(self) -> None:
        if self._out is not None:
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            self._out = None

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if not self.cfg.benchmarks:
            return True
        index = self.index
        hits = {i: h for i, h in find_hits(index, doc.text).items() if h[0] >= self.cfg.min_hits}
        if not hits:
            return True
        for item_idx, (count, ngram) in sorted(hits.items()):
            item = index.items[item_idx]
            record = {"benchmark": item.benchmark, "item_id": item.id, "doc_id": doc.id, "ngram": ngram, "count": count}
            if self._out is not None:
                self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.stat_update(f"hits_{item.benchmark}")
        first = index.items[min(hits)].benchmark
        return False, f"benchmark_{first}"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.open_rank(rank)
        try:
            yield from super().run(data, rank, world_size)
        finally:
            self.close_rank()
