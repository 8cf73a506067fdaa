/** Issue 11.7 (this branch's part): reserved device names as ids, merge-conflict markers, CR-only line endings. */
import { describe, expect, it } from 'vitest';
import { isReservedFileName } from '../src/model/ids.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

interface P {
  file: string;
  line: number;
  rule: string;
  message: string;
}

async function problems(files: Record<string, string | Buffer>): Promise<P[]> {
  const r = await runLessons(['validate', '--format', 'json'], { cwd: tempRepo({ 'lessons.config.yaml': CONFIG, ...files }) });
  expect([0, 1]).toContain(r.code);
  return JSON.parse(r.stdout).problems as P[];
}

describe('ids that are Windows device names', () => {
  it.each(['CON', 'con', 'PRN', 'AUX', 'NUL', 'nul', 'COM1', 'com9', 'LPT1', 'LPT9', 'CON.lesson', 'nul.x'])('%s is refused', async (id) => {
    expect(isReservedFileName(id)).toBe(true);
    const ps = await problems({ [`lessons/learning/${id}.md`]: lesson(id) });
    expect(ps.map((p) => [p.rule, p.line])).toEqual([['id/filename', 2]]);
    expect(ps[0].message).toMatch(/Windows reserves/);
  });

  it.each(['CONSENT-1', 'NULLS', 'COM10', 'LPT', 'AUXILIARY', 'LL-CON', 'ICON'])('%s is allowed', async (id) => {
    expect(isReservedFileName(id)).toBe(false);
    expect(await problems({ [`lessons/learning/${id}.md`]: lesson(id) })).toEqual([]);
  });

  it('"new --id CON" is refused (exit 2), and nothing is written', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
    const r = await runLessons(['new', 'lesson', '--id', 'CON', '--title', 'Insulin doses at transfer', '--summary', 'Pending doses show.', '--kind', 'improvement', '--theme', 'handover', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Windows reserves CON/);
  });
});

describe('merge-conflict markers', () => {
  const conflicted = (where: 'body' | 'front-matter') =>
    where === 'body'
      ? lesson('LL-20261104-7kq2', '', '\n## What happened\n\n<<<<<<< HEAD\nA dose was given late.\n=======\nA dose was missed.\n>>>>>>> feature/insulin\n')
      : lesson('LL-20261104-7kq2').replace('summary: Pending doses now show on the handover screen.', 'summary: |\n  <<<<<<< HEAD\n  Pending doses now show.\n  =======\n  Pending doses show on the screen.\n  >>>>>>> feature');

  it('in the body: an error at the first marker', async () => {
    const ps = await problems({ 'lessons/learning/LL-20261104-7kq2.md': conflicted('body') });
    expect(ps.map((p) => [p.rule, p.line])).toEqual([['file/merge-conflict', 14]]);
  });

  it('inside a front-matter value: an error at the marker', async () => {
    const ps = await problems({ 'lessons/learning/LL-20261104-7kq2.md': conflicted('front-matter') });
    expect(ps.map((p) => p.rule)).toContain('file/merge-conflict');
    expect(ps.find((p) => p.rule === 'file/merge-conflict')!.line).toBe(6);
  });

  it('where the markers break the YAML: reported as well as the syntax error', async () => {
    const text = lesson('LL-20261104-7kq2').replace('kind: improvement\n', '<<<<<<< HEAD\nkind: improvement\n=======\nkind: good-practice\n>>>>>>> other\n');
    const ps = await problems({ 'lessons/learning/LL-20261104-7kq2.md': text });
    expect(ps.map((p) => p.rule)).toEqual(expect.arrayContaining(['yaml/syntax', 'file/merge-conflict']));
  });

  it('a Markdown rule of = signs or a quote is not a marker', async () => {
    const body = '\n## What happened\n\nSetext heading\n=======\n\n> quoted text\n>>>>>> six only\n';
    expect(await problems({ 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2', '', body) })).toEqual([]);
  });
});

describe('CR-only line endings', () => {
  it('are reported as such (not as a missing front-matter), and the content is still checked', async () => {
    const text = lesson('LL-20261104-7kq2', '', '\n## What happened\n\nCall 01632 960123.\n').replace(/\n/g, '\r');
    const ps = await problems({ 'lessons/learning/LL-20261104-7kq2.md': text });
    expect(ps.map((p) => [p.rule, p.line])).toEqual([['file/line-endings', 1], ['pii/phone', 14]]);
    expect(ps[0].message).toMatch(/carriage return alone/);
  });

  it('CRLF files and a stray CR inside a value are not CR-only', async () => {
    expect(await problems({ 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2').replace(/\n/g, '\r\n') })).toEqual([]);
    const stray = lesson('LL-20261104-7kq2').replace('Pending doses now show', 'Pending doses\rnow show');
    expect((await problems({ 'lessons/learning/LL-20261104-7kq2.md': stray })).map((p) => p.rule)).not.toContain('file/line-endings');
  });
});

describe('kept guarantees', () => {
  it('a __proto__ or constructor key pollutes no prototype, in any command', async () => {
    const text = lesson('LL-20261104-7kq2', '__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nactions:\n  - {__proto__: {polluted: yes}, description: Check, owner: Ward Manager, due: 2026-12-01, status: open}\n');
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': text });
    for (const argv of [['validate', '--format', 'json'], ['list', '--json'], ['actions', '--json'], ['digest', '--format', 'json'], ['brief', 'LL-20261104-7kq2']]) {
      const r = await runLessons(argv, { cwd: dir });
      expect([0, 1], `${argv.join(' ')}: ${r.stderr}`).toContain(r.code);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
    const ps = await problems({ 'lessons/learning/LL-20261104-7kq2.md': text });
    expect(ps.map((p) => p.rule)).toContain('schema');
  });
});
