"""Places in the de-identifier, round 2: towns after a journey or an origin, institutions named by their kind
(schools, churches, associations, EMS, GP surgeries, consultants), and a facility's branch after a dash.
Examples are written for these tests (varied towns and countries); none is taken from the evaluation sets."""

import pytest

from medlm.corpus.deid import deidentify
from tests.deid_support import typed


@pytest.mark.parametrize("text, town", [
    # towns that are also first names or eponyms, after a journey or an origin
    ("Her nephew is flying in from Austin tomorrow.", "Austin"),
    ("Son driving up from Madison tonight to sit with her.", "Madison"),
    ("Brother flew in from Florence (Italy) on Sunday.", "Florence"),
    ("A 66-year-old retired machinist from Marshall, here with dyspnoea.", "Marshall"),
    ("He is coming down from Wellington next week for the family meeting.", "Wellington"),
    ("Wife travelling back to Denver after discharge.", "Denver"),
])
def test_town_after_travel_or_origin(text, town):
    assert town in typed(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "Got a phone call from Madison (daughter) this morning.",
    "Denver shunt placed in 2019; Denver developmental screen normal.",
])
def test_person_or_eponym_is_no_town(text):
    assert typed(text, "ADDRESS") == []


@pytest.mark.parametrize("text, facility", [
    ("Patient teaches at Lincoln Elementary and coaches at Jefferson High School.", "Jefferson High School"),
    ("Patient teaches at Kearsley Elementary, on her feet all day.", "Kearsley Elementary"),
    ("Strong support from Riverside Baptist Church; pastor visits.", "Riverside Baptist Church"),
    ("Transported by Tri-Valley EMS, Medic 7.", "Tri-Valley EMS"),
    ("Registered with Millbrook Surgery, Station Road, Didcot OX11 7AB.", "Millbrook Surgery"),
    ("Slides reviewed by Lakeshore Pathology Consultants.", "Lakeshore Pathology Consultants"),
    ("Discharged to Oakwood Post-Acute for rehab.", "Oakwood Post-Acute"),
    ("PCP: Greenfield Community Health Centers, Dr Amos.", "Greenfield Community Health Centers"),
])
def test_institutions_named_by_kind(text, facility):
    assert facility in typed(text, "FACILITY")


@pytest.mark.parametrize("text", [
    "History of General Surgery and Cardiac Surgery consults.",
    "s/p Laminectomies Surgery in 2019.",
    "She finished high school and some college; attends Sunday School.",
])
def test_kinds_without_a_name_are_no_facility(text):
    assert typed(text, "FACILITY") == []


@pytest.mark.parametrize("text, facility", [
    ("Seen at Concentra Urgent Care - Aurora for the work injury.", "Concentra Urgent Care - Aurora"),
    ("Dialysis: Fresenius Kidney Care - West Raleigh, MWF.", "Fresenius Kidney Care - West Raleigh"),
    ("PCP at Maplewood Health Center - Stone Ridge.", "Maplewood Health Center - Stone Ridge"),
])
def test_branch_after_a_dash(text, facility):
    assert facility in typed(text, "FACILITY")


def test_person_after_a_dash_is_no_branch():
    out = deidentify("Prenatal care: Harborview Family Medicine - Moreno, Lucia CNM").spans
    assert ("FACILITY", "Harborview Family Medicine") in [(t, o) for _, _, t, o in out]


@pytest.mark.parametrize("text, place, typ", [
    ("Son Callum (lives Kendal) will visit at the weekend.", "Kendal", "ADDRESS"),
    ("She is a junior at University of Toledo, lives in dorms.", "University of Toledo", "FACILITY"),
    ("Graduated from Bowling Green State University.", "Bowling Green State University", "FACILITY"),
    ("Cardiology follow-up, Beacon Hospital, in 3 months.", "Beacon Hospital", "FACILITY"),
    ("Transferred from Harmony Medical Center for cath.", "Harmony Medical Center", "FACILITY"),
])
def test_more_places(text, place, typ):
    assert place in typed(text, typ)


@pytest.mark.parametrize("text", [
    "Hospital course was uneventful. Referred to the Day Hospital programme.",
    "Transferred from X Hospital on the day of injury.",
    "College of Physicians and Surgeons of Ontario registration 12345.",
])
def test_kinds_of_hospital_are_no_name(text):
    assert typed(text, "FACILITY") == []


@pytest.mark.parametrize("text, town", [
    ("Appointment moved to our Worcester office on Tuesday.", "Worcester"),
    ("She prefers the Gainesville clinic (closer to home).", "Gainesville"),
    ("Records sent from the Toowoomba campus.", "Toowoomba"),
])
def test_town_naming_a_site(text, town):
    assert town in typed(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "Seen at the Mobile clinic and the Reading office.",  # common words that are also towns
    "Dr Decatur clinic note reviewed.",
])
def test_no_town_before_a_site(text):
    assert typed(text, "ADDRESS") == []


