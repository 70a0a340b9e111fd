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
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from medlm.config import opt


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


# ordinary words: starting lowercase or Capitalised, letters only, >= 3 letters
_PROSE_WORD = re.compile(r"(?<![\w/])[^\W\d_][^\W\d_A-Z]{2,}(?![\w/])")
_ENGLISH_FUNCTION = frozenset(
    # words of >= 3 letters that are frequent in English and not words of other major European languages
    "the and with were for that this which from has have had been are not but his their these those "
    "there who into after than she should would its".split()
)

_IDENTIFIER = None


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


class LanguageFilter(BaseFilter):
    """datatrove filter: True, or (False, 'non_english' | 'language_not_kept')."""

    name = "language"

    def __init__(self, cfg: LanguageConfig, work_dir: str | None = None):
        super().__init__()
        self.cfg = cfg
        self.keep = set(cfg.keep)
        self.also_keep = set(cfg.also_keep)
        self.reason = "non_english" if self.keep == {"en"} else "language_not_kept"
        _identifier()  # load once here: forked workers inherit it instead of loading it per task

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        lang, prob, function = detect(doc.text, self.cfg, fast_english="en" in self.keep)
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
