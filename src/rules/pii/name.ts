/**
 * `pii/name`: a person's name, in the body or in any front-matter value. Found four ways:
 *
 *   - a title or honorific with a name: "Mrs McAllister", "Dr Okonkwo", "Dr A. B. Varga";
 *   - a staff role or grade with a name or initials: "Matron Ingram", "Charge Nurse Tom
 *     Whitfield", "HCA Bev", "Physiotherapist Ana Lopes", "Charge Nurse T.W.";
 *   - a given name and a surname, both in the name dictionary: "Dennis Hale", "Lena Hart";
 *   - a name after a cue: "patient name:", "Dear", "son/daughter/wife of", "signed", "From:".
 *
 * And `people fields` (owner, approved_by, ...), which must hold a role, flag any name in them:
 * "Ward Manager, Ward 4" passes, "Lena Hart, Ward Manager" and "Ingram" do not.
 *
 * It stays quiet on roles alone ("the ward manager", "Sister on duty"), anonymised initials
 * ("Mrs A"), eponyms (Parkinson's disease, Glasgow Coma Scale, Waterlow score), drugs and
 * devices, wards, hospitals, places and organisations named after people ("Nightingale Ward",
 * "the John Radcliffe", "William Harvey Hospital"), and months and weekdays.
 *
 * The dictionary (names.txt, built from two npm packages by scripts/build-names.mjs) is read on
 * first use; titles, roles and cues need no dictionary where the context is clear.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PathSegment } from '../../repo/frontmatter.js';
import { isRecord } from '../../util/values.js';
import type { TextMatch, TextRule } from '../text.js';
import { execAll, isAllowed } from '../text.js';
import type { FileRule } from '../types.js';
import { fold } from './fold.js';

/**
 * Front-matter fields that must hold a role or a group, never a person (at any depth: an action's
 * `owner` too). The one list: the schema's role fields.
 */
export const PEOPLE_FIELDS: readonly string[] = ['owner', 'approved_by', 'author', 'owner_group', 'ratified_by', 'facilitator', 'reviewed_by', 'reported_by', 'lead'];

let dictionary: { all: Set<string>; given: Set<string> } | undefined;
/** The name dictionary, read on first use: every name, and those known to be given names. */
function names(): { all: Set<string>; given: Set<string> } {
  if (!dictionary) {
    const text = readFileSync(fileURLToPath(new URL('./names.txt', import.meta.url)), 'utf8');
    dictionary = { all: new Set(), given: new Set() };
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      const name = tab === -1 ? line : line.slice(0, tab);
      dictionary.all.add(name);
      if (tab !== -1) dictionary.given.add(name);
    }
  }
  return dictionary;
}

const words = (s: string) => s.trim().split(/\s+/).map((w) => w.toLowerCase());

/** Titles and honorifics: a capitalised word after one is a name, dictionary or not. */
const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Revd', 'Rev', 'Reverend', 'Fr', 'Cllr'];

/** Staff roles and grades that are put in front of a name. */
const ROLES = [
  'Charge Nurse', 'Staff Nurse', 'Student Nurse', 'Senior Nurse', 'Nurse', 'Sister', 'Matron', 'Midwife', 'Student Midwife', 'Ward Manager',
  'Deputy Sister', 'Physiotherapist', 'Physio', 'Occupational Therapist', 'Therapist', 'Pharmacist', 'Pharmacy Technician', 'Technician', 'Porter',
  'HCA', 'HCSW', 'Healthcare Assistant', 'Support Worker', 'Paramedic', 'Practitioner', 'ANP', 'ACP', 'ODP', 'Consultant', 'Registrar', 'SpR', 'SHO',
  'FY1', 'FY2', 'F1', 'F2', 'ST1', 'ST2', 'ST3', 'ST4', 'ST5', 'ST6', 'ST7', 'ST8', 'CT1', 'CT2', 'CT3', 'GP', 'Surgeon', 'Anaesthetist', 'Radiographer',
  'Sonographer', 'Dietitian', 'Receptionist', 'Chaplain', 'Doctor', 'Coroner', 'PC', 'DC', 'DS', 'Sgt', 'Advocate', 'Social Worker', 'Carer',
];

/**
 * Words that are never read as a name on their own (without a title), though many are in the
 * dictionary: roles, places, organisations, months, weekdays, colours and everyday words that
 * start sentences and headings.
 */
