"""`medlm bench run` end to end on tiny models: rows, predictions, store, resume after an interruption, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medlm.bench.metrics import weighted_mean
from medlm.bench.run import BenchRunConfig, bench_run, split_for
from medlm.cli import main
from medlm.config import load_config
from medlm.errors import MedlmError
from tests.test_bench_scoring import SAMPLE, build_tiny_models

ROW_KEYS = {"model", "model_kind", "params", "train_tokens", "train_flops", "task", "split", "setting", "metric", "value",
            "ci_low", "ci_high", "n", "harness", "date", "contamination", "run_dir"}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_models(tmp_path_factory.mktemp("tiny"))


def cfg_for(tmp_path: Path, **kw) -> BenchRunConfig:
    base = dict(data_dir=str(SAMPLE), split=["medqa_4options=dev"], out=str(tmp_path / "out"), db=str(tmp_path / "r.sqlite"),
                bootstrap=200)
    return load_config(BenchRunConfig, **{**base, **kw})


def test_multimedqa_on_two_backends(tiny, tmp_path):
    rows = bench_run(cfg_for(tmp_path, model=[f"medlm:{tiny['run']}", f"hf:{tiny['hf']}"], tasks=["multimedqa"]))
    assert all(set(r) == ROW_KEYS for r in rows)
    run_rows = [r for r in rows if r["model"] == "run"]
    assert {r["model_kind"] for r in run_rows} == {"domain"} and {r["model_kind"] for r in rows if r["model"] == "hf"} == {"general"}
    by = {(r["task"], r["metric"]): r for r in run_rows}
    assert by[("medqa_4options", "acc")]["split"] == "dev" and by[("pubmedqa", "acc")]["split"] == "test"
    assert ("pubmedqa", "acc_norm") not in by and ("mmlu_anatomy", "acc_norm") not in by  # as lm-eval's YAMLs
    # the group is lm-eval's size-weighted mean of the member accuracies
    members = [r for (t, m), r in by.items() if m == "acc" and t != "multimedqa"]
    assert len(members) == 9 and by[("multimedqa", "acc")]["n"] == sum(r["n"] for r in members) == 80
    assert by[("multimedqa", "acc")]["value"] == pytest.approx(weighted_mean([(r["value"], r["n"]) for r in members]))
    for r in rows:
        assert r["ci_low"] <= r["value"] <= r["ci_high"] and r["harness"].startswith("medlm-") and r["setting"] == "0-shot"
    # per-question predictions agree with the row's accuracy
    preds = [json.loads(x) for x in (tmp_path / "out" / "run" / "pubmedqa.test.0shot.jsonl").read_text().splitlines()]
    assert len(preds) == 10 and set(preds[0]) >= {"id", "logprobs", "pred", "gold"} and len(preds[0]["logprobs"]) == 3
    assert by[("pubmedqa", "acc")]["value"] == pytest.approx(sum(p["pred"] == p["gold"] for p in preds) / 10)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["stage"] == "bench" and len(manifest["results"]) == len(rows)
    # every row is in the results store
    from medlm.bench import store

    stored = store.query(tmp_path / "r.sqlite")
    assert len(stored) == len(rows)


def test_resume_after_interruption(tiny, tmp_path, monkeypatch):
    cfg = cfg_for(tmp_path, model=[f"medlm:{tiny['run']}"], tasks=["medmcqa"])
    full = {r["metric"]: r["value"] for r in bench_run(cfg)}
    path = tmp_path / "out" / "run" / "medmcqa.dev.0shot.jsonl"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:7]) + "\n" + lines[7][:15])  # killed while writing question 8
    with pytest.raises(MedlmError, match="--resume"):
        bench_run(cfg)  # without --resume nothing is silently overwritten
    from medlm.bench import models

    seen = []
    original = models.TorchScoringModel.loglikelihood
    monkeypatch.setattr(models.TorchScoringModel, "loglikelihood", lambda self, reqs: seen.extend(reqs) or original(self, reqs))
    resumed = {r["metric"]: r["value"] for r in bench_run(cfg_for(tmp_path, model=[f"medlm:{tiny['run']}"], tasks=["medmcqa"], resume=True))}
    assert len(seen) == 13 * 4  # only the 13 unfinished questions were scored again
    assert resumed == pytest.approx(full)
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == [json.loads(x)["id"] for x in lines]


def test_fewshot_and_limit(tiny, tmp_path):
    (tmp_path / "data" / "mmlu").mkdir(parents=True)
    for split in ("test", "dev"):
        (tmp_path / "data" / "mmlu" / f"anatomy_{split}.csv").write_text((SAMPLE / "mmlu" / "anatomy_test.csv").read_text())
    rows = bench_run(cfg_for(tmp_path, model=[f"hf:{tiny['hf']}"], tasks=["mmlu_anatomy"], data_dir=str(tmp_path / "data"),
                             num_fewshot=2, limit=3))
    assert rows[0]["setting"] == "2-shot, first 3" and rows[0]["n"] == 3
    with pytest.raises(MedlmError, match="no dev split"):
        bench_run(cfg_for(tmp_path, model=[f"hf:{tiny['hf']}"], tasks=["mmlu_anatomy"], num_fewshot=1, out=str(tmp_path / "o2")))


def test_split_selection():
    assert split_for("medqa_4options", []) == "test"
    assert split_for("medqa_4options", ["dev"]) == "dev" and split_for("pubmedqa", ["dev"]) == "test"
    assert split_for("pubmedqa", ["dev", "pubmedqa=trainval"]) == "trainval"
    assert split_for("medmcqa", ["validation"]) == "dev"
    assert split_for("mmlu_anatomy", ["dev"]) == "test" and split_for("mmlu_anatomy", ["mmlu_anatomy=dev"]) == "dev"
    assert split_for("mmlu_anatomy", ["val"]) == "val"


def test_cli_errors_are_one_line(tiny, tmp_path, capsys):
    base = ["bench", "--data-dir", str(SAMPLE), "--out", str(tmp_path / "o"), "--db", str(tmp_path / "r.sqlite")]
    assert main(base + ["--model", "llama:7b"]) == 2
    assert "model spec 'llama:7b'" in capsys.readouterr().err
    assert main(base + ["--model", f"medlm:{tiny['run']}", "--tasks", "medqa_9options"]) == 2
    assert "unknown benchmark task 'medqa_9options'" in capsys.readouterr().err
    assert main(base + ["--model", f"medlm:{tiny['run']}", "--tasks", "medqa_4options"]) == 2  # the sample has no test split
    assert "no test split for medqa_4options" in capsys.readouterr().err
    assert main(base + ["--model", f"medlm:{tiny['run']}", "--tasks", "medqa_4options", "--split", "dev", "--limit", "2"]) == 0
    assert main(["bench"]) == 2 and "no model given" in capsys.readouterr().err


def test_contamination_status_from_the_corpus_manifest(tiny, tmp_path):
    """run manifest -> token shards -> corpus manifest's decontamination section."""
    from medlm.manifest import write_manifest
    from medlm.model.io import load_model, save_run, tokenizer_dir_of

    corpus, tokens, run = tmp_path / "corpus", tmp_path / "tokens", tmp_path / "med-run"
    corpus.mkdir()
    tokens.mkdir()
    write_manifest(corpus, "corpus", decontamination={"enabled": True, "benchmarks": ["pubmedqa", "medqa_4options"], "removed": 3})
    write_manifest(tokens, "tokens", corpus={"path": str(corpus)})
    save_run(load_model(tiny["run"]), run, "train", tokenizer_dir=tokenizer_dir_of(tiny["run"]),
             data={"path": str(tokens)}, tokens=123456, flops=7.5e12)
    rows = bench_run(cfg_for(tmp_path, model=[f"medlm:{run}"], tasks=["pubmedqa", "medmcqa", "medqa_4options"], limit=2))
    status = {r["task"]: r["contamination"] for r in rows}
    assert status == {"pubmedqa": "clean", "medmcqa": "unknown", "medqa_4options": "clean"}
    assert {(r["train_tokens"], r["train_flops"]) for r in rows} == {(123456, 7.5e12)}


