#!/usr/bin/env python3
"""Held-out evaluation set 5: synthetic clinical notes with inline PHI markup.

Markup: [[TYPE:text]] where TYPE is a full label or a short code (see CODES).
Run: python notes.py  -> writes eval_heldout5.jsonl and COUNTS.txt
"""
import json, re, os, sys
from collections import Counter

TYPES = ["NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP",
         "URL", "IP", "AGE>89", "ID", "FACILITY"]
CODES = {"N": "NAME", "D": "DATE", "P": "PHONE", "E": "EMAIL", "M": "MRN",
         "S": "SSN", "A": "ADDRESS", "Z": "ZIP", "U": "URL", "IP": "IP",
         "AG": "AGE>89", "ID": "ID", "F": "FACILITY"}
for t in TYPES:
    CODES[t] = t

MARK = re.compile(r"\[\[([A-Z>89]+):(.*?)\]\]", re.S)

NOTES = []

def add(text):
    NOTES.append(text.strip("\n"))

# 01 discharge summary
add("""
[[F:ST. BRIGID MEDICAL CENTER]]
[[A:1400 Harbor View Parkway]], [[A:Portsmouth]], NH [[Z:03801]]
DISCHARGE SUMMARY

Patient: [[N:Okonkwo, Adaeze R.]]        MRN: [[M:00482917]]        Acct #: [[ID:H26004418823]]
DOB: [[D:04/17/1932]]    Age: [[AG:94]]    Sex: F
Admit Date: [[D:11/19/2026]]    Discharge Date: [[D:11/24/2026]]
Attending: [[N:Harold T. Lindqvist]], MD    PCP: [[N:Renata Szabo]], DO ([[F:Seacoast Family Medicine]])

PRINCIPAL DIAGNOSIS: Acute on chronic HFpEF exacerbation
SECONDARY: CKD stage 3b, permanent AF on apixaban, HTN, OA of bilateral knees

HOSPITAL COURSE:
Ms. [[N:Okonkwo]] is a [[AG:94]] y/o woman brought in by her grandson [[N:Chidi]] after 4 days of increasing DOE and 3+ pitting edema to the knees. BNP 2,140 on arrival (baseline ~600 per records from [[F:Wentworth-Douglass Hospital]] dated [[D:March 2026]]). CXR with bilateral effusions, R>L. She was diuresed with IV furosemide 40 mg BID, net negative 5.1 L over the stay. Weight 71.2 kg -> 66.0 kg. Cr peaked at 1.9 on [[D:11/21]] and returned to 1.5 (baseline). K 3.4 repleted. Echo [[D:11/20/26]]: EF 60-65%, moderate TR, RVSP 52.

AF rate controlled on metoprolol succinate 50 mg daily. CHA2DS2-VASc 5. Apixaban continued at 2.5 mg BID (age >= 80, Cr >= 1.5).

Goals of care discussed with patient and her daughter [[N:Ngozi Okonkwo-Hale]] (HCP) on [[D:Sunday 11/22]]; patient remains full code but declines intubation "if it comes to that." MOLST updated.

DISCHARGE MEDICATIONS:
1. Furosemide 40 mg PO daily (NEW dose, previously 20 mg)
2. Metoprolol succinate 50 mg daily
3. Apixaban 2.5 mg BID
4. Acetaminophen 650 mg q6h PRN
5. Potassium chloride 10 mEq daily x 7 days

DISPOSITION: Home with VNA services via [[F:Seacoast Visiting Nurse Association]] (referral faxed to [[P:603-436-0299]]). Lives at [[A:27 Cutts Ave]], [[A:Portsmouth]] with grandson.

FOLLOW-UP:
- PCP Dr. [[N:Szabo]] within 7 days: appt [[D:Tues Dec 1]] at 10:40, phone [[P:(603) 436-7180]]
- Cardiology, Dr. [[N:Amit Bhattacharya]], [[D:12/15/2026]]
- BMP on [[D:11/27]] at [[F:Quest Diagnostics]] [[A:Newington]]

Daily weights; call if gain > 2 lb/day or 5 lb/week.

Electronically signed: [[N:Harold T. Lindqvist]], MD  [[D:11/24/2026]] 16:02
NPI [[ID:1487263950]]
cc: [[N:Renata Szabo]], DO; [[N:Amit Bhattacharya]], MD
""")

# 02 H&P
add("""
HISTORY AND PHYSICAL - MEDICINE ADMISSION
[[F:Lakeview Regional Hospital]], 5 North
Date of service: [[D:2026-10-03]]

Pt name: [[N:Darnell Whitaker]]   MRN [[M:LRH-3390172]]   DOB [[D:1961-08-29]] (65 yo M)
Source: pt, wife ([[N:Tamika]]), chart from [[F:Mercy Clinic Southside]]

CC: "my sugar's been over 400 and I can't keep nothing down"

HPI: 65M w/ DM2 (A1c 11.8% [[D:07/2026]]), HTN, HLD, tobacco use (40 pk-yr) p/w 2d N/V, polyuria, polydipsia. Ran out of insulin glargine ~[[D:9/25]] after pharmacy ([[F:Walgreens #09132]] on [[A:Gratiot Ave]]) said prior auth expired. Denies CP, SOB, fevers. Mild diffuse abd pain. No EtOH since [[D:Thanksgiving 2019]] per wife.

In ED: glucose 612, AG 24, bicarb 11, BHB 5.8 -> DKA. Started on insulin gtt per protocol, 3 L NS.

PMH: DM2 dx ~2008; HTN; HLD; L great toe amputation [[D:June 2023]] at [[F:Henry Ford Hospital]]; depression
PSH: as above; appy as child
Meds: glargine 30u qHS (not taking), lispro SSI, lisinopril 20, atorvastatin 40, sertraline 50
All: PCN (hives), sulfa
SH: lives w/ wife at [[A:1187 Lakepointe St]], [[A:Grosse Pointe Park]], MI [[Z:48230]]. Retired bus mechanic for DDOT. 1 ppd. No drugs.
FH: mother DM2, died of MI at 58; brother [[N:Reggie]] on HD.

ROS: otherwise neg x 10 systems

PE:
T 37.4  HR 118  BP 104/62  RR 26 (Kussmaul)  SpO2 97% RA  Wt 88 kg
Gen: ill-appearing, dry mucosa
CV: tachy, reg, no m
Lungs: CTAB
Abd: soft, mild diffuse TTP, no rebound
Ext: s/p L hallux amp, well healed; no ulcers. Monofilament absent bilat.
Neuro: A&Ox3, nonfocal

Labs: Na 129 (corr 138), K 5.6, Cl 94, HCO3 11, BUN 38, Cr 1.7 (baseline 1.1), WBC 14.2, lipase 61

A/P:
1. DKA, moderate-severe, precipitated by insulin nonadherence (cost/PA). Insulin gtt, q1h POC glucose, BMP q2h, K repletion when <5.3. Transition to SQ when AG closed x2.
2. AKI - prerenal, IVF, trend.
3. Access barrier - SW consult; [[N:Marisol]] from pharmacy to call insurer (HAP Member# [[ID:8829104471]]) re PA.
4. Tobacco - NRT patch 21 mg.
DVT ppx: heparin SQ. Code: FULL (confirmed w/ pt).

[[N:Kwame Asante-Boateng]], MD PGY-2, pager [[P:3427]]
Staffed with Dr. [[N:Ellen O'Rourke]]
""")

# 03 SOAP progress note, terse
add("""
PROGRESS NOTE  [[D:10/5/26]]  0712
[[N:Whitaker, D]]  [[M:LRH-3390172]]  Rm 512-B

S: feels "a lot better." tolerated cl liq, wants real food. no abd pain. slept ok. Wife [[N:Tamika]] at bedside overnight.
O: Tm 37.1 HR 88 BP 128/76 RR 16 98% RA
I/O 2.1/2.9
BG 142-198 on SQ glargine 24u + lispro SSI
BMP: Na 137 K 4.1 Cl 103 CO2 23 AG 11 BUN 21 Cr 1.2
A/P 65M w/ DKA resolved
1 DKA - resolved [[D:10/4]] 2200, off gtt. cont glargine 24u qHS + lispro 6u w/ meals + SSI. diabetic educator [[N:Bonnie Fry]] RN CDE to see today.
2 AKI - resolved
3 access - PA approved per [[N:Marisol]] (ref # [[ID:PA-26-7718354]]); 90-day supply sent to [[F:Walgreens #09132]]. Will also give manufacturer coupon.
4 tobacco - counseled, patch
5 dispo - home today after educ, f/u [[F:Mercy Clinic Southside]] w/ Dr [[N:Patel]] in 1 wk ([[D:10/12]]), endo referral to [[N:Joanna Kwiatkowski]] NP.

[[N:K. Asante-Boateng]] MD
""")

# 04 ED note
add("""
EMERGENCY DEPARTMENT PHYSICIAN NOTE
[[F:Good Samaritan Hospital of Dayton]] - ED
Arrival: [[D:Sat, Nov 14, 2026]] 23:47 via private vehicle
Pt: [[N:Kaylee Brooke Summers]]   DOB: [[D:02-09-2004]]   MRN: [[M:GS00981132]]
Triage ESI 3

CHIEF COMPLAINT: fall off bike, L wrist pain, "hit my head maybe"

HPI: 22 yo F w/ no sig PMH presents after falling from e-bike at approx 2300 on [[A:Brown St]] near the [[F:UD]] campus. +helmet. Unsure LOC, roommate [[N:Jasmine Tran]] states "she was out for like 10 seconds." Denies neck pain, vomiting. +EtOH (3 drinks). L wrist pain, FOOSH. Tdap unknown.

ROS: as per HPI, otherwise negative.

PMH: asthma (childhood). Meds: OCP. NKDA.
Social: student at [[F:University of Dayton]], lives on [[A:Kiefaber St]]. Occasional EtOH, no tobacco.

EXAM: T 36.8  HR 102  BP 132/84  RR 18  SpO2 99%  GCS 15
HEENT: 3 cm abrasion L forehead, no step-off. PERRL. No hemotympanum, no Battle sign.
Neck: no midline TTP; NEXUS negative.
L wrist: swelling dorsal distal radius, TTP snuffbox neg. NVI distally. Cap refill <2s.
Skin: abrasions L knee.

MDM: Canadian CT head rule: dangerous mechanism (e-bike ~20 mph?) and amnesia -> CT head obtained, negative for acute ICH (read by Dr. [[N:Feng Liu]], accession [[ID:CT2611140872]]). XR L wrist: nondisplaced distal radius fx (Colles type, minimal dorsal angulation). Sugar-tong splint placed by tech [[N:Marcus "Mack" DeLuca]].

Tdap given. Wounds irrigated.

DISPOSITION: Discharged [[D:11/15/2026]] 03:10 to care of roommate. Concussion precautions reviewed.
Follow-up: Ortho hand, [[F:Wright State Physicians Orthopaedics]] [[P:937.208.2091]] in 5-7 days.

Pt's mother, [[N:Dawn Summers]], called from [[A:Columbus]] at 0215 ([[P:614-555-0187]]); pt gave verbal OK to discuss.

[[N:Olusegun Adeyemi]], MD
Emergency Medicine
""")

# 05 radiology report
add("""
[[F:VALLEY IMAGING ASSOCIATES]] at [[F:Fresno Community Regional]]
[[A:2823 Fresno St]], [[A:Fresno]], CA [[Z:93721]]   Tel [[P:559-459-6000]]   Fax [[P:559-459-6017]]

EXAM: CT CHEST ABDOMEN PELVIS WITH IV CONTRAST
PATIENT: [[N:VANG, TOU]]          MRN: [[M:7710349]]
DOB: [[D:01/01/1958]]             ACCESSION: [[ID:FCR-CT-26-118842]]
ORDERING: [[N:Lisa M. Herrera-Cho]], MD
DATE OF EXAM: [[D:09/30/2026]] 08:14

CLINICAL HISTORY: 68-year-old male with weight loss 15 lb, hemoptysis. Former smoker.

TECHNIQUE: Helical CT of the chest, abdomen and pelvis after 100 mL Omnipaque 350 IV. DLP 1,104 mGy-cm. Coronal and sagittal reformats.

COMPARISON: CT chest [[D:14-Feb-2024]] from outside facility ([[F:Kaiser Permanente Fresno Medical Center]]), images uploaded via PowerShare.

FINDINGS:
CHEST: 3.4 x 2.8 cm spiculated mass in the right upper lobe (series 4, image 62), previously 0.9 cm. Abuts the pleura without definite chest wall invasion. Enlarged right paratracheal node 1.6 cm short axis (4R) and subcarinal node 1.4 cm (7). No pleural effusion. Centrilobular emphysema, upper-lobe predominant. Heart size normal. Coronary calcifications.
ABDOMEN: 1.9 cm left adrenal nodule, 28 HU on portal venous phase, indeterminate. Liver with 2 subcentimeter hypodensities too small to characterize. Kidneys, pancreas, spleen unremarkable.
PELVIS: Prostate mildly enlarged. No adenopathy. No free fluid.
BONES: Sclerotic focus T9 vertebral body 8 mm, nonspecific.

IMPRESSION:
1. Spiculated RUL mass, 3.4 cm, highly suspicious for primary bronchogenic carcinoma (Lung-RADS not applicable; diagnostic exam).
2. Right paratracheal and subcarinal adenopathy, suspicious for N2 disease.
3. Indeterminate left adrenal nodule; adrenal washout CT or PET/CT recommended.
4. Nonspecific 8 mm sclerotic T9 focus; attention on PET.

Critical finding communicated to Dr. [[N:Herrera-Cho]] by telephone at 09:02 on [[D:9/30/2026]], read-back confirmed.

Dictated by: [[N:Rajesh K. Subramaniam]], MD
Transcribed: [[N:kl]]   [[D:09/30/2026]]
""")

