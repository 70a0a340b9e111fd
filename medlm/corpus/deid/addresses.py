"""Addresses: non-US formats (UK/IE/CA/AU/NZ/IN/SG postcodes, national identifiers), address chains and labelled
addresses."""

from __future__ import annotations

import re

from medlm.corpus.deid.config import DeidConfig
from medlm.corpus.deid.facilities import TOWN_AFTER_FACILITY
from medlm.corpus.deid.lists import STOP, STOP_HARD
from medlm.corpus.deid.names import PLACE_PREFIX_WORDS, STATE_NAME_AT, _trim_place
from medlm.corpus.deid.numbers import _phone_type
from medlm.corpus.deid.patterns import (
    CA_POSTCODE, LO, PLACE, STATE, STATE_ABBR, STREET_TYPES, TITLES, UK_POSTCODE, UP, ZIP, _ascii,
)
from medlm.corpus.deid.spans import _Spans


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
