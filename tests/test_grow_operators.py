"""Growth operators: layer maps, weight copying, identity exactness, trainable masks, refusals."""

from __future__ import annotations

import fnmatch
import json

import pytest
import torch
from safetensors.torch import load_file

from medlm.cli import main
from medlm.config import load_config
from medlm.errors import MedlmError
from medlm.grow.config import GrowConfig
from medlm.grow.operators import check_compatible, grow, layer_map
from medlm.model.io import load_model
from test_grow_helpers import make_run, tiny_config


@pytest.mark.parametrize(
    "method, n, N, expected",
    [
        ("outer", 4, 8, [0, 1, "new", "new", "new", "new", 2, 3]),
        ("outer", 2, 8, [0, "new", "new", "new", "new", "new", "new", 1]),
        ("middle", 4, 8, [0, 0, 1, 1, 2, 2, 3, 3]),
        ("middle", 3, 5, [0, 1, 1, 2, 2]),  # p = 0, .5, 1, 1.5, 2 (round half up)
        ("stack", 2, 8, [0, 1, 0, 1, 0, 1, 0, 1]),
        ("stack", 3, 6, [0, 1, 2, 0, 1, 2]),
        ("interleave", 2, 6, [0, 0, 0, 1, 1, 1]),
        ("solar", 4, 6, [0, 1, 2, 1, 2, 3]),  # m = 1: drop last of copy A, first of copy B
        ("solar", 4, 8, [0, 1, 2, 3, 0, 1, 2, 3]),  # m = 0
        ("identity", 2, 6, [0, "new", "new", 1, "new", "new"]),
        ("identity", 4, 6, [0, 1, "new", 2, 3, "new"]),
    ],
)
def test_layer_map_follows_definition(method, n, N, expected):
    assert layer_map(method, n, N) == expected


def test_outer_k_and_interpolate_weights():
    assert layer_map("outer", 6, 10, k=1) == [0] + ["new"] * 8 + [5]
    m = layer_map("interpolate", 2, 4)  # p = 0, 1/3, 2/3, 1
    assert m[0] == 0 and m[3] == 1
    assert m[1] == [[0, pytest.approx(2 / 3, abs=1e-6)], [1, pytest.approx(1 / 3, abs=1e-6)]]
    assert m[2] == [[0, pytest.approx(1 / 3, abs=1e-6)], [1, pytest.approx(2 / 3, abs=1e-6)]]


@pytest.mark.parametrize(
    "method, n, N, message",
    [("stack", 3, 8, "multiple"), ("interleave", 3, 8, "multiple"), ("solar", 2, 8, "solar"), ("solar", 4, 7, "solar"),
     ("outer", 4, 2, "deeper"), ("nope", 2, 4, "unknown")],
)
def test_impossible_maps_are_refused(method, n, N, message):
    with pytest.raises(MedlmError, match=message):
        layer_map(method, n, N)


def _grow(tmp_path, method, layers, **kw):
    src = tmp_path / "src"
    if not src.exists():
        make_run(src, tiny_config(n_layers=kw.pop("src_layers", 2)))
    out = tmp_path / f"{method}-{layers}"
    grow(load_config(GrowConfig, source=str(src), out=str(out), layers=layers, method=method, **kw))
    return src, out


@pytest.mark.parametrize("method", ["outer", "middle", "interpolate", "stack", "interleave", "identity"])
def test_grown_weights_come_from_the_mapped_source_layers(tmp_path, method):
    src, out = _grow(tmp_path, method, 6)
    s, g = load_file(str(src / "model.safetensors")), load_file(str(out / "model.safetensors"))
    manifest = json.loads((out / "manifest.json").read_text())
    mapping = manifest["layer_map"]
    assert len(mapping) == 6 and manifest["stage"] == "grow"
    for name in ("embed.weight", "norm.weight"):
        assert torch.equal(s[name], g[name])
    suffixes = [k[len("blocks.0."):] for k in s if k.startswith("blocks.0.")]
    for i, source in enumerate(mapping):
        for suffix in suffixes:
            got = g[f"blocks.{i}.{suffix}"]
            if isinstance(source, int):
                assert torch.equal(got, s[f"blocks.{source}.{suffix}"]), (i, suffix)
            elif isinstance(source, list):
                want = sum(w * s[f"blocks.{j}.{suffix}"] for j, w in source)
                torch.testing.assert_close(got, want)
            elif method == "identity" and suffix in ("attn.out.weight", "mlp.down.weight"):
                assert not got.any()
            elif method == "outer":  # fresh init: matches no source block
                assert all(not torch.equal(got, s[f"blocks.{j}.{suffix}"]) for j in range(2)) or suffix.endswith("norm.weight")


