import { readFileSync } from "node:fs";
// dist/version.js
let cached;
function version() {
	if (cached === void 0) try {
		cached = JSON.parse(readFileSync(new URL("../package.json", new URL("../version.js", import.meta.url).href), "utf8")).version;
	} catch {
		cached = "0.0.0";
	}
	return cached;
}
export { version as t };
