"""De-identification of numbers and dates written the ways clinicians write them outside the US-form basics:
fax numbers, domestic phone formats (UK, AU, NZ, IE, IN), record-number cues, reference numbers, day/month
dates, bare ages over 89; and the clinical numbers that must stay."""

import pytest

from medlm.corpus.deid import DeidConfig, deidentify


def phi(text, cfg=None):
    """{original: type} of what was replaced."""
    return {orig: typ for _, _, typ, orig in deidentify(text, cfg).spans}


@pytest.mark.parametrize(
    "text, original",
    [
        ("Fax: 555-987-6543", "555-987-6543"),
        ("Records faxed to (617) 555-0198 this morning.", "(617) 555-0198"),
        ("Fax +44 113 496 0721 for the discharge summary.", "+44 113 496 0721"),
    ],
)
def test_fax_is_a_phone_by_default_and_an_id_on_request(text, original):
    assert phi(text)[original] == "PHONE"
    assert phi(text, DeidConfig(fax_as="ID"))[original] == "ID"
