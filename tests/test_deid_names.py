"""De-identification of person names: the classes of how clinicians write names (initials, roles, handover
lists, staff initials, case and nickname variants) and the words that look like names but are not."""

import importlib.util

import pytest

from medlm.corpus.deid import DeidConfig, deidentify
from tests.deid_support import names

PHILTER = importlib.util.find_spec("philter_ucsf") is not None
needs_philter = pytest.mark.skipif(not PHILTER, reason="philter-ucsf (unknown-word whitelist) not installed")
OFF = DeidConfig(unknown_words="off")


def removed(text, who, cfg=None):
    """Every letter of `who` lies inside a [NAME] span (each occurrence)."""
    spans = [(s, e) for s, e, typ, _ in deidentify(text, cfg).spans if typ == "NAME"]
    start = text.find(who)
    assert start >= 0, who
    while start >= 0:
        if not any(s <= start and start + len(who) <= e for s, e in spans):
            return False
        start = text.find(who, start + 1)
    return True


@pytest.mark.parametrize(
    "text, who",
    [
        ("Admitted under medicine.\nT. Fairweather (AMU reg) 03.04.27\n", "T. Fairweather"),
        ("Discharge summary reviewed.\nK. Lindgren MD\n", "K. Lindgren"),
        ("Access confirmed appropriate.\nG. Oyelowo, Information Governance Officer\n", "G. Oyelowo"),
        ("Request fulfilled and closed by P. Szymanski 02/03/2027.", "P. Szymanski"),
        ("Crew: D. Haverford (P1) / L. Ng (P2), arrived 14:02.", "D. Haverford"),
        ("Report to J.R. Mbeki, then back to ward.", "J.R. Mbeki"),
    ],
)
def test_initial_and_surname(text, who):
    assert removed(text, who)


@pytest.mark.parametrize(
    "text",
    [
        "Urine culture grew E. coli, sensitive to nitrofurantoin.",
        "Wound swab: S. aureus (MSSA). C. diff toxin negative.",
        "Completed the hepatitis B. Continue routine care.",
        "He served in the U.S. Coast Guard for ten years.",
        "Given vitamin D. Plan to recheck levels.",
    ],
)
def test_initial_before_word_is_not_a_name(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text, who",
    [
        ("Bloods taken by HCA Precious Nkemelu at 06:10.", "Precious Nkemelu"),
        ("Discussed with FY1 Aarav Deshmukh and the medical SpR.", "Aarav Deshmukh"),
        ("Assessment by AMHP Lorna Kilbride; section 2 applied.", "Lorna Kilbride"),
        ("Consent taken by CRC Tobias Wenger for the registry study.", "Tobias Wenger"),
        ("Requester: Harriet Oyelaran, paralegal\nRecords: 2019-2026", "Harriet Oyelaran"),
        ("Bed manager informed; staff nurse Ifeoma Chukwu aware.", "Ifeoma Chukwu"),
        ("Handover given to nurse in charge Beatriz Saldanha.", "Beatriz Saldanha"),
        ("Both Whitlock (RN) and Prentiss (RN) attended the code.", "Prentiss"),
        ("Case discussed at MDT (Drs Kowalski and Abernethy agree).", "Abernethy"),
        ("Case discussed at MDT (Drs Kowalski, Ferreira and Abernethy).", "Ferreira"),
        ('She said "his name was Gideon", met at the bar.', "Gideon"),
    ],
)
def test_role_and_label_cues(text, who):
    assert removed(text, who)


def test_handover_list_surname_before_age_sex():
    text = ("Ward 7 night handover\n 2 Adeyemi 68M - CAP, on IV co-amox.\n 3 Szabo 52/F - DKA resolving.\n"
            " 5 Lindqvist, 19 F - overdose, psych r/v.\nAdeyemi's sats stable overnight.")
    for who in ("Adeyemi", "Szabo", "Lindqvist"):
        assert removed(text, who), who


def test_age_sex_needs_a_name_word():
    assert names("Plan 45F follow-up; Bed 12 71M stable.") == []


