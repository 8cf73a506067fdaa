import { t as require_dist } from "./dist.js";
// dist/repo/entry-yaml.js
var import_dist = require_dist();
const FLOW_LISTS = [
	"themes",
	"services",
	"audience",
	"sources",
	"policies",
	"lessons"
];
function entryText(data, body, style = {}) {
	const doc = new import_dist.Document(data);
	const flow = new Set([...FLOW_LISTS, ...style.flow ?? []]);
	const quoted = new Set(style.quoted ?? []);
	const quote = (node) => {
		if ((0, import_dist.isScalar)(node)) node.type = "QUOTE_DOUBLE";
		else if ((0, import_dist.isCollection)(node)) (0, import_dist.visit)(node, { Scalar(_, s) {
			s.type = "QUOTE_DOUBLE";
		} });
	};
	(0, import_dist.visit)(doc, { Pair(_, pair, path) {
		if (path.length > 2) return;
		const key = pair.key?.value;
		if (typeof key !== "string") return;
		if (flow.has(key) && (0, import_dist.isSeq)(pair.value)) pair.value.flow = true;
		if (quoted.has(key)) quote(pair.value);
	} });
	return `---\n${doc.toString({
		lineWidth: 0,
		flowCollectionPadding: false
	})}---\n${body === "" ? "" : `\n${body}`}`;
}
function renderEntry(data, body) {
	return entryText(data, body);
}
export { renderEntry as n, entryText as t };
