import { visible } from './terminal.js';
/** The colour of each tone (ANSI foreground codes; 39 is the default colour again). */
const TONE_CODES = { overdue: 31, 'due-soon': 33 };
/** The header and rows as lines, ending with a newline; the last column is not padded. */
export function textTable(header, cells, opts) {
    // Cells hold values from files: control characters are shown as codes (issue 11.4), before the
    // widths are measured, so that nothing in a cell can move the cursor or break the layout.
    const rows = cells.map((r) => r.map(visible));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const maxWidth = opts.out.isTTY ? (opts.out.columns ?? 120) : Infinity;
    const fmt = (r) => {
        const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
        return line.length > maxWidth ? `${line.slice(0, maxWidth - 1)}…` : line;
    };
    const paint = (line, i) => {
        const tone = opts.colour ? opts.tone?.(i) : undefined;
        return tone ? `\u001b[${TONE_CODES[tone]}m${line}\u001b[39m` : line;
    };
    return `${[fmt(header), ...rows.map((r, i) => paint(fmt(r), i))].join('\n')}\n`;
}
