"""Resume after SIGKILL: the rerun finishes without redoing finished shards and equals an uninterrupted build."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from medlm.corpus import config
from medlm.corpus.build import build_corpus
from medlm.corpus.config import CorpusBuildConfig
from medlm.errors import MedlmError
from medlm.manifest import read_manifest
from tests.corpus_standins import STANDINS
from tests.test_corpus_build import PIPELINE_FIXTURES, assert_accounting, read_output

REPO = Path(__file__).resolve().parents[1]

# runs a build in a child process with the stand-in steps registered (SlowStep under the name "deid")
BUILD = textwrap.dedent("""
    import sys
    from medlm.corpus import config
    from tests.corpus_standins import STANDINS
    config.STEP_REGISTRY.update(STANDINS)
    from medlm.corpus.build import build_corpus
    from medlm.corpus.config import CorpusBuildConfig
    build_corpus(CorpusBuildConfig(recipe=sys.argv[1], out=sys.argv[2], workers=1, progress=False, keep_work=True))
""")


def _inputs(tmp_path: Path, files: int = 8) -> Path:
    """Split the fixture abstracts over several files so the build has several shards."""
    lines = []
    for name in ("abstracts_1.jsonl", "abstracts_2.jsonl"):
        lines += (PIPELINE_FIXTURES / name).read_text().splitlines()
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for i in range(files):
        (inputs / f"part_{i:02d}.jsonl").write_text("\n".join(lines[i::files]) + "\n")
    recipe = {
        "name": "resume-test",
        "sources": [{"name": "abstracts", "format": "jsonl", "paths": ["inputs/*.jsonl"]}],
        "steps": [{"deid": {"seconds": 0.08}}, {"dedup": {}}],
    }
    path = tmp_path / "recipe.yaml"
    path.write_text(yaml.safe_dump(recipe))
    return path


def _run(recipe: Path, out: Path, **popen) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1"}
    return subprocess.Popen([sys.executable, "-c", BUILD, str(recipe), str(out)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, **popen)


@pytest.mark.slow
def test_sigkill_midway_then_rerun_equals_uninterrupted_build(tmp_path, monkeypatch):
    recipe = _inputs(tmp_path)
    out = tmp_path / "out"
    completions = out / ".work" / "logs" / "process" / "completions"
    marks = out / ".work" / "side" / "slow"

    proc = _run(recipe, out)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(completions.glob("*")) if completions.is_dir() else []) < 3:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = {p.name for p in completions.glob("*")}
    assert 3 <= len(done_before) < 8, "kill must land midway through the shards"

    # an interrupted build does not look finished
    assert not (out / "manifest.json").exists()
    with pytest.raises(MedlmError, match="no manifest.json"):
        read_manifest(out, "corpus")

    first_pids = {p.name.split("-")[1] for p in marks.iterdir()}
    rerun = _run(recipe, out)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    m = read_manifest(out, "corpus")
    assert_accounting(m)
    # shards finished before the kill were not processed again; the others were
    rerun_ranks = {p.name.split("-")[0] for p in marks.iterdir() if p.name.split("-")[1] not in first_pids}
    assert rerun_ranks and not rerun_ranks & done_before
    assert rerun_ranks | done_before == {f"{r:05d}" for r in range(8)}

    for name, target in STANDINS.items():
        monkeypatch.setitem(config.STEP_REGISTRY, name, target)
    reference = tmp_path / "reference"
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(reference), workers=1, progress=False))
    assert read_output(out) == read_output(reference)
    ref_m = read_manifest(reference, "corpus")
    assert m["totals"] == ref_m["totals"]
    assert _counts(m["steps"]) == _counts(ref_m["steps"])

    # and running the finished build again does nothing
    before = (out / "manifest.json").stat().st_mtime_ns
    build_corpus(CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False))
    assert (out / "manifest.json").stat().st_mtime_ns == before


def _counts(steps: dict) -> dict:
    return {k: {f: v[f] for f in ("in", "kept", "dropped", "errored")} for k, v in steps.items()}


def test_killed_while_writing_the_manifest_finishes_on_rerun(tmp_path, monkeypatch):
    """All stages done, manifest not yet written (killed in the final merge): the rerun only finishes."""
    for name, target in STANDINS.items():
        monkeypatch.setitem(config.STEP_REGISTRY, name, target)
    recipe = _inputs(tmp_path, files=3)
    out = tmp_path / "out"
    cfg = CorpusBuildConfig(recipe=str(recipe), out=str(out), workers=1, progress=False, keep_work=True)
    build_corpus(cfg)
    expected = read_output(out)
    (out / "manifest.json").unlink()
    (out / "report.html").unlink()
    marks = out / ".work" / "side" / "slow"
    shutil.rmtree(marks)
    build_corpus(cfg)
    assert not marks.exists(), "no shard was processed again"
    assert read_output(out) == expected
    assert_accounting(read_manifest(out, "corpus"))
    assert (out / "report.html").is_file()