# 06 pathology report
add("""
SURGICAL PATHOLOGY REPORT
[[F:Northeast Ohio Pathology Consultants]]
Case: [[ID:S26-048813]]         Received: [[D:10/09/2026]]     Reported: [[D:10/13/2026]]
Patient: [[N:Kowalczyk, Teresa Ann]]    MRN: [[M:CC-5518204]]    DOB: [[D:6/2/1979]]
Submitting physician: [[N:Bernard Ashworth]], MD, [[F:Parma Medical Center]]
Copy to: [[N:Yuki Tanabe]], MD (Breast Surgery)

SPECIMENS:
A. Left breast, 2:00, 6 cm FN, ultrasound-guided core biopsy
B. Left axillary lymph node, core biopsy

CLINICAL HISTORY: 47 yo F, BI-RADS 5 mass on screening mammogram [[D:9/22/26]].

GROSS:
A. Received in formalin labeled "[[N:Kowalczyk, Teresa]] - L breast 2:00" are four tan-white cores, 1.2 to 1.8 cm. Entirely submitted in A1-A2. Cold ischemia < 1 hr; formalin time 10:41.
B. Received in formalin labeled with patient name and "L axilla" are two cores, 0.9 and 1.1 cm. Entirely submitted B1.  ([[N:JMP]]/[[N:rt]])

MICROSCOPIC / DIAGNOSIS:
A. Left breast, 2:00, core biopsy:
 - INVASIVE DUCTAL CARCINOMA (NST), Nottingham grade 2 of 3 (tubules 3, nuclei 2, mitoses 1; score 6/9)
 - Ductal carcinoma in situ, cribriform, intermediate nuclear grade
 - No lymphovascular invasion identified
 - Microcalcifications associated with DCIS
B. Left axillary lymph node, core biopsy:
 - METASTATIC CARCINOMA, consistent with breast primary (largest focus 4 mm on core)

BIOMARKERS (block A1): ER positive (95%, strong); PR positive (40%, moderate); HER2 IHC 2+ (equivocal) - reflex FISH sent to [[F:NeoGenomics Laboratories]], req [[ID:NG-7730145]]. Ki-67 ~20%.

Controls reviewed and appropriate.

Intradepartmental consultation: Dr. [[N:Priya Venkataraman]] concurs.

Electronically signed out by [[N:Joseph M. Pruett]], MD, on [[D:10/13/2026]] at 15:22
CLIA [[ID:36D0987612]]
""")

# 07 operative note
add("""
OPERATIVE REPORT

DATE OF SURGERY: [[D:August 3, 2026]]
PATIENT: [[N:Rosalind Birch]]   MRN: [[M:M00719043]]   DOB: [[D:3/3/1949]]
FACILITY: [[F:Bayfront Health St. Petersburg]], OR 7
SURGEON: [[N:Gideon Abernathy]], MD
ASSISTANT: [[N:Li Na Ma]], PA-C
ANESTHESIA: General endotracheal, [[N:Tomasz Wróblewski]], MD; CRNA [[N:Hope Castellanos]]

PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis with recurrent biliary colic
POSTOPERATIVE DIAGNOSIS: Same, with chronic cholecystitis
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram
EBL: 15 mL. FLUIDS: 1,100 mL LR. URINE: not measured (no Foley). DRAINS: none.
SPECIMEN: Gallbladder to pathology.
COMPLICATIONS: None.

INDICATIONS: 77-year-old woman with three ED visits since [[D:May]] for RUQ pain, ultrasound showing multiple stones, CBD 7 mm. Risks including bile duct injury, bleeding, infection, retained stone, conversion to open discussed; consent signed [[D:07/27/2026]] with daughter [[N:June]] present.

DESCRIPTION: After time-out, the patient was placed supine, general anesthesia induced, and abdomen prepped with ChloraPrep. Veress needle at Palmer's point, pneumoperitoneum to 15 mmHg. 5 mm optical trocar, then 12 mm umbilical, two 5 mm ports. Gallbladder fundus retracted cephalad; omental adhesions taken down. Hartmann pouch retracted laterally. Critical view of safety obtained with two structures only entering gallbladder and the hepatocystic triangle cleared; photo documented. Cystic duct ductotomy, Cook cholangiocatheter passed; cholangiogram showed free flow into duodenum, no filling defects, normal intrahepatic ducts. Cystic duct clipped x3 and divided; cystic artery clipped x2 and divided. Gallbladder dissected off liver bed with hook cautery, placed in Endo Catch bag, removed via umbilicus. Hemostasis. Fascia closed with 0 Vicryl; skin 4-0 Monocryl and Dermabond.

Counts correct x2 confirmed by circulating RN [[N:Grace Oyelaran]].

Patient extubated and taken to PACU stable. Plan: discharge same day if tolerating PO; follow up in clinic [[D:8/17]]. Office [[P:(727) 893-6110]].

[[N:G. Abernathy]], MD  /  dictated [[D:08/03/2026]], job #[[ID:4471920]]
""")

# 08 nursing note
add("""
NURSING NOTE - 6 WEST MED/SURG
[[D:11/28/2026]]  1930-0730 shift

Pt: [[N:Bill Hunter]] (pref. "[[N:Billy]]"), MRN [[M:88120457]], bed 6W-14
Age: [[AG:91]]   Code: DNR/DNI   Fall risk: HIGH (Morse 75)   Allergies: codeine

1945 - Received report from [[N:Carla M.]], RN. Pt resting in bed, alarm on, call light in reach. A&O x2 (person, place), baseline per daughter. Foley draining clear yellow urine. Bilat heels offloaded on pillows.
2100 - Pt requesting to go "home to [[A:Hanover]]." Reoriented, calmed with music. Daughter [[N:Faith Hunter-Lowry]] called ([[P:781-826-4402]]); updated on plan for PT eval tomorrow and possible transfer to [[F:Hanover Healthcare Center]] vs home with hospice. Daughter states son [[N:Will]] is flying in from [[A:Denver]] on [[D:12/2]].
2230 - Tylenol 650 mg PO given for L hip pain 4/10. Turned to R side.
0110 - Found sitting at edge of bed, attempting to stand. No fall. Bed alarm functioned. Sitter requested; [[N:Dominique]] (PCA) assigned 0130.
0300 - VS: T 36.9, HR 84 irreg, BP 118/64, RR 18, SpO2 94% on 2L NC. Lungs: fine crackles bilat bases.
0500 - Labs drawn by [[N:Arjun]] (phlebotomy). K 3.3 -> Dr. [[N:Mendel]] notified via Vocera, KCl 20 mEq PO ordered and given 0545.
0600 - Incontinent care, skin intact except stage 1 sacrum (documented [[D:11/26]]), Mepilex in place, changed.
0700 - Report given to [[N:Rose Ann Tully]], RN.

[[N:Sunita Gurung]], RN  (user [[ID:sgurung2]])
""")

# 09 social work note
add("""
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
[[F:Harborview Medical Center]] - Inpatient Care Management
Date: [[D:Oct 22 2026]]
Patient: [[N:Siosaia Fifita]]  MRN [[M:U4471902]]  DOB [[D:12/30/1970]]
Referral source: Dr. [[N:Amara Nwosu]] (hospitalist), re: unsafe discharge / housing

SW met with pt at bedside with Tongan interpreter ([[N:Mele]], ID [[ID:INT-2231]], via CyraCom). Pt is a 55 yo man admitted [[D:10/19]] with LE cellulitis and uncontrolled DM. He reports he was evicted from his apartment at [[A:4120 S Othello St]], [[A:Seattle]] [[Z:98118]] in [[D:August]] and has been sleeping in his 2009 Toyota Sienna (WA plate [[ID:BZR4417]]) in a church parking lot in [[A:Tukwila]]. Pt states his wife [[N:Losana]] and two teenage children are staying with her sister [[N:'Ana Taufa]] in [[A:Kent]] but "there is no room for me."

Income: SSDI $1,184/mo. Has Apple Health (Medicaid) ProviderOne ID [[ID:108837712WA]]. No phone currently - phone was stolen; can be reached via wife at [[P:(253) 867-5309]] or sister-in-law [[P:206 555 0144]].

Pt endorses low mood since eviction, PHQ-2 = 4 -> PHQ-9 = 14 (moderate). Denies SI/HI. Drinks "2-3 beers on weekends." No drug use.

Pt has strong ties to [[F:Tongan United Methodist Church]] in [[A:Rainier Valley]]; Rev. [[N:Sione Havili]] has offered to help ([[P:206-722-8091]]).

ASSESSMENT: 55 yo man with unstable housing, needing daily wound care and insulin, limited access to refrigeration/storage. High readmission risk (LACE 13).

PLAN:
1. Referral to [[F:Edward Thomas House]] medical respite - application sent [[D:10/22/2026]] via fax [[P:206.744.4119]], ref # [[ID:ETH-26-0781]].
2. Assist with new Lifeline phone application.
3. Connect with regional coordinated entry (case [[ID:KC-CE-558102]]).
4. Behavioral health referral to [[F:Asian Counseling and Referral Service]].
5. Will follow up [[D:Friday 10/23]].

[[N:Brianna Castillo-Nakamura]], MSW, LICSW
Ext [[P:4-5517]] | [[E:bcastillo@uw.edu]]
""")

# 10 psychiatry eval
add("""
PSYCHIATRIC EMERGENCY EVALUATION
[[F:Bellevue Hospital Center]] CPEP
Date/time: [[D:11/30/2026]] 02:15
Patient: "[[N:Tre]]" [[N:Jamal Robinson]]   MRN: [[M:BH-00471128]]   DOB: [[D:5/5/2001]]
Brought by: NYPD 2-9 Pct (officers [[N:Morales]] #[[ID:14421]] and [[N:Kaplan]]) on 9.41 MHL

ID/CC: 25 yo single Black man, unemployed, domiciled with grandmother [[N:Loretta Robinson]] ([[AG:92]] years old) at [[A:511 W 135th St]], apt 4C, [[A:NYC]], brought in after neighbor reported him "talking to the walls and threatening to throw the TV out the window."

HPI: Pt is a guarded historian. Endorses hearing "the voice of [[N:Marcus]]" (deceased cousin) for 3 weeks telling him the building is wired. Stopped Abilify Maintena after last injection [[D:mid-September]] ("it made me slow"). Reports poor sleep x 1 week, ~2 hrs/night. Denies SI. Endorses vague HI toward upstairs neighbor "Mr. [[N:G]]" whom he believes is listening through vents; no plan, no weapon access per pt. Cannabis daily, denies K2, denies EtOH. Utox pending.

Collateral: Grandmother by phone ([[P:212-281-0573]]): pt "not himself" for a month, not eating, pacing at night. She is afraid of him but "don't want him locked up." Outpt psychiatrist Dr. [[N:Hye-jin Seo]] at [[F:Harlem Hospital]] MHC, last seen [[D:8/14]].

PPH: Schizophrenia dx age 19. 4 prior admissions (last [[F:Kirby Forensic]] - no, corrected: [[F:Manhattan Psychiatric Center]] 2024... ). No suicide attempts. H/o violence: punched brother 2022.

MSE: disheveled, malodorous, poor eye contact, psychomotor agitation, speech pressured, mood "fine," affect irritable/labile, thought process tangential, TC + paranoid delusions, + AH, denies VH, denies SI, + passive HI w/o plan, insight poor, judgment impaired. Alert, oriented x3.

RISK: acute risk of harm to others moderate-high given paranoia targeting neighbor, nonadherence, cannabis.

PLAN:
- Admit to inpatient psychiatry under 9.39 (2PC). Second physician: Dr. [[N:Ferhat Yildiz]].
- Olanzapine 10 mg PO/IM prn agitation; restart LAI after discussion.
- APS referral re grandmother's safety? -> SW to assess; grandmother declines.
- Notify MHLS.

[[N:Aviva Rosenthal-Baum]], MD, Attending Psychiatrist
""")

# 11 pediatrics well-child
add("""
[[F:Sunny Meadows Pediatrics]]
[[A:880 Wadsworth Blvd]], Suite 210, [[A:Lakewood]], CO [[Z:80214]]  ph [[P:303-233-4455]]

WELL CHILD CHECK - 4 YEAR
DOS: [[D:9/9/2026]]
Patient: [[N:Mateo Ignacio Reyes-Quispe]]   DOB: [[D:09/02/2022]]   Chart #: [[M:SMP-20411]]
Accompanied by: mother [[N:Valeria Quispe]] and younger sister [[N:Luna]] (18 mo)
Insurance: CHP+  ID [[ID:K119204433]]

Interval hx: Doing well. Started preschool at [[F:Kendallvue Early Learning Center]] in [[D:August]]. Mom concerned he "won't eat anything green." Snores occasionally, no witnessed apneas. No ED visits since last WCC. Sleeps 10-11 hrs. Screen time ~2 hrs/day.

Development: ASQ-3 passed all domains. Speaks in full sentences, mostly intelligible to strangers. Hops on one foot, draws person w/ 3 parts. Knows colors. Can tell you his name, "[[N:Mateo]]," and age.

Diet: whole milk ~24 oz/d (counseled to decrease to 16 oz), juice 1 cup.
Dental: has dentist ([[F:Kids Smiles Dental]], last [[D:March]]). Fluoride varnish applied today.

PE:
Wt 17.1 kg (58%ile), Ht 104 cm (55%ile), BMI 15.8 (52%ile), BP 96/58
HEENT: TMs clear, tonsils 2+, no exudate. Teeth - no caries.
Heart RRR no murmur. Lungs clear. Abd soft. GU nl Tanner 1 male, testes descended bilat. Skin: cafe-au-lait macule L thigh 1 cm (only one).
Vision: 20/30 OU (Sloan). Hearing: pass 20 dB bilat.

Immunizations today: DTaP #5, IPV #4 (Kinrix lot 7H3KP, L deltoid); MMRV #2 (ProQuad lot Y009412, R deltoid). Flu vaccine - mom declines today, will reconsider.
VIS given. Tolerated well.

A/P:
1. WCC 4 yo - normal growth & development.
2. Picky eating - reassurance; division of responsibility handout (Satter).
3. Snoring - mild, monitor; if worsens, consider ENT.
4. Anticipatory guidance: booster seat, water safety, toothbrushing 2x/day.

RTC 5 yr WCC ~ [[D:September 2027]].

[[N:Naomi Whitfield-Ortiz]], MD  [[D:9/9/26]]
""")

# 12 OB prenatal / L&D
add("""
L&D TRIAGE NOTE
[[F:Women & Infants Hospital of Rhode Island]]
[[D:Thu 10/1/26]] 14:05

[[N:Nguyen Thi Lan]] ("[[N:Lana]]")  DOB [[D:7/11/1994]]  MRN [[M:WIH2209381]]
G3P1011 @ 34w2d by 8wk US (EDD [[D:11/16/2026]])
Prenatal care: [[F:Providence Community Health Centers]] - [[N:Cheryl Ann Bouchard]], CNM
Interpreter: Vietnamese, phone interpreter [[N:Huong]] ID [[ID:336014]]

CC: HA and "seeing spots" since this AM.

HPI: 32yo G3P1011 with cHTN (on labetalol 200 BID), presents with frontal HA 7/10 unrelieved by Tylenol and scotomata x 4 hrs. + RUQ discomfort. Denies LOF, VB, ctx. +FM. Pregnancy complicated by A1GDM (diet controlled, GCT 162 on [[D:8/3]]).

PNL: O+, Ab screen neg, RI, HBsAg neg, HIV neg, GBS pending. First pregnancy SVD 2019 in [[A:Ho Chi Minh City]]; SAB 2023.

VS: BP 168/112 -> repeat 172/108 (15 min). HR 92. T 36.7. SpO2 98%
Exam: 2+ LE edema, DTRs 3+ with 2 beats clonus. FHT 140s mod var, + accels, no decels (Cat I). Toco: irritability.
SVE: 1/50/-3 per [[N:A. Kaczmarek]] RN.

Labs: Plt 98K, AST 112, ALT 140, Cr 0.9, UPC 2.4, LDH 410

A/P: 32yo G3P1011 @ 34w2d with preeclampsia w/ severe features (BP, sx, transaminitis, thrombocytopenia)
- Admit L&D. Mag sulfate 6 g load / 2 g/h.
- Labetalol 20 mg IV now, per severe HTN protocol.
- BMZ #1 now (12 mg IM), #2 in 24h.
- Plan IOL after BMZ if maternal/fetal status allows; MFM Dr. [[N:Oyinkansola Bakare]] aware.
- NICU consult - Dr. [[N:Peter van der Berg]].
- Husband [[N:Tuan]] updated at bedside ([[P:401.555.0123]]); requests female providers when possible.

[[N:Elena Petrakis]], MD (PGY-3 OB/GYN) / Attending [[N:R. Goldfarb]]
""")

