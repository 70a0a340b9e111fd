"""Places in the de-identifier, round 4: many-word towns after a place cue, smaller listed places (GeoNames 1,000+)
only after in/near/from/outside. Examples are written for these tests; none is taken from the evaluation sets."""

import pytest

from tests.deid_support import typed


@pytest.mark.parametrize("text, town", [
    ("Her brother in Walla Walla will pick her up.", "Walla Walla"),
    ("Grandson drove down from Lake Havasu City overnight.", "Lake Havasu City"),
    ("Her sister in Palm Desert brings meals on Sundays.", "Palm Desert"),
])
def test_many_word_towns_after_a_place_cue(text, town):
    assert town in typed(text, "ADDRESS")


@pytest.mark.parametrize("text, town", [
    ("Wife works at the post office in Thurso three days a week.", "Thurso"),
    ("Son visits from Kalgoorlie every other month.", "Kalgoorlie"),
    ("They met at a rodeo near Bad Axe years ago.", "Bad Axe"),
])
def test_smaller_places_after_in_near_from(text, town):
    assert town in typed(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "Visit connected from IP 10.20.30.40 at 09:12.",  # a short capitals word is an acronym first
    "Incision from Kaplan's line distally.",  # a person's possessive
    "He is seen at Thurso clinic notes",  # "at" alone does not vouch for a smaller place
])
def test_smaller_places_need_the_cue_and_the_shape(text):
    assert typed(text, "ADDRESS") == []


@pytest.mark.parametrize("text, street", [
    ("SCENE: 2207 SW 118TH AVE APT 14, KENT 98031 - PT ON FLOOR", "2207 SW 118TH AVE APT 14"),  # capitals, ordinal
    ("Her home is 11840 84 Ave, Delta BC V4C 2L7.", "11840 84 Ave"),  # a numbered street without an ordinal
    ("Clinic: 405-12815 Fraser Hwy, Langley", "405-12815 Fraser Hwy"),  # suite-civic number
    ("Mail goes to Rt 4 Box 77 since the move.", "Rt 4 Box 77"),  # rural route
])
def test_numbered_streets_and_rural_routes(text, street):
    assert any(street in a for a in typed(text, "ADDRESS"))


def test_post_boxes_and_private_bags_with_their_postcode():
    assert typed("Pt home: mailing PO Box 4410, 59901.", "ZIP") == ["59901"]
    text = "Ngwelezana Hospital, Private Bag X20021, Empangeni, 3880   Tel 035 901 7000"
    assert "Private Bag X20021" in " ".join(typed(text, "ADDRESS")) and typed(text, "ZIP") == ["3880"]


def test_singapore_is_a_country_before_its_postcode():
    text = "Address: Blk 118 Rivervale Drive, #05-12, Singapore 540118\nHP: 8123 4567"
    assert not any("Singapore" in a for a in typed(text, "ADDRESS")) and typed(text, "ZIP") == ["540118"]


@pytest.mark.parametrize("text, town", [
    ("Valley View Health Clinic - Grand Junction, CO\nPatient: ...", "Grand Junction"),  # a branch with its state
    ("Transferred from Caithness General Hospital, Thurso\nDate: ...", "Thurso"),  # smaller place after a facility
    ("Contact: brother Eli Moss (Tacoma, 253-555-0100) aware.", "Tacoma"),  # a contact's town before the phone
    ("HCPOA wife (206) 555-0133, Renton): agrees", "Renton"),  # and after it
    ("NOK: son Rewi Tane (Kalgoorlie, mob 0412 555 019)", "Kalgoorlie"),
])
def test_towns_after_facilities_and_next_to_phones(text, town):
    assert any(a.startswith(town) for a in typed(text, "ADDRESS"))


def test_acronym_next_to_a_phone_is_no_town():
    assert typed("Her son (POA, 478-555-0100) agrees with the plan.", "ADDRESS") == []


def test_smaller_place_in_a_lower_case_note():
    text = ("pt seen today. husband works at the quarry in thurso, home most evenings. no concerns raised. "
            "plan: review in two weeks, call if worse. discussed diet and walking.")
    assert "thurso" in typed(text, "ADDRESS")


@pytest.mark.parametrize("text, street", [
    ("Outreach visit to Kessler Rd trailer park, nobody home.", "Kessler Rd"),  # after "to"
    ("She stays with a cousin (Harlan Ave area) most nights.", "Harlan Ave"),  # in brackets
    ("School: Bright Start Academy, Elmhurst Road\nGrade: 3", "Elmhurst Road"),  # after a comma, ending the field
])
def test_streets_without_a_number_open_a_phrase_or_field(text, street):
    assert any(street in a for a in typed(text, "ADDRESS"))


@pytest.mark.parametrize("text, landmark", [
    ("Found by a passer-by under the Burnside Bridge at dawn.", "Burnside Bridge"),
    ("He camps near the Alaskan Way Viaduct most nights.", "Alaskan Way Viaduct"),
])
def test_landmarks_used_as_a_location(text, landmark):
    assert landmark in typed(text, "ADDRESS")


def test_direction_word_before_a_listed_town_and_states_kept():
    assert "East Tacoma" in typed("Her sister works in East Tacoma near the school.", "ADDRESS")
    assert typed("She grew up in West Virginia and lives in North Dakota.", "ADDRESS") == []
    assert "Virginia Beach" in typed("Son drove in from Virginia Beach.", "ADDRESS")


@pytest.mark.parametrize("text", [
    "Address: Mohalla Qasimabad, Jail Road, Sahiwal\nPhone: on file",
    "Address: Brgy. Santo Nino, Tigaon\nNext of kin: on file",
])
def test_labelled_addresses_without_a_number(text):
    value = text.split(": ", 1)[1].split("\n")[0]
    assert value in typed(text, "ADDRESS")


