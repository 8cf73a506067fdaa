import { setFlagsFromString } from "node:v8";
// dist/util/compiler.js
let done = false;
function tuneCompiler() {
	if (done) return;
	done = true;
	if (Number(process.versions.node.split(".")[0]) > 24 || process.execArgv.some((a) => a.startsWith("--max-inlined-bytecode-size"))) return;
	setFlagsFromString("--max-inlined-bytecode-size-cumulative=150");
}
export { tuneCompiler as t };
