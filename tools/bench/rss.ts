/**
 * Preloaded into benchmark children with NODE_OPTIONS=--import=<file URL of this module>: when the
 * child exits, it writes its peak resident set size (KiB, from getrusage) and the CPU time it used
 * to the file named by LESSONS_BENCH_RSS_FILE, as JSON. spawnSync does not report a child's resource
 * usage, and this needs no external tool such as /usr/bin/time. CPU time is reported next to wall
 * time because it is far less disturbed by other load on a shared machine.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.LESSONS_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(target, JSON.stringify({ maxRSS: usage.maxRSS, cpuMs }));
  });
}
