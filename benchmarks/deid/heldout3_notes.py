"""Held-out de-identification evaluation set 3: hand-written clinical notes with gold PHI spans.
Fifty-eight notes in many genres (discharge summaries, radiology, portal e-mails, audit logs, ALL-CAPS transfers...).
Every person, place, number and address in them is fictional; any likeness to a real one is chance.
Written by hand, blind to medlm's de-identifier (its code, data, docs and earlier eval sets were never opened).
Run `python benchmarks/deid/heldout3_notes.py` to check every span and write eval_heldout3.jsonl next to this file.
"""
# Labelling conventions (the gold standard these notes follow):
# - Markup is ⟦TYPE|surface text⟧; the brackets never occur in clinical text, "|" inside a span is not allowed.
# - NAME covers only name tokens: "Dr. ⟦NAME|Lan Tran⟧, MD"; "LAST, First M." is one span; possessive 's is outside.
# - DATE covers the date expression (weekday included only when written as part of it); an attached clock
#   time ("03/04/2021 0815") is left out. A date-time written as one token (HL7 "20230702061544") is one
#   DATE span. Bare years, relative dates ("POD 2", "yesterday") are not labelled.
# - PHONE includes area code, "+1" and extension; pagers and fax numbers are PHONE too.
# - ADDRESS is the street line (with apt/unit, PO box or rural route, city and state when written together);
#   the ZIP code is its own ZIP span. A state or country alone is not PHI.
# - AGE>89: only the digits of an age over 89. Ages of 89 and below are left unlabelled.
# - MRN is the medical record number. ID is any other number that names one record, person, object or
#   organisation (account, member, group, accession, serial, licence, DEA, NPI, CLIA, encounter, claim, ticket,
#   message, study/protocol id); model numbers, codes, scores and measurements are not IDs.
# - FACILITY is a named hospital, clinic, lab, home-care agency, nursing home, hospice, pharmacy, medical-supply
#   store or funeral home; departments, units, rooms and beds ("4 West", "MICU", "hall bed 2") are not, nor are
#   insurers, law firms, charities, donor programmes or employers (organisations, no type here).
# - Staff are labelled like patients: names, initials used as signatures ("KLW") and user names ("mgarza2").
# - Eponyms, drug names, scores, doses, codes, vitals and lab values are traps and are never labelled.
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = ("NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP", "URL", "IP", "AGE>89", "ID", "FACILITY")
MARK = re.compile(r"⟦([A-Z>0-9]+)\|([^⟦⟧|]+)⟧")
OUT = Path(__file__).with_name("eval_heldout3.jsonl")

# Each note: (genre, marked text). Extra name words that legitimately appear unlabelled in a note
# (e.g. the eponym "Parkinson" when a clinician is also called Parkinson) go in ALLOW_UNLABELLED.
NOTES: list[tuple[str, str]] = []
ALLOW_UNLABELLED: dict[int, set[str]] = {}

NOTES += [
("discharge summary", """
DISCHARGE SUMMARY
⟦FACILITY|Mercy Vale Regional Hospital⟧ - Department of Internal Medicine
Patient: ⟦NAME|OYELARAN, Aisha T.⟧     MRN: ⟦MRN|00482913⟧     Acct #: ⟦ID|V00031877204⟧
DOB: ⟦DATE|07/22/1958⟧     Admit: ⟦DATE|03/04/2021⟧     Discharge: ⟦DATE|03/09/2021⟧
Attending: ⟦NAME|Grant Whitfield⟧, MD     PCP: Dr. ⟦NAME|Lan Tran⟧ (⟦FACILITY|Riverbend Family Medicine⟧)

Principal diagnosis: Acute on chronic HFrEF exacerbation (I50.23).
Secondary: T2DM, CKD stage 3a, hypertension, obesity (BMI 36).

Hospital course: 62-year-old woman with ischemic cardiomyopathy (EF 25-30%), NYHA class III, who presented to the ED with 2 weeks of progressive dyspnea, 3-pillow orthopnea and 9 kg weight gain. On arrival BP 168/94, HR 108, SpO2 88% on RA. BNP 2,340. CXR with bilateral pleural effusions and Kerley B lines. Diuresed with IV Lasix 80 mg BID, net negative 7.4 L over the admission. Creatinine peaked at 1.9 (baseline 1.4) and was 1.5 at discharge. Entresto held on admission for soft pressures and restarted at 24/26 mg BID on hospital day 4. Jardiance 10 mg daily started per cardiology. TTE on ⟦DATE|3/6/21⟧ unchanged from prior, LVEF 25%, grade II diastolic dysfunction.

Discharge weight 94.2 kg. Na 136, K 4.1, Cr 1.5, Mg 2.0.

Follow-up:
- Heart failure clinic with Dr. ⟦NAME|Priya Venkataraman⟧ on ⟦DATE|March 16th⟧ at 10:40 AM, ⟦FACILITY|Mercy Vale Heart Institute⟧, 2nd floor. Scheduling ⟦PHONE|(937) 555-0188⟧.
- PCP within 7 days. BMP in 1 week.

Patient's daughter ⟦NAME|Keisha⟧ was present for teaching and verbalized understanding of the 2 g sodium diet, 1.5 L fluid restriction and daily weights.

Electronically signed by: ⟦NAME|Grant Whitfield⟧, MD on ⟦DATE|03/09/2021⟧ 16:52
cc: ⟦NAME|Lan Tran⟧, MD; ⟦NAME|Priya Venkataraman⟧, MD
"""),

("history and physical", """
HISTORY AND PHYSICAL

Name: ⟦NAME|Nguyen Thi Hoa⟧          Unit No: ⟦MRN|2209-114-7⟧
Date of service: ⟦DATE|2022-11-08⟧ 0215          Location: MICU bed 12
Referring: ⟦FACILITY|Saint Columba Community Hospital⟧ ED

CC: fever, confusion

HPI: Mrs. ⟦NAME|Nguyen⟧ is a ⟦AGE>89|91⟧-year-old Vietnamese-speaking woman with Parkinson's disease (on Sinemet 25/100 TID), HTN and recurrent UTIs who lives with her son ⟦NAME|Bao⟧ in a duplex. Son reports 2 days of decreased PO intake, increasing somnolence and a temperature of 102.1 at home. History obtained via telephone interpreter ⟦NAME|Minh-Chau Pham⟧ (interpreter ID ⟦ID|48117⟧) and son.

PMH: Parkinson's disease x 9 yrs, HTN, osteoporosis with L1 compression fx, cataracts s/p bilateral extraction.
Meds: carbidopa-levodopa 25/100 mg TID, amlodipine 5 mg daily, alendronate 70 mg weekly, vitamin D3 1000 IU.
Allergies: sulfa (rash).
Social: never smoker, no EtOH. Emigrated from Vietnam in 1979. Son is HCP.

Exam: T 38.9 C, HR 112, BP 94/52, RR 24, SpO2 93% on 2L NC. Drowsy, arousable to voice, oriented to self only. Dry mucous membranes. Cogwheel rigidity bilateral upper extremities, resting tremor R > L. Babinski downgoing bilaterally. No nuchal rigidity; Kernig and Brudzinski negative. Suprapubic tenderness. Murphy's sign negative. Glasgow Coma Scale 13 (E3 V4 M6).

Labs: WBC 17.2, lactate 3.1, Na 147, Cr 1.8 (baseline 0.9), UA large LE, >100 WBC.

A/P: Sepsis from presumed urinary source with hypernatremic dehydration and AKI.
- 30 mL/kg LR, cefepime pending cultures (prior E. coli ESBL-negative)
- continue Sinemet on schedule, do not hold (risk of parkinsonism-hyperpyrexia)
- goals of care discussed with son ⟦NAME|Bao Nguyen⟧ (⟦PHONE|714.555.0162⟧): full code for now

⟦NAME|Rafael de la Cruz⟧, MD, PGY-2 / pager ⟦PHONE|4-2217⟧
Attending: ⟦NAME|Siobhan O'Neill⟧, MD
"""),

("progress note, lower case", """
pt seen and examined on rounds w/ dr ⟦NAME|hassan⟧. ⟦NAME|al-sayed, omar⟧ 67m hd#3 for cap.
s: feels "a bit better", cough less productive. slept ok. no cp. ambulated w/ pt x2 yesterday
o: afebrile x 24h tmax 37.6, bp 132/80 hr 88 rr 18 95% ra. crackles r base improved. 2/6 sem rusb unchanged. 2+ pulses, no edema. strength 5/5 x4
labs wbc 11.4 (from 15), cr 1.0, na 138 k 3.9. bcx ngtd x 48h. legionella ag neg, strep pneumo ag pos
a/p
#cap - strep pneumo: ceftriaxone d3 -> transition to po amox today for total 5d. ambulate, is
#copd: no exacerbation. cont tiotropium. nebs prn
#dm2: a1c 7.9. ssi + glargine 18u
dispo: likely home tmrw w/ wife ⟦NAME|layla⟧. f/u pcp dr ⟦NAME|okafor⟧ at ⟦FACILITY|westgate internal medicine⟧ in 1-2 wk. will page cards re murmur if any change
- ⟦NAME|j. b. kowalczyk⟧ ms3 / edited and agreed ⟦NAME|n. hassan⟧ md ⟦DATE|4/11⟧
"""),

("radiology report", """
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
PATIENT: ⟦NAME|Van der Berg, Hendrik⟧     MRN: ⟦MRN|10482277⟧     ACC: ⟦ID|CT-2023-0881645⟧
EXAM DATE: ⟦DATE|14-Jun-2023⟧ 22:41     ORDERING: ⟦NAME|Chidinma Eze⟧, DO
CLINICAL INDICATION: RLQ pain, fever, leukocytosis. Evaluate for appendicitis.

TECHNIQUE: Axial CT images of the abdomen and pelvis were obtained following administration of 100 mL Omnipaque 350. Coronal and sagittal reformats. DLP 612 mGy-cm.

COMPARISON: CT A/P ⟦DATE|02/02/2019⟧ from ⟦FACILITY|Lakeshore Imaging Associates⟧.

FINDINGS:
Appendix is dilated to 13 mm with wall hyperenhancement and periappendiceal fat stranding. An 8 mm appendicolith is seen at the base. No extraluminal gas or drainable fluid collection.
Liver: 1.1 cm hypodensity segment 7, too small to characterize, stable from 2019. Gallbladder unremarkable. No biliary ductal dilatation.
Pancreas, spleen and adrenals unremarkable. Kidneys: 4 mm nonobstructing stone right lower pole. No hydronephrosis.
Bowel: no obstruction. Small hiatal hernia. Sigmoid diverticulosis without diverticulitis.
Bones: Grade 1 anterolisthesis L4 on L5. Schmorl's node at L2.

IMPRESSION:
1. Acute appendicitis with appendicolith. No perforation or abscess.
2. 4 mm nonobstructing right renal stone.

Critical result called to and read back by Dr. ⟦NAME|Eze⟧ at 23:05 on ⟦DATE|6/14/2023⟧.
Dictated by: ⟦NAME|Marguerite Stone⟧, MD (Radiology)  Transcribed: ⟦NAME|AJP⟧
"""),

("pathology report", """
SURGICAL PATHOLOGY REPORT                         ⟦FACILITY|Harborview Pathology Laboratories⟧
Accession #: ⟦ID|S23-14471⟧                         Received: ⟦DATE|September 12, 2023⟧
Patient: ⟦NAME|Adebayo-Williams, Folasade⟧        Med Rec No: ⟦MRN|MR-771-0934⟧       Sex: F   Age: 54
Submitting physician: ⟦NAME|Tomasz Wiśniewski⟧, MD, ⟦FACILITY|Northfield Breast Center⟧

SPECIMEN: A. Left breast, 2 o'clock, core needle biopsy (3 cores)

DIAGNOSIS:
A. Left breast, 2:00, 4 cm FN, core biopsy:
- INVASIVE DUCTAL CARCINOMA, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1; total score 6/9).
- Ductal carcinoma in situ, cribriform type, intermediate nuclear grade.
- Lymphovascular invasion: not identified.
- Largest linear extent in a single core: 9 mm.

BIOMARKERS (block A1): ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+ (equivocal); reflex FISH sent, HER2/CEP17 ratio to follow. Ki-67 18%.
Note: patient reports a maternal aunt with BRCA1-associated ovarian cancer; genetic counseling recommended.

GROSS: Received in formalin labeled with the patient's name and "L breast 2:00", three tan-white cores 0.8 to 1.4 cm. Cold ischemia < 1 h; fixation 8 h. Entirely submitted in A1.

Clinical stage per submitting note cT2 N0 M0.
Electronically signed out ⟦DATE|09/14/2023⟧ by ⟦NAME|Rose-Marie Delacroix⟧, MD, FCAP
"""),

("ED triage", """
ED TRIAGE NOTE -- ⟦FACILITY|St. Brigid's Medical Center⟧ Emergency Department
Arrival: ⟦DATE|Sat 01/27/2024⟧ 03:12 by EMS (Medic 14)
Pt: ⟦NAME|Joaquín Herrera Salazar⟧  DOB ⟦DATE|1990-05-30⟧  MRN ⟦MRN|3340918⟧  CSN ⟦ID|7712093341⟧
CC: "I cut my hand on a window"
Triage ESI 3. Lac to L palm approx 4 cm, bleeding controlled with pressure dressing. Unable to fully flex 4th digit DIP. Cap refill < 2 sec. Tetanus unknown. Denies LOC. ETOH on breath, states "3 beers".
VS: BP 142/88  HR 104  RR 18  T 36.8  SpO2 98% RA  Pain 7/10  Wt 82 kg
Allergies: NKDA.  PMH: asthma (albuterol prn).
Contact: girlfriend ⟦NAME|Valentina Ruiz⟧ ⟦PHONE|+1 (305) 555-0127⟧
Placed in Fast Track 6. Hand surgery may need consult, will page.
Triage RN: ⟦NAME|Faith Okonkwo⟧, RN
"""),

("nursing flowsheet, flattened table", """
NURSING FLOWSHEET | 5 West Med-Surg | Rm 512-B | ⟦NAME|PRZYBYLSKI, Jadwiga⟧ | ⟦MRN|88301452⟧ | ⟦DATE|12/03/2022⟧
Time | BP | HR | RR | Temp | SpO2 | Pain | Braden | Fall risk | Initials
0800 | 118/64 | 76 | 16 | 36.9 | 96% RA | 2/10 | 14 | Morse 55 high | ⟦NAME|KLW⟧
1200 | 110/60 | 82 | 18 | 37.4 | 95% RA | 4/10 | -- | -- | ⟦NAME|KLW⟧
1600 | 104/58 | 94 | 20 | 38.2 | 93% RA | 5/10 | -- | -- | ⟦NAME|KLW⟧
2000 | 100/56 | 101 | 22 | 38.6 | 91% 2L | 6/10 | 13 | Morse 55 high | ⟦NAME|DMB⟧
Intake/Output 0700-1900: PO 480 / IV 1000 / Urine 350 / JP drain 120 serosanguinous
1610 MD notified (Dr. ⟦NAME|Young⟧) of temp 38.2 and HR 94, orders for blood cx x2, lactate, UA. 1700 lactate 2.4.
2010 Rapid response called for HR 101 and SpO2 91%; RRT RN ⟦NAME|Hope Castellanos⟧ at bedside 2014. Pt transferred to step-down 3 East bed 7 at 2135.
Daughter ⟦NAME|Agnieszka⟧ updated by phone at ⟦PHONE|(773) 555-0149⟧ at 2140.
Signatures: ⟦NAME|KLW⟧ = ⟦NAME|Kimberly L. Washington⟧, RN; ⟦NAME|DMB⟧ = ⟦NAME|Dong-Min Baek⟧, RN
"""),

("telephone encounter", """
TELEPHONE ENCOUNTER   ⟦DATE|Tuesday, August 2, 2022⟧ 10:14 AM
⟦FACILITY|Prairie Oaks Family Health Center⟧
Caller: ⟦NAME|Hamdi Warsame⟧ (patient's husband) on behalf of ⟦NAME|Ubah Farah⟧, DOB ⟦DATE|11/19/1985⟧, MRN ⟦MRN|5561203⟧
Callback: ⟦PHONE|612-555-0173⟧ (cell) or work ⟦PHONE|612.555.0190 x 2231⟧

Reason for call: wife is 32 weeks pregnant, G3P2, noticed decreased fetal movement since last night. No bleeding, no LOF, mild cramping. BP at home 138/86 with wrist cuff.
Advised: go to L&D triage at ⟦FACILITY|Unity Women's Hospital⟧ now for NST. Husband agrees, leaving now. Somali interpreter not needed per caller.
Called L&D charge RN ⟦NAME|Bridget Cahill⟧ at ⟦PHONE|(612) 555-0111⟧ to give report.

Routed to Dr. ⟦NAME|Abdirahman Yusuf⟧.
-- ⟦NAME|Will Pearson⟧, LPN
"""),

("referral letter", """
⟦FACILITY|Coastal Rheumatology Associates⟧
⟦ADDRESS|2270 Seaview Parkway, Suite 310, Wilmington, NC⟧ ⟦ZIP|28403⟧
Tel ⟦PHONE|910-555-0142⟧  Fax ⟦PHONE|910-555-0143⟧

⟦DATE|4 March 2021⟧

Dr. ⟦NAME|Emeka Nwosu⟧
⟦FACILITY|Cape Fear Pulmonary and Sleep⟧
⟦ADDRESS|118 Market Street, Wilmington, NC⟧ ⟦ZIP|28401⟧

RE: Ms. ⟦NAME|Imelda Bautista-Reyes⟧ -- DOB ⟦DATE|09-01-1966⟧ -- our chart ⟦MRN|CRA004471⟧

Dear Dr. ⟦NAME|Nwosu⟧,

Thank you for seeing Ms. ⟦NAME|Bautista-Reyes⟧, a 54-year-old woman with seropositive rheumatoid arthritis (RF 88, anti-CCP > 250) diagnosed in 2016, currently on methotrexate 20 mg weekly and Humira 40 mg every 2 weeks. Over the last 3 months she has developed a dry cough and exertional dyspnea. HRCT on ⟦DATE|02/17/2021⟧ showed bibasilar reticulation with mild traction bronchiectasis, concerning for RA-ILD (possible UIP pattern). PFTs: FVC 71% predicted, DLCO 52%. 6MWT with nadir SpO2 89%.

I have held methotrexate pending your assessment. She has Raynaud's phenomenon but no sicca symptoms (Schirmer test normal) and no features of Sjogren's.

Her insurance is BlueRidge Health PPO, member ID ⟦ID|XQB884012331⟧. She can be reached at ⟦PHONE|(910) 555-0195⟧ or ⟦EMAIL|imelda.bautista66@examplemail.com⟧.

With thanks and kind regards,

⟦NAME|Leah Goldfarb-Price⟧, MD, FACR
cc: ⟦NAME|Imelda Bautista-Reyes⟧; ⟦NAME|Sunil Mehta⟧, MD (PCP)
"""),
]

