/**
 * Nothing lessons writes for people to read elsewhere (digests, briefings, the action tracker,
 * lists) may carry identifiable data, even from an entry that has not been fixed yet.
 */
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/model/config.js';
import { redactData, redactor, REDACTED } from '../src/rules/redact.js';
import { fold, slugReading } from '../src/rules/pii/fold.js';
import { mulberry32 } from '../tools/bench/generate.js';
import { runLessons } from './helpers/cli.js';
import { layouts, prng, testNhsNumber } from './helpers/identifiers.js';
import { CONFIG, tempRepo } from './helpers/repo.js';

const nhs = testNhsNumber(prng(21));
const spaced = layouts(nhs)[1];
const SECRETS = [nhs, spaced, '07700 900123', '900123', 'SW1A 2AA', 'ward.sister@example.nhs.uk'];

function leakyRepo(): string {
  return tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-1.md': `---
id: LL-1
type: lesson
title: Insulin for ${nhs} on Ward 7
summary: The patient at SW1A 2AA was moved.
kind: improvement
status: shared
created: 2026-10-01
themes: [medication-safety]
actions:
  - {description: Ring 07700 900123 about ${spaced}, owner: Ward Manager, due: 2026-10-20, status: open}
approved_by: Medicines Safety Group
approved_on: 2026-10-05
shared:
  - {channel: bulletin, date: 2026-10-10}
evaluate_by: 2027-04-01
public: true
public_summary: We now show every dose that is due; ask ward.sister@example.nhs.uk.
---

## What happened

A dose was missed for ${spaced}.

## What we changed

Pending doses for ${nhs} now show at handover; call 07700 900123.

## Questions for reflection

- How would you know about ${spaced}?
`,
  });
}

describe('redaction', () => {
  it('replaces every identifier the pii rules find, and leaves other text alone', () => {
    const redact = redactor(withDefaults({}));
    expect(redact(`NHS ${spaced}, phone 07700 900123, at 10:30 on Ward 7.`)).toBe(`NHS ${REDACTED}, phone ${REDACTED}, at 10:30 on Ward 7.`);
    expect(redactData({ a: [nhs, 3], b: { c: 'fine' } }, redact)).toEqual({ a: [REDACTED, 3], b: { c: 'fine' } });
  });

  it('digests, briefings, the action tracker and lists never carry the identifiers, in any format', async () => {
    const dir = leakyRepo();
    const runs = [
      ['digest', '--from', '2026-10-01', '--to', '2026-10-31'],
      ['digest', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'html'],
      ['digest', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'json'],
      ['digest', '--audience', 'public', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'json'],
      ['digest', '--audience', 'board', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'html'],
      ['brief', 'LL-1'],
      ['brief', 'LL-1', '--format', 'html'],
      ['actions', '--json'],
      ['actions'],
      ['list', '--json'],
      ['list'],
    ];
    for (const argv of runs) {
      const r = await runLessons(argv, { cwd: dir });
      expect(r.code, argv.join(' ')).toBe(0);
      for (const s of SECRETS) expect(r.stdout, `${argv.join(' ')} leaks ${s}`).not.toContain(s);
    }
    // The content itself still comes through, with the identifiers replaced.
    const brief = await runLessons(['brief', 'LL-1'], { cwd: dir });
    expect(brief.stdout).toContain('now show at handover');
    expect(brief.stdout).toContain('identifier removed');
  });
});

describe('the slug reading made from the plain one (slugReading)', () => {
  // The fast way (the text with "-", "_", "." and "/" as spaces) must be exactly what folding as a
  // slug gives, text and offsets, on texts made of what changes either reading.
  const pieces = ['a', 'B', 'Ruth', '1', '943', ' ', '  ', '-', '_', '.', '/', '*', '**', '`', '~', '\\', '\\*', '<b>', '<', '\t', '\n', '“', '”', '’', '–', '\u00a0', '\u200b', 'é', '@', '(', ')', ':', 'x_y', 'a-b', '3 * 4', 'LL-1-943-476-5919.md'];
  it('on 100,000 random texts', () => {
    const rand = mulberry32(20261201);
    let fast = 0;
    for (let n = 0; n < 100_000; n++) {
      let text = '';
      for (let k = Math.floor(rand() * 12); k > 0; k--) text += pieces[Math.floor(rand() * pieces.length)];
      const plain = fold(text);
      const got = slugReading(text, plain);
      const want = fold(text, { slug: true });
      expect(got.text, JSON.stringify(text)).toBe(want.text);
      if (plain.text === text && !text.includes('\n')) fast++;
      for (let i = 0; i <= text.length; i++) {
        if (got.start(i) !== want.start(i) || got.end(i) !== want.end(i)) expect.fail(`offset ${i} of ${JSON.stringify(text)}`);
      }
    }
    // Both ways are exercised.
    expect(fast).toBeGreaterThan(20_000);
    expect(fast).toBeLessThan(90_000);
  });
});
