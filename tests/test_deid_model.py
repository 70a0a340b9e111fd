"""The de-identifier's statistical layer: tokens and BIO labels, a tiny CRF trained in seconds, tagging inside
`deidentify` (rules win overlaps), the trainer CLI, and errors a user can act on."""

import json
from pathlib import Path

import pytest

pycrfsuite = pytest.importorskip("pycrfsuite")

from medlm.cli import main  # noqa: E402
from medlm.corpus.deid import model as dm  # noqa: E402
from medlm.corpus.deid import DeidConfig, Deidentify, deidentify  # noqa: E402
from medlm.errors import MedlmError  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "deid" / "tiny_eval.jsonl"


def test_tokens_split_letters_digits_and_symbols():
    text = "MRN12345, Dr. O'Neil"
    assert [text[s:e] for s, e in dm.tokenize(text)] == ["MRN", "12345", ",", "Dr", ".", "O", "'", "Neil"]


def test_bio_labels_round_trip_to_spans():
    text = "Seen by Ana Silva on 3/4/2021 at Mercy."
    tokens = dm.tokenize(text)
    gold = [(8, 17, "NAME"), (21, 29, "DATE")]
    labels = dm._bio(tokens, gold)
    assert labels[2:4] == ["B-NAME", "I-NAME"] and labels[5:10] == ["B-DATE"] + ["I-DATE"] * 4
    assert dm.spans_from_labels(tokens, labels) == gold
    # two names side by side stay two spans; an I- of another type opens a new span
    assert dm.spans_from_labels(tokens[2:4], ["B-NAME", "B-NAME"]) == [(8, 11, "NAME"), (12, 17, "NAME")]
    assert dm.spans_from_labels(tokens[2:4], ["B-NAME", "I-DATE"]) == [(8, 11, "NAME"), (12, 17, "DATE")]


def test_features_carry_lists_line_label_and_rule_label():
    text = "Phone: 555-0134\nMaria reports pain"
    tokens = dm.tokenize(text)
    rules = dm._rule_labels(text, tokens, [(7, 15, "PHONE")])
    f = dm.features(text, tokens, rules, whitelist=frozenset({"reports", "pain"}))
    first_digits = f[2]
    assert "rule=B-PHONE" in first_digits and "lbl=phone" in first_digits and "nd=3" in first_digits
    maria = f[5]
    assert "in_first" in maria and "title" in maria and "pos=0" in maria and "-1w=<d>" in maria
    assert "whitelist" in f[6] and "whitelist" not in maria


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    notes = [(n, DeidConfig(model="off")) for n in dm.load_notes(FIXTURE)]
    summary = dm.train(notes, out, c1=0.05, max_iterations=60)
    assert summary["features"] > 100 and out.stat().st_size == summary["bytes"]
    return out


def test_tiny_model_tags_its_training_notes(tiny_model):
    tagger = dm.load_tagger(str(tiny_model))
    note = dm.load_notes(FIXTURE)[0]
    x, y = dm.note_sequence(note, DeidConfig(model="off"), None)
    predicted = tagger.tag(x)
    assert sum(p == g for p, g in zip(predicted, y)) / len(y) > 0.97


def test_model_spans_only_where_no_rule_span_is(tiny_model):
    text = "Patient Name: Maria Lopez\nDOB: 01/02/1950\nSeen by Zorbanek Quillfeather today."
    rules_only = deidentify(text, DeidConfig(model="off")).spans
    both = deidentify(text, DeidConfig(model=str(tiny_model))).spans
    # every rule span survives unchanged or merged into a larger span of its type: rules win overlaps
    for s, e, t, _ in rules_only:
        assert any(bs <= s and e <= be and bt == t for bs, be, bt, _ in both)
    tagger = dm.load_tagger(str(tiny_model))
    rule_spans = [(s, e, t) for s, e, t, _ in rules_only]
    for s, e, _ in dm.model_spans(text, rule_spans, tagger, None):
        assert not any(rs < e and s < re for rs, re, _ in rule_spans)


def test_model_layer_types_filter(tiny_model):
    text = "Patient Name: Maria Lopez\nDOB: 01/02/1950"
    res = deidentify(text, DeidConfig(model=str(tiny_model), types=["DATE"]))
    assert {t for _, _, t, _ in res.spans} == {"DATE"}


def test_bad_model_path_and_bad_file_are_errors(tmp_path):
    with pytest.raises(MedlmError, match="not found"):
        deidentify("Dr. Okafor", DeidConfig(model=str(tmp_path / "missing.crfsuite")))
    junk = tmp_path / "junk.crfsuite"
    junk.write_bytes(b"not a model at all")
    with pytest.raises(MedlmError, match="not a crfsuite model"):
        deidentify("Dr. Okafor", DeidConfig(model=str(junk)))
    with pytest.raises(MedlmError, match="not found"):  # the pipeline step fails before its first document
        list(Deidentify(DeidConfig(model=str(tmp_path / "missing.crfsuite")), str(tmp_path)).run(iter([])))


def test_bad_training_file_is_an_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x"}\n')
    with pytest.raises(MedlmError, match="not labelled JSONL"):
        dm.load_notes(bad)
    bad.write_text(json.dumps({"id": 1, "text": "Dr. Okafor", "spans": [[4, 10, "PERSON"]]}) + "\n")
    with pytest.raises(MedlmError, match="bad span"):
        dm.train([(n, DeidConfig(model="off")) for n in dm.load_notes(bad)], tmp_path / "m.crfsuite")


def test_cli_trains_a_model_that_deidentify_loads(tmp_path):
    out = tmp_path / "team.crfsuite"
    rc = main(["corpus", "deid-train", str(FIXTURE), "--out", str(out), "--max-iterations", "20",
               "--unknown-words", "off"])
    assert rc in (0, None) and out.is_file()
    res = deidentify("Patient Name: Maria Lopez", DeidConfig(model=str(out), unknown_words="off"))
    assert any(t == "NAME" for _, _, t, _ in res.spans)
    assert main(["corpus", "deid-train", str(tmp_path / "nope.jsonl"), "--out", str(out)]) == 2


def test_auto_uses_the_shipped_model_and_warns_once_without_crfsuite(monkeypatch):
    from medlm.corpus.deid import lists as deid

    deid._crf.cache_clear()
    assert deid._crf("auto") is not None  # the shipped model loads (python-crfsuite is installed here)
    assert deid._crf("off") is None
    real = deid.importlib.util.find_spec
    monkeypatch.setattr(deid.importlib.util, "find_spec", lambda name, *a: None if name == "pycrfsuite" else real(name, *a))
    deid._crf.cache_clear()
    try:
        with pytest.warns(UserWarning, match="python-crfsuite is not installed"):
            assert deid._crf("auto") is None
        text = "Seen by Dr. Okafor on 01/02/2020."
        assert deidentify(text, DeidConfig(model="auto")).spans == deidentify(text, DeidConfig(model="off")).spans
    finally:
        deid._crf.cache_clear()


def test_proposals_pass_the_not_a_name_guards():
    assert not dm._plausible("Dr. X was called", 4, 5, "NAME", None)  # no piece of 2+ letters
    assert not dm._plausible("From: Doctor Leyva", 6, 12, "NAME", None)  # a stop word
    assert not dm._plausible("a Jackson-Pratt drain", 2, 15, "NAME", None)  # an eponym before its device noun
    assert dm._plausible("Wife Oluwaseun at bedside", 5, 14, "NAME", frozenset({"wife", "at", "bedside"}))
    assert dm._plausible("Lic. 036.147822", 5, 15, "ID", None)
