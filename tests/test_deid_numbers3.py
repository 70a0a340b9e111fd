"""De-identification, round 3 of numbers and dates: record numbers typed by their cue (in-patient, M.R., case
numbers of hospitals and polyclinics, the VA's ICN), values written with a facility's letters before digit
groups, masked SSNs, officers' badge numbers after an initial, and short agency prefixes."""

import pytest

from tests.deid_support import phi


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # a facility's own record number, whatever the country calls it
        ("Ward 4   IPD No: IPD-24-11873   Bed 9", "IPD-24-11873", "MRN"),
        ("M.R. No: KHS/2025/30412   Ward: Surgical", "KHS/2025/30412", "MRN"),
        ("Hospital Case No.: RMC-25-440912\nDiagnosis: CAP", "RMC-25-440912", "MRN"),
        ("Clinic case no. CC-2021-7781 on file.", "CC-2021-7781", "MRN"),
        ("Veteran: HALVERSEN, ODD   ICN 1008871234V662019", "1008871234V662019", "MRN"),
        # digits in groups after a facility's letters
        ("Seen today.   MRN: SMH 40 221 987\nAllergies: none", "SMH 40 221 987", "MRN"),
        ("Chart   MRN BK 7730 1184   DOS 3/2", "BK 7730 1184", "MRN"),
        # masked SSNs need no cue
        ("Pt: RUIZ, ANA   xxx-xx-5512   Clinic 3", "xxx-xx-5512", "SSN"),
        ("Tax form shows 611-40-XXXX only.", "611-40-XXXX", "SSN"),
        # an agency prefix before a hyphenated number, or a single letter before a serial
        ("Claim No.: GL 228-441907-03   Adjuster: (see file)", "GL 228-441907-03", "ID"),
        ("Specimen sent (acc QD 25-101-4417) to reference lab.", "QD 25-101-4417", "ID"),
        ("Certificate serial no. B 5520931 issued.", "B 5520931", "ID"),
        ("Ins: Aetna   Member W88120044   Grp 440172", "440172", "ID"),
        # a badge number after an officer's initial and surname
        ("Reported by Deputy L. Marsh #2231 at 0300.", "2231", "ID"),
    ],
)
def test_cued_numbers(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize(
    "text, original",
    [
        # day/month in a note that writes its full dates day first
        ("Admitted 14/10/2025 with colic.\nCT KUB 18/10 showed a 4 mm stone; ERCP 21/10.", "18/10"),
        ("Clinic letter 30/06/2026. Bloods taken, results phoned 27/6.", "27/6"),
        # a dotted date with a two-digit year after a date word; a day-first date with a two-digit year
        ("Collected by: R. Amos   Date: 3.09.25   Time: 10:12", "3.09.25"),
        ("Seen 10.28.25 for review.", "10.28.25"),
        ("MMR1   02/02/26   19 Jul 26 (MMR2)", "19 Jul 26"),
        # two months joined by a slash before a year
        ("Surgery pencilled for Apr/May 2027.", "Apr/May 2027"),
        # a day alone after a time word
        ("She was confused on the morning of the 9th.", "9th"),
        ("Away from the 3rd to the 11th of next month.", "11th"),
        # a month alone after a verb of starting or stopping, or "from"
        ("Metformin stopped March because of diarrhoea.", "March"),
        ("Potassium normal from November onwards.", "November"),
        # a phone number at the end of a line does not run into the next line's date
        ("tel 01632 960 118\n14/11/25 09:10 reviewed", "14/11/25"),
        ("Mobile +27 (0)82 555 0187 after hours", "+27 (0)82 555 0187"),
        ("Contact 5  Kyle Barnes  (404) 555-0192  Decatur", "(404) 555-0192"),
        # a spelled age over 89
        ("Mrs Abend is ninety-six; daughter present.", "ninety-six"),
        ("Age: 91 (ninety-one)", "ninety-one"),
        ("Still driving into his 90s.", None),
    ],
)
def test_dates_phones_ages(text, original):
    found = phi(text)
    if original is None:  # "into his 90s": the age is replaced, with its words
        assert any(t == "AGE>89" for t in found.values())
    else:
        assert original in found


@pytest.mark.parametrize(
    "text, not_phi",
    [
        ("Pain radiating to the 4th and 5th toes.", "4th"),
        ("Separation of the 1st and 2nd metatarsal bases.", "1st"),
        ("GCS 14/15 on arrival, admitted 19/11/2026.", "14/15"),
        ("A note from June Carter about the dog.", "June"),
        ("Walked ninety-two minutes; CABG in ninety-one.", "ninety-two"),
        ("Walked ninety-two minutes; CABG in ninety-one.", "ninety-one"),
        ("Born nineteen ninety-eight.", "ninety-eight"),
        ("Office: 300-13777 Commerce Pkwy, Surrey", "300-13777"),
    ],
)
def test_not_dates_or_ages(text, not_phi):
    assert phi(text).get(not_phi) is None


def test_register_and_audit_table_columns():
    text = ("ART No.      | Date reg.  | Name              | Phone\n"
            "OY/IBD/25/0092 | 03/09/2025 | Kehinde Ojo     | 0803 555 0142\n"
            "OY/IBD/25/0107 | 17/09/2025 | Ruth Adeyemi    | 0706 555 0199\n\n"
            "time | user_id | name | workstation\n"
            "2025-09-03 10:02 | pkamau | Kamau, Peter | ED-WS-0417\n")
    found = phi(text)
    assert found.get("OY/IBD/25/0092") == "ID" and found.get("OY/IBD/25/0107") == "ID"
    assert found.get("pkamau") == "ID" and found.get("ED-WS-0417") == "ID"


def test_study_id_column_and_cue_inside_a_csv_cell():
    text = ("subject_id,name,dob,notes\n"
            "ABC-02-113,\"Lund, Eva\",1950-02-11,MRN HX5520931\n")
    found = phi(text)
    assert found.get("ABC-02-113") == "ID"
    assert found.get("HX5520931") == "MRN"


@pytest.mark.parametrize(
    "text, original",
    [
        ("[08:12] rkeller07: my throat still hurts", "rkeller07"),  # a chat handle
        ("Report printed by: OPS_TWINKLER on 2/2", "OPS_TWINKLER"),  # an account in capitals
        ("Export generated 2025-03-01T09:00Z by jpatel4 for QA", "jpatel4"),
        ("Restarted TLD, ART no. LUTH/ART/10442 today.", "LUTH/ART/10442"),
        ("Enrolled, CCC No: 13901-02231.", "13901-02231"),
    ],
)
def test_logins_and_register_numbers_are_ids(text, original):
    assert phi(text).get(original) == "ID"
