"""A second hand-written held-out set, written after the detector was tuned and scored ONCE before any fix.

Styles not used elsewhere: SOAP notes, ICU flowsheet lines, anaesthesia records, genetic-counselling
pedigrees, outpatient prescriptions, home-care logs, chaplaincy and dental notes, e-mail threads,
workers' compensation letters; identifiers in forms such as "D.O.B.", "Ph#", "pt. ID", apostrophe years.
Markup as in heldout_notes.py: [[TYPE:text]]. `python benchmarks/deid/heldout2_notes.py` writes
eval_heldout2.jsonl. The first score is recorded in docs/deid.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from heldout_notes import parse  # noqa: E402  (same markup)

NOTES = [
    """S: [[NAME:Anneliese Vogt]] reports 3 days of dysuria and frequency. No fever. LMP [[DATE:10/02/2023]].
O: T 37.1 C, HR 76, BP 118/72. CVA tenderness absent. UA: LE 2+, nitrite +.
A: Uncomplicated cystitis.
P: Nitrofurantoin 100 mg BID x 5 days. Call [[PHONE:(612) 555-0175]] if symptoms persist.
[[NAME:Okoro]], [[NAME:Chidi]] MD""",
    """ICU FLOWSHEET  Bed 7  [[NAME:RAMIREZ, TERESA]]  D.O.B. [[DATE:02/29/1932]]  pt. ID [[MRN:88-31-442]]
0400 MAP 64, norepi 0.08 mcg/kg/min, CVP 11. UOP 25 mL/h. Lactate 2.8.
0600 Family ([[NAME:Hector]], son) updated by RN [[NAME:Maya Goldstein]].""",
    """ANESTHESIA RECORD
Pt [[NAME:Lukas Nowak]]   [[AGE>89:91]] y   ASA 3   Wt 58 kg
Induction: propofol 80 mg, rocuronium 40 mg. ETT 7.0 grade I view. Anesthesiologist [[NAME:J. Whitaker]], CRNA [[NAME:Beth Olsen]].""",
    """GENETIC COUNSELING
Proband: [[NAME:Rachel Abramowitz]], 34. Mother ([[NAME:Miriam]]) with breast cancer at 41; maternal aunt with
ovarian cancer. Ashkenazi Jewish ancestry. BRCA1/2 testing ordered; results to be mailed to
[[ADDRESS:77 Sunset Blvd]], [[ADDRESS:Pasadena]], CA [[ZIP:91101]].""",
    """Rx: Amoxicillin 875 mg PO BID x 10 days, #20, RF 0
Patient: [[NAME:Jamal Carter]]   DOB [[DATE:6/5/88]]
Prescriber: [[NAME:Samantha Lee]], NP  DEA [[ID:MS1234563]]
Pharmacy: CVS #2231, Ph# [[PHONE:503-555-0110]]""",
    """Home care log, visit [[DATE:11-3-22]]: client [[NAME:Dorothea Huang]] alert, ambulating with walker.
Pillbox set up for the week. Daughter-in-law [[NAME:Priscilla]] present. Next visit Thursday.""",
    """Chaplain note: Visited with [[NAME:Mr. Abernathy]] and his wife [[NAME:Lucille]] at their request. Prayer offered.
Patient expressed peace about transition to comfort care. Will follow.""".replace("[[NAME:Mr. Abernathy]]", "Mr. [[NAME:Abernathy]]"),
    """DENTAL: #14 MOD composite. Pt tolerated well. Recall 6 mo. Hygienist [[NAME:Carla Méndez]].
Insurance: Delta Dental, subscriber ID [[ID:DD88210443]].""",
    """From: [[EMAIL:nina.patel@cityclinic.org]]
Sent: [[DATE:Friday, May 12, 2023]] 4:15 PM
To: [[NAME:Dr. Greg Hollis]]
Subject: your patient [[NAME:Tomasz Zielinski]]
[[NAME:Greg]] - his INR was 4.2 today, holding warfarin x1. Can you see him this week? - [[NAME:Nina]]""".replace("[[NAME:Dr. Greg Hollis]]", "Dr. [[NAME:Greg Hollis]]"),
    """WORKERS' COMPENSATION
Claimant: [[NAME:Raymond Dubois]]   Claim #: [[ID:WC-2023-118472]]   Date of injury: [[DATE:8/14/'23]]
Employer: Northside Logistics. Mr. [[NAME:Dubois]] sustained a L3 compression fracture lifting a 70-lb box.
He may return to light duty (no lifting > 10 lb) on [[DATE:Oct 1]].""",
    """Interpreter used: Spanish, ID [[ID:4471]], [[NAME:Marisol]].
Pt [[NAME:Guadalupe Ortiz]] is a [[AGE>89:90 y/o]] woman with CHF, EF 30%, on furosemide 40 mg daily and
carvedilol 6.25 mg BID. Weight up 2 kg since [[DATE:9/20]]. Plan: increase furosemide to 40 mg BID.""",
    """Clinic contact sheet
Home: [[ADDRESS:3100 W. Grand Ave., Apt 12]], [[ADDRESS:Chicago]], IL [[ZIP:60651]]
Cell: [[PHONE:773-555-0148]]   Work: [[PHONE:312-555-0199 x305]]
Email: [[EMAIL:lwashington@outlook.com]]""",
    """Post-op check POD#1 s/p right TKA. Pain 4/10 on oxycodone 5 mg q4h PRN. Hgb 10.2. Drain output 80 mL.
Ambulated 50 ft with PT. Dressing C/D/I. Dr. [[NAME:Nakamura]] to see in AM.
Discussed with the patient's husband, [[NAME:Frank]].""",
    """Neonatal ICU: Baby girl [[NAME:Okafor]], 28 weeks, 1.1 kg. On CPAP 6, FiO2 0.25. Caffeine citrate.
Mother [[NAME:Ngozi Okafor]] pumping; father [[NAME:Emeka]] visiting daily. Head US [[DATE:12/01]] no IVH.""",
    """PROGRESS NOTE [[DATE:2024-03-18]]
[[NAME:Bjorn Eriksson]] is a [[AGE>89:ninety-one-year-old]] retired fisherman from [[ADDRESS:Ketchikan]] with COPD (GOLD 3)
and chronic hypercapnia. Uses 2 L home O2. Seen with his granddaughter [[NAME:Astrid]].""",
]


def main() -> None:
    path = Path(__file__).parent / "eval_heldout2.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, marked in enumerate(NOTES):
            text, spans = parse(marked)
            f.write(json.dumps({"id": f"heldout2-{i + 1:02d}", "source": "handwritten", "text": text, "spans": spans},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(NOTES)} notes to {path}")


if __name__ == "__main__":
    main()
