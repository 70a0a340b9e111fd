"""Quality filter for clinical and biomedical text: length, symbol/digit ratios, Gopher-style
repetition, boilerplate lines — each drop with a reason.

Why not datatrove's Gopher filters: they run at ~0.25 MB/s (PITFALLS.md) and their thresholds
drop a quarter of medical pages (alphabetic-word ratio). Here repetition is measured on 64-bit
word hashes with numpy (sort-based counting), and thresholds are set for medical text:
clinical notes have many short lines, numbers, units and abbreviations ("BP 128/76, HR 72,
SpO2 98% RA") and must survive; what goes is boilerplate, tables of numbers, and text that
repeats itself (template spam, extraction loops).

Repetition measures (Rae et al. 2021, "Gopher", table A1), all as fractions of characters:
  dup_line_chars   characters in lines that occur more than once          (lines >= 20 chars)
  dup_para_chars   characters in paragraphs that occur more than once
  top_{n}gram      characters covered by the most frequent word n-gram, n = 2..4
  dup_{n}gram      characters in words covered by repeated word n-grams, n = 5..10

Default thresholds are Gopher's loosened until curated medical text survives: measured on 300
documents of each shared corpus (MedQuAD, NCI PDQ, CDC, ClinicalTrials.gov, PLOS, OpenStax,
PubMed sentences, MTSamples, ACI-Bench, MTS-Dialog, HPO/ICD vocabularies), Gopher's values
(dup 5-gram 0.15, top 2-gram 0.20, ...) dropped 27% of MedQuAD and 13% of NCI PDQ pages, whose
"Key Points" lists legitimately repeat the sections below them (p99 of dup 5-gram fraction: 0.55).
The defaults keep >= 99% of those sources and still drop text that mostly repeats itself
(extraction loops, template spam: dup 5-gram fraction > 0.65). See docs/corpus-sources.md.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

import numpy as np
from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from medlm.config import opt

DEFAULT_BOILERPLATE = [
    r"^\s*(copyright|©|\(c\))\s.*(all rights reserved|\d{4})",
    r"all rights reserved\.?\s*$",
    r"^\s*(click here|read more|subscribe|sign up|log ?in|share this|print this page|back to top)\b",
    r"\b(cookies?|javascript)\b.*\b(enable|accept|browser|policy)\b",
    r"^\s*(this (article|page) (was|has been) (last )?(updated|reviewed|modified))",
    r"^\s*(terms of (use|service)|privacy policy|contact us|site map)\s*[|·•]?",
    r"^\s*(download (pdf|citation)|view (article|abstract|full text))\b",
]


# Lower-case words one of which every default boilerplate line contains: the patterns are only
# tried on texts containing one (a substring test is ~50x cheaper than a case-insensitive regex).
DEFAULT_BOILERPLATE_KEYWORDS = [
    "copyright", "©", "(c)", "reserved", "click here", "read more", "subscribe", "sign up", "log in", "login",
    "share this", "print this", "back to top", "cookie", "javascript", "this article was", "this article has",
    "this page was", "this page has", "terms of use", "terms of service", "privacy", "contact us", "site map",
    "download pdf", "download citation", "view article", "view abstract", "view full",
]


@dataclass
class QualityConfig:
    min_words: int = opt(20, help="drop documents with fewer words ('too_short')")
    max_words: int = opt(300_000, help="drop documents with more words ('too_long')")
    min_alpha_word_fraction: float = opt(
        0.5, help="minimum fraction of words containing a letter ('few_alpha_words'; Gopher uses 0.8, too strict for notes)"
    )
    max_digit_fraction: float = opt(0.4, help="maximum fraction of non-space characters that are digits ('digit_ratio')")
    max_symbol_fraction: float = opt(
        0.25, help="maximum fraction of non-space characters that are neither letters, digits nor .,;:()/%-'\" ('symbol_ratio')"
    )
    max_mean_word_length: float = opt(15.0, help="maximum mean word length in characters ('long_words')")
    max_dup_line_chars: float = opt(0.5, help="maximum fraction of characters in repeated lines of >= 20 chars")
    max_dup_para_chars: float = opt(0.5, help="maximum fraction of characters in repeated paragraphs")
    repetition_min_words: int = opt(
        50, help="n-gram repetition checks only for documents of at least this many words (short texts are noisy)"
    )
    max_top_ngram_chars: dict[int, float] = opt(
        {2: 0.3, 3: 0.3, 4: 0.3}, help="n -> maximum fraction of characters in the most frequent word n-gram"
    )
    max_dup_ngram_chars: dict[int, float] = opt(
        {5: 0.65, 6: 0.63, 7: 0.61, 8: 0.59, 9: 0.57, 10: 0.55},
        help="n -> maximum fraction of characters covered by repeated word n-grams",
    )
    batch_size: int = opt(128, help="documents measured together (numpy cost is per call, not per character)")
    boilerplate_patterns: list[str] = opt(DEFAULT_BOILERPLATE, help="regexes (case-insensitive, per line) of boilerplate lines, removed from the text")
    boilerplate_keywords: list[str] = opt(
        DEFAULT_BOILERPLATE_KEYWORDS,
        help="lower-case words that boilerplate lines contain; patterns are tried only on texts containing one ([] = always)",
    )
    max_boilerplate_fraction: float = opt(
        0.5, help="drop documents whose characters are mostly in boilerplate lines ('boilerplate')"
    )

    def __post_init__(self):
        self.max_top_ngram_chars = {int(k): float(v) for k, v in self.max_top_ngram_chars.items()}
        self.max_dup_ngram_chars = {int(k): float(v) for k, v in self.max_dup_ngram_chars.items()}
        for p in self.boilerplate_patterns:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"quality.boilerplate_patterns: bad regex {p!r}: {e}") from None


# Character classes for the ratio checks, looked up per code point with numpy.
# PUNCT: characters normal in medical prose and notes (punctuation, units, math signs);
# any other non-letter, non-digit, non-space character counts as a symbol.
_SYMBOL, _LETTER, _DIGIT, _SPACE, _PUNCT = 0, 1, 2, 3, 4
_ALLOWED_PUNCT = ".,;:()[]/%-'\"’‘“”+=<>≤≥±°µ×·–—?!&*#~_"


def _class_table() -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint8)
    for cp in range(0x10000):
        ch = chr(cp)
        if ch.isspace():
            table[cp] = _SPACE
        elif ch.isdigit():
            table[cp] = _DIGIT
        elif ch.isalpha():
            table[cp] = _LETTER
        elif ch in _ALLOWED_PUNCT:
            table[cp] = _PUNCT
    return table


_TABLE: np.ndarray | None = None


# random odd 64-bit weights per position in a word: a word's hash is sum(code point * weight)
_POS_WEIGHTS = np.random.default_rng(20240601).integers(1, 2**63, size=64, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


@dataclass
class TextStats:
    """Per-text character counts and per-word arrays (words as str.split() gives them)."""

    n_words: int
    word_chars: int  # non-space characters
    digits: int
    symbols: int
    no_alpha_words: int
    lengths: np.ndarray  # characters per word
    hashes: np.ndarray  # uint64 hash per word (equal words, equal hashes)


def text_stats(text: str) -> TextStats:
    """One vectorised pass over the code points: classes, word boundaries, word lengths and hashes."""
    return batch_text_stats([text])[0]


def batch_text_stats(texts: list[str]) -> list[TextStats]:
    """text_stats of many texts from one pass over their concatenation (numpy calls cost per call,
    not per character, so short documents are measured together)."""
    global _TABLE
    if _TABLE is None:
        _TABLE = _class_table()
    joined = "\n".join(texts)  # the separator is a space: no word crosses documents
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if joined.isascii():
        cls = _TABLE[cp]
    else:
        cls = _TABLE[np.minimum(cp, 0xFFFF)]
        cls[cp > 0xFFFF] = _SYMBOL  # emoji and other astral characters
    nonspace = cls != _SPACE
    starts = nonspace.copy()
    starts[1:] &= ~nonspace[:-1]
    word_start_pos = np.flatnonzero(starts)
    n_total = len(word_start_pos)
    doc_start = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(t) + 1 for t in texts], out=doc_start[1:])
    # counts per document: positions of the class, counted between document boundaries
    # (flatnonzero + searchsorted is several times cheaper than a cumulative sum over all characters)
    n_docs = len(texts)

    def per_doc(mask: np.ndarray) -> np.ndarray:
        return np.diff(np.searchsorted(np.flatnonzero(mask), doc_start))

    digits, symbols = per_doc(cls == _DIGIT), per_doc(cls == _SYMBOL)
    word_bounds = np.searchsorted(word_start_pos, doc_start)  # first word of each document
    if n_total == 0:
        lengths = np.zeros(0, dtype=np.int64)
        hashes = lengths.view(np.uint64)
        no_alpha = lengths.astype(bool)
    else:
        word_of_char = np.cumsum(starts)[nonspace] - 1
        lengths = np.bincount(word_of_char, minlength=n_total)
        first_char = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        no_alpha = np.add.reduceat(cls[nonspace] == _LETTER, first_char, dtype=np.int32) == 0
        # offset of each character inside its word -> position-weighted sum of code points per word
        offsets = np.arange(len(word_of_char)) - first_char[word_of_char]
        # uint64 array arithmetic wraps around silently: overflow is the modulus
        weighted = cp[nonspace].astype(np.uint64) * _POS_WEIGHTS[np.minimum(offsets, 63)]
        hashes = np.add.reduceat(weighted, first_char)
    no_alpha_cum = np.concatenate(([0], np.cumsum(no_alpha)))
    chars = np.diff(np.concatenate(([0], np.cumsum(lengths)))[word_bounds])  # non-space characters
    out = []
    for i in range(n_docs):
        w0, w1 = int(word_bounds[i]), int(word_bounds[i + 1])
        out.append(TextStats(
            w1 - w0, int(chars[i]), int(digits[i]), int(symbols[i]), int(no_alpha_cum[w1] - no_alpha_cum[w0]),
            lengths[w0:w1], hashes[w0:w1],
        ))
    return out


def char_stats(text: str) -> tuple[int, int, int, int, int]:
    """(words, non-space chars, digits, symbols, words without a letter) of a text; words as str.split()."""
    st = text_stats(text)
    return st.n_words, st.word_chars, st.digits, st.symbols, st.no_alpha_words


_PARA_SPLIT = re.compile(r"\n\s*\n")

_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant for polynomial n-gram hashes


@dataclass
class QualityResult:
    keep: bool
    reason: str | None = None
    text: str | None = None  # the text with boilerplate lines removed (None: unchanged)


class QualityChecker:
    """The checks as plain functions over text (used by the step, the tests and the benchmark)."""

    def __init__(self, cfg: QualityConfig):
        self.cfg = cfg
        self.boilerplate = re.compile("|".join(f"(?:{p})" for p in cfg.boilerplate_patterns), re.I | re.M) if cfg.boilerplate_patterns else None
        self.keywords = [k.lower() for k in cfg.boilerplate_keywords]

    def check(self, text: str) -> QualityResult:
        return self.check_many([text])[0]

    def check_many(self, texts: list[str]) -> list[QualityResult]:
        """check() of each text; the character statistics are computed for all texts at once."""
        early: dict[int, QualityResult] = {}
        new_texts: list[str | None] = [None] * len(texts)
        if self.boilerplate is not None:
            for i in self._boilerplate_candidates(texts, "\x00"):
                text = texts[i]
                stripped = self._strip_boilerplate(text)
                if len(stripped) < len(text):
                    if (len(text) - len(stripped)) / len(text) > self.cfg.max_boilerplate_fraction:
                        early[i] = QualityResult(False, "boilerplate")
                    new_texts[i] = stripped
        current = [nt if nt is not None else t for t, nt in zip(texts, new_texts)]
        stats = batch_text_stats(current)
        return [early.get(i) or self._judge(current[i], stats[i], new_texts[i]) for i in range(len(texts))]

    def _judge(self, text: str, stats: TextStats, new_text: str | None) -> QualityResult:
        cfg = self.cfg
        n_words, word_chars, digits, symbols, no_alpha = (
            stats.n_words, stats.word_chars, stats.digits, stats.symbols, stats.no_alpha_words
        )
        if n_words < cfg.min_words:
            return QualityResult(False, "too_short", new_text)
        if n_words > cfg.max_words:
            return QualityResult(False, "too_long", new_text)
        if word_chars / n_words > cfg.max_mean_word_length:
            return QualityResult(False, "long_words", new_text)
        if digits / word_chars > cfg.max_digit_fraction:
            return QualityResult(False, "digit_ratio", new_text)
        if symbols / word_chars > cfg.max_symbol_fraction:
            return QualityResult(False, "symbol_ratio", new_text)
        if 1 - no_alpha / n_words < cfg.min_alpha_word_fraction:
            return QualityResult(False, "few_alpha_words", new_text)
        reason = self._repetition(text, stats)
        return QualityResult(reason is None, reason, new_text)

    def _boilerplate_candidates(self, parts: list[str], sep: str) -> list[int]:
        """Indices of the parts that contain a boilerplate keyword (all parts when there are no keywords).

        One lower-cased join and a str.find per keyword occurrence: substring search is far cheaper
        than trying case-insensitive patterns on every line."""
        if not self.keywords:
            return list(range(len(parts)))
        low = sep.join(parts).lower()
        starts = list(itertools.accumulate((len(p) + len(sep) for p in parts[:-1]), initial=0))
        found: set[int] = set()
        for k in self.keywords:
            at = low.find(k)
            while at != -1:
                part = bisect.bisect_right(starts, at) - 1
                found.add(part)
                at = low.find(k, starts[part + 1] if part + 1 < len(starts) else len(low))  # next part
        return sorted(found)

    def _strip_boilerplate(self, text: str) -> str:
        lines = text.split("\n")
        drop = {i for i in self._boilerplate_candidates(lines, "\n") if self.boilerplate.search(lines[i])}
        return "\n".join(ln for i, ln in enumerate(lines) if i not in drop) if drop else text

    # -------------------------------------------------------------- repetition

    def _repetition(self, text: str, stats: TextStats) -> str | None:
        for name, value, limit in self.repetition_measures(text, stats):
            if value > limit:
                return name
        return None

    def repetition_measures(self, text: str, stats: TextStats | None = None, exact: bool = False):
        """Yield (reason, value, limit) per repetition measure, cheapest first (lazy: callers may stop).

        exact=False skips n-gram measures that provably cannot exceed their limit (see below)."""
        cfg = self.cfg
        stats = text_stats(text) if stats is None else stats
        word_chars, hashes, lengths = stats.word_chars, stats.hashes, stats.lengths
        n_words = stats.n_words
        total = max(len(text), 1)
        if "\n" in text:
            lines = [ln.strip() for ln in text.split("\n")]
            yield "dup_lines", _dup_chars([ln for ln in lines if len(ln) >= 20]) / total, cfg.max_dup_line_chars
            paras = [p.strip() for p in _PARA_SPLIT.split(text)]
            if len(paras) > 1:
                yield "dup_paragraphs", _dup_chars([p for p in paras if p]) / total, cfg.max_dup_para_chars
        if n_words < max(cfg.repetition_min_words, 10) or word_chars == 0:
            return
        grams_of = _NgramHashes(hashes)
        prev_count, cum = None, None
        for n, limit in sorted(cfg.max_top_ngram_chars.items()):
            if n_words <= n:
                continue
            if not exact and prev_count is not None:
                # an n-gram occurs at most as often as the top (n-1)-gram: if even the longest
                # n-word window repeated that often stays under the limit, skip the sort
                if cum is None:
                    cum = np.concatenate(([0], np.cumsum(lengths)))
                if prev_count * int((cum[n:] - cum[:-n]).max()) / word_chars <= limit:
                    continue
            grams = grams_of(n)
            top_count, top_hash = _most_frequent(grams)
            value = 0.0
            if top_count > 1:
                at = int(np.argmax(grams == top_hash))
                value = top_count * int(lengths[at : at + n].sum()) / word_chars
            prev_count = top_count
            yield f"top_{n}gram", value, limit
        dup_limits = sorted(cfg.max_dup_ngram_chars.items())
        for i, (n, limit) in enumerate(dup_limits):
            if n_words <= n:
                continue
            covered = _covered_by_repeats(grams_of(n), n, n_words)
            value = int(lengths[covered].sum()) / word_chars if covered is not None else 0.0
            yield f"dup_{n}gram", value, limit
            # words covered by repeated n-grams include those covered by repeated (n+1)-grams, so
            # the fraction only falls with n: when it is under every later limit, stop (exact=False)
            if not exact and all(value <= later for _, later in dup_limits[i + 1 :]):
                return


def _dup_chars(items: list[str]) -> int:
    """Characters in items that occur more than once (all occurrences after the first)."""
    seen: set[str] = set()
    dup = 0
    for it in items:
        if it in seen:
            dup += len(it)
        else:
            seen.add(it)
    return dup


class _NgramHashes:
    """64-bit polynomial hashes of every window of n word hashes, extended n by n (overflow is the modulus)."""

    def __init__(self, hashes: np.ndarray):
        self.hashes = hashes
        self.n = 1
        self.grams = hashes

    def __call__(self, n: int) -> np.ndarray:
        if n < self.n:
            self.n, self.grams = 1, self.hashes
        # uint64 array arithmetic wraps around silently: overflow is the modulus
        while self.n < n:
            self.n += 1
            self.grams = self.grams[:-1] * _MULT + self.hashes[self.n - 1 :]
        return self.grams


def _most_frequent(grams: np.ndarray) -> tuple[int, int]:
    """(count, value) of the most frequent element."""
    s = np.sort(grams)
    bounds = np.flatnonzero(s[1:] != s[:-1]) + 1
    starts = np.concatenate(([0], bounds))
    counts = np.diff(np.concatenate((starts, [len(s)])))
    top = int(np.argmax(counts))
    return int(counts[top]), int(s[starts[top]])


def _covered_by_repeats(grams: np.ndarray, n: int, n_words: int) -> np.ndarray | None:
    """Boolean mask of words inside some n-gram occurrence that is not the n-gram's first occurrence."""
    order = np.argsort(grams, kind="stable")
    sorted_grams = grams[order]
    repeat = np.empty(len(grams), dtype=bool)
    repeat[0] = False
    np.equal(sorted_grams[1:], sorted_grams[:-1], out=repeat[1:])
    if not repeat.any():
        return None
    starts = order[repeat]  # stable sort: every occurrence after the first
    delta = np.zeros(n_words + 1, dtype=np.int32)
    np.add.at(delta, starts, 1)
    np.add.at(delta, starts + n, -1)
    return np.cumsum(delta[:-1]) > 0


class QualityFilter(BaseFilter):
    """datatrove filter: `filter(doc)` -> True or (False, reason); removes boilerplate lines in place."""

    name = "quality"

    def __init__(self, cfg: QualityConfig, work_dir: str | None = None):
        super().__init__(batch_size=cfg.batch_size)  # datatrove's run() hands filter_batch this many docs
        self.cfg = cfg
        self.checker = QualityChecker(cfg)
        char_stats("warm up")  # build the character class table before workers fork

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        out: list[bool | tuple[bool, str]] = []
        for doc, result in zip(batch, self.checker.check_many([doc.text for doc in batch])):
            if result.text is not None and result.keep:
                doc.metadata["boilerplate_lines_removed"] = doc.text.count("\n") - result.text.count("\n")
                doc.text = result.text
            out.append(True if result.keep else (False, result.reason))
        return out

    def open_rank(self, rank: int) -> None:
        """No side output (see Decontaminate.open_rank)."""

    def close_rank(self) -> None:
        """No side output."""
