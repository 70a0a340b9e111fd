#!/usr/bin/env python3
"""Blind held-out de-identification test set (set 9).

Synthetic US hospital-system notes with inline markup [[TYPE:surface]].
Running this script strips the markup, validates the spans and writes
eval_heldout9.jsonl and COUNTS.txt next to this file.
All people, numbers, addresses and institutions are invented.
"""
import json
import os
import re
import sys
from collections import Counter

N = 9
TYPES = ["NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP",
         "URL", "IP", "AGE>89", "ID", "FACILITY"]

DOCS = []


def doc(s):
    DOCS.append(s.strip("\n"))


# ---------------------------------------------------------------- 01 ED triage
doc(r"""
[[FACILITY:CEDAR VALLEY HEALTH]] | EMERGENCY DEPARTMENT TRIAGE RECORD
Location: [[FACILITY:Saint Brendan Medical Center]] ED, Bay 14
Patient: [[NAME:OKONKWO, ADEBAYO C]]      MRN: [[MRN:SB00482193]]      CSN: [[ID:7730045821]]
DOB: [[DATE:07/22/1961]] (62 y)     Sex: M     Preferred language: English
Arrival: [[DATE:03/14/2024]] 02:41 via EMS (Medic 7, [[ADDRESS:Harlan County]] Fire/EMS)
Address on file: [[ADDRESS:2231 Old Mill Rd]], [[ADDRESS:Bellbrook]], OH [[ZIP:45305]]
Home: [[PHONE:(937) 555-0148]]     Cell: [[PHONE:937-555-0193]]
Emergency contact: [[NAME:Ngozi Okonkwo]] (spouse) [[PHONE:937.555.0177]]
Coverage: Medicare A/B MBI [[ID:1EG4-TE5-MK72]]; secondary Anthem member ID [[ID:YRH884120357]], group [[ID:0047719]]
PCP: [[NAME:Laura Mendelsohn]], DO - [[FACILITY:Bellbrook Family Practice]] (fax [[PHONE:937-555-0160]])

CHIEF COMPLAINT: "pressure in my chest like somebody sitting on it" since ~00:30.
VITALS: BP 168/94 | HR 104 | RR 22 | SpO2 93% RA | T 36.9 C | Pain 8/10 | Wt 102 kg | BMI 33.4
ESI: 2     Sepsis screen: neg     BE-FAST: neg     C-SSRS: no risk identified
Morse fall score 25 (low).

TRIAGE HPI: 62 yo M w/ HTN, DM2, HLD, CAD s/p PCI to LAD in 2017 at [[FACILITY:Riverbend Heart Institute]].
Substernal pressure radiating to L jaw, diaphoretic, nauseated. Took 1 NTG from an old bottle at home
(expired 2022) without relief. Reports he stopped clopidogrel in [[DATE:3/2023]] "because the
pharmacy said it was done." Last A1c per pt "about 8." Denies cocaine use. Works nights as a
forklift operator at [[FACILITY:Dunmore Logistics]] distribution center.

ALLERGIES: sulfa (rash); shellfish (hives); no latex allergy
HOME MEDS: metformin 1000 mg BID; Jardiance 10 mg daily; atorvastatin 80 mg qHS; lisinopril 20 mg daily
ACTIONS: 12-lead obtained 02:46 and shown to Dr. [[NAME:Anjali Patel]] at 02:47 (STEMI alert NOT
activated per MD; repeat ECG q15 min x2). ASA 324 mg chewed 02:49. IV 18g L AC. Troponin, CBC,
BMP, lipase, PT/INR drawn. Pt to Room 22 (resus side).
Valuables: wallet, phone, wedding ring - given to wife.
Triage RN: [[NAME:Kathleen Brennan-Hale]], RN   badge [[ID:40917]]   [[DATE:03/14/2024]] 02:58
""")

# ---------------------------------------------------------------- 02 ED physician
doc(r"""
EMERGENCY DEPARTMENT PHYSICIAN NOTE
[[FACILITY:Cedar Valley Health - Eastside Emergency]]
Date of service: Saturday, [[DATE:September 7, 2024]]

HISTORY OF PRESENT ILLNESS: [[NAME:Marisol Quintero-Bravo]] is a 27-year-old G2P1 Spanish-speaking
woman who presents with right lower quadrant pain. History obtained through in-person interpreter
[[NAME:Rafael Domínguez]] (interpreter ID [[ID:INT-88213]]) and her husband [[NAME:Tomás]], who also
provided collateral. Pain began periumbilically on Thursday evening ([[DATE:9/5]]) after dinner and
migrated to the RLQ overnight. Associated anorexia, two episodes of nonbloody emesis, subjective
fevers. LMP [[DATE:8/19/24]], regular. She works the morning shift at [[FACILITY:Lakeshore Poultry]]
in [[ADDRESS:Millersport]] and had to leave work early yesterday. No prior abdominal surgery. Her
older child attends [[FACILITY:Whitmore Elementary]] and had a "stomach bug" last week.

PMH: gestational diabetes in first pregnancy (2021), resolved. Iron-deficiency anemia.
PSH: none. MEDS: prenatal vitamin (not currently pregnant), ferrous sulfate 325 mg.
ALLERGIES: NKDA. SOCIAL: no tobacco, rare EtOH, no drugs.

EXAM: T 38.2 C, HR 112, BP 118/72, RR 18, SpO2 99%. Ill-appearing but nontoxic. Abdomen soft,
focal tenderness at McBurney's point with voluntary guarding; positive Rovsing sign; psoas sign
positive; obturator sign equivocal. No CVA tenderness. Pelvic exam deferred by patient preference
after discussion with interpreter; chaperone [[NAME:Jenna Kowalczyk]], RN present for abdominal exam.

MDM: Alvarado score 8. Differential includes appendicitis, ovarian torsion, ruptured cyst, PID,
ectopic (excluded: urine and serum hCG negative). WBC 16.4 with left shift, CRP 48. CT A/P with IV
contrast: dilated 11 mm appendix with periappendiceal fat stranding, no abscess or free air.
Discussed with general surgery, Dr. [[NAME:Henrik Lindqvist]], who will take her to the OR tonight.
Started piperacillin-tazobactam 4.5 g IV, ondansetron, morphine 4 mg IV x1 with relief.
Husband's cell for updates: [[PHONE:(740) 555-0136]]. Preferred pharmacy: [[FACILITY:Kroger Pharmacy]]
on [[ADDRESS:Canal St]].

DISPOSITION: Admit to general surgery, condition fair. Case discussed with attending
Dr. [[NAME:Olusegun Adeyemi]], who saw and examined the patient.
Electronically signed: [[NAME:Priya Venkataraman]], MD (PGY-2) [[DATE:09/07/2024]] 21:14
Cosigned: [[NAME:Olusegun Adeyemi]], MD [[DATE:09/08/2024]] 00:32
""")

# ---------------------------------------------------------------- 03 ICU flowsheet
doc(r"""
*** MICU FLOWSHEET EXPORT (TEXT) ***  [[FACILITY:Saint Brendan Medical Center]]  Unit 5W  Bed 12
Pt: [[NAME:HASKELL, DOREEN M]]   MRN [[MRN:SB00917364]]   FIN [[ID:2403110087]]   DOB [[DATE:02/09/1949]]
Admit: [[DATE:03/11/2024]]   Attending: [[NAME:R. Iyer]]   Day RN: [[NAME:T. Castellanos]]   Night RN: [[NAME:B. Oyelaran]]
Flowsheet date: [[DATE:03/13/24]]

TIME  | HR  | BP      | MAP | RR | SpO2 | FiO2 | PEEP | RASS | CPOT | Temp
0400  | 96  | 102/58  | 72  | 18 | 95   | 40   | 8    | -2   | 1    | 37.8
0800  | 101 | 94/51   | 65  | 20 | 94   | 40   | 8    | -2   | 2    | 38.1
1200  | 88  | 110/60  | 77  | 18 | 96   | 35   | 8    | -1   | 0    | 37.4
1600  | 84  | 118/64  | 82  | 16 | 97   | 30   | 5    | 0    | 0    | 37.1

DRIPS: norepinephrine 0.08 -> 0.04 mcg/kg/min (weaned 1130); propofol 30 mcg/kg/min; fentanyl 50 mcg/h
VENT: Hamilton C6 s/n [[ID:HC6-114872]]; AC/VC 450/18/+8/40% -> PSV 10/5 SBT at 1300 (passed 30 min)
LINES: R IJ triple-lumen CVC (placed [[DATE:3/11]], day 3); L radial arterial line (placed [[DATE:3/11]],
modified Allen test normal); PIV 20g R FA. Foley (placed [[DATE:3/11]]) - CAUTI bundle reviewed.
DRAINS: none. SKIN: Braden 12; stage 2 sacral PI present on admission, Mepilex applied.
I/O (24 h): in 2,840 mL / out 1,910 mL; net +930. UOP 45-70 mL/h.
LABS 0400: Na 131 | K 5.1 | Cl 99 | HCO3 19 | BUN 38 | Cr 1.9 (baseline 1.1) | lactate 2.4 -> 1.6
ABG 0500: 7.31/44/82/21 on 40%.
MICRO: BCx [[DATE:3/11]] x2 - GNR in 1/2 bottles (E. coli, pan-S pending). UCx >100K E. coli.
CAM-ICU: unable to assess (RASS -2) at 0800; negative at 1600.
FAMILY: daughter [[NAME:Shirley Haskell-Ybarra]] updated by phone [[PHONE:(513) 555-0122]] at 1930 by [[NAME:B. Oyelaran]];
son [[NAME:Curtis]] (lives in [[ADDRESS:Fort Wayne]]) to visit [[DATE:3/14]]. Code status: FULL. HCPOA: daughter.
EVENTS: 1315 extubated to 4 L NC after SBT, tolerating. Chaplain Fr. [[NAME:Dominic Mwangi]] visited at pt request.
Pump: Alaris channel B replaced (error 212.7), biomed notified.
Note entered by [[NAME:T. Castellanos]], RN [[DATE:03/13/2024]] 18:42
""")

# ---------------------------------------------------------------- 04 Operative note (dictation)
doc(r"""
OPERATIVE REPORT
[[FACILITY:Northgate Surgical Pavilion]], a department of [[FACILITY:Cedar Valley Health]]

PATIENT: [[NAME:Whitfield, Gordon R.]]          MRN: [[MRN:0044-183-907]]
DATE OF OPERATION: [[DATE:10/02/2023]]
SURGEON: [[NAME:Henrik Lindqvist]], MD, FACS
ASSISTANT: [[NAME:Mei-Ling Cho]], PA-C
ANESTHESIA: General endotracheal, Dr. [[NAME:Fatima Rahimi]]

PREOPERATIVE DIAGNOSIS: Acute calculous cholecystitis.
POSTOPERATIVE DIAGNOSIS: Gangrenous cholecystitis.
PROCEDURE: Laparoscopic converted to open cholecystectomy, intraoperative cholangiogram.
EBL: 250 mL. FLUIDS: 1,800 mL LR. SPECIMEN: gallbladder to pathology. DRAINS: 19 Fr Blake drain.
COMPLICATIONS: none apparent.

INDICATIONS: This is a 58-year-old man with three days of right upper quadrant pain, positive
Murphy's sign, and ultrasound showing a 14 mm stone impacted in the neck with pericholecystic fluid.
Risks including bile duct injury, bleeding, infection and conversion to open were discussed and
consent was signed in the presence of his wife, [[NAME:Deborah Whitfield]].

DESCRIPTION: The patient was placed supine, and after induction a time-out was performed. The abdomen
was prepped with ChloraPrep and draped. A Hasson trocar was placed at the umbilicus using open
technique, and pneumoperitoneum established to 15 mmHg. Three 5 mm ports were placed under direct
vision. The gallbladder was tense and necrotic at the fundus with dense omental adhesions. It was
decompressed with a needle aspirator. Despite careful dissection with a Maryland dissector, the
triangle of Calot could not be safely defined and a critical view of safety could not be obtained.
Decision was made to convert. A right subcostal (Kocher) incision was made. The gallbladder was
taken down dome-down with electrocautery (Bovie). The cystic artery was ligated between 2-0 silk ties
using a right-angle and a Kelly clamp. Cholangiogram via the cystic duct showed free flow into the
duodenum without filling defects. The cystic duct was doubly ligated with 0 Vicryl Endoloop.
Hemostasis was confirmed. A 19 French Blake drain was left in Morison's pouch and secured with
3-0 nylon. Fascia was closed in two layers with #1 PDS, skin with staples. Sponge, needle and
instrument counts were correct x2, confirmed by circulator [[NAME:Ayesha Farooqui]], RN and scrub tech
[[NAME:Luis Ocampo]]. The patient was extubated and taken to PACU in stable condition.

I was present and scrubbed for the entire procedure.
Dictated by: [[NAME:Henrik Lindqvist]], MD     Job #: [[ID:558120]]
D: [[DATE:10/02/2023]] 16:10     T: [[DATE:10/03/2023]] 07:55     Transcriptionist: [[NAME:mlb]]
cc: [[NAME:Raymond Szabo]], MD, [[FACILITY:Oak Hollow Internal Medicine]], fax [[PHONE:614-555-0109]]
""")

# ---------------------------------------------------------------- 05 Anesthesia preop (age>89)
doc(r"""
ANESTHESIA PRE-PROCEDURE EVALUATION
Patient: [[NAME:Beatrice Annunziata Lombardi]]   MRN: [[MRN:SB00388120]]   DOB: [[DATE:11-Jan-1933]]
Age: [[AGE>89:91]] y   Procedure: R hip hemiarthroplasty   Surgeon: [[NAME:K. Abernathy]]
Scheduled: [[DATE:14-Feb-2024]], OR 6, add-on     Location: [[FACILITY:Saint Brendan Medical Center]]

HPI: [[AGE>89:91]] yo F from [[FACILITY:Willow Crest Care Center]] (long-term care) with mechanical fall
[[DATE:2/12]] resulting in displaced R femoral neck fracture. Baseline: ambulates with rolling
walker, oriented to self and place, mild dementia (Alzheimer type) per facility notes.
History from patient, niece/HCPOA [[NAME:Carla Lombardi-Reyes]] ([[PHONE:717-555-0184]]), and facility
RN [[NAME:Oksana Kravchenko]].

PMH: HTN; HFpEF (EF 55% on TTE [[DATE:08/2023]]); CKD 3b (Cr 1.6); hypothyroid (Hashimoto);
osteoporosis; PMR on prednisone 5 mg; remote TIA. No hx of PONV or malignant hyperthermia.
Family hx: sister had "trouble waking up" after surgery at age 88.
PSH: L TKA 1998, cholecystectomy, cataract extraction OU.
MEDS: metoprolol succinate 25 mg, furosemide 20 mg, levothyroxine 75 mcg, prednisone 5 mg,
apixaban 2.5 mg BID (last dose [[DATE:2/12]] 08:00), donepezil 5 mg.
ALLERGIES: codeine (confusion), penicillin (childhood rash).

AIRWAY: Mallampati III, TMD > 3 FB, limited neck extension, full upper denture (removed), lower
partial. Mouth opening adequate. Anticipate Mac 3 / Miller 2; glidescope available.
CV: RRR, 2/6 SEM RUSB. Lungs: bibasilar crackles. Neuro: A&O x2.
LABS: Hgb 10.1, Plt 188, INR 1.2, K 4.8, Cr 1.6, eGFR 29.
ECG: NSR, LAFB, QTc 462.

ASSESSMENT: ASA IV. RCRI 2 (CKD, HF). High risk for postoperative delirium.
PLAN: Spinal anesthesia preferred (apixaban last dose > 48 h by OR time - ASRA criteria met) with
light dexmedetomidine sedation; backup GETA. Fascia iliaca block in preop for analgesia. Avoid
benzodiazepines, anticholinergics and meperidine per Beers criteria. Stress-dose hydrocortisone
50 mg IV. Discussed risks including death; niece confirms DNR but OK for intubation during the
procedure only ("procedure-specific DNR suspension"). Consent obtained by phone with witness
[[NAME:Ji-hoon Park]], RN.
Anesthesiologist: [[NAME:Fatima Rahimi]], MD   pager [[PHONE:4-1187]]   [[DATE:02/13/2024]] 19:20
""")

# ---------------------------------------------------------------- 06 L&D delivery note
doc(r"""
LABOR & DELIVERY - DELIVERY SUMMARY
[[FACILITY:Cedar Valley Women's Pavilion]]  Room LDR 7
Mother: [[NAME:DeShawna Renee Pruitt]]   MRN [[MRN:CV7730021]]   DOB [[DATE:5/30/1996]]   G3 P1021 -> P2022
EDD: [[DATE:6/18/2024]] (by 8w US)   GA at delivery: 39w2d   Blood type O pos, Ab screen neg
GBS: positive (rectovaginal swab [[DATE:5/22/24]]) - PCN G x3 doses, adequate IAP
Prenatal care: [[FACILITY:Eastgate OB/GYN Associates]], Dr. [[NAME:Ifeoma Nwachukwu]] (14 visits)

ADMISSION [[DATE:6/11/2024]] 05:15 in spontaneous labor, SVE 4/80/-1, Bishop score 9.
Epidural placed 07:40 by Dr. [[NAME:Alexei Sokolov]]. AROM 09:05 clear fluid. Complete at 13:22.
Pushed 38 min. Category I FHR tracing throughout except brief variable decels 2nd stage.

DELIVERY: [[DATE:6/11/2024]] 14:00. NSVD of a live female infant over intact perineum -> 2nd degree
laceration repaired with 3-0 Vicryl Rapide. Delayed cord clamping 60 s. Nuchal cord x1, reduced.
Placenta delivered spontaneously 14:09, intact, 3-vessel cord. EBL 350 mL (QBL). Pitocin 30 U/500 mL
postpartum. Fundus firm.
INFANT: "Baby Girl [[NAME:Pruitt]]" MRN [[MRN:CV7730058]]; wt 3,410 g; Apgars 8/9 at 1/5 min;
skin-to-skin immediately; breastfeeding initiated at 14:40.
Cord blood banking: private bank, collection kit # [[ID:CBR-4471-0926]].
Pediatrician: Dr. [[NAME:Samuel Oyelowo]], [[FACILITY:Pinecrest Pediatrics]].

SUPPORT: FOB [[NAME:Marcus Bell]] present and cut cord; doula [[NAME:Hope Akins]] present. Mother's
mother [[NAME:Gloria Pruitt]] in waiting room. Pt requests FOB be listed on birth certificate
worksheet; paternity acknowledgment form given.
Contraception plan: Nexplanon prior to discharge. Tdap given in 3rd trimester. Rubella immune.
Delivering provider: [[NAME:Ifeoma Nwachukwu]], MD   Nurse: [[NAME:Rosa Villanueva]], RN
Signed [[DATE:06/11/2024]] 15:02
""")

