"""Global deduplication: duplicate ids, exact duplicates (normalised-text hash), near-duplicates (MinHash LSH).

Order of decisions, all deterministic in the global input order (sources in recipe order, files
sorted, records in file order), so a resumed or re-sharded build drops exactly the same documents:

1. Ids (always on, so output ids are unique): in MEDLINE a PMID seen again is a revised record
   (update files) -> the LAST occurrence is kept, earlier ones dropped as `superseded_id`; in other
   sources a repeated id names a different record -> kept and renamed `<id>#2`, `<id>#3`, ...
   A MEDLINE DeleteCitation removes earlier versions of that PMID (`deleted_citation`).
2. `exact_duplicate`: the same text after case folding and dropping punctuation/whitespace
   differences -> the FIRST occurrence is kept.
3. `near_duplicate`: MinHash LSH over the survivors (medlm's batched signatures, datatrove's band
   files, buckets and filter); word 5-gram shingles by default, bands x rows chosen so the LSH
   S-curve crosses the Jaccard `threshold` (default 0.8) with the least false-positive +
   false-negative area for `num_perm` hashes. Candidate pairs count only if their estimated Jaccard
   reaches the threshold; each cluster keeps its FIRST document in input order.

Steps 1-2 hold one small key row per document (id, order, 64-bit hash) in memory in a single task
(~60 bytes/document: ~0.6 GB per 10 M documents); MinHash stages are datatrove's disk-based ones.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.dedup.minhash import MinhashDedupBuckets

from medlm.config import opt
from medlm.corpus.textarrays import mix, ngram_hashes, run_hashes, runs

_WORD = re.compile(r"[^\W_]+")
_NON_WORD = re.compile(r"[^\x00-\x7f\w]+")  # non-ASCII characters other than letters and digits


@dataclass
class DedupConfig:
    exact: bool = opt(True, help="drop exact duplicates (same text after case/whitespace/punctuation normalisation)")
    near: bool = opt(True, help="drop near-duplicates found by MinHash LSH")
    threshold: float = opt(0.8, help="Jaccard similarity at which two documents count as near-duplicates")
    shingle: int = opt(5, help="words per shingle")
    num_perm: int = opt(128, help="MinHash permutations available when bands/rows are chosen from the threshold")
    bands: int = opt(0, help="LSH bands (0 = chosen from threshold)")
    rows: int = opt(0, help="hashes per band (0 = chosen from threshold)")
    seed: int = opt(1, help="MinHash seed")

    def __post_init__(self):
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"dedup threshold must be between 0 and 1, got {self.threshold}")
        if self.shingle < 1:
            raise ValueError("dedup shingle must be >= 1")
        if (self.bands == 0) != (self.rows == 0):
            raise ValueError("set both dedup bands and rows, or neither")
        if self.num_perm < 2:
            raise ValueError("dedup num_perm must be >= 2")

    def lsh_params(self) -> tuple[int, int]:
        return (self.bands, self.rows) if self.bands else optimal_bands_rows(self.threshold, self.num_perm)


def normalised_words(text: str) -> str:
    """The word sequence exact duplicates are compared on (text_hash computes the same without the regex)."""
    return " ".join(_WORD.findall(text.casefold()))


# ASCII letters and digits are the ASCII part of [^\W_]: A-Z -> a-z, other ASCII -> space, UTF-8 bytes kept
_ASCII_ALNUM = bytes((c + 32 if 65 <= c <= 90 else c if (97 <= c <= 122 or 48 <= c <= 57 or c >= 128) else 32) for c in range(256))


def text_hash(text: str) -> int:
    """64-bit hash of the text with case, punctuation and spacing differences removed.

    ASCII text (most of it) takes bytes.translate instead of the regex: the same words, 5x faster."""
    if not text.isascii():  # the same words as normalised_words(text), without its slow regex
        text = _NON_WORD.sub(" ", text.casefold())
    words = b" ".join(text.encode("utf-8", "surrogatepass").translate(_ASCII_ALNUM).split())
    return int.from_bytes(hashlib.blake2b(words, digest_size=8).digest(), "little")


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Probability that LSH makes two documents of this Jaccard similarity a candidate pair."""
    return 1.0 - (1.0 - similarity**rows) ** bands


