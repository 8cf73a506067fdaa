import { t as CliError } from "./errors.js";
// dist/util/lookup.js
function lookupTable(entries) {
	return Object.freeze(Object.assign(Object.create(null), entries));
}
// dist/util/faults.js
const FAULTS = lookupTable({
	ENOSPC: {
		why: "the disk is full",
		exitCode: 1
	},
	EDQUOT: {
		why: "your disk quota is used up",
		exitCode: 1
	},
	EROFS: {
		why: "the folder is on a read-only file system",
		exitCode: 1
	},
	EACCES: {
		why: "you do not have permission to write there",
		exitCode: 1
	},
	EPERM: {
		why: "you do not have permission to write there",
		exitCode: 1
	},
	EMFILE: {
		why: "lessons has run out of open files (raise the limit with \"ulimit -n\")",
		exitCode: 2
	},
	ENFILE: {
		why: "the system has run out of open files",
		exitCode: 2
	},
	EIO: {
		why: "the disk reported an input/output error",
		exitCode: 2
	},
	ENAMETOOLONG: {
		why: "the file name is too long for the file system",
		exitCode: 1
	}
});
var SystemFault = class extends CliError {
	code;
	constructor(message, exitCode, code) {
		super(message, exitCode);
		this.code = code;
	}
};
function systemFault(err, doing) {
	const code = err?.code;
	if (typeof code !== "string") return void 0;
	const fault = FAULTS[code];
	if (!fault) return void 0;
	return new SystemFault(`Could not ${doing ?? describe(err)}: ${fault.why}.${fault.exitCode === 1 ? " Nothing was written." : ""}`, fault.exitCode, code);
}
function describe(err) {
	const target = err.path ? ` ${err.path}` : "";
	switch (err.syscall) {
		case "open": return `open${target}`;
		case "write":
		case "rename":
		case "link":
		case "mkdir": return `write${target}`;
		case "scandir": return `list the folder${target}`;
		default: return `finish (${err.syscall ?? "a system call"}${target})`;
	}
}
export { lookupTable as n, systemFault as t };
