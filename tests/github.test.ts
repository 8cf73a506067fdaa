/** `--format github`: annotations (capped by GitHub), the job summary, configuration errors. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepSummary } from '../src/reporters/github.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

describe('validate --format github', () => {
  it('writes every problem to $GITHUB_STEP_SUMMARY, and says annotations stop at 10 of each', async () => {
    const files: Record<string, string> = { 'lessons.config.yaml': CONFIG };
    for (let i = 1; i <= 12; i++) files[`lessons/learning/LL-${i}.md`] = lesson(`LL-${i}`, '', '\n## What happened\n\nIt was human error.\n');
    const dir = tempRepo(files);
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = await runLessons(['validate', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: dir } });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^::warning /gm)).toHaveLength(12);
    expect(r.stdout).toMatch(/^::notice title=lessons::GitHub shows only the first 10 errors and 10 warnings as annotations; every one is listed in the job summary\.$/m);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n### ⚠ lessons validate\n')).toBe(true);
    expect(md).toContain('12 files checked, 0 errors, 12 warnings.');
    expect(md.match(/^\| lessons\/learning\/LL-\d+\.md \| \d+:\d+ \| warning \| `language\/blame` \|/gm)).toHaveLength(12);
  });

  it('keeps the job summary under GitHub\'s 1 MiB, saying how many problems are left out', () => {
    const problems = Array.from({ length: 20_000 }, (_, i) => ({ file: `lessons/learning/LL-${i}.md`, line: 9, column: 1, severity: 'warning' as const, rule: 'language/blame', message: 'Blaming wording: describe what made the step hard to complete instead.', path: null }));
    const md = stepSummary({ summary: { files: 20_000, errors: 0, warnings: 20_000 }, problems, checked: [] }, { color: false, root: '/r', env: {}, version: '1' });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/… and \d+ more: the job summary has room for no more\./);
  });

  it('does not write a summary without $GITHUB_STEP_SUMMARY, nor a notice under the cap', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    const r = await runLessons(['validate', '--format', 'github'], { cwd: dir });
    expect(r.stdout).toBe('lessons: 1 file checked, 0 errors, 0 warnings.\n');
  });

  it('puts configuration errors as annotations on the configuration file, then exits 2', async () => {
    const dir = tempRepo({ 'gov/lessons.config.yaml': 'organisation: Test\npolicy:\n  review_warning_dayz: 3\nbogus: 1\n', 'gov/lessons/learning/LL-1.md': lesson('LL-1') });
    const r = await runLessons(['validate', '--format', 'github'], { cwd: path.join(dir, 'gov'), env: { GITHUB_WORKSPACE: dir } });
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=gov\/lessons\.config\.yaml,line=3,col=3,title=lessons configuration::/);
    expect(lines[1]).toMatch(/^::error file=gov\/lessons\.config\.yaml,line=4,col=1,title=lessons configuration::/);
    expect(r.stderr).toContain('lessons.config.yaml:3:3');

    writeFileSync(path.join(dir, 'gov/lessons.config.yaml'), 'organisation: [unclosed\n');
    const y = await runLessons(['validate', '--format', 'github'], { cwd: path.join(dir, 'gov'), env: { GITHUB_WORKSPACE: dir } });
    expect(y.code).toBe(2);
    expect(y.stdout).toMatch(/^::error file=gov\/lessons\.config\.yaml,line=\d+,col=\d+,title=lessons configuration::this line is not valid YAML\b[^\n]*\n$/);
  });
});
