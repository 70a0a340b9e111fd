"""Regular expressions and token pieces shared by the finders (dates, ages, phones, addresses, name pieces)."""

from __future__ import annotations

import re
import unicodedata


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

# honorifics of other languages and services: Singapore/Malaysia (Mdm, Encik, Puan, Cik, Haji, Hajjah, Datuk),
# Nigeria (Alhaji, Alhaja, Hajiya, Mallam), Arabic (Sheikh), Tamil (Thiru, Tmt), French/Spanish/German (Mme, Mlle, Sra, Srta,
# Herr, Frau), South African and Commonwealth nursing (Sis), the forces (Cpl, Pte, Pvt)
MORE_TITLES = ("Mdm Mme Mlle Sra Srta Herr Frau Sheikh Haji Hajjah Alhaji Alhaja Encik Puan Cik Datuk Dato "
               "Thiru Tmt Sis Cpl Pte Pvt Hajiya Mallam Malam").split()

TITLES = frozenset("Dr Drs Doctor Mr Mrs Ms Miss Mx Mister Missus Prof Professor Sister Sr Nurse Rev Fr DR MR MRS Sgt Capt "
                   "Det Insp Ofc Dep Tpr Pastor Rabbi Imam Cllr Smt Shri Baby".split() + MORE_TITLES)

SPACED_DIGITS = re.compile(r"\d \d \d \d \d")

_UPPER_BYTES, _LOWER_BYTES = bytes(range(65, 91)), bytes(range(97, 123))

NEXT_PIECE = re.compile(r" (" + PIECE + r")")
PREV_PIECE = re.compile(r"(" + PIECE + r") $")


def _ascii(w: str) -> str:
    """'hernández' -> 'hernandez' for list look-ups."""
    return unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() if not w.isascii() else w
