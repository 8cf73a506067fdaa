/**
 * Templates for new entries. A template is the Markdown *body* of a new entry only: the
 * front-matter comes from `lessons new` (flags and prompts), never from the template. Guidance
 * for the writer goes in HTML comments (`<!-- ... -->`), which Markdown viewers do not show.
 *
 * The repository's own `templates/<type>.md` overrides the built-in one shipped in this
 * project's top-level `templates/` folder.
 */
import { readFileSync } from 'node:fs';
import { lexists, readRegularFile } from '../repo/inside.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { decodeText } from '../repo/frontmatter.js';
import { entryType, entryTypes } from '../model/entry-types.js';
import '../model/types/index.js';
/** The types that have a template (those `lessons new` writes). */
export function templateTypes() {
    return entryTypes().filter((d) => d.template !== undefined);
}
/** The built-in templates folder (this project's `templates/`), from the compiled module. */
export function builtInTemplateDir() {
    return fileURLToPath(new URL('../../templates/', import.meta.url));
}
export function builtInTemplate(type) {
    // A relative name is in the project's templates/ folder; a type added elsewhere may give a path.
    return readFileSync(path.resolve(builtInTemplateDir(), entryType(type).template), 'utf8');
}
/** The body template for `type`: the repository's `templates/<type>.md`, else the built-in one. */
export function loadTemplate(repo, type) {
    const name = path.basename(entryType(type).template);
    const rel = `templates/${name}`;
    const own = path.join(repo.root, 'templates', name);
    if (!lexists(own))
        return { body: normalise(builtInTemplate(type)), source: 'built-in' };
    // Read like an entry (issue 11.3): a regular file whose real path is inside the repository.
    const raw = readRegularFile(own, repo.root, repo.config.limits.max_file_bytes);
    if ('error' in raw) {
        const why = raw.error.code === 'EOUTSIDE' ? 'is a link to a place outside the repository, which lessons never reads' : 'is not a file lessons can read';
        throw new ConfigError(`${rel} ${why}. Remove it, or make it the body of a new ${type}.`, rel);
    }
    if ('size' in raw) {
        throw new ConfigError(`${rel} is larger than the ${repo.config.limits.max_file_bytes}-byte limit for lesson files. Keep templates short.`, rel);
    }
    const text = decodeText(raw.bytes);
    if (text === undefined)
        throw new ConfigError(`${rel} is not plain UTF-8 text. Save it as UTF-8 text.`, rel);
    if (/^---[ \t]*(\n|$)/.test(text)) {
        throw new ConfigError(`${rel} starts with a front-matter block (---). A template holds only the body of a new ${type}; ` +
            'the fields come from "lessons new". Remove the block from the template.', rel, 1, 1);
    }
    return { body: normalise(text), source: rel };
}
/** LF line ends, one blank line after the front-matter, one newline at the end. */
function normalise(body) {
    const trimmed = body.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '');
    return trimmed === '' ? '' : `${trimmed}\n`;
}
