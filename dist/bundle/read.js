import { a as isRecord } from "./values.js";
import { o as readRegularFile } from "./inside.js";
import { z as isEntryType } from "./config.js";
import { h as splitFrontMatter, m as parseYaml, p as decodeText } from "./repository.js";
import path from "node:path";
// dist/model/entry.js
function fieldOf(data, field) {
	return data[field];
}
function indexEntry(file, data) {
	return {
		file,
		data,
		id: typeof data.id === "string" ? data.id : void 0,
		type: isEntryType(data.type) ? data.type : void 0
	};
}
// dist/repo/read.js
function formatBytes(n) {
	if (n >= 1048576) return `${(n / 1048576).toFixed(1)} MiB`;
	if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
	return `${n} bytes`;
}
function readBytes(abs, maxBytes, root, dirs, listed = false) {
	return readRegularFile(abs, root, maxBytes, dirs, listed);
}
const UNREADABLE = {
	EACCES: "you do not have permission to read it",
	EPERM: "you do not have permission to read it",
	ENOENT: "it is a link to a file that does not exist",
	ELOOP: "it is a link that loops back on itself",
	EISDIR: "it is a folder",
	ENOTFILE: "it is not a regular file (a pipe, device, socket or folder), so it was not opened",
	EOUTSIDE: "it is a link to a place outside the repository, which lessons never reads",
	EMFILE: "the system has run out of open files for lessons (raise the limit with \"ulimit -n\")",
	ENFILE: "the system has run out of open files"
};
function readEntryFile(abs, file, maxBytes, root = rootOf(abs, file), dirs, listed = false) {
	return readEntryResult(file, abs, maxBytes, readRegularFile(abs, root, maxBytes, dirs, listed));
}
function readEntryResult(file, abs, maxBytes, raw) {
	if ("error" in raw) return {
		file,
		abs,
		problem: {
			rule: "file/unreadable",
			line: 1,
			column: 1,
			message: `This file could not be read: ${UNREADABLE[raw.error.code ?? ""] ?? `the system reported ${raw.error.code ?? "an error"}`}. Fix it or remove it from the content folder.`
		}
	};
	if ("size" in raw) return {
		file,
		abs,
		problem: {
			rule: "file/too-large",
			line: 1,
			column: 1,
			message: `This file is ${formatBytes(raw.size)}, larger than the ${formatBytes(maxBytes)} limit, so it was not checked. Lesson files should be short; move attachments out of the repository (or raise limits.max_file_bytes in lessons.config.yaml).`
		}
	};
	return readEntryBytes(file, abs, raw.bytes);
}
function crOnly(text) {
	if (!text.includes("\r")) return void 0;
	let cr = 0;
	let lf = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13) cr++;
		else if (c === 10) lf++;
	}
	return cr > lf ? text.replace(/\r/g, "\n") : void 0;
}
function rootOf(abs, file) {
	const rel = file.split("/").join(path.sep);
	return abs.endsWith(path.sep + rel) ? abs.slice(0, abs.length - rel.length - 1) : path.dirname(abs);
}
function readEntryBytes(file, abs, bytes) {
	const text = decodeText(bytes);
	if (text === void 0) return {
		file,
		abs,
		problem: {
			rule: "file/binary",
			line: 1,
			column: 1,
			message: "This file is not plain text (it contains binary data or is not saved as UTF-8). Save it as UTF-8 text, or remove it if it is not a lesson file."
		}
	};
	const cr = crOnly(text);
	if (cr) return {
		file,
		abs,
		text: cr,
		problem: {
			rule: "file/line-endings",
			line: 1,
			column: 1,
			message: "This file ends its lines with a carriage return alone (CR), as very old Mac editors did, so lessons cannot find its fields. Save it with normal line endings (LF, or CRLF on Windows)."
		}
	};
	const split = splitFrontMatter(text);
	if (!split.ok) return {
		file,
		abs,
		text,
		problem: {
			rule: "frontmatter/missing",
			line: 1,
			column: 1,
			message: split.reason === "unclosed" ? "The front-matter block that starts on line 1 is never closed. Add a line with only --- after the last field." : split.reason === "not-yaml" ? `The front-matter is marked as "${split.language}" code, which lessons does not run or accept. Start the file with a line of exactly --- and write the fields in YAML.` : "This file has no front-matter. It must start with a line of exactly ---, then the fields (id, type, title, ...), then another --- line."
		}
	};
	const fm = split.fm;
	const parsed = parseYaml(fm);
	if (!parsed.ok) return {
		file,
		abs,
		text,
		fm,
		problem: {
			rule: "yaml/syntax",
			...parsed.error.position,
			message: yamlMessage(parsed.error)
		}
	};
	if (!isRecord(parsed.data)) return {
		file,
		abs,
		text,
		fm,
		problem: {
			rule: "frontmatter/missing",
			line: 1,
			column: 1,
			message: `The front-matter is ${parsed.data === null || parsed.data === void 0 ? "empty" : Array.isArray(parsed.data) ? "a list" : "a single value"}. It must be a set of "field: value" lines (id, type, title, ...).`
		}
	};
	return {
		file,
		abs,
		text,
		fm,
		data: parsed.data
	};
}
const QUOTE_TIP = "If a value contains a colon followed by a space, or starts with a quote, #, @ or *, put the whole value in double quotes.";
function yamlMessage(error) {
	switch (error.code) {
		case "duplicate-key": return `${error.key ? `"${error.key}"` : "A field"} appears twice in the front-matter. Keep one of them.`;
		case "indentation": return "The indentation is not consistent here. Use spaces, not tabs, and line up fields at the same level.";
		case "unquoted-colon": return `This line cannot be read as "field: value". ${QUOTE_TIP}`;
		case "missing-closing": return "A closing quote or bracket is missing here.";
		case "bad-start": return `This value starts with a character YAML reserves. ${QUOTE_TIP}`;
		case "unsupported-tag": return "This value uses a YAML tag (!! or !) that lessons does not accept. Remove the tag and write the value as plain text.";
		case "alias-cycle": return "This YAML alias (*name) is inside the value it refers to, so the value would contain itself without end. Write the value out in full instead of using an alias.";
		case "alias-limit": return "The front-matter uses YAML aliases (*name) that expand too far to be safe. Write the values out in full.";
		default: return `The front-matter is not valid YAML here. ${QUOTE_TIP}`;
	}
}
export { fieldOf as a, readEntryResult as i, readEntryBytes as n, indexEntry as o, readEntryFile as r, readBytes as t };
