"""The training loop on CPU: run-dir contract, loss goes down, freezing, progressive growth, FLOP budgets."""

import json

import pytest
import torch
from safetensors.torch import load_file

from medlm.manifest import write_manifest
from medlm.model.io import load_model
from medlm.train.metrics import read_metrics
from medlm.train.trainer import train
from tests.train_support import quick_train_config, write_token_shards


@pytest.fixture(scope="module")
def tokens(tmp_path_factory):
    return write_token_shards(tmp_path_factory.mktemp("tokens") / "tok")


def test_tiny_run_learns_and_writes_a_complete_run_dir(tokens, tmp_path):
    cfg = quick_train_config(tokens, tmp_path / "run", max_steps=40, tensorboard=True, checkpoint_every=15, keep_last=2)
    result = train(cfg)
    run = tmp_path / "run"
    assert result.run_dir == run and result.steps == 40 and result.tokens == 40 * 4 * 32
    metrics = read_metrics(run)
    assert [m["step"] for m in metrics] == list(range(1, 41))  # one line per step
    for key in ("tokens", "flops", "loss", "lr", "tok_s", "mfu"):
        assert key in metrics[0]
    assert metrics[-1]["flops"] == pytest.approx(result.flops)
    assert metrics[-1]["flops"] == pytest.approx(40 * 4 * 32 * cfg_flops_per_token(run, 32))
    first, last = sum(m["loss"] for m in metrics[:5]) / 5, sum(m["loss"] for m in metrics[-5:]) / 5
    assert last < first - 1.0, (first, last)  # the synthetic rule is learnable: loss must fall a lot
    vals = [m["val_loss"] for m in metrics if "val_loss" in m]
    assert len(vals) == 4 and vals[-1] == pytest.approx(result.final_val_loss) and vals[-1] < vals[0]
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["stage"] == "train" and manifest["steps"] == 40 and manifest["tokenizer"]["vocab_size"] == 64
    assert manifest["data_position"]["position"] == 40 and manifest["model"]["vocab_size"] == 64
    assert (run / "tokenizer" / "tokenizer.json").is_file() and (run / "loss.png").stat().st_size > 1000
    assert any((run / "tensorboard").iterdir())
    assert sorted(p.name for p in (run / "checkpoints").iterdir()) == ["step_00000030", "step_00000040"]
    model = load_model(run)
    ckpt = load_file(str(run / "checkpoints" / "step_00000040" / "model.safetensors"))
    assert torch.equal(model.embed.weight, ckpt["embed.weight"])


def cfg_flops_per_token(run, seq_len):
    from medlm.model.io import model_config_of

    return model_config_of(run).flops_per_token(seq_len)


def test_trainable_patterns_from_init_freeze_the_rest(tokens, tmp_path):
    base = train(quick_train_config(tokens, tmp_path / "base", max_steps=3, eval_every=-1)).run_dir
    manifest = json.loads((base / "manifest.json").read_text())
    manifest["stage"] = "grow"
    grown = tmp_path / "grown"
    grown.mkdir()
    (grown / "model.safetensors").write_bytes((base / "model.safetensors").read_bytes())
    write_manifest(grown, "grow", None, model=manifest["model"], tokenizer=manifest["tokenizer"], trainable=["blocks.1.*"])
    result = train(quick_train_config(tokens, tmp_path / "cont", preset="", init=str(grown), max_steps=4, eval_every=-1))
    before, after = load_file(str(base / "model.safetensors")), load_file(str(result.run_dir / "model.safetensors"))
    for name in before:
        changed = not torch.equal(before[name], after[name])
        assert changed == name.startswith("blocks.1."), name
    assert result.flops < 4 * 4 * 32 * cfg_flops_per_token(base, 32)  # frozen lower block: no backward through it


def test_frozen_substrate_embedding_stays_fixed_and_head_is_untied(tokens, tmp_path, monkeypatch):
    import medlm.grow.substrate as substrate

    fixed = torch.randn(64, 64)
    monkeypatch.setattr(substrate, "substrate_weights", lambda kind, tok_dir, vocab, d, seed=0: fixed.clone())
    cfg = quick_train_config(tokens, tmp_path / "run", max_steps=3, eval_every=-1,
                             model={"embedding": "hashed", "freeze_embedding": True})
    result = train(cfg)
    weights = load_file(str(result.run_dir / "model.safetensors"))
    assert torch.equal(weights["embed.weight"], fixed)
    assert "lm_head.weight" in weights and not torch.equal(weights["lm_head.weight"], fixed)
    assert json.loads((result.run_dir / "manifest.json").read_text())["model"]["tie_embeddings"] is False


def test_progressive_adds_layers_on_schedule_and_freezes_lower(tokens, tmp_path):
    cfg = quick_train_config(tokens, tmp_path / "run", max_steps=12, eval_every=-1, progressive=[1, 2],
                             progressive_steps=[6], freeze_lower=True, progressive_init="identity")
    result = train(cfg)
    records = read_metrics(result.run_dir)
    events = [r for r in records if r.get("event") == "grow"]
    assert [(e["step"], e["layers"]) for e in events] == [(6, 2)]
    layers = {r["step"]: r["layers"] for r in records if "loss" in r}
    assert layers[6] == 1 and layers[7] == 2
    per_step = [r["flops"] for r in records if "loss" in r]
    assert per_step[6] - per_step[5] > per_step[1] - per_step[0]  # deeper model: more FLOPs per step
    assert load_model(result.run_dir).cfg.n_layers == 2


