"""People's names: cues (titles, credentials, header labels, verbs, relatives, sign-offs), name lists, unknown
words, initials, and propagation of a name part found once to the rest of the note; towns and cities next to
them."""

from __future__ import annotations

import functools
import re

from medlm.corpus.deid.config import DeidConfig
from medlm.corpus.deid.lists import (
    CAR_MAKES, EPONYM_NEXT, FACILITY_HEAD_AT, LANGUAGES, NOT_NAME_WORDS, SPECIALIST, STOP, STOP_HARD, STOP_SOFT,
    _lists, _whitelist,
)
from medlm.corpus.deid.patterns import (
    CITY_BEFORE_STATE, CITY_STATE_RE, COUNTY_RE, LO, MORE_TITLES, NEXT_PIECE, NOT_PLACES, PARTICLE, PARTICLES,
    PIECE, PLACE, PREV_PIECE, STATE_ABBR, STATE_NAME, TITLES, UP, _UPPER_BYTES, _ascii, _phrases_rev, _trie,
)
from medlm.corpus.deid.spans import _Spans, _cap_tokens, _first_group, _row_cells


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


CAP_TOKEN = re.compile(rf"[{UP}][{UP}{LO}'’-]*")

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


def _merge_adjacent(text: str, chosen: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'John' + 'Smith' found separately -> one [NAME]."""
    merged: list[tuple[int, int, str]] = []
    for s, e, t in chosen:
        if merged and merged[-1][2] == t and t in ("NAME", "ADDRESS") and re.fullmatch(r"[ \t]+", text[merged[-1][1]:s]):
            merged[-1] = (merged[-1][0], e, t)
        else:
            merged.append((s, e, t))
    return merged
