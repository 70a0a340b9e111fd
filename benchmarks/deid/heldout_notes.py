"""Held-out de-identification notes, written by hand in styles the generator does not use.

Nursing and telephone notes, ED triage, discharge summaries, radiology and pathology headers, referral and
insurance letters, psychiatry and social-work notes, dialogue transcripts: PHI in formats that
make_eval_set.py never produces (other date/phone/ID layouts, names from many origins, lower-case
dialogue names, international numbers), next to clinical text that must survive (eponyms, vitals,
doses, scores, years). Written once, before tuning on it; kept as an honest second measurement.

Markup: [[TYPE:text]] marks a PHI span. `python benchmarks/deid/heldout_notes.py` writes eval_heldout.jsonl.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

NOTES = [
    # 1 nursing shift note
    """NURSING PROGRESS NOTE — 7P-7A
Pt: [[NAME:Oluwaseun Adebayo]]   MR#: [[MRN:00456123]]   Rm 4112-B
Pt resting comfortably. VS: T 98.6 F, HR 88, BP 132/84, RR 16, SpO2 97% on 2L NC. Pain 2/10 at incision site,
improved after oxycodone 5 mg PO x1. Foley catheter draining clear yellow urine, 350 mL this shift. Lungs with
faint bibasilar crackles. Pt's daughter [[NAME:Funmilayo]] called at 2130 asking for update; she can be reached on
her cell [[PHONE:(404) 555-0187]]. Reinforced incentive spirometry 10x/hr. Will continue to monitor.
— [[NAME:K. Brennan]], RN""",
    # 2 telephone encounter
    """Telephone Encounter  [[DATE:Sept. 3rd]], 10:42
