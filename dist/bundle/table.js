import { m as visible } from "./values.js";
// dist/util/table.js
const TONE_CODES = {
	overdue: 31,
	"due-soon": 33
};
function textTable(header, cells, opts) {
	const rows = cells.map((r) => r.map(visible));
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const maxWidth = opts.out.isTTY ? opts.out.columns ?? 120 : Infinity;
	const fmt = (r) => {
		const line = r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ");
		return line.length > maxWidth ? `${line.slice(0, maxWidth - 1)}…` : line;
	};
	const paint = (line, i) => {
		const tone = opts.colour ? opts.tone?.(i) : void 0;
		return tone ? `\u001b[${TONE_CODES[tone]}m${line}\u001b[39m` : line;
	};
	return `${[fmt(header), ...rows.map((r, i) => paint(fmt(r), i))].join("\n")}\n`;
}
export { textTable as t };
