#!/usr/bin/env node
// The lessons command. Everything happens in dist/bundle/cli.js (committed, rebuilt by `npm run build:dist`: the
// compiled modules of dist/ and the packages they use, bundled by tools/bundle.mjs); this file only
// checks the Node version and the build, runs main() and sets the exit code, and handles what
// only the process can (issue 11.5): a reader that closes the pipe early (`lessons list | head -1`),
// and any error that escaped main() (one message, no stack trace without --debug; temporary files
// removed). Ctrl-C and SIGTERM during a write are handled in dist/util/write.js (bundled as dist/bundle/write.js).
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

// The cores' CPU times as lessons starts: a large `validate` compares them with the times when it
// is ready to check files, to see whether other cores are idle enough for a worker thread
// (dist/rules/parallel.js). Taken here, before the modules load, so the window is long enough to measure.
globalThis[Symbol.for('lessons.cpuTimesAtStart')] = cpus();

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 17)) {
  process.stderr.write(`lessons needs Node.js 20.17 or newer; this is ${process.versions.node}.\n`);
  process.exit(2);
}

// V8's inlining budget is made smaller where a large piece of work starts, not here (dist/util/compiler.js).
const entry = new URL('../dist/bundle/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('lessons is not built yet: run "npm run build:dist" in the lessons folder.\n');
  process.exit(2);
}
const debug = process.argv.includes('--debug');

// A closed pipe is the reader's choice, not a fault: stop writing there, say nothing, and let the
// command finish with its own exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')) return;
    lastResort(err);
  });
}

let removePendingTemporaryFiles = () => {};

function lastResort(err) {
  removePendingTemporaryFiles();
  try {
    if (err && (err.code === 'EMFILE' || err.code === 'ENFILE')) {
      // Too few file handles to even load lessons (e.g. after "ulimit -n 20").
      process.stderr.write('lessons: the system has run out of open files for lessons, so it could not start. Raise the limit (e.g. "ulimit -n 1024") and run it again.\n');
      process.exit(2);
    }
    // Control characters (a file's text in the message) shown as codes, like every other message.
    const what = (err && err.name ? `${err.name}: ${err.message}` : String(err)).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    process.stderr.write(
      `lessons: something went wrong inside lessons (${what}).\n` +
        (debug && err && err.stack ? `${err.stack}\n` : 'Run the same command with --debug to see the details, and report it to the maintainers.\n'),
    );
  } catch {
    /* stderr is gone too */
  }
  process.exit(2);
}
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

let loaded;
try {
  loaded = await Promise.all([import(entry.href), import(new URL('../dist/bundle/write.js', import.meta.url).href)]);
} catch (err) {
  lastResort(err);
}
const [{ main, processIo }, write] = loaded;
removePendingTemporaryFiles = write.removePendingTemporaryFiles;
process.exitCode = await main(process.argv.slice(2), processIo());
