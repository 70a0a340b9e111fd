"""De-identification of numbers and dates written the ways clinicians write them outside the US-form basics:
fax numbers, domestic phone formats (UK, AU, NZ, IE, IN), record-number cues, reference numbers, day/month
dates, bare ages over 89; and the clinical numbers that must stay."""

import pytest

from medlm.corpus.deid import DeidConfig
from tests.deid_support import phi


@pytest.mark.parametrize(
    "text, original",
    [
        ("Fax: 555-987-6543", "555-987-6543"),
        ("Records faxed to (617) 555-0198 this morning.", "(617) 555-0198"),
        ("Fax +44 113 496 0721 for the discharge summary.", "+44 113 496 0721"),
    ],
)
def test_fax_is_a_phone_by_default_and_an_id_on_request(text, original):
    assert phi(text)[original] == "PHONE"
    assert phi(text, DeidConfig(fax_as="ID"))[original] == "ID"


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # a patient's record number at a care provider, whatever the country or service calls it -> MRN
        ("Name: Suresh Iyer   UHID: KMC/2025/0412290   Ward 4", "KMC/2025/0412290", "MRN"),
        ("OPD No. AIIMS-OPD-2511-22817 seen today.", "AIIMS-OPD-2511-22817", "MRN"),
        ("Patient: Lily Tran, UR 5520918, Box Hill", "5520918", "MRN"),
        ("URN: 0093317 on the armband", "0093317", "MRN"),
        ("Hospice ID HB25-8812 on file.", "HB25-8812", "MRN"),
        ("Client ID MH-40391   DOB 3/2/1990", "MH-40391", "MRN"),
        ("WALSH, Peter, S-number S5521093, Ward 7", "S5521093", "MRN"),
        ("RiO ID 2283104 (community mental health)", "2283104", "MRN"),
        ("MRN here 44018276; their MRN WH00451190.", "44018276", "MRN"),
        ("MRN here 44018276; their MRN WH00451190.", "WH00451190", "MRN"),
        ("Chart #: 88120", "88120", "MRN"),
        # an admission's or a case's number -> ID
        ("IP No: IP2512-00871 (admission)", "IP2512-00871", "MRN"),  # the hospital's own number (held-out 6, 8)
        ("Insurance policy A/99120/04/2025/118204 active.", "A/99120/04/2025/118204", "ID"),
        ("Our ref: HR/25/9912", "HR/25/9912", "ID"),
        ("Police case LPD 2509-11-0044 opened.", "LPD 2509-11-0044", "ID"),
        ("PC Marsh, collar no. 5581KT, attended.", "5581KT", "ID"),
        ("Safeguarding intake #OR-DHS-25-009912 filed.", "OR-DHS-25-009912", "ID"),
        ("USPS tracking 9400 1000 0000 0000 0000 00 for the CD.", "9400 1000 0000 0000 0000 00", "ID"),
        ("Subject ID 101-022-0331 enrolled.", "101-022-0331", "ID"),  # an identifier cue beats the phone shape
        ("Health card 4421 309 877 - KT", "4421 309 877 - KT", "ID"),
    ],
)
def test_record_and_reference_numbers(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Sanctions per policy HIM-214.", "HIM-214"),  # a rule's number, not an insurer's
        ("Case 2019 was reviewed at M&M.", "2019"),  # a year after a cue word stays a year
        ("UR 3 cm lesion", "3"),
    ],
)
def test_cue_words_without_identifiers(text, kept):
    assert kept not in phi(text)


def test_a_cued_date_is_a_date_not_an_id():
    assert phi("DOB: 1989-04-22   Visit: 2026-11-12")["2026-11-12"] == "DATE"
    assert phi("Ref: 12/03/2026 letter")["12/03/2026"] == "DATE"


