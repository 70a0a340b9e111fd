"""datatrove wiring for `medlm corpus build`: medlm's steps inside datatrove pipelines and executors.

A build runs as a chain of datatrove pipelines ("stages"), each a list of PipelineSteps run over
N tasks by a Local, Ray or Slurm executor. datatrove's per-task completion markers make every
stage resumable; the last step of a task writes that task's accounting (`TaskSink`), so a task
that was killed leaves no accounting and is simply run again.

    process      read inputs (SourceReader) -> per-document steps before dedup -> ShardWriter
    keys         (1 task)  duplicate ids + exact duplicates over all shards -> per-shard drop lists
    minhash_*    datatrove MinHash stages 1-3 (signatures, buckets, clusters)
    finalize     ShardReader -> dedup filter -> steps after dedup -> CorpusWriter (OUT/data)

Accounting: every step is wrapped in `Accounted`, which counts documents in and out and, for
filters, collects drop reasons through datatrove's own `exclusion_writer` hook (BaseFilter.run
writes each dropped document there with metadata["filter_reason"]). Reader-level drops and
errors are counted by `SourceReader`. All counts of a task go to one JSON file per stage and rank.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import datatrove.executor.base as _dt_executor_base
from datatrove.data import Document, DocumentsPipeline
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from loguru import logger

from medlm.errors import MedlmError
from medlm.manifest import atomic_write_json, sha256_file

# ---------------------------------------------------------------- quiet datatrove task logging
# datatrove prints every task's log to stderr; medlm shows its own progress line instead and keeps
# datatrove's full logs in WORK/logs/<stage>/logs/task_*.log (named in error messages).


_LOG_FORMAT = "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} | {name}:{function}:{line} - {message}\n"


class _LogSink:
    """The one loguru handler of a process; it writes to the running task's log file, else the driver's.

    loguru's add() costs ~10 ms (its exception formatter inspects sysconfig paths): adding and removing
    a handler for every task cost ~1 CPU-second per build."""

    def __init__(self):
        self.task_file = None
        self.driver_file = None

    def write(self, message) -> None:
        if self.task_file is not None:
            self.task_file.write(message)
        elif self.driver_file is not None and message.record["level"].no >= 20:  # INFO and above
            self.driver_file.write(message)
            self.driver_file.flush()


_SINK = _LogSink()
_SINK_INSTALLED = [False]  # per process (a forked worker inherits the handler and this flag)


def _install_sink() -> None:
    if not _SINK_INSTALLED[0]:
        logger.remove()
        logger.add(_SINK, colorize=False, level="DEBUG", format=_LOG_FORMAT)
        _SINK_INSTALLED[0] = True


def _file_only_task_logger(logging_dir, rank: int, local_rank: int = 0, node_rank: int = -1):
    _install_sink()
    logfile = logging_dir.open(f"logs/task_{rank:05d}.log", "w")
    _SINK.task_file = logfile
    logger.info(f"Launching pipeline for rank={rank}")
    return logfile


def _close_task_logger(logfile) -> None:
    logger.complete()
    _SINK.task_file = None
    logfile.close()


_dt_executor_base.add_task_logger = _file_only_task_logger
_dt_executor_base.close_task_logger = _close_task_logger
try:  # the Ray executor imports the functions into its own namespace
    import datatrove.executor.ray as _dt_ray

    _dt_ray.add_task_logger = _file_only_task_logger
    _dt_ray.close_task_logger = _close_task_logger
except ImportError:  # pragma: no cover - ray missing
    pass


def quiet_driver_logs(log_file: Path) -> None:
    """Send the driver's datatrove logs to a file instead of the terminal."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    if _SINK.driver_file is not None:
        _SINK.driver_file.close()
    _SINK.driver_file = open(log_file, "a", encoding="utf-8")
    _install_sink()


# ---------------------------------------------------------------- per-task accounting


def new_counts() -> dict[str, Any]:
    return {"in": 0, "kept": 0, "dropped": Counter(), "errored": 0, "seconds": 0.0}


# length histogram bins (characters), shared by tasks so histograms add up
LENGTH_BINS = [0, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 10**12]
MAX_LISTED_ERRORS = 200  # per task; the count is always complete


