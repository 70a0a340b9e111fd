"""scispacy abbreviation step: detection, documents unchanged, partial lexicons and their merge; the fast paths
(bracket windows, pySBD only where its rules matter) give what scispacy's detector and pySBD give on whole texts."""

import csv
import json
import lzma
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from datatrove.data import Document

from medlm.config import load_config
from medlm.corpus.abbreviations import (
    AbbreviationsConfig,
    AbbreviationStep,
    _normalise_long,
    _plausible,
    abbreviations_in,
    build_nlp,
    count_sentences,
    merge_lexicons,
    paren_windows,
)
from medlm.errors import MedlmError

TEXT = (
    "Patients with chronic obstructive pulmonary disease (COPD) were enrolled. COPD was graded by spirometry. "
    "Serum brain natriuretic peptide (BNP) was measured at baseline.\n\n"
    "Dr. Smith reviewed the results, e.g. the BNP trend, with the team."
)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp("pysbd")


FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
TRICKY = [  # lines where pySBD's rules (abbreviations, lists, quotes, brackets, numbers) decide
    "Dr. Smith saw the pt. at 10 a.m. today. BP was 120/80. Plan: see Fig. 2. Follow up in 2 wks.",
    "1. Hypertension. 2. Diabetes mellitus, type 2. 3. Hyperlipidemia.",
    "Risk factors: a) smoking; b) obesity. The patient denies c) alcohol use.",
    'He said "I feel fine. No pain." Then he left. Vitamin D. levels were low (see Table 3. Results).',
    "Cells were lysed (Fig. 1A). (Data not shown.) The U.S. Food and Drug Administration approved it. " * 2,
    "Smith et al. showed it. Jones et al., 2009, did not. Values were 2.5 mg vs. 3.1 mg. The end",
    "Grade 3. Stage II. In 2009. The IL-2 level rose. -- See also. -- Done!  Really? Yes.",
    "The 5 ' end was cut. The 3 ' end was not. It's the patient's 'best' day. OK.",
    "Pregnancy ensued in 4 cases in group I. The 1. 5 mg dose was used. Vitamin D. Level (n = 12) and 13) rose.",
]


def _fixture_texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in lzma.open(FIXTURES / "ctgov.jsonl.xz", "rt", encoding="utf-8")]
    with open(FIXTURES / "mtsamples.csv", newline="", encoding="utf-8") as f:
        texts += [row["transcription"] for row in csv.DictReader(f)]
    root = ET.parse(FIXTURES / "medline_baseline.xml").getroot()
    texts += [" ".join("".join(a.itertext()) for a in art.iter("AbstractText")) for art in root.iter("Abstract")]
    return [t for t in texts if t.strip()]


def test_detects_long_forms(nlp):
    pairs, _ = abbreviations_in(nlp, TEXT)
    assert ("COPD", "chronic obstructive pulmonary disease") in pairs
    assert ("BNP", "brain natriuretic peptide") in pairs
    assert count_sentences(TEXT) == 4  # "Dr." and "e.g." do not end sentences


def test_fast_sentence_count_equals_pysbd_line_by_line():
    texts = _fixture_texts() + TRICKY
    assert len(texts) > 10
    for text in texts:
        assert count_sentences(text) == count_sentences(text, fast=False), text[:200]
    assert count_sentences("\n\n  \n") == 0 and count_sentences("No mark at all") == 1


def test_windows_find_what_scispacys_detector_finds_on_whole_texts(nlp):
    """The windowed, Matcher-free detection against scispacy's own AbbreviationDetector on the whole text."""
    import spacy
    from scispacy.abbreviation import AbbreviationDetector  # noqa: F401
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    reference = spacy.blank("en")
    reference.tokenizer = combined_rule_tokenizer(reference)
    reference.add_pipe("abbreviation_detector")
    far = "The patient was stable overnight and tolerated diet. " * 30
    texts = _fixture_texts() + [
        TEXT, far + TEXT + "\n" + far + "Acute kidney injury\n(AKI) resolved.",  # definition across a line break
        "(COPD) first. Then chronic obstructive pulmonary disease (COPD) and chronic obstructive lung disease (COPD).",
    ]
    found = 0
    for text in texts:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            doc = reference(text)
        expected = {(s.text, _normalise_long(s._.long_form.text)) for s in doc._.abbreviations
                    if _plausible(s.text, s._.long_form.text)}
        got, _ = abbreviations_in(nlp, text)
        assert got == sorted(expected), text[:200]
        found += len(got)
    assert found >= 10


