"""medlm tokenizer train: exact round trips of medical notation, HF == SentencePiece ids,
determinism, special ids, user-defined pieces, bad inputs. Tiny tokenizers from committed fixtures."""

import json
import random
import re
from pathlib import Path

import pytest

from medlm.cli import main
from medlm.config import load_config
from medlm.errors import MedlmError
from medlm.tokenizer.config import TokenizerTrainConfig
from medlm.tokenizer.shards import split_of
from medlm.tokenizer.texts import write_corpus
from medlm.tokenizer.train import read_tokenizer, sample_sentences, train_tokenizer

FIX = Path(__file__).parent / "fixtures" / "tokenizer"


def fixture_docs() -> list[dict]:
    docs = [json.loads(line) for line in (FIX / "medical_texts.jsonl").read_text(encoding="utf-8").splitlines()]
    return [{**d, "metadata": {"kind": d["kind"], "license": d["license"]}} for d in docs]


def odd_texts() -> list[str]:
    return json.loads((FIX / "notation.json").read_text(encoding="utf-8")) + [d["text"] for d in fixture_docs()]


def make_corpus(path: Path, docs=None, **kw) -> Path:
    return write_corpus(path, docs if docs is not None else fixture_docs(), **kw)


def train(corpus: Path, out: Path, **overrides) -> Path:
    settings = dict(corpus=str(corpus), out=str(out), vocab_size=600, val_fraction=0.0, parity_docs=50, num_threads=1)
    settings.update(overrides)
    return train_tokenizer(load_config(TokenizerTrainConfig, **settings))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module", params=["bpe", "unigram"])
def tokenizer_dir(request, corpus, tmp_path_factory) -> Path:
    return train(corpus, tmp_path_factory.mktemp(request.param), model_type=request.param)


def test_medical_notation_round_trips_exactly_in_sentencepiece_and_hf(tokenizer_dir):
    import sentencepiece as spm
    from transformers import AutoTokenizer

    _, model = read_tokenizer(tokenizer_dir)
    sp = spm.SentencePieceProcessor(model_proto=model)
    hf = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    for text in odd_texts():
        sp_ids = sp.encode(text)
        assert sp.decode(sp_ids) == text
        hf_ids = hf.encode(text, add_special_tokens=False)
        assert hf_ids == sp_ids, text[:80]
        assert hf(text)["input_ids"] == sp_ids  # the default call adds nothing either
        assert hf.decode(hf_ids) == text
        assert sp.unk_id() not in sp_ids  # byte fallback: never <unk>


def test_segment_cache_encoder_is_exact(tokenizer_dir, corpus, tmp_path):
    import sentencepiece as spm

    from medlm.tokenizer.encode import SegmentEncoder

    manifest, model = read_tokenizer(tokenizer_dir)
    sp = spm.SentencePieceProcessor(model_proto=model)
    enc = SegmentEncoder(model, max_cache=50)
    assert enc.exact == (manifest["tokenizer"]["model_type"] == "bpe")  # unigram: plain sp.encode
    texts = odd_texts() + ["a   b  c\n\n\n  d \n", "x ▁ y▁▁z  ▁", "   ", "\n", "word" * 300]
    for _ in range(2):  # cold, then warm cache (and a cache reset on the way: max_cache=50)
        assert enc.encode(texts) == sp.encode(texts)
    no_nl = train(corpus, tmp_path / "no-newline-pieces", newline_pieces=False)
    plain = SegmentEncoder(read_tokenizer(no_nl)[1])
    assert not plain.exact and plain.encode(texts) == plain.sp.encode(texts)


