/** The tool's version, from package.json (read once). */
import { readFileSync } from 'node:fs';
let cached;
export function version() {
    if (cached === undefined) {
        try {
            cached = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
        }
        catch {
            cached = '0.0.0';
        }
    }
    return cached;
}