def test_staff_initials_tied_to_a_name_are_replaced_everywhere():
    text = ("Lab on-call log. BMS on duty: Ngozi Achterberg (NA)\n"
            "02:10 K+ 6.9 phoned to ward, read back. - NA\n04:30 Hb 61 phoned, read back. - NA\n")
    out = deidentify(text).text
    assert "NA" not in out.replace("[NAME]", "")
    table = "Sig key: TRW = Tamsin R. Woolley, RN\n0800 | 120/70 | TRW\n1200 | 118/72 | TRW\n"
    assert "TRW" not in deidentify(table).text


def test_handover_initials_and_typist():
    out = deidentify("Surgical handover Mon 07:45 - PK to LM\nBay 2 quiet.").text
    assert "PK" not in out and "LM" not in out
    out = deidentify("Dictated 03/05/2027, typed rb/sj.\n").text
    assert "rb/" not in out and "/sj" not in out
    assert names("Handover: transfer ED to ICU at 10:00.") == []


def test_case_variants_and_nicknames():
    text = "Sample 441, OKAFOR, Grace, ward 5.\nComment: Okafor result phoned."
    assert removed(text, "Okafor") and removed(text, "OKAFOR")
    assert removed("Result for McPHERSON, Iain, ED majors.", "McPHERSON, Iain")
    text = 'Pt Jolene Ashworth ("Jo-Jo"), 24F. Later Jo-Jo asked for water.'
    assert removed(text, "Jolene Ashworth")
    text = 'Pt Marisol Quintero ("Mari"), 31F, on the ward.'
    assert removed(text, "Mari") and removed(text, "Marisol Quintero")
    text = 'Nurse note: "visited by sister rosalind - pt settled. asked that rosalind come back"'
    assert removed(text, "rosalind")


def test_common_word_surname_recurs_before_a_person_verb():
    text = "Coordinator: Dana Summers\nSummers says the offer is pending."
    assert removed(text, "Summers")
    text = "Transplant coordinator Paula Hope called. Hope says crossmatch is due. There is hope of recovery."
    out = deidentify(text).text
    assert "Hope says" not in out and "hope of recovery" in out


@needs_philter
@pytest.mark.parametrize(
    "text, word",
    [
        ("Whānau present at bedside; karakia before theatre.", "Whānau"),
        ("Neighbour reported shouting at night.", "Neighbour"),
        ("Nil FHx of bowel cancer.", "Nil"),
        ("Address: 14, 2nd Cross, Rajaji Nagar, Bengaluru 560010", "Rajaji"),
        ("Farmer, heavy UV exposure, Fitzpatrick III skin.", "Fitzpatrick"),
    ],
)
def test_non_us_words_are_not_names(text, word):
    assert word not in " ".join(names(text))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Sodium 131, Mg 0.6, K 3.1. Inpatient on Kingsley Ward (Surgical).", "Kingsley"),
        ("Lives in Flat 3, Preston House, Mill Road.", "Preston"),
        ("Letter from Hartley Barnes Injury Law LLP re: records.", "Hartley"),
        ("Seen by SALT - level 5 diet.", "SALT"),
        ("Device: Medtronic Azure XT DR MRI SureScan, checked.", "MRI"),
    ],
)
def test_wards_buildings_firms_acronyms_are_not_names(text, word):
    assert word not in " ".join(names(text))


def test_classes_without_the_whitelist():
    """Cue-based classes work without philter-ucsf (listed surnames)."""
    assert removed("Closed by J. Torres 11/12.", "J. Torres", OFF)
    assert removed(" 1 Morales 71M - cellulitis", "Morales", OFF)


@pytest.mark.parametrize(
    "text, who",
    [
        ("Mum - Chantelle, at the cot side.", "Chantelle"),
        ("Dad: Ruairi (on phone)", "Ruairi"),
        ("Seen with nan Maureen and stepdad Lyle.", "Lyle"),
        ("Sr Adeyemi (ward sister) aware of the plan.", "Adeyemi"),
        ("Sgt Kowalczyk (police) accompanied the patient.", "Kowalczyk"),
        ("Magdalena (OT) to arrange a home visit.", "Magdalena"),
        ("Bed 9 - Fa'alogo, Sina 61F - cellulitis", "Sina"),
    ],
)
def test_relatives_titles_and_roles_more_forms(text, who):
    assert removed(text, who)


@needs_philter
def test_english_word_after_a_role_is_not_a_name():
    assert names("Copy: Mr O. Fashola, Consultant Urologist") == ["O. Fashola"]
    assert names("Referred to Smokefree Pregnancy service.") == []


