"""Per-document corpus steps: normalisation, quality filter, language filter — behaviour and reasons."""

from __future__ import annotations

import pytest
from datatrove.data import Document

from medlm.config import from_dict
from medlm.corpus.language import LanguageConfig, LanguageFilter, detect, detect_many
from medlm.corpus.normalize import Normalize, NormalizeConfig, looks_mojibaked, normalize_text
from medlm.corpus.quality import QualityChecker, QualityConfig, QualityFilter, char_stats
from medlm.errors import MedlmError

CLEAN = "The patient’s temperature was 38°C; dose 5 µg/kg of β-blocker, SpO₂ ≥ 95% ± 2, café au lait spots."

VITALS_NOTE = """CHIEF COMPLAINT: Chest pain.
HISTORY OF PRESENT ILLNESS: 67 y/o M w/ hx of HTN, DM2, CAD s/p CABG x3 (2015) presents with substernal chest pain x 2 hrs.
VITAL SIGNS: T 98.6 F, HR 88, BP 142/91, RR 18, SpO2 97% on RA.
Wt 82 kg. Ht 175 cm. BMI 26.8.
LABS: Na 138, K 4.1, Cl 101, HCO3 24, BUN 18, Cr 1.1, Glu 162.
Troponin I 0.04 -> 0.09 ng/mL. BNP 210 pg/mL.
WBC 9.2, Hgb 13.1, Plt 245.
ECG: NSR 84, 1 mm ST depression V4-V6.
MEDICATIONS: ASA 81 mg PO daily, metoprolol 25 mg PO BID, atorvastatin 80 mg PO QHS, metformin 500 mg PO BID.
ASSESSMENT AND PLAN:
1. NSTEMI: heparin gtt, cardiology consult, serial troponins q6h.
2. HTN: continue metoprolol.
3. DM2: hold metformin, SSI.
"""

ABSTRACT = (
    "BACKGROUND: In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a fast-acting "
    "beta2-agonist may be an alternative to conventional maintenance therapy. METHODS: We conducted a 52-week, "
    "double-blind trial involving patients 12 years of age or older with mild asthma. RESULTS: A total of 3849 "
    "patients underwent randomization. CONCLUSIONS: In patients with mild asthma, as-needed budesonide-formoterol "
    "provided superior asthma-symptom control to as-needed terbutaline."
)


# ---------------------------------------------------------------- normalize


def test_units_and_greek_letters_survive_normalisation():
    cfg = NormalizeConfig()
    assert normalize_text(CLEAN, cfg) == CLEAN
    # NFKC would rewrite these; NFC must not
    kept = "m² 10⁹/L ½ tablet 37 ℃ 5 µg 5 μg β α ± ° ≥ ≤"
    assert normalize_text(kept, cfg) == kept
    assert normalize_text("e\u0301", cfg) == "\u00e9"  # NFC composes accents


def test_mojibake_is_repaired_only_where_it_looks_broken(monkeypatch):
    broken = CLEAN.encode("utf-8").decode("cp1252", errors="replace")
    assert "Âµg" in broken and "Î²" in broken
    assert looks_mojibaked(broken) and not looks_mojibaked(CLEAN) and not looks_mojibaked("plain ascii")
    assert normalize_text(broken, NormalizeConfig()) == CLEAN
    assert normalize_text(broken, NormalizeConfig(fix_mojibake=False)) == broken

    import ftfy

    def fail(*a, **k):
        raise AssertionError("ftfy called on clean text")

    monkeypatch.setattr(ftfy, "fix_text", fail)
    normalize_text(CLEAN, NormalizeConfig())
    normalize_text(VITALS_NOTE, NormalizeConfig())


def test_whitespace_invisible_characters_and_ligatures():
    raw = "\ufeffPatient\u00a0is  stable.\t\tNo\u200b fever.  \r\n\r\n\r\n\r\nThe \ufb01brosis is in\u00adtact.   \n"
    assert normalize_text(raw, NormalizeConfig()) == "Patient is stable. No fever.\n\nThe fibrosis is intact."
    assert normalize_text("Dose 5 µg", NormalizeConfig(micro_sign="greek_mu")) == "Dose 5 μg"
    assert normalize_text("CASE Kept", NormalizeConfig()) == "CASE Kept"


def test_normalize_step_rewrites_and_never_drops():
    step = Normalize(NormalizeConfig(), work_dir="unused")
    docs = [Document(text="a  b", id="1"), Document(text="   ", id="2"), Document(text=CLEAN, id="3")]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["1", "2", "3"]
    assert [d.text for d in out] == ["a b", "", CLEAN]


# ---------------------------------------------------------------- quality


def check(text: str, **cfg):
    return QualityChecker(QualityConfig(**cfg)).check(text)


