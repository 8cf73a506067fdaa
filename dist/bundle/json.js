// dist/reporters/json.js
const json = (report) => `${JSON.stringify({
	summary: report.summary,
	problems: report.problems.map((p) => ({
		file: p.file,
		line: p.line,
		column: p.column,
		severity: p.severity,
		rule: p.rule,
		message: p.message,
		path: p.path
	}))
})}\n`;
export { json };
