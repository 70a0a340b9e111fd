"""Named facilities (hospitals, clinics, practices, schools, employers): head words, brands, letterheads, places of
care, aliases; typist lines and spoken numbers in dictations."""

from __future__ import annotations

import re

from medlm.corpus.deid.lists import FACILITY_HEADS, FACILITY_HEAD_AT, INSTITUTION_HEADS, PLACEHOLDER_CELLS, STOP, _lists
from medlm.corpus.deid.names import (
    PLACE_AT, PLACE_PREFIX_WORDS, TITLE_RE, WIDE_GAP, _lower_case_doc, _trim_place, _unknown_word,
)
from medlm.corpus.deid.numbers import LOWER_MONTH_FULL, LOWER_SPELLED_DAY_DATES, _LOWER_MONTH_FULL, _SPELLED_DAY
from medlm.corpus.deid.patterns import (
    HOLIDAY_RE, LO, MONTHS, PLACE, STATE, STATE_ABBR, STREET_RE, TITLES, UP, WEEKDAY_WORD, _ascii, _trie,
)
from medlm.corpus.deid.spans import _Spans


# a firm's legal form ends its name after any capitalised words ("Tierra Verde Packing Co.", "Halvorsen Freight LLC")
FIRM_HEADS = frozenset("LLC L.L.C. Inc. Inc Ltd Ltd. Limited Corp Corp. Corporation Company Co. PLC LLP".split())
# Facility names that need no head word (pharmacy chains, large health systems)
FACILITY_BRANDS = (
    "Walgreens Walgreen's CVS Rite_Aid Duane_Reade Walmart Costco Kroger Safeway Publix Kaiser_Permanente Kaiser "
    "Geisinger Intermountain Ochsner Cedars-Sinai Mount_Sinai Mt._Sinai Johns_Hopkins Mass_General "
    "Massachusetts_General Brigham_and_Women's MD_Anderson Sloan_Kettering Memorial_Sloan_Kettering Dana-Farber "
    "Beth_Israel_Deaconess Beth_Israel NYU_Langone UCSF UCLA UPMC OHSU MUSC Vanderbilt Atrium_Health Novant Sentara "
    "LabCorp Quest_Diagnostics Cleveland_Clinic Mayo_Clinic "
    # large US health systems often named without a head word (only names that are not also common words)
    "Banner_Health Banner_University Sutter_Health Good_Samaritan Providence_Health AdventHealth Advocate_Aurora "
    "Aurora_Health CommonSpirit Dignity_Health Trinity_Health Essentia_Health Sanford_Health Allina M_Health_Fairview "
    "Spectrum_Health Beaumont_Health Prisma_Health Emory_Healthcare Northwell Montefiore Hackensack_Meridian "
    "RWJBarnabas Wellstar WellSpan Memorial_Hermann Baylor_Scott_&_White Yale_New_Haven Hartford_HealthCare "
    "Jefferson_Health Penn_Medicine ChristianaCare Inova MedStar Carilion WakeMed Parkland UT_Southwestern "
    "Scripps_Health Sharp_HealthCare Stanford_Health_Care MultiCare PeaceHealth Legacy_Health OhioHealth "
    "Sanford_Health Avera Marshfield_Clinic Gundersen Ochsner_Health Lahey_Clinic Tufts_Medical_Center "
    # more US systems whose campuses are named after the system ("HonorHealth Scottsdale", "TriStar Summit")
    "HonorHealth TriStar Piedmont_Healthcare Piedmont_Atlanta Emory_University_Hospital Emory_Healthcare Baystate "
    "Froedtert Henry_Ford_Health Henry_Ford_Hospital Corewell_Health SSM_Health Bon_Secours Hoag UCHealth UC_Health "
    "UC_Davis_Health UCSD_Health UCI_Health UVA_Health UNC_Health Duke_Health Duke_University_Hospital WVU_Medicine "
    "OSF_HealthCare ThedaCare Aspirus CHRISTUS_Health Texas_Health Methodist_Le_Bonheur Cone_Health ECU_Health "
    "Geisinger_Health Lehigh_Valley_Health Nebraska_Medicine Ohio_State_Wexner Mercy_Health MaineHealth "
    # dialysis, home-health, rehab, post-acute and retail-clinic chains
    "Fresenius_Kidney_Care Fresenius DaVita U.S._Renal_Care American_Renal Amedisys Encompass_Health Kindred "
    "Kindred_at_Home Gentiva BAYADA Bayada LHC_Group VITAS Brookdale Genesis_HealthCare Select_Medical Concentra "
    "MinuteClinic CareNow MedExpress "
    # pharmacy chains, mail-order pharmacies and hospital groups outside the US or named without a head
    "Shoppers_Drug_Mart Jean_Coutu Pharmaprix London_Drugs Rexall Chemist_Warehouse Lloyds_Pharmacy Superdrug "
    "Apollo_Pharmacy MedPlus Express_Scripts OptumRx Optum_Rx CVS_Caremark Caremark Accredo Meijer Hy-Vee Wegmans "
    "Giant_Eagle Harris_Teeter Fred_Meyer Jewel-Osco Albertsons SickKids Spire Nuffield_Health Bupa Ramsay_Health "
    "Circle_Health Apollo_Hospitals Fortis Manipal_Hospital Manipal_Hospitals Narayana_Health "
    # teaching hospitals outside the US that notes name without a head word
    "Addenbrooke's Addenbrookes John_Radcliffe Great_Ormond_Street Alder_Hey Moorfields Papworth Stoke_Mandeville "
    "Royal_Marsden Guy's_and_St_Thomas' Sunnybrook Westmead Middlemore Mater Peter_Mac Peter_MacCallum CHUM "
    "AIIMS PGIMER JIPMER NIMHANS CMC_Vellore".split()
    # not "Mayo" alone: Mayo scissors
)
FACILITY_BRANDS = [w.replace("_", " ") for w in FACILITY_BRANDS]
FACILITY_BRANDS += [w.upper() for w in FACILITY_BRANDS if not w.isupper()]
# words a facility name may consist of without being one ("Cardiology Clinic", "VA Clinic", "Pain Clinic")
FACILITY_GENERIC = frozenset(
    """medical health care healthcare clinic clinics hospital hospitals center centre family practice primary
    specialty specialist specialists outpatient inpatient emergency urgent surgical surgery rehabilitation rehab
    nursing home senior assisted living retirement behavioral mental psychiatric dental eye vision heart cancer
    wound sleep pain spine orthopedic orthopaedic pediatric pediatrics cardiac cardiology diabetes lipid
    anticoagulation coumadin warfarin inr suboxone methadone botox allergy asthma infusion chemotherapy transplant
    dialysis renal kidney liver hiv aids std tb travel vaccine immunization walk-in walk free charity public private
    national federal main north south east west central downtown new old teaching academic affiliated associated
    neighborhood local rural physicians physician associates group institute foundation services service department
    division unit program office offices plaza building campus tower pavilion wing floor suite laboratory
    laboratories labs lab diagnostics imaging radiology pharmacy pharmacies drug drugs store manor infirmary hospice
    va vamc er ed icu ent gi ob gyn obgyn ob/gyn neuro oncology neurology urology dermatology gastroenterology
    ophthalmology internal medicine treatment recovery wellness plastic cosmetic vascular endocrine endocrinology
    geriatric geriatrics hematology infectious disease sports occupational physical therapy speech prenatal
    maternity birthing fertility sexual addiction detox""".split()
)
# words that name a particular hospital only right before a hospital-like head ("General Hospital",
# "Memorial Medical Center"), not in "General Surgery Clinic"
FACILITY_WEAK = frozenset(
    """general regional community memorial university county state city veterans children's women's methodist
    baptist catholic lutheran presbyterian adventist jewish christian""".split()
)
# heads that are also department names: the name before them must be a listed name or place ("Riverside
# Pediatrics", "Smith Cardiology"), so "Interventional Radiology" and "Admit Labs" stay
FACILITY_DEPARTMENT_HEADS = frozenset(
    """Pediatrics Cardiology Orthopedics Orthopaedics Dermatology Radiology Urology Oncology Neurology Gastroenterology
    Ophthalmology Labs Laboratory Laboratories Drugs Imaging Diagnostics Dialysis Physicians Specialists Associates
    Rehab Rehabilitation Institute Primary_Care Internal_Medicine Family_Medicine Urgent_Care Center Centre Group
    Services Supply Medicine Pathology Nursing Behavioral Medical Regional Rheumatology Infusion Vascular
    Pulmonary Pulmonology Nephrology Endocrinology Hematology Psychiatry Audiology Podiatry Physiotherapy Dental
    Dentistry Optometry Health_Team Health_Hub Sleep_Center Sleep_Centre""".split()
)
FACILITY_DEPARTMENT_HEADS = frozenset(w.replace("_", " ") for w in FACILITY_DEPARTMENT_HEADS) | frozenset(
    w.replace("_", " ") for w in INSTITUTION_HEADS if w not in ("EMS", "Polyclinic", "Post-Acute", "Residential_Home")
    and "NHS" not in w and w not in FIRM_HEADS and "Court" not in w and w not in ("Prison", "State_Prison"))
