#!/usr/bin/env python3
"""Blind held-out de-identification test set (set 10).

Synthetic clinical documents with inline markup [[TYPE:surface]].
Running this script strips the markup, validates, and writes
eval_heldout10.jsonl and COUNTS.txt next to this file.
All people, numbers, streets and facilities are invented.
"""
import collections
import json
import os
import re
import sys

N = 10
TYPES = ["NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP",
         "URL", "IP", "AGE>89", "ID", "FACILITY"]
DOCS = []


def doc(s):
    DOCS.append(s.strip("\n"))


# ---------------------------------------------------------------- 01 US VA CPRS-style PACT note
doc("""
LOCAL TITLE: PACT PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: [[DATE:MAR 14, 2024]]@09:42     ENTRY DATE: [[DATE:MAR 14, 2024]]@10:15:33
      AUTHOR: [[NAME:OKONKWO-BRANDT,ADAEZE M]]   EXP COSIGNER: [[NAME:HALVORSEN,PETER J]]
     URGENCY:                            STATUS: COMPLETED

PT: [[NAME:DEWITT,RAYMOND LEE]] ([[SSN:D4471]])   SSN: [[SSN:512-40-4471]]   DOB: [[DATE:FEB 9,1933]] ([[AGE>89:91]])
CLINIC: PACT BLUE TEAM - [[FACILITY:STURGIS CREEK CBOC]]

CC: 3-mo f/u, falls x2 since last visit.

HPI: [[AGE>89:91]] y/o Korean War Veteran (USMC 1951-53) w/ Parkinson's disease (Hoehn & Yahr 3), HTN, CKD 3a,
BPH, here w/ wife [[NAME:Lorraine]] who drives him the 40 mi from [[ADDRESS:Belle Fourche]]. Fell [[DATE:2/26]] getting up
at night to void, no LOC, no head strike. Second fall [[DATE:3/9]] in the barn - "just lost my footing." Seen at
[[FACILITY:Butte County Critical Access Hospital]] ED that night; CT head neg per outside records scanned into VistA
Imaging [[DATE:3/10/24]]. Denies CP, syncope. [[NAME:Lorraine]] notes more "freezing" in doorways since [[DATE:January]].

MEDS (VA): carbidopa/levodopa 25/100 1.5 tab TID; tamsulosin 0.4 mg qHS; amlodipine 5 mg daily;
acetaminophen 500 mg PRN. NON-VA: Preservision AREDS 2, fish oil.

EXAM: BP 142/78 seated -> 116/64 standing at 3 min, HR 72 -> 80. Wt 154 lb. Masked facies, cogwheel rigidity
R>L, Myerson's sign +, shuffling gait, retropulsion on pull test. TUG 19 s. MoCA 21/30 ([[DATE:11/02/2023]]).

LABS [[DATE:03/07/2024]]: Cr 1.48 (1.31 in [[DATE:Sept 2023]]), eGFR 44, K 4.6, Na 137, Hgb 11.9, A1c 5.8.

A/P:
1. Orthostatic hypotension, likely PD + alpha-blocker + CCB -> STOP amlodipine; compression stockings; recheck
   orthostatics 2 wks with RN.
2. Falls - PT consult to [[FACILITY:Rushmore Plains VAMC]] (Gait/Balance clinic); Prosthetics consult for
   shower chair, raised toilet seat, grab bars; home safety eval.
3. Home Telehealth enrollment - device S/N [[ID:HTD-8823-0417-QX]] shipped. RN Care Manager [[NAME:Tammy Redcloud]], RN
   to call home [[PHONE:605-555-0143]] or wife's cell [[PHONE:(605) 555-0178]].
4. Address verified for beneficiary travel: [[ADDRESS:1187 Sawmill Gulch Rd]], [[ADDRESS:Belle Fourche]], SD [[ZIP:57717]].
5. Encouraged wife to use My HealtheVet secure messaging ([[URL:www.myhealth.va.gov]]).
6. Flu vaccine given today, lot U7742AA, L deltoid, VIS [[DATE:08/06/2021]] edition provided.

RTC 3 months w/ Dr. [[NAME:Okonkwo-Brandt]] or sooner PRN.

/es/ [[NAME:ADAEZE M OKONKWO-BRANDT]], MD
Staff Physician
Signed: [[DATE:03/14/2024]] 10:15
/es/ [[NAME:PETER J HALVORSEN]], DO
Receipt Acknowledged By: [[DATE:03/14/2024]] 14:02
""")

# ---------------------------------------------------------------- 02 US rural critical access ED note
doc("""
[[FACILITY:MISSION VALLEY COMMUNITY HOSPITAL]] - EMERGENCY DEPARTMENT
[[ADDRESS:410 Railroad Ave]] * [[ADDRESS:Polson]], MT [[ZIP:59860]] * Ph [[PHONE:406-555-0119]] * Fax [[PHONE:406-555-0120]]

Patient: [[NAME:Kaden J. Little Owl]]        MRN: [[MRN:MV0048812]]     Acct#: [[ID:E240412-0087]]
DOB: [[DATE:07/22/1991]]    Age: 32    Sex: M
Arrival: [[DATE:04/12/2024]] 02:17 via POV      Provider: [[NAME:Ruth Ann Kessler]], PA-C
Supervising MD (telemedicine): [[NAME:Vikram Sethuraman]], MD, [[FACILITY:Providence Big Sky Tele-ED Hub]]

CHIEF COMPLAINT: "Chainsaw kicked back" - L thigh laceration

HPI: 32 yo M, logger for [[FACILITY:Flathead Timber & Pole Co.]], injured ~0130 cutting firewood at his uncle's place
off [[ADDRESS:Hwy 35]] near [[ADDRESS:Finley Point]]. Girlfriend [[NAME:Shaylee Morningstar]] applied a belt as a tourniquet
for ~25 min en route. No LOC. Tetanus unknown. Drank "a few beers." Lives alone in [[ADDRESS:Ronan]].

PMH: none. PSH: ORIF R wrist 2016. Meds: none. Allergies: sulfa (hives).
SH: 1/2 ppd cigarettes, chews. EtOH weekends.

EXAM: T 36.6  HR 118  BP 104/62  RR 20  SpO2 97% RA. GCS 15.
L anterolateral thigh: 14 cm ragged lac, exposed vastus lateralis, no pulsatile bleeding after tourniquet release,
DP/PT 2+, sensation intact. Compartments soft.

ED COURSE:
02:30 - 2 L LR, cefazolin 2 g IV, Tdap IM. Fentanyl 50 mcg IV x2.
02:55 - Tele consult w/ Dr. [[NAME:Sethuraman]] via secure video (session IP [[IP:10.48.212.37]] logged by IT).
03:40 - Irrigated 3 L, layered closure not advised given contamination; loosely approximated, packed.
04:10 - HR 94, BP 118/70. Hgb 12.1 (was 14.4 at 02:40).

DISPOSITION: Transfer to [[FACILITY:Kalispell Regional Medical Center]] for OR washout (ortho/general surgery).
Accepting: Dr. [[NAME:Mei-Ling Ostrowski]]. Transport: [[FACILITY:ALERT Air Medical]] fixed wing unavailable (weather);
ground ALS, unit plate MT [[ID:48-2291C]]. Departed 05:05.

Contact: girlfriend [[NAME:Shaylee Morningstar]] [[PHONE:(406) 555-0187]]; uncle [[NAME:Delbert Little Owl]] (no phone).
Work comp claim #[[ID:WC-MT-2024-118730]] opened; employer HR [[NAME:Janelle Fritz]] notified [[DATE:4/12]] 08:00.

Electronically signed: [[NAME:Ruth Ann Kessler]], PA-C  [[DATE:04/12/2024]] 05:31
""")

# ---------------------------------------------------------------- 03 US Epic-style discharge summary
doc("""
DISCHARGE SUMMARY

[[NAME:Nguyen, Thi Bich Hanh]]                  MRN: [[MRN:00731-5592]]    CSN: [[ID:1120044387]]
DOB: [[DATE:5/3/1958]]  (65 y.o. F)            Adm: [[DATE:1/28/2024]]    D/C: [[DATE:2/2/2024]]
Attending: [[NAME:Harold B. Feingold]], MD       PCP: [[NAME:Lucia Esperanza Maldonado]], NP ([[FACILITY:Eastside Family Health Center]])
Unit: 6 West Cardiology, Rm 612-B           Service: Cardiology
Hospital: [[FACILITY:St. Bartholomew Regional Medical Center]], [[ADDRESS:San Jose]], CA

Principal Problem: Acute on chronic HFrEF (EF 25-30%)
Active Hospital Problems
  Diagnosis                               Date Noted
  * Acute on chronic systolic CHF         [[DATE:01/28/2024]]
  * Paroxysmal atrial fibrillation        [[DATE:06/14/2019]]
  * Type 2 diabetes mellitus w/ CKD       [[DATE:03/02/2011]]
  * Hyperkalemia                          [[DATE:01/30/2024]]

Hospital Course:
Mrs. [[NAME:Nguyen]] is a 65 y.o. Vietnamese-speaking female (interpreter [[NAME:Phuong Tran]], ID [[ID:VI-2231]], used
throughout) who presented w/ 2 wk progressive DOE, orthopnea, 9 lb wt gain after running out of furosemide. BNP 3,412.
Diuresed w/ IV furosemide 80 mg BID, net -6.1 L. K peaked 5.9 on [[DATE:1/30]] -> spironolactone held, Lokelma given.
Sacubitril/valsartan (Entresto) 24/26 mg BID started [[DATE:1/31]]. Rate controlled on metoprolol succinate. CHA2DS2-VASc 5,
on apixaban (Eliquis) 5 mg BID. Seen by Dr. [[NAME:Amara Osei-Bonsu]] (EP) - ICD discussion deferred to outpatient.

Dry weight: 128 lb (58.1 kg). Discharge Cr 1.6 (baseline 1.4-1.5).

Discharge Medications: see AVS. CHANGED: furosemide 40 mg PO BID (was daily). NEW: Entresto 24/26 mg BID.
HOLD: spironolactone until BMP.

Follow-up:
  * [[NAME:Lucia Esperanza Maldonado]], NP - [[DATE:2/6/2024]] 10:40 AM - BMP same day
  * Heart Failure Clinic, [[FACILITY:St. Bartholomew Cardiology Associates]], [[ADDRESS:2200 Alum Rock Ave, Ste 310]],
    [[ADDRESS:San Jose]] CA [[ZIP:95116]] - [[DATE:Feb 13]] @ 2:00 PM - ph [[PHONE:408-555-0166]]
  * HF nurse navigator [[NAME:Jorge "Coco" Villanueva]], RN will call within 48-72 h

Patient lives with daughter [[NAME:Kim-Anh Nguyen-Pham]] ([[PHONE:408-555-0102]], [[EMAIL:kimanh.np@examplemail.com]]),
HCPOA on file. Home: [[ADDRESS:1476 Story Rd Apt 9]], [[ADDRESS:San Jose]], CA [[ZIP:95122]].
Medi-Cal ID [[ID:91827364A]]; Medicare MBI [[ID:4KT8-WQ2-RM55]]. SSN on file: [[SSN:xxx-xx-6613]].

Code status: Full Code. Condition at discharge: stable, ambulating 300 ft on RA.

Electronically signed by [[NAME:Harold B. Feingold]], MD on [[DATE:2/2/2024]] at 4:17 PM
""")

# ---------------------------------------------------------------- 04 US radiology report (CT) with accession and NPI
doc("""
[[FACILITY:LAKESHORE IMAGING PARTNERS]]
[[ADDRESS:8800 W. Cermak Rd, Suite 120]]  [[ADDRESS:North Riverside]], IL [[ZIP:60546]]
Tel [[PHONE:708.555.0131]]   Fax [[PHONE:708.555.0132]]   [[URL:https://portal.lakeshoreimaging-example.com/results]]

PATIENT: [[NAME:KOWALCZYK, STANISLAW]]            DOB: [[DATE:1936-11-30]]   AGE: 87Y
MRN: [[MRN:LIP-2093381]]   ACCESSION: [[ID:CT24-0551907]]   EXAM DATE: [[DATE:2024-05-21]] 13:48
REFERRING: [[NAME:BEATRIZ A. OYELARAN-SMITH]], MD   NPI [[ID:1588203947]]
CC: [[NAME:TOMASZ WIERZBICKI]], MD ([[FACILITY:Loyola-Hines Urology Group]])

EXAM: CT ABDOMEN AND PELVIS WITH AND WITHOUT IV CONTRAST (RENAL MASS PROTOCOL)

CLINICAL HISTORY: 87 y/o M w/ gross hematuria x 3 wk. Hx bladder Ca s/p TURBT [[DATE:08/2021]]. eGFR 52.

TECHNIQUE: Multiphasic CT per protocol. 100 mL Omnipaque 350 IV. DLP 1,842 mGy-cm. One or more dose reduction
techniques were used (automated exposure control, iterative reconstruction).

COMPARISON: CT A/P [[DATE:03/09/2022]] at [[FACILITY:Hines VA Hospital]] (outside images, PACS import by [[NAME:J. Moreno]]).

FINDINGS:
Kidneys: Interval development of a 3.4 x 3.1 x 3.0 cm heterogeneously enhancing exophytic mass, interpolar L
kidney (series 5, image 88), pre-contrast 32 HU, nephrographic 118 HU. No renal vein or IVC thrombus. Bosniak
classification N/A (solid). Simple 1.2 cm R upper pole cyst (Bosniak I), unchanged.
Ureters/bladder: Focal 8 mm nodular thickening L posterolateral bladder wall near UVJ. Enlarged prostate, 5.6 cm.
Liver: Few sub-cm hypodensities, too small to characterize, stable. No biliary dilatation.
Lymph nodes: No retroperitoneal or pelvic adenopathy by size criteria.
Bones: Degenerative L-spine; Schmorl's nodes L2-L3. Paget's-like coarse trabeculae R iliac wing, stable since 2022.
Vessels: Atherosclerotic aorta, 3.3 cm infrarenal AAA (3.1 cm prior).

IMPRESSION:
1. 3.4 cm enhancing solid L renal mass, highly suspicious for renal cell carcinoma. Recommend urology referral.
2. 8 mm L bladder wall nodularity - recurrence not excluded; cystoscopy advised.
3. 3.3 cm AAA, slowly enlarging. Follow-up US in 12 months per SVS guidelines.

Critical result communicated by phone to Dr. [[NAME:Oyelaran-Smith]] by Dr. [[NAME:Wen-Jie Carrasco]] on [[DATE:5/21/2024]]
at 14:32, read-back confirmed. Also faxed to Dr. [[NAME:Wierzbicki]] at [[PHONE:(708) 555-0155]].

Dictated by: [[NAME:Wen-Jie Carrasco]], MD, Diagnostic Radiology      Transcribed: [[NAME:kls]] [[DATE:05/21/24]]
Signed: [[DATE:05/21/2024]] 15:02 CDT  Workstation: [[IP:172.16.40.118]]
""")

# ---------------------------------------------------------------- 05 US patient portal message thread
doc("""
MyChart Message Thread  |  Patient: [[NAME:Tiana Washington-Reyes]]  |  MRN [[MRN:88-104-2217]]
Subject: Question about my Ozempic and blood sugars   |   Patient session IP: [[IP:73.151.22.190]]

------------------------------------------------------------
From: [[NAME:Tiana Washington-Reyes]]    Sent: Tue [[DATE:6/18/2024]] 11:47 PM
To: Dr. [[NAME:Adebayo]]'s Care Team

hi dr [[NAME:adebayo]], sorry to bother u this late. since going up to the 1mg dose on [[DATE:june 3rd]] ive been
throwing up like every other day and i can barely eat. my sugars this am were 68 and 71. i still take the lantus
22 units at night. my sister [[NAME:Keisha]] said i should just stop the shot?? also my new insurance card came, member
id [[ID:BCX 884201775-01]], group [[ID:00417882]]. can u send the refill to the [[FACILITY:Walgreens]] on
[[ADDRESS:Cottage Grove Ave]] instead of the mail order. my # changed its [[PHONE:773-555-0124]]. thank u
- [[NAME:tiana]]

------------------------------------------------------------
From: [[NAME:Marisol Fuentes]], RN    Sent: [[DATE:6/19/2024]] 8:12 AM

Good morning Ms. [[NAME:Washington-Reyes]],
Thank you for letting us know. Please do not stop any medicine on your own before we talk. Because your sugars
are running under 70, Dr. [[NAME:Adebayo]] recommends lowering Lantus from 22 to 16 units tonight. Please check
your sugar before breakfast and at bedtime and upload your readings (or send your Dexcom share code). I called
you at [[PHONE:773-555-0124]] and left a voicemail. I updated your pharmacy and phone. We still need a copy of
the front and back of your card - you can upload it at [[URL:https://mychart.southsidehealth-example.org/insurance]].

If you have vomiting more than 3 times a day, cannot keep fluids down, or severe belly pain that goes to your back,
go to the ER at [[FACILITY:Provident Lakeside Hospital]] or call 911.
[[NAME:Marisol Fuentes]] RN, Internal Medicine, [[FACILITY:Southside Health Partners]] - [[FACILITY:47th St Clinic]]

------------------------------------------------------------
From: [[NAME:Tiana Washington-Reyes]]    Sent: [[DATE:6/19/2024]] 9:03 AM
ok thank u. dexcom code is [[ID:X7KQ2M]]. my email is [[EMAIL:tianawr1989@examplemail.com]] if u need it. i have an
appt [[DATE:7/2]] but can i come sooner?? i work at [[FACILITY:Mercy Lane Elementary]] so summers are open

------------------------------------------------------------
From: [[NAME:Olusegun Adebayo]], MD    Sent: [[DATE:6/19/2024]] 12:30 PM
Hi [[NAME:Tiana]] - Let's decrease the Ozempic back to 0.5 mg weekly (new Rx sent to [[FACILITY:Walgreens]]) and
lower Lantus as [[NAME:Marisol]] said. I moved your visit to Monday [[DATE:6/24]] at 9:20 AM. A1c was 7.4% on [[DATE:5/30]].
Dr. [[NAME:A.]]
""")

