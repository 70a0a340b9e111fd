"""A batch of texts as numpy arrays: code points, runs of characters (words, tokens) and their hashes.

The quality and decontamination steps look at every word of every document. Python-level work
per word (str.split, regex findall, hash()) costs ~1 µs a word; numpy over the code points of a
whole batch of documents costs a few ns per character and a few µs per call, so texts are
joined, measured together and split back by their offsets.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

_BASE = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2**64
WORD_BASE = np.uint64(pow(int(_BASE), -1, 2**64))  # run_hashes' default base: _BASE ** -1
MULT = np.uint64(0x9E3779B97F4A7C15)  # odd constant combining word hashes into n-gram hashes

_powers_of: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # base -> (base ** i, base ** -i), grown on demand
_MAX_CACHED_POWERS = 1 << 22  # 2 x 32 MB kept per base; a longer batch (one huge document) gets tables of its own


def _powers(base: np.uint64, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(base ** i, base ** -i) for i < n (base odd; uint64 arithmetic wraps: overflow is the modulus)."""
    cached = _powers_of.get(int(base))
    if cached is not None and len(cached[0]) >= n:
        return cached
    size = max(n, min(2 * len(cached[0]) if cached else 0, _MAX_CACHED_POWERS), 1 << 16)
    tables = _power_table(base, size), _power_table(np.uint64(pow(int(base), -1, 2**64)), size)
    if size <= _MAX_CACHED_POWERS:
        _powers_of[int(base)] = tables
    return tables


def _power_table(base: np.uint64, size: int) -> np.ndarray:
    table = np.ones(size, dtype=np.uint64)
    np.cumprod(np.full(size - 1, base, dtype=np.uint64), out=table[1:])
    return table


def joined_codepoints(texts: list[str], sep: str = "\n") -> tuple[np.ndarray, np.ndarray]:
    """(code points of the texts joined by `sep`, start offset of each text plus the end).

    As narrow as the batch allows: uint8 for ASCII, uint16 without characters beyond the Basic
    Multilingual Plane (UTF-16 then has one unit per character), else uint32."""
    joined = sep.join(texts)
    if joined.isascii():
        cp = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    else:
        cp = np.frombuffer(joined.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
        if len(cp) != len(joined):  # surrogate pairs: some character needs 32 bits
            cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(t) + len(sep) for t in texts], out=starts[1:])
    starts[-1] = len(cp)  # no separator after the last text
    return cp, starts


def char_table(classify: Callable[[str], int]) -> np.ndarray:
    """classify(ch) of every character of the Basic Multilingual Plane, as a uint8 lookup table."""
    return np.array([classify(chr(c)) for c in range(0x10000)], dtype=np.uint8)


def lookup(cp: np.ndarray, table: np.ndarray, classify: Callable[[str], int]) -> np.ndarray:
    """table[cp] per code point; characters beyond the table (emoji, math letters) are classified one distinct character at a time."""
    if cp.dtype != np.uint32:  # every code point is inside the table
        return table[cp]
    out = table[np.minimum(cp, len(table) - 1)]
    beyond = np.flatnonzero(cp >= len(table))
    if len(beyond):
        values, inverse = np.unique(cp[beyond], return_inverse=True)
        out[beyond] = np.array([classify(chr(v)) for v in values.tolist()], dtype=np.uint8)[inverse]
    return out


def runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(start, end) positions of the maximal runs of True in a boolean array."""
    padded = np.zeros(len(mask) + 2, dtype=bool)
    padded[1:-1] = mask
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return edges[0::2], edges[1::2]


def run_hashes(cp: np.ndarray, starts: np.ndarray, ends: np.ndarray, base: np.uint64 = WORD_BASE) -> np.ndarray:
    """uint64 polynomial hash of each run cp[start:end], mixed; equal strings get equal hashes wherever they are.

    sum(cp[j] * base^j) over the run, times base^-start, is sum(cp[j] * base^(j - start)): one prefix sum
    over the whole batch instead of a loop per word."""
    pw, inv = _powers(base, len(cp) + 1)
    prefix = np.empty(len(cp) + 1, dtype=np.uint64)  # not zeros: only prefix[0] needs it
    prefix[0] = 0
    np.cumsum(cp * pw[: len(cp)], out=prefix[1:])
    return mix((prefix[ends] - prefix[starts]) * inv[starts])


def mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, in place: the polynomial hashes of "Version" and "version" differ by exactly 32;
    mixed, every bit of a hash depends on every character, so hashes can be combined and truncated."""
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


def extend_ngrams(grams: np.ndarray, hashes: np.ndarray, have: int, want: int, mult: np.uint64 = MULT) -> np.ndarray:
    """Hashes of every window of `want` word hashes from those of `have` words (have <= want).

    grams[i] covers hashes[i : i + have]; the result has len(hashes) - want + 1 entries."""
    # uint64 array arithmetic wraps around silently: overflow is the modulus
    for n in range(have + 1, want + 1):
        grams = grams[:-1] * mult + hashes[n - 1 :]
    return grams


def ngram_hashes(hashes: np.ndarray, n: int, mult: np.uint64 = MULT) -> np.ndarray:
    """Hashes of every window of n consecutive word hashes."""
    return extend_ngrams(hashes, hashes, 1, n, mult)
