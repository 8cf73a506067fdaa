/**
 * Where each page of the learning library lives: one home for the path of an entry's page, used
 * by the site itself and by everything that links to it (digests, briefings, the review comment,
 * `lessons list`). Paths are relative to the site's root folder, with `/` separators.
 */
import { createHash } from 'node:crypto';
import { ID_PATTERN } from './fields.js';
/** The folder of each entry type's pages; just culture reviews have no page. */
const FOLDERS = { lesson: 'lessons', incident: 'sources', policy: 'policies' };
/**
 * `lessons/LL-20261104-7kq2.html` for a lesson; undefined for a type without pages or an unsafe id.
 * In the public edition a lesson's page is named by a digest of its id instead (stable, but the id,
 * which holds the date the record was opened, is not among what the public may see).
 */
export function entryPagePath(entry, audience = 'staff') {
    const folder = entry.type && Object.hasOwn(FOLDERS, entry.type) ? FOLDERS[entry.type] : undefined;
    if (!folder || !entry.id || !ID_PATTERN.test(entry.id) || entry.id.includes('..'))
        return undefined;
    if (audience === 'public')
        return entry.type === 'lesson' ? `${folder}/${createHash('sha256').update(`lessons public page:${entry.id}`).digest('hex').slice(0, 16)}.html` : undefined;
    return `${folder}/${entry.id}.html`;
}
/** The page's address under `baseUrl` (no trailing slash), or undefined without one. */
export function entryUrl(baseUrl, entry) {
    const page = entryPagePath(entry);
    return baseUrl && page ? `${baseUrl.replace(/\/+$/, '')}/${page}` : undefined;
}
/** A taxonomy slug as a file name: letters, digits, `.`, `_` and `-` only (never `..` or `/`). */
export function slugFile(slug) {
    const s = slug
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '');
    return s || 'other';
}
export const themePagePath = (slug) => `themes/${slugFile(slug)}.html`;
export const servicePagePath = (slug) => `services/${slugFile(slug)}.html`;
/** The address of `to` as seen from the page `from` (both site-relative), e.g. `../lessons/LL-1.html`. */
export function relativeTo(from, to) {
    const depth = from.split('/').length - 1;
    return `${'../'.repeat(depth)}${to}`;
}
/** An entry as a reference for outputs outside the site (see EntryRef). */
export function entryRef(baseUrl, entry) {
    const id = entry.id ?? '';
    const url = entryUrl(baseUrl, entry);
    return { id, title: entry.title?.trim() || id, ...(url ? { url } : {}) };
}
