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
