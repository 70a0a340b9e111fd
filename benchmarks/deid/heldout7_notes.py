#!/usr/bin/env python
"""Synthetic clinical notes with planted PHI (heldout7).
Inline markup: [[CODE:text]] where CODE maps to a label type (see CODES).
All people, places, numbers are invented."""
import json, re, sys, collections, os

CODES = {"N": "NAME", "D": "DATE", "PH": "PHONE", "EM": "EMAIL", "MRN": "MRN",
         "SSN": "SSN", "AD": "ADDRESS", "ZIP": "ZIP", "URL": "URL", "IP": "IP",
         "AGE": "AGE>89", "ID": "ID", "FAC": "FACILITY"}
TYPES = set(CODES.values())
PAT = re.compile(r"\[\[(" + "|".join(sorted(CODES, key=len, reverse=True)) + r"):(.+?)\]\]")
NOTES = []

def add(s):
    NOTES.append(s.strip("\n"))

def parse(marked):
    out, spans, pos, last = [], [], 0, 0
    for m in PAT.finditer(marked):
        out.append(marked[last:m.start()])
        pos += len(marked[last:m.start()])
        t = m.group(2)
        spans.append([pos, pos + len(t), CODES[m.group(1)], t])
        out.append(t)
        pos += len(t)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans

