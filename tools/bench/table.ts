/**
 * Prints the last benchmark's results (.bench/results.json) as the Markdown table of docs/speed.md.
 *
 *   node .tools/bench/table.js [results.json]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const file = process.argv[2] ?? path.join(PROJECT, '.bench', 'results.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const r = JSON.parse(readFileSync(file, 'utf8')) as any;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms = (x: number) => `${Math.round(x)} ms`;
const x = (v: number) => `${v.toFixed(2)}×`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const ok = (p: boolean | undefined) => (p === undefined ? '' : p ? 'pass' : '**fail**');
const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');

const out: string[] = [];
out.push(`Run of ${r.date.slice(0, 16).replace('T', ' ')} UTC, Node ${r.node}, ${r.cpus} CPUs, ${r.runs} interleaved rounds; load average (1/5/15 min) ${load(r.loadAverage.start)} at the start and ${load(r.loadAverage.end)} at the end.`);
out.push('');
out.push('| | floor wall | floor CPU | validate wall | validate CPU | wall ÷ floor | CPU ÷ floor | peak RSS (floor / validate) |');
out.push('|---|---|---|---|---|---|---|---|');
for (const [name, c] of [['clean', r.clean], ['problem-heavy', r.heavy]] as const) {
  out.push(`| ${name}, default threads | ${s(c.floor.medianMs)} | ${s(c.floor.medianCpuMs)} | ${s(c.validate.medianMs)} | ${s(c.validate.medianCpuMs)} | ${x(c.ratio.wall)} | ${x(c.ratio.cpu)} | ${mib(c.floor.medianRssKiB)} / ${mib(c.validate.medianRssKiB)} |`);
  out.push(`| ${name}, one thread | | | ${s(c.validateOneThread.medianMs)} | ${s(c.validateOneThread.medianCpuMs)} | ${x(c.ratio.oneThreadWall)} | ${x(c.ratio.oneThreadCpu)} | ${mib(c.validateOneThread.medianRssKiB)} |`);
}
out.push('');
out.push('| bar (issue 13) | measured | bar | |');
out.push('|---|---|---|---|');
out.push(`| validate, problem-heavy, wall ÷ floor | ${x(r.heavy.ratio.wall)} (CPU ${x(r.heavy.ratio.cpu)}) | ≤ ${r.bars.heavyWall}× | ${ok(r.pass.heavyWall)} |`);
out.push(`| validate, clean, wall ÷ floor | ${x(r.clean.ratio.wall)} (CPU ${x(r.clean.ratio.cpu)}) | ≤ ${r.bars.cleanWall}× | ${ok(r.pass.cleanWall)} |`);
out.push(`| validate, one thread, CPU ÷ floor (clean / problem-heavy) | ${x(r.clean.ratio.oneThreadCpu)} / ${x(r.heavy.ratio.oneThreadCpu)} | ≤ ${r.bars.oneThreadCpu}× | ${ok(r.pass.oneThreadCpu)} |`);
out.push(`| \`validate --changed\` after a one-file commit, wall ÷ floor | ${x(r.changed.ratio)} (${ms(r.changed.medianMs)}; CPU ${x(r.changed.medianCpuMs / r.clean.floor.medianCpuMs)}) | ≤ ${r.bars.changed}× | ${ok(r.pass.changed)} |`);
out.push(`| \`validate --cache\`, second run, wall ÷ floor | ${x(r.cache.ratio)} (${ms(r.cache.medianMs)}; CPU ${x(r.cache.medianCpuMs / r.clean.floor.medianCpuMs)}) | ≤ ${r.bars.cache}× | ${ok(r.pass.cache)} |`);
out.push(`| \`validate\` on the 40-file sample | ${ms(r.sample.medianMs)} | ≤ ${r.bars.sampleMs} ms | ${ok(r.pass.sample)} |`);
out.push(`| \`lessons --help\` (\`node -e 0\`: ${ms(r.nodeStart.medianMs)}) | ${ms(r.help.medianMs)} | < ${r.bars.helpMs} ms | ${ok(r.pass.help)} |`);
if (r.big) out.push(`| peak RSS at ${r.big.files.toLocaleString('en-GB')} files (problem-heavy), validate ÷ floor | ${x(r.big.rssRatio)} (${mib(r.big.validate.medianRssKiB)} / ${mib(r.big.floor.medianRssKiB)}) | ≤ ${r.bars.bigRss}× | ${ok(r.pass.bigRss)} |`);
if (r.digest) out.push(`| digest, board HTML / staff last month (docs/speed.md) | ${s(r.digest.board.medianMs)} / ${s(r.digest.staff.medianMs)} | < ${s(r.digest.bar)} | ${ok(r.digest.board.medianMs < r.digest.bar && r.digest.staff.medianMs < r.digest.bar)} |`);
if (r.memory) out.push(`| peak RSS with bodies 10× longer (${r.memory.files.toLocaleString('en-GB')} files) | ${x(r.memory.validate.x10.medianRssKiB / r.memory.validate.x1.medianRssKiB)} (floor ${x(r.memory.floor.x10.medianRssKiB / r.memory.floor.x1.medianRssKiB)}) | flat (≤ 1.25×) | ${ok(r.memory.validate.x10.medianRssKiB / r.memory.validate.x1.medianRssKiB <= 1.25)} |`);
if (r.imports) {
  out.push('');
  out.push('| import in a fresh process | median |');
  out.push('|---|---|');
  for (const i of r.imports.ms as { label: string; ms: number }[]) out.push(`| ${i.label} | ${ms(i.ms)} |`);
  out.push('');
  out.push(`Packages \`validate\` loads on the sample (number of files): ${Object.entries(r.imports.packagesLoadedBySample as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
}
process.stdout.write(out.join('\n') + '\n');
