import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dateToIso, isIsoDate, isIsoMonth, normaliseDate } from '../src/model/dates.js';
import { parseYaml, splitFrontMatter } from '../src/repo/frontmatter.js';
import { today } from '../src/clock.js';
import { UsageError } from '../src/errors.js';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('01/02/2026')).toBe(false);
    expect(isIsoMonth('2026-09')).toBe(true);
    expect(isIsoMonth('2026-00')).toBe(false);
  });

  it('reads a Date through its UTC fields, so it never shifts with the time zone', () => {
    for (const tz of ['America/New_York', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/London']) {
      process.env.TZ = tz;
      expect(dateToIso(new Date(Date.UTC(2026, 4, 1)))).toBe('2026-05-01');
      expect(normaliseDate(new Date('2026-05-01'))).toBe('2026-05-01');
    }
  });

  it('keeps YAML dates as the strings written, in any time zone', () => {
    process.env.TZ = 'America/New_York';
    const split = splitFrontMatter('---\ncreated: 2026-05-01\nanswer: no\nt: 1:30\n---\n');
    if (!split.ok) throw new Error('split failed');
    const parsed = parseYaml(split.fm);
    expect(parsed).toEqual({ ok: true, data: { created: '2026-05-01', answer: 'no', t: '1:30' } });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('pins today with LESSONS_TODAY and refuses a date that is not real', () => {
    expect(today({ LESSONS_TODAY: '2026-11-21' })).toBe('2026-11-21');
    expect(today({}, new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(() => today({ LESSONS_TODAY: '2026-02-30' })).toThrow(UsageError);
  });
});

describe('days in a month', () => {
  it('matches the calendar Date uses for every month of years 100 to 9999 (year 0 is a leap year, as ISO 8601 counts)', async () => {
    const { daysInMonth } = await import('../src/model/dates.js');
    for (let y = 100; y <= 9999; y++) for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});
