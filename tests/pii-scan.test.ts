/**
 * The shared digit scan (src/rules/pii/scan.ts) and the detectors' fast paths built on it: every
 * detector must find exactly what it found before them. tests/fixtures/pii-before-record.json holds,
 * for each detector, configuration and group of texts, the number of findings and a digest of them
 * as the detectors made them before the scan (commit 76a327f, each running its own regexes over the
 * whole text; PII_RECORD=write rewrites the record from the detectors as they are). The texts are
 * the fixture corpus, edge cases and seeded generated text (planted identifiers, digit runs,
 * separators, NULs, line breaks, Unicode spaces and quotes); each is read with the scan handed over
 * as text.ts does and without it, and the two must agree.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withDefaults, type Config } from '../src/model/config.js';
import { PII_RULES } from '../src/rules/index.js';
import { fold } from '../src/rules/pii/fold.js';
import { digitRuns } from '../src/rules/pii/scan.js';

const CONFIGS: readonly Config[] = [
  withDefaults({ pii: { patterns: [{ name: 'hospital-number', pattern: 'FVH[0-9]{7}' }], allow: [] } }),
  withDefaults({
    pii: {
      patterns: [{ name: 'rx', pattern: 'RX[0-9]{7}', exact: true }, { name: 'k', pattern: '(?:K|Q)\\d{5}' }],
      allow: ['01632 960000', 'MRN 7781203', 'team@nhs.net', 'Dennis Hale'],
    },
  }),
  withDefaults({
    pii: {
      patterns: [
        { name: 'ten', pattern: '[0-9]{10}' },
        { name: 'ab', pattern: 'AB\\d{2}[A-Z]\\d{3}', exact: true },
        { name: 'x', pattern: 'x?[0-9]{6}' },
        { name: 'q', pattern: 'Q[0-9]+' },
        { name: 'dots', pattern: 'N.[0-9]{2}-\\d{4}' },
      ],
      allow: [],
    },
  }),
];

const RECORD_FILE = path.join(__dirname, 'fixtures', 'pii-before-record.json');
type Record = { [config: string]: { [group: string]: { [detector: string]: { findings: number; digest: string } } } };
const RECORD = JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as Record;
const written: Record = {};
afterAll(() => {
  if (process.env.PII_RECORD === 'write') writeFileSync(RECORD_FILE, `${JSON.stringify(written, null, 1)}\n`);
});

/** The detectors (except email, which has no fast path) for each configuration. */
const DETECTORS = CONFIGS.map((config) => PII_RULES.filter((r) => r.rules[0].id !== 'pii/email').map((r) => ({ id: r.rules[0].id, find: r.compile(config) })));

/**
 * Reads every text with every detector, with the shared scan and without (they must agree), and
 * checks the findings against the record for `group`: per detector and configuration, how many
 * findings and a digest of them all. Returns the number of findings per detector.
 */
function checkGroup(group: string, texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  CONFIGS.forEach((_config, c) => {
    const hashes = new Map<string, ReturnType<typeof createHash>>();
    const found = new Map<string, number>();
    const disagree: string[] = [];
    for (const text of texts) {
      const runs = digitRuns(text);
      for (const d of DETECTORS[c]) {
        const shared = JSON.stringify(d.find(text, runs));
        const alone = JSON.stringify(d.find(text));
        if (shared !== alone && disagree.length < 3) disagree.push(`${d.id} on ${JSON.stringify(text.slice(0, 200))}: ${shared} with the scan, ${alone} without`);
        if (!hashes.has(d.id)) hashes.set(d.id, createHash('sha256'));
        hashes.get(d.id)!.update(`${shared}\n`);
        const n = (JSON.parse(shared) as unknown[]).length;
        found.set(d.id, (found.get(d.id) ?? 0) + n);
        counts.set(d.id, (counts.get(d.id) ?? 0) + n);
      }
    }
    expect(disagree).toEqual([]);
    const now = Object.fromEntries([...hashes].map(([id, h]) => [id, { findings: found.get(id)!, digest: h.digest('hex').slice(0, 16) }]));
    ((written[`config ${c + 1}`] ??= {})[group] = now);
    if (process.env.PII_RECORD !== 'write') expect(now, `${group}, configuration ${c + 1}: the findings differ from the record`).toEqual(RECORD[`config ${c + 1}`]?.[group]);
  });
  return counts;
}