const NOT_NAME = new Set([
  ...ROLES.flatMap(words),
  ...words(`january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    ward wards bay bed beds unit suite theatre theatres clinic hospital hospitals infirmary centre center trust board group team teams panel committee
    service services department directorate division care health royal queen king prince princess park hill green general county city mill
    street road lane house hall court lodge wing building block floor level gate way bridge cross north south east west central upper lower
    great little new old saint st head lead deputy senior junior staff night day early late long short major minor high low all son
    daughter husband wife mother father partner brother sister family patient patients carer safety quality medicines medicine pharmacy
    governance learning review incident report policy summary action actions owner manager director chief officer nursing medical clinical
    surgical acute critical intensive emergency urgent community mental maternity neonatal paediatric adult older young english welsh irish
    scottish british polish black white brown grey gray rose holly ivy hazel iris daisy jasmine willow heather primrose lavender poppy maple
    oak ash elm birch rowan cedar beech laurel summer autumn winter spring dawn eve faith hope grace joy will mark bill sue pat frank rich chase
    sterling gill kay ray stone brook wood field moss marsh star sun moon river bank bell down christian baby boy girl man woman
    nurse doctor sir madam colleague colleagues coroner friend friends everyone dear kind regards best thanks sincerely yours signed
    the and or but for with from into onto at on in of to by as is was are were be been this that these those there here then than when
    what who why how where which while after before during since until about above below under over again also only just not no yes
    our your their his her its we you they he she it us them my me
    room window door desk station office bench block call daily delay every fall falls hold how leader plain quick record risk roles small
    stock story test train valley wait work you co an forum steering estates`),
]);

/** Words after a name that make it a place, an organisation, an award or an eponym. */
const AFTER_NOT_PERSON = new Set(
  words(`hospital hospitals university infirmary centre center unit ward wards wing building house hall clinic surgery practice trust foundation
    healthcare health medical institute school college hospice home court lodge suite theatre room lounge library award awards lecture
    fellowship prize memorial street road lane avenue close drive way place square park gardens estate
    syndrome disease disorder score scale sign signs test tests line lines catheter tube criteria rule rules classification chart tool
    manoeuvre maneuver procedure position needle forceps frame collar splint bandage stocking stockings pump pumps bed mattress hoist
    palsy phenomenon reflex fracture lymphoma sarcoma tumour tumor ulcer node nodes method technique protocol model framework questionnaire
    inquiry report review principles guidance pathway programme program system systems ltd limited plc inc group medical healthcare`),
);
/** Places and organisations that look like a given name and a surname. */
const NOT_PERSON_PAIRS = new Set(
  words(`milton_keynes stoke_mandeville becton_dickinson johnson_johnson smith_nephew alder_hey whipps_cross charing_cross kings_mill
    james_paget james_cook john_radcliffe william_harvey george_eliot queen_elizabeth princess_royal florence_nightingale alexandra_palace
    lister_unit arjo_huntleigh hill_rom fisher_paykel`),
);

/** A name token: capitalised, with Mc/Mac/O'/D' forms, apostrophes and hyphenated parts. */
const TOKEN = "(?:(?:Mc|Mac|O['’]|D['’]|De|Van|Le)?\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*)";
const TOKEN_ONLY = new RegExp(`^${TOKEN}$`, 'u');
const INITIALS = '(?:\\p{Lu}\\.\\s?){2,3}';
const caseless = (w: string) => (/^[A-Z][a-z]/.test(w) ? `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}` : w);
const alternation = (list: readonly string[]) =>
  [...list].sort((a, b) => b.length - a.length).map((w) => w.split(' ').map(caseless).join('\\s+')).join('|');

