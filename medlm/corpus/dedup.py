"""Global deduplication: duplicate ids, exact duplicates (normalised-text hash), near-duplicates (MinHash LSH).

Order of decisions, all deterministic in the global input order (sources in recipe order, files
sorted, records in file order), so a resumed or re-sharded build drops exactly the same documents:

1. Ids (always on, so output ids are unique): in MEDLINE a PMID seen again is a revised record
   (update files) -> the LAST occurrence is kept, earlier ones dropped as `superseded_id`; in other
   sources a repeated id names a different record -> kept and renamed `<id>#2`, `<id>#3`, ...
   A MEDLINE DeleteCitation removes earlier versions of that PMID (`deleted_citation`).
2. `exact_duplicate`: the same text after case folding and dropping punctuation/whitespace
   differences -> the FIRST occurrence is kept.
3. `near_duplicate`: datatrove's MinHash LSH (stages 1-4) over the survivors; word 5-gram
   shingles by default, bands x rows chosen so the LSH S-curve crosses the Jaccard `threshold`
   (default 0.8) with the least false-positive + false-negative area for `num_perm` hashes.
   One document per cluster of near-duplicates is kept.

Steps 1-2 hold one small key row per document (id, order, 64-bit hash) in memory in a single task
(~60 bytes/document: ~0.6 GB per 10 M documents); MinHash stages are datatrove's disk-based ones.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import datatrove.pipeline.dedup.minhash as _dt_minhash
import numpy as np
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.dedup.minhash import MinhashDedupSignature
from datatrove.utils.text import simplify_text
from datatrove.utils.word_tokenizers import WordTokenizer

from medlm.config import opt

_WORD = re.compile(r"[^\W_]+")


def _silent_tqdm(*args, **kwargs):
    """datatrove's clustering bar would interleave with medlm's own progress line."""
    from tqdm import tqdm

    return tqdm(*args, **{**kwargs, "disable": True})


_dt_minhash.tqdm = _silent_tqdm


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
    return " ".join(_WORD.findall(text.casefold()))


def text_hash(text: str) -> int:
    """64-bit hash of the text with case, punctuation and spacing differences removed."""
    return int.from_bytes(hashlib.blake2b(normalised_words(text).encode(), digest_size=8).digest(), "little")


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Probability that LSH makes two documents of this Jaccard similarity a candidate pair."""
    return 1.0 - (1.0 - similarity**rows) ** bands


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
    # sha1: datatrove 0.10.1's default xxhash path passes str to xxhash 4.x, which rejects it
    return MinhashConfig(n_grams=cfg.shingle, num_buckets=bands, hashes_per_bucket=rows, seed=cfg.seed,
                         hash_config=HashConfig(precision=64, hash_fc="sha1"))


# ---------------------------------------------------------------- datatrove steps

_WORD_HASHES: dict[str, int] = {}  # per process; medical text reuses a bounded vocabulary
_MAX_CACHED_WORDS = 2_000_000
_ROLL = np.uint64(0x100000001B3)
_MIX = np.uint64(0xBF58476D1CE4E5B9)