@pytest.mark.parametrize(
    "text, who",
    [
        ('Pt\'s friend "Dee" visited twice.', "Dee"),
        ('Threatening texts from "marco" (ex) reported to police.', "marco"),
        ("Smt. Kavitha Raghavan attended with her son.", "Kavitha Raghavan"),
        ("Interpreter from LanguageLine, Oksana, via phone.", "Oksana"),
        ("Advocate from the Rape Crisis Centre, Brianna, present.", "Brianna"),
    ],
)
def test_quoted_honorific_and_role_from_org(text, who):
    assert removed(text, who)


def test_login_after_user_is_an_id():
    spans = {orig: typ for _, _, typ, orig in deidentify("10/28 22:14 user mjohnson4 opened the chart").spans}
    assert spans.get("mjohnson4") == "ID"
    spans = {orig: typ for _, _, typ, orig in deidentify("Order printed by mjohnson4 at 06:10").spans}
    assert spans.get("mjohnson4") == "ID"  # a login built from a name is the account too (held-out 4-8)


def test_not_titles():
    assert names("He travelled to Sri Lanka last year. Started baby aspirin; Baby Shampoo for cradle cap.") == []


@needs_philter
def test_unknown_word_after_at_is_a_place_of_care():
    spans = {orig: typ for _, _, typ, orig in deidentify("Originally seen at Mercy urgent care on 11/20.").spans}
    assert spans.get("Mercy") == "FACILITY"
    spans = {orig: typ for _, _, typ, orig in deidentify("Referred by St. Alphonsus palliative team.").spans}
    assert spans.get("St. Alphonsus") == "FACILITY"


def test_not_names_from_lists():
    assert names("Flat 2, Lyme Street, Camden, London NW1 0SE") == []
    assert names("Chole 2009 at Princess Alexandra.") == []
    assert "SANE-A" not in names("Exam by Maria Ochoa, RN, SANE-A")


@pytest.mark.parametrize(
    "text, who",
    [
        ("Told Marisol that the scan was normal.", "Marisol"),
        ("Rang Oyinkansola to confirm the appointment.", "Oyinkansola"),
        ("Chaperone: Keeley (HCA)", "Keeley"),
        ("Psychologist Anneke Verhoeven to follow up.", "Anneke Verhoeven"),
        ("Dose checked by Ngozi.", "Ngozi"),
        ("Team: Dr A Patel (cons), Siobhan (FY1)", "Siobhan"),
    ],
)
def test_object_verbs_and_more_roles(text, who):
    assert removed(text, who)


@needs_philter
def test_verbs_before_words_and_services_are_not_names():
    assert names("Updated Epic with the allergy. Paged Neurology re: seizure. Phoned Boots pharmacy.") == []
    assert names("Updated Cerner. Seen by SHO overnight; reviewed by TVN.") == []
    assert names("Key safe code given by RACF staff. Seen by ENT team.") == []


def test_lower_case_sign_out_and_caps_reports():
    text = ("night sign out 0700 -- adeyemi to lindqvist\nrm 4: ferreira-santos, joao 71m cap day 2, afebrile.\n"
            "rm 6: seen w/ dr ng, plan for discharge. dictated for maeve o'halloran today.\n")
    for who in ("adeyemi", "lindqvist", "o'halloran"):
        assert removed(text, who), who
    text = "REPORT GIVEN BY JOANNE MERCER RN TO DAVID PRICE RN AT 0700."
    assert removed(text, "JOANNE MERCER") and removed(text, "DAVID PRICE")


def test_relative_word_alone_is_not_a_name():
    assert names("Notes: Niece reports she also takes a water pill.") == []


def test_genes_and_medical_acronyms_are_not_names():
    text = ("Mutations in the SYNE1 gene cause ARCA1; a second gene, named LEMD3, is also involved. "
            "CNS Germinomas are the most common type. Contact a Family - Gene Review.")
    assert names(text) == []


def test_abbreviations_and_towns_are_not_initials_or_places_of_care():
    text = "The U.S. Congress and the U.K. Biobank; updated Daily Values."
    assert names(text) == []
    assert "FACILITY" not in {typ for _, _, typ, _ in deidentify("Moved to St. Paul, MN last year.").spans}


