/**
 * Building blocks of the entry schemas: one definition of what a date, an id, a list of ids, a
 * taxonomy slug and a role are, with the plain-language description editors and messages show.
 */
import { z } from './zod.js';
import { normaliseDate } from './dates.js';
import { orList } from '../util/values.js';
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;
export const text = (description) => z.string().min(1).meta({ description });
/** A calendar date. A YAML loader that turns `2026-05-01` into a `Date` is read in UTC. */
export const date = (description) => z.preprocess(normaliseDate, z.iso.date()).meta({ description: `${description} (YYYY-MM-DD)` });
export const id = (description) => z.string().regex(ID_PATTERN).meta({ description });
export const ids = (description) => z.array(id('An entry id.')).meta({ description });
export const slug = z.string().min(1);
export const slugs = (description) => z.array(slug).meta({ description });
/** Fields that hold a person, recorded by role ("Ward Manager, Ward 7"), never by name. */
const ROLE_FIELDS = new WeakSet();
/** A person, recorded by role, never by name (the checks for names in people fields find every such field). */
export const role = (description) => {
    const schema = z.string().min(2).meta({ description });
    ROLE_FIELDS.add(schema);
    return schema;
};
export function isRoleField(schema) {
    return ROLE_FIELDS.has(schema);
}
const defOf = (s) => s._zod.def;
/**
 * The names of the fields that hold a person (made with `role`) anywhere in `schemas`, including
 * inside lists of objects (an action's `owner`).
 */
export function roleFieldNames(schemas) {
    const names = new Set();
    const walk = (s, key) => {
        for (let i = 0; s && i < 10; i++) {
            if (isRoleField(s)) {
                if (key !== undefined)
                    names.add(key);
                return;
            }
            const d = defOf(s);
            if (d.type === 'object' && d.shape) {
                for (const [k, v] of Object.entries(d.shape))
                    walk(v, k);
                return;
            }
            s = d.type === 'array' ? d.element : (d.innerType ?? d.out);
        }
    };
    for (const s of schemas)
        walk(s);
    return names;
}
/** An enum from the vocabulary; its description lists the values ("draft, in-review or archived."). */
export function oneOf(vocab, description = `${orList([...vocab.values])}.`) {
    return z.enum(vocab.values).meta({ description });
}
export const common = {
    id: id('Unique id of this entry; must equal the file name without .md, e.g. LL-20261104-7kq2.'),
    title: z.string().min(5).max(200).meta({ description: 'A short title, 5 to 200 characters.' }),
};
