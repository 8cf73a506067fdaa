import { o as readRegularFile } from "./inside.js";
import { a as RefusedError, o as UsageError } from "./errors.js";
import { t as loadEntries } from "./load.js";
import { C as emptySections, S as REQUIRED_SECTIONS, T as sections, d as AUTHORISED_POLICY_FIELDS, t as checkEntryText, w as isEmptySection } from "./engine.js";
import { n as openPrompter, t as isInteractive } from "./prompts.js";
import { a as isRecord, i as dotted, l as str, n as closest, o as list } from "./values.js";
import { o as indexEntry } from "./read.js";
import { writeFileAtomic } from "./write.js";
import { n as prepareBranch, t as commitOnBranch } from "./branch.js";
import { i as lessonStage } from "./lifecycle.js";
import { t as require_dist } from "./dist.js";
import { h as splitFrontMatter } from "./repository.js";
import { a as isIsoDate } from "./dates.js";
import { a as POLICY_STATUSES, c as entrySchemas, i as LESSON_STATUSES, n as INCIDENT_STATUSES, o as SHARE_CHANNELS, t as ACTION_STATUSES } from "./schemas.js";
import { g as SHARE_CHANNEL } from "./config.js";
import path from "node:path";
// dist/authoring/edit.js
var import_dist = require_dist();
var EditError = class extends Error {};
const STRINGIFY = {
	lineWidth: 0,
	flowCollectionPadding: false,
	indentSeq: true
};
function render(value, flow) {
	const doc = new import_dist.Document(value);
	if (flow && (0, import_dist.isCollection)(doc.contents)) doc.contents.flow = true;
	if (!flow && (0, import_dist.isSeq)(doc.contents)) {
		for (const item of doc.contents.items) if ((0, import_dist.isMap)(item) && isSmallPair(item.toJSON())) item.flow = true;
	}
	return doc.toString(STRINGIFY).replace(/\n$/, "");
}
function isSmallPair(v) {
	return isRecord(v) && Object.keys(v).length <= 2 && Object.values(v).every((x) => typeof x === "string" && x.length <= 40 && !/[\n{}[\],:#]/.test(x));
}
function lineStart(text, offset) {
	return text.lastIndexOf("\n", offset - 1) + 1;
}
function columnOf(text, offset) {
	return offset - lineStart(text, offset);
}
function indentRest(s, n) {
	const pad = " ".repeat(n);
	return s.split("\n").map((l, i) => i === 0 || l === "" ? l : pad + l).join("\n");
}
function indentAll(s, n) {
	const pad = " ".repeat(n);
	return s.split("\n").map((l) => l === "" ? l : pad + l).join("\n");
}
function endOfLine(text, offset) {
	if (offset > 0 && text[offset - 1] === "\n") return offset;
	const nl = text.indexOf("\n", offset);
	return nl === -1 ? text.length : nl + 1;
}
function looksFlow(value) {
	return Array.isArray(value) && value.every((v) => typeof v === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)) && value.join(", ").length < 80;
}
function clone(v) {
	return v === void 0 ? v : JSON.parse(JSON.stringify(v));
}
function sameData(a, b) {
	if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
	if (isRecord(a) || isRecord(b)) {
		if (!isRecord(a) || !isRecord(b)) return false;
		const ka = Object.keys(a).filter((k) => a[k] !== void 0);
		const kb = Object.keys(b).filter((k) => b[k] !== void 0);
		return ka.length === kb.length && ka.every((k) => sameData(a[k], b[k]));
	}
	return a === b;
}
function getIn(data, p) {
	let at = data;
	for (const k of p) if (Array.isArray(at) && typeof k === "number") at = at[k];
	else if (isRecord(at)) at = at[String(k)];
	else return void 0;
	return at;
}
function setIn(data, p, value) {
	let at = data;
	for (let i = 0; i < p.length - 1; i++) {
		const k = p[i];
		let next = Array.isArray(at) ? at[k] : at[String(k)];
		if (next === void 0) {
			next = typeof p[i + 1] === "number" ? [] : {};
			if (Array.isArray(at)) at[k] = next;
			else at[String(k)] = next;
		}
		at = next;
	}
	const last = p[p.length - 1];
	if (Array.isArray(at)) at[last] = value;
	else at[String(last)] = value;
}
var EntryEditor = class {
	fieldOrder;
	text;
	start;
	end;
	crlf;
	bom;
	changes = [];
	expected;
	constructor(original, fieldOrder = []) {
		this.fieldOrder = fieldOrder;
		this.bom = original.startsWith("﻿");
		this.crlf = original.includes("\r\n");
		const text = original.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
		const split = splitFrontMatter(text);
		if (!split.ok) throw new RefusedError("this file has no front-matter block that lessons can edit. Run \"lessons validate\" on it first.");
		this.text = text;
		this.start = text.indexOf("\n") + 1;
		this.end = this.start + split.fm.yaml.length;
		if (text.slice(this.start, this.end) !== split.fm.yaml) throw new EditError("front-matter offsets do not match");
		const data = this.doc().toJS();
		if (!isRecord(data)) throw new RefusedError("the front-matter is not a set of \"field: value\" lines, so it cannot be edited. Run \"lessons validate\" on it first.");
		this.expected = data;
	}
	yaml() {
		return this.text.slice(this.start, this.end);
	}
	doc() {
		const doc = (0, import_dist.parseDocument)(this.yaml(), {
			uniqueKeys: true,
			prettyErrors: false
		});
		if (doc.errors.length) throw new RefusedError("the front-matter is not valid YAML, so it cannot be edited. Run \"lessons validate\" on it and fix it first.");
		return doc;
	}
	get data() {
		return clone(this.expected);
	}
	get(p) {
		return clone(getIn(this.expected, p));
	}
	result() {
		const out = this.crlf ? this.text.replace(/\n/g, "\r\n") : this.text;
		return this.bom ? `\uFEFF${out}` : out;
	}
	splice(from, to, insert) {
		const a = this.start + from;
		const b = this.start + to;
		this.text = this.text.slice(0, a) + insert + this.text.slice(b);
		this.end += insert.length - (b - a);
	}
	verify() {
		const now = this.doc().toJS();
		if (!sameData(now, this.expected)) throw new EditError(`the edited front-matter does not read back as intended:\n${this.yaml()}`);
		this.expected = now;
	}
	bodyStart() {
		const nl = this.text.indexOf("\n", this.end);
		return nl === -1 ? this.text.length : nl + 1;
	}
	body() {
		return this.text.slice(this.bodyStart());
	}
	setSection(heading, content, aliases = [heading.toLowerCase()]) {
		const body = this.body();
		const base = this.bodyStart();
		const found = sections(body);
		const s = found.find((f) => aliases.includes(f.heading));
		const text = content.trim();
		if (s) {
			if (!isEmptySection(s.text)) throw new EditError(`the section "${heading}" already has text`);
			const after = found[found.indexOf(s) + 1];
			const headingEnd = body.indexOf("\n", s.offset) === -1 ? body.length : body.indexOf("\n", s.offset) + 1;
			const end = after ? after.offset : body.length;
			const comments = body.slice(headingEnd, end).trim();
			const replacement = `${headingEnd === body.length && !body.endsWith("\n") ? "\n" : ""}\n${comments ? `${comments}\n\n` : ""}${text}\n${after ? "\n" : ""}`;
			this.text = this.text.slice(0, base + headingEnd) + replacement + this.text.slice(base + end);
		} else {
			const next = found.find((f) => f.heading.startsWith("questions"));
			const block = `## ${heading}\n\n${text}\n\n`;
			if (next) this.text = this.text.slice(0, base + next.offset) + block + this.text.slice(base + next.offset);
			else {
				const sep = body === "" || body.endsWith("\n\n") ? "" : body.endsWith("\n") ? "\n" : "\n\n";
				this.text = `${this.text}${sep}${block.replace(/\n\n$/, "\n")}`;
			}
		}
		this.changes.push({
			path: `body: ${heading}`,
			from: void 0,
			to: text
		});
	}
	set(p, value) {
		const before = getIn(this.expected, p);
		if (sameData(before, value)) return;
		this.apply(p, clone(value));
		setIn(this.expected, p, clone(value));
		this.verify();
		this.changes.push({
			path: dotted(p),
			from: clone(before),
			to: clone(value)
		});
	}
	append(p, item) {
		const list = getIn(this.expected, p);
		const items = Array.isArray(list) ? list : [];
		const doc = this.doc();
		const node = p.length ? doc.getIn(p, true) : doc.contents;
		if ((0, import_dist.isSeq)(node) && !node.flow && node.items.length > 0 && node.range) {
			const yaml = this.yaml();
			const last = node.items[node.items.length - 1];
			const itemCol = columnOf(yaml, (last.range ?? node.range)[0]);
			const dashCol = yaml.lastIndexOf("-", (last.range ?? node.range)[0]);
			const dash = columnOf(yaml, dashCol >= 0 ? dashCol : (last.range ?? node.range)[0]);
			const at = endOfLine(yaml, (last.range ?? node.range)[1]);
			const text = `${" ".repeat(dash)}- ${indentRest(render(item, isSmallPair(item) && last.flow === true), Math.max(itemCol, dash + 2))}\n`;
			this.splice(at, at, (at > 0 && yaml[at - 1] !== "\n" ? "\n" : "") + text);
			setIn(this.expected, p, [...items, clone(item)]);
			this.verify();
			this.changes.push({
				path: dotted([...p, items.length]),
				from: void 0,
				to: clone(item)
			});
			return;
		}
		const next = [...items, clone(item)];
		this.apply(p, next);
		setIn(this.expected, p, next);
		this.verify();
		this.changes.push({
			path: dotted([...p, items.length]),
			from: void 0,
			to: clone(item)
		});
	}
	apply(p, value) {
		const doc = this.doc();
		const yaml = this.yaml();
		const parentPath = p.slice(0, -1);
		const key = p[p.length - 1];
		const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
		if (parent === void 0 || parent === null || (0, import_dist.isScalar)(parent) && (parent.value === null || parent.value === void 0)) {
			const parentValue = getIn(this.expected, parentPath);
			const fresh = typeof key === "number" ? [] : isRecord(parentValue) ? clone(parentValue) : {};
			fresh[String(key)] = value;
			this.apply(parentPath, typeof key === "number" ? [...parentValue ?? [], value] : fresh);
			return;
		}
		if (!(0, import_dist.isCollection)(parent) || !parent.range) throw new EditError(`cannot edit ${dotted(p)}: its parent is not a mapping or list`);
		if (parent.flow) {
			const parentValue = clone(getIn(this.expected, parentPath));
			if (Array.isArray(parentValue)) parentValue[key] = value;
			else parentValue[String(key)] = value;
			this.splice(parent.range[0], parent.range[1], render(parentValue, true));
			return;
		}
		if ((0, import_dist.isMap)(parent)) {
			const pair = parent.items.find((it) => (0, import_dist.isScalar)(it.key) && String(it.key.value) === String(key));
			if (pair) {
				this.replaceValue(yaml, pair, value);
				return;
			}
			this.insertPair(yaml, parent, parentPath.length === 0, String(key), value);
			return;
		}
		if ((0, import_dist.isSeq)(parent)) {
			const item = parent.items[key];
			if (!item || !item.range) throw new EditError(`cannot edit ${dotted(p)}: no such list item`);
			const col = columnOf(yaml, item.range[0]);
			const flow = (0, import_dist.isCollection)(item) ? item.flow === true : false;
			this.replaceRange(yaml, item.range[0], item.range[1], indentRest(render(value, flow), col));
			return;
		}
	}
	replaceRange(yaml, from, to, text) {
		const endsLine = to > from && yaml[to - 1] === "\n";
		this.splice(from, to, endsLine ? `${text}\n` : text);
	}
	replaceValue(yaml, pair, value) {
		const keyNode = pair.key;
		const old = pair.value;
		const keyCol = columnOf(yaml, keyNode.range[0]);
		const collection = isRecord(value) || Array.isArray(value);
		const oldBlock = Boolean(old && (0, import_dist.isCollection)(old) && !old.flow);
		const oldFlow = Boolean(old && (0, import_dist.isCollection)(old) && old.flow);
		const empty = !old || !old.range || (0, import_dist.isScalar)(old) && old.value === null && old.range[0] === old.range[1];
		const asBlock = collection && (oldBlock || !oldFlow && !looksFlow(value));
		const colon = yaml.indexOf(":", keyNode.range[1]);
		if (!empty && old?.range) {
			if (oldBlock && asBlock) {
				this.replaceRange(yaml, old.range[0], old.range[1], indentRest(render(value, false), columnOf(yaml, old.range[0])));
				return;
			}
			if (!asBlock) {
				const text = indentRest(render(value, collection), keyCol + 2);
				if (oldBlock) this.replaceRange(yaml, colon, old.range[1], `: ${text}`);
				else this.replaceRange(yaml, old.range[0], old.range[1], text);
				return;
			}
		}
		const endOld = !empty && old?.range ? old.range[1] : colon + 1;
		this.replaceRange(yaml, colon, endOld, `:\n${indentAll(render(value, false), keyCol + 2)}`);
	}
	insertPair(yaml, map, topLevel, key, value) {
		const items = map.items;
		const first = items[0];
		const col = first && first.key && first.key.range ? columnOf(yaml, first.key.range[0]) : 0;
		let after = items[items.length - 1];
		if (topLevel && this.fieldOrder.includes(key)) {
			const rank = this.fieldOrder.indexOf(key);
			const earlier = items.filter((it) => (0, import_dist.isScalar)(it.key) && this.fieldOrder.indexOf(String(it.key.value)) !== -1 && this.fieldOrder.indexOf(String(it.key.value)) < rank);
			if (earlier.length) after = earlier[earlier.length - 1];
		}
		const line = (isRecord(value) || Array.isArray(value)) && !looksFlow(value) ? `${" ".repeat(col)}${render(key, false)}:\n${indentAll(render(value, false), col + 2)}\n` : `${" ".repeat(col)}${render(key, false)}: ${indentRest(render(value, looksFlow(value)), col + 2)}\n`;
		if (!after) {
			const at = map.range ? map.range[0] : 0;
			this.splice(at, at, line);
			return;
		}
		const at = endOfLine(yaml, (after.value ?? after.key).range[1]);
		this.splice(at, at, (at > 0 && yaml[at - 1] !== "\n" ? "\n" : "") + line);
	}
};
function describeValue(v) {
	if (v === void 0 || v === null) return "(none)";
	if (Array.isArray(v)) return v.every((x) => typeof x !== "object") ? `[${v.join(", ")}]` : `${v.length} item${v.length === 1 ? "" : "s"}`;
	if (isRecord(v)) return `{${Object.entries(v).map(([k, x]) => `${k}: ${typeof x === "object" ? describeValue(x) : String(x)}`).join(", ")}}`;
	const s = String(v).replace(/\s+/g, " ");
	return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
function changeLines(file, changes) {
	const name = path.posix.basename(file);
	return changes.map((c) => `${name}: ${c.path}: ${c.from === void 0 ? "added " : `${describeValue(c.from)} → `}${describeValue(c.to)}\n`).join("");
}
// dist/authoring/lifecycle.js
const FIELD_ORDER = {
	lesson: Object.keys(entrySchemas.lesson.shape),
	incident: Object.keys(entrySchemas.incident.shape),
	policy: Object.keys(entrySchemas.policy.shape),
	"just-culture-review": Object.keys(entrySchemas["just-culture-review"].shape)
};
FIELD_ORDER.lesson;
const STATUSES = {
	lesson: LESSON_STATUSES,
	incident: INCIDENT_STATUSES,
	policy: POLICY_STATUSES
};
function checkDate(when) {
	return (v, today) => {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return `write the date as YYYY-MM-DD, e.g. ${today}.`;
		if (!isIsoDate(v)) return `${v} is not a real date.`;
		if (when === "past" && v > today) return `${v} is in the future; record it when it has happened.`;
	};
}
function checkText(what, min = 1) {
	return (v) => {
		if (v.trim().length < min) return min > 1 ? `${what} needs at least ${min} characters.` : `${what} cannot be empty.`;
	};
}
function checkChoice(choices) {
	return (v) => choices.includes(v) ? void 0 : `"${v}" is not one of ${choices.join(", ")}.`;
}
const addYears = (date, years) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace(/-02-29$/, "-02-28");
const addMonths = (date, months) => {
	const y = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7)) - 1 + months;
	const d = Math.min(Number(date.slice(8, 10)), 28);
	return `${y + Math.floor(m / 12)}-${String(m % 12 + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};
function sectionFields() {
	const hint = {
		whatHappened: "What happened? (a few sentences in plain language; roles, never names):",
		whatWeLearned: "What did we learn about how our systems work? (a few sentences):",
		whatWeChanged: "What have we changed, or will we change? (a few sentences):"
	};
	const out = {};
	for (const s of REQUIRED_SECTIONS) out[s.opt] = {
		path: ["body", s.name],
		flag: s.flag,
		opt: s.opt,
		arg: "<text>",
		message: hint[s.opt] ?? `${s.name}:`,
		check: checkText(`"${s.name}"`, 3)
	};
	return out;
}
const STATUS_FIELDS = {
	...sectionFields(),
	approvedBy: {
		path: ["approved_by"],
		flag: "--approved-by",
		opt: "approvedBy",
		arg: "<role>",
		message: "Approved by (a role or group, never a name, e.g. Patient Safety and Learning Group):",
		check: checkText("the approver", 2)
	},
	approvedOn: {
		path: ["approved_on"],
		flag: "--approved-on",
		opt: "approvedOn",
		arg: "<YYYY-MM-DD>",
		message: "Approved on (YYYY-MM-DD):",
		suggest: (t) => t,
		check: checkDate("past")
	},
	channel: {
		path: ["shared", "channel"],
		flag: "--channel",
		opt: "channel",
		arg: "<channel>",
		message: "Where was it shared?",
		choices: SHARE_CHANNEL.terms.map((t) => ({
			value: t.value,
			name: `${t.description ?? t.label} (${t.value})`
		})),
		check: checkChoice(SHARE_CHANNELS)
	},
	sharedDate: {
		path: ["shared", "date"],
		flag: "--shared-date",
		opt: "sharedDate",
		arg: "<YYYY-MM-DD>",
		message: "Shared on (YYYY-MM-DD):",
		suggest: (t) => t,
		check: checkDate("past")
	},
	evaluateBy: {
		path: ["evaluate_by"],
		flag: "--evaluate-by",
		opt: "evaluateBy",
		arg: "<YYYY-MM-DD>",
		message: "Check that it is embedded by (YYYY-MM-DD; often 3 to 6 months after sharing):",
		suggest: (t) => addMonths(t, 6),
		check: checkDate("any")
	},
	evaluationDate: {
		path: ["evaluation", "date"],
		flag: "--evaluation-date",
		opt: "evaluationDate",
		arg: "<YYYY-MM-DD>",
		message: "When was embedding checked? (YYYY-MM-DD):",
		suggest: (t) => t,
		check: checkDate("past")
	},
	evaluationMethod: {
		path: ["evaluation", "method"],
		flag: "--evaluation-method",
		opt: "evaluationMethod",
		arg: "<method>",
		message: "How was it checked? (e.g. re-audit, observation, staff survey, case-note review):",
		check: checkText("the method", 3)
	},
	evaluationResult: {
		path: ["evaluation", "result"],
		flag: "--evaluation-result",
		opt: "evaluationResult",
		arg: "<text>",
		message: "What did it find, against the actions' measures? (one or two sentences, no names):",
		check: checkText("the result", 3)
	},
	publicTitle: {
		path: ["public_title"],
		flag: "--public-title",
		opt: "publicTitle",
		arg: "<text>",
		message: "A plain-language title for patients and carers:",
		check: checkText("the public title", 5)
	},
	publicSummary: {
		path: ["public_summary"],
		flag: "--public-summary",
		opt: "publicSummary",
		arg: "<text>",
		message: "What changed, in plain language for patients and carers (no names or identifying details):",
		check: checkText("the public summary", 10)
	},
	ratifiedBy: {
		path: ["ratified_by"],
		flag: "--ratified-by",
		opt: "ratifiedBy",
		arg: "<group>",
		message: "Ratified by (the group, e.g. Policy Ratification Group):",
		check: checkText("the group", 2)
	},
	ratifiedOn: {
		path: ["ratified_on"],
		flag: "--ratified-on",
		opt: "ratifiedOn",
		arg: "<YYYY-MM-DD>",
		message: "Ratified on (YYYY-MM-DD):",
		suggest: (t) => t,
		check: checkDate("past")
	},
	implementedOn: {
		path: ["implemented_on"],
		flag: "--implemented-on",
		opt: "implementedOn",
		arg: "<YYYY-MM-DD>",
		message: "In use from (YYYY-MM-DD):",
		suggest: (t, d) => str(d.ratified_on) ?? t,
		check: checkDate("any")
	},
	reviewDate: {
		path: ["review_date"],
		flag: "--review-date",
		opt: "reviewDate",
		arg: "<YYYY-MM-DD>",
		message: "Review by (YYYY-MM-DD; typically three years):",
		suggest: (t) => addYears(t, 3),
		check: checkDate("any")
	}
};
const blank = (v) => v === void 0 || v === null || typeof v === "string" && v.trim() === "";
function statusNeeds(type, data, to, body = "") {
	const needed = [];
	const allowed = [];
	if (type === "lesson") {
		const stage = lessonStage(to);
		if (stage >= lessonStage("approved")) {
			const empty = new Set(emptySections(body).map((s) => s.opt));
			for (const n of [
				"whatHappened",
				"whatWeLearned",
				"whatWeChanged"
			]) if (empty.has(n)) allowed.push(n), needed.push(n);
			allowed.push("approvedBy", "approvedOn", "publicTitle", "publicSummary");
			if (blank(data.approved_by)) needed.push("approvedBy");
			if (blank(data.approved_on)) needed.push("approvedOn");
		}
		if (stage >= lessonStage("shared")) {
			allowed.push("channel", "sharedDate", "evaluateBy");
			if (list(data.shared).length === 0) needed.push("channel", "sharedDate");
			if (blank(data.evaluate_by)) needed.push("evaluateBy");
		}
		if (stage >= lessonStage("embedded")) {
			allowed.push("evaluationDate", "evaluationMethod", "evaluationResult");
			const ev = isRecord(data.evaluation) ? data.evaluation : {};
			if (blank(ev.date)) needed.push("evaluationDate");
			if (blank(ev.method)) needed.push("evaluationMethod");
			if (blank(ev.result)) needed.push("evaluationResult");
		}
	}
	if (type === "policy" && to === "authorised") for (const [field, name] of Object.entries({
		ratified_by: "ratifiedBy",
		ratified_on: "ratifiedOn",
		implemented_on: "implementedOn",
		review_date: "reviewDate"
	})) {
		allowed.push(name);
		if (blank(data[field])) needed.push(name);
	}
	return {
		needed,
		allowed
	};
}
function leftInPlace(type, data, to) {
	const kept = [];
	if (type === "lesson") {
		const stage = to === "archived" ? -1 : lessonStage(to);
		if (to === "archived") return [];
		if (stage < lessonStage("approved") && !blank(data.approved_by)) kept.push("approved_by and approved_on (who approved it and when)");
		if (stage < lessonStage("shared") && list(data.shared).length) kept.push("shared (where and when it was shared)");
		if (stage < lessonStage("shared") && !blank(data.evaluate_by)) kept.push("evaluate_by");
		if (stage < lessonStage("embedded") && isRecord(data.evaluation)) kept.push("evaluation (how embedding was checked)");
	}
	if (type === "policy" && to !== "authorised" && POLICY_STATUSES.indexOf(to) < POLICY_STATUSES.indexOf("authorised")) {
		const present = Object.keys(AUTHORISED_POLICY_FIELDS).filter((f) => !blank(data[f]));
		if (present.length) kept.push(`${present.join(", ")} (document control)`);
	}
	return kept;
}
function isBackwards(type, from, to) {
	if (from === void 0) return false;
	if (type === "lesson") return lessonStage(to) >= 0 && lessonStage(from) > lessonStage(to);
	const order = STATUSES[type];
	return order.indexOf(from) > order.indexOf(to) && order.indexOf(to) >= 0;
}
const ACTION_FIELDS = {
	description: {
		path: ["description"],
		flag: "--description",
		opt: "description",
		arg: "<text>",
		message: "What will be done? (one sentence, no names):",
		check: checkText("the description", 3)
	},
	owner: {
		path: ["owner"],
		flag: "--owner",
		opt: "owner",
		arg: "<role>",
		message: "Who owns it? (a role, never a name, e.g. Ward Manager, Ward 7):",
		check: checkText("the owner", 2)
	},
	due: {
		path: ["due"],
		flag: "--due",
		opt: "due",
		arg: "<YYYY-MM-DD>",
		message: "Due by (YYYY-MM-DD):",
		suggest: (t) => addMonths(t, 3),
		check: checkDate("any")
	},
	measure: {
		path: ["measure"],
		flag: "--measure",
		opt: "measure",
		arg: "<text>",
		message: "How will we know it worked? (a measure; optional, leave empty to skip):",
		optional: true,
		check: checkText("the measure", 3)
	},
	status: {
		path: ["status"],
		flag: "--status",
		opt: "status",
		arg: "<status>",
		message: "Status:",
		choices: ACTION_STATUSES.map((s) => ({
			value: s,
			name: s
		})),
		check: checkChoice(ACTION_STATUSES)
	},
	completed: {
		path: ["completed"],
		flag: "--completed",
		opt: "completed",
		arg: "<YYYY-MM-DD>",
		message: "Completed on (YYYY-MM-DD):",
		suggest: (t) => t,
		check: checkDate("past")
	}
};
// dist/authoring/apply.js
async function openWorkspace(ctx) {
	const repo = await ctx.repository();
	return {
		repo,
		today: await ctx.today(),
		entries: loadEntries(repo).entries
	};
}
const NOUN = {
	lesson: "a lesson",
	incident: "a learning source (type: incident)",
	policy: "a policy",
	"just-culture-review": "a just culture review"
};
function readInside(ws, abs, file) {
	const read = readRegularFile(abs, ws.repo.root, ws.repo.config.limits.max_file_bytes);
	if (!("bytes" in read)) throw new RefusedError(`${file} cannot be edited: run "lessons validate" to see why it cannot be read; nothing was written.`);
	return read.bytes.toString("utf8");
}
function openEntry(ws, id, types) {
	const entry = ws.entries.find((e) => e.id === id);
	if (!entry) {
		const guess = closest(id, ws.entries.filter((e) => e.type && types.includes(e.type)).map((e) => e.id).filter(Boolean));
		throw new RefusedError(`there is no entry "${id}" in this repository.${guess ? ` Did you mean "${guess}"?` : ""} Run "lessons list" to see the entries.`);
	}
	if (!entry.type || !types.includes(entry.type)) {
		const want = types.map((t) => NOUN[t]).join(" or ");
		throw new RefusedError(`"${id}" is ${entry.type ? NOUN[entry.type] : "an entry of unknown type"} (${entry.file}), not ${want}.${entry.type === "just-culture-review" ? " A just culture review is a record of a run of the guide and is not edited by lessons." : ""}`);
	}
	const abs = path.join(ws.repo.root, entry.file);
	const original = readInside(ws, abs, entry.file);
	return {
		entry,
		type: entry.type,
		abs,
		original,
		editor: new EntryEditor(original, FIELD_ORDER[entry.type])
	};
}
var Asker = class {
	ctx;
	today;
	prompter;
	constructor(ctx, today) {
		this.ctx = ctx;
		this.today = today;
	}
	flag(field, opts) {
		const raw = opts[field.opt];
		if (raw === void 0) return void 0;
		const value = String(raw).trim();
		const problem = field.check(value, this.today);
		if (problem) throw new UsageError(`${field.flag}: ${problem}`);
		return value;
	}
	async values(fields, opts, data, content) {
		const out = new Map();
		const missing = [];
		for (const f of fields) {
			const v = this.flag(f, opts);
			if (v !== void 0) out.set(f, v);
			else missing.push(f);
		}
		const required = missing.filter((f) => !f.optional);
		if (missing.length && !isInteractive(this.ctx.io)) {
			if (required.length === 0) return out;
			throw new UsageError(`this needs ${required.length === 1 ? "a value" : "values"} and there is no terminal to ask on. Pass ${required.map((f) => `${f.flag} ${f.arg}`).join(", ")}.`);
		}
		for (const f of missing) out.set(f, await this.ask(f, data, content));
		return out;
	}
	async ask(f, data, content) {
		this.prompter ??= await openPrompter(this.ctx.io, `${f.flag} ${f.arg}`);
		if (f.choices) return this.prompter.choose({
			message: f.message,
			choices: [...f.choices]
		});
		const suggestion = f.suggest?.(this.today, data);
		const value = (await this.prompter.input({
			message: f.message,
			default: suggestion,
			validate: (input) => {
				const v = input.trim();
				if (v === "") return f.optional ? true : "This is needed.";
				return f.check(v, this.today) ?? content?.(f, v) ?? true;
			}
		})).trim();
		return value === "" ? void 0 : value;
	}
	async choose(message, choices, missing) {
		this.prompter ??= await openPrompter(this.ctx.io, missing);
		return this.prompter.choose({
			message,
			choices
		});
	}
};
function contentCheck(ws, open, apply, at) {
	return (value) => {
		const trial = new EntryEditor(open.editor.result(), FIELD_ORDER[open.type]);
		try {
			apply(trial, value);
		} catch {
			return;
		}
		return checkEntryText(ws.repo, open.entry.file, trial.result(), ws.today, ws.entries).find((p) => p.severity === "error" && p.path !== null && (p.path === at || p.path.startsWith(`${at}.`)))?.message;
	};
}
function sectionCheck(ws, open, heading, text) {
	const before = new Set(checkEntryText(ws.repo, open.entry.file, open.editor.result(), ws.today, ws.entries).map((p) => `${p.rule} ${p.message}`));
	const trial = new EntryEditor(open.editor.result(), FIELD_ORDER[open.type]);
	try {
		trial.setSection(heading, text, REQUIRED_SECTIONS.find((r) => r.name === heading)?.aliases);
	} catch {
		return;
	}
	return checkEntryText(ws.repo, open.entry.file, trial.result(), ws.today, ws.entries).find((p) => p.severity === "error" && p.path === null && p.rule !== "lesson/empty-section" && !before.has(`${p.rule} ${p.message}`))?.message;
}
function problemLine(p) {
	return `  ${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} (${p.rule})`;
}
async function saveEdits(ctx, ws, edits, opts = {}) {
	const changed = edits.filter((e) => e.editor.changes.length > 0);
	if (changed.length === 0) {
		ctx.io.stdout.write("Nothing to change: the entry already says that.\n");
		for (const n of opts.notes ?? []) ctx.io.stdout.write(`${n}\n`);
		return 0;
	}
	const after = new Map(changed.map((e) => [e.entry.file, indexEntry(e.entry.file, e.editor.data)]));
	const entries = ws.entries.map((e) => after.get(e.file) ?? e);
	const errors = [];
	const warnings = [];
	for (const e of changed) for (const p of checkEntryText(ws.repo, e.entry.file, e.editor.result(), ws.today, entries)) (p.severity === "error" ? errors : warnings).push(p);
	if (errors.length) throw new RefusedError(`nothing was written: the result would not pass "lessons validate":\n${[...errors, ...warnings].map(problemLine).join("\n")}\nChange the values and try again (a problem that was already in the file must be fixed first).`);
	let plan;
	if (opts.branch) plan = await prepareBranch(ws.repo, opts.branch.name, { command: "\"--branch\"" });
	for (const e of changed) if (readInside(ws, e.abs, e.entry.file) !== e.original) throw new RefusedError(`${e.entry.file} changed while lessons was working on it; nothing was written. Run the command again.`);
	const written = [];
	try {
		for (const e of changed) {
			writeFileAtomic(e.abs, e.editor.result(), { overwrite: true });
			written.push(e);
		}
	} catch (err) {
		for (const e of written) writeFileAtomic(e.abs, e.original, { overwrite: true });
		throw err;
	}
	for (const e of changed) ctx.io.stdout.write(changeLines(e.entry.file, e.editor.changes));
	for (const n of opts.notes ?? []) ctx.io.stdout.write(`${n}\n`);
	if (warnings.length && !ctx.globals.quiet) ctx.io.stderr.write(`${warnings.map(problemLine).join("\n")}\n`);
	if (plan) {
		await commitOnBranch(plan, changed.map((e) => e.entry.file), opts.branch.message);
		ctx.note(`created the branch ${plan.branch} and committed ${changed.map((e) => e.entry.file).join(" and ")} to it.`);
	}
	return 0;
}
function titleOf(open) {
	return str(open.entry.data.title) ?? open.entry.id ?? "";
}
export { saveEdits as a, ACTION_FIELDS as c, isBackwards as d, leftInPlace as f, openWorkspace as i, STATUSES as l, contentCheck as n, sectionCheck as o, statusNeeds as p, openEntry as r, titleOf as s, Asker as t, STATUS_FIELDS as u };