def _blake64(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def word_hashes(words: list[str]) -> np.ndarray:
    """64-bit hash of each word; a per-process cache makes repeated words a dict lookup."""
    hs = list(map(_WORD_HASHES.get, words))
    if None in hs:
        for i, h in enumerate(hs):
            if h is None:
                hs[i] = h = _blake64(words[i])
                if len(_WORD_HASHES) < _MAX_CACHED_WORDS:
                    _WORD_HASHES[words[i]] = h
    return np.array(hs, dtype=np.uint64)


def shingle_hashes(words: list[str], n: int) -> np.ndarray:
    """64-bit hashes of all word n-grams: each distinct word hashed once, n-grams combined in numpy."""
    if len(words) < n:
        return np.empty((0, 1), dtype=np.uint64)
    wh = word_hashes(words)
    m = len(words) - n + 1
    h = wh[:m].copy()
    for k in range(1, n):  # polynomial roll, wrapping at 2**64
        h = h * _ROLL + wh[k : k + m]
    h ^= h >> np.uint64(31)  # final mix so nearby n-grams spread over the hash space
    h *= _MIX
    h ^= h >> np.uint64(29)
    return h.reshape((-1, 1))


_MERSENNE = np.uint64((1 << 61) - 1)
_SHIFT61 = np.uint64(61)
_COMBINING = None


def mod_mersenne61(v: np.ndarray, scratch: bool = False) -> np.ndarray:
    """v % (2**61 - 1) for uint64 without division: 2**61 = 1 (mod p), so v = hi*2**61 + lo = hi + lo.

    scratch=True reuses v's memory (on signature matrices, allocating temporaries cost more than the math)."""
    r = v & _MERSENNE
    hi = np.right_shift(v, _SHIFT61, out=v if scratch else None)
    r += hi  # < p + 8: one subtraction of p finishes the reduction
    np.subtract(r, _MERSENNE, out=hi)  # wraps around below zero, so the minimum keeps r there
    return np.minimum(r, hi, out=r)


def simplify(text: str, norm) -> str:
    """datatrove's simplify_text, with its diacritics pass (a Python loop per character) done by one
    regex over combining marks, and skipped for ASCII text; the result is the same string."""
    global _COMBINING
    if not norm.norm_unicode_diacritics:
        return simplify_text(text, norm)
    text = simplify_text(text, dataclasses.replace(norm, norm_unicode_diacritics=False))
    if text.isascii():
        return text
    if _COMBINING is None:
        import regex

        _COMBINING = regex.compile(r"\p{Mn}+")
    return _COMBINING.sub("", unicodedata.normalize("NFD", text)).strip()


class MinhashSignatures(MinhashDedupSignature):
    """datatrove's MinHash stage 1 (same text simplification, signatures, files) with faster shingling:
    each distinct word is hashed once and n-grams are combined in numpy, instead of one SHA-1 per
    n-gram string, and datatrove's per-character diacritics pass is skipped on ASCII text, where it
    is a no-op. Shingling was most of the signature time on PubMed-like text."""

    def get_signature(self, shingles: np.ndarray) -> list[list[int]]:
        """datatrove's signature values, split into bands with a reshape (np.split cost more than the hashing)."""
        a, b = self.parameters
        phv = shingles * a
        phv += b
        phv = mod_mersenne61(phv, scratch=True)
        if self.config.hash_config.precision == 32:
            phv = np.bitwise_and(phv, self.config.hash_config.max)
        mins = np.min(phv, axis=0).astype(self.config.hash_config.np_dtype)
        return mins.reshape(self.config.num_buckets, self.config.hashes_per_bucket).tolist()

    def get_shingles(self, text: str) -> np.ndarray:
        norm = self.config.norm_config
        if isinstance(self.word_tokenizer, WhitespaceWords):
            # str.split() ignores runs of whitespace: simplify_text's whitespace regex (half its time) changes no word
            norm = dataclasses.replace(norm, norm_whitespace=False)
        return shingle_hashes(self.word_tokenizer.word_tokenize(simplify(text, norm)), self.config.n_grams)


class WhitespaceWords(WordTokenizer):
    """MinHash shingles come from datatrove's simplify_text (lower case, no punctuation), so splitting
    on whitespace is enough; datatrove's default spaCy tokenisation made MinHash ~4x slower here."""

    def word_tokenize(self, text: str) -> list[str]:
        return text.split()

    def sent_tokenize(self, text: str) -> list[str]:
        return [text]

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        return []


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


def minhash_steps(cfg: DedupConfig, shard_dir: str, drops_dir: str, mh_dir: str) -> dict[str, tuple[list, str]]:
    """The datatrove MinHash stages 1-3 as {stage: (pipeline, tasks kind)}; stage 4 is DedupFilter."""
    from datatrove.pipeline.dedup.minhash import MinhashDedupBuckets, MinhashDedupCluster

    from medlm.corpus.pipeline import ShardReader

    mh = minhash_config(cfg)
    sigs, buckets, remove = f"{mh_dir}/sigs", f"{mh_dir}/buckets", f"{mh_dir}/remove"
    return {
        "minhash_signatures": (
            [ShardReader(shard_dir, text_only=True), DedupFilter(drops_dir), MinhashSignatures(sigs, config=mh, language=WhitespaceWords())],
            "shards",
        ),
        "minhash_buckets": ([MinhashDedupBuckets(sigs, buckets, config=mh)], "bands"),
        "minhash_clusters": ([MinhashDedupCluster(buckets, remove, config=mh)], "one"),
    }