# ---------------------------------------------------------------- 07 Peds well-child
doc(r"""
[[FACILITY:Pinecrest Pediatrics]] - Well Child Check (4 year)
Clinic: [[FACILITY:Pinecrest Pediatrics]], [[ADDRESS:4410 Brookside Pkwy, Suite 200]], [[ADDRESS:Westerville]], OH [[ZIP:43081]]
Pt: [[NAME:Ethan Xiong]]   DOB: [[DATE:04-03-2020]]   MRN: [[MRN:PP-118274]]   Visit: [[DATE:04-08-2024]]
Accompanied by: mother [[NAME:Mai Vang]] and grandmother (Hmong interpreter by phone, ID [[ID:311207]])

Interval hx: Healthy since last visit. Attends [[FACILITY:Little Acorns Learning Center]] 3 days/week.
Picky eater, drinks ~24 oz whole milk/day (counseled). Snores some nights, no witnessed apneas.
Sleeps 10-11 h. Sister [[NAME:Lily]] (7) had strep last month; brother [[NAME:Kou]] (11 mo) seen here
as well. Family dog ("Pickles") at home. No smokers in home. Lives with parents, 3 siblings and
grandmother in [[ADDRESS:Minerva Park]]. Father [[NAME:Tou Xiong]] works 2nd shift at
[[FACILITY:Hillcrest Tool & Die]].

Development (ASQ-3 at 48 mo): communication 50, gross motor 55, fine motor 40, problem solving 50,
personal-social 55 - all above cutoff. Speaks in sentences in Hmong and English; counts to 10;
draws a person with 3 parts; hops on one foot. Denver II not repeated.

Exam: Wt 16.2 kg (45th %ile), Ht 103 cm (50th %ile), BMI 15.3 (40th %ile). BP 96/58. Vision:
20/32 OU (Sloan/LEA), hearing OAE pass. Tonsils 2+, no exudate. Teeth: no caries; has dental home
at [[FACILITY:Smile Bright Kids Dentistry]]. Heart RRR, no murmur. GU: Tanner 1, testes descended.
Skin: 2 cafe-au-lait macules <5 mm (not meeting NF1 criteria).

Immunizations today: DTaP (Daptacel lot U5512AA), IPV (IPOL lot X1044), MMR II lot Y003821,
Varivax lot Y009914 - VIS given, mother consented. Flu vaccine declined this season.
Lead: 1.0 mcg/dL ([[DATE:4/2022]]). Hgb 12.1.

Plan: Return at age 5 or sooner. Follow up snoring - consider ENT (Dr. [[NAME:Okafor]] at
[[FACILITY:Kestrel Bay Children's Hospital]]) if worsens. Mom's cell on file [[PHONE:614-555-0171]];
prefers texts. Portal proxy set up for [[EMAIL:maivang.family@example.net]].
[[NAME:Rebecca Thornquist]], MD
""")

# ---------------------------------------------------------------- 08 Psychiatry intake
doc(r"""
PSYCHIATRIC INTAKE EVALUATION - [[FACILITY:Cedar Valley Behavioral Health]], Adult Outpatient
Date: [[DATE:January 16, 2024]]       Clinician: [[NAME:Naomi Feld]], PMHNP-BC
Patient: [[NAME:Gregory "Greg" Alan Marchetti]]       DOB [[DATE:1/30/1979]]       MRN [[MRN:BH-20931]]

Identifying data / reason for referral: Mr. [[NAME:Marchetti]] is a 44-year-old divorced white male,
referred by his PCP Dr. [[NAME:Yusuf Haddad]] after a PHQ-9 of 21 and a disclosure of passive death
wishes. He presents alone, arrived on time, and states "I just don't see the point of getting up
anymore."

HPI: Depressed mood for ~8 months, worse since his divorce from [[NAME:Kristen Marchetti]] was
finalized on [[DATE:October 3rd]]. Now sees his two sons ([[NAME:Dylan]], 14 and [[NAME:Owen]], 11)
every other weekend. He was laid off from [[FACILITY:Tri-County Millwork]] in [[DATE:June 2023]]
after 16 years and currently drives for a rideshare app part-time. Reports initial insomnia, weight
loss of ~15 lb, anhedonia (stopped bowling league), poor concentration, guilt. Passive SI ("it would
be easier if I didn't wake up") several times per week; denies active plan or intent; owns a
shotgun, which he agreed during this visit to let his brother [[NAME:Vincent]] hold. C-SSRS: positive
for wish to be dead, negative for active ideation, no behavior. No HI. No psychotic symptoms.
Denies manic episodes (MDQ negative).

Past psychiatric hx: One prior episode in his 20s treated with sertraline by student health at
[[FACILITY:Kent State University]]. No hospitalizations, no suicide attempts.
Substance: drinks 4-6 beers most nights since the layoff (AUDIT-C 8). Former smoker. Cannabis
"occasionally." Denies opioids or stimulants.
Family hx: father with alcohol use disorder, died at 61; maternal uncle died by suicide in 1994.
Social: lives alone in an apartment at [[ADDRESS:88 Garfield Ave, Unit 3]], [[ADDRESS:Kent]], OH
[[ZIP:44240]]. Attends [[FACILITY:St. Casimir Parish]] sporadically. Supports: brother (cell
[[PHONE:330-555-0145]]), friend [[NAME:Dwayne Tibbs]].
Legal: one OVI in 2009.

MSE: Casually dressed, fair hygiene, psychomotor slowing, poor eye contact. Speech soft, normal rate.
Mood "empty." Affect constricted, tearful at times. TP linear. TC: passive SI as above, no HI,
no delusions. Perception: no AH/VH. Cognition: alert, oriented x4. Insight fair, judgment fair.

Assessment: Major depressive disorder, single episode (recurrent by history), severe, without
psychotic features; alcohol use disorder, mild-moderate. Suicide risk: moderate chronic,
low-moderate acute; protective factors include his children and engagement in care.
Plan: start sertraline 50 mg daily; safety plan completed and copy given; firearm to brother
(verified by phone call to [[NAME:Vincent Marchetti]] during session); 988 and crisis line reviewed;
weekly therapy with [[NAME:Tamara Oduya]], LISW-S; labs (CBC, CMP, TSH, GGT); f/u 2 weeks
([[DATE:1/30/24]]). Will message PCP via [[URL:https://portal.cedarvalleyhealth.example/provider]].
""")

# ---------------------------------------------------------------- 09 Oncology treatment summary
doc(r"""
CANCER TREATMENT SUMMARY AND SURVIVORSHIP CARE PLAN
[[FACILITY:Cedar Valley Cancer Institute]] - Breast Oncology Program

Patient: [[NAME:Thi Lan Nguyen]] (goes by "[[NAME:Lana]]")    DOB: [[DATE:1974-08-15]]    MRN: [[MRN:CV5512094]]
Medical oncologist: Dr. [[NAME:Rachel Abramowitz]]    Surgeon: Dr. [[NAME:Olivia Bancroft-Shaw]]
Radiation oncologist: Dr. [[NAME:Kwame Mensah]], [[FACILITY:Lakeview Radiation Oncology Center]]
Primary care: Dr. [[NAME:Minh Tran]], [[FACILITY:Little Saigon Community Clinic]], [[ADDRESS:Garden Grove]], CA

DIAGNOSIS: Left breast invasive ductal carcinoma, grade 3, diagnosed [[DATE:2023-02-27]] (core biopsy,
accession [[ID:SP23-004517]]). ER 0%, PR 0%, HER2 1+ (IHC) - triple negative. Ki-67 70%.
Clinical stage cT2 cN1 M0 (stage IIB). Genetic testing: germline BRCA2 pathogenic variant
(c.5946delT) - cascade testing recommended for sister [[NAME:Thi Hoa Nguyen]] and daughter
[[NAME:Vivian Pham]].

TREATMENT:
- Neoadjuvant KEYNOTE-522 regimen: pembrolizumab (Keytruda) 200 mg q3w + carboplatin/paclitaxel
  x12 weeks ([[DATE:2023-03-20]] to [[DATE:2023-06-05]]), then pembrolizumab + AC (doxorubicin/
  cyclophosphamide) x4 cycles ([[DATE:2023-06-26]] to [[DATE:2023-08-28]]).
- Port: Bard PowerPort placed [[DATE:2023-03-14]], serial [[ID:RFB2290471]], removed [[DATE:2024-05-02]].
- Surgery: L mastectomy + SLNB (3 nodes, 0 positive) with immediate tissue expander,
  [[DATE:2023-10-10]]. Pathology: pCR (ypT0 ypN0), RCB-0.
- Radiation: PMRT 50 Gy / 25 fx to L chest wall + regional nodes, [[DATE:2023-11-20]] to
  [[DATE:2023-12-26]].
- Adjuvant pembrolizumab to complete 1 year, last dose [[DATE:2024-04-15]].
Clinical trial: enrolled in NCT04895358 (survivorship exercise substudy), subject [[ID:CVCI-0417]];
no investigational drug given.

TOXICITIES: grade 2 peripheral neuropathy (improving, now grade 1); immune-related hypothyroidism
(on levothyroxine 88 mcg since [[DATE:Aug 2023]]); grade 3 neutropenia cycle 2 AC requiring
pegfilgrastim; LVEF 62% -> 58% on echo (within normal).

SURVEILLANCE PLAN: H&P q3-6 months x 3 years; annual R breast MRI alternating with mammogram;
risk-reducing BSO discussed (BRCA2) - referred to gyn onc Dr. [[NAME:Sandeep Kulkarni]]; TSH q6 months.
Survivorship visit scheduled [[DATE:2024-07-09]] with [[NAME:Carmen Alvarado]], NP.
Patient's preferred contact: [[PHONE:714-555-0138]]; email [[EMAIL:lana.nguyen74@example.com]].
Prepared by [[NAME:Rachel Abramowitz]], MD on [[DATE:2024-05-20]].
""")

# ---------------------------------------------------------------- 10 Radiology CT PE
doc(r"""
RADIOLOGY REPORT
[[FACILITY:SAINT BRENDAN MEDICAL CENTER]] - DEPARTMENT OF IMAGING
EXAM: CT ANGIOGRAPHY CHEST (PE PROTOCOL)          ACCESSION: [[ID:CT24031400218]]
PATIENT: [[NAME:OKONKWO, ADEBAYO C]]     MRN: [[MRN:SB00482193]]     DOB: [[DATE:07/22/1961]]
ORDERING: [[NAME:PATEL, ANJALI]] MD     LOCATION: ED-22     EXAM DATE: [[DATE:03/14/2024]] 04:12

CLINICAL INDICATION: Chest pain, hypoxia, elevated D-dimer 1.8. Wells score 4.5.
TECHNIQUE: Helical CT of the chest after IV administration of 75 mL Omnipaque 350. Bolus tracking
on the main pulmonary artery. Multiplanar reformats. DLP 412 mGy-cm. Dose reduction techniques used.
COMPARISON: CT chest without contrast [[DATE:11/02/2021]] ([[FACILITY:Greene County Regional Hospital]],
images imported via PACS push).

FINDINGS:
Pulmonary arteries: Adequate opacification (main PA 410 HU). Filling defects in the right lower lobe
segmental and subsegmental arteries and in the left lower lobe posterior basal segmental artery,
consistent with acute pulmonary emboli. No saddle embolus. RV/LV ratio 1.1. Mild reflux of contrast
into the IVC. Interventricular septum normal in position.
Heart/mediastinum: Coronary artery calcification (LAD stent). No pericardial effusion.
Lungs: Small peripheral wedge-shaped opacity RLL (image 214/388), possible early infarct.
Bibasilar dependent atelectasis. 4 mm RUL nodule (image 88), stable since 2021.
Pleura: Trace R effusion. Upper abdomen: Hepatic steatosis. 1.2 cm L adrenal nodule, -3 HU,
consistent with adenoma.
Bones: Degenerative changes. No suspicious lesions.

IMPRESSION:
1. Acute bilateral lower lobe pulmonary emboli. RV/LV ratio 1.1, suggesting possible right heart
   strain; correlate with echo and troponin/BNP.
2. Possible early RLL pulmonary infarct.
3. Stable 4 mm RUL nodule; no follow-up needed per Fleischner if low risk.
4. Benign L adrenal adenoma; no follow-up needed.

CRITICAL RESULT: Findings #1 communicated by Dr. [[NAME:Ilse Vandermeer]] to Dr. [[NAME:Patel]] by telephone
(ext. [[PHONE:6-2240]]) at 04:31 on [[DATE:03/14/2024]]; read-back confirmed.
Dictated by: [[NAME:Ilse Vandermeer]], MD, Body Imaging      Signed: [[DATE:03/14/2024]] 04:36
Workstation: RAD-RR3 ([[IP:10.44.18.207]])
""")

# ---------------------------------------------------------------- 11 Surgical pathology
doc(r"""
SURGICAL PATHOLOGY REPORT                          Case: [[ID:S24-011873]]
[[FACILITY:Cedar Valley Health Laboratory Services]], [[ADDRESS:1700 Hospital Drive]], [[ADDRESS:Columbus]], OH [[ZIP:43215-1122]]
CLIA [[ID:36D0998812]]    Medical Director: [[NAME:Harold Ngata]], MD

Patient: [[NAME:Prescott, Lionel J., Jr.]]     MRN: [[MRN:CV3391027]]     DOB: [[DATE:12/05/1955]]     Sex: M
Collected: [[DATE:04/22/2024]]    Received: [[DATE:04/22/2024]]    Reported: [[DATE:04/26/2024]]
Submitting: Dr. [[NAME:Chinedu Eze]], Urology, [[FACILITY:Northgate Surgical Pavilion]]
Copy to: Dr. [[NAME:Amy Lindgren]]

CLINICAL HISTORY: 68 yo M, PSA 9.4, PI-RADS 4 lesion L peripheral zone on MRI. Prior benign
biopsy 2019.

SPECIMENS:
A. Prostate, left base, core biopsy
B. Prostate, left mid, core biopsy
C. Prostate, left apex, core biopsy
D. Prostate, right base, core biopsy
E. Prostate, right mid/apex, core biopsy
F. Prostate, MRI target lesion (ROI 1), core biopsies x3

FINAL DIAGNOSIS:
A. Adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 1 of 2 cores, 30% of tissue.
   Pattern 4: 10%.
B. Adenocarcinoma, Gleason score 4+3=7 (Grade Group 3), 2 of 2 cores, 60% and 45%.
   Perineural invasion present.
C. Benign prostatic tissue.
D. High-grade PIN. No carcinoma.
E. Benign prostatic tissue with chronic inflammation.
F. Adenocarcinoma, Gleason score 4+4=8 (Grade Group 4), 3 of 3 cores, up to 80%, 11 mm.
   Cribriform pattern present. No extraprostatic extension identified in cores.

GROSS: Received in six formalin-filled containers labeled with the patient's name ("[[NAME:Lionel Prescott]]")
and DOB and A-F. Each contains tan-white cylindrical cores 0.8-1.7 cm. Entirely submitted
A1-F3. Grossed by [[NAME:Yelena Markovic]], PA(ASCP) on [[DATE:4/23/24]].
Immunohistochemistry (block B1): p63 and HMWCK absent in atypical glands; AMACR positive.
Controls appropriate.

COMMENT: Findings discussed with Dr. [[NAME:Eze]] on [[DATE:4/26/2024]] at 10:05. Intradepartmental
consultation with Dr. [[NAME:Sunil Bhattacharya]], who agrees. Cribriform pattern in F confers
higher risk. Ki-67 not performed.

Electronically signed out by [[NAME:Rosalind Achterberg]], MD, [[DATE:04/26/2024]] 14:41
This test was performed at the laboratory named above. Billing account [[ID:ACCT-9930187744]].
""")

