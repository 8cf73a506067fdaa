/** Identifiable data (docs/rules.md `pii/*`): generated identifiers in many layouts are all flagged. */
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/model/config.js';
import { isNhsNumber, nhsNumberRule } from '../src/rules/pii/nhs-number.js';
import { postcodeRule } from '../src/rules/pii/postcode.js';
import { emailRule } from '../src/rules/pii/email.js';
import { phoneRule } from '../src/rules/pii/phone.js';
import { dateOfBirthRule } from '../src/rules/pii/date-of-birth.js';
import { patternRule } from '../src/rules/pii/pattern.js';
import { mask } from '../src/rules/text.js';
import type { TextRule } from '../src/rules/text.js';
import { check, where } from './helpers/check.js';
import { invalidNhsNumber, layouts, prng, testNhsNumber } from './helpers/identifiers.js';
import { lesson } from './helpers/repo.js';

const config = withDefaults({ pii: { allow: ['patient.safety@example.nhs.uk', '01632 960000'], patterns: [{ name: 'hospital-number', pattern: 'RX[0-9]{7}' }] } });
const found = (rule: TextRule, text: string) => rule.compile(config)(text).map((m) => text.slice(m.index, m.index + m.length));

describe('pii/nhs-number', () => {
  it('implements the Modulus 11 check of the data dictionary', () => {
    expect(isNhsNumber('9434765919')).toBe(true); // sum 299, remainder 2, check 9
    expect(isNhsNumber('9876543210')).toBe(true); // remainder 0 → 11 → 0
    expect(isNhsNumber('1234567890')).toBe(false); // remainder 1 → 10: never issued
    expect(isNhsNumber('9434765918')).toBe(false);
  });

  it('flags 500 generated valid numbers in every layout, and masks them', () => {
    const rand = prng(1);
    for (let i = 0; i < 500; i++) {
      for (const written of layouts(testNhsNumber(rand))) {
        const text = `The patient (NHS no. ${written}) was moved.`;
        const matches = nhsNumberRule.compile(config)(text);
        expect(matches.map((m) => text.slice(m.index, m.index + m.length))).toEqual([written]);
        expect(matches[0].message).not.toContain(written.slice(3));
        expect(matches[0].message).toContain(mask(written));
      }
    }
  });

  it('does not flag 500 ten-digit numbers that fail the check', () => {
    const rand = prng(2);
    for (let i = 0; i < 500; i++) {
      for (const written of layouts(invalidNhsNumber(rand))) expect(found(nhsNumberRule, `Ref ${written}.`)).toEqual([]);
    }
  });

  it('does not split longer numbers, mixed separators or references', () => {
    const nhs = testNhsNumber(prng(3));
    expect(found(nhsNumberRule, `${nhs}1`)).toEqual([]);
    expect(found(nhsNumberRule, `1${nhs}`)).toEqual([]);
    expect(found(nhsNumberRule, `${nhs.slice(0, 3)} ${nhs.slice(3, 6)}-${nhs.slice(6)}`)).toEqual([]);
    // A letter prefix and a dash do not hide it (a slug or a reference holding the number): issue 10.
    expect(found(nhsNumberRule, `LL-${nhs}`)).toEqual([nhs]);
    expect(found(nhsNumberRule, `${nhs}.5 mg`)).toEqual([]);
    expect(found(nhsNumberRule, `(${nhs})`)).toEqual([nhs]);
  });
});

