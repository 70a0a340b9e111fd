"""Facilities in the de-identifier, round 5: local bodies and sites named by a place ("X Council", "X Human
Services", "X Health Care Facility"), facility heads in capitals, payers and PBMs that are no place of care,
a first line in title case that names the organisation, and the initials of a found name of common words.
Examples are written for these tests; none is taken from the evaluation sets."""

import pytest

from tests.deid_support import typed


@pytest.mark.parametrize("text, facility", [
    ("Safeguarding concern sent to Devonport Council adult team.", "Devonport Council"),
    ("Liaison from Red Lake Human Services called the ward.", "Red Lake Human Services"),
    ("Transferred from Tuba City Regional Health Care Facility - Renal Program", "Tuba City Regional Health Care Facility"),
    ("PT WAS TAKEN TO BRIDGEPORT HOSPITAL BY WIFE.\nHX CHF. NO ALLERGIES. VITALS STABLE ON ARRIVAL.", "BRIDGEPORT HOSPITAL"),
    ("REPORT CALLED TO DUNMORE AMBULANCE SERVICE AT 0400. PT STABLE, NO DISTRESS, ALERT AND ORIENTED.",
     "DUNMORE AMBULANCE SERVICE"),
])
def test_local_bodies_sites_and_heads_in_capitals(text, facility):
    assert facility in typed(text, "FACILITY")


def test_a_facility_head_before_a_capitalised_word_is_an_adjective():
    assert typed("Contact the Bureau of Facility Standards with concerns.", "FACILITY") == []


@pytest.mark.parametrize("text", [
    "PBM: Express Scripts   Member ID: QX4471",
    "Payer: UPMC for Life (HMO) member 88213",
    "Appeal letter to Aetna Clinical Pharmacy Review, PO Box 100.",
    "Premium paid through Star Health, claim no. 7781.",
    "Dear Sir,\n\nCigna Healthcare - Pharmacy Appeals\nAttn: Review Unit",
])
def test_payers_and_pbms_are_no_facility(text):
    assert typed(text, "FACILITY") == []


def test_a_pbm_mail_order_pharmacy_stays_a_facility():
    assert "Express Scripts" in typed("Pen needles by Express Scripts mail order.", "FACILITY")


@pytest.mark.parametrize("text, facility", [
    ("Bright Path Counseling Services - Intake Assessment\nClient: J. Doe", "Bright Path Counseling Services"),
    ("Good Hearing Audiology @ Kona Medical Center campus\nPatient seen.", "Good Hearing Audiology"),
])
def test_first_line_in_title_case_ending_in_a_head(text, facility):
    assert facility in typed(text, "FACILITY")


@pytest.mark.parametrize("text", [
    "Inpatient Psychiatry - Progress Note\nPt calm.",
    "EMPLOYEE HEALTH -- NEEDLESTICK/EXPOSURE\nStaff member seen.",
])
def test_first_line_naming_a_unit_or_document_is_no_facility(text):
    assert typed(text, "FACILITY") == []


def test_initials_of_a_found_name_of_common_words():
    text = "Records from Second Chance Community Healthcare requested; she signed ROI for SCCH records."
    assert typed(text, "FACILITY") == ["Second Chance Community Healthcare", "SCCH"]


def test_first_line_in_capitals_naming_a_hospital():
    text = "RURAL HEALTH HQ HOSPITAL, SAHIWAL\nMEDICAL WARD - DISCHARGE SLIP\nSeen and discharged."
    assert "RURAL HEALTH HQ HOSPITAL" in typed(text, "FACILITY")


def test_names_in_a_list_of_facilities():
    text = ("Placement referrals:\n1. Lakeview Nursing & Rehab - accepted\n2. Hebrew Home for the Aged - accepted\n"
            "3. Ashford Place - declined\n4. Brightwater Manor - pending\n")
    assert typed(text, "FACILITY") == ["Lakeview Nursing & Rehab", "Hebrew Home for the Aged", "Ashford Place",
                                       "Brightwater Manor"]


def test_a_list_with_one_facility_lends_nothing():
    text = ("Plan:\n1. Riverside Hospital - records requested\n2. Continue Current Medications - as before\n"
            "3. Follow Up - two weeks\n4. Diet Education - given\n")
    assert typed(text, "FACILITY") == ["Riverside Hospital"]


def test_initials_of_a_letterhead_name_with_a_joined_word():
    text = "Wilkes-Barre Cancer Institute\n12 Main St, Scranton, PA 18503\n\nPatient: J. Doe   WBCI MRN: 4471\nSeen today."
    assert "WBCI" in typed(text, "FACILITY")


@pytest.mark.parametrize("text, facility", [
    ("RHYTHM STRIP TRANSMITTED TO HALVERSTON 0412. PT ALERT, ORIENTED, DENIES PAIN. MONITOR ON, IV ESTABLISHED.",
     "HALVERSTON"),
    ("Seen by the Rotherham CMHT duty worker; Hull CAMHS declined the referral.", "Rotherham CMHT"),
])
def test_ems_destinations_and_uk_mental_health_teams(text, facility):
    assert facility in typed(text, "FACILITY")
