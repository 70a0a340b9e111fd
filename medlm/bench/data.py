"""Benchmark data: read the official file formats (and the Hugging Face layouts) into `Item`s.

`load_items(task, path_or_dir, split=None)` is the one entry point; it takes either a data root
(`--data-dir` / MEDLM_DATA, laid out as below), a task folder, or a single file.

    DATA/medqa/      phrases_no_exclude_{train,dev,test}.jsonl    MedQA USMLE 4-option (official, options A-D)
                     {train,dev,test}.jsonl                       MedQA USMLE 5-option (official US/, options A-E)
                     us4_{split}.jsonl, us5_{split}.jsonl          the same files under shorter names
                     (also US/4_options/..., US/... and GBaker-style jsonl/parquet with sent1, ending0-3, label)
    DATA/pubmedqa/   ori_pqal.json (or pqal_trainval.json)        PQA-L keyed by PMID: QUESTION, CONTEXTS, final_decision
                     test_ground_truth.json                       PMID -> yes/no/maybe: the official 500-question test split
    DATA/medmcqa/    {train,dev,test}.json                        one JSON object per line: question, opa..opd, cop (1-4)
    DATA/mmlu/       {subject}_{test,dev,val}.csv                 header-less: question, A, B, C, D, answer letter
                     (also the official data/{test,dev,val}/ folders; `mmlu_medical/` is accepted as the folder name)

Splits use lm-eval's meaning: MedQA train/dev/test, PubMedQA test (the 500 PMIDs of
test_ground_truth.json) and trainval (the other labelled questions), MedMCQA train/dev (dev is
lm-eval's test split; the official test file has no answers), MMLU test/dev/val.
The corpus decontamination step imports `load_items` and `Item.text` as well.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from medlm.errors import MedlmError

MMLU_MEDICAL = (
    "anatomy",
    "clinical_knowledge",
    "college_biology",
    "college_medicine",
    "medical_genetics",
    "professional_medicine",
)
PUBMEDQA_LABELS = ("yes", "no", "maybe")
LETTERS = "ABCDE"


@dataclass
class Item:
    """One benchmark question. `options` are the answer texts; `answer` indexes them."""

    id: str
    question: str
    options: list[str]
    answer: int
    context: str = ""  # PubMedQA: the abstract (CONTEXTS joined by newlines)
    meta: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """All text of the item (for decontamination: question, context and options)."""
        return "\n".join([self.question, self.context, *self.options]).strip()


# ---------------------------------------------------------------- dataset families and their splits

# family -> (folder names under a data root, splits, default evaluation split)
FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "medqa4": (("medqa", "MedQA"), ("train", "dev", "test"), "test"),
    "medqa5": (("medqa", "MedQA"), ("train", "dev", "test"), "test"),
    "pubmedqa": (("pubmedqa", "PubMedQA"), ("trainval", "test"), "test"),
    "medmcqa": (("medmcqa", "MedMCQA"), ("train", "dev"), "dev"),
    "mmlu": (("mmlu", "mmlu_medical", "MMLU"), ("dev", "val", "test"), "test"),
}
SPLIT_ALIASES = {"validation": "dev", "valid": "dev", "train_val": "trainval"}


def family_of(task: str) -> tuple[str, str | None]:
    """('medqa4', None) for 'medqa_4options', ('mmlu', 'anatomy') for 'mmlu_anatomy', ..."""
    t = task.lower()
    if t in ("medqa", "medqa_4options", "medqa4"):
        return "medqa4", None
    if t in ("medqa_5options", "medqa5"):
        return "medqa5", None
    if t in ("pubmedqa", "medmcqa"):
        return t, None
    if t.startswith("mmlu_") and t[5:] in MMLU_MEDICAL:
        return "mmlu", t[5:]
    known = ["medqa_4options", "medqa_5options", "pubmedqa", "medmcqa", *(f"mmlu_{s}" for s in MMLU_MEDICAL)]
    raise MedlmError(f"unknown benchmark task '{task}' (known: {', '.join(known)})")


def default_split(task: str) -> str:
    return FAMILIES[family_of(task)[0]][2]


def data_root(data_dir: str | Path | None) -> Path | None:
    """`--data-dir`, else $MEDLM_DATA, else None (then the hub fallback is used)."""
    value = data_dir or os.environ.get("MEDLM_DATA")
    return Path(value).expanduser() if value else None


# ---------------------------------------------------------------- finding files


def _candidates(family: str, split: str, subject: str | None) -> list[str]:
    """Relative paths (inside the task folder) where `split` may live, most official first."""
    if family == "medqa4":
        names = [f"phrases_no_exclude_{split}.jsonl", f"us4_{split}.jsonl"]
        names += [f"US/4_options/{n}" for n in names[:1]] + [f"4_options/{n}" for n in names[:1]]
        hf = {"dev": "validation"}.get(split, split)
        return names + [f"{hf}.jsonl", f"{hf}.parquet", f"data/{hf}-00000-of-00001.parquet"]
    if family == "medqa5":
        return [f"{split}.jsonl", f"us5_{split}.jsonl", f"US/{split}.jsonl"]
    if family == "medmcqa":
        hf = {"dev": "validation"}.get(split, split)
        return [f"{split}.json", f"{split}.jsonl", f"{hf}.jsonl", f"{hf}.parquet", f"data/{hf}-00000-of-00001.parquet"]
    if family == "mmlu":
        return [f"{subject}_{split}.csv", f"{split}/{subject}_{split}.csv", f"data/{split}/{subject}_{split}.csv"]
    raise AssertionError(family)


def _task_folder(root: Path, family: str) -> Path:
    for name in FAMILIES[family][0]:
        if (root / name).is_dir():
            return root / name
    return root  # the task folder itself was given


def resolve_split_file(task: str, path_or_dir: str | Path, split: str) -> Path:
    """The file holding `split` of `task` under a data root or task folder (PubMedQA: ori_pqal.json)."""
    family, subject = family_of(task)
    split = SPLIT_ALIASES.get(split, split)
    if split not in FAMILIES[family][1]:
        raise MedlmError(f"{task}: no split '{split}' (splits: {', '.join(FAMILIES[family][1])})")
    root = Path(path_or_dir).expanduser()
    if root.is_file():
        return root
    if not root.is_dir():
        raise MedlmError(f"{root}: benchmark data directory not found (set --data-dir or MEDLM_DATA)")
    folder = _task_folder(root, family)
    if family == "pubmedqa":
        names = ["ori_pqal.json", "pqal_trainval.json", "pqa_labeled.jsonl", "pqa_labeled.parquet",
                 "data/ori_pqal.json", "pqa_labeled/train-00000-of-00001.parquet"]
    else:
        names = _candidates(family, split, subject)
    for name in names:
        if (folder / name).is_file():
            return folder / name
    raise MedlmError(
        f"{folder}: no {split} split for {task} (looked for {', '.join(names[:4])}); "
        f"add the official file or choose another split with --split ({', '.join(FAMILIES[family][1])})"
    )


# ---------------------------------------------------------------- reading records


def _read_records(path: Path) -> list[dict]:
    """Records of a .jsonl/.json-lines, .json (list or object) or .parquet file."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("[") or (stripped.startswith("{") and path.suffix == ".json" and _is_one_json(stripped)):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise MedlmError(f"{path}: not valid JSON ({e})") from None
        return data if isinstance(data, list) else [data]
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise MedlmError(f"{path}:{n}: not a JSON line ({e}); expected one JSON object per line") from None
    return records


def _is_one_json(text: str) -> bool:
    try:
        json.loads(text)
        return True
    except json.JSONDecodeError:
        return False


def _need(rec: Any, keys: Iterable[str], where: str, expected: str) -> None:
    if not isinstance(rec, dict):
        raise MedlmError(f"{where}: expected a JSON object, got {type(rec).__name__}; this is not {expected}")
    missing = [k for k in keys if k not in rec]
    if missing:
        raise MedlmError(f"{where}: missing field(s) {', '.join(missing)}; this is not {expected}")


def _medqa_items(path: Path, split: str, n_options: int) -> list[Item]:
    letters = LETTERS[:n_options]
    items = []
    for i, rec in enumerate(_read_records(path)):
        where = f"{path}: record {i + 1}"
        if isinstance(rec, dict) and "sent1" in rec:  # GBaker/MedQA-USMLE-4-options-hf
            _need(rec, ["sent1", "label", *(f"ending{k}" for k in range(n_options))], where, "MedQA (HF layout)")
            options = [str(rec[f"ending{k}"]) for k in range(n_options)]
            answer = int(rec["label"])
            rid = str(rec.get("id", f"{split}-{i}"))
            question = str(rec["sent1"])
        else:
            _need(rec, ["question", "options", "answer_idx"], where, f"MedQA {n_options}-option jsonl")
            opts = rec["options"]
            if not isinstance(opts, dict) or sorted(opts) != list(letters):
                raise MedlmError(f"{where}: options {sorted(opts) if isinstance(opts, dict) else opts!r} "
                                 f"are not the {n_options} letters {letters}: wrong MedQA variant for this task")
            options = [str(opts[k]) for k in letters]
            if rec["answer_idx"] not in letters:
                raise MedlmError(f"{where}: answer_idx {rec['answer_idx']!r} is not one of {letters}")
            answer = letters.index(rec["answer_idx"])
            rid, question = f"{split}-{i}", str(rec["question"])
        if not 0 <= answer < n_options:
            raise MedlmError(f"{where}: answer {answer} out of range")
        items.append(Item(rid, question, options, answer, meta={"meta_info": rec.get("meta_info")} if rec.get("meta_info") else {}))
    return items


def _pubmedqa_records(path: Path) -> dict[str, dict]:
    """PMID -> record with QUESTION, CONTEXTS, final_decision, from any supported layout."""
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise MedlmError(f"{path}: not valid JSON ({e})") from None
        if isinstance(data, dict):
            for pmid, rec in list(data.items())[:1]:
                _need(rec, ["QUESTION", "CONTEXTS", "final_decision"], f"{path}: PMID {pmid}", "PubMedQA ori_pqal.json")
            return {str(k): v for k, v in data.items()}
        records = data
    else:
        records = _read_records(path)
    out = {}
    for i, rec in enumerate(records):
        where = f"{path}: record {i + 1}"
        if isinstance(rec, dict) and "context" in rec and "question" in rec:  # qiaojin/PubMedQA pqa_labeled
            _need(rec, ["pubid", "final_decision"], where, "PubMedQA (qiaojin layout)")
            ctx = rec["context"]["contexts"] if isinstance(rec["context"], dict) else rec["context"]
            out[str(rec["pubid"])] = {"QUESTION": rec["question"], "CONTEXTS": list(ctx), "final_decision": rec["final_decision"]}
        else:  # bigbio pubmed_qa_*_source rows: QUESTION, CONTEXTS, final_decision, PUBMED_ID? / pubid
            _need(rec, ["QUESTION", "CONTEXTS", "final_decision"], where, "PubMedQA (bigbio source layout)")
            pmid = rec.get("PUBMED_ID") or rec.get("pubid") or rec.get("id") or f"row{i}"
            out[str(pmid)] = rec
    return out


def _pubmedqa_items(path: Path, split: str) -> list[Item]:
    records = _pubmedqa_records(path)
    gt_path = path.parent / "test_ground_truth.json"
    if gt_path.is_file():
        try:
            test_gold = {str(k): v for k, v in json.loads(gt_path.read_text(encoding="utf-8")).items()}
        except (json.JSONDecodeError, AttributeError) as e:
            raise MedlmError(f"{gt_path}: expected a JSON object PMID -> yes/no/maybe ({e})") from None
    else:
        test_gold = {}
    if split == "test":
        if not test_gold:
            raise MedlmError(f"{path.parent}: no test_ground_truth.json, so the official PubMedQA test split is unknown; "
                             "add it (PMID -> yes/no/maybe) or use --split trainval")
        missing = [p for p in test_gold if p not in records]
        if missing:
            raise MedlmError(f"{path}: {len(missing)} test PMIDs of test_ground_truth.json are not in it (e.g. {missing[0]}); "
                             "use the full ori_pqal.json")
        pmids = list(test_gold)
    else:
        pmids = [p for p in records if p not in test_gold]
    items = []
    for pmid in pmids:
        rec = records[pmid]
        gold = test_gold.get(pmid, rec["final_decision"])
        if gold not in PUBMEDQA_LABELS:
            raise MedlmError(f"{path}: PMID {pmid}: final_decision {gold!r} is not yes/no/maybe")
        ctx = rec["CONTEXTS"]
        items.append(Item(pmid, str(rec["QUESTION"]), list(PUBMEDQA_LABELS), PUBMEDQA_LABELS.index(gold),
                          context="\n".join(ctx) if isinstance(ctx, list) else str(ctx)))
    if not items:
        raise MedlmError(f"{path}: the PubMedQA {split} split is empty")
    return items


def _medmcqa_items(path: Path, split: str) -> list[Item]:
    records = _read_records(path)
    for i, rec in enumerate(records[:1]):
        _need(rec, ["question", "opa", "opb", "opc", "opd", "cop"], f"{path}: record {i + 1}", "MedMCQA (one JSON object per line)")
    cops = {r.get("cop") for r in records}
    if None in cops or cops == {-1}:
        raise MedlmError(f"{path}: answers (cop) missing: the official MedMCQA test file has no labels; use --split dev")
    # official files number the correct option 1-4; the HF copy 0-3
    one_based = 0 not in cops and (4 in cops or path.suffix == ".json")
    items = []
    for i, rec in enumerate(records):
        answer = int(rec["cop"]) - (1 if one_based else 0)
        if not 0 <= answer < 4:
            raise MedlmError(f"{path}: record {i + 1}: cop {rec['cop']!r} is not an option number")
        options = [str(rec[k]) for k in ("opa", "opb", "opc", "opd")]
        items.append(Item(str(rec.get("id") or f"{split}-{i}"), str(rec["question"]), options, answer,
                          meta={k: rec[k] for k in ("subject_name",) if rec.get(k)}))
    return items


def _mmlu_items(path: Path, split: str, subject: str) -> list[Item]:
    items = []
    with open(path, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f)):
            if i == 0 and [c.strip().lower() for c in row[:2]] == ["question", "a"]:
                continue  # tolerate a header line
            if len(row) != 6 or row[5].strip() not in "ABCD" or not row[5].strip():
                raise MedlmError(f"{path}: row {i + 1} has {len(row)} fields (last {row[-1:]!r}); expected the header-less "
                                 "MMLU CSV layout: question, A, B, C, D, answer letter")
            items.append(Item(f"{subject}-{split}-{i}", row[0], row[1:5], "ABCD".index(row[5].strip())))
    return items


def load_items(task: str, path_or_dir: str | Path | None = None, split: str | None = None) -> list[Item]:
    """Items of one task split from a data root, a task folder or a file; None: MEDLM_DATA, else the HF hub."""
    family, subject = family_of(task)
    split = SPLIT_ALIASES.get(split or FAMILIES[family][2], split or FAMILIES[family][2])
    root = data_root(path_or_dir)
    if root is None:
        return fetch_from_hub(task, split)
    path = resolve_split_file(task, root, split)
    readers: dict[str, Callable[[], list[Item]]] = {
        "medqa4": lambda: _medqa_items(path, split, 4),
        "medqa5": lambda: _medqa_items(path, split, 5),
        "pubmedqa": lambda: _pubmedqa_items(path, split),
        "medmcqa": lambda: _medmcqa_items(path, split),
        "mmlu": lambda: _mmlu_items(path, split, subject or ""),
    }
    try:
        items = readers[family]()
    except (UnicodeDecodeError, csv.Error, KeyError, TypeError, ValueError) as e:
        raise MedlmError(f"{path}: cannot read it as {task} data ({type(e).__name__}: {e})") from None
    if not items:
        raise MedlmError(f"{path}: no questions in the {split} split of {task}")
    return items


# ---------------------------------------------------------------- hub fallback (users with internet)

HUB = {
    "medqa4": ("GBaker/MedQA-USMLE-4-options-hf", None),
    "medmcqa": ("openlifescienceai/medmcqa", None),
    "pubmedqa": ("qiaojin/PubMedQA", "pqa_labeled"),
    "mmlu": ("cais/mmlu", None),
}
PUBMEDQA_TEST_GT = "https://raw.githubusercontent.com/pubmedqa/pubmedqa/master/data/test_ground_truth.json"


def fetch_from_hub(task: str, split: str, cache_dir: str | Path | None = None) -> list[Item]:
    """Download the task from the Hugging Face hub into the documented layout, then read it as usual."""
    family, subject = family_of(task)
    if family not in HUB:
        raise MedlmError(f"{task}: no hub copy is known; download the official files and pass --data-dir")
    cache = Path(cache_dir or os.environ.get("MEDLM_CACHE", Path.home() / ".cache" / "medlm")) / "benchmarks"
    folder = cache / FAMILIES[family][0][0]
    try:
        return load_items(task, cache, split)  # downloaded before
    except MedlmError:
        pass
    try:
        _download(family, subject, folder)
    except MedlmError:
        raise
    except Exception as e:  # network, hub or datasets errors: say what to do instead
        raise MedlmError(f"{task}: no --data-dir/MEDLM_DATA given and downloading from the Hugging Face hub failed "
                         f"({type(e).__name__}: {str(e)[:200]}); download the official files and pass --data-dir") from None
    return load_items(task, cache, split)


def _download(family: str, subject: str | None, folder: Path) -> None:
    import datasets

    repo, name = HUB[family]
    folder.mkdir(parents=True, exist_ok=True)
    if family == "mmlu":
        ds = datasets.load_dataset(repo, subject)
        for hf_split, split in (("test", "test"), ("dev", "dev"), ("validation", "val")):
            with open(folder / f"{subject}_{split}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                for r in ds[hf_split]:
                    w.writerow([r["question"], *r["choices"], "ABCD"[r["answer"]]])
        return
    ds = datasets.load_dataset(repo, name)
    if family == "pubmedqa":
        import urllib.request

        rows = {str(r["pubid"]): {"QUESTION": r["question"], "CONTEXTS": r["context"]["contexts"],
                                  "final_decision": r["final_decision"]} for r in ds["train"]}
        (folder / "ori_pqal.json").write_text(json.dumps(rows), encoding="utf-8")
        with urllib.request.urlopen(PUBMEDQA_TEST_GT, timeout=60) as resp:
            (folder / "test_ground_truth.json").write_bytes(resp.read())
        return
    for hf_split in ds:  # medqa4 (GBaker) and medmcqa (0-based cop) keep their HF layout as jsonl
        ds[hf_split].to_json(str(folder / f"{hf_split}.jsonl"))
