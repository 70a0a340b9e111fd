# -*- coding: utf-8 -*-
"""Held-out evaluation set 6: synthetic clinical notes with planted PHI.

Inline markup: [[C:text]] where C is a one-letter code:
  N=NAME D=DATE P=PHONE E=EMAIL M=MRN S=SSN A=ADDRESS Z=ZIP U=URL I=IP
  G=AGE>89 X=ID F=FACILITY
Run:  python notes.py   -> eval_heldout6.jsonl, COUNTS.txt
"""
import json, re, os, sys
from collections import Counter

CODES = {"N": "NAME", "D": "DATE", "P": "PHONE", "E": "EMAIL", "M": "MRN",
         "S": "SSN", "A": "ADDRESS", "Z": "ZIP", "U": "URL", "I": "IP",
         "G": "AGE>89", "X": "ID", "F": "FACILITY"}
NOTES = []
def add(t):
    NOTES.append(t.strip("\n"))

# ---------------------------------------------------------------- 01 US primary care, terse SOAP
add(r"""
[[F:Maple Ridge Family Medicine]] - Office Visit
Pt: [[N:LOPEZ-HARRIS, Dolores]]   DOB: [[D:07/14/1958]]   MRN: [[M:MRF-0048213]]
Seen [[D:Tue 3/10/26]] by [[N:Kevin Oyelaran]], PA-C; supervising Dr. [[N:Hannah Feld]] -> see below
Ins: Aetna PPO member [[X:W219447810]] grp [[X:0087713]]

S: 67yo F here for f/u T2DM + HTN. Says sugars "all over the place" since her husband [[N:Ray]] had his hip done at [[F:St. Vincent's]] in [[D:Feb]]. Daughter [[N:Crystal]] now checks on her most days. Home BG 140s-220s fasting. Denies CP/SOB. Taking Lantus 22u qhs, metformin 1000 bid, lisinopril 20. Missed ~4 doses/wk of evening metformin (GI upset).
O: BP 148/86, HR 78, Wt 201 lb, BMI 34.5. Monofilament intact bilat. A1c today 8.9 (was 7.6 in [[D:Sept 2025]]). eGFR 61.
A/P:
1. T2DM uncontrolled - switch to metformin ER 2000 qd, Lantus to 24u. Ref to DSME at [[F:Lakeshore Diabetes Center]], ph [[P:(414) 555-0187]].
2. HTN - add amlodipine 5. Recheck 4 wk.
3. Caregiver strain - gave husband's PT info. SW referral.
Pt prefers text reminders to cell [[P:414-555-0163]]; okay to leave VM.
RTC [[D:4/7]] or sooner prn.
-- [[N:KO]] / cosigned [[N:H. Feld]] MD [[D:03/11/2026]]
""")

# ---------------------------------------------------------------- 02 US ED triage, ALL CAPS
add(r"""
[[F:MERCY GENERAL HOSPITAL]] EMERGENCY DEPT - TRIAGE NOTE
ARRIVAL: [[D:11/22/2025]] 0214 VIA CFD AMBULANCE 14
PT NAME: [[N:WASHINGTON, TYRELL J]]   AGE: 34   SEX: M
ACCT#: [[X:E2025112200417]]   MRN: [[M:00913377]]
ADDR ON FILE: [[A:2219 N KEDZIE AVE APT 3R]], [[A:CHICAGO]] IL [[Z:60647]]
CC: GSW L THIGH PER EMS. FOUND BY FRIEND "[[N:DRE]]" ([[N:ANDRE MOSLEY]]) OUTSIDE [[A:4400 W FULLERTON]]. 
TRIAGE ESI 2. GCS 15. BP 104/62 HR 122 RR 22 SPO2 98% RA T 36.4. TOURNIQUET APPLIED BY CPD OFFICER [[N:R. KOWALCZYK]] BADGE [[X:11873]] AT 0151.
PAIN 9/10. NO LOC. DENIES OTHER INJURY. ETOH: "2 BEERS". 
ALLERGIES: PCN (RASH).
PMH: ASTHMA. MEDS: ALBUTEROL PRN.
EMERGENCY CONTACT: MOTHER [[N:LORETTA WASHINGTON]] [[P:773-555-0129]] (HOME) / [[P:773 555 0188]] (CELL)
POLICE REPORT #: [[X:JH-548812]] - DET. [[N:MARISOL ABREU]] REQUESTS CALLBACK [[P:312-555-0100 X 4471]]
TRAUMA ALERT CALLED 0216. TO BAY T2. 
TRIAGE RN: [[N:B. OKAFOR]] RN
""")

# ---------------------------------------------------------------- 03 US ward handover SBAR
add(r"""
4 WEST MED-SURG -- NIGHT -> DAY HANDOFF ([[D:Sat 08 Feb 2026]])
Giving: [[N:Jess]] RN   Receiving: [[N:Marcus T.]] RN   Charge: [[N:Priya Raman]]

Rm 412-A  [[N:Gutierrez, Esperanza]]  82F  MRN [[M:5528-1930]]  Dr [[N:Whitfield]] (hospitalist)
S: CAP, day 3 ceftriaxone/azithro. 
B: COPD on 2L home O2, lives w/ son [[N:Rafael]] in [[A:Pueblo]]. DNR/DNI - MOLST signed [[D:2/5]].
A: Sats 91-93% on 3L NC overnight, desatted to 86 when pulled off O2 at 0300 - replaced. Afebrile since yesterday 1400. Confused 0100-0200, reoriented, CAM neg this AM. Voided x2. Braden 14.
R: Wean O2 as tol. PT/OT eval today. Son wants call before 10 - [[P:719.555.0176]]. Case mgmt to look at SNF - family prefers [[F:Sangre de Cristo Care Center]].

Rm 415  [[N:Bill Hart]]  [[G:90]]M (turned [[G:90]] on [[D:2/6]])  MRN [[M:5531-0044]]
S: Fall at home, R hip fx s/p IMN [[D:02/06/26]] (Dr [[N:Aguilar]], ortho).
B: AFib on apixaban (held periop, resume per ortho), CKD3b. Wife [[N:June]] at bedside most days; she is 88, hard of hearing.
A: Hgb 8.1 from 9.4. Pain controlled w/ oxy 5 q4 prn, last 0415. Foley out 0600 - needs void by 1200. Waterlow high.
R: Recheck CBC 1400. Ortho to decide re apixaban. Chaplain Fr. [[N:Tom Nguyen]] visiting this AM at family request.

Rm 420  [[N:DOE, Hope]]  (alias - pt declined to give legal name)  ~30F  temp MRN [[M:TMP-77214]]
S: DKA resolved, transitioned to SQ insulin 2200. 
R: SW to see re: housing. Pt says she stays at [[F:Harbor Light]] shelter on [[A:Sheridan Blvd]]. Do NOT release info to anyone calling for "[[N:Mandy]]".
""")

# ---------------------------------------------------------------- 04 US tumour board minutes
add(r"""
MULTIDISCIPLINARY THORACIC TUMOR BOARD - MINUTES
[[F:Cascade Regional Cancer Institute]], Conf Rm B / Zoom ([[U:https://cascadehealth.zoom.us/j/94455120738]])
Date: [[D:Thursday, January 15, 2026]], 07:00-08:15
Chair: Dr. [[N:Anjali Mehrotra]] (Med Onc). Present: [[N:S. Albrecht]] (Rad Onc), Dr. [[N:Felix Obi]] (Thoracic Surg), [[N:Lucy Zhang]] (Path), Dr. [[N:Tomasz Wróbel]] (Radiology), [[N:Kim Dao]] RN nurse navigator, [[N:Grace Kettering]] (scribe).

Case 1. [[N:Harold "Hal" Brennan]], 71M, MRN [[M:CR-2240918]]. Referred by Dr. [[N:Nadia Saleh]], [[F:Bend Internal Medicine]].
PET-CT [[D:12/29/2025]] (acc# [[X:RAD25-1229-00871]]): 3.4 cm RUL mass, SUV 11.2, ipsilateral hilar node. EBUS [[D:1/8/26]] at [[F:St. Charles Medical Center]]: station 10R positive, 4R/7 neg. Path: adenocarcinoma, PD-L1 TPS 60%, EGFR/ALK neg (report [[X:SP26-000412]]). Stage IIIA (T2aN1M0). 
Discussion: [[N:Obi]] feels resectable; [[N:Albrecht]] notes FEV1 58% pred. Consensus: neoadjuvant chemo-immunotherapy x3 then lobectomy. Enroll on neoadjuvant trial? - no, exclusion (prior RT). 
Action: [[N:Kim]] to call pt at [[P:541-555-0134]]; wife [[N:Sheila]] is primary contact.

Case 2. [[N:Nakamura, Emi]], 54F, MRN [[M:CR-2251003]]. 
Incidental 9 mm LLL GGO on CTA chest at outside hosp ([[F:Good Samaritan Regional]], [[A:Corvallis]]). No prior imaging found. Lung-RADS n/a (not screening). Consensus: repeat CT 3 mo ([[D:April 2026]]). 
Action: Dr [[N:Wróbel]] to request outside images via PACS share; pt's son [[N:Kenji]] is health care proxy.

Next board: [[D:1/22]]. Minutes distributed via secure e-mail to [[E:tumorboard@cascadehealth.org]] (list) - contact [[E:gkettering@cascadehealth.org]] for corrections.
""")

# ---------------------------------------------------------------- 05 US e-mail thread
add(r"""
From: [[N:Rebecca Lindqvist]] <[[E:rlindqvist@northshoreped.com]]>
Sent: [[D:Monday, October 6, 2025]] 4:52 PM
To: Dr. [[N:Omar Haddad]] <[[E:ohaddad@bch-peds.org]]>
Cc: [[N:Tina]] (front desk) <[[E:frontdesk@northshoreped.com]]>
Subject: RE: RE: urgent - [[N:Mateo Silva]] (DOB [[D:04/02/2019]]) - growth concern

[[N:Omar]] - thanks for squeezing him in. Mom ([[N:Daniela Silva]]) confirmed for [[D:10/14]] at 9:30 at your [[A:Waltham]] clinic. Her cell is [[P:(781) 555-0191]], Spanish preferred but she's fine in English for logistics. Dad ([[N:Joao]]) works nights, don't call before noon.

I've faxed growth charts + last labs to [[P:617-555-0102]] (your fax). Our chart # for him is [[M:NSP-118832]]. Insurance is MassHealth ID [[X:100287465231]].

[[N:Rebecca]]

-----Original Message-----
From: [[N:Haddad, Omar]]
Sent: [[D:Monday, October 6, 2025]] 11:03 AM
Subject: RE: urgent - [[N:Mateo Silva]] - growth concern

[[N:Rebecca]], yes, height crossing down from 50th to <5th since age 4 is worth seeing. Is the bone age done? If not, order at [[F:Beverly Hospital]] so it's in Epic. I'd also send IGF-1, TSH, celiac screen, CMP. Can you ask mom about parents' heights? - [[N:OH]]

-----Original Message-----
From: [[N:Lindqvist, Rebecca]]
Sent: [[D:Friday, October 3, 2025]] 3:40 PM
Subject: urgent - [[N:Mateo Silva]] - growth concern

Hi [[N:Omar]], 6 y/o boy, height now 103.2 cm (<3rd %ile), wt 17.1 kg (15th). Otherwise well, good appetite, nl development. Parents 5'2" and 5'9". Any chance he could be seen before [[D:Thanksgiving]]? 
[[N:Rebecca Lindqvist]], MD | [[F:North Shore Pediatric Associates]] | [[A:36 Elliott St]], [[A:Beverly]], MA [[Z:01915]] | T [[P:978.555.0140]] | [[U:www.northshoreped.com]]
""")

# ---------------------------------------------------------------- 06 US patient letter
add(r"""
[[F:Sunbelt Cardiology Associates]]
[[A:8800 Westheimer Rd, Suite 410]]
[[A:Houston]], TX [[Z:77063]]
Phone [[P:713-555-0172]]  |  Fax [[P:713-555-0173]]

[[D:November 18, 2025]]

Mrs. [[N:Velma Okonkwo-Reyes]]
[[A:1507 Bayou Bend Ln]]
[[A:Pasadena]], TX [[Z:77502-3318]]

RE: Your Holter monitor results
Patient ID: [[M:SCA-00771245]]

Dear Mrs. [[N:Okonkwo-Reyes]],

Thank you for wearing the 14-day ambulatory monitor (Zio XT, serial [[X:ZX8841902]]) from [[D:October 27]] to [[D:November 10]]. I have reviewed the report with Dr. [[N:Patel]].

The recording showed your heart rhythm was normal most of the time. There were short runs of a fast rhythm from the top chambers (the longest lasting 11 beats) and occasional extra beats (about 2% of all beats). These are common and usually harmless. We did not see atrial fibrillation or any dangerous rhythms. The episodes you marked with the button on [[D:Nov 2]] and [[D:Nov 5]] matched normal rhythm with extra beats.

Please continue metoprolol 25 mg twice daily, reduce caffeine, and call us if you faint or have chest pain. We would like to see you in 3 months; our scheduler [[N:Marisol]] will call you at [[P:832-555-0159]].

You can also see your results in the patient portal at [[U:https://mychart.sunbeltcardio.com]] (username on file: [[X:vokonkwo58]]).

Sincerely,

[[N:Denise A. Fairweather]], APRN, FNP-C
NPI [[X:1487723390]]
cc: Dr. [[N:Roberto Ancira]], PCP, [[F:Gulfgate Primary Care]]
""")

