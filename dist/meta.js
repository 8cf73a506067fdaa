/**
 * The package's own facts, read once from its package.json: version, and where its documentation
 * lives (the `homepage`), so SARIF help links, `doctor` and the CI files name one address.
 */
import { readFileSync } from 'node:fs';
const PKG = (() => {
    try {
        return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    }
    catch {
        return { name: 'lessons', version: '0.0.0' };
    }
})();
export function packageVersion() {
    return PKG.version;
}
/** The project's home page (without `#readme`), e.g. https://github.com/your-org/lessons. */
export function homepage() {
    return (PKG.homepage ?? 'https://github.com/your-org/lessons').replace(/#.*$/, '').replace(/\/+$/, '');
}
/** A link to a documentation file of this version, e.g. docsUrl('docs/rules.md', 'pii-nhs-number'). */
export function docsUrl(file, anchor) {
    return `${homepage()}/blob/v${PKG.version}/${file}${anchor ? `#${anchor}` : ''}`;
}
/** Where the rule reference is (the generated table of every rule id). */
export function rulesDocUrl() {
    return docsUrl('README.md', 'rules');
}