class Ledger:
    """The counts of one task; shared (by reference) by all steps of a pipeline and reset per task."""

    def __init__(self):
        self.reset()

    def reset(self) -> None:
        self.steps: dict[str, dict[str, Any]] = {}
        self.errors: list[dict[str, str]] = []
        self.unlisted_errors = 0
        self.inputs: list[dict[str, Any]] = []
        self.output: dict[str, Any] = {"docs": 0, "chars": 0, "sources": {}, "length_hist": [0] * (len(LENGTH_BINS) - 1)}
        self.read_chars = 0
        self.step_seconds: Counter = Counter()  # a step's work done outside its own stage (dedup's in process)

    def step(self, name: str) -> dict[str, Any]:
        return self.steps.setdefault(name, new_counts())

    def error(self, where: str, message: str) -> None:
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append({"where": where, "message": message})
        else:
            self.unlisted_errors += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "steps": {k: {**v, "dropped": dict(v["dropped"])} for k, v in self.steps.items()},
            "errors": self.errors,
            "unlisted_errors": self.unlisted_errors,
            "inputs": self.inputs,
            "output": self.output,
            "read_chars": self.read_chars,
            "step_seconds": dict(self.step_seconds),
        }


class _ReasonCounter:
    """Stands in for a datatrove exclusion writer: counts dropped documents by reason."""

    def __init__(self, default_reason: str):
        self.default_reason = default_reason
        self.counts: Counter | None = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False

    def write(self, doc: Document, rank: int = 0) -> None:
        reason = doc.metadata.pop("filter_reason", None) or self.default_reason
        if self.counts is not None:
            self.counts[reason] += 1


class Accounted(PipelineStep):
    """Runs `step` unchanged and records in/kept/dropped-by-reason and its own time in the ledger."""

    type = "📒 - ACCOUNTING"

    def __init__(self, step: PipelineStep, step_name: str, ledger: Ledger, default_reason: str | None = None):
        super().__init__()
        self.step = step
        self.step_name = step_name
        self.name = f"{step_name} ({type(step).__name__})"
        self.ledger = ledger
        self.reasons = _ReasonCounter(default_reason or step_name)
        if hasattr(step, "exclusion_writer"):
            step.exclusion_writer = self.reasons

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        counts = self.ledger.step(self.step_name)
        self.reasons.counts = counts["dropped"]
        upstream = 0.0
        last_id: list[str | None] = [None]

        def feed() -> Iterator[Document]:
            nonlocal upstream
            it = iter(data)
            while True:
                t = time.perf_counter()
                try:
                    doc = next(it)
                except StopIteration:
                    upstream += time.perf_counter() - t
                    return
                upstream += time.perf_counter() - t
                counts["in"] += 1
                last_id[0] = doc.id
                yield doc

        elapsed = 0.0
        t = time.perf_counter()
        try:
            for doc in self.step.run(feed(), rank, world_size):
                elapsed += time.perf_counter() - t
                counts["kept"] += 1
                yield doc
                t = time.perf_counter()
        except MedlmError:
            raise
        except Exception as e:
            where = f" at or near document {last_id[0]}" if last_id[0] else ""
            raise StepFailed(f"step '{self.step_name}' failed{where}: {type(e).__name__}: {e}") from e
        elapsed += time.perf_counter() - t
        counts["seconds"] += max(0.0, elapsed - upstream)
        unexplained = counts["in"] - counts["kept"] - sum(counts["dropped"].values()) - counts["errored"]
        if unexplained > 0:  # a step that dropped documents without telling us why
            counts["dropped"][self.step_name] += unexplained


class StepFailed(MedlmError):
    """A processing step raised on a document: a bug or an input the step cannot handle."""


class TaskSink(PipelineStep):
    """Last step of every stage: drives the pipeline, then saves the task's ledger (or its error)."""

    type = "📒 - ACCOUNTING"
    name = "task ledger"

    def __init__(self, ledger: Ledger, acct_dir: str, errors_dir: str):
        super().__init__()
        self.ledger = ledger
        self.acct_dir = acct_dir
        self.errors_dir = errors_dir

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.ledger.reset()
        err_path = Path(self.errors_dir) / f"{rank:05d}.json"
        err_path.unlink(missing_ok=True)
        try:
            for _ in data or ():
                pass
        except Exception as e:
            message = str(e) if isinstance(e, MedlmError) else f"{type(e).__name__}: {e}"
            atomic_write_json(err_path, {"rank": rank, "message": message, "user_error": isinstance(e, MedlmError) and not isinstance(e, StepFailed), "traceback": traceback.format_exc()})
            raise
        atomic_write_json(Path(self.acct_dir) / f"{rank:05d}.json", self.ledger.to_json())
        return
        yield  # a generator, so the executor drives it like any other step


# ---------------------------------------------------------------- reading inputs


@dataclass
class InputUnit:
    """One unit of input work: a file of a source (or a whole Hugging Face dataset)."""

    index: int  # position in the global input order (sources in recipe order, files sorted)
    source: int  # index into the recipe's sources
    path: str | None  # None for format hf
    bytes: int


