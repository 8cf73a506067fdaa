/**
 * `npm run bench`: the speed and memory bars of DESIGN §7, measured on a generated repository.
 *
 *   node .tools/bench/run.js [--n <lessons>] [--runs <k>] [--mem-n <lessons>] [--keep]
 *   (or LESSONS_BENCH_N, LESSONS_BENCH_RUNS, LESSONS_BENCH_MEM_N, LESSONS_BENCH_KEEP=1)
 *
 * Every measurement is a whole child process (what a CI job pays), timed from spawn to exit, with
 * its peak RSS read through the rss.js preload. Commands that are compared are run interleaved
 * (floor, validate, floor, validate, …) so that machine noise lands on both alike. The report is
 * printed and written to .bench/results.json; the exit code is 0 even when a bar fails, because
 * this is a report, not a test (a broken run, such as a generated repository that does not
 * validate cleanly, exits 1).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BENCH_TODAY, generateRepository } from './generate.js';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(PROJECT, 'bin', 'lessons.js');
const FLOOR = fileURLToPath(new URL('./floor.js', import.meta.url));
const RSS_HOOK = pathToFileURL(fileURLToPath(new URL('./rss.js', import.meta.url))).href;

const SPEED_BAR = 1.5; // validate within 1.5× the floor (DESIGN §7)
const HELP_BAR_MS = 150; // --help under 150 ms (DESIGN §7)
const DIGEST_BAR_MS = 3000; // digest on the same repository under 3 s (DESIGN §7)
/** Commits in the speed repository's history: digest reads dates from one git log pass (≥ 20). */
const HISTORY_COMMITS = 24;
/** "Memory stays flat": our reading is that 10× longer bodies may add at most 25% to peak RSS. */
const FLAT_BAR = 1.25;
const HELP_RUNS = 21;

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  n: number;
  runs: number;
  memN: number;
  keep: boolean;
  dir: string;
}

function parseOptions(argv: string[]): Options {
  const env = process.env;
  const opts: Options = {
    n: Number(env.LESSONS_BENCH_N ?? 10_000),
    runs: Number(env.LESSONS_BENCH_RUNS ?? 5),
    memN: Number(env.LESSONS_BENCH_MEM_N ?? 2000),
    keep: env.LESSONS_BENCH_KEEP === '1',
    dir: path.join(PROJECT, '.bench'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--n') opts.n = Number(value());
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--mem-n') opts.memN = Number(value());
    else if (a === '--keep') opts.keep = true;
    else if (a === '--dir') opts.dir = path.resolve(value());
    else usage(`unknown option ${a}`);
  }
  for (const [k, v] of [['--n', opts.n], ['--runs', opts.runs], ['--mem-n', opts.memN]] as const) {
    if (!Number.isInteger(v) || v < 1) usage(`${k} must be a positive whole number`);
  }
  return opts;
}

function usage(message: string): never {
  process.stderr.write(`bench: ${message}\nusage: npm run bench -- [--n <lessons>] [--runs <k>] [--mem-n <lessons>] [--keep] [--dir <dir>]\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Measuring child processes

/** The environment every child gets: NODE_EXTRA_CA_CERTS costs ~60 ms per Node start, so it goes. */
function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LESSONS_TODAY: BENCH_TODAY, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

interface Measured {
  label: string;
  wallMs: number[];
  rssKiB: number[];
  /** User + system CPU time of the child (with rss on): steadier than wall time under load. */
  cpuMs: number[];
}

interface Command extends Measured {
  /** Runs the command once and records its wall time (and peak RSS unless rss is off). */
  run(record?: boolean): void;
}

let rssSeq = 0;

/**
 * A measured command: `argv` is run as `node <argv…>` in the project folder. Children must exit
 * with status 0; anything else stops the benchmark, because timing a failing run means nothing.
 */
function measure(label: string, argv: string[], env: NodeJS.ProcessEnv, opts: { rss?: boolean; workDir: string }): Command {
  const result: Command = {
    label,
    wallMs: [],
    rssKiB: [],
    cpuMs: [],
    run(record = true) {
      const rssFile = path.join(opts.workDir, `rss-${process.pid}-${rssSeq++}.txt`);
      const runEnv = opts.rss === false ? env : { ...env, NODE_OPTIONS: `--import=${RSS_HOOK}`, LESSONS_BENCH_RSS_FILE: rssFile };
      const t0 = process.hrtime.bigint();
      const child = spawnSync(process.execPath, argv, { cwd: PROJECT, env: runEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (child.error) throw child.error;
      if (child.status !== 0) rmSync(rssFile, { force: true });
      if (child.status !== 0) fail(label, argv, env, child.status, child.signal, child.stderr?.toString() ?? '');
      if (opts.rss !== false) {
        const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpuMs: number };
        rmSync(rssFile, { force: true });
        if (record) {
          result.rssKiB.push(usage.maxRSS);
          result.cpuMs.push(usage.cpuMs);
        }
      }
      if (record) result.wallMs.push(ms);
    },
  };
  return result;
}

/** Runs each command once per round, in turn, `rounds` times (after one unrecorded warm-up each). */
function interleave(commands: Command[], rounds: number, opts: { verbose?: boolean } = {}): void {
  for (const c of commands) c.run(false);
  for (let r = 0; r < rounds; r++) {
    for (const c of commands) c.run();
    if (opts.verbose !== false) {
      process.stderr.write(`  round ${r + 1}/${rounds}: ${commands.map((c) => `${c.label} ${fmtMs(c.wallMs[c.wallMs.length - 1])}`).join(', ')}\n`);
    }
  }
}

function fail(label: string, argv: string[], env: NodeJS.ProcessEnv, status: number | null, signal: NodeJS.Signals | null, stderr: string): never {
  process.stderr.write(`\nBENCHMARK BROKEN: "${label}" (node ${argv.join(' ')}) exited with ${status ?? signal}.\n`);
  if (stderr.trim()) process.stderr.write(`${stderr.trim().slice(0, 4000)}\n`);
  // Validate exiting 1 means it found problems: show them, the generated repository is meant to be clean.
  if (argv.includes('validate') && status === 1) {
    const again = spawnSync(process.execPath, argv, { cwd: PROJECT, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    try {
      const report = JSON.parse(again.stdout) as { summary: unknown; problems: unknown[] };
      process.stderr.write(`summary: ${JSON.stringify(report.summary)}\nfirst problems:\n`);
      for (const p of report.problems.slice(0, 20)) process.stderr.write(`  ${JSON.stringify(p)}\n`);
    } catch {
      process.stderr.write(`${again.stdout.slice(0, 4000)}\n`);
    }
    process.stderr.write('The generated repository must validate with no errors and no warnings: fix tools/bench/generate.ts.\n');
  }
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Numbers

function min(xs: number[]): number {
  return Math.min(...xs);
}
function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function max(xs: number[]): number {
  return Math.max(...xs);
}
function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
function fmtS(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
function fmtMiB(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`;
}
function fmtInt(n: number): string {
  return n.toLocaleString('en-GB');
}
function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL  <<<<<<<<';
}
function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function lpad(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) total += dirBytes(full);
    else if (e.isFile()) total += statSync(full).size;
  }
  return total;
}

