/**
 * Finding a repository, reading its configuration and listing its entry files.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { configSchema, withDefaults, type Config, type RawConfig } from '../model/config.js';
import { ConfigError, NotFoundError } from '../errors.js';
import { backtrackingRisk } from '../util/regex-safety.js';
import { visible } from '../util/terminal.js';
import { lookupTable } from '../util/lookup.js';
import { parseDataFile, type PathProblem } from './data-file.js';
import { decodeText } from './frontmatter.js';
import { isWithin, lexists, readRegularFile, realRoot, realTarget } from './inside.js';
import '../model/types/index.js';
import { entryTypes } from '../model/entry-types.js';

/** The default `limits.max_file_bytes` (docs/writing-entries.md), also the limit for the configuration itself. */
const DEFAULT_MAX_FILE_BYTES = withDefaults({}).limits.max_file_bytes;

export const CONFIG_FILE = 'lessons.config.yaml';

export interface Repository {
  /** Absolute path of the repository root. */
  root: string;
  /** Absolute path of the content folder (config `root`). */
  contentRoot: string;
  /** Absolute path of the config file, when there is one. */
  configFile?: string;
  config: Config;
}

export interface OpenOptions {
  /** Where to start: `-C` resolved against the process directory. */
  start: string;
  /** `--config`, resolved against `start`. */
  configPath?: string;
}

/** The folders of a content root, one per entry type; a `lessons/` folder holding one of them is a repository. */
export function contentFolders(): string[] {
  return entryTypes().map((d) => d.folder);
}

/**
 * The nearest folder upward from `start` that is a lessons repository: one holding
 * `lessons.config.yaml`, or a `lessons/` folder that holds at least one content folder and is not
 * itself a Node package (a clone of this tool, or any project called "lessons", is not taken for
 * a repository). A folder inside `node_modules`, or a hidden one, is never taken for a repository.
 */
