/**
 * CLI conventions (issue 14), in process against the sample repository: JSON on every reading
 * command, checked enum options and filters, --version after a command, usage hints, the summary
 * mark. Cases are data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { commandOf } from '../src/cli-conventions.js';
import { PROJECT, runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

const LESSON = 'LL-20260421-x8pe';
const run = (argv: string[], cwd = PROJECT) => runLessons(argv, { cwd });

describe('every reading command accepts --format json and --json, with the same output', () => {
  const commands: [string, string[]][] = [
    ['validate', ['validate']],
    ['list', ['list', '--type', 'lesson']],
    ['actions', ['actions']],
    ['review', ['review', '--base', 'HEAD']],
    ['digest', ['digest', '--from', '2026-01-01', '--to', '2026-11-01']],
    ['brief', ['brief', LESSON]],
    ['schema', ['schema', 'lesson']],
    ['doctor', ['doctor']],
    ['deadlines', ['deadlines']],
    ['just-culture --explain', ['just-culture', '--explain']],
  ];
  it.each(commands)('%s', async (_, argv) => {
    const a = await run([...argv, '--json']);
    const b = await run([...argv, '--format', 'json']);
    expect(a.stderr).not.toMatch(/unknown option|invalid/);
    expect(a.code).toBeLessThan(2);
    expect(b.code).toBe(a.code);
    expect(() => JSON.parse(a.stdout)).not.toThrow();
    // Digests and briefings carry their generation time; everything else is byte for byte the same.
    const strip = (s: string) => s.replace(/"generated": "[^"]*"/g, '');
    expect(strip(b.stdout)).toBe(strip(a.stdout));
  });

  it('brief --json is the briefing as data', async () => {
    const r = await run(['brief', LESSON, '--json']);
    const data = JSON.parse(r.stdout);
    expect(data.id).toBe(LESSON);
    expect(Array.isArray(data.parts)).toBe(true);
  });

  it('--json with another --format is a usage error', async () => {
    const r = await run(['validate', '--json', '--format', 'sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--json and --format sarif');
  });
});

describe('fixed values are checked, in any case, with a suggestion', () => {
  const cases: [string[], number, RegExp][] = [
    [['list', '--status', 'shraed'], 2, /--status "shraed" is not a known status\. Did you mean "shared"\?/],
    [['list', '--type', 'lesson', '--status', 'opne'], 2, /is not a known status of a lesson\. .*draft/],
    [['list', '--type', 'incident', '--status', 'Open'], 0, /^$/],
    [['list', '--status', 'SHARED'], 0, /^$/],
    [['list', '--type', 'LESSON'], 0, /^$/],
    [['list', '--type', 'lesn'], 2, /Did you mean "lesson"\?/],
    [['list', '--theme', 'Medication-Safety'], 0, /^$/],
    [['list', '--theme', 'medication-safty'], 2, /Did you mean "medication-safety"\?/],
    [['digest', '--audience', 'Board', '--format', 'JSON'], 0, /^$/],
    [['digest', '--audience', 'stafff'], 2, /Did you mean "staff"\?/],
    [['validate', '--format', 'sarf'], 2, /Did you mean "sarif"\?/],
  ];
  it.each(cases)('%j exits %i', async (argv, code, stderr) => {
    const r = await run(argv);
    expect(r.stderr).toMatch(stderr);
    expect(r.code).toBe(code);
  });

  it('new takes its fixed choices in any case, and writes them canonically', async () => {
    const dir = tempRepo({});
    expect((await runLessons(['init'], { cwd: dir })).code).toBe(0);
    const args = ['new', 'lesson', '--title', 'Insulin doses at transfer', '--summary', 'Pending doses show.', '--theme', 'Handover', '--yes'];
    const r = await runLessons([...args, '--kind', 'Good-Practice'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, r.stdout.trim()), 'utf8');
    expect(text).toMatch(/^kind: good-practice$/m);
    expect(text).toMatch(/^ {2}- handover$|themes: \[handover\]/m);
    const typo = await runLessons([...args, '--kind', 'improvment'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean improvement?');
  });

  it('a canonical value filters the same as its other spelling', async () => {
    const a = await run(['list', '--status', 'SHARED', '--json']);
    const b = await run(['list', '--status', 'shared', '--json']);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).length).toBeGreaterThan(0);
  });
});

describe('--version after a command', () => {
  it('is an error naming the option meant, not the tool version with exit 0', async () => {
    const r = await run(['new', 'policy', '--version', '2.0']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"lessons new" has no --version option. Did you mean --doc-version?');
    expect(r.stderr).toContain('Run "lessons new --help" for usage.');
  });
  it('is still the version before a command, also after global options', async () => {
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run(['-C', '.', '--version'])).code).toBe(0);
    const v = await run(['validate', '-V']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('"lessons validate" has no -V option.');
  });
  it('finds the command after global options with values', () => {
    const p = new Command('x').option('-C, --cwd <dir>').option('--quiet');
    p.command('new');
    expect(commandOf(p, ['-C', 'new', '--quiet', 'new']).index).toBe(3);
    expect(commandOf(p, ['--cwd=new', 'new']).index).toBe(1);
    expect(commandOf(p, ['--', 'new']).command).toBeUndefined();
  });
});

describe('usage errors point at the command help', () => {
  const cases: [string[], string][] = [
    [['validate', '--nope'], 'Run "lessons validate --help" for usage.'],
    [['list', '--since', 'yesterday'], 'Run "lessons list --help" for usage.'],
    [['-C', '.', 'digest', '--format', 'pdf'], 'Run "lessons digest --help" for usage.'],
    [['valdate'], 'Run "lessons --help" for usage.'],
    [['completion'], 'Run "lessons completion --help" for usage.'],
  ];
  it.each(cases)('%j', async (argv, hint) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().endsWith(hint)).toBe(true);
  });
});

describe('the summary line shows the outcome', () => {
  const cases: [string, string, number, string][] = [
    ['clean', lesson('LL-1'), 0, '✔ 1 file checked: no problems found.'],
    ['warnings only (not a failure)', lesson('LL-1', '', '\n## What happened\n\nIt was human error.\n'), 0, '⚠ 1 file checked: 0 errors, 1 warning.'],
    ['an error', lesson('LL-1', '', '\n## What happened\n\nNHS 999 000 0018.\n'), 1, '✖ 1 file checked: 1 error, 0 warnings.'],
  ];
  it.each(cases)('%s', async (_, text, code, line) => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': text });
    const r = await runLessons(['validate'], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stdout).toContain(`${line}\n`);
  });
});