NOTES += [
("patient portal message", """
Patient Portal Message -- ⟦FACILITY|Greenfield Valley Clinic⟧
From: ⟦NAME|Siddharth Raghunathan⟧ <⟦EMAIL|sid.raghu@examplemail.net⟧>
To: Endocrinology Pool (Dr. ⟦NAME|Mei-Ling Chou⟧)
Sent: ⟦DATE|10/05/2023⟧ 11:47 PM   Login IP: ⟦IP|203.0.113.57⟧
Subject: sugars high after steroid shot

hi dr ⟦NAME|chou⟧, I got a cortisone injection in my knee on ⟦DATE|oct 3⟧ at ortho and since then my sugars have been 280-340 fasting, usually they're like 120. I bumped my lantus from 22 to 26 units on my own. Is that ok?? Also the Dexcom keeps saying signal loss. I uploaded my clarity report here: ⟦URL|https://clarity.example-cgm.com/share/8f3K2qLw⟧ . My wife ⟦NAME|Anjali⟧ says I should call but its late. my cell is ⟦PHONE|(408) 555-0136⟧
thanks, ⟦NAME|Sid⟧

---- Reply ⟦DATE|10/06/2023⟧ 08:22 AM ----
Hi ⟦NAME|Siddharth⟧, transient hyperglycemia for 3-7 days after a steroid injection is expected. Increasing to 26 units was reasonable; you may go up 2 units every 2 days if fasting stays above 180, max 34 units. Call us or go to urgent care if sugars are over 400 or you have vomiting. Please restart your sensor and send another Clarity share on Monday.
-- ⟦NAME|Pauline Mercer⟧, RN CDCES, for Dr. ⟦NAME|Mei-Ling Chou⟧
"""),

("email thread", """
From: ⟦NAME|Catalina Mendoza-Ibarra⟧ <⟦EMAIL|c.mendoza-ibarra@stfrancis-example.org⟧>
Sent: ⟦DATE|Friday, June 9, 2023⟧ 4:58 PM
To: ⟦NAME|Daniel Fitzgerald⟧ <⟦EMAIL|dfitzgerald@stfrancis-example.org⟧>
Cc: Case Management <⟦EMAIL|cm-4north@stfrancis-example.org⟧>
Subject: RE: Bed 4N-22 -- placement for Mr. ⟦NAME|Kaczmarek⟧

⟦NAME|Dan⟧,
Update on ⟦NAME|Stanislaw Kaczmarek⟧ (MRN ⟦MRN|60719284⟧). ⟦FACILITY|Maplewood Gardens Skilled Nursing⟧ accepted him but can't take him until ⟦DATE|Tuesday 6/13⟧; their admissions coordinator is ⟦NAME|Tasha Bird⟧, ⟦PHONE|(216) 555-0119⟧, ⟦EMAIL|tbird@maplewood-snf.example.com⟧. Medicare day count is fine (3-midnight stay met). His son ⟦NAME|Piotr⟧ wants to tour first. The PASRR level I is done.
Ortho (Dr. ⟦NAME|Banks⟧) is OK with him staying through the weekend, PT 2x daily, WBAT RLE after his hemiarthroplasty.
⟦NAME|Cata⟧

> On ⟦DATE|6/9/23⟧, at 1:12 PM, ⟦NAME|Daniel Fitzgerald⟧ wrote:
> Any word from the SNFs for 22? Family called twice. Hospitalist wants him out by Monday, he's medically ready.
> -- ⟦NAME|Dan Fitzgerald⟧, MSW, LICSW | 4 North | ⟦PHONE|ext. 55218⟧
"""),

("operative note", """
OPERATIVE REPORT
⟦FACILITY|University of Eastbrook Medical Center⟧ -- Main OR 7
Patient: ⟦NAME|Ramírez, Luz Marina⟧   MRN: ⟦MRN|002918834⟧   FIN: ⟦ID|4410028871⟧
Date of surgery: ⟦DATE|04Mar2021⟧
Surgeon: ⟦NAME|Cormac Brennan⟧, MD   Assistant: ⟦NAME|Aaliyah Grant⟧, PA-C
Anesthesia: ⟦NAME|Yusuf Demir⟧, MD -- general endotracheal

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis with biliary colic.
POSTOPERATIVE DIAGNOSIS: Same; chronic cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram (CPT 47563).

INDICATIONS: 47-year-old female with recurrent postprandial RUQ pain, positive Murphy's sign on exam, US with multiple gallstones and no CBD dilatation (4 mm). Risks, benefits and alternatives were discussed and consent signed.

DESCRIPTION: Patient placed supine, time-out performed. Veress needle entry at umbilicus, pneumoperitoneum to 15 mmHg. 12 mm Hasson-style umbilical port, 5 mm epigastric and two 5 mm right subcostal ports. Fundus retracted cephalad. Calot's triangle dissected and the critical view of safety obtained. Cholangiogram via cystic duct with free flow into duodenum, no filling defects. Cystic duct and artery triple-clipped and divided. Gallbladder removed from the liver bed with hook electrocautery and extracted in an Endo Catch bag. Hemostasis confirmed. Fascia at umbilicus closed with 0 Vicryl; skin with 4-0 Monocryl and Dermabond.

EBL: 15 mL. Specimen: gallbladder to pathology. Drains: none. Counts correct x2. Patient extubated and taken to PACU in stable condition.

⟦NAME|C. Brennan⟧, MD, FACS  -- dictated ⟦DATE|03/04/21⟧ 13:20, job #⟦ID|88120417⟧
"""),

("medication reconciliation", """
ADMISSION MEDICATION RECONCILIATION
Pt: ⟦NAME|Lindqvist, Margit⟧   ⟦AGE>89|94⟧ yo F   MRN ⟦MRN|41-20-7719⟧   Adm ⟦DATE|2024-02-19⟧
Source of history: patient's niece ⟦NAME|Ingrid Sorensen⟧ (HCP) + fill history from ⟦FACILITY|Lakeside Apothecary⟧ ⟦PHONE|(651) 555-0104⟧ + bottles brought in

Home medication                      | Dose / route / freq      | Last dose        | Action
apixaban (Eliquis)                   | 2.5 mg PO BID            | ⟦DATE|2/19⟧ 0800        | continue
metoprolol succinate (Toprol XL)     | 25 mg PO daily           | ⟦DATE|2/19⟧ 0800        | continue, hold SBP<100
furosemide (Lasix)                   | 20 mg PO daily           | ⟦DATE|2/18⟧             | hold (AKI)
levothyroxine (Synthroid)            | 75 mcg PO daily          | ⟦DATE|2/19⟧             | continue
donepezil (Aricept)                  | 5 mg PO qHS              | ⟦DATE|2/18⟧             | continue
sertraline                           | 50 mg PO daily           | unknown          | clarify with pharmacy
calcium carbonate/vit D              | 600 mg/400 IU BID        | ⟦DATE|2/18⟧             | continue
acetaminophen (Tylenol Arthritis)    | 650 mg PO q8h prn        | ⟦DATE|2/18⟧             | continue
zolpidem (Ambien)                    | 5 mg qHS prn             | months ago       | DISCONTINUE - Beers list, falls

Notes: Niece reports patient also takes "a water pill from Dr. ⟦NAME|Reinholt⟧" -- confirmed with pharmacist ⟦NAME|Terrence Hall⟧, PharmD, this is the furosemide above. Pharmacy NPI ⟦ID|1548293067⟧, Rx #⟦ID|6620417⟧ (sertraline) last filled ⟦DATE|01/22/2024⟧, 30-day supply.
Reconciled by ⟦NAME|Ngozi Adeyemi⟧, PharmD ⟦DATE|2/19/24⟧ 14:05
"""),

("consult note", """
INPATIENT NEPHROLOGY CONSULT
Requesting: Dr. ⟦NAME|Benjamin Achterberg⟧, hospitalist service (pager ⟦PHONE|312-555-0107⟧)
Patient: ⟦NAME|Kwame Mensah-Bonsu⟧, MRN ⟦MRN|7710432⟧, ⟦FACILITY|Lincoln Park Presbyterian⟧ rm 816
Date: ⟦DATE|the 4th of March, 2022⟧
Reason: AKI on CKD, hyperkalemia

Thank you for this consult. 71 y/o man with CKD 3b (baseline Cr 1.8, eGFR 38) from hypertensive nephrosclerosis and T2DM, admitted with a diabetic foot infection. On HD 2 received vancomycin + piperacillin-tazobactam and IV contrast for CTA of the LLE. Cr today 3.6, K 6.2 (non-hemolyzed), HCO3 17. UOP 400 mL/24h. ECG: peaked T waves V2-V4, QRS 98 ms, no Mobitz block.
Home meds include lisinopril 40, spironolactone 25 and a potassium supplement ordered in 2019 that he still takes.

Impression: AKI (KDIGO stage 2), likely multifactorial: vanc-pip/tazo combination, contrast, ACEi/MRA in setting of sepsis. Hyperkalemia with ECG changes.
Recs:
1. Calcium gluconate 1 g IV now; insulin 5 U IV + D50; Lokelma 10 g TID x 48 h.
2. Stop lisinopril, spironolactone, KCl. Switch vancomycin to linezolid if ID agrees (Dr. ⟦NAME|Sterling⟧ aware).
3. No indication for urgent HD at this time; if K > 6.5 despite treatment or volume overload, will place temporary dialysis catheter.
4. Renal US; urine Na/Cr; daily BMP.
Discussed with patient and his wife ⟦NAME|Abena⟧.
⟦NAME|Farida Haddad⟧, MD -- Nephrology fellow, ⟦PHONE|(312) 555-0158⟧
Seen with ⟦NAME|Paul R. Lindgren⟧, MD, attending
"""),

("home health note", """
HOME HEALTH SKILLED NURSING VISIT -- ⟦FACILITY|Bluegrass Home Care Services⟧
Visit date: ⟦DATE|11.08.2022⟧   Time in 0930 / out 1045   Visit 4 of 9 (SOC ⟦DATE|10/27/22⟧)
Patient: ⟦NAME|Hollis Mae Pruitt⟧   Agency ID ⟦ID|BHC-22-03817⟧   Medicare MBI ⟦ID|4TQ9-JK2-MR71⟧
Address: ⟦ADDRESS|RR 2 Box 418, Hazard, KY⟧ ⟦ZIP|41701⟧ (gravel drive past the church, blue trailer)
Primary dx: CHF, venous stasis ulcer R lower leg. Pt is ⟦AGE>89|93⟧ years old, lives alone, grandson ⟦NAME|Dale Pruitt⟧ checks on her daily (⟦PHONE|606-555-0181⟧).

S: "My legs feel lighter." Denies SOB at rest, sleeps on 2 pillows.
O: BP 128/76, HR 72 irreg, RR 18, SpO2 95% RA, Wt 61.2 kg (down 0.8 kg). 1+ pitting edema bilat ankles. Lungs diminished bases. R medial malleolar ulcer 3.2 x 2.1 x 0.2 cm, 80% red granulation, 20% yellow slough, moderate serous drainage, periwound macerated.
Wound care: cleansed NS, Xeroform, ABD, Unna boot applied per order. Pt tolerated well.
Meds reviewed with pillbox: torsemide 20 daily, warfarin per INR clinic. INR POC 2.4.
Teaching: daily weights, call if gain > 2 lb/day or 5 lb/week. Teach-back successful.
Plan: next visit ⟦DATE|11/10/22⟧. Reported wound status to Dr. ⟦NAME|Whitaker⟧'s nurse ⟦NAME|Penny⟧ at ⟦FACILITY|Perry County Family Practice⟧.
⟦NAME|Jolene Caudill⟧, RN
"""),

("dictated transcription, run-on", """
this is doctor ⟦NAME|amara okafor⟧ dictating a clinic note for ⟦NAME|declan o'sullivan⟧ date of birth ⟦DATE|march 3rd 1961⟧ medical record number ⟦MRN|4 4 7 1 9 0 2 0⟧ date of visit ⟦DATE|january 18th 2024⟧ he is a 62 year old gentleman who comes in for follow up of his hypertension and hyperlipidemia and he says he's been doing well period new paragraph he is taking his amlodipine ten milligrams and atorvastatin forty milligrams he ran out of the hydrochlorothiazide about two weeks ago blood pressure today is one fifty two over ninety four comma repeat one forty eight over ninety period he denies chest pain he denies headache he does report he has been under stress since his wife ⟦NAME|maureen⟧ had her surgery at ⟦FACILITY|saint jude's of the valley⟧ last month new paragraph exam heart regular rate and rhythm no murmurs rubs or gallops lungs clear bilaterally extremities no edema period new paragraph assessment and plan hypertension uncontrolled off the thiazide restart hydrochlorothiazide twenty five milligrams daily and check a basic metabolic panel in two weeks hyperlipidemia LDL was ninety eight on last check continue atorvastatin comma we'll send his refills to ⟦FACILITY|Dunmore Pharmacy⟧ on ⟦ADDRESS|Kilkenny Road in Scranton, Pennsylvania⟧ period follow up in three months or sooner as needed his callback number is ⟦PHONE|five seven oh five five five zero one three two⟧ end of dictation
"""),

("transfer summary, all caps", """
INTERFACILITY TRANSFER SUMMARY
FROM: ⟦FACILITY|BLACKWATER COUNTY MEMORIAL HOSPITAL⟧          TO: ⟦FACILITY|ST. AUGUSTINE UNIVERSITY HOSPITAL⟧ NEURO ICU
PATIENT: ⟦NAME|RICHARDSON, EVERETT J.⟧     DOB ⟦DATE|02/14/1929⟧ (⟦AGE>89|95⟧ Y/O)     MRN ⟦MRN|BCMH00391842⟧
SSN ⟦SSN|412-68-3390⟧     INS: MEDICARE A/B + TRICARE FOR LIFE     DATE ⟦DATE|05/21/2024⟧
ACCEPTING MD: DR. ⟦NAME|HIROSHI TANAKA⟧ (NEUROSURGERY) VIA TRANSFER CENTER ⟦PHONE|1-800-555-0100⟧, REF # ⟦ID|TC-240521-0447⟧
REASON FOR TRANSFER: ACUTE ON CHRONIC LEFT SUBDURAL HEMATOMA WITH 9 MM MIDLINE SHIFT ON CT, NO NEUROSURGERY AT SENDING FACILITY.
HX: FOUND DOWN AT HOME BY NEIGHBOR MRS. ⟦NAME|BEVERLY KING⟧ THIS AM. ON CLOPIDOGREL FOR PAD. GCS 12 ON ARRIVAL (E3 V4 M5), NOW 11. R PRONATOR DRIFT, R BABINSKI UPGOING. PUPILS 3 MM BRISK BILAT.
GIVEN: PLATELETS 1 UNIT, DDAVP 0.3 MCG/KG, KEPPRA 1 G IV, NICARDIPINE GTT TITRATED TO SBP < 160.
VS AT DEPARTURE: BP 152/70 HR 64 RR 16 SAT 97% 2L. LABS: PLT 188, INR 1.1, NA 134.
CODE STATUS: DNR/DNI PER MOLST; DAUGHTER ⟦NAME|JUNE RICHARDSON-HOLT⟧ (HCP) ⟦PHONE|843 555 0176⟧ AGREES WITH TRANSFER FOR SURGICAL EVALUATION.
SENDING MD: ⟦NAME|A. K. BHATTACHARYA⟧, MD   RN REPORT GIVEN BY ⟦NAME|LORETTA FIELDS⟧ RN TO ⟦NAME|MARCUS PAGE⟧ RN AT 1325.
"""),
]

