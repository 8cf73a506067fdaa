/**
 * Statutory and agreed clocks on learning sources: `deadline/overdue`, `deadline/due-soon` and
 * `feedback/missing`, each failing and passing, with where it is reported; and `lessons deadlines`.
 */
import { describe, expect, it } from 'vitest';
import { sourceClocks } from '../src/repo/clocks.js';
import { check, where } from './helpers/check.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, incident, tempRepo } from './helpers/repo.js';

const I = 'lessons/incidents/';
// The helper's incident has 10 front-matter lines before `extra`: extra's first line is line 10.
const pfd = (extra: string) => incident('INC-1', extra).replace('source: incident', 'source: prevention-of-future-deaths').replace('status: closed', 'status: open');
const complaint = (extra: string) => incident('INC-1', extra).replace('source: incident', 'source: complaint').replace('status: closed', 'status: open');
const today = '2026-11-21';

function problems(text: string, day = today, config = CONFIG) {
  return check({ [`${I}INC-1.md`]: text }, config, day);
}

describe('deadline/overdue', () => {
  it('a Prevention of Future Deaths response 56 days after receipt, not sent: error at received', () => {
    // 2026-09-15 + 56 days = 2026-11-10, passed on 2026-11-21.
    const p = problems(pfd('received: 2026-09-15\n'));
    expect(where(p, 'deadline/overdue')).toEqual(['INC-1.md:10:11 received']);
    expect(p.find((x) => x.rule === 'deadline/overdue')?.severity).toBe('error');
    expect(p.find((x) => x.rule === 'deadline/overdue')?.message).toMatch(/due on 2026-11-10 \(56 days after the report was received\), 11 days ago, and no "responded" date/);
  });
  it('passes once the response is recorded (even late), or when an extension is recorded', () => {
    expect(where(problems(pfd('received: 2026-09-15\nresponded: 2026-11-12\n')), 'deadline/overdue')).toEqual([]);
    expect(where(problems(pfd('received: 2026-09-15\nresponse_due: 2026-12-31\n')), 'deadline/overdue')).toEqual([]);
  });
  it('an extension that has passed points at response_due', () => {
    expect(where(problems(pfd('received: 2026-08-01\nresponse_due: 2026-11-01\n')), 'deadline/overdue')).toEqual(['INC-1.md:11:15 response_due']);
  });
  it('is not passed on the due date itself', () => {
    expect(where(problems(pfd('received: 2026-09-15\n'), '2026-11-10'), 'deadline/overdue')).toEqual([]);
    expect(where(problems(pfd('received: 2026-09-15\n'), '2026-11-11'), 'deadline/overdue')).toEqual(['INC-1.md:10:11 received']);
  });
  it('a complaint not acknowledged within 3 working days', () => {
    // Received Friday 2026-11-13: due Wednesday 2026-11-18.
    const p = problems(complaint('received: 2026-11-13\n'));
    expect(where(p, 'deadline/overdue')).toEqual(['INC-1.md:10:11 received']);
    expect(p[0].message).toMatch(/Acknowledgement of the complaint was due on 2026-11-18 \(3 working days/);
    expect(where(problems(complaint('received: 2026-11-13\nacknowledged: 2026-11-16\n')), 'deadline/overdue')).toEqual([]);
  });
  it('a complaint response: the agreed date, else 6 months', () => {
    const agreed = problems(complaint('received: 2026-06-01\nacknowledged: 2026-06-02\nresponse_due: 2026-10-30\n'));
    expect(where(agreed, 'deadline/overdue')).toEqual(['INC-1.md:12:15 response_due']);
    const byDefault = problems(complaint('received: 2026-05-15\nacknowledged: 2026-05-18\n'));
    expect(where(byDefault, 'deadline/overdue')).toEqual(['INC-1.md:10:11 received']);
    expect(byDefault.find((x) => x.rule === 'deadline/overdue')?.message).toContain('due on 2026-11-15 (6 months after it was received');
    expect(where(problems(complaint('received: 2026-05-15\nacknowledged: 2026-05-18\nresponded: 2026-11-02\n')), 'deadline/overdue')).toEqual([]);
  });
  it('a learning response past its agreed completion date', () => {
    const text = incident('INC-1', 'response_started: 2026-06-01\nagreed_completion: 2026-11-20\n').replace('response: swarm-huddle', 'response: psii');
    expect(where(problems(text), 'deadline/overdue')).toEqual(['INC-1.md:11:20 agreed_completion']);
    const done = incident('INC-1', 'response_started: 2026-06-01\nagreed_completion: 2026-11-20\nresponse_completed: 2026-11-19\n');
    expect(where(problems(done), 'deadline/overdue')).toEqual([]);
  });
  it('a source with no clock fields has no clocks', () => {
    expect(problems(pfd(''))).toEqual([]);
  });
});

describe('deadline/due-soon', () => {
  it('warns within 14 days by default, at the field the date comes from', () => {
    // 2026-10-01 + 56 = 2026-11-26: 5 days after today.
    const p = problems(pfd('received: 2026-10-01\n'));
    expect(where(p, 'deadline/due-soon')).toEqual(['INC-1.md:10:11 received']);
    expect(p[0].severity).toBe('warning');
    expect(p[0].message).toContain('is due on 2026-11-26 (56 days after the report was received), in 5 days');
  });
  it('does not warn further ahead, or once recorded', () => {
    expect(problems(pfd('received: 2026-10-20\n'))).toEqual([]); // due 2026-12-15
    expect(problems(pfd('received: 2026-10-01\nresponded: 2026-11-20\n'))).toEqual([]);
  });
  it('uses deadlines.due_soon_days from the config', () => {
    const config = `${CONFIG}deadlines:\n  due_soon_days: 30\n`;
    expect(where(problems(pfd('received: 2026-10-20\n'), today, config), 'deadline/due-soon')).toEqual(['INC-1.md:10:11 received']);
    const none = `${CONFIG}deadlines:\n  due_soon_days: 0\n`;
    expect(where(problems(pfd('received: 2026-10-01\n'), today, none), 'deadline/due-soon')).toEqual([]);
  });
});

describe('feedback/missing', () => {
  const noFeedback = (extra = '') => incident('INC-1', extra).replace('feedback: {date: 2026-10-15, channel: email}\n', '');
  it('warns on a closed source with no feedback, at status', () => {
    const p = problems(noFeedback());
    expect(where(p, 'feedback/missing')).toEqual(['INC-1.md:9:9 status']);
    expect(p[0].severity).toBe('warning');
  });
  it('passes with feedback, on an open source, and for an audit (no one reported it)', () => {
    expect(problems(incident('INC-1'))).toEqual([]);
    expect(problems(noFeedback().replace('status: closed', 'status: under-review'))).toEqual([]);
    expect(problems(noFeedback().replace('source: incident', 'source: audit'))).toEqual([]);
  });
  it('checks the feedback channel', () => {
    const p = problems(incident('INC-1').replace('channel: email', 'channel: pigeon'));
    expect(where(p, 'schema')).toEqual(['INC-1.md:10:39 feedback.channel']);
  });
});

describe('clocks', () => {
  it('gives every clock of a complaint with its basis', () => {
    const data = { type: 'incident', id: 'INC-1', title: 'A complaint', source: 'complaint', received: '2026-12-24', response_owner: 'Head of Patient Experience' };
    const clocks = sourceClocks({ file: 'lessons/incidents/INC-1.md', data }, '2026-12-29', 14);
    expect(clocks.map((c) => [c.step, c.due, c.basis, c.state, c.days_left])).toEqual([
      ['acknowledgement', '2026-12-31', 'statutory', 'due-soon', 2],
      ['response', '2027-06-24', 'default', 'open', 177],
    ]);
    expect(clocks[0].owner).toBe('Head of Patient Experience');
  });
  it('marks a step recorded after its due date as met late', () => {
    const data = { type: 'incident', id: 'INC-1', title: 'A report', source: 'prevention-of-future-deaths', received: '2026-09-15', responded: '2026-11-12' };
    expect(sourceClocks({ file: 'f', data }, today, 14).map((c) => c.state)).toEqual(['met-late']);
  });
});

describe('lessons deadlines', () => {
  const repo = () =>
    tempRepo({
      'lessons.config.yaml': CONFIG,
      [`${I}INC-1.md`]: pfd('received: 2026-09-15\n').replace('title: Insulin dose not given during transfer', 'title: Coroner report on a delayed transfer'),
      [`${I}INC-2.md`]: complaint('received: 2026-11-19\nresponse_owner: Head of Patient Experience\n').replace('id: INC-1', 'id: INC-2'),
      [`${I}INC-3.md`]: incident('INC-3', 'received: 2026-01-01\nresponse_due: 2026-03-01\nresponded: 2026-02-01\n'),
    });
  it('lists every open clock by due date', async () => {
    const r = await runLessons(['deadlines', '--no-color'], { cwd: repo(), env: { LESSONS_TODAY: today } });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^DUE\s+STATE\s+SOURCE\s+STEP\s+OWNER\s+TITLE$/);
    expect(lines.slice(1, 4).map((l) => l.split(/\s{2,}/).slice(0, 4))).toEqual([
      ['2026-11-10', 'OVERDUE 11 days', 'INC-1', "Response to the coroner's report"],
      ['2026-11-24', 'due in 3 days', 'INC-2', 'Acknowledgement of the complaint'],
      ['2027-05-19', 'open', 'INC-2', 'Response to the complaint'],
    ]);
    expect(lines[4]).toBe('3 open deadlines: 1 overdue, 1 due within 14 days.');
  });
  it('--overdue --json gives only overdue clocks as JSON', async () => {
    const r = await runLessons(['deadlines', '--overdue', '--json'], { cwd: repo(), env: { LESSONS_TODAY: today } });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows).toEqual([
      {
        source: 'INC-1',
        file: 'lessons/incidents/INC-1.md',
        title: 'Coroner report on a delayed transfer',
        kind: 'prevention-of-future-deaths',
        step: 'response',
        label: "Response to the coroner's report",
        started: '2026-09-15',
        due: '2026-11-10',
        basis: 'statutory',
        rule: '56 days after the report was received',
        done_field: 'responded',
        done: null,
        state: 'overdue',
        days_left: -11,
        owner: null,
        lessons: [],
      },
    ]);
  });
  it('says so when nothing is open', async () => {
    const r = await runLessons(['deadlines', '--overdue'], { cwd: tempRepo({ 'lessons.config.yaml': CONFIG, [`${I}INC-3.md`]: incident('INC-3') }), env: { LESSONS_TODAY: today } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No deadlines are overdue.\n');
  });
});

describe('the sample repository', () => {
  it('exercises the clocks: one overdue (suppressed with its reason), one open, the rest met', async () => {
    const { PROJECT } = await import('./helpers/cli.js');
    const r = await runLessons(['deadlines', '--json'], { cwd: PROJECT, env: { LESSONS_TODAY: today } });
    const rows = JSON.parse(r.stdout) as { source: string; kind: string; step: string; state: string }[];
    expect(rows.map((c) => [c.kind, c.step, c.state])).toEqual([
      ['complaint', 'response', 'overdue'],
      ['external-review', 'learning-response', 'open'],
    ]);
    // The overdue one is suppressed in validation with its reason, so the sample still validates.
    const v = await runLessons(['validate', '--format', 'json'], { cwd: PROJECT, env: { LESSONS_TODAY: today } });
    const problems = JSON.parse(v.stdout).problems as { rule: string }[];
    expect(problems.filter((p) => p.rule === 'deadline/overdue')).toEqual([]);
    // No clock of the sample falls due soon: one that did would be overdue (an error) a few days later, and the
    // sample must validate on the day it is run, not only on the tests' pinned date.
    expect(problems.filter((p) => p.rule === 'deadline/due-soon')).toHaveLength(0);
    expect(problems.filter((p) => p.rule === 'feedback/missing')).toHaveLength(2);
  });
});
