/**
 * Generated parts of README.md, so that the reference never drifts from the code: the rule table
 * (from the rule registry). `npm run docs` rewrites them; a test fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { builtInTerms } from '../rules/language/blame.js';
import { RULES } from '../rules/index.js';
export const SECTIONS = {
    rules: () => [
        '| rule | severity | what it checks |',
        '|---|---|---|',
        ...RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.description)} |`),
    ].join('\n'),
    terms: () => [
        '| wording | instead | why |',
        '|---|---|---|',
        ...builtInTerms().map((t) => `| ${t.phrase ? `"${t.phrase}"` : `\`${t.pattern}\``}${t.unless ? ` (not in: ${t.unless.map((u) => `"${u}"`).join(', ')})` : ''} | ${cell(t.suggestion)} | ${cell(t.note ?? '')} |`),
    ].join('\n'),
};
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** README text with every generated section replaced by its current content. */
export function renderReadme(readme) {
    let out = readme;
    for (const [name, render] of Object.entries(SECTIONS)) {
        const re = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
        if (!re.test(out))
            throw new Error(`README.md has no generated:${name} section`);
        out = out.replace(re, (_, start, end) => `${start}\n${render()}\n${end}`);
    }
    return out;
}
const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
    const file = new URL('../../README.md', import.meta.url);
    writeFileSync(file, renderReadme(readFileSync(file, 'utf8')));
}
