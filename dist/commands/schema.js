/** `lessons schema [type] [--out <dir>]`: JSON Schema of each entry type, for editors. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { jsonSchema, schemaNames } from '../model/json-schema.js';
import { writeFileAtomic } from '../util/write.js';
export async function run(ctx, type, opts) {
    const known = schemaNames();
    if (type !== undefined && !known.includes(type)) {
        throw new UsageError(`"${type}" is not a type. Use one of: ${known.join(', ')}.`);
    }
    const names = type ? [type] : known;
    if (opts.out) {
        const dir = path.resolve(ctx.start, opts.out);
        mkdirSync(dir, { recursive: true });
        for (const name of names) {
            const file = path.join(dir, `${name}.schema.json`);
            writeFileAtomic(file, `${JSON.stringify(jsonSchema(name), null, 2)}\n`, { overwrite: true });
            if (!ctx.globals.quiet)
                ctx.io.stdout.write(`${path.relative(ctx.start, file) || file}\n`);
        }
        return 0;
    }
    const doc = type ? jsonSchema(type) : Object.fromEntries(names.map((n) => [n, jsonSchema(n)]));
    ctx.io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
}