# 13 oncology consult
add("""
HEMATOLOGY/ONCOLOGY NEW PATIENT CONSULTATION

[[F:Dana-Farber Cancer Institute]]
[[A:450 Brookline Avenue]], [[A:Boston]], MA [[Z:02215]]

Date: [[D:October 20, 2026]]
Patient: [[N:Teresa A. Kowalczyk]]   [[F:DFCI]] MRN: [[M:01-448-273]]   DOB: [[D:06/02/1979]]
Referring: [[N:Yuki Tanabe]], MD, Breast Surgery, [[F:Cleveland Clinic]]
Reason: newly dx L breast IDC, cN1, second opinion re neoadjuvant tx

Dear Dr. [[N:Tanabe]],

Thank you for referring Mrs. [[N:Kowalczyk]], a 47-year-old premenopausal woman who is relocating to [[A:Newton]], MA for her husband's job. She presented with a screen-detected L breast mass ([[D:9/22/26]]). Core bx [[D:10/9/26]] ([[ID:S26-048813]]) showed IDC grade 2, ER 95%, PR 40%, HER2 2+ IHC with FISH non-amplified (ratio 1.4, avg HER2 copy 3.1), Ki-67 20%. Axillary core: metastatic carcinoma. MRI [[D:10/16]] shows 2.8 cm index mass, one additional enlarged level I node, no contralateral disease. Staging CT and bone scan negative.

Family history: mother [[N:Helena]] breast ca age 52; maternal aunt ovarian ca. Germline testing ([[F:Invitae]], req [[ID:RQ4471821]]) pending.

Social: married to [[N:Michael]], 2 children ages 12 and 9. Works as a CPA. Never smoker.

Exam: ECOG 0. L breast 3 cm firm mass at 2:00, L axillary node 1.5 cm mobile. No supraclavicular LAD.

ASSESSMENT: cT2 cN1 M0, stage IIB, HR+/HER2-neg, grade 2 IDC.

RECOMMENDATIONS:
1. Oncotype not applicable pre-op; I favor neoadjuvant chemotherapy (ddAC-T) given node-positive premenopausal status, or alternatively upfront surgery followed by genomic assay (MammaPrint) as discussed in MINDACT. She leans toward neoadjuvant.
2. Fertility consult with Dr. [[N:Shira Feldblum]] before chemo start.
3. Port placement.
4. Consider OFS + AI adjuvantly; abemaciclib if high-risk criteria.
5. Clinical trial screening: eligible for [[F:DFCI]] 24-318; research RN [[N:Kathleen O'Shea]] ([[P:617-632-4400 x 6]]) will contact.

Sincerely,
[[N:Anjali R. Deshpande]], MD
Breast Oncology Center

cc: [[N:Joseph M. Pruett]], MD; patient via portal
""")

# 14 cardiology device clinic
add("""
DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
[[F:Piedmont Heart Institute]]  Device Clinic  |  [[P:404.605.5000]]

Patient: [[N:Eugene "Gene" Pettigrew]]   DOB: [[D:01/28/1935]]   Age: [[AG:91]]   MRN [[M:PH44019283]]
Transmission received: [[D:2026-11-27]] 03:12 (scheduled)
Device: Medtronic Azure XT DR MRI SureScan, model W1DR01, SN [[ID:RNB418823S]]
Implanted: [[D:04/11/2019]] by Dr. [[N:Kessler]] at [[F:Piedmont Atlanta Hospital]]
Leads: RA 5076-52 SN [[ID:PJN6640218]]; RV 5076-58 SN [[ID:PJN6641377]]
Indication: sick sinus syndrome, tachy-brady
Monitor: MyCareLink Smart, paired to phone ending [[P:4417]]

Battery: 2.98 V, RRT est 3.5 years
RA: P wave 2.8 mV, impedance 494 ohm, threshold 0.625 V @ 0.4 ms
RV: R wave 11.2 mV, impedance 532 ohm, threshold 0.750 V @ 0.4 ms
Mode DDDR 60/130. AP 78%, VP 4% (MVP on)

Episodes since last ([[D:8/28/26]]):
- AT/AF: 6 episodes, longest 4h 12m on [[D:10/30]], total AF burden 1.8%
- VHR: 1 episode, 9 beats, 178 bpm, [[D:11/16/26]] 14:41, appears NSVT
- No mode switches > 24h

Assessment: Normal device function. New AF burden (prior 0%). CHA2DS2-VASc = 4 (age, HTN, female?? - no, male; age >= 75 = 2, HTN 1, DM 1) = 4. Not currently anticoagulated.

Plan: Message sent to EP attending Dr. [[N:Priyanka Chaudhary-Ross]] re anticoagulation and to PCP Dr. [[N:Lamar Oduya]] at [[F:Wellstar Kennestone]]. Next remote [[D:02/26/2027]]. Annual in-clinic check due [[D:April 2027]].

Called pt's home; spoke w/ daughter-in-law [[N:Patrice]] at [[P:770-424-1183]], pt verified by name + DOB. She will bring him to appt.

[[N:Corinne Dufresne]], RN, CCDS   [[D:11/30/2026]]
""")

# 15 dialysis run note
add("""
[[F:Fresenius Kidney Care - East Tucson]]
HEMODIALYSIS TREATMENT RECORD

Name: [[N:ESPINOZA, RAMON]]   Pt ID: [[M:FKC-0092817]]   DOB [[D:11-03-1952]]   SSN [[S:XXX-XX-6631]]
Tx date: [[D:11/27/2026]]   Chair 9   Shift: MWF 2nd
Nephrologist: Dr. [[N:V. Oyelowo]]   Charge RN: [[N:Holly Begay]]
Machine: 2008T #[[ID:8T7J220947]]   Dialyzer: Optiflux F180NR

Access: L brachiocephalic AVF (placed [[D:03/2021]], Dr. [[N:Amsel]]). Thrill/bruit +. 15g needles x2, antegrade/retrograde, cannulated by [[N:J. Whitehorse]] PCT.
EDW 78.0 kg   Pre wt 81.9 kg   Post wt 78.4 kg   UF goal 3.7 L   UF actual 3.5 L
Pre BP 168/84 HR 76   Post BP 142/78 HR 80
Qb 400  Qd 600  Bath 2K/2.5Ca  Time 3h45m  Heparin 2000 u bolus + 1000 u/hr
Kt/V (monthly [[D:11/6]]): 1.42    URR 72%

Intradialytic events: 1520 cramping L calf, UF paused 10 min, NS 200 mL given, resolved. No hypotension.
Meds given: Mircera 100 mcg IV, Venofer 100 mg IV (#3 of 10).

Labs monthly: Hgb 9.8, Alb 3.6, PO4 6.4, Ca 8.9, PTH 612, K 5.4
Pt reports eating "a lot of tamales" over [[D:Thanksgiving]] weekend with family. Diet counseling by RD [[N:Soledad Ybarra]] - binder adherence reviewed (sevelamer 800 mg 2 w/ meals).

Transplant: on list at [[F:Banner - University Medical Center Tucson]], UNOS ID [[ID:AHN4471]]. Son [[N:Gabriel]] in donor workup.

Pt asked to reschedule [[D:Fri 12/4]] tx due to grandson's graduation in [[A:Nogales]]; moved to [[D:Sat 12/5]] 1st shift per SW [[N:Teodora]].

Signed: [[N:Holly Begay]], RN  [[D:11/27/26]] 1810
""")

# 16 hospice / home health visit
add("""
[[F:Compassus Hospice of the Ozarks]]
HOSPICE RN VISIT NOTE - ROUTINE

Patient: [[N:Opal Mae Thornbury]]      Hospice ID: [[M:HSP-26-03317]]
DOB: [[D:2/14/1929]]   ([[AG:ninety-seven]] y.o.)
Address: [[A:RR 3 Box 114]], [[A:Mountain Home]], AR [[Z:72653]] ([[A:Baxter County]])
Dx: Alzheimer dementia, FAST 7c.  Admit to hospice [[D:6/30/2026]]
Attending: Dr. [[N:Silas Greenlee]]; Hospice MD: Dr. [[N:Adaora Eze]]
Primary caregiver: granddaughter [[N:Crystal Thornbury-Mayes]], cell [[P:870 425 9966]]
Visit: [[D:Monday, November 30, 2026]], 0930-1045, in home

S: Granddaughter reports pt taking only 3-4 bites of pudding per meal and sips of Ensure. Sleeping ~20 hrs/day. One episode of moaning last night relieved by morphine 5 mg SL. Family from [[A:Springfield]] visiting this weekend; pastor Brother [[N:Dale Yount]] of [[F:Gassville First Baptist]] came [[D:Sunday]].

O: BP 92/54, HR 104 irreg, RR 22 with periods of apnea ~10 sec, SpO2 89% RA, temp 99.1 axillary. Mottling bilateral knees and feet. Skin: sacral wound stage 3 (2.5 x 2 x 0.3 cm), no odor, granulation 50%, dressed with Medihoney & foam. Mouth dry, mouth care done. Indwelling Foley 16 Fr (placed [[D:11/12]]) draining 150 mL amber.
PPS 10%. PAINAD 2 at rest.

A: Actively declining; likely in transition phase, prognosis days to short weeks.

P:
- Scheduled morphine 2.5 mg SL q4h + q1h PRN; glycopyrrolate for secretions. Order received from Dr. [[N:Eze]] by phone.
- Comfort kit in home (Rx #[[ID:6620913]] from [[F:Baxter Regional Pharmacy]]).
- Increase RN visits to daily; CHPRN [[N:Toby Nance]] to cover weekend.
- Chaplain Rev. [[N:Lottie Skaggs]] to visit [[D:12/1]].
- Educated family on signs of imminent death; 24/7 line [[P:1-800-442-7731]].

[[N:Delphine Arceneaux]], RN, CHPN
""")

# 17 prior authorization letter (pharmacy)
add("""
[[F:Kroger Specialty Pharmacy]]
[[A:3200 Lake Emma Rd]], [[A:Lake Mary]], FL [[Z:32746]]
Phone [[P:1 (855) 733-3126]] | Fax [[P:1 (877) 410-8822]]

[[D:November 23, 2026]]

Humana Clinical Pharmacy Review
[[A:PO Box 14601]], [[A:Lexington]], KY [[Z:40512-4601]]
Fax: [[P:(877) 486-2621]]

RE: Request for Formulary Exception / Prior Authorization
Member: [[N:Genevieve L. Marchetti]]
DOB: [[D:12-19-1956]]
Humana ID: [[ID:H41882093-01]]   Group: [[ID:XN772]]   Rx BIN 610649 / PCN 03200000
Medication: Dupixent (dupilumab) 300 mg/2 mL prefilled pen, 300 mg SC q2 weeks after 600 mg load
Prescriber: [[N:Marguerite Aldana]], MD, Allergy & Immunology, NPI [[ID:1952334870]], DEA [[ID:BA4418276]]

To Whom It May Concern:

I am writing on behalf of our mutual patient, Ms. [[N:Marchetti]], to request coverage of Dupixent for severe eosinophilic asthma with comorbid chronic rhinosinusitis with nasal polyps. Her claim was rejected on [[D:11/18/2026]] (reject code 75, claim [[ID:2611184430172]]).

Ms. [[N:Marchetti]] is a 69-year-old woman with asthma since childhood. Despite adherence to high-dose ICS/LABA (Breo Ellipta 200/25 one inhalation daily) plus tiotropium (Spiriva Respimat 2.5 mcg 2 puffs daily) and montelukast 10 mg, she required oral prednisone bursts on [[D:1/6/26]], [[D:4/29/26]], and [[D:9/2/26]], and was hospitalized at [[F:AdventHealth Orlando]] [[D:7/14]]-[[D:7/17/2026]]. Blood eosinophils 610 cells/uL ([[D:10/02/2026]]); FeNO 58 ppb; FEV1 54% predicted. She was previously on mepolizumab (Nucala) from [[D:Feb 2025]] through [[D:Jan 2026]] with inadequate response (3 exacerbations in that period). She had FESS with Dr. [[N:Tobias Enwright]] in 2021 with polyp recurrence.

Dupilumab is FDA-approved for both conditions and is the most appropriate next step per GINA 2025 step 5. Denial would likely result in further steroid exposure (she already has osteopenia, T-score -2.1) and hospitalizations.

Please contact me at [[P:407-303-5600 ext. 2281]] or our specialty pharmacy liaison [[N:Deshawn Kimbrough]], CPhT, at [[E:dkimbrough@krogerspecialty.com]] with any questions.

Sincerely,

[[N:Marguerite Aldana]], MD
[[F:Central Florida Asthma & Allergy]], [[A:Winter Park]]
""")

# 18 referral letter
add("""
[[F:Blue Ridge Family Health]]
[[A:118 Patton Ave]], Ste 300
[[A:Asheville]], North Carolina [[Z:28801]]
T: [[P:828.252.4410]]   F: [[P:828.252.4419]]

[[D:11/12/2026]]

[[N:Thaddeus Mbeki-Langley]], MD
Neurology, [[F:Mission Hospital]]
[[A:509 Biltmore Ave]], [[A:Asheville]], NC [[Z:28801]]

Re: [[N:Ezekiel "Zeke" Hollifield]]     DOB [[D:08/21/1948]]     Our chart [[M:BRFH-77431]]

Dear [[N:Thad]],

I'd appreciate your seeing [[N:Zeke]], a 78-year-old retired furniture maker from [[A:Marshall]] ([[A:Madison County]]), for evaluation of progressive rest tremor and gait change. His wife [[N:Ruby]] first noticed micrographia when he was signing Christmas cards last [[D:December]], and since about [[D:May]] he shuffles and has had two near-falls. On exam today he has a 4-5 Hz pill-rolling tremor R>L, cogwheel rigidity at the right wrist, bradykinesia on finger taps, hypomimia, and reduced arm swing on the right. No orthostasis (128/80 -> 124/78). MoCA 26/30. He has been on metoclopramide? - No; I reviewed the med list carefully and there are no dopamine blockers. I'm suspicious of idiopathic Parkinson disease but would value your opinion on a DaTscan vs. levodopa trial.

Other history: HTN, BPH (tamsulosin 0.4 mg), remote L TKA. He takes no anticoagulant. Brother ([[N:Clyde]]) had "shaking palsy" in his 70s.

He prefers morning appointments and his wife drives. Best contact: home [[P:828-649-3312]] (landline, no cell). Medicare ID [[ID:4TE9-QX1-MK72]]; secondary AARP Supplement.

Records enclosed: last 2 office notes, BMP/CBC/TSH from [[D:10/28/26]], B12 412.

Thanks as always,

[[N:Rebecca Lunsford]], MD
Family Medicine

Enclosures (7 pages)
cc: pt
""")

