import { a as RefusedError, o as UsageError } from "./errors.js";
import { f as safeOutput } from "./values.js";
import { writeFileAtomic } from "./write.js";
import { a as outputTarget, o as readRegularFile } from "./inside.js";
import { h as splitFrontMatter, p as decodeText, s as toPosix } from "./repository.js";
import { A as stripComments, C as demoteHeadings, n as renderHtml, r as join } from "./render-html.js";
import path from "node:path";
import { existsSync, realpathSync, statSync } from "node:fs";
// dist/document/render-markdown.js
function mdEscape(value) {
	return value.replace(/\s+/g, " ").replace(/[\\`*[\]<>|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`).replace(/&(?=[#A-Za-z0-9]+;)/g, "&amp;");
}
function renderMarkdown(doc, opts) {
	const r = new MarkdownRenderer(opts);
	const out = [[
		`# ${r.text(doc.title)}`,
		r.inline(join(doc.subtitle, " · ")),
		...doc.intro.map((p) => r.inline(p))
	].join("\n\n")];
	for (const s of doc.sections) {
		out.push(`## ${s.number !== void 0 ? `${s.number}. ` : ""}${r.text(s.heading)}`);
		for (const b of s.blocks) out.push(r.block(b, 3));
	}
	if (doc.about) out.push(`## ${r.text(doc.about.heading)}`, doc.about.notes.map((n) => `- ${r.inline(n)}`).join("\n"));
	return `${out.filter((s) => s !== "").join("\n\n")}\n`;
}
var MarkdownRenderer = class {
	opts;
	constructor(opts) {
		this.opts = opts;
	}
	text(s) {
		return mdEscape(this.opts.redact(s)).trim();
	}
	inline(t) {
		return this.inlineRaw(t).trim();
	}
	inlineRaw(t) {
		if (typeof t === "string") return mdEscape(this.opts.redact(t));
		return t.map((i) => this.one(i)).join("");
	}
	one(i) {
		if (typeof i === "string") return mdEscape(this.opts.redact(i));
		if ("strong" in i) return `**${this.inline(i.strong)}**`;
		if ("em" in i) return `_${this.inline(i.em)}_`;
		if ("code" in i) return `\`${this.opts.redact(i.code).replace(/`/g, "'").replace(/\s+/g, " ")}\``;
		return `[${this.inline(i.text)}](${encodeURI(i.link)})`;
	}
	cell(v) {
		return v === null || v === void 0 || v === "" ? "–" : this.text(String(v));
	}
	table(t) {
		const numeric = t.numeric ?? [];
		return [
			`| ${t.headers.map((h) => this.text(h)).join(" | ")} |`,
			`| ${t.headers.map((_, i) => numeric.includes(i) ? "---:" : "---").join(" | ")} |`,
			...t.rows.map((row) => `| ${row.map((c) => this.cell(c)).join(" | ")} |`)
		].join("\n");
	}
	block(b, level) {
		switch (b.kind) {
			case "paragraph": {
				const text = this.inline(b.text);
				if (text === "") return "";
				return b.tone === "note" ? `_${text}_` : text;
			}
			case "list": return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${this.inline(item)}`).join("\n");
			case "table": return this.table(b);
			case "figure": return this.table(b.table);
			case "row": return b.blocks.map((x) => this.block(x, level)).filter(Boolean).join("\n\n");
			case "subheading": return `**${this.text(b.text)}**`;
			case "markdown": return b.source ? demoteHeadings(stripComments(this.opts.redact(b.source)), level - 1).trim() : b.empty ? `_${this.text(b.empty)}_` : "";
			case "group": return [`${"#".repeat(Math.min(6, level))} ${this.inline(b.heading)}`, ...b.blocks.map((x) => this.block(x, level + 1))].filter((s) => s !== "").join("\n\n");
		}
	}
};
// dist/document/render.js
function renderDocument(doc, format, opts) {
	return format === "html" ? renderHtml(doc, opts) : renderMarkdown(doc, opts);
}
// dist/digest/output.js
function real(p) {
	try {
		return realpathSync(p);
	} catch {
		return path.resolve(p);
	}
}
function checkOutput(ctx, repo, out) {
	if (out.trim() === "") throw new UsageError("--out needs a file name, e.g. --out digest.html.");
	const abs = path.resolve(ctx.start, out);
	const dir = path.dirname(abs);
	if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Cannot write ${out}: the folder ${dir} does not exist. Create it first, or choose another place.`);
	if (existsSync(abs) && statSync(abs).isDirectory()) throw new UsageError(`Cannot write ${out}: it is a folder. Give a file name, e.g. ${path.join(out, "digest.html")}.`);
	const resolved = outputTarget(abs);
	if ("error" in resolved) throw new RefusedError(resolved.error === "ENOTFILE" ? `Refusing to write ${out}: something other than a regular file has that name (a pipe, device or socket), and lessons never replaces one. Choose another file name.` : `Refusing to write ${out}: it is a link to a file that does not exist. Remove the link or choose another file name.`);
	const target = resolved.real;
	const rel = path.relative(real(repo.contentRoot), target);
	if (rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel)) {
		const content = toPosix(path.relative(repo.root, repo.contentRoot)) || ".";
		throw new RefusedError(`Refusing to write ${out}: it is inside the content folder (${content}/), where every Markdown file is read as an entry. Write digests and briefings somewhere else, e.g. a "digests" folder next to it.`);
	}
	const fromCwd = path.relative(ctx.io.cwd, abs);
	return {
		abs: target,
		shown: fromCwd !== "" && !fromCwd.startsWith("..") && !path.isAbsolute(fromCwd) ? toPosix(fromCwd) : abs
	};
}
function writeOutput(ctx, target, content) {
	writeFileAtomic(target.abs, safeOutput(content), {
		overwrite: true,
		shown: target.shown
	});
	ctx.io.stdout.write(`${target.shown}\n`);
}
// dist/digest/body.js
function readBody(abs, maxBytes, root) {
	try {
		const raw = readRegularFile(abs, root, maxBytes);
		if (!("bytes" in raw)) return void 0;
		const text = decodeText(raw.bytes);
		if (text === void 0) return void 0;
		const split = splitFrontMatter(text);
		return split.ok ? split.fm.body : void 0;
	} catch {
		return;
	}
}
export { renderDocument as i, checkOutput as n, writeOutput as r, readBody as t };
