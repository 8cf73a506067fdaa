/**
 * The import-time profile of `validate` (issue 13): how long each module takes to load in a fresh
 * Node process, and which packages `validate` on the sample loads at all.
 *
 *   node .tools/bench/imports.js [runs]     prints a table; used by run.js
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const dist = (p: string) => pathToFileURL(path.join(PROJECT, 'dist', p)).href;

/** The bundled chunk the bundled cli.js imports for a command (`validate.js`, or `validate2.js` if the name was taken). */
function bundledCommand(command: string): string {
  const cli = readFileSync(path.join(PROJECT, 'dist', 'bundle', 'cli.js'), 'utf8');
  const chunk = new RegExp(`import\\("\\./(${command}\\d*\\.js)"\\)`).exec(cli)?.[1];
  if (!chunk) throw new Error(`dist/bundle/cli.js imports no chunk for ${command}: run "npm run build:dist"`);
  return dist(`bundle/${chunk}`);
}

/**
 * What is timed: packages `validate` may load, lessons' own layers from the top down (as compiled,
 * one module a file), and the bundle bin/lessons.js runs (tools/bundle.mjs).
 */
export const IMPORTS: [string, string][] = [
  ['commander', 'commander'],
  ['js-yaml', 'js-yaml'],
  ['yaml (only for aliases or unusual layouts)', 'yaml'],
  ['zod (all its locales included)', 'zod'],
  ['dist/cli.js (what --help loads)', dist('cli.js')],
  ['dist/model/schemas.js (zod + the entry schemas)', dist('model/schemas.js')],
  ['dist/rules/index.js (every rule)', dist('rules/index.js')],
  ['dist/commands/validate.js (all validate needs)', dist('commands/validate.js')],
  ['dist/bundle/cli.js (what --help runs)', dist('bundle/cli.js')],
  ['dist/bundle/validate.js (what validate runs)', bundledCommand('validate')],
];

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function env(): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e.NODE_EXTRA_CA_CERTS;
  delete e.NODE_OPTIONS;
  return e;
}

/** Milliseconds to `import()` `spec` in a fresh process (median of `runs`). */
export function importMs(spec: string, runs: number): number {
  const code = `const t=performance.now();await import(${JSON.stringify(spec)});process.stdout.write(String(performance.now()-t))`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: PROJECT, env: env(), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import ${spec}: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  return median(times);
}

/** The packages (and how many of their files) `lessons validate` loads on the sample. */
export function packagesLoaded(): Record<string, number> {
  const hook = `data:text/javascript,${encodeURIComponent(
    `import{register}from'node:module';register('data:text/javascript,'+encodeURIComponent('export async function load(u,c,n){if(u.includes("/node_modules/"))process._rawDebug("LOADED "+u);return n(u,c)}'));`,
  )}`;
  const r = spawnSync(process.execPath, ['--import', hook, path.join(PROJECT, 'bin', 'lessons.js'), 'validate', '-C', PROJECT, '--format', 'json'], { cwd: PROJECT, env: { ...env(), LESSONS_TODAY: '2026-11-21' }, encoding: 'utf8' });
  const out: Record<string, number> = {};
  for (const line of r.stderr.split('\n')) {
    const m = /^LOADED .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line);
    if (m) out[m[1]] = (out[m[1]] ?? 0) + 1;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 7);
  for (const [label, spec] of IMPORTS) process.stdout.write(`${label.padEnd(52)} ${importMs(spec, runs).toFixed(0).padStart(5)} ms\n`);
  process.stdout.write(`packages loaded by validate on the sample: ${JSON.stringify(packagesLoaded())}\n`);
}
