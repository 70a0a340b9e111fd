"""`medlm experiment growth RECIPE.yaml`: does growing a small model beat training the deep one from scratch?

Every arm trains on the same token shards with the same settings and the same total training FLOPs
(the budget), counted by the trainer (`medlm.train.flops`: frozen parameters and un-back-propagated
blocks are not charged). Per seed:

- ``scratch``: the deep model (`preset`) from random init, `budget_flops`.
- ``small``: the small model (`small_layers`, same family), `small_fraction` of the budget.
- one arm per growth operator: `medlm grow` the small model to the deep one, then `medlm train --init`
  on the rest of the budget (budget - the small model's FLOPs). The grown phase continues the small
  model's data stream (same seed, `data_start` = the micro-batches the small model drew), so small +
  grown see exactly the scratch arm's batch order, never a batch twice. Operators whose layer map equals an
  earlier one's are run once (reported as aliases); operators that cannot map these depths are
  reported as not applicable.
- ``progressive``: layer-wise growth inside one run (`medlm train --progressive`), same budget.
- ``merge``: two specialists (one per `merge_data` dir, or two seeds) merged by logit averaging,
  evaluated on each specialist's val split and on `data`'s, next to each specialist alone.

Outputs in OUT: runs/ (every run dir; or `runs_dir`), results.json, table.md, loss_vs_flops.png, recipe.yaml (the
resolved recipe). Finished runs are skipped when the command is run again, so an interrupted
experiment resumes at the arm it was in.
"""

from __future__ import annotations

import json
import shutil
import statistics
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import torch
import yaml

from medlm.config import from_dict, to_dict
from medlm.errors import MedlmError
from medlm.grow.config import ExperimentConfig, GrowConfig, MergeConfig
from medlm.grow.operators import layer_map
from medlm.manifest import atomic_write_bytes, atomic_write_json, manifest_hash, read_manifest, write_manifest
from medlm.model.config import ModelConfig, preset
from medlm.progress import say
from medlm.tokenizer.shards import TokenShards
from medlm.train.metrics import read_metrics

STAGE = "experiment"
MERGE_SEED_OFFSET = 100


def run_experiment(cfg: ExperimentConfig) -> dict:
    if not cfg.out:
        raise MedlmError("experiment growth: give the results directory with --out DIR")
    out = Path(cfg.out)
    runs = Path(cfg.runs_dir) if cfg.runs_dir else out / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out / "recipe.yaml", yaml.safe_dump(to_dict(cfg), sort_keys=False).encode())
    vocab = TokenShards.open(cfg.data, "train").vocab_size
    for d in cfg.merge_data:
        TokenShards.open(d, "train")  # fail before hours of training, not after
    target = preset(cfg.preset, **{**cfg.model, "vocab_size": vocab})
    if not 0 < cfg.small_layers < target.n_layers:
        raise MedlmError(f"small_layers={cfg.small_layers} must be between 1 and the target depth {target.n_layers}")
    methods = plan_methods(cfg, target.n_layers)
    started = time.time()

    per_seed: dict[str, dict[int, dict]] = {}
    merges: dict[int, dict] = {}
    for seed in cfg.seeds:
        def want(arm: str) -> bool:
            return not cfg.only or arm in cfg.only

        if want("scratch"):
            per_seed.setdefault("scratch", {})[seed] = train_arm(cfg, runs / f"scratch-s{seed}", seed, max_flops=cfg.budget_flops)
        grown = [m for m in methods if methods[m]["status"] == "run" and want(m)]
        if grown or want("small"):
            small = train_arm(cfg, runs / f"small-s{seed}", seed, max_flops=cfg.small_fraction * cfg.budget_flops,
                              model={"n_layers": cfg.small_layers})
            per_seed.setdefault("small", {})[seed] = small
            for method in grown:
                per_seed.setdefault(method, {})[seed] = grown_arm(cfg, runs, method, methods[method], seed, small, target.n_layers)
        if cfg.progressive and want("progressive"):
            per_seed.setdefault("progressive", {})[seed] = progressive_arm(cfg, runs, seed, target)
        if want("merge"):
            merges[seed] = merge_arm(cfg, runs, seed)

    results = summarise(cfg, target, methods, per_seed, merges)
    results["wall_seconds_this_invocation"] = round(time.time() - started, 1)
    atomic_write_json(out / "results.json", results)
    atomic_write_bytes(out / "table.md", render_table(results).encode())
    plot(results, out / "loss_vs_flops.png")
    write_manifest(out, STAGE, cfg, data={"path": cfg.data, "manifest_sha256": manifest_hash(cfg.data)},
                   results="results.json", table="table.md", plot="loss_vs_flops.png")
    say(STAGE, f"results → {out}/table.md, results.json, loss_vs_flops.png")
    return results


