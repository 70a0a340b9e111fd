"""De-identification of clinical text (HIPAA Safe Harbor): PHI -> typed placeholders.

`deidentify(text)` finds protected health information with compiled regular expressions plus
name/place word lists and replaces each span with a typed placeholder ([NAME], [DATE], ...).
`Deidentify` is the datatrove pipeline step around it.

How names are found (the hard part), strongest evidence first:
  1. cues: titles (Dr./Mr./Mrs.), credentials ("Jane Roe, MD"), header labels ("Patient Name:",
     "Attending:", "cc:"), verbs ("seen by", "discussed with"), relatives ("her husband, Tom"),
     greetings/sign-offs, "<Name> is a 45-year-old";
  2. lists: First + Last from the US Census and Faker name lists ("Maria Lopez"), "Last, First";
  3. propagation: a name part found once is replaced wherever else it occurs in the same document
     ("Mr. Okafor" ... "Okafor reports").
Eponyms and medical words (Parkinson, Crohn, Foley, Apgar, Gram, Bell's palsy) are kept: a mined +
hand-curated eponym list, and "<Name> disease/sign/fracture/..." context. Words that medical prose
writes in lower case ("Brown", "Mark", "Will") need a cue to count as names.

Speed: no pass over the text per pattern. Numbers are examined where a digit run starts (dates,
phones, SSNs, IPs, streets, ages, and identifiers whose cue word precedes them); names and places at
each capitalised word, with the context before it matched once, read backwards (`REV_CUE`); rare
patterns (e-mail, URL, holidays ...) run only when a substring gate says they can occur.

Kept on purpose: years alone (Safe Harbor allows them; `keep_years=False` removes them), times,
vitals/doses/scores ("BP 120/80", "1/2 tab", "2/10 pain", "5/5 strength"), states and countries.
Measured on labelled notes by benchmarks/deid/evaluate.py (see docs/deid.md).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from datatrove.data import DocumentsPipeline

from medlm.config import opt
from medlm.corpus.scope import ScopedStep
from medlm.errors import MedlmError

PHI_TYPES = ("NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP", "URL", "IP", "AGE>89", "ID", "FACILITY")
DATA_DIR = Path(__file__).parent / "deid_data"


@dataclass
class DeidConfig:
    apply_to: str = opt(
        "clinical",
        help="which documents to de-identify: 'clinical' (metadata kind == clinical), 'all', "
        "or a comma-separated list of source names",
    )
    types: list[str] = opt(list(PHI_TYPES), help="PHI types to replace (others are left in the text)")
    name_lists: bool = opt(
        True, help="also find names without a cue from US Census first-name/surname lists ('Maria Lopez')"
    )
    keep_years: bool = opt(True, help="keep a bare year (Safe Harbor allows it); False replaces years too")
    fax_as: str = opt(
        "PHONE",
        help="placeholder type for fax numbers: PHONE (how clinicians and labellers read a fax number) or ID "
        "(HIPAA lists fax numbers as an identifier of their own)",
    )
    scrub_metadata: bool = opt(
        True,
        help="also de-identify the string metadata of documents in scope (mapped CSV columns such as a chart "
        "date); set false for sources already de-identified upstream (MIMIC) whose shifted dates you need",
    )
    drop_metadata: list[str] = opt(
        [], help="metadata keys removed from documents in scope (case-insensitive), e.g. [mrn, patient_name, dob]"
    )
    unknown_words: str = opt(
        "auto",
        help="a capitalised word that is in no English/medical word list is taken as a name (Philter's whitelist, "
        "from the optional package philter-ucsf: pip install 'medlm[deid]'): auto (use it when installed, else "
        "warn once), philter (required: error if missing), off",
    )
    model: str = opt(
        "off",
        help="statistical layer: a CRF over tokens stacked on the rules, adding spans where no rule fired "
        "(medlm.corpus.deid_model; needs python-crfsuite): off, auto (the shipped model when python-crfsuite is "
        "installed, else warn once) or the path of a model trained with `medlm corpus deid-train`",
    )

    def __post_init__(self):
        bad = [t for t in self.types if t not in PHI_TYPES]
        if bad:
            raise ValueError(f"deid.types: unknown PHI type(s) {bad}; valid: {', '.join(PHI_TYPES)}")
        if self.fax_as not in ("ID", "PHONE"):
            raise ValueError(f"deid.fax_as must be ID or PHONE, got {self.fax_as!r}")
        if self.unknown_words not in ("auto", "philter", "off"):
            raise ValueError(f"deid.unknown_words must be auto, philter or off, got {self.unknown_words!r}")
        if not self.model:
            raise ValueError("deid.model must be off, auto or the path of a model file, got an empty string")


@dataclass
class DeidResult:
    text: str
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)  # (start, end, type, original)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _, _, t, _ in self.spans:
            out[t] = out.get(t, 0) + 1
        return out


# ---------------------------------------------------------------- word lists


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
    """The statistical layer's tagger (deid_model.py): None when mode is 'off', or 'auto' and python-crfsuite is
    missing (one warning per process); a path that is no model is an error."""
    if mode == "off":
        return None
    from medlm.corpus import deid_model

    if mode == "auto":
        if importlib.util.find_spec("pycrfsuite") is None:
            warnings.warn("python-crfsuite is not installed: the de-identifier runs without its statistical layer "
                          "(lower recall on unseen writing styles); pip install python-crfsuite, or set "
                          "deid.model: off to silence this", stacklevel=2)
            return None
        mode = str(deid_model.SHIPPED_MODEL)
    return deid_model.load_tagger(mode)


# ---------------------------------------------------------------- patterns (compiled once)

def _trie(words) -> str:
    """Alternation of literal words as a character trie, "d(?:ad|r)": re tries the branches of an alternation
    one by one, so a trie of a few hundred phrases matches many times faster than their flat alternation.
    A space stands for any whitespace; a longer word is tried before its prefix, as in a longest-first list."""
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if c == " " else re.escape(c)) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _phrases_rev(phrases) -> str:
    """Alternation of phrases written backwards, for matching a reversed window."""
    return _trie({p.lower()[::-1] for p in phrases})


MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?|"
    # lower case in dictated text ("on oct 3", "march 3rd 1961"); not "may" and "mar", which are words
    r"(?<![\w-])(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?)"
)
WEEKDAY_WORD = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
WEEKDAY = r"(?:" + WEEKDAY_WORD + r"\.?,?\s+)?"
WEEKDAY_BEFORE = re.compile(r"\b" + WEEKDAY_WORD + r"\.?,?[ \t]+$")  # "Sat 01/27/2024": the weekday is part of it
WEEKDAY_THE_BEFORE = re.compile(r"\b" + WEEKDAY_WORD + r"\.?,?[ \t]+(?:the[ \t]+)?$")  # "Fri 6th", "Friday the 13th"
# ... not an ordinal of a noun ("Sun 2nd dose", "Wed 3rd floor"): a lower-case word after it other than a connective
_NO_NOUN_AFTER = (r"(?![ \t]+(?!(?:and|or|at|to|in|of|by|from|until|till|before|after|on|with|this|last|next|"
                  r"nineteen|two|twenty|o|oh|i|we|she|he|they|it|so|but|then)\b)[a-z])")  # a spoken year may follow
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b" + _NO_NOUN_AFTER)
ORD = r"(?:st|nd|rd|th)?"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR = r"(?:1[89]\d\d|20\d\d)"
UNIT_AFTER = r"(?!\s*(?:mg|mcg|g|kg|ml|mL|cc|L|%|mm|cm|units?|tabs?|tablets?|caps?|puffs?|pain|strength|scale)\b)"

DATE_PATTERNS = [
    # 01/02/2020, 1-2-20, 02.01.2020 (month/day or day/month), not a dose range
    re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2}|['’]\d{2})(?![\d/]|\.\d)" + UNIT_AFTER),
    # 2020-01-02, 2020/1/2, 2020-01-02T10:20
    re.compile(r"(?<![\d/.-])" + YEAR + r"([/.-])(?:0?[1-9]|1[0-2])\1" + DAY + r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d/])"),  # ISO 8601, zone included
    # January 2nd, 2020 / Jan. 2 2020 / Monday, March 4 / May 5
    re.compile(r"\b" + WEEKDAY + MONTHS + r"\s+" + DAY + ORD + r"\b(?:,?\s+(?:" + YEAR + r"\b|['’]\d\d\b))?"),
    # 2nd of January 2020 / 5th of May / the 5th of May / 2 Jan 2020 / 02-JAN-2020
    re.compile(r"\b(?:the\s+)?" + WEEKDAY + DAY + ORD + r"(?:\s+of\s+|\s+|-)" + MONTHS
               + r"(?:,?[\s-]+" + YEAR + r"\b|-['’]?\d\d(?![\d-])"  # ... 15-Mar-24
               r"|[ \t]+['’]?\d\d(?=[ \t]*(?:[(),;]|\n|$)|[ \t]{2}))?"),  # "14 Dec 26 (MCV1)": a year, not a dose
    # January 2020, Jan-2020, March of 2019, mid-March 2019, Jan-Apr 2025 (a span of months written as one)
    re.compile(r"\b(?:(?:early|mid|late)-?\s*)?" + MONTHS + r"(?:[-–/]" + MONTHS + r")?(?:\s+of|,)?(?:[\s-]+" + YEAR + r"\b|\s*['’]\d\d\b)"),
    # 03/2020, 3/2020
    re.compile(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/" + YEAR + r"\b"),
]
# 04Mar2021, 15JAN2020
DAY_MON_YEAR = re.compile(
    r"\b(?:0?[1-9]|[12]\d|3[01])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|"
    r"OCT|NOV|DEC)(?:19|20)\d\d\b"
)
# 19471230, 20230702061544 (HL7 and other machine timestamps: YYYYMMDD[HHMM[SS]])
COMPACT_DATE = re.compile(
    r"(?<![\d.])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?![\d.])"
)
# in March / since last December / early May (a month named alone after a time cue)
# ... after a hedge ("since about May", "in like March", "until the end of Sept"); a qualifier fused to the month
# stays in the span ("last injection mid-September")
MONTH_ALONE = re.compile(
    r"(?:(?<![\w-])(?=(?i:early|mid|late)-)|\b(?i:in|since|during|until|till|through|by|last|this|next|early|late|mid|"
    r"of|before|after|around|about|from|started|stopped|discontinued|restarted|born|birthday[ \t]+(?:is|was)|"
    r"birthday['’]s)(?:[ \t]+(?i:about|around|approximately|approx\.?|roughly|like|early|mid|late|"
    r"the[ \t]+(?:end|start|beginning|middle)[ \t]+of))?[\s-]+)"
    r"((?:(?i:early|mid|late)-)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?P<abbr>Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)))\b"
)
JOINED_MONTH = re.compile(
    r"[ \t]*(?:/|-|–|,|or|and|to|through|into)[ \t]*(January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?![ \t]*\d)"
)
MONTH_IN_BRACKETS = re.compile(r"(?:January|February|March|July|August|September|October|November|"  # not the
                               r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\.?\))")  # names April, May, June
# ... or before a colon, as a result or a timeline entry is dated: "U&E Sept: eGFR 71", "October: admitted x2"
MONTH_BEFORE_COLON = re.compile(MONTH_IN_BRACKETS.pattern[:-len(r"(?=\.?\))")] + r"(?=\.?:[ \t])")
# the part of the month a vague date names belongs to it: "early Oct", "the end of March", "mid-June"
MONTH_PART_BEFORE = re.compile(r"\b(?i:early|mid|late|(?:the[ \t]+)?(?:end|start|beginning|middle)[ \t]+of)(?:[ \t]+|-)$")
MONTH_THEN_NUMBER = re.compile(r"[a-z]*\.?,?[ \t]*\d")
# a weekday standing for the day it names ("fell Saturday night", "since Sunday", "review Tues", "(Thu)"); an
# abbreviation only where a date goes (a time cue before it, in brackets, a time of day or the line's end after
# it: "Sun exposure", "Wed in 1961" are words); never a schedule ("every Monday", "Mondays", "Mon/Wed/Fri",
# "Monday to Friday", "2nd Tuesday", "Sunday school")
_WEEKDAY_ANY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
WEEKDAY_ALONE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?P<abbr>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun))(?![\w/&'’-])"
)
# where one may start, found fast (capitals by a literal scan, no lookbehind); in lower case ("since sat",
# "on monday") after a space, with str.find (LOWER_WEEKDAYS)
WEEKDAY_HIT = re.compile(_trie("Mon Tue Wed Thu Fri Sat Sun".split()))
LOWER_WEEKDAYS = (" mon", " tue", " wed", " thu", " fri", " sat", " sun")
LOWER_WEEKDAY_ABBRS = frozenset("mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday "
                                "saturday sunday".split())
_WEEKDAY_JOIN = r"(?:-|–|/|&|,[ \t]*(?:(?i:and|or)\b)?|\b(?i:to|through|thru|till|until|and|or)\b)"
WEEKDAY_SCHEDULE_AFTER = re.compile(
    r"\.?[ \t]*" + _WEEKDAY_JOIN + r"[ \t]*" + _WEEKDAY_ANY + r"\b"
    r"|[ \t]+(?i:school|service|services|mass|times|clinics?|mornings|evenings|nights|afternoons|rota)\b"
    r"|:?[ \t]+\d+(?:\.\d+)?[ \t]*(?i:units?|u|mg|mcg|tabs?|tablets?|ml)\b"  # a dose by weekday: "Monday 10 units"
)
WEEKDAY_SCHEDULE_BEFORE = re.compile(
    r"(?:\b" + _WEEKDAY_ANY + r"\.?[ \t]*" + _WEEKDAY_JOIN + r"[ \t]*"
    r"|\b(?i:every|each|alternate|other|most|some|all|usually|weekly|biweekly|fortnightly|1st|2nd|3rd|4th|5th|"
    r"first|second|third|fourth|fifth)[ \t]+)$"
)
WEEKDAY_CUE_BEFORE = re.compile(
    r"(?:\b(?i:since|until|till|til|next|this|last|by|before|after|on|from|due|review|reviewed|visit|seen|see|"
    r"for|fell|appt|rtc|f/u|call|called|starting|start|from|back|again)[ \t]+|\([ \t]*)$"
)
NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
LOWER_WEEKDAY_CUE = re.compile(r"\b(?:since|until|till|til|next|this|last|by|before|after)[ \t]+$")
WEEKDAY_DATE_AFTER = re.compile(
    r"\.?(?:[ \t]*(?:\)|\n|$)|[ \t]+(?:\d{1,2}[:.]\d{2}|(?:[01]\d|2[0-3])[0-5]\dh?\b(?![%.])|\d{1,2}[ \t]*(?i:am|pm)\b|(?i:am|pm|night|"
    r"morning|evening|afternoon|overnight|eve)\b))"
)
# 3/4, 12/25 without a year only after a date cue, and not a fraction, dose or score: the value is matched
# where a number starts, the cue before it read backwards (SHORT_DATE_CUE_REV on the reversed 40 characters)
SHORT_DATE_WORDS = (
    "on since from date dated until till through thru by last next before after as of dos seen admitted discharged "
    "started stopped began visit surgery scheduled for returned presented due effective in drawn obtained done "
    "performed collected completed placed taken on or about us ct mri cxr xr echo ekg ecg egd lab labs cbc bmp cmp eeg "
    "pet tte tee appt appointment again follow-up followup f/u rtc return edd lmp monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun recheck starts start fell fall dose sent "
    "delivery window "
    # events dated day/month or month/day in handovers and letters ("listed 21/11", "interviewed 11/6")
    "interviewed listed occurred happened informed notified phoned rang emailed booked planned arranged operation "
    "injured injury died deceased assaulted contacted consented referred transferred reported commenced ceased "
    "restarted resumed inserted removed extubated intubated clinic review mdt week_of wk_of admit adm admission d/c "
    "dc dc'd d/c'd discharge filled refilled dispensed "
    # British letters: week commencing, with effect from, to come in, return to work, did not attend, scans
    "w/c commencing wef tci rtw dna dna'd uss ogd bx "
    # forms signed and things booked on a day ("MOLST signed 2/5", "transport booked for 12/1")
    "signed booked_for set_for planned_for arranged_for"
)
NOT_DATE_AFTER = re.compile(r"[+-](?!\d)|[ \t]*(?i:mixture|ratio|split|films?|strips?|sl\b|prn\b|nodes?|cores?|lymph|positive|negative|involved|sites?|samples?|specimens?|"
                            r"pts?|patients?|points?|of\b|correct|items?|daily|bid|tid|qid|qd|qhs|po\b|tabs?\b|caps?\b|"
                            r"o[dsu]\b|ports?\b|trocars?|decreasing|for[ \t]+(?:balance|gait))")
EACH_MONTH_AFTER = re.compile(r"[ \t]+of[ \t]+(?:each|every|the[ \t]+month)\b")
ORDINAL_LIST_AFTER = re.compile(r"[ \t]*(?:and|or|&|,|/|-)[ \t]*\d{1,2}(?:st|nd|rd|th)\b")
ORDINAL_CUE_BEFORE = re.compile(  # ... "the night of the 17th", "from the 15th to the 20th"
    r"\b(?i:on|by|until|till|since|before|after|due|around|about|from|to|through|thru|"
    r"(?:night|day|morning|evening|afternoon|weekend|week)[ \t]+of)[ \t]+the[ \t]+$")  # not "of the 1st and 2nd toes"
SHORT_DATE_CUE_REV = re.compile(  # (read backwards; a "~" may hedge the date: "LMP ~10/10")
    r"(?i:\s*~?\s*:?\s*(?:" + _phrases_rev(
        [w.replace("_", " ") for w in SHORT_DATE_WORDS.replace("as of", "as_of").replace("scheduled for", "scheduled_for")
         .replace("on or about", "on_or_about").split()]) + r")\b)"
    r"|[ \t]*:[DT]\b|(?i:[ \t]*:[^\n:]{0,25}\betad\b)"
)
TIME_AFTER = re.compile(r"[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d\b(?![./]\d)")  # "2/19 0800", "3/4 14:30"
# what makes an uncued M/D with a day of 11-31 a score or a count rather than a date
NOT_DATE_BEFORE = re.compile(
    r"(?i:gcs|score|scored|scores|mmse|moca|phq-?9?|gad-?7?|apgar|apgars|strength|vision|acuity|va|slums|"
    r"nihss|edinburgh|audit|epworth|stop-bang|pain|nodes?|cores?|of|bpm|hr|rr|bp|o2|sats?|fio2|peep|vent|pupils?|"
    r"index|indices|ratio|grade|"
    # combination drugs written by their two strengths ("Suboxone 8/2", "Lortab 7/5")
    r"suboxone|zubsolv|subutex|buprenorphine|naloxone|lortab|norco|vicodin|percocet|hydrocodone|oxycodone|apap|"
    r"lomotil|sinemet|carbidopa)"
    r"[ \t:=]*$|\d-$"  # "score of 7-10/16"
)
# a test result dated in brackets: "GBS neg (2/3)", "Flu A/B negative (1/5)"
RESULT_PAREN_BEFORE = re.compile(r"\b(?i:neg|pos|negative|positive|normal|nl|wnl|done|drawn|sent)[ \t]*\($")
# ... and what makes a falling M/D ("4/2") a pair of measures: "K/Mg 4/2", "Pupils 4/2 decreasing to 3/1"
MEASURE_PAIR_BEFORE = re.compile(r"(?:\b[A-Za-z]+/[A-Za-z]+[ \t:=]*|(?i:pupils?|reflex|murmur|apgars?)\b[^\n]*)$")
SHORT_DATE_AT = re.compile(
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d|th\b|\s*(?:weeks?|wks?|days?)\b)" + UNIT_AFTER
)
# day/month, as the rest of the world writes it: "listed 21/11", "Sun 15/11 07:30" (a day of 13-31 first)
SHORT_DATE_DM = re.compile(r"(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/]|\.\d)" + UNIT_AFTER)
CLOCK_TIMES = re.compile(r"(?:(?:[01]\d|2[0-4])[0-5]\d[ \t,]+)+(?:[01]\d|2[0-4])[0-5]\d")  # "at 0400 0800 1200"
RANGE_END_DM = re.compile(
    r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])[ \t]*(?:-|–|to|through|thru|until)[ \t]*$"
)
UK_DURATION = re.compile(r"\d{1,2}/(?:7|12|52)(?![\d/]|\.\d)")
DURATION_BEFORE = re.compile(r"\b(?i:in|for|x|within|over)[ \t]+$")
SHORT_DATE_VALUE = re.compile(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)" + UNIT_AFTER)
RANGE_END = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])[ \t]*(?:-|–|to|through|thru|until)[ \t]*$")
RANGE_START = re.compile(r"[ \t]*(?:-|–|to|through|thru|until)[ \t]*(?:0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)")
# a numeric date right after "<date>-" (DATE_PATTERNS[0] will not start after a hyphen: "1-2-3" is no date)
DATE_RANGE_BEFORE = re.compile(r"\d/\d{1,2}(?:/(?:\d{4}|\d{2}))?[-–]$")  # "7/14-7/17/2026" too
DATE_RANGE_END = re.compile(r"(\d{1,2})(/)(\d{1,2})/(\d{4}|\d{2})(?![\d/]|\.\d)")
YEAR_ONLY = re.compile(r"(?<![\d/.-])" + YEAR + r"(?![\d/])")

AGE_NUM = r"(?:9\d|1[0-2]\d)"
AGE_WORDS = (
    r"(?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one[\s-]hundred(?:[\s-](?:and[\s-])?\w+)?)"
)
AGE_PATTERNS = [
    # 92-year-old, 92 year old, 92 yo, 92 y/o, 92 y.o., 92 yrs old, 92-yr-old, ninety-two-year-old, 92 years of age
    re.compile(
        r"(?i)\b(?:" + AGE_NUM + "|" + AGE_WORDS + r")(?:\s*|-)(?:years?|yrs?|y)(?:\s*|-)(?:old|of\s+age|o\b|/o\b|\.o\.?)"
    ),
    re.compile(r"(?i)\b(?:" + AGE_NUM + r")\s*(?:yo|y/o|y\.o\.?|yrs?|years?|y(?=[ \t)\n,;]))(?=\W)(?!\s*(?:ago|later|earlier|before|after|since|prior|duration|history|of\s+(?:smoking|use|drinking)))"),
    # aged 93 / age: 94 / age 90+ / Age 95
    re.compile(r"(?i)(?<=\bage[d:]\s)\s*" + AGE_NUM + r"\b\+?|(?<=\bage\s)\s*" + AGE_NUM + r"\b\+?|(?<=\bage:)\s*" + AGE_NUM + r"\b"),
    # 92M / 93 F / 91-year-old man written as "91M"
    re.compile(r"\b" + AGE_NUM + r"(?:\s?(?:M|F|yoM|yoF|yom|yof)|/(?:M|F|male|female))\b"),  # also "Age/Sex: 95/F"
    # in her 90s / nineties / late nineties / centenarian
    re.compile(r"(?i)\b(?:(?:in|by|into)\s+(?:his|her|their)\s+(?:early\s+|mid\s+|mid-|late\s+)?(?:90s|90's|nineties|hundreds))|\b(?:nonagenarian|centenarian|supercentenarian)s?\b"),
    re.compile(r"(?i)(?:(?<=turned\s)|(?<=turns\s)|(?<=turning\s))" + AGE_NUM + r"\b(?!\s*(?:degrees?|°|%|mm|cm|min))"),
    # spelled after a verb of age: "aged ninety", "turned one hundred"
    re.compile(r"(?i)(?:(?<=\baged\s)|(?<=\bturns\s)|(?<=\bturned\s)|(?<=\bturning\s))" + AGE_WORDS + r"\b"),
]
# "she is ninety-two", "I'm one hundred and one" (spelled, after a person and a verb of being)
# "Mr Kowalczyk is ninety-three;", "Age: 94 (ninety-four)", a table's "..., ninety-one |": ninety-something written
# out with its hyphen (dictation's "ninety eight" is a lab value or a year) and no noun after it ("ninety-two
# minutes", "ninety-five percent" are counts); not a year ("nineteen ninety-one", "in ninety-one")
AGE_NINETY_ALONE = re.compile(
    r"(?i)(?<![\w-])(?<!nineteen )(?<!in )ninety-(?:one|two|three|four|five|six|seven|eight|nine)(?![\w-])"
    r"(?![ \t]*-?[ \t]*(?!(?:and|but|or|now|today|this|in|on|at|when|with|so)\b)[a-z])")
AGE_WORDS_AFTER_SUBJECT = re.compile(  # (the pronoun first: a pattern that starts with lookbehinds scans slowly)
    r"(?i)\b(?:she|he|i)(?:['’][sm]|[ \t]+(?:is|was|am))[ \t]+(" + AGE_WORDS + r")\b"
)

PHONE_CORE = (
    r"(?<![\w/.-])(?:(?:\+?1|001)[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
    r"(?:\s*(?:x|X|ext\.?|Ext\.?|EXT\.?|extension|#)\s*\d{1,6}){0,2}(?![\w/-])"
)
PHONE_RE = re.compile(PHONE_CORE)
FAX_BEFORE = re.compile(r"(?i)\b(?:fax(?:ed)?|facsimile|f)\b(?:\s+[a-z]+){0,2}?\s*(?:number|no\.?|#|to|at)?\s*[:#]?\s*\(?$")
PHONE_INTL = re.compile(r"\+(?:\d{11,14}|\d{1,3}(?:[ .-]\d{2,5}){2,5})(?![\w-])")  # +14085550136, +48 601 555 014,
# +91-98200 55412 (an Indian mobile: 5 + 5)
# any other country's grouping after its code (France "+33 1 23 45 67 89", Germany "+49 30 12345678"); 8-15 digits
PHONE_INTL_ANY = re.compile(  # ... "+234 (0)703 118 9025": the trunk "(0)" glued to the area code
    r"\+\d{1,3}(?:[ .-]?\(0\)(?=\d)\d{1,8})?(?:[ .-]?\(0\))?(?:[ .-]\d{1,8}){1,6}(?![\w-]|[.,]\d)")
# national (trunk-prefix 0) formats of the UK, Ireland, Australia, New Zealand and India, which no US pattern
# covers: "07700 900 614", "07700 900123", "0118 496 0432", "020 7946 0018", "0491 570 003", "(02) 9374 4000",
# "03 5550 8812", "09 379 7440", "01 234 5678", "022-2345 6789", and Indian mobiles "98765 43210". A local
# number never starts with 0, so "001 002 003" is not one; 9-11 digits in all (checked by the caller)
DOMESTIC_PHONE = re.compile(
    r"(?:\(0[1-9]\d{0,3}\)[ \t]?|0[1-9]\d{0,3}[ \t-])[1-9]\d{2,3}[ \t-]?\d{3,4}(?![\w/-]|\.\d)"
    r"|[6-9]\d{4}[ \t]\d{5}(?![\w/-]|\.\d)"
)
# the same written without spaces: 10-11 digits after a trunk 0 ("0412345678", "07700900123"); below cued MRNs/IDs
DOMESTIC_PHONE_COMPACT = re.compile(r"0[1-9]\d{8,9}(?![\w/-]|\.\d)")
# a 7-digit local number labelled after it, as phone lists write it: "Mary 555-0142 (cell)", "555.0199 (h)"
# (a NANP exchange starts with 2-9: "100-1200 (h)" is a range)
LOCAL_PHONE_LABELLED = re.compile(
    r"[2-9]\d{2}[-.]\d{4}(?=[ \t]*\((?i:cell|c|h|w|m|home|work|mobile|mob|landline|office)\))"
)
# toll-free and national-rate numbers of Australia and India: "1800 116 117", "1300 360 455", "1800-425-0099"
TOLL_FREE = re.compile(r"1[38]00[ -]\d{3}[ -]?\d{3,4}(?![\w/-]|\.\d)")
PHONE10_RE = re.compile(r"(?<![\w/.-])[2-9]\d{9}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w/-])")
PHONE11_RE = re.compile(r"(?<![\w/.-])1[2-9]\d{2}[2-9]\d{6}(?![\w/-])")  # dialled with the 1: a fax header's "TO: 19107637330"

EMAIL_RE = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
URL_RE = re.compile(
    r"\b(?:(?:https?|ftp)://[^\s<>\"')\]]+|www\.[^\s<>\"')\]]+|"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|edu|gov|io|us|info|health|care|co\.uk|biz|"
    # a country's second-level domains: "snp.com.au", "health.govt.nz", "nhs.uk", "ox.ac.uk", "example.co.za"
    r"(?:co|ac|govt|nhs|gc)\.(?:uk|au|nz|za|in|ie|ca|sg|ng|ke|ph|pk|my|hk|jp|il))"
    r"(?:\.(?:uk|au|nz|za|in|ie|ca|sg|ng|ke|ph|pk|my|hk|jp|il|br|mx))?(?![\w-])(?:/[^\s<>\"')\]]*)?)"
    r"(?<![.,;:])"
)
IPV4_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)")
IPV6_RE = re.compile(
    r"(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?"  # 2001:db8::17
    r"|(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4}))(?![\w:])"
)

SSN_RE = re.compile(r"(?<![\d-])\d{3}(?:-\d{2}-|[ ]\d{2}[ ])\d{4}(?![\d-])")
# an SSN masked on a form, which no other number is written as: "XXX-XX-3390", "***-**-6621", "434-22-XXXX"
MASKED_SSN = re.compile(r"(?<![\w*-])(?:(?:xxx|\*\*\*)-(?:xx|\*\*)-\d{4}|\d{3}-\d{2}-(?:xxxx|\*\*\*\*))(?![\w*-])")
# any other number masked but for its last digits: "Aadhaar XXXX XXXX 6120", "card ****-****-****-4417"
MASKED_NUMBER = re.compile(r"(?<![\w*-])(?:(?:[xX]{4}|\*{4})[ -]){1,3}\d{4}(?![\w*-])")
HOLIDAY_RE = re.compile(
    r"\b(?:Christmas(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|New\s+Year['’]s(?:\s+(?:Eve|Day))?|"
    r"Independence\s+Day|Fourth\s+of\s+July|Memorial\s+Day|Labor\s+Day|Halloween|Valentine['’]s\s+Day|"
    r"Mother['’]s\s+Day|Father['’]s\s+Day|Veterans\s+Day|Hanukkah|Ramadan|Hallowe['’]?en|Diwali|Boxing\s+Day|"
    r"Canada\s+Day|Australia\s+Day|Anzac\s+Day|Waitangi\s+Day|Good\s+Friday|Easter\s+Monday|Bonfire\s+Night|"
    r"Guy\s+Fawkes(?:\s+Night)?|St\.?\s+Patrick['’]s\s+Day|Martin\s+Luther\s+King\s+(?:Jr\.?\s+)?Day|MLK\s+Day|"
    r"Xmas(?:\s+(?:Eve|Day))?|Yom\s+Kippur|Rosh\s+Hashan(?:ah|a)|Passover|(?:Lunar|Chinese)\s+New\s+Year|Kwanzaa|"
    r"Hogmanay|Holi|Juneteenth|Presidents['’]?\s+Day|Columbus\s+Day|Remembrance\s+(?:Day|Sunday)|Matariki|Vesak|"
    r"Eid(?:\s+al-(?:Fitr|Adha))?|Mardi\s+Gras|Fat\s+Tuesday|Ash\s+Wednesday|Palm\s+Sunday|Black\s+Friday|"
    r"Labour\s+Day|Victoria\s+Day|Whitsun|Pentecost|Purim|Nowruz|Navratri|Onam|Pongal|Durga\s+Puja|Chuseok|"
    r"Songkran|Sukkot|Shavuot|Chanukah|Deepavali)\b"
    r"(?:,?\s+" + YEAR + r"\b)?"
    # not a season's things or a recurring feast ("Christmas cards", "every Thanksgiving")
    r"(?![ \t]+(?i:cards?|trees?|lights|decorations?|presents|gifts|shopping|music|carols?|songs?|movies?|films?|"
    r"spirit|season|cookies|jumpers?|sweaters?|lists?|beads|parades?|floats?|costumes?|masks?)\b)"
)
HOLIDAY_RECURRING_BEFORE = re.compile(r"\b(?i:every|each|most|all|during)[ \t]+$")
HOLIDAY_HINTS = ("Christmas", "Thanksgiving", "Easter", "New Year", "Day", "July", "Halloween", "Hanukkah", "Ramadan", "Eid",
                 "Hallowe", "Diwali", "Good Friday", "Bonfire", "Guy Fawkes", "Xmas", "Yom", "Rosh", "Passover", "Lunar",
                 "Chinese New", "Kwanzaa", "Hogmanay", "Holi", "Juneteenth", "Presidents", "Columbus", "Remembrance",
                 "Matariki", "Vesak", "Mardi", "Fat Tuesday", "Ash Wednesday", "Palm Sunday", "Black Friday",
                 "Whitsun", "Pentecost", "Purim", "Nowruz", "Navratri", "Onam", "Pongal", "Durga", "Chuseok", "Songkran",
                 "Sukkot", "Shavuot", "Chanukah", "Deepavali")
# a day counted from a holiday dates like the holiday: "day before Thanksgiving", "Fri after Easter",
# "Thanksgiving week", "the weekend after Diwali"
HOLIDAY_RELATIVE_BEFORE = re.compile(
    r"\b(?i:(?:the[ \t]+)?(?:day|night|morning|evening|week|weekend|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+(?:before|after))[ \t]+$")
HOLIDAY_RELATIVE_AFTER = re.compile(r"[ \t]+(?i:week|weekend|break|holidays?)\b")
# Cue + value patterns below run on text.lower() (case-insensitive at case-sensitive speed; see _lower_rx)
SSN_CUED = r"(?:ssn|ss#|social security(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*(\d{3}[\s-]?\d{2}[\s-]?\d{4}|\*{3}-?\*{2}-?\d{4}|x{3}-?x{2}-?\d{4})"
# the last four digits, as identity checks write them: "last 4 SSN 3318", "SSN (last 4): 7719", "last four of
# social 0412", "SSN ending in 2231", "SSN (last 4): xxx-xx-4471"
_SSN_WORD = r"(?:ssn|ss#|social security(?:\s+(?:number|no\.?|#))?|social)"
SSN_LAST4 = (r"(?:last\s*(?:4|four)(?:\s*digits)?(?:\s*of)?(?:\s*(?:the|his|her|their|pt['’]?s|patient['’]?s))?\s*"
             + _SSN_WORD + r"|" + _SSN_WORD + r"\s*[(,-]?\s*(?:last\s*(?:4|four)(?:\s*digits)?|ending(?:\s+in)?)\s*\)?)"
             r"\s*(?:is\s*)?[:#=]?\s*((?:x{3}-?x{2}-?|\*{3}-?\*{2}-?)?\d{4})(?![\d-])")

PLATE_RE = (
    # UK "vehicle reg AB12 CDE", Australian "rego"
    r"(?:licen[cs]e\s+plate|plate|tag|rego|vehicle\s+reg(?:istration)?)(?:\s+(?:number|no\.?|#))?\b\s*[:#]?\s*"
    r"(?:[A-Z]{2}[ \t]+(?=[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,7}\b))?"  # the issuing state: "plate TN GV8-2211"
    r"(?=[A-Z0-9 -]*\d)([A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,7})\b"
)
# a vehicle's plate after "vehicle" alone, in up to three groups: "Vehicle: CB 44 AB (rego)", "vehicle SN21 XKD"
# (letters, digits, letters, or a group mixing both, and two digits at least: not "VEHICLE 1 DRIVER", "55 MPH")
VEHICLE_PLATE = (r"vehicle(?:\s+(?:number|no\.?|#))?\s*[:#]?\s*"
                 r"([A-Z]{1,3}[ -]?\d{1,4}[ -]?[A-Z]{1,3}|[A-Z0-9]*(?:[A-Z]\d|\d[A-Z])[A-Z0-9]*(?:[ -][A-Z0-9]{1,4})?)"
                 r"(?![\w-])")

STATE_ABBR = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    r"OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|MH|FM|PW|AA|AE|AP)"
)
STATE_NAME = (
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    r"Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|"
    r"Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico)"
)
STATE = r"(?:" + STATE_ABBR + r"|" + STATE_NAME + r")"
ZIP = r"\d{5}(?:-\d{4})?(?!\d)"
PLACE_WORD = r"(?:St\.|Ft\.|Mt\.|[A-Z][a-z]+(?:[-'](?:[a-z]{1,4}[-'])*[A-Z][a-z]+)*|[A-Z]{2,})"  # "Port-au-Prince"
PLACE = PLACE_WORD + r"(?:[ \t]" + PLACE_WORD + r"){0,3}"
# USPS street suffixes (Publication 28, appendix C1), plural forms included
STREET_TYPES = (
    r"(?:Alley|Aly|Annex|Anx|Arcade|Arc|Avenue|Ave|Bayou|Byu|Beach|Bch|Bend|Bnd|Bluffs?|Blf|Bottom|Btm|Boulevard|Blvd|"
    r"Branch|Bridge|Brg|Brook|Brooks|Brk|Burgs?|Bypass|Byp|Camp|Canyon|Cyn|Cape|Cpe|Causeway|Cswy|Centers?|Ctr|"
    r"Circles?|Cir|Cliffs?|Clf|Club|Clb|Common|Commons|Corners?|Cor|Course|Crse|Courts?|Ct|Coves?|Cv|Creek|Crk|"
    r"Crescent|Cres|Crest|Crossing|Xing|Crossroad|Curve|Curv|Dale|Dam|Divide|Drives?|Dr|Estates?|Est|"
    r"Expressway|Expy|Extensions?|Ext|Falls?|Fls|Ferry|Fry|Fields?|Fld|Flats?|Flt|Fords?|Frd|Forest|Frst|Forges?|Frg|"
    r"Forks?|Frk|Fort|Ft|Freeway|Fwy|Gardens?|Gdn|Gateway|Gtwy|Glens?|Gln|Greens?|Grn|Groves?|Grv|Harbors?|Hbr|Haven|"
    r"Hvn|Heights|Hts|Highway|Hwy|Hills?|Hl|Hollow|Holw|Inlet|Inlt|Islands?|Isle|Junctions?|Jct|Keys?|Knolls?|"
    r"Knl|Lakes?|Lk|Land|Landing|Lndg|Lane|Ln|Light|Lights|Lgt|Loaf|Locks?|Lck|Lodge|Ldg|Loop|Mall|Manors?|Mnr|"
    r"Meadows?|Mdw|Mews|Mill|Mills|Mission|Msn|Motorway|Mtwy|Mount|Mt|Mountains?|Mtn|Neck|Nck|Orchard|Orch|Oval|"
    r"Overpass|Opas|Park|Parks|Pkwy|Parkways?|Pass|Passage|Psge|Path|Pike|Pines?|Pne|Place|Pl|Plains?|Pln|Plaza|Plz|"
    r"Points?|Ports?|Prt|Prairie|Radial|Radl|Ramp|Ranch|Rnch|Rapids?|Rpd|Rest|Rst|Ridges?|Rdg|River|Riv|Roads?|"
    r"Rd|Route|Rte|Row|Rue|Run|Shoals?|Shl|Shores?|Shr|Skyway|Skwy|Springs?|Spg|Spurs?|Squares?|Sq|Station|Sta|"
    r"Stravenue|Stra|Stream|Strm|Streets?|St|Summit|Smt|Terrace|Ter|Throughway|Trwy|Trace|Trce|Track|Trak|Trafficway|"
    r"Trfy|Trail|Trl|Trailer|Trlr|Tunnel|Tunl|Turnpike|Tpke|Underpass|Upas|Unions?|Valleys?|Vly|Viaduct|"
    r"Views?|Vw|Villages?|Vlg|Ville|Vista|Vis|Via|Walks?|Wall|Way|Ways|Wells?|Close|Glen|Green|"
    r"Parade|Pde|Gr|Gdns|Drove|Wynd|Esplanade|Esp|Quay|"
    r"AVE|AVENUE|BLVD|CIR|CT|DR|DRIVE|HWY|LN|LANE|PKWY|PL|RD|ROAD|ST|STREET|TER|TRL|WAY)"
)
UNIT = (
    r"(?:,?[ \t]*(?i:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Bldg|Building|Floor|Fl|Lot|Space|#)\.?[ \t]*#?[ \t]*"
    r"(?:[A-Za-z0-9-]*\d[A-Za-z0-9-]*|[A-Z]\b)|,?[ \t]*\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:Floor|Fl)\b)"
)
# streets whose type comes first: "742 Calle Luna", "12 Route 9", "400 County Road 12"
STREET_PREFIX_RE = re.compile(
    r"\b\d{1,6}[ \t]+(?:Calle|Avenida|Camino|Paseo|Rue|Route|Rte\.?|Highway|Hwy\.?|County[ \t]+Road|State[ \t]+Route|"
    r"Farm[ \t]+Road|FM)[ \t]+(?:\d{1,4}[A-Z]?\b|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)" + UNIT + r"{0,2}"
)
STREET_RE = re.compile(
    r"\b(?!\d{3}-\d{4}\b|(?<=\d{3}-)\d{4}\b)"  # not a phone's "901-4403" nor its "4403"
    r"\d{1,6}(?:-\d{1,5})?[A-Z]?[ \t]+(?!(?i:mm|cm|mg|ml|kg|mcg|units?|x|hrs?|days?|weeks?)\b)"  # "9 MM MIDLINE SHIFT ON CT"
    r"(?:(?:[NSEW]|N\.|S\.|E\.|W\.|North|South|East|West|NE|NW|SE|SW)[ \t]+)?"
    # numbered streets: "40TH ST" in capitals, "68 Ave" (Canadian and Indian grids) with no ordinal
    r"(?:(?!(?:AM|PM|A\.M\.|P\.M\.)[ \t])(?:\d{1,3}(?i:st|nd|rd|th)|\d{1,3}(?=[ \t]+(?:Ave|Avenue|St|Street)\b)|"
    r"[A-Z][A-Za-z'.-]*)[ \t]+){1,4}" + STREET_TYPES + r"\.?"
    r"(?:\s+(?:NE|NW|SE|SW|[NSEW]|North|South|East|West)\.?)?(?![A-Za-z])" + UNIT + r"{0,2}"  # "Queen Street West"
    # optional ", City, ST 12345" tail on the same line
    r"(?:(?:,\s*|\s+)" + PLACE + r",?\s+" + STATE + r"\b)?"
)
# US military mail: "USNV Reed / FPO AP 89681", "Unit 8446 Box 6108 / DPO AP 41359", "PSC 1234, Box 5678"
MILITARY_RE = re.compile(
    r"\b(?:(?:USNS|USNV|USS|USCGC)[ \t]+[A-Z][a-z]+|(?:Unit|PSC)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|"
    r"(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP))(?:[ \t]+(\d{5}))?\b"
)
POBOX_RE = re.compile(
    r"(?i)\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|(?:RR|R\.R\.|Rural\s+Route|Route|Rte|Rt\.?|HC|Star\s+Route)\s+\d+,?\s+Box"
    r"|Private\s+Bag(?=\s+X?\d))\s+X?\d+"  # "Private Bag X509": a South African post box
)
POBOX_ZIP = re.compile(r",?[ \t]+(\d{5}(?:-\d{4})?)(?![\w-])")  # "PO Box 322, 87313": the ZIP with no state
CITY_BEFORE_STATE = re.compile(r"(?<![\w'’.-])" + PLACE + r",?[ \t]+$")
CITY_STATE_RE = re.compile(r"\b(" + PLACE + r"),?[ \t]+(" + STATE + r")\b(?:[ \t,]+(" + ZIP + r"))?(?!-[A-Za-z])")
ZIP_CUED = r"(?:zip|zip\s*code|postal\s*code)\s*[:#|]?\s*(" + ZIP + r")\b"
# Royal Mail postcode: outward (area letters + district) + inward (sector digit + unit letters; the unit letters
# never use C I K M O V); Canada Post: A1A 1A1 (no D F I O Q U, no W/Z first)
UK_POSTCODE = (  # the 4th outward character is A-H J K P S T U W after one area letter, A B E H M N P R V-Y after two
    r"(?:GIR[ \t]?0AA|(?:[A-PR-UWYZ]\d[A-HJKPSTUW\d]?|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRV-Y\d]?)[ \t]?\d[ABD-HJLNP-UW-Z]{2})")
CA_POSTCODE = r"(?:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t-]?\d[ABCEGHJ-NPRSTV-Z]\d)"
ZIP4_RE = re.compile(r"(?<![\d-])\d{5}-\d{4}(?![\d-])")
COUNTY_RE = re.compile(r"\b(?:[A-Z][a-z]+[ \t]){1,2}(?:County|Parish|Township|Borough)\b")

NOT_PLACES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
    Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    America Canada Mexico Europe Asia Africa China India Japan Germany France Italy Spain England Ireland Scotland
    Brazil Russia Vietnam Korea Philippines Cuba Haiti Jamaica Guatemala Honduras Nigeria Ghana Kenya Ethiopia Somalia
    Iraq Iran Israel Egypt Pakistan Afghanistan Ukraine Poland Greece Turkey Australia Puerto Rico Christmas Easter
    Thanksgiving""".split()
)

# ---------------------------------------------------------------- names

# Vietnamese letters stacked with tone marks ("Trần Văn Lộc", "Phạm Thị Hồng") are Latin Extended Additional
_VIET = [chr(c) for c in range(0x1EA0, 0x1F00)]
UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽƠƯ" + "".join(c for c in _VIET if c.isupper())
LO = "a-zß-öø-ÿāăąćčďđęěłńňőřśšťůűźżžơư" + "".join(c for c in _VIET if c.islower())
PIECE = (
    rf"(?:Mc[{UP}]{{2,}}(?![{LO}])|"  # McALLISTER (headers)
    rf"(?:Mc|Mac|O['’]|D['’]|L['’])?[{UP}](?:['’](?!s\b))?[{LO}]+(?:['’][{UP}][{LO}]+|-[{UP}][{LO}]+|-[{LO}]{{2,3}}\b"
    rf"|['’][{LO}]{{2,}}(?=-[{UP}]))*"  # O'Brien, Ji-woo, Fa'asavalu-Turner
    rf"(?:['’][{LO}]+)?"
    rf"|(?:[ODL]['’])?[{UP}]{{2,}}(?:[-'’][{UP}]+)*"  # SMITH, O'SULLIVAN (headers)
    rf"|[{UP}]\.(?:[{UP}]\.)*"  # initial(s): "J.", "J.S."
    # an initial without a period before a name, British style: "Mr A Smith", "A de Vos"
    rf"|[{UP}](?=[ \t]+(?:(?:van|von|de|da|di|du|le|la)[ \t]+)?[{UP}][{LO}]))"
)
PARTICLE = r"(?:van|von|de|der|den|da|del|della|di|du|la|le|bin|al|el|dos|das|ten|ter)"
PARTICLES = frozenset(PARTICLE[3:-1].split("|"))
NAME_SEQ = (
    r"((?:(?:da|de|van|von|del|di|du|le|la|dos|das)[ \t]+){0,2}" + PIECE
    + r"(?:[ \t]{1,2}(?:(?:" + PARTICLE + r"[ \t]+){1,2}|[\"“'(][A-Z][a-z]+[\"”')][ \t]+)?" + PIECE + r"){0,3}"
    r"(?:,?[ \t]+(?:Jr|Sr|II|III|IV)\b\.?)?)"
)
LAST_FIRST = (
    # "Dela Cruz, Ma. Luzviminda Santos": an abbreviated given name ("Ma.", "Wm."), two more names after it
    r"((?:" + PARTICLE + r"[ \t]+){0,2}" + PIECE + r",[ \t]*" + PIECE + r"(?:\.(?=[ \t]+[A-Z]))?"
    r"(?:[ \t]+(?:" + PIECE + r"|[A-Z]\b)){0,2})"
)

# honorifics of other languages and services: Singapore/Malaysia (Mdm, Encik, Puan, Cik, Haji, Hajjah, Datuk),
# Nigeria (Alhaji, Alhaja, Hajiya, Mallam), Arabic (Sheikh), Tamil (Thiru, Tmt), French/Spanish/German (Mme, Mlle, Sra, Srta,
# Herr, Frau), South African and Commonwealth nursing (Sis), the forces (Cpl, Pte, Pvt)
MORE_TITLES = ("Mdm Mme Mlle Sra Srta Herr Frau Sheikh Haji Hajjah Alhaji Alhaja Encik Puan Cik Datuk Dato "
               "Thiru Tmt Sis Cpl Pte Pvt Hajiya Mallam Malam").split()
TITLE_RE = re.compile(
    r"\b(?:Dr|Drs|Doctor|Mr|Mrs|Ms|Miss|Mx|Mister|Missus|Prof|Professor|Sister|Sr|Nurse|Rev|Fr|DR|MR|MRS|Sgt|Capt|Det|"
    r"Insp|Ofc|Dep|Tpr|Pastor|Rabbi|Imam|Cllr|Smt|Shri|Baby[ \t]+of|" + "|".join(MORE_TITLES) + r")(?:\.[ \t]*|[ \t]+)" + NAME_SEQ
    # also "Dr.Okafor"
)
INITIALS_RE = re.compile(
    r"(?i:\b(?:transcribed|typed|dictated|entered)(?:\s+by\s*:?|\s*:))\s*"
    r"(?:(?:front[ \t]+desk|desk|ward[ \t]+clerk|clerk|receptionist|scribe|nurse|staff)[ \t]+)?"  # "typed by front desk KP"
    r"([a-z]{2,4}|[A-Z]{2,4})\b(?![ \t]*[a-z])"
)
CAPS_MIDDLE_INITIAL = re.compile(r"[A-Z]{2,}[ \t]+[A-Z]\.[ \t]+[A-Z]{2,}")  # "OLUWASEUN K. ADEBAYO"
CREDENTIAL_RE = re.compile(
    NAME_SEQ + r",?[ \t]+(?:M\.?D\.?|D\.?O\.?|R\.?N\.?|N\.?P\.?|PA-C|P\.?A\.?|Ph\.?D\.?|DDS|DMD|FACS|FACP|FACC|MBBS|"
    r"LPN|CNA|APRN|ARNP|FNP(?:-BC)?|DPM|PharmD|CRNA|MSW|LCSW|DNP|MPH|MSN|BSN|CNM|LMFT|PsyD|OD|DC|PT|DPT|OTR|RD|RRT|"
    r"CCRC|CRC|MLS|MT|LICSW|LISW|CCM|CDE|CDCES|CNS|ACNP|AGNP|AGACNP|PMHNP|CPNP|NNP|RNC|RPh|CCC-SLP|SLP|OTR/L|"
    r"LMSW|LPC|LCPC|CHES|RDN|EMT|EMT-P|NRP|PGY-?\d|MS[1-4]|"
    # UK, Commonwealth and Indian degrees and registrations: "Gareth Pryce-Jones MRCP", "Karen Botha, RGN"
    r"MBChB|MBBCh|MRCP|MRCS|MRCGP|MRCPCH|FRCP|FRCPC|FRCS|FRCA|FRCR|FRACP|FRACS|FRANZCP|CCFP|FCPS|DNB|BDS|MDS|"
    r"RGN|RMN|RSCN|RNLD|LVN|MPharm|BPharm|Pharm\.?D\.?)\b"
    r"(?![ \t,]+\d{5})"  # "Port Mary, MD 03367" is a place
)
PLACE_PREFIX = re.compile(r"(?:New|North|South|East|West|Port|Lake|Fort|Mount|San|Santa|Los|Las|El|St\.?)\s")
AGE_AFTER_RE = re.compile(
    NAME_SEQ + r"(?=,?[ \t]+(?:(?:is|was|has\s+been)[ \t]+(?:seen|evaluated|admitted|examined|brought|referred|transferred|"
    r"discharged|here|accompanied)\b|(?:presents|presented|reports|reported|states|stated|denies|denied|complains|"
    r"returns|returned|endorses|arrives|arrived|underwent|seen)\b)"
    r"|,?[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[ \t-]*"
    r"(?:years?|yrs?|y/?o|-year|month|week|day)"
    r"|,[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}\d{1,3}[ \t-]*(?:years?|yrs?|y/?o|-year|month)|,[ \t]+(?:age|aged|DOB|MRN)\b|[ \t]+\((?:DOB|MRN|age)\b"
    r"|,[ \t]+\d{1,3}[ \t-]*(?:years?|yrs?|y/?o|-year)\b"
    # a relative named with the relation after: "Naomi Liebowitz-Carr (daughter)"
    r"|[ \t]+\((?:daughter|son|wife|husband|mother|father|sister|brother|niece|nephew|granddaughter|grandson|partner|"
    r"spouse|friend|caregiver|HCP|health care proxy|POA|guardian|neighbou?r|aunt|uncle|cousin)\b"
    r"(?![ \t]+[A-Z]))"  # "Alt (sister Maxine)": the relative's name is inside the brackets, not before them
)
FIRST_LAST_RE = re.compile(
    rf"(?<![\w.'’-])([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t]+(?:([{UP}])\.?[ \t]+)?"
    rf"((?:Mc|Mac|O['’])?[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)(?![\w'’-])"
)
LAST_COMMA_FIRST_RE = re.compile(
    rf"(?<![\w])([{UP}][{LO}]+|(?:Mc)?[{UP}]{{2,}}),[ \t]+([{UP}][{LO}]+|[{UP}]{{2,}})(?:[ \t]+[{UP}]\.?)?(?![\w])"
)
WORD_PIECE_RE = re.compile(PIECE)


def _name_like(piece: str, cued: int, L, inner: bool = False) -> bool:
    return _name_like_cached(piece, cued, inner)


@functools.lru_cache(maxsize=1 << 18)
def _name_like_cached(piece: str, cued: int, inner: bool) -> bool:
    """Could this capitalised token be (part of) a person's name? cued: 0 none, 1 context, 2 title, 3 header label."""
    L = _lists()
    w = _ascii(piece.lower().rstrip(".").replace("’", "'"))
    if len(w) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
        return True  # initial: kept when inside a name, trimmed at the edges by the caller
    if w.endswith("'s"):
        w = w[:-2]
    in_lists = w in L["names"] or ("-" in w and any(p in L["names"] for p in w.split("-")))
    if w in STOP_HARD or (cued < 2 and w in L["hard_eponyms"]) or w.split("'")[0] in STOP_HARD:
        return False  # function words, "I'm", and eponyms unless a title or label says it is a person
    if w in STOP_SOFT or w in LANGUAGES:  # "White" alone is a colour; "Dr. White", "Megan White" are people
        return bool(cued >= 2 and in_lists or inner and (in_lists or w in PARTICLES))
    if cued < 2 and piece.isupper() and (not in_lists or w in L["common"] and not inner):
        return False  # "per MRI", "with ENT", "seen by SALT": capitals outside a header are acronyms
    if w.endswith("ly") and not in_lists:
        return False  # "Patient: Honestly, ..." is dialogue
    if not in_lists and SPECIALIST.search(w):
        return False  # "prescribed by Obstetrician-Gynecologist A.": a specialty, not a name
    if w in RELATION_WORDS and not inner and w not in L["frequent"]:  # Porter, Friend, Child are surnames too
        return cued >= 2 and in_lists  # "Niece reports", "Matron aware": a relative or role, unless titled
    if w in L["common"] and piece.isascii() or w in NOT_NAME_WORDS:  # "Buś" is a name even if "bus" is a word
        return bool(cued) and in_lists
    return in_lists or cued


def _trim_name(text: str, start: int, end: int, cued: int, L) -> tuple[int, int] | None:
    """Drop leading/trailing tokens of a candidate that are not name-like; None if nothing is left."""
    pieces = [(m.start(), m.end()) for m in WORD_PIECE_RE.finditer(text, start, end)]
    ok = [_name_like(text[s:e], cued, L, inner=i > 0) for i, (s, e) in enumerate(pieces)]
    if len(ok) > 1 and not ok[0] and ok[1] and cued:
        first = text[pieces[0][0]:pieces[0][1]].lower()
        ok[0] = first in STOP_SOFT and first in L["first"]  # "seen by April Salinas"
    while pieces and (not ok[0] or len(text[pieces[0][0]:pieces[0][1]].rstrip(".")) == 1 and len(pieces) == 1):
        pieces.pop(0), ok.pop(0)
    # cut at the first non-name token after the start (names are contiguous)
    for i, good in enumerate(ok):
        if not good:
            pieces, ok = pieces[:i], ok[:i]
            break
    while pieces and len(text[pieces[-1][0]:pieces[-1][1]].rstrip(".")) == 1 and len(pieces) > 1 and not text[pieces[-1][0]:pieces[-1][1]].endswith("."):
        pieces.pop()
    if not pieces:
        return None
    s, e = pieces[0][0], pieces[-1][1]
    if len(pieces) == 1 and len(text[s:e].rstrip(".")) == 1:
        return None
    if s > start and re.fullmatch(r"(?:" + PARTICLE + r"[ \t]+){1,2}", text[start:s]):
        s = start  # "Dr. da Cruz"
    m = re.match(r"[ \t]+[A-Z]\b", text[e:end])
    if m and len(pieces) > 1:
        e += m.end()  # middle initial without a period: "Doe, Jane A"
    # suffix Jr./III directly after
    m = re.match(r",?[ \t]+(?:Jr|Sr|II|III|IV)\b\.?", text[e:e + 6])
    if m:
        e += m.end()
    if cued < 2 and len(pieces) > 1 and text[pieces[-1][0]:pieces[-1][1]].lower() in PLACE_HEADS:
        return None  # "Rainier Valley", "Canterbury Place", "Parnell Square": a place, not a person
    if cued < 2 and any(text[a:b].lower() in FIRM_WORDS for a, b in pieces[1:]):
        return None  # "Liberty Bank", "Tonella Funeral Home": a firm (a title still makes "Dr. Hugo Bank" a person)
    if cued < 2 and (EPONYM_NEXT.match(text, e) or BUILDING_AFTER.match(text, e)):
        return None  # "Wilson disease", "Carter House", "Hudson Harbor Injury Law LLP"
    return s, e


class _Spans:
    """Candidate spans; overlaps resolved by priority, then length."""

    def __init__(self):
        self.items: list[tuple[int, int, int, str]] = []  # (priority, start, end, type)

    def add(self, start: int, end: int, typ: str, priority: int) -> None:
        if end > start:
            self.items.append((priority, start, end, typ))

    def resolve(self, n: int) -> list[tuple[int, int, str]]:
        taken = bytearray(n)
        chosen = []
        for pri, s, e, t in sorted(self.items, key=lambda x: (-x[0], -(x[2] - x[1]), x[1])):
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, t))
        chosen.sort()
        return chosen


CAP_TOKEN = re.compile(rf"[{UP}][{UP}{LO}'’-]*")
TITLES = frozenset("Dr Drs Doctor Mr Mrs Ms Miss Mx Mister Missus Prof Professor Sister Sr Nurse Rev Fr DR MR MRS Sgt Capt "
                   "Det Insp Ofc Dep Tpr Pastor Rabbi Imam Cllr Smt Shri Baby".split() + MORE_TITLES)
TOWN_PREFIXES = frozenset("Port Fort Mount Lake San Santa Los Las New North South East West".split())
PLACE_PREFIX_WORDS = frozenset("New North South East West Port Lake Fort Mount San Santa Los Las El St".split())
STATE_TOKENS = frozenset(re.findall(r"[A-Z]{2}", STATE_ABBR)) | frozenset(w.split()[0] for w in STATE_NAME[3:-1].split("|"))


_BY_VERBS = ("seen evaluated examined referred accompanied signed dictated transcribed reviewed managed treated "
             "consulted called informed notified contacted visited brought escorted driven staffed covered assisted "
             "supervised interpreted performed read attended cosigned reported called edited prepared "
             "witnessed notarized ordered approved verified completed closed checked countersigned authorised "
             "authorized logged triaged given admitted discharged clerked consented counselled counseled sent "
             "faxed collected scanned uploaded booked gross grossed received dispensed drawn").split()
_WITH_VERBS = "discussed spoke spoken talked seen consulted visited met".split()
_TO_VERBS = "referred spoke spoken talked sent introduced called given reported handed faxed".split()
# staff roles and grades written before a name, UK/Commonwealth ones included ("SN Adebayo", "FY1 Patel",
# "AMHP Femi Adeyinka", "CRC Marcus Lee"), and the informal words for partners ("gf Tasha", "her ex Jason")
_ROLES = ("sn hca crc amhp spr sho fy1 fy2 reg registrar consultant matron paramedic physio physiotherapist advocate "
          "officer pc constable detective sergeant solicitor lawyer pastor priest imam rabbi carer keyworker "
          "caseworker requester requestor bms gf bf moko mokopuna koro kuia whaea matua mum nan nana nanna gran "
          "granny grandma grandpa grandad granddad stepmum stepmom stepdad auntie aunty hubby anp csw ot slt "
          "porter rm chaperone practitioner psychologist psychiatrist anaesthetist anesthetist radiographer "
          "optometrist podiatrist dentist audiologist nutritionist doula psychotherapist phlebotomist receptionist "
          "secretary emt medic director deputy sheriff trooper adjuster rep representative helper maid teacher "
          "coach landlord landlady housemate flatmate supervisor rph coworker co-worker workmate manager boss postman "
          "postwoman mailman").split() + [
    "staff nurse", "charge nurse", "nurse in charge", "nurse-in-charge", "key worker", "case worker", "care coordinator",
    "social worker", "support worker", "health visitor", "ward clerk", "student nurse", "on duty", "ward manager",
    "bed manager", "site manager", "foster carer", "foster mother", "foster father", "ex-wife", "ex-husband",
    "ex-partner"]
_RELATIONS = ("wife husband spouse partner daughter son mother father mom dad sister brother grandmother grandfather "
              "granddaughter grandson aunt uncle niece nephew cousin friend caregiver girlfriend boyfriend fiance "
              "fiancee fiancé fiancée stepmother stepfather stepson stepdaughter neighbor neighbour roommate guardian "
              "sibling child companion aide caretaker nurse doctor physician pharmacist therapist coordinator "
              "interpreter chaplain technician midwife dietitian participant subscriber member client resident "
              "employee colleague provider family hygienist sponsor np pa-c rn lpn cna crna aprn fnp pharmd "
              "intern fellow attending dietician counselor counsellor scribe "
              "husb dtr dau sis bro gdtr gson").split() + _ROLES + [  # clinicians' short forms: "husb Saul", "dtr Maria"
    "significant other", "baby boy", "baby girl", "cared for", "daughter-in-law", "son-in-law", "mother-in-law",
    "father-in-law", "sister-in-law", "brother-in-law"]
# role cues that are also abbreviations or words ("SN scale", "PC monitor", "nan", "Matron rounds"): the name after
# them must be a listed name that is no common word, or a word no vocabulary knows
WEAK_ROLE_CUES = frozenset(
    "sn pc ot rm slt reg registrar consultant bms emt medic matron nan gran officer porter advocate director rep "
    "representative helper coach teacher supervisor sis bro".split())
# job words that also head firms ("funeral director Co-op Funeralcare"): the word after them must be on the name lists
FIRM_ROLE_CUES = frozenset("director rep representative helper coach teacher supervisor".split())
# relatives, companions and the people of a patient's day: the word after them, capitalised mid-sentence, is their
# name even when it is also a word or a month ("daughter June present", "son Will", "wife Hope", "coworker Dale")
KIN_WORDS = frozenset("""wife husband spouse partner daughter son mother father mom mum dad sister brother grandmother
    grandfather granddaughter grandson aunt uncle niece nephew cousin friend girlfriend boyfriend fiance fiancee
    stepmother stepfather stepson stepdaughter neighbor neighbour roommate housemate flatmate gf bf husb dtr dau sis
    bro coworker co-worker colleague workmate manager boss postman postwoman mailman landlord landlady""".split())
RELATION_WORDS = frozenset(w for w in _RELATIONS if " " not in w)  # "Niece reports": a relative, not a name
LABEL_PHRASES = (
    "patient name|patient's name|pt name|pt. name|name|patient|pt|attending|attending physician|physician|provider|"
    "surname|forename|forenames|forename(s)|first names|given names|full name|"
    "surgeon|assistant|assistant surgeon|assistants|anesthesiologist|anesthetist|anesthesia by|referring|"
    "referring physician|referring provider|referring doctor|referring md|referred by|pcp|primary care|"
    "primary care physician|primary care provider|primary care doctor|primary physician|primary doctor|dictated by|"
    "transcribed by|signed|signed by|electronically signed|electronically signed by|reviewed by|seen by|cc|copy to|"
    "guarantor|emergency contact|contact|contact person|next of kin|nok|spouse|mother|father|guardian|interpreter|"
    "resident|fellow|nurse|rn|witness|ordering|ordering physician|ordering provider|requesting physician|consultant|"
    "consulting physician|author|cosigned by|co-signed by|verified by|informant|caregiver|radiologist|pathologist|"
    "therapist|social worker|case manager|scribe|surgeons|proxy|health care proxy|power of attorney|poa|"
    "attested by|performed by|read by|from|to|attn|attention|caller|member|insured|subscriber|participant|client|"
    "student|employee|beneficiary|submitted by|requested by|typed by|re|regarding|husband|wife|son|daughter|"
    "sister|brother|partner|friend|sibling|grandson|granddaughter|niece|nephew|signature|witnesses|notary|"
    "coordinator|study coordinator|identifying data|accepting|accepting md|accepting physician|clinician|supervisor|"
    "legal name|bill to|account holder|cardholder|card holder|sender|recipient|principal investigator|pi|"
    "investigator|chaplain|preceptor|technologist|tech|sonographer|interpreted by|agent|health care agent|"
    "mum|mom|dad|nan|grandma|grandpa|carer|stepdad|stepmum|stepmom|chaperone|named nurse|requester|requestor|"
    "officer|officers|advocate|amhp|crc|key worker|care coordinator|registrar|midwife|on duty|"
    "nurse in charge|completed by|closed by|verified by|checked by|taken by|received by|handed over by|"
    "surrogate|decision maker|next of kin|employer|covering|cross-cover|cross cover|on call|on-call|aka|alias|"
    # maternity and child-health headers ("Woman: ...", "Child: ..."), preferred names ("Preferred name / nickname:")
    "woman|child|nickname|preferred name|pref name|known as|goes by|"
    # incident, custody, transplant and death records name their subject with their own labels
    "person affected|person involved|individual involved|injured person|affected person|inmate|detainee|"
    "offender|donor|decedent|deceased|victim|"
    # ambulance run sheets
    "crew|crew members|"
    # the people of a registration sheet, an insurance form or a consent ("Policy holder:", "Escort:")
    "policy holder|policyholder|policy owner|primary insured|insured person|insured party|responsible person|"
    "escort|escorted by|accompanied by|attended by|bystander|reporter|reported by|notifier|witnessed by|"
    "dispensed by|prescriber|prescribing doctor|prescribing clinician|authorised by|authorized by|approved by|"
    # the clinician a form names by role or specialty ("Treating doctor:", "Paediatrician:")
    "treating doctor|treating physician|admitting doctor|admitting physician|admitting clinician|"
    "discharging doctor|discharging physician|practitioner|gp|general practitioner|family doctor|"
    "family physician|physio|physiotherapist|psychiatrist|psychologist|counsellor|counselor|obstetrician|"
    "paediatrician|pediatrician|optometrist|dentist|podiatrist|dietitian|dietician|paramedic|health visitor|"
    "district nurse|community nurse|case worker|caseworker|support worker|care manager|translator|historian|"
    "solicitor|lawyer|attorney|landlord|landlady|teacher|headteacher|principal"
).split("|")
# "Facility name:", "School name:": a label ending in "name" that names no person
NOT_PERSON_NAME_LABEL = re.compile(
    r"\b(?i:facility|practice|hospital|clinic|pharmacy|school|college|company|business|employer|agency|firm|"
    r"organi[sz]ation|insurer|insurance|plan|payer|product|drug|medication|brand|device|procedure|test|file|"
    r"street|road|town|city|village|user|study|program|programme|vendor|supplier|lab|laboratory|unit|ward)"
    r"[ \t]+name[ \t]*[:#-]?[ \t]*$")
# verbs whose object is a person ("Told Marisol", "bleeped Dr"): the name right after the verb
_OBJ_VERBS = "told asked advised reassured phoned rang texted emailed reminded paged bleeped thanked".split()
OBJ_VERB_BEFORE = re.compile(r"\b(?i:" + "|".join(_OBJ_VERBS) + r")[ \t]+$")
VERB_PHRASES = [f"{v} by" for v in _BY_VERBS] + [f"{v} with" for v in _WITH_VERBS] + [f"{v} to" for v in _TO_VERBS] + \
    _OBJ_VERBS + [
    "cared for by", "per", "d/w", "s/w", "w/", "c/w", "attn", "attention", "dear", "care of", "lives with",
    "living with", "lived with", "stays with", "staying with", "resides with", "residing with", "live with",
    "moved in with", "handoff to", "hand off to", "handed off to", "signed out to", "sign out to", "signout to",
    "covering for", "c/o", "w/o", "s/o", "d/o"]
GREET_PHRASES = ("hi|hello|hey|good morning|good afternoon|good evening|thank you|thanks|bye|goodbye|welcome|dear|"
                 "sincerely|regards|best regards|kind regards|respectfully|yours truly|cordially|/s/|/es/").split("|")
NAMED_PHRASES = "named|name is|name was|nicknamed|goes by|known as|called|this is|i am|i'm|i,".split("|")  # "I, ESTHER ROSE ..., born"
LOC_STRONG = [f"{v} {p}" for v in ("lives living lived resides residing moved relocated born raised resident "
                                   "originally transferred visiting home").split()
              for p in ("in", "to", "from", "at", "of", "near")] + ["grew up in", "here from", "back to"]
LOC_STRONG += ["lives", "living"]  # "(lives Harrogate)", "daughter Leanne, living Geelong"
LOC_WEAK = "in|to|from|at|near|outside".split("|")  # "of" only as "of X, ST" (a "prescription of Norco")
# what stands right before a capitalised word, read backwards from it (one .match per candidate word)
REV_CUE = re.compile(
    r"(?P<label>[ \t]*(?:[:#]|[-–][ \t])[ \t]*(?:" + _phrases_rev(LABEL_PHRASES) + r")(?=[\s|;/]|\Z))"  # also "NOK - X",
    # "Parent/caregiver: X"
    r"|(?P<verb>[ \t]+(?:" + _phrases_rev(VERB_PHRASES) + r")(?!\w))"
    r"|(?P<rel>[(\"“‘']?[ \t]?(?:[-–][ \t]?)?(?:(?:deman|si|saw|dellac)[ \t]+)?(?:,[ \t]?)?(?:\)\w+\([ \t]*)?(?:" + _phrases_rev(_RELATIONS) + r")(?!\w))"
    r"|(?P<greet>\s*[,:]?[ \t]*(?:" + _phrases_rev(GREET_PHRASES) + r")(?!\w))"
    r"|(?P<named>[ \t]+(?:" + _phrases_rev(NAMED_PHRASES) + r")(?!\w))"
    r"|(?P<pat>[ \t]+,?[ \t]*(?:tneitap|tp)(?!\w))"
    r"|(?P<locs>\s+(?:" + _phrases_rev(LOC_STRONG) + r")(?!\w))"
    r"|(?P<locw>\s+(?:" + _phrases_rev(LOC_WEAK) + r")(?!\w))"
    r"|(?P<locof>\s+fo(?!\w))"
    r"|(?P<pnum>\([ \t]*\d)",  # "+14085550136 (Siddharth Raghunathan)": a name right after a number
    re.I,
)
NAME_SEQ_RE = re.compile(NAME_SEQ)
LABEL_VALUE = re.compile(
    r"(?:" + LAST_FIRST + "|" + NAME_SEQ + r")"
    r"(?=[ \t]*(?:$|[,;|(/<]|[ \t]{2,}|\s(?:DOB|MRN|Age|Sex|DOS|Date|MD|M\.D\.|DO|RN|NP|PA)\b|[ \t]@[ \t]))",
    re.M,
)
# Singapore and Malaysian records write a second name after "@" ("TAN AH MOI @ CHEN YA MEI"): an alias
ALIAS_AT_AFTER = re.compile(r"[ \t]+@[ \t]+" + NAME_SEQ + r"(?=[ \t]*(?:$|[,;(]|[ \t]{2,}))", re.M)
PLACE_AT = re.compile(PLACE)
OF_PLACE_STATE = re.compile(  # "(Dr. Roe, MD, of) Port Carlos, ND": a place whatever its name
    r"((?:New|North|South|East|West|Port|Lake|Fort|Mount|St\.|San|Santa|Los|Las|El)?[ \t]?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})"
    r"(?=,[ \t]*" + STATE_ABBR + r"\b)"
)
STRONG_PLACE_AT = re.compile(
    r"(?:New|North|South|East|West|Port|Lake|Fort|Mount|St\.|San|Santa|Los|Las|El)?[ \t]?[A-Z][a-z]+"
    r"(?:(?:[ \t]|-(?:[a-z]{1,4}-)*)[A-Z][a-z]+){0,2}"  # "Port-au-Prince", "Stratford-upon-Avon"
)


LAST_FIRST_CRED = re.compile(LAST_FIRST + r",?[ \t]+(?:M\.?D\.?|D\.?O\.?|R\.?N\.?|N\.?P\.?|PA-C|Ph\.?D\.?|DDS|DMD|CRNA|PharmD)\b")
# lower-case transcripts: "good morning, mrs. kowalczyk", "hi , martha ."; one scan for both, each match
# starting with the character before the cue word (a cheap first character for re to look for)
LOWER_CUE_AT = (  # the name is looked at, not consumed, so that "morning, mrs. kowalczyk" also finds the title
    r"(?:(?P<title>mr|mrs|ms|miss|dr|doctor)(?=\.?[ \t]+(?P<tname>(?:[a-z]\.[ \t]*)?[a-z][a-z'-]{2,}(?:[ \t]+[a-z][a-z'-]{2,})?)\b)"
    r"|(?:" + _trie([w.replace("_", " ") for w in "hi hello hey morning bye thanks thank_you welcome wife husband son "
                    "daughter mother father mom dad sister brother partner friend grandson granddaughter niece "
                    "nephew gf bf girlfriend boyfriend mum dtr dau husb driver pharmacist attn fob".split()])
    # "mum (tracey)", "pharmacist: rhys hopkins"
    + r")(?=[ \t]*(?:[,:]?[ \t]+|[ \t]*\()(?P<gname>[a-z]{3,}(?:[ \t]+[a-z][a-z'-]{2,}){0,2})\b))"
)
LOWER_CUE = re.compile(r"[^A-Za-z]" + LOWER_CUE_AT)
LOWER_CUE_START = re.compile(LOWER_CUE_AT)
UPPER_40 = re.compile(r"(?:[^A-Z]*[A-Z]){40}")
TABLE_NAME = re.compile(
    rf"(?m)(?:^|\|)[ \t]*([{UP}][{UP}{LO}'’-]+,[ \t]+[{UP}][{LO}]+(?:[ \t]+[{UP}]\.?)?)[ \t]*"
    r"(?=\||$|\d{1,3}[ \t]*(?:y/?o|yo|[MF]\b))"
)
# the name a table cell starts with, before an extension or a note in brackets: "Lindqvist, M x4472",
# "Mbeki (moonlighter)"
NAME_CELL = re.compile(
    r"(" + LAST_FIRST + "|(" + PIECE + r",?[ \t]*[A-Z]\.?)|" + NAME_SEQ + r")[ \t]*(?:[x#(][^|\n]*)?$")
PIPE_ROW = re.compile(r"(?m)^[^|\n]*\|[^\n]*$")


def _cell_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A cell's parts between " / " (two people on one shift: "Cara / Tom W"), spaces left out."""
    parts, k = [], s
    for piece in text[s:e].split("/"):
        a = k + len(piece) - len(piece.lstrip())
        parts.append((a, max(a, k + len(piece.rstrip()))))
        k += len(piece) + 1
    return parts


def _pipe_tables(text: str):
    """Each run of consecutive lines with the same number of '|' (3 rows or more), as rows of (start, end) cells."""
    run, last_end = [], -2
    for m in [*PIPE_ROW.finditer(text), None]:
        cells = _row_cells(text, m.start(), m.end(), "|") if m else []
        if run and (not m or len(cells) != len(run[-1]) or m.start() != last_end + 1):
            if len(run) >= 3:
                yield run
            run = []
        if m:
            run.append(cells)
            last_end = m.end()


# a patient label, then "last, first" in lower case (a quick pharmacy or front-desk log): "pt: mendes, ana paula"
LOWER_LAST_FIRST = re.compile(r"\b(?:pt|patient|name|client|resident)[ \t]*:[ \t]*"
                              r"([a-z][a-z'’-]+,[ \t]*[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)(?![\w'’-])")
# lower-case notes: "j. b. kowalczyk ms3", "n. hassan md"
LOWER_INITIALS_NAME = re.compile(r"(?<![\w.])((?:[a-z]\.[ \t]*){1,2}[a-z][a-z'-]{2,})[ \t]+(?:md|do|rn|np|pa-c|ms[1-4])\b")
SPEAKER_LABEL = re.compile(r"(?i)\b(?:patient|pt|doctor|dr)[ \t]*:[ \t]*$")
TWO_WORD_NAME = re.compile(rf"[{UP}][{LO}]+[ \t]+[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?")
SIGN_OFF = re.compile(rf"(?m)(?:^[ \t]*|[ \t][-–—]+[ \t]*)([{UP}][{LO}]+)[ \t]*$")
# staff initials signing an entry: after a dash that starts a line or follows a sentence, ending the entry (a blank
# line, the end of the note, a "-----" separator) or before a co-signature: "-- KO / cosigned ...", "... - OH\n\n"
# (looked for backwards from each entry end, ENTRY_END: notes have few of them and many dashes)
SIGN_INITIALS = re.compile(r"[-–—]{1,2}[ \t]*([A-Z]{2,3}|[a-z]{2,3})[ \t]*$")
ENTRY_END = re.compile(r"\n(?:[ \t]*\n|[-=_*]{3,})")  # from the "\n" (a fast scan)
# a signing role, then capital initials closing the line: a pharmacy or ward log ("rph LW", "RN KB", "tech JM")
ROLE_INITIALS_END = re.compile(r"(?m)\b(?i:rph|pharmacist|tech|technician)[ \t]+([A-Z]{2,3})[ \t]*$")
COSIGN_AFTER = re.compile(r"/[ \t]*(?i:co-?signed|countersigned|cosign)")
CRED_TAIL = re.compile(r",?[ \t]+[A-Z][A-Za-z.-]{0,6}\b")
# a credential inside a capitals run ("MARCUS PAGE RN AT 1325", group 1) or capitals ending it ("B. Nakamura MD")
CAPS_CRED = re.compile(r"[ \t](?:(MD|DO|RN|NP|PA-C|LPN|APRN|CRNA|MBBS)[ \t]+[A-Z]|[A-Z]{2,5}$)")
CREDENTIAL_BEFORE = re.compile(r"\b(?:RN|NP|MD|DO|LPN|CNA|APRN|CNM|PA-C|BSN|MSN|PhD|RM),?[ \t]+$")
LOWER_LETTER = re.compile(r"[a-z]")
WORD_REST = re.compile(r"\w*")
DASH_LABEL_BEFORE = re.compile(r"(?m)^[ \t]*[A-Za-z][\w'() ]{0,30}[ \t]+[-–][ \t]*$")
WIDE_GAP = re.compile(r"[ \t]{3,}|\t")
LINE_END = re.compile(r"[ \t]*(?:\n|$)")
AGE_TAIL = re.compile(
    r",?[ \t]+(?:is|was|has|presents|presented|reports|reported|states|stated|denies|denied|complains|returns|"
    r"returned|endorses|arrives|arrived|underwent|seen|an?|age|aged|DOB|MRN|\(|\d{1,3}[ \t-]*(?:y|-?year))\b"
)


# "R. Castellanos", "J.R. Torres", "A. Bhattacharya-Singh": initials then a surname (not "E. coli", "S. aureus":
# species are lower case; the surname is checked against the lists by _surname_like)
INITIAL_SURNAME = re.compile(
    rf"(?:[{UP}]\.[ \t]?){{1,3}}[ \t]*((?:Mc|Mac|O['’])?[{UP}][{LO}]+(?:[-'’][{UP}][{LO}]+)?)(?![\w'’-]|\.\w)"
)
NOT_INITIALS = re.compile(
    r"(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|D\.C\.|N\.Y\.|N\.Z\.|P\.O\.|A\.M\.|P\.M\.|M\.D\.|D\.O\.|R\.N\.)")
# what makes "X." a label, not an initial: "Hepatitis B. Smith reviewed", "Bay A. Jones"
NOT_INITIAL_BEFORE = re.compile(
    r"(?i:vitamin|hepatitis|hep|type|grade|class|group|stage|phase|factor|plan|zone|lead|appendix|figure|fig|table|"
    r"section|part|schedule|level|category|option|box|bed|bay|room|ward|unit|block|wing|floor|tier|step|line|arm|"
    r"cohort|site|area|team|pod|exhibit|form|list|strep|streptococcus|staph|hemophilus|haemophilus)[ \t]+$"
)
# a surname before an age-sex token, as handover lists write patients: "3 Okafor 71M", "Lee, 52/M", "Iqbal 19 F"
AGE_SEX_AFTER = re.compile(r",?[ \t]+\(?\d{1,3}[ \t]?(?:[MF]|/[MF]|yo[ \t]?[MFmf]?|y/o)(?![\w/])")
# a staff role or grade in brackets after a name: "Wolf (RN)", "Castellanos (ED reg)", "Hollis (SpR)"
ROLE_PAREN_AFTER = re.compile(
    r"[ \t]*\((?:[A-Z]{2,4}[ \t]+|(?i:on[ -]call|night|day|ward|duty)[ \t]+)?(?:RN|RM|MD|DO|NP|PA|PA-C|LPN|CNA|HCA|"
    r"SN|SpR|SHO|FY[12]|F[12]|CT[1-3]|ST[1-8]|AMHP|CRC|ANP|CNS|CSW|ACP|OT|PT|SLT|SALT|GP|"
    r"(?i:reg|registrar|consultant|midwife|nurse|charge nurse|sister|attending|resident|fellow|intern|physio|"
    r"physiotherapist|pharmacist|dietitian|dietician|porter|paramedic|social worker|key worker|care coordinator|"
    r"scribe|police|interpreter|chaplain|student|student nurse|manager|ward manager|bed manager|cons|chaperone))\)"
)
NOTE_INITIALS = re.compile(r"\(([A-Z]{2,3})\)[ \t]*:")  # from the "(": the heading word is checked before it
NOTE_WORD_BEFORE = re.compile(r"\b(?:Comment|Note|Addendum|Entry|Update|Reviewed)[ \t]*$")
SIGN_DASH_BEFORE = re.compile(r"(?:^|\n|[.!?)][ \t]+)$")  # the dash starts a line or follows a sentence
NOT_SIGN_INITIALS = frozenset("ok no na nil yes nad tbc tba prn bd tds qds od md do rn np pa lpn cna dds".split())  # "- OK", "MD (fellow)"
# initials with a staff role in brackets, and a co-signer after a slash: "KB (HCA) / JW"
ROLE_IN_PAREN = re.compile(ROLE_PAREN_AFTER.pattern.removeprefix(r"[ \t]*"))  # found from the "(": a fast scan
INITIALS_BEFORE_ROLE = re.compile(r"(?<![\w/.-])([A-Z]{2,3})[ \t]*$")
COSIGNER_AFTER = re.compile(r"[^\n/]{0,12}/[ \t]*([A-Z]{2,3})\b")
# a role after a comma: "A. Bhattacharya, Privacy Officer", "Tom Reyes, Charge Nurse"
ROLE_COMMA_AFTER = re.compile(
    r",[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:Officer|Coordinator|Co-ordinator|Manager|Administrator|Nurse|Midwife|"
    r"Registrar|Consultant|Matron|Paramedic|Advocate|Worker|Solicitor|Attorney|Chaplain|Interpreter|Clerk)\b"
)
LAST_FIRST_AT = re.compile(LAST_FIRST)
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.[ \t]?){2,3}")
# a role from an organisation, then the person: "Advocate from SACASA, Perla", "Interpreter from LanguageLine, Ana"
ROLE_FROM_ORG_BEFORE = re.compile(
    r"(?i:advocate|interpreter|social worker|officer|chaplain|key ?worker|case ?worker|support worker|liaison|"
    r"volunteer|counsell?or|nurse|paramedic)[ \t]+(?:from|at|with|of)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w&.'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&.'’-]*){0,4},[ \t]+$"
)
PERSON_TAIL = re.compile("|".join(r.pattern for r in (AGE_SEX_AFTER, ROLE_PAREN_AFTER, ROLE_COMMA_AFTER)))
PLACE_OF_CARE_BEFORE = re.compile(r"(?:\b(?i:at)[ \t]+(?:the[ \t]+)?|\b(St\.?|Saint)[ \t]+)$")
MEDICAL_AFTER = re.compile(r"[ \t]+(?:Family[ \t]+)?(?:Medical|Surgery|Practice)\b")
# a word in quotes before a relation in brackets: 'messages from "jaz" (ex)', '"Bubba" (brother)'
QUOTED_PERSON = re.compile(
    r"[\"“]([A-Za-z][a-z'’-]{1,15})[\"”][ \t]*\((?:ex|ex-partner|ex-boyfriend|ex-girlfriend|boyfriend|girlfriend|"
    r"bf|gf|"
    r"partner|friend|brother|sister|cousin|son|daughter|mother|father|mum|mom|dad|aunt|uncle|neighbou?r|husband|wife)\)"
)
# a quoted name (found from the quote, a fast scan), named so by what stands before the quote: a relative's word
# ('grandson "Lil Man"'), a word for a preferred name ('(pref. "Billy")', 'goes by "Tee"'), or a title inside
# ('neighbour "Mr. G"': the lone initial)
QUOTED_CAPS = re.compile(r"[\"“]([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})[\"”]")
PREFERRED_BEFORE = re.compile(
    r"\b(?i:pref\.|preferred(?:[ \t]+name)?|goes[ \t]+by|known[ \t]+as|a\.?k\.?a\.?|nick-?named?)[ \t:]*$")
TITLE_INITIAL = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+([A-WZ])"
TITLE_INITIAL_QUOTED = re.compile(TITLE_INITIAL)
# a title before a lone capital signing alone on a line ('Happy Thanksgiving,\nDr. O'); not X/Y: blanked notes
# write "follow up with Dr. X" for a removed name
TITLE_INITIAL_LINE = re.compile(r"\n" + TITLE_INITIAL + r"[ \t]*(?=\n|\Z)")
# ... or before a verb of a person (British reports, whose titles take no period, shorten a surname to its
# initial: "Mr H told our HCA"; "Mr. A is a 53-year-old" is an American transcript's placeholder)
TITLE_INITIAL_VERB = re.compile(r"M(?:rs?|s|iss|x)[ \t]+([A-WZ])(?=[ \t]+(?:has|had|is|was|told|said|says|states|"
                                r"stated|reports|reported|lives|declined|agreed|agrees|asked|wants|wanted|"
                                r"understands|refused)\b)")
# a loved one named after "my": a listed first name ("where is my Dorothy?"), or in quoted words any word no
# vocabulary knows ('said "my Yiannis would be proud"')
MY_NAME = re.compile(rf"y[ \t]+([{UP}][{LO}]+)(?![\w'’-])")  # from the "y" (a fast scan); "my"/"My" checked after
# Vietnamese names with the middle name Thị (most women's names): "Nguyen Thi Lan", "Tran Thi Minh Anh"
VIET_THI = re.compile(rf"(?<![\w'’-])([{UP}][{LO}]+)[ \t]+Th[iị][ \t]+[{UP}][{LO}]+(?:[ \t]+[{UP}][{LO}]+)?(?![\w'’-])")
# a nickname in quotes right after a name: 'Destiny Carmichael ("Dez")', "Robert 'Bobby' ..."
NICKNAME_AFTER = re.compile(  # '("Bea")', '(prefers "RJ", ...)', ' "BOBBY" T.', '"D" Ferrante'
    rf"[ \t]*\(?[ \t]*(?:(?:prefers|aka|a\.k\.a\.|goes[ \t]+by|known[ \t]+as)[ \t]+)?[\"“‘']([{UP}](?:[{LO}]{{1,14}}|[{UP}]{{1,14}})?)[\"”’']"
    rf"(?:[ \t]((?:[{UP}]\.|[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?|[{UP}]{{2,}})(?![\w'’])))?")
# at a found name's edges (name_edges): a glued initial, an abbreviated Muhammad (South Asian and Malay names),
# a surname's initial after a first name (not "Hepatitis B", "Vitamin D": only a listed first name takes it)
GLUED_INITIAL_BEFORE = re.compile(rf"(?<![\w.'’-])[{UP}]\.$")
GIVEN_PREFIX_BEFORE = re.compile(r"(?<![\w.'’-])(?:Mohd|Muhd|Md)\.?[ \t]+$")
INITIAL_AFTER = re.compile(rf"[ ](?!I\b)[{UP}](?:-[{UP}])?(?![\w.'’-])")
# a given name in capitals, its English one in brackets after it: "THI HOA (HOLLY)"
CAPS_NICKNAME_AFTER = re.compile(rf"[ \t]*\(([{UP}]{{3,14}})\)")
# a name written again in Chinese, Japanese or Korean script in brackets after it
NATIVE_SCRIPT_AFTER = re.compile(r"[ \t]*[(（]([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,6})[)）]")
# "Whitaker, D   LRH-3390172": a surname and an initial opening a line, before the next field
LINE_LAST_INITIAL = re.compile(
    rf"\n[ \t]*([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?),[ \t]*[{UP}]\.?(?=[ \t]{{2,}}|\t|[ \t]*(?:\n|\Z))")
# staff initials tied to a name: "Ravinder Kaur (RK)", "KLW = Kimberly L. Washington, RN"
PAREN_INITIALS_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,4})\)")
INITIALS_DEFINED_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,4})[ \t]*=[ \t]*$")  # not "RE: Romana Esposito"
# handover initials on a handover line: "night handover 07:30 - JH to SB"
HANDOVER_WORD = re.compile(r"\b(?:hand[ -]?over|hand[ -]?off|sign[ -]?out)\b")  # on the lower-cased text
HANDOVER_INITIALS = re.compile(r"(?:[-–:]|\bby)[ \t]*([A-Z]{2,3})[ \t]+(?:to|->|→|>)[ \t]+([A-Z]{2,3})(?![\w/])")
# units and roles written in capitals that are no one's initials ("ED to ITU", "seen by SHO", "reviewed by TVN")
PLACE_INITIALS = frozenset("ED AE ICU ITU HDU CCU MAU AMU SAU CDU UCC OR GP OT PT IR CT MRI USS NICU PICU SCBU SHO RMO "
                           "JMO CMO HMO SMO VMO TVN ANP ACP CNS CPN DN HV SW CSW HCA RN RM SLT OBG SDM QAS NMC".split())
# typist initials after a verb of typing: "typed ml/dg", "Transcribed: KMT/jrs"
TYPED_INITIALS = re.compile(r"\b(?:typed|transcribed|dictated)\b[ \t:]*(?:by[ \t:]*)?([a-z]{2,4})/([a-z]{2,4})\b")
# what ends a person's mention of a word found as (part of) a name that is also a common word: "Major says",
# "Fox family notified" (a common word alone is a name only before a verb of a person)
FAMILY_AFTER = re.compile(r"[ \t]+(?:family|household)\b")
# what makes a capitalised name-like run a ward, building or firm, not a person: "Charnwood Ward", "Carter House",
# "Hudson Harbor Injury Law LLP", "Gandhi Nagar" (case-sensitive: "Smith's house" is a person's)
BUILDING_AFTER = re.compile(
    r"[ \t]+(?:(?:[A-Z][a-z]+[ \t]+){0,2}(?:LLP|LLC|Inc\b|Ltd\b|PLC|Solicitors|Associates)|Ward|House|Wing|Building|"
    r"Lodge|Block|Tower|Pavilion|Nagar|Colony|Layout|Town|Mews|County|Borough|Township|Valley|Heights|Square|Place|"
    r"Gardens|(?:(?:High|Middle|Elementary|Primary|Secondary|Grammar|Junior|Senior)[ \t]+)?(?:School|Academy|College)|"
    r"Church|Chapel|Cathedral|Temple|Mosque|Synagogue|"
    # banks, insurers, councils and undertakers are named after people too: "Liberty Mutual", "Tonella Funeral Home"
    r"Bank|Mutual|Council|Insurance|Assurance|Funeral|Credit[ \t]+Union|"
    r"(?i:pharmacy|chemists?|clinic|hospital|medical|nurses|charity|foundation|trust|hospice|"
    r"society|association))"
    r"(?![\w'’-])"
)
FORM_NAME_FIELD = re.compile(
    r"\b(?:Last|LAST|First|FIRST|Middle|MIDDLE|MI|M\.I\.)(?:[ \t]+(?:[Nn]ame|NAME|[Ii]nitial|INITIAL))?[ \t]*:[ \t]*"
    rf"((?:[{UP}][{UP}{LO}'’-]*(?:[ \t][{UP}][{UP}{LO}'’-]*)*)|[{UP}]\b)")
_DM = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
STAMP_INITIALS = re.compile(  # "(rev. 2, 12/01, mkp)", "(RB 24/11)"
    r"\((?:((?i:rev(?:ision)?|v|ver(?:sion)?)\.?[ \t]*\d{1,2})[,;][ \t]*)?"
    r"(?:([A-Za-z]{2,4})[ \t]+" + _DM + r"|" + _DM + r"[,;]?[ \t]+([A-Za-z]{2,4}))\)")
VERSION_BEFORE = re.compile(r"(?i:\b(?:rev(?:ision)?|v|ver|version|updated|amended)\.?[ \t]*\d{0,2})[ \t]*$")
LETTER_REF_INITIALS = re.compile(
    r"(?i:\b(?:our|your)[ \t]+ref(?:erence)?\b|\bref(?:erence)?[ \t]*:)[ \t]*:?[ \t]*(?:([^\n/ \t][^\n/]{0,29})/)?"
    r"([A-Z][A-Za-z]{1,4})/([a-z]{2,4})\b")
DOC_BY_BEFORE = re.compile(r"\b(?i:gross(?:ed)?|dictated|transcribed|typed|signed|co-?signed|countersigned|scribed|"
                           r"prosected)[ \t]+by[ \t]+$")
STAFF_INITIALS_AT = re.compile(  # not "by RACF staff", "by ENT team"
    r"[A-Z]{2,3}(?![\w'’/-]|[ \t]+(?:staff|team|nurses?|doctors?|services?|units?|wards?|clinic|crew|colleagues)\b)")
# a scale's grade: "Fitzpatrick II", "Killip III", "Wagner 2", "(Fisher 3)" (not an age-sex "Okafor 71M", a date
# "Smith 2/3", a time or a decimal)
GRADE_AFTER = re.compile(r"[ \t]+(?:I|II|III|IV|V|VI|[0-5](?![\w/.:'’-]|[ \t]?[MFmf]\b))(?![\w'’-])")
NOT_PERSON_AFTER = re.compile(BUILDING_AFTER.pattern + "|" + GRADE_AFTER.pattern)  # one match for the unknown-word rule
ROYAL = frozenset("princess queen duke duchess lady lord countess dame".split())  # "Princess Alexandra (Hospital)"
FIRM_WORDS = frozenset("bank mutual council insurance assurance funeral".split())
INSURER_LABEL_BEFORE = re.compile(r"(?i:\b(?:payer|payor|insurer|insurance|ins|carrier|health[ \t]+plan))[ \t]*[:#-][ \t]*$")
PLACE_HEADS = frozenset("county borough township valley heights square place gardens".split())  # "Rainier Valley"
# ... such a place itself: a district or square (ADDRESS), or a "Place"/"Gardens" (in notes mostly care homes);
# lowest priority, so that it only keeps the place covered when no person, street or facility rule takes it
PLACE_HEAD_WORDS = ("Valley", "Heights", "Square", "County", "Borough", "Township", "Place", "Gardens")
PLACE_HEAD_BEFORE = re.compile(rf"(?<![\w'’-])([{UP}][{LO}]+)(?:[ \t]+[{UP}][{LO}]+)?$")
PERSON_INSTITUTION_HEADS = frozenset("house lodge school academy college church chapel cathedral temple mosque synagogue".split())
BUILDING_HEADS = frozenset("house lodge tower court mews nagar colony layout town".split())  # "Carter House"
FAMILY_DASH_BEFORE = re.compile(r"(?i:family)[ \t]*[-–][ \t]*$")
NAME_WORD_BEFORE = re.compile(r"(?i:\bnamed|\bname[ \t]+(?:is|was))[ \t]+$")  # "his name was Tanner"
# "Drs Ivanova and Hollis", "Drs Lee, Patel and Osei", "Drs Smith/Nakamura"
JOINED_NAME = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*)" + NAME_SEQ)


def _initials_of(name: str) -> set[str]:
    """The initials a name is written as: 'Kimberly L. Washington' -> KLW, KW; 'Dong-Min Baek' -> DMB, DB."""
    words = [w for w in re.split(r"[ \t]+", name.strip()) if w[:1].isalpha()]
    if not words:
        return set()
    parts = [p for w in words for p in w.split("-") if p]
    return {"".join(p[0] for p in parts).upper(), "".join(w[0] for w in words).upper(),
            (words[0][0] + words[-1][0]).upper()}


@functools.lru_cache(maxsize=1 << 16)
def _surname_like(tok: str, mode: str) -> bool:
    """A word that stands for a person next to weak evidence (an initial, an age-sex token, a role in brackets):
    a listed name that is no common word, or a word no vocabulary knows."""
    L = _lists()
    key = tok[:-2] if tok.endswith(("'s", "’s")) else tok
    low = _ascii(key.lower()).replace("’", "'")
    if low in STOP or low in L["common"] or low in L["hard_eponyms"] or key.isupper():
        return False
    return low in L["names"] or any(p in L["last"] for p in low.split("-")) or _unknown_word(key, mode) > 0
# a journey or an origin before "from"/"to" makes a town that is also a first name a town ("flying in from Denver",
# "driving back to Marshall", "a 78-year-old farmer from Marshall"); "a call from Madison" stays a person
TRAVEL_BEFORE = re.compile(
    r"(?i:\b(?:fl(?:y|ies|ying|ew|own)|driv(?:e|es|ing|en)|drove|com(?:e|es|ing)|came|travel(?:s|ed|led|ing|ling)?|"
    r"visiting|arriv(?:ed|es|ing)|return(?:s|ed|ing)?|relocat(?:ed|ing)|mov(?:ed|es|ing)|originally|hails?|"
    r"transport(?:ed)?|head(?:ed|ing)|went|going|back|home|in|up|down|over)"
    r"|(?:-year-old|\byo|y/o)\b[^.;\n]{0,40})[ \t]+(?:from|to)[ \t]+$")
# neighbourhoods and suburbs named by a landform or settlement word, closing the phrase (not "Hyde Park Surgery")
# what makes a word the unknown-word rule would take for a name a place: a preposition no person follows ("in",
# "near"), "from"/"to" after a word of travel, a state ("Vasca, WI"; not MD, PA, ID) or "County" after it
UNKNOWN_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|around|lives[ \t]+up)|\b(?:ferried|flown|driven|drove|flew|travell?ed|travell?ing|sailed|"
    r"moved|relocated|geolocated|evacuated|airlifted|boat|ferry|bus|train|trip|journey|commutes?)[ \t]+(?:\w+[ \t]+)?"
    r"(?:from|to))[ \t]+$", re.I)
UNKNOWN_PLACE_AFTER = re.compile(r",[ \t]*(?!MD\b|PA\b|ID\b)" + STATE_ABBR + r"\b(?![-.'’])|[ \t]+(?:County|Parish|Co\.)")
SUFFIX_PLACE = re.compile(
    rf"([{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?)[ \t](?:Valley|Heights|Hills|Park|Springs|Beach|Falls|Village|Heath|"
    rf"Green|Grove|Creek|Ridge|Township|Borough|Estate|Gardens|Junction|Crossing|Meadows|Vale|Bay|Point)"
    rf"(?![\w'’-])(?![ \t]+[{UP}\d])")
# a state's name alone (not "Kansas City", "Virginia Beach"; "New York" and "Washington" are cities too)
STATE_NAME_AT = re.compile(r"(?!New York|Washington)" + STATE_NAME + r"(?![\w'’-]|[ \t]+[A-Z])")
SMALL_PLACE_CUES = frozenset(("in", "near", "from", "outside"))
TOWN_FIRST_WORDS = frozenset("great little old upper lower high long big grand".split())  # "Great Sankey", "Little Rock"
DIRECTION_WORDS = frozenset("North South East West Northeast Northwest Southeast Southwest Downtown Central Greater "
                            "Upper Lower Inner Outer Midtown Uptown".split())
SMALL_PLACE_BEFORE = re.compile(r"(?<![\w'’])(?i:in|near|from|outside)[ \t]+$")
INCHES_BEFORE = re.compile(r"\d[ \t]*in(?:[ \t]{2,}|[ \t]*\n)$")


def _last_words(phrases) -> set[str]:
    return {re.findall(r"\w+", p.lower())[-1] for p in phrases if re.search(r"\w", p)}


# the last word of every REV_CUE phrase (and the "is/named" a relation may be followed by): a capitalised
# word after any other word, with no ':', '#' or ')' in between, has no cue, and the big match is skipped
CUE_LAST_WORDS = frozenset(
    _last_words(LABEL_PHRASES + VERB_PHRASES + _RELATIONS + GREET_PHRASES + NAMED_PHRASES + LOC_STRONG + LOC_WEAK)
    | {"patient", "pt", "of", "named", "is", "was", "called"}
)
CUE_LAST_WORDS_REV = frozenset(w[::-1] for w in CUE_LAST_WORDS)
REV_TAIL = re.compile(r"[^\w:#)]*(?:[:#)]|(\w*))")  # on the reversed text: a ':', '#' or ')', or the last word


def _cue_before(text: str, s: int) -> str | None:
    """Kind of context cue ending right before position s ('label', 'verb', 'rel', ...), if any."""
    window = text[max(0, s - 48):s][::-1]
    word = REV_TAIL.match(window).group(1)
    if word is not None and word.lower() not in CUE_LAST_WORDS_REV and not (word.isdigit() and window[:1] == "("):
        return None
    m = REV_CUE.match(window)
    return m.lastgroup if m else None


def _find_names_places(text: str, tl: str, spans: _Spans, cfg: DeidConfig, L) -> list[str]:
    """Names (cues, lists, propagation) and places named in words, driven by the capitalised words of the text
    (returned, for the address rules)."""
    finder = _NameFinder(text, tl, spans, cfg, L)
    finder.run()
    return finder.toks


class _NameFinder:
    """One document's name and place search; `found` collects name parts for propagation."""

    def __init__(self, text: str, tl: str, spans: _Spans, cfg: DeidConfig, L):
        self.text, self.tl, self.spans, self.cfg, self.L = text, tl, spans, cfg, L
        self.n = len(text)
        self.found: set[str] = set()
        self.weak: set[str] = set()  # common-word name parts ("Major" of "Lisa Major"): names before a person's verb
        self.initials: set[str] = set()  # staff initials tied to a name ("RK"), replaced wherever they recur
        self.found_lower: set[str] = set()  # names found in lower case ("brother kevin"), replaced in lower case

    def run(self) -> None:
        text, spans, L, lists = self.text, self.spans, self.L, self.cfg.name_lists
        common, first_common = L["common"], L["first_common"]
        seq_end = -1
        self.toks = CAP_TOKEN.findall(text)
        for s, e, tok in _cap_tokens(text, self.toks):
            info = _token_info(tok)
            if info is None or e - s == 1 and text[e:e + 1] != "." and not self.label_initial(s, e):
                continue  # a capital letter alone starts a name only as an initial ("J. Smith", "Signed: J Smith")
            title, state, low, name_like, placey = info
            if title:
                m = TITLE_RE.match(text, s)
                if m and not (tok.isupper() and self.acronym_after_title(m)):
                    self.add(m.start(1), m.end(1), 2, 7)
                    if tok == "Drs":
                        self.joined_names(m.end(1))
                continue
            if e - s == 1:
                self.initial_surname(s)
            elif tok[:1] == "O" and tok[1:2] in "'’" and tok[2:3].isupper():
                self.add(s, e, 1, 5)  # O'Sullivan, O'Brien: the Irish surname prefix is no English word
            if state:
                _city_state(text, s, e, spans, L)
                if not (name_like or placey):
                    continue
            kind = _cue_before(text, s)
            if not kind and text[s - 2:s] == ", " and self.role_from_org(s):
                kind = "rel"  # "Advocate from SACASA, Perla, present"
            if kind:
                self.after_cue(kind, s, low, placey)
            if not name_like:
                continue
            if s >= seq_end:  # cues after a name: checked once per run of capitalised words
                seq_end = self.before_cue(s, e, kind)
            if lists and low not in common:  # a common word starts no list name ("Clear", "Blood")
                self.from_lists(s, e, low)
            if (lists and low in first_common and low not in STOP and not tok.isupper()
                    and not _unknown_word(tok, self.cfg.unknown_words) and PERSON_VERB_AFTER.match(text, e)):
                # a frequent first name that the unknown-word rule leaves (a word, a town): "Hope says", "Grace agreed"
                self.add(s, e, 1, 4)
        self.lower_case_names()
        if "|" in text:
            self.table_names()
        self.sign_off()
        self.lower_staff_initials()
        self.stamp_initials()
        if "First" in self.text or "FIRST" in self.text:
            self.form_name_fields()
        self.place_heads()
        if self.cfg.unknown_words != "off" and _whitelist(self.cfg.unknown_words) is not None:
            self.unknown_names(self.cfg.unknown_words)
            if _lower_case_doc(text):
                self.lower_unknown_names(self.cfg.unknown_words)
        self.after_names()
        if ", " in text:
            for m in LINE_LAST_INITIAL.finditer(text):
                if self.personal_word(m.group(1)) and m.group(1).lower() not in self.L["cities"]:
                    self.spans.add(m.start(1), m.end(), "NAME", 5)
        if "(" in text and ('"' in text or "“" in text):
            for m in QUOTED_PERSON.finditer(text):  # 'messages from "jaz" (ex)'
                self.spans.add(m.start(1), m.end(1), "NAME", 5)
        if '"' in text or "“" in text:
            self.quoted_names()
        for m in TITLE_INITIAL_LINE.finditer(text):  # above the cue rules, which would take the title in
            self.spans.add(m.start(1), m.end(1), "NAME", 7)
        for m in TITLE_INITIAL_VERB.finditer(text):  # (the "M" starts a word: checked here, a fast scan)
            if not m.start() or not text[m.start() - 1].isalnum():
                self.spans.add(m.start(1), m.end(1), "NAME", 7)
        for m in MY_NAME.finditer(text):  # 'said "my Yiannis would be proud"'
            if m.start() < 1 or text[m.start() - 1] not in "Mm" or m.start() > 1 and text[m.start() - 2].isalnum():
                continue
            low = _ascii(m.group(1).lower())
            before = text[max(0, m.start() - 30):m.start()]
            quoted = ('"' in before or "“" in before) and "\n" not in before  # a patient's own words
            listed = low in self.L["first"] or quoted and _unknown_word(m.group(1), self.cfg.unknown_words) and not (
                PRODUCT_AFTER.match(text, m.end()) or EPONYM_NEXT.match(text, m.end()))  # not "my Dexcom"
            if (listed and low not in self.L["common"] and low not in STOP and low not in self.L["words"]
                    and low not in RELATION_WORDS and low not in self.L["eponyms"] and low not in self.L["cities"]):
                self.spans.add(m.start(1), m.end(1), "NAME", 4)
        if " Thi " in text or " Thị " in text:
            for m in VIET_THI.finditer(text):
                if _ascii(m.group(1).lower()) in self.L["last"]:
                    self.spans.add(m.start(), m.end(), "NAME", 5)
        if "hand" in self.tl and ("handover" in self.tl or "hand over" in self.tl or "handoff" in self.tl
                                  or "hand off" in self.tl or "hand-o" in self.tl) or "sign out" in self.tl \
                or "signout" in self.tl or "sign-out" in self.tl:
            self.handover_initials()
        if "|" in text:
            self.name_columns()
        if self.found or self.weak or self.initials or self.found_lower:
            self.propagate()

    def add(self, s: int, e: int, cued: int, priority: int) -> None:
        r = _trim_name(self.text, s, e, cued, self.L)
        if r is None:
            return
        s, e = r
        self.spans.add(s, e, "NAME", priority)
        for m in WORD_PIECE_RE.finditer(self.text, s, e):
            p = m.group().rstrip(".")
            low = p.lower()
            # a common word ("Test", "Brown") is carried to other mentions only if a title or label vouched for it
            # an eponym that is also a frequent name ("Gordon", "Wilson") is carried on if a title or label
            # vouched for it; propagation still skips "Wilson disease"
            eponym = low in self.L["hard_eponyms"] if cued >= 2 else low in self.L["eponyms"]
            if (len(p) > 2 and low not in STOP_HARD and not eponym
                    and (cued >= 2 or low not in self.L["common"])):
                self.found.add(p)
            elif len(p) > 2 and low not in STOP and low in self.L["names"] and not p.isupper():
                self.weak.add(p)  # "Major" of "Lisa Major", "Fox" of "Gerald Fox"

    def acronym_after_title(self, m: re.Match) -> bool:
        """'Azure XT DR MRI': an upper-case title before a short acronym that is no listed name is a device code."""
        first = m.group(1).split()[0]
        return first.isupper() and len(first) <= 4 and _ascii(first.lower()) not in self.L["names"]

    def joined_names(self, p: int) -> None:
        """'Drs Ivanova and Hollis', 'Drs Lee, Patel and Osei': every name after a plural title."""
        m = JOINED_NAME.match(self.text, p)
        while m:
            end = WORD_REST.match(self.text, m.end(1)).end()  # "DiChiro": the whole glued word
            self.add(m.start(1), end, 2, 7)
            m = JOINED_NAME.match(self.text, end)

    def initial_surname(self, s: int) -> None:
        """'R. Castellanos (ED reg)', 'Closed by J. Torres', 'A. Bhattacharya, Privacy Officer': an initial
        (not glued to a word or a label like "Hepatitis B.") before a surname-like word."""
        text = self.text
        if s and (text[s - 1].isalnum() or text[s - 1] in ".-'’"):
            return
        if NOT_INITIAL_BEFORE.search(text, max(0, s - 16), s):
            return
        m = INITIAL_SURNAME.match(text, s)
        W = _whitelist(self.cfg.unknown_words) or frozenset()
        if not m or text[s + 2:s + 3].isupper() and (m.group(1).lower() in W or NOT_INITIALS.match(text, s)):
            return  # "U.S. Coast Guard", "U.K. Biobank", "P.O. Box": an abbreviation, not a person's initials
        if _surname_like(m.group(1), self.cfg.unknown_words) and not BUILDING_AFTER.match(text, m.end()):
            self.add(s, m.end(), 1, 6)

    def mixed_case_line(self, s: int) -> bool:
        """The line around s has lower-case letters (names there are written "Smith", not "SMITH")."""
        start, end = self.text.rfind("\n", max(0, s - 120), s) + 1, self.text.find("\n", s, s + 120)
        return bool(LOWER_LETTER.search(self.text, start or max(0, s - 120), end if end >= 0 else s + 120))

    def personal_word(self, w: str, listed: bool = False) -> bool:
        """A listed first name, or a surname-like word that is no English word ("Hughes", not "Rounds");
        listed: only a word on the name lists."""
        W, low = _whitelist(self.cfg.unknown_words), _ascii(w.lower())
        return _surname_like(w, self.cfg.unknown_words) and (low in self.L["first"] or W is None or low not in W) and (
            not listed or low in self.L["names"])

    def weak_role_before(self, s: int, cues: frozenset = WEAK_ROLE_CUES) -> bool:
        words = self.tl[max(0, s - 16):s].replace("(", " ").replace("-", " ").split()
        return bool(words) and words[-1].strip(",:") in cues

    def role_from_org(self, s: int) -> bool:
        """'Advocate from SACASA, <s>': a role from an organisation right before (the regex only when a
        preposition is near, as the comma before a capital is frequent)."""
        window = self.tl[max(0, s - 80):s]
        return (" from " in window or " at " in window or " with " in window or " of " in window) and bool(
            ROLE_FROM_ORG_BEFORE.search(self.text, max(0, s - 80), s))

    def kin_word_name(self, s: int, seq_end: int) -> bool:
        """'daughter June present', 'son Will is flying in': a listed first name that is also a word or a month,
        capitalised right after a relative's word, is that relative's name (not "June 5", not "June 2026").
        Added alone and carried on only before a person's verb: "in June" elsewhere stays a month."""
        text = self.text
        words = self.tl[max(0, s - 16):s].replace("(", " ").split()
        m = NAME_WORD.match(text, s)
        if not (words and words[-1].rstrip(",:") in KIN_WORDS and m) or text[s - 1] not in " \t(":
            return False  # "daughter June", "daughter, June,", "son (Will)"
        tok, low = m.group(), _ascii(m.group().lower())
        if low not in self.L["first"] or not (low in STOP_SOFT or low in self.L["common"] or self.english_word(tok)):
            return False  # other names take the ordinary path
        if re.match(r"[ \t,]*(?:\d|'?\d\d\b)", text[m.end():m.end() + 4]):
            return False  # "son June 5": a date after all
        self.spans.add(s, m.end(), "NAME", 6)
        self.weak.add(tok)
        if m.end() < seq_end:
            self.add(m.end() + 1, seq_end, 1, 6)  # "wife Hope Okafor": the rest of the name
        return True

    def first_then_surname(self, seq: str) -> bool:
        """'Gene Trotter', 'Dale Yount': a listed first name, then a surname-like word (which no role or English
        word is): a person even when the first name is also a word."""
        words = seq.split()
        first = _ascii(words[0].lower()).split("-") if words else []  # "Tracy-Ann"
        return (len(words) >= 2 and all(p in self.L["first"] for p in first) and not words[-1].isupper()
                and _surname_like(words[-1], self.cfg.unknown_words) and not self.english_word(words[-1]))

    def label_initial(self, s: int, e: int) -> bool:
        """'Signature: T Greenbaum', 'Signed: A de Vos': an initial without a period right after a label."""
        return (self.text[e:e + 1] == " " and self.text[s - 1:s] == " " and WORD_PIECE_RE.match(self.text, s) is not None
                and _cue_before(self.text, s) == "label")

    def english_word(self, w: str) -> bool:
        """A word in Philter's whitelist (English and medical words, person names removed) and on no name list."""
        W = _whitelist(self.cfg.unknown_words)
        parts = _ascii(w.lower()).split("-")  # "Obstetrician-Gynecologist"
        return W is not None and all(p in W and p not in self.L["names"] for p in parts)

    def staff_initials_at(self, s: int) -> bool:
        """'verified by JRT', 'seen by KMW': capitals after "<verb> by" that no vocabulary knows (not ENT, ICU, OT;
        not placeholders such as XYZ) are a person's initials; they are replaced wherever they recur."""
        m = STAFF_INITIALS_AT.match(self.text, s)
        W = _whitelist(self.cfg.unknown_words)
        low = m.group().lower() if m else ""
        if (not m or W is None or low in self.L["words"] or low in "abcdefghijklmnopqrstuvwxyz"
                or m.group() in PLACE_INITIALS
                or low in W and not DOC_BY_BEFORE.search(self.text, max(0, s - 16), s)):
            return False  # (a vocabulary word too, "TMV", after a verb only a person does: "Gross by TMV")
        self.spans.add(s, m.end(), "NAME", 5)
        self.initials.add(m.group())
        return True

    def after_names(self) -> None:
        """What a found name vouches for right after or before it: staff initials ("Ravinder Kaur (RK)",
        "KLW = Kimberly L. Washington") and a nickname in quotes ('Destiny Carmichael ("Dez")')."""
        text = self.text
        ends = {}
        for pri, s, e, t in list(self.spans.items):
            if t == "NAME" and e - s > 2:
                self.name_edges(s, e, pri)
                if s < ends.get(e, e):
                    ends[e] = s  # the longest name ending at e
        for e, s in ends.items():
            after, before = text[e:e + 3], text[max(0, s - 3):s]
            if "(" not in after and '"' not in after and "“" not in after and "'" not in after and "=" not in before:
                continue  # most names: nothing after or before them to check
            words = [w.group().lower() for w in WORD_PIECE_RE.finditer(text, s, e)]
            if not any(_surname_like(w, self.cfg.unknown_words) for w in words) or any(
                    w in self.L["eponyms"] for w in words):
                continue  # "Low Back Pain (LBP)", "Birt Hogg Dube (BHD)": no person's initials
            m = PAREN_INITIALS_AFTER.match(text, e)
            if m and m.group(1) in _initials_of(text[s:e]):
                self.initials.add(m.group(1))
            m = NICKNAME_AFTER.match(text, e)
            if m and not _ascii(m.group(1).lower()) in self.L["common"]:
                self.spans.add(m.start(1), m.end(1), "NAME", 5)
                self.found.add(m.group(1))
                last = m.group(2) and _ascii(m.group(2).lower().rstrip("."))
                if last and (len(last) == 1 or last in self.L["names"] or _surname_like(m.group(2), self.cfg.unknown_words)):
                    self.spans.add(m.start(2), m.end(2), "NAME", 5)  # the middle initial or surname after it
            m = CAPS_NICKNAME_AFTER.match(text, e) if text[s:e].isupper() else None
            if m and _ascii(m.group(1).lower()) in self.L["first"]:
                self.spans.add(m.start(1), m.end(1), "NAME", 5)
            m = NATIVE_SCRIPT_AFTER.match(text, e)
            if m:  # "TAN AH KOW (陈亚九)", "Kim Min-ji (김민지)": the name in its own script
                self.spans.add(m.start(1), m.end(1), "NAME", 5)
            b = INITIALS_DEFINED_BEFORE.search(text, max(0, s - 8), s)
            if b and b.group(1) in _initials_of(text[s:e]):
                self.initials.add(b.group(1))

    def name_edges(self, s: int, e: int, pri: int) -> None:
        """What a found name takes in at its edges: an initial glued before it ("K.Bishop, RN"), an abbreviated
        given name before it ("Mohd. Irfan Ansari", "Md Rafiqul Islam"), and a surname's initial after a lone
        listed first name ("Tom W is the FY1", "tech Yesenia R", "Shawna K-R")."""
        text, start, end = self.text, s, e
        if s >= 2 and text[s - 1] == "." and (m := GLUED_INITIAL_BEFORE.search(text, max(0, s - 3), s)):
            start = m.start()
        elif s >= 3 and text[s - 1] in " \t" and (m := GIVEN_PREFIX_BEFORE.search(text, max(0, s - 8), s)):
            start = m.start()
        if text[e:e + 1] == " " and (m := INITIAL_AFTER.match(text, e)):
            w = _ascii(text[s:e].lower())
            if w in self.L["first"] and w not in self.L["common"]:
                end = m.end()
        if (start, end) != (s, e):
            self.spans.add(start, end, "NAME", pri)

    def handover_initials(self) -> None:
        """'night handover 07:30 - JH to SB': staff initials handing over, on a handover line."""
        text = self.text
        for word in HANDOVER_WORD.finditer(self.tl):
            start, end = text.rfind("\n", 0, word.start()) + 1, text.find("\n", word.end())
            for m in HANDOVER_INITIALS.finditer(text, start, end if end >= 0 else self.n):
                if m.group(1) not in PLACE_INITIALS and m.group(2) not in PLACE_INITIALS:
                    self.initials.update((m.group(1), m.group(2)))

    def after_cue(self, kind: str | None, s: int, low: str, placey: bool) -> None:
        """A name or place right after a context cue ("Patient Name:", "seen by", "lives in")."""
        text, L = self.text, self.L
        if kind == "label":
            m = LABEL_VALUE.match(text, s)
            if m and SPEAKER_LABEL.search(text, max(0, s - 12), s) and " " not in m.group(_first_group(m)).strip():
                m = None  # "Patient: Nope, it's just nausea." is a transcript turn, not a header
            if m and text[max(0, s - 3):s].strip() in ("-", "–") and not DASH_LABEL_BEFORE.search(text, max(0, s - 40), s):
                m = None  # "NOK - Lerato" heads a line; "improved from - Smith" does not
            if m and NOT_PERSON_NAME_LABEL.search(text, max(0, s - 30), s):
                m = None  # "Facility name: Ravensbrook" (the facility label reads it)
            if m:
                a, b = m.start(_first_group(m)), m.end(_first_group(m))
                gap = WIDE_GAP.search(text, a, b)  # "Surname: Okafor   Forename(s): ...": the next field
                b = gap.start() if gap else b
                if not (BUILDING_AFTER.fullmatch(text, max(a, text.rfind(" ", a, b)), b)  # "Contact: Penrose Ward"
                        and _ascii(text[a:b].split()[0].lower()) not in L["first"]):  # (not "Rose House")
                    self.add(a, b, 3, 7)
                    alias = ALIAS_AT_AFTER.match(text, b)
                    if alias:
                        self.add(alias.start(1), alias.end(1), 3, 7)
        elif kind == "pnum":  # two or more capitalised words in brackets after a phone number
            m = NAME_SEQ_RE.match(text, s)
            if (m and TWO_WORD_NAME.match(m.group(1)) and text[m.end(1):m.end(1) + 1] == ")"
                    and not COUNTY_RE.fullmatch(m.group(1))  # "70065 (Jefferson Parish)": a place
                    and all(_name_like(w, 1, L, inner=i > 0) for i, w in enumerate(m.group(1).split()))):
                self.add(m.start(1), m.end(1), 1, 6)
        elif kind == "pat":  # "patient John Smith", "your patient Tomasz Zielinski", not "patient Tylenol"
            m = NAME_SEQ_RE.match(text, s)
            if m and (low in L["names"] and low not in L["common"] or TWO_WORD_NAME.fullmatch(m.group(1))):
                self.add(m.start(1), m.end(1), 1, 5)
        elif kind in ("verb", "rel", "greet", "named"):
            m = NAME_SEQ_RE.match(text, s)
            if kind == "verb" and text[max(0, s - 4):s].rstrip().endswith("by") and self.staff_initials_at(s):
                return
            if m and kind == "rel" and self.kin_word_name(s, m.end(1)):
                return
            first_last = m and self.first_then_surname(m.group(1))  # "director Gene Trotter", "pastor Dale Yount"
            if m and kind in ("verb", "rel") and self.english_word(m.group(1).split()[0]) and not first_last:
                return  # "Consultant Urologist", "referred to Smokefree Baby", "seen by SALT"
            if (m and kind == "rel" and self.weak_role_before(s) and not first_last
                    and not self.personal_word(m.group(1).split()[0], self.weak_role_before(s, FIRM_ROLE_CUES))):
                return  # "SN Scale", "Matron Rounds", "director Co-op Funeralcare"
            if m and kind == "verb" and low in self.L["common"] and OBJ_VERB_BEFORE.search(text, max(0, s - 12), s):
                return  # "updated Daily Values": a common word after "told/asked/updated" is no name
            if m and m.group(1).split()[0].isupper() and (CREDENTIAL_BEFORE.search(text, max(0, s - 10), s)
                                               or kind in ("verb", "rel") and self.mixed_case_line(s)):
                return  # "Ochoa, RN, SANE-A", "HIV by ELISA", "given by IM injection": acronyms, not a name
            if m:
                # "his name was Tanner": the word "name" vouches as a title does (even for an eponym)
                cued = 2 if (kind == "named" and not m.group(1).isupper()
                             and NAME_WORD_BEFORE.search(text, max(0, s - 16), s)) else 1  # not "a gene named FACC"
                if text[m.end(1):m.end(1) + 1].isdigit() or kind == "rel" and "-" in text[s - 3:s] and (
                        FAMILY_DASH_BEFORE.search(text, max(0, s - 12), s)):
                    return  # "a gene named LEMD3", "Contact a Family - Gene Review"
                self.add(m.start(1), m.end(1), cued, 5 if kind == "named" else 6)
        elif kind == "locs":
            self.strong_place(s)
        elif kind in ("locw", "locof") and OF_PLACE_STATE.match(text, s):
            m = OF_PLACE_STATE.match(text, s)
            self.spans.add(m.start(1), m.end(1), "ADDRESS", 6)
        elif kind == "locw":
            m = SUFFIX_PLACE.match(text, s)  # "in Rainier Valley", "near Druids Heath": a place by its last word
            if m and m.group(1).split()[0].lower() not in self.L["common"]:
                self.spans.add(m.start(), m.end(), "ADDRESS", 6)
            elif placey:
                self.listed_place(s)

    def strong_place(self, s: int) -> None:
        """'lives in X', 'moved to X': X is a place even when it is not on the city list."""
        m = None if STATE_NAME_AT.match(self.text, s) else STRONG_PLACE_AT.match(self.text, s)  # "lives in Ohio"
        place = m.group() if m else ""
        first = PLACE_PREFIX.sub("", place).split()[0] if place.strip() else ""
        ok = first and (first.lower() not in self.L["common"] and first.lower() not in STOP or PLACE_PREFIX.match(place))
        if ok and place not in NOT_PLACES and self.text[m.end():m.end() + 1] not in ("'", "’"):  # St. Luke's
            self.spans.add(s, m.end(), "ADDRESS", 4)

    def listed_place(self, s: int) -> None:
        """A known town after 'in', 'near', 'from', 'to', 'at'."""
        text, L = self.text, self.L
        if STATE_NAME_AT.match(text, s):
            return  # "in North Carolina" (not the town Carolina): states are kept
        m = PLACE_AT.match(text, s)
        words = text[max(0, s - 8):s].split()
        prep = words[-1].lower() if words else ""
        # a smaller listed place only where "in/near/from" leaves little else to be ("from Negaunee on weekends")
        place = _trim_place(text, s, m.end(), L, need_list=True, towns=prep in SMALL_PLACE_CUES) if m else None
        if not place:
            return
        if place[0] > s and text[s:place[0]].split()[0] in DIRECTION_WORDS and len(text[s:place[0]].split()) == 1:
            place = (s, place[1])  # "in East San Jose", "from Greater Manchester": a part of the town
        w = text[place[0]:place[1]]
        # after "in"/"near" a known town is a town even if people carry its name ("in Charlotte"); after
        # "from"/"to"/"at" it may be a person ("a call from Madison"): such towns are left to the name rules
        ambiguous = prep in ("from", "to", "at") and (w.lower() in L["first_common"] or w.lower() in L["eponyms"])
        if ambiguous and TRAVEL_BEFORE.search(text, max(0, s - 60), s):
            ambiguous = False  # "flying in from Denver" (not a Denver shunt), "a farmer from Marshall"
        elif w.lower() in L["eponyms"]:
            return
        if INCHES_BEFORE.search(text, max(0, s - 12), s) or text[place[1]:place[1] + 1] in ("'", "’") and (
                _ascii(w.lower()) not in L["cities"] or EPONYM_NEXT.match(text, place[1])):
            return  # "Neck 18 in   Epworth 15/24": inches, then the next column; "from Kaplan's line", "at Palmer's
            # point": a person (a listed town's possessive otherwise stays: "at Tacoma's port")
        if not (w in NOT_PLACES or ambiguous or NEXT_PIECE.match(text, place[1])):
            self.spans.add(place[0], place[1], "ADDRESS", 3)

    def before_cue(self, s: int, e: int, kind: str | None) -> int:
        """A name told by what follows it ("Jane Roe, MD", "Smith is a 45-year-old"); returns the run's end."""
        text, L = self.text, self.L
        seq = NAME_SEQ_RE.match(text, s)
        seq_end = seq.end(1) if seq else e
        more = seq_end < self.n and text[seq_end] in ", \t"  # every cue below starts with a comma or a space
        # "B. Nakamura MD" ending a line: the sequence took the credential in
        caps = seq and CAPS_CRED.search(seq.group(1))  # also "Marcus T. RN   Charge:" (the run went on past RN)
        if more and CRED_TAIL.match(text, seq_end) or caps and (
                caps.group(1) or LINE_END.match(text, seq_end) or WIDE_GAP.match(text, seq_end)):  # "Marcus T. RN   Charge:"
            self.credential_after(s, kind)
        if not more:
            return seq_end
        if text[seq_end] == ",":
            m = LAST_FIRST_CRED.match(text, s)  # "Okoro, Chidi MD"
            if m:
                self.add(m.start(1), m.end(1), 2, 7)
        nxt = text[seq_end:seq_end + 4].lstrip(", \t")[:1]  # the weak cues start with a digit, "(" or a capital
        if nxt and (nxt.isdigit() or nxt == "(" or nxt.isupper()) and PERSON_TAIL.match(text, seq_end):
            self.person_before(s, seq_end)
        elif text[seq_end] == "," and nxt.isupper():
            m = LAST_FIRST_AT.match(text, s)  # "Tasi'ilima, Losa 54F"
            if m and PERSON_TAIL.match(text, m.end(1)):
                self.person_before(s, m.end(1))
        if AGE_TAIL.match(text, seq_end):
            m = AGE_AFTER_RE.match(text, s)
            if m:
                self.add(m.start(1), m.end(1), 1, 6)
        return seq_end

    def person_before(self, s: int, end: int) -> None:
        """A name told by weak evidence after it (an age-sex token, a role): one of its words must be a listed
        name that is no common word, or a word no vocabulary knows ("1 Okafor 71M", "Wolf (RN)")."""
        words = [m.group() for m in WORD_PIECE_RE.finditer(self.text, s, end)]
        if any(_surname_like(w, self.cfg.unknown_words) for w in words) and not BUILDING_AFTER.match(self.text, end):
            self.add(s, end, 1, 6)
        elif DOTTED_INITIALS.fullmatch(self.text, s, end) and AGE_SEX_AFTER.match(self.text, end):
            self.spans.add(s, end, "NAME", 6)  # a patient's initials: "Pt J.S., 45M"

    def credential_after(self, s: int, kind: str | None) -> None:
        """'Jane Roe, MD', 'JOHN SMITH, MD' (not 'Baltimore, MD')."""
        text, L = self.text, self.L
        m = CREDENTIAL_RE.match(text, s)
        if m and m.group(1).isupper() and not any(_ascii(w.lower()) in L["names"] for w in re.split(r"[ \t-]+", m.group(1))) \
                and not CAPS_MIDDLE_INITIAL.search(m.group(1)):
            m = None  # "CBC, PT, PTT": acronyms before a credential-like word (not "ADEBAYO-FORD", "TUNDE A. OYE")
        state_like = m and m.group(0)[m.end(1) - m.start():].strip(" \t,.").replace(".", "") in STATE_TOKENS
        if m and not (PLACE_PREFIX.match(m.group(1)) or m.group(1).lower() in L["cities"]
                      or kind in ("locw", "locof") and state_like):
            self.add(m.start(1), m.end(1), 3, 7)

    def from_lists(self, s: int, e: int, low: str) -> None:
        """'Maria Lopez', 'Lopez, Maria' from the first-name and surname lists, without a cue."""
        text, L = self.text, self.L
        F, La, C = L["first"], L["last"], L["common"]
        if low in F:
            m = FIRST_LAST_RE.match(text, s)
            if m:
                f, last = _ascii(m.group(1).lower()), _ascii(m.group(3).lower())
                if (f not in C and f not in STOP and f not in L["eponyms"] and f not in ROYAL and last in La
                        and m.group(1) not in TOWN_PREFIXES  # "Fort William", "Port Isabel": a town
                        and last not in STOP_HARD
                        and last not in L["hard_eponyms"] and last not in BUILDING_HEADS
                        and not EPONYM_NEXT.match(text, m.end())):
                    self.add(m.start(), m.end(), 1, 4)
        if low in La and e < self.n and text[e] == ",":
            m = LAST_COMMA_FIRST_RE.match(text, s)
            if m:
                last, f = _ascii(m.group(1).lower()), _ascii(m.group(2).lower())
                # "DOE, Hope", "KOWALCZYK, Summer": a surname in capitals, then a given name, is a name even when
                # the given name is a word
                caps_surname = m.group(1).isupper() and len(m.group(1)) > 2 and not m.group(2).isupper()
                if (f in F and last not in C and (f not in C or caps_surname) and last not in STOP_HARD and f not in STOP
                        and last not in L["hard_eponyms"] and not (m.group(2).isupper() and len(m.group(2)) <= 2)
                        and not (last in L["cities"] and f in L["cities"])):  # "Camden, London"
                    self.add(m.start(), m.end(), 1, 4)

    def lower_case_names(self) -> None:
        """Transcripts in lower case: "good morning, mrs. kowalczyk", "hi , martha .", initials of typists."""
        text, L = self.text, self.L
        first = LOWER_CUE_START.match(text)
        for m in ([first] if first else []) + list(LOWER_CUE.finditer(text)):
            if m.start() and text[m.start()].isalpha():
                continue  # "poison ivy" is not "son Ivy"
            g = "tname" if m.group("title") else "gname"
            words = m.group(g).split()
            W = _whitelist(self.cfg.unknown_words) or frozenset()
            bad = (lambda x: x in L["eponyms"]) if g == "tname" else (  # a first name, then surnames no word is
                lambda x: x not in L["names"] or x in W if keep else x not in L["first"])  # not "hey sean nice"
            keep = 0
            while keep < len(words) and not (words[keep] in STOP or words[keep] in L["common"] or bad(words[keep])) \
                    or not keep and words and self.lower_word_name(m.start(g), words[0], g == "tname", W):
                if not words[keep].endswith("."):  # an initial ("dr. k. fitzgerald") is kept, not propagated
                    self.found.add(words[keep].capitalize())
                    self.found_lower.add(words[keep])
                keep += 1  # "doctor amara okafor", not "dr okafor at"
            if keep:
                s = m.start(g)
                self.spans.add(s, s + len(" ".join(words[:keep])) if keep > 1 else s + len(words[0]), "NAME", 6)
        lower_label = any(w in text for w in ("pt:", "pt :", "patient:", "name:", "client:", "resident:"))
        for m in LOWER_LAST_FIRST.finditer(text) if lower_label else ():
            self.lower_last_first(m.start(1), m.group(1))
        tl = self.tl
        if " md" in text or " ms3" in text or " rn" in text or " np" in text:
            for m in LOWER_INITIALS_NAME.finditer(text):
                self.spans.add(m.start(1), m.end(1), "NAME", 6)
        if "transcribed" in tl or "typed" in tl or "dictated" in tl or "entered" in tl or "dt:" in tl:
            for m in INITIALS_RE.finditer(text):
                self.spans.add(m.start(1), m.end(1), "NAME", 6)
            for m in TYPED_INITIALS.finditer(tl):  # "Dictated 17/11, typed ml/dg." (lower-cased: a fast scan)
                self.spans.add(m.start(1), m.end(1), "NAME", 6)
                self.spans.add(m.start(2), m.end(2), "NAME", 6)
            for m in TYPIST_INITIALS.finditer(text):  # "JOB#: 449821 /kmt", "ABC/xyz" closing a dictation
                b = TYPIST_BEFORE.search(text, max(0, m.start() - 5), m.start())
                if b:
                    self.spans.add(m.start(1), m.end(1), "NAME", 6)
                    if b.group(1):
                        self.spans.add(b.start(1), b.end(1), "NAME", 6)

    def lower_word_name(self, s: int, w: str, titled: bool, W) -> bool:
        """A lower-case word after a title or a relative's word that the list test refuses: a word no vocabulary
        knows ("thanks nkechi"), a listed first name that is a word before a person's verb ("husband mark called"),
        a listed surname that is a word closing a phrase after a title ("(dr sheets)")."""
        L, e = self.L, s + len(w)
        before = self.tl[max(0, s - 12):s].replace("(", " ").replace(":", " ").split()
        kin = bool(before) and before[-1] in KIN_WORDS
        if (w in STOP or len(w) < 3 or w in KIN_WORDS or w in RELATION_WORDS or w in L["eponyms"]
                or w in ("baby", "infant", "patient")):
            return False
        if w not in W and w not in L["words"] and w not in L["common"] and not _inflected(w, W):
            # (Philter's whitelist has no names, so "dragon" of "hey , dragon , show me" is unknown to it too: after
            # a greeting, only a word that closes the line or quote, as a signature does)
            return bool(W) and (titled or kin or re.match(r"[ \t]*(?:$|[\"”])", self.text[e:e + 2], re.M) is not None)
        if titled:  # an abbreviated title ("my old doctor knows." is no Dr. Knows)
            return (w in L["last"] and before[-1:] in (["dr"], ["dr."], ["mr"], ["mrs"], ["ms"])
                    and re.match(r"[ \t]*[).,;]", self.text[e:e + 2]) is not None)
        return w in L["first"] and PERSON_VERB_AFTER.match(self.text, e) is not None

    def lower_last_first(self, s: int, value: str) -> None:
        """'pt: jean-baptiste, marie-claude': each word no vocabulary word, one of them on the name lists; a third
        word that fails is left out ("pt: diaz, rosa seen ...")."""
        L = self.L
        words = value.replace(",", " ").split()
        ok = [all(p not in STOP and p not in L["common"] and p not in L["words"]
                  for p in re.split(r"[-'’]", _ascii(w)) if len(p) > 2) for w in words]  # not "le" of "le-fevre"
        if not (ok[0] and ok[1]) or not any(_ascii(p) in L["names"] for w in words[:2] for p in w.split("-")):
            return
        end = s + len(value) if all(ok) else s + value.rindex(words[1]) + len(words[1])
        self.spans.add(s, end, "NAME", 6)

    def lower_staff_initials(self) -> None:
        """'Collected by: tmk', 'received 25/11 11:04 by jw': lower-case initials after a verb of handling that
        no vocabulary knows; replaced wherever they recur."""
        text, W = self.text, _whitelist(self.cfg.unknown_words)
        for m in BY_LOWER_INITIALS.finditer(self.tl) if W is not None and " by" in self.tl else ():
            ini = text[m.start(1):m.end(1)]
            if m.start() and self.tl[m.start() - 1].isalnum() or not ini.islower() or ini in W \
                    or ini in self.L["words"] or ini in self.L["common"]:
                continue
            v = BY_VERB_BEFORE.search(self.tl, max(0, m.start() - 30), m.start())
            if v and v.group(1) in BY_VERBS and self.signing_initials(ini):
                self.spans.add(m.start(1), m.end(1), "NAME", 5)

    def form_name_fields(self) -> None:
        """'Last: OKAFOR   First: CHIDINMA   MI: R': a form's name fields, two or more on a line (a lone "First:"
        opens a list)."""
        fields = list(FORM_NAME_FIELD.finditer(self.text))
        for m in fields:
            line = (self.text.rfind("\n", 0, m.start()), self.text.find("\n", m.start()))
            if sum(1 for f in fields if line[0] < f.start() and (line[1] < 0 or f.start() < line[1])) >= 2:
                if m.group(1).lower() not in STOP and m.group(1).lower() not in self.L["common"]:
                    self.spans.add(m.start(1), m.end(1), "NAME", 7)

    def stamp_initials(self) -> None:
        """Initials in a revision stamp ("(rev. 2, 12/01, mkp)", "v4 (RB 24/11)") and a letter's reference
        ("Our ref: QEH 0811234/JMcK/lt": the author's, then the typist's), when no vocabulary knows them."""
        text, tl = self.text, self.tl
        if "ref" in tl:  # the reference's place vouches for them, even for "lt", "ms"; the number before them is
            W = _whitelist(self.cfg.unknown_words) or frozenset()
            for m in LETTER_REF_INITIALS.finditer(text):  # an [ID] of its own (above the cue's one for all three)
                if m.group(2).lower() in W or m.group(2).lower() in self.L["words"]:
                    continue  # "ref: ACE/ARB/dm": vocabulary, not an author
                self.spans.add(m.start(2), m.end(2), "NAME", 9)
                self.spans.add(m.start(3), m.end(3), "NAME", 9)
                if m.group(1) and any(c.isdigit() for c in m.group(1)):
                    self.spans.add(m.start(1), m.end(1), "ID", 9)
        found = []
        p = text.find("(")
        while p >= 0:
            m = STAMP_INITIALS.match(text, p)
            if m and (m.group(1) or VERSION_BEFORE.search(text, max(0, p - 14), p)):
                found.append((m, 2) if m.group(2) else (m, 3))
            p = text.find("(", p + 1)
        for m, g in found:
            ini = m.group(g)
            if ini and ini.lower() not in self.L["words"] and ini.lower() not in STOP and ini not in PLACE_INITIALS:
                self.spans.add(m.start(g), m.end(g), "NAME", 5)

    def table_names(self) -> None:
        """'Last, First' alone in a table cell or before an age: "| Iyer, Karthik |", "Abramowicz, Zofia | 96 y/o F"."""
        for m in TABLE_NAME.finditer(self.text):
            words = re.split(r",?[ \t]+", m.group(1))
            if all(_name_like(w, 1, self.L, inner=True) and _ascii(w.lower()) not in self.L["common"] for w in words):
                self.add(m.start(1), m.end(1), 1, 5)

    def name_columns(self) -> None:
        """A column of a pipe table (a rota, a staff list) where most cells already hold names: its other cells
        that read as names are names too ("| Okafor, Chidi x4471 | Brennan |" under a column of surnames)."""
        text, L = self.text, self.L
        starts = [s for _, s, _, t in self.spans.items if t == "NAME"]
        for rows in _pipe_tables(text):
            for col in zip(*rows):
                cells = [(c, [NAME_CELL.match(text, a, b) for a, b in _cell_parts(text, *c)]) for c in col]
                named = sum(1 for (cs, ce), ms in cells if any(cs <= s < ce for s in starts)
                            or ms[0] and WORD_PIECE_RE.match(ms[0].group(1)).group() in self.found)
                if named < 2 or 2 * named < len(col) - 1:  # (the header cell is no name)
                    continue
                for m in (m for _, ms in cells[1:] for m in ms if m):  # not the header ("| Staff")
                    words = re.split(r",?[ \t]+", m.group(1))
                    if all(_name_like(w, 1, L, inner=True) and w.lower() not in STOP and (
                            _ascii(w.lower()) not in L["common"] or _ascii(w.lower()) in L["names"]) for w in words):
                        self.add(m.start(1), m.end(1), 1, 5)  # (its words carried to other mentions)
                        self.spans.add(m.start(1), m.end(1), "NAME", 5)  # whole, whatever add() trims: "Lindqvist, M"

    def sign_off(self) -> None:
        """A first name alone on one of the last lines is a signature ("Thanks,\n- Nina"); initials after a dash
        closing an entry, or with a role in brackets, sign it ("- tk", "-- KO / cosigned", "KB (HCA) / JW")."""
        text = self.text
        if "-" in text or "—" in text or "–" in text:
            ends = [e.start() for e in ENTRY_END.finditer(text)] + [len(text.rstrip())]
            if "sign" in self.tl:
                ends += [e.start() for e in COSIGN_AFTER.finditer(text)]
            for p in ends:
                m = SIGN_INITIALS.search(text, max(0, p - 10), p)
                if not m or m.start() and not SIGN_DASH_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                    continue
                line = text.rfind("\n", 0, m.start(1))
                prev = text[text.rfind("\n", 0, max(0, line)) + 1:line].lstrip() if line > 0 else ""
                if not prev.startswith(("-", "–", "—", "*", "•")) and self.signing_initials(m.group(1)):
                    self.spans.add(m.start(1), m.end(1), "NAME", 5)  # "LM. -jl" (a recurrence needs no dash)
        signing_role = "rph" in self.tl or "tech" in self.tl or "pharmacist" in self.tl
        for m in ROLE_INITIALS_END.finditer(text) if signing_role else ():
            if self.signing_initials(m.group(1)):
                self.spans.add(m.start(1), m.end(1), "NAME", 5)
        if "(" in text:
            for m in NOTE_INITIALS.finditer(text):  # "Comment (TM): ...", "Addendum (JRS):"
                if NOTE_WORD_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                    self.signing_initials(m.group(1))
            for m in ROLE_IN_PAREN.finditer(text):
                b = INITIALS_BEFORE_ROLE.search(text, max(0, m.start() - 6), m.start())
                if b:
                    self.signing_initials(b.group(1))
                    c = COSIGNER_AFTER.match(text, m.end())
                    if c:
                        self.signing_initials(c.group(1))
        for m in SIGN_OFF.finditer(self.text, max(0, self.n - 160)):
            w = m.group(1).lower()
            if w in self.L["first"] and w not in self.L["common"] and w not in STOP:
                self.spans.add(m.start(1), m.end(1), "NAME", 5)
                self.found.add(m.group(1))

    def quoted_names(self) -> None:
        """'grandson "Lil Man"', '(pref. "Billy")', 'neighbour "Mr. G"' (see QUOTED_CAPS)."""
        text = self.text
        for m in QUOTED_CAPS.finditer(text):
            s = m.start()
            t = TITLE_INITIAL_QUOTED.fullmatch(text, m.start(1), m.end(1))
            if t:
                self.spans.add(t.start(1), t.end(1), "NAME", 7)
                continue
            words = self.tl[max(0, s - 16):s].split()
            if words and words[-1] in KIN_WORDS or PREFERRED_BEFORE.search(text, max(0, s - 24), s):
                self.spans.add(m.start(1), m.end(1), "NAME", 6)

    def place_heads(self) -> None:
        """'Rainier Valley', 'Parnell Square', 'Canterbury Place': no person (see PLACE_HEADS), but a place."""
        text = self.text
        for head in PLACE_HEAD_WORDS:  # each head word found with str.find (most notes have none)
            for i, j in self.mentions(head, text):
                b = PLACE_HEAD_BEFORE.search(text, max(0, i - 41), i - 1) if text[i - 1:i] in (" ", "\t") else None
                first = _ascii(b.group(1).lower()) if b else "the"
                if first not in self.L["common"] and first not in STOP:
                    self.spans.add(b.start(), j, "FACILITY" if head in ("Place", "Gardens") else "ADDRESS", 1)

    def signing_initials(self, ini: str) -> bool:
        """Staff initials, replaced wherever they recur (not a unit or role: "ED", "HCA"; not "ok", "no")."""
        low = ini.lower()
        if ini.upper() not in PLACE_INITIALS and low not in NOT_SIGN_INITIALS and not (
                ini.islower() and (low in STOP or len(ini) == 3 and low in self.L["common"])):
            self.initials.add(ini)
            return True
        return False

    def unknown_names(self, mode: str) -> None:
        """Philter's idea: a capitalised word that no English or medical word list knows is a name, whatever
        its context ("Oduya", "Achebe", "Quang"); listed names right next to it join it ("Heather Oduya").
        Lowest priority: every cue-, list- or facility-based span wins over it."""
        text, L = self.text, self.L
        unknown = {tok: lv for tok in set(self.toks) if (lv := _unknown_word(tok, mode))}  # most notes: none
        if not unknown:
            return
        self.accepted: set[str] = set()  # words this rule took as names, for joined_to_name
        toks = list(_cap_tokens(text, self.toks))
        for i, (s, e, tok) in enumerate(toks):
            level = unknown.get(tok, 0)
            if not level:
                continue
            if tok.endswith(("'s", "’s")):
                e -= 2
            # a word on no list at all ("Oncotype", "Mircera"), or only on the long tail of the surname lists
            # (where instrument and test eponyms hide: "Kling", "Wechsler", "Kitner") is a name only next to a
            # listed name word, or before a verb only people do ("Oduya agrees", "Oduya, however, declined")
            key = _ascii(tok[:-2] if tok.endswith(("'s", "’s")) else tok).lower()
            rare = level == 2 and key not in L["first"] and key not in L["frequent"]
            if (level == 1 or rare) and not (any(0 <= k < len(toks) and _neighbour_name(toks[k][2], L)
                                       and (text[toks[k][1]:s] == " " if k < i else text[e:toks[k][0]] == " ")
                                       for k in (i - 1, i + 1))
                                   or PERSON_VERB_AFTER.match(text, e)
                                   or self.joined_to_name(toks, i)):
                continue
            if text[e:e + 1] == "_" or s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue  # "Guest_family:", "mL"
            if (EPONYM_NEXT.match(text, e) or PRODUCT_AFTER.match(text, e) or TOOL_AFTER.match(text, e)
                    or NOT_PERSON_AFTER.match(text, e) or PRODUCT_BEFORE.search(text, max(0, s - 24), s)):
                continue  # "Harvey-Bradshaw index", "Entresto 24/26 mg", "Westcott scissors", "the Dexcom",
                # "Charnwood Ward", "Fitzpatrick II"
            if TURN_WORD_AFTER.match(text, e) and TURN_START.search(text, max(0, s - 24), s):
                continue  # a word opening a dialogue turn: "Patient: Pardon?", "Doctor: Lemme take a look"
            a, j = s, i
            while j > 0 and _neighbour_name(toks[j - 1][2], L) and text[toks[j - 1][1]:a] == " ":
                j -= 1
                a = toks[j][0]
            b, j = e, i
            while (j + 1 < len(toks) and _neighbour_name(toks[j + 1][2], L) and text[b:toks[j + 1][0]] == " "
                   and toks[j + 1][2].lower() not in BUILDING_HEADS):  # "Edward Thomas House": a head ends it
                j += 1
                b = toks[j][1]
            if b > e and NOT_PERSON_AFTER.match(text, b):
                self.institution(a, b)
                continue  # "Kane Glen Hazel Ward", "Edward Thomas House"
            if b - a > e - s and _ascii(text[a:b].lower()) in L["cities"]:
                continue  # "La Grange", "Pine Mountain": a town of several words
            before = text[max(0, a - 12):a]
            care = ("t " in before or "t. " in before or "Saint" in before) and tok[-2:] not in ("'s", "’s") and (
                PLACE_OF_CARE_BEFORE.search(text, max(0, a - 12), a))  # "at ", "St. ": a cheap test first
            if care and care.group(1) and "saint " + _ascii(text[a:b].lower()) in L["cities"]:
                care = None  # "St. Paul", "St. John": a town
            if care:  # "seen at Mercy", "referred by St. Alphonsus": a place of care
                self.spans.add(care.start(1) if care.group(1) else a, b, "FACILITY", 1)
                continue
            if text[a:b].split()[0] in TOWN_PREFIXES:  # "Port Hedland", "Mount Druitt", "Fort William": a town
                if b - a > len(text[a:b].split()[0]):  # (the word alone, "(Fort Washakie)", is no name either)
                    self.spans.add(a, b, "ADDRESS", 1)
                continue
            if a == s and i and toks[i - 1][2] in TOWN_PREFIXES and text[toks[i - 1][1]:s] == " ":
                self.spans.add(toks[i - 1][0], b, "ADDRESS", 1)
                continue
            if text[b:b + 1] == " " and (FACILITY_HEAD_AT.match(text, b + 1) or MEDICAL_AFTER.match(text, b)):
                continue  # "Mudgee Family Medical", "Olentangy Clinic": the facility rules take it
            if INSURER_LABEL_BEFORE.search(text, max(0, a - 20), a):
                continue  # "Payer: Humana Gold Plus": an insurer
            if UNKNOWN_PLACE_BEFORE.search(text, max(0, a - 32), a) or UNKNOWN_PLACE_AFTER.match(text, b):
                self.spans.add(a, b, "ADDRESS", 1)  # "a church in Tolsby", "ferried from Ardnish", "Vasca, WI"
                continue
            self.spans.add(a, b, "NAME", 1)
            self.accepted.add(text[s:e])
            for w in (text[a:s] + " " + text[e:b]).split():
                self.weak.add(w)  # "Hope" of "Hope Nakashima": a name again before a person's verb ("Hope advised")
            if level == 1 and e - s > 3:
                self.found.add(text[s:e])  # carried to its other mentions, ALL-CAPS ones included

    def institution(self, a: int, b: int) -> None:
        """'Edward Thomas House', 'Frederick Douglass High School': no person, but an institution named after one
        ([FACILITY], lowest priority: the facility rules' span wins)."""
        m = BUILDING_AFTER.match(self.text, b)
        if m and m.group().split()[-1].lower() in PERSON_INSTITUTION_HEADS:
            self.spans.add(a, m.end(), "FACILITY", 1)

    def joined_to_name(self, toks: list, i: int) -> bool:
        """'from Kwabena to Oluwadamilare', 'Okafor and Oyelaran': joined to a name found by another rule; or
        'Oyelaran, Tunde': a listed first name after a comma."""
        text, s, e = self.text, toks[i][0], toks[i][1]
        if i + 1 < len(toks) and text[e:toks[i + 1][0]] == ", ":
            nxt = _ascii(toks[i + 1][2].lower())
            if nxt in self.L["first"] and nxt not in self.L["common"] and nxt not in STOP:
                return True
        m = JOINED_BEFORE.search(text, max(0, s - 40), s)
        return bool(m and (m.group(1) in self.found or m.group(1) in self.accepted))

    def lower_unknown_names(self, mode: str) -> None:
        """In a note written all in lower case, a frequent first name or surname that is no English or medical word
        ("carolyn", "gutierrez") is a name too; a rarer listed name or a word on no list only in a person's context
        ("amankwah agrees", "j. amankwah", "okonkwo to delacroix" once okonkwo is known)."""
        text = self.text
        taken: set[str] = set()
        for m in LOWER_WORD.finditer(text):
            s, e = m.span()
            level = _unknown_word("-".join(p.capitalize() for p in m.group().split("-")), mode) if e - s >= 4 else 0
            if not level or (EPONYM_NEXT.match(text, e) or PRODUCT_AFTER.match(text, e) or TOOL_AFTER.match(text, e)
                             or PRODUCT_BEFORE.search(text, max(0, s - 24), s)):
                continue
            initial = LOWER_INITIAL_BEFORE.search(text, max(0, s - 4), s)
            if level == 1 or m.group() not in self.L["frequent"]:  # "dragon", "mess", "trim" are surnames too
                joined = LOWER_JOINED_BEFORE.search(text, max(0, s - 30), s)
                if not (PERSON_VERB_AFTER.match(text, e) or initial or joined and joined.group(1) in taken
                        or LOWER_AGE_SEX_AFTER.match(text, e)  # "al-sayed, omar 67m" in a handover list
                        or LOWER_HANDOVER_BEFORE.search(text, max(0, s - 60), s)):  # "sign out -- okonkwo to ..."
                    continue
            taken.add(m.group())
            self.spans.add(initial.start() if initial else s, e, "NAME", 1)  # "j. amankwah": the initial too
        for m in LOWER_O_NAME.finditer(text):  # "declan o'sullivan": the Irish prefix makes it a name
            first = m.group(1)
            ok = first and first in self.L["first"] and first not in self.L["common"] and first not in STOP
            self.spans.add(m.start(1) if ok else m.start(2), m.end(2), "NAME", 1)

    def propagate(self) -> None:
        """A name part found once is a name wherever it recurs in this document."""
        text, tl, n = self.text, self.tl, self.n
        add = lambda i, j: self.spans.add(i, j, "NAME", 3)  # noqa: E731
        for s, e, tok in _cap_tokens(text, self.toks):
            key = tok[:-2] if tok.endswith(("'s", "’s")) else tok
            if key in self.found:
                if not EPONYM_NEXT.match(text, s + len(key)) and not text[e:e + 1].isdigit():  # not "SYNE1"
                    add(s, s + len(key))
            elif key in self.weak and (PERSON_VERB_AFTER.match(text, s + len(key)) or FAMILY_AFTER.match(text, e)):
                add(s, s + len(key))  # "Lisa Major ... Major says", "Gerald Fox ... Fox family notified"
        # other-case repeats ("SMITH" of "Smith", "Davies" of "DAVIES, Glenys") of names that are not common
        # words, and lower-case ones ("martha") in transcripts written in lower case (elsewhere "poison ivy" is not Ivy)
        # in other notes too when no vocabulary knows the word and a word of a person stands next to it (names removed
        # from the vocabulary are words too: "frost on the car park"): a chat's "pt wojcik", "its nadeem", "erik will"
        lower_doc, W = _lower_case_doc(text), _whitelist(self.cfg.unknown_words)
        for p in self.found:
            lp = p.lower()
            if len(p) <= 3 or lp in self.L["common"]:
                continue
            a = _ascii(lp)
            lower_ok = lower_doc or W is not None and a not in W and a not in self.L["words"] and a not in self.L["cities"]
            i = tl.find(lp)
            while i >= 0:
                j = i + len(lp)
                if (i == 0 or not (tl[i - 1].isalpha() or tl[i - 1] in "-'’")) and (
                        j >= n or not (tl[j].isalpha() or tl[j] in "-")):
                    if (text[i].isupper() or lower_doc or lower_ok and (
                            LOWER_PERSON_BEFORE.search(tl, max(0, i - 8), i) or LOWER_PERSON_AFTER.match(tl, j))) \
                            and not EPONYM_NEXT.match(text, j):
                        self.spans.add(i, j, "NAME", 2)
                i = tl.find(lp, j)
        for w in self.found_lower:  # "brother kevin ... asked staff not to let kevin back"
            for i, j in self.mentions(w, text) if len(w) > 3 else ():  # not "hi , doc"
                self.spans.add(i, j, "NAME", 3)
        for ini in self.initials:  # "Ravinder Kaur (RK) ... - RK"
            for i, j in self.mentions(ini, text):
                self.spans.add(i, j, "NAME", 3)

    def mentions(self, w: str, hay: str | None = None):
        """(start, end) of each whole-word occurrence of w in hay (the lower-cased text by default)."""
        hay, n = self.tl if hay is None else hay, self.n
        i = hay.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not (hay[i - 1].isalnum() or hay[i - 1] in "-'’")) and (
                    j >= n or not (hay[j].isalnum() or hay[j] in "-")):
                yield i, j
            i = hay.find(w, j)


# lower-case staff initials after a verb of handling ("Collected by: tmk", "received 11:04 by jw"); the verb is
# checked on the word before "by" (a literal first word scans fast), not a lower-case word after ("by mouth daily")
BY_LOWER_INITIALS = re.compile(r"by[ \t]*:?[ \t]*([a-z]{2,3})(?![\w'’/@.-]|[ \t]+[a-z])")
BY_VERB_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:[\d/:. \t-]{0,20}[ \t])?$")  # "received 25/11 11:04 by"
BY_VERBS = frozenset(_BY_VERBS)
NAME_WORD = re.compile(rf"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le)?[{UP}][{LO}]+")  # not "PharmD", "WhatsApp", "I'm"
PRODUCT_AFTER = re.compile(  # drugs and devices that no word list has yet: a dose, a form or a mark after them
    r"(?:[®™]|[ \t]*\([ \t]*\d|[ \t]+\d[\d.,/]*[ \t]*(?:mg|mcg|µg|g|ml|mL|units?|%|tabs?|caps?|puffs?|sprays?|drops?)\b"
    r"|[ \t]+(?:XR|ER|SR|XL|CR|LA|DR|ODT|HCT|tablets?|capsules?|injections?|cream|ointment|gel|patch|inhaler|pen|"
    r"solution|suspension|sensor|device|pump|implant|monitor|test|assay|score|kit)\b)"
)
TOOL_AFTER = re.compile(  # instruments, findings and measures named after people ("Caspar retractors", "Barlow negative")
    r"(?:['’]s)?[ \t]+(?:scissors|retractors?|drills?|thickness|negative|positive|mechanism|dynamometry|dynamometer|"
    r"holes?|drains?|products?|code|grading|staging|stage|level|maneuvers?|manoeuvres?|elevators?|rongeurs?|clamps?|"
    r"forceps|dilators?|pins?|clips?|splints?|punch(?:es)?|spatula|sheaths?|grafts?|traps?|block|protocol|"
    r"histology|method|tests?|complex|scales?|shunts?|cannulas?|dressings?|bars?|sutures?|plates?|osteotomy|"
    r"blunt|dissectors?|gags?|hooks?|curettes?|osteotomes?|valves?|catheters?|tubes?|stents?|wires?|needles?|"
    r"knots?|stitch(?:es)?|incisions?|approach|technique|procedure|repair|operation|classification|criteria|"
    r"system|visual|fascia|canal|triangle|space|line|ring|membrane|gland|cyst|ducts?|nodes?|cells?|bodies|"
    r"reflex|sign|instrumentation|lens|implant|shaver|suction|scope|stand|arm|vessel|frame|position|gait)\b"
)
PRODUCT_BEFORE = re.compile(  # ... or a verb of prescribing, or an article (a person is rarely "the Quang")
    r"(?i:\b(?:start(?:ed|ing)?|on|tak(?:e|es|ing)|continu(?:e|ed|ing)|resum(?:e|ed)|restart(?:ed)?|stop(?:ped)?|"
    r"hold|held|discontinu(?:e|ed)|increas(?:e|ed)|decreas(?:e|ed)|prescribed|switch(?:ed)?[ \t]+to|dose[ \t]+of|"
    r"trial[ \t]+of|course[ \t]+of|us(?:e|es|ed|ing)|via|the|a|an|this|that|our|your|"
    r"(?:tab|tabs|cap|caps|inj|syp|syr|susp|oint)\.?|tablet|capsule|injection|syrup|"  # "Tab. Telma 40", "Inj. Monocef"
    + "|".join(sorted(CAR_MAKES)) + r"))[ \t]+$"  # "his Toyota Sienna": a car model
)


@functools.lru_cache(maxsize=1 << 18)
def _unknown_word(tok: str, mode: str) -> int:
    """0: a known word; 1: a capitalised token (or every hyphen part of it) that no list knows: not in Philter's
    whitelist (nor an inflection of a word in it), the common medical words, eponyms, towns or function words;
    2: such a token that is also on the name lists ("Achebe", "Minh"). Hyphen parts may be listed names that
    are also words ("Chen-Whitaker") if one part is unknown."""
    W, L = _whitelist(mode), _lists()
    key = tok[:-2] if tok.endswith(("'s", "’s")) else tok
    parts = key.split("-")
    if W is None or len(key) < 3 or not all(NAME_WORD.fullmatch(p) for p in parts):
        return 0
    unknown, listed = False, False
    for p in parts:
        low = _ascii(p.lower()).replace("’", "'")
        if low in PARTICLES and len(parts) > 1:
            continue  # "Al-Sayed", "El-Amin"
        if low in STOP or low in L["common"] or low in L["eponyms"] or low in L["cities"] or low in L["words"]:
            return 0
        listed = listed or low in L["names"]
        if low not in W and not _inflected(low, W):
            unknown = True
        elif len(parts) == 1 or low not in L["names"]:
            return 0
    return (2 if listed else 1) if unknown else 0


def _inflected(low: str, W: frozenset) -> bool:
    """'reconciled', 'pronouns', 'endoscopist': a whitelisted word plus an ending."""
    for suffix in ("s", "es", "ed", "d", "ing", "er", "ers", "ist", "ists", "ly"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)]
            if stem in W or stem + "e" in W or stem + "y" in W:
                return True
    return False


def _neighbour_name(tok: str, L) -> bool:
    """A listed name word next to an unknown-word name joins it, even a common word ("Heather", "Rose")."""
    low = _ascii(tok.lower())
    return (len(tok) > 1 and not tok.isupper() and low in L["names"] and low not in STOP_HARD
            and low not in L["hard_eponyms"] and low not in CAR_MAKES)  # "his Toyota Sienna"


TURN_START = re.compile(r"(?:^|\n)[ \t]*(?:\[\w+\]|[A-Za-z]+(?:_[a-z]+)?[ \t]*:)[ \t]*$")  # "Patient: ", "[doctor] "
TURN_WORD_AFTER = re.compile(r"[.,!?]|[ \t]+[a-z]")  # an interjection or a verb after it, not a vocative name
TYPIST_INITIALS = re.compile(  # found from the "/" (a literal first character scans fast)
    r"(?m)/(?!(?:day|dose|hrs?|min|wk|week|mo|yr|kg|dl|ml|mmol|mcg|mg|hpf)\b)([a-z]{2,4}|[A-Z]{2,4})[ \t]*$")
TYPIST_BEFORE = re.compile(r"(?<![\w/])([A-Z]{2,4})$|[ \t]$")  # "JRS/kmt" or " /kmt"
LOWER_AGE_SEX_AFTER = re.compile(r"(?:,[ \t]+[a-z]+)?,?[ \t]+\d{1,3}[ \t]?(?:m|f|yo[mf]?|y/o)\b")
LOWER_HANDOVER_BEFORE = re.compile(r"(?:hand[ -]?over|hand[ -]?off|sign[ -]?out)\b[^\n]{0,40}?[-–:][ \t]*$")
LOWER_O_NAME = re.compile(r"(?<![\w'’])(?:([a-z]{3,})[ \t]+)?(o['’](?!clock)[a-z]{3,})\b")
LOWER_JOINED_BEFORE = re.compile(r"([a-z]+)[ \t]*(?:,|/|&|[ \t]+(?:and|or|to|vs\.?))[ \t]+$")
LOWER_INITIAL_BEFORE = re.compile(r"(?<![\w.])[a-z]\.[ \t]*$")
JOINED_BEFORE = re.compile(rf"([{UP}][{LO}]+)[ \t]*(?:,|/|&|,?[ \t]+(?:and|or|to|vs\.?))[ \t]+$")


@functools.lru_cache(maxsize=4)  # asked up to three times per note (str hashes are cached)
def _lower_case_doc(text: str) -> bool:
    """A transcript or sign-out written in lower case (fewer than 1% capitals in its first 4,000 characters)."""
    if len(text) >= 4000:  # stop at the 40th capital instead of counting them all
        return UPPER_40.match(text, 0, 4000) is None
    head = text.encode("ascii", "ignore")  # capitals counted with bytes.translate: no list of matches
    return len(head) - len(head.translate(None, _UPPER_BYTES)) < 0.01 * len(text)


LOWER_WORD = re.compile(rf"(?<![\w'’@./-])[{LO}]+(?:-[{LO}]+)?(?![\w'’@/-])")
PERSON_VERB_AFTER = re.compile(  # verbs whose subject is a person
    r"(?:['’]s)?(?:,[ \t]+\w+,)?[ \t]+(?:reports?|reported|states?|stated|says|said|agrees?|agreed|denies|denied|asks?|"
    r"asked|wants?|wanted|prefers?|feels|felt|called|declines|declined|requests?|requested|understands|verbali[sz]ed|"
    r"advised|explained|expressed|confirmed|consented|visited|brought|arrived|loves|likes|enjoys|attends|plays|cried|"
    r"slept|smiled|"
    r"endorses|endorsed|thinks|knows|told|explained|admits|admitted|lives|works|wishes|wished|recalls|remembers|"
    r"was[ \t]+(?:seen|told|informed|updated|counseled|counselled)|is[ \t]+at[ \t]+(?:the[ \t]+)?bedside)\b"
    # ... or a role, credential or relative after it: "Tiwatope (RN)", "Oyelaran, RN", "Oyelaran's wife"
    r"|,?[ \t]+(?:RN|MD|DO|NP|PA-C|LPN|CNA|PharmD|MSW|LCSW|CNM|CRNA)\b"
    r"|[ \t]*\((?:RN|MD|NP|PA|LPN|CNA|attending|resident|fellow|intern|nurse|charge nurse|interpreter|chaplain|"
    r"daughter|son|wife|husband|mother|father|sister|brother|friend|neighbou?r|caregiver|guardian|partner)\)"
    r"|['’]s[ \t]+(?:wife|husband|daughter|son|mother|father|sister|brother|partner|mom|mum|dad|parents|family|"
    r"caregiver|carer|grandmother|grandfather|teacher)\b"
)
# next to a lower-case repeat of a found name (on the lower-cased text): "pt wojcik", "its nadeem", "erik will drive"
LOWER_PERSON_BEFORE = re.compile(r"(?:\b(?:pt|dr|its|it['’]s|it|w/|with|ask|asked|call|tell|told|per|contact)|@)[ \t]*$")
LOWER_PERSON_AFTER = re.compile(PERSON_VERB_AFTER.pattern + r"|[ \t]+(?:will|can|is|was|has|had|says|said)\b")


def _first_group(m: re.Match) -> int:
    """Index of the first group that took part in the match."""
    return next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i)), 1)


def _cap_tokens(text: str, toks: list[str]):
    """(start, end, token) of each capitalised word toks = CAP_TOKEN.findall(text); findall + str.find is ~3x
    cheaper than match objects (a token starts at the first capital after the previous token, so find cannot
    land inside another word)."""
    find, pos = text.find, 0
    for tok in toks:
        pos = find(tok, pos)
        yield pos, pos + len(tok), tok
        pos += len(tok)


@functools.lru_cache(maxsize=1 << 18)
def _token_info(tok: str) -> tuple[bool, bool, str, bool, bool] | None:
    """(a title, a state, ASCII lower case without 's, could be part of a name, could start a place name),
    or None for a word that none of the name/place rules start from."""
    L = _lists()
    key = tok[:-2] if tok.endswith(("'s", "’s")) else tok
    low = _ascii(key.lower())
    title, state = tok in TITLES, tok in STATE_TOKENS
    name_like = _name_like(key, 3, L)
    placey = low in L["cities"] or key in PLACE_PREFIX_WORDS or low in L["towns"] or low in L["place_heads"]
    return (title, state, low, name_like, placey) if title or state or name_like or placey else None


def _city_state(text: str, s: int, e: int, spans: _Spans, L) -> None:
    """'Springfield, IL 62704' around a state token at s..e."""
    # the place is read backwards from the state: a forward scan could take "Floor, New York" (a state name)
    # and step over "New York, NY 10006"
    b = CITY_BEFORE_STATE.search(text, max(0, s - 40), s)
    for m in (CITY_STATE_RE.match(text, b.start()),) if b else ():
        if m is None or m.start(2) != s:
            continue
        place = _trim_place(text, m.start(1), m.end(1), L, need_list=m.group(3) is None)
        if place is None or m.group(3) is None and place[1] != m.end(1):
            continue  # without a ZIP the listed town ends at its state: not "Anthem BCBS IN", "Dodge Charger LA"
        spans.add(place[0], m.end(2), "ADDRESS", 5)
        if m.group(3):
            spans.add(m.start(3), m.end(3), "ZIP", 8)


def _trim_place(text: str, start: int, end: int, L, need_list: bool, towns: bool = False) -> tuple[int, int] | None:
    """The longest run of words ending at `end` (or starting at `start`) that is a known city (or, with towns, a
    smaller listed place)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    words = [(s + start, e + start) for s, e in words]
    cities = L["cities"]
    small = (lambda c, a, b: c in L["towns"] and len(c) > 3 and not text[a:b].isupper()) if towns else (
        lambda c, a, b: False)  # a smaller place in capitals is an acronym first ("from IP 10.1.2.3")
    # try suffixes ending at end (City, ST) then prefixes from start (lives in City ...)
    for i in range(len(words)):
        s = words[i][0]
        cand = _ascii(text[s:end].lower())
        if cand in cities or small(cand, s, end):
            return s, end
    for j in range(len(words), 0, -1):
        cand = _ascii(text[start:words[j - 1][1]].lower())
        if cand in cities or small(cand, start, words[j - 1][1]):
            return start, words[j - 1][1]
    if need_list:
        return None
    # followed by a ZIP: any capitalised words, minus leading non-place words
    while words and text[words[0][0]:words[0][1]].lower() in STOP:
        words.pop(0)
    return (words[0][0], end) if words else None


def _lower_rx(pattern: str) -> re.Pattern:
    """Compile a cue pattern for text.lower(): same offsets, case-insensitive, but on re's fast path."""
    return re.compile(pattern.lower())


# (pattern on lower-cased text, the words it starts with, type, priority, minimum digits in the value): rare
# cues, matched only where one of their words starts a word
LOWER_CUED = [
    (_lower_rx(SSN_CUED), ("ssn", "ss#", "social security"), "SSN", 9, 4),
    (_lower_rx(SSN_LAST4), ("ssn", "ss#", "social", "last 4", "last four"), "SSN", 9, 4),

    (_lower_rx(PLATE_RE), ("plate", "tag", "rego", "vehicle"), "ID", 7, 1),  # "license plate" ends in "plate"
    (_lower_rx(VEHICLE_PLATE), ("vehicle",), "ID", 6, 2),
    (_lower_rx(ZIP_CUED), ("zip", "postal"), "ZIP", 6, 5),
    # an extension alone ("ext. 55218", "ext 4-6631"), a pager number ("pager 4-2217")
    (re.compile(r"(ext\.?[ \t]*#?[ \t]*\d[\d-]{2,7})\b"), None, "PHONE", 6, 3),
    (re.compile(r"(?:pager|pgr|beeper|bleep|blp|dect)[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*(\d[\d-]{2,7})\b"),
     ("pager", "pgr", "beeper", "bleep", "blp", "dect"), "PHONE", 6, 3),  # British hospitals: "bleep 3317", "DECT 4421"
]
LOWER_CUED += [  # Indian PIN and postcodes after their cue (national identifiers: REV_NUM_CUE "national")
    (re.compile(r"(?<!nmbi )(?:pin|pin[ \t]*code|pincode)[ \t]*[:#-]?[ \t]*([1-9]\d{2}[ \t]?\d{3})(?![\w/.-])"), ("pin",), "ZIP", 7, 6),
    (re.compile(r"(?:post[ \t]*code|postal[ \t]*code|eircode)[ \t]*[:#]?[ \t]*("
                + UK_POSTCODE.lower() + "|" + CA_POSTCODE.lower() + r"|(?:[ac-fhknprtv-y]\d{2}|d6w)[ \t]?[0-9ac-fhknprtv-y]{4}|\d{4})(?![\w-])"),
     ("post", "eircode"), "ZIP", 7, 1),
]
PLATE_CUED = (LOWER_CUED[2][0], LOWER_CUED[3][0])
# a number given by its last digits: a phone's is a [PHONE], a card's or account's an [ID] (Safe Harbor names
# both): "paired to phone ending 4417", "Visa ending in 0912", "stipend loaded to ClinCard ending 2290"
# GS1 human-readable UDI: "(01)" + the 14-digit device code, then (17) expiry, (10) lot, (21) serial ...
UDI_HRI = re.compile(r"\(01\)\d{14}(?:\(\d{2,4}\)[^\s()\"',;]+)+")
PHONE_WORDS = frozenset("phone cellphone smartphone iphone cell mobile tel telephone landline number".split())
PARTIAL_NUMBER = re.compile(
    r"\b(\w*phone|cell|mobile|tel|telephone|landline|number|\w*card|visa|mastercard|amex|account|acct)[ \t]+"
    r"(?:(?:no\.?|number|#)[ \t]*)?(?:ending|ends)(?:[ \t]+(?:in|with))?[ \t]*[:#]?[ \t]*(\d{4})(?![\d-])"
)

# Identifier cues read backwards from the start of a value that contains a digit ("MRN: 12345", "policy # X-77")
_ID_SEP_REV = r"(?:\s+si|\s+fo|\s+ereh|\s+ereht)?(?:\s+(?:mih|reh|meht|tp|tneitap\s+(?:eht|siht))\s+rof)?\s*[:#=]?\s*(?:\)[^()\n]{1,20}\(\s*)?(?:rebmun|mun|\.?on|#|[o°]n|di)?\s*"
REV_NUM_CUE = re.compile(
    # national health identifiers outside the US, whose values may hold spaces ("NHS No: 943 476 5919")
    r"(?P<national>" + _ID_SEP_REV + r"(?:drac[ \t]+)?(?:" + _phrases_rev(
        "nhs|chi|medicare|ohip|hcn|phn|ramq|health card|aadhaar|aadhar|uid|uidai|nhi|"
        # UK National Insurance, Ireland's PPSN and IHI, Australia's IHI, TFN and DVA file, Canada's SIN, NZ's IRD,
        # India's ABHA health ID
        "h&c|h&c number|health and care number|ni|nino|national insurance|ppsn|pps|ihi|tfn|tax file|dva|dva file|"
        "sin|social insurance|ird|abha|health id|"
        # England's e-Referral booking number, Australia's pension customer reference (before the MRN "crn")
        "ubrn|pension crn|centrelink crn|"
        # national identity and insurance numbers of Nigeria (NIN, NHIS), Kenya (NHIF, SHA, Huduma), Singapore (NRIC),
        # the Philippines (PhilHealth, PhilSys, SSS, UMID), Pakistan (CNIC), Sri Lanka (NIC), South Africa (ID number)
        "nin|nhis|nhif|sha|huduma|nric|philhealth|philsys|psn|sss|umid|cnic|nic|sa id|rsa id|national id|"
        "identity number|id number".split("|")) + r")(?!\w))"
    r"|(?P<mrn>" + _ID_SEP_REV + r"(?:" + _phrases_rev(
        "mrn|mr#|mrn#|mr number|mr no|mr no.|mr #|medical record|medical record number|medical record no|"
        "medical record no.|medical record #|med rec|med record|record number|record no|record no.|record #|"
        "chart number|chart no|chart no.|chart #|hospital number|hospital no|hospital no.|hospital #|hospital id|"
        "patient id|pt id|pt. id|pt.id|unit number|unit no|unit no.|ur number|ur no|ur no.|urn|hosp no|hosp no.|"
        "hosp number|hosp #|hospital reg no|unit record number|emr|ehr|chart|patient number|"
        "patient no|patient no.|patient #|pt number|pt no|pt #|pt#|pt. #|res #|res#|resident #|"
        # a patient's record number at a care provider, as other countries and services name it: India's UHID,
        # OP (out-patient) and CR numbers, Australia's UR, English trusts' S-/K-/D- numbers and their
        # record systems (RiO, PAS, EMIS, SystmOne), hospices, clinics' clients, care homes' residents, EMPI (not
        # "MPI": myocardial perfusion imaging in most notes)
        "uhid|op no|op no.|op number|opd no|opd no.|cr no|cr no.|cr number|"
        "ur|s-number|s number|k-number|k number|d-number|d number|m-number|m number|rio|rio id|"
        "rio number|pas|pas id|pas number|pas no|emis|emis number|emis no|systmone|systmone number|hrn|"
        "health record number|patient record number|case record number|crn|empi|hospice id|hospice number|"
        "client id|client number|client no|client no.|resident id|resident number|chart id|patient identifier|"
        "epic|epic id|epic mrn|"
        # abbreviated with full stops ("Hosp. No.", "Med. Rec. No.", "M.R.N.", "O.P. No.", "Hospital Reg. No.")
        "hosp.|med. rec.|med rec.|m.r.n.|m.r.n|o.p.|opd.|u.h.i.d.|u.h.i.d|hospital reg.|c.r.|"
        "folder|folder no|folder number|hospital folder|"  # South Africa's folder number
        # India's and Pakistan's in-patient (IP/IPD) number and M.R. number, a hospital's or polyclinic's case
        # number, the VA's integration control number: each the facility's own record number
        "ip no|ip no.|ip number|ipd no|ipd no.|i.p.|ipd.|m.r. no|m.r. no.|m.r.|mr. no|mr. no.|hospital case|"
        "polyclinic case|clinic case|icn".split("|"))
    + r")(?![\w'’]))"  # not "son's number"
    r"|(?P<id>" + _ID_SEP_REV + r"(?:" + _phrases_rev(
        "account|acct|a/c|driver's license|drivers license|driver's licence|license|licence|lic|dl|certificate|"
        "cert|serial|vin|vehicle identification|policy|subscriber|beneficiary|medicaid|npi|dea|upi|"
        "passport|accession|specimen|csn|fin|har|requisition|s/n|sn|imei|udi|id|mbi|job|rx|enc|clia|request|badge|"
        "member|claim|referral|commission|kit|ticket|confirmation|conversation|incident report|group|"
        "case|tracking|voucher|authorization|auth|prior auth|reference|ref|acc|"
        # clinicians' registration numbers, police references ("collar no. 4432CN", "crime ref"), audit trails'
        # user IDs, insurance group numbers ("Grp 011823")
        # HIV, TB and other programme registers ("ART no. AKTH/ART/09214", "CCC No", "TB reg no")
        "art no|art no.|art number|ccc no|ccc no.|ccc number|tb no|tb no.|tb number|tb reg no|register no|"
        "register number|"
        "grp|provider|provider number|provider no|prescriber|prescriber number|"
        "prescriber no|identifier|gmc|gmc number|gmc no|nmc|ahpra|registration number|reg no|reg no.|collar|"
        "collar number|warrant|warrant number|crime|crime ref|crime number|incident|user id|userid|login|"
        "reg.|ref.|acct.|a/c.|acc.|pol.|lic.|cert.|"
        # clinicians' registration bodies outside the US and UK: South Africa's HPCSA, Singapore's MCR, Ireland's
        # Medical Council (MCRN) and nursing board (NMBI PIN), Indian state councils (MMC, KMC, DMC ...), Ontario's
        # colleges (CPSO); a registration written "reg #"
        "hpcsa|hpcsa no|mcr|mcr no|mcrn|imc|imc no|nmbi|nmbi pin|mmc|kmc|dmc|tnmc|smc|cpso|cno|reg #|reg#|"
        # ... New Zealand's councils (MCNZ, nursing NCNZ, pharmacy PCNZ), Nigeria's MDCN, Kenya's KMPDC, Pakistan's
        # PMDC, the UK's GPhC and HCPC, British Columbia's and Alberta's colleges
        "mcnz|ncnz|pcnz|mdcn|kmpdc|pmdc|gphc|hcpc|cpsbc|cpsa|"
        # numbers of a bill, invoice, receipt, report or card: "Bill no. KHB/2611/08813", "Report no. KG-26/0187"
        "bill no|bill no.|bill number|invoice no|invoice no.|invoice number|invoice #|receipt no|receipt no.|"
        "report no|report no.|report number|report #|card no|card no.|card number|"
        # a chat or portal session, a newborn's identity band
        "session|session id|id band|band|shield|"
        # the computer an audit line names ("exported ... on ws HUMC-NS7-03")
        "workstation|ws|terminal".split("|"))
    + r")(?!\w))"
    r"|(?P<idweak>(?:\s+si)?\s*[:#=]?\s*(?:rebmun|mun|\.?on|#|di|:)\s*(?:" + _phrases_rev(
        "device|implant|pacemaker|tag|order|visit|encounter|"
        "registration|employee|insurance|health plan|billing|plate|vehicle|"
        "id|acc|study|subject|screening|census".split("|")) + r")(?!\w))"
    r"|(?P<phone>\s*\(?\s*[:#]?\s*(?:(?:rebmun|\.?on|#)\s*)?(?:" + _phrases_rev(
        "phone|ph|tel|telephone|cell|mobile|mob|mob no|mob.|landline|home|work|pager|pgr|beeper|bleep|blp|switchboard|"
        "direct line|call|contact|fax|callback|cb|hp|h/p|"
        "reached at|call me at|call at|at".split("|")) + r")(?!\w))",
    re.I,
)
# "4418207", "HV26-1193", slashed or dotted references "P/141113/01/2026/004512", "APL.0012839912"; an agency
# prefix before a space when digits follow ("case TPD 2611-07-0193"); (GROUPED_VALUE_AT) digits in groups
# ("tracking 9405 5036 9930 0481 7723 15")
ID_VALUE_AT = re.compile(
    r"(?:[A-Z]{1,5}[ \t](?=[A-Za-z0-9/-]*\d))?(?=[A-Za-z0-9/.-]*\d)(?=[A-Za-z0-9/-]{4}|[A-Za-z]+\.|\d{3}\.\d{3})"
    r"[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9][A-Za-z0-9-]*|(?<=[A-Za-z])\.(?=[A-Za-z]*\d)[A-Za-z0-9][A-Za-z0-9-]*"
    r"|(?<=\d{3})\.(?=\d{3})\d[A-Za-z0-9-]*)*"  # ... and "036.147822" (licences written with a dot)
    r"(?<=[A-Za-z0-9])\b(?!/)"
)
GROUPED_VALUE_AT = re.compile(  # 8+ digits: "DL 166 403 882", or after a facility's letters: "MRN CM 0442 8716", "N-0412 8876"
    r"(?:[A-Z]{1,5}[ \t-]\d{2,6}(?:[ \t]\d{2,6}){1,7}|\d{2,6}(?:[ \t]\d{2,6}){2,7})(?![\w/-]|\.\d)")
# UK National Insurance number: two letters, three pairs of digits, a letter A-D ("QQ 12 34 56 C")
NINO = r"[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\w-])"
# NHS "943 476 5919", Medicare "2123 45670 1", OHIP "1234-567-890-AB", Aadhaar "4991 1866 5246"
NATIONAL_VALUE_AT = re.compile(
    NINO + r"|\d{2,6}(?:[ -]\d{1,5}){1,3}(?:[ -]?[A-Z]{1,2}|[ \t]+-[ \t]+[A-Z]{2}|[ \t]*/[ \t]*\d)?(?![\w-])"  # "7784 551 203 - HR",
    # "208 441 937K" (a check letter), "4112 55281 3 / 4" (Australian Medicare's position on the card)
    r"|[A-Z0-9]{4,}(?:[ -][A-Z0-9]{2,}){0,3}(?![\w-])"
)
PHONE_VALUE_AT = re.compile(  # on one line: "tel 01685 722 418\n23/11/26 ..." ends at the line's end
    r"\+?[\d(][\d \t().-]{5,16}\d(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?")
DIGITS = re.compile(r"\d+")
LOWER_MONTH_WORD = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?|march)\b"
)
MONTH_HIT = re.compile(_trie("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV "
                              "DEC".split()))
# last three letters of the lower-case month words: a cheap test before LOWER_MONTH_BEFORE
MONTH_TAILS = frozenset("jan ary feb apr ril une jun uly jul aug ust sep ept ber oct nov dec rch".split())
LOWER_MONTH_BEFORE = re.compile(r"(?<![\w-])(" + LOWER_MONTH_WORD.pattern + r")\.?[ \t]+$")  # "on oct 3"
LOWER_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+(" + LOWER_MONTH_WORD.pattern + r")")  # "3rd of march"
DAY_FIRST_DATE = DATE_PATTERNS[3]
# a day spelled out, as dictation writes it: "November fourteenth", "the third of March"
_SPELLED_DAY = (r"(?i:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|"
                r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
                r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
SPELLED_DAY_DATES = (
    re.compile(MONTHS + r"[ \t]+(?:the[ \t]+)?" + _SPELLED_DAY + r"\b(?:,?[ \t]+" + YEAR + r"\b|" + _NO_NOUN_AFTER + ")"),
    re.compile(r"\b(?:the[ \t]+)?" + _SPELLED_DAY + r"[ \t]+of[ \t]+" + MONTHS + r"(?:,?[ \t]+" + YEAR + r"\b)?"),
)
# the other end of a range of days around a month name: "Nov 3-5, 2026", "12-16 November", "3rd to 7th Nov"
_DAY_RANGE_SEP = r"[ \t]*(?:-|–|to|and|&)[ \t]*"
DAY_RANGE_TAIL = re.compile(_DAY_RANGE_SEP + DAY + ORD + r"\b(?![/.-]\d)(?:,?[ \t]+" + YEAR + r"\b)?"
                            r"(?![ \t]*(?:days?|weeks?|months?|times|hours?|hrs?|mg|ml|mL|patients|pts|x\b|%))")
DAY_RANGE_HEAD = re.compile(r"(?<![\d/.-])" + DAY + ORD + _DAY_RANGE_SEP + r"$")
MONTH_DATES = (DATE_PATTERNS[2], DATE_PATTERNS[4])
_LOWER_MONTH_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
LOWER_MONTH_FULL = re.compile(_LOWER_MONTH_FULL + r"(?![a-z])")  # (a lookbehind first would slow re's scan)
LOWER_SPELLED_DAY_DATES = (
    re.compile(r"\b" + _LOWER_MONTH_FULL + r"[ \t]+(?:the[ \t]+)?" + _SPELLED_DAY + r"\b" + _NO_NOUN_AFTER),
    re.compile(r"\b(?:the[ \t]+)?" + _SPELLED_DAY + r"[ \t]+of[ \t]+" + _LOWER_MONTH_FULL + r"\b"),
)
BIRTHDAY_AGE = re.compile(r"(?:9\d|1[0-2]\d)(?:st|nd|rd|th)[ \t]+(?i:birthday)")  # "her 100th birthday"
AGE_AT_DIGITS = (AGE_PATTERNS[0], AGE_PATTERNS[1], AGE_PATTERNS[2], AGE_PATTERNS[3], AGE_PATTERNS[5], BIRTHDAY_AGE)
# a bare number 90-129 that is an age by what stands around it: "she is 94", "I'm 96", "died at 98", "lived to
# 104", "at 95 she ...", "wife Marjorie (94)", "brother, 99, lives ..."
AGE_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?i:she|he|i|pt|patient|who|they|mother|father|wife|husband|mom|mum|mam|dad|grandma|grandpa|grandmother|"
    r"grandfather|nan|nana|nanna|gran|granny|grandad|granddad|aunt|uncle|brother|sister|resident|client|"
    r"fil|mil|mgm|mgf|pgm|pgf|spouse|partner|neighbou?r|friend)[ \t]+"  # "FIL is 92": the in-laws' abbreviations
    r"(?i:is|was|am|turned|turns|will be)[ \t]+"
    r"|\b(?P<subject>[A-Z][a-z]+)[ \t]+(?:is|was|turned|turns)[ \t]+"  # "Harold was 98": a listed name only
    r"|\b(?i:i|she|he)['’](?i:m|s)[ \t]+|\b(?i:died|passed away|passed|death)[ \t]+at[ \t]+(?i:age[ \t]+)?"
    r"|\b(?i:lived|live|made it)[ \t]+to[ \t]+(?i:be[ \t]+)?"
    r"|\b(?i:wife|husband|mother|father|mom|dad|brother|sister|aunt|uncle|grandmother|grandfather|"
    r"friend|neighbor|spouse|partner)[ \t]*[(,][ \t]*"
    r"|\b(?i:man|woman|lady|gentleman|gent|widow|widower)[ \t]+(?:of|aged)[ \t]+"  # "a lady of 93"
    r"|(?P<dob>\b(?:19|20)\d\d[ \t]*\([ \t]*)"  # "DOB 03/02/1930 (95)"
    r"|\b(?P<name>[A-Z][a-z]+)[ \t]*[(,][ \t]*)$"  # "Marjorie (94)": only after a listed first name, not "Glucose (95)"
)
EXTENSION_X_BEFORE = re.compile(  # "call x4421", "page Shonda x 204" (3 digits only after a verb of calling)
    r"\b(?:(?P<call>(?i:call|calls|page|paged|phone|reach|reached|contact|dial|ring|ext|extension|pager))"
    r"(?:[ \t]+[A-Z][a-z]+)?|(?i:at|on|or))[ \t]+(x[ \t]?)$"
)
EXTENSION_HYPHEN = re.compile(r"(?<![\w/-])[xX]\d{1,2}-\d{4}(?![\w/-]|\.\d)")
MAGNIFICATION_AFTER = re.compile(r"[ \t]*(?:/|(?i:magnification|mag\b|hpf|lpf|power|objective|field|zoom|times))")
TEMP_BEFORE = re.compile(r"(?i:\b(?:temp|temperature|tmax|t|fever|febrile)\b[^\n\d]{0,10})$")
AGE_BARE = re.compile(r"(?:9\d|1[0-2]\d)\b")
AT_BEFORE = re.compile(r"\b(?i:at)[ \t]+$")
PRONOUN_AFTER = re.compile(r"[ \t]+(?i:she|he|i|we|they)\b")  # "at 95 she never wanted ..."
AGE_CONTEXT_AFTER = re.compile(r"(?![ \t]*(?:%|percent|degrees|°|kg|lbs?\b|pounds|mg|mm|cm|bpm|min|/|\.\d|-\d|x\b|"
                               r"miles|mi\b|km|hours|hrs|days|weeks|wks|beats|breaths|points|pts|ml|mL|units|seconds|secs))")


_PATTERNS_AT: dict = {}


def _patterns_at_number(run: str, nxt: str, word_after: bool = False):
    """(pattern, type, priority) worth trying at a number `run` followed by the character `nxt` (and, if
    word_after, by a lower-case word after a space)."""
    k = len(run)
    out = []
    if k <= 2 and nxt in "/.-":
        out.append((DATE_PATTERNS[0], "DATE", 6))
        if nxt == "/":
            out.append((DATE_PATTERNS[5], "DATE", 6))
    if k == 4 and nxt in "/.-":
        out.append((DATE_PATTERNS[1], "DATE", 6))
    if (k == 3 and nxt in " .-)") or (k == 1 and run == "1" and nxt in " .-(") or k == 3 and nxt == "(" \
            or k == 4 and run[:2] == "18" and nxt in " .-":  # toll-free "1800-425-0099" (not the years 19xx)
        out.append((PHONE_RE, "PHONE", 8))
        if k == 3 and nxt in "- ":
            out.append((SSN_RE, "SSN", 8))
    if k == 3 and nxt in "-.":
        out.append((LOCAL_PHONE_LABELLED, "PHONE", 7))
    if k == 4 and run[:2] in ("18", "13") and nxt in " -":  # (a long run is keyed by its first two digits)
        out.append((TOLL_FREE, "PHONE", 7))
    if k == 10:
        out.append((PHONE10_RE, "PHONE", 5))
    if k == 11 and run[0] == "1":
        out.append((PHONE11_RE, "PHONE", 5))
    if 2 <= k <= 5 and run[0] == "0" and nxt in " \t-)" or k == 5 and run[0] in "6789" and nxt in " \t":
        out.append((DOMESTIC_PHONE, "PHONE", 7))
    if k in (10, 11) and run[0] == "0" and run[1] != "0":
        out.append((DOMESTIC_PHONE_COMPACT, "PHONE", 5))
    if k <= 3 and nxt == ".":
        out.append((IPV4_RE, "IP", 9))
    if k in (8, 12, 14):
        out.append((COMPACT_DATE, "DATE", 5))
    if k <= 2 and nxt.isupper():
        out.append((DAY_MON_YEAR, "DATE", 6))
    if k <= 6 and nxt in " \t":
        out.append((STREET_PREFIX_RE, "ADDRESS", 8))
    if k == 5 and nxt == "-":
        out.append((ZIP4_RE, "ZIP", 4))
    if k <= 6 and (nxt in " \t-" or nxt.isupper()):
        out.append((STREET_RE, "ADDRESS", 8))
    if k in (2, 3) and 90 <= int(run) <= 129:
        out.extend((rx, "AGE>89", 7) for rx in AGE_AT_DIGITS)
        out.append((AGE_BARE, "AGE>89", 6))
    if word_after:
        out = [x for x in out if x[0] not in (STREET_RE, PHONE_RE, SSN_RE, STREET_PREFIX_RE)]
    return tuple(out)
# gates for rare patterns: a str "in" or a regex whose first character is rare costs far less than the
# pattern's own pass over the text
# a FHIR coding system or an extension's definition names a terminology or a profile, never a person:
# '"system":"http://loinc.org"', '"url":"http://example.org/fhir/telehealth-platform"' (not '"valueUrl":')
FHIR_NAMESPACE_BEFORE = re.compile(r'"(?:system|url|profile)"[ \t]*:[ \t]*"$')
DOT_TLD = re.compile(r"\.(?:com|org|net|edu|gov|io|us|info|health|care|biz|co\.|ac\.|govt\.|nhs\.)")
NINETIES = re.compile(r"90'?s")
IPV6_HINT = re.compile(r":[0-9A-Fa-f]{1,4}:")
RARE_CAPS = re.compile(  # the words military addresses, counties and holidays need (all start with a capital: a fast scan)
    _trie(("APO", "FPO", "DPO", "USNS", "USNV", "USS", "PSC", "County", "Parish", "Township", "Borough") + HOLIDAY_HINTS)
)


def _find_numbers(text: str, tl: str, spans: _Spans, cfg: DeidConfig) -> bool:
    """Numbers, dates, ages, street addresses: patterns tried where a number starts, cues on the lower-cased text.
    Returns whether digits spaced one by one ("4 4 7 1 9") occur."""
    spaced = False
    n = len(text)
    last_q = last_tok = -1
    for m in DIGITS.finditer(text):
        p, end = m.span()
        run = m.group()
        nxt = text[end] if end < n else ""
        # a number followed by a space and a lower-case word ("5 mg") cannot start a street, phone or SSN; a long
        # number is keyed by its length and first two digits (a trunk prefix "0", a mobile "07")
        key = (run if end - p <= 3 else (end - p, run[:2]), nxt, nxt in " \t" and end + 1 < n and text[end + 1].islower())
        todo = _PATTERNS_AT.get(key)
        if todo is None:
            todo = _PATTERNS_AT[key] = _patterns_at_number(run, nxt, key[2])
        if todo:
            for q in ((p, p - 1) if p and text[p - 1] in "(+" else (p,)):
                for rx, typ, pri in todo:
                    mm = rx.match(text, q)
                    if mm is None or (rx is DATE_PATTERNS[0] and not _valid_numeric_date(mm)):
                        continue
                    if rx is DOMESTIC_PHONE and not 9 <= sum(c.isdigit() for c in mm.group()) <= 11:
                        continue
                    if typ == "AGE>89" and TEMP_BEFORE.search(text, max(0, q - 16), q):
                        continue  # "Temp was 99 F" is Fahrenheit
                    if rx is AGE_BARE and not ((_age_context(text, q, mm.end())
                                                or AT_BEFORE.search(text, max(0, q - 4), q)
                                                and PRONOUN_AFTER.match(text, mm.end()))
                                               and AGE_CONTEXT_AFTER.match(text, mm.end())
                                               and (text[mm.end():mm.end() + 1] in ("", ")", ",", " ", ".", ";", "\n"))):
                        continue
                    start = mm.start()
                    if typ == "DATE" and start:
                        wd = WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
                        start = wd.start() if wd else start
                    spans.add(start, mm.end(), _phone_type(text, q, cfg) if typ == "PHONE" else typ, pri)
        q = p
        while q and (text[q - 1].isalnum() or text[q - 1] == "-"):
            q -= 1
        if q != last_tok and (end - p >= 4 or end - p >= 2 and (q < p or nxt.isalpha() or nxt == "-")
                              or p - q >= 4 and text[p - 1].islower()):  # "mgarza2"
            last_tok = q
            _long_identifier(text, q, spans)
        if q > 1 and (text[q - 1] == "/" and text[q - 2].isalnum() or text[q - 1] == "." and text[q - 2].isalpha()):
            q = _reference_start(text, q)
        if q != last_q and q and (text[q - 1] in ":=(#." or text[q - 1].isspace()):
            last_q = q
            if _may_follow_cue(tl, q):
                _cued_number(text, q, p, spans, cfg)
            elif (end - p >= 4 or nxt in " /-") and q > 3 and text[q - 1] in " \t" and text[q - 2].isupper():
                # an agency's prefix: "case TPD 2611-07-0193", "NI number QQ 12 34 56 C", "claim no. WC 413-229018-01"
                pre = AGENCY_PREFIX.search(text, max(0, q - 7), q)
                if pre and _may_follow_cue(tl, pre.start()):
                    _cued_number(text, pre.start(), p, spans, cfg)
        if p and text[p - 1] == "+":
            mm = PHONE_INTL.match(text, p - 1)
            if mm is None and (p < 2 or not text[p - 2].isalnum()):
                mm = PHONE_INTL_ANY.match(text, p - 1)  # "+33 1 23 45 67 89", "+49 30 12345678"
                mm = mm if mm and 8 <= sum(c.isdigit() for c in mm.group()) <= 15 else None
            if mm:
                spans.add(mm.start(), mm.end(), _phone_type(text, p - 1, cfg), 8)
        if end - p <= 2 and nxt != "/" and (text[p - 4:p - 1] in MONTH_TAILS or text[p - 5:p - 2] in MONTH_TAILS
                                             or nxt == " " and text[end + 1:end + 2].islower() or nxt in "snrt"):
            mm = LOWER_MONTH_BEFORE.search(text, max(0, p - 14), p) or LOWER_MONTH_AFTER.match(text, end)
            if mm:
                _month_dates(text, mm.start(1), mm.end(1), spans)
        if (3 <= end - p <= 5 and p > 1 and (text[p - 1] in "xX" or text[p - 2] in "xX" and text[p - 1] == " ")
                and not text[end:end + 1].isalnum()
                and not MAGNIFICATION_AFTER.match(text, end)):
            mm = EXTENSION_X_BEFORE.search(text, max(0, p - 36), p)  # "call x4421": an internal extension
            if mm and (end - p >= 4 or mm.group("call")):
                spans.add(mm.start(2), end, "PHONE", 6)
        if end - p <= 2 and nxt == "-" and p > 1 and text[p - 1] in "xX":
            mm = EXTENSION_HYPHEN.match(text, p - 1)  # "x4-2230", "X5-7720": an internal extension with no cue
            if mm:
                spans.add(mm.start(), mm.end(), "PHONE", 6)
        if p > 1 and text[p - 1] == "/" and text[p - 2] in "MF" and 2 <= end - p <= 3:
            _sex_slash_age(text, p, end, spans)
        if nxt in "snrt" and end - p <= 2:
            _weekday_ordinal(text, p, end, spans)
        if nxt == "/" and end - p <= 2 and 1 <= int(run) <= 31:
            _short_date(text, p, spans)
            if p > 8 and text[p - 1] in "-–":
                _numeric_range_end(text, p, spans)
        if end - p == 1 and nxt == " " and not spaced and text[end + 1:end + 2].isdigit():
            spaced = SPACED_DIGITS.match(text, p) is not None
    for m in MONTH_HIT.finditer(text):
        _month_dates(text, m.start(), m.end(), spans)
        if MONTH_THEN_NUMBER.match(text, m.end()):
            continue  # "March 22", "Jan 2020": a full date, found above
        if text[m.start() - 1:m.start()] == "(":
            mm = MONTH_IN_BRACKETS.match(text, m.start())  # a result dated by its month: "HbA1c 7.2 (Sept)"
            if mm:
                spans.add(mm.start(), mm.end(), "DATE", 5)
        elif ":" in text[m.end():m.end() + 8]:
            mm = MONTH_BEFORE_COLON.match(text, m.start())
            if mm:
                spans.add(mm.start(), mm.end(), "DATE", 5)
        for mm in MONTH_ALONE.finditer(text, max(0, m.start() - 34), min(n, m.start() + 11)):
            if not (mm.group("abbr") and tl[mm.start():mm.start() + 3] in ("by ", "of ")  # "seen by Jan"
                    or mm.group(1) in ("April", "May", "June") and NAME_AFTER.match(text, mm.end(1))):  # "from May Lee"
                part = MONTH_PART_BEFORE.search(text, max(0, mm.start(1) - 24), mm.start(1))
                spans.add(part.start() if part else mm.start(1), mm.end(1), "DATE", 5)
                joined = JOINED_MONTH.match(text, mm.end(1))  # "in March or April", "since Jan/Feb"
                if joined:
                    spans.add(joined.start(1), joined.end(1), "DATE", 5)
    _weekdays(text, spans)
    for rx, words, typ, pri, min_digits in LOWER_CUED:
        for m in _cue_matches(tl, rx, words):
            value = text[m.start(1):m.end(1)]
            if sum(c.isdigit() for c in value) < min_digits:
                continue
            if rx in PLATE_CUED and any(c.islower() for c in value):
                continue  # plates are written in capitals
            spans.add(m.start(1), m.end(1), typ, pri)
    if '"identifier"' in text or '"resourceType"' in text:
        _fhir_identifiers(text, spans)
    if "(01)" in text:  # a device's UDI as printed under its barcode: one identifier, serial and lot inside
        for m in UDI_HRI.finditer(text):
            spans.add(m.start(), m.end(), "ID", 9)
    if "ending" in tl or "ends " in tl:
        for m in _partial_numbers(tl):
            spans.add(m.start(2), m.end(2), "PHONE" if m.group(1) in PHONE_WORDS else "ID", 6)
    if "xx-" in tl or "**-" in tl or "-xx" in tl or "-**" in tl:
        for m in MASKED_SSN.finditer(tl):
            spans.add(m.start(), m.end(), "SSN", 9)
    if "xxxx" in tl or "****" in tl:
        for m in MASKED_NUMBER.finditer(text):
            spans.add(m.start(), m.end(), "ID", 7)
    _user_names(text, tl, spans, cfg)  # finds "user"/"login"/"logged" first
    if "@" in text:
        for m in EMAIL_RE.finditer(text):
            spans.add(m.start(), m.end(), "EMAIL", 10)
        for m in HANDLE.finditer(text):
            spans.add(m.start(), m.end(), "ID", 6)
    if "://" in tl or "www." in tl or DOT_TLD.search(tl):
        for m in _urls(text, tl):
            if not (text[m.start() - 1:m.start()] == '"' and FHIR_NAMESPACE_BEFORE.search(text, max(0, m.start() - 14), m.start())):
                spans.add(m.start(), m.end(), "URL", 9)
    if IPV6_HINT.search(text):
        for m in IPV6_RE.finditer(text):
            if sum(c == ":" for c in m.group()) >= 3 or "::" in m.group():
                spans.add(m.start(), m.end(), "IP", 9)
    if "box" in tl or "bag" in tl:
        for m in POBOX_RE.finditer(text):
            spans.add(m.start(), m.end(), "ADDRESS", 6)
            z = POBOX_ZIP.match(text, m.end())
            if z:
                spans.add(z.start(1), z.end(1), "ZIP", 7)
    rare = set(RARE_CAPS.findall(text))
    if rare:
        if not rare.isdisjoint(("APO", "FPO", "DPO", "USNS", "USNV", "USS", "PSC")):
            for m in MILITARY_RE.finditer(text):
                end = m.start(1) if m.group(1) else m.end()
                spans.add(m.start(), end, "ADDRESS", 8)
                if m.group(1):
                    spans.add(m.start(1), m.end(1), "ZIP", 8)
        if not rare.isdisjoint(("County", "Parish", "Township", "Borough")):
            for m in COUNTY_RE.finditer(text):
                spans.add(m.start(), m.end(), "ADDRESS", 4)
        if not rare.isdisjoint(HOLIDAY_HINTS):
            for m in HOLIDAY_RE.finditer(text):
                if not HOLIDAY_RECURRING_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    before = HOLIDAY_RELATIVE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                    after = HOLIDAY_RELATIVE_AFTER.match(text, m.end())
                    spans.add(before.start() if before else m.start(), after.end() if after else m.end(), "DATE", 5)
    if "ninet" in tl or "hundred" in tl or "enarian" in tl or NINETIES.search(tl):
        for rx in (AGE_PATTERNS[0], AGE_PATTERNS[4], AGE_PATTERNS[6]):
            for m in rx.finditer(text):
                spans.add(m.start(), m.end(), "AGE>89", 7)
        for m in AGE_WORDS_AFTER_SUBJECT.finditer(text):
            spans.add(m.start(1), m.end(1), "AGE>89", 7)
        for m in AGE_NINETY_ALONE.finditer(text):
            spans.add(m.start(), m.end(), "AGE>89", 6)
    if not cfg.keep_years:
        for m in YEAR_ONLY.finditer(text):
            spans.add(m.start(), m.end(), "DATE", 4)
    return spaced


def _urls(text: str, tl: str):
    """URL_RE's matches, looked for only on the lines with "://", "www." or a DOT_TLD (a URL never spans lines;
    the pattern's "[A-Za-z0-9-]+" start makes a scan of the whole note slow)."""
    starts = {tl.rfind("\n", 0, m.start()) + 1 for m in DOT_TLD.finditer(tl)}
    for w in ("://", "www."):
        i = tl.find(w)
        while i >= 0:
            starts.add(tl.rfind("\n", 0, i) + 1)
            i = tl.find(w, i + 1)
    for ls in sorted(starts):
        le = text.find("\n", ls)
        yield from URL_RE.finditer(text, ls, len(text) if le < 0 else le)


def _partial_numbers(tl: str):
    """PARTIAL_NUMBER's matches, looked for only on the lines with "ending"/"ends" (a match never spans lines;
    the pattern's "\\w*" start makes a scan of the whole note slow)."""
    starts = set()
    for w in ("ending", "ends"):
        i = tl.find(w)
        while i >= 0:
            starts.add(tl.rfind("\n", 0, i) + 1)
            i = tl.find(w, i + 1)
    for ls in sorted(starts):
        le = tl.find("\n", ls)
        yield from PARTIAL_NUMBER.finditer(tl, ls, len(tl) if le < 0 else le)


# FHIR JSON: an identifier's "value" typed by its "type"/"system" (v2-0203 codes MR, PI = record number, SS =
# SSN), and the id of a Patient or RelatedPerson resource
FHIR_VALUE = re.compile(r'"value"[ \t]*:[ \t]*"([^"\n]{2,64})"')
FHIR_MRN_HINT = re.compile(r'(?i)"(?:MR|MRN|PI)"|medical record|/mrn\b')
FHIR_SSN_HINT = re.compile(r'(?i)us-ssn|"SS"|"SSN"|social security')
FHIR_PERSON_ID = re.compile(r'"resourceType"[ \t]*:[ \t]*"(?:Patient|RelatedPerson|Person)"[ \t]*,[ \t]*"id"[ \t]*:[ \t]*"([^"\n]+)"')


def _still_open(text: str, k: int, q: int) -> bool:
    """Is the first '[' after k still open at q?"""
    depth = 0
    for b in BRACKETS.finditer(text, k, q):
        depth += 1 if b.group() == "[" else -1
        if depth == 0:
            return False
    return depth > 0


BRACKETS = re.compile(r"[\[\]]")


def _fhir_identifiers(text: str, spans: _Spans) -> None:
    """Values of FHIR "identifier" arrays (MRN, SSN or ID by the type or system written before them in their
    object, as serializers order it) and person resources' ids."""
    for m in FHIR_PERSON_ID.finditer(text):
        spans.add(m.start(1), m.end(1), "ID", 9)
    prev = 0
    for m in FHIR_VALUE.finditer(text):
        k = text.rfind('"identifier"', max(0, m.start() - 600), m.start())
        if k < 0 or not _still_open(text, k, m.start()):
            continue  # not inside an identifier array ("telecom" values are found as phones and e-mails)
        hint = text[max(k, prev):m.start()]  # from the previous value: this identifier's own object
        prev = m.end()
        typ = "SSN" if FHIR_SSN_HINT.search(hint) else "MRN" if FHIR_MRN_HINT.search(hint) else "ID"
        spans.add(m.start(1), m.end(1), typ, 9)


def _reference_start(text: str, q: int) -> int:
    """Where a reference written with "/" or "." between its parts starts ("OH/26/3318", "APL.0012839912"), from
    the start q of its last part; q itself for anything else (not after a digit and ".": a decimal)."""
    while q > 1 and (text[q - 1] == "/" and text[q - 2].isalnum() or text[q - 1] == "." and text[q - 2].isalpha()):
        q -= 1
        while q and (text[q - 1].isalnum() or text[q - 1] == "-"):
            q -= 1
    return q


def _sex_slash_age(text: str, p: int, end: int, spans: _Spans) -> None:
    """'Sex/Age: F/95': sex, a slash, then an age over 89 (the number at p..end)."""
    if (90 <= int(text[p:end]) <= 129 and not text[p - 3:p - 2].isalnum()
            and not text[end:end + 1].isalnum()):
        spans.add(p - 2, end, "AGE>89", 7)


def _weekday_ordinal(text: str, p: int, end: int, spans: _Spans) -> None:
    """A day of the month written as an ordinal after its weekday ("Fri 6th", "Friday the 13th") or alone after a
    time word ("gave me on the 16th", "due by the 3rd"; not "on the 3rd floor")."""
    if ORDINAL_AFTER.match(text, end):
        wd = WEEKDAY_THE_BEFORE.search(text, max(0, p - 16), p)
        if wd:
            spans.add(wd.start(), end + 2, "DATE", 5)
        elif (1 <= int(text[p:end]) <= 31 and ORDINAL_CUE_BEFORE.search(text, max(0, p - 16), p)
              and not EACH_MONTH_AFTER.match(text, end + 2)  # not "comes on the 19th of each month"
              and not ORDINAL_LIST_AFTER.match(text, end + 2)):  # nor "radiating to the 4th and 5th toes"
            spans.add(p, end + 2, "DATE", 4)


def _weekdays(text: str, spans: _Spans) -> None:
    """Weekdays that name one day (WEEKDAY_ALONE): lowest priority, so a weekday inside a full date stays in it."""
    starts = [m.start() for m in WEEKDAY_HIT.finditer(text)]
    for w in LOWER_WEEKDAYS:
        i = text.find(w)
        while i >= 0:
            j = i + 4
            while j < len(text) and text[j].isalpha() and j < i + 11:
                j += 1
            if text[i + 1:j] in LOWER_WEEKDAY_ABBRS:  # not "month", "saturation"
                starts.append(i + 1)
            i = text.find(w, i + 1)
    for s in set(starts):
        m = WEEKDAY_ALONE.match(text, s) if not (s and (text[s - 1].isalnum() or text[s - 1] in "/&'’-_")) else None
        if m is None:
            continue
        e = m.end()
        if WEEKDAY_SCHEDULE_AFTER.match(text, e) or WEEKDAY_SCHEDULE_BEFORE.search(text, max(0, s - 16), s):
            continue
        if m.group("abbr"):
            if text[s].islower():
                if not LOWER_WEEKDAY_CUE.search(text, max(0, s - 8), s):
                    continue  # "since sat", not "sat on the bed"
            elif not (WEEKDAY_CUE_BEFORE.search(text, max(0, s - 10), s)
                      or text[s:e] != "Sun" and WEEKDAY_DATE_AFTER.match(text, e)) or NAME_AFTER.match(text, e):
                continue  # "lineman for Mon Power": a name
        spans.add(s, e, "DATE", 3)


def _numeric_range_end(text: str, p: int, spans: _Spans) -> None:
    """The end of "06/30/2026-07/08/2026" at p (DATE_PATTERNS[0] does not start after a hyphen)."""
    if DATE_RANGE_BEFORE.search(text, max(0, p - 12), p):
        mm = DATE_RANGE_END.match(text, p)
        if mm and _valid_numeric_date(mm):
            spans.add(p, mm.end(), "DATE", 6)


# an audit trail's account names: "user kpwolf2", "User ID: mjcarter", "logged in as dsnowden"
USER_CUED = re.compile(
    r"(?:user(?:[ \t]*(?:name|id))?(?:[ \t]+on[ \t]+file)?|login|logged[ \t]+in[ \t]+as|"
    # an audit line's actor: "last edited by mfontaine", "exported by rdamato", "printed 18-Nov-2025 by rcc\\nursejt"
    r"(?:edited|exported|generated|printed|modified|accessed)"
    r"(?:[ \t]+[\w:-]+){0,2}?[ \t]+by|"
    # a coder's or agent's account, a chat's greeting, a social-media handle: "Coder: deshawn.m", "Welcome dani_k!"
    r"coder|scribe|agent|operator|welcome|handle|username|screen[ \t]+name|gamertag)"
    r"[ \t]*[:=#]?[ \t]*([a-z][a-z0-9._\\-]{2,18}[a-z0-9])"
    r"(?![\w@-]|\.\w)"
)


USER_CUE_WORDS = ("user", "login", "logged", "edited", "exported", "generated", "printed", "modified", "accessed",
                  "coder", "scribe", "agent", "operator", "welcome", "handle", "username", "screen name", "gamertag")
# a social-media handle: "IG @meechie.atl_", "(@kj.drifts)"; with a digit, "." or "_" in it (not "@Sana", "@home")
HANDLE = re.compile(r"(?<![\w.@])@(?=[\w.]*[A-Za-z]{2})(?=[\w.]*[\d._])[A-Za-z0-9_][\w.]{1,28}[\w](?![\w@-]|\.\w)")


def _user_names(text: str, tl: str, spans: _Spans, cfg: DeidConfig) -> None:
    """An account name after "user"/"login" is an [ID] when written in lower case and no word ("drug user who",
    "user reports", "user heroin" are prose; Philter's whitelist, when installed, knows the rarer words)."""
    L, W = _lists(), _whitelist(cfg.unknown_words) or frozenset()
    for m in _cue_matches(tl, USER_CUED, USER_CUE_WORDS):
        tok = text[m.start(1):m.end(1)]
        letters = tok.rstrip("0123456789")
        if tl[m.start()] != "u" and tl[m.start()] != "l" and (
                letters in L["first"] or letters in L["last"] or USER_NAME.fullmatch(tok) and _user_name(tok)):
            continue  # "edited by jones", "printed by mgarza2": a person, for the name rules
        if ((tok == tl[m.start(1):m.end(1)] or "_" in tok)  # "PHN_SALVAREZ": an account written in capitals
                and (len(tok) >= 6 or letters != tok)  # not "user etoh", "ivdu"
                and letters not in L["words"] and letters not in L["common"]
                and letters not in W and letters not in STOP_HARD and not _inflected(letters, L["words"])):
            spans.add(m.start(1), m.end(1), "ID", 6)


TOKEN_REST = re.compile(r"[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
NOT_ID_BEFORE = frozenset("./:@_$£€#+\\")  # decimals, paths, money; after "#" the cue rules decide
NOT_ID_AFTER = re.compile(r"[/@_\\]|[.,:]\d|[ \t]*(?:mg|mcg|µg|g|kg|ml|mL|cc|L|%|mm|cm|units?|IU|tabs?|cells|copies|x10)\b")
UNIT_AFTER_ID = re.compile(r"[ \t]*(?:mg|mcg|µg|g|kg|ml|mL|cc|L|%|mm|cm|units?|IU|tabs?|cells|copies|x10)\b")
RANGE_OR_UNIT = re.compile(  # 1995-1996, 0700-1900, 5040cGy, 10x20x30, SNP ids (rs1801133)
    r"\d{1,4}(?:-\d{1,4})+|\d+[A-Za-z]{2,}|\d+(?:[xX×]\d+)+[a-z]*|rs\d+"
    # a hyphen part that is a lower-case word or a number with a unit/ordinal ("2000-calorie", "10-25th",
    # "para-1-0-2-1", "24-48hrs"), or only short parts ("T11-T12", "C5-C6")
    r"|.*(?:^|-)(?:[a-z]{2,}|\d+[a-z]+\w*)(?:-.*|$)|[A-Za-z0-9]{1,3}(?:-[A-Za-z0-9]{1,3})+")


def _long_identifier(text: str, q: int, spans: _Spans) -> None:
    """Safe Harbor's "any other unique identifying number": a token of 7+ digits, or of 6+ letters and digits with
    4+ digits ("u48821", "HM-88017233", "STUDY00021448"), is an [ID] even with no cue word. Lowest priority:
    dates, phones, MRNs, SSNs and cued IDs found by other rules win. Not: ranges, times, measurements with a
    unit, decimals, money, glued words ("2003DATE")."""
    m = TOKEN_REST.match(text, q)
    r = m.end()
    tok = text[q:r]
    if USER_NAME.fullmatch(tok) and _user_name(tok):
        spans.add(q, r, "ID", 1)  # a login built from a person's name ("mgarza2", "jsmith01") is an account's ID
        return
    if FORM_CODE.fullmatch(tok) or "-" in tok and FORM_BEFORE.search(text, max(0, q - 8), q):
        return  # a form's number names a document: "CMS-2728 on file", "school form PH-4103", "form 4417-EN"
    if TAG_ID.fullmatch(tok):
        if "RADS" not in tok and not DOCUMENT_BEFORE.search(text, max(0, q - 16), q):
            spans.add(q, r, "ID", 1)  # a device's or asset's tag: "BHH-TAB-031" (not "LI-RADS-5", "policy LAB-CV-004")
        return
    dotted = q > 1 and text[q - 1] == "." and text[q - 2].isalpha()  # "APL.0012839912", "No.12345678"
    if (q and (text[q - 1] in NOT_ID_BEFORE and not dotted or text[q - 1] == "," and text[q - 2:q - 1].isdigit())
            or NOT_ID_AFTER.match(text, r) or RANGE_OR_UNIT.fullmatch(tok) or TRIAL_REGISTRATION.fullmatch(tok)):
        return
    digits = sum(c.isdigit() for c in tok)
    alnum = len(tok) - tok.count("-")
    long_enough = digits >= 7 if digits == alnum else (digits >= 4 and alnum >= 6)
    if (long_enough and not CODE_BEFORE.search(text, max(0, q - 24), q) and not OBSTETRIC.fullmatch(tok)
            and not _code_column(text, q)):
        typ = _column_type(text, q)
        if typ is None and q < 400 and NAME_HEADER_BEFORE.search(text, text.rfind("\n", 0, q) + 1, q):
            typ = "MRN"  # the number beside the patient's name at the top of a note: "Whitaker, D  LRH-3390172"
        elif typ is None and MRN_LABEL_BEFORE.search(text, max(0, q - 40), q):
            typ = "MRN"  # a record number's label with a qualifier: "MRN AT DEST: M000771903"
        spans.add(q, r, typ if typ in ("MRN", "SSN", "PHONE") else "ID", 1)


USER_NAME = re.compile(r"[a-z]{4,16}\d{1,3}")
MRN_LABEL_BEFORE = re.compile(r"\b(?i:mrn|mr#|medical[ \t]+record(?:[ \t]+(?:number|no\.?))?)[ \t]+[A-Za-z][^:\n\d]{0,24}:[ \t]*$")
DOCUMENT_BEFORE = re.compile(r"\b(?i:polic(?:y|ies)|protocol|procedure|sop|form|guideline|standard)[ \t#:.]*$")
# a trial's public registration names a study, not a person: "NCT05512208", "ISRCTN48120544", "ACTRN12619000123456"
TRIAL_REGISTRATION = re.compile(r"NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|DRKS\d{8}|ChiCTR\d{10}|PACTR\d{15}|JPRN-\w+")
# forms of US and South African agencies, named by number: CMS-2728, HCFA-1500, SF-86, DD-214, DHA-1663, BI-1663
FORM_BEFORE = re.compile(r"\b(?i:form)[ \t#:.]*$")
FORM_CODE = re.compile(r"(?:CMS|HCFA|SF|DD|DS|DHA|BI|VA)-\d{2,5}[A-Z]?")
TAG_ID = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})+-\d{2,}")  # two words of capitals, then the number
OBSTETRIC = re.compile(r"[Gg]\d{1,2}[Pp]\d{1,4}(?:-?\d)*")  # gravida/para: "G3P1011", "g2p1001"
# a table column whose header names lots or batches ("Mfr/Lot", "Batch"), or a line that labels its codes
# ("Read/SNOMED: Atrial fibrillation (49436004)")
LOT_HEADER = re.compile(r"(?i)\b(?:lot|batch)\b")
CODE_LINE = re.compile(r"(?i)\b(?:snomed|read[ \t]+codes?|icd(?:-?1[01])?|loinc|cpt)\b")


def _code_column(text: str, q: int) -> bool:
    """Is the token at q a code by its place: under a 'Lot'/'Batch' header of a space-aligned table, or in
    brackets on a line labelled with a terminology ("SNOMED: ... (49436004)")?"""
    ls = text.rfind("\n", 0, q) + 1
    if text[q - 1:q] == "(" and CODE_LINE.search(text, ls, q):
        return True
    col, pos = q - ls, ls
    if not WIDE_GAP.search(text, ls, text.find("\n", q) % (len(text) + 1)):
        return False  # no aligned columns on the token's line
    for _ in range(15):  # up the table to a header row
        if pos == 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if not line.strip():
            return False
        pos = prev
        h = LOT_HEADER.search(line)
        if h and len(WIDE_GAP.findall(line)) >= 2:  # the header cell holding "Lot" runs from after the previous wide gap to the next one
            start = max(line.rfind("  ", 0, h.start()) + 2, 0) if "  " in line[:h.start()] else 0
            nxt = WIDE_GAP.search(line, h.end())
            return start <= col < (nxt.end() if nxt else len(line) + 40)
    return False
# terminology codes name a concept, not a person: "SNOMED 22298006", "NDC 0093-7180-56", "LOINC 2345-7"
CODE_BEFORE = re.compile(r"\b(?i:snomed(?:[ -]ct)?|loinc|ndc|cpt|icd(?:-?1[01])?(?:-cm)?|rxnorm|rxcui|hcpcs|umls|cui|opcs|"
                         # ... and so do a drug plan's routing numbers and a vaccine's or drug's lot ("lot Y009412")
                         r"(?:rx[ \t]*)?bin|(?:rx[ \t]*)?pcn|gtin|lot|batch|deviceidentifier\"?|model|catalog|catalogue)"
                         r"[ \t]*(?i:codes?|no\.?|nos\.?|numbers?|#s)?[ \t:#\"]*$")  # "Lot #s: P100487320"


def _user_name(tok: str) -> bool:
    """Initial(s) + a listed surname that is no common word, then digits ("mgarza2", "jsmith01", "abenitez7")."""
    letters, L = tok.rstrip("0123456789"), _lists()
    return any(letters[k:] in L["last"] and letters[k:] not in L["common"] and letters[k:] not in L["words"]
               and len(letters) - k >= 4 for k in (1, 2))


def _column_type(text: str, q: int) -> str | None:
    """In a '|' table, the type its column header names ("| Name | MRN | DOB |" -> MRN), else None."""
    ls = text.rfind("\n", 0, q) + 1
    if "|" not in text[ls:q]:
        return None
    col = text.count("|", ls, q)
    pos = ls
    for _ in range(40):  # up the table to its first row
        prev = text.rfind("\n", 0, max(pos - 1, 0)) + 1
        if pos == 0 or "|" not in text[prev:pos - 1]:
            break
        pos = prev
    cells = text[pos:text.find("\n", pos) if "\n" in text[pos:] else len(text)].split("|")
    m = COLUMN_TYPE.search(cells[col]) if col < len(cells) else None
    return m.lastgroup.upper() if m else None


COLUMN_TYPE = re.compile(r"(?i)(?P<mrn>\bmrn\b|mr\s*#|medical record|\bchart\b)|(?P<ssn>\bssn\b|social security)"
                         r"|(?P<phone>phone|\btel\b|mobile|cell|pager)|(?P<age>^[ \t]*age[ \t]*$)")


def _age_context(text: str, q: int, end: int) -> bool:
    """Does what stands around the number at q..end make it an age ("she is", "died at", "wife (", "Marjorie (",
    "Harold was", "Esther Kaplan, 92,")?"""
    if text.rfind("|", max(0, q - 8), q) >= 0 and _column_type(text, q) == "AGE":
        return True  # a table's Age column: "| Kowalski, Irena | 94 | F |"
    m = AGE_CONTEXT_BEFORE.search(text, max(0, q - 30), q)
    if m and m.group("dob"):
        return text[end:end + 1] == ")"
    if m and (m.group("name") or m.group("subject")):
        L = _lists()
        low = (m.group("name") or m.group("subject")).lower()
        if low in L["common"]:
            return False  # "Glucose (95)"
        if low in L["first"] and m.group("name"):
            return True  # "Marjorie (94)"
        # "Harold was 98", or a surname with the age set off on both sides ("Esther Kaplan, 92, ..."): a listed
        # name that open text does not write in lower case ("Sodium was 129" is a word)
        closed = text[end:end + 1] in (",", ")")
        return low not in L["words"] and (low in L["first"] or low in L["last"] and (closed or m.group("subject")))
    return m is not None


def _cue_matches(tl: str, rx: re.Pattern, words):
    """Matches of rx that start a word, tried where one of its first words occurs (or found by rx itself)."""
    if words is None:
        for m in rx.finditer(tl):
            if not (m.start() and tl[m.start() - 1].isalnum()):
                yield m
        return
    for w in words:
        i = tl.find(w)
        while i >= 0:
            m = None if i and tl[i - 1].isalnum() else rx.match(tl, i)  # the cue must start a word
            i = tl.find(w, i + 1)
            if m is not None:
                yield m


def _month_dates(text: str, start: int, end: int, spans: _Spans) -> None:
    """Dates written with the month name at start..end ("Jan 2nd, 2020", "the 5th of May", "March 2019")."""
    lo, hi = max(0, start - 24), min(len(text), end + 24)
    mm = SPELLED_DAY_DATES[0].match(text, start)  # "November fourteenth": anchored at the month
    if mm is None and text[start - 3:start] == "of ":  # "the fifth of November"
        mm = SPELLED_DAY_DATES[1].search(text, max(0, start - 36), min(len(text), end + 12))
    if mm:
        spans.add(mm.start(), mm.end(), "DATE", 6)
    for rx in MONTH_DATES + (DAY_FIRST_DATE,):
        for mm in rx.finditer(text, lo, hi):
            s, e = mm.start(), mm.end()
            if rx is DATE_PATTERNS[2] and not text[e - 4:e].isdigit():  # "Nov 3-5, 2026": the range's other day
                tail = DAY_RANGE_TAIL.match(text, e)
                e = tail.end() if tail else e
            elif text[s].isdigit() or text[s:s + 4] == "the ":  # "3-5 Nov", "3rd to 7th November"
                head = DAY_RANGE_HEAD.search(text, max(0, s - 14), s)
                s = head.start() if head else s
            spans.add(s, e, "DATE", 6)


def _no_fraction(value: str, text: str, p: int) -> bool:
    """Can M/D not be a fraction or score? A day of 11-31 ("fell 11/20"), or a month of 6-12 above the day ("TEE
    (11/5)", "f/u 12/8"): scores and portions are written lowest first ("4/5", "3/10", "1/2 tab", "2/3 cores"),
    and the few falling ones are small (strengths "5/4", ratios "3/1")."""
    month, day = (int(x) for x in value.split("/"))
    return day >= 11 or month > day and month >= 6 and not MEASURE_PAIR_BEFORE.search(text, max(0, p - 40), p)


DAY_FIRST_FULL = re.compile(r"(?<![\d/.-])(?:1[3-9]|2\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d{2})(?![\d/]|[.-]\d)")


@functools.lru_cache(maxsize=8)
def _day_first_note(text: str) -> bool:
    """Does the note write a full date day first (a day of 13-31 before the month: "19/11/2026", "23.11.26")?"""
    return DAY_FIRST_FULL.search(text) is not None


def _short_date(text: str, p: int, spans: _Spans) -> None:
    """3/4 at p after a date word ("seen 3/4", "Date of visit: 3/4"), before a time ("2/19 0800"), with a day
    of 11-31 outside score context ("fell 11/20"), or ending a range ("3/4-3/9")."""
    if text[p - 1:p] == "/":
        return  # the middle of "3/3/2", "1/2/3" (scores of parts)
    if UK_DURATION.match(text, p) and DURATION_BEFORE.search(text, max(0, p - 8), p):
        return  # British durations: "review in 6/52", "for 5/7" (days), "in 3/12" (months)
    mm = SHORT_DATE_DM.match(text, p)
    if mm:  # day/month needs a date word or weekday before or a time after ("19/11 08:00"): never a score then
        rng = RANGE_END_DM.search(text, max(0, p - 16), p)  # "from 14/11 to 18/11", not "pain 14/10 to 15/10"
        if (SHORT_DATE_CUE_REV.match(text[max(0, p - 40):p][::-1]) or TIME_AFTER.match(text, mm.end())
                or rng and not NOT_DATE_BEFORE.search(text, max(0, rng.start() - 16), rng.start())
                # ... or a note that writes its full dates day first ("19/11/2026"): "USS abdomen 23/11" there
                or _day_first_note(text) and not NOT_DATE_BEFORE.search(text, max(0, p - 16), p)
                and not NOT_DATE_AFTER.match(text, mm.end())):
            wd = WEEKDAY_BEFORE.search(text, max(0, p - 12), p)
            spans.add(wd.start() if wd else p, mm.end(), "DATE", 5)
        return
    mm = SHORT_DATE_AT.match(text, p)
    if mm and (SHORT_DATE_CUE_REV.match(text[max(0, p - 40):p][::-1]) or TIME_AFTER.match(text, mm.end())
               or text[mm.end():mm.end() + 1] == ")" and RESULT_PAREN_BEFORE.search(text, max(0, p - 16), p)
               or _no_fraction(mm.group(), text, p) and not NOT_DATE_BEFORE.search(text, max(0, p - 16), p)
               and not NOT_DATE_AFTER.match(text, mm.end())):
        wd = WEEKDAY_BEFORE.search(text, max(0, p - 12), p)
        spans.add(wd.start() if wd else p, _day_range_end(text, mm), "DATE", 5)
        return
    mm = SHORT_DATE_VALUE.match(text, p)
    if mm:
        rng = RANGE_END.search(text, max(0, p - 16), p)  # the end of "3/4-3/9", "3/4 to 3/9"
        if rng and not (rng.group().split("/")[1].startswith("10")  # not a "2/10-3/10" pain range
                        or NOT_DATE_BEFORE.search(text, max(0, rng.start() - 16), rng.start())):
            spans.add(p, mm.end(), "DATE", 5)
        rng = RANGE_START.match(text, mm.end())  # the start of "4/2 - 5/14"
        if rng and not (mm.group().split("/")[1].startswith("10") or rng.group(1).startswith("10")
                        or NOT_DATE_BEFORE.search(text, max(0, p - 16), p)):  # "strength 4/5 to 5/5"
            spans.add(p, mm.end(), "DATE", 5)


DAY_RANGE_AFTER = re.compile(r"-(\d{1,2})(?![\d/.:-]|[ \t]*(?:(?:times|x|days?|weeks?|wks?|hours?|hrs?|mg|ml|tabs?)\b|%))")


def _day_range_end(text: str, mm: re.Match) -> int:
    """The end of a month/day date, or of the compact range it starts ("12/5-6": the 5th and 6th): a later day of
    the month after a hyphen."""
    r = DAY_RANGE_AFTER.match(text, mm.end())
    day = mm.group().split("/")[1]
    return r.end() if r and day.isdigit() and int(day) < int(r.group(1)) <= 31 else mm.end()


# the last word of every identifier/phone cue: a number after any other word needs no closer look
NUM_CUE_LAST = frozenset(
    """mrn mr# mrn# number no no. num # id record rec chart hospital unit emr ehr account acct a/c license licence lic
    dl certificate cert serial vin identification policy subscriber beneficiary medicare medicaid npi dea upi passport
    accession specimen csn fin har requisition s/n sn imei udi device implant pacemaker tag group order visit
    encounter case reference ref authorization auth confirmation registration lot employee badge insurance member
    plan billing claim plate vehicle acc study subject screening is of phone ph tel telephone cell mobile home work
    pager pgr beeper call contact fax callback cb at mbi mob mob. landline hosp urn nhs chi ohip hcn phn ramq card aadhaar aadhar uid uidai nhi job rx enc clia request badge member claim referral
    commission protocol irb kit ticket confirmation conversation report tracking voucher uhid ur s-number k-number
    d-number m-number rio pas emis systmone hrn crn empi here there collar warrant crime incident
    userid login bleep blp switchboard line ni nino insurance ppsn pps ihi tfn file dva sin ird abha
    provider prescriber gmc nmc ahpra identifier epic h&c m.r.n u.h.i.d folder hp h/p ubrn crn reg reg# hpcsa mcr
    mcrn imc nmbi pin mmc kmc dmc tnmc smc cpso cno session band shield workstation ws terminal grp icn
    mcnz ncnz pcnz mdcn kmpdc pmdc gphc hcpc cpsbc cpsa census""".split()
)
def _may_follow_cue(tl: str, q: int) -> bool:
    """Is the word before position q the last word of some identifier cue? (cheap string work, no regex)"""
    chunk = tl[max(0, q - 24):q].rstrip(" \t\n:=(")
    if chunk.endswith(("#", ")")):  # "job #8812", "MRN (if known): 0071"
        return True
    parts = chunk.rsplit(None, 1)
    w = parts[-1].rsplit(",", 1)[-1].lstrip("([{\"'|;") if parts else ""  # a CSV cell's "...,MRN UCH4410297"
    return w in NUM_CUE_LAST or w.rstrip(".") in NUM_CUE_LAST


# a note's first lines naming the patient as "Surname, First" (or after "Pt:") and nothing else before a number
NAME_HEADER_BEFORE = re.compile(r"(?m)^[ \t]*(?:(?i:pt|patient|name)[ \t]*:[ \t]*)?[A-Z][A-Za-z'’-]+,[ \t]*[A-Z][A-Za-z.]*"
                                r"(?:[ \t]+[A-Z][A-Za-z.]*)?[ \t]+$")
# a line that names the patient in a note's header, before a "<place> #:" field
PATIENT_HEADER = re.compile(r"(?m)^[ \t]*(?i:pt|patient|resident|client|name)[ \t]*:[^\n#]*[A-Za-z][ \t]+#[ \t]*:?[ \t]*$")
AGE_SEX_HASH_BEFORE = re.compile(r"\b\d{1,3}[ \t]?(?i:m|f|yo[mf]?|y/o[ \t]?[mf]?)[ \t]*#[ \t]*$")  # "dawn 58f #771204"
OFFICER_BEFORE = re.compile(r"\b(?i:officers?|ofc\.?|deputy|det\.?|detective|sgt\.?|sergeant|trooper|constable)"
                            r"[ \t]+(?:[A-Z]\.?[ \t]*)?[A-Z][a-z]+[ \t]*#[ \t]*$")  # "Officer R. Thao #1187"
# a signer's staff number after an initial and surname: "sign-off: J. Wilson #4471", "RN K. Obi #P-2093"
SIGNER_BEFORE = re.compile(r"\b[A-Z]\.[ \t]*[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]*#[ \t]*$")
SHORT_NUMBER_CUE_REV = re.compile(r"[^a-z]*(?:egdab|rallok|dleihs)(?![a-z])", re.I)  # read backwards
SHORT_NUMBER_AT = re.compile(r"\d{2,3}(?![\w/.-])")
MEMBER_CUE_REV = re.compile(r"[^a-z]*(?:di[ \t]*)?(?:rebmem|rebircsbus)(?![a-z])", re.I)
MEMBER_SUFFIX = re.compile(r"[ \t]\d{2}(?=[ \t]{2,}|\t|[ \t]*(?:\n|$))")
AGENCY_PREFIX = re.compile(r"(?<![\w-])[A-Z]{1,5}[ \t]$")  # "Serial no. C 4410872" too
# an agency's or register's acronym and "no."/"#"/"ref" before a value: "CAS no. CAS 412/06/2025", "MBOD ref"
ACRONYM_CUE_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,6})\.?[ \t]*(?:no\.?|No\.?|NO\.?|number|#|ref\.?)[ \t]*[:#]?[ \t]*$")
NHS_NUMBER_ON_LINE = re.compile(r"\b(?:NHS|CHI|H&C)[ \t]+(?i:no\.?|number|#)")
ACRONYM_AFTER_NO = re.compile(r"(?<![\w-])(?i:no\.?|number|#)[ \t]*[:#]?[ \t]*([A-Z]{2,6})[ \t]+$")
# codes that name a product, a drug plan's routing or a batch, never a person
CODE_WORDS = frozenset("ndc gtin bin pcn iin icd cpt loinc snomed lot batch irb gcs".split())
REF_RANGE = re.compile(r"(\d{1,4}(?:\.\d+)?)-(\d{1,4}(?:\.\d+)?)")
DAY_MONTH_SHAPE = re.compile(r"\d{1,2}/\d{1,2}|(?:0?[1-9]|1[0-2])/" + YEAR)  # "cert 11/15", "PAS 3/2024"


def _numeric_date(value: str) -> bool:
    """Is a cued value a date or a year ("Visit: 2026-11-12")? Then the date rules type it."""
    m = DATE_PATTERNS[0].fullmatch(value)
    return bool(m and _valid_numeric_date(m) or DATE_PATTERNS[1].fullmatch(value) or YEAR_ONLY.fullmatch(value)
                or DAY_MONTH_SHAPE.fullmatch(value))  # "cert 11/15": the short-date rules decide


def _cued_number(text: str, q: int, p: int, spans: _Spans, cfg: DeidConfig) -> None:
    """An identifier or phone number at q (its first digit at p) announced by a cue word before it."""
    m = REV_NUM_CUE.match(text[max(0, q - 40):q][::-1])
    tail = text[max(0, q - 10):q]
    acronym = (ACRONYM_CUE_BEFORE.search(text, max(0, q - 20), q)
               if m is None and ("#" in tail or "o." in tail or "O." in tail or "o " in tail or "O " in tail or "o:" in tail
                                 or "ref" in tail or "umber" in tail) else None)  # "no.", "NO ", "ref", "number"
    if acronym and (acronym.group(1).lower() in CODE_WORDS or acronym.group(1).lower() in _lists()["common"]):
        return  # "NDC # 0093-7180-56", "BIN 610649"; "RECORD#" is a word in capitals, not an agency
    if not (m or acronym):
        if (text[q - 1] == "#" or text[q - 1] in " \t" and text[max(0, q - 4):q].rstrip(" \t:").endswith("#")) \
                and not CODE_BEFORE.search(text, max(0, q - 24), q):
            v = ID_VALUE_AT.match(text, q)  # "intake #KY-APS-26-118302", "agency # 197144": a long value after "#"
            if v is None or _numeric_date(v.group()) or UNIT_AFTER_ID.match(text, v.end()):
                return
            if sum(c.isdigit() for c in v.group()) >= 4 and (PATIENT_HEADER.search(text, text.rfind("\n", 0, q) + 1, q)
                                                            or AGE_SEX_HASH_BEFORE.search(text, max(0, q - 12), q)):
                spans.add(v.start(), v.end(), "MRN", 8)  # "Pt: Wojcik, Irene   Wills #: W0092381": the facility's number
            elif (sum(c.isdigit() for c in v.group()) >= 6 or OFFICER_BEFORE.search(text, max(0, q - 40), q)
                  or sum(c.isdigit() for c in v.group()) >= 3 and SIGNER_BEFORE.search(text, max(0, q - 40), q)):
                # not "Walgreens #07261"; an officer's badge is short ("officers Morales #14421")
                spans.add(v.start(), v.end(), "ID", 7)  # over a phone shape inside it ("# MC-0919-4472130")
        return
    kind = m.lastgroup if m else "id"
    if acronym and NHS_NUMBER_ON_LINE.search(text, text.rfind("\n", 0, q) + 1, q):
        kind = "mrn"  # beside the NHS number, a trust's own number is the hospital number: "RCHT No: T0588413"
    if kind == "phone":
        start = p - 1 if p and text[p - 1] in "(+" else p
        v = PHONE_VALUE_AT.match(text, start)
        # not "Call 0012 (000)" nor "at 0800 1200 1600 2000" (times; the value would be cut inside a number)
        if (v and 7 <= sum(c.isdigit() for c in v.group()) <= 15 and v.group().count("(") == v.group().count(")")
                and not text[v.end():v.end() + 1].isdigit() and not CLOCK_TIMES.fullmatch(v.group())):
            spans.add(v.start(), v.end(), _phone_type(text, start, cfg), 7)
        return
    if kind == "national":
        v = NATIONAL_VALUE_AT.match(text, q)
        if v and (sum(c.isdigit() for c in v.group()) >= 8 or re.fullmatch(NINO, v.group())):
            spans.add(v.start(), v.end(), "ID", 9)
            return
    v = GROUPED_VALUE_AT.match(text, q) if text[p:p + 7].count(" ") else None
    if not (v and sum(c.isdigit() for c in v.group()) >= 8):
        v = ID_VALUE_AT.match(text, q)
    if v is None and m and SHORT_NUMBER_CUE_REV.match(m.group()):
        v = SHORT_NUMBER_AT.match(text, q)  # police badge and collar numbers are short: "(badge 223)"
    if not v or _numeric_date(v.group()) or v.group().split(None, 1)[0].lower() in CODE_WORDS:
        return  # "Visit: 2026-11-12" is a date, "Rx BIN 610649" a pharmacy routing code
    rr = REF_RANGE.fullmatch(v.group()) if m and "fer" in m.group() else None
    if rr and float(rr.group(1)) < float(rr.group(2)):
        return  # a result's reference range: "Na 118 (ref 135-145)"
    digits = sum(c.isdigit() for c in v.group())
    if digits < (1 if kind == "mrn" else 4 if m and "ycilop" in m.group() else 2):
        return  # "per policy HIM-214" names a rule; insurers' policy numbers are long
    if digits < 4 and ("/" in v.group() or " " in v.group()):
        return  # "serial CD4/CD8", "protocol ACTG 222": a slashed or prefixed reference has 4+ digits
    if kind != "mrn" and UNIT_AFTER_ID.match(text, v.end()):
        return  # a measurement: "incident 1500 mL"
    # the cue beats a phone or SSN shape: "Subject ID 302-014-0087", "MRN: 001-44-8812"
    priority = 9 if PHONE_RE.fullmatch(v.group()) or SSN_RE.fullmatch(v.group()) else 8 if kind == "mrn" else 7
    end = v.end()
    if m and MEMBER_CUE_REV.match(m.group()):
        suffix = MEMBER_SUFFIX.match(text, end)  # a card's person code after the number: "Member ID: U55281937 01"
        end = suffix.end() if suffix else end
    start = v.start()
    if start == q and m and text[q - 1] in " \t":
        pre = ACRONYM_AFTER_NO.search(text, max(0, q - 24), q)  # "Reg. No. MMC 2007/03/1841": the council's
        start = pre.start(1) if pre else start                 # letters are part of the number
    spans.add(start, end, "MRN" if kind == "mrn" else "ID", priority)


def _phone_type(text: str, start: int, cfg: DeidConfig) -> str:
    return cfg.fax_as if FAX_BEFORE.search(text, max(0, start - 20), start) else "PHONE"


def _valid_numeric_date(m: re.Match) -> bool:
    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if not ((1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)):
        return False
    if sep == "." and len(y) == 2:  # 1.5.10 looks like a version or a dose list; 21.10.26 is dd.mm.yy
        if len(m.group(1)) == len(m.group(3)) == 2 and 1 <= b <= 12:
            return True  # ... and so is any other after a date word: "Date: 1.12.26", "seen 11.30.26"
        return SHORT_DATE_CUE_REV.match(m.string[max(0, m.start() - 40):m.start()][::-1]) is not None
    return True


# ---------------------------------------------------------------- HL7 v2 messages (interface logs pasted in notes)

# (segment, field number) -> what the field holds; XCN = "id^family^given" of a clinician
HL7_FIELDS = {
    ("MSH", 7): "DATE", ("MSH", 10): "ID",
    ("PID", 2): "MRN1", ("PID", 3): "MRN1", ("PID", 4): "MRN1", ("PID", 5): "NAME", ("PID", 6): "NAME",
    ("PID", 7): "DATE", ("PID", 9): "NAME", ("PID", 11): "XAD", ("PID", 13): "PHONE", ("PID", 14): "PHONE",
    ("PID", 18): "ID", ("PID", 19): "SSN", ("PID", 20): "ID",
    ("NK1", 2): "NAME", ("NK1", 4): "XAD", ("NK1", 5): "PHONE", ("NK1", 6): "PHONE",
    ("PV1", 7): "XCN", ("PV1", 8): "XCN", ("PV1", 9): "XCN", ("PV1", 17): "XCN", ("PV1", 19): "ID",
    ("ORC", 12): "XCN", ("OBR", 16): "XCN", ("OBR", 28): "XCN", ("OBX", 16): "XCN", ("IN1", 16): "NAME",
    ("IN1", 36): "ID", ("GT1", 3): "NAME", ("GT1", 5): "XAD", ("GT1", 6): "PHONE",
    ("MSH", 4): "HD", ("MSH", 6): "HD", ("PV1", 3): "PL", ("PV1", 39): "HD", ("PD1", 3): "XON", ("IN1", 5): "XAD",
}
HL7_SEGMENT = re.compile(r"(?m)^([A-Z][A-Z0-9]{2})\|[^\n]*")
# A person anywhere in a message (EVN-5 operator, PD1-4, fields senders put one position off): "id^FAMILY^GIVEN" with
# an id of digits or a login, or "FAMILY^GIVEN" where a part is a listed name. Not codes: "2345-7^GLUCOSE^LN".
HL7_PERSON = re.compile(r"(?:(?P<id>\d{4,}|[a-z][a-z0-9._]*|[A-Za-z]+\d+)\^)?(?P<family>[A-Za-z][A-Za-z' -]*)\^(?P<given>[A-Za-z][A-Za-z'-]*)"
                        r"(?:\^(?P<middle>[A-Za-z]*))?(?:\^[^|]*)?")
HL7_RELATIONS = frozenset("SEL SELF SPO CHD PAR SIB OTH EME FTH MTH GRD".split())  # HL7 table 0063, not names
HL7_RECORD_TYPES = frozenset("MR MRN AN PI PT PN VN FI".split())  # CX id types a facility assigns (not SS, DL, NPI)


def _find_hl7(text: str, spans: _Spans) -> None:
    """Fields of HL7 v2 segments that hold identifiers, by their position (PID-5 is the patient's name ...)."""
    facilities: set[str] = set()
    names: set[str] = set()
    for seg in HL7_SEGMENT.finditer(text):
        name, pos = seg.group(1), seg.start()
        fields = seg.group().split("|")
        offsets = [pos]
        for f in fields[:-1]:
            offsets.append(offsets[-1] + len(f) + 1)
        for i, (field, start) in enumerate(zip(fields, offsets)):
            kind = HL7_FIELDS.get((name, i + 1 if name == "MSH" else i))  # MSH-1 is the separator itself
            if not kind or not field.strip("^~ ") or kind == "NAME" and field in HL7_RELATIONS or \
                    kind == "ID" and not any(c.isdigit() for c in field):  # a sender's fields one position off
                continue
            comps = field.split("^")
            end = start + len(field)
            if kind == "MRN1":
                spans.add(start, start + len(comps[0]), "MRN", 9)
            elif kind == "XCN":
                if comps[0]:
                    spans.add(start, start + len(comps[0]), "ID", 9)
                if len(comps) > 1 and comps[1]:
                    spans.add(start + len(comps[0]) + 1, start + len("^".join(comps[:3])), "NAME", 9)
            elif kind == "XAD":  # street^other^city^state^zip
                head = "^".join(comps[:4]).rstrip("^")
                if head:
                    spans.add(start, start + len(head), "ADDRESS", 9)
                if len(comps) > 4 and comps[4]:
                    z = start + len("^".join(comps[:4])) + 1
                    spans.add(z, z + len(comps[4]), "ZIP", 9)
            elif kind == "DATE":
                spans.add(start, start + len(comps[0]), "DATE", 9)
            elif kind in ("ID", "SSN", "PHONE"):  # the number; its assigning authority or type code follows
                spans.add(start, start + len(comps[0]), kind, 9)
            elif kind == "HD":  # a sending / receiving / servicing facility: its namespace id
                facilities.add(comps[0])
            elif kind == "PL" and len(comps) > 3:  # ward^room^bed^facility
                facilities.add(comps[3])
            elif kind == "XON":  # organisation name^type^id
                facilities.update(comps[0:3:2])
            else:
                spans.add(start, end, kind, 9)
        for field, start in zip(fields, offsets):
            _hl7_field_shapes(field, start, spans, facilities, names)
    _hl7_facilities(text, facilities, spans)
    _propagate_names(text, names, spans)


def _hl7_field_shapes(field: str, start: int, spans: _Spans, facilities: set[str], names: set[str]) -> None:
    """What a field holds by its shape, wherever it stands: a person (XCN/XPN), or a record number's assigning
    authority ("E2093418^^^BMC^MR": BMC is the hospital)."""
    L = _lists()
    for rep in field.split("~"):
        comps = rep.split("^")
        if len(comps) >= 5 and comps[4] in HL7_RECORD_TYPES and comps[3]:
            facilities.add(comps[3])
        m = HL7_PERSON.fullmatch(rep)
        if m and (m.group("id") or _ascii(m.group("given").lower()) in L["first"] or
                  _ascii(m.group("family").lower()) in L["last"]) and \
                _ascii(m.group("given").lower()) not in L["common"] and len(m.group("given")) > 1:
            if m.group("id"):
                spans.add(start + m.start("id"), start + m.end("id"), "ID", 8)
            for g in ("family", "given", "middle"):
                if m.group(g):
                    spans.add(start + m.start(g), start + m.end(g), "NAME", 8)
                    names.add(m.group(g))
        start += len(rep) + 1


def _hl7_facilities(text: str, facilities: set[str], spans: _Spans) -> None:
    """The facility codes of a message's header and ids, wherever they recur ("sending facility QUEST expects
    'BAYSTATE'")."""
    for code in facilities:
        code = code.strip()
        if len(code) < 2 or not code.replace("_", "").replace(" ", "").isalpha() or code.upper() in HL7_RECORD_TYPES:
            # a code with digits ("FAC01") numbers a facility in an interface, it does not name it
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(code) + r"(?!\w)", text):
            spans.add(m.start(), m.end(), "FACILITY", 8)


# ---------------------------------------------------------------- tables (CSV exports, pipe and tab tables)

# A header row: 3+ short labels (1-4 words) separated by ",", ";", "|" or a tab, optionally framed by "|".
TABLE_HEADER = re.compile(  # matched at each line start (found with str.find: faster than a (?m)^ scan)
    r"[ \t]*\|?[ \t]*(?P<cells>[A-Za-z][\w#./()%-]*(?: [\w#./()%-]+){0,3}"
    r"(?:[ \t]*(?P<d>[,;|\t])[ \t]*[A-Za-z][\w#./()%-]*(?: [\w#./()%-]+){0,3})"
    r"(?:[ \t]*(?P=d)[ \t]*[A-Za-z][\w#./()%-]*(?: [\w#./()%-]+){0,3})+)[ \t]*\|?[ \t]*(?=\n|$)")
# What a column holds, from its header label (lower case, "_" read as a space)
COLUMN_KIND = re.compile(
    r"(?P<patient>^(?:pt|patient|client|resident|member|subscriber|guarantor)(?: (?:full )?name)?$|^(?:full )?name$"
    r"|^(?:last|first|middle|given|family|sur|maiden)(?: ?names?)?$)"
    r"|(?P<staff>attending|^pcp$|provider|physician|doctor|clinician|surgeon|^nurse|^rn$|^md$|notified|consultant"
    r"|^tech$|technician|initials|^inits?$|owner|case manager|^cm$|(?:entered|signed|collected|verified|by)$|author"
    r"|^user(?: ?(?:name|id))?$|^login(?: ?id)?$)"
    r"|(?P<MRN>\bmrn\b|mr ?#|mr no|medical record|\bchart\b|hosp(?:ital)? (?:no|num|#)|\burn?\b|^(?:pt|patient) id$)"
    r"|(?P<SSN>\bssn\b|social security)"
    r"|(?P<age>^age(?: \(?(?:y|yrs|years)\)?)?$)"
    r"|(?P<ZIP>\bzip|post ?code|postal)"
    r"|(?P<PHONE>phone|\btel\b|mobile|\bcell\b|pager|\bfax\b)"
    r"|(?P<FACILITY>facility|hospital|\bsnf\b|pharmacy|practice|clinic$)"
    r"|(?P<ADDRESS>address|street|^city$|^town$)"
    r"|(?P<ID>\bacct\b|account|\bcsn\b|\bfin\b|encounter|member id|policy|claim|\bnpi\b|accession|^id$"
    # a study's participant, a register's entry ("TB No.", "ART #"), the computer an audit row names
    r"|^(?:study|subject|participant|record|screening|enrol(?:l?ment)?) ?(?:id|no\.?|#|number)$"
    r"|^(?:tb|art|ccc|hiv|reg(?:istration)?|register|serial|case|sample|specimen|lab) ?(?:no\.?|#|number)$"
    r"|^(?:workstation|device|terminal)(?: ?id)?$)")
CSV_CELL = {d: re.compile(rf'[ \t]*(?:"((?:[^"\n]|"")*)"|([^{d}\n]*))[ \t]*(?:{d}|$)') for d in ",;"}  # quotes as in RFC 4180
TABLE_RULE = re.compile(r"[ \t|:+=-]*")  # "-----|-----" under a header
PLACEHOLDER_CELLS = frozenset("empty none n/a na tbd unknown self vacant blocked closed pending null - ? x".split())
CELL_TITLE = re.compile(r"(?:(?i:dr|mr|mrs|ms|miss|prof|sr|rev|nurse)\.?[ \t]+|(?i:baby[ \t]+(?:girl|boy)[ \t]+))")
CELL_TAIL = re.compile(r"(?:,?[ \t]+(?:RN|MD|DO|NP|PA|PA-C|NNP|LPN|APRN|CRNA|CNM|MT|PhD|MBBS|RPh|PharmD|CNA|RT|RRT|PT|OT)"
                       r"|[ \t]*\([^()\n]{1,12}\))$")  # a credential or a role in brackets after the name
CELL_NAME = re.compile(r"[^\W\d_][^\W\d_.'’-]*\.?(?:(?:[ \t]+|[ \t]*,[ \t]*|['’-])[^\W\d_][^\W\d_'’-]*\.?){0,4}")
CELL_LOGIN = re.compile(r"[a-z][a-z0-9._]{4,19}")


def _find_tables(text: str, spans: _Spans) -> None:
    """Tables pasted into notes or exported from systems: the header row says what each column holds (a name,
    an MRN, an age ...), and every row below it is read by that header, whatever its values look like."""
    names: set[str] = set()
    for m in _table_headers(text):
        d = m.group("d")
        kinds = [_column_kind(c) for c in m.group("cells").split(d)]
        if len(set(kinds) - {None}) < 2:  # prose with commas names no columns; "Pharmacy | X Pharmacy" is a row
            continue
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[pos:end].strip():
                break  # a blank line ends the table (the next table's header is no row of this one)
            if not TABLE_RULE.fullmatch(text, pos, end):
                cells = _row_cells(text, pos, end, d)
                if len(cells) != len(kinds):  # the table has ended (a comment, a note, a blank line)
                    break
                for kind, (s, e) in zip(kinds, cells):
                    if kind and e > s:
                        _table_cell(text, s, e, kind, spans, names)
            pos = end + 1
    _propagate_names(text, names, spans)


NAME_PART = re.compile(r"[^\W\d_]{4,}(?:['’-][^\W\d_]+)*")


def _propagate_names(text: str, names: set[str], spans: _Spans) -> None:
    """A name read from a table or a message field is a name wherever its words recur in the note, in any case
    ("DOS SANTOS" in a row, "Mr Dos Santos" in the comment below); words of the vocabulary are left alone."""
    L = _lists()
    parts = {p.lower() for n in names for p in NAME_PART.findall(n)}
    parts = {p for p in parts if p not in L["common"] and p not in STOP and p not in L["hard_eponyms"]}
    parts |= {" ".join(p.lower().split()) for n in names for p in n.split(",") if " " in p.strip()}  # "van der Walt"
    if not parts:
        return
    alternatives = (re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(parts, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) +
                         r")(?![\w-]|['’](?!s\b))", re.IGNORECASE)  # a possessive 's may follow
    for m in pattern.finditer(text):
        if m.group()[0].isupper() or m.group() in names:
            spans.add(m.start(), m.end(), "NAME", 7 if " " in m.group() else 3)  # "Dos Santos" over "Santos"


def _table_headers(text: str):
    pos = 0
    while pos >= 0:
        m = TABLE_HEADER.match(text, pos)
        if m:
            yield m
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1


def _column_kind(label: str) -> str | None:
    m = COLUMN_KIND.search(label.strip().strip("|").strip().lower().replace("_", " "))
    return m.lastgroup if m else None


def _row_cells(text: str, pos: int, end: int, d: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value in one row, quotes and spaces left out."""
    if d not in CSV_CELL:
        line = text[pos:end]
        lead = len(line) - len(line.lstrip(" \t|")) if line.lstrip().startswith("|") else 0
        body_end = end - (len(line) - len(line.rstrip(" \t|")) if line.rstrip().endswith("|") else 0)
        cells, s = [], pos + lead
        for piece in text[s:body_end].split(d):
            a = s + len(piece) - len(piece.lstrip())
            cells.append((a, max(a, s + len(piece.rstrip()))))
            s += len(piece) + 1
        return cells
    cells, s = [], pos
    while True:
        c = CSV_CELL[d].match(text, s, end)
        if not c:
            return []
        g = 1 if c.group(1) is not None else 2
        a, b = c.span(g)
        cells.append((a, a + len(text[a:b].rstrip())))
        if c.end() >= end and text[c.end() - 1:c.end()] != d:
            return cells
        if c.end() == end:  # a trailing comma: one more, empty cell
            cells.append((end, end))
            return cells
        s = c.end()


def _table_cell(text: str, s: int, e: int, kind: str, spans: _Spans, names: set[str]) -> None:
    value = text[s:e]
    if value.lower() in PLACEHOLDER_CELLS:
        return
    if kind == "age":
        if value.isdigit() and 90 <= int(value) <= 130:
            spans.add(s, e, "AGE>89", 8)
    elif kind in ("patient", "staff"):
        if kind == "staff" and len(value) > 4 and CELL_LOGIN.fullmatch(value):
            spans.add(s, e, "ID", 8)  # an account name ("rmurphy", "jpetrov2"): the login is an identifier
            return
        t = CELL_TITLE.match(value)
        s2 = s + (t.end() if t else 0)
        tail = CELL_TAIL.search(text, s2, e)
        e2 = tail.start() if tail and tail.start() > s2 else e
        if e2 - s2 > 1 and CELL_NAME.fullmatch(text, s2, e2):
            spans.add(s2, e2, "NAME", 8)
            names.add(text[s2:e2])
    elif kind in ("FACILITY", "ADDRESS"):
        if value[:1].isupper() or value[:1].isdigit():
            spans.add(s, e, kind, 8)
    elif any(c.isdigit() for c in value):
        spans.add(s, e, kind, 8)

# ---------------------------------------------------------------- JSON (FHIR resources, API payloads)

# A value is typed by its key, as in a table by its column: FHIR HumanName, Address and Identifier, and the
# common flat spellings of the same fields.
JSON_KEYED = re.compile(
    r'"(?P<key>family|given|firstName|lastName|first_name|last_name|patientName|line|city|district|county|postalCode'
    r'|postal_code|zip|zipCode|birthDate|dob)"[ \t]*:[ \t]*(?P<value>"(?:[^"\\\n]|\\.)*"|\[[^\]\n]*\])')
JSON_KEY_TYPE = {"family": "NAME", "given": "NAME", "firstName": "NAME", "lastName": "NAME", "first_name": "NAME",
                 "last_name": "NAME", "patientName": "NAME", "line": "ADDRESS", "city": "ADDRESS", "district": "ADDRESS",
                 "county": "ADDRESS", "postalCode": "ZIP", "postal_code": "ZIP", "zip": "ZIP", "zipCode": "ZIP",
                 "birthDate": "DATE", "dob": "DATE"}
JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# An identifier's value typed by the identifier's own type: {"type":{"text":"MRN"},"value":"GHS-00934121"}
JSON_TYPED_ID = re.compile(r'"(?:text|code)"[ \t]*:[ \t]*"(?P<type>MRN?|SSN?|SS|MB|MA|MC|AN|PI|DL|PPN|NPI)"[ \t]*\}*[ \t]*,'
                           r'[ \t]*"value"[ \t]*:[ \t]*"(?P<value>[^"\n]+)"')
JSON_ID_TYPE = {"MR": "MRN", "MRN": "MRN", "PI": "MRN", "SS": "SSN", "SSN": "SSN"}


def _find_json(text: str, spans: _Spans) -> None:
    """Values of JSON documents (FHIR resources pasted into notes, API payloads) typed by their key."""
    for m in JSON_KEYED.finditer(text):
        typ = JSON_KEY_TYPE[m.group("key")]
        for v in JSON_STRING.finditer(text, m.start("value"), m.end("value")):
            if v.end(1) > v.start(1) and (typ != "ZIP" or any(c.isdigit() for c in v.group(1))):
                spans.add(v.start(1), v.end(1), typ, 8)
    for m in JSON_TYPED_ID.finditer(text):
        spans.add(m.start("value"), m.end("value"), JSON_ID_TYPE.get(m.group("type"), "ID"), 8)


# ---------------------------------------------------------------- facilities

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
FACILITY_HEAD_AT = re.compile(_trie(FACILITY_HEADS) + r"(?![\w'’-])")
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


SPACED_DIGITS = re.compile(r"\d \d \d \d \d")
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

# ---------------------------------------------------------------- non-US formats (UK, Canada, Australia/NZ, India)

AU_STATE = r"(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)"
CA_PROVINCE = r"(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU|Ont\.?|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|" \
              r"British[ \t]+Columbia|Nova[ \t]+Scotia|New[ \t]+Brunswick)"
IN_PLACES = (  # Indian states and the largest cities: a 6-digit PIN after one of them ("Pune 411001")
    "Mumbai|Delhi|Bengaluru|Bangalore|Chennai|Kolkata|Hyderabad|Pune|Ahmedabad|Jaipur|Lucknow|Kanpur|Nagpur|Indore|"
    "Bhopal|Patna|Vadodara|Ludhiana|Agra|Nashik|Kochi|Cochin|Coimbatore|Madurai|Mysuru|Mysore|Thiruvananthapuram|"
    "Trivandrum|Chandigarh|Guwahati|Bhubaneswar|Visakhapatnam|Vijayawada|Surat|Noida|Gurgaon|Gurugram|Goa|Mangalore|"
    "Mangaluru|Dehradun|Ranchi|Raipur|Amritsar|Varanasi|Allahabad|Prayagraj|Srinagar|Jammu|Shimla|Puducherry|"
    "Maharashtra|Karnataka|Kerala|Gujarat|Rajasthan|Punjab|Haryana|Bihar|Odisha|Orissa|Assam|Telangana|"
    "Tamil[ \t]+Nadu|Uttar[ \t]+Pradesh|Madhya[ \t]+Pradesh|Andhra[ \t]+Pradesh|West[ \t]+Bengal|Jharkhand|"
    "Chhattisgarh|Uttarakhand|Himachal[ \t]+Pradesh|Tripura|Manipur|Meghalaya|Mizoram|Nagaland|Sikkim|India"
)
# letters of any script ("Te Kūiti", "Ōtorohanga", "Saint-Jérôme"); a period only after an abbreviation ("St.")
_TOWN_WORD = rf"[{UP}ĒĪŌŪ][^\W\d_]*(?:['’-][^\W\d_]+)*(?:(?<![^\W\d_]{{3}})\.)?"
_TOWN = rf"(?=[{UP}ĒĪŌŪ]\S)" + _TOWN_WORD + rf"(?:[ \t]+{_TOWN_WORD}){{0,2}}"
# the town before a postcode must not be a clinical word ("Troponin T1 ...", "Grade 2A")
NOT_TOWN_WORDS = frozenset("grade stage type level score class gleason troponin vitamin lead leads bay bed room ward "
                           "tier phase step day week cycle dose group member policy account plan claim ref".split())
# an address line's tail: "..., Leeds LS1 3EX", "..., Wellington 6011", "..., Pune 411001"
ADDRESS_TAIL = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?P<town>(?:" + _TOWN.replace("{0,2}", "{0,2}?") + r",[ \t]*){0,3}?"  # district, town
    + _TOWN.replace("{0,2}", "{0,2}?") + r")(?:,?[ \t]+(?:" + AU_STATE + r"|" + CA_PROVINCE + r"))?,?[ \t]+"
    r"(?P<pc>" + UK_POSTCODE + r"|" + CA_POSTCODE + r"|\d{5}(?:-\d{4})?|\d{4}|[1-9]\d{2}[ \t]?\d{3})(?![\w/-]|\.\d)"
)
ADDRESS_TAIL_LINES = re.compile(  # a letter's address block: "12 Kings Road\nLeeds\nLS1 3EX" (UK/Canada only)
    r",?[ \t]*\n[ \t]*(?P<town>" + _TOWN.replace("{0,2}", "{0,2}?") + r")(?:,?[ \t]+" + CA_PROVINCE + r")?,?"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<pc>" + UK_POSTCODE + r"|" + CA_POSTCODE + r")(?![\w-])"
)
# "Flat 3, 12 Kings Road", "Unit 5/22 Smith St", "Apartment 4B, 7 High Street": the dwelling before the street
DWELLING_BEFORE = re.compile(
    r"\b(?:Flat|Unit|Apartment|Apt\.?|Suite|Level|Lot|Shop)[ \t]+[0-9]{1,4}[A-Z]?(?=,?(?:[ \t]+|[ \t]*\n[ \t]*)$)"
)
AU_UNIT_STREET = re.compile(  # "5/22 Smith St": unit/number before the street name
    r"\d{1,4}[A-Z]?/\d{1,5}[A-Z]?[ \t]+(?:[A-Z][A-Za-z'.-]*[ \t]+){1,3}" + STREET_TYPES + r"\.?(?![a-z])"
)
# international phones of the common non-US formats: +44 20 7946 0958, +44 (0)7700 900123, +61 2 9374 4000,
# +64 9 379 7440, +91 98765 43210 (the generic PHONE_INTL wants groups of 2-4 digits)
PHONE_INTL_NONUS = re.compile(
    r"(?<![\w+])\+(?:44|61|64|91|353|27)[ \t.-]?(?:\(0\)[ \t.-]?)?\(?\d{1,5}\)?(?:[ \t.-]?\d{2,6}){1,3}(?![\w-])"
)
INTL_NONUS_GATE = re.compile(r"\+(?:44|61|64|91|353|27)")
AU_STATES = frozenset(AU_STATE[3:-1].split("|"))
NHS_LIKE = re.compile(r"(?<![\w-])\d{3} \d{3} \d{4}(?![\w-])")
PHONE_BEFORE = re.compile(r"(?i)\b(?:phone|ph|tel|telephone|mobile|mob|cell|fax|call|contact)\b[^\n]{0,12}$")


def _mod11_ok(digits: str) -> bool:
    """NHS number / CHI check digit: weights 10..2 on the first nine digits, 11 - (sum mod 11); 10 is invalid."""
    if len(digits) != 10:
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits, range(10, 1, -1))) % 11
    return (0 if check == 11 else check) == int(digits[9]) and check != 10


def _verhoeff_ok(digits: str) -> bool:
    """Aadhaar's check digit (Verhoeff, dihedral group D5)."""
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        p.append([p[1][x] for x in p[-1]])
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


# the same postcode patterns, matched backwards from where a number starts (no pass of their own over the text)
PC_BEFORE = re.compile(  # the town may end the line before ("Leeds\nLS1 3EX" in a letter's address block)
    r"(?<![\w-])(?P<pre>" + _TOWN + r",?(?:[ \t]+|[ \t]*\n[ \t]*))(?:(?:" + CA_PROVINCE + r")[ \t,]+)?"
    r"(?P<pc>" + UK_POSTCODE + r"|" + CA_POSTCODE + r")"
)
AU_BEFORE = re.compile(r"(?<![\w-])" + _TOWN + r",?[ \t]+" + AU_STATE + r",?[ \t]+$")
PIN_BEFORE = re.compile(r"(?<![\w-])(?:" + IN_PLACES + r")[ \t]*[,–-]?[ \t]*$")
DWELLING_WORD_BEFORE = re.compile(r"\b(?:Unit|Flat|Apt\.?|Shop|Suite)[ \t]+$")


# where a non-US postcode, Aadhaar number or unit/street may be: one C-level scan, context checked per hit
NON_US_AT = re.compile(  # starts with a digit so that re skips to digits fast; the char before is checked in Python
    r"\d(?:[A-Z][A-Z\d](?![\w-])(?P<inward>)"  # "1AA" of "SW1A 1AA", "0B1" of "K1A 0B1"
    r"|\d{3} \d{4} \d{4}(?![\w-])(?P<aadhaar>)"
    r"|(?<=[A-Zcds][ \t,]\d)\d{3}(?![\w/-]|\.\d)(?P<au>)"  # "NSW 2000", "Vic 3000"
    r"|\d{2}[ \t]?\d{3}(?![\w/-]|\.\d)(?P<pin>)"
    r"|\d{0,3}[A-Z]?/\d{1,5}[A-Z]?[ \t]+[A-Z](?P<unit>))"  # "5/22 Smith St"
)


def _find_non_us(text: str, spans: _Spans, cfg: DeidConfig) -> None:
    """Postcodes, phones, street lines and national identifiers of the UK, Canada, Australia/NZ and India that the
    US patterns miss (cued identifiers such as "NHS No" and "Medicare" are in LOWER_CUED). Candidates come from
    one scan (NON_US_AT); their context is read backwards."""
    for m in NON_US_AT.finditer(text):
        kind, p = m.lastgroup, m.start()
        prev = text[p - 1] if p else " "
        if prev.isalnum() and kind != "inward" or prev in "+/.-":
            continue
        if kind == "inward":
            if not (prev in " \t" or prev.isupper()):
                continue
            mm = PC_BEFORE.search(text, max(0, p - 60), p + 3)
            if mm and mm.end() == p + 3:
                words = mm.group("pre").replace(",", " ").split()
                if words and words[-1].lower() not in NOT_TOWN_WORDS and words[-1].lower() not in STOP_HARD:
                    spans.add(mm.start("pc"), mm.end("pc"), "ZIP", 7)
        elif kind == "aadhaar":
            if text[p] != "0" and text[p] != "1" and _verhoeff_ok(m.group().replace(" ", "")) and not PHONE_BEFORE.search(text, max(0, p - 30), p):
                spans.add(p, m.end(), "ID", 8)
        elif kind == "au":
            before = text[max(0, p - 6):p].rstrip(" \t,").rsplit(None, 1)
            if before and before[-1] in AU_STATES and AU_BEFORE.search(text, max(0, p - 40), p):
                spans.add(p, m.end(), "ZIP", 7)
        elif kind == "pin":
            if text[p] != "0" and PIN_BEFORE.search(text, max(0, p - 30), p):
                spans.add(p, m.end(), "ZIP", 7)
        else:
            mm = AU_UNIT_STREET.match(text, p)
            if mm:
                d = DWELLING_WORD_BEFORE.search(text, max(0, p - 8), p)
                spans.add(d.start() if d else p, mm.end(), "ADDRESS", 8)
    if INTL_NONUS_GATE.search(text):
        for m in PHONE_INTL_NONUS.finditer(text):
            if 9 <= sum(c.isdigit() for c in m.group()) <= 15:
                spans.add(m.start(), m.end(), _phone_type(text, m.start(), cfg), 9)
    if EIRCODE_GATE.search(text):
        _eircodes(text, spans)
    if "Singapore" in text or "HDB" in text or "Blk " in text:
        _singapore_addresses(text, spans)
    if "NHS" in text:  # NHS numbers written 3 3 4 without a cue, in a note that names the NHS
        for m in NHS_LIKE.finditer(text):
            if _mod11_ok(m.group().replace(" ", "")) and not PHONE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                spans.add(m.start(), m.end(), "ID", 9)


EIRCODE_GATE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d\d|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}\b")
# an Eircode after the town or Dublin district it belongs to: "Wilton, Cork T12 DC4A", "Dublin 15, D15 YX62"
EIRCODE_AFTER_TOWN = re.compile(
    rf"([{UP}][{LO}]+(?:[ \t]\d{{1,2}})?),?[ \t]+((?:[AC-FHKNPRTV-Y]\d{{2}}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{{4}})(?![\w-])")


def _eircodes(text: str, spans: _Spans) -> None:
    """Irish Eircodes written after a town without a label: the unique part mixes letters and digits (not "T12
    vertebra" readings: those never take four such characters after a place name)."""
    for m in EIRCODE_AFTER_TOWN.finditer(text):
        unique = m.group(2)[-4:]
        if any(c.isdigit() for c in unique) and any(c.isalpha() for c in unique):
            spans.add(m.start(2), m.end(2), "ZIP", 8)
            spans.add(m.start(1), m.end(1), "ADDRESS", 5)  # its town or district ("Cork", "Dublin 15")


# Singapore: "Blk 52 Jalan Bukit Merah, #08-221, Singapore 160052" (block and street, unit, 6-digit postcode)
SG_POSTCODE = re.compile(r"\bSingapore[ \t]*,?[ \t]*(\d{6})(?![\w-])")
SG_BLOCK = re.compile(rf"\b(?:Blk|BLK|Block)[ \t]+\d{{1,4}}[A-Z]?(?:[ \t]+[{UP}][{LO}]+){{1,4}}(?:[ \t]+\d{{1,2}}\b)?")  # "Ave 5"
SG_UNIT = re.compile(r"(?<![\w#])#\d{2}-\d{2,5}(?![\w-])")


def _singapore_addresses(text: str, spans: _Spans) -> None:
    for m in SG_POSTCODE.finditer(text):
        spans.add(m.start(1), m.end(1), "ZIP", 8)
    for m in SG_BLOCK.finditer(text):  # above the street line the US patterns read inside it ("118 Rivervale Drive")
        spans.add(m.start(), m.end(), "ADDRESS", 9)
    for m in SG_UNIT.finditer(text):
        spans.add(m.start(), m.end(), "ADDRESS", 7)


CITY_STATES = ("Singapore", "SINGAPORE", "Monaco", "MONACO")  # countries, not towns, before their postcode
UNIT_WORDS = frozenset("suite ste unit apt apartment flat floor fl level lot box building bldg room rm shop".split())


def _extend_non_us_addresses(text: str, spans: _Spans) -> None:
    """A street line found by the US patterns, extended with its non-US parts: the flat/unit before it and the
    town + postcode after it ("Flat 3, 12 Kings Road, Leeds LS1 3EX")."""
    for _, s, e, t in list(spans.items):
        if t != "ADDRESS":
            continue
        d = DWELLING_BEFORE.search(text, max(0, s - 24), s)
        if d:
            spans.add(d.start(), d.end(), "ADDRESS", 8)
        m = ADDRESS_TAIL.match(text, e) or ADDRESS_TAIL_LINES.match(text, e)
        if m and m.group("town").split()[-1].lower().rstrip(".") not in UNIT_WORDS:  # not ", Suite 1200"  # a US ZIP after a town without a state too ("..., Tucson 85716")
            if not m.group("town").endswith(CITY_STATES):  # "#07-221, Singapore 521859": a country, kept
                spans.add(m.start("town"), m.end("town"), "ADDRESS", 7)
            spans.add(m.start("pc"), m.end("pc"), "ZIP", 8)


# ---------------------------------------------------------------- address chains and labelled addresses
# A postal address is written as comma-separated parts from the dwelling to the town, then the state and the
# postcode: "Flat 14, Carter House, Lyme Street, Camden, London NW1 0SE", "No. 12, 4th Cross Street, Gandhi
# Nagar, Adyar, Chennai - 600020", "#28, 2nd Main, Frazer Town, Bengaluru 560005". The street line and the
# postcode are found by the number patterns; the parts between and before them are read backwards from the
# postcode, one comma-separated part at a time.

_SEG_WORD = rf"(?:{_TOWN_WORD}|\d{{1,3}}(?:st|nd|rd|th))"
# a town, district or county part: capitalised words ("Gandhi Nagar", "Newcastle upon Tyne", "Te Kūiti")
PLACE_SEGMENT = re.compile(rf"{_SEG_WORD}(?:[ \t]+(?:(?:upon|on|de|du|la|le|sur|of|the|di|del)[ \t]+)?{_SEG_WORD}){{0,3}}")
BUILDING_WORDS = (r"(?:House|Court|Lodge|Mansions|Apartments|Apts|Towers?|Building|Bldg|Cottage|Farm|Hall|Villas?|"
                  r"Residency|Residences|Enclave|Complex|Chambers|Flats|Heights|Gardens|Nagar|Colony|Layout|Bhavan|Bhawan)")
# a part that makes the words around it an address (the dwelling, the house number, the street, the building)
STRONG_SEGMENT = re.compile(
    r"(?:(?i:No\.?|H\.?[ \t]?No\.?|Door[ \t]+No\.?|Plot[ \t]+No\.?|Flat[ \t]+No\.?|House[ \t]+No\.?)|#)[ \t]*\d[\w/-]*"
    r"|(?:Flat|Unit|Apartment|Apt\.?|App\.?|Appt\.?|Suite|Ste\.?|Level|Lot|Shop|Room|Villa|Block|Plot|Site|Space|Floor)"
    r"[ \t]+#?[\w/-]*\d[\w/-]*"  # ("app. 3": a Quebec apartment)
    r"|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Floor|Fl\.?|Main|Cross|Block|Stage|Phase|Sector)(?:[ \t]+(?:Road|Rd|Street|St))?"
    r"|(?:Road|Street|Lane|Cross|Main|Sector|Block|Phase|Stage|Pocket)[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:-?[A-Z])?"  # Indian
    r"|(?:\d{1,6}(?:[-/]\d{1,5})?[A-Z]?[ \t]+)?(?:(?:[NSEW]\.?|North|South|East|West|NE|NW|SE|SW)[ \t]+)?"
    rf"(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_TOWN_WORD})[ \t]+){{1,4}}{STREET_TYPES}\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW))?"
    # Indian layouts and roads: "HSR Layout Sector 6", "Hind Cycle Marg"; a house number alone: "250 D", "44"
    rf"|(?:{_TOWN_WORD}[ \t]+){{1,3}}{BUILDING_WORDS}(?:[ \t]+(?:Sector|Phase|Stage|Block|Pocket)[ \t]+\d{{1,3}}[A-Z]?)?"
    rf"|(?:{_TOWN_WORD}[ \t]+){{1,3}}(?:Marg|Salai|Path|Gali|Chowk)"
    r"|(?i:P\.?[ \t]?O\.?[ \t]*Box)[ \t]+\d+|\d{1,5}(?:[ \t]?[A-Z])?"
)
# the town (+ state or province) right before a postcode, read on the text before it
TOWN_BEFORE_PC = re.compile(
    rf"(?<![\w'’.-])(?P<town>{PLACE_SEGMENT.pattern})(?:,?[ \t]+(?:{STATE}|{AU_STATE}|{CA_PROVINCE}))?"
    r"(?:,?[ \t]+|[ \t]*[-–][ \t]*)$"
)
# a town alone after a street line, closing the address: "3400 S Kedzie Ave, Chicago)"
TOWN_AFTER_STREET = re.compile(  # ... or "Kilkenny Road in Scranton, Pennsylvania" (a state closes it too)
    rf"(?:,[ \t]*|[ \t]+in[ \t]+)(?P<town>{PLACE_SEGMENT.pattern})(?:,?[ \t]+(?:{STATE}|{CA_PROVINCE}|{AU_STATE})\b"
    r"|(?=[ \t]*(?:[).;\]]|\n|$)))")
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}"  # Ireland: routing key + unique identifier
POSTCODE = rf"(?:{ZIP}|{UK_POSTCODE}|{CA_POSTCODE}|{EIRCODE}|\d{{4}}|[1-9]\d{{2}}[ \t]?\d{{3}})"
TRAILING_POSTCODE = re.compile(rf"(?:,?[ \t]+|[ \t]*[-–][ \t]*)(?P<pc>{POSTCODE})[ \t.,]*$")
# continental Europe writes the postcode before the town: "8 rue de la Paix, 75002 Paris", "Calle Mayor 5, 28013 Madrid"
PC_TOWN_AFTER = re.compile(rf",[ \t]*(?P<pc>\d{{4,5}})[ \t]+(?!(?:{_TOWN_WORD}[ \t]+){{1,2}}{STREET_TYPES}\b)"  # not ", 8822 Lansdowne Rd"
                           rf"(?P<town>{_TOWN})(?=[ \t]*(?:[).;,\]]|\n|$))")
# labels whose value is a postal address, in headers and in prose ("safe address 3320 N ...", "lives at 22 ...")
ADDRESS_LABEL = re.compile(  # on the lower-cased text, looked for only around the words in ADDRESS_LABEL_KEYS
    r"(?:(?:home|mailing|postal|current|permanent|residential|safe|member|patient|street|usual|new|old|local)"
    r"[ \t]+address|address(?:[ \t]+(?:on[ \t]+file|verified|confirmed|line[ \t]*\d?))?"
    r"|(?:lives|living|residing|resides|staying)[ \t]+at|location[ \t]*:[ \t]*home[ \t]*[,–-]"
    r"|place[ \t]+of[ \t]+(?:care|residence)[ \t]*:[ \t]*home[ \t]*[,–-]|residence|mailing)"
    r"[ \t]*(?:[:#]|[–-][ \t])?[ \t]*"
)
ADDRESS_LABEL_KEYS = ("address", "ives at", "iving at", "resid", ": home")  # ": home": "Location: home, ..."
# where a labelled address ends: a wide gap, a separator, a phone or e-mail, a sentence end
ADDRESS_VALUE_END = re.compile(
    r"[ \t]{2,}|[;|()\n]|[ \t]+(?i:tel|ph|phone|cell|mob|mobile|email|e-mail|fax|dob)\b|,?[ \t]*\+\d"
    r"|,?[ \t]*\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|[\w.+-]+@|\.(?=[ \t]|$)"
)
NOT_ADDRESS_VALUE = frozenset("same see unknown none not na n/a as on in confirmed verified updated changed homeless "
                              "is was the a".split())
ABBREV_BEFORE_DOT = re.compile(  # (Indian addresses: "Dist.", "Tal.", "Vill.", "Nr.", "Opp.")
    r"(?:\b(?:St|Rd|Ave|No|Mt|Dr|Ln|Blvd|Apt|Ste|Ft|Pl|Ct|Sq|Cres|Hwy|Pde|Bldg|Blk|Fl|Dist|Distt|Tal|Tq|Vill|Nr|Opp|Brgy|Kg|[Aa]pp|[Aa]ppt|"
    r"[A-Z]))$")


# street types a street is named by without a house number ("a trailer on Birchwood Ave", "a party on 4th Ave")
# (not before a capitalised word: "Main Street Clinic", "Oak Dr. Jones")
BARE_STREET_TYPES = frozenset("Street Avenue Ave Road Rd Boulevard Blvd Drive Lane Ln Way Court Ct Place Pl Parkway Pkwy "
                              "Highway Hwy Pike Turnpike Terrace Crescent Close Trail Circle St Dr".split())
BARE_STREET_AT = re.compile(
    rf"(?:St|Dr)(?![\w'’-])(?!\.?[ \t]+[{UP}])|(?!St\b|Dr\b)[A-Z][a-z]+(?![\w'’-])(?![ \t][{UP}])")  # (a column gap may follow)
# read backwards from the street type: a preposition of place (or "1500 block of"), then the street's name
BARE_STREET_BEFORE = re.compile(
    # also "to", "(Tully Rd area)", "Learning Center, Florin Rd": a street name opening a phrase or a field
    r"(?:(?:\b(?i:on|at|along|near|off|onto|down|up|across|crossing|behind|outside|to|corner[ \t]+of|intersection[ \t]+of)"
    r"|\b\d{1,6}[ \t]+block[ \t]+of|\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln)\.?[ \t]+(?:and|&))[ \t]+"
    r"|[(,][ \t]*)"
    rf"(?P<name>(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|[{UP}][{LO}]+)[ \t]+){{1,3}})$"
)
# landmarks used as a location: "found on the Aurora Bridge", "sleeps near the Ship Canal Bridge"
LANDMARK_TYPES = frozenset("Bridge Viaduct Overpass Underpass Tunnel Pier Wharf".split())
LANDMARK_BEFORE = re.compile(
    rf"\b(?i:on|near|under|off|at|by|beneath|below|across|from|to)[ \t]+the[ \t]+(?P<name>(?:[{UP}][{LO}]+[ \t]+){{1,3}})$")
# streets named in French, Spanish, Portuguese or Italian, the type first and in lower case ("2187 rue Saint-Louis",
# "45 avenue des Pins", "1200 calle de la Paz")
LATIN_STREET_RE = re.compile(
    r"\b\d{1,6}[A-Za-z]?,?[ \t]+(?i:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|rang|calle|avenida|camino|"
    r"paseo|carrera|calzada|rua|travessa|viale|corso|piazza|strada)[ \t]+"  # not "via", "route": English words
    rf"(?:(?:de|du|des|de[ \t]+la|de[ \t]+l['’]|la|le|les|del|de[ \t]+los|dos|das|da|di|della)[ \t]+)?[{UP}](?:[^\W\d_]|['’-])+"
    rf"(?:[ \t]+[{UP}](?:[^\W\d_]|['’-])+){{0,2}}"
)
LATIN_STREET_GATE = re.compile(r"[0-9][ \t]+(?:rue|av|bo|bd|ch|rang|calle|cam|pas|carr|calz|rua|trav|viale|corso|piaz|strad)")


def _street_cores(text: str, tl: str, spans: _Spans, cap_words: list[str]) -> list[tuple[int, int]]:
    """Streets the number patterns cannot see: named without a house number after a preposition of place, or
    with a Romance street word in lower case. Each is added as an ADDRESS and returned."""
    out = []
    for typ in BARE_STREET_TYPES.intersection(cap_words):  # most notes: none, or only "Dr"
        i = text.find(" " + typ)
        while i >= 0:
            prev = text[text.rfind(" ", max(0, i - 30), i) + 1:i + 1]  # the word before: "Birchwood", "4th"
            prev = prev.lstrip("(")  # "(Tully Rd area)"
            m = (prev[:1].isupper() or prev[:1].isdigit()) and BARE_STREET_AT.match(text, i + 1)
            b = m and BARE_STREET_BEFORE.search(text, max(0, i - 60), i + 1)
            if b and b.group("name").split()[0] not in TITLES:
                start = b.start() if b.group().lstrip()[:1].isdigit() else b.start("name")  # "1500 block of ..."
                out.append((start, m.end()))
            i = text.find(" " + typ, i + 1)
    for typ in LANDMARK_TYPES.intersection(cap_words):
        i = text.find(" " + typ)
        while i >= 0:
            b = LANDMARK_BEFORE.search(text, max(0, i - 50), i + 1)
            if b and not text[i + 1 + len(typ):i + 2 + len(typ)].isalnum():
                out.append((b.start("name"), i + 1 + len(typ)))
            i = text.find(" " + typ, i + 1)
    if LATIN_STREET_GATE.search(tl):  # (one scan; a dozen "in" tests cost three times more)
        out += [m.span() for m in LATIN_STREET_RE.finditer(text)]
    for s, e in out:
        spans.add(s, e, "ADDRESS", 6)
    return out


NEXT_ZIP_CELL = re.compile(r"[ \t]*\|[ \t]*(\d{5}(?:-\d{4})?)[ \t]*(?=\||$)", re.M)


def _address_chains(text: str, tl: str, spans: _Spans, cap_words: list[str]) -> None:
    """Whole postal addresses: labelled values, and street lines joined to their postcode over the parts
    between (see above). One ADDRESS span per address (the state inside it too), the postcode a ZIP."""
    items = list(spans.items)
    streets = sorted([(s, e) for _, s, e, t in items if t == "ADDRESS" and any(c.isdigit() for c in text[s:e])]
                     + _street_cores(text, tl, spans, cap_words))
    chains = []
    held = [(s, e, t) for p, s, e, t in items if t == "FACILITY" or t == "NAME" and p >= 5]  # (not a guess)
    for _, s, e, t in items:
        if t == "ZIP":
            cell = NEXT_ZIP_CELL.match(text, e)  # a table row "ZIP | 04101 | 04102": the label covers each column
            while cell:
                spans.add(cell.start(1), cell.end(1), "ZIP", 7)
                cell = NEXT_ZIP_CELL.match(text, cell.end(1))
            chain = _chain_before_postcode(text, s, streets, held)
            if chain:
                chains.append(chain)
    for s, e in streets:
        start = _strong_parts_before(text, s, streets)
        m = TOWN_AFTER_STREET.match(text, e)
        pc = None if m else PC_TOWN_AFTER.match(text, e)
        if pc and _place_part(pc.group("town")):
            spans.add(pc.start("pc"), pc.end("pc"), "ZIP", 8)
            spans.add(pc.start("town"), pc.end("town"), "ADDRESS", 8)
        chains.append((start, m.end() if m and _place_part(m.group("town")) else e))
    chains += _labelled_addresses(text, tl, spans, streets)
    if not chains:
        return
    # identifiers an address must not swallow (postcodes, phones, e-mails, facilities); weaker ones ("3/17" read as
    # a date in "3/17 Marine Pde", "1208-330" as a phone after "contact:") are overruled by it
    others = [(s, e) for p, s, e, t in spans.items if p >= 8 and t != "ADDRESS" and t != "NAME"]
    for s, e in chains:
        for os_, oe in others:  # an address never swallows another identifier: it stops before it
            if os_ < e and oe > s:
                s, e = (oe, e) if os_ <= s else (s, os_)
        while e > s and text[e - 1] in " \t,-–":
            e -= 1
        if text.endswith(CITY_STATES, s, e):
            e = max(s, text.rfind(",", s, e))  # "..., #11-432, Singapore": the country stays
        if any(c.isalpha() for c in text[s:e]):  # not a house number cut off by a facility ("20419 Miami Valley ...")
            spans.add(s, e, "ADDRESS", 8)


# a contact entry's town next to its phone: "(608) 257-9913, Madison)", "(Spokane, 509-555-0142)", "... 901-4403  Decatur"
TOWN_AFTER_PHONE = re.compile(rf",?[ \t]+({PLACE})(?=[ \t]*(?:[),;|]|\n|$))")
TOWN_BEFORE_PHONE = re.compile(
    rf"[(,][ \t]*({PLACE}),[ \t]*(?:(?i:mob|mobile|cell|ph|phone|tel|home|work|c|h|m)\.?:?[ \t]*)?$")


def _whole_town(text: str, m: re.Match, L, towns: bool = True) -> bool:
    """Is m's group 1 a listed town (or, with towns, a smaller listed place) as a whole: not a word in capitals
    (an acronym: "(POA, 478-...)", "(PACU)"), not a state's name ("(home, Ohio)")?"""
    word = m.group(1)
    if word.isupper() or STATE_NAME_AT.fullmatch(word):
        return False
    return _trim_place(text, m.start(1), m.end(1), L, need_list=True, towns=towns) == m.span(1)


def _towns_by_phones_and_facilities(text: str, spans: _Spans, L) -> None:
    """A listed town (or smaller listed place) closing a contact's field next to a phone number: the entry's
    town. A word that is also a common first name counts only after the number ("(Madison, 608-...)" may be a
    person). Also the town after any facility's comma, whichever rule found the facility ("Employer: Sunnyvale
    Poultry Processing, Mesquite")."""
    for _, s, e, t in list(spans.items):
        if t == "FACILITY":
            m = TOWN_AFTER_FACILITY.match(text, e)
            if m and _whole_town(text, m, L):
                spans.add(m.start(1), m.end(1), "ADDRESS", 5)
        if t != "PHONE":
            continue
        for m, after in ((TOWN_AFTER_PHONE.match(text, e), True), (TOWN_BEFORE_PHONE.search(text, max(0, s - 40), s), False)):
            if m and _whole_town(text, m, L) and (after or _ascii(m.group(1).lower()) not in L["first_common"]):
                spans.add(m.start(1), m.end(1), "ADDRESS", 5)


# a town in brackets: "(Denver)", "(freight terminal, Joliet)", "(Chennai, India)"
TOWN_IN_BRACKETS = re.compile(rf"\((?:[^()\n,]{{1,40}},[ \t]*)?({PLACE})\)")
TOWN_COUNTRY_IN_BRACKETS = re.compile(rf"\(({PLACE}),[ \t]*({PLACE})\)")
NAME_BEFORE_BRACKET = re.compile(rf"[{UP}][{LO}]+[ \t]*$")


def _towns_in_brackets(text: str, spans: _Spans, L) -> None:
    """A listed town alone in brackets, or closing them after a comma, is where someone or something is; with its
    state or country after it a smaller listed place too. A common first name alone counts only after a name
    ("Lucia Ford (Denver)"; "(Madison)" alone may be a person)."""
    for m in TOWN_IN_BRACKETS.finditer(text):
        pair = TOWN_COUNTRY_IN_BRACKETS.match(text, m.start())
        if pair and not (STATE_NAME_AT.fullmatch(pair.group(2)) or _ascii(pair.group(2).lower()) in L["words"]):
            continue  # "(Crohn, Colitis)"
        m = pair or m
        if _whole_town(text, m, L, towns=bool(pair)) and (
                pair or "," in m.group() or _ascii(m.group(1).lower()) not in L["first_common"]
                or NAME_BEFORE_BRACKET.search(text, max(0, m.start() - 30), m.start())):
            spans.add(m.start(1), m.end(1), "ADDRESS", 5)


# addresses typed in lower case (a patient's chat turn, a lower-case note): "410 mulberry st unit 5", "mill creek wv
# 26280", "..., elkins wv"; street types that are no common word after a number ("way", "place", "dr" are left out)
LOWER_STREET = re.compile(
    r"\b\d{1,6}[a-z]?[ \t]+(?P<name>(?:[a-z]+[ \t]+){1,3})(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|drive|terrace|"
    r"hwy|highway|pkwy|parkway)\b\.?(?:[ \t]+(?:unit|apt|ste|suite|#)[ \t]*#?[a-z]?\d+[a-z]?\b)?")
LOWER_TOWN_STATE = re.compile(
    r"(?:,|\bin)[ \t]+([a-z]+(?:[ \t][a-z]+){0,2}),?[ \t]+(" + STATE_ABBR.lower() + r")"
    r"(?:[ \t]+(\d{5}(?:-\d{4})?)(?![\w-])|(?=[ \t]*(?:[,.;)]|\n|$)))", re.M)

NOT_STREET_NAME = frozenset("miles mile blocks block months weeks days years hours minutes times feet yards km".split())
LOWER_STATE_WORDS = frozenset("in or me oh ok hi de la ma pa co id al ct md mt ms ne ar as mo mi ga nd sd sc dc pr aa ae "
                              "ap".split())  # words or clinical abbreviations in lower case


TOWN_BEFORE_NOUN = {  # the noun after the town, and what stands before the town
    " area": re.compile(rf"\b(?i:in|at|near|around|from|to|of|outside)[ \t]+the[ \t]+({PLACE})[ \t]+$"),
    " resident": re.compile(rf"\b(?i:an?|the|lifelong|longtime|long-time)[ \t]+({PLACE})[ \t]+$"),
}


def _towns_before_nouns(text: str, spans: _Spans, L) -> None:
    """'moved to the Tacoma area', 'a lifelong Negaunee resident': a listed town (or smaller listed place) named as
    an area or by its residents."""
    for noun, rx in TOWN_BEFORE_NOUN.items():
        i = text.find(noun)
        while i >= 0:
            m = rx.search(text, max(0, i - 50), i + 1)
            if m and _whole_town(text, m, L):
                spans.add(m.start(1), m.end(1), "ADDRESS", 5)
            i = text.find(noun, i + len(noun))


def _lower_case_addresses(text: str, spans: _Spans, L) -> None:
    """Street lines in lower case, and a town before a lower-case state: with a ZIP after it any words, without
    one a listed town before a state that is no word ("elkins wv", not "welcome in")."""
    for m in LOWER_STREET.finditer(text):
        if not any(w in STOP or w in NOT_STREET_NAME for w in m.group("name").split()):  # not "4 months down the road"
            spans.add(m.start(), m.end(), "ADDRESS", 6)
    for m in LOWER_TOWN_STATE.finditer(text):
        words = m.group(1).split()
        while words and (words[0] in STOP or words[0] in L["common"]) and not m.group(3):
            words.pop(0)
        town = " ".join(words)
        if m.group(3) or town in L["cities"] and m.group(2) not in LOWER_STATE_WORDS:  # not "..., welcome in."
            spans.add(m.end(1) - len(town), m.end(1), "ADDRESS", 5)
            if m.group(3):
                spans.add(m.start(3), m.end(3), "ZIP", 7)


def _place_part(seg: str) -> bool:
    """A town/district part of an address, not a person or a sentence ("Dr Smith", "The patient")."""
    first = seg.split()[0]
    return not (first in TITLES or first.lower() in STOP_HARD and first not in PLACE_PREFIX_WORDS)


def _part_before(text: str, pos: int) -> tuple[int, int] | None:
    """The comma-separated part ending at ', ' right before pos (start, end), on the same line."""
    k = pos
    while k and text[k - 1] in " \t":
        k -= 1
    if not k or text[k - 1] != ",":
        return None
    comma = k - 1
    lo = max(text.rfind(d, max(0, comma - 60), comma) for d in ",\n;:(|") + 1
    if lo == 0 and comma > 60:
        return None
    a = lo
    while a < comma and text[a] in " \t":
        a += 1
    return (a, comma) if a < comma else None


def _strong_parts_before(text: str, s: int, streets) -> int:
    """Start of the dwelling, house number and building parts before a street line ("Unit 6, 18-20 Florence St")."""
    while True:
        part = _part_before(text, s)
        if part is None or not STRONG_SEGMENT.fullmatch(text, *part):
            return s
        s = part[0]


def _chain_before_postcode(text: str, zs: int, streets, held=()) -> tuple[int, int] | None:
    """The address ending right before the postcode at zs: its town (+ state), then the parts before it back
    to the first dwelling/house/street/building part; towns and districts only between those and the town.
    Without such a part the town and the districts right before it are the address all the same ("Belford
    Hospital, Camaghael, Fort William PH33 6BS", "Surrey BC V3S 2B9"), up to a held name or facility."""
    m = TOWN_BEFORE_PC.search(text, max(0, zs - 60), zs)
    if not m or not _place_part(m.group("town")):
        return None
    end, pos, start = m.end() - len(m.group()) + len(m.group().rstrip(" \t,-–")), m.start(), None
    loose = None if _held_part(text, m.start("town"), m.end("town"), held) else m.start()
    while True:
        part = _part_before(text, pos)
        if part is None:
            break
        a, b = part
        street = next(((cs, ce) for cs, ce in streets if cs < b and ce > a), None)
        if street or STRONG_SEGMENT.fullmatch(text, a, b):
            start = pos = street[0] if street else a
        elif start is None and PLACE_SEGMENT.fullmatch(text, a, b) and _place_part(text[a:b]):
            if loose == pos and not _held_part(text, a, b, held):
                loose = a
            pos = a
        else:
            break
    return (start if start is not None else loose, end) if start is not None or loose is not None else None


def _held_part(text: str, a: int, b: int, held) -> bool:
    """Is the part a facility, a person's whole name, or a clinical word ("Grade 2A") rather than a town?"""
    if text[a:b].split()[-1].lower() in NOT_TOWN_WORDS:
        return True
    return any(hs < b and a < he and (t == "FACILITY" or hs <= a and b <= he) for hs, he, t in held)


def _labelled_addresses(text: str, tl: str, spans: _Spans, streets) -> list[tuple[int, int]]:
    """The value of an address label, up to the postcode, a phone, an e-mail, a wide gap or the line's end."""
    labels = {}
    for key in ADDRESS_LABEL_KEYS:
        i = tl.find(key)
        while i >= 0:
            m = ADDRESS_LABEL.search(tl, max(0, i - 22), i + len(key) + 30)
            if m and m.start() <= i < m.end():
                labels[m.start()] = m
            i = tl.find(key, i + len(key))
    if not labels:
        return []
    # the value also ends at a date or an identifier, unless a street line covers it
    others = sorted((s, e, t) for _, s, e, t in spans.items if t not in ("ADDRESS", "NAME")
                    and not any(cs <= s < ce for cs, ce in streets))
    out = []
    for m in labels.values():
        if m.start() and text[m.start() - 1].isalnum() or not (text[m.end():m.end() + 1].isdigit()
                                                               or text[m.end():m.end() + 1] in "#" or text[m.end():m.end() + 1].isupper()):
            continue
        vs, end, pc_found = m.end(), m.end(), False
        for v in ADDRESS_VALUE_END.finditer(text, vs, min(len(text), vs + 120)):
            if v.group() == "." and ABBREV_BEFORE_DOT.search(text, max(0, v.start() - 6), v.start()):
                continue  # "St." inside the address
            end = v.start()
            break
        else:
            end = min(len(text), vs + 120) if vs + 120 >= len(text) else vs
        for os_, oe, t in others:  # a date, phone or postcode found inside ends the value
            if vs <= os_ < end:
                end, pc_found = os_, t == "ZIP"
        value = text[vs:end].rstrip(" \t,.-–")
        if not value or value.split()[0].lower().strip(",") in NOT_ADDRESS_VALUE:
            continue
        ve = vs + len(value)
        pc = TRAILING_POSTCODE.search(value) or PC_TOWN_AFTER.search(value)
        if pc and pc.re is PC_TOWN_AFTER:
            spans.add(vs + pc.start("pc"), vs + pc.end("pc"), "ZIP", 8)
            out.append((vs + pc.start("town"), vs + pc.end("town")))
            ve = vs + pc.start()
        elif pc:
            spans.add(vs + pc.start("pc"), vs + pc.end("pc"), "ZIP", 8)
            ve = vs + pc.start()
        addr = text[vs:ve]
        if any(c.isalpha() for c in addr) and (pc or pc_found or any(c.isdigit() for c in addr)
                                               or "," in addr and NAMED_ADDRESS_PART.search(addr)):
            out.append((vs, ve))
    return out


# a labelled address without a number: a part that is a named road or a named settlement ("Address: Mohallah
# Islampura, Chiniot Road, Jhang Saddar", "Brgy. San Roque, Naga")
NAMED_ADDRESS_PART = re.compile(
    rf"(?:^|,)[ \t]*(?:(?:[{UP}][{LO}]+[ \t]+){{1,3}}(?:Road|Street|Avenue|Lane|Rd|St|Ave|Nagar|Colony)(?![\w'’-])"
    rf"|(?:Mohallah|Mohalla|Brgy\.?|Barangay|Purok|Sitio|Village|Colonia|Kampung|Kg\.)[ \t]+[{UP}])")


# ---------------------------------------------------------------- document styles: all capitals, all lower case

# Dictations, old systems and teletype-era templates write every word in capitals; speech transcripts and quick
# messages write none. The rules read case (a capital starts a name, a title or a month), so such a note is also
# read re-cased as an ordinary note would be written: words of the vocabulary in lower case, names and words no
# vocabulary knows capitalised, short unknown capitals kept as acronyms ("MOLST", "MAA/JRS").
RECASE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
CAPITALISED_WORDS = frozenset(
    "january february march april june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday thanksgiving christmas easter halloween hanukkah ramadan "
    "street avenue road boulevard lane county parish st".split()
    + [w.lower() for w in TITLES if len(w) > 1]
    + [h.lower() for h in FACILITY_HEADS if " " not in h]  # "Hospital", "Pharmacy", not "home" of "Nursing Home"
    + [b.lower() for b in FACILITY_BRANDS if " " not in b]  # "Walmart", "Kaiser"
    + [w.lower() for w in STATE_NAME[3:-1].split("|") if " " not in w]  # "Phoenix, Arizona" as a place
)


_UPPER_BYTES, _LOWER_BYTES = bytes(range(65, 91)), bytes(range(97, 123))


def _document_case(text: str) -> str | None:
    """'upper' for a note in capitals (>= 85 % of the letters of its first 4,000 characters), 'lower' for one in
    lower case (< 1 % capitals). Counted with bytes.translate: no loop over characters."""
    head = text[:4000].encode("ascii", "ignore")
    upper = len(head) - len(head.translate(None, _UPPER_BYTES))
    lower = len(head) - len(head.translate(None, _LOWER_BYTES))
    if upper + lower < 40:
        return None
    if upper < 0.01 * len(head):
        return "lower"
    return "upper" if upper >= 0.85 * (upper + lower) else None


def _recased(text: str, cfg: DeidConfig) -> str | None:
    """The note in ordinary case (same length, same offsets), or None when it already is in ordinary case."""
    style = _document_case(text)
    if style is None:
        return None
    L, W = _lists(), _whitelist(cfg.unknown_words)
    names = L["names"] if style == "upper" else L["frequent"]  # not "dragon", "mess" in a transcript

    def recase(m: re.Match) -> str:
        w = m.group()
        if len(w) == 1:  # an initial stays ("R. KOWALCZYK"); "X 4471" is an extension
            return w if m.string[m.end():m.end() + 1] == "." else w.lower()
        low = w.lower()
        key = _ascii(low)
        known = W is not None and (key in W or _inflected(key, W)) or key in L["common"] or key in L["words"] \
            or key in STOP
        if key in CAPITALISED_WORDS or (key in L["cities"] or key in names or key in L["towns"] and SMALL_PLACE_BEFORE.search(
                m.string, max(0, m.start() - 8), m.start())) and not known:  # not "nice" to see you; "in philippi"
            out = w[:1].upper() + low[1:]
        elif known or W is None or style == "lower":  # lower-case unknown words: the lower-case rules judge them
            out = low
        elif style == "upper" and len(w) <= 5:
            out = w  # an acronym or initials ("MOLST", "MAA/JRS")
        else:
            out = w[:1].upper() + low[1:] if len(w) >= 3 else w
        return out if len(out) == len(w) else w

    return RECASE_WORD.sub(recase, text)


# Scanned and faxed pages read by OCR confuse O/0 and l/I/1: "O9/17/2O25 10:4l", "D0NNA", "Fami1y", "SP1NE".
OCR_NOISE = re.compile(r"[Ol](?:(?<=\d[Ol])[\d/:.-]|(?<=[/:.-][Ol])\d)")  # "2O25", "O9/", "-O112"; not "O2", "L5"
# next to digits only, and not after a digit inside a word ("Capit0l", "Hi1l" are words)
OCR_LETTERS_AS_DIGITS = re.compile(r"(?<![A-Za-z])[OolI]+(?=\d)|(?<=(?<![A-Za-z])\d)[OolI]+(?![A-Za-z])")
# inside a word ("cal1"), or opening the second half of a double-barrelled name ("Ashford-0wusu")
OCR_DIGITS_AS_LETTERS = re.compile(r"(?<=[A-Za-z])[01]+(?=[A-Za-z])|(?<=[a-z]{3})1\b|(?<=[A-Za-z]-)0(?=[a-z]{2})")
OCR_L_AS_I = re.compile(r"(?<=[A-Z])l(?=[A-Z])")  # "MCALLlSTER", "CONFlDENTIAL"
_AS_DIGIT = str.maketrans("OolI", "0011")


# one confusion is enough inside a phone number's shape: "(336) 270-77OO", "612 8o5 4471"
OCR_O_BY_DIGIT = re.compile(r"[Oo](?:(?<=\d[Oo])|(?=\d))")  # (a scan for the letter first: fast)
OCR_PHONE = re.compile(r"\(?\d{3}\)?[ .-]?(?=[\dOo]{3}[ .-][\dOo]{4}(?!\w))(?:\d{0,2}[Oo]|[\dOo]{3}[ .-]\d{0,3}[Oo])")


def _ocr_fixed(text: str) -> str | None:
    """The text with OCR's letter/digit confusions undone, when it has two or more inside numbers (or one inside
    a phone number); else None."""
    if len(OCR_NOISE.findall(text, 0, 3000)) < 2 and not any(
            OCR_PHONE.search(text, max(0, m.start() - 11), m.end() + 9) for m in OCR_O_BY_DIGIT.finditer(text)):
        return None
    fixed = OCR_LETTERS_AS_DIGITS.sub(lambda m: m.group().translate(_AS_DIGIT), text)

    L = _lists()

    def as_letters(m: re.Match) -> str:  # in the word's case: "D0NNA" -> "DONNA", "N0v" -> "Nov" (a month)
        s, e = m.span()
        upper = (fixed[s - 1].isupper() and not fixed[e:e + 1].islower()) or fixed[s - 1] == "-"  # "D0NNA", not "V0s"
        out = m.group().translate(str.maketrans("01", "OI" if upper else "ol"))
        if "1" in m.group() and not upper:  # 1 is l, or i where only that makes a known word ("Rah1m", "Hosp1tal")
            a, b = s, e
            while a and fixed[a - 1].isalpha():
                a -= 1
            while b < len(fixed) and fixed[b].isalpha():
                b += 1
            known = [w in L["names"] or w in L["words"] or w in L["common"] for w in (
                (fixed[a:s] + m.group().replace("0", "o").replace("1", c) + fixed[e:b]).lower() for c in "li")]
            if known == [False, True]:
                out = m.group().translate(str.maketrans("01", "oi"))
        return out

    fixed = OCR_DIGITS_AS_LETTERS.sub(as_letters, fixed)
    return OCR_L_AS_I.sub("I", fixed)


def _union(text: str, first: list, second: list, fill: bool = False) -> list[tuple[int, int, str]]:
    """Spans of the first reading, plus those of the second that it lacks; a span of the second that covers
    one span of the first replaces it ("[DORIS] YAZZIE-BEGAY" -> "[DORIS YAZZIE-BEGAY]", an ID "555-O112" ->
    the PHONE "(614)555-O112"), as a name does the pieces of one ("[Kar]1m, [Yusuf]" -> "[Kar1m, Yusuf]"), unless
    `fill` (the second only fills the first's gaps)."""
    out = list(first)
    for s, e, t in second:
        inside = [x for x in out if x[0] < e and s < x[1]]
        if fill and inside:
            continue
        # ... or retypes an [ID] of the same extent (the catch-all for odd tokens: "O4-Nov-2O25" is a date)
        # (a facility may cover several: "[Brook]1ands [Fami]1y Med1cal Centre" read as "Brooklands Family ..."; so may
        # a name read whole: "Tom as Greenbaum")
        if (len(inside) <= 1 or t == "FACILITY" or t == "NAME" and all(x[2] == t for x in inside)) and all(
                (x[2] == t or x[1] - x[0] < e - s or x[2] == "ID") and s <= x[0] and x[1] <= e for x in inside):
            out = [x for x in out if x not in inside] + [(s, e, t)]
    out.sort()
    return _merge_adjacent(text, out)


def deidentify(text: str, cfg: DeidConfig | None = None) -> DeidResult:
    """Replace PHI in `text` with typed placeholders; spans are offsets into the original text."""
    cfg = cfg or _DEFAULT_CFG
    chosen = _detect(text, cfg)
    fixed = _ocr_fixed(text)
    other = _other_reading(text, fixed, cfg)
    if other is not None:  # a note in capitals, in lower case or from a scan is also read as if written plainly
        if _document_case(text) == "upper":
            chosen = _caps_vocabulary_dropped(text, other, chosen)
        second = _detect(other, cfg)
        # a scan's reading with its digits restored leads: "O5 Dec 08:3O" is "05 Dec" and a time, not "Dec 08";
        # the as-written reading fills its gaps, but not with a token the repair changed ("referra1")
        chosen = (_union(text, second, [x for x in chosen if fixed[x[0]:x[1]] == text[x[0]:x[1]]], fill=True)
                  if fixed is not None else _union(text, chosen, second))
        if OCR_NOISE.search(text, 0, 3000):
            chosen = _ocr_split_names(text, chosen)
    tagger = _crf(cfg.model)
    if tagger is not None:  # the CRF's spans only where no rule span is: the lowest priority
        from medlm.corpus.deid_model import model_spans

        found = model_spans(text, chosen, tagger, _whitelist(cfg.unknown_words))
        chosen = _merge_adjacent(text, sorted(chosen + [s for s in found if s[2] in cfg.types]))
    return _apply(text, chosen)


OCR_FRAGMENT_AFTER = re.compile(r" ([a-z]{2,4})\b")


def _ocr_split_names(text: str, chosen: list) -> list[tuple[int, int, str]]:
    """A scan's names split by a stray space ("Tom as Greenbaum", "Sha fiq Rahim"): the short lower-case piece
    after a name is its tail when the two make a listed name, or when the piece is no word."""
    L, out = _lists(), []
    for s, e, t in chosen:
        m = OCR_FRAGMENT_AFTER.match(text, e) if t == "NAME" else None
        if m:
            head = _ascii(text[s:e].split()[-1].lower())
            tail = m.group(1)
            if head + tail in L["names"] or tail not in L["words"] and tail not in STOP and tail not in L["common"]:
                e = m.end()
        out.append((s, e, t))
    return _merge_adjacent(text, out)


def _caps_vocabulary_dropped(text: str, recased: str, chosen: list) -> list[tuple[int, int, str]]:
    """A note in capitals: the NAME spans of its first reading that re-casing wrote all in lower case (vocabulary
    words, not among the frequent names: "PT STATES", "PATIENT CARE", "WIFE: AMLODIPINE") are dropped; the
    re-cased reading decides about them (not about a quoted nickname: 'FRIEND "DRE"')."""
    names = _lists()["frequent"]
    return [(s, e, t) for s, e, t in chosen
            if t != "NAME" or not recased[s:e].islower() or text[s - 1:s] in "\"“"
            or any(_ascii(w.lower()) in names for w in RECASE_WORD.findall(text, s, e))]


def _other_reading(text: str, fixed: str | None, cfg: DeidConfig) -> str | None:
    """The note as an ordinary typed note would have it (same length, same offsets): OCR confusions undone
    (`fixed`: "2O25" -> "2025", "D0NNA" -> "DONNA"), then re-cased; None when it already is one."""
    recased = _recased(fixed or text, cfg)
    return recased or fixed


def _detect(text: str, cfg: DeidConfig) -> list[tuple[int, int, str]]:
    L = _lists()
    spans = _Spans()
    tl = text.lower()
    if len(tl) != len(text):  # a few characters (e.g. "İ") change length when lower-cased
        tl = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    spaced_digits = _find_numbers(text, tl, spans, cfg)
    _find_non_us(text, spans, cfg)
    _extend_non_us_addresses(text, spans)
    cap_words = _find_names_places(text, tl, spans, cfg, L)
    if "FACILITY" in cfg.types:
        _find_facilities(text, spans, L, cfg.unknown_words)
        _places_of_care(text, spans, L, cap_words)
        _letterhead_lines(text, spans, L)
        _letterhead_title(text, spans, L)
        _facility_aliases(text, spans, L)  # (after the letterheads: "X Cancer Institute" over a street, then "XCI")
        if "\n1" in text or "\n-" in text or "\n*" in text or "\n•" in text:
            _facility_list_items(text, spans, L)
    _address_chains(text, tl, spans, cap_words)
    _towns_by_phones_and_facilities(text, spans, L)
    _lower_case_addresses(text, spans, L)
    _towns_before_nouns(text, spans, L)
    if "(" in text:
        _towns_in_brackets(text, spans, L)
    if "PID|" in text or "MSH|" in text:
        _find_hl7(text, spans)
    _find_tables(text, spans)
    if '":' in text:
        _find_json(text, spans)
    if spaced_digits or "dictat" in tl or "transcri" in tl or "spell" in tl or _lower_case_doc(text):
        _spoken_numbers(text, tl, spans)  # dictation and speech transcripts (the full pattern is costly)
        _spoken_years(tl, spans)
    _typist_lines(text, spans)
    _propagate_identifiers(text, spans)
    keep = set(cfg.types)
    chosen = [s for s in spans.resolve(len(text)) if s[2] in keep]
    return _merge_adjacent(text, _extend_names(text, chosen, L, cfg.unknown_words))


def _apply(text: str, chosen) -> DeidResult:
    """The text with each (start, end, type) span replaced by its placeholder."""
    out, pos, result = [], 0, []
    for s, e, t, *_ in chosen:
        out.append(text[pos:s])
        out.append(f"[{t}]")
        result.append((s, e, t, text[s:e]))
        pos = e
    out.append(text[pos:])
    return DeidResult("".join(out), result)


FIELD_SEP = "\n\x00\n"  # no pattern matches across it: nothing matches NUL and a newline together


def deidentify_many(texts: list[str], cfg: DeidConfig | None = None) -> list[DeidResult]:
    """De-identify the short texts of one document (its metadata fields) in one call: the fixed cost of a call
    (~20 µs) is paid once, and a name found in one field is also replaced in the others."""
    if len(texts) < 2 or any("\x00" in t for t in texts):
        return [deidentify(t, cfg) for t in texts]
    res = deidentify(FIELD_SEP.join(texts), cfg)
    per_field: list[list] = [[] for _ in texts]
    i, start = 0, 0
    for s, e, t, _ in res.spans:
        while s >= start + len(texts[i]):
            start += len(texts[i]) + len(FIELD_SEP)
            i += 1
        if e > start + len(texts[i]):  # cannot happen (see FIELD_SEP); stay correct if it ever does
            return [deidentify(t, cfg) for t in texts]
        per_field[i].append((s - start, e - start, t))
    return [_apply(text, spans) for text, spans in zip(texts, per_field)]


NEXT_PIECE = re.compile(r" (" + PIECE + r")")
PREV_PIECE = re.compile(r"(" + PIECE + r") $")
# Malay, Tamil and Arabic names joined by a word for "son/daughter of": "Muthusamy s/o Ramasamy", "Priyanka D/O
# Suresh", "Siti Nurhaliza binti Ahmad", "Ravi a/l Kumar": the whole name is one span
_NAME_WORDS = rf"[{UP}][{LO}'’-]+(?:[ \t]+[{UP}][{LO}'’-]+){{0,2}}"
PATRONYM_LINK = r"[ \t]+(?:[sSdD]/[oO]|[aA]/[lLpP]|bin|binti|binte|bte|ibn|bint)[ \t]+"
PATRONYM_AFTER = re.compile(PATRONYM_LINK + "(" + _NAME_WORDS + r")(?![\w'’-])")
PATRONYM_BEFORE = re.compile(r"(?<![\w'’-])(" + _NAME_WORDS + ")" + PATRONYM_LINK + "$")
# a nickname in brackets or quotes inside a name: 'Oluwaseun (Seun) Bakare-Byrne', 'Harold "Hal" Brennan'
NICKNAME_INSIDE = re.compile(
    rf"[ \t]+[(\"“‘'][{UP}][{LO}'’-]+[)\"”’'][ \t]+((?:Mc|Mac|O['’])?[{UP}][{LO}]+(?:[-'’][{UP}]?[{LO}]+)*)(?![\w'’-])")


def _extend_names(text: str, chosen: list[tuple[int, int, str]], L, mode: str) -> list[tuple[int, int, str]]:
    """'Gordon' before a known surname, or a listed surname after a known first name, joins the name; so do the
    other half of a patronymic name and a surname after a bracketed nickname."""
    out = []
    for s, e, t in chosen:
        if t == "NAME":
            m = PREV_PIECE.search(text, max(0, s - 40), s)
            if m and m.end() == s and _is_list_name(m.group(1), L["first"], L):
                s = m.start(1)
            m = NEXT_PIECE.match(text, e)
            if m and _is_list_name(m.group(1), L["last"], L) and not EPONYM_NEXT.match(text, m.end()):
                e = m.end(1)
            s, e = _patronym(text, s, e)
            m = NICKNAME_INSIDE.match(text, e)
            if m and _surname_like(m.group(1), mode) and not EPONYM_NEXT.match(text, m.end()):
                e = m.end(1)
        out.append((s, e, t))
    # extension may run into the next span: one name if both are names, else keep them disjoint
    merged: list[tuple[int, int, str]] = []
    for s, e, t in out:
        if merged and s < merged[-1][1]:
            ps, pe, pt = merged[-1]
            if pt == t == "NAME":
                merged[-1] = (ps, max(pe, e), t)
                continue
            s = pe
        if e > s:
            merged.append((s, e, t))
    return merged


def _patronym(text: str, s: int, e: int) -> tuple[int, int]:
    """A name next to 's/o', 'd/o', 'bin', 'binti': the capitalised words on the other side join it."""
    if "/" in text[e:e + 5] or "b" in text[e:e + 3] or "i" in text[e:e + 3]:  # most names: no link after them
        m = PATRONYM_AFTER.match(text, e)
        if m:
            e = m.end(1)
    if "/" in text[max(0, s - 5):s] or "b" in text[max(0, s - 7):s]:
        m = PATRONYM_BEFORE.search(text, max(0, s - 60), s)
        if m:
            s = m.start(1)
    return s, e


def _is_list_name(piece: str, names: frozenset, L) -> bool:
    w = _ascii(piece.lower())
    return w in names and w not in L["common"] and w not in STOP and w not in L["hard_eponyms"] and not piece.isupper()


def _ascii(w: str) -> str:
    """'hernández' -> 'hernandez' for list look-ups."""
    return unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() if not w.isascii() else w


def _merge_adjacent(text: str, chosen: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'John' + 'Smith' found separately -> one [NAME]."""
    merged: list[tuple[int, int, str]] = []
    for s, e, t in chosen:
        if merged and merged[-1][2] == t and t in ("NAME", "ADDRESS") and re.fullmatch(r"[ \t]+", text[merged[-1][1]:s]):
            merged[-1] = (merged[-1][0], e, t)
        else:
            merged.append((s, e, t))
    return merged


_DEFAULT_CFG = DeidConfig()
# pipeline bookkeeping, never PHI
KEEP_METADATA = frozenset({"source", "kind", "phi", "language", "lang", "format", "license", "original_id"})


# ---------------------------------------------------------------- datatrove step


class Deidentify(ScopedStep):
    """Replace PHI in clinical documents; records per-type counts in metadata["phi"] and in the step stats."""

    name = "de-identify"
    type = "🔒 - DEID"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        drop = {k.lower() for k in self.cfg.drop_metadata}
        # checked before the first document: unknown_words=philter without the package fails here, and a build
        # that ran without the whitelist says so in its stats
        no_whitelist = self.cfg.unknown_words != "off" and _whitelist(self.cfg.unknown_words) is None
        no_model = _crf(self.cfg.model) is None and self.cfg.model == "auto"  # a bad model path fails here
        for doc in data:
            self.stat_update("total")
            if not self.applies(doc):
                self.stat_update("not_applicable")
                yield doc
                continue
            with self.track_time():
                res = deidentify(doc.text, self.cfg)
                if drop or self.cfg.scrub_metadata:
                    self._clean_metadata(doc.metadata, drop)
            counts = res.counts()
            doc.text = res.text
            doc.metadata["phi"] = counts
            self.stat_update("deidentified")
            if no_whitelist:
                self.stat_update("deidentified_without_whitelist")
            if no_model:
                self.stat_update("deidentified_without_model")
            for t, n in counts.items():
                self.stat_update(f"phi_{t}", value=n)
            self.update_doc_stats(doc)
            yield doc

    def _clean_metadata(self, meta: dict, drop: set[str]) -> None:
        for key in [k for k in meta if k.lower() in drop]:
            del meta[key]
            self.stat_update("metadata_dropped")
        if not self.cfg.scrub_metadata:
            return
        keys = [k for k, v in meta.items() if k not in KEEP_METADATA and isinstance(v, str) and v]
        for key, res in zip(keys, deidentify_many([meta[k] for k in keys], self.cfg)):
            if res.spans:
                meta[key] = res.text
                self.stat_update("metadata_phi", value=len(res.spans))
