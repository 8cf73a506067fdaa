/** Terminal tables (`list`, `actions`, `deadlines`): columns line up, and rows stand out in colour only when asked. */
import { describe, expect, it } from 'vitest';
import { textTable } from '../src/util/table.js';

const out = { isTTY: false, write: () => true } as unknown as Parameters<typeof textTable>[2]['out'];

describe('textTable', () => {
  it('lines the columns up and leaves the last one unpadded', () => {
    expect(textTable(['DUE', 'TITLE'], [['2026-11-01', 'Falls'], ['-', 'Handover']], { out })).toBe('DUE         TITLE\n2026-11-01  Falls\n-           Handover\n');
  });

  it('colours overdue rows red and due-soon rows yellow when colour is on, and nothing when it is off', () => {
    const rows = [['a'], ['b'], ['c']];
    const tone = (i: number) => (['overdue', 'due-soon', undefined] as const)[i];
    expect(textTable(['X'], rows, { out, colour: true, tone })).toBe('X\n\u001b[31ma\u001b[39m\n\u001b[33mb\u001b[39m\nc\n');
    expect(textTable(['X'], rows, { out, colour: false, tone })).toBe('X\na\nb\nc\n');
  });

  it('shows control characters in cells as codes, so a cell cannot colour or move the terminal itself', () => {
    expect(textTable(['X'], [['\u001b[31mred']], { out })).not.toContain('\u001b');
  });
});
