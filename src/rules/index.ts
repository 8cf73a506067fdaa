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
import { blameRule } from './language/blame.js';
import { dateOfBirthRule } from './pii/date-of-birth.js';
import { emailRule } from './pii/email.js';
import { nhsNumberRule } from './pii/nhs-number.js';
import { patternRule } from './pii/pattern.js';
import { phoneRule } from './pii/phone.js';
import { postcodeRule } from './pii/postcode.js';
import { addressRule } from './pii/address.js';
import { hospitalNumberRule } from './pii/hospital-number.js';
import { nameRule, peopleFieldsRule } from './pii/name.js';
import { nationalInsuranceRule } from './pii/national-insurance.js';
import { professionalRegistrationRule } from './pii/professional-registration.js';
import { schemaRule } from './schema.js';
import { taxonomyRule } from './taxonomy.js';
import { SUPPRESSION_RULES } from './suppressions.js';
// Issue 12: embed and sustain are checked.
import { dateOrderRule } from './date-order.js';
import { embeddedRule } from './lifecycle-embedded.js';
import { emptySectionRule } from './empty-section.js';
import { evaluationDueRule } from './evaluation-due.js';
import { textFileRule } from './text.js';
import { mergeConflictRule } from './merge-conflict.js';
import type { FileRule, RepositoryRule, RuleInfo } from './types.js';

/** Identifiable-data detectors (also used to redact text the tool copies out of entries). */
export const PII_RULES = [
  nhsNumberRule,
  postcodeRule,
  emailRule,
  phoneRule,
  dateOfBirthRule,
  patternRule,
  nameRule,
  addressRule,
  hospitalNumberRule,
  nationalInsuranceRule,
  professionalRegistrationRule,
];

/** Content checks: identifiable data and blaming wording, over front-matter values and the body. */
export const TEXT_RULES = [...PII_RULES, blameRule, mergeConflictRule];

export const FILE_RULES: readonly FileRule[] = [schemaRule, idFilenameRule, taxonomyRule, lifecycleRule, embeddedRule, evaluationDueRule, dateOrderRule, emptySectionRule, datesRule, deadlinesRule, justCultureRule, textFileRule(TEXT_RULES), peopleFieldsRule];

export const REPOSITORY_RULES: readonly RepositoryRule[] = [duplicateIdRule, referencesRule];

/** Every rule id with its default severity and description. */
export const RULES: readonly RuleInfo[] = [
  ...READ_RULES,
  ...[...FILE_RULES, ...REPOSITORY_RULES].flatMap((r) => r.rules),
  ...SUPPRESSION_RULES,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