NOTES += [
("registration face sheet", """
PATIENT FACE SHEET -- ⟦FACILITY|Desert Sage Medical Center⟧
Printed ⟦DATE|2023-07-02⟧ 06:10 by ⟦NAME|mgarza2⟧
----------------------------------------------------------------
Name: ⟦NAME|TRAN, Quoc Minh⟧                 MRN: ⟦MRN|90011723⟧      Enc: ⟦ID|E-23-0718842⟧
DOB: ⟦DATE|12/30/1947⟧    Sex: M    Marital: W    Language: Vietnamese    Religion: Buddhist
SSN: ⟦SSN|527-43-8816⟧
Address: ⟦ADDRESS|4418 E. Ocotillo Ln, Apt 12, Mesa, AZ⟧ ⟦ZIP|85205⟧
Home: ⟦PHONE|(480) 555-0153⟧   Mobile: ⟦PHONE|480-555-0124⟧   Email: ⟦EMAIL|quoctran47@examplemail.com⟧
Employer: retired (USPS)
Guarantor: self   Guarantor acct: ⟦ID|GA-0045519⟧
Primary ins: Medicare, MBI ⟦ID|7KD2-WN8-PP34⟧
Secondary ins: Sonoran Senior Advantage, ID ⟦ID|SSA99120874⟧, Group ⟦ID|GRP-40017⟧
Emergency contact: ⟦NAME|Tran Thi Lan⟧ (daughter) ⟦PHONE|+1 602 555 0118⟧, ⟦ADDRESS|977 W. Juniper Dr, Chandler, AZ⟧ ⟦ZIP|85224⟧
Second contact: ⟦NAME|Vu, Kevin⟧ (son-in-law) ⟦PHONE|602-555-0199⟧
PCP: ⟦NAME|Esperanza Quiñones⟧, MD, ⟦FACILITY|Superstition Primary Care⟧
Advance directive on file: Y (scanned ⟦DATE|05/11/2020⟧)   Organ donor: N
Admit source: ED   Service: Hospitalist   Room: 3-214-A
"""),

("insurance prior authorization", """
PRIOR AUTHORIZATION REQUEST -- SPECIALTY PHARMACY
Date submitted: ⟦DATE|1/9/2024⟧        Urgent: No
Plan: Keystone Mutual Health   Member ID: ⟦ID|KMH-7730019245-01⟧   Group: ⟦ID|882104⟧
Member: ⟦NAME|Kateryna Hrytsenko⟧    DOB: ⟦DATE|08/08/1992⟧    SSN (last 4 not accepted; full): ⟦SSN|190-54-7702⟧
Member address: ⟦ADDRESS|62 Walnut Hill Rd, Unit 4, Bethlehem, PA⟧ ⟦ZIP|18017⟧
Prescriber: ⟦NAME|Oluwaseun Adeleke⟧, MD   NPI ⟦ID|1932571046⟧   DEA ⟦ID|BA4471120⟧
Practice: ⟦FACILITY|Lehigh Gastroenterology Group⟧, phone ⟦PHONE|(610) 555-0167⟧, fax ⟦PHONE|(610) 555-0168⟧
Medication: ustekinumab (Stelara) 390 mg IV induction, then 90 mg SC q8 weeks
Diagnosis: Crohn's disease of small and large intestine without complications (K50.80)
Clinical: Ileocolonic Crohn's since 2017. Failed infliximab (loss of response, ATI > 10) and adalimumab (primary non-response). Colonoscopy ⟦DATE|12/12/2023⟧: SES-CD 14, deep ulcers TI and ascending colon. CRP 38, fecal calprotectin 1,240. Harvey-Bradshaw index 11. TB Quantiferon negative ⟦DATE|11/30/23⟧; HBsAg negative.
Contact for questions: ⟦NAME|Rebecca Stone⟧, prior-auth coordinator, ⟦EMAIL|rstone@lehighgi-example.com⟧, ⟦PHONE|610-555-0167 ext 304⟧
"""),

("remote device monitoring report", """
REMOTE DEVICE TRANSMISSION -- ICD
Clinic: ⟦FACILITY|Allegheny Heart Rhythm Center⟧ Device Clinic, ⟦ADDRESS|4800 Friendship Ave, Pittsburgh, PA⟧ ⟦ZIP|15224⟧
Patient: ⟦NAME|Delgado, Ramón⟧   MRN ⟦MRN|31772054⟧   DOB ⟦DATE|6/2/1955⟧
Device: dual-chamber ICD, model DR-4470, serial ⟦ID|PZX601734S⟧; RA lead SN ⟦ID|LRA1188204⟧; RV lead SN ⟦ID|LRV7739021⟧. Implanted ⟦DATE|09/17/2019⟧ by Dr. ⟦NAME|Kenji Morimoto⟧.
Transmission received ⟦DATE|2024-03-28⟧ 02:14 from home monitor unit ⟦ID|HM-88017233⟧, gateway IP ⟦IP|198.51.100.23⟧ (scheduled quarterly).
Battery: 8.4 years remaining. Charge time 8.9 s.
Leads: RA impedance 456 ohms, sensing 2.8 mV, threshold 0.75 V @ 0.4 ms. RV impedance 512 ohms, R wave 11.2 mV, threshold 1.0 V @ 0.4 ms, HV impedance 68 ohms.
Pacing: AP 12%, VP < 1%.
Events: 1 episode AT/AF ⟦DATE|3/21⟧ lasting 6 min. One VT episode ⟦DATE|03/25/2024⟧ at 03:40, 188 bpm, terminated by ATP x1. No shocks.
Full transmission: ⟦URL|https://remote.example-crm.com/tx/PZX601734S/20240328⟧ (opened from ⟦IP|10.12.40.77⟧)
Assessment: normal device function; AF burden < 0.1%; single VT treated appropriately with ATP.
Plan: notify EP physician; continue amiodarone 200 mg daily; CHA2DS2-VASc 3, already on Xarelto 20 mg.
Patient notified by phone ⟦PHONE|(412) 555-0175⟧. Reviewed by ⟦NAME|Colleen Murphy⟧, RN, CCDS and Dr. ⟦NAME|Kenji Morimoto⟧.
"""),

("telehealth visit note", """
TELEHEALTH VISIT (video) -- ⟦FACILITY|Northwind Behavioral Health⟧
Date: ⟦DATE|Mon 02/05/2024⟧ 15:00-15:45   Platform: secure video, link ⟦URL|https://telehealth.northwind-example.org/join/r7Qp-4418-xk⟧
Patient location: home, confirmed address ⟦ADDRESS|1709 Lakeview Terrace, Apt 5C, Duluth, MN⟧ ⟦ZIP|55803⟧ for emergency purposes; callback ⟦PHONE|218-555-0139⟧.
Connection log: patient joined from ⟦IP|73.162.41.208⟧; clinician from ⟦IP|10.44.8.117⟧. Audio dropped once at 15:22, reconnected.
Patient: ⟦NAME|Tallulah Running-Bear⟧, 27 y/o, MRN ⟦MRN|NBH-004418⟧
Clinician: ⟦NAME|Joy Andersen⟧, LICSW

S: Follow-up for MDD and PTSD. PHQ-9 today 14 (was 19), GAD-7 11. Reports sleeping 6 h with prazosin 2 mg, fewer nightmares. Started new job at a daycare. Passive SI last week, none today, no plan or intent. C-SSRS screen negative today.
O: Appears stated age, good eye contact, affect constricted but reactive, speech normal rate, TP linear.
A: MDD recurrent, moderate, improving. PTSD.
P: Continue sertraline 150 mg (managed by Dr. ⟦NAME|Haruto Sato⟧, psychiatry), CPT session 6 of 12 next week. Safety plan reviewed; crisis line 988 given. Next visit ⟦DATE|02/12/2024⟧ 15:00, same link.
Consent for telehealth obtained verbally. Total time 45 min (CPT 90837, modifier 95).
"""),

("laboratory report", """
⟦FACILITY|TRI-COUNTY REFERENCE LABORATORY⟧   CLIA ⟦ID|36D0981144⟧
⟦ADDRESS|900 Industrial Pkwy, Building C, Dayton, OH⟧ ⟦ZIP|45414⟧   Client services ⟦PHONE|800.555.0143⟧
Patient: ⟦NAME|HOLLOWAY, GRACE E⟧   DOB: ⟦DATE|1970-10-04⟧   Sex: F   Pt ID: ⟦MRN|7738102⟧   SSN (billing): ⟦SSN|287-44-9031⟧
Specimen ID: ⟦ID|TC2411-558103⟧   Collected: ⟦DATE|11/04/2024⟧ 07:45   Received: ⟦DATE|11/04/2024⟧ 11:02
Ordering: ⟦NAME|PRICE, JONATHAN⟧ MD   Account: ⟦ID|A-20419⟧ ⟦FACILITY|Miami Valley Internal Medicine⟧

TEST                     RESULT     FLAG   REF RANGE        UNITS
Sodium                   138               136-145          mmol/L
Potassium                5.6        H      3.5-5.1          mmol/L
Chloride                 101               98-107           mmol/L
CO2                      24                22-29            mmol/L
BUN                      22         H      6-20             mg/dL
Creatinine               1.21       H      0.57-1.00        mg/dL
eGFR (CKD-EPI 2021)      53         L      >59              mL/min/1.73
Glucose                  112        H      70-99            mg/dL
Hemoglobin A1c           6.1        H      4.8-5.6          %
TSH                      3.42              0.45-4.50        uIU/mL
Vitamin B12              188        L      232-1245         pg/mL
Comment: Potassium verified by repeat; specimen slightly hemolyzed (H-index 40). Recommend recollection.
Called to ⟦NAME|Marisol⟧ at Dr. ⟦NAME|Price⟧'s office ⟦DATE|11/04/24⟧ 13:10 by ⟦NAME|T. Oduya⟧, MLS(ASCP).
"""),

("hospice admission note", """
HOSPICE ADMISSION NURSING ASSESSMENT -- ⟦FACILITY|Gentle Shores Hospice⟧
Date of election: ⟦DATE|April 30, 2023⟧
Patient: ⟦NAME|Wilhelmina⟧ "⟦NAME|Billie⟧" ⟦NAME|Okoro-Banks⟧, aged ⟦AGE>89|101⟧, MRN ⟦MRN|GSH-23-0412⟧, SSN ⟦SSN|252-60-1187⟧ (election statement)
Residence: ⟦FACILITY|Cedar Ridge Assisted Living⟧, apt 214, ⟦ADDRESS|3300 Cedar Ridge Blvd, Macon, GA⟧ ⟦ZIP|31210⟧
Terminal dx: Alzheimer's dementia, FAST 7c. Also CKD 4, HFpEF.
Certifying physician: ⟦NAME|Oyinkansola Bello⟧, MD; attending of record: ⟦NAME|Luther Grant⟧, MD.
History: Over last 6 months weight down from 52 to 44 kg (15%), now bedbound, nonverbal except single words, dysphagia to thin liquids (SLP ⟦DATE|3/14/23⟧), two aspiration pneumonias this year. PPS 30%.
Her son ⟦NAME|Cornelius Banks⟧ (POA, ⟦PHONE|478-555-0198⟧) and granddaughter ⟦NAME|Precious⟧ present. Son states "she told us at ⟦AGE>89|95⟧ she never wanted a feeding tube." Her sister died at ⟦AGE>89|98⟧; mother lived to ⟦AGE>89|104⟧.
Exam: cachectic, FAST 7c, contractures both knees, stage 2 sacral pressure injury 2 x 1.5 cm. Lungs coarse, RR 22.
Plan: comfort-focused care, morphine concentrate 20 mg/mL 0.25 mL SL q2h prn dyspnea/pain, scopolamine patch prn secretions, lorazepam 0.5 mg SL q6h prn. Chaplain Rev. ⟦NAME|Amos Whitley⟧ to visit per family's faith (AME church). Next RN visit ⟦DATE|5/2⟧.
⟦NAME|Dawn Ellery⟧, RN, CHPN
"""),
]

