/**
 * Problems are data (docs/commands.md, docs/rules.md): collected across all files, positioned late, rendered by a
 * reporter. A rule never prints and never throws for bad content; it reports findings.
 */
import type { Config } from '../model/config.js';
import type { EntryType } from '../model/entry-types.js';
import type { PathSegment } from '../repo/frontmatter.js';

export type Severity = 'error' | 'warning';

/** A positioned problem, as reporters and `--format json` see it. */
export interface Problem {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  /** The front-matter key path, dotted with numeric indices (`actions.0.due`), or null. */
  path: string | null;
}

/**
 * What a rule reports. Where it is in the file is given in the rule's own terms: a front-matter
 * path (its key or its value, optionally a piece of text inside the value), an offset into the
 * scanned text, or the start of the file. It becomes a line and column once, afterwards.
 */
export interface Finding {
  rule: string;
  message: string;
  severity?: Severity;
  path?: readonly PathSegment[];
  /** `start` points at line 1 (the opening `---`), for required fields that are missing. */
  at?: 'key' | 'value' | 'start';
  /** Text inside the value at `path` to point at. */
  needle?: string;
  /** An offset into `FileContext.text` (the scanned Markdown), instead of a path. */
  offset?: number;
  /** An exact file position, when the finder already knows it. */
  position?: { line: number; column: number };
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line for the rule reference (docs/rules.md, SARIF). */
  description: string;
}

export interface FileContext {
  file: string;
  /** Absolute path of the repository root (for repository data files such as guides/). */
  root: string;
  config: Config;
  today: string;
  /** The front-matter mapping, or undefined when the front-matter could not be read. */
  data?: EntryData;
  /** `data.type` when it is one of the four types. */
  type?: EntryType;
  /**
   * The Markdown text that content checks read: the body, or the whole file when the front-matter
   * could not be read (identifiable data must be caught even in a broken file).
   */
  text: string;
  /** The front-matter's YAML source and the file line it starts on, when the file has one (its comments are read by the `pii/*` rules). */
  frontMatter?: { yaml: string; line: number };
  report(finding: Finding): void;
}

/** A check of one file on its own. */
export interface FileRule {
  rules: readonly RuleInfo[];
  check(ctx: FileContext): void;
}

/** What repository-wide rules know of each entry. */
export type { IndexedEntry } from '../model/entry.js';
import type { EntryData, IndexedEntry } from '../model/entry.js';

/** A check across the whole repository (ids, references). */
export interface RepositoryRule {
  rules: readonly RuleInfo[];
  /** The front-matter fields it reads from `IndexedEntry.data` (only these are kept). */
  fields: readonly string[];
  check(entries: readonly IndexedEntry[], report: (file: string, finding: Finding) => void): void;
}