def test_paren_windows_cover_only_bracket_surroundings():
    text = ("word " * 200) + "chronic obstructive pulmonary disease (COPD) " + ("word " * 200)
    (start, end), = paren_windows(text)
    assert text[start:end].startswith("chronic") or "chronic obstructive pulmonary disease (COPD)" in text[start:end]
    assert end - start < 150
    assert paren_windows("no brackets here") == [] and paren_windows("unclosed ( bracket") == []


def test_long_documents_are_processed_in_pieces(nlp):
    filler = "The patient was stable overnight and tolerated diet. " * 40
    text = filler + "\n\n" + TEXT + "\n\n" + filler
    pairs, _ = abbreviations_in(nlp, text, max_chars=1500)
    assert ("COPD", "chronic obstructive pulmonary disease") in pairs


def test_step_passes_documents_and_writes_partial_lexicon(tmp_path):
    docs = [
        Document(text=TEXT, id="a", metadata={"kind": "biomedical"}),
        Document(text="Acute kidney injury (AKI) resolved. Chronic obstructive pulmonary disease (COPD) stable.", id="b",
                 metadata={"kind": "clinical"}),
        Document(text="No abbreviations here.", id="c", metadata={"kind": "clinical"}),
    ]
    originals = [d.text for d in docs]
    step = AbbreviationStep(AbbreviationsConfig(sentences="spacy"), str(tmp_path))
    out = list(step.run(iter(docs), rank=2))
    assert [d.text for d in out] == originals
    assert out[0].metadata["abbreviations"] == 2 and out[2].metadata["abbreviations"] == 0
    assert out[1].metadata["sentences"] == 2
    partial = json.loads((tmp_path / "abbreviations/00002.json").read_text())
    assert partial["COPD"] == {"chronic obstructive pulmonary disease": 2}
    assert partial["AKI"] == {"acute kidney injury": 1}


def test_step_default_counts_pysbd_sentences_and_uses_windows(tmp_path):
    docs = [Document(text=t, id=str(i), metadata={"kind": "clinical"}) for i, t in enumerate([TEXT, *TRICKY])]
    out = list(AbbreviationStep(AbbreviationsConfig(), str(tmp_path)).run(iter(docs)))
    assert [d.metadata["sentences"] for d in out] == [count_sentences(t) for t in [TEXT, *TRICKY]]
    assert out[0].metadata["sentences"] == 4 and out[0].metadata["abbreviations"] == 2
    partial = json.loads((tmp_path / "abbreviations/00000.json").read_text())
    assert partial["COPD"] == {"chronic obstructive pulmonary disease": 1}


def test_step_respects_apply_to(tmp_path):
    docs = [Document(text=TEXT, id="a", metadata={"kind": "biomedical"})]
    step = AbbreviationStep(AbbreviationsConfig(apply_to="clinical", sentences="none"), str(tmp_path))
    out = list(step.run(iter(docs)))
    assert "abbreviations" not in out[0].metadata
    assert json.loads((tmp_path / "abbreviations/00000.json").read_text()) == {}


def test_merge_lexicons_sums_and_filters(tmp_path):
    a, b = tmp_path / "00000.json", tmp_path / "00001.json"
    a.write_text(json.dumps({"MS": {"multiple sclerosis": 3, "mitral stenosis": 1}, "AKI": {"acute kidney injury": 1}}))
    b.write_text(json.dumps({"MS": {"mitral stenosis": 1, "morphine sulfate": 1}}))
    merged = merge_lexicons([a, b])
    assert merged["MS"] == {"multiple sclerosis": 3, "mitral stenosis": 2, "morphine sulfate": 1}
    assert list(merged["MS"]) == ["multiple sclerosis", "mitral stenosis", "morphine sulfate"]  # by count
    assert merge_lexicons([a, b], min_count=2) == {"MS": {"multiple sclerosis": 3, "mitral stenosis": 2}}


def test_merge_reports_a_broken_partial(tmp_path):
    bad = tmp_path / "00000.json"
    bad.write_text("{not json")
    with pytest.raises(MedlmError, match="00000.json"):
        merge_lexicons([bad])


def test_config_validation():
    with pytest.raises(MedlmError, match="sentences"):
        load_config(AbbreviationsConfig, sentences="nltk")
