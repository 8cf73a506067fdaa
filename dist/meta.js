/**
 * Where the package's documentation lives (package.json `homepage`), so SARIF help links, doctor
 * and the CI files name one address. The version comes from src/version.ts.
 */
import { readFileSync } from 'node:fs';
import { version } from './version.js';
let cached;
/** The project's home page (without `#readme`), e.g. https://github.com/your-org/lessons. */
export function homepage() {
    if (cached === undefined) {
        let home;
        try {
            home = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).homepage;
        }
        catch {
            home = undefined;
        }
        cached = (home ?? 'https://github.com/your-org/lessons').replace(/#.*$/, '').replace(/\/+$/, '');
    }
    return cached;
}
/** A link to a documentation file of this version, e.g. docsUrl('docs/ci.md', 'pre-commit'). */
export function docsUrl(file, anchor) {
    return `${homepage()}/blob/v${version()}/${file}${anchor ? `#${anchor}` : ''}`;
}
/** Where the rule reference is (docs/rules.md: the generated table of every rule id). */
export function rulesDocUrl() {
    return docsUrl('docs/rules.md');
}
