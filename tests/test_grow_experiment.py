"""The growth experiment end to end on a micro recipe: JSON, table and plot; equal FLOPs; resumable."""

from __future__ import annotations

import json

import pytest
import yaml

from medlm.cli import main
from medlm.grow.experiment import flops_to_reach
from test_grow_helpers import make_shards


def test_flops_to_reach_interpolates_between_evals():
    curve = [[10.0, 5.0], [20.0, 4.0], [30.0, 3.0]]
    assert flops_to_reach(curve, 3.5) == pytest.approx(25.0)
    assert flops_to_reach(curve, 5.5) == 10.0
    assert flops_to_reach(curve, 2.0) is None


@pytest.mark.slow  # ~15 s alone, longer on a loaded machine: 20 tiny training runs
def test_micro_experiment_writes_results_and_resumes(tmp_path, capsys):
    data = make_shards(tmp_path / "tokens", n_train=8000, n_val=2000)
    recipe = {
        "data": str(data), "preset": "tiny",
        "model": {"n_layers": 4, "d_model": 32, "n_heads": 4, "d_ff": 64, "max_seq_len": 32},
        "small_layers": 2, "seeds": [0, 1], "budget_flops": 2.0e8, "small_fraction": 0.3,
        "methods": ["outer", "stack", "solar", "interleave"], "progressive": [2, 4],
        "merge_layers": 2, "merge_flops": 5.0e7,
        "train": {"batch_size": 4, "seq_len": 32, "lr": 3.0e-3, "warmup_steps": 1, "eval_every": 3, "eval_batches": 1},
        "eval_batches": 1, "device": "cpu",
    }
    (tmp_path / "recipe.yaml").write_text(yaml.safe_dump(recipe))
    out = tmp_path / "results"
    argv = ["experiment", "growth", str(tmp_path / "recipe.yaml"), "--out", str(out)]
    assert main(argv) == 0
    for name in ("results.json", "table.md", "loss_vs_flops.png", "recipe.yaml", "manifest.json"):
        assert (out / name).is_file(), name
    results = json.loads((out / "results.json").read_text())
    arms = {row["arm"]: row for row in results["summary"]}
    assert set(arms) == {"scratch", "small", "outer", "stack", "interleave", "progressive"}
    assert results["methods"]["solar"] == {"status": "alias", "alias_of": "stack", "layer_map": [0, 1, 0, 1]}
    budget = recipe["budget_flops"]
    one_step_8l = max(r["flops"] / r["steps"] for r in results["runs"]["scratch"].values())
    for arm in ("scratch", "outer", "stack", "interleave", "progressive"):
        for rec in results["runs"][arm].values():
            assert budget <= rec["total_flops"] <= budget + 2 * one_step_8l, arm  # equal FLOPs, small model's included
            assert rec["final_val_loss"] is not None and rec["curve"]
    for rec in results["runs"]["stack"].values():
        small = results["runs"]["small"][str(rec["data_seed"])]
        assert rec["small_flops"] == pytest.approx(small["flops"])
        # the grown phase continues the small model's stream where it stopped: same seed, never a batch twice
        assert rec["data_start"] == small["data_position"] == small["steps"] > 0
        assert rec["data_position"] == small["steps"] + rec["steps"]
    merge = results["merge"]["0"]["val_loss"]
    assert set(merge) == {"seed+0", "seed+100", "merged (logits)", "merged (logprobs)", "merged (probs)"}
    table = (out / "table.md").read_text()
    assert "| stack |" in table and "`solar`: same layer map as `stack`" in table and "merged (probs)" in table

    capsys.readouterr()
    assert main(argv) == 0  # a re-run trains nothing
    err = capsys.readouterr().err
    assert "training" not in err and err.count("finished before") >= 10


def test_changed_recipe_does_not_reuse_stale_runs(tmp_path, capsys):
    data = make_shards(tmp_path / "tokens", n_train=4000, n_val=1000)
    recipe = {
        "data": str(data), "preset": "tiny", "model": {"n_layers": 2, "d_model": 32, "n_heads": 4, "d_ff": 64, "max_seq_len": 32},
        "small_layers": 1, "seeds": [0], "budget_flops": 3.0e7, "methods": ["stack"], "only": ["scratch"],
        "train": {"batch_size": 2, "seq_len": 16, "warmup_steps": 1, "eval_every": 2, "eval_batches": 1}, "device": "cpu",
    }
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(recipe))
    argv = ["experiment", "growth", str(tmp_path / "r.yaml"), "--out", str(tmp_path / "out")]
    assert main(argv) == 0
    assert main(argv + ["--set", "train.lr=1e-3"]) == 2
    assert "trained with other settings" in capsys.readouterr().err
