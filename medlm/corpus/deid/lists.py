"""Word lists (first names, surnames, cities, eponyms, stop words, facility heads) and the optional whitelist and
CRF model, each loaded once per process."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import warnings
from pathlib import Path

from medlm.errors import MedlmError
from medlm.corpus.deid.config import DATA_DIR
from medlm.corpus.deid.patterns import MORE_TITLES, STATE_NAME, _trie


def _read_words(name: str) -> list[str]:
    path = DATA_DIR / name
    if not path.is_file():
        raise MedlmError(f"{path}: de-identification word list missing; reinstall medlm or run scripts/build_deid_lists.py")
    return [w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")]


STOP_HARD = frozenset(
    """a an the and or but if of in on at to for from by with without as is are was were be been being am do does did
    has have had he she it they we you i me my mine his her hers its our your their them him us this that these those
    there here then than so no not yes ok okay well um uh oh hi hello hey thanks thank please sure yeah right alright
    good great fine what when where who whom whose why how which while after before during since until all any some
    each every both either neither other another such only also just very more most less least much many few one two
    three four five six seven eight nine ten first second third last next new old today tomorrow yesterday now
    patient pt doctor dr mr mrs ms miss nurse sir madam mom dad md do rn np pa phd history exam plan assessment
    impression diagnosis procedure note date time male female man woman boy girl son daughter wife husband mother
    father sister brother family none normal left right bilateral status post chief complaint allergies medications
    january february march july september october november december monday tuesday wednesday
    thursday friday saturday sunday mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    hospital clinic center centre medical medicine department unit service emergency room icu er or ed
    street st avenue ave road rd drive blvd suite apt county city state age sex dob mrn race phone fax email
    address keywords cardiology neurology oncology radiology pathology surgery urology nephrology pulmonology
    gastroenterology dermatology psychiatry pediatrics orthopedics ophthalmology rheumatology endocrinology
    hematology anesthesia anesthesiology infant newborn school test sample ink sorry nope yep yup yeah hmm mhm
    uh-huh maybe probably actually honestly definitely absolutely exactly correct true really never always
    sometimes usually wow please pretty kind sort just also anyway besides otherwise however unfortunately
    fortunately hopefully basically unknown unk unavailable deceased declined pending tbc tba withheld refused
    self""".split()
)
# words that are also surnames or first names: not a name on their own, but fine inside one ("Dr. White",
# "Corinne Dos Santos", "Brandon Black")
STOP_SOFT = frozenset(
    """lane ward north south east west dos white black brown green young may june april august american african asian
    hispanic latino latina caucasian cuban mexican puerto rican chinese japanese korean vietnamese filipino indian
    pakistani arab russian polish italian german irish english spanish french portuguese haitian jamaican somali
    ethiopian nigerian da de del della di du la le van von der den bin al el ten ter""".split()
)
# languages a note names ("Speaks Punjabi", "Interpreter: Tamil", "Hokkien/English"): no name alone, as STOP_SOFT,
# but kept out of STOP, where they would cut facility names ("Swedish Medical Center")
LANGUAGES = frozenset(
    """greek turkish tamil punjabi hindi urdu bengali bangla gujarati marathi telugu kannada malayalam sinhala nepali
    hokkien cantonese mandarin teochew hakka malay tagalog ilocano samoan tongan maori fijian farsi persian pashto
    dari kurdish amharic tigrinya oromo swahili yoruba igbo hausa twi arabic hebrew yiddish armenian ukrainian
    romanian hungarian czech slovak serbian croatian bosnian albanian bulgarian dutch swedish norwegian danish
    finnish khmer burmese hmong creole navajo lakota afrikaans zulu xhosa sesotho setswana""".split()
)
STOP = STOP_HARD | STOP_SOFT
SPECIALIST = re.compile(r"(?:ologist|ician|iatrist|ographer|apist)s?(?:-|$)")
# words of British, New Zealand and Indian English that Philter's (American) whitelist lacks: not names for the
# unknown-word rule ("Whānau present", "Neighbour reports", "Nil FHx", "Gandhi Nagar"); listed names among them
# (Nagar, Council) still count inside a cued name
# feasts and holidays: no names even where they date nothing ("fasting during Ramadan", "Mardi Gras beads")
HOLIDAY_WORDS = frozenset("""ramadan ramzan eid diwali deepavali hanukkah chanukah kwanzaa passover hogmanay matariki vesak
    navratri onam pongal purim sukkot shavuot mardi gras""".split())
# car makes: no name, nor the model after them ("sleeping in his Toyota Sienna", "a Kia Soul")
CAR_MAKES = frozenset("""toyota honda nissan hyundai kia subaru mazda chevy chevrolet jeep dodge buick cadillac lexus
    acura volkswagen audi mercedes tesla volvo chrysler mitsubishi peugeot renault skoda vauxhall""".split())
NOT_NAME_WORDS = frozenset(
    """neighbour council labour favour grandad lorry borough nil sledge whanau hapu iwi moko mokopuna kaumatua
    tikanga karakia marae kuia tangi tangihanga wairua tamariki rangatahi kaupapa korero tapu whakapapa nagar chowk
    mohalla puram mandir masjid gurdwara vihar ganj bagh bhavan bhawan sadan marg jalan lorong bukit taman kampung
    kampong clinica centro farmacia fisioterapia consultorio sanatorio""".split()
) | CAR_MAKES | HOLIDAY_WORDS
# religious denominations are no names for the unknown-word rule ("Pine Mountain Baptist"), but stay place words
# after a cue ("transferred to Methodist": a hospital)
DENOMINATIONS = frozenset("""baptist methodist presbyterian lutheran catholic pentecostal adventist anglican episcopal
    evangelical mennonite amish""".split())

# nouns that make a preceding person name an eponym ("Wilson disease", "Smith fracture")
EPONYM_NEXT = re.compile(
    r"(?:['’]s?)?[\s-]+(?:disease|syndrome|sign|test|disorder|fracture|palsy|phenomenon|reflex|maneuver|manoeuvre|"
    r"criteria|score|scale|classification|procedure|operation|catheter|tube|stain|cell|cells|body|bodies|node|"
    r"nodule|ulcer|cyst|lesion|triad|murmur|sarcoma|lymphoma|tumou?r|anomaly|malformation|encephalopathy|"
    r"thyroiditis|contracture|neuroma|diverticulum|ligament|duct|pouch|grade|incision|repair|point|law|effect|"
    r"respiration|breathing|dressing|drain|forceps|retractor|clamp|needle|speculum|position|view|line|"
    r"esophagus|tear|lines|bundle|space|crisis|ratio|index|formula|equation)\b",
    re.I,
)


@functools.lru_cache(maxsize=1)
def _lists():
    first = _read_words("first_names.txt")
    last = _read_words("surnames.txt")
    common = frozenset(_read_words("common_words.txt"))
    eponyms = frozenset(_read_words("eponyms.txt"))
    # an eponym that is also a frequent person name (Wilson, Smith, Murphy) is only an eponym in context
    frequent = set(first[:1500]) | set(last[:5000])
    hard_eponyms = frozenset(e for e in eponyms if e not in frequent)
    cities = frozenset(_read_words("cities.txt")) | frozenset(_read_words("counties.txt"))
    countries = frozenset(_read_words("countries.txt"))
    words = frozenset(_read_words("lower_words.txt")) | countries | NOT_NAME_WORDS \
        | DENOMINATIONS | LANGUAGES | frozenset(t.lower() for t in MORE_TITLES) \
        | frozenset(w.lower() for w in re.findall(r"[A-Z][a-z]+", STATE_NAME))
    # smaller places (GeoNames 1,000+): too many are words or names to be towns anywhere, so only after a place cue
    towns = frozenset(_read_words("towns.txt")) - cities - common - STOP - words - eponyms
    places = (cities - common - STOP) | towns
    return {
        "first": frozenset(first),
        "first_common": frozenset(first[:1500]),
        "frequent": frozenset(frequent),
        "last": frozenset(last),
        "names": frozenset(first) | frozenset(last),
        "common": common,
        "eponyms": eponyms,
        "hard_eponyms": hard_eponyms,
        "cities": cities - common - STOP - countries,  # "Lebanon", "Singapore": the country first
        "towns": towns,
        # first words of many-word places ("Baton" of Baton Rouge): a cue before one is worth reading on
        "place_heads": frozenset(p.split()[0] for p in places if " " in p) - (STOP_HARD - TOWN_FIRST_WORDS),
        # not names for the unknown-word rule: words open text writes mostly in lower case, countries, states,
        # titles ("Encik Rahim" is Rahim)
        "words": words,
    }


PHILTER_WHITELIST = "filters/whitelists/whitelist_plus_fps_091718_nonames.json"


@functools.lru_cache(maxsize=4)
def _whitelist(mode: str) -> frozenset[str] | None:
    """Philter's whitelist (Norgeot et al. 2020, npj Digit Med; BSD-3): ~195k lower-case English and medical
    words with person names removed, read from the installed package philter-ucsf (not vendored). None when
    mode is 'off', or 'auto' and the package is missing (one warning per process)."""
    if mode == "off":
        return None
    spec = importlib.util.find_spec("philter_ucsf")  # finds the files without importing philter (and its deps)
    roots = list(spec.submodule_search_locations or []) if spec else []
    path = Path(roots[0]) / PHILTER_WHITELIST if roots else None
    if path is None or not path.is_file():
        msg = ("philter-ucsf is not installed: unknown capitalised words are not taken as names (lower name recall "
               "on notes without cues); pip install 'medlm[deid]' (or philter-ucsf==1.0.3), or set "
               "deid.unknown_words: off to silence this")
        if mode == "philter":
            raise MedlmError(f"deid.unknown_words=philter: {msg.split(':')[0]}; pip install 'medlm[deid]'")
        warnings.warn(msg, stacklevel=2)
        return None
    try:
        words = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise MedlmError(f"{path}: cannot read Philter's whitelist ({e}); reinstall philter-ucsf") from e
    return frozenset(w for w in words if w)


@functools.lru_cache(maxsize=4)
def _crf(mode: str):
    """The statistical layer's tagger (model.py): None when mode is 'off', or 'auto' and python-crfsuite is
    missing (one warning per process); a path that is no model is an error."""
    if mode == "off":
        return None
    from medlm.corpus.deid import model as deid_model

    if mode == "auto":
        if importlib.util.find_spec("pycrfsuite") is None:
            warnings.warn("python-crfsuite is not installed: the de-identifier runs without its statistical layer "
                          "(lower recall on unseen writing styles); pip install python-crfsuite, or set "
                          "deid.model: off to silence this", stacklevel=2)
            return None
        mode = str(deid_model.SHIPPED_MODEL)
    return deid_model.load_tagger(mode)


TOWN_FIRST_WORDS = frozenset("great little old upper lower high long big grand".split())  # "Great Sankey", "Little Rock"

PLACEHOLDER_CELLS = frozenset("empty none n/a na tbd unknown self vacant blocked closed pending null - ? x".split())

# Capitalised words that end a facility name ("St. Mary's Medical Center", "Riverside Family Practice")
FACILITY_HEADS = (
    "Hospital Hospitals Clinic Clinics Infirmary Hospice Sanatorium Sanitarium Pharmacy Pharmacies Drugs Healthcare "
    "HealthCare Health Rehab Rehabilitation Institute Manor Laboratories Laboratory Labs Diagnostics Imaging Dialysis "
    "Pediatrics Cardiology Orthopedics Orthopaedics Dermatology Radiology Urology Oncology Neurology Gastroenterology "
    "Ophthalmology Physicians Specialists Associates VA VAMC Medical_Center Medical_Centre Health_Center Health_Centre "
    "Health_System Health_Systems Health_Care Health_Services Nursing_Home Nursing_Center Nursing_Facility "
    "Nursing_and_Rehabilitation_Center Care_Center Care_Centre Living_Center Medical_Group Medical_Associates "
    "Medical_Practice Medical_Clinic Family_Practice Family_Medicine Internal_Medicine Urgent_Care Surgery_Center "
    "Surgical_Center Cancer_Center Heart_Center Eye_Center Treatment_Center Recovery_Center Wellness_Center "
    "Assisted_Living Senior_Living Retirement_Home Retirement_Community Skilled_Nursing Home_Health Primary_Care "
    "Women's_Health Behavioral_Health Mental_Health Medical_Plaza Medical_Building Medical_Office "
    "Medical_Offices Drug_Store Drugstore Center Centre Group Services Supply Apothecary Funeral_Home Medicine "
    "Pathology Nursing Behavioral Presbyterian Methodist Baptist Memorial".split()
)
FACILITY_HEADS = [w.replace("_", " ") for w in FACILITY_HEADS]
FACILITY_HEADS += [w.upper() for w in FACILITY_HEADS]  # letterheads in capitals
# Canada's Family Health Teams, Australian health hubs, UK care homes and group practices, specialty practices
# (not in capitals: "PULMONARY:", "PAST MEDICAL HISTORY" are section headings)
FACILITY_HEADS += [w.replace("_", " ") for w in (
    "Health_Team Family_Health_Team Health_Hub Medical_Hub Care_Home Group_Practice Medical Regional "
    "Rheumatology Infusion Vascular Pulmonary Pulmonology Nephrology Endocrinology Hematology Psychiatry Audiology "
    "Podiatry Physiotherapy Chiropractic Dental Dentistry Optometry Sleep_Center Sleep_Centre Imaging_Center "
    "Imaging_Centre").split()]
# the other institutions a note names (schools, churches, agencies, EMS, GP surgeries, polyclinics); those
# that are also departments or common words need a place-like name before them (FACILITY_DEPARTMENT_HEADS)
INSTITUTION_HEADS = ("University Centers Centres Association Church School High_School Elementary Elementary_School Academy "
                     "College Consultants Physical_Therapy Surgery Polyclinic EMS Ambulance Post-Acute Kidney_Care "
                     "Residential_Home Aged_Care Society Alliance Coalition Ministries Mission Shelter Food_Bank "
                     "Pantry Needle_Exchange Network "
                     # UK and Welsh/Scottish NHS bodies: "Leeds Teaching Hospitals NHS Trust", "Cwm Taf Health Board"
                     "NHS_Trust NHS_Foundation_Trust NHS_FT Foundation_Trust Health_Board University_Health_Board "
                     "Primary_Care_Network "
                     # courts, police, prisons, local offices and firms that locate a party to a case or an employer
                     "Courthouse District_Court Superior_Court Circuit_Court County_Court Municipal_Court Family_Court "
                     "Juvenile_Court Probate_Court Magistrates'_Court Magistrates_Court Crown_Court Court_of_Common_Pleas "
                     "Sheriff's_Office Sheriff's_Department Police_Department Police_Dept Police_Station Prison "
                     "State_Prison Jail County_Jail Detention_Center Correctional_Facility Correctional_Center "
                     "Health_Department Health_Dept Housing_Authority Post_Office Funeral_Services Funerals Cremations "
                     "Mortuary Crematorium Learning_Center Daycare Preschool Homecare Home_Care Ambulance_Service "
                     "Medical_Practice Family_Doctors Health_Unit Rural_Health_Unit Renal_Unit "
                     # a site or local body named by a place ("Ganado Health Care Facility", "Cornwall Council",
                     # "Red Lake Human Services"): department heads, so a place-like word must come before them
                     "Facility Council Human_Services "
                     # UK community mental-health teams after their town ("Rotherham CMHT", "Hull CAMHS")
                     "CMHT CAMHS CRHT IAPT "
                     "LLC L.L.C. Inc. Inc Ltd Ltd. Limited Corp Corp. Corporation Company Co. PLC LLP").split()
FACILITY_HEADS += [w.replace("_", " ") for w in INSTITUTION_HEADS]
FACILITY_HEADS += [w.replace("_", " ").upper() for w in INSTITUTION_HEADS if not w.isupper()]  # "AMBULANCE SERVICE"

FACILITY_HEAD_AT = re.compile(_trie(FACILITY_HEADS) + r"(?![\w'’-])")
