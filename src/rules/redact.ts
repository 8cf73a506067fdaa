/**
 * Redaction for text that lessons copies out of entries into something people read elsewhere (a
 * pull-request comment, a digest): every identifier the `pii/*` rules find is replaced, so an entry
 * that has not been fixed yet cannot leak through the tool's own output.
 */
import type { Config } from '../model/config.js';
import { PII_RULES } from './text-rules.js';
import { fold, originalSpan, readings, slugReading } from './pii/fold.js';
import { digitRuns } from './pii/scan.js';
import { isRecord } from '../util/values.js';

export const REDACTED = '[identifier removed]';

/**
 * A function that replaces identifiable data in a string with `[identifier removed]`. The text is
 * folded as the `pii/*` rules fold it (pii/fold.ts), so pasted layouts, markup inside an
 * identifier and line breaks are redacted too, and each match replaces the whole original span
 * it came from: no fragment survives. This is the one redaction step: everything lessons writes
 * for people (documents, messages, the review comment) passes it.
 */
export function redactor(config: Config): (text: string) => string {
  let redact = cache.get(config);
  if (redact) return redact;
  redact = replacer(identifiers(config));
  cache.set(config, redact);
  return redact;
}

/** Replaces every span `find` returns with `[identifier removed]`, merging overlaps. */
function replacer(find: (text: string) => Identifier[]): (text: string) => string {
  return (text) => {
    const spans = find(text);
    if (spans.length === 0) return text;
    spans.sort((a, b) => a.index - b.index || b.length - a.length);
    let out = '';
    let at = 0;
    for (const s of spans) {
      const end = s.index + s.length;
      if (end <= at) continue; // inside a span already replaced
      out += text.slice(at, Math.max(at, s.index)) + (s.index >= at ? REDACTED : '');
      at = end;
    }
    return out + text.slice(at);
  };
}

const cache = new WeakMap<Config, (text: string) => string>();

/** One identifier found in a text: the rule that found it and the original span. */
export interface Identifier {
  rule: string;
  index: number;
  length: number;
}

/**
 * Every identifier the `pii/*` rules find in a text, as spans of the original text (folded as
 * the rules fold it). The redactor replaces these; the corpus test measures them.
 */
export function identifiers(config: Config, options: { slug?: boolean } = {}): (text: string) => Identifier[] {
  const finders = PII_RULES.map((r) => r.compile(config));
  // The shortest built-in identifier ("M1 1AE", "a@b.uk", "Dr Oz") has five characters;
  // configured patterns may be shorter, so then every string is searched.
  const shortest = config.pii.patterns.length ? 1 : 5;
  return (text) => {
    if (text.length < shortest) return [];
    const spans: Identifier[] = [];
    // With `slug`, the text is also read with "-", "_" and "." as spaces (ids, file names, slugs).
    const plain = fold(text);
    // The text and the inside of its inline HTML tags (fold.ts readings), and as a slug too.
    const all = readings(text, plain);
    if (options.slug) all.push({ folded: slugReading(text, plain), offset: 0 });
    for (const { folded, offset } of all) {
      const runs = digitRuns(folded.text);
      for (const f of finders) {
        for (const m of f(folded.text, runs)) {
          const span = originalSpan(folded, m.index, m.length);
          spans.push({ rule: m.rule, index: offset + span.index, length: span.length });
        }
      }
    }
    return spans;
  };
}
const messageCache = new WeakMap<Config, (text: string) => string>();

/**
 * The redactor for problem messages and key paths: the same redaction, also reading ids, slugs
 * and file names with their dashes as spaces ("LL-1-943-476-5919.md"), remembering the last few
 * thousand messages (most repeat: the same term or rule across many files).
 */
export function redactMessage(config: Config): (message: string) => string {
  let r = messageCache.get(config);
  if (!r) {
    const redact = replacer(identifiers(config, { slug: true }));
    const seen = new Map<string, string>();
    r = (message) => {
      let out = seen.get(message);
      if (out === undefined) {
        if (seen.size > 4096) seen.clear();
        out = redact(message);
        seen.set(message, out);
      }
      return out;
    };
    messageCache.set(config, r);
  }
  return r;
}

/** A copy of front-matter data with every string (and number) redacted. */
export function redactData<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (typeof value === 'number') {
    const s = String(value);
    const r = redact(s);
    return (r === s ? value : r) as T;
  }
  if (Array.isArray(value)) return value.map((v) => redactData(v, redact)) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactData(v, redact)])) as T;
  return value;
}
