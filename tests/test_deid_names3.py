"""Person names, round 3: Vietnamese letters, lower-case and apostrophe labels, initials after a dash or a verb
of handling, name columns of rotas, notes in capitals whose vocabulary words are no names."""
from tests.deid_support import names


def test_vietnamese_names_with_tone_marks():
    assert names("Interpreter: Nguyễn Thị Bích Ngọc (staff)\nPatient: Lê Văn Đức    MRN 4471") == [
        "Nguyễn Thị Bích Ngọc", "Lê Văn Đức"]
    assert "Hương" in names("Lives with granddaughter Hương in Garden Grove.")


def test_lower_case_last_first_after_a_patient_label():
    assert names("rx# 88120  pt: okonkwo, chiamaka adaeze  dob 3/3/1961") == ["okonkwo, chiamaka adaeze"]
    assert names("pt: le-fevre, anne-sophie  dob 1/2/80") == ["le-fevre, anne-sophie"]
    assert names("pt: alert, oriented x3, calm") == []
    assert names("pt: awake, comfortable overnight") == []


def test_lower_case_title_with_an_initial():
    assert names("prescriber: dr. m. abernathy (clinic)") == ["m. abernathy"]


def test_capitals_with_an_irish_or_italian_prefix_and_incident_labels():
    assert names("pt: O'DONNELL, BRIDGET  dob 2/2/1940") == ["O'DONNELL, BRIDGET"]
    assert names("Person involved: HASKETT, LORRAINE   MRN 5512") == ["HASKETT, LORRAINE"]
    assert names("Decedent: VOSS, HERMANN\nTime of death 0410") == ["VOSS, HERMANN"]


def test_initials_after_a_dash_closing_an_entry():
    assert names("Left VM re appt. -kp\n----------\n") == ["kp"]


def test_lower_case_initials_after_a_verb_of_handling():
    assert names("Specimen: urine   Collected by: kxb\n") == ["kxb"]
    assert names("--- received 02/12 09:40 by jw --- filed") == ["jw"]
    assert names("given by mouth. seen by me. drawn by rn. checked by two nurses") == []


def test_a_column_of_names_in_a_rota():
    t = ("Day | Early        | Late\n"
         "Mon | Abernathy    | Whitcombe, Joan x201\n"
         "Tue | Szymanski, K | Whitcombe, Joan x201\n"
         "Wed | Abernathy    | Oyelaran\n"
         "Thu | Szymanski, K | Oyelaran\n"
         "\nCells: Ruth Abernathy 555-0101, Kasia Szymanski 555-0102, Tunde Oyelaran 555-0103\n")
    found = names(t)
    assert found.count("Szymanski, K") == 2 and found.count("Oyelaran") >= 2 and "Whitcombe, Joan" in found


def test_a_table_of_words_is_no_name_column():
    t = ("Drug | Dose | Route\n| Amlodipine | 5 mg | PO |\n| Lisinopril | 10 mg | PO |\n| Warfarin | 2 mg | PO |\n")
    assert names(t) == []


def test_capitals_note_vocabulary_words_are_no_names():
    t = ("COUNTY EMS - PATIENT CARE REPORT\nHPI: PT STATES ONSET OF PAIN AT REST. MEDS PER SON: METOPROLOL.\n"
         "NARRATIVE: FOUND PT SITTING IN CHAIR. CARE TRANSFERRED TO RN J. OKORO. REPORT GIVEN.\n")
    assert names(t) == ["J. OKORO"]
    assert "DRE" in names('GSW PER EMS. FOUND BY FRIEND "DRE" OUTSIDE THE STORE, BROUGHT IN BY CAR WITH MOTHER.')


def test_two_people_in_one_rota_cell():
    t = ("Shift      | Mon              | Tue\n"
         "Day reg    | Priya Natarajan  | Owen Gallagher\n"
         "Night reg  | Owen Gallagher   | Priya Natarajan\n"
         "Night FY1  | Ruth / Sam K     | Ruth / Sam K\n")
    found = names(t)
    assert found.count("Ruth") == 2 and found.count("Sam K") == 2


def test_signing_role_then_initials_closing_a_log_line():
    assert names("Counselled on timing with food. rph QX\n\nrx# 100233") == ["QX"]
    assert names("Handover given to nurse ED\nPt to CT with tech CT") == []


def test_lower_case_name_after_a_short_relative_or_job_word():
    assert names("left msg with dtr (bronwen, 07700 900 551)") == ["bronwen"]
    assert names("pharmacist: bethan pritchard (bp, reg 2233)") == ["bethan pritchard"]
    assert names("hi there, how are you") == []


def test_town_prefix_words_start_no_name():
    assert names("Lochaber clinic, Fort Augustus PH32 4DR, tel 01320 366 111") == []
    assert names("cousin Delbert Yellowhorse at (Fort Defiance) 928.555.0199") == ["Delbert Yellowhorse"]


def test_relative_named_inside_the_brackets_names_no_word_before():
    assert names("Mobile: 0412 555 101   Other (brother Lachlan): 0412 555 102") == ["Lachlan"]
    assert names("Imelda Voss (daughter) at bedside") == ["Imelda Voss"]


def test_a_ward_after_a_contact_label_is_no_person():
    assert names("Ward contact: Penhallow Ward, 01872 555 100") == []
    assert names("Patient: Rose House   MRN 5512") == ["Rose House"]


def test_title_before_a_lone_initial_then_a_persons_verb():
    assert names("Seen at home. Mrs K said she is managing; Mr K has a carer.") == ["K", "K"]
    assert names("Mr. A is a 53-year-old gentleman.") == []  # a transcript's placeholder
    assert names("Follow up with Dr. X in 2 weeks.") == []


def test_police_ranks_as_titles():
    assert names("Scene cleared by Ofc. Brannigan and Tpr. Halvorsen.") == ["Brannigan", "Halvorsen"]


def test_an_alias_after_at_sign_in_a_header():
    assert names("Patient: LIM SOO HUAT @ LIN SHU FA     NRIC: S1234567D") == ["LIM SOO HUAT", "LIN SHU FA"]


def test_electronic_signature_mark_before_a_name():
    assert names("Call with questions.\n\n/es/ Adaeze N. Okonkwo-Hart, MD\nStaff Physician") == ["Adaeze N. Okonkwo-Hart"]
