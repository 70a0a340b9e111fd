#!/usr/bin/env python3
"""Held-out evaluation set 8: synthetic clinical notes with inline PHI markup.

Markup: [[TYPE:surface text]]  -> produces clean text + character spans.
All names, places, numbers below are invented.
Run:  /work/main/.venv/bin/python /work/blind8/notes.py
"""
import collections
import json
import os
import re
import sys

TYPES = ["NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP",
         "URL", "IP", "AGE>89", "ID", "FACILITY"]
MARK = re.compile(r"\[\[(NAME|DATE|PHONE|EMAIL|MRN|SSN|ADDRESS|ZIP|URL|IP|AGE>89|ID|FACILITY):(.*?)\]\]", re.S)

DOCS = []  # list of (region, text-with-markup)


def doc(region, text):
    DOCS.append((region, text))

# ---------------------------------------------------------------- 01 US outpatient letter
doc("US", """[[FACILITY:Lakeshore Heart & Vascular Associates]]
[[ADDRESS:2210 N. Halsted Street]], [[ADDRESS:Suite 400]]
[[ADDRESS:Chicago]], IL [[ZIP:60614-3318]]
Tel [[PHONE:(773) 555-0142]]  |  Fax [[PHONE:773.555.0199]]  |  [[URL:www.lakeshoreheartvasc.com]]

[[DATE:November 18, 2026]]

[[NAME:Priya Raghunathan]], MD
[[FACILITY:Wicker Park Family Medicine]]
[[ADDRESS:1540 W. Division St]]
[[ADDRESS:Chicago]], IL [[ZIP:60622]]

RE: [[NAME:Tomasz Wiśniewski]]     DOB: [[DATE:07/22/1958]]     MRN: [[MRN:LHV-0048213]]

Dear Dr. [[NAME:Raghunathan]],

Thank you for asking me to see Mr. [[NAME:Wiśniewski]], a 68-year-old retired CTA bus mechanic, whom I saw in clinic on [[DATE:11/14/2026]] for exertional chest tightness. He describes a pressure-like discomfort after climbing the two flights to his apartment on [[ADDRESS:W. Augusta Blvd]], relieved within 5 minutes by rest. No syncope. He quit smoking in 2009 (30 pack-years).

Medications: atorvastatin 40 mg nightly, lisinopril 10 mg daily, aspirin 81 mg daily, metformin 500 mg BID.

Exam: BP 148/86, HR 74 regular, BMI 31.2. JVP not raised. Soft S4. No carotid bruits. Levine sign absent.

ECG: sinus rhythm, 1 mm horizontal ST depression V4–V6. Lipids from [[DATE:September]]: LDL 112 mg/dL, HbA1c 7.4%.

Assessment: Typical angina, CCS class II. Duke treadmill score not yet available.

Plan:
1. Regadenoson SPECT booked for [[DATE:Tuesday, December 1]] at our [[ADDRESS:Evanston]] site.
2. Increase atorvastatin to 80 mg; add metoprolol succinate 25 mg daily.
3. SL nitroglycerin 0.4 mg PRN, instructed on use.
4. Return in 3 weeks, sooner if rest pain.

His daughter, [[NAME:Agnieszka]] ("[[NAME:Aggie]]"), attended and will help with appointments; she can be reached on [[PHONE:312-555-0187]].

Sincerely,

[[NAME:Marcus O. Delacroix]], MD, FACC
Interventional Cardiology   NPI [[ID:1457382910]]

cc: [[NAME:Tomasz Wiśniewski]] (patient), [[ADDRESS:2817 W. Augusta Blvd]], [[ADDRESS:Apt 2R]], [[ADDRESS:Chicago]], IL [[ZIP:60622]]
cc: [[NAME:Hannah Lindqvist]], PharmD, [[FACILITY:Walgreens #04471]]
""")

# ---------------------------------------------------------------- 02 US EMS PCR all caps
doc("US", """[[FACILITY:HARRIS COUNTY ESD 48 EMS]] - PATIENT CARE REPORT
INCIDENT #: [[ID:26-0114592]]   UNIT: MEDIC 61   CREW: [[NAME:RAMIREZ, J.]] (P) / [[NAME:NGUYEN, T.]] (EMT-B)
DATE: [[DATE:11/27/2026]]  DISP 0213  ENRT 0214  ONSCN 0222  PTCNT 0224  TRAN 0241  DEST 0258

PT NAME: [[NAME:OYELARAN, BABATUNDE K]]   AGE: 57   SEX: M   WT: 104 KG
DOB: [[DATE:03-09-1969]]   SSN: [[SSN:***-**-6621]]
ADDRESS: [[ADDRESS:15822 BRIAR FOREST DR]], [[ADDRESS:HOUSTON]] TX [[ZIP:77082]]
PHONE: [[PHONE:832 555 0134]]
DESTINATION: [[FACILITY:MEMORIAL HERMANN KATY]] ED   MRN AT DEST: [[MRN:M000771903]]

CC: CHEST PAIN / SOB
HPI: PT STATES SUDDEN ONSET SUBSTERNAL CP RADIATING TO L ARM WHILE ASLEEP APPROX 0145. 8/10 PRESSURE. DIAPHORETIC. WIFE [[NAME:FOLAKE]] CALLED 911. HX HTN, DM2, OSA ON CPAP. MEDS PER WIFE: AMLODIPINE, GLIPIZIDE. NKDA.

VITALS:
0225  BP 168/102  HR 112  RR 24  SPO2 91% RA  GCS 15  BGL 242
0235  BP 150/94   HR 104  RR 20  SPO2 97% 4L NC  PAIN 6/10
0250  BP 142/90   HR 98   RR 18  SPO2 98%  PAIN 4/10

12 LEAD: STE II, III, AVF 2-3 MM, RECIPROCAL DEP I/AVL. TRANSMITTED TO [[FACILITY:MHK]] 0231, STEMI ALERT ACK BY DR [[NAME:ABERNATHY]].
TX: ASA 324 MG PO, NTG 0.4 MG SL X2 (HELD 3RD, BP), IV 18G L AC, NS TKO, FENTANYL 50 MCG IVP 0238. ZOLL X SERIES SN [[ID:AR14J067721]].

NARRATIVE: FOUND PT SEATED ON EDGE OF BED, 2ND FLR BEDROOM. AMBULATED W/ ASSIST TO STAIR CHAIR. NEIGHBOR (MR. [[NAME:CHO]]) HELD DOG. TRANSPORTED EMERGENT, NO CHANGES. CARE TRANSFERRED TO RN [[NAME:K. BRANDT]] IN CATH LAB HOLD 0301, VERBAL REPORT GIVEN.

CREW SIG: [[ID:JRAMIREZ]] #[[ID:P-20931]]   TX PARAMEDIC LIC [[ID:1198245]]
""")

# ---------------------------------------------------------------- 03 US prior auth
doc("US", """PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
Payer: Blue Cross Blue Shield of Arizona   Fax to: [[PHONE:1-866-555-0109]]
Submitted: [[DATE:2026-11-19]] 16:42 MST    Urgent: [ ] Yes  [X] No

MEMBER INFORMATION
Name (Last, First MI): [[NAME:Begay, Loretta R.]]
Member ID: [[ID:XBA884213007]]     Group #: [[ID:0047731]]
DOB: [[DATE:01/30/1971]]    Sex: F
Address: [[ADDRESS:4471 E. Cactus Wren Rd]], [[ADDRESS:Flagstaff]], AZ [[ZIP:86004]]
Phone: [[PHONE:(928) 555-0162]]   Alt: [[PHONE:928-555-0120]] (work, ask for [[NAME:Lori]])

PRESCRIBER
Name: [[NAME:Evan T. Whitehorse]], DO     Specialty: Rheumatology
NPI: [[ID:1922047736]]     DEA: [[ID:BW4417208]]
Practice: [[FACILITY:Northern Arizona Arthritis Center]]
Phone: [[PHONE:928.555.0155 x214]]   Fax: [[PHONE:928.555.0156]]
Contact: [[NAME:Rosalind]] (MA)   [[EMAIL:rosalind.p@naarthritis.org]]

MEDICATION REQUESTED
Drug: adalimumab-aaty (Yuflyma) 40 mg/0.4 mL autoinjector
Sig: 40 mg SC every 14 days     Qty: 2 pens / 28 days   Refills: 5
ICD-10: M05.79 Rheumatoid arthritis with rheumatoid factor, multiple sites

CLINICAL INFORMATION
- Dx confirmed [[DATE:March 2023]]; RF 88 IU/mL, anti-CCP >250 U/mL.
- Methotrexate 20 mg weekly from [[DATE:04/2023]] to [[DATE:02/2025]], stopped for ALT 3x ULN.
- Leflunomide 20 mg daily [[DATE:03/2025]]–present, DAS28-CRP 5.1 on [[DATE:10/28/26]].
- Hydroxychloroquine 400 mg daily, continued; retinal screen [[DATE:8/2026]] normal.
- QuantiFERON-TB Gold negative ([[DATE:10/30/2026]]); HBsAg negative, HBcAb negative.
- Previous TNF inhibitor? No.

Prior claim ref (denied [[DATE:11/02]]): [[ID:PA-26-3318840]]
Attachments: rheum notes x3, labs, x-ray hands (acc # [[ID:FMC2610288841]]).

I attest the information above is accurate.
Signature: [[NAME:E. Whitehorse]]      Date: [[DATE:11/19/2026]]
""")

# ---------------------------------------------------------------- 04 US pharmacy dispensing log
doc("US", """store log - pharmacist intervention / dispensing notes   (printed [[DATE:12/01/26]] 07:02)
location: [[FACILITY:CVS Pharmacy #2214]], [[ADDRESS:390 Broadway]], [[ADDRESS:Chelsea]], MA [[ZIP:02150]]   ph [[PHONE:617-555-0121]]

rx# [[ID:6620481]]  pt: [[NAME:mendes, ana paula]]  dob [[DATE:4/9/1988]]
  drug: sertraline 100mg tab #30, sig 1 po qd   prescriber: dr. [[NAME:k. fitzgerald]] ([[FACILITY:mgh chelsea healthcare ctr]])
  note [[DATE:11/30]] - pt asked re: taking with tramadol from urgent care; counselled on serotonin syndrome sx. called prescriber office, spoke w/ [[NAME:Dana]], advised hold tramadol. rph [[NAME:LW]]

rx# [[ID:6620533]]  pt: [[NAME:O'SULLIVAN, DECLAN]]  dob [[DATE:12/24/1934]] (age [[AGE>89:91]])
  drug: apixaban 2.5mg bid #60
  note - dose check: age >= 80, wt 58 kg, SCr 1.6 -> reduced dose appropriate. son [[NAME:Brendan]] picks up, has HIPAA release on file. delivery to [[ADDRESS:14 Heard St]] apt 3 declined, will p/u. rph [[NAME:MT]]

rx# [[ID:6620590]]  pt: [[NAME:Huang, Mei-Ling]]  dob [[DATE:Aug 3, 1996]]
  drug: norethindrone 0.35mg #84
  ins rejected 75 - prior auth req'd (MassHealth ID [[ID:100284716523]]). faxed MD [[PHONE:617 555 0190]]. pt will pay cash $14.99 GoodRx for now. rph [[NAME:LW]]

rx# [[ID:6620611]]  pt: [[NAME:Jean-Baptiste, Wislande]]  dob [[DATE:02/17/1979]]
  drug: insulin glargine (Basaglar KwikPen) 100 u/mL 15 mL, 32 units qhs
  note - pt speaks Haitian Creole, used language line interp #[[ID:447102]]. demo'd pen, needles BD 4mm. cell [[PHONE:(857) 555-0148]]. f/u call [[DATE:12/3]].  tech [[NAME:Yesenia R]]

controlled log: hydrocodone/apap 5/325 #20 rx# [[ID:6620644]] for [[NAME:BAPTISTE, ROLAND]], PMP checked (MassPAT query id [[ID:MP-88130442]]), no red flags. DEA on rx [[ID:FB9902134]] verified. rph [[NAME:MT]]
""")

# ---------------------------------------------------------------- 05 US patient complaint email
doc("US", """From: [[NAME:Shawna Kealoha-Reyes]] <[[EMAIL:shawnakr808@gmail.com]]>
To: [[EMAIL:patientrelations@queenshealth-example.org]]
Date: Mon, [[DATE:Nov 23, 2026]] 9:14 PM
Subject: complaint about my grandmas care - PLEASE READ

Hi,

my name is [[NAME:Shawna]] and I am the granddaughter of [[NAME:Leilani Kealoha]] (birthday [[DATE:6/2/1932]]), she is [[AGE>89:94]] and was in your hospital from the [[DATE:15th]] to the [[DATE:20th]] of this month on the 5th floor. Her patient number on the bracelet was [[MRN:QMC 3318204]] and her social is [[SSN:576-22-1934]] if you need it.

I want to complain about a few things. First, nobody called us when she fell on the night of the [[DATE:17th]]. We found out from the night nurse [[NAME:Kimo]] when my auntie [[NAME:Pua]] visited the next morning. Second, her hearing aids (Phonak, in a little blue case with her name on it) went missing and nobody can find them. Third, the doctor, I think Dr [[NAME:Han]] or Dr [[NAME:Hahn]], told her she was "too old" for the physical therapy which made her cry.

Grandma has lived in [[ADDRESS:Kaimukī]] her whole life, she is still sharp, she does her own crossword every day. She deserved better.

I would like a call back. My cell is [[PHONE:808-555-0176]] or you can call my auntie [[NAME:Pualani Kealoha]] at [[PHONE:(808) 555-0113]]. Our address is [[ADDRESS:3519 Wai'alae Ave]], [[ADDRESS:Honolulu]] HI [[ZIP:96816]].

Mahalo,
[[NAME:Shawna K-R]]

Sent from my iPhone
""")

