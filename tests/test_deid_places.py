"""Places in the de-identifier: whole postal addresses (labelled values, comma-separated chains from the dwelling
to the postcode, unit/number forms, streets without a house number), postcodes, and facility names.
Examples are written for these tests in the conventions of each country; none is taken from the evaluation sets."""

import pytest

from medlm.corpus.deid import deidentify


def spans(text):
    return [(t, o) for _, _, t, o in deidentify(text).spans]


def typed(text, typ):
    return [o for t, o in spans(text) if t == typ]


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
    ("Office: 3 Times Square, 12th Floor, New York, NY 10036", "3 Times Square, 12th Floor, New York, NY", "10036"),
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
    ("Vive au 1200 calle de la Paz, Sevilla", "1200 calle de la Paz, Sevilla"),
    ("Lives at 88 Quarry Lane, Montpelier.", "88 Quarry Lane, Montpelier"),
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
])
def test_not_addresses(text):
    assert not typed(text, "ADDRESS") and not typed(text, "ZIP"), spans(text)
