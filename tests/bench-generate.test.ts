/**
 * The benchmark generator must write a repository that the built CLI finds clean (otherwise the
 * benchmark would time error reporting), deterministically, with unique ids and with content that
 * the PII and language rules have nothing to say about.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository } from '../tools/bench/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-bench-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Relative path → content of every file under `dir`. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(full);
      } else out.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function entryFiles(files: Map<string, string>): string[] {
  return [...files.keys()].filter((f) => f.startsWith('lessons/') && f.endsWith('.md'));
}

function validate(dir: string): { summary: { files: number; errors: number; warnings: number }; problems: unknown[] } {
  const stdout = execFileSync(process.execPath, ['bin/lessons.js', 'validate', '-C', dir, '--format', 'json'], {
    cwd: ROOT,
    env: { ...process.env, LESSONS_TODAY: '2026-11-21', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return JSON.parse(stdout);
}

describe('generateRepository', () => {
  const dir = tempDir();
  const result = generateRepository(dir, { lessons: 40, seed: 7 });
  const files = snapshot(dir);
  const entries = entryFiles(files);

  it('writes N lessons, N/2 incidents and N/20 policies plus a config', () => {
    expect(result.files).toBe(62);
    expect(files.has('lessons.config.yaml')).toBe(true);
    expect(entries.filter((f) => f.startsWith('lessons/learning/'))).toHaveLength(40);
    expect(entries.filter((f) => f.startsWith('lessons/incidents/'))).toHaveLength(20);
    expect(entries.filter((f) => f.startsWith('lessons/policies/'))).toHaveLength(2);
  });

  it('validates with no errors and no warnings', () => {
    const report = validate(dir);
    expect(report.problems).toEqual([]);
    expect(report.summary).toEqual({ files: 40 + 20 + 2, errors: 0, warnings: 0 });
  });

  it('names files <id>.md with unique ids of the form PREFIX-YYYYMMDD-xxxx', () => {
    const ids = entries.map((f) => path.basename(f, '.md'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of entries) {
      const id = path.basename(f, '.md');
      const folder = f.split('/')[1];
      const prefix = { learning: 'LL', incidents: 'INC', policies: 'POL' }[folder];
      expect(id).toMatch(new RegExp(`^${prefix}-20\\d{6}-[0-9a-z]{4}$`));
      expect(files.get(f)).toContain(`\nid: ${id}\n`);
    }
  });

  it('looks like a real lesson: 25-40 front-matter lines and a 2-4 KB body with the four sections', () => {
    const lessons = entries.filter((f) => f.startsWith('lessons/learning/')).map((f) => files.get(f) as string);
    const fmLines = lessons.map((t) => t.indexOf('\n---\n', 4)).map((end, i) => lessons[i].slice(0, end).split('\n').length);
    const bodies = lessons.map((t) => Buffer.byteLength(t.slice(t.indexOf('\n---\n', 4) + 5)));
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(avg(fmLines)).toBeGreaterThanOrEqual(25);
    expect(avg(fmLines)).toBeLessThanOrEqual(42);
    expect(avg(bodies)).toBeGreaterThan(2000);
    expect(avg(bodies)).toBeLessThan(4096);
    for (const t of lessons) {
      for (const h of ['## What happened', '## What we learned', '## What we changed', '## Questions for reflection']) expect(t).toContain(h);
    }
  });

  it('is anonymised and blame-free (over enough entries to use every sentence in the pools)', () => {
    const wideDir = tempDir();
    generateRepository(wideDir, { lessons: 1000, seed: 11 });
    const wide = snapshot(wideDir);
    const blame = /failed to|human error|should|careless|negligen|blame|fault|incompeten|non-compliant|forgot|\bmistake|\berror\b|lazy|reckless/i;
    const pii = [
      /\d{10}/, // NHS-number-like runs of digits
      /\b\d{3} \d{3} \d{4}\b/, // NHS number, spaced
      /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/, // postcode
      /[\w.+-]+@[\w-]+\.[\w.]+/, // email
      /(?:\+44|\b0)\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b/, // UK phone
      /\b(?:DOB|date of birth|born)\b/i,
      /FVH\d{7}/, // the config's hospital number pattern
    ];
    for (const f of entryFiles(wide)) {
      // Ids hold eight-digit dates by design; everything else is checked as written.
      const text = (wide.get(f) as string).replace(/\b(?:LL|INC|POL)-\d{8}-[0-9a-z]{4}\b/g, 'ID');
      expect(text, f).not.toMatch(blame);
      for (const re of pii) expect(text, `${f} ${re}`).not.toMatch(re);
    }
  });

  it('is deterministic: the same seed gives byte-identical files, another seed other ids', () => {
    const sameDir = tempDir();
    generateRepository(sameDir, { lessons: 40, seed: 7 });
    expect(snapshot(sameDir)).toEqual(files);

    const otherDir = tempDir();
    generateRepository(otherDir, { lessons: 40, seed: 8 });
    const other = new Set(entryFiles(snapshot(otherDir)));
    expect(other.size).toBe(entries.length);
    expect(entries.filter((f) => other.has(f))).toHaveLength(0);
  });

  it('scales bodies with bodyScale but keeps the front-matter', () => {
    const bigDir = tempDir();
    generateRepository(bigDir, { lessons: 40, seed: 7, bodyScale: 10 });
    const big = snapshot(bigDir);
    const lesson = entries.find((f) => f.startsWith('lessons/learning/')) as string;
    const small = files.get(lesson) as string;
    const large = big.get(lesson) as string;
    const fm = (t: string) => t.slice(0, t.indexOf('\n---\n', 4));
    expect(fm(large)).toBe(fm(small));
    expect(large.length - fm(large).length).toBeGreaterThan(7 * (small.length - fm(small).length));
    expect(validate(bigDir).summary).toEqual({ files: 62, errors: 0, warnings: 0 });
  });

  it('builds a git history of at least the requested number of commits, still clean', () => {
    const gitDir = tempDir();
    generateRepository(gitDir, { lessons: 40, seed: 7, git: { commits: 12 } });
    const count = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: gitDir, encoding: 'utf8' }).trim());
    expect(count).toBeGreaterThanOrEqual(12);
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: gitDir, encoding: 'utf8' });
    expect(status).toBe('');
    const log = execFileSync('git', ['log', '--format=%an %ae %aI'], { cwd: gitDir, encoding: 'utf8' }).trim().split('\n');
    expect(log.every((l) => l.startsWith('Bench bench@example.invalid 2026-'))).toBe(true);
    // Some commits change lessons that were already there.
    const modified = execFileSync('git', ['log', '--diff-filter=M', '--name-only', '--format='], { cwd: gitDir, encoding: 'utf8' }).trim();
    expect(modified).toMatch(/lessons\/learning\/LL-/);
    expect(validate(gitDir).summary).toEqual({ files: 62, errors: 0, warnings: 0 });
  });
});

describe('the problem-heavy shape', () => {
  it('pastes a third of the lessons from Word without changing a single problem, and leaves front-matter alone', () => {
    const pasted = tempDir();
    generateRepository(pasted, { lessons: 300, seed: 21, problems: true });
    const files = snapshot(pasted);
    const lessons = entryFiles(files).filter((f) => f.includes('/learning/'));
    const curly = lessons.filter((f) => /[\u2018\u2019\u201c\u201d\u2013]/.test(files.get(f)!));
    expect(curly.length).toBeGreaterThan(20);
    for (const f of curly) {
      const text = files.get(f)!;
      const end = text.indexOf('\n---\n', 4);
      expect(text.slice(0, end), f).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013]/);
    }
    // The same repository with the bodies turned back into ASCII has exactly the same problems.
    const ascii = tempDir();
    generateRepository(ascii, { lessons: 300, seed: 21, problems: true });
    for (const f of curly) {
      const text = files.get(f)!;
      const back = text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/ \u2013 /g, ' - ');
      writeFileSync(path.join(ascii, f), back);
    }
    // Problem-heavy repositories have errors (fictional identifiers): exit code 1, the report on stdout.
    const problems = (dir: string) => {
      const r = spawnSync(process.execPath, ['bin/lessons.js', 'validate', '-C', dir, '--format', 'json'], { cwd: ROOT, env: { ...process.env, LESSONS_TODAY: '2026-11-21', NO_COLOR: '1' }, encoding: 'utf8' });
      expect(r.status).toBe(1);
      return (JSON.parse(r.stdout) as { problems: { file: string; line: number; column: number; rule: string }[] }).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
    };
    const found = problems(pasted);
    expect(found.length).toBeGreaterThan(100);
    expect(found).toEqual(problems(ascii));
  });
});
