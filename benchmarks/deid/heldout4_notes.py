"""Held-out set 4 for clinical de-identification: 38 hand-written, labelled notes (UK, AU, NZ, CA, IN, US styles).

Each note is written with inline markup ``⟦TYPE|text⟧``; ``main()`` strips the markup, checks every span
and writes ``eval_heldout4.jsonl`` (id, source, text, spans as [start, end, TYPE], end exclusive).
People, numbers, addresses and e-mails are fictional (phones in ranges reserved for fiction where one exists).
Written blind to medlm's de-identifier (its code, data, docs and other eval sets unseen); facility names mix real and invented."""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

TYPES = {"NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP", "URL", "IP", "AGE>89", "ID", "FACILITY"}
# Types whose exact string must be labelled wherever it recurs in the same note.
IDENTIFIER_TYPES = {"PHONE", "EMAIL", "MRN", "SSN", "URL", "IP", "ID"}
# Name words that are also ordinary English words: their recurrence is checked case-sensitively only,
# so "Dr Sharp" does not force "sharp pain" to be labelled.
ORDINARY_WORD_NAMES = {
    "summer", "hunter", "cash", "wolf", "fox", "frost", "snow", "golden", "baker", "cook", "mason",
    "carter", "lane", "love", "major", "sharp", "hope", "rose", "grace", "king", "bell", "may", "sage",
    "reed", "hill", "marsh", "field", "young", "little", "long", "brown", "white", "green", "joy", "bin",
    "de", "van", "al", "le", "la", "stone", "dean", "page", "will", "rich", "moon", "north", "west",
}
MARKUP = re.compile(r"⟦([^|⟦⟧]+)\|([^⟦⟧]*)⟧")
WORD = re.compile(r"[^\W\d_]+")
OUT = Path(__file__).with_name("eval_heldout4.jsonl")

NOTES: list[str] = []

# 01 UK hospital discharge summary to GP
NOTES.append("""⟦FACILITY|Royal Berkshire Hospital⟧ NHS Foundation Trust - Discharge Summary
Patient: ⟦NAME|Eleanor Whitcombe⟧    NHS No: ⟦ID|485 777 3456⟧    Hosp No: ⟦MRN|RBH0982231⟧
DOB: ⟦DATE|14/03/1941⟧    Admitted: ⟦DATE|02/11/2026⟧    Discharged: ⟦DATE|09/11/2026⟧ 16:40
Address: ⟦ADDRESS|Flat 3, 27 Kendrick Road, Reading⟧ ⟦ZIP|RG1 5DX⟧
GP: Dr ⟦NAME|Harjit Sandhu⟧, ⟦FACILITY|Abbey Medical Centre⟧, tel ⟦PHONE|0118 496 0432⟧, fax ⟦PHONE|0118 496 0433⟧
Consultant: Dr ⟦NAME|P. Okonjo⟧ (Care of the Elderly, Ward 10B)

Diagnosis: community-acquired pneumonia, right lower lobe. CURB-65 score 2 on admission.
Background: Parkinson's disease (Hoehn and Yahr stage 3), AF on apixaban 2.5 mg BD, CKD stage 3b (eGFR 38).
Progress: treated with co-amoxiclav 1.2 g IV TDS then oral for a 5-day total course. NEWS2 peaked at 6 on day 2.
Hb 98 g/L, CRP fell from 187 to 24. Seen by SALT - IDDSI level 5 diet. Sodium 131 on discharge, recheck in 1 week.
Lives alone; daughter ⟦NAME|Gillian⟧ visits daily and holds LPA for health and welfare. Package of care
restarted (QDS calls) via Reading Borough Council reablement.
Actions for GP: repeat U&E and Na on ⟦DATE|16/11/2026⟧; review Madopar timing (falls x2 this year).
Follow-up: Falls clinic, ⟦FACILITY|West Berkshire Community Hospital⟧, ⟦DATE|3rd December 2026⟧ at 10:15.
Letter typed by ⟦NAME|KM⟧ ⟦DATE|10/11/26⟧. cc ⟦NAME|Gillian Whitcombe⟧ (daughter) - ⟦PHONE|07700 900 614⟧
""")

# 02 Australian ED note with interpreter and Medicare number
NOTES.append("""⟦FACILITY|Logan Hospital⟧ Emergency Department
URN ⟦MRN|1047732⟧  Medicare ⟦ID|2953 41870 1⟧  DOB ⟦DATE|07/09/1958⟧
Pt: ⟦NAME|Nguyen Thi Hoa⟧ (prefers "⟦NAME|Hoa⟧"), 68F, Vietnamese-speaking. Onsite interpreter ⟦NAME|Tran Van Minh⟧ (TIS ID ⟦ID|T-88214⟧) used throughout.
Triage cat 3 at 0942 on ⟦DATE|21/10/2026⟧. Presenting complaint: 2/7 epigastric pain radiating to back, vomiting x4.
Obs: HR 104, BP 148/92, RR 20, SpO2 97% RA, T 37.9. Pain 7/10.
Hx: T2DM on metformin 1 g BD + Jardiance 10 mg, HTN, chole 2009 at ⟦FACILITY|Princess Alexandra⟧.
Ex: tender epigastrium, Murphy's sign negative, no guarding. Lipase 1840. LFTs: ALT 212, ALP 180, bili 31.
Imp: acute pancreatitis ?gallstone (retained CBD stone) vs ?euglycaemic DKA on SGLT2i - VBG pH 7.36, ketones 0.4.
Plan: IV Hartmann's 150 mL/h, analgesia, withhold Jardiance, US abdo, surgical review (Dr ⟦NAME|Fitzgerald⟧ paged ⟦PHONE|ext 4471⟧).
Son ⟦NAME|Minh Nguyen⟧ contactable on ⟦PHONE|+61 491 570 156⟧; address on file ⟦ADDRESS|14/88 Kingston Rd, Woodridge QLD⟧ ⟦ZIP|4114⟧.
⟦NAME|Hoa⟧ and son updated via interpreter ⟦NAME|Minh⟧ at 1130 - both agreeable to admission under surgical team.
⟦NAME|R. Castellanos⟧ (ED reg) ⟦DATE|21.10.26⟧
""")

# 03 US skilled nursing facility progress note, nonagenarian
NOTES.append("""⟦FACILITY|Maple Grove Health & Rehabilitation⟧ - Physician Progress Note
Resident: ⟦NAME|Walter⟧ "⟦NAME|Buddy⟧" ⟦NAME|Hargrove⟧   Room 212-B   DOS: ⟦DATE|11/18/2026⟧
Face sheet: DOB ⟦DATE|02/06/1931⟧, SSN ⟦SSN|412-58-0937⟧, Medicare MBI ⟦ID|4TE9-QM2-HK71⟧, MRN ⟦MRN|MG-004418⟧
S: ⟦AGE>89|95⟧ y/o M seen for f/u of L hip fx s/p ORIF (⟦DATE|Sept 30⟧) at ⟦FACILITY|St. Luke's⟧. Nursing reports poor PO intake,
    ate 25% of meals x3 days. ⟦NAME|Buddy⟧ states he "just isn't hungry." Denies pain at rest; 4/10 with PT.
O: T 98.1, HR 72, BP 118/64, RR 16, SpO2 95% RA, wt 61.2 kg (down 1.8 kg/2wk). BMI 19.
    Alert, oriented x2. Incision C/D/I, staples out. LE strength 3+/5 L hip flexion.
    Labs ⟦DATE|11/16⟧: Na 134, BUN 31, Cr 1.2, Alb 2.9, TSH 2.1.
A/P: 1. Unintentional wt loss / poor intake - dietitian consult, Ensure BID, mirtazapine 7.5 mg qHS, weekly weights.
     2. Hip fx - continue PT/OT, WBAT, enoxaparin 30 mg daily through ⟦DATE|11/25⟧.
     3. Goals of care - daughter ⟦NAME|Summer Hargrove-Lane⟧ (HCPOA, ⟦PHONE|(502) 555-0143⟧) and grandson ⟦NAME|Hunter⟧
        at bedside; POLST on file: DNR/DNI, selective treatment. ⟦NAME|Summer⟧ asks about hospice if intake does not improve.
Pharmacy: ⟦FACILITY|Omnicare of Louisville⟧, fax ⟦PHONE|502-555-0199⟧.
⟦NAME|Dana Ruiz⟧, APRN-CNP ⟦DATE|11/18/26⟧ 1415
""")

# 04 Canadian (Ontario) family practice note with OHIP number
NOTES.append("""⟦FACILITY|Riverdale Family Health Team⟧ - Clinic Note
Patient: ⟦NAME|Priya Raghunathan⟧   OHIP: ⟦ID|5584-029-117-KT⟧   Chart #: ⟦MRN|44817⟧
DOB: ⟦DATE|1989-04-22⟧   Visit: ⟦DATE|2026-11-12⟧
Address: ⟦ADDRESS|402-55 Broadview Ave, Toronto, ON⟧ ⟦ZIP|M4M 2E4⟧    Cell: ⟦PHONE|416-555-0172⟧
Email (consented for e-communication): ⟦EMAIL|priya.r.89@example.ca⟧

37 y/o G2P1 here for f/u of postpartum thyroiditis. Baby ⟦NAME|Arjun⟧ now 7 months, breastfeeding.
Recent TSH 6.8 (ref 0.32-4.00), free T4 10. TPO antibodies positive. Symptoms: fatigue, cold intolerance.
Partner ⟦NAME|Dev⟧ present. Started levothyroxine 50 mcg daily; safe in lactation, discussed.
Hashimoto's likely evolving. PHQ-9 = 8, EPDS 9 - mild, no SI. Referred to perinatal mental health at
⟦FACILITY|Michael Garron Hospital⟧ (self-referral line ⟦PHONE|416-555-0118 x2206⟧).
Recheck TSH in 6 wk (~⟦DATE|Dec 24⟧ - will be closed, so ⟦DATE|Jan 4⟧). Rx faxed to ⟦FACILITY|Shoppers Drug Mart #1142⟧ on ⟦ADDRESS|Danforth⟧.
- ⟦NAME|M. Tremblay⟧, MD CCFP
""")