# ---------------------------------------------------------------- 06 US hospice / home health visit note, 96 yo
doc("""
[[FACILITY:HEARTLAND VALLEY HOSPICE & HOME CARE]]
SKILLED NURSING VISIT NOTE - ROUTINE HOME CARE

Patient: [[NAME:Opal Mae Harrington]]     Patient #: [[MRN:HV-220914]]     Visit date: [[DATE:11/08/2023]]
Age: [[AGE>89:96]]      DOB: [[DATE:10/30/1927]]     Benefit period 2 ([[DATE:09/27/23]] - [[DATE:12/25/23]])
Medicare MBI: [[ID:7FJ2-ND4-XC91]]       Medicaid: n/a     SSN: [[SSN:402-18-7736]]
Location of care: Private residence - [[ADDRESS:22 Poplar Hollow Ln]], [[ADDRESS:Hazard]], KY [[ZIP:41701]] ([[ADDRESS:Perry Co.]])
Terminal dx: Alzheimer's disease, late stage (FAST 7c).    Attending: [[NAME:Everett Combs]], MD
RN: [[NAME:Bethany Sizemore]], RN       Time in 13:05  Time out 14:20   Mileage 38

SUBJECTIVE: Daughter/primary caregiver [[NAME:Wanda Harrington-Fugate]] reports pt ate "a few bites of banana pudding"
and 4 oz Ensure yesterday, sleeping 20+ h/day. No falls. Granddaughter [[NAME:Kayla]] visits weekends from
[[ADDRESS:Lexington]]. Pastor [[NAME:Dale Ritchie]] of [[FACILITY:Lotts Creek Old Regular Baptist Church]] came by Sunday.

OBJECTIVE: T 97.9 ax, P 104 irreg, R 22 w/ 10 sec apneic pauses, BP 92/50, SpO2 89% RA. PPS 20%. MAC 19.5 cm
(21 cm on [[DATE:10/11]]). Mottling bilat knees. Stage 2 sacral PI 2.0 x 1.5 cm, pink base, Mepilex changed. Foley
16 Fr patent, 150 mL dark amber. PAINAD 3 w/ turning.

ASSESSMENT: Continued decline. Meets hospice criteria; likely transitioning. Comfort goals per POLST ([[DATE:Sept 2023]]).

INTERVENTIONS: Roxanol (morphine 20 mg/mL) 0.25 mL SL q2h PRN reviewed - caregiver return demo correct; scopolamine
patch placed. Comfort kit checked, lorazepam count 28. Taught s/s of active dying. Chaplain & SW referral.

COORDINATION: Called Dr. [[NAME:Combs]] at [[PHONE:606-555-0190]] 14:30 - orders rec'd for Haldol 0.5 mg SL q4h PRN
agitation. Pharmacy: [[FACILITY:Hometown Drug of Hazard]] [[PHONE:606-555-0199]]. Next RN visit [[DATE:11/10]] or PRN.
On-call line [[PHONE:1-800-555-0142]] left on fridge.

Bereavement contact: [[NAME:Wanda Harrington-Fugate]], cell [[PHONE:606-555-0107]], [[EMAIL:wfugate53@examplemail.net]]

Signature: [[NAME:Bethany Sizemore]], RN  KY lic #[[ID:1097734]]   [[DATE:11/08/2023]] 16:48
""")

# ---------------------------------------------------------------- 07 US prior authorization form (payer fax)
doc("""
PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
Fax to: [[PHONE:1-888-555-0193]]     Plan: Keystone Commonwealth Health Plan (Medicaid MCO)
Date of request: [[DATE:09/05/2024]]      Urgent? [X] Standard [ ] Expedited

SECTION A - MEMBER
Name (Last, First, MI): [[NAME:Abdirahman, Hodan F.]]
Member ID: [[ID:KCH-7730019842]]          Group #: [[ID:MCD-PA-0117]]
DOB: [[DATE:02/14/2002]]       Sex: F     Phone: [[PHONE:(215) 555-0126]]
Address: [[ADDRESS:5812 Larchwood Ave 2nd Fl]], [[ADDRESS:Philadelphia]], PA [[ZIP:19143]]
Other coverage: [ ] Medicare [X] None     SSN (optional): [[SSN:198-52-7704]]

SECTION B - PRESCRIBER
Name: [[NAME:Constance Oyewole-Marsh]], MD        Specialty: Gastroenterology
NPI: [[ID:1467093320]]      DEA: [[ID:BO4418273]]      State lic: [[ID:MD078112]]
Practice: [[FACILITY:Penn Valley Digestive Health]], [[ADDRESS:3400 Spruce St]], [[ADDRESS:Philadelphia]] PA [[ZIP:19104]]
Office contact: [[NAME:Ibrahim Sesay]] (PA coordinator)  Ph [[PHONE:215-555-0161]] x 204   Fax [[PHONE:215-555-0162]]
Email: [[EMAIL:priorauth@pennvalleydh-example.org]]

SECTION C - MEDICATION
Drug: adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL pen    Sig: 160 mg SC day 1, 80 mg day 15, then 40 mg q2wk
Qty: 2 pens / 28 days    HCPCS/NDC: 61314-0454-20    Duration: 12 months
Dx: K50.012 Crohn's disease of small intestine with intestinal obstruction

SECTION D - CLINICAL INFORMATION
22 y/o F, Crohn's ileitis dx [[DATE:March 2021]] (colonoscopy at [[FACILITY:CHOP]], path [[ID:S21-04418]]).
Failed: prednisone (steroid-dependent, 3 courses since [[DATE:10/2022]]); azathioprine 2.5 mg/kg stopped
[[DATE:04/11/2023]] for pancreatitis (lipase 1,240). TPMT normal. Currently budesonide 9 mg - CDAI 312.
MRE [[DATE:08/19/2024]]: 14 cm active TI disease, 2 cm stricture w/ mild prestenotic dilatation.
Calprotectin 1,180 ug/g ([[DATE:8/22/24]]). QuantiFERON neg ([[DATE:8/22/24]]); HBsAg neg, anti-HBc neg.
Weight 49 kg (BMI 18.1). Missed 11 days of classes at [[FACILITY:Community College of Philadelphia]] this term.
Preferred biosimilar selected per PDL. Step therapy with infliximab not appropriate: pt declines infusion
center visits (works nights at [[FACILITY:Amazon PHL7 fulfillment center]], no transport).

SECTION E - ATTESTATION
I certify the above is true and supporting documentation is available in the medical record (MRN [[MRN:PVDH-00384417]]).
Prescriber signature: /s/ [[NAME:C. Oyewole-Marsh]], MD          Date: [[DATE:9/5/24]]

-- FOR PLAN USE ONLY --  Case #: [[ID:PA24-2290571]]  Reviewer: [[NAME:R. Delacroix]], PharmD
Decision: APPROVED [[DATE:09/09/2024]] through [[DATE:09/08/2025]]
""")

# ---------------------------------------------------------------- 08 US behavioral health intake (dictated)
doc("""
OUTPATIENT BEHAVIORAL HEALTH - INITIAL PSYCHIATRIC EVALUATION
[[FACILITY:Cedar Ridge Counseling Center]] | [[ADDRESS:Minneapolis]] MN

Patient name: [[NAME:Farhan Mohamed Warsame]]   MRN: [[MRN:CR-0061432]]   DOB: [[DATE:12-01-1999]]
Date of service: [[DATE:10-17-2023]]   Clinician: [[NAME:Siobhan Kearney-Lund]], PMHNP-BC
Referred by: Dr. [[NAME:Ayaan Hirsi]], Student Health

Identifying data / reason for referral: 23-year-old Somali-American man, second-year nursing student at
[[FACILITY:Augsburg University]], works part-time as a CNA at [[FACILITY:Riverside Terrace Senior Living]]. Referred by
Dr. [[NAME:Hirsi]] at student health for panic attacks and insomnia since [[DATE:August]], after his older brother [[NAME:Abdullahi]]
died in a car crash on [[ADDRESS:I-94]] near [[ADDRESS:St. Cloud]] on [[DATE:July 29]].

HPI: Patient states, quote, I keep seeing the phone light up with my mom's name, end quote. Reports 3-4 panic
episodes/week (palpitations, "my chest locks," tingling hands), lasting 10-15 min, one in the [[FACILITY:Augsburg]] library.
Sleep onset 2-3 h, wakes at 4 for Fajr and can't get back to sleep. Appetite down, lost ~12 lb. Denies SI/HI,
denies AH/VH. No mania. Drinks no alcohol; denies cannabis; uses 2-3 energy drinks daily. GAD-7 17, PHQ-9 14
(item 9 = 0). PCL-5 38. Columbia: no ideation lifetime.

Past psych hx: none, no prior hospitalizations. Family hx: maternal aunt "nerves," treated in [[ADDRESS:Nairobi]].
Social: lives with mother [[NAME:Hawa Ali]] and three younger siblings in [[ADDRESS:Cedar-Riverside]]; father in
[[ADDRESS:Hargeisa]]. Mother speaks Somali; [[NAME:Farhan]] declined interpreter for himself.
Medical: asthma (albuterol PRN). PCP [[NAME:Ingrid Solberg]], MD at [[FACILITY:Brian Coyle Community Clinic]].

MSE: Well-groomed, good eye contact, speech normal rate, mood "stressed," affect anxious/constricted, TP linear,
no SI/HI, insight and judgment good.

Dx: F41.0 Panic disorder; F43.21 Adjustment disorder vs prolonged grief (< 6 mo, monitor); r/o PTSD.

Plan: sertraline 25 mg x 7 days then 50 mg; hydroxyzine 25 mg PRN (max 3/day). Reduce caffeine. CBT with
[[NAME:Noor Al-Khatib]], LICSW, starting [[DATE:10/24]]. Letter for disability services at school sent to
[[EMAIL:accessibility@augsburg-example.edu]]. Crisis: 988 or [[FACILITY:Hennepin Healthcare]] walk-in crisis. RTC 4 weeks.
Patient phone [[PHONE:612-555-0158]], ok to leave message; student email [[EMAIL:warsamef@augsburg-example.edu]].

Dictated by [[NAME:S. Kearney-Lund]], PMHNP  [[DATE:10/17/2023]]  Transcribed [[DATE:10/18/2023]]  Job # [[ID:4471902]]
""")

# ---------------------------------------------------------------- 09 US pediatric well-child visit (Spanish names)
doc("""
WELL CHILD CHECK - 4 YEAR

Pt: [[NAME:Mateo Alejandro Quispe Huamán]]   DOB: [[DATE:03/08/2020]]   Age: 4 y 0 m   Sex: M   MRN: [[MRN:1004-882-37]]
Visit: [[DATE:03/11/2024]]   Location: [[FACILITY:La Clínica del Valle]] - [[ADDRESS:Yakima]], WA
Provider: [[NAME:Rosalind Achterberg]], MD    MA: [[NAME:Yesenia Ortiz]]
Accompanied by: mother [[NAME:Guadalupe Huamán Ccori]] (Spanish, interpreter not needed - bilingual MA) and
grandmother Doña [[NAME:Eufemia]]

INTERVAL HISTORY: Doing well. Started Head Start at [[FACILITY:Garfield Early Learning Center]] in [[DATE:Sept]]. Mom
worried he says "no" a lot and still wets at night 2-3x/wk; daytime dry since age 3. Eats beans, rice, tortillas,
fruit; juice 1 cup/day; whole milk 3 cups. Dentist: not yet - has Apple Health (Medicaid) ProviderOne
# [[ID:200457391WA]]. Lives with parents and 2 sibs in 2-bedroom apt; dad works at [[FACILITY:Sunfresh Orchards]] packing
house. No smokers. Gun in home: no.

DEVELOPMENT (ASQ-3 48 mo): comm 50, gross motor 55, fine motor 40, problem solving 50, personal-social 45 - all
above cutoff. Speaks 4-5 word sentences in Spanish and English, knows colors, hops on one foot, copies a circle.

EXAM: Wt 16.8 kg (55th %ile)  Ht 103 cm (50th %ile)  BMI 15.8 (54th)  BP 94/56  Vision 20/40 OU (Snellen, LEA
symbols) - pass for age. Hearing: OAE pass. HEENT: caries x2 lower molars. Heart RRR, no murmur (still's murmur
heard at 2 y resolved). GU: Tanner 1, testes descended bilat. Skin: café-au-lait x1 (<5 mm) L flank.

IMMUNIZATIONS today: DTaP #5, IPV #4, MMR #2, Varicella #2. VIS given (Spanish). Lot #s in WA IIS.
Previous: flu vaccine [[DATE:10/26/2023]].

ASSESSMENT/PLAN:
1. Well child, growing well.
2. Primary nocturnal enuresis - normal for age; reassurance, no fluids 1 h before bed.
3. Dental caries - fluoride varnish applied; referral to [[FACILITY:Yakima Neighborhood Dental]], ph [[PHONE:509-555-0175]].
4. Lead level: 1.9 ug/dL ([[DATE:3/2022]]), no repeat needed.
5. Next WCC at 5 y. Kindergarten forms for [[FACILITY:Adams Elementary School]] completed.

Home: [[ADDRESS:704 S 3rd Ave Apt 12]], [[ADDRESS:Yakima]] WA [[ZIP:98902]]. Mom cell [[PHONE:509-555-0113]] (WhatsApp ok).
Signed: [[NAME:R. Achterberg]], MD [[DATE:3/11/24]]
""")

# ---------------------------------------------------------------- 10 US SNF -> hospital transfer form (form-like, 97 yo)
doc("""
INTERFACILITY TRANSFER / CONTINUITY OF CARE FORM
FROM: [[FACILITY:Magnolia Gardens Nursing & Rehabilitation]]   [[ADDRESS:1550 Old Spanish Trail]], [[ADDRESS:Slidell]], LA [[ZIP:70458]]
      Nurses' station: [[PHONE:985-555-0147]]     Fax: [[PHONE:985-555-0148]]
TO:   [[FACILITY:Northshore Ochsner-Parish Medical Center]] ED                Date/time: [[DATE:12/26/2023]] 06:10
Reason for transfer: acute change in mental status, fever 101.8, SpO2 86% RA

RESIDENT INFORMATION
Name: [[NAME:Thibodeaux, Marguerite Celestine]]       Preferred name: "Miss [[NAME:Margie]]"
DOB: [[DATE:04/17/1926]]     Age: [[AGE>89:97]]     Room: 214-A      Admit to facility: [[DATE:06/02/2019]]
Facility ID #: [[MRN:MG-004417]]   SSN: [[SSN:439-02-8815]]   Medicare MBI: [[ID:2WQ4-HK7-AE39]]    Medicaid: [[ID:LA 8830145276]]
Code status: DNR (LaPOST on file dated [[DATE:01/15/2023]]) - copy attached   Hospice: no
Responsible party/POA: nephew [[NAME:Lucien Thibodeaux Jr.]] - [[PHONE:504-555-0139]] (cell)
  2nd contact: great-niece [[NAME:Amelie Broussard]] - [[PHONE:504-555-0111]]
Attending physician: [[NAME:Rajesh K. Venkataraman]], MD   [[PHONE:985-555-0185]]
Language: English/Cajun French.   Hearing: HOH, L aid.   Vision: glaucoma, legally blind OS.

DIAGNOSES: vascular dementia; CHF (EF 40%); CKD 4; hypothyroidism; OA knees; recurrent UTI (ESBL E. coli
[[DATE:08/2023]]); Stage 3 PI R heel.

ALLERGIES: PCN (rash), codeine (N/V), latex.

BASELINE: Oriented to self only, BIMS 6/15, feeds self w/ set-up, transfers w/ 2-person assist + Hoyer lift,
wheelchair, incontinent B&B, pureed diet / nectar-thick liquids, weight 104 lb.

THIS EPISODE: Since [[DATE:12/24]] PM, increased lethargy, poor PO intake; overnight T 101.8, HR 112, RR 26, BP 98/54,
SpO2 86% RA -> 92% on 3 L NC. Coarse crackles RLL. Last BM [[DATE:12/23]]. Last dose Tylenol 650 mg 04:30.
Recent labs ([[DATE:12/20/23]]): WBC 9.8, BUN 48, Cr 2.3, Na 133, TSH 3.2.

MEDICATIONS (MAR attached): furosemide 20 mg daily; levothyroxine 50 mcg; donepezil 5 mg; sertraline 25 mg;
apixaban 2.5 mg BID (last dose [[DATE:12/25]] 20:00); acetaminophen 650 mg q6h PRN; Santyl to R heel daily.

PERSONAL BELONGINGS sent: hearing aid (L, serial [[ID:SN 22B04478]]), upper denture, glasses, rosary.

Report called to ED RN [[NAME:Tremaine Batiste]] at 06:05 by [[NAME:Lashonda P. Guidry]], LPN.
EMS: [[FACILITY:St. Tammany Parish EMS]] Medic 14, run # [[ID:23-118842]].
Form completed by: [[NAME:L. Guidry]], LPN    DON: [[NAME:Pamela Arceneaux]], RN
""")

# ---------------------------------------------------------------- 11 US telehealth endocrinology note with CGM serial and IP
doc("""
TELEHEALTH VISIT NOTE (video)  -  Pediatric & Young Adult Diabetes
Patient: [[NAME:Aiyana Begaye-Chen]]   MRN [[MRN:7702139]]   DOB [[DATE:2007-08-15]] (16 y)
Date: [[DATE:2024-01-09]]   Start 15:30 MST   End 15:58
Provider: [[NAME:Liesel Grünewald]], MD    Location of provider: [[FACILITY:Desert Sky Children's Hospital]], [[ADDRESS:Phoenix]] AZ
Location of patient: home, [[ADDRESS:Tuba City]], AZ (parent present: father [[NAME:Daniel Begaye]])
Platform: Doximity video; connection from [[IP:2001:db8:4a1c:77::1f]] (audit log); audio dropped x2, completed.
Consent for telehealth verbally obtained from parent.

HPI: 16 yo with T1DM dx [[DATE:May 2015]] (DKA at dx), on Omnipod 5 + Dexcom G7 since [[DATE:10/2023]]. Pod serial
[[ID:PDM-OP5-0093317A]], G7 transmitter/sensor SN [[ID:4Q2XK9M7PT]]. Downloads via Glooko ([[URL:my.glooko.com]]) reviewed
with patient on screen share: TIR 58% (goal >70), TBR 3%, GMI 7.6%, CV 38%. Post-breakfast spikes to 280s on
school days; basketball practice Tues/Thurs causes lows ~55 around 18:00. Plays for [[FACILITY:Tuba City High School]]
varsity. Missed 2 boluses/day on average per PDM. No DKA/ED visits since [[DATE:March]]. Menses regular.

Labs: A1c 7.8% on [[DATE:12/12/2023]] (drawn at [[FACILITY:Tuba City Regional Health Care]]); TSH 2.1; TTG-IgA neg;
urine ACR 12; lipids LDL 96. Eye exam [[DATE:11/2023]] no retinopathy.

ASSESSMENT: T1DM with suboptimal control, mostly from missed boluses at school and exercise lows.

PLAN:
- I:C breakfast 1:8 -> 1:7; others unchanged. Activity mode 1 h before practice.
- School nurse [[NAME:Rhonda Yazzie]], RN ([[PHONE:928-555-0116]]) - updated DMMP faxed to [[PHONE:928-555-0117]].
- Glucagon (Baqsimi) Rx renewed to [[FACILITY:Basha's Pharmacy]] on [[ADDRESS:Main St]].
- Diabetes educator [[NAME:Tomasz Nowicki]], CDCES, to check in by phone [[DATE:1/16]].
- Next visit in-person [[DATE:April 2024]] (outreach clinic in [[ADDRESS:Flagstaff]]); A1c then.
Contact: father cell [[PHONE:(928) 555-0194]]; email [[EMAIL:dbegaye.family@examplemail.com]]. Insurance: IHS / AHCCCS
ID [[ID:A61290384]].

Total time 28 min, >50% counseling. [[NAME:L. Grünewald]], MD - e-signed [[DATE:01/09/2024]] 16:20
""")

