"""Person names, round 2: relatives' names that are also words, job titles before a name."""
from tests.deid_support import names, phi


def test_relative_name_that_is_a_word_or_month():
    assert names("Consent witnessed by her daughter April at the bedside.") == ["April"]
    assert "Hope" in names("Lives with husband; sister Hope visits daily and helps with meds.")
    assert names("Grandson Sterling drove him in tonight.") == ["Sterling"]
    assert "Will" in names("States son Will is flying in from Phoenix.")


def test_month_after_relative_with_a_day_stays_a_date():
    t = phi("Plan: son June 14 visit to discuss, then review in June.")
    assert t.get("June 14") == "DATE"
    assert "NAME" not in t.values()


def test_month_alone_stays_a_month():
    assert names("Seen in May and again in June; husband Carl present.") == ["Carl"]


def test_job_title_before_a_first_name_that_is_a_word():
    assert "Gene Trotter" in names("Spoke to funeral director Gene Trotter re: release.")
    assert "Dale Yount" in names("Her pastor Dale Yount visits on Sundays.")
    assert "Bernadette Quaye" in names("Claim handled by adjuster Bernadette Quaye (ext 4471).")


def test_job_title_before_a_firm_is_no_name():
    assert names("Funeral director Co-op Funeralcare contacted at 09:00.") == []
    assert names("Director Medical Affairs signed the policy.") == []


def test_patronymic_names_are_one_span():
    assert names("Patient: Mr Kannan s/o Velusamy   MRN: SGH-448201") == ["Kannan s/o Velusamy"]
    assert "Deepa D/O Rajendran" in names("Team: Deepa D/O Rajendran (OT), Marcus Lim (PT)")
    assert "Nur Aisyah binti Hassan" in names("Escort: helper Nur Aisyah binti Hassan accompanies her.")


def test_patronymic_link_without_a_name_is_nothing():
    assert names("CXR findings s/o Pneumonia; bin bags removed.") == []


def test_nickname_inside_a_name_is_one_span():
    assert names("Woman: Adaeze (Ada) Okonkwo-Hart   Hosp No. R25-1188") == ["Adaeze (Ada) Okonkwo-Hart"]


def test_preferred_name_in_quotes_or_after_a_label():
    assert names('Pt: Robert Lindqvist (pref. "Bobby"), bed 4') == ["Robert Lindqvist", "Bobby"]
    assert names("Preferred name / nickname: Kit   Pronouns: they/them") == ["Kit"]
    assert "Tank" in names('Patient goes by "Tank" on the unit.')


def test_languages_are_no_names():
    assert names("Speaks Gujarati and English; Interpreter: Cantonese. Hx via son (Teochew/English).") == []
    assert names("Neighbour brought Turkish coffee; prefers Amharic.") == []


def test_initials_signing_an_entry():
    assert names("Wound reviewed, dressing changed.\n-- JT / cosigned by ward sister") == ["JT"]
    assert names("Called pharmacy re: refill.\n- jd") == ["jd"]
    assert names("Mum to bring red book next visit. - AS\n\n-----Original Message-----\nFrom: clinic") == ["AS"]


def test_initials_with_a_role_in_brackets_and_their_repeats():
    text = "Pressure areas intact.  DL (HCA) / PW\n\n03/02/25  Slept well. Nil concerns. PW"
    assert names(text) == ["DL", "PW", "PW"]


def test_dash_items_of_a_list_are_no_initials():
    assert names("Plan:\n- FBC\n- U&E\n- CXR\n") == []
    assert names("Reviewed.\n- OK\n") == []
    assert names("Dr Ines Moreau, MD (ICU fellow)") == ["Ines Moreau"]


def test_credential_after_a_name_with_an_initial_before_the_next_field():
    assert names("Giving: Ana Ruiz RN   Receiving: Tomas K. RN   Charge: Leah Ostrowski") == [
        "Ana Ruiz", "Tomas K.", "Leah Ostrowski"]


def test_name_with_initial_after_sent_by():
    assert "Anil V." in names("Report sent by Anil V. on 4/11.")


def test_capitals_surname_then_a_given_name_that_is_a_word():
    assert names("Bay 2  FINNEGAN, Faith  (alias)") == ["FINNEGAN, Faith"]
    assert names("HTN, Will recheck BP. CBC, Chem 7 sent.") == []


def test_district_and_square_are_places_not_people():
    t = phi("Moved to Kelvin Heights; cafe on Harcourt Square; respite at Ashbourne Place.")
    assert t["Kelvin Heights"] == t["Harcourt Square"] == "ADDRESS" and t["Ashbourne Place"] in ("ADDRESS", "FACILITY")
    assert phi("Accepted by Ashbourne Place - pending.") == {"Ashbourne Place": "FACILITY"}
    assert names("Seen by Dr. Amelia Place today.") == ["Amelia Place"]


def test_facility_name_does_not_cross_a_column_gap():
    t = phi("Patient: Ruby Ann Castellano      Hospice ID: HSP-77-01234")
    assert t.get("Ruby Ann Castellano") == "NAME"