FACILITY_HOSPITAL_HEADS = frozenset(
    "Hospital Hospitals Infirmary Hospice Sanatorium Sanitarium Healthcare Health_Care Medical_Center Medical_Centre "
    "Health_Center Health_Centre Health_System Health_Systems Nursing_Home Medical_Group Manor Care_Home Regional".split()
)
FACILITY_HOSPITAL_HEADS = frozenset(w.replace("_", " ") for w in FACILITY_HOSPITAL_HEADS)

FACILITY_BRAND_AT = re.compile(_trie(FACILITY_BRANDS) + r"(?![\w'’-])")
FACILITY_TRIGGER = re.compile(_trie({w.split()[0] for w in FACILITY_HEADS + FACILITY_BRANDS} | {"St", "Saint"}))
# a capitalised word, read backwards (and a middle initial: "James E. Van Zandt VA Medical Center")
_FAC_WORD_REV = rf"(?:\.[tT][SMFsmf](?![\w'’.-])|\.[A-Z](?![\w'’.-])|[{UP}{LO}'’-]*[{UP}](?![\w'’.-])|&)"
# words at most two blanks apart: a wider gap is the next column ("Patient: Opal Thornbury      Hospice ID:")
FACILITY_NAME_REV = re.compile(rf"(?:[ \t]{{1,2}}(?:(?:fo|dna|eht|rof|ed|al|led)[ \t]+)?{_FAC_WORD_REV}){{1,6}}")
_FAC_WORD = rf"(?:[SMF][tT]\.|[{UP}][{UP}{LO}'’-]*|&)"
FACILITY_TAIL = re.compile(rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_FAC_WORD}(?:[ \t]+(?:(?:of|and|the)[ \t]+)?{_FAC_WORD}){{0,4}}")
FACILITY_WORD = re.compile(_FAC_WORD)
SAINT_PLACE = re.compile(rf"(?:St\.?|Saint)[ \t]+[{UP}][{LO}]+['’]s\b")  # "St. Luke's": a hospital (or a church)
# "on Main St", "off Route 9": a street named without a house number
STREET_NAME_AFTER = re.compile(
    rf"[ \t]+(?:on|off)[ \t]+((?:[{UP}][{LO}]+[ \t]+){{1,3}}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|"
    r"Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Pike|Turnpike)\b\.?)"
)
TOWN_AFTER_FACILITY = re.compile(rf",[ \t]*({PLACE})(?=[ \t]*(?:[).;:\]]|\n|$|,[ \t]*(?:{STATE_ABBR}\b|[^\w\s])))", re.M)
STATE_AFTER = re.compile(r",[ \t]*" + STATE + r"\b")
ON_NAME_AFTER = re.compile(rf"[ \t]+on[ \t]+([{UP}][{LO}]+)(?=[ \t]*(?:[.,;)]|$))", re.M)  # "Shoppers #1142 on Danforth."
MONTHS_RE = re.compile(MONTHS)
PLACE_MORPHEME = re.compile(  # the parts most US place and facility names are built from
    r"river|lake|harbo|north|south|east|west|field|brook|wood|view|crest|ridge|valley|hill|park|bay|spring|shore|"
    r"side|gate|bridge|pine|oak|cedar|maple|coast|grass|stone|land|ville|burg|ton$|mont|dale|glen|haven|"
    r"mill|creek|star|sun|mountain|forest|meadow|island|point|rock|iron|tri-county"
)
INSURER_AFTER = re.compile(r"[ \t]+(?:PPO|HMO|EPO|POS|Plan|Insurance|Advantage|Medicaid|Medicare|Mutual)\b")
INSURER_WORDS = frozenset("Insurance Assurance Insurers TPA Mutual Underwriters Reinsurance".split())
INSURER_BEFORE = re.compile(r"(?i:insurance|insurer|payer|plan|coverage|carrier|pbm)\b[^\n]{0,12}$")
# national insurers and pharmacy-benefit managers: a name that starts with one is a payer ("Cigna Healthcare -
# Pharmacy Appeals", "Humana Clinical Pharmacy Review", "Star Health"), never a place of care
PAYER_FIRST_WORDS = frozenset(
    "Aetna Cigna Humana UnitedHealthcare Anthem Elevance Centene Molina WellCare Wellcare Highmark Ambetter "
    "CareSource Amerigroup Tricare TRICARE Medicaid Medicare BCBS AETNA CIGNA HUMANA ANTHEM MOLINA".split())
PAYER_NAME_START = re.compile(r"(?:Blue[ \t]+(?:Cross|Shield)|United[ \t]+Healthcare|Star[ \t]+Health|Express[ \t]+Scripts|"
                              r"OptumRx|Optum[ \t]+Rx|CVS[ \t]+Caremark|Caremark|Medi[ \t]+Assist)\b")
FACILITY_LEAD_STOP = frozenset(
    "the a an at to from in into per via seen admitted transferred called discharged and or of for with by on our "
    "your his her their this that follows followed".split()
)


def _find_facilities(text: str, spans: _Spans, L, mode: str = "off") -> None:
    """Hospital, clinic, nursing home and pharmacy names: capitalised words before a head word ("St. Mary's
    Medical Center"), at least one of them not generic ("Cardiology Clinic" is a department), chains, and the
    value of a facility label ("Pharmacy: Lakeside Apothecary", "Sending facility: Mercy Vale")."""
    if ":" in text:
        for m in FACILITY_LABEL.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            gap = WIDE_GAP.search(text, m.start(1), m.end(1))  # "Health facility: X     Ward: Y": the next field
            value_end = gap.start() if gap else m.end(1)
            words = FACILITY_WORD.findall(text, m.start(1), value_end)
            # a value that ends in a head word is a name made of ordinary words ("Clinic: Peak Motion Physical
            # Therapy"), unless all of them are generic ("Clinic: Cardiology Clinic")
            headed = LABEL_VALUE_HEAD.search(text[m.start(1):value_end]) and any(
                _ascii(w.lower()) not in FACILITY_GENERIC and _ascii(w.lower()) not in STOP for w in words[:-1])
            if (headed or any(_proper_facility_word(w, L, False) or _placelike(w, L)
                              or mode != "off" and _unknown_word(w, mode) for w in words)) \
                    and not TITLE_RE.match(text, m.start(1)) and not INSURER_AFTER.match(text, value_end):
                spans.add(m.start(1), value_end, "FACILITY", 7)
    for m in FACILITY_TRIGGER.finditer(text):
        h = m.start()
        if h and (text[h - 1].isalnum() or text[h - 1] in "'’-"):
            continue
        brand = FACILITY_BRAND_AT.match(text, h)
        if brand:
            if NOT_CARE_AFTER_BRAND.match(text, brand.end()) or INSURER_BEFORE.search(text, max(0, h - 30), h):
                continue  # "the Kroger distribution center": an employer; "PBM: Express Scripts": a payer
            end = _heads_after(text, brand.end())  # "UCSF Medical Center"
            store = STORE_NO.match(text, end)  # "Walgreens #07261", "CVS #5532 Bessemer"
            end = _town_after(text, store.end() if store else end, L, mode)  # "Kaiser Permanente Oakland"
            _facility_span(text, h, end, spans)
            continue
        head = FACILITY_HEAD_AT.match(text, h)
        if head is None:
            saint = SAINT_PLACE.match(text, h)
            if saint:
                _facility_span(text, h, saint.end(), spans)
            continue
        if head.group() in ADJECTIVE_HEADS and CAPITAL_AFTER.match(text, head.end()):
            continue  # "Past Medical History", "Regional Anesthesia": an adjective, not the end of a name
        rev = FACILITY_NAME_REV.match(text[max(0, h - 80):h][::-1])
        words = [(w.start(), w.group()) for w in FACILITY_WORD.finditer(text, h - rev.end(), h)] if rev else []
        while words and (words[0][1].lower() in FACILITY_LEAD_STOP or words[0][1] == "&"):
            words.pop(0)  # "The", "At"
        cut = [k for k, (_, w) in enumerate(words) if w in CAPS_LEAD_CUT]
        if cut:  # in capitals the words before are capitalised too: "PT TAKEN TO [LAKEVIEW HOSPITAL]"
            words = words[cut[-1] + 1:]
        titled = [k for k, (_, w) in enumerate(words[:-1]) if w.rstrip(".") in TITLES
                  and not words[k + 1][1].endswith(("'s", "’s"))]
        if titled:  # "GP Dr Naidoo Westonaria Medical Centre": the doctor, then the practice (not "Dr. Sato's Dental")
            words = words[titled[-1] + 2:]
        start = words[0][0] if words else h
        named = [w for _, w in words]
        if text[max(0, h - 5):h] == " for " and len(named) == 1:
            continue  # "Zoom for Healthcare": a purpose, not a name
        doctor = DOCTOR_BEFORE.search(text, max(0, start - 8), start)
        if doctor and named and named[0].endswith(("'s", "’s")):
            start = doctor.start()  # "Dr. Agarwal's ENT Clinic"
        hospital_like = head.group().title() in FACILITY_HOSPITAL_HEADS
        proper = any(_proper_facility_word(w, L, hospital_like and i == len(named) - 1) for i, w in enumerate(named))
        if hospital_like and len(named) == 1 and not proper:
            proper = _common_word_name(text, start, named[0], L)  # "Mission Hospital", "Mercy Clinic"
        # a word on no English/medical list counts as a place name too ("Olentangy Orthopedic Rehab")
        placelike = any(_placelike(w, L) or mode != "off" and _unknown_word(w, mode) for w in named)
        if head.group() == "Surgery":  # a GP surgery has a listed town or name ("Hyde Park Surgery"), not a
            placelike = any(_listed_proper(w, L) for w in named)  # procedure or organ ("Breast Surgery")
        if head.group().title() in FACILITY_DEPARTMENT_HEADS:
            proper = placelike and not all(_ascii(w.lower()) in L["eponyms"] for w in named)  # "Mohs Surgery"
        proper = proper or placelike
        if INSURER_AFTER.match(text, head.end()) or INSURER_BEFORE.search(text, max(0, start - 30), start) \
                or head.group() in FIRM_HEADS and any(w in INSURER_WORDS for w in named):
            continue  # "BlueRidge Health PPO", "insurance is X Health", "X Assurance Ltd": a payer, not a place
        # "Medical Center of Oakland", "Hospital for Special Surgery" (not "College of Physicians of X": a regulator)
        tail = FACILITY_TAIL.match(text, head.end()) if head.group() not in ("College", "Association") else None
        if tail and not any(_proper_facility_word(w.group(), L, False)
                            for w in FACILITY_WORD.finditer(text, head.end(), tail.end())):
            tail = None
        if proper or tail:
            end = tail.end() if tail else _heads_after(text, head.end())  # "Good Samaritan Imaging Center"
            end = _town_after(text, end, L, mode)  # "Queen Elizabeth Hospital Gateshead", "Priceline Pharmacy Sunshine"
            dept = DEPARTMENT_BEFORE.search(text, max(0, start - 40), start)
            _facility_span(text, dept.start() if dept else start, end, spans)  # "Pathology Department, X Infirmary"


