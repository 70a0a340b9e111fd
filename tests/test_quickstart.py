"""The README's main command, shortened: every stage runs, the findings page appears, a re-run resumes."""

import json
from pathlib import Path

import pytest

from medlm.cli import main


@pytest.mark.slow
def test_quickstart_runs_every_stage_and_resumes(tmp_path: Path, capsys):
    out = tmp_path / "qs"
    argv = ["quickstart", "--out", str(out), "--train-steps", "20", "--grow-steps", "4", "--specialist-steps", "4",
            "--bench-limit", "3", "--general-model", "none", "--vocab-size", "2048"]
    assert main(argv) == 0
    for stage in ("corpus", "tokenizer", "tokens", "tokens-clinical", "tokens-literature", "tiny", "tiny-4L-init",
                  "tiny-4L", "clinical", "literature", "merged"):
        assert (out / stage / "manifest.json").is_file(), stage
    losses = [json.loads(line)["loss"] for line in (out / "tiny" / "metrics.jsonl").read_text().splitlines()
              if '"loss"' in line]
    assert losses[-1] < losses[0] - 0.5  # the tiny model learned something
    assert json.loads((out / "tiny-4L" / "manifest.json").read_text())["model"]["n_layers"] == 4
    board = (out / "leaderboard" / "leaderboard.md").read_text()
    assert all(name in board for name in ("tiny", "tiny-4L", "merged"))
    page = (out / "findings" / "findings.html").read_text()
    assert all(f"<h2>{h}" in page for h in ("Corpus", "Training", "Merged specialists", "Leaderboard"))
    capsys.readouterr()
    assert main(argv) == 0  # re-run: finished stages are skipped
    assert capsys.readouterr().err.count("already done") == 11