# ---------------------------------------------------------------- 06 US telemedicine chat
doc("US", """[[FACILITY:TeleCare Now]] - Virtual Urgent Care   Session ID: [[ID:TCN-7F3A-22819]]
Platform: [[URL:https://visit.telecarenow.example.com/s/7f3a22819]]   Client IP: [[IP:73.154.208.19]]
Started [[DATE:2026-11-28]] 19:03 CST

[19:03] System: Patient verified - [[NAME:Dakota Lindgren]], DOB [[DATE:05/11/2001]], location Minnesota.
[19:04] Dr. [[NAME:Amara Eze-Whitfield]]: Hi [[NAME:Dakota]], I'm Dr. [[NAME:Eze-Whitfield]]. What's going on tonight?
[19:04] [[ID:dlindgren01]]: hi. burning when i pee since like wednesday and now my back hurts on the right side
[19:05] Dr. [[NAME:Amara Eze-Whitfield]]: Any fever, chills, nausea or vomiting?
[19:06] [[ID:dlindgren01]]: had 101.2 earlier. took 2 advil. no vomiting
[19:06] Dr. [[NAME:Amara Eze-Whitfield]]: Any chance you could be pregnant? When was your last period?
[19:07] [[ID:dlindgren01]]: no. period started [[DATE:nov 10]]. i have the nexplanon
[19:08] Dr. [[NAME:Amara Eze-Whitfield]]: Allergies? Other meds?
[19:08] [[ID:dlindgren01]]: sulfa gives me hives. just zyrtec
[19:10] Dr. [[NAME:Amara Eze-Whitfield]]: With fever and flank pain this may be a kidney infection. I'd like you to be seen in person tonight for a urine test and exam. The closest urgent care still open is [[FACILITY:Allina Health Urgent Care - Coon Rapids]], open until 21:00.
[19:11] [[ID:dlindgren01]]: can u just send the antibiotic. my ride is my roommate [[NAME:Jordan]] and she works til 10
[19:13] Dr. [[NAME:Amara Eze-Whitfield]]: I understand. I'll send cephalexin 500 mg twice daily for 7 days to your pharmacy, but you must get a urine culture tomorrow. If fever over 102, vomiting or worse pain, go to the ER at [[FACILITY:Mercy Hospital]].
[19:14] [[ID:dlindgren01]]: ok. pharmacy is the [[FACILITY:target]] on [[ADDRESS:Northdale Blvd]]
[19:15] System: eRx sent - [[FACILITY:Target Pharmacy #T-1842]], [[ADDRESS:Coon Rapids]] MN [[ZIP:55448]]. Callback number on file [[PHONE:763-555-0138]].
[19:16] Dr. [[NAME:Amara Eze-Whitfield]]: Done. Lab order # [[ID:LO-5521907]] for urine culture at any of our partner labs. Feel better.
[19:16] System: Session closed. Clinician license MN [[ID:62118]].
""")
# ---------------------------------------------------------------- 07 US discharge summary nonagenarian
doc("US", """DISCHARGE SUMMARY
[[FACILITY:St. Agnes Community Hospital]] - [[ADDRESS:Fond du Lac]], Wisconsin

Patient: [[NAME:HELMER, Gertrude Anneliese]]     MRN: [[MRN:00-482-119]]     Acct: [[ID:V60031877]]
DOB: [[DATE:02/14/1931]]   Age: [[AGE>89:95 y]]   Sex: F
Admit: [[DATE:11/21/2026]]     Discharge: [[DATE:11/26/2026]]
Attending: [[NAME:Nikolai Petrov]], MD     PCP: [[NAME:Sarah Yoder-Kauffman]], NP ([[FACILITY:Agnesian Ripon Clinic]])

Principal diagnosis: Community-acquired pneumonia, right lower lobe
Secondary: HFpEF (EF 55% on echo [[DATE:3/2025]]), CKD stage 3b, hypothyroidism, macular degeneration

Hospital course:
Mrs. [[NAME:Helmer]] is a [[AGE>89:95-year-old]] widow who lives alone in a ground-floor apartment at [[FACILITY:Whispering Pines Senior Living]] on [[ADDRESS:Johnson St]] and was brought in by her nephew [[NAME:Dale Helmer]] after two days of cough, confusion and poor intake. CURB-65 was 3 (confusion, urea 31 mg/dL, age). CXR showed RLL consolidation. She was treated with ceftriaxone 1 g IV daily and azithromycin 500 mg then 250 mg x4 days, transitioned to cefpodoxime 200 mg PO BID on [[DATE:11/24]]. Furosemide was held for 48 hours for AKI (Cr peak 2.1 from baseline 1.5) and resumed at 20 mg daily. Delirium cleared by hospital day 3; CAM negative [[DATE:11/25]]. PT/OT evaluated: ambulates 150 ft with a rolling walker, min assist on stairs.

Goals of care were discussed with the patient and her health care POA, niece [[NAME:Marlene]] ([[NAME:Helmer]]) [[NAME:Vandenberg]], on [[DATE:11/23/2026]]. Patient confirms DNR/DNI; POLST on file, signed [[DATE:Jan 9 2024]].

Discharge medications:
- cefpodoxime 200 mg PO BID through [[DATE:11/30]]
- furosemide 20 mg PO daily
- levothyroxine 75 mcg daily
- acetaminophen 650 mg q6h PRN
- STOP: diphenhydramine (Beers list)

Follow-up:
- [[NAME:S. Yoder-Kauffman]] NP within 7 days - appt [[DATE:Wed 12/2]] 10:30, [[PHONE:920-555-0117]]
- Home health: [[FACILITY:Lakeland Home Care]] referral #[[ID:HH-26-04417]], first visit [[DATE:11/27]]
- Repeat CXR in 6 weeks

Condition at discharge: stable. Discharged to home with daily checks by [[FACILITY:Whispering Pines]] staff; niece's cell [[PHONE:(920) 555-0146]].

Electronically signed: [[NAME:N. Petrov]], MD  [[DATE:11/26/2026]] 14:22
""")

# ---------------------------------------------------------------- 08 US research consent log (csv export)
doc("US", """# export: consent_log_STRIDE-HF.csv  | generated [[DATE:2026-11-30]]T22:10:04Z by [[ID:kmorales3]] from REDCap project 4471 ([[URL:https://redcap.ucdenver-example.edu/redcap_v14.2.1/index.php?pid=4471]])
# Protocol: COMIRB 24-1187  |  PI: [[NAME:Mohammed Al-Rashid]], MD  |  Coordinator: [[NAME:Karina Morales]]
study_id,name,dob,consent_date,consent_version,consented_by,witness,phone,notes
[[ID:STR-001-017]],"[[NAME:Whitaker, Dale]]",[[DATE:1954-08-02]],[[DATE:2026-10-05]],v3.1,[[NAME:KM]],n/a,[[PHONE:303-555-0161]],
[[ID:STR-001-018]],"[[NAME:Tran, Bao Ngoc]]",[[DATE:1962-01-19]],[[DATE:2026-10-07]],v3.1,[[NAME:KM]],[[NAME:L. Ortiz]],[[PHONE:720-555-0177]],Vietnamese short form + interp [[NAME:Huy]]
[[ID:STR-001-019]],"[[NAME:Romero, Esperanza]]",[[DATE:1949-11-30]],[[DATE:2026-10-12]],v3.1,[[NAME:JP]],n/a,[[PHONE:(719) 555-0102]],LAR = daughter [[NAME:Graciela Romero-Baca]]
[[ID:STR-001-020]],"[[NAME:Kowalczyk, Stanley]]",[[DATE:1933-05-27]],[[DATE:2026-10-19]],v3.1,[[NAME:KM]],n/a,[[PHONE:303.555.0193]],age [[AGE>89:93]] - capacity assessed (UBACC 17/20)
[[ID:STR-001-021]],"[[NAME:Ahmed, Farhiya]]",[[DATE:1971-03-08]],[[DATE:2026-10-20]],v3.1,[[NAME:JP]],[[NAME:A. Yusuf]],[[PHONE:720 555 0148]],Somali interp; e-consent [[EMAIL:farhiya.ahmed71@yahoo.com]]
[[ID:STR-001-022]],"[[NAME:Little Bear, Joseph]]",[[DATE:1958-07-14]],[[DATE:2026-11-02]],v3.2,[[NAME:KM]],n/a,[[PHONE:970-555-0155]],re-consent after v3.2 amendment
[[ID:STR-001-023]],"[[NAME:Page, Summer]]",[[DATE:1980-12-25]],[[DATE:2026-11-09]],v3.2,[[NAME:JP]],n/a,[[PHONE:303-555-0129]],WITHDRAWN [[DATE:2026-11-21]] (moved to [[ADDRESS:Grand Junction]])
[[ID:STR-001-024]],"[[NAME:Chávez, Ignacio]]",[[DATE:1945-09-09]],[[DATE:2026-11-16]],v3.2,[[NAME:KM]],[[NAME:L. Ortiz]],[[PHONE:719-555-0184]],MRN [[MRN:UCH4410297]]
# 8 rows. Screen failures tracked separately. NCT05512208 registration current.

Coordinator notes ([[NAME:K. Morales]], [[DATE:11/30]]):
- [[ID:STR-001-020]] Mr. [[NAME:Kowalczyk]] is [[AGE>89:ninety-three]]; PI asked that every future visit include a brief teach-back of the main study risks because of mild hearing loss. His wife [[NAME:Irene]] prefers calls after 10 am. Next visit is the week 12 echo at [[FACILITY:UCHealth Anschutz Outpatient Pavilion]], booked for [[DATE:Jan 11]].
- [[ID:STR-001-023]] withdrawal form signed and scanned to the shared drive. Keep data collected up to the withdrawal date as per section 9.4 of the protocol; destroy the remaining blood samples (box 14, rack C).
- Reminder: consent form v3.2 must be used for all new participants from [[DATE:11/01/2026]]. Short-form consents need a witness signature and a copy of the translated summary in the binder.
- Questions to [[NAME:Karina]] at [[EMAIL:karina.morales@cuanschutz-example.edu]] or pager [[PHONE:303-555-0171]].
""")

# ---------------------------------------------------------------- 09 US lab requisition
doc("US", """[[FACILITY:QUEST DIAGNOSTICS]] - TEST REQUEST FORM          Req #: [[ID:WX 4471920]]
Account: [[ID:97220415]]   [[FACILITY:PIEDMONT INTERNAL MEDICINE]] / [[ADDRESS:1800 HOWELL MILL RD NW]] / [[ADDRESS:ATLANTA]] GA [[ZIP:30318]]
Client phone [[PHONE:404-555-0150]]   Fax [[PHONE:404-555-0151]]

PATIENT
Last: [[NAME:OKONJO]]           First: [[NAME:ADAEZE]]          MI: [[NAME:C]]
DOB: [[DATE:10/03/1985]]    Sex: F    Phone: [[PHONE:678-555-0119]]
Address: [[ADDRESS:522 PONCE DE LEON PL]] [[ADDRESS:#3]]  City: [[ADDRESS:DECATUR]]  St: GA  Zip: [[ZIP:30030]]
Patient ID / Chart: [[MRN:PIM-203318]]

BILL TO:  [X] Insurance  [ ] Patient  [ ] Client
Insurance: Aetna PPO   Member ID: [[ID:W229841130]]   Group: [[ID:889172-010-00003]]
Insured: [[NAME:Okonjo, Chukwuemeka]] (spouse)   Insured DOB: [[DATE:04/18/1982]]
Insured SSN (if required): [[SSN:231-55-0784]]

ORDERING PHYSICIAN: [[NAME:Lauren B. Shapiro]], MD   NPI [[ID:1366019245]]   UPIN n/a
Collection date: [[DATE:11/30/26]]  Time: 08:15   Fasting: Y   Collected by: [[NAME:tmk]]

TESTS
[X] 10231 Comprehensive Metabolic Panel
[X] 7600  Lipid Panel
[X] 496   Hemoglobin A1c
[X] 899   TSH
[X] 6399  CBC w/ Diff
[X] 36127 Vitamin D, 25-OH
[ ] 8472  Hepatitis C Ab w/ reflex

ICD-10: E78.5, R53.83, Z13.1, O99.280 (pt reports 14 weeks pregnant - LMP [[DATE:08/22/2026]])
Special: please call critical values to Dr [[NAME:Shapiro]] mobile [[PHONE:404 555 0166]]

Specimen labels: [[ID:WX4471920-01]] SST, -02 lavender, -03 grey
""")

# ---------------------------------------------------------------- 10 US radiology report
doc("US", """[[FACILITY:VALLEY REGIONAL IMAGING]]
EXAM: CT HEAD WITHOUT CONTRAST          ACCESSION: [[ID:VRI-26-1128-0457]]
PATIENT: [[NAME:Guadalupe Ybarra de la Cruz]]      MRN: [[MRN:7728104]]      DOB: [[DATE:Jan 2, 1934]]
AGE: [[AGE>89:92Y]]   SEX: F   LOCATION: ED Bay 12
ORDERING: [[NAME:Rafael Quintanilla]], DO      READ BY: [[NAME:Anjali Venkataraman]], MD
DATE OF SERVICE: [[DATE:11/28/2026]] 23:41       REPORT FINALIZED: [[DATE:11/29/2026]] 00:07

CLINICAL HISTORY: Unwitnessed fall at home in [[ADDRESS:Harlingen]]; on warfarin, INR 3.4. Headache, confusion per granddaughter.

TECHNIQUE: Axial CT images of the head without IV contrast. DLP 812 mGy-cm. Dose reduction techniques used. Scanner: Siemens SOMATOM go.Top SN [[ID:110482]].

COMPARISON: CT head [[DATE:04/07/2024]] ([[FACILITY:Harlingen Medical Center]], images via PACS share).

FINDINGS:
There is a 9 mm thick crescentic hyperdense extra-axial collection along the left frontoparietal convexity consistent with acute subdural hematoma. Midline shift 4 mm to the right. No intraventricular extension. Basal cisterns patent. Moderate generalized volume loss and chronic small vessel ischemic change, unchanged. No calvarial fracture. Left frontal scalp hematoma. Mastoid air cells and paranasal sinuses clear.

IMPRESSION:
1. Acute left subdural hematoma, 9 mm, with 4 mm rightward midline shift.
2. Left frontal scalp hematoma without fracture.

CRITICAL RESULT communicated by Dr. [[NAME:Venkataraman]] to Dr. [[NAME:Quintanilla]] by phone at 00:05 on [[DATE:11/29/2026]], read back confirmed. Neurosurgery on call (Dr. [[NAME:Okwuosa]]) notified via TigerText.

Workstation [[IP:10.44.12.208]] / user [[ID:avenkat]]
""")

# ---------------------------------------------------------------- 11 US nursing home incident log
doc("US", """[[FACILITY:MAPLE CREST SKILLED NURSING & REHAB]] - RESIDENT INCIDENT LOG (Unit 2 East)
Printed by [[ID:dhopkins]] [[DATE:12/1/2026]]

Date       | Time  | Resident (Rm)                       | Event                  | Injury | Reported to                          | Staff
[[DATE:11/22]]      | 0315  | [[NAME:Ruth Abernathy]] (214B), [[AGE>89:97]]      | fall from bed          | skin tear L forearm 3 cm | Dr. [[NAME:Kessler]], son [[NAME:Wayne]] [[PHONE:(502) 555-0133]] | LPN [[NAME:C. Dooley]]
[[DATE:11/23]]      | 1420  | [[NAME:Edward]] "[[NAME:Eddie]]" [[NAME:Sims]] (220A), 84    | resident-to-resident altercation w/ 218 | none | DON, APS not req | CNA [[NAME:Brianna]]
[[DATE:11/24]]      | 2210  | [[NAME:Florence Nightingale Boateng]] (209), 88 | med error - received 218A evening meds (metoprolol 25) | none, BP 104/60 monitored q1h | Dr. [[NAME:Kessler]], daughter [[NAME:Akua Boateng-Reed]] | RN [[NAME:T. Whitfield]]
[[DATE:11/26]]      | 0640  | [[NAME:Ruth Abernathy]] (214B)             | found on floor, bathroom | none | [[NAME:Wayne Abernathy]] | CNA [[NAME:Marisol]]
[[DATE:11/28]]      | 1905  | [[NAME:Harold Beaumont]] (231), [[AGE>89:ninety-one]] | elopement attempt - found at front door, WanderGuard alarm | none | son [[NAME:Phillip]] (POA) | [[NAME:Josh]] (security)

Notes:
- [[NAME:Abernathy]]: 2nd fall in 5 days. Care plan updated: low bed, floor mats, toileting q2h overnight. Family meeting [[DATE:Thurs 12/3]] 2pm. PT referral. Kentucky state reportable? No (no major injury) - per administrator [[NAME:D. Hopkins]].
- [[NAME:Boateng]]: pharmacy ([[FACILITY:Omnicare Louisville]]) notified, MAR audit started, incident #[[ID:IR-2026-0411]].
- [[NAME:Beaumont]]: [[AGE>89:91 yo]] with vascular dementia, BIMS 6. WanderGuard tag SN [[ID:WG7-0039281]] tested OK.

Resident addresses on file: [[FACILITY:Maple Crest]], [[ADDRESS:4400 Bardstown Rd]], [[ADDRESS:Louisville]] KY [[ZIP:40218]]. Main [[PHONE:502-555-0100]].
""")
# ---------------------------------------------------------------- 12 US on-call roster
doc("US", """[[FACILITY:MERCY WEST MEDICAL CENTER]] - DEPT OF MEDICINE ON-CALL SCHEDULE
Week of [[DATE:Nov 30]] - [[DATE:Dec 6, 2026]]  (rev. 3, [[DATE:11/25]], [[NAME:jlk]])
Hospital operator: [[PHONE:(513) 555-0100]]   Paging: [[URL:https://amion.example.com/mercywest]] (pw on whiteboard)

DAY        | DATE  | HOSPITALIST NIGHT       | CARDS           | GI             | NEPHRO
Mon        | [[DATE:11/30]] | [[NAME:Okafor, Chidi]] x4471   | [[NAME:Brennan]]         | [[NAME:Vasquez]]        | [[NAME:Hollis]]
Tue        | [[DATE:12/1]]  | [[NAME:Lindqvist, M]] x4472    | [[NAME:Brennan]]         | [[NAME:Shah, Nirav]]    | [[NAME:Hollis]]
Wed        | [[DATE:12/2]]  | [[NAME:Okafor, Chidi]] x4471   | [[NAME:Tanaka-Ross]]     | [[NAME:Shah, Nirav]]    | [[NAME:Abara]]
Thu        | [[DATE:12/3]]  | [[NAME:Mbeki]] (moonlighter)   | [[NAME:Tanaka-Ross]]     | [[NAME:Vasquez]]        | [[NAME:Abara]]
Fri        | [[DATE:12/4]]  | [[NAME:Lindqvist, M]] x4472    | [[NAME:Brennan]]         | [[NAME:Vasquez]]        | [[NAME:Hollis]]
Sat-Sun    | [[DATE:12/5-6]] | [[NAME:Price, Dawn]] x4473    | [[NAME:Brennan]]         | [[NAME:Shah, Nirav]]    | [[NAME:Abara]]

Personal cells (DO NOT POST OUTSIDE PHYSICIAN LOUNGE):
[[NAME:Chidi Okafor]]      [[PHONE:513-555-0182]]
[[NAME:Maja Lindqvist]]    [[PHONE:513 555 0147]]
[[NAME:Kwame Mbeki]]       [[PHONE:+1 (859) 555-0163]]
[[NAME:Dawn Price]]        [[PHONE:513.555.0129]]
[[NAME:Sean Brennan]]      [[PHONE:513-555-0191]]
[[NAME:Yuki Tanaka-Ross]]  [[PHONE:513-555-0158]]
[[NAME:Nirav Shah]]        [[PHONE:(513) 555-0104]]
[[NAME:Lucia Vasquez]]     [[PHONE:513-555-0136]]
[[NAME:Grant Hollis]]      [[PHONE:513-555-0175]]
[[NAME:Ifeoma Abara]]      [[PHONE:513-555-0112]]

Notes:
* Dr [[NAME:Mbeki]] covering [[DATE:12/3]] for Dr [[NAME:Okafor]] (conference). Swap approved by [[NAME:J. Kowalski]], chief.
* Stroke calls go to neuro at [[FACILITY:UC Medical Center]] via transfer center [[PHONE:1-800-555-0147]].
* Rapid response pager 2200; code blue dial 55.
* New nocturnist [[NAME:Dawn]] starts [[DATE:Dec 5]] - please orient her to Epic secure chat (username [[ID:dprice2]]).
""")

