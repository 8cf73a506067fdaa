/**
 * Identifiable data v2 (issue 10): the new rules, wider layouts, keys / comments / file names,
 * people fields, one redaction of every message, and the redactor on awkward text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/model/config.js';
import { addressRule } from '../src/rules/pii/address.js';
import { dateOfBirthRule } from '../src/rules/pii/date-of-birth.js';
import { fold } from '../src/rules/pii/fold.js';
import { hospitalNumberRule } from '../src/rules/pii/hospital-number.js';
import { findNames, nameInRoleField, nameRule } from '../src/rules/pii/name.js';
import { peopleFields } from '../src/rules/pii/people-fields.js';
import { nationalInsuranceRule } from '../src/rules/pii/national-insurance.js';
import { nhsNumberRule } from '../src/rules/pii/nhs-number.js';
import { patternRule, spacedSource } from '../src/rules/pii/pattern.js';
import { phoneRule } from '../src/rules/pii/phone.js';
import { professionalRegistrationRule } from '../src/rules/pii/professional-registration.js';
import { blameRule } from '../src/rules/language/blame.js';
import { redactor, REDACTED } from '../src/rules/redact.js';
import type { TextRule } from '../src/rules/text.js';
import { check, where } from './helpers/check.js';
import { PROJECT, runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

const config = withDefaults({ pii: { patterns: [{ name: 'hospital-number', pattern: 'FVH[0-9]{7}' }], allow: [] } });
/** What a rule finds in `text` as a reader sees it (folded), as original text. */
function found(rule: TextRule, text: string): string[] {
  const f = fold(text);
  return rule.compile(config)(f.text).map((m) => {
    const start = f.start(m.index);
    return text.slice(start, f.end(m.index + m.length));
  });
}

const NHS = '9434765919';

describe.each([
  [
    'pii/name',
    nameRule,
    ['Mrs McAllister was seen', 'Charge Nurse Tom Whitfield', 'Dr Okonkwo', 'her husband, Dennis Hale, said', 'Matron Ingram', 'ST3 Dr Varga', 'Physiotherapist Ana Lopes', 'HCA Bev', 'Charge Nurse T.W. said', 'Dear Ruth,', 'patient name: J. Smith', 'son of Mark Jones', 'Signed: R. Ingram', 'Kind regards, Ruth Ingram', 'From: Ruth Ingram', 'Lena Hart, Ward Manager'],
    ['the ward manager', 'Sister on duty', "Parkinson's disease", 'Glasgow Coma Scale', 'Waterlow score', "Addenbrooke's Hospital", 'Nightingale Ward', 'the John Radcliffe', 'Monday 3 June', 'Mrs A was admitted', 'Ward Manager, Ward 4', 'the Alaris pump', 'Tramadol 50 mg', 'Lead Nurse, Acute Kidney Injury', 'Dear Colleague', 'To: Ward 7'],
  ],
  [
    'pii/address',
    addressRule,
    ['12 Larch Crescent', 'Flat 9, 4 Quarry Row', '27a Mill Lane', 'Rose Cottage, Station Road', 'at 3 Main Street, Leeds'],
    ['Ward 12 Oak Lane', 'gave 2 Paracetamol Tablets', 'Bay 4', 'Level 3 Theatres', 'NEWS2 of 5'],
  ],
  [
    'pii/hospital-number',
    hospitalNumberRule,
    ['MRN 7781203', 'unit no. T449812', 'EPR ref 5520917', 'case-note number C771204', 'hospital number: RX1234567', 'CHI 0101011234', 'H&C number 1234567890', 'RiO ID 1002345', '| MRN | 4402918 |'],
    ['PAS 2024 upgrade', 'the pas 1234567 (not the acronym)', 'MRN field left blank', 'unit 12345 of the estate'],
  ],
  [
    'pii/national-insurance',
    nationalInsuranceRule,
    ['AB 12 34 56 C', 'ab123456c', 'NI number AB123456C', 'NINO: JK123456'],
    ['QQ123456C', 'Ab123456C', 'AB123456 without a label', 'BG123456C'],
  ],
  [
    'pii/professional-registration',
    professionalRegistrationRule,
    ['GMC number 7123456', 'GMC 7123456', 'NMC PIN 12A3456E', 'HCPC PH123456', 'GPhC 2076543'],
    ['GMC guidance', 'the NMC code', 'HCPC standards 2023'],
  ],
  [
    'pii/date-of-birth',
    dateOfBirthRule,
    ['DOB 03-Jun-1951', "born 2nd Aug '47", 'birth date: 12/03/1954', 'D.O.B. 4 Jan 1930', '| Name | DOB |\n|---|---|\n| x | 12/03/1954 |'],
    ['born at 02:15', 'date of admission 12/03/2026', '| Name | Ward |\n|---|---|\n| x | 12/03/1954 |'],
  ],
  [
    'pii/nhs-number',
    nhsNumberRule,
    [`NHS 943\u00A0476\u00A05919`, 'NHS 943\u2013476\u20135919', 'NHS 943.476.5919', 'NHS 943  476  5919', 'NHS 943 476\n   5919', 'NHS ９４３ ４７６ ５９１９', 'NHS 943\u200B476\u200B5919', 'theme nhs-943-476-5919', 'NHS **943** 476 5919'],
    [`SNOMED CT ${NHS}`, `SNOMED CT concept id ${NHS}`, `ISBN ${NHS}`, `ISBN-10: ${NHS}`, `LL${NHS}0`],
  ],
])('%s', (_id, rule, positives, negatives) => {
  it.each(positives)('finds it in %j', (text) => {
    expect(found(rule, text)).toHaveLength(1);
  });
  it.each(negatives)('is quiet on %j', (text) => {
    expect(found(rule, text)).toEqual([]);
  });
});

