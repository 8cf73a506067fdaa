/**
 * Editing front-matter in place (src/authoring/edit.ts): only the nodes that change are
 * re-written; comments, folded text, flow lists, key order, CRLF and BOM stay as they were.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/cli.js';
import { parse } from 'yaml';
import { EntryEditor } from '../src/authoring/edit.js';
import { LESSON_FIELDS } from '../src/authoring/lifecycle.js';

const LESSON = `---
id: LL-1
type: lesson
# The title is what staff see first.
title: Insulin doses at ward transfer
summary: >-
  When a patient moved ward, a pending insulin dose was not visible to the receiving team. The
  handover screen now shows pending doses.
kind: improvement
status: in-review   # moved by the lessons team
created: 2026-10-01
themes: [medication-safety, handover]
sources: [INC-1]
actions:
  - description: Show pending doses on the handover screen.
    owner: Chief Nursing Information Officer
    due: 2026-12-01
    status: open
  - {description: Audit transfers, owner: Ward Manager, due: 2027-01-15, status: open}
shared:
  - {channel: bulletin, date: 2026-11-01}
---

## What happened

Body text stays.
`;

function fm(text: string): Record<string, unknown> {
  return parse(text.split('\n---\n')[0].replace(/^\uFEFF?---\r?\n/, '')) as Record<string, unknown>;
}

/** The lines of `after` that are not in `before` (and the reverse). */
function diff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('EntryEditor', () => {
  it('changes one scalar and nothing else, keeping its comment', () => {
    const e = new EntryEditor(LESSON, LESSON_FIELDS);
    e.set(['status'], 'approved');
    expect(diff(LESSON, e.result())).toEqual({ added: ['status: approved   # moved by the lessons team'], removed: ['status: in-review   # moved by the lessons team'] });
    expect(e.changes).toEqual([{ path: 'status', from: 'in-review', to: 'approved' }]);
  });

  it('inserts new keys in the order of the fields, without touching the folded summary', () => {
    const e = new EntryEditor(LESSON, LESSON_FIELDS);
    e.set(['approved_by'], 'Patient Safety Group');
    e.set(['approved_on'], '2026-11-20');
    e.set(['evaluate_by'], '2027-05-01');
    const out = e.result();
    expect(diff(LESSON, out).removed).toEqual([]);
    expect(out).toContain('  - {description: Audit transfers, owner: Ward Manager, due: 2027-01-15, status: open}\napproved_by: Patient Safety Group\napproved_on: 2026-11-20\nshared:\n  - {channel: bulletin, date: 2026-11-01}\nevaluate_by: 2027-05-01\n---\n');
  });

  it('appends to block and flow lists in their own style', () => {
    const e = new EntryEditor(LESSON, LESSON_FIELDS);
    e.append(['shared'], { channel: 'team-meeting', date: '2026-11-10' });
    e.append(['sources'], 'INC-2');
    e.append(['policies'], 'POL-1');
    const out = e.result();
    expect(out).toContain('shared:\n  - {channel: bulletin, date: 2026-11-01}\n  - {channel: team-meeting, date: 2026-11-10}\n---');
    expect(out).toContain('sources: [INC-1, INC-2]\npolicies: [POL-1]\nactions:');
    expect(diff(LESSON, out).removed).toEqual(['sources: [INC-1]']);
  });

  it('edits a field of a block action and of a flow action, and adds a block action', () => {
    const e = new EntryEditor(LESSON, LESSON_FIELDS);
    e.set(['actions', 0, 'status'], 'done');
    e.set(['actions', 0, 'completed'], '2026-11-19');
    e.set(['actions', 1, 'status'], 'cancelled');
    e.append(['actions'], { description: 'Re-audit in spring.', owner: 'Head of Patient Safety', due: '2027-04-30', status: 'open', measure: 'Pending doses given within 1 hour' });
    const out = e.result();
    expect(out).toContain('    due: 2026-12-01\n    status: done\n    completed: 2026-11-19\n  - {description: Audit transfers, owner: Ward Manager, due: 2027-01-15, status: cancelled}\n  - description: Re-audit in spring.\n    owner: Head of Patient Safety\n    due: 2027-04-30\n    status: open\n    measure: Pending doses given within 1 hour\nshared:');
    expect((fm(out).actions as unknown[]).length).toBe(3);
  });

  it('writes a new mapping as a block and replaces a folded scalar', () => {
    const e = new EntryEditor(LESSON, LESSON_FIELDS);
    e.set(['evaluation'], { date: '2027-05-02', method: 're-audit', result: 'Pending doses were given on time in 19 of 20 transfers: the measure is met.' });
    e.set(['summary'], 'Pending insulin doses now show on the handover screen.');
    const out = e.result();
    expect(out).toContain('\nevaluation:\n  date: 2027-05-02\n  method: re-audit\n  result: "Pending doses were given on time in 19 of 20 transfers: the measure is met."\n---');
    expect(out).toContain('title: Insulin doses at ward transfer\nsummary: Pending insulin doses now show on the handover screen.\nkind: improvement\n');
    expect(out.endsWith('## What happened\n\nBody text stays.\n')).toBe(true);
  });

  it('keeps CRLF line ends and a BOM', () => {
    const crlf = `\uFEFF${LESSON.replace(/\n/g, '\r\n')}`;
    const e = new EntryEditor(crlf, LESSON_FIELDS);
    e.set(['status'], 'approved');
    e.set(['approved_by'], 'Patient Safety Group');
    const out = e.result();
    expect(out.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fm(out.replace(/\r\n/g, '\n')).approved_by).toBe('Patient Safety Group');
  });

  it('quotes values that YAML would read as something else', () => {
    const e = new EntryEditor(LESSON, LESSON_FIELDS);
    e.set(['approved_by'], 'Group: patient safety # and learning');
    e.set(['title'], 'yes');
    const data = fm(e.result());
    expect(data.approved_by).toBe('Group: patient safety # and learning');
    expect(data.title).toBe('yes');
  });

  it('keeps a block list block and a flow list flow when replacing it', () => {
    const text = LESSON.replace('themes: [medication-safety, handover]\n', 'themes:\n  - medication-safety\n  - handover\n');
    const e = new EntryEditor(text, LESSON_FIELDS);
    e.set(['themes'], ['medication-safety', 'handover', 'falls']);
    e.set(['sources'], ['INC-1', 'INC-3']);
    expect(e.result()).toContain('themes:\n  - medication-safety\n  - handover\n  - falls\nsources: [INC-1, INC-3]\n');
  });
});

