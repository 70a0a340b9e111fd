"""medlm corpus tokenize: shards the trainer can memory-map, document boundaries, stable split,
resume, crash safety, parallel == serial, bad inputs."""

import json
from pathlib import Path

import numpy as np
import pytest

import medlm.tokenizer.tokenize as tokenize_mod
from medlm.cli import main
from medlm.config import load_config
from medlm.errors import MedlmError
from medlm.tokenizer.config import CorpusTokenizeConfig, TokenizerTrainConfig
from medlm.tokenizer.shards import TokenShards, split_of
from medlm.tokenizer.texts import write_corpus
from medlm.tokenizer.tokenize import _dtype, tokenize_corpus
from medlm.tokenizer.train import train_tokenizer

FIX = Path(__file__).parent / "fixtures" / "tokenizer"


def docs() -> list[dict]:
    base = [json.loads(line) for line in (FIX / "medical_texts.jsonl").read_text(encoding="utf-8").splitlines()]
    out = []
    for i in range(5):  # 60 documents: enough for both splits and several row groups
        for d in base:
            text = d["text"] if i == 0 else d["text"][i * 97 :] + f"\nCopy {i}."
            out.append({"id": f"{d['id']}#{i}", "source": d["source"], "text": text, "metadata": {"kind": d["kind"]}})
    out.append({"id": "empty-doc", "source": "x", "text": ""})
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), docs(), rows_per_file=25, row_group_rows=10)


@pytest.fixture(scope="module")
def tokenizer(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tok") / "t"
    return train_tokenizer(load_config(TokenizerTrainConfig, corpus=str(corpus), out=str(out), vocab_size=700, parity_docs=5, num_threads=1))


def run(corpus, tokenizer, out, **kw):
    cfg = load_config(CorpusTokenizeConfig, corpus=str(corpus), tokenizer=str(tokenizer), out=str(out), **{"val_fraction": 0.2, **kw})
    return tokenize_corpus(cfg)


def shard_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.glob("*/*.bin")) if p.parent.name in ("train", "val")}


def test_shards_hold_every_document_once_with_eos_and_a_stable_split(corpus, tokenizer, tmp_path):
    import sentencepiece as spm

    out = run(corpus, tokenizer, tmp_path / "tokens", shard_tokens=1500)
    sp = spm.SentencePieceProcessor(model_file=str(tokenizer / "tokenizer.model"))
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["dtype"] == "uint16" and manifest["tokenizer"]["eos_id"] == 2
    assert manifest["documents_empty"] == 1
    expected = {"train": [], "val": []}
    for d in docs():
        if d["text"]:
            expected[split_of(d["id"], 0.2, 0)].append(sp.encode(d["text"]) + [2])
    assert all(expected.values())
    for split in ("train", "val"):
        shards = TokenShards.open(out, split)
        assert shards.vocab_size == 700 and shards.eos_id == 2
        got = []
        for i, arr in enumerate(shards.arrays):
            assert arr.dtype == np.uint16
            offsets = shards.doc_offsets(i)
            assert offsets[0] == 0 and offsets[-1] == len(arr)
            got += [arr[a:b].tolist() for a, b in zip(offsets[:-1], offsets[1:])]
        assert got == expected[split]  # same documents, same order (corpus order), each ending in </s>
        info = manifest["splits"][split]
        assert info["documents"] == len(expected[split]) and info["tokens"] == shards.num_tokens
    assert len(manifest["splits"]["train"]["shards"]) > len(list(corpus.glob("data/*.parquet")))  # cut by shard_tokens
    assert (out / "tokenizer" / "tokenizer.model").read_bytes() == (tokenizer / "tokenizer.model").read_bytes()
    assert manifest["corpus"]["manifest_sha256"] and manifest["tokenizer"]["sha256"]


def test_resume_skips_finished_units_and_a_crash_never_looks_finished(corpus, tokenizer, tmp_path, monkeypatch):
    reference = shard_bytes(run(corpus, tokenizer, tmp_path / "ref"))
    out = tmp_path / "tokens"
    real = tokenize_mod.process_unit
    calls = []

    def crash_on_third(job):
        calls.append(job.unit.index)
        if len(calls) == 3:
            raise RuntimeError("simulated crash")
        return real(job)

    monkeypatch.setattr(tokenize_mod, "process_unit", crash_on_third)
    with pytest.raises(RuntimeError):
        run(corpus, tokenizer, out)
    assert not (out / "manifest.json").exists()
    with pytest.raises(MedlmError, match="no manifest.json"):
        TokenShards.open(out, "train")
    calls.clear()
    monkeypatch.setattr(tokenize_mod, "process_unit", lambda job: calls.append(job.unit.index) or real(job))
    run(corpus, tokenizer, out)
    assert calls and calls[0] == 2 and sorted(calls) == calls  # units 0 and 1 were finished before the crash
    assert shard_bytes(out) == reference
    calls.clear()
    run(corpus, tokenizer, out)  # finished: nothing to do
    assert calls == []
    with pytest.raises(MedlmError, match="other settings"):
        run(corpus, tokenizer, out, val_fraction=0.3)
    run(corpus, tokenizer, out, val_fraction=0.3, overwrite=True)
    assert json.loads((out / "manifest.json").read_text())["val_fraction"] == 0.3


def test_parallel_workers_write_the_same_shards(corpus, tokenizer, tmp_path):
    serial = shard_bytes(run(corpus, tokenizer, tmp_path / "serial"))
    parallel = shard_bytes(run(corpus, tokenizer, tmp_path / "parallel", workers=2))
    assert serial == parallel and serial


def test_bad_inputs_fail_clearly_and_leave_nothing_finished(corpus, tokenizer, tmp_path, capsys):
    bare = tmp_path / "bare"
    (bare / "data").mkdir(parents=True)
    with pytest.raises(MedlmError, match="no manifest.json"):
        run(bare, tokenizer, tmp_path / "a")
    with pytest.raises(MedlmError, match="no manifest.json"):
        run(corpus, tmp_path, tmp_path / "b")  # not a tokenizer dir
    with pytest.raises(MedlmError, match="val split is empty"):
        run(corpus, tokenizer, tmp_path / "c", val_fraction=1e-9)
    assert not (tmp_path / "c" / "manifest.json").exists()
    with pytest.raises(MedlmError, match="does not fit uint16"):
        _dtype("uint16", 70_000, "tok")
    assert _dtype("auto", 70_000, "tok") == "uint32" and _dtype("auto", 65_536, "tok") == "uint16"
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(MedlmError, match="not a token-shard directory"):
        run(corpus, tokenizer, tmp_path / "other")
    assert main(["corpus", "tokenize", str(bare), "--tokenizer", str(tokenizer), "--out", str(tmp_path / "d")]) == 2
    assert "medlm: error:" in capsys.readouterr().err
