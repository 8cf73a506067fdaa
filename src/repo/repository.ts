/**
 * Finding a repository, reading its configuration and listing its entry files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { configSchema, withDefaults, type Config, type RawConfig } from '../model/config.js';
import { explainIssues } from '../model/explain.js';
import { ConfigError } from '../errors.js';
import { isRecord } from '../util/values.js';
import { Locator, parseYaml, type FrontMatter } from './frontmatter.js';

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

/** The nearest folder upward from `start` holding `lessons.config.yaml` or a `lessons/` folder. */
export function findRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const candidate = path.join(dir, 'lessons');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
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
    throw new ConfigError(
      `No lessons repository found in ${opts.start} or any folder above it (looked for ${CONFIG_FILE} or a lessons/ folder). ` +
        'Run "lessons init" to create one, or pass -C <folder>.',
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
  const fm: FrontMatter = { yaml: text, yamlLine: 1, body: '', bodyLine: 1 };
  const parsed = parseYaml(fm);
  if (!parsed.ok) {
    const { line, column } = parsed.error.position;
    throw new ConfigError(`${shown}:${line}:${column}: this line is not valid YAML${parsed.error.key ? ` ("${parsed.error.key}" appears twice)` : ''}.`, shown, line, column);
  }
  const data = parsed.data ?? {};
  if (!isRecord(data)) throw new ConfigError(`${shown}: the configuration must be a set of "setting: value" lines.`, shown, 1, 1);
  const result = configSchema.safeParse(data);
  const locator = new Locator(fm, data);
  const problems: { line: number; column: number; message: string }[] = [];
  if (!result.success) {
    for (const e of explainIssues(result.error.issues, data, configSchema, CONFIG_FILE, false)) {
      problems.push({ ...locator.locate(e.path, e.at === 'key' ? 'key' : 'value'), message: e.message.replace('is not a field of', 'is not a setting of') });
    }
  } else {
    problems.push(...regexProblems(result.data, locator));
  }
  if (problems.length) {
    const first = problems[0];
    throw new ConfigError(
      problems.map((p) => `${shown}:${p.line}:${p.column}: ${p.message}`).join('\n'),
      shown,
      first.line,
      first.column,
    );
  }
  return withDefaults(result.data as RawConfig);
}

function regexProblems(raw: RawConfig, locator: Locator) {
  const out: { line: number; column: number; message: string }[] = [];
  (raw.pii?.patterns ?? []).forEach((p, i) => {
    if (!compiles(p.pattern)) {
      out.push({ ...locator.locate(['pii', 'patterns', i, 'pattern']), message: `The pattern "${p.name}" is not a valid regular expression: ${JSON.stringify(p.pattern)}.` });
    }
  });
  (raw.language?.terms ?? []).forEach((t, i) => {
    if (t.phrase === undefined && t.pattern === undefined) {
      out.push({ ...locator.locate(['language', 'terms', i]), message: 'Each language term needs a "phrase" (or a "pattern").' });
    } else if (t.pattern !== undefined && !compiles(t.pattern)) {
      out.push({ ...locator.locate(['language', 'terms', i, 'pattern']), message: `The language pattern ${JSON.stringify(t.pattern)} is not a valid regular expression.` });
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
 * Every `.md` file under the content folder, relative to the repository root, sorted. Hidden
 * files and folders, `README.md` files (folder documentation) and links to folders are skipped.
 */
export function listEntryFiles(repo: Repository): string[] {
  const out: string[] = [];
  if (!existsSync(repo.contentRoot)) return out;
  // Relative names are built as the walk goes (path.relative per file costs more than the walk).
  const walk = (dir: string, rel: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name.startsWith('.')) continue;
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
