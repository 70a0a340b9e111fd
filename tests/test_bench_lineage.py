"""Training tokens/FLOPs on the leaderboard count a model's whole lineage: a grown model includes its small
model's training; merged specialists count their shared base once."""

from pathlib import Path

from medlm.bench.models import _training_facts
from medlm.manifest import read_manifest, write_manifest


def test_grown_and_merged_models_count_their_whole_training(tmp_path: Path):
    base, grown_init, grown = tmp_path / "base", tmp_path / "grown-init", tmp_path / "grown"
    write_manifest(base, "train", None, tokens=100, flops=1e9)
    write_manifest(grown_init, "grow", None, source={"path": str(base), "flops": 1e9})
    write_manifest(grown, "train", None, tokens=30, flops=5e8, init={"path": str(grown_init)})
    for name, tokens in (("a", 10), ("b", 20)):
        write_manifest(tmp_path / name, "train", None, tokens=tokens, flops=tokens * 1e7, init={"path": str(base)})
    merged = tmp_path / "merged"
    for i, name in enumerate("ab"):  # a merge keeps copies of its experts' manifests
        (merged / "experts" / str(i)).mkdir(parents=True)
        (merged / "experts" / str(i) / "manifest.json").write_text((tmp_path / name / "manifest.json").read_text())
    write_manifest(merged, "merge", None, experts=[{"path": str(tmp_path / n), "dir": f"experts/{i}"}
                                                    for i, n in enumerate("ab")])

    def facts(run):
        return _training_facts(run, read_manifest(run))

    assert facts(base) == {"train_tokens": 100, "train_flops": 1e9}
    assert facts(grown) == {"train_tokens": 130, "train_flops": 1.5e9}
    assert facts(merged) == {"train_tokens": 130, "train_flops": 1.3e9}  # base once + both specialists
    (base / "manifest.json").unlink()  # lineage no longer on disk: what is known is still counted
    assert facts(grown) == {"train_tokens": 30, "train_flops": 5e8}
