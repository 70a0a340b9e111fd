"""Medical bits-per-byte: the formula, rolling windows over long documents, held-out text sources."""

from __future__ import annotations

import json
import math

import pytest
import torch

from medlm.bench.bpb import bits_per_byte, load_bpb_texts
from medlm.bench.models import _rolling_windows, load_scoring_model
from medlm.errors import MedlmError
from tests.test_bench_scoring import build_tiny_models


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_models(tmp_path_factory.mktemp("tiny"))


@pytest.mark.parametrize("n,max_len,ctx", [(1, 8, 4), (7, 8, 1), (8, 8, 4), (30, 8, 4), (30, 8, 1), (100, 16, 8)])
def test_rolling_windows_score_every_token_once_with_true_context(n, max_len, ctx):
    tokens = list(range(100, 100 + n))
    stream = [-1] + tokens  # -1: the prefix (BOS/EOS) token
    predicted = []
    for inp, preds in _rolling_windows(tokens, -1, max_len, ctx):
        assert len(inp) <= max_len and 1 <= len(preds) <= len(inp)
        end = stream.index(preds[-1])  # position of the last predicted token in the stream
        assert stream[end - len(inp):end] == inp  # the input is exactly the text before, shifted by one
        predicted += preds
    assert predicted == tokens


def test_bits_per_byte_is_total_nats_over_bytes(tiny, tmp_path):
    model = load_scoring_model(f"medlm:{tiny['run']}")
    docs = ["The patient was given 5 mg of warfarin daily.", "Résumé: fièvre et toux — 3 jours."]
    (tmp_path / "held_out.txt").write_text("\n\n".join(docs), encoding="utf-8")
    texts, where = load_bpb_texts(tmp_path / "held_out.txt")
    assert texts == docs and where["documents"] == 2
    result = bits_per_byte(model, texts, n_boot=100)
    # reference: each document from the prefix token, one plain forward pass, full log-softmax
    from medlm.model.io import load_model

    net = load_model(tiny["run"])
    total = 0.0
    for d in docs:
        ids = [model.prefix_token_id] + model.encode(d, add_special_tokens=False)
        logp = torch.log_softmax(net(torch.tensor([ids[:-1]])).float(), -1)[0]
        total -= sum(logp[i, ids[i + 1]].item() for i in range(len(ids) - 1))
    n_bytes = sum(len(d.encode("utf-8")) for d in docs)
    assert result["bytes"] == n_bytes > sum(len(d) for d in docs)  # UTF-8 bytes, not characters
    assert result["value"] == pytest.approx(total / (math.log(2) * n_bytes), rel=1e-5)
    assert result["ci_low"] <= result["value"] <= result["ci_high"]


def test_long_documents_use_windows_of_the_model_length(tiny):
    short = load_scoring_model(f"medlm:{tiny['run']}", max_length=16)
    full = load_scoring_model(f"medlm:{tiny['run']}")
    text = "Hypertension is a common chronic condition that increases cardiovascular risk. " * 4
    assert len(full.encode(text)) > 40
    a, b = short.loglikelihood_rolling([text])[0], full.loglikelihood_rolling([text])[0]
    assert math.isfinite(a) and a != pytest.approx(b)  # shorter context, different (finite) score
    calls = []
    hidden = short.hidden
    short.hidden = lambda x: calls.append(x.shape) or hidden(x)
    short.loglikelihood_rolling([text])
    assert all(shape[1] <= 16 for shape in calls)


def test_held_out_split_of_a_corpus_dir(tmp_path):
    pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
    from medlm.manifest import write_manifest
    from medlm.tokenizer.shards import split_of

    corpus = tmp_path / "corpus"
    (corpus / "data").mkdir(parents=True)
    ids = [f"src:{i}" for i in range(200)]
    pq.write_table(pa.Table.from_pylist([{"id": i, "text": f"document {i}"} for i in ids]), corpus / "data" / "part-0.parquet")
    write_manifest(corpus, "corpus")
    texts, where = load_bpb_texts(corpus, val_fraction=0.1, seed=3)
    expected = [f"document {i}" for i in ids if split_of(i, 0.1, 3) == "val"]
    assert texts == expected and 5 < len(texts) < 40 and where["split"] == "val"
    # a token-shard dir points at its corpus and fixes val_fraction/seed
    tokens = tmp_path / "tokens"
    tokens.mkdir()
    write_manifest(tokens, "tokens", corpus={"path": str(corpus)}, val_fraction=0.1, seed=3)
    assert load_bpb_texts(tokens)[0] == expected
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in ("a b", "c")))
    assert load_bpb_texts(tmp_path / "docs.jsonl", max_docs=1)[0] == ["a b"]


def test_token_dir_of_one_kind_scores_only_that_kinds_held_out_documents(tmp_path):
    pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
    from medlm.manifest import write_manifest
    from medlm.tokenizer.shards import split_of

    corpus = tmp_path / "corpus"
    (corpus / "data").mkdir(parents=True)
    rows = [{"id": f"d{i}", "source": "s", "text": f"document {i}",
             "metadata": json.dumps({"kind": "clinical" if i % 2 else "literature"})} for i in range(200)]
    pq.write_table(pa.Table.from_pylist(rows), corpus / "data" / "part-0.parquet")
    write_manifest(corpus, "corpus")
    tokens = tmp_path / "tokens"
    tokens.mkdir()
    write_manifest(tokens, "tokens", corpus={"path": str(corpus)}, val_fraction=0.2, seed=0,
                   selection={"sources": [], "kinds": ["clinical"]})
    expected = [r["text"] for i, r in enumerate(rows) if i % 2 and split_of(r["id"], 0.2, 0) == "val"]
    assert load_bpb_texts(tokens)[0] == expected and len(expected) > 5


def test_bad_bpb_sources(tmp_path):
    with pytest.raises(MedlmError, match="not found"):
        load_bpb_texts(tmp_path / "missing.txt")
    (tmp_path / "bad.jsonl").write_text('{"body": "x"}\n')
    with pytest.raises(MedlmError, match="no 'text' field"):
        load_bpb_texts(tmp_path / "bad.jsonl")
    with pytest.raises(MedlmError, match="has no manifest.json"):
        load_bpb_texts(tmp_path)


def test_bench_run_medical_bpb(tiny, tmp_path):
    from medlm.bench.run import BenchRunConfig, bench_run
    from medlm.config import load_config

    (tmp_path / "notes.txt").write_text("Chest pain radiating to the left arm.\n\nNo fever; cough for 3 days.")
    cfg = load_config(BenchRunConfig, model=[f"medlm:{tiny['run']}"], tasks=["medical_bpb"], bpb_data=str(tmp_path / "notes.txt"),
                      out=str(tmp_path / "out"), db=str(tmp_path / "r.sqlite"), bootstrap=50)
    [row] = bench_run(cfg)
    assert row["metric"] == "bits_per_byte" and row["task"] == "medical_bpb" and row["n"] == 2 and row["value"] > 0
    with pytest.raises(MedlmError, match="--bpb-data"):
        bench_run(load_config(BenchRunConfig, model=[f"medlm:{tiny['run']}"], tasks=["medical_bpb"], out=str(tmp_path / "o2")))
