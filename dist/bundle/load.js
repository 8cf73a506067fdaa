import { o as indexEntry, r as readEntryFile } from "./read.js";
import { a as listEntryFiles } from "./repository.js";
import { t as tuneCompiler } from "./compiler.js";
import path from "node:path";
// dist/repo/load.js
function loadEntries(repo, onFile) {
	tuneCompiler();
	const files = listEntryFiles(repo);
	const entries = [];
	const skipped = [];
	files.forEach((file, i) => {
		const read = readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes);
		if (read.data) entries.push(indexEntry(file, read.data));
		else skipped.push(file);
		onFile?.(i + 1, files.length);
	});
	return {
		entries,
		skipped
	};
}
function skippedNote(skipped) {
	if (skipped.length === 0) return "";
	const shown = skipped.slice(0, 3).join(", ") + (skipped.length > 3 ? `, and ${skipped.length - 3} more` : "");
	return `${skipped.length} file${skipped.length === 1 ? "" : "s"} could not be read and ${skipped.length === 1 ? "was" : "were"} left out (${shown}). Run "lessons validate" to see why.`;
}
export { skippedNote as n, loadEntries as t };
