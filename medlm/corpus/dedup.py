"""Global deduplication: exact (normalised-text hash) then near-duplicate (MinHash LSH).

Placeholder config; the stages land with the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from medlm.config import opt


@dataclass
class DedupConfig:
    exact: bool = opt(True, help="drop exact duplicates (same text after case/whitespace/punctuation normalisation)")
    near: bool = opt(True, help="drop near-duplicates found by MinHash LSH")
    threshold: float = opt(0.8, help="Jaccard similarity above which two documents count as near-duplicates")
    shingle: int = opt(5, help="words per shingle")
    bands: int = opt(0, help="LSH bands (0 = chosen from threshold)")
    rows: int = opt(0, help="hashes per band (0 = chosen from threshold)")
    seed: int = opt(1, help="MinHash seed")

    def __post_init__(self):
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"dedup threshold must be between 0 and 1, got {self.threshold}")
        if self.shingle < 1:
            raise ValueError("dedup shingle must be >= 1")
        if (self.bands == 0) != (self.rows == 0):
            raise ValueError("set both dedup bands and rows, or neither")
