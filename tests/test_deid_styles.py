"""Document styles the de-identifier must read as a whole: tables typed by their header row, HL7 v2 messages by
field shape, documents written all in capitals or all in lower case. Examples are invented for these tests."""
import pytest

from medlm.corpus.deid import deidentify
from tests.deid_support import phi


# ---------------------------------------------------------------- tables

CSV_CENSUS = (
    "unit,patient_name,mrn,age,sex,attending,dc_facility,owner\n"
    '4B-12,"Lindqvist, Astrid",Q77120459,93,F,Okonkwo,Harborview Rehab,tnakashima\n'
    '4B-14,"Ruiz Ybarra, Tomás",Q77003318,61,M,"Farnsworth, E",Maple Court Nursing,pdumont\n'
    "4B-15,EMPTY,,,,,,\n"
)


def test_csv_columns_are_typed_by_their_header():
    found = phi(CSV_CENSUS)
    assert found["Lindqvist, Astrid"] == "NAME"
    assert found["Ruiz Ybarra, Tomás"] == "NAME"
    assert found["Q77120459"] == "MRN" and found["Q77003318"] == "MRN"
    assert found["93"] == "AGE>89" and "61" not in found  # only ages over 89
    assert found["Okonkwo"] == "NAME" and found["Farnsworth, E"] == "NAME"
    assert found["tnakashima"] == "ID"  # a login in a person column is an account name
    assert found["Harborview Rehab"] == "FACILITY"
    assert "EMPTY" not in found and "4B-12" not in found  # placeholders and bed numbers stay


def test_pipe_table_with_rule_line_and_initials():
    text = ("Time | Patient | MR# | Result | Called to | Init\n"
            "-----|---------|-----|--------|-----------|-----\n"
            "04:10 | NWOSU, ADAEZE | KX220914 | K 6.8 | Dr Halvorsen | jl\n"
            "05:55 | BABY BOY TREMBLAY | KX220977 | Glu 31 | Inga Sorensen RN | pw\n")
    found = phi(text)
    assert found["NWOSU, ADAEZE"] == "NAME" and found["TREMBLAY"] == "NAME"
    assert found["Halvorsen"] == "NAME" and found["Inga Sorensen"] == "NAME"
    assert found["jl"] == "NAME" and found["pw"] == "NAME"  # staff initials
    assert found["KX220914"] == "MRN"
    assert "[NAME] RN" in deidentify(text).text  # the credential stays


def test_tab_separated_export_and_table_end():
    text = "last\tfirst\tzip\tphone\nAbernethy\tColm\t02139\t617 555 0142\n\nPlan: follow up with Colm."
    res = deidentify(text)
    assert res.text.startswith("last\tfirst\tzip\tphone\n[NAME]\t[ZIP]\t[PHONE]") or \
        res.text.startswith("last\tfirst\tzip\tphone\n[NAME]\t[NAME]\t[ZIP]\t[PHONE]")
    assert res.text.endswith("follow up with [NAME].")


def test_semicolon_export_and_names_recurring_below_it():
    text = ("staff_no;surname;first_names;dob;age;notes\n"
            "W1102;DE LA FUENTE;Maria Ines;1931-04-02;94;\"lives alone\"\n"
            "W1187;van Rensburg;Koos;1970-01-09;55;\n\n"
            "Comment: Mrs De La Fuente declined; Mr van Rensburg's letter sent.")
    res = deidentify(text)
    assert "W1102;[NAME];[NAME];[DATE];[AGE>89];" in res.text
    assert "Mrs [NAME] declined; Mr [NAME]" in res.text and "Rensburg" not in res.text


@pytest.mark.parametrize("text", [
    "Heart regular, lungs clear, abdomen soft, extremities warm.\nNo edema, no rash, no tenderness.",
    "Field | Old value | New value\nPreferred pharmacy | Back Bay Pharmacy | Corner Drug\nAge | 94 | 95\n",
    "Drug, dose, route, frequency\nMetoprolol, 25 mg, PO, BID\n",
])
def test_prose_and_key_value_tables_are_no_typed_tables(text):
    spans = deidentify(text).spans
    assert not [s for s in spans if s[2] in ("NAME", "MRN") and s[3] in ("abdomen soft", "Corner Drug", "PO")]
    assert "Metoprolol" not in [s[3] for s in spans]


# ---------------------------------------------------------------- HL7 v2

