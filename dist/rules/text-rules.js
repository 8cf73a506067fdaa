/**
 * The content rules that read text (text.ts): the identifiable-data detectors and the wording
 * rules. Kept apart from the registry (index.ts) so that what reads text (the redactor, a thread
 * of the text stage) loads these without every other rule.
 */
import { blameRule } from './language/blame.js';
import { addressRule } from './pii/address.js';
import { dateOfBirthRule } from './pii/date-of-birth.js';
import { emailRule } from './pii/email.js';
import { hospitalNumberRule } from './pii/hospital-number.js';
import { nameRule } from './pii/name.js';
import { nationalInsuranceRule } from './pii/national-insurance.js';
import { nhsNumberRule } from './pii/nhs-number.js';
import { patternRule } from './pii/pattern.js';
import { phoneRule } from './pii/phone.js';
import { postcodeRule } from './pii/postcode.js';
import { professionalRegistrationRule } from './pii/professional-registration.js';
import { mergeConflictRule } from './merge-conflict.js';
import { textFileRule } from './text.js';
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
/** The text rules as the one file rule that runs them (text.ts), here and on a text-stage thread. */
export const TEXT_FILE_RULE = textFileRule(TEXT_RULES);