NOTES += [
("release of information request", """
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
⟦FACILITY|Saint Columba Community Hospital⟧ -- Health Information Management, fax ⟦PHONE|(503) 555-0161⟧, ⟦EMAIL|roi@stcolumba-example.org⟧
Request # ⟦ID|ROI-2024-118832⟧   Received ⟦DATE|02.14.2024⟧

Patient name: ⟦NAME|Mariam Abdullahi Hassan⟧   Other names used: ⟦NAME|Mariam Jama⟧
DOB: ⟦DATE|6/17/1979⟧   SSN: ⟦SSN|611 20 4478⟧   MRN (if known): ⟦MRN|00719335⟧
Address: ⟦ADDRESS|PO Box 2271, Gresham, OR⟧ ⟦ZIP|97030⟧   Phone: ⟦PHONE|971-555-0112⟧   Email: ⟦EMAIL|mariam.a.hassan@examplemail.com⟧

Release records FROM: ⟦FACILITY|Saint Columba Community Hospital⟧ and ⟦FACILITY|Columba Outpatient Surgery Center⟧
Release records TO: ⟦NAME|Yolanda Fierro⟧, Esq., Cascade Injury Law Group, ⟦ADDRESS|1020 SW Taylor St, Suite 800, Portland, OR⟧ ⟦ZIP|97205⟧
Purpose: legal (motor vehicle collision ⟦DATE|Nov. 3, 2023⟧)
Dates of service: ⟦DATE|11/03/2023⟧ through ⟦DATE|01/31/2024⟧
Information: ED records, imaging reports, operative report, PT notes, billing. EXCLUDE: HIV/AIDS, substance use disorder (42 CFR Part 2), psychotherapy notes.
Expires: ⟦DATE|2/14/2025⟧
Signature: ⟦NAME|M. A. Hassan⟧  Witness: ⟦NAME|Rowan Everly⟧, HIM Specialist, ID badge ⟦ID|HIM-3317⟧
"""),

("EHR access audit log", """
PRIVACY OFFICE -- EHR ACCESS AUDIT (VIP flag)   Generated ⟦DATE|2024-05-06⟧ 09:02 by ⟦NAME|Priscilla Achebe⟧, Privacy Analyst
Patient: ⟦NAME|Dominic Fairweather-Lowe⟧   MRN ⟦MRN|55120087⟧   Flag: confidential (employee-patient)
Window: ⟦DATE|2024-05-01⟧ to ⟦DATE|2024-05-05⟧

timestamp            | user id  | user name              | role        | workstation / IP    | action
⟦DATE|2024-05-01⟧ 07:14:22  | ⟦ID|u48821⟧   | ⟦NAME|Ostrowski, Marek⟧      | RN 6 South  | ⟦IP|10.21.6.44⟧          | chart open, MAR
⟦DATE|2024-05-01⟧ 07:15:03  | ⟦ID|u48821⟧   | ⟦NAME|Ostrowski, Marek⟧      | RN 6 South  | ⟦IP|10.21.6.44⟧          | flowsheet edit
⟦DATE|2024-05-02⟧ 22:41:57  | ⟦ID|u10277⟧   | ⟦NAME|Thibodeaux, Claire⟧    | Registration| ⟦IP|10.30.1.102⟧         | demographics view
⟦DATE|2024-05-03⟧ 13:08:11  | ⟦ID|u77102⟧   | ⟦NAME|Iyer, Karthik⟧         | MD Cardiology| ⟦IP|172.16.44.9⟧        | notes view
⟦DATE|2024-05-04⟧ 01:56:40  | ⟦ID|u33019⟧   | ⟦NAME|Quigley, Shane⟧        | Pharmacy Tech| VPN ⟦IP|192.0.2.146⟧    | chart open, results view, print
⟦DATE|2024-05-04⟧ 01:59:02  | ⟦ID|u33019⟧   | ⟦NAME|Quigley, Shane⟧        | Pharmacy Tech| VPN ⟦IP|192.0.2.146⟧    | demographics view
⟦DATE|2024-05-05⟧ 16:20:45  | ⟦ID|u90004⟧   | ⟦NAME|Abernathy, Ruth⟧       | HIM coder   | ⟦IP|10.30.9.17⟧          | coding abstract
Findings: access by ⟦ID|u33019⟧ (⟦NAME|S. Quigley⟧) at 01:56 on ⟦DATE|May 4⟧ from remote VPN, not on care team; no pharmacy order activity. Referred to ⟦NAME|Gordon Mbeki⟧, Chief Privacy Officer, ⟦EMAIL|privacy.office@eastbrook-health.example.org⟧, ⟦PHONE|(614) 555-0130⟧. Case # ⟦ID|PRV-24-0093⟧.
"""),

("privacy incident email", """
From: IT Security Operations <⟦EMAIL|soc-alerts@eastbrook-health.example.org⟧>
To: ⟦NAME|Gordon Mbeki⟧ <⟦EMAIL|gmbeki@eastbrook-health.example.org⟧>
Date: ⟦DATE|Tue, 07 May 2024⟧ 11:36:08 -0400
Subject: ⟦ID|INC0044917⟧ - misdirected fax and phishing link involving patient data

⟦NAME|Gordon⟧,
Two items from last night:
1) A discharge packet for ⟦NAME|Esther Kamau⟧ (MRN ⟦MRN|40051733⟧) was faxed to ⟦PHONE|614-555-0144⟧ instead of ⟦PHONE|614-555-0114⟧ (⟦FACILITY|Olentangy Orthopedic Rehab⟧). Recipient (a dry cleaner) confirmed destruction by phone.
2) A clinician clicked a phishing link (⟦URL|http://eastbrook-payroll-update.example.net/login.php?u=kiyer⟧) from ⟦IP|10.30.12.88⟧. Credentials reset within 14 min. Login attempts followed from ⟦IP|185.220.101.47⟧ and ⟦IP|2001:db8:4f2a::17⟧, all blocked by MFA. No PHI accessed per proxy logs.
Attachments: proxy_log.csv, fax_confirmation.pdf
-- ⟦NAME|Nadia Rahimi⟧, Security Analyst II, ⟦PHONE|(614) 555-0109⟧
"""),

("patient billing statement", """
⟦FACILITY|EASTBROOK HEALTH PHYSICIAN GROUP⟧ -- PATIENT STATEMENT
Statement date: ⟦DATE|08/01/2024⟧     Due: ⟦DATE|08/31/2024⟧     Guarantor account: ⟦ID|8800214537⟧
Bill to: ⟦NAME|SEAN P. MCGUINNESS⟧
⟦ADDRESS|5512 BRANDYWINE CT, APT 2, WESTERVILLE, OH⟧ ⟦ZIP|43081-2207⟧
Patient: ⟦NAME|AOIFE MCGUINNESS⟧ (dependent)   DOB ⟦DATE|03/29/2016⟧

Date of svc  | Description                         | CPT    | Charges | Ins paid | Adj    | You owe
⟦DATE|06/14/24⟧     | Office visit, est. pt, level 4      | 99214  | 245.00  | 151.20   | 43.80  | 50.00
⟦DATE|06/14/24⟧     | Rapid strep antigen                  | 87880  | 38.00   | 22.10    | 5.90   | 10.00
⟦DATE|06/21/24⟧     | Audiometry, screening                | 92551  | 30.00   | 0.00     | 0.00   | 30.00
Insurance: Buckeye Family Choice, member ⟦ID|BFC400913271-02⟧, claim ⟦ID|24178A0031⟧
Total due: $90.00. Pay online at ⟦URL|https://pay.eastbrook-health.example.org/bill/8800214537⟧ or call ⟦PHONE|1 (888) 555-0172⟧.
Questions about this bill: ⟦NAME|Renee Vu⟧, billing, Mon-Fri 8-5.
"""),
]

