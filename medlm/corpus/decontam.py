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

Matching is vectorised over a batch of documents: token boundaries and 64-bit token hashes from
the code points of the whole batch (medlm.corpus.textarrays), rolling n-gram hashes, a bit-table
test and np.searchsorted against the sorted benchmark index; only the few candidate hits are
verified token by token (with the regex tokens of that one document).
Benchmark files are read with medlm.bench.data.load_items (the same reader `medlm bench` uses).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from datatrove.data import Document, DocumentsPipeline

from medlm.config import opt, to_dict
from medlm.corpus.batchfilter import BatchFilter
from medlm.corpus.readers import expand_path
from medlm.corpus.textarrays import char_table, extend_ngrams, joined_codepoints, lookup, ngram_hashes, run_hashes, runs
from medlm.errors import MedlmError

_TOKEN = re.compile(r"[^\W_]+")


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
    batch_size: int = opt(512, help="documents matched together (numpy cost is per call, not per character; a batch also ends at ~1M characters)")

    def __post_init__(self):
        if self.ngram < 3:
            raise ValueError("decontaminate.ngram must be at least 3")
        if self.min_item_words > self.ngram:
            self.min_item_words = self.ngram


def tokens(text: str) -> list[str]:
    """Normalised word tokens: lower-cased runs of letters/digits."""
    return _TOKEN.findall(text.lower())


_ALNUM: np.ndarray | None = None


def _is_alnum(cp: np.ndarray) -> np.ndarray:
    """Per code point: a letter or digit (str.isalnum, the characters of _TOKEN)."""
    global _ALNUM
    if _ALNUM is None:
        _ALNUM = char_table(str.isalnum)
    return lookup(cp, _ALNUM, str.isalnum).view(bool)


@dataclass
class BatchTokens:
    """The tokens of a batch of texts as arrays: a hash per token and where each text's tokens begin."""

    hashes: np.ndarray  # uint64 per token; equal tokens, equal hashes (in every process)
    first: np.ndarray  # index of each text's first token, plus the total

    def of(self, i: int) -> np.ndarray:
        return self.hashes[self.first[i] : self.first[i + 1]]


def batch_tokens(texts: list[str]) -> BatchTokens:
    """Token hashes of many texts from one pass over their lower-cased concatenation (the same tokens as tokens())."""
    cp, text_start = joined_codepoints([t.lower() for t in texts])
    starts, ends = runs(_is_alnum(cp))
    return BatchTokens(run_hashes(cp, starts, ends), np.searchsorted(starts, text_start))


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
    """Benchmark n-gram hashes, sorted, one entry per (n-gram, item) with where it first occurs in the item."""

    n: int
    hashes: np.ndarray  # sorted uint64; an n-gram shared by k items has k consecutive entries
    item: np.ndarray  # per entry: index into items
    segment: np.ndarray  # per entry: index into the item's segments
    offset: np.ndarray  # per entry: token offset of the n-gram in that segment
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
    segments = [toks for item in items for toks in item.segments]
    item_of = np.repeat(np.arange(len(items)), [len(item.segments) for item in items])
    seg_of = np.concatenate([np.arange(len(item.segments)) for item in items] or [np.zeros(0, dtype=np.int64)])
    lengths = np.array([len(toks) for toks in segments], dtype=np.int64)
    start = np.cumsum(lengths) - lengths  # of each segment in `tokens`
    # token hashes of all segments, one after the other (tokens re-split as they were; ~1M characters a batch)
    chunks = [segments[i : i + 2000] for i in range(0, len(segments), 2000)]
    tokens = np.concatenate([batch_tokens([" ".join(toks) for toks in chunk]).hashes for chunk in chunks] or [np.zeros(0, dtype=np.uint64)])
    # every n-gram of a segment of >= n tokens ...
    per_segment = np.where(lengths >= n, lengths - n + 1, 0)
    offset = np.arange(per_segment.sum()) - np.repeat(np.cumsum(per_segment) - per_segment, per_segment)
    keys = [ngram_hashes(tokens, n)[np.repeat(start, per_segment) + offset]]
    owners = [np.stack([np.repeat(item_of, per_segment), np.repeat(seg_of, per_segment), offset])]
    # ... and of a shorter one of >= min_item_words tokens its first min_item_words tokens: one pass over a
    # document at `min_item_words` finds every short segment's start
    short = (lengths >= min_item_words) & (lengths < n)
    if short.any():
        keys.append(ngram_hashes(tokens, min_item_words)[start[short]])
        owners.append(np.stack([item_of[short], seg_of[short], np.zeros(int(short.sum()), dtype=np.int64)]))
    hashes, owner = np.concatenate(keys), np.concatenate(owners, axis=1)
    matchable = np.zeros(len(items), dtype=bool)
    matchable[item_of[(lengths >= n) | short]] = True
    # each n-gram once per item (its first occurrence): sort by (item, hash, segment, offset), keep group starts
    order = np.lexsort((owner[2], owner[1], hashes, owner[0]))
    firsts = _group_starts(hashes[order], owner[0][order])
    hashes, owner = hashes[order][firsts], owner[:, order[firsts]]
    # n-grams in more than max_item_frequency items are template phrases: dropped
    order = np.argsort(hashes, kind="stable")  # stable: owners stay in item order
    hashes, owner = hashes[order], owner[:, order]
    starts = _group_starts(hashes)
    sizes = np.diff(np.append(starts, len(hashes)))
    keep = np.repeat(sizes <= max_item_frequency, sizes)
    bloom = np.zeros(1 << _BLOOM_BITS, dtype=bool)
    bloom[(hashes[keep] & _BLOOM_MASK).astype(np.int64)] = True
    prefix = min_item_words if min_item_words < n and short.any() else 0
    return NgramIndex(
        n, hashes[keep], owner[0][keep], owner[1][keep], owner[2][keep], items, prefix,
        skipped_items=int((~matchable).sum()), template_ngrams=int((sizes > max_item_frequency).sum()), bloom=bloom,
    )


