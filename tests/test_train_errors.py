"""Bad input gives one clear line and exit status 2, before any training starts."""

import json

import pytest

from medlm.cli import main
from tests.train_support import quick_train_args, write_token_shards


@pytest.fixture(scope="module")
def tokens(tmp_path_factory):
    return write_token_shards(tmp_path_factory.mktemp("tokens") / "tok")


def fails(args, capsys, *expected):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") <= 2 and "Traceback" not in err, err
    for text in expected:
        assert text in err, err
    return err


def test_missing_and_empty_shards(tmp_path, capsys):
    fails(quick_train_args(tmp_path / "nope", tmp_path / "run"), capsys, "no such directory", "medlm corpus tokenize")
    data = write_token_shards(tmp_path / "tok")
    shard = json.loads((data / "manifest.json").read_text())["splits"]["train"]["shards"][0]
    (data / shard).write_bytes(b"")
    fails(quick_train_args(data, tmp_path / "run"), capsys, "shard is empty")
    (data / shard).unlink()
    fails(quick_train_args(data, tmp_path / "run"), capsys, "missing")


def test_unknown_settings(tokens, tmp_path, capsys):
    fails([*quick_train_args(tokens, tmp_path / "r"), "--set", "lr_max=1"], capsys, "unknown setting 'lr_max'")
    fails([*quick_train_args(tokens, tmp_path / "r"), "--set", "model.n_layer=3"], capsys, "did you mean 'model.n_layers'")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("preset: tiny\nbatch_sise: 4\n")
    fails(["train", "--config", str(cfg)], capsys, "c.yaml", "batch_sise", "batch_size")
    fails(quick_train_args(tokens, tmp_path / "r", preset="med-125"), capsys, "did you mean")


def test_preset_that_does_not_fit_reports_the_estimate(tokens, tmp_path, capsys):
    args = quick_train_args(tokens, tmp_path / "r", preset="med-1.3b", batch_size=4096, seq_len=2048)
    fails(args, capsys, "GiB", "activations", "--batch-size")
    assert not (tmp_path / "r").exists()


def test_resume_with_another_config_or_nothing_to_resume(tokens, tmp_path, capsys):
    run = tmp_path / "run"
    assert main(quick_train_args(tokens, run, max_steps=2, eval_every=-1)) == 0
    fails(["train", "--resume", str(run), "--preset", "med-d256-2L"], capsys, "trained with preset='tiny'")
    fails(["train", "--resume", str(run), "--lr", "1"], capsys, "lr=")
    fails(quick_train_args(tokens, run, max_steps=2), capsys, "already holds checkpoints", "--resume")
    (tmp_path / "empty").mkdir()
    fails(["train", "--resume", str(tmp_path / "empty")], capsys, "no checkpoint to resume")


def test_init_from_another_tokenizer_is_refused(tokens, tmp_path, capsys):
    run = tmp_path / "run"
    assert main(quick_train_args(tokens, run, max_steps=1, eval_every=-1)) == 0
    manifest = json.loads((run / "manifest.json").read_text())
    manifest["tokenizer"]["sha256"] = "0" * 64
    (run / "manifest.json").write_text(json.dumps(manifest))
    args = quick_train_args(tokens, tmp_path / "cont", preset="")
    fails([*args, "--init", str(run)], capsys, "another tokenizer")


def test_missing_val_split_says_what_to_do(tmp_path, capsys):
    data = write_token_shards(tmp_path / "tok", val_tokens=0)
    fails(quick_train_args(data, tmp_path / "r"), capsys, "val", "--eval-every -1")
    assert main(quick_train_args(data, tmp_path / "r", eval_every=-1, max_steps=1)) == 0