# 05 Indian hospital discharge summary with Aadhaar and UHID
NOTES.append("""⟦FACILITY|Sri Ramachandra Medical Centre⟧, Porur - DISCHARGE SUMMARY
Name: Mr. ⟦NAME|Venkatesh Subramanian⟧   Age/Sex: 61/M   UHID: ⟦MRN|SRMC/2026/0738815⟧   IP No: ⟦ID|IP2611-04492⟧
Aadhaar: ⟦ID|4827 1190 6635⟧   DOA: ⟦DATE|03-11-2026⟧   DOD: ⟦DATE|10-11-2026⟧
Address: ⟦ADDRESS|No. 12, 4th Cross Street, Gandhi Nagar, Adyar, Chennai⟧ - ⟦ZIP|600020⟧   Mob: ⟦PHONE|+91 98400 55213⟧
Consultant: Dr. ⟦NAME|K. Lakshmi Narayanan⟧, MD, DM (Cardiology)

Diagnosis: Acute inferior wall MI - Killip class I. Primary PCI to RCA with 1 DES (3.0 x 28 mm).
Risk factors: T2DM x 15 yrs, HTN, ex-smoker (beedi). HbA1c 8.9%. LDL 142 mg/dL. LVEF 48% on 2D echo.
Course: uneventful. Troponin I peak 38 ng/mL. No arrhythmia on telemetry.
Medications on discharge: Tab. Ecosprin 75 mg OD, Tab. Brilinta 90 mg BD, Tab. Atorva 80 mg HS, Tab. Met XL 25 mg OD,
Tab. Glycomet GP 2 BD, Tab. Telma 40 mg OD. Continue for 12 months DAPT - do not stop without cardiology advice.
Son Mr. ⟦NAME|Karthik⟧ (⟦PHONE|+91 94440 18327⟧) explained in Tamil. Cardiac rehab at ⟦FACILITY|SRMC⟧.
Review in OPD after 2 weeks (⟦DATE|24/11/2026⟧) with lipid profile and RFT. Insurance: Star Health, policy ⟦ID|P/141113/01/2026/004512⟧.
""")

# 06 US telehealth visit with video link and connection log
NOTES.append("""TELEHEALTH VISIT - Behavioral Health
Patient: ⟦NAME|Jordan Okafor⟧   MRN ⟦MRN|00384421⟧   DOB ⟦DATE|5/2/1996⟧   Visit date: ⟦DATE|11/20/2026⟧
Platform: Zoom for Healthcare. Link sent to ⟦EMAIL|jokafor96@example.com⟧: ⟦URL|https://cedarview-health.zoom.us/j/84215530917?pwd=QmJ3bW1rT2x⟧
Connection log: patient joined 14:02 from ⟦IP|73.162.44.19⟧ (home, Ohio). Consent for video visit verbal, documented.
Identity confirmed with DOB and address (⟦ADDRESS|1180 Clifton Ave Apt 2, Cincinnati, OH⟧ ⟦ZIP|45220⟧).
Emergency contact during session: roommate ⟦NAME|Sage Whitfield⟧ ⟦PHONE|513-555-0164⟧.

S: f/u GAD + MDD. On sertraline 100 mg x 8 wks. GAD-7 down 16 -> 9, PHQ-9 14 -> 7. Sleep improved w/ CBT-I app.
   ⟦NAME|Okafor⟧ reports work stress (warehouse night shifts). Alcohol 2-3 beers/wk. No SI/HI. C-SSRS negative.
O: well groomed on camera, euthymic, linear thought process.
A/P: responding. Continue sertraline 100 mg. Therapy w/ ⟦NAME|Marisol⟧ q2wk continues - spoke with ⟦NAME|Marisol⟧ about the plan today.
     Crisis line 988 reviewed. RTC 6 wks via video.
Session ended 14:31. Audio dropped once; reconnected from ⟦IP|2600:1702:4a1:8c30::1f⟧ (mobile).
⟦NAME|Theresa Ng⟧, PMHNP-BC
""")

# 07 Hospital privacy office investigation note (EHR access audit)
NOTES.append("""PRIVACY OFFICE - INVESTIGATION NOTE   Case ⟦ID|PRV-2026-0417⟧   Opened ⟦DATE|November 4, 2026⟧
Complainant: ⟦NAME|Rebecca Stroud⟧ (patient, MRN ⟦MRN|7729014⟧), by phone ⟦PHONE|608-555-0137⟧ and email ⟦EMAIL|bstroud.home@example.net⟧.
Concern: believes her ex-partner's sister, an employee, viewed her ED record from ⟦DATE|10/28/2026⟧.
Access audit pulled by ⟦NAME|Luis Ferreira⟧ (IS Security):
  ⟦DATE|10/28⟧ 22:14  user ⟦ID|kpwolf2⟧  Chart Review > Notes   workstation IP ⟦IP|10.44.18.207⟧ (ED pod C)  - treating RN, appropriate
  ⟦DATE|10/29⟧ 07:51  user ⟦ID|mjcarter⟧  Results Review        IP ⟦IP|10.44.18.212⟧                       - day RN, appropriate
  ⟦DATE|10/29⟧ 23:40  user ⟦ID|dsnowden⟧  Demographics, Notes   IP ⟦IP|10.61.3.88⟧ (Outpatient Billing) - no treatment relationship
  ⟦DATE|10/31⟧ 01:12  user ⟦ID|dsnowden⟧  Notes                 VPN ⟦IP|172.20.9.145⟧, external ⟦IP|198.51.100.23⟧  - no treatment relationship
Employee ⟦NAME|Danielle Snowden⟧ (billing specialist, employee #⟦ID|E0048832⟧) interviewed ⟦DATE|11/6⟧ with HR (⟦NAME|Kim Pak⟧) and union rep.
She acknowledged opening the chart "to check she was OK." Not job-related. Both users ⟦NAME|Wolf⟧ (RN) and ⟦NAME|Carter⟧ (RN) cleared.
Outcome: breach confirmed (1 individual). Notification letter mailed ⟦DATE|11/12/2026⟧ to ⟦ADDRESS|2231 Atwood Ave, Madison, WI⟧ ⟦ZIP|53704⟧.
Not reportable to media (<500); logged for annual OCR submission. Sanctions per policy HIM-214.
⟦NAME|A. Bhattacharya⟧, Privacy Officer
""")

# 08 Cardiac device clinic remote transmission
NOTES.append("""DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
Pt ⟦NAME|Gerald Fox⟧  MRN ⟦MRN|E2281946⟧  DOB ⟦DATE|Jan 9, 1944⟧   Transmission received ⟦DATE|11/14/2026⟧ 03:12 (scheduled)
Device: Medtronic Azure XT DR MRI, SN ⟦ID|RNB403127S⟧, implanted ⟦DATE|3/3/2021⟧ at ⟦FACILITY|Mercy⟧ for sick sinus syndrome.
Leads: RA 5076 SN ⟦ID|PJN7719283⟧, RV 5076 SN ⟦ID|PJN7720016⟧.
Monitor: MyCareLink Smart via patient's phone app; last sync from ⟦IP|66.87.125.40⟧. Portal record ⟦URL|https://clinician.medtroniccarelink.net/patient/5fa2c91e⟧.
Battery 8.2 yrs. RA pacing 38%, RV pacing <1%. Impedances stable (RA 456, RV 532 ohms). Sensing P 2.8 mV, R 11.2 mV.
Episodes: 3 AT/AF episodes, longest 4 h 12 min on ⟦DATE|11/09⟧, burden 1.1%. CHA2DS2-VASc 4 - already on Eliquis 5 mg BID.
No VT/VF. ⟦NAME|Fox⟧ family notified of findings by phone (wife ⟦NAME|Marjorie⟧, ⟦PHONE|(317) 555-0126⟧) - no symptoms that night.
Plan: continue remote q91 days, in-clinic check ⟦DATE|May 2027⟧. Dr ⟦NAME|Adeyemi⟧ reviewed and agrees.
⟦NAME|Tess Morrow⟧, CCDS
""")

# 09 Social work assessment with neighbour, pastor and a free-text address
NOTES.append("""SOCIAL WORK ASSESSMENT  ⟦DATE|11/17/2026⟧
Pt ⟦NAME|Loretta Mae Dukes⟧, 82 y/o, MRN ⟦MRN|3310457⟧, admitted after found on floor by neighbour ⟦NAME|Earl Tibbs⟧ who checks on her most mornings.
Lives alone in a single-wide trailer on ⟦ADDRESS|Birchwood Ave⟧ by the old mill, no running water since the well pump failed in October.
Mailing address ⟦ADDRESS|PO Box 114, Harlan, KY⟧ ⟦ZIP|40831⟧. No phone of her own; messages via ⟦NAME|Earl⟧ ⟦PHONE|606-555-0181⟧.
Income: SSI + SSDI. Medicaid pending - application needs SSN, pt recited ⟦SSN|407 22 8419⟧, verified against Medicare card.
Supports: only son ⟦NAME|Ricky⟧ incarcerated (KSR, La Grange). Church is main support - Pastor ⟦NAME|Jim Golden⟧ of Pine Mountain
Baptist brings groceries Tues; his wife ⟦NAME|Arlene⟧ drives her to appointments. ⟦NAME|Golden⟧ family willing to help with move.
Cognition: SLUMS 19/30. Capacity for discharge decisions questionable - psych consult requested.
Risk: self-neglect. APS report filed (intake #⟦ID|KY-APS-26-118302⟧) with worker ⟦NAME|Tonya Brashear⟧ ⟦PHONE|606-555-0108 ext 31⟧.
Plan: SNF referrals to ⟦FACILITY|Harlan Health & Rehab⟧ and ⟦FACILITY|Letcher Manor⟧; ⟦NAME|Dukes⟧ agreeable "for a spell."
⟦NAME|C. Whitt⟧, LCSW
""")