# ---------------------------------------------------------------- 12 Nursing handoff SBAR
doc(r"""
RN Handoff (SBAR) - 6 North Med/Surg - 1900 shift change
From: [[NAME:Shanice Greer]], RN -> To: [[NAME:Paulo Ferreira]], RN

Rm 614-B  [[NAME:Abdi, Hodan]]  (MRN [[MRN:SB01229934]])  34F  Somali interpreter needed (ID [[ID:81142]] on
the iPad, or in-person [[NAME:Faisal]] from language services)
S: POD1 lap appy. Pain controlled on oxycodone 5 mg q4h prn (last 1630). Tolerating clears.
B: Admitted [[DATE:7/21]] from ED. No PMH. Husband [[NAME:Abdirahman Warsame]] at bedside, going home
  at 2100; call him for any change [[PHONE:612-555-0124]].
A: VSS, afebrile. Incisions CDI. Voided x2. Ambulated hall x2 with standby assist.
R: Advance diet to regular in AM if ok. SCDs on in bed. Possible DC tomorrow - needs PCP appt
  at [[FACILITY:Cedar-Riverside Family Health]].

Rm 615  [[NAME:Kowalski, Edmund]]  (MRN [[MRN:SB00270015]])  78M
S: CHF exacerbation, day 3. Lasix 40 IV BID. Net -1.2 L today. Weight 88.4 kg (was 91.0 [[DATE:7/19]]).
B: Hx AFib on Eliquis, CKD3, gout. Lives alone; daughter [[NAME:Janine]] comes from [[ADDRESS:Eau Claire]].
A: 2L NC, sats 94%. Crackles bases. K 3.4 -> replaced 40 mEq PO at 1700, recheck AM. Confused
  briefly at 1500 (thought it was [[DATE:July 4th]]), reoriented easily. CAM negative.
R: Bed alarm on, fall risk (Morse 55). Strict I&O. Daily weight 0500 on standing scale.
  PT/OT recommends SNF - CM ([[NAME:Lorraine]]) working on it, pt prefers
  [[FACILITY:Lutheran Haven]] near his church.

Rm 617  [[NAME:Baptiste, Jean-Robert]]  (MRN [[MRN:SB00811456]])  52M
S: DKA resolved, off insulin drip at 1400, on glargine 22 u + lispro sliding scale.
B: T1DM, poor access to insulin (lost job at [[FACILITY:Metro Transit Authority]] in [[DATE:May]]).
  Haitian Creole preferred; speaks English well. Wife [[NAME:Nadège]].
A: BG 212 at 1600, 188 at 1700 (correction 2 u given). AG closed (11).
R: Diabetes educator [[NAME:Connie Ruiz-Whitaker]] to see tomorrow; SW referral for insulin
  assistance (Lilly Cares) placed. Needs A1c (not yet drawn).

Charge RN tonight: [[NAME:Deb]]; charge phone x[[PHONE:4-5561]] (not a pager).
""")

# ---------------------------------------------------------------- 13 Social work assessment
doc(r"""
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Unit: 4 East Medicine     Referral source: RN / housing screen positive     Date: [[DATE:11/29/2023]]
Patient: [[NAME:Raymond Two Bulls]]     MRN [[MRN:SB00655201]]     Age 57

Reason for referral: Pt admitted [[DATE:11/27]] with cellulitis of L leg and alcohol withdrawal. Reports
he has been unhoused for ~5 months, staying at [[FACILITY:Lower Bottoms Men's Shelter]] some nights and
in his truck (1998 Ford Ranger, plate [[ID:HXT 4471]]) other nights, usually parked behind the
gas station on [[ADDRESS:Parsons Ave]].

Background: Pt is an enrolled member of the Oglala Lakota Nation, grew up near [[ADDRESS:Pine Ridge]],
SD, moved to Ohio in the 1990s for work. Previously employed as a roofer with [[FACILITY:Buckeye Roofing & Siding]] until a fall injury (workers' comp claim [[ID:BWC 21-884730]], closed). Income:
none currently; SSDI application denied [[DATE:August 2023]], appeal pending. Has a sister,
[[NAME:Winona Two Bulls-Hart]], in [[ADDRESS:Rapid City]] ([[PHONE:605-555-0119]]), with whom he has
"on and off" contact; she is listed as his emergency contact. No children. Former partner
[[NAME:Denise Caldwell]] (no contact).

Mental health/substance: Daily EtOH (1 pint vodka). Attended AA at [[FACILITY:First Lutheran Church]]
in the past. Interested in residential treatment - prefers a program with Native American
services. No current outpatient psychiatric care.
Legal: Open misdemeanor (trespass); probation officer Officer [[NAME:Trent Mabry]],
[[ADDRESS:Franklin County]] Adult Probation, [[PHONE:614-555-0191]]. Court date [[DATE:12/14/2023]].
Insurance: Ohio Medicaid (CareSource) ID [[ID:9073318824]] - active.
ID documents: has state ID; SSN card lost. Last 4 of SSN per pt: [[SSN:4471]] (verified with
registration).

Assessment: 57M experiencing chronic homelessness with AUD, limited income, disability claim
pending, and legal involvement; strengths include motivation for treatment, family connection, and
faith community.

Plan:
1. Referral sent to [[FACILITY:Maryhaven]] (residential SUD) - intake coordinator [[NAME:Luz Ocasio]],
   fax [[PHONE:614-555-0102]]; bed availability [[DATE:12/4]].
2. Contacted [[FACILITY:Native American Indian Center of Central Ohio]] re: culturally specific support.
3. Coordinated Entry (housing) assessment completed; VI-SPDAT score 11.
4. Legal aid referral for SSDI appeal; provided number for [[FACILITY:Legal Aid Society of Columbus]].
5. Will assist with replacing SS card after discharge.
[[NAME:Carolyn Mbeki-Strand]], LISW-S, ext. [[PHONE:4-7720]]
""")

# ---------------------------------------------------------------- 14 Case management
doc(r"""
CASE MANAGEMENT - DISCHARGE PLANNING NOTE
Pt: [[NAME:Kowalski, Edmund F]]  MRN [[MRN:SB00270015]]  DOB [[DATE:03/03/1946]]  Admit [[DATE:07/18/2024]]  Unit 6N-615
Payer: Medicare Advantage - Humana Gold Plus HMO, member [[ID:H59872201-01]]; auth required for SNF.
CM: [[NAME:Lorraine Dubois-Okeke]], RN, BSN, CCM   ph [[PHONE:(608) 555-0140]]   fax [[PHONE:(608) 555-0141]]

Met with pt and daughter [[NAME:Janine Kowalski-Freund]] (POA, cell [[PHONE:715-555-0166]], lives in
[[ADDRESS:Eau Claire]]) at bedside [[DATE:7/22]] 10:15. PT/OT recommend SNF for short-term rehab
(ambulates 40 ft with RW, mod assist transfers). Pt initially refused ("I'm going home to my
house") but agreed after discussion. Home: 2-story at [[ADDRESS:517 Juniper Ln]], [[ADDRESS:Menomonie]],
WI [[ZIP:54751]]; 14 steps to bedroom; lives alone with cat. Neighbor [[NAME:Art Lindahl]] checks on him.

SNF REFERRALS (sent via Epic Careport [[DATE:7/22]] 11:40):
 1. [[FACILITY:Lutheran Haven Rehabilitation]]    [[ADDRESS:Menomonie]]   ph [[PHONE:715-555-0110]]   - ACCEPTED [[DATE:7/22]] 15:30, bed [[DATE:7/24]]
 2. [[FACILITY:Red Cedar Health & Rehab]]         [[ADDRESS:Menomonie]]   ph [[PHONE:715-555-0112]]   - pending clinicals
 3. [[FACILITY:Maple Glen Care Center]]           [[ADDRESS:Chippewa Falls]]  ph [[PHONE:715-555-0115]] - declined (no male bed)
Pt/daughter choice: #1 (near his church, [[FACILITY:Our Savior's Lutheran]]).

Humana auth submitted [[DATE:7/22]] 16:05 via portal; reference [[ID:HUM-PA-77310925]]; reviewer
[[NAME:Tonya Beckwith]]; approved [[DATE:7/23]] for 7 days, next review [[DATE:7/30]].
Transport: wheelchair van, [[FACILITY:Chippewa Valley MedTrans]], pickup [[DATE:7/24]] 11:00, confirmation
[[ID:CVM-55821]]. Daughter to bring clothes.
IMM (Important Message from Medicare) 2nd copy delivered [[DATE:7/23]] 09:10 - signed by daughter.
Meds to Beds: Eliquis and new torsemide filled by inpatient pharmacy.
PCP follow-up: Dr. [[NAME:Hannah Sjoberg]], [[FACILITY:Dunn County Family Clinic]], within 7 days of SNF DC;
cardiology f/u Dr. [[NAME:Vikram Desai]] [[DATE:8/19/2024]] 1:40 PM.
Barriers: none remaining. Expected DC [[DATE:7/24/2024]].
""")

# ---------------------------------------------------------------- 15 Discharge summary
doc(r"""
DISCHARGE SUMMARY
[[FACILITY:Saint Brendan Medical Center]] - Hospital Medicine
Patient: [[NAME:Svetlana Igorevna Morozova]]     MRN: [[MRN:SB00144872]]     Acct: [[ID:60021788432]]
DOB: [[DATE:9/17/1951]]     Admission: [[DATE:12/26/2023]]     Discharge: [[DATE:01/02/2024]]
Attending: [[NAME:Gabriel Achebe]], MD     PCP: [[NAME:Irina Volkova]], MD ([[FACILITY:Brighton Family Medicine]])
Consultants: Nephrology (Dr. [[NAME:Tanaka]]), Infectious Disease (Dr. [[NAME:Lucía Fernández-Ortega]])

PRINCIPAL DIAGNOSIS: Sepsis due to left pyelonephritis with obstructing 7 mm UVJ stone.
SECONDARY: AKI on CKD 3a; type 2 diabetes with hyperglycemia; paroxysmal AFib with RVR;
Parkinson disease; hypothyroidism.

HOSPITAL COURSE:
Ms. [[NAME:Morozova]] is a 72-year-old Russian-speaking woman brought in by her son [[NAME:Dmitri]] on
[[DATE:December 26]] with 2 days of fever, rigors and L flank pain. In the ED she was febrile to 39.4,
HR 128 (AFib), BP 84/46, lactate 4.1. She received 30 mL/kg crystalloid and ceftriaxone, then
norepinephrine briefly in the ICU ([[DATE:12/26]]-[[DATE:12/27]]). CT showed a 7 mm left UVJ stone with
moderate hydronephrosis and perinephric stranding. Urology (Dr. [[NAME:Chinedu Eze]]) placed a left
ureteral stent emergently on [[DATE:12/26]]. Blood and urine cultures grew E. coli (ESBL-negative),
pan-sensitive except ampicillin. Transitioned to oral cefpodoxime [[DATE:12/30]] to complete 14 days
(through [[DATE:1/8]]).
AKI: Cr peaked 2.9 (baseline 1.3) and improved to 1.5 at discharge. Metformin held; will restart
if Cr < 1.5 at follow-up. Losartan held.
AFib: Rate controlled with metoprolol; CHA2DS2-VASc 5. Had been on warfarin via
[[FACILITY:Brighton Anticoagulation Clinic]]; INR supratherapeutic (4.6) on admission due to
antibiotics; warfarin held x2 days then resumed at lower dose. Discharge INR 2.4.
Parkinson: continued carbidopa-levodopa 25/100 TID on schedule (Parkinson's protocol - time-critical
meds). Mild delirium day 2-3 resolved with non-pharmacologic measures.
Hypothyroid: TSH 3.2, continue levothyroxine.

DISCHARGE MEDICATIONS:
- cefpodoxime 200 mg PO BID through [[DATE:1/8/2024]] (NEW)
- metoprolol tartrate 50 mg PO BID (CHANGED from 25 mg)
- warfarin 3 mg Mon/Wed/Fri, 4.5 mg other days (CHANGED)
- carbidopa-levodopa 25/100 1 tab TID (unchanged)
- levothyroxine 50 mcg daily (unchanged)
- HOLD metformin 1000 mg BID and losartan 50 mg until seen by PCP

FOLLOW-UP:
- PCP Dr. [[NAME:Volkova]] on [[DATE:1/5/2024]] at 10:20 (BMP, INR)
- Urology Dr. [[NAME:Eze]] in 2-3 weeks for definitive ureteroscopy; stent must be removed or exchanged
  by [[DATE:3/26/2024]]. Scheduling: [[PHONE:(718) 555-0150]]
- Anticoag clinic INR check [[DATE:1/4]]
Condition at discharge: stable. Disposition: home with son; home PT via [[FACILITY:Coney Home Health]].
Russian interpreter used for all discharge teaching ([[NAME:Anna Belova]], staff interpreter).
Discharge address: [[ADDRESS:3100 Ocean Pkwy, Apt 6F]], [[ADDRESS:Brooklyn]], NY [[ZIP:11235]].
[[NAME:Gabriel Achebe]], MD - [[DATE:01/02/2024]] 15:47 - total time 42 minutes
""")

# ---------------------------------------------------------------- 16 Interfacility transfer form
doc(r"""
INTERFACILITY TRANSFER FORM / EMTALA CERTIFICATION
SENDING FACILITY: [[FACILITY:Millbrook Regional Hospital]]   [[ADDRESS:201 E. Church St]], [[ADDRESS:Millbrook]], KY [[ZIP:40361]]
RECEIVING FACILITY: [[FACILITY:University of Bluegrass Medical Center]] - Neuro ICU
Accepting physician: Dr. [[NAME:Nadia Hussaini]] (Neurocritical Care)   Accepted: [[DATE:05/19/2024]] 22:48
Transfer center ref #: [[ID:TC-240519-3318]]    Transfer line: [[PHONE:1-800-555-0199]]

PATIENT NAME: [[NAME:CAUDILL, BOBBY RAY]]       DOB: [[DATE:08/14/1968]]       SEX: M
MRN (sending): [[MRN:MRH-0082291]]    SSN: [[SSN:666-41-9027]]
ADDRESS: [[ADDRESS:4470 Bethel Ridge Road]], [[ADDRESS:Owingsville]], KY [[ZIP:40360]]     COUNTY: [[ADDRESS:Bath]]
NEXT OF KIN: [[NAME:Loretta Caudill]] (wife)   PHONE: [[PHONE:606-555-0133]]
INSURANCE: Kentucky Medicaid MCO - WellCare  ID [[ID:8842019377]]

REASON FOR TRANSFER: [X] Higher level of care  [ ] Patient request  [ ] Bed availability
Service not available: neurosurgery / endovascular
DIAGNOSIS: Spontaneous intracerebral hemorrhage, L basal ganglia, 38 mL with IVH; GCS 9 (E2V2M5).
Last known well: [[DATE:05/19/2024]] 19:50 (witnessed by wife). ICH score 3.
VITALS AT TRANSFER: BP 168/92 on nicardipine 10 mg/h; HR 64; RR 16 (intubated); SpO2 100%; T 37.2
AIRWAY: ETT 7.5 at 23 cm lip, placed 21:30 by Dr. [[NAME:Clay Hensley]]; vent AC 500/16/5/50%.
LINES: 18g R AC, 20g L hand. Foley. OGT.
MEDS GIVEN: nicardipine gtt, levetiracetam 1 g IV, propofol 20 mcg/kg/min, Kcentra 2,000 units
(home warfarin; INR 2.8), vitamin K 10 mg IV.
IMAGING SENT: CT head [[DATE:05/19/2024]] via image share (PowerShare) - exam [[ID:MRH-CT-771920]]
LABS: Hgb 14.2, Plt 212, INR 2.8 -> 1.4 post-Kcentra, glucose 188.

CERTIFICATION: Based on the information available at this time, the medical benefits reasonably
expected from transfer outweigh the increased risks. Patient unable to consent; wife consented by phone
21:52, witnessed by [[NAME:Brandi Sexton]], RN.
MODE: [X] Air - [[FACILITY:Air Methods]] (tail [[ID:N412AM]])   [ ] ALS ground   [ ] BLS
Departure: 23:20. Report called to receiving RN [[NAME:Tyler Gabbard]] at 23:05.
Sending physician: [[NAME:Clay Hensley]], DO   Signature on file   Date: [[DATE:5/19/24]]
""")

# ---------------------------------------------------------------- 17 Telehealth visit
doc(r"""
TELEHEALTH VISIT NOTE (Video)                         [[FACILITY:Cedar Valley Virtual Care]]
Visit date: [[DATE:Feb 21, 2024]] 08:30 ET          Platform: Epic/Zoom integrated video (audio dropped x1)
Patient: [[NAME:Imran Qureshi]]   DOB [[DATE:Mar 2, 1988]]   MRN [[MRN:CV6620488]]
Provider: [[NAME:Elena Papadopoulos]], MD (Internal Medicine), located at [[FACILITY:Oak Hollow Internal Medicine]]
Patient location at time of visit: home, [[ADDRESS:2917 Crestmont Ave]], [[ADDRESS:Dublin]], OH [[ZIP:43017]]
(verified; patient physically in Ohio - provider licensed in OH, lic. [[ID:35.148822]])
Consent for telehealth obtained verbally. Others present: none. Session ID [[ID:VV-9F3A-22C1-07]];
connection from [[IP:73.162.44.19]] (logged by platform).

SUBJECTIVE: 35M f/u hypertension and new-onset headaches. Home BP log (Omron) averages 148/96 over
2 weeks, uploaded via portal. Headaches bitemporal, pressure-like, worse afternoons, no aura, no
thunderclap, no neuro deficits. Works as a software engineer at [[FACILITY:Brightline Analytics]] - long
screen time, poor sleep (new baby, daughter [[NAME:Zara]] born [[DATE:Dec 12]]). Caffeine 4 cups/day.
Taking amlodipine 5 mg daily since [[DATE:Nov 2023]]; missed doses ~2/week. Family hx: father MI at
52, mother DM2. Fasts during Ramadan (starting ~[[DATE:March 10]] this year) - asks about med timing.

OBJECTIVE (video): Well-appearing, speaking full sentences. No facial asymmetry, EOMI grossly,
finger-to-nose intact on camera. Home BP during visit: 152/98, HR 78 (pt-measured, L arm, seated).
Weight (home scale) 96 kg.

ASSESSMENT/PLAN:
1. Essential hypertension, uncontrolled - increase amlodipine to 10 mg; add chlorthalidone 12.5 mg
   taken at suhoor (pre-dawn meal) during Ramadan. BMP in 1-2 weeks at [[FACILITY:Quest Diagnostics]]
   on [[ADDRESS:Sawmill Rd]].
2. Tension-type headache, likely related to sleep/caffeine/BP - taper caffeine, sleep hygiene; red
   flags reviewed. No imaging indicated.
3. Health maintenance - lipid panel with BMP; Tdap up to date (2022).
Follow-up video visit [[DATE:March 20, 2024]] or sooner. Pt to message BP readings weekly via
[[URL:mychart.cedarvalleyhealth.example]]. If BP > 180/120 with symptoms call 911.
Total time 24 min (synchronous video). Billed 99214-95.
[[NAME:E. Papadopoulos]], MD
""")

