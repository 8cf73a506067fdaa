/**
 * Before any test: build dist/ from the current sources (about a second), so the end-to-end
 * tests, which run bin/lessons.js, never test a stale build, however vitest was started.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync('npm', ['run', '--silent', 'build:dist'], { cwd: project, stdio: 'inherit' });
}
