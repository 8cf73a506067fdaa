/**
 * A smaller inlining budget for V8's optimising compiler, for the commands that read a whole
 * repository. A run of lessons lasts seconds, and V8's optimising compiler, tuned for servers that
 * run for days, spent about a quarter of a large validate's CPU time (on its own threads) inlining
 * functions into the ones it optimised. A budget of 150 bytes of bytecode per optimised function
 * (the default is 920) leaves the output exactly as it was and costs less: on the 15,500-file
 * benchmark, one thread, CPU 2.39 -> 2.22 s (clean) and 2.97 -> 2.73 s (problem-heavy), wall time
 * 1.81 -> 1.76 s and 2.19 -> 2.15 s (docs/speed.md).
 *
 * When it is set matters. V8 uses the code cache of Node.js's own modules only while the compiler
 * flags are those the cache was made with; after any change, every built-in module loaded is
 * compiled from its source instead. Set as lessons started (as it was until 2026-12-03), it made a
 * worker thread's start cost 45 ms of CPU instead of 22, and `lessons --help` 80 ms instead of 73.
 * So it is set where a large piece of work starts, after the modules it needs have loaded:
 * reading every entry (repo/load.ts, commands/site.ts), and checking a repository
 * (rules/parallel.ts), there once its worker threads, if any, have started. Nothing is compiled by
 * the optimising compiler before then that matters.
 *
 * Only on the Node.js versions where the flag is known (an unknown flag would print an error), and
 * not when the flag was given to `node` on the command line (that wins).
 */
import { setFlagsFromString } from 'node:v8';
let done = false;
/** Sets the smaller inlining budget, once per process (see above). */
export function tuneCompiler() {
    if (done)
        return;
    done = true;
    const major = Number(process.versions.node.split('.')[0]);
    if (major > 24 || process.execArgv.some((a) => a.startsWith('--max-inlined-bytecode-size')))
        return;
    setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
}