const TITLE_RE = new RegExp(`(?<![\\p{L}\\d])(?:${TITLES.join('|')})\\.?\\s+((?:\\p{Lu}\\.?\\s?){0,3}${TOKEN}(?:\\s+${TOKEN})?|${INITIALS})`, 'gu');
const ROLE_RE = new RegExp(`(?<![\\p{L}\\d])(?:${alternation(ROLES)})\\s+(${INITIALS}|(?:\\p{Lu}\\.?\\s)?${TOKEN}(?:\\s+${TOKEN})?)`, 'gu');
const PAIR_RE = new RegExp(`(?<![\\p{L}\\d'’-])(${TOKEN})\\s+(?:\\p{Lu}\\.?\\s+)?(${TOKEN})`, 'gu');
/** Cues after which a capitalised word is a name (strong: dictionary or not). */
const STRONG_CUE_RE = new RegExp(
  `(?<![\\p{L}])(?:[Pp]atient(?:['’]s)?\\s+name|[Nn]ame\\s+of\\s+(?:the\\s+)?(?:patient|deceased)|[Ff]ull\\s+name|[Nn]ame|[Dd]ear|[Ss]igned(?:\\s+by)?|[Ss]ignature|[Ww]ritten\\s+by|[Kk]nown\\s+as|[Nn]amed|From|To|Cc|Bcc|Sent\\s+by)\\s*[:,]?\\s+((?:\\p{Lu}\\.?\\s?){0,2}${TOKEN}(?:\\s+${TOKEN})?)`,
  'gu',
);
/** Cues after which a dictionary name is a person: relations and sign-offs. */
const CUES = [
  ...['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'partner', 'widow', 'widower', 'brother', 'sister', 'niece', 'nephew', 'grandson', 'granddaughter', 'friend', 'neighbour', 'carer'].flatMap((w) => [`${w} of`, w]),
  'regards', 'sincerely', 'thanks', 'wishes', 'seen by', 'reviewed by', 'reported by', 'witnessed by', 'escalated to', 'handed over to', 'spoke to', 'spoke with', 'called', 'rang', 'paged', 'bleeped',
];
const CUE_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(CUES)})\\s*[:,]?\\s+(${TOKEN}(?:\\s+${TOKEN})?)`, 'gu');
/** Words a strong cue is followed by that are not names. */
const CUE_STOP = new Set(words('sir madam colleague colleagues all team coroner friends everyone family patient ward the a an this that me us him her them it'));

const MESSAGE = (found: string) =>
  `This looks like a person's name (${found.replace(/(\p{L})[\p{L}'’-]*/gu, '$1***')}). Write the role instead (e.g. "the ward manager", "the patient's husband"): a lesson must not identify anyone.`;

/** Whether a token (as written) is a name in the dictionary and not an everyday word. */
function isName(token: string, given = false): boolean {
  const bare = token.replace(/['’]s$/, '');
  if (NOT_NAME.has(bare.toLowerCase())) return false;
  const dict = given ? names().given : names().all;
  if (dict.has(bare)) return true;
  // Hyphenated surnames: every part a name.
  return bare.includes('-') && bare.split('-').every((p) => dict.has(p));
}

/** The word after `end` in `text`, lower case. */
function nextWord(text: string, end: number): string {
  const m = /^['’]s\b|^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
  if (!m) return '';
  if (m[0].startsWith("'") || m[0].startsWith('’')) {
    const after = /^['’]s\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
    return after ? after[1].toLowerCase() : '';
  }
  return m[1].toLowerCase();
}
function previousWord(text: string, start: number): string {
  const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m ? m[1].toLowerCase() : '';
}
/** A name that is a place, an award or an eponym by what follows it ("... Hospital", "...'s disease"). */
function namesAThing(text: string, end: number, token: string): boolean {
  if (/['’]s$/.test(token)) {
    const w = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
    return !!w && AFTER_NOT_PERSON.has(w[1].toLowerCase());
  }
  return AFTER_NOT_PERSON.has(nextWord(text, end));
}

/** Trims a captured name to its name tokens: "Ruth Ingram Sent" → "Ruth Ingram" when "Sent" is not a name. */
function trimName(captured: string, dictionaryOnly: boolean): string {
  const parts = captured.split(/\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    if (NOT_NAME.has(last.toLowerCase()) || (dictionaryOnly && !isName(last))) return parts.slice(0, -1).join(' ');
  }
  return captured;
}

/** Every name the text rule finds in `text`. */
export function findNames(text: string, allow: readonly string[] = []): TextMatch[] {
  const out: TextMatch[] = [];
  const push = (index: number, found: string) => {
    if (found.length < 2 || isAllowed(text, index, found.length, allow)) return;
    out.push({ rule: 'pii/name', index, length: found.length, message: MESSAGE(found) });
  };
  if (/(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Fr|Cllr)/u.test(text)) {
    for (const m of execAll(TITLE_RE, text)) {
      let name = m[1];
      // "Mrs A": one initial is how reports anonymise; two or more initials, or a name, identify.
      if (/^\p{Lu}\.?$/u.test(name.trim())) continue;
      if (CUE_STOP.has(name.split(/\s+/)[0].toLowerCase())) continue;
      name = trimName(name, false);
      const start = m.index + m[0].length - m[1].length;
      if (namesAThing(text, start + name.length, name)) continue;
      push(start, name.replace(/['’]s$/, ''));
    }
  }
  for (const m of execAll(ROLE_RE, text)) {
    const captured = m[1];
    const start = m.index + m[0].length - captured.length;
    if (!/^\p{Lu}\./u.test(captured) || /^\p{Lu}\.\s?\p{Lu}\./u.test(captured)) {
      const parts = captured.split(/\s+/);
      const initials = /^(?:\p{Lu}\.\s?){2,3}$/u.test(captured.trim());
      const nameParts = parts.filter((p) => !/^\p{Lu}\.?$/u.test(p));
      if (!initials && (nameParts.length === 0 || !isName(nameParts[0]))) {
        ROLE_RE.lastIndex = start;
        continue;
      }
      const name = initials ? captured.trim() : trimName(captured, true);
      if (!initials && namesAThing(text, start + name.length, name)) continue;
      push(start, name.replace(/['’]s$/, ''));
    }
  }
  for (const re of [STRONG_CUE_RE, CUE_RE]) {
    for (const m of execAll(re, text)) {
      const captured = m[1];
      const start = m.index + m[0].length - captured.length;
      const parts = captured.split(/\s+/).filter((p) => !/^\p{Lu}\.?$/u.test(p));
      const first = parts[0] ?? '';
      if (CUE_STOP.has(first.toLowerCase())) continue;
      const strong = re === STRONG_CUE_RE;
      // "To:" and "From:" are cues only as e-mail headers (with the colon).
      if (strong && /^(?:To|From|Cc|Bcc)\b/.test(m[0]) && !/^(?:To|From|Cc|Bcc):/.test(m[0])) continue;
      if (!parts.some((p) => isName(p)) && !(strong && !NOT_NAME.has(first.toLowerCase()) && /^(?:[Pp]atient|[Nn]ame|[Dd]ear|[Ss]ign|[Ff]ull)/.test(m[0]))) continue;
      const name = trimName(captured, !strong);
      if (namesAThing(text, start + name.length, name)) continue;
      push(start, name.replace(/['’]s$/, ''));
    }
  }
  for (const m of execAll(PAIR_RE, text)) {
    const [, given, surname] = m;
    const surnameAt = m.index + m[0].length - surname.length;
    if (!isName(given, true) || !isName(surname) || /['’]s$/.test(given)) {
      PAIR_RE.lastIndex = m.index + given.length;
      continue;
    }
    if (NOT_PERSON_PAIRS.has(`${given}_${surname.replace(/['’]s$/, '')}`.toLowerCase())) continue;
    if (previousWord(text, m.index) === 'the' || namesAThing(text, surnameAt + surname.length, surname)) continue;
    push(m.index, m[0].replace(/['’]s$/, ''));
  }
  return dedupe(out);
}

/** Overlapping finds (a role rule and a pair rule on the same name): the longest at each place. */
function dedupe(found: TextMatch[]): TextMatch[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: TextMatch[] = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    out.push(f);
    end = f.index + f.length;
  }
  return out;
}

export const nameRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/name', severity: 'error', description: 'A person\'s name (a title, role or grade with a name, a given name and surname, a name after "Dear" or "patient name:"; people fields must hold a role).' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => findNames(text, allow);
  },
};

/** Whether a people field's value holds a name rather than a role: any dictionary name in it. */
export function nameInRoleField(value: string): string | undefined {
  const text = fold(value).text;
  if (findNames(text).length) return undefined; // the text rule reports it already
  // A part of the value (between commas, semicolons, "and", brackets) made only of names.
  for (const part of text.split(/[,;()/&]|\s+(?:and|or)\s+/)) {
    const tokens = part.trim().split(/\s+/).filter((t) => !/^\p{Lu}\.?$/u.test(t));
    if (tokens.length === 0 || tokens.length > 3) continue;
    if (tokens.every((t) => TOKEN_ONLY.test(t) && isName(t))) return part.trim();
  }
  return undefined;
}

/** People fields that must hold a role (a file rule: it needs the field's name). */
export const peopleFieldsRule: FileRule = {
  rules: [],
  check(ctx) {
    if (!ctx.data) return;
    const walk = (value: unknown, path: PathSegment[], field: string | undefined) => {
      if (typeof value === 'string' && field) {
        const name = nameInRoleField(value);
        if (name) {
          ctx.report({
            rule: 'pii/name',
            path,
            needle: name,
            message: `"${field}" must hold a role or a group (e.g. "Ward Manager, Ward 7"), and this looks like a person's name (${name[0]}***). Write the role instead.`,
          });
        }
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], field));
      else if (isRecord(value)) for (const k in value) walk(value[k], [...path, k], PEOPLE_FIELDS.includes(k) ? k : undefined);
    };
    walk(ctx.data, [], undefined);
  },
};
