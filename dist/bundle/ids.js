import { y as ID_PATTERN } from "./config.js";
import "./schemas.js";
import { randomInt } from "node:crypto";
// dist/model/ids.js
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
function newId(type, config, today, taken = new Set(), random = randomInt) {
	const prefix = config.ids.prefix[type];
	for (let attempt = 0; attempt < 100; attempt++) {
		let suffix = "";
		for (let i = 0; i < 4; i++) suffix += ALPHABET[random(36)];
		const id = `${prefix}-${today.replace(/-/g, "")}-${suffix}`;
		if (!taken.has(id)) return id;
	}
	throw new Error("could not find a free id");
}
function isSafeId(id) {
	return ID_PATTERN.test(id) && id !== "." && id !== ".." && !id.includes("/") && !id.includes("\\") && !isReservedFileName(id);
}
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.|$)/i;
function isReservedFileName(id) {
	return RESERVED.test(id);
}
export { isSafeId as n, newId as r, isReservedFileName as t };
