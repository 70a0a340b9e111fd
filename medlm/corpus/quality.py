"""Quality filter for clinical and biomedical text: length, symbol/digit ratios, Gopher-style
repetition, boilerplate lines — each drop with a reason.

Why not datatrove's Gopher filters: they run at ~0.25 MB/s (PITFALLS.md) and their thresholds
drop a quarter of medical pages (alphabetic-word ratio). Here every measure is computed for a
batch of documents at once with numpy (64-bit word hashes, one sort per n-gram size for the whole
batch, medlm.corpus.textarrays), and thresholds are set for medical text:
clinical notes have many short lines, numbers, units and abbreviations ("BP 128/76, HR 72,
SpO2 98% RA") and must survive; what goes is boilerplate, tables of numbers, and text that
repeats itself (template spam, extraction loops).

Repetition measures (Rae et al. 2021, "Gopher", table A1), all as fractions of characters:
  dup_line_chars   characters in lines that occur more than once          (lines >= 20 chars)
  dup_para_chars   characters in paragraphs that occur more than once
  top_{n}gram      characters covered by the most frequent word n-gram, n = 2..4 (ties: the first in the text)
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

import re
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datatrove.data import Document

from medlm.config import opt
from medlm.corpus.batchfilter import BatchFilter
from medlm.corpus.textarrays import MULT, char_table, extend_ngrams, joined_codepoints, lookup, run_hashes, runs

DEFAULT_BOILERPLATE = [
    r"^\s*(copyright|©|\(c\))\s.*(all rights reserved|\d{4})",
    r"all rights reserved\.?\s*$",
    r"^\s*(click here|read more|subscribe|sign up|log ?in|share this|print this page|back to top)\b",
    r"\b(cookies?|javascript)\b.*\b(enable|accept|browser|policy)\b",
    r"^\s*(this (article|page) (was|has been) (last )?(updated|reviewed|modified))",
    r"^\s*(terms of (use|service)|privacy policy|contact us|site map)\s*[|·•]?",
    r"^\s*(download (pdf|citation)|view (article|abstract|full text))\b",
]


# Words one of which every default boilerplate line contains (in any case): the patterns are only
# tried on texts containing one (one scan for all of them is far cheaper than the patterns).
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
    batch_size: int = opt(512, help="documents measured together (numpy cost is per call, not per character; a batch also ends at ~1M characters)")
    boilerplate_patterns: list[str] = opt(DEFAULT_BOILERPLATE, help="regexes (case-insensitive, per line) of boilerplate lines, removed from the text")
    boilerplate_keywords: list[str] = opt(
        DEFAULT_BOILERPLATE_KEYWORDS,
        help="words (any case) that boilerplate lines contain; patterns are tried only on texts containing one ([] = always)",
    )
    max_boilerplate_fraction: float = opt(
        0.5, help="drop documents whose characters are mostly in boilerplate lines ('boilerplate')"
    )

    def __post_init__(self):
        self.max_top_ngram_chars = {int(k): float(v) for k, v in self.max_top_ngram_chars.items()}
        self.max_dup_ngram_chars = {int(k): float(v) for k, v in self.max_dup_ngram_chars.items()}
        if min([*self.max_top_ngram_chars, *self.max_dup_ngram_chars], default=2) < 2:
            raise ValueError("quality: n-gram sizes in max_top_ngram_chars / max_dup_ngram_chars must be at least 2")
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


def _char_class(ch: str) -> int:
    if ch.isspace():
        return _SPACE
    if ch.isdigit():
        return _DIGIT
    if ch.isalpha():
        return _LETTER
    return _PUNCT if ch in _ALLOWED_PUNCT else _SYMBOL


_TABLE: np.ndarray | None = None


def _classes(cp: np.ndarray) -> np.ndarray:
    """Character class of each code point."""
    global _TABLE
    if _TABLE is None:
        _TABLE = char_table(_char_class)
    return lookup(cp, _TABLE, _char_class)


@dataclass
class BatchStats:
    """Counts per document of a batch (arrays indexed by document) and the batch's words (as str.split() gives them)."""

    n_words: np.ndarray
    word_chars: np.ndarray  # non-space characters
    digits: np.ndarray
    symbols: np.ndarray
    no_alpha_words: np.ndarray  # words without a letter
    lengths: np.ndarray  # per word: characters
    hashes: np.ndarray  # per word: uint64 hash (equal words, equal hashes)
    word_doc: np.ndarray  # per word: its document