def test_quoted_nickname_after_a_relative():
    assert names('Lives with nan; cousin "Big Tony" drives her.') == ["Big Tony"]


def test_title_before_a_lone_initial_in_quotes_or_signing():
    assert names('Afraid of the landlord "Mrs. K" downstairs.') == ["K"]
    assert names("Take care,\nDr. M\n") == ["M"]


def test_blanked_title_placeholders_are_no_names():
    assert names("Follow up with Dr. X in 2 weeks; Dr. A, her GI, agrees.") == []


def test_vietnamese_thi_names():
    assert names("Pham Thi Hoa (\"Hoa\")  DOB 2/3/1988") [0] == "Pham Thi Hoa"
    assert names("Interpreter for Tran Thi Bich Ngoc today.") == ["Tran Thi Bich Ngoc"]


def test_car_make_and_model_are_no_name():
    assert names("Sleeps in his 2011 Honda Odyssey near the shelter.") == []
    assert names("Sienna Patel called back.") == ["Sienna Patel"]


def test_name_in_its_own_script_after_it():
    assert names("Patient: LIM BEE HOON (林美云)   NRIC: S7654321A") == ["LIM BEE HOON", "林美云"]
    assert "최지우" in names("Patient: Choi Ji-woo (최지우), 41F")


def test_surname_and_initial_opening_a_header_line():
    assert names("WARD ROUND 3/2\nOkonjo, T   HUMC-118273   Bed 4\nPlan, A  review") == ["Okonjo, T"]


def test_label_after_a_slash_and_pacific_names():
    assert names("Parent/guardian: Sina Tu'ilagi (mum) ph 021 555 0199") == ["Sina Tu'ilagi"]
    assert names("Child: Grace Fa'amausili-Brown   NHI ABC1234") == ["Grace Fa'amausili-Brown"]


def test_institutions_named_after_people_are_no_person():
    assert names("Taught at Booker Washington High School for 30 years.") == []
    assert phi("Referral to Oduya Mensah House for respite.") == {"Oduya Mensah House": "FACILITY"}
    assert names("Mr. Oduya House called back.") == ["Oduya House"]


def test_scale_with_a_small_grade_number_is_no_name():
    assert names("Heel ulcer, Wagner 3; CT: Fisher 2 pattern.") == []
    assert names("Bay 3  Okonkwo 4M  NBM") == ["Okonkwo"]


def test_foreign_place_words_and_town_prefixes_are_no_names():
    assert names("Lives at Blk 12 Jalan Bukit Batok, #05-112; visits Taman Jurong market.") == []
    assert phi("Husband works FIFO out of Port Kembla.") == {"Port Kembla": "ADDRESS"}
    assert phi("Seen at Clementi Polyclinic last week.") == {"Clementi Polyclinic": "FACILITY"}


def test_doctor_before_a_practice_name_is_a_person():
    t = phi("BP 178/104 - GP Dr Mokoena Randfontein Medical Centre today.")
    assert t.get("Mokoena") == "NAME" and t.get("Randfontein Medical Centre") == "FACILITY"
    assert phi("Works at Dr. Okafor's Dental Clinic.") == {"Dr. Okafor's Dental Clinic": "FACILITY"}


def test_honorifics_of_other_languages_and_services_stay_outside_the_name():
    text = "Present: Encik Hafiz, Puan Rosnah, Mdm Lakshmi, Alhaji Danjuma, Sra. Quispe, Sis Thandeka, Cpl Harwood."
    assert names(text) == ["Hafiz", "Rosnah", "Lakshmi", "Danjuma", "Quispe", "Thandeka", "Harwood"]
    assert names("Bishop score 8; my sis came; Madam President") == []


def test_loved_one_after_my():
    assert names('Tearful, said "my Teodoro always did the cooking".') == ["Teodoro"]
    assert names("Keeps asking for my Dorothy at night.") == ["Dorothy"]
    assert names("Lost my Medicare card and my Xarelto 20 mg; my Mum knows.") == []


def test_short_forms_of_relatives():
    assert names("Lives w/ husb Ezra; dtr Lucia visits; bro Kofi drove; dau Grace called.") == [
        "Ezra", "Lucia", "Kofi", "Grace"]
    assert names("sis Scale reviewed.") == []


def test_initials_after_a_desk_role_or_heading_a_comment():
    assert names("(form scanned, typed by ward clerk DW 03/02/26)") == ["DW"]
    assert names("Comment (RB): wound reviewed.\nNote (ED): see triage.") == ["RB"]


def test_relative_name_that_is_a_word_after_a_comma_or_bracket():
    assert names("Present: daughter, April, and son (Will).") == ["April", "Will"]


def test_drug_after_a_dosage_form_abbreviation_is_no_name():
    assert names("Rx:\n1. Tab. Zerodol 100 - 1-0-1\n2. Cap. Pantocid 40 - 1-0-0\n3. Inj. Monocef 1 g IV BD") == []
