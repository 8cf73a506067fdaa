/**
 * What the repository rules need of a file outside the change (`--changed`, `review`): its id,
 * type and references, without the per-file pipeline. The front-matter's top-level lines are
 * scanned for just those fields; a value the scan cannot be sure of (quotes, anchors, numbers,
 * nesting, duplicate keys, anything but plain words) sends the file to the full YAML parse, so
 * the fields are always what js-yaml would give.
 */
import { decodeText, parseYaml, splitFrontMatter } from './frontmatter.js';
import { readBytes } from './read.js';
import { isRecord } from '../util/values.js';

/** Words that YAML's core schema reads as something other than a string. */
const NOT_TEXT = /^(?:true|false|null|~|[-+]?(?:\.inf|\.nan|[0-9].*))$/i;
/** A plain word as ids and types are written. */
const WORD = /^[A-Za-z][A-Za-z0-9._/-]*$/;

function word(s: string): string | undefined {
  const t = s.trim();
  return WORD.test(t) && !NOT_TEXT.test(t) ? t : undefined;
}

/** A scalar value after `key:` on its line (comment removed), or undefined when unsure. */
function lineValue(rest: string): string | undefined {
  const hash = rest.indexOf(' #');
  return word(hash === -1 ? rest : rest.slice(0, hash));
}

/**
 * The top-level `fields` of a front-matter block, or undefined where a plain scan cannot be sure
 * (then the caller parses the block). Fields that are absent are left out, as in parsed data.
 */
export function scanFields(yaml: string, fields: ReadonlySet<string>): Record<string, unknown> | undefined {
  if (yaml.includes('\t') || yaml.includes('&') || yaml.includes('*') || yaml.includes('\r')) return undefined;
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const c = line.charCodeAt(0);
    if (Number.isNaN(c) || c === 32 || c === 35 /* # */) continue; // blank, indented or a comment
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || (line.length > colon + 1 && line[colon + 1] !== ' ')) return undefined;
    if (seen.has(key)) return undefined; // a duplicate key: the parse reports it
    seen.add(key);
    if (!fields.has(key)) continue;
    const rest = line.slice(colon + 1).trim();
    if (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      if (close === -1 || rest.indexOf('[', 1) !== -1 || (rest.slice(close + 1).trim() !== '' && !rest.slice(close + 1).trimStart().startsWith('#'))) return undefined;
      const inner = rest.slice(1, close).trim();
      const items = inner === '' ? [] : inner.split(',').map(word);
      if (items.some((x) => x === undefined)) return undefined;
      out[key] = items;
    } else if (rest === '' || rest.startsWith('#')) {
      // A block list of words below, or nothing (null).
      const items: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j];
        const t = l.trimStart();
        if (t === '' || t.startsWith('#')) continue;
        if (l === t) break; // back at the top level
        if (!t.startsWith('- ')) return undefined;
        const v = lineValue(t.slice(2));
        if (v === undefined) return undefined;
        items.push(v);
      }
      out[key] = items.length ? items : null;
      i = j - 1;
    } else {
      const v = lineValue(rest);
      if (v === undefined) return undefined;
      out[key] = v;
    }
  }
  return out;
}

/**
 * The index fields of one entry file (the same as `readEntryFile(...).data` would give for them),
 * or undefined when the file has no readable front-matter (it is then left out of the index, as a
 * full read would leave it out).
 */
export function readIndexFields(abs: string, maxBytes: number, fields: ReadonlySet<string>): Record<string, unknown> | undefined {
  const raw = readBytes(abs, maxBytes);
  if (!('bytes' in raw)) return undefined;
  const text = decodeText(raw.bytes);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text);
  if (!split.ok) return undefined;
  const scanned = scanFields(split.fm.yaml, fields);
  if (scanned) return scanned;
  const parsed = parseYaml(split.fm);
  if (!parsed.ok || !isRecord(parsed.data)) return undefined;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (parsed.data[f] !== undefined) out[f] = parsed.data[f];
  return out;
}