# ---------------------------------------------------------------- 12 US scanned/OCR'd fax referral (OCR noise kept)
doc("""
[[DATE:O3/l9/2024]] 11:O2 FAX [[PHONE:3145550129]]          [[FACILITY:OZARK F00THILLS FAMILY MED]]           PAGE 001/004

         REFERRAL F0RM  -  0ZARK F0OTHILLS FAMILY MEDIClNE
         [[ADDRESS:2O4 N. Main Strcet]]  [[ADDRESS:Salem]], M0 [[ZIP:6556O]]   Ph:[[PHONE:(573)555-O128]]

T0: [[FACILITY:Mercy Cl1nic Neurology - Rolla]]        Attn: Dr. [[NAME:Anjali Deshpande-Kruse]]
Fax#: [[PHONE:573-555-Ol34]]

Pat1ent Narne: [[NAME:HOLLINGSWORTH , Earl Dwayne]]     D0B: [[DATE:O4/O2/l958]]    Sex: M
Address: [[ADDRESS:RR 2 B0x 11 7]]  [[ADDRESS:Licking]] MO  [[ZIP:65542]]
Home ph: [[PHONE:573-555-0l59]]    Alt ph (daughter [[NAME:Crystal]]): [[PHONE:573 555 0l92]]
lnsurance: Medicare + AARP Supp  ID# [[ID:9XK3-TT1-NR6O]]    Acct: [[ID:0FFM-22918]]
SSN:  [[SSN:4O9-66-21l8]]

Reason f0r referral: tremor R hand x 8 mo, worse w/ rest, micrographia per wife. ? Parkinson's vs
essential tremor. Also c/o "acting out dreams" (wife [[NAME:Loretta]] got kicked), constipation, lost
sense of srnell. Trial of propranolol 1O mg BID w/o benefit. Hx DM2 (A1c 6.9), HTN, OSA on CPAP,
retired from [[FACILITY:Viburnum Lead Co.]] smelter - 31 yrs. Father had "shaking palsy."
Exam: rest tremor 4-5 Hz R > L, cogwheeling R wrist, decreased arm swing R. MMSE 28/3O.
UPDRS not done. No orthostasis (BP 134/8O -> 13O/78).

Urgency: [ ] STAT  [X] R0utine  (next avai1able)
Records enc1osed: last 2 0V notes, labs [[DATE:O2/27/24]], med list, MRl brain [[DATE:l1/2023]] report.
Referring provider: [[NAME:Dustin McClanahan]], D0   NPl [[ID:1O29384756]]
Office contact: [[NAME:Tammy]] @ ext 21O

     CONFIDENTIALITY NOTICE: This facsimile contains PHl... if received in error call [[PHONE:(573)555-O128]]
""")

# ---------------------------------------------------------------- 13 US Alaska village community health aide encounter
doc("""
CHAP ENCOUNTER - Community Health Aide Program
Clinic: [[FACILITY:Kwigillingok Village Clinic]]        Tribal health org: [[FACILITY:YKHC]]
Date: [[DATE:2/21/2024]]   Time: 1940   Weather: -18F, wind, no flights out tonight
CHA/P: [[NAME:Martha Nanalook]], CHP II     Consulting: Dr. [[NAME:Gideon Faulkner]]

Patient: [[NAME:Willard Andrew Iqugan]]   HRN: [[MRN:302-77-41]]   DOB [[DATE:9/30/1961]]  62 y M

S: "Can't catch my air." Productive cough x 5 days, yellow-green, fever/chills at night, R sided chest pain when
breathing deep. Ran out of Symbicort 2 wks ago (mail-out from [[FACILITY:Alaska Native Medical Center]] pharmacy delayed).
COPD, smokes 1 ppd since age 14, also Iqmik. Wife [[NAME:Anna]] says he's been sleeping in the chair.
Went seal hunting w/ his nephew [[NAME:Jonah Paniyak]] on [[DATE:Feb 14]], got wet.

O: T 38.9 (tympanic)  P 112  R 28  BP 108/70  SpO2 84% RA -> 91% 3 L O2 concentrator. Crackles R lower,
decreased BS R base, using accessory muscles. Alert, speaks in short sentences. Weight 61 kg.

A: Pneumonia R lower lobe, COPD exacerbation, hypoxia. CHAM p. 2-43 criteria for medevac met.

P: Called Dr. [[NAME:Faulkner]] (ER doc, [[FACILITY:Bethel Regional Hospital]]) via VTC at 1955, tele-stethoscope used,
photos of neck/chest sent through RAVEN (encounter [[ID:ENC-240221-5580]]). Orders:
  - Ceftriaxone 1 g IM given 2010 (lot in log), azithromycin 500 mg PO given 2015.
  - Albuterol/ipratropium neb x3 back-to-back; prednisone 40 mg PO.
  - Medevac: weather hold; [[FACILITY:LifeMed Alaska]] to reassess at 0600. Keep on O2, recheck vitals q1h.
  - Stay in clinic overnight with CHA on call; backup CHA [[NAME:Evelyn Kassock]] called in 2040.
  - Call doc back if SpO2 <88% on 4 L, RR >32, or confusion.

Family: wife [[NAME:Anna Iqugan]] at clinic. Home phone [[PHONE:907-555-0181]] (Post office box [[ADDRESS:PO Box 57]],
[[ADDRESS:Kwigillingok]], AK [[ZIP:99622]]). Denali KidCare/Medicaid ID [[ID:AK 004478120]].
Village Public Safety Officer [[NAME:Ray Andrew]] notified re: airstrip lights for AM.

Update [[DATE:2/22/2024]] 0645: SpO2 90% 3 L, T 37.9. [[FACILITY:LifeMed]] King Air [[ID:N428LM]]
on ground 0720, departed 0750 to [[FACILITY:Bethel Regional Hospital]]. Report given to flight RN [[NAME:Cody Ah Sam]].
[[NAME:M. Nanalook]] CHP
""")

# ---------------------------------------------------------------- 14 US military treatment facility sports medicine note
doc("""
** FOR OFFICIAL USE ONLY - PRIVACY ACT OF 1974 APPLIES **
MHS GENESIS - Encounter Summary
Facility: [[FACILITY:Camp Harlan Naval Branch Health Clinic]]   Clinic: Sports Medicine / PT
Patient: [[NAME:RAMIREZ-OYELOWO, DESHAWN K]]   Rank: LCpl (E-3), USMC
DoD ID (EDIPI): [[ID:1548893021]]   FMP/Sponsor SSN: 20/[[SSN:591-73-0046]]
DOB: [[DATE:22-Jun-2003]]   Unit: 2d Bn, 8th Marines, Weapons Co   Encounter: [[DATE:07-Aug-2024]] 0815
Provider: LT [[NAME:Annelise Vo-Whitaker]], MC, USN   PT: SSgt (ret) [[NAME:Curtis Blount]]

S: 21 y/o AD male, R anterior knee pain x 6 wk, worse descending stairs and on hikes w/ 70 lb pack. Hike on
[[DATE:17 JUL]] 12 mi, knee "gave out" x1 at mile 9, no pop, no effusion. Prior: shin splints 2022 at
[[FACILITY:MCRD Parris Island]]. PFT [[DATE:Apr 2024]] 282 (1st class). Denies locking. NSAIDs help partially.
Wants to stay deployable - unit scheduled for MEU workups [[DATE:Oct 2024]].

O: R knee - no effusion, +J sign, patellar grind +, Clarke's test +, Lachman neg, McMurray neg, Ober's test tight R.
Single-leg squat: dynamic valgus R. Thessaly neg. XR R knee 3V ([[DATE:07-Aug-2024]]): no fx, Insall-Salvati 1.1.

A: Patellofemoral pain syndrome R (M22.2X1).

P:
1. Limited duty (LIMDU not required) - no hikes > 3 mi, no running on hard surfaces x 30 days; can swim/bike.
   Chit issued to CO via Capt. [[NAME:Fredrik Lindqvist]]
2. PT 2x/wk x 4 wk - hip abductor/quad strengthening, taping. Appts w/ [[NAME:Blount]].
3. Naproxen 500 mg BID PRN w/ food x 14 days max.
4. RTC [[DATE:06 Sep 2024]]; if no better, MRI via TRICARE network ([[FACILITY:Coastal Carolina Orthopaedics]]).
Contact: [[PHONE:910-555-0108]] (cell), [[EMAIL:deshawn.k.ramirezoyelowo.mil@example.mil]]
Quarters: [[ADDRESS:Bldg HP-412, Rm 218]], [[ADDRESS:Camp Harlan]], NC [[ZIP:28542]]
Emergency contact: mother [[NAME:Folasade Oyelowo]], [[ADDRESS:Jacksonville]] FL, [[PHONE:904-555-0172]]

Signed: [[NAME:VO-WHITAKER, ANNELISE]] LT MC USN [[DATE:07-Aug-2024]] 0912
""")

# ---------------------------------------------------------------- 15 US inpatient secure chat thread (clinician-to-clinician)
doc("""
Secure Chat export - Unit 5N Med/Surg - [[FACILITY:Good Samaritan Mercy Hospital]]
Patient context: [[NAME:BRZEZINSKI, HELENA]] (Rm 5N-22) MRN [[MRN:004417809]] - [[AGE>89:94]]F
Exported by user [[ID:jpatel4]]

[[DATE:08/03/24]] 21:14 [[NAME:Kristen Ahlgren]] RN: hi pt in 22 more confused than at 1900, pulling at IV, pulse ox 89 on 2L.
daughter [[NAME:Dorota]] on the phone asking for update, her # [[PHONE:330-555-0164]]
[[DATE:08/03/24]] 21:16 [[NAME:Jay Patel]] MD (nocturnist): on my way. bmp from this am? any sedating meds?
[[DATE:08/03/24]] 21:17 [[NAME:Kristen Ahlgren]] RN: Na 129 this am, got ambien 5 at 2100 pt asked for it. CAM positive
[[DATE:08/03/24]] 21:18 [[NAME:Jay Patel]] MD: ugh. ok d/c ambien, no beers list meds. pls get ABG + repeat BMP, CXR portable.
[[DATE:08/03/24]] 21:40 [[NAME:Jay Patel]] MD: seen. RR 24, crackles bibasilar. pCO2 48. increasing O2 to 4L, lasix 40 IV.
she's DNR/DNI per [[DATE:7/30]] note from Dr [[NAME:Chukwuemeka]]. called daughter.
[[DATE:08/03/24]] 21:41 [[NAME:Kristen Ahlgren]] RN: thx. also fyi her son [[NAME:Tadeusz]] is flying in from [[ADDRESS:Scranton]] tmrw, wants
to talk w/ palliative. family asking if she can go back to [[FACILITY:Bethany Lutheran Village]] eventually
[[DATE:08/03/24]] 21:43 [[NAME:Jay Patel]] MD: will put in pall care consult for am. [[NAME:Renée]] (pall NP) is on tmrw I think
[[DATE:08/03/24]] 23:05 [[NAME:Marcus Obi]] RRT: ABG 7.33/52/64 on 4L, switched to BiPAP per Dr [[NAME:Patel]]? or high flow?
[[DATE:08/03/24]] 23:06 [[NAME:Jay Patel]] MD: HFNC 40L/50% pls. DNI but ok for NIV if needed. call me at [[PHONE:330-555-0121]]
[[DATE:08/04/24]] 01:30 [[NAME:Kristen Ahlgren]] RN: SpO2 94 on HFNC, calmer, 400 out from lasix
[[DATE:08/04/24]] 07:02 [[NAME:Renée Castellanos-Hahn]] NP: got it, will see her around 9. son's cell? 
[[DATE:08/04/24]] 07:05 [[NAME:Kristen Ahlgren]] RN: [[PHONE:570-555-0133]]. he lands around 10:30

-- end of export ([[DATE:2024-08-04]]T07:30:12Z) device [[IP:10.220.5.61]] --
""")

# ---------------------------------------------------------------- 16 US labor & delivery note (Marshallese family, Arkansas)
doc("""
L&D ADMISSION H&P
[[FACILITY:Northwest Arkansas Women's Center]] - Labor & Delivery
Name: [[NAME:Jelkan, Lijohn R.]]    MRN: [[MRN:NW-3318270]]   FIN: [[ID:240519-00713]]   DOB: [[DATE:11/03/2001]]
Admit: [[DATE:05/19/2024]] 03:12   Attending: [[NAME:Miriam Okafor-Lindgren]], MD   Resident: [[NAME:Tevita Fifita]], DO (PGY-2)
Interpreter: Marshallese, [[NAME:Rosalie Kabua]] (in person), ID badge [[ID:INT-0452]]

HPI: 22 y/o G4P2012 at 38w5d by 8 wk US
presents with regular painful contractions q3-4 min since ~23:00, +LOF at 01:30 clear fluid. +FM. No VB.
EDD [[DATE:05/27/2024]]. PNC at [[FACILITY:Community Clinic - Springdale]] from 19 wk (late entry, moved from [[ADDRESS:Majuro]]
in [[DATE:Dec 2023]]). Pregnancy c/b A2GDM on metformin 500 BID (CBGs ok per log), Hgb 9.8 at 28 wk (iron given),
Hep B surface Ag positive (chronic; HBV DNA 2.1 x 10^3 [[DATE:4/02]]) - peds aware, HBIG + vaccine at birth.
GBS negative ([[DATE:5/1]]). Rubella immune. HIV/RPR neg. Hansen's disease screen negative (per community program).

OB hx: 2019 SVD 3,120 g; 2021 SVD 3,560 g w/ shoulder dystocia (McRoberts + suprapubic, 40 sec), 2022 SAB 8 wk.

EXAM: BP 124/78, HR 96, T 37.1. EFW 3,900 g (Leopold's). SVE 5/80/-1, vertex. SROM confirmed, clear.
FHT: baseline 140, mod variability, + accels, no decels - Cat I. Toco q3 min.

A/P: 22 y/o G4P2012 at 38w5d in active labor, SROM.
- Admit, CEFM, CBG q2h, insulin drip protocol if >120.
- Epidural per patient request - anesthesia (Dr. [[NAME:Saeed Al-Rawi]]) paged.
- Hx shoulder dystocia + A2GDM + EFW 3.9 kg: counseled re risk, plan to have help in room, pt prefers vaginal birth.
- HBV: peds (Dr. [[NAME:Aolani Kealoha]]) notified for HBIG + HBV vaccine within 12 h.
- Support person: husband [[NAME:Kenji Jelkan]] [[PHONE:479-555-0152]]; mother-in-law [[NAME:Neitari Lomae]].
Address: [[ADDRESS:1209 Har-Ber Ave Apt 4B]], [[ADDRESS:Springdale]], AR [[ZIP:72762]]. ARKids/Medicaid [[ID:AR 7710442913]].

[[NAME:T. Fifita]], DO / Attending attestation: seen and examined, agree. [[NAME:M. Okafor-Lindgren]] [[DATE:5/19/24]] 04:05
""")

# ---------------------------------------------------------------- 17 US pharmacy refill / adherence spreadsheet export
doc("""
RX_ADHERENCE_REPORT.csv  (export [[DATE:2024-10-01]] by [[NAME:D. Haugen]], PharmD - [[FACILITY:Prairie Lakes Rural Health Clinic]] 340B)
row,patient_name,dob,mrn,phone,drug,days_supply,last_fill,next_due,pdc_90d,note
1,"[[NAME:Anderson, Verna]]",[[DATE:1931-02-11]],[[MRN:PL100233]],[[PHONE:701-555-0137]],atorvastatin 40mg,90,[[DATE:2024-06-28]],[[DATE:2024-09-26]],0.98,
2,"[[NAME:Bjornstad, Kermit O]]",[[DATE:1948-07-04]],[[MRN:PL100871]],[[PHONE:701-555-0140]],metformin ER 500mg,30,[[DATE:2024-08-14]],[[DATE:2024-09-13]],0.71,"late x2; ride from son [[NAME:Erik]]"
3,"[[NAME:Chaske, Winona]]",[[DATE:1969-12-30]],[[MRN:PL101902]],[[PHONE:701-555-0183]],lisinopril 20mg,90,[[DATE:2024-07-30]],[[DATE:2024-10-28]],1.00,
4,"[[NAME:Dinh, Quoc Bao]]",[[DATE:1975-05-05]],[[MRN:PL102455]],[[PHONE:701-555-0104]],insulin glargine U-100,30,[[DATE:2024-09-02]],[[DATE:2024-10-02]],0.92,"works nights at [[FACILITY:Red River Beet Co-op]]"
5,"[[NAME:Engebretson, Arlis]]",[[DATE:1929-09-17]],[[MRN:PL103118]],[[PHONE:701-555-0169]],apixaban 2.5mg,30,[[DATE:2024-08-01]],[[DATE:2024-08-31]],0.55,"[[AGE>89:95]]yo; lives at [[FACILITY:Sheyenne Valley Manor]] - call DON [[NAME:Peggy]]"
6,"[[NAME:Fofanah, Mariama]]",[[DATE:1990-03-21]],[[MRN:PL103560]],[[PHONE:701-555-0191]],sertraline 100mg,30,[[DATE:2024-09-20]],[[DATE:2024-10-20]],0.88,
7,"[[NAME:Gonzales-Red Tail, Marco]]",[[DATE:2001-11-09]],[[MRN:PL104007]],[[PHONE:701-555-0115]],albuterol HFA,25,[[DATE:2024-05-10]],[[DATE:2024-06-04]],0.20,"moved to [[ADDRESS:Devils Lake]]?"
8,"[[NAME:Halvorsrud, Ingeborg]]",[[DATE:1933-01-25]],[[MRN:PL104411]],[[PHONE:701-555-0122]],levothyroxine 75mcg,90,[[DATE:2024-07-15]],[[DATE:2024-10-13]],1.00,"[[AGE>89:91]] y/o, daughter [[NAME:Solveig]] manages"

summary: n=8; mean PDC 0.78; PDC<0.80: rows 2,5,7. flagged for outreach by CHW [[NAME:Lakota Two Bulls]] wk of [[DATE:Oct 7]].
Clinic: [[ADDRESS:115 2nd St NE]], [[ADDRESS:Cooperstown]], ND [[ZIP:58425]]  Fax [[PHONE:701-555-0100]]
Generated on pharmacy workstation [[IP:192.168.14.27]].

PharmD follow-up note [[DATE:10/02/2024]]: Row 5 - spoke with DON [[NAME:Peggy]] at [[FACILITY:Sheyenne Valley Manor]]; the facility
switched her to blister packs from [[FACILITY:Cooperstown Drug]] in [[DATE:August]], so our 340B claims stopped - PDC is likely an
artifact, not true non-adherence. Row 7 - number disconnected; letter mailed to last known address
[[ADDRESS:408 Lake Ave]], [[ADDRESS:Devils Lake]] ND [[ZIP:58301]]. Row 2 - Mr. [[NAME:Bjornstad]] reports GI upset with metformin ER
and skips doses on days he drives to [[ADDRESS:Valley City]]; will ask Dr. [[NAME:Anneliese Vold]] about dose timing.
Row 8 - 1.00 PDC but daughter reports 2 tabs lost; no action. Next report due [[DATE:Jan 2, 2025]].
""")

