/**
 * A lesson's life through a real pseudo-terminal (issue 12): `new`, then `status`, `action` and
 * `status` again, each asking only for what is missing, with nothing pre-selected in a choice and
 * the suggested dates taken with Enter. The result validates, and no editor is ever opened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, runLessons } from './helpers/cli.js';
import { KEYS, spawnPty, type PtySession } from './helpers/pty.js';
import { CONFIG, incident, tempRepo } from './helpers/repo.js';

const ENV = { LESSONS_TODAY: '2026-11-21', NO_COLOR: '1', EDITOR: 'false', VISUAL: 'false' };

async function finish(s: PtySession): Promise<void> {
  const code = await s.exited;
  expect(code, s.screen()).toBe(0);
}

describe('a lesson from new to embedded on a terminal', () => {
  it('asks only for what each step needs', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-1.md': incident('INC-1') });
    const made = await runLessons(['new', 'lesson', '--title', 'Pending insulin doses at ward transfer', '--summary', 'Pending doses now show on the handover screen.', '--kind', 'improvement', '--theme', 'medication-safety', '--yes'], { cwd: dir });
    const file = made.stdout.trim();
    const id = path.basename(file, '.md');
    const lessonsOf = (args: string[]) => spawnPty(process.execPath, [BIN, ...args], { cwd: dir, env: ENV });

    let s = lessonsOf(['status', id, 'approved']);
    await s.waitFor('What happened?');
    s.write(`A pending insulin dose was missed after a ward transfer.${KEYS.enter}`);
    await s.waitFor('What did we learn');
    s.write(`Pending doses were not visible to the receiving ward.${KEYS.enter}`);
    await s.waitFor('What have we changed');
    s.write(`The handover screen now lists pending doses.${KEYS.enter}`);
    await s.waitFor('Approved by');
    s.write(`Medicines Safety Group${KEYS.enter}`);
    await s.waitFor('Approved on (YYYY-MM-DD): (2026-11-21)');
    s.write(KEYS.enter);
    await s.waitFor(`${id}.md: status: draft → approved`);
    await finish(s);

    s = lessonsOf(['action', 'add', id]);
    await s.waitFor('What will be done?');
    s.write(`Show pending doses on the handover screen.${KEYS.enter}`);
    await s.waitFor('Who owns it?');
    s.write(`Chief Nursing Information Officer${KEYS.enter}`);
    await s.waitFor('Due by (YYYY-MM-DD): (2027-02-21)');
    s.write(KEYS.enter);
    await s.waitFor('How will we know it worked?');
    s.write(`Pending doses given within an hour of transfer${KEYS.enter}`);
    await s.waitFor(`${id}.md: actions.0: added`);
    await finish(s);

    s = lessonsOf(['status', id, 'shared']);
    await s.waitFor('Where was it shared?');
    s.write(KEYS.enter); // nothing chosen yet: not an answer
    await s.waitFor('Nothing is chosen yet.');
    s.write(`1${KEYS.enter}`); // the first channel, the bulletin
    await s.waitFor('Shared on (YYYY-MM-DD): (2026-11-21)');
    s.write(KEYS.enter);
    await s.waitFor('Check that it is embedded by');
    s.write(KEYS.enter); // six months on
    await s.waitFor(`${id}.md: shared.0: added {channel: bulletin, date: 2026-11-21}`);
    await finish(s);

    s = lessonsOf(['action', 'done', id]);
    await s.waitFor('Which action is done?');
    s.write(`1${KEYS.enter}`);
    await s.waitFor('Completed on (YYYY-MM-DD): (2026-11-21)');
    s.write(KEYS.enter);
    await s.waitFor(`${id}.md: actions.0.status: open → done`);
    await finish(s);

    s = lessonsOf(['status', id, 'embedded']);
    await s.waitFor('When was embedding checked?');
    s.write(KEYS.enter);
    await s.waitFor('How was it checked?');
    s.write(`re-audit of 20 transfers${KEYS.enter}`);
    await s.waitFor('What did it find');
    s.write(`19 of 20 transfers had pending doses given within an hour.${KEYS.enter}`);
    await s.waitFor(`${id}.md: status: shared → embedded`);
    await finish(s);

    const data = parse(readFileSync(path.join(dir, file), 'utf8').split('\n---\n')[0].replace(/^---\n/, '')) as Record<string, unknown>;
    expect(data).toMatchObject({
      status: 'embedded',
      approved_by: 'Medicines Safety Group',
      approved_on: '2026-11-21',
      shared: [{ channel: 'bulletin', date: '2026-11-21' }],
      evaluate_by: '2027-05-21',
      evaluation: { date: '2026-11-21', method: 're-audit of 20 transfers' },
    });
    const v = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.stdout).problems).toEqual([]);
  });
});

describe('a new learning source on a terminal', () => {
  it('asks for the harm (nothing pre-selected) and the contributory factors by part of the work system', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
    const s = spawnPty(
      process.execPath,
      [BIN, 'new', 'incident', '--title', 'Missed insulin dose at transfer', '--source', 'incident', '--occurred', '2026-10', '--reported', '2026-10-03', '--service', 'adult-inpatient', '--response', 'swarm-huddle'],
      { cwd: dir, env: ENV },
    );
    await s.waitFor('Physical harm to the patient');
    s.write(KEYS.enter);
    await s.waitFor('Nothing is chosen yet.');
    s.write(`2${KEYS.enter}`); // low
    await s.waitFor('Psychological harm');
    s.write(`5${KEYS.enter}`); // not recorded yet
    await s.waitFor('Choose the part of the work system');
    s.write(`2${KEYS.enter}`); // tasks
    await s.waitFor('What in that part of the system contributed?');
    s.write(`The transfer checklist had no line for pending doses.${KEYS.enter}`);
    await s.waitFor('Another contributory factor?');
    s.write(`3${KEYS.enter}`); // tools and technology
    await s.waitFor('What in that part of the system contributed?');
    s.write(`The handover screen did not show pending doses.${KEYS.enter}`);
    await s.waitFor('Another contributory factor?');
    s.write(`7${KEYS.enter}`); // no more
    await s.waitFor(/lessons\/incidents\/INC-20261121-[0-9a-z]{4}\.md/);
    await finish(s);
    const file = s.screen().match(/lessons\/incidents\/INC-20261121-[0-9a-z]{4}\.md/)![0];
    const data = parse(readFileSync(path.join(dir, file), 'utf8').split('\n---\n')[0].replace(/^---\n/, '')) as Record<string, unknown>;
    expect(data.harm).toEqual({ physical: 'low' });
    expect(data.contributory_factors).toEqual([
      { system: 'tasks', description: 'The transfer checklist had no line for pending doses.' },
      { system: 'tools-and-technology', description: 'The handover screen did not show pending doses.' },
    ]);
  });
});
