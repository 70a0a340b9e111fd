"""`medlm bench run`: score models on medical tasks, save per-question predictions, record results.

    OUT/<model>/<task>.<split>.<k>shot.jsonl     per-question predictions (id, logprobs, pred, pred_norm, gold, greedy)
    OUT/<model>/results.json                     that model's result rows (+ questions/s) — rewritten after every task
    OUT/manifest.json                            stage "bench": config, models, data files, all rows (written last)

Every (model, task) result also goes to the results store (`medlm.bench.store`, SQLite), which
`medlm bench leaderboard` renders. Rows follow the schema in docs/bench.md.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from medlm.config import opt
from medlm.errors import MedlmError


@dataclass
class BenchRunConfig:
    model: list[str] = opt([], help="model to score: medlm:RUN_DIR, hf:ID_OR_DIR, gguf:FILE, openai:BASE_URL#MODEL")
    tasks: list[str] = opt(["multimedqa"], help="tasks or groups: multimedqa, medqa_4options, medqa_5options, pubmedqa, medmcqa, mmlu_<subject>, mmlu_medical, medical_bpb")
    data_dir: str = opt("", help="benchmark data root (layout in docs/bench.md); default $MEDLM_DATA, else download from the Hugging Face hub")
    split: list[str] = opt([], help="split to score: SPLIT for every task that has it (MMLU's few-shot dev split only by name), "
                           "or TASK=SPLIT (default: each task's lm-eval test split)")
    num_fewshot: int = opt(0, help="number of solved examples in each prompt (from the task's train/dev split)")
    limit: int = opt(0, help="score only the first N questions of each task (0: all) — for smoke tests; results are marked with the limit")
    out: str = opt("bench/runs", help="directory for predictions, results.json and the manifest")
    db: str = opt("", help="results database (default $MEDLM_BENCH_DB, else bench/results.sqlite)")
    resume: bool = opt(False, help="continue from saved per-question predictions in OUT")
    overwrite: bool = opt(False, help="discard saved predictions in OUT and score again")
    engine: Literal["native", "lm-eval"] = opt("native", help="native scorer, or the same tasks through lm-evaluation-harness")
    batch_size: int = opt(0, help="sequences per forward pass (0: 8 on CPU, 32 on GPU)")
    device: str = opt("auto", help="auto, cpu, cuda, cuda:1, ...")
    dtype: str = opt("auto", help="auto (bf16 on GPU, fp32 on CPU), bf16, fp16, fp32")
    max_length: int = opt(0, help="longest sequence the model sees (0: the model's own limit); longer prompts are cut on the left")
    add_bos: bool | None = opt(None, help="force adding (or not) the tokenizer's BOS token (default: the tokenizer's own choice, as lm-eval)")
    load_in_4bit: bool = opt(False, help="hf/gguf models: quantise to 4 bits with bitsandbytes (GPU)")
    load_in_8bit: bool = opt(False, help="hf/gguf models: quantise to 8 bits with bitsandbytes (GPU)")
    trust_remote_code: bool = opt(False, help="allow hf models to run their own Python code")
    prompt_prefix: str = opt("", help="openai: models only: text sent before every prompt (e.g. the BOS text, for servers "
                             "that misalign echoed log-probs when the tokenizer adds no BOS; see docs/bench.md)")
    bpb_data: str = opt("", help="held-out text for medical_bpb: corpus dir, token-shard dir, .txt or .jsonl(.xz)")
    bpb_max_docs: int = opt(200, help="medical_bpb: score at most this many documents (0: all)")
    bpb_val_fraction: float = opt(0.01, help="medical_bpb with a corpus dir: the val share its `corpus tokenize` used")
    bootstrap: int = opt(1000, help="bootstrap resamples for the 95% confidence intervals")
    seed: int = opt(1234, help="seed for bootstrap and few-shot sampling")

    def __post_init__(self):
        if self.resume and self.overwrite:
            raise ValueError("--resume and --overwrite contradict each other; choose one")
        if self.num_fewshot < 0 or self.limit < 0:
            raise ValueError("num_fewshot and limit must be >= 0")


def harness_version() -> str:
    from medlm import __version__

    return f"medlm-{__version__}"


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "model"


def split_for(task: str, splits: list[str]) -> str:
    from medlm.bench.data import FAMILIES, SPLIT_ALIASES, default_split, family_of

    chosen = default_split(task)
    family = family_of(task)[0]
    # a bare SPLIT never selects MMLU's dev split: those 5 questions per subject are its few-shot examples
    valid = [s for s in FAMILIES[family][1] if not (family == "mmlu" and s == "dev")]
    for entry in splits:
        name, _, value = entry.rpartition("=")
        value = SPLIT_ALIASES.get(value, value)
        if name == task:
            return value  # an explicit TASK=SPLIT wins, and is checked by the loader
        if not name and value in valid:
            chosen = value
    return chosen


def contamination_of(model_info: dict, task: str) -> str:
    """'clean' when the model's corpus manifest says the corpus was decontaminated against this task's
    benchmark (its `decontamination.benchmarks` lists the task, or its family: medqa, mmlu, ...); else 'unknown'
    (general models, corpora built without the step, or another benchmark). medlm never guesses 'contaminated'."""
    from medlm.bench.data import family_of

    path = model_info.get("corpus_manifest")
    if not path:
        return "unknown"
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return "unknown"
    section = manifest.get("decontamination")
    if not isinstance(section, dict) or section.get("enabled") is False:
        return "unknown"
    family = family_of(task)[0].rstrip("45")  # medqa, pubmedqa, medmcqa, mmlu
    names = {str(n).lower() for n in section.get("benchmarks") or []}
    if task in names or family in names or (family == "medqa" and task.startswith("medqa") and any(n.startswith("medqa") for n in names)):
        return "clean"
    return "unknown"


def _row(model: Any, task: str, split: str, setting: str, metric: str, summary: dict, run_dir: Path,
         harness: str, date: str) -> dict:
    info = model.info or {}
    return {
        "model": model.name, "model_kind": model.kind, "params": model.params,
        "train_tokens": info.get("train_tokens"), "train_flops": info.get("train_flops"),
        "task": task, "split": split, "setting": setting, "metric": metric,
        "value": summary["value"], "ci_low": summary["ci_low"], "ci_high": summary["ci_high"], "n": summary["n"],
        "harness": harness, "date": date, "contamination": _contamination(info, task), "run_dir": str(run_dir),
    }


def _contamination(info: dict, task: str) -> str:
    from medlm.bench.tasks import BPB_TASK, GROUPS

    if task == BPB_TASK:
        return "unknown"  # held-out text: whether it is truly unseen depends on where --bpb-data came from
    if task not in GROUPS:
        return contamination_of(info, task)
    states = {contamination_of(info, t) for t in GROUPS[task]}
    return "contaminated" if "contaminated" in states else states.pop() if len(states) == 1 else "unknown"


def record_rows(db: str, rows: list[dict]) -> str | None:
    """Store rows in the results database (if the store module is installed); returns its path."""
    try:
        from medlm.bench import store
    except ImportError:
        return None
    store.record(db or None, rows)
    return str(store.resolve_db(db or None))


def bench_run(cfg: BenchRunConfig) -> list[dict]:
    """Score every model on every task; returns all result rows."""
    from medlm.bench.tasks import expand_tasks

    if not cfg.model:
        raise MedlmError("no model given: pass --model medlm:RUN_DIR, hf:ID, gguf:FILE or openai:URL#MODEL")
    tasks = expand_tasks(cfg.tasks)
    if cfg.engine == "lm-eval":
        from medlm.bench.lm_eval_engine import run_lm_eval

        rows = run_lm_eval(cfg)
        record_rows(cfg.db, rows)
        return rows
    from medlm.bench.models import parse_spec

    for spec in cfg.model:
        parse_spec(spec)  # every spec checked before hours of scoring start
    out = Path(cfg.out)
    all_rows: list[dict] = []
    inputs: dict[str, Any] = {}
    names: set[str] = set()
    for spec in cfg.model:
        all_rows += _bench_model(cfg, spec, tasks, out, inputs, names)
    from medlm.manifest import write_manifest

    write_manifest(out, "bench", cfg, models=cfg.model, tasks=tasks, inputs=inputs, results=all_rows)
    return all_rows


def _bench_model(cfg: BenchRunConfig, spec: str, tasks: list[str], out: Path, inputs: dict, names: set[str]) -> list[dict]:
    from medlm.bench.data import data_root, load_items
    from medlm.bench.metrics import summarize
    from medlm.bench.models import load_scoring_model
    from medlm.bench.scoring import score_task
    from medlm.bench.tasks import BPB_TASK, GROUPS, get_task
    from medlm.progress import say

    model = load_scoring_model(
        spec, device=cfg.device, dtype=cfg.dtype, batch_size=cfg.batch_size or None, max_length=cfg.max_length or None,
        add_bos=cfg.add_bos, load_in_4bit=cfg.load_in_4bit, load_in_8bit=cfg.load_in_8bit,
        trust_remote_code=cfg.trust_remote_code, prompt_prefix=cfg.prompt_prefix or None,
    )
    if model.name in names:  # e.g. two runs both called "final": qualify with the parent folder
        model.name = f"{Path(spec.partition(':')[2]).parent.name}/{model.name}"
        if model.name in names:
            raise MedlmError(f"{spec}: another model in this run is also named {model.name!r}; give them distinct folder names")
    names.add(model.name)
    mdir = out / slug(model.name)
    date = _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    harness = harness_version()
    setting = f"{cfg.num_fewshot}-shot" + (f", first {cfg.limit}" if cfg.limit else "")
    rows: list[dict] = []
    speed: dict[str, float] = {}
    per_task_acc: dict[str, list[float]] = {}
    root = data_root(cfg.data_dir)
    try:
        for name in tasks:
            if name == BPB_TASK:
                rows.append(_bench_bpb(cfg, model, mdir, harness, date))
                _write_results(mdir, model, rows, speed)
                continue
            task = get_task(name)
            split = split_for(name, cfg.split)
            items = load_items(name, root, split)
            if cfg.limit:
                items = items[: cfg.limit]
            pool = None
            if cfg.num_fewshot:
                if not task.fewshot_split:
                    raise MedlmError(f"{name}: k-shot prompts are not defined for this task")
                pool = load_items(name, root, task.fewshot_split)
            pred_path = mdir / f"{name}.{split}.{cfg.num_fewshot}shot.jsonl"
            if pred_path.exists() and not (cfg.resume or cfg.overwrite):
                raise MedlmError(f"{pred_path}: predictions from an earlier run exist; pass --resume to continue it "
                                 "or --overwrite to score again")
            preds, timing = score_task(model, task, items, pred_path, fewshot_pool=pool, num_fewshot=cfg.num_fewshot,
                                       seed=cfg.seed, resume=cfg.resume)
            if timing["scored_now"]:
                speed[name] = timing["scored_now"] / max(timing["seconds"], 1e-9)
            for metric in task.metrics:
                key = "pred" if metric == "acc" else "pred_norm"
                values = [float(p[key] == p["gold"]) for p in preds]
                if metric == "acc":
                    per_task_acc[name] = values
                rows.append(_row(model, name, split, setting, metric, summarize(values, cfg.bootstrap, cfg.seed), mdir, harness, date))
            inputs[f"{name}/{split}"] = len(items)
            say("bench", f"{model.name} {name} ({split}, {setting}): " + ", ".join(
                f"{r['metric']} {r['value']:.4f} [{r['ci_low']:.4f}, {r['ci_high']:.4f}]" for r in rows if r["task"] == name)
                + (f"; {speed[name]:.2f} questions/s" if name in speed else ""))
            _write_results(mdir, model, rows, speed)
            record_rows(cfg.db, [r for r in rows if r["task"] == name])
        members = GROUPS["multimedqa"]
        if "multimedqa" in cfg.tasks and all(m in per_task_acc for m in members):
            pooled = [v for m in members for v in per_task_acc[m]]
            group_row = _row(model, "multimedqa", "mixed" if len({split_for(m, cfg.split) for m in members}) > 1
                             else split_for(members[0], cfg.split), setting, "acc",
                             summarize(pooled, cfg.bootstrap, cfg.seed), mdir, harness, date)
            rows.append(group_row)
            record_rows(cfg.db, [group_row])
            say("bench", f"{model.name} multimedqa: acc {group_row['value']:.4f} (size-weighted over {len(pooled)} questions)")
        _write_results(mdir, model, rows, speed)
    finally:
        model.close()
    return rows


def _bench_bpb(cfg: BenchRunConfig, model: Any, mdir: Path, harness: str, date: str) -> dict:
    from medlm.bench.bpb import bits_per_byte, load_bpb_texts
    from medlm.progress import say

    if not cfg.bpb_data:
        raise MedlmError("medical_bpb needs --bpb-data (a corpus dir, token-shard dir, .txt or .jsonl file of held-out medical text)")
    texts, where = load_bpb_texts(cfg.bpb_data, val_fraction=cfg.bpb_val_fraction, seed=0, max_docs=cfg.bpb_max_docs)
    result = bits_per_byte(model, texts, n_boot=cfg.bootstrap, seed=cfg.seed)
    (mdir).mkdir(parents=True, exist_ok=True)
    (mdir / "medical_bpb.json").write_text(json.dumps({**result, "data": where}, indent=2) + "\n", encoding="utf-8")
    row = _row(model, "medical_bpb", where.get("split", "val"), f"{where['documents']} docs", "bits_per_byte", result,
               mdir, harness, date)
    say("bench", f"{model.name} medical_bpb: {result['value']:.4f} bits/byte over {result['bytes']:,} bytes ({result['n']} docs)")
    record_rows(cfg.db, [row])
    return row


def _write_results(mdir: Path, model: Any, rows: list[dict], speed: dict) -> None:
    from medlm.manifest import atomic_write_json

    atomic_write_json(mdir / "results.json", {"model": model.name, "kind": model.kind, "params": model.params,
                                              "info": model.info, "questions_per_second": speed, "rows": rows})
