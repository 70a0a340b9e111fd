"""De-identification, round 2 of numbers and dates: date parts written without a full date (a weekday, a month,
a day of the month, a holiday), falling M/D dates, partial numbers ("last 4", "ending 0912"), and the codes that
are no identifiers (lot numbers, obstetric G/P notation, pharmacy BIN/PCN)."""

import pytest

from tests.deid_support import phi


@pytest.mark.parametrize(
    "text, original",
    [
        # a weekday that names one day
        ("Son says she slipped in the shower Tuesday evening.", "Tuesday"),
        ("Headache worse since Thursday; no fever.", "Thursday"),
        ("Wound check booked, see Weds? no - see Fri (clinic full).", "Fri"),
        ("Plan: repeat INR Mon 0900 at the GP surgery.", "Mon"),
        ("Next review Thurs.\nSigned, K. Osei", "Thurs"),
        ("Discharge date 14/03/2026 (Sat), collected by daughter.", "Sat"),
        ("pain in the ear since fri, no discharge", "fri"),
        # a month alone, after a time word or a hedge, or with a fused qualifier
        ("Knee has been stiff since around October.", "October"),
        ("Started the statin in Aug., stopped it in like December.", "Aug"),
        ("Last B12 shot early-March, due again soon.", "early-March"),
        ("Weight loss of 6 kg since Nov.", "Nov"),
        ("TSH 4.1 (Oct), 2.2 (Jan.) on the higher dose.", "Oct"),
        ("Flares in October and again in January/February.", "February"),
        ("Gout attacks in June or July each summer? no - in June or July last year.", "July"),
        # a day of the month alone
        ("Her daughter visited on the 22nd and noticed the confusion.", "22nd"),
        ("Prescription runs out by the 3rd, please renew.", "3rd"),
        # holidays that date an event
        ("Fell at her son's house on Boxing Day.", "Boxing Day"),
        ("Symptoms began around Diwali, per husband.", "Diwali"),
        ("He was admitted the night before Hallowe'en.", "the night before Hallowe'en"),  # the day counted from it too
        ("Missed doses over Xmas, fasting since Yom Kippur.", "Yom Kippur"),
        ("Chest pain began on Lunar New Year.", "Lunar New Year"),
        # numeric dates the earlier rules left: falling M/D, ranges, ISO timestamps with a zone, compact month spans
        ("Echo (12/4) showed EF 35%.", "12/4"),
        ("Rapid strep neg (3/8), culture pending.", "3/8"),
        ("PT eval Dr. Haddad 9/2 at the Eastside office.", "9/2"),
        ("Deputy arrived 8/6 03:10.", "8/6"),
        ("Inpatient at Mercy 3/28-4/2/2025 for sepsis.", "4/2/2025"),
        ("Observation recorded 2025-11-30T22:04:51.120+10:00 by device.", "2025-11-30T22:04:51.120+10:00"),
        ("Tried sertraline (Mar-Jun 2024) without benefit.", "Mar-Jun 2024"),
        ("Off work since 3 Sept after the injury.", "3 Sept"),
    ],
)
def test_date_parts_standing_alone_are_dates(text, original):
    assert phi(text).get(original) == "DATE", phi(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # schedules and generic mentions are no dates
        ("Haemodialysis Mon/Wed/Fri at the unit.", "Mon"),
        ("Methotrexate every Sunday with folic acid.", "Sunday"),
        ("Clinic open Monday to Friday.", "Monday"),
        ("Takes the kids to Sunday school.", "Sunday"),
        ("Goes to the lake on Saturdays.", "Saturdays"),
        ("Sun exposure minimal, uses SPF 50.", "Sun"),
        ("SpO2: Sat 100% on RA.", "Sat"),
        ("Works for Mon Valley Transit as a driver.", "Mon"),
        ("Sent Christmas cards to all her neighbours.", "Christmas"),
        ("Family gathers every Thanksgiving.", "Thanksgiving"),
        ("Moved from Eastern Europe, holiday plans cancelled.", "Easter"),
        # ordinals of other things, and fractions and scores
        ("Lives on the 3rd floor, no lift.", "3rd"),
        ("Pain comes on the 12th of each month.", "12th"),
        ("Strength 4/5 in the left arm, 5/5 on the right.", "4/5"),
        ("Took 1/2 tab at night.", "1/2"),
        ("Hip flexion 5/4+ bilaterally.", "5/4"),
        ("Pupils 4/2 reactive.", "4/2"),
        ("Levemir: Monday 10 units, Thursday 12 units.", "Monday"),
        ("Margins negative (2/3 cores).", "2/3"),
    ],
)
def test_schedules_ordinals_and_scores_are_no_dates(text, word):
    assert word not in phi(text), phi(text)


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # the last four digits of an SSN, as identity checks write them
        ("Caller verified by DOB and last 4 SSN 5521.", "5521", "SSN"),
        ("SSN (last four): 0938   Payer: Aetna", "0938", "SSN"),
        ("Confirmed last four of his social 2764 with the pharmacy.", "2764", "SSN"),
        ("SSN ending in 6610 on the form.", "6610", "SSN"),
        ("SS#, last 4: ***-**-1187", "***-**-1187", "SSN"),
        # partial phone and card numbers
        ("Remote monitor paired to cell ending 0386.", "0386", "PHONE"),
        ("Copay charged to Mastercard ending in 7214.", "7214", "ID"),
        ("Reimbursed to the study debit card ending 5098.", "5098", "ID"),
        # internal extensions written x<d>-<dddd>, upper-case extension marks, toll-free numbers with a 1800 prefix
        ("Ward clerk Ilse Brandt x3-4410", "x3-4410", "PHONE"),
        ("Questions: page Tomas x 318 on nights.", "x 318", "PHONE"),
        ("Page resident (X7-1932) if MAP < 65.", "X7-1932", "PHONE"),
        ("RETURN CALL TO 415-555-0172 EXT 208", "415-555-0172 EXT 208", "PHONE"),
        ("Poison line 1800-116-117 (24 h).", "1800-116-117", "PHONE"),
    ],
)
def test_partial_and_internal_numbers(text, original, typ):
    assert phi(text).get(original) == typ, phi(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Lease ending 2027, moving in with her son.", "2027"),
        ("Magnification x4-10 objective used.", "x4-10"),
        ("Audit of the last 4 cases showed 2 delays.", "4"),
    ],
)
def test_partial_number_cues_need_their_words(text, word):
    assert word not in phi(text), phi(text)


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # a patient's number at a practice, however the label is phrased
        ("Our chart # for her is KLM-204417. Please fax results.", "KLM-204417", "MRN"),
        ("Resident: Ada Voss   Res #: GH-5521", "GH-5521", "MRN"),
        ("pt #: 0044817   dob 2/2/51", "0044817", "MRN"),
        ("NURSING NOTE 3/3/26\nAlvarez, Rosa M  MCH-2280417  Bed 12", "MCH-2280417", "MRN"),
        ("Clinic note\nPatient: Omar Haddad   Lakeside #: 55102   DOB 2/2/1950", "55102", "MRN"),
        # registers' and agencies' numbers after "no."/"#"/"ref", an agency prefix repeated in the value
        ("Reported to police, OB no. OB 2211/05/2025.", "OB 2211/05/2025", "ID"),
        ("Claim lodged, ref WCB WCB/2025/44810.", "WCB WCB/2025/44810", "ID"),
        ("Consular card # KX-7719-2204551 shown as photo ID.", "KX-7719-2204551", "ID"),
        ("Shelter intake # 552190 on file.", "552190", "ID"),
        # clinicians' registrations outside the US and UK
        ("Dr Thandi Mokoena (HPCSA MP 0551230)", "MP 0551230", "ID"),
        ("Registrar, MCRN 409915", "409915", "ID"),
        ("Midwife, NMBI PIN 204771", "204771", "ID"),
        ("Dr Rao, KMC Reg. 2011/07/4410", "2011/07/4410", "ID"),
        ("College of Nurses of Ontario reg # 22814", "22814", "ID"),
        ("Provider: J. Ruiz, DO   Lic. 036.118842", "036.118842", "ID"),
        # national and payer numbers in their printed forms
        ("Medicare: 2953 71804 1 / 2", "2953 71804 1 / 2", "ID"),
        ("Centrelink CRN: 311 902 448B", "311 902 448B", "ID"),
        ("Booked via e-RS, UBRN 0009 1187 5520.", "0009 1187 5520", "ID"),
        ("Photo ID: NV DL 104 772 390", "104 772 390", "ID"),
        ("Vehicle: plate OH JKR-4471", "JKR-4471", "ID"),
        # log-ins in audit lines, portal sessions, newborn bands, device UDIs
        ("Report exported by tnakamura via Clarity on ws 12", "tnakamura", "ID"),
        ("last modified 2025-03-01 by svc_lab_feed01", "svc_lab_feed01", "ID"),
        ("Portal login (username on file: kpowell77)", "kpowell77", "ID"),
        ("Video visit session VV-3f9a22c1 started 14:02", "VV-3f9a22c1", "ID"),
        ("Baby ID band #30418 checked against mother's.", "30418", "ID"),
        # short police numbers, a member card's person code
        ("Statement taken by Trooper Vance #2207 at the scene.", "2207", "ID"),
        ("Coroner's investigator (shield 418) attended.", "418", "ID"),
        ("Subscriber ID: WRT660192284 02   Group: 55018", "WRT660192284 02", "ID"),
        ("Census pulled by jkowal via Epic on ws MGH-ED-14 at 0600", "MGH-ED-14", "ID"),
        ("handover\nokafor, ben 71m #00418822 bed 4", "00418822", "MRN"),
        ("Implant UDI (01)10884521062856(17)300301(10)L4411(21)SN99812", "(01)10884521062856(17)300301(10)L4411(21)SN99812",
         "ID"),
    ],
)
def test_identifier_classes(text, original, typ):
    assert phi(text).get(original) == typ, phi(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # lots, batches, codes and study numbers identify a product or a study, not a person
        ("Tdap given L deltoid (Boostrix lot 7KJ2291).", "7KJ2291"),
        ("Rituximab batch no. HB40021, expiry 2027.", "HB40021"),
        ("Rx BIN 004336 / PCN ADV / Group RX1234", "004336"),
        ("Plan PCN 09120000", "09120000"),
        ("IRB# 2023-1184 approved the consent.", "2023-1184"),
        ("29yo G4P2012 at 31w", "G4P2012"),
        ("Problem list (SNOMED): Type 2 diabetes (44054006); CKD 3 (433144002)", "44054006"),
        ("Vaccine          Mfr/Lot           Site\nMMR              Merck / W004412   L arm", "W004412"),
        ("Interpreter ID 336014 used; lives in Boise ID 83702.", "33601"),  # a ZIP ends with its number
    ],
)
def test_codes_lots_and_study_numbers_are_no_identifiers(text, word):
    assert word not in phi(text), phi(text)


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # numbers in an OCR'd fax with a letter O or l where a 0 or 1 was printed
        ("FAX FROM: RIVERSIDE LAB   (330)555-O19l   DATE: 1l/O4/2O25", "(330)555-O19l", "PHONE"),
        ("FAX FROM: RIVERSIDE LAB   (330)555-O19l   DATE: 1l/O4/2O25", "1l/O4/2O25", "DATE"),
        ("Collected : 2l-Mar-2O26 07:40", "2l-Mar-2O26", "DATE"),
        # an international mobile written country code + 5 + 5
        ("Mobile: +91-98451 20077", "+91-98451 20077", "PHONE"),
    ],
)
def test_ocr_misread_digits_and_international_mobiles(text, original, typ):
    assert phi(text).get(original) == typ, phi(text)


