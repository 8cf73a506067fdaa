/**
 * Reading one entry file: size limit, strict UTF-8, front-matter split and parse. Problems found
 * here stop the file from being checked further (except content checks, which still read the
 * text of a file whose front-matter is broken).
 */
import path from 'node:path';
import { readRegularFile, type RealDirs } from './inside.js';
import { isRecord } from '../util/values.js';
import { decodeText, parseYaml, splitFrontMatter, type FrontMatter, type YamlError } from './frontmatter.js';


export interface ReadProblem {
  rule: string;
  message: string;
  line: number;
  column: number;
}

export interface ReadResult {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  abs: string;
  /** The decoded text (LF line ends), when the file is text within the size limit. */
  text?: string;
  fm?: FrontMatter;
  /** The front-matter mapping, when it could be read. */
  data?: Record<string, unknown>;
  problem?: ReadProblem;
}

function formatBytes(n: number): string {
  if (n >= 1_048_576) return `${(n / 1_048_576).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}

/**
 * Reads the file's bytes, refusing anything over `maxBytes` before reading it: a regular file only,
 * never opened when it is a FIFO, device or socket, and inside `root` when one is given (inside.ts).
 */
export function readBytes(abs: string, maxBytes: number, root?: string, dirs?: RealDirs, listed = false): { bytes: Buffer } | { size: number } | { error: NodeJS.ErrnoException } {
  return readRegularFile(abs, root, maxBytes, dirs, listed);
}

const UNREADABLE: Record<string, string> = {
  EACCES: 'you do not have permission to read it',
  EPERM: 'you do not have permission to read it',
  ENOENT: 'it is a link to a file that does not exist',
  ELOOP: 'it is a link that loops back on itself',
  EISDIR: 'it is a folder',
  ENOTFILE: 'it is not a regular file (a pipe, device, socket or folder), so it was not opened',
  EOUTSIDE: 'it is a link to a place outside the repository, which lessons never reads',
  EMFILE: 'the system has run out of open files for lessons (raise the limit with "ulimit -n")',
  ENFILE: 'the system has run out of open files',
};

/**
 * Reads an entry file. Its real path must be inside the repository (`root`; by default the
 * folder `abs` is `file` below) and it must be a regular file: anything else is a
 * `file/unreadable` problem, and a FIFO or device is never opened (issue 11.3). `dirs` keeps
 * folders' real paths across the files of one run; `listed` says a folder listing has just shown
 * a regular file there (inside.ts).
 */
export function readEntryFile(abs: string, file: string, maxBytes: number, root = rootOf(abs, file), dirs?: RealDirs, listed = false): ReadResult {
  return readEntryResult(file, abs, maxBytes, readRegularFile(abs, root, maxBytes, dirs, listed));
}

/** What `readRegularFile` gives, as it arrives from another thread too (an error is only its code). */
export type RawRead = { bytes: Uint8Array } | { size: number } | { error: { code?: string } };

/** What was read of an entry file (`readRegularFile`, here or on another thread) as an entry. */
export function readEntryResult(file: string, abs: string, maxBytes: number, raw: RawRead): ReadResult {
  if ('error' in raw) {
    const why = UNREADABLE[raw.error.code ?? ''] ?? `the system reported ${raw.error.code ?? 'an error'}`;
    return { file, abs, problem: { rule: 'file/unreadable', line: 1, column: 1, message: `This file could not be read: ${why}. Fix it or remove it from the content folder.` } };
  }
  if ('size' in raw) {
    return {
      file,
      abs,
      problem: {
        rule: 'file/too-large',
        line: 1,
        column: 1,
        message: `This file is ${formatBytes(raw.size)}, larger than the ${formatBytes(maxBytes)} limit, so it was not checked. Lesson files should be short; move attachments out of the repository (or raise limits.max_file_bytes in lessons.config.yaml).`,
      },
    };
  }
  return readEntryBytes(file, abs, raw.bytes);
}

/**
 * When most line breaks in `text` (already LF for CRLF) are a lone CR, the text with them as LF;
 * else undefined. A stray CR inside an otherwise normal file is not a line ending.
 */
function crOnly(text: string): string | undefined {
  if (!text.includes('\r')) return undefined;
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) cr++;
    else if (c === 10) lf++;
  }
  return cr > lf ? text.replace(/\r/g, '\n') : undefined;
}

/** The repository root that `abs` is `file` (relative, with `/`) below. */
function rootOf(abs: string, file: string): string {
  const rel = file.split('/').join(path.sep);
  return abs.endsWith(path.sep + rel) ? abs.slice(0, abs.length - rel.length - 1) : path.dirname(abs);
}

/** Reads an entry from bytes already in memory (a file about to be written, a git blob). */
export function readEntryBytes(file: string, abs: string, bytes: Uint8Array): ReadResult {
  const text = decodeText(bytes);
  if (text === undefined) {
    return {
      file,
      abs,
      problem: {
        rule: 'file/binary',
        line: 1,
        column: 1,
        message: 'This file is not plain text (it contains binary data or is not saved as UTF-8). Save it as UTF-8 text, or remove it if it is not a lesson file.',
      },
    };
  }
  const cr = crOnly(text);
  if (cr) {
    // The content checks still read it, with the lines as an editor shows them (issue 11.7).
    return {
      file,
      abs,
      text: cr,
      problem: {
        rule: 'file/line-endings',
        line: 1,
        column: 1,
        message: 'This file ends its lines with a carriage return alone (CR), as very old Mac editors did, so lessons cannot find its fields. Save it with normal line endings (LF, or CRLF on Windows).',
      },
    };
  }
  const split = splitFrontMatter(text);
  if (!split.ok) {
    const message =
      split.reason === 'unclosed'
        ? 'The front-matter block that starts on line 1 is never closed. Add a line with only --- after the last field.'
        : split.reason === 'not-yaml'
          ? `The front-matter is marked as "${split.language}" code, which lessons does not run or accept. Start the file with a line of exactly --- and write the fields in YAML.`
          : 'This file has no front-matter. It must start with a line of exactly ---, then the fields (id, type, title, ...), then another --- line.';
    return { file, abs, text, problem: { rule: 'frontmatter/missing', line: 1, column: 1, message } };
  }
  const fm = split.fm;
  const parsed = parseYaml(fm);
  if (!parsed.ok) {
    return { file, abs, text, fm, problem: { rule: 'yaml/syntax', ...parsed.error.position, message: yamlMessage(parsed.error) } };
  }
  if (!isRecord(parsed.data)) {
    const what = parsed.data === null || parsed.data === undefined ? 'empty' : Array.isArray(parsed.data) ? 'a list' : 'a single value';
    return {
      file,
      abs,
      text,
      fm,
      problem: {
        rule: 'frontmatter/missing',
        line: 1,
        column: 1,
        message: `The front-matter is ${what}. It must be a set of "field: value" lines (id, type, title, ...).`,
      },
    };
  }
  return { file, abs, text, fm, data: parsed.data };
}

const QUOTE_TIP = 'If a value contains a colon followed by a space, or starts with a quote, #, @ or *, put the whole value in double quotes.';

function yamlMessage(error: YamlError): string {
  switch (error.code) {
    case 'duplicate-key':
      return `${error.key ? `"${error.key}"` : 'A field'} appears twice in the front-matter. Keep one of them.`;
    case 'indentation':
      return 'The indentation is not consistent here. Use spaces, not tabs, and line up fields at the same level.';
    case 'unquoted-colon':
      return `This line cannot be read as "field: value". ${QUOTE_TIP}`;
    case 'missing-closing':
      return 'A closing quote or bracket is missing here.';
    case 'bad-start':
      return `This value starts with a character YAML reserves. ${QUOTE_TIP}`;
    case 'unsupported-tag':
      return 'This value uses a YAML tag (!! or !) that lessons does not accept. Remove the tag and write the value as plain text.';
    case 'alias-cycle':
      return 'This YAML alias (*name) is inside the value it refers to, so the value would contain itself without end. Write the value out in full instead of using an alias.';
    case 'alias-limit':
      return 'The front-matter uses YAML aliases (*name) that expand too far to be safe. Write the values out in full.';
    default:
      return `The front-matter is not valid YAML here. ${QUOTE_TIP}`;
  }
}
