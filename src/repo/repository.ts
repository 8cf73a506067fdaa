/**
 * Finding a repository, reading its configuration and listing its entry files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { configSchema, withDefaults, type Config, type RawConfig } from '../model/config.js';
import { ConfigError, NotFoundError } from '../errors.js';
import { parseDataFile, type PathProblem } from './data-file.js';
import '../model/types/index.js';
import { entryTypes } from '../model/entry-types.js';

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
  const configFile = explicitConfig ?? (existsSync(path.join(root, CONFIG_FILE)) ? path.join(root, CONFIG_FILE) : undefined);
  const config = configFile ? loadConfig(configFile, root) : withDefaults({});
  const contentRoot = path.resolve(root, config.root);
  const rel = path.relative(root, contentRoot);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfigError(`"root" in ${CONFIG_FILE} is "${config.root}", which is outside the repository. Use a folder inside it, such as "lessons".`);
  }
  return { root, contentRoot, configFile, config };
}

/** Reads and checks `lessons.config.yaml`; every problem is reported at once, with its position. */
export function loadConfig(file: string, root: string): Config {
  const shown = toPosix(path.relative(root, file)) || path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  } catch (error) {
    throw new ConfigError(`${shown} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, shown);
  }
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
    }
  });
  (raw.language?.terms ?? []).forEach((t, i) => {
    if (t.phrase === undefined && t.pattern === undefined) {
      out.push({ path: ['language', 'terms', i], message: 'Each language term needs a "phrase" (or a "pattern").' });
    } else if (t.pattern !== undefined && !compiles(t.pattern)) {
      out.push({ path: ['language', 'terms', i, 'pattern'], message: `The language pattern ${JSON.stringify(t.pattern)} is not a valid regular expression.` });
    }
  });
  return out;
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
 */
export function listEntryFiles(repo: Repository): string[] {
  const out: string[] = [];
  if (!existsSync(repo.contentRoot)) return out;
  // Relative names are built as the walk goes (path.relative per file costs more than the walk).
  const walk = (dir: string, rel: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      if (d.isDirectory()) walk(path.join(dir, d.name), `${rel}${d.name}/`);
      else if ((d.isFile() || d.isSymbolicLink()) && d.name.endsWith('.md') && d.name.toLowerCase() !== 'readme.md') {
        out.push(rel + d.name);
      }
    }
  };
  const base = toPosix(path.relative(repo.root, repo.contentRoot));
  walk(repo.contentRoot, base ? `${base}/` : '');
  return out.sort();
}