# ---------------------------------------------------------------- 07 US SNF nursing note (90+)
add(r"""
[[F:Whispering Pines Skilled Nursing & Rehab]] - Nursing Progress Note
Resident: [[N:Fitzgerald, Margaret]] "[[N:Peg]]"     Rm 22B     Res# [[M:WP-3091]]
Age: [[G:97]]   DOB [[D:02-11-1928]]   Code: DNR/comfort focus   Hospice: [[F:Heartland Hospice]]
Date/Time: [[D:12/27/25]] 2240

Resident observed resting in bed, HOB 30. Alert to self only (baseline). Ate 25% of supper, refused pureed meat, took 240 ml thickened fluids with assist. Sacral stage 2 unchanged, 2 x 1.5 cm, foam dressing changed per order. Turn q2h maintained. PAINAD 2 - gave tylenol 650 PR per PRN order at 2015, PAINAD 0 at 2115.
Great-niece [[N:Shannon Delacroix]] visited 1800-2000, asked that her number be added as 2nd contact: [[P:(603) 555-0147]]. Primary contact remains son [[N:Walter Fitzgerald Jr.]] ([[P:603-555-0112]]), who lives in [[A:Keene]]. Resident's roommate Mrs. [[N:Abernathy]] ([[G:ninety-one]] y/o) complained of resident calling out "[[N:Eddie]]!" repeatedly around 2100 - [[N:Eddie]] was resident's late husband per son. Redirected with music (big-band playlist), effective.
Hospice RN [[N:Carla]] (hospice line [[P:1-800-555-0199]], option 6) to visit [[D:12/28]] a.m.
No falls. Bed alarm on, low bed, mats in place.
[[N:D. Pruitt]], LPN
""")

# ---------------------------------------------------------------- 08 US mental health / APS safeguarding
add(r"""
BEHAVIORAL HEALTH CONSULT - CONFIDENTIAL (42 CFR Part 2 may apply)
[[F:Valley Presbyterian Hospital]], Consult-Liaison Psychiatry
Patient: [[N:Kwame Asante]]  MRN [[M:VP4471902]]  DOB [[D:9/30/1936]] (age 89)
Consult requested [[D:06/02/2026]] by Dr. [[N:Leah Morgenstern]] (hospitalist) for capacity and possible elder abuse.

HPI: Pt admitted [[D:5/31]] with dehydration, AKI (Cr 2.9) and multiple bruises of varying age on upper arms. Lives at [[A:611 Calle Del Sol]], [[A:Van Nuys]] [[Z:91405]] with grandson [[N:Derek Asante-Miles]] (27), who has POA per pt. Pt reports [[N:Derek]] "handles the money" and that he has not been able to reach his bank. Neighbour Mrs. [[N:Ines Carrillo]] called 911 after not seeing pt for 3 days.
MSE: Well-groomed on ward, cooperative, speech soft, mood "tired", affect constricted. No SI/HI. MoCA 22/30. Able to explain the risks of returning home and states clearly "I don't want to go back with [[N:Derek]]".
Impression: Mild NCD; retains capacity for discharge decisions. Reasonable suspicion of neglect and financial exploitation.
Plan:
- APS report filed by me by phone [[D:6/2/26]] 15:40, APS hotline [[P:1 (877) 477-3646]]; intake worker [[N:Y. Baptiste]], referral #[[X:APS-26-0602-3318]].
- Notified LAPD per mandated-reporter rules; incident no. [[X:2609-11473]].
- Recommend SW ([[N:Carmen Ibarra]], LCSW, [[P:818-555-3982]]) explore placement at [[F:Sherman Oaks Post-Acute]].
- Bank: pt asked us to contact Mr. [[N:Alvarado]] at his credit union branch; pt gave his member number [[X:0004471190]]. SW to assist.
- PHQ-9 = 7. No psychotropics indicated.
[[N:Samuel Oduya]], MD, Psychiatry  pager [[P:818-555-0166]]
""")

# ---------------------------------------------------------------- 09 US occupational health
add(r"""
Occupational Health Services - Work Injury Report / Return-to-Work
Employer: on file (freight terminal, [[A:Joliet]])     Clinic: [[F:Concentra Urgent Care - Joliet]]
Employee: [[N:Bradley Van Der Meer]]     Emp ID: [[X:MFL-008814]]     SSN (last 4): [[S:xxx-xx-4471]]
DOB: [[D:3-22-1981]]     Phone: [[P:815 555 0121]]
Date of injury: [[D:08/19/2025]]     Date of visit: [[D:08/20/2025]]
WC carrier: Travelers, claim # [[X:WC-2025-IL-3390127]], adjuster [[N:Nora Feeney]] [[P:(860) 555-0118]] [[E:nfeeney@travelers-claims.example.com]]
Supervisor: [[N:Luis "Gordo" Ortega]]

Mechanism: forklift struck pallet; employee braced with R arm; felt pop R shoulder. 
Exam: R shoulder TTP anterior, ER 4/5, empty can +, Hawkins +, neuro intact. No deformity. XR R shoulder: no fx/disloc.
Dx: R rotator cuff strain (S46.011A).
Work status: MODIFIED DUTY [[D:8/20/25]] - [[D:9/3/25]]: no lifting > 10 lb with R arm, no overhead reach, no forklift operation. CDL medical card (exp [[D:11/2026]]) not affected for now.
DOT drug/alcohol post-accident screen collected [[D:8/19]] 23:10, CCF # [[X:A04418820]], MRO to report.
Follow-up [[D:9/3/25]] 0800. PT 2x/wk x 2 wk.
Provider: [[N:Angela Whitcomb]], DO   Lic. [[X:036.147822]]
""")
# ---------------------------------------------------------------- 10 US dental
add(r"""
[[F:Bright Smiles Dental Group]] - Clinical Note
Patient: [[N:Tran, Minh Chau]] ("[[N:Chau]]")   Chart #: [[M:BSD-20931]]   DOB: [[D:01/09/1990]]
Date: [[D:07/21/2025]]   Provider: Dr. [[N:Ellen Rourke]], DDS   Asst: [[N:Kayla]]
Insurance: Delta Dental PPO, subscriber [[N:Tran, Quoc]] (spouse), ID [[X:DD8817320441]]

CC: "back tooth on the left hurts when I drink cold stuff and bite down" x 2 wks.
Med hx reviewed - no changes. NKDA. Pt 22 wks pregnant (OB: Dr. [[N:Amit Kulkarni]], [[F:Swedish Medical Center]]); obtained OK for lidocaine w/ epi via fax [[P:206-555-0123]].
Exam: #19 MOD amalgam w/ recurrent decay distal, fractured ML cusp. Cold: lingering 8 sec. Perc +. BW x2 taken w/ double lead apron + thyroid collar. PA #19: no PARL.
Dx: irreversible pulpitis #19.
Tx today: 1.7 ml 2% lido 1:100k IANB. Pulpotomy #19, temp IRM. Rx: acetaminophen 500 mg 1-2 q6h prn (NO ibuprofen - pregnancy). 
Next: RCT #19 with Dr. [[N:Sandoval]] (endo) after delivery vs 2nd trimester - pt to decide; crown #19 after.
Perio: 4-5 mm pockets #2, #3, #14, #15 - pregnancy gingivitis. OHI given. 
Pt asked us to send appt reminders to [[E:chau.tran.1990@gmail.com]] not to husband's phone.
Next appt: [[D:Aug 4]] 10:00 w/ [[N:Rourke]].
""")

# ---------------------------------------------------------------- 11 US optometry (lower case habits)
add(r"""
[[F:clearview eye care]] - comprehensive eye exam
pt: [[N:brooks, summer]]   dob [[D:5/5/62]]   pt # [[M:CV-77140]]   seen [[D:2/19/26]]
referred by: dr [[N:patel]] ([[F:eastside primary care]]) for diabetic eye screen
vsp member id: [[X:VSP31188203]]

hx: t2dm x 12y, last a1c 7.4. pt reports blurred distance vision driving at night, worse past 6 mo. works as school bus driver for the district, needs dmv vision form. husband [[N:frank]] drove her today.
va sc: od 20/40, os 20/30. va cc (old rx): od 20/30, os 20/25. ph 20/20 ou.
manifest: od -1.25 -0.50 x 085, os -1.00 -0.25 x 095, add +2.25. va 20/20 ou.
iop (icare): 17 / 18 @ 10:42.
sle: 1+ ns ou, otherwise wnl.
dfe (1% trop / 2.5% phenyl): c/d 0.3 ou, no dr, no cme. maculae flat.
oct mac: normal thickness ou. 
a/p:
1. myopia/astig/presbyopia - new pal rx given.
2. t2dm w/o retinopathy - rtc 1 yr, letter to dr [[N:patel]] fax [[P:(502) 555-0138]].
3. early ns cataract - monitor.
dmv form 4012 completed, corrected vision meets standard. dl # [[X:B22-418-557]] copied to chart per pt.
od [[N:m. whitlock]]
""")

# ---------------------------------------------------------------- 12 US physiotherapy
add(r"""
PHYSICAL THERAPY DAILY NOTE - Visit 6 of 12 (auth # [[X:UHC-PT-55172903]])
Clinic: [[F:Peak Motion Physical Therapy]], [[A:2750 Arapahoe Rd]], [[A:Boulder]] CO [[Z:80303]]
Pt: [[N:Olamide "Lami" Adeyemi]]   DOB [[D:11-03-1994]]   Pt #: [[M:PM-004419]]
DOS: [[D:Wed 1/28/2026]]   Therapist: [[N:Jordan Reyes-Blum]], PT, DPT (CO lic [[X:PT.0018842]])
Dx: s/p R ACL recon (BTB) [[D:11/24/25]], Dr. [[N:Grant Hollister]] @ [[F:Boulder Community Health]].

S: "Knee feels strong, still stiff first thing." Pain 2/10 at rest, 4/10 after stairs. Back at work (barista) 4 h shifts. Sleeping ok. Pt's sister [[N:Bisi]] is taking her to appts until she can drive.
O: Knee AROM 0-128 (prev 2-121). Quad lag 0. SL squat to 45 deg w/ mild valgus. Effusion: trace (stroke test). Incision healed. 
Tx: 97110 x3 units (TKE, step-downs, SL RDL, bike 10 min), 97140 x1 (patellar mobs), 97112 x1 (SL balance, foam). NMES quad 10 min.
A: Progressing well; ROM near goal. Quad strength ~65% LSI on HHD. 
P: Cont 2x/wk. Begin jog progression at wk 12 per [[N:Hollister]] protocol if LSI > 70%. Pt requests notes to employer be e-mailed to her: [[E:lami.adeyemi@protonmail.com]].
HEP updated in app - login [[X:ladeyemi94]] ([[U:peakmotionpt.medbridgego.com]]).
Next visit [[D:2/2]].
[[N:J. Reyes-Blum]], DPT
""")

# ---------------------------------------------------------------- 13 US midwifery / L&D
add(r"""
[[F:Riverbend Birth Center]] - Intrapartum Midwifery Note
Client: [[N:Sarah-Jane Whitehorse]]   G2P1001   EDD [[D:03/09/2026]]   Chart [[M:RBC-2611]]
Support: partner [[N:Cody Whitehorse]], doula [[N:Rain Molina]] ([[P:505-555-0184]]).
Admitted [[D:3/4/26]] 0630 in active labor.

0630  SVE 5/90/-1, vertex, ROP. FHR 135, mod var, accels. Ctx q3 x 60s. GBS neg ([[D:2/3]]). Intact membranes.
0815  Tub. Coping well, vocalizing. FHR intermittent auscultation 130s.
0940  SROM clear. SVE 8/100/0. Position changed to hands-knees.
1102  Complete/+2. Pushing spontaneously.
1131  NSVD of live female, LOA, over intact perineum. Apgars 8/9. Wt 3,610 g. Baby girl named "[[N:Juniper]]". Cord clamped after pulsation ceased, cut by partner.
1140  Placenta delivered spontaneously, 3VC, complete. EBL 350 ml. Fundus firm, U-1.
1215  Breastfeeding initiated, good latch.
Newborn ID band #[[X:55817]] placed on baby and mother. Hep B vaccine & vit K given 1300 (mother consented), erythro ointment declined.
Birth certificate worksheet given; father to be listed as [[N:Cody James Whitehorse]]. Mother's SSN for vital records: [[S:585-44-1092]].
Plan: discharge home ~4-6 h if stable; home visit [[D:3/5]] by [[N:Lark]] CNM; newborn screen at 24-48 h. Backup OB: [[F:Presbyterian Hospital]] L&D [[P:(505) 555-0145]].
Midwife: [[N:Theodora "Teddy" Salazar]], CNM, CPM   NM lic [[X:CNM-0344]]
""")