HL7 = (
    "MSH|^~\\&|CERNER|RIVERBEND|LABSYS|SUNQUEST|20250312101500||ADT^A08|Q55120|P|2.3\n"
    "EVN|A08|20250312101400|||kfairweather^FAIRWEATHER^KATRINA\n"
    "PID|1||7712044^^^RVB^MR||OSEI^KWAME^A||19380211|M|||88 ELM ROW^^SALEM^OR^97301\n"
    "PD1|||RIVERBEND NORTH FAMILY PRACTICE^^RNFP|1922334455^LINDGREN^MARTA^^^MD\n"
    "NK1|1|OSEI^ABENA|DAU|88 ELM ROW^^SALEM^OR^97301|5035550147\n"
    "IN1|1|P01|AETNA|AETNA MEDICARE|PO BOX 14079^^LEXINGTON^KY^40512|||||||||||OSEI^KWAME|SEL|19380211\n"
    "OBX|1|NM|2823-3^POTASSIUM^LN||5.9|mmol/L|3.5-5.1|H|||F\n"
    "Note: RIVERBEND interface down 10:20-10:40."
)


def test_hl7_people_in_any_segment_and_facilities():
    res = deidentify(HL7)
    found = {v: t for _, _, t, v in res.spans}
    assert found["kfairweather"] == "ID"
    assert found.get("FAIRWEATHER") == "NAME" and found.get("KATRINA") == "NAME"
    assert found["LINDGREN"] == "NAME" and found["MARTA"] == "NAME"
    assert found["RIVERBEND"] == "FACILITY" and found["SUNQUEST"] == "FACILITY" and found["RVB"] == "FACILITY"
    assert found["RNFP"] == "FACILITY"
    assert "LEXINGTON" in res.text.replace("LEXINGTON^", "") or "40512" not in res.text
    assert "POTASSIUM" in res.text and "SEL" in res.text and "CERNER" in res.text  # codes and applications stay
    assert "Note: [FACILITY] interface" in res.text  # a facility code of the header, wherever it recurs


def test_hl7_numbered_facility_codes_stay():
    res = deidentify("MSH|^~\\&|REG|SITE01|ENG|SITE01|20240101120000||ADT^A04|M1|P|2.5\nPID|1||123456^^^SITE01^MR||DOE^JANE")
    assert "SITE01" in res.text


# ---------------------------------------------------------------- capitals and lower case

def test_all_caps_dictation_is_read_recased():
    text = ("RADIOLOGY CONSULTATION - DICTATED\nHISTORY: THE PATIENT IS A 71-YEAR-OLD WOMAN SEEN WITH HER SON, "
            "MR. KASIMIR WOJCIECHOWSKI, WHO DRIVES HER. FOUND BY NEIGHBOR (HENRIETTA OYELARAN) ON THE FLOOR ON "
            "OCTOBER 3. FOLLOW UP IN 2 WEEKS.\n\nD: 03/14/2025  T: 03/15/2025\nRTK/LMN   JOB #: 55120934")
    res = deidentify(text)
    assert "MR. [NAME], WHO" in res.text
    assert "([NAME])" in res.text
    assert "ON [DATE]." in res.text
    assert "[NAME]/[NAME]   JOB #: [ID]" in res.text
    assert "FOLLOW UP IN 2 WEEKS" in res.text and "RADIOLOGY CONSULTATION" in res.text


def test_all_caps_acronyms_stay():
    text = ("ED NOTE: PT WITH SOB AND CP. MOLST ON FILE. CXR AND ECG DONE. GIVEN ASA 325 MG. "
            "PLAN TRENDING TROPONIN, ECHO IN AM, CARDIOLOGY TO SEE.")
    assert deidentify(text).text == text


def test_lower_case_message_months_holidays_and_spoken_dates():
    text = ("hi this is sunita calling back for my dad, he was born march fourth nineteen forty two. he got "
            "his shot in november at the pharmacy and was sick after christmas. we moved here in january 2023.\n"
            "lk/pt rbhandari")
    res = deidentify(text)
    assert "born [DATE] [DATE]." in res.text  # "march fourth" and its dictated year
    assert "in [DATE] at the pharmacy" in res.text
    assert "after [DATE]." in res.text
    assert "in [DATE]." in res.text
    assert res.text.endswith("[NAME]/[NAME] [ID]")


def test_ordinary_notes_are_not_recased():
    text = "Seen today. Plan: CT/MRI next week.\nrate/min\nFollow up in March."
    spans = deidentify(text).spans
    assert [s[3] for s in spans] == ["March"]