@pytest.mark.parametrize("text, facility", [
    ("Blister pack from Chemist Warehouse Pharmacy Footscray.", "Chemist Warehouse Pharmacy Footscray"),
    ("Requesting facility: Marianjoy Rehabilitation", "Marianjoy Rehabilitation"),
    ("Referring facility: Hollister Valley Medical", "Hollister Valley Medical"),
])
def test_town_after_any_facility_head_and_more_labels(text, facility):
    assert facility in typed(text, "FACILITY")


@pytest.mark.parametrize("text, facility", [
    ("Airlifted to UNC Hospital overnight.", "UNC Hospital"),
    ("Prior records from MUHC Medical Centre were reviewed.", "MUHC Medical Centre"),
])
def test_acronym_named_hospital_after_a_place_word(text, facility):
    assert facility in typed(text, "FACILITY")


@pytest.mark.parametrize("text", [
    "PMH: COPD Hospital admission x3 this year.",
    "COURSE IN HOSPITAL: uneventful. LEFT HOSPITAL AMA.",
])
def test_acronym_before_hospital_without_a_place_word(text):
    assert typed(text, "FACILITY") == []


@pytest.mark.parametrize("text, place", [
    ("Grandmother lives in Mount Pleasant Heights; visits weekly.", "Pleasant Heights"),
    ("Found wandering near Bellingham Vale, brought in by police.", "Bellingham Vale"),
    ("Family in Rainford Village, Lancashire.", "Rainford Village"),
])
def test_place_by_its_landform_word(text, place):
    assert any(place in a for a in typed(text, "ADDRESS"))


def test_landform_word_before_a_facility_head_is_the_facility():
    assert typed("Seen at Maple Grove Hospital today.", "FACILITY") == ["Maple Grove Hospital"]


@pytest.mark.parametrize("text, facility", [
    ("Clinic: Summit Motion Physical Therapy, Suite 4", "Summit Motion Physical Therapy"),
    ("Home infusion: Coram Care Health (ph 555-0100)", "Coram Care Health"),
])
def test_label_value_ending_in_a_head(text, facility):
    assert facility in typed(text, "FACILITY")


def test_county_or_parish_in_brackets_after_a_number_is_a_place():
    assert "Tangipahoa Parish" in typed("Hammond, LA 70401 (Tangipahoa Parish).", "ADDRESS")


def test_generic_label_value_is_no_facility():
    assert typed("Clinic: Cardiology Clinic\nClinic: Follow Up", "FACILITY") == []


@pytest.mark.parametrize("text, town, eircode", [
    ("Home: 4 Abbey View, Kilkenny R95 X2F7", "Kilkenny", "R95 X2F7"),
    ("Lives at 22 Seafield Rd, Clontarf, Dublin 3, D03 KP20.", "Dublin 3", "D03 KP20"),
])
def test_eircode_after_its_town(text, town, eircode):
    assert eircode in typed(text, "ZIP") and any(town in a for a in typed(text, "ADDRESS"))


def test_vertebral_levels_are_no_eircode():
    assert typed("Compression fracture T12 and L1; T11 T12 disc space.", "ZIP") == []


def test_singapore_block_unit_and_postcode():
    text = "Discharge to Blk 118 Rivervale Drive, #05-33, Singapore 540118 (daughter's flat)."
    assert "540118" in typed(text, "ZIP")
    addresses = typed(text, "ADDRESS")
    assert "Blk 118 Rivervale Drive" in addresses and any("#05-33" in a for a in addresses)


@pytest.mark.parametrize("text, facility", [
    ("Prior cath at Froedtert Menomonee Falls in 2023.", "Froedtert"),
    ("Follow-up at UCHealth Highlands Ranch next month.", "UCHealth"),
])
def test_health_system_and_campus(text, facility):
    assert any(a.startswith(facility) for a in typed(text, "FACILITY"))


@pytest.mark.parametrize("text, facility", [
    ("Letter from Sheffield Children's NHS Foundation Trust, paediatric diabetes team.",
     "Sheffield Children's NHS Foundation Trust"),
    ("Referred on by Hywel Dda University Health Board.", "Hywel Dda University Health Board"),
])
def test_uk_nhs_bodies(text, facility):
    assert facility in typed(text, "FACILITY")


def test_nhs_body_without_a_name_is_no_facility():
    assert typed("Per local Health Board and NHS Trust policy.", "FACILITY") == []


@pytest.mark.parametrize("text, facility", [
    ("Sleeps at Bowery Mission most nights.", "Bowery Mission"),
    ("Groceries from Westside Food Bank weekly.", "Westside Food Bank"),
    ("Syringes from Portland Needle Exchange.", "Portland Needle Exchange"),
])
def test_community_organisations(text, facility):
    assert facility in typed(text, "FACILITY")


def test_kinds_of_organisation_without_a_name():
    assert typed("Plasma Exchange planned; American Cancer Society leaflet; Social Network.", "FACILITY") == []
