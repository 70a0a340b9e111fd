"""lm-eval integration: medlm models inside lm-eval (`--model medlm`), and `medlm bench --engine lm-eval`
agreeing with the native engine question by question on the sample fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medlm.bench.run import BenchRunConfig, bench_run
from medlm.errors import MedlmError

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "benchmarks" / "sample"
TASKS = ["medqa_4options", "pubmedqa", "medmcqa", "mmlu_anatomy"]


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    from test_bench_scoring import build_tiny_models  # bench-core's tiny tokenizer + medlm run builder

    return build_tiny_models(tmp_path_factory.mktemp("tiny"))["run"]


def _cfg(run, out, **kw):
    args = dict(model=[f"medlm:{run}"], tasks=TASKS, data_dir=str(SAMPLE), split=["medqa_4options=dev"],
                out=str(out), db=str(out / "results.sqlite"), bootstrap=200)
    return BenchRunConfig(**{**args, **kw})


def test_native_and_lm_eval_engines_agree(tiny_run, tmp_path):
    native = bench_run(_cfg(tiny_run, tmp_path / "native"))
    lmeval = bench_run(_cfg(tiny_run, tmp_path / "lmeval", engine="lm-eval"))
    key = lambda r: (r["task"], r["metric"])  # noqa: E731
    assert sorted(map(key, native)) == sorted(map(key, lmeval))
    by_key = {key(r): r for r in native}
    for r in lmeval:
        n = by_key[key(r)]
        assert r["harness"].startswith("lm-eval-") and n["harness"].startswith("medlm-")
        assert (r["value"], r["n"], r["split"], r["setting"]) == (n["value"], n["n"], n["split"], n["setting"]), key(r)
        assert (r["ci_low"], r["ci_high"]) == (n["ci_low"], n["ci_high"])  # same per-question values, same bootstrap
    # question by question: identical prompts give identical log-likelihoods for every choice
    ndir = next(p for p in (tmp_path / "native").iterdir() if p.is_dir())
    ldir = next(p for p in (tmp_path / "lmeval").iterdir() if p.is_dir()) / "lm-eval"
    for task in TASKS:
        split = next(r["split"] for r in native if r["task"] == task)
        ours = [json.loads(x) for x in (ndir / f"{task}.{split}.0shot.jsonl").read_text().splitlines()]
        theirs = [json.loads(x) for x in (ldir / f"{task}.jsonl").read_text().splitlines()]
        assert len(ours) == len(theirs) > 0
        for a, b in zip(ours, theirs):
            assert a["gold"] == b["gold"]
            assert a["logprobs"] == pytest.approx(b["lls"], abs=1e-5), task
    # both engines' rows are in the store, side by side
    from medlm.bench import store

    assert {r["harness"].split("-")[0] for r in store.query(tmp_path / "lmeval" / "results.sqlite")} == {"lm"}
    assert len(store.query(tmp_path / "native" / "results.sqlite")) == len(native)


def test_lm_eval_engine_errors_name_the_cause(tiny_run, tmp_path):
    with pytest.raises(MedlmError, match="native engine only"):
        bench_run(_cfg(tiny_run, tmp_path, engine="lm-eval", tasks=["medical_bpb"]))
    empty = tmp_path / "no-data"
    (empty / "pubmedqa").mkdir(parents=True)
    cfg = _cfg(tiny_run, tmp_path, engine="lm-eval", tasks=["pubmedqa"])
    cfg.data_dir = str(empty)
    with pytest.raises(MedlmError, match="pubmedqa"):
        bench_run(cfg)


def test_medlm_model_class_in_lm_eval(tiny_run):
    from lm_eval.api.instance import Instance
    from lm_eval.api.registry import get_model

    import medlm.bench.lm_eval_model as lm_model

    cls = get_model("medlm")
    assert cls is lm_model.MedlmLM
    lm = cls.create_from_arg_string(f"run={tiny_run}", {"batch_size": "4", "max_batch_size": None, "device": "cpu"})
    reqs = [Instance("loglikelihood", {}, ("Question: x\nAnswer:", " A"), 0),
            Instance("loglikelihood", {}, ("Question: x\nAnswer:", " B"), 1)]
    out = lm.loglikelihood(reqs)
    assert out == lm.scoring_model.loglikelihood([("Question: x\nAnswer:", " A"), ("Question: x\nAnswer:", " B")])
    (rolling,) = lm.loglikelihood_rolling([Instance("loglikelihood_rolling", {}, ("Some medical text.",), 0)])
    assert rolling < 0
    with pytest.raises(NotImplementedError, match="log-likelihoods only"):
        lm.generate_until([])
    with pytest.raises(MedlmError, match="exactly one of"):
        cls()


@pytest.mark.slow  # ~25 s: lm-eval's own CLI indexes all of its tasks at start
def test_lm_eval_command_line_with_medlm_model(tiny_run, tmp_path):
    cmd = [sys.executable, "-m", "medlm.bench.lm_eval_cli", "--model", "medlm", "--model_args", f"run={tiny_run}",
           "--include_path", str(ROOT / "benchmarks" / "lm_eval_tasks"), "--tasks", "medlm_pubmedqa",
           "--metadata", json.dumps({"data_dir": str(SAMPLE)}), "--limit", "4", "--output_path", str(tmp_path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**__import__("os").environ, "OMP_NUM_THREADS": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "medlm_pubmedqa" in proc.stdout and "acc" in proc.stdout
    results = list(tmp_path.rglob("results_*.json"))
    assert results and "medlm_pubmedqa" in json.loads(results[0].read_text())["results"]


def test_lm_eval_engine_resumes_from_its_request_cache(tiny_run, tmp_path, monkeypatch):
    import medlm.bench.lm_eval_model as lm_model

    cfg = lambda **kw: _cfg(tiny_run, tmp_path, engine="lm-eval", tasks=["pubmedqa"], **kw)  # noqa: E731
    first = bench_run(cfg())
    with pytest.raises(MedlmError, match="--resume"):
        bench_run(cfg())  # answers exist: never silently reused
    scored = []
    real = lm_model.MedlmLM._in_chunks
    monkeypatch.setattr(lm_model.MedlmLM, "_in_chunks", lambda self, m, reqs, f: scored.append(len(reqs)) or real(self, m, reqs, f))
    resumed = bench_run(cfg(resume=True))
    assert scored == []  # every request came from the cache
    assert [r["value"] for r in resumed] == [r["value"] for r in first]
    again = bench_run(cfg(overwrite=True))
    assert scored == [30] and [r["value"] for r in again] == [r["value"] for r in first]  # 10 questions x 3 choices