def test_typist_initials_need_the_dictation_shape():
    assert deidentify("CXR (PA/lat): clear.").text == "CXR (PA/lat): clear."
    assert deidentify("Gross: 3 cassettes.  (KLM/jw)\nMicro: benign.").text == \
        "Gross: 3 cassettes.  ([NAME]/[NAME])\nMicro: benign."


# ---------------------------------------------------------------- JSON and scanned pages

def test_fhir_json_values_are_typed_by_their_key():
    text = ('{"resourceType":"Patient","identifier":[{"type":{"text":"MRN"},"value":"RX-4471902"}],'
            '"name":[{"family":"Tshabalala","given":["Nomvula","Grace"]}],"birthDate":"1941-07-30",'
            '"address":[{"line":["12 Acacia Rd","Unit 4"],"city":"Pietermaritzburg","postalCode":"3201"}],'
            '"meta":{"lastUpdated":"2025-11-03T08:15:42.120+02:00"},"gender":"female"}')
    found = phi(text)
    assert found["RX-4471902"] == "MRN"
    assert found["Tshabalala"] == "NAME" and found["Nomvula"] == "NAME" and found["Grace"] == "NAME"
    assert found["1941-07-30"] == "DATE" and found["2025-11-03T08:15:42.120+02:00"] == "DATE"
    assert found["Unit 4"] == "ADDRESS" and found["Pietermaritzburg"] == "ADDRESS" and found["3201"] == "ZIP"
    assert "female" not in found


def test_ocr_confusions_of_a_faxed_page_are_read_through():
    text = ("FAX FROM: NORTHGATE ORTHOPAEDICS   (503)555-O187   O3/22/2O24 14:O5\n"
            "PATIENT: HALVORSEN , MAGNUS   D0B: O4/11/1950\n"
            "Signed: Dr. Ingrid Solberg  3/22/2O24")
    res = deidentify(text)
    assert "(503)555-O187" not in res.text and "[PHONE]" in res.text
    assert "O3/22/2O24" not in res.text and "O4/11/1950" not in res.text and "3/22/2O24" not in res.text
    assert "14:O5" in res.text  # a time stays


def test_clean_notes_are_not_read_for_ocr():
    text = "Placed on O2 2L. ICD I10. L1 fracture."
    assert deidentify(text).text == text


# ---------------------------------------------------------------- letterheads and signature blocks

def test_letterhead_and_signature_organisations():
    text = ("Lakemont Spine & Pain Institute\n2210 Quarry Ridge Road, Duluth, MN 55811\n\n"
            "Dear Dr. Halvorsen,\n...\nSincerely,\n\nPriyanka Venkat, MD\nNeuro-oncology, Ridgeview Regional Hospital\n\n"
            "Omar Siddiqui, DO\nBrightwater Family Clinic, Brainerd")
    found = phi(text)
    assert found["Lakemont Spine & Pain Institute"] == "FACILITY"
    assert found["Ridgeview Regional Hospital"] == "FACILITY"
    assert found["Brightwater Family Clinic"] == "FACILITY" and found["Brainerd"] == "ADDRESS"
    assert "Neuro-oncology" not in found


@pytest.mark.parametrize("text", [
    "Sincerely,\n\nR. Okafor, MD\n4410 Elm Street, Tulsa, OK 74105",
    "Jane Roe, MD\nAssociate Professor of Medicine",
    "Jane Roe, MD\nMovement Disorders",
    "Mr. Kwame Osei\n12 Harbour Road\nWellington",
])
def test_signer_positions_and_recipients_are_no_organisations(text):
    assert "FACILITY" not in [s[2] for s in deidentify(text).spans]


@pytest.mark.parametrize("text, facility", [
    ("KORU VALLEY HOSPITAL - Renal Unit | Discharge letter\n...", "KORU VALLEY HOSPITAL"),
    ("BRAMBLEWOOD AGED CARE - TOOWONG   Progress Notes\n...", "BRAMBLEWOOD AGED CARE - TOOWONG"),
])
def test_letterhead_in_capitals_on_the_first_line(text, facility):
    assert phi(text).get(facility) == "FACILITY"


@pytest.mark.parametrize("text", ["SURGICAL PATHOLOGY REPORT\nSpecimen: skin", "PSYCHIATRY FOLLOW-UP\nStable.",
                                  "CARDIOLOGY CONSULTATION\nSeen.", "HISTORY AND PHYSICAL\nCC: pain"])
def test_document_titles_are_no_letterheads(text):
    assert "FACILITY" not in [s[2] for s in deidentify(text).spans]
