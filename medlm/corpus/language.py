"""Language filter: keep English (by default) with the offline py3langid detector.

py3langid reads clinical shorthand ("Pt w/ hx of HTN, DM2, CAD s/p CABG x3") as 'zxx', 'lb' or
other languages with low confidence. So the step decides only on prose: it classifies the
document's ordinary words (>= 3 letters, not ALL-CAPS abbreviations, no digits), and
  - keeps the document as undecided ('und') when there are too few such letters,
  - drops it only when a language outside `keep` is detected with confidence >= min_confidence
    and, when English is kept, English function words are rare (< 10% of prose words),
  - otherwise keeps it.
Prose in which English function words make up >= 10% of the words is English without asking
the classifier (German/French/Spanish prose scores < 2% on this list; py3langid's byte loop is
pure Python and would otherwise cost ~2 ms per document).
The detected language and score go to metadata["detected_language"] / ["language_score"]
(score None when the function-word test decided).
Only the first `sample_chars` characters of prose are classified: detection saturates long
before that and py3langid's cost is linear in the text length.

The step finds prose words and counts function words for a whole batch of documents at once with
numpy (medlm.corpus.textarrays; the regex costs ~0.1 s per MB); documents the function-word test
does not settle, and the rare long document whose first prose is far from its start, go through
the regex path (detect) as before, so both paths decide alike.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

import numpy as np
from datatrove.data import Document

from medlm.config import opt
from medlm.corpus.batchfilter import BatchFilter
from medlm.corpus.textarrays import char_table, joined_codepoints, lookup, run_hashes, runs


@dataclass
class LanguageConfig:
    keep: list[str] = opt(["en"], help="ISO 639-1 codes to keep")
    min_confidence: float = opt(0.6, help="drop only when another language is detected with at least this probability")
    min_prose_chars: int = opt(60, help="fewer letters of ordinary words than this: keep, undecided ('und')")
    sample_chars: int = opt(1000, help="characters of prose classified per document")
    also_keep: list[str] = opt(
        ["la"],
        help="detections kept as well: terminology-dense medical English (ICD, anatomy, species names) is often read as Latin",
    )
    min_english_function_words: float = opt(
        0.1, help="when English is kept, never drop text whose prose words are at least this fraction English function words"
    )
    batch_size: int = opt(512, help="documents whose prose is measured together (numpy cost is per call, not per character; a batch also ends at ~1M characters)")


# ordinary words: starting lowercase or Capitalised, letters only, >= 3 letters
_PROSE_WORD = re.compile(r"(?<![\w/])[^\W\d_][^\W\d_A-Z]{2,}(?![\w/])")
_ENGLISH_FUNCTION = frozenset(
    # words of >= 3 letters that are frequent in English and not words of other major European languages
    "the and with were for that this which from has have had been are not but his their these those "
    "there who into after than she should would its".split()
)

_IDENTIFIER = None

# The prose-word regex as character classes, for numpy: a prose word is a maximal run of [\w/]
# characters, at least 3 long, whose first character is a letter ([^\W\d_]) and whose other
# characters are letters other than A-Z.
_WORD_OR_SLASH, _LETTER, _LOWER_LETTER = 1, 2, 4


def _prose_class(ch: str) -> int:
    letter = ch.isalnum() and not ch.isdecimal()  # [^\W\d_]: \w is isalnum or "_", \d is isdecimal
    return ((ch.isalnum() or ch in "_/") * _WORD_OR_SLASH) | (letter * _LETTER) | ((letter and not "A" <= ch <= "Z") * _LOWER_LETTER)


_PROSE_TABLE: np.ndarray | None = None
_FUNCTION_HASHES: np.ndarray | None = None


def _prose_table() -> tuple[np.ndarray, np.ndarray]:
    """(character classes of the BMP, hashes of the English function words), built once per process."""
    global _PROSE_TABLE, _FUNCTION_HASHES
    if _PROSE_TABLE is None:
        _PROSE_TABLE = char_table(_prose_class)
        cp, _ = joined_codepoints(sorted(_ENGLISH_FUNCTION))
        _FUNCTION_HASHES = run_hashes(cp, *runs(lookup(cp, _PROSE_TABLE, _prose_class) > 0))
    return _PROSE_TABLE, _FUNCTION_HASHES


def _identifier():
    global _IDENTIFIER  # one model per process (0.7 s to load, ~10 MB)
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def detect(text: str, cfg: LanguageConfig, fast_english: bool = False) -> tuple[str, float | None, float]:
    """(language or 'und', classifier probability or None, English function-word fraction) of the text's prose.

    fast_english: call prose with enough English function words English without the classifier."""
    # prose words from a window of the text first (C-level findall), the whole text only if it
    # starts with too little prose (a table, a list of labs)
    window = 6 * cfg.sample_chars
    words = _PROSE_WORD.findall(text, 0, window)
    if len(text) > window and sum(map(len, words)) < cfg.min_prose_chars:
        words = _PROSE_WORD.findall(text)
    cum = list(itertools.accumulate(map(len, words)))
    if not cum or cum[-1] < cfg.min_prose_chars:
        return "und", 0.0, 0.0
    words = words[: bisect.bisect_left(cum, cfg.sample_chars) + 1]
    function = sum(map(_ENGLISH_FUNCTION.__contains__, map(str.lower, words))) / len(words)
    if fast_english and function >= cfg.min_english_function_words:
        return "en", None, function  # English prose: skip the classifier (its byte loop is pure Python)
    lang, prob = _identifier().classify(" ".join(words))
    return lang, float(prob), function


@dataclass
class ProseCounts:
    """Per document of a batch, what detect() looks at first: its prose words up to `sample_chars`."""

    chars: np.ndarray  # letters of all the document's prose words
    words: np.ndarray  # prose words used (up to sample_chars)
    function_words: np.ndarray  # of those, English function words
    exact: np.ndarray  # False: detect() might see different words (its window cuts a long text); ask it


def prose_counts(texts: list[str], cfg: LanguageConfig) -> ProseCounts:
    """detect()'s prose words and function-word counts for a batch, with numpy instead of the regex."""
    table, function_hashes = _prose_table()
    cp, doc_start = joined_codepoints(texts)
    cls = lookup(cp, table, _prose_class)
    starts, ends = runs((cls & _WORD_OR_SLASH).astype(bool))
    not_lower = np.zeros(len(cp) + 1, dtype=np.int32)
    np.cumsum((cls & _LOWER_LETTER) == 0, out=not_lower[1:])
    prose = (ends - starts >= 3) & ((cls[starts] & _LETTER) > 0) & (not_lower[ends] == not_lower[starts + 1])
    starts, ends = starts[prose], ends[prose]
    # function words are lower-case ASCII: compare hashes of the words with A-Z lower-cased
    lower = cp + ((cp >= 65) & (cp <= 90)).astype(cp.dtype) * 32
    function = np.isin(run_hashes(lower, starts, ends), function_hashes)
    chars, functions = np.zeros(len(starts) + 1, dtype=np.int64), np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=chars[1:])
    np.cumsum(function, out=functions[1:])
    first = np.searchsorted(starts, doc_start)  # each document's first prose word, plus the end
    a, b = first[:-1], first[1:]
    # detect() keeps words up to and including the one that reaches sample_chars
    cut = np.searchsorted(chars[1:], chars[a] + cfg.sample_chars)
    reached = cut < b
    used = np.where(reached, cut + 1, b)
    # detect() reads a window of 6 * sample_chars characters (a word may be cut at its end); the
    # counts agree when the text fits in the window or the words used end inside it
    window = 6 * cfg.sample_chars
    lengths = np.diff(doc_start) - 1
    lengths[-1] += 1  # no separator after the last text
    used_end = ends[np.minimum(used, len(ends)) - 1] - doc_start[:-1] if len(ends) else np.zeros(len(texts), dtype=np.int64)
    exact = (lengths <= window) | (reached & (used_end <= window) & (cfg.sample_chars >= cfg.min_prose_chars))
    return ProseCounts(chars[b] - chars[a], used - a, functions[used] - functions[a], exact)


