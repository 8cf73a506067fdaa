/**
 * docs/guarantees.md (bad input): each case gets a clear message naming the file (and line where there is
 * one), exit 1 or 2, no stack trace, no crash, nothing written.
 */
import { existsSync, symlinkSync, chmodSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

interface JsonOut {
  summary: { files: number; errors: number; warnings: number };
  problems: { file: string; line: number; column: number; rule: string; message: string }[];
}

/** In process (main's exit code and output are what the process gives); the cases below that need a process use runBin. */
async function validateOne(name: string, content: string | Buffer) {
  const dir = tempRepo({ 'lessons.config.yaml': CONFIG, [`lessons/learning/${name}`]: content });
  const before = readdirSync(path.join(dir, 'lessons/learning')).sort();
  const r = await runLessons(['validate', '--format', 'json'], { cwd: dir });
  const pretty = await runLessons(['validate'], { cwd: dir });
  expect(readdirSync(path.join(dir, 'lessons/learning')).sort()).toEqual(before);
  for (const out of [r.stdout, r.stderr, pretty.stdout, pretty.stderr]) expect(out).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(r.stderr).toBe('');
  return { code: r.code, out: JSON.parse(r.stdout) as JsonOut, pretty: pretty.stdout, dir };
}

describe('bad input', () => {
  it('malformed YAML: yaml/syntax at the line', async () => {
    const { code, out, pretty } = await validateOne('LL-1.md', '---\nid: LL-1\ntitle: "unclosed\ntype: lesson\n---\n');
    expect(code).toBe(1);
    expect(out.problems[0]).toMatchObject({ file: 'lessons/learning/LL-1.md', rule: 'yaml/syntax' });
    expect(out.problems[0].line).toBeGreaterThanOrEqual(3);
    expect(pretty).toMatch(/lessons\/learning\/LL-1\.md\n\s+\d+:\d+\s+error/);
  });

  it('an unquoted colon in a title: explains the quoting', async () => {
    const { out } = await validateOne('LL-1.md', lesson('LL-1').replace('title: Insulin doses at ward transfer', 'title: Handover: what went well\n  and more: here'));
    expect(out.problems[0].rule).toBe('yaml/syntax');
    expect(out.problems[0].message).toContain('double quotes');
  });

  it('an empty file: frontmatter/missing', async () => {
    const { code, out } = await validateOne('LL-1.md', '');
    expect(code).toBe(1);
    expect(out.problems).toEqual([expect.objectContaining({ rule: 'frontmatter/missing', line: 1, column: 1 })]);
  });

  it('an empty front-matter block: frontmatter/missing', async () => {
    const { out } = await validateOne('LL-1.md', '---\n---\nbody\n');
    expect(out.problems[0]).toMatchObject({ rule: 'frontmatter/missing' });
    expect(out.problems[0].message).toContain('empty');
  });

  it('a binary file named .md: file/binary', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const { code, out } = await validateOne('LL-1.md', png);
    expect(code).toBe(1);
    expect(out.problems).toEqual([expect.objectContaining({ rule: 'file/binary', file: 'lessons/learning/LL-1.md' })]);
  });

  it('invalid UTF-8 (a Windows-1252 file): file/binary', async () => {
    const { out } = await validateOne('LL-1.md', Buffer.concat([Buffer.from(lesson('LL-1')), Buffer.from([0x93, 0x94])]));
    expect(out.problems[0].rule).toBe('file/binary');
  });

  it('a 5 MB file: file/too-large, not parsed', async () => {
    const { code, out } = await validateOne('LL-1.md', lesson('LL-1') + 'A long paragraph. '.repeat(300_000));
    expect(code).toBe(1);
    expect(out.problems).toEqual([expect.objectContaining({ rule: 'file/too-large' })]);
    expect(out.problems[0].message).toMatch(/5\.\d MiB, larger than the 1\.0 MiB limit/);
  });

  it('a YAML alias bomb: yaml/syntax, quickly', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
    const started = Date.now();
    const { code, out } = await validateOne('LL-1.md', `---\n${lines.join('\n')}\n---\n`);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(code).toBe(1);
    expect(out.problems[0]).toMatchObject({ rule: 'yaml/syntax' });
    expect(out.problems[0].message).toContain('aliases');
  });

  it('list front-matter: frontmatter/missing', async () => {
    const { out } = await validateOne('LL-1.md', '---\n- id: LL-1\n- type: lesson\n---\n');
    expect(out.problems[0]).toMatchObject({ rule: 'frontmatter/missing' });
    expect(out.problems[0].message).toContain('a list');
  });

  it('---js front-matter is refused and never executed', async () => {
    const dir = tempRepo({ 'x.txt': '' });
    const marker = path.join(dir, 'executed');
    for (const lang of ['js', 'javascript']) {
      const code = `---${lang}\n{ id: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') }\n---\n`;
      const { out } = await validateOne('LL-1.md', code);
      expect(out.problems[0]).toMatchObject({ rule: 'frontmatter/missing', line: 1 });
      expect(out.problems[0].message).toContain(`"${lang}" code`);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('an id containing ../ is a schema problem, and nothing is read or written outside', async () => {
    const { code, out } = await validateOne('LL-1.md', lesson('../../etc/passwd'));
    expect(code).toBe(1);
    expect(out.problems[0]).toMatchObject({ rule: 'schema', line: 2, column: 5 });
    expect(out.problems[0].message).toContain('not in the right form');
  });

  it('an unreadable file (a broken link): file/unreadable, and the others are still checked', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'lessons/learning/LL-2.md'));
    const r = await runBin(['validate', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.summary.files).toBe(2);
    expect(out.problems).toEqual([expect.objectContaining({ file: 'lessons/learning/LL-2.md', rule: 'file/unreadable' })]);
    expect(out.problems[0].message).toContain('does not exist');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission: file/unreadable', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    chmodSync(path.join(dir, 'lessons/learning/LL-1.md'), 0o000);
    const out = JSON.parse((await runBin(['validate', '--format', 'json'], { cwd: dir })).stdout) as JsonOut;
    expect(out.problems[0]).toMatchObject({ rule: 'file/unreadable' });
  });

  it('CRLF line ends and a BOM are fine, and positions still point into the file', async () => {
    const crlf = '\uFEFF' + lesson('LL-1').replace('status: draft', 'status: nope').replace(/\n/g, '\r\n');
    const { out } = await validateOne('LL-1.md', crlf);
    expect(out.problems).toEqual([expect.objectContaining({ rule: 'schema', line: 7, column: 9 })]);
    const clean = await validateOne('LL-1.md', '\uFEFF' + lesson('LL-1').replace(/\n/g, '\r\n'));
    expect(clean.code).toBe(0);
  });

  it('titles with : # " \' round-trip when quoted', async () => {
    const { code } = await validateOne('LL-1.md', lesson('LL-1').replace('title: Insulin doses at ward transfer', `title: "Ward 7: the \\"#1\\" 'handover' issue"`));
    expect(code).toBe(0);
  });

  it('a config file that is not YAML: exit 2 naming the file and line', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': 'taxonomy:\n  themes: [a, b\n' });
    const r = await runBin(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lessons\.config\.yaml:\d+:\d+: this line is not valid YAML/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
