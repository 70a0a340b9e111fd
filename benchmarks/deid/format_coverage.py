"""Format coverage: each identifier format faker produces, alone in a neutral sentence, must be removed.

    python benchmarks/deid/format_coverage.py [--n 300]

A complement to the note-level sets: for every format (faker en_US phones, e-mails, URLs, IPs, streets,
multi-line addresses, dates, names in several contexts, plates, accounts, MRNs, ZIPs, cities) it prints the
share of samples whose every letter/digit was covered by a placeholder of the expected type (any type for
multi-line addresses, which mix ADDRESS and ZIP), and a few misses.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from medlm.corpus.deid import deidentify  # noqa: E402


rng = random.Random(7)


def _ordinal(d, fmt: str) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return d.strftime(fmt.replace("{d}", f"{d.day}{suffix}"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="samples per format")
    args = ap.parse_args()
    f = Faker("en_US")
    f.seed_instance(7)
    full = lambda: f"{f.first_name()} {f.last_name()}"  # noqa: E731
    cases = [
        ("phone in a sentence", "Please call {v} to reschedule.", f.phone_number, "PHONE"),
        ("phone after a label", "Phone: {v}", f.phone_number, "PHONE"),
        ("SSN", "SSN: {v}", f.ssn, "SSN"),
        ("e-mail", "Contact: {v}", f.email, "EMAIL"),
        ("company e-mail", "Send records to {v} today.", f.company_email, "EMAIL"),
        ("URL", "See {v} for details.", f.url, "URL"),
        ("IPv4", "Accessed from {v}.", f.ipv4_public, "IP"),
        ("IPv6", "Accessed from {v}.", f.ipv6, "IP"),
        ("street address", "Lives at {v}.", f.street_address, "ADDRESS"),
        ("street + unit", "Address: {v}", lambda: f"{f.street_address()} {f.secondary_address()}", "ADDRESS"),
        ("multi-line address", "Address:\n{v}", f.address, None),
        ("date 01/02/2020", "DOB: {v}", lambda: f.date(pattern="%m/%d/%Y"), "DATE"),
        ("date January 02, 2020", "Admitted on {v}.", lambda: f.date_object().strftime("%B %d, %Y"), "DATE"),
        ("date 2020-01-02", "Seen {v}.", f.date, "DATE"),
        ("date 02 Jan 2020", "Date of service: {v}", lambda: f.date_object().strftime("%d %b %Y"), "DATE"),
        ("name after 'Patient'", "Patient {v} was seen today.", full, "NAME"),
        ("name after a label", "Patient Name: {v}", full, "NAME"),
        ("name starting a sentence", "{v} is a 54-year-old woman with asthma.", full, "NAME"),
        ("surname after Mr.", "Mr. {v} denies chest pain.", f.last_name, "NAME"),
        ("name before MD", "Signed: {v}, MD", full, "NAME"),
        ("name after 'seen by'", "She was seen by {v} in clinic.", full, "NAME"),
        ("first name after 'wife'", "His wife {v} is at bedside.", f.first_name_female, "NAME"),
        ("licence plate", "License plate: {v}", f.license_plate, "ID"),
        ("account number", "Account number: {v}", f.bban, "ID"),
        ("MRN", "MRN {v}", lambda: f.numerify("#######"), "MRN"),
        ("ZIP after a state", "Springfield, IL {v}", f.zipcode, "ZIP"),
        ("city after 'lives in'", "She lives in {v}.", f.city, "ADDRESS"),
        ("age: N-year-old", "A {v} woman presents with a fall.", lambda: f"{rng.randint(90, 105)}-year-old", "AGE>89"),
        ("age: N yo / y/o / y.o.", "Pt is a {v} male.", lambda: f"{rng.randint(90, 105)} {rng.choice(['yo', 'y/o', 'y.o.', 'years old', 'yrs old'])}", "AGE>89"),
        ("age: aged N / age N", "Aged {v}, she lives alone.", lambda: str(rng.randint(90, 105)), "AGE>89"),
        ("age: 'Age:' label", "Age: {v}   Sex: F", lambda: str(rng.randint(90, 105)), "AGE>89"),
        ("age: N years of age", "He is {v} and frail.", lambda: f"{rng.randint(90, 105)} years of age", "AGE>89"),
        ("date: Jan 2nd 2020", "Admitted {v} for pneumonia.", lambda: _ordinal(f.date_object(), "%b {d} %Y"), "DATE"),
        ("date: the 5th of May", "Surgery on {v} went well.", lambda: _ordinal(f.date_object(), "the {d} of %B"), "DATE"),
        ("date: 3/4 after 'on'", "Follow up on {v} in clinic.", lambda: f"{rng.randint(1, 12)}/{rng.randint(1, 28)}", "DATE"),
        ("phone with extension", "Call {v} for results.", lambda: f"({f.numerify('###')}) {f.numerify('###-####')} {rng.choice(['ext.', 'ext', 'x', 'extension'])} {f.numerify('###')}", "PHONE"),
        ("MRN: value", "MRN: {v} on file.", lambda: f.bothify(rng.choice(["########", "?#######", "00######"])).upper(), "MRN"),
        ("Medical Record #: value", "Medical Record #: {v}", lambda: f.numerify("########"), "MRN"),
        ("medical record number value", "Her medical record number is {v}.", lambda: f.numerify("#######"), "MRN"),
        ("MR# value", "MR#{v}", lambda: f.numerify("########"), "MRN"),
        ("name after 'Dr.'", "Discussed with Dr. {v} today.", f.last_name, "NAME"),
        ("name after 'Mrs.'", "Mrs. {v} reports improvement.", f.last_name, "NAME"),
        ("name after 'patient'", "Spoke with the patient {v} about the plan.", full, "NAME"),
        ("name after 'cc:'", "cc: {v}", full, "NAME"),
        ("name signing a note", "Electronically signed by {v} on 01/02/2020.", full, "NAME"),
    ]
    for name, template, gen, typ in cases:
        misses = []
        for _ in range(args.n):
            value = gen()
            text = template.format(v=value)
            start = text.index(value)
            covered = bytearray(len(text))
            for s, e, t, _ in deidentify(text).spans:
                if typ is None or t == typ:
                    covered[s:e] = b"\x01" * (e - s)
            if not all(covered[i] or not text[i].isalnum() for i in range(start, start + len(value))):
                misses.append(text)
        print(f"{name:28s} {1 - len(misses) / args.n:6.3f}  {misses[:2] if misses else ''}")


if __name__ == "__main__":
    main()
