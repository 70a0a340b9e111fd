"""Settings of the tokenizer-stage commands (light: imported by the CLI without heavy deps)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from medlm.config import opt


@dataclass
class TokenizerTrainConfig:
    corpus: str = opt(help="corpus directory (output of `medlm corpus build`), or .parquet/.jsonl(.xz)/.txt files' directory", positional=True)
    out: str = opt(help="output tokenizer directory")
    vocab_size: int = opt(32000, help="vocabulary size, including special, byte and user-defined pieces")
    model_type: Literal["bpe", "unigram"] = opt("bpe", help="SentencePiece model type")
    val_fraction: float = opt(
        0.005,
        help="share of documents held out (same seeded split as `medlm corpus tokenize`); they are never trained on",
    )
    seed: int = opt(0, help="seed of the train/val split and of the sentence sample")
    sample_sentences: int = opt(
        2_000_000, help="at most this many training sentences (lines) are sampled, seeded, in bounded memory"
    )
    weights: dict[str, float] = opt(
        {},
        help="repeat factor of the lines of matching documents in the training sample, e.g. {'kind:clinical': 3, "
        "'ebm-nlp*': 3} (pattern: source glob or kind:KIND; first match wins; default 1; 0.5 keeps half, seeded)",
    )
    max_sentence_bytes: int = opt(2048, help="longer lines are cut at a space into pieces of at most this many bytes")
    character_coverage: float = opt(0.9999, help="share of characters covered by the vocabulary; the rest use byte fallback")
    max_piece_length: int = opt(16, help="longest piece in characters")
    split_by_script: bool = opt(
        False,
        help="no piece mixes Unicode scripts (SentencePiece's default): would forbid 'mg/dL', \"'s\", 'and/or', 'IL-', 'Doctor:' as pieces",
    )
    separate_punctuation: bool = opt(
        True, help="no piece joins a word with the sentence punctuation . , ; ! ? after it (no 'cancer.' next to 'cancer')"
    )
    abbreviations: int = opt(
        0, help="add up to this many abbreviations from CORPUS/abbreviations.json as user-defined pieces (0: none)"
    )
    min_abbreviation_count: int = opt(50, help="only abbreviations seen at least this often in the corpus")
    terms: str | None = opt(None, help="text file of domain terms (one per line, '#' comments) to add as user-defined pieces")
    max_terms: int = opt(500, help="at most this many terms from --terms, most frequent in the training sample first")
    min_term_count: int = opt(20, help="only terms occurring at least this often (as whole words) in the training sample")
    user_symbols: list[str] = opt([], help="extra user-defined pieces, used verbatim")
    newline_pieces: bool = opt(True, help='"\\n" and "\\n\\n" as pieces of their own (clinical notes are line-structured)')
    num_threads: int = opt(2, help="SentencePiece trainer threads")
    parity_docs: int = opt(200, help="check HF == SentencePiece ids on this many held-out documents after training")
    overwrite: bool = opt(False, help="replace an existing tokenizer in --out")

    def __post_init__(self):
        if self.vocab_size < 300:
            raise ValueError(f"vocab_size must be at least 300 (256 byte pieces + specials), got {self.vocab_size}")
        if not 0 <= self.val_fraction < 1:
            raise ValueError(f"val_fraction must be in [0, 1), got {self.val_fraction}")
        if self.sample_sentences < 1:
            raise ValueError("sample_sentences must be positive")
        if any(w < 0 for w in self.weights.values()):
            raise ValueError(f"weights must not be negative: {self.weights}")


@dataclass
class TokenizerCompareConfig:
    tokenizers: list[str] = opt(
        help="tokenizers to compare, first is the reference: a local dir (medlm or HF), hf:DIR_OR_ID, gguf:FILE.gguf",
        positional=True,
    )
    text: str = opt(help="held-out text: a corpus dir, or .parquet/.jsonl(.xz)/.txt file(s)")
    split: Literal["val", "train", "all"] = opt("val", help="which documents of --text to use (seeded split by id)")
    val_fraction: float | None = opt(
        None, help="val share of the split (default: the first medlm tokenizer's val_fraction, else 0.005)"
    )
    seed: int | None = opt(None, help="split seed (default: the first medlm tokenizer's seed, else 0)")
    groups: dict[str, list[str]] = opt(
        {
            "abstracts": ["pubmed", "pubmed:*", "medline*", "pico_abstracts", "ebm-nlp*", "chemprot*"],
            "clinical": ["kind:clinical", "mtsamples", "mimic*"],
        },
        help="named groups of documents reported separately (plus 'all'): source-name globs, 'kind:KIND', '!' excludes",
    )
    terms: str | None = opt(None, help="medical term list (one per line); default: the list shipped in tokenizer/terms/")
    max_chars: int = opt(20_000_000, help="use at most this many characters of text per group (first documents in order)")
    out: str = opt("benchmarks/results/tokenizer", help="directory for compare.json, compare.md, compare.png")
    name: str = opt("compare", help="file stem of the outputs")
    trust_remote_code: bool = opt(False, help="allow custom tokenizer code from hub repos (off by default)")


@dataclass
class CorpusTokenizeConfig:
    corpus: str = opt(help="corpus directory (output of `medlm corpus build`)", positional=True)
    tokenizer: str = opt(help="tokenizer directory (output of `medlm tokenizer train`)")
    out: str = opt(help="output token-shard directory")
    val_fraction: float = opt(0.005, help="share of documents in the val split (seeded hash of the document id)")
    seed: int = opt(0, help="split seed")
    workers: int = opt(1, help="parallel worker processes")
    shard_tokens: int = opt(100_000_000, help="a shard is closed at the first document boundary past this many tokens")
    dtype: Literal["auto", "uint16", "uint32"] = opt("auto", help="token dtype; auto: uint16 if the vocab fits")
    batch_docs: int = opt(256, help="documents encoded per SentencePiece call")
    sources: list[str] = opt([], help="tokenize only documents of these corpus sources (default: all)")
    kinds: list[str] = opt([], help="tokenize only documents of these kinds, e.g. clinical or literature (default: all)")
    overwrite: bool = opt(False, help="discard existing output in --out (finished or partial) and start over")

    def __post_init__(self):
        if not 0 <= self.val_fraction < 1:
            raise ValueError(f"val_fraction must be in [0, 1), got {self.val_fraction}")
        if self.workers < 1 or self.shard_tokens < 1 or self.batch_docs < 1:
            raise ValueError("workers, shard_tokens and batch_docs must be positive")