def test_two_models_with_the_same_folder_name(tiny, tmp_path):
    import shutil

    other = tmp_path / "other" / "run"
    shutil.copytree(tiny["run"], other)
    rows = bench_run(cfg_for(tmp_path, model=[f"medlm:{tiny['run']}", f"medlm:{other}"], tasks=["medmcqa"], limit=2))
    assert {r["model"] for r in rows} == {"run", "other/run"}
    assert (tmp_path / "out" / "other_run" / "medmcqa.dev.0shot.jsonl").is_file()


def test_merged_ensemble_run_is_scored(tiny, tmp_path):
    """A `medlm merge` output (probability mixture of two experts) is benchmarked like any run."""
    import torch

    from medlm.bench.models import load_scoring_model
    from medlm.bench.tasks import TASKS, requests_for
    from medlm.grow.config import MergeConfig
    from medlm.grow.merge import merge
    from medlm.model.io import load_model, save_run, tokenizer_dir_of
    from tests.test_bench_scoring import sample_items

    experts = []
    for i in range(2):
        net = load_model(tiny["run"])
        torch.manual_seed(i)
        net.reset_parameters()
        experts.append(save_run(net, tmp_path / f"e{i}", "train", tokenizer_dir=tokenizer_dir_of(tiny["run"]),
                                tokenizer={"sha256": "same", "vocab_size": net.cfg.vocab_size}).parent)
    merge(load_config(MergeConfig, runs=[str(e) for e in experts], out=str(tmp_path / "merged"), mode="probs"))
    ctx, _ = requests_for(TASKS["pubmedqa"], sample_items("pubmedqa")[0])
    models = [load_scoring_model(f"medlm:{p}") for p in (*experts, tmp_path / "merged")]
    tok, n_ctx = models[0].tokenizer, len(models[0].encode(ctx))
    singles = [tok.convert_tokens_to_string([t]) for t in sorted(tok.get_vocab()) if t.startswith("\u0120") and len(t) > 2]
    conts = [c for c in singles if len(models[0].encode(ctx + c)) == n_ctx + 1][:5]
    assert len(conts) >= 3
    scores = [m.loglikelihood([(ctx, c) for c in conts]) for m in models]
    for (a, _), (b, _), (m, _) in zip(*scores):  # one token: log of a 50/50 mixture lies between the experts' log-probs
        assert min(a, b) - 1e-4 <= m <= max(a, b) + 1e-4
    rows = bench_run(cfg_for(tmp_path, model=[f"medlm:{tmp_path / 'merged'}"], tasks=["medmcqa"], limit=2))
    assert rows[0]["model"] == "merged" and rows[0]["model_kind"] == "domain" and rows[0]["n"] == 2