# 10 UK ward nursing handover, surnames and initials only
NOTES.append("""Ward 7 (Acute Medical Unit) night handover ⟦DATE|Sun 15/11⟧ 07:30 - ⟦NAME|JH⟧ to ⟦NAME|SB⟧
Bay A
 1 ⟦NAME|Okafor⟧ 71M - cellulitis L leg. IV flucloxacillin 2 g QDS. ⟦NAME|Okafor⟧'s wound looks better, margins receding. Obs stable NEWS 1.
 2 ⟦NAME|Pemberton⟧ 88F - UTI/delirium. Pulled cannula x2. 1:1 overnight from HCA ⟦NAME|Dawn⟧. 4AT 6. Daughter calling at 9.
 3 Mrs ⟦NAME|Frost⟧ 66F - DKA resolving, off FRIII at 03:00 onto Lantus 18 units + Novorapid. BMs 7-11.
   (frost on the car park this morning - gritting team informed re: ambulance bay)
 4 ⟦NAME|Iqbal⟧ 54M - chest pain, 2nd trop 14 ng/L (1st 11). For discharge if consultant happy. Dr ⟦NAME|Mensah⟧ reviewing.
Bay B
 5 Mr ⟦NAME|Cash⟧ 79M - AKI stage 2 (Cr 241 from 96). Catheterised, UO 30 mL/h. Fluid balance strict. ⟦NAME|Cash⟧'s wife asks for callback.
 6 empty - bed blocked for ITU step-down (⟦NAME|O'Sullivan⟧) at 10:00.
 7 ⟦NAME|Kowalczyk⟧ 47F - alcohol withdrawal, CIWA 12, chlordiazepoxide reducing regimen day 3. Pabrinex given.
Side room 2: ⟦NAME|Teague⟧ ⟦AGE>89|90⟧M - C. diff positive, enteric precautions, for Dr ⟦NAME|Mensah⟧ review re: ceiling of care. ReSPECT form done.
Outstanding: ⟦NAME|Pemberton⟧'s CT head not yet reported; chased radiology (bleep ⟦PHONE|3317⟧).
""")

# 11 US pharmacist medication reconciliation with prescriber and pharmacy identifiers
NOTES.append("""PHARMACY MEDICATION RECONCILIATION - Admission   ⟦DATE|11-19-2026⟧
Patient ⟦NAME|Hector Villanueva⟧, MRN ⟦MRN|M00917734⟧, acct ⟦ID|A20261119-0447⟧. Sources: pt, wife ⟦NAME|Inés⟧, fill history (Surescripts), pill bottles.
Outpatient pharmacies: ⟦FACILITY|Walgreens #07261⟧ (⟦ADDRESS|3400 S Kedzie Ave, Chicago⟧) ph ⟦PHONE|773-555-0155⟧ fax ⟦PHONE|773-555-0156⟧;
  ⟦FACILITY|Express Scripts⟧ mail order (insulin).
Prescribers: Dr ⟦NAME|Ana Lucia Pardo⟧ (PCP), NPI ⟦ID|1487659203⟧; Dr ⟦NAME|S. Mason⟧ (nephrology), DEA ⟦ID|BM4721856⟧.
Home meds verified:
  - insulin glargine (Basaglar KwikPen) 24 units qHS - takes 20 "when sugar low"
  - metoprolol succinate 50 mg daily - Rx #⟦ID|2158830-07261⟧, last fill ⟦DATE|10/22⟧
  - furosemide 40 mg BID (⟦NAME|Mason⟧ increased from daily on ⟦DATE|10/3⟧)
  - oxycodone/APAP 5/325 q6h PRN - PDMP checked: 3 prescribers in 90 days, MME 22.5
  - OTC: ibuprofen 400 mg most days for knee OA - counseled, AKI risk with CKD 4 + loop
Discrepancies flagged to Dr ⟦NAME|Pardo⟧: (1) glargine dose, (2) NSAID use, (3) atorvastatin on list but not filled since ⟦DATE|June 2026⟧.
⟦NAME|Inés⟧ will bring remaining bottles tomorrow.
⟦NAME|Kevin Thao⟧, PharmD, BCPS  pager ⟦PHONE|312-555-0190⟧
""")

# 12 Surgical pathology report
NOTES.append("""⟦FACILITY|Northgate Pathology Laboratory⟧ - SURGICAL PATHOLOGY REPORT
Accession: ⟦ID|NP26-S-014472⟧        Patient: ⟦NAME|Baptiste, Claudette⟧        MRN: ⟦MRN|110-44-927⟧
DOB: ⟦DATE|08/30/1952⟧   Collected: ⟦DATE|11/10/2026⟧   Received: ⟦DATE|11/11/2026⟧   Reported: ⟦DATE|11/13/2026⟧
Submitting physician: ⟦NAME|Raymond Cho⟧, MD (Urology), ⟦FACILITY|Bayside Urology Associates⟧
Specimen: urinary bladder tumor, transurethral resection (TURBT), received in formalin, 6.2 g aggregate.
FINAL DIAGNOSIS:
  Urinary bladder, transurethral resection: invasive high-grade urothelial carcinoma, invading lamina propria (pT1).
  Muscularis propria present and not involved. Lymphovascular invasion: not identified. Carcinoma in situ: present, focal.
  Immunohistochemistry: GATA3 positive, p63 positive, CK7/CK20 positive; Ki-67 ~40%.
COMMENT: Findings discussed with Dr ⟦NAME|Cho⟧ by phone on ⟦DATE|11/13/2026⟧ at 09:20. Repeat TURBT advised per AUA guideline.
Case shown at intradepartmental consensus (Drs ⟦NAME|Ivanova⟧ and ⟦NAME|Hollis⟧ concur).
Electronically signed: ⟦NAME|Margaret A. Quinlan⟧, MD   CLIA ⟦ID|05D0942281⟧
""")

# 13 Radiology report with eponyms that are not names of people in the note
NOTES.append("""EXAM: MRI KNEE RIGHT WITHOUT CONTRAST      Accession ⟦ID|RAD-88410273⟧
Patient: ⟦NAME|Tyrell Mason⟧   MRN ⟦MRN|8402219⟧   DOB ⟦DATE|12/1/1979⟧   Exam date ⟦DATE|11/21/2026⟧ 18:05
Location: ⟦FACILITY|Good Samaritan Imaging Center⟧.  Referring: ⟦NAME|Olivia Brandt⟧, PA-C.
HISTORY: 47M basketball injury ⟦DATE|10/30⟧, pivot, effusion, locking.
FINDINGS:
Menisci: complex tear of the posterior horn medial meniscus extending to the inferior articular surface, with
a displaced bucket-handle fragment in the intercondylar notch (double PCL sign).
Ligaments: ACL intact. PCL intact. MCL grade 1 sprain. LCL complex intact.
Cartilage: grade 2 chondromalacia medial femoral condyle. Moderate joint effusion. 2.1 cm Baker's cyst.
Bones: bone bruise lateral tibial plateau. No Segond fracture. Osgood-Schlatter sequela at tibial tubercle.
IMPRESSION:
1. Displaced bucket-handle tear medial meniscus. Orthopedic referral suggested.
2. Baker's cyst, small effusion.
Findings communicated to ⟦NAME|Brandt⟧ by phone ⟦DATE|11/21/2026⟧ 18:52 (read back confirmed).
Dictated by: ⟦NAME|Hamid Farahani⟧, MD   Transcribed: ⟦NAME|lmc⟧
""")

# 14 Inpatient psychiatry progress note with lower-case names and a nickname
NOTES.append("""Inpatient Psychiatry - Progress Note   Unit 4 North   ⟦DATE|11.16.2026⟧
Pt ⟦NAME|Destiny Carmichael⟧ ("⟦NAME|Dez⟧"), 19F, involuntary hold day 3 (72-h hold extended to 14-day cert ⟦DATE|11/15⟧).
Nursing overnight: "pt visited by brother ⟦NAME|kevin⟧ and gf ⟦NAME|tasha⟧ - pt tearful after, asked staff not to let ⟦NAME|kevin⟧ back."
Pt says ⟦NAME|Kevin⟧ "always sides with mom." Mother ⟦NAME|Rochelle Carmichael⟧ called twice; pt has not signed ROI for her yet.
Pt showed staff a text thread; messages from "⟦NAME|jaz⟧" (ex) encouraging her to leave AMA. ⟦NAME|Dez⟧ agreed to hand phone to staff for 24 h.
MSE: casually dressed, poor eye contact, mood "empty", affect constricted. No AH/VH. Passive SI, no plan; denies HI.
Meds: lithium 300 mg BID (level 0.6 on ⟦DATE|11/15⟧), quetiapine 50 mg qHS. TSH pending.
Dx: MDD, recurrent, severe w/o psychotic features; r/o borderline PD. Columbia: moderate risk.
Plan: continue Q15 checks, DBT skills group, family meeting ⟦DATE|Thurs 11/19⟧ with ⟦NAME|Rochelle⟧ if pt consents.
Therapist ⟦NAME|Jaime Ocampo⟧, LMFT to lead. Consider ECT consult w/ Dr ⟦NAME|Lindqvist⟧ if no response by ⟦DATE|12/1⟧.
⟦NAME|B. Nakamura⟧ MD
""")

