"""Places in the de-identifier: whole postal addresses (labelled values, comma-separated chains from the dwelling
to the postcode, unit/number forms, streets without a house number), postcodes, and facility names.
Examples are written for these tests in the conventions of each country; none is taken from the evaluation sets."""

import pytest

from medlm.corpus.deid import deidentify
from tests.deid_support import typed


def spans(text):
    return [(t, o) for _, _, t, o in deidentify(text).spans]


@pytest.mark.parametrize("text, address, postcode", [
    # labelled values, the whole line up to the postcode / phone / wide gap
    ("Home address: 7 Rosebery Avenue, Flat 2, Islington, London EC1R 4SR  Tel 020 7946 0321",
     "7 Rosebery Avenue, Flat 2, Islington, London", "EC1R 4SR"),
    ("Adresse: 455 boulevard René-Lévesque, Montréal, QC H2Z 1Z3", "455 boulevard René-Lévesque, Montréal, QC",
     "H2Z 1Z3"),
    ("Address: H.No. 8-2-293, Road No. 7, Banjara Hills, Hyderabad 500034   Mob 98480 12345",
     "H.No. 8-2-293, Road No. 7, Banjara Hills, Hyderabad", "500034"),
    ("Daughter lives at Rose Cottage, Church Lane, Little Snoring, Norfolk NR21 0AB.",
     "Rose Cottage, Church Lane, Little Snoring, Norfolk", "NR21 0AB"),
    ("Place of care: home - 61 Juniper Hollow Rd, Bozeman, MT 59715. Hospice RN visits twice weekly.",
     "61 Juniper Hollow Rd, Bozeman, MT", "59715"),
    ("Location: home, Apt 9C, Harbour View Towers, 21 Quay Street, Cork T12 X8N4", None, None),
    # chains without a label: dwelling, house number, building and district parts before the street/town
    ("Her brother, Plot No. 45, Sector 21, Gurugram 122016, will visit", "Plot No. 45, Sector 21, Gurugram", "122016"),
    ("sister: Flat 6, Alder Court, 19 Paradise Street, Liverpool L1 8JF", "Flat 6, Alder Court, 19 Paradise Street, Liverpool",
     "L1 8JF"),
    ("c/o 3/17 Marine Pde, St Kilda VIC 3182", "3/17 Marine Pde, St Kilda VIC", "3182"),
    ("Contact: 14 Ngong Road, Kilimani, Nairobi 00100", "14 Ngong Road, Kilimani, Nairobi", "00100"),
    ("resides at 9 Tui Street, Ōtorohanga 3900.", "9 Tui Street, Ōtorohanga", "3900"),
    ("Emergency contact at 1208-330 Queens Quay W, Toronto, ON M5V 3A8", "1208-330 Queens Quay W, Toronto, ON", "M5V 3A8"),
    # a US ZIP after a town without a state; a city that is also a state name
    ("drove to 412 Orchard Way, Hershey 17033 yesterday", "412 Orchard Way, Hershey", "17033"),
    ("Address: 14 Kildare Street, Dublin 2, D02 XW45", "14 Kildare Street, Dublin 2", "D02 XW45"),  # Eircode
    ("Office: 3 Times Square, 12th Floor, New York, NY 10036", "3 Times Square, 12th Floor, New York, NY", "10036"),
    ("House No. 221, Sector 15-A, Chandigarh 160015", "House No. 221, Sector 15-A, Chandigarh", "160015"),
    ("Address: Ward No. 5, Near Shiv Mandir, Village Rampur, Dist. Bareilly, UP 243001",
     "Ward No. 5, Near Shiv Mandir, Village Rampur, Dist. Bareilly, UP", "243001"),
])
def test_whole_address_and_postcode(text, address, postcode):
    got = spans(text)
    if address is None:  # only: nothing of it left
        out = deidentify(text).text
        assert "Harbour" not in out and "Quay" not in out and "T12" not in out and "Apt 9C" not in out
        return
    assert ("ADDRESS", address) in got, got
    assert ("ZIP", postcode) in got, got