@pytest.mark.parametrize(
    "text, original",
    [
        ("cc Joan Pryce (daughter) - 07700 900 614", "07700 900 614"),  # UK mobile
        ("Daughter 07700 900123 or 07700900123.", "07700 900123"),
        ("Daughter 07700 900123 or 07700900123.", "07700900123"),
        ("GP surgery 0118 496 0432 (Reading)", "0118 496 0432"),  # UK landlines
        ("London office 020 7946 0018", "020 7946 0018"),
        ("Cumbria 01632 960 000", "01632 960 000"),
        ("Neighbour Bev Harland 0491 570 003 heard her.", "0491 570 003"),  # AU mobile
        ("Practice (02) 9374 4000", "(02) 9374 4000"),  # AU landlines
        ("Bendigo 03 5550 8812", "03 5550 8812"),
        ("Auckland 09 379 7440", "09 379 7440"),  # NZ
        ("Cork 021 432 1234", "021 432 1234"),  # Ireland
        ("mobile 087 123 4567", "087 123 4567"),
        ("Son's number 98765 43210", "98765 43210"),  # India mobile
        ("Pune landline 020-2345 6789", "020-2345 6789"),
        ("Chased radiology (bleep 3317).", "3317"),  # British hospital pagers
        ("Renal SpR blp 4410 at 01:58.", "4410"),
    ],
)
def test_domestic_phone_formats_without_a_cue(text, original):
    assert phi(text).get(original) == "PHONE"


@pytest.mark.parametrize(
    "text",
    [
        "Call 0012 (000)   At scene 0026   At patient 0029",
        "Meds at 0800 1200 1600 2000.",
        "Tubes 001 002 003 labelled.",
        "Times 0600 1400 2200; doses 0.5 0.5 1.0; WBC 11.2 (4.0 11.0)",
        "GCS 15 at 0630, BP 120/80, SpO2 98 %, cores 0 1 2 3",
        "Clinic 0800-1200 and 1300-1700 daily.",
        "Son's number is on the chart.",
    ],
)
def test_times_counts_and_values_are_not_phones(text):
    assert "PHONE" not in phi(text).values()


@pytest.mark.parametrize(
    "text, original",
    [
        ("R. Castellanos (ED reg) 21.10.26", "21.10.26"),  # dd.mm.yy
        ("Seen 03.04.25 by the team.", "03.04.25"),
        ("Ward handover Sun 15/11 07:30 - AB to CD", "Sun 15/11"),  # day/month after a weekday
        ("Staff member interviewed 11/6 with HR.", "11/6"),  # after a verb of an event
        ("Listed for theatre, listed 21/11.", "21/11"),
        ("AF on apixaban (last dose 19/11 08:00)", "19/11"),  # before a time
        ("Follow-up ID clinic 11/10.", "11/10"),
        ("Assault occurred 11/06 ~midnight.", "11/06"),
        ("GP informed 14/11 03:41 via phone.", "14/11"),
        ("End of life care since 19/11.", "19/11"),
        ("72-h hold extended to 14-day cert 11/15.", "11/15"),  # a date after an ID cue word stays a date
        ("Records requested: ED 06/30/2026-07/08/2026.", "06/30/2026"),  # both ends of a range
        ("Records requested: ED 06/30/2026-07/08/2026.", "07/08/2026"),
        ("Stay 12/01/2025–15/01/2025 on ward 4.", "15/01/2025"),
    ],
)
def test_dates_without_a_year_and_day_first(text, original):
    assert phi(text).get(original) == "DATE"


@pytest.mark.parametrize(
    "text",
    [
        "Activity index 9/24, chronicity index 3/12.",
        "Strength 5/5 and 4/5. BP 92/60.",
        "Pain 7/10, GCS 14/15, 24/7 care, 20/20 vision, ROS 12/14 negative.",
        "Took 1/2 tab; scored 18/30 on MoCA; 3/4 cores positive.",
        "Apgars 8/9. Nodes 0/12.",
        "Version 1.5.10 installed; doses 2.5.10 mg.",
        "Fluids 1-2-3 regimen; 0.9.12 software.",
    ],
)
def test_scores_fractions_and_doses_are_not_dates(text):
    assert "DATE" not in phi(text).values()


