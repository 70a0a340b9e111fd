"""Person names, round 4: names on scanned pages (1 read as i or l, a stray space inside a name), an initial
without a period after a label, name pieces never joined across a column gap, unknown words after a place cue."""
import importlib.util

import pytest

from tests.deid_support import names, phi

needs_philter = pytest.mark.skipif(importlib.util.find_spec("philter_ucsf") is None,
                                   reason="philter-ucsf (unknown-word whitelist) not installed")


SCAN = "FAX 11/3O/2O26 1O:12  pg 1\nMRN: 448812\n"


def test_a_scanned_one_is_the_letter_that_makes_a_name():
    assert names(SCAN + "Attn: Dr. Mar1ana Kowa1ski-0rtega\nPATlENT: Kar1m, Yusuf") == [
        "Mar1ana Kowa1ski-0rtega", "Kar1m, Yusuf"]


def test_a_scanned_name_split_by_a_stray_space():
    assert names(SCAN + "Ordering provider: Nico las Brandt, MD\nNext of kin: Dan iel Nowak (son)") == [
        "Nico las Brandt", "Dan iel Nowak"]
    assert names(SCAN + "Seen by Dr. Brandt is ok") == ["Brandt"]  # a word after a name stays


def test_an_initial_without_a_period_after_a_label():
    assert names("Signed: R van Dijk       Date: 02/02/26") == ["R van Dijk"]
    assert names("Signature: K Oyelaran") == ["K Oyelaran"]
    assert names("Grade: A Fine result") == []


def test_no_name_across_a_column_gap():
    assert names("Consultant: Dr Hendrik de Wit    Riverside Family Doctors") == ["Hendrik de Wit"]


@needs_philter
def test_an_unknown_word_after_a_place_cue_is_a_place():
    assert phi("Family attend a small chapel in Lindquist most weeks.") == {"Lindquist": "ADDRESS"}
    assert phi("Flown from Lindquist by helicopter this am.") == {"Lindquist": "ADDRESS"}
    assert phi("Oakwood Care Center, Lindquist, WI -- bed hold.")["Lindquist"] == "ADDRESS"
    assert phi("Message from Lindquist about refill.") == {"Lindquist": "NAME"}  # "from" alone: a person
    assert phi("Lindquist, MD reviewed the films.") == {"Lindquist": "NAME"}  # a credential, not Maryland


@needs_philter
def test_initials_after_a_verb_only_a_person_does():
    assert names("Grossed by PMS, cassettes A1-A3.") == ["PMS"]  # a word elsewhere, initials here
    assert names("Seen by ENT.") == []


def test_initials_in_a_revision_stamp():
    assert names("Rota for week of Dec 7 (rev. 2, 12/01, mkp)\nOperator: 555-0100") == ["mkp"]
    assert names("Theatre list v3 (RB 24/11)\nSwitchboard 0141") == ["RB"]
    assert names("BP (RB 120/80) ok") == []
    assert names("Updated (BP 11/25)") == []  # a word, not initials


@needs_philter
def test_author_and_typist_initials_in_a_letter_reference():
    found = phi("Our ref: QEH 0811234/JMcK/lt\nDictated: 19/11/2026")
    assert found["JMcK"] == "NAME" and found["lt"] == "NAME" and found["QEH 0811234"] == "ID"
    assert phi("ref: ACE/ARB/dm") == {}


def test_a_signer_in_capitals_with_a_middle_initial_or_a_listed_hyphen_part():
    assert names("Call with questions.\n\n/es/ CHUKWUDI A. NNAMANI, MD\nSTAFF PHYSICIAN") == ["CHUKWUDI A. NNAMANI"]
    assert names("Sincerely,\nOLUWASEUN ADEBAYO-FORD, RN") == ["OLUWASEUN ADEBAYO-FORD"]
    assert names("CBC, PT, PTT drawn") == []


def test_name_fields_of_a_form_and_an_ambulance_crew():
    assert names("Last: ABERNATHY        First: CHIDINMA       MI: R\nDOB: 1/1/1990") == ["ABERNATHY", "CHIDINMA", "R"]
    assert names("First: Ensure airway. Then: Call family.") == []  # one field on the line: a list
    assert names("CREW: OKAFOR, B. (P)\nDATE: 1/1/26") == ["OKAFOR, B."]


def test_last_first_with_an_abbreviated_given_name():
    assert names("Patient: Reyes, Ma. Teresa Lim   DOB 1/1/80") == ["Reyes, Ma. Teresa Lim"]
    assert names("Pt: Smith, John. He is well.") == ["Smith, John"]


def test_nicknames_in_quotes_or_brackets_and_what_follows_them():
    assert names('Pt: Desmond Achterberg ("D")  MRN 4471') == ["Desmond Achterberg", "D"]
    assert names('Patient: Rowan Ellery-Chen (prefers "RJ", he/him)   MRN 55') == ["Rowan Ellery-Chen", "RJ"]
    assert names('INMATE NAME: VALDEZ, ROBERTO "BOBBY" T.\nBOOKING #: 1') == ["VALDEZ", "ROBERTO", "BOBBY", "T."]
    assert names('Interview w/ friend Dominic "D" Ferrante (suspect)') == ["Dominic", "D", "Ferrante"]
    assert names("Given names: VAN ANH (VIVIAN)\nDOB") == ["VAN ANH", "VIVIAN"]
    assert names('Client: Hara, Bernadette "Bernie"    Client ID: 44') == ["Hara", "Bernadette", "Bernie"]
    assert names("Patient: JOHN SMITH (ICU)") == ["JOHN SMITH"]


def test_a_word_name_after_a_coworker_manager_or_postman():
    assert names("ok to leave a message with her coworker Gene.") == ["Gene"]
    assert names("Found by the postman Rich this morning.") == ["Rich"]
    assert names("Case manager Epic inbox checked.") == []


@needs_philter
def test_lower_case_names_the_list_test_refuses():
    assert names("wife hope called re the forms") == ["hope"]  # a listed first name and a word, before a verb
    assert names("refill via pain clinic (dr hooks). next visit 2/2") == ["hooks"]
    assert names("back next week. thanks chidera\n") == ["chidera"]
    assert names("[doctor] hey , dragon , show me the labs") == []  # a dictation command, not a sign-off
    assert names("my old doctor knows. ok") == []
    assert names("good morning. doctor cooper i'm fine") == []  # an eponym after a spelled-out title


def test_firms_named_like_people_are_no_names():
    assert names("Rent paid from her account at Harmony Bank last week.") == []
    assert names("Letter to the adjuster, Gideon Mutual Insurance.") == []
    assert names("Arrangements with Pellegrino Funeral Home.") == []
    assert names("Seen with Dr. Hugo Bank today") == ["Hugo Bank"]  # a title: a person


@needs_philter
def test_an_insurer_after_a_payer_label_is_no_name():
    assert names("Payer: Anthem Gold Plus   Auth# 55102") == []
