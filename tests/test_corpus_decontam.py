"""Benchmark decontamination: n-gram hits drop documents and are recorded per rank."""

from __future__ import annotations

import csv
import json
import pickle
from pathlib import Path

import pytest
from datatrove.data import Document

from medlm.config import from_dict
from medlm.corpus.decontam import BenchmarkFile, DecontamConfig, Decontaminate, batch_tokens, benchmark_tasks, tokens
from medlm.errors import MedlmError

MEDQA_Q = (
    "A 23-year-old pregnant woman at 22 weeks gestation presents with burning upon urination. She states it "
    "started 1 day ago and has been worsening despite drinking more water and taking cranberry extract."
)
TEMPLATE = "Which of the following is the most appropriate next step in management of this patient?"
PUBMEDQA_CONTEXT = (
    "Programmed cell death (PCD) is the regulated death of cells within an organism. The lace plant "
    "(Aponogeton madagascariensis) produces perforations in its leaves through PCD."
)
MMLU_Q = "Which of these branches of the trigeminal nerve contain somatic motor processes?"  # 12 tokens


@pytest.fixture()
def bench_dir(tmp_path: Path) -> Path:
    medqa = tmp_path / "medqa"
    medqa.mkdir()
    rows = [{"question": MEDQA_Q + " " + TEMPLATE, "options": {"A": "Ampicillin", "B": "Ceftriaxone", "C": "Doxycycline", "D": "Nitrofurantoin"},
             "answer": "Nitrofurantoin", "answer_idx": "D", "meta_info": "step1"}]
    for i in range(12):  # many items share the template question stem
        rows.append({"question": f"Case {i}: a patient number {i} with condition {i * 17} arrives. " + TEMPLATE,
                     "options": {"A": "a", "B": "b", "C": "c", "D": "d"}, "answer": "a", "answer_idx": "A", "meta_info": "step2"})
    (medqa / "phrases_no_exclude_dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    pubmedqa = tmp_path / "pubmedqa"
    pubmedqa.mkdir()
    (pubmedqa / "ori_pqal.json").write_text(json.dumps({"21645374": {
        "QUESTION": "Do mitochondria play a role in remodelling lace plant leaves during programmed cell death?",
        "CONTEXTS": [PUBMEDQA_CONTEXT, "The following paper elucidates the role of mitochondrial dynamics."],
        "LABELS": ["BACKGROUND", "RESULTS"], "MESHES": [], "YEAR": "2011", "reasoning_required_pred": "yes",
        "reasoning_free_pred": "yes", "final_decision": "yes", "LONG_ANSWER": "Results depicted mitochondrial dynamics."}}))
    mmlu = tmp_path / "mmlu"
    mmlu.mkdir()
    with open(mmlu / "anatomy_test.csv", "w", newline="") as f:
        csv.writer(f).writerow([MMLU_Q, "ophthalmic", "maxillary", "mandibular", "all of the above", "C"])
    return tmp_path


def make_step(bench_dir: Path, work_dir: Path, **kw) -> Decontaminate:
    cfg = DecontamConfig(
        benchmarks=[
            BenchmarkFile(name="medqa", path="medqa", format="medqa_4options"),
            BenchmarkFile(name="pubmedqa", path="pubmedqa", format="pubmedqa", split="trainval"),
            BenchmarkFile(name="mmlu", path="mmlu", format="mmlu_medical"),
        ],
        base_dir=str(bench_dir),
        **kw,
    )
    return Decontaminate(cfg, str(work_dir))


def test_contaminated_documents_are_dropped_and_every_hit_recorded(bench_dir, tmp_path):
    step = make_step(bench_dir, tmp_path / "work")
    docs = [
        # MedQA question copied into a practice page with other case and punctuation
        Document(text="USMLE practice!! " + MEDQA_Q.upper().replace(",", " ;") + " Answer below.", id="blog:1"),
        Document(text="Review of plant biology. " + PUBMEDQA_CONTEXT + " Further work is needed.", id="pubmed:2"),
        Document(text="Anatomy quiz: " + MMLU_Q + " Think about it.", id="quiz:3"),
        Document(text="The patient is a 23-year-old woman with dysuria treated with nitrofurantoin for five days.", id="note:4"),
    ]
    kept = list(step.run(iter(docs), rank=7))
    assert [d.id for d in kept] == ["note:4"]
    hits = [json.loads(line) for line in (tmp_path / "work" / "decontaminate" / "00007.jsonl").read_text().splitlines()]
    assert {(h["benchmark"], h["item_id"], h["doc_id"]) for h in hits} == {
        ("medqa", "dev:dev-0", "blog:1"),
        ("pubmedqa", "trainval:21645374", "pubmed:2"),
        ("mmlu", "mmlu_anatomy:test:anatomy-test-0", "quiz:3"),
    }
    medqa_hit = next(h for h in hits if h["benchmark"] == "medqa")
    assert len(medqa_hit["ngram"].split()) == 13 and medqa_hit["ngram"] in " ".join(tokens(MEDQA_Q))
    assert medqa_hit["count"] >= 10
    assert step.filter(Document(text=docs[0].text, id="again")) == (False, "benchmark_medqa")


def test_template_phrases_short_fragments_and_ngram_length(bench_dir, tmp_path):
    step = make_step(bench_dir, tmp_path)
    # the stem shared by 13 MedQA items is not evidence of contamination
    assert step.filter(Document(text="Exam tip. " + TEMPLATE + " Read the vignette first.", id="t")) is True
    # 7 words of the 12-word MMLU item are not enough
    assert step.filter(Document(text="which of these branches of the trigeminal", id="s")) is True
    # a 15-word overlap counts at n=13 but not at n=20
    overlap = " ".join(MEDQA_Q.split()[:15])
    assert step.filter(Document(text=overlap, id="o"))[0] is False
    assert make_step(bench_dir, tmp_path, ngram=20).filter(Document(text=overlap, id="o")) is True
    assert step.index.template_ngrams > 0


def test_rerun_rewrites_rank_file_and_step_pickles_without_index(bench_dir, tmp_path):
    step = make_step(bench_dir, tmp_path)
    list(step.run(iter([Document(text=MEDQA_Q, id="x")]), rank=0))
    assert (tmp_path / "decontaminate" / "00000.jsonl").read_text().count("\n") == 1
    list(step.run(iter([Document(text="clean text only", id="y")]), rank=0))
    assert (tmp_path / "decontaminate" / "00000.jsonl").read_text() == ""  # a re-run task overwrites
    clone = pickle.loads(pickle.dumps(step))
    assert clone._index is None and clone.filter(Document(text=MEDQA_Q, id="z"))[0] is False


def test_config_from_recipe_and_missing_file(tmp_path):
    cfg = from_dict(DecontamConfig, {"benchmarks": [{"name": "medqa", "path": "nowhere", "format": "medqa_4options"}], "ngram": 8})
    assert cfg.ngram == 8 and cfg.min_item_words == 8
    with pytest.raises(MedlmError, match="benchmark 'medqa' file .*nowhere not found"):
        Decontaminate(cfg, str(tmp_path))
    assert Decontaminate(DecontamConfig(), str(tmp_path)).filter(Document(text=MEDQA_Q, id="1")) is True


def test_benchmark_task_names_for_the_manifest(bench_dir, tmp_path):
    cfg = make_step(bench_dir, tmp_path).cfg
    tasks = benchmark_tasks(cfg)
    assert tasks[:2] == ["medqa_4options", "mmlu_anatomy"] and "pubmedqa" in tasks and "mmlu_professional_medicine" in tasks
    assert "mmlu_medical" not in tasks


def test_batch_token_hashes_follow_the_regex_tokens():
    texts = ["Ünïcode İSTANBUL naïve café 𝑥² µg ½ x_y 12abc — ok", "", "plain ascii, words.", "ΑΒΓ αβγ"]
    batch = batch_tokens(texts)
    for i, text in enumerate(texts):
        toks = tokens(text)
        assert len(batch.of(i)) == len(toks)
        # equal tokens, equal hashes; different tokens, different hashes
        assert (batch_tokens([" ".join(toks)]).hashes == batch.of(i)).all()
        assert len(set(batch.of(i).tolist())) == len(set(toks))


def test_hits_never_span_two_documents_of_a_batch(bench_dir, tmp_path):
    words = MEDQA_Q.split()
    step = make_step(bench_dir, tmp_path, batch_size=8)
    docs = [Document(text=" ".join(words[:7]), id="a"), Document(text=" ".join(words[7:14]), id="b"),
            Document(text=" ".join(words[:14]), id="c"), Document(text="unrelated", id="d")]
    assert [d.id for d in step.run(iter(docs))] == ["a", "b", "d"]
