/** The Markdown renderer (src/document/markdown-html.ts): CommonMark/GFM, safe links, headings, images, the text boundary. */
import { describe, expect, it } from 'vitest';
import { isSafeLink, markdownImages, markdownText, markdownToHtml as renderMarkdown } from '../src/document/markdown-html.js';

describe('renderMarkdown', () => {
  it('renders GFM tables, nested lists and emphasis', () => {
    const html = renderMarkdown('| Ward | Audits |\n|---|---|\n| 7 | 91% |\n\n- one\n  - nested *two*\n- three **bold** ~~old~~');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Ward</th>');
    expect(html).toMatch(/<ul>\s*<li>one\s*<ul>\s*<li>nested <em>two<\/em><\/li>/);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<s>old</s>');
  });

  it.each([
    ['raw HTML is shown as text', '<script>alert(1)</script>', '&lt;script&gt;', '<script'],
    ['an event handler is text', '<img src=x onerror=alert(1)>', '&lt;img', '<img'],
    ['a javascript: link is not a link', '[click](javascript:alert(1))', '[click](javascript:alert(1))', 'href'],
    ['a data: link is not a link', '[x](data:text/html;base64,PHNjcmlwdD4=)', '[x](data:', 'href'],
    ['a protocol-relative link is not a link', '[x](//evil.example/)', '[x](//evil.example/)', 'href'],
    ['a vbscript: link is not a link', '[x](VBScript:msgbox)', '[x]', 'href'],
  ])('%s', (_, source, present, absent) => {
    const html = renderMarkdown(source);
    expect(html).toContain(present);
    expect(html).not.toContain(absent);
  });

  it('keeps web, mail and relative links', () => {
    expect(renderMarkdown('[NICE](https://www.nice.org.uk/)')).toContain('<a href="https://www.nice.org.uk/">NICE</a>');
    expect(renderMarkdown('[team](mailto:team@example.nhs.uk)')).toContain('href="mailto:team@example.nhs.uk"');
    expect(isSafeLink('../policies/POL-1.md')).toBe(true);
    expect(isSafeLink(' javascript:x')).toBe(false);
  });

  it('shows links as text and address when asked (self-contained documents)', () => {
    const html = renderMarkdown('See [the guide](https://www.example.nhs.uk/guide) and [https://a.example/](https://a.example/).', { links: 'text' });
    expect(html).toBe('<p>See the guide (https://www.example.nhs.uk/guide) and https://a.example/.</p>');
  });

  it('shifts headings under the given level and never skips a level', () => {
    const html = renderMarkdown('## What happened\n\ntext\n\n#### Detail\n\n## What we learned\n\n###### Deep', { headingBase: 1 });
    expect([...html.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]))).toEqual([2, 3, 2, 3]);
    const deep = renderMarkdown('# A\n\n## B\n\n### C', { headingBase: 5 });
    expect(deep).toContain('<h6>A</h6>');
    expect(deep).toContain('<p class="subhead"><strong>B</strong></p>');
  });

  it('passes every text node, code span, image description and link address through the text function', () => {
    const seen: string[] = [];
    const redact = (s: string) => {
      seen.push(s);
      return s.replace(/943 476 5919/g, '[identifier removed]').replace(/someone@example\.com/g, '[identifier removed]');
    };
    const html = renderMarkdown(
      'NHS 943 476 5919 `943 476 5919`\n\n```\n943 476 5919\n```\n\n[mail](mailto:someone@example.com) ![scan of 943 476 5919](img.png)',
      { text: redact, image: ({ src }) => src },
    );
    expect(html).not.toContain('943 476 5919');
    expect(html).not.toContain('someone@example.com');
    expect(html).toContain('<img src="img.png" alt="scan of [identifier removed]">');
    expect(html).not.toContain('href'); // the address changed, so only the text is kept
  });

  it('shows images as text unless the image callback gives an address', () => {
    expect(renderMarkdown('![A ward corridor](a.png)')).toBe('<p>[image: A ward corridor]</p>');
    expect(renderMarkdown('![](a.png)')).toBe('<p>[image]</p>');
    expect(renderMarkdown('![A ward](a.png "Ward 7")', { image: () => 'assets/a.png' })).toBe('<p><img src="assets/a.png" alt="A ward" title="Ward 7"></p>');
  });

  it('drops HTML comments (suppressions)', () => {
    expect(renderMarkdown('<!-- lessons-disable pii/phone -->\nText')).toBe('<p>Text</p>');
  });
});

describe('markdownText and markdownImages', () => {
  it('gives the plain text and where each image is', () => {
    expect(markdownText('## Head\n\n- *one* `two`\n- three')).toBe('Head one two three');
    expect(markdownImages('text\n\nline one\nline two ![alt text](x.png)\n\n![](y.png)')).toEqual([
      { src: 'x.png', alt: 'alt text', line: 3 },
      { src: 'y.png', alt: '', line: 5 },
    ]);
  });
});
