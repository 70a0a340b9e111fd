"""scispacy abbreviation step: detection, documents unchanged, partial lexicons and their merge."""

import json

import pytest
from datatrove.data import Document

from medlm.config import load_config
from medlm.corpus.abbreviations import (
    AbbreviationsConfig,
    AbbreviationStep,
    abbreviations_in,
    build_nlp,
    merge_lexicons,
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


def test_detects_long_forms(nlp):
    pairs, n_sents = abbreviations_in(nlp, TEXT)
    assert ("COPD", "chronic obstructive pulmonary disease") in pairs
    assert ("BNP", "brain natriuretic peptide") in pairs
    assert n_sents == 4  # "Dr." and "e.g." do not end sentences


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
