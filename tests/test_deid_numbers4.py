"""De-identification, round 4 of numbers and dates: scanned pages read with their digits restored, dates
counted from a holiday, vague dates ("early Oct", "Sept:"), ..."""

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
