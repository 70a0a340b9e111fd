"""Format coverage: each identifier format faker produces, alone in a neutral sentence, must be removed.

    python benchmarks/deid/format_coverage.py [--n 300]

A complement to the note-level sets: for every format (faker en_US phones, e-mails, URLs, IPs, streets,
multi-line addresses, dates, names in several contexts, plates, accounts, MRNs, ZIPs, cities) it prints the
share of samples whose every letter/digit was covered by a placeholder of the expected type (any type for
multi-line addresses, which mix ADDRESS and ZIP), and a few misses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from medlm.corpus.deid import deidentify  # noqa: E402


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