export function findRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (!isIgnoredPath(dir)) {
      if (isFile(path.join(dir, CONFIG_FILE))) return dir;
      if (isContentFolder(path.join(dir, 'lessons'))) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isContentFolder(dir: string): boolean {
  if (!isDirectory(dir) || existsSync(path.join(dir, 'package.json'))) return false;
  return contentFolders().some((f) => isDirectory(path.join(dir, f)));
}

/** Inside node_modules (an installed package), or itself a hidden folder (`.git`, `.cache`, …). */
function isIgnoredPath(dir: string): boolean {
  const segments = path.resolve(dir).split(path.sep);
  return segments.includes('node_modules') || (segments.at(-1) ?? '').startsWith('.');
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function openRepository(opts: OpenOptions): Repository {
  if (!existsSync(opts.start) || !statSync(opts.start).isDirectory()) {
    throw new ConfigError(`The folder ${opts.start} does not exist.`);
  }
  const explicitConfig = opts.configPath ? path.resolve(opts.start, opts.configPath) : undefined;
  if (explicitConfig && !existsSync(explicitConfig)) {
    throw new ConfigError(`The configuration file ${opts.configPath} does not exist.`);
  }
  const root = findRoot(opts.start) ?? (explicitConfig ? path.dirname(explicitConfig) : undefined);
  if (!root) {
    throw new NotFoundError(
      `There is no lessons repository in ${opts.start} or any folder above it (one has ${CONFIG_FILE}, or a lessons/ folder ` +
        `with ${contentFolders().map((f) => `${f}/`).join(', ')}).\n` +
        'Change to the folder of your lessons repository (cd), or name it with -C <folder>, e.g. lessons -C ~/trust-lessons validate.\n' +
        'To start a new repository in this folder, run "lessons init".',
    );
  }
  const configFile = explicitConfig ?? (lexists(path.join(root, CONFIG_FILE)) ? path.join(root, CONFIG_FILE) : undefined);
  // The repository's own config must really be inside it; a file named with --config is the user's choice.
  const config = configFile ? loadConfig(configFile, root, explicitConfig ? undefined : root) : withDefaults({});
  const contentRoot = path.resolve(root, config.root);
  const rel = path.relative(root, contentRoot);
  if (rel.startsWith('..') || path.isAbsolute(rel) || !isWithin(realRoot(root), realTarget(contentRoot))) {
    throw new ConfigError(`"root" in ${CONFIG_FILE} is "${visible(config.root)}", which is outside the repository (or a link to a place outside it). Use a folder inside it, such as "lessons".`);
  }
  return { root, contentRoot, configFile, config };
}

/** Why a configuration file could not be read, in words. */
const CONFIG_UNREADABLE: Readonly<Record<string, string | undefined>> = lookupTable({
  EOUTSIDE: 'it is a link to a place outside the repository, which lessons never reads',
  ENOTFILE: 'it is not a regular file (a pipe, device, socket or folder), so it was not opened',
  EACCES: 'you do not have permission to read it',
  ENOENT: 'it is a link to a file that does not exist',
  EISDIR: 'it is a folder',
});

/**
 * Reads and checks `lessons.config.yaml`; every problem is reported at once, with its position.
 * It is read like an entry (issue 11.3): a regular file, within the default size limit for
 * entries, and, when `inside` is given, with a real path inside that repository root.
 */
export function loadConfig(file: string, root: string, inside?: string): Config {
  const shown = toPosix(path.relative(root, file)) || path.basename(file);
  const read = readRegularFile(file, inside, DEFAULT_MAX_FILE_BYTES);
  if ('error' in read) {
    const code = read.error.code ?? 'error';
    throw new ConfigError(`${shown} could not be read: ${CONFIG_UNREADABLE[code] ?? `the system reported ${code}`}.`, shown);
  }
  if ('size' in read) {
    throw new ConfigError(`${shown} is ${read.size} bytes, larger than the ${DEFAULT_MAX_FILE_BYTES}-byte limit for entries; a configuration is a few kilobytes.`, shown);
  }
  const text = decodeText(read.bytes);
  if (text === undefined) throw new ConfigError(`${shown} is not plain UTF-8 text (it contains binary data). Save it as UTF-8 text.`, shown);
  const raw = parseDataFile<RawConfig>(text, {
    shown,
    schema: configSchema,
    what: CONFIG_FILE,
    wording: (m) => m.replace('is not a field of', 'is not a setting of'),
    check: regexProblems,
    empty: {},
  });
  return withDefaults(raw);
}

function regexProblems(raw: RawConfig): PathProblem[] {
  const out: PathProblem[] = [];
  (raw.pii?.patterns ?? []).forEach((p, i) => {
    if (!compiles(p.pattern)) {
      out.push({ path: ['pii', 'patterns', i, 'pattern'], message: `The pattern "${p.name}" is not a valid regular expression: ${JSON.stringify(p.pattern)}.` });
    } else {
      const risk = backtrackingRisk(p.pattern, 'g');
      if (risk) out.push({ path: ['pii', 'patterns', i, 'pattern'], message: unsafePattern(`The pattern "${p.name}"`, risk) });
    }
  });
  (raw.language?.terms ?? []).forEach((t, i) => {
    if (t.phrase === undefined && t.pattern === undefined) {
      out.push({ path: ['language', 'terms', i], message: 'Each language term needs a "phrase" (or a "pattern").' });
    } else if (t.pattern !== undefined && !compiles(t.pattern)) {
      out.push({ path: ['language', 'terms', i, 'pattern'], message: `The language pattern ${JSON.stringify(t.pattern)} is not a valid regular expression.` });
    } else if (t.pattern !== undefined) {
      const risk = backtrackingRisk(t.pattern, 'gi');
      if (risk) out.push({ path: ['language', 'terms', i, 'pattern'], message: unsafePattern(`The language pattern ${JSON.stringify(t.pattern)}`, risk) });
    }
  });
  return out;
}

/** Issue 11.2: a configured pattern that can backtrack catastrophically is a configuration error. */
function unsafePattern(what: string, risk: string): string {
  return (
    `${what} is not safe to run on every file: ${risk}, so one file could stall the check for minutes. ` +
    'Bound the repetition (e.g. [A-Z]{1,20} instead of [A-Z]+, [^\\n]{0,40} instead of .*) and make sure two parts cannot match the same characters.'
  );
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'g');
    return true;
  } catch {
    return false;
  }
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Whether `file` (relative to the repository root, `/` separators) is where an entry can be: a
 * `.md` file inside the content folder (`contentPrefix`, '' for the root itself), in no hidden
 * folder, and not a folder's README.md. `listEntryFiles` walks exactly these.
 */
export function isEntryPath(file: string, contentPrefix: string): boolean {
  if (!file.endsWith('.md')) return false;
  if (contentPrefix !== '' && !file.startsWith(`${contentPrefix}/`)) return false;
  const parts = file.split('/');
  if (parts.some((p) => p.startsWith('.'))) return false;
  return parts[parts.length - 1].toLowerCase() !== 'readme.md';
}

/**
 * Every `.md` file under the content folder, relative to the repository root, sorted. Hidden
 * files and folders, `node_modules`, `README.md` files (folder documentation) and links to folders are skipped.
 * With `regular`, the files the folder listing says are regular files (not links or special
 * files) are added to it: reading them can skip a check (inside.ts).
 */
export function listEntryFiles(repo: Repository, regular?: Set<string>): string[] {
  const out: string[] = [];
  if (!existsSync(repo.contentRoot)) return out;
  // Relative names are built as the walk goes (path.relative per file costs more than the walk).
  const walk = (dir: string, rel: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      if (d.isDirectory()) walk(path.join(dir, d.name), `${rel}${d.name}/`);
      // Links and special files (a FIFO, a socket, a device) are listed too, so that reading reports
      // them (issue 11.3: never opened), instead of their being skipped without a word.
      else if (d.name.endsWith('.md') && d.name.toLowerCase() !== 'readme.md') {
        out.push(rel + d.name);
        if (regular && d.isFile()) regular.add(rel + d.name);
      }
    }
  };
  const base = toPosix(path.relative(repo.root, repo.contentRoot));
  walk(repo.contentRoot, base ? `${base}/` : '');
  return out.sort();
}