# ---------------------------------------------------------------- 13 US child protective referral
doc("US", """MANDATED REPORTER - SUSPECTED CHILD ABUSE REPORT (written follow-up to phone report)
To: [[FACILITY:Sacramento County Child Protective Services]]   Hotline ref #: [[ID:0347-2291-4410-8851206]]
Phone report made [[DATE:11/29/2026]] at 16:20 to intake worker Ms. [[NAME:Delgado]].

REPORTING PARTY: [[NAME:Naomi Feldstein]], LCSW, Social Work Dept, [[FACILITY:Sutter Children's Center]]
Work phone [[PHONE:916-555-0139]]   Email [[EMAIL:nfeldstein@sutterkids-example.org]]

CHILD: [[NAME:Jayden Malik Carter]]   DOB [[DATE:3/18/2022]] (4 y)   MRN [[MRN:SCC-9928144]]
Home: [[ADDRESS:7716 Stockton Blvd]] [[ADDRESS:Unit 12]], [[ADDRESS:Sacramento]] CA [[ZIP:95823]]
School/daycare: [[FACILITY:Little Sprouts Learning Center]], [[ADDRESS:Florin Rd]]

MOTHER: [[NAME:Tiana Carter]], 23, cell [[PHONE:(916) 555-0188]]
MOTHER'S PARTNER (not bio father): [[NAME:Deshawn]] "[[NAME:Dre]]" [[NAME:Wallace]], approx. 30
BIO FATHER: [[NAME:Marcus Bell]], incarcerated ([[FACILITY:Folsom State Prison]]), CDCR # [[ID:BK4471]]
OTHERS IN HOME: half-sibling [[NAME:Nevaeh Wallace]], 11 months; maternal grandmother [[NAME:Loretta Carter]] visits weekends.

NARRATIVE:
[[NAME:Jayden]] was brought to the ED by his grandmother on [[DATE:Sunday 11/29]] with a swollen left arm. Grandmother states he "fell off the couch." Skeletal survey shows a spiral fracture of the left humerus and a healing posterior rib fracture (estimated 2-4 weeks old). Multiple patterned bruises on the buttocks and back of the thighs, linear, 2 cm wide, consistent with a belt or cord. [[NAME:Jayden]] said "[[NAME:Dre]] gets mad when I pee." Mother arrived at 15:00, was tearful, states she works nights at the [[FACILITY:Walmart]] on [[ADDRESS:Mack Rd]] and partner watches the children. Police notified: [[FACILITY:Sacramento Police Dept]] Officer [[NAME:R. Thao]] #[[ID:1187]], report #[[ID:SPD-26-338102]].

Child admitted under Dr. [[NAME:Eleanor Whitcombe]] (Child Abuse Pediatrics). Hospital hold in place. Sibling [[NAME:Nevaeh]] to be examined today.

Signature: [[NAME:N. Feldstein]], LCSW #[[ID:LCS 77129]]    Date: [[DATE:11/30/2026]]
""")

# ---------------------------------------------------------------- 14 US immunization record
doc("US", """OFFICIAL IMMUNIZATION RECORD - printed from TennIIS (Tennessee Immunization Information System)
Printed: [[DATE:11/24/2026]]   Printed by: [[ID:PHN_SALVAREZ]]   Provider: [[FACILITY:Metro Nashville Public Health - Woodbine Clinic]], PIN [[ID:TN0193]]

Name: [[NAME:Mateo Andrés Salgado-Pineda]]       TennIIS ID: [[ID:2984471036]]
DOB: [[DATE:June 3, 2021]]     Sex: M
Parent/Guardian: [[NAME:Yolanda Pineda]]         Phone: [[PHONE:615-555-0114]]
Address: [[ADDRESS:3317 Nolensville Pike]], [[ADDRESS:Nashville]], TN [[ZIP:37211]]

VACCINE        | DATE GIVEN | DOSE | MFR  | LOT        | SITE | GIVEN BY
HepB           | [[DATE:06/03/2021]] | 1    | MSD  | T019844    | RT   | [[NAME:K.Bishop]], RN ([[FACILITY:TriStar Centennial]])
HepB           | [[DATE:07/09/2021]] | 2    | MSD  | T022151    | RT   | [[NAME:L. Amari]], LPN
DTaP-IPV-Hib-HepB | [[DATE:08/12/2021]] | 1 | SKB | 3YC92      | LT   | [[NAME:L. Amari]], LPN
PCV15          | [[DATE:08/12/2021]] | 1    | MSD  | W008732    | RT   | [[NAME:L. Amari]], LPN
Rotavirus      | [[DATE:08/12/2021]] | 1    | MSD  | V019230    | PO   | [[NAME:L. Amari]], LPN
MMR            | [[DATE:07/05/2022]] | 1    | MSD  | Y003419    | LA   | [[NAME:S. Alvarez]], PHN
Varicella      | [[DATE:07/05/2022]] | 1    | MSD  | Y004121    | RA   | [[NAME:S. Alvarez]], PHN
Hep A          | [[DATE:07/05/2022]] | 1    | SKB  | 7H9T2      | LT   | [[NAME:S. Alvarez]], PHN
Influenza      | [[DATE:10/19/2026]] | 0.5mL | SP  | UT8122BA   | LD   | [[NAME:S. Alvarez]], PHN

Certificate of Immunization (school form PH-4103) issued [[DATE:11/24/2026]] for Pre-K at [[FACILITY:Glencliff Elementary]].
Comments: Parent declined COVID-19 vaccine [[DATE:10/19/26]]; VIS given. Due: DTaP #4/5, IPV #4, MMR #2 before [[DATE:8/2026]] kindergarten entry - OVERDUE. Reminder letter mailed. Interpreter (Spanish) [[NAME:Esteban]] present.
""")

# ---------------------------------------------------------------- 15 US IME / medico-legal
doc("US", """INDEPENDENT MEDICAL EXAMINATION
Prepared for: [[NAME:Carla Mendelsohn]], Claims Adjuster, Liberty Mutual
Claim No.: [[ID:WC 413-229018-01]]     Employer: [[FACILITY:Duquesne Steel Fabricators]]
Claimant: [[NAME:Raymond J. Kowalski Jr.]]     DOB: [[DATE:9/14/1972]]     SSN: [[SSN:xxx-xx-3390]]
Date of Injury: [[DATE:February 6, 2026]]     Date of Exam: [[DATE:November 20, 2026]]
Examiner: [[NAME:Harold P. Lutz]], MD, Board Certified Orthopaedic Surgery, PA License [[ID:MD-048821-L]]

Dear Ms. [[NAME:Mendelsohn]]:

At your request I examined Mr. [[NAME:Kowalski]] at my office, [[ADDRESS:600 Grant Street]], [[ADDRESS:Suite 2210]], [[ADDRESS:Pittsburgh]], PA [[ZIP:15219]], on the above date. He was accompanied by his wife, [[NAME:Denise]], who remained in the waiting area. Identity was verified by Pennsylvania driver's license [[ID:28 441 907]].

History: Mr. [[NAME:Kowalski]], a 54-year-old right-hand-dominant welder, states that on [[DATE:2/6/26]] he was lifting a 40-lb steel plate with co-worker [[NAME:Luis Ortega]] when he felt a pop in his right shoulder. He was seen the same day at [[FACILITY:UPMC Mercy]] Emergency Department. MRI on [[DATE:3/2/2026]] at [[FACILITY:Allegheny Imaging]] (accession [[ID:AI26030244]]) showed a full-thickness supraspinatus tear, 1.4 cm, with 1 cm retraction. He underwent arthroscopic rotator cuff repair by Dr. [[NAME:Vivian Oduya]] on [[DATE:April 15, 2026]], followed by 36 sessions of physical therapy at [[FACILITY:Strive PT - South Side]].

Current complaints: aching pain 3/10 at rest, 6/10 with overhead work, night pain twice weekly.

Examination: Height 5'11", weight 228 lb. Right shoulder forward flexion 150°, abduction 140°, external rotation 50° (left 180/170/80). Strength 4+/5 supraspinatus. Hawkins and Neer mildly positive. No atrophy.

Opinions (to a reasonable degree of medical certainty):
1. Diagnosis: Right full-thickness rotator cuff tear, causally related to the work incident of [[DATE:2/6/2026]].
2. Maximum medical improvement reached as of [[DATE:11/20/2026]].
3. Whole person impairment 6% per AMA Guides, 6th Edition.
4. He may return to work with restrictions: no lifting >25 lb above shoulder level; no repetitive overhead work.

I have not seen the surveillance video referenced in your letter of [[DATE:October 28]]. I reserve the right to amend this opinion on review of additional records.

[[NAME:Harold P. Lutz]], M.D.
Tel [[PHONE:412-555-0128]]   Fax [[PHONE:412-555-0129]]
""")
# ---------------------------------------------------------------- 16 US death notification / certificate worksheet
doc("US", """DEATH CERTIFICATE WORKSHEET - PHYSICIAN/MEDICAL CERTIFIER  (NC DHHS form, draft for EDRS entry)
Facility: [[FACILITY:Cape Fear Valley Medical Center]], [[ADDRESS:Fayetteville]], NC     Unit: 4 North

Decedent's legal name: [[NAME:Cornelius Abernathy Pettigrew]]   AKA: "[[NAME:Neal]]"
Sex: M   SSN: [[SSN:244-19-6072]]
Date of birth: [[DATE:April 30, 1928]]   Age at death: [[AGE>89:98 years]]
Birthplace: [[ADDRESS:Lumberton]], North Carolina
Residence: [[ADDRESS:209 Hay Mount Ct]], [[ADDRESS:Fayetteville]], [[ADDRESS:Cumberland County]], NC [[ZIP:28305]]
Marital status: widowed   Spouse: [[NAME:Ida Mae Pettigrew]] (predeceased)
Father: [[NAME:Josiah Pettigrew]]   Mother (maiden): [[NAME:Hattie Locklear]]
Informant: [[NAME:Bernice P. Odom]] (daughter), [[ADDRESS:118 Raeford Rd]], [[ADDRESS:Hope Mills]] NC [[ZIP:28348]], tel [[PHONE:910-555-0173]]
Usual occupation: tobacco farmer / deacon, [[FACILITY:Mt. Sinai Missionary Baptist Church]]
Military: US Army, Korea

Date of death: [[DATE:11/28/2026]]   Time pronounced: 04:50   Pronounced by: RN [[NAME:Latoya Fairley]]
Place of death: inpatient   Hospital MRN: [[MRN:CFV 01927734]]

PART I  Cause of death                                            Interval
a. Aspiration pneumonia                                           3 days
b. Dysphagia                                                       months
c. Late-stage Alzheimer dementia                                  ~8 years
PART II  Other: CKD stage 4, atrial fibrillation, prostate CA (2011, treated)

Manner: Natural.  Autopsy: No.  ME notified: No (not required).  Tobacco contributed: probably.
Disposition: burial, [[FACILITY:Jernigan-Warren Funeral Home]], FD license [[ID:FH-4418]].

Certifier: [[NAME:Prakash Subramaniam]], MD   NC license [[ID:2009-01184]]   NPI [[ID:1730548121]]
Date signed: [[DATE:11/28/2026]]
Family notified by Dr. [[NAME:Subramaniam]] by phone at 05:10 (daughter [[NAME:Bernice]] and grandson [[NAME:Tyrell]]). Chaplain Rev. [[NAME:Hodges]] attended.
""")

# ---------------------------------------------------------------- 17 US psychiatric hold evaluation
doc("US", """[[FACILITY:HARBORVIEW MEDICAL CENTER]] - PSYCHIATRIC EMERGENCY SERVICES
Designated Crisis Responder Evaluation / RCW 71.05 Detention

Patient: [[NAME:Kai Nakamura-Olsen]] (prefers "[[NAME:KJ]]", they/them)   MRN: [[MRN:H4471029]]   DOB: [[DATE:1/5/1999]]   SSN: [[SSN:539274410]]
Date/time of evaluation: [[DATE:11/27/2026]] 22:40
Evaluator: [[NAME:Rosa Villanueva-Chen]], DCR, [[FACILITY:King County Crisis & Commitment Services]], DCR # [[ID:K-2247]]
Referred by: SPD officer [[NAME:B. Haugen]] #[[ID:8831]] under ITA, incident [[ID:2026-338471]]

Presenting: Pt found by police on the [[ADDRESS:Aurora Bridge]] at 20:15 after bystander (Ms. [[NAME:Teresa Lum]], [[PHONE:206-555-0131]]) called 911. Pt had climbed the outer railing. Brought in voluntarily in handcuffs for safety. Per pt's roommate [[NAME:Ben Ashworth]] (contact [[PHONE:206 555 0165]]), pt lost job at [[FACILITY:Starbucks Reserve Roastery]] last month and has been posting goodbye messages on Instagram (@[[ID:kj.drifts]]).

MSE: disheveled, poor eye contact, psychomotor slowing. Speech low volume. Mood "done." Affect constricted, tearful. TP linear. TC: persistent SI with plan (jump), intent "if I get out." Denies HI. No AH/VH. Oriented x4. Insight poor, judgment impaired. C-SSRS: high risk. PHQ-9 24. BAL 0.00, UDS +THC.

History: MDD with prior attempt (overdose, 2021, admitted to [[FACILITY:Fairfax Behavioral Health]] in [[ADDRESS:Kirkland]]). Outpt psychiatrist Dr. [[NAME:Howell]] at [[FACILITY:Sound Mental Health]], last seen [[DATE:Sept 2026]]; sertraline 150 mg, self-discontinued [[DATE:October]].

Determination: Pt presents imminent likelihood of serious harm to self as a result of a behavioral health disorder and refuses voluntary admission. Less restrictive alternatives (crisis triage, voluntary inpatient) offered and declined. 120-hour initial detention authorized.
Detained to: [[FACILITY:Navos - West Seattle]] E&T, bed 14, pending medical clearance. Probable cause hearing to be set at [[FACILITY:King County Superior Court]], ITA court, case no. [[ID:26-6-04417-1 SEA]].

Notified: mother [[NAME:Junko Nakamura]] ([[ADDRESS:Spokane]], [[PHONE:509-555-0142]]) per pt consent.
Signed: [[NAME:R. Villanueva-Chen]], DCR    [[DATE:11/27/26]] 23:55
""")

