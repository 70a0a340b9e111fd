"""Crash and resume: a SIGKILLed run resumed with --resume reproduces the uninterrupted run exactly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import medlm.train.checkpoint as ckpt
from medlm.train.config import TrainConfig
from medlm.train.metrics import read_metrics
from medlm.train.trainer import DEBUG_KILL_ENV, train
from tests.train_support import one_thread, quick_train_args, quick_train_config, write_token_shards

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tokens(tmp_path_factory):
    return write_token_shards(tmp_path_factory.mktemp("tokens") / "tok")


def medlm(args, **env):
    full_env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, "-m", "medlm", *args], env=full_env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow  # two real `medlm train` processes: ~20 s on a loaded 2-core box
def test_resume_after_sigkill_reproduces_the_loss_curve(tokens, tmp_path):
    settings = dict(max_steps=24, checkpoint_every=8, eval_every=8, log_every=3)
    with one_thread():  # the reference runs in-process, like the subprocesses on one thread
        train(quick_train_config(tokens, tmp_path / "ref", **settings))
    killed = medlm(quick_train_args(tokens, tmp_path / "run", **settings), **{DEBUG_KILL_ENV: "13"})
    assert killed.returncode == -9  # really SIGKILLed, mid-way between checkpoints 8 and 16
    assert not (tmp_path / "run" / "manifest.json").exists()
    assert [p.name for p in ckpt.list_checkpoints(tmp_path / "run")] == ["step_00000008"]
    resumed = medlm(["train", "--resume", str(tmp_path / "run"), "--no-progress-bar"])
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming" in resumed.stderr
    a, b = read_metrics(tmp_path / "ref"), read_metrics(tmp_path / "run")
    assert [r["step"] for r in a] == [r["step"] for r in b] == list(range(1, 25))
    for x, y in zip(a, b):
        assert abs(x["loss"] - y["loss"]) <= 1e-6, (x["step"], x["loss"], y["loss"])
        assert x["tokens"] == y["tokens"] and x["flops"] == y["flops"] and x["lr"] == y["lr"]
        assert (x.get("val_loss") is None) == (y.get("val_loss") is None)
        if x.get("val_loss") is not None:
            assert abs(x["val_loss"] - y["val_loss"]) <= 1e-6
    ref_w = (tmp_path / "ref" / "model.safetensors").read_bytes()
    assert ref_w == (tmp_path / "run" / "model.safetensors").read_bytes()


def test_interrupted_checkpoint_write_leaves_the_previous_one_usable(tokens, tmp_path, monkeypatch):
    real_save = ckpt.save_file
    calls = {"n": 0}

    def failing_save(tensors, path, *a, **kw):
        calls["n"] += 1
        if calls["n"] == 5:  # second checkpoint: model written, optimizer write dies
            real_save(tensors, path + ".part")
            raise OSError("disk full")
        return real_save(tensors, path, *a, **kw)

    monkeypatch.setattr(ckpt, "save_file", failing_save)
    with pytest.raises(OSError, match="disk full"):
        train(quick_train_config(tokens, tmp_path / "run", max_steps=12, checkpoint_every=4, eval_every=-1))
    root = tmp_path / "run" / "checkpoints"
    assert any(p.name.startswith(".tmp-step_00000008") for p in root.iterdir())
    assert [p.name for p in ckpt.list_checkpoints(tmp_path / "run")] == ["step_00000004"]
    monkeypatch.setattr(ckpt, "save_file", real_save)
    result = train(TrainConfig(resume=str(tmp_path / "run"), progress_bar=False))
    assert result.steps == 12 and not any(p.name.startswith(".tmp") for p in root.iterdir())
    assert [p.name for p in ckpt.list_checkpoints(tmp_path / "run")] == ["step_00000008", "step_00000012"]


def test_resume_at_a_progressive_growth_step_is_exact(tokens, tmp_path, monkeypatch):
    settings = dict(max_steps=12, checkpoint_every=6, eval_every=-1, log_every=4, progressive=[1, 2],
                    progressive_steps=[6], freeze_lower=True, progressive_init="copy_top")
    reference = read_metrics(train(quick_train_config(tokens, tmp_path / "ref", **settings)).run_dir)

    real_save = ckpt.save_checkpoint

    def save_then_crash(run_dir, step, *a, **kw):
        real_save(run_dir, step, *a, **kw)
        if step == 6:
            raise KeyboardInterrupt  # dies right after the checkpoint, before the growth step runs

    monkeypatch.setattr(ckpt, "save_checkpoint", save_then_crash)
    with pytest.raises(KeyboardInterrupt):
        train(quick_train_config(tokens, tmp_path / "run", **settings))
    monkeypatch.setattr(ckpt, "save_checkpoint", real_save)
    train(TrainConfig(resume=str(tmp_path / "run"), progress_bar=False))
    resumed = read_metrics(tmp_path / "run")
    assert [r.get("event") for r in resumed] == [r.get("event") for r in reference]
    assert [r.get("loss") for r in resumed] == [r.get("loss") for r in reference]


@pytest.mark.slow  # a real process and a real signal: ~15 s on a loaded 2-core box
def test_sigterm_checkpoints_and_stops_cleanly(tokens, tmp_path):
    import signal
    import time

    run = tmp_path / "run"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    args = quick_train_args(tokens, run, max_steps=100000, checkpoint_every=0, eval_every=-1, log_every=1)
    proc = subprocess.Popen([sys.executable, "-m", "medlm", *args], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 90
    while time.time() < deadline and len(read_metrics(run)) < 3:
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "stopped by SIGTERM" in err and "--resume" in err, err
    (last,) = ckpt.list_checkpoints(run)
    assert int(last.name.split("_")[1]) == read_metrics(run)[-1]["step"] >= 3