# 15 US hospice admission, centenarian
NOTES.append("""⟦FACILITY|Heartland Hospice of the Valley⟧ - ADMISSION NURSING ASSESSMENT   ⟦DATE|11/08/2026⟧
Patient: ⟦NAME|Ida Pearl Lindgren⟧   DOB ⟦DATE|04/19/1925⟧ (age ⟦AGE>89|101⟧)   SSN ⟦SSN|521-30-7784⟧   Hospice ID ⟦MRN|HV26-1193⟧
Place of care: home - ⟦ADDRESS|4415 W Ridgecrest Dr, Boise, ID⟧ ⟦ZIP|83703⟧. Referred by ⟦FACILITY|St. Alphonsus⟧ palliative team after
3rd admission this year. Terminal dx: heart failure (NYHA IV, EF 20%); secondary: CKD 4, macular degeneration.
PPS 30%. FAST n/a. MAC 17.5 cm (was 21 in spring). Bedbound, sleeps ~20 h/day. Intake sips only.
Symptoms: dyspnea at rest - morphine concentrate 20 mg/mL, 5 mg SL q2h PRN; terminal secretions - glycopyrrolate.
Comfort kit delivered by ⟦FACILITY|Valley Hospice Pharmacy⟧.
Family: granddaughter ⟦NAME|Hope Lindgren-Baker⟧ is primary caregiver and DPOA (⟦PHONE|208-555-0139⟧, ⟦EMAIL|hope.lbaker@example.org⟧).
⟦NAME|Ida⟧ was a schoolteacher for 40 years; wants to die at home "in my own bed with my cat." At ⟦AGE>89|101⟧ she says she is "ready."
Chaplain Fr. ⟦NAME|Tomasz Wójcik⟧ to visit Tuesday; Catholic, requests Anointing of the Sick.
IDT: RN case manager ⟦NAME|Corinne Vo⟧, MSW ⟦NAME|Abe Feldman⟧, aide ⟦NAME|Lupe⟧ MWF. Medical director Dr ⟦NAME|Sato⟧ certified 90-day benefit period 1.
""")

# 16 US prior authorization appeal letter
NOTES.append("""⟦FACILITY|Lakeshore Rheumatology & Infusion⟧
⟦ADDRESS|2250 N Prospect Ave, Suite 400, Milwaukee, WI⟧ ⟦ZIP|53202⟧  |  Tel ⟦PHONE|414-555-0127⟧  |  Fax ⟦PHONE|414-555-0128⟧
⟦DATE|November 19, 2026⟧
To: Utilization Management, Anthem Blue Cross Blue Shield - Fax ⟦PHONE|1-888-555-0170⟧
RE: Expedited appeal of denial, claim/reference ⟦ID|UM-2026-11-7734120⟧
Member: ⟦NAME|Shanice Love⟧   DOB ⟦DATE|06/14/1990⟧   Member ID ⟦ID|XHJ883410275⟧   Group ⟦ID|0018826-001⟧   SSN on file ⟦SSN|398-61-2045⟧
Drug: rituximab 1000 mg IV days 1 and 15 (HCPCS J9312)

I am writing on behalf of my patient, Ms. ⟦NAME|Love⟧, who has seropositive SLE with biopsy-proven class IV lupus nephritis
(ISN/RPS 2018, activity index 9/24) diagnosed ⟦DATE|March 2026⟧. Despite mycophenolate 3 g/day for 6 months plus
hydroxychloroquine 200 mg BID and prednisone taper, her UPCR remains 2.8 g/g and anti-dsDNA rose to 320 IU/mL.
She failed cyclophosphamide (Euro-Lupus) in 2024 due to leukopenia. Belimumab was added ⟦DATE|08/01/2026⟧ with no response.
The denial cites "step therapy not met"; the steps listed are exactly those she has already failed (records enclosed, 42 pages).
Please review at your portal reference ⟦URL|https://availity.com/appeals/case/UM2026117734120⟧ or call me directly.
Sincerely,
⟦NAME|Farah Qureshi⟧, MD, FACR   NPI ⟦ID|1932055184⟧
""")

# 17 UK community midwife booking note
NOTES.append("""Community Midwifery - Booking Appointment   ⟦DATE|5 November 2026⟧
Woman: ⟦NAME|Kayleigh Love⟧   NHS number ⟦ID|943 476 5919⟧   Hospital no. ⟦MRN|K2284761⟧   DOB ⟦DATE|22.01.1998⟧ (28)
Address: ⟦ADDRESS|11 Ash Grove, Hebburn⟧ ⟦ZIP|NE31 1QT⟧   Mobile ⟦PHONE|+44 7700 900 381⟧
Partner: ⟦NAME|Connor Major⟧ (FOB), attended. GP: ⟦FACILITY|Glenpark Medical Practice⟧.
G2 P1 (SVD 2021 at ⟦FACILITY|South Tyneside District Hospital⟧, 3.4 kg, PPH 900 mL). LMP ⟦DATE|03/08/2026⟧, EDD by dates ⟦DATE|10/05/2027⟧.
BMI 33.1 - aspirin 150 mg from 12/40 (pre-eclampsia risk: BMI + interpregnancy >10y no; moderate x2). High-dose folic acid 5 mg.
BP 118/72, urine NAD. Bloods: FBC, G&S, haemoglobinopathy, infection screen, HbA1c taken. GTT at 24-28/40 offered.
Smoker 5/day - CO reading 9 ppm; referred to Smokefree Baby (⟦NAME|Tasha⟧ will ring). Whooping cough + flu vaccines discussed.
Safeguarding: no concerns; routine enquiry re DV asked alone - none disclosed. ⟦NAME|Kayleigh⟧'s mum ⟦NAME|Denise⟧ helps with childcare.
Dating scan booked ⟦DATE|19/11/2026⟧ at ⟦FACILITY|Queen Elizabeth Hospital Gateshead⟧ (nearest slot).
Named midwife: ⟦NAME|Bethany Sharp⟧ RM, team mobile ⟦PHONE|07700 900 442⟧.
""")

# 18 Canadian paediatric clinic note with parents and health card
NOTES.append("""⟦FACILITY|Children's Hospital of Eastern Ontario⟧ - Complex Care Clinic   Visit ⟦DATE|17 Nov 2026⟧
Patient: ⟦NAME|Noah Tremblay-Singh⟧   DOB ⟦DATE|2019-06-03⟧   MRN ⟦MRN|0659321⟧   Health card ⟦ID|7784 551 203 - HR⟧
Accompanied by mother ⟦NAME|Geneviève Tremblay⟧ and father ⟦NAME|Rajveer Singh⟧; francophone household, visit in French and English.
Address: ⟦ADDRESS|2187 rue Saint-Louis, Gatineau, QC⟧ ⟦ZIP|J8T 4H5⟧   Home ⟦PHONE|819-555-0114⟧
7-y/o with Duchenne muscular dystrophy (DMD exon 45-50 deletion), on deflazacort 0.9 mg/kg since age 5.
Growth: wt 23.4 kg (25th %ile), ht 112 cm (<3rd) - steroid effect. BP 104/62. Cushingoid facies mild.
North Star Ambulatory Assessment 24/34 (was 27). Timed rise from floor 6.1 s, Gowers' sign present. 10 m run 5.8 s.
Echo ⟦DATE|Sept 2026⟧: normal EF 62%. PFT FVC 92% predicted. DXA: L-spine Z-score -1.8; vit D 61 nmol/L.
School: Grade 2 at École Saint-Jean-de-Brébeuf, EA support; OT ⟦NAME|Chloé Bergeron⟧ liaising re: adaptive seating.
⟦NAME|Noah⟧ loves hockey - Sledge hockey program info given. Parents asking about eligibility for exon-skipping trial at ⟦FACILITY|SickKids⟧.
Plan: continue deflazacort, add ACE inhibitor at age 10 or earlier if cardiac MRI changes; bone health clinic referral.
Dr ⟦NAME|Isabelle Chartrand⟧, neuromuscular. Dictated ⟦DATE|17/11/2026⟧, typed ⟦NAME|ml⟧/⟦NAME|dg⟧.
""")

# 19 Australian paramedic patient care record
NOTES.append("""NSW Ambulance - electronic Medical Record (eMR)   Incident ⟦ID|26-1104-88213⟧   Unit: Hornsby 31
Date ⟦DATE|04/11/2026⟧  Call 0012 (000)   At scene 0026   At patient 0029   Depart 0111   At hospital 0133
Location: ⟦ADDRESS|Unit 6, 18-20 Florence St, Hornsby NSW⟧ ⟦ZIP|2077⟧ - retirement village, key safe code given by RACF staff.
Pt: ⟦NAME|Dorothy Ferguson⟧  DOB ⟦DATE|12/12/1931⟧  Age ⟦AGE>89|94⟧  Medicare ⟦ID|4120 58312 2⟧
Caller: neighbour ⟦NAME|Bev Harland⟧ ⟦PHONE|0491 570 003⟧ heard pt calling out.
Hx: unwitnessed fall from standing ~2200, long lie ~2 h. Hx AF (warfarin), OP, HTN, mild dementia.
O/E: GCS 14 (E4 V4 M6), L leg shortened and externally rotated, pain 8/10. HR 112 irreg, BP 104/60, RR 22, SpO2 94% RA, BGL 6.2, T 35.4.
Skin tear L forearm 4 cm. No head strike reported but on warfarin - INR unknown.
Mx: methoxyflurane 3 mL (Penthrox) - partial relief; IV 18G L AC; fentanyl 50 mcg IN x2; warmed; splinted with pillows.
Transported Cat 2 to ⟦FACILITY|Hornsby Ku-ring-gai Hospital⟧ ED, handover to RN ⟦NAME|Aoife Brennan⟧ 0140.
Next of kin son ⟦NAME|Ian Ferguson⟧ (Orange) ⟦PHONE|+61 2 5550 1876⟧ - left voicemail.
Officers: ⟦NAME|J. Cheung⟧ (P2) ⟦ID|NSWA 41177⟧ / ⟦NAME|M. Walsh⟧ (P1) ⟦ID|NSWA 50923⟧
""")