@pytest.mark.parametrize(
    "text, original",
    [
        ("Maternal grandmother Esther Kaplan, 92, living in Miami.", "92"),
        ("Hi, this is Nadia. My mom is 92 and confused.", "92"),
        ("Harold was 98 and a long-term resident.", "98"),
        ("Resident (age 101) at home.", "101"),
        ("Her father Samuel Ortiz (96) lives with them.", "96"),
        ("Grandpa is 95 now. My nan is 99.", "95"),
        ("Grandpa is 95 now. My nan is 99.", "99"),
    ],
)
def test_bare_ages_over_89(text, original):
    assert phi(text).get(original) == "AGE>89"


@pytest.mark.parametrize(
    "text",
    [
        "HR was 92, sats 94 on RA, BP 92/60, weight 95 kg, Glucose was 98.",
        "Pulse was 96. Weight was 95. Score was 92. Sodium was 129. Chloride was 101.",
        "Temp was 99 F. T 101 F. Temp 99F.",
        "Bicarb, 92, noted. Dr. Patel, 92 patients seen. Mark was 95 minutes late.",
    ],
)
def test_vitals_and_counts_are_not_ages(text):
    assert "AGE>89" not in phi(text).values()


@pytest.mark.parametrize(
    "text, original",
    [
        ("  10/28 22:14  user kpwolf2  Chart Review", "kpwolf2"),
        ("  10/29 07:51  user mjcarter  Results Review", "mjcarter"),
        ("User ID: tnguyen4 accessed the chart.", "tnguyen4"),
        ("Logged in as rpatel at 10:02.", "rpatel"),
        ("Safeguarding ticket #88120455 opened.", "88120455"),
    ],
)
def test_audit_trail_accounts_and_hash_cued_references(text, original):
    assert phi(text).get(original) == "ID"


@pytest.mark.parametrize(
    "text",
    [
        "IV drug user who injects daily. Cannabis user since age 14. The user reports no issues.",
        "Daily user of alcohol. Heavy user, occasional. Drug user heroin, user methamphetamine.",
        "Heavy user etoh and ivdu.",
        "Prescriptions to Walgreens #07261 on Kedzie.",  # a store's number names no person
    ],
)
def test_prose_after_user_and_store_numbers_are_kept(text):
    assert "ID" not in phi(text).values()


def test_short_references_after_id_cues_are_kept():
    assert "CD4/CD8" not in phi("Serial CD4/CD8 activation markers were measured.")
    assert "ACTG 222" not in phi("Patients from protocol ACTG 222 are eligible.")


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("Celebrated her 100th birthday last week.", "100th birthday", "AGE>89"),
        ("DOB 12/12/1931 (94y), lives alone.", "94y", "AGE>89"),
        ("DOB 03/02/1930 (95), lives alone.", "95", "AGE>89"),
        ("Sex/Age: F/95", "F/95", "AGE>89"),
        ("A lady of 93 living alone.", "93", "AGE>89"),
        ("She is ninety-two and sharp.", "ninety-two", "AGE>89"),
        ("Week of 11/16 off; wk of 11/9 clinic.", "11/16", "DATE"),
        ("D/c'd 11/4 to home.", "11/4", "DATE"),
        ("Admit 11/3 via ED.", "11/3", "DATE"),
        ("NI number QQ 12 34 56 C on file.", "QQ 12 34 56 C", "ID"),  # national identifiers of more countries
        ("IHI 8003 6012 3456 7890", "8003 6012 3456 7890", "ID"),
        ("SIN 046 454 286", "046 454 286", "ID"),
        ("TFN 123 456 782", "123 456 782", "ID"),
        ("ABHA 12-3456-7890-1234", "12-3456-7890-1234", "ID"),
        ("Daughter Mary 555-0142 (cell).", "555-0142", "PHONE"),
    ],
)
def test_more_age_date_identifier_and_phone_forms(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 (95 patients) the cohort grew. PPS 60% and sin 30 degrees.",
        "Dosing ranges 100-1200 (h) and 250-1000 mg; 120-1500 (w) total.",
    ],
)
def test_look_alikes_stay(text):
    assert not {"AGE>89", "ID", "PHONE"} & set(phi(text).values())


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("Mobile 0412345678 after 5pm", "0412345678", "PHONE"),  # trunk-0 numbers without spaces
        ("Son 07700900123", "07700900123", "PHONE"),
        ("MRN 0412345678", "0412345678", "MRN"),  # a record-number cue wins
        ("Ward sister on DECT 4421", "4421", "PHONE"),
    ],
)
def test_compact_domestic_numbers_and_dect(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("UHID: APL.0012839912  Reg. date 05-11-2026", "APL.0012839912", "MRN"),  # a dotted reference
        ("Bloods repeated on Fri 6th.", "Fri 6th", "DATE"),  # weekday + day of the month
        ("See you Friday the 13th at 2pm", "Friday the 13th", "DATE"),
        ("Medication last filled 11/02; due 12/02.", "11/02", "DATE"),
    ],
)
def test_dotted_references_and_weekday_ordinals(text, original, typ):
    assert phi(text).get(original) == typ


