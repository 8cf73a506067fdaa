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
    await s.waitFor('This guide has been replaced by The being fair tool (NHS England) (2025-05).');
    await s.waitFor('not replace an investigation');
    await s.waitFor('NHS Improvement (2018). A just culture guide.');
    await s.waitFor('Is this about one act or omission by one person');
    s.write(`y${KEYS.enter}`);
    // 1a, 2a, 2b, 2c: no. Nothing is chosen at the start; "n" chooses No, Enter answers.
    for (const q of ['1a', '2a', '2b', '2c']) {
      await s.waitFor(`${q}: `);
      s.write(`n${KEYS.enter}`);
    }
    await s.waitFor('3a: ');
    s.write(KEYS.down + KEYS.enter); // the first "down" chooses the first answer, Yes
    await s.waitFor('3b: ');
    s.write(`n${KEYS.enter}`); // no → system-focus
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

  it('answers nothing when Enter is pressed with nothing chosen, on every question', async () => {
    const dir = repoWithIncident();
    const s = spawnPty(process.execPath, [BIN, 'just-culture', 'INC-1'], { cwd: dir, env: ENV });
    await s.waitFor('Is this about one act or omission by one person');
    s.write(KEYS.enter);
    await s.waitFor('Nothing is chosen yet.');
    s.write(`y${KEYS.enter}`);
    // Enter, Enter, Enter on 1a: still 1a, nothing recorded; then "no".
    await s.waitFor('1a: ');
    s.write(KEYS.enter);
    await s.waitFor('Nothing is chosen yet.');
    for (let i = 0; i < 2; i++) {
      s.write(KEYS.enter);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(s.screen()).not.toContain('2a: ');
    s.write(`n${KEYS.enter}`);
    await s.waitFor('2a: ');
    s.write(KEYS.enter);
    await s.waitFor('Nothing is chosen yet.');
    expect(s.screen()).not.toContain('2b: ');
    s.write(KEYS.ctrlC);
    expect(await s.exited).toBe(130);
    expect(reviews(dir)).toEqual([]);
  });

  it('shows an outcome that singles out the individual with its path and meaning, and writes nothing unless confirmed (default: no)', async () => {
    const dir = repoWithIncident();
    const answerToOutcome = async (s: ReturnType<typeof spawnPty>) => {
      await s.waitFor('Is this about one act or omission by one person');
      s.write(`y${KEYS.enter}`);
      await s.waitFor('1a: ');
      s.write(`y${KEYS.enter}`);
      await s.waitFor('Outcome: Follow the organisation\'s guidance on management action (deliberate-harm)');
      // Local practice: skip the bias check and the restorative questions, give a role.
      for (const prompt of ['Bias check:', 'Who is hurt?', 'What do they need?', 'Whose obligation is it to meet that need?']) {
        await s.waitFor(prompt);
        s.write(KEYS.enter);
      }
      await s.waitFor("facilitator's role");
      s.write(`Head of Patient Safety${KEYS.enter}`);
      await s.waitFor('Check before recording: Follow the organisation\'s guidance on management action (deliberate-harm)');
      await s.waitFor('This outcome points at action directed at the individual.');
      await s.waitFor('Path: 1a yes (deliberate harm: was there an intention to cause harm?)');
      await s.waitFor('What it means: Follow your organisation\'s guidance on appropriate management action.');
      await s.waitFor(/Record the outcome deliberate-harm for INC-1 in lessons\/reviews\/JC-20261121-[0-9a-z]{4}\.md\? \(y\/N\)/);
    };
    const first = spawnPty(process.execPath, [BIN, 'just-culture', 'INC-1'], { cwd: dir, env: ENV });
    await answerToOutcome(first);
    first.write(KEYS.enter); // the default is no
    await first.waitFor('Nothing was written.');
    expect(await first.exited).toBe(0);
    expect(reviews(dir)).toEqual([]);

    const second = spawnPty(process.execPath, [BIN, 'just-culture', 'INC-1'], { cwd: dir, env: ENV });
    await answerToOutcome(second);
    second.write(`y${KEYS.enter}`);
    await second.waitFor('Written: lessons/reviews/');
    expect(await second.exited).toBe(0);
    const files = reviews(dir);
    expect(files).toHaveLength(1);
    const text = readFileSync(path.join(dir, 'lessons/reviews', files[0]), 'utf8');
    expect(text).toContain('outcome: deliberate-harm\n');
    expect(text).toContain('guide_version: "2018"\n');
  });

  it('checks free text with the content rules as it is typed, before anything is written', async () => {
    const dir = repoWithIncident();
    const s = spawnPty(process.execPath, [BIN, 'just-culture', 'INC-1'], { cwd: dir, env: ENV });
    await s.waitFor('Is this about one act or omission by one person');
    s.write(`y${KEYS.enter}`);
    for (const q of ['1a', '2a', '2b', '2c']) {
      await s.waitFor(`${q}: `);
      s.write(`n${KEYS.enter}`);
    }
    await s.waitFor('3a: ');
    s.write(`n${KEYS.enter}`);
    await s.waitFor('Bias check:');
    s.write(`Yes; call the ward on 01632 960123 to check.${KEYS.enter}`);
    await s.waitFor('This looks like a phone number');
    expect(s.screen()).not.toContain('Who is hurt?');
    // Clear the line and answer again.
    s.write(KEYS.backspace.repeat(60));
    s.write(`Yes, the panel agreed.${KEYS.enter}`);
    await s.waitFor('Who is hurt?');
    s.write(KEYS.ctrlC);
    expect(await s.exited).toBe(130);
    expect(reviews(dir)).toEqual([]);
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
    s.write(`n${KEYS.enter}`);
    await s.waitFor('2a: ');
    s.write(KEYS.ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.screen()).toContain('Nothing was written');
    expect(reviews(dir)).toEqual([]);
  });
});
