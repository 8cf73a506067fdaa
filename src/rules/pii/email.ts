/** `pii/email`: an email address that is not listed in `pii.allow` (e.g. a team mailbox). */
import type { TextRule } from '../text.js';
import { execAll, isAllowed } from '../text.js';

const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;

export const emailRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/email', severity: 'error', description: 'An email address not listed in `pii.allow`.' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!text.includes('@')) return [];
      const out = [];
      for (const m of execAll(EMAIL_RE, text)) {
        if (isAllowed(text, m.index, m[0].length, allow)) continue;
        const domain = m[0].slice(m[0].indexOf('@'));
        out.push({
          rule: 'pii/email',
          index: m.index,
          length: m[0].length,
          message: `This is an email address (${m[0][0]}***${domain}). Remove it; if it is a shared team mailbox, add it to pii.allow in lessons.config.yaml.`,
        });
      }
      return out;
    };
  },
};
