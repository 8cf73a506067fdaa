/**
 * One failing and one passing case per rule of docs/rules.md (content-safety rules have their own
 * file), each asserting where the problem is reported.
 */
import { describe, expect, it } from 'vitest';
import { check, where } from './helpers/check.js';
import { incident, lesson, policy } from './helpers/repo.js';

const L = 'lessons/learning/';
const I = 'lessons/incidents/';
const P = 'lessons/policies/';

describe('clean entries', () => {
  it('produce no problems', () => {
    const problems = check({
      [`${L}LL-1.md`]: lesson('LL-1', 'sources: [INC-1]\n'),
      [`${I}INC-1.md`]: incident('INC-1'),
      [`${P}POL-1.md`]: policy('POL-1'),
    });
    expect(problems).toEqual([]);
  });
});

describe('schema', () => {
  it('points a missing required field at line 1', () => {
    const text = lesson('LL-1').replace('summary: Pending doses now show on the handover screen.\n', '');
    const problems = check({ [`${L}LL-1.md`]: text });
    expect(where(problems, 'schema')).toEqual(['LL-1.md:1:1 summary']);
    expect(problems[0].message).toMatch(/"summary" is missing\. Add it: one paragraph/);
  });
  it('points a wrong value at the value, with the allowed values', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1').replace('status: draft', 'status: aproved') });
    expect(where(problems, 'schema')).toEqual(['LL-1.md:7:9 status']);
    expect(problems[0].message).toContain('Did you mean "approved"?');
  });
  it('points an unknown key at the key and suggests the right one', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1', 'theme: [falls]\n') });
    expect(where(problems, 'schema')).toEqual(['LL-1.md:10:1 theme']);
    expect(problems[0].message).toContain('Did you mean "themes"?');
  });
  it('finds nested problems inside actions', () => {
    const text = lesson('LL-1', 'actions:\n  - description: Teach it\n    owner: Ward Manager\n    due: 2026-02-30\n    status: open\n');
    const problems = check({ [`${L}LL-1.md`]: text });
    expect(where(problems, 'schema')).toEqual(['LL-1.md:13:10 actions.0.due']);
    expect(problems[0].message).toMatch(/not a real date/);
  });
  it('asks for text in quotes when a version is written as a number', () => {
    const problems = check({ [`${P}POL-1.md`]: policy('POL-1').replace('version: "8.2"', 'version: 8.2') });
    expect(where(problems, 'schema')).toEqual(['POL-1.md:6:10 version']);
    expect(problems[0].message).toContain('Put the value in quotes');
  });
  it('requires document control on an authorised policy, pointing at status', () => {
    const text = policy('POL-1', 'ratified_by: Board\nratified_on: 2026-01-01\nimplemented_on: 2026-01-02\n').replace('status: draft', 'status: authorised');
    const problems = check({ [`${P}POL-1.md`]: text });
    expect(where(problems, 'schema')).toEqual(['POL-1.md:7:9 status']);
    expect(problems[0].message).toContain('"review_date"');
  });
  it('accepts a month for occurred and refuses a month that is not real', () => {
    expect(check({ [`${I}INC-1.md`]: incident('INC-1') })).toEqual([]);
    const problems = check({ [`${I}INC-1.md`]: incident('INC-1').replace('"2026-09"', '"2026-13"') });
    expect(where(problems, 'schema')).toEqual(['INC-1.md:6:11 occurred']);
  });
});

describe('type/unknown', () => {
  it('reports an unknown type at its value', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1').replace('type: lesson', 'type: lessen') });
    expect(where(problems, 'type/unknown')).toEqual(['LL-1.md:3:7 type']);
    expect(problems[0].message).toContain('Did you mean "lesson"?');
  });
  it('is quiet for the four types', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1'), [`${I}INC-1.md`]: incident('INC-1'), [`${P}POL-1.md`]: policy('POL-1') });
    expect(where(problems, 'type/unknown')).toEqual([]);
  });
});

describe('id/filename', () => {
  it('reports an id that differs from the file name', () => {
    const problems = check({ [`${L}LL-2.md`]: lesson('LL-1') });
    expect(where(problems, 'id/filename')).toEqual(['LL-2.md:2:5 id']);
  });
  it('reports a malformed id as a schema problem, not a path', () => {
    const problems = check({ [`${L}x.md`]: lesson('../../etc/passwd') });
    expect(where(problems, 'schema')).toEqual(['x.md:2:5 id']);
    expect(where(problems, 'id/filename')).toEqual([]);
  });
});

