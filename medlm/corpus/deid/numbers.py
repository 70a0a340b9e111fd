"""Numbers and codes: dates, ages over 89, phones, SSNs, IPs, URLs, e-mails, record and other identifiers
(cue words before a digit run, long identifiers, logins), weekdays and spelled-out dates."""

from __future__ import annotations

import functools
import re

from medlm.corpus.deid.config import DeidConfig
from medlm.corpus.deid.lists import STOP_HARD, _lists, _whitelist
from medlm.corpus.deid.names import WIDE_GAP, _inflected
from medlm.corpus.deid.patterns import (
    AGE_NINETY_ALONE, AGE_PATTERNS, AGE_WORDS_AFTER_SUBJECT, CA_POSTCODE, CLOCK_TIMES, COMPACT_DATE, COUNTY_RE,
    DATE_PATTERNS, DATE_RANGE_BEFORE, DATE_RANGE_END, DAY, DAY_MON_YEAR, DOMESTIC_PHONE, DOMESTIC_PHONE_COMPACT,
    DURATION_BEFORE, EACH_MONTH_AFTER, EMAIL_RE, FAX_BEFORE, HOLIDAY_HINTS, HOLIDAY_RE, HOLIDAY_RECURRING_BEFORE,
    HOLIDAY_RELATIVE_AFTER, HOLIDAY_RELATIVE_BEFORE, IPV4_RE, IPV6_RE, JOINED_MONTH, LOCAL_PHONE_LABELLED,
    LOWER_WEEKDAYS, LOWER_WEEKDAY_ABBRS, LOWER_WEEKDAY_CUE, MASKED_NUMBER, MASKED_SSN, MEASURE_PAIR_BEFORE,
    MILITARY_RE, MONTHS, MONTH_ALONE, MONTH_BEFORE_COLON, MONTH_IN_BRACKETS, MONTH_PART_BEFORE, MONTH_THEN_NUMBER,
    NAME_AFTER, NOT_DATE_AFTER, NOT_DATE_BEFORE, ORD, ORDINAL_AFTER, ORDINAL_CUE_BEFORE, ORDINAL_LIST_AFTER,
    PHONE10_RE, PHONE11_RE, PHONE_INTL, PHONE_INTL_ANY, PHONE_RE, PLATE_RE, POBOX_RE, POBOX_ZIP, RANGE_END,
    RANGE_END_DM, RANGE_START, RESULT_PAREN_BEFORE, SHORT_DATE_AT, SHORT_DATE_CUE_REV, SHORT_DATE_DM,
    SHORT_DATE_VALUE, SPACED_DIGITS, SSN_CUED, SSN_LAST4, SSN_RE, STREET_PREFIX_RE, STREET_RE, TIME_AFTER,
    TOLL_FREE, UK_DURATION, UK_POSTCODE, URL_RE, VEHICLE_PLATE, WEEKDAY_ALONE, WEEKDAY_BEFORE, WEEKDAY_CUE_BEFORE,
    WEEKDAY_DATE_AFTER, WEEKDAY_HIT, WEEKDAY_SCHEDULE_AFTER, WEEKDAY_SCHEDULE_BEFORE, WEEKDAY_THE_BEFORE, YEAR,
    YEAR_ONLY, ZIP4_RE, ZIP_CUED, _NO_NOUN_AFTER, _phrases_rev, _trie,
)
from medlm.corpus.deid.spans import _Spans


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


def _on_lines_with(rx: re.Pattern, text: str, tl: str, words, starts=()):
    """rx's matches in text, looked for only on the lines of tl (text lower-cased) holding one of words, or
    starting at one of starts (for patterns that never span lines and are slow to scan a whole note with)."""
    starts = set(starts)
    for w in words:
        i = tl.find(w)
        while i >= 0:
            starts.add(tl.rfind("\n", 0, i) + 1)
            i = tl.find(w, i + 1)
    for ls in sorted(starts):
        le = tl.find("\n", ls)
        yield from rx.finditer(text, ls, len(tl) if le < 0 else le)


def _urls(text: str, tl: str):
    """URL_RE's matches on the lines with "://", "www." or a DOT_TLD (its "[A-Za-z0-9-]+" start is slow)."""
    return _on_lines_with(URL_RE, text, tl, ("://", "www."),
                          (tl.rfind("\n", 0, m.start()) + 1 for m in DOT_TLD.finditer(tl)))


def _partial_numbers(tl: str):
    """PARTIAL_NUMBER's matches on the lines with "ending"/"ends" (its "\\w*" start is slow)."""
    return _on_lines_with(PARTIAL_NUMBER, tl, tl, ("ending", "ends"))


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