def batch_text_stats(texts: list[str]) -> BatchStats:
    """Character classes, word boundaries, lengths and hashes of all texts from one pass over their
    concatenation (numpy calls cost per call, not per character, so documents are measured together)."""
    cp, doc_start = joined_codepoints(texts)  # the separator is a space: no word crosses documents
    cls = _classes(cp)

    def per_doc(mask: np.ndarray) -> np.ndarray:
        # flatnonzero + searchsorted is several times cheaper than a cumulative sum over all characters
        return np.diff(np.searchsorted(np.flatnonzero(mask), doc_start))

    starts, ends = runs(cls != _SPACE)
    lengths = ends - starts
    letters = np.zeros(len(cp) + 1, dtype=np.int32)
    np.cumsum(cls == _LETTER, out=letters[1:])
    no_alpha = letters[ends] == letters[starts]
    first_word = np.searchsorted(starts, doc_start)
    chars = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=chars[1:])
    no_alpha_cum = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(no_alpha, out=no_alpha_cum[1:])
    return BatchStats(
        n_words=np.diff(first_word), word_chars=np.diff(chars[first_word]),
        digits=per_doc(cls == _DIGIT), symbols=per_doc(cls == _SYMBOL),
        no_alpha_words=np.diff(no_alpha_cum[first_word]),
        lengths=lengths, hashes=run_hashes(cp, starts, ends),
        word_doc=np.repeat(np.arange(len(texts)), np.diff(first_word)),
    )


def char_stats(text: str) -> tuple[int, int, int, int, int]:
    """(words, non-space chars, digits, symbols, words without a letter) of a text; words as str.split()."""
    st = batch_text_stats([text])
    return int(st.n_words[0]), int(st.word_chars[0]), int(st.digits[0]), int(st.symbols[0]), int(st.no_alpha_words[0])


def _re2_literal(text: str) -> str:
    """text as an RE2 pattern matching it literally (ASCII punctuation escaped)."""
    return "".join("\\" + c if c.isascii() and not c.isalnum() and c != " " else c for c in text)