# ---------------------------------------------------------------- 18 US surgical pathology report
doc("""
SURGICAL PATHOLOGY REPORT
[[FACILITY:Tidewater Academic Pathology Laboratory]]  CLIA #[[ID:49D0987712]]   CAP #[[ID:7219403]]
Medical Director: [[NAME:Ngozi Ekwueme-Rasmussen]], MD

Patient: [[NAME:Castellano, Yolanda Beatriz]]       Case: [[ID:SP24-018832]]
MRN: [[MRN:TAH 4419023]]   DOB/Age: [[DATE:06/29/1972]] / 52Y    Gender: F
Collected: [[DATE:07/08/2024]]   Received: [[DATE:07/08/2024]]   Reported: [[DATE:07/11/2024]]
Physician(s): [[NAME:Brandon Theriault]], MD (Surgical Oncology); [[NAME:Priya Venugopal]], MD (Medical Oncology)
Location: [[FACILITY:Tidewater Academic Hospital]] OR 7

CLINICAL HISTORY: L breast IDC, cT2N1, s/p neoadjuvant ddAC-T (completed [[DATE:6/3/24]]); L partial mastectomy
with wire localization and SLNB. Prior core bx [[ID:SP24-002417]] ([[DATE:01/22/2024]]): IDC grade 3, ER 5% weak,
PR neg, HER2 2+ / FISH neg.

GROSS: A. "Left breast, lumpectomy, stitch short superior, long lateral" - 62 g, 8.2 x 6.0 x 3.1 cm, inked per
protocol (superior blue, inferior green, medial yellow, lateral orange, anterior red, posterior black). Clip and
wire identified. Firm tan-white fibrotic area 1.8 x 1.2 cm. Sections A1-A22. B-D. Sentinel LN #1-3, bisected,
entirely submitted. Gross dictated by PA [[NAME:Hollis Abernathy]] [[DATE:7/8/24]].

MICROSCOPIC / DIAGNOSIS:
A. LEFT BREAST, PARTIAL MASTECTOMY:
  - Residual invasive ductal carcinoma, 0.6 cm in greatest dimension (tumor bed 1.8 cm), Nottingham grade 3
    (3+3+2). Residual Cancer Burden: RCB-II (RCB index 2.41).
  - Margins negative; closest posterior 2 mm. DCIS not identified. LVI: present, focal.
B-D. SENTINEL LYMPH NODES #1-3: Metastatic carcinoma in 1 of 3 nodes (2.1 mm, ITC excluded), with treatment
    effect; no extranodal extension. ypT1b ypN1mi (AJCC 8th).
Biomarkers on residual tumor (block A9): ER 1-10% low positive; PR 0%; HER2 1+ (HER2-low); Ki-67 ~40%.

COMMENT: Case reviewed at intradepartmental consensus conference [[DATE:7/10/24]] (Drs. [[NAME:Ekwueme-Rasmussen]],
[[NAME:Ludovico Santangelo]]). Results called to Dr. [[NAME:Theriault]]'s office ([[NAME:Keisha]]) [[DATE:7/11/24]] 11:20.

Electronically signed out by: [[NAME:Ludovico Santangelo]], MD  [[DATE:07/11/2024]] 10:58
[[FACILITY:Tidewater Academic Pathology Laboratory]], [[ADDRESS:600 Gresham Dr]], [[ADDRESS:Norfolk]], VA [[ZIP:23507]] | [[PHONE:757-555-0144]]
""")

# ---------------------------------------------------------------- 19 England GP two-week-wait referral letter
doc("""
[[FACILITY:Fernbank Medical Practice]]
[[ADDRESS:14-16 Harehills Lane]], [[ADDRESS:Leeds]], [[ZIP:LS8 4HQ]]
Tel: [[PHONE:0113 496 0712]]  |  Fax: [[PHONE:0113 496 0713]]  |  [[EMAIL:fernbank.admin@nhs.example.net]]
Practice ODS code: [[ID:B86642]]

URGENT SUSPECTED CANCER REFERRAL - LOWER GI (2WW)
Sent via e-RS, UBRN [[ID:0004 5521 8873]]                                    [[DATE:22 January 2024]]

To: Colorectal 2WW Team, [[FACILITY:St James's University Hospital]], [[ADDRESS:Leeds]]

Re: Mr [[NAME:Mohammed Tariq Chaudhry]]   DOB [[DATE:03/07/1957]]   NHS No: [[ID:485 777 3456]]
    [[ADDRESS:27 Ashton View]], [[ADDRESS:Harehills]], [[ADDRESS:Leeds]] [[ZIP:LS8 5BT]]
    Mobile [[PHONE:07700 900461]] (prefers calls after 2pm - works early shifts at [[FACILITY:Arla Foods Dairy]])
    Interpreter required: No (Urdu/English). Son [[NAME:Imran]] may accompany.

Dear Colleague,

Thank you for seeing this 66 year old gentleman who presented on [[DATE:18/01/24]] with a 6/52 history of change in
bowel habit to looser stools (Bristol type 6), 3-4 times/day, with dark blood mixed in on 3 occasions. He has lost 5 kg since
[[DATE:October]] (weight 78.2 kg today, 83.4 kg on [[DATE:12.10.23]]). No family history of bowel cancer, though his
brother [[NAME:Khalid]] had "polyps removed" in [[ADDRESS:Bradford]]. PR: no palpable mass, dark blood on glove.

FIT [[DATE:19/01/2024]]: 186 ug Hb/g faeces (threshold 10).
FBC [[DATE:19/01/2024]]: Hb 104 g/L (was 138 in [[DATE:Feb 2023]]), MCV 76, plt 412. Ferritin 9.
U&E normal, eGFR >90. CEA not done.

PMH: T2DM (HbA1c 58 mmol/mol), hypertension, previous H. pylori eradication 2018.
Medication: metformin 1 g BD, ramipril 5 mg OD, atorvastatin 20 mg ON. Started ferrous fumarate 210 mg BD.
Allergies: penicillin (rash).
Performance status: WHO 0. Able to tolerate bowel prep; lives with wife [[NAME:Nasreen]], drives.

He is aware this is an urgent referral to exclude cancer and is available over the next 2/52 except
Friday [[DATE:26th]].
Safety-netted. I have copied this letter to the patient.

Yours sincerely,

Dr [[NAME:Eleanor Ashworth-Mbeki]] MBChB MRCGP
GMC [[ID:7049913]]
cc: Mr [[NAME:M T Chaudhry]] (patient)
""")

# ---------------------------------------------------------------- 20 Scotland immediate discharge letter (CHI number, GCS look-alike)
doc("""
[[FACILITY:NHS Greater Glasgow and Clyde]]
[[FACILITY:Queen Elizabeth University Hospital]] - Ward 8B (Acute Receiving)
[[ADDRESS:1345 Govan Road]], [[ADDRESS:Glasgow]] [[ZIP:G51 4TF]]    Ward tel [[PHONE:0141 496 0255]]

IMMEDIATE DISCHARGE LETTER

Patient: [[NAME:Catriona Morag MACLEOD]]      CHI: [[ID:1409486637]]      Hosp No: [[MRN:G4712093R]]
DOB: [[DATE:14/09/1948]]      Address: [[ADDRESS:Flat 2/1, 88 Langside Road]], [[ADDRESS:Glasgow]] [[ZIP:G42 7JW]]
GP: Dr [[NAME:A. Kowalski]], [[FACILITY:Battlefield Medical Centre]], [[ADDRESS:Glasgow]] [[ZIP:G42 9SZ]]
Admitted: [[DATE:02/04/2024]]     Discharged: [[DATE:06/04/2024]]     Consultant: Dr [[NAME:Fraser Drummond]]

Diagnosis: Community-acquired pneumonia, left lower lobe (CURB-65 = 2). AKI stage 1 (resolved).
Comorbidities: COPD (FEV1 48% predicted), AF on apixaban, osteoporosis.

Presentation: Brought in by ambulance after neighbour (Mrs [[NAME:Isobel Dunn]])
found her drowsy; Glasgow Coma Scale 13/15 (E3 V4 M6) on arrival, 15/15 by day 2. NEWS2 7 on arrival, SpO2 84% on air.
CXR: LLL consolidation. CRP 287, WCC 18.4, urea 11.2, creat 134 (baseline 82). Urinary Legionella and
pneumococcal antigens negative. Blood cultures [[DATE:02/04]]: no growth at 5 days.

Treatment: IV amoxicillin + PO clarithromycin per [[FACILITY:GGC]] guideline, IV to PO switch day 3. Controlled O2 88-92%.
Seen by physio and OT. Walking with zimmer frame; home with existing package.

Medication changes: START amoxicillin 500 mg TDS to complete 7 days (last dose [[DATE:09/04/24]]).
STOP clarithromycin. Apixaban 5 mg BD continued. Alendronic acid 70 mg weekly (Wednesdays) - unchanged.

Follow-up: CXR in 6/52 via GP to confirm resolution (smoker 40 pack-yr). Respiratory nurse ([[NAME:Gail Shearer]])
to phone in 1/52. COPD rescue pack provided. Care at home: [[FACILITY:Southside Care Partnership]] QDS visits
restarted Sat [[DATE:6th April]].
Next of kin: son [[NAME:Alasdair MacLeod]], [[ADDRESS:Paisley]], [[PHONE:07700 900318]].

Completed by: Dr [[NAME:Oluwaseun Bankole]] (FY2), bleep 4471, [[DATE:06/04/2024]] 14:20
""")

# ---------------------------------------------------------------- 21 Wales district nursing record (Welsh names and places)
doc("""
[[FACILITY:Bwrdd Iechyd Prifysgol Betsi Cadwaladr]] / [[FACILITY:Betsi Cadwaladr University Health Board]]
DISTRICT NURSING - CONTINUATION RECORD          Team: DN Team 3, [[FACILITY:Canolfan Iechyd Bangor]]

Name: [[NAME:Gwilym Rhys PRITCHARD]]     NHS No. [[ID:664 209 1187]]     DOB [[DATE:30.11.1932]]  ([[AGE>89:91]] yrs)
Address: [[ADDRESS:Bryn Eithin, Lôn y Wern]], [[ADDRESS:Llanrug]], [[ADDRESS:Caernarfon]] [[ZIP:LL55 4AQ]]
Tel [[PHONE:01286 555 731]]    Language preference: Cymraeg (Welsh first language)
GP: Dr [[NAME:Siân Elin Roberts]], [[FACILITY:Feddygfa'r Bont]]    Key safe code held in office (not recorded here)
NOK: daughter [[NAME:Nerys Hughes]] [[PHONE:07700 900532]] - lives in [[ADDRESS:Llanberis]]

[[DATE:09/01/24]] 10:20  Visit 1 of 2. Leg ulcer R gaiter region, venous. Measured 4.1 x 3.2 cm (was 4.6 x 3.5
on [[DATE:26/12/23]]). Slough 20%, granulation 80%, moderate exudate, no malodour. ABPI R 0.92 L 0.95 (Doppler
[[DATE:15/11/23]]). Cleansed, Flaminal, Aquacel, K-Two compression reapplied. Pain 2/10. Mr [[NAME:Pritchard]]
chatty - at [[AGE>89:ninety-one]] he is "too old for fuss" - says his wife [[NAME:Megan]] (d. 2019) "would have had my hide" for not keeping legs up. Carers from
[[FACILITY:Gofal Eryri Homecare]] attending BD. Sits in chair most of day - pressure areas intact, Waterlow 16.
Plan: twice weekly. [[NAME:Lowri Parry]] RN (Band 6)

[[DATE:12/01/24]] 09:45  Visit 2. Phoned in advance to [[NAME:Nerys]]. Bandage slipped, oedema ++ ankle. Reapplied.
Noted new 1 cm skin tear L forearm from cat - Steri-Strips, Mepitel. BP 148/82. Reports poor sleep.
Asked GP to review diuretic. Email sent to practice ([[EMAIL:feddygfarbont.admin@wales.nhs.example]]).
[[NAME:Dafydd ap Iorwerth]] HCSW / countersigned [[NAME:L. Parry]] RN

[[DATE:16/01/24]] 11:05  Visit 3. Dr [[NAME:Roberts]] increased furosemide to 40 mg mane. Wound 3.9 x 3.0 cm. Cat
scratch healing. Pt attended [[FACILITY:Ysbyty Gwynedd]] Fracture Clinic Mon [[DATE:15th]]
for old scaphoid - discharged. Next visit [[DATE:19/01]]. [[NAME:Lowri Parry]] RN

[[DATE:19/01/24]] 10:10  No answer at door. Key safe used. Pt found on floor in kitchen - alert, says slipped
at approx 07:00, no head injury, c/o L hip pain, unable to weight bear. L leg shortened + externally rotated.
999 called 10:18, ref [[ID:WAST-24-0119-3302]]. [[NAME:Nerys]] informed. Ambulance arrived 11:40. Conveyed to
[[FACILITY:Ysbyty Gwynedd]] ED. DN caseload: suspend. [[NAME:Lowri Parry]] RN  NMC PIN [[ID:09A1234W]]
""")

# ---------------------------------------------------------------- 22 Northern Ireland community mental health letter
doc("""
[[FACILITY:Belfast Health and Social Care Trust]]
Community Mental Health Team (North & West) - [[FACILITY:Everton Complex]], [[ADDRESS:Crumlin Road]], [[ADDRESS:Belfast]] [[ZIP:BT14 7BE]]
Tel [[PHONE:028 9018 0447]]

Our ref: [[NAME:CMcG]]/[[NAME:ps]]      H&C No: [[ID:320 558 4190]]      PARIS ID: [[MRN:P00731188]]
Date dictated: [[DATE:4th March 2024]]   Date typed: [[DATE:7th March 2024]]

Dr [[NAME:R. Gallagher]]
[[FACILITY:Ardoyne Health Centre]]
[[ADDRESS:Ardoyne Road]], [[ADDRESS:Belfast]]
[[ZIP:BT14 7GH]]

Dear Dr [[NAME:Gallagher]]

RE: [[NAME:Ciarán Pádraig O'NEILL]]  DOB [[DATE:11.02.1986]]
[[ADDRESS:43 Glenbryn Park]], [[ADDRESS:Belfast]] [[ZIP:BT14 7EQ]]   Mob [[PHONE:07700 900114]]

I reviewed [[NAME:Ciarán]] in clinic on [[DATE:28/02/24]] with his partner [[NAME:Shauna]] and his care coordinator
[[NAME:Tomás Duffy]] (CPN).

Diagnosis: 1. Recurrent depressive disorder, current episode moderate (F33.1)
           2. Harmful use of alcohol (F10.1) - improving
           3. History of overdose [[DATE:Aug 2023]] (sertraline + alcohol), admitted [[FACILITY:Mater Hospital]]

He reports a modest improvement in mood since the mirtazapine was increased to 30 mg nocte in [[DATE:January]].
PHQ-9 today 13 (21 in [[DATE:November]]). Sleep better, 6-7 hours. He is drinking "a couple of cans" on Friday
and Saturday only, around 14 units/week, down from 60+. He has not self-harmed since [[DATE:August]].
He continues to describe intrusive memories relating to the death of his cousin in 2001; we discussed a referral
to [[FACILITY:Family Trauma Centre]] - he would prefer an adult service and I will refer to the Regional Trauma
Network instead.

He left his job at [[FACILITY:Harland & Wolff]] last year and is now volunteering at [[FACILITY:Crumlin Road Men's Shed]]
two mornings a week, which he finds helpful. Benefits: Universal Credit; PIP application being supported by
[[NAME:Tomás]].

Mental state: casually dressed, good rapport, mildly reduced reactivity, no psychotic features. Denies current
suicidal intent; protective factors are his daughter ([[NAME:Aoife]], 7), [[NAME:Shauna]], and his dog. Risk: low-moderate,
static risk factors noted. Crisis plan updated; he has the Lifeline number.

Plan:
1. Continue mirtazapine 30 mg nocte. Please issue 28-day scripts only.
2. Refer Regional Trauma Network ([[ADDRESS:Belfast]] hub) - I will complete.
3. [[NAME:Tomás]] to review fortnightly; next OPA 3/12.
4. Bloods via GP: LFTs, GGT, MCV (last GGT 212 in [[DATE:Oct 2023]]).

Yours sincerely

Dr [[NAME:Caoimhe McGrath]] MB BCh BAO MRCPsych
Consultant Psychiatrist
cc: [[NAME:Tomás Duffy]], CPN;  Mr [[NAME:C. O'Neill]]
""")

# ---------------------------------------------------------------- 23 England ED discharge letter (London), UK shorthand look-alikes
doc("""
EMERGENCY DEPARTMENT DISCHARGE SUMMARY - [[FACILITY:Whittington Vale Hospital]] ([[FACILITY:North Thames Acute NHS Trust]])
Attendance no: [[ID:ED24-114507]]   Hospital no: [[MRN:WV 883 1042]]   NHS no: [[ID:401 023 2137]]
Arrived: [[DATE:13-Jul-2024]] 23:41 by [[FACILITY:LAS]] (CAD [[ID:2417-3390]])   Left: [[DATE:14-Jul-2024]] 05:12

Patient: Ms [[NAME:Adaeze Chiamaka OKORO]]   DOB: [[DATE:25-Dec-1999]]   Age 24
Address: [[ADDRESS:Flat 9, Wedmore House, Elthorne Road]], [[ADDRESS:London]] [[ZIP:N19 4AG]]
GP: [[FACILITY:Archway Junction Surgery]], [[ADDRESS:London]] [[ZIP:N19 5RQ]]
Triage: Manchester Triage System - Orange (2). Seen by: Dr [[NAME:Hamish Lockhart-Obi]] (ST4 EM); senior review
Dr [[NAME:Priyanka Raghunathan]] (EM Consultant).

PC: Headache, "worst ever," onset 22:30 while at work behind the bar at [[FACILITY:The Lord Nelson]] ([[ADDRESS:Holloway Road]]).

HPI: Sudden occipital headache reaching max in < 1 min, vomited x2, photophobia. No trauma, no LOC. Usual
migraine is different ("builds up over hours"). Combined OCP (Rigevidon). Vaped. No recreational drugs. Friend
[[NAME:Zainab]] accompanied.

Exam: GCS 15/15. T 36.9, HR 88, BP 142/91, RR 16, sats 99% RA. Neck stiffness equivocal, Kernig neg,
Brudzinski neg. PERL 3 mm, fundi not visualised. No focal neuro deficit. Ottawa SAH rule positive (onset with
exertion? no; age < 40; neck pain yes).

Ix: CT head (non-contrast) 01:05, within 6 h of ictus: no SAH, no mass, ventricles normal (reported by Dr
[[NAME:Y. Sato]], [[FACILITY:Everlight Radiology]] remote). Bloods: FBC, U&E, CRP normal. β-hCG negative.

Management: IV paracetamol 1 g, metoclopramide 10 mg, IVF 1 L. Pain 8/10 -> 2/10. Discussed with med reg
Dr [[NAME:Kwabena Asante-Darko]] - per NICE NG228, CT < 6 h negative, LP not required. Also reviewed by the on-call
neuro registrar at [[FACILITY:National Hospital for Neurology and Neurosurgery]] by phone ([[DATE:14/07]] 03:30): agrees.

Diagnosis: Thunderclap headache - SAH excluded; probable primary thunderclap vs migraine. Advised stop COCP
(migraine ?aura in past), switch to POP/LARC - GP to discuss.

Follow-up: Neurology OPD ([[FACILITY:Whittington Vale]] TIA/headache clinic) within 2/52 - referral sent.
Return if: recurrent thunderclap, weakness, confusion, fever. Off work 2/7; fit note issued to [[DATE:16/07/24]].
Discharged home with friend by taxi. Contact no: [[PHONE:07700 900871]].
Letter copied to GP by email: [[EMAIL:archwayjunction.surgery@nhs.example.net]]
""")

