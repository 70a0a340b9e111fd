"""`medlm corpus build RECIPE --out DIR`: run a recipe's sources through its steps into a corpus directory.

Resumable by construction: every stage is a datatrove pipeline whose finished tasks are marked
in OUT/.work/logs/<stage>/completions, outputs appear under their final names only when complete,
and manifest.json is written last. Running the same command again after a crash (even SIGKILL)
redoes only unfinished tasks; running it on a finished build does nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from datatrove.pipeline.base import PipelineStep

from medlm import __version__
from medlm.config import to_dict
from medlm.corpus.config import CorpusBuildConfig, LoadedRecipe, load_recipe, step_classes
from medlm.corpus.pipeline import (
    LENGTH_BINS,
    Accounted,
    CorpusWriter,
    InputUnit,
    Ledger,
    ShardReader,
    ShardWriter,
    SourceReader,
    Stage,
    TaskSink,
    WorkerDied,
    make_executor,
    quiet_driver_logs,
    stage_failure,
)
from medlm.errors import MedlmError
from medlm.manifest import MANIFEST, atomic_write_json, now, write_manifest
from medlm.progress import progress, say

STAGE = "corpus build"
OWN_ENTRIES = {"data", ".work", "report.html", "abbreviations.json", MANIFEST}


# ---------------------------------------------------------------- planning


def plan_units(loaded: LoadedRecipe) -> list[InputUnit]:
    """Every input file (or HF dataset) in global order: sources in recipe order, files sorted."""
    from medlm.corpus.readers import expand_inputs

    units: list[InputUnit] = []
    for si, source in enumerate(loaded.sources):
        if source.format == "hf":
            units.append(InputUnit(len(units), si, None, 0))
            continue
        for path in expand_inputs(source, loaded.base_dir):
            units.append(InputUnit(len(units), si, str(Path(path).resolve()), Path(path).stat().st_size))
    return units


def fingerprint(loaded: LoadedRecipe, units: list[InputUnit], cfg: CorpusBuildConfig, tasks: int) -> str:
    """What determines the output: recipe, input files (path, size, mtime), sharding, error policy."""
    files = []
    for u in units:
        st = Path(u.path).stat() if u.path else None
        files.append([u.path, st.st_size if st else None, st.st_mtime_ns if st else None])
    key = {"recipe": loaded.resolved(), "inputs": files, "tasks": tasks, "on_error": cfg.on_error,
           "rows_per_group": cfg.rows_per_group, "medlm": __version__}
    return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()


@dataclasses.dataclass
class BuildContext:
    cfg: CorpusBuildConfig
    loaded: LoadedRecipe
    units: list[InputUnit]
    out: Path
    work: Path
    tasks: int
    fingerprint: str

    @property
    def pre_steps(self):
        return self.loaded.steps[: self._dedup_index()]

    @property
    def post_steps(self):
        i = self._dedup_index()
        return self.loaded.steps[i + 1 :] if i < len(self.loaded.steps) else []

    @property
    def dedup(self):
        i = self._dedup_index()
        return self.loaded.steps[i].config if i < len(self.loaded.steps) else None

    @property
    def dedup_step_name(self) -> str:
        return "dedup" if self.dedup is not None else "unique_ids"

    def _dedup_index(self) -> int:
        return next((i for i, s in enumerate(self.loaded.steps) if s.is_global), len(self.loaded.steps))

    def d(self, *parts: str) -> str:
        return str(self.work.joinpath(*parts))


def _check_out_dir(out: Path, work: Path, fp: str, force: bool) -> bool:
    """Prepare OUT; True if it already holds this exact finished build."""
    manifest = out / MANIFEST
    if manifest.is_file() and not force:
        try:
            done = json.loads(manifest.read_text()).get("build", {}).get("fingerprint")
        except json.JSONDecodeError:
            done = None
        if done == fp:
            return True
        raise MedlmError(
            f"{out} already holds a finished corpus built from another recipe, inputs or settings; "
            "use --force to rebuild it, or choose another --out"
        )
    if force:
        for name in ("data", "report.html", "abbreviations.json", MANIFEST):
            p = out / name
            shutil.rmtree(p) if p.is_dir() else p.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    if out.is_dir():
        foreign = sorted(p.name for p in out.iterdir() if p.name not in OWN_ENTRIES)
        if foreign:
            raise MedlmError(f"{out} is not empty and not a corpus directory (has {', '.join(foreign[:5])}); choose another --out")
    plan = work / "plan.json"
    if plan.is_file() and not force:
        old = json.loads(plan.read_text()).get("fingerprint")
        if old != fp:
            raise MedlmError(
                f"{out} has an unfinished build of another recipe, inputs or settings; "
                "use --force to discard it, or choose another --out"
            )
    return False


# ---------------------------------------------------------------- stages


def _make_step(ctx: BuildContext, spec) -> PipelineStep:
    _, step_cls = step_classes(spec.name, str(ctx.loaded.path))
    config = spec.config
    if hasattr(config, "base_dir") and not config.base_dir:  # relative paths in a step start at the recipe
        config = dataclasses.replace(config, base_dir=str(ctx.loaded.base_dir))
    return step_cls(config, ctx.d("side"))


def build_stages(ctx: BuildContext) -> list[Stage]:
    from medlm.corpus.dedup import DedupFilter, ResolveKeys, minhash_steps

    shards, drops, mh = ctx.d("shards"), ctx.d("dedup", "drops"), ctx.d("dedup", "minhash")
    # MEDLINE re-issues revised records under the same PMID: there the latest occurrence wins
    latest_wins = [u.index for u in ctx.units if ctx.loaded.sources[u.source].format == "medline"]
    ledger = Ledger()
    process = [SourceReader(ctx.loaded.sources, ctx.units, ctx.cfg.on_error, ledger, ctx.d("progress", "process"), shards)]
    process += [Accounted(_make_step(ctx, s), s.name, ledger) for s in ctx.pre_steps]
    near = ctx.dedup if ctx.dedup and ctx.dedup.near else None
    process += [ShardWriter(shards, ctx.cfg.rows_per_group, ledger, ctx.dedup_step_name, near),
                TaskSink(ledger, ctx.d("acct", "process"), ctx.d("errors", "process"))]
    stages = [
        Stage("process", process, ctx.tasks),
        Stage("keys", [ResolveKeys(shards, drops, ctx.tasks, bool(ctx.dedup and ctx.dedup.exact), latest_wins)], 1),
    ]
    if near:
        bands = ctx.dedup.lsh_params()[0]
        sizes = {"shards": ctx.tasks, "bands": bands, "one": 1}
        for name, (pipeline, size) in minhash_steps(ctx.dedup, shards, drops, mh).items():
            # PITFALLS: MinHash buckets with several local workers stalled on 2 cores; one worker takes < 1 s
            stages.append(Stage(name, pipeline, sizes[size], max_workers=1 if name != "minhash_signatures" else None))
    ledger = Ledger()
    final = [ShardReader(shards), Accounted(DedupFilter(drops, f"{mh}/remove" if near else None), ctx.dedup_step_name, ledger)]
    final += [Accounted(_make_step(ctx, s), s.name, ledger) for s in ctx.post_steps]
    final += [CorpusWriter(str(ctx.out / "data"), ctx.cfg.rows_per_group, ledger), TaskSink(ledger, ctx.d("acct", "finalize"), ctx.d("errors", "finalize"))]
    stages.append(Stage("finalize", final, ctx.tasks))
    return stages


class _Watcher:
    """Progress line for a running stage: bytes and docs for reading, finished tasks otherwise."""

    def __init__(self, ctx: BuildContext, stage: Stage, logging_dir: Path):
        self.ctx, self.stage, self.logging_dir = ctx, stage, logging_dir
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self):
        if self.ctx.cfg.progress:
            self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()

    def _loop(self) -> None:
        import sys

        reading = self.stage.name == "process"
        total = sum(u.bytes for u in self.ctx.units) if reading else self.stage.tasks
        name = f"{STAGE}: {self.stage.name}"
        bar = progress(stage=name, total=total, unit="B" if reading else "task", unit_scale=reading)
        plain = not sys.stderr.isatty()  # logs of batch jobs: a status line every 30 s instead of a bar
        t0 = last_line = time.time()
        with bar:
            while True:
                stopping = self.stop.wait(0.5)
                docs = 0
                if reading:
                    done = 0
                    for f in Path(self.ctx.d("progress", "process")).glob("*.json"):
                        try:
                            p = json.loads(f.read_text())
                        except (OSError, json.JSONDecodeError):
                            continue
                        done, docs = done + p["bytes"], docs + p["docs"]
                    bar.set_postfix_str(f"{docs:,} records, {docs / max(time.time() - t0, 1e-9):,.0f} records/s", refresh=False)
                else:
                    done = len(list((self.logging_dir / "completions").glob("*"))) if (self.logging_dir / "completions").is_dir() else 0
                bar.update(done - bar.n)
                if plain and time.time() - last_line >= 30 and not stopping:
                    last_line = time.time()
                    say(name, _status_line(done, total, docs, time.time() - t0, reading))
                if stopping:
                    return


def _status_line(done: float, total: float, docs: int, elapsed: float, reading: bool) -> str:
    rate = done / max(elapsed, 1e-9)
    eta = f"{(total - done) / rate:,.0f} s" if rate > 0 and done < total else "?"
    if reading:
        return f"{done / 1e6:,.1f}/{total / 1e6:,.1f} MB of input files done, {docs:,} records ({docs / max(elapsed, 1e-9):,.0f}/s), ETA {eta}"
    return f"{done:,}/{total:,} tasks done, ETA {eta}"


def run_stage(ctx: BuildContext, stage: Stage) -> None:
    logging_dir = ctx.work / "logs" / stage.name
    executor = make_executor(stage, logging_dir, ctx.cfg)
    t0 = time.time()
    with _Watcher(ctx, stage, logging_dir):
        try:
            executor.run()
        except WorkerDied:
            raise
        except Exception as e:  # translated below into one actionable line
            failure = stage_failure(stage, ctx.work, logging_dir)
            if failure is None:
                raise
            raise failure from e
    failure = stage_failure(stage, ctx.work, logging_dir)
    if failure is not None:
        raise failure
    timing = ctx.work / "timing.json"
    times = json.loads(timing.read_text()) if timing.is_file() else {}
    if stage.name not in times:  # first time this stage ran to completion (not a no-op resume)
        times[stage.name] = round(time.time() - t0, 3)
        atomic_write_json(timing, times)
        say(STAGE, f"{stage.name}: {stage.tasks:,} task(s) done in {times[stage.name]:,.1f} s")


# ---------------------------------------------------------------- finishing: accounting, side outputs, report, manifest


def _merge_ledgers(paths: list[Path]) -> dict[str, Any]:
    steps: dict[str, dict[str, Any]] = {}
    merged = {"errors": [], "unlisted_errors": 0, "inputs": [], "read_chars": 0, "step_seconds": Counter(),
              "output": {"docs": 0, "chars": 0, "sources": {}, "length_hist": [0] * (len(LENGTH_BINS) - 1)}}
    for p in paths:
        part = json.loads(p.read_text())
        for name, c in part["steps"].items():
            s = steps.setdefault(name, {"in": 0, "kept": 0, "dropped": Counter(), "errored": 0, "seconds": 0.0})
            for k in ("in", "kept", "errored", "seconds"):
                s[k] += c[k]
            s["dropped"].update(c["dropped"])
        for name, seconds in part.get("step_seconds", {}).items():
            merged["step_seconds"][name] += seconds
        merged["errors"] += part["errors"]
        merged["unlisted_errors"] += part["unlisted_errors"]
        merged["inputs"] += part["inputs"]
        merged["read_chars"] += part["read_chars"]
        out = merged["output"]
        out["docs"] += part["output"]["docs"]
        out["chars"] += part["output"]["chars"]
        for src, v in part["output"]["sources"].items():
            o = out["sources"].setdefault(src, {"docs": 0, "chars": 0})
            o["docs"] += v["docs"]
            o["chars"] += v["chars"]
        out["length_hist"] = [a + b for a, b in zip(out["length_hist"], part["output"]["length_hist"])]
    merged["steps"] = steps
    return merged


def _read_jsonl_dir(directory: Path) -> list[dict[str, Any]]:
    rows = []
    for f in sorted(directory.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def finish_build(ctx: BuildContext) -> Path:
    from medlm.corpus.report import write_report

    work, out = ctx.work, ctx.out
    process = _merge_ledgers(sorted((work / "acct" / "process").glob("*.json")))
    final = _merge_ledgers(sorted((work / "acct" / "finalize").glob("*.json")))
    order = ["read", *(s.name for s in ctx.pre_steps), ctx.dedup_step_name, *(s.name for s in ctx.post_steps)]
    merged = {**process["steps"], **final["steps"]}
    steps = {}
    for name in order:
        c = merged.get(name, {"in": 0, "kept": 0, "dropped": Counter(), "errored": 0, "seconds": 0.0})
        seconds = c["seconds"] + process["step_seconds"][name] + final["step_seconds"][name]
        steps[name] = {"in": c["in"], "kept": c["kept"], "dropped": dict(sorted(c["dropped"].items())),
                       "errored": c["errored"], "seconds": round(seconds, 3)}
    _check_accounting(steps, order, final["output"]["docs"])
    totals = {
        "in": steps["read"]["in"],
        "kept": final["output"]["docs"],
        "dropped": sum(sum(s["dropped"].values()) for s in steps.values()),
        "errored": sum(s["errored"] for s in steps.values()),
    }
    dropped_by_reason: Counter = Counter()
    for name, s in steps.items():
        for reason, n in s["dropped"].items():
            dropped_by_reason[f"{name}:{reason}"] += n

    hits = _read_jsonl_dir(work / "side" / "decontaminate")
    hits.sort(key=lambda h: (str(h.get("benchmark")), str(h.get("item_id")), str(h.get("doc_id"))))
    decontam_cfg = next((s.config for s in ctx.loaded.steps if s.name == "decontaminate"), None)
    bench_files = to_dict(getattr(decontam_cfg, "benchmarks", []))
    decontamination = {
        "enabled": decontam_cfg is not None,
        # task names `medlm bench` looks up to call a model trained on this corpus clean on that task
        "benchmarks": _bench_tasks(decontam_cfg, bench_files),
        "benchmark_files": bench_files,
        "ngram": getattr(decontam_cfg, "ngram", None),
        "removed": sum(steps.get("decontaminate", {}).get("dropped", {}).values()),
        "documents_dropped": steps.get("decontaminate", {}).get("dropped", {}),
        "hits": hits,
    }

    near_duplicates = None
    if ctx.dedup is not None and ctx.dedup.near:
        bands, rows = ctx.dedup.lsh_params()
        verify = work / "dedup" / "minhash" / "verify.json"
        near_duplicates = {"threshold": ctx.dedup.threshold, "shingle": ctx.dedup.shingle, "bands": bands, "rows": rows,
                           **(json.loads(verify.read_text()) if verify.is_file() else {}),
                           "removed": steps[ctx.dedup_step_name]["dropped"].get("near_duplicate", 0)}

    abbreviations = None
    if any(s.name == "abbreviations" for s in ctx.loaded.steps):
        from medlm.corpus.abbreviations import merge_lexicons

        lexicon = merge_lexicons(sorted((work / "side" / "abbreviations").glob("*.json")))
        atomic_write_json(out / "abbreviations.json", lexicon)
        abbreviations = {"file": "abbreviations.json", "short_forms": len(lexicon)}

    inputs = sorted(process["inputs"], key=lambda i: (i["source"], i["path"]))
    for u in ctx.units:
        if u.path is None:
            src = ctx.loaded.sources[u.source]
            inputs.append({"source": src.name, "hf": src.hf_id, "config": src.hf_config, "split": src.hf_split})
    timing = json.loads((work / "timing.json").read_text()) if (work / "timing.json").is_file() else {}
    errors = process["errors"] + final["errors"]
    data_files = sorted(p.name for p in (out / "data").glob("*.parquet")) if (out / "data").is_dir() else []
    (out / "data").mkdir(parents=True, exist_ok=True)
    fields = dict(
        recipe=ctx.loaded.resolved(),
        build={"fingerprint": ctx.fingerprint, "tasks": ctx.tasks, "executor": ctx.cfg.executor, "workers": ctx.cfg.workers},
        inputs=inputs,
        steps=steps,
        totals=totals,
        dropped_by_reason=dict(dropped_by_reason.most_common()),
        chars={"read": process["read_chars"], "output": final["output"]["chars"]},
        output={
            "files": [f"data/{n}" for n in data_files],
            "docs": final["output"]["docs"],
            "chars": final["output"]["chars"],
            "sources": final["output"]["sources"],
            "length_hist": {"bins": LENGTH_BINS, "counts": final["output"]["length_hist"]},
        },
        decontamination=decontamination,
        near_duplicates=near_duplicates,
        abbreviations=abbreviations,
        errors=errors,
        unlisted_errors=process["unlisted_errors"] + final["unlisted_errors"],
        timing={"stages_seconds": timing, "steps_seconds": {k: v["seconds"] for k, v in steps.items()}},
    )
    write_report(out, {"stage": "corpus", "medlm_version": __version__, "created_at": now(), "config": to_dict(ctx.cfg), **fields})
    path = write_manifest(out, "corpus", ctx.cfg, **fields)
    if not ctx.cfg.keep_work:
        shutil.rmtree(work, ignore_errors=True)
    return path


def _bench_tasks(decontam_cfg, bench_files: list[dict[str, Any]]) -> list[str]:
    """`medlm bench` task names covered (the decontam module expands mmlu_medical into its subjects)."""
    from medlm.corpus.decontam import DecontamConfig, benchmark_tasks

    if isinstance(decontam_cfg, DecontamConfig):
        return benchmark_tasks(decontam_cfg)
    return sorted({b["format"] for b in bench_files if b.get("format") not in (None, "lines")})


def _check_accounting(steps: dict[str, dict[str, Any]], order: list[str], output_docs: int) -> None:
    """in = kept + dropped + errored per step, each step starts from the previous one's kept, the last kept is the output."""
    previous = None
    for name in order:
        s = steps[name]
        if s["in"] != s["kept"] + sum(s["dropped"].values()) + s["errored"]:
            raise MedlmError(f"internal accounting error in step '{name}': {s}; please report this as a medlm bug")
        if previous is not None and s["in"] != steps[previous]["kept"]:
            raise MedlmError(f"internal accounting error: step '{name}' received {s['in']} documents, "
                             f"'{previous}' kept {steps[previous]['kept']}; please report this as a medlm bug")
        previous = name
    if steps[order[-1]]["kept"] != output_docs:
        raise MedlmError(f"internal accounting error: {steps[order[-1]]['kept']} kept but {output_docs} written")