@pytest.mark.parametrize("text, street", [
    ("was found behind a dumpster on Willow Creek Rd near the school", "Willow Creek Rd"),
    ("incident at the 2400 block of N Halsted St around 2am", "2400 block of N Halsted St"),
    ("met him at a bar on 6th Street, then", "6th Street"),
    ("MVC at the intersection of Kellogg Ave & Rock Rd.", "Rock Rd"),
    ("MVC at the intersection of Kellogg Ave & Rock Rd.", "Kellogg Ave"),
    ("Vive au 1200 calle de la Paz, Sevilla", "1200 calle de la Paz, Sevilla"),
    ("Lives at 88 Quarry Lane, Montpelier.", "88 Quarry Lane, Montpelier"),
    ("Son lives at 55 Queen Street West, Suite 1200, Toronto.", "55 Queen Street West, Suite 1200, Toronto"),
    ("refills to the pharmacy on Birchmount Road in Oshawa, Ontario as before", "Birchmount Road in Oshawa, Ontario"),
    ("Rx faxed to Rexall #3310 on Gladstone.", "Gladstone"),  # a street after a chain store, its type left out
])
def test_streets_named_without_a_us_number_pattern(text, street):
    assert street in typed(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "She will address the concerns at 3 pm.",
    "He lives at home with his wife.",
    "Address: see chart",
    "Mailing address same as home",
    "I was called to an address XYZ, on 12/26/96. I arrived",
    "ON CHRONIC LEFT SUBDURAL HEMATOMA WITH 9 MM MIDLINE SHIFT ON CT, NO SURGERY",
    "Neck 18 in   Epworth 15/24   STOP-BANG 6",
    "CSF taken on 10/19/94 via V-P shunt insertion",
    "placed on Main St. He said",  # a sentence may end after "St."; "Dr. Jones" may follow it
    "Plan: Phase 2 trial, Block 3 of chemotherapy, 2nd Cross-match pending",
    "Pharmacy: Walgreens on Main, ph 734.555.0164.",  # "Main" alone says too little to be kept out
    "Picked up at the CVS on Monday.",
])
def test_not_addresses(text):
    assert not typed(text, "ADDRESS") and not typed(text, "ZIP"), spans(text)


@pytest.mark.parametrize("text, facility", [
    # head words of primary care outside the US, specialty practices, and a hospital's town after its name
    ("Letter from Lakeview Family Health Team re: referral", "Lakeview Family Health Team"),
    ("Dear Dr Osei (Ballarat Health Hub),", "Ballarat Health Hub"),
    ("Death verified at Rowan Lodge Care Home by RN", "Rowan Lodge Care Home"),
    ("GP: Dr Hart, Kingsbridge Group Practice", "Kingsbridge Group Practice"),
    ("Seen by Dr Moyo at Lakeside Family Medical today", "Lakeside Family Medical"),
    ("Ridgeway Rheumatology & Infusion\n100 Elm St", "Ridgeway Rheumatology & Infusion"),
    ("Scan at Harbourside Imaging Center on Friday", "Harbourside Imaging Center"),
    ("Admitted to St Helier Hospital Carshalton overnight", "St Helier Hospital Carshalton"),
    ("Specimen to Microbiology Department, Northwick Park Hospital", "Microbiology Department, Northwick Park Hospital"),
    ("Audiogram done at Dr. Mehta's ENT Clinic last week", "Dr. Mehta's ENT Clinic"),
    ("transferred from Mercy Regional to our unit", "Mercy Regional"),
    # chains with a store number or a neighbourhood, hospital groups named without a head
    ("Rx sent to Walgreens #11873 on Elm", "Walgreens #11873"),
    ("meds from Jean Coutu #245 as usual", "Jean Coutu #245"),
    ("Insulin by Express Scripts mail order", "Express Scripts"),
    ("knee replacement at Spire Bristol in 2019", "Spire Bristol"),
    ("go to UPMC Eastwood if worse", "UPMC Eastwood"),  # a place-like word (an unknown one with philter)
    ("Follow-up at the John Radcliffe in 6 weeks.", "John Radcliffe"),
    ("referred to AIIMS Delhi for biopsy", "AIIMS Delhi"),
    # short names before a care setting, hospitals named by a royal, saints alone
    ("first seen at Overlake urgent care, then", "Overlake"),
    ("brought to Good Sam ED by EMS", "Good Sam"),
    ("appendicectomy 1998 at Royal Perth.", "Royal Perth"),
    ("Referred by St. Elizabeth's after", "St. Elizabeth's"),
    ("Pacemaker placed at Mercy for heart block.", "Mercy"),
])
def test_facility_names(text, facility):
    assert facility in typed(text, "FACILITY"), spans(text)


