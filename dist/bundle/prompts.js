import { o as UsageError, r as InterruptedError } from "./errors.js";
import { m as visible, p as unguarded } from "./values.js";
// dist/util/prompts.js
function safeChoice(c) {
	return {
		...c,
		name: visible(c.name),
		...c.description === void 0 ? {} : { description: visible(c.description) }
	};
}
function shown(r) {
	return r === true ? r : visible(r);
}
function isInteractive(io) {
	return Boolean(io.stdin.isTTY && io.stdout.isTTY);
}
async function openPrompter(io, missing) {
	if (!isInteractive(io)) throw new UsageError(`this needs answers and there is no terminal to ask them on. Pass ${missing}.`);
	const [inquirer, core, chooser] = await Promise.all([
		import("./dist3.js"),
		import("./dist2.js").then((n) => n.t),
		import("./choose.js")
	]);
	const context = {
		input: io.stdin,
		output: unguarded(io.stdout),
		clearPromptOnDone: false
	};
	const guard = async (p) => {
		try {
			return await p;
		} catch (err) {
			if (err instanceof core.ExitPromptError || err instanceof core.AbortPromptError) throw new InterruptedError();
			throw err;
		}
	};
	return {
		input: (o) => guard(inquirer.input({
			message: visible(o.message),
			default: o.default,
			validate: o.validate ? (v) => shown(o.validate(v)) : void 0
		}, context)),
		select: (o) => guard(inquirer.select({
			message: visible(o.message),
			choices: o.choices.map(safeChoice),
			default: o.default
		}, context)),
		choose: (o) => guard(chooser.choose({
			message: visible(o.message),
			choices: o.choices.map(safeChoice)
		}, context)),
		checkbox: (o) => guard(inquirer.checkbox({
			message: visible(o.message),
			choices: o.choices.map(safeChoice),
			validate: o.validate ? (items) => shown(o.validate(items.map((i) => i.value))) : void 0
		}, context)),
		confirm: (o) => guard(inquirer.confirm({
			message: visible(o.message),
			default: o.default
		}, context))
	};
}
export { openPrompter as n, isInteractive as t };