# ---------------------------------------------------------------- 18 Patient portal messages
doc(r"""
MyChart Message Thread - exported [[DATE:2024-06-04]]
Patient: [[NAME:Harper Lynn Okafor-Strauss]] ([[MRN:CV8812750]])   Proxy: none
Subject: question about my thyroid results??

--- Mon [[DATE:6/3/2024]] 9:47 PM --- From: [[NAME:Harper Okafor-Strauss]]
hi dr [[NAME:lindgren]], i saw my TSH came back 0.02 and it says LOW in red. is that bad?? i've been
taking the levothyroxine 112 like you said since [[DATE:april]]. also my heart has been racing at
night and i lost like 8 lbs. my mom ([[NAME:denise]]) says her sister had graves disease. should i
stop the pill? i start a new job at [[FACILITY:Franklin Park Conservatory]] on [[DATE:june 17]] so
i really cant be sick lol. you can call me at [[PHONE:614 555 0129]] - actually no that's my old number,
use [[PHONE:614-555-0175]]. or email me at [[EMAIL:harper.os@example.org]]
thank you!!
[[NAME:harper]]

--- Tue [[DATE:6/4/2024]] 8:12 AM --- From: [[NAME:Melissa Grant]], RN (pool for [[NAME:Amy Lindgren]], MD)
Hi [[NAME:Harper]], thank you for your message. A low TSH while on levothyroxine usually means the
dose is a little too high. Please do NOT stop it on your own. I have sent your message to
Dr. [[NAME:Lindgren]], who is in clinic today. If you have chest pain, fainting, or a heart rate
over 120 at rest, please go to the emergency department or call 911.
- [[NAME:Melissa]], RN, [[FACILITY:Oak Hollow Internal Medicine]]

--- Tue [[DATE:6/4/2024]] 12:38 PM --- From: [[NAME:Amy Lindgren]], MD
Hi [[NAME:Harper]] - your free T4 was also high (2.4). Let's decrease levothyroxine to 88 mcg daily
starting tomorrow; new Rx sent to [[FACILITY:CVS]] on [[ADDRESS:High St]]. Recheck TSH/free T4
in 6 weeks (around [[DATE:7/16]]) - order is in, any [[FACILITY:Cedar Valley]] lab is fine. Graves disease is
unlikely given you've had Hashimoto's since 2019, but we can check TRAb if symptoms persist. Your
heart racing should improve; if not, message me and we can add propranolol short-term. Congrats on
the new job!
Dr. [[NAME:L]]

--- Tue [[DATE:6/4/2024]] 1:02 PM --- From: [[NAME:Harper Okafor-Strauss]]
ok thank u so much!!! 88 starting tmrw. ps the pharmacy on [[ADDRESS:high st]] closes at 6 so ill go after work
""")

# ---------------------------------------------------------------- 19 Prior authorization letter
doc(r"""
[[FACILITY:Cedar Valley Rheumatology Associates]]
[[ADDRESS:600 Medical Park Blvd, Suite 310]]
[[ADDRESS:Westerville]], Ohio [[ZIP:43082]]
Tel [[PHONE:(614) 555-0180]]  |  Fax [[PHONE:(614) 555-0181]]
NPI (group): [[ID:1588203347]]

[[DATE:April 9, 2024]]

Pharmacy Prior Authorization Department
Buckeye Health Plan
Fax: [[PHONE:1-866-555-0127]]

RE: Letter of Medical Necessity - EXPEDITED REQUEST
Member: [[NAME:Guadalupe (Lupe) Esparza-Villalobos]]
Date of birth: [[DATE:October 28, 1985]]
Member ID: [[ID:U7719033821]]     Group: [[ID:OHMCD]]
Case/reference number (denial): [[ID:PA-2024-0398817]]
Medication requested: upadacitinib (Rinvoq) 15 mg ER tablet, one daily, #30 with 11 refills

To Whom It May Concern:

I am writing on behalf of my patient, Ms. [[NAME:Esparza-Villalobos]], to request reconsideration of
the denial dated [[DATE:March 28, 2024]] for upadacitinib. She is a 38-year-old woman with
seropositive rheumatoid arthritis (RF 142, anti-CCP > 250) diagnosed in 2018, with erosive disease
on hand radiographs ([[DATE:1/2024]]) and persistent high disease activity (CDAI 31 on [[DATE:4/2/2024]]).

Treatment history:
- Methotrexate up to 25 mg weekly SC (2018-2021): inadequate response; stopped for transaminitis.
- Hydroxychloroquine 400 mg + sulfasalazine 2 g (triple therapy attempt 2021): GI intolerance.
- Adalimumab (Humira) 40 mg q2w ([[DATE:June 2021]] - [[DATE:Feb 2023]]): secondary loss of response;
  anti-drug antibodies detected.
- Etanercept 50 mg weekly ([[DATE:March 2023]] - [[DATE:January 2024]]): primary inadequate response.
- Tocilizumab SC: not tolerated (neutropenia, ANC 0.9).

She has therefore failed or not tolerated two TNF inhibitors and an IL-6 inhibitor, satisfying your
plan's step-therapy criteria (policy RX.PA.114, section 3.b). TB screening (QuantiFERON, [[DATE:2/15/2024]])
negative; hepatitis B and C serologies negative; zoster (Shingrix) series completed. She has no
history of VTE, malignancy, or MACE risk factors; she is a non-smoker.

Delay in therapy risks irreversible joint damage. She works as a dental hygienist at
[[FACILITY:Brightwater Family Dental]] and is currently unable to grip instruments, placing her
employment at risk.

Please contact my office with any questions. Peer-to-peer availability: weekdays 12-1 pm at
[[PHONE:(614) 555-0183]].

Sincerely,

[[NAME:Farid Al-Mansouri]], MD
Board Certified, Rheumatology
NPI [[ID:1932447710]]   Ohio License [[ID:35.139005]]
Enclosures: clinic notes [[DATE:1/10/2024]], [[DATE:4/2/2024]]; labs; radiology report
""")

# ---------------------------------------------------------------- 20 Research enrolment log
doc(r"""
STUDY ENROLLMENT LOG - CONFIDENTIAL (contains PHI; store on secure drive only)
Protocol: CVH-IRB-2023-0412 "Remote Monitoring After Heart Failure Discharge (REMO-HF)"
Sponsor: PCORI    ClinicalTrials.gov: NCT05801234    Site: [[FACILITY:Saint Brendan Medical Center]] (Site 03)
PI: [[NAME:Vikram Desai]], MD     Coordinator: [[NAME:Aisha Bello-Harrington]], CCRP   [[PHONE:614-555-0188]]
Log pulled: [[DATE:2024-08-01]]

Subj ID    | Initials | MRN         | Consent date | Randomized  | Arm     | Device S/N        | Status
[[ID:03-0017]]    | [[NAME:E.F.K.]]   | [[MRN:SB00270015]]  | [[DATE:2024-07-23]]   | [[DATE:2024-07-23]]  | Remote  | [[ID:CM4-00918822]]      | Active
[[ID:03-0018]]    | [[NAME:M.T.]]     | [[MRN:SB01100743]]  | [[DATE:2024-07-24]]   | [[DATE:2024-07-24]]  | Usual   | n/a               | Active
[[ID:03-0019]]    | [[NAME:R.J.O.]]   | [[MRN:SB00933012]]  | [[DATE:2024-07-26]]   | --          | --      | --                | Screen fail (eGFR 24)
[[ID:03-0020]]    | [[NAME:L.A.B.]]   | [[MRN:SB00490318]]  | [[DATE:2024-07-29]]   | [[DATE:2024-07-30]]  | Remote  | [[ID:CM4-00918835]]      | Active
[[ID:03-0021]]    | [[NAME:Y.H.]]     | [[MRN:SB01245581]]  | [[DATE:2024-07-31]]   | [[DATE:2024-07-31]]  | Remote  | [[ID:CM4-00918840]]      | Withdrawn [[DATE:8/1]]

NOTES:
- [[ID:03-0017]]: [[NAME:Edmund Kowalski]], 78, discharged to SNF ([[FACILITY:Lutheran Haven Rehabilitation]]);
  scale and BP cuff shipped to SNF c/o [[NAME:Janine Kowalski-Freund]]. Tablet IMEI [[ID:356938035643809]].
- [[ID:03-0019]]: [[NAME:Rosalind Obuya]] - excluded per I/E #7 (eGFR < 30). Not randomized. Screening ID
  retained per protocol.
- [[ID:03-0021]]: [[NAME:Yoshiko Hara]] withdrew consent by phone [[DATE:8/1/24]] ("too many calls");
  agreed to passive EHR follow-up only. Device return label [[ID:1Z999AA10123456784]] (UPS) emailed to
  [[EMAIL:yhara.home@example.com]]. Daughter [[NAME:Kenji Hara]] ([[PHONE:614-555-0121]]) will ship.
- Payments: $50 ClinCard per visit; card # ending [[ID:4417]] for [[ID:03-0020]].
- Screening failures this month: 6 (see separate screening log). Next DSMB: [[DATE:September 2024]].
Subject IDs (03-00xx) are study codes - keep the linkage key in REDCap project 1187 only.
""")

# ---------------------------------------------------------------- 21 Hospice admission
doc(r"""
HOSPICE ADMISSION / CERTIFICATION OF TERMINAL ILLNESS
[[FACILITY:Gentle Harbor Hospice]] - Home Hospice Program      Admission date: [[DATE:10/14/2023]]
Patient: [[NAME:Walter Eugene Fairbanks]]   DOB [[DATE:06/21/1929]]   Age [[AGE>89:94]]   Hospice ID [[ID:GHH-23-1187]]
Medicare Beneficiary ID: [[ID:5TW7-GH2-NK88]]     Election of hospice benefit signed [[DATE:10/14/2023]]
Referring physician: Dr. [[NAME:Leonard Oyelaran]] ([[FACILITY:Riverside Geriatrics]])
Hospice attending: Dr. [[NAME:Priscilla Yamamoto-Greene]]     RN case manager: [[NAME:Tobias Rennert]], RN
Address: [[ADDRESS:77 Orchard Hill Rd]], [[ADDRESS:Granville]], OH [[ZIP:43023]] (lives with daughter)

Terminal diagnosis: Heart failure with reduced ejection fraction (EF 15%), NYHA class IV.
Comorbid: CKD stage 4, AFib, aortic stenosis (not a TAVR candidate per [[FACILITY:Riverbend Heart Institute]]
review [[DATE:8/2023]]), mild vascular dementia.

Narrative: Mr. [[NAME:Fairbanks]] is a [[AGE>89:94]]-year-old retired high school chemistry teacher
([[FACILITY:Granville High School]], 38 years) and WWII-era Navy veteran's son who has had 4 hospitalizations
for decompensated HF in the past 6 months, most recently at [[FACILITY:Licking Valley Memorial Hospital]]
[[DATE:9/28]]-[[DATE:10/6]]. He is now dyspneic with minimal exertion (bed-to-chair), sleeps in a recliner,
has 3+ pitting edema to the thighs, weight loss of 22 lb over 6 months (cardiac cachexia; albumin 2.6),
PPS 30%, and increasing time in bed. He and his daughter/HCPOA [[NAME:Marjorie Fairbanks-Lyle]] have
chosen comfort-focused care. His wife, [[NAME:Ruth]], died in 2015 at age [[AGE>89:90]]. His brother
[[NAME:Harold]], [[AGE>89:97]], lives at [[FACILITY:Kendall Pines at Granville]].
Goals: remain at home, "no more hospitals," manage breathlessness, be lucid for his great-grandson's
baptism ([[DATE:November 5]]).
Code status: DNR; Ohio DNR Comfort Care form completed; POLST on refrigerator.

Symptoms (ESAS): dyspnea 7, fatigue 8, pain 2, anxiety 5, appetite 8, drowsiness 4.
Plan of care:
- Morphine oral solution 20 mg/mL, 2.5 mg SL q2h prn dyspnea; lorazepam 0.5 mg SL q6h prn anxiety
- Furosemide continue 40 mg BID PO for comfort; stop metoprolol if hypotensive
- Comfort kit delivered (Rx via [[FACILITY:Sentry Hospice Pharmacy]]); hospital bed, O2 concentrator
  (s/n [[ID:INV5-2210-4489]]) delivered by [[FACILITY:Buckeye Home Medical]]
- Discontinue: atorvastatin, apixaban (discussed - bleeding risk vs stroke; family agrees), daily labs
- RN visits 2x/week, HHA 3x/week, SW and chaplain (Rev. [[NAME:Adaeze Obi]]) initial visits this week
- 24/7 on-call line [[PHONE:740-555-0108]] posted on fridge
Prognosis: 6 months or less if disease runs its normal course.
Certification: I certify this patient is terminally ill. [[NAME:Priscilla Yamamoto-Greene]], MD
[[DATE:10/14/2023]]
""")

# ---------------------------------------------------------------- 22 Home health visit
doc(r"""
HOME HEALTH SKILLED NURSING VISIT NOTE
Agency: [[FACILITY:Coney Home Health]] (Medicare provider #[[ID:337124]])     Visit type: SN - routine
Patient: [[NAME:Morozova, Svetlana]]     DOB [[DATE:9/17/1951]]     Episode [[DATE:01/03/2024]] - [[DATE:03/02/2024]]
Visit: [[DATE:01/09/2024]]  time in 10:05  time out 11:10    Clinician: [[NAME:Natasha Ivanchenko]], RN
Homebound status: requires assist of 1 person and walker to leave home; taxing effort (Parkinson's,
recent sepsis).

Vitals: T 98.1 F, P 76 irreg, BP 128/72 L arm sitting, R 18, SpO2 96% RA, wt 61.2 kg (home scale).
Pain 2/10 L flank. Lungs clear. +1 edema ankles bilaterally.
Med review: pt completed cefpodoxime yesterday ([[DATE:1/8]]). Metformin still held. Found expired
bottle of tramadol (2021) - removed with pt permission and placed in drug disposal bag. Pillbox filled
for 1 week with son [[NAME:Dmitri]] present.
INR: POC 2.9 (CoaguChek serial [[ID:UU04471290]]) - reported to [[FACILITY:Brighton Anticoagulation Clinic]]
([[NAME:Yulia]], PharmD, [[PHONE:718-555-0153]]); no dose change, recheck [[DATE:1/16]].
Stent: no hematuria; aware ureteroscopy scheduled [[DATE:1/24]] with Dr. [[NAME:Eze]].
Teaching: fall prevention (Morse 60) - removed loose rug in hallway; reinforced Parkinson med timing
(Sinemet 8a/2p/8p). Pt verbalized understanding in Russian via son; teach-back 3/4 items correct.
Safety: lives on 6th floor with elevator; building super (Mr. [[NAME:Feliz]]) has key. Smoke detector OK.
Coordination: spoke with PT [[NAME:Angelo Ricci]] - PT visits 2x/wk x3 wk. Faxed visit note to PCP
Dr. [[NAME:Irina Volkova]] at [[PHONE:718-555-0157]].
Next SN visit: [[DATE:1/16/2024]].
E-signed [[NAME:N. Ivanchenko]], RN [[DATE:01/09/2024]] 13:25   device: agency tablet [[ID:CHH-TAB-0093]]
""")

# ---------------------------------------------------------------- 23 Dental note
doc(r"""
[[FACILITY:Brightwater Family Dental]] - Clinical Note
Pt: [[NAME:Chea, Sokha]]   Chart #: [[MRN:BFD-40712]]   DOB: [[DATE:2/14/1990]]   Provider: Dr. [[NAME:Omar Khalil]], DDS
Hygienist: [[NAME:Lupe Esparza-Villalobos]], RDH       Date: [[DATE:3/6/24]]
Dental ins: Delta Dental PPO, subscriber ID [[ID:DD0092288176]] (spouse [[NAME:Vuthy Chea]] is subscriber,
employer [[FACILITY:Marysville Auto Assembly]])

CC: "top left back tooth hurts with cold and when I bite"
Med hx reviewed: no changes; takes sertraline 50 mg; no bisphosphonates; no anticoagulants. BP 122/78.
Allergies: PCN (hives).
Exam: #14 MOD amalgam with recurrent decay distal, fractured mesiolingual cusp. Cold test #14:
lingering 15 s; percussion (+); palpation (-). #13, #15 normal to cold. #3 O composite intact.
Perio: generalized 2-3 mm probing, localized 5 mm #18 DL, #19 ML; BOP 14%. Calculus light.
Radiographs: PA #14 and 2 BWX - deep distal caries #14 approaching pulp; no periapical radiolucency.
Dx: #14 symptomatic irreversible pulpitis; normal apical tissues (AAE).
Treatment today: Local anesthesia 2% lidocaine 1:100,000 epi x 1.8 mL (PSA + GP); rubber dam; pulpal
debridement #14; CaOH dressing; Cavit temporary. Pt tolerated well.
Plan: RCT #14 with Dr. [[NAME:Reza Amini]] (endodontist) at [[FACILITY:Lakeview Endodontics]] - referral
faxed to [[PHONE:614-555-0165]]; then buildup + PFM/zirconia crown #14 here. SRP UR/LL quads next visit.
Rx: ibuprofen 600 mg q6h prn x 5 days; amoxicillin NOT given (no swelling/systemic signs).
Next appt: [[DATE:3/20/24]] 9:00 AM (SRP). Reminder texts to [[PHONE:614-555-0196]].
Note: pt requests all statements be mailed to PO Box ([[ADDRESS:PO Box 2281]], [[ADDRESS:Marysville]], OH
[[ZIP:43040]]). Interpreter not needed (pt fluent in English and Khmer).
[[NAME:O. Khalil]], DDS   DEA [[ID:FK4419283]]
""")

