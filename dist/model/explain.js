/**
 * Turns zod issues into findings a ward manager can act on: what is wrong, where, and what to
 * write instead. Messages are built from the issue's code and data and from the field's own
 * description in the schema, never by rewriting zod's English.
 */
import { z } from './zod.js';
import { closest, isRecord, orList } from '../util/values.js';
import { invisibleNote } from '../util/invisible.js';
/**
 * @param what   what the whole object is, for "not a field of …" ("a lesson", "the configuration").
 * @param missingAtStart  point missing top-level fields at line 1 (entries) instead of the parent.
 */
export function explainIssues(issues, data, schema, what, missingAtStart) {
    const out = [];
    for (const issue of issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const allowed = objectKeys(schemaAt(schema, path));
            for (const key of issue.keys) {
                const guess = closest(key, allowed);
                const whose = path.length === 0 ? what : describeParents(path);
                out.push({
                    path: [...path, key],
                    at: 'key',
                    message: `"${key}" is not a field of ${whose}.` +
                        (guess ? ` Did you mean "${guess}"?` : ` Remove it, or check the spelling.`) +
                        (allowed.length && !guess ? ` Allowed fields: ${allowed.join(', ')}.` : ''),
                });
            }
            continue;
        }
        const value = valueAt(data, path);
        const field = fieldSchema(schema, path);
        const label = labelOf(path);
        if (value === undefined && issue.code === 'invalid_type') {
            const hint = describe(field);
            out.push({
                path,
                at: missingAtStart && path.length === 1 ? 'start' : 'value',
                message: `${capitalise(label)} is missing.${hint ? ` Add it: ${lowerFirst(hint)}` : ''}`,
            });
            continue;
        }
        out.push({ path, at: 'value', message: explainValue(issue, value, label, field) });
    }
    return out;
}
function explainValue(issue, value, label, field) {
    const message = explainWhy(issue, value, label, field);
    // A pasted no-break space looks like any other: say it is there.
    return typeof value === 'string' ? message + invisibleNote(value) : message;
}
function explainWhy(issue, value, label, field) {
    const shown = show(value);
    switch (issue.code) {
        case 'invalid_type': {
            const expected = EXPECTED[issue.expected] ?? issue.expected;
            let hint = '';
            if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
                hint = ` Put the value in quotes, e.g. "${String(value)}", so it is read as text.`;
            }
            else if (issue.expected === 'array' && typeof value === 'string') {
                hint = ` Write it as a list, e.g. [${value}].`;
            }
            else if (issue.expected === 'string' && value === null) {
                hint = ' Fill it in, or remove the line.';
            }
            return `${capitalise(label)} should be ${expected}, but it is ${kindOf(value)}${shown ? ` (${shown})` : ''}.${hint}`;
        }
        case 'invalid_value': {
            const values = issue.values.map(String);
            if (values.length === 1)
                return `${capitalise(label)} must be "${values[0]}"${shown ? `, not ${shown}` : ''}.`;
            const guess = typeof value === 'string' ? closest(value, values) : undefined;
            return (`${capitalise(label)} is ${shown || 'empty'}, which is not allowed. Use ${orList(values)}.` +
                (guess ? ` Did you mean "${guess}"?` : ''));
        }
        case 'invalid_format': {
            if (issue.format === 'date') {
                return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
                    ? `${capitalise(label)} is ${shown}, which is not a real date. Check the day and month.`
                    : `${capitalise(label)} is ${shown}, which is not a date in the form YYYY-MM-DD (e.g. 2026-11-04).`;
            }
            const desc = describe(field);
            return `${capitalise(label)} is ${shown}, which is not in the right form.${desc ? ` Expected: ${lowerFirst(desc)}` : ''}`;
        }
        case 'too_small': {
            if (issue.origin === 'string') {
                const n = typeof value === 'string' ? value.length : 0;
                return n === 0
                    ? `${capitalise(label)} is empty. Fill it in, or remove the line.`
                    : `${capitalise(label)} is too short (${n} characters); it needs at least ${issue.minimum}.`;
            }
            if (issue.origin === 'array')
                return `${capitalise(label)} needs at least ${issue.minimum === 1 ? 'one item' : `${issue.minimum} items`}.`;
            return `${capitalise(label)} must be at least ${issue.minimum}.`;
        }
        case 'too_big': {
            if (issue.origin === 'string') {
                const n = typeof value === 'string' ? value.length : 0;
                return `${capitalise(label)} is too long (${n} characters); keep it to ${issue.maximum} or fewer.`;
            }
            if (issue.origin === 'array')
                return `${capitalise(label)} has too many items (at most ${issue.maximum}).`;
            return `${capitalise(label)} must be at most ${issue.maximum}.`;
        }
        case 'invalid_key':
            return `${capitalise(label)} has a key that is not allowed: ${issue.issues.map((i) => explainValue(i, undefined, 'it', undefined)).join(' ')}`;
        case 'custom': {
            const desc = describe(field);
            return `${capitalise(label)} is ${shown}, which is not a real date.${desc ? ` Expected: ${lowerFirst(desc)}` : ''}`;
        }
        default: {
            const desc = describe(field);
            return `${capitalise(label)} is not valid.${desc ? ` Expected: ${lowerFirst(desc)}` : ''}`;
        }
    }
}
const EXPECTED = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields (name: value)',
    record: 'a group of fields (name: value)',
};
function kindOf(value) {
    if (value === null)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a group of fields';
    if (typeof value === 'number')
        return 'a number';
    if (typeof value === 'boolean')
        return 'true/false';
    return 'text';
}
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '';
}
/** `"summary"`, or `"owner" in actions item 2` for nested fields (items counted from 1). */
export function labelOf(path) {
    if (path.length === 0)
        return 'the front-matter';
    const last = path[path.length - 1];
    const parents = path.slice(0, -1);
    const where = parents.length ? ` in ${describeParents(parents)}` : '';
    if (typeof last === 'number')
        return `item ${last + 1} of "${parents.join('.')}"`;
    return `"${last}"${where}`;
}
function describeParents(path) {
    const parts = [];
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const next = path[i + 1];
        if (typeof next === 'number') {
            parts.push(`${String(seg)} item ${next + 1}`);
            i++;
        }
        else {
            parts.push(`"${String(seg)}"`);
        }
    }
    return parts.join(', ');
}
function capitalise(s) {
    return s.startsWith('"') ? `${s}` : s.charAt(0).toUpperCase() + s.slice(1);
}
function lowerFirst(s) {
    return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (Array.isArray(v) && typeof seg === 'number')
            v = v[seg];
        else if (isRecord(v))
            v = v[String(seg)];
        else
            return undefined;
    }
    return v;
}
function def(schema) {
    return schema._zod.def;
}
/** Unwraps optional/nullable/default/pipe layers. */
function unwrap(schema) {
    let s = schema;
    for (let i = 0; i < 10; i++) {
        const d = def(s);
        if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType)
            s = d.innerType;
        else if (d.type === 'pipe' && d.out)
            s = d.out;
        else
            break;
    }
    return s;
}
/** The schema of the value at `path`, as declared (with its metadata). */
function fieldSchema(schema, path) {
    let s = schema;
    for (const seg of path) {
        if (!s)
            return undefined;
        const d = def(unwrap(s));
        if (d.type === 'object' && d.shape)
            s = d.shape[String(seg)];
        else if (d.type === 'array' && d.element)
            s = d.element;
        else if (d.type === 'record' && d.valueType)
            s = d.valueType;
        else
            return undefined;
    }
    return s;
}
function schemaAt(schema, path) {
    const s = fieldSchema(schema, path);
    return s ? unwrap(s) : undefined;
}
function objectKeys(schema) {
    if (!schema)
        return [];
    const d = def(schema);
    return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}
/** A field's description from its metadata (looking through optional and pipe wrappers). */
export function describe(schema) {
    let s = schema;
    for (let i = 0; s && i < 10; i++) {
        const meta = z.globalRegistry.get(s);
        if (meta?.description)
            return meta.description;
        const d = def(s);
        s = d.innerType ?? d.out;
    }
    return undefined;
}
