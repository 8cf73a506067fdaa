/**
 * `lessons just-culture` through a real pseudo-terminal: one whole run to a written record, and
 * one Ctrl-C in the middle of the questions (exit 130, nothing written). Uses the built binary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runLessons } from './helpers/cli.js';
import { KEYS, spawnPty } from './helpers/pty.js';
import { CONFIG, incident, tempRepo } from './helpers/repo.js';

const ENV = { LESSONS_TODAY: '2026-11-21', NO_COLOR: '1' };

function repoWithIncident(): string {
  return tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/incidents/INC-1.md': incident('INC-1'),
    'lessons/incidents/INC-2.md': incident('INC-2').replace('title: Insulin dose not given during transfer', 'title: Delayed escalation overnight'),
  });
}

function reviews(dir: string): string[] {
  const d = path.join(dir, 'lessons/reviews');
  return existsSync(d) ? readdirSync(d) : [];
}

describe('lessons just-culture on a terminal', () => {
  it('asks for the incident, runs the notes, the questions, the outcome and the local-practice questions, then writes the record after confirming', async () => {
    const dir = repoWithIncident();
    const s = spawnPty(process.execPath, [BIN, 'just-culture'], { cwd: dir, env: ENV });
    // Newest id first: INC-2, then INC-1.
    await s.waitFor('Which incident or learning source is this about?');
    await s.waitFor('INC-1  Insulin dose not given during transfer');
    s.write(KEYS.down + KEYS.enter);
    await s.waitFor('not replace an investigation');
    await s.waitFor('NHS Improvement (2018). A just culture guide.');
    await s.waitFor('Is this about one act or omission by one person');
    s.write(`y${KEYS.enter}`);
    // 1a, 2a, 2b, 2c: no. The choices are Yes, No: "down" then Enter answers no.
    for (const q of ['1a', '2a', '2b', '2c']) {
      await s.waitFor(`${q}: `);
      s.write(KEYS.down + KEYS.enter);
    }
    await s.waitFor('3a: ');
    s.write(KEYS.enter); // yes
    await s.waitFor('3b: ');
    s.write(KEYS.down + KEYS.enter); // no → system-focus
    await s.waitFor('Outcome: Focus on the system, not the individual (system-focus)');
    await s.waitFor('Path: 1a no → 2a no → 2b no → 2c no → 3a yes → 3b no');
    await s.waitFor('Local practice (not part of the 2018 guide)');
    await s.waitFor('Bias check:');
    s.write(`Yes, the panel agreed.${KEYS.enter}`);
    await s.waitFor('Who is hurt?');
    s.write(`The patient and the night team.${KEYS.enter}`);
    await s.waitFor('What do they need?');
    s.write(`An explanation and support.${KEYS.enter}`);
    await s.waitFor('Whose obligation is it to meet that need?');
    s.write(KEYS.enter); // skipped
    await s.waitFor("facilitator's role");
    s.write(`Head of Patient Safety${KEYS.enter}`);
    await s.waitFor(/Write the record to lessons\/reviews\/JC-20261121-[0-9a-z]{4}\.md\?/);
    s.write(KEYS.enter);
    await s.waitFor('Written: lessons/reviews/');
    expect(await s.exited).toBe(0);
    if (process.env.SHOW_SCREEN) console.log(s.screen());

    const files = reviews(dir);
    expect(files).toHaveLength(1);
    const text = readFileSync(path.join(dir, 'lessons/reviews', files[0]), 'utf8');
    expect(text).toContain('incident: INC-1\n');
    expect(text).toContain('facilitator: Head of Patient Safety\n');
    expect(text).toContain('path: ["1a", "2a", "2b", "2c", "3a", "3b"]\n');
    expect(text).toContain('outcome: system-focus\n');
    expect(text).toContain('Bias check (local practice):');
    expect(text).toContain('Who is hurt? The patient and the night team.');
    expect(text).not.toContain('Whose obligation');
    const validate = await runLessons(['validate'], { cwd: dir });
    expect(validate.stdout).toContain('no problems found');
    expect(validate.code).toBe(0);
  });

  it('stops, writing nothing, when it is not about one act or omission by one person', async () => {
    const dir = repoWithIncident();
    const s = spawnPty(process.execPath, [BIN, 'just-culture', 'INC-2'], { cwd: dir, env: ENV });
    await s.waitFor('Is this about one act or omission by one person');
    s.write(`n${KEYS.enter}`);
    await s.waitFor('Nothing was written.');
    expect(await s.exited).toBe(0);
    expect(s.screen()).not.toContain('1a · Deliberate harm test');
    expect(reviews(dir)).toEqual([]);
  });

  it('stops on Ctrl-C in the middle of the questions: exit 130, nothing written', async () => {
    const dir = repoWithIncident();
    const s = spawnPty(process.execPath, [BIN, 'just-culture', 'INC-1'], { cwd: dir, env: ENV });
    await s.waitFor('Is this about one act or omission by one person');
    s.write(`y${KEYS.enter}`);
    await s.waitFor('1a: ');
    s.write(KEYS.down + KEYS.enter);
    await s.waitFor('2a: ');
    s.write(KEYS.ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.screen()).toContain('Nothing was written');
    expect(reviews(dir)).toEqual([]);
  });
});