class SourceReader(PipelineStep):
    """Reads the input units of this task (units[rank::world_size]) with medlm's readers.

    Every record is accounted for under the step "read": Documents are kept, Dropped records
    counted by reason, Errored records and unreadable files (ReadError) either abort the task
    (on_error="fail") or are counted and listed (on_error="skip"). Each document gets
    metadata["_unit"] and ["_pos"], its place in the global input order (used to resolve
    duplicate ids deterministically and removed before output).
    """

    type = "📖 - READER"
    name = "medlm readers"

    def __init__(self, sources: list, units: list[InputUnit], on_error: str, ledger: Ledger, progress_dir: str, shard_dir: str):
        super().__init__()
        self.sources = sources
        self.units = units
        self.on_error = on_error
        self.ledger = ledger
        self.progress_dir = progress_dir
        self.shard_dir = shard_dir

    def _items(self, unit: InputUnit):
        from medlm.corpus.readers import read_file, read_hf

        source = self.sources[unit.source]
        return read_hf(source) if unit.path is None else read_file(source, unit.path)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from medlm.corpus.readers import Dropped, Errored, ReadError

        counts = self.ledger.step("read")
        deleted: list[dict[str, Any]] = []  # MEDLINE DeleteCitation ids: earlier versions go too
        done_bytes = 0
        t0 = time.perf_counter()  # reader's own time: downstream time between yields is excluded
        for unit in self.units[rank::world_size]:
            pos = 0
            try:
                for item in self._items(unit):
                    counts["in"] += 1
                    if isinstance(item, Document):
                        counts["kept"] += 1
                        item.metadata["_unit"] = unit.index
                        item.metadata["_pos"] = pos
                        self.ledger.read_chars += len(item.text)
                        pos += 1
                        counts["seconds"] += time.perf_counter() - t0
                        yield item
                        t0 = time.perf_counter()
                    elif isinstance(item, Dropped):
                        counts["dropped"][item.reason] += 1
                        if item.reason == "deleted_citation":
                            deleted.append({"id": item.id, "unit": unit.index})
                    elif isinstance(item, Errored):
                        if self.on_error == "fail":
                            raise ReadError(f"{item.where}: {item.message} (use --on-error skip to skip bad records)")
                        counts["errored"] += 1
                        self.ledger.error(item.where, item.message)
            except ReadError as e:
                if self.on_error == "fail":
                    raise
                # the records read before the failure are kept; the unreadable rest counts as one error
                counts["in"] += 1
                counts["errored"] += 1
                self.ledger.error(unit.path or "hf", str(e))
            if unit.path is not None:
                self.ledger.inputs.append({"source": self.sources[unit.source].name, "path": unit.path,
                                           "bytes": unit.bytes, "sha256": sha256_file(unit.path)})
            done_bytes += unit.bytes
            atomic_write_json(Path(self.progress_dir) / f"{rank:05d}.json", {"bytes": done_bytes, "docs": counts["in"]})
        atomic_write_json(Path(self.shard_dir) / f"{rank:05d}.deleted.json", deleted)
        counts["seconds"] += time.perf_counter() - t0


# ---------------------------------------------------------------- shards: intermediate and final Parquet

SHARD_SCHEMA_FIELDS = ("id", "source", "text", "metadata")


def _doc_row(doc: Document) -> dict[str, Any]:
    meta = {k: v for k, v in doc.metadata.items() if not k.startswith("_") and k != "source"}
    return {
        "id": str(doc.id),
        "source": str(doc.metadata.get("source", "")),
        "text": doc.text,
        "metadata": json.dumps(meta, ensure_ascii=False, default=str, sort_keys=True),
    }


class _ParquetOut:
    """Row-group-buffered Parquet writer that only shows the file under its final name when closed."""

    def __init__(self, path: Path, rows_per_group: int, schema, compression: str = "zstd"):
        self.path = path
        self.compression = compression
        self.tmp = path.with_name(f".{path.name}.tmp")
        self.rows_per_group = rows_per_group
        self.schema = schema
        self.buffer: list[dict[str, Any]] = []
        self.writer = None
        self.rows = 0

    def add(self, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= self.rows_per_group:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.buffer:
            return
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(self.tmp, self.schema, compression=self.compression)
        self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
        self.rows += len(self.buffer)
        self.buffer = []

    def close(self, keep_empty: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.flush()
        if self.writer is None and keep_empty:
            pq.write_table(pa.Table.from_pylist([], schema=self.schema), self.tmp)
            self.writer = False
        if self.writer:
            self.writer.close()
        if self.writer is not None:
            os.replace(self.tmp, self.path)
        else:
            self.path.unlink(missing_ok=True)


def doc_schema():
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("source", pa.string()), ("text", pa.string()), ("metadata", pa.string())])


