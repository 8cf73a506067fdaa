/** `schema` and `type/unknown`: the fields of each entry type (docs/writing-entries.md). */
import { explainIssues } from '../model/explain.js';
import { entryType, entryTypeNames, nounWithType } from '../model/entry-types.js';
import '../model/types/index.js';
import { invisibleNote } from '../util/invisible.js';
import { closest, orList, str } from '../util/values.js';
/** Fields an authorised policy must have (document control). */
export const AUTHORISED_POLICY_FIELDS = {
    ratified_by: 'the group that ratified it',
    ratified_on: 'when it was ratified',
    implemented_on: 'when it came into use',
    review_date: 'when it must be reviewed',
};
export const schemaRule = {
    rules: [
        { id: 'schema', severity: 'error', description: 'A field is missing, of the wrong type, not allowed, or an unknown key.' },
        { id: 'type/unknown', severity: 'error', description: '`type` is not lesson, incident, policy or just-culture-review.' },
    ],
    check(ctx) {
        const data = ctx.data;
        if (!data)
            return;
        if (data.type === undefined) {
            ctx.report({
                rule: 'schema',
                at: 'start',
                path: ['type'],
                message: `"type" is missing. Add it: ${orList(entryTypeNames())}.`,
            });
            return;
        }
        if (!ctx.type) {
            const value = str(data.type);
            const guess = value ? closest(value, entryTypeNames()) : undefined;
            ctx.report({
                rule: 'type/unknown',
                path: ['type'],
                message: `"type" is ${value ? `"${value}"` : 'not text'}, which is not a type lessons knows. Use ${orList(entryTypeNames())}.` +
                    (guess ? ` Did you mean "${guess}"?` : '') +
                    (value ? invisibleNote(value) : ''),
            });
            return;
        }
        const schema = entryType(ctx.type).schema;
        const result = schema.safeParse(data);
        if (!result.success) {
            const what = nounWithType(ctx.type);
            for (const e of explainIssues(result.error.issues, data, schema, what, true)) {
                ctx.report({ rule: 'schema', path: e.path, at: e.at, message: e.message });
            }
        }
        if (ctx.type === 'policy' && data.status === 'authorised') {
            for (const [field, meaning] of Object.entries(AUTHORISED_POLICY_FIELDS)) {
                if (data[field] === undefined || data[field] === null) {
                    ctx.report({
                        rule: 'schema',
                        path: ['status'],
                        message: `An authorised policy needs "${field}" (${meaning}). Add it, or change "status" if the policy is not authorised yet.`,
                    });
                }
            }
        }
    },
};