# ---------------------------------------------------------------- 18 US OCR'd fax referral with noise
doc("US", """FAX  FROM: [[PHONE:2O2 555 O118]]   TO: [[PHONE:301-555-0190]]    [[DATE:11/3O/2026]] 14:O2   P.1/3
----------------------------------------------------------------
[[FACILITY:Capit0l Hi1l Family Hea1th]]        REFERRAL F0RM
[[ADDRESS:1l0O Pennsy1vania Ave SE]] , [[ADDRESS:Wash1ngton]] DC [[ZIP:2OOO3]]
Ph: [[PHONE:(2O2) 555-O118]]    Fax: [[PHONE:(2O2) 555-O119]]

T0: [[FACILITY:Ho1y Cross Hosp1tal]] - Endocrin0logy
Attn: Dr. [[NAME:Be1inda Ashford-0wusu]]

PATlENT: [[NAME:Rah1m, Nus rat]]          D0B: [[DATE:O7/19/1967]]
MRN: [[MRN:CHF-O334712]]      Ins: Medicaid (DC) #[[ID:7O441932]]
Addr: [[ADDRESS:44l2 Benning Rd NE]] , [[ADDRESS:Apt 2O4]]  [[ADDRESS:Wash ington]], DC [[ZIP:2OO19]]
Ph0ne: [[PHONE:2O2-555-O197]]   Pref. 1anguage: Benga1i (interpreter needed)
Emerg. c0ntact: [[NAME:Sha fiq Rahim]] (husband) [[PHONE:2O2 555 O1O6]]

Reas0n f0r referra1: Uncontro11ed T2DM, A1c 1O.8% ([[DATE:1O/12/26]]) on metf0rmin 1OOO mg BID + g1ipizide 1O mg BID,
eGFR 52. Pt f asting during Ramadan ear1ier this year w/ hyp0s. P1s eva1 f0r insu1in / GLP-1.

Urgency: [ ] STAT  [X] R0utine (2-4 wks)   [ ] Urgent

Referring pr0vider: [[NAME:Tom as Greenbaum]], MD    NPI [[ID:1O83927745]]
Signature: [[NAME:T Greenbaum]]       Date: [[DATE:11 /3O/26]]

---- p.2 (scan qua1ity p00r) ----
...1abs attached: CMP, 1ipid, UACR 88 mg/g ... [[DATE:1O/12]] ... feet: diminished m0n0fi1ament R ...
CONFlDENTlAL: This fax c0ntains PHl. lf received in err0r ca11 [[PHONE:2O2.555.O118]].
""")
# ---------------------------------------------------------------- 19 US HIV clinic intake
doc("US", """[[FACILITY:Magnolia Community Health - Ryan White Part C Clinic]]
NEW PATIENT INTAKE (HIV primary care)          Visit: [[DATE:Friday, November 20, 2026]]

Name: [[NAME:Rashad Lamont Pierre]]     Preferred name: [[NAME:Shad]]     Pronouns: he/him
DOB: [[DATE:08-27-1994]]    MRN: [[MRN:MCH0082217]]    CAREWare client ID: [[ID:LA-CW-5513902]]
Address: [[ADDRESS:2617 Touro St]], [[ADDRESS:New Orleans]], LA [[ZIP:70119]]   (staying w/ cousin - mail to [[ADDRESS:PO Box 19273]], [[ZIP:70179]])
Cell: [[PHONE:504-555-0124]] - OK to text? YES, but no clinic name in texts
Email: [[EMAIL:shad.pierre94@outlook.com]]
Insurance: LA Medicaid (Healthy Louisiana) ID [[ID:4410293378]]; ADAP enrolled [[DATE:11/13/26]] (SSN on ADAP form: [[SSN:437 88 1209]])

HIV history: Dx [[DATE:10/30/2026]] at [[FACILITY:CrescentCare]] testing event (rapid + confirmatory HIV-1/2 diff). Linked by DIS [[NAME:Angela Broussard]] (OPH Region 1). Partner services case # [[ID:R1-26-1190]]. Likely exposure: male partner, condomless anal sex; no IDU. Prior neg test [[DATE:Feb 2025]].

Labs [[DATE:11/13]]: CD4 312 cells/mm3 (19%), VL 84,200 copies/mL, genotype pending (acc [[ID:LC 26-318-7712]]), HLA-B*5701 neg, HBsAg neg, HBsAb neg, HCV Ab neg, RPR 1:32 (treated [[DATE:11/13]] BPG 2.4 MU IM), Cr 0.9, UA nl.

Social: works at a restaurant in the [[ADDRESS:Marigny]] (asked that we not contact employer). Lives w/ cousin [[NAME:Jolene]] who does not know status. Mother [[NAME:Claudette Pierre]] in [[ADDRESS:Baton Rouge]] - emergency contact only, [[PHONE:(225) 555-0168]], may NOT disclose dx. EtOH 4-6 drinks/wk. Vapes. PHQ-2 = 2.

Plan:
1. Start bictegravir/emtricitabine/TAF 50/200/25 mg daily today - rapid start. First fill via 340B pharmacy, Rx # [[ID:RX7720194]].
2. HBV vaccine series (Heplisav-B) #1 today.
3. Medical case manager: [[NAME:Tremaine Guidry]], ext 318. Peer navigator [[NAME:Luz]].
4. RTC 2 weeks with Dr [[NAME:Olabisi Fashola]] for VL, adherence check.

Seen by: [[NAME:Olabisi Fashola]], MD / [[NAME:Carmen Thibodeaux]], RN
""")

# ---------------------------------------------------------------- 20 US prenatal intake
doc("US", """prenatal intake - ob nurse visit                    [[FACILITY:tri-county women's health]], [[ADDRESS:elkins]] wv
date [[DATE:11/30/26]]   rn [[NAME:b. mccoy]]

pt: [[NAME:brittany dawn hatfield]]   dob [[DATE:2/9/2004]]   age 22   mrn [[MRN:TCW-40218]]
g2p1001. lmp [[DATE:9/14/26]] (sure), edd [[DATE:6/21/27]] by lmp, consistent w/ 10w6d crl today.
fob: [[NAME:cody ray mullins]], 24, involved, works at the mine in [[ADDRESS:philippi]]. cell [[PHONE:304-555-0149]]
pt cell [[PHONE:304 555 0183]]. lives w/ fob and son [[NAME:bentley]] (2 y) at [[ADDRESS:rt 2 box 418]], [[ADDRESS:mill creek]] wv [[ZIP:26280]]
insurance: wv medicaid (aetna better health) id [[ID:50091184207]]

ob hx: 2024 svd 38w at [[FACILITY:davis medical center]], 7 lb 2 oz, pph 900 ml, no transfusion. breastfed 3 mo.
med hx: asthma (albuterol prn), anxiety. opioid use disorder in remission on buprenorphine/naloxone 8/2 mg bid via [[FACILITY:mountain recovery clinic]] (dr [[NAME:sheets]]). last urine drug screen neg except bup. wv pdmp checked, no other rx.
sh: smokes 1/2 ppd, wants to quit. no etoh. dv screen neg (asked alone). food insecurity +, referred to wic.
fh: mom ([[NAME:tammy]]) gestational dm x2.

vitals: bp 118/72, p 88, wt 164 lb, bmi 28.1. fht 162 by doppler.
labs ordered: prenatal panel, hiv, hcv, rpr, uds, urine cx, 1h gtt early (bmi + fh), cf/sma carrier, nipt declined.
plan: first ob md visit w/ dr. [[NAME:ana-maria petrescu]] [[DATE:12/14]]. nicotine patch 14 mg. pnv. social work ([[NAME:kayla]]) to call re: transport - no car, neighbor mrs. [[NAME:dotson]] drives sometimes.
bup prescriber letter faxed to [[PHONE:304-555-0110]]. consent for release signed.
""")

# ---------------------------------------------------------------- 21 US EHR access audit
doc("US", """PRIVACY OFFICE - EHR ACCESS AUDIT (break-the-glass review)
Case: [[ID:PRV-2026-0871]]   Requested by: [[NAME:Gwendolyn Archuleta]], Privacy Officer   Report date: [[DATE:2026-11-25]]
Organization: [[FACILITY:Presbyterian Healthcare Services]], [[ADDRESS:Albuquerque]], NM

Subject record: [[NAME:VALDEZ, MARISELA]]  MRN [[MRN:1009927431]]  DOB [[DATE:1986-06-12]]  (employee - ED registration clerk)
Trigger: complaint from patient ([[DATE:11/19]]) that a co-worker discussed her pregnancy loss.

timestamp (MT)        | user_id    | name                    | role          | workstation        | ip              | action
[[DATE:2026-11-08]] 02:14:51  | [[ID:tsandoval]]  | [[NAME:Sandoval, Teresa]]       | RN ED         | [[ID:PHS-ED-WS14]]   | [[IP:10.20.4.114]]     | open chart (treating)
[[DATE:2026-11-08]] 02:15:30  | [[ID:tsandoval]]  | [[NAME:Sandoval, Teresa]]       | RN ED         | [[ID:PHS-ED-WS14]]   | [[IP:10.20.4.114]]     | view notes
[[DATE:2026-11-08]] 06:40:02  | [[ID:jbegaye2]]   | [[NAME:Begaye, Jerome]]         | MD OB/GYN     | [[ID:PHS-L&D-WS03]]  | [[IP:10.20.9.31]]      | order/sign
[[DATE:2026-11-12]] 13:02:47  | [[ID:lmontoya]]   | [[NAME:Montoya, Lisette]]       | Registration  | [[ID:PHS-REG-WS07]]  | [[IP:10.20.1.57]]      | BTG override - "pt asked me to check appt"
[[DATE:2026-11-12]] 13:03:10  | [[ID:lmontoya]]   | [[NAME:Montoya, Lisette]]       | Registration  | [[ID:PHS-REG-WS07]]  | [[IP:10.20.1.57]]      | view results, path report
[[DATE:2026-11-14]] 21:55:19  | [[ID:lmontoya]]   | [[NAME:Montoya, Lisette]]       | Registration  | VPN                | [[IP:174.28.113.206]]  | view notes (remote)
[[DATE:2026-11-16]] 09:12:33  | [[ID:rchavez7]]   | [[NAME:Chavez, Ruben]]          | Billing       | [[ID:PHS-BO-WS22]]   | [[IP:10.20.15.8]]      | view encounter (claim [[ID:CLM-8831044]])

Findings: Accesses by [[NAME:T. Sandoval]], Dr [[NAME:Begaye]] and [[NAME:R. Chavez]] consistent with treatment/payment. Three accesses by [[NAME:L. Montoya]] (including from a home connection, ISP Comcast, geolocated to [[ADDRESS:Rio Rancho]]) lack a documented business need; the patient denies asking her to check. Ms. [[NAME:Montoya]]'s manager [[NAME:Dolores]] interviewed on [[DATE:11/23]].

Action: refer to HR; sanction level 3 per policy PHS-PRIV-117. Breach risk assessment: low probability of compromise not demonstrated -> notify patient by letter within 60 days (by [[DATE:01/07/2027]]). OCR log entry [[ID:BR-26-044]].
Contact: [[EMAIL:privacy@phs-example.org]] / [[PHONE:505-555-0107]]
""")

# ---------------------------------------------------------------- 22 US home health visit note (shorthand)
doc("US", """HH SKILLED NURSING VISIT - [[FACILITY:Bayou Home Health]]   agency prov # [[ID:19-7448]]
pt [[NAME:Broussard, Eula Mae]]  [[AGE>89:96]]F   SOC [[DATE:10/29/26]]   visit [[DATE:11/25/26]] 0930-1020   RN [[NAME:Chantelle Guidry]]
addr [[ADDRESS:1407 Rue Chatelain]], [[ADDRESS:Breaux Bridge]] LA [[ZIP:70517]] (blue house, dog - call ahead [[PHONE:337-555-0122]])
PCP Dr [[NAME:Thibodeaux]] [[PHONE:337.555.0190]]   Medicare MBI [[ID:4TQ9-RK2-MW71]]  (last 4 SSN [[SSN:7719]])

S: "i'm doing alright cher, just tired." granddaughter [[NAME:Renee]] here, states pt ate ~50% meals, 1 fall-free wk. denies cp/sob at rest. DOE w/ ambulation ~20 ft.
O: T 97.8 P 78 irreg R 18 BP 132/70 (L arm sitting) SpO2 94% RA. wt 118.4 lb (last 119.6). lungs fine crackles bases bilat. 2+ pitting edema BLE to mid-shin, unchanged. sacrum intact, blanchable. L heel stage 2 PI 1.2 x 0.8 x 0.1 cm, pink granulation, no odor, cleansed NS, hydrocolloid applied. Braden 15. pain 2/10. PHQ-2 0.
meds reviewed w/ pillbox (filled by [[NAME:Renee]] sundays): furosemide 40 qam, metoprolol tart 25 bid, apixaban 2.5 bid, donepezil 5 qhs, senna. no missed doses.
A: CHF stable, wound improving, high fall risk (Morse 65).
P: cont SN 2w3 then 1w4. reinforced daily wts, call if gain >3 lb/2d or 5 lb/wk. PT [[NAME:Marcus]] next visit [[DATE:11/27]]. HHA [[NAME:Odile]] bathing 3x/wk. next SN [[DATE:12/1]].
coord: spoke w/ Dr [[NAME:Thibodeaux]]'s nurse [[NAME:Kim]] re: edema, no changes. lifeline pendant acct [[ID:LL-5530218]] tested ok.
pt turns [[AGE>89:97]] on [[DATE:12/8]] - family party planned, reminded re: salt.
e-sig [[NAME:C. Guidry]] RN  [[DATE:11/25/2026]] 11:02  tablet [[ID:BHH-TAB-031]]
""")
# ---------------------------------------------------------------- 23 UK GP repeat prescription request
doc("UK", """[[FACILITY:Chapeltown Road Surgery]]
[[ADDRESS:Unit 4]], [[ADDRESS:Reginald Terrace]], [[ADDRESS:Chapeltown]], [[ADDRESS:Leeds]] [[ZIP:LS7 3EX]]
Tel [[PHONE:0113 496 0732]]  ·  Prescription line [[PHONE:0113 496 0733]] (10:00-12:00)  ·  ODS code [[ID:B86671]]

REPEAT PRESCRIPTION REQUEST - received via NHS App [[DATE:28/11/2026]] 22:47
Patient: Mrs [[NAME:Nkechi Adebayo-Holt]]     DoB [[DATE:14.02.1961]]     NHS No. [[ID:485 777 3456]]
Address: [[ADDRESS:19 Cowper Street]], [[ADDRESS:Leeds]] [[ZIP:LS7 4DR]]
Nominated pharmacy: [[FACILITY:Boots]], [[ADDRESS:2 Harehills Lane]] ([[ID:FQ728]])

Items requested:
[x] Amlodipine 10mg tablets - 28 - one daily
[x] Losartan 100mg tablets - 28 - one daily
[x] Atorvastatin 20mg tablets - 28 - one at night
[x] Salbutamol 100micrograms/dose inhaler - 1 - 2 puffs prn
[ ] Omeprazole 20mg capsules (last issued [[DATE:03/06/2026]] - REVIEW DUE)
Patient comment: "pls can i have 2 inhalers as going to my sisters in [[ADDRESS:lagos]] over xmas from [[DATE:18th dec]] - back [[DATE:7th jan]]. thanks [[NAME:nkechi]]"

Reception ([[NAME:Shabnam]], [[DATE:30/11]] 08:12): BP review overdue (last [[DATE:April 2025]]). Task to clinical pharmacist.

Clinical pharmacist note - [[NAME:Owain Pritchard]] (GPhC [[ID:2087415]]), [[DATE:30 Nov 2026]]:
Spoke to pt on mobile [[PHONE:07700 900814]], ID confirmed (DoB + first line of address). Home BP readings last wk 138/84, 142/86, 136/82 - acceptable. U&E [[DATE:Sept]]: eGFR 71, K 4.6. Asthma: using salbutamol ~2x/wk, no ICS - advised to book asthma review with Sister [[NAME:Mulrooney]] on return. Issued 2 x salbutamol given travel (supply 2 mo). Omeprazole - pt no longer taking, removed from repeats.
Signed off by Dr [[NAME:F. Qureshi]] (GMC [[ID:7049221]]). EPS sent 09:05.

Travel letter for meds in hand luggage requested - £15 private fee, pt happy, ready for collection [[DATE:Wed 2nd Dec]].
""")

# ---------------------------------------------------------------- 24 UK mental health tribunal report
doc("UK", """FIRST-TIER TRIBUNAL (MENTAL HEALTH)
RESPONSIBLE CLINICIAN'S REPORT - Section 3 Mental Health Act 1983

Patient: [[NAME:Callum James Fairweather]]     Date of birth: [[DATE:9 March 1990]]
Hospital: [[FACILITY:Hollins Park Hospital]], [[ADDRESS:Hollins Lane]], [[ADDRESS:Winwick]], [[ADDRESS:Warrington]] [[ZIP:WA2 8WA]] - Irwell Ward
Hospital number: [[MRN:RXA0094417]]     NHS number: [[ID:601 233 9820]]
Tribunal reference: [[ID:MP/2026/31877]]     Hearing date: [[DATE:14 December 2026]]
Author: Dr [[NAME:Ngozi Umeh-Barrow]], Consultant Psychiatrist, Responsible Clinician, GMC [[ID:6133502]]
Date of report: [[DATE:27/11/2026]]

1. Circumstances of admission
Mr [[NAME:Fairweather]] was detained under s.2 on [[DATE:3rd September 2026]] after police were called to his mother's address in [[ADDRESS:Great Sankey]], where he had barricaded himself in and was shouting that neighbours were "transmitting" through the walls. He was regraded to s.3 on [[DATE:29/09/2026]] (AMHP [[NAME:Joanne Platt]]; nearest relative, his mother Mrs [[NAME:Lynne Fairweather]], did not object).

2. History
Diagnosis paranoid schizophrenia (F20.0), first episode 2012; four previous admissions, most recently [[DATE:Feb-May 2024]] at [[FACILITY:Atherleigh Park]]. Relapses follow disengagement and cannabis use. Community team: [[FACILITY:Warrington CMHT]], care coordinator [[NAME:Dev Mistry]] (RMN).

3. Current presentation
He has been on Irwell ward for 12 weeks. Since changing from risperidone to clozapine (titrated to 350 mg, level 0.42 mg/L on [[DATE:20/11]]) persecutory beliefs are less intense but persist. He continues to believe that his downstairs neighbour, Mr [[NAME:Pilkington]], is "part of it". No aggression since mid-[[DATE:October]]; escorted ground leave x6 without incident; one unescorted leave on [[DATE:22nd Nov]] returned 2 hours late, smelling of cannabis.

4. Risk
Risk to others moderate (2019 conviction for common assault on a previous neighbour). Risk of self-neglect high. Insight partial: "the tablets help me sleep."

5. Recommendation
In my opinion the nature and degree of his mental disorder continue to warrant detention for treatment. Clozapine requires regular blood monitoring (ZTAS registration [[ID:ZT-448102]]), which he has said he would stop in the community. I propose a phased discharge via [[FACILITY:Brook House]] rehab unit, [[ADDRESS:Leigh]], from [[DATE:January]], with consideration of a Community Treatment Order.

Signed: [[NAME:N. Umeh-Barrow]]      Contact via MHA office: [[PHONE:01925 664 000]], [[EMAIL:mha.office@merseycare-example.nhs.uk]]
""")

