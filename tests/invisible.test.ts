/**
 * Values pasted from Word or a PDF can carry a no-break or zero-width space that nobody can see.
 * The fast front-matter reader keeps it, as js-yaml does (tests/fast-yaml.test.ts), so the value is
 * wrong; the message must then say what is in it, or "done" looks exactly like "done".
 */
import { describe, expect, it } from 'vitest';
import { invisibleNote } from '../src/util/invisible.js';
import { check } from './helpers/check.js';
import { lesson } from './helpers/repo.js';

describe('invisibleNote', () => {
  it.each([
    ['done', ''],
    ['done ', ''],
    ['done\u00a0', ' It contains a no-break space, which text pasted from Word or a PDF often brings: delete the value and type it again.'],
    ['Ward\u202f4\u200b', ' It contains a narrow no-break space and a zero-width space, which text pasted from Word or a PDF often brings: delete the value and type it again.'],
    ['a\u00a0b\u00a0c', ' It contains a no-break space, which text pasted from Word or a PDF often brings: delete the value and type it again.'],
    ['x\u2005', ' It contains an unusual space, which text pasted from Word or a PDF often brings: delete the value and type it again.'],
    ['x\u180e', ' It contains an invisible character, which text pasted from Word or a PDF often brings: delete the value and type it again.'],
    ['café – “ok”', ''],
  ])('%j', (value, note) => {
    expect(invisibleNote(value)).toBe(note);
  });
});

describe('messages about a value with a pasted space in it', () => {
  const actions = 'actions:\n  - description: Show pending doses on the handover screen.\n    owner: Ward Manager, Ward 4\n    due: 2026-12-20\n    status: done\u00a0\n';
  const problems = check({
    'lessons/learning/LL-20261001-aaaa.md': lesson('LL-20261001-aaaa', actions),
    'lessons/learning/LL-20261001-bbbb.md': lesson('LL-20261001-bbbb').replace('themes: [medication-safety]', 'themes: [medication-safety\u200b]'),
    'lessons/learning/LL-20261001-cccc.md': lesson('LL-20261001-cccc').replace('type: lesson', 'type: lesson\u00a0'),
    'lessons/learning/LL-20261001-dddd.md': lesson('LL-20261001-dddd\u2060'),
    'lessons/learning/LL-20261001-eeee.md': lesson('LL-20261001-eeee', 'sources: [INC-20261001-zzzz\u00a0]\n'),
  });
  const message = (file: string, rule: string) => problems.find((p) => p.file.endsWith(file) && p.rule === rule)?.message;

  it('an enum value (schema) names the no-break space', () => {
    expect(message('aaaa.md', 'schema')).toMatch(/is "done\u00a0", which is not allowed\. .*Did you mean "done"\? It contains a no-break space,/);
  });
  it('a theme (taxonomy/unknown) names the zero-width space', () => {
    expect(message('bbbb.md', 'taxonomy/unknown')).toMatch(/Did you mean "medication-safety"\? It contains a zero-width space,/);
  });
  it('an id (schema) and a reference (references/unknown) name theirs', () => {
    expect(message('dddd.md', 'schema')).toMatch(/"id" is "LL-20261001-dddd\u2060", which is not in the right form\..* It contains a word joiner,/);
    expect(problems.filter((p) => p.file.endsWith('eeee.md')).map((p) => p.message).join('\n')).toMatch(/It contains a no-break space,/);
  });
  it('the type (type/unknown) names it too', () => {
    expect(message('cccc.md', 'type/unknown')).toMatch(/Did you mean "lesson"\? It contains a no-break space,/);
  });
});