# ---------------------------------------------------------------- 24 Ireland HSE hospital outpatient letter (IHI, Eircode)
doc("""
Feidhmeannacht na Seirbhíse Sláinte | Health Service Executive
[[FACILITY:Cork University Hospital]] - Department of Endocrinology
[[ADDRESS:Wilton]], [[ADDRESS:Cork]] [[ZIP:T12 DC4A]]    Secretary: [[PHONE:021 492 2371]]   Fax: [[PHONE:021 492 2372]]

MRN: [[MRN:0087231]]        IHI: [[ID:1009 2274 58]]       Clinic date: Thursday, [[DATE:16 May 2024]]

Dr [[NAME:Donal Ó Súilleabháin]]
[[FACILITY:Bandon Medical Centre]]
[[ADDRESS:Oliver Plunkett Street]]
[[ADDRESS:Bandon]], [[ADDRESS:Co. Cork]]  [[ZIP:P72 X2E5]]

Re: [[NAME:Niamh Bríd Ní Mhurchú]], DOB [[DATE:02/11/1994]]
    [[ADDRESS:Cnoc na Gréine]], [[ADDRESS:Ballinspittle]], [[ADDRESS:Kinsale]], [[ADDRESS:Co. Cork]]  [[ZIP:P17 KH63]]
    Mobile [[PHONE:087 555 4012]]   PPSN [[ID:8823415TA]]   GMS card: [[ID:A4410927]] (exp [[DATE:06/2025]])

Dear [[NAME:Donal]],

I reviewed [[NAME:Niamh]], a 29-year-old primary school teacher at [[FACILITY:Scoil Mhuire Naofa]], [[ADDRESS:Ballinspittle]],
today with her husband [[NAME:Seán]]. She was referred with weight loss, tremor and palpitations; TFTs from your
practice on [[DATE:29/04/2024]] showed TSH < 0.01, FT4 48.2 pmol/L, FT3 18.9. TRAb 9.8 IU/L (positive). Exam: diffuse
goitre with bruit, mild lid lag, no significant Graves' orbitopathy (CAS 1/7). HR 112, BP 128/66, weight 54 kg (59 kg
in [[DATE:December]]). She is 7 months post-partum (daughter [[NAME:Éabha]] born [[DATE:14 Oct 2023]]) and not breastfeeding.

Impression: Graves' disease (not post-partum thyroiditis given TRAb and bruit).

Plan:
1. Carbimazole 30 mg OD, propranolol 40 mg TDS until euthyroid. Counselled re agranulocytosis - sore throat/fever,
   stop and check FBC urgently. Written information given. Not planning further pregnancy for now; contraception discussed.
2. FBC, LFTs baseline today. TFTs in 4 weeks at your surgery, results to [[EMAIL:endo.cuh@hse.example.ie]].
3. Review in my clinic in 8 weeks ([[DATE:July]]); Nurse [[NAME:Gráinne Kiely]] (CNS) available on [[PHONE:021 492 2390]].
4. Discussed definitive options (RAI / thyroidectomy) for the future - Titration regime for 12-18 months first.

Is mise le meas,

Dr [[NAME:Rónán Fitzgerald-Adeyemi]] MB BCh BAO FRCPI
Consultant Endocrinologist, IMC no. [[ID:021447]]
cc: Ms [[NAME:N. Ní Mhurchú]]
""")

# ---------------------------------------------------------------- 25 Canada (Ontario) specialist consult letter, OHIP health card
doc("""
[[FACILITY:Clinique de rhumatologie du Vieux-Ottawa]] / [[FACILITY:Old Ottawa Rheumatology Clinic]]
[[ADDRESS:301-1081 Carling Ave]], [[ADDRESS:Ottawa]] ON  [[ZIP:K1Y 4G2]]   T [[PHONE:613-555-0138]]  F [[PHONE:613-555-0139]]

[[DATE:2024/02/20]]

Dr. [[NAME:Marie-Josée Tremblay-Nakamura]]
[[FACILITY:Équipe de santé familiale Orléans]]
[[ADDRESS:2555 St. Joseph Blvd]], [[ADDRESS:Orléans]] ON [[ZIP:K1C 1S6]]

RE: [[NAME:Gabriel Lavoie-Oduya]]    DOB: [[DATE:1988/09/04]] (yyyy/mm/dd)
    Health card: [[ID:4513-227-908-KT]]     Chart #: [[MRN:OOR-11847]]
    [[ADDRESS:58 Rue Bearbrook]], [[ADDRESS:Gloucester]] ON [[ZIP:K1B 3H4]]    Cell: [[PHONE:(613) 555-0196]]

Dear Dr. [[NAME:Tremblay-Nakamura]],

Thank you for referring [[NAME:Gabriel]], a 35-year-old software developer with [[FACILITY:Shopify]], whom I saw today
for inflammatory back pain. Consultation was conducted in French at his request.

He describes 4 years of low back and buttock pain, alternating sides, worse in the early morning with 90 minutes of
stiffness, improving with his evening hockey. He had an episode of right acute anterior uveitis in [[DATE:March 2022]],
treated at the [[FACILITY:University of Ottawa Eye Institute]]. No psoriasis, no IBD symptoms. His father ([[NAME:Jean-Luc]])
has "arthritis of the spine." Naproxen 500 mg BID gives about 60% relief.

Exam: Modified Schober 3.2 cm, occiput-to-wall 0 cm, chest expansion 4.5 cm, lateral lumbar flexion 12 cm bilat.
FABER positive bilaterally. Achilles enthesitis L. BASDAI 5.6, ASDAS-CRP 3.1.

Investigations: HLA-B27 positive. CRP 14 mg/L. MRI SI joints ([[DATE:2024-01-29]], [[FACILITY:The Ottawa Hospital General
Campus]]): bilateral bone marrow oedema, erosions L iliac side - meets ASAS definition. X-ray: mod NY grade 2 bilaterally.

Impression: Axial spondyloarthritis (radiographic, i.e. ankylosing spondylitis) with active disease despite one NSAID.

Plan:
1. Switch to celecoxib 200 mg BID x 4 weeks (second NSAID) with pantoprazole.
2. If BASDAI >= 4 at 4 weeks, start a TNF inhibitor. He has coverage through Sun Life (group [[ID:28815]],
   certificate [[ID:704418231]]); we will submit for adalimumab biosimilar. TB screening (IGRA) and hepatitis B/C
   serology ordered today; CXR ordered.
3. Physiotherapy - handout, and referral to [[FACILITY:Physio Orléans]].
4. Ophthalmology to be seen urgently for any red, painful eye.

Our nurse [[NAME:Aïcha Diallo]], RN will follow up by telephone on [[DATE:March 19]]. Follow-up with me in 3 months.

Sincerely,
[[NAME:Hiroshi Bélanger]], MD FRCPC
CPSO [[ID:98127]]
cc: [[NAME:Gabriel Lavoie-Oduya]] via patient portal ([[URL:https://portal.ocean-example.ca/p/oor]])
""")

# ---------------------------------------------------------------- 26 Canada (northern Manitoba) First Nations nursing station note
doc("""
[[FACILITY:Garden Hill First Nation Nursing Station]] - Clinical Notes
FNIHB Nursing Station (remote, fly-in)                  Printed [[DATE:13-NOV-2023]] by user [[ID:JFLETT]]

Client: [[NAME:HARPER, Delphine Marie]]       Band/Treaty #: [[ID:2710045301]]   Chart: [[MRN:GH-6612]]
MB PHIN: [[ID:117 442 809]]    MB Health Reg #: [[ID:430928]]     DOB: [[DATE:1954-05-09]]  (69 y)
Address: [[ADDRESS:House #412]], [[ADDRESS:Garden Hill]], MB [[ZIP:R0B 0T0]]     Phone: [[PHONE:204-555-0157]]
Language: Oji-Cree (Anishininiimowin), some English; daughter [[NAME:Bernice]] interprets.

[[DATE:13-NOV-2023]] 10:35  [[NAME:J. Flett]], RN (Expanded Scope)
S: Here w/ daughter [[NAME:Bernice Harper]]. Foot "sore and smells" x 1 wk. Type 2 DM since 1998, insulin (Lantus 40 u HS,
Humalog SS), neuropathy. Lost R 2nd toe 2021 (amputation done at [[FACILITY:Health Sciences Centre]], [[ADDRESS:Winnipeg]]).
Hasn't been able to get sugars done - glucometer broken. Water: boil water advisory ongoing; hauls water.
O: T 38.2, HR 104, BP 152/86, CBG 21.4. L plantar 1st MTP ulcer 2.5 x 2 cm, probes to bone, purulent, malodorous,
erythema spreading to mid-foot (marked w/ pen 10:50), crepitus absent. Pedal pulses weak. Monofilament 0/10 L.
A: Diabetic foot infection, moderate-severe (IWGDF 3), ?osteomyelitis. Hyperglycemia. SIRS.
P: Consulted on-call physician Dr. [[NAME:Amandeep Sandhu-Morriseau]] ([[FACILITY:Ongomiizwin Health Services]]) by phone 11:00:
   - Medevac (urgent) to [[FACILITY:Health Sciences Centre]] [[ADDRESS:Winnipeg]] - Lifeflight request # [[ID:LF23-08817]].
   - IV NS 1 L, ceftriaxone 2 g IV + metronidazole 500 mg PO given 11:25.
   - Swab sent with flight. Dressing dry sterile.
   - Escort approved: [[NAME:Bernice Harper]] (NIHB medical transportation).
   Northern Patient Transportation Program contact [[NAME:Colleen Wood]] [[PHONE:1-888-555-0164]].
11:50 Family notified: son [[NAME:Elvis Harper]] (in [[ADDRESS:Thompson]]) [[PHONE:204-555-0198]].
14:40 Plane ([[FACILITY:Keewatin Air]] [[ID:C-GKSO]])
arrived; pt departed stable, CBG 17.8, T 37.9.
Signed [[NAME:Jolene Flett]] RN, CRNM reg [[ID:R-20441]]
""")

# ---------------------------------------------------------------- 27 Australia hospital discharge summary (Medicare, IHI, UR)
doc("""
[[FACILITY:WESTMEAD-PARK GENERAL HOSPITAL]]         [[FACILITY:Western Sydney Local Health District]]
DISCHARGE SUMMARY - General Medicine (Team B)

UR No: [[MRN:W2281934]]         Medicare: [[ID:2953 41827 1]]  (IRN 1)   IHI: [[ID:8003 6082 1175 4432]]
Patient: [[NAME:NGUYEN-TRAN, Lachlan Minh]]     DOB: [[DATE:14/01/1946]]    Sex: M
Address: [[ADDRESS:7/32 Station St]], [[ADDRESS:Wentworthville]] NSW [[ZIP:2145]]     Ph: [[PHONE:(02) 5550 1187]]  Mob: [[PHONE:0491 570 156]]
Admission: [[DATE:11/03/2024]]     Discharge: [[DATE:19/03/2024]]     LOS: 8 days
Consultant: Dr [[NAME:Siddharth Iyengar]]     Discharging doctor: Dr [[NAME:Chloe Papadopoulos]] (RMO)
GP: Dr [[NAME:Fatima Haidari]], [[FACILITY:Toongabbie Family Medical]], [[ADDRESS:Toongabbie]] [[ZIP:2146]]  Fax [[PHONE:(02) 5550 1210]]
DVA Gold Card: [[ID:NX123456]]  (Vietnam veteran)

PRINCIPAL DIAGNOSIS: Delirium secondary to urosepsis (E. coli, ESBL-negative)
OTHER: Parkinson's disease; T2DM; CKD stage 3b (eGFR 38); BPH with chronic retention; falls.

CLINICAL SUMMARY:
78 y/o man BIBA from home on [[DATE:11/3]] after wife ([[NAME:Mai]]) found him confused and febrile (39.4). qSOFA 2.
Blood cultures 2/2 sets E. coli. Bladder scan 900 mL - IDC inserted. Treated with IV gentamicin (single dose) then
ceftriaxone, stepped down to oral cefalexin on [[DATE:14/3]] (sensitivities). Delirium improved by day 4; 4AT 1 at
discharge. Levodopa doses were missed for 18 h in ED - "Get It On Time" flag added. Geriatrics (Dr [[NAME:Harriet Oduya]])
reviewed: recommend avoid anticholinergics; oxybutynin ceased. Trial of void failed x2 -> discharged with IDC and
urology outpatient referral ([[FACILITY:Westmead-Park]] Urology clinic).

MEDICATION CHANGES: CEASED oxybutynin 5 mg BD. NEW cefalexin 500 mg QID until [[DATE:21/03/2024]]; tamsulosin 400 mcg nocte.
UNCHANGED: Sinemet 100/25 1 tab at 0700/1100/1500/1900; metformin XR 1 g nocte; Panadol Osteo 1330 mg TDS.

FOLLOW-UP:
 * GP within 1 week - check UEC, review IDC.
 * Urology clinic [[DATE:2 April 2024]] 1400 - Level 4.
 * Community nursing: [[FACILITY:Silver Chain]] referral ID [[ID:SC-88420117]] for IDC care.
 * Wife [[NAME:Mai Nguyen-Tran]] [[PHONE:0491 570 183]]; daughter [[NAME:Jessica]] [[EMAIL:jess.nguyentran@example.com.au]].
My Health Record: summary uploaded [[DATE:19/03/2024]] 15:42.
""")

# ---------------------------------------------------------------- 28 Australia Royal Flying Doctor style retrieval note, remote NT
doc("""
AEROMEDICAL RETRIEVAL RECORD - [[FACILITY:Top End Aerial Medical Service]]
Mission no: [[ID:TEAMS-240612-07]]    Aircraft: PC-12 [[ID:VH-FVX]]    Date: [[DATE:12-06-2024]]
Tasked by: [[FACILITY:RDH]] Retrieval Coordination, Dr [[NAME:Bronwyn Keele]], 02:14
Referring: [[FACILITY:Ngukurr Health Centre]] (remote clinic) - RAN [[NAME:Jess McAllister-Tipiloura]] ph [[PHONE:(08) 5550 7712]]
Receiving: [[FACILITY:Royal Darwin Hospital]] ED / ICU

PATIENT: [[NAME:Dhanggal Marika WURRAMARRBA]]    DOB: [[DATE:03/03/1979]]     HRN: [[MRN:0012845712]]
Medicare: [[ID:4417 29836 2]]     Community: [[ADDRESS:Ngukurr]]
NOK: sister [[NAME:Rosalind Wurramarrba]] (Aboriginal Health Practitioner at clinic) - mob [[PHONE:0491 570 224]]
Language: Kriol / Anindilyakwa; AIMS interpreter not available overnight - sister interpreting.

HISTORY: 45 y/o woman, known RHD (severe MS, s/p balloon valvotomy 2016), on monthly bicillin (last given [[DATE:28/05]]
per clinic record), warfarin target INR 2-3. 3 days of increasing SOB, orthopnoea, haemoptysis tonight. Rapid AF
on clinic ECG 148 bpm. INR 1.4 (missed warfarin ~1 wk, ran out). Also T2DM, CKD 3.

ON ARRIVAL (03:40): HR 146 AF, BP 102/64, RR 32, SpO2 86% on 6 L NP, T 37.3. GCS 15. Widespread creps, JVP up.
Bedside echo (clinic Dr [[NAME:Arjun Mehra-Watts]] via telehealth): dilated LA, severe MS, MVA ~0.9 cm2.

MANAGEMENT: NIV (CPAP 8) -> SpO2 94%. Frusemide 80 mg IV. Digoxin 500 mcg IV loading. Heparin infusion per protocol
(INR subtherapeutic). Avoided beta-blocker bolus given hypotension. IDC, 450 mL out by landing.

FLIGHT: Wheels up [[ADDRESS:Ngukurr]] airstrip 04:35, landed [[ADDRESS:Darwin]] 05:40.
Ambulance [[FACILITY:St John NT]] unit 23 to [[FACILITY:RDH]].
HANDOVER 06:05 to Dr [[NAME:Kiri Waititi-Stone]] (ED), ICU reg Dr [[NAME:Thuy Linh Pham]] notified.

Cardiothoracic referral for MVR likely ([[FACILITY:Royal Adelaide Hospital]] service). Flight nurse: [[NAME:Mick Tennant]] RN/RM.
Retrieval doctor: Dr [[NAME:Samira Hakimi-Bell]] MBBS FACEM   AHPRA [[ID:MED0002291847]]
""")

# ---------------------------------------------------------------- 29 New Zealand GP consultation note (NHI, Maori and Pasifika names)
doc("""
[[FACILITY:Te Awa Ora Health Centre]] - PMS consultation export
Patient: [[NAME:Hinemoa Aroha TE WHATA]]     NHI: [[ID:ZKT4821]]     DOB: [[DATE:21.08.1967]]
Address: [[ADDRESS:16 Kowhai Crescent]], [[ADDRESS:Fairfield]], [[ADDRESS:Hamilton]] [[ZIP:3214]]
Ph: [[PHONE:07 555 0193]]   Mob: [[PHONE:021 555 0467]]    Ethnicity: NZ Māori (Ngāti Hauā)
Enrolled since: [[DATE:03/2009]]     CSC: yes (exp [[DATE:31/10/2025]])

Consult Tue [[DATE:10 Sep 2024]]
Dr [[NAME:Mereana Paewai]] (GP)

S: Kia ora. Here with her mokopuna [[NAME:Tamati]] (12) after school. Sore R knee 3 wks after a fall at kapa haka
practice; swelling, worse on stairs. ACC claim lodged today ([[ID:ACC 10248893]], read code S52..). Also due for
diabetes annual review (PHO Long Term Conditions programme). Works as teacher aide at [[FACILITY:Fairfield Intermediate]].
Taking rongoā from her aunty - kawakawa balm - happy to continue.
Meds: metformin 1 g BD, empagliflozin/metformin (Jardiamet) started [[DATE:June]], cilazapril 5 mg, atorvastatin 40 mg.
Lost 4 kg since starting Jardiamet. Denies thrush, UTI sx.
O: BMI 36.4, BP 136/84. R knee: mild effusion, medial joint line tenderness, McMurray equivocal, ligaments stable.
HbA1c 61 mmol/mol ([[DATE:02/09/24]]), was 74 in [[DATE:Feb]]. eGFR 78, ACR 4.1. Retinal screen due - booked
[[DATE:14 Oct]] at [[FACILITY:Waikato Hospital]] eye clinic. Feet: monofilament 10/10, pulses present.
A: 1. R knee sprain ?medial meniscus - ACC. 2. T2DM improving.
P: X-ray R knee ([[FACILITY:Midland Radiology]], ACC funded); physio referral to [[FACILITY:Kirikiriroa Physio]] (6 sessions
   ACC). Review 2/52 if not improving -> MRI via ACC. Flu vax given (Influvac Tetra). Recall HbA1c 3/12.
   Whānau support: husband [[NAME:Rawiri]] drives; pt happy for text reminders.
Dr [[NAME:M. Paewai]] MCNZ [[ID:41873]]

Nurse note [[DATE:10/09/24]] 16:20 [[NAME:Sione Fifita-Latu]] RN: Text sent to [[PHONE:021 555 0467]]: "Kia ora [[NAME:Hinemoa]], your
x-ray form is at reception. Physio [[NAME:Aneta]] at [[FACILITY:Kirikiriroa Physio]] will ring you. Ngā mihi, [[FACILITY:Te Awa Ora]]"
Portal: [[URL:https://www.manage-my-health-example.co.nz/login]]
""")