# ---------------------------------------------------------------- arms


def plan_methods(cfg: ExperimentConfig, n_target: int) -> dict[str, dict]:
    """Per method: its layer map and whether it runs, aliases an earlier method, or cannot apply."""
    plans: dict[str, dict] = {}
    seen: dict[str, str] = {}
    for method in cfg.methods:
        try:
            mapping = layer_map(method, cfg.small_layers, n_target, k=cfg.outer_k)
        except MedlmError as e:
            plans[method] = {"status": "not applicable", "reason": str(e), "layer_map": None}
            continue
        trainable = cfg.identity_trainable if method == "identity" else "all"
        key = json.dumps([mapping, trainable, method == "identity"])
        if key in seen:
            plans[method] = {"status": "alias", "alias_of": seen[key], "layer_map": mapping}
        else:
            seen[key] = method
            plans[method] = {"status": "run", "layer_map": mapping, "trainable": trainable}
    return plans


def train_settings(cfg: ExperimentConfig, run_dir: Path, seed: int, **changes: Any):
    from medlm.train.config import TrainConfig

    settings = {
        "eval_every": 25, "eval_batches": 10, "warmup_steps": 20, "progress_bar": False, "tensorboard": False,
        **cfg.train,
        "data": cfg.data, "out": str(run_dir), "seed": seed, "device": cfg.device, "max_steps": 0, "checkpoint_every": 0,
    }
    model = {**cfg.model, **changes.pop("model", {})}
    if "init" not in changes:
        settings.update(preset=cfg.preset, model=model)
    settings.update(changes)
    return from_dict(TrainConfig, settings, where=f"recipe {cfg.out}/recipe.yaml (train settings)")


def train_arm(cfg: ExperimentConfig, run_dir: Path, seed: int, **changes: Any) -> dict:
    """Train one run (or read it back if it finished before) → its record."""
    from medlm.train.trainer import train

    settings = train_settings(cfg, run_dir, seed, **changes)
    if not _finished(run_dir):
        if run_dir.exists():  # an interrupted run: start it again (runs are short; its checkpoints may be stale)
            shutil.rmtree(run_dir)
        say(STAGE, f"training {run_dir.name}")
        t0 = time.time()
        train(settings)
        (run_dir / "wall_seconds.txt").write_text(f"{time.time() - t0:.1f}\n")
    else:
        _check_same_settings(run_dir, settings)
        say(STAGE, f"{run_dir.name}: finished before, reusing it")
    return run_record(run_dir)


# settings that may differ between a finished run and a re-run without changing what it computed
REUSABLE_DIFFERENCES = {"device", "progress_bar", "tensorboard", "compile", "memory_check", "log_every"}


def _check_same_settings(run_dir: Path, settings) -> None:
    """A finished run is only reused when the recipe would train it the same way."""
    saved = read_manifest(run_dir, "train").get("config") or {}
    wanted = to_dict(settings)
    # keys the saved config lacks are settings added to the trainer since; they keep their defaults
    changed = [k for k in wanted if k in saved and k not in REUSABLE_DIFFERENCES and saved[k] != wanted[k]]
    if changed:
        detail = "; ".join(f"{k}: {saved.get(k)!r} then, {wanted[k]!r} now" for k in changed[:4])
        raise MedlmError(
            f"{run_dir} was trained with other settings than the recipe asks for now ({detail}); "
            "use a new --out (or runs_dir), or delete that run to train it again"
        )


def _finished(run_dir: Path) -> bool:
    try:
        return read_manifest(run_dir, "train").get("stage") == "train"
    except MedlmError:
        return False