# 19 consult letter (endocrine reply)
add("""
[[F:UCSF Endocrine Clinic]] at [[F:Mount Zion]]
[[A:1825 Fourth Street]], 3rd Floor, [[A:San Francisco]], CA [[Z:94158]]

[[D:September 18, 2026]]

[[N:Carmen Villalobos]], NP
[[F:La Clínica de la Raza]] - Fruitvale
[[A:3451 E 12th St]], [[A:Oakland]], CA [[Z:94601]]

RE: [[N:José Ángel García-Márquez]]
DOB: [[D:March 4, 1983]]
[[F:UCSF]] MRN: [[M:44820193]]

Dear Ms. [[N:Villalobos]],

Thank you for asking me to see Mr. [[N:García-Márquez]], a 43-year-old man referred for hypercalcemia. I saw him today with his sister, [[N:Ximena]], who interpreted at his request (he declined a professional interpreter after it was offered).

He has had calcium 10.9-11.4 mg/dL on three occasions since [[D:January]], with PTH 98 pg/mL (inappropriately elevated), 25-OH vitamin D 18, Cr 0.9, and 24-h urine calcium 342 mg. He had a left ureteral stone passed in the ED at [[F:Highland Hospital]] on [[D:6/21/2026]]. No family history of hypercalcemia, pituitary or pancreatic tumors. He takes no thiazide or lithium.

DXA ([[D:8/30/26]]): L-spine T -1.2, total hip -0.8, distal 1/3 radius -2.6.

Impression: primary hyperparathyroidism, symptomatic (nephrolithiasis, hypercalciuria > 300 mg/d, radius T-score < -2.5). He meets surgical criteria per the 2022 Fifth International Workshop guidelines, and at 43 is young for this; MEN1 is unlikely but I've sent genetic testing.

Plan:
1. Sestamibi SPECT/CT and 4D-CT (ordered, [[F:UCSF Radiology]] will call him at [[P:510-555-0199]]).
2. Replete vitamin D: cholecalciferol 2,000 IU daily.
3. Referral to endocrine surgery - Dr. [[N:Quan-Yang Duh]]'s group.
4. Hydration > 2.5 L/day.

I will see him back after the imaging. Please don't hesitate to call me at [[P:(415) 353-2350]].

Best regards,

[[N:Helga Sørensen-Abiodun]], MD, PhD
Associate Professor of Medicine
""")

# 20 patient portal message thread
add("""
MyChart Message Thread - [[F:Sanford Health]]
Patient: [[N:Brynn Halvorsen]] (MRN [[M:SH0044712]]) | Proxy: [[N:Erik Halvorsen]] (spouse)

-----
From: [[N:Brynn Halvorsen]]
To: Dr. [[N:Okafor]]'s care team
Sent: [[D:11/25/2026]] 9:14 PM
Subject: rash after new med??

hi dr [[N:okafor]], I started the lamotrigine 25 you gave me on the [[D:16th]] and now I have this itchy red rash on my chest and arms, started yesterday. no fever. mouth is fine. should I stop it?? I attached a pic. also my pharmacy is the [[F:Hy-Vee]] on [[A:41st St]] in [[A:Sioux Falls]] now not the [[F:Lewis Drug]] anymore. thx - [[N:Brynn]]
ps my new cell is [[P:605-201-8834]]

-----
From: [[N:Kaitlyn Brandt]], RN
Sent: [[D:11/26/2026]] 7:52 AM

Hi [[N:Brynn]], thank you for the photo. Please STOP the lamotrigine now and do not restart. Dr. [[N:Okafor]] would like you seen today - I have scheduled you at 11:20 AM today ([[D:Thanksgiving Day]], urgent care hours) at [[F:Sanford 26th & Sycamore Clinic]]. If you develop fever, blisters, sores in your mouth or eyes, or skin peeling, go to the Emergency Department immediately. I've updated your pharmacy to [[F:Hy-Vee #1024]].
[[N:Kaitlyn B.]], RN

-----
From: [[N:Brynn Halvorsen]]
Sent: [[D:11/26/2026]] 8:03 AM

ok ill be there. [[N:erik]] will drive. is it ok to take benadryl

-----
From: [[N:Chukwuemeka Okafor]], MD
Sent: [[D:11/26/2026]] 4:40 PM

[[N:Brynn]] - saw the urgent care note from Dr. [[N:Lindgren]], glad it looks like a simple drug rash without mucosal involvement. Yes Benadryl 25 mg at night is fine. We will not use lamotrigine again; I added it to your allergy list. Let's talk about other mood stabilizer options at your visit on [[D:Dec 8]]. If you want to read more: [[U:https://www.sanfordhealth.org/medical-services/behavioral-health]].
Happy [[D:Thanksgiving]],
Dr. [[N:O]]

-----
Message audit: read by patient [[D:11/26/2026]] 17:02 from IP [[IP:174.21.88.140]]
""")

# 21 telephone encounter
add("""
TELEPHONE ENCOUNTER
[[F:Riverside Family Practice]]    Phone note
Date: [[D:11/30/26]]   Time: 10:22
Caller: [[N:Marguerite "Peggy" Doucet]] (daughter; identity verified w/ pt DOB + last 4 SSN [[S:3318]])   Callback: [[P:(337) 232-0917]] / work [[P:337.291.5500 x118]]
Patient: [[N:Lucien Doucet]]   DOB [[D:07/04/1931]]   MRN [[M:RFP-009812]]

Reason for call: Daughter states dad ([[AG:95]]) "fell again [[D:Saturday]] night" at home on [[A:Bayou Tortue Rd]] in [[A:Broussard]]; got himself up, no head strike she knows of, not on blood thinners. Now c/o R hip pain, walking with walker but "slower than usual." Also more confused since [[D:Sunday]]; daughter wonders about UTI - urine dark and smelly. Eating ok. No fever that she knows of (no thermometer).

Per protocol (Schmitt-Thompson: Fall in elderly): recommended same-day evaluation. Daughter declines ED ("he hates [[F:Lafayette General]]"), asks for appt.

Spoke w/ Dr. [[N:Boudreaux]] - ok to work in today at 2:45 PM, obtain UA/UCx, R hip XR. If worsening pain/can't bear weight -> ED.

Daughter verbalized understanding. Will also bring home med list; pt gets meds from [[F:Broussard Discount Pharmacy]] ([[P:337-837-2811]]). Pt's son [[N:Remy]] (in [[A:Houston]]) to be updated by daughter.

Note also: daughter asked about home health; form for [[F:Acadian Home Health]] to be completed at visit. Fax [[P:337-235-8010]].

[[N:Tiffani LeBlanc]], LPN
Routed to: [[N:Jean-Paul Boudreaux]], MD
""")

# 22 dictated transcript, all lower case
add("""
dictation - job [[ID:88213904]] - [[F:mercy hospital springfield]] - dictated [[D:11/29/2026]] transcribed [[D:11/30/2026]]

this is dr [[N:kathryn ellsworth]] dictating an admission note on [[N:raymond "ray" pickens]], medical record number [[M:5577041]], date of birth [[D:february ninth nineteen fifty]]. patient is a 76 year old man with history of copd on 2 liters home oxygen, chf with ef of 35 percent, who comes in from home in [[A:ozark]] with three days of increasing shortness of breath and productive cough with green sputum. his wife [[N:darlene]] says he has been using his albuterol every two hours. he was at a family gathering at his son [[N:wade]]'s place on [[D:thanksgiving]] where a grandkid had the flu. he had his flu shot in [[D:october]] at [[F:walmart pharmacy]] in [[A:nixa]].

in the er vitals were temperature 100.9, heart rate 112, blood pressure 148 over 86, respiratory rate 28, oxygen saturation 84 percent on his 2 liters, improved to 91 percent on bipap 12 over 6. abg 7.31 / 68 / 64. flu a positive by pcr. chest x-ray hyperinflation, no focal consolidation. bnp 480. troponin 0.02. white count 11.8.

past medical history copd gold 4, chf, atrial fibrillation on warfarin, inr today 2.8, diabetes type 2, prior intubation at [[F:cox south]] in [[D:january 2024]]. meds per list from [[F:cox medical center branson]] discharge.

social he quit smoking [[D:march 2019]], prior 60 pack years. lives with wife at [[A:318 county road 4412]], they have a son who lives nearby. he is full code at this time but we discussed and he would want to talk to his doctor dr [[N:ammar hussaini]] about that.

assessment and plan. acute on chronic hypercapnic respiratory failure due to copd exacerbation triggered by influenza a. admit to step down, continue bipap, oseltamivir 75 twice a day, methylprednisolone 40 every 12, duonebs every 4, ceftriaxone and azithromycin pending procalcitonin. droplet precautions. continue warfarin with daily inr given azithro interaction. palliative care consult for goals given frequent admissions. call his wife at [[P:four one seven, seven two five, three three eight one]] with updates.

end of dictation. [[N:ke]]/[[N:mt]] [[ID:lhopkins]]
""")

# 23 dictated transcript, ALL CAPS
add("""
[[F:ST. JOSEPH'S HOSPITAL AND MEDICAL CENTER]] - [[A:PHOENIX]], ARIZONA
CARDIOLOGY CONSULTATION
PATIENT: [[N:YAZZIE, LORENZO]]        MR#: [[M:J2290417]]      ROOM: 7E-22
DATE OF CONSULTATION: [[D:11/21/2026]]
REQUESTING PHYSICIAN: DR. [[N:HANNAH WEISSMAN]]
CONSULTANT: [[N:MIGUEL A. ARREDONDO]], M.D.

REASON FOR CONSULTATION: ATRIAL FLUTTER WITH RAPID VENTRICULAR RESPONSE.

HISTORY OF PRESENT ILLNESS: THE PATIENT IS A 58-YEAR-OLD NAVAJO MAN FROM [[A:CHINLE]] WHO WAS TRANSFERRED FROM [[F:CHINLE COMPREHENSIVE HEALTH CARE FACILITY]] ON [[D:NOVEMBER 20]] WITH PALPITATIONS AND DYSPNEA. ECG THERE SHOWED TYPICAL ATRIAL FLUTTER WITH 2:1 CONDUCTION AT A RATE OF 148. HE RECEIVED DILTIAZEM 20 MG IV WITH TRANSIENT RATE CONTROL. HE HAS A HISTORY OF ALCOHOL USE DISORDER, LAST DRINK APPROXIMATELY ONE WEEK AGO PER HIS SISTER, MS. [[N:DORIS YAZZIE-BEGAY]], WHO ACCOMPANIED HIM. NO PRIOR CARDIAC HISTORY. HE IS A SHEEPHERDER AND WORKS SEASONALLY AT THE [[A:FLAGSTAFF]] AREA SKI RESORT.

PAST MEDICAL HISTORY: HYPERTENSION. ALCOHOL USE DISORDER. HEPATITIS C, TREATED 2020 WITH EPCLUSA, SVR12 DOCUMENTED.

MEDICATIONS: LISINOPRIL 10 MG DAILY.

PHYSICAL EXAMINATION: BP 122/80, HR 146, RR 20, SPO2 95% ROOM AIR. JVP 9 CM. IRREGULAR? NO - REGULAR TACHYCARDIA. BIBASILAR CRACKLES. TRACE EDEMA.

TTE ([[D:11/21]]): LVEF 35-40% WITH GLOBAL HYPOKINESIS, MODERATE LAE, NO THROMBUS SEEN (LIMITED).

IMPRESSION:
1. TYPICAL ATRIAL FLUTTER WITH RVR.
2. NEW LV SYSTOLIC DYSFUNCTION, LIKELY TACHYCARDIA-MEDIATED VERSUS ALCOHOLIC CARDIOMYOPATHY.

RECOMMENDATIONS:
1. START APIXABAN 5 MG BID.
2. TEE-GUIDED DC CARDIOVERSION TOMORROW [[D:11/22]]; DISCUSSED WITH PATIENT AND SISTER, CONSENT OBTAINED.
3. REFER TO EP, DR. [[N:SANJAY MUKHERJEE]], FOR CTI ABLATION AS OUTPATIENT GIVEN HIGH CURE RATE.
4. GDMT: METOPROLOL SUCCINATE 25 MG DAILY, CONVERT LISINOPRIL TO SACUBITRIL/VALSARTAN AFTER 36-HOUR WASHOUT.
5. FOLLOW UP WITH IHS PROVIDER DR. [[N:WINONA TSOSIE]] AT [[A:CHINLE]] AND OUR HEART FAILURE CLINIC IN 2 WEEKS; CLINIC NUMBER [[P:602-406-4000]].

THANK YOU FOR THIS CONSULTATION.

D: [[D:11/21/2026]] 16:40  T: [[D:11/21/2026]] 22:18
[[N:MAA]]/[[N:JRS]]   DOC #: [[ID:10044518]]
""")

# 24 nursing home transfer form
add("""
INTER-FACILITY TRANSFER FORM (SNF -> HOSPITAL)
Sending facility: [[F:Maple Grove Rehabilitation & Nursing Center]]
Address: [[A:2200 N. Maple Grove Rd]], [[A:Boise]], ID [[Z:83704]]   Phone: [[P:208-375-1000]]   Fax: [[P:208-375-1099]]
Receiving: [[F:St. Luke's Boise Medical Center]] ED

Resident name: [[N:Vo, Bao]]           Room: 114-A
DOB: [[D:10/10/1934]]  Age: [[AG:92]]  Sex: M
Facility MRN: [[M:MG-001183]]
SSN: [[S:530-84-2217]]
Medicare #: [[ID:7JK2-TR5-WQ44]]   Medicaid #: [[ID:0011842739]]
Code status: [X] DNR   [ ] Full code    POST form attached: Y
Health care POA: son [[N:Vo Minh Khoa]] ([[N:Kevin]])  Phone: [[P:208.860.4471]]
Alt contact: daughter-in-law [[N:Tran Thi Mai]]  [[P:(208) 555-0163]]
Primary MD: [[N:Lorraine Castellanos-Pyle]], MD   Phone [[P:208-381-2222]]
Language: Vietnamese  Interpreter needed: Y

Reason for transfer: fever 38.9, new O2 req 4L, RR 28, ? aspiration
Date/time of transfer: [[D:11/30/2026]] 05:40   Transport: ALS ambulance
Last VS: T 38.9  HR 118  BP 98/56  RR 28  SpO2 88% RA -> 93% 4L
Baseline mental status: oriented to self, follows 1-step commands, Mandarin/Vietnamese? -> Vietnamese only
Baseline function: w/c, 2-person assist transfers, pureed diet w/ honey-thick liquids
Isolation: MRSA nares + ([[D:8/2026]])
Allergies: NKDA
Diagnoses: vascular dementia, CVA w/ R hemiparesis (2022), dysphagia, HTN, DM2, BPH
Meds: see attached MAR (last given: metformin 500 mg 17:00 [[D:11/29]], aspirin 81 08:00 [[D:11/29]])
Lines/tubes: none. No Foley.
Skin: stage 2 R ischium 1 x 1 cm

Sending nurse: [[N:Abigail "Abby" Ferreira]], LPN   Report called to [[N:Travis]] RN at 05:55
Signature: ____ [[N:A. Ferreira]]
""")

