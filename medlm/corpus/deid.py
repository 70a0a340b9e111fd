"""De-identification of clinical text (HIPAA Safe Harbor): PHI -> typed placeholders.

STUB: final signatures; the implementation lands in the next commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from medlm.config import opt

PHI_TYPES = ("NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP", "URL", "IP", "AGE>89", "ID")


@dataclass
class DeidConfig:
    apply_to: str = opt(
        "clinical",
        help="which documents to de-identify: 'clinical' (metadata kind == clinical), 'all', "
        "or a comma-separated list of source names",
    )
    names: bool = opt(True, help="detect person names (context cues + name lists)")
    keep_years: bool = opt(True, help="keep a bare year (Safe Harbor allows it); False replaces years too")


@dataclass
class DeidResult:
    text: str
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)  # (start, end, type, original)


def deidentify(text: str, cfg: DeidConfig | None = None) -> DeidResult:
    return DeidResult(text, [])


class Deidentify(PipelineStep):
    name = "de-identify"
    type = "🔒 - DEID"

    def __init__(self, cfg: DeidConfig, work_dir: str):
        super().__init__()
        self.cfg = cfg
        self.work_dir = work_dir

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            yield doc