_PARA_SPLIT = re.compile(r"\n\s*\n")


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
        self.keyword_re = "|".join(map(_re2_literal, cfg.boilerplate_keywords)) or None

    def check(self, text: str) -> QualityResult:
        return self.check_many([text])[0]

    def check_many(self, texts: list[str]) -> list[QualityResult]:
        """check() of each text; the statistics are computed for all texts at once."""
        early: dict[int, QualityResult] = {}
        new_texts: list[str | None] = [None] * len(texts)
        if self.boilerplate is not None:
            for i in self._boilerplate_candidates(texts):
                text = texts[i]
                stripped = self._strip_boilerplate(text)
                if len(stripped) < len(text):
                    if (len(text) - len(stripped)) / len(text) > self.cfg.max_boilerplate_fraction:
                        early[i] = QualityResult(False, "boilerplate")
                    new_texts[i] = stripped
        current = [nt if nt is not None else t for t, nt in zip(texts, new_texts)]
        reasons = self.reasons(current)
        return [early.get(i) or QualityResult(reasons[i] is None, reasons[i], new_texts[i]) for i in range(len(texts))]

    def reasons(self, texts: list[str]) -> list[str | None]:
        """The first failed check of each text (None: kept), in the order: length, ratios, repeated
        lines and paragraphs, top n-grams, duplicate n-grams."""
        stats = batch_text_stats(texts)
        reasons = [self._ratio_reason(stats, i) for i in range(len(texts))]
        for i, text in enumerate(texts):
            if reasons[i] is None and "\n" in text:
                reasons[i] = self._line_repetition(text)
        open_ = np.array([r is None for r in reasons], dtype=bool)
        open_ &= (stats.n_words >= max(self.cfg.repetition_min_words, 10)) & (stats.word_chars > 0)
        for i, reason in self._ngram_repetition(stats, open_):
            reasons[i] = reason
        return reasons

    def _ratio_reason(self, st: BatchStats, i: int) -> str | None:
        cfg = self.cfg
        n_words, word_chars = int(st.n_words[i]), int(st.word_chars[i])
        if n_words < cfg.min_words:
            return "too_short"
        if n_words > cfg.max_words:
            return "too_long"
        if word_chars / n_words > cfg.max_mean_word_length:
            return "long_words"
        if st.digits[i] / word_chars > cfg.max_digit_fraction:
            return "digit_ratio"
        if st.symbols[i] / word_chars > cfg.max_symbol_fraction:
            return "symbol_ratio"
        if 1 - st.no_alpha_words[i] / n_words < cfg.min_alpha_word_fraction:
            return "few_alpha_words"
        return None

    def _boilerplate_candidates(self, parts: list[str]) -> list[int]:
        """Indices of the parts that contain a boilerplate keyword, any case (all parts when there are no keywords).

        One RE2 scan (pyarrow; an alternation of literals runs as a DFA) instead of a str.find per
        keyword, and far cheaper than trying case-insensitive patterns on every line."""
        if self.keyword_re is None:
            return list(range(len(parts)))
        found = pc.match_substring_regex(pa.array(parts, pa.large_string()), self.keyword_re, ignore_case=True)
        return np.flatnonzero(found.to_numpy(zero_copy_only=False)).tolist()

    def _strip_boilerplate(self, text: str) -> str:
        lines = text.split("\n")
        drop = {i for i in self._boilerplate_candidates(lines) if self.boilerplate.search(lines[i])}
        return "\n".join(ln for i, ln in enumerate(lines) if i not in drop) if drop else text

    # -------------------------------------------------------------- repetition

    def _line_repetition(self, text: str) -> str | None:
        """'dup_lines' or 'dup_paragraphs' when repeated lines (>= 20 chars) or paragraphs cover too much of the text."""
        total = max(len(text), 1)
        lines = [ln.strip() for ln in text.split("\n")]
        if _dup_chars([ln for ln in lines if len(ln) >= 20]) / total > self.cfg.max_dup_line_chars:
            return "dup_lines"
        paras = [p.strip() for p in _PARA_SPLIT.split(text)]
        if len(paras) > 1 and _dup_chars([p for p in paras if p]) / total > self.cfg.max_dup_para_chars:
            return "dup_paragraphs"
        return None

    def _ngram_repetition(self, st: BatchStats, open_: np.ndarray):
        """Yield (document index, reason) for the documents (of those open) that fail an n-gram measure."""
        cfg = self.cfg
        grams = _BatchNgrams(st)
        for n, limit in sorted(cfg.max_top_ngram_chars.items()):
            measured = open_ & (st.n_words > n)
            if measured.any():
                failed = measured & (grams.top_fraction(n, measured) > limit)
                open_ &= ~failed
                yield from ((int(i), f"top_{n}gram") for i in np.flatnonzero(failed))
        dup_limits = sorted(cfg.max_dup_ngram_chars.items())
        previous = np.full(len(open_), np.inf)
        for k, (n, limit) in enumerate(dup_limits):
            # words covered by repeated (n+1)-grams are covered by repeated n-grams too, so the fraction
            # only falls with n: a document under every remaining limit cannot fail a later one
            measured = open_ & (st.n_words > n) & (previous > min(lim for _, lim in dup_limits[k:]))
            if not measured.any():
                break
            value = grams.dup_fraction(n, measured)
            previous = np.where(measured, value, previous)
            failed = measured & (value > limit)
            open_ &= ~failed
            yield from ((int(i), f"dup_{n}gram") for i in np.flatnonzero(failed))


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


