/**
 * The board report (issue 15): the period compared with the previous one, the lessons that matter
 * most in words, overdue clocks and actions by title and owner role, recurring themes across kinds
 * of source, and the share of closed sources with feedback. On the sample repository, for the
 * quarter July to September 2026, with today pinned to 2026-11-21.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { previousPeriod } from '../src/digest/board-report.js';
import { runLessons } from './helpers/cli.js';
import { sampleRepo } from './helpers/digest.js';

let dir: string;
let json: Record<string, any>;
beforeAll(async () => {
  dir = sampleRepo({ git: false });
  const r = await runLessons(['digest', '--audience', 'board', '--from', '2026-07', '--to', '2026-09', '--format', 'json'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  json = JSON.parse(r.stdout);
});

describe('the previous period', () => {
  it.each([
    ['2026-07-01', '2026-09-30', '2026-04-01', '2026-06-30'],
    ['2026-01-01', '2026-03-31', '2025-10-01', '2025-12-31'],
    ['2026-10-01', '2026-10-31', '2026-09-01', '2026-09-30'],
    ['2026-03-01', '2026-03-31', '2026-02-01', '2026-02-28'],
    ['2026-09-01', '2026-11-20', '2026-06-12', '2026-08-31'],
  ])('%s to %s follows %s to %s', (from, to, pf, pt) => {
    expect(previousPeriod({ from, to })).toEqual({ from: pf, to: pt });
  });
});

describe('board report data (--format json)', () => {
  it('compares the quarter with the one before, with directions', () => {
    expect(json.previous_period).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    const by = Object.fromEntries(json.comparison.map((c: any) => [c.key, [c.current, c.previous, c.direction]]));
    expect(by.lessons).toEqual([5, 4, 'up']);
    expect(by.sources).toEqual([4, 5, 'down']);
    expect(by.feedback_percent).toEqual([50, 80, 'down']);
  });
  it('names the lessons that matter most, worst harm first, with what changed and evidence', () => {
    expect(json.key_lessons.map((l: any) => [l.id, l.harm])).toEqual([
      ['LL-20260820-d7hq', 'a death'],
      ['LL-20260728-v5rc', 'severe physical harm'],
      ['LL-20260709-j2wn', 'low psychological harm'],
    ]);
    const first = json.key_lessons[0];
    expect(first.what_changed).toMatch(/^The falls prevention and post-fall management policy/);
    expect(first.evidence).toContain('Embedding to be checked by 31 March 2027.');
    expect(first.why).toContain('deteriorating patient recurs in 4 learning sources');
  });
  it('lists overdue and due-soon clocks with the source title and owner role', () => {
    expect(json.deadlines.overdue.map((c: any) => [c.source, c.label, c.due, c.days_left, c.owner])).toEqual([
      ['INC-20261006-v2lp', 'Response to the complaint', '2026-11-13', -8, 'Head of Patient Experience'],
    ]);
    expect(json.deadlines.overdue[0].title).toBe('Complaint from a partner about waiting for pain relief in the emergency department');
    expect(json.deadlines.due_soon).toEqual([]);
    expect(json.overdue_actions.map((a: any) => a.lesson_title)).toEqual(['Talk to the main carer before discharge, and go through any medicine changes with them']);
  });
  it('calls out themes seen in several kinds of source', () => {
    const t = json.recurring_themes.themes.find((x: any) => x.theme === 'deteriorating-patient');
    expect(t.across_kinds).toBe(true);
    expect(t.kinds.map((k: any) => k.key).sort()).toEqual(['external-review', 'incident', 'inquest', 'mortality-review']);
    expect(json.recurring_themes.window).toEqual({ from: '2025-10-01', to: '2026-09-30' });
  });
  it('gives the share of closed sources with feedback', () => {
    expect(json.feedback).toEqual({ closed: 2, with_feedback: 1, percent: 50, previous_percent: 80 });
  });
  it('marks the months of the period in the trend', () => {
    expect(json.trend.map((t: any) => [t.month, t.in_period])).toEqual([
      ['2026-04', false],
      ['2026-05', false],
      ['2026-06', false],
      ['2026-07', true],
      ['2026-08', true],
      ['2026-09', true],
    ]);
  });
});

describe('board report in words', () => {
  it('shows changes with arrows and numbers, and names lessons and sources by title, never by id alone', async () => {
    const r = await runLessons(['digest', '--audience', 'board', '--from', '2026-07', '--to', '2026-09'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Lessons approved or shared | 5 | 4 | ↑ 1 |');
    expect(r.stdout).toContain('| Closed sources with feedback given (%) | 50% | 80% | ↓ 30 points |');
    expect(r.stdout).toContain('### After a fall, anyone taking an anticoagulant needs a prompt medical review and a CT head scan');
    expect(r.stdout).toContain('| Complaint from a partner about waiting for pain relief in the emergency department | Response to the complaint (as agreed with the complainant) | 13 November 2026 | 8 days overdue | Head of Patient Experience |');
    expect(r.stdout).toContain('**Seen in more than one kind of source:** Deteriorating patient (external review, incident, inquest, mortality review)');
    expect(r.stdout).not.toMatch(/\| (INC|LL)-\d{8}-[a-z0-9]{4} \|/);
  });
  it('marks the period on the trend chart, which has axes', async () => {
    const r = await runLessons(['digest', '--audience', 'board', '--from', '2026-07', '--to', '2026-09', '--format', 'html'], { cwd: dir });
    expect(r.stdout).toMatch(/<text[^>]*font-weight="bold">This period<\/text>/);
    expect(r.stdout).toContain('This period: Jul 2026 to Sep 2026.');
    expect(r.stdout).toMatch(/<text transform="translate\(12 \d+\) rotate\(-90\)"[^>]*>Number<\/text>/);
  });
});

describe('the PALS contact', () => {
  it('is allowed through the identifiable-data checks and redaction, and shown in the public digest', async () => {
    const { CONFIG, lesson, tempRepo } = await import('./helpers/repo.js');
    const config = `${CONFIG}public:\n  contact: {phone: "01632 960000", email: pals@example.nhs.uk, url: "https://www.example.nhs.uk/pals"}\n`;
    const summary = 'Ask PALS on 01632 960000 or pals@example.nhs.uk; another number, 01632 960123, is removed.';
    const repo = tempRepo({
      'lessons.config.yaml': config,
      'lessons/learning/LL-1.md': lesson('LL-1', `approved_by: Panel\napproved_on: 2026-10-05\npublic: true\npublic_title: Help with medicines when you move ward\npublic_summary: "${summary}"\n`).replace('status: draft', 'status: approved'),
    });
    const v = JSON.parse((await runLessons(['validate', '--format', 'json'], { cwd: repo })).stdout);
    expect(v.problems.map((p: { rule: string }) => p.rule)).toEqual(['pii/phone']);
    const d = JSON.parse((await runLessons(['digest', '--audience', 'public', '--from', '2026-10', '--to', '2026-10', '--format', 'json'], { cwd: repo })).stdout);
    expect(d.what_we_learned).toEqual([
      { title: 'Help with medicines when you move ward', summary: 'Ask PALS on 01632 960000 or pals@example.nhs.uk; another number, [identifier removed], is removed.', date: '2026-10-05' },
    ]);
    expect(d.contact).toEqual({ phone: '01632 960000', email: 'pals@example.nhs.uk', url: 'https://www.example.nhs.uk/pals' });
  });
});
