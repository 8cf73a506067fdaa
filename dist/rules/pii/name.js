/**
 * `pii/name`: a person's name, in the body or in any front-matter value. Found four ways:
 *
 *   - a title or honorific with a name: "Mrs McAllister", "Dr Okonkwo", "Dr A. B. Varga";
 *   - a staff role or grade with a name or initials: "Matron Ingram", "Charge Nurse Tom
 *     Whitfield", "HCA Bev", "Physiotherapist Ana Lopes", "Charge Nurse T.W.";
 *   - a given name and a surname, both in the name dictionary: "Dennis Hale", "Lena Hart";
 *   - a name after a cue: "patient name:", "Dear", "son/daughter/wife of", "signed", "From:".
 *
 * And `people fields` (owner, approved_by, ...), which must hold a role, flag any name in them (people-fields.ts):
 * "Ward Manager, Ward 4" passes, "Lena Hart, Ward Manager" and "Ingram" do not.
 *
 * It stays quiet on roles alone ("the ward manager", "Sister on duty"), anonymised initials
 * ("Mrs A"), eponyms (Parkinson's disease, Glasgow Coma Scale, Waterlow score), drugs and
 * devices, wards, hospitals, places and organisations named after people ("Nightingale Ward",
 * "the John Radcliffe", "William Harvey Hospital"), and months and weekdays.
 *
 * The dictionary (names.txt, built from two npm packages by tools/build-names.mjs) is read on
 * first use; titles, roles and cues need no dictionary where the context is clear.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAllowed } from '../text.js';
import { fold } from './fold.js';
import { BEYOND_LATIN1, oneByte } from './one-byte.js';
/**
 * The name dictionary (names.txt: given names after "# given", then the other names after
 * "# other", each section sorted; every name counts as a surname). Building sets of its 52,000
 * names costs about 18 ms, which a run over a few files never earns back, so it is first searched
 * where it lies (a binary search of each sorted section of the text) and made into sets only once
 * it has been asked many times. Either way the answers are the same.
 */