Caller: [[NAME:Rosa Delgado-Ibarra]] (wife)   Callback: [[PHONE:617.555.0123]]
Reason: husband [[NAME:Efrain]] with swollen left calf since the weekend. Denies chest pain or dyspnea. Homans sign
not reliable; advised ED evaluation today to r/o DVT with venous Doppler. Wife verbalized understanding.
Routed to [[NAME:Dr. Whitfield]]'s inbox.""".replace("[[NAME:Dr. Whitfield]]", "Dr. [[NAME:Whitfield]]"),
    # 3 ED triage
    """ED TRIAGE
Arrival [[DATE:11/14/2019]] 03:12 by EMS from home ([[ADDRESS:221 Baker Street, Unit 2]], [[ADDRESS:Duluth]], MN [[ZIP:55802]]).
[[AGE>89:97 yo]] F with fall at home, + head strike, on apixaban 5 mg BID. GCS 15. Denies LOC per pt.
Accompanied by her grandson [[NAME:Tyrell Washington]], who found her on the floor. ESI level 2.
Past hx: Parkinson disease, atrial fibrillation, Hodgkin lymphoma s/p ABVD in 1988.""",
    # 4 discharge summary
    """DISCHARGE SUMMARY
Name: [[NAME:NGUYEN, VAN MINH]]            Unit No: [[MRN:7712-0458]]
Admitted: [[DATE:2021-02-07]]              Discharged: [[DATE:2021-02-12]]
Service: Medicine (attending [[NAME:Priya Venkataraman]], MD)
HOSPITAL COURSE: Mr. [[NAME:Nguyen]] is a 67-year-old man admitted with community-acquired pneumonia. Gram stain
showed gram-positive diplococci. He improved on ceftriaxone and azithromycin. Cr peaked at 1.6 on [[DATE:2/9]].
DISPOSITION: home with VNA. Follow-up with PCP [[NAME:Dr. Okonkwo]] in 1 week.""".replace("[[NAME:Dr. Okonkwo]]", "Dr. [[NAME:Okonkwo]]"),
    # 5 radiology header
    """EXAM: CT HEAD WITHOUT CONTRAST
PATIENT: [[NAME:Harriet Lindqvist]]   DOB: [[DATE:3-14-1931]]   ACC#: [[ID:CT24-0098813]]
ORDERING: [[NAME:ALVAREZ, JOSE]] MD
CLINICAL HISTORY: [[AGE>89:93yo]] female, fall.
FINDINGS: No acute intracranial hemorrhage. Chronic small vessel ischemic changes. No midline shift.
IMPRESSION: No acute intracranial process.
Read by: [[NAME:Siobhan O'Connor]], MD  [[DATE:14 Nov 2019]]""",
    # 6 referral letter
    """[[DATE:March 2, 2022]]

[[NAME:Aleksandr Petrov]], MD
Riverside Cardiology Associates
[[ADDRESS:4400 Lakeshore Drive, Suite 210]]
[[ADDRESS:Evanston]], IL [[ZIP:60201]]

Dear Dr. [[NAME:Petrov]],

I am writing to refer my patient, [[NAME:Margaret "Peggy" Sullivan]] (DOB [[DATE:07/22/1950]]), for evaluation of a
grade 3/6 systolic murmur heard best at the right upper sternal border. Echo in 2018 showed mild aortic stenosis.
She has NYHA class II symptoms. Her current medications include metoprolol 25 mg twice daily and Lasix 20 mg daily.
Please contact my office at [[PHONE:+1 (847) 555-0199]] or fax records to [[ID:847-555-0142]].

Sincerely,
[[NAME:Hannah Cho]], DO""",
    # 7 psychiatry note
    """PSYCHIATRY FOLLOW-UP
[[NAME:Darnell Jefferson]] returns for medication management. He lives with his partner, [[NAME:Marcus]], in
[[ADDRESS:Kalamazoo]] and works nights at a warehouse. PHQ-9 today 8 (down from 17 in [[DATE:January]]). Sleep 6 h/night.
Denies SI/HI. Continue sertraline 100 mg daily. Bell's palsy from last year fully resolved.
Next visit in 6 weeks. E-mail contact on file: [[EMAIL:DJEFFERSON77@MAILBOX.ORG]].""",
    # 8 social work
    """SOCIAL WORK ASSESSMENT
Met with patient and her niece, [[NAME:Xiaoming Zhang]], at bedside. Patient is a widowed [[AGE>89:ninety-six year old]]
woman who lived alone in a second-floor walk-up at [[ADDRESS:58 Orchard St., Apt 3R]], [[ADDRESS:New York]], NY [[ZIP:10002]].
Medicare ID [[ID:1EG4-TE5-MK73]]. Niece is health care proxy; her number is [[PHONE:212 555 0164]].
Discussed SNF options; niece prefers a facility near [[ADDRESS:Flushing]].""",
    # 9 dialogue transcript (lower-case names)
    """[doctor] good morning , [[NAME:mrs. kowalczyk]] . how have you been since we last talked ?
[patient] oh , not too bad . my knee is still giving me trouble though .
[doctor] okay . and is your husband [[NAME:stan]] still helping you with the exercises ?
[patient] yes , he is , bless him .
[doctor] good . let's take a look . any swelling ? pain on a scale of zero to ten ?
[patient] maybe a four .""".replace("[[NAME:mrs. kowalczyk]]", "mrs. [[NAME:kowalczyk]]"),
    # 10 pathology
    """SURGICAL PATHOLOGY REPORT
Case: [[ID:S22-18874]]    Patient: [[NAME:Ebere Nwosu]]    MRN: [[MRN:A9921834]]
Collected: [[DATE:05/06/22]]    Received: [[DATE:05/07/22]]
Submitting physician: [[NAME:Dr. Rafael Montoya-Reyes]]
DIAGNOSIS: Colon, sigmoid, biopsy: Tubular adenoma. Negative for high-grade dysplasia.
Pathologist: [[NAME:Lena Hoffmann]], MD""".replace("[[NAME:Dr. Rafael Montoya-Reyes]]", "Dr. [[NAME:Rafael Montoya-Reyes]]"),
    # 11 insurance letter
    """RE: Prior authorization for adalimumab
Member: [[NAME:Giovanni Russo]]
Member ID: [[ID:XQH882019345]]   Group: [[ID:0047712]]
Date of birth: [[DATE:December 1, 1968]]
Diagnosis: Crohn's disease of small intestine (K50.00), failed azathioprine and budesonide.
Prescriber NPI on file. Please call [[PHONE:1-800-555-0117 ext. 4410]] with questions.""",
    # 12 ED provider note with ages and eponyms
    """HPI: [[AGE>89:101-year-old]] female nursing home resident with dementia brought in for fever. Per staff at the
facility, temp 101.2 this morning. Positive Murphy's sign on exam. Labs: WBC 14.2, lipase 40, T bili 2.1.
RUQ US ordered. Her son, [[NAME:Bill Thornton]], is the POA ([[PHONE:555-867-5309]]).
Aged [[AGE>89:102]] per chart? Clarified with son: she turned [[AGE>89:101]] on [[DATE:June 3rd]].""",
    # 13 clinic note with device and vehicle IDs
    """Pacemaker interrogation: Medtronic Azure, serial number [[ID:PJN123456S]]. Battery 8.5 years. Atrial pacing 12%.
Patient drives for a rideshare company; vehicle VIN [[ID:1HGCM82633A004352]], plate [[ID:7XYZ442]] recorded for
the DMV medical form. Driver license [[ID:S530-4417-9921]].
Holter monitor results reviewed with Dr. [[NAME:Yamamoto]]. No pauses > 3 seconds.""",
    # 14 operative note
    """OPERATIVE REPORT
Date of operation: [[DATE:10-Aug-2020]]
Surgeon: [[NAME:Ahmed Al-Rashid]], MD   Assistant: [[NAME:Chloe Dubois]], PA-C
Anesthesia: General endotracheal ([[NAME:Dr. Brandt]])
PROCEDURE: Laparoscopic cholecystectomy. Calot's triangle was dissected and the critical view of safety obtained.
The cystic duct and artery were clipped and divided. EBL 10 mL. Jackson-Pratt drain not required.""".replace("[[NAME:Dr. Brandt]]", "Dr. [[NAME:Brandt]]"),
    # 15 pediatric note (Apgar, eponyms)
    """NEWBORN NOTE
Baby boy [[NAME:Mateo Hernández]] born [[DATE:4/2/2023]] at 39w2d via SVD to G2P2 mother [[NAME:Lucía Hernández]].
Apgars 8 and 9 at 1 and 5 min. Weight 3.4 kg. Ortolani and Barlow negative. Red reflex present bilaterally.
Hep B vaccine given. Mom's phone [[PHONE:(305)555-0148]].""",
    # 16 portal message with url and ip
    """Patient portal message received [[DATE:2023-07-19]] from [[EMAIL:r.castellanos@example.net]] (login from IP
[[IP:73.162.44.201]]). Patient asks whether she can take ibuprofen with her lisinopril. Replied via
[[URL:https://mychart.riversidehealth.org/messages/88120]]. Advised acetaminophen up to 3 g/day instead.""",
    # 17 SSN + address on intake
    """REGISTRATION INTAKE
Patient name: [[NAME:Thandiwe Mokoena]]
Social security number: [[SSN:219-09-9999]]
Home: [[ADDRESS:PO Box 771]], [[ADDRESS:Bozeman]] MT [[ZIP:59771]]
Preferred language: English. Emergency contact: [[NAME:Sipho Mokoena]] (brother) [[PHONE:406-555-0133]].""",
    # 18 medication reconciliation (distractors only, one name)
    """MED REC reviewed with pharmacist [[NAME:Emily Rasmussen]], PharmD.
1. Metformin 500 mg 1 tab PO BID
2. Lisinopril 10 mg 1/2 tab daily
3. Warfarin 5 mg Mon/Wed/Fri, 2.5 mg other days; INR goal 2-3
4. Albuterol MDI 2 puffs q4-6h PRN
Patient rates adherence 9/10. Grip strength 5/5 bilaterally. Vision 20/40 OU.""",
    # 19 consult with relative names inline
    """GERIATRICS CONSULT
Requested by [[NAME:Dr. Fitzgerald]] for delirium. Patient is a [[AGE>89:92-year-old]] retired teacher. History obtained from
patient's daughter, [[NAME:Colleen Murphy]], and chart. Cushing's syndrome was ruled out in 2016.
CAM positive. Recommend reorientation, sleep hygiene, avoid benzodiazepines. Discussed with [[NAME:Ms. Murphy]] by phone.""".replace("[[NAME:Dr. Fitzgerald]]", "Dr. [[NAME:Fitzgerald]]").replace("[[NAME:Ms. Murphy]]", "Ms. [[NAME:Murphy]]"),
    # 20 dates in many forms
    """TIMELINE
- Symptoms began in [[DATE:mid-October 2018]].
- First seen in our clinic [[DATE:Oct 30, 2018]].
- MRI brain on [[DATE:the 2nd of November]] showed enhancing lesion.
- Biopsy [[DATE:11.09.2018]]; pathology: glioblastoma, IDH-wildtype.
- Started temozolomide [[DATE:12/2018]].
- Last follow-up [[DATE:Tuesday, March 5]].""",
    # 21 home health note
    """HOME HEALTH VISIT
Visited pt at home, [[ADDRESS:1512 N. Maple Ave]], [[ADDRESS:Springfield]], IL. Wound on L heel 2 x 1.5 cm, granulating.
Wound care per protocol. Caregiver ([[NAME:Ana Lucia]]) demonstrates dressing change. Next visit [[DATE:6/12]].
Nurse: [[NAME:Patrick O'Malley]], RN. Agency phone [[PHONE:217-555-0190]].""",
    # 22 cc list and signature block
    """Electronically signed: [[NAME:Mei-Ling Chen]], MD [[DATE:01/05/2024]] 16:03
cc: [[NAME:Robert Lewandowski]], MD; [[NAME:Sarah Goldberg]], NP
Transcribed by: [[NAME:jmr]] D: [[DATE:01/04/2024]] T: [[DATE:01/05/2024]]""",
    # 23 ages in parentheses / age labels
    """Patient: [[NAME:Walter Kim]] (age [[AGE>89:94]])   Sex: M
He is in his [[AGE>89:nineties]] and still golfs weekly. BMI 24. A1c 6.1% (2021). Carotid bruit absent.""".replace("[[AGE>89:nineties]]", "[[AGE>89:nineties]]"),
    # 24 transfer note with hospital phone and mrn variants
    """TRANSFER NOTE
Transferred from St. Luke's to our ICU. Outside MRN [[MRN:SL-4471982]]. Outside hospital contact: charge nurse
[[NAME:Imani Brooks]] at [[PHONE:(816) 555-0102 x2231]]. Patient's wife [[NAME:Joanne]] is en route from [[ADDRESS:Topeka]].""",
    # 25 eponym-dense note (no PHI)
    """Exam: positive Tinel and Phalen signs on the right. Negative Finkelstein. Romberg negative, no Babinski.
Hx of Graves disease s/p RAI, Hashimoto thyroiditis in sister, Addison's disease excluded with cosyntropin test.
Glasgow Coma Scale 15. Apgar not applicable. Foley removed. Gram stain pending. Down syndrome screening declined.""",
    # 26 mixed phone formats
    """Contact numbers: home 734-555-0161, work (734) 555 0162 ext 45, mobile 7345550163.
Pharmacy: Walgreens on Main, ph 734.555.0164.""".replace("734-555-0161", "[[PHONE:734-555-0161]]").replace("(734) 555 0162 ext 45", "[[PHONE:(734) 555 0162 ext 45]]").replace("7345550163", "[[PHONE:7345550163]]").replace("734.555.0164", "[[PHONE:734.555.0164]]"),
    # 27 research/coordinator note
    """Study visit 3 for trial participant [[NAME:Bartholomew Ekwueme]] (screening ID [[ID:RX-2291-044]]).
Consent re-signed [[DATE:05 JAN 2024]]. Coordinator: [[NAME:Ingrid Solberg]]. Adverse events: grade 1 nausea.
Data uploaded from clinic workstation [[IP:10.0.0.254]].""",
    # 28 ED dialogue with names capitalised
    """Doctor: Hello, I'm Dr. [[NAME:Adeyemi]]. Are you [[NAME:Mr. Fairbanks]]?
Patient: Yes, [[NAME:Gordon Fairbanks]]. My wife [[NAME:Lorraine]] drove me.
Doctor: What brings you in today?
Patient: Chest pain since about 6 this morning, like pressure, maybe 7/10.
Doctor: Any history of heart problems?
Patient: I had a stent in 2015.""".replace("[[NAME:Mr. Fairbanks]]", "Mr. [[NAME:Fairbanks]]"),
    # 29 letter to school / employer
    """To whom it may concern,
[[NAME:Kenji Watanabe]] was seen in our clinic on [[DATE:February 14th, 2024]] for an acute asthma exacerbation and may
return to work on [[DATE:2/19]]. He works at [[ADDRESS:Tacoma]]'s port authority. Peak flow improved from 250 to 420 L/min.
[[NAME:L. Fernández]], MD""",
    # 30 allergy / immunology note with weight-based dosing and dates
    """Allergy clinic: [[NAME:Aaliyah Jenkins]], seen [[DATE:08/23/2023]]. Skin prick testing positive to dust mite (8 mm wheal)
and cat (6 mm). Started Flonase 2 sprays each nostril daily. Epinephrine 0.3 mg auto-injector prescribed.
Return in 3 months or sooner. Her mother, [[NAME:Denise]], signed consent. Mom's email [[EMAIL:denise.jenkins@icloud.com]].""",
]

SPAN = re.compile(r"\[\[([A-Z>0-9]+):(.+?)\]\]", re.S)


def parse(marked: str) -> tuple[str, list[list]]:
    """Inline-marked note -> (text, [[start, end, type], ...])."""
    out, spans, pos, n = [], [], 0, 0
    for m in SPAN.finditer(marked):
        out.append(marked[pos:m.start()])
        n += m.start() - pos
        typ, value = m.group(1), m.group(2)
        # a title inside the mark ("Dr. Okonkwo") belongs outside it
        t = re.match(r"(?:Dr|Mr|Mrs|Ms)\.?\s+", value)
        if t and typ == "NAME":
            out.append(t.group())
            n += t.end()
            value = value[t.end():]
        spans.append([n, n + len(value), typ])
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def main() -> None:
    path = Path(__file__).parent / "eval_heldout.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, marked in enumerate(NOTES):
            text, spans = parse(marked)
            f.write(json.dumps({"id": f"heldout-{i + 1:02d}", "source": "handwritten", "text": text, "spans": spans},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(NOTES)} notes to {path}")


if __name__ == "__main__":
    main()