def test_progressive_identity_growth_keeps_the_function():
    from medlm.model.config import preset
    from medlm.model.llama import Transformer
    from medlm.train.progressive import add_blocks

    model = Transformer(preset("tiny", vocab_size=50, n_layers=1)).eval()
    idx = torch.randint(0, 50, (1, 16))
    before = model(idx)
    assert add_blocks(model, 3, "identity") == [1, 2]
    assert torch.allclose(model(idx), before, atol=1e-6) and model.cfg.n_layers == 3


def test_max_flops_stops_at_the_budget(tokens, tmp_path):
    per_step = 4 * 32 * cfg_flops_per_token_of_tiny(32)
    result = train(quick_train_config(tokens, tmp_path / "run", max_steps=0, max_flops=7.5 * per_step, eval_every=-1))
    assert result.steps == 8 and result.flops == pytest.approx(8 * per_step)


def cfg_flops_per_token_of_tiny(seq_len):
    from medlm.model.config import preset

    return preset("tiny", vocab_size=64).flops_per_token(seq_len)


def test_lr_schedules():
    from medlm.train.optim import lr_at

    kw = dict(lr=1.0, min_lr=0.1, warmup=10)
    assert lr_at(0, 100, schedule="cosine", **kw) == pytest.approx(0.1)
    assert lr_at(9, 100, schedule="cosine", **kw) == pytest.approx(1.0)
    assert lr_at(99, 100, schedule="cosine", **kw) == pytest.approx(0.1, abs=1e-3)
    assert lr_at(50, 100, schedule="wsd", **kw) == 1.0 and lr_at(79, 100, schedule="wsd", **kw) == 1.0
    assert lr_at(90, 100, schedule="wsd", **kw) == pytest.approx(0.55)


def test_data_orders_are_seeded_and_sequential_is_contiguous(tokens):
    from medlm.train.data import BatchSource, open_split

    stream = open_split(str(tokens), "train")
    a, b = (BatchSource(stream, 4, 16, "random", seed=1) for _ in range(2))
    assert all(torch.equal(a.next()[0], b.next()[0]) for _ in range(3))
    c = BatchSource(stream, 4, 16, "random", seed=2)
    assert not torch.equal(BatchSource(stream, 4, 16, "random", seed=1).next()[0], c.next()[0])
    seq = BatchSource(stream, 2, 16, "sequential")
    x1, y1 = seq.next()
    x2, _ = seq.next()
    full = torch.from_numpy(stream.read(0, 16 * 4 + 1))
    assert torch.equal(torch.cat([x1[0], x1[1], x2[0], x2[1]]), full[:64]) and torch.equal(y1[0], full[1:17])
    # ranks interleave: rank 1 of 2 starts where rank 0's first batch ends
    r1 = BatchSource(stream, 2, 16, "sequential", rank=1, world_size=2)
    assert torch.equal(r1.next()[0][0], full[32:48])


def test_activation_checkpointing_changes_nothing_but_memory(tokens, tmp_path):
    runs = [train(quick_train_config(tokens, tmp_path / str(ac), max_steps=3, eval_every=-1, log_every=1,
                                     activation_checkpointing=ac)) for ac in (False, True)]
    a, b = (read_metrics(r.run_dir) for r in runs)
    assert max(abs(x["loss"] - y["loss"]) for x, y in zip(a, b)) < 1e-6


def test_progressive_on_a_flop_budget_walks_the_phases(tokens, tmp_path):
    from medlm.model.config import preset
    from medlm.model.llama import Transformer
    from medlm.train.flops import training_flops_per_token

    def cost(layers, frozen_below=0):
        m = Transformer(preset("tiny", vocab_size=64, n_layers=layers, max_seq_len=32))
        for i in range(frozen_below):
            m.blocks[i].requires_grad_(False)
        return training_flops_per_token(m, 32) * 4 * 32

    budget = 4 * cost(1) + 2.5 * cost(2, 1) + 2 * cost(2)
    result = train(quick_train_config(tokens, tmp_path / "run", max_steps=0, max_flops=budget, eval_every=-1,
                                      progressive=[1, 2], progressive_steps=[4], freeze_lower=True, final_unfreeze_steps=2))
    assert result.steps == 9  # 4 at depth 1, 3 (the one crossing the budget share included) frozen-lower, 2 unfrozen
    records = read_metrics(result.run_dir)
    assert [(e["step"], e["layers"], e["trainable_from"]) for e in records if e.get("event")] == [(4, 2, 1), (7, 2, 0)]


def test_phase_plan():
    from medlm.train.progressive import Phase, plan

    assert plan([], 4, 100, [], False, 0) == [Phase(0, 4, 0)]
    assert plan([1, 2, 4], 4, 90, [], True, 30) == [Phase(0, 1, 0), Phase(20, 2, 1), Phase(40, 4, 2), Phase(60, 4, 0)]
    with pytest.raises(ValueError, match="must end at"):
        plan([1, 2], 4, 100, [], False, 0)
    with pytest.raises(ValueError, match="inside the run"):
        plan([1, 2], 2, 10, [10], False, 0)