# 25 ambulance run sheet
add("""
PATIENT CARE REPORT (PCR)  -  [[F:Tri-County EMS]] Medic 14
Incident #: [[ID:2026-118734]]   PCR #: [[ID:TCE-0047712]]
Date: [[D:11/28/2026]]   Dispatched 19:42  En route 19:43  On scene 19:51  Pt contact 19:53  Transport 20:09  At dest 20:31
Location: [[A:4410 Old Hickory Blvd]], [[A:Hermitage]], TN [[Z:37076]] (residence, 2nd floor)
Dispatch: Priority 1, "unknown problem / man down"

Pt: [[N:Cordell, Vernon L.]]   DOB [[D:04-22-1936]]   Age [[AG:90]]   M   Wt est 70 kg
SSN (last 4): [[S:7719]]   Insurance: Medicare/AARP
Crew: [[N:B. Tollefson]] (Paramedic, TN lic EMT-P [[ID:31877]]), [[N:Dakota Reyes]] (AEMT); driver [[N:S. Oakes]]
Unit 14, veh plate TN [[ID:GV8-2211]]

CC: AMS / found on floor
HPI: Pt found on bathroom floor by neighbor [[N:Linda Faye Boswell]] who has key; last known well ~1500 when she brought him supper. Pt answers to name but confused, repeating "where's [[N:Mavis]]?" (late wife per neighbor). Unknown down time, possibly 4+ hrs. Urine-soaked. No obvious trauma, small skin tear L forearm.
PMH (per pill bottles/neighbor): HTN, DM, "heart doctor at [[F:TriStar Summit]]", prostate CA. Meds: metformin, amlodipine, Eliquis (filled [[D:11/3/26]], Rx # [[ID:2290417-03]], [[F:Publix Pharmacy #1339]]).
Allergies: unk

Assessment:
1954 - GCS 13 (E4 V4 M5)  BP 94/52  HR 58 irregular  RR 18  SpO2 93% RA  BGL 46  Temp 35.6 (tympanic)
Skin pale, cool. Pupils 3 mm PERRL. Lungs clear. Abd soft. No pelvic instability. Full ROM hips w/o pain. CMS x4 intact. Stroke scale (BE-FAST) neg.
12-lead: A-fib 56-60, no STE.

Treatment:
1958 - IV 20g L AC ([[N:Tollefson]]), D10 250 mL IV
2006 - BGL 132, GCS 15, pt states "I must have fell asleep." Refuses transport initially; neighbor convinces pt.
2009 - C-collar not indicated (NEXUS neg, but on anticoag; clinician discretion -> no collar)
2020 - BP 118/66 HR 62 BGL 141

Transport to [[F:TriStar Summit Medical Center]] ED, no lights/sirens. Report to RN [[N:Kelsey]]. Pt belongings: wallet, glasses, hearing aids (bilat). Neighbor's #: [[P:615-883-7741]].
Niece [[N:Sharon Cordell-Pugh]] in [[A:Knoxville]] notified by neighbor.

Signed: [[N:Bjorn Tollefson]], NRP  [[D:11/28/26]] 21:02
""")

# 26 lab critical value call log
add("""
[[F:Sentara Norfolk General Hospital]] - CORE LABORATORY
CRITICAL VALUE NOTIFICATION LOG   Date range: [[D:11/29/2026]] - [[D:11/30/2026]]

Time | Pt Name | MRN | Loc | Test | Result | Notified | Read-back | Tech
-----|---------|-----|-----|------|--------|----------|-----------|-----
23:14 | [[N:HOLLOWAY, JANICE]] | [[M:SN4471823]] | 4W-11 | Potassium | 6.9 mmol/L (H) | [[N:Bernadette Quinn]] RN | Y | [[N:ck]]
23:51 | [[N:MCALLISTER, DUNCAN]] | [[M:SN0918274]] | ED-22 | Troponin I hs | 2,840 ng/L (H) | Dr [[N:Oyelaran]] | Y | [[N:ck]]
00:22 | [[N:PHAM, HIEU]] | [[M:SN3302918]] | MICU-6 | Lactate | 7.2 mmol/L (H) | [[N:Jess Albright]] RN | Y | [[N:mv]]
01:05 | BABY GIRL [[N:ABERNATHY]] | [[M:SN5510029]] | NICU-3 | Glucose | 28 mg/dL (L) | [[N:Priya]] (NNP) | Y | [[N:mv]]
02:40 | [[N:SANTIAGO-ROSA, ISMAEL]] | [[M:SN2874102]] | 6E-04 | Hgb | 5.9 g/dL (L) | unable to reach - escalated to charge RN [[N:Toni Rae Ward]] 02:52 | Y | [[N:mv]]
03:17 | [[N:O'MALLEY, BRIDGET]] | [[M:SN0037712]] | L&D-2 | Platelets | 41 K/uL (L) | Dr. [[N:Farouk]]? no - Dr. [[N:Amina Farouk-Reid]] | Y | [[N:ck]]
05:03 | [[N:HOLLOWAY, JANICE]] | [[M:SN4471823]] | 4W-11 | Potassium (repeat) | 6.1 mmol/L (H) | [[N:B. Quinn]] RN | Y | [[N:ck]]
05:40 | [[N:WASHINGTON, AUGUSTUS]] | [[M:SN6610298]] | 3N-18 | INR | 8.4 (H) | Dr [[N:Chen-Whitlock]] | Y | [[N:rb]]
06:12 | [[N:KRAVCHENKO, OLEKSANDR]] | [[M:SN7702231]] | CVICU-9 | Blood cx | GPC in clusters, 1/2 bottles, 14.2 h | [[N:Mandla]] RN | Y | micro - [[N:tjs]]

Comments:
- 23:14 K 6.9 hemolysis index 0 (not hemolyzed); accession [[ID:W26-334-0918]].
- 01:05 infant DOB [[D:11/29/26]] 21:47, mother [[N:Kristin Abernathy]] (MRN [[M:SN5509871]]).
- 02:40 call attempts to [[P:x4-2230]] and [[P:757-388-3000]] (operator) unsuccessful x2 before escalation per policy LAB-CV-004 (rev. 2024).
- Overnight supervisor: [[N:Reginald Ford]], MT(ASCP), ext [[P:3-4411]].
""")

# 27 release of information request
add("""
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

[[F:Intermountain Health - LDS Hospital]]  Health Information Management
[[A:8th Avenue & C Street]], [[A:Salt Lake City]], UT [[Z:84143]]
ROI Fax: [[P:801.408.5121]]   Email: [[E:roi.requests@imail.org]]

Patient name: [[N:Hyrum Jedediah Barlow]]   Other names used: [[N:Jed Barlow]], [[N:H.J. Christiansen]] (prior to 2015 adoption)
Date of birth: [[D:1988-12-03]]        SSN: [[S:528 71 9043]]         MRN: [[M:IH20038817]]
Address: [[A:9781 S Redwood Rd]], [[A:West Jordan]], UT [[Z:84088]]
Phone: [[P:801-569-2274]]      Email: [[E:jedbarlow88@gmail.com]]

I authorize the release of information FROM: [[F:LDS Hospital]]; [[F:Alta View Hospital]]
TO: [[N:Sorensen]] & [[N:Wahlquist]], PLLC, Attn: [[N:Mckenzie Wahlquist]], paralegal
    [[A:222 S Main St]], Suite 1700, [[A:Salt Lake City]], UT [[Z:84101]]
    Tel [[P:(801) 355-7600]]  Fax [[P:(801) 355-7611]]
Re: claim no. [[ID:WC-26-044817]] (Workers Fund of Utah), DOI [[D:04/06/2026]]

Information to be released (dates of service [[D:04/06/2026]] to present):
[X] Discharge summaries   [X] ED records   [X] Imaging reports (incl. MRI L-spine [[D:4/20/26]])
[X] Operative reports     [X] Billing/itemized statements
[ ] Psychotherapy notes   [ ] HIV/STI   [ ] Substance use (42 CFR Part 2)

Purpose: legal / workers' compensation claim
Format: electronic (encrypted link or CD)
This authorization expires on [[D:12/31/2027]] or upon settlement, whichever comes first.

I understand I may revoke this authorization in writing, except to the extent action has already been taken...

Signature of patient: /s/ [[N:Hyrum J. Barlow]]          Date: [[D:11/24/2026]]
Witness: [[N:Ashlyn Pettit]]

FOR HIM USE ONLY
Request # [[ID:ROI-2611-0387]]  Received [[D:11/25/26]] by [[N:ktorgersen]]   Verified ID: UT DL [[ID:166 403 882]]
Pages released: 214   Fee: $0.00 (per state law cap waived)   Released [[D:11/30/26]] via secure link [[U:https://share.intermountain.net/roi/x7Gh2Qk9]]
""")

# 28 research visit note
add("""
RESEARCH VISIT NOTE - STUDY VISIT 6 (WEEK 24)
Protocol: SURMOUNT-HF-Ext (tirzepatide vs placebo in HFpEF with obesity), IRB# 2024-0917
Site: [[F:Vanderbilt Clinical Research Center]], Site 114
Subject ID: [[ID:114-0238]]    Initials: [[N:R-M-W]]    Screening #: [[ID:S114-0511]]
Visit date: [[D:30-Nov-2026]]   Window: [[D:23-Nov-2026]] to [[D:07-Dec-2026]]
PI: [[N:Lorena Etxeberria]], MD    Coordinator: [[N:Tyler Nakashima-Bell]], CCRC
Source doc; pt name on consent only: [[N:Rhonda M. Witherspoon]], MRN [[M:VU0881722]]

Consent: re-consent to v4.0 ICF signed [[D:30-Nov-2026]] before procedures (new hepatic AE language). Copy given.

AEs since last visit ([[D:14-Sep-2026]]):
1. Nausea, grade 1, onset [[D:19-Sep-2026]], ongoing intermittently, not serious, possibly related.
2. ED visit [[D:02-Nov-2026]] at [[F:Williamson Medical Center]] for chest pain - ruled out, discharged same day. Not SAE (no admission). Records requested via fax [[P:615.435.5100]].

ConMeds: furosemide 20 mg daily (unchanged), empagliflozin 10 mg (unchanged), atorvastatin 40 mg, ondansetron 4 mg PRN (new, started [[D:20-Sep]]).

Procedures:
- Vitals: BP 128/78 (seated, avg of 3), HR 72, Wt 104.2 kg (baseline 117.6 kg, -11.4%), waist 112 cm
- KCCQ-CSS: 71 (baseline 52)
- 6MWD: 388 m (baseline 301 m)
- ECG: NSR 70, QTcF 418
- Labs drawn (central lab, kit # [[ID:LK-4471902]]): NT-proBNP, HbA1c, CMP, lipase; PK sample time 10:14
- Dispensed IP: kit # [[ID:K-880213]] and [[ID:K-880214]], 4 pens, dose level 15 mg blinded
- Drug accountability: returned kit [[ID:K-879930]] - 0 pens unused

Pt reports daughter [[N:Keisha]] getting married in [[A:Memphis]] in [[D:March]]; visit 7 scheduled [[D:Mar 1 2027]] per window; may need rescheduling.

Stipend $75 loaded to ClinCard ending [[ID:4417]].

Next visit: V7 week 36 - [[D:01-Mar-2027]].
[[N:T. Nakashima-Bell]], CCRC  [[D:30-Nov-2026]] 11:45 | PI review: [[N:L. Etxeberria]] [[D:30-Nov-2026]]
""")

# 29 insurance appeal letter
add("""
[[F:Northwestern Medicine]] Department of Physical Medicine & Rehabilitation
[[A:355 E. Erie St.]], [[A:Chicago]], IL [[Z:60611]]   Tel [[P:312-238-1000]]

[[D:Wednesday, November 25, 2026]]

Blue Cross and Blue Shield of Illinois
Attn: Appeals Unit
[[A:P.O. Box 660717]], [[A:Dallas]], TX [[Z:75266-0717]]

RE: EXPEDITED APPEAL - Denial of Acute Inpatient Rehabilitation
Patient: [[N:Stanisław "Stan" Nowakowski]]
Member ID: [[ID:XOD889204417]]   Group: [[ID:P0419882]]
Reference/Case #: [[ID:UM-26-11-883021]]
Date of denial: [[D:11/23/2026]]
Requesting facility: [[F:Shirley Ryan AbilityLab]]

To the Medical Director:

I am appealing the denial of admission to acute inpatient rehabilitation for Mr. [[N:Nowakowski]], a 72-year-old man currently at [[F:Northwestern Memorial Hospital]] following a left MCA ischemic stroke on [[D:11/15/2026]] treated with tenecteplase and thrombectomy (TICI 2b).

The denial letter (signed by Dr. [[N:R. Vance]]) states he "can be managed at a lower level of care (SNF)." I respectfully disagree:

1. He requires and can tolerate 3 hours/day of therapy, 5 days/week: he participated in 90 min PT + 60 min OT + 45 min SLP on [[D:11/22]] and [[D:11/23]] without cardiopulmonary instability.
2. He requires physician oversight at least 3 days/week: new atrial fibrillation on apixaban titration, post-stroke dysphagia with modified diet (IDDSI level 5), labile BP requiring daily adjustments, and R hemiparesis with spasticity (MAS 1+).
3. He has expectation of significant functional improvement: NIHSS improved 14 -> 6. Premorbid he was fully independent, working part-time at his son [[N:Tomasz]]'s bakery in [[A:Avondale]].
4. Discharge plan: home with wife [[N:Halina]] at their first-floor apartment in [[A:Norridge]]; wife is able and willing.

Please reverse this denial. A peer-to-peer was requested [[D:11/24]] but not scheduled within 24 hours. I can be reached directly at [[P:312.926.7845]] or cell [[P:773-555-0108]].

Sincerely,
[[N:Oluwadamilare Ajayi]], MD
Attending Physiatrist, NPI [[ID:1730988145]]
Enclosures: H&P, therapy notes [[D:11/18]]-[[D:11/24]]
""")

