"""De-identification, round 4 of numbers and dates: scanned pages read with their digits restored, dates
counted from a holiday, vague dates ("early Oct", "Sept:"), compact ranges, handles and accounts, plates,
council and register numbers, masked numbers, device tags, and what is no ID (forms, lots, trial registrations,
reference ranges, FHIR coding systems)."""

import pytest

from tests.deid_support import phi


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # a day counted from a holiday, a holiday's week, and holidays beyond the federal list
        ("Seen 12/24 (two days after Christmas Eve)... no: seen Sat after Easter, stable.", "Sat after Easter", "DATE"),
        ("Visit moved (the day after Thanksgiving) per family.", "the day after Thanksgiving", "DATE"),
        ("Ran out of insulin over Diwali week while travelling.", "Diwali week", "DATE"),
        ("No falls since Ash Wednesday per daughter.", "Ash Wednesday", "DATE"),
        # vague dates: the part of the month belongs to the date; a month before a colon dates a result
        ("Had a flare in late Feb, settled on prednisolone.", "late Feb", "DATE"),
        ("Admitted at the beginning of August with DKA.", "the beginning of August", "DATE"),
        ("Bloods: FBC Oct: Hb 121, plt 240.", "Oct", "DATE"),
    ],
)
def test_dates(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize("text, kept", [
    ("Daughter brought Mardi Gras beads for the ward.", "Mardi Gras"),  # (no date; the name rules judge it)
    ("Goes to church every Easter week.", "Easter"),
    ("May: the patient may call back.", "May"),
])
def test_not_dates(text, kept):
    assert phi(text).get(kept) != "DATE"


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # a scanned page: a month with a zero for its O, a day with a letter O, a time that is no date
        ("SCANNED PAGE\nDOB 1O/O4/1961\nReceived: 2O Oct 2O25\nSigned  Date: 19 N0v 2O25\n"
         "booked Tue O9 Dec 1O:3O clinic", "19 N0v 2O25", "DATE"),
        ("SCANNED PAGE\nDOB 1O/O4/1961\nReceived: 2O Oct 2O25\nbooked Tue O9 Dec 1O:3O clinic",
         "Tue O9 Dec", "DATE"),
        # one misread digit is enough inside a phone number's shape
        ("Clinic line (415) 882-90O0, fax to follow.", "(415) 882-90O0", "PHONE"),
        ("daughter says her cell is 503 2o7 8814", "503 2o7 8814", "PHONE"),
    ],
)
def test_scanned_numbers(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # social-media handles and accounts after a coder's label or a chat's greeting
        ("Ex-partner harassing her on TikTok (@lil.rae_22) daily.", "@lil.rae_22", "ID"),
        ("Audit: abstracted by Coder: marisol.t on 2/3.", "marisol.t", "ID"),
        ("[09:02] System: Welcome tom_h88! A nurse will join.", "tom_h88", "ID"),
        # a vehicle's plate after "vehicle" alone, a council's letters after "Reg. No."
        ("Ambulance vehicle: DT 71 KQ attended.", "DT 71 KQ", "ID"),
        ("Hit by a car (vehicle 8XYZ 442, driver fled).", "8XYZ 442", "ID"),
        ("Surgeon: Dr R. Menon   Reg. No. KMC 1998/11/2207", "KMC 1998/11/2207", "ID"),
        ("Reviewed by physio (HCPC 118842).", "118842", "ID"),
        # numbers of bills, reports, cards, and a census number with a letter prefix
        ("Invoice no. SRH/2611/4471 raised.", "SRH/2611/4471", "ID"),
        ("Accident report number AR-26/0442 filed.", "AR-26/0442", "ID"),
        ("Ration card no: MH/PUN/2025/11842", "MH/PUN/2025/11842", "ID"),
        ("Census #: K-2209 4417   Chapter: Chinle", "K-2209 4417", "ID"),
        # a masked number, a device tag
        ("PAN on file: XXXX XXXX 3391", "XXXX XXXX 3391", "ID"),
        ("Scanned at bedside with handheld NHW-SCAN-118.", "NHW-SCAN-118", "ID"),
        # a bare domain of a country's second level, a fax header's number dialled with the 1
        ("Leaflet: see kidney.org.nz/diet for more.", "kidney.org.nz/diet", "URL"),
        ("FAX  FROM: 5415550142  TO: 15035550177  PG 1/3", "15035550177", "PHONE"),
        # an in-law's age
        ("MIL is 96 and lives with them.", "96", "AGE>89"),
    ],
)
def test_identifiers(text, original, typ):
    assert phi(text).get(original) == typ


