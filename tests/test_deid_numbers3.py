"""De-identification, round 3 of numbers and dates: record numbers typed by their cue (in-patient, M.R., case
numbers of hospitals and polyclinics, the VA's ICN), values written with a facility's letters before digit
groups, masked SSNs, officers' badge numbers after an initial, and short agency prefixes."""

import pytest

from tests.deid_support import phi


@pytest.mark.parametrize(
    "text, original, typ",
    [
        # a facility's own record number, whatever the country calls it
        ("Ward 4   IPD No: IPD-24-11873   Bed 9", "IPD-24-11873", "MRN"),
        ("M.R. No: KHS/2025/30412   Ward: Surgical", "KHS/2025/30412", "MRN"),
        ("Hospital Case No.: RMC-25-440912\nDiagnosis: CAP", "RMC-25-440912", "MRN"),
        ("Clinic case no. CC-2021-7781 on file.", "CC-2021-7781", "MRN"),
        ("Veteran: HALVERSEN, ODD   ICN 1008871234V662019", "1008871234V662019", "MRN"),
        # digits in groups after a facility's letters
        ("Seen today.   MRN: SMH 40 221 987\nAllergies: none", "SMH 40 221 987", "MRN"),
        ("Chart   MRN BK 7730 1184   DOS 3/2", "BK 7730 1184", "MRN"),
        # masked SSNs need no cue
        ("Pt: RUIZ, ANA   xxx-xx-5512   Clinic 3", "xxx-xx-5512", "SSN"),
        ("Tax form shows 611-40-XXXX only.", "611-40-XXXX", "SSN"),
        # an agency prefix before a hyphenated number, or a single letter before a serial
        ("Claim No.: GL 228-441907-03   Adjuster: (see file)", "GL 228-441907-03", "ID"),
        ("Specimen sent (acc QD 25-101-4417) to reference lab.", "QD 25-101-4417", "ID"),
        ("Certificate serial no. B 5520931 issued.", "B 5520931", "ID"),
        ("Ins: Aetna   Member W88120044   Grp 440172", "440172", "ID"),
        # a badge number after an officer's initial and surname
        ("Reported by Deputy L. Marsh #2231 at 0300.", "2231", "ID"),
    ],
)
def test_cued_numbers(text, original, typ):
    assert phi(text).get(original) == typ