describe('pii/postcode', () => {
  const valid = ['EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'SW1A 2AA', 'GIR 0AA', 'sw1a2aa', 'm11ae', 'Le1 7rh'];
  it.each(valid)('flags %s', (pc) => {
    expect(found(postcodeRule, `They live at 3 High Street, ${pc}, and attend clinic.`)).toEqual([pc]);
  });
  it('does not flag letters the Royal Mail never uses, ordinals, or things that only look close', () => {
    for (const text of ['QA1 1AA', 'VX1 1AA', 'AI1 1AA', 'M1 1CA', 'vitamin B12 1st dose', 'the 2nd dose at 10:30', 'NEWS2 of 7', 'Ward 7, bay B4', 'LL-20261104-7kq2', 'FVT.CorG.011.08', 'SW1A 2AAA']) {
      expect(found(postcodeRule, text), text).toEqual([]);
    }
  });
  it('masks the inward code', () => {
    expect(postcodeRule.compile(config)('SW1A 2AA')[0].message).toContain('(SW1A ***)');
  });
});

describe('pii/email', () => {
  it('flags addresses, except the allowed mailbox', () => {
    expect(found(emailRule, 'Write to ward7.sister@example.nhs.uk or patient.safety@example.nhs.uk today.')).toEqual(['ward7.sister@example.nhs.uk']);
    expect(found(emailRule, 'PATIENT.SAFETY@example.nhs.uk')).toEqual([]);
    expect(emailRule.compile(config)('a.person@example.org')[0].message).toContain('(a***@example.org)');
  });
  it('does not flag @mentions or versions', () => {
    expect(found(emailRule, 'ask @pharmacy, version 4.0, 10 @ 2 mg')).toEqual([]);
  });
});

describe('pii/phone', () => {
  const numbers = ['01632 960001', '01632 960 001', '020 7946 0958', '(020) 7946 0958', '0207 946 0958', '07700 900123', '07700-900-123', '07700900123', '+44 7700 900123', '+447700900123', '+44 (0)20 7946 0958', '0044 20 7946 0958', '0161 496 0000', '0800 123 4567'];
  it.each(numbers)('flags %s', (n) => {
    expect(found(phoneRule, `Call ${n} for advice.`)).toEqual([n]);
  });
  it('does not flag the allowed switchboard, times, doses, dates, NHS numbers or references', () => {
    for (const text of ['Call 01632 960000.', 'at 02:15 and 14:30', '0.5 ml of 1 in 1000', 'on 04/11/2026', '943 476 5919', 'LFPSE-2026-004512', '2026-11-04', '0123 45', 'version 0.10.1']) {
      expect(found(phoneRule, text), text).toEqual([]);
    }
  });
  it('masks the number', () => {
    expect(phoneRule.compile(config)('07700 900123')[0].message).toContain('(07700 ******)');
  });
});

describe('pii/date-of-birth', () => {
  const cases = ['DOB: 12/03/1954', 'D.O.B. 12-03-54', 'date of birth 1954-03-12', 'born on 12 March 1954', 'was born on the 3rd of June 2026', 'born March 12, 1954', '12/03/1954 (DOB)', 'Date of Birth: 3 Jun 1954'];
  it.each(cases)('flags "%s"', (text) => {
    expect(found(dateOfBirthRule, `The patient, ${text}, was admitted.`)).toHaveLength(1);
  });
  it('does not flag other dates, or "born" with a time or a year only', () => {
    for (const text of ['admitted on 12/03/2026', 'the baby was born at 02:15', 'born in 1954', 'reborn', 'date of admission 12/03/2026', 'DOB was not recorded']) {
      expect(found(dateOfBirthRule, text), text).toEqual([]);
    }
  });
});

describe('pii/pattern', () => {
  it('flags configured identifiers, named in the message and masked', () => {
    const m = patternRule.compile(config)('Hospital number RX1234567 on the label.');
    expect(m).toHaveLength(1);
    expect(m[0].message).toContain('"hospital-number"');
    expect(m[0].message).toContain('(RX1******)');
  });
});

describe('pii rules in files', () => {
  const nhs = testNhsNumber(prng(9));
  const spaced = layouts(nhs)[1];
  it('reports the exact line and column in the body and in front-matter values', () => {
    const body = `\n## What happened\n\nThe patient, NHS number ${spaced}, was moved to Ward 7.\nRing 07700 900123.\n`;
    const text = lesson('LL-1', `summary2: x\n`, body).replace('summary2: x\n', '').replace('summary: Pending doses now show on the handover screen.', `summary: >-\n  Pending doses now show. Postcode\n  SW1A 2AA and ${nhs}.`);
    const problems = check({ 'lessons/learning/LL-1.md': text });
    expect(where(problems, 'pii/nhs-number')).toEqual(['LL-1.md:7:16 summary', 'LL-1.md:16:25']);
    expect(where(problems, 'pii/postcode')).toEqual(['LL-1.md:7:3 summary']);
    expect(where(problems, 'pii/phone')).toEqual(['LL-1.md:17:6']);
    for (const p of problems) expect(p.message).not.toContain(nhs.slice(3));
  });
  it('checks numbers written without quotes, and every field', () => {
    const text = lesson('LL-1', `actions:\n  - {description: Call back, owner: Ward Manager, due: 2027-01-01, status: open, measure: ${nhs}}\n`);
    const problems = check({ 'lessons/learning/LL-1.md': text });
    expect(where(problems, 'pii/nhs-number')).toEqual([`LL-1.md:11:91 actions.0.measure`]);
  });
  it('still catches identifiers in a file whose front-matter is broken', () => {
    const problems = check({ 'lessons/learning/LL-1.md': `---\nid: [\n---\nNHS ${nhs}\n` });
    expect(where(problems, 'pii/nhs-number')).toEqual(['LL-1.md:4:5']);
  });
});
