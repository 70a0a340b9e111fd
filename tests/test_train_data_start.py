"""`data_start`: a run can continue another run's seeded data stream instead of replaying it."""

import numpy as np
import pytest
import torch

from medlm.manifest import read_manifest
from medlm.train.config import TrainConfig
from medlm.train.data import BatchSource, open_split
from medlm.train.trainer import train
from tests.train_support import quick_train_config, write_token_shards


@pytest.fixture(scope="module")
def tokens(tmp_path_factory):
    return write_token_shards(tmp_path_factory.mktemp("tokens") / "tok")


@pytest.fixture
def seen(monkeypatch):
    """Every training micro-batch the trainer draws, in order (inputs only; targets are the shifted windows)."""
    batches: list[torch.Tensor] = []
    real_next = BatchSource.next

    def recording_next(self):
        x, y = real_next(self)
        batches.append(x.clone())
        return x, y

    monkeypatch.setattr(BatchSource, "next", recording_next)
    return batches


def _settings(**extra):
    return dict(eval_every=-1, log_every=2, seed=7, grad_accum=2, **extra)


@pytest.mark.parametrize("sampling", ["random", "sequential"])
def test_data_start_continues_the_same_seeded_stream(tokens, tmp_path, seen, sampling):
    k, steps = 6, 4  # skip 6 micro-batches = 3 steps of grad_accum 2
    train(quick_train_config(tokens, tmp_path / "full", max_steps=k // 2 + steps, sampling=sampling, **_settings()))
    full = list(seen)
    seen.clear()
    train(quick_train_config(tokens, tmp_path / "cont", max_steps=steps, sampling=sampling, **_settings(data_start=k)))
    assert len(full) == k + 2 * steps and len(seen) == 2 * steps
    assert all(torch.equal(a, b) for a, b in zip(full[k:], seen, strict=True))
    assert not any(torch.equal(full[0], b) for b in seen)  # not the start of the stream again
    manifest = read_manifest(tmp_path / "cont", "train")
    assert manifest["config"]["data_start"] == k
    assert manifest["data_position"]["position"] == k + 2 * steps  # where a third run would continue
    assert manifest["steps"] == steps and manifest["tokens"] == steps * 2 * 4 * 32  # counted from this run's start


def test_resume_of_a_data_start_run_does_not_skip_twice(tokens, tmp_path, seen):
    k = 5
    train(quick_train_config(tokens, tmp_path / "ref", max_steps=6, **_settings(data_start=k)))
    reference = list(seen)
    seen.clear()
    train(quick_train_config(tokens, tmp_path / "run", max_steps=3, checkpoint_every=3, **_settings(data_start=k)))
    train(TrainConfig(resume=str(tmp_path / "run"), max_steps=6, progress_bar=False))
    assert len(seen) == len(reference) == 12
    assert all(torch.equal(a, b) for a, b in zip(reference, seen, strict=True))
    assert read_manifest(tmp_path / "run", "train")["data_position"]["position"] == k + 12


def test_data_start_is_per_rank_and_consistent_across_ranks(tokens):
    """Under DDP each rank skips data_start of its own micro-batches; the ranks' windows stay disjoint (sequential)
    and each rank's continuation equals its uninterrupted order."""
    stream = open_split(str(tokens), "train")
    for sampling in ("random", "sequential"):
        for rank in (0, 1):
            def source(start):
                return BatchSource(stream, 4, 32, sampling, seed=3, rank=rank, world_size=2, position=start)

            whole, cont = source(0), source(3)
            expected = [whole.next()[0] for _ in range(5)][3:]
            assert all(torch.equal(a, cont.next()[0]) for a in expected)
    r0, r1 = (BatchSource(stream, 4, 32, "sequential", rank=r, world_size=2, position=3) for r in (0, 1))
    s0, s1 = r0._starts(), r1._starts()
    assert not set(s0.tolist()) & set(s1.tolist())
    assert s0[0] == 3 * 4 * 2 * 32 and np.all(np.diff(np.concatenate([s0, s1])) == 32)


def test_negative_data_start_is_refused(tokens, tmp_path):
    with pytest.raises(ValueError, match="data_start"):
        quick_train_config(tokens, tmp_path / "x", data_start=-1)
