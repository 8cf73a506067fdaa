import { y as ID_PATTERN } from "./config.js";
import { createHash } from "node:crypto";
// dist/model/pages.js
const FOLDERS = {
	lesson: "lessons",
	incident: "sources",
	policy: "policies"
};
function entryPagePath(entry, audience = "staff") {
	const folder = entry.type && Object.hasOwn(FOLDERS, entry.type) ? FOLDERS[entry.type] : void 0;
	if (!folder || !entry.id || !ID_PATTERN.test(entry.id) || entry.id.includes("..")) return void 0;
	if (audience === "public") return entry.type === "lesson" ? `${folder}/${createHash("sha256").update(`lessons public page:${entry.id}`).digest("hex").slice(0, 16)}.html` : void 0;
	return `${folder}/${entry.id}.html`;
}
function entryUrl(baseUrl, entry) {
	const page = entryPagePath(entry);
	return baseUrl && page ? `${baseUrl.replace(/\/+$/, "")}/${page}` : void 0;
}
function slugFile(slug) {
	return slug.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[-.]+|[-.]+$/g, "") || "other";
}
const themePagePath = (slug) => `themes/${slugFile(slug)}.html`;
const servicePagePath = (slug) => `services/${slugFile(slug)}.html`;
function relativeTo(from, to) {
	const depth = from.split("/").length - 1;
	return `${"../".repeat(depth)}${to}`;
}
function entryRef(baseUrl, entry) {
	const id = entry.id ?? "";
	const url = entryUrl(baseUrl, entry);
	return {
		id,
		title: entry.title?.trim() || id,
		...url ? { url } : {}
	};
}
export { servicePagePath as a, relativeTo as i, entryRef as n, slugFile as o, entryUrl as r, themePagePath as s, entryPagePath as t };
