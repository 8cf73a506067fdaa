// dist/reporters/index.js
async function loadReporter(format) {
	switch (format) {
		case "json": return (await import("./json.js")).json;
		case "github": return (await import("./github.js")).github;
		case "sarif": return (await import("./sarif.js")).sarif;
		case "junit": return (await import("./junit.js")).junit;
		default: return (await import("./pretty.js")).pretty;
	}
}
export { loadReporter };