# ---------------------------------------------------------------- 14 US vaccination record
add(r"""
IMMUNIZATION ADMINISTRATION RECORD
Site: [[F:Walgreens #06412]], [[A:1401 E Sahara Ave]], [[A:Las Vegas]] NV [[Z:89104]]   Store ph [[P:702-555-0196]]
Patient: [[N:Ignatius O'Rourke]]   DOB [[D:1933-08-17]]   Age: [[G:92]]
Address: [[A:3305 Cabana Dr]], [[A:Las Vegas]], NV [[Z:89122]]
Phone: [[P:(702) 555-0171]]   Medicare MBI: [[X:1EG4-TE5-MK72]]   Part D: Humana, ID [[X:H81724455]]
Screening: no fever today; no hx GBS; no prior severe reaction. Pt lives alone, accompanied by caregiver [[N:Rosalind "Roz" Beck]] from [[F:Comfort Keepers]].

Vaccine                   Mfr/Lot              Dose   Route/Site    Date given      VIS date      Admin by
RSV (Arexvy)              GSK / 7LT39          0.5    IM / L delt   [[D:10/02/2025]]      [[D:10/19/2023]]    [[N:K. Moua]] RPh
Influenza HD (Fluzone)    Sanofi / UT8201AA    0.7    IM / R delt   [[D:10/02/2025]]      [[D:08/06/2021]]    [[N:K. Moua]] RPh
COVID-19 (Spikevax 25-26) Moderna / 059F25A    0.25   IM / L delt   [[D:10/02/2025]]      (EUA fact sheet)    [[N:K. Moua]] RPh
Prior: PCV20 [[D:3/14/2022]] at [[F:Summerlin Hospital]]; Shingrix #1 [[D:5/2021]], #2 [[D:Aug 2021]].

Observed 15 min, no reaction. Reported to Nevada WebIZ, confirmation [[X:NVW-5512908]].
Next due: Shingrix complete; Tdap (last 2014) - due.
Pharmacist: [[N:Kou Moua]], PharmD, NV RPh lic [[X:PH04471]]
""")

# ---------------------------------------------------------------- 15 US death certificate draft
add(r"""
DRAFT - CERTIFICATE OF DEATH WORKSHEET (physician section) - NOT FOR FILING
Decedent legal name: [[N:Eleanor Ruth Castellanos-Baird]]   AKA: [[N:Nell Baird]]
Sex: F   SSN: [[S:412-58-0937]]   Age: [[G:94]] years   DOB: [[D:April 29, 1931]]
Date of death: [[D:December 2, 2025]]   Time pronounced: 0412
Place of death: Inpatient - [[F:Baptist Memorial Hospital-Memphis]], [[A:6019 Walnut Grove Rd]], [[A:Memphis]], [[A:Shelby County]], TN [[Z:38120]]
Residence: [[A:88 Poplar Pike]], [[A:Germantown]], TN [[Z:38138]]
Informant: [[N:Martin Baird]] (son), [[P:901-555-0163]]
Father's name: [[N:Luis Castellanos]]   Mother's maiden name: [[N:Ruth Ann Pell]]

Part I.
a. Acute hypoxic respiratory failure - interval: 2 days
b. Aspiration pneumonia - 5 days
c. Advanced Alzheimer's dementia - 8 years
Part II. Atrial fibrillation; CKD stage 3; hip fracture (2023).
Manner: Natural. Autopsy: No. Referred to ME: No (ME office contacted [[D:12/2]] 0500, case declined, ref [[X:SCME-25-04471]]).
Tobacco contributed: No. Pregnancy: N/A (over 50).

Certifier: Dr. [[N:Adaeze Nwosu]], MD, TN license [[X:MD-58812]], NPI [[X:1902337456]]
Funeral home: [[F:Memorial Park Funeral Home]] - director [[N:Gene Trotter]] [[P:(901) 555-0108]], fax [[P:901.555.0109]]
Note from certifier: family asked that "[[G:ninety-four]]" be written out on the obituary draft, not relevant here.
""")

# ---------------------------------------------------------------- 16 US medical examiner / police liaison
add(r"""
OFFICE OF THE MEDICAL EXAMINER - INVESTIGATOR NARRATIVE (prelim)
ME Case: [[X:ME2026-00318]]   Agency: [[A:Tacoma]] PD, Case [[X:26-041-1187]]
Investigator: MDI [[N:Carla Ruiz-Ponce]] (badge [[X:223]])
Decedent: Unknown male -> tentatively [[N:Dustin Kyle Merriweather]] (per wallet ID, WA DL [[X:WDL9KX81M22B]])
Reported: [[D:02/10/2026]] 06:47 by [[N:Officer J. Tam]], [[P:253-555-0107]].
Scene: [[A:1920 S 38th St]], [[A:Tacoma]], WA [[Z:98418]], rear of a vacant commercial lot; found by a maintenance worker, [[N:Elijah Burch]] (DOB [[D:6/1/1975]], ph [[P:253.555.0133]]).
Decedent supine, partially covered by a tarp. Ambient temp 1.7 C. Rigor full, livor fixed posterior. No obvious trauma. Syringe and spoon near R hand; naloxone box (empty) in jacket pocket. Phone (iPhone, IMEI [[X:356938035643809]]) recovered, locked.
Medical hx from [[F:MultiCare Tacoma General]] records (MRN [[M:TG-88214502]]): ED visit [[D:1/3/26]] for nonfatal overdose; referred to [[F:Tacoma Needle Exchange]]. 
NOK: mother, [[N:Patricia Merriweather]], [[A:Spokane Valley]]; notified by [[A:Spokane County]] Sheriff deputy [[N:Hollis]] [[D:2/10]] 14:20. She states son was "clean since [[D:Christmas]]."
Vehicle: 2009 Honda Civic, WA plate [[X:CFK7721]], registered to decedent, parked 200 ft east.
Tox pending (lab accession [[X:NMS-26-118873]]). Autopsy scheduled [[D:2/11]] 0800, Dr. [[N:Farrukh Iqbal]].
""")

# ---------------------------------------------------------------- 17 US interpreter-mediated visit
add(r"""
[[F:La Clinica del Pueblo]] - Medical Visit w/ Interpreter
Paciente/Patient: [[N:María Guadalupe Hernández Ortiz]] ("[[N:Lupita]]")   MRN: [[M:LCP-303118]]
DOB: [[D:15/03/1979]] (per Mexican birth cert; chart had [[D:03/15/1979]] - corrected)
Visit: [[D:Thursday 9 April 2026]]   Provider: [[N:Nicole Abernathy-Soto]], NP
Interpreter: [[N:Jorge Ibáñez]] (staff, Spanish, ID [[X:INT-0417]]); pt's 14-yo son [[N:Kevin]] present but NOT used to interpret per policy.

Pt states (via interpreter): "Me duele la cabeza todos los días desde que llegué." Headaches daily x 3 mo, bifrontal, pressing, 5/10, worse at end of workday (cleans offices nights). No visual sx, no weakness. Sleeps 4-5 h. Moved from [[A:Puebla]] to [[A:Hyattsville]] in [[D:Dec 2025]]; lives w/ sister [[N:Rocío]] at [[A:7801 Riggs Rd #204]], [[A:Adelphi]] MD [[Z:20783]].
Pt asked interpreter to tell provider she "was afraid because of immigration" - reassured re confidentiality.
Exam: BP 128/80. Neuro nonfocal. Fundi sharp. Pericranial tenderness.
PHQ-9 (Spanish version, read by interpreter): 12. GAD-7 9.
A: Chronic tension-type headache; moderate depressive sx; medication overuse (ibuprofen ~daily).
P: Limit NSAID to ≤ 10 d/mo. Amitriptyline 10 mg qhs. Referral to behavioral health (Promotora [[N:Yesenia]], [[P:301-555-0151]]). Teach-back done via interpreter - pt repeated plan correctly.
Emergency contact updated: sister [[N:Rocío Hernández]], [[P:+1 240 555 0122]]; Mexican consulate card (matrícula) # [[X:MC-0919-4472130]] used as photo ID.
Time w/ interpreter: 35 min.
""")

# ---------------------------------------------------------------- 18 US telehealth chat log
add(r"""
=== [[F:TeleMed Now]] secure chat transcript === session [[X:TMN-8c41f2a9]]
Started [[D:2026-01-05]] 21:14:07 EST | Patient IP [[I:73.162.88.214]] | Device: Android 14
[21:14] System: Welcome [[X:dani_k]]! A clinician will join shortly.
[21:16] [[N:Ryan Kowalski]], PA-C: Hi [[N:Danielle]], I'm [[N:Ryan]], a PA with [[F:TeleMed Now]]. Can you confirm your full name and DOB?
[21:16] Patient: [[N:danielle kaminski]] [[D:2/28/99]]
[21:17] [[N:Ryan Kowalski]], PA-C: Thanks. And where are you physically located right now? (need state for licensing)
[21:17] Patient: my apt in [[A:scranton]] pa, [[A:410 mulberry st]] unit 5
[21:17] [[N:Ryan Kowalski]], PA-C: What's going on tonight?
[21:18] Patient: burning when i pee since [[D:sat]], going every 20 min. no fever. not pregnant, on the pill. had this in like [[D:march]] and [[F:geisinger]] gave me macrobid
[21:19] [[N:Ryan Kowalski]], PA-C: Any back/flank pain, vomiting, blood in urine, new partner or discharge?
[21:20] Patient: no no a little pink maybe, no
[21:21] [[N:Ryan Kowalski]], PA-C: Sounds like uncomplicated cystitis. I'll send nitrofurantoin 100 mg twice a day x 5 days. Which pharmacy?
[21:21] Patient: the [[F:CVS]] on [[A:N Washington Ave]]
[21:22] [[N:Ryan Kowalski]], PA-C: Got it - [[F:CVS #2288]], [[A:Scranton]], ph [[P:570-555-0193]]. Sent. If fever, flank pain or vomiting, go to ED ([[F:Regional Hospital of Scranton]]). 
[21:23] Patient: ty!! can u send a work note to my boss Mr [[N:Pagliaro]]? [[E:tony.p@lackawannaauto.com]]
[21:23] [[N:Ryan Kowalski]], PA-C: I can't email employers directly, but a note is in your portal now.
[21:24] System: Visit summary sent to [[E:dkaminski99@yahoo.com]]. Visit ID [[X:V-20260105-33817]]. Rate your visit at [[U:https://telemednow.example/feedback?v=33817]]
""")

# ---------------------------------------------------------------- 19 US OCR fax with noise
add(r"""
FAX  FROM: [[F:ALLIANCE IMAGING CTR]]   [[P:(614)555-O112]]   TO: [[P:614 555 0177]]   [[D:O9/17/2O25]] 10:4l   PG 1/2
-----------------------------------------------------------------------
  CONFlDENTIAL  HEALTH  INF0RMATI0N . . . If you have received thls
  in error p1ease notify sender at the number above and destroy.
-----------------------------------------------------------------------
P A T I E N T :  [[N:MCALLlSTER , D0NNA  K]]        D0B : [[D:1O/O3/1965]]
MRN  :  [[M:AIC- 55 82 9 1]]       ACC# : [[X:AI25O917-OO3]]
REF  PHYS :  [[N:JAMES  0.  PUTNAM]] ,  MD    [[F:Grove City Fami1y Practice]]
EXAM  :  MRI  LUMBAR  SP1NE  W/O  C0NTRAST         DATE :  [[D:O9/16/2O25]]

CLINICAL  HX :  LBP  radiating  to  L  leg  x 6 wks ,  fai1ed  PT .
FINDlNGS :
 L4-5 : moderate  disc  bulge  with  superimposed  left  paracentral
 protrusion  contacting  the  traversing  L  L5  nerve  root .  Mi1d
 bilatera1  foraminal  narrowing .
 L5-S1 : mild  facet  arthropathy .  No  stenosis .
 Conus  terminates  at  L1 .  N0  marrow  edema .
IMPRESSl0N :
 1 .  L4-5  left  paracentral  protrusion  contacting  L  L5  root ,
      correlates  with  symptoms .
~~~~~~~~~~~~~~~  ..  ,   ' .   ~~~~
 Electronically  signed :  [[N:Priya  Venkataraman]] ,  MD   [[D:9/16/2O25]]  17:O2
 Transcribed  by  [[N:tlr]]  /  job  # [[X:4471]]
 ---  page 2 of 2 missing  ---   cal1  [[N:Shonda]]  [[P:x 2O4]]  if  needed
""")
# ---------------------------------------------------------------- 20 US CSV export
add(r"""
# export: readmit_watchlist_Q4.csv  generated [[D:2025-12-31]] 23:59 by [[X:svc_epic_rpt02]] from host [[I:10.44.18.201]]
# source: [[F:Lakeview Health System]] - CONFIDENTIAL - do not forward outside care mgmt
mrn,last_name,first_name,dob,age,sex,zip,phone,pcp,index_adm,index_dc,dc_facility,lace,risk_tier,cm_owner,notes
[[M:LV00418823]],[[N:Abernathy]],[[N:Clyde]],[[D:1931-05-02]],[[G:94]],M,[[Z:53211]],[[P:414-555-0110]],[[N:Iverson K]],[[D:2025-10-03]],[[D:2025-10-09]],[[F:Lakeview St. Luke's]],15,HIGH,[[X:rmurphy]],"lives w/ dtr [[N:Gloria]]; CHF, EF 25%"
[[M:LV00522190]],[[N:Nguyen]],[[N:Thi Bich]],[[D:1948-11-30]],77,F,[[Z:53204]],[[P:(414) 555-0124]],[[N:Hassan A]],[[D:2025-10-11]],[[D:2025-10-14]],[[F:Lakeview St. Luke's]],11,MED,[[X:jpetrov]],"needs Vietnamese interp; COPD"
[[M:LV00611734]],[[N:Kowalczyk]],[[N:Stanley]],[[D:1935-01-19]],[[G:90]],M,[[Z:53207]],[[P:4145550137]],[[N:Iverson K]],[[D:2025-10-20]],[[D:2025-11-02]],[[F:Lakeview West Allis]],17,HIGH,[[X:rmurphy]],"wife [[N:Irene]] declining; SNF refused"
[[M:LV00702215]],[[N:Bell]],[[N:Ebony]],[[D:1969-07-07]],56,F,[[Z:53206]],,[[N:Okafor C]],[[D:2025-11-05]],[[D:2025-11-07]],[[F:Lakeview St. Luke's]],9,MED,[[X:aortiz]],"no phone - reach via sister [[N:Tasha]] [[P:414-555-0199]]"
[[M:LV00718842]],[[N:Young]],[[N:Christian]],[[D:1999-02-14]],26,M,[[Z:53215]],[[P:+1-414-555-0145]],,[[D:2025-11-12]],[[D:2025-11-13]],[[F:Lakeview Children's]],4,LOW,[[X:aortiz]],"AMA x2; SUD; shelter at [[F:Guest House of Milwaukee]]"
[[M:LV00730051]],[[N:Moreau-Lind]],[[N:Annika]],[[D:1932-12-25]],92,F,[[Z:53092]],[[P:262-555-0161]],[[N:Iverson K]],[[D:2025-12-01]],[[D:2025-12-19]],[[F:Lakeview St. Luke's]],18,HIGH,[[X:jpetrov]],"hospice eval; POA [[N:Erik Lind]] [[E:erik.lind@outlook.com]]"
[[M:LV00741170]],[[N:St. Cyr]],[[N:Marie-Claude]],[[D:1958-04-09]],67,F,[[Z:53218]],[[P:414 555 0102]],[[N:Hassan A]],[[D:2025-12-04]],[[D:2025-12-10]],[[F:Lakeview St. Luke's]],12,MED,[[X:jpetrov]],"French-speaking, son [[N:Luc]] translates; dialysis MWF at [[F:Fresenius Kidney Care Capitol Drive]]; missed 2 sessions after d/c"
[[M:LV00745590]],[[N:Hunter]],[[N:Faith]],[[D:1990-09-21]],35,F,[[Z:53208]],[[P:414-555-0171]],[[N:Okafor C]],[[D:2025-12-08]],[[D:2025-12-11]],[[F:Lakeview St. Luke's]],8,MED,[[X:aortiz]],"sickle cell crisis x3 this qtr; pain plan in chart; prefers calls after 3pm, mom [[N:Charlene]] is backup contact"
[[M:LV00751302]],[[N:Patel]],[[N:Harshad]],[[D:1944-03-03]],81,M,[[Z:53045]],[[P:262.555.0115]],[[N:Iverson K]],[[D:2025-12-12]],[[D:2025-12-20]],[[F:Lakeview West Allis]],16,HIGH,[[X:rmurphy]],"new home O2 via Apria; wife [[N:Kokila]] diabetic, can't lift him; HH referral sent [[D:12/20]]"
# rows: 9   filter: lace>=4 AND dc between [[D:2025-10-01]] and [[D:2025-12-31]]
""")