describe('id/duplicate', () => {
  it('reports both files', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1'), [`${L}sub/LL-1.md`]: lesson('LL-1') });
    expect(where(problems, 'id/duplicate')).toEqual(['LL-1.md:2:5 id', 'LL-1.md:2:5 id']);
    expect(problems.map((p) => p.file)).toEqual(['lessons/learning/LL-1.md', 'lessons/learning/sub/LL-1.md']);
  });
});

describe('ref/unresolved and ref/type', () => {
  it('reports a missing id and an id of the wrong type at the list item', () => {
    const problems = check({
      [`${L}LL-1.md`]: lesson('LL-1', 'sources: [INC-1, INC-404, POL-1]\n'),
      [`${I}INC-1.md`]: incident('INC-1'),
      [`${P}POL-1.md`]: policy('POL-1'),
    });
    expect(where(problems, 'ref/unresolved')).toEqual(['LL-1.md:10:18 sources.1']);
    expect(where(problems, 'ref/type')).toEqual(['LL-1.md:10:27 sources.2']);
  });
  it('checks the incident of a just culture review', () => {
    const review = `---
id: JC-1
type: just-culture-review
title: Review of a delayed escalation
incident: INC-9
guide: nhs-just-culture-guide-2018
date: 2026-03-25
answers: {"1a": "yes"}
path: ["1a"]
outcome: deliberate-harm
---
`;
    const problems = check({ 'lessons/reviews/JC-1.md': review });
    expect(where(problems, 'ref/unresolved')).toEqual(['JC-1.md:5:11 incident']);
  });
});

describe('ref/backlink', () => {
  it('reports an incident lesson that does not list the incident back', () => {
    const problems = check({
      [`${L}LL-1.md`]: lesson('LL-1'),
      [`${I}INC-1.md`]: incident('INC-1', 'lessons:\n  - LL-1\n'),
    });
    expect(where(problems, 'ref/backlink')).toEqual(['INC-1.md:11:5 lessons.0']);
  });
  it('is satisfied when the lesson lists the incident in sources', () => {
    const problems = check({
      [`${L}LL-1.md`]: lesson('LL-1', 'sources: [INC-1]\n'),
      [`${I}INC-1.md`]: incident('INC-1', 'lessons:\n  - LL-1\n'),
    });
    expect(problems).toEqual([]);
  });
});

describe('taxonomy/unknown', () => {
  it('reports values outside the configured lists', () => {
    const problems = check({
      [`${L}LL-1.md`]: lesson('LL-1', 'services: [adult-inpatient, theatres]\naudience: [nurses]\n').replace('[medication-safety]', '[medication-safety, handovr]'),
      [`${I}INC-1.md`]: incident('INC-1').replace('service: adult-inpatient', 'service: icu'),
    });
    expect(where(problems, 'taxonomy/unknown')).toEqual([
      'INC-1.md:7:10 service',
      'LL-1.md:9:29 themes.1',
      'LL-1.md:10:29 services.1',
      'LL-1.md:11:12 audience.0',
    ]);
    expect(problems.find((p) => p.path === 'themes.1')?.message).toContain('Did you mean "handover"?');
  });
  it('allows anything when the config has no list', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1').replace('[medication-safety]', '[anything-goes]') }, 'organisation: X\n');
    expect(problems).toEqual([]);
  });
});

describe('lifecycle', () => {
  const approved = 'approved_by: Medicines Safety Group\napproved_on: 2026-10-10\n';
  const shared = 'shared:\n  - {channel: bulletin, date: 2026-10-20}\nevaluate_by: 2027-04-30\n';
  it('lifecycle/approval: approved without approver points at status', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1').replace('status: draft', 'status: approved') });
    expect(where(problems, 'lifecycle/approval')).toEqual(['LL-1.md:7:9 status']);
    expect(problems[0].message).toContain('"approved_by" and "approved_on"');
  });
  it('lifecycle/shared: shared without shared list or evaluate_by points at status', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1', approved).replace('status: draft', 'status: embedded') });
    expect(where(problems, 'lifecycle/shared')).toEqual(['LL-1.md:7:9 status']);
  });
  it('is satisfied by the fields, and does not apply to drafts or archived lessons', () => {
    expect(check({ [`${L}LL-1.md`]: lesson('LL-1', approved + shared).replace('status: draft', 'status: shared') })).toEqual([]);
    expect(check({ [`${L}LL-1.md`]: lesson('LL-1').replace('status: draft', 'status: archived') })).toEqual([]);
  });
});

