import { t as version } from "./version.js";
import { u as RULES } from "./engine.js";
import { workspacePath } from "./paths.js";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
// dist/meta.js
let cached;
function homepage() {
	if (cached === void 0) {
		let home;
		try {
			home = JSON.parse(readFileSync(new URL("../package.json", new URL("../meta.js", import.meta.url).href), "utf8")).homepage;
		} catch {
			home = void 0;
		}
		cached = (home ?? "https://github.com/your-org/lessons").replace(/#.*$/, "").replace(/\/+$/, "");
	}
	return cached;
}
function docsUrl(file, anchor) {
	return `${homepage()}/blob/v${version()}/${file}${anchor ? `#${anchor}` : ""}`;
}
function rulesDocUrl() {
	return docsUrl("docs/rules.md");
}
// dist/reporters/sarif.js
const SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const sarif = (report, ctx) => {
	const index = new Map(RULES.map((r, i) => [r.id, i]));
	const helpUri = rulesDocUrl();
	const fingerprints = fingerprintAll(report.problems, (p) => workspacePath(p.file, ctx.root, ctx.env));
	const doc = {
		$schema: SCHEMA,
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "lessons",
				version: ctx.version,
				semanticVersion: ctx.version,
				informationUri: homepage(),
				rules: RULES.map((r) => ({
					id: r.id,
					name: ruleName(r.id),
					shortDescription: { text: plain(r.description) },
					fullDescription: { text: plain(r.description) },
					help: help(r, helpUri),
					helpUri,
					defaultConfiguration: { level: r.severity },
					properties: { tags: ["lessons", r.id.split("/")[0]] }
				}))
			} },
			results: report.problems.map((p, i) => ({
				ruleId: p.rule,
				...index.has(p.rule) ? { ruleIndex: index.get(p.rule) } : {},
				level: p.severity,
				message: { text: p.message },
				locations: [{ physicalLocation: {
					artifactLocation: {
						uri: encodeUri(workspacePath(p.file, ctx.root, ctx.env)),
						uriBaseId: "%SRCROOT%"
					},
					region: {
						startLine: p.line,
						startColumn: p.column
					}
				} }],
				partialFingerprints: { "lessonsProblem/v2": fingerprints[i] }
			})),
			columnKind: "utf16CodeUnits"
		}]
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
};
function ruleName(id) {
	return id.replace(/[/-](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
}
function plain(markdown) {
	return markdown.replace(/`/g, "");
}
function help(r, uri) {
	const outcome = r.severity === "error" ? "An error: \"lessons validate\" fails until it is fixed." : "A warning: a reminder that does not fail \"lessons validate\" (unless --max-warnings is set).";
	const exempt = `To exempt one line on purpose, put <!-- lessons-disable-next-line ${r.id} -- the reason --> above it.`;
	return {
		text: `${plain(r.description)}\n\n${outcome}\n${exempt}\n\nRule reference: ${uri}`,
		markdown: `${r.description}\n\n${outcome}\n\n${exempt.replace(/<!--.*-->/, (m) => `\`${m}\``)}\n\n[Rule reference](${uri})`
	};
}
function encodeUri(relative) {
	return relative.split("/").map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function fingerprintAll(problems, uriOf) {
	const seen = new Map();
	return problems.map((p) => {
		const hash = createHash("sha256").update(`${p.rule}\0${uriOf(p)}\0${p.path ?? ""}\0${p.message}`).digest("hex").slice(0, 32);
		const n = (seen.get(hash) ?? 0) + 1;
		seen.set(hash, n);
		return `${hash}:${n}`;
	});
}
export { sarif };