def test_gases_and_words_are_no_ocr_numbers():
    assert phi("O2 sat 94% on 2L, CO2 24, pO2 81, FiO2 0.4O, H2O2 rinse, 1O mg Ol") == {}


def test_model_numbers_are_no_identifiers():
    assert phi("Lead: Model #: 5076-52 cm. Model no. 4470-019 in the chart.") == {}


def test_fhir_identifiers_typed_by_their_system():
    doc = ('{"resourceType":"Patient","id":"pt-55102",\n "identifier":[{"system":"urn:oid:1.2.3","type":{"coding":'
           '[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"RMH-0041187"},\n'
           '   {"system":"http://hl7.org/fhir/sid/us-ssn","value":"512-44-0917"},'
           '{"system":"https://payer.example/member","value":"QXB55120418"}],\n'
           ' "telecom":[{"system":"phone","value":"+1 (312) 555-0190"}], "gender":"male"}')
    found = phi(doc)
    assert found["pt-55102"] == "ID"
    assert found["RMH-0041187"] == "MRN"
    assert found["512-44-0917"] == "SSN"
    assert found["QXB55120418"] == "ID"
    assert found["+1 (312) 555-0190"] == "PHONE"
    assert "male" not in found


@pytest.mark.parametrize("text", ["Continue Suboxone 8/2 film daily.", "Lortab 7/5 prn pain", "Norco 10/5 at night"])
def test_combination_drug_strengths_are_no_dates(text):
    assert not any(t == "DATE" for t in phi(text).values()), phi(text)


def test_a_name_like_month_in_brackets_is_no_date():
    assert phi("Her aunt (May) drove her in.").get("May") != "DATE"


@pytest.mark.parametrize("text, original", [("She is turning 92 next week.", "92"),
                                            ("Party for him turning ninety-three.", "ninety-three")])
def test_turning_an_age_over_89(text, original):
    assert phi(text).get(original) == "AGE>89", phi(text)