# 20 UK occupational health report
NOTES.append("""Occupational Health Service - Management Referral Report   ⟦DATE|12 Nov 2026⟧   Our ref: ⟦ID|OH/26/3318⟧
Employee: ⟦NAME|Marcus Wolfe⟧   Staff no. ⟦ID|00274419⟧   Role: porter, Estates & Facilities   DOB ⟦DATE|09/04/1971⟧
Referring manager: ⟦NAME|Sue Ridley⟧ (⟦EMAIL|sue.ridley@nhs.net⟧)
Assessed by telephone on ⟦DATE|11/11/2026⟧ (⟦PHONE|07700 900 218⟧), with consent; report shared with employee first.
Mr ⟦NAME|Wolfe⟧ has been absent since ⟦DATE|28 September⟧ following a lumbar discectomy (L4/5) at ⟦FACILITY|Spire Leeds⟧.
He reports improving sciatica (leg pain 2/10, back 4/10), walking 3 miles/day, sitting tolerance ~45 min. Oswestry 28%.
Opinion: fit for phased return from ⟦DATE|23/11/2026⟧ - 4 h shifts wk 1-2, 6 h wk 3, full hours wk 4; no lifting >10 kg,
no patient transfers or bed moves for 6 weeks; avoid prolonged static standing. Consider Access to Work if ongoing.
Equality Act 2010: likely not a disability (impairment not expected to last 12 months).
Self-referral physio via ⟦URL|https://www.leedsth.nhs.uk/ohs/physio-selfreferral⟧ encouraged.
Dr ⟦NAME|Nkechi Obi⟧, MFOM, Consultant Occupational Physician   GMC ⟦ID|7049112⟧
""")

# 21 US ICU transfer note with facility nicknames
NOTES.append("""MICU ACCEPT NOTE - Interfacility Transfer   ⟦DATE|11/22/2026⟧ 02:10
Pt ⟦NAME|Raymond Sharpe⟧, ⟦AGE>89|91⟧ yo M, transferred from ⟦FACILITY|Good Sam⟧ (⟦FACILITY|Good Samaritan Regional⟧, Corvallis) for higher level of care.
MRN here ⟦MRN|55120438⟧; their MRN ⟦MRN|GS00771026⟧. SSN ⟦SSN|540 72 1186⟧ (from transfer packet face sheet).
Originally seen at ⟦FACILITY|Mercy⟧ urgent care ⟦DATE|11/20⟧ for cough, sent to ⟦FACILITY|Good Sam⟧ ED ⟦DATE|11/21⟧, intubated there for
hypoxemic resp failure. Prior cardiac care at ⟦FACILITY|St Vincent's⟧ in Portland (TAVR 2022).
HPI per transfer RN ⟦NAME|Kaylee⟧ and son ⟦NAME|Doug Sharpe⟧ (⟦PHONE|541-555-0193⟧): 4 d cough, fever 39.2, confusion.
Exam: sedated on propofol 30, RASS -2. Coarse BS bilat. MAP 62 on norepi 0.12. Sharp decline in UOP since 18:00.
Vent: AC/VC 400 x 22, PEEP 12, FiO2 70% -> P/F 118. CXR bilat infiltrates. Flu A PCR +. Procalcitonin 4.6.
A/P: ARDS (Berlin moderate) 2/2 influenza A + ?bacterial superinfection; septic shock.
 - LTVV 6 mL/kg PBW, prone if P/F <150 after optimization; oseltamivir 75 mg BID; vanc/cefepime.
 - Code status: son reports pt "would not want machines long-term" - family meeting w/ Dr ⟦NAME|Castillo⟧ AM.
⟦NAME|Priyanka Deshmukh⟧, MD (MICU fellow)
""")

# 22 Genetic counselling note with a family pedigree
NOTES.append("""CANCER GENETICS - Genetic Counseling Session   ⟦DATE|10/27/2026⟧
Proband: ⟦NAME|Miriam Abergel⟧, 44, MRN ⟦MRN|600218844⟧, referred by Dr ⟦NAME|Yoon⟧ (breast surgery) after dx of L breast IDC,
ER+/PR+/HER2- (grade 2), age 44. Ashkenazi Jewish ancestry on both sides.
Pedigree (3 generations):
 - Mother ⟦NAME|Ruth⟧, 71: ovarian ca dx 63 (HGSC), alive. Never tested.
 - Maternal grandmother ⟦NAME|Esther Kaplan⟧, ⟦AGE>89|92⟧, living in Miami: breast ca dx 58.
 - Maternal grandfather ⟦NAME|Sol Kaplan⟧, died at ⟦AGE>89|97⟧ (prostate ca dx 80s, not metastatic).
 - Father ⟦NAME|Avi⟧, 74: colon polyps. Paternal aunt ⟦NAME|Shoshana⟧: pancreatic ca dx 66, deceased.
 - Sister ⟦NAME|Dana Abergel-Fox⟧, 40: unaffected.
Risk models: Tyrer-Cuzick n/a (affected); NCCN criteria met (AJ ancestry, ovarian ca in 1st-degree relative).
Testing: 84-gene hereditary cancer panel incl. BRCA1, BRCA2, PALB2, CHEK2, ATM, Lynch genes; AJ founder variants
(185delAG, 5382insC, 6174delT) included. Sample sent ⟦DATE|10/27/2026⟧, requisition ⟦ID|INV-6628193⟧, results in 2-3 weeks.
Results will post to ⟦URL|https://portal.invitae.com/patients/INV-6628193⟧ and be released to the proband by phone first.
Discussed GINA (health insurance/employment protections; not life/LTC insurance).
⟦NAME|Leah Goldfarb⟧, MS, CGC
""")

# 23 Australian teledermatology referral (store-and-forward)
NOTES.append("""Teledermatology Referral - Store & Forward   Submitted ⟦DATE|09/11/2026⟧ 15:47 AEDT
From: Dr ⟦NAME|Siobhan Gallagher⟧, ⟦FACILITY|Mudgee Family Medical⟧, ⟦ADDRESS|62 Church St, Mudgee NSW⟧ ⟦ZIP|2850⟧
      ⟦EMAIL|reception@mudgeefamilymed.example.com.au⟧   Ph ⟦PHONE|(02) 5550 3321⟧   Provider no. ⟦ID|2417763B⟧
To: ⟦FACILITY|Skin Health Institute⟧ teledermatology service
Patient: ⟦NAME|Craig Snow⟧   DOB ⟦DATE|30/06/1963⟧   Medicare ⟦ID|5102 77419 3⟧   Mob ⟦PHONE|0491 570 228⟧   ⟦EMAIL|craigsnow63@example.com⟧
Farmer, lifetime heavy UV exposure, Fitzpatrick II. 9 mm pigmented lesion L upper back, changed over ~4 months
(owner's wife ⟦NAME|Jenny⟧ noticed). Dermoscopy: atypical network, blue-white veil, regression - 7-point checklist score 5.
Hx BCC excised 2019, SCC L ear 2022. Nil FHx melanoma. Also multiple AKs on scalp (treated with cryo, LN2).
Images (clinical + dermoscopic x4) uploaded via ⟦URL|https://teledermatology.example.org.au/case/TD-2026-31877⟧
(case ⟦ID|TD-2026-31877⟧), upload logged from ⟦IP|203.0.113.58⟧.
Q: excise locally (2 mm margins) vs urgent in-person review? Patient can travel to Dubbo but not Sydney before harvest.
⟦NAME|Snow⟧ asks for a reply by phone rather than letter.
""")

# 24 UK laboratory critical result telephone log
NOTES.append("""Blood Sciences - Critical Result Telephone Log   ⟦DATE|Sat 14 Nov 2026⟧
Lab: ⟦FACILITY|Pathology Department, Leicester Royal Infirmary⟧   BMS on duty: ⟦NAME|Ravinder Kaur⟧ (⟦NAME|RK⟧)
01:52  Sample ⟦ID|K2611140387⟧, ⟦NAME|HASSAN, Yusuf⟧, S-number ⟦MRN|S9917265⟧, Ward 23 (Renal).
       K+ 7.1 mmol/L (non-haemolysed, repeat same tube 7.0). Creat 688. Phoned ward ext ⟦PHONE|5823⟧, spoke to
       SN ⟦NAME|Oluwaseun Adebayo-Okonkwo⟧, read back correct. Informed on-call renal SpR bleep ⟦PHONE|4410⟧ at 01:58. - ⟦NAME|RK⟧
03:20  Sample ⟦ID|K2611140412⟧, ⟦NAME|DAVIES, Glenys⟧, age ⟦AGE>89|96⟧, S-number ⟦MRN|S4402917⟧, Charnwood Ward (Community).
       Na 112 mmol/L (previous 129 on ⟦DATE|09/11⟧). Ward phone ⟦PHONE|0116 496 0725⟧ unanswered x3.
       GP out-of-hours service informed ⟦DATE|14/11⟧ 03:41 via professional line, Dr ⟦NAME|Zainab Rahman⟧. - ⟦NAME|RK⟧
05:05  Sample ⟦ID|K2611140466⟧, ⟦NAME|McALLISTER, Sean⟧, S-number ⟦MRN|S7730184⟧, ED Majors.
       Troponin I 11,240 ng/L. ED nurse-in-charge ⟦NAME|Jo⟧ informed, read back. - ⟦NAME|RK⟧
Comment: ⟦NAME|Davies⟧ result also emailed per policy to ⟦EMAIL|charnwood.ward@uhl-tr.nhs.uk⟧ as no answer.
""")

