import { t as systemFault } from "./faults.js";
import path from "node:path";
import { linkSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
// dist/util/write.js
var FileExistsError = class extends Error {
	file;
	constructor(file) {
		super(`${file} already exists`);
		this.file = file;
	}
};
const pending = new Set();
function removePendingTemporaryFiles() {
	for (const tmp of pending) {
		try {
			unlinkSync(tmp);
		} catch {}
		pending.delete(tmp);
	}
}
const SIGNALS = [
	"SIGINT",
	"SIGTERM",
	"SIGHUP"
];
let armed = false;
function onSignal() {
	removePendingTemporaryFiles();
	try {
		process.stderr.write("\nlessons: stopped.\n");
	} catch {}
	process.exit(130);
}
function armSignals() {
	if (armed) return;
	armed = true;
	for (const s of SIGNALS) process.on(s, onSignal);
}
function remove(tmp) {
	try {
		unlinkSync(tmp);
	} catch {}
	pending.delete(tmp);
}
function writeFileAtomic(file, content, opts) {
	const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
	armSignals();
	pending.add(tmp);
	try {
		writeFileSync(tmp, content, {
			flag: "wx",
			mode: 420
		});
		if (opts.overwrite) {
			renameSync(tmp, file);
			pending.delete(tmp);
		} else {
			try {
				linkSync(tmp, file);
			} catch (err) {
				if (err.code === "EEXIST") throw new FileExistsError(file);
				throw err;
			}
			remove(tmp);
		}
	} catch (err) {
		remove(tmp);
		throw systemFault(err, `write ${opts.shown ?? file}`) ?? err;
	}
}
export { FileExistsError, removePendingTemporaryFiles, writeFileAtomic };
