/**
 * The body's sections (lesson/empty-section, `lessons status --what-happened`): the one-pass heading
 * search gives exactly what the line-by-line walk gives, on written cases and on many generated bodies.
 */
import { describe, expect, it } from 'vitest';
import { sections, sectionsByLine } from '../src/rules/empty-section.js';

const CASES: [string, string][] = [
  ['empty body', ''],
  ['no headings', 'Some text.\nMore text.\n'],
  ['the usual three', '\n## What happened\n\nA fall.\n\n## What we learned\n\n- One.\n\n## What we changed\n\nA mat.\n'],
  ['heading on the last line, no line end', 'Intro\n## What we changed'],
  ['heading then one line end', '## What happened\n'],
  ['heading with closing hashes and spaces', '# What happened ##  \ntext\n#  Learning\t\n'],
  ['level 3 is not a section', '## What happened\n### Detail\ntext\n'],
  ['hash without a space', '##What happened\n## What we learned\n'],
  ['emphasis in a heading', '## **What happened**:\ntext'],
  ['blank lines and comments only', '## What we learned\n\n<!-- guidance -->\n\n'],
  ['no line end at the end', '## A\nline one\nline two'],
];

describe('body sections', () => {
  it.each(CASES)('%s: the same sections either way', (_name, body) => {
    expect(sections(body)).toEqual(sectionsByLine(body));
  });

  it('the same sections on 3,000 generated bodies', () => {
    const pieces = ['## What happened', '# What we learned', '### Detail', '##No space', '## What we changed ##', '', '  ', 'Text.', '<!-- guidance -->', '- item', '#', '## ', '##\t\tLearning  '];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const lines = Array.from({ length: rand(12) }, () => pieces[rand(pieces.length)]);
      const body = lines.join('\n') + (rand(2) ? '\n' : '');
      expect(sections(body)).toEqual(sectionsByLine(body));
    }
  });

  it('fenced code and unusual line ends take the line walk: a heading inside a fence is not a section', () => {
    const fenced = '## What happened\n```\n## not a heading\n```\ntext\n';
    expect(sections(fenced).map((s) => s.heading)).toEqual(['what happened']);
    expect(sections('## A\u2028## B\n')).toEqual(sectionsByLine('## A\u2028## B\n'));
  });
});