# 30 HL7-ish fragment
add("""
IT SERVICE DESK TICKET [[ID:INC0918273]] - Priority 3 - opened [[D:11/30/2026]] 06:31 by [[N:Joanne Pelletier]] (Registration, [[F:Baystate Medical Center]] Admitting, ext [[P:4-3310]])
Description: Registrar reports that the demographic update for an inpatient on 6 East is stuck in the outbound queue to the reference lab. Patient's daughter came to the desk yesterday evening and asked that her own cell number be added as an alternate contact and that the home phone be moved to primary. Update saved in Epic but the A08 failed to send, so lab results are posting to the old encounter. Raw message pasted below for the integration team. Please do not email the full message outside the secure queue. Reassigned to [[N:Marc Fontaine]], Integration Analyst, who noted the assigning authority in PID-3 needs mapping on the lab side. Workaround: manual result entry by lab until fixed; lab supervisor [[N:Deb Kaczynski]] notified by phone at 06:58.
---- interface error queue export (ADT^A08) - [[F:Baystate Medical Center]] - rec'd by IT ticket [[ID:INC0918273]] ----
MSH|^~\\&|EPIC|[[F:BAYSTATE]]|LAB_ORU|[[F:QUESTDX]]|[[D:20261130061522]]||ADT^A08|[[ID:MSG00088172345]]|P|2.5.1
EVN|A08|[[D:20261130061500]]|||[[ID:jpelletier]]^[[N:PELLETIER]]^[[N:JOANNE]]
PID|1||[[M:E2093418]]^^^[[F:BMC]]^MR~[[S:031-66-4820]]^^^SSA^SS||[[N:RIVERA]]^[[N:ANA]]^[[N:LUCIA]]^^^||[[D:19530714]]|F||2106-3|[[A:77 CHESTNUT ST]]^APT 2^[[A:SPRINGFIELD]]^MA^[[Z:01103]]^USA^H||[[P:(413)736-2290]]^PRN^PH~^NET^Internet^[[E:anariv53@comcast.net]]|[[P:(413)794-0000]]^WPN|SPA|W||[[ID:4480917223]]^^^[[F:BMC]]^AN
PD1|||[[F:BAYSTATE HIGH STREET HEALTH CENTER]]^^[[F:HSHC]]|[[ID:1639201847]]^[[N:OKONJO]]^[[N:CHIAMAKA]]^^^DR
NK1|1|[[N:RIVERA]]^[[N:MIGUEL]]|SON|[[A:14 BIRNIE AVE]]^^[[A:WEST SPRINGFIELD]]^MA^[[Z:01089]]|[[P:4135550177]]
PV1|1|I|6EAST^614^B^[[F:BMC]]||||[[ID:1558320944]]^[[N:KOWALSKI]]^[[N:NATALIE]]^^^MD|||MED||||7|||[[ID:1558320944]]^[[N:KOWALSKI]]^[[N:NATALIE]]|IN||MCR||||||||||||||||||||||||[[D:20261128142200]]
IN1|1|MCR01|MCR|MEDICARE PART A AND B|||||||||||[[N:RIVERA]]^[[N:ANA]]^[[N:L]]|SEL|[[D:19530714]]|||||||||||||||||||[[ID:2GK8-WN4-TY61]]
OBX|1|NM|2345-7^GLUCOSE^LN||187|mg/dL|70-99|H|||F
OBX|2|NM|718-7^HEMOGLOBIN^LN||10.4|g/dL|12.0-16.0|L|||F
NTE|1||pt prefers Spanish; daughter [[N:Yesenia]] interprets, [[P:413-734-8826]]
---- error: PID-3 assigning authority mismatch; sending facility [[F:QUEST]] expects "[[F:BAYSTATE]]"; last edited by [[ID:mfontaine]] from [[IP:10.118.42.77]] ----
""")

# 31 CSV census fragment
add("""
# bed_board_export_[[D:2026-11-30]]_0600.csv  ([[F:Hackensack University Medical Center]] - 7 Pavilion)
# exported by [[ID:rdamato]] via BedMgmt v11.2 on ws [[ID:HUMC-NS7-03]] ([[IP:172.16.40.118]])
bed,patient,mrn,age,sex,admit_dt,attending,dx,code,isolation,dispo,contact
7P-01,"[[N:Ferraro, Angelo]]",[[M:H00912837]],[[AG:96]],M,[[D:11/26/2026]],[[N:Mehta]],"CAP, AKI",DNR,droplet,SAR [[F:Bergen New Bridge]],"dtr [[N:Gina]] [[P:201-555-0131]]"
7P-02,"[[N:Lipschitz, Miriam]]",[[M:H00388102]],88,F,[[D:11/28/2026]],[[N:O'Connell]],"Hip fx s/p ORIF",FULL,none,home w/ VNA,"husb [[N:Saul]] [[P:(201) 833-4410]]"
7P-03,"[[N:Adeyemi-Clarke, Folasade]]",[[M:H01022981]],54,F,[[D:11/29/2026]],[[N:Mehta]],"Sickle cell VOC",FULL,none,TBD,"self [[P:973.555.0172]]"
7P-04,EMPTY,,,,,,,,,,
7P-05,"[[N:Gutierrez, Jr., Hector]]",[[M:H00773019]],67,M,[[D:11/24/2026]],[[N:Schwartz-Levy]],"CHF exac",DNR/DNI,contact (VRE),[[F:CareOne at Teaneck]],"wife [[N:Marisela]] [[P:201 692 4118]]"
7P-06,"[[N:Kim, Soon-ja]]",[[M:H00019283]],[[AG:101]],F,[[D:11/27/2026]],[[N:O'Connell]],"UTI, delirium",DNR,contact (ESBL),return to [[F:Sunrise of Paramus]],"son [[N:David Kim]] [[P:551-404-7782]]"
7P-07,"[[N:Brown, Christopher]]",[[M:H01200441]],41,M,[[D:11/30/2026]],[[N:Mehta]],"EtOH w/d",FULL,none,TBD,"none listed"
7P-08,"[[N:Santangelo, Rose]]",[[M:H00621094]],[[AG:90]],F,[[D:11/22/2026]],[[N:Schwartz-Levy]],"GIB, s/p EGD",DNR,none,"hospice - [[F:Villa Marie Claire]]","niece [[N:Teresa]] [[P:201-444-0915]]"
7P-09,"[[N:Young, Tyrone]]",[[M:H00840027]],79,M,[[D:11/25/2026]],[[N:Patel]],"PNA, COPD",FULL,droplet,home,"wife [[N:Ebony]] [[P:862-555-0148]]"
7P-10,"[[N:Nakamura, Kenji]]",[[M:H00090018]],89,M,[[D:11/29/2026]],[[N:Patel]],"Syncope",DNR,none,TBD,"[[E:knakamura@optonline.net]]"
# SHIFT NOTES (free text, charge RN): 7P-01 son-in-law called twice overnight asking for update, told to call daughter first per family wishes. 7P-05 pulled PIV at 0310, replaced 22g R hand by IV team ([[N:Omar]]). 7P-06 sundowning again, was asking for her late husband [[N:Yong-su]]; son plans to visit after work ~1800. 7P-08 hospice eval done by Sr. [[N:Bernadette]] from [[F:Villa Marie Claire]], accepted, transport booked for [[D:12/1]] AM via [[F:Bergen County EMS]]? - no, via private ambulance. 7P-09 wants to leave AMA to see his grandson's game at [[F:Teaneck High School]] [[D:Saturday]]; talked him down. 7P-10 daughter [[N:Aiko]] in [[A:Osaka]] requests email updates only.
# reminder: census numbers include ages from registration; verify DOB with two identifiers before any transfusion or procedure. Beds 7P-04 and 7P-11 to be cleaned by EVS before 0700.
# charge RN 7P nights: [[N:Leticia Ambrose]]; days: [[N:Grace Park]]; bed huddle 0830; unit clerk [[N:Fatima Zahra Benali]] x[[P:5-7720]]
# note: 7P-06 pt prefers "Mrs. [[N:Kim]]" - no, pt prefers to be called "Halmeoni" per family? -> confirm w/ son
""")

# 32 geriatrics note with 90+ ages
add("""
GERIATRICS CLINIC - FOLLOW-UP
[[F:Johns Hopkins Bayview Medical Center]] - [[F:Beacham Center for Geriatric Medicine]]
Date: [[D:Nov 30, 2026]]

Patient: [[N:Adelaide P. Fontenot-Wright]]   MRN [[M:JH-14417723]]   DOB [[D:5/9/1924]]
Age: [[AG:102]] years. Accompanied by her son [[N:Lionel Wright]] (age 78) and great-granddaughter [[N:Imani]].

CC: follow-up after fall; memory.

HPI: Mrs. [[N:Fontenot-Wright]] is a [[AG:one hundred and two]]-year-old retired schoolteacher (taught at [[F:Frederick Douglass High School]] for 41 years) who lives with her son in [[A:Dundalk]]. She fell on [[D:11/11]] getting up at night to urinate, no injury, no ED visit. No further falls. Uses rollator indoors. Her sister, Mrs. [[N:Cleo Fontenot]], who is [[AG:99]], lives at [[F:Keswick Multi-Care Center]] and they talk by phone daily.

Cognition: son notes word-finding pauses, repeats stories, but manages her own checkbook with help. MoCA 21/30 (adjusted for education not needed; master's degree). Mini-Cog 3/5.

Meds: amlodipine 5 mg, latanoprost OU, vitamin D 1000 IU, senna PRN. Stopped oxybutynin today (anticholinergic, Beers list).

Exam: BP 138/70 seated, 124/66 standing (1 min), HR 68. Wt 51 kg (stable). TUG 18 s with rollator. Gait: wide-based, slow. Grip 14 kg. Mild bilateral hearing loss - uses pocket talker.

Assessment:
1. Fall, nocturia-related. Orthostatic drop 14 mmHg systolic, asymptomatic.
2. Mild neurocognitive disorder (MCI vs early dementia), multifactorial.
3. Polypharmacy - deprescribed oxybutynin.

Plan: bedside commode; night lights; PT home safety eval via [[F:Amedisys Home Health of Baltimore]] (referral #[[ID:AMD-5571028]]). Advance directive: pt wants DNR; MOLST completed and signed today, copy to son. Son is her HCA; alternate is granddaughter [[N:Deborah]] ([[P:410-633-2918]]).

Return 3 months, late [[D:February]]. She wants to be well for her great-great-grandson's christening [[D:March 14th]].

[[N:Esther Rabinowitz]], MD, Geriatric Medicine
""")

# 33 PT/OT note
add("""
Outpatient Physical Therapy - Daily Note / Progress Report (visit 10)
[[F:ATI Physical Therapy - Greenville Woodruff Rd]]
Pt: [[N:Hollis, Savannah J.]]      DOB [[D:07/19/1990]]      Acct [[ID:ATI-3381047]]      SSN: [[S:***-**-2204]]
Referring MD: Dr. [[N:Prakash Iyer]], [[F:Prisma Health Steadman Hawkins Clinic]]   (NPI [[ID:1386749021]])
DOS: [[D:11/24/26]]   Time in 0800 / out 0852   Units: TE x2, NMR x1
Dx: s/p R ACL reconstruction (BTB autograft) [[D:8/26/2026]], R knee M25.661
Payer: Cigna  ID [[ID:U8820413701]]  auth [[ID:A26-0091744]] (12 visits [[D:9/1]]-[[D:12/31]], 10 used)

S: "Knee feels solid, just sore after stairs at work." Pt is a 3rd grade teacher at [[F:Mauldin Elementary]], on feet all day. Pain 2/10 rest, 4/10 after 2 flights. Doing HEP ~5x/wk. Wants to return to pickleball (spring?) and her bachelorette trip to [[A:Nashville]] in [[D:April]].

O:
AROM R knee 0-132 (L 0-140). Quad lag: none.
Strength (HHD): R quad 38 lb / L 52 lb (LSI 73%); R HS 28 / L 31 (LSI 90%)
Single-leg squat: mild valgus R, improved with cueing.
Y-balance ant reach R 61 cm / L 66 cm.
Gait: WNL, no device. Effusion: trace (stroke test).

Interventions:
- Bike 8 min warm-up, level 6
- Leg press 3x10 @ 90 lb, SL 3x8 @ 40 lb
- Step-downs 6 in 3x10 w/ mirror feedback
- Lateral band walks, monster walks 3 laps
- NMES R quad (Russian, 10/50, 15 min) to address activation deficit

A: Progressing as expected at 13 wks post-op. Quad LSI 73% remains below 90% RTS criterion; not cleared for cutting/pivoting. Good motivation.

P: Request 8 more visits (re-eval faxed to Dr. [[N:Iyer]]'s office, [[P:864-454-8750]]). Begin jogging progression at 16 wks if LSI >= 80% and no effusion. Next visit [[D:Mon 11/30]].

[[N:Trevor Okamoto-Price]], PT, DPT   SC lic [[ID:PT.10442]]
PTA: [[N:Jolene Sweat]]
""")

# 34 wound care note
add("""
WOUND CARE CONSULT / FOLLOW UP
[[F:Healogics Wound Care Center at Ochsner Medical Center - Kenner]]
Date: [[D:11.20.2026]]
Patient: [[N:Thibodeaux, Clarence]]  MRN: [[M:OMC990184227]]  DOB: [[D:1944.03.30]]
Referred by: [[N:Anh Nguyen]], NP (PCP, [[F:Ochsner Health Center - River Ridge]])
SSN on face sheet: [[S:437-19-8852]] (verify for Medicare billing)

Wound #1: R plantar 1st MTH, diabetic foot ulcer, Wagner 2, onset ~[[D:Aug 2026]]
Measurements today: 2.1 x 1.8 x 0.6 cm (prev [[D:11/13]]: 2.4 x 2.0 x 0.7). Area 3.78 cm2 (down 21%).
Base: 80% beefy red granulation, 20% yellow slough. Probe to bone: NEG. Undermining 0.3 cm 12-3 o'clock. Periwound callus, macerated.
Exudate: mod serous. No odor. No erythema beyond 0.5 cm. Temp gradient none.
Pulses: DP 1+, PT doppler biphasic. ABI R 0.88, TBI 0.52 ([[D:10/30/26]] at [[F:Cardiovascular Institute of the South]]).
Labs: A1c 8.9 ([[D:10/14]]), Alb 3.4, ESR 28, CRP 1.1.

Procedure: Selective sharp debridement, excisional to subcut tissue, 3.78 cm2, #15 blade and curette, by Dr. [[N:Marguerite Fontenot]]. Lidocaine 4% topical. EBL minimal. Tolerated well.

Dressing: collagen/silver (Puracol Ag), foam border, offloading with TCC applied by [[N:Dwayne]] (cast tech), to be changed weekly.

Plan:
- Continue TCC; pt agrees (declined last visit because of grandson [[N:Lil' Clarence]]'s wedding in [[A:Houma]] on [[D:11/14]] - wanted to dance).
- HBO not indicated (Wagner 2).
- Endocrine follow up for A1c; Dr. [[N:Shah]] at [[F:Ochsner]] [[P:504-842-3960]].
- Wife [[N:Mae-Belle]] will drive; lives at [[A:2719 Chateau Blvd]], [[A:Kenner]], LA [[Z:70065]] ([[A:Jefferson Parish]]).
- RTC [[D:11/27]] - closed for holiday -> moved to [[D:Wed 11/25]].

Photos taken and uploaded to chart (camera ID [[ID:WCC-IPAD-07]]).
[[N:Marguerite Fontenot]], MD, CWSP
""")