def main():
    here = os.path.dirname(os.path.abspath(globals().get('__file__', '/work/blind7/notes.py')))
    counts = collections.Counter()
    rows, errors = [], []
    for i, marked in enumerate(NOTES, 1):
        nid = "heldout7-%02d" % i
        text, spans = parse(marked)
        if "[[" in text or "]]" in text:
            errors.append("%s: leftover markup" % nid)
        nw = len(text.split())
        if not (120 <= nw <= 600):
            errors.append("%s: %d words" % (nid, nw))
        prev_end = -1
        for s, e, t, raw in spans:
            if text[s:e] != raw:
                errors.append("%s: offset mismatch %r" % (nid, raw))
            if t not in TYPES:
                errors.append("%s: bad type %s" % (nid, t))
            if s < prev_end:
                errors.append("%s: overlap at %d" % (nid, s))
            if raw != raw.strip() or not raw:
                errors.append("%s: whitespace at span edge %r" % (nid, raw))
            prev_end = e
            counts[t] += 1
        rows.append({"id": nid, "text": text, "spans": [[s, e, t] for s, e, t, _ in spans]})
        print("%s  words=%d spans=%d" % (nid, nw, len(spans)))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(os.path.join(here, "eval_heldout7.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["notes: %d" % len(rows), "total spans: %d" % sum(counts.values())]
    for t in sorted(TYPES):
        lines.append("%-9s %d" % (t, counts[t]))
    rep = "\n".join(lines)
    print(rep)
    with open(os.path.join(here, "heldout7_COUNTS.txt"), "w") as f:
        f.write(rep + "\n")

# ============================ NOTES ============================
# 01 community health center, templated
add(r"""
[[FAC:LA CLÍNICA DEL VALLE COMMUNITY HEALTH CENTER - Sunnyside Site]]
[[AD:2217 E. Lincoln Ave]], [[AD:Yakima]], WA [[ZIP:98901]]  Ph [[PH:(509) 453-7716]]  Fax [[PH:(509) 453-7790]]

PATIENT: [[N:SOLORZANO-MEZA, Guadalupe]]        DOB: [[D:04/17/1968]]      MRN: [[MRN:LCV-0083114]]
Visit date: [[D:11/23/2026]]   Provider: [[N:Ifeoma Nwachukwu]], FNP-C   Interpreter: [[N:Rosa Tlapa]] (in person, Spanish)
Payer: Apple Health (Medicaid) ProviderOne ID [[ID:108842917WA]]   Sliding fee: N/A

CC: "me duele el pie y tengo la azucar alta"  (foot pain, high sugar)

HPI: 58 yo female orchard worker (packing shed at [[FAC:Tierra Fresca Packing Co.]]) w/ T2DM dx 2015, HTN, here for f/u. Reports 3 wks of burning pain both soles, worse at night. Checks BG "a veces", fasting 180-240 per her log. Ran out of metformin ~2 wks ago because pharmacy ([[FAC:Bi-Mart Pharmacy #612]]) said Rx expired. Lives w/ husband [[N:Evaristo]] and daughter [[N:Yesenia]] (daughter helps w/ meds, cell [[PH:509-941-2283]]). Denies CP, SOB, vision change. No foot ulcers noticed.

ROS: + polyuria, nocturia x2. Otherwise neg per template.

Meds: metformin 1000 mg BID (not taking), lisinopril 20 mg daily, atorvastatin 40 mg qhs.
Allergies: PCN (rash).

Vitals: BP 148/92  HR 84  T 98.1  Wt 171 lb  BMI 31.3  SpO2 98% RA
POC A1c today 10.4% (prior 8.1% on [[D:5/2/26]]).

Exam: Monofilament: decreased sensation 4/10 sites R, 5/10 L. DP pulses 2+ bilat. No callus/ulcer. Skin intact.

A/P:
1. T2DM uncontrolled w/ peripheral neuropathy (E11.42) - restart metformin 1000 BID, add glipizide 5 mg qAM. Refer to CDE [[N:Marisol]] (bilingual) - next avail [[D:Thurs 12/3]]. Podiatry referral to [[FAC:Memorial Foot & Ankle Clinic]].
2. HTN - above goal; incr lisinopril to 40 mg.
3. Neuropathic pain - gabapentin 100 mg qhs, titrate.
4. Health maint: flu vaccine given today (see registry). Due for mammogram - scheduled at [[FAC:Astria Toppenish Hospital]].

Interpreter used for entire visit. Pt verbalized understanding via teach-back.
RTC 4 wks. Call [[PH:509-453-7716 ext 2204]] (nurse line) w/ questions.

e-signed [[N:I. Nwachukwu]], FNP-C  [[D:11/23/2026]] 15:42
""")

# 02 VA primary care, PACT, veteran over 89
add(r"""
LOCAL TITLE: PACT PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE OUTPATIENT NOTE
DATE OF NOTE: [[D:NOV 30, 2026]]@09:14     ENTRY DATE: [[D:NOV 30, 2026]]@11:02:37
      AUTHOR: [[N:OYELARAN,BABATUNDE A]]     EXP COSIGNER:
     URGENCY:                             STATUS: COMPLETED

Patient: [[N:KOWALCZYK,STANLEY J]]   [[SSN:XXX-XX-3390]]   ICN [[MRN:1012847733V551208]]
Clinic: [[FAC:Altoona CBOC]] - PACT Teal Team

[[AGE:93]] y/o WWII-era... correction, Korean War Army veteran (SC 30% hearing loss/tinnitus) seen for 6-mo f/u. Accompanied by son [[N:Gregory Kowalczyk]] (POA), who lives in [[AD:Hollidaysburg]]. Son's contact [[PH:814.695.2218]].

S: Pt states "I'm [[AGE:ninety-three]], what do you expect." Son reports 2 near-falls at home since [[D:Labor Day]], both getting up at night. No LOC. Uses cane, refuses walker. Appetite fair. Wife [[N:Helen]] passed [[D:March 2024]]; lives alone at [[AD:611 Bell Ave]], has Meals on Wheels. Denies depression, PHQ-2 = 1.

O: BP 134/70 sitting, 112/64 standing (orthostatic). P 68 irreg irreg. Wt 152 (down 6 lb). Gait slow, wide based. TUG 19 sec.
Labs [[D:11/18/26]]: Cr 1.6 (eGFR 38), K 4.9, Hgb 11.2, INR 2.4.

A/P:
1. Orthostatic hypotension / falls - reduce tamsulosin 0.4 -> d/c trial; consult PT via CONSULT #[[ID:5521108]]; Home safety eval - HBPC referral placed. Grab bars requested through Prosthetics (PSAS).
2. AFib on warfarin - INR therapeutic, anticoag clinic Pharm.D. [[N:Li]] managing.
3. CKD 3b - stable, avoid NSAIDs.
4. Hearing - has VA-issued aids, Audiology [[D:Jan 12]] at [[FAC:James E. Van Zandt VA Medical Center]].
5. Advance directive on file, DNR/DNI confirmed w/ pt and son today.

Pt is a [[AGE:93]]-year-old; caregiver burden discussed, son given Caregiver Support Line.
RTC 3 mo or sooner PRN. Pt instructed to call [[PH:877-626-2500 x 7741]] for Nurse Triage.

/es/ [[N:BABATUNDE A. OYELARAN]], MD
STAFF PHYSICIAN
Signed: [[D:11/30/2026]] 11:02
""")

# 03 Indian Health Service clinic
add(r"""
[[FAC:Chinle Comprehensive Health Care Facility]] - Diabetes Program
Navajo Area IHS

Name: [[N:Tsosie, Delbert Ray]]    Chart #: [[MRN:CH-44-102273]]   DOB [[D:2-9-1957]]
Census #: [[ID:N-0412 8876]]    Chapter: [[AD:Many Farms]]
Visit: [[D:Tuesday, November 24, 2026]]   Seen by: [[N:Carla Yazzie-Benally]], RN CDCES with Dr. [[N:Thornburg]] (attending: [[N:Paul Thornburg]], MD)

Pt is 69 y/o Diné male here for quarterly DM visit. Speaks Navajo primarily; son [[N:Kee]] interpreted at pt request (declined staff interpreter [[N:Loretta]]). Lives ~40 mi from clinic, no running water, hauls water from the chapter house well. Home is off [[AD:N-59]] near [[AD:Rough Rock]], mile marker 12, blue roof - CHR [[N:Wilson Begay]] visits monthly (CHR office [[PH:928-674-7095]]).

Labs: A1c 8.7 (was 9.9). UACR 212. LDL 96. Foot exam done - healed ulcer R 1st MTP, no new lesions.

Meds reviewed: insulin glargine 34 u qhs (stored in cooler, no fridge -- discussed), metformin 1 g BID, losartan 50, ASA 81.

Pt brought glucometer; 30-day avg 171. Hypos x2 (lowest 58) after herding sheep without eating. Reviewed carrying juice/snack.

Traditional healing: pt attending ceremony w/ medicine man [[N:Hastiin Nez]] this winter, wants to continue both; supportive.

Plan:
- decrease glargine to 30 u
- retinal camera today (JVN), read by Joslin Vision Network
- refer to SDPI fitness program at [[FAC:Many Farms Chapter House]]
- RTC [[D:Feb 23]] ; pharmacy refill by mail to [[AD:PO Box 1187]], [[AD:Many Farms]], AZ [[ZIP:86538]]

[[N:cyb]] RN / [[N:PT]] MD
""")

# 04 correctional health intake
add(r"""
[[FAC:BERNALILLO COUNTY METROPOLITAN DETENTION CENTER]] - MEDICAL RECEIVING SCREENING

INMATE NAME: [[N:ARCHULETA, JOSEPH "JOJO" M.]]
BOOKING #: [[ID:26-0118842]]     CJIS/PIN: [[ID:NM0451133]]     POD: 4B
DOB: [[D:07/30/1991]]   AGE: 35   SEX: M
DATE/TIME BOOKED: [[D:11/29/2026]] 0214    ARRESTING AGENCY: APD   CASE: APD [[ID:26-0093317]]
SCREENED BY: [[N:L. Kaniatobe]], LPN      REVIEWED: [[N:Marcus Feliciano-Ortiz]], PA-C

1. Currently on any medications? Y - states suboxone 8mg BID from [[FAC:First Choice Community Healthcare]] ([[AD:South Valley]]), last dose "yesterday am". PDMP checked - verified, prescriber Dr. [[N:Anaya]], DEA [[ID:BA4492817]].
2. Drug/ETOH use? Y - fentanyl (relapsed), ETOH 6-8 beers/day. Last use [[D:11/28]] pm.
3. Withdrawal symptoms? COWS = 9 (mild) @ 0300. CIWA 6.
4. Suicidal ideation now / hx? Denies now. Hx attempt [[D:Dec 2022]] (OD). Placed on 15-min checks pending MH eval per policy.
5. Injuries? abrasions L forearm, knuckles R. Photo'd per protocol.
6. Chronic illness? Hep C (untreated), asthma.
7. Pregnant? N/A.
8. TB sx? Denies. PPD placed L forearm, read [[D:12/1]].

VS: BP 152/98 P 108 R 18 T 99.0 SpO2 97%  BG 112

Emergency contact: mother [[N:Lorraine Archuleta]] [[PH:505 877 0412]] (home), [[AD:2704 Isleta Blvd SW]] #B, [[AD:Albuquerque]] [[ZIP:87105]]

DISPOSITION: general pop w/ MOUD continuation (buprenorphine 8mg BID verified, bridge order by PA). Sick call MH [[D:11/30]].
Pt signed ROI for [[FAC:FCCH]] records, fax [[PH:505.873.1519]].
""")

# 05 school nurse note
add(r"""
[[FAC:Roosevelt Middle School]] - Health Office Visit Log
[[AD:Hennepin County]] / [[FAC:Minneapolis Public Schools]]

Student: [[N:Abdirahman Warsame]] ("[[N:Abdi]]")     Grade 7   Homeroom: Ms. [[N:Lindqvist]] Rm 214
Student ID: [[ID:700418826]]     DOB: [[D:1/5/2014]]
Date: [[D:Mon 11/30]]   Time in: 10:47   Time out: 11:35

Reason: c/o chest tight, coughing after PE (outdoor mile run, 28F).
Assessment: RR 26, audible wheeze, speaking in short phrases, SpO2 93% (school pulse ox). Peak flow 210 (personal best 340 per asthma action plan = yellow zone).
Intervention: albuterol HFA 4 puffs via spacer from student's inhaler kept in office (exp 8/27). Recheck 20 min: RR 18, PF 300, SpO2 97%, wheeze cleared.
Parent contact: called mother [[N:Hodan Farah]] at [[PH:612-555-0148]] - no answer, L/M in English. Called father [[N:Mohamed Warsame]] [[PH:(651) 788-3302]] -- spoke via Somali interpreter (district language line, interpreter ID #[[ID:44721]]). Father agrees student may return to class. Father states student has not used controller (Flovent) "for weeks" because pharmacy needs new prior auth.
Follow up: Emailed asthma action plan and note to PCP Dr. [[N:Hannah Ostrowski]] at [[FAC:Cedar-Riverside Pediatrics]] ([[EM:referrals@cedarriversidepeds.org]]) w/ parental consent on file (signed [[D:9/8/2026]]). Notified PE teacher Mr. [[N:Will Grant]] re: indoor option until controller restarted.
Returned to class: YES

[[N:Kirsten Haugland]], BSN, LSN  - ext [[PH:4471]]
""")

# 06 urgent care laceration
add(r"""
urgent care note -- [[FAC:QuickMed Urgent Care]] ([[AD:Kissimmee]] location, [[AD:3150 W Vine St]])
pt: [[N:jean-baptiste, marie-claude]]  dob [[D:9/22/79]]  acct [[ID:QMK-2611-40987]]
seen [[D:11/29/2026]] ~2015 by [[N:T. Okonkwo]] PA-C

cc: cut L hand w/ kitchen knife while cutting breadfruit
hpi: 47F, Haitian Creole speaking (son [[N:Wesley]] translating, pt declined phone interpreter after being offered). lac ~3.5 cm L palm, thenar eminence, happened approx 1 hr PTA. bled a lot, held pressure w/ towel. no numbness/tingling. R handed. last tdap unknown - "maybe in [[AD:Port-au-Prince]]."
pmh: HTN. meds: amlodipine 10. nkda.
exam: 3.5cm linear lac L thenar, clean edges, no FB on exploration, FDP/FDS intact, 2pt discrim <5mm all digits, cap refill <2s. no tendon exposed.
procedure: LET applied, then 1% lido w/o epi 4 mL. irrigated 250 mL NS. closed w/ 6 simple interrupted 5-0 prolene. bacitracin, nonadherent dressing.
tdap given L deltoid lot #U7203AA, exp 2027-11 (VIS given).
plan: suture removal 10-12 days (around [[D:Dec 10]]) here or PCP Dr [[N:Saintil]] at [[FAC:Osceola Family Health]]. wound care handout Kreyòl. return if redness, pus, fever, numbness.
discharge to home w/ son. son phone [[PH:407 201 5596]]
""")

# 07 telepsychiatry
add(r"""
TELEPSYCHIATRY PROGRESS NOTE (synchronous video)
Originating site: [[FAC:Ozark Rural Health - Mountain View Clinic]] ([[AD:Stone County]], AR)   Distant site: provider home office
Platform: Zoom for Healthcare, meeting link [[URL:https://ozarkrh.zoom.us/j/84410277315]]   Pt connected from clinic room 3
Session IP (pt side, per audit log): [[IP:162.214.90.37]]

Patient: [[N:Brooks, Summer]]        MRN [[MRN:ORH-00917254]]        DOB [[D:06-14-2001]]
Date of service: [[D:11/30/2026]]   Start 13:00  End 13:32 (32 min)
Psychiatrist: [[N:Anjali Raghunathan]], MD (licensed AR #[[ID:E-21884]])
Clinic staff present at start: [[N:Dusty McWhorter]], LPN (consent witnessed)

CC: "the nightmares are back."
Interval hx: 25 yo F w/ PTSD (MVC [[D:Aug 2023]], fatality of friend [[N:Kaylee]]), MDD. On sertraline 150 mg, prazosin 2 mg qhs. Reports nightmares increased since anniversary of crash ([[D:August 19]]) and since the trial of the other driver started at [[FAC:Stone County Courthouse]]. Sleep 4 hr/night. Working at [[FAC:Dollar General]] in [[AD:Mountain View]]. Partner [[N:Travis]] supportive. Mother [[N:Rhonda Brooks]] in [[AD:Batesville]].
PHQ-9: 16 (prior 11). GAD-7: 14. PCL-5: 52. C-SSRS screen: passive SI w/o plan/intent, denies prior attempts. No HI.
MSE: casually dressed, good eye contact via video, speech nl rate, mood "worn out", affect constricted, TP linear, no AVH, insight/judgment fair.

Safety plan reviewed and updated; pt has 988, and crisis contact sister [[N:Autumn]] [[PH:(870) 613-2278]].
Firearms: boyfriend has hunting rifle at home; pt agreed it will be stored at his father's house in [[AD:Fifty-Six]], AR.

Plan:
- increase prazosin to 3 mg qhs, then 4 mg in 1 wk if BP ok (clinic to check BP [[D:Friday 12/4]])
- continue sertraline 150
- referral to CPT therapy - [[N:Jolene Farris]], LCSW via tele, intake [[D:12/8]]
- RTC 4 wks tele. Rx to [[FAC:Fred's Pharmacy]] in [[AD:Mountain View]] ([[PH:870-269-3131]])

[[N:A. Raghunathan]], MD   [[EM:araghunathan@ozarkrh.org]]
""")

# 08 opioid treatment program
add(r"""
*** CONFIDENTIAL - 42 CFR PART 2 PROTECTED RECORD ***
[[FAC:New Day Recovery Services]] - Opioid Treatment Program
[[AD:480 Fenwick St]], [[AD:Dorchester]], MA [[ZIP:02124]]

Client: [[N:D'Amico, Frances "Frankie"]]    Client ID: [[MRN:NDR-118-7742]]    DOB [[D:12/02/1985]]
Counselor: [[N:Shawn O'Brien-Mbeki]], LADC-I       Medical: [[N:Nadia Haddad]], NP

DATE: [[D:11.25.2026]]  ([[D:day before Thanksgiving]])
Dose: methadone 95 mg PO, observed. Dispensed by [[N:K. Truong]], RN. Take-homes: 1 (holiday) - approved by medical director Dr. [[N:Feldstein]].
UDS [[D:11/19]]: + methadone, + fentanyl, - cocaine, - benzo. Discussed.

INDIVIDUAL SESSION (45 min)
Client reports she used fentanyl x1 on [[D:11/16]] after argument w/ ex-partner [[N:Rico Santangelo]], who she says "showed up at my mom's on [[AD:Adams St]]". She is worried about custody hearing at [[FAC:Dorchester District Court]] on [[D:12/14]] for her son [[N:Mateo]] (age 6), who currently lives with maternal grandmother [[N:Angela D'Amico]]. DCF worker is Ms. [[N:Pereira]] [[PH:617-989-9200 ext. 3318]].
Client requested letter confirming enrollment and dose compliance for court. ROI signed today specific to DCF and attorney [[N:Lauren Whitcomb]], Esq. of CPCS (fax [[PH:617-988-8495]]).
Narcan kit re-issued (last one used on a friend at [[FAC:Pine Street Inn]] shelter).
Goals: (1) no illicit use x 30 days, (2) attend NA at [[FAC:St. Mark's]] on Tues nights, (3) complete housing application w/ [[FAC:Boston Housing Authority]].

Next session [[D:12/2]] 10:30. Holiday hours: clinic closed [[D:11/26]], open [[D:11/27]] 6-9am only.

[[N:S. O'Brien-Mbeki]], LADC-I
""")

# 09 genetic counseling
add(r"""
GENETIC COUNSELING CONSULTATION
[[FAC:Hackensack Meridian Health - Jersey Shore University Medical Center]], Cancer Genetics Program
Referring provider: [[N:Rachel Abramowitz]], MD (Breast Surgery)

Patient: [[N:Priyanka Venkataraman]]     MRN: [[MRN:JS-90214458]]     DOB: [[D:October 3, 1984]]
Date: [[D:November 20, 2026]]     Genetic Counselor: [[N:Elena Markovic]], MS, CGC
Others present: husband [[N:Arun]]; patient's sister [[N:Deepa Sundaram]] via phone from [[AD:Edison]]

Indication: 42 yo with newly diagnosed ER+/PR+/HER2- IDC L breast (grade 2, 1.8 cm), diagnosed [[D:10/29/26]] on biopsy at [[FAC:Riverview Medical Center]].

Family history (pedigree in chart; 3-generation):
- Mother: [[N:Kamala]] - ovarian ca dx age 51, deceased age 54 ([[AD:Chennai]], India)
- Maternal aunt [[N:Lakshmi]] - breast ca age 46, living in [[AD:Plano]], TX
- Maternal grandfather - prostate ca 70s
- Maternal grandmother - no cancer, died age [[AGE:97]]
- Father - living, 79, HTN
- Sister [[N:Deepa]] (45) - unaffected; brother [[N:Karthik]] (38) - unaffected
- Paternal side: no known cancers; limited info
Ancestry: South Indian (Tamil). No known consanguinity.

Risk assessment: meets NCCN criteria for testing. Tyrer-Cuzick not applicable (affected). Discussed BRCA1/2, PALB2, TP53, ATM, CHEK2, Lynch genes. Discussed GINA protections & limits (life/LTC insurance).

Plan: 84-gene multi-cancer panel sent to [[FAC:Invitae]] - requisition [[ID:RQ8811045]], saliva kit, accession [[ID:INV-26-3307152]]. Expected TAT 10-14 days. Results disclosure appt [[D:12/9]] (phone). Cascade testing letter will be provided to sister and aunt if a pathogenic variant found; sister's email for letter: [[EM:deepa.sundaram84@gmail.com]].

Time: 60 min, >50% counseling.
[[N:Elena Markovic]], MS, CGC | [[PH:732-776-4283]] | pager [[PH:732-555-0190]]
""")
# 10 transplant coordination
add(r"""
Transplant Coordinator Note - Living Donor Kidney Program
[[FAC:UW Health Transplant Center]], [[FAC:University Hospital]] [[AD:Madison]]

RECIPIENT: [[N:Lor Xiong]]   MRN [[MRN:UW-3318-0457]]   DOB [[D:1976-03-08]]   UNOS ID [[ID:BKT4821]]   Blood type O+
POTENTIAL DONOR: [[N:Pa Nhia Vang]] (recipient's cousin)   Donor MRN [[MRN:UW-3320-1198]]   DOB [[D:1989-11-21]]
Coordinator: [[N:Megan Schwoerer]], RN, CCTC          Date: [[D:2026-11-25]]

Phone call w/ recipient (Hmong interpreter [[N:Tou Lee]], CyraCom ID [[ID:510288]]) and separately with donor.

Recipient update: on PD at home, dialysis RN [[N:Becky]] at [[FAC:Fresenius Kidney Care Wausau]] reports good adherence. Pt had PD catheter site infection [[D:early Oct]], resolved. cPRA 12%. Active on list since [[D:6/2/2024]] (wait time credit from dialysis start [[D:1/15/2023]]).

Donor work-up status:
| Item                    | Status      | Date        |
|-------------------------|-------------|-------------|
| ABO / crossmatch        | compatible  | [[D:10/07/26]]    |
| CT angiogram            | done - 1 renal artery each side | [[D:11/03/26]] |
| 24-h urine CrCl         | 118 mL/min  | [[D:11/03/26]]    |
| Psychosocial eval       | PENDING - [[N:Jessica Tran]], LCSW | [[D:12/02/26]] |
| ILDA (indep. advocate)  | scheduled   | [[D:12/02/26]]    |
| Dental clearance        | needed      |  --         |

Donor works 2nd shift at [[FAC:Kolbe & Kolbe Millwork]], concerned about time off & lost wages; provided info for NLDAC travel grant & WI living donor tax deduction. Donor lives at [[AD:1208 Sturgeon Eddy Rd]], [[AD:Wausau]], WI [[ZIP:54403]]; best contact [[PH:715-298-0361]] after 11 am (works nights). Alt: text. Email for portal: [[EM:panhia.vang.21@yahoo.com]]

Donor has right to withdraw at any time; confidentiality reviewed - reasons for decline will not be shared with recipient.

Next: selection committee [[D:Wednesday 12/9]] pending psych eval. Tentative OR date discussed: [[D:mid-January]] (after the holidays per family request).

[[N:M. Schwoerer]] RN  |  Transplant office [[PH:608-263-1384]]  fax [[PH:608-262-9386]]
""")

# 11 wound care, nursing home, age>89
add(r"""
WOUND CARE CONSULT - [[FAC:Sunrise Terrace Health & Rehabilitation]]
[[AD:4100 Old Spanish Trail]], [[AD:Houston]], TX [[ZIP:77021]]
Resident: [[N:Beaulah Mae Thibodeaux]]    Room 118-B    Facility ID [[MRN:STR-20418]]    DOB [[D:8/11/1932]] (Age [[AGE:94]])
Medicare MBI: [[ID:6TQ4-WK8-NA37]]
Wound nurse: [[N:Osagie Igbinedion]], RN, CWOCN    Attending: Dr. [[N:Carmen Villarreal-Obi]]
Date of service: [[D:November 27th, 2026]]

Reason: f/u stage 4 pressure injury sacrum + unstageable R heel.

Hx: [[AGE:94]] yo F, advanced Alzheimer dementia (FAST 7c), bedbound, PEG-fed, DNR. Admitted from [[FAC:Ben Taub Hospital]] [[D:09/14/2026]] w/ sacral wound present on admission (documented stage 3 at hospital). Daughter [[N:Odile Thibodeaux-Price]] is POA, visits Sundays; granddaughter [[N:Shontelle]] calls daily.

WOUND #1 SACRUM - stage 4
  L 6.2 cm x W 4.8 cm x D 2.1 cm; undermining 1.5 cm 12-3 o'clock
  Tissue: 70% red granulation / 30% yellow slough
  Exudate: mod serosanguinous. Odor: mild after cleansing. Periwound: macerated 0.5 cm.
  Bone not palpable today.
WOUND #2 R HEEL - unstageable
  3.0 x 2.4 cm, 100% stable dry black eschar, no fluctuance/erythema. Leave intact.

Braden 9 (high risk). Albumin 2.6, prealb 11.
Tx:
- Sacrum: NPWT continue, 125 mmHg continuous; KCI V.A.C. unit SN [[ID:VFRA24815]] changed M/W/F. Black foam, barrier film periwound.
- Heel: betadine paint BID, offload w/ Prevalon boot.
- Low air loss mattress in place. Turn q2h - reinforced w/ CNA [[N:Maribel]] and DON [[N:Terrence Oduya]].
- Dietitian: increase protein module to 2x/day, add Juven.
Goals of care: comfort-focused, daughter aware wound may not heal. Spoke w/ [[N:Odile]] by phone [[PH:(713) 741-0932]] - agrees with plan.

Photos uploaded to wound app (user [[ID:oigbinedion]]). Next visit [[D:12/4/26]].
""")

# 12 infusion center
add(r"""
INFUSION CENTER NURSING NOTE
[[FAC:Mercy Health - Lourdes Infusion Center]], 2nd floor   [[AD:1530 Lone Oak Rd]], [[AD:Paducah]] KY [[ZIP:42003]]

Pt: [[N:Hargis, Virgil Lee]]     MRN: [[MRN:000744129]]     Acct/FIN: [[ID:74400918273]]
DOB: [[D:3/19/1958]]     Wt: 88.4 kg   Ht: 175 cm   BSA 2.04
Appt: [[D:11/24/2026]] 0800 chair 6          Ordering: Dr. [[N:Suresh Pillai]] (Neurology), NPI [[ID:1649372815]]
Payer: Humana Gold Plus   Auth# [[ID:178335492]] valid [[D:10/1/26]]-[[D:3/31/27]]

Therapy: IVIG (Privigen) 2 g/kg divided over 2 days -- day 2 of 2, dose 88 g  (CIDP maintenance q4wk)
Premeds 0745: APAP 650 mg PO, diphenhydramine 25 mg PO. NS 250 mL pre-hydration.
Lot #s: P100487320 (x4 20g), P100487355 (x2 4g)... verified w/ 2nd RN [[N:Autumn Redhawk]], RN.
Access: PIV 22g R forearm, 1st attempt by [[N:J. Sturgill]]. Blood return +.
Pump: Alaris 8100 module SN [[ID:13027781]]

Rate titration:
0815  0.5 mg/kg/min   BP 138/82 HR 72 T 97.9
0845  1 mg/kg/min     BP 140/80 HR 74
0915  2 mg/kg/min     BP 136/78 HR 76
0945  4 mg/kg/min (max)  BP 142/84 HR 78 T 98.2
1240  infusion complete, 2 hr post-obs not required (tolerated prior).
No HA, rash, chills. Mild fatigue. Pt ambulated to restroom w/ cane.

Pt asked re: travel to daughter's in [[AD:Clarksville]] over [[D:Christmas]] - will need to reschedule [[D:12/22]] dose; RN messaged scheduler [[N:Tammy]] (ext [[PH:5-2204]]) to move to [[D:12/18]].

d/c 1305 ambulatory with wife [[N:Norma Jean]]. Next: [[D:12/18/2026]] & [[D:12/19/2026]].
[[N:Autumn Redhawk]], RN  [[D:11/24/2026]]
""")

# 13 sleep lab
add(r"""
                 POLYSOMNOGRAPHY REPORT - SPLIT NIGHT
[[FAC:Tri-County Sleep Disorders Center]] | AASM accredited
[[AD:77 Commerce Park Dr, Suite 210]], [[AD:Westbrook]], ME [[ZIP:04092]] | tel [[PH:207.854.6620]] | fax [[PH:207.854.6621]]

Patient: [[N:Pelletier, Rene-Claude]]         Study #: [[ID:PSG-26-11-0388]]
DOB: [[D:1963/05/27]]   Age: 63   Sex: M   BMI: 36.8   Neck 18 in
Study date: [[D:11/22/2026]] -> [[D:11/23/2026]]
Referring: [[N:Hyun-woo Park]], DO, [[FAC:MaineHealth Family Medicine - Gorham]]
Scored by: [[N:Crystal Doucette]], RPSGT       Interpreting: [[N:Martin Ekwueme]], MD, D.ABSM

Epworth: 17/24     STOP-BANG 7/8
DIAGNOSTIC PORTION (lights out 22:14 - 01:32)
  TST 172 min, SE 86.9%, sleep latency 8 min, REM latency 94 min
  AHI 41.2/hr (supine 58.6, non-supine 19.0), RDI 44.0
  Lowest SpO2 78%, T90 21.4% of TST
  Central apneas: 3 ; no Cheyne-Stokes
  PLMI 4
TITRATION PORTION (01:40 - 05:58)
  CPAP 5 -> 13 cm H2O. At 12 cm: AHI 3.1, supine REM observed, SpO2 nadir 91%.
  Mask: ResMed AirFit F20 medium full face (pt mouth breathing on nasal pillows).
  ECG: NSR w/ occasional PVCs.

IMPRESSION: Severe OSA, effectively treated with CPAP 12 cm H2O.
RECOMMENDATIONS: CPAP 12 (or APAP 10-15) w/ heated humidity; DME order sent to [[FAC:Apria Healthcare]] in [[AD:Portland]]. Compliance download at 31-90 days. Drowsy driving counseling -- pt is a commercial driver (CDL) for [[FAC:Hannaford]] distribution center; DOT medical examiner should be notified per pt consent.
Device assigned: AirSense 11 AutoSet SN [[ID:23221594870]] (DME to confirm).

Electronically signed [[N:Martin Ekwueme]], MD [[D:11/24/2026]] 07:48
""")

# 14 audiology
add(r"""
AUDIOLOGY - HEARING AID FITTING & VERIFICATION
[[FAC:Sound Choice Audiology]] @ [[FAC:Hilo Medical Center]] campus, [[AD:1190 Waianuenue Ave]], [[AD:Hilo]] HI [[ZIP:96720]]
Patient: [[N:Kalani Kealoha-Nakamura]]   DOB [[D:Jan 30, 1951]]   Chart [[MRN:HMC-2049661]]
Date: [[D:12/01/2026]]        Audiologist: [[N:Leilani Fonoti]], Au.D., CCC-A (HI lic. [[ID:AUD-0477]])

Hx: 75 yo M, retired longshoreman w/ bilateral sloping mod-severe SNHL (noise notch 4k). Audiogram [[D:10/20/26]]: PTA R 52 dB, L 58 dB. WRS 76% R / 68% L @ 85 dB HL. Tymps type A bilat. Wife [[N:Momi]] reports he "turns up TV to 40" and misses grandkids at church ([[FAC:Haili Congregational Church]]). His father, also a longshoreman, was "stone deaf" by his [[AGE:90s]].

Devices fitted:
  R: Phonak Audéo Lumity L90-R, serial [[ID:2249J0HX7]], receiver M, open dome 8mm
  L: Phonak Audéo Lumity L90-R, serial [[ID:2249J0HV2]], receiver M, vented dome 10mm
  Charger SN [[ID:2301CH15583]]
Verification: REM to NAL-NL2 - within +/-5 dB 250-4000 Hz both ears. MPO checked.
Coupled to pt's iPhone; myPhonak app acct [[EM:kkn.kahakai@hawaiiantel.net]]

Counseling: insertion/removal, charging, cleaning, realistic expectations, 30-day trial (ends [[D:12/31/26]]). Warranty 3 yr L&D.
Billing: HMSA QUEST member ID [[ID:A30581942]]; hearing aid benefit $1,000 per ear every 5 yr - pt balance $1,340 payment plan.

F/U: 2-week tweak [[D:12/15]] 2:30 pm. Pt's cell [[PH:808-961-4417]]; voicemail OK.
[[N:L. Fonoti]], Au.D.
""")

# 15 dental, lots of tooth-number lookalikes
add(r"""
[[FAC:BRIGHT SMILES FAMILY DENTAL]] -- Clinical Note
Pt: [[N:Faleolo, Tavita]]    Chart# [[MRN:8812]]    DOB [[D:02/29/1996]]
DOS: [[D:11/28/2026]]   Provider: Dr. [[N:Nguyen]]... [[N:Bao-Tran Nguyen]], DDS   Asst: [[N:Keala]]
Ins: Delta Dental PPO, subscriber [[N:Sione Faleolo]] (spouse), ID [[ID:DD-117420883]], Group [[ID:04471-0002]] ([[FAC:Port of Tacoma]])

CC: "bottom left back tooth killing me since [[D:Tuesday]]" -- throbbing, wakes at night, cold lingers.
Med hx: pregnant 22 wks (OB Dr. [[N:Talataina]] at [[FAC:Tacoma General]], ok'd treatment per faxed note dated [[D:11/20/26]]). No allergies. Meds: PNV.
Exam: #19 large MOD amalgam w/ recurrent decay distal. Percussion +, palpation -, cold: lingering >10s. #18 sound. #30 PFM crown ok. Perio: 4mm pockets #2, #3, #14, #15; BOP gen.
Radiograph: 1 PA #19 (lead apron + thyroid collar, fetal shielding) -- widened PDL distal root, deep caries approx pulp.
Dx: Symptomatic irreversible pulpitis #19, symptomatic apical periodontitis.
Tx today: Anesthesia 1.7 mL 2% lido 1:100k epi IANB L, + 1 carpule buccal infil. Rubber dam. Pulpectomy #19, canals MB, ML, D located, working lengths 21.0/21.5/22.0 mm, irrigated NaOCl 2.5%, CaOH placed, IRM temp.
Rx: APAP 1000 mg q6h prn (no NSAIDs, pregnancy). Amox not indicated.
Plan: complete RCT #19 in 2 wks ([[D:12/11]] 9am) then crown. Perio SRP 4 quads after delivery vs 2nd trimester -- discuss w/ OB.
Pt notified re: balance $218.40 (ins est 80%). Pt's preferred contact: text [[PH:253-318-0726]].

[[N:BTN]] DDS
""")

# 16 chiropractic, auto accident
add(r"""
CHIROPRACTIC SOAP NOTE
[[FAC:Peak Performance Chiropractic & Rehab]] - [[AD:Colorado Springs]]
Patient: [[N:Jordan Austin]]     Acct: [[ID:PPC-40921]]      DOB: [[D:07.04.1990]]
Date: [[D:11/30/2026]]     Visit 7 of 12        DC: [[N:Rylan Kjeldgaard]], DC

Case type: MVA (PIP / third-party). DOI: [[D:10/18/2026]]
Auto carrier: Progressive   Claim # [[ID:26-4417092-01]]   Adjuster: [[N:Kristy Bustamante]] [[PH:1-800-274-4499 x 61833]]
Atty: [[N:Devon Whitfield]], [[FAC:Whitfield Injury Law]], [[PH:719.633.5050]]
Police report #: CSPD [[ID:26-81144]]   Pt vehicle: 2019 Subaru Outback, plate CO [[ID:BZR-L71]] (rear-ended at [[AD:Academy Blvd & Platte Ave]])

S: Neck pain 4/10 (was 8/10 at intake), HA 2x/wk (was daily). Mid-back stiffness AM. Returned to work part time at [[FAC:Fort Carson]] commissary.
O: Cervical ROM: flex 45, ext 50, L rot 70, R rot 62. Spurling's neg. Palpation: hypertonic R upper trap, levator; TP at C5-6 R. Segmental dysfunction C5/6, T4/5.
NDI 24% (was 52%).
A: Cervical sprain/strain (S13.4XXA), thoracic segmental dysfunction (M99.02) - improving.
P: Diversified CMT C5, T4; IASTM R trap; therex: chin tucks, scap retraction 3x10; ice 15 min.
Next: 2x/wk x 2 wks then re-eval [[D:12/14]]. Records to attorney - request dated [[D:11/23/26]], sent via fax.

[[N:R. Kjeldgaard]], DC  NPI [[ID:1023458819]]
""")

# 17 podiatry, age>89 written out
add(r"""
PODIATRY PROGRESS NOTE
Clinic: [[FAC:Lakeland Regional Health Podiatry]], [[AD:Lakeland]] FL
Patient: [[N:Ramírez de Arellano, Consuelo]]     DOB: [[D:12/25/1930]]     MRN: [[MRN:LRH 55 018 227]]
DOS: [[D:11/19/2026]]    Provider: [[N:Shira Goldfarb]], DPM

Pt is a [[AGE:ninety-five]] year old female (turns [[AGE:96]] on [[D:Christmas Day]]) from [[FAC:Grace Manor ALF]] brought by ALF aide [[N:Yolanda]] for routine at-risk foot care + painful L hallux nail. Hx PAD, DM2 (diet controlled), CHF, hx R 2nd toe amp 2019.

Vasc: DP/PT nonpalpable bilat, CFT 4 sec, hair absent, ABI [[D:8/2026]] 0.62 R / 0.71 L (noncompressible suspected).
Neuro: SWMF 0/10 bilat.
Derm: onychomycotic nails 1-5 bilat, thick 4-5 mm, yellow, subungual debris. L hallux incurvated lateral border w/ mild erythema, no purulence. Tyloma sub 5th met head L.
Procedure: Debridement of mycotic nails x10 (11721), paring of 1 lesion (11055). No bleeding. L hallux lateral border slant-back, no avulsion given PAD.
Class findings: Q8 (absent PT + DP, advanced trophic changes) - meets Medicare at-risk criteria.

Plan: RTC 9-10 wks. Continue soft diabetic shoes (Dr. Comfort). Vascular f/u with Dr. [[N:Kwabena Asante]] [[D:Dec 8]]. Call ALF nurse [[N:Grace Odom]] at [[PH:863-688-1412]] if erythema spreads.
Advised granddaughter [[N:Consuelo "Chelo" Ortiz]] (phone [[PH:863 514 7798]]) of findings per pt's wishes.

[[N:S. Goldfarb]], DPM
""")

# 18 case management / discharge planning, shelter
add(r"""
CASE MANAGEMENT - DISCHARGE PLANNING NOTE
[[FAC:Harborview Medical Center]] 7EH   Date: [[D:11/27/2026]] ([[D:Fri after Thanksgiving]])
Pt: [[N:Quincy Robideaux]] ("[[N:Q]]")  MRN [[MRN:H4490127]]  DOB [[D:4/1/1974]]
CM: [[N:Ngozi Eze-Palmer]], RN CM  /  SW: [[N:Dalton Reyes]], MSW

Situation: 52M admitted [[D:11/21]] w/ LE cellulitis + abscess (I&D), MSSA bacteremia, on IV cefazolin; ID recommends 4 wks IV from [[D:11/23]] (end date [[D:12/21/26]]). Pt experiencing homelessness - sleeps in tent near the [[AD:Ship Canal Bridge]]; previously stayed at [[FAC:Compass Housing Alliance - Jan & Peter's Place]] (women's shelter- no, pt mislabeled; actually [[FAC:DESC Main Shelter]]). No PCP. Hx OUD on buprenorphine started inpt.

Barriers: IV abx at shelter not allowed; no insurance card (Medicaid app pending - ProviderOne [[ID:205663190WA]] issued retro per HCA portal); no ID (WA ID lost, DOL case [[ID:WDL77X4KJ]]).

Actions today:
- Referral faxed to [[FAC:Edward Thomas House]] medical respite (fax [[PH:206-744-5291]]) - intake coordinator [[N:Ruthie]] says bed available [[D:Mon 11/30]]. Accepts PICC w/ OPAT.
- OPAT team (Dr. [[N:Ellery Pham]]) ok to switch to daily cefazolin via elastomeric pump, home infusion co. [[FAC:Soleo Health]] to deliver to respite.
- Buprenorphine bridge: referral to [[FAC:Pioneer Square Clinic]] OBOT, appt [[D:12/1]] 1pm w/ [[N:Kaitlin Arbuckle]] ARNP.
- Phone: pt has Lifeline phone [[PH:(206) 445-8813]]. Sister [[N:Wanda Robideaux]] in [[AD:Tacoma]] - pt declined contact.
- Belongings: bag #[[ID:2611-0447]] in security.

Plan: remain inpatient through weekend; d/c to respite [[D:11/30]] via cab voucher.
[[N:N. Eze-Palmer]], RN CM  pgr [[PH:206-540-1177]]
""")
# 19 utilization review
add(r"""
UTILIZATION REVIEW - CONCURRENT REVIEW
Reviewer: [[N:Tamara Oyelowo-Finch]], RN, CCM    UR dept ext [[PH:38812]]
Facility: [[FAC:St. Vincent Evansville]]   Tax ID on file   Facility NPI [[ID:1730188524]]
Payer: Anthem BCBS IN Medicaid (Hoosier Healthwise)   Member ID [[ID:YRH884729160]]   Ref/Auth # [[ID:IP-2026-1130-55871]]
Payer UM nurse: [[N:Greg]] - [[PH:866.408.6131]] opt 3, fax [[PH:866-406-2803]]

Patient: [[N:Huffman, Kaylee Dawn]]   MRN: [[MRN:SV30017762]]   DOB: [[D:8/8/2003]]
Admit: [[D:11/27/2026]] 2213 via ED (obs -> IP conversion [[D:11/28]])   Attending: [[N:Ravi Chandrasekhar]], MD
Dx: DKA (E10.10), severe; new onset T1DM suspected -- GAD65 pending.

Clinical (InterQual Acute Adult - DKA subset):
  Day 1: pH 7.08, HCO3 6, AG 28, BG 612, K 5.8, BHB 7.4. Insulin gtt, ICU level.
  Day 2: AG closed 0400 [[D:11/29]], transitioned SQ glargine 20 u + lispro SSI. Downgraded to med-surg.
  Day 3 ([[D:11/30]]): BG 140-260, tolerating diet, DM education in progress (CDE [[N:Shirley Mattingly]]), needs insulin pen teaching / supplies - pt lives alone in [[AD:Boonville]], works nights at [[FAC:Alcoa Warrick Operations]].

Criteria met: Day 1-2 ICU (IS met). Day 3 -- IS met for acute (new insulin start, education). Day 4 anticipated d/c.
Payer response: Day 1-2 approved at ICU level; Day 3 approved acute; next review [[D:12/1]] by 1200.
Physician advisor (Dr. [[N:Baumgartner]]) not needed at this time.
Discharge plan: home; PCP appt [[D:Dec 4]] w/ [[N:Nicole Pfeiffer]], NP at [[FAC:Deaconess Clinic Boonville]]; insulin co-pay via manufacturer card.

[[N:T. Oyelowo-Finch]] RN  [[D:11/30/2026]]
""")

# 20 CDI / coding query
add(r"""
CLINICAL DOCUMENTATION INTEGRITY QUERY
To: Dr. [[N:Olumide Bankole]] (Hospitalist)
From: [[N:Janelle St. Cyr]], RHIA, CCDS - HIM/CDI  ([[EM:jstcyr@ochsnerlsu.org]], Epic In Basket pool "CDI SHV")
Date sent: [[D:11/25/26]]    Response requested by: [[D:11/27/26]]
Pt: [[N:BOUDREAUX, ALPHONSE]]    MRN [[MRN:51004478]]    HAR/Acct [[ID:1900288414]]    Adm [[D:11/19/26]]    D/C [[D:11/24/26]]
[[FAC:Ochsner LSU Health Shreveport - Academic Medical Center]]

Dr. [[N:Bankole]],
Clinical indicators in the record:
 - H&P [[D:11/19]]: "AMS, confused"; Na 118 on admission (ref 135-145), 121 at 24h, 129 at 48h
 - Serum osm 248, urine osm 410, urine Na 62
 - Nephrology consult [[D:11/20]] (Dr. [[N:Ashok Venugopal]]): "?SIADH vs thiazide effect", HCTZ held
 - 3% saline ordered x1, fluid restriction 1.2 L
 - MoCA 17/30 on [[D:11/20]] -> 24/30 on [[D:11/23]]
Based on your clinical judgment, can the AMS be further specified?
  [ ] Metabolic encephalopathy due to hyponatremia
  [ ] Acute confusion/delirium without encephalopathy
  [ ] Other: ____________
  [ ] Unable to determine
And can the etiology of hyponatremia be clarified?
  [ ] SIADH   [ ] Drug-induced (thiazide)   [ ] Both   [ ] Other ______

This query does not imply any particular answer. Please document response in a progress note addendum or discharge summary. Impact: possible MCC (G93.41), DRG 641 -> 640 pending.

---- Reply [[D:11/26/26]] 07:12 ----
"metabolic encephalopathy d/t hyponatremia, drug induced (HCTZ) + SIADH (likely from pt's sertraline). addendum done. thx" - [[N:OB]]

Query status: Agreed/Closed. Logged in 3M 360 query #[[ID:Q-448817]]. Coder: [[ID:deshawn.m]]
""")

# 21 patient complaint / grievance letter
add(r"""
[[FAC:Saint Alphonsus Regional Medical Center]]
Patient & Family Relations
[[AD:1055 N. Curtis Road]]
[[AD:Boise]], Idaho [[ZIP:83706]]

[[D:December 1, 2026]]

Ms. [[N:Gloria Etxeberria]]
[[AD:2290 W. Targee St.]]
[[AD:Boise]], ID [[ZIP:83705]]

Re: Grievance #[[ID:GRV-26-01734]]  -- Patient: [[N:Iñaki Etxeberria]] (DOB [[D:05/06/1944]]), Encounter [[D:November 9-13, 2026]]

Dear Ms. [[N:Etxeberria]],

Thank you for contacting us on [[D:November 16]] regarding your husband's care on the 5th floor medical unit (5 West). We take your concerns seriously. You told our representative, [[N:Kylie Vandenberg]], that (1) your husband's hearing aids were lost during his transfer from the ED to 5 West on the evening of [[D:Nov. 9]], (2) you were not called when he fell on [[D:11/11]], and (3) a nurse named "[[N:Brandi]]" was rude to you when you asked about his medication schedule.

Our review included interviews with the charge nurse, [[N:Anthony Lucero]], RN, and the nurse manager, [[N:Maggie Quintana-Hobbs]], and a review of the medical record and the belongings inventory.

Findings: The belongings list completed in the ED did record "hearing aids x2 (Oticon)." They were not documented on arrival to 5 West. We were unable to locate them. We have approved reimbursement of $4,180 per the receipt you supplied from [[FAC:Treasure Valley Hearing]]; a check will be mailed from our Accounts Payable department within 30 days. Regarding the fall, our records show that a call was placed to the number on file, [[PH:208-555-0173]], which we now understand was your old landline. The number has been updated to your cell phone. The staff member you described has received coaching.

If you are not satisfied with this response, you may contact the Idaho Department of Health and Welfare, Bureau of Facility Standards, at [[PH:208-334-6626]], or the Joint Commission at [[URL:www.jointcommission.org]].

Sincerely,

[[N:Renata Goicoechea]]
Patient Experience Manager
[[PH:(208) 367-3344]] | [[EM:renata.goicoechea@saintalphonsus.org]]

cc: Dr. [[N:Feng]] (attending); Risk Management file [[ID:RM-26-0912]]
""")

# 22 incident / safety event report
add(r"""
SAFETY EVENT REPORT (RL6)   Event #: [[ID:2026-118403]]    CONFIDENTIAL - Patient Safety Work Product

Event date/time: [[D:11/28/2026]] 03:40        Reported: [[D:11/28/2026]] 05:15
Location: [[FAC:Baptist Health Medical Center - North Little Rock]], 4 North, Rm 4017 bed A
Event type: Fall - unassisted, patient found on floor
Harm level: Temporary harm, intervention required (Level E)

Person affected: [[N:GRIFFIN, ODESSA]]   MRN [[MRN:BH2208841]]   Age: [[AGE:91]]   Sex F
Reporter: [[N:Jaquan Mitchell]], RN (night shift)  ext [[PH:55017]]
Witness: none. Roommate (Ms. [[N:Vickers]], bed B) pressed call light.

Description (free text):
pt found sitting on floor between bed and BSC at 0340 by CNA Tr. [[N:Loftin]] (trainee [[N:Latrice Loftin]]). pt stated "I had to go, nobody came". bed alarm was ON per CNA but did not sound -- checked, sensor pad unplugged from bed port. Morse 75. pt on tele, HR 92 SR. small skin tear R forearm 2 cm, steri-stripped. c/o R hip pain 3/10. no head strike per pt but pt has dementia, unreliable. On apixaban -> CT head ordered, negative. XR R hip: no fx. Dr [[N:Yoo]] (nocturnist) notified 0352, at bedside 0410. Daughter [[N:Bernice Griffin-Tate]] notified 0430 at [[PH:501-960-2187]], will come at 0800.

Contributing factors: equipment (bed alarm sensor disconnected after linen change at 0100), high acuity (1 RN : 6 pts), pt [[AGE:ninety-one]] y/o with sundowning.
Immediate actions: bed lowest position, floor mats, chair/bed alarm replaced (biomed tag [[ID:BM-04418]]), hourly rounding, sitter requested.
Manager follow-up: [[N:Pamela Ashcraft]], MSN - reviewed [[D:11/30]]; linen change checklist to include alarm check. Bed model Hill-Rom Centrella, asset [[ID:HR-CEN-220917]].
""")

# 23 chaplaincy
add(r"""
Spiritual Care Note
Chaplain: Rev. [[N:Efua Mensah-Boateng]], BCC        Unit: PICU     Date: [[D:Sunday 11/29/26]]
Pt: [[N:Hope Lindgren-Whitehorse]] (age 4)    MRN [[MRN:CHW-7104458]]
Referral: bedside RN [[N:Carly]] - family requesting prayer / baptism.

Visit: met w/ parents [[N:Ethan Lindgren]] and [[N:Winona Whitehorse]] at bedside. [[N:Hope]] remains intubated after drowning event at grandparents' home in [[AD:Cloquet]] on [[D:Thanksgiving]]; team has shared poor neuro prognosis. Mother is enrolled Fond du Lac Band of Lake Superior Chippewa; she asked for a smudging ceremony and for her uncle [[N:Vernon Whitehorse]] (spiritual leader) to be allowed in. Father raised Lutheran; asked whether an emergency baptism "still counts" if not done by their pastor, Pastor [[N:Jim Aho]] of [[FAC:Our Savior's Lutheran Church]] in [[AD:Esko]].

Interventions: active listening, normalized grief, explained hospital smudging policy (Facilities notified, smoke detector bypass via Security Sgt. [[N:Ortega]]). Contacted [[FAC:Fond du Lac Human Services]] cultural liaison [[N:Darlene Defoe]] [[PH:218-878-2100]]. Performed emergency baptism per father's request with both parents' agreement, water from the unit; witness RN [[N:Carly Nystrom]]. Certificate given.

Assessment: family experiencing anticipatory grief, spiritual distress re: "why did God let this happen". Strong extended family support (approx 20 relatives in waiting room; grandma [[N:Marlene]] leading rosary too).

Plan: chaplain on call tonight Fr. [[N:Tadeusz]] informed; smudging scheduled 1600 w/ [[N:Vernon]]; will follow daily and for family meeting [[D:Tue 12/1]].
Pager [[PH:612-813-0044]]
""")

# 24 interpreter encounter note
add(r"""
INTERPRETER SERVICES - ENCOUNTER LOG
Language: Vietnamese       Modality: in-person     Interpreter: [[N:Phạm Thị Hồng Nhung]] (staff, CHI-certified, badge [[ID:IS-2291]])
Date: [[D:11/30/2026]]    Requested by: [[N:Aaron Whitlow]], MD, GI clinic, [[FAC:Santa Clara Valley Medical Center]]
Patient: [[N:Trần Văn Lộc]] (registered as "[[N:TRAN, VAN LOC]]")    MRN [[MRN:SC00938172]]   DOB [[D:08/15/1962]]
Start 14:05   End 14:50   Encounter type: procedure consent + instructions (colonoscopy)

Notes:
- Pt brought his son [[N:Kevin Tran]], who wanted to interpret; provider and pt agreed to use professional interpreter; son stayed in room.
- Consent for colonoscopy w/ possible polypectomy read aloud in Vietnamese (sight translation of form 4417-EN; VN form not available -- reported to supervisor [[N:Mei-Ling Soto]]).
- Pt asked about "cắt ruột" (bowel cutting) - clarified to provider, provider explained polypectomy. Teach-back done.
- Cultural note: pt concerned about procedure date on [[D:12/8]] because it falls near death anniversary (giỗ) of his mother; provider offered [[D:12/15]], pt accepted.
- Prep instructions (Golytely split dose) reviewed; pt lives w/ daughter [[N:Thủy]] in [[AD:East San Jose]] ([[AD:Tully Rd]] area), daughter will drive.
- Pt requested written instructions in Vietnamese -- printed from Krames library.
Phone follow-up for prep questions scheduled through Language Line ([[PH:1-866-874-3972]], acct [[ID:804417]]) PIN given to pt.

Time billed: 45 min.   [[N:P.T.H.N.]]
""")

# 25 EMS hand-off, ALL CAPS
add(r"""
[[FAC:KING COUNTY MEDIC ONE]] - PATIENT CARE REPORT (ePCR HANDOFF SUMMARY)
INCIDENT #: [[ID:26-338712]]   UNIT: M17   PCR #: [[ID:KC-ePCR-0093551]]
DATE: [[D:11/30/26]]   DISPATCHED 0612  ON SCENE 0619  TRANSPORT 0641  AT DEST 0658
DEST: [[FAC:OVERLAKE MEDICAL CENTER]] ED - RM 12, REPORT GIVEN TO RN [[N:SVETLANA IVANCHENKO]]
CREW: PM [[N:D. HOLLOWAY]] ([[ID:P-11820]]), PM [[N:R. KAHANANUI]], EMT [[N:B. ASHWORTH-LEE]]

PT: [[N:OKAFOR, CHUKWUEMEKA]]   DOB [[D:02/11/1949]]   77 YOM   WT EST 90 KG
SCENE: [[AD:16512 NE 40TH ST APT 2218]], [[AD:BELLEVUE]] [[ZIP:98008]] (3RD FL, ELEVATOR OOS) - CALLED BY WIFE [[N:NGOZI]] [[PH:425-643-1190]]
CC: CHEST PAIN / STEMI ALERT

PT C/O SUBSTERNAL CP 8/10 RADIATING TO L JAW SINCE 0545 WHILE WALKING TO BATHROOM. DIAPHORETIC. HX HTN, DM2, CABG 2011 (AT [[FAC:SWEDISH CHERRY HILL]]). MEDS: METOPROLOL, ATORVA, METFORMIN, ASA. NKDA.
12 LEAD 0623: STE II, III, AVF 2-3 MM, RECIPROCAL I/AVL. TRANSMITTED TO [[FAC:OVERLAKE]] 0625 (DEVICE LP15 SN [[ID:44013287]]). STEMI ALERT ACTIVATED 0626 - CATH LAB DR [[N:MAHMOUD]] ACCEPTING.
TX: ASA 324 MG CHEWED (PT HAD NOT TAKEN TODAY), NTG 0.4 SL X1 -> BP DROPPED 138/84 -> 96/60, NO FURTHER NTG (INFERIOR/RV?). R SIDED V4R STE 1MM. IV 18G L AC, NS 500 ML BOLUS. FENTANYL 50 MCG IV 0634. O2 NOT GIVEN (SPO2 96% RA).
VITALS:
0620  BP 138/84  HR 58  RR 20  SPO2 96  GCS 15  BGL 188
0635  BP 104/66  HR 54  RR 18  SPO2 97  PAIN 5/10
0655  BP 112/70  HR 60  RR 18  SPO2 97  PAIN 4/10
NO ARREST. NO ECTOPY EXCEPT RARE PVC.
PT'S VEHICLE (2018 TOYOTA CAMRY WA PLATE [[ID:CDK4471]]) LEFT AT RESIDENCE. WIFE FOLLOWING W/ DAUGHTER [[N:ADAEZE]].
""")

# 26 poison control call
add(r"""
[[FAC:Oregon Poison Center]] - Case Record
Case #: [[ID:OR26-0419983]]   Call received: [[D:Sat 11/28/2026]] 19:22   SPI: [[N:Bridget Nakashima]], RN, CSPI
Caller: mother, [[N:Tiffani Lubbers]], from home in [[AD:Klamath Falls]] ([[AD:Klamath County]]), callback [[PH:541 892 0077]]
Patient: [[N:Brantley Lubbers]], 2 yr 3 mo, M, est. 13 kg
Substance: grandmother's pill organizer -- caller reports child had 2 tablets in mouth, found "a few" missing from Sat slot. Pills identified by imprint via poison center: "M 367" (hydrocodone/APAP 10/325) and "54 411" (methadone 10 mg)?? -- caller unsure. Grandmother [[N:Deloris]] (age 68) lives in home, prescribed both per bottle ([[FAC:Rite Aid #5421]], Rx [[ID:6018827]], prescriber Dr. [[N:Halvorsen]]).
Time of exposure: est 18:50-19:10.
Sx at time of call: child "sleepy", was crying earlier.
Recommendation: REFERRED to HCF immediately by EMS -- any methadone exposure in a toddler. Caller advised do not induce vomiting, call 911. Caller agreed. EMS dispatched by caller at 19:26.
HCF: [[FAC:Sky Lakes Medical Center]] ED, spoke w/ Dr. [[N:Abernathy]] 19:58 -- rec: admit/observe min 24 h (methadone), naloxone prn, pulse ox/cap, APAP level at 4 h.
F/U 21:30: RR 12, SpO2 89%, pinpoint pupils -> naloxone 0.1 mg/kg IN then IV w/ response. Started naloxone gtt. Transfer to [[FAC:OHSU Doernbecher Children's Hospital]] PICU via air ([[FAC:Life Flight]]).
F/U [[D:11/29]] 10:15 ([[FAC:Doernbecher]] PICU RN [[N:Amir]]): gtt weaned, APAP 4h level 22 mcg/mL (below tx line). 
F/U [[D:11/30]]: d/c home. DHS child welfare referral made by hospital SW ([[N:Jessamyn Roe]]); screener ref [[ID:CW-26-71842]].
Outcome: moderate effect. Case closed [[D:11/30/2026]].
""")

# 27 TB public health case report
add(r"""
TUBERCULOSIS CASE REPORT / INITIAL INTERVIEW
[[FAC:Dallas County Health and Human Services]] - TB Elimination Program
[[AD:2377 N. Stemmons Fwy]], [[AD:Dallas]], TX [[ZIP:75207]]     TB Clinic [[PH:214-819-2010]]

RVCT #: [[ID:2026-TX-DAL-00487]]       State Case #: [[ID:48113-26-0487]]
Case manager: [[N:Oluwaseun Adeyemi-Cruz]], RN     Outreach worker (DOT): [[N:Rigoberto "Rigo" Salgado]]
Date reported: [[D:11/17/2026]]    Interview date: [[D:11/19/2026]]    Language: Tigrinya (interpreter [[N:Yonas Gebremedhin]] via phone)

Name: [[N:Tesfay, Senait Kidane]]    AKA: [[N:Senait Gebreyohannes]]
DOB: [[D:1989-02-14]]    Sex: F    Country of birth: Eritrea (arrived US [[D:Sept 2021]] via refugee resettlement, [[FAC:IRC Dallas]])
Address: [[AD:9909 Forest Ln Apt 1012]], [[AD:Dallas]] [[ZIP:75243]]   Phone: [[PH:(469) 358-4420]]
SSN: [[SSN:618-40-9927]]   Medicaid: none    Employer: [[FAC:Sunnyvale Poultry Processing]], [[AD:Mesquite]]

Site: pulmonary. Sputum AFB smear 2+ ([[D:11/13]]), NAAT MTB detected, rifampin resistance NOT detected (GeneXpert). Culture pending; accession [[ID:DSHS-L26-889104]]. CXR: RUL cavity 3 cm.
HIV: negative [[D:11/14]]. DM: A1c 5.6.
Treatment start: [[D:11/18/2026]] RIPE, DOT daily M-F + vDOT weekends (app user [[ID:stesfay89]]).

CONTACT INVESTIGATION (household):
1. [[N:Kidane Tesfay]] (husband), 38, TST/IGRA pending
2. [[N:Abel]] (son), age 6 - IGRA sent; window prophylaxis started
3. [[N:Ruth]] (daughter), 18 mo - window prophylaxis started, peds TB clinic [[D:12/2]]
4. Roommate [[N:Mehari Tekle]], 30s, works at same plant
Work site contacts: plant shift B (~40 workers) - site screening with employer HR [[N:Donna Pruitt]] [[PH:972-285-7700 x214]] planned [[D:12/9]].
Congregate: attends [[FAC:Kidane Mehret Eritrean Orthodox Church]], services Sun; church contacts TBD.
Isolation: home isolation; return-to-work letter not before 3 neg smears.
""")
# 28 STI partner services / contact tracing
add(r"""
PARTNER SERVICES - FIELD RECORD (Syphilis)      ** CONFIDENTIAL **
Jurisdiction: [[FAC:Fulton County Board of Health]] - Sexual Health Program
DIS: [[N:Marquis Bellamy]] (DIS #[[ID:0734]])      Supervisor: [[N:Yvette Chastain]]
Original patient (OP): [[N:Demetrius Lamar Fontenot]]   a.k.a. "[[N:Meechie]]"   DOB [[D:3/3/2000]]
eHARS/STD*MIS ID: [[ID:GA-26-S-11873]]    Dx: early latent syphilis, RPR 1:64, TP-PA reactive ([[D:11/12/26]], [[FAC:Grady Ponce de Leon Center]])
OP interview [[D:11/16/26]] - OP contact: [[PH:404-555-0199]] (text only); IG [[ID:@meechie.atl_]]
Treated: Bicillin L-A 2.4 MU IM x1 [[D:11/16]] (by Nurse [[N:Adaeze Obi]]... correction [[N:Adaeze Obi]], RN)

Interview period: 6 mo + duration of sx. OP named 4 partners:

P1  [[N:Jaylen]] (last name unknown)  - met via Grindr, profile "[[ID:JayBlaze404]]"; lives "off [[AD:Campbellton Rd]] near the [[FAC:Kroger]]"; last exposure ~[[D:Oct 31]] ([[D:Halloween]] party)
    -> [[D:11/18]] sent Grindr PS message from health dept acct; read [[D:11/19]]; no response. Field visit pending locating info.
P2  [[N:Tariq Hollins]]  ~25 y/o  [[PH:(678) 901-4403]]  [[AD:College Park]]
    -> [[D:11/17]] notified by phone. Tested [[D:11/18]] @ clinic: RPR NR, treated prophylactically (epi-tx). CLOSED - prev. neg, treated.
P3  female, "[[N:Keisha]]", mother of OP's child, [[AD:Decatur]]; OP refuses to give locating info -- "she'll kill me". DIS offered provider-referral; OP declined. Flag for follow-up.
P4  Unknown/anonymous - bathhouse, not locatable.

Social/cluster: OP works at [[FAC:Hartsfield-Jackson]] ramp services. Cluster interview w/ friend [[N:Quentin "Q" Pryor]] (suspect, not partner) - referred for testing.
Partner notification websites given: [[URL:https://www.inspot.org]] ; HIV PrEP referral to [[FAC:AID Atlanta]], OP agreed, appt [[D:12/3]].

DIS notes:
[[D:11/20]] FV to [[AD:Campbellton Rd]] apt complex (no unit # known) - 2 doors knocked, no contact. Left no materials per protocol.
[[N:MB]] [[D:11/30]]: record remains OPEN for P1, P3.
""")

# 29 immunization registry record (table)
add(r"""
ALERT IIS - Alabama Immunization Information System
Patient Immunization Record - PRINTED [[D:12/01/2026]] by user [[ID:kmcallister2]] ([[FAC:Tuscaloosa County Health Department]])

Name: [[N:PRICE, SUNNY RAE]]     DOB: [[D:06/09/2021]]     Gender: F
IIS ID: [[ID:AL3074419022]]      Medicaid #: [[ID:503829176004]]
Mother's maiden name: [[N:MCCRORY]]     Guardian: [[N:Shonda Price]]
Address: [[AD:1413 22nd Ave E]], [[AD:Tuscaloosa]], AL [[ZIP:35404]]    Phone: [[PH:205.349.1187]]
Responsible org: [[FAC:Capstone Rural Pediatrics]]   (VFC PIN [[ID:01-4425]])

Vaccine          | Date given   | Dose | Lot        | Mfr | Site | Provider / Org
-----------------|--------------|------|------------|-----|------|------------------------------
Hep B            | [[D:06/10/2021]]   | 1    | 4R2YN      | MSD | RT   | [[FAC:DCH Regional Medical Center]]
DTaP-IPV-Hib-HepB| [[D:08/11/2021]]   | 1    | U6938AA    | SP  | LT   | [[FAC:Capstone Rural Pediatrics]]
PCV15            | [[D:08/11/2021]]   | 1    | W012458    | MSD | RT   | [[FAC:Capstone Rural Pediatrics]]
Rotavirus        | [[D:08/11/2021]]   | 1    | X003318    | MSD | PO   | [[FAC:Capstone Rural Pediatrics]]
DTaP-IPV-Hib-HepB| [[D:10/14/2021]]   | 2    | U7041AB    | SP  | LT   | [[FAC:Capstone Rural Pediatrics]]
MMR              | [[D:07/20/2022]]   | 1    | Y011209    | MSD | LT   | [[FAC:Tuscaloosa County Health Department]]
Varicella        | [[D:07/20/2022]]   | 1    | Y008813    | MSD | RT   | [[FAC:Tuscaloosa County Health Department]]
Influenza        | [[D:10/03/2025]]   | 1    | FL2741     | SEQ | LD   | [[FAC:Walgreens #10482]]
COVID-19 (6m-4y) | --           | --   | REFUSED    |     |      | parent refusal [[D:10/03/2025]]
Influenza        | [[D:11/30/2026]]   | 1    | FL3308     | SEQ | RD   | [[FAC:Tuscaloosa County Health Department]]

Forecast (as of [[D:12/01/2026]]):  DTaP #5 DUE at 4y  (overdue)  |  IPV #4 overdue  |  MMR #2 overdue  |  Varicella #2 overdue
Notes: school entry cert (Blue Slip) for [[FAC:Alberta Elementary]] cannot be issued until MMR2/VAR2/DTaP5/IPV4 given. Parent aware; appt [[D:12/8]].
Entered by: [[N:K. McAllister]], LPN
""")

# 30 medical examiner summary, age>89
add(r"""
OFFICE OF THE MEDICAL INVESTIGATOR -- INVESTIGATIVE SUMMARY
Case No.: [[ID:OMI-2026-04417]]          Investigator: [[N:Ernestine Lujan-Chavez]], MDI
Decedent: [[N:HOSTETLER, AMOS J.]]        Age: [[AGE:101]] yrs -> see below        Race: White   Sex: M
DOB: [[D:January 2, 1925]]        Date of death: [[D:November 26, 2026]] (pronounced 1412 hrs by Dep. [[N:Sandoval]])
Residence: [[AD:28 County Road 4470]], [[AD:Corrales]], [[AD:Sandoval County]] [[ZIP:87048]]
Next of kin: nephew [[N:Ezra Hostetler]], [[AD:Lancaster]], PA, [[PH:717-556-0238]] - notified by phone [[D:11/26]] 1620.

Summary: The decedent was a [[AGE:101]]-year-old man who lived alone in a single-story adobe residence. He was last known alive on [[D:11/24/2026]] when a neighbor, [[N:Rosemarie Baca]], delivered groceries. On [[D:Thursday, November 26]] ([[D:Thanksgiving]]) the neighbor noticed newspapers accumulating and contacted [[FAC:Sandoval County Sheriff's Office]] (CAD [[ID:26-112604]]) for a welfare check. Deputies found the decedent supine on the kitchen floor. No signs of forced entry or trauma beyond minor abrasions consistent with a fall. Heater on; ambient temp 74F. Rigor fully developed, livor fixed posteriorly.

Medical hx per records from [[FAC:Presbyterian Rio Rancho Medical Center]] and PCP Dr. [[N:Farida Nasser]] ([[PH:505-994-7310]]): CAD s/p MI 1998, CHF (EF 30%), AFib not anticoagulated due to falls, CKD. The decedent turned [[AGE:one hundred and one]] this year; his neighbors called him "Opa [[N:Amos]]". Meds at scene: furosemide 40 mg, metoprolol 25 mg, digoxin 0.125 mg (pill count appropriate). Rx bottles from [[FAC:Smith's Pharmacy #447]].

Disposition: No autopsy; external exam. Vitreous: Na 141, K 11.2, BUN 28. Cause of death: atherosclerotic and hypertensive cardiovascular disease. Manner: Natural. Body released to [[FAC:French Funerals & Cremations]] on [[D:11/27]].
Certifier: [[N:Sidney Oyebanji]], MD, Forensic Pathologist.  Report finalized [[D:11/30/2026]].
""")

# 31 legal / subpoena correspondence
add(r"""
From: Release of Information <[[EM:roi@prismahealth.org]]>
Sent: [[D:Monday, November 30, 2026]] 4:07 PM
To: '[[EM:lparedes@hollowaylawfirm.com]]'
Cc: [[N:Hutchins, Garrett]] (Legal Services)
X-Originating-IP: [[[IP:172.58.14.203]]]
Subject: RE: Subpoena Duces Tecum - [[N:Marisela Cuevas]] v. [[FAC:Piedmont Trucking LLC]], C/A No. [[ID:2026-CP-23-04418]]

Ms. [[N:Paredes]],

We are in receipt of the subpoena dated [[D:November 19, 2026]] served on our [[FAC:Prisma Health Greenville Memorial Hospital]] custodian of records on [[D:11/23]], requesting "any and all records" for:

    Patient: [[N:Marisela Cuevas-Ibarra]] (also [[N:Marisela Cuevas]])
    DOB: [[D:04/22/1987]]
    SSN (last 4): [[SSN:***-**-5173]]
    Dates of service: [[D:07/04/2026]] through present

Under HIPAA (45 CFR 164.512(e)) and SC law, a subpoena signed only by an attorney is not sufficient for release of records without (a) a HIPAA-compliant authorization signed by the patient, or (b) satisfactory assurance of notice to the patient / a qualified protective order. Additionally, the records include behavioral health documentation from [[FAC:Prisma Health Marshall I. Pickens Hospital]] and substance use records subject to 42 CFR Part 2, which require a court order.

Please provide one of the following by [[D:12/14/2026]]:
  1. Patient authorization (our form ROI-100, available at [[URL:https://prismahealth.org/patients/medical-records]])
  2. Court order signed by a judge ([[FAC:Greenville County Court of Common Pleas]])

Once received, records will be produced within 10 business days. Fees per S.C. Code 44-115-80 apply; invoice # [[ID:ROI-883172]] will follow. Our tracking number for this request is [[ID:ROI-2611-00923]]; reference it in all correspondence.

Respectfully,
[[N:Antoinette "Toni" Gallardo]], CHDA
Release of Information Specialist | HIM
[[FAC:Prisma Health]] | [[AD:701 Grove Rd]], [[AD:Greenville]], SC [[ZIP:29605]]
Tel [[PH:864-455-7105]] | Fax [[PH:864-455-6090]]
""")

# 32 fax referral cover sheet
add(r"""
*** FAX ***   [[D:11/30/2026]] 10:41AM   FROM: [[PH:3362707754]]   TO: [[PH:19107637330]]   P. 1/7

          [[FAC:GOLDEN LEAF FAMILY MEDICINE]]
          [[AD:812 W. Market Street]] * [[AD:Reidsville]], NC [[ZIP:27320]]
          Phone [[PH:(336) 270-77OO]]  Fax [[PH:(336) 270-7754]]

TO: [[FAC:Cape Fear Valley Neurology]] -- Attn: Referrals / [[N:Shaniqua]]
FAX #: [[PH:910-763-7330]]        PHONE: [[PH:910-615-4141]]
FROM: [[N:Bonnie Ferrell]], referral coordinator
DATE: [[D:11-30-26]]              # PAGES (incl. cover): 7
RE: NEW PATIENT REFERRAL -- URGENT

[X] Urgent  [ ] For review  [ ] Please comment  [ ] Please reply

Patient: [[N:Hamid Qureshi]]      DOB: [[D:1/16/1972]]
Phone: [[PH:336-342-5590]] (H)  [[PH:336-613-8021]] (C)
Ins: BCBS NC   ID [[ID:YPW910248773]]   Grp [[ID:011823]]
Referring: Dr. [[N:E. Brightwater]] NPI [[ID:1558364920]]
Reason: new onset focal seizure [[D:11/26]], MRI brain [[D:11/28]] at [[FAC:Cone Health Annie Penn Hospital]] shows 1.4 cm enhancing L frontal lesion. Started levetiracetam 500 BID. Please see within 1 wk. Pt speaks Urdu/English, prefers son [[N:Faisal]] on calls [[PH:336 587 0093]].
Enclosed: office note, MRI report (acc# [[ID:APH2611280117]]), labs, med list, demographics, ins card.

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain confidential information belonging to the sender which is legally privileged. If you have received this fax in error, please notify us immediately by telephone at [[PH:(336) 270-7700]] and destroy the documents.
""")

# 33 secure chat between staff, lowercase, typos
add(r"""
[Secure Chat - Epic]  thread: 6 east / pt [[N:wojcik]] rm 611
[[D:11/30]] 22:14  [[N:Bryce Halloran]] RN: hey is dr [[N:okoro]] covering 6E tonite or is it [[N:nadeem]]
22:15  [[N:Faith Adeyemi]] (HUC): its [[N:nadeem]] til 7a, pgr [[PH:4417]]
22:15  [[N:Bryce Halloran]] RN: ty
22:19  [[N:Bryce Halloran]] RN: @[[N:Sana Nadeem]] MD - pt [[N:Wojcik, Teodor]] 611 (mrn [[MRN:80021447]]) sbp 84 from 112, hr 118, lactate pending. gave 500 bolus per sepsis protocol. hes 1 day post op R hip. wife [[N:marta]] at bedside asking for u
22:21  [[N:Sana Nadeem]] MD: coming. draw bcx x2, repeat lactate, ua. hold his lisinop. is he still on the ketorolac
22:22  [[N:Bryce Halloran]] RN: yes 15 q6 last 1800
22:22  [[N:Sana Nadeem]] MD: dc it. crt this am 1.4?
22:23  [[N:Bryce Halloran]] RN: 1.7 on pm lab actualy
22:31  [[N:Sana Nadeem]] MD: ok seen. rapid response not needed right now. 2nd 1L LR. call ortho dr. [[N:lindahl]] ([[PH:952-993-0061]]) re incision drainage? serosang per rn
22:33  [[N:Bryce Halloran]] RN: will do. fyi wife says pt had "same thing" at [[FAC:methodist]] last yr w/ uti
22:34  [[N:Faith Adeyemi]] (HUC): family contact [[N:marta wojcik]] [[PH:612 8o5 4471]] is that right? looks like typo in registration
22:36  [[N:Bryce Halloran]] RN: she says its [[PH:612-805-4471]]
22:36  [[N:Faith Adeyemi]] (HUC): fixed, thx
23:02  [[N:Sana Nadeem]] MD: lactate 2.9 -> 1.8. ua + nitrite. starting ceftriaxone. I put a note in. moving him to stepdown if bp doesnt hold. bed mgmt (x[[PH:6-6021]]) aware
23:05  [[N:Bryce Halloran]] RN: 
""")

# 34 scheduling / phone messages
add(r"""
TELEPHONE ENCOUNTERS - [[FAC:Valley Oak Family Practice]] front desk queue
-------------------------------------------------------------------
[[D:11/30/2026]] 8:02a  caller: Mrs. [[N:Karapetyan]] (pt's daughter-in-law [[N:Anahit]])
re: pt [[N:Karapetyan, Vartan]]  DOB [[D:03/03/1934]]  MRN [[MRN:VOF-118073]]
msg: FIL is [[AGE:92]], fell [[D:Sat]], wants appt today. Also needs handicap placard form signed. Cb [[PH:559-436-9120]].
action: offered 10:40 w/ Dr. [[N:Mkrtchyan]]. accepted. pls send DMV REG 195 to provider. -[[N:jl]]
-------------------------------------------------------------------
[[D:11/30/2026]] 8:15a  caller: [[N:Lupe]] from [[FAC:Quest Diagnostics]] (ref [[ID:QD-88412753]])
re: pt [[N:Simmons, Georgia]] DOB [[D:11/2/1961]] -- critical K 6.4 drawn [[D:11/29]]. read back done. given to [[N:Sharon]] RN 8:17a.
-------------------------------------------------------------------
[[D:11/30/2026]] 9:20a  pt [[N:Dakota Reyes-Whitlock]] DOB [[D:7-19-98]]
msg: needs to r/s physical from [[D:12/2]] -- has jury duty. Asked for after 3pm any Thursday. Pls call back on work line [[PH:559-251-4000 ext. 3381]] (ok to leave msg w/ coworker [[N:Dale]]).
action: moved to [[D:Thu 12/10]] 3:20p, LM. -[[N:jl]]
-------------------------------------------------------------------
[[D:11/30/2026]] 11:48a  caller: [[N:Virginia Lam]] (pt) [[PH:(559) 707-3308]]
msg: verified name/DOB/last 4 SSN [[SSN:8816]]. Pharmacy says the Eliquis needs PA. Uses [[FAC:Costco Pharmacy - Clovis]] ([[PH:559-322-4120]]). Out in 2 days.
routed to [[N:Marisol Haro]] (PA team). -[[N:tk]]
-------------------------------------------------------------------
[[D:11/30/2026]] 3:55p  caller: [[N:Hyacinth Boyd-Okafor]] re: her mother [[N:Winifred Boyd]] DOB [[D:1/1/1930]] -- mom turned [[AGE:96]] this yr, in [[FAC:Fresno Hospice Garden]] now, wants records sent. Needs ROI signed first; mailed form to [[AD:5510 N Fresno St #204]], [[AD:Fresno]] [[ZIP:93710]]. -[[N:jl]]
""")

# 35 hospice home visit
add(r"""
HOSPICE RN VISIT NOTE - ROUTINE HOME CARE
Agency: [[FAC:Heartland Hospice of the Upper Peninsula]]   Agency Provider #: [[ID:231588]]
Patient: [[N:Niemi, Lempi Aili]]     Hospice ID [[MRN:HUP-26-0341]]    DOB: [[D:02/14/1931]]
Location: pt's home, [[AD:N7742 Chippewa Tr]], [[AD:Ishpeming]] MI [[ZIP:49849]] (long gravel drive, 2nd house past [[FAC:Suomi Lutheran Church]], snow plowed by neighbor [[N:Arvo]])
Visit: [[D:12/1/2026]] 0930-1030      RN: [[N:Kristiina Mäkelä-Johnson]]
Dx: end-stage CHF; secondary COPD. Benefit period 3, day 44. Attending: Dr. [[N:Gideon Saari]] (also hospice MD).

S: Pt is [[AGE:95]] years of age, alert, oriented x2. Says "I'm ready to go see [[N:Toivo]]" (late husband [[N:Toivo]]). Caregiver is daughter [[N:Marjatta "Marj" Kinnunen]], lives with pt since [[D:September]]; son [[N:Reino]] visits from [[AD:Negaunee]] on wkends. Dau. reports 2 episodes of terminal-type restlessness overnight, used lorazepam 0.5 SL x1 with effect. Intake: sips, a few bites of pasty. No BM x3 days.
O: BP 92/58, HR 104 irreg, RR 24 w/ mild accessory use, SpO2 88% on O2 3 L NC (concentrator SN [[ID:IN-5081-4437]]). 3+ pitting edema BLE to knees, sacral edema. Skin intact, heels floated. PPS 30%.
A: Declining; est. prognosis days to short weeks.
P:
- Comfort kit in home (morphine 20 mg/mL, lorazepam, haloperidol, atropine drops). Morphine 5 mg SL q2h prn dyspnea -- reviewed w/ [[N:Marj]].
- Senna-S 2 tabs bid, bisacodyl supp if no BM tomorrow.
- Chaplain Pastor [[N:Eino Lahti]] to visit [[D:Thu]]; social worker re: funeral pre-plan w/ [[FAC:Tonella Funeral Home]].
- Increase RN visits to 3x/wk; on-call line [[PH:906-485-7125]] reviewed w/ family (24/7).
- Pt & family affirm DNR, POST form on fridge.
[[N:K. Mäkelä-Johnson]], RN
""")

# 36 pharmacy / prior authorization phone note
add(r"""
Pharmacy Benefit - Prior Authorization Phone Note
Clinic: [[FAC:Sweetwater Community Health Center]] - [[AD:Rock Springs]], WY
PA specialist: [[N:Holly Anne Kerbs]]      Date: [[D:11.30.26]]

Pt: [[N:Bighorn, Tyrel]]   DOB: [[D:5/12/1995]]   MRN: [[MRN:SW-0047711]]
Drug: adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL SC q14d     Dx: Crohn's disease, ileocolonic (K50.80)
Prescriber: [[N:Farah Al-Masri]], MD (GI, [[FAC:Intermountain Health Salt Lake Clinic]]), NPI [[ID:1487205593]], DEA [[ID:FA3819906]]
PBM: Express Scripts   Member ID: [[ID:WYM40882193]]   RxBIN 003858   PCN A4   Group [[ID:WYSTATE01]]
Spec pharmacy: [[FAC:Accredo]] -- Rx # [[ID:2781146-0093]]

Call log:
1) 09:12 called ESI PA line [[PH:1-800-753-2851]], rep [[N:Kendra]] (ref # [[ID:PA-5530918461]]). Requires: step through 1 conventional agent (AZA/6-MP/MTX) OR documented severe disease. Faxed clinicals to [[PH:877-329-3760]].
   Clinicals sent: colonoscopy [[D:9/18/26]] (SES-CD 14), fecal calprotectin 860, CRP 3.1, failed azathioprine 2025 (pancreatitis -- see note [[D:6/2/2025]]).
2) 13:40 ESI called back: APPROVED [[D:11/30/2026]] - [[D:11/29/2027]]. Approval ID [[ID:AP70118832]].
3) 13:55 called pt at [[PH:307-389-2264]] -- no answer, VM full. Texted via portal. Pt also listed alt contact: aunt [[N:Marlene Bighorn]] on [[AD:Wind River]] ([[AD:Fort Washakie]]) [[PH:307.332.8814]] -- did not call (no ROI for aunt).
4) Copay card: Hyrimoz Complete enrolled, card ID [[ID:HC-4410892236]], est $0 copay. [[FAC:Accredo]] to call pt for delivery to [[AD:1830 Elk St]], [[AD:Rock Springs]] [[ZIP:82901]].
Note: pt works rotating shifts at [[FAC:Jim Bridger Power Plant]]; prefers calls after 6 pm.
""")
# 37 pathology report
add(r"""
SURGICAL PATHOLOGY REPORT
[[FAC:Sonic Reference Laboratory]] / [[FAC:Clinical Pathology Laboratories, Inc.]]
[[AD:9200 Wall Street]], [[AD:Austin]], TX [[ZIP:78754]]   CLIA [[ID:45D0505003]]   [[PH:(512) 339-1275]]

Accession #: [[ID:S26-448193]]        Pt: [[N:ESPARZA-LUNA, ROSALINDA]]
DOB: [[D:09/09/1966]]   Age: 60   Sex: F     Pt ID / MRN: [[MRN:HCH0066218]]
Collected: [[D:11/20/2026]]   Received: [[D:11/21/2026]]   Reported: [[D:11/24/2026]]
Submitting physician: [[N:Joaquín Trevino]], MD  -  [[FAC:Hill Country Gastroenterology]], [[AD:Kerrville]]
Copy to: [[N:Nasrin Farahani]], MD (PCP)

SPECIMENS:
A. Colon, ascending, polyp x1 (cold snare)
B. Colon, sigmoid, polyp x2 (cold snare)
C. Stomach, antrum and body, random biopsies

FINAL DIAGNOSIS:
A. Ascending colon, polypectomy: TUBULAR ADENOMA, 1.2 cm. Negative for high-grade dysplasia.
B. Sigmoid colon, polypectomy: HYPERPLASTIC POLYPS (2).
C. Stomach, biopsies: CHRONIC ACTIVE GASTRITIS with Helicobacter pylori-like organisms, confirmed by IHC. No intestinal metaplasia.

GROSS: A. Received in formalin labeled "[[N:Esparza-Luna]] A asc polyp" is a 1.2 x 0.8 x 0.5 cm tan polypoid fragment, bisected, entirely submitted in A1. B. Two tan fragments 0.3 and 0.4 cm, entirely submitted B1. C. Multiple (6) tan fragments 0.2-0.4 cm, entirely submitted C1. Gross by [[N:TMV]].

MICROSCOPIC: see diagnosis. H. pylori IHC performed on block C1 with appropriate controls.

Comment: Surveillance colonoscopy per USMSTF guidance (adenoma 10-20 mm -> 3 years). H. pylori eradication therapy and test of cure recommended.
Results called to [[N:Lourdes]] at Dr. [[N:Trevino]]'s office on [[D:11/24/26]] at 14:10.

Electronically signed: [[N:Prakash Subramanyam]], MD, Pathologist  [[D:11/24/2026]]
Block retrieval requests: [[EM:pathology.requests@cpllabs.com]]
""")

# 38 ED triage + copy-forward artifacts
add(r"""
ED TRIAGE / NURSING NOTE     [[FAC:Cheyenne Regional Medical Center]] ED
Arrival: [[D:12/01/2026]] 01:12 POV     Acuity: ESI 2     Triage RN: [[N:Cody Lundquist]]
Pt: [[N:Larkspur, Cheyenne M]]     MRN [[MRN:CRMC-1155029]]     DOB [[D:10/31/2004]]    Age 22
Chief complaint: abd pain, vaginal bleeding, LMP ~[[D:10/10]] -- (pt unsure)

Triage: 22F G2P1 c/o LLQ pain sharp 9/10 onset ~2300, +vag spotting, lightheaded in car. BP 88/54 HR 126 RR 22 T 98.6 SpO2 99% RA. Pale, diaphoretic. UPT POSITIVE. Roomed immediately to 6, Dr [[N:Marchetti]] to bedside 01:16. 2 large bore IVs, type & cross, bedside US + free fluid RUQ. OB (Dr. [[N:Oyenuga]]) paged 01:20 for ?ruptured ectopic. 

Social: came w/ boyfriend [[N:Dakota Whitebird]]; lives at [[AD:Wind River Apartments #14]] with 3 y/o son who is w/ neighbor Mrs. [[N:Tallbull]]. Pt requests that mother [[N:Sierra Larkspur]] NOT be informed.

-- the following was copied forward from previous encounter [[D:06/14/2026]] --
  "Pt is a 21 yo F presenting with UTI sx. Pt reports dysuria x3d. PCP: [[N:Nancy Ward]], PA-C at [[FAC:Crossroads Clinic]]. Pharmacy: [[FAC:Safeway Pharmacy]] on [[AD:Dell Range Blvd]]. Emergency contact [[N:Sierra Larkspur]] (mother) [[PH:307-630-5518]]."
-- end copied text --
*** NOTE: Emergency contact updated this visit per pt to [[N:Dakota Whitebird]] [[PH:307-214-0912]] ***

Abuse screen: denies IPV, feels safe. Interpreted? N/A (English).
Belongings: phone, wallet, WY DL [[ID:109-225-884]] -- placed in pt bag.
01:34 pt to OR w/ OB, consent signed. Handoff to OR RN [[N:Javi Esquibel]].
""")

# 39 prenatal visit, rural midwifery
add(r"""
prenatal visit -- [[FAC:Appalachian Midwives of Hindman]]
pt: [[N:Caudill, Destiny Faith]]   g3p2002   edd [[D:2/14/27]] (by 8wk u/s)   chart [[MRN:7730]]
today [[D:11/24/26]]   ga 28w4d    cnm: [[N:Oakley Sizemore]], CNM

s: feeling good overall, baby real active. some swelling in feet at end of day. works at the [[FAC:Dollar Tree]] in [[AD:Hazard]]? no -- pt now works at [[FAC:Knott County Central High School]] cafeteria. denies ha, visual change, ruq pain. denies lof/vb/ctx. husband [[N:Cletus]] laid off from mine, stress re: money; wic appt set. pt asks about having baby at home like her mamaw [[N:Ollie Mae]] did.
o: bp 118/72  wt 176 (+2)  fhr 142  fh 29 cm   urine prot neg glu neg
1 hr gtt: 128 (nl <140)   hgb 10.1 -> start FeSO4 325 qod
rh neg -> rhogam given today R glute, lot RG8842  (pt's blood type O neg, antibody screen neg [[D:11/10]])
tdap today L deltoid.
a/p:
- 28 wk labs reviewed. mild anemia.
- home birth discussed: pt is low risk so far, reviewed criteria, transport plan to [[FAC:ARH Whitesburg]] (~30 min) vs [[FAC:Hazard ARH Regional Medical Center]]. pt leaning toward birth center.
- kick counts reviewed.
- rtc 2 wk [[D:12/8]]. call [[PH:606-785-3000]] or after hrs [[PH:606.785.3001]]
- pt's mom [[N:Loretta Slone]] will be support person. pt lives up [[AD:Lotts Creek]] off [[AD:KY-80]], no cell service at house -- home phone [[PH:(606) 251-0418]]; ambulance from [[AD:Knott County]] ~25 min.
- car seat program -- [[FAC:Knott County Health Department]]
""")

# 40 pediatric well child, foster care
add(r"""
WELL CHILD CHECK - 18 MONTH
[[FAC:Children's Mercy Kansas City - Broadway Clinic]]
Pt: [[N:Marcus "Bubba" Ledbetter-Ruiz]]    DOB [[D:5/28/2025]]    MRN [[MRN:CM 0442 8716]]
DOS: [[D:11/30/2026]]    Provider: [[N:Ayesha Siddiqui]], MD    Accompanied by: foster mother [[N:Carolyn Swenson]]

Custody: in foster care since [[D:8/3/2026]]; legal custodian Missouri Children's Division, [[AD:Jackson County]]. Case worker [[N:Tia Okoye]] ([[PH:816-889-2000]], [[EM:tia.okoye@dss.mo.gov]]). CD case # [[ID:JA-2026-0118844]]. Juvenile court docket [[ID:2516-JU00813]]. Consent for routine care on file (signed [[D:8/4/26]]). Bio mother [[N:Krystal Ledbetter]] - supervised visits Wed at [[FAC:FosterAdopt Connect]]; bio father [[N:Javier Ruiz]] whereabouts unknown.

Interval: adjusting; initial night terrors improving. Eats well. Whole milk 16 oz/day. 
Dev (ASQ-3): communication 25 (monitor), gross motor 55, fine motor 50, problem solving 45, personal-social 40. Says ~6 words. M-CHAT-R: 2 (low risk).
Exam: Wt 10.9 kg (35%), Ht 81 cm (40%), HC 47 cm (50%). Normal except healing impetigo L nares. Teeth: 12, no caries. 
Lead: capillary 4.1 mcg/dL on [[D:8/6/26]] (prior home [[AD:Northeast KC]], 1920s house); venous today.
Immunizations: DTaP #4, Hep A #2, flu #2 given. Hx incomplete prior to placement -- MOSHOWME registry reconciled ([[URL:https://mo.webiz.net]]).
Referrals: First Steps (Part C) for speech eval - referral # [[ID:FS-33-90127]].
Foster mom contact [[PH:913-271-6640]]; lives [[AD:Overland Park]], KS (child's school-district placement approved across state line).
RTC 2 yr WCC [[D:5/2027]] or sooner.
""")

# 41 radiology report with audit/IP
add(r"""
EXAM: CT CHEST WITH IV CONTRAST (PE PROTOCOL)
ACCESSION: [[ID:RAD-26-7718824]]       ORDER #: [[ID:ORD448102291]]
PATIENT: [[N:DELACROIX-WU, JEAN-LUC]]    MRN: [[MRN:OLOL00391847]]    DOB: [[D:1952-12-08]]
EXAM DATE: [[D:2026-11-29]] 21:48       LOCATION: [[FAC:Our Lady of the Lake Regional Medical Center]] ED
ORDERING: [[N:Keisha Broussard]], NP      READ BY: [[N:Tomasz Wierzbicki]], MD ([[FAC:vRad]] teleradiology)

CLINICAL HISTORY: 73M, sudden dyspnea, tachycardia, recent R TKA [[D:11/12]] at [[FAC:Baton Rouge Orthopaedic Clinic]]. D-dimer 3.8.
COMPARISON: CT chest [[D:03/02/2024]] ([[FAC:Ochsner Medical Center - Baton Rouge]], outside images loaded to PACS).

TECHNIQUE: Axial CT chest after 75 mL Omnipaque 350 IV. DLP 412 mGy-cm. CTDIvol 9.8 mGy.

FINDINGS:
Pulmonary arteries: Filling defects in the right main pulmonary artery extending to RUL, RML and RLL segmental branches; segmental filling defect LLL. RV/LV ratio 1.3. Flattening of interventricular septum. Reflux of contrast into IVC/hepatic veins.
Lungs: Peripheral wedge-shaped opacity RLL 2.1 cm, likely infarct. Stable 4 mm LUL nodule (series 3, image 88) since 2024.
Pleura: small R effusion.
Heart/mediastinum: mild cardiomegaly. CAC.
Upper abd: unremarkable.

IMPRESSION:
1. Extensive bilateral PE with CT signs of right heart strain (RV/LV 1.3).
2. Probable RLL pulmonary infarct.
3. Stable 4 mm LUL nodule, no f/u needed per Fleischner (stable > 2 yr).

Critical result communicated to [[N:K. Broussard]], NP by phone ([[PH:225-765-8844]]) at 22:07 on [[D:11/29/2026]], read back confirmed. PERT activated.

Dictated remotely. Workstation [[ID:VRAD-WS-1193]], IP [[IP:10.48.212.77]]; report retrieved via [[URL:https://pacs.fmolhs.org/viewer?acc=RAD-26-7718824]]
Signed: [[N:T. Wierzbicki]], MD  [[D:11/29/2026]] 22:11 CST
""")

# 42 occupational health / workers' comp
add(r"""
OCCUPATIONAL HEALTH - WORK STATUS REPORT (DWC-73 equivalent)
Clinic: [[FAC:Concentra Urgent Care - Laredo North]], [[AD:6820 McPherson Rd]], [[AD:Laredo]] TX [[ZIP:78041]]   [[PH:956.717.0800]]
Injured employee: [[N:Cantú, Heriberto]]     DOB [[D:08/30/1983]]     SSN [[SSN:452-71-0836]]
Employer: [[FAC:Transportes Frontera Logistics]], Yard 3 -- supervisor [[N:Abril Montemayor]] [[PH:(956) 725-4400 x112]]
Carrier: Texas Mutual   Claim #: [[ID:99926-447811]]   DWC #: [[ID:26-411873-01]]
Date of injury: [[D:11/23/2026]]   Date of visit: [[D:11/30/2026]]  (f/u #1)
Treating doctor: [[N:Gustavo Elizondo]], MD, TX lic [[ID:N4471]]

Mechanism: while unhooking trailer (dolly crank), felt pop in L shoulder. Forklift/yard tractor unit #[[ID:YT-0331]] involved per employer first report.
Today: L shoulder pain 6/10, can't lift above shoulder. Empty can + , drop arm neg, Hawkins +. AROM flex 110, abd 90. Strength 4-/5 supraspinatus.
Dx: L rotator cuff strain (S46.012A), r/o partial tear.
Work status: [X] allowed to return to work with restrictions [[D:11/30/26]] through [[D:12/14/26]]:
   - no lifting > 10 lb L arm, no overhead reach L, no cranking/pulling dollies, may drive (automatic only)
   - 8 hr/day max
Plan: MRI L shoulder w/o contrast - precert pending with adjuster [[N:Chelsea Ybarra]] ([[EM:cybarra@texasmutual.com]]; fax [[PH:844-879-5339]]). PT 3x/wk x 2 wks at [[FAC:Laredo Physical Therapy & Rehab]]. Naproxen 500 bid.
Pt requested Spanish copy; given. Next appt [[D:12/7]].
Signed [[N:G. Elizondo]] MD
""")

# 43 dialysis unit monthly note
add(r"""
Monthly Nephrology Progress Note -- In-center Hemodialysis
Unit: [[FAC:DaVita Gallup Dialysis]]  ([[AD:Gallup]], NM)     Chair 14, MWF 2nd shift
Patient: [[N:Yellowhorse, Bernadine]]   DOB: [[D:10/10/1959]]   DaVita pt #: [[MRN:DV-4418820]]   CMS-2728 on file
Nephrologist: [[N:Hiroshi Tanabe]], MD        Date: [[D:November 30, 2026]]        Unit phone: [[PH:505-722-9013]]

ESRD 2/2 DM nephropathy, HD since [[D:4/2019]]. Access: L brachiocephalic AVF (created [[D:3/2019]] at [[FAC:Presbyterian Hospital]], Dr. [[N:Yamamoto]]).

Labs ([[D:11/23/26]]):
  Hgb 10.4 | ferritin 612 | TSAT 24% | Alb 3.6 | K 5.3 | Ca 8.9 | Phos 6.8 | PTH 612 | Kt/V 1.38 | URR 72%
IDWG avg 3.4 kg (goal <2.5). EDW 71.0 kg.
Tx: Mircera 100 mcg q2wk, Venofer 100 mg x 5 (started [[D:11/16]]), calcitriol 1 mcg TIW, sevelamer 1600 TID w/ meals (pt admits misses lunch doses when herding).

Issues discussed w/ pt and granddaughter [[N:Shandiin]] (pt's preferred decision-maker; Diné speaker -- granddaughter interpreted at pt's request):
 1. Fluid - pt drinks lots of coffee at chapter meetings; teach-back done with renal RD [[N:Paulette Cly]].
 2. Phos - hauls water, eats mutton stew, frybread; binder timing reviewed.
 3. Transplant - referred to [[FAC:UNM Hospital]] transplant 2024?? -- ref lost; re-referral sent today.
 4. Transportation - relies on Navajo Nation Division of Transportation van ([[PH:928-871-6617]]) and nephew [[N:Darrell]]; missed 2 tx over [[D:Thanksgiving week]] due to snow on [[AD:NM-371]].
 5. Vascular - access flow 980 mL/min, no stenosis.

Plan: EDW 70.5. Increase Venofer x2 more. Sensipar 30 mg start. SW [[N:Mercedes Nakai]] to check IHS PRC coverage for transport. Pt home: [[AD:Crownpoint]], mailing [[AD:PO Box 322]], [[ZIP:87313]].
""")

# 44 adult protective services referral, social work
add(r"""
ADULT PROTECTIVE SERVICES REPORT -- intake form completed by hospital social work
Reporter: [[N:Delphine Ashby-Moreau]], LCSW, [[FAC:Tulane Medical Center]], [[PH:504-988-5263]], [[EM:dashbymoreau@tulane.edu]]
Date/time of report: [[D:11/30/2026]] 15:20      APS intake worker: [[N:Reggie Toussaint]]     APS ref #: [[ID:LA-APS-26-030917]]

ALLEGED VICTIM
Name: [[N:Marchand, Ophelia Rose]]    Nickname: "Miss [[N:Pheely]]"
DOB: [[D:3/16/1933]]    Age: [[AGE:93]]     SSN: [[SSN:434-22-XXXX]]   Medicare: [[ID:2KP7-XQ3-RT18]]
Address: [[AD:2418 N. Rocheblave St.]], [[AD:New Orleans]], LA [[ZIP:70119]] ([[AD:7th Ward]])
Phone: none working
Hospital MRN: [[MRN:TMC9920415]]   Admitted [[D:11/28/2026]]

ALLEGED PERPETRATOR
Name: [[N:Lionel Marchand Jr.]] (grandson, lives in home)   approx 30s
Vehicle: black Dodge Charger LA plate [[ID:Y728 114]]

CONCERNS (check all): [X] neglect  [X] financial exploitation  [ ] physical  [ ] sexual  [ ] self-neglect
Narrative: Pt brought to ED by neighbor Mrs. [[N:Eula Batiste]] after being found on porch in urine-soaked clothing, confused, temp 95.2 F. Stage 3 sacral PI, dehydration (BUN 62/Cr 2.1), weight 88 lb. Pt states grandson "takes my check" -- SSA deposit to joint acct at [[FAC:Liberty Bank]] (acct ending [[ID:4471]]) and she hasn't been to the store "since [[D:Mardi Gras]]". Neighbor reports grandson sold pt's car and that "people come and go all night." Pt's daughter [[N:Claudette Marchand-Ellis]] lives in [[AD:Houston]], TX ([[PH:832-661-3094]]), was unaware; she is willing to be POA. Pt's longtime PCP was Dr. [[N:Ambrose Landry]] at [[FAC:St. Thomas Community Health Center]] -- last seen [[D:2/2025]].
Capacity: pt has fluctuating capacity (delirium); psychiatry consult pending.
Safety: Pt NOT to be discharged home; grandson visited [[D:11/29]] and attempted to have pt sign papers -- security notified, visitor restriction placed.
""")

# 45 hospital discharge summary, age 90
add(r"""
DISCHARGE SUMMARY
[[FAC:Mayo Clinic Health System - Eau Claire]]
Patient: [[N:Sørensen, Ingrid M.]]   MRN [[MRN:11-483-092]]   DOB [[D:09/01/1936]]   Age: [[AGE:90]] years
Admission: [[D:11/22/2026]]    Discharge: [[D:11/28/2026]]    LOS 6
Attending: [[N:Rahul Mehrotra]], MD     PCP: [[N:Signe Halvorsen-Pritchard]], MD ([[FAC:Prairie Lakes Family Practice]], [[AD:Chippewa Falls]])
Discharged to: [[FAC:Oakbrook Health & Rehabilitation]], [[AD:Thorp]], WI -- SNF, bed hold confirmed by admissions ([[N:Gina]], [[PH:715.669.5321]])

Principal dx: Acute on chronic HFpEF exacerbation
Secondary: AKI on CKD 3a (peak Cr 2.0, baseline 1.2, d/c 1.4); AFib w/ RVR, now rate controlled; hypokalemia; deconditioning; fall at home [[D:11/21]] (no fx).

Hospital course: [[AGE:90]] y/o woman (her [[AGE:90th]] birthday was [[D:Sept 1st]]) with HFpEF (EF 60%), AFib on apixaban, HTN presented from home in [[AD:Elk Mound]] after neighbor [[N:Bjorn]] found her short of breath. BNP 1,870. CXR bilateral effusions. Diuresed with IV furosemide 40 mg BID, net -6.2 L. AFib RVR (HR 130s) - diltiazem converted to metoprolol succinate 50 mg daily, HR 70-80s. AKI from diuresis, improved with holding 1 dose. PT/OT recommended SNF. Goals of care discussion [[D:11/26]] with pt and her son [[N:Lars Sørensen]] (HCPOA, [[PH:(608) 257-9913]], [[AD:Madison]]): pt remains full code "for now" but would not want prolonged intubation; POLST yellow form completed.

Discharge meds:
| Medication | Dose | Change |
|---|---|---|
| furosemide | 40 mg PO daily | NEW dose (was 20) |
| metoprolol succinate | 50 mg daily | NEW |
| diltiazem | -- | STOPPED |
| apixaban | 2.5 mg BID | dose reduced (age >= 80, Cr >= 1.5 on [[D:11/24]]) |
| KCl | 20 mEq daily | NEW |
| acetaminophen | 650 mg q6h prn | unchanged |

Follow-up: Cardiology Dr. [[N:Bernadette Ngata]], [[D:12/10/2026]] 9:15 AM; PCP 1-2 wks after SNF d/c; daily weights at SNF, call if gain > 2 lb/day or 5 lb/wk.
Pending at d/c: none.
Electronically signed by [[N:Rahul Mehrotra]], MD on [[D:11/28/2026]] 16:52. cc: [[EM:oakbrook.admissions@oakbrookhc.com]]
""")

if __name__ == "__main__":
    main()
