"""Steps that apply to part of a corpus (de-identification: clinical notes; abbreviations: configurable)."""

from __future__ import annotations

from datatrove.pipeline.base import PipelineStep


class ScopedStep(PipelineStep):
    """A datatrove step whose `cfg.apply_to` is 'all', 'clinical', or a comma-separated list of source names
    or kinds; `applies(doc)` says whether a document is in scope."""

    def __init__(self, cfg, work_dir: str):
        super().__init__()
        self.cfg = cfg
        self.work_dir = work_dir
        scope = cfg.apply_to.strip()
        self._names = None if scope in ("clinical", "all") else {s.strip() for s in scope.split(",") if s.strip()}

    def applies(self, doc) -> bool:
        scope = self.cfg.apply_to.strip()
        if scope == "all":
            return True
        meta = doc.metadata or {}
        if scope == "clinical":
            return meta.get("kind") == "clinical"
        return meta.get("source") in self._names or meta.get("kind") in self._names
