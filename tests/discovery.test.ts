/** Finding the repository from the folder lessons is started in (docs/commands.md `-C`). */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoot, listEntryFiles, openRepository } from '../src/repo/repository.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

// What lies around the temporary folders: normally nothing, but a stray lessons.config.yaml in the
// temporary folder itself (left by some other program) would be found from every test folder.
const SURROUNDINGS = findRoot(os.tmpdir());

describe('findRoot', () => {
  const cases: [string, Record<string, string>, string, string | undefined][] = [
    ['a folder with lessons.config.yaml', { 'trust/lessons.config.yaml': CONFIG }, 'trust/sub', 'trust'],
    ['a lessons/ folder with a content folder', { 'trust/lessons/learning/LL-1.md': lesson('LL-1') }, 'trust/lessons/learning', 'trust'],
    ['a lessons/ folder with only reviews/', { 'trust/lessons/reviews/.gitkeep': '' }, 'trust', 'trust'],
    ['a lessons/ folder with no content folder', { 'proj/lessons/notes.md': 'x' }, 'proj', undefined],
    // A clone of this tool next to the user's work: a Node package called lessons, not a repository.
    ['a Node package called lessons', { 'work/lessons/package.json': '{}', 'work/lessons/learning/x.md': 'x' }, 'work', undefined],
    ['inside node_modules', { 'app/node_modules/pkg/lessons/learning/LL-1.md': lesson('LL-1') }, 'app/node_modules/pkg', undefined],
    ['inside node_modules, below a real repository', { 'r/lessons.config.yaml': CONFIG, 'r/node_modules/pkg/lessons.config.yaml': CONFIG }, 'r/node_modules/pkg', 'r'],
    ['a hidden folder', { 'r/.cache/lessons.config.yaml': CONFIG }, 'r/.cache', undefined],
  ];
  it.each(cases)('%s', (_, files, start, expected) => {
    const dir = tempRepo(files);
    const found = findRoot(path.join(dir, start));
    expect(found).toBe(expected === undefined ? SURROUNDINGS : path.join(dir, expected));
  });
});

describe('listing entry files', () => {
  it('never walks node_modules or hidden folders, even with root: "."', () => {
    const dir = tempRepo({
      'lessons.config.yaml': `${CONFIG}root: .\n`,
      'learning/LL-1.md': lesson('LL-1'),
      'node_modules/x/README2.md': 'x',
      'node_modules/x/learning/LL-9.md': lesson('LL-9'),
      '.git/LL-8.md': 'x',
    });
    expect(listEntryFiles(openRepository({ start: dir }))).toEqual(['learning/LL-1.md']);
  });
});

describe('outside any repository', () => {
  it.skipIf(SURROUNDINGS !== undefined)(`says to change folder or use -C before suggesting init (exit 2)${SURROUNDINGS ? ` [skipped: ${SURROUNDINGS} holds a lessons repository]` : ''}`, async () => {
    const dir = tempRepo({ 'work/lessons/package.json': '{"name":"lessons"}', 'work/lessons/lessons/learning/LL-1.md': lesson('LL-1') });
    const r = await runLessons(['validate'], { cwd: path.join(dir, 'work') });
    expect(r.code).toBe(2);
    const cd = r.stderr.indexOf('Change to the folder');
    const c = r.stderr.indexOf('-C <folder>');
    const init = r.stderr.indexOf('lessons init');
    expect(cd).toBeGreaterThan(0);
    expect(c).toBeGreaterThan(cd);
    expect(init).toBeGreaterThan(c);
    // From inside the clone, its own sample repository is found.
    const inside = await runLessons(['validate', '--format', 'json'], { cwd: path.join(dir, 'work/lessons') });
    expect(inside.code).toBe(0);
    expect(JSON.parse(inside.stdout).summary.files).toBe(1);
  });
});
