"""Merging: N copies of one model are that model; different tokenizers are refused; loads like a model."""

from __future__ import annotations

import json

import pytest
import torch
import torch.nn.functional as F

from medlm.cli import main
from medlm.config import load_config
from medlm.errors import MedlmError
from medlm.grow.config import MergeConfig
from medlm.grow.merge import Ensemble, merge
from medlm.model.io import load_model
from test_grow_helpers import make_run, tiny_config


@pytest.mark.parametrize("mode", ["logits", "logprobs", "probs"])
def test_merging_copies_of_one_model_is_that_model(tmp_path, mode):
    model = make_run(tmp_path / "a")
    runs = [str(tmp_path / "a")] * 3
    merge(load_config(MergeConfig, runs=runs, out=str(tmp_path / "m"), mode=mode, weights=[1, 2, 3]))
    merged = load_model(tmp_path / "m")
    assert isinstance(merged, Ensemble) and len(merged.experts) == 3
    idx = torch.randint(0, 97, (2, 12))
    with torch.no_grad():
        want, got = model(idx), merged(idx)
        if mode == "logits":
            torch.testing.assert_close(got, want, atol=1e-5, rtol=0)
        else:
            torch.testing.assert_close(F.log_softmax(got, -1), F.log_softmax(want, -1), atol=1e-5, rtol=0)
        torch.testing.assert_close(merged(idx[:, :-1], idx[:, 1:]), model(idx[:, :-1], idx[:, 1:]), atol=1e-5, rtol=0)
    assert merged.cfg.vocab_size == 97 and merged.cfg.max_seq_len == 32


def test_merge_of_two_experts_averages_them(tmp_path):
    a = make_run(tmp_path / "a", seed=1)
    b = make_run(tmp_path / "b", tiny_config(n_layers=3, max_seq_len=16), seed=2)  # depths may differ
    assert main(["merge", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "m"), "--weights", "3,1"]) == 0
    merged = load_model(tmp_path / "m")
    idx = torch.randint(0, 97, (1, 10))
    with torch.no_grad():
        torch.testing.assert_close(merged(idx), 0.75 * a(idx) + 0.25 * b(idx), atol=1e-5, rtol=0)
    assert merged.cfg.max_seq_len == 16  # the shortest expert's window
    m = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert m["stage"] == "merge" and m["weights"] == [0.75, 0.25] and len(m["experts"]) == 2
    assert m["tokenizer"]["sha256"] == "tok-a"


def test_probs_mode_is_the_mixture(tmp_path):
    a, b = make_run(tmp_path / "a", seed=1), make_run(tmp_path / "b", seed=2)
    merge(load_config(MergeConfig, runs=[str(tmp_path / "a"), str(tmp_path / "b")], out=str(tmp_path / "m"), mode="probs"))
    idx = torch.randint(0, 97, (1, 10))
    with torch.no_grad():
        want = torch.log(0.5 * F.softmax(a(idx), -1) + 0.5 * F.softmax(b(idx), -1))
        torch.testing.assert_close(load_model(tmp_path / "m")(idx), want, atol=1e-5, rtol=0)


def test_different_tokenizers_are_refused(tmp_path, capsys):
    make_run(tmp_path / "a", tokenizer_sha="tok-a")
    make_run(tmp_path / "b", tokenizer_sha="tok-b")
    with pytest.raises(MedlmError, match="different tokenizers"):
        merge(load_config(MergeConfig, runs=[str(tmp_path / "a"), str(tmp_path / "b")], out=str(tmp_path / "m")))
    assert main(["merge", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "m")]) == 2
    assert "different tokenizers" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()


def test_different_vocab_sizes_are_refused():
    from medlm.model.llama import Transformer

    with pytest.raises(MedlmError, match="vocabulary"):
        Ensemble([Transformer(tiny_config()), Transformer(tiny_config(vocab_size=50))], [1, 1])


@pytest.mark.gpu
def test_merged_model_runs_on_cuda_in_bf16(tmp_path):
    a, b = make_run(tmp_path / "a", seed=1), make_run(tmp_path / "b", seed=2)
    merge(load_config(MergeConfig, runs=[str(tmp_path / "a"), str(tmp_path / "b")], out=str(tmp_path / "m")))
    merged = load_model(tmp_path / "m", device="cuda", dtype=torch.bfloat16)
    idx = torch.randint(0, 97, (2, 16))
    with torch.no_grad():
        got = merged(idx.cuda()).float().cpu()
        want = 0.5 * a(idx) + 0.5 * b(idx)
    torch.testing.assert_close(got, want, atol=5e-2, rtol=5e-2)
