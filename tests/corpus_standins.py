"""Tiny stand-in corpus steps for the pipeline tests: deterministic, fast, and independent of the
real normalize/quality/deid/decontam implementations (those have their own tests).

Tests register them with `monkeypatch.setitem(STEP_REGISTRY, name, "tests.corpus_standins:Config:Step")`.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter

from medlm.config import opt


@dataclass
class WordFilterConfig:
    word: str = opt("psoriasis", help="documents mentioning this word are dropped")


class WordFilter(BaseFilter):
    name = "stand-in word filter"

    def __init__(self, cfg: WordFilterConfig, work_dir: str):
        super().__init__()
        self.cfg = cfg

    def filter(self, doc):
        return (False, f"mentions_{self.cfg.word}") if self.cfg.word in doc.text.lower() else True


@dataclass
class SlowConfig:
    seconds: float = opt(0.05, help="sleep per document")


class SlowStep(PipelineStep):
    """Transform that sleeps per document and records which process ran which rank."""

    name = "stand-in slow step"

    def __init__(self, cfg: SlowConfig, work_dir: str):
        super().__init__()
        self.cfg = cfg
        self.work_dir = work_dir

    def run(self, data, rank: int = 0, world_size: int = 1):
        marks = Path(self.work_dir) / "slow"
        marks.mkdir(parents=True, exist_ok=True)
        (marks / f"{rank:05d}-{os.getpid()}").touch()
        for doc in data:
            time.sleep(self.cfg.seconds)
            doc.metadata["slow"] = True
            yield doc


@dataclass
class MarkerConfig:
    marker: str = opt("CONTAMINATED", help="documents containing this string are dropped as benchmark hits")


class MarkerDecontam(BaseFilter):
    """Drops documents containing a marker and writes decontamination-style hits, like Decontaminate."""

    name = "stand-in decontam"

    def __init__(self, cfg: MarkerConfig, work_dir: str):
        super().__init__()
        self.cfg = cfg
        self.work_dir = work_dir
        self.hits = None

    def filter(self, doc):
        if self.cfg.marker in doc.text:
            self.hits.write(json.dumps({"benchmark": "toyqa", "item_id": "q1", "doc_id": doc.id, "ngram": self.cfg.marker}) + "\n")
            return False, "benchmark_toyqa"
        return True

    def run(self, data, rank: int = 0, world_size: int = 1):
        path = Path(self.work_dir) / "decontaminate" / f"{rank:05d}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w") as self.hits:
            yield from super().run(data, rank, world_size)


@dataclass
class BoomConfig:
    on: str = opt("a005", help="raise on the document with this id suffix")


class Boom(BaseFilter):
    name = "stand-in failing step"

    def __init__(self, cfg: BoomConfig, work_dir: str):
        super().__init__()
        self.cfg = cfg

    def filter(self, doc):
        if doc.id.endswith(self.cfg.on):
            raise ValueError("stand-in failure")
        return True


@dataclass
class CrashConfig:
    on: str = opt("a005", help="the worker process kills itself (SIGKILL, like the OOM killer) at this document")


class Crash(PipelineStep):
    name = "stand-in crashing worker"

    def __init__(self, cfg: CrashConfig, work_dir: str):
        super().__init__()
        self.cfg = cfg

    def run(self, data, rank: int = 0, world_size: int = 1):
        import signal

        for doc in data:
            if doc.id.endswith(self.cfg.on):
                os.kill(os.getpid(), signal.SIGKILL)
            yield doc


STANDINS = {
    "quality": "tests.corpus_standins:WordFilterConfig:WordFilter",
    "deid": "tests.corpus_standins:SlowConfig:SlowStep",
    "decontaminate": "tests.corpus_standins:MarkerConfig:MarkerDecontam",
    "language": "tests.corpus_standins:BoomConfig:Boom",
    "normalize": "tests.corpus_standins:CrashConfig:Crash",
}