describe('digitRuns', () => {
  it('finds every run of ASCII digits, at the start and the end of the text too', () => {
    const r = digitRuns('12 ab 345\n\0\n6');
    expect([...r.starts]).toEqual([0, 6, 12]);
    expect([...r.ends]).toEqual([2, 9, 13]);
    expect(r.count).toBe(3);
  });

  it('counts nothing else as a digit: Arabic-Indic and full-width digits, superscripts', () => {
    expect(digitRuns('٣٤٥ ３４５ ²³ x').count).toBe(0);
    expect(digitRuns('').count).toBe(0);
  });

  it('joins runs by one space (spaced) or one space, dot or dash (separated), never across a line break, a NUL or two spaces', () => {
    const first = (text: string) => {
      const r = digitRuns(text);
      return [r.spaced[0], r.separated[0]];
    };
    expect(first('943 476 5919')).toEqual([10, 10]);
    expect(first('943-476.5919 x')).toEqual([3, 10]);
    expect(first('943 476\n5919')).toEqual([6, 6]);
    expect(first('943 476\0 5919')).toEqual([6, 6]);
    expect(first('12  34')).toEqual([2, 2]);
    expect(first('12 34-')).toEqual([4, 4]);
    const r = digitRuns('1 22 333');
    expect([...r.spaced]).toEqual([6, 5, 3]);
  });
});

describe('the detectors find what they found before the shared scan', () => {
  it('on the fixture corpus (recall files, look-alike lines, the clinical corpus), folded and as written', () => {
    const dir = path.join(__dirname, 'fixtures', 'pii');
    const files = [...readdirSync(dir).map((f) => path.join(dir, f)), path.join(__dirname, 'fixtures', 'clinical-corpus.md')];
    const texts = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [text, fold(text).text, fold(text, { slug: true }).text];
    });
    const found = checkGroup('fixture corpus', texts);
    expect([...found.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(500);
  });

  it('at the edges: a match at the start or end of a text, next to the NUL separator, across a line break', () => {
    const cases = [
      '9434765919', 'x 943 476 5919', '943 476 5919\n\0\nMRN 7781203', 'MRN\n7781203\n\0\n', 'MRN 778\n1203', '\0GMC 1234567', 'GMC 1234567\0',
      'NMC 12A3456E', 'HCPC PH123456', 'HCPC\tPH 12345', 'SW1A 2AA', 'x SW1A 2AA\n\0\n', 'GIR 0AA', 'GIR0AA', 'M11AE', 'B12 1st',
      '07700 900123', '+44 7700 900123', '(01632 960471)', '0044 20 7946 0958', 'AB 12 34 56 C', 'NI number AB123456', 'AB-12-34-56-C',
      'DOB 12/03/1954', '12.03.54 (DOB)', '| DOB |\n|---|\n| 12/03/1954 |', 'LL-20240316-99r9', 'INC-20240202-ek84', 'nhs-943-476-5919',
      'Dr A. B. Varga', '“Dr Okonkwo”', 'Dear Ruth', '1 2 3 4 5', 'MRN 1 2 3 4 5', 'MRN 12 34 5', 'W10071', 'unit no. T449812', 'Ward 12 Oak Lane',
    ];
    checkGroup('edge cases', cases);
  });

  it('on 4,000 seeded generated texts, as written and folded', () => {
    const corpus = readFileSync(path.join(__dirname, 'fixtures', 'clinical-corpus.md'), 'utf8');
    let seed = 20261201;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)];
    const digits = () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 10)).join('');
    const names = () => {
      let s = '';
      for (let k = 1 + Math.floor(random() * 14); k > 0; k--) s += pick(WORDS) + pick(GAPS);
      return s;
    };
    const dates = () => {
      let s = '';
      for (let k = 1 + Math.floor(random() * 10); k > 0; k--) s += pick(DATE_WORDS) + pick(['', ' ', ' ', '  ', ', ', '\n', ' - ', '.']);
      return s;
    };
    const make = () => {
      if (random() < 0.15) return dates();
      if (random() < 0.3) return names();
      const parts: string[] = [];
      for (let k = 1 + Math.floor(random() * 8); k > 0; k--) {
        const r = random();
        if (r < 0.35) parts.push(pick(PLANTED));
        else if (r < 0.55) {
          const at = Math.floor(random() * corpus.length);
          parts.push(corpus.slice(at, at + Math.floor(random() * 300)));
        } else if (r < 0.75) parts.push(digits());
        else if (r < 0.85) parts.push(pick(LABELS));
        else parts.push(pick(SEPARATORS));
        if (random() < 0.6) parts.push(pick(SEPARATORS));
      }
      let s = parts.join('');
      for (let m = Math.floor(random() * 4); m > 0 && s.length; m--) {
        const at = Math.floor(random() * s.length);
        s = s.slice(0, at) + (random() < 0.5 ? pick(SEPARATORS) : String(Math.floor(random() * 10))) + s.slice(at + (random() < 0.3 ? 1 : 0));
      }
      return s;
    };
    const texts: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const text = make();
      texts.push(text, fold(text).text);
    }
    const found = checkGroup('seeded texts', texts);
    // The texts exercise every detector (a generator stuck in a short cycle would not).
    for (const d of DETECTORS[0]) expect(found.get(d.id), d.id).toBeGreaterThan(50);
  });
});

