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