export class NameDictionary {
    setsAfter;
    text;
    /** Each section as [from, to) of the text: given names, then the others. */
    given;
    other;
    sets;
    asked = 0;
    constructor(text, 
    /** After this many questions, the dictionary is made into sets (cheaper per question). */
    setsAfter = SETS_AFTER) {
        this.setsAfter = setsAfter;
        this.text = text;
        const g = text.indexOf('\n# given\n') + 9;
        const o = text.indexOf('\n# other\n');
        this.given = [g, o];
        this.other = [o + 9, text.length];
    }
    has(word, givenOnly) {
        if (!this.sets && ++this.asked > this.setsAfter)
            this.sets = { given: this.lines(this.given), other: this.lines(this.other) };
        if (this.sets)
            return this.sets.given.has(word) || (!givenOnly && this.sets.other.has(word));
        if (word === '' || word.includes('\n'))
            return false; // no line is empty or holds a line break
        return this.search(this.given, word) || (!givenOnly && this.search(this.other, word));
    }
    lines([from, to]) {
        return new Set(this.text.slice(from, to).split('\n').filter((l) => l !== ''));
    }
    /**
     * Binary search of a sorted section (sorted by UTF-16 code units, as `<` compares strings), by
     * offset in the text: the line round the middle of what is left is compared, and the search goes
     * on before its start or after its end. No table of line starts is made (that cost 3 ms of
     * every run that reads a name).
     */
    search([from, to], word) {
        const text = this.text;
        let lo = from;
        let hi = to;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const start = Math.max(lo, text.lastIndexOf('\n', mid - 1) + 1);
            let end = text.indexOf('\n', start);
            if (end === -1 || end > hi)
                end = hi;
            const name = text.slice(start, end);
            if (name === word)
                return true;
            if (name < word)
                lo = end + 1;
            else
                hi = start;
        }
        return false;
    }
}
const SETS_AFTER = 3000;
let dictionary;
function names() {
    return (dictionary ??= new NameDictionary(readFileSync(fileURLToPath(new URL('./names.txt', import.meta.url)), 'utf8')));
}
const words = (s) => s.trim().split(/\s+/).map((w) => w.toLowerCase());
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
    scottish british polish black white brown grey gray star sun moon river bank down baby boy girl man woman
    nurse doctor sir madam colleague colleagues coroner friend friends everyone dear kind regards best thanks sincerely yours signed
    the and or but for with from into onto at on in of to by as is was are were be been this that these those there here then than when
    what who why how where which while after before during since until about above below under over again also only just not no yes
    our your their his her its we you they he she it us them my me
    room window door desk station office bench block call daily delay every fall falls hold how leader plain quick record risk roles small
    stock story test train valley wait work you co an forum steering estates`),
]);
/**
 * Everyday words that are also given names or surnames ("Grace", "Mark", "Wood", "Rose"). On
 * their own, or as a role's name, they are not read as names; in a pair they count when the other
 * word is a name and not one of these ("Grace Okonkwo", "Janice Wood"; not "Holly Bank").
 */
const SOFT = new Set(words(`rose holly ivy hazel iris daisy jasmine willow heather primrose lavender poppy maple oak ash elm birch rowan cedar beech laurel
    summer autumn winter spring dawn eve faith hope grace joy will mark bill sue pat frank rich chase sterling gill kay ray stone brook wood
    field moss marsh bell christian hart hale baker cook porter mason carter hunter fisher turner parker page rice black green hill king`));
/** Words after a name that make it a place, an organisation, an award or an eponym. */
const AFTER_NOT_PERSON = new Set(words(`hospital hospitals university infirmary centre center unit ward wards wing building house hall clinic surgery practice trust foundation
    healthcare health medical institute school college hospice home court lodge suite theatre room lounge library award awards lecture
    fellowship prize memorial street road lane avenue close drive way place square park gardens estate
    syndrome disease disorder score scale sign signs test tests line lines catheter tube criteria rule rules classification chart tool
    manoeuvre maneuver procedure position needle forceps frame collar splint bandage stocking stockings pump pumps bed mattress hoist
    palsy phenomenon reflex fracture lymphoma sarcoma tumour tumor ulcer node nodes method technique protocol model framework questionnaire
    inquiry report review principles guidance pathway programme program system systems ltd limited plc inc group medical healthcare`));
/** Places and organisations that look like a given name and a surname. */
const NOT_PERSON_PAIRS = new Set(words(`milton_keynes stoke_mandeville becton_dickinson johnson_johnson smith_nephew alder_hey whipps_cross charing_cross kings_mill
    james_paget james_cook john_radcliffe william_harvey george_eliot queen_elizabeth princess_royal florence_nightingale alexandra_palace
    lister_unit arjo_huntleigh hill_rom fisher_paykel b_braun`));
/** A name token (for people fields): capitalised, with Mc/Mac/O'/D' forms, apostrophes and hyphenated parts. */
const TOKEN = "(?:(?:Mc|Mac|O['’]|D['’]|De|Van|Le)?\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*)";
const TOKEN_ONLY = new RegExp(`^${TOKEN}$`, 'u');
/** Cues after which a capitalised word is a name, dictionary or not. */
const STRONG_CUES = ['hi', 'hello', 'patient name', "patient's name", 'patient’s name', 'name of patient', 'name of the patient', 'name of the deceased', 'full name', 'name', 'dear', 'signed', 'signed by', 'signature', 'written by', 'known as', 'named', 'sent by'];
/** E-mail headers: cues only with their colon. */
const HEADERS = ['from', 'to', 'cc', 'bcc'];
/** Cues after which a dictionary name is a person: relations and sign-offs. */
const CUES = [
    ...['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'partner', 'widow', 'widower', 'brother', 'sister', 'niece', 'nephew', 'grandson', 'granddaughter', 'friend', 'neighbour', 'carer'].flatMap((w) => [`${w} of`, w]),
    'regards', 'sincerely', 'thanks', 'wishes', 'seen by', 'reviewed by', 'reported by', 'witnessed by', 'escalated to', 'handed over to', 'spoke to', 'spoke with', 'called', 'rang', 'paged', 'bleeped',
];
/** A title and a word that are an organisation or a show, not a person. */
const TITLE_NOT_PERSON = new Set(['dr foster', 'dr who', 'miss saigon', 'mr men', 'dr martens']);
/** Each trigger (lower case, words joined by one space) and what it is; the longest is tried first. */
const TRIGGERS = new Map([
    ...CUES.map((c) => [c, 'cue']),
    ...STRONG_CUES.map((c) => [c, 'strong']),
    ...HEADERS.map((c) => [c, 'header']),
    ...ROLES.map((r) => [r.toLowerCase(), 'role']),
    ...TITLES.map((t) => [t.toLowerCase(), 'title']),
]);
const TITLE_SET = new Set(TITLES);
/**
 * A capitalised token: a word ("Whitfield", "McAllister", "O'Neill", "Varga-Nagy"), an acronym or
 * grade ("HCA", "ST3"), or an initial ("T."). Letters before it ("eGFR") are checked in code.
 */
const CAP = "[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017E](?:['’]\\p{Lu}\\p{Ll}+|\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’-]\\p{Lu}?\\p{Ll}+)*(?:['’]s)?|[\\p{Lu}\\d]+|\\.?)(?![\\p{L}\\d])";
const CAP_FIRST = '[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017E]';
/**
 * Only capitalised tokens that can matter are read: the first of two or more in a row ("Dear
 * Ruth", "Matron Ingram", "Dennis Hale", "R. Ingram"), then the rest of that run; and a single
 * one after a lower-case cue ("son of Mark", "regards, Ruth", "From: Ruth"). A sentence's first
 * word on its own costs one failed look-ahead.
 */
// Not after a letter, digit, apostrophe or hyphen (`LETTER`): inside a word a token never starts,
// and without this check a long run of capitals ("AAAA…") was rescanned to its end from each of
// its letters, which took quadratic time (issue 11.2).
const RUN_START_RE = new RegExp(`(?<![\\p{L}\\d'’-])${CAP}(?=(?:\\.\\s?|\\s)${CAP_FIRST})`, 'gu');
const RUN_NEXT_RE = new RegExp(`(?:\\.\\s?|\\s)(${CAP})`, 'uy');
const LETTER = /[\p{L}\d'’-]/u;
/**
 * What every match of RUN_START_RE holds: a capital, the rest of its token (never a space), then
 * "." or a space and another capital. Without `u` and property classes it stays fast on text with
 * characters beyond Latin-1 (V8 keeps such strings in two bytes a character), where RUN_START_RE
 * is some twenty times slower than on Latin-1 text: problem messages quote “…” and ’. There it is
 * tried first; on Latin-1 text, where RUN_START_RE is fast and most texts hold a pair, it is not.
 */
const PAIR_HINT = new RegExp(`${CAP_FIRST}\\S*[.\\s]${CAP_FIRST}`);
/** Words a strong cue is followed by that are not names. */
const CUE_STOP = new Set(words('sir madam colleague colleagues all team coroner friends everyone family patient ward the a an this that me us him her them it'));
const MESSAGE = (found) => `This looks like a person's name (${found.replace(/(\p{L})[\p{L}'’-]*/gu, '$1***')}). Write the role instead (e.g. "the ward manager", "the patient's husband"): a lesson must not identify anyone.`;
/** Whether a token (as written) is a name in the dictionary and not an everyday word. */
function isName(token, given = false, soft = false) {
    const bare = token.length > 2 && token[token.length - 1] === 's' && (token[token.length - 2] === "'" || token[token.length - 2] === '’') ? token.slice(0, -2) : token;
    const lower = bare.toLowerCase();
    if (NOT_NAME.has(lower) || (!soft && SOFT.has(lower)))
        return false;
    const dict = names();
    if (dict.has(bare, given))
        return true;
    // Hyphenated surnames: every part a name.
    return bare.includes('-') && bare.split('-').every((p) => dict.has(p, given));
}
/** The word after `end` in `text`, lower case. */
function nextWord(text, end) {
    const m = /^['’]s\b|^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
    if (!m)
        return '';
    if (m[0].startsWith("'") || m[0].startsWith('’')) {
        const after = /^['’]s\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
        return after ? after[1].toLowerCase() : '';
    }
    return m[1].toLowerCase();
}
function previousWord(text, start) {
    const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
    return m ? m[1].toLowerCase() : '';
}
/** A name that is a place, an award or an eponym by what follows it ("... Hospital", "...'s disease"). */
function namesAThing(text, end, token) {
    if (/['’]s$/.test(token)) {
        const w = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
        return !!w && AFTER_NOT_PERSON.has(w[1].toLowerCase());
    }
    return AFTER_NOT_PERSON.has(nextWord(text, end));
}
/** The up to three words before `pos` (lower case), and whether a colon came straight before `pos`. */
function wordsBefore(text, pos) {
    const out = [];
    let i = pos - 1;
    let colon = false;
    let punct = false;
    // Spaces and one punctuation mark (":" "," "-") between the cue and the name; `punct` is a comma or a dash.
    while (i >= 0 && (text[i] === ' ' || text[i] === ':' || text[i] === ',' || text[i] === '-')) {
        if (text[i] === ':')
            colon = true;
        if (text[i] === ',' || text[i] === '-')
            punct = true;
        i--;
    }
    while (out.length < 3 && i >= 0) {
        const end = i + 1;
        while (i >= 0 && /[\p{L}\d'’&]/u.test(text[i]))
            i--;
        if (i + 1 === end)
            break;
        out.unshift(text.slice(i + 1, end));
        if (text[i] !== ' ')
            break; // words of one trigger are separated by single spaces
        i--;
    }
    return { words: out, colon, punct };
}
/** The last word of every trigger: the cheap test before the words are read. */
const LAST_WORDS = new Set([...TRIGGERS.keys()].map((t) => t.slice(t.lastIndexOf(' ') + 1)));
const LAST_WORD_SHAPES = new Set([...LAST_WORDS].map((w) => shape(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)));
const LAST_WORD_LENGTH = { min: Math.min(...[...LAST_WORDS].map((w) => w.length)), max: Math.max(...[...LAST_WORDS].map((w) => w.length)) };
/**
 * A capitalised token alone after the last word of a cue ("regards, Ruth", "From: Ruth", "son of
 * Mark", "spoke to Ruth"): every capital after a space, kept when the word before it ends a cue.
 */
// The look-behind passes over a capital after a space whose word before cannot be a cue: after
// ". " or "(", wordJustBefore reads no word (it reads letters, digits and apostrophes, skipping
// spaces and ":,-"), so such a capital was always passed over. (At the capital, not before the
// space: a look-behind first would be tried at every space.) Each match is two characters, a space
// and a capital, so no two overlap and dropping some leaves the others where they were.
const SINGLE_START_RE = new RegExp(` ${CAP_FIRST}(?<=[A-Za-z0-9'’ :,-]..)`, 'g');
const CAP_AT_RE = new RegExp(CAP, 'uy');
/** Where the word just before `pos` is (skipping spaces and one of ":,-"): [start, end). */
function wordBefore(text, pos) {
    let i = pos - 1;
    while (i >= 0) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 58 || c === 44 || c === 45)
            i--;
        else
            break;
    }
    const end = i + 1;
    while (i >= 0) {
        const code = text.charCodeAt(i);
        const lower = code | 32; // ASCII letters in lower case
        if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 39 || code === 0x2019)
            i--;
        else
            break;
    }
    return [i + 1, end];
}
/** The word just before `pos` (skipping spaces and one of ":,-"), lower case. */
function wordJustBefore(text, pos) {
    const [start, end] = wordBefore(text, pos);
    return text.slice(start, end).toLowerCase();
}
/**
 * Whether the word just before `pos` (as wordJustBefore reads it) ends a trigger: the same test
 * as LAST_WORDS.has(wordJustBefore(text, pos)), without making the word when its length rules it
 * out (most capitals follow a word that is too short or too long to end a cue, or none).
 */
function endsTrigger(text, pos) {
    const [start, end] = wordBefore(text, pos);
    const length = end - start;
    if (length < LAST_WORD_LENGTH.min || length > LAST_WORD_LENGTH.max)
        return false;
    if (!LAST_WORD_SHAPES.has(shape(text.charCodeAt(start), text.charCodeAt(end - 1), length)))
        return false;
    return LAST_WORDS.has(text.slice(start, end).toLowerCase());
}
/**
 * A word's first and last characters (ASCII letters in lower case, as toLowerCase makes them) and
 * its length, as one number: a word whose shape no last word has is not one, and is not made.
 */
function shape(first, last, length) {
    const lower = (c) => (c >= 65 && c <= 90 ? c + 32 : c);
    return (lower(first) * 0x10000 + lower(last)) * 64 + length;
}
/**
 * Puts `tokens` in order of start, when tokens[0, count) and tokens[count, …) are each in order
 * and no two share a start (what sorting them by start gives, in one pass).
 */
function mergeInOrder(tokens, count) {
    const runs = tokens.slice(0, count);
    const singles = tokens.slice(count);
    let a = 0;
    let b = 0;
    for (let k = 0; k < tokens.length; k++)
        tokens[k] = b >= singles.length || (a < runs.length && runs[a].start < singles[b].start) ? runs[a++] : singles[b++];
}
/** Whether `start` is the start of one of the first `count` tokens, which are in order of start. */
function isRunStart(tokens, count, start) {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < count && tokens[lo].start === start;
}
/** The trigger that ends just before `pos`, if any. */
function triggerBefore(text, pos) {
    if (!endsTrigger(text, pos))
        return undefined;
    const { words, colon, punct } = wordsBefore(text, pos);
    for (let k = Math.min(3, words.length); k >= 1; k--) {
        const written = words.slice(words.length - k);
        const kind = TRIGGERS.get(written.join(' ').toLowerCase());
        if (!kind)
            continue;
        // Titles only as written ("Ms", "Dr"; not "ms" or "dr"); the rest in any case.
        if (kind === 'title' && !TITLE_SET.has(written[0]))
            continue;
        // A title or a role is followed by the name ("Matron Ingram"); after a comma it is a role on its own ("Lead Nurse, Acute Kidney Injury").
        if (punct && (kind === 'title' || kind === 'role'))
            continue;
        return { kind, colon };
    }
    return undefined;
}
const isInitial = (t) => /^\p{Lu}\.?$/u.test(t);
/** Every name the text rule finds in `text`. */
export function findNames(original, allow = []) {
    // Everything is read from `text`: the original, or the same text in one byte a character (see
    // oneByte). What is reported (the found name, the allow list) is taken from the original.
    const text = oneByte(original);
    const tokens = [];
    if (!BEYOND_LATIN1.test(text) || PAIR_HINT.test(text)) {
        // A plain loop rather than execAll: no generator step per capital pair.
        RUN_START_RE.lastIndex = 0;
        for (let m = RUN_START_RE.exec(text); m; m = RUN_START_RE.exec(text)) {
            if (m.index > 0 && LETTER.test(text[m.index - 1]))
                continue;
            tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
            // The rest of the run (up to five tokens).
            RUN_NEXT_RE.lastIndex = m.index + m[0].length;
            for (let more = 0; more < 4; more++) {
                const n = RUN_NEXT_RE.exec(text);
                if (!n)
                    break;
                const start = RUN_NEXT_RE.lastIndex - n[1].length;
                tokens.push({ start, end: RUN_NEXT_RE.lastIndex, text: n[1] });
            }
            RUN_START_RE.lastIndex = Math.max(RUN_START_RE.lastIndex, tokens[tokens.length - 1].end);
        }
    }
    const single = tokens.length;
    // A capital already read as part of a run is not read again. The runs' tokens are in order of
    // start, so a binary search finds one (searching the list for each cue made many cues, "Dr A Dr
    // A …", quadratic: issue 11.2); the single tokens added below come in order of start too, each
    // after the last, so none can be met again.
    SINGLE_START_RE.lastIndex = 0;
    while (SINGLE_START_RE.test(text)) {
        const start = SINGLE_START_RE.lastIndex - 1;
        if (!endsTrigger(text, start) || isRunStart(tokens, single, start))
            continue;
        CAP_AT_RE.lastIndex = start;
        const t = CAP_AT_RE.exec(text);
        if (t)
            tokens.push({ start, end: start + t[0].length, text: t[0] });
    }
    if (tokens.length === 0)
        return [];
    if (tokens.length > single)
        mergeInOrder(tokens, single);
    const out = [];
    const push = (start, end) => {
        let found = original.slice(start, end);
        const possessive = /['’]s$/.exec(found);
        if (possessive)
            found = found.slice(0, -2);
        if (found.length < 2 || isAllowed(original, start, found.length, allow))
            return;
        out.push({ rule: 'pii/name', index: start, length: found.length, message: MESSAGE(found) });
    };
    /** Whether token k+1 follows token k as part of one name (a space, or an initial's dot and a space). */
    const joined = (k) => {
        const a = tokens[k];
        const b = tokens[k + 1];
        if (!b || b.start - a.end > 2)
            return false;
        const gap = text.slice(a.end, b.start);
        return gap === ' ' || (gap === '' && a.text.endsWith('.')) || (a.text.length === 1 && (gap === '.' || gap === '. '));
    };
    for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        const trigger = triggerBefore(text, t.start);
        if (trigger) {
            // The name: this token and up to two more joined to it (initials do not count).
            let last = k;
            while (last - k < 3 && joined(last) && !NOT_NAME.has(tokens[last + 1].text.toLowerCase()))
                last++;
            const parts = tokens.slice(k, last + 1).map((p) => p.text);
            const named = parts.filter((p) => !isInitial(p));
            const initials = parts.length - named.length;
            let ok = false;
            switch (trigger.kind) {
                case 'title':
                    if (TITLE_NOT_PERSON.has(`${wordJustBefore(text, t.start)} ${t.text}`.toLowerCase()))
                        break;
                    // "Mrs A": one initial is how reports anonymise; two initials or a name identify.
                    ok = named.length > 0 ? !CUE_STOP.has(named[0].toLowerCase()) && !/^[\p{Lu}\d]+$/u.test(named[0]) : initials >= 2;
                    break;
                case 'role':
                    ok = named.length > 0 ? named.some((p) => isName(p)) || (named.length > 1 && named.some((p) => isName(p, false, true))) : initials >= 2 && /^(?:\p{Lu}\.\s?){2,3}$/u.test(text.slice(t.start, tokens[last].end).trim());
                    break;
                case 'strong':
                    ok = named.length > 0 && !NOT_NAME.has(named[0].toLowerCase()) && !CUE_STOP.has(named[0].toLowerCase()) && !/^[\p{Lu}\d]+$/u.test(named[0]);
                    break;
                case 'header':
                    ok = trigger.colon && named.some((p) => isName(p));
                    break;
                case 'cue':
                    ok = named.length > 0 && !CUE_STOP.has(named[0].toLowerCase()) && named.some((p) => isName(p));
                    break;
            }
            // Drop a last token that is not a name ("Ruth Ingram Sent").
            while (ok && last > k && !isInitial(tokens[last].text) && !isName(tokens[last].text, false, true) && trigger.kind !== 'title' && !(trigger.kind === 'role' && last === k + 1 && !isName(tokens[k].text)))
                last--;
            if (ok && !namesAThing(text, tokens[last].end, tokens[last].text)) {
                push(t.start, tokens[last].end + (named.length === 0 && text[tokens[last].end] === '.' ? 1 : 0));
                k = last;
                continue;
            }
        }
        // A given name and a surname (perhaps with a middle initial or name), both in the dictionary;
        // or an initial and a surname ("D. Nowak").
        if (!joined(k) || /['’]s$/.test(t.text))
            continue;
        const initialFirst = isInitial(t.text) && text[t.end - 1] === '.' || (isInitial(t.text) && text[t.end] === '.');
        if (!initialFirst && !isName(t.text, true, true))
            continue;
        const givenSoft = !initialFirst && SOFT.has(t.text.toLowerCase());
        let s = k + 1;
        if (!initialFirst && isInitial(tokens[s].text) && joined(s))
            s++;
        const surname = tokens[s];
        if (!surname || (s > k + 1 && !joined(s - 1)) || !isName(surname.text, false, !givenSoft && !initialFirst))
            continue;
        if (initialFirst && (SOFT.has(surname.text.toLowerCase()) || NOT_PERSON_PAIRS.has(`${t.text[0]}_${surname.text}`.toLowerCase())))
            continue;
        if (NOT_PERSON_PAIRS.has(`${t.text}_${surname.text.replace(/['’]s$/, '')}`.toLowerCase()))
            continue;
        // A third name ("Peter John Walsh").
        if (joined(s) && !/['’]s$/.test(surname.text) && isName(tokens[s + 1].text, false, true) && !namesAThing(text, tokens[s + 1].end, tokens[s + 1].text))
            s++;
        const end = tokens[s];
        if (previousWord(text, t.start) === 'the' || namesAThing(text, end.end, end.text))
            continue;
        push(t.start, end.end);
        k = s;
    }
    return dedupe(out);
}
/** Overlapping finds (a role rule and a pair rule on the same name): the longest at each place. */
function dedupe(found) {
    if (found.length < 2)
        return found;
    found.sort((a, b) => a.index - b.index || b.length - a.length);
    const out = [];
    let end = -1;
    for (const f of found) {
        if (f.index < end)
            continue;
        out.push(f);
        end = f.index + f.length;
    }
    return out;
}
export const nameRule = {
    folded: true,
    rules: [{ id: 'pii/name', severity: 'error', description: 'A person\'s name (a title, role or grade with a name, a given name and surname, a name after "Dear" or "patient name:"; people fields must hold a role).' }],
    compile(config) {
        const allow = config.pii.allow;
        return (text) => findNames(text, allow);
    },
};
/** Whether a people field's value holds a name rather than a role: any dictionary name in it. */
export function nameInRoleField(value) {
    const text = fold(value).text;
    if (findNames(text).length)
        return undefined; // the text rule reports it already
    // A part of the value (between commas, semicolons, "and", brackets) made only of names.
    for (const part of text.split(/[,;()/&]|\s+(?:and|or)\s+/)) {
        const tokens = part.trim().split(/\s+/).filter((t) => !/^\p{Lu}\.?$/u.test(t));
        if (tokens.length === 0 || tokens.length > 3)
            continue;
        if (tokens.every((t) => TOKEN_ONLY.test(t) && isName(t)))
            return part.trim();
    }
    return undefined;
}
