/** `id/filename`: the file is called `<id>.md`. */
import { ID_PATTERN } from '../model/schemas.js';
import { str } from '../util/values.js';
export const idFilenameRule = {
    rules: [{ id: 'id/filename', severity: 'error', description: '`id` differs from the file name.' }],
    check(ctx) {
        const id = str(ctx.data?.id);
        if (id === undefined || !ID_PATTERN.test(id))
            return; // `schema` reports a missing or malformed id
        const name = ctx.file.slice(ctx.file.lastIndexOf('/') + 1);
        const expected = `${id}.md`;
        if (name !== expected) {
            ctx.report({
                rule: 'id/filename',
                path: ['id'],
                message: `"id" is "${id}" but the file is called ${name}. The file name must be the id followed by .md: rename the file to ${expected}, or change the id.`,
            });
        }
    },
};