# ---------------------------------------------------------------- 24 Pharmacy call log
doc(r"""
OUTPATIENT PHARMACY - CALL LOG ([[FACILITY:Cedar Valley Retail Rx]] #2, [[FACILITY:Eastside Medical Office Building]])
Export: [[DATE:08/12/2024]] 17:05   User: [[NAME:tnguyen3]]

[[DATE:08/12/2024]] 09:02 | IN  | [[PHONE:614-555-0113]] | Caller: [[NAME:Agnes Whitcombe]] (self), DOB [[DATE:10/02/1940]]
  Re: refill Rx# [[ID:6120448]] (Eliquis 5 mg). Insurance rejected 75 - PA needed (Part D, Aetna).
  Called prescriber Dr. [[NAME:Vikram Desai]] office, LVM for [[NAME:Keisha]]. Pt given 3-day emergency supply
  per policy. -- [[NAME:T. Nguyen]], PharmD
[[DATE:08/12/2024]] 09:40 | OUT | [[PHONE:(614) 555-0187]] | [[NAME:Desai]] office ([[NAME:Keisha Boateng]], MA)
  PA submitted via CoverMyMeds key [[ID:BXR7KQ2M]]. Expected 24-72 h. -- [[NAME:T. Nguyen]]
[[DATE:08/12/2024]] 10:15 | IN  | [[PHONE:740-555-0144]] | [[NAME:Haruto Tanaka]], RN ([[FACILITY:Sunrise Senior Living of Newark]])
  Requests med list for resident [[NAME:Clarence Boyd]] (DOB [[DATE:01/19/1932]], [[AGE>89:92]] yo) - verified
  facility on HIPAA release; faxed to [[PHONE:740-555-0145]]. -- [[NAME:R. Amadi]], CPhT
[[DATE:08/12/2024]] 11:30 | IN  | blocked    | Pt [[NAME:Jordan Reyes-McAllister]] (they/them)
  Asked if sertraline interacts with "Ozempic" and with "a little THC gummy." Counseled; no
  significant PK interaction w/ semaglutide; discussed serotonergic/sedation with cannabis. -- [[NAME:T. Nguyen]]
[[DATE:08/12/2024]] 13:48 | IN  | [[PHONE:614-555-0138]] | Dr. [[NAME:Sandeep Kulkarni]] (DEA [[ID:BK6621930]])
  Verbal order clarification: Rx# [[ID:6120502]] megestrol - corrected to 400 mg/10 mL susp.
  Read back. -- [[NAME:T. Nguyen]]
[[DATE:08/12/2024]] 14:22 | OUT | [[PHONE:614-555-0113]] | [[NAME:Agnes Whitcombe]]
  PA approved thru [[DATE:08/11/2025]] (ref [[ID:PA77841093]]). Full 90-day fill ready; copay $47.
  Pt's grandson [[NAME:Theo]] will pick up - pt added him as authorized pickup. -- [[NAME:T. Nguyen]]
[[DATE:08/12/2024]] 15:55 | IN  | [[PHONE:614-555-0192]] | Anonymous caller
  Asked whether pharmacy stocks naloxone without Rx - yes, Narcan 4 mg OTC $44.99. Info only.
[[DATE:08/12/2024]] 16:40 | OUT | [[PHONE:937-555-0190]] | [[FACILITY:Walgreens]] #10882 ([[ADDRESS:Xenia]])
  Transfer in: lisinopril 10 mg for [[NAME:Bartholomew Okoro]]; orig Rx [[ID:0499218]]; 3 refills remain.
  RPh at [[FACILITY:Walgreens]]: [[NAME:Sunita]]. -- [[NAME:R. Amadi]], CPhT
""")

# ---------------------------------------------------------------- 25 OCR'd faxed referral
doc(r"""
[[DATE:0CT-31-2023]] 14:22  FROM:[[PHONE:5135550100]]  TO:[[PHONE:16145550181]]      P.001/003
=====================================================================
        [[FACILITY:TRI-STATE  0RTH0PAEDIC  &  SP0RTS  MEDICINE]]
   [[ADDRESS:9 l0 Vine Street]] , Suite 4 * [[ADDRESS:Cinc1nnati]] , 0H [[ZIP:45202]]
   Ph0ne [[PHONE:(5l3) 555-0l27]]   Fax [[PHONE:(513) 555-0100]]
=====================================================================
REFERRAL / C0NSULTATI0N REQUEST                 URGENT [ ]  R0UTINE [x]

T0: [[FACILITY:Cedar Va11ey Rheumato1ogy Associates]]    Attn: Dr. [[NAME:Farid A1-Mansouri]]
PATIENT: [[NAME:KAWAKAMI, Rena]]          D0B: [[DATE:O7/O4/1977]]
Address: [[ADDRESS:1555 Sunnyside Terr.]]   [[ADDRESS:Loveland]] 0H  [[ZIP:45l40]]
Home ph: [[PHONE:513-555-Ol46]]      SSN: [[SSN:9O4-22-6l18]]
lns: Anthem PP0   Member# [[ID:XEJ 88l 22O 49]]

Reason f0r referral: 46 y/o F with bilateral hand and wrist pain x 5 rnonths,
morning stiffness ~ 2 hrs, swelling of MCPs 2-3 bilat. Neg Tinel and Phalen.
Xrays [[DATE:1O/l2/23]]: periarticu1ar osteopenia, no er0sions. ESR 48, CRP 2.1,
RF p0sitive (88), anti-CCP pending. Started on prednis0ne l0 mg by PCP
(Dr. [[NAME:Hollis Brandt]], [[FACILITY:Love1and Family Care]]).
Please eva1uate for RA and advise re: DMARD.

Referring provider: [[NAME:Marcus Rarnirez]], MD   NPI [[ID:l720O83349]]
Signature: ___[[NAME:M. Ramirez]]___________   Date: [[DATE:1O/3O/2O23]]
---------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This facsimile contains protected health information.
If received in error, call [[PHONE:513-555-0100]] and destroy all copies.
[[DATE:0CT-31-2023]] 14:23  FROM:[[PHONE:5135550100]]  TO:[[PHONE:16145550181]]      P.002/003
""")

# ---------------------------------------------------------------- 26 HL7 ADT message
doc(r"""
Interface engine capture - ADT feed (ED registration), channel SB_ADT_OUT, host [[IP:10.44.2.61]]
MSH|^~\&|EPIC|[[FACILITY:SBMC]]|RHAPSODY|[[FACILITY:CVH]]|[[DATE:20240314025800]]||ADT^A04|MSG00018823|P|2.5.1
EVN|A04|[[DATE:20240314024100]]|||[[ID:40917]]^[[NAME:BRENNAN-HALE^KATHLEEN]]
PID|1||[[MRN:SB00482193]]^^^[[FACILITY:SBMC]]^MR~[[SSN:666128845]]^^^SSA^SS||[[NAME:OKONKWO^ADEBAYO^C]]||[[DATE:19610722]]|M||BLK|[[ADDRESS:2231 OLD MILL RD]]^^[[ADDRESS:BELLBROOK]]^OH^[[ZIP:45305]]^USA^H^^[[ADDRESS:GREENE]]||[[PHONE:(937)555-0148]]^PRN^PH~[[PHONE:(937)555-0193]]^PRN^CP|||M|CHR|[[ID:7730045821]]
NK1|1|[[NAME:OKONKWO^NGOZI]]|SPO|[[ADDRESS:2231 OLD MILL RD]]^^[[ADDRESS:BELLBROOK]]^OH^[[ZIP:45305]]|[[PHONE:(937)555-0177]]||EC
PV1|1|E|ED^22^01^[[FACILITY:SBMC]]|E|||[[ID:1366409921]]^[[NAME:PATEL^ANJALI]]^^^^MD|[[ID:1043398217]]^[[NAME:MENDELSOHN^LAURA]]^^^^DO||EM||||7|||||[[ID:7730045821]]|||||||||||||||||||||||||[[DATE:20240314024100]]
PV2|||^CHEST PAIN
IN1|1|MCR|00001|MEDICARE PART A AND B|||||||||||[[NAME:OKONKWO^ADEBAYO^C]]|01|[[DATE:19610722]]|||||||||||||||||||[[ID:1EG4TE5MK72]]
IN2|1|[[SSN:666128845]]|[[FACILITY:DUNMORE LOGISTICS]]
GT1|1||[[NAME:OKONKWO^ADEBAYO^C]]||[[ADDRESS:2231 OLD MILL RD]]^^[[ADDRESS:BELLBROOK]]^OH^[[ZIP:45305]]|[[PHONE:(937)555-0148]]||[[DATE:19610722]]|M||SEL|[[SSN:666-12-8845]]
OBX|1|NM|8867-4^HEART RATE^LN||104|/min|60-100|H|||F
OBX|2|NM|59408-5^SPO2^LN||93|%|94-100|L|||F
OBX|3|ST|PAIN^PAIN SCORE^L||8/10||||||F
AL1|1|DA|SULFA^SULFONAMIDES|MO|RASH
AL1|2|FA|SHELLFISH|MO|HIVES
-- end of message; ACK AA returned [[DATE:2024-03-14]] 02:58:01 (latency 212 ms)

INTERFACE ERROR QUEUE - follow-up message ADT^A08 (patient update) REJECTED by downstream lab system
Error: PID-7 date of birth mismatch between registration and lab master patient index.
  Registration DOB: [[DATE:19610722]]      Lab MPI DOB: [[DATE:19610727]]   (possible typo at outside lab)
  Lab MPI record: [[MRN:LAB-3308817]] "[[NAME:OKONKWO, ADEBAYO]]" created [[DATE:2021-11-02]] from an outside
  order from [[FACILITY:Greene County Regional Hospital]] (ordering NPI [[ID:1093817264]]).
Action taken by HIM data integrity analyst [[NAME:Renee Castillo-Burke]] ([[EMAIL:rcastillo-burke@cedarvalleyhealth.example]]):
  verified identity against driver's license ([[ID:OH RX882104]]) scanned at registration and against the
  patient's Medicare card; merged lab MPI record into [[MRN:SB00482193]];
  resent A08 at 06:14 - ACK AA. Duplicate-record letter not required (no results filed to wrong chart).
Note for the day team: the patient's wife also goes by "[[NAME:Ngozi Adaeze Okonkwo]]" on the insurance file;
no change made. Reviewed with supervisor [[NAME:Marcy Lindqvist]] on [[DATE:3/14/2024]].
Interface monitoring dashboard: [[URL:https://engine.cvh-int.example/rhapsody/ui/channels/SB_ADT_OUT]]
""")

# ---------------------------------------------------------------- 27 lowercase resident sign-out
doc(r"""
gen med team 3 signout - night float ([[NAME:kapoor]]) from [[NAME:sam o]] - [[DATE:2/9]]

bed 4-12 [[NAME:hernandez, jose luis]] 67m
- cap on ctx/azithro day 2, on 3L. if desats >4L get abg + cxr, dont hesitate to call rrt
- wife [[NAME:maria elena]] wants call if any change, # on board ([[PHONE:559-555-0132]])
- code: full. spanish, uses interpreter for medical stuff

bed 4-14 ms. [[NAME:abernathy-cole]] 81f
- nstemi s/p cath today (RCA stent), on heparin til 2200 then stop. groin site check q1h x4, if hematoma hold pressure and page cards fellow (dr [[NAME:yoon]] [[PHONE:4-2219]])
- hx parkinsons + lewy body? - NO haldol. if agitated try reorientation, quetiapine 12.5 ok
- son [[NAME:trevor]] is the one to call not the daughter (estranged - see sw note [[DATE:2/7]])

bed 4-17 mr [[NAME:whitlock]] 45m
- etoh w/d, ciwa q2h, last ciwa 9 got 2mg ativan 1900. watch for dts. mvi/thiamine/folate given
- wernicke's unlikely but on high-dose thiamine anyway
- works at the [[FACILITY:marathon refinery]] in [[ADDRESS:canton]], worried about job - sw aware

bed 4-20 [[NAME:li, wei]] 29f
- sickle cell crisis, pca hydromorphone. if rr <10 or rass -2 stop pca, narcan at bedside
- hematology (dr. [[NAME:okonjo]]) to see in am
- [[DATE:feb 14]] is her bday, she asked if she can go home by then lol. prob not

todos: f/u 0400 labs for 4-12 and 4-14. [[NAME:jose luis]] k was 3.3 this am. ok thx - [[NAME:so]]
pager [[PHONE:4-3308]] til 0700
""")

# ---------------------------------------------------------------- 28 Cardiology consult
doc(r"""
CARDIOLOGY CONSULTATION
Requesting: Hospital Medicine (Dr. [[NAME:G. Achebe]])     Consultant: [[NAME:Vikram Desai]], MD, FACC
Date: [[DATE:2023-12-28]]     Location: [[FACILITY:Saint Brendan Medical Center]], 5 West
Patient: [[NAME:Bartholomew "Bart" Okoro]]     MRN [[MRN:SB00733519]]     DOB [[DATE:1959-04-30]]

Reason: Fever and new murmur in a patient with prosthetic aortic valve - evaluate for endocarditis.

HPI: Mr. [[NAME:Okoro]] is a 64-year-old man with bicuspid aortic valve s/p surgical AVR (23 mm
On-X mechanical, serial [[ID:ONX-23-447190]]) in 2016 at [[FACILITY:Cleveland Heart & Vascular Institute]],
on warfarin, who presents with 10 days of fevers, night sweats and fatigue. He had a dental
extraction on [[DATE:December 4]] at a walk-in clinic ([[FACILITY:SmileNow Dental - Xenia]]) without
antibiotic prophylaxis. Blood cultures [[DATE:12/26]] 3/3 positive for viridans group streptococci
(S. mitis), PCN MIC 0.25.

Exam: T 38.6. BP 112/58, HR 98. Crisp mechanical S2 click present. New 3/6 holosystolic murmur at
the apex radiating to the axilla. Splinter hemorrhages x2 L hand; a tender nodule on the pad of the
R 3rd finger (Osler node); painless macules on the soles (Janeway lesions). No Roth spots on
fundoscopy per ophthalmology. No stigmata of IVDU.

Data: TTE [[DATE:12/27]] - normally functioning mechanical AVR, mean gradient 14 mmHg; new moderate-
severe MR. TEE today - 9 mm mobile vegetation on the anterior mitral leaflet, no paravalvular abscess,
no prosthetic valve dehiscence. ECG: NSR, PR 176 ms (stable vs [[DATE:11/2022]]). INR 3.1.

Assessment: Definite infective endocarditis by modified Duke criteria (2 major: persistently positive
cultures with typical organism, vegetation on echo; minor: fever, predisposition, vascular and
immunologic phenomena). Native mitral valve involvement in a patient with mechanical AVR.

Recommendations:
1. Penicillin G 24 million units/day continuous infusion or ceftriaxone 2 g daily x6 weeks (per ID,
   Dr. [[NAME:Lucía Fernández-Ortega]]); add gentamicin x2 weeks given prosthetic valve.
2. CT surgery consult (Dr. [[NAME:Thaddeus Mwangi-Roth]]) re: indications for early surgery
   (vegetation >= 10 mm borderline, moderate-severe MR). Will present at Heart Team Tuesday [[DATE:1/2]].
3. Continue warfarin (mechanical valve) with goal INR 2.5-3.5; no bridging needed. CT head if
   any neurologic change (embolic risk).
4. Repeat BCx q24-48h until negative. Panorex and dental consult.
5. Outpatient: endocarditis prophylaxis card; cardiology f/u with me at [[FACILITY:Cedar Valley Heart]],
   [[ADDRESS:2400 Riverside Dr]], [[ADDRESS:Columbus]] [[ZIP:43221]], [[PHONE:614-555-0187]].
Discussed with patient and his partner, [[NAME:Desmond Achterberg]], who is his healthcare POA.
Thank you for this consult. [[NAME:V. Desai]]
""")

# ---------------------------------------------------------------- 29 Neurology consult
doc(r"""
NEUROLOGY CONSULT NOTE - Inpatient
Pt: [[NAME:Park, Ji-woo]]  (prefers "[[NAME:Jay]]")   MRN [[MRN:SB01188203]]   DOB [[DATE:Sept 9, 1992]]   31M
Consult requested by: Dr. [[NAME:Olusegun Adeyemi]] (ED)     Date/time: [[DATE:05.03.2024]] 11:40
Neurologist: [[NAME:Beatriz Carvalho-Lund]], MD     Resident: [[NAME:Kofi Asante-Darko]], MD

CC: ascending weakness x 5 days.

HPI: Previously healthy 31 yo graduate student at [[FACILITY:Ohio Valley State University]] who developed
tingling in both feet on [[DATE:April 28]], about 10 days after a diarrheal illness (Campylobacter on
stool PCR at [[FACILITY:Campus Health Services]]). Over the next days he noticed difficulty climbing
stairs at his apartment on [[ADDRESS:Neil Ave]], then trouble lifting his arms to wash his hair. Today
he had mild difficulty swallowing pills. Denies bowel/bladder dysfunction. No recent vaccinations.
Roommate [[NAME:Dmitri Sokolov]] drove him in. Parents ([[NAME:Park Sung-min]] and [[NAME:Lee Hye-jin]]) live
in [[ADDRESS:Fort Lee]], NJ; mother's cell [[PHONE:201-555-0147]].
FHx: grandmother with Parkinson disease; no Charcot-Marie-Tooth, no Huntington.

EXAM: BP 142/88 -> 104/60 (labile), HR 58-112. Alert, fluent. CN: bilateral facial weakness (lower
motor neuron pattern, not Bell's palsy given bilaterality); EOM full; no ptosis. Motor: MRC grade
4/5 deltoids, 4-/5 hip flexors, 4/5 ankle DF; neck flexion 4/5. Reflexes absent throughout; toes
downgoing bilaterally (no Babinski sign). Sensation: reduced vibration at toes; Romberg positive.
No Lhermitte sign. Kernig and Brudzinski negative.
Respiratory: NIF -38 cmH2O, FVC 2.9 L (62% predicted); single-breath count 22.

DATA: LP [[DATE:5/3]]: protein 118 mg/dL, WBC 2 - albuminocytologic dissociation. NCS pending
(EMG lab, Dr. [[NAME:Hiroshi Tanabe]]). MRI spine w/wo: enhancement of cauda equina nerve roots.
Anti-GQ1b and GM1 antibodies sent.

IMPRESSION: Guillain-Barré syndrome (AIDP vs AMAN - post-Campylobacter), Hughes grade 3, with
bulbar and facial involvement and dysautonomia. EGRIS score 4 -> intermediate-high risk of needing
mechanical ventilation.

PLAN:
1. Admit to Neuro ICU. IVIG 0.4 g/kg/day x 5 days (start today), weight 74 kg.
2. NIF/FVC q4h; intubate if FVC < 20 mL/kg or NIF worse than -30 ("20/30/40 rule").
3. Telemetry for dysautonomia; avoid beta-blockers for transient HTN.
4. SLP swallow eval; NPO except meds until cleared. DVT prophylaxis.
5. Notify university disability office with patient consent; he will email advisor
   Prof. [[NAME:Ingrid Halvorsen]] ([[EMAIL:halvorsen.8@ovsu.example.edu]]) himself.
Discussed with attending Dr. [[NAME:Carvalho-Lund]]; she examined the patient.
""")