describe('messages mask the identifier', () => {
  it.each([
    [hospitalNumberRule, 'MRN 7781203', '7781203'],
    [nationalInsuranceRule, 'AB 12 34 56 C', '34 56'],
    [professionalRegistrationRule, 'GMC 7123456', '7123456'],
    [nameRule, 'Matron Ruth Ingram', 'Ingram'],
    [addressRule, '12 Larch Crescent', 'Larch'],
  ] as const)('%#', (rule, text, secret) => {
    const [m] = rule.compile(config)(text);
    expect(m.message).not.toContain(secret);
  });
});

describe('pii/pattern in any case and spacing', () => {
  it('rewrites simple patterns to allow a space, dash or dot between characters', () => {
    expect(spacedSource('FVH[0-9]{7}')).toBe('F[ .-]?V[ .-]?H[ .-]?(?:[0-9][ .-]?){6}[0-9]');
    expect(spacedSource('(A|B)\\d{3}')).toBeUndefined();
  });
  it.each(['FVH1234567', 'fvh1234567', 'FVH 123 4567', 'FVH-1234567', 'ＦＶＨ１２３４５６７'])('finds %j', (text) => {
    expect(found(patternRule, `label ${text} here`)).toEqual([text]);
  });
  it('squeezes the text for patterns it cannot rewrite, and matches as written with exact: true', () => {
    const complex = withDefaults({ pii: { patterns: [{ name: 'h', pattern: '(?:FVH|RX)[0-9]{7}' }] } });
    expect(patternRule.compile(complex)('RX 123 4567').map((m) => m.length)).toEqual([11]);
    const exact = withDefaults({ pii: { patterns: [{ name: 'h', pattern: 'FVH[0-9]{7}', exact: true }] } });
    expect(patternRule.compile(exact)('fvh1234567 FVH 1234567 FVH1234567').map((m) => m.index)).toEqual([23]);
  });
});

describe('phone numbers', () => {
  it('finds a number inside brackets that are not round the area code', () => {
    expect(found(phoneRule, 'her daughter (01632 960471) rang')).toEqual(['01632 960471']);
  });
});

describe('people fields hold roles', () => {
  it('is one exported list', () => {
    expect([...peopleFields()]).toEqual(expect.arrayContaining(['owner', 'approved_by', 'facilitator', 'author', 'ratified_by', 'owner_group']));
  });
  it.each(['Ward Manager, Ward 4', 'Medicines Safety Group', 'Head of Nursing, Surgery', 'Matron, Emergency Department', 'Lead Nurse, Acute Kidney Injury', 'Patient Safety and Learning Group', 'Chief Pharmacist'])('%j is a role', (v) => {
    expect(nameInRoleField(v)).toBeUndefined();
  });
  it('flags a surname on its own, and a name with a role is flagged by the name rule', () => {
    expect(nameInRoleField('Ingram')).toBe('Ingram');
    expect(found(nameRule, 'Lena Hart, Ward Manager')).toEqual(['Lena Hart']);
  });
  it('reports them in files at the value, under the field', () => {
    const problems = check({
      'lessons/learning/LL-1.md': lesson('LL-1', 'actions:\n  - {description: Check the charts, owner: Ingram, due: 2027-01-01, status: open}\napproved_by: Lena Hart, Ward Manager\n'),
    });
    expect(where(problems, 'pii/name')).toEqual(['LL-1.md:11:44 actions.0.owner', 'LL-1.md:12:14 approved_by']);
  });
});

