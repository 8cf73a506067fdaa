/**
 * Inert front-matter values (src/rules/text.ts `isInert`): values of digits and hyphens that no
 * built-in text rule can find anything in are left out of the text the rules read. These tests
 * run every text rule over such values, the way text.ts joins them, and check that a configured
 * pattern or term that could match one makes every value read again.
 */
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/model/config.js';
import { TEXT_RULES } from '../src/rules/index.js';
import { fold } from '../src/rules/pii/fold.js';
import { isInert, pathOfValue } from '../src/rules/text.js';
import { check, where } from './helpers/check.js';
import { CONFIG } from './helpers/repo.js';

/** A deterministic generator (mulberry32), so a failure names a value that can be tried again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values of the inert shape: every date and month of 1900–2100, small numbers, and random digits and hyphens. */
function inertValues(): string[] {
  const out: string[] = [];
  for (let y = 1900; y <= 2100; y++) {
    out.push(String(y));
    for (let m = 1; m <= 12; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      out.push(month);
      for (let d = 1; d <= 31; d++) out.push(`${month}-${String(d).padStart(2, '0')}`);
    }
  }
  for (let n = 0; n < 20_000; n++) out.push(String(n));
  const next = random(20261201);
  while (out.length < 150_000) {
    const length = 1 + Math.floor(next() * 10);
    let v = '';
    for (let i = 0; i < length; i++) v += next() < 0.25 ? '-' : String(Math.floor(next() * 10));
    if (isInert(v)) out.push(v);
  }
  // Nine digits with hyphens: the most an inert value holds.
  out.push('123456789', '012-345-678', '0163-29600', '07700-9001', '943-476-59', '1-2-3-4-5');
  return out;
}

/** A lesson with `extra` front-matter lines. */
const lesson = (extra: string) => `---
id: LL-20260301-ab12
type: lesson
title: Checking the ward stock list
status: draft
summary: A short summary of the lesson, long enough for the rule.
themes: [falls]
services: [adult-inpatient]
audiences: [all-staff]
${extra}
---

## What happened

Text.
`;

describe('isInert', () => {
  it.each([
    ['2026-09-02', true],
    ['2024-12', true],
    ['2026', true],
    ['3', true],
    ['', true],
    ['-', true],
    ['123456789', true],
    ['9434765919', false], // ten digits: could be an NHS number
    ['07700900123', false],
    ['2026-09-02T', false],
    ['2026/09/02', false],
    ['2026-09-021', false], // eleven characters
    ['LL-20250401-1jnn', false],
    [' 2026', false],
    ['２０２６', false], // fullwidth digits fold to digits: not inert
  ])('%j is inert: %s', (value, inert) => {
    expect(isInert(value)).toBe(inert);
  });
});

describe('no built-in text rule finds anything in an inert value', () => {
  const values = inertValues();
  const config = withDefaults({});
  const raw = TEXT_RULES.filter((r) => !r.folded).map((r) => r.compile(config));
  const folded = TEXT_RULES.filter((r) => r.folded).map((r) => r.compile(config));
  // Joined as text.ts joins values (a NUL between line breaks), a few hundred to a text, with a
  // cue word in the value before each, so a rule reading across the separator would show it.
  const SEPARATOR = '\n\0\n';
  const texts: string[] = [];
  for (let i = 0; i < values.length; i += 500) {
    texts.push(values.slice(i, i + 500).flatMap((v) => ['date of birth', v]).join(SEPARATOR));
  }

  it(`over ${values.length} values`, () => {
    const found: string[] = [];
    for (const text of texts) {
      for (const f of raw) for (const m of f(text)) if (!text.slice(m.index, m.index + m.length).includes('\0')) found.push(`${m.rule}: ${text.slice(m.index, m.index + m.length)}`);
      const f2 = fold(text);
      for (const f of folded) {
        for (const m of f(f2.text)) {
          const hit = f2.text.slice(m.index, m.index + m.length);
          if (!hit.includes('\0') && /[\d-]/.test(hit)) found.push(`${m.rule}: ${hit}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('each value alone', () => {
    const found: string[] = [];
    for (const v of values.slice(0, 5_000).concat(values.slice(-1_000))) {
      for (const f of raw) if (f(v).length) found.push(v);
      for (const f of folded) if (f(fold(v).text).length) found.push(v);
    }
    expect(found).toEqual([]);
  });
});

describe('a configured pattern or term that could match an inert value', () => {

  it('a pattern of digits only still finds a value of digits', () => {
    const config = `${CONFIG}\npii:\n  patterns:\n    - {name: local-number, pattern: "[0-9]{7}"}\n`;
    const problems = check({ 'lessons/learning/LL-20260301-ab12.md': lesson('local_ref: "7781203"') }, config);
    // (The id's eight digits hold seven too.)
    expect(where(problems, 'pii/pattern')).toEqual(['LL-20260301-ab12.md:2:8 id', 'LL-20260301-ab12.md:10:13 local_ref']);
  });

  it('a pattern with letters leaves inert values out, and still finds what has its letters', () => {
    const config = `${CONFIG}\npii:\n  patterns:\n    - {name: local-number, pattern: "FVH[0-9]{7}"}\n`;
    const problems = check({ 'lessons/learning/LL-20260301-ab12.md': lesson('local_ref: "FVH7781203"\nother_ref: "7781203"') }, config);
    expect(where(problems, 'pii/pattern')).toEqual(['LL-20260301-ab12.md:10:13 local_ref']);
  });

  it('a term of digits and hyphens still finds a value of digits', () => {
    const config = `${CONFIG}\nlanguage:\n  terms:\n    - {pattern: "2026-13-\\\\d\\\\d", suggestion: "write a real date"}\n`;
    const problems = check({ 'lessons/learning/LL-20260301-ab12.md': lesson('local_ref: "2026-13-01"') }, config);
    expect(where(problems, 'language/blame')).toEqual(['LL-20260301-ab12.md:10:13 local_ref']);
  });
});

describe('the path of a value something is found in, with inert values left out', () => {
  const data = { id: 'LL-1', reported: '2026-03-01', actions: [{ due: '2026-04-01', owner: 'Ward Manager', notes: [3, 'call 07700 900123'] }], n: 7 };
  it.each([
    [0, true, ['id']],
    [1, true, ['actions', 0, 'owner']],
    [2, true, ['actions', 0, 'notes', 1]],
    [1, false, ['reported']],
    [5, false, ['actions', 0, 'notes', 1]],
    [6, false, ['n']],
  ])('value %i (inert left out: %s) is at %j', (n, skip, path) => {
    expect(pathOfValue(data, n, skip)).toEqual(path);
  });

  it('a finding after inert values is reported at its own path', () => {
    const text = lesson(`actions:
  - description: Ring the pharmacy on 07700 900123 before each round.
    owner: Ward Manager
    due: 2026-04-01
    status: open
  - description: Check the stock list.
    owner: Ward Manager
    due: 2026-05-01
    status: open
    note: 07700 900456`);
    const problems = check({ 'lessons/learning/LL-20260301-ab12.md': text });
    expect(where(problems, 'pii/phone')).toEqual(['LL-20260301-ab12.md:11:39 actions.0.description', 'LL-20260301-ab12.md:19:11 actions.1.note']);
  });
});

