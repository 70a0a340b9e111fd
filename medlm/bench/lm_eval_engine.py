"""`medlm bench run --engine lm-eval`: the same tasks, scored by lm-evaluation-harness itself.

lm-eval builds the prompts from the task YAMLs in benchmarks/lm_eval_tasks/ (lm-eval's own
medqa_4options / pubmedqa / medmcqa / mmlu_* templates, reading the local official files through
medlm's loaders, so nothing is fetched from the hub), runs the requests through the model wrapped as
lm-eval's `medlm` model, and computes acc / acc_norm. Its per-question results become the same
store rows as the native engine's, with the same bootstrap CIs and setting string, and
harness "lm-eval-<version>" — so the two engines sit side by side in the leaderboard and can be
checked against each other (tests/test_bench_lmeval.py).

Per-question results are written to OUT/<model>/lm-eval/<task>.jsonl, lm-eval's aggregate results to
OUT/<model>/lm-eval/results.json.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path
from typing import Any

from medlm.errors import MedlmError

TASKS_ENV = "MEDLM_LM_EVAL_TASKS"
TASK_PREFIX = "medlm_"


def task_dir() -> Path:
    """benchmarks/lm_eval_tasks of this checkout, or $MEDLM_LM_EVAL_TASKS."""
    path = Path(os.environ.get(TASKS_ENV) or Path(__file__).resolve().parents[2] / "benchmarks" / "lm_eval_tasks")
    if not (path / "medlm_tasks.py").is_file():
        raise MedlmError(
            f"{path}: medlm's lm-eval task YAMLs are not there; run from a medlm checkout or set ${TASKS_ENV} "
            "to its benchmarks/lm_eval_tasks folder"
        )
    return path


def lm_eval_harness() -> str:
    import lm_eval

    return f"lm-eval-{lm_eval.__version__}"


def run_lm_eval(cfg: Any) -> list[dict]:
    """Score every model in `cfg` (a BenchRunConfig) on its tasks through lm-eval; returns store rows."""
    from medlm.bench.models import load_scoring_model, parse_spec
    from medlm.bench.tasks import BPB_TASK, expand_tasks

    if not cfg.model:
        raise MedlmError("no model given: pass --model medlm:RUN_DIR, hf:ID, gguf:FILE or openai:URL#MODEL")
    tasks = expand_tasks(cfg.tasks)
    if BPB_TASK in tasks:
        raise MedlmError(f"{BPB_TASK} runs on the native engine only; drop it from --tasks or use --engine native")
    for spec in cfg.model:
        parse_spec(spec)
    tdir = task_dir()
    rows: list[dict] = []
    for spec in cfg.model:
        model = load_scoring_model(
            spec, device=cfg.device, dtype=cfg.dtype, batch_size=cfg.batch_size or None,
            max_length=cfg.max_length or None, add_bos=cfg.add_bos, load_in_4bit=cfg.load_in_4bit,
            load_in_8bit=cfg.load_in_8bit, trust_remote_code=cfg.trust_remote_code,
            prompt_prefix=getattr(cfg, "prompt_prefix", "") or None,
        )
        try:
            rows += _evaluate(cfg, model, tasks, tdir)
        finally:
            model.close()
    return rows


def _evaluate(cfg: Any, model: Any, tasks: list[str], tdir: Path) -> list[dict]:
    import lm_eval
    from lm_eval.tasks import TaskManager

    from medlm.bench.lm_eval_model import MedlmLM
    from medlm.bench.metrics import summarize
    from medlm.bench.run import _row, slug, split_for
    from medlm.bench.tasks import GROUPS, get_task
    from medlm.manifest import atomic_write_json
    from medlm.progress import say

    mdir = Path(cfg.out) / slug(model.name) / "lm-eval"
    cache = _request_cache(cfg, mdir)
    splits = {t: split_for(t, cfg.split) for t in tasks}
    metadata = {"data_dir": cfg.data_dir or None, "splits": splits, "fewshot": cfg.num_fewshot > 0}
    manager = TaskManager(include_path=str(tdir), include_defaults=False, metadata=metadata)  # skip indexing ~10k YAMLs
    names = [TASK_PREFIX + t for t in tasks]
    try:
        out = lm_eval.simple_evaluate(
            model=MedlmLM(scoring_model=model), tasks=names, num_fewshot=cfg.num_fewshot,
            limit=cfg.limit or None, task_manager=manager, log_samples=True, bootstrap_iters=0, use_cache=str(cache),
            random_seed=cfg.seed, numpy_random_seed=cfg.seed, torch_random_seed=cfg.seed,
            fewshot_random_seed=cfg.seed, metadata=metadata,
        )
    except MedlmError:
        raise
    except Exception as e:  # lm-eval wraps loader errors; surface the medlm message when there is one
        cause = e
        while cause is not None and not isinstance(cause, MedlmError):
            cause = cause.__cause__ or cause.__context__
        if cause is not None:
            raise cause from None
        raise
    date = _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    harness = lm_eval_harness()
    setting = f"{cfg.num_fewshot}-shot" + (f", first {cfg.limit}" if cfg.limit else "")
    rows, per_task_acc = [], {}
    for task, name in zip(tasks, names):
        samples = sorted(out["samples"][name], key=lambda s: s["doc_id"])
        with open(mdir / f"{task}.jsonl", "w", encoding="utf-8") as f:
            for s in samples:
                f.write(json.dumps(_prediction(s, get_task(task).choices), ensure_ascii=False) + "\n")
        for metric in get_task(task).metrics:
            values = [float(s[metric]) for s in samples]
            reported = out["results"][name].get(f"{metric},none")
            summary = summarize(values, cfg.bootstrap, cfg.seed)
            if reported is not None and abs(reported - summary["value"]) > 1e-9:
                raise MedlmError(f"lm-eval's {metric} for {task} ({reported}) disagrees with its own per-question results")
            if metric == "acc":
                per_task_acc[task] = values
            rows.append(_row(model, task, splits[task], setting, metric, summary, mdir, harness, date))
        say("bench", f"[lm-eval] {model.name} {task} ({splits[task]}, {setting}): " + ", ".join(
            f"{r['metric']} {r['value']:.4f} [{r['ci_low']:.4f}, {r['ci_high']:.4f}]" for r in rows if r["task"] == task))
    members = GROUPS["multimedqa"]
    if "multimedqa" in cfg.tasks and all(m in per_task_acc for m in members):
        pooled = [v for m in members for v in per_task_acc[m]]
        split = "mixed" if len({splits[m] for m in members}) > 1 else splits[members[0]]
        rows.append(_row(model, "multimedqa", split, setting, "acc", summarize(pooled, cfg.bootstrap, cfg.seed),
                         mdir, harness, date))
    atomic_write_json(mdir / "results.json", {
        "model": model.name, "harness": harness, "lm_eval_results": out["results"],
        "lm_eval_config": out.get("config"), "n_samples": out.get("n-samples"), "rows": rows,
    })
    return rows


def _request_cache(cfg: Any, mdir: Path) -> Path:
    """lm-eval's request cache for this model (the path prefix lm-eval appends `_rank0.db` to).

    It makes `--resume` work: answered requests are not scored again. Like the native engine's
    saved predictions, an existing cache is only reused with --resume (and deleted with --overwrite),
    so a retrained model under the same name never gets stale answers."""
    mdir.mkdir(parents=True, exist_ok=True)
    prefix = mdir / "request-cache"
    existing = list(mdir.glob("request-cache_rank*.db"))
    if existing and cfg.overwrite:
        for f in existing:
            f.unlink()
    elif existing and not cfg.resume:
        raise MedlmError(f"{existing[0]}: answers from an earlier lm-eval run exist; pass --resume to continue it "
                         "or --overwrite to score again")
    return prefix


def _prediction(sample: dict, choices: tuple[str, ...]) -> dict:
    """One question's lm-eval result in medlm's per-question form (log-likelihood per choice, gold index, metrics)."""
    lls = [float(r[0]) for r in sample.get("filtered_resps") or []]
    gold = sample.get("target")
    if isinstance(gold, str) and gold in choices:  # PubMedQA's target is the label text
        gold = choices.index(gold)
    return {
        "doc_id": sample["doc_id"],
        "gold": gold,
        "lls": lls,
        "pred": int(max(range(len(lls)), key=lls.__getitem__)) if lls else None,
        "acc": sample.get("acc"),
        "acc_norm": sample.get("acc_norm"),
    }
