/**
 * Issue 11.3: lessons stays inside the repository. A pull request can add links and special
 * files; none of them makes lessons read or write outside the repository, or open a FIFO or a
 * device (which would block it or read from hardware).
 */
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runLessons, type RunResult } from './helpers/cli.js';
import { CONFIG, gitInit, incident, lesson, tempRepo } from './helpers/repo.js';

/** The built binary with a time limit: a blocked open must fail the test, not hang it. */
function runBinWithin(argv: string[], cwd: string, ms = 15_000): Promise<RunResult & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const env = { ...process.env, LESSONS_TODAY: '2026-11-21', NO_COLOR: '1' };
    delete env.NODE_EXTRA_CA_CERTS;
    execFile(process.execPath, [BIN, ...argv], { cwd, env, timeout: ms, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      const timedOut = Boolean(err && (err as { killed?: boolean }).killed);
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout: String(stdout), stderr: String(stderr), timedOut });
    });
  });
}

const SECRET = 'NHS number 943 476 5919 outside the repository';

function outsideFile(): string {
  const dir = tempRepo({ 'secret.md': `---\nid: LL-20261104-7kq2\ntype: lesson\ntitle: ${SECRET}\n---\n${SECRET}\n` });
  return path.join(dir, 'secret.md');
}

describe('reading: real paths outside the repository are refused, special files never opened', () => {
  it('an entry that links outside the repository is a problem, and its content is not read', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    symlinkSync(outsideFile(), path.join(dir, 'lessons/learning/LL-20261104-zzzz.md'));
    for (const argv of [['validate', '--format', 'json'], ['list', '--json'], ['digest', '--format', 'json']]) {
      const r = await runLessons(argv, { cwd: dir });
      expect(r.stdout + r.stderr).not.toContain('943');
      expect(r.stdout + r.stderr).not.toMatch(/outside the repository \(|NHS number/);
    }
    const r = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems as { file: string; rule: string; message: string }[];
    expect(problems).toEqual([expect.objectContaining({ file: 'lessons/learning/LL-20261104-zzzz.md', rule: 'file/unreadable', message: expect.stringMatching(/outside the repository/) })]);
  });

  it('a link inside the repository to another file inside it is read as usual', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'drafts/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    mkdirSync(path.join(dir, 'lessons/learning'), { recursive: true });
    symlinkSync('../../drafts/LL-20261104-7kq2.md', path.join(dir, 'lessons/learning/LL-20261104-7kq2.md'));
    const r = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).problems).toEqual([]);
  });

  it.each([
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p])],
    ['a link to a FIFO', (p: string) => {
      execFileSync('mkfifo', [`${p}.fifo`]);
      symlinkSync(path.basename(`${p}.fifo`), p);
    }],
    ['a character device (a link to /dev/zero)', (p: string) => symlinkSync('/dev/zero', p)],
    ['a socket-like special file (a link to /dev/tty)', (p: string) => symlinkSync('/dev/tty', p)],
  ])('an entry that is %s is reported without being opened (no hang)', async (_what, make) => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    make(path.join(dir, 'lessons/learning/LL-20261104-fifo.md'));
    const r = await runBinWithin(['validate', '--format', 'json'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems as { file: string; rule: string; message: string }[];
    expect(problems.map((p) => [p.file, p.rule])).toEqual([['lessons/learning/LL-20261104-fifo.md', 'file/unreadable']]);
    expect(problems[0].message).toMatch(/not a regular file|outside the repository/);
  });

  it('validate --changed reads the other files only so far, and never opens a FIFO among them (no hang)', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    gitInit(dir);
    execFileSync('mkfifo', [path.join(dir, 'lessons/learning/LL-20261104-fifo.md')]);
    symlinkSync(outsideFile(), path.join(dir, 'lessons/learning/LL-20261104-zzzz.md'));
    writeFileSync(path.join(dir, 'lessons/learning/LL-20261104-7kq2.md'), lesson('LL-20261104-7kq2').replace('Insulin doses at ward transfer', 'Insulin doses at every ward transfer'));
    const r = await runBinWithin(['validate', '--changed', '--base', 'main', '--format', 'json'], dir);
    expect(r.timedOut).toBe(false);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stdout + r.stderr).not.toContain('943');
  });

  it('a configuration that links outside the repository is refused (exit 2)', async () => {
    const outside = tempRepo({ 'config.yaml': 'organisation: Elsewhere\n' });
    const dir = tempRepo({ 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    symlinkSync(path.join(outside, 'config.yaml'), path.join(dir, 'lessons.config.yaml'));
    const r = await runLessons(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lessons\.config\.yaml could not be read: it is a link to a place outside the repository/);
  });

  it('a configuration that is a FIFO is refused at once (exit 2), and one over the size limit too', async () => {
    const dir = tempRepo({ 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    execFileSync('mkfifo', [path.join(dir, 'lessons.config.yaml')]);
    const r = await runBinWithin(['validate'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a regular file/);
    const big = tempRepo({ 'lessons.config.yaml': `organisation: Big\n# ${'x'.repeat(1_100_000)}\n` });
    const b = await runLessons(['validate'], { cwd: big });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/larger than the 1048576-byte limit/);
  });

  it('a content root that links outside the repository is refused (exit 2)', async () => {
    const outside = tempRepo({ 'learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    const dir = tempRepo({ 'lessons.config.yaml': `${CONFIG}root: content\n` });
    symlinkSync(outside, path.join(dir, 'content'));
    const r = await runLessons(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/outside the repository/);
  });

  it('a template that links outside the repository is refused by "new" (exit 2)', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
    mkdirSync(path.join(dir, 'templates'));
    symlinkSync(outsideFile(), path.join(dir, 'templates/lesson.md'));
    const r = await runLessons(['new', 'lesson', '--title', 'Insulin doses at transfer', '--summary', 'Pending doses show.', '--kind', 'improvement', '--theme', 'handover', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/templates\/lesson\.md is a link to a place outside the repository/);
    expect(r.stdout + r.stderr).not.toContain('943');
  });

  it('a repository guide file that links outside the repository is refused, and a FIFO there is passed over', async () => {
    const outside = tempRepo({ 'guide.yaml': 'id: elsewhere\n' });
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-20261104-aaaa.md': incident('INC-20261104-aaaa'), 'answers.json': JSON.stringify({ '1a': 'no', '2a': 'no', '2b': 'no', '2c': 'no', '3a': 'yes', '3b': 'no' }) });
    mkdirSync(path.join(dir, 'guides'));
    execFileSync('mkfifo', [path.join(dir, 'guides/pipe.yaml')]);
    const fifoOnly = await runBinWithin(['just-culture', 'INC-20261104-aaaa', '--answers', 'answers.json', '--no-save', '--json'], dir);
    expect(fifoOnly.timedOut).toBe(false);
    expect(fifoOnly.code, fifoOnly.stderr).toBe(0);
    symlinkSync(path.join(outside, 'guide.yaml'), path.join(dir, 'guides/elsewhere.yaml'));
    const r = await runLessons(['just-culture', 'INC-20261104-aaaa', '--answers', 'answers.json', '--no-save'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/guides\/elsewhere\.yaml.*outside the repository/s);
  });
});

describe('writing: real paths, inside the repository; --out never replaces a special file', () => {
  it('"new" refuses a content folder that links outside the repository, and writes nothing there', async () => {
    const outside = tempRepo({ 'keep.txt': 'x' });
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/.keep': '' });
    symlinkSync(outside, path.join(dir, 'lessons/learning'));
    const r = await runLessons(['new', 'lesson', '--title', 'Insulin doses at transfer', '--summary', 'Pending doses show.', '--kind', 'improvement', '--theme', 'handover', '--yes'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lessons\/learning\/ is a link to a place outside the repository; nothing was written/);
    expect(readdirSync(outside)).toEqual(['keep.txt']);
  });

  it('"just-culture" refuses a reviews folder that links outside the repository', async () => {
    const outside = tempRepo({ 'keep.txt': 'x' });
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-20261104-aaaa.md': incident('INC-20261104-aaaa'), 'answers.json': JSON.stringify({ '1a': 'no', '2a': 'no', '2b': 'no', '2c': 'no', '3a': 'yes', '3b': 'no' }) });
    symlinkSync(outside, path.join(dir, 'lessons/reviews'));
    const r = await runLessons(['just-culture', 'INC-20261104-aaaa', '--answers', 'answers.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lessons\/reviews\/ is a link to a place outside the repository/);
    expect(readdirSync(outside)).toEqual(['keep.txt']);
  });

  it('--out onto a FIFO or a device is refused (exit 1) and the special file is left as it was', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    symlinkSync('/dev/null', path.join(dir, 'null.md'));
    for (const out of ['pipe.md', 'null.md']) {
      for (const argv of [['digest', '--out', out], ['brief', 'LL-20261104-7kq2', '--out', out]]) {
        const r = await runBinWithin(argv, dir);
        expect(r.timedOut).toBe(false);
        expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(1);
        expect(r.stderr).toMatch(/never replaces one/);
      }
    }
    expect(lstatSync(path.join(dir, 'pipe.md')).isFIFO()).toBe(true);
    expect(lstatSync(path.join(dir, 'null.md')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--out through a link into the content folder is refused; a link to a file elsewhere is followed', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2'), 'out/old.md': 'old' });
    symlinkSync(path.join(dir, 'lessons/learning/LL-20261104-7kq2.md'), path.join(dir, 'sneaky.md'));
    const r = await runLessons(['digest', '--out', 'sneaky.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/inside the content folder/);
    expect(readFileSync(path.join(dir, 'lessons/learning/LL-20261104-7kq2.md'), 'utf8')).toBe(lesson('LL-20261104-7kq2'));
    symlinkSync(path.join(dir, 'out/old.md'), path.join(dir, 'latest.md'));
    const ok = await runLessons(['digest', '--out', 'latest.md'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(lstatSync(path.join(dir, 'latest.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'out/old.md'), 'utf8')).toMatch(/^# /);
  });

  it('schema --out never replaces a special file', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'schemas/.keep': '' });
    execFileSync('mkfifo', [path.join(dir, 'schemas/lesson.schema.json')]);
    const r = await runBinWithin(['schema', 'lesson', '--out', 'schemas'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(lstatSync(path.join(dir, 'schemas/lesson.schema.json')).isFIFO()).toBe(true);
    expect(existsSync(path.join(dir, 'schemas'))).toBe(true);
    writeFileSync(path.join(dir, 'unused'), '');
  });
});

describe('reading many files by their folder (the real-folder cache of a check)', () => {
  it('gives exactly what a careful read gives, for every kind of file, and never reads through a folder outside it', async () => {
    const { readRegularFile } = await import('../src/repo/inside.js');
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2'), 'drafts/in.md': 'inside\n' });
    const learning = path.join(dir, 'lessons/learning');
    symlinkSync('../../drafts/in.md', path.join(learning, 'inside-link.md'));
    symlinkSync(outsideFile(), path.join(learning, 'outside-link.md'));
    execFileSync('mkfifo', [path.join(learning, 'pipe.md')]);
    symlinkSync('/dev/zero', path.join(learning, 'device.md'));
    mkdirSync(path.join(learning, 'folder.md'));
    const names = ['LL-20261104-7kq2.md', 'inside-link.md', 'outside-link.md', 'pipe.md', 'device.md', 'folder.md', 'missing.md'];
    const shape = (r: ReturnType<typeof readRegularFile>) => ('bytes' in r ? r.bytes.toString('utf8') : 'size' in r ? `size ${r.size}` : `error ${r.error.code}`);
    const dirs = new Map<string, string>();
    const careful = names.map((n) => shape(readRegularFile(path.join(learning, n), dir, 1_000_000)));
    const cached = names.map((n) => shape(readRegularFile(path.join(learning, n), dir, 1_000_000, dirs)));
    expect(cached).toEqual(careful);
    // A listing that says "regular file" (even wrongly, as a file swapped after the listing would be) changes nothing.
    const listed = names.filter((n) => n !== 'device.md').map((n) => shape(readRegularFile(path.join(learning, n), dir, 1_000_000, new Map(), true)));
    expect(listed).toEqual(careful.filter((_, i) => names[i] !== 'device.md'));
    expect(careful.slice(2)).toEqual(['error EOUTSIDE', 'error ENOTFILE', 'error EOUTSIDE', 'error ENOTFILE', 'error ENOENT']);
    expect(shape(readRegularFile(path.join(learning, 'LL-20261104-7kq2.md'), dir, 10, dirs))).toMatch(/^size \d+$/);
    // A folder whose real path is outside the repository is never read through the cache.
    const outside = path.dirname(outsideFile());
    const linked = path.join(dir, 'lessons/linked');
    symlinkSync(outside, linked);
    expect(shape(readRegularFile(path.join(linked, 'secret.md'), dir, 1_000_000, new Map()))).toBe('error EOUTSIDE');
  });
});