NOTES += [
("workers' compensation letter", """
⟦FACILITY|Ironbridge Occupational Medicine⟧
⟦ADDRESS|44 Foundry Row, Bethlehem, PA⟧ ⟦ZIP|18015⟧ | ⟦PHONE|610.555.0186⟧ | ⟦URL|www.ironbridge-occmed.example.com⟧

⟦DATE|September 19, 2022⟧

Keystone Casualty Insurance, Claims Dept.
Attn: ⟦NAME|Gerald Whitcombe⟧, Claims Adjuster, ⟦EMAIL|gwhitcombe@keystonecasualty.example.com⟧

RE: Employee ⟦NAME|Rodrigo Alves Carvalho⟧; SSN ⟦SSN|203-77-5149⟧; DOI ⟦DATE|08/29/2022⟧; Claim No. ⟦ID|WC-22-7781934⟧

Mr. ⟦NAME|Carvalho⟧ is a 44-year-old welder who sustained a crush injury to the right hand when a steel plate shifted. X-rays showed a nondisplaced fracture of the 4th metacarpal neck (boxer's-type) and a tuft fracture of the 3rd distal phalanx. Treated in an ulnar gutter splint. At today's visit grip strength R 18 kg vs L 41 kg (Jamar dynamometer, position 2), Tinel and Phalen negative, 2-point discrimination 5 mm all digits.

Work status: modified duty, no use of right hand, no lifting > 5 lb, effective through ⟦DATE|10/10/2022⟧. Re-evaluation ⟦DATE|10/10/22⟧. MMI not yet reached. Anticipated full duty in 4-6 weeks.

⟦NAME|Helga Baumgartner⟧, DO, MPH -- PA licence ⟦ID|MD-447120⟧
"""),

("social work note", """
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT -- ⟦FACILITY|Riverside General Hospital⟧, 7 Oncology
Date: ⟦DATE|03/08/2023⟧   Pt: ⟦NAME|Thanh Huong Le⟧, 38F, MRN ⟦MRN|6620-0418⟧
Referral: oncology team (Dr. ⟦NAME|Abimbola Coker⟧) for financial strain, childcare, disability paperwork.
Patient is a single mother of two (⟦NAME|Bao Anh⟧, 9, and ⟦NAME|Minh⟧, 6), newly diagnosed AML, induction 7+3 started ⟦DATE|3/6⟧, expected LOS 4-6 weeks. Works as a nail technician, no paid leave. Lives at ⟦ADDRESS|2150 Fulton Ave, #3, Sacramento, CA⟧ ⟦ZIP|95825⟧. Children staying with patient's cousin ⟦NAME|Kim Loan Truong⟧ (⟦PHONE|916-555-0114⟧).
Interventions:
- Completed SSDI application with patient (SSA claim started; her SSN ⟦SSN|568-31-0947⟧ verified against card). Compassionate Allowance condition (AML).
- State disability insurance (SDI) claim filed online, confirmation # ⟦ID|SDI-88410377⟧.
- Referred to Leukemia & Lymphoma Society co-pay assistance and to ⟦FACILITY|Sutterfield Infusion Center⟧ social work for outpatient consolidation.
- Friend ⟦NAME|Jessica Nakamura⟧ set up a fundraiser: ⟦URL|https://www.gofundme.example.com/f/help-huong-beat-aml⟧ and a CaringBridge page ⟦URL|caringbridge.example.org/visit/huongle⟧; discussed privacy settings with patient.
- Vietnamese interpreter used for portions (⟦NAME|Quang⟧, ID ⟦ID|VN-2201⟧).
Plan: follow 2x/week; school absence letters for both children to be provided by team.
⟦NAME|Grace Oyelowo-Pierce⟧, LCSW ext ⟦PHONE|4-6631⟧
"""),
]

NOTES += [
("geriatrics clinic note", """
GERIATRICS CLINIC -- ⟦FACILITY|Willow Creek Senior Health Center⟧
⟦DATE|Thursday 14 December 2023⟧
⟦NAME|Abramowicz, Zofia⟧ | ⟦AGE>89|96⟧ y/o F | MRN ⟦MRN|20117-45⟧ | accompanied by daughter ⟦NAME|Halina⟧ (herself 71)

CC: falls x2 in past month, "more forgetful"
HPI: ⟦AGE>89|96⟧yo woman, lives with daughter in a ranch house, previously independent in ADLs, needs help with IADLs (finances, meds). Fell ⟦DATE|11/20⟧ in bathroom at night, no LOC, no injury; fell again ⟦DATE|12/2⟧ getting out of a chair. Daughter notes more word-finding difficulty. New meds since fall: oxybutynin 5 mg BID started by urology (Dr. ⟦NAME|Strand⟧) for urge incontinence.
Meds: amlodipine 10, oxybutynin 5 BID, meclizine prn, omeprazole 20, melatonin 3 mg.
Exam: BP sitting 142/70, standing 1 min 118/62 (orthostatic). Timed Up and Go 19 s. MoCA 18/30 (was 23/30 a year ago). Gait wide-based, no Romberg sway. Hearing aids in place.
A/P:
1. Recurrent falls, multifactorial: orthostasis, anticholinergic burden (oxybutynin, meclizine -- both on Beers list).
   - stop oxybutynin, stop meclizine; reduce amlodipine to 5 mg. PT referral for gait/balance; home safety eval.
2. Cognitive decline: likely progression of mild NCD; check B12, TSH, CBC, CMP. No driving (does not drive).
3. Advance care planning: patient clear that she wants no CPR ("I'm ⟦AGE>89|96⟧, let God decide"); POLST completed: DNR, selective treatment.
Her older brother, ⟦AGE>89|99⟧, lives at ⟦FACILITY|Evergreen Manor Nursing Home⟧; husband died at 89.
RTC 6 weeks. -- ⟦NAME|Beatriz Ochoa-Lindgren⟧, MD, Geriatrics
"""),

("SNF transfer form", """
SNF / REHAB TRANSFER FORM (continuity of care)
From: ⟦FACILITY|Mercy Vale Regional Hospital⟧ 6 Ortho   To: ⟦FACILITY|Brookhaven Rehabilitation and Nursing⟧
Transfer date: ⟦DATE|Jan 3, 2024⟧   Time of departure: 1400 via wheelchair van
Resident: ⟦NAME|Ellsworth, Cordelia Ann⟧  DOB ⟦DATE|04/09/1932⟧  Age ⟦AGE>89|91⟧  MRN ⟦MRN|M004418826⟧  SSN ⟦SSN|355-18-6620⟧
Medicare # (MBI) ⟦ID|2GK8-AA1-TR52⟧   Medicaid # ⟦ID|OH-771023345⟧
Home address: ⟦ADDRESS|88 Old Mill Road, Lot 14, Xenia, OH⟧ ⟦ZIP|45385⟧
Responsible party: ⟦NAME|Franklin Ellsworth⟧ (son) ⟦PHONE|(937) 555-0121⟧, ⟦EMAIL|frank.ellsworth@examplemail.com⟧
Diagnoses: R intertrochanteric hip fx s/p IM nail ⟦DATE|12/29/2023⟧; delirium (resolved); HTN; hypothyroidism.
Weight-bearing: WBAT RLE. Posterior hip precautions not required (IM nail).
DVT ppx: enoxaparin 40 mg SC daily x 28 days (last dose ⟦DATE|1/3⟧ 0900).
Diet: mechanical soft, thin liquids. Skin: Braden 15, heels intact, sacrum blanchable erythema.
Cognition: CAM negative x 48h. Code status: DNR-CC.
Follow-up: ortho clinic Dr. ⟦NAME|Aurelio Benedetti⟧ in 2 weeks, staple removal POD 14 (⟦DATE|1/12/24⟧) at SNF.
Report called to ⟦NAME|Shanice Moore⟧, LPN at ⟦PHONE|937-555-0133⟧ by ⟦NAME|Kaitlyn Rhee⟧, RN.
"""),

("psychiatric intake", """
PSYCHIATRIC INTAKE EVALUATION -- ⟦FACILITY|Northwind Behavioral Health⟧ Outpatient
Date: ⟦DATE|7-11-2023⟧   Clinician: ⟦NAME|Haruto Sato⟧, MD
Identifying data: ⟦NAME|Jamal Abdul-Rahman⟧, 23-year-old single male, graduate student, self-referred. MRN ⟦MRN|NBH-007720⟧. SSN ⟦SSN|078-44-1932⟧ (for sliding-scale form). Address ⟦ADDRESS|401 University Ave, Room 1207, Minneapolis, MN⟧ ⟦ZIP|55455⟧.
CC: "I can't stop checking things."
HPI: 3 years of intrusive contamination and harm thoughts with checking and washing rituals, 3-4 h/day; Y-BOCS 27 (severe). Hands raw from washing. Missed exams this spring. Depressed mood secondary to OCD, PHQ-9 12. Denies SI/HI. No mania, no psychosis.
Past psych hx: none. No hospitalizations. Family hx: mother with panic disorder; paternal uncle with Tourette syndrome.
Substance: cannabis 2x/month, alcohol socially. AUDIT-C 2.
MSE: well-groomed, anxious, cooperative; speech normal; mood "stressed", affect anxious, congruent; TP goal-directed; TC obsessions, no delusions; insight good, judgment good.
Dx: F42.2 OCD, mixed obsessional thoughts and acts, good insight.
Plan: fluoxetine 20 mg, titrate to 60-80 mg over 8 weeks; ERP referral to Dr. ⟦NAME|Ingrid Solberg⟧'s group at ⟦FACILITY|Twin Cities Anxiety and OCD Clinic⟧ (⟦PHONE|612-555-0150⟧). Student counseling release signed. Emergency contact: brother ⟦NAME|Tariq⟧ ⟦PHONE|(651) 555-0193⟧.
"""),
]

NOTES += [
("patient e-mail to clinic", """
Return-Path: <⟦EMAIL|bogdan.zielinski58@examplemail.pl⟧>
Received: from [⟦IP|198.51.100.77⟧] by inbound mail gateway; ⟦DATE|Sun, 12 Mar 2023⟧ 21:04:51 -0500
X-Originating-IP: [⟦IP|83.24.117.9⟧]
From: "⟦NAME|Bogdan Zieliński⟧" <⟦EMAIL|bogdan.zielinski58@examplemail.pl⟧>
To: ⟦EMAIL|cardiology.frontdesk@lakeshore-example.org⟧
Subject: my father -- warfarin and the trip

Dear Dr. ⟦NAME|Osei-Tutu⟧,

I write for my father ⟦NAME|Kazimierz Zieliński⟧ (birth ⟦DATE|14.02.1933⟧, your patient number ⟦MRN|LKS-0091224⟧). He is ⟦AGE>89|90⟧ now and we fly to Poland on ⟦DATE|2 April⟧ for 6 weeks to see family. He takes warfarin 3 mg and his INR was 2.7 last week at your clinic. In Poland his INR can be checked at my sister's clinic (⟦FACILITY|Przychodnia Rodzinna Salus⟧), but who will change the dose? Can you write a letter in English we can show the doctor there? Also he needs the compression stockings for the plane, yes?

You can call me on WhatsApp ⟦PHONE|+48 601 555 014⟧ or in the US ⟦PHONE|(847) 555-0106⟧. My sister is ⟦NAME|Ewa Nowak-Zielińska⟧, ⟦EMAIL|ewa.nowak.z@examplemail.pl⟧.

Best regards,
⟦NAME|Bogdan⟧
"""),

("obstetric delivery note", """
VAGINAL DELIVERY NOTE -- ⟦FACILITY|Unity Women's Hospital⟧ L&D
Mother: ⟦NAME|Precious Adjei-Mensah⟧, 29 y/o G2P1->P2, MRN ⟦MRN|UWH5520871⟧, EDD ⟦DATE|09/30/2022⟧
Delivery: ⟦DATE|09/26/2022⟧ at 04:17, spontaneous vaginal delivery, 39w3d.
Labor: spontaneous onset, AROM at 0145 clear fluid, epidural at 5 cm. Second stage 22 min. Category I tracing throughout except early decels.
Infant: live female, weight 3,420 g, Apgar 8 and 9 at 1 and 5 minutes. Nuchal cord x1 reduced. Delayed cord clamping 60 s. Baby to skin-to-skin; peds (Dr. ⟦NAME|Chiamaka Obi⟧) not required at delivery. Baby name per mother: ⟦NAME|Abena Grace⟧. Newborn MRN ⟦MRN|UWH5520899⟧.
Placenta: delivered spontaneously, Schultze mechanism, intact, 3-vessel cord. Pitocin 30 units in 500 mL after delivery.
Perineum: 2nd degree laceration repaired with 3-0 Vicryl Rapide in standard fashion. EBL 350 mL (QBL).
Mother: Rh positive, rubella immune, GBS negative, HIV/HBsAg/RPR negative. Plans to breastfeed; declines Depo; desires Nexplanon at postpartum visit.
FOB ⟦NAME|Kojo Mensah⟧ present and supportive.
Delivered by ⟦NAME|Siobhan Kearney⟧, CNM; attending ⟦NAME|Rajesh Iyengar⟧, MD available.
"""),

("death pronouncement", """
DEATH PRONOUNCEMENT NOTE
Called by RN ⟦NAME|Lucía Paredes⟧ at 0342 to evaluate Mr. ⟦NAME|Theodore Vance Whitmore⟧, ⟦AGE>89|97⟧ y/o man admitted ⟦DATE|10/30/2023⟧ with aspiration pneumonia, DNR/DNI, on comfort measures since ⟦DATE|Nov 1⟧.
Exam at 0351: no response to verbal or tactile stimuli. No spontaneous respirations observed over 1 minute. No heart sounds, no carotid pulse over 1 minute. Pupils fixed and dilated. Corneal reflexes absent.
Time of death: 0351 on ⟦DATE|11/02/2023⟧.
Family: wife ⟦NAME|Marjorie⟧ (⟦AGE>89|94⟧) and son ⟦NAME|Edwin Whitmore⟧ at bedside, notified; they declined autopsy. Medical examiner not notified: expected death, no trauma (fall ⟦DATE|10/12⟧ evaluated, not contributory per attending).
Organ/tissue donation: Gift of Life Donor Program notified at 0405, referral # ⟦ID|GOL-23-11-04417⟧; not a candidate.
Death certificate worksheet: SSN ⟦SSN|262-91-4058⟧; usual residence ⟦ADDRESS|17 Chestnut Hill Lane, Gladwyne, PA⟧ ⟦ZIP|19035⟧; funeral home: ⟦FACILITY|Fenwick and Sons Funeral Home⟧, ⟦PHONE|(610) 555-0185⟧.
Attending Dr. ⟦NAME|Ruth Bernstein⟧ notified. PCP Dr. ⟦NAME|Amos Fairley⟧ to be notified in AM.
⟦NAME|Ifeoluwa Akande⟧, MD, night float
"""),

("health care power of attorney", """
DURABLE POWER OF ATTORNEY FOR HEALTH CARE (scanned into chart ⟦DATE|05/11/2020⟧)
I, ⟦NAME|ESTHER ROSE LIEBOWITZ⟧, born ⟦DATE|January 8, 1929⟧, SSN ⟦SSN|149-22-8873⟧, residing at ⟦ADDRESS|250 West End Avenue, Apt 11F, New York, NY⟧ ⟦ZIP|10023⟧, being of sound mind at age ⟦AGE>89|91⟧, designate as my health care agent:
  ⟦NAME|Naomi Liebowitz-Carr⟧ (daughter), ⟦ADDRESS|19 Orchard Lane, Scarsdale, NY⟧ ⟦ZIP|10583⟧, tel. ⟦PHONE|914-555-0147⟧, SSN ⟦SSN|062-40-1185⟧
Alternate agent: ⟦NAME|Samuel Carr⟧ (grandson), ⟦EMAIL|sam.carr.nyc@examplemail.com⟧, tel. ⟦PHONE|(646) 555-0171⟧
My wishes: If I have an irreversible condition I do not want CPR, mechanical ventilation, dialysis or tube feeding. I want comfort care and I want to die at home if possible. I wish to donate my eyes to research.
Signed ⟦DATE|11th May 2020⟧. Witnesses: ⟦NAME|Delroy Campbell⟧; ⟦NAME|Magdalena Ruiz⟧. Notary: ⟦NAME|Peter J. Amsel⟧, commission # ⟦ID|01AM6188204⟧.
"""),

("research study enrollment note", """
RESEARCH NOTE -- study enrollment
Protocol: ⟦ID|NWX-CARDIO-2023-07⟧ (IRB # ⟦ID|STUDY00021448⟧) -- randomized trial of colchicine after PCI
Participant: ⟦NAME|Arjun Balasubramanian⟧, MRN ⟦MRN|31008824⟧, subject ID ⟦ID|NWX07-0142⟧
Consent: eConsent v3.1 completed ⟦DATE|2023-10-19⟧ 18:22 via ⟦URL|https://redcap.northwind-example.org/surveys/?s=K8R4TQ9PXM⟧ from IP ⟦IP|24.17.203.99⟧; identity verified by video with coordinator. Copy e-mailed to ⟦EMAIL|arjun.bala@examplemail.com⟧.
Eligibility: NSTEMI, PCI to LAD ⟦DATE|10/17/2023⟧, age 58, eGFR 74, no prior colchicine intolerance, not on strong CYP3A4 inhibitors. Exclusion checklist reviewed.
Randomized ⟦DATE|10/20/2023⟧; study drug kit # ⟦ID|K-55190⟧ dispensed by research pharmacy. Participant given 24-h study line ⟦PHONE|(206) 555-0129⟧.
Next visit day 30 (window ⟦DATE|11/14⟧ - ⟦DATE|11/24⟧).
Coordinator: ⟦NAME|Maya Chen-Whitaker⟧, CCRC, ⟦EMAIL|mchenw@northwind-example.org⟧; PI: ⟦NAME|Olufemi Adeyinka⟧, MD.
"""),
]

