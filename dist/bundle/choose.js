import { _ as isEnterKey, g as isDownKey, l as usePrefix, o as useKeypress, p as useState, r as createPrompt, u as makeTheme, v as isNumberKey, x as isUpKey } from "./dist2.js";
// dist/util/choose.js
const NOTHING_CHOSEN = "Nothing is chosen yet. Choose with the arrow keys, a number or the first letter, then press Enter.";
function keyChoice(names, key) {
	if (/^[1-9]$/.test(key)) {
		const i = Number(key) - 1;
		return i < names.length ? i : void 0;
	}
	const k = key.toLowerCase();
	if (!/^[a-z]$/.test(k)) return void 0;
	const matches = names.map((n, i) => n.trim().toLowerCase().startsWith(k) ? i : -1).filter((i) => i >= 0);
	return matches.length === 1 ? matches[0] : void 0;
}
const choose = createPrompt((config, done) => {
	const theme = makeTheme({});
	const [status, setStatus] = useState("idle");
	const [active, setActive] = useState(void 0);
	const [error, setError] = useState(void 0);
	const prefix = usePrefix({
		status,
		theme
	});
	const items = config.choices;
	const names = items.map((c) => c.name);
	useKeypress((key, rl) => {
		if (isEnterKey(key)) {
			if (active === void 0) {
				setError(NOTHING_CHOSEN);
				rl.clearLine(0);
				return;
			}
			setStatus("done");
			done(items[active].value);
			return;
		}
		setError(void 0);
		if (isUpKey(key) || isDownKey(key)) {
			const step = isUpKey(key) ? -1 : 1;
			const from = active ?? (step === 1 ? -1 : items.length);
			setActive((from + step + items.length) % items.length);
			rl.clearLine(0);
			return;
		}
		const typed = isNumberKey(key) ? key.name : key.name ?? "";
		const chosen = keyChoice(names, typed);
		if (chosen !== void 0) setActive(chosen);
		rl.clearLine(0);
	});
	const message = theme.style.message(config.message, status);
	if (status === "done" && active !== void 0) return [
		prefix,
		message,
		theme.style.answer(items[active].name)
	].filter(Boolean).join(" ");
	const lines = items.map((c, i) => `${i === active ? theme.style.highlight(`❯ (•) ${c.name}`) : `  ( ) ${c.name}`}`);
	const description = active !== void 0 ? items[active].description : void 0;
	return [
		[prefix, message].filter(Boolean).join(" "),
		...lines,
		description ? theme.style.help(description) : "",
		error ? theme.style.error(error) : theme.style.help("↑↓, a number or a first letter to choose, ⏎ to answer")
	].filter(Boolean).join("\n");
});
export { NOTHING_CHOSEN, choose, keyChoice };
