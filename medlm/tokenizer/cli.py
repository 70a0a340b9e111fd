"""CLI registration for the tokenizer stage (see medlm/cli.py)."""

from medlm.tokenizer.config import CorpusTokenizeConfig, TokenizerCompareConfig, TokenizerTrainConfig


def register(add):
    add(
        "tokenizer train",
        "medlm.tokenizer.train:train_tokenizer",
        TokenizerTrainConfig,
        help="train a SentencePiece tokenizer (+ Hugging Face tokenizer.json) on a corpus",
    )
    add(
        "tokenizer compare",
        "medlm.tokenizer.compare:compare_tokenizers",
        TokenizerCompareConfig,
        help="compare tokenizers on held-out text: fertility, chars/bytes per token, medical terms, speed",
    )
    add(
        "corpus tokenize",
        "medlm.tokenizer.tokenize:tokenize_corpus",
        CorpusTokenizeConfig,
        help="tokenize a corpus into uint16/uint32 token shards (train/val) for `medlm train`",
    )
