/** `pii/email`: an email address that is not listed in `pii.allow` (e.g. a team mailbox). */
import type { TextMatch, TextRule } from '../text.js';
import { isAllowed } from '../text.js';

// Linear time (issue 11.2): the search is anchored on each "@" (the domain is matched there, with
// a sticky regex), and the local part is found by walking back from it, never past the end of the
// previous address. The former single regex started at every character of a long run of
// address-like characters and rescanned the run each time (quadratic: minutes on a 1 MiB file).
// The matches are the same: the local part starts at the first letter or digit of the run of
// [A-Za-z0-9._%+-] just before the "@".
const DOMAIN_RE = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/y;
const LOCAL = /[A-Za-z0-9._%+-]/;
const ALNUM = /[A-Za-z0-9]/;

/** Every email address in `text`: what /[A-Za-z0-9][A-Za-z0-9._%+-]*@domain/g would find. */
export function findEmails(text: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && LOCAL.test(text[start - 1])) start--;
    while (start < at && !ALNUM.test(text[start])) start++;
    if (start === at) continue;
    DOMAIN_RE.lastIndex = at;
    const domain = DOMAIN_RE.exec(text);
    if (!domain) continue;
    out.push({ index: start, length: at - start + domain[0].length });
    floor = at + domain[0].length;
    at = floor - 1;
  }
  return out;
}

export const emailRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/email', severity: 'error', description: 'An email address not listed in `pii.allow`.' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!text.includes('@')) return [];
      const out: TextMatch[] = [];
      for (const m of findEmails(text)) {
        if (isAllowed(text, m.index, m.length, allow)) continue;
        const found = text.slice(m.index, m.index + m.length);
        const domain = found.slice(found.indexOf('@'));
        out.push({
          rule: 'pii/email',
          index: m.index,
          length: m.length,
          message: `This is an email address (${found[0]}***${domain}). Remove it; if it is a shared team mailbox, add it to pii.allow in lessons.config.yaml.`,
        });
      }
      return out;
    };
  },
};