# 25 US patient portal message thread (proxy access)
NOTES.append("""MyChart Message Thread - Patient Advice Request   Patient: ⟦NAME|Beatrice Okonkwo-Hale⟧   MRN ⟦MRN|30022817⟧
----- ⟦DATE|11/15/2026⟧ 9:14 PM  From: ⟦NAME|Nadia Hale⟧ (proxy)  ⟦EMAIL|nadia.hale.rn@example.com⟧
Hi Dr. ⟦NAME|Bauer⟧, this is ⟦NAME|Nadia⟧, Mom's daughter. My mom is ⟦AGE>89|92⟧ and since the new water pill (the torsemide 20) she is
dizzy when she stands and fell into the dresser Friday. No head injury. Her BP on our cuff was 96/58 sitting, 84/50 standing.
Also the pharmacy asked for her social for the Medicare Part D form - it's ⟦SSN|219-44-6015⟧ if you need it for the chart.
She is eating OK. Can we cut the torsemide in half? Pictures of her bruise: ⟦URL|https://photos.app.goo.gl/Yd8kT2mWq7xLpE4r6⟧
----- ⟦DATE|11/16/2026⟧ 8:02 AM  From: ⟦NAME|Greta Bauer⟧, MD
Thanks ⟦NAME|Nadia⟧. Please hold the torsemide today and tomorrow and recheck standing BP. I have messaged our nurse
⟦NAME|Carlos⟧ to call you at ⟦PHONE|412-555-0148⟧ this morning to arrange labs (BMP) and a visit ⟦DATE|Wednesday 11/18⟧.
Please do not send Social Security numbers through MyChart - I have asked registration to remove it from this thread.
If she hits her head or is confused, go to the ED at ⟦FACILITY|UPMC Shadyside⟧. Visit notes: ⟦URL|https://mychart.example-health.org/visit/CSN7742018835⟧
----- System audit: message 1 sent from ⟦IP|71.206.13.88⟧; message 2 from ⟦IP|10.12.40.61⟧ (clinic workstation).
""")

# 26 US outpatient dialysis unit monthly note
NOTES.append("""⟦FACILITY|DaVita Riverside Dialysis⟧ - Monthly Physician Progress Note   ⟦DATE|Nov 2026⟧ (seen ⟦DATE|11/10/2026⟧, chair 7)
Patient: ⟦NAME|Lamar Washington⟧   DOB ⟦DATE|3-14-1968⟧   SSN ⟦SSN|431-08-5527⟧   Medicare ⟦ID|7HQ2-WR8-NM39⟧   Facility MRN ⟦MRN|DV00582241⟧
ESRD 2/2 hypertensive nephrosclerosis, HD since 2019 MWF 2nd shift. Access: L brachiocephalic AVF, good thrill/bruit.
Pt reports sharp pain at needle sites since new cannulation technique; buttonhole vs rope-ladder discussed with charge RN ⟦NAME|Kim Sharp⟧.
Adequacy: spKt/V 1.48, URR 74%. IDWG avg 3.1 kg (target <2.5). EDW 88.0 kg, reduced to 87.5.
Labs: Hgb 10.4 (Mircera 75 mcg q2wk), Ferritin 640, TSAT 27%, PO4 6.8 (on sevelamer 1600 mg TID), Ca 8.9, iPTH 612 -> start cinacalcet 30 mg.
Albumin 3.7. KDQOL done. Transplant: active on list at ⟦FACILITY|Allegheny General⟧, UNOS ID ⟦ID|WA7712034⟧, coordinator ⟦NAME|Lisa Major⟧
(⟦EMAIL|lmajor.txcoord@example.org⟧). ⟦NAME|Major⟧ says cPRA 14%, blood type O, wait time ~5 y.
Social: drives himself; wife ⟦NAME|Tonya⟧ works nights. Missed 2 treatments (car trouble) - SW to look at transport.
Plan as above. Next monthly ⟦DATE|Dec 8⟧. ⟦NAME|O. Akintola⟧ MD
""")

# 27 US home health wound care visit, rural route
NOTES.append("""Home Health Skilled Nursing Visit - Wound Care    Agency: ⟦FACILITY|Prairie Home Health Services⟧
Pt: ⟦NAME|Vernon Quist⟧   ⟦AGE>89|93⟧ yo M   DOB ⟦DATE|August 2, 1933⟧   SSN ⟦SSN|505-26-9033⟧   Agency MR# ⟦MRN|PHH-20418⟧
Address: ⟦ADDRESS|RR 2 Box 47, Tolna, ND⟧ ⟦ZIP|58380⟧ (gravel road past the grain elevator, 3rd farm on left, blue barn).
Visit ⟦DATE|11/23/2026⟧ 1030-1125. Wife ⟦NAME|Marlys⟧ present; son-in-law ⟦NAME|Gary Baker⟧ does wound care between visits.
Wound: stage 4 pressure injury sacrum, 5.2 x 4.0 x 1.8 cm, undermining 2 cm at 12-3 o'clock, 30% slough, moderate serosang.
Periwound macerated. PUSH score 13 (prev 14). No odor. Afebrile, T 97.6, BP 132/70, HR 80, SpO2 93% RA.
NPWT (V.A.C. 125 mmHg continuous) changed; black foam x1, white foam to undermining. Canister 60 mL.
Nutrition: ⟦NAME|Marlys⟧ reports 50% meals. Prostat BID continued. Turning q2h - alternating pressure mattress in place.
⟦NAME|Gary⟧'s questions about foam sizing answered; teach-back done. Dr ⟦NAME|Helgeson⟧ notified of slough via fax ⟦PHONE|701-555-0162⟧.
Next visit ⟦DATE|11/25⟧. ⟦NAME|Karin Dahl⟧, RN, CWOCN
""")

# 28 US clinical trial screening visit
NOTES.append("""RESEARCH NOTE - Screening Visit, phase 3 anti-amyloid antibody trial (sponsor protocol on file)
Subject ID ⟦ID|302-014-0087⟧   Participant: ⟦NAME|Ellen Hutchins⟧   MRN ⟦MRN|4480019⟧   Visit ⟦DATE|10/29/2026⟧
eConsent v4.1 signed ⟦DATE|10/29/2026⟧ 09:12 via ⟦URL|https://econsent.example-crc.org/s/302-014-0087⟧ (audit IP ⟦IP|192.0.2.141⟧),
with study partner (husband) ⟦NAME|Frank Hutchins⟧ also signing. LAR not required - capacity to consent assessed (UBACC 18/20).
Incl/excl: MMSE 22 (range 20-28 ok), CDR-GB 0.5, amyloid PET pending. ApoE genotyping: consented, result to be blinded.
Excl check: no >4 microhemorrhages on MRI (1 seen), not on anticoagulants, no MRI contraindication.
Stipend via ClinCard - W-9 collected, SSN ⟦SSN|318-40-7762⟧ entered in payment system only (not in EDC).
Study contact card given: CRC ⟦NAME|Marcus Lee-Wong⟧ ⟦PHONE|617-555-0133⟧ ⟦EMAIL|alzstudy@example-crc.org⟧. PI Dr ⟦NAME|Anjali Mehta⟧.
Next: amyloid PET at ⟦FACILITY|Brigham and Women's⟧ ⟦DATE|11/5⟧; LP optional (declined).
""")

# 29 US emergency department forensic nurse examination note
NOTES.append("""ED - SANE (Sexual Assault Nurse Examiner) Documentation   ⟦DATE|11/07/2026⟧ 03:25
Pt ⟦NAME|Alexis Moreno⟧, 24F, MRN ⟦MRN|21884530⟧, SSN ⟦SSN|602-19-3348⟧ (registration).
Law enforcement: Ofc. ⟦NAME|Derek Hall⟧, Tucson PD, badge ⟦ID|4471⟧, case ⟦ID|TPD 2611-07-0193⟧. Pt consented to evidence collection and report.
Advocate from SACASA, ⟦NAME|Perla⟧, present at pt request.
Hx (pt's words): "I met him at a party on ⟦ADDRESS|4th Ave⟧, he said his name was ⟦NAME|Tanner⟧." Last memory ~23:30; woke in car ~01:45.
Assault occurred ⟦DATE|11/06⟧ ~midnight at ⟦ADDRESS|1500 block of E Speedway Blvd⟧.
Exam: 2 cm abrasion R knee; bruises L upper arm (3, fingertip pattern), photographed with ABFO scale. TEARS: see diagram.
Kit ⟦ID|AZ-SAK-0045812⟧ sealed 05:10, chain of custody to Ofc. ⟦NAME|Hall⟧ 05:22.
Meds: ceftriaxone 500 mg IM, doxycycline, metronidazole (deferred - EtOH), Plan B 1.5 mg, HIV nPEP (Biktarvy) 3-day starter.
Tox urine/blood collected (DFSA). Discharged to friend ⟦NAME|Riley Chen⟧; safe address ⟦ADDRESS|3320 N Country Club Rd, Tucson⟧ ⟦ZIP|85716⟧.
Follow-up ID clinic ⟦DATE|11/10⟧. ⟦NAME|Maria Elena Ochoa⟧, RN, SANE-A
""")

# 30 Indian outpatient neurology note with transliterated names
NOTES.append("""⟦FACILITY|Aster CMI Hospital⟧, Bengaluru - Neurology OPD   Date: ⟦DATE|18/11/2026⟧   OP No. ⟦MRN|ACMI-OP-2611-03381⟧
Patient: ⟦NAME|Muhammad bin Rashid⟧, 52/M, businessman, visiting from Muscat. Passport ⟦ID|P4471902⟧ (Oman).
Local contact: cousin ⟦NAME|Imran Sheikh⟧, ⟦ADDRESS|#28, 2nd Main, Frazer Town, Bengaluru⟧ ⟦ZIP|560005⟧, ⟦PHONE|+91 80 4123 7710⟧, ⟦EMAIL|imran.sheikh.blr@example.in⟧
C/o: episodic vertigo with tinnitus and aural fullness L ear x 6 months, attacks 2-4 h.
Dix-Hallpike negative bilaterally. HINTS: horizontal nystagmus, head impulse positive L, no skew. Romberg negative.
PTA (done at ⟦FACILITY|Dr. Agarwal's ENT Clinic⟧): low-frequency SNHL L 45 dB. MRI brain + IAC: no vestibular schwannoma.
Impression: definite Meniere's disease L (Barany 2015 criteria).
Rx: Tab. Vertin (betahistine) 24 mg BD x 3 months; salt restriction <2 g/day; avoid caffeine.
Tab. Stemetil 5 mg SOS during attacks. Intratympanic steroid if refractory.
Reports to be sent to his physician in Muscat, Dr ⟦NAME|Salim Al-Harthy⟧ (⟦EMAIL|salharthy@example.om⟧).
Mr ⟦NAME|Rashid⟧ given a copy. Review after 3 months or by teleconsult. - Dr ⟦NAME|Deepa Hegde⟧, DM (Neuro)
""")