def test_clinical_note_with_vitals_and_abstract_survive():
    for text in (VITALS_NOTE, ABSTRACT):
        result = check(text)
        assert result.keep, result.reason


def test_repetitive_document_is_dropped_with_reason():
    loop = "Please see the attached discharge instructions for this patient.\n" * 30
    assert check(loop).reason == "dup_lines"
    spam = " ".join(["buy cheap pills online now"] * 80)
    assert check(spam).reason in {"top_2gram", "top_3gram", "top_4gram"}
    # a long sentence repeated many times, inside ordinary text, on one line
    body = ABSTRACT + " " + " ".join([f"The {w} study group received the investigational inhaled combination therapy twice daily." for w in ["first"] * 25])
    assert check(body).reason is not None and check(body).reason.startswith(("dup_", "top_"))


def test_length_digit_symbol_and_alpha_reasons():
    assert check("Patient stable.").reason == "too_short"
    assert check(ABSTRACT, max_words=20).reason == "too_long"
    table = "\n".join(" ".join(str(1000 + i * j) for j in range(12)) for i in range(10))
    assert check(table).reason in {"digit_ratio", "few_alpha_words"}
    assert check(table, min_alpha_word_fraction=0.0).reason == "digit_ratio"
    family = "Mother died of MI, age 70. Father died of prostate cancer, age 80. Brother died of CAD and prostate cancer, age 74."
    assert check(family, min_words=5).keep  # short texts are not judged by n-gram repetition
    symbols = " ".join(["@@@ ### $$$ ^^^ {{{ }}} |||"] * 10) + " some words here"
    assert check(symbols, max_top_ngram_chars={}, max_dup_ngram_chars={}).reason == "symbol_ratio"
    ids = " ".join(f"{i}-{i * 7}" for i in range(40)) + " patient"
    assert check(ids, max_digit_fraction=1.0).reason == "few_alpha_words"
    assert check(" ".join(["pneumonoultramicroscopicsilicovolcanoconiosis"] * 30), max_top_ngram_chars={}, max_dup_ngram_chars={}).reason == "long_words"


def test_boilerplate_lines_removed_or_document_dropped():
    text = ABSTRACT + "\nCopyright © 2019 Massachusetts Medical Society. All rights reserved.\nClick here to download PDF"
    doc = Document(text=text, id="1")
    assert QualityFilter(QualityConfig(), "w").filter(doc) is True
    assert doc.text == ABSTRACT and doc.metadata["boilerplate_lines_removed"] == 2
    page = "Privacy policy\nTerms of use\nContact us\nSite map\nClick here to subscribe\n" + "Short text about asthma inhalers."
    assert QualityFilter(QualityConfig(), "w").filter(Document(text=page, id="2")) == (False, "boilerplate")


def test_char_stats_counts_like_str_split():
    text = "BP 120/80, HR 72 — µg ≥ 5; ## @@ ^^ 12 abc"
    words, nonspace, digits, symbols, no_alpha = char_stats(text)
    assert words == len(text.split()) and nonspace == sum(map(len, text.split()))
    assert digits == sum(c.isdigit() for c in text)
    assert symbols == 4  # '@', '@', '^', '^' ('#' is common in notes: "#1 pneumonia")
    assert no_alpha == sum(1 for w in text.split() if not any(c.isalpha() for c in w))


def test_quality_config_from_recipe_and_bad_regex():
    cfg = from_dict(QualityConfig, {"min_words": 5, "max_top_ngram_chars": {2: 0.5}})
    assert cfg.max_top_ngram_chars == {2: 0.5}
    with pytest.raises(MedlmError, match="bad regex"):
        from_dict(QualityConfig, {"boilerplate_patterns": ["(unclosed"]})


# ---------------------------------------------------------------- language


def lang(text: str, **cfg):
    doc = Document(text=text, id="x")
    return LanguageFilter(LanguageConfig(**cfg), "w").filter(doc), doc.metadata


def test_english_kept_foreign_dropped():
    assert lang(ABSTRACT)[0] is True
    german = ("Der Patient wurde mit Verdacht auf Herzinfarkt in die Klinik eingeliefert. Die Untersuchung ergab "
              "einen erhöhten Troponinwert, was auf eine Schädigung des Herzmuskels hindeutet. Er will nach Hause.")
    result, meta = lang(german)
    assert result == (False, "non_english") and meta["detected_language"] == "de"
    french = "Le patient présente une douleur thoracique depuis deux jours. Il a été admis aux urgences pour une évaluation."
    assert lang(french)[0] == (False, "non_english")
    assert lang(french, keep=["fr"])[0] is True
    assert lang(ABSTRACT, keep=["de"])[0] == (False, "language_not_kept")