class FinishBuild(PipelineStep):
    """The manifest-writing stage as a datatrove step (the last job of a Slurm chain)."""

    type = "📒 - ACCOUNTING"
    name = "finish corpus"

    def __init__(self, ctx: BuildContext):
        super().__init__()
        self.ctx = ctx

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        finish_build(self.ctx)
        return
        yield


# ---------------------------------------------------------------- entry point


def prepare(cfg: CorpusBuildConfig) -> tuple[BuildContext, bool]:
    loaded = load_recipe(cfg.recipe)
    units = plan_units(loaded)
    tasks = max(1, min(cfg.tasks or len(units), len(units), 10_000))
    out = Path(cfg.out).resolve()
    work = Path(cfg.work_dir).resolve() if cfg.work_dir else out / ".work"
    fp = fingerprint(loaded, units, cfg, tasks)
    done = _check_out_dir(out, work, fp, cfg.force)
    ctx = BuildContext(cfg=cfg, loaded=loaded, units=units, out=out, work=work, tasks=tasks, fingerprint=fp)
    return ctx, done


def build_corpus(cfg: CorpusBuildConfig) -> Path:
    """Build the corpus a recipe describes into cfg.out; returns the manifest path."""
    ctx, done = prepare(cfg)
    if done:
        if ctx.work.is_dir() and not cfg.keep_work:
            shutil.rmtree(ctx.work, ignore_errors=True)
        say(STAGE, f"{ctx.out} is already built from this recipe and these inputs; nothing to do (--force rebuilds)")
        return ctx.out / MANIFEST
    ctx.work.mkdir(parents=True, exist_ok=True)
    atomic_write_json(ctx.work / "plan.json", {"fingerprint": ctx.fingerprint, "tasks": ctx.tasks, "units": [dataclasses.asdict(u) for u in ctx.units]})
    quiet_driver_logs(ctx.work / "logs" / "driver.log")
    stages = build_stages(ctx)
    say(STAGE, f"{ctx.loaded.recipe.name}: {len(ctx.units)} input(s), {sum(u.bytes for u in ctx.units) / 1e6:,.1f} MB, "
               f"{ctx.tasks} task(s), steps: {', '.join(s.name for s in ctx.loaded.steps) or 'none'}")
    if cfg.executor == "slurm":
        return _submit_slurm(ctx, stages)
    if cfg.executor == "ray":
        _init_ray(cfg)
    for stage in stages:
        run_stage(ctx, stage)
    path = finish_build(ctx)
    manifest = json.loads(path.read_text())
    t = manifest["totals"]
    say(STAGE, f"wrote {ctx.out}: {t['kept']:,} documents kept of {t['in']:,} read "
               f"({t['dropped']:,} dropped, {t['errored']:,} errored); see {ctx.out / 'report.html'}")
    return path


def _init_ray(cfg: CorpusBuildConfig) -> None:
    import ray

    if not ray.is_initialized():
        address = cfg.ray_address or os.environ.get("RAY_ADDRESS") or None
        ray.init(address=address, include_dashboard=False, log_to_driver=False)


def _submit_slurm(ctx: BuildContext, stages: list[Stage]) -> Path:
    previous = None
    for stage in stages + [Stage("finish", [FinishBuild(ctx)], 1)]:
        previous = make_executor(stage, ctx.work / "logs" / stage.name, ctx.cfg, depends=previous)
    previous.run()  # submits the whole chain (each job depends on the one before)
    say(STAGE, f"submitted the build to Slurm; {ctx.out / MANIFEST} appears when it has finished "
               f"(logs in {ctx.work / 'logs'}); run the same command again to resume a failed chain")
    return ctx.out / MANIFEST
