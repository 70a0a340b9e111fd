"""Datasets for medlm's lm-eval task YAMLs: the official benchmark files on local disk, via medlm's loaders.

lm-eval calls `custom_dataset(**metadata)`; metadata comes from `--metadata '{...}'` (and lm-eval adds
the model_args). Keys read here:
    data_dir   benchmark data root in medlm's layout (docs/bench.md); default $MEDLM_DATA, else the hub
    splits     {task: split} to evaluate (default: the task's lm-eval test split, as `medlm bench`)
    fewshot    true to load the task's few-shot split (train/trainval/dev; needed for --num_fewshot > 0,
               left empty otherwise because MedMCQA's train split alone is 180k questions)
Documents keep the field names of the Hugging Face datasets lm-eval's own tasks read (GBaker MedQA,
bigbio PubMedQA, openlifescienceai MedMCQA, cais/mmlu), so the YAMLs render the same prompts.
"""

from __future__ import annotations

from typing import Any

LETTERS = "ABCDE"


def _doc(task: str, item: Any) -> dict[str, Any]:
    if task.startswith("medqa"):
        doc = {"sent1": item.question, "label": item.answer}
        doc.update({f"ending{i}": opt for i, opt in enumerate(item.options)})
        return doc
    if task == "pubmedqa":
        # medlm joins the abstract's CONTEXTS with newlines already (as lm-eval's doc_to_text does)
        return {"QUESTION": item.question, "CONTEXTS": [item.context], "final_decision": item.options[item.answer]}
    if task == "medmcqa":
        return {"question": item.question, **dict(zip(("opa", "opb", "opc", "opd"), item.options)), "cop": item.answer}
    return {"question": item.question, "choices": list(item.options), "answer": item.answer}  # mmlu_*


def _load(task: str, data_dir: str | None = None, splits: dict | None = None, fewshot: bool = False, **_: Any):
    import datasets

    from medlm.bench.data import data_root, default_split, load_items
    from medlm.bench.tasks import get_task

    root = data_root(data_dir or None)
    split = (splits or {}).get(task) or default_split(task)
    evaluated = datasets.Dataset.from_list([_doc(task, it) for it in load_items(task, root, split)])
    fewshot_split = get_task(task).fewshot_split
    if fewshot and fewshot_split:
        shots = datasets.Dataset.from_list([_doc(task, it) for it in load_items(task, root, fewshot_split)])
    else:  # lm-eval opens the few-shot split even for 0-shot runs; an empty one can never leak test questions
        shots = evaluated.select([])
    return datasets.DatasetDict({"eval": evaluated, "fewshot": shots})


def medqa_4options(**kw):
    return _load("medqa_4options", **kw)


def medqa_5options(**kw):
    return _load("medqa_5options", **kw)


def pubmedqa(**kw):
    return _load("pubmedqa", **kw)


def medmcqa(**kw):
    return _load("medmcqa", **kw)


def mmlu_anatomy(**kw):
    return _load("mmlu_anatomy", **kw)


def mmlu_clinical_knowledge(**kw):
    return _load("mmlu_clinical_knowledge", **kw)


def mmlu_college_biology(**kw):
    return _load("mmlu_college_biology", **kw)


def mmlu_college_medicine(**kw):
    return _load("mmlu_college_medicine", **kw)


def mmlu_medical_genetics(**kw):
    return _load("mmlu_medical_genetics", **kw)


def mmlu_professional_medicine(**kw):
    return _load("mmlu_professional_medicine", **kw)
