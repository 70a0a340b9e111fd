"""Biomedical sentence segmentation and abbreviation detection with scispacy.

scispacy's rule-based parts run on a blank spaCy pipeline (its trained model packages are not needed):
its biomedical tokenizer (`combined_rule_tokenizer`) and its Schwartz & Hearst (2003) abbreviation detection
("chronic obstructive pulmonary disease (COPD)"), and pySBD, the sentence splitter scispacy's
`pysbd_sentencizer` wraps. Both are run only where their rules can change the result (`paren_windows`,
`count_sentences`), which makes the step 10-25x faster than running them on whole documents; tests check the
fast paths against scispacy's AbbreviationDetector and pySBD on whole texts.

`AbbreviationStep` passes documents through unchanged (it only adds metadata["sentences"] and
metadata["abbreviations"] counts) and, when its input is exhausted, writes the short form -> long form
counts it saw to `work_dir/abbreviations/<rank:05d>.json`. `merge_lexicons` sums those partial files into
the corpus lexicon `CORPUS/abbreviations.json` ({"COPD": {"chronic obstructive pulmonary disease": 12}}),
which the tokenizer stage reads to seed its vocabulary.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
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
        help="sentence splitting, recorded as metadata['sentences']: 'pysbd' (pySBD, as scispacy's biomedical "
        "splitter uses it), 'spacy' (spaCy's rule-based sentencizer; tokenises every document, several times "
        "slower) or 'none'",
    )
    max_chars: int = opt(100_000, help="with sentences='spacy', documents longer than this are tokenised in pieces "
                         "of about this size")
    min_count: int = opt(1, help="the corpus lexicon keeps long forms defined at least this often")

    def __post_init__(self):
        if self.sentences not in ("pysbd", "spacy", "none"):
            raise ValueError(f"abbreviations.sentences must be pysbd, spacy or none, got {self.sentences!r}")
        if self.max_chars < 1000:
            raise ValueError(f"abbreviations.max_chars must be at least 1000, got {self.max_chars}")
        if self.min_count < 1:
            raise ValueError(f"abbreviations.min_count must be at least 1, got {self.min_count}")


@functools.lru_cache(maxsize=None)
def build_nlp(sentences: str = "none"):
    """A blank English spaCy pipeline with scispacy's tokenizer and, for sentences='spacy', spaCy's rule-based
    sentencizer. Abbreviations are found by `_definitions` (scispacy's detector, faster), pySBD sentences by
    `count_sentences`.

    Built once per process and sentence mode: datatrove runs many tasks in one worker process, and importing
    spaCy plus compiling scispacy's tokenizer takes seconds."""
    import spacy
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    nlp = spacy.blank("en")
    with warnings.catch_warnings():  # a FutureWarning from one of scispacy's tokenizer regexes
        warnings.simplefilter("ignore", FutureWarning)
        nlp.tokenizer = combined_rule_tokenizer(nlp)
    if sentences == "spacy":
        nlp.add_pipe("sentencizer")
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


# Schwartz & Hearst definitions need a bracket: "long form (SF)" takes at most min(|SF| + 5, 2 |SF|) tokens
# before "(" (|SF| = characters of the short form, at most 3 tokens of at most 9 characters, so at most 32
# tokens), and "SF (long form)" one token before it and at most 8 tokens inside. So only a window around each
# "(" that may define something (`_may_define`) is tokenised: that many words (runs of non-space, each one or
# more scispacy tokens) before it and 9 words from it (or up to its ")" if only the first form is possible),
# within its paragraph. The windows of a document are tokenised one by one and the detector's
# once-per-document rule (the first definition of a short form, or of a long form, wins) runs across them.
_MAX_SF_CHARS, _WORDS_AHEAD, _WINDOW_CHARS = 27, 9, 400
_WORD = re.compile(r"\S+")


def _may_define(text: str, pos: int, close: int, par_start: int) -> tuple[bool, bool]:
    """Whether the "(" at `pos` may give a plausible definition as "long form (SF)" (SF = the bracket's text: at
    most 3 words, starting with a letter, at least half letters, with a capital, as scispacy's short_form_filter
    and `_plausible` require) and as "SF (long form)" (SF = the word before: starts with a letter, has a capital,
    2-9 characters if it is one token, and its letters and digits occur in order in the next 9 words, as
    Schwartz & Hearst require)."""
    inside = text[pos + 1:close].strip()
    long_before = (inside[:1].isalpha() and len(inside.split()) <= 3 and any(c.isupper() for c in inside)
                   and 2 * sum(c.isalpha() for c in inside) >= len(inside))
    before = text[max(par_start, pos - 40):pos].split()
    word = before[-1] if before else ""
    if not (word[:1].isalpha() and any(c.isupper() for c in word)) or (word.isalnum() and not 2 <= len(word) < 10):
        return long_before, False
    rest = iter(" ".join(text[pos + 1:pos + 400].split(None, _WORDS_AHEAD)[:_WORDS_AHEAD]).lower())
    return long_before, all(c in rest for c in word.lower() if c.isalnum())


def paren_windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of `text` the abbreviation detector needs (see above), overlapping ones merged."""
    spans: list[list[int]] = []
    breaks = [m.start() for m in re.finditer("\n\n", text)]  # paragraph ends
    for match in re.finditer(r"\(", text):
        pos = match.start()
        i = bisect.bisect_left(breaks, pos)
        par_start = breaks[i - 1] + 2 if i > 0 else 0
        par_end = breaks[i] if i < len(breaks) else len(text)
        close = text.find(")", pos, par_end)
        if close < 0:
            continue
        long_before, long_inside = _may_define(text, pos, close, par_start)
        if not (long_before or long_inside):
            continue
        sf_chars = sum(not c.isspace() for c in text[pos + 1:close])
        words_back = (min(sf_chars + 5, 2 * sf_chars) if long_before and sf_chars <= _MAX_SF_CHARS else 1) + 1
        lo = max(par_start, pos - _WINDOW_CHARS)
        before = [m.start() for m in _WORD.finditer(text, lo, pos)]
        if lo > par_start and before and before[0] == lo and not text[lo - 1].isspace():
            before = before[1:]  # a word cut by the character limit
        if len(before) >= words_back:
            start = before[-words_back]
        else:
            start = before[0] if lo > par_start and before else par_start
        if long_inside:
            ahead = list(_WORD.finditer(text, pos, min(par_end, pos + _WINDOW_CHARS)))
            end = ahead[_WORDS_AHEAD].end() if len(ahead) > _WORDS_AHEAD else min(par_end, pos + _WINDOW_CHARS)
        else:  # to the end of the word holding the first ")"
            end = _WORD.match(text, close).end()
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(a, b) for a, b in spans]


def _definitions(doc, seen_long: set, seen_short: set) -> list[tuple[str, str]]:
    """scispacy's AbbreviationDetector without its spaCy Matcher (which pairs every "(" with every later ")"):
    the same candidates in the same order, through scispacy's own filter_matches and find_abbreviation.
    `seen_long` / `seen_short` carry the detector's first-definition-wins rule over several Docs."""
    from scispacy.abbreviation import filter_matches, find_abbreviation

    orth = doc.to_array("ORTH")
    opens = (orth == doc.vocab.strings["("]).nonzero()[0].tolist()
    closes = set((orth == doc.vocab.strings[")"]).nonzero()[0].tolist())
    # the Matcher's (start, end) of "(" ... ")" without the brackets, at most 8 tokens inside, in its order
    inner = [(i + 1, j) for i in opens for j in range(i + 2, min(i + 10, len(orth))) if j in closes]
    inner.sort(key=lambda m: (m[1], -m[0]))
    found = []
    for long_candidate, short_candidate in filter_matches([(0, a, b) for a, b in inner], doc):
        short, long = find_abbreviation(long_candidate, short_candidate)
        if long is not None and long.text not in seen_long and short.text not in seen_short:
            seen_long.add(long.text)
            seen_short.add(short.text)
            found.append((short.text, long.text))
    return found


def abbreviations_in(nlp, text: str, max_chars: int = 100_000,
                     windows: bool = True) -> tuple[list[tuple[str, str]], int]:
    """(unique (short, long) definitions, spaCy sentence count or 0) found in `text`.

    With `windows`, only the text around each "(" is tokenised (see `paren_windows`); without, the whole text
    (needed when `nlp` also splits sentences)."""
    if windows:
        # a window that does not open the document starts with a space, so that its first "(" is not taken
        # for the document's first token (which the detector skips)
        parts = [(" " if a > 0 else "") + text[a:b] for a, b in paren_windows(text)] if "(" in text else []
        docs = (nlp.make_doc(part) for part in parts)
    else:
        docs = (nlp(piece) for piece in _pieces(text, max_chars))
    pairs: set[tuple[str, str]] = set()
    n_sents = 0
    seen_long: set[str] = set()
    seen_short: set[str] = set()
    for doc in docs:
        for short, long in _definitions(doc, seen_long, seen_short):
            if _plausible(short, long):
                pairs.add((short, _normalise_long(long)))
        if not windows and doc.has_annotation("SENT_START"):
            n_sents += sum(1 for _ in doc.sents)
    return sorted(pairs), n_sents


# pySBD sentences without running pySBD on every character. pySBD (pure-Python regex rules) processes about
# 0.2 MB per CPU-second, so it runs only where its rules can matter. pySBD always ends a sentence at a line break
# and applies its rules line by line, so lines are counted one by one. A line is cut where pySBD certainly ends
# a sentence: after a word with no "." inside that is in neither pySBD's nor scispacy's abbreviation lists,
# ". " / "! " / "? " before anything but a quote or another mark, outside the brackets, quotes and "--" pairs
# whose marks pySBD protects. A piece with no other sentence mark (decimal points, "e.g.", "A." and such aside)
# is one sentence; every other piece goes to pySBD, and so does every line with list numbering or a bracket
# opening a sentence. As scispacy's `pysbd_sentencizer` does, a sentence ending in one of scispacy's
# abbreviations ("Fig.", "al.") runs on into the next. Unlike it, pySBD's sentences are not aligned to spaCy
# tokens (which dropped the sentences pySBD had altered, e.g. most lines of ICD-10 code lists).
_HARD_LINE = re.compile(
    r"(?:^|[。．.！!?？]\s)\s*(?:\([^)]{2,}\)(?=\s[A-Z])|（|「)|[☝♨∯∮ȸȹ☉☈☇☄ᓴ⎋✂⌬]"
)
_LIST_WORD = re.compile(r"\d{1,2}|[ivx]{1,4}")  # "12." and "iv." may number a list: pySBD decides
_EASY_MARK = re.compile(r"""[.!?] +(?=[^\s'"“”‘’«»。．.！!?？])""")  # then the word before it is checked
_MARKS = "。．.！!?？"
_QUOTES = "'\"‘’“”«»"
_INNER_MARK = re.compile(r"[。．.！!?？]")
_LINE_NUMBER = re.compile(r"\s*\d{1,2}\.(?=\s\S|\))")
# periods pySBD never takes for a sentence end: between letters/digits ("2.5", "fig.2"; not a reference number
# as in "disease.12 The"), after a lone capital ("A. baumannii", "vitamin D. "), in "e.g."-style abbreviations
# (except U.S. / U.K. / E.U. / i.v. ones), and (see `_LINE_NUMBER`) a line's leading "1."
_NOT_AN_END = re.compile(
    r"(?<=[a-zA-Z0-9_])\.(?=[a-zA-Z_])|(?<=\d)\.(?=\d)"
    r"|(?<=[a-zA-Z_])\.(?=\d)(?!\d{1,3}(?:\s?\d{1,3}){0,3}\s[A-Z])"
    r"|(?:(?<=^[A-HJ-Z])|(?<=\s[A-HJ-Z]))\.(?=,?\s)"  # not "I.": pySBD ends a sentence at "I. The"
    r"|(?i:\b(?!(?:u\.s|u\.k|e\.u|u\.s\.a|i\.v)\.)[a-z](?:\.[a-z])+\.)"
)


@functools.lru_cache(maxsize=None)
def _pysbd():
    """(pySBD's English sentence splitter (text -> sentences), words that never end an easy sentence, scispacy's
    non-ending tokens, pySBD's regexes for the brackets, quotes and dashes whose marks it protects, pySBD's
    abbreviation periods, pySBD abbreviations that end a sentence before a capital)."""
    from pysbd.between_punctuation import BetweenPunctuation as B
    from pysbd.lang.english import English
    from scispacy.consts import ABBREVIATIONS

    not_easy = {a.lower() for a in English.Abbreviation.ABBREVIATIONS} | {a.rstrip(".").lower() for a in ABBREVIATIONS}
    protecting = [re.compile(r) for r in (B.BETWEEN_SINGLE_QUOTE_SLANTED_REGEX, B.BETWEEN_DOUBLE_QUOTES_REGEX_2,
                                          B.BETWEEN_SQUARE_BRACKETS_REGEX_2, B.BETWEEN_PARENS_REGEX_2,
                                          B.BETWEEN_QUOTE_ARROW_REGEX_2,
                                          B.BETWEEN_EM_DASHES_REGEX_2, B.BETWEEN_QUOTE_SLANTED_REGEX_2)]
    single = (re.compile(B.BETWEEN_SINGLE_QUOTES_REGEX), re.compile(B.WORD_WITH_LEADING_APOSTROPHE))
    # the periods of pySBD's own abbreviations that its AbbreviationReplacer hides (same look-aheads as pySBD's)
    a = English.Abbreviation
    words = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    others = set(a.ABBREVIATIONS) - set(a.PREPOSITIVE_ABBREVIATIONS) - set(a.NUMBER_ABBREVIATIONS)
    periods = re.compile(
        rf"(?<!\S)(?i:{words(a.PREPOSITIVE_ABBREVIATIONS)})\.(?=\s|:\d+)"
        rf"|(?<!\S)(?i:{words(set(a.NUMBER_ABBREVIATIONS) - set(a.PREPOSITIVE_ABBREVIATIONS))})\.(?=\s\d|\s+\()"
        rf"|(?<!\S)(?i:{words(others)})\.(?=[.:\-?,]|\s(?:[a-z]|I\s|I'm|I'll|\d|\())"
    )
    ends_before_capital = {w for w in a.ABBREVIATIONS if "." not in w} - set(a.PREPOSITIVE_ABBREVIATIONS) - {
        w.rstrip(".").lower() for w in ABBREVIATIONS}
    return (_fast_english_processor(), frozenset(not_easy), frozenset(ABBREVIATIONS), protecting,
            single, periods, frozenset(ends_before_capital))


def _fast_english_processor():
    """pySBD's English Processor with a faster AbbreviationReplacer. pySBD runs two regex searches over the line
    for each of its ~200 abbreviations that occurs in it as a substring ("is", "man", "co"), and one substitution
    over the line for each word it starts, compiling patterns beyond the `re` cache; every substitution needs the
    abbreviation as a word followed by ".". This one skips the abbreviations no word of the line has that way
    (their substitutions change nothing) and caches the compiled patterns; the result is the same."""
    from pysbd.lang.english import English
    from pysbd.processor import Processor

    compiled = functools.lru_cache(maxsize=None)(re.compile)
    longest = max(len(a.strip()) for a in English.Abbreviation.ABBREVIATIONS)

    class Replacer(English.AbbreviationReplacer):
        def search_for_abbreviations_in_string(self, text):
            lowered = text.lower()
            # every replacement needs "<whitespace><abbreviation>." : the words' parts before a "."
            before_period = {w[:i] for w in lowered.split() for i, c in enumerate(w) if c == "." and 0 < i <= longest}
            for abbr in self.lang.Abbreviation.ABBREVIATIONS:
                stripped = abbr.strip()
                # pySBD's pattern is not escaped: "e.g" also matches "e-g"; those few keep pySBD's full search
                if stripped not in lowered or ("." not in stripped and stripped not in before_period):
                    continue
                matches = compiled(r"(?:^|\s|\r|\n){}".format(stripped), re.IGNORECASE).findall(text)
                if not matches:
                    continue
                next_chars = compiled(r"(?<={" + str(re.escape(stripped)) + "} ).{1}").findall(text)
                for i, match in enumerate(matches):
                    text = self.scan_for_replacements(text, match, i, next_chars)
            return text

    class FastEnglish(English):
        AbbreviationReplacer = Replacer

    return lambda text: Processor(text, FastEnglish).process()


def _pysbd_count(text: str) -> int:
    """pySBD's sentences in one line (or piece of one), joined after scispacy's abbreviations."""
    process, _, no_end, *_ = _pysbd()
    sentences = [s for s in process(text) if s.strip()]
    joined = sum(1 for s in sentences[:-1] if s.split()[-1] in no_end)
    return len(sentences) - joined


def _protected_spans(line: str) -> list[tuple[int, int]]:
    """Spans of `line` inside which pySBD ends no sentence (its BetweenPunctuation rules)."""
    if not any(c in line for c in "'‘\"«[(-“"):
        return []
    _, _, _, protecting, (single, leading_apostrophe), *_ = _pysbd()
    spans = [m.span() for regex in protecting for m in regex.finditer(line)]
    if "'" in line and not (leading_apostrophe.search(line) and not re.search(r"'\s", line)):
        spans += [m.span() for m in single.finditer(line)]
    return spans


def _has_list(line: str) -> bool:
    """True if pySBD's ListItemReplacer takes markers in `line` for a list ("1. ... 2.", "a) ... b)", "(i) ...
    (ii)") and breaks the line at them: two markers next to each other in its order that count on by one."""
    if len(_LIST_GATE.findall(line)) < 2:  # a superset of pySBD's list markers, one cheap regex
        return False
    fast_numbers, exact_numbers, letter_regexes, alphabets = _list_regexes()
    numbers = {int(n) for regex in fast_numbers for n in regex.findall(line)}  # a superset of pySBD's numbers
    if (any(n + 1 in numbers for n in numbers) or {0, 9} <= numbers) and any(
            _numbered_list([int(n) for n in regex.findall(line)]) for regex in exact_numbers):
        return True
    return any(_lettered_list([a for a in regex.findall(line) if a in alphabet], alphabet)
               for regex in letter_regexes for alphabet in alphabets)


def _numbered_list(numbers: list[int]) -> bool:
    """pySBD's scan_lists: does some number follow, or get followed by, the next one (9 and 0 count as next)?"""
    return any(n + 1 == numbers[i + 1] or (n == 9 and numbers[i + 1] == 0) or (n == 0 and numbers[i + 1] == 9)
               for i, n in enumerate(numbers[:-1]))


def _lettered_list(items: list[str], alphabet: list[str]) -> bool:
    """pySBD's iterate_alphabet_array: does some letter (or roman numeral) have a neighbour one step away in the
    alphabet, the next one after it, or the one before it (for the first item pySBD's "one before" is the last)?"""
    at = [alphabet.index(a) for a in items]
    return any(abs(at[i - 1] - at[i]) == 1 or (i < len(at) - 1 and at[i + 1] - at[i] == 1) for i in range(len(at)))


_LIST_GATE = re.compile(r"\d[.)]\s|\d\.\)|(?<![^\s(])[a-z]+\)|(?<!\S)[a-z]\.")


@functools.lru_cache(maxsize=None)
def _list_regexes():
    """pySBD ListItemReplacer's marker regexes: its own for numbers (their order matters), and as single
    look-behinds (3-6x faster, same matches) for letters; plus a fast superset of the numbered ones."""
    from pysbd.lists_item_replacer import ListItemReplacer as L

    fast_numbers = [re.compile(r"(?<![^\s\-⁃])\d{1,2}(?=\.[\s)])"), re.compile(L.NUMBERED_LIST_PARENS_REGEX)]
    exact_numbers = [re.compile(L.NUMBERED_LIST_REGEX_1), re.compile(L.NUMBERED_LIST_PARENS_REGEX)]
    letters = [re.compile(r"(?<!\S)[a-z](?=\.)"), re.compile(r"(?<![^\s(])[a-z]+(?=\))")]
    return fast_numbers, exact_numbers, letters, (L.LATIN_NUMERALS, L.ROMAN_NUMERALS)


def _easy_pieces(line: str, not_easy: frozenset, ends_before_capital: frozenset) -> list[str]:
    """`line` cut at the sentence ends pySBD certainly makes (see above)."""
    pieces, start, protected = [], 0, None
    for m in _EASY_MARK.finditer(line):
        word_end = m.start() - 1 if line[m.start() - 1:m.start()] == " " else m.start()  # "word ." as "word."
        before = line[max(0, word_end - 50):word_end]
        if not before or before[-1].isspace() or before[-1] in _QUOTES or before[-1] in _MARKS:
            continue
        word = before.split()[-1].lower()
        if "." in word or (len(word) == 1 and word.isalpha()) or (
                word_end == len(word) and _LIST_WORD.fullmatch(word)):
            continue  # "e.g." / "A." / a line's leading "1." or "iv.": pySBD decides
        if word.strip("()[]") in not_easy:
            # pySBD ends a sentence after its own abbreviations that are not titles ("ill.", "mass.") when a
            # capital other than "I", "I'm" follows; scispacy's ("al.", "Fig.") never end one
            nxt = line[m.end():m.end() + 2]
            if word not in ends_before_capital or not nxt[:1].isupper() or nxt in ("I ", "I'") or nxt == "I":
                continue
        if protected is None:
            protected = _protected_spans(line)
        if any(a <= m.start() < b for a, b in protected):
            continue
        pieces.append(line[start:m.end()])
        start = m.end()
    pieces.append(line[start:])
    return pieces


def _one_sentence(piece: str, line_start: bool, abbreviation_periods: re.Pattern | None = None) -> bool:
    """True if pySBD finds no sentence end in `piece` (at the start of its line or not) before its final marks."""
    if piece.lstrip()[:1] in _QUOTES:
        return False
    body = piece.rstrip()
    if body[-1:] in _MARKS:
        body = body[:-1]
    if not _INNER_MARK.search(body):
        return True
    if line_start and (number := _LINE_NUMBER.match(body)):
        body = body[number.end():]
    if "." in body:
        body = _NOT_AN_END.sub("", body)
    if "." in body and abbreviation_periods is not None:
        body = abbreviation_periods.sub("", body)
    return not _INNER_MARK.search(body)


def count_sentences(text: str, fast: bool = True) -> int:
    """Sentences in `text` as pySBD splits them, line by line (see the comment above); fast=False runs pySBD on
    every line (the reference the fast path is checked against)."""
    _, not_easy, _, _, _, abbreviation_periods, ends_before_capital = _pysbd()
    n = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        if not fast or _HARD_LINE.search(line) or (("." in line or ")" in line) and _has_list(line)):
            n += _pysbd_count(line)
            continue
        if _one_sentence(line, True):  # the common case, without cutting the line first
            n += 1
            continue
        for i, piece in enumerate(_easy_pieces(line, not_easy, ends_before_capital)):
            if piece.strip():
                n += 1 if _one_sentence(piece, i == 0, abbreviation_periods) else _pysbd_count(piece)
    return n


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
                spacy_sents = self.cfg.sentences == "spacy"  # spaCy's sentencizer needs the whole text tokenised
                pairs, n_sents = abbreviations_in(nlp, doc.text, self.cfg.max_chars, windows=not spacy_sents)
                if self.cfg.sentences == "pysbd":
                    n_sents = count_sentences(doc.text)
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