def test_zip_columns_of_a_table_row():
    assert typed("Field | Old | New\nZIP   | 04101  | 04102  | 04103\nPhone | n/a | n/a", "ZIP") == ["04101", "04102", "04103"]


def test_postcode_before_the_town_in_continental_addresses():
    for text, pc, town in (("Contact address - 8 Rue de la Paix, 75002 Paris", "75002", "Paris"),
                           ("Sister lives at 14 via Roma, 00184 Rome.", "00184", "Rome")):
        got = spans(text)
        assert ("ZIP", pc) in got and ("ADDRESS", town) in got, got
    got = spans("Daughter: 3 calle de Alcalá, 28014 Madrid")
    assert ("ADDRESS", "3 calle de Alcalá") in got and ("ZIP", "28014") in got and ("ADDRESS", "Madrid") in got, got


def test_the_town_after_a_facility_is_an_address():
    got = spans("Discharged to Maple Grove Care Home, Bristol.")
    assert ("FACILITY", "Maple Grove Care Home") in got and ("ADDRESS", "Bristol") in got, got
    got = spans("To: Dept of Respiratory Medicine, St James's University Hospital, Leeds")
    assert ("FACILITY", "Dept of Respiratory Medicine, St James's University Hospital") in got, got
    assert ("ADDRESS", "Leeds") in got, got


def test_facilities_in_lower_case_dictation():
    text = ("pt seen by dr adeyemi. f/u at brookhaven family practice in 2 wk. daughter had her c-section at saint "
            "agnes of the hills. awaiting bed at oakridge behavioral. seen at the cardiology clinic.")
    found = typed(text, "FACILITY")
    assert found == ["brookhaven family practice", "saint agnes of the hills", "oakridge behavioral"], found


def test_short_names_a_note_defines_are_facilities_everywhere():
    text = ("Transferred from Wagga Wagga Base Hospital (WWBH). Records from WWBH requested.\n"
            "Earlier at Good Sam (Good Samaritan Medical Center); Good Sam notes attached.\n"
            "Hospital no: KGH/2026/001 from Kettering General Hospital; KGH follow-up arranged.")
    found = typed(text, "FACILITY")
    assert found.count("WWBH") == 2 and found.count("Good Sam") == 2 and found.count("KGH") == 1, found


@pytest.mark.parametrize("text", [
    "Platform: Zoom for Healthcare. Link sent.",
    "He started at the Kroger distribution center last month.",
    "seen at Cardiology clinic today",
    "New Horizons Treatment Center (OTP) review; OTP dosing unchanged.",
    "an RTC (Residential Treatment Center) was discussed",
    "She wrote to the Queen Mother about it.",
    "Discussed with the Palliative Care Team today.",
    "Pulmonary: clear. Vascular: pulses 2+. Past Medical History: HTN.",
])
def test_not_facilities(text):
    found = typed(text, "FACILITY")
    assert not any(w in f for f in found for w in ("Zoom", "Kroger", "Cardiology", "OTP", "RTC", "Queen", "Care Team",
                                                    "Pulmonary", "Vascular", "Medical")), found
