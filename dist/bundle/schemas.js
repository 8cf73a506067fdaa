import { I as entryType, L as entryTypeNames, _ as SOURCE_KIND, c as INCIDENT_STATUS, d as PHYSICAL_HARM, f as POLICY_STATUS, g as SHARE_CHANNEL, h as SEIPS_SYSTEM, l as LESSON_KIND, m as RESPONSE, o as ACTION_STATUS, p as PSYCHOLOGICAL_HARM, u as LESSON_STATUS } from "./config.js";
// dist/model/schemas.js
const ENTRY_TYPES = entryTypeNames();
const entrySchemas = Object.fromEntries(ENTRY_TYPES.map((t) => [t, schemaOf(t)]));
function schemaOf(type) {
	return entryType(type).schema;
}
const LESSON_KINDS = LESSON_KIND.values;
const LESSON_STATUSES = LESSON_STATUS.values;
const ACTION_STATUSES = ACTION_STATUS.values;
const SHARE_CHANNELS = SHARE_CHANNEL.values;
const SOURCE_KINDS = SOURCE_KIND.values;
PHYSICAL_HARM.values;
PSYCHOLOGICAL_HARM.values;
RESPONSE.values;
const INCIDENT_STATUSES = INCIDENT_STATUS.values;
SEIPS_SYSTEM.values;
const POLICY_STATUSES = POLICY_STATUS.values;
export { POLICY_STATUSES as a, entrySchemas as c, LESSON_STATUSES as i, INCIDENT_STATUSES as n, SHARE_CHANNELS as o, LESSON_KINDS as r, SOURCE_KINDS as s, ACTION_STATUSES as t };