# ---------------------------------------------------------------- 30 India private hospital discharge summary (UHID, IPD, Aadhaar masked, PIN)
doc("""
[[FACILITY:SAHYADRI SANJEEVANI MULTISPECIALITY HOSPITAL]]
(A unit of [[FACILITY:Sanjeevani Healthcare Pvt. Ltd.]])  NABH accredited
[[ADDRESS:Plot 14, Karve Road]], [[ADDRESS:Erandwane]], [[ADDRESS:Pune]] - [[ZIP:411 004]], Maharashtra
Ph: [[PHONE:020-2555 6600]]  |  Emergency: [[PHONE:+91 98220 55511]]  |  [[URL:www.sahyadrisanjeevani-example.in]]

DISCHARGE SUMMARY
Name: Mr. [[NAME:Shrikant Dattatray Kulkarni]]       Age/Sex: 67 Y / M
UHID: [[MRN:SSH/24/0118825]]   IPD No: [[MRN:IP-2405-3317]]   Bed: MICU-06
Aadhaar (masked): [[ID:XXXX XXXX 4471]]    ABHA No: [[ID:91-4820-1176-3305]]
Address: [[ADDRESS:B-702, Shubham Apartments]], [[ADDRESS:Kothrud]], [[ADDRESS:Pune]] [[ZIP:411038]]
Mobile: [[PHONE:+91 94221 55873]]   Relative: Mrs. [[NAME:Sunanda Kulkarni]] (wife) [[PHONE:+91 94221 55874]]
DOA: [[DATE:08-05-2024]]     DOD: [[DATE:16-05-2024]]     Consultant: Dr. [[NAME:Anirudh V. Gokhale]], MD (Med), DM (Cardio)
Payer: Star Health TPA - Policy [[ID:P/151117/01/2024/008842]], Claim [[ID:CLI/2024/151117/0299103]]

DIAGNOSIS: Acute anterior wall STEMI (Killip II); s/p primary PCI to pLAD (1 x DES 3.0 x 28 mm) on [[DATE:08/05/24]].
Type 2 DM (since 2009), Hypertension, Dyslipidaemia.

HISTORY: Pt presented with retrosternal chest pain radiating to L arm, sweating x 2 hrs, onset while at morning walk
at [[ADDRESS:Vetal Tekdi]]. ECG: ST elevation V1-V5. Trop I > 50,000 ng/L. Taken up for primary PCI; door-to-balloon 62 min.

COURSE: Post-PCI LVEF 35% (2D echo [[DATE:09/05]]), apical hypokinesia, no LV clot. Developed AF with RVR on day 3, reverted
with amiodarone. Episode of CIN (creat peak 2.1 on [[DATE:11/5]]) - improved to 1.3 on hydration. Started on sacubitril/
valsartan 24/26 BD, dapagliflozin 10 mg. Mobilised, 6MWT 310 m. Diet counselling done by Ms. [[NAME:Farzana Shaikh]].

MEDICATIONS ON DISCHARGE:
 1. Tab. Ecosprin 75 mg OD (after lunch)          2. Tab. Brilinta 90 mg BD
 3. Tab. Rosuvas 40 mg HS                         4. Tab. Metolar XR 25 mg OD
 5. Tab. Vymada 24/26 mg BD                       6. Tab. Forxiga 10 mg OD
 7. Tab. Pan 40 mg BBF                            8. Inj. Human Mixtard 30/70 - 18 U before breakfast, 10 U before dinner

ADVICE: Low salt diabetic diet, fluid 1.5 L/day. No driving x 4 weeks. Cardiac rehab at our Phase II centre.
Review in OPD with Dr. [[NAME:Gokhale]] on [[DATE:23/05/2024]] (Thursday) with CBC, RFT, HbA1c reports.
In emergency: chest pain > 10 min - call [[PHONE:+91 98220 55511]] or 108 ambulance.

Prepared by: Dr. [[NAME:Rahul Pathak-Menon]] (RMO)   Reg. No. [[ID:MMC 2017/04/1882]]
Verified by: Dr. [[NAME:A. V. Gokhale]]    Date: [[DATE:16/05/2024]]
""")

# ---------------------------------------------------------------- 31 India ASHA / ANM home-visit register (Bihar), Hinglish
doc("""
HOME VISIT REGISTER - ASHA  (HBNC / HRP follow-up)   [copied from register by ANM for MCTS/RCH portal entry]
ASHA: [[NAME:Rinku Devi]]    ASHA ID: [[ID:BR-ASH-0932176]]    Mob: [[PHONE:94311 55207]]
Village: [[ADDRESS:Bishunpur Tola]], [[FACILITY:HSC Maheshpur]]
Block: [[ADDRESS:Raghopur]]   Dist: [[ADDRESS:Vaishali]]   PIN [[ZIP:844502]]
ANM: [[NAME:Sushila Kumari Paswan]]      MO i/c: Dr. [[NAME:Md. Tanveer Alam]], [[FACILITY:PHC Raghopur]]

Beneficiary: [[NAME:Pinki Kumari]] w/o [[NAME:Santosh Sahni]]    Age 19 yrs
RCH ID: [[ID:110234578921]]    MCP card no. [[ID:VSL/RGP/2023/4418]]    Aadhaar: [[ID:XXXX-XXXX-8830]]
Husband mob: [[PHONE:+91-70041 55399]] (works in [[ADDRESS:Surat]] in textile mill, comes home Chhath time only)
LMP: [[DATE:02/08/2023]]   EDD: [[DATE:09/05/2024]]   Gravida 1.  HRP: YES (Hb 7.2 on [[DATE:14/01/24]], height 142 cm)

Visit 1 - [[DATE:20/01/2024]]: ghar pe mili. Feeling weak, chakkar aata hai. Pallor +. IFA tablets - only 20 khaya out of
60 (says "kala paikhana aata hai"). Counselled to take at night with nimbu paani, not with chai. Told saas [[NAME:Kalawati Devi]]
to give green saag, gur chana. Weight 41 kg. BP 110/70 (ANM). Swelling nahi. Bleeding nahi. IV iron sucrose advised at PHC.

Visit 2 - [[DATE:27/01/2024]]: Taken to [[FACILITY:PHC Raghopur]] by 102 ambulance. Inj iron sucrose 200 mg given by SN
[[NAME:Anita Kumari]]. Next dose [[DATE:30/01]]. [[NAME:Pinki]] ko dar lag raha tha, husband se phone pe baat karwaya.

Visit 3 - [[DATE:10/02/2024]]: 3 doses complete. Hb 8.6 (re-check at PHC). TT-Td 2nd dose done [[DATE:05/02]]. Birth plan:
delivery at [[FACILITY:Sadar Hospital Hajipur]] (FRU) - JSY form filled, bank a/c [[ID:37712004418]] (SBI, [[ADDRESS:Bidupur]] branch).
Transport: Janani Express no. 102; tempo of [[NAME:Bhola]] chacha as backup ([[PHONE:99341 55162]]).

Visit 4 - [[DATE:06/03/2024]]: all ok. USG at private centre ([[FACILITY:Jeevan Rekha Diagnostics]], [[ADDRESS:Hajipur]]) - single live
fetus 29 wks, placenta fundal. Told signs - bleeding, severe headache, fits, pani girna - turant call karo.

Remark (ANM): HRP line list updated on portal [[DATE:07/03/24]]. Block Community Mobiliser [[NAME:Vikas Ranjan]] informed.
""")

# ---------------------------------------------------------------- 32 Sri Lanka teaching hospital diagnosis card / clinic referral
doc("""
DIAGNOSIS CARD                                 Health 1225 - Ministry of Health, Sri Lanka
[[FACILITY:TEACHING HOSPITAL KARAPITIYA]] - [[ADDRESS:Galle]]                          Ward 14 (Medical)
BHT No: [[MRN:24/11873]]          Clinic No: [[MRN:MC/2291/17]]

Name of Patient: [[NAME:W. A. Nimalka Priyadarshani Wickramasinghe]]
NIC No: [[ID:847362519V]]        Age: 39 yrs       Sex: F
Address: [[ADDRESS:No. 42/3, Temple Road]], [[ADDRESS:Karapitiya]], [[ADDRESS:Galle]]   Tel: [[PHONE:091 555 2843]] / [[PHONE:077 555 9184]]
Date of Admission: [[DATE:2024.03.04]]          Date of Discharge: [[DATE:2024.03.09]]
Consultant: Dr. [[NAME:K. P. D. Jayawardena]]  (Consultant Physician)

Diagnosis: Dengue haemorrhagic fever (DHF) - critical phase managed; NS1 Ag positive ([[DATE:03.03.2024]])

Summary:
Fever 3 days, myalgia, retro-orbital pain, vomiting. Admitted on day 3 of fever. Platelets 142 -> 48 x 10^3 on
[[DATE:06/03]] with HCT rise 36 -> 44%. Entered critical phase at 09.00 hrs on [[DATE:06.03.2024]] (pleural effusion R,
ascites on USS). Managed in HDU per National Guidelines - fluid quota 4,150 mL, used 3,880 mL over 48 h incl. 2 dextran
boluses. Lowest platelet 18 x 10^3 ([[DATE:07.03]]). No bleeding. Recovery phase from [[DATE:08.03]] - diuresis, appetite
returned, convalescent rash (islands of white in a sea of red). Discharged day 8 of illness.

Other problems: Hypothyroidism on thyroxine 75 ug. LSCS x 2 (2012, 2016).

Drugs on discharge: Tab. Thyroxine 75 ug mane; Tab. Paracetamol 1 g 6 hourly prn (max 4 g/day). AVOID NSAIDs.

Follow up: MOH [[ADDRESS:Galle]] notified (notification H544 serial [[ID:GL/24/0412]]). PHI Mr. [[NAME:S. Mohamed Rizwan]]
to inspect premises for breeding sites. FBC on [[DATE:12.03.2024]] at [[FACILITY:Divisional Hospital Akmeemana]].
Medical clinic review: Friday [[DATE:22nd March]].
Husband [[NAME:Tharindu Wickramasinghe]] (works at [[FACILITY:Koggala EPZ - Lanka Garments]]) informed re discharge.

Name of Medical Officer: Dr. [[NAME:Thusyanthi Selvarajah]]  (SLMC Reg. [[ID:24931]])
Signature: ......                                 Date: [[DATE:09/03/2024]]
""")

# ---------------------------------------------------------------- 33 Bangladesh laboratory report (Dhaka), NID, +880
doc("""
[[FACILITY:POPULAR-MEGHNA DIAGNOSTIC CENTRE LTD.]]
[[ADDRESS:House #16, Road #2]], [[ADDRESS:Dhanmondi]], [[ADDRESS:Dhaka]]-[[ZIP:1205]]
Hotline: [[PHONE:09666 555 787]], [[PHONE:+880 1711-555023]]   E-mail: [[EMAIL:reports@pmdc-example.com.bd]]

                         LABORATORY REPORT - HAEMATOLOGY / BIOCHEMISTRY / SEROLOGY
Patient ID : [[MRN:PMDC-2407-118305]]              Invoice No : [[ID:INV/24/07/55120]]
Name       : Mst. [[NAME:Rokeya Begum Chowdhury]]
Age / Sex  : 58 Y / Female                      NID : [[ID:1968 2615 0774 4012 9]]
Ref. By    : Prof. Dr. [[NAME:A. K. M. Shafiqul Islam]], MBBS, FCPS (Medicine), [[FACILITY:Dhaka Medical College Hospital]]
Sample Coll: [[DATE:17-Jul-2024]] 08:12 AM      Report Date: [[DATE:17-Jul-2024]] 02:40 PM
Mobile     : [[PHONE:01819-555412]]                Address: [[ADDRESS:Mirpur-10]], [[ADDRESS:Dhaka]]

TEST                          RESULT        UNIT           REFERENCE RANGE
-----------------------------------------------------------------------------------
Haemoglobin                   9.4  (L)      g/dL           12.0 - 15.5
ESR (Westergren)              68   (H)      mm in 1st hr   0 - 20
Total WBC                     11,800        /cumm          4,000 - 11,000
  Neutrophils                 78 %                         40 - 75
Platelet                      4,52,000      /cumm          1,50,000 - 4,50,000
HbA1c                         9.8  (H)      %              4.0 - 6.0
FBS                           11.2 (H)      mmol/L         3.9 - 6.1
S. Creatinine                 1.42 (H)      mg/dL          0.6 - 1.1
eGFR (CKD-EPI 2021)           42            mL/min/1.73m2  > 90
SGPT (ALT)                    34            U/L            < 33
Urine R/E: Albumin ++, Sugar +++, Pus cells 20-25/HPF
Urine C/S: E. coli > 10^5 CFU/mL - Sensitive: Nitrofurantoin, Amikacin, Meropenem; Resistant: Ciprofloxacin,
           Cefixime, Co-trimoxazole (ESBL screen positive)
Widal test: TO 1:80, TH 1:160 (single titre - interpret with caution)
Dengue NS1: Negative

Comment: ESBL-producing E. coli. Please correlate clinically. Previous report [[DATE:02/03/2024]] HbA1c 8.1%.
Report also sent to WhatsApp [[PHONE:+8801819555412]] per patient request and to referring doctor's chamber at
[[FACILITY:Green Life Consultation Centre]], [[ADDRESS:Green Road]].

Checked by: [[NAME:Md. Rafiqul Hasan]], Medical Technologist
Dr. [[NAME:Tahmina Akhter Nupur]], MBBS, M.Phil (Microbiology), Consultant Pathologist, BMDC Reg. [[ID:A-41887]]
Verify report online: [[URL:https://pmdc-example.com.bd/verify?id=PMDC-2407-118305]]
""")

# ---------------------------------------------------------------- 34 South Africa HIV/TB clinic note (SA ID, medical aid, Soweto)
doc("""
[[FACILITY:Chiawelo Community Practice]] - Adult ART & TB Clinic
TIER.Net / clinical stationery                      Folder no: [[MRN:CCP-018842]]

Surname: [[NAME:MAHLANGU]]     First names: [[NAME:Nomvula Precious]]     ID no: [[ID:8706150834081]]
DOB: [[DATE:1987/06/15]]      Cell: [[PHONE:072 555 3318]]      Alt (sister [[NAME:Lindiwe]]): [[PHONE:083 555 9021]]
Address: [[ADDRESS:2871 Mphuthi Street]], [[ADDRESS:Chiawelo Ext 2]], [[ADDRESS:Soweto]], [[ZIP:1818]]
Medical aid: none (previously Bonitas [[ID:BN 0044719283]] via employer [[FACILITY:Shoprite Dobsonville]])
ART start: [[DATE:2014/09/02]]   Unique ART no: [[ID:ART-GP-2014-55813]]   Current regimen: TLD

Date: [[DATE:2024/04/18]]    Seen by: Sr [[NAME:T. Ramokgopa]] (PCDT nurse) / Dr [[NAME:Pieter van der Westhuizen]]

S: Ngikhathele - tired, night sweats x 3 weeks, cough x 2 weeks, lost 6 kg. Came back to clinic after defaulting
since [[DATE:Oct 2023]] - "I went to my mother's place in [[ADDRESS:Bushbuckridge]] when she was sick." Mother passed
[[DATE:January]]. Has two children ([[NAME:Lethabo]] 10, [[NAME:Karabo]] 6), both HIV negative ([[DATE:2023/05]]). Partner [[NAME:Sipho]]
status unknown - counselled re index testing.
O: Wt 51 kg (57 kg in [[DATE:Aug 2023]]). T 37.9, P 104, BP 108/70, RR 22, SpO2 95%. Oral thrush. Crackles R upper zone.
   Tender cervical LN 2 cm R. 
Labs today: GeneXpert Ultra sputum - MTB detected, RIF resistance NOT detected. CD4 96 (was 412 in 2022). VL pending.
   CrAg LFA negative. Hb 10.1, creat 68, ALT 22. Urine LAM positive.
A: 1. Drug-sensitive pulmonary TB, new. 2. Advanced HIV disease (CD4 < 200), ART interruption 6 months.
   3. Oral candidiasis.
P: - Start 2RHZE/4RH today (4 tabs FDC by weight 38-54 kg). TB reg no. [[ID:SOW-D/24/0317]].
   - Restart TLD in 2 weeks (after TB Rx start, not TBM). Cotrimoxazole 960 mg daily. Fluconazole 200 mg x 14 days.
   - Enhanced adherence counselling with [[NAME:Bongani Dube]] (lay counsellor). Linked to adherence club.
   - Contact tracing: CHW [[NAME:Nthabiseng Mokoena]] home visit [[DATE:2024/04/22]] - 3 household contacts, children
     <5? none; children 6 & 10 for TPT screen.
   - Notified NMC (ref [[ID:NMC-TB-2404-99127]]). VL in 3 months. Return [[DATE:2024/05/02]].
   - Refer to SASSA for disability grant assessment; social worker Ms [[NAME:Z. Khumalo]].
""")