def test_newline_pieces_and_special_tokens_are_not_matched_in_text(tokenizer_dir):
    import sentencepiece as spm
    from transformers import AutoTokenizer

    manifest, model = read_tokenizer(tokenizer_dir)
    sp = spm.SentencePieceProcessor(model_proto=model)
    hf = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    nl, nlnl = sp.piece_to_id("\n"), sp.piece_to_id("\n\n")
    assert nl != sp.unk_id() and nlnl != sp.unk_id()
    assert sp.encode("a\n\nb\nc").count(nlnl) == 1 and sp.encode("a\n\nb\nc").count(nl) == 1
    t = manifest["tokenizer"]
    assert (t["unk_id"], t["bos_id"], t["eos_id"], t["pad_id"]) == (0, 1, 2, 3)
    assert t["special_tokens"] == {"<unk>": 0, "<s>": 1, "</s>": 2, "<pad>": 3}
    assert (hf.unk_token_id, hf.bos_token_id, hf.eos_token_id, hf.pad_token_id) == (0, 1, 2, 3)
    assert hf.convert_ids_to_tokens([0, 1, 2, 3]) == ["<unk>", "<s>", "</s>", "<pad>"]
    ids = hf.encode("end</s>", add_special_tokens=False)
    assert 2 not in ids and ids == sp.encode("end</s>")
    assert manifest["hf_parity"]["mismatches"] == 0 and manifest["hf_parity"]["documents"] > 0
    assert manifest["vocab_stats"]["by_type"]["byte"] == 256
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    assert not [p for p in pieces if re.search(r"\w[.,;!?]", p)]  # no word glued to sentence punctuation
    assert manifest["files"]["tokenizer.model"] == manifest["sha256"]
    for name in ("tokenizer.model", "tokenizer.vocab", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        assert (tokenizer_dir / name).is_file()


def test_same_corpus_and_settings_give_byte_identical_tokenizer_whatever_the_file_order(corpus, tmp_path):
    a = train(corpus, tmp_path / "a", num_threads=2)
    docs = fixture_docs()
    random.Random(1).shuffle(docs)
    reordered = make_corpus(tmp_path / "reordered", docs, rows_per_file=5)
    b = train(reordered, tmp_path / "b", num_threads=2)
    for name in ("tokenizer.model", "tokenizer.json", "tokenizer.vocab"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    c = train(corpus, tmp_path / "c", num_threads=2, seed=7, sample_sentences=40)
    assert (a / "tokenizer.model").read_bytes() != (c / "tokenizer.model").read_bytes()


def test_sample_is_bounded_seeded_and_excludes_held_out_documents(corpus):
    cfg = load_config(TokenizerTrainConfig, corpus=str(corpus), out="unused", val_fraction=0.3, seed=1, sample_sentences=25)
    sample, _, counts = sample_sentences(corpus, cfg)
    held_out = [d["text"] for d in fixture_docs() if split_of(d["id"], 0.3, 1) == "val"]
    assert len(sample) == 25 and counts["sentences"] > 25
    assert counts["documents_held_out"] == len(held_out) >= 1 and counts["documents"] + counts["documents_held_out"] == len(fixture_docs())
    assert sample == sample_sentences(corpus, cfg)[0]
    held_lines = {line for text in held_out for line in text.split("\n") if line.strip()}
    assert not held_lines & set(sample)
    again = load_config(TokenizerTrainConfig, corpus=str(corpus), out="unused", val_fraction=0.3, seed=1, sample_sentences=10_000,
                        weights={"kind:clinical": 2, "chemprot*": 0})
    weighted, _, _ = sample_sentences(corpus, again)
    full, _, _ = sample_sentences(corpus, load_config(TokenizerTrainConfig, corpus=str(corpus), out="unused", val_fraction=0.3, seed=1, sample_sentences=10_000))
    clinical_line = next(line for d in fixture_docs() if d["kind"] == "clinical" for line in d["text"].split("\n") if line.strip() and line in full)
    assert weighted.count(clinical_line) == 2 * full.count(clinical_line)
    pubmed_line = next(line for d in fixture_docs() if d["source"].startswith("chemprot") for line in d["text"].split("\n") if line in full)
    assert pubmed_line not in weighted


def test_abbreviations_and_terms_become_word_initial_pieces(tmp_path):
    import sentencepiece as spm
    from transformers import AutoTokenizer

    corpus = make_corpus(tmp_path / "corpus")
    (corpus / "abbreviations.json").write_text(json.dumps({
        "CT": {"computed tomography": 70}, "BP": {"blood pressure": 60, "bullous pemphigoid": 5}, "RARE": {"rare": 3}, "A B": {"x": 99},
    }))
    terms = tmp_path / "terms.txt"
    terms.write_text("# drug names\nmetformin\nhypertension\nnonexistentium\n")
    out = train(corpus, tmp_path / "tok", abbreviations=10, min_abbreviation_count=50, terms=str(terms), min_term_count=1)
    manifest, model = read_tokenizer(out)
    report = manifest["user_defined_symbols"]
    assert report["abbreviations"] == ["CT", "BP"]
    assert set(report["terms"]) <= {"metformin", "hypertension"} and report["terms"]
    sp = spm.SentencePieceProcessor(model_proto=model)
    hf = AutoTokenizer.from_pretrained(str(out))
    for word in ["CT", "BP", *report["terms"]]:
        text = f"The {word} was noted."
        ids = sp.encode(text)
        assert sp.piece_to_id("▁" + word) in ids
        assert hf.encode(text, add_special_tokens=False) == ids and hf.decode(ids) == text
    assert sp.piece_to_id("▁RARE") == sp.unk_id()


def test_bad_inputs_fail_with_clear_errors(tmp_path, corpus, capsys):
    bare = tmp_path / "bare"
    (bare / "data").mkdir(parents=True)
    with pytest.raises(MedlmError, match="no manifest.json"):
        train(bare, tmp_path / "x")
    out = train(corpus, tmp_path / "done")
    with pytest.raises(MedlmError, match="already there"):
        train(corpus, out)
    with pytest.raises(MedlmError, match="abbreviations.json"):
        train(corpus, tmp_path / "y", abbreviations=5)
    with pytest.raises(MedlmError, match="vocab_size"):
        train(corpus, tmp_path / "z", vocab_size=100)
    assert not (tmp_path / "y" / "manifest.json").exists()
    assert main(["tokenizer", "train", str(bare), "--out", str(tmp_path / "cli")]) == 2
    assert "medlm: error:" in capsys.readouterr().err
    with pytest.raises(MedlmError, match="failed|smaller"):
        train(make_corpus(tmp_path / "tiny", [{"id": "1", "text": "abc abc"}]), tmp_path / "t", vocab_size=5000)
