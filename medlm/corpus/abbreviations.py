"""Biomedical sentence segmentation and abbreviation detection with scispacy.

scispacy's rule-based parts run on a blank spaCy pipeline (its trained model packages are not needed):
its biomedical tokenizer (`combined_rule_tokenizer`), its pySBD sentence splitter (`pysbd_sentencizer`)
and its `AbbreviationDetector` (Schwartz & Hearst 2003: "chronic obstructive pulmonary disease (COPD)").

`AbbreviationStep` passes documents through unchanged (it only adds metadata["sentences"] and
metadata["abbreviations"] counts) and, when its input is exhausted, writes the short form -> long form
counts it saw to `work_dir/abbreviations/<rank:05d>.json`. `merge_lexicons` sums those partial files into
the corpus lexicon `CORPUS/abbreviations.json` ({"COPD": {"chronic obstructive pulmonary disease": 12}}),
which the tokenizer stage reads to seed its vocabulary.
"""

from __future__ import annotations

import functools
import json
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import DocumentsPipeline
from datatrove.io import get_datafolder

from medlm.config import opt
from medlm.corpus.scope import ScopedStep
from medlm.errors import MedlmError


@dataclass
class AbbreviationsConfig:
    apply_to: str = opt("all", help="which documents: 'all', 'clinical', or a comma-separated list of source names")
    sentences: str = opt(
        "pysbd",
        help="sentence splitting, recorded as metadata['sentences']: 'pysbd' (scispacy's biomedical splitter; "
        "accurate, about 7x slower), 'spacy' (spaCy's rule-based sentencizer) or 'none'",
    )
    max_chars: int = opt(100_000, help="documents longer than this are processed in pieces of about this size")
    min_count: int = opt(1, help="the corpus lexicon keeps long forms defined at least this often")

    def __post_init__(self):
        if self.sentences not in ("pysbd", "spacy", "none"):
            raise ValueError(f"abbreviations.sentences must be pysbd, spacy or none, got {self.sentences!r}")
        if self.max_chars < 1000:
            raise ValueError(f"abbreviations.max_chars must be at least 1000, got {self.max_chars}")
        if self.min_count < 1:
            raise ValueError(f"abbreviations.min_count must be at least 1, got {self.min_count}")


@functools.lru_cache(maxsize=None)
def build_nlp(sentences: str = "pysbd"):
    """A blank English spaCy pipeline with scispacy's tokenizer, a sentence splitter and the abbreviation detector.

    Built once per process and sentence mode: datatrove runs many tasks in one worker process, and importing
    spaCy plus compiling scispacy's tokenizer takes seconds."""
    import spacy
    from scispacy.abbreviation import AbbreviationDetector  # noqa: F401  (registers "abbreviation_detector")
    from scispacy.custom_sentence_segmenter import pysbd_sentencizer  # noqa: F401  (registers the component)
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    nlp = spacy.blank("en")
    with warnings.catch_warnings():  # a FutureWarning from one of scispacy's tokenizer regexes
        warnings.simplefilter("ignore", FutureWarning)
        nlp.tokenizer = combined_rule_tokenizer(nlp)
    if sentences == "pysbd":
        nlp.add_pipe("pysbd_sentencizer")
    elif sentences == "spacy":
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("abbreviation_detector")
    nlp.max_length = 2_000_000
    return nlp


def _normalise_long(text: str) -> str:
    """Collapse whitespace; lower-case Title-case words (keep acronyms and gene names as written)."""
    words = text.split()
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words)


def _plausible(short: str, long: str) -> bool:
    """Drop the detector's misfires on "<long form> (<short form>)" read backwards, e.g. "atenolol (... agent)":
    a short form has a capital letter and no space, a long form is longer, at most 10 words and has no brackets."""
    return (
        any(c.isupper() for c in short)
        and " " not in short
        and len(short) < len(long)
        and len(long.split()) <= 10
        and not any(c in long for c in "()[]")
    )


def _pieces(text: str, max_chars: int):
    """Split a long text at paragraph (or line, or sentence) ends near max_chars."""
    start = 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        cut = cut + 1 if cut > max_chars // 2 else max_chars
        yield text[start:start + cut]
        start += cut
    yield text[start:]


def abbreviations_in(nlp, text: str, max_chars: int = 100_000) -> tuple[list[tuple[str, str]], int]:
    """(unique (short, long) definitions, sentence count) found in `text`."""
    pairs: set[tuple[str, str]] = set()
    n_sents = 0
    for piece in _pieces(text, max_chars):
        with warnings.catch_warnings():  # scispacy warns on every document whose matcher is still empty
            warnings.simplefilter("ignore", UserWarning)
            doc = nlp(piece)
        for short in doc._.abbreviations:
            long = short._.long_form
            if long is not None and _plausible(short.text, long.text):
                pairs.add((short.text, _normalise_long(long.text)))
        if doc.has_annotation("SENT_START"):
            n_sents += sum(1 for _ in doc.sents)
    return sorted(pairs), n_sents


class AbbreviationStep(ScopedStep):
    """Collect an abbreviation lexicon (and sentence counts) with scispacy; documents pass unchanged."""

    name = "abbreviations"
    type = "🔤 - ABBREV"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        nlp = build_nlp(self.cfg.sentences)  # once per process (cached)
        lexicon: dict[str, Counter] = defaultdict(Counter)
        for doc in data:
            self.stat_update("total")
            if not self.applies(doc):
                self.stat_update("not_applicable")
                yield doc
                continue
            with self.track_time():
                pairs, n_sents = abbreviations_in(nlp, doc.text, self.cfg.max_chars)
            for short, long in pairs:
                lexicon[short][long] += 1
            doc.metadata["abbreviations"] = len(pairs)
            if self.cfg.sentences != "none":
                doc.metadata["sentences"] = n_sents
                self.stat_update("sentences", value=n_sents)
            self.stat_update("abbreviation_definitions", value=len(pairs))
            yield doc
        self._write(lexicon, rank)

    def _write(self, lexicon: dict[str, Counter], rank: int) -> None:
        folder = get_datafolder(self.work_dir)
        path = f"abbreviations/{rank:05d}.json"
        folder.makedirs("abbreviations", exist_ok=True)
        with folder.open(path, "wt") as f:
            json.dump({s: dict(c) for s, c in sorted(lexicon.items())}, f, ensure_ascii=False, indent=0)


def merge_lexicons(paths, min_count: int = 1) -> dict[str, dict[str, int]]:
    """Sum partial lexicons ({"SHORT": {"long form": count}}) into one, long forms by count, rarest dropped."""
    total: dict[str, Counter] = defaultdict(Counter)
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise MedlmError(f"{path}: cannot read abbreviation lexicon ({e}); re-run the abbreviations step") from None
        for short, longs in data.items():
            for long, n in longs.items():
                total[short][long] += int(n)
    out = {}
    for short in sorted(total):
        kept = {lf: n for lf, n in total[short].most_common() if n >= min_count}
        if kept:
            out[short] = kept
    return out

