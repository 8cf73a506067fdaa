/**
 * `--changed` reads only the id, type and references of the files outside the change (issue 13):
 * its report must be exactly the full report's problems of the changed files plus every
 * repository-wide problem (ids, references), as if every file had gone through the pipeline.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepository } from '../tools/bench/generate.js';
import { runLessons } from './helpers/cli.js';
import { git, tempRepo } from './helpers/repo.js';

interface Problem {
  file: string;
  rule: string;
  line: number;
  column: number;
  message: string;
}

async function report(dir: string, args: string[], workers = '0'): Promise<Problem[]> {
  const r = await runLessons(['validate', '--format', 'json', ...args], { cwd: dir, env: { LESSONS_WORKERS: workers } });
  return (JSON.parse(r.stdout) as { problems: Problem[] }).problems;
}

describe('validate --changed on a problem-heavy repository', () => {
  it('reports what the full run reports for the changed files, and every repository-wide problem', async () => {
    const dir = tempRepo({});
    generateRepository(dir, { lessons: 80, seed: 31, problems: true, git: { commits: 4 } });
    git(dir, ['switch', '-q', '-c', 'change']);
    const learning = path.join(dir, 'lessons', 'learning');
    const [l1, l2] = readdirSync(learning).sort();
    // A changed lesson that cites a source that does not exist (so an unchanged incident that lists
    // it loses its backlink), and another whose id now collides with an unchanged lesson.
    const a = path.join(learning, l1);
    writeFileSync(a, readFileSync(a, 'utf8').replace(/^sources: \[.*\]$/m, 'sources: [INC-20200101-zzzz]'));
    const b = path.join(learning, l2);
    writeFileSync(b, readFileSync(b, 'utf8').replace(/^id: .*$/m, `id: ${path.basename(readdirSync(learning).sort()[5], '.md')}`));
    git(dir, ['commit', '-q', '-am', 'change two lessons']);

    const full = await report(dir, []);
    const changed = await report(dir, ['--changed', '--base', 'main']);
    const changedFiles = new Set([`lessons/learning/${l1}`, `lessons/learning/${l2}`]);
    const repositoryWide = (p: Problem) => p.rule === 'id/duplicate' || p.rule.startsWith('ref/');
    expect(changed).toEqual(full.filter((p) => changedFiles.has(p.file) || repositoryWide(p)));
    // The case is not trivial: there are per-file problems elsewhere, and repository-wide ones.
    expect(full.some((p) => !changedFiles.has(p.file) && !repositoryWide(p))).toBe(true);
    expect(changed.map((p) => p.rule)).toEqual(expect.arrayContaining(['ref/unresolved', 'id/duplicate']));
    // A repository-wide problem in a file outside the change (the other half of the duplicate, or
    // the incident whose lesson no longer lists it), found from the scanned fields alone.
    expect(changed.some((p) => !changedFiles.has(p.file))).toBe(true);
    // With a worker (which then runs only the text stage: nothing is read ahead for a selection), the same.
    expect(await report(dir, ['--changed', '--base', 'main'], '1')).toEqual(changed);
    expect(await report(dir, [], '2')).toEqual(full);
  });
});
