/**
 * A synthetic, realistic lessons repository for the benchmarks (docs/speed.md).
 *
 * The repository must be *clean*: `lessons validate` with `LESSONS_TODAY=2026-11-21` reports no
 * errors and no warnings, so that the benchmark measures a normal CI run and not the cost of
 * formatting thousands of problems. It must also look like the sample repository (front-matter of
 * 25-40 lines, Markdown bodies of 2-4 KB), because parse and check costs depend on the shape of
 * the files, not only on how many there are.
 *
 * Everything comes from a seeded PRNG, so the same seed gives byte-identical files. All text is
 * anonymised (roles, never names; no numbers that look like NHS numbers, phone numbers, postcodes
 * or dates of birth) and blame-free, so that the PII and language rules have nothing to report.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface GenerateOptions {
  /** Number of lessons; incidents are lessons/2 and policies lessons/20 (rounded down). */
  lessons: number;
  seed?: number;
  /** Multiplies the length of Markdown bodies (front-matter stays the same). Default 1. */
  bodyScale?: number;
  /** Build a git history of at least this many commits. */
  git?: { commits: number };
  /**
   * Problem-heavy, like a real trust's repository: most lessons with an overdue action, most
   * authorised policies past (or near) their review date, a few fictional identifiers in bodies,
   * and a third of the lessons' bodies pasted from Word (curly apostrophes and quotes, en dashes:
   * text beyond Latin-1, which costs the text rules more than ASCII). The same entries as without
   * it otherwise (problems and pasting come from their own random streams).
   */
  problems?: boolean;
}

/** The date the benchmark validates at; every due and review date is kept after it. */
export const BENCH_TODAY = '2026-11-21';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: tiny, fast and good enough to vary synthetic content. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `k` distinct items in random order (all of them when k >= length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [v, w] of table) {
      r -= w;
      if (r < 0) return v;
    }
    return table[table.length - 1][0];
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01, UTC): arithmetic is plain addition.