# ---------------------------------------------------------------- 21 US HL7 v2 ADT
add(r"""
MSH|^~\&|EPIC|[[F:UCHEALTH_AMC]]|RHAPSODY|[[F:COHIE]]|[[D:20260214083211]]||ADT^A01|[[X:MSG00218841]]|P|2.5.1
EVN|A01|[[D:20260214083200]]|||[[X:JSMITH4]]^[[N:SMITH]]^[[N:JENNA]]
PID|1||[[M:1004477215]]^^^[[F:UCH]]^MR~[[S:523-81-4406]]^^^SSA^SS||[[N:DELGADO]]^[[N:ARTURO]]^[[N:R]]^^MR||[[D:19470823]]|M||2106-3|[[A:4410 E 17TH AVE]]^^[[A:AURORA]]^CO^[[Z:80045]]^USA^H||[[P:(303)555-0118]]^PRN^PH~^NET^Internet^[[E:adelgado47@comcast.net]]|[[P:(303)555-0190]]^WPN^PH|SPA|M|CAT|[[X:800144721]]^^^[[F:UCH]]^AN
NK1|1|[[N:DELGADO]]^[[N:MARTA]]|SPO^Spouse|[[A:4410 E 17TH AVE]]^^[[A:AURORA]]^CO^[[Z:80045]]|[[P:(303)555-0118]]^PRN^PH
PV1|1|I|7W^712^B^[[F:UCH AMC]]||||[[X:1417930022]]^[[N:BHATTACHARYA]]^[[N:RANJAN]]^^^DR|[[X:1588204477]]^[[N:OYELOWO]]^[[N:FUNMI]]|||MED||||7|||[[X:1417930022]]^[[N:BHATTACHARYA]]^[[N:RANJAN]]|IN||MCR|||||||||||||||||||[[F:UCH]]||ADM|||[[D:20260214081500]]
PV2|||^CHEST PAIN, R/O NSTEMI
IN1|1|MCR001|MEDICARE|MEDICARE PART A AND B|[[A:PO BOX 6703]]^^[[A:INDIANAPOLIS]]^IN^[[Z:46206]]||||||||||||[[N:DELGADO]]^[[N:ARTURO]]|SEL|[[D:19470823]]|||||||||||||||||||[[X:7KF2-WN9-RT41]]
DG1|1||I21.4^NSTEMI^I10|||A
NTE|1|L|Pt brought in by wife [[N:Marta]] after 2 h of substernal pressure while shoveling snow at home. Took 1 ASA 325 mg en route per EMS. Hx CABG 2011 at [[F:Presbyterian/St. Luke's]].
NTE|2|L|Interpreter: Spanish preferred for family discussions. Daughter [[N:Lucia Delgado-Ford]] ([[A:Denver]]) is alt contact [[P:720-555-0166]]; POA paperwork to be brought in by her on [[D:Monday]].
NTE|3|L|Admitting note by Dr. [[N:Bhattacharya]]: plan heparin gtt, cath lab in AM, hold metformin, cardiology consult [[N:Oyelowo]] aware.
OBX|0|TX|18842-5^Discharge summary^LN||Prior records from [[F:Denver Health]] requested by fax to [[P:303-555-0131]], ref [[X:ROI-26-02144]]; last echo there in [[D:Aug 2025]] showed EF 45 percent.||||||F
OBX|1|NM|2157-6^CK^LN||412|U/L|39-308|H|||F|||[[D:20260214075900]]
OBX|2|NM|89579-7^Troponin I hs^LN||1840|ng/L|<20|HH|||F|||[[D:20260214075900]]
""")

# ---------------------------------------------------------------- 22 US FHIR-ish JSON
add(r"""
{"resourceType":"Bundle","type":"collection","timestamp":"[[D:2026-03-02T16:40:11-05:00]]","entry":[
 {"resource":{"resourceType":"Patient","id":"[[X:pt-7731]]",
   "identifier":[{"system":"urn:oid:2.16.840.1.113883.3.7731","type":{"text":"MRN"},"value":"[[M:GHS-00934121]]"},
                 {"system":"http://hl7.org/fhir/sid/us-ssn","value":"[[S:601-22-9184]]"},
                 {"system":"https://bcbsga.example/member","value":"[[X:XJG884120317]]"}],
   "name":[{"family":"[[N:Okoye-Brandt]]","given":["[[N:Chidinma]]","[[N:Ruth]]"],"prefix":["Ms."]}],
   "telecom":[{"system":"phone","value":"[[P:+1 (404) 555-0175]]","use":"mobile"},
              {"system":"email","value":"[[E:chidi.ob@icloud.com]]"}],
   "text":{"status":"generated","div":"<div>[[N:Chidinma Ruth Okoye-Brandt]], female, born [[D:19 June 1988]]. Lives at [[A:918 Ponce De Leon Ave NE]], [[A:Atlanta]]. Emergency contact is her brother [[N:Ikenna]]. Primary care with Dr. [[N:Marchetti]] at [[F:Grady Health System]]. Prefers text messages in English; works night shifts as a nurse at [[F:Emory Midtown]] so visits are booked after 2 pm.</div>"},
   "gender":"female","birthDate":"[[D:1988-06-19]]",
   "address":[{"line":["[[A:918 Ponce De Leon Ave NE]]","[[A:Apt 12C]]"],"city":"[[A:Atlanta]]","district":"[[A:DeKalb]]","state":"GA","postalCode":"[[Z:30306]]"}],
   "contact":[{"relationship":[{"text":"emergency"}],"name":{"text":"[[N:Ikenna Okoye]]"},"telecom":[{"system":"phone","value":"[[P:404-555-0183]]"}]}],
   "generalPractitioner":[{"display":"Dr. [[N:Sofia Marchetti]]"}],
   "managingOrganization":{"display":"[[F:Grady Health System]]"}}},
 {"resource":{"resourceType":"Observation","id":"obs-1","status":"final",
   "code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"Hemoglobin A1c"}]},
   "effectiveDateTime":"[[D:2026-02-27]]","valueQuantity":{"value":6.1,"unit":"%"},
   "performer":[{"display":"[[F:Quest Diagnostics Tucker]]"}]}},
 {"resource":{"resourceType":"Device","id":"dev-1","deviceName":[{"name":"Dexcom G7","type":"user-friendly-name"}],
   "serialNumber":"[[X:G7SN-4KX2209341]]","udiCarrier":[{"deviceIdentifier":"00386270001474","carrierHRF":"[[X:(01)00386270001474(17)270131(10)2508A(21)4KX2209341]]"}]}},
 {"resource":{"resourceType":"Encounter","id":"enc-1","class":{"code":"VR"},
   "period":{"start":"[[D:2026-03-02T15:30:00-05:00]]","end":"[[D:2026-03-02T15:52:00-05:00]]"},
   "participant":[{"individual":{"display":"[[N:Marchetti, Sofia]] MD"}}],
   "reasonCode":[{"text":"Video visit to review CGM data and A1c. Patient joined from her car outside work; sister [[N:Adaeze]] also on the call. Agreed to stop glipizide, continue metformin 1000 mg twice daily, recheck A1c in three months, next visit on [[D:June 1]] in person at the [[A:Decatur]] clinic."}],
   "extension":[{"url":"http://example.org/fhir/telehealth-platform","valueUrl":"[[U:https://grady.doxy.me/drmarchetti]]"}]}}
]}
""")

# ---------------------------------------------------------------- 23 US intake form free-text fields
add(r"""
NEW PATIENT INTAKE - [[F:Harmony Integrative Health]] (scanned form, typed by front desk [[N:KP]] [[D:01/12/26]])
Full legal name: [[N:Bartholomew Quincy Ashby III]]
Preferred name / nickname: [[N:Bart]]   Pronouns: he/him
Date of birth: [[D:Jan. 3rd, 1957]]   Age: 69
Home address: [[A:PO Box 1182]], [[A:Taos]], New Mexico [[Z:87571]] (physical: [[A:23 Camino de la Placita]])
Best phone: [[P:575 555 0149]]   Work phone: none (retired)   OK to text? Y
Email: [[E:bqashby3@taosnet.example]]
SSN: [[S:529 44 7810]]
Emergency contact (name/relationship/phone): "my partner [[N:Will]] ([[N:William Chee]]) [[P:575-555-0158]], or my sister [[N:Ruby]] in [[A:Santa Fe]]"
Insurance: BCBS NM  Member ID [[X:YID904771823]]  Group [[X:NM0041]]
Previous doctor / clinic: "Dr [[N:Yazzie]] at [[F:Holy Cross]] til he retired in 2024"
Preferred pharmacy: [[F:Smith's Pharmacy]] on [[A:Paseo del Pueblo Sur]]
Reason for visit (in your own words): "my knees and my mood. I'd like to try acupuncture before more pills. Also need someone to sign my disabled parking placard renewal (placard #[[X:NM-DP-0088412]])"
Current medications: "lisinopril 10, sertraline 50 (not helping), fish oil, tumeric"
Allergies: "sulfa - hives, cats"
Anything else we should know?: "I was a patient of Dr. [[N:Rosa Begay]] at [[F:Taos Behavioral Health]] for depression after my wife [[N:Marjorie]] died [[D:March 2023]]. My advance directive is on file with [[F:Holy Cross Hospital]]."
Signature: /s/ [[N:B. Q. Ashby]]    Date: [[D:1-12-2026]]
""")

# ---------------------------------------------------------------- 24 US terse shorthand, lower case
add(r"""
[[D:12/3]] 0745 hosp f/u note
[[N:wilson, dawn]] 58f #[[M:771204]]
s/p lap chole [[D:11/29]] @ [[F:mercy west]] (dr [[N:buckley]]). d/c'd [[D:12/1]]. c/o rue pain 3/10, tol po, +bm x1, +flatus. no f/c. took norco x2 yday.
pmh htn, obesity, gerd, osa on cpap
meds losartan 50, omeprazole 20, norco 5/325 prn
vs 132/84 76 18 98.6 97%ra
incisions c/d/i x4, no erythema. abd soft mild ttp ruq. 
labs [[D:11/30]]: wbc 9.1 tbili 0.8 alt 41 ast 38
a/p: pod #4 uncomplicated. wean norco->apap. ok return to work (receptionist @ [[F:dr. sato's dental]]) [[D:12/8]] light duty. 
husband [[N:mark]] called re fmla paperwork - fax to hr @ [[P:513 555 0136]] attn [[N:deb]].
sleep: using cpap again since [[D:sat]]. bp ok on losartan, no change.
fmla: cert signed for [[D:11/28]] to [[D:12/7]], copy to pt portal.
f/u surgery [[D:12/12]], me prn
- [[N:tk]]
""")