@pytest.mark.parametrize("text, town", [
    ("Alt contact: son Marco Reyes (Albuquerque) 505 555 0144", "Albuquerque"),
    ("Employer: on file (cannery, Astoria)   Shift: nights", "Astoria"),
    ("- Paternal uncle: colon ca at 60 (Kalgoorlie, Australia)", "Kalgoorlie"),  # a smaller place with its country
])
def test_towns_in_brackets(text, town):
    assert town in typed(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "Video visit from 10.0.0.7 (home, Oregon), consent verbal.",  # a state
    "Differential (Crohn, Celiac) discussed.",  # not a town and a country
    "Recovered in (PACU) without events.",
])
def test_brackets_without_a_town(text):
    assert typed(text, "ADDRESS") == []


@pytest.mark.parametrize("text, address, zipcode", [
    ("[09:02] Patient: new place is 2215 hickory st apt 3 if you need it", "2215 hickory st apt 3", None),
    ("home: po box 90, rt 1 box 12, sugar grove wv 26815\ncell on file", "sugar grove", "26815"),
    ("   valley family health, elkins wv\nvisit 3/2", "elkins", None),
])
def test_addresses_typed_in_lower_case(text, address, zipcode):
    assert address in typed(text, "ADDRESS") and (zipcode is None or typed(text, "ZIP") == [zipcode])


@pytest.mark.parametrize("text", [
    "Plan to revisit this 4 months down the road.",
    "Rides 20 to 30 miles on a road bike each week.",
    "Doctor: Good morning, welcome in.",
    "Neuro: facial weakness, rue, ct, artery reviewed.",
])
def test_lower_case_words_that_are_no_address(text):
    assert typed(text, "ADDRESS") == []


@pytest.mark.parametrize("text", [
    "Vehicle: grey Dodge Charger OR plate on file",  # a listed first word, then a state: no town
    "Payer: Anthem HMO IN Medicaid   Member ID on file",
    "PT'S CAR (2019 HONDA CIVIC TX PLATE on file) TOWED",  # a street type must end its word ("PL" of "PLATE")
    "Trocar placed at Palmer's point under vision.",  # a listed town's possessive before an eponym noun
])
def test_states_and_possessives_that_make_no_town(text):
    assert typed(text, "ADDRESS") == []


def test_town_with_state_and_zip_still_whole():
    assert "Lake Marvin, VA" in " ".join(typed("12 Cole Spurs, Lake Marvin, VA 23116", "ADDRESS"))


def test_town_named_as_an_area_or_by_its_residents():
    assert "Spokane" in typed("They moved to the Spokane area after the fire.", "ADDRESS")
    assert "Kalgoorlie" in typed("He is a longtime Kalgoorlie resident, retired miner.", "ADDRESS")
    assert typed("Tenderness over the Lumbar area; the Surgical resident agrees.", "ADDRESS") == []


@pytest.mark.parametrize("text, first_part", [
    ("Clinic\n#12, 2nd Cross, 7th Main, BTM Layout Stage 2, Bengaluru 560076, Karnataka", "#12"),
    ("Office: 18 B, Shram Bhavan, Tilak Marg, Fort, Mumbai - 400 001", "18 B"),
])
def test_indian_layouts_roads_and_bare_house_numbers_join_the_chain(text, first_part):
    assert any(a.startswith(first_part) for a in typed(text, "ADDRESS"))


def test_a_bed_number_starts_no_address():
    assert typed("Bed 12, Ward 5, Pune 411001", "ADDRESS") == ["Pune"]


def test_house_number_before_a_street_is_no_postcode():
    text = "Address: Erf B, 4471 Mew Way, Mfuleni, Cape Town 7100\nCell: on file"
    assert typed(text, "ZIP") == ["7100"] and any("4471 Mew Way" in a for a in typed(text, "ADDRESS"))


def test_town_after_an_employer_found_by_its_cue():
    assert "Ellensburg" in typed("Employer: Kittitas Valley Hay Processing, Ellensburg\n\nSite: lungs.", "ADDRESS")


def test_towns_starting_with_a_common_word():
    assert "Great Ayton" in typed("Her daughter works in Great Ayton on weekdays.", "ADDRESS")


def test_singapore_street_number_and_quebec_apartment():
    assert "Blk 412 Ang Mo Kio Ave 10" in typed("Address: Blk 412 Ang Mo Kio Ave 10, #05-33, Singapore 560412", "ADDRESS")
    assert any("app. 7" in a for a in typed("Address: 14 rue Laurier, app. 7, Hull QC J8X 3V4\nTel", "ADDRESS"))


def test_hyphenated_towns_with_lower_case_particles():
    assert "Port-au-Prince" in typed("Her mother still lives near Port-au-Prince with family.", "ADDRESS")


@pytest.mark.parametrize("text, place", [
    ("Chapter: Many Goats   Visit: today", "Many Goats"),  # a value of stop words and names
    ("Ward: Igbo-Efon     LGA: Eti-Osa     State: Lagos", "Igbo-Efon"),  # "Ward:" in a row of localities
    ("District: Sitapur   Block: Mahmudabad   Sub-centre: on file", "Mahmudabad"),
])
def test_localities_in_a_row_of_localities(text, place):
    assert place in typed(text, "ADDRESS")


@pytest.mark.parametrize("text", ["Ward: Nightingale   Bed: 4", "Block: Interscalene, ropivacaine 0.5%"])
def test_hospital_wards_and_nerve_blocks_are_no_locality(text):
    assert typed(text, "ADDRESS") == []