# ---------------------------------------------------------------- 25 UK adult safeguarding referral
doc("UK", """ADULT SAFEGUARDING CONCERN - REFERRAL TO LOCAL AUTHORITY (Care Act 2014, s.42)
To: [[FACILITY:Cornwall Council]] Access Team   secure email [[EMAIL:accessteam@cornwall-example.gov.uk]]   Tel [[PHONE:0300 123 1116]]
From: [[NAME:Elowen Trewin]], Ward Sister, [[FACILITY:West Cornwall Hospital]], [[ADDRESS:Penzance]]
Date/time: [[DATE:Sunday 29 November 2026]], 17:35

ADULT AT RISK
Name: [[NAME:Wilfred]] "[[NAME:Wilf]]" [[NAME:Hosking]]    DOB: [[DATE:02/01/1934]] (age [[AGE>89:92]])
Address: [[ADDRESS:Chy an Mor]], [[ADDRESS:3 Fore Street]], [[ADDRESS:Mousehole]], [[ADDRESS:Penzance]] [[ZIP:TR19 6PF]]
NHS No: [[ID:4010232137]]   RCHT No: [[MRN:T0588413]]
GP: Dr [[NAME:Kitto]], [[FACILITY:Bolitho Practice]]
Lives with: son [[NAME:Gary Hosking]] (53), who is his main carer and holds LPA (finance) - registered 2021? (to confirm with OPG)

CONCERN (type: financial abuse, neglect)
Mr [[NAME:Hosking]] was admitted via ED on [[DATE:27/11]] following a fall; found by postman [[NAME:Keith]] after likely 24-36 h on the floor. Grade 3 pressure ulcer sacrum, dehydrated (Na 151), weight 41 kg. House reportedly cold, no food in fridge. Mr [[NAME:H]] told our HCA [[NAME:Morwenna]] "[[NAME:Gary]] has my card, I don't get to see any of it" and that his pension goes into an account he can no longer access. His granddaughter [[NAME:Tamsin Pascoe]] (tel [[PHONE:07700 900 452]]) phoned the ward today stating she had raised concerns with the bank ([[FACILITY:Lloyds]], [[ADDRESS:Market Jew Street]] branch) last month. Son visited today at 15:00, appeared intoxicated, asked staff if "the old man's signed anything yet"; left after security ([[NAME:Dave]]) attended.

Mr [[NAME:H]] has capacity for this decision (MCA assessment by Dr [[NAME:Sasha Penrose]], FY2, [[DATE:29/11/26]]) and consents to this referral. He does not want police involvement at present. He wishes to stay at hospital until "something is sorted."

Immediate actions: DATIX [[ID:W-2026-118874]]; son's visits to be supervised; ward manager [[NAME:Pat Curnow]] aware; discussed with hospital safeguarding lead [[NAME:Rachel Oates]] (ext 4471).

Ward contact: Trengwainton Ward, [[PHONE:01736 874 219]]
""")

# ---------------------------------------------------------------- 26 Scotland discharge letter with CHI
doc("UK", """NHS Highland
[[FACILITY:Belford Hospital]], [[ADDRESS:Camaghael]], [[ADDRESS:Fort William]] [[ZIP:PH33 6BS]]     Tel [[PHONE:01397 702481]]

IMMEDIATE DISCHARGE LETTER
To: Dr [[NAME:I. MacLeod]], [[FACILITY:Lochaber Medical Practice]], [[ADDRESS:Fort William]]
Patient: [[NAME:MACKINNON, Iain Ruaridh]]   CHI [[ID:1107486211]]   Unit no. [[MRN:H294417]]
Address: [[ADDRESS:Taigh na Mara]], [[ADDRESS:Inverie]], [[ADDRESS:Knoydart]], [[ADDRESS:Mallaig]] [[ZIP:PH41 4PL]]
Admitted: [[DATE:23-Nov-2026]]     Discharged: [[DATE:30-Nov-2026]]     Consultant: Mr [[NAME:Alasdair Grant]] (General Surgery)

Diagnosis: Acute calculous cholecystitis, managed conservatively.
Procedures: USS abdomen [[DATE:23/11]]; MRCP [[DATE:25/11]] at [[FACILITY:Raigmore]] (no CBD stone).

Summary: 78 yo crofter, ferried from [[ADDRESS:Inverie]] by private boat, then [[FACILITY:Scottish Ambulance Service]]. RUQ pain, Murphy's positive, WCC 16.2, CRP 188, bili 24. Treated with IV co-amoxiclav 1.2 g tds, then oral to complete 7 days. LFTs normalised. Listed for elective lap chole at [[FACILITY:Raigmore]] - waiting list ref [[ID:RGM-GS-26-4471]]; expected [[DATE:Feb/Mar 2027]].

Medications on discharge:
Co-amoxiclav 625 mg tds until [[DATE:02/12/2026]] (NEW)
Ramipril 5 mg od (unchanged)
Bendroflumethiazide 2.5 mg od (unchanged)
Paracetamol 1 g qds prn

Social: lives alone, nearest neighbour [[NAME:Morag]] checks daily. No road access; mail via [[FACILITY:Mallaig Post Office]]. Transport home: boat Tues from [[ADDRESS:Mallaig]], nephew [[NAME:Eòghann]] ([[PHONE:07700 900361]]) to collect.

Follow-up: GP bloods 1 week. Return if jaundice, fever or pain. District nurse not required.

Dr [[NAME:Catriona Bain]], FY1, for Mr [[NAME:Grant]]   bleep 213   [[DATE:30/11/26]]
""")
# ---------------------------------------------------------------- 27 Ireland outpatient letter
doc("IE", """[[FACILITY:UNIVERSITY HOSPITAL GALWAY]]
Department of Rheumatology, [[ADDRESS:Newcastle Road]], [[ADDRESS:Galway]] [[ZIP:H91 YR71]]
Secretary: [[NAME:Siobhán]]  Tel: [[PHONE:(091) 544 327]]  Fax: [[PHONE:091-542 911]]

Our ref: [[MRN:UHG 0744120]]/[[NAME:AMcD]]/[[NAME:sb]]
Dictated: [[DATE:19/11/2026]]   Typed: [[DATE:26/11/2026]]

Dr [[NAME:Pádraig Ó Conghaile]]
[[FACILITY:An Cheathrú Rua Health Centre]]
[[ADDRESS:An Cheathrú Rua]], [[ADDRESS:Co. na Gaillimhe]]

Re: [[NAME:Bríd Ní Fhlatharta]], DOB [[DATE:22/07/1957]], [[ADDRESS:Baile na hAbhann]], [[ADDRESS:Indreabhán]], [[ADDRESS:Co. Galway]] [[ZIP:H91 C6P2]]
PPSN: [[ID:6613582QA]]   GMS card no. [[ID:0917744B]]

Dear [[NAME:Pádraig]],

I reviewed Mrs [[NAME:Ní Fhlatharta]] at the rheumatology clinic today. As you know she has seropositive rheumatoid arthritis diagnosed in [[DATE:June 2022]], on methotrexate 20 mg weekly and folic acid 5 mg weekly. She reports morning stiffness of about 90 minutes and swelling of both wrists since late summer, worse since she started minding her grandson [[NAME:Cian]] three days a week.

On examination she had 6 tender and 4 swollen joints (both wrists, R MCP 2 and 3). DAS28-CRP 4.9. Bloods today: CRP 31, ESR 44, Hb 11.6, ALT 28, creatinine 71.

Given active disease despite optimised methotrexate, she meets HSE criteria for biologic therapy. I have applied for etanercept (Benepali) 50 mg weekly through the Hospital Homecare scheme; the homecare company will contact her on [[PHONE:087 412 9930]]. Her daughter [[NAME:Máire]] ([[PHONE:+353 86 155 2044]]) helps with appointments as Mrs [[NAME:Ní Fhlatharta]]'s first language is Irish.

Pre-biologic screening: IGRA negative, hepatitis serology negative, CXR clear ([[DATE:12/11/26]], [[FACILITY:Merlin Park]], NIMIS no. [[ID:GY26-0914472]]). Please give pneumococcal (PCV20) and influenza vaccines before the first dose. She should avoid live vaccines.

I will see her again in 12 weeks. An appointment will be posted to her.

Yours sincerely,

Dr [[NAME:Aoife McDermott]]
Consultant Rheumatologist   MCRN [[ID:412207]]

cc: Patient
cc: Rheumatology Day Ward, [[FACILITY:Merlin Park University Hospital]]
""")

# ---------------------------------------------------------------- 28 Canada (Ontario) ED note
doc("CA", """[[FACILITY:The Ottawa Hospital]] - Civic Campus   Emergency Department Record
Visit #: [[ID:E2026-3381047]]   MRN: [[MRN:0012784431]]   Arrival: [[DATE:2026/11/29]] 01:18   CTAS 2

Name: [[NAME:GAGNON-BEAULIEU, Marie-Ève]]   DOB: [[DATE:1984-10-07]]   Sex: F
OHIP: [[ID:5584 217 903 BK]]   (version code checked, valid)
Address: [[ADDRESS:88 Rue Principale]], [[ADDRESS:app. 3]], [[ADDRESS:Gatineau]] QC [[ZIP:J8X 2T4]]   RAMQ also on file: [[ID:GAGM 8460 0712]]
Phone: [[PHONE:819-555-0148]]   NOK: [[NAME:Stéphane Beaulieu]] (husband) [[PHONE:819 555 0177]]
Family MD: Dr [[NAME:Harjit Sandhu]], [[FACILITY:Westboro Family Health Team]]

Triage ([[NAME:J. Wabasse]], RN): "Worst headache of my life" onset 23:30 while lifting laundry basket, vomited x2. GCS 15. BP 172/98 HR 64 T 36.8 SpO2 99%.

MD note (Dr [[NAME:Li Wei Zhang]], PGY-3 / staff Dr [[NAME:Olumide Bakare]]):
41F, thunderclap headache, peak <1 min. No trauma. PMHx migraine (this is "different"), smoker 10/day. Exam: neck stiffness mild, no focal deficits, pupils equal. Ottawa SAH Rule positive (age >40, neck stiffness, onset with exertion).
CT head non-contrast 02:04 (< 6 h from onset): no SAH. CTA: 6 mm ACom aneurysm, no rupture signs.
D/w neurosurgery (Dr [[NAME:Prudence Ashby-Kaur]]) - admit NSx for LP to r/o xanthochromia vs. elective coiling. BP target SBP <160, labetalol 10 mg IV given 02:40. Ondansetron 4 mg IV, hydromorphone 0.5 mg IV.
Pt French-speaking, prefers French; interpreter not required (staff bilingual).

Disposition: Admitted Neurosurgery C6 at 04:10.
CPSO [[ID:98812]] - [[NAME:O. Bakare]]     Signed [[DATE:29-Nov-2026]] 05:02
""")

# ---------------------------------------------------------------- 29 Australia ambulance PCR
doc("AU", """[[FACILITY:St John Ambulance NT]] - ELECTRONIC PATIENT CARE RECORD (ePCR)
Case No: [[ID:NT26-118402]]     Date: [[DATE:27/11/2026]]     Vehicle: [[ID:CB 44 AB]] (rego)
Crew: [[NAME:Jarrah Wilson]] (ICP) / [[NAME:Sione Taufa]] (Paramedic)   AHPRA [[ID:PAR0001928817]]
Times: Call 14:52  Mobile 14:54  At scene 15:07  Depart 15:26  At hospital 15:41

PATIENT
Name: [[NAME:Rosalie Tipiloura]]     DOB: [[DATE:5 Aug 1979]]     Age 47     F
Address: [[ADDRESS:House 22]], [[ADDRESS:Bagot Community]], [[ADDRESS:Ludmilla]] NT [[ZIP:0820]]
Phone: [[PHONE:0438 915 220]]   Alt (sister [[NAME:Maxine]]): [[PHONE:(08) 8948 0372]]
Medicare: [[ID:2953 61848 3]] / IRN 2    Identifies as Aboriginal: Yes (Tiwi)
Destination: [[FACILITY:Royal Darwin Hospital]] ED    UR No: [[MRN:RDH 0517733]]

HISTORY: Pt found by sister at home, drowsy, BGL "HI" on home meter. T2DM on insulin, ran out of NovoRapid 3 days ago ("couldn't get to clinic"), last seen at [[FACILITY:Danila Dilba]] [[DATE:October]]. Polyuria, vomiting since last night. Renal pt - HD Mon/Wed/Fri at [[FACILITY:Nightcliff Renal Unit]], missed Wednesday's session.

OBS:
15:10 GCS 14 (E4 V4 M6) RR 28 deep SpO2 97% RA HR 118 BP 104/62 BGL 31.4 Ketones 4.8 Temp 37.4 Pain 3/10
15:30 GCS 14 RR 26 HR 112 BP 110/66 BGL 29.8

MANAGEMENT: IV 18G R ACF (1 attempt). 250 mL NaCl 0.9% bolus - cautious given renal failure/fluid overload risk; chest clear. Ondansetron 4 mg IV 15:18. 12-lead: sinus tach, peaked T waves - K? Pre-notified ED (Dr [[NAME:Eliza Fong]]) at 15:24 - "query DKA + hyperK".

Clinical handover to RN [[NAME:Kirsty O'Loughlin]] 15:46, Resus 3. Sister travelling separately by taxi.
Clinician sign-off: [[NAME:J. Wilson]] #[[ID:4471]]   Tablet ID [[ID:SJNT-TB-0221]]
""")

