"""CLI registration for the corpus stage (see medlm/cli.py).

`medlm corpus tokenize` is registered by medlm/tokenizer/cli.py.
"""

from medlm.corpus.config import CorpusBuildConfig
from medlm.corpus.deid.model import DeidTrainConfig
from medlm.corpus.stats import CorpusStatsConfig


def register(add):
    add(
        "corpus build",
        "medlm.corpus.build:build_corpus",
        CorpusBuildConfig,
        help="build a clean, de-identified, deduplicated, decontaminated corpus from a recipe",
        description="Read the recipe's sources, run its steps (normalize, quality, language, deid, dedup, "
        "decontaminate, abbreviations) and write OUT/data/*.parquet, OUT/manifest.json and OUT/report.html. "
        "Re-running the same command resumes an interrupted build and does nothing on a finished one.",
    )
    add(
        "corpus stats",
        "medlm.corpus.stats:corpus_stats",
        CorpusStatsConfig,
        help="print a corpus directory's counts, drop reasons and document lengths",
    )
    add(
        "corpus deid-train",
        "medlm.corpus.deid.model:deid_train",
        DeidTrainConfig,
        help="train the de-identifier's statistical layer (a CRF stacked on the rules) on labelled notes",
        description="Train a linear-chain CRF (python-crfsuite) on labelled JSONL notes {id, text, spans: [[start, "
        "end, type], ...]} and write it to --out; de-identify with it through deid.model: PATH. Label all PHI "
        "types the de-identifier knows; the rules run on each note while training (their labels are features).",
    )