CAPS_LEAD_CUT = frozenset("AT TO FROM IN INTO VIA BY WITH ON".split())
ADJECTIVE_HEADS = frozenset("Medical Regional Dental Vascular Pulmonary Infusion Co. Facility".split())  # (+ "Co. Galway")
CAPITAL_AFTER = re.compile(rf"[ \t]+[{UP}]")


def _heads_after(text: str, end: int) -> int:
    """The end of the head words that follow one another from end ("Imaging Center", "Regional Medical Center")."""
    while text[end:end + 1] == " ":
        head = FACILITY_HEAD_AT.match(text, end + 1)
        if head is None:
            break
        end = head.end()
    return end


def _town_after(text: str, end: int, L, mode: str) -> int:
    """The end of the town or district that follows a facility name at end ("Spire Leeds", "UPMC Shadyside")."""
    if text[end:end + 1] != " ":
        return end
    m = PLACE_AT.match(text, end + 1)
    place = m and _trim_place(text, m.start(), m.end(), L, need_list=True)
    if place:
        return place[1]
    w = FACILITY_WORD.match(text, end + 1)
    if w and not FACILITY_WORD.match(text, w.end() + 1) and (
            _placelike(w.group(), L) or mode != "off" and _unknown_word(w.group(), mode) == 1):
        return w.end()
    return end


STORE_NO = re.compile(r"[ \t]*#[ \t]*\d{2,6}\b")
NOT_CARE_AFTER_BRAND = re.compile(
    r"[ \t]+(?:distribution|warehouse|corporate|headquarters|hq|plant|factory|employees?|jobs?|shifts?|stock|shares|"
    r"cards?|rewards|gift|parking|bags?|brand)\b")
DOCTOR_BEFORE = re.compile(r"\b(?:Dr|Doctor|Prof)\.?[ \t]+$")
# a department named before its hospital: "Pathology Department, Leicester Royal Infirmary"
DEPARTMENT_BEFORE = re.compile(
    rf"\b(?:(?:[{UP}][{LO}]+[ \t]+){{1,3}}(?:Department|Dept\.?|Unit|Laboratory|Lab|Ward|Service)"
    rf"|(?:Department|Dept\.?)(?=[ \t]+of\b))(?:[ \t]+of[ \t]+[{UP}][{LO}]+(?:[ \t]+[{UP}][{LO}]+)?)?,[ \t]*$")


FACILITY_LABEL = re.compile(  # "Pharmacy: X", "Practice: X", "Sending facility: X" (one line, up to a bracket or comma)
    _trie({v.replace("_", " ") for w in (
        "Pharmacy Practice Facility Sending_facility Receiving_facility Transferring_facility Agency Lab Laboratory "
        "Nursing_home SNF Home_health Hospice Rehab Provider_group Group_practice Clinic_site Performing_lab "
        "Dialysis_unit Dialysis_center Requesting_facility Referring_facility Accepting_facility Treating_facility "
        "Home_infusion Infusion_pharmacy Ambulance_service Clinic "
        # places of care and of a person's day as forms label them (a value must still look like a name)
        "Hospital Home_hospital Referring_hospital Receiving_hospital Sending_hospital Transferring_hospital "
        "Admitting_hospital Treating_hospital Accepting_hospital Birth_hospital Hospital_of_birth Place_of_delivery "
        "Institution Health_facility Name_of_facility Facility_name Hospital_name Practice_name Clinic_name "
        "Pharmacy_name Preferred_pharmacy Nominated_pharmacy Regular_pharmacy Care_home Residential_home "
        "Residential_facility Aged_care_facility RACF Group_home Assisted_living GP_surgery GP_practice "
        "Health_centre Health_center Medical_centre Medical_center Dispensary "
        "School School_name College University Daycare Day_care Childcare Nursery Preschool Kindergarten "
        "Place_of_work Church Place_of_worship Shelter").split()
        for v in (w, w.title(), w.upper() if "_" in w else w)})  # CAPITALS only of two words or more ("LAB:" heads a section)
    + r"[ \t]*:[ \t]*"
    rf"((?:{_FAC_WORD})(?:[ \t]+(?:(?:of|and|the|for|at)[ \t]+)?(?:{_FAC_WORD})){{0,6}})"
)


LABEL_VALUE_HEAD = re.compile(r"(?<=[ \t])(?:" + _trie(FACILITY_HEADS) + r")$")


def _placelike(w: str, L) -> bool:
    """A listed name or town, or a word built like a place name ("Riverbend", "Lakeshore", "Harborview")."""
    low = _ascii(w.lower())
    if low in FACILITY_GENERIC or low in STOP or (w.isupper() and len(w) <= 4 and w not in ("ST.", "MT.")):
        return False
    if low in L["cities"] or PLACE_MORPHEME.search(low) or low in ("st.", "saint", "mt."):
        return True
    return low in L["names"] and low not in L["common"] and not w.isupper()


# kinds of hospital, not names: "District Hospital", "Cottage Hospital", "Outside Hospital"
HOSPITAL_KINDS = frozenset(
    """district referral tertiary cottage field day base partial teaching state acute private local psychiatric
    veterans military army naval sister parent receiving sending outside affiliated nearest nearby other another
    same former current previous prior new old county city regional general community university memorial
    children's women's open closed safe free small large big major minor home chronic respite""".split())


ACRONYM_PLACE_BEFORE = re.compile(r"(?:\b(?i:at|from|to|via|in|of)[ \t]*:?[ \t]*(?:the[ \t]+)?|[-–][ \t]*)$")


