/** `id/filename`: the file is called `<id>.md`. */
import { isReservedFileName } from '../model/ids.js';
import { ID_PATTERN } from '../model/schemas.js';
import { invisibleNote } from '../util/invisible.js';
import { str } from '../util/values.js';
export const idFilenameRule = {
    rules: [{ id: 'id/filename', severity: 'error', description: '`id` differs from the file name, or is a name Windows reserves for a device (CON, NUL, COM1, …).' }],
    check(ctx) {
        const id = str(ctx.data?.id);
        if (id === undefined || !ID_PATTERN.test(id))
            return; // `schema` reports a missing or malformed id
        if (isReservedFileName(id)) {
            ctx.report({
                rule: 'id/filename',
                path: ['id'],
                message: `"${id}" cannot be an id: Windows reserves ${id.split('.')[0].toUpperCase()} as a device name, so a file called ${id}.md cannot be checked out there. Choose another id (e.g. one made by "lessons new").`,
            });
            return;
        }
        const name = ctx.file.slice(ctx.file.lastIndexOf('/') + 1);
        const expected = `${id}.md`;
        if (name !== expected) {
            ctx.report({
                rule: 'id/filename',
                path: ['id'],
                message: `"id" is "${id}" but the file is called ${name}. The file name must be the id followed by .md: rename the file to ${expected}, or change the id.${invisibleNote(id)}`,
            });
        }
    },
};