const DAY_MS = 86_400_000;
function day(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}
const isoCache = new Map<number, string>();
function iso(d: number): string {
  // Formatting dominates generation time otherwise; only a few thousand distinct days occur.
  let s = isoCache.get(d);
  if (s === undefined) {
    s = new Date(d * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(d, s);
  }
  return s;
}
const TODAY = day(BENCH_TODAY);
/** The last date anything can have happened on: the day before the benchmark's today. */
const LAST = TODAY - 1;

// ---------------------------------------------------------------------------------------------
// Taxonomy and vocabulary

const SERVICES = [
  'adult-inpatient',
  'emergency-department',
  'community-nursing',
  'maternity',
  'mental-health-inpatient',
  'outpatients',
  'theatres',
  'pharmacy',
] as const;
type Service = (typeof SERVICES)[number];

const AUDIENCES = [
  'all-staff',
  'nursing',
  'midwifery',
  'medical',
  'pharmacy',
  'allied-health',
  'estates',
  'managers',
  'patients-and-carers',
] as const;

const SETTINGS: Record<Service, readonly string[]> = {
  'adult-inpatient': ['an adult surgical ward', "an older people's medical ward", 'a respiratory ward', 'an orthopaedic ward', 'the acute medical unit', 'a stroke unit'],
  'emergency-department': ['the emergency department', 'the ambulance handover area', 'the paediatric emergency department', 'the same-day emergency care unit'],
  'community-nursing': ['a community nursing team', 'a district nursing team', 'an intermediate care team', 'a community rehabilitation team'],
  maternity: ['the labour ward', 'the postnatal ward', 'the midwife-led birth centre', 'a community midwifery team', 'the antenatal day unit'],
  'mental-health-inpatient': ['an acute mental health ward', 'a psychiatric intensive care unit', 'an older adult mental health ward', 'a mental health assessment unit'],
  outpatients: ['an outpatient clinic', 'the day treatment unit', 'a virtual fracture clinic', 'the eye outpatient department'],
  theatres: ['the main theatres', 'the day surgery unit', 'the theatre recovery area', 'the endoscopy unit'],
  pharmacy: ['the dispensary', 'the ward pharmacy team', 'the aseptic unit', 'the medicines information service'],
};

const SHIFTS = ['a night shift', 'a busy late shift', 'a weekend day shift', 'an early shift', 'a bank holiday weekend', 'a period of high demand'];

/** Roles that appear in stories, by service, so a midwife is not met on a stroke unit. */
const ROLES: Record<Service, readonly string[]> = {
  'adult-inpatient': ['staff nurse', 'healthcare assistant', 'charge nurse', 'foundation doctor', 'specialty registrar', 'ward pharmacist', 'physiotherapist', 'nurse in charge'],
  'emergency-department': ['emergency nurse practitioner', 'staff nurse', 'emergency medicine registrar', 'healthcare assistant', 'nurse in charge', 'paramedic'],
  'community-nursing': ['community staff nurse', 'district nurse', 'community healthcare assistant', 'occupational therapist', 'team leader'],
  maternity: ['midwife', 'labour ward coordinator', 'obstetric registrar', 'maternity support worker'],
  'mental-health-inpatient': ['staff nurse', 'support worker', 'nurse in charge', 'occupational therapist', 'specialty doctor', 'peer support worker'],
  outpatients: ['clinic nurse', 'consultant', 'specialty registrar', 'receptionist', 'healthcare assistant'],
  theatres: ['theatre practitioner', 'anaesthetist', 'recovery nurse', 'theatre coordinator', 'operating department practitioner'],
  pharmacy: ['pharmacy technician', 'pharmacist', 'pharmacy assistant'],
};

/** Action owners and policy authors, by service, plus roles that own actions anywhere. */
const OWNERS: Record<Service, readonly string[]> = {
  'adult-inpatient': ['Ward Managers, Adult Inpatient Wards', 'Matron, Acute Medicine', 'Head of Nursing, Surgery', 'Practice Educator, Adult Nursing', 'Falls Prevention Practitioner', 'Tissue Viability Lead Nurse', 'Discharge Lead, Integrated Care'],
  'emergency-department': ['Clinical Lead, Emergency Department', 'Matron, Emergency Department', 'Lead Nurse, Emergency Department'],
  'community-nursing': ['Team Leader, Community Nursing', 'Head of Community Nursing', 'Safeguarding Adults Lead'],
  maternity: ['Head of Midwifery', 'Consultant Midwife', 'Labour Ward Lead Obstetrician', 'Practice Development Midwife'],
  'mental-health-inpatient': ['Associate Director of Nursing, Mental Health', 'Consultant Nurse, Mental Health', 'Ward Managers, Mental Health Inpatient Wards'],
  outpatients: ['Outpatient Services Manager', 'Patient Access Manager', 'Lead Nurse, Outpatients'],
  theatres: ['Theatre Manager', 'Clinical Director, Surgery', 'Lead Anaesthetist for Quality'],
  pharmacy: ['Lead Pharmacist, Medicines Optimisation', 'Chief Pharmacist', 'Medication Safety Officer'],
};
const ANY_OWNERS = ['Digital Nursing Lead', 'Chief Clinical Information Officer', 'Patient Safety Specialist', 'Patient Experience Lead', 'Infection Prevention and Control Lead Nurse', 'Head of Estates', 'Head of Organisational Development', 'Freedom to Speak Up Guardian', 'Clinical Director, Diagnostics'];

function owner(rng: Rng, service: Service): string {
  return rng.chance(0.75) ? rng.pick(OWNERS[service]) : rng.pick(ANY_OWNERS);
}

const GROUPS = [
  'Patient Safety and Learning Group',
  'Medicines Safety Group',
  'Falls Steering Group',
  'Safeguarding Adults Committee',
  'Mental Health Patient Safety Group',
  'Maternity Governance Group',
  'Infection Prevention and Control Committee',
  'Deteriorating Patient Group',
  'Patient Experience Group',
  'Nursing and Midwifery Board',
  'Clinical Effectiveness Group',
  'Health and Wellbeing Steering Group',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type SourceKind =
  | 'incident'
  | 'complaint'
  | 'claim'
  | 'inquest'
  | 'prevention-of-future-deaths'
  | 'mortality-review'
  | 'audit'
  | 'external-review'
  | 'good-care'
  | 'risk';

/** One theme's vocabulary. `{setting}`, `{role}`, `{shift}`, `{n}`, `{pct}` are filled per entry. */
interface Theme {
  slug: string;
  /** Services the theme's story fits (the entry's own service is drawn from these). */
  story: Service[];
  /** Story settings, when the service's general settings do not all fit. */
  settings?: string[];
  services: Service[];
  audience: string[];
  group: string;
  titles: string[];
  goodTitles: string[];
  incidentTitles: string[];
  summary: string[];
  happened: string[];
  learned: string[];
  changed: string[];
  questions: string[];
  actions: string[];
  measures: string[];
  public: string[];
}

const THEMES: Theme[] = [
  {
    slug: 'medication-safety',
    story: ['adult-inpatient'],
    services: ['adult-inpatient', 'pharmacy', 'community-nursing'],
    audience: ['nursing', 'medical', 'pharmacy'],
    group: 'Medicines Safety Group',
    titles: ['Time-critical medicines reach patients on time when the chart shows the due time clearly', 'Insulin doses are checked against the latest glucose reading on {setting}', 'Medicines reconciliation within 24 hours of admission to {setting}'],
    goodTitles: ['A pharmacy technician-led medicines check prevented a duplicate anticoagulant dose', 'Bedside medicines lockers supported self-administration on {setting}'],
    incidentTitles: ['Delayed Parkinson\'s medicine after admission to {setting}', 'Duplicate anticoagulant prescription on transfer between wards', 'Insulin dose given before the latest glucose result was available'],
    summary: ['A patient admitted to {setting} received a time-critical medicine several hours late because the electronic chart showed it as a routine round dose.', 'Time-critical medicines are now flagged on the electronic prescribing chart and on the ward handover sheet.', 'Pharmacy teams now review new admissions for time-critical medicines within two hours.'],
    happened: ['A patient with Parkinson\'s disease was admitted to {setting} during {shift}, and their usual medicine was prescribed to the standard drug round rather than their own times at home.', 'The first dose was given about {n} hours after the time the patient would normally take it, and the patient became more rigid and found swallowing harder.', 'The electronic prescribing system did not show that the medicine was time-critical, and the ward had no supply in the drug trolley.', 'A {role} noticed the delay when the patient\'s partner asked about the usual timings, and the pharmacy team arranged an urgent supply.'],
    learned: ['Medicines with strict timings need to be visible as time-critical on the chart, not only in guidance documents.', 'Patients and carers often know the exact timings that work best, and asking them early saves time.', 'Stock levels of time-critical medicines on wards need regular review, especially for out-of-hours admissions.', 'A prompt at the point of prescribing helps clinicians choose the patient\'s own times instead of the standard round.'],
    changed: ['The electronic chart now shows a clock symbol next to time-critical medicines and allows individual dose times.', 'The admission checklist asks whether the patient takes any time-critical medicines and what times they use at home.', 'Ward stock lists for {setting} now include the most common time-critical medicines.', 'The ward pharmacist reviews new admissions for time-critical medicines at the start of each weekday.'],
    questions: ['Which medicines on your ward are time-critical, and how would a new member of staff know?', 'How do you find out the times a patient takes their medicines at home?', 'What would you do at night if a time-critical medicine was not in stock?'],
    actions: ['Add a time-critical flag and individual dose times to the electronic prescribing chart.', 'Review ward stock lists for time-critical medicines across adult inpatient wards.', 'Include time-critical medicines in the medicines management training for new starters.'],
    measures: ['Percentage of time-critical doses given within 30 minutes of the prescribed time', 'Number of delayed time-critical doses reported each month'],
    public: ['You told us that a family member\'s medicine was given late after they came into hospital. We have changed how the medicine chart shows medicines that need to be given at exact times, and staff now ask you what times work best at home.'],
  },
  {
    slug: 'handover',
    story: ['adult-inpatient', 'mental-health-inpatient'],
    services: ['adult-inpatient', 'emergency-department', 'mental-health-inpatient'],
    audience: ['nursing', 'medical', 'allied-health'],
    group: 'Patient Safety and Learning Group',
    titles: ['A structured handover sheet keeps outstanding tasks visible on {setting}', 'Handover of pending test results between day and night teams', 'Ambulance-to-emergency department handover uses one shared format'],
    goodTitles: ['A safety huddle at the start of each shift helped {setting} share risks quickly', 'Bedside handover involved patients and families in planning their day'],
    incidentTitles: ['Pending blood result not handed over between shifts on {setting}', 'Change in care plan not shared at handover', 'Delayed review after an outstanding task was not passed on'],
    summary: ['An outstanding blood test result on {setting} was not passed on between the day and night teams, which delayed a treatment change.', 'Handover now uses a structured sheet with a section for pending results and outstanding tasks.', 'The night team reviews the list of pending results at the start of the shift.'],
    happened: ['During {shift} on {setting}, a blood test was requested for a patient whose kidney function had changed, and the result was due after the day team left.', 'The handover was verbal and the pending result was not written on the handover sheet, which had no place for outstanding tasks.', 'The result became available in the early evening and was reviewed the following morning by a {role}, when the treatment was adjusted.', 'The patient\'s kidney function improved over the next two days and there was no lasting harm.'],
    learned: ['Verbal handover alone makes it hard to carry over tasks that are still in progress.', 'A handover sheet needs a clear place for pending results, outstanding reviews and escalation plans.', 'Handover works best when it happens at the same time and place, with interruptions kept to a minimum.', 'The incoming team benefits from checking the list of outstanding tasks together before starting their round.'],
    changed: ['A structured handover sheet with a section for pending results is now used on {setting}.', 'The electronic record lists outstanding results for each patient on the ward summary screen.', 'Handover takes place in a quiet room with a {role} holding the bleep during that time.', 'New doctors are shown the handover process during their ward induction.'],
    questions: ['Where would you record a result that is still pending when you hand over?', 'How does the incoming team confirm that every outstanding task has an owner?', 'What makes handover on your ward hard to complete, and what would help?'],
    actions: ['Introduce the structured handover sheet on all adult inpatient wards.', 'Add a pending results view to the ward summary screen of the electronic record.', 'Audit a sample of handovers for completeness of outstanding tasks.'],
    measures: ['Proportion of sampled handovers where all pending results were recorded', 'Staff survey score for confidence in handover'],
    public: ['When staff change shifts, they now use a written checklist so that test results still being waited for are passed on to the next team.'],
  },
  {
    slug: 'deteriorating-patient',
    story: ['adult-inpatient', 'emergency-department'],
    services: ['adult-inpatient', 'emergency-department', 'maternity'],
    audience: ['nursing', 'medical', 'midwifery'],
    group: 'Deteriorating Patient Group',
    titles: ['Repeat observations within the hour when the early warning score rises on {setting}', 'Escalation of a rising NEWS2 score out of hours', 'Recognising sepsis earlier in patients who are already on antibiotics'],
    goodTitles: ['A healthcare assistant escalated a small change in breathing that led to early treatment', 'The critical care outreach team supported early review on {setting}'],
    incidentTitles: ['Delayed escalation of a rising early warning score on {setting}', 'Late recognition of sepsis in a patient on oral antibiotics', 'Deterioration during transfer from the emergency department'],
    summary: ['A patient\'s early warning score on {setting} rose over several hours before a medical review took place.', 'Observation frequency now increases automatically in the electronic record when the score rises, and the nurse in charge sees an alert.', 'Staff are encouraged to escalate their concern even when the score is low.'],
    happened: ['A patient on {setting} had a NEWS2 score that rose from 2 to 5 over {n} hours during {shift}.', 'Observations were recorded on time, but the electronic record did not prompt an increase in their frequency.', 'The patient was reviewed by the critical care outreach team once the score reached 7, started on treatment for sepsis and moved to a higher level of care.', 'The patient recovered and went home after {weeks} weeks; the family raised questions about how quickly the change was acted on.'],
    learned: ['A rising score matters as much as a single high score, and the trend needs to be easy to see.', 'Escalation is easier when there is a clear, agreed route at night and at weekends.', 'Concern from a patient, family member or staff member is a valid reason to escalate, whatever the score.', 'Patients already on antibiotics can still develop sepsis, and the screening tool needs to be used for them too.'],
    changed: ['The electronic record now shows a trend graph of NEWS2 and increases the observation frequency when the score rises.', 'The nurse in charge receives an alert when any patient\'s score increases by 3 or more.', 'The critical care outreach team now attends the evening safety huddle on {setting}.', 'A "concern" option has been added to the observation chart to support escalation at any score.'],
    questions: ['How would you know that a patient\'s score had been rising slowly over your shift?', 'Who do you call at night when you are worried about a patient, and how quickly can they come?', 'How do you respond when a family member says their relative does not seem themselves?'],
    actions: ['Turn on NEWS2 trend graphs and automatic observation frequency in the electronic record.', 'Add the critical care outreach team to the evening safety huddle on adult wards.', 'Deliver simulation training on escalation of a rising early warning score.'],
    measures: ['Percentage of NEWS2 scores of 5 or more reviewed within one hour', 'Number of unplanned admissions to critical care after a delayed escalation'],
    public: ['We have made it easier for staff to see when someone is becoming more unwell, and we want to hear from you if you are worried that your relative is getting worse.'],
  },
  {
    slug: 'falls',
    story: ['adult-inpatient', 'mental-health-inpatient'],
    services: ['adult-inpatient', 'community-nursing', 'mental-health-inpatient'],
    audience: ['nursing', 'allied-health', 'managers'],
    group: 'Falls Steering Group',
    titles: ['Lying and standing blood pressure for older patients on {setting}', 'Call bells and walking aids within reach after every intervention', 'Bay supervision for patients at high risk of falling at night'],
    goodTitles: ['A multifactorial falls assessment on admission halved falls on {setting}', 'Therapy staff and nurses shared a daily falls huddle'],
    incidentTitles: ['Unwitnessed fall with hip fracture on {setting}', 'Fall at night while walking to the bathroom', 'Repeat falls in a patient with delirium'],
    summary: ['An older patient on {setting} fell at night while walking to the bathroom and broke their hip.', 'Patients at high risk of falling now have a bay supervised at all times, and the falls assessment includes lying and standing blood pressure.', 'Walking aids and call bells are placed within reach as part of every care round.'],
    happened: ['An older patient with a urinary infection was admitted to {setting} and was assessed as at high risk of falling.', 'During {shift} the patient got up to use the bathroom without their walking frame, which had been moved to make space for a procedure.', 'The patient fell, was found by a {role}, and was assessed using the post-fall checklist before being moved with lifting equipment.', 'An X-ray showed a hip fracture, and the patient had surgery the next day.'],
    learned: ['Walking aids and call bells are often moved for good reasons and then not put back.', 'Patients with infections and new confusion are at higher risk of falling at night.', 'A low blood pressure on standing can explain dizziness, and many patients had no recorded lying and standing measurement.', 'Regular toileting offers reduce the number of times patients get up alone.'],
    changed: ['The care round checklist now includes putting the walking aid and call bell back within reach.', 'A bay with patients at high risk of falling always has a member of staff present, using a shared rota.', 'Lying and standing blood pressure is part of the falls assessment for everyone over 65 on {setting}.', 'Falls sensor alarms are available from the equipment library at any time of day.'],
    questions: ['After you finish a task at the bedside, how do you check that the call bell and walking aid are within reach?', 'How is bay supervision arranged on your ward when the team is busy?', 'When did you last record a lying and standing blood pressure?'],
    actions: ['Add call bell and walking aid checks to the intentional rounding chart.', 'Introduce a bay supervision rota on adult wards with high falls risk patients.', 'Train ward staff in lying and standing blood pressure measurement.'],
    measures: ['Falls per 1,000 occupied bed days', 'Percentage of patients over 65 with a recorded lying and standing blood pressure'],
    public: ['We now check that walking frames and call bells are always within reach, and a member of staff stays in bays where people are more likely to fall.'],
  },
  {
    slug: 'pressure-ulcers',
    story: ['adult-inpatient'],
    services: ['adult-inpatient', 'community-nursing'],
    audience: ['nursing', 'allied-health'],
    group: 'Patient Safety and Learning Group',
    titles: ['Heel offloading for patients on bed rest on {setting}', 'Skin checks when patients wait a long time on trolleys', 'Pressure-relieving equipment delivered to the home within 24 hours'],
    goodTitles: ['A tissue viability link nurse network reduced category 2 pressure ulcers', 'Carers were shown how to check skin during home visits'],
    incidentTitles: ['Category 3 heel pressure ulcer developed on {setting}', 'Pressure damage after a long wait in the emergency department', 'Delay in delivery of a pressure-relieving mattress at home'],
    summary: ['A patient on bed rest developed a category 3 pressure ulcer on their heel on {setting}.', 'Heel offloading boots are now stocked on every ward and skin checks include heels at each repositioning.', 'The skin bundle prompts staff to record the condition of heels separately.'],
    happened: ['A patient recovering from surgery on {setting} was on bed rest for several days and had a pressure ulcer risk assessment on admission.', 'Repositioning was recorded every four hours, but the skin bundle did not prompt a separate check of the heels.', 'A {role} found a category 3 pressure ulcer on the right heel during a wash on day {n} of the stay.', 'The tissue viability team reviewed the patient the same day and a new care plan was started.'],
    learned: ['Heels are at particular risk in patients on bed rest, and they are easy to overlook under bedding.', 'Offloading boots need to be on the ward, not ordered once a need is seen.', 'Skin checks are quicker to complete when the chart names each area to look at.', 'Involving patients and families in skin checks helps spot changes early.'],
    changed: ['The skin bundle now lists heels, sacrum and other areas to check at each repositioning.', 'Every ward on the site keeps heel offloading boots in stock, checked weekly by the ward housekeeper.', 'The tissue viability team runs monthly teaching sessions for link nurses.', 'Patients and families are given a leaflet on skin checks on admission to {setting}.'],
    questions: ['How do you check a patient\'s heels when they are on bed rest?', 'Where is the nearest stock of heel offloading equipment on your ward?', 'How could you involve families in looking after a patient\'s skin?'],
    actions: ['Update the skin bundle chart with named areas to check.', 'Add heel offloading boots to the standard ward stock list.', 'Run link nurse training on heel pressure ulcer prevention.'],
    measures: ['Number of hospital-acquired category 3 and 4 pressure ulcers each quarter', 'Percentage of at-risk patients with a completed skin bundle'],
    public: ['We have made changes so that staff check the skin on your heels regularly if you need to stay in bed, and we keep special boots on every ward to protect them.'],
  },
  {
    slug: 'safeguarding',
    story: ['community-nursing'],
    services: ['community-nursing', 'emergency-department', 'maternity'],
    audience: ['all-staff', 'nursing', 'midwifery'],
    group: 'Safeguarding Adults Committee',
    titles: ['Asking about home circumstances at every community visit', 'Routine enquiry about domestic abuse in the antenatal period', 'Same-day safeguarding advice for staff working alone'],
    goodTitles: ['Noticing change at home led to a same-day safeguarding referral', 'A {role} used professional curiosity to support a carer under strain'],
    incidentTitles: ['Safeguarding concern recognised during a routine visit', 'Delay in sharing a safeguarding referral between services', 'Domestic abuse disclosure in the emergency department'],
    summary: ['A member of staff at {setting} noticed changes at home that suggested a patient and their carer needed more support.', 'Staff now have a prompt in the record to ask about changes at home and can reach the safeguarding team for same-day advice.', 'Referrals are shared with partner agencies through one agreed route.'],
    happened: ['During a routine visit by {setting}, a {role} noticed that the patient had lost weight and that the carer seemed exhausted.', 'With consent, the {role} discussed the concern with the safeguarding team and made a referral the same afternoon.', 'Partner agencies arranged a care package within a week and the carer was offered respite.', 'The patient and carer said they felt listened to and involved in the decision.'],
    learned: ['Professional curiosity is easier when staff know what is usual for a household.', 'Quick access to safeguarding advice helps staff act before leaving the home.', 'Involving the person and their carer keeps their trust and makes the plan work.', 'A prompt in the record gives a natural moment to ask about changes at home.'],
    changed: ['A prompt asking whether anything about the home or carer has changed is now part of every community visit record.', 'The safeguarding team offers a same-day advice line for staff working in the community.', 'Safeguarding supervision sessions now include examples of good practice.', 'Referral forms are shared with partner agencies through one secure route.'],
    questions: ['What would tell you that things had changed for a carer you visit?', 'Who would you call today for safeguarding advice, and how quickly could you reach them?', 'How do you involve the person and their carer when you have a concern?'],
    actions: ['Add the home circumstances prompt to the community visit template.', 'Publish the same-day safeguarding advice line on the staff intranet.', 'Include this case in safeguarding adults training for new starters.'],
    measures: ['Number of safeguarding referrals made with same-day advice', 'Staff confidence score in safeguarding supervision feedback'],
    public: ['If you look after someone and need support, please tell the staff who visit you: asking for help is always welcome.'],
  },
  {
    slug: 'discharge',
    story: ['adult-inpatient'],
    services: ['adult-inpatient', 'community-nursing', 'pharmacy'],
    audience: ['nursing', 'medical', 'pharmacy', 'patients-and-carers'],
    group: 'Patient Experience Group',
    titles: ['Talking to the main carer before discharge from {setting}', 'Discharge letters show stopped and changed medicines on the first page', 'Community teams receive discharge information before the first visit'],
    goodTitles: ['A discharge coordinator-led huddle improved weekend discharges', 'Medicines were explained to patients and carers before leaving {setting}'],
    incidentTitles: ['Complaint about discharge without informing the main carer', 'Community visit delayed after discharge information was not received', 'Changed medicine continued at home after discharge'],
    summary: ['A patient went home from {setting} without the main carer being told, and a stopped medicine was continued at home.', 'Wards now speak to the main carer before discharge and go through any changes to medicines together.', 'The discharge letter shows stopped and changed medicines on its first page.'],
    happened: ['A patient was discharged from {setting} by hospital transport after {n} days in hospital.', 'The main carer was not contacted before discharge and found out when the patient arrived home.', 'One medicine had been stopped in hospital; the change was in the discharge letter but not easy to find.', 'The community pharmacist noticed the change when the next supply was collected, and contacted the GP practice.'],
    learned: ['The discharge checklist asked whether the patient had a letter, not whether the person who manages their medicines understood it.', 'Carers often manage medicines at home and need to hear about changes directly.', 'Important changes are easy to overlook when they are not on the first page of a letter.', 'A short call after discharge can pick up questions early.'],
    changed: ['The nurse discharge checklist now asks whether the main carer has been told about discharge and any medicine changes.', 'Stopped and changed medicines are shown on the first page of the electronic discharge letter.', 'Patients with changed medicines are offered a follow-up call from a pharmacy technician.', 'The discharge lounge has a leaflet explaining what to expect after going home.'],
    questions: ['Who manages the medicines at home for the patients you discharge?', 'How would a carer find a stopped medicine in the discharge letter?', 'What questions do patients and carers ask you after they go home?'],
    actions: ['Add the main carer question to the nurse discharge checklist.', 'Move the medicines changes table to the first page of the discharge letter.', 'Offer a discharge medicines call within 48 hours for patients with changed medicines.'],
    measures: ['Percentage of sampled discharges where the main carer was informed', 'Number of calls made and issues found each month'],
    public: ['You said no one told you that your relative was going home. We did: nurses now speak to the main carer before someone goes home and go through any changes to medicines together.'],
  },
  {
    slug: 'communication',
    story: ['outpatients'],
    services: ['outpatients', 'adult-inpatient', 'emergency-department'],
    audience: ['all-staff', 'medical', 'nursing'],
    group: 'Patient Experience Group',
    titles: ['Interpreters booked for every appointment where one is needed', 'Clinic letters written to patients in plain language', 'Reasonable adjustments recorded and shared across services'],
    goodTitles: ['A plain-language clinic letter template was welcomed by patients', 'Using the patient passport helped {setting} plan care together'],
    incidentTitles: ['Appointment held without a needed interpreter', 'Complaint about a clinic letter that was hard to understand', 'Reasonable adjustments not shared between services'],
    summary: ['A patient attended {setting} without the interpreter they needed, and the appointment had to be rearranged.', 'The booking system now records the need for an interpreter and books one automatically.', 'Clinic letters are written to the patient in plain language.'],
    happened: ['A patient who uses British Sign Language arrived at {setting} for a planned appointment.', 'The need for an interpreter was written in a referral letter but not in the booking system, so no interpreter was booked.', 'The {role} apologised, and the appointment was rearranged for the following week with an interpreter present.', 'The patient made a complaint and was involved in reviewing the changes that followed.'],
    learned: ['Information about communication needs has to be in the place where bookings are made.', 'Repeating communication needs at every contact is tiring for patients, and a shared record avoids it.', 'Plain-language letters addressed to the patient are easier to understand and act on.', 'Reasonable adjustments work best when they are recorded once and shared across services.'],
    changed: ['The booking system has a field for communication needs that triggers an interpreter booking.', 'Clinic letters are now addressed to the patient, with a copy to the GP.', 'A reasonable adjustments flag is shared between inpatient, outpatient and community records.', 'Reception teams at {setting} have had deaf awareness training.'],
    questions: ['Where would you look to find out whether a patient needs an interpreter?', 'How would your last clinic letter read to the patient it was about?', 'What reasonable adjustments have you made recently, and how did you record them?'],
    actions: ['Add a communication needs field to the outpatient booking system.', 'Introduce the plain-language clinic letter template in all specialties.', 'Provide deaf awareness training for reception and booking teams.'],
    measures: ['Percentage of appointments needing an interpreter where one was booked', 'Patient survey score for understanding clinic letters'],
    public: ['You told us an interpreter was not booked for an appointment. We have changed our booking system so that your communication needs are recorded once and an interpreter is booked every time.'],
  },
  {
    slug: 'infection-prevention',
    story: ['adult-inpatient', 'theatres'],
    services: ['adult-inpatient', 'theatres', 'community-nursing'],
    audience: ['nursing', 'medical', 'estates'],
    group: 'Infection Prevention and Control Committee',
    titles: ['Daily review of peripheral cannulas on {setting}', 'Isolation decisions for patients with diarrhoea made within two hours', 'Cleaning of shared equipment between patients'],
    goodTitles: ['A ward-led cannula care bundle cut phlebitis on {setting}', 'Estates and nursing teams improved ventilation checks together'],
    incidentTitles: ['Audit of peripheral cannula care on adult wards', 'Delay in isolating a patient with diarrhoea on {setting}', 'Cluster of infections linked to shared equipment'],
    summary: ['An audit found that cannula checks on {setting} were recorded less often than the standard.', 'Cannula checks are now part of the routine observations round, with a daily prompt to review whether each cannula is still needed.', 'The cannula care bundle has been updated for the electronic record.'],
    happened: ['The infection prevention and control team audited peripheral cannulas on {setting} over {weeks} weeks.', 'A visual infusion phlebitis score was recorded at least daily for {pct}% of cannulas, against a target of 95%.', 'Some cannulas stayed in place for more than 72 hours without a recorded review of whether they were still needed.', 'No cannula-related bloodstream infections were found during the audit.'],
    learned: ['Checks on a separate screen are easy to overlook when there is no routine reason to open it.', 'Linking cannula checks to the observations round makes them part of normal work.', 'A daily question about whether a cannula is still needed leads to earlier removal.', 'Audit results are more useful when discussed with the staff who do the work.'],
    changed: ['Cannula checks now sit on the observations screen of the electronic record.', 'The daily review asks whether each cannula is still needed.', 'The cannula care bundle has been rewritten for the electronic record.', 'Audit results are shared at ward meetings each quarter.'],
    questions: ['When did you last check whether a patient still needed their cannula?', 'How do you record a cannula check on your ward?', 'What would make infection prevention checks easier to complete during a busy shift?'],
    actions: ['Move cannula checks to the observations screen of the electronic record.', 'Update the cannula care bundle and share it on the intranet.', 'Repeat the cannula audit in six months.'],
    measures: ['Percentage of cannulas with a daily recorded phlebitis score', 'Number of cannulas in place for more than 72 hours without review'],
    public: ['We have changed how nurses check drips in your arm, so that they are checked every day and removed as soon as they are no longer needed.'],
  },
  {
    slug: 'mental-health',
    story: ['mental-health-inpatient'],
    services: ['mental-health-inpatient', 'emergency-department', 'community-nursing'],
    audience: ['nursing', 'medical', 'allied-health'],
    group: 'Mental Health Patient Safety Group',
    titles: ['Observation level and leave status shown on the handover sheet of {setting}', 'Mental health assessment for people waiting in the emergency department', 'Safety planning with patients before leave from {setting}'],
    goodTitles: ['Co-produced safety plans helped patients prepare for leave', 'A peer support worker-led group reduced distress on {setting}'],
    incidentTitles: ['Change in observation level not shared at handover on {setting}', 'Long wait for mental health assessment in the emergency department', 'Patient left the ward without agreed leave'],
    summary: ['A change in a patient\'s observation level on {setting} was recorded in the notes but did not appear on the handover sheet.', 'Handover now uses a structured sheet that shows observation level, leave status and the time of the last risk review.', 'Handover is held as one meeting for the whole incoming team.'],
    happened: ['During {shift} on {setting}, a review increased a patient\'s observation level and paused their escorted leave.', 'The change was written in a progress note, but the handover sheet was a separate document that did not pull it through.', 'Handover that evening took place in two parts because of staffing, and part of the incoming team joined late.', 'The patient left the ward without agreed leave and was found safe by the police a few hours later.'],
    learned: ['Information that lives only in progress notes is hard to see at handover.', 'The handover sheet needs places for observation level, leave status and the last risk review.', 'Splitting handover into parts makes it harder for everyone to hear the same information.', 'Patients who have recently moved wards need extra attention at handover.'],
    changed: ['A structured handover sheet generated from the electronic record is used on all mental health wards.', 'Handover is held as one meeting, with cover arranged during it.', 'The therapeutic observation policy now describes how changes in risk are handed over.', 'Patients are involved in writing a safety plan before any leave.'],
    questions: ['Where does a change in risk get written on your ward, and how does it reach the next shift?', 'If you joined handover late, how would you find out what you had not heard?', 'How do you involve patients in planning their leave?'],
    actions: ['Introduce a structured handover sheet on all mental health wards.', 'Hold handover as one meeting for the whole incoming team.', 'Update the therapeutic observation and engagement policy.'],
    measures: ['Proportion of sampled handovers where observation level matched the record', 'Number of patients leaving the ward without agreed leave each quarter'],
    public: ['We have changed how staff pass on information between shifts on our mental health wards, so that everyone knows about changes in each person\'s care.'],
  },
  {
    slug: 'maternity',
    story: ['maternity'],
    settings: ['the labour ward', 'the midwife-led birth centre', 'the obstetric-led delivery suite'],
    services: ['maternity'],
    audience: ['midwifery', 'medical'],
    group: 'Maternity Governance Group',
    titles: ['Fresh eyes reviews of fetal heart monitoring every hour on {setting}', 'Escalation when a woman reports reduced fetal movements', 'Postnatal blood pressure checks after pre-eclampsia'],
    goodTitles: ['A multidisciplinary skills drill improved the response to obstetric emergencies', 'Continuity of carer helped a woman with anxiety feel safe in labour'],
    incidentTitles: ['Delay in escalating concerns about fetal heart monitoring', 'Reduced fetal movements reported by telephone', 'Raised postnatal blood pressure on {setting}'],
    summary: ['A concern about the fetal heart rate pattern on {setting} took longer than expected to reach the obstetric team.', 'Hourly fresh eyes reviews are now recorded on a standard sticker, with a clear escalation route.', 'Skills drills for obstetric emergencies are held monthly.'],
    happened: ['A woman in established labour on {setting} had continuous fetal heart monitoring.', 'The pattern changed gradually over {n} hours during {shift}, and the hourly fresh eyes review was not completed on two occasions because of workload.', 'A {role} escalated to the obstetric registrar, and an assisted birth followed soon afterwards.', 'The baby needed a short period of observation on the neonatal unit and went home with their parents.'],
    learned: ['Fresh eyes reviews are hard to protect when the labour ward is busy.', 'A standard way of recording the review makes it easier to complete and to check.', 'Escalation is clearer when the route and expected response time are agreed in advance.', 'Women and birthing people often notice changes first, and their concerns need to be heard.'],
    changed: ['Fresh eyes reviews use a standard sticker with prompts for escalation.', 'The coordinator checks that reviews are done during the hourly board round.', 'Monthly multidisciplinary skills drills cover fetal monitoring and escalation.', 'Information for women includes when and how to raise concerns in labour.'],
    questions: ['How do you make time for a fresh eyes review when the ward is busy?', 'Who do you escalate to, and how quickly can you expect them to respond?', 'How do you respond when a woman says something does not feel right?'],
    actions: ['Introduce the fresh eyes sticker on the labour ward and birth centre.', 'Schedule monthly multidisciplinary skills drills.', 'Audit completion of hourly fresh eyes reviews.'],
    measures: ['Percentage of hourly fresh eyes reviews completed', 'Attendance at multidisciplinary skills drills'],
    public: ['We have made changes so that a second midwife or doctor checks your baby\'s heart monitoring every hour in labour, and we want you to tell us if something does not feel right.'],
  },
  {
    slug: 'diagnostics',
    story: ['outpatients', 'emergency-department'],
    services: ['outpatients', 'emergency-department', 'adult-inpatient'],
    audience: ['medical', 'allied-health', 'managers'],
    group: 'Clinical Effectiveness Group',
    titles: ['Acknowledgement of unexpected imaging findings within seven days', 'Follow-up of incidental findings after an emergency department scan', 'Tracking of test results requested in outpatient clinics'],
    goodTitles: ['A radiographer-led alert for unexpected findings sped up follow-up', 'A results tracker helped {setting} close the loop on every test'],
    incidentTitles: ['Delayed follow-up of an unexpected finding on a chest X-ray', 'Incidental scan finding not followed up after discharge', 'Outpatient test result not acknowledged'],
    summary: ['An unexpected finding on an X-ray requested at {setting} was not followed up for several weeks.', 'Unexpected findings now generate an alert that must be acknowledged within seven days, with a safety net report to the lead clinician.', 'Results requested in clinic are tracked until they are acknowledged.'],
    happened: ['A chest X-ray was requested at {setting} for a patient with a persistent cough.', 'The report described an unexpected finding and recommended a further scan.', 'The result was filed without the recommendation being actioned, because the requesting clinician had moved to another rotation.', 'The finding was picked up {weeks} weeks later when the GP asked for an update, and the scan was arranged urgently.'],
    learned: ['Results need an owner even when the requesting clinician moves on.', 'An unexpected finding needs a different route from routine results.', 'A safety net that reports unacknowledged results is more reliable than relying on memory.', 'Patients can help by knowing which results to expect and when.'],
    changed: ['Unexpected findings generate an alert that must be acknowledged within seven days.', 'Unacknowledged alerts are reported weekly to the clinical lead for each specialty.', 'Results for clinicians who change rotation are reassigned to the consultant responsible.', 'Patients are told which results to expect and who will contact them.'],
    questions: ['How do you know that every result you requested has been seen and acted on?', 'What happens to your results when you move to a new rotation?', 'How do you tell patients what results to expect?'],
    actions: ['Switch on the unexpected findings alert in the results system.', 'Set up a weekly report of unacknowledged alerts for each specialty.', 'Agree a process for reassigning results when clinicians change rotation.'],
    measures: ['Percentage of unexpected findings acknowledged within seven days', 'Number of unacknowledged results older than 14 days'],
    public: ['We have a new system that makes sure unexpected results from scans and X-rays are seen and acted on quickly, and we now tell you which results to expect.'],
  },
  {
    slug: 'staff-wellbeing',
    story: ['emergency-department', 'adult-inpatient', 'theatres'],
    services: ['emergency-department', 'adult-inpatient', 'theatres'],
    audience: ['all-staff', 'managers'],
    group: 'Health and Wellbeing Steering Group',
    titles: ['Protected breaks on night shifts in {setting}', 'Debriefs after distressing events are offered within 72 hours', 'A rest space for staff on {setting}'],
    goodTitles: ['Team-led wellbeing huddles after difficult shifts', 'Trauma risk management practitioners supported staff after a major incident'],
    incidentTitles: ['Staff survey concerns about breaks on night shifts', 'Staff distress after a resuscitation attempt on {setting}', 'Risk assessment of staff fatigue in theatres'],
    summary: ['Staff on {setting} reported that breaks were often not taken on night shifts.', 'Breaks are now planned at the start of each shift with a named person covering, and a rest space has been set aside.', 'Debriefs after distressing events are offered within 72 hours.'],
    happened: ['The staff survey for {setting} showed that many staff often did not get a break during night shifts.', 'Staff described feeling tired at the end of shifts and worried about driving home.', 'A {role} led listening sessions with the team to understand what made breaks hard to take.', 'The team agreed changes that were tried for {weeks} weeks and then reviewed.'],
    learned: ['Breaks are more likely to happen when they are planned at the start of the shift.', 'Staff find it easier to rest when someone is named to cover their patients.', 'A quiet space away from the clinical area helps staff rest properly.', 'Talking about a distressing event soon afterwards helps staff process it.'],
    changed: ['Break times and cover are agreed at the start of each shift and written on the board.', 'A rest room with a reclining chair is available on {setting}.', 'Debriefs are offered within 72 hours of a distressing event.', 'Managers check at handover whether each member of staff has had a break.'],
    questions: ['When did you last take a full break on a night shift?', 'Who covers your patients when you take a break?', 'How does your team support each other after a difficult shift?'],
    actions: ['Introduce break planning at the start of each shift.', 'Set up a staff rest space on each emergency and acute ward.', 'Train trauma risk management practitioners in each division.'],
    measures: ['Percentage of staff reporting that they took a break on their last shift', 'Number of debriefs held after distressing events'],
    public: ['We are making sure our staff get proper breaks, because rested staff give safer care.'],
  },
  {
    slug: 'patient-experience',
    story: ['outpatients', 'emergency-department'],
    services: ['outpatients', 'adult-inpatient', 'maternity', 'emergency-department'],
    audience: ['all-staff', 'patients-and-carers'],
    group: 'Patient Experience Group',
    titles: ['Keeping patients informed while they wait in {setting}', 'Open visiting for carers of people living with dementia', 'Quiet hours at night on {setting}'],
    goodTitles: ['Volunteers helped patients at mealtimes on {setting}', 'A "what matters to you" board improved conversations with patients'],
    incidentTitles: ['Complaint about long waits without updates in {setting}', 'Carer unable to visit outside set hours', 'Noise at night affecting sleep on {setting}'],
    summary: ['Patients waiting in {setting} told us they did not know how long they would wait or why.', 'Wait times are now shown on a screen and a member of staff updates waiting patients every hour.', 'Patients are asked what matters to them during their stay.'],
    happened: ['A patient waited {n} hours in {setting} and was not told why the wait was so long.', 'The patient\'s family raised a complaint and asked to meet the team.', 'A {role} met the family, listened to their experience and apologised for the lack of information.', 'The family helped design the changes that followed.'],
    learned: ['Not knowing how long a wait will be is often more distressing than the wait itself.', 'Regular short updates help patients and families plan.', 'Families bring ideas that staff may not think of.', 'Asking what matters to each patient helps staff focus on what makes a difference.'],
    changed: ['Estimated waiting times are shown on a screen in {setting}.', 'A named member of staff updates waiting patients every hour.', 'Families can join "what matters to you" conversations.', 'Volunteers offer refreshments and help to patients who are waiting.'],
    questions: ['How do you keep patients informed when they are waiting?', 'What matters most to the patients you cared for today?', 'How could families help improve the care on your ward?'],
    actions: ['Install waiting time screens in outpatient areas.', 'Introduce hourly updates for patients waiting more than two hours.', 'Recruit volunteers to support waiting areas.'],
    measures: ['Friends and Family Test score for the department', 'Number of complaints about waiting and information'],
    public: ['You told us you did not know how long you would wait. We now show waiting times on a screen and a member of staff will update you every hour.'],
  },
];

/** Sentences that fit any theme, so bodies vary beyond the theme's own vocabulary. */
const GENERIC = {
  happened: [
    'The event was reported through the local risk management system on the same day by a {role}.',
    'The patient and their family were told what had happened and were offered a meeting with the team, in line with the duty of candour.',
    'The team on {setting} met the following week to talk through what happened and what had made the work difficult.',
    'Staffing on {setting} was at the planned level, but two patients needed one-to-one care during {shift}.',
    'The review included short conversations with the {role} and other staff on duty, who described how the work usually happens.',
    'The patient safety specialist supported the team to agree a proportionate learning response under PSIRF.',
    'Several similar events had been reported across the trust over the previous year, which suggested a system issue rather than a one-off.',
    'Information was available in the electronic record, but it was spread across several screens.',
    'The equipment needed was stored on another floor, which added time to each task.',
    'The family said they wanted the learning to be shared so that other patients would benefit.',
    'The ward had {n} admissions during {shift}, more than the usual number for that time of day.',
    'A {role} who was new to {setting} said the local process was different from the one used on their previous ward.',
    'The patient safety team looked at the last twelve months of reports and found a similar pattern on other wards.',
    'Staff said that the task was usually straightforward, but on that day several things happened at once.',
    'The electronic record had been updated a few months earlier, and some screens had moved.',
    'Members of the team described feeling supported by colleagues, and several offered ideas for change.',
    'The patient was kept informed throughout, and their questions were answered by the consultant in charge.',
    'The review team walked through the process on {setting} with staff to see how it worked in practice.',
    'The learning response was agreed at the weekly patient safety meeting within five working days.',
    'An immediate safety action was put in place while the review was under way.',
  ],
  learned: [
    'Work as done often differs from work as imagined, and talking to the staff involved showed why.',
    'Small changes to the design of forms and screens can make the safe choice the easy one.',
    'Sharing learning between wards helps teams avoid solving the same problem twice.',
    'Patients and families noticed things that staff did not, and involving them added to the learning.',
    'The same pressures were present on other wards, so changes need to be made across the trust.',
    'Staff were more willing to speak up when they knew concerns would be listened to and acted on.',
    'Checklists help most when they are short and built into work that already happens.',
    'Interruptions during complex tasks make them harder to complete safely.',
  ],
  changed: [
    'The learning was shared at the trust-wide patient safety huddle and in the staff bulletin.',
    'A seven-minute briefing was written and used at team meetings across the division.',
    'The change has been tested on one ward first and will be spread once the results are reviewed.',
    'The team will look at the measures again in three months to check the change has lasted.',
    'The relevant policy and training materials are being updated to describe the new process.',
    'Patients and families were invited to comment on the new leaflet before it was printed.',
  ],
  questions: [
    'What would make this easier to get right on your ward?',
    'If this happened on your shift tomorrow, what would you do differently?',
    'Who else could benefit from hearing about this learning?',
    'How would you know whether the change has made a difference?',
    'What do patients and families tell you about this part of their care?',
  ],
};

const FACTORS: Record<string, readonly string[]> = {
  person: [
    'The staff member was new to the ward and had not yet completed the local induction.',
    'The patient had new confusion, which made it harder for them to ask for help.',
    'The team knew the patient well and noticed a small change from their usual behaviour.',
  ],
  tasks: [
    'The checklist had no place to record the step, so it depended on memory.',
    'The task was usually done by another team, and the handover between teams was informal.',
    'Several steps had to be completed in a short time during the medicines round.',
  ],
  'tools-and-technology': [
    'The information was recorded on a screen of the electronic record that was not opened routinely.',
    'The alert in the electronic system looked the same as many routine alerts.',
    'The equipment needed was stored away from the clinical area.',
  ],
  organisation: [
    'Two staff vacancies on the ward were covered by bank staff who did not know the local process.',
    'The policy had not been updated since the move to electronic records.',
    'There was no agreed route for escalation out of hours.',
  ],
  'internal-environment': [
    'The bay was noisy and busy during the evening, with frequent interruptions.',
    'Lighting in the bay was low at night to help patients sleep.',
    'The ward layout meant some beds could not be seen from the nurses station.',
  ],
  'external-environment': [
    'Bed pressures across the region meant the patient had been moved between wards.',
    'A national shortage of one medicine meant an alternative product was in use.',
    'Demand on community services was higher than usual during the winter period.',
  ],
};

const SEIPS = Object.keys(FACTORS);

const SOURCE_TABLE: readonly (readonly [SourceKind, number])[] = [
  ['incident', 40],
  ['complaint', 15],
  ['good-care', 10],
  ['audit', 8],
  ['mortality-review', 6],
  ['claim', 4],
  ['inquest', 4],
  ['prevention-of-future-deaths', 2],
  ['external-review', 4],
  ['risk', 7],
];

const SOURCE_SYSTEMS: Record<SourceKind, string> = {
  incident: 'LFPSE',
  complaint: 'Complaints',
  claim: 'NHS Resolution',
  inquest: 'HM Coroner',
  'prevention-of-future-deaths': 'HM Coroner',
  'mortality-review': 'Structured judgement review',
  audit: 'Clinical audit',
  'external-review': 'External review',
  'good-care': 'Learning from Excellence',
  risk: 'Risk register',
};

const SOURCE_NOUN: Record<SourceKind, string> = {
  incident: 'Patient safety incident',
  complaint: 'Complaint',
  claim: 'Claim',
  inquest: 'Inquest',
  'prevention-of-future-deaths': 'Regulation 28 report',
  'mortality-review': 'Mortality review',
  audit: 'Audit',
  'external-review': 'External review',
  'good-care': 'Learning from excellence',
  risk: 'Risk',
};

const RESPONSE_TEXT: Record<string, string> = {
  'after-action-review': 'An after action review was held with the staff involved within two weeks.',
  'swarm-huddle': 'A swarm huddle was held on the ward soon after the event, while details were fresh.',
  'mdt-review': 'A multidisciplinary team review was held under the trust\'s patient safety incident response plan.',
  psii: 'A patient safety incident investigation (PSII) was carried out, led by a trained patient safety specialist.',
  'thematic-review': 'The event was included in a thematic review of similar events across the trust.',
  'local-review': 'The event was reviewed locally by the ward team and the patient safety team.',
  none: 'No formal learning response was needed; the report was discussed at the divisional governance meeting.',
};

const POLICY_TOPICS = [
  ['Clin', 'Medicines management policy'],
  ['Clin', 'Falls prevention and post-fall management policy'],
  ['Clin', 'Recognition and escalation of the deteriorating adult patient policy'],
  ['Clin', 'Pressure ulcer prevention and management policy'],
  ['Clin', 'Discharge and transfer of care policy'],
  ['Clin', 'Clinical handover policy'],
  ['IPC', 'Peripheral cannula care policy'],
  ['IPC', 'Isolation of patients with infections policy'],
  ['MH', 'Therapeutic observation and engagement policy'],
  ['MH', 'Leave for detained patients policy'],
  ['Mat', 'Fetal monitoring guideline'],
  ['Mat', 'Postnatal care guideline'],
  ['CorG', 'Safeguarding adults policy'],
  ['CorG', 'Interpreting and translation policy'],
  ['CorG', 'Patient safety incident response policy'],
  ['HR', 'Staff health and wellbeing policy'],
  ['Diag', 'Acknowledgement of diagnostic results policy'],
  ['Est', 'Medical devices management policy'],
] as const;

const POLICY_AUDIENCES = [
  'All staff and volunteers Trust wide',
  'All clinical staff working in adult inpatient areas, Trust wide',
  'All registered nurses, midwives and medical staff',
  'All staff working on mental health inpatient wards, including bank and agency staff',
  'Maternity staff, including bank and agency midwives',
  'Community nursing and therapy teams',
  'Pharmacy staff and all staff who prescribe, supply or give medicines',
];

const POLICY_CHANGES = [
  'Updated the escalation flowchart to show who to contact out of hours.',
  'Added a section on involving patients, families and carers.',
  'Aligned the wording with the Patient Safety Incident Response Framework.',
  'Moved the checklist into the electronic record and described where to find it.',
  'Clarified the responsibilities of bank and agency staff.',
  'Added a requirement to share changes in care at the next handover.',
  'Updated references to national guidance published since the last version.',
  'Added an equality impact assessment summary.',
  'Shortened the policy and moved detailed procedures into appendices.',
  'Added measures that the owner group will review each quarter.',
];

// ---------------------------------------------------------------------------------------------
// YAML and text helpers

const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 ,.()'/-]*$/;
const YAML_WORDS = new Set(['yes', 'no', 'true', 'false', 'null', 'on', 'off', 'y', 'n', '~']);

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON strings are valid YAML). */
function q(s: string): string {
  return PLAIN_SAFE.test(s) && !YAML_WORDS.has(s.toLowerCase()) ? s : JSON.stringify(s);
}

/** Wraps `text` into lines of at most `width` characters (words are never split). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (text.length - start > width) {
    let cut = text.lastIndexOf(' ', start + width);
    if (cut <= start) cut = text.indexOf(' ', start + width); // one word longer than a line
    if (cut === -1) break;
    lines.push(text.slice(start, cut));
    start = cut + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** `key: >-` followed by the text folded at `indent`; short text stays on one line. */
function folded(key: string, text: string, indent: string, width = 112): string {
  if (key.length + text.length + indent.length < width - 4) return `${indent}${key}: ${q(text)}\n`;
  // Block content must be indented past the key; for `- key:` the key sits two columns further in.
  const inner = `${indent}${key.startsWith('- ') ? '    ' : '  '}`;
  return `${indent}${key}: >-\n${wrap(text, width - inner.length).map((l) => inner + l).join('\n')}\n`;
}

interface Slots {
  setting: string;
  role: string;
  shift: string;
  n: number;
  pct: number;
  weeks: number;
}

function fill(template: string, s: Slots): string {
  return template
    .replace(/\b([Aa]) \{role\}/g, (_, a: string) => `${a}${/^[aeiou]/.test(s.role) ? 'n' : ''} ${s.role}`)
    .replace(/\{(setting|role|shift|n|pct|weeks)\}/g, (_, k: keyof Slots) => String(s[k]));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Draws `count` sentences from a theme pool and a generic pool without repeating until both are
 * used up, so that longer bodies (bodyScale > 1) keep varying instead of copying one paragraph.
 */
class Drawer {
  private bag: string[] = [];
  private readonly all: string[];
  constructor(
    private readonly rng: Rng,
    pools: readonly (readonly string[])[],
  ) {
    this.all = pools.flat();
  }
  draw(): string {
    if (this.bag.length === 0) this.bag = this.rng.sample(this.all, this.all.length);
    return this.bag.pop() as string;
  }
  many(count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.draw());
    return out;
  }
}

/** A rounded count scaled by bodyScale, at least 1. */
function scaled(base: number, scale: number): number {
  return Math.max(1, Math.round(base * scale));
}

// ---------------------------------------------------------------------------------------------
// The model of a generated repository

interface LessonPlan {
  id: string;
  created: number;
  theme: Theme;
  extraThemes: Theme[];
  service: Service;
  status: string;
  kind: 'improvement' | 'good-practice';
  sources: number[];
  policy?: number;
  slots: Slots;
}

interface IncidentPlan {
  id: string;
  reported: number;
  lessons: number[];
  listsLessons: boolean;
}

interface PolicyPlan {
  id: string;
  date: number;
  lessons: number[];
}

interface Entry {
  rel: string;
  /** The id's date, used to order commits. */
  date: number;
  text: string;
  kind: 'lesson' | 'incident' | 'policy';
}

const LESSON_STATUSES: readonly (readonly [string, number])[] = [
  ['draft', 10],
  ['in-review', 12],
  ['approved', 25],
  ['shared', 30],
  ['embedded', 16],
  ['archived', 7],
];

/** The range of `created` dates that suits each status (an embedded lesson is older than a draft). */
const CREATED_RANGE: Record<string, [string, string]> = {
  draft: ['2026-08-01', '2026-11-18'],
  'in-review': ['2026-06-01', '2026-11-12'],
  approved: ['2026-02-01', '2026-10-31'],
  shared: ['2025-09-01', '2026-10-15'],
  embedded: ['2025-01-06', '2026-05-29'],
  archived: ['2024-03-04', '2025-10-31'],
};

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

function compactDate(d: number): string {
  return iso(d).replace(/-/g, '');
}

class IdMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  make(prefix: string, d: number): string {
    for (;;) {
      let suffix = '';
      for (let i = 0; i < 4; i++) suffix += BASE36[this.rng.int(0, 35)];
      const id = `${prefix}-${compactDate(d)}-${suffix}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderConfig(): string {
  const list = (items: readonly string[]) => items.map((i) => `    - ${i}`).join('\n');
  return `# Synthetic benchmark repository written by tools/bench/generate.ts (fictional trust, no real data).
organisation: Fernbrook Valley NHS Foundation Trust
root: lessons

taxonomy:
  themes:
${list(THEMES.map((t) => t.slug))}
  services:
${list(SERVICES)}
  audiences:
${list(AUDIENCES)}

pii:
  patterns:
    - {name: hospital-number, pattern: "FVH[0-9]{7}"}

language:
  terms:
    - {phrase: "dropped the ball", suggestion: "describe what made the step hard to complete"}

policy:
  review_warning_days: 90

ids:
  prefix: {lesson: LL, incident: INC, policy: POL, just-culture-review: JC}
`;
}

function renderActions(rng: Rng, plan: LessonPlan): string {
  const count = rng.int(2, 4);
  const drawer = new Drawer(rng, [plan.theme.actions, ...plan.extraThemes.map((t) => t.actions)]);
  let out = 'actions:\n';
  const late = plan.status === 'embedded' || plan.status === 'archived';
  for (let i = 0; i < count; i++) {
    // Older lessons have mostly finished their actions; open work is always due after today.
    const status = rng.weighted<string>(
      late
        ? [['done', 8], ['cancelled', 1], ['in-progress', 1]]
        : plan.status === 'draft' || plan.status === 'in-review'
          ? [['open', 6], ['in-progress', 3], ['done', 1]]
          : [['open', 4], ['in-progress', 3], ['done', 3], ['cancelled', 0.3]],
    );
    const open = status === 'open' || status === 'in-progress';
    const due = open ? rng.int(TODAY + 7, TODAY + 330) : Math.min(LAST, plan.created + rng.int(14, 120));
    out += folded('- description', drawer.draw(), '  ');
    out += `    owner: ${q(owner(rng, plan.service))}\n`;
    out += `    due: ${iso(due)}\n`;
    out += `    status: ${status}\n`;
    if (rng.chance(0.6)) out += `    measure: ${q(rng.pick(plan.theme.measures))}\n`;
    if (status === 'done') out += `    completed: ${iso(Math.min(LAST, Math.max(plan.created, due - rng.int(0, 10))))}\n`;
  }
  return out;
}

function renderLesson(rng: Rng, bodyRng: Rng, plan: LessonPlan, incidents: IncidentPlan[], policies: PolicyPlan[], scale: number): string {
  const t = plan.theme;
  const s = plan.slots;
  const good = plan.kind === 'good-practice';
  const title = fill(rng.pick(good ? t.goodTitles : t.titles), s);
  const summary = t.summary.map((x) => fill(x, s)).join(' ');
  const themes = [t.slug, ...plan.extraThemes.map((x) => x.slug)];
  const services = [plan.service, ...rng.sample(t.services.filter((x) => x !== plan.service), rng.int(0, 1))];
  const audience = [...new Set([...rng.sample(t.audience, rng.int(2, 3)), ...(rng.chance(0.3) ? ['managers'] : [])])];

  // Dates in lifecycle order: created ≤ approved ≤ shared ≤ updated, all before today.
  const stage = ['draft', 'in-review', 'approved', 'shared', 'embedded'].indexOf(plan.status);
  const archivedStage = plan.status === 'archived' ? 3 : stage;
  let last = plan.created;
  let approvedOn = 0;
  const shared: [string, number][] = [];
  if (archivedStage >= 2) {
    approvedOn = Math.min(LAST, plan.created + rng.int(5, 30));
    last = approvedOn;
  }
  if (archivedStage >= 3) {
    const channels = rng.sample(['bulletin', 'seven-minute-briefing', 'team-meeting', 'notice-board', 'intranet', 'email', 'training', 'board-report', 'learning-event'], rng.int(2, 3));
    let d = approvedOn;
    for (const c of channels) {
      d = Math.min(LAST, d + rng.int(3, 21));
      shared.push([c, d]);
    }
    last = d;
  }
  const updated = Math.min(LAST, last + rng.int(0, 14));

  let fm = '---\n';
  fm += `id: ${plan.id}\ntype: lesson\n`;
  fm += `title: ${q(title)}\n`;
  fm += folded('summary', summary, '');
  fm += `kind: ${plan.kind}\nstatus: ${plan.status}\n`;
  fm += `created: ${iso(plan.created)}\nupdated: ${iso(updated)}\n`;
  fm += `themes: [${themes.join(', ')}]\n`;
  fm += `services: [${services.join(', ')}]\n`;
  fm += `audience: [${audience.join(', ')}]\n`;
  if (plan.sources.length) fm += `sources: [${plan.sources.map((i) => incidents[i].id).join(', ')}]\n`;
  if (plan.policy !== undefined) fm += `policies: [${policies[plan.policy].id}]\n`;
  fm += renderActions(rng, plan);
  if (approvedOn) fm += `approved_by: ${q(rng.pick([t.group, t.group, rng.pick(GROUPS)]))}\napproved_on: ${iso(approvedOn)}\n`;
  if (shared.length) {
    fm += 'shared:\n';
    for (const [c, d] of shared) fm += `  - {channel: ${c}, date: ${iso(d)}}\n`;
    // A shared lesson's check is still to come (lifecycle/evaluation-due) and an embedded one
    // records it (lifecycle/embedded). No extra random draws: the rest of the repository stays
    // exactly what the same seed gave before.
    const evaluateBy = last + rng.int(120, 240);
    fm += `evaluate_by: ${iso(plan.status === 'shared' && evaluateBy <= LAST ? LAST + 30 + (evaluateBy % 150) : evaluateBy)}\n`;
    if (plan.status === 'embedded') {
      const method = ['re-audit', 'observation', 'case-note review', 'staff survey'][last % 4];
      fm += `evaluation:\n  date: ${iso(Math.min(LAST, last + 90))}\n  method: ${method}\n  result: Measures met.\n`;
    }
  }
  if (archivedStage >= 3 && rng.chance(0.25)) {
    fm += 'public: true\n';
    fm += folded('public_summary', rng.pick(t.public), '');
  }
  fm += '---\n';
  return fm + renderLessonBody(bodyRng, plan, scale);
}

function renderLessonBody(rng: Rng, plan: LessonPlan, scale: number): string {
  const t = plan.theme;
  const s = plan.slots;
  const extra = plan.extraThemes;
  // The theme's story is told once; later paragraphs add context from the generic pool.
  const context = new Drawer(rng, [GENERIC.happened]);
  const learned = new Drawer(rng, [t.learned, ...extra.map((x) => x.learned), GENERIC.learned]);
  const changed = new Drawer(rng, [t.changed, ...extra.map((x) => x.changed), GENERIC.changed]);
  const questions = new Drawer(rng, [t.questions, ...extra.map((x) => x.questions), GENERIC.questions]);
  const bullet = (x: string) => wrap(`- ${fill(x, s)}`, 112).join('\n  ');

  let body = '\n## What happened\n\n';
  // The theme's own story first (it reads in order), then context sentences from the generic pool.
  const paragraphs = scaled(2, scale);
  for (let p = 0; p < paragraphs; p++) {
    const sentences = p === 0 ? t.happened.concat(context.many(1)) : context.many(rng.int(3, 5));
    body += wrap(sentences.map((x) => capitalise(fill(x, s))).join(' '), 112).join('\n') + '\n\n';
  }
  body += '## What we learned\n\n' + learned.many(scaled(rng.int(5, 6), scale)).map(bullet).join('\n') + '\n\n';
  body += '## What we changed\n\n' + changed.many(scaled(rng.int(4, 5), scale)).map(bullet).join('\n') + '\n\n';
  body += '## Questions for reflection\n\n' + questions.many(scaled(rng.int(3, 4), scale)).map(bullet).join('\n') + '\n';
  return body;
}

function renderIncident(rng: Rng, bodyRng: Rng, inc: IncidentPlan, lessons: LessonPlan[], scale: number): string {
  const first = lessons[inc.lessons[0]];
  const t = first.theme;
  const s = first.slots;
  const good = first.kind === 'good-practice';
  const source: SourceKind = good ? 'good-care' : rng.weighted(SOURCE_TABLE.filter(([k]) => k !== 'good-care'));
  const title = `${SOURCE_NOUN[source]}: ${fill(rng.pick(good ? t.goodTitles : t.incidentTitles), s).replace(/^./, (c) => c.toLowerCase())}`;
  const occurred = inc.reported - rng.int(0, 75);
  // Month precision is encouraged (docs/writing-entries.md); some sources record the exact date.
  const occurredText = rng.chance(0.8) ? iso(occurred).slice(0, 7) : iso(occurred);
  const physical = good ? 'none' : rng.weighted<string>([['none', 35], ['low', 35], ['moderate', 20], ['severe', 7], ['fatal', source === 'inquest' || source === 'prevention-of-future-deaths' || source === 'mortality-review' ? 20 : 1]]);
  const psychological = good ? 'none' : rng.weighted<string>([['none', 30], ['low', 40], ['moderate', 22], ['severe', 8]]);
  const response = good
    ? 'none'
    : physical === 'fatal' || physical === 'severe'
      ? rng.pick(['psii', 'mdt-review', 'thematic-review'])
      : rng.pick(['after-action-review', 'swarm-huddle', 'mdt-review', 'local-review', 'thematic-review']);
  const stage = Math.max(...inc.lessons.map((i) => ['draft', 'in-review', 'approved', 'shared', 'embedded', 'archived'].indexOf(lessons[i].status)));
  const status = stage >= 2 ? 'closed' : stage === 1 ? 'under-review' : 'open';
  const year = iso(inc.reported).slice(0, 4);

  let fm = '---\n';
  fm += `id: ${inc.id}\ntype: incident\n`;
  fm += `title: ${q(title)}\n`;
  fm += `source: ${source}\n`;
  fm += `occurred: "${occurredText}"\n`;
  fm += `reported: ${iso(inc.reported)}\n`;
  fm += `service: ${first.service}\n`;
  fm += `harm:\n  physical: ${physical}\n  psychological: ${psychological}\n`;
  fm += `response: ${response}\nstatus: ${status}\n`;
  // A closed source tells its reporter what was learned (feedback/missing). Derived, not drawn, so the
  // random stream (and every other generated value) is unchanged.
  if (status === 'closed') fm += `feedback: {date: ${iso(inc.reported + 30)}, channel: ${source === 'complaint' ? 'letter' : source === 'incident' ? 'reporting-system' : 'meeting'}}\n`;
  fm += 'external_refs:\n';
  // Flow mappings end at a comma, so their values are always quoted.
  fm += `  - {system: ${JSON.stringify(SOURCE_SYSTEMS[source])}, ref: "${source === 'incident' ? 'LFPSE' : 'REF'}-${year}-${String(rng.int(1, 99999)).padStart(5, '0')}"}\n`;
  if (rng.chance(0.5)) fm += `  - {system: Local risk system, ref: "W${String(rng.int(10000, 99999))}"}\n`;
  fm += 'contributory_factors:\n';
  for (const system of rng.sample(SEIPS, rng.int(2, 4))) {
    fm += `  - system: ${system}\n`;
    fm += folded('description', rng.pick(FACTORS[system]), '    ');
  }
  if (inc.listsLessons) fm += `lessons:\n${inc.lessons.map((i) => `  - ${lessons[i].id}`).join('\n')}\n`;
  fm += '---\n';

  const context = new Drawer(bodyRng, [GENERIC.happened]);
  let body = '\n## Summary\n\n';
  body += wrap(t.happened.concat(context.many(scaled(2, scale) - 1)).map((x) => capitalise(fill(x, s))).join(' '), 112).join('\n') + '\n\n';
  body += '## Learning response\n\n';
  body += wrap(`${RESPONSE_TEXT[response]} ${fill(context.draw(), s)}`, 112).join('\n') + '\n\n';
  body += '## Contributory factors\n\n';
  body += wrap(new Drawer(bodyRng, [GENERIC.learned]).many(scaled(2, scale)).join(' '), 112).join('\n') + '\n';
  return fm + body;
}

function renderPolicy(rng: Rng, bodyRng: Rng, pol: PolicyPlan, index: number, lessons: LessonPlan[], scale: number): string {
  const [area, name] = POLICY_TOPICS[index % POLICY_TOPICS.length];
  const serial = 100 + index; // distinct per policy, so references never clash
  const major = rng.int(2, 9);
  const status = rng.weighted<string>([['authorised', 70], ['consultation', 10], ['draft', 5], ['superseded', 10], ['withdrawn', 5]]);
  const reference = `FVT.${area}.${String(serial).padStart(3, '0')}.${String(major).padStart(2, '0')}`;
  const ratified = pol.date;

  let fm = '---\n';
  fm += `id: ${pol.id}\ntype: policy\n`;
  fm += `title: ${q(`${name} (version ${major}.0)`)}\n`;
  fm += `reference: ${reference}\n`;
  fm += `version: "${major}.0"\n`;
  fm += `replaces: FVT.${area}.${String(serial).padStart(3, '0')}.${String(major - 1).padStart(2, '0')}\n`;
  fm += `status: ${status}\n`;
  fm += `audience: ${q(rng.pick(POLICY_AUDIENCES))}\n`;
  fm += `author: ${q(owner(rng, rng.pick(SERVICES)))}\n`;
  fm += `owner_group: ${q(rng.pick(GROUPS))}\n`;
  if (status !== 'draft' && status !== 'consultation') {
    fm += `ratified_by: ${q(rng.pick(GROUPS))}\n`;
    fm += `ratified_on: ${iso(ratified)}\n`;
    fm += `implemented_on: ${iso(Math.min(LAST, ratified + rng.int(7, 28)))}\n`;
    // A three-year review cycle; authorised policies are dated so that review is well after today.
    fm += `review_date: ${iso(ratified + 3 * 365 + rng.int(0, 30))}\n`;
    fm += `distribution_date: ${iso(Math.min(LAST, ratified + rng.int(7, 35)))}\n`;
  }
  fm += `contact: ${q(`${rng.pick(GROUPS)} secretary, via the intranet contact form`)}\n`;
  if (pol.lessons.length) fm += `lessons:\n${pol.lessons.map((i) => `  - ${lessons[i].id}`).join('\n')}\n`;
  fm += '---\n';

  let body = '\n';
  body += wrap(`Sets out how staff apply the ${name.toLowerCase()} in day-to-day work, who is responsible for each step, and how the owner group checks that it is working.`, 112).join('\n') + '\n\n';
  body += '## Changes in this version\n\n';
  body += new Drawer(bodyRng, [POLICY_CHANGES]).many(scaled(3, scale)).map((x) => `- ${x}`).join('\n') + '\n';
  return fm + body;
}

// ---------------------------------------------------------------------------------------------
// Planning: who references whom, and when

function planRepository(rng: Rng, n: number) {
  const ids = new IdMaker(rng);
  const nIncidents = Math.floor(n / 2);
  const nPolicies = Math.floor(n / 20);

  const lessons: LessonPlan[] = [];
  for (let i = 0; i < n; i++) {
    const status = rng.weighted(LESSON_STATUSES);
    const [lo, hi] = CREATED_RANGE[status];
    const created = rng.int(day(lo), day(hi));
    const theme = rng.pick(THEMES);
    const extraThemes = rng.sample(THEMES.filter((t) => t !== theme), rng.int(0, 2));
    const service = rng.pick(theme.story);
    lessons.push({
      id: ids.make('LL', created),
      created,
      theme,
      extraThemes,
      service,
      status,
      kind: rng.chance(0.2) ? 'good-practice' : 'improvement',
      sources: [],
      slots: {
        setting: rng.pick(theme.settings ?? SETTINGS[service]),
        role: rng.pick(ROLES[service]),
        shift: rng.pick(SHIFTS),
        n: rng.int(3, 9),
        pct: rng.int(48, 89),
        weeks: rng.int(2, 8),
      },
    });
  }

  // Incident i is the source of lessons 2i and 2i+1, so every lesson but (for odd n) the last has a
  // source, and an incident that lists its lessons always gets the backlink.
  const incidents: IncidentPlan[] = [];
  for (let i = 0; i < nIncidents; i++) {
    const linked = [2 * i, 2 * i + 1].filter((j) => j < n);
    const earliest = Math.min(...linked.map((j) => lessons[j].created));
    const reported = earliest - rng.int(3, 45);
    for (const j of linked) lessons[j].sources.push(i);
    incidents.push({ id: ids.make('INC', reported), reported, lessons: linked, listsLessons: rng.chance(0.75) });
  }
  // Some lessons draw on a second, earlier source (which does not list them back: that is allowed).
  for (let j = 2; j < n; j++) {
    if (nIncidents > 1 && rng.chance(0.12)) {
      const other = rng.int(0, Math.min(nIncidents, Math.floor(j / 2)) - 1);
      if (!lessons[j].sources.includes(other)) lessons[j].sources.push(other);
    }
  }

  const policies: PolicyPlan[] = [];
  for (let i = 0; i < nPolicies; i++) {
    // Ratified from March 2024: with a three-year cycle every review date is after February 2027.
    const date = rng.int(day('2024-03-04'), day('2026-10-30'));
    policies.push({ id: ids.make('POL', date), date, lessons: [] });
  }
  if (nPolicies > 0) {
    for (let j = 0; j < n; j++) {
      if (!rng.chance(0.3)) continue;
      const p = rng.int(0, nPolicies - 1);
      lessons[j].policy = p;
      if (policies[p].lessons.length < 3) policies[p].lessons.push(j);
    }
  }
  return { lessons, incidents, policies };
}

/** A fictional NHS number from the 999 range with a correct check digit. */
function testNhsNumber(rng: Rng): string {
  for (;;) {
    const digits = [9, 9, 9, ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const sum = digits.reduce((acc, d, i) => acc + d * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const s = digits.join('') + String(check);
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

/** Turns a clean entry into a problem-heavy one (see GenerateOptions.problems). */
function addProblems(e: Entry, rng: Rng): void {
  if (e.kind === 'lesson') {
    if (rng.chance(0.95)) {
      e.text = e.text.replace(/( {4}due: )\d{4}-\d{2}-\d{2}(\n {4}status: (?:open|in-progress)\n)/, (_, a: string, b: string) => `${a}${iso(TODAY - rng.int(5, 240))}${b}`);
    }
    if (rng.chance(0.04)) {
      const id = rng.chance(0.5) ? `NHS number ${testNhsNumber(rng)}` : `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`;
      e.text = e.text.replace('\n## What we learned', `\nThe ward was called back on ${id} to check the plan.\n\n## What we learned`);
    }
  } else if (e.kind === 'policy' && rng.chance(0.7)) {
    e.text = e.text.replace(/(\nreview_date: )\d{4}-\d{2}-\d{2}/, (_, a: string) => `${a}${iso(TODAY + rng.int(-400, 60))}`);
  }
}

