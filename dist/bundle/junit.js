import { workspacePath } from "./paths.js";
// dist/reporters/junit.js
const junit = (report, ctx) => {
	const byFile = new Map();
	for (const f of report.checked) byFile.set(f, []);
	for (const p of report.problems) {
		const list = byFile.get(p.file);
		if (list) list.push(p);
		else byFile.set(p.file, [p]);
	}
	let failures = 0;
	const cases = [];
	for (const [file, problems] of byFile) {
		const errors = problems.filter((p) => p.severity === "error");
		const text = problems.map((p) => `${file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`).join("\n");
		let inner = "";
		if (errors.length) {
			failures++;
			inner = `\n      <failure message="${esc(`${errors.length} error${errors.length === 1 ? "" : "s"}`)}" type="lessons">${esc(text)}</failure>\n    `;
		} else if (problems.length) inner = `\n      <system-out>${esc(text)}</system-out>\n    `;
		const shown = esc(workspacePath(file, ctx.root, ctx.env));
		cases.push(`    <testcase classname="lessons.validate" name="${shown}" file="${shown}" time="0">${inner}</testcase>`);
	}
	const time = ((report.elapsedMs ?? 0) / 1e3).toFixed(3);
	const stamp = report.startedAt ? ` timestamp="${report.startedAt}"` : "";
	return [
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		`<testsuites name="lessons" tests="${byFile.size}" failures="${failures}" errors="0" time="${time}">`,
		`  <testsuite name="lessons validate" tests="${byFile.size}" failures="${failures}" errors="0" skipped="0" time="${time}"${stamp}>`,
		...cases,
		"  </testsuite>",
		"</testsuites>",
		""
	].join("\n");
};
function esc(s) {
	return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
export { junit };
