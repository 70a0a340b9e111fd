"""Biomedical sentence segmentation and abbreviation detection with scispacy.

STUB: final signatures; the implementation lands in the next commits.
"""

from __future__ import annotations

from dataclasses import dataclass

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from medlm.config import opt


@dataclass
class AbbreviationsConfig:
    apply_to: str = opt("all", help="which documents: 'all', 'clinical', or a comma-separated list of source names")
    sentences: bool = opt(True, help="also split sentences (scispacy) and record metadata['sentences']")
    max_chars: int = opt(200_000, help="documents longer than this are processed in chunks of this size")
    min_count: int = opt(1, help="merge_lexicons keeps long forms seen at least this often")


class AbbreviationStep(PipelineStep):
    name = "abbreviations"
    type = "🔤 - ABBREV"

    def __init__(self, cfg: AbbreviationsConfig, work_dir: str):
        super().__init__()
        self.cfg = cfg
        self.work_dir = work_dir

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            yield doc


def merge_lexicons(paths, min_count: int = 1) -> dict[str, dict[str, int]]:
    """Merge partial lexicons ({"SHORT": {"long form": count}}) written by AbbreviationStep ranks."""
    return {}