def _group_starts(*columns: np.ndarray) -> np.ndarray:
    """Indices where a run of equal rows begins in sorted columns."""
    if not len(columns[0]):
        return np.zeros(0, dtype=np.int64)
    change = np.zeros(len(columns[0]), dtype=bool)
    change[0] = True
    for col in columns:
        change[1:] |= col[1:] != col[:-1]
    return np.flatnonzero(change)


Hits = dict[int, tuple[int, str]]  # item index -> (verified n-gram hits, first matching n-gram text)


def find_hits(index: NgramIndex, text: str) -> Hits:
    return find_hits_batch(index, [text])[0]


def find_hits_batch(index: NgramIndex, texts: list[str]) -> list[Hits]:
    """Hits of each text: n-gram hashes of the whole batch are looked up at once."""
    hits: list[Hits] = [{} for _ in texts]
    if not texts or len(index.hashes) == 0:
        return hits
    toks = batch_tokens(texts)
    h = toks.hashes
    doc_of = np.repeat(np.arange(len(texts)), np.diff(toks.first))
    doc_tokens: dict[int, list[str]] = {}  # regex tokens of documents with candidates, for verification
    grams, at = h, 1
    for n in sorted({index.n, index.prefix} - {0}):
        grams, at = extend_ngrams(grams, h, at, n), n
        candidates = np.flatnonzero(index.bloom[(grams & _BLOOM_MASK).astype(np.int64)])
        candidates = candidates[doc_of[candidates] == doc_of[candidates + n - 1]]  # not across documents
        if candidates.size == 0:
            continue
        lo = np.minimum(np.searchsorted(index.hashes, grams[candidates]), len(index.hashes) - 1)
        found = index.hashes[lo] == grams[candidates]  # the bit table lets ~4% of non-matches through
        candidates, lo = candidates[found], lo[found]
        hi = np.searchsorted(index.hashes, grams[candidates], side="right")
        for at_tok, first, last in zip(candidates.tolist(), lo.tolist(), hi.tolist()):
            d = int(doc_of[at_tok])
            for e in range(first, last):
                if d not in doc_tokens:
                    doc_tokens[d] = tokens(texts[d])
                _verify(index, e, n, doc_tokens[d], at_tok - int(toks.first[d]), hits[d])
    return hits


def _verify(index: NgramIndex, entry: int, n: int, doc_toks: list[str], doc_off: int, hits: Hits) -> None:
    """Count a hash match of index entry `entry` at token doc_off if the tokens really match."""
    item_idx = int(index.item[entry])
    item_toks = index.items[item_idx].segments[int(index.segment[entry])]
    item_off = int(index.offset[entry])
    if n == index.n:  # an n-gram of a long segment
        size = n if len(item_toks) >= n else 0
    else:  # the first words of a short segment: the whole segment must follow
        size = len(item_toks) if len(item_toks) < index.n else 0
    window = doc_toks[doc_off : doc_off + size]
    if not size or item_toks[item_off : item_off + size] != window:
        return  # hash collision or the wrong kind of key
    count, first = hits.get(item_idx, (0, " ".join(window)))
    hits[item_idx] = (count + 1, first)


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


class Decontaminate(BatchFilter):
    """datatrove filter: drops documents with benchmark n-grams and records every hit per rank."""

    name = "decontaminate"

    def __init__(self, cfg: DecontamConfig, work_dir: str | None = None):
        super().__init__(batch_size=cfg.batch_size)  # BatchFilter.run hands filter_batch up to this many docs
        self.cfg = cfg
        self.work_dir = work_dir
        self._index: NgramIndex | None = None
        self._out = None
        if cfg.benchmarks:  # fail early on a bad benchmark path; forked workers inherit the cached index
            _cached_index(cfg)

    def __getstate__(self):
        # the index is large and each process has (or builds) its own: never ship it
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
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        if not self.cfg.benchmarks:
            return [True] * len(batch)
        found = find_hits_batch(self.index, [doc.text for doc in batch])
        return [self._judge(doc, hits) for doc, hits in zip(batch, found)]

    def _judge(self, doc: Document, hits: Hits) -> bool | tuple[bool, str]:
        """Record every hit of a document; drop it when it has any."""
        hits = {i: h for i, h in hits.items() if h[0] >= self.cfg.min_hits}
        if not hits:
            return True
        items = self.index.items
        for item_idx, (count, ngram) in sorted(hits.items()):
            item = items[item_idx]
            record = {"benchmark": item.benchmark, "item_id": item.id, "doc_id": doc.id, "ngram": ngram, "count": count}
            if self._out is not None:
                self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.stat_update(f"hits_{item.benchmark}")
        return False, f"benchmark_{items[min(hits)].benchmark}"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.open_rank(rank)
        try:
            yield from super().run(data, rank, world_size)
        finally:
            self.close_rank()
