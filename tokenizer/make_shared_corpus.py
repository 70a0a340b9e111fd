"""Convert the shared development data (../shared/data/corpora) into a medlm corpus directory, directly.

This is the stop-gap used to train and measure `tokenizer/medlm-32k.yaml` while `medlm corpus build`
was not yet available: it writes the corpus contract (data/*.parquet with id/source/text/metadata,
manifest.json of stage "corpus") with exact de-duplication only — no quality filtering, no
de-identification (the clinical sources are already synthetic/de-identified), no decontamination.
Prefer `medlm corpus build corpora/shared.yaml` where it exists.

    python tokenizer/make_shared_corpus.py /work/shared/data/corpora data/corpora/shared
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import lzma
import sys
from pathlib import Path

from medlm.manifest import describe_file, write_manifest
from medlm.tokenizer.texts import write_corpus


def jsonl_docs(root: Path):
    for path in sorted(root.glob("*/*.jsonl.xz")):
        with lzma.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                meta = {k: rec[k] for k in ("license", "url") if rec.get(k)}
                yield path, f"{path.parent.name}/{rec['id']}", rec.get("source") or path.parent.name, "literature", rec["text"], meta


def csv_rows(path: Path):
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def clinical_docs(root: Path):
    path = root / "mtsamples" / "mtsamples.csv"
    for i, row in enumerate(csv_rows(path)):
        yield path, f"mtsamples/{i}", "mtsamples", "clinical", row["transcription"], {"specialty": row["medical_specialty"].strip()}
    for path in sorted((root / "mts_dialog").glob("*.csv")):
        for row in csv_rows(path):
            yield path, f"mts-dialog/{path.stem}/{row['ID']}", "mts-dialog:note", "clinical", row["section_text"], {"section": row["section_header"]}
            yield path, f"mts-dialog/{path.stem}/{row['ID']}/dialogue", "mts-dialog:dialogue", "clinical", row["dialogue"], {}
    for path in sorted((root / "aci_bench").glob("*.csv")):
        if path.stem.endswith("_metadata"):
            continue
        for row in csv_rows(path):
            base = f"aci-bench/{path.stem}/{row['encounter_id']}"
            yield path, base, "aci-bench:note", "clinical", row["note"], {"dataset": row["dataset"]}
            yield path, base + "/dialogue", "aci-bench:dialogue", "clinical", row["dialogue"], {"dataset": row["dataset"]}


def main(src: str, out: str) -> None:
    root = Path(src)
    inputs, seen = set(), set()
    counts = {"in": 0, "kept": 0, "dropped": {"empty": 0, "exact_duplicate": 0}}

    def records():
        for path, doc_id, source, kind, text, meta in itertools.chain(clinical_docs(root), jsonl_docs(root)):
            inputs.add(path)
            counts["in"] += 1
            text = (text or "").replace("\r\n", "\n").strip()
            if not text:
                counts["dropped"]["empty"] += 1
                continue
            digest = hashlib.sha1(text.encode()).digest()
            if digest in seen:
                counts["dropped"]["exact_duplicate"] += 1
                continue
            seen.add(digest)
            counts["kept"] += 1
            yield {"id": doc_id, "source": source, "text": text, "metadata": {"kind": kind, "source": source, **meta}}

    write_corpus(out, records(), write_manifest_file=False)
    write_manifest(out, "corpus", None, producer="tokenizer/make_shared_corpus.py (direct conversion, exact dedup only)",
                   inputs=[describe_file(p) for p in sorted(inputs)], counts=counts)
    print(json.dumps(counts))


if __name__ == "__main__":
    main(*sys.argv[1:3])