def test_identity_growth_reproduces_source_logits(tmp_path):
    src, out = _grow(tmp_path, "identity", 7, src_layers=3)
    idx = torch.randint(0, 97, (2, 16))
    with torch.no_grad():
        a, b = load_model(src)(idx), load_model(out)(idx)
    assert load_model(out).cfg.n_layers == 7
    assert (a - b).abs().max().item() <= 1e-5


def test_manifest_records_lineage_and_trainable(tmp_path):
    src, out = _grow(tmp_path, "identity", 4)
    m = json.loads((out / "manifest.json").read_text())
    assert m["trainable"] == ["blocks.1.*", "blocks.3.*"]  # identity: new blocks only by default
    assert m["source"]["n_layers"] == 2 and len(m["source"]["manifest_sha256"]) == 64
    assert m["tokenizer"]["sha256"] == "tok-a"
    _, out2 = _grow(tmp_path, "stack", 4, trainable="all")
    assert json.loads((out2 / "manifest.json").read_text())["trainable"] is None
    with pytest.raises(MedlmError, match="new blocks"):
        _grow(tmp_path, "stack", 6, trainable="new")


def test_trainable_mask_freezes_exactly_the_other_params(tmp_path):
    """The manifest's patterns, applied as the trainer applies them, leave frozen weights untouched."""
    src, out = _grow(tmp_path, "identity", 4)
    patterns = json.loads((out / "manifest.json").read_text())["trainable"]
    model = load_model(out).train()
    before = {k: v.detach().clone() for k, v in model.named_parameters()}
    for name, p in model.named_parameters():
        p.requires_grad_(any(fnmatch.fnmatchcase(name, pat) for pat in patterns))
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2, weight_decay=0.1)
    idx = torch.randint(0, 97, (2, 16))
    model(idx[:, :-1], idx[:, 1:]).backward()
    opt.step()
    for name, p in model.named_parameters():
        new_block = name.startswith(("blocks.1.", "blocks.3."))
        if new_block:
            assert p.grad is not None
        else:
            assert p.grad is None, name
            assert torch.equal(p.detach(), before[name]), name
    changed = [n for n, p in model.named_parameters() if not torch.equal(p.detach(), before[n])]
    assert changed and all(n.startswith(("blocks.1.", "blocks.3.")) for n in changed)


def test_mismatched_shapes_are_refused(tmp_path):
    with pytest.raises(MedlmError, match="d_model"):
        check_compatible(tiny_config(), tiny_config(d_model=64))
    with pytest.raises(MedlmError, match="vocab_size"):
        check_compatible(tiny_config(), tiny_config(vocab_size=128))
    make_run(tmp_path / "src", tiny_config())
    # a preset of another family (d=256) cannot take a d=32 source: clear one-line error, exit 2
    assert main(["grow", str(tmp_path / "src"), "--preset", "med-d256-8L", "--out", str(tmp_path / "g")]) == 2
    assert not (tmp_path / "g" / "manifest.json").exists()


def test_cli_grow_and_refuse_overwrite(tmp_path, capsys):
    make_run(tmp_path / "src", tiny_config())
    argv = ["grow", str(tmp_path / "src"), "--layers", "8", "--method", "stack", "--out", str(tmp_path / "g")]
    assert main(argv) == 0
    assert load_model(tmp_path / "g").cfg.n_layers == 8
    assert main(argv) == 2 and "overwrite" in capsys.readouterr().err
    assert main(argv + ["--overwrite"]) == 0


def test_train_init_from_grown_run_updates_only_the_trainable_blocks(tmp_path):
    """The contract with `medlm train --init`: the manifest's trainable mask is what the trainer freezes."""
    from medlm.train.config import TrainConfig
    from medlm.train.trainer import train
    from test_grow_helpers import make_shards

    data = make_shards(tmp_path / "tokens", n_train=4000, n_val=1000)
    src, grown = _grow(tmp_path, "identity", 4)
    run = tmp_path / "trained"
    train(load_config(TrainConfig, init=str(grown), data=str(data), out=str(run), max_steps=3, batch_size=2, seq_len=16,
                      lr=1e-2, warmup_steps=1, eval_every=-1, tensorboard=False, progress_bar=False, device="cpu"))
    before, after = load_file(str(grown / "model.safetensors")), load_file(str(run / "model.safetensors"))
    for name, w in before.items():
        if name.startswith(("blocks.1.", "blocks.3.")):  # the new identity blocks train...
            if name.endswith(("attn.out.weight", "mlp.down.weight")):
                assert after[name].abs().sum() > 0, name
        else:  # ...everything else, embeddings included, stays exactly as grown
            assert torch.equal(after[name], w), name