@pytest.mark.parametrize("text, kept", [
    ("Lives @home with wife; q4h @night.", "@home"),
    ("Dose given @q4h.", "@q4h"),
    ("MOTOR VEHICLE 2 OF 3 IN COLLISION", "2 OF 3"),
    ("Escalated per policy ICU-SED-012 (rev 3).", "ICU-SED-012"),
    ("LI-RADS-4 observation in segment 7.", "LI-RADS-4"),
    ("Nothing to report no. 2 drain removed.", "2"),
])
def test_not_identifiers(text, kept):
    assert kept not in phi(text)


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("Dr Vance covering 10/17-18 weekend.", "10/17-18", "DATE"),
        ("LMP ~8/14, unsure of dates.", "8/14", "DATE"),
    ],
)
def test_compact_ranges_and_hedged_dates(text, original, typ):
    assert phi(text).get(original) == typ


def test_trial_registrations_and_repaired_scan_words_are_no_ids():
    assert "NCT04417720" not in phi("Enrolled in the study (NCT04417720) last month.")
    scan = "SCANNED FAX  D0B: O3/O4/1950\nReas0n f0r referra1: fa11s, dizzy\nPh: 2O2 555 O1O6"
    found = phi(scan)
    assert "referra1" not in found and found.get("O3/O4/1950") == "DATE"


def test_a_day_after_a_range_is_no_day_of_it():
    assert phi("Taken 2/3-4 times daily? unclear").get("2/3-4") is None


@pytest.mark.parametrize(
    "text, original, typ",
    [
        ("TRANSFERRED TO ST MARY ED   MRN AT RECEIVING: K00441187", "K00441187", "MRN"),
        ("Handover signed: R. Osei #5520   Ward 3", "5520", "ID"),
        ("She said her birthday was November, not this week.", "November", "DATE"),
    ],
)
def test_record_labels_signers_and_birthday_months(text, original, typ):
    assert phi(text).get(original) == typ


def test_a_short_number_after_a_shop_or_a_name_without_initial_is_no_staff_number():
    assert "2" not in phi("Seen by Mrs. J. Smith #2 in the queue.")


def test_fhir_coding_systems_are_no_urls_but_a_patients_link_is():
    text = ('{"resourceType":"Observation","code":{"coding":[{"system":"http://snomed.info/sct","code":"271649006"}]},'
            '"extension":[{"url":"http://acme.example/fhir/visit-room","valueUrl":"https://room.example.com/dr-kofi-22"}]}')
    urls = [v for v, t in phi(text).items() if t == "URL"]
    assert urls == ["https://room.example.com/dr-kofi-22"]


@pytest.mark.parametrize("text, kept", [
    ("Dialysis unit: HCFA-1500 and CMS-2728 on file.", "CMS-2728"),
    ("Consent (hospital form QX-2207) signed.", "QX-2207"),
    ("Vaccine Lot #s: K220419881 and K220419902", "K220419881"),
    ("pt: Harlan, Beth Ann   g4p3003   edd 5/2/27", "g4p3003"),
    ("K 5.9 (ref 3.5-5.1), repeat pending", "3.5-5.1"),
])
def test_forms_lots_obstetrics_and_reference_ranges_are_no_ids(text, kept):
    assert kept not in phi(text)


def test_a_trusts_number_beside_the_nhs_number_is_the_hospital_number():
    found = phi("NHS No: 485 777 3456   WUTH No: W1187302\nGP: Dr Penrose")
    assert found.get("W1187302") == "MRN" and found.get("485 777 3456") == "ID"
    assert phi("Case   ABC No: Q77120").get("Q77120") == "ID"  # an agency's number, no NHS number beside it