def _common_word_name(text: str, start: int, w: str, L) -> bool:
    """A capitalised common word alone before a hospital head names it ("Mission Hospital", "Mercy Clinic",
    "Bayfront Health") unless it is a kind of hospital or stands where any word is capitalised (a line or
    sentence start)."""
    low = _ascii(w.lower())
    if w.isupper() and 2 <= len(w) <= 5 and w.isalpha() and low not in FACILITY_GENERIC and low not in STOP:
        # "at LDS Hospital", "to UAB Medical Center" (not "CHF Hospital admission", nor in capitals)
        return text[start + len(w) + 2:start + len(w) + 3].islower() and bool(
            ACRONYM_PLACE_BEFORE.search(text, max(0, start - 12), start))
    if not w.istitle() or len(w) < 3 or low in HOSPITAL_KINDS or low in FACILITY_GENERIC or low in STOP:
        return False
    before = text[max(0, start - 3):start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n-|*•" and not before[-1].isdigit()


def _listed_proper(w: str, L) -> bool:
    """A listed town, or a listed name that is no common word."""
    low = _ascii(w.lower())
    return low in L["cities"] or low in L["names"] and low not in L["common"] and low not in L["eponyms"]


def _proper_facility_word(w: str, L, weak_ok: bool) -> bool:
    """Is w a proper name inside a facility name ("Riverside", "St.", "Mary's"), not a generic or medical word?
    weak_ok: "General", "Memorial" ... count (right before "Hospital")."""
    if w in ("St.", "Saint", "Mt.", "Mount", "Sainte", "San", "Santa", "ST.", "SAINT", "MT.", "MOUNT"):
        return True
    low = _ascii(w.lower().rstrip("."))
    if low in FACILITY_WEAK:
        return weak_ok
    if "-" in low:  # "Neuro-Oncology", "Cedars-Sinai"
        return any(_proper_facility_word(part, L, weak_ok) for part in w.split("-") if part)
    if w.isupper() and not _placelike(w, L):
        return False  # in capitals every word looks like a name ("COURSE IN HOSPITAL")
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    if low in FACILITY_GENERIC or low in STOP or low in L["common"] or low in L["eponyms"] or low in FACILITY_WEAK:
        return False
    return not (w.isupper() and len(w) <= 4) or w in FACILITY_BRANDS  # "ENT Clinic", not "UCSF"


# after at/from/to: "at Saint Agnes", "from Our Lady of Lourdes", "ED at Mercy General"
SAINT_OF_CARE = re.compile(
    rf"(?:Our[ \t]+Lady[ \t]+of(?:[ \t]+the)?|St\.?|Saint|Mount|Mt\.)[ \t]+[{UP}][{LO}]+(?:['’]s)?"
    rf"(?:[ \t]+[{UP}][{LO}]+)?(?![ \t]+[{UP}])\b"
)
GENERAL_BEFORE = re.compile(rf"[{UP}][{LO}]+[ \t]+$")  # "Mercy" in "Mercy General"
AT_BEFORE_PLACE = re.compile(r"\b(?i:at|from|to|by|via)[ \t]+(?:the[ \t]+)?$")
# hospitals named by a royal ("at Princess Alexandra", "from Royal North Shore"), and short names hospitals go by
ROYAL_NAME = re.compile(
    rf"(?:Queen|King|Prince|Princess|Royal)[ \t]+[{UP}][{LO}]+(?:['’]s)?(?:[ \t]+[{UP}][{LO}]+)?(?![ \t]+[{UP}])\b")
SHORT_HOSPITAL = re.compile(r"(?:Mercy|Good[ \t]+Sam|Sinai|Presbyterian|Methodist|Baptist|Parkland|Grady)(?![\w'’-])"
                            r"(?![ \t]+[A-Z])")
# a name right before a care setting written in lower case or as an acronym: "at Mercy urgent care", "to Good Sam ED"
CARE_SETTINGS = (" urgent care", " ED", " ER", " ICU", " emergency", " hospital", " clinic")
SHORT_HOSPITAL_KEYS = frozenset("Mercy Good Sinai Presbyterian Methodist Baptist Parkland Grady".split())
SHORT_NAME_KEYS = SHORT_HOSPITAL_KEYS | {"Queen", "King", "Prince", "Princess", "Royal"}
NAME_BEFORE_CARE = re.compile(rf"(?<![\w'’.-])(?:[{UP}][{LO}]+[ \t]+){{0,2}}[{UP}][{LO}]+[ \t]*$")


def _places_of_care(text: str, spans: _Spans, L, cap_words: list[str]) -> None:
    found = []
    if "Saint " in text or "St" in text and ("St. " in text or "St " in text) or "Mount " in text or "Mt. " in text \
            or "Our Lady" in text:
        found += [(m.start(), m.end()) for m in SAINT_OF_CARE.finditer(text)]
    i = text.find(" General")
    while i >= 0:
        m = GENERAL_BEFORE.search(text, max(0, i - 20), i + 1)
        if m and not (text[i + 8:i + 9].isalpha() or text[i + 8:i + 10].strip(" \t")[:1].isupper()):
            found.append((m.start(), i + 8))
        i = text.find(" General", i + 8)
    words = set(cap_words)
    for key in SHORT_NAME_KEYS.intersection(words):
        rx = SHORT_HOSPITAL if key in SHORT_HOSPITAL_KEYS else ROYAL_NAME
        i = text.find(key)
        while i >= 0:
            m = rx.match(text, i)
            if m and not (i and text[i - 1].isalnum()) and (rx is SHORT_HOSPITAL or all(
                    w in PLACE_PREFIX_WORDS or _ascii(w.lower().rstrip("'’s")) not in L["common"]
                    for w in m.group().split()[1:])):  # "Royal Perth", "Princess Alexandra"; not "Royal Mail"
                found.append(m.span())
            i = text.find(key, i + len(key))
    found += _names_before_care(text, L, words)
    _towns_before_sites(text, spans, L)
    _cued_places(text, spans, L)
    _care_event_places(text, spans, L)
    if len(cap_words) * 100 < len(text) and _lower_case_doc(text):  # (under 1 % capitals: few capitalised words)
        for s, e in _lower_case_facilities(text, L):  # (each found after its own cue)
            spans.add(s, e, "FACILITY", 6)
    for s, e in found:
        name = text[s:e]
        if not AT_BEFORE_PLACE.search(text, max(0, s - 12), s) or name.split()[0] in (
                "Attorney", "Surgeon", "Inspector", "Consul", "Postmaster"):
            continue  # "to the Surgeon General"
        if _ascii(name.lower().replace("st. ", "saint ").replace("mt. ", "mount ")) in L["cities"]:
            continue  # "moved to Saint Paul"
        spans.add(s, e, "FACILITY", 6)


# Places named by what the sentence or label says they are, whatever their words: an employer after a work cue
# ("works nights at Brennan Tool & Die", "Employer: Castillo Roofing"), a locality after its label ("District:
# Sitapur", "Sub-county: Rongo"), a highway used as a location ("lives off WV-20", "crash on Route 9").
WORK_CUE = re.compile(
    r"(?:(?:(?:[Ee]mployer|EMPLOYER|[Ww]orkplace)[ \t]*[:–-]|[Ee]mployed[ \t]+by)"
    r"|(?:[Ww]orks?|[Ww]orking|[Ww]orked|[Ee]mployed|[Jj]ob|shifts?)(?:[ \t]+(?!at\b|for\b)[\w-]+){0,2}?[ \t]+(?:at|for))"
    r"[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>(?!(?:{'|'.join(sorted(map(re.escape, TITLES), key=len, reverse=True))})\b){_FAC_WORD}"
    rf"(?:[ \t]+(?:(?:of|and|the)[ \t]+)?{_FAC_WORD}){{0,4}})")
NOT_EMPLOYER = frozenset("home night nights present least most risk this that all baseline school work christmas "
                         "thanksgiving easter weekends least".split())
LOCALITY_LABEL = re.compile(  # read back from each colon
    r"\b(?:City|Town|Suburb|Village|District|Tehsil|Taluka?|LGA|County|Sub-?[Cc]ounty|Chapter|Barangay|Brgy|"
    r"Parish|Locality|Neighbou?rhood|[Ll]ocator|CITY|TOWN|COUNTY|DISTRICT|VILLAGE|"
    # where a person was born, lives or died, as registration and death forms ask it ("Place of birth: X")
    r"(?i:place[ \t]+of[ \t]+(?:birth|residence|death|origin)|birth[ \t]?place|home[ \t]?town|town[ \t]+of[ \t]+birth|"
    r"city[ \t]+of[ \t]+birth|pob)|Municipality|Street|STREET)[ \t]*$")
# values that name no place ("Place of death: Home", "Birthplace: Unknown")
NOT_LOCALITY_VALUES = PLACEHOLDER_CELLS | {"home", "hospital", "house", "residence", "same", "abroad", "overseas"}
# "Ward:" and "Block:" name a locality only in a row of localities ("Ward: Olodi   LGA: ...", "District: X   Block: Y"),
# not a hospital ward or a nerve block
ROW_LOCALITY_LABEL = re.compile(r"\b(?:Ward|Block)[ \t]*$")
ROW_LOCALITY = re.compile(r"\b(?:District|LGA|Tehsil|Taluka?|Sub-?[Cc]ounty|Village)[ \t]*:")


def _row_names_a_locality(text: str, i: int) -> bool:
    return bool(ROW_LOCALITY.search(text, text.rfind("\n", 0, i) + 1, len(text) if text.find("\n", i) < 0 else text.find("\n", i)))


LOCALITY_VALUE = re.compile(
    rf":[ \t]*(?P<name>[{UP}][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t][{UP}][^\W\d_]*(?:['’-][^\W\d_]+)*){{0,3}})")
HIGHWAY = re.compile(
    r"\b(?:on|off|near|along|via|onto|from|up|down|at)[ \t]+(?P<name>(?:(?:US|SR|CR|FM|I|N|S|E|W|"
    + "|".join(a for a in re.findall(r"[A-Z]{2}", STATE_ABBR) if a not in ("IL", "IN", "OR", "ME", "HI", "OK"))
    + r")-\d{1,4}|(?:Highway|Hwy|Route|Rte|Interstate)[ \t]+\d{1,4}))(?![\w-])")

# public health facilities of South Asia and Africa named by their kind first ("PHC Kondapur", "CHC Sirsa",
# "BHU Chak 12", "DWH Gonda", "RHU Bato"): the acronym, then the place
KIND_FIRST_FACILITY = re.compile(
    rf"\b(?:PHC|CHC|UPHC|BHU|RHC|RHU|DHQ|THQ|DWH|AWC|FRU)[ \t]+(?P<place>[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+|-\d+)?)\b")


WORK_CUE_KEYS = ("ork", "mploy", "job", "Job", "shift", "MPLOY")  # found with str.find; then the cue is matched
HIGHWAY_GATE = re.compile(r"[A-Z]-\d|H(?:wy|ighway)|R(?:ou)?te|Interstate")
KIND_FIRST_KEYS = ("PHC", "CHC", "BHU", "RHC", "RHU", "DHQ", "THQ", "DWH", "AWC", "FRU")


def _cued_places(text: str, spans: _Spans, L) -> None:
    """Facilities and places named by a kind-first acronym, a work cue, a locality label or a highway number."""
    if any(k in text for k in KIND_FIRST_KEYS):
        for m in KIND_FIRST_FACILITY.finditer(text):
            if _ascii(m.group("place").lower()) not in L["common"]:
                spans.add(m.start(), m.end(), "FACILITY", 7)
    for key in WORK_CUE_KEYS:
        i = text.find(key)
        while i >= 0:
            _employer_at(text, i - (key in ("ork", "mploy", "MPLOY")), spans, L)
            i = text.find(key, i + 3)
    if ":" in text:
        i = text.find(":")
        while i >= 0:
            if LOCALITY_LABEL.search(text, max(0, i - 20), i) or ROW_LOCALITY_LABEL.search(text, max(0, i - 8), i) and (
                    _row_names_a_locality(text, i)):
                m = LOCALITY_VALUE.match(text, i)
                words = m and [_ascii(w.lower()) for w in m.group("name").split()]
                # not all stop words ("Chapter: Many Farms" is a place), no placeholder, no lone vocabulary word
                # that is no town ("Place of death: Inpatient")
                if m and not all(w in STOP for w in words) and words[0] not in NOT_LOCALITY_VALUES and not (
                        len(words) == 1 and words[0] in L["common"] and words[0] not in L["cities"]):
                    spans.add(m.start("name"), m.end("name"), "ADDRESS", 6)
            i = text.find(":", i + 1)
    if HIGHWAY_GATE.search(text):
        for m in HIGHWAY.finditer(text):
            spans.add(m.start("name"), m.end("name"), "ADDRESS", 6)


# A place of care named by what happened there, whatever its words: "seen the same day at UPMC Mercy", "MSU sent
# to Douglass Hanly Moir", "lap chole at Raigmore", "dialysis at Fresenius Capitol Drive", "referred to Carers
# Leeds". The cue (a care event) stands just before the preposition (a few words before "at"/"@", one or two
# before "to"/"from"/"via", no comma between); the name is capitalised words (not a title, date, town or person),
# at least one of them proper or place-like, and not a unit ("referred to Physical Therapy", "taken to
# Postanesthesia Care Unit", "admitted to Medicine" stay).
CARE_EVENT = re.compile(
    r"(?<![\w/-])(?:(?i:seen|see|admitted|admit|admissions?|transferred|transfers?|transferring|discharged|"
    r"discharge|d/c|referred|referral|refer|followed|follows|follow-up|f/u|sent|send|presented|taken|brought|"
    r"transported|transport|transmitted|diverted|en[ \t]?route|evaluated|treated|hospitali[sz]ed|dialysis|dialy[sz]es|therapy|bloodwork|labs?|drawn|"
    r"draw|filled|delivered|born|stays|stayed|staying|shelter|appointment|appt|surgery|chole|echo|imaging|"
    r"procedure|intubat(?:ed|ion)|placement|accepted|tested|testing|diagnosed|records|detained|rehab|checks|"
    r"psychiatrist|counsell?ing|pharmacy|care|x-?ray|ultrasound|mammogram|colonoscopy|biopsy|inpatient|"
    r"outpatient|return)|EGD|MRI|CT|MRCP|CXR|Dx|PT|OT|RTC)(?![\w/-])(?P<gap>[^\n.,;:!?()]{0,30}?)$")
CARE_PREP = re.compile(r"[ \t(](?P<p>at|to|from|via|@)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
CARE_NAME = re.compile(
    rf"{_FAC_WORD}(?:(?:[ \t]+(?:(?:of|and|du|de|la|of[ \t]+the)[ \t]+)?|-){_FAC_WORD}){{0,5}}")
CARE_UNIT_AFTER = re.compile(  # a unit of the place, outside its name: "UPMC Mercy Emergency Department"
    r"(?:[ \t]+(?:ED|ER|ICU|PICU|NICU|MICU|SICU|CICU|CCU|PACU|L&D|OR|Emergency(?:[ \t]+(?:Department|Dept\.?|Room))?|"
    r"E&T|Inpatient|Outpatient|Campus))+$")
CARE_NAME_STOP = frozenset("room floor bay suite team service services ward unit units icu department dept area "
                           "hospitalist medicine surgery med lab floor".split())
CREDENTIAL_AFTER = re.compile(r",?[ \t]+(?:MD|DO|NP|FNP|PA-C|RN|LCSW|LPN|APRN|PhD|DPT|PsyD)\b")
SOFTWARE_AFTER = re.compile(r"[ \t]+(?:app|portal|website|software|platform|system)\b")
CARE_NAME_END = re.compile(rf"[ \t]+(?:{MONTHS}|{WEEKDAY_WORD}\b|(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})\.?"
                           r"(?![\w'’-])|(?:NP|RN|MD|DO|PA|LCSW|FNP)\b)")


def _care_event_places(text: str, spans: _Spans, L) -> None:
    """Capitalised names after at/to/from/via/@ that a care event just before them makes places of care."""
    for m in CARE_PREP.finditer(text):
        cue = CARE_EVENT.search(text, max(0, m.start() - 50), m.start())
        if cue is None or len(cue.group("gap")) > (30 if m.group("p") in ("at", "@") else 12):
            continue
        n = CARE_NAME.match(text, m.end())
        if n is None or text[n.end():n.end() + 1] == "/" or CREDENTIAL_AFTER.match(text, n.end()) \
                or SOFTWARE_AFTER.match(text, n.end()) or INSURER_AFTER.match(text, n.end()) \
                or any(w in INSURER_WORDS for w in n.group().split()):
            continue  # "Hem/Onco", "Ab Cd, FNP", "via HealthHub app", a payer ("sent to X Health Insurance")
        start, name = n.start(), n.group()
        cut = CARE_NAME_END.search(name)  # "... High School Saturday", "PCP Dr. Alvarado", "Joanna Kwiatkowski NP"
        if cut:
            if re.fullmatch(r"[ \t]+(?:NP|RN|MD|DO|PA|LCSW|FNP)", cut.group()):
                continue
            name = name[:cut.start()]
        unit = CARE_UNIT_AFTER.search(name)
        if unit:
            name = name[:unit.start()]
        words = re.findall(r"[^\W\d_][\w'’.&]*", name)
        lows = [_ascii(w.lower().rstrip(".")) for w in words]
        if not words or words[0].rstrip(".") in TITLES or lows[0] in STOP or MONTHS_RE.match(name) \
                or re.match(WEEKDAY_WORD + r"\b", name) or HOLIDAY_RE.match(name) or lows[-1] in CARE_NAME_STOP \
                or " ".join(lows) in L["cities"] or len(lows) == 1 and (
                    lows[0] in L["words"] or lows[0] in L["names"] or m.group("p") == "from"):
            continue  # "seen by Dr. Ngata", "back at Christmas", "moved to Tucson", "taken to Recovery Room" (and
            # one word after "from" is as often the town a patient comes from)
        if len(words) == 2 and lows[0] in L["first"] and lows[0] not in L["common"] and not _placelike(words[1], L):
            continue  # "referred to Maria Lopez": a person
        if not any(w.isupper() and len(w) >= 3 and len(words) > 1 and lows[i] not in FACILITY_GENERIC
                   or _proper_facility_word(w, L, False) or _placelike(w, L) for i, w in enumerate(words)) \
                or all(w in FACILITY_GENERIC or w in HOSPITAL_KINDS or w in CARE_NAME_STOP or w in STOP for w in lows):
            continue
        _facility_span(text, start, start + len(name.rstrip(" -")), spans)


def _employer_at(text: str, ws: int, spans: _Spans, L) -> None:
    """The employer named after the work cue that starts at ws, if one does."""
    if ws < 0 or ws and text[ws - 1].isalpha():
        return
    m = WORK_CUE.match(text, ws)
    if m is None:
        return
    name = m.group("name")
    words = [_ascii(w.lower()) for w in name.split()]
    if name.lower() in NOT_EMPLOYER or " ".join(words).removesuffix("'s").removesuffix("’s") in L["cities"] \
            or FACILITY_HEAD_AT.fullmatch(name, name.rfind(" ") + 1) and all(
                w in FACILITY_GENERIC or w in L["common"] for w in words[:-1]):
        return  # a town ("works at Tacoma's port"), a kind of place ("works at Eye Center")
    label = ":" in text[m.start():m.start("name")]  # a label outranks a name reading ("Employer: Ruiz Roofing")
    spans.add(m.start("name"), m.end("name"), "FACILITY", 8 if label else 6)


# dictation written in lower case: "f/u at westgate internal medicine", "bed at pinecrest behavioral", and a name
# that opens a line, a bracket or a dash-separated part ("clearview eye care - comprehensive exam", "(eastside
# primary care)", "notes - rowlands pharmacy, high st", "@ mercy hospital springfield")
LOWER_FACILITY = re.compile(
    r"(?:\b(?:at|from|to|via)[ \t]+|@[ \t]*|\([ \t]*|(?<![^ \t\n])-[ \t]+|^[ \t]*|[ \t]{3,})(?:the[ \t]+)?"
    r"(?P<f>(?P<name>(?:[a-z][a-z'’-]+[ \t]+){1,3}?)(?:hospital|medical[ \t]+(?:center|centre|practice)|"
    r"clinic|internal[ \t]+medicine|family[ \t]+(?:medicine|practice)|behavioral(?:[ \t]+health)?|urgent[ \t]+care|"
    r"nursing[ \t]+home|rehab|pharmacy|health[ \t]+(?:center|centre)|eye[ \t]+care|primary[ \t]+care|home[ \t]?care|"
    r"women['’]s[ \t]+health|healthcare|dental)\b|saint[ \t]+[a-z]+(?:['’]s)?(?:[ \t]+of[ \t]+the[ \t]+[a-z]+)?\b)", re.M)
LOWER_TOWN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _lower_case_facilities(text: str, L) -> list[tuple[int, int]]:
    """Facilities in a note written in lower case: a saint's name, or a name before a head whose words are
    place-like, a short hospital name ("mercy") or on no word list ("pontcae"), generic words aside ("mountain
    recovery clinic"); the listed town after it ("mercy hospital springfield")."""
    out = []
    for m in LOWER_FACILITY.finditer(text):
        if m.group("name") is None:
            if _ascii(m.group("f")) not in L["cities"]:
                out.append(m.span("f"))
            continue
        name = m.group("name").split()
        if any(w in STOP and w not in FACILITY_GENERIC for w in name) or not any(_lower_name_word(w, L) for w in name) or not all(
                _lower_name_word(w, L) or _ascii(w) in FACILITY_GENERIC for w in name):
            continue
        end = m.end("f")
        town = LOWER_TOWN_AFTER.match(text, end)
        if town and _ascii(town.group(1)) in L["cities"] and town.group(1) not in L["words"]:
            end = town.end(1)
        out.append((m.start("f"), end))
    return out


def _lower_name_word(w: str, L) -> bool:
    """A lower-case word that can name a facility: place-like, a short hospital name, or on no word list."""
    low = _ascii(w)
    return _placelike(w.capitalize(), L) or w.capitalize() in SHORT_HOSPITAL_KEYS or (
        low.replace("-", "").isalpha() and low not in L["words"] and low not in L["common"] and low not in STOP
        and low not in FACILITY_GENERIC and low not in HOSPITAL_KINDS)


# a listed town naming one of an organisation's sites: "at your Waltham clinic", "the Decatur office", "(Leeds
# branch)"; the word before must make it a determiner phrase, so "Dr Decatur clinic" or a sentence start stay
SITE_NOUN = re.compile(r"[ \t](?:clinic|office|site|campus|branch|location|practice|station|hospital|store|"
                       r"pharmacy|surgery)(?![\w'’-])")
TOWN_BEFORE_SITE = re.compile(
    rf"(?:\b(?i:the|your|our|his|her|their|at|in|from|to|a|an)[ \t]+|[,(][ \t]*)"
    rf"([{UP}][{LO}]+(?:[ \t]+[{UP}][{LO}]+)?)[ \t]*$")


def _towns_before_sites(text: str, spans: _Spans, L) -> None:
    for m in SITE_NOUN.finditer(text):
        b = TOWN_BEFORE_SITE.search(text, max(0, m.start() - 40), m.start())
        if b is None:
            continue
        town = _ascii(b.group(1).lower())
        if town in L["cities"] and town not in L["common"] and town not in L["eponyms"] and town not in STOP:
            spans.add(b.start(1), b.end(1), "ADDRESS", 5)


def _names_before_care(text: str, L, words: set[str]) -> list[tuple[int, int]]:
    """'Mercy' in "seen at Mercy urgent care", 'Good Sam' in "sent to Good Sam ED": a proper name before a care
    setting (the caller checks the "at/from/to" before it)."""
    out = []
    for care in CARE_SETTINGS:
        if care[1].isupper() and care[1:] not in words:
            continue  # "ED", "ER", "ICU" are capitalised words of their own: known from the names pass
        i = text.find(care)
        while i >= 0:
            j = i + len(care)
            if j >= len(text) or not (text[j].isalnum() or text[j] in "'’-"):
                m = NAME_BEFORE_CARE.search(text, max(0, i - 40), i)
                words = m.group().split() if m else []
                if words and words[0] not in TITLES and any(
                        (low := _ascii(w.lower())) not in STOP and low not in FACILITY_GENERIC and low not in L["common"]
                        and low not in L["cities"] for w in words):
                    out.append((m.start(), m.start() + len(m.group().rstrip())))
            i = text.find(care, j)
    return out


ALIAS_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z&]{1,9})[ \t]*\)")  # "Sri Ramachandra Medical Centre (SRMC)"
ALIAS_BEFORE = re.compile(rf"(?<![\w'’.-])([{UP}][{LO}]+(?:[ \t]+[{UP}][{LO}]+)?)[ \t]*\([ \t]*$")  # "Good Sam (Good Samaritan"
ALIAS_SKIP = frozenset("the of and for at in".split())


