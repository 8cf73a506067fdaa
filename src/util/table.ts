/** Tables for the terminal (`list`, `actions`, `deadlines`): columns padded to line up, lines cut to the terminal's width. */
import type { OutStream } from '../io.js';
import { visible } from './terminal.js';

export interface TextTableOptions {
  /** The stream it is written to: on a terminal, lines are cut to its width. */
  out: OutStream;
  /** Whether the stream takes colour (the caller knows: `--color`, NO_COLOR, a terminal). */
  colour?: boolean;
  /** How a row (by its index in `rows`) stands out in colour: overdue in red, due soon in yellow. */
  tone?: (row: number) => 'overdue' | 'due-soon' | undefined;
}

/** The colour of each tone (ANSI foreground codes; 39 is the default colour again). */
const TONE_CODES = { overdue: 31, 'due-soon': 33 } as const;

/** The header and rows as lines, ending with a newline; the last column is not padded. */
export function textTable(header: readonly string[], cells: readonly (readonly string[])[], opts: TextTableOptions): string {
  // Cells hold values from files: control characters are shown as codes (issue 11.4), before the
  // widths are measured, so that nothing in a cell can move the cursor or break the layout.
  const rows = cells.map((r) => r.map(visible));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const maxWidth = opts.out.isTTY ? (opts.out.columns ?? 120) : Infinity;
  const fmt = (r: readonly string[]) => {
    const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return line.length > maxWidth ? `${line.slice(0, maxWidth - 1)}…` : line;
  };
  const paint = (line: string, i: number) => {
    const tone = opts.colour ? opts.tone?.(i) : undefined;
    return tone ? `\u001b[${TONE_CODES[tone]}m${line}\u001b[39m` : line;
  };
  return `${[fmt(header), ...rows.map((r, i) => paint(fmt(r), i))].join('\n')}\n`;
}