def test_clinical_shorthand_and_terminology_are_not_dropped():
    shorthand = "Pt w/ hx HTN, DM2, CAD s/p CABG x3. c/o SOB, DOE. Rx: ASA 81mg qd. BP 128/76 HR 72 RR 16 SpO2 98% RA. NAD. RRR. CTAB."
    result, meta = lang(shorthand)
    assert result is True and meta["detected_language"] == "und"
    assert lang(VITALS_NOTE)[0] is True
    icd = ("C51 Malignant neoplasm of vulva. Excludes1: carcinoma in situ of vulva (D07.1). C51.0 Malignant neoplasm "
           "of labium majus. Malignant neoplasm of Bartholin gland. C51.1 Malignant neoplasm of labium minus. "
           "C51.2 Malignant neoplasm of clitoris. C51.8 Malignant neoplasm of overlapping sites of vulva.")
    assert lang(icd)[0] is True


def test_quality_step_runs_in_batches_through_datatrove():
    step = QualityFilter(QualityConfig(batch_size=2), "w")
    docs = [Document(text=VITALS_NOTE, id="a"), Document(text="Too short.", id="b"),
            Document(text=ABSTRACT + "\nAll rights reserved.", id="c")]
    kept = list(step.run(iter(docs)))
    assert [d.id for d in kept] == ["a", "c"] and kept[1].text == ABSTRACT
    assert [r.reason for r in QualityChecker(QualityConfig()).check_many([d.text for d in docs])] == [None, "too_short", None]


def test_batched_prose_counts_decide_like_the_regex():
    german = "Der Patient wurde mit Verdacht auf Herzinfarkt in die Klinik eingeliefert. Die Untersuchung ergab nichts."
    texts = [ABSTRACT, VITALS_NOTE, german, CLEAN, "", "Pt w/ hx HTN s/p CABG. c/o SOB and/or DOE.",
             "ΑΒΓ naïve café İstanbul 𝑥𝑦𝑧 word/word THE The the µg ½ x_y abc_def Ünïcode " * 20,
             "12 34 56 " * 900 + ABSTRACT,  # prose only after detect()'s window
             "x" * 5995 + " " + ABSTRACT,  # a word cut at the window's end
             german + " " + ABSTRACT * 3]
    for cfg in (LanguageConfig(), LanguageConfig(sample_chars=100)):
        for fast in (True, False):
            assert detect_many(texts, cfg, fast) == [detect(t, cfg, fast) for t in texts]


def test_quality_batch_results_equal_one_document_at_a_time():
    loop = "Please see the attached discharge instructions for this patient.\n" * 30
    spam = " ".join(["buy cheap pills online now"] * 80)
    # the same abstract twice in a batch: repeats across documents must not count
    thrice = " ".join([ABSTRACT] * 3)
    texts = [VITALS_NOTE, ABSTRACT, ABSTRACT, ABSTRACT, spam, loop, "Too short.", "", thrice, "🙂 " * 40 + ABSTRACT]
    checker = QualityChecker(QualityConfig())
    reasons = [r.reason for r in checker.check_many(texts)]
    assert reasons == [checker.check(t).reason for t in texts]
    assert reasons[1:4] == [None] * 3 and reasons[8] == "dup_5gram"


def test_repeats_in_one_document_never_count_for_another():
    # "Version" and "version" differ by one bit in their first character, documents 2 and 34 in one bit of
    # their index: the batch's n-gram keys must still keep them apart
    words = ["patient", "case", "study", "trial", "drug", "dose", "note", "form"]
    docs = [f"Note {i}. " + ABSTRACT for i in range(40)]
    docs[2] += " " + " ".join(f"{w} Version and" for w in words)
    docs[34] += (" " + " ".join(f"{w} version" for w in words)) * 30
    checker = QualityChecker(QualityConfig())
    reasons = [r.reason for r in checker.check_many(docs)]
    assert reasons[2] is None and reasons[34] is not None
    assert reasons == [checker.check(t).reason for t in docs]


def test_batches_end_at_batch_size_or_about_batch_chars():
    step = QualityFilter(QualityConfig(batch_size=3), "w")
    step.batch_chars = 1000  # ABSTRACT has 491 characters, VITALS_NOTE 679
    sizes = []
    check_batch = step.filter_batch
    step.filter_batch = lambda batch: sizes.append(len(batch)) or check_batch(batch)
    docs = [Document(text=ABSTRACT, id=f"a{i}") for i in range(3)] + [Document(text="word " * 400, id="long")]
    docs += [Document(text=VITALS_NOTE, id=f"v{i}") for i in range(2)] + [Document(text="short", id="s")]
    kept = [d.id for d in step.run(iter(docs))]
    assert sizes == [3, 1, 2, 1] and kept == ["a0", "a1", "a2", "v0", "v1"]