# ---------------------------------------------------------------- 25 US home health visit with typos
add(r"""
HOME HEALTH SKILLED NURSING VISIT NOTE
Agency: [[F:Amedisys Home Health of Baton Rogue]] (agency # [[X:197144]])
Pt: [[N:Thibodeaux, Clarence]]   MR#: [[M:HH-0098812]]   SOC [[D:10/28/25]]   Visit [[D:11/04/25]] 1330-1420
Adress: [[A:1247 Choctow Dr]], [[A:Baton Rouge]] LA [[Z:70805]] - yellow house, dog in yard, ring side door
Pt is [[G:91]] yo Black male w/ CHF, DM2, s/p L BKA. Lives w/ wife [[N:Odessa]] (84) who is main caregiver, and grandson "[[N:Lil Man]]" ([[N:Jaylen]]) stays weekends.

Vitals: BP 108/60 sitting, HR 64 irreg, RR 20, SpO2 93% RA, T 97.9, wt 187.4 (up 3.2 lb since last wk!!) 
Resp: crakles bilat bases, 2+ pitting edema R leg to knee. Stump healed, no breakdown.
Pt reports "sleepin in the recliner" x 3 nites. Wife says he has been eatin boudin and crackers from the store. 
Meds: furosemide 40 daily (pt took only 1/2 tabs "so he dont have to get up at night"), metoprolol, glipizide 5, lantus 14u.
Called Dr [[N:Landry]]'s office @ [[P:225-555-0153]], spoke w/ nurse [[N:Kim]] 1400 - order rec'd: furosemide 40 mg BID x 3 days then back to daily, BMP [[D:11/6]], call if wt > 190.
Taught wife daily weights, low salt, when to call. Teach back - wife verbalized understandng, pt "ok ok".
Lab draw for BMP to go to [[F:Quest]] - requisition # [[X:QD558271904]].
Nxt visit [[D:11/6]] ([[D:Thurs]]). Pt's Medicare # on file [[X:5TW8-AK3-DD21]].
[[N:Brandi LeBlanc]], RN   cell [[P:225.555.0127]]
""")
# ---------------------------------------------------------------- 26 US prior-auth appeal letter
add(r"""
[[F:Desert Sky Rheumatology, PLLC]]
[[A:4120 N 32nd St Ste 200]] * [[A:Phoenix]], AZ [[Z:85018]] * tel [[P:602-555-0114]] * fax [[P:602-555-0115]]

[[D:19 February 2026]]

Cigna Healthcare - Pharmacy Appeals
Attn: Clinical Review / Dr. [[N:M. Halvorsen]], Medical Director
By fax to [[P:1-866-555-0162]]

RE: Level 1 appeal of denial for adalimumab-adaz (Hyrimoz) 40 mg q2wk
Patient: [[N:Kaitlyn Marie O'Shaughnessy]]   DOB: [[D:08/30/1996]]
Member ID: [[X:U55281937 01]]   Group: [[X:3339871]]   Denial ref #: [[X:PA-26-0211-88431]] dated [[D:2/11/26]]

Dear Dr. [[N:Halvorsen]],

I am writing to appeal the denial of adalimumab for my patient, Ms. [[N:O'Shaughnessy]], a 29-year-old woman with seronegative axial spondyloarthritis (HLA-B27 positive, MRI SI joints [[D:10/2025]] showing active bilateral sacroiliitis, BASDAI 6.8).

Your letter states that step therapy requires failure of two NSAIDs. Ms. [[N:O'Shaughnessy]] has failed naproxen 500 mg BID ([[D:Jan-Apr 2025]]) and meloxicam 15 mg daily ([[D:May-Aug 2025]]), each at full dose for over 4 weeks, as documented by her previous rheumatologist, Dr. [[N:Jennifer Cho]] at [[F:Banner University Medical Center]] (records enclosed, 14 pages). She additionally developed dyspepsia with GI bleeding requiring EGD at [[F:HonorHealth Scottsdale Shea]] on [[D:September 3, 2025]], making further NSAID trials unsafe.

She works as a veterinary technician and has missed 11 days of work since [[D:December]]. Her CRP is 28 mg/L (ref < 5). TB screen (QuantiFERON) negative [[D:1/20/26]], HBV serology negative.

I respectfully request that the denial be overturned. Please contact me directly at [[P:(602) 555-0119]] for a peer-to-peer review.

Sincerely,

[[N:Rajesh K. Subramaniam]], MD, FACR
AZ license [[X:R-44817]] | NPI [[X:1356478821]] | DEA [[X:BS8841027]]
Enclosures: chart notes, EGD report, MRI report, lab results
cc: patient ([[E:katieosh96@gmail.com]])
""")

# ---------------------------------------------------------------- 27 US pharmacy med-rec telephone note
add(r"""
Telephone Encounter - Transitions of Care Pharmacist
[[F:Piedmont Athens Regional]] Ambulatory Pharmacy   Date: [[D:Mon 5/18/2026]] 10:05
Patient: [[N:Ezekiel "Zeke" Pomeroy]]   MRN: [[M:PAR-6610042]]   DOB: [[D:5/18/1936]] (pt turned [[G:90]] today - wished happy birthday)
Discharged [[D:5/15]] after CHF exacerbation. Called pt at home [[P:706-555-0142]]; granddaughter [[N:Alexis]] on speaker, she manages pillbox.

Med rec vs d/c summary:
- furosemide 40 mg BID (NEW dose) - pt taking 40 mg once daily; clarified, [[N:Alexis]] will fix pillbox.
- spironolactone 25 mg daily (NEW) - not yet picked up: [[F:Kroger Pharmacy]] on [[A:Atlanta Hwy]] ([[P:706.555.0188]]) said PA needed. Spoke w/ tech [[N:Brianna]]; sent override request, ref [[X:KRX-229104]].
- metoprolol succinate 50 mg daily - ok.
- lisinopril 10 mg - STOPPED at d/c (K 5.4) - pt still had bottle, instructed to remove. 
- warfarin 3 mg except 4.5 mg Mon/Fri - INR [[D:5/15]] 2.3; next INR [[D:5/21]] at [[F:Athens Anticoagulation Clinic]].
- tamsulosin, atorvastatin 40, vit D - ok.
Daily weights: 161.2 lb today (d/c wt 160.8). Pt knows to call if up 3 lb/day or 5 lb/wk.
[[N:Alexis]] asks if pt can get meds by mail; gave Express Scripts number and our clinic line [[P:706-555-0100]]. Her own cell for future calls: [[P:470-555-0106]].
Follow-up: cardiology Dr. [[N:Imani Wright]] [[D:5/28]]; PCP Dr. [[N:Hall]] [[D:5/22]].
Time: 22 min. [[N:Gabriel Ferreira-Nunes]], PharmD, BCPS
""")
# ---------------------------------------------------------------- 28 UK GP consultation (EMIS-style)
add(r"""
[[F:Hyde Park Surgery]], [[A:Woodsley Road]], [[A:Leeds]] [[Z:LS6 1SG]]   Tel [[P:0113 295 1234]]
Consultation  [[D:Wed 14-Jan-2026]] 10:20   Dr [[N:Aisha Rahman]] (GP Partner)   Face to face
Patient: Mrs [[N:Gwendolyn PRICE]]   DOB [[D:19 Jul 1949]]   NHS No. [[X:485 777 3456]]   Hosp no (LTH) [[M:K1189023]]

History: SOB on exertion worse over 6/52, now 1 flight of stairs (was walking dog round the park daily). Orthopnoea 2 pillows. Ankles swollen. No CP. Ex-smoker 30 pack-yr, stopped 2003. Husband [[N:Derek]] has Parkinson's, she is his main carer - "can't be poorly, who'll look after him".
Examination: BP 156/92, P 96 irreg irreg, SpO2 94% air, RR 20. JVP +4. Fine creps both bases. Pitting oedema to mid-shin.
ECG in surgery: AF, rate ~100, no acute ST change.
Problem: New AF with suspected heart failure.
Plan: Bloods today - NT-proBNP, FBC, U&E, TFT, LFT, HbA1c. CHA2DS2-VASc 4 (F, age 76, HTN, ?HF) - start apixaban 5 mg bd (ORBIT low). Bisoprolol 2.5 mg od. Furosemide 40 mg om. 2WW-style urgent referral to HF clinic at [[F:Leeds General Infirmary]] via e-RS, UBRN [[X:0004 2277 1830]]. Echo requested.
Safety-netted: 999 if chest pain / collapse / worse breathlessness. 
Carer: referred to [[F:Carers Leeds]] ([[P:0113 380 4300]]); daughter [[N:Bethan]] (lives [[A:Harrogate]]) to ring surgery re respite for [[N:Derek]]. Consent given to speak to [[N:Bethan]] on [[P:07700 900461]].
F/U: telephone review with Dr [[N:Rahman]] [[D:21/01/26]]; nurse [[N:Sue]] for BP [[D:Fri]].
Read/SNOMED: Atrial fibrillation (49436004); Heart failure ? (84114007).
""")

# ---------------------------------------------------------------- 29 UK safeguarding MASH referral (email)
add(r"""
From: [[E:k.obrien2@nhs.net]]
To: [[E:mash@birmingham.gov.uk]]
Cc: [[E:safeguarding.team@bwc.nhs.uk]]
Date: [[D:Thu, 5 Mar 2026]] 16:02
Subject: SECURE: Multi-agency referral - [[N:Tyler]] and [[N:Kayden-Lee HOLT]] - [[A:Druids Heath]]

Dear MASH colleagues,

Please find below a referral following a paediatric ED attendance at [[F:Birmingham Children's Hospital]] today.

Child 1: [[N:Tyler James Holt]], DOB [[D:02.09.2021]] (4y), NHS [[X:629 404 8813]], hosp no [[M:BCH-2201774]]
Child 2: [[N:Kayden-Lee Holt]], DOB [[D:17.11.2024]] (15m), NHS [[X:712 338 9024]]
Address: [[A:Flat 4, 27 Pound Road]], [[A:Druids Heath]], [[A:Birmingham]] [[Z:B14 5SL]]
Mother: [[N:Chantelle Holt]] (22), mob [[P:07911 123 456]]
Mother's partner: "[[N:Jayden]]" surname unknown, not the children's father.
GP: Dr [[N:Gill]], [[F:Maypole Health Centre]] [[P:0121 430 5461]]. HV: [[N:Leanne]], 0-19 team.

Concern: [[N:Tyler]] brought by mum at 13:40 with 2 cm partial-thickness burn to dorsum R hand, pattern consistent with a cigarette. Explanation changed twice (first "caught the hob", then "the other one did it"). [[N:Kayden-Lee]], who came along, had a healing bruise on L cheek and is under-weight (<0.4th centile). Mum tearful, said [[N:Jayden]] "gets angry when they cry". Skeletal survey for [[N:Kayden-Lee]] arranged per RCPCH protocol. Police informed via 101, ref [[X:20/112784/26]]. [[N:Tyler]] admitted to ward 9 for observation overnight; [[N:Kayden-Lee]] admitted with him as safe place.

Consultant aware: Dr [[N:Femi Adebayo]]. Social worker on call spoken to at 15:30 ([[N:Mark Tennant]]).

Kind regards,
[[N:Kathleen O'Brien]]
Named Nurse Safeguarding Children | [[F:Birmingham Women's and Children's NHS FT]]
Tel [[P:0121 333 9999 ext 5876]]
""")