def _facility_aliases(text: str, spans: _Spans, L) -> None:
    """Short names a note gives a facility it names in full: "(SRMC)" after it, "Good Sam (Good Samaritan Regional)"
    before it, or the initials of its words used as a word of their own ("SRMC" for Sri Ramachandra Medical
    Centre); every mention of them, and of the full name, is a [FACILITY] too."""
    aliases, names = set(), set()
    for _, s, e, t in list(spans.items):
        lows = [_ascii(w.lower()) for w in FACILITY_WORD.findall(text, s, e)] if t == "FACILITY" else []
        if not lows or all(w in FACILITY_GENERIC or w in HOSPITAL_KINDS for w in lows):
            continue
        words = [w for w in re.findall(r"[\w'’.]+", text[s:e]) if w.lower() not in ALIAS_SKIP]
        initials = "".join(w[0] for w in words).upper()
        if all(w in FACILITY_GENERIC or w in L["common"] for w in lows):
            # "an RTC (Residential Treatment Center)": a kind of place; but a found name of four or more
            # common words is used by its initials ("First Choice Community Healthcare" ... "FCCH records")
            if len(words) >= 4 and all(w[0].isupper() for w in words):
                aliases.add(initials)
            continue
        m = ALIAS_AFTER.match(text, e)
        if m and (not m.group(1).isupper() or _is_acronym_of(m.group(1), initials)):
            aliases.add(m.group(1))  # not "New Horizons Treatment Center (OTP)": a programme
        m = ALIAS_BEFORE.search(text, max(0, s - 30), s)
        if m and m.group(1).split()[0] not in TITLES:
            aliases.add(m.group(1))
        if len(words) >= 3 and all(w[0].isupper() for w in words):
            aliases.add(initials)
            if "-" in text[s:e]:  # each part of a joined name gives its letter ("Dana-Farber ..." -> "DFCI")
                aliases.add("".join(p[0] for w in words for p in w.split("-") if p).upper())
        name = text[s:e]
        if name[:1].isupper() and " " in name:  # (one word alone may be the town it is named after)
            names.add(name)  # the name itself where no rule finds it again ("sent to X Labs ... X Labs called")
    for alias in aliases | names:
        i = text.find(alias)
        while i >= 0:
            j = i + len(alias)
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "'’-")) and not (
                    j < len(text) and (text[j].isalnum() or text[j] in "/-")):  # not "SRMC/2026/0738815"
                spans.add(i, j, "FACILITY", 6 if alias in aliases else _repeat_priority(spans, i, j))
            i = text.find(alias, j)