class _BatchNgrams:
    """Word n-grams of all documents of a batch, counted per document with one sort per n.

    An n-gram's key is its hash combined with its document's index, so equal n-grams of different
    documents never count together; windows that cross a document boundary are left out. Measures
    are asked for with n increasing; only windows that can start a repeated n-gram are sorted."""

    def __init__(self, st: BatchStats):
        self.st = st
        self.grams, self.n = st.hashes, 1
        self.char_cum = np.zeros(len(st.lengths) + 1, dtype=np.int64)
        np.cumsum(st.lengths, out=self.char_cum[1:])
        # per word: False once the window starting there is known not to repeat at some n; an n-gram
        # repeats only if every shorter n-gram inside it repeats, so such windows never repeat again
        self.may_repeat = np.ones(len(st.hashes), dtype=bool)

    def _sorted(self, n: int, measured: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(window start positions, their keys) of the measured documents' n-grams that may repeat, stably sorted by key."""
        assert n >= self.n, "n-gram measures are asked for with n increasing"
        self.grams, self.n = extend_ngrams(self.grams, self.st.hashes, self.n, n), n
        doc, may = self.st.word_doc, self.may_repeat
        last = len(self.grams)  # windows starting at 0 .. last - 1
        pos = np.flatnonzero((doc[:last] == doc[n - 1 :]) & measured[doc[:last]] & may[:last] & may[1 : last + 1])
        # uint64 array arithmetic wraps around silently: overflow is the modulus
        keys = self.grams[pos] ^ (doc[pos].astype(np.uint64) * MULT)  # the document index spread over all bits
        # most n-grams occur once: drop those alone in a hash bucket (~8 buckets per key) before sorting
        bucket = (keys >> np.uint64(64 - min(len(keys).bit_length() + 3, 24))).astype(np.intp)
        shared = np.bincount(bucket)[bucket] > 1
        pos, keys = pos[shared], keys[shared]
        # the position in the low bits of the key: one plain sort (2x cheaper than a stable argsort)
        # puts equal n-grams together in text order; the hash keeps >= 40 bits for batches < 16M words
        shift = np.uint64(max(int(len(doc)).bit_length(), 1))
        packed = np.sort((keys >> shift << shift) | pos.astype(np.uint64))
        keys, pos = packed >> shift, (packed & ((np.uint64(1) << shift) - np.uint64(1))).astype(np.int64)
        repeated = np.zeros(len(keys), dtype=bool)
        same = keys[1:] == keys[:-1]
        repeated[1:] |= same
        repeated[:-1] |= same
        may[measured[doc]] = False
        may[pos[repeated]] = True
        return pos, keys

    def top_fraction(self, n: int, measured: np.ndarray) -> np.ndarray:
        """Per document: characters of its most frequent n-gram (ties: the first in the text) times its
        count, over the document's non-space characters (0 when no n-gram repeats)."""
        pos, keys = self._sorted(n, measured)
        run_start = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        counts = np.diff(np.append(run_start, len(keys)))
        repeated = counts > 1
        first, counts = pos[run_start[repeated]], counts[repeated]
        value = np.zeros(len(measured))
        if not len(first):
            return value
        doc = self.st.word_doc[first]
        best = np.lexsort((first, -counts, doc))  # per document: highest count, then earliest
        best = best[np.concatenate(([True], doc[best][1:] != doc[best][:-1]))]
        window_chars = self.char_cum[first[best] + n] - self.char_cum[first[best]]
        value[doc[best]] = counts[best] * window_chars / self.st.word_chars[doc[best]]
        return value

    def dup_fraction(self, n: int, measured: np.ndarray) -> np.ndarray:
        """Per document: characters of words inside an n-gram occurrence that is not the n-gram's first,
        over the document's non-space characters."""
        pos, keys = self._sorted(n, measured)
        repeats = pos[1:][keys[1:] == keys[:-1]]
        size = len(self.st.lengths) + 1
        depth = np.cumsum(np.bincount(repeats, minlength=size) - np.bincount(repeats + n, minlength=size))
        covered = np.flatnonzero(depth[:-1] > 0)
        chars = np.bincount(self.st.word_doc[covered], weights=self.st.lengths[covered], minlength=len(measured))
        return chars / np.maximum(self.st.word_chars, 1)


class QualityFilter(BatchFilter):
    """datatrove filter: `filter(doc)` -> True or (False, reason); removes boilerplate lines in place."""

    name = "quality"

    def __init__(self, cfg: QualityConfig, work_dir: str | None = None):
        super().__init__(batch_size=cfg.batch_size)  # BatchFilter.run hands filter_batch up to this many docs
        self.cfg = cfg
        self.checker = QualityChecker(cfg)
        self.checker.check("warm up")  # build the character class table and RE2 kernel before workers fork

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