# ---------------------------------------------------------------- 30 NICU progress note
doc(r"""
NICU DAILY PROGRESS NOTE - [[FACILITY:Kestrel Bay Children's Hospital]] Level IV NICU, Pod C, Bed 31
Infant: Boy A [[NAME:Delacroix-Haddad]] ("[[NAME:Elias]]")   MRN [[MRN:KB-2024-118093]]   DOB [[DATE:8/2/2024]] 03:17
Twin A of di/di twins (Twin B "[[NAME:Noor]]" in Bed 32, MRN [[MRN:KB-2024-118094]])
DOL 12 | GA at birth 28w4d | CGA 30w2d | BW 1,120 g | Today's wt 1,185 g (+25)
Mother: [[NAME:Layla Haddad]] (G1P0202, 33 yo), father: [[NAME:Julien Delacroix]]
Date of note: [[DATE:8/14/2024]]

RESP: On NIPPV 18/6, rate 30, FiO2 0.25-0.30. Received surfactant (Curosurf) x2 doses on DOL 0.
Caffeine citrate 10 mg/kg/day. Apnea/brady events: 3 in 24 h, self-resolved x2, 1 needed gentle stim.
CV: PDA small on echo [[DATE:8/10]], L->R, no treatment. BP stable (MAP 38-44).
FEN/GI: Feeds MBM (mother's breast milk) fortified to 24 kcal with HMF, 140 mL/kg/day, q3h via OGT,
advancing 10 mL/kg/day. Donor milk lot numbers logged per policy (lot DM-24-3381). Tolerating. Stools
guaiac negative. TPN off [[DATE:8/12]]. PICC removed [[DATE:8/12]].
ID: Blood cx [[DATE:8/2]] negative at 48 h; ampicillin/gentamicin stopped. MRSA nares negative.
HEME: Hct 34%. Bili 6.2 on [[DATE:8/13]] - below phototherapy threshold (Bhutani not applicable <35 wk;
used NICE/AAP preterm thresholds).
NEURO: HUS DOL 7 - no IVH. Repeat HUS at 4 weeks. ROP screen due [[DATE:8/30/2024]] (Dr. [[NAME:Anand Sethuraman]],
peds ophthalmology).
SOCIAL: Parents visit daily; kangaroo care x2h today with mom. Mom pumping ~480 mL/day. Dad returns to
work at [[FACILITY:Kellerman & Voss Architects]] next week. Family lives in [[ADDRESS:Upper Arlington]]
(25 min). SW [[NAME:Graciela Montoya]] provided [[FACILITY:Ronald McDonald House]] info and parking validation.
Newborn screen #1 ([[DATE:8/3]]) normal; #2 due [[DATE:8/16]]. Hep B vaccine deferred until 2 kg or
1 month. Car seat challenge later.
PLAN: continue NIPPV; wean FiO2 as tolerated; advance feeds to 160 mL/kg/day; start vitamin D 400 IU.
Family meeting with Dr. [[NAME:Adaora Eze-Whitman]] (attending) Friday [[DATE:8/16]] at 2 pm - parents
requested conference call link: [[URL:https://kestrelbay.zoom.example/j/84410927731]]
[[NAME:Megan O'Rourke]], NNP-BC
""")

# ---------------------------------------------------------------- 31 Postpartum clinic visit
doc(r"""
[[FACILITY:Eastgate OB/GYN Associates]] -- POSTPARTUM VISIT (comprehensive, 6 wk)
Date: [[DATE:07/23/2024]]      Provider: [[NAME:Siobhan O'Malley]], CNM
Pt: [[NAME:Pruitt, DeShawna R]]   DOB [[DATE:05/30/1996]]   MRN [[MRN:CV7730021]]   Ins: CareSource Medicaid [[ID:9180044127]]
Delivery: NSVD [[DATE:06/11/2024]] at [[FACILITY:Cedar Valley Women's Pavilion]], 2nd deg lac, EBL 350.

S: Feeling "mostly okay, tired." Baby "[[NAME:Amara]]" doing well - 2-month visit at [[FACILITY:Pinecrest Pediatrics]]
next week. Exclusively breastfeeding; some nipple soreness resolved after lactation visit with
[[NAME:Imani Coleman]], IBCLC. Lochia stopped at 4 wk. Resumed intercourse - no (not yet). Mood: crying
spells 2-3x/week, worries about returning to work at [[FACILITY:Hamilton Township Schools]] (she is a
3rd-grade teacher at [[FACILITY:Bixby Road Elementary]]) on [[DATE:Aug 19]]. Denies SI/HI. Partner
[[NAME:Marcus]] supportive, works nights. Her mother helps 3 days/wk.
Hx: prior PPD after first child (2019) treated with sertraline x 9 mo by Dr. [[NAME:Nwachukwu]].

Screening: EPDS 13 (item 10 = 0). GAD-7 9. IPV screen negative. Tobacco: none.
O: BP 124/80. Wt 168 lb (pre-preg 160). Thyroid normal size. Breasts: no masses, no erythema.
Abd: diastasis recti ~2 FB. Perineum: laceration well healed. Bimanual: uterus normal size, NT.
Nexplanon palpable L arm, placed [[DATE:6/12/24]] (lot not recorded here; see MAR).
Labs: 2h GTT not indicated (no GDM). Hgb [[DATE:6/12]] 10.8 -> repeat today.

A/P:
1. Postpartum depression, mild-moderate - start sertraline 50 mg daily (compatible with breastfeeding;
   infant monitoring reviewed). Referral to perinatal therapist Dr. [[NAME:Leah Grunwald]],
   [[FACILITY:Mother Bloom Counseling]], [[PHONE:(614) 555-0161]]; [[FACILITY:Postpartum Support International]]
   helpline given. Recheck EPDS in 4 weeks ([[DATE:8/20]]) by video.
2. Contraception: Nexplanon in place, satisfied.
3. Anemia - CBC, ferritin; continue iron QOD.
4. Pelvic floor PT referral for diastasis.
5. Work note for lactation accommodations (pump breaks, private room) faxed to school HR at
   [[PHONE:614-555-0170]] per pt request; HR contact [[NAME:Beverly Tran]], [[EMAIL:btran@hamiltontwp.k12.example]].
Transition of care: well-woman care with PCP Dr. [[NAME:Minh Tran]] going forward; PHQ-9 at 6 months.
[[NAME:S. O'Malley]], CNM
""")

# ---------------------------------------------------------------- 32 Rapid response event note
doc(r"""
RAPID RESPONSE TEAM EVENT NOTE
Event date/time: [[DATE:02/10/2024]] 03:12 - 03:58      Location: 4 East, Rm 4-12
Patient: [[NAME:Hernandez, Jose Luis]]    MRN: [[MRN:SB00561227]]    DOB: [[DATE:06/06/1956]]
Called by: primary RN [[NAME:Alondra Guzmán]] for SpO2 84% on 4 L NC and new confusion.
RRT members: Dr. [[NAME:Ravi Kapoor]] (night float, team leader), Dr. [[NAME:Samira Haddad-Young]] (ICU fellow),
[[NAME:Curtis Bledsoe]], RN (ICU), [[NAME:Emeka Nnadi]], RT; pharmacy [[NAME:Thu Trang Le]], PharmD.

Background: 67M with CAP (RLL), HD 3, on ceftriaxone/azithromycin. Signout flagged risk of
worsening hypoxemia.
Findings on arrival 03:14: RR 32, SpO2 84% on 4 L, HR 122 sinus tach, BP 96/54, T 39.0. Increased
work of breathing with accessory muscle use; crackles R > L. GCS 14 (E4V4M6). Glucose 156.
NEWS2 = 11. qSOFA 3.
Interventions:
 03:16 NRB 15 L -> SpO2 89%.
 03:20 HFNC 60 L/min, FiO2 1.0 -> SpO2 93%; weaned to 0.8 by 03:45.
 03:22 ABG: 7.46 / 31 / 58 / 22 on NRB. Lactate 3.2.
 03:25 Portable CXR: progression to bilateral infiltrates, R > L.
 03:27 30 mL/kg LR bolus started; BCx x2 redrawn; vancomycin + cefepime added (MRSA nares pending).
 03:35 Discussed with ICU attending Dr. [[NAME:Ngozi Ifeanyi-Brandt]] by phone - accepts to MICU.
 03:40 Spanish interpreter ([[NAME:Guillermo]], ID [[ID:24418]]) - updated pt; he agrees with ICU
       transfer and intubation if needed. Code status confirmed FULL.
 03:52 Wife [[NAME:María Elena Hernández]] updated by phone at [[PHONE:559-555-0132]] by Dr. [[NAME:Kapoor]].
Disposition: transferred to MICU bed 5W-08 at 03:58 on HFNC, accompanied by RRT RN and RT.
Debrief: signout anticipated deterioration; RRT called promptly at first threshold. No delays
identified. Equipment: HFNC (Airvo 2 s/n [[ID:AV2-0398812]]) moved with patient.
Documented by: [[NAME:Ravi Kapoor]], MD, PGY-3, [[DATE:02/10/2024]] 04:20
""")

# ---------------------------------------------------------------- 33 Safety event report
doc(r"""
PATIENT SAFETY EVENT REPORT (Confidential - Peer Review Privileged, ORC 2305.252)
Report #: [[ID:PSE-2024-004419]]      Submitted: [[DATE:2024-04-03]] 22:41      Facility: [[FACILITY:Saint Brendan Medical Center]]
Event type: Medication - wrong patient (near miss -> reached patient, no harm)    Harm score: E? -> C (final)
Event date: [[DATE:2024-04-03]]  approx. 20:15     Unit: 6 North
Reporter: [[NAME:Paulo Ferreira]], RN  (anonymous option declined)   Phone x[[PHONE:6-4410]]

Patients involved:
 (1) [[NAME:Abdi, Hodan]]  MRN [[MRN:SB01229934]]  Rm 614-B
 (2) [[NAME:Abdi, Hamza]]  MRN [[MRN:SB01230018]]  Rm 614-A   (not related; NAME ALERT flag was absent)

Description (reporter's words): Pharmacy label for pt (2) oxycodone 5 mg was scanned for pt (1)
because both armbands read "ABDI" and the scanner beeped on the first barcode in the room (pt 1's
armband was hanging on the IV pole instead of on her wrist). BCMA gave "patient mismatch" warning,
which I overrode thinking it was the usual wristband glitch. Realized the error when pt (1) said she
had already had her pain pill at 1630. Pt (1) received one extra oxycodone 5 mg. Monitored q1h:
RR 16, SpO2 97%, POSS 1. No naloxone needed. Hospitalist Dr. [[NAME:Gabriel Achebe]] notified at 20:30;
charge RN [[NAME:Deborah Oyeleke]] notified. Pt (1) and her husband [[NAME:Abdirahman]] were informed
(disclosure by Dr. [[NAME:Achebe]] with Somali interpreter [[NAME:Faisal Nur]] at 21:10). Pt (2) received his
correct dose at 20:40.

Contributing factors: same last name in adjacent beds; name alert sticker not applied; armband not
on patient; alert fatigue with BCMA overrides (unit override rate 7% in [[DATE:March]]).
Immediate actions: name alert applied; pt (2) moved to Rm 622; armband reapplied.
Manager follow-up ([[NAME:Colleen Hardesty]], MSN, nurse manager 6N, [[EMAIL:chardesty@stbrendan.example.org]]):
 - Unit huddle [[DATE:4/4]] re: BCMA override; IT ticket for scanner [[ID:SN 4410-7782-BC]] (Zebra DS8178).
 - Referred to Medication Safety Committee, meeting [[DATE:April 17]].
Just Culture algorithm: at-risk behavior -> coaching (not punitive).
""")

# ---------------------------------------------------------------- 34 Pharmacist discharge counselling
doc(r"""
PHARMACY DISCHARGE MEDICATION RECONCILIATION & COUNSELING
Pt: [[NAME:Baptiste, Jean-Robert]]   MRN [[MRN:SB00811456]]   DOB [[DATE:1971-11-08]]   Admit [[DATE:2024-07-20]]   DC [[DATE:2024-07-24]]
Pharmacist: [[NAME:Thu Trang Le]], PharmD, BCPS     Language: English (pt declined Haitian Creole interpreter)
Outpatient pharmacy: [[FACILITY:Kroger Pharmacy]] #742, [[ADDRESS:1350 N High St]] ([[PHONE:614-555-0135]])

Sources: pt interview, wife [[NAME:Nadège Baptiste]] (brought bottles), Surescripts fill history,
PDMP (OARRS) query [[DATE:7/24]] 09:12 - no controlled substances in past 12 months.

HOME MEDS PRIOR TO ADMISSION          | DISCHARGE PLAN            | COMMENT
insulin glargine 20 u qHS (rationing) | glargine 22 u qHS         | CHANGED dose
insulin lispro "when sugar high"      | lispro 6 u TID AC + scale | CHANGED - scheduled
atorvastatin 40 mg daily              | continue                  | -
lisinopril 5 mg daily (not taking)    | lisinopril 5 mg daily     | RESUME (albuminuria)
OTC "Haitian tea" (asosi)             | STOP                      | hypoglycemia risk w/ insulin
-                                     | glucagon nasal 3 mg (Baqsimi) | NEW - wife taught

Access: Pt lost employer insurance (laid off by [[FACILITY:Metro Transit Authority]] in [[DATE:May]]).
Medicaid application submitted [[DATE:7/23]] by SW ([[NAME:Carolyn Mbeki-Strand]]), confirmation
[[ID:OH-BEN-20240723-55817]]. Bridge supply: Lilly Insulin Value Program ($35/month) enrolled - card
BIN 610020, member [[ID:LV88120473]]. Meds to Beds filled 30-day supply; copay assistance applied.
Glucometer: Contour Next (serial [[ID:7421-HG-08812]]) with 100 strips.

Counseling (teach-back performed, pt demonstrated pen technique with correct prime and 10-second
hold): hypoglycemia "rule of 15", sick-day rules, when to call, DKA warning signs; do not skip basal.
Storage: unopened pens in fridge; in-use pen room temp up to 28 days. Sharps: laundry detergent
bottle acceptable per county guidelines.
Follow-up: Endocrine Dr. [[NAME:Anita Raghunathan]] [[DATE:8/6/24]]; diabetes education class
[[DATE:7/31]] at [[FACILITY:Cedar Valley Diabetes Center]], [[ADDRESS:Eastside Medical Office Building]], 3rd fl.
Pt's cell: [[PHONE:614-555-0197]]. Post-discharge pharmacist call scheduled 48-72 h.
Time spent: 35 min. [[NAME:T. Le]], PharmD  [[DATE:07/24/2024]] 11:50
""")

# ---------------------------------------------------------------- 35 PT evaluation
doc(r"""
PHYSICAL THERAPY INITIAL EVALUATION - OUTPATIENT ORTHO
[[FACILITY:Cedar Valley Sports & Rehab]] - [[ADDRESS:Polaris]] location
Patient: [[NAME:Tiago Rocha de Almeida]]     DOB: [[DATE:3/3/1999]]     Acct: [[ID:PT-0086731]]
Referring MD: Dr. [[NAME:Whitney Calloway]], orthopaedics ([[FACILITY:Tri-State Orthopaedic & Sports Medicine]])
Dx: s/p R ACL reconstruction (BTB autograft) + medial meniscus repair [[DATE:01/17/2024]]; ICD-10 Z98.890, S83.511A
Date of eval: [[DATE:01/24/2024]]   POD 7   Insurance: UnitedHealthcare Choice Plus, 20 visits/yr, auth [[ID:UHC-A20394471]]

SUBJECTIVE: 24 yo M, plays midfield for [[FACILITY:Columbus Crew 2]] (professional soccer) and coaches
youth players at [[FACILITY:Hilliard Davidson High School]]. Injury: non-contact pivot, [[DATE:Nov 25]].
Pain 3/10 at rest, 6/10 with stairs. Sleeping in brace locked at 0 deg. Goals: return to sport
by next season; team ATC [[NAME:Darnell Vickers]] ([[EMAIL:dvickers@crew2.example.com]]) requests
weekly progress notes - release of information signed [[DATE:1/24/24]].
Lives with girlfriend, 2nd floor apartment, elevator available.

OBJECTIVE:
Observation: incisions clean, steri-strips intact, moderate effusion (stroke test 2+).
AROM knee R: -3 to 78 deg (L: 0-140). PROM R: 0-85.
Quad lag 10 deg with SLR; quad set poor (NMES indicated). Patellar mobility decreased superior/inferior.
Lachman/pivot shift not tested (post-op). Thomas test L WNL. Ober test negative bilat.
Gait: 2 axillary crutches, WBAT in brace, antalgic. LEFS 22/80.
Tegner activity level pre-injury 9. Lysholm not scored (post-op).

ASSESSMENT: Expected early post-op presentation. Deficits in ROM, quad activation, effusion control,
and gait. Excellent rehab potential; highly motivated.

PLAN: 2-3x/week x 12 weeks, per Dr. [[NAME:Calloway]]'s ACL protocol (meniscus repair modification:
no WB flexion > 90 deg x 6 weeks, no isolated hamstring strengthening x 8 weeks). NMES (Russian
current) to quad, BFR training after week 2 pending MD approval, cryotherapy (Game Ready), patellar
mobs, heel slides, SLR progression. HEP via [[URL:https://cvsr.medbridgego.example/access/K7Q2WXM]].
Next visit [[DATE:1/26]]. Therapist: [[NAME:Ana Sofía Benítez]], PT, DPT, SCS   license [[ID:PT.012988]]
""")

