// dist/reporters/index.js
async function loadReporter(format) {
	switch (format) {
		case "json": return (await import("./json-BwMdDAC_.js")).json;
		case "github": return (await import("./github-2W6RKy4d.js")).github;
		case "sarif": return (await import("./sarif-qXheaj-a.js")).sarif;
		case "junit": return (await import("./junit-DV_nCQ9J.js")).junit;
		default: return (await import("./pretty-Dlf0fGvZ.js")).pretty;
	}
}
export { loadReporter };
