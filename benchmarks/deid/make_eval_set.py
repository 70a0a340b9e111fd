"""Generate a labelled de-identification evaluation set: real clinical note text with planted PHI.

Base text: real notes from MTSamples (transcriptions), ACI-Bench (visit notes) and MTS-Dialog (note sections
and doctor-patient dialogues). Into each we plant PHI made with faker (names from ten locales, US addresses,
phones, e-mails, URLs, IPs, SSNs, MRNs, account/licence/plate/serial numbers, fax numbers, dates in many
formats, ages over 89) through varied templates: note headers, inline sentences, relatives, signatures, cc
lists, letters. Names already in the base text ("Dr. Xyz", ACI-Bench patient names) and numeric dates are
replaced by planted, labelled values so that the gold standard covers every identifier in the note.

Output: JSONL, one note per line: {"id", "source", "text", "spans": [[start, end, type], ...]}.

    python benchmarks/deid/make_eval_set.py --corpora ../shared/data/corpora --out benchmarks/deid/eval_generated.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from pathlib import Path

from faker import Faker

LOCALES = ["en_US"] * 6 + ["en_IN", "es_MX", "en_GB", "it_IT", "de_DE", "fr_FR", "pt_BR", "pl_PL", "zu_ZA"]
csv.field_size_limit(1 << 30)


class Note:
    """Text assembled piece by piece; PHI pieces remember their offsets."""

    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0

    def add(self, text: str, typ: str | None = None) -> "Note":
        if typ and text:
            self.spans.append([self.n, self.n + len(text), typ])
        self.parts.append(text)
        self.n += len(text)
        return self

    def add_segments(self, segs) -> "Note":
        for text, typ in segs:
            self.add(text, typ)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


class PHI:
    """Fake identifiers in many realistic formats; each method returns [(text, type or None), ...]."""

    def __init__(self, rng: random.Random, seed: int):
        self.rng = rng
        self.fakers = {loc: Faker(loc) for loc in set(LOCALES)}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)
        self.us = self.fakers["en_US"]
        self.new_person()

    def new_person(self):
        f = self.fakers[self.rng.choice(LOCALES)]
        self.first, self.last = f.first_name(), f.last_name()
        self.sex = self.rng.choice(["male", "female"])
        d = self.fakers[self.rng.choice(LOCALES)]
        self.doc_first, self.doc_last = d.first_name(), d.last_name()
        r = self.fakers[self.rng.choice(LOCALES)]
        self.rel_first, self.rel_last = r.first_name(), r.last_name()

    def c(self, *options):
        return self.rng.choice(options)

    # -- names
    def patient_full(self):
        return [(self.c(f"{self.first} {self.last}", f"{self.first} {self.last}",
                        f"{self.first} {self.us.random_uppercase_letter()}. {self.last}"), "NAME")]

    def patient_lastfirst(self, upper=False):
        s = f"{self.last}, {self.first}"
        return [(s.upper() if upper else s, "NAME")]

    def patient_title(self):
        t = "Mr." if self.sex == "male" else self.c("Mrs.", "Ms.", "Miss")
        return [(t + " ", None), (self.last, "NAME")]

    def doctor_full(self):
        return [(self.c(f"{self.doc_first} {self.doc_last}", f"{self.doc_first[0]}. {self.doc_last}"), "NAME")]

    def doctor_title(self):
        return [(self.c("Dr. ", "Dr ", "Doctor "), None), (self.doc_last, "NAME")]

    def other_doctor(self):
        f = self.fakers[self.rng.choice(LOCALES)]
        return [(self.c("Dr. ", "Dr. ", "Dr "), None), (self.c(f.last_name(), f"{f.first_name()} {f.last_name()}"), "NAME")]

    def relative(self):
        return [(self.c(self.rel_first, f"{self.rel_first} {self.rel_last}"), "NAME")]

    # -- dates
    def date(self):
        d = self.us.date_between("-6y", "today")
        day = d.day
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        fmts = [
            f"{d.month:02d}/{day:02d}/{d.year}", f"{d.month}/{day}/{d.year}", f"{d.month}/{day}/{d.year % 100:02d}",
            d.isoformat(), d.strftime("%b %d, %Y"), d.strftime("%B %d, %Y"), d.strftime(f"%B {day}{suf}, %Y"),
            d.strftime(f"%b {day}{suf} %Y"), d.strftime("%d %B %Y"), d.strftime("%d-%b-%Y").upper(),
            d.strftime("%d-%b-%Y"), f"{d.month:02d}-{day:02d}-{d.year}", d.strftime("%B %Y"),
            f"{d.month}/{day}", d.strftime(f"%A, %B {day}"), f"the {day}{suf} of {d.strftime('%B')}",
            d.strftime(f"%B {day}"), f"{day}.{d.month}.{d.year}",
        ]
        return [(self.rng.choice(fmts), "DATE")]

    def dob(self):
        d = self.us.date_of_birth(minimum_age=18, maximum_age=88)
        return [(self.c(f"{d.month:02d}/{d.day:02d}/{d.year}", d.isoformat(), d.strftime("%B %d, %Y"),
                        f"{d.month}/{d.day}/{d.year % 100:02d}", d.strftime("%d-%b-%Y")), "DATE")]

    # -- ages over 89
    def age(self):
        n = self.rng.randint(90, 104)
        words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
        forms = [f"{n}-year-old", f"{n} year old", f"{n} yo", f"{n} y/o", f"{n}-yr-old", f"{n} y.o.",
                 f"{n} years old", f"{n}yo"]
        if n in words:
            forms.append(f"{words[n]}-year-old")
        return [(self.rng.choice(forms), "AGE>89")]

    # -- contact
    def phone(self):
        p = self.us.phone_number()
        if self.rng.random() < 0.2:
            p = f"({self.us.msisdn()[3:6]}) {self.us.msisdn()[6:9]}-{self.us.msisdn()[9:13]}"
        if self.rng.random() < 0.1:
            p += self.c(" ext. 214", " x31", " ext 5")
        return [(p, "PHONE")]

    def fax(self):
        area = self.us.numerify("###")
        area = self.c(f"({area}) ", f"{area}-", f"{area}.")
        return [(area + self.us.numerify("###-####"), "ID")]

    def email(self):
        return [(self.c(self.us.email(), f"{self.first.lower()}.{self.last.lower()}@{self.us.free_email_domain()}"), "EMAIL")]

    def url(self):
        return [(self.c(self.us.url(), f"https://portal.{self.us.domain_name()}/patient/{self.us.numerify('######')}",
                        f"www.{self.us.domain_name()}"), "URL")]

    def ip(self):
        return [(self.c(self.us.ipv4(), self.us.ipv4_private(), self.us.ipv6()), "IP")]

    def address(self, with_zip=True):
        segs = [(self.us.street_address() + self.c("", "", f", {self.us.secondary_address()}"), "ADDRESS")]
        city, st = self.us.city(), self.us.state_abbr()
        segs += [(self.c(", ", "\n", ", "), None), (city, "ADDRESS"), (", ", None), (st, None)]
        if with_zip:
            segs += [(" ", None), (self.c(self.us.zipcode(), self.us.zipcode_plus4()), "ZIP")]
        return segs

    def city(self):
        return [(self.us.city(), "ADDRESS")]

    # -- numbers
    def mrn(self):
        return [(self.c(self.us.numerify("########"), self.us.numerify("#######"), "MRN-" + self.us.numerify("######"),
                        self.us.bothify("?#######").upper(), self.us.numerify("00#######")), "MRN")]

    def ssn(self):
        return [(self.us.ssn(), "SSN")]

    def some_id(self):
        kind = self.rng.randrange(8)
        if kind == 0:
            return [("Account number: ", None), (self.us.numerify("##########"), "ID")]
        if kind == 1:
            return [("Insurance member ID ", None), (self.us.bothify("???#########").upper(), "ID")]
        if kind == 2:
            return [("Driver's license ", None), (self.us.bothify("?#######").upper(), "ID")]
        if kind == 3:
            return [("license plate ", None), (self.us.license_plate(), "ID")]
        if kind == 4:
            return [("pacemaker serial no. ", None), (self.us.bothify("??#####-##").upper(), "ID")]
        if kind == 5:
            return [("VIN ", None), (self.us.vin(), "ID")]
        if kind == 6:
            return [("Policy #: ", None), (self.us.bothify("##-###-####"), "ID")]
        return [("Medicaid ID ", None), (self.us.bothify("##???####?").upper(), "ID")]


# ---------------------------------------------------------------- templates


def header(note: Note, p: PHI, rng: random.Random) -> None:
    style = rng.randrange(6)
    if style == 0:
        note.add("Patient Name: ").add_segments(p.patient_full()).add("\nDOB: ").add_segments(p.dob())
        note.add("\nMRN: ").add_segments(p.mrn()).add("\nDate of Service: ").add_segments(p.date()).add("\n\n")
    elif style == 1:
        note.add("PATIENT: ").add_segments(p.patient_lastfirst(upper=True)).add("\nMEDICAL RECORD #: ")
        note.add_segments(p.mrn()).add("\nDATE OF BIRTH: ").add_segments(p.dob()).add("\nADMISSION DATE: ")
        note.add_segments(p.date()).add("\nDISCHARGE DATE: ").add_segments(p.date()).add("\nATTENDING: ")
        note.add_segments(p.doctor_full()).add(", MD\n\n")
    elif style == 2:
        note.add("Name: ").add_segments(p.patient_full()).add("    Age: ").add_segments([(str(rng.randint(90, 101)), "AGE>89")])
        note.add("    Sex: " + ("M" if p.sex == "male" else "F") + "\nAddress: ").add_segments(p.address())
        note.add("\nPhone: ").add_segments(p.phone()).add("\nEmail: ").add_segments(p.email()).add("\n\n")
    elif style == 3:
        note.add("RE: ").add_segments(p.patient_full()).add(" (DOB ").add_segments(p.dob()).add(")\n")
        note.add("Referring physician: ").add_segments(p.other_doctor()).add("\n\n")
    elif style == 4:
        note.add("Pt: ").add_segments(p.patient_lastfirst()).add(" | MRN ").add_segments(p.mrn()).add(" | DOS ")
        note.add_segments(p.date()).add("\n\n")
    else:
        note.add("Date: ").add_segments(p.date()).add("\nTo: ").add_segments(p.other_doctor()).add("\nFrom: ")
        note.add_segments(p.doctor_title()).add("\nRe: ").add_segments(p.patient_title()).add("\n\n")


def inline_sentences(p: PHI, rng: random.Random) -> list[list]:
    he = "He" if p.sex == "male" else "She"
    his = "His" if p.sex == "male" else "Her"
    rel = rng.choice(["wife", "husband", "daughter", "son", "sister", "niece", "friend"])
    options = [
        [(f"{he} was last seen in clinic on ", None), *p.date(), (" by ", None), *p.doctor_title(), (".", None)],
        [("Referred by ", None), *p.doctor_full(), (", MD, of ", None), *p.city(), (f", {p.us.state_abbr()}.", None)],
        [(f"{his} {rel}, ", None), *p.relative(), (", can be reached at ", None), *p.phone(), (".", None)],
        [("The patient is a ", None), *p.age(), (f" {p.sex} who lives at ", None), *p.address(), (".", None)],
        [("Follow up with ", None), *p.doctor_title(), (" on ", None), *p.date(), (".", None)],
        [(f"{he} reports that {his.lower()} last fall was on ", None), *p.date(), (".", None)],
        [("Records were faxed to ", None), *p.fax(), (" on ", None), *p.date(), (".", None)],
        [("Patient portal: ", None), *p.url(), ("; e-mail ", None), *p.email(), (".", None)],
        [*p.some_id(), (" verified at registration.", None)],
        [(f"Discussed the plan with {his.lower()} {rel} ", None), *p.relative(), (" (", None), *p.phone(), (").", None)],
        [("SSN: ", None), *p.ssn(), (".", None)],
        [("Labs were drawn ", None), *p.date(), (" and reviewed with ", None), *p.other_doctor(), (".", None)],
        [("The patient, ", None), *p.patient_full(), (", was admitted on ", None), *p.date(), (".", None)],
        [("Telehealth visit connected from IP ", None), *p.ip(), (".", None)],
        [(f"{he} is a very pleasant ", None), *p.age(), (f" {p.sex} with a history of hypertension.", None)],
        [(f"{he} moved to ", None), *p.city(), (" to live with ", None), *p.relative(), (".", None)],
        [("Spoke with ", None), *p.patient_title(), (" by phone at ", None), *p.phone(), (".", None)],
        [("Emergency contact: ", None), *p.relative(), (f" ({rel}), ", None), *p.phone(), (".", None)],
        [("Seen in consultation with ", None), *p.other_doctor(), (" of cardiology.", None)],
        [("Prior MRN ", None), *p.mrn(), (" merged.", None)],
        [("Home address: ", None), *p.address(), (".", None)],
        [("Aged ", None), (str(rng.randint(90, 103)), "AGE>89"), (", lives independently.", None)],
    ]
    return rng.sample(options, k=rng.randint(2, 5))


def footer(note: Note, p: PHI, rng: random.Random) -> None:
    style = rng.randrange(6)
    note.add("\n\n")
    if style == 0:
        note.add("Electronically signed by: ").add_segments(p.doctor_full()).add(", MD on ").add_segments(p.date())
        note.add(f" {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM\n")
    elif style == 1:
        note.add("Dictated by: ").add_segments(p.doctor_full()).add(", M.D.\nD: ").add_segments(p.date())
        note.add("\nT: ").add_segments(p.date()).add("\n")
    elif style == 2:
        note.add("cc: ").add_segments(p.doctor_full()).add(", MD\n    ").add_segments(p.other_doctor()).add("\n")
    elif style == 3:
        note.add("Sincerely,\n\n").add_segments(p.doctor_full()).add(", MD\n").add_segments(p.address())
        note.add("\nPhone: ").add_segments(p.phone()).add("  Fax: ").add_segments(p.fax()).add("\n")
    elif style == 4:
        note.add("Thank you for referring ").add_segments(p.patient_title()).add(". Please call me at ")
        note.add_segments(p.phone()).add(" with questions.\n\n").add_segments(p.doctor_title()).add("\n")
    else:
        note.add("Attending: ").add_segments(p.doctor_full()).add(", DO\nResident: ").add_segments(p.other_doctor())
        note.add("\n")


# ---------------------------------------------------------------- base text

TITLE_NAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Doctor)\.?\s+([A-Z][a-z]+|[A-Z]{2,}(?![a-z]))")
CREDENTIAL_NAME = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+),? (?:MD|M\.D\.|PA-C|PA|DO|RN|NP|DMD|DDS)\b")
# date elements already in the base text stay as they are but are labelled
MONTH_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?\b"
)
BASE_AGE = re.compile(r"\b(?:9\d|1[01]\d)[- ]years?[- ]old\b")
BASE_ID = re.compile(r"(?i)\bserial\s*(?:#|number|no\.?)\s*([A-Z0-9-]+\d[A-Z0-9-]*)")
NUM_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b")
PLACEHOLDER_DATES = re.compile(r"\b(?:MM|XX)/(?:DD|XX)/(?:YYYY|XXXX|YY|XX)\b")


def load_bases(corpora: Path, rng: random.Random, n: int) -> list[dict]:
    bases = []
    with open(corpora / "mtsamples/mtsamples.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if len(r["transcription"]) > 400:
                bases.append({"source": "mtsamples", "text": r["transcription"], "names": []})
    for split in ("train", "valid"):
        meta = {}
        with open(corpora / f"aci_bench/{split}_metadata.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                meta[r["encounter_id"]] = [x for x in (r["patient_firstname"], r["patient_familyname"], r["doctor_name"]) if x]
        with open(corpora / f"aci_bench/{split}.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                bases.append({"source": "aci_bench", "text": r["note"], "names": meta.get(r["encounter_id"], [])})
    with open(corpora / "mts_dialog/MTS-Dialog-TrainingSet.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if len(r["section_text"]) > 300:
                bases.append({"source": "mts_dialog_note", "text": r["section_text"], "names": []})
            if len(r["dialogue"]) > 500:
                bases.append({"source": "mts_dialog_dialogue", "text": r["dialogue"], "names": []})
    by_source: dict[str, list] = {}
    for b in bases:
        by_source.setdefault(b["source"], []).append(b)
    quota = {"mtsamples": 0.45, "aci_bench": 0.25, "mts_dialog_note": 0.15, "mts_dialog_dialogue": 0.15}
    chosen = []
    for src, share in quota.items():
        chosen += rng.sample(by_source[src], k=min(len(by_source[src]), round(n * share)))
    rng.shuffle(chosen)
    return chosen


def plant_body(note: Note, base: dict, p: PHI, rng: random.Random) -> None:
    """Copy the base text, replacing its own names/dates by planted labelled ones and inserting PHI sentences."""
    text = base["text"][:3000]
    if len(base["text"]) > 3000:
        text = text[: text.rfind(".") + 1] or text
    # the base text's own identifiers -> planted ones (so that the gold standard covers them)
    repl = []
    for m in TITLE_NAME.finditer(text):
        repl.append((m.start(1), m.end(1), "NAME"))
    for name in base["names"]:
        for part in name.split():
            if len(part) > 2:
                for m in re.finditer(r"(?i)\b" + re.escape(part) + r"\b", text):
                    repl.append((m.start(), m.end(), "NAME"))
    for m in NUM_DATE.finditer(text):
        repl.append((m.start(), m.end(), "DATE"))
    for m in CREDENTIAL_NAME.finditer(text):
        repl.append((m.start(1), m.end(1), "NAME"))
    for m in MONTH_DATE.finditer(text):
        # a month alone counts only after a time word ("in May"); "May" the verb stays
        alone = " " not in m.group() and not re.search(r"(?i)\b(?:in|since|during|until|by|last|early|late|mid|of|before|after)[\s-]+$", text[max(0, m.start() - 12):m.start()])
        if not alone:
            repl.append((m.start(), m.end(), "KEEPDATE"))
    for m in BASE_AGE.finditer(text):
        repl.append((m.start(), m.end(), "KEEPAGE>89"))
    for m in BASE_ID.finditer(text):
        repl.append((m.start(1), m.end(1), "KEEPID"))
    for m in PLACEHOLDER_DATES.finditer(text):
        repl.append((m.start(), m.end(), "DATE"))
    repl.sort()
    sentences = inline_sentences(p, rng)
    # insert planted sentences after sentence ends at random points
    ends = [m.end() for m in re.finditer(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])[.?!]\s+(?=[A-Z])", text)]
    insert_at = sorted(rng.sample(ends, k=min(len(ends), len(sentences)))) if ends else []
    events = [(s, "insert", i) for i, s in enumerate(insert_at)] + [(s, "repl", (s, e, t)) for s, e, t in repl]
    events.sort(key=lambda x: (x[0], x[1] == "repl"))
    pos = 0
    for at, kind, payload in events:
        if at < pos:
            continue
        note.add(text[pos:at])
        pos = at
        if kind == "insert":
            note.add_segments(sentences[payload]).add(" ")
        else:
            s, e, t = payload
            original = text[s:e]
            if t.startswith("KEEP"):
                note.add(original, t[4:])
            elif t == "NAME":
                name = p.last if original.lower() != (base["names"] or [""])[0].lower() else p.first
                if original.isupper() and len(original) > 1:
                    name = name.upper()
                elif original.islower():
                    name = name.lower()
                note.add(name, "NAME")
            else:
                note.add_segments(p.date())
            pos = e
    note.add(text[pos:])
    for seg in sentences[len(insert_at):]:
        note.add(" ").add_segments(seg)


def make_note(base: dict, p: PHI, rng: random.Random) -> Note:
    p.new_person()
    note = Note()
    if base["source"] != "mts_dialog_dialogue" and rng.random() < 0.85:
        header(note, p, rng)
    plant_body(note, base, p, rng)
    if base["source"] != "mts_dialog_dialogue" and rng.random() < 0.8:
        footer(note, p, rng)
    return note


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, required=True, help="shared/data/corpora")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "eval_generated.jsonl")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    p = PHI(rng, args.seed)
    bases = load_bases(args.corpora, rng, args.n)
    with open(args.out, "w", encoding="utf-8") as f:
        for i, base in enumerate(bases):
            note = make_note(base, p, rng)
            f.write(json.dumps({"id": f"gen-{i:04d}", "source": base["source"], "text": note.text,
                                "spans": note.spans}, ensure_ascii=False) + "\n")
    print(f"wrote {len(bases)} notes to {args.out}")


if __name__ == "__main__":
    main()