# 31 UK Mental Health Act assessment (AMHP report)
NOTES.append("""AMHP Report - Mental Health Act 1983 Assessment   ⟦DATE|Thursday 12th November 2026⟧
Person assessed: ⟦NAME|Tomasz Nowicki⟧   DOB ⟦DATE|03/02/1985⟧   NHS ⟦ID|601 228 4417⟧   RiO ID ⟦MRN|1140772⟧
Location: home, ⟦ADDRESS|Flat 14, Carter House, Lyme Street, Camden⟧, London ⟦ZIP|NW1 0SE⟧
AMHP: ⟦NAME|Femi Adeyinka⟧ (⟦EMAIL|femi.adeyinka@camden.gov.uk⟧). Doctors: Dr ⟦NAME|Helen Frost⟧ (s12 approved) and Dr ⟦NAME|Amir Sadeghi⟧ (GP, prior acquaintance).
Nearest Relative: brother ⟦NAME|Piotr Nowicki⟧ (identified under s26; parents deceased) - consulted by phone ⟦PHONE|+44 7700 900 516⟧ at 14:10,
did not object. Polish interpreter ⟦NAME|Agnieszka Lis⟧ (Language Line) used for the NR call only; ⟦NAME|Tomasz⟧ declined an interpreter.
Background: paranoid schizophrenia, 3 previous admissions (last under s3 at ⟦FACILITY|St Pancras Hospital⟧, 2023).
Stopped depot (paliperidone) in summer. Neighbour Mrs ⟦NAME|Okoro⟧ reported shouting at night and that he had blocked the windows with foil.
Interview: believes MI5 transmit through the smart meter; barricaded door; poor self-care; fridge empty. Denies thoughts of harming others.
Outcome: Section 2 applied for at 16:45 (both medical recommendations received). Less restrictive options (CRHTT, informal admission) refused.
Bed at ⟦FACILITY|Highgate Mental Health Centre⟧, Coral ward. Conveyed by ambulance; police (PC ⟦NAME|Doyle⟧, collar no. ⟦ID|4432CN⟧) attended under s135(1) warrant.
His cat - arranged with ⟦NAME|Piotr⟧ to collect. Property secured; keys logged.
""")

# 32 New Zealand pre-anaesthetic assessment, nonagenarian
NOTES.append("""Pre-Anaesthetic Assessment - ⟦FACILITY|Waikato Hospital⟧   ⟦DATE|20/11/2026⟧
Patient: ⟦NAME|Te Aroha Paewai⟧   NHI ⟦ID|ZKL4412⟧   DOB ⟦DATE|01/05/1936⟧   Age ⟦AGE>89|90⟧   Iwi: Ngāti Maniapoto
Whānau present: moko ⟦NAME|Hemi⟧ and daughter ⟦NAME|Mere Paewai-Rangi⟧ (⟦EMAIL|mere.rangi@example.co.nz⟧, ⟦PHONE|+64 21 555 0193⟧).
Procedure: R hemiarthroplasty for #NOF, listed ⟦DATE|21/11⟧. Surgeon Mr ⟦NAME|Whitburn⟧.
Hx: AS (moderate, Vmax 3.6 m/s on echo ⟦DATE|Aug 2026⟧), AF on dabigatran (last dose ⟦DATE|19/11⟧ 08:00, CrCl 34), COPD (FEV1 1.1 L), T2DM diet-controlled.
Functional: mobile with frame, lives with whānau in ⟦ADDRESS|22 Kaitake Road, Te Kūiti⟧ ⟦ZIP|3910⟧. Clinical Frailty Scale 5.
Airway: Mallampati 2, TMD >6 cm, edentulous. ASA 3.
Bloods: Hb 112, plt 188, Cr 118, eGFR 36, INR 1.2, APTT 38.
Plan: spinal (hyperbaric bupivacaine 2.2 mL) + fascia iliaca block; avoid GA given AS. Hold dabigatran (>48 h by time of surgery).
4AT 2 - delirium prevention bundle. Discussed 30-day mortality (NHFS 6 ~ 13%). Whānau asked for karakia before theatre - arranged with chaplain ⟦NAME|Matiu⟧.
Dr ⟦NAME|S. Kapoor⟧, anaesthetic registrar
""")

# 33 UK care home verification of expected death
NOTES.append("""Verification of Expected Death - ⟦FACILITY|Ashcombe House Care Home⟧   Verified by: ⟦NAME|Grace Mwangi⟧ RN (NMC ⟦ID|09I4483E⟧)
Resident: ⟦NAME|Harold Ernest Pickering⟧   DOB ⟦DATE|17 April 1928⟧   Age ⟦AGE>89|98⟧   NHS ⟦ID|417 903 2286⟧
Address: ⟦ADDRESS|Ashcombe House, 2 Mill Lane, Wimborne, Dorset⟧ ⟦ZIP|BH21 1JQ⟧
Date of death: ⟦DATE|27/11/2026⟧. Time found: 05:40 (last seen alive 04:00 by carer ⟦NAME|Shanthi⟧). Time verified: 06:05.
Checks: no carotid pulse 1 min, no heart sounds 1 min, no breath sounds 1 min, no respiratory effort 1 min, pupils fixed and dilated,
no response to pain (trapezius squeeze). ReSPECT form in place (not for CPR). Expected death - end of life care since ⟦DATE|19/11⟧.
No implantable devices. Not infectious. No concerns; not referable to coroner (seen by GP within 28 days).
GP Dr ⟦NAME|Lucy Fairbrother⟧ (⟦FACILITY|Wimborne Group Practice⟧) informed 08:30 via ⟦EMAIL|dorsetccg.wimbornegp@nhs.net⟧ - will issue MCCD.
Son ⟦NAME|Michael Pickering⟧ informed 06:20, attended at 07:15; funeral director Co-op Funeralcare (Wimborne) contacted 09:00.
⟦NAME|Harold⟧ was ⟦AGE>89|98⟧ and a long-term resident since 2019; staff ⟦NAME|Grace⟧ and ⟦NAME|Shanthi⟧ sat with him overnight.
""")

# 34 Australian adult endocrinology letter with insulin pump and CGM platform
NOTES.append("""⟦FACILITY|Royal Melbourne Hospital⟧ - Diabetes Technology Clinic   Letter dated ⟦DATE|24 November 2026⟧
Dear Dr ⟦NAME|Kwame Asante⟧ (⟦FACILITY|Brunswick Health Hub⟧, fax ⟦PHONE|03 5550 8812⟧),
Re: ⟦NAME|Lily-Rose Carter⟧, DOB ⟦DATE|11/08/2004⟧, UR ⟦MRN|4418207⟧, ⟦ADDRESS|3/41 Sydney Rd, Brunswick VIC⟧ ⟦ZIP|3056⟧
⟦NAME|Lily-Rose⟧ (T1DM since age 9) attended with her partner ⟦NAME|Jai⟧ on ⟦DATE|20/11/2026⟧ for review after transition to a Tandem t:slim X2
(serial ⟦ID|TSX-1187302⟧) with Control-IQ and Dexcom G7 on ⟦DATE|1 October⟧.
Data via Glooko (clinic code shared; report ⟦URL|https://my.glooko.com/reports/clinic/4f8e21b7c0⟧, synced from ⟦IP|110.175.82.14⟧):
TIR 71% (was 48%), TBR 2%, TAR 27%, GMI 7.0%, CV 34%. HbA1c 7.1% (from 8.6%). No DKA or severe hypos.
Issues: occlusion alarms at abdominal sites - rotate to upper buttock; pre-bolus 15 min for breakfast.
Sick-day plan and ketone meter reviewed; she uses the ⟦EMAIL|diabetes.tech@mh.example.org.au⟧ inbox for pump questions.
Coeliac screen negative; TSH 1.9. Retinal screen due - booked at ⟦FACILITY|Royal Victorian Eye and Ear Hospital⟧.
Review in 4 months. Kind regards, Dr ⟦NAME|Naomi Sze⟧, Endocrinology Fellow, for A/Prof ⟦NAME|Hunter⟧
""")

# 35 US opioid treatment program counselor and prescriber note
NOTES.append("""⟦FACILITY|New Horizons Treatment Center⟧ (OTP) - Monthly Review   ⟦DATE|11/24/2026⟧
Client: ⟦NAME|Cody Ray Pruitt⟧   Client ID ⟦MRN|NH-77104⟧   SSN ⟦SSN|289-63-4410⟧   DOB ⟦DATE|7/19/1991⟧
42 CFR Part 2 protected - do not redisclose without written consent.
Methadone 95 mg daily (dose stable x 8 wks). Take-homes: phase 3 (3/week) - UDS last 6 negative except buprenorphine-neg, methadone-pos as expected.
Fentanyl test strip program: client took 10 strips for his roommate ⟦NAME|Wyatt⟧. Narcan 4 mg kit re-issued (used one on ⟦DATE|11/2⟧ at a friend's).
PDMP query ⟦DATE|11/24/2026⟧ via ⟦URL|https://wvbop.example-pmp.gov/query/8812044⟧: no other controlled Rx.
QTc 452 ms on ECG ⟦DATE|11/10⟧ (prior 438) - discussed with Dr ⟦NAME|Ferris⟧; no QT-prolonging meds added.
Employment: started at the Kroger distribution center (days); court: drug court graduation ⟦DATE|Jan 14, 2027⟧, probation officer
⟦NAME|Angela Stump⟧ (⟦EMAIL|astump@example-wvcourts.gov⟧) has ROI on file.
Counselor: ⟦NAME|Rusty Mullins⟧, CADC. Next group Tues/Thurs. ⟦NAME|Cody⟧ reports cravings 2/10.
""")

