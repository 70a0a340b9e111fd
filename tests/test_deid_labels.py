"""Form labels across PHI types: the label of a "Label: value" field says what the value is (a person, a
facility, a place, a postcode), and the value must still look like one ("Escort: None" is nobody)."""

import pytest

from tests.deid_support import names, phi, typed


@pytest.mark.parametrize("text, name", [
    ("Policy holder: Leopold Farquharson", "Leopold Farquharson"),
    ("Escort: Cuthbert Ravensworth", "Cuthbert Ravensworth"),
    ("Accompanied by: Cuthbert Ravensworth", "Cuthbert Ravensworth"),
    ("Treating doctor: Cuthbert Ravensworth", "Cuthbert Ravensworth"),
    ("Paediatrician: Cuthbert Ravensworth", "Cuthbert Ravensworth"),
    ("Prescriber: Cuthbert Ravensworth", "Cuthbert Ravensworth"),
    ("Authorised by: Cuthbert Ravensworth", "Cuthbert Ravensworth"),
])
def test_role_labels_name_a_person(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "Escort: None", "Policy holder: Self", "Interpreter: N/A", "Prescriber: Unknown",
    "Place of death: Home", "Birthplace: Unknown", "Place of death: Inpatient", "School: none",
])
def test_placeholder_values_are_no_phi(text):
    assert phi(text) == {}


@pytest.mark.parametrize("text, facility", [
    ("Hospital: Ravensbrook", "Ravensbrook"),
    ("Facility name: Ravensbrook", "Ravensbrook"),  # no person's name after "name:"
    ("Place of delivery: Ravensbrook", "Ravensbrook"),
    ("Care home: Ravensbrook", "Ravensbrook"),
    ("GP surgery: Ravensbrook", "Ravensbrook"),
    ("School: Ravensbrook", "Ravensbrook"),
    ("Daycare: Ravensbrook", "Ravensbrook"),
    ("Church: Ravensbrook", "Ravensbrook"),
    ("HEALTH CENTRE: RAVENSBROOK", "RAVENSBROOK"),
    ("Health centre: Ravensbrook Dunmore     Ward: 4", "Ravensbrook Dunmore"),  # ends at the column gap
])
def test_facility_labels(text, facility):
    assert typed(text, "FACILITY") == [facility]


def test_capitals_section_header_lab_is_no_facility():
    assert typed("LAB: Na 131, K 4.0, Gen Screen negative.", "FACILITY") == []


@pytest.mark.parametrize("text, place", [
    ("Place of birth: Ballymena", "Ballymena"),
    ("Birthplace: Ballymena", "Ballymena"),
    ("Home town: Ballymena", "Ballymena"),
    ("Place of residence: Ballymena", "Ballymena"),
    ("Municipality: Ballymena", "Ballymena"),
    ("Street: Larkspur Close", "Larkspur Close"),
    ("Parish: St Brelade", "St Brelade"),
])
def test_place_labels(text, place):
    assert typed(text, "ADDRESS") == [place]


def test_eircode_after_its_label():
    assert typed("Eircode: T12 X7K4", "ZIP") == ["T12 X7K4"]