# ---------------------------------------------------------------- 30 UK district nursing / care-home note
add(r"""
DISTRICT NURSING - CONTINUATION RECORD   ([[F:Sirona care & health]], [[A:Bath]] North team)
Patient: [[N:Reginald Arthur Pocock]] "[[N:Reg]]"   NHS [[X:401 023 2137]]   DOB [[D:03/04/1931]]   Age [[G:94]]
Residence: [[F:The Beeches Residential Home]], [[A:14 Lansdown Crescent]], [[A:Bath]] [[Z:BA1 5EX]]  (tel [[P:01225 448 210]])
GP: [[F:Catherine Cottage Surgery]] - Dr [[N:Pinnock]]

[[D:09/12/25]]  1015  Visit for wound care. [[N:Reg]] seated in his chair by window, says "still here then!". Left lateral malleolus venous ulcer measured 3.2 x 2.1 cm (was 3.8 x 2.4 on [[D:25/11]]). Slough ~20%, granulating base. Exudate moderate serous. Cleansed with saline, Flaminal Forte, Atrauman, Kerramax, 2-layer compression (ABPI 0.86 R, 0.91 L [[D:Oct 25]]). MUST 1. Waterlow 17. Pressure areas intact, Repose cushion in use. Pain 2/10 pre-dressing. Carer [[N:Sunita]] present, happy with plan. Next visit [[D:Thurs]].  [[N:J. Wakefield]] RGN

[[D:11/12/25]]  1140  Bandages slipped ([[N:Reg]] had been "doing his exercises"). Re-applied. Son [[N:Nigel]] phoned from [[A:Swindon]] ([[P:07792 563 118]]) asking whether dad can go to his for [[D:Christmas Day]] - advised discuss with home manager Mrs [[N:Okafor]]; dressing could be done day before.  [[N:KB]] (HCA) / [[N:JW]]

[[D:16/12/25]]  0930  Ulcer 2.9 x 2.0. Improving. [[N:Reg]] celebrated [[G:94th]] birthday? - no, birthday is [[D:April]] - staff had muddled with another resident (Mr [[N:Hollis]], [[G:101]] on the [[D:14th]]). Nil concerns. [[N:JW]]
""")
# ---------------------------------------------------------------- 31 Ireland ED discharge letter to GP
add(r"""
[[F:CORK UNIVERSITY HOSPITAL]] - EMERGENCY DEPARTMENT
[[A:Wilton]], [[A:Cork]] [[Z:T12 DC4A]]  |  Tel: [[P:(021) 492 2000]]  |  Fax: [[P:+353 21 492 0305]]

ED DISCHARGE SUMMARY - copy to GP via Healthlink
Date of attendance: [[D:31/10/2025]] ([[D:Hallowe'en]] night)   Time seen: 23:48
Patient: [[N:Ciarán Ó Súilleabháin]] (anglicised [[N:Kieran O'Sullivan]] on PPS record)
DOB: [[D:06/06/2004]]   MRN: [[M:2390187]]   PPSN: [[X:8765432WA]]   IHI: [[X:4499 2817 0032]]
Address: [[A:Apt 7, Lee Point]], [[A:South Mall]], [[A:Cork]] [[Z:T12 RX47]]
Mobile: [[P:087 123 4567]]
GP: Dr [[N:Siobhán Dineen]], [[F:Bishopstown Medical Centre]], [[A:Bishopstown]]

Presenting complaint: Laceration L palm from broken glass at a house party in [[A:Ballincollig]]. Brought in by friend ([[N:Niamh]]) in a taxi. ETOH ++ but GCS 15, co-operative.
Findings: 4 cm clean laceration thenar eminence. FDS/FDP intact all digits, sensation intact radial/ulnar/median distributions, cap refill <2s. X-ray: no FB.
Procedure: wound irrigated, 6 x 4/0 Ethilon sutures under 1% lignocaine by Dr. [[N:E. Nwachukwu]] (SHO). Tetanus booster given (adsorbed Td, batch AB2391). 
Discharge: home with friend 02:30 [[D:01/11/2025]]. 
GP please: ROS day 10-12 (approx [[D:Mon 10 Nov]]). Advised re signs of infection. 
Alcohol brief intervention given; SAOR. Patient declined referral to [[F:Arbour House]].
Signed: Dr [[N:Fionnuala Kavanagh]], EM Registrar, MCRN [[X:412877]]
""")

# ---------------------------------------------------------------- 32 Ireland midwifery booking visit
add(r"""
[[F:Rotunda Hospital]], [[A:Parnell Square]], [[A:Dublin 1]] - Antenatal Booking (Community Midwives, [[A:Blanchardstown]] clinic)
Date: [[D:Tuesday 2nd December 2025]]
Woman: [[N:Oluwaseun (Seun) Bakare-Byrne]]   Hosp No. [[M:R25-0419932]]   DOB: [[D:12-Feb-1993]] (32)
Address: [[A:55 Castlegrange Close]], [[A:Clonsilla]], [[A:Dublin 15]], [[Z:D15 YX62]]
Tel: [[P:+353 (0)86 455 2019]]   Alt: husband [[N:Conor Byrne]] [[P:085-771-3390]]
GP: Dr. [[N:Deirdre Hanratty]], [[F:Castleknock Medical]], tel [[P:01 820 4455]]
Medical card no.: [[X:0711457J]] (GMS) ;  PPSN: [[X:1234567TA]]
Interpreter: not required (English, Yoruba at home).

Obstetric history: G3 P1+1. 2021 SVD at [[F:Coombe]] 3.4 kg boy ([[N:Tobi]]); 2023 miscarriage 8/40 managed medically.
LMP [[D:14/08/2025]], certain, regular. EDD by dates [[D:21/05/2026]]; dating scan [[D:20/10/2025]] (CRL 52mm) agrees, EDD [[D:22/05/2026]].
BMI 29.4. BP 118/72. Urine NAD. Bloods: FBC, group & screen (O RhD neg!), rubella, syph, HIV, HBV, HCV sent. Anti-D plan discussed - prophylaxis at 28/40.
Social: Works as pharmacist at [[F:McCabes Pharmacy]] [[A:Blanchardstown]]. Non-smoker. Alcohol none. Feels safe at home (routine DV enquiry asked alone - answered no).
Mental health: EPDS 6. Some anxiety re previous loss.
Plan: Domino scheme accepted; next visit 16/40 with midwife [[N:Aoife]] on the [[D:8th of January]]; anomaly scan booked ~20/40 at main hospital. Folic acid continuing. Flu + pertussis vaccine advised.
Midwife: [[N:Gráinne Mac Giolla Phádraig]], RM, NMBI PIN [[X:119038]]
""")

# ---------------------------------------------------------------- 33 Canada (Ontario) physio / WSIB
add(r"""
[[F:Lakeshore Physiotherapy & Rehab]]
[[A:1255 Lakeshore Rd E]], [[A:Mississauga]], ON [[Z:L5E 1G4]]  Tel [[P:905-555-0127]]  Fax [[P:905-555-0128]]

WSIB Functional Abilities Form / Progress Report #3
Date: [[D:2026-02-09]]   (YYYY-MM-DD)
Worker: [[N:Deepinder Singh Gill]]   DOB: [[D:1979-10-15]]   OHIP: [[X:5584-211-907-KT]]
WSIB claim no.: [[X:35591207]]   Employer firm # [[X:448102]]
Worker's address: [[A:42 Brisdale Dr]], [[A:Brampton]], ON [[Z:L7A 2Y9]]   Cell: [[P:(647) 555-0181]]
Family physician: Dr. [[N:Harpreet Aujla]], [[F:Springdale Family Health Team]]
Date of accident: [[D:Dec. 18, 2025]]

Subjective: Mr. [[N:Gill]] reports L low back pain now 3-4/10 (was 7/10 at initial assessment [[D:Jan 5]]). Still stiff in the morning for ~30 min. Sitting tolerance 60 min (was 20). Driving short distances. Sleeping 6 h. Wife ([[N:Manpreet]]) helping with home exercise program. Speaks Punjabi and English; prefers written instructions in English.
Objective: Lumbar flex to mid-shin (was knees). SLR 70 deg bilat, neg. Neuro screen normal. Lift test floor-to-waist 15 kg x 5 with good mechanics. Modified Oswestry 24% (was 48%).
Treatment to date: 9 visits. Manual therapy, McKenzie extension bias, core stab, graded activity.
Abilities: Can return to modified duties: lifting up to 15 kg occasionally, no repetitive bending, alternate sit/stand q30 min, 6-h shifts x 2 wk then full shifts.
Plan: RTW meeting booked [[D:Friday Feb 13]] with employer's H&S rep [[N:Tracy-Ann Boateng]] ([[E:tboateng@peelwarehousing.ca]]). Continue PT 2x/wk x 4 wk.
Physiotherapist: [[N:Margot Leclerc-Haines]], PT, College of Physiotherapists of Ontario reg # [[X:17442]]
""")

# ---------------------------------------------------------------- 34 Canada (BC / QC) email thread - telehealth follow-up
add(r"""
Subject: Re: Follow-up - [[N:Étienne Bouchard-Roy]] - suivi Zoom
From: "Dr. [[N:Mélanie Gagnon]]" <[[E:melanie.gagnon.med@ssss.gouv.qc.ca]]>
To: "Dr [[N:Hamid Karimi]]" <[[E:hkarimi@vch.ca]]>
Date: [[D:Tue, 21 Oct 2025]] 08:12:54 -0400

Bonjour [[N:Hamid]], 

Thanks for seeing [[N:Étienne]] while he's working in [[A:Vancouver]]. For the record his RAMQ no. is [[X:BOUE 8512 1519]] (he's still a Québec resident, so bill out-of-province). Our chart no. at [[F:CIUSSS de l'Estrie - CHUS]] is [[M:CHUS-00711823]].

Summary: 40M, Crohn's ileocolitis dx 2018, on ustekinumab 90 mg SC q8wk, last dose [[D:3 Oct]] given at our infusion clinic in [[A:Sherbrooke]]. Calprotectin [[D:Sept 2025]] 84. He'll need his next dose around [[D:Nov 28]] - can it be given in [[A:Vancouver]]? His specialty pharmacy contact is [[N:Jean-Philippe]] at [[P:1 (819) 555-0147]].

Merci!
[[N:Mélanie]]

> On [[D:Mon, Oct 20, 2025]] at 6:40 PM, [[N:Hamid Karimi]] <[[E:hkarimi@vch.ca]]> wrote:
> Hi [[N:Mélanie]] - I saw your patient Mr. [[N:Bouchard-Roy]] today via video (he's doing a 4-month contract in [[A:Kitsilano]] - address for our files [[A:2203 W 4th Ave, Unit 310]], [[A:Vancouver]] BC [[Z:V6K 1N9]], cell [[P:+1 438-555-0199]]).
> He's well, 2 BMs/day, no blood, wt stable 71 kg. CRP 3. He forgot his insurance card; BC PHN is n/a since he's from QC. He asked whether [[F:St. Paul's Hospital]] can arrange his infusion.
> I can set up the dose at [[F:St. Paul's IBD clinic]] if you send the last 2 notes. Our fax: [[P:604-555-0112]].
> [[N:Hamid Karimi]] MD FRCPC | Gastroenterology | [[F:Vancouver Coastal Health]] | [[U:http://www.vch.ca]]
""")
# ---------------------------------------------------------------- 35 Australia ambulance -> ED handover (IMIST-AMBO)
add(r"""
AMBULANCE VICTORIA -> [[F:ROYAL MELBOURNE HOSPITAL]] ED  | handover recorded by triage RN [[N:Hamish McLeod]] | [[D:Sat 17/01/2026]] 15:22
Case no: [[X:260117-0443]]   Crew: [[N:Kylie Summers]] (ALS paramedic, AHPRA [[X:PAR0001738401]]) / [[N:Tom]] (grad)
UR no: [[M:4420917]] (old UR found from 2019 admission)

I - [[N:Bronwyn Mary TAYLOR]], 78F, DOB [[D:22.08.1947]], Medicare [[X:2953 18776 1]] / IRN 2, DVA Gold card [[X:VX129845]] (late husband was RAN)
M - Heat + fall. Found on kitchen floor by neighbour [[N:Trev]] ([[N:Trevor Nankervis]], [[P:0412 555 018]]) at approx 1400; last seen well 0900. Outside temp 41 deg, no aircon running.
I - Possible long lie ~5 h. Skin tear L forearm 6 cm, bruise R hip, able to weight bear with 2 assist. No head strike reported.
S - HR 112 SR, BP 98/54, RR 24, SpO2 95% RA, T 38.6 tympanic, BGL 7.1, GCS 14 (E4V4M6) - confused to date. 
T - 500 mL N/Saline IV (18G L ACF), running. Paracetamol 1 g IV. Skin tear dressed with Steri-Strips.
A - Allergic to penicillin (anaphylaxis). 
M - Meds in bag: perindopril, frusemide, apixaban (!), metformin, Webster pack from [[F:Priceline Pharmacy Sunshine]].
B - AF, T2DM, HTN, OA knees. Lives alone at [[A:9/41 Durham Rd]], [[A:Sunshine]] VIC [[Z:3020]]. Has home care package (level 2) via [[F:Baptcare]]. Visits her mother (in her late [[G:90s]], aged [[G:ninety-eight]] per daughter) at [[F:Arcare Sunshine]] weekly.
O - Daughter [[N:Leanne]] ([[N:Leanne Cho]], lives [[A:Geelong]]) on her way, mob [[P:+61 423 555 907]].

Triage: ATS 2. Cubicle 14. Heat exhaustion vs sepsis, ?rhabdo - CK, lactate, cultures requested. Registrar Dr [[N:Anand Pillai]] notified.
GP: Dr [[N:Van Tuyen Le]], [[F:Sunshine Family Medical Centre]], ph [[P:(03) 9311 5555]].
""")

