/** The optional learning-library workflow that `lessons init --site-workflow` writes. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runLessons } from './helpers/cli.js';
import { tempRepo } from './helpers/repo.js';

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown> };

describe('lessons init --site-workflow', () => {
  it('writes no site workflow unless asked', async () => {
    const dir = tempRepo({});
    expect((await runLessons(['init'], { cwd: dir })).code).toBe(0);
    expect(existsSync(path.join(dir, '.github/workflows/lessons-site.yml'))).toBe(false);
  });

  it.each([
    ['pages', 'actions/upload-pages-artifact@v3'],
    ['artifact', 'actions/upload-artifact@v4'],
  ])('%s: builds the staff site on every merge to main and publishes it', async (how, upload) => {
    const dir = tempRepo({});
    const r = await runLessons(['init', '--site-workflow', how, '--package', 'github:example-trust/lessons#v1.0.0'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('.github/workflows/lessons-site.yml');
    const wf = parse(readFileSync(path.join(dir, '.github/workflows/lessons-site.yml'), 'utf8'));
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.env.LESSONS_PACKAGE).toBe('github:example-trust/lessons#v1.0.0');
    const steps = wf.jobs.build.steps as Step[];
    expect(steps.find((s) => s.name === 'Build the staff site')?.run).toContain('lessons site --audience staff --out _site');
    const up = steps.find((s) => s.uses === upload);
    expect(up?.with?.path).toBe('_site');
    for (const s of steps) if (s.run) execFileSync('bash', ['-n'], { input: s.run });
    if (how === 'pages') {
      expect(wf.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
      expect(wf.jobs.deploy.steps[0].uses).toBe('actions/deploy-pages@v4');
      expect(readFileSync(path.join(dir, '.github/workflows/lessons-site.yml'), 'utf8')).toMatch(/PUBLIC unless/);
    } else {
      expect(wf.permissions).toEqual({ contents: 'read' });
    }
  });

  it('refuses an unknown way of publishing (exit 2)', async () => {
    const r = await runLessons(['init', '--site-workflow', 'ftp'], { cwd: tempRepo({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/must be one of: pages, artifact/);
  });
});
