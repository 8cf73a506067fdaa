/**
 * Inline HTML tags are read through (`943<b>476</b>5919` is one number), but what is inside a tag
 * with attributes is read as well: our renderer shows tags as text (raw HTML is off), and plain-text
 * outputs copy them, so an e-mail address in `<a href="mailto:…">` or a name in `<span title="…">`
 * would otherwise reach a reader unredacted (fold.ts readings).
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/model/config.js';
import { redactor } from '../src/rules/redact.js';
import { check } from './helpers/check.js';
import { lesson } from './helpers/repo.js';

const config = withDefaults({ pii: { patterns: [], allow: [] } });
const redact = redactor(config);

const CASES: [string, string[]][] = [
  ['Contact <a href="mailto:ruth.ingram@example.org">the ward manager</a>.', ['ruth.ingram@example.org']],
  ['Ask <span title="Mrs Edith Langley, 07700 900611">the daughter</span> first.', ['Edith Langley', '07700 900611']],
  ['<img src="scan.png" alt="wristband 999 115 8383"> was attached.', ['999 115 8383', '8383']],
  ["<abbr title='NHS number 999 123 7577'>the number</abbr> was checked.", ['999 123 7577']],
];

describe('text inside inline HTML tags', () => {
  it.each(CASES)('%s: redacted in outputs, nothing of it left', (text, secrets) => {
    const out = redact(text);
    for (const s of secrets) expect(out).not.toContain(s);
    expect(out).toContain('[identifier removed]');
    // What our renderer (raw HTML off) shows of the redacted text holds none of it either.
    const shown = new MarkdownIt({ html: false }).renderInline(out);
    for (const s of secrets) expect(shown).not.toContain(s);
  });

  it('a tag without attributes still joins what it splits, and a tag with only harmless attributes reports nothing', () => {
    expect(redact('NHS number 999<b>115</b>8383 on file.')).toBe('NHS number [identifier removed] on file.');
    expect(redact('See <span class="note" style="color: red">the handover sheet</span>.')).toBe('See <span class="note" style="color: red">the handover sheet</span>.');
  });

  it('validate reports them at their place in the file', () => {
    const body = '\n## What happened\n\nContact <a href="mailto:ruth.ingram@example.org">the ward manager</a> or <span title="Mrs Edith Langley">her</span>.\n';
    const problems = check({ 'lessons/learning/LL-20261001-aaaa.md': lesson('LL-20261001-aaaa', '', body) });
    expect(problems.filter((p) => p.rule.startsWith('pii/')).map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual(['pii/email 14:25', 'pii/name 14:91']);
    for (const p of problems) expect(p.message).not.toContain('Langley');
  });
});