def run_record(run_dir: Path, offset_flops: float = 0.0) -> dict:
    manifest = read_manifest(run_dir, "train")
    curve = [[offset_flops + r["flops"], r["val_loss"], r["step"]] for r in read_metrics(run_dir) if r.get("val_loss") is not None]
    wall = run_dir / "wall_seconds.txt"
    return {
        "run_dir": str(run_dir),
        "layers": manifest["model"]["n_layers"],
        "steps": manifest["steps"], "tokens": manifest["tokens"],
        "data_position": manifest["data_position"]["position"],  # micro-batches of the seeded stream drawn so far
        "flops": manifest["flops"], "total_flops": offset_flops + manifest["flops"],
        "final_val_loss": manifest["final_val_loss"],
        "curve": curve,
        "wall_seconds": float(wall.read_text()) if wall.is_file() else None,
    }


def grown_arm(cfg: ExperimentConfig, runs: Path, method: str, plan: dict, seed: int, small: dict, n_target: int) -> dict:
    """Grow the seed's small model with `method`, then train it on the rest of the budget."""
    from medlm.grow.operators import grow

    init_dir, run_dir = runs / f"{method}-s{seed}-init", runs / f"{method}-s{seed}"
    if not _finished(run_dir):
        grow(from_dict(GrowConfig, {
            "source": small["run_dir"], "out": str(init_dir), "layers": n_target, "method": method,
            "k": cfg.outer_k, "trainable": plan["trainable"], "seed": seed, "overwrite": True,
        }, where="experiment grow"))
    remaining = cfg.budget_flops - small["flops"]
    if remaining <= 0:
        raise MedlmError(f"the small model used {small['flops']:.3g} FLOPs, the whole budget; lower small_fraction")
    data_start = small["data_position"]  # continue the small model's stream: the scratch arm's order
    train_arm(cfg, run_dir, seed, init=str(init_dir), max_flops=remaining, data_start=data_start)
    record = run_record(run_dir, offset_flops=small["flops"])
    at_growth = loss_at_growth(cfg, init_dir, seed)
    record.update(small_flops=small["flops"], val_loss_at_growth=at_growth, small_start=[small["flops"], at_growth],
                  data_seed=seed, data_start=data_start)
    return record


def loss_at_growth(cfg: ExperimentConfig, init_dir: Path, seed: int) -> float:
    """Val loss of the grown model before any training (cached in the init dir): how much growth disturbs it."""
    from medlm.model.io import load_model

    cache = init_dir / "val_loss_at_growth.json"
    if cache.is_file():
        return json.loads(cache.read_text())["val_loss"]
    settings = train_settings(cfg, init_dir, seed)
    model = load_model(init_dir)
    loss = val_loss(model, cfg.data, settings.batch_size, settings.seq_len or model.cfg.max_seq_len, settings.eval_batches)
    atomic_write_json(cache, {"val_loss": loss})
    return loss


def progressive_arm(cfg: ExperimentConfig, runs: Path, seed: int, target: ModelConfig) -> dict:
    """Layer-wise growth in one run: equal steps per depth, then a final all-layers phase, on the budget."""
    from medlm.train.flops import training_flops_per_token
    from medlm.train.progressive import set_trainable
    from medlm.model.llama import Transformer

    depths = list(cfg.progressive)
    if depths[-1] != target.n_layers:
        raise MedlmError(f"progressive schedule {depths} must end at the target depth {target.n_layers}")
    probe_cfg = train_settings(cfg, runs / "probe", seed)
    seq_len = probe_cfg.seq_len or target.max_seq_len
    tokens_per_step = probe_cfg.batch_size * probe_cfg.grad_accum * seq_len

    def step_flops(layers: int, frozen_below: int) -> float:
        with torch.device("meta"):
            probe = Transformer(replace(target, n_layers=layers))
        set_trainable(probe, patterns=None, frozen_below=frozen_below, freeze_embedding=target.freeze_embedding)
        return training_flops_per_token(probe, seq_len) * tokens_per_step

    costs = [step_flops(d, depths[i - 1] if (cfg.freeze_lower and i) else 0) for i, d in enumerate(depths)]
    f = cfg.final_unfreeze_fraction if cfg.freeze_lower else 0.0
    full = step_flops(target.n_layers, 0)
    per_phase = cfg.budget_flops / (sum(costs) + f / (1 - f) * len(depths) * full)
    steps = max(int(per_phase), 1)
    unfreeze = int(round(f / (1 - f) * len(depths) * steps))
    record = train_arm(
        cfg, runs / f"progressive-s{seed}", seed, max_flops=cfg.budget_flops,
        progressive=depths, progressive_steps=[steps * i for i in range(1, len(depths))],
        progressive_init=cfg.progressive_init, freeze_lower=cfg.freeze_lower, final_unfreeze_steps=unfreeze,
    )
    record["schedule"] = {"depths": depths, "steps_per_depth": steps, "final_unfreeze_steps": unfreeze}
    return record


