#!/usr/bin/env node
// The lessons command. Everything happens in dist/cli.js (committed, rebuilt by `npm run build:dist`); this file only
// checks the Node version and the build, runs main() and sets the exit code.
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 17)) {
  process.stderr.write(`lessons needs Node.js 20.17 or newer; this is ${process.versions.node}.\n`);
  process.exit(2);
}
const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('lessons is not built yet: run "npm run build:dist" in the lessons folder.\n');
  process.exit(2);
}
const { main, processIo } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2), processIo());
