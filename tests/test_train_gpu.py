"""The GPU path (skipped without CUDA): bf16 autocast + torch.compile + fused AdamW, no host syncs per step."""

import pytest
import torch

from medlm.train.config import TrainConfig
from medlm.train.metrics import read_metrics
from medlm.train.trainer import train
from tests.train_support import quick_train_config, write_token_shards


@pytest.fixture(scope="module")
def tokens(tmp_path_factory):
    return write_token_shards(tmp_path_factory.mktemp("tokens") / "tok")


@pytest.mark.gpu
def test_compiled_bf16_run_learns(tokens, tmp_path):
    result = train(quick_train_config(tokens, tmp_path / "run", device="cuda", max_steps=40, log_every=10))
    metrics = read_metrics(result.run_dir)
    assert metrics[-1]["loss"] < metrics[0]["loss"] - 1.0
    assert metrics[-1]["peak_mem_gib"] > 0 and "mfu" in metrics[-1]


@pytest.mark.gpu
def test_no_host_sync_inside_the_step_loop(tokens, tmp_path):
    """With log_every beyond the run, the only device->host syncs are the final flush and the save."""
    from medlm.train import trainer as trainer_mod

    syncs = []
    original = trainer_mod._Run.loop

    def loop(self):
        torch.cuda.set_sync_debug_mode("warn")
        import warnings

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            original(self)
        torch.cuda.set_sync_debug_mode(0)
        syncs.extend(str(w.message) for w in caught if "synchroniz" in str(w.message))

    trainer_mod._Run.loop = loop
    try:
        train(quick_train_config(tokens, tmp_path / "run", device="cuda", compile=False, max_steps=30, log_every=1000,
                                 eval_every=-1, checkpoint_every=0))
    finally:
        trainer_mod._Run.loop = original
    assert len(syncs) <= 8, syncs  # the final flush and checkpoint only — not one per step (30 steps)


@pytest.mark.gpu
def test_adamw8bit_when_bitsandbytes_is_installed(tokens, tmp_path):
    pytest.importorskip("bitsandbytes")
    result = train(quick_train_config(tokens, tmp_path / "run", device="cuda", optimizer="adamw8bit", max_steps=10,
                                      checkpoint_every=5))
    assert result.steps == 10
    resumed = train(TrainConfig(resume=str(result.run_dir), max_steps=12, progress_bar=False))
    assert resumed.steps == 12