# 36 US health information management release-of-information log
NOTES.append("""HIM - Release of Information Request Log   Request ⟦ID|ROI-26-0091544⟧   Received ⟦DATE|11/02/2026⟧
Patient: ⟦NAME|Clarence T. Whitby⟧   DOB ⟦DATE|09/09/1931⟧ (age ⟦AGE>89|95⟧)   MRN ⟦MRN|0012847733⟧   SSN ⟦SSN|227-50-6841⟧
Requester: ⟦NAME|Lauren Sachs⟧, Esq., Hudson Harbor Injury Law LLP, ⟦ADDRESS|1 Liberty Plaza, 23rd Floor, New York, NY⟧ ⟦ZIP|10006⟧,
  ⟦EMAIL|lsachs@example-law.com⟧, fax ⟦PHONE|212-555-0177⟧. Purpose: personal injury claim (fall at grocery store ⟦DATE|06/30/2026⟧).
Authorization: HIPAA-compliant, signed by patient's daughter ⟦NAME|Paulette Whitby-Graves⟧ as POA (POA doc attached, verified by ⟦NAME|JRT⟧).
  Authorization lists SSN as ⟦SSN|227 50 6841⟧ (matches registration) and DOB (matches).
Records requested: ED and inpatient ⟦DATE|06/30/2026⟧-⟦DATE|07/08/2026⟧, ortho clinic f/u, PT notes, imaging (CD).
Excluded: behavioral health notes (separate authorization needed), HIV test result (state law - specific consent required).
Release: 214 pages via secure link ⟦URL|https://roi.example-health.org/dl/7Kq2Lm9X4tPz⟧ (expires 14 days), emailed ⟦DATE|11/09/2026⟧.
  Download audit: accessed ⟦DATE|11/10/2026⟧ 10:22 from ⟦IP|208.67.149.32⟧; second access ⟦DATE|11/12⟧ from ⟦IP|208.67.149.40⟧.
Imaging CD mailed USPS tracking ⟦ID|9405 5036 9930 0481 7723 15⟧. Invoice ⟦ID|INV-ROI-55102⟧ $64.80 (state max per-page rate).
Status page for requester: ⟦URL|https://roi.example-health.org/status/ROI-26-0091544⟧. Closed by ⟦NAME|J. Torres⟧ ⟦DATE|11/12/2026⟧.
""")

# 37 US remote patient monitoring nurse note (heart failure)
NOTES.append("""Remote Patient Monitoring - RN Review (CHF program)   ⟦DATE|Nov. 25, 2026⟧
Pt ⟦NAME|Odessa Greenlee⟧  ⟦AGE>89|90⟧ y/o F  MRN ⟦MRN|7730194⟧  SSN# ⟦SSN|419663028⟧  enrolled ⟦DATE|09/14/2026⟧ (CPT 99454/99457 - 20 min this month).
Devices: BodyTrace scale SN ⟦ID|BT-04A7713⟧, BP cuff SN ⟦ID|BT-11C2290⟧ (cellular). Hub IP ⟦IP|100.72.18.9⟧ (carrier), last check-in 06:41.
Alert: wt 71.4 kg today, up 2.3 kg in 3 days (dry wt 69.0). BP 142/84, HR 88. Pt reports 2-pillow orthopnea, ankles "puffy," no CP.
Called pt at ⟦PHONE|(205) 555-0116⟧; granddaughter ⟦NAME|Jasmine⟧ answered and read pill bottles: furosemide 40 mg daily - ran out Sunday.
Refill sent to ⟦FACILITY|CVS #5532⟧ Bessemer; per HF protocol, Dr ⟦NAME|Okonjo⟧ approved furosemide 40 mg BID x 3 days then daily, BMP Friday.
Education: 2 g Na diet, 1.5 L fluid limit, daily weights before breakfast. Teach-back with ⟦NAME|Jasmine⟧ - good.
Care plan and readings visible to family at ⟦URL|https://rpm.example-cardio.com/patient/GREENLEE-O-7730194⟧; login help emailed to
⟦EMAIL|jasmine.greenlee@example.com⟧. Data export job ran from ⟦IP|10.200.5.17⟧.
Escalation: if wt up another 1 kg or SOB at rest - ED at ⟦FACILITY|UAB Medical West⟧. Next RN call ⟦DATE|11/27⟧ (holiday - pt OK with call).
⟦NAME|Shauna Pike⟧, RN, CHFN
""")

# 38 US emergency department financial counseling / registration note
NOTES.append("""ED Registration - Financial Counseling Note   ⟦DATE|11/28/2026⟧ 11:50   Encounter ⟦ID|CSN 4410298817⟧
Pt ⟦NAME|Willow Cook⟧, 31F, MRN ⟦MRN|9930417⟧, self-pay, presented via triage (ectopic r/o, now in OR).
Registration incomplete at arrival; boyfriend ⟦NAME|Ace Lane⟧ provided info. Pt later confirmed at bedside pre-op:
SSN ⟦SSN|561-47-2209⟧ (pt initially gave ⟦SSN|561-74-2209⟧ - transposed digits corrected against her state ID).
Address ⟦ADDRESS|817 Cherry Lane, Lot 12, Fort Collins, CO⟧ ⟦ZIP|80524⟧. Phone ⟦PHONE|970-555-0104⟧. Email ⟦EMAIL|willowbcook@example.com⟧.
Employer: seasonal, ski rental shop - no employer coverage. Household of 2; income est. 180% FPL.
Screened presumptively eligible for Health First Colorado (Medicaid) - PE application ⟦ID|PE-26-3378120⟧ submitted.
Hospital Discounted Care application link texted to pt: ⟦URL|https://apply.example-hospital.org/fa/HDC-9930417⟧.
⟦NAME|Cook⟧ agreed to financial counselor follow-up by phone; ⟦NAME|Lane⟧ will bring pay stubs to the cashier office.
⟦NAME|Mariana Cota⟧, CHAA, Patient Access
""")

# ---- end of notes ----


def parse(marked: str) -> tuple[str, list[list]]:
    """Strip ``⟦TYPE|text⟧`` markup; return the plain text and its spans [start, end, TYPE]."""
    parts, spans, pos, cursor = [], [], 0, 0
    for m in MARKUP.finditer(marked):
        parts.append(marked[pos:m.start()])
        cursor += m.start() - pos
        label, value = m.group(1), m.group(2)
        spans.append([cursor, cursor + len(value), label])
        parts.append(value)
        cursor += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), spans


def _occurrences(text: str, needle: str, flags: int, word_chars: str) -> list[tuple[int, int]]:
    pattern = rf"(?<![{word_chars}]){re.escape(needle)}(?![{word_chars}])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def check_note(note_id: str, marked: str, text: str, spans: list[list]) -> list[str]:
    """Every problem found in one note, as readable lines (empty when the note is sound)."""
    problems = []
    for bad in ("⟦", "⟧"):
        if bad in text:
            problems.append(f"stray markup {bad!r} at {text.index(bad)}: {text[max(0, text.index(bad) - 30):text.index(bad) + 30]!r}")
    marked_values = [m.group(2) for m in MARKUP.finditer(marked)]
    prev_end = -1
    for (start, end, label), value in zip(spans, marked_values):
        where = f"{label} {value!r}"
        if label not in TYPES:
            problems.append(f"unknown type in {where}")
        if text[start:end] != value:
            problems.append(f"offset mismatch for {where}: text has {text[start:end]!r}")
        if not value or value != value.strip():
            problems.append(f"empty span or surrounding whitespace in {where}")
        if start < prev_end:
            problems.append(f"overlap at {where}")
        prev_end = end
        if label == "AGE>89" and not (value.isdigit() and int(value) > 89):
            problems.append(f"AGE>89 must be only the digits of an age over 89: {where}")
        if label == "NAME" and re.match(r"(?i)(dr|mr|mrs|ms|miss|prof|sister|pastor|rev|fr|father)\b", value):
            problems.append(f"title inside NAME span {where}")
    covered = [(s, e) for s, e, _ in spans]

    def is_covered(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)

    for start, end, label in spans:
        value = text[start:end]
        if label == "NAME":
            for word in set(WORD.findall(value)):
                if len(word) < 2:
                    continue
                if word.lower() in ORDINARY_WORD_NAMES:  # "Frost"/"FROST" are the name, "frost" the weather
                    hits = [h for form in {word, word.title(), word.upper()} for h in _occurrences(text, form, 0, r"^\W\d_")]
                else:
                    hits = _occurrences(text, word, re.IGNORECASE, r"^\W\d_")
                for a, b in hits:
                    if not is_covered(a, b):
                        problems.append(f"name word {word!r} (from NAME {value!r}) unlabelled at {a}: {text[max(0, a - 25):b + 25]!r}")
        elif label in IDENTIFIER_TYPES and len(value) >= 4:
            for a, b in _occurrences(text, value, 0, r"\w"):
                if not is_covered(a, b):
                    problems.append(f"{label} {value!r} unlabelled at {a}")
    return sorted(set(problems))


def build() -> list[dict]:
    records, failures = [], []
    for i, marked in enumerate(NOTES, 1):
        note_id = f"heldout4-{i:02d}"
        text, spans = parse(marked)
        failures += [f"{note_id}: {p}" for p in check_note(note_id, marked, text, spans)]
        records.append({"id": note_id, "source": "handwritten", "text": text, "spans": spans})
    if failures:
        sys.exit("heldout4: markup check failed:\n  " + "\n  ".join(failures))
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = collections.Counter(label for r in records for _, _, label in r["spans"])
    print(f"wrote {OUT} ({len(records)} notes, {sum(counts.values())} spans)")
    for label in sorted(TYPES):
        print(f"  {label:9s} {counts.get(label, 0)}")


if __name__ == "__main__":
    main()