# ---------------------------------------------------------------- 36 Australia residential aged care progress notes
add(r"""
[[F:ARCADIA AGED CARE - WILLOUGHBY]]   Progress Notes (exported from AutumnCare)
Resident: [[N:CONSTANTINOU, Eleni]]   Room 7 (Jacaranda wing)   DOB [[D:02/05/1932]]   Age [[G:93]]
Medicare: [[X:4112 55281 3 / 4]]   My Aged Care ID: [[X:AC51873302]]   Pension CRN: [[X:208 441 937K]]
NOK: son [[N:Con (Constantine) Constantinou]] [[P:0402 555 731]]; daughter [[N:Voula]] [[P:02 9958 5512]]
GP: Dr [[N:Wei-Ling Tan]] - [[F:Chatswood Medical Practice]]

[[D:04/11/2025]] 06:45  RN [[N:P. Mabuza]]: [[N:Eleni]] found sitting on edge of bed, attempting to stand unassisted, sensor mat alarmed. Assisted back to bed. Nil injury. Obs: BP 132/70, P 84, T 36.7, SpO2 96%. Pain 0 (PAINAD). Continues on hourly checks.
[[D:04/11/2025]] 13:10  EN [[N:Jasmine]]: Ate 75% lunch (minced & moist, IDDSI 5, mildly thick fluids). Son [[N:Con]] visited with Greek pastries - reminded re texture modification; [[N:con]] agreed to bring yoghurt instead. Resident reminiscing about [[A:Kalamata]] and her café on [[A:Oxford Street]], [[A:Paddington]], in the 60s.
[[D:05/11/2025]] 09:30  Physio [[N:Luke Halloran]]: Falls risk assessment (FROP-Com 19 - high). Commenced 4WW with 1 assist. Hip protectors ordered.
[[D:05/11/2025]] 15:00  RN [[N:Mabuza]]: Dr [[N:Tan]] reviewed via telehealth (Coviu). Urine dipstick +nitrites, +leuc. MSU sent to [[F:Douglass Hanly Moir]] (lab no. [[X:25-8817344]]). Commence trimethoprim 300 mg nocte x 3/7 once MSU collected. Family informed - [[N:Voula]] requests phone updates only after 5pm (works at [[F:RNSH]]).
[[D:06/11/2025]] 22:00  RN [[N:Siosaia Tupou]]: Settled. Sleeping. [[G:Ninety-three]]-year-old resident's birthday card from grandchildren in [[A:Melbourne]] read to her by staff - smiled, said "my [[N:Yiannis]] would be proud" (late husband).
""")

# ---------------------------------------------------------------- 37 Australia dental (school dental / public)
add(r"""
[[F:Westmead Centre for Oral Health]] - Paediatric Dentistry Clinic
Patient: [[N:Zara Al-Hassan]] ("[[N:Zee]]")   MRN [[M:WCOH 0671243]]   DOB [[D:29/01/2017]]   Age 8y
Medicare card: [[X:5177 24190 2]] (IRN 3) - Child Dental Benefits Schedule eligible
Parent: mother [[N:Rania Al-Hassan]] ([[P:0431 552 817]]); father [[N:Omar]] works FIFO in [[A:Port Hedland]].
Address: [[A:12 Binalong Rd]], [[A:Toongabbie]] NSW [[Z:2146]]
Referred by: Dr [[N:Jarrah Williams]], [[F:Parramatta Smiles Dental]] ([[P:(02) 9635 0088]])
Appointment: [[D:Monday, 9 March 2026]], 9.00 am, chair 4, Dr [[N:Nhung Pham]] (Paed Spec Reg) supervised by A/Prof [[N:Graham Stuckey]]

C/O: Swelling lower right face x 2 days, woke crying at night. Fever 38.2 at home yesterday (Panadol given).
Hx: Arabic and English at home; mum interprets adequately, declined TIS. No allergies. Asthma - Ventolin prn.
Exam: Extra-oral swelling R mandible, non-fluctuant, no trismus. Temp 37.4. Intra-oral: 85 grossly carious with buccal sinus; 84 large DO lesion; 74 and 75 early fissure caries; 46 erupted, sound, fissure sealant intact.
Radiographs: R BW + OPG (dose log [[X:W-OPG-5518]]): 85 furcation radiolucency, 45 follicle intact.
Dx: Acute dentoalveolar abscess 85.
Tx today: LA 2.2 mL Articaine 4% 1:100,000, XLA 85, bleeding controlled, gauze. Amoxicillin 25 mg/kg TDS x 5 days (wt 27 kg -> 250 mg/5 mL, 6.75 mL). 
Plan: GA list for remaining treatment - waitlist category 2. Space maintainer to be considered. Oral hygiene instruction; 1000 ppm F paste - upgrade to 1450 ppm advised by Dr [[N:Pham]].
Post-op instructions given in Arabic (leaflet). Recall via SMS to mum.
""")
# ---------------------------------------------------------------- 38 NZ mental health crisis team note
add(r"""
[[F:TE WHATU ORA - WAITEMATĀ]] | Mental Health Crisis Team (Acute Home-Based Treatment)
Contact note - [[D:Sunday 12 October 2025]], 21:35, phone then home visit

Client: [[N:Tāne Rāwiri Ngata]]   NHI: [[X:ZKM4821]]   DOB [[D:04/07/1998]]   Iwi: Ngāti Porou
Address: [[A:16B Kaipatiki Road]], [[A:Glenfield]], [[A:Auckland]] [[Z:0629]]
Phone: [[P:021 084 4417]]   Whānau contact: mum [[N:Huia Ngata]] [[P:027 555 0193]]
Key worker: [[N:Sione Fifita]] ([[F:Taharoto Adult Community Mental Health]])
Staff on visit: [[N:B. Harrington]] (RN) and [[N:Mereana]] (Kaiatawhai / peer support)

Referral: Mum rang [[P:1737]]-line after [[N:Tāne]] sent texts saying "sorry for everything, you'll be better off". He has been off work (scaffolder) since [[D:22 Sept]] after a fall on site; ACC claim [[X:10048817726]] declined last week. Girlfriend [[N:Jess]] left 2 weeks ago with their daughter ([[N:Aroha]], 3).
Visit: Seen at home with mum and uncle [[N:Wiremu]] present ([[N:Tāne]]'s choice). Karakia at start at whānau request. [[N:Tāne]] initially flat, avoided eye contact, then tearful. Reports low mood x 6 weeks, poor sleep, drinking ~12 cans RTD/night. Has thought about "going off the bridge" (the harbour bridge) but no plan date; says daughter is reason to stay. No access to firearms. Meds at home: none. No psychosis.
Risk: Moderate-high (recent losses, ETOH, male, ideation), protective factors whānau, daughter, engaged tonight.
Plan: Safety plan written with [[N:Tāne]] and [[N:Huia]]; copy on his phone. Daily HBT visits - next [[D:Mon 13/10]] 1300. Dr [[N:Ananya Krishnan]] (psych reg) to review [[D:Tues]]. Referral to [[F:CADS]] (alcohol & drug) and Māori mental health team ([[F:Moko Kāinga]]). Mum has crisis number [[P:0800 800 717]].
Documented by [[N:Ben Harrington]] RN, [[D:12/10/25]] 23:10.
""")

# ---------------------------------------------------------------- 39 NZ immunisation record (Plunket/GP)
add(r"""
[[F:Riccarton Clinic]] | [[A:6 Yaldhurst Road]], [[A:Christchurch]] [[Z:8041]] | Ph [[P:(03) 343 5555]] | [[U:www.riccartonclinic.co.nz]]
IMMUNISATION HISTORY PRINT (Medtech Evolution)   printed [[D:18-Nov-2025]] by [[X:rcc\nursejt]]

Child: [[N:Lily-Rose Fa'asavalu-Turner]]   NHI [[X:QBT3712]]   DOB [[D:05-Jan-2025]]   Sex F
Parent/caregiver: [[N:Talia Fa'asavalu]] (mum) ph [[P:022 555 8814]] ; [[N:Jack Turner]] (dad)
Address: [[A:Flat 2, 77 Riccarton Rd]], [[A:Upper Riccarton]], [[A:Christchurch]] [[Z:8041]]
Well Child provider: [[F:Whānau Āwhina Plunket]] - nurse [[N:Marama]]
LMC (birth): [[N:Kate Ellery]], midwife; born [[F:Christchurch Women's Hospital]]

Date            Age      Vaccine                 Batch       Site        Given by
[[D:17/02/2025]]      6 wk     Infanrix-hexa           A21CD441A   L thigh     [[N:J. Tuiasosopo]] RN
[[D:17/02/2025]]      6 wk     Prevenar 13             HR7729      R thigh     [[N:J. Tuiasosopo]] RN
[[D:17/02/2025]]      6 wk     Rotarix (oral)          AROLC982AA  oral        [[N:J. Tuiasosopo]] RN
[[D:07/04/2025]]      3 mth    Infanrix-hexa           A21CD553B   L thigh     [[N:J. Tuiasosopo]] RN
[[D:07/04/2025]]      3 mth    Rotarix (oral)          AROLC982AA  oral        [[N:J. Tuiasosopo]] RN
[[D:09/06/2025]]      5 mth    Infanrix-hexa           A21CD553B   L thigh     [[N:Sarah Kim]] RN
[[D:09/06/2025]]      5 mth    Prevenar 13             HR8815      R thigh     [[N:Sarah Kim]] RN
--              12 mth   MMR/PCV/MenB            DUE [[D:05/01/2026]]

Notes: [[D:7 Apr]] - mild fever after 3-month vaccines, settled with Pamol. Mum asked re MenB - funded for under 1s now. Reminder letters to go to mum's email [[E:talia.faasavalu@xtra.co.nz]]. Status reported to NIR [[D:18/11/2025]]; child not on opt-off list.
""")
# ---------------------------------------------------------------- 40 India OPD discharge / prescription
add(r"""
[[F:SRI SAI KRUPA MULTISPECIALITY HOSPITAL]]
#[[A:44, 3rd Cross, 5th Main]], [[A:HSR Layout Sector 6]], [[A:Bengaluru]] - [[Z:560102]], Karnataka  |  Ph: [[P:080-4155 2266]], [[P:+91 98450 22661]]
NABH Accredited | [[E:info@saikrupahospital.in]] | [[U:www.saikrupahospital.in]]

DISCHARGE SUMMARY
Name: Mr. [[N:K. Venkatesh Murthy]]   Age/Sex: 67 Y / M   UHID: [[M:SKH/2025/118473]]   IP No: [[M:IP-25-04412]]
Aadhaar: [[X:4821 7730 9165]]   ABHA No.: [[X:91-4417-2280-6631]]   CGHS card: [[X:CGHS-BLR-220417]]
Address: [[A:No. 17, Sri Lakshmi Nilaya, 2nd Stage]], [[A:BTM Layout]], [[A:Bengaluru]] [[Z:560076]]
Mobile: [[P:9880012345]] (son - Mr. [[N:Praveen]])
DOA: [[D:18.11.2025]]   DOD: [[D:24.11.2025]]
Consultant: Dr. [[N:Shalini Raghavendra]], MD (Gen Med), DM (Nephro)  KMC Reg. No. [[X:68214]]

Diagnosis: 1) Acute febrile illness - Dengue fever (NS1 positive) with thrombocytopenia  2) Type 2 DM  3) Systemic hypertension
Course in hospital: Pt admitted with fever x 4 days, myalgia, retro-orbital pain. Platelet nadir 28,000/cumm on [[D:20/11]]; no bleeding. Managed with IV fluids, paracetamol; 1 unit SDP transfused on [[D:21-11-25]] (bag no. [[X:SDP-2511-0832]], blood bank [[F:Rashtrotthana Blood Centre]]). Platelets at discharge 1,42,000. Sugars controlled on Inj. Actrapid sliding scale, converted back to Tab. Glycomet GP 2 1-0-1.
Advice on discharge:
1. Tab. Dolo 650 mg SOS (max 3/day)
2. Tab. Glycomet GP 2 - 1-0-1 after food
3. Tab. Telma 40 - 1-0-0
4. Plenty of oral fluids, papaya leaf extract NOT advised.
Review: OPD after 1 week on [[D:Monday, 1st Dec]] with CBC report, OPD timings 10 am - 1 pm. Emergency: [[P:1800-425-0099]] (24x7).
Bill settled through Star Health, claim no. [[X:CLI/2025/700451229]], TPA Medi Assist.
Discharge summary explained to patient and attender (daughter-in-law Smt. [[N:Lakshmi]]) in Kannada.
Signature of Consultant: __________   Dr. [[N:S. Raghavendra]]
""")

# ---------------------------------------------------------------- 41 India lab report OCR'd
add(r"""
 [[F:METROPOLIS HEALTHCARE LTD]] - [[F:Andheri (W) Collection Centre]]
 Regd. Office: [[A:250 D, Udyog Bhavan, Hind Cycle Marg]], [[A:Worli]], [[A:Mumbai]] - [[Z:400 030]]
 ................................................................................
 Patient Name : MRS. [[N:FARIDA  BANU  SHAIKH]]             Lab No.  : [[X:1O2511O4488]]
 Age / Sex    : [[G:91]] Yrs / F                            Ref. By  : DR. [[N:AMOL  DESHPANDE]]
 Patient ID   : [[M:MHL-AND-0099413]]                        Collected: [[D:O4-Nov-2O25]] 08:12
 Mobile       : [[P:+91-9820O 55412]]                        Reported : [[D:04/11/2025]] 16:40
 Address      : [[A:B-1204, Shanti Kunj CHS, Lokhandwala Complex]], [[A:Andheri West]], [[A:Mumbai]] [[Z:400053]]
 ................................................................................
 TEST                          RESULT        UNIT          BIOLOGICAL REF. INTERVAL
 HAEMOGLOBIN                   9.2  L        g/dL          12.0 - 15.0
 TOTAL LEUCOCYTE COUNT         11,400 H      /cumm         4000 - 10000
 PLATELET COUNT                2.1           lakhs/cumm    1.5 - 4.1
 SERUM CREATININE              1.9  H        mg/dL         0.5 - 1.1
 eGFR (CKD-EPI 2021)           24            mL/min/1.73m2
 SERUM SODIUM                  131  L        mmol/L        136 - 145
 SERUM POTASSIUM               5.3  H        mmol/L        3.5 - 5.1
 HbA1c                         6.9           %             < 5.7
 URINE C/S                     E. coli > 10^5 CFU/mL  (sens: nitrofurantoin, fosfomycin)
 ................................................................................
 Comment: Pt is a [[G:ninety one]] year old female. Renal impairment noted ; correlate clinically.
 Sample received at processing lab [[F:Metropolis Global Reference Lab]], [[A:Kurla]] .
 ~ ~  *** End of Report ***  ~ ~       Page 1 of 1
 Verified by : DR. [[N:NEHA  JOSHI-PATIL]] , MD (Path)  MMC Reg. [[X:2009/03/1147]]
 Scan via WhatsApp to Dr [[N:Deshpande]] clinic [[P:022 2636 7788]] - sent by [[N:Rohit K.]] [[D:4/11]]
 Verify report online: [[U:https://reports.metropolisindia.com/verify?id=1O2511O4488]]
""")

