import { Chalk } from "./source.js";
import { m as visible } from "./values.js";
// dist/reporters/pretty.js
const pretty = (report, ctx) => {
	const c = new Chalk({ level: ctx.color ? 1 : 0 });
	const out = [];
	const byFile = new Map();
	for (const p of report.problems) {
		const list = byFile.get(p.file);
		if (list) list.push(p);
		else byFile.set(p.file, [p]);
	}
	for (const [file, problems] of byFile) {
		out.push(c.underline(visible(file)));
		const width = Math.max(...problems.map((p) => `${p.line}:${p.column}`.length));
		for (const p of problems) {
			const where = `${p.line}:${p.column}`.padEnd(width);
			const sev = p.severity === "error" ? c.red("error  ") : c.yellow("warning");
			out.push(`  ${c.dim(where)}  ${sev}  ${visible(p.message)}  ${c.dim(p.rule)}`);
		}
		out.push("");
	}
	const { files, errors, warnings } = report.summary;
	const counted = `${files} file${files === 1 ? "" : "s"} checked`;
	if (errors === 0 && warnings === 0) out.push(c.green(`✔ ${counted}: no problems found.`));
	else {
		const parts = [`${errors} error${errors === 1 ? "" : "s"}`, `${warnings} warning${warnings === 1 ? "" : "s"}`];
		const line = `${errors ? "✖" : "⚠"} ${counted}: ${parts.join(", ")}.`;
		out.push(errors ? c.red.bold(line) : c.yellow.bold(line));
		if (errors) out.push("Errors must be fixed before the change can be merged. Warnings are reminders.");
	}
	return `${out.join("\n")}\n`;
};
export { pretty };