def merge_arm(cfg: ExperimentConfig, runs: Path, seed: int) -> dict:
    """Two specialists (per merge_data dir, or two seeds), merged; val loss of each and of the merge."""
    from medlm.grow.merge import merge
    from medlm.model.io import load_model

    budget = cfg.merge_flops or cfg.budget_flops
    if cfg.merge_data:
        specs = [(Path(d).name, d, seed) for d in cfg.merge_data]
    else:
        specs = [("seed+0", cfg.data, seed), (f"seed+{MERGE_SEED_OFFSET}", cfg.data, seed + MERGE_SEED_OFFSET)]
    experts = []
    for name, data, s in specs:
        run_dir = runs / f"expert-{name}-s{seed}"
        depth = {"model": {"n_layers": cfg.merge_layers}} if cfg.merge_layers else {}
        rec = train_arm(replace(cfg, data=data), run_dir, s, max_flops=budget, **depth)
        rec.update(name=name, data=data)
        experts.append(rec)
    eval_sets = {Path(d).name: d for d in dict.fromkeys([*(e["data"] for e in experts), cfg.data])}
    settings = train_settings(cfg, runs / "probe", seed)
    models = {e["name"]: load_model(e["run_dir"]) for e in experts}
    for mode in ("logits", "logprobs", "probs"):
        merged_dir = runs / f"merged-{mode}-s{seed}"
        if not (merged_dir / "manifest.json").is_file():
            merge(from_dict(MergeConfig, {"runs": [e["run_dir"] for e in experts], "out": str(merged_dir), "mode": mode,
                                          "overwrite": True}, where="experiment merge"))
        models[f"merged ({mode})"] = load_model(merged_dir)
    losses = {name: {set_name: val_loss(model, d, settings.batch_size, settings.seq_len or model.cfg.max_seq_len, cfg.eval_batches)
                     for set_name, d in eval_sets.items()}
              for name, model in models.items()}
    return {"experts": experts, "eval_sets": eval_sets, "val_loss": losses, "expert_flops": budget}


@torch.no_grad()
def val_loss(model, data_dir: str, batch_size: int, seq_len: int, n_batches: int) -> float:
    """Mean loss on the trainer's fixed validation windows of `data_dir` (the same windows every model sees)."""
    from medlm.train.data import open_split, val_batches

    batches = val_batches(open_split(data_dir, "val"), batch_size, seq_len, n_batches)
    return float(sum(model(x, targets=y).item() for x, y in batches) / len(batches))


# ---------------------------------------------------------------- summary


def flops_to_reach(curve: list[list[float]], target: float) -> float | None:
    """FLOPs at which the val-loss curve first reaches `target`, interpolated linearly between evals."""
    prev = None
    for flops, loss, *_ in curve:
        if loss <= target:
            if prev is None or prev[1] == loss:
                return flops
            f0, l0 = prev
            return f0 + (flops - f0) * (l0 - target) / (l0 - loss)
        prev = (flops, loss)
    return None


def _mean_spread(values: list[float]) -> tuple[float | None, float | None]:
    values = [v for v in values if v is not None]
    if not values:
        return None, None
    return statistics.fmean(values), (max(values) - min(values)) / 2