const PLANTED = [
  'AB12C345', 'ab 12 c 345', 'Q 1', 'q-123', 'x123456', 'X 123 456', 'N.12-3456', 'n 12 3456', '1234567890', '123 456 7890',
  '943 476 5919', '9434765919', '943-476-5919', '943.476.5919', 'nhs-943-476-5919', 'INC-9434765919', '07700 900123', '07700-900-123', '+44 7700 900123',
  '(020) 7946 0958', '(01632 960471)', '+44 (0)20 7946 0958', '0044 20 7946 0958', '01632 960000', 'SW1A 2AA', 'sw1a2aa', 'M1 1AE', 'GIR 0AA', 'B12 1st',
  'AB 12 34 56 C', 'QQ123456C', 'AB123456C', 'NI number AB123456', 'NINO: ab 12 34 56', 'MRN 7781203', 'mrn: 778 1203', 'unit no. T449812', 'RiO 100 2345',
  'rio 1002345', 'case-note number C771204', 'patient ID 1234567', 'CHI 1234567890', 'H&C 123 456 7890', 'GMC 1234567', 'gmc no 1234567', 'NMC PIN 12A3456E',
  'nmc 12a3456e', 'HCPC PH123456', 'HCPC reg PH 12345', 'GPhC no: 2045678', 'GDC 123456', 'DOB 12/03/1954', 'D.O.B. 1954-03-12', 'born 12 March 1954',
  'Born on 12th Mar ’54', '12.03.54 (DOB)', 'March 12, 1954 (date of birth)', '| Name | DOB |\n|---|---|\n| x | 12/03/1954 |\n', 'date of birth: 1/2/54',
  'Dr A. B. Varga', 'Mrs McAllister', 'Matron Ingram', 'Charge Nurse T.W.', 'Dennis Hale', 'Lena Hart', 'Dear Ruth', 'son of Mark Wood', 'regards, Ruth',
  'From: Ruth Ingram', 'FVH1234567', 'fvh 123 4567', 'F V H 1234567', 'RX1234567', 'K12345', 'q 12345', '12 Larch Crescent', 'Flat 9, 4 Quarry Row',
  'Rose Cottage, Station Road', 'Ward 12 Oak Lane', 'a.person@example.org', 'team@nhs.net', 'INC-20240202-ek84', 'LL-20240316-99r9', 'REF-2024-66220',
  '2024-02-02', 'W10071', '12345', '1 2 3 4 5', '123 456', '12 34 56', 'ISBN 978-0-306-40615-7', 'SNOMED CT 1234567890', 'ab-1234567890', '_9434765919',
];
const LABELS = ['MRN', 'GMC', 'NMC', 'HCPC', 'NI', 'DOB', 'born', 'unit no.', 'hospital number', 'Dr', 'Mr', 'Nurse', 'Flat', 'Road', 'Lane', 'PAS', 'K number', 'patient ID', 'FVH', 'ab', 'SW1A', 'M1', '0', '+44', '(0)'];
const SEPARATORS = [' ', ' ', ' ', '-', '.', '\n', '\n\0\n', '\0', '_', '(', ')', '+', ':', '#', '|', '/', '\u00a0', '\u2009', '“', '’', '–', '*', '`', ', ', '  ', '\t', 'x', 'A', 'é', '\u{1D400}'];
/** Words and gaps for names: titles, roles, cues, dictionary names, eponyms, places, initials. */
const WORDS = [
  'Dr', 'Mr', 'Mrs', 'Ms', 'Nurse', 'Charge Nurse', 'Sister', 'Matron', 'of', 'to', 'by', 'Dear', 'From:', 'From', 'regards,', 'Kind regards,', 'son', 'son of',
  'A.', 'B.', 'A', 'T.W.', 'Ruth', 'Ingram', 'Dennis', 'Hale', 'Mark', 'Wood', 'Grace', 'Okonkwo', 'Hospital', 'Ward', 'The', 'the', 'and', 'Lena', 'Hart',
  'McAllister', "O'Neill", 'Varga-Nagy', "Parkinson's", 'disease', 'HCA', 'ST3', 'Sent', 'May', 'Monday', 'John', 'Radcliffe', 'Milton', 'Keynes',
  'patient name:', 'signed', 'spoke to', 'Peter', 'Walsh', 'Ruth’s', 'Émile', 'Łukasz', 'Nowak', 'D.', 'Holly', 'Bank', 'Dr Foster', 'Consultant', 'Registrar',
  'FY1', 'Staff', 'Team',
];
const GAPS = [' ', ' ', ' ', ' ', '. ', ', ', ': ', '\n', '  ', '“', '”', '’', '-', '.', '(', ')', '\n\0\n', ' – '];
/** Keywords, dates in every layout, and look-alikes for the date of birth. */
const DATE_WORDS = [
  'DOB', 'dob', 'D.O.B.', 'd. o. b', 'D O B', 'd o b', 'date of birth', 'Date  of\nbirth', 'birth date', 'birthdate', 'Birth', 'BORN', 'born', 'BoRn', 'Born:',
  'birthday', '(DOB)', '(d.o.b.)', ' (date of birth)', 'on', 'the', 'at', 'in', 'patient', ':', '-', 'was', '12', '3', '1954', '54', "'54", '’47', '12/03/1954',
  '12-03-54', '12 . 03 . 1954', '1954-03-12', '12 March 1954', '12th Mar 1954', '3rd of June 1954', 'March 12, 1954', 'Dec. 3rd, 1954', 'sept 3 1954', '12 OCT 54',
  '2024-02-02', '9 days', 'at 02:15', '|', '\n', '\n\0\n', 'x',
];