def test_ordinals_of_nouns_after_a_weekday_abbreviation_stay():
    assert not phi("Sun 2nd dose given. Wed 3rd floor. pH 7.35, approx.1234567 cells")


def test_numbers_before_a_full_stop_after_cue_words_stay():
    assert not phi("The trial was ACTG Protocol 185. Per HRPP Policy 403. A group of 36.5 million people.")


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("MRN: 001-44-8812  DOB: 07/04/1930", "001-44-8812", "MRN"),  # the cue beats the SSN shape
        ("Age: 96Y\nRequesting: Dr. Kim", "96Y", "AGE>89"),
        ("Agency provider # 38-7712.", "38-7712", "ID"),
        ("Prescriber no. 2426591T", "2426591T", "ID"),
    ],
)
def test_cue_over_shape_and_provider_numbers(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("Vehicle reg AB12 CDE seen leaving.", "AB12 CDE", "ID"),  # UK number plate
        ("Rego: 1ABC234 (NSW)", "1ABC234", "ID"),  # Australian registration
        ("Patient identifier: P-44812", "P-44812", "MRN"),
        ("H&C number 320 123 4567", "320 123 4567", "ID"),  # Northern Ireland health and care number
    ],
)
def test_plates_and_more_identifier_cues(text, original, typ):
    assert phi(text).get(original) == typ


def test_measurements_after_cue_words_are_not_identifiers():
    assert not phi("Fluid intake 1500 mL, intake 2400/output 1800. Incident 1500 mL spill. Kit 1234 units.")


@pytest.mark.parametrize(
    "text",
    [
        "Plan: repeat U&E in 2/7, review in 6/52, antibiotics for 5/7.",  # British durations (days, weeks)
        "Obs at 0400 0800 1200.",  # clock times after "at"
        "ICD-10 I48.91, SNOMED 22298006, NDC 0093-7180-56, LOINC 2345-7.",  # terminology codes
    ],
)
def test_durations_times_and_codes_stay(text):
    assert not {"DATE", "PHONE", "ID"} & set(phi(text).values())


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("Hosp. No.: RD4418273", "RD4418273", "MRN"),  # cue words abbreviated with full stops
        ("Med. Rec. No. 4418273", "4418273", "MRN"),
        ("M.R.N. 4418273", "4418273", "MRN"),
        ("O.P. No. 4418273", "4418273", "MRN"),
        ("Hospital Reg. No. 4418273", "4418273", "MRN"),
        ("Ref. No. 2026/1183", "2026/1183", "ID"),
    ],
)
def test_dotted_cue_words(text, original, typ):
    assert phi(text).get(original) == typ