# a numbered or bulleted list whose items open with a name and the same separator ("1. X Nursing & Rehab -
# ACCEPTED", "2. Y Place - declined"): when two items are found facilities, the names of the others are too
LIST_ITEM = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)]|[-*•])[ \t]+(?P<name>{_FAC_WORD}(?:[ \t]+(?:(?:of|on|and|the|at|for)[ \t]+){{0,2}}{_FAC_WORD}){{0,5}})"
    r"(?P<sep>[ \t]+[-–][ \t]|,|:|[ \t]+\()", re.M)


def _facility_list_items(text: str, spans: _Spans, L) -> None:
    items = list(LIST_ITEM.finditer(text))
    if len(items) < 3:
        return
    found = {(s, e) for _, s, e, t in spans.items if t == "FACILITY"}
    block: list[re.Match] = []
    for m in items + [None]:
        if block and (m is None or m.group("sep").strip() != block[-1].group("sep").strip()
                      or text.count("\n", block[-1].end(), m.start()) > 1):
            if len(block) >= 3 and sum(b.span("name") in found for b in block) >= 2:
                for b in block:
                    words = b.group("name").split()
                    if words[0].rstrip(".") not in TITLES and not all(
                            _ascii(w.lower()) in L["common"] or _ascii(w.lower()) in STOP for w in words):
                        spans.add(b.start("name"), b.end("name"), "FACILITY", 5)
            block = []
        if m is not None:
            block.append(m)


