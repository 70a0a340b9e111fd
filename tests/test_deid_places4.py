"""Facilities in the de-identifier, round 4: places of care named only by what happened there (a care event
before at/to/from), names with a middle initial. Examples are written for these tests; none is taken from the
evaluation sets."""

import pytest

from tests.deid_support import typed


@pytest.mark.parametrize("text, facility", [
    ("Culture swab sent to Harwick Pathology Partners on Tuesday.", "Harwick Pathology Partners"),
    ("Knee surgery in March at Tillingham Ortho, uneventful.", "Tillingham Ortho"),
    ("She was seen the next morning at Corvalle Mercy Emergency Department.", "Corvalle Mercy"),
    ("Outpatient dialysis at Brenmoor Kidney Partners - North Side thrice weekly.", "Brenmoor Kidney Partners - North Side"),
    ("Pt stays at Lantern Pines shelter most nights.", "Lantern Pines"),
    ("Referred to Ostrava Family Counselling for grief work.", "Ostrava Family Counselling"),
])
def test_places_of_care_named_by_a_care_event(text, facility):
    assert facility in typed(text, "FACILITY")


@pytest.mark.parametrize("text", [
    "Patient was transferred to Postanesthesia Care Unit in good condition.",
    "She was referred to Physical Therapy and Social Work.",
    "Admitted to Medicine Service overnight.",
    "Endo referral to Marisol Ferreira NP next month.",
    "Seen at Thanksgiving by her son.",
    "He was born in rural Ohio but moved to the United States later.",
    "Report sent to PCP Dr. Okafor by fax.",
    "He returned from Tucson last week.",
])
def test_no_place_of_care_after_a_care_event(text):
    assert typed(text, "FACILITY") == []


def test_a_middle_initial_inside_a_facility_name():
    text = "Labs drawn last week at the Harold T. Brinsley Memorial Hospital lab."
    assert "Harold T. Brinsley Memorial Hospital" in typed(text, "FACILITY")


def test_ocr_digits_inside_facility_words():
    text = ("FAX RECEIVED 1O/O4/2O26 O9:12  PAGE 1\n"
            "Brook1ands Fami1y Med1cal Centre\n"
            "Referra1 t0: Wi11owdene Hosp1tal - Card1ology\n")
    found = " ".join(typed(text, "FACILITY"))
    assert "Brook1ands Fami1y Med1cal Centre" in found and "Wi11owdene Hosp1tal" in found


def test_ocr_reading_keeps_words_with_a_digit_inside():
    from medlm.corpus.deid import _ocr_fixed
    fixed = _ocr_fixed("Seen 2O25-O3-11 at 1O:3O. Mapl3 Rad1ology, Capit0l Hi1l Fami1y D0ct0rs, 1OOO mg")
    assert "Radiology" in fixed and "Capitol Hill Family Doctors" in fixed and "1000 mg" in fixed


def test_lower_case_facilities_after_a_dash_bracket_or_line_start():
    text = ("brightwater family dental - recall visit\n"
            "pt: ross, ellie   referred by: dr khan (northgate primary care)\n"
            "hx per records - dunmore pharmacy, mill st. prior workup at glenbrae hospital dunedin.\n"
            "care aide from tyndrum homecare visits daily. seen at the cardiology clinic. f/u at this clinic.\n")
    found = typed(text, "FACILITY")
    assert set(found) >= {"brightwater family dental", "northgate primary care", "dunmore pharmacy",
                          "glenbrae hospital dunedin", "tyndrum homecare"}, found
    assert not any("cardiology" in f or "this" in f for f in found)


def test_every_mention_of_a_found_facility_name():
    text = "Culture sent to Harwick Pathology Partners today. Harwick Pathology Partners will phone the result."
    assert typed(text, "FACILITY") == ["Harwick Pathology Partners", "Harwick Pathology Partners"]


def test_one_word_after_from_is_no_facility_nor_repeated():
    text = "Transferred from Kayenta overnight. Her sister drove up from Kayenta too."
    assert typed(text, "FACILITY") == []