def summarise(cfg, target, methods, per_seed, merges) -> dict:
    scratch = per_seed.get("scratch", {})
    rows = []
    for arm, by_seed in per_seed.items():
        finals = [r["final_val_loss"] for r in by_seed.values()]
        reach, ratios = [], []
        for seed, rec in by_seed.items():
            if seed not in scratch or arm == "small":
                continue
            goal = scratch[seed]["final_val_loss"]
            # a grown arm's curve starts where its small model ended, at the val loss right after growth
            curve = ([rec["small_start"]] if rec.get("small_start") else []) + rec["curve"]
            f = flops_to_reach(curve, goal)
            rec["flops_to_reach_scratch_final"] = f
            reach.append(f)
            ratios.append(None if f is None else f / scratch[seed]["total_flops"])
        mean, spread = _mean_spread(finals)
        ratio_mean, ratio_spread = _mean_spread(ratios)
        all_reached = bool(ratios) and all(r is not None for r in ratios)
        rows.append({
            "arm": arm,
            "layers": sorted({r["layers"] for r in by_seed.values()}),
            "layer_map": methods.get(arm, {}).get("layer_map"),
            "seeds": sorted(by_seed),
            "val_loss_at_growth_mean": _mean_spread([r.get("val_loss_at_growth") for r in by_seed.values()])[0],
            "final_val_loss_mean": mean, "final_val_loss_spread": spread,
            "total_flops_mean": statistics.fmean(r["total_flops"] for r in by_seed.values()),
            "flops_to_reach_scratch_final_ratio_mean": ratio_mean if all_reached else None,
            "flops_to_reach_scratch_final_ratio_spread": ratio_spread if all_reached else None,
            "seeds_reaching_scratch_final": sum(r is not None for r in ratios),
            "speedup_pct": None if not all_reached else 100 * (1 - ratio_mean),
        })
    return {
        "recipe": to_dict(cfg),
        "target_model": to_dict(target),
        "target_params": target.num_params(),
        "small_params": replace(target, n_layers=cfg.small_layers).num_params(),
        "data": {"path": cfg.data, "manifest_sha256": manifest_hash(cfg.data)},
        "methods": methods,
        "summary": rows,
        "runs": {arm: {str(s): r for s, r in by_seed.items()} for arm, by_seed in per_seed.items()},
        "merge": {str(s): m for s, m in merges.items()},
        "environment": {"torch": torch.__version__, "device": cfg.device,
                        "cuda": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None},
        "definitions": {
            "final_val_loss": "mean ± half the range over seeds, on the trainer's fixed val windows",
            "flops_to_reach_scratch_final": "per seed: first crossing of that seed's scratch final val loss on the arm's "
                                            "val-loss-vs-total-FLOPs curve (linear interpolation between evals), divided "
                                            "by the scratch run's FLOPs; grown arms include the small model's FLOPs and "
                                            "their curve starts at the val loss right after growth",
            "speedup_pct": "100 × (1 − mean ratio); only when every seed reaches the scratch loss",
        },
    }


def _fmt(v, spec=".4f"):
    return "—" if v is None else format(v, spec)


