/**
 * The "floor" of docs/speed.md: the least work any validator must do, reading every entry file and
 * parsing its front-matter with gray-matter's defaults, and nothing else. `validate` is measured
 * against this in the same benchmark run.
 *
 *   node .tools/bench/floor.js <repoDir>     prints the number of .md files read
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

function walk(dir: string, visit: (file: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile() && entry.name.endsWith('.md')) visit(full);
  }
}

const repo = process.argv[2];
if (!repo) {
  process.stderr.write('usage: node .tools/bench/floor.js <repoDir>\n');
  process.exit(2);
}
let count = 0;
walk(path.join(repo, 'lessons'), (file) => {
  // Defaults on purpose (no options): this is what "just read and parse the front-matter" costs.
  matter(readFileSync(file, 'utf8'));
  count++;
});
process.stdout.write(`${count}\n`);