# ---------------------------------------------------------------- 36 Wound care note
doc(r"""
WOUND, OSTOMY & CONTINENCE (WOC) NURSING CONSULT
[[DATE:3/15/24]] | [[FACILITY:Saint Brendan Medical Center]] 5W-12 | [[NAME:HASKELL, DOREEN]] | MRN [[MRN:SB00917364]] | 75F
Consult by: [[NAME:T. Castellanos]], RN (ICU)    WOC RN: [[NAME:Gwendolyn Ashby-Morales]], BSN, RN, CWOCN

Reason: sacral pressure injury, present on admission (POA) from [[FACILITY:Autumn Ridge Assisted Living]].
Braden 12 (moisture 2, activity 1, mobility 2, nutrition 2, friction/shear 1... recalculated = 11).

WOUND #1 - Sacrum/coccyx:
 Stage 3 pressure injury (was documented stage 2 on [[DATE:3/11]] - upstaged after debridement of
 slough revealed subcutaneous fat).
 Size: 4.2 cm L x 3.1 cm W x 0.6 cm D; undermining 1.0 cm at 12 o'clock; no tunneling.
 Bed: 70% red granulation, 30% yellow slough. No bone/tendon palpable. Exudate: moderate serosanguineous.
 Periwound: macerated 1 cm, intact otherwise. Odor: none after cleansing. Pain 4/10 with care.
WOUND #2 - R heel: Deep tissue pressure injury, 2.0 x 2.5 cm, intact maroon skin, boggy.
WOUND #3 - Groin folds: IAD / intertrigo with satellite lesions (likely candidal).

PLAN:
 - Sacrum: cleanse NS, Medihoney calcium alginate to base, skin prep to periwound, cover with
   silicone foam border (Allevyn Life); change daily and prn.
 - Heel: offload with Prevalon boots; float heels; no dressing; skin prep BID.
 - Groin: InterDry AG textile, nystatin powder BID.
 - Low-air-loss mattress (Hill-Rom Envision, asset tag [[ID:SBMC-BIO-22817]]) ordered.
 - Turn q2h with wedges; HOB <= 30 deg when not eating. Nutrition consult: protein 1.5 g/kg, Juven BID.
 - Photos uploaded to media tab (consent on file; photos contain no face).
 - Notified family (daughter [[NAME:Shirley Haskell-Ybarra]]) and facility DON [[NAME:Patrice Ojukwu]],
   [[PHONE:(513) 555-0139]], that wound was upstaged; state reporting not required (POA).
 - Re-evaluate [[DATE:3/18]]; WOC pager [[PHONE:4-9962]].
""")

# ---------------------------------------------------------------- 37 Release of information request
doc(r"""
HEALTH INFORMATION MANAGEMENT - RELEASE OF INFORMATION LOG ENTRY
ROI Request #: [[ID:ROI-24-018832]]        Received: [[DATE:05/06/2024]] via fax [[PHONE:(216) 555-0148]]
Requester: [[FACILITY:Bernstein, Kaye & Oduya LLP]] (plaintiff counsel) - paralegal [[NAME:Tamsin Greaves]]
Requester address: [[ADDRESS:1100 Superior Ave E, Ste 1550]], [[ADDRESS:Cleveland]], OH [[ZIP:44114]]
Patient: [[NAME:Caudill, Bobby R]]   DOB [[DATE:08/14/1968]]   MRN [[MRN:UB-77420183]]   Deceased? No
Authorization: HIPAA-compliant authorization signed by patient's legal guardian [[NAME:Loretta Caudill]]
(guardianship letters, [[ADDRESS:Bath County]] District Court case [[ID:24-P-00117]], attached) on [[DATE:04/29/2024]];
expires [[DATE:04/29/2025]].
Records requested: ED and inpatient records [[DATE:05/19/2023]] - present; imaging CDs; billing statements.
  NOTE: requester wrote dates of service "[[DATE:5/19/23]]" but patient's first encounter here was [[DATE:5/19/2024]]
  (transfer from [[FACILITY:Millbrook Regional Hospital]]). Clarified by phone with Ms. [[NAME:Greaves]] on [[DATE:5/8]];
  corrected date range [[DATE:05/19/2024]] - [[DATE:06/30/2024]].
Sensitive records screen: no 42 CFR Part 2 SUD records; no psychotherapy notes; HIV test results
present (Ohio requires specific authorization - box checked, OK to release).
Validation: [[NAME:K. Menon-Pryce]], RHIT, ROI specialist, [[DATE:05/08/2024]].
Fulfillment: 1,284 pages + 2 CDs released via secure portal ([[URL:https://roi.cedarvalleyhealth.example/pickup?tok=8HJD2LQX]])
on [[DATE:05/14/2024]]. Invoice [[ID:INV-ROI-774120]]: $1.26/page x 1,284 (Ohio statutory fee schedule).
Delivery confirmation email sent to [[EMAIL:tgreaves@bko-law.example.com]].
Patient copy: guardian requested copy mailed to [[ADDRESS:4470 Bethel Ridge Road]], [[ADDRESS:Owingsville]], KY [[ZIP:40360]].
Accounting of disclosures updated. Questions: ROI desk [[PHONE:614-555-0106]], M-F 8-4:30.
""")

# ---------------------------------------------------------------- 38 Patient billing statement
doc(r"""
[[FACILITY:CEDAR VALLEY HEALTH]] - PATIENT STATEMENT                       Statement date: [[DATE:06/15/2024]]
Remit to: [[FACILITY:Cedar Valley Health]] Patient Financial Services, [[ADDRESS:PO Box 71830]], [[ADDRESS:Columbus]], OH [[ZIP:43271-1830]]
Questions: [[PHONE:1-877-555-0114]] (M-F 7a-7p) | Pay online: [[URL:www.cedarvalleyhealth.example/paybill]]

GUARANTOR: [[NAME:OKORO, BARTHOLOMEW]]                    Guarantor acct #: [[ID:G-004481927]]
[[ADDRESS:815 Linden Ave]]
[[ADDRESS:Xenia]], OH [[ZIP:45385-2217]]
PATIENT: [[NAME:OKORO, BARTHOLOMEW]]     Hospital acct (HAR): [[ID:60021934471]]     MRN: [[MRN:SB00733519]]
Primary insurance: Anthem Blue Cross - Policy [[ID:XEO771203394]] - Group [[ID:178822M012]]
Employer (per insurance): [[FACILITY:Greene County Career Center]]

DATE OF SVC    | DESCRIPTION                              | CPT/REV | CHARGES    | INS PAID/ADJ | YOU OWE
[[DATE:12/26/23]]       | ED visit level 5                         | 99285   | $2,418.00  | $2,018.00    | $400.00
[[DATE:12/26/23]]       | Blood culture x2                         | 87040   |   $312.00  |   $312.00    |   $0.00
[[DATE:12/27/23]]       | TEE w/ probe placement                   | 93312   | $3,906.00  | $3,906.00    |   $0.00
[[DATE:12/26/23]]-[[DATE:01/09/24]] | Inpatient room & board (14 days)     | 0120    | $61,880.00 | $59,380.00   | $2,500.00
[[DATE:01/09/24]]       | PICC line insertion                      | 36573   | $1,745.00  | $1,745.00    |   $0.00
                                                    Total charges:       $70,261.00
                                                    Insurance payments: -$51,200.00
                                                    Contractual adj:    -$16,161.00
                                                    AMOUNT DUE:          $2,900.00   DUE BY [[DATE:07/15/2024]]

Claim #s: [[ID:23361E0042871]], [[ID:23361E0042872]]. Deductible met for 2023; out-of-pocket max $3,500.
Financial assistance: you may qualify (household of 2 at 250% FPL). Apply at
[[URL:https://www.cedarvalleyhealth.example/financial-assistance]] or call a counselor, [[NAME:Yvette Ramos-Kiel]],
at [[PHONE:614-555-0119]]. Payment plans from $25/month, 0% interest.

MESSAGES: A payment of $150.00 was received [[DATE:05/30/2024]] (thank you). Your
account will be referred to a collection agency if no payment or arrangement is made within 90 days.
-------------------------------------- detach and return --------------------------------------
Guarantor: [[NAME:Bartholomew Okoro]]   Acct [[ID:G-004481927]]   Amount due $2,900.00   Amount enclosed $______
Card #: ____________________ Exp: __/__  CVV: ___   Signature: ____________________
[ ] Check here if your address has changed and note new address on reverse.
""")

# ---------------------------------------------------------------- 39 Death pronouncement
doc(r"""
DEATH NOTE / PRONOUNCEMENT
Patient: [[NAME:Lombardi, Beatrice A.]]     MRN [[MRN:SB00388120]]     DOB [[DATE:01/11/1933]]
Unit: 3 South (Ortho) Rm 318     Date: [[DATE:02/19/2024]]

Called by RN [[NAME:Precious Ndlovu]] at 04:05 for absent respirations. On my arrival at 04:11 the
patient was unresponsive to verbal and painful stimuli, pupils fixed and dilated, no corneal reflex,
no spontaneous respirations over 1 minute, no heart sounds on auscultation for 1 minute, no carotid
pulse. Time of death 04:14 on [[DATE:02/19/2024]].

Brief summary: [[AGE>89:91]]-year-old woman with dementia, HFpEF, CKD 3b, s/p R hip hemiarthroplasty
[[DATE:2/14]] for femoral neck fracture, course complicated by hospital-acquired pneumonia and
delirium; transitioned to comfort measures on [[DATE:2/17]] after family meeting with niece/HCPOA
[[NAME:Carla Lombardi-Reyes]] and palliative care (Dr. [[NAME:Eun-ji Baek]]). DNR/DNI, comfort care.

Notifications:
- Niece [[NAME:Carla Lombardi-Reyes]] notified by phone at 04:25 ([[PHONE:717-555-0184]]); she will
  call [[FACILITY:DiNardo & Sons Funeral Home]] in [[ADDRESS:Harrisburg]].
- Attending Dr. [[NAME:K. Abernathy]] notified 04:30 (text page).
- [[FACILITY:Lifeline of Ohio]] (organ/tissue procurement) referral call 04:35, referral # [[ID:LOO-24-02291]];
  patient not a candidate for organ donation; eye/tissue declined by family.
- Coroner: case reviewed by phone with [[ADDRESS:Franklin County]] Coroner's investigator [[NAME:D. Szymanski]]
  because death occurred < 30 days after a fall-related fracture; case [[ID:FCC-24-1187]] -
  jurisdiction declined, OK to release to funeral home.
- [[FACILITY:Willow Crest]] notified (prior residence): [[FACILITY:Willow Crest Care Center]] nurse supervisor.
- Autopsy: offered, declined by HCPOA.
Cause of death (for certificate): (a) aspiration pneumonia, (b) closed R femoral neck fracture
after fall, (c) Alzheimer dementia; other significant conditions: HFpEF, CKD 3b.
Manner: accident (fall) - per coroner guidance.
Death certificate to be completed in EDRS by attending within 48 h; certificate # pending.
Chaplain Rev. [[NAME:Miriam Adjei]] with family by phone. Belongings (glasses, rosary) bagged with security.
[[NAME:Hamid Sadeghi]], MD, PGY-1, Hospital Medicine     [[DATE:02/19/2024]] 04:52
""")

# ---------------------------------------------------------------- 40 Geriatrics clinic
doc(r"""
[[FACILITY:Riverside Geriatrics]] - Office Visit
[[FACILITY:Riverside Geriatrics]] | [[NAME:Leonard Oyelaran]], MD | [[DATE:September 12, 2023]]

Patient: [[NAME:Ida Mae Thibodeaux]]   Age [[AGE>89:96]]   DOB [[DATE:03/04/1927]]   MRN [[MRN:RG-00193]]
Accompanied by: granddaughter [[NAME:Charmaine Boudreaux]] (lives with pt), great-grandson [[NAME:Jaylen]] (age 9)

CC: "My knees and my memory, baby - same as always." Routine 3-month follow-up.

HPI: Ms. [[NAME:Thibodeaux]] is a remarkably spry [[AGE>89:96]] y/o woman originally from [[ADDRESS:Opelousas]], LA who
moved north in 1961 and worked 34 years as a cook at [[FACILITY:Ohio State University Hospital]]. She still
walks to [[FACILITY:Mount Olive Baptist Church]] on Sundays with a cane. Granddaughter reports more
repetitive questioning over last 2 months, got lost once driving home from the grocery store on [[ADDRESS:Livingston Ave]]
(no longer drives - keys taken [[DATE:8/20]]). No falls. Eats well; sugar "a little high" at
home (140s fasting). Urinary urgency at night x3.
Her younger sister, [[NAME:Odessa]] ([[AGE>89:92]]), lives in [[ADDRESS:Lafayette]] and calls daily. Her late
husband [[NAME:Clarence]] died in 2004.

Meds: amlodipine 5, metformin 500 daily, acetaminophen 650 TID, vitamin D3 2000 IU, oxybutynin 5 mg
(started by urgent care [[DATE:July 2023]]).
Functional: independent in basic ADLs; needs help with IADLs (meds, finances, transport).
MoCA 17/30 (was 21/30 on [[DATE:6/8/2023]]); Mini-Cog 2/5. GDS-15: 3. Timed Up and Go: 16 s.
Exam: BP 138/70 sitting, 124/64 standing, HR 72. Wt 61 kg. Bilateral knee crepitus, no effusion.
Mild resting tremor R hand - no cogwheeling; not Parkinson's per exam.

A/P:
1. Major neurocognitive disorder, likely Alzheimer type, mild-moderate, progressing. STOP
   oxybutynin (anticholinergic - Beers list). Start donepezil 5 mg qHS. Discussed driving (done),
   finances - granddaughter to pursue POA with attorney. Referral to [[FACILITY:Central Ohio Area Agency on Aging]]
   for PASSPORT waiver; caseworker will call [[PHONE:614-555-0152]].
2. Overactive bladder - timed voiding; consider mirabegron if needed.
3. DM2 - A1c 7.4; appropriate for age; continue metformin (eGFR 48).
4. OA knees - continue acetaminophen; voltaren gel; PT at home.
5. Advance care planning: MOLST-like Ohio DNR discussed; she wants "everything except the
   breathing machine." Documented; copy to [[EMAIL:cboudreaux.care@example.net]] per pt request.
Next visit [[DATE:December 12, 2023]]. Call sooner for falls or delirium.
""")

# ---------------------------------------------------------------- 41 EHR access audit (privacy investigation)
doc(r"""
PRIVACY OFFICE - EHR ACCESS AUDIT REPORT (VIP / same-last-name / employee-patient triggers)
Case: [[ID:PRV-2024-0311]]     Requested by: [[NAME:Janelle Fortier-Oduya]], CHPC, Privacy Officer
Patient audited: [[NAME:MORALES-TEJADA, ADRIANA]]   MRN [[MRN:SB01077245]]   Flag: employee-patient (Environmental Services)
Date range: [[DATE:03/01/2024]] - [[DATE:03/12/2024]]      Source: Epic Access Log + FairWarning alerts

TIMESTAMP            | USER ID   | USER NAME              | ROLE             | ACTION               | WORKSTATION / IP
[[DATE:2024-03-02]] 07:14:09  | [[NAME:kmorales2]] | [[NAME:MORALES, KEVIN]]        | Pharmacy Tech    | Chart Review - Meds  | [[IP:10.44.61.23]]
[[DATE:2024-03-02]] 07:15:40  | [[NAME:kmorales2]] | [[NAME:MORALES, KEVIN]]        | Pharmacy Tech    | Demographics viewed  | [[IP:10.44.61.23]]
[[DATE:2024-03-04]] 13:02:55  | [[NAME:aoyelaran]] | [[NAME:OYELARAN, BOLA]]        | RN               | Flowsheets (treating)| [[IP:10.44.18.77]]
[[DATE:2024-03-06]] 22:48:13  | [[NAME:tdeluca]]   | [[NAME:DELUCA, TERESA]]        | Unit Secretary   | Results Review       | [[IP:172.16.9.140]] (VPN)
[[DATE:2024-03-06]] 22:49:01  | [[NAME:tdeluca]]   | [[NAME:DELUCA, TERESA]]        | Unit Secretary   | Notes - Psychiatry   | [[IP:172.16.9.140]] (VPN)
[[DATE:2024-03-09]] 09:30:27  | [[NAME:amoralest]] | [[NAME:MORALES-TEJADA, ADRIANA]] | Self (MyChart)  | Results viewed       | [[IP:2600:1702:4b10:9c30::1f]]
[[DATE:2024-03-11]] 16:20:44  | [[NAME:rgupta7]]   | [[NAME:GUPTA, ROHAN]]          | Physician        | Break-the-Glass      | [[IP:10.44.22.105]]

FINDINGS:
1. [[NAME:Kevin Morales]] (pharmacy tech) - shares surname but no documented relation; pt states he is her
   cousin. No verification task on his queue at that time. Access NOT work-related -> referred to HR.
2. [[NAME:Teresa DeLuca]] - remote access at 22:48 on [[DATE:3/6]] from VPN; she works day shift on a different
   unit; pt is her neighbor on [[ADDRESS:Cleveland Ave]] per complaint. Viewed behavioral health note.
   Access NOT work-related -> interview scheduled [[DATE:3/15]]; possible breach of sensitive information.
3. [[NAME:Bola Oyelaran]], RN - treating nurse during ED visit [[DATE:3/4]]. Appropriate.
4. Dr. [[NAME:Rohan Gupta]] - break-the-glass reason "consult"; psychiatry consult order present. Appropriate.
5. Patient self-access via MyChart from home IP (Comcast) - appropriate.

Breach risk assessment (4-factor): PHI viewed includes diagnosis and psychiatric note; unauthorized
recipients are workforce members; information not further disclosed per interviews so far; mitigation
underway. Preliminary determination: reportable breach affecting 1 individual (log for annual HHS
submission). Notification letter to patient by [[DATE:05/10/2024]] (within 60 days of discovery
[[DATE:03/12/2024]]), mailed to [[ADDRESS:4015 Karl Rd, Apt 22]], [[ADDRESS:Columbus]], OH [[ZIP:43224]].
Patient complaint was received via hotline [[PHONE:1-888-555-0163]] and by email from
[[EMAIL:adriana.mt@example.com]].
Report generated from [[URL:https://privacy.cedarvalleyhealth.example/cases/PRV-2024-0311]] by
[[NAME:jfortier]] on [[DATE:03/14/2024]].
""")