def test_lower_case_relative_in_brackets_and_first_name_before_a_verb():
    assert removed("Pt tearful; mum (tracey) rang twice.", "tracey")
    text = "Hope Nakashima, SW, met with family. Hope advised about respite options. There is hope."
    out = deidentify(text).text
    assert "Hope advised" not in out and "There is hope" in out


@needs_philter
def test_abbreviation_roles_need_a_personal_word():
    assert names("SN Scale applied. PC Monitor in room. Matron Rounds at 10. Ex Smoker.") == []
    text = "Spoke to SN Oluwaseun Adebayo; PC Hughes attended; Matron Kelly aware."
    for who in ("Oluwaseun Adebayo", "Hughes", "Kelly"):
        assert removed(text, who), who


def test_frequent_first_name_before_a_person_verb():
    out = deidentify("Summer asks about hospice. Grace agreed to the plan. There is hope. Per report, stable.").text
    assert "Summer asks" not in out and "Grace agreed" not in out
    assert "There is hope" in out and "Per report" in out


def test_lower_case_o_clock_and_short_words():
    text = "[patient] i woke up about two o'clock .\n[doctor] hi , doc .\n[patient] no , doc . thanks"
    found = names(text)
    assert "o'clock" not in found and found.count("doc") <= 1  # "hi , doc" is a greeting cue; no repeats


def test_specialty_words_are_not_names_without_the_whitelist():
    assert names("Medication was prescribed by Obstetrician-Gynecologist A. on 1/10.", OFF) == []


@pytest.mark.parametrize("text, who", [("Gareth Pryce-Jones MRCP", "Gareth Pryce-Jones"),
                                       ("Signed: Hamish Aldous-Whyte, FRCS", "Hamish Aldous-Whyte"),
                                       ("Tamsin Okeke RMN", "Tamsin Okeke")])
def test_commonwealth_credentials(text, who):
    assert removed(text, who)


def test_title_without_space_and_slash_joined_names():
    text = "Seen by Dr.Okafor and Mrs.Lindqvist; Drs Smith/Nakamura to review."
    for who in ("Okafor", "Lindqvist", "Smith", "Nakamura"):
        assert removed(text, who), who


@needs_philter
def test_towns_of_several_words_and_denominations_are_not_names():
    assert names("Son incarcerated (KSR, La Grange). Church: Shiloh Baptist brings groceries.") == []


def test_form_fields():
    text = "Surname: Okonkwo   Forename(s): Chidi Emeka\nEmergency contact - Lerato Mokoena\nFather: Unknown\nNOK - Self"
    out = deidentify(text).text
    assert "Okonkwo" not in out and "Chidi" not in out and "Mokoena" not in out
    assert "Forename(s):" in out and "Unknown" in out and "Self" in out


def test_patient_initials_and_child_first_names():
    assert removed("Pt J.S., 45M, chest pain.", "J.S.")
    text = "Oluwaseyi loves football; Oluwaseyi's mum present."
    assert removed(text, "Oluwaseyi")


def test_acronyms_after_cues_in_mixed_case_text():
    text = ("Documented HIV infection by ELISA confirmed by Western blot. Immunogen given by IM injection. "
            "A gene named FACC. Birt Hogg Dube (BHD) syndrome, BHD mutations. Stage per M.D. Anderson system.")
    found = names(text)
    assert not any(w in " ".join(found) for w in ("ELISA", "IM", "FACC", "BHD"))
    assert removed("REPORT GIVEN BY JOANNE MERCER RN TO DAVID PRICE RN AT 0700.", "JOANNE MERCER")
    assert removed("by Drs. John Doppman and Giovanni DiChiro, the NIH", "Giovanni DiChiro")


def test_role_word_surnames_still_names():
    assert removed("Seen by Porter this morning; Porter agrees with plan.", "Porter")


def test_charities_are_not_names_but_consultant_services_are():
    assert names("Referred to Macmillan nurses and the Smith Foundation.") == []
    assert removed("Discussed with Okonkwo service.", "Okonkwo")


def test_registrar_general_is_no_name():
    assert names("Office of the Registrar General and Census Commissioner, India") == []
    assert removed("Renal registrar Tomasz Wiśniewski aware.", "Tomasz Wiśniewski")