describe('keys, front-matter comments and file names are read too', () => {
  it('reports identifiers where they are, masked', () => {
    const text = lesson('LL-1', `# rang 07700 900123 about Mrs McAllister\nnotes_${NHS}: x\n`).replace('themes: [medication-safety]', 'themes: [medication-safety]  # bed 4, MRN 7781203');
    const problems = check({ [`lessons/learning/LL-1-${NHS.slice(0, 3)}-${NHS.slice(3, 6)}-${NHS.slice(6)}.md`]: text });
    const pii = problems.filter((p) => p.rule.startsWith('pii/'));
    expect(pii.map((p) => `${p.rule} ${p.line}:${p.column} ${p.path ?? ''}`).sort()).toEqual(
      [
        'pii/hospital-number 9:43 ',
        'pii/name 10:31 ',
        'pii/nhs-number 1:1 ',
        'pii/nhs-number 11:1 notes_[identifier removed]',
        'pii/phone 10:8 ',
      ].sort(),
    );
    expect(pii.find((p) => p.line === 1)?.message).toContain('file name');
    for (const p of problems) {
      expect(p.message).not.toContain(NHS.slice(3));
      expect(p.message).not.toContain('McAllister');
      expect(p.message).not.toContain('7781203');
    }
  });
});

describe('one redaction of every message', () => {
  it('no message echoes an identifier from a theme, a reference, a key or an id', () => {
    const spaced = `${NHS.slice(0, 3)} ${NHS.slice(3, 6)} ${NHS.slice(6)}`;
    const problems = check({
      'lessons/learning/LL-1.md': lesson('LL-1', `sources: [INC-${NHS}]\n"Mr ${spaced}": x\n`)
        .replace('themes: [medication-safety]', `themes: [nhs-${NHS.slice(0, 3)}-${NHS.slice(3, 6)}-${NHS.slice(6)}, mrs-mcallister-07700900123]`)
        .replace('id: LL-1', `id: LL-${spaced}`),
    });
    const rules = new Set(problems.map((p) => p.rule));
    expect(rules).toContain('taxonomy/unknown');
    expect(rules).toContain('schema');
    expect(rules).toContain('ref/unresolved');
    for (const p of problems) {
      expect(p.message.replace(/\D/g, ''), `${p.rule}: ${p.message}`).not.toContain(NHS.slice(3));
      expect(p.message, p.rule).not.toContain('07700900123');
      // The key path is output too (json, sarif, annotations): it is redacted the same way.
      expect((p.path ?? '').replace(/\D/g, ''), `${p.rule}: ${p.path}`).not.toContain(NHS.slice(3));
    }
  });

  it('a file name holding an identifier is not echoed in messages', () => {
    const problems = check({ 'lessons/learning/LL-1-943-476-5919.md': lesson('LL-1') });
    expect(problems.map((p) => p.rule).sort()).toEqual(['id/filename', 'pii/nhs-number']);
    for (const p of problems) expect(p.message, p.rule).not.toMatch(/476.?5919/);
  });

  it('github annotations and the json report carry the masked messages only', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1', `sources: [INC-${NHS}]\n`).replace('themes: [medication-safety]', `themes: [nhs-943-476-5919]`) });
    for (const format of ['github', 'json', 'pretty']) {
      const r = await runLessons(['validate', '--format', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout.replace(/\D/g, ''), format).not.toContain(NHS.slice(2));
    }
  });
});

