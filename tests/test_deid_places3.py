"""Places in the de-identifier, round 3: towns before a postcode without a street line, courts, police, prisons,
local offices and firms named by their kind, employers after a work cue, labelled localities, highways.
Examples are written for these tests (varied towns and countries); none is taken from the evaluation sets."""

import pytest

from tests.deid_support import typed


@pytest.mark.parametrize("text, towns, postcode", [
    ("Seen at Dunvegan Clinic, Glendale, Portree IV51 9HX on the ward round.", ["Glendale", "Portree"], "IV51 9HX"),
    ("Her flat is in Kelowna BC V1Y 6H2 now.", ["Kelowna"], "V1Y 6H2"),
])
def test_towns_before_a_postcode_without_a_street(text, towns, postcode):
    addresses = " ".join(typed(text, "ADDRESS"))
    assert all(t in addresses for t in towns) and postcode in typed(text, "ZIP")


def test_identifier_label_before_a_number_is_no_town():
    assert typed("Plan ID AB-55120449, Group 08812-0041 (county employees).", "ADDRESS") == []


@pytest.mark.parametrize("text, facility", [
    ("Arraignment at Larimer County Courthouse next week.", "Larimer County Courthouse"),
    ("Welfare check requested from Brazos County Sheriff's Office.", "Brazos County Sheriff's Office"),
    ("Custody hearing at Roxbury District Court on Friday.", "Roxbury District Court"),
    ("Brought in by Tacoma Police Department after the collision.", "Tacoma Police Department"),
    ("Her son is held at Pelican Bay State Prison.", "Pelican Bay State Prison"),
    ("Waitlisted with Spokane Housing Authority for a voucher.", "Spokane Housing Authority"),
    ("Body released to Oakridge Funeral Services today.", "Oakridge Funeral Services"),
    ("He drives for Halvorsen Freight LLC out of the port.", "Halvorsen Freight LLC"),
    ("She packs fruit at Tierra Verde Packing Co. in season.", "Tierra Verde Packing Co."),
])
def test_courts_police_prisons_offices_and_firms(text, facility):
    assert facility in typed(text, "FACILITY")


@pytest.mark.parametrize("text", [
    "Pre-auth sent to Sunrise Health Insurance Ltd for approval.",
    "Lives in Co. Mayo with her sister.",
])
def test_payers_and_irish_counties_are_no_firms(text):
    assert typed(text, "FACILITY") == []


@pytest.mark.parametrize("text, employer", [
    ("He works nights at Brennan Tool & Die and sleeps days.", "Brennan Tool & Die"),
    ("Employer: Castillo Roofing, Yard 2", "Castillo Roofing"),
    ("She lost her job at Harbor Freight in March.", "Harbor Freight"),
    ("Employed by Okonkwo Haulage since 2019.", "Okonkwo Haulage"),
])
def test_employer_after_a_work_cue(text, employer):
    assert employer in typed(text, "FACILITY")


@pytest.mark.parametrize("text", [
    "She works at Eye Center as a receptionist.",  # a kind of place: other rules judge it
    "Works for Dr. Ames part time.",
    "He works at Fresno's packing houses in summer.",
    "Discussed with employer HR contact.",
])
def test_work_cue_without_an_employer_name(text):
    assert typed(text, "FACILITY") == []


@pytest.mark.parametrize("text, place", [
    ("State: Bihar   District: Sitapur   Block: 4", "Sitapur"),
    ("County: Migori   Sub-county: Rongo", "Rongo"),
    ("Physical locator: Kabondo market, near the church", "Kabondo"),
    ("Lives off WV-20 past the second bridge.", "WV-20"),
    ("Rollover on Route 9 near the quarry.", "Route 9"),
])
def test_labelled_localities_and_highways(text, place):
    assert place in typed(text, "ADDRESS")


def test_interleukin_is_no_highway():
    assert typed("Started on IL-6 blockade and IL-17 inhibitor.", "ADDRESS") == []


@pytest.mark.parametrize("text, facility", [
    ("Referred from PHC Kondapur to CHC Sirsa for delivery.", "CHC Sirsa"),
    ("Booked at BHU Chak-12 antenatal clinic.", "BHU Chak-12"),
])
def test_kind_first_public_health_facilities(text, facility):
    assert facility in typed(text, "FACILITY")


def test_kind_first_acronym_before_a_common_word():
    assert typed("PHC Outreach visits weekly; CHC Referral form attached.", "FACILITY") == []