# ---------------------------------------------------------------- 42 Dialysis treatment note
doc(r"""
OUTPATIENT HEMODIALYSIS TREATMENT RECORD
Unit: [[FACILITY:Cedar Valley Kidney Center - Whitehall]]     Chair 9, 2nd shift (MWF)
Patient: [[NAME:Oluwaseun "Seun" Adebisi-Grant]]   DOB [[DATE:12/25/1967]]   MRN [[MRN:CVK-30482]]   Medicare ESRD ID [[ID:8JV2-AQ4-TT61]]
Treatment date: [[DATE:11/06/2023]]     Nephrologist: Dr. [[NAME:Takeshi Yamada]]     RN: [[NAME:Consolata Wanjiru]], RN
Machine: Fresenius 2008T s/n [[ID:2008T-7L4410]]     Dialyzer: Optiflux F180NR (reuse #0 - single use)

Access: L upper arm AV fistula (created 2019 by Dr. [[NAME:Ewa Nowak-Fields]], [[FACILITY:Riverbend Vascular Surgery]]).
 Thrill and bruit present. Cannulated 15g x2, antegrade/retrograde, rope-ladder technique. No infiltration.
Pre-tx: wt 86.9 kg (EDW 83.5), BP 172/94, HR 84, T 36.7, SpO2 96%. Lungs fine crackles bases, 1+ edema.
 Missed Friday's treatment ([[DATE:11/3]]) - pt reports no ride; [[FACILITY:Central Ohio Transit]] paratransit
 did not show.
Prescription: 4.0 h, Qb 400, Qd 600, 2K/2.5Ca bath, Na 138 (no profiling), heparin 2,000 u bolus + 1,000 u/h
 stopped 1 h before end. UF goal 3.4 L.
Intradialytic: 1st hour BP 150s-160s; at 2h45m BP 94/50 with cramping - UF paused, 200 mL NS, legs
 elevated; resumed at lower UF rate. Final UF 3.1 L.
Post-tx: wt 83.8 kg, BP 138/80, HR 78. Kt/V (monthly, [[DATE:10/30]]) 1.38; URR 72%.
Meds given: Epogen 6,000 u IV; Venofer 100 mg IV (#3 of 10); calcitriol 1 mcg IV.
Labs: K 5.9 pre (missed tx), phos 7.1, albumin 3.6, Hgb 10.4, PTH 612.
Education: fluid restriction (1 L/day), phosphorus binders with meals (sevelamer 1,600 mg TID).
Social: SW [[NAME:Bernadette Kiplagat]] arranged backup transport via [[FACILITY:Medride Ohio]] (trip # [[ID:MR-558102]]) for
 Wed [[DATE:11/8]]. Pt works part-time at [[FACILITY:Whitehall City Schools]] cafeteria; wife [[NAME:Folasade]] (cell
 [[PHONE:614-555-0104]]). Transplant: active on waitlist at [[FACILITY:University of Bluegrass Medical Center]]
 since [[DATE:3/2022]] (UNOS ID [[ID:JLD8842]]); transplant coordinator [[NAME:Melinda Ferraro]] called re: updated labs.
Next tx: [[DATE:11/8/2023]].
""")

# ---------------------------------------------------------------- 43 Emergency psychiatric hold
doc(r"""
APPLICATION FOR EMERGENCY ADMISSION (ORC 5122.10) - COPY FOR MEDICAL RECORD
Name of person: [[NAME:Nakamura-Bell, Skyler J.]]      DOB: [[DATE:2001-02-17]]      MRN: [[MRN:SB01302274]]
Address: [[ADDRESS:33 W Tulane Rd]], [[ADDRESS:Columbus]], OH [[ZIP:43202]]     Phone: [[PHONE:(614) 555-0125]]
Date/time of application: [[DATE:2024-10-19]] 01:35

The undersigned has reason to believe that the above person is a mentally ill person subject to
court order and represents a substantial risk of physical harm to self as manifested by evidence of
threats of, or attempts at, suicide or serious self-inflicted bodily harm.

Statement of belief (circumstances under which the person was taken into custody):
At approximately 23:50 on [[DATE:10/18/2024]], [[ADDRESS:Columbus]] Police officers [[NAME:M. Duarte]] (badge
[[ID:2291]]) and [[NAME:K. Osei]] (badge [[ID:3107]]) responded to a call from roommate [[NAME:Priyanka Raman]] at the above
address. Roommate found Mx. [[NAME:Nakamura-Bell]] in the bathroom with superficial lacerations to the L
forearm and an empty bottle of diphenhydramine (approx. 40 x 25 mg tabs missing). Pt texted a friend
"I'm done, tell my mom I'm sorry" at 23:31. Pt initially refused transport, then agreed. CPD incident
#[[ID:24-381144]]. Brought by ambulance (CFD Medic 12) to [[FACILITY:Saint Brendan Medical Center]] ED.

In the ED: pt tearful, guarded, states "I just wanted to sleep and not wake up." Declines voluntary
admission. Poison control ([[PHONE:1-800-555-0122]]) consulted - case [[ID:OH24-1019-0078]]: risk of
anticholinergic toxicity/QRS widening; ECG QRS 96 ms, QTc 478. Observation on telemetry x6h minimum.
Lacerations: 4 superficial, steri-strips; tetanus up to date.
Pt is a nursing student at [[FACILITY:Columbus State Community College]] and works at
[[FACILITY:Bexley Pet Hospital]] as a kennel attendant. Mother [[NAME:Naomi Nakamura]] in [[ADDRESS:Honolulu]]
notified with pt consent at 02:10 ([[PHONE:808-555-0117]]). Therapist at campus counseling:
Dr. [[NAME:Ahmad Rostami]].

Risk factors: prior attempt at age 16 (overdose), recent breakup, academic failure notice [[DATE:10/15]],
access to medications, insomnia. Protective: relationship with mother, pet cat ("Mochi"), engaged in therapy.
C-SSRS: actual attempt within past 24 h, active SI with intent. Columbia risk: HIGH.

Applicant: Dr. [[NAME:Olusegun Adeyemi]], MD (emergency physician)   Date [[DATE:10/19/2024]]
Receiving facility: [[FACILITY:Cedar Valley Behavioral Health]] inpatient unit (accepted by Dr. [[NAME:Naveen Rao]]
at 05:20) - transfer after medical clearance. Patient rights statement given and explained at 01:45;
pt requested to call attorney - given number for [[FACILITY:Disability Rights Ohio]].
Copy: probate court, [[ADDRESS:Franklin County]].
""")

# ---------------------------------------------------------------- 44 Pediatric asthma action plan / school letter
doc(r"""
[[FACILITY:KESTREL BAY CHILDREN'S HOSPITAL]] - PULMONARY CLINIC
[[ADDRESS:700 Children's Drive]] - [[ADDRESS:Columbus]], Ohio [[ZIP:43205]] - Clinic [[PHONE:614.555.0142]] - Fax [[PHONE:614.555.0143]]

[[DATE:August 21, 2024]]

To: School Nurse, [[FACILITY:Linden-McKinley STEM Academy]]
    Attn: Ms. [[NAME:Rochelle Abernathy-Diallo]], RN, LSN
    [[ADDRESS:1320 Duxberry Ave]], [[ADDRESS:Columbus]], OH [[ZIP:43211]]

RE: [[NAME:Amir Jalloh]]      DOB: [[DATE:11/30/2012]]      Grade: 6      Hospital MRN: [[MRN:KB-0730221]]

Dear Ms. [[NAME:Abernathy-Diallo]],

[[NAME:Amir]] is followed in our clinic for moderate persistent asthma. He was hospitalized on the
pediatric floor [[DATE:July 2]]-[[DATE:July 5, 2024]] for an exacerbation triggered by a viral infection and
wildfire smoke. Please keep the enclosed Asthma Action Plan and medication authorization on file
for the 2024-25 school year.

ASTHMA ACTION PLAN
GREEN ZONE (doing well: no cough/wheeze, can play, peak flow > 280 L/min [80% of personal best 350]):
  - Symbicort 80/4.5 mcg, 2 puffs twice daily at home (before school and at bedtime).
  - Before gym/recess: albuterol HFA 90 mcg, 2 puffs with spacer 15 minutes before exercise.
YELLOW ZONE (cough, wheeze, chest tightness, peak flow 175-280):
  - Albuterol 4 puffs with spacer every 20 minutes up to 3 times; call parent.
  - If not back in green zone within 1 hour, parent to call our clinic.
RED ZONE (very short of breath, can't talk in sentences, lips blue, peak flow < 175):
  - Albuterol 6 puffs now and CALL 911. Then call parent.

[[NAME:Amir]] may self-carry and self-administer his albuterol inhaler (he has demonstrated correct technique
with spacer; device: AeroChamber Plus). He is also allergic to peanuts - EpiPen Jr 0.15 mg (he
weighs 31 kg; please note we will switch to 0.3 mg at 25+ kg per updated dosing - prescription for
EpiPen 0.3 mg sent [[DATE:8/21]]). Allergy plan from Dr. [[NAME:Yuki Hosokawa]], allergy/immunology,
enclosed separately.

Parent/guardian: [[NAME:Fatmata Kamara-Jalloh]] (mother), cell [[PHONE:614-555-0159]], work [[PHONE:614-555-0162 x311]]
([[FACILITY:Nationwide Children's Daycare]]); father [[NAME:Ibrahim Jalloh]] [[PHONE:614-555-0168]].
Emergency contact: aunt [[NAME:Mariatu Conteh]] [[PHONE:614-555-0174]].

Please contact me with questions or if [[NAME:Amir]] is using his rescue inhaler more than twice a week at
school. Our asthma educator [[NAME:Kendra Liu]], RRT, AE-C can visit the school if helpful
([[EMAIL:asthma.outreach@kestrelbay.example.org]]).

Sincerely,
[[NAME:Gideon Achterberg-Sall]], MD
Pediatric Pulmonology
Parent signature: ___[[NAME:F. Kamara-Jalloh]]___     Date: [[DATE:8/21/24]]
""")

# ---------------------------------------------------------------- 45 Occupational health injury
doc(r"""
OCCUPATIONAL HEALTH - WORK INJURY INITIAL VISIT
[[FACILITY:Cedar Valley WorkCare - Groveport]]       DOS: [[DATE:1/8/2024]]     Provider: [[NAME:Rhys Llewellyn]], PA-C
Employee: [[NAME:Diaz-Okafor, Marisela]]     DOB: [[DATE:7/19/1985]]     SSN (last 4, for BWC): [[SSN:xxx-xx-3390]]
Employer: [[FACILITY:Dunmore Logistics]], [[ADDRESS:6200 Commerce Center Dr]], [[ADDRESS:Groveport]], OH [[ZIP:43125]]
Employer contact: [[NAME:Wade Kinsella]], safety manager, [[PHONE:614-555-0131]], [[EMAIL:wkinsella@dunmorelog.example.com]]
Ohio BWC claim: [[ID:24-800412]]     Employer policy #: [[ID:1847726-0]]     MCO: CompManagement Health Systems
Employee ID: [[ID:DL-44721]]     Job title: order picker, 2nd shift, 4 years

History of injury: On [[DATE:01/06/2024]] at about 19:40, while lifting a 50-lb case from the bottom shelf
in aisle 14, she felt a "pop" and sharp pain in her low back radiating into the R buttock. Reported to
supervisor [[NAME:Jamal Whitaker]] same night; first-aid report filed. Went to urgent care
([[FACILITY:MedExpress Canal Winchester]]) [[DATE:1/7]] - given ibuprofen, told to see occ health.
Denies numbness in groin/saddle area, bowel or bladder changes. Pain 7/10, worse with bending.
Prior: back strain 2019 (non-work), resolved. No prior claims.

Exam: Ht 5'4", Wt 172 lb. Paraspinal spasm R L4-S1. Lumbar flexion limited to 40 deg. SLR negative
bilaterally at 70 deg; crossed SLR negative. FABER negative. Strength 5/5 L2-S1; reflexes 2+ and
symmetric; no Babinski; sensation intact. Waddell signs 0/5.
Imaging: not indicated (no red flags) per ACOEM/ODG guidelines.

Dx: Lumbar strain, initial encounter (S39.012A). Work-related: YES.
Plan: naproxen 500 mg BID with food x 10 days; cyclobenzaprine 5 mg qHS prn x 7 days (no driving/
forklift operation within 8 h); ice/heat; PT 2x/wk x 3 wk at [[FACILITY:Cedar Valley Sports & Rehab]].
Work status: MODIFIED DUTY [[DATE:1/8/2024]] through [[DATE:1/22/2024]] - no lifting > 15 lb, no repetitive
bending/twisting, sit/stand as needed, no forklift. If modified duty unavailable, off work.
Forms: MEDCO-14 (physician's report of work ability) and FROI-1 faxed to employer HR [[PHONE:614-555-0133]]
and to MCO. Drug screen (post-accident, DOT not applicable): 10-panel collected, chain of custody
form [[ID:CCF 7731204]]; breath alcohol 0.000.
Recheck [[DATE:1/15/2024]]. Employee given copy of work restrictions and claim info; questions to
BWC customer service or [[URL:https://www.bwc.ohio.example.gov]].
""")

# ==== MAIN ====
MARK = re.compile(r"\[\[(NAME|DATE|PHONE|EMAIL|MRN|SSN|ADDRESS|ZIP|URL|IP|AGE>89|ID|FACILITY):(.+?)\]\]",
                  re.S)
TITLES = ("Dr. ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Fr. ", "Rev. ", "Officer ", "Prof. ", "Mx. ")
WEEKDAY = re.compile(r"(?i)^(mon|tue|wed|thu|fri|sat|sun)")


def strip(marked):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        cur += m.start() - pos
        surface = m.group(2)
        spans.append([cur, cur + len(surface), m.group(1), surface])
        out.append(surface)
        cur += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records, counts, errors, warnings = [], Counter(), [], []
    for i, marked in enumerate(DOCS, 1):
        did = "heldout%d-%02d" % (N, i)
        text, spans = strip(marked)
        if "[[" in text or "]]" in text:
            errors.append("%s: leftover markup" % did)
        prev_end = -1
        for s, e, t, surf in spans:
            if t not in TYPES:
                errors.append("%s: bad type %s" % (did, t))
            if text[s:e] != surf:
                errors.append("%s: span text mismatch %r" % (did, surf))
            if not surf or surf != surf.strip():
                errors.append("%s: span with edge whitespace %r" % (did, surf))
            if "\n" in surf:
                errors.append("%s: span crosses a line break %r" % (did, surf))
            if s < prev_end:
                errors.append("%s: overlapping spans at %d" % (did, s))
            if t == "DATE" and WEEKDAY.match(surf):
                errors.append("%s: weekday inside DATE span %r" % (did, surf))
            if t == "NAME" and surf.startswith(TITLES):
                errors.append("%s: title inside NAME span %r" % (did, surf))
            prev_end = e
            counts[t] += 1
        # warn about unlabelled repeats of a labelled surface
        covered = [False] * len(text)
        for s, e, _, _ in spans:
            for k in range(s, e):
                covered[k] = True
        for surf in {sp[3] for sp in spans if len(sp[3]) >= 4}:
            for m in re.finditer(re.escape(surf), text, re.I):
                if not any(covered[m.start():m.end()]):
                    a, b = m.start(), m.end()
                    # only whole-token occurrences
                    if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
                        warnings.append("%s: unlabelled repeat %r" % (did, surf))
        words = len(text.split())
        if not 150 <= words <= 700:
            warnings.append("%s: %d words" % (did, words))
        records.append({"id": did, "text": text,
                        "spans": [[s, e, t] for s, e, t, _ in spans]})
    for w in warnings:
        print("WARNING", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    with open(os.path.join(here, "eval_heldout%d.jsonl" % N), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    lines = ["notes: %d" % len(records), "spans: %d" % total]
    lines += ["  %-9s %d" % (t, counts[t]) for t in TYPES]
    with open(os.path.join(here, "COUNTS.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print("validation passed")


if __name__ == "__main__":
    main()