NOTES += [
("HL7 ADT messages pasted into an interface ticket", """
Interface ticket ⟦ID|IFX-20931⟧ -- duplicate patient created by ADT feed, please merge. Raw messages from engine log (MLLP listener ⟦IP|10.60.2.15⟧:6661, sender ⟦IP|10.60.7.201⟧):

MSH|^~\\&|REGADT|FAC01|ENGINE|FAC01|⟦DATE|20230702061544⟧||ADT^A04|⟦ID|MSG00041877⟧|P|2.5.1
PID|1||⟦MRN|90011723⟧^^^FAC01^MR||⟦NAME|TRAN^QUOC^MINH⟧||⟦DATE|19471230⟧|M|||⟦ADDRESS|4418 E OCOTILLO LN^APT 12^MESA^AZ⟧^⟦ZIP|85205⟧||⟦PHONE|(480)555-0153⟧|||W||⟦ID|E230718842⟧|⟦SSN|527438816⟧
PV1|1|E|ED^^^FAC01||||⟦ID|1730224519⟧^⟦NAME|QUINONES^ESPERANZA⟧

MSH|^~\\&|REGADT|FAC01|ENGINE|FAC01|⟦DATE|20230702091207⟧||ADT^A04|⟦ID|MSG00041952⟧|P|2.5.1
PID|1||⟦MRN|90011788⟧^^^FAC01^MR||⟦NAME|TRAN^MINH^Q⟧||⟦DATE|19471230⟧|M|||⟦ADDRESS|4418 E OCOTILLO LANE APT 12^^MESA^AZ⟧^⟦ZIP|85205⟧||⟦PHONE|480-555-0153⟧|||W||⟦ID|E230719003⟧|⟦SSN|527-43-8816⟧
PV1|1|O|RAD^^^FAC01||||⟦ID|1730224519⟧^⟦NAME|QUINONES^ESPERANZA⟧

Same SSN and DOB, name order swapped by registrar ⟦NAME|mgarza2⟧. Keep ⟦MRN|90011723⟧, merge ⟦MRN|90011788⟧ into it. Assigned to HIM data integrity (⟦NAME|Colette Ambrose⟧, ⟦EMAIL|cambrose@desertsage-example.org⟧).
"""),

("identity mismatch, ED registration note", """
REGISTRATION / PATIENT ACCESS NOTE -- ⟦FACILITY|St. Brigid's Medical Center⟧ ED   ⟦DATE|2/29/2024⟧ 23:40
Pt presented as "⟦NAME|Luis Alberto Ortega⟧", DOB ⟦DATE|10/10/1988⟧, with insurance card for member ⟦ID|MCO-44190223⟧. On address verification the card holder's address (⟦ADDRESS|1185 Palm Grove Dr, Hialeah, FL⟧ ⟦ZIP|33012⟧) and SSN on file (⟦SSN|591-33-0468⟧) did not match what patient gave (SSN ⟦SSN|589-30-4417⟧, address ⟦ADDRESS|67 NW 23rd St, Apt 4, Miami, FL⟧ ⟦ZIP|33127⟧). Patient then stated his name is ⟦NAME|Luis Ortega Fuentes⟧ and the card is his cousin's. Medical treatment not delayed (EMTALA). Registered as new MRN ⟦MRN|3342277⟧ under self-pay; original chart ⟦MRN|3108845⟧ flagged for possible medical identity theft. Charge nurse ⟦NAME|Bernadette Okafor⟧ and house supervisor aware. Financial counselor referral for Medicaid screening. -- ⟦NAME|Yadira Espinal⟧, Patient Access Rep
"""),

("pediatric well-child visit", """
WELL CHILD CHECK -- 4 year
⟦FACILITY|Little Acorns Pediatrics⟧   Date: ⟦DATE|5/8/2023⟧
Patient: ⟦NAME|Eitan Ben-David⟧   DOB ⟦DATE|04/28/2019⟧   MRN ⟦MRN|LAP-118402⟧
Accompanied by: mother ⟦NAME|Noa Ben-David⟧, ⟦EMAIL|noa.bendavid@examplemail.com⟧; address ⟦ADDRESS|3318 Greenwood Ave N, Seattle, WA⟧ ⟦ZIP|98103⟧
Growth: Wt 16.8 kg (55th %ile), Ht 104 cm (60th %ile), BMI 15.5 (45th %ile). BP 96/58.
Development: hops on one foot, draws a person with 4 parts, tells stories, knows 4 colors. ASQ-3 all domains above cutoff.
Vision: 20/30 OU (HOTV). Hearing: pass OAE. Dental home: yes.
Exam: normal. Tanner 1. No murmur. Tympanic membranes clear.
Immunizations given: DTaP #5, IPV #4, MMR #2, Varicella #2 (VIS given). Flu vaccine declined today, will return in fall.
Anticipatory guidance: booster seat, water safety, screen time < 1 h, bike helmet.
Older sister ⟦NAME|Talia⟧, 7, also due for her visit. RTC at 5 years.
⟦NAME|Anneliese Vogt⟧, MD, FAAP
"""),

("case management discharge planning", """
CASE MANAGEMENT NOTE -- ⟦DATE|10/12/2022⟧
Pt ⟦NAME|Francisco Javier Montoya⟧, 88 y/o M (turns 89 next month), MRN ⟦MRN|2200917⟧, adm ⟦DATE|10/08/2022⟧ for CHF.
Lives with wife ⟦NAME|Rosalinda⟧ (⟦AGE>89|90⟧, uses walker) at ⟦ADDRESS|742 Calle Luna, Las Cruces, NM⟧ ⟦ZIP|88001⟧. Daughter ⟦NAME|Marisela Montoya-Chávez⟧ lives in Texas, ⟦PHONE|915-555-0138⟧, ⟦EMAIL|marisela.mchavez@examplemail.com⟧, is HCP.
Plan per IDT: home with home health (RN/PT/OT) + Meals on Wheels. Referrals sent ⟦DATE|10/11⟧:
 - ⟦FACILITY|Mesilla Valley Home Health⟧, intake ⟦EMAIL|intake@mvhh-example.com⟧, fax ⟦PHONE|575-555-0157⟧ -- ACCEPTED, SOC ⟦DATE|10/14/22⟧
 - DME: hospital bed and shower chair from ⟦FACILITY|Organ Mountain Medical Supply⟧, ⟦ADDRESS|2001 S Main St, Las Cruces, NM⟧ ⟦ZIP|88005⟧, delivery ⟦DATE|10/13⟧
 - Pharmacy: meds to beds from ⟦FACILITY|Memorial Outpatient Pharmacy⟧; daughter to pick up.
Backup plan if unsafe: respite at ⟦FACILITY|La Posada Care Center⟧ (bed available).
Insurance: Medicare Advantage (Sunrise Senior Choice), auth # ⟦ID|PA-22-1010-3377⟧ for HH.
⟦NAME|Consuelo Baca⟧, RN, CCM, ⟦PHONE|ext. 3-4120⟧
"""),

("appointment reminder text-message log", """
SMS OUTREACH LOG -- ⟦FACILITY|Greenfield Valley Clinic⟧ (auto-generated)
To ⟦PHONE|+14085550136⟧ (⟦NAME|Siddharth Raghunathan⟧)  ⟦DATE|2023-10-30⟧ 09:00  "Reminder: Endocrinology visit ⟦DATE|Nov 2⟧ 8:40 AM with Dr. ⟦NAME|Chou⟧. Reply C to confirm. Check in early: ⟦URL|https://gvc-example.org/ci/9XKQ42⟧"  -- reply: C
To ⟦PHONE|+14085550187⟧ (⟦NAME|Heather McAllister-Young⟧)  ⟦DATE|2023-10-30⟧ 09:00  "Your lab results are ready. View securely: ⟦URL|https://portal.gvc-example.org/r/a81f-77c2⟧"  -- delivered
To ⟦PHONE|+16505550112⟧ (⟦NAME|Duc Anh Vo⟧)  ⟦DATE|2023-10-30⟧ 09:01  "Reminder: colonoscopy prep starts ⟦DATE|11/1⟧. Instructions: ⟦URL|gvc-example.org/prep/golytely-split⟧"  -- reply: "what if I already ate", routed to GI RN ⟦NAME|Stone⟧
To ⟦PHONE|+14085550101⟧ (⟦NAME|Bill Hartigan⟧)  ⟦DATE|2023-10-30⟧ 09:01  undeliverable -- landline; staff to call.
Opt-out received from ⟦PHONE|+16695550163⟧ (⟦NAME|Rose Kim⟧) on ⟦DATE|10/29/2023⟧.
"""),
]

