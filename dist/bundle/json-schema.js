import { I as entryType, L as entryTypeNames, P as toJSONSchema, t as configSchema } from "./config.js";
import { i as lessonStage } from "./lifecycle.js";
import { i as LESSON_STATUSES } from "./schemas.js";
// dist/model/json-schema-rules.js
const NOT_BLANK = {
	type: "string",
	pattern: "\\S"
};
const REAL_MONTH = "^\\d{4}-(?:0[1-9]|1[0-2])$";
function from(status) {
	return LESSON_STATUSES.filter((s) => lessonStage(s) >= lessonStage(status));
}
function requires(fields) {
	return {
		required: Object.keys(fields),
		properties: fields
	};
}
function refineJsonSchema(name, schema) {
	const props = schema.properties;
	if (!props) return schema;
	if (name === "lesson") schema.allOf = [
		{
			if: {
				required: ["status"],
				properties: { status: { enum: from("approved") } }
			},
			then: requires({
				approved_by: NOT_BLANK,
				approved_on: {}
			})
		},
		{
			if: {
				required: ["status"],
				properties: { status: { enum: from("shared") } }
			},
			then: requires({
				shared: {
					type: "array",
					minItems: 1
				},
				evaluate_by: {}
			})
		},
		{
			if: {
				required: ["public"],
				properties: { public: { const: true } }
			},
			then: requires({ public_summary: NOT_BLANK })
		},
		{
			if: {
				required: ["status"],
				properties: { status: { const: "embedded" } }
			},
			then: requires({ evaluation: {
				type: "object",
				...requires({
					date: {},
					method: NOT_BLANK,
					result: NOT_BLANK
				})
			} })
		}
	];
	if (name === "incident" && props.occurred) {
		const { description } = props.occurred;
		props.occurred = {
			description,
			type: "string",
			anyOf: [{ pattern: REAL_MONTH }, {
				format: "date",
				pattern: props.reported?.pattern ?? "^\\d{4}-\\d{2}-\\d{2}$"
			}]
		};
	}
	if (name === "config") {
		const at = (...path) => path.reduce((s, k) => s?.[k], schema);
		const pii = at("properties", "pii", "properties", "patterns", "items", "properties", "pattern");
		if (pii) pii.format = "regex";
		const terms = at("properties", "language", "properties", "terms", "items");
		const termPattern = at("properties", "language", "properties", "terms", "items", "properties", "pattern");
		if (termPattern) termPattern.format = "regex";
		if (terms) terms.anyOf = [{ required: ["phrase"] }, { required: ["pattern"] }];
	}
	return schema;
}
// dist/model/json-schema.js
function schemaNames() {
	return [...entryTypeNames(), "config"];
}
schemaNames();
function jsonSchema(name) {
	const schema = name === "config" ? configSchema : entryType(name).schema;
	return refineJsonSchema(name, toJSONSchema(schema, {
		target: "draft-2020-12",
		io: "input",
		unrepresentable: "throw"
	}));
}
export { schemaNames as n, jsonSchema as t };
