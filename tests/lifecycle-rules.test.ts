/**
 * The embed-and-sustain rules (issue 12): lifecycle/embedded, lifecycle/evaluation-due,
 * dates/order and lesson/empty-section, each with failing and passing cases, asserting line and
 * column. Table-driven: the cases are data.
 */
import { describe, expect, it } from 'vitest';
import { check, where } from './helpers/check.js';
import { lesson } from './helpers/repo.js';

const FULL_BODY = `
## What happened

A pending insulin dose was not visible after a ward transfer.

## What we learned

The handover screen did not show pending doses.

## What we changed

Pending doses now show on the handover screen.
`;

const APPROVED = 'approved_by: Patient Safety Group\napproved_on: 2026-10-10\n';
const SHARED = `${APPROVED}shared:\n  - {channel: bulletin, date: 2026-10-20}\nevaluate_by: 2027-01-31\n`;
const EVALUATION = 'evaluation:\n  date: 2026-11-15\n  method: re-audit\n  result: 19 of 20 transfers had pending doses given on time.\n';

/** A lesson with `status` and extra front-matter lines; line 7 is `status:`. */
function entry(status: string, extra: string, body = FULL_BODY): string {
  return lesson('LL-1', extra, body).replace('status: draft', `status: ${status}`);
}

interface Case {
  name: string;
  rule: string;
  text: string;
  /** `line:column path` of each problem of the rule; [] for a passing case. */
  expected: string[];
  today?: string;
}

const CASES: Case[] = [
  // lifecycle/embedded
  { name: 'embedded without an evaluation', rule: 'lifecycle/embedded', text: entry('embedded', SHARED), expected: ['LL-1.md:7:9 status'] },
  { name: 'embedded with an evaluation missing its result', rule: 'lifecycle/embedded', text: entry('embedded', `${SHARED}evaluation:\n  date: 2026-11-15\n  method: re-audit\n  result: ""\n`), expected: ['LL-1.md:7:9 status'] },
  { name: 'embedded with a whole evaluation', rule: 'lifecycle/embedded', text: entry('embedded', SHARED + EVALUATION), expected: [] },
  { name: 'shared needs no evaluation', rule: 'lifecycle/embedded', text: entry('shared', SHARED), expected: [] },
  // lifecycle/evaluation-due
  { name: 'shared, evaluate_by passed', rule: 'lifecycle/evaluation-due', text: entry('shared', SHARED), today: '2027-02-01', expected: ['LL-1.md:14:14 evaluate_by'] },
  { name: 'shared, evaluate_by today', rule: 'lifecycle/evaluation-due', text: entry('shared', SHARED), today: '2027-01-31', expected: [] },
  { name: 'embedded, evaluate_by passed (already evaluated)', rule: 'lifecycle/evaluation-due', text: entry('embedded', SHARED + EVALUATION), today: '2027-02-01', expected: [] },
  // dates/order
  { name: 'approved before created', rule: 'dates/order', text: entry('approved', 'approved_by: Patient Safety Group\napproved_on: 2026-09-30\n'), expected: ['LL-1.md:11:14 approved_on'] },
  { name: 'approved in the future', rule: 'dates/order', text: entry('approved', 'approved_by: Patient Safety Group\napproved_on: 2026-12-01\n'), expected: ['LL-1.md:11:14 approved_on'] },
  { name: 'shared before approved', rule: 'dates/order', text: entry('shared', `${APPROVED}shared:\n  - {channel: bulletin, date: 2026-10-20}\n  - {channel: intranet, date: 2026-10-09}\nevaluate_by: 2027-01-31\n`), expected: ['LL-1.md:14:31 shared.1.date'] },
  { name: 'evaluate_by before approved', rule: 'dates/order', text: entry('shared', `${APPROVED}shared:\n  - {channel: bulletin, date: 2026-10-20}\nevaluate_by: 2026-10-01\n`), expected: ['LL-1.md:14:14 evaluate_by'] },
  { name: 'an action completed in the future', rule: 'dates/order', text: entry('draft', 'actions:\n  - {description: Change the screen, owner: Ward Manager, due: 2026-12-01, status: done, completed: 2026-11-22}\n'), expected: ['LL-1.md:11:101 actions.0.completed'] },
  { name: 'an evaluation in the future', rule: 'dates/order', text: entry('embedded', `${SHARED}evaluation:\n  date: 2026-12-15\n  method: re-audit\n  result: Not yet.\n`), expected: ['LL-1.md:16:9 evaluation.date'] },
  { name: 'dates in order', rule: 'dates/order', text: entry('embedded', SHARED + EVALUATION), expected: [] },
  // lesson/empty-section
  { name: 'approved with What we learned only guidance', rule: 'lesson/empty-section', text: entry('approved', APPROVED, FULL_BODY.replace('The handover screen did not show pending doses.', '<!-- What did this show about how our\n     systems work? -->')), expected: ['LL-1.md:18:1'] },
  { name: 'approved with What we changed empty', rule: 'lesson/empty-section', text: entry('approved', APPROVED, FULL_BODY.replace('Pending doses now show on the handover screen.\n', '')), expected: ['LL-1.md:22:1'] },
  { name: 'approved without a What happened heading', rule: 'lesson/empty-section', text: entry('approved', APPROVED, FULL_BODY.replace('## What happened', '## Background')), expected: ['LL-1.md:7:9 status'] },
  { name: 'approved with text in every section', rule: 'lesson/empty-section', text: entry('approved', APPROVED), expected: [] },
  { name: 'a draft may still be the template', rule: 'lesson/empty-section', text: entry('draft', '', '\n## What happened\n\n<!-- guidance -->\n'), expected: [] },
];

describe('embed and sustain rules', () => {
  it.each(CASES)('$rule: $name', ({ rule, text, expected, today }) => {
    const problems = check({ 'lessons/learning/LL-1.md': text }, undefined, today);
    expect(where(problems, rule)).toEqual(expected);
    if (expected.length === 0) expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports evaluation-due as a warning and the others as errors', () => {
    const problems = check({ 'lessons/learning/LL-1.md': entry('shared', SHARED) }, undefined, '2027-02-01');
    expect(problems.find((p) => p.rule === 'lifecycle/evaluation-due')?.severity).toBe('warning');
    const embedded = check({ 'lessons/learning/LL-1.md': entry('embedded', SHARED) });
    expect(embedded.find((p) => p.rule === 'lifecycle/embedded')?.severity).toBe('error');
  });
});