NOTES += [
("neurology consult", """
NEUROLOGY CONSULT NOTE   ⟦DATE|Jan. 22, 2024⟧ 16:30
Pt: ⟦NAME|Oduya, Emmanuel K.⟧  MRN ⟦MRN|6618830⟧  Loc: 9 North, rm 914 bed 2
Requested by ⟦NAME|Hope Lindqvist⟧, NP (hospital medicine) for "episodes of unresponsiveness".
HPI: 34M, no prior neuro hx, with 3 witnessed episodes since ⟦DATE|1/19⟧ of staring, lip-smacking and fumbling with the right hand, 1-2 min each, followed by 15 min confusion. Wife ⟦NAME|Adaeze⟧ recorded one and uploaded it to a private link: ⟦URL|https://vid.example-share.com/v/qE7m2LxT⟧ (reviewed). Prodrome of rising epigastric sensation and deja vu. No tongue biting, no incontinence.
Exam: alert, oriented x3, fluent speech, naming and repetition intact. CN II-XII intact. Strength 5/5 throughout, no pronator drift. Reflexes 2+ symmetric, toes downgoing (Babinski negative), Hoffmann negative. Sensation intact. FTN and HKS normal, Romberg negative. Gait normal, tandem intact.
Data: MRI brain w/wo ⟦DATE|1/21/2024⟧: left mesial temporal sclerosis (increased T2/FLAIR signal, hippocampal atrophy). Routine EEG: left anterior temporal sharp waves.
Impression: focal impaired-awareness seizures, left temporal lobe epilepsy, likely from L MTS.
Recs: levetiracetam 500 mg BID (Keppra), titrate to 1000 mg BID; seizure precautions; no driving per state law (6 months seizure-free in this state); outpatient epilepsy clinic with Dr. ⟦NAME|Ngozi Chukwuemeka⟧ at ⟦FACILITY|Eastbrook Comprehensive Epilepsy Center⟧ in 4-6 weeks; consider video-EEG and surgical evaluation if refractory.
-- ⟦NAME|Tomás Echeverría⟧, MD, Neurology resident, pager ⟦PHONE|614-555-0103⟧; staffed with ⟦NAME|Willa Kingsley⟧, MD
"""),

("oncology consult", """
MEDICAL ONCOLOGY NEW PATIENT CONSULTATION
⟦FACILITY|Northfield Breast Center⟧ / ⟦FACILITY|Harbor Cancer Institute⟧
Date: ⟦DATE|Sept 28 2023⟧     Patient: ⟦NAME|Folasade Adebayo-Williams⟧     MRN ⟦MRN|MR-771-0934⟧
Referring surgeon: ⟦NAME|Tomasz Wiśniewski⟧, MD

54-year-old postmenopausal woman with left breast IDC, grade 2, ER 95%, PR 40%, HER2 FISH non-amplified (ratio 1.4, copy number 3.1), Ki-67 18%, diagnosed on core biopsy ⟦DATE|9/12/23⟧ (accession ⟦ID|S23-14471⟧). MRI breast: 3.8 cm mass, no additional lesions, no axillary adenopathy. Clinical stage cT2 N0 M0, anatomic stage IIA; prognostic stage IB.
Family history: mother with breast cancer at 61; maternal aunt ovarian cancer with a BRCA1 pathogenic variant. Patient has not had germline testing.
Plan:
1. Germline panel (BRCA1, BRCA2, PALB2, CHEK2, ATM, TP53, PTEN, CDH1) -- sample sent today, genetic counseling with ⟦NAME|Rachel Ferreira⟧, MS, CGC.
2. Proceed to surgery first (lumpectomy + SLNB vs mastectomy pending genetics). Oncotype DX on surgical specimen; if RS > 25 will recommend adjuvant chemotherapy (TC x4).
3. Adjuvant endocrine therapy with an aromatase inhibitor (letrozole) x 5-10 years; baseline DEXA.
4. Tumor board ⟦DATE|10/04/2023⟧.
Patient prefers e-mail for scheduling: ⟦EMAIL|fola.adebayowilliams@examplemail.com⟧. Lives at ⟦ADDRESS|1426 Beacon Street, Unit 2R, Brookline, MA⟧ ⟦ZIP|02446⟧.
⟦NAME|Xiaoming Liang⟧, MD, PhD
"""),

("dialysis unit monthly note", """
⟦FACILITY|RIVERPOINT DIALYSIS⟧ -- MONTHLY NEPHROLOGIST PROGRESS NOTE   ⟦DATE|Mar '21⟧
Patient: ⟦NAME|Beauregard, Clement⟧   Chair 14, MWF 2nd shift   Unit MRN ⟦MRN|RPD-40177⟧   CMS-2728 on file, SSN ⟦SSN|433-07-9212⟧
⟦AGE>89|92⟧ y/o man, ESRD from DKD, HD since 2017 via L brachiocephalic AVF.
Adequacy: spKt/V 1.42, URR 74%. Avg IDWG 2.1 kg. EDW 68.5 kg (reassessed -- cramping last 3 tx, raise to 69.0).
Labs (⟦DATE|3/2/21⟧): Hgb 10.4, ferritin 612, TSAT 28%, Ca 8.9, phos 5.8, PTH 512, albumin 3.6, K 5.3.
Access: good thrill and bruit, no aneurysmal changes; last fistulogram ⟦DATE|11/2020⟧.
Treatment flowsheets: ⟦URL|https://riverpoint-example.net/chart/RPD-40177/flow⟧
Plan: Mircera unchanged; increase sevelamer to 1600 mg TID with meals; start cinacalcet 30 mg. Dietitian (⟦NAME|Marigold Eze⟧, RD) to review phos binders with granddaughter ⟦NAME|Celeste⟧ who packs his meals.
Goals of care: pt states "at ⟦AGE>89|92⟧ I'll keep coming as long as I can walk in." MOLST full treatment. Transport: county van from ⟦ADDRESS|Route 3 Box 77, Opelousas, LA⟧ ⟦ZIP|70570⟧.
Dr. ⟦NAME|Jean-Baptiste Thibodeaux⟧, Nephrology
"""),

("anticoagulation clinic telephone note", """
ANTICOAGULATION CLINIC -- phone INR management
⟦FACILITY|Lakeshore Heart and Vascular⟧   ⟦DATE|3/20/2023⟧
Pt: ⟦NAME|Kazimierz Zielinski⟧  ⟦AGE>89|90⟧yo  MRN ⟦MRN|LKS-0091224⟧  Indication: mechanical AVR (On-X) + AF, goal INR 2.5-3.5
INR today (POC at home by son): 2.2 -- below goal. Missed no doses. Ate more salads this week per son ⟦NAME|Bogdan⟧.
Current: warfarin 3 mg daily except 4.5 mg Mon/Fri (weekly 24 mg).
Plan: 4.5 mg tonight then new weekly 25.5 mg (4.5 mg Mon/Wed/Fri, 3 mg other days); recheck INR ⟦DATE|3/27⟧.
Travel: traveling to Poland ⟦DATE|4/2⟧ - ⟦DATE|5/14⟧. Letter in English prepared for treating physician; INR self-testing meter to travel with them; weekly results to be e-mailed to ⟦EMAIL|anticoag@lakeshore-example.org⟧ from ⟦EMAIL|bogdan.zielinski58@examplemail.pl⟧.
-- ⟦NAME|Oksana Melnyk⟧, PharmD, CACP
"""),

("insurance appeal letter", """
⟦FACILITY|Harbor Cancer Institute⟧
⟦ADDRESS|600 Harborside Drive, 5th Floor, Boston, MA⟧ ⟦ZIP|02210⟧
⟦DATE|December 4, 2023⟧

Appeals and Grievances, Commonwealth Choice Health Plan
⟦ADDRESS|PO Box 9021, Boston, MA⟧ ⟦ZIP|02114⟧

RE: EXPEDITED APPEAL -- denial of Oncotype DX Breast Recurrence Score
Member: ⟦NAME|Folasade Adebayo-Williams⟧   DOB ⟦DATE|2/11/1969⟧   Member ID ⟦ID|CCH-55871204⟧   Subscriber: ⟦NAME|Olumide Williams⟧ (spouse), subscriber SSN ⟦SSN|024-55-1380⟧
Member SSN (required on plan form): ⟦SSN|031-62-7745⟧
Denial reference # ⟦ID|DN-23-4418902⟧ dated ⟦DATE|11/29/2023⟧

To whom it may concern,
I am writing to appeal the denial of the 21-gene recurrence score assay for my patient. She has a 3.6 cm, node-negative (pT2 pN0(sn)), ER-positive, HER2-negative invasive ductal carcinoma. NCCN guidelines (category 1) and ASCO recommend a multigene assay to guide adjuvant chemotherapy in exactly this setting; the assay is the standard of care and is cost-saving by avoiding unnecessary chemotherapy. A peer-to-peer review can be scheduled via ⟦PHONE|(617) 555-0177⟧ or ⟦EMAIL|xliang@harborcancer-example.org⟧. Supporting documents are also available at ⟦URL|https://docs.harborcancer-example.org/appeals/DN-23-4418902⟧.

Sincerely,
⟦NAME|Xiaoming Liang⟧, MD, PhD
"""),
]

NOTES += [
("colonoscopy procedure report", """
ENDOSCOPY REPORT -- ⟦FACILITY|Greenfield Valley Endoscopy Center⟧
Patient: ⟦NAME|Vo, Duc Anh⟧   DOB: ⟦DATE|1968/07/15⟧   MRN: ⟦MRN|GV-33810472⟧   Procedure date: ⟦DATE|11/02/2023⟧
Endoscopist: ⟦NAME|Farhan Qureshi⟧, MD   Nurse: ⟦NAME|Liam O'Rourke⟧, RN   Anesthesia: MAC (propofol) by ⟦NAME|Ji-woo Park⟧, CRNA
Indication: screening colonoscopy, average risk, age 55; FIT positive ⟦DATE|9/2023⟧.
Prep: split-dose GoLytely; Boston Bowel Prep Scale 8 (3/3/2).
Findings: cecum reached (appendiceal orifice and ileocecal valve photographed), withdrawal time 11 min.
- 12 mm pedunculated polyp sigmoid colon at 25 cm (Paris 0-Ip), removed with hot snare, 1 clip placed.
- Two 4 mm sessile polyps transverse colon, cold snare.
- Moderate sigmoid diverticulosis. Small internal hemorrhoids.
Impression: 3 polyps removed; pathology pending. Photos: ⟦URL|https://endo-images.gvc-example.org/study/1.2.840.99841.7731.20231102⟧
Recommendations: await pathology; repeat colonoscopy in 3 years if adenomas; avoid NSAIDs x 7 days; resume aspirin in 5 days.
Report sent to PCP Dr. ⟦NAME|Mercedes Alvarado⟧ via fax ⟦PHONE|650.555.0146⟧.
"""),

("home sleep apnea test report", """
HOME SLEEP APNEA TEST (HSAT) INTERPRETATION
Lab: ⟦FACILITY|Cape Fear Pulmonary and Sleep⟧ Sleep Center   Study #: ⟦ID|HSAT-24-00831⟧
Patient: ⟦NAME|Garrett Lee Stone⟧   DOB ⟦DATE|05-19-1977⟧   Address: ⟦ADDRESS|611 Pine Hollow Rd, Burgaw, NC⟧ ⟦ZIP|28425⟧   BMI 38.4   Neck 18 in   Epworth 15/24   STOP-BANG 6
Recording night: ⟦DATE|1/11/2024⟧; device returned ⟦DATE|1/12/2024⟧; data uploaded from patient's home hub ⟦IP|71.88.214.5⟧ to ⟦URL|https://sleepcloud.example-devices.com/studies/HSAT-24-00831⟧.
Recording time 7 h 12 min; monitoring time 6 h 48 min.
REI (AHI 4%): 38.2 events/h -- severe. Supine REI 61.0, non-supine 19.4. ODI 36. SpO2 nadir 79%, time < 88%: 41 min. Snoring 62% of night. Pulse 58-104.
Impression: Severe obstructive sleep apnea.
Recommendations: auto-CPAP 6-16 cm H2O with heated humidification; mask fitting by DME; follow-up in 6-8 weeks with download; counsel on drowsy driving (commercial driver -- DOT medical examiner to be informed).
DME order sent to ⟦FACILITY|Coastal Respiratory Supply⟧, ⟦EMAIL|orders@coastalresp-example.com⟧.
Interpreting physician: ⟦NAME|Emeka Nwosu⟧, MD, D-ABSM  NPI ⟦ID|1689302214⟧
"""),

("financial counseling note", """
FINANCIAL COUNSELING -- Medicaid / charity care screening
⟦FACILITY|Riverside General Hospital⟧   ⟦DATE|03/10/2023⟧   Counselor: ⟦NAME|Guadalupe Serrano⟧
Patient: ⟦NAME|Le, Thanh Huong⟧ MRN ⟦MRN|6620-0418⟧ SSN ⟦SSN|568-31-0947⟧
Household (3): patient; children ⟦NAME|Le Bao Anh⟧ (DOB ⟦DATE|02/03/2014⟧, SSN ⟦SSN|611-58-2034⟧) and ⟦NAME|Le Minh⟧ (DOB ⟦DATE|08/21/2016⟧, SSN ⟦SSN|611-58-7761⟧).
Address verified: ⟦ADDRESS|2150 Fulton Ave, #3, Sacramento, CA⟧ ⟦ZIP|95825⟧ (utility bill). Mailing: ⟦ADDRESS|PO Box 41188, Sacramento, CA⟧ ⟦ZIP|95841⟧.
Income: last 30 days $1,840 (paystubs); household at 98% FPL.
Medi-Cal application submitted online, confirmation ⟦ID|MC-2023-0310-77412⟧; presumptive eligibility granted today. Charity care application for balance ⟦DATE|3/1⟧-⟦DATE|3/9⟧ approved at 100%.
Patient e-mail for notices: ⟦EMAIL|huong.le.nails@examplemail.com⟧. County worker: ⟦NAME|Darnell Price⟧, ⟦EMAIL|dprice@sac-county-dhs.example.gov⟧.
"""),

("patient portal thread, caregivers", """
MyHealth Portal -- conversation #⟦ID|5581207⟧ -- patient ⟦NAME|Margit Lindqvist⟧ (proxy access)
[⟦DATE|02/27/2024⟧ 19:02] ⟦NAME|Ingrid Sorensen⟧ (proxy, ⟦EMAIL|ingrid.sorensen@examplemail.com⟧, IP ⟦IP|65.128.9.240⟧):
  Aunt ⟦NAME|Margit⟧ is home from the hospital. She is ⟦AGE>89|94⟧ and very tired. Her feet are more swollen since they stopped the Lasix. Should we restart it? Also who do I send the SNF refusal form to? Picture of her ankles: ⟦URL|https://photos.example-share.com/a/Lq82ZZk⟧
[⟦DATE|02/28/2024⟧ 08:15] ⟦NAME|Nils Sorensen⟧ (second proxy, ⟦EMAIL|nils.s.1961@examplemail.com⟧, IP ⟦IP|65.128.9.241⟧):
  Adding: she weighed 61.4 kg this morning, 59.8 at discharge.
[⟦DATE|02/28/2024⟧ 11:40] ⟦NAME|Teresa Quintanilla⟧, RN (clinic):
  Thank you both. Dr. ⟦NAME|Reinholt⟧ reviewed: restart furosemide 20 mg daily today, BMP on Friday at the lab (no appointment needed). Weight gain of 1.6 kg plus edema -- please call ⟦PHONE|651-555-0170⟧ if she is short of breath. Forms can be uploaded at ⟦URL|https://myhealth.lakeside-example.org/forms/upload⟧ or faxed to ⟦PHONE|651-555-0179⟧.
"""),

("ED sign-out, lower case", """
ed sign out 0700 ⟦DATE|12/24/22⟧ -- ⟦NAME|okonkwo⟧ to ⟦NAME|delacroix⟧
rm 3: mrs ⟦NAME|whitlock⟧ ⟦AGE>89|92⟧yo fall on thinners (eliquis), ct head neg, ct c-spine neg, hip xr neg. needs pt eval + ambulation trial. son ⟦NAME|russ⟧ coming at 9 (⟦PHONE|555-201-0198⟧)
rm 7: 89 y/o m chest pain, trop 14 -> 16, ecg nsr no stemi, heart score 5. obs admit to tele, hospitalist (dr ⟦NAME|hall⟧) accepted, waiting on bed 4w-12
rm 11: 26f abd pain, hcg neg, us r ovary ok, no torsion. ua pending. dispo likely home
hall bed 2: etoh intox, "⟦NAME|bubba⟧", no id, ~50s m, sleeping it off, reassess 1000, ciwa q4
rm 15: ⟦NAME|nguyen, kevin⟧ 31m lac r forearm 6 cm, repaired 4-0 ethilon x 8, tdap given, dc'd
fast track all clear. psych hold rm 19 (⟦NAME|j. amankwah⟧), awaiting bed at ⟦FACILITY|pinecrest behavioral⟧, papers on chart
"""),
]