/**
 * A lesson whose body was written in Word and pasted in: Word's AutoFormat turns apostrophes and
 * quotes into curly ones and a spaced hyphen into an en dash. The front-matter is left as it is.
 */
function pastedFromWord(text: string): string {
  const end = text.indexOf('\n---\n', 4) + 5;
  const body = text
    .slice(end)
    .replace(/(\w)'(\w)/g, '$1\u2019$2')
    .replace(/"([^"\n]+)"/g, '\u201c$1\u201d')
    .replace(/ - /g, ' \u2013 ');
  return text.slice(0, end) + body;
}

function renderAll(rng: Rng, seed: number, n: number, scale: number): Entry[] {
  const { lessons, incidents, policies } = planRepository(rng, n);
  // Bodies draw from their own stream per entry, so that a longer body (bodyScale) never changes
  // the front-matter of this or any later entry: only body size differs between scales.
  let k = 0;
  const bodyRng = () => new Rng((seed ^ Math.imul(++k, 0x9e3779b1)) >>> 0);
  const entries: Entry[] = [];
  for (const l of lessons) {
    entries.push({ rel: `lessons/learning/${l.id}.md`, date: l.created, kind: 'lesson', text: renderLesson(rng, bodyRng(), l, incidents, policies, scale) });
  }
  for (const inc of incidents) {
    entries.push({ rel: `lessons/incidents/${inc.id}.md`, date: inc.reported, kind: 'incident', text: renderIncident(rng, bodyRng(), inc, lessons, scale) });
  }
  policies.forEach((p, i) => {
    entries.push({ rel: `lessons/policies/${p.id}.md`, date: p.date, kind: 'policy', text: renderPolicy(rng, bodyRng(), p, i, lessons, scale) });
  });
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Writing and git history

function writeEntries(dir: string, entries: readonly Entry[]): void {
  for (const e of entries) writeFileSync(path.join(dir, e.rel), e.text);
}

function git(dir: string, args: string[], env?: NodeJS.ProcessEnv): void {
  // -c options keep the user's global settings (signing, hooks) out of a throwaway repository.
  execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: dir,
    env: env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/**
 * Adds the entries in date order over `commits` commits spread through 2026, with a few commits
 * that update lessons already committed (as a lessons team does when actions progress).
 */
function buildHistory(dir: string, rng: Rng, entries: Entry[], commits: number): void {
  git(dir, ['-c', 'init.defaultBranch=main', 'init', '-q']);
  git(dir, ['config', 'user.name', 'Bench']);
  git(dir, ['config', 'user.email', 'bench@example.invalid']);

  const total = Math.max(1, commits);
  const updates = total >= 4 ? Math.max(1, Math.floor(total / 10)) : 0;
  const adds = total - updates;
  const ordered = entries.slice().sort((a, b) => a.date - b.date || (a.rel < b.rel ? -1 : 1));
  const perBatch = Math.ceil(ordered.length / adds);
  // Update commits sit evenly among the add commits, never first (there must be lessons to update).
  const updateAt = new Set<number>();
  for (let u = 0; u < updates; u++) updateAt.add(Math.floor(((u + 1) * total) / (updates + 1)));

  const start = day('2026-01-05');
  const span = day('2026-11-20') - start;
  let added = 0;
  const committedLessons: Entry[] = [];
  for (let c = 0; c < total; c++) {
    const when = `${iso(start + Math.floor((c * span) / Math.max(1, total - 1)))}T${String(9 + (c % 8)).padStart(2, '0')}:30:00Z`;
    let message: string;
    if (updateAt.has(c) && committedLessons.length > 0) {
      const chosen = rng.sample(committedLessons, Math.min(committedLessons.length, rng.int(3, 12)));
      const month = MONTHS[Number(when.slice(5, 7)) - 1];
      for (const e of chosen) {
        e.text = e.text.replace('\n\n## Questions for reflection', `\n- Progress was reviewed at the divisional governance meeting in ${month} 2026.\n\n## Questions for reflection`);
        writeFileSync(path.join(dir, e.rel), e.text);
      }
      message = `Record progress on ${chosen.length} lessons`;
    } else {
      const batch = ordered.slice(added, added + perBatch);
      added += batch.length;
      writeEntries(dir, batch);
      for (const e of batch) if (e.kind === 'lesson') committedLessons.push(e);
      message = `Add ${batch.length} entries`;
    }
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', message], { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  }
  // Any entries left over (more entries than batches could hold) go into one last commit.
  if (added < ordered.length) {
    writeEntries(dir, ordered.slice(added));
    git(dir, ['add', '-A']);
    const when = '2026-11-20T17:30:00Z';
    git(dir, ['commit', '-q', '-m', `Add ${ordered.length - added} entries`], { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  }
}

/** Writes a synthetic lessons repository into `dir` (created if needed). */
export function generateRepository(dir: string, opts: GenerateOptions): { files: number } {
  const n = Math.max(0, Math.floor(opts.lessons));
  const scale = opts.bodyScale ?? 1;
  const seed = opts.seed ?? 20261121;
  const rng = new Rng(seed);
  const entries = renderAll(rng, seed, n, scale);
  if (opts.problems) {
    const problemRng = new Rng((seed ^ 0x5eed5eed) >>> 0);
    for (const e of entries) addProblems(e, problemRng);
    // Its own stream, so that the problems above are the same with or without it.
    const wordRng = new Rng((seed ^ 0x3d0c3d0c) >>> 0);
    for (const e of entries) if (e.kind === 'lesson' && wordRng.chance(1 / 3)) e.text = pastedFromWord(e.text);
  }

  for (const sub of ['learning', 'incidents', 'policies']) mkdirSync(path.join(dir, 'lessons', sub), { recursive: true });
  writeFileSync(path.join(dir, 'lessons.config.yaml'), renderConfig());
  if (opts.git) buildHistory(dir, rng, entries, opts.git.commits);
  else writeEntries(dir, entries);
  return { files: entries.length };
}
