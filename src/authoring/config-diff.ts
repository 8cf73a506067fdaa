/**
 * Issue 11.6: a pull request that changes `lessons.config.yaml` so that checks find less
 * (identifiers allowed, a pattern or blaming term removed or changed, taxonomy values added or a
 * list dropped, the size limit raised, the content folder moved) is shown to the reviewer in the
 * review comment: the checks themselves pass on such a branch, by construction.
 */
import { withDefaults } from '../model/config.js';
import { parseYaml } from '../repo/frontmatter.js';

const DEFAULTS = withDefaults({});
import { isRecord } from '../util/values.js';

export interface WeakenedSetting {
  /** The setting, e.g. `pii.allow`, `taxonomy.themes`. */
  setting: string;
  change: 'added' | 'removed' | 'changed' | 'raised' | 'dropped';
  /** The value concerned, as text (a list entry, a pattern, a number). */
  value: string;
}

function load(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return {};
  const parsed = parseYaml({ yaml: text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), yamlLine: 1, body: '', bodyLine: 1 });
  if (!parsed.ok) return undefined;
  return isRecord(parsed.data) ? parsed.data : parsed.data == null ? {} : undefined;
}

function at(data: Record<string, unknown>, ...keys: string[]): unknown {
  let v: unknown = data;
  for (const k of keys) v = isRecord(v) ? v[k] : undefined;
  return v;
}

function texts(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))) : [];
}

/** `{name, pattern}` / `{phrase|pattern, suggestion}` items as comparable text, keyed by what they match. */
function keyed(v: unknown, key: (item: Record<string, unknown>) => string): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(v)) for (const item of v) if (isRecord(item)) out.set(key(item), JSON.stringify(item));
  return out;
}

/**
 * How the configuration at the branch (`after`) checks less than at the base (`before`): each
 * change, or an empty list. Undefined text means the file does not exist; a file that is not
 * valid YAML is compared as if empty on that side (validate reports it).
 */
export function weakenedSettings(beforeText: string | undefined, afterText: string | undefined): WeakenedSetting[] {
  const before = load(beforeText) ?? {};
  const after = load(afterText) ?? {};
  const out: WeakenedSetting[] = [];

  const oldAllow = new Set(texts(at(before, 'pii', 'allow')));
  for (const a of texts(at(after, 'pii', 'allow'))) if (!oldAllow.has(a)) out.push({ setting: 'pii.allow', change: 'added', value: a });

  const patternKey = (i: Record<string, unknown>) => String(i.name ?? i.pattern ?? '');
  const oldPatterns = keyed(at(before, 'pii', 'patterns'), patternKey);
  const newPatterns = keyed(at(after, 'pii', 'patterns'), patternKey);
  for (const [name, item] of oldPatterns) {
    const now = newPatterns.get(name);
    if (now === undefined) out.push({ setting: 'pii.patterns', change: 'removed', value: item });
    else if (now !== item) out.push({ setting: 'pii.patterns', change: 'changed', value: `${item} → ${now}` });
  }

  const termKey = (i: Record<string, unknown>) => String(i.phrase ?? i.pattern ?? '');
  const oldTerms = keyed(at(before, 'language', 'terms'), termKey);
  const newTerms = keyed(at(after, 'language', 'terms'), termKey);
  for (const [term, item] of oldTerms) {
    const now = newTerms.get(term);
    if (now === undefined) out.push({ setting: 'language.terms', change: 'removed', value: item });
    else if (now !== item) out.push({ setting: 'language.terms', change: 'changed', value: `${item} → ${now}` });
  }

  for (const list of ['themes', 'services', 'audiences']) {
    const was = at(before, 'taxonomy', list);
    const is = at(after, 'taxonomy', list);
    if (!Array.isArray(was)) continue; // no list before: anything was allowed already
    if (!Array.isArray(is)) {
      out.push({ setting: `taxonomy.${list}`, change: 'dropped', value: 'the list is gone, so any value is now accepted' });
      continue;
    }
    const old = new Set(texts(was));
    for (const v of texts(is)) if (!old.has(v)) out.push({ setting: `taxonomy.${list}`, change: 'added', value: v });
  }

  const oldLimit = at(before, 'limits', 'max_file_bytes');
  const newLimit = at(after, 'limits', 'max_file_bytes');
  if (typeof newLimit === 'number' && newLimit > (typeof oldLimit === 'number' ? oldLimit : DEFAULTS.limits.max_file_bytes)) {
    out.push({ setting: 'limits.max_file_bytes', change: 'raised', value: String(newLimit) });
  }
  const oldRoot = at(before, 'root') ?? DEFAULTS.root;
  const newRoot = at(after, 'root') ?? DEFAULTS.root;
  if (oldRoot !== newRoot) out.push({ setting: 'root', change: 'changed', value: `${String(oldRoot)} → ${String(newRoot)}` });
  return out;
}
