"""Person names, round 4: names on scanned pages (1 read as i or l, a stray space inside a name), an initial
without a period after a label, name pieces never joined across a column gap."""
from tests.deid_support import names


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
