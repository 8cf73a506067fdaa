import { a as RefusedError, o as UsageError } from "./errors.js";
import { a as outputTarget } from "./inside.js";
import { n as schemaNames, t as jsonSchema } from "./json-schema.js";
import { writeFileAtomic } from "./write.js";
import path from "node:path";
import { mkdirSync } from "node:fs";
// dist/commands/schema.js
async function run(ctx, type, opts) {
	const known = schemaNames();
	if (type !== void 0 && !known.includes(type)) throw new UsageError(`"${type}" is not a type. Use one of: ${known.join(", ")}.`);
	const names = type ? [type] : known;
	if (opts.out) {
		const dir = path.resolve(ctx.start, opts.out);
		mkdirSync(dir, { recursive: true });
		for (const name of names) {
			const target = outputTarget(path.join(dir, `${name}.schema.json`));
			if ("error" in target) throw new RefusedError(`Refusing to write ${name}.schema.json in ${opts.out}: something other than a regular file has that name, and lessons never replaces one.`);
			const file = target.real;
			writeFileAtomic(file, `${JSON.stringify(jsonSchema(name), null, 2)}\n`, { overwrite: true });
			if (!ctx.globals.quiet) ctx.io.stdout.write(`${path.relative(ctx.start, file) || file}\n`);
		}
		return 0;
	}
	const doc = type ? jsonSchema(type) : Object.fromEntries(names.map((n) => [n, jsonSchema(n)]));
	ctx.io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
	return 0;
}
export { run };