# ---------------------------------------------------------------- 30 New Zealand aged residential care incident
doc("NZ", """[[FACILITY:KŌWHAI GARDENS REST HOME & HOSPITAL]]
[[ADDRESS:41 Tainui Street]], [[ADDRESS:Greymouth]] [[ZIP:7805]]  |  Ph [[PHONE:03 768 0915]]  |  [[EMAIL:manager@kowhaigardens.example.co.nz]]

INCIDENT / ACCIDENT REPORT        Report no. [[ID:KG-26/0187]]
Resident: [[NAME:Te Aroha]] ([[NAME:Ngaire]]) [[NAME:Parata]]    NHI: [[ID:ZKT4472]]    DOB: [[DATE:11-Jun-1929]]    Age: [[AGE>89:97]]
Room: 12 (hospital level)     GP: Dr [[NAME:Hemi Walker]], [[FACILITY:Grey Medical Centre]]
EPOA (welfare): [[NAME:Rangi Parata]] (son), [[ADDRESS:Runanga]], mob [[PHONE:027 480 1193]]

Date of incident: [[DATE:Sat 28/11/26]]     Time: approx 0240     Location: own room, beside bed
Witnessed: No     Found by: HCA [[NAME:Priya Mathew]]

Description: Sensor mat alarm activated 0238. HCA [[NAME:Priya]] found Mrs [[NAME:Parata]] sitting on the floor next to the bed, back against bedside cabinet, stating she "wanted to go home to [[ADDRESS:Kaiata]] to feed the hens". Bed at lowest height, one bed rail (approved restraint, consent on file [[DATE:14/05/2025]]) was down as per plan.

RN assessment ([[NAME:Losa Faleolo]], RN, APC [[ID:318870]]): no LOC reported. Obs: BP 152/78, HR 88 irreg, RR 18, SpO2 95%, T 36.4, BGL 6.2. Neuro obs commenced (on warfarin, INR 2.6 on [[DATE:24/11]]). Small haematoma L elbow, skin tear R shin 4 cm Payne-Martin cat 1, steri-stripped. Full ROM hips, no shortening/rotation. Hoist used to return to bed.

Notifications: GP on-call (Dr [[NAME:S. Oduya]], via after-hours [[PHONE:0800 611 116]]) at 0305 - continue neuro obs 24 h, send to [[FACILITY:Te Nikau Grey Hospital]] if GCS drops. Son [[NAME:Rangi]] informed at 0730 (did not want to be woken overnight per care plan). Te Whatu Ora portfolio manager - not required (no serious harm).

Follow up: falls risk reassessed (score 22, high). Physio referral. Medication review requested re: zopiclone. Discuss at [[DATE:Tuesday 1 December]] multidisciplinary meeting; kaumātua Matua [[NAME:Tipene]] to attend with whānau.

Completed by: [[NAME:L. Faleolo]]   Reviewed by Clinical Manager: [[NAME:Bronwyn Heke]]   [[DATE:29/11/2026]]
""")
# ---------------------------------------------------------------- 31 India TPA pre-authorisation
doc("IN", """REQUEST FOR CASHLESS HOSPITALISATION FOR HEALTH INSURANCE POLICY - PART C (Revised)
To: TPA - Medi Assist Insurance TPA Pvt Ltd      Fax/Email: [[EMAIL:preauth.pune@mediassist-example.in]]
Hospital: [[FACILITY:Sahyadri Super Speciality Hospital]], [[ADDRESS:Nagar Road]]   ROHINI ID: [[ID:8900080123456]]
Hospital address: [[ADDRESS:Survey No. 30-C]], [[ADDRESS:Nagar Road]], [[ADDRESS:Yerawada]], [[ADDRESS:Pune]] - [[ZIP:411006]]   Ph: [[PHONE:020-6721 5000]]

DETAILS OF PATIENT (to be filled by insured/patient)
a) Name of patient: Smt. [[NAME:Kamalabai Dattatray Jagtap]]
b) Gender: F   c) Age: 63 yrs   d) DOB: [[DATE:12-08-1963]]
e) Contact no: [[PHONE:+91 98220 41377]]   Attendant: [[NAME:Rohit Jagtap]] (son) [[PHONE:9657 118 204]]
f) Insured card ID no: [[ID:MA-0019-8831-4402]]   Policy no: [[ID:12120034260400000917]]
g) Employee ID: [[ID:TCS/1184420]] (son's group mediclaim)
h) Other mediclaim: NO
i) Occupation: homemaker   j) Address: [[ADDRESS:Flat 702]], [[ADDRESS:Shree Ganesh Heights]], [[ADDRESS:Dhanori]], [[ADDRESS:Pune]] [[ZIP:411015]]
k) Aadhaar: [[ID:4120 7783 9051]]   ABHA: [[ID:91-4410-2287-3315]]

TO BE FILLED BY TREATING DOCTOR / HOSPITAL
a) Name of treating doctor: Dr. [[NAME:Ashwini V. Kulkarni]]  Reg. No. [[ID:MMC 2007/03/1841]]   Contact: [[PHONE:98900 22716]]
b) Nature of illness: Pain and swelling R knee x 3 yrs, unable to walk >100 m, night pain
c) Relevant clinical findings: Varus deformity 10°, FFD 15°, crepitus. X-ray (KL grade IV) dated [[DATE:02/11/2026]]
d) Duration of present ailment: 3 years
e) Provisional diagnosis: Primary OA right knee   ICD-10: M17.11
f) Proposed line of treatment: Surgical - Total Knee Replacement (R), cemented, PFC Sigma implant
g) Past history: T2DM x 8 yrs (HbA1c 7.1%), HTN x 10 yrs, on metformin 500 BD, telmisartan 40 OD

DETAILS OF PATIENT ADMITTED
a) Date of admission: [[DATE:03-Dec-2026]]   Time: 08:00
b) Emergency/planned: Planned   c) Expected days in hospital: 5 (ICU 1)   d) Room type: twin sharing
e) Per day room rent + nursing: Rs 4,500   Implant cost: Rs 1,10,000   OT + surgeon + anaesthetist: Rs 95,000
f) Sum total expected cost: Rs 2,68,500
g) IP No. (if admitted): [[MRN:SSH/IP/26/77104]]   UHID: [[MRN:SAH.0002289145]]

DECLARATION: I agree to allow the hospital to submit all original documents pertaining to hospitalisation... Signature of patient: (thumb impression) witnessed by [[NAME:R. Jagtap]]
Hospital seal: [[FACILITY:SAHYADRI HOSPITALS LTD]]   Date: [[DATE:30/11/2026]]   Insurance desk: Ms. [[NAME:Pooja Salunkhe]], ext 2218
""")

# ---------------------------------------------------------------- 32 India antenatal MCP card
doc("IN", """MOTHER AND CHILD PROTECTION CARD (MCP) - transcription of antenatal section
State: Uttar Pradesh   District: [[ADDRESS:Bahraich]]   Block: [[ADDRESS:Mihinpurwa]]   Health Sub-centre: [[FACILITY:SC Sujauli]]
PHC/CHC: [[FACILITY:CHC Mihinpurwa]]   Village: [[ADDRESS:Bardiya Khurd]]   Anganwadi centre: [[FACILITY:AWC Bardiya-2]]
RCH ID / MCTS no.: [[ID:109261007733418]]

Mother's name: [[NAME:Shabnam Bano]]   Husband: [[NAME:Mohd. Irfan Ansari]]   Age of mother: 22 yrs
Mobile: [[PHONE:7398 104 552]] (husband's)   Aadhaar: [[ID:3384 0092 7716]]
Bank A/c (for JSY/PMMVY): [[ID:31880100021774]]  IFSC BARB0MIHINP
ASHA: [[NAME:Sushila Devi]] ([[PHONE:94150 33871]])   ANM: [[NAME:Reena Kumari]]
Gravida 2, Para 1, Live 1 (daughter [[NAME:Ruksar]], 2 yrs, home delivery)
LMP: [[DATE:02/04/2026]]   EDD: [[DATE:07/01/2027]]   Blood group: B+   Registered on: [[DATE:14/05/2026]] (within 12 wks: yes)

ANC visits:
| Visit | Date       | Wks | Wt (kg) | BP     | Hb (g/dl) | Urine alb/sugar | FH (cm) | Remarks |
| 1     | [[DATE:14-05-26]]   | 6   | 41      | 100/60 | 8.9       | nil/nil         | -       | IFA 2 daily started, TT1 |
| 2     | [[DATE:22-07-26]]   | 16  | 43      | 104/66 | 9.4       | nil/nil         | 16      | TT2/Td2 given, Ca++ |
| 3     | [[DATE:18-09-26]]   | 24  | 45      | 110/70 | 9.1       | nil/nil         | 23      | USG at [[FACILITY:District Women Hospital Bahraich]] - single live fetus |
| 4     | [[DATE:26-11-26]]   | 34  | 47.5    | 130/86 | 8.6       | trace/nil       | 31      | PMSMA day - seen by Dr. [[NAME:Anjum Rizvi]] (OBG) |

Danger signs noted [[DATE:26/11]]: BP rising, pedal oedema +, mild headache. High-risk pregnancy (anaemia + ?PIH) - stamped HRP in red. Referred to FRU [[FACILITY:CHC Nanpara]]; 102 ambulance to be called, ASHA to accompany. Institutional delivery planned at [[FACILITY:DWH Bahraich]]. Iron sucrose 200 mg IV x2 advised.

Remarks by ANM (hand-written, translated from Hindi): "mother tired, husband working in [[ADDRESS:Ludhiana]], mother-in-law [[NAME:Zubaida]] says will come. next visit [[DATE:3 Dec]] Wednesday at sub-centre. - [[NAME:Reena]]"
""")

# ---------------------------------------------------------------- 33 Pakistan district hospital discharge
doc("PK", """[[FACILITY:DISTRICT HEADQUARTER HOSPITAL]], [[ADDRESS:JHANG]]
MEDICAL UNIT-II  -  DISCHARGE SLIP

M.R. No: [[MRN:DHQ-J/2026/48817]]    Bed No: 17    Ward: Medical Male
Name: [[NAME:Ghulam Mustafa]] s/o [[NAME:Allah Ditta]]
Age/Sex: 52 Y / M    CNIC: [[ID:33202-7714490-3]]
Address: [[ADDRESS:Mohallah Islampura]], [[ADDRESS:Chiniot Road]], [[ADDRESS:Jhang Saddar]]
Contact: [[PHONE:0301-7742219]] (son [[NAME:Imran]]),  [[PHONE:0347 661 0084]]
Date of admission: [[DATE:21.11.2026]]    Date of discharge: [[DATE:28.11.2026]]
Admitting consultant: Prof. Dr. [[NAME:Tariq Mehmood Sial]]
Sehat Sahulat card / PMHI no: [[ID:SSP-JHG-0448812]]

DIAGNOSIS: Acute viral hepatitis E with hepatic encephalopathy grade I; Known T2DM.

HISTORY: Pt presented with jaundice 10 days, vomiting, drowsiness x 1 day. Brought from village [[ADDRESS:Chak 488 JB]], Tehsil [[ADDRESS:Shorkot]]. Drinking water from hand pump. No h/o blood transfusion, no IV drug use. Two family members (nephews) with jaundice in last month.

INVESTIGATIONS:
Bil T 11.8 mg/dl, ALT 1840 U/L, AST 1322 U/L, ALP 210, PT 17 sec (INR 1.5), Alb 3.1, Hb 12.6, TLC 8,900, Plt 1,74,000
Anti-HEV IgM: Reactive. HBsAg: Non-reactive. Anti-HCV: Non-reactive.
USG abdomen ([[DATE:22/11]]): liver mildly enlarged, echotexture coarse, no ascites, CBD normal.
Ammonia 88 umol/L.

TREATMENT GIVEN: IV fluids (DNS), inj. ceftriaxone 1 g BD x5 days, lactulose 30 ml TDS, rifaximin 550 mg BD, inj. vit K 10 mg x3, insulin regular sliding scale, inj. omeprazole 40 mg OD.

CONDITION AT DISCHARGE: Conscious, oriented, bil T 4.2, tolerating orally.

ADVICE ON DISCHARGE:
1. Tab rifaximin 550 mg 1+0+1 x 2 weeks
2. Syp lactulose 2 tsp TDS (2-3 soft stools/day)
3. Tab metformin 500 mg BD - restart when LFTs improve; till then Inj Mixtard 10 u morning
4. Boiled water only for whole family. Notify DHO office - outbreak suspected in village.
5. Follow up in Medical OPD (Monday/Thursday) after 1 week with LFTs.

Case reported to District Health Office, [[ADDRESS:Jhang]] (IDSR ref [[ID:JHG-IDSR-26-1147]]) by Dr. [[NAME:Sadia Naureen]], PGR.
Discharged by: Dr. [[NAME:Waqas Ahmad Bhatti]] (MO)  PMDC [[ID:74412-P]]   Signature ________   [[DATE:28th November 2026]]
""")

# ---------------------------------------------------------------- 34 Nigeria TB register extract
doc("NG", """NATIONAL TUBERCULOSIS AND LEPROSY CONTROL PROGRAMME
FACILITY TB REGISTER - extract (Quarter 4, 2026)
State: Kano   LGA: [[ADDRESS:Nassarawa]]   Facility: [[FACILITY:Murtala Muhammad Specialist Hospital]] DOTS clinic
LGA TBLS: Mallam [[NAME:Sani Garba Dutse]] ([[PHONE:0803 614 2250]])

TB No.       | Date reg.  | Name                       | Sex/Age | Address                     | Phone            | Type   | Site | Xpert    | HIV
[[ID:KN/NAS/26/0411]] | [[DATE:02/10/2026]] | Alhaji [[NAME:Musa Danjuma Bello]]    | M/67    | [[ADDRESS:12 Zoo Road]], [[ADDRESS:Gyadi-Gyadi]]    | [[PHONE:08036142271]]      | New    | P    | MTB+ RR- | Neg
[[ID:KN/NAS/26/0412]] | [[DATE:02/10/2026]] | [[NAME:Hadiza Aminu]]               | F/24    | [[ADDRESS:Tudun Wada]], [[ADDRESS:Layin Mai Rago]]   | [[PHONE:0706 118 4490]]    | New    | P    | MTB+ RR- | Neg
[[ID:KN/NAS/26/0419]] | [[DATE:09/10/2026]] | [[NAME:Chukwudi Emmanuel Nwosu]]    | M/38    | [[ADDRESS:Sabon Gari]], [[ADDRESS:No 4 Enugu Rd]]    | [[PHONE:+234 813 220 7719]] | Relapse | P   | MTB+ RR+ | Pos
[[ID:KN/NAS/26/0427]] | [[DATE:16/10/2026]] | [[NAME:Blessing Sunday]]            | F/31    | [[ADDRESS:Hotoro GRA]]                 | [[PHONE:0815 502 3361]]    | New    | EP (LN) | N/A    | Pos
[[ID:KN/NAS/26/0433]] | [[DATE:23/10/2026]] | baby [[NAME:Abdulrahman Yusuf]]     | M/3     | c/o Hajiya [[NAME:Zainab]], [[ADDRESS:Kofar Mata]] | [[PHONE:0902 774 1106]]    | New    | P (clin) | neg   | Neg
[[ID:KN/NAS/26/0440]] | [[DATE:30/10/2026]] | Chief [[NAME:Olumide Ajayi]]           | M/71    | [[ADDRESS:Bompai]], near [[FACILITY:Ajayi Motors]]   | [[PHONE:0803 449 0012]]    | New    | P    | MTB+ RR- | Neg

Remarks:
- [[ID:0419]] [[NAME:Nwosu]]: RR-TB -> referred to [[FACILITY:Aminu Kano Teaching Hospital]] DR-TB unit [[DATE:11/10/26]]; started BPaLM [[DATE:18/10/26]]. ART (TLD) restarted, ART no. [[ID:AKTH/ART/09214]]. NIN [[ID:48820114472]]. Wife [[NAME:Ngozi]] screened - symptom neg, sputum sent.
- [[ID:0427]] [[NAME:B. Sunday]]: CD4 180; CPT + TPT for 2 children ([[NAME:Precious]], 6; [[NAME:Favour]], 4). Treatment supporter: pastor's wife Mrs [[NAME:Comfort Eze]].
- [[ID:0433]]: contact of [[ID:0411]] (grandfather). Stool Xpert neg, CXR hilar LAD - clinically diagnosed. Paediatric FDC.
- [[ID:0440]]: Chief [[NAME:Ajayi]] lost to follow-up after [[DATE:Nov 12]] - tracing by CV [[NAME:Aisha Ibrahim]]. Son [[NAME:Tunde]] says he travelled to [[ADDRESS:Ogbomoso]].
Register updated by: [[NAME:Fatima Abubakar Rimi]], DOTS Officer, [[DATE:30 November 2026]]
""")
# ---------------------------------------------------------------- 35 Kenya ART clinic register / defaulter tracing
doc("KE", """MINISTRY OF HEALTH - COMPREHENSIVE CARE CENTRE (CCC)
Facility: [[FACILITY:Ahero Sub-County Hospital]]   MFL code: [[ID:13482]]   County: [[ADDRESS:Kisumu]]   Sub-county: [[ADDRESS:Nyando]]
DEFAULTER / IIT TRACING LOG - week ending [[DATE:27/11/2026]]   Prepared by: [[NAME:Beatrice Akinyi Ochieng]] (peer educator)

1) CCC No: [[ID:13482-01877]]   Name: [[NAME:Otieno, Fredrick Odhiambo]]   M/41   NUPI: [[ID:CR7730218845]]
   Missed appt: [[DATE:04/11/2026]]   Regimen: TLD   Last VL: <50 cp/ml ([[DATE:Jun 2026]])
   Phone: [[PHONE:0722 904 118]] (off), [[PHONE:+254 733 552 071]] (wife [[NAME:Lilian]])
   Physical locator: [[ADDRESS:Kochogo]] village, behind [[FACILITY:Kochogo Primary School]], ask for Mzee [[NAME:Odhiambo]]'s compound
   Outcome: Home visit [[DATE:25/11]] by CHV [[NAME:Jacob Omondi]] - client working in [[ADDRESS:Naivasha]] flower farm since [[DATE:October]]; transferred out informally. Advised to go to [[FACILITY:Naivasha County Referral Hospital]]; TO letter prepared.

2) CCC No: [[ID:13482-02244]]   Name: [[NAME:Awuor, Mary Atieno]]   F/19 (AYP)   NUPI: [[ID:CR9918402271]]
   Missed appt: [[DATE:11/11/2026]] (OTZ club + refill)   Regimen: TLD   Last VL: 1,240 cp/ml (HVL, EAC 2 done)
   Phone: [[PHONE:0711-887-302]]   Guardian: grandmother [[NAME:Dorca Anyango]] [[PHONE:0790 114 558]]
   Locator: [[ADDRESS:Awasi]] market, [[ADDRESS:Nyang'oma]] area
   Outcome: Reached by phone [[DATE:26/11]]. Says she is in Form 3 at [[FACILITY:St. Teresa's Girls Nyabondo]], boarding, meds finished, "feared the matron will know." Arranged for school nurse Sr. [[NAME:Philomena]] to collect 3-month supply confidentially. Appt [[DATE:Fri 4th Dec]].

3) CCC No: [[ID:13482-00413]]   Name: [[NAME:Ouma, Joseph]] "[[NAME:Jose]]" [[NAME:Onyango]]   M/56
   Missed appt: [[DATE:30/10/2026]]   Regimen: AZT/3TC/NVP -> was due switch to TLD
   Phone: [[PHONE:0734-220-619]]
   Outcome: Wife reports pt DIED at home [[DATE:19/11/2026]] - burial in [[ADDRESS:Katito]] [[DATE:28/11]]. Verbal autopsy form to be filled. Update KenyaEMR status -> DEAD. National ID [[ID:10447712]] for death records.

4) CCC No: [[ID:13482-03011]]   Name: [[NAME:Akoth, Grace]]   F/33 (PMTCT, HEI [[ID:13482-2026-0117]])
   Missed appt: [[DATE:18/11/2026]]
   Phone: [[PHONE:0745 331 906]]   M-Pesa (for transport refund): same
   Outcome: Came on [[DATE:24/11]], baby [[NAME:Baraka]] DBS PCR (6 wks) taken, results via SMS to [[PHONE:0745 331 906]].

Reviewed: Dr. [[NAME:Caroline Wambui]], MO i/c CCC.
""")

