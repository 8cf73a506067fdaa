import { describe, expect, it } from 'vitest';
import { KEYS, spawnPty } from './helpers/pty.js';

describe('the pseudo-terminal driver', () => {
  it('gives the command a real terminal and passes keystrokes', async () => {
    const script = "process.stdout.write('tty=' + process.stdin.isTTY + ' ' + process.stdout.isTTY + '\\n> '); process.stdin.once('data', d => { process.stdout.write('got ' + JSON.stringify(String(d)) + '\\n'); process.exit(3); });";
    const s = spawnPty(process.execPath, ['-e', script], { cwd: process.cwd() });
    await s.waitFor('tty=true true');
    await s.waitFor('> ');
    s.write(`hello${KEYS.enter}`);
    await s.waitFor('got');
    expect(await s.exited).toBe(3);
    expect(s.screen()).toContain('got "hello');
  });
});