describe('EntryEditor on every sample lesson', () => {
  const dir = path.join(PROJECT, 'lessons/learning');
  it.each(readdirSync(dir))('%s: changes only what it is asked to change', (name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const e = new EntryEditor(text, LESSON_FIELDS);
    const before = e.data;
    e.set(['status'], before.status === 'archived' ? 'draft' : 'archived');
    e.set(['updated'], '2026-11-30');
    e.append(['shared'], { channel: 'intranet', date: '2026-11-30' });
    e.set(['evaluation'], { date: '2026-11-30', method: 'observation', result: 'Seen in practice on 9 of 10 visits.' });
    const after = fm(e.result());
    expect(after).toEqual({
      ...before,
      status: before.status === 'archived' ? 'draft' : 'archived',
      updated: '2026-11-30',
      shared: [...((before.shared as unknown[]) ?? []), { channel: 'intranet', date: '2026-11-30' }],
      evaluation: { date: '2026-11-30', method: 'observation', result: 'Seen in practice on 9 of 10 visits.' },
    });
    // Every line that was there and is not one of those fields is still there, in order.
    const kept = text.split('\n').filter((l) => !/^(status|updated):/.test(l) && !/^evaluation:|^  (date|method|result): /.test(l));
    const out = e.result().split('\n');
    let i = 0;
    for (const line of out) if (line === kept[i]) i++;
    expect(i).toBe(kept.length);
  });
});