# 35 anesthesia pre-op
add("""
ANESTHESIA PRE-OPERATIVE EVALUATION
[[F:Barnes-Jewish Hospital]] - [[F:Center for Preoperative Assessment & Planning]] (CPAP clinic)
Date: [[D:11/19/2026]]   Surgery date: [[D:12/03/2026]]
Pt: [[N:Oyelaran, Temitope]]   MRN [[M:BJH-08837162]]   DOB [[D:01-22-1967]]   59 y/o F   Ht 165 cm   Wt 118 kg   BMI 43.3
Procedure: Robotic-assisted total laparoscopic hysterectomy, BSO - Dr. [[N:Claudette Ramaswamy]]
Hx obtained from: pt; records from [[F:SSM Health DePaul Hospital]] (2019 anesthesia record reviewed)

PMH:
- OSA on CPAP (AHI 38, settings 12 cmH2O, ResMed AirSense 11 SN [[ID:23213984401]]) - bring to hospital
- HTN (amlodipine 10, losartan 100)
- T2DM (A1c 7.1), on semaglutide 1 mg weekly - HOLD 1 week prior (last dose by [[D:11/26]])
- Asthma, mild intermittent
- GERD
- Difficult airway? Prior record ([[D:5/14/2019]], [[F:DePaul]]): Mallampati 3, grade III view w/ MAC 3, intubated with Glidescope on 2nd attempt. "Difficult airway letter" given to pt - she has it.

PSH: C-section x2 (1996, 2001), lap chole (2019), uneventful except airway.
FHx: no MH or pseudocholinesterase deficiency known.
SHx: never smoker, EtOH rare. Works as an Uber driver. Lives in [[A:Florissant]] with husband [[N:Femi]].

Exam: MP 4, TMD 5.5 cm, MO 3.5 cm, neck circ 44 cm, full dentures upper. Lungs clear. RRR. 
METs >= 4 (climbs 2 flights slowly).
Labs: Hgb 11.2, Cr 0.8, K 4.2, glucose 146. ECG: NSR, LAFB. 

ASA: III
Plan:
- GETA; anticipated difficult airway -> awake FOI vs VL with FOB backup; difficult airway cart; 2nd attending available (Dr. [[N:Hsu]]).
- Full stomach precautions (GLP-1RA), gastric US on DOS.
- Post-op: CPAP in PACU, continuous SpO2, minimize opioids (multimodal; TAP blocks).
- Enrolled in difficult airway registry, registry ID [[ID:DAS-MO-26-0717]]; MedicAlert bracelet recommended.

[[N:Ingrid Solberg]], MD, Anesthesiology   pager [[P:314-362-0271]]
Cosign: [[N:R. Obuya]], MD  [[D:11/19/2026]]
""")

# 36 neurology clinic note
add("""
NEUROLOGY OUTPATIENT NOTE
[[F:Mission Hospital]] Neurology - [[A:Asheville]]
Patient: [[N:Ezekiel Hollifield]]   MRN [[M:MH-2230918]]   DOB [[D:08/21/1948]]
Date: [[D:November 30, 2026]]
Referring: [[N:Rebecca Lunsford]], MD ([[F:Blue Ridge Family Health]])

Dear [[N:Becky]] - thank you for sending Mr. [[N:Hollifield]] (goes by "[[N:Zeke]]").

HPI: As you outlined, 78 yo right-handed man with ~1 yr of asymmetric rest tremor, micrographia and shuffling gait. Additional history today: hyposmia for "at least 10 years" (couldn't smell the wood stain in his shop), dream enactment (wife [[N:Ruby]] says he punched the headboard twice, once in [[D:July]]), constipation. No hallucinations. No early falls backward, no vertical gaze limitation, no dysautonomia beyond mild constipation. No neuroleptic exposure.

Exam: Hypomimia. Speech mildly hypophonic. Vertical saccades full, normal speed. MDS-UPDRS part III 29 (off meds): rest tremor R hand 3, L hand 1; rigidity R>L; finger taps R 2, L 1; gait with reduced R arm swing, en bloc turning, pull test 1 (recovers in 2 steps). No cerebellar signs. Orthostatics negative.

Impression: Clinically established Parkinson disease (MDS criteria), H&Y stage 2, with prodromal features (RBD, hyposmia). DaTscan not needed.

Plan:
1. Carbidopa/levodopa 25/100 1/2 tab TID x1 wk, then 1 tab TID; take 30 min before meals. Nausea counseling.
2. Melatonin 3-6 mg qhs for RBD; bed safety (pad headboard).
3. PT referral - LSVT BIG; speech - LSVT LOUD at [[F:CarePartners Rehabilitation Hospital]].
4. Parkinson's Foundation info: [[U:www.parkinson.org]]; local support group meets 2nd Tuesday at [[F:Woodfin Senior Center]].
5. Driving: currently safe; reassess.
6. Return 3 months with Dr. [[N:Mbeki-Langley]] or NP [[N:Greer Ashby]]. Clinic [[P:828-213-4700]], option 2.

[[N:Thaddeus Mbeki-Langley]], MD
Movement Disorders
""")

# 37 ophthalmology
add("""
[[F:Wills Eye Hospital]] - Retina Service
[[A:840 Walnut Street]], [[A:Philadelphia]], PA [[Z:19107]]

Pt: [[N:Wojcik, Irene]]     [[F:Wills]] #: [[M:W0092381]]     DOB: [[D:Jan 6 1933]]     Age [[AG:93]]
Visit: [[D:11/23/2026]]     Provider: [[N:Farhan Qureshi]], MD     Tech: [[N:Lupe]] / scribe [[N:Kenny O.]]
Referred by: Dr. [[N:Gallagher]] ([[F:Delaware Valley Eye Associates]], [[A:Broomall]])

CC: f/u wet AMD OD, "bit blurrier last 2 weeks"
Interval: last injection OD [[D:10/19/26]] (Eylea HD 8 mg). Son [[N:Stephen]] drives her in from [[A:Havertown]]. 

VA cc: OD 20/80 (prev 20/60) PH NI; OS 20/400 ecc (stable, disciform scar)
IOP (Tonopen): 15 / 14
SLE: 2+ NS OU (pseudophakic? - no, phakic OU), quiet AC.
DFE: OD - subretinal fluid recurrence temporal to fovea, small SRH; OS - fibrovascular disciform scar.
OCT OD: CST 412 um (prev 298), SRF +, IRF trace. OS: stable atrophy/scar.
Amsler OD: new metamorphopsia.

A/P:
1. nAMD OD, active - recurrence at 5-wk interval. Inject today Eylea HD 8 mg OD (lot 1H42E7), shorten interval to 4 wk.
   Consent reviewed; time-out performed; betadine 5%; lid speculum; 4.0 mm post limbus inferotemporal; no complications. CF vision post-injection, IOP 18 at 10 min.
2. Disciform scar OS - low vision referral to [[F:Associated Services for the Blind]] ([[P:215-627-0600]]); magnifier trial.
3. Falls risk - discussed.

RTC 4 wks: [[D:12/21/26]] ([[D:Monday]]). Insurance: Medicare + Independence Blue Cross Medigap ID [[ID:YHJ908817320]].

e-signed [[N:F. Qureshi]] MD  [[D:11/23/2026]] 15:18
""")

# 38 GI endoscopy report
add("""
[[F:Gastroenterology Associates of Central Georgia]] - Endoscopy Center
[[A:1660 Hardeman Ave]], [[A:Macon]], GA [[Z:31201]]

COLONOSCOPY REPORT
Patient Name: [[N:Abernathy, Curtis Lee]]     Date of Birth: [[D:09/14/1963]]     MRN: [[M:GACG-118834]]
Date of Procedure: [[D:11/17/2026]]     Room: Endo 2
Endoscopist: [[N:Wendell Oduya]], MD     Nurse: [[N:Meredith Crane]], RN     Tech: [[N:D. Jallow]]
Referring: [[N:Amara Okwuosa]], MD   Scope: CF-HQ190L, serial [[ID:2873116]]
Indication: Surveillance; h/o tubular adenomas x4 (2021); father dx colon ca at 61
Sedation: MAC with propofol by CRNA [[N:Buck Lassiter]]; ASA 2
Prep: Boston Bowel Prep Scale 3-3-2 = 8 (adequate). Withdrawal time 11 min.

Findings:
- Cecum reached, identified by appendiceal orifice and ileocecal valve; photo documented. TI intubated 5 cm, normal.
- Ascending colon: 8 mm sessile polyp, removed with cold snare (Paris 0-Is), retrieved.
- Transverse: two 4-5 mm polyps, cold snare, retrieved together (jar B).
- Sigmoid: scattered diverticula. 15 mm pedunculated polyp, hot snare after 1 endoclip to stalk base (Resolution 360), retrieved (jar C).
- Rectum: small internal hemorrhoids (grade 1) on retroflexion.

Complications: none. EBL minimal.

Impression: 4 polyps removed; diverticulosis; internal hemorrhoids.

Recommendations:
- Await pathology (accessions [[ID:GP26-55103]], [[ID:GP26-55104]], [[ID:GP26-55105]]); letter with results and surveillance interval.
- Resume aspirin in 5 days (clip placed).
- Post-polypectomy bleeding precautions. Call [[P:(478) 743-6010]] or after hours [[P:478-633-1000]].
- Patient discharged to wife [[N:Rhonda]] at 10:52. Driver verified.

Images stored: Provation report [[ID:PV-2026-1117-0044]].
Electronically signed by [[N:Wendell Oduya]], MD on [[D:11/17/2026]] 11:05.
cc: [[N:Amara Okwuosa]], MD ([[F:Piedmont Macon North]]) fax [[P:478.757.1210]]
""")

# 39 case management / discharge planning
add("""
CASE MANAGEMENT DISCHARGE PLANNING NOTE
[[F:UPMC Presbyterian]]   Unit: 10F (Neuro)
Date: [[D:11/27/2026]] 14:30
Patient: [[N:Dmitri Volkonsky]]    MRN: [[M:UP58229104]]    DOB: [[D:2/2/1958]]
Payer: UPMC for Life (HMO) Member [[ID:UFL-44918207]]; auth coordinator [[N:Shayla]] ([[P:1-877-539-3080]] opt 4)

Situation: 68 yo M s/p R SDH evacuation [[D:11/20]], now medically stable, PT/OT recommending SNF (min-mod A for transfers, impulsive, fall risk). Pt agreeable "if it's close to my wife."

Wife: [[N:Svetlana Volkonskaya]], [[P:412.555.0114]] (cell), prefers Russian; daughter [[N:Katya]] ([[E:katya.volk@outlook.com]]) in [[A:Cleveland]] handles paperwork. Home: [[A:5530 Darlington Rd]], [[A:Squirrel Hill]], [[A:Pittsburgh]] [[Z:15217]].

Referrals sent via Allscripts Careport [[D:11/25]]:
1. [[F:Charles Morris Nursing & Rehab]] - ACCEPTED, bed [[D:11/28]]
2. [[F:Jewish Association on Aging]] - ACCEPTED
3. [[F:Canterbury Place]] - declined (no beds)
4. [[F:Kane Glen Hazel]] - pending
Family chose [[F:Charles Morris]] (walking distance for wife). Insurance auth submitted [[D:11/26]], ref AUTH#[[ID:9920183344]] - APPROVED [[D:11/27]] 13:05 for 14 days, next review [[D:12/9]].

Transport: wheelchair van via [[F:Ambulnz]] for [[D:11/28]] at 11:00, confirmation [[ID:AMB-3381920]].
Follow-up: neurosurgery Dr. [[N:Okonkwo-Shapiro]] [[D:12/10]] at [[F:UPMC Presbyterian]] Neurosurgery clinic; repeat CT head prior.
Keppra 500 BID x 7 days then stop per NSGY.
Meds to bed: filled at [[F:UPMC Outpatient Pharmacy]], Rx #s [[ID:8809112]], [[ID:8809113]].

Barriers: none identified. IM notice (Important Message from Medicare) delivered [[D:11/27]], 2nd copy signed by wife.

[[N:Colleen Mahaffey-Ruiz]], RN, BSN, CCM   Vocera "Case Mgmt 10F"   [[P:x5-8172]]
""")

# 40 urgent care note (MVC)
add("""
[[F:MedExpress Urgent Care - Morgantown]]
[[A:1201 Van Voorhis Rd]], [[A:Morgantown]], WV [[Z:26505]]  |  [[P:304-598-1950]]

Visit [[D:11/29/2026]] 13:22   Provider: [[N:Chelsea Ramirez-Tan]], PA-C
Patient: [[N:Dylan Shumaker]]   DOB [[D:3-30-1999]]   Acct [[ID:MX88201947]]   Ins: Highmark BCBS [[ID:YHX442918837]]

CC: neck pain after car accident this AM

HPI: 27M restrained driver of 2017 Honda Civic (VIN [[ID:2HGFC2F59HH551904]], WV plate [[ID:7WK-229]]) rear-ended at ~25 mph while stopped at light on [[A:Patteson Dr]] at ~09:30 today. +airbag no (rear impact). Self-extricated, ambulatory at scene. Police report # [[ID:MPD-26-33817]] (Officer [[N:Haddix]]). Other driver's insurer (Progressive claim [[ID:8866-10-4420]]) asked him to "get checked out." Now c/o posterior neck stiffness 5/10, worse turning head L. No numbness/tingling, no weakness, no HA, no LOC, no vomiting.

PMH: none. Meds: none. NKDA. Works as a lineman for Mon Power. Smokes vape.

Exam: VS T 98.2 F, HR 84, BP 134/82, RR 14, SpO2 99%.
Alert, NAD. No midline C-spine TTP, paraspinal TTP L trapezius. ROM: rotation L 50 deg with pain, R 70. Strength 5/5 UE. Sensation intact C5-T1. Reflexes 2+ symmetric. Spurling neg. No seatbelt sign.
Canadian C-spine Rule: age < 65, no dangerous mechanism (simple rear-end), ambulatory, no midline tenderness, able to rotate 45 deg L & R -> imaging NOT indicated.

Dx: cervical strain (whiplash), S13.4XXA; MVC V43.52XA

Plan: ibuprofen 600 mg q6h with food x 5-7 days; cyclobenzaprine 5 mg qHS PRN (no driving); heat; gentle ROM. Work note: light duty x 3 days, no climbing. Return/ED precautions reviewed. F/u PCP Dr. [[N:Nate Strosnider]] ([[F:WVU Medicine Family Medicine - Suncrest Towne Centre]]) if not improved in 1 wk.
Rx sent to [[F:Rite Aid #10822]] [[A:University Ave]].

Patient requested copy of records for attorney; directed to ROI at [[E:records@medexpress.com]] / [[U:medexpress.com/patient-records]].

[[N:Chelsea Ramirez-Tan]], PA-C   Supervising: [[N:Harlan J. Pettry]], DO
""")

