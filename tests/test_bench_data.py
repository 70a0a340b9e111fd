"""Benchmark loaders on excerpts in each official format (benchmarks/sample) and the Hugging Face layouts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from medlm.bench.data import MMLU_MEDICAL, load_items, resolve_split_file
from medlm.errors import MedlmError

SAMPLE = Path(__file__).resolve().parents[1] / "benchmarks" / "sample"


def test_official_formats():
    med = load_items("medqa_4options", SAMPLE, "dev")
    first = json.loads((SAMPLE / "medqa" / "phrases_no_exclude_dev.jsonl").read_text().splitlines()[0])
    assert len(med) == 20 and med[0].question == first["question"]
    assert med[0].options[med[0].answer] == first["answer"] and "ABCD"[med[0].answer] == first["answer_idx"]
    five = load_items("medqa_5options", SAMPLE, "dev")
    assert len(five) == 10 and all(len(i.options) == 5 for i in five) and five[0].options[five[0].answer] == "Ceftriaxone"

    mc = load_items("medmcqa", SAMPLE)  # default split: dev (lm-eval's test split)
    first = json.loads((SAMPLE / "medmcqa" / "dev.json").read_text().splitlines()[0])
    assert len(mc) == 20 and mc[0].id == first["id"] and mc[0].answer == first["cop"] - 1  # official cop is 1-4

    for subject in MMLU_MEDICAL:
        items = load_items(f"mmlu_{subject}", SAMPLE)
        with open(SAMPLE / "mmlu" / f"{subject}_test.csv", newline="") as f:
            rows = list(csv.reader(f))
        assert [i.question for i in items] == [r[0] for r in rows]
        assert [i.answer for i in items] == ["ABCD".index(r[5]) for r in rows]


def test_pubmedqa_test_split_is_the_ground_truth_pmids():
    gt = json.loads((SAMPLE / "pubmedqa" / "test_ground_truth.json").read_text())
    raw = json.loads((SAMPLE / "pubmedqa" / "ori_pqal.json").read_text())
    test = load_items("pubmedqa", SAMPLE)  # default: test
    rest = load_items("pubmedqa", SAMPLE, "trainval")
    assert [i.id for i in test] == list(gt)
    assert {i.id for i in rest} == set(raw) - set(gt)
    item = test[0]
    assert item.options == ["yes", "no", "maybe"] and item.options[item.answer] == gt[item.id]
    assert item.context == "\n".join(raw[item.id]["CONTEXTS"]) and item.question == raw[item.id]["QUESTION"]


def test_hugging_face_layouts(tmp_path):
    # GBaker/MedQA-USMLE-4-options-hf: sent1, ending0-3, label
    (tmp_path / "medqa").mkdir()
    rows = [{"id": "q1", "sent1": "Which?", "sent2": "", "ending0": "a", "ending1": "b", "ending2": "c", "ending3": "d", "label": 2}]
    (tmp_path / "medqa" / "validation.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    [item] = load_items("medqa_4options", tmp_path, "dev")
    assert (item.id, item.question, item.options, item.answer) == ("q1", "Which?", ["a", "b", "c", "d"], 2)
    # qiaojin/PubMedQA pqa_labeled rows + test_ground_truth.json
    (tmp_path / "pubmedqa").mkdir()
    rec = lambda p, d: {"pubid": p, "question": f"Q{p}?", "context": {"contexts": ["c1", "c2"], "labels": ["A", "B"]},
                        "long_answer": "", "final_decision": d}
    (tmp_path / "pubmedqa" / "pqa_labeled.jsonl").write_text("\n".join(json.dumps(rec(p, d)) for p, d in [(1, "yes"), (2, "maybe")]))
    (tmp_path / "pubmedqa" / "test_ground_truth.json").write_text(json.dumps({"2": "maybe"}))
    [t] = load_items("pubmedqa", tmp_path, "test")
    assert (t.id, t.answer, t.context) == ("2", 2, "c1\nc2")
    # openlifescienceai/medmcqa parquet: cop 0-3
    pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
    (tmp_path / "medmcqa").mkdir()
    table = pa.Table.from_pylist([{"id": "m1", "question": "Q", "opa": "a", "opb": "b", "opc": "c", "opd": "d", "cop": 0},
                                  {"id": "m2", "question": "Q2", "opa": "a", "opb": "b", "opc": "c", "opd": "d", "cop": 3}])
    pq.write_table(table, tmp_path / "medmcqa" / "validation.parquet")
    assert [i.answer for i in load_items("medmcqa", tmp_path, "validation")] == [0, 3]
    # MMLU official folder layout data/dev/
    (tmp_path / "mmlu" / "data" / "dev").mkdir(parents=True)
    (tmp_path / "mmlu" / "data" / "dev" / "anatomy_dev.csv").write_text('"Q, with comma",w,x,y,z,D\n')
    [m] = load_items("mmlu_anatomy", tmp_path, "dev")
    assert m.question == "Q, with comma" and m.answer == 3
    # a single file instead of a directory
    assert load_items("medqa_4options", tmp_path / "medqa" / "validation.jsonl", "dev")[0].id == "q1"


def test_data_dir_from_environment(monkeypatch):
    monkeypatch.setenv("MEDLM_DATA", str(SAMPLE))
    assert len(load_items("mmlu_anatomy")) == 5


@pytest.mark.parametrize("task,split,files,match", [
    ("medqa_4options", "test", {}, "no test split for medqa_4options"),
    ("medqa_4options", "dev", {"medqa/phrases_no_exclude_dev.jsonl": '{"question": "q", "options": {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5}, "answer_idx": "A"}'},
     "wrong MedQA variant"),
    ("medqa_4options", "dev", {"medqa/phrases_no_exclude_dev.jsonl": "this is not json"}, "not a JSON line"),
    ("medqa_4options", "dev", {"medqa/phrases_no_exclude_dev.jsonl": '{"text": "q"}'}, "missing field"),
    ("pubmedqa", "test", {"pubmedqa/ori_pqal.json": '{"1": {"QUESTION": "q", "CONTEXTS": ["c"], "final_decision": "yes"}}'},
     "no test_ground_truth.json"),
    ("pubmedqa", "test", {"pubmedqa/ori_pqal.json": '{"1": {"QUESTION": "q", "CONTEXTS": ["c"], "final_decision": "yes"}}',
                          "pubmedqa/test_ground_truth.json": '{"7": "no"}'}, "not in it"),
    ("pubmedqa", "trainval", {"pubmedqa/ori_pqal.json": '{"1": {"question": "q"}}'}, "not PubMedQA"),
    ("medmcqa", "dev", {"medmcqa/dev.json": '{"question": "q", "opa": "a", "opb": "b", "opc": "c", "opd": "d"}'}, "missing field"),
    ("medmcqa", "train", {"medmcqa/train.json": '{"question": "q", "opa": "a", "opb": "b", "opc": "c", "opd": "d", "cop": null}'},
     "official MedMCQA test file has no labels"),
    ("mmlu_anatomy", "test", {"mmlu/anatomy_test.csv": "question,a,b,c,d,answer\n"}, "no questions"),
    ("mmlu_anatomy", "test", {"mmlu/anatomy_test.csv": "q,a,b,c\n"}, "header-less MMLU CSV"),
    ("mmlu_anatomy", "test", {"mmlu/anatomy_test.csv": "q,a,b,c,d,F\n"}, "header-less MMLU CSV"),
    ("mmlu_virology", "test", {}, "unknown benchmark task"),
    ("medqa_4options", "final", {}, "no split 'final'"),
])
def test_bad_data_is_a_clear_error(tmp_path, task, split, files, match):
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    with pytest.raises(MedlmError, match=match):
        load_items(task, tmp_path, split)


def test_missing_data_dir_and_offline_hub(tmp_path, monkeypatch):
    with pytest.raises(MedlmError, match="data directory not found"):
        resolve_split_file("medmcqa", tmp_path / "nope", "dev")
    # no --data-dir / MEDLM_DATA: the hub fallback is tried and fails with advice, not a traceback
    monkeypatch.delenv("MEDLM_DATA", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("MEDLM_CACHE", str(tmp_path / "cache"))
    with pytest.raises(MedlmError, match="downloading from the Hugging Face hub failed.*--data-dir"):
        load_items("medmcqa")