def key_schema():
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("unit", pa.int32()), ("pos", pa.int64()), ("hash", pa.uint64())])


class ShardWriter(PipelineStep):
    """Writes this task's documents to WORK/shards/<rank>.parquet, a small keys file for the global id and
    exact-duplicate decisions and, when near-duplicates are removed, the documents' MinHash signatures
    (computed here, while the text is in memory, instead of reading the shard again in a later stage).
    The time of the keys and signatures is booked to the dedup step (`step_name`)."""

    type = "💽 - WRITER"
    name = "shard writer"

    def __init__(self, shard_dir: str, rows_per_group: int, ledger: Ledger, step_name: str, near=None):
        super().__init__()
        self.shard_dir = shard_dir
        self.rows_per_group = rows_per_group
        self.ledger = ledger
        self.step_name = step_name
        self.near = near  # DedupConfig when near-duplicates are removed

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from medlm.corpus.dedup import SignatureWriter, text_hash

        shard_dir = Path(self.shard_dir)
        # intermediate files: LZ4 reads back ~3x faster than zstd for ~1.5x the size (the output stays zstd)
        shards = _ParquetOut(shard_dir / f"{rank:05d}.parquet", self.rows_per_group, doc_schema(), "lz4")
        keys = _ParquetOut(shard_dir / f"{rank:05d}.keys.parquet", max(self.rows_per_group, 50_000), key_schema(), "lz4")
        t0 = time.perf_counter()
        sigs = SignatureWriter(shard_dir / f"{rank:05d}.minhash", self.near, self.rows_per_group) if self.near else None
        dedup_seconds = time.perf_counter() - t0  # exact-dedup keys and MinHash signatures: the dedup step's work
        for doc in data:
            shards.add(_doc_row(doc))
            t0 = time.perf_counter()
            keys.add({"id": str(doc.id), "unit": doc.metadata["_unit"], "pos": doc.metadata["_pos"], "hash": text_hash(doc.text)})
            if sigs:
                sigs.add(doc.text)
            dedup_seconds += time.perf_counter() - t0
            yield doc
        shards.close(keep_empty=True)
        t0 = time.perf_counter()
        keys.close(keep_empty=True)
        if sigs:
            sigs.close()
        self.ledger.step_seconds[self.step_name] += dedup_seconds + time.perf_counter() - t0


class ShardReader(PipelineStep):
    """Streams WORK/shards/<rank>.parquet back as Documents, one row group at a time."""

    type = "📖 - READER"
    name = "shard reader"

    def __init__(self, shard_dir: str):
        super().__init__()
        self.shard_dir = shard_dir

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        import pyarrow.parquet as pq

        path = Path(self.shard_dir) / f"{rank:05d}.parquet"
        pf = pq.ParquetFile(path)
        for i in range(pf.num_row_groups):
            group = pf.read_row_group(i)
            ids, texts = group.column("id").to_pylist(), group.column("text").to_pylist()
            for doc_id, text, source, meta in zip(ids, texts, group.column("source").to_pylist(), group.column("metadata").to_pylist()):
                meta = json.loads(meta)
                meta["source"] = source
                yield Document(text=text, id=doc_id, metadata=meta)


class CorpusWriter(PipelineStep):
    """Writes the final OUT/data/<rank>.parquet (id, source, text, metadata JSON) and output statistics."""

    type = "💽 - WRITER"
    name = "corpus writer"

    def __init__(self, data_dir: str, rows_per_group: int, ledger: Ledger):
        super().__init__()
        self.data_dir = data_dir
        self.rows_per_group = rows_per_group
        self.ledger = ledger

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        import bisect

        out = _ParquetOut(Path(self.data_dir) / f"{rank:05d}.parquet", self.rows_per_group, doc_schema())
        stats = self.ledger.output
        for doc in data:
            row = _doc_row(doc)
            out.add(row)
            n = len(doc.text)
            stats["docs"] += 1
            stats["chars"] += n
            src = stats["sources"].setdefault(row["source"], {"docs": 0, "chars": 0})
            src["docs"] += 1
            src["chars"] += n
            stats["length_hist"][min(bisect.bisect_right(LENGTH_BINS, n) - 1, len(LENGTH_BINS) - 2)] += 1
            yield doc
        out.close(keep_empty=False)


# ---------------------------------------------------------------- executors


