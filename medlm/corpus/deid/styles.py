"""Document styles: HL7 v2 messages, tables (CSV, pipe, tab; typed by their header row), JSON/FHIR, and the second
reading of ALL-CAPS, all-lower-case and OCR-damaged notes."""

from __future__ import annotations

import re
from dataclasses import field

from medlm.corpus.deid.config import DeidConfig
from medlm.corpus.deid.facilities import FACILITY_BRANDS
from medlm.corpus.deid.lists import FACILITY_HEADS, PLACEHOLDER_CELLS, STOP, _lists, _whitelist
from medlm.corpus.deid.names import SMALL_PLACE_BEFORE, _inflected, _merge_adjacent
from medlm.corpus.deid.patterns import STATE_NAME, TITLES, _LOWER_BYTES, _UPPER_BYTES, _ascii
from medlm.corpus.deid.spans import _Spans, _row_cells


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

TABLE_RULE = re.compile(r"[ \t|:+=-]*")  # "-----|-----" under a header

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