def detect_many(texts: list[str], cfg: LanguageConfig, fast_english: bool = False) -> list[tuple[str, float | None, float]]:
    """detect() of each text; prose that the counts settle (undecided, or English by its function
    words) skips the regex, the rest is detected one text at a time."""
    counts = prose_counts(texts, cfg)
    out = []
    for i, text in enumerate(texts):
        if counts.exact[i] and counts.chars[i] < cfg.min_prose_chars:
            out.append(("und", 0.0, 0.0))
            continue
        function = counts.function_words[i] / max(int(counts.words[i]), 1)
        if counts.exact[i] and fast_english and function >= cfg.min_english_function_words:
            out.append(("en", None, float(function)))
        else:
            out.append(detect(text, cfg, fast_english))
    return out


class LanguageFilter(BatchFilter):
    """datatrove filter: True, or (False, 'non_english' | 'language_not_kept')."""

    name = "language"

    def __init__(self, cfg: LanguageConfig, work_dir: str | None = None):
        super().__init__(batch_size=cfg.batch_size)  # BatchFilter.run hands filter_batch up to this many docs
        self.cfg = cfg
        self.keep = set(cfg.keep)
        self.also_keep = set(cfg.also_keep)
        self.reason = "non_english" if self.keep == {"en"} else "language_not_kept"
        _identifier()  # load once here: forked workers inherit it instead of loading it per task
        _prose_table()

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        found = detect_many([doc.text for doc in batch], self.cfg, fast_english="en" in self.keep)
        return [self._judge(doc, *detected) for doc, detected in zip(batch, found)]

    def _judge(self, doc: Document, lang: str, prob: float | None, function: float) -> bool | tuple[bool, str]:
        doc.metadata["detected_language"] = lang
        doc.metadata["language_score"] = None if prob is None else round(prob, 3)
        if lang == "und" or lang in self.keep or lang in self.also_keep:
            return True
        if prob is None or prob < self.cfg.min_confidence:
            doc.metadata["detected_language"] = "und"
            return True
        if "en" in self.keep and function >= self.cfg.min_english_function_words:
            return True
        return False, self.reason

    def open_rank(self, rank: int) -> None:
        """No side output (see Decontaminate.open_rank)."""

    def close_rank(self) -> None:
        """No side output."""