describe('public/summary', () => {
  it('reports public without a summary at public', () => {
    const problems = check({ [`${L}LL-1.md`]: lesson('LL-1', 'public: true\n') });
    expect(where(problems, 'public/summary')).toEqual(['LL-1.md:10:9 public']);
  });
  it('is satisfied by a public summary', () => {
    expect(check({ [`${L}LL-1.md`]: lesson('LL-1', 'public: true\npublic_summary: We now show every dose that is due.\n') })).toEqual([]);
  });
});

describe('action/overdue', () => {
  const action = (due: string, status: string) =>
    lesson('LL-1', `actions:\n  - description: Teach the new view\n    owner: Ward Manager\n    due: ${due}\n    status: ${status}\n`);
  it('warns about an open action past its due date, at the due date', () => {
    const problems = check({ [`${L}LL-1.md`]: action('2026-11-20', 'open') });
    expect(where(problems, 'action/overdue')).toEqual(['LL-1.md:13:10 actions.0.due']);
    expect(problems[0].severity).toBe('warning');
  });
  it('is quiet for actions due today, done or cancelled', () => {
    expect(check({ [`${L}LL-1.md`]: action('2026-11-21', 'open') })).toEqual([]);
    expect(check({ [`${L}LL-1.md`]: action('2026-01-01', 'done') })).toEqual([]);
    expect(check({ [`${L}LL-1.md`]: action('2026-01-01', 'cancelled') })).toEqual([]);
  });
  it('follows the pinned clock', () => {
    expect(check({ [`${L}LL-1.md`]: action('2026-11-20', 'open') }, undefined, '2026-11-19')).toEqual([]);
  });
});

describe('policy review dates', () => {
  const authorised = (review: string) =>
    policy('POL-1', `ratified_by: Board\nratified_on: 2024-01-01\nimplemented_on: 2024-01-02\nreview_date: ${review}\n`).replace('status: draft', 'status: authorised');
  it('policy/review-overdue: past the review date', () => {
    const problems = check({ [`${P}POL-1.md`]: authorised('2026-11-01') });
    expect(where(problems, 'policy/review-overdue')).toEqual(['POL-1.md:14:14 review_date']);
  });
  it('policy/review-due: within review_warning_days', () => {
    const problems = check({ [`${P}POL-1.md`]: authorised('2027-02-19') });
    expect(where(problems, 'policy/review-due')).toEqual(['POL-1.md:14:14 review_date']);
  });
  it('is quiet beyond the warning window, and for policies that are not authorised', () => {
    expect(check({ [`${P}POL-1.md`]: authorised('2027-02-20') })).toEqual([]);
    expect(check({ [`${P}POL-1.md`]: policy('POL-1', 'review_date: 2020-01-01\n') })).toEqual([]);
  });
  it('uses the configured warning window', () => {
    const problems = check({ [`${P}POL-1.md`]: authorised('2027-02-19') }, 'policy:\n  review_warning_days: 30\n');
    expect(problems).toEqual([]);
  });
});

describe('file and front-matter rules', () => {
  it('file/binary, frontmatter/missing and yaml/syntax', () => {
    const problems = check({
      [`${L}bin.md`]: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]),
      [`${L}none.md`]: '# Just a heading\n',
      [`${L}list.md`]: '---\n- a\n- b\n---\n',
      [`${L}dup.md`]: '---\nid: dup\ntype: lesson\nid: again\n---\n',
    });
    expect(where(problems, 'file/binary')).toEqual(['bin.md:1:1']);
    expect(where(problems, 'frontmatter/missing')).toEqual(['list.md:1:1', 'none.md:1:1']);
    expect(where(problems, 'yaml/syntax')).toEqual(['dup.md:4:1']);
    expect(problems.find((p) => p.rule === 'yaml/syntax')?.message).toBe('"id" appears twice in the front-matter. Keep one of them.');
  });
  it('file/too-large: not parsed', () => {
    const problems = check({ [`${L}big.md`]: lesson('big') + 'x'.repeat(2000) }, 'limits:\n  max_file_bytes: 1000\n');
    expect(where(problems, 'file/too-large')).toEqual(['big.md:1:1']);
    expect(problems).toHaveLength(1);
  });
});
