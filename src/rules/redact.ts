/**
 * Redaction for text that lessons copies out of entries into something people read elsewhere (a
 * pull-request comment, a digest): every identifier the `pii/*` rules find is replaced, so an entry
 * that has not been fixed yet cannot leak through the tool's own output.
 */
import type { Config } from '../model/config.js';
import { PII_RULES } from './index.js';
import type { TextMatch } from './text.js';
import { isRecord } from '../util/values.js';

export const REDACTED = '[identifier removed]';

/** A function that replaces identifiable data in a string with `[identifier removed]`. */
export function redactor(config: Config): (text: string) => string {
  const finders = PII_RULES.map((r) => r.compile(config));
  // The shortest built-in identifier ("M1 1AE", "a@b.uk") has six characters; configured
  // patterns may be shorter, so then every string is searched.
  const shortest = config.pii.patterns.length ? 1 : 6;
  return (text) => {
    if (text.length < shortest) return text;
    let spans: TextMatch[] | undefined;
    for (const f of finders) {
      const found = f(text);
      if (found.length) (spans ??= []).push(...found);
    }
    if (!spans) return text;
    spans.sort((a, b) => a.index - b.index);
    let out = '';
    let at = 0;
    for (const s of spans) {
      if (s.index < at) continue; // overlapping matches: the first one already covered it
      out += text.slice(at, s.index) + REDACTED;
      at = s.index + s.length;
    }
    return out + text.slice(at);
  };
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
