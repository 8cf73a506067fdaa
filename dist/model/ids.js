/**
 * New ids: `<prefix>-<YYYYMMDD>-<4 random base-36 characters>` (e.g. LL-20261104-7kq2). The date
 * orders ids; the random part keeps two branches that add entries on the same day from colliding
 * (docs/guarantees.md); `id/duplicate` catches the rare case that they do.
 */
import { randomInt } from 'node:crypto';
import { ID_PATTERN } from './schemas.js';
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
export function newId(type, config, today, taken = new Set(), random = randomInt) {
    const prefix = config.ids.prefix[type];
    for (let attempt = 0; attempt < 100; attempt++) {
        let suffix = '';
        for (let i = 0; i < 4; i++)
            suffix += ALPHABET[random(ALPHABET.length)];
        const id = `${prefix}-${today.replace(/-/g, '')}-${suffix}`;
        if (!taken.has(id))
            return id;
    }
    throw new Error('could not find a free id');
}
/** True when `id` is a valid id that can also be used safely as a file name, on every system. */
export function isSafeId(id) {
    return ID_PATTERN.test(id) && id !== '.' && id !== '..' && !id.includes('/') && !id.includes('\\') && !isReservedFileName(id);
}
/**
 * Names Windows reserves for devices, whatever the case and whatever follows a dot (`CON.md`,
 * `nul.x.md`): a file called so cannot be checked out on Windows (issue 11.7).
 */
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.|$)/i;
export function isReservedFileName(id) {
    return RESERVED.test(id);
}