def _repeat_priority(spans: _Spans, i: int, j: int) -> int:
    """A repeated facility name outranks the spans inside it when one is a shorter facility ("[Harwick
    Pathology] Partners"); else any other reading wins."""
    over = [(s, e, t) for _, s, e, t in spans.items if s < j and i < e]
    return 8 if all(i <= s and e <= j for s, e, _ in over) and any(
        t == "FACILITY" and e - s < j - i for s, e, t in over) else 4


def _is_acronym_of(acronym: str, initials: str) -> bool:
    """Is the acronym made of the name's initials, in order, from the first ("CHEO" of Children's Hospital of
    Eastern Ontario, "SRMC")?"""
    if not initials or acronym[0] != initials[0]:
        return False
    rest = iter(initials)
    return all(c in rest for c in acronym.replace("&", ""))


# a branch or campus named after a dash, closing the name: "X Urgent Care - Joliet", "X Health Center - River Ridge"
BRANCH_AFTER = re.compile(
    rf"[ \t]?[-–][ \t]?((?:[{UP}][{LO}]+[ \t]+){{0,2}}[{UP}][{LO}]+(?:[ \t]+(?:Rd|Road|Ave|St|Blvd|Drive|Dr)\.?)?)"
    r"(?=[ \t]*(?:[,;.)(]|\n|$)|[ \t]+[a-z])")


LAST_COMMA_FIRST_AT = re.compile(rf"[{UP}][{LO}]+,[ \t]*[{UP}][{LO}]+(?![ \t]*(?:[{UP}]{{2}}|\d))")  # "Smith, John"


def _branch_place(words: str) -> bool:
    """Is the text after a facility's dash a place (a listed town, a directional and a town, a place-like word)?"""
    L = _lists()
    first = words.split()[0]
    if first in ("North", "South", "East", "West", "Downtown", "Central", "Midtown") or words.lower() in L["cities"]:
        return True
    low = first.lower()
    return (low in L["cities"] or bool(PLACE_MORPHEME.search(low))) and low not in L["first_common"]


def _payer_name(text: str, start: int) -> bool:
    """Does the name at start begin with a national insurer or pharmacy-benefit manager (not its mail-order
    pharmacy: "Express Scripts mail order")?"""
    m = PAYER_NAME_START.match(text, start)
    return text[start:text.find(" ", start)].rstrip(",.") in PAYER_FIRST_WORDS or bool(m) and not PHARMACY_AFTER.match(
        text, m.end())


PHARMACY_AFTER = re.compile(r"[ \t]+(?i:mail|home[ \t]+delivery|pharmacy|specialty)\b")


def _facility_span(text: str, start: int, end: int, spans: _Spans) -> None:
    if _payer_name(text, start):
        return  # "Cigna Healthcare", "Star Health": a payer
    store = STORE_NO.match(text, end)  # "Walgreens Pharmacy #1142"
    end = store.end() if store else end
    branch = BRANCH_AFTER.match(text, end)  # "Concentra Urgent Care - Joliet", "Fresenius Kidney Care - East Tucson"
    if branch and _branch_place(branch.group(1)) and not LAST_COMMA_FIRST_AT.match(text, branch.start(1)) \
            and not STATE_AFTER.match(text, branch.end(1)):  # "X Health Center - Rock Springs, WY": a town
        end = branch.end(1)
    spans.add(start, end, "FACILITY", 8)
    town = TOWN_AFTER_FACILITY.match(text, end)  # "Maple Grove Care Home, Bristol": the town it stands in
    if town:  # a smaller listed place too: the facility's comma is a place cue ("Cottage Hospital, Thurso")
        place = _trim_place(text, town.start(1), town.end(1), _lists(), need_list=True, towns=True)
        if place and place[1] == town.end(1):
            spans.add(place[0], place[1], "ADDRESS", 5)
    street = STREET_NAME_AFTER.match(text, end) or ON_NAME_AFTER.match(text, end)  # "Walgreens on Main St"
    first = street.group(1).split()[0].lower() if street else ""
    if street and first not in STOP and not MONTHS_RE.match(street.group(1)) and (
            street.re is STREET_NAME_AFTER or first not in _lists()["common"]):  # "on Danforth", not "on Main"
        spans.add(street.start(1), street.end(1), "ADDRESS", 6)


# Letterheads and signature blocks: the line above a street line, and the line below a signer's credentials, name
# the organisation ("Dana-Farber Cancer Institute\n450 Brookline Avenue", "Jane Roe, MD\nNeurology, Mission Hospital").
STREET_LINE_START = re.compile(r"\n[ \t]*(?=\d{1,6}[ \t]+[A-Z0-9])")  # a literal first character scans fast
SIGNER_LINE_END = re.compile(
    r",[ \t]*(?:MD|DO|NP|PA-C|RN|PhD|FNP(?:-BC)?|CNM|DNP|MBBS|FRCP|FACP|FACC|DPM|DDS|DMD|M\.D\.)[ \t]*\n")
ORG_LINE = re.compile(r"[ \t]*([A-Z][^\n:;|]{2,80}?)[ \t]*")
ORG_PART = re.compile(r"[^,\n]+?(?=[ \t]*(?:,|[ \t]{2}|$))")
ORG_PART_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")


def _letterhead_lines(text: str, spans: _Spans, L) -> None:
    """The organisation line of a letterhead or a signature block: each comma-separated part a FACILITY, but a
    department ("Neurology") is kept and a short place after the organisation ("..., Winter Park") is an ADDRESS."""
    for ls, le in _letterhead_candidates(text):
        m = ORG_LINE.fullmatch(text, ls, le)
        if not m:
            continue
        line = m.group(1)
        if TITLE_START.match(line) or any(c.isdigit() for c in line) or SIGNER_LINE.search(line):
            continue  # "Mr. Omar Haddad", "B. Ndlovu, MD" over an address: the name rules judge them
        org_seen = False
        for p in ORG_PART.finditer(text, m.start(1), m.end(1)):
            s, e = p.start() + len(p.group()) - len(p.group().lstrip(" \t,")), p.end()
            words = ORG_PART_WORD.findall(text, s, e)
            if any(w.lower() in POSITION_WORDS for w in words):
                continue  # "Associate Professor of Medicine", "Division of Cardiology", "PLLC"
            proper = [w for w in words if w.lower() not in FACILITY_GENERIC and w.lower() not in STOP
                      and w not in FACILITY_DEPARTMENT_HEADS]
            head = set(words) & FACILITY_HEAD_WORDS
            if org_seen and words and len(words) <= 3 and len(proper) == len(words) and not head:
                spans.add(s, e, "ADDRESS", 5)  # "..., Winter Park": the town after the organisation
            elif not proper or not head and (len(words) < 2 or all(_ascii(w.lower()) in L["common"] for w in proper)):
                continue  # a department or service ("Neurology", "Neuro-oncology", "Movement Disorders")
            elif all(_ascii(w.lower()) in L["names"] for w in proper) and not org_seen and len(words) <= 3:
                break  # a person's name line (a letter's recipient)
            else:
                spans.add(s, e, "FACILITY", 8)  # over a brand or name found inside it ("Dana-Farber")
                org_seen = True


FACILITY_HEAD_WORDS = frozenset(h for h in FACILITY_HEADS if " " not in h)
SIGNER_LINE = re.compile(r"^[A-Z]\.[ \t]|,[ \t]*(?:MD|DO|NP|PA-C|RN|PhD|M\.D\.)\b")
POSITION_WORDS = frozenset(  # a signer's position, unit or firm form, not an organisation's name
    "professor associate assistant clinical chief director chair fellow resident attending division department "
    "section service services program programme unit disorders team office pllc llc pc pa inc ltd llp".split())


FIRST_LINE_CAPS = re.compile(r"\s*([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž&'’.\- ]{3,80}?)[ \t]*(?:\||\(|[ \t]{2}|[ \t]-[ \t]+[A-Z][a-z]|\n|$)")
DOCUMENT_WORDS = frozenset(  # what a title line names when it names the document, not the organisation
    "report note notes consultation consult summary record records letter log form request transcript audit ticket "
    "export order orders referral results result protocol plan visit assessment evaluation certificate authorization "
    "authorisation notice statement invoice bill claim appeal minutes handover sheet chart flowsheet list census "
    "message triage admission discharge progress history exam examination procedure operative dictation follow-up "
    "followup".split())