# ---------------------------------------------------------------- 36 South Africa notification of death
doc("ZA", """DHA-1663  NOTIFICATION OF DEATH / STILL-BIRTH  -  SECTION B (Medical certificate) - hospital copy
Serial no. [[ID:C 4410872]]

Name of deceased: [[NAME:Nomvula Eunice Mthembu]]     Maiden name: [[NAME:Dlamini]]
Identity number: [[ID:3206150123087]]     Date of birth: [[DATE:15/06/1932]]
Age: [[AGE>89:94 years]] ([[AGE>89:ninety-four]])
Sex: F   Marital status: widow   Citizenship: South African
Usual residential address: [[ADDRESS:2291 Mhlaba Street]], [[ADDRESS:Zone 4]], [[ADDRESS:Imbali]], [[ADDRESS:Pietermaritzburg]], [[ZIP:3201]]
Place of death: [[FACILITY:Edendale Hospital]], Female Medical Ward C2   Hospital no: [[MRN:EDH0038719]]
Date of death: [[DATE:29 November 2026]]   Time: 23:15

Informant: [[NAME:Sipho Mthembu]] (son), ID [[ID:6504105911082]], cell [[PHONE:073 418 2290]]
Alternative: [[NAME:Thandeka Ngcobo]] (granddaughter), [[PHONE:+27 82 661 0493]], [[EMAIL:thandi.ngcobo@webmail-example.co.za]]

CAUSE OF DEATH
I (a) Cardiogenic shock - hours
  (b) Acute inferior myocardial infarction - 2 days
  (c) Hypertension - years
II  Type 2 diabetes mellitus; chronic kidney disease stage 4
Natural death: YES    Unnatural (refer to forensic pathology / SAPS): NO
Death within 24h of procedure/anaesthetic: NO
Post-mortem: not performed

Clinical summary (attached): brought by EMS from home on [[DATE:27/11]], ECG inferior STEMI, outside thrombolysis window, family and patient declined transfer to [[FACILITY:Grey's Hospital]] for PCI. Palliative care. Traditional healer (Gogo [[NAME:Mkhize]]) consulted by family before admission; no toxic substances identified.

Medical practitioner: Dr [[NAME:Pieter van der Merwe]]   HPCSA reg. [[ID:MP 0671142]]
Practice/hospital: [[FACILITY:Edendale Hospital]], [[ADDRESS:Private Bag X509]], [[ADDRESS:Plessislaer]], [[ZIP:3216]]   Tel [[PHONE:033 395 4911]]
Signed at [[ADDRESS:Pietermaritzburg]] on [[DATE:30/11/2026]]

Body released to: [[FACILITY:Siyakhula Funeral Services]], [[ADDRESS:Sobantu]]; BI-1663 handed to undertaker Mr [[NAME:B. Zulu]] at 10:40.
""")

# ---------------------------------------------------------------- 37 Singapore polyclinic referral
doc("SG", """[[FACILITY:SingHealth Polyclinics - Tampines]]
[[ADDRESS:1 Tampines Street 41]], Singapore [[ZIP:529203]]  Tel: [[PHONE:6643 6969]]

REFERRAL MEMO - Specialist Outpatient Clinic (subsidised)
To: Department of Endocrinology, [[FACILITY:Changi General Hospital]]
Date: [[DATE:26 Nov 2026]]     Priority: Routine (within 8 weeks)

Patient: [[NAME:TAN AH MOI]] @ [[NAME:CHEN YA MEI]]     NRIC: [[ID:S2941187H]]
DOB: [[DATE:03/02/1939]]     Age: 87     Sex: F     Race: Chinese
Address: [[ADDRESS:Blk 859A]] [[ADDRESS:Tampines Ave 5]], [[ADDRESS:#07-221]], Singapore [[ZIP:521859]]
HP: [[PHONE:9176 4028]]     Daughter ([[NAME:Lim Siew Ling]]): [[PHONE:+65 8233 1049]]
Language: Hokkien, some Mandarin.  CHAS: Blue   MediSave account holder: son [[NAME:Lim Boon Keat]] ([[ID:S6611904C]])
Polyclinic case no.: [[MRN:TP-2019-0441873]]

Dear Doctor,

Kindly see this 87 y.o. lady with T2DM x 20 yrs, HTN, HLD and CKD 3a, for poorly controlled DM despite titration. HbA1c trend: 8.1% ([[DATE:Mar 26]]) -> 8.9% ([[DATE:Jul 26]]) -> 9.6% ([[DATE:Nov 26]]). Current meds: metformin 850 mg BD, linagliptin 5 mg OM, gliclazide 80 mg BD, losartan 50 mg OM, atorvastatin 20 mg ON. eGFR 48. Recurrent hypos early morning reported by maid ([[NAME:Marites]]), lowest CBG 3.2 mmol/L.

She is keen to avoid insulin ("my husband also injected and went blind"). Lives with son's family; helper administers meds. MMSE 24/30. Weight 48 kg, BMI 21.

Pls assess for de-escalation of SU / consider SGLT2i or basal insulin with simplified regimen. Pls also review foot: L hallux callus, monofilament diminished.

Thank you.

Dr [[NAME:Muhammad Hafiz bin Rosli]]     MCR [[ID:M71204J]]
Family Physician, [[FACILITY:Tampines Polyclinic]]

Appointment (via HealthHub app): [[DATE:Thu, 14 Jan 2027]] 10:15, Clinic 2B, [[FACILITY:CGH]] Medical Centre Level 3.
""")

# ---------------------------------------------------------------- 38 Philippines PhilHealth claim form 2 (part)
doc("PH", """PhilHealth CLAIM FORM 2 (CF-2)  - Part I: Health Care Institution Information / Part II: Patient Confinement
Series #: [[ID:260114482007]]

1. PhilHealth Accreditation No. (PAN) of HCI: [[ID:H91011287]]
2. Name of HCI: [[FACILITY:BICOL MEDICAL CENTER]]
3. Address: [[ADDRESS:Concepcion Pequeña]], [[ADDRESS:Naga City]], Camarines Sur [[ZIP:4400]]
   Tel: [[PHONE:(054) 472-3117]]   Billing: [[EMAIL:billing@bmc-example.gov.ph]]

PART II - PATIENT CONFINEMENT INFORMATION
1. Name of Patient: [[NAME:DELA CRUZ, MA. LUZVIMINDA SANTOS]] (Last, First, Middle)
2. PhilHealth Identification No. (PIN): [[ID:12-050447123-9]]
3. Referred by another HCI? YES - [[FACILITY:Pili Rural Health Unit]], [[ADDRESS:Pili]], Cam. Sur
4. Confinement period: Date admitted [[DATE:11-22-2026]] time 03:40 AM / Date discharged [[DATE:11-27-2026]] time 02:00 PM
5. Patient disposition: Improved
6. Type of accommodation: Non-private (charity), Ward 4B
7. Admission diagnosis: Dengue fever with warning signs
8. Discharge diagnosis: Dengue hemorrhagic fever grade II (ICD-10 A91)  -- Case rate code A91
9. Special considerations: None

Patient details (from PMRF / member data record):
Member: [[NAME:DELA CRUZ, ROGELIO BAUTISTA]] (spouse) - PIN [[ID:01-025118804-3]], OFW (seafarer), sea-based employer: [[FACILITY:Magsaysay Maritime Corp]]
Patient DOB: [[DATE:March 8, 1992]]   Mobile: [[PHONE:0917 552 1048]]   Alt: [[PHONE:+63 998 331 2076]] (sister-in-law [[NAME:Jhoanna]])
Address: [[ADDRESS:Purok 3]], [[ADDRESS:Brgy. San Jose]], [[ADDRESS:Pili]], Camarines Sur [[ZIP:4418]]
Hospital Case No.: [[MRN:BMC-26-118802]]

Certification of attending health care professional:
Name: Dr. [[NAME:Josefina]] "[[NAME:Jojo]]" [[NAME:R. Abenojar]]   PhilHealth accreditation no.: [[ID:1102-0744801-3]]   PRC lic. [[ID:0098817]]
Date signed: [[DATE:27 November 2026]]

Nurse's note attached: Platelet nadir 38,000 on [[DATE:Nov 24]]; Hct 48% -> 39%. NS 5 mL/kg/h tapered. Tourniquet test positive. Brgy health worker Aling [[NAME:Nena]] informed for vector control in purok.
Authorized representative for claim: [[NAME:Jhoanna D. Villareal]] (sister-in-law), valid ID: UMID [[ID:CRN-0111-4471920-8]]
""")
# ---------------------------------------------------------------- 39 UK community pharmacy NMS / dispensing notes (lower case)
doc("UK", """pmr clinical notes - [[FACILITY:rowlands pharmacy]], [[ADDRESS:high st]], [[ADDRESS:merthyr tydfil]] [[ZIP:cf47 8dp]]   (gphc premises [[ID:1039447]])

pt: [[NAME:jones, gareth wyn]]   dob [[DATE:05/05/1949]]   nhs [[ID:7134419920]]   tel [[PHONE:01685 722 418]]
[[DATE:23/11/26]] 10:40 - new medicine service (nms) engagement. new rx apixaban 5mg bd from [[FACILITY:prince charles hospital]] (af dx [[DATE:16/11]]). counselled: bleeding signs, missed dose, no otc nsaids. pt lives w/ wife [[NAME:glenys]], she does dosette. alert card given. - [[NAME:rh]]
[[DATE:07/12/26]] - nms intervention call booked (pt prefers after 2pm). - [[NAME:rh]]

pt: mrs [[NAME:ceridwen price-morgan]]   dob [[DATE:19/09/1932]] ([[AGE>89:94]])   nhs [[ID:4817722054]]
[[DATE:24/11/26]] - carer [[NAME:lynette]] from [[FACILITY:cwm taf homecare]] collected blister packs. reported pt confused since wkend, ?uti. advised contact gp today - [[FACILITY:pontcae medical practice]] [[PHONE:01685 723 363]]. also phoned dtr ([[NAME:sian]], [[PHONE:07700 900 227]]). - [[NAME:mj]]
[[DATE:25/11/26]] - gp rx nitrofurantoin 50mg qds x3d. egfr on scr 41 (ok >30). delivered by driver [[NAME:dai]] 16:10. - [[NAME:mj]]

pt: [[NAME:b. kaur]]   dob [[DATE:02/03/1990]]   nhs [[ID:6092118847]]
[[DATE:26/11/26]] - presented fp10 for sertraline 50mg from locum dr [[NAME:o'brien]]; same drug already issued [[DATE:12/11]] via eps from dr [[NAME:adeyemi]]. possible duplicate, pt says lost first box. contacted surgery, spoke to [[NAME:nia]] (rx clerk) - confirmed ok to supply once, note added. no safeguarding concern identified but pt tearful, signposted to [[URL:www.samaritans.org]] and 116 123. - [[NAME:rh]]

pt: [[NAME:dylan]] "[[NAME:dyl]]" [[NAME:evans]]   dob [[DATE:30/01/2009]]   nhs [[ID:5540183372]]
[[DATE:27/11/26]] - emergency supply request (salbutamol). mum [[NAME:kerry]] ([[PHONE:07700 900 318]]) rang, [[NAME:dylan]] away at [[ADDRESS:brecon]] on school trip. gp closed. used nhs 111 wales cpcs referral ref [[ID:CPCS-WA-2611-0447]]. supplied 1 inhaler, label to pt. spacer ordered. - [[NAME:mj]]

pharmacist: [[NAME:rhys hopkins]] ([[NAME:rh]], gphc [[ID:2211849]]) / [[NAME:mererid jenkins]] ([[NAME:mj]], gphc [[ID:2230117]])
""")

# ---------------------------------------------------------------- 40 Australian pathology request
doc("AU", """[[FACILITY:SULLIVAN NICOLAIDES PATHOLOGY]]   REQUEST FORM   Lab no. [[ID:26-7441928]]
Requesting doctor: Dr [[NAME:Meenakshi Sundaram]]   Provider no. [[ID:2447186F]]
[[FACILITY:Redcliffe Family Doctors]], [[ADDRESS:Shop 5]], [[ADDRESS:122 Anzac Ave]], [[ADDRESS:Redcliffe]] QLD [[ZIP:4020]]
Ph [[PHONE:(07) 3283 4410]]   Fax [[PHONE:(07) 3283 4411]]   Copy to: Dr [[NAME:Hamish Ferguson]], [[FACILITY:Redcliffe Hospital]] Renal Clinic

PATIENT   Surname: [[NAME:NGUYEN]]   Given names: [[NAME:THI HOA]] ([[NAME:HOLLY]])
DOB: [[DATE:30/06/1958]]   Sex: F   Medicare no: [[ID:4108 22376 1]] Ref 3   DVA: -
Address: [[ADDRESS:7/14 Oxley Ave]], [[ADDRESS:Woody Point]] [[ZIP:4019]]
Phone: [[PHONE:0402 118 736]]   MRN (hosp): [[MRN:R1104472]]
IHI: [[ID:8003 6080 4419 2207]]
Billing: [X] Bulk bill (Medicare)   [ ] Private   [ ] Hospital

CLINICAL NOTES: CKD3b (IgA nephropathy), on mycophenolate 500 mg bd started [[DATE:Aug]]. Hx NSTEMI 2024. Feeling tired, bruising. ?cytopenia. Urgent results to mobile after hours [[PHONE:0419 336 802]] (Dr [[NAME:Sundaram]]).

TESTS REQUESTED:
FBC, UEC, LFT, CMP, urine ACR, urine MCS, mycophenolic acid level (trough), BNP, Fe studies, B12/folate, HbA1c
Fasting: No    Pregnant: No    Collection: home visit requested - pt doesn't drive since [[DATE:March]]. Husband [[NAME:Tuan]] can let collector in; unit at back, gate code given verbally.

Collected by: [[NAME:Abbey]] (collector ID [[ID:SNP-C-2281]])   Date: [[DATE:1.12.26]]   Time: 07:55
Tubes: EDTA x1, SST x2, urine x1, LH x1

Privacy: Your information is collected under the Privacy Act 1988... see [[URL:snp.com.au/privacy]].
Patient signature: [[NAME:H. Nguyen]]   (Assignment of Medicare benefit - Form approved by Services Australia, 2019)
""")

