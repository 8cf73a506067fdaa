/**
 * Drives a command through a real pseudo-terminal, for interactive prompts. Python's standard
 * `pty` module (python3 is on every machine this project targets) forks the command on a pty and
 * relays bytes; the test writes keystrokes and waits for text on the screen.
 */
import { spawn } from 'node:child_process';

const RELAY = `
import os, pty, sys, select, struct, fcntl, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])
stdin_open = True
while True:
    fds = [fd] + ([0] if stdin_open else [])
    r, _, _ = select.select(fds, [], [], 0.05)
    if fd in r:
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b''
        if not data:
            break
        os.write(1, data)
    if stdin_open and 0 in r:
        data = os.read(0, 65536)
        if not data:
            stdin_open = False
        else:
            os.write(fd, data)
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
`;

export const KEYS = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', ctrlC: '\u0003', backspace: '\u007f' };

export interface PtySession {
  /** Sends keystrokes. */
  write(keys: string): void;
  /** Resolves when `pattern` appears on the screen (after the last match), or rejects after `timeoutMs`. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Everything written to the terminal, with colour and cursor codes removed. */
  screen(): string;
  /** Resolves with the exit code. */
  exited: Promise<number>;
}

export function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>78]|\r/g, '');
}

export function spawnPty(command: string, args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): PtySession {
  const env: Record<string, string | undefined> = { ...process.env, TERM: 'xterm-256color', ...opts.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const child = spawn('python3', ['-c', RELAY, command, ...args], { cwd: opts.cwd, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  let raw = '';
  let consumed = 0;
  const listeners = new Set<() => void>();
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    raw += chunk;
    for (const l of listeners) l();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return {
    write(keys) {
      child.stdin.write(keys);
    },
    screen: () => stripAnsi(raw),
    exited,
    waitFor(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const text = stripAnsi(raw).slice(consumed);
          const m = typeof pattern === 'string' ? (text.includes(pattern) ? { index: text.indexOf(pattern), length: pattern.length } : null) : (() => { const r = pattern.exec(text); return r ? { index: r.index, length: r[0].length } : null; })();
          if (m) {
            consumed += m.index + m.length;
            cleanup();
            resolve();
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${String(pattern)}; screen so far:\n${stripAnsi(raw)}`));
        }, timeoutMs);
        const onExit = () => setTimeout(() => { check(); }, 50);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(onExit);
        check();
      });
    },
  };
}
