// Generated parts of the documentation, so that the reference never drifts from the code: the
// rule table (from the rule registry) and the language terms (from terms.yaml). `npm run docs`
// rewrites them; tests/readme.test.ts fails when they are stale. Reads the built dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { exampleFor } from './regex-example.mjs';

const project = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = (p) => pathToFileURL(path.join(project, 'dist', p)).href;

const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export async function sections() {
  const { RULES } = await import(dist('rules/index.js'));
  const { builtInTerms } = await import(dist('rules/language/blame.js'));
  return {
    rules: () =>
      ['| rule | severity | what it checks |', '|---|---|---|', ...RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.description)} |`)].join('\n'),
    terms: () =>
      [
        '| wording | instead | why |',
        '|---|---|---|',
        ...builtInTerms().map((t) => {
          // Phrases as they are; a pattern by an example it matches ("e.g. …"), the regex only when none can be found.
          const example = t.pattern !== undefined ? exampleFor(t.pattern) : undefined;
          const wording = t.phrase !== undefined ? `"${t.phrase}"` : example !== undefined ? `e.g. "${example}"` : `\`${t.pattern}\``;
          return `| ${cell(wording)}${t.unless ? ` (not in: ${t.unless.map((u) => `"${u}"`).join(', ')})` : ''} | ${cell(t.suggestion)} | ${cell(t.note ?? '')} |`;
        }),
      ].join('\n'),
  };
}

/** `text` with every `<!-- generated:NAME -->` section it holds replaced by its current content. */
export async function render(text) {
  let out = text;
  for (const [name, make] of Object.entries(await sections())) {
    const re = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) continue;
    out = out.replace(re, (_, start, end) => `${start}\n${make()}\n${end}`);
  }
  return out;
}

export const GENERATED_FILES = ['docs/rules.md'];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of GENERATED_FILES) {
    const file = path.join(project, f);
    writeFileSync(file, await render(readFileSync(file, 'utf8')));
  }
}
