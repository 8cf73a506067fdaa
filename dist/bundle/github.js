import { workspacePath } from "./paths.js";
import { h as visibleLines } from "./values.js";
const SUMMARY_LIMIT = 921600;
const github = (report, ctx) => {
	const lines = report.problems.map((p) => annotation(p.severity, workspacePath(p.file, ctx.root, ctx.env), p.line, p.column, `lessons ${p.rule}`, p.message));
	const { files, errors, warnings } = report.summary;
	const shownErrors = report.problems.filter((p) => p.severity === "error").length;
	const shownWarnings = report.problems.length - shownErrors;
	if (shownErrors > 10 || shownWarnings > 10) {
		const where = ctx.env.GITHUB_STEP_SUMMARY ? "every one is listed in the job summary" : "run \"lessons validate\" to see every one";
		lines.push(`::notice title=lessons::GitHub shows only the first 10 errors and 10 warnings as annotations; ${where}.`);
	}
	lines.push(`lessons: ${files} file${files === 1 ? "" : "s"} checked, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`);
	return `${lines.join("\n")}\n`;
};
function stepSummary(report, ctx) {
	const { files, errors, warnings } = report.summary;
	const out = [
		`### ${errors ? "✖" : warnings ? "⚠" : "✔"} lessons validate`,
		"",
		`${files} file${files === 1 ? "" : "s"} checked, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`,
		""
	];
	if (report.problems.length) {
		out.push("| file | line | severity | rule | problem |", "|---|---|---|---|---|");
		let size = out.join("\n").length;
		for (const [i, p] of report.problems.entries()) {
			const row = `| ${cell(workspacePath(p.file, ctx.root, ctx.env))} | ${p.line}:${p.column} | ${p.severity} | \`${p.rule}\` | ${cell(p.message)} |`;
			if (size + Buffer.byteLength(row) > SUMMARY_LIMIT) {
				out.push("", `… and ${report.problems.length - i} more: the job summary has room for no more. Run "lessons validate" to see every one.`);
				break;
			}
			out.push(row);
			size += Buffer.byteLength(row) + 1;
		}
		out.push("");
	}
	return `${out.join("\n")}\n`;
}
function configAnnotations(file, problems) {
	return problems.map((p) => `${annotation("error", file, p.line, p.column, "lessons configuration", p.message)}\n`).join("");
}
function annotation(severity, file, line, col, title, message) {
	return `::${severity} file=${prop(file)},line=${line},col=${col},title=${prop(title)}::${data(message)}`;
}
function cell(s) {
	return visibleLines(s).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, "<br>");
}
function data(s) {
	return visibleLines(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function prop(s) {
	return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export { configAnnotations, github, stepSummary };