# 41 ID consult / OPAT
add("""
INFECTIOUS DISEASES - OPAT ENROLLMENT NOTE
[[F:Oregon Health & Science University]] ([[F:OHSU]]) OPAT Program
Date: [[D:Tue, 24 Nov 2026]]
Patient: [[N:Wren Aldridge-Nakamoto]] (they/them)   MRN [[M:OHSU-0882193]]   DOB [[D:10/05/1986]]
Primary ID attending: [[N:Leopold Gutiérrez-Fong]], MD   OPAT RN: [[N:Maren Eklund]], RN

Diagnosis: MSSA native tricuspid valve endocarditis with septic pulmonary emboli; h/o injection drug use (in sustained remission on buprenorphine since [[D:9/2026]])
Blood cx first positive [[D:11/3/2026]]; first negative [[D:11/6/2026]]. TEE ([[D:11/5]]): 1.4 cm TV vegetation, mod TR.
Antibiotic: cefazolin 2 g IV q8h via elastomeric pump (changed q24h by home infusion), planned 6 weeks from first negative culture -> END DATE [[D:12/18/2026]].
Access: R basilic PICC, 4 Fr single lumen, placed [[D:11/20/26]] by VAT ([[N:Guadalupe]]), tip cavoatrial junction on CXR.

Home infusion: [[F:Option Care Health]] - [[A:Portland]] ([[P:503-283-7900]]); pharmacist [[N:Yusuf Demir]], PharmD.
Home: [[A:2240 SE Clinton St]], [[A:Portland]], OR [[Z:97202]] - lives with partner [[N:Sage]] (phone [[P:971-555-0126]]). Partner trained on pump/dressing.
Addiction medicine: [[F:CODA Inc.]] - Dr. [[N:Ayelet Ben-Haim]]; bup/nx 16/4 mg daily, Rx through [[D:12/21]].
PICC safety agreement reviewed and signed; tamper-evident dressing; weekly check by home RN.

Weekly labs (Mondays): CBC w/diff, BMP, LFTs, ESR/CRP - drawn by home RN, faxed to OPAT [[P:503-346-0512]] and results also via secure email to [[E:opat@ohsu.edu]].
Next ID clinic: [[D:12/8]] 9:00 and [[D:12/17]] (EOT planning). TTE prior to EOT.

Telehealth visit alternative: [[U:https://www.ohsu.edu/telehealth]]; pt's Zoom login verified ([[E:wren.an86@protonmail.com]]).

Pt consented to OPAT. All questions answered.
[[N:L. Gutiérrez-Fong]], MD
""")

# 42 palliative care family meeting
add("""
Palliative Care - Family Meeting Note
[[F:Providence St. Vincent Medical Center]] CVICU
[[D:11/29/2026]], 15:00-16:10, family conference room 2

Patient: [[N:Ignatius "Iggy" Morrow]], [[AG:90]] y.o. M, MRN [[M:PSV00771239]]
Present: daughter [[N:Bernadette Morrow-Kaye]] (HCR/POA), son [[N:Francis Morrow]] (by phone from [[A:Anchorage]], [[P:907-555-0139]]), granddaughter [[N:Clementine]] ("[[N:Clem]]"), ICU attending Dr. [[N:Ngozi Eze-Whitcombe]], bedside RN [[N:Patience Amankwah]], chaplain Fr. [[N:Dominic Tran]]; palliative MD (author); SW [[N:Hallie Gwinn]].

Background: Mr. [[N:Morrow]], a retired longshoreman, was admitted [[D:11/21]] with cardiogenic shock after inferior STEMI; s/p PCI to RCA [[D:11/21]], Impella CP [[D:11/21]]-[[D:11/25]], now on norepinephrine 0.1 and dobutamine 5, on CVVHD since [[D:11/24]], intubated since [[D:11/22]]. Failed SBT x3. Delirium (CAM-ICU+).

Medical update (Dr. [[N:Eze-Whitcombe]]): multiorgan failure not improving; estimated chance of surviving to discharge <10%, and if so would be dependent on dialysis and likely trach/PEG in LTACH.

Patient's values (per family): WWII veteran's son, Navy himself in Korea; "never wanted to be kept alive on machines" - said this after his wife [[N:Dolores]] died at [[F:Hospice of the Northwest]] in 2019 - he has a POLST from [[D:March 2023]] with "Limited interventions." Daughter tearful but clear: "Dad would hate this."

Decision: Transition to comfort-focused care. Son in agreement by phone. Plan to stop CVVHD and titrate off pressors tomorrow AM after family arrives (granddaughter flying from [[A:Boise]]; grandson [[N:Declan]] driving from [[A:Bend]]). DNR/DNI - no re-intubation; compassionate extubation [[D:Mon 11/30]] ~10:00. Morphine and midazolam infusion orders per protocol. Catholic sacrament of the sick requested - chaplain to arrange.

Time: 70 min, > 50% counseling.
[[N:Rosalind Achterberg]], MD, Palliative Medicine
""")

# 43 interfacility transfer summary
add("""
INTERFACILITY TRANSFER SUMMARY
From: [[F:Coffey County Hospital]], [[A:Burlington]], KS [[Z:66839]]  (Critical Access)   ph [[P:620.364.2121]]
To: [[F:The University of Kansas Health System]], [[A:Kansas City]], KS - accepting Dr. [[N:Ishaan Malhotra]] (MICU), via [[F:LifeStar]] rotor
Transfer center call ref # [[ID:TC-112926-0419]] at 03:48 on [[D:11/29/2026]]

Patient: [[N:Leona Mae Kraus]]    DOB: [[D:6/15/1936]]    Age: [[AG:90]]    MRN: [[M:CCH 009184]]
SSN: [[S:511-42-0983]]     Medicare MBI: [[ID:3QY7-EF2-MN81]]
Next of kin: husband [[N:Harlan Kraus]] ([[AG:93]]), [[A:1408 Neosho St]], [[A:Burlington]]; daughter [[N:Janelle Kraus-Reinholt]] [[P:(785) 555-0193]], [[E:janelle.reinholt@ruralbroadband.net]]
PCP: Dr. [[N:Wilmer Stueve]], [[F:Coffey Health System Clinic - Waverly]]

Reason: septic shock, source likely urinary, needing ICU level care not available here.

Course: Pt brought by husband [[D:11/28]] evening with fever 39.6, rigors, confusion. Lactate 5.1 -> 3.8 after 30 mL/kg LR. MAP 58 despite fluids -> norepinephrine via R IJ CVC (placed 01:30 by Dr. [[N:Wambui Kariuki]], confirmed CXR). Cultures x2 drawn prior to abx. Pip-tazo 4.5 g given 23:55, vanco 1.5 g 00:40. UA: >182 WBC, nitrite +. CT A/P: L hydroureteronephrosis with 7 mm obstructing UVJ stone -> needs urgent decompression (urology not available locally).

Current: norepi 0.12 mcg/kg/min, MAP 66. A&O x1. On 4L NC 95%. UOP 15 mL/h. Cr 2.4 (baseline 1.0 per [[D:Sept 2026]] labs).
Allergies: sulfa (rash).
Code: FULL (confirmed with patient, husband, and daughter at 02:10; POLST not on file).
Belongings sent: glasses, dentures (upper), wedding ring given to husband.
Images pushed via PACS to [[F:KUHS]] ([[F:KUMC]] node [[IP:10.201.8.44]]).

Sending physician: [[N:Gretchen Ohlhausen]], DO    [[D:11/29/26]] 04:05
""")

# 44 death note / ME notification
add("""
DEATH NOTE / PRONOUNCEMENT
[[F:Henry Ford Hospital]] - 7 Brush North
Patient: [[N:Czesława "Charlotte" Zielinski]]   MRN: [[M:HF-77310294]]   DOB: [[D:3/1/1926]]

Called by RN [[N:Devontae Harris]] at 04:17 on [[D:November 30, 2026]] for pt without respirations. On exam: no response to verbal or tactile stimuli, pupils fixed and dilated, no heart sounds auscultated for 60 sec, no breath sounds, no carotid pulse. Pronounced dead at 04:21.

Ms. [[N:Zielinski]] was a [[AG:100]]-year-old woman (she turned [[AG:one hundred]] on [[D:March 1]] and received a letter from the governor) admitted [[D:11/26]] with aspiration pneumonia, comfort measures only since [[D:11/28]] per her wishes and those of her nephew and HCPA [[N:Tadeusz "Ted" Zielinski]]. Family was at bedside until 01:00.

Cause of death: aspiration pneumonia (days), due to oropharyngeal dysphagia (months), due to advanced dementia (years). Other significant conditions: CKD 3a, HTN.

Notifications:
- Family: nephew notified by phone at 04:35 ([[P:313-555-0152]]); he will call [[F:Pietrzyk Funeral Home]] in [[A:Hamtramck]] ([[P:(313) 873-2660]]).
- Attending: Dr. [[N:Fitzgerald-Obi]] notified 04:40.
- Medical Examiner: [[A:Wayne County]] ME notified 04:45 (not an ME case per investigator [[N:R. Szymanski]], case ref [[ID:WCME-26-08814]]) - released.
- [[F:Gift of Life Michigan]]: referral # [[ID:GOL-2611300017]], not a candidate for organ donation; tissue (corneas) declined by family.
- Chaplain: Fr. [[N:Andrzej Kowalik]] had given last rites [[D:11/28]].
- Death certificate to be completed in EDRS by attending within 48 h; autopsy declined.

Body released to funeral home. Personal effects (rosary, wedding band, hearing aids) given to nephew's wife [[N:Bożena]] per inventory form signed 05:10.

[[N:Aditi Raghunathan]], MD (PGY-1 Internal Medicine)   pager [[P:313-916-2600 #4471]]
""")

# 45 pediatric ED / child protection note
add("""
CHILD PROTECTION TEAM CONSULTATION
[[F:Nationwide Children's Hospital]] - [[F:Center for Family Safety and Healing]]
Date/Time: [[D:11/30/2026]] 11:05
Patient: [[N:Jaxon Michael Tuttle]]    DOB: [[D:04/12/2026]]    MRN: [[M:NCH-6671092]]    Age 7 mo
Case: FCCS intake # [[ID:2026-CPS-118827]]; CPD report # [[ID:26-0418822]] (Det. [[N:Angela Marchbanks]])
Requested by: Dr. [[N:Kenji Holloway-Sato]], ED attending

History (obtained separately):
- Mother, [[N:Destiny Tuttle]] (19), states infant "rolled off the couch" [[D:Saturday]] around 9 pm at the home on [[A:Sullivant Ave]] in [[A:Columbus]] ([[A:Franklin County]]) while she was in the bathroom. Cried right away, then "fine."
- Mother's boyfriend, [[N:Cody Ray Pruitt]] (24), states he was at work at the time; later states he was home asleep.
- Maternal grandmother [[N:Tammy]] ([[P:614-555-0177]]) reports infant "not acting right" since [[D:Sunday]], sleepier, vomited x2.

Exam: irritable, anterior fontanelle full. 3 x 2 cm boggy swelling R parietal. Patterned bruises: 3 linear 1 cm bruises R upper arm; 1 cm bruise L pinna. No petechiae. Frenulum intact.
Imaging: CT head: R parietal nondisplaced skull fx, thin bilateral subdural collections of differing densities (acute + subacute). Skeletal survey: healing R 7th and 8th posterior rib fractures; classic metaphyseal lesion distal L femur.
Ophtho (Dr. [[N:Bui]]): multilayered retinal hemorrhages OU, too numerous to count, extending to periphery.
Labs: CBC, coags, LFTs, lipase normal. UA neg.

Assessment: Findings are diagnostic of physical abuse (abusive head trauma with additional fractures of different ages). The history of a short fall from couch does not explain these injuries.

Plan:
1. Admit PICU; neurosurgery following.
2. FCCS and CPD notified 11:40; caseworker [[N:Keandra Sims]] ([[P:614-229-7000]]) en route. Safety plan: no unsupervised contact by mother or boyfriend pending investigation.
3. Sibling screen: half-sibling [[N:Aubree]] (3 yo) lives in the home - FCCS to bring for exam today.
4. Repeat skeletal survey in 2 weeks ([[D:12/14]]).
5. Photo documentation (forensic photographer [[N:Lyle Underwood]]), uploaded to secure share [[U:cfsh-photos.nationwidechildrens.org/case/2611300]] from workstation [[IP:10.44.201.17]].

[[N:Margaret Ostrowski-Dunn]], MD, Child Abuse Pediatrics
""")


def parse(marked):
    out, spans, pos = [], [], 0
    clen = 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre); clen += len(pre)
        code, val = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("bad code %r in %r" % (code, m.group(0)))
        if not val or val != val.strip():
            raise ValueError("empty/padded span %r" % m.group(0))
        spans.append([clen, clen + len(val), CODES[code], val])
        out.append(val); clen += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("leftover markup: " + text[text.find("[["):][:80])
    return text, spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    counts = Counter()
    rows = []
    problems = 0
    for i, marked in enumerate(NOTES, 1):
        nid = "heldout5-%02d" % i
        text, spans = parse(marked)
        words = len(text.split())
        if not (150 <= words <= 600):
            print("WORDCOUNT", nid, words); problems += 1
        prev_end = -1
        for s, e, t, v in spans:
            assert text[s:e] == v, (nid, s, e, v)
            assert t in TYPES, (nid, t)
            if s < prev_end:
                print("OVERLAP", nid, v); problems += 1
            prev_end = e
            counts[t] += 1
        rows.append({"id": nid, "text": text,
                     "spans": [[s, e, t] for s, e, t, v in spans]})
        print("%s words=%d spans=%d" % (nid, words, len(spans)))
    with open(os.path.join(here, "eval_heldout5.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["notes: %d" % len(rows)]
    for t in TYPES:
        lines.append("%-9s %d" % (t, counts[t]))
    lines.append("TOTAL     %d" % sum(counts.values()))
    print("\n".join(lines))
    with open(os.path.join(here, "heldout5_COUNTS.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    if problems:
        print("PROBLEMS:", problems); sys.exit(1)


if __name__ == "__main__":
    main()