describe('the redactor', () => {
  const redact = redactor(config);
  it.each([
    ['underscores', `first_${NHS}_last`],
    ['underscores as separators', `943_476_5919`],
    ['stars and emphasis', `*943* **476** 5919`],
    ['brackets', `[${NHS}](tel:${NHS})`],
    ['angle brackets and tags', `<b>943</b> <i>476</i> 5919 <${NHS}>`],
    ['backslash escapes', `943\\-476\\-5919 and 07700\\ 900123`],
    ['a slug', `theme nhs-943-476-5919 and mrs-mcallister`],
    ['a key', `notes_943_476_5919: x`],
    ['a file name', `lessons/learning/LL-943-476-5919.md`],
    ['pasted spaces', `943\u00A0476\u202F5919 and ９４３ ４７６ ５９１９`],
    ['a wrapped line', `NHS 943 476\n   5919 was seen`],
  ])('leaves no fragment: %s', (_what, text) => {
    const out = redact(text);
    expect(out).toContain(REDACTED);
    expect(fold(out).text.replace(/\D/g, '')).not.toContain('4765919');
    expect(out).not.toMatch(/476|5919|９４３/);
  });
  it('replaces names, addresses and record numbers whole, and leaves roles alone', () => {
    expect(redact('Matron Ruth Ingram saw Mrs McAllister at 12 Larch Crescent (MRN 7781203).')).toBe(`Matron ${REDACTED} saw Mrs ${REDACTED} at ${REDACTED} (MRN ${REDACTED}).`);
    expect(redact('The ward manager and the matron met on Monday.')).toBe('The ward manager and the matron met on Monday.');
  });
  it('replaces a name split by markup whole', () => {
    expect(redact('Mrs **McAllister** and Dr _Okonkwo_')).toBe(`Mrs **${REDACTED}** and Dr _${REDACTED}_`);
  });
});

describe('blame-free language: person as the cause', () => {
  const blame = blameRule.compile(config);
  it.each([
    'She overlooked the deterioration.',
    'He disregarded the alarm.',
    'The nurse did not comply with the procedure.',
    'The registrar was dismissive.',
    'There was substandard care by the night nurses.',
    'It was a lapse by the night staff.',
    'The fall happened because the porter walked away.',
  ])('flags %j', (text) => {
    expect(blame(text)).toHaveLength(1);
  });
  it.each(['The monitor failed to alarm.', 'The printer failed to produce the label.', 'The infusion pump had repeatedly failed to deliver the bolus.', 'The system failed to send the letter.', 'The room overlooking the car park.'])('is quiet on %j', (text) => {
    expect(blame(text)).toEqual([]);
  });
  it('still flags "failed to" with a person as the subject', () => {
    expect(blame('The nurse failed to check.')).toHaveLength(1);
  });
});

describe('the name dictionary', () => {
  it('is what tools/build-names.mjs builds from the installed packages', async () => {
    // @ts-expect-error: a plain JavaScript tool without types
    const { buildNames } = await import('../tools/build-names.mjs');
    const committed = readFileSync(path.join(import.meta.dirname, '..', 'src', 'rules', 'pii', 'names.txt'), 'utf8');
    expect((await buildNames()) === committed, 'run "npm run names"').toBe(true);
  });
});

describe('pii/name and pii/address read text with curly quotes as they read straight ones', () => {
  // These rules read a text whose only characters beyond Latin-1 are curly quotes in one byte a
  // character (one-byte.ts: ’ as ', ‘ “ ” as "). Every line of the detector fixtures, its quotes
  // made curly, is read that way and the slow way (an "ł" after the text keeps it in two bytes a
  // character): what is found must be the same.
  const dir = path.join(PROJECT, 'tests/fixtures/pii');
  const lines = readdirSync(dir)
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((l) => /[A-Z]/.test(l))
    .concat([
      "The patient's name: Jo Bloggs.",
      "Mrs O'Neill and Dr D'Souza were told.",
      "Ruth Ingram's husband, Dennis Hale, rang.",
      "She said 'Dear Ruth' at the top.",
      "Seen by 'Charge Nurse Tom Whitfield'.",
      "She lives at 12 O'Connell's Road now.",
      "Sent to 'Rose Cottage, Station Road'.",
    ]);
  const curly = (l: string) => l.replace(/(\w)'(\w)/g, '$1’$2').replace(/'/g, '‘').replace(/"([^"]*)"/g, '“$1”');
  it(`on ${lines.length} lines`, () => {
    const address = addressRule.compile(withDefaults({}));
    const find = (t: string) => [...findNames(t), ...address(t)].map((m) => [m.rule, m.index, m.length, m.message]);
    let found = 0;
    let quoted = 0;
    for (const line of lines) {
      // Quoted as a whole too, so that every line is read in one byte a character.
      const text = fold(`“${curly(line)}”`).text;
      const fast = find(text);
      const slow = find(`${text} \u0142`);
      expect(fast, text).toEqual(slow);
      found += fast.length;
      if (/[‘’“”]/.test(text) && fast.length) quoted++;
    }
    expect(found).toBeGreaterThan(80);
    // Names in lines with curly quotes: the one-byte reading is exercised.
    expect(quoted).toBeGreaterThan(60);
  });
});