def render_table(results: dict) -> str:
    rc = results["recipe"]
    lines = [
        f"# Growth experiment: {rc['preset']} from scratch vs grown from {rc['small_layers']} layers",
        "",
        f"Data: `{results['data']['path']}`; budget {rc['budget_flops']:.3g} training FLOPs per arm "
        f"(small model: {100 * rc['small_fraction']:.0f}% of it); seeds {rc['seeds']}. "
        f"Target {results['target_params'] / 1e6:.2f}M params, small {results['small_params'] / 1e6:.2f}M.",
        "",
        "| arm | layer map (target ← source) | FLOPs spent | val loss right after growth | final val loss | FLOPs to reach scratch's final loss | speedup | seeds reaching |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in results["summary"]:
        lm = row["layer_map"]
        lm_text = "—" if lm is None else " ".join(
            (str(x) if not isinstance(x, list) else "+".join(f"{w:.2f}·{j}" for j, w in x)) for x in lm
        ).replace("new", "·new")
        loss = f"{_fmt(row['final_val_loss_mean'])} ± {_fmt(row['final_val_loss_spread'])}"
        ratio = row["flops_to_reach_scratch_final_ratio_mean"]
        reach = "—" if row["arm"] == "small" else (
            "not reached" if ratio is None else f"{100 * ratio:.0f}% ± {100 * row['flops_to_reach_scratch_final_ratio_spread']:.0f}%")
        speed = "—" if row["speedup_pct"] is None else f"{row['speedup_pct']:+.0f}%"
        n = len(row["seeds"])
        seeds_ok = "—" if row["arm"] in ("small",) else f"{row['seeds_reaching_scratch_final']}/{n}"
        name = row["arm"] + (f" ({row['layers'][0]}L)" if row["arm"] == "small" else "")
        spent = f"{100 * row['total_flops_mean'] / rc['budget_flops']:.0f}%"
        lines.append(f"| {name} | {lm_text} | {spent} | {_fmt(row['val_loss_at_growth_mean'])} | {loss} | {reach} | {speed} | {seeds_ok} |")
    notes = [f"- `{m}`: same layer map as `{p['alias_of']}`, so not run again." for m, p in results["methods"].items() if p["status"] == "alias"]
    notes += [f"- `{m}`: not applicable — {p['reason']}" for m, p in results["methods"].items() if p["status"] == "not applicable"]
    if notes:
        lines += ["", *notes]
    lines += ["", "FLOPs spent: mean over seeds, % of the budget (the trainer finishes the step that crosses it). "
              "Val loss right after growth: the grown model before any training (mean over seeds; the small model ended at "
              f"{_fmt(next((r['final_val_loss_mean'] for r in results['summary'] if r['arm'] == 'small'), None))}). "
              "Final val loss: mean ± half the range over seeds. FLOPs to reach: per seed, where the arm's val-loss curve "
              "(FLOPs include the small model's) first crosses that seed's scratch final val loss, as % of the scratch budget "
              "(linear interpolation between evaluations; a grown arm's curve starts at its val loss right after growth). "
              "Speedup = 100% − that share."]
    if results["merge"]:
        lines += ["", "## Merge (logit ensemble of two specialists)", ""]
        first = next(iter(results["merge"].values()))
        sets = list(first["eval_sets"])
        lines += ["| model | " + " | ".join(f"val loss: {s}" for s in sets) + " |", "|---|" + "---|" * len(sets)]
        for name in first["val_loss"]:
            cells = []
            for s in sets:
                mean, spread = _mean_spread([m["val_loss"][name][s] for m in results["merge"].values()])
                cells.append(f"{_fmt(mean)} ± {_fmt(spread)}")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines += ["", f"Each specialist: {first['expert_flops']:.3g} training FLOPs; mean ± half the range over seeds "
                  f"{list(results['merge'])}. Averaging logits and averaging log-probabilities give the same distribution "
                  "(they differ by a constant per position); `probs` is the mixture of the distributions."]
    return "\n".join(lines) + "\n"


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 5.5))
    palette = iter(plt.get_cmap("tab10").colors)
    for arm, by_seed in results["runs"].items():
        color = "0.5" if arm == "small" else ("black" if arm == "scratch" else next(palette))
        curves = []
        for rec in by_seed.values():
            points = list(rec["curve"])
            if rec.get("small_start"):  # a grown arm starts where its small model ended, at its loss right after growth
                points = [[*rec["small_start"], 0]] + points
            curves.append(points)
        n = min(len(c) for c in curves)  # the same eval steps in every seed; align by index
        xs = [statistics.fmean(c[i][0] for c in curves) for i in range(n)]
        ys = [[c[i][1] for c in curves] for i in range(n)]
        mean = [statistics.fmean(v) for v in ys]
        ax.plot(xs, mean, color=color, lw=2.4 if arm == "scratch" else 1.5, ls="--" if arm == "small" else "-",
                marker="o" if n < 12 else None, ms=3, label=f"{arm} (mean of {len(curves)} seeds)" if arm == "scratch" else arm)
        if len(curves) > 1:
            ax.fill_between(xs, [min(v) for v in ys], [max(v) for v in ys], color=color, alpha=0.12, lw=0)
    scratch = next((r for r in results["summary"] if r["arm"] == "scratch"), None)
    if scratch and scratch["final_val_loss_mean"] is not None:
        ax.axhline(scratch["final_val_loss_mean"], color="black", lw=0.8, ls=":", label="scratch final (mean)")
    rc = results["recipe"]
    ax.set_xlabel("total training FLOPs (small model's included); bands: range over seeds")
    ax.set_ylabel("validation loss")
    ax.set_title(f"{rc['preset']}: scratch vs growth from {rc['small_layers']} layers (equal FLOPs)")
    finals = [r["final_val_loss_mean"] for r in results["summary"] if r["final_val_loss_mean"] is not None]
    if finals:
        ax.set_ylim(min(finals) - 0.15, max(finals) + 1.2)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, ncol=2)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
