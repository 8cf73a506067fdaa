import { n as lexists, o as readRegularFile } from "./inside.js";
import { n as ConfigError } from "./errors.js";
import { p as decodeText } from "./repository.js";
import { I as entryType, R as entryTypes } from "./config.js";
import path from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/authoring/templates.js
function templateTypes() {
	return entryTypes().filter((d) => d.template !== void 0);
}
function builtInTemplateDir() {
	return fileURLToPath(new URL("../../templates/", new URL("../authoring/templates.js", import.meta.url).href));
}
function builtInTemplate(type) {
	return readFileSync(path.resolve(builtInTemplateDir(), entryType(type).template), "utf8");
}
function loadTemplate(repo, type) {
	const name = path.basename(entryType(type).template);
	const rel = `templates/${name}`;
	const own = path.join(repo.root, "templates", name);
	if (!lexists(own)) return {
		body: normalise(builtInTemplate(type)),
		source: "built-in"
	};
	const raw = readRegularFile(own, repo.root, repo.config.limits.max_file_bytes);
	if ("error" in raw) {
		const why = raw.error.code === "EOUTSIDE" ? "is a link to a place outside the repository, which lessons never reads" : "is not a file lessons can read";
		throw new ConfigError(`${rel} ${why}. Remove it, or make it the body of a new ${type}.`, rel);
	}
	if ("size" in raw) throw new ConfigError(`${rel} is larger than the ${repo.config.limits.max_file_bytes}-byte limit for lesson files. Keep templates short.`, rel);
	const text = decodeText(raw.bytes);
	if (text === void 0) throw new ConfigError(`${rel} is not plain UTF-8 text. Save it as UTF-8 text.`, rel);
	if (/^---[ \t]*(\n|$)/.test(text)) throw new ConfigError(`${rel} starts with a front-matter block (---). A template holds only the body of a new ${type}; the fields come from "lessons new". Remove the block from the template.`, rel, 1, 1);
	return {
		body: normalise(text),
		source: rel
	};
}
function normalise(body) {
	const trimmed = body.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n").replace(/^\n+/, "").replace(/\s+$/, "");
	return trimmed === "" ? "" : `${trimmed}\n`;
}
export { loadTemplate as n, templateTypes as r, builtInTemplate as t };
