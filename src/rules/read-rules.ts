/** The rules reading a file can break (src/repo/read.ts reports them by these ids). */
import type { RuleInfo } from './types.js';

export const READ_RULES: readonly RuleInfo[] = [
  { id: 'file/unreadable', severity: 'error', description: 'The file could not be read (permissions, a broken link, or it is not a regular file).' },
  { id: 'file/too-large', severity: 'error', description: 'The file is larger than `limits.max_file_bytes` (default 1 MiB); it is not parsed.' },
  { id: 'file/binary', severity: 'error', description: 'The file is not UTF-8 text (NUL bytes or invalid UTF-8).' },
  { id: 'frontmatter/missing', severity: 'error', description: 'No front-matter block, or one that is not a mapping.' },
  { id: 'yaml/syntax', severity: 'error', description: 'The front-matter is not valid YAML, has duplicate keys, or expands aliases beyond a safe limit.' },
  { id: 'file/line-endings', severity: 'error', description: 'Lines end with a carriage return alone (CR, as very old Mac editors saved them).' },
];
