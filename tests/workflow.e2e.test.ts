/**
 * A lesson's whole life by command, without an editor (issue 12): the built binary takes a lesson
 * from `new` to `embedded`, with actions added and done, a source linked and an evaluation
 * recorded, and the file is checked after every step. Then what each command refuses: a missing
 * value without a terminal (exit 2), a value that fails the content rules (exit 1), both with
 * nothing written; going back; `--branch`; policies and sources; what `review` shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBin, runLessons } from './helpers/cli.js';
import { testNhsNumber, prng } from './helpers/identifiers.js';
import { CONFIG, git, gitInit, incident, lesson, policy, tempRepo, writeFiles } from './helpers/repo.js';

const tempWrite = (dir: string, rel: string, text: string) => writeFiles(dir, { [rel]: text });

function fm(text: string): Record<string, unknown> {
  return parse(text.split('\n---\n')[0].replace(/^---\n/, '')) as Record<string, unknown>;
}

function repo(): string {
  return tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-1.md': incident('INC-1'), 'lessons/policies/POL-1.md': policy('POL-1') });
}

describe('a lesson from new to embedded, by command only (built binary)', () => {
  it('goes through every status, with actions, a link and an evaluation, valid after every step', async () => {
    const dir = repo();
    const run = async (args: string[], code = 0) => {
      const r = await runBin(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(code);
      return r;
    };
    const created = await run(['new', 'lesson', '--title', 'Pending insulin doses at ward transfer', '--summary', 'Pending doses now show on the handover screen.', '--kind', 'improvement', '--theme', 'medication-safety', '--yes']);
    const file = created.stdout.trim();
    const id = path.basename(file, '.md');
    const abs = path.join(dir, file);
    const read = () => readFileSync(abs, 'utf8');
    const valid = async () => {
      const v = await runBin(['validate', '--format', 'json'], { cwd: dir });
      expect(JSON.parse(v.stdout).problems, read()).toEqual([]);
    };
    const template = read().split('\n---\n')[1];

    expect((await run(['status', id, 'in-review'])).stdout).toBe(`${id}.md: status: draft → in-review\n${id}.md: updated: added 2026-11-21\n`);
    await valid();

    const approved = await run([
      'status', id, 'approved',
      '--what-happened', 'A pending insulin dose was missed after a ward transfer at handover time.',
      '--what-we-learned', 'Pending doses were not visible to the receiving ward on the handover screen.',
      '--what-we-changed', 'The handover screen now lists pending doses, and the transfer checklist asks about them.',
      '--approved-by', 'Medicines Safety Group', '--approved-on', '2026-11-21',
    ]);
    expect(approved.stdout).toContain(`${id}.md: status: in-review → approved\n`);
    expect(approved.stdout).toContain(`${id}.md: approved_by: added Medicines Safety Group\n`);
    await valid();

    await run(['action', 'add', id, '--description', 'Show pending doses on the handover screen.', '--owner', 'Chief Nursing Information Officer', '--due', '2026-12-15', '--measure', 'Pending doses given within an hour of transfer']);
    await run(['action', 'add', id, '--description', 'Add pending doses to the transfer checklist.', '--owner', 'Ward Manager', '--due', '2027-01-31']);
    await run(['link', id, 'INC-1']);
    await run(['link', id, 'POL-1']);
    await valid();

    const shared = await run(['status', id, 'shared', '--channel', 'bulletin', '--shared-date', '2026-11-21', '--evaluate-by', '2027-05-31']);
    expect(shared.stdout).toContain(`${id}.md: shared.0: added {channel: bulletin, date: 2026-11-21}\n`);
    await run(['status', id, 'shared', '--channel', 'team-meeting', '--shared-date', '2026-11-21']);
    await run(['action', 'done', id, '--action', '1', '--completed', '2026-11-21']);
    await run(['action', 'done', id, '--action', '2', '--completed', '2026-11-21']);
    await valid();

    const embedded = await run(['status', id, 'embedded', '--evaluation-date', '2026-11-21', '--evaluation-method', 're-audit of 20 transfers', '--evaluation-result', '19 of 20 transfers had pending doses given within an hour (measure met).']);
    expect(embedded.stdout).toContain(`${id}.md: status: shared → embedded\n`);
    await valid();

    const text = read();
    const data = fm(text);
    expect(data).toMatchObject({
      status: 'embedded',
      approved_by: 'Medicines Safety Group',
      approved_on: '2026-11-21',
      sources: ['INC-1'],
      policies: ['POL-1'],
      shared: [{ channel: 'bulletin', date: '2026-11-21' }, { channel: 'team-meeting', date: '2026-11-21' }],
      evaluate_by: '2027-05-31',
      evaluation: { date: '2026-11-21', method: 're-audit of 20 transfers', result: '19 of 20 transfers had pending doses given within an hour (measure met).' },
    });
    expect((data.actions as { status: string; completed: string }[]).map((a) => [a.status, a.completed])).toEqual([['done', '2026-11-21'], ['done', '2026-11-21']]);
    // Both sides of each link.
    expect(fm(readFileSync(path.join(dir, 'lessons/incidents/INC-1.md'), 'utf8')).lessons).toEqual([id]);
    expect(fm(readFileSync(path.join(dir, 'lessons/policies/POL-1.md'), 'utf8')).lessons).toEqual([id]);
    // The template's guidance comments are still there, each section now with its text under it.
    for (const comment of template.match(/<!--[\s\S]*?-->/g) ?? []) expect(text).toContain(comment);
    expect(text).toMatch(/## What we changed\n\n<!--[\s\S]*?-->\n\nThe handover screen now lists pending doses/);
  });
});

describe('lifecycle commands (in process)', () => {
  const READY = `approved_by: Medicines Safety Group\napproved_on: 2026-10-10\n`;

  it('stop with exit 2 without a terminal when a value is missing, naming every flag, and write nothing', async () => {
    const dir = repo();
    const before = lesson('LL-1').replace('status: draft', 'status: in-review');
    tempWrite(dir, 'lessons/learning/LL-1.md', before);
    const r = await runLessons(['status', 'LL-1', 'embedded'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Pass --approved-by <role>, --approved-on <YYYY-MM-DD>, --channel <channel>, --shared-date <YYYY-MM-DD>, --evaluate-by <YYYY-MM-DD>, --evaluation-date <YYYY-MM-DD>, --evaluation-method <method>, --evaluation-result <text>.');
    const a = await runLessons(['action', 'add', 'LL-1', '--description', 'Change the screen.'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('Pass --owner <role>, --due <YYYY-MM-DD>.');
    expect(readFileSync(path.join(dir, 'lessons/learning/LL-1.md'), 'utf8')).toBe(before);
  });

  it('refuse (exit 1, nothing written) a result that fails a rule, listing the problems', async () => {
    const dir = repo();
    const before = lesson('LL-1', READY).replace('status: draft', 'status: approved');
    tempWrite(dir, 'lessons/learning/LL-1.md', before);
    const nhs = testNhsNumber(prng(5));
    const r = await runLessons(['action', 'add', 'LL-1', '--description', `Call the patient ${nhs} back.`, '--owner', 'Ward Manager', '--due', '2027-01-31'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lessons\/learning\/LL-1\.md:\d+:\d+: error: .*\(pii\/nhs-number\)/);
    const early = await runLessons(['status', 'LL-1', 'shared', '--channel', 'bulletin', '--shared-date', '2026-10-01', '--evaluate-by', '2027-01-01'], { cwd: dir });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('(dates/order)');
    expect(readFileSync(path.join(dir, 'lessons/learning/LL-1.md'), 'utf8')).toBe(before);
  });

  it('refuse flags the new status does not use, and statuses the type does not have (exit 2)', async () => {
    const dir = repo();
    tempWrite(dir, 'lessons/learning/LL-1.md', lesson('LL-1'));
    const r = await runLessons(['status', 'LL-1', 'in-review', '--evaluation-method', 're-audit'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--evaluation-method is not used when a lesson moves to "in-review"');
    const s = await runLessons(['status', 'LL-1', 'aproved'], { cwd: dir });
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('Did you mean "approved"?');
    const missing = await runLessons(['status', 'LL-9', 'approved'], { cwd: dir });
    expect(missing.code).toBe(1);
  });

  it('go back to an earlier status, saying what is left in place', async () => {
    const dir = repo();
    tempWrite(dir, 'lessons/learning/LL-1.md', lesson('LL-1', `${READY}shared:\n  - {channel: bulletin, date: 2026-10-20}\nevaluate_by: 2027-04-30\n`).replace('status: draft', 'status: shared'));
    const r = await runLessons(['status', 'LL-1', 'in-review'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Moved back from "shared" to "in-review". Left in place: approved_by and approved_on (who approved it and when); shared (where and when it was shared); evaluate_by.');
    expect(fm(readFileSync(path.join(dir, 'lessons/learning/LL-1.md'), 'utf8'))).toMatchObject({ status: 'in-review', approved_by: 'Medicines Safety Group' });
  });

  it('move a policy to authorised with its document control, and reopen a closed source', async () => {
    const dir = repo();
    const r = await runLessons(['status', 'POL-1', 'authorised', '--ratified-by', 'Policy Ratification Group', '--ratified-on', '2026-11-18', '--implemented-on', '2026-12-01', '--review-date', '2029-11-30'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(fm(readFileSync(path.join(dir, 'lessons/policies/POL-1.md'), 'utf8'))).toMatchObject({ status: 'authorised', ratified_by: 'Policy Ratification Group', review_date: '2029-11-30' });
    const i = await runLessons(['status', 'INC-1', 'under-review'], { cwd: dir });
    expect(i.code).toBe(0);
    expect(i.stdout).toBe('INC-1.md: status: closed → under-review\nMoved back from "closed" to "under-review".\n');
  });

  it('commit on a branch of its own with --branch, and review shows the status change and the new public text', async () => {
    const dir = repo();
    tempWrite(dir, 'lessons/learning/LL-1.md', lesson('LL-1', READY).replace('status: draft', 'status: approved'));
    gitInit(dir);
    const r = await runLessons(['status', 'LL-1', 'shared', '--channel', 'notice-board', '--shared-date', '2026-11-20', '--evaluate-by', '2027-05-31', '--public-summary', 'Nurses now see every insulin dose that is due when you move ward.', '--branch'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('created the branch lessons/LL-1-shared');
    expect(git(dir, ['branch', '--show-current']).trim()).toBe('lessons/LL-1-shared');
    expect(git(dir, ['log', '-1', '--format=%s']).trim()).toBe('LL-1: status approved → shared (Insulin doses at ward transfer)');
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('');
    const review = await runLessons(['review', '--base', 'main'], { cwd: dir });
    expect(review.stdout).toContain('- Status: approved → shared');
    expect(review.stdout).toContain('- Public text (changed: `public`, `public_summary`)');
    expect(review.stdout).toContain('  > Nurses now see every insulin dose that is due when you move ward.');
  });

  it('cancel and edit actions by number, and say when an action is already done', async () => {
    const dir = repo();
    tempWrite(dir, 'lessons/learning/LL-1.md', lesson('LL-1', 'actions:\n  - {description: Change the screen, owner: Ward Manager, due: 2026-12-01, status: open}\n  - description: Audit it\n    owner: Ward Manager\n    due: 2027-01-01\n    status: done\n    completed: 2026-11-01\n'));
    expect((await runLessons(['action', 'cancel', 'LL-1', '--action', '1'], { cwd: dir })).stdout).toBe('LL-1.md: actions.0.status: open → cancelled\nLL-1.md: updated: added 2026-11-21\n');
    expect((await runLessons(['action', 'done', 'LL-1', '--action', '2', '--completed', '2026-11-02'], { cwd: dir })).stdout).toBe('Action 2 of LL-1 is already done; nothing to change.\n');
    const e = await runLessons(['action', 'edit', 'LL-1', '--action', '2', '--owner', 'Lead Pharmacist', '--measure', 'Doses on time'], { cwd: dir });
    expect(e.stdout).toContain('LL-1.md: actions.1.owner: Ward Manager → Lead Pharmacist\nLL-1.md: actions.1.measure: added Doses on time\n');
    const bad = await runLessons(['action', 'done', 'LL-1', '--action', '7'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('1. Change the screen (cancelled; due 2026-12-01; Ward Manager)');
  });
});

describe('lessons new incident: harm and contributory factors', () => {
  const BASE = ['new', 'incident', '--title', 'Missed insulin dose at transfer', '--source', 'incident', '--occurred', '2026-10', '--service', 'adult-inpatient', '--response', 'swarm-huddle', '--yes'];
  it('records harm and SEIPS contributory factors from flags, a description with commas kept whole', async () => {
    const dir = repo();
    const r = await runLessons([...BASE, '--harm-physical', 'moderate', '--harm-psychological', 'low', '--contributory-factor', 'organisation: two wards, one pharmacist, at night', '--contributory-factor', 'internal-environment: the drug room was far from the bay'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const data = fm(readFileSync(path.join(dir, r.stdout.trim()), 'utf8'));
    expect(data.harm).toEqual({ physical: 'moderate', psychological: 'low' });
    expect(data.contributory_factors).toEqual([
      { system: 'organisation', description: 'two wards, one pharmacist, at night' },
      { system: 'internal-environment', description: 'the drug room was far from the bay' },
    ]);
    const v = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.stdout).problems).toEqual([]);
  });
  it('refuses a harm level or work-system part that does not exist (exit 2)', async () => {
    const dir = repo();
    const h = await runLessons([...BASE, '--harm-physical', 'minor'], { cwd: dir });
    expect(h.code).toBe(2);
    expect(h.stderr).toContain('--harm-physical: "minor" is not one of the choices');
    const f = await runLessons([...BASE, '--contributory-factor', 'staffing: short'], { cwd: dir });
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('--contributory-factor: write a factor as "<system>: <what contributed>"');
  });
});

describe('the just culture questionnaire without a terminal', () => {
  it('records an outcome that singles out the individual only with --confirm-outcome naming it', async () => {
    const dir = repo();
    tempWrite(dir, 'answers.json', JSON.stringify({ '1a': 'yes' }));
    const r = await runLessons(['just-culture', 'INC-1', '--answers', 'answers.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('these answers reach deliberate-harm');
    expect(r.stderr).toContain('--confirm-outcome deliberate-harm');
    const wrong = await runLessons(['just-culture', 'INC-1', '--answers', 'answers.json', '--confirm-outcome', 'ill-health'], { cwd: dir });
    expect(wrong.code).toBe(2);
    const v = await runLessons(['validate'], { cwd: dir });
    expect(v.stdout).not.toContain('reviews/');
    const ok = await runLessons(['just-culture', 'INC-1', '--answers', 'answers.json', '--confirm-outcome', 'deliberate-harm'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Written: lessons\/reviews\/JC-20261121-[0-9a-z]{4}\.md/);
    expect(ok.stderr).toContain('replaced this guide with the "Being fair" tool');
  });
});

