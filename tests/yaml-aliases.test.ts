/**
 * Issue 11, item 1: YAML aliases from a pull request cannot stop CI. An alias inside the value it
 * names (a value that contains itself) is a `yaml/syntax` problem for that file in every command,
 * never an internal error; and aliases are bounded by how much text they expand to, not only by
 * how many there are.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml, type FrontMatter } from '../src/repo/frontmatter.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, git, gitInit, lesson, tempRepo, writeFiles } from './helpers/repo.js';

const fm = (yaml: string): FrontMatter => ({ yaml, yamlLine: 2, body: '', bodyLine: 2 });

/** Blocks whose aliases contain themselves, directly or through another anchor. */
const CYCLES = [
  'self: &a [*a]\n', // 13 bytes and a newline: the line that stopped CI
  'a: &a\n  b: *a\n',
  'a: &a {b: [1, *a]}\n',
  'a: &x\n  - &y\n    - *x\n',
  'id: LL-1\ntype: lesson\nthemes: &t [handover, *t]\n',
];

describe('parseYaml: aliases', () => {
  it.each(CYCLES)('an alias inside its own value is an alias-cycle error: %j', (yaml) => {
    const r = parseYaml(fm(yaml));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('alias-cycle');
  });

  it('points at the alias', () => {
    const r = parseYaml(fm('id: LL-1\nself: &a [*a]\n'));
    expect(r).toMatchObject({ ok: false, error: { position: { line: 3, column: 11 } } });
  });

  it('bounds aliases by the size they expand to: a long text repeated 40 times is refused', () => {
    const long = 'word '.repeat(4000); // 20 KB, written once
    const yaml = `text: &t "${long}"\ncopies: [${Array(40).fill('*t').join(', ')}]\n`;
    const started = performance.now();
    const r = parseYaml(fm(yaml));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('alias-limit');
  });

  it('still accepts aliases that repeat a little (a short list used twice, a long text used once more)', () => {
    expect(parseYaml(fm('base: &b [handover]\nthemes: *b\n'))).toEqual({ ok: true, data: { base: ['handover'], themes: ['handover'] } });
    const once = `a: &t "${'x'.repeat(30_000)}"\nb: *t\n`;
    expect(parseYaml(fm(once)).ok).toBe(true);
  });
});

describe('a self-containing alias in a pull request', () => {
  function repo(): string {
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-1.md': lesson('LL-1'),
    });
    gitInit(dir);
    git(dir, ['switch', '-q', '-c', 'feature']);
    writeFiles(dir, {
      'lessons/learning/LL-2.md': '---\nself: &a [*a]\n---\n',
      // A lesson that list and digest would show, with a list of themes that contains itself.
      'lessons/learning/LL-3.md': lesson('LL-3').replace(/themes:.*\n/, 'themes: &t [handover, *t]\n').replace('status: draft', 'status: shared'),
    });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'a hostile file']);
    return dir;
  }

  it('validate: a yaml/syntax error for that file (exit 1), never an internal error', async () => {
    const dir = repo();
    for (const args of [['validate', '--format', 'json'], ['validate', '--changed', '--format', 'json']]) {
      const r = await runLessons(args, { cwd: dir });
      expect(r.stderr).not.toMatch(/went wrong|RangeError|stack/i);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as { problems: { file: string; rule: string; line: number; message: string }[] };
      expect(out.problems).toEqual([
        expect.objectContaining({ file: 'lessons/learning/LL-2.md', rule: 'yaml/syntax', line: 2 }),
        expect.objectContaining({ file: 'lessons/learning/LL-3.md', rule: 'yaml/syntax' }),
      ]);
      expect(out.problems[0].message).toContain('contain itself');
    }
  });

  it.each([['list'], ['list', '--json'], ['digest', '--from', '2026-01-01', '--to', '2026-11-21'], ['review'], ['review', '--format', 'json']])(
    '%s: carries on without the file (exit 0), no internal error',
    async (...args) => {
      const r = await runLessons(args, { cwd: repo() });
      expect(r.stderr).not.toMatch(/went wrong|RangeError|stack/i);
      expect(r.code).toBe(0);
    },
  );
});