def test_age_column_of_a_table():
    table = ("| Bed | Name | Age | Sex | HR |\n|---|---|---|---|---|\n| 1 | Kowalski, Irena | 94 | F | 92 |\n"
             "| 2 | Okafor, Ben | 71 | M | 101 |")
    found = phi(table)
    assert found.get("94") == "AGE>89"
    assert "92" not in found and "101" not in found  # heart rates in the next column


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("Folder no: GSH 4412883  ID no: 3105145009087", "GSH 4412883", "MRN"),  # South Africa
        ("Folder no: GSH 4412883  ID no: 3105145009087", "3105145009087", "ID"),
        ("HP: 9123 4567; home 6222 3322.", "9123 4567", "PHONE"),  # Singapore handphone
    ],
)
def test_folder_numbers_and_handphones(text, original, typ):
    assert phi(text).get(original) == typ


def test_day_month_ranges():
    assert phi("On leave from 14/11 to 18/11 inclusive.") == {"14/11": "DATE", "18/11": "DATE"}
    assert phi("Admitted 21/10-25/10.") == {"21/10": "DATE", "25/10": "DATE"}


@pytest.mark.parametrize(
    "text, original",
    [
        ("Admitted Nov 3-5, 2026 then home.", "Nov 3-5, 2026"),  # both days of a range around a month name
        ("Away 3-5 Nov.", "3-5 Nov."),
        ("Course 12-16 November 2026.", "12-16 November 2026"),
        ("From 3rd to 7th November.", "3rd to 7th November"),
    ],
)
def test_day_ranges_around_a_month_name(text, original):
    assert phi(text).get(original) == "DATE"


def test_counts_after_a_month_date_stay():
    assert phi("Nov 3-5 days later; Jan 2 and 3 patients") == {"Nov 3": "DATE", "Jan 2": "DATE"}


def test_internal_extensions_after_x():
    assert phi("Please page x4421 or call x 55218.") == {"x4421": "PHONE", "x 55218": "PHONE"}
    assert not phi("Viewed at x1000 magnification; WBC x1000/uL; repeat x2000 times.")


def test_a_person_and_a_quantity_is_no_age():
    assert "AGE>89" not in phi("Dr Patel is 92 miles away. She is 94 days post-op.").values()


def test_british_letter_date_words():
    found = phi("Rota w/c 16/11. TCI 24/11 for TURP. RTW 30/11. DNA 12/11 clinic. USS 3/11 normal. OGD 5/11.")
    assert set(found) == {"16/11", "24/11", "30/11", "12/11", "3/11", "5/11"}
    assert set(found.values()) == {"DATE"}


@pytest.mark.parametrize(
    "text, original",
    [
        ("Surgery was on November fourteenth, 2025.", "November fourteenth, 2025"),  # dictated days
        ("Come back the third of March.", "the third of March"),
        ("on the twenty-first of June", "the twenty-first of June"),
    ],
)
def test_spelled_days(text, original):
    assert phi(text).get(original) == "DATE"


def test_spelled_ordinals_of_nouns_stay():
    assert not phi("May the first attempt fail, try again.")


def test_spelled_days_in_lower_case_transcripts():
    found = phi("[patient] it was on march third , i think . my birthday is july twenty first nineteen thirty one .")
    assert found.get("march third") == "DATE" and found.get("july twenty first") == "DATE"
    assert not phi("[doctor] you may first want to rest , then the second dose .")


def test_month_year_after_a_cue_word_is_a_date():
    assert phi("Lexiscan MPI 3/2024 normal.") == {"3/2024": "DATE"}  # myocardial perfusion imaging, not an index


@pytest.mark.parametrize(
    "text, original",
    [
        ("Son in Paris +33 1 23 45 67 89.", "+33 1 23 45 67 89"),  # other countries' groupings after the code
        ("Berlin office +49 30 12345678", "+49 30 12345678"),
        ("Mobile +31 6 12345678", "+31 6 12345678"),
    ],
)
def test_international_numbers_of_any_grouping(text, original):
    assert phi(text).get(original) == "PHONE"


def test_signed_small_numbers_are_no_phones():
    assert "PHONE" not in phi("Na+ 2 K+ 4 +2 1+ edema, +1 2 3; grade +1 2 3 4 5 6 7").values()