class WorkerDied(MedlmError):
    """A local worker process was killed (typically by the out-of-memory killer)."""


class LocalExecutor(LocalPipelineExecutor):
    """datatrove's LocalPipelineExecutor, except that a worker killed by the OS fails the stage.

    datatrove runs tasks on a multiprocessing Pool, which silently replaces a worker that dies
    (e.g. OOM-killed) and then waits forever for its task; concurrent.futures notices the death.
    """

    def run(self):
        if self.workers == 1:
            return super().run()
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed
        from concurrent.futures.process import BrokenProcessPool

        ranks = self.get_incomplete_ranks(range(self.local_rank_offset, self.local_rank_offset + self.local_tasks))
        if not ranks:
            return
        self.save_executor_as_json()
        with ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(self.start_method)) as pool:
            futures = [pool.submit(self._run_for_rank, rank) for rank in ranks]
            try:
                for future in as_completed(futures):
                    future.result()
            except BrokenProcessPool:
                for future in futures:
                    future.cancel()
                raise WorkerDied(
                    "a worker process died while building the corpus (killed by the operating system, most often "
                    "for running out of memory); run the same command again to resume, with fewer --workers or a "
                    "smaller --rows-per-group if it happens again"
                ) from None


@dataclass
class Stage:
    name: str
    pipeline: list
    tasks: int
    max_workers: int | None = None  # e.g. 1 for MinHash buckets (see PITFALLS)


def make_executor(stage: Stage, logging_dir: Path, cfg, depends=None):
    """The datatrove executor for one stage, as chosen by --executor."""
    workers = cfg.workers or os.cpu_count() or 1
    if stage.max_workers:
        workers = min(workers, stage.max_workers)
    workers = max(1, min(workers, stage.tasks))
    if cfg.executor == "local":
        # fork: workers start in milliseconds instead of re-importing medlm per stage (forkserver took
        # seconds per stage on 2 cores); the driver holds no locks while a stage runs
        start = "fork" if sys.platform == "linux" else "forkserver"
        return LocalExecutor(stage.pipeline, tasks=stage.tasks, workers=workers, logging_dir=str(logging_dir), start_method=start)
    if cfg.executor == "ray":
        from datatrove.executor.ray import RayPipelineExecutor

        return RayPipelineExecutor(
            stage.pipeline, tasks=stage.tasks, workers=workers if cfg.workers else -1, logging_dir=str(logging_dir),
            depends=depends, cpus_per_task=1, mem_per_cpu_gb=cfg.ray_mem_per_task_gb,
        )
    if cfg.executor == "slurm":
        from datatrove.executor.slurm import SlurmPipelineExecutor

        if not cfg.slurm_partition:
            raise MedlmError("--executor slurm needs --slurm-partition")
        return SlurmPipelineExecutor(
            stage.pipeline, tasks=stage.tasks, time=cfg.slurm_time, partition=cfg.slurm_partition,
            cpus_per_task=cfg.slurm_cpus_per_task, mem_per_cpu_gb=cfg.slurm_mem_per_cpu_gb,
            workers=stage.max_workers or -1, job_name=f"medlm-corpus-{stage.name}", logging_dir=str(logging_dir),
            depends=depends, sbatch_args=dict(cfg.slurm_sbatch_args) or None, venv_path=_venv_activate(),
        )
    raise MedlmError(f"unknown executor {cfg.executor!r}")


def _venv_activate() -> str | None:
    """The activate script of the venv medlm runs from, so Slurm jobs use the same environment."""
    prefix = Path(os.environ.get("VIRTUAL_ENV") or sys.prefix)
    activate = prefix / "bin" / "activate"
    return str(activate) if activate.is_file() else None


def stage_failure(stage: Stage, work: Path, logging_dir: Path) -> MedlmError | None:
    """The error of a stage whose tasks did not all complete, as one actionable line."""
    incomplete = [r for r in range(stage.tasks) if not (logging_dir / "completions" / f"{r:05d}").exists()]
    if not incomplete:
        return None
    errors = sorted((work / "errors" / stage.name).glob("*.json"))
    if errors:
        first = json.loads(errors[0].read_text())
        if first.get("user_error"):
            return MedlmError(first["message"])
        log = logging_dir / "logs" / f"task_{first['rank']:05d}.log"
        return MedlmError(f"{first['message']} (corpus build stage '{stage.name}', task {first['rank']}; full traceback in {log})")
    return MedlmError(
        f"corpus build stage '{stage.name}': {len(incomplete)} of {stage.tasks} tasks did not finish "
        f"(see {logging_dir / 'logs'}); run the same command again to resume"
    )
