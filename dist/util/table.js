/** The header and rows as lines, ending with a newline; the last column is not padded. */
export function textTable(header, rows, opts) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const maxWidth = opts.out.isTTY ? (opts.out.columns ?? 120) : Infinity;
    const fmt = (r) => {
        const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
        return line.length > maxWidth ? `${line.slice(0, maxWidth - 1)}…` : line;
    };
    return `${[fmt(header), ...rows.map((r, i) => (opts.paint ? opts.paint(fmt(r), i) : fmt(r)))].join('\n')}\n`;
}
