/**
 * `npm run bench`: the speed and memory bars of docs/speed.md, measured on a generated repository.
 *
 *   npm run bench -- [--n <lessons>] [--runs <k>] [--mem-n <lessons>] [--big-n <lessons>] [--keep] [--quick]
 *   (or LESSONS_BENCH_N, LESSONS_BENCH_RUNS, LESSONS_BENCH_MEM_N, LESSONS_BENCH_BIG_N, LESSONS_BENCH_KEEP=1)
 *
 * The bars are those of issue 13 (stricter than docs/speed.md): validate on a clean and on a
 * problem-heavy repository of 15,500 files, each against the gray-matter floor of the same files,
 * with one thread (CPU) and with the default threads (wall); --changed after a one-file commit; a
 * second --cache run; the 40-file sample; --help; peak RSS at 62,000 files against the floor's.
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
import { IMPORTS, importMs, packagesLoaded } from './imports.js';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(PROJECT, 'bin', 'lessons.js');
const FLOOR = fileURLToPath(new URL('./floor.js', import.meta.url));
const RSS_HOOK = pathToFileURL(fileURLToPath(new URL('./rss.js', import.meta.url))).href;

/** Issue 13's bars: validate ÷ floor, median wall (default threads) and median CPU (one thread). */
const BARS = {
  heavyWall: 1.3,
  cleanWall: 1.2,
  oneThreadCpu: 2.0,
  changed: 0.5,
  cache: 0.3,
  sampleMs: 250,
  helpMs: 100,
  bigRss: 1.5,
};
const DIGEST_BAR_MS = 3000; // digest on the same repository under 3 s (docs/speed.md)
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
  /** Lessons in the large repository for peak RSS (40,000 lessons = 62,000 files). */
  bigN: number;
  /** Skip the large repository, the body-size memory check and the digests. */
  quick: boolean;
  keep: boolean;
  dir: string;
}

function parseOptions(argv: string[]): Options {
  const env = process.env;
  const opts: Options = {
    n: Number(env.LESSONS_BENCH_N ?? 10_000),
    runs: Number(env.LESSONS_BENCH_RUNS ?? 5),
    memN: Number(env.LESSONS_BENCH_MEM_N ?? 2000),
    bigN: Number(env.LESSONS_BENCH_BIG_N ?? 40_000),
    quick: env.LESSONS_BENCH_QUICK === '1',
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
    else if (a === '--big-n') opts.bigN = Number(value());
    else if (a === '--quick') opts.quick = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--dir') opts.dir = path.resolve(value());
    else usage(`unknown option ${a}`);
  }
  for (const [k, v] of [['--n', opts.n], ['--runs', opts.runs], ['--mem-n', opts.memN], ['--big-n', opts.bigN]] as const) {
    if (!Number.isInteger(v) || v < 1) usage(`${k} must be a positive whole number`);
  }
  return opts;
}