# ---------------------------------------------------------------- 35 Nigeria teaching hospital referral letter (Lagos), NHIA, +234
doc("""
[[FACILITY:LAGOS STATE UNIVERSITY TEACHING HOSPITAL]] ([[FACILITY:LASUTH]])
[[ADDRESS:1-5 Oba Akinjobi Way]], [[ADDRESS:Ikeja]], Lagos State     Tel: [[PHONE:+234 (0)1 555 0347]]
DEPARTMENT OF OBSTETRICS & GYNAECOLOGY

Our Ref: [[ID:LASUTH/O&G/REF/24/0881]]                              Date: [[DATE:19th August, 2024]]

The Consultant Urogynaecologist,
[[FACILITY:National Obstetric Fistula Centre]],
[[ADDRESS:Abakaliki]], Ebonyi State.

Dear Sir/Ma,

RE: REFERRAL OF MRS. [[NAME:HAUWA ABDULLAHI YAKUBU]] (43 YRS) - HOSP. NO. [[MRN:LS/24/118407]]
    NHIA No: [[ID:NHIA-LAG-0044712-09]]    NIN: [[ID:71283459016]]

Kindly see the above-named 43-year-old Para 6+1 (4 alive) petty trader from [[ADDRESS:Mushin]], who is originally from
[[ADDRESS:Gusau]], Zamfara State. She presented to our Gynae clinic on [[DATE:05/08/2024]] with continuous leakage of urine per
vaginam of 7 months' duration following prolonged obstructed labour (2 days) at a TBA's place in [[ADDRESS:Agege]] in
[[DATE:January 2024]], with fresh stillbirth. She was later delivered at [[FACILITY:General Hospital Ifako-Ijaiye]].

Examination revealed a mid-vaginal VVF approx. 2.5 cm, bladder neck involved, fibrotic, with mild vaginal stenosis.
Dye test positive. Urine m/c/s: Proteus mirabilis, sensitive to ceftriaxone - treated. PCV 31%. E/U/Cr normal.
RVS non-reactive. HBsAg negative. Abdomino-pelvic USS: hydronephrosis absent. Mild perineal excoriation (ammoniacal
dermatitis). She has also been counselled - husband, Alhaji [[NAME:Yakubu Garba]] ([[PHONE:+234 803 555 1127]]),
has been supportive. Their eldest daughter [[NAME:Zainab]] (phone [[PHONE:0812 555 6630]]) will accompany her.

We are referring her for repair at your centre given the complexity (bladder neck, fibrosis), as we lack a dedicated
fistula surgeon since Dr [[NAME:Chukwudi Nwankwo-Bello]] relocated. She is able to travel by road.

Current medications: haematinics (Fesolate 200 mg daily, folic acid 5 mg), Vitamin C.

Thank you for your anticipated assistance.

Yours faithfully,

Dr [[NAME:Oluwabunmi T. Adeyemi-Coker]]
Senior Registrar, O&G   MDCN Folio [[ID:MDCN/R/55421]]
For: Dr [[NAME:F. A. Ogunleye]], Consultant
cc: Medical Social Welfare, [[FACILITY:LASUTH]] ([[EMAIL:msw.lasuth@example.gov.ng]])
""")

# ---------------------------------------------------------------- 36 Ghana district hospital OPD folder note + NHIS claim line
doc("""
[[FACILITY:EJISU GOVERNMENT HOSPITAL]] - OPD                Ashanti Region
Folder No.: [[MRN:EGH/OPD/22/7731]]      NHIS No.: [[ID:07742518]] (valid to [[DATE:11/2024]])     Ghana Card: [[ID:GHA-721043318-6]]
Name: [[NAME:Akosua Serwaa Boateng]]      Sex: F     DOB: [[DATE:02/06/1996]] (Sunday-born, "[[NAME:Akosua]]")
Address: [[ADDRESS:H/No. OS-14-0217]], [[ADDRESS:Onwe]], near [[FACILITY:Onwe M/A Basic School]]     Digital address: [[ADDRESS:AE-0441-2271]]
Tel: [[PHONE:024 555 8193]] / [[PHONE:+233 20 555 4470]] (husband, [[NAME:Yaw Ofori-Atta]])
Occupation: seamstress

[[DATE:14-03-2024]]  OPD - Dr [[NAME:Kwabena Adu-Gyamfi]] (MO)
c/o fever x 3/7, headache, chills, vomiting x 1 day, body pains. Took "Gyinantwi" herbal mixture + para at home.
Not pregnant (LMP [[DATE:01/03/24]]). No cough, no dysuria.
O/E: Temp 39.1 C, pulse 112, BP 100/60, RR 22. Mildly pale, not jaundiced, not dehydrated. Abdo soft, no HSM.
Lab: mRDT - P. falciparum POSITIVE. Hb 10.8. Blood film: P.f ++ (parasitaemia ~0.8%). RBS 5.4.
Dx: Uncomplicated malaria (P. falciparum).
Rx: Artemether-lumefantrine 80/480 1 tab bd x 3/7 (first dose observed 11:40). Paracetamol 1 g tds x 3/7. ORS.
Advice: sleep under ITN (collected at [[FACILITY:Onwe CHPS compound]] in [[DATE:Jan]]), complete dose, return if vomiting,
confusion or dark urine. Review [[DATE:18/03/24]] if fever persists.

Claim (NHIS e-claims): Attendance [[DATE:14/03/2024]] | Member [[ID:07742518]] | GDRG OPDC06A | Med: ALU 80/480 x 6,
PCM 500 x 18 | Lab: RDT, FBC | Claim ID [[ID:EGH-24031400417]] | Prescriber: [[NAME:K. Adu-Gyamfi]] (MDC Reg [[ID:MDC/RN/10882]])

[[DATE:18-03-2024]]  Review - Nurse [[NAME:Abena Owusu]] (PA on duty: Mr. [[NAME:Kwame Asare]])
Feels better. Temp 36.8. Completed ALU. Advised. Discharged from OPD. Next ANC? not pregnant. Reviewed by [[NAME:AO]].
""")

# ---------------------------------------------------------------- 37 Kenya community health promoter household visit + WhatsApp escalation
doc("""
CHP HOUSEHOLD VISIT - eCHIS export (MOH 514 equivalent)
Community Health Unit: [[FACILITY:Kware CHU]] - link facility [[FACILITY:Embakasi Health Centre]]
CHP: [[NAME:Mercy Wanjiku Kamau]]   CHP code [[ID:CHP-047-11823]]   Mobile [[PHONE:0722 555 318]]
CHA (supervisor): [[NAME:Evans Otieno Ouma]]

Household no.: [[ID:HH-KWR-00417]]    Head of HH: [[NAME:Fredrick Odhiambo Okoth]]   National ID: [[ID:28847106]]
Location: [[ADDRESS:Kware]], [[ADDRESS:Pipeline]] ward, [[ADDRESS:Embakasi South]]; plot behind [[FACILITY:Kware Baptist Church]],
[[ADDRESS:house no. C14]]. Postal: [[ADDRESS:P.O. Box 19402]]-[[ZIP:00501]], [[ADDRESS:Nairobi]].
SHA/SHIF no.: [[ID:SHA-0049-2281-0774]] (registered [[DATE:Oct 2024]])

Visit date: [[DATE:04/11/2024]] 15:10
Members: 5. (1) [[NAME:Fredrick]] 34 M, boda boda rider. (2) [[NAME:Lilian Akinyi]] 27 F - 3 wks postnatal. (3) Baby
[[NAME:Baraka]] M, born [[DATE:14/10/2024]] at [[FACILITY:Mama Lucy Kibaki Hospital]], birth notification [[ID:BN-1128840]].
(4) [[NAME:Tracy]] 6 F, pupil at [[FACILITY:Kware Primary School]]. (5) Grandmother Mama [[NAME:Rose Atieno]] 61 F.

Findings:
- Baby: breastfeeding exclusively, cord dry, BCG + OPV0 done. Danger sign today: fast breathing 68/min counted twice,
  chest indrawing mild, not feeding well since morning, temp 38.0 (digital). -> URGENT REFERRAL.
- [[NAME:Lilian]]: BP 150/96 (CHP kit) x2, headache, swelling of feet. Not on any meds. -> Referral for PNC/BP.
- [[NAME:Tracy]]: MUAC n/a; deworming due. Grandmother: on ARVs at [[FACILITY:Embakasi Health Centre]], CCC no. [[ID:13917-04418]], okay.
- Water: treated with WaterGuard. Latrine: shared.

Referral form no. [[ID:REF-0411-0072]] issued to [[FACILITY:Mama Lucy Kibaki Hospital]] (paeds + maternity). Transport: [[NAME:Fredrick]]'s boda.

WhatsApp to CHA (copied into eCHIS notes):
[[DATE:04/11/24]], 15:42 - [[NAME:Mercy]] CHP: Sasa [[NAME:Evans]], mtoto wa [[NAME:Lilian]] ako na fast breathing 68 na chest indrawing, nimewapa referral
  wanaenda [[FACILITY:Mama Lucy]] sasa hivi. Mama pia BP 150/96 😟
[[DATE:04/11/24]], 15:45 - [[NAME:Evans]] CHA: Asante [[NAME:Mercy]]. Pigia clinician wa [[FACILITY:Mama Lucy]] paeds Dr [[NAME:Wambui]] [[PHONE:0733 555 902]] uwaambie wanakuja
[[DATE:04/11/24]], 18:20 - [[NAME:Mercy]] CHP: Update - baby admitted, pneumonia, on oxygen. Mama put on nifedipine. Nitafollow up kesho.
[[DATE:05/11/24]], 09:02 - [[NAME:Evans]] CHA: 👍🏾 Weka kwa eCHIS follow up [[DATE:06/11]]
""")

# ---------------------------------------------------------------- 38 Uganda TB unit register extract (spreadsheet-like, tab separated)
doc("""
UNIT TB REGISTER (HMIS 096b) - extract for quarterly cohort review   Q2 2024
TB Unit: [[FACILITY:Kiboga Hospital]]   District: [[ADDRESS:Kiboga]]   Prepared by: [[NAME:Sarah Nakato Ssemwogerere]] (DTLS)   Checked: Dr. [[NAME:Okello J.]]

Reg No	Date reg	Name	Sex	Age	Village / LC1	Parish	Phone	NIN	Type	HIV	Treatment supporter	Outcome
[[ID:KBG/24/061]]	[[DATE:03/04/2024]]	[[NAME:Ssekandi Muwonge]]	M	41	[[ADDRESS:Kyakasengula]]	[[ADDRESS:Lwamata]]	[[PHONE:0772 555 401]]	[[ID:CM83011104HKXP]]	P-BC New	Pos (ART)	wife [[NAME:Namubiru Florence]]	On Rx
[[ID:KBG/24/062]]	[[DATE:05/04/2024]]	[[NAME:Nalwoga Harriet]]	F	29	[[ADDRESS:Bukomero T/C]]	[[ADDRESS:Bukomero]]	[[PHONE:0701 555 288]]	[[ID:CF95022108MWLA]]	P-BC New	Neg	VHT [[NAME:Kato Emmanuel]]	On Rx
[[ID:KBG/24/063]]	[[DATE:11/04/2024]]	[[NAME:Tumusiime Patience]]	F	17	[[ADDRESS:Ddegeya]]	[[ADDRESS:Kapeke]]	[[PHONE:0758 555 120]]	-	EP (LN) New	Neg	mother [[NAME:Kyomuhendo Joy]]	On Rx
[[ID:KBG/24/064]]	[[DATE:17/04/2024]]	[[NAME:Mukasa Godfrey]]	M	[[AGE>89:92]]	[[ADDRESS:Kyekumbya]]	[[ADDRESS:Dwaniro]]	-	[[ID:CM32060100KQTZ]]	P-CD Relapse	Neg	grandson [[NAME:Ssali Ivan]]	Died [[DATE:02/05/2024]]
[[ID:KBG/24/065]]	[[DATE:22/04/2024]]	[[NAME:Opio Denis]]	M	35	[[ADDRESS:Kiboga T/C]] (prison)	[[ADDRESS:Kiboga Central]]	-	[[ID:CM89071205PRTN]]	P-BC New	Pos (ART)	prison nurse [[NAME:Akello Grace]]	On Rx
[[ID:KBG/24/066]]	[[DATE:02/05/2024]]	[[NAME:Nakiganda Resty]]	F	52	[[ADDRESS:Muwanga]]	[[ADDRESS:Lwamata]]	[[PHONE:0782 555 907]]	[[ID:CF72110902ZBNM]]	P-BC New	Neg	husband [[NAME:Lubega Sam]]	LTFU?
[[ID:KBG/24/067]]	[[DATE:16/05/2024]]	[[NAME:Kigozi Brian]]	M	8	[[ADDRESS:Bukomero T/C]]	[[ADDRESS:Bukomero]]	[[PHONE:0701 555 288]]	-	P-CD New (child contact of [[ID:KBG/24/062]])	n/a	mother [[NAME:Nalwoga Harriet]]	On Rx
[[ID:KBG/24/068]]	[[DATE:29/05/2024]]	[[NAME:Amongin Sharon]]	F	23	[[ADDRESS:Kambugu]]	[[ADDRESS:Kapeke]]	[[PHONE:0774 555 630]]	[[ID:CF00081402RRTY]]	P-BC New, RR-TB	Neg	CHW [[NAME:Ochieng Moses]]	Referred MDR ([[FACILITY:Mulago]])

Notes:
- [[ID:KBG/24/064]] [[NAME:Mukasa]] died at home day 15; verbal autopsy done by [[NAME:Ssali Ivan]] + VHT. Age per LC1 letter; no birth cert.
- [[ID:KBG/24/066]] missed 2 DOT refills - home visit planned; phone off. Husband says she went to [[ADDRESS:Mityana]].
- [[ID:KBG/24/068]] Xpert Ultra RIF resistance detected [[DATE:29/05]]; sample shipped to [[FACILITY:NTRL]] (SNT barcode [[ID:UG-SNT-240529-1187]]).
Cohort: 8 registered, 6 bacteriologically confirmed, HIV co-infection 2/7 tested (29%).
""")

# ---------------------------------------------------------------- 39 Singapore polyclinic -> hospital referral memo (NRIC, HDB address)
doc("""
[[FACILITY:ANG MO KIO POLYCLINIC]] ([[FACILITY:National Healthcare Group Polyclinics]])
[[ADDRESS:Blk 723 Ang Mo Kio Ave 8, #01-4136]], Singapore [[ZIP:560723]]   Tel [[PHONE:6555 1233]]

REFERRAL MEMO - SPECIALIST OUTPATIENT CLINIC                          Ref: [[ID:AMK-R-2409-01174]]
To: Department of Gastroenterology & Hepatology, [[FACILITY:Tan Tock Seng Hospital]]
Priority: Subsidised, early appointment (within 4 weeks) requested              Date: [[DATE:24/09/2024]]

Patient: [[NAME:LIM AH KOW @ LIM YONG KOW]]          NRIC: [[ID:S5912874J]]        DOB: [[DATE:03-Apr-1959]]
Address: [[ADDRESS:Blk 562 Ang Mo Kio Ave 3, #08-3321]], Singapore [[ZIP:560562]]
HP: [[PHONE:+65 9155 5402]]    Home: [[PHONE:6555 8810]]   Email: [[EMAIL:ahkow.lim59@example.com.sg]]
CHAS card: Orange (exp [[DATE:31/12/2025]])   MediSave authorised.   Language: Hokkien, some Mandarin; son translates.
NOK: son [[NAME:Lim Wei Jie Kelvin]], [[PHONE:+65 8455 5127]]

Dear Colleague,

Kindly review Mr [[NAME:Lim]], a 65 year old retired taxi driver (formerly with [[FACILITY:ComfortDelGro]], vehicle [[ID:SHA 4418 K]]
until 2022) with chronic hepatitis B (dx 2004 at [[FACILITY:Communicable Disease Centre]]) not on follow-up since 2019.

Today's USG (done at [[FACILITY:NHGD Ang Mo Kio]] [[DATE:20/09]]): coarse liver echotexture, nodular contour, 2.3 cm
hypoechoic lesion segment VI, splenomegaly 14 cm. AFP 186 ug/L. HBV DNA pending. ALT 58, plt 96, INR 1.2, albumin 33,
bilirubin 21 - Child-Pugh A6.

PMH: T2DM (HbA1c 7.6%), HTN, gout. Ex-smoker, drinks 2 bottles Tiger beer on weekends.
Meds: metformin 850 mg BD, amlodipine 10 mg OM, allopurinol 100 mg OM.
Family hx: elder brother died of "liver cancer" in [[ADDRESS:Johor Bahru]] at 58.

Impression: Liver cirrhosis secondary to CHB, with focal liver lesion - r/o HCC (LI-RADS pending multiphasic imaging).

Appreciate your evaluation for triphasic CT/MRI and management. Patient has been counselled. Son [[NAME:Kelvin]] will
accompany. Thank you.

Dr [[NAME:Nur Aisyah binte Rahmat]]  MBBS (S'pore), MMed (FM)
Family Physician  |  MCR No. [[ID:M62217B]]
cc: patient; [[FACILITY:AMK Polyclinic]] Care Manager Ms [[NAME:Tan Siew Ling]]
""")

# ---------------------------------------------------------------- 40 Malaysia Klinik Kesihatan antenatal record (MyKad), mixed Malay/English
doc("""
REKOD KESIHATAN IBU - SALINAN / MATERNAL HEALTH RECORD (copy for referral)
[[FACILITY:Klinik Kesihatan Bandar Baru Bangi]]   Daerah: [[ADDRESS:Hulu Langat]], Selangor
No. Pendaftaran / Reg No: [[MRN:KKBBB/ANC/2024/0593]]

Nama / Name: [[NAME:Nur Farhana binti Abdul Rashid]]        No. K/P (MyKad): [[ID:960417-10-5526]]
Umur: 28   Bangsa: Melayu   Pekerjaan: Guru di [[FACILITY:SK Seksyen 4 Bandar Baru Bangi]]
Alamat: [[ADDRESS:No. 27, Jalan 4/3C]], [[ADDRESS:Seksyen 4]], [[ZIP:43650]] [[ADDRESS:Bandar Baru Bangi]], Selangor
Tel: [[PHONE:013-555 2947]]    Suami / Husband: [[NAME:Muhammad Hafiz bin Zainal]] [[PHONE:019-555 8031]] ([[FACILITY:Tenaga Nasional Berhad]])

G2P1, LMP [[DATE:12/02/2024]], EDD [[DATE:19/11/2024]] (corrected by dating scan [[DATE:08/04/2024]]). Colour code: KUNING (Yellow).
Risk factors: GDM (MOGTT [[DATE:06/05/2024]]: 0h 5.4, 2h 9.6 mmol/L), previous LSCS (2021, fetal distress, [[FACILITY:Hospital Kajang]]),
BMI 31.2 at booking.

Visit log
Tarikh       POA    BP        Wt(kg)  Urine  FH/FHR      Catatan / remarks                                 Petugas
[[DATE:08/04/24]]     8w     118/72    78.4    -      -           booking, CRL 17 mm, Edinburgh PND score 4        SN [[NAME:Kavitha a/p Muniandy]]
[[DATE:06/05/24]]     12w    120/70    78.9    -      -           MOGTT abnormal -> GDM, diet, SMBG                 Dr [[NAME:Ong Chee Keong]]
[[DATE:03/06/24]]     16w    116/74    79.6    -      -           SMBG ok, FBS 5.0-5.6                              SN [[NAME:Kavitha]]
[[DATE:01/07/24]]     20w    124/78    80.8    -      20/ 150     detailed scan normal ([[FACILITY:HTAR Klang]] FMU)               SN [[NAME:Siti Aminah Jusoh]]
[[DATE:29/07/24]]     24w    128/80    82.1    tr     24/ 146     FBS 6.1, 2HPP 8.9 -> start metformin 500 mg BD      Dr [[NAME:Ong]]
[[DATE:26/08/24]]     28w    134/86    84.0    +      29/ 142     ↑BP, prot +, headache - refer FMU                 Dr [[NAME:Rajendran s/o Subramaniam]]

Rujukan / Referral to: O&G Clinic, [[FACILITY:Hospital Sultan Idris Shah Serdang]], [[DATE:26/08/2024]] - r/o pre-eclampsia; GDM on metformin,
?LGA (SFH 29 cm at 28w); previous scar. PCR, FBC, LFT, RP sent. Transport: own (husband).
Pegawai Perubatan: Dr [[NAME:Rajendran s/o Subramaniam]]  (MMC [[ID:58813]])   Tel klinik [[PHONE:03-8925 5501]]
""")