def _letterhead_title(text: str, spans: _Spans, L) -> None:
    """A document's first line in capitals is its letterhead when it names no document ("TAN TOCK SENG HOSPITAL -
    Rehabilitation Centre", "ARCADIA AGED CARE - WILLOUGHBY"; not "SURGICAL PATHOLOGY REPORT")."""
    m = FIRST_LINE_CAPS.match(text)
    if not m:
        _titled_letterhead(text, spans, L)
        return
    s, e = m.span(1)
    words = ORG_PART_WORD.findall(text, s, e)
    lows = [_ascii(w.lower()) for w in words]
    if len(words) < 2 or any(w in DOCUMENT_WORDS for w in lows) or any(w in TITLES for w in words) \
            or any(w in CAPS_LEAD_CUT for w in words):
        return  # (nor a sentence in capitals: "PT WAS TAKEN TO X HOSPITAL BY WIFE.")
    head = any(w.capitalize() in FACILITY_HEAD_WORDS for w in words)
    proper = [w for w in lows if w not in L["common"] and w not in STOP and w not in FACILITY_GENERIC
              and len(w) >= 3 and w not in L["words"]]
    if head and proper or len(proper) >= 2 and not all(w in L["names"] for w in proper):  # not "JOHN SMITH"
        spans.add(s, e, "FACILITY", 8)


# a first line in title case whose first part ends in a head word: "Bright Path Counseling Services - Intake",
# "Sound Choice Audiology @ X campus" (its words may all be common ones; one must not be generic)
FIRST_LINE_TITLED = re.compile(
    rf"[ \t]*((?:[{UP}][\w'’.]*|&)(?:[ \t]+(?:[{UP}][\w'’.]*|&|of|and|the|for|de|del|la)){{1,5}})"
    r"(?=[ \t]*(?:[-–—@|(,]|\n|$)|[ \t]{2})")


def _titled_letterhead(text: str, spans: _Spans, L) -> None:
    m = FIRST_LINE_TITLED.match(text)
    head = m and LABEL_VALUE_HEAD.search(m.group(1))
    if not head or m.group(1).isupper() and head.group().title() not in FACILITY_HOSPITAL_HEADS:
        return  # in capitals only a hospital ("DISTRICT HOSPITAL, X"; not "EMPLOYEE HEALTH -- EXPOSURE")
    lows = [_ascii(w.lower()) for w in ORG_PART_WORD.findall(m.group(1))]
    if any(w in DOCUMENT_WORDS for w in lows) or all(
            w in FACILITY_GENERIC or w in HOSPITAL_KINDS or w in FACILITY_WEAK or w in STOP for w in lows[:-1]):
        return  # "Inpatient Psychiatry", "Community Health Center"
    _facility_span(text, m.start(1), m.end(1), spans)


def _letterhead_candidates(text: str):
    """(start, end) of the line above each street line and of the line below each signer's credentials."""
    for m in STREET_LINE_START.finditer(text):
        if STREET_RE.match(text, m.end()):
            yield text.rfind("\n", 0, m.start()) + 1, m.start()
    for m in SIGNER_LINE_END.finditer(text):
        if m.start() - text.rfind("\n", 0, m.start()) <= 60:  # a short signer line, not a sentence
            end = text.find("\n", m.end())
            yield m.end(), len(text) if end < 0 else end


TITLE_START = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|prof|re|attn|to|from|patient|pt)\b")

_SPOKEN = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
SPOKEN_DIGITS = re.compile(rf"(?<![\w-])(?:{_SPOKEN}[ ,-]+){{4,}}{_SPOKEN}(?![\w-])|(?<![\w./-])(?:\d[ ]){{4,}}\d(?![\w/-]|\.\d)")
SPOKEN_CUE = re.compile(  # what the number is, from the words before it
    r"(?i)(?P<mrn>mrn|medical record(?: number)?|record number|chart(?: number)?|mr number)"
    r"|(?P<phone>phone|telephone|cell|mobile|call(?: back)?|number is|reach(?:ed)? at|pager)"
    r"|(?P<ssn>social security(?: number)?|ssn)|(?P<id>member|policy|account|id|number|#)"
)


def _spoken_numbers(text: str, tl: str, spans: _Spans) -> None:
    """Numbers dictated digit by digit ("medical record number four four seven one nine oh two oh", "MRN 4 4 7 1
    9 0 2 0"): five or more spelled digits are an identifier typed by the cue before them; digits spaced one by
    one ("5 5 5 5 4" strength grades) only after a cue; and days spelled out in lower case ("november fifth")."""
    for m in SPOKEN_DIGITS.finditer(tl):
        cue = None
        for c in SPOKEN_CUE.finditer(tl, max(0, m.start() - 40), m.start()):
            cue = c
        spelled = tl[m.start()].isalpha()
        if cue is None and not spelled:
            continue
        typ = cue.lastgroup.upper() if cue else "ID"
        spans.add(m.start(), m.end(), {"MRN": "MRN", "PHONE": "PHONE", "SSN": "SSN"}.get(typ, "ID"), 5)
    for m in LOWER_MONTH_FULL.finditer(text):  # days spelled in lower case: "november fifth", "the third of march"
        if m.start() and text[m.start() - 1].isalpha():
            continue
        mm = LOWER_SPELLED_DAY_DATES[0].match(text, m.start())
        if mm is None and text[m.start() - 3:m.start()] == "of ":
            mm = LOWER_SPELLED_DAY_DATES[1].search(text, max(0, m.start() - 36), m.end())
        if mm:
            spans.add(mm.start(), mm.end(), "DATE", 6)


_UNIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_TENS_WORD = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_UNIT_WORD}))?"
_TEEN_WORD = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_YEAR_WORDS = (rf"(?:nineteen|twenty)[ ](?:hundred(?:[ ]and)?[ ])?(?:{_TENS_WORD}|{_TEEN_WORD}|oh[ ](?:{_UNIT_WORD}))"
               rf"|two[ ]thousand(?:[ ](?:and[ ])?(?:{_TENS_WORD}|{_TEEN_WORD}|{_UNIT_WORD}))?")
# the year dictated after a spelled day ("february ninth nineteen fifty", "the third of june two thousand four"):
# the day and month are found by LOWER_SPELLED_DAY_DATES / SPELLED_DAY_DATES; the year words are part of the date
SPOKEN_YEAR_AFTER_DAY = re.compile(
    rf"{_SPELLED_DAY}(?:[ \t]+of[ \t]+{_LOWER_MONTH_FULL})?,?[ \t]+(?P<year>(?:{_YEAR_WORDS}))\b")


# The author/typist line that closes a dictation: "MAA/JRS   DOC #: 10044518", "ke/mt lhopkins", "(JMP/rt)". Found
# from the "/" (a literal first character scans fast), then the author's initials are read back from it.
TYPIST_AFTER_SLASH = re.compile(
    r"(?m)/([A-Za-z]{2,4})(\))?(?:[ \t]+(?:([a-z]{4,16}\d{0,3})|(?i:doc|job|d:|t:|cc)\b[^\n]*))?[ \t]*$")
TYPIST_AUTHOR_BEFORE = re.compile(r"(?m)(?:^|[.!?][ \t]+)[ \t]*(\()?([A-Za-z]{2,4})$")


def _typist_lines(text: str, spans: _Spans) -> None:
    """Author and typist initials at the foot of a dictation (both NAME), and the typist's login after them (ID).
    Only on a line of their own (or after the last sentence), so "CT/MRI" and "abd/pelvis" in prose stay, and as
    "AUTHOR/typist" or followed by a login or a document/job number ("rate/min" alone is a list item)."""
    for m in TYPIST_AFTER_SLASH.finditer(text):
        b = TYPIST_AUTHOR_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if not b or bool(b.group(1)) != bool(m.group(2)):
            continue
        author, typist = b.group(2), m.group(1)
        tail = m.group(3) or m.end() - m.end(1) > 2
        if not (author.isupper() and typist.islower() or tail and not b.group(1)):
            continue  # "rate/min", "CT/MRI" on a line of their own
        spans.add(b.start(2), b.end(2), "NAME", 6)
        spans.add(m.start(1), m.end(1), "NAME", 6)
        if m.group(3):
            spans.add(m.start(3), m.end(3), "ID", 6)


def _spoken_years(tl: str, spans: _Spans) -> None:
    """Years dictated in words after a spelled date: "february ninth [nineteen fifty]"."""
    if "nineteen " not in tl and "twenty " not in tl and "thousand" not in tl:
        return  # no year in words: skip the costly scan
    for m in SPOKEN_YEAR_AFTER_DAY.finditer(tl):
        spans.add(m.start("year"), m.end("year"), "DATE", 6)


def _propagate_identifiers(text: str, spans: _Spans) -> None:
    """An MRN, ID or SSN found once is replaced wherever else it occurs in the document ("merge 90011788")."""
    seen = {}
    for _, s, e, t in spans.items:
        if t in ("MRN", "ID", "SSN") and e - s >= 5:
            value = text[s:e]
            if any(c.isdigit() for c in value):
                seen[value] = t
    n = len(text)
    for value, t in seen.items():
        i = text.find(value)
        while i >= 0:
            j = i + len(value)
            if not (i and text[i - 1].isalnum()) and not (j < n and text[j].isalnum()):
                spans.add(i, j, t, 3)
            i = text.find(value, j)
