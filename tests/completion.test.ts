/**
 * `lessons completion bash|zsh|fish`: scripts generated from the commander program, loaded into
 * the real shells (each test runs when that shell is installed: Debian's bash, zsh, fish).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, runLessons } from './helpers/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lessons-completion-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;

async function script(shell: string): Promise<string> {
  const r = await runLessons(['completion', shell], { cwd: PROJECT });
  expect(r.code).toBe(0);
  const file = path.join(tmp, `lessons.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** What bash completes for the words typed so far (the last one is being completed). */
function bashComplete(file: string, words: string[]): string[] {
  const code = `source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}; _lessons; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '-c', code], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean).sort();
}

describe('completion', () => {
  it('rejects an unknown shell', async () => {
    const r = await runLessons(['completion', 'powershell'], { cwd: PROJECT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bash, zsh, fish');
  });

  it.skipIf(!has('bash'))('bash completes commands, options and their values', async () => {
    const file = await script('bash');
    expect(bashComplete(file, ['lessons', 'dig'])).toEqual(['digest']);
    expect(bashComplete(file, ['lessons', ''])).toEqual(expect.arrayContaining(['validate', 'doctor', 'completion', 'just-culture']));
    expect(bashComplete(file, ['lessons', 'validate', '--format', ''])).toEqual(['github', 'json', 'junit', 'pretty', 'sarif']);
    expect(bashComplete(file, ['lessons', '-C', 'x', 'list', '--ty'])).toEqual(['--type']);
    expect(bashComplete(file, ['lessons', 'digest', '--audience', 'p'])).toEqual(['public']);
    expect(bashComplete(file, ['lessons', 'completion', ''])).toEqual(['bash', 'fish', 'zsh']);
    expect(bashComplete(file, ['lessons', 'brief', 'x', '--format', ''])).toEqual(['html', 'json', 'md']);
    // Options added by the conventions are there too: it is generated from the program.
    expect(bashComplete(file, ['lessons', 'actions', '--js'])).toEqual(['--json']);
  });

  it.skipIf(!has('fish'))('fish completes commands, options and their values', async () => {
    const file = await script('fish');
    const complete = (line: string) => {
      const r = spawnSync('fish', ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]).sort();
    };
    expect(complete('lessons dig')).toEqual(['digest']);
    expect(complete('lessons validate --format ')).toEqual(['github', 'json', 'junit', 'pretty', 'sarif']);
    expect(complete('lessons digest --audience ')).toEqual(['board', 'public', 'staff']);
    expect(complete('lessons list --')).toContain('--status');
    expect(complete('lessons list --')).not.toContain('--version');
  });

  it.skipIf(!has('zsh'))('zsh loads it as the completion function of lessons, and completes in a real interactive zsh', async () => {
    const file = await script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const r = spawnSync('zsh', ['-fc', `autoload -U compinit; compinit -u -d ${JSON.stringify(path.join(tmp, 'zcompdump'))}; source ${JSON.stringify(file)}; print -r -- \${_comps[lessons]}`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('_lessons');

    // An interactive zsh on a pseudo-terminal (zsh/zpty): type, press Tab, read the screen.
    const complete = (typed: string, until: string) => {
      const driver = path.join(tmp, 'drive.zsh');
      writeFileSync(
        driver,
        [
          'zmodload zsh/zpty',
          "zpty z 'zsh -f -i'",
          `zpty -w z 'PS1="> "; autoload -U compinit; compinit -u -d ${path.join(tmp, 'zcompdump2')}; source ${file}; setopt nobeep'`,
          `zpty -w -n z '${typed}'$'\\t'`,
          // Read until what we wait for is on the screen (a busy machine is slow), at most 15 s.
          "local out='' line i",
          'for i in {1..75}; do',
          '  while zpty -r -t z line; do out+=$line; done',
          `  [[ $out == *${JSON.stringify(until)}* ]] && break`,
          '  sleep 0.2',
          'done',
          'print -r -- "$out"',
          'zpty -d z',
        ].join('\n'),
      );
      const out = spawnSync('zsh', ['-f', driver], { encoding: 'utf8', timeout: 20_000 }).stdout;
      // Drop terminal control sequences; keep what a person would see.
      return out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/[\r\b]/g, ' ');
    };
    expect(complete('lessons validate --format ', 'sarif')).toMatch(/github\s+json\s+junit\s+pretty\s+sarif/);
    expect(complete('lessons dig', 'lessons digest')).toContain('lessons digest');
  });
});
