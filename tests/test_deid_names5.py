"""Person names, round 5: what a found name takes in at its edges (a glued initial, an abbreviated Muhammad, a
surname's initial after a first name), West African titles, lower-case repeats of a found name in a chat, feasts."""
import importlib.util

import pytest

from tests.deid_support import names, phi

needs_philter = pytest.mark.skipif(importlib.util.find_spec("philter_ucsf") is None,
                                   reason="philter-ucsf (unknown-word whitelist) not installed")


def test_an_initial_glued_to_a_found_name():
    assert names("Flu vaccine given by R.Castellanos, RN at 10:00") == ["R.Castellanos"]
    assert names("Stationed in the U.S.Navy for years") == []


def test_an_abbreviated_muhammad_before_a_name():
    assert names("Father: Muhd. Hafiz Rahman   Occupation: driver") == ["Muhd. Hafiz Rahman"]
    assert names("Guardian: Md Tanvir Chowdhury (uncle)") == ["Md Tanvir Chowdhury"]


def test_a_surname_initial_after_a_lone_first_name():
    assert names("Handover:\n- Priya K is covering the ward tonight") == ["Priya K"]
    assert names("Swab taken by tech Marisol T-B\n\nNext") == ["Marisol T-B"]
    assert names("Vitamin D level low; Hepatitis B immune.") == []


def test_west_african_titles():
    assert names("Community volunteer: Mallam Usman Bello Kura (0803 555 0199)") == ["Usman Bello Kura"]
    assert names("Guardian: Hajiya Amina Sule") == ["Amina Sule"]


@needs_philter
def test_a_found_name_repeated_in_lower_case_next_to_a_word_of_a_person():
    text = ("09:02  Cyrus Blomqvist RN: pt zelenko in 4b asking for pain meds, is it abernethy covering?\n"
            "09:03  Tomasz Abernethy MD: yes. pt Zelenko, Marek ok for oxy 5\n"
            "09:04  Cyrus Blomqvist RN: its abernethy til noon")
    found = names(text)
    assert found.count("abernethy") == 2 and "zelenko" in found


@needs_philter
def test_a_lower_case_word_that_is_a_found_surname_elsewhere_stays():
    assert names("Mrs Frost 70F - stable.\n(frost on the roads this morning)") == ["Frost"]


@needs_philter
def test_feasts_are_no_names():
    assert phi("Not eating in daylight during Ramadan; reviewed insulin.") == {}
    assert phi('has not left home "since Mardi Gras".') == {"Mardi Gras": "DATE"}