# ---------------------------------------------------------------- 41 Hong Kong HA discharge summary (HKID, Cantonese names, districts)
doc("""
Hospital Authority  醫院管理局
[[FACILITY:KWONG WAH-TAI HING HOSPITAL]]  Department of Medicine & Geriatrics  Ward 9C
DISCHARGE SUMMARY (CMS)

Name: [[NAME:CHAN Tai Man]]  [[NAME:陳大文]]        HKID: [[ID:D342187(5)]]       Sex/Age: M/[[AGE>89:93]]
HN: [[MRN:HN19028833X]]       Episode: [[ID:HN240518077]]
Address: [[ADDRESS:Flat 1204, 12/F, Block B, Lok Fu Estate]], [[ADDRESS:Wang Tau Hom]], [[ADDRESS:Kowloon City]], [[ADDRESS:Kowloon]]
Contact: [[PHONE:2555 6123]] (home); daughter [[NAME:CHAN Mei Ling, Winnie]] [[PHONE:9555 3318]]
Admission: [[DATE:18/05/2024]]  Discharge: [[DATE:27/05/2024]]    Source: A&E ([[FACILITY:QEH]])
Attending: Dr [[NAME:WONG Ka Yan]] (AC)   MO: Dr [[NAME:Tsang Pak-Hei Harrison]]

Principal Dx: Aspiration pneumonia
Other Dx: Old CVA (L MCA, 2019) with R hemiparesis; dysphagia; HT; BPH; dementia (mod).

Progress: [[AGE>89:93]]-year-old gentleman, ex-restaurant chef at [[FACILITY:Tai Ping Koon]], lives in [[FACILITY:Grace Garden Care Home]]
([[ADDRESS:Sham Shui Po]]) since [[DATE:Feb 2022]], ADL-dependent (MBI 18/100). Admitted with fever 38.6 and SpO2 88% after
choking at lunch. CXR: RLL consolidation. Augmentin IV then PO. Speech therapist (Ms [[NAME:Lee Hoi Ching]]) assessed
on [[DATE:21/5]]: moderate oropharyngeal dysphagia, recommended thickened fluids (IDDSI level 2) and minced diet
(level 5), careful hand feeding. Family meeting [[DATE:23/5]] with daughter [[NAME:Winnie]] and son [[NAME:CHAN Chi Keung]] (from
[[ADDRESS:Toronto]]): discussed NGT vs careful hand feeding; family opted for careful hand feeding and comfort-focused
plan; ACP and DNACPR form signed ([[DATE:23/05/2024]]), copy to care home.

Medications on discharge: Amlodipine 5 mg daily; Tamsulosin 0.4 mg nocte; Donepezil stopped (agitation); Lactulose
10 mL BD; Augmentin 625 mg TDS till [[DATE:29/5]].

Follow-up: GOPD not needed - CGAT ([[FACILITY:KWH]]) to visit care home in 2 weeks; SOPD Geriatrics [[DATE:12/08/2024]] 9:30am.
Care home contact: Ms [[NAME:Ho Wai Sum]] (nurse i/c) [[PHONE:2555 7780]], fax [[PHONE:2555 7781]].

Electronically signed: Dr [[NAME:Tsang Pak-Hei Harrison]] (MO)  [[DATE:27-May-2024]] 15:08  User: [[ID:tph881]]
""")

# ---------------------------------------------------------------- 42 Philippines barangay health station referral + PhilHealth
doc("""
Republic of the Philippines
[[FACILITY:BARANGAY HEALTH STATION - BAGONG SILANGAN]]
[[ADDRESS:Brgy. Bagong Silangan]], [[ADDRESS:Quezon City]] [[ZIP:1119]]          RHU / Health Center: [[FACILITY:Payatas Health Center]]

REFERRAL SLIP                                                 Date: [[DATE:Nov. 7, 2024]]   Time: 10:45 AM
Referred to: [[FACILITY:Quezon City General Hospital]] - Pedia ER                    Mode: barangay ambulance (plate [[ID:SAB 4871]])

Name: [[NAME:DELA CRUZ, Juan Miguel Santos Jr.]]      Age: 2 y 4 mos     Sex: M     Bday: [[DATE:07/12/2022]]
Mother: [[NAME:Ma. Cristina Santos Dela Cruz]], 24, sari-sari store owner   Father: [[NAME:Jun-Jun Dela Cruz]], tricycle driver
Address: [[ADDRESS:Blk 14 Lot 22 Phase 3]], [[ADDRESS:Sitio Veterans]], [[ADDRESS:Brgy. Bagong Silangan]], [[ADDRESS:QC]]
CP #: [[PHONE:0917 555 2231]] / [[PHONE:0999 555 4418]]
PhilHealth No. (mother, dependent): [[ID:19-052218847-3]]    4Ps household ID: [[ID:137404001-00512]]
Family Serial No. (BHS): [[MRN:BS-FAM-0713]]

Chief complaint: fever x 4 days, rashes, "matamlay" (lethargic), vomiting 3x today, nosebleed this AM.
History: Fever 4 days, paracetamol given. Kapitbahay (Aling [[NAME:Nena]]) said may dengue daw sa kabilang kalye.
Rashes noted yesterday. Decreased intake, last wiwi 8 hrs ago. No seizures. Immunizations complete per
ECCD card except MMR 2 (missed [[DATE:Aug]] schedule - family moved from [[ADDRESS:Tacloban]]).

PE: T 37.2 (afebrile now), HR 148, RR 38, CRT > 3 sec, cold extremities, weak pulses. Petechiae bilateral legs,
(+) tourniquet test. Abdomen: liver 3 cm BCM, tender. Weight 11.2 kg.

Impression: Dengue with warning signs vs severe dengue (compensated shock) - for ER management.
Done: ORS started, given slowly; no IV access available. NS1 not available.

Referred by: [[NAME:Rowena P. Macaraeg]], RN (PHN)    PRC Lic. [[ID:0558812]]
Accompanied by: BHW [[NAME:Lorna Villanueva]] and mother.
Coordinated with [[FACILITY:QCGH]] ER by phone ([[PHONE:(02) 8555-0142]]) - ER nurse [[NAME:Jomar]] accepted 10:52.

---- RETURN SLIP (to be filled by receiving facility) ----
Received by: _______  Date: ______  Final Dx: ______
""")

# ---------------------------------------------------------------- 43 Jamaica public hospital A&E -> clinic referral, TRN, parishes
doc("""
[[FACILITY:SOUTH EAST REGIONAL HEALTH AUTHORITY]]
[[FACILITY:KINGSTON PUBLIC & VICTORIA JUBILEE HOSPITAL]] - ACCIDENT & EMERGENCY
[[ADDRESS:North Street]], [[ADDRESS:Kingston]]   Tel: [[PHONE:(876) 555-0162]]

Docket #: [[MRN:KPH-24-0091733]]            Date of visit: Saturday [[DATE:27th April 2024]]
Name: [[NAME:Devon Anthony McKenzie-Grant]]      DOB: [[DATE:12/09/1983]]   Age: 40    Sex: M
TRN: [[ID:118-447-902]]       NHF card: [[ID:NHF 0077 4412 9]]      JADEP: no
Address: [[ADDRESS:Lot 48, Hibiscus Drive]], [[ADDRESS:Havendale]], [[ADDRESS:Kingston 19]], [[ADDRESS:St. Andrew]]
Tel: [[PHONE:(876) 555-4471]] (cell, Digicel)   NOK: [[NAME:Claudette Grant]] (mother) [[PHONE:876-555-0291]]
Occupation: mechanic, [[FACILITY:Half-Way-Tree Auto Works]]

Triage 14:10 (Category 3, JTS). Brought by taxi from [[ADDRESS:Constant Spring]].
c/o: "Mi foot a swell up an' it hot" - L foot swelling x 5 days after stepping on a nail at work. Known diabetic
x 6 yrs on metformin, poor compliance ("mi stop tek it inna [[DATE:January]]"). Bush tea (cerasee) daily.

O/E: T 38.4, P 108, BP 146/92, RBS "HI" on glucometer -> lab glucose 31.2 mmol/L. Ketones urine +.
L foot: puncture wound plantar surface 1st MTP with surrounding cellulitis to ankle, fluctuant area 3 cm, crepitus
absent. DP pulse palpable. X-ray L foot: no gas, no FB, no osteomyelitic changes.

Dx: Infected puncture wound L foot with abscess; uncontrolled T2DM; mild DKA excluded (pH 7.34, HCO3 19).
Mx: I&D under ring/local block in A&E minor ops (Dr [[NAME:Shanique Powell]]) - 15 mL pus, swab C/S sent. Tetanus toxoid.
   IV clindamycin 600 mg; insulin sliding scale; IVF 2 L. Admitted to Medical Ward 5 under Dr [[NAME:O. Ramsaran]].

Follow-up after discharge: Diabetic clinic at [[FACILITY:Comprehensive Health Centre]], [[ADDRESS:Slipe Pen Road]]; NHF card renewal.
Social: lives with common-law wife [[NAME:Trudy-Ann Bailey]] and 3 children in [[ADDRESS:Havendale]]; no car.
Seen by: Dr [[NAME:Ravi Chin-Hing]] (SHO) / Consultant Dr [[NAME:Marcia Ebanks-Whyte]]
Signed: [[NAME:R. Chin-Hing]]   MCJ Reg [[ID:JM-6612]]    [[DATE:27/04/24]] 18:45
""")

# ---------------------------------------------------------------- 44 UK care home staff WhatsApp group export (England)
doc("""
WhatsApp Chat with [[FACILITY:Rosewood Lodge]] Nurses 🌹  (exported [[DATE:02/02/2024]] - attached to safeguarding record by manager)

[[DATE:31/01/2024]], 07:58 - [[NAME:Beata]] (Senior Carer): Morning all. Handover - Mrs [[NAME:D]] in rm 6 had a fall at 0320, found by [[NAME:Precious]] on the floor next to bed. no obvious injury, obs fine, NEWS 1. Accident form done. Family not called yet as it was night
[[DATE:31/01/2024]], 08:05 - [[NAME:Joy Adekunle]] RN: Thanks [[NAME:Beata]]. Which Mrs [[NAME:D]]? We have two 😅
[[DATE:31/01/2024]], 08:06 - [[NAME:Beata]] (Senior Carer): [[NAME:Doris Pemberton]] ([[AGE>89:98]]), not [[NAME:Dorothy]]
[[DATE:31/01/2024]], 08:09 - [[NAME:Joy Adekunle]] RN: Ok she's on apixaban so she needs 111 / GP review for head injury risk even if no obvious injury. I'll ring [[FACILITY:Hillside Surgery]] duty doc at 8.30. Will call her son [[NAME:Graham]] after, number in care plan [[PHONE:07700 900650]]
[[DATE:31/01/2024]], 08:41 - [[NAME:Joy Adekunle]] RN: Dr [[NAME:Farouk]] from [[FACILITY:Hillside]] says send to ED for CT as on DOAC. Ambulance booked via 111, ref [[ID:1179-4402-21]]. Wait 4-6 hrs 🙄
[[DATE:31/01/2024]], 08:43 - [[NAME:Kwame]] (Activities): I can sit with her till they come 👍
[[DATE:31/01/2024]], 10:17 - [[NAME:Joy Adekunle]] RN: Crew here ([[FACILITY:EMAS]]). Taking her to [[FACILITY:Royal Derby]]. [[NAME:Kwame]] going with her. Son meeting them there
[[DATE:31/01/2024]], 16:52 - [[NAME:Kwame]] (Activities): CT clear thank god 🙏 she is back on the ward asking for her tea lol. coming back by hospital transport
[[DATE:31/01/2024]], 17:10 - [[NAME:Magdalena Wiśniewska]] (Manager): Thank you all. Please remember NOT to use full names or room nos on here - we've had this conversation 🙈 Use initials only and put details on Nourish. I'll do the RIDDOR check + CQC notification if needed and the falls review with [[NAME:Anjali]] from the Falls Team tomorrow
[[DATE:31/01/2024]], 17:12 - [[NAME:Beata]] (Senior Carer): sorry [[NAME:Magda]] 🙏
[[DATE:01/02/2024]], 09:30 - [[NAME:Magdalena Wiśniewska]] (Manager): Falls review done. [[NAME:DP]]: sensor mat + low bed, PT referral, toileting at 0300. Also for info the new GP for [[NAME:DP]] + [[NAME:DR]] from [[DATE:1st March]] is Dr [[NAME:Hassan Farouk]], practice email [[EMAIL:hillside.surgery@nhs.example.net]]
[[DATE:01/02/2024]], 09:31 - [[NAME:Precious]] (Night Carer): Noted. ps CQC inspector rang the office yday, Mr [[NAME:Oyelaran-Hughes]] - he wants to come back next week
[[DATE:01/02/2024]], 09:33 - [[NAME:Magdalena Wiśniewska]] (Manager): Yes he's due w/c [[DATE:12th]]. Home address for rota queries: [[FACILITY:Rosewood Lodge]], [[ADDRESS:9 Ashbourne Road]], [[ADDRESS:Derby]] [[ZIP:DE22 3FS]], office [[PHONE:01332 555 018]]
""")

# ---------------------------------------------------------------- 45 Trinidad & Tobago private lab report, scanned / OCR, all-caps
doc("""
   [[FACILITY:MEDlCAL ASSOClATES LABORATORlES LTD]]                                  PAGE 1 OF 1
   [[ADDRESS:#18 CORNER 0F PEMBR0KE & DUKE STREETS]], [[ADDRESS:P0RT 0F SPAIN]]     TEL: [[PHONE:(868) 555-21O4]]
   [[URL:WWW.MEDASSOCLABS-EXAMPLE.TT]]      ** REPORT **

PATIENT: [[NAME:RAMKISSOON, SAVITRI DEVI]]          LAB N0: [[ID:MAL-24-033871]]
D.O.B.: [[DATE:O9-FEB-1934]]  AGE: [[AGE>89:9O]] YRS  SEX: F    NAT. ID: [[ID:19340209O47]]
ADDRESS: [[ADDRESS:LP 71 S0UTHERN MAIN R0AD]], [[ADDRESS:C0UVA]]
D0CT0R: DR. [[NAME:V1SHNU MAHARAJ]]    CLINIC: [[FACILITY:C0UVA MEDICAL CENTRE]]
C0LLECTED: [[DATE:14/O8/2024]] O7:35    RECEIVED: [[DATE:14/08/2024]] 09:10    REP0RTED: [[DATE:15/08/2O24]] 11:52
P0LICY: SAGICOR [[ID:GRP 0441-77319-02]]

T E S T                 R E S U L T        U N I T S        R E F.  R A N G E
---------------------------------------------------------------------------------
HAEMOGL0BIN             1O.2  L            g/dL              11.5 - 15.5
MCV                     1O1   H            fL                80 - 1OO
WBC                     6.4                x1O^9/L           4.0 - 11.O
PLATELETS               188                x1O^9/L           150 - 4OO
VITAMIN B12             98    L            pmol/L            145 - 569
FOLATE (SERUM)          9.1                ng/mL             > 3.9
TSH                     3.1O               mIU/L             0.4 - 4.O
CREATININE              112   H            umol/L            45 - 9O
eGFR (CKD-EPI)          38                 mL/min/1.73m2
HbA1c (IFCC)            52                 mmol/mol          < 48
PTH                     9.8   H            pmol/L            1.6 - 6.9
INTRINSIC FACT0R AB     P0SITIVE
C0MMENT: MACR0CYTIC ANAEMIA WITH L0W B12 AND POSITIVE IF ANTIB0DIES - C0NSISTENT WITH PERNICIOUS ANAEMIA (ADDIS0NIAN).
SUGGEST CLINICAL C0RRELATI0N. PREVI0US Hb 11.6 ([[DATE:MAR 2O24]]).
CRITICAL/ALERT: N0NE. RESULTS TELEPH0NED T0 NURSE [[NAME:J0Y]] AT CLINIC [[DATE:15/08]] 12:O5 BY [[NAME:K. B0ODHOO]].

VALIDATED BY: [[NAME:A. M0HAMMED-SINGH]], BSc, MSc (MED. LAB. SCI.)     [[DATE:15/O8/2O24]]
PATH0L0GIST: DR. [[NAME:R. DE FREITAS]], MB BS (UWI), FRCPath     
*** END 0F REP0RT *** [[DATE:15-O8-2O24]] 12:14 0PERATOR: [[ID:KBOO]]
""")


# ====================================================================== build + validate
MARK = re.compile(r"\[\[(" + "|".join(re.escape(t) for t in TYPES) + r"):(.*?)\]\]", re.S)


def strip(marked):
    out, spans, pos = [], [], 0
    clean_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        clean_len += len(chunk)
        surface = m.group(2)
        spans.append((clean_len, clean_len + len(surface), m.group(1), surface))
        out.append(surface)
        clean_len += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors = []
    records = []
    counts = collections.Counter()
    words_total = 0
    for i, marked in enumerate(DOCS, 1):
        did = "heldout%d-%02d" % (N, i)
        text, spans = strip(marked)
        if "[[" in text or "]]" in text:
            errors.append("%s: leftover markup" % did)
        prev_end = -1
        for s, e, t, surf in spans:
            if text[s:e] != surf:
                errors.append("%s: span text mismatch %r" % (did, surf))
            if not surf or surf != surf.strip():
                errors.append("%s: span starts/ends in whitespace %r" % (did, surf))
            if "[[" in surf or "]]" in surf or ":" in surf and surf.split(":")[0] in TYPES:
                errors.append("%s: nested markup %r" % (did, surf))
            if s < prev_end:
                errors.append("%s: overlap at %d" % (did, s))
            if t not in TYPES:
                errors.append("%s: bad type %s" % (did, t))
            prev_end = e
            counts[t] += 1
        nwords = len(text.split())
        words_total += nwords
        if not 150 <= nwords <= 700:
            errors.append("%s: %d words (outside 150-700)" % (did, nwords))
        records.append({"id": did, "text": text,
                        "spans": [[s, e, t] for s, e, t, _ in spans]})
    # the whole set must round-trip through JSON unchanged
    for r in records:
        back = json.loads(json.dumps(r, ensure_ascii=False))
        assert back == r
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(os.path.join(here, "eval_heldout%d.jsonl" % N), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    lines = ["notes: %d" % len(records), "words: %d" % words_total, "spans: %d" % total]
    for t in TYPES:
        lines.append("  %-9s %d" % (t, counts[t]))
    report = "\n".join(lines) + "\n"
    with open(os.path.join(here, "COUNTS.txt"), "w") as f:
        f.write(report)
    print(report, end="")
    print("validation OK")


if __name__ == "__main__":
    main()
