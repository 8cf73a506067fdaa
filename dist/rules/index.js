/**
 * The rule registry. Adding a rule is one module plus one line here (and its tests); the rule
 * reference in docs/rules.md and in SARIF output comes from the `rules` each module declares.
 */
import { READ_RULES } from './read-rules.js';
import { datesRule } from './dates.js';
import { deadlinesRule } from './deadlines.js';
import { idFilenameRule } from './id-filename.js';
import { justCultureRule } from './just-culture.js';
import { duplicateIdRule } from './ids.js';
import { lifecycleRule } from './lifecycle.js';
import { referencesRule } from './references.js';
import { peopleFieldsRule } from './pii/people-fields.js';
import { schemaRule } from './schema.js';
import { taxonomyRule } from './taxonomy.js';
import { SUPPRESSION_RULES } from './suppressions.js';
// Issue 12: embed and sustain are checked.
import { dateOrderRule } from './date-order.js';
import { embeddedRule } from './lifecycle-embedded.js';
import { emptySectionRule } from './empty-section.js';
import { evaluationDueRule } from './evaluation-due.js';
import { PII_RULES, TEXT_FILE_RULE, TEXT_RULES } from './text-rules.js';
// Reads the built-in language terms when they have no checked data (a development tree): blame.ts.
import './language/terms-file.js';
export { PII_RULES, TEXT_RULES };
export const FILE_RULES = [schemaRule, idFilenameRule, taxonomyRule, lifecycleRule, embeddedRule, evaluationDueRule, dateOrderRule, emptySectionRule, datesRule, deadlinesRule, justCultureRule, TEXT_FILE_RULE, peopleFieldsRule];
export const REPOSITORY_RULES = [duplicateIdRule, referencesRule];
/** Every rule id with its default severity and description. */
export const RULES = [
    ...READ_RULES,
    ...[...FILE_RULES, ...REPOSITORY_RULES].flatMap((r) => r.rules),
    ...SUPPRESSION_RULES,
];
export const RULE_IDS = new Set(RULES.map((r) => r.id));
export function ruleInfo(id) {
    return RULES.find((r) => r.id === id);
}