@functools.lru_cache(maxsize=None)  # ~0.2 s each, and every MinHash task asks
def optimal_bands_rows(threshold: float, num_perm: int, steps: int = 200) -> tuple[int, int]:
    """(bands, rows) with bands*rows <= num_perm minimising false-positive + false-negative area."""
    best, best_err = (1, num_perm), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = sum(candidate_probability(threshold * i / steps, b, r) for i in range(steps)) * threshold / steps
            fn = sum(1 - candidate_probability(threshold + (1 - threshold) * i / steps, b, r) for i in range(steps)) * (1 - threshold) / steps
            if fp + fn < best_err:
                best, best_err = (b, r), fp + fn
    return best


def minhash_config(cfg: DedupConfig):
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.utils.hashing import HashConfig

    bands, rows = cfg.lsh_params()
    # 32-bit signatures (medlm computes them: `signatures`); hash_fc is only used by datatrove's own stage 1,
    # and its default xxhash path passes str to xxhash 4.x, which rejects it
    return MinhashConfig(n_grams=cfg.shingle, num_buckets=bands, hashes_per_bucket=rows, seed=cfg.seed,
                         hash_config=HashConfig(precision=32, hash_fc="sha1"))


# ---------------------------------------------------------------- MinHash signatures (batched numpy)
#
# Shingles are word n-grams of a simplified text: lower case, ASCII punctuation and spacing removed,
# every digit read as 0 (numbers of the same length match), other non-ASCII characters than letters
# and digits removed. Words are hashed with a polynomial hash computed for a whole batch
# of documents at once (one cumulative sum over the bytes), n-grams are combined in numpy and each of
# the bands x rows MinHash functions is h(x) = a*x + b mod 2**64 over the mixed 64-bit shingle hashes.
# One batch of documents is a handful of numpy calls instead of a Python loop over its words: with
# datatrove's stage 1 (simplify_text, a hash per n-gram string, (a*x+b) mod 2**61-1) this was
# ~60% of the pipeline's own time.

_ASCII_WORDS = bytes(
    (c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 48 if 48 <= c <= 57 else c if c >= 128 else 32) for c in range(256)
)  # A-Z -> a-z, digits -> 0, other ASCII -> space, UTF-8 bytes of other characters kept
# MinHash's own constants (the signatures, and so the near-duplicate decisions, depend on them)
_ROLL = np.uint64(0x100000001B3)  # combines word hashes into shingle hashes
_CHAR_BASE = np.uint64(0x9E3779B97F4A7C15)  # the polynomial base of word hashes


def shingle_bytes(text: str) -> bytes:
    """The simplified text MinHash shingles are cut from (words separated by spaces, as UTF-8)."""
    text = text.lower()
    if not text.isascii():
        text = _NON_WORD.sub(" ", text)
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS)