# ---------------------------------------------------------------- 42 Singapore polyclinic note
add(r"""
[[F:SENGKANG POLYCLINIC]] (SingHealth Polyclinics)  |  [[A:2 Sengkang Square]], [[A:#01-06]], [[A:Sengkang Community Hub]], Singapore [[Z:545025]]
Consult date: [[D:08-Jan-2026]] ([[D:Thu]]) 14:55   Doctor: Dr [[N:Lim Wei Jie]] (MCR [[X:M12345Z]])

Patient: [[N:TAN AH KOW]] ([[N:陈亚九]])   NRIC: [[X:S1234567D]]   DOB: [[D:1934/06/21]]   Age: [[G:91]]
Address: [[A:Blk 261A Compassvale Street]], [[A:#11-432]], Singapore [[Z:541261]]
HP: [[P:9123 4567]] (daughter [[N:Tan Mei Ling]], NRIC [[X:S7012345G]], caregiver)   Home: [[P:6388 1122]]
Other: helper [[N:Siti Nurhaliza binti Ahmad]] (FIN [[X:G5566778N]]) accompanies to all visits
CHAS: Blue   Pioneer Generation card   MediSave-linked: Y

Hx (via daughter, Hokkien/English): Mr [[N:Tan]] has had poorer appetite x 1 month, lost 3 kg. More forgetful, once wandered to [[A:Sengkang Riverside Park]] and neighbour brought him home. BO regular. No fever, cough. Still goes to coffeeshop downstairs daily with his kaki, [[N:Ah Huat]].
Chronic: HTN, HLD, BPH, knee OA. Meds: amlodipine 5 mg om, atorvastatin 20 mg on, tamsulosin 0.4 mg on.
O/E: BP 138/76, HR 72, BMI 19.8 (was 21.0 in [[D:Jul 2025]]). AMT 6/10. Chest clear. Abd soft, no masses. 
Ix: FBC, RP, TFT, B12/folate, HbA1c sent. CXR ordered.
Imp: Weight loss + cognitive decline ?dementia ?depression ?malignancy.
Plan: Referred to [[F:Sengkang General Hospital]] Geriatric Medicine (appt letter to be sent, ref [[X:SKH-GRM-26-00211]]). AIC referral for caregiver support. Discussed LPA - daughter to see Office of the Public Guardian. Dementia-friendly Go-To Point info given.
TCU 2 weeks with results; SMS reminder to [[P:+65 9123 4567]].
""")
# ---------------------------------------------------------------- 43 Singapore interpreter-mediated MDT (Tamil) + telehealth log
add(r"""
[[F:TAN TOCK SENG HOSPITAL]] - Rehabilitation Centre | Family Conference / MDT minutes
Date: [[D:Fri 27 Feb 2026]], 3pm, Meeting Rm 2 + Zoom (host IP logged [[I:172.20.14.63]], family joined from [[I:116.87.203.41]])

Patient: Mr [[N:Muthusamy s/o Ramasamy]]   MRN: [[M:TTSH-8813927]]   NRIC: [[X:S2938471J]]   Age 88
Admitted: [[D:09/02/2026]] (L MCA infarct, R hemiplegia, expressive dysphasia)
Attendees: Dr [[N:Rachel Goh]] (Rehab Med), [[N:Nurul Huda]] (MSW), [[N:Kelvin Ong]] (PT), [[N:Priyanka D/O Suresh]] (OT), [[N:Chua Boon Keng]] (SLT), Staff Nurse [[N:Aye Aye Myint]]
Family: wife Mdm [[N:Valliammai]] (in person), son [[N:Ganesan Muthusamy]] (Zoom from [[A:Johor Bahru]], HP [[P:+60 12-455 8102]]), granddaughter [[N:Kavitha]] ([[E:kavitha.g@u.nus.edu]]).
Interpreter: Tamil, Mr. [[N:Selvam]] ([[F:TTSH]] interpreter service, staff no. [[X:IS-2231]]). Mdm [[N:Valliammai]] prefers Tamil; son speaks English.

1. Progress (PT/OT): Transfers with 1 assist, walks 10 m with hemi-walker + 1 assist. FIM 58 (adm 41). 
2. Swallow (SLT): IDDSI level 5 diet, thin fluids with chin tuck. [[N:Chua]] notes improvement.
3. Cognition/communication: Follows 1-step commands. Uses yes/no board.
4. Discharge options (MSW): Home = 3-room HDB flat at [[A:Blk 52 Jalan Bukit Merah]], [[A:#08-221]], Singapore [[Z:160052]] - lift landing every floor, bathroom needs grab bars. Mdm [[N:Valliammai]] (84) cannot lift. Options discussed via interpreter: (a) home with foreign domestic worker + day rehab at [[F:NTUC Health Active Ageing Centre (Bukit Merah)]]; (b) nursing home - [[F:Ren Ci Nursing Home]] waitlist ~3 mo.
   Family prefers (a). Son will apply for FDW; MSW to assist with Home Caregiving Grant and CTG.
5. Est. discharge: [[D:20 March]]. Home visit by OT on [[D:12/3]].
Action owners: MSW [[N:Nurul]] - FDW/grant forms; OT - home visit; Dr [[N:Goh]] - update polyclinic ([[F:Bukit Merah Polyclinic]]) via NEHR.
Minutes by [[N:Nurul Huda]], [[D:27/2/26]].
""")

# ---------------------------------------------------------------- 44 South Africa clinic note + SAPS liaison
add(r"""
WESTERN CAPE GOVERNMENT: HEALTH - [[F:Khayelitsha District Hospital]], Casualty / Forensic (Thuthuzela Care Centre)
Folder no: [[M:KDH-0772150]]   Date: [[D:14/06/2025]]   Time: 02:10   Seen by: Dr [[N:Lwazi Dlamini]] (HPCSA [[X:MP 0714452]])

Patient: [[N:Nomvula Precious Mbeki-Khumalo]]   SA ID: [[X:0003150812087]]   Age 25
Address: [[A:Site C, 8822 Lansdowne Rd]], [[A:Khayelitsha]], [[A:Cape Town]] [[Z:7784]]
Cell: [[P:073 555 0128]]   Alt: aunt [[N:Thandeka]] [[P:+27 82 555 0174]]
Language: isiXhosa; counselled via interpreter Sis [[N:Nosipho]] (TCC counsellor).

Hx: Alleged assault by known person (ex-partner, "[[N:Sipho]]") at approx 22:30 on [[D:13/06/2025]] at her shack. Punched face, strangled briefly (? LOC). Police brought her in. 
SAPS [[A:Harare]] station, CAS no. [[X:CAS 412/06/2025]], IO: Sgt [[N:Mthunzi Ngcobo]] [[P:021 361 0000]]. J88 completed (serial [[X:J88-KH-2025-3310]]), evidence kit no. [[X:SAEK-0048812]] handed to Sgt [[N:Ngcobo]] at 03:20, chain of custody signed.
Exam: GCS 15. L periorbital haematoma 4x3 cm. Petechiae conjunctivae. Linear abrasions anterior neck. Voice normal. No stridor. Pregnancy test neg.
Mx: Paracetamol 1 g PO. CT brain not indicated (GCS 15, no focal signs) - review. PEP not indicated (no sexual assault). Protection order process explained. Referred to [[F:Mosaic Training, Service & Healing Centre]] for counselling.
Follow-up: [[F:Site B CHC]] in 48 h; GBV Command Centre [[P:0800 428 428]].
Next of kin informed with consent: aunt [[N:Thandeka Mbeki]].
""")

# ---------------------------------------------------------------- 45 South Africa occupational health (mine) - CSV + note
add(r"""
[[F:SIBANYE-STILLWATER KLOOF OCCUPATIONAL HEALTH CENTRE]] - Medical Surveillance Export ([[D:2026-03-31]])
Prepared by: [[N:T. Mokoena]] ([[E:tmokoena@ohc-kloof.example.co.za]])  Sister in charge: Sr [[N:Refilwe Mahlangu]]   Tel [[P:(018) 555 0123]]
company_no;surname;first_names;id_number;dob;age;shaft;occupation;last_exam;audiogram_PLH%;cxr_ILO;fitness;notes
[[X:KL40112]];[[N:NDLOVU]];[[N:Bongani Petrus]];[[X:7805125843081]];[[D:1978-05-12]];47;4 Shaft;rock drill operator;[[D:2026-02-03]];12.4;0/0;FIT;"NIHL baseline shift 10%; refer audiologist Ms [[N:Fourie]]"
[[X:KL40586]];[[N:MOTAUNG]];[[N:Lerato]];[[X:9011300241089]];[[D:1990-11-30]];35;7 Shaft;winch operator;[[D:2026-02-05]];3.1;0/0;FIT;
[[X:KL38210]];[[N:DOS SANTOS]];[[N:Armando Jose]];passport [[X:N0448217]] (MOZ);[[D:1969-08-01]];56;Main Shaft;team leader;[[D:2026-02-05]];22.0;1/0;FIT-RESTR;"TB treated 2022 at [[F:Carletonville Hospital]]; CXR 1/0 - silicosis query, ref MBOD [[X:MBOD/2026/01187]]; family in [[A:Xai-Xai]]"
[[X:KL41907]];[[N:van der Walt]];[[N:Pieter]];[[X:8502025076083]];[[D:1985-02-02]];41;Metallurgical plant;electrician;[[D:2026-02-11]];4.4;0/0;UNFIT-TEMP;"uncontrolled HTN 178/104 - GP Dr [[N:Naidoo]] [[F:Westonaria Medical Centre]] [[P:011 753 2201]]; recheck [[D:2026-02-25]]"
[[X:KL42033]];[[N:MAKHUBELA]];[[N:Grace]];[[X:9609180672085]];[[D:1996-09-18]];29;4 Shaft;sampler;[[D:2026-02-12]];0.0;0/0;FIT;"pregnant 14/40 - removed from underground per policy; lives [[A:Carletonville ext 14]]"

Comment ([[N:TM]]): One worker (Mr [[N:Dos Santos]]) has been referred for certification under ODMWA; claims contact at the MBOD: Mr [[N:Khoza]] [[P:+27 11 356 5600]]. Mr [[N:van der Walt]]'s unfitness letter e-mailed to supervisor. Cohort summary (n=5): mean age 41.6; 1 x FIT-RESTR; 1 x UNFIT-TEMP. Next audiometry round [[D:1 June 2026]]. Data stored on server [[I:192.168.40.17]] \\ohc\surveillance\2026Q1.
""")

# =========================================================================== build
MARK = re.compile(r"\[\[([A-Z]):(.*?)\]\]")

def parse(marked):
    out, spans, pos = [], [], 0
    clen = 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre); clen += len(pre)
        code, txt = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %r in %r" % (code, m.group(0)))
        if not txt or txt != txt.strip():
            raise ValueError("empty/whitespace-padded span %r" % m.group(0))
        spans.append([clen, clen + len(txt), CODES[code], txt])
        out.append(txt); clen += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    clean = "".join(out)
    if "[[" in clean or "]]" in clean:
        raise ValueError("unparsed markup left in note")
    return clean, spans

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    allowed = set(CODES.values())
    counts = Counter()
    rows = []
    for i, marked in enumerate(NOTES, 1):
        nid = "heldout6-%02d" % i
        clean, spans = parse(marked)
        spans.sort(key=lambda s: (s[0], s[1]))
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (nid, "overlap", a, b)
        for s, e, t, txt in spans:
            assert t in allowed, (nid, t)
            assert clean[s:e] == txt, (nid, s, e, clean[s:e], txt)
            counts[t] += 1
        nw = len(clean.split())
        assert 120 <= nw <= 600, (nid, "word count", nw)
        rows.append({"id": nid, "text": clean, "spans": [[s, e, t] for s, e, t, _ in spans]})
    assert len(rows) == 45, len(rows)
    with open(os.path.join(here, "eval_heldout6.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate from disk
    with open(os.path.join(here, "eval_heldout6.jsonl"), encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert [r["id"] for r in back] == [r["id"] for r in rows]
    lines = ["notes\t%d" % len(rows), "spans_total\t%d" % sum(counts.values())]
    for t in ["NAME", "DATE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ZIP", "URL",
              "IP", "AGE>89", "ID", "FACILITY"]:
        lines.append("%s\t%d" % (t, counts[t]))
    txt = "\n".join(lines) + "\n"
    with open(os.path.join(here, "heldout6_COUNTS.txt"), "w") as f:
        f.write(txt)
    print(txt, end="")

if __name__ == "__main__":
    main()