describe('the name dictionary', () => {
  it('answers the same searched where it lies as made into sets, for every name and for words that are not names', async () => {
    const { NameDictionary } = await import('../src/rules/pii/name.js');
    const text = readFileSync(path.join(__dirname, '..', 'src', 'rules', 'pii', 'names.txt'), 'utf8');
    const searched = new NameDictionary(text, Infinity);
    const sets = new NameDictionary(text, 0);
    const given = text.slice(text.indexOf('\n# given\n') + 9, text.indexOf('\n# other\n')).split('\n');
    const other = text.slice(text.indexOf('\n# other\n') + 9).split('\n').filter(Boolean);
    expect(given.length).toBeGreaterThan(10_000);
    const words = [...given, ...other].flatMap((w) => [w, w.toLowerCase(), w.toUpperCase(), `${w}s`, w.slice(1), `${w}-${w}`]);
    words.push('', 'A', 'Zzzzz', 'Ward', 'Hospital', '# given', '# other', 'Names', '\u00e9mile', 'Łukasz');
    let yes = 0;
    const differ: string[] = [];
    for (const w of words) {
      for (const only of [true, false]) {
        const a = searched.has(w, only);
        if (a !== sets.has(w, only)) differ.push(`${w} (given only: ${only})`);
        if (a) yes++;
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(given.every((w) => searched.has(w, true))).toBe(true);
    expect(other.some((w) => searched.has(w, true) || !searched.has(w, false))).toBe(false);
    expect(yes).toBeGreaterThan(60_000);
  });
});