def batch_word_hashes(texts: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """(64-bit hash of every word of all texts, index of the text each word is in)."""
    joined = b" ".join(texts)
    buf = np.frombuffer(joined, dtype=np.uint8)
    starts, ends = runs(buf != 32)
    if not len(starts):
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    text_ends = np.cumsum([len(t) + 1 for t in texts])
    return run_hashes(buf, starts, ends, _CHAR_BASE), np.searchsorted(text_ends, starts, side="right")


def batch_shingles(texts: list[bytes], n: int) -> tuple[np.ndarray, np.ndarray]:
    """(64-bit hash of every word n-gram inside one text, index of its text), in text order."""
    words, owner = batch_word_hashes(texts)
    m = len(words) - n + 1
    if m <= 0:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    h = ngram_hashes(words, n, _ROLL)
    inside = owner[:m] == owner[n - 1 :]  # n-grams across two texts are not shingles
    return mix(h[inside]), owner[:m][inside]


def minhash_parameters(num_hashes: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of the MinHash functions h(x) = a*x + b mod 2**32 (a odd, so each is a permutation)."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 2**32, size=num_hashes, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**32, size=num_hashes, dtype=np.uint64)
    return a.astype(np.uint32)[:, None], b.astype(np.uint32)[:, None]


# 32-bit MinHash: numpy multiplies uint32 in SIMD lanes (uint64 multiplication has no AVX2 instruction),
# ~5x faster; two different minima of 32 bits collide with p = 2**-32, far below the LSH's own errors
EMPTY = np.uint32(2**32 - 1)  # signature value of a document with fewer words than a shingle
_BLOCK = 4096  # shingles per block: a block's (hashes x shingles) matrix stays in cache
_BATCH_BYTES = 1 << 18  # bytes of text per batch_shingles call: its byte-level arrays stay in cache


def signatures(texts: list[str], n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(len(texts), len(a)) uint32 MinHash signatures; a row of EMPTY for a text with fewer than n words.

    Values are < 2**32-1: datatrove's bucket reader (32-bit precision) stops at 2**32-1. A text longer
    than a batch is cut into pieces of whole words overlapping by n-1 words (every shingle is in one
    piece) whose minima are combined, so memory stays bounded by the batch, not the longest document."""
    pieces, owner = [], []
    for i, text in enumerate(texts):
        encoded = shingle_bytes(text)
        if len(encoded) <= _BATCH_BYTES:
            pieces.append(encoded)
            owner.append(i)
            continue
        words = encoded.split()
        step = max(1, _BATCH_BYTES // 16)  # words per piece: ~1/2 to 1/3 of a batch at typical word lengths
        for start in range(0, max(1, len(words) - n + 1), step):
            pieces.append(b" ".join(words[start : start + step + n - 1]))
            owner.append(i)
    sig = np.full((len(pieces), len(a)), EMPTY, dtype=np.uint32)
    i = 0
    while i < len(pieces):
        j, size = i, 0
        while j < len(pieces) and (j == i or size + len(pieces[j]) <= _BATCH_BYTES):
            size += len(pieces[j]) + 1
            j += 1
        _batch_signatures(pieces[i:j], n, a, b, sig[i:j])
        i = j
    if len(pieces) > len(texts):  # EMPTY is the largest value: pieces without shingles do not count
        sig = np.minimum.reduceat(sig, np.searchsorted(owner, np.arange(len(texts))), axis=0)
    return sig


def _batch_signatures(texts: list[bytes], n: int, a: np.ndarray, b: np.ndarray, sig: np.ndarray) -> None:
    shingles, owner = batch_shingles(texts, n)
    if not len(shingles):
        return
    x = (shingles >> np.uint64(32)).astype(np.uint32)
    docs, first = np.unique(owner, return_index=True)
    bounds = np.append(first, len(x))
    i = 0
    while i < len(docs):
        j = i + 1  # docs i..j-1 form one block (a long document is a block of its own, cut in pieces)
        while j < len(docs) and bounds[j + 1] - bounds[i] <= _BLOCK:
            j += 1
        lo, hi = bounds[i], bounds[j]
        if j == i + 1 and hi - lo > _BLOCK:
            row = np.full(len(a), EMPTY, dtype=np.uint32)
            for s in range(lo, hi, _BLOCK):
                block = a * x[None, s : min(s + _BLOCK, hi)]
                block += b
                np.minimum(row, block.min(axis=1), out=row)
            sig[docs[i]] = row
        else:
            block = a * x[None, lo:hi]
            block += b
            sig[docs[i:j]] = np.minimum.reduceat(block, bounds[i:j] - lo, axis=1).T
        i = j
    np.minimum(sig, EMPTY - 1, out=sig, where=(sig[:, :1] != EMPTY))  # keep EMPTY for "no shingles" only


def estimated_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Fraction of equal MinHash values: an unbiased estimate of the two shingle sets' Jaccard similarity."""
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


def resolve_keys(shard_dir: str, drops_dir: str, tasks: int, exact: bool, latest_wins_units: list[int]) -> dict[str, int]:
    """Decide id clashes and exact duplicates over all shards; write one decision list per shard.

    Units in `latest_wins_units` (MEDLINE files) re-issue a record under the same id when it is
    revised, so the last occurrence is kept and earlier ones dropped as 'superseded_id'. Elsewhere a
    repeated id names a different record (MedQuAD re-uses ids across pages), so later occurrences
    are kept and renamed '<id>#2', '<id>#3', ... in input order.
    """
    import io

    import numpy as np
    import pandas as pd
    import pyarrow.parquet as pq

    from medlm.manifest import atomic_write_bytes

    frames, deleted = [], {}
    for rank in range(tasks):
        for d in json.loads((Path(shard_dir) / f"{rank:05d}.deleted.json").read_text()):
            deleted[d["id"]] = max(d["unit"], deleted.get(d["id"], -1))
        t = pq.read_table(Path(shard_dir) / f"{rank:05d}.keys.parquet").to_pandas()
        t["rank"] = np.int32(rank)
        t["idx"] = np.arange(len(t), dtype=np.int64)
        frames.append(t)
    keys = pd.concat(frames, ignore_index=True).sort_values(["unit", "pos"], kind="stable")
    keys["reason"] = ""
    keys["new_id"] = None
    latest = keys["unit"].isin(latest_wins_units)
    if deleted:  # a DeleteCitation in a later file removes the record's earlier versions
        gone = latest & (keys["unit"] < keys["id"].map(deleted).fillna(-1))
        keys.loc[gone, "reason"] = "deleted_citation"
    medline = keys[latest & (keys["reason"] == "")]
    keys.loc[medline.index[medline.duplicated(subset="id", keep="last")], "reason"] = "superseded_id"
    others = keys[~latest]
    repeated = others.duplicated(subset="id", keep="first")
    if repeated.any():
        taken = set(keys["id"])
        occurrence = others.groupby("id", sort=False).cumcount() + 1
        for i in others.index[repeated]:
            n = int(occurrence[i])
            while f"{keys.at[i, 'id']}#{n}" in taken:
                n += 1
            keys.at[i, "new_id"] = f"{keys.at[i, 'id']}#{n}"
            taken.add(keys.at[i, "new_id"])
    if exact:
        alive = keys[keys["reason"] == ""]
        keys.loc[alive.index[alive.duplicated(subset="hash", keep="first")], "reason"] = "exact_duplicate"
    decided = keys[(keys["reason"] != "") | keys["new_id"].notna()]
    for rank in range(tasks):
        part = decided[decided["rank"] == rank].sort_values("idx")[["idx", "reason", "new_id"]]
        buf = io.BytesIO()
        part.reset_index(drop=True).astype({"new_id": "string"}).to_parquet(buf, index=False)
        atomic_write_bytes(Path(drops_dir) / f"{rank:05d}.parquet", buf.getvalue())
    counts = keys["reason"][keys["reason"] != ""].value_counts().to_dict()
    counts["renamed_ids"] = int(keys["new_id"].notna().sum())
    return counts


class ResolveKeys(PipelineStep):
    """The single-task `keys` stage: runs `resolve_keys`."""

    type = "🫂 - DEDUP"
    name = "ids + exact duplicates"

    def __init__(self, shard_dir: str, drops_dir: str, tasks: int, exact: bool, latest_wins_units: list[int]):
        super().__init__()
        self.shard_dir, self.drops_dir, self.tasks, self.exact = shard_dir, drops_dir, tasks, exact
        self.latest_wins_units = latest_wins_units

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        resolve_keys(self.shard_dir, self.drops_dir, self.tasks, self.exact, self.latest_wins_units)
        return
        yield


class _Labelled:
    """Exclusion-writer adapter: labels documents a datatrove stage drops without a reason."""

    def __init__(self, inner, reason: str):
        self.inner, self.reason = inner, reason

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False

    def write(self, doc, rank: int = 0) -> None:
        doc.metadata["filter_reason"] = self.reason
        if self.inner is not None:
            self.inner.write(doc, rank)


class DedupFilter(PipelineStep):
    """Drops what the keys stage decided (by position in the shard), then MinHash near-duplicates.

    The MinHash filter (datatrove stage 4) matches documents by their index in the stream it sees,
    so the signature stage must see the same stream: both run after the same key filtering.
    """

    type = "🫂 - DEDUP"
    name = "dedup filter"

    def __init__(self, drops_dir: str, minhash_remove_dir: str | None = None):
        super().__init__()
        self.drops_dir = drops_dir
        self.minhash_remove_dir = minhash_remove_dir
        self.exclusion_writer = None

    def _decisions(self, rank: int) -> dict[int, tuple[str, str | None]]:
        import pyarrow.parquet as pq

        t = pq.read_table(Path(self.drops_dir) / f"{rank:05d}.parquet")
        return dict(zip(t.column("idx").to_pylist(), zip(t.column("reason").to_pylist(), t.column("new_id").to_pylist())))

    def _key_filtered(self, data, rank: int):
        decisions = self._decisions(rank)
        for idx, doc in enumerate(data):
            reason, new_id = decisions.get(idx, ("", None))
            if reason:
                if self.exclusion_writer is not None:
                    doc.metadata["filter_reason"] = reason
                    self.exclusion_writer.write(doc, rank)
                continue
            if new_id:
                doc.metadata["original_id"] = doc.id
                doc.id = new_id
            yield doc

    def run(self, data, rank: int = 0, world_size: int = 1):
        stream = self._key_filtered(data, rank)
        if self.minhash_remove_dir:
            from datatrove.pipeline.dedup.minhash import MinhashDedupFilter

            near = MinhashDedupFilter(self.minhash_remove_dir, exclusion_writer=_Labelled(self.exclusion_writer, "near_duplicate"))
            stream = near.run(stream, rank, world_size)
        yield from stream


class SignatureWriter:
    """MinHash signatures of a process task's documents, in shard order, to SHARD_DIR/<rank>.minhash
    (raw uint32, bands*rows per document). Computed while the text is in memory, in batches of
    `batch` documents, so no later stage reads the text again for MinHash."""

    def __init__(self, path: Path, cfg: DedupConfig, batch: int):
        bands, rows = cfg.lsh_params()
        self.a, self.b = minhash_parameters(bands * rows, cfg.seed)
        self.shingle, self.batch = cfg.shingle, batch
        self.path, self.tmp = path, path.with_name(f".{path.name}.tmp")
        self.texts: list[str] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(self.tmp, "wb")

    def add(self, text: str) -> None:
        self.texts.append(text)
        if len(self.texts) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.texts:
            self.file.write(signatures(self.texts, self.shingle, self.a, self.b).tobytes())
            self.texts = []

    def close(self) -> None:
        self.flush()
        self.file.close()
        os.replace(self.tmp, self.path)


def _write_atomic(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class BandFiles(PipelineStep):
    """MinHash stage 1 from precomputed signatures: the `keys` stage's survivors of a shard, numbered in
    stream order, written as datatrove's sorted per-band signature files (and all their values, for
    the Jaccard check and the input order `NearDuplicateClusters` needs)."""

    type = "🫂 - DEDUP"
    name = "🎯 MinHash stage 1 (band files)"

    def __init__(self, shard_dir: str, drops_dir: str, sig_dir: str, full_dir: str, cfg: DedupConfig):
        super().__init__()
        self.shard_dir, self.drops_dir, self.sig_dir, self.full_dir, self.cfg = shard_dir, drops_dir, sig_dir, full_dir, cfg

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        import pyarrow.parquet as pq

        bands, rows = self.cfg.lsh_params()
        sig = np.fromfile(Path(self.shard_dir) / f"{rank:05d}.minhash", dtype=np.uint32).reshape(-1, bands * rows)
        drops = pq.read_table(Path(self.drops_dir) / f"{rank:05d}.parquet", columns=["idx", "reason"])
        dropped = np.array(drops.column("idx").to_pylist(), dtype=np.int64)[np.array(drops.column("reason").to_pylist(), dtype=object) != ""]
        expected = pq.ParquetFile(Path(self.shard_dir) / f"{rank:05d}.parquet").metadata.num_rows
        if len(sig) != expected:  # cannot happen unless WORK was tampered with: both are written by one task
            raise RuntimeError(f"shard {rank}: {len(sig)} MinHash signatures for {expected} documents; rebuild with --force")
        keep = np.ones(len(sig), dtype=bool)
        keep[dropped] = False
        sig = sig[keep]  # row i = document i of the stream the finalize stage's MinHash filter sees
        _write_atomic(Path(self.full_dir) / f"{rank:05d}.u32", sig.tobytes())
        keys = pq.read_table(Path(self.shard_dir) / f"{rank:05d}.keys.parquet", columns=["unit", "pos"])
        input_order = (keys.column("unit").to_numpy().astype(np.int64) << 32) + keys.column("pos").to_numpy().astype(np.int64)
        _write_atomic(Path(self.full_dir) / f"{rank:05d}.order", input_order[keep].astype("<i8").tobytes())
        docs = np.flatnonzero(sig[:, 0] != EMPTY).astype(np.uint32)  # documents with shingles
        record = np.dtype([(f"f{i}", "<u4") for i in range(rows)] + [("doc", "<u4")])  # datatrove's "<{rows}II"
        for band in range(bands):
            values = sig[docs, band * rows : (band + 1) * rows]
            order = np.lexsort((docs, *(values[:, c] for c in reversed(range(rows)))))
            out = np.empty(len(docs), dtype=record)
            for c in range(rows):
                out[f"f{c}"] = values[order, c]
            out["doc"] = docs[order]
            _write_atomic(Path(self.sig_dir) / f"bucket_{band:03d}" / f"{rank:05d}.minhash.sig", out.tobytes())
        return
        yield


class Buckets(MinhashDedupBuckets):
    """MinHash stage 2: datatrove's, except that a band whose signature files fit in `in_memory_bytes` is
    merged with one numpy sort instead of datatrove's heap of Python objects (~3 us per document and band).
    The candidate pairs and their order are the same; larger bands take datatrove's streaming merge.
    Peak memory of the sort is ~3x the files (256 MB: ~4.8 M documents at 9 bands x 13 rows)."""

    def __init__(self, sig_dir: str, dups_dir: str, cfg: DedupConfig, in_memory_bytes: int = 256 << 20):
        super().__init__(sig_dir, dups_dir, config=minhash_config(cfg))
        self.sig_dir, self.dups_dir, self.in_memory_bytes = sig_dir, dups_dir, in_memory_bytes

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        rows = self.config.hashes_per_bucket
        files = sorted((Path(self.sig_dir) / f"bucket_{rank:03d}").glob("[0-9]*.minhash.sig"))
        if world_size != self.config.num_buckets or sum(f.stat().st_size for f in files) > self.in_memory_bytes:
            return super().run(data, rank, world_size)
        record = np.dtype([(f"f{i}", "<u4") for i in range(rows)] + [("doc", "<u4")])
        parts = [np.fromfile(f, dtype=record) for f in files]
        sig = np.concatenate([np.stack([p[f"f{i}"] for i in range(rows)], axis=1) for p in parts]) if parts else np.empty((0, rows), np.uint32)
        file = np.concatenate([np.full(len(p), int(f.name.split(".")[0]), dtype=np.uint32) for f, p in zip(files, parts)] or [np.empty(0, np.uint32)])
        doc = np.concatenate([p["doc"] for p in parts] or [np.empty(0, np.uint32)])
        # datatrove's heap order: signature, then file, then document; equal neighbours are the pairs
        order = np.lexsort((doc, file, *(sig[:, c] for c in reversed(range(rows)))))
        sig, file, doc = sig[order], file[order], doc[order]
        same = np.flatnonzero((sig[1:] == sig[:-1]).all(axis=1))
        pairs = np.stack([file[same], doc[same], file[same + 1], doc[same + 1]], axis=1).astype("<u4")
        _write_atomic(Path(self.dups_dir) / f"{rank:05d}_00.dups", pairs.tobytes())


def band_groups(pairs: np.ndarray) -> list[list[tuple[int, int]]]:
    """The groups of documents with equal values in one band, from the band's (file, doc, file, doc) pairs:
    datatrove (and `Buckets`) write each group as a chain of neighbours in sorted order, a-b, b-c, ..."""
    groups: list[list[tuple[int, int]]] = []
    for f1, d1, f2, d2 in pairs.tolist():
        if groups and groups[-1][-1] == (f1, d1):
            groups[-1].append((f2, d2))
        else:
            groups.append([(f1, d1), (f2, d2)])
    return groups


def verify_candidates(dups_dir: str, verified_dir: str, full_dir: str, num_hashes: int, threshold: float,
                      max_group: int = 1000) -> dict[str, int]:
    """Keep the LSH candidate pairs whose estimated Jaccard similarity (fraction of equal MinHash values
    over all bands x rows) reaches `threshold`; a band collision alone is not enough (at 9 x 13 a pair
    of Jaccard 0.6 still collides in some band with p = 0.01, and clusters chain such pairs).

    Every pair of a band's group of equal values is a candidate, not only the chain's neighbours, so the
    outcome does not depend on how documents are numbered (sharding); groups larger than `max_group`
    (boilerplate) check only their chain of neighbours."""
    @functools.lru_cache(maxsize=128)  # each map holds a file descriptor: bounded for builds of 10,000 shards
    def signature_file(file: int) -> np.ndarray:
        return np.memmap(Path(full_dir) / f"{file:05d}.u32", dtype=np.uint32, mode="r").reshape(-1, num_hashes)

    seen: set[tuple[int, int, int, int]] = set()
    candidates = verified = 0
    for path in sorted(Path(dups_dir).glob("*.dups")):
        passed = []
        for members in band_groups(np.fromfile(path, dtype="<u4").reshape(-1, 4)):
            sig = np.stack([signature_file(f)[d] for f, d in members])
            everyone = len(members) <= max_group
            for i in range(len(members) - 1):
                others = range(i + 1, len(members)) if everyone else (i + 1,)
                equal = np.count_nonzero(sig[list(others)] == sig[i], axis=1)
                for j, n_equal in zip(others, equal.tolist()):
                    key = (*min(members[i], members[j]), *max(members[i], members[j]))
                    if key in seen:  # the same pair from another band
                        continue
                    seen.add(key)
                    candidates += 1
                    if n_equal / num_hashes >= threshold:
                        passed.append(key)
                        verified += 1
        _write_atomic(Path(verified_dir) / path.name, np.array(passed, dtype="<u4").reshape(-1, 4).tobytes())
    return {"minhash_candidates": candidates, "minhash_verified": verified, "minhash_rejected": candidates - verified}


def first_in_input_order(pairs: list[tuple[int, int, int, int]], order) -> dict[int, list[int]]:
    """Clusters of the (transitively) linked documents; all but each cluster's first document in the global
    input order are returned as {file: sorted document numbers} to remove. `order(file, doc)` gives the order."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}
    key: dict[tuple[int, int], int] = {}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for f1, d1, f2, d2 in pairs:
        for node in ((f1, d1), (f2, d2)):
            if node not in parent:
                parent[node], key[node] = node, order(*node)
        a, b = root((f1, d1)), root((f2, d2))
        if a != b:  # the earlier document becomes the root, so it is the one kept
            a, b = (a, b) if key[a] < key[b] else (b, a)
            parent[b] = a
    remove: dict[int, list[int]] = {}
    for node in parent:
        if root(node) != node:
            remove.setdefault(node[0], []).append(node[1])
    return {f: sorted(docs) for f, docs in remove.items()}


class NearDuplicateClusters(PipelineStep):
    """MinHash stage 3: the candidate pairs that pass `verify_candidates`, clustered; each cluster keeps its
    first document in the global input order (datatrove's clustering keeps a union-find root that depends on
    how the input was sharded). Writes the `<rank>.remove` files datatrove's stage 4 filter reads."""

    type = "🫂 - DEDUP"
    name = "🎯 MinHash stage 3 (verified clusters)"

    def __init__(self, dups_dir: str, verified_dir: str, full_dir: str, remove_dir: str, stats_path: str, cfg: DedupConfig):
        super().__init__()
        self.dups_dir, self.verified_dir, self.full_dir, self.remove_dir = dups_dir, verified_dir, full_dir, remove_dir
        self.stats_path, self.cfg = stats_path, cfg

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        from medlm.manifest import atomic_write_json

        bands, rows = self.cfg.lsh_params()
        counts = verify_candidates(self.dups_dir, self.verified_dir, self.full_dir, bands * rows, self.cfg.threshold)
        orders: dict[int, np.ndarray] = {}

        def order(file: int, doc: int) -> int:
            if file not in orders:
                orders[file] = np.fromfile(Path(self.full_dir) / f"{file:05d}.order", dtype="<i8")
            return int(orders[file][doc])

        pairs = [tuple(p) for f in sorted(Path(self.verified_dir).glob("*.dups"))
                 for p in np.fromfile(f, dtype="<u4").reshape(-1, 4).tolist()]
        remove_dir = Path(self.remove_dir)
        for old in remove_dir.glob("*.remove"):  # a re-run replaces every decision
            old.unlink()
        for file, docs in first_in_input_order(pairs, order).items():
            _write_atomic(remove_dir / f"{file:06d}.remove", np.array(docs, dtype="<u4").tobytes())
        atomic_write_json(Path(self.stats_path), counts)
        return
        yield


def minhash_steps(cfg: DedupConfig, shard_dir: str, drops_dir: str, mh_dir: str) -> dict[str, tuple[list, str]]:
    """MinHash stages 1-3 as {stage: (pipeline, tasks kind)}: band files from the signatures the process
    stage computed, datatrove's buckets, verified clusters; stage 4 (datatrove's filter) is in DedupFilter."""
    sigs, full, buckets, verified, remove = (f"{mh_dir}/{d}" for d in ("sigs", "full", "buckets", "verified", "remove"))
    return {
        "minhash_signatures": ([BandFiles(shard_dir, drops_dir, sigs, full, cfg)], "shards"),
        "minhash_buckets": ([Buckets(sigs, buckets, cfg)], "bands"),
        "minhash_clusters": ([NearDuplicateClusters(buckets, verified, full, remove, f"{mh_dir}/verify.json", cfg)], "one"),
    }
