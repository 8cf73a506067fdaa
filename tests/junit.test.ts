/** JUnit output read back by a real XML parser, as GitLab, Jenkins and Azure DevOps read it. */
import { describe, expect, it } from 'vitest';
import { runLessons } from './helpers/cli.js';
import { parseJunit } from './helpers/junit.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

describe('JUnit', () => {
  it('the parser is real: it rejects XML that is not well-formed', () => {
    expect(() => parseJunit('<testsuites><testsuite></testsuites>')).toThrow(/well-formed/);
  });

  it('has one test per file, with file and time attributes; errors fail, warnings do not', async () => {
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-1.md': lesson('LL-1'),
      'lessons/learning/LL-2.md': lesson('LL-2', '', '\n## What happened\n\nA <b>"human error"</b> & a second line.\nNHS 999 000 0018.\n'),
      'lessons/learning/LL-3.md': lesson('LL-3', '', '\n## What happened\n\nIt was human error.\n'),
    });
    const r = await runLessons(['validate', '--format', 'junit'], { cwd: dir, env: { CI_PROJECT_DIR: dir } });
    expect(r.code).toBe(1);
    const report = parseJunit(r.stdout);
    expect(report).toMatchObject({ tests: 3, failures: 1 });
    expect(report.time).toBeGreaterThanOrEqual(0);
    expect(report.cases.map((c) => [c.name, c.file, c.time])).toEqual([
      ['lessons/learning/LL-1.md', 'lessons/learning/LL-1.md', 0],
      ['lessons/learning/LL-2.md', 'lessons/learning/LL-2.md', 0],
      ['lessons/learning/LL-3.md', 'lessons/learning/LL-3.md', 0],
    ]);
    const [, failed, warned] = report.cases;
    expect(failed.failure!.message).toBe('1 error');
    expect(failed.failure!.text).toContain('pii/nhs-number');
    expect(warned.failure).toBeUndefined();
    expect(warned.systemOut).toContain('language/blame');
  });
});
