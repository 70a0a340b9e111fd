"""torchrun with 2 CPU processes on gloo: DDP and FSDP2 train exactly what one process with the same
global batch trains (sequential packing makes the two data orders identical)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medlm.train.metrics import read_metrics
from medlm.train.trainer import train
from tests.train_support import one_thread, quick_train_args, quick_train_config, write_token_shards

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = dict(max_steps=5, sampling="sequential", eval_every=-1, checkpoint_every=5, log_every=5)


@pytest.fixture(scope="module")
def tokens(tmp_path_factory):
    return write_token_shards(tmp_path_factory.mktemp("tokens") / "tok")


def run(args, nproc=None):
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    launcher = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}"] if nproc else [sys.executable]
    proc = subprocess.run([*launcher, "-m", "medlm", *args], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def single(tokens, tmp_path_factory):
    out = tmp_path_factory.mktemp("single") / "run"
    with one_thread():
        train(quick_train_config(tokens, out, batch_size=4, **SETTINGS))
    return [r["loss"] for r in read_metrics(out)]


@pytest.mark.slow  # two torchrun workers start torch: ~20 s on a loaded 2-core box
@pytest.mark.parametrize("strategy", ["ddp", "fsdp"])
def test_two_process_training_matches_one_process(tokens, tmp_path, single, strategy):
    out = tmp_path / strategy
    run(quick_train_args(tokens, out, batch_size=2, distributed=strategy, **SETTINGS), nproc=2)
    losses = [r["loss"] for r in read_metrics(out)]
    assert len(losses) == 5
    assert max(abs(a - b) for a, b in zip(losses, single)) < 1e-5
    assert (out / "manifest.json").is_file() and (out / "checkpoints" / "step_00000005" / "model.safetensors").is_file()
