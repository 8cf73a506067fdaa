/**
 * England and Wales bank holidays and working days (src/repo/calendar.ts), against dates worked
 * out by hand from a printed calendar, and against the date-holidays library (which we did not
 * write) for the years where it is right.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, bankHolidays, easterSunday, isWorkingDay } from '../src/repo/calendar.js';

describe('3 working days after receipt (complaint acknowledgement)', () => {
  // [received, due, why] — each worked out by hand.
  const cases: [string, string, string][] = [
    ['2026-11-23', '2026-11-26', 'Monday: Tue, Wed, Thu'],
    ['2026-11-20', '2026-11-25', 'Friday: the weekend does not count'],
    ['2026-11-21', '2026-11-25', 'received on a Saturday: Mon, Tue, Wed'],
    ['2026-12-18', '2026-12-23', 'Friday before Christmas'],
    ['2026-12-24', '2026-12-31', "Christmas Eve: Christmas Day, the weekend and Boxing Day's substitute (Mon 28) do not count"],
    ['2026-12-30', '2027-01-05', "across the year end: New Year's Day and the weekend do not count"],
    ['2027-12-23', '2027-12-30', 'Christmas Day and Boxing Day both at a weekend: substitutes Mon 27 and Tue 28'],
    ['2021-12-31', '2022-01-06', "New Year's Day 2022 on a Saturday: substitute Mon 3 January"],
    ['2027-03-25', '2027-04-01', 'Good Friday 26 March and Easter Monday 29 March 2027'],
    ['2026-05-01', '2026-05-07', 'early May bank holiday, Mon 4 May 2026'],
    ['2023-05-05', '2023-05-11', 'one-off: the Coronation, Mon 8 May 2023'],
    ['2022-09-16', '2022-09-22', 'one-off: the state funeral, Mon 19 September 2022'],
    ['2022-06-01', '2022-06-08', 'moved spring holiday (Thu 2 June) and the Platinum Jubilee (Fri 3 June) 2022'],
    ['2022-05-27', '2022-06-01', 'Mon 30 May 2022 was a working day: the spring holiday moved'],
    ['2020-05-01', '2020-05-06', 'Mon 4 May 2020 was a working day: early May moved to VE Day'],
    ['2020-05-07', '2020-05-13', 'VE Day, Fri 8 May 2020'],
    ['2028-02-28', '2028-03-02', 'leap year: 29 February 2028 is a working day'],
    ['2012-06-01', '2012-06-08', 'spring holiday moved to Mon 4 June and the Diamond Jubilee Tue 5 June 2012'],
    ['1999-12-29', '2000-01-05', 'the Millennium holiday, Fri 31 December 1999, then New Year on a Saturday (Mon 3 January 2000)'],
  ];
  it.each(cases)('received %s → acknowledge by %s (%s)', (received, due) => {
    expect(addWorkingDays(received, 3)).toBe(due);
  });
});

describe('bank holidays', () => {
  it('lists 2026 as published', () => {
    expect(bankHolidays(2026).map((h) => h.date)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    expect(bankHolidays(2026).at(-1)?.name).toBe('Boxing Day (substitute day)');
  });
  it('lists 2012 with the moved spring holiday and the jubilee', () => {
    expect(bankHolidays(2012).map((h) => h.date)).toEqual(['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26']);
  });
  it('lists 2022 with four changes', () => {
    expect(bankHolidays(2022).map((h) => h.date)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
  });
  it('knows Easter', () => {
    expect(['2019', '2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual(['2019-04-21', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });
  it('counts weekdays only when they are not holidays', () => {
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(isWorkingDay('2026-12-29')).toBe(true);
    expect(isWorkingDay('2026-12-26')).toBe(false);
  });
  it('agrees with the date-holidays library for 2013 to 2040', () => {
    const hd = new Holidays('GB', 'ENG');
    for (let year = 2013; year <= 2040; year++) {
      const theirs = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10))
        // The library also lists the day itself when a substitute is given (a Saturday or Sunday).
        .filter((d) => isWeekday(d));
      expect(bankHolidays(year).map((h) => h.date), String(year)).toEqual([...new Set(theirs)].sort());
    }
  });
});

function isWeekday(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
}

describe('calendar months', () => {
  it.each([
    ['2026-05-15', 6, '2026-11-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-09-30', 6, '2027-03-30'],
    ['2026-07-01', 6, '2027-01-01'],
  ] as const)('%s plus %i months is %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
  });
});
