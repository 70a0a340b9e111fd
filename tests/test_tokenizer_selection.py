"""medlm corpus tokenize --kinds/--sources: shards of one part of a corpus (e.g. specialists to merge)."""

import json
from pathlib import Path

from medlm.cli import main
from medlm.config import load_config
from medlm.tokenizer.config import TokenizerTrainConfig
from medlm.tokenizer.shards import TokenShards
from medlm.tokenizer.texts import write_corpus
from medlm.tokenizer.train import train_tokenizer

FIX = Path(__file__).parent / "fixtures" / "tokenizer"


def test_kinds_and_sources_select_documents(tmp_path):
    docs = [json.loads(line) for line in (FIX / "medical_texts.jsonl").read_text(encoding="utf-8").splitlines()]
    for d in docs:
        d["metadata"] = {"kind": d["kind"]}
    corpus = write_corpus(tmp_path / "corpus", docs, rows_per_file=5, row_group_rows=5)
    tok = train_tokenizer(load_config(TokenizerTrainConfig, corpus=str(corpus), out=str(tmp_path / "tok"),
                                      vocab_size=600, parity_docs=2, num_threads=1))
    counts = {}
    for name, flags in {"all": [], "clinical": ["--kinds", "clinical"], "literature": ["--kinds", "literature"],
                        "aci": ["--sources", "aci-bench:note"]}.items():
        out = tmp_path / name
        assert main(["corpus", "tokenize", str(corpus), "--tokenizer", str(tok), "--out", str(out),
                     "--val-fraction", "0", *flags]) == 0
        manifest = json.loads((out / "manifest.json").read_text())
        counts[name] = manifest["splits"]["train"]["documents"]
        assert TokenShards.open(out, "train").num_tokens == manifest["splits"]["train"]["tokens"]
    kinds = [d["kind"] for d in docs]
    assert counts["all"] == len(docs)
    assert counts["clinical"] == kinds.count("clinical") and counts["literature"] == kinds.count("literature")
    assert counts["aci"] == sum(d["source"] == "aci-bench:note" for d in docs) > 0
    assert main(["corpus", "tokenize", str(corpus), "--tokenizer", str(tok), "--out", str(tmp_path / "none"),
                 "--val-fraction", "0", "--kinds", "radiology"]) == 2  # nothing selected: clear error