function summary(m: Measured) {
  return {
    wallMs: m.wallMs.map((x) => Math.round(x * 10) / 10),
    rssKiB: m.rssKiB,
    minMs: Math.round(min(m.wallMs) * 10) / 10,
    medianMs: Math.round(median(m.wallMs) * 10) / 10,
    ...(m.rssKiB.length
      ? {
          cpuMs: m.cpuMs.map((x) => Math.round(x)),
          medianCpuMs: Math.round(median(m.cpuMs)),
          medianRssKiB: median(m.rssKiB),
          maxRssKiB: max(m.rssKiB),
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The benchmark

function generate(dir: string, lessons: number, bodyScale: number, commits = 0): { files: number; ms: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const { files } = generateRepository(dir, { lessons, seed: 20261121, bodyScale, ...(commits ? { git: { commits } } : {}) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { files, ms, bytes: dirBytes(path.join(dir, 'lessons')) };
}

function main(): void {
  const opts = parseOptions(process.argv.slice(2));
  if (!existsSync(path.join(PROJECT, 'dist', 'cli.js'))) usage('dist/ is missing: run "npm run build" first (npm run bench does)');
  mkdirSync(opts.dir, { recursive: true });
  const env = childEnv();
  const loadBefore = loadavg();
  const log = (s: string) => process.stderr.write(`${s}\n`);

  // 1. Speed: floor vs validate on the full repository.
  const repo = path.join(opts.dir, `repo-${opts.n}`);
  log(`Generating ${fmtInt(opts.n)} lessons with ${HISTORY_COMMITS} commits of history into ${path.relative(PROJECT, repo)}/ …`);
  const gen = generate(repo, opts.n, 1, HISTORY_COMMITS);
  log(`  ${fmtInt(gen.files)} files, ${fmtMiB(gen.bytes / 1024)}, in ${fmtS(gen.ms)}`);

  const floor = measure('floor', [FLOOR, repo], env, { workDir: opts.dir });
  const validate = measure('validate', [BIN, 'validate', '-C', repo, '--format', 'json'], env, { workDir: opts.dir });
  const digest = measure('digest', [BIN, 'digest', '-C', repo, '--audience', 'board', '--format', 'html'], env, { workDir: opts.dir });
  const staff = measure('digest', [BIN, 'digest', '-C', repo], env, { workDir: opts.dir });
  // A stress case, reported without a bar: a staff bulletin for the whole year (~5,500 lessons).
  const year = measure('digest year', [BIN, 'digest', '-C', repo, '--from', '2026-01-01', '--to', BENCH_TODAY], env, { workDir: opts.dir });
  // Another command is two lines: measure(...) and adding it to this list (and to the report).
  log(`Timing floor, validate and digest, ${opts.runs} interleaved runs after a warm-up …`);
  interleave([floor, validate, digest, staff, year], opts.runs);

  // 2. Start-up: --help, next to a bare Node start for reference.
  const help = measure('--help', [BIN, '--help'], env, { rss: false, workDir: opts.dir });
  const bare = measure('node -e 0', ['-e', '0'], env, { rss: false, workDir: opts.dir });
  log(`Timing --help, ${HELP_RUNS} runs …`);
  interleave([help, bare], HELP_RUNS, { verbose: false });

  // 3. Memory as bodies grow: the same entries with 1× and 10× bodies.
  const memDirs = [1, 10].map((scale) => path.join(opts.dir, `mem-${opts.memN}-x${scale}`));
  log(`Generating ${fmtInt(opts.memN)} lessons with bodyScale 1 and 10 …`);
  const mem = [1, 10].map((scale, i) => generate(memDirs[i], opts.memN, scale));
  const memRuns = Math.max(3, Math.min(opts.runs, 5));
  const memCommands = memDirs.map((dir, i) => [
    measure(`validate x${[1, 10][i]}`, [BIN, 'validate', '-C', dir, '--format', 'json'], env, { workDir: opts.dir }),
    measure(`floor x${[1, 10][i]}`, [FLOOR, dir], env, { workDir: opts.dir }),
  ]);
  log(`Measuring peak RSS, ${memRuns} runs …`);
  interleave(memCommands.flat(), memRuns);
  const [[v1, f1], [v10, f10]] = memCommands;

  // Report
  const ratio = median(validate.wallMs) / median(floor.wallMs);
  const cpuRatio = median(validate.cpuMs) / median(floor.cpuMs);
  const loadAfter = loadavg();
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const helpOk = median(help.wallMs) < HELP_BAR_MS;
  const digestOk = median(digest.wallMs) < DIGEST_BAR_MS && median(staff.wallMs) < DIGEST_BAR_MS;
  const rssGrowth = median(v10.rssKiB) / median(v1.rssKiB);
  const nIncidents = Math.floor(opts.n / 2);
  const nPolicies = Math.floor(opts.n / 20);
  const lines: string[] = [];
  const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
  const W = [46, 10, 10, 12, 16];

  lines.push('', `lessons benchmark  ${new Date().toISOString()}  Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPU(s)`);
  lines.push(`repository   ${fmtInt(gen.files)} files (${fmtInt(opts.n)} lessons, ${fmtInt(nIncidents)} incidents, ${fmtInt(nPolicies)} policies), ${fmtMiB(gen.bytes / 1024)}, generated in ${fmtS(gen.ms)}`);
  lines.push(`method       wall time of each whole child process; ${opts.runs} runs interleaved floor/validate after one warm-up each;`);
  lines.push('             peak RSS and CPU (user+sys) via process.resourceUsage() at exit; NODE_EXTRA_CA_CERTS removed; LESSONS_TODAY=' + BENCH_TODAY);
  lines.push(`load average ${fmtLoad(loadBefore)} at start, ${fmtLoad(loadAfter)} at end (1/5/15 min; wall times are noisy when these exceed the CPU count)`);
  lines.push('');
  lines.push(row(['speed (wall time)', 'min', 'median', 'CPU (med)', 'peak RSS (med)'], W));
  lines.push(row(['floor (read + gray-matter)', fmtS(min(floor.wallMs)), fmtS(median(floor.wallMs)), fmtS(median(floor.cpuMs)), fmtMiB(median(floor.rssKiB))], W));
  lines.push(row(['lessons validate --format json', fmtS(min(validate.wallMs)), fmtS(median(validate.wallMs)), fmtS(median(validate.cpuMs)), fmtMiB(median(validate.rssKiB))], W));
  lines.push(`ratio validate/floor (median wall) ${ratio.toFixed(2)}×   bar ≤ ${SPEED_BAR.toFixed(2)}×   ${verdict(ratio <= SPEED_BAR)}`);
  lines.push(`ratio validate/floor (median CPU)  ${cpuRatio.toFixed(2)}×   (for reference: less sensitive to other load)`);
  lines.push(`  floor runs:    ${floor.wallMs.map(fmtS).join('  ')}`);
  lines.push(`  validate runs: ${validate.wallMs.map(fmtS).join('  ')}`);
  lines.push(row(['lessons digest --audience board --format html', fmtS(min(digest.wallMs)), fmtS(median(digest.wallMs)), fmtS(median(digest.cpuMs)), fmtMiB(median(digest.rssKiB))], W));
  lines.push(row(['lessons digest (staff, last month)', fmtS(min(staff.wallMs)), fmtS(median(staff.wallMs)), fmtS(median(staff.cpuMs)), fmtMiB(median(staff.rssKiB))], W));
  lines.push(row(['lessons digest (staff, whole year; no bar)', fmtS(min(year.wallMs)), fmtS(median(year.wallMs)), fmtS(median(year.cpuMs)), fmtMiB(median(year.rssKiB))], W));
  lines.push(`digest bar < ${fmtS(DIGEST_BAR_MS)} (median, with ${HISTORY_COMMITS} commits of history)   ${verdict(digestOk)}`);
  lines.push('');
  const S = W.slice(0, 3);
  lines.push(row(['start-up (wall time)', 'min', 'median'], S));
  lines.push(row([`lessons --help (${HELP_RUNS} runs)`, fmtMs(min(help.wallMs)), fmtMs(median(help.wallMs))], S) + `   bar < ${HELP_BAR_MS} ms (median)   ${verdict(helpOk)}`);
  lines.push(row([`node -e 0 (reference)`, fmtMs(min(bare.wallMs)), fmtMs(median(bare.wallMs))], S));
  lines.push('');
  lines.push(`memory vs body size (${fmtInt(opts.memN)} lessons, ${fmtInt(mem[0].files)} files, ${memRuns} runs each; median peak RSS)`);
  const M = [34, 14, 14, 10];
  lines.push(row(['', 'bodyScale 1', 'bodyScale 10', 'growth'], M));
  lines.push(row(['content size', fmtMiB(mem[0].bytes / 1024), fmtMiB(mem[1].bytes / 1024), `${(mem[1].bytes / mem[0].bytes).toFixed(2)}×`], M));
  lines.push(row(['lessons validate peak RSS', fmtMiB(median(v1.rssKiB)), fmtMiB(median(v10.rssKiB)), `${rssGrowth.toFixed(2)}×`], M) + `   flat = ≤ ${FLAT_BAR.toFixed(2)}×   ${verdict(rssGrowth <= FLAT_BAR)}`);
  lines.push(row(['floor peak RSS (reference)', fmtMiB(median(f1.rssKiB)), fmtMiB(median(f10.rssKiB)), `${(median(f10.rssKiB) / median(f1.rssKiB)).toFixed(2)}×`], M));
  lines.push(row(['lessons validate wall (median)', fmtS(median(v1.wallMs)), fmtS(median(v10.wallMs)), `${(median(v10.wallMs) / median(v1.wallMs)).toFixed(2)}×`], M));
  lines.push('');
  process.stdout.write(lines.map((l) => l.trimEnd()).join('\n') + '\n');

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    today: BENCH_TODAY,
    repository: { lessons: opts.n, incidents: nIncidents, policies: nPolicies, files: gen.files, bytes: gen.bytes, generateMs: Math.round(gen.ms) },
    runs: opts.runs,
    floor: summary(floor),
    validate: summary(validate),
    ratio: { value: Math.round(ratio * 1000) / 1000, bar: SPEED_BAR, pass: ratio <= SPEED_BAR, cpu: Math.round(cpuRatio * 1000) / 1000 },
    loadAverage: { start: loadBefore, end: loadAfter },
    help: { ...summary(help), bar: HELP_BAR_MS, pass: helpOk },
    digest: { board: summary(digest), staff: summary(staff), staffYear: summary(year), commits: HISTORY_COMMITS, bar: DIGEST_BAR_MS, pass: digestOk },
    nodeStart: summary(bare),
    memory: {
      lessons: opts.memN,
      files: mem[0].files,
      runs: memRuns,
      bytes: { x1: mem[0].bytes, x10: mem[1].bytes },
      validate: { x1: summary(v1), x10: summary(v10) },
      floor: { x1: summary(f1), x10: summary(f10) },
      growth: { value: Math.round(rssGrowth * 1000) / 1000, bar: FLAT_BAR, pass: rssGrowth <= FLAT_BAR },
    },
  };
  writeFileSync(path.join(opts.dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  log(`results written to ${path.relative(PROJECT, path.join(opts.dir, 'results.json'))}`);

  if (!opts.keep) for (const dir of [repo, ...memDirs]) rmSync(dir, { recursive: true, force: true });
  else log(`repositories kept in ${path.relative(PROJECT, opts.dir)}/`);
}

main();