function usage(message: string): never {
  process.stderr.write(`bench: ${message}\nusage: npm run bench -- [--n <lessons>] [--runs <k>] [--mem-n <lessons>] [--big-n <lessons>] [--quick] [--keep] [--dir <dir>]\n`);
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
function measure(label: string, argv: string[], env: NodeJS.ProcessEnv, opts: { rss?: boolean; workDir: string; problems?: boolean }): Command {
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
      // A problem-heavy repository has errors (identifiers): exit 1 is its normal result.
      const ok = child.status === 0 || (opts.problems === true && child.status === 1);
      if (!ok) rmSync(rssFile, { force: true });
      if (!ok) fail(label, argv, env, child.status, child.signal, child.stderr?.toString() ?? '');
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


function generate(dir: string, lessons: number, bodyScale: number, opts: { commits?: number; problems?: boolean } = {}): { files: number; ms: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const { files } = generateRepository(dir, {
    lessons,
    seed: 20261121,
    bodyScale,
    ...(opts.commits ? { git: { commits: opts.commits } } : {}),
    ...(opts.problems ? { problems: true } : {}),
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { files, ms, bytes: dirBytes(path.join(dir, 'lessons')) };
}

function git(dir: string, args: string[]): void {
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr?.toString()}`);
}

/** A branch `bench-change` with one lesson edited and committed (for --changed). */
function oneFileCommit(repo: string): void {
  git(repo, ['switch', '-q', '-c', 'bench-change']);
  const dir = path.join(repo, 'lessons', 'learning');
  const file = path.join(dir, readdirSync(dir).sort()[0]);
  writeFileSync(file, readFileSync(file, 'utf8').replace('\n## What we learned', '\nThe change was reviewed again at the team meeting.\n\n## What we learned'));
  git(repo, ['commit', '-q', '-am', 'Edit one lesson']);
}

interface Ratio {
  wall: number;
  cpu: number;
}
const ratioOf = (a: Measured, b: Measured): Ratio => ({ wall: median(a.wallMs) / median(b.wallMs), cpu: median(a.cpuMs) / median(b.cpuMs) });
const round3 = (x: number) => Math.round(x * 1000) / 1000;

function main(): void {
  const opts = parseOptions(process.argv.slice(2));
  if (!existsSync(path.join(PROJECT, 'dist', 'cli.js'))) usage('dist/ is missing: run "npm run build:dist" first (npm run bench does)');
  mkdirSync(opts.dir, { recursive: true });
  const env = childEnv();
  const one = childEnv({ LESSONS_WORKERS: '0' });
  const loadBefore = loadavg();
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const work = { workDir: opts.dir };

  // 1. Two corpus shapes of the same entries: clean (with git history, for --changed and the
  //    digests) and problem-heavy. Everything compared is interleaved in one loop.
  const clean = path.join(opts.dir, `clean-${opts.n}`);
  const heavy = path.join(opts.dir, `heavy-${opts.n}`);
  log(`Generating ${fmtInt(opts.n)} lessons twice (clean with ${HISTORY_COMMITS} commits; problem-heavy) …`);
  const genClean = generate(clean, opts.n, 1, { commits: HISTORY_COMMITS });
  const genHeavy = generate(heavy, opts.n, 1, { problems: true });
  log(`  ${fmtInt(genClean.files)} files each, ${fmtMiB(genClean.bytes / 1024)}, in ${fmtS(genClean.ms)} and ${fmtS(genHeavy.ms)}`);

  const validateArgs = (repo: string, ...more: string[]) => [BIN, 'validate', '-C', repo, '--format', 'json', ...more];
  const floorC = measure('floor clean', [FLOOR, clean], env, work);
  const valC = measure('validate clean', validateArgs(clean), env, work);
  const valC1 = measure('validate clean 1 thread', validateArgs(clean), one, work);
  const floorH = measure('floor heavy', [FLOOR, heavy], env, work);
  const valH = measure('validate heavy', validateArgs(heavy), env, { ...work, problems: true });
  const valH1 = measure('validate heavy 1 thread', validateArgs(heavy), one, { ...work, problems: true });
  log(`Timing floor and validate on both shapes, ${opts.runs} interleaved rounds after a warm-up …`);
  interleave([floorC, valC, valC1, floorH, valH, valH1], opts.runs);

  // 2. Repeated runs: a second --cache run, and --changed after a one-file commit.
  const cacheFile = path.join(opts.dir, 'bench.lessons-cache');
  rmSync(cacheFile, { force: true });
  const cached = measure('validate --cache (second run)', validateArgs(clean, '--cache', '--cache-location', cacheFile), env, work);
  cached.run(false); // fills the cache
  oneFileCommit(clean);
  const changed = measure('validate --changed', validateArgs(clean, '--changed', '--base', 'main'), env, work);
  log(`Timing a second --cache run and --changed after a one-file commit, ${opts.runs} rounds …`);
  interleave([floorC, cached, changed], opts.runs);
  git(clean, ['switch', '-q', 'main']);

  // 3. Start-up: the 40-file sample, --help, and a bare Node start for reference.
  const sample = measure('validate sample (40 files)', [BIN, 'validate', '-C', PROJECT, '--format', 'json'], env, { ...work, rss: false });
  const help = measure('--help', [BIN, '--help'], env, { rss: false, workDir: opts.dir });
  const bare = measure('node -e 0', ['-e', '0'], env, { rss: false, workDir: opts.dir });
  log(`Timing the sample, --help and node -e 0, ${HELP_RUNS} rounds …`);
  interleave([sample, help, bare], HELP_RUNS, { verbose: false });

  log('Timing module imports in fresh processes …');
  const imports = IMPORTS.map(([label, spec]) => ({ label, ms: importMs(spec, 9) }));
  const loaded = packagesLoaded();

  // 4. Digests (docs/speed.md: under 3 s), peak RSS at 62,000 files, memory against body size.
  let digest: Command | undefined;
  let staff: Command | undefined;
  let year: Command | undefined;
  let big: { files: number; floor: Command; validate: Command } | undefined;
  let mem: { files: number; bytes: number[]; v1: Command; v10: Command; f1: Command; f10: Command; runs: number } | undefined;
  const extraDirs: string[] = [];
  if (!opts.quick) {
    digest = measure('digest board html', [BIN, 'digest', '-C', clean, '--audience', 'board', '--format', 'html'], env, work);
    staff = measure('digest staff', [BIN, 'digest', '-C', clean], env, work);
    year = measure('digest year', [BIN, 'digest', '-C', clean, '--from', '2026-01-01', '--to', BENCH_TODAY], env, work);
    log(`Timing digests, ${Math.min(opts.runs, 3)} rounds …`);
    interleave([digest, staff, year], Math.min(opts.runs, 3));

    const bigDir = path.join(opts.dir, `big-${opts.bigN}`);
    extraDirs.push(bigDir);
    // Problem-heavy: the worst case for memory (every problem is held until it is reported).
    log(`Generating ${fmtInt(opts.bigN)} problem-heavy lessons for peak RSS …`);
    const genBig = generate(bigDir, opts.bigN, 1, { problems: true });
    const bigFloor = measure('floor big', [FLOOR, bigDir], env, work);
    const bigVal = measure('validate big', validateArgs(bigDir), env, { ...work, problems: true });
    log(`Measuring peak RSS at ${fmtInt(genBig.files)} files, 3 rounds …`);
    interleave([bigFloor, bigVal], 3);
    big = { files: genBig.files, floor: bigFloor, validate: bigVal };
    rmSync(bigDir, { recursive: true, force: true });

    const memDirs = [1, 10].map((scale) => path.join(opts.dir, `mem-${opts.memN}-x${scale}`));
    extraDirs.push(...memDirs);
    log(`Generating ${fmtInt(opts.memN)} lessons with bodyScale 1 and 10 …`);
    const gens = [1, 10].map((scale, i) => generate(memDirs[i], opts.memN, scale));
    const memRuns = Math.max(3, Math.min(opts.runs, 5));
    // One thread: at 3,100 files a worker (with a heap of its own) starts or not depending on what
    // the other core is doing, which would make this a measure of scheduling, not of body size.
    const v1 = measure('validate x1', validateArgs(memDirs[0]), one, work);
    const f1 = measure('floor x1', [FLOOR, memDirs[0]], env, work);
    const v10 = measure('validate x10', validateArgs(memDirs[1]), one, work);
    const f10 = measure('floor x10', [FLOOR, memDirs[1]], env, work);
    log(`Measuring peak RSS against body size, ${memRuns} rounds …`);
    interleave([v1, f1, v10, f10], memRuns);
    mem = { files: gens[0].files, bytes: gens.map((g) => g.bytes), v1, v10, f1, f10, runs: memRuns };
  }

  // Report
  const loadAfter = loadavg();
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const rc = { multi: ratioOf(valC, floorC), one: ratioOf(valC1, floorC) };
  const rh = { multi: ratioOf(valH, floorH), one: ratioOf(valH1, floorH) };
  const rCache = ratioOf(cached, floorC);
  const rChanged = ratioOf(changed, floorC);
  const sampleMs = median(sample.wallMs);
  const helpMs = median(help.wallMs);
  const bigRss = big ? median(big.validate.rssKiB) / median(big.floor.rssKiB) : undefined;
  const pass = {
    heavyWall: rh.multi.wall <= BARS.heavyWall,
    cleanWall: rc.multi.wall <= BARS.cleanWall,
    oneThreadCpu: rc.one.cpu <= BARS.oneThreadCpu && rh.one.cpu <= BARS.oneThreadCpu,
    changed: rChanged.wall <= BARS.changed,
    cache: rCache.wall <= BARS.cache,
    sample: sampleMs <= BARS.sampleMs,
    help: helpMs < BARS.helpMs,
    bigRss: bigRss === undefined ? undefined : bigRss <= BARS.bigRss,
  };
  const lines: string[] = [];
  const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
  const W = [40, 9, 9, 10, 10, 12];
  const nIncidents = Math.floor(opts.n / 2);
  const nPolicies = Math.floor(opts.n / 20);

  lines.push('', `lessons benchmark  ${new Date().toISOString()}  Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPU(s)`);
  lines.push(`repositories ${fmtInt(genClean.files)} files each (${fmtInt(opts.n)} lessons, ${fmtInt(nIncidents)} incidents, ${fmtInt(nPolicies)} policies), ${fmtMiB(genClean.bytes / 1024)}:`);
  lines.push('             clean (no problems), and problem-heavy (same entries; most lessons with an overdue action,');
  lines.push('             most authorised policies past or near review, fictional identifiers in 4% of lessons)');
  lines.push(`method       whole child processes, ${opts.runs} rounds interleaving all six commands after one warm-up each; medians;`);
  lines.push('             CPU = user+sys and peak RSS from process.resourceUsage() at exit; NODE_EXTRA_CA_CERTS removed; LESSONS_TODAY=' + BENCH_TODAY);
  lines.push(`load average ${fmtLoad(loadBefore)} at start, ${fmtLoad(loadAfter)} at end (1/5/15 min; wall times are noisy when these exceed the CPU count)`);
  lines.push('');
  lines.push(row(['validate ÷ floor', 'wall', 'CPU', 'floor wall', 'floor CPU', 'peak RSS'], W));
  for (const [name, f, v, v1] of [['clean', floorC, valC, valC1], ['problem-heavy', floorH, valH, valH1]] as const) {
    lines.push(row([`${name}: floor (read + gray-matter)`, fmtS(median(f.wallMs)), fmtS(median(f.cpuMs)), '', '', fmtMiB(median(f.rssKiB))], W));
    lines.push(row([`${name}: validate, default threads`, fmtS(median(v.wallMs)), fmtS(median(v.cpuMs)), `${ratioOf(v, f).wall.toFixed(2)}×`, `${ratioOf(v, f).cpu.toFixed(2)}×`, fmtMiB(median(v.rssKiB))], W));
    lines.push(row([`${name}: validate, one thread`, fmtS(median(v1.wallMs)), fmtS(median(v1.cpuMs)), `${ratioOf(v1, f).wall.toFixed(2)}×`, `${ratioOf(v1, f).cpu.toFixed(2)}×`, fmtMiB(median(v1.rssKiB))], W));
  }
  lines.push('');
  const B = [62, 12, 10];
  lines.push(row(['bar (issue 13)', 'measured', 'bar'], B));
  lines.push(row(['validate, problem-heavy, wall ÷ floor (default threads)', `${rh.multi.wall.toFixed(2)}×`, `≤ ${BARS.heavyWall}×`], B) + `   ${verdict(pass.heavyWall)}`);
  lines.push(row(['validate, clean, wall ÷ floor (default threads)', `${rc.multi.wall.toFixed(2)}×`, `≤ ${BARS.cleanWall}×`], B) + `   ${verdict(pass.cleanWall)}`);
  lines.push(row(['validate, one thread, CPU ÷ floor (clean / problem-heavy)', `${rc.one.cpu.toFixed(2)}/${rh.one.cpu.toFixed(2)}×`, `≤ ${BARS.oneThreadCpu}×`], B) + `   ${verdict(pass.oneThreadCpu)}`);
  lines.push(row(['validate --changed after a one-file commit, wall ÷ floor', `${rChanged.wall.toFixed(2)}×`, `≤ ${BARS.changed}×`], B) + `   ${verdict(pass.changed)}   (${fmtMs(median(changed.wallMs))}, CPU ${rChanged.cpu.toFixed(2)}×)`);
  lines.push(row(['validate --cache, second run, wall ÷ floor', `${rCache.wall.toFixed(2)}×`, `≤ ${BARS.cache}×`], B) + `   ${verdict(pass.cache)}   (${fmtMs(median(cached.wallMs))}, CPU ${rCache.cpu.toFixed(2)}×)`);
  lines.push(row([`validate on the 40-file sample (${HELP_RUNS} runs)`, fmtMs(sampleMs), `≤ ${BARS.sampleMs} ms`], B) + `   ${verdict(pass.sample)}`);
  lines.push(row([`lessons --help (${HELP_RUNS} runs; node -e 0 takes ${fmtMs(median(bare.wallMs))})`, fmtMs(helpMs), `< ${BARS.helpMs} ms`], B) + `   ${verdict(pass.help)}`);
  if (big && bigRss !== undefined) {
    lines.push(row([`peak RSS at ${fmtInt(big.files)} files (problem-heavy), validate ÷ floor`, `${bigRss.toFixed(2)}×`, `≤ ${BARS.bigRss}×`], B) + `   ${verdict(pass.bigRss === true)}   (${fmtMiB(median(big.validate.rssKiB))} vs ${fmtMiB(median(big.floor.rssKiB))}; wall ${fmtS(median(big.validate.wallMs))} vs ${fmtS(median(big.floor.wallMs))})`);
  }
  if (digest && staff && year) {
    const digestOk = median(digest.wallMs) < DIGEST_BAR_MS && median(staff.wallMs) < DIGEST_BAR_MS;
    lines.push(row(['digest --audience board --format html / staff last month (docs/speed.md)', `${fmtS(median(digest.wallMs))} / ${fmtS(median(staff.wallMs))}`, `< ${fmtS(DIGEST_BAR_MS)}`], B) + `   ${verdict(digestOk)}   (whole year, no bar: ${fmtS(median(year.wallMs))})`);
  }
  if (mem) {
    const growth = median(mem.v10.rssKiB) / median(mem.v1.rssKiB);
    lines.push(row([`peak RSS, bodies 10× longer, one thread (${fmtInt(mem.files)} files, ${fmtMiB(mem.bytes[0] / 1024)} → ${fmtMiB(mem.bytes[1] / 1024)})`, `${growth.toFixed(2)}×`, `≤ ${FLAT_BAR}×`], B) + `   ${verdict(growth <= FLAT_BAR)}   (floor ${(median(mem.f10.rssKiB) / median(mem.f1.rssKiB)).toFixed(2)}×)`);
  }
  lines.push('');
  lines.push('import time (fresh process, median of 9)');
  for (const i of imports) lines.push(`  ${pad(i.label, 56)} ${lpad(fmtMs(i.ms), 7)}`);
  lines.push(`  packages validate loads on the sample (files): ${Object.entries(loaded).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push('');
  lines.push(`  rounds (wall): ${[floorC, valC, valC1, floorH, valH, valH1].map((c) => `${c.label} ${c.wallMs.map(fmtS).join(' ')}`).join('\n                 ')}`);
  lines.push('');
  process.stdout.write(lines.map((l) => l.trimEnd()).join('\n') + '\n');

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    today: BENCH_TODAY,
    repository: { lessons: opts.n, incidents: nIncidents, policies: nPolicies, files: genClean.files, bytes: genClean.bytes },
    runs: opts.runs,
    loadAverage: { start: loadBefore, end: loadAfter },
    clean: { floor: summary(floorC), validate: summary(valC), validateOneThread: summary(valC1), ratio: { wall: round3(rc.multi.wall), cpu: round3(rc.multi.cpu), oneThreadWall: round3(rc.one.wall), oneThreadCpu: round3(rc.one.cpu) } },
    heavy: { floor: summary(floorH), validate: summary(valH), validateOneThread: summary(valH1), ratio: { wall: round3(rh.multi.wall), cpu: round3(rh.multi.cpu), oneThreadWall: round3(rh.one.wall), oneThreadCpu: round3(rh.one.cpu) } },
    cache: { ...summary(cached), ratio: round3(rCache.wall) },
    changed: { ...summary(changed), ratio: round3(rChanged.wall) },
    sample: summary(sample),
    help: summary(help),
    nodeStart: summary(bare),
    imports: { ms: imports, packagesLoadedBySample: loaded },
    ...(big ? { big: { files: big.files, floor: summary(big.floor), validate: summary(big.validate), rssRatio: round3(bigRss ?? 0) } } : {}),
    ...(digest && staff && year ? { digest: { board: summary(digest), staff: summary(staff), staffYear: summary(year), bar: DIGEST_BAR_MS } } : {}),
    ...(mem ? { memory: { files: mem.files, bytes: mem.bytes, validate: { x1: summary(mem.v1), x10: summary(mem.v10) }, floor: { x1: summary(mem.f1), x10: summary(mem.f10) } } } : {}),
    bars: BARS,
    pass,
  };
  writeFileSync(path.join(opts.dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  log(`results written to ${path.relative(PROJECT, path.join(opts.dir, 'results.json'))}`);

  if (!opts.keep) for (const dir of [clean, heavy, ...extraDirs]) rmSync(dir, { recursive: true, force: true });
  else log(`repositories kept in ${path.relative(PROJECT, opts.dir)}/`);
}

main();