# "hall bed 2" is a hallway bed in the ED sign-out, not Dr. Hall.
ALLOW_UNLABELLED[52] = {"hall"}

NOTES += [
("employee health exposure note", """
EMPLOYEE HEALTH -- BLOOD/BODY FLUID EXPOSURE
⟦FACILITY|Eastbrook Occupational Health Clinic⟧   ⟦DATE|2024-04-16⟧ 02:30
Employee: ⟦NAME|Kateryna Bondarenko⟧, RN, 5 East; employee ID ⟦ID|EB-0088213⟧; SSN ⟦SSN|318-40-2275⟧ (for workers' comp first report)
Home: ⟦ADDRESS|77 Linden St, Apt 3, Columbus, OH⟧ ⟦ZIP|43215⟧; ⟦EMAIL|k.bondarenko@examplemail.com⟧; ⟦PHONE|614-555-0196⟧
Exposure: percutaneous, 25G needle after SC enoxaparin injection, left index finger, 0140 on ⟦DATE|4/16⟧. Gloves on. Washed with soap and water immediately.
Source patient: MRN ⟦MRN|40088127⟧, consented to rapid HIV (negative), HBsAg and HCV Ab pending. Source not known to have HIV/HBV/HCV.
Employee: Hep B vaccinated, anti-HBs 84 ⟦DATE|2019-08-02⟧ (immune). Tetanus current. Baseline HIV, HCV Ab, HBsAb drawn.
PEP: not indicated pending source results (low risk, source HIV rapid negative). Counseled; follow-up with employee health ⟦DATE|4/17⟧ for source results.
Supervisor ⟦NAME|Daniela Ferrante⟧ notified. Incident report ⟦ID|SR-24-06612⟧ filed. Clinician: ⟦NAME|Moses Abernathy⟧, PA-C.
"""),

("physical therapy home evaluation", """
HOME HEALTH PT EVALUATION -- ⟦FACILITY|Bluegrass Home Care Services⟧
Pt: ⟦NAME|Pruitt, Hollis Mae⟧, aged ⟦AGE>89|93⟧, address ⟦ADDRESS|RR 2 Box 418, Hazard, KY⟧ ⟦ZIP|41701⟧. Eval ⟦DATE|11/02/2022⟧.
Dx: deconditioning after CHF admission, falls risk. PLOF: independent household ambulation with cane, drove to church until age ⟦AGE>89|90⟧.
Home: single-wide trailer, 4 steps to enter with L rail only, tub/shower combo without grab bars, throw rugs, wood stove.
Objective: Tinetti 14/28 (high fall risk). TUG 24 s with cane. 30-s chair stand 4. BERG 33/56. Gait: decreased step length, path deviation, slow cadence. Strength hips 3+/5, knees 4-/5. Vitals stable, SpO2 94% on RA with exertion.
Plan: PT 2w4; gait training with rolling walker (ordered), home exercise program (video link sent to grandson's e-mail ⟦EMAIL|dalepruitt88@examplemail.com⟧: ⟦URL|https://hep.example-rehab.com/p/HMPruitt-4417⟧), remove throw rugs, install grab bars (church volunteer ⟦NAME|Amos Combs⟧ agreed). Recommend medical alert pendant.
⟦NAME|Travis Whitt⟧, PT, DPT
"""),

("echocardiogram report", """
TRANSTHORACIC ECHOCARDIOGRAM
⟦FACILITY|Allegheny Heart Rhythm Center⟧ Echo Lab   Study date: ⟦DATE|06/03/2024⟧   Study ID: ⟦ID|ECH-240603-118⟧
Patient: ⟦NAME|Hargreaves, Ivy⟧   Age: ⟦AGE>89|90⟧   Sex: F   MRN: ⟦MRN|31790046⟧   Ht 152 cm Wt 48 kg BSA 1.42   BP 148/62   HR 74
Indication: syncope, 3/6 systolic murmur.
Findings: LV normal size, LVEF 60-65% (biplane Simpson), concentric LVH (IVSd 1.3 cm), grade I diastolic dysfunction. RV normal, TAPSE 2.0 cm.
Aortic valve: severely calcified trileaflet valve with severely reduced leaflet excursion. Peak velocity 4.6 m/s, mean gradient 52 mmHg, AVA (VTI) 0.62 cm2, indexed 0.44 cm2/m2, DVI 0.21. Severe aortic stenosis (stage D1).
Mitral: mild MAC, mild MR. TR trace, RVSP 34 mmHg. No pericardial effusion. IVC < 2.1 cm, collapses > 50%.
Conclusion: severe calcific aortic stenosis with preserved EF. Compared with study ⟦DATE|07/19/2022⟧ (mean gradient 31 mmHg), progressed.
Images: ⟦URL|https://pacs.alleghenyheart-example.org/viewer?study=ECH-240603-118⟧ (read from workstation ⟦IP|10.12.40.61⟧).
Reading physician: ⟦NAME|Abigail Young-Osei⟧, MD, FASE. Result routed to Dr. ⟦NAME|Kenji Morimoto⟧ and structural heart team (TAVR evaluation).
"""),

("registration kiosk address change", """
DEMOGRAPHICS CHANGE AUDIT -- self check-in kiosk
⟦FACILITY|Westgate Internal Medicine⟧ lobby kiosk K2 (⟦IP|10.88.3.22⟧)   ⟦DATE|07/08/2024⟧ 08:51
Patient: ⟦NAME|O'Neill-Matsumoto, Fiona⟧  MRN ⟦MRN|WIM-220431⟧  identity verified with DOB ⟦DATE|3/3/1982⟧ + photo ID (driver's licence ⟦ID|D412-5590-8817⟧)
Field             | Old value                                      | New value
Address line      | ⟦ADDRESS|19 Harbor View Rd, Unit B, Portland, ME⟧ | ⟦ADDRESS|1040 Congress St, Apt 407, Portland, ME⟧
ZIP               | ⟦ZIP|04101⟧                                          | ⟦ZIP|04102⟧
Mobile            | ⟦PHONE|(207) 555-0134⟧                               | ⟦PHONE|(207) 555-0180⟧
E-mail            | ⟦EMAIL|fiona.oneill@examplemail.com⟧                  | ⟦EMAIL|fom.1982@examplemail.com⟧
Preferred pharmacy| ⟦FACILITY|Back Cove Pharmacy⟧                             | ⟦FACILITY|Munjoy Hill Apothecary⟧
SSN (added, was blank) | --                                        | ⟦SSN|004-81-6629⟧
Portal invitation re-sent: ⟦URL|https://portal.westgate-example.org/activate?code=7GQ2-MM4L⟧
Reviewed by front desk ⟦NAME|Brianna Cote⟧.
"""),
]

NOTES += [
("online new-patient intake form", """
NEW PATIENT ONLINE INTAKE -- submitted ⟦DATE|2024-09-03⟧ 21:17 from ⟦IP|98.203.77.140⟧ (form ⟦URL|https://intake.coastalrheum-example.com/f/np?ref=ref-4471⟧)
Practice: ⟦FACILITY|Coastal Rheumatology Associates⟧
Legal name: ⟦NAME|Adaora Chinwe Eze-Lawson⟧      Preferred name: ⟦NAME|Ada⟧      Pronouns: she/her
Date of birth: ⟦DATE|1961-12-05⟧      SSN: ⟦SSN|240-19-5573⟧      Sex at birth: F
Home address: ⟦ADDRESS|5 Tidewater Ct, Leland, NC⟧ ⟦ZIP|28451⟧      Mailing: same
Email: ⟦EMAIL|ada.ezelawson@examplemail.com⟧      Cell: ⟦PHONE|+1-910-555-0115⟧
Referred by: Dr. ⟦NAME|Sunil Mehta⟧      How did you hear about us: friend ⟦NAME|Imelda⟧
Emergency contact: husband ⟦NAME|Warren Lawson⟧, ⟦PHONE|910-555-0116⟧, ⟦EMAIL|warren.lawson@examplemail.com⟧
Reason for visit (patient's words): "hands stiff every morning for 2 hours, knuckles swollen, my mother had lupus. My doctor said my ANA is 1:640 speckled."
Lives with: husband and her father (⟦AGE>89|91⟧), whom she cares for.
Symptoms checked: morning stiffness, dry eyes, dry mouth, Raynaud's (fingers turn white in cold), mouth ulcers. Not checked: rash, hair loss, chest pain with breathing.
Medications: ibuprofen 600 mg prn, levothyroxine 88 mcg, vitamin D.
Upload: outside labs (⟦URL|https://intake.coastalrheum-example.com/files/8d41c0⟧).
"""),

("discharge instructions letter to patient", """
⟦FACILITY|University of Eastbrook Medical Center⟧ -- YOUR DISCHARGE INSTRUCTIONS
For: ⟦NAME|Luz Marina Ramírez⟧      Date: ⟦DATE|Friday, March 5, 2021⟧
Mailed copy to: ⟦ADDRESS|3901 Parsons Ave, Apt 1A, Columbus, OH⟧ ⟦ZIP|43207⟧

You had your gallbladder removed (laparoscopic cholecystectomy) on ⟦DATE|March 4⟧.
- You may shower in 24 hours. Do not soak in a tub or swim for 2 weeks.
- No lifting more than 10 pounds for 2 weeks.
- Pain: acetaminophen 1000 mg every 8 hours; oxycodone 5 mg every 6 hours only if needed (12 tablets). Take a stool softener (docusate) while on oxycodone.
- Call if fever above 101.5 F, yellow skin or eyes, vomiting, or redness at the incisions.
Follow-up: post-op video visit with ⟦NAME|Aaliyah Grant⟧, PA-C, on ⟦DATE|03/18/2021⟧ at 2:15 PM. Join here: ⟦URL|https://video.uemc-example.org/v/ramirez-lm-0318⟧
Questions: surgery clinic ⟦PHONE|(614) 555-0152⟧; after hours ask for the surgeon on call.
Your pathology results will be posted at ⟦URL|https://mychart.uemc-example.org/results/002918834⟧; a message will go to ⟦EMAIL|luzmarina.ramirez@examplemail.com⟧ when ready.
Prescriptions sent to: ⟦FACILITY|Parsons Avenue Community Pharmacy⟧, ⟦ADDRESS|3650 Parsons Ave, Columbus, OH⟧ ⟦ZIP|43207⟧.
"""),
]

# ---- end of notes ----


def parse(marked: str) -> tuple[str, list[list]]:
    """Strip the ⟦TYPE|text⟧ markup; return plain text and [start, end, TYPE] spans into it."""
    plain, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        plain.append(before)
        length += len(before)
        kind, surface = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"unknown span type {kind!r} in {m.group(0)!r}")
        if surface != surface.strip():
            raise ValueError(f"span has surrounding whitespace: {m.group(0)!r}")
        spans.append([length, length + len(surface), kind])
        plain.append(surface)
        length += len(surface)
        pos = m.end()
    plain.append(marked[pos:])
    text = "".join(plain)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"malformed markup left in text near {text[text.find('⟦' if '⟦' in text else '⟧') - 40:][:80]!r}")
    return text, spans


def check(note_id: str, text: str, spans: list[list], marked: str, allow: set[str]) -> None:
    """Fail loudly on a span that does not match its markup, overlaps another, or a name left unlabelled."""
    surfaces = [m.group(2) for m in MARK.finditer(marked)]
    last_end = -1
    for (start, end, kind), surface in zip(spans, surfaces):
        if text[start:end] != surface:
            raise AssertionError(f"{note_id}: span {start}:{end} {kind} is {text[start:end]!r}, marked {surface!r}")
        if start < last_end:
            raise AssertionError(f"{note_id}: span {start}:{end} {kind} overlaps the previous span")
        if start >= end:
            raise AssertionError(f"{note_id}: empty span at {start}")
        last_end = end
    covered = [False] * len(text)
    for start, end, _ in spans:
        covered[start:end] = [True] * (end - start)
    # Every name word and every other identifier string labelled once must be labelled wherever it recurs.
    needles = set()
    for start, end, kind in spans:
        if kind == "NAME":
            needles.update(w for w in re.findall(r"[^\W\d_][\w'-]*", text[start:end]) if len(w) >= 3)
        elif end - start >= 4:
            needles.add(text[start:end])
    for needle in sorted(needles - allow):
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            if not all(covered[m.start():m.end()]):
                raise AssertionError(f"{note_id}: {needle!r} at {m.start()} is labelled elsewhere but not here")


def build() -> list[dict]:
    records = []
    for number, (_genre, marked) in enumerate(NOTES, start=1):
        note_id = f"heldout3-{number:02d}"
        text, spans = parse(marked.strip("\n"))
        check(note_id, text, spans, marked.strip("\n"), ALLOW_UNLABELLED.get(number, set()))
        records.append({"id": note_id, "source": "handwritten", "text": text, "spans": spans})
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = Counter(kind for record in records for _, _, kind in record["spans"])
    print(f"wrote {len(records)} notes, {sum(counts.values())} spans to {OUT}")
    for kind in TYPES:
        print(f"  {kind:9s} {counts.get(kind, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