# ---------------------------------------------------------------- 41 Canada BC patient e-mail thread
doc("CA", """From: [[NAME:Harpreet Gill]] <[[EMAIL:harpreet.k.gill@shaw-example.ca]]>
Sent: [[DATE:November 26, 2026]] 11:52 PM
To: Dr. [[NAME:Rebecca Whitford]] <[[EMAIL:rwhitford@surreyfamclinic.example.ca]]>
Cc: [[EMAIL:reception@surreyfamclinic.example.ca]]
Subject: Re: my dad's results?? ([[NAME:Gurcharan Singh Gill]], PHN [[ID:9876 543 210]])

Hi Dr [[NAME:Whitford]],

Sorry to email so late. My dad [[NAME:Gurcharan Singh Gill]] (PHN [[ID:9876 543 210]], DOB [[DATE:Jan 15 1936]]) had his bloodwork at [[FACILITY:LifeLabs]] on [[ADDRESS:King George Blvd]] on [[DATE:Monday the 23rd]] and his MyCareCompass shows "potassium HIGH 6.1". He is [[AGE>89:90]], on the ramipril and spironolactone you started in [[DATE:September]]. He seems ok but a bit weak. Should we go to [[FACILITY:Surrey Memorial]]? Also his knee is still bad. He keeps asking for the Punjabi-speaking doctor, Dr [[NAME:Sidhu]], is he back?

My number is [[PHONE:604-555-0186]], or my brother [[NAME:Jaskaran]] at [[PHONE:778 555 0112]]. Dad's home is [[ADDRESS:14620 68 Ave]], [[ADDRESS:Surrey]] BC [[ZIP:V3S 2B9]].

Thanks,
[[NAME:Harpreet]] (daughter-in-law, I'm listed as his contact)

-----
From: [[NAME:Rebecca Whitford]], MD <[[EMAIL:rwhitford@surreyfamclinic.example.ca]]>
Sent: [[DATE:Nov 27, 2026]] 7:41 AM

Hi [[NAME:Harpreet]],

Thanks for letting me know. A potassium of 6.1 needs to be rechecked today. Please take Mr. [[NAME:Gill]] to the [[FACILITY:LifeLabs]] at [[ADDRESS:Newton]] before 10 am for a repeat test (requisition faxed, ref [[ID:LL-BC-26-887104]]), and stop the spironolactone for now. If he has palpitations, chest pain, or feels faint, please go straight to the ED at [[FACILITY:Surrey Memorial Hospital]] or call 911.

Dr. [[NAME:Sidhu]] returns [[DATE:January 4]]. I'll book a knee follow-up with him. Please don't send urgent concerns by email - call the clinic at [[PHONE:604-555-0170]] (after hours: 8-1-1).

[[NAME:Rebecca Whitford]], MD, CCFP   MSP billing # [[ID:48817]]
[[FACILITY:Surrey Family Clinic]] | [[ADDRESS:300-13777 Commerce Pkwy]]... ([[URL:https://surreyfamclinic.example.ca]])
This email is confidential. Email is not a secure method of communication.
""")
# ---------------------------------------------------------------- 42 UK junior doctor rota / on-call list
doc("UK", """[[FACILITY:QUEEN ELIZABETH UNIVERSITY HOSPITAL]] / [[FACILITY:ROYAL HOSPITAL FOR CHILDREN]] - [[ADDRESS:GLASGOW]]
GENERAL MEDICINE - OUT OF HOURS ROTA   w/c [[DATE:Monday 30th November 2026]]   v4 ([[NAME:KD]] [[DATE:26/11]])
Switchboard [[PHONE:0141 201 1100]]   Medical staffing: [[EMAIL:medstaffing.qeuh@ggc-example.scot.nhs.uk]]

            | Mon [[DATE:30/11]]        | Tue [[DATE:01/12]]       | Wed [[DATE:02/12]]       | Thu [[DATE:03/12]]        | Fri [[DATE:04/12]]
Cons on     | Dr [[NAME:R. Baillie]]     | Dr [[NAME:O. Adeleke]]    | Dr [[NAME:R. Baillie]]    | Dr [[NAME:S. Chaudhry]]    | Dr [[NAME:M. Ferrie]]
Med Reg (1) | [[NAME:Ewan Docherty]]     | [[NAME:Lakshmi Iyer]]     | [[NAME:Ewan Docherty]]    | [[NAME:Kofi Asante]]       | [[NAME:Lakshmi Iyer]]
Med Reg (2) | [[NAME:Fiona Rennie]]      | [[NAME:Kofi Asante]]      | locum (TBC)       | [[NAME:Fiona Rennie]]      | [[NAME:Ross McAllister]]
IMT night   | [[NAME:Hamza Siddiqui]]    | [[NAME:Hamza Siddiqui]]   | [[NAME:Isla Murray]]      | [[NAME:Isla Murray]]       | [[NAME:Jonah Bloom]]
FY1 night   | [[NAME:Cara]] / [[NAME:Tom W]]      | [[NAME:Cara]] / [[NAME:Tom W]]     | [[NAME:Ayesha]] / [[NAME:Ben]]     | [[NAME:Ayesha]] / [[NAME:Ben]]      | [[NAME:Grace]] / [[NAME:Rory]]

Bleeps (nights): Med Reg 1 - 81234, Med Reg 2 - 81235, IMT - 81240, FY1 - 81241/81242. Hospital at Night coordinator: Sr [[NAME:Linda Gallacher]] (bleep 81200).

Mobiles (consultants only, do not give to patients):
Dr [[NAME:Rhona Baillie]]    [[PHONE:07700 900 631]]
Dr [[NAME:Olufemi Adeleke]]  [[PHONE:07700 900 645]]
Dr [[NAME:Sana Chaudhry]]    [[PHONE:+44 7700 900 702]]
Dr [[NAME:Malcolm Ferrie]]   [[PHONE:07700-900-719]]

GMC numbers for locum verification: [[NAME:Docherty]] [[ID:7441028]]; [[NAME:Iyer]] [[ID:7219946]]; [[NAME:Asante]] [[ID:7633105]]; [[NAME:Rennie]] [[ID:7502291]]; [[NAME:McAllister]] [[ID:7788120]].
Wed [[DATE:2/12]] Med Reg 2 gap - offered to locum agency (booking ref [[ID:TMP-GGC-44812]]); internal bank: Dr [[NAME:Patel]] declined. If unfilled, Dr [[NAME:Baillie]] will act down until 01:00.

Notes:
- [[NAME:Tom W]] is [[NAME:Thomas Wright]] (FY1 changeover - not [[NAME:Tom Walsh]] who rotated to [[FACILITY:Inverclyde Royal]]).
- [[NAME:Grace]] = [[NAME:Grace Oyelowo]], first night shift - please support.
- Rota queries after 5pm to [[NAME:Kirsty Dunn]] (rota coordinator), [[PHONE:0141 452 7710]].
- Staff car park permit for locum: vehicle [[ID:SN21 XKD]].
""")

# ---------------------------------------------------------------- 43 Nigeria child health / immunisation card
doc("NG", """FEDERAL MINISTRY OF HEALTH - CHILD HEALTH CARD / ROUTINE IMMUNIZATION RECORD (copy made at clinic)
Health facility: [[FACILITY:PHC Olodi-Apapa]]     Ward: [[ADDRESS:Olodi]]     LGA: [[ADDRESS:Ajeromi-Ifelodun]]     State: Lagos
Card No: [[ID:LG/AJI/OLD/2026/0883]]

Child's name: [[NAME:Oluwatobiloba]] ("[[NAME:Tobi]]") [[NAME:Adewale-Okoro]]     Sex: M
Date of birth: [[DATE:14th March 2026]]     Place of birth: [[FACILITY:Ajeromi General Hospital]]
Birth weight: 2.9 kg     Birth registration (NPC) cert. no: [[ID:LA/AJI/26/118203]]
Mother: Mrs [[NAME:Funmilayo Adewale-Okoro]]     Father: Mr [[NAME:Chibuike Okoro]]
Address: [[ADDRESS:No. 27]], [[ADDRESS:Baale Street]], off [[ADDRESS:Boundary Road]], [[ADDRESS:Ajegunle]], [[ADDRESS:Lagos]]
Phone: [[PHONE:0812 339 4471]] / [[PHONE:+234 (0)703 118 9025]]

ANTIGEN       DATE GIVEN       NEXT DUE      BATCH NO     SIGN
BCG           [[DATE:16/03/2026]]       -             0421B        [[NAME:A.O.]]
OPV0          [[DATE:16/03/2026]]       -             P22081       [[NAME:A.O.]]
HepB0         [[DATE:16/03/2026]]       -             HB6614       [[NAME:A.O.]]
Penta1/PCV1/OPV1/Rota1  [[DATE:27/04/26]]  [[DATE:25/05/26]]  various  Nurse [[NAME:Bisi]]
Penta2/PCV2/OPV2/Rota2  [[DATE:01/06/26]]  [[DATE:29/06/26]]  various  Nurse [[NAME:Bisi]]
Penta3/PCV3/OPV3/IPV    [[DATE:13/07/26]]  [[DATE:14 Dec 26]] (MCV1, YF)   various  [[NAME:C. Nwachukwu]]
Vit A 100,000 IU        [[DATE:14/09/26]]  -      -   [[NAME:C. Nwachukwu]]

GROWTH: 8.1 kg at 8 months (green zone). Exclusive breastfeeding to 6 months: yes.

Health worker remarks:
- [[DATE:01/06/26]]: Penta2 delayed 1 week - family travelled to [[ADDRESS:Nnewi]] for grandfather's burial (Ichie [[NAME:Okoro]]).
- [[DATE:13/07/26]]: mild fever after Penta3, paracetamol syrup given. Mother counselled.
- [[DATE:28/11/26]]: brought by grandmother Mama [[NAME:Tinuke]] for weighing. Reminded MCV1 + yellow fever due [[DATE:14/12/26]]. Text reminder registered on RapidSMS to [[PHONE:08123394471]].
Defaulter tracer: Mr. [[NAME:Sikiru Lawal]] (community mobiliser)
""")

# ---------------------------------------------------------------- 44 NZ OCR'd radiology request (noisy scan)
doc("NZ", """%%% SCANNED DOCUMENT - OCR TEXT - ACCURACY NOT GUARANTEED %%%
[[FACILITY:Mercy Rad1ology]]  -  [[ADDRESS:98 Mountain R0ad]], [[ADDRESS:Epsom]], [[ADDRESS:Auck1and]] [[ZIP:1O23]]
Bookings [[PHONE:O9 623 5000]] ... fax [[PHONE:O9 623 5O51]]

RADlOLOGY REQUEST       URGENT [ ]   ROUTlNE [x]    ACC claim? [x] Yes  ACC no: [[ID:KF447102O]]

Pat1ent: [[NAME:FAKAT0U, Sela Mele]]      DOB [[DATE:2O/O8/1975]]      NHl [[ID:ZLR73l9]]
Address: [[ADDRESS:17B Kiwi Esp]] , [[ADDRESS:Mangere Br1dge]] , [[ADDRESS:Auck1and]] [[ZIP:2O22]]
Ph: [[PHONE:O21 O77 4419]]  (pref text)   Email: [[EMAIL:sela.fakatou@xtra-example.co.nz]]
lnterpreter: Tongan - daughter ([[NAME:Lupe]]) usua11y attends

Examination requested:  MRl L knee
C1inica1 deta1ls: F e11 at w0rk ([[FACILITY:Countdown Mangere]], s1ipped 0n wet f1oor [[DATE:3/11/26]]).
Twisting injury, effusion, +ve McMurray, unab1e to squat. ?medial meniscal tear. X-ray [[DATE:5/11]] no #.
Wt 112 kg (fits scanner). No pacemaker / meta1 / c1austrophob1a. eGFR n/a (no contrast).
Previous imaging: US L knee 2O22 at this practice.

Referrer: Dr [[NAME:Anneke de V0s]]   [[FACILITY:Mangere Fami1y D0ct0rs]]   MCNZ [[ID:4lO229]]
Signature: [[NAME:A de Vos]]      Date: [[DATE:24 N0v 2O26]]
Copy to: [[FACILITY:Counties Manukau Orth0paedics]] fracture c1inic - Mr [[NAME:T. Ngata]]

---- rece1ved [[DATE:25/11/2O26]] 11:O4 by [[NAME:jw]] ---- booked [[DATE:Sat O5 Dec]] 08:3O [[ADDRESS:Epsom]], pt notified by txt ----
page 1 of 1
""")

# ---------------------------------------------------------------- 45 India patient complaint email
doc("IN", """From: "[[NAME:Venkatesh Iyengar]]" <[[EMAIL:venkat.iyengar1961@rediffmail.com]]>
To: [[EMAIL:grievance@kauveryhosp-example.in]]; [[EMAIL:medicalsuperintendent@kauveryhosp-example.in]]
Date: [[DATE:29 Nov 2026]], 6:07 pm
Subject: Formal complaint regarding treatment of my mother Smt. [[NAME:Kamakshi Ammal]] (UHID [[MRN:KH-CH-0091174]])

Respected Sir/Madam,

I am writing with great pain regarding the treatment given to my mother, Smt. [[NAME:Kamakshi Ammal]], aged [[AGE>89:93 years]] (DOB [[DATE:04-01-1933]]), UHID [[MRN:KH-CH-0091174]], who was admitted in your hospital at [[ADDRESS:Alwarpet]], [[ADDRESS:Chennai]] from [[DATE:18th November]] to [[DATE:25th November 2026]], IP No. [[MRN:IP/26/554120]], under Dr. [[NAME:S. Ramalingam]] (Geriatrics).

1. On [[DATE:20/11/2026]] night she was given a sleeping tablet although I had specifically told the duty doctor, Dr. [[NAME:Nivetha]], that she becomes confused with it. She fell in the bathroom at 3 am and got a fracture of the left wrist. Nobody informed us till next morning 9 am. The nurse Sister [[NAME:Mercy]] was very kind but she said there were only two staff for the whole floor.

2. We were charged Rs 18,400 for "ortho consultation and POP" for the fracture which happened because of the hospital's negligence. Bill no. [[ID:KHB/2611/08813]] dated [[DATE:25.11.2026]].

3. The discharge summary says "age 39 years" and her name is spelt "[[NAME:Kamatchi Amal]]". This is creating a problem with the insurance (Star Health, policy no. [[ID:P/141113/01/2026/004471]], claim no. [[ID:CLI/2026/141113/0882914]]) and they are asking for corrected papers.

I request you to kindly (a) waive the ortho charges, (b) issue a corrected discharge summary, and (c) inform me what steps are taken for patient safety of elderly patients. My mother is a retired school teacher of [[FACILITY:Lady Andal School]] and deserves dignity.

I can be contacted on [[PHONE:+91 94440 18273]] or landline [[PHONE:044-2499 3306]]. Our address: [[ADDRESS:New No. 14]], [[ADDRESS:Old No. 7]], [[ADDRESS:Bheemasena Garden Street]], [[ADDRESS:Mylapore]], [[ADDRESS:Chennai]] [[ZIP:600 004]].

If I do not receive a reply within 15 days I will be forced to approach the consumer forum. My cousin Adv. [[NAME:R. Padmanabhan]] is advising me.

Thanking you,
[[NAME:K. Venkatesh Iyengar]] (son)
Aadhaar (for identification): [[ID:XXXX XXXX 6120]]
""")


# ====================================================================== build
def parse(marked):
    out, spans, pos = [], [], 0
    clen = 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        clen += len(pre)
        typ, surf = m.group(1), m.group(2)
        spans.append([clen, clen + len(surf), typ, surf])
        out.append(surf)
        clen += len(surf)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counts = collections.Counter()
    region_counts = collections.Counter()
    errors = []
    lines = []
    for i, (region, raw) in enumerate(DOCS, 1):
        did = "heldout8-%02d" % i
        marked = raw.strip("\n")
        text, spans = parse(marked)
        if "[[" in text or "]]" in text:
            errors.append("%s: leftover markup" % did)
        nwords = len(text.split())
        if not (120 <= nwords <= 600):
            errors.append("%s: %d words" % (did, nwords))
        prev_end = -1
        for s, e, t, surf in spans:
            if t not in TYPES:
                errors.append("%s: bad type %s" % (did, t))
            if text[s:e] != surf:
                errors.append("%s: offset mismatch %r" % (did, surf))
            if not surf or surf != surf.strip():
                errors.append("%s: whitespace/empty span %r" % (did, surf))
            if s < prev_end:
                errors.append("%s: overlap at %d" % (did, s))
            prev_end = e
            counts[t] += 1
        region_counts[region] += 1
        lines.append(json.dumps({"id": did, "text": text,
                                 "spans": [[s, e, t] for s, e, t, _ in spans]},
                                ensure_ascii=False))
        print("%s %-4s words=%3d spans=%3d" % (did, region, nwords, len(spans)))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(here, "eval_heldout8.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    total = sum(counts.values())
    rep = ["notes: %d  (US %d, non-US %d)" % (len(DOCS), region_counts["US"],
                                             len(DOCS) - region_counts["US"]),
           "total spans: %d" % total]
    rep += ["%-9s %4d" % (t, counts[t]) for t in TYPES]
    print("\n".join(rep))
    with open(os.path.join(here, "heldout8_COUNTS.txt"), "w") as f:
        f.write("\n".join(rep) + "\n")


if __name__ == "__main__":
    main()
