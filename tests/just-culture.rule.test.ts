/** `just-culture/outcome`: a review's path and outcome must be what the guide gives for its answers. */
import { describe, expect, it } from 'vitest';
import { check, where } from './helpers/check.js';
import { incident } from './helpers/repo.js';

const I = 'lessons/incidents/';
const R = 'lessons/reviews/';

/** A just culture review; `answers` are YAML lines under `answers:`. */
function review(id: string, answers: string, pathLine: string, outcome: string): string {
  return `---
id: ${id}
type: just-culture-review
title: Just culture guide review of a delayed escalation
incident: INC-1
guide: nhs-just-culture-guide-2018
date: 2026-03-25
answers:
${answers}path: ${pathLine}
outcome: ${outcome}
---

Notes.
`;
}

const SYSTEM_FOCUS_ANSWERS = '  "1a": "no"\n  "2a": "no"\n  "2b": "no"\n  "2c": "no"\n  "3a": "yes"\n  "3b": "no"\n';
const SYSTEM_FOCUS_PATH = '["1a", "2a", "2b", "2c", "3a", "3b"]';

describe('just-culture/outcome', () => {
  it('passes a review whose path and outcome follow from its answers', () => {
    const problems = check({ [`${I}INC-1.md`]: incident('INC-1'), [`${R}JC-1.md`]: review('JC-1', SYSTEM_FOCUS_ANSWERS, SYSTEM_FOCUS_PATH, 'system-focus') });
    expect(problems).toEqual([]);
  });

  it('reports an outcome the answers do not reach, at the outcome, saying what the guide gives', () => {
    const problems = check({ [`${I}INC-1.md`]: incident('INC-1'), [`${R}JC-1.md`]: review('JC-1', SYSTEM_FOCUS_ANSWERS, SYSTEM_FOCUS_PATH, 'mitigation') });
    expect(where(problems, 'just-culture/outcome')).toEqual(['JC-1.md:16:10 outcome']);
    expect(problems[0].message).toBe(
      'With these answers the guide goes 1a → 2a → 2b → 2c → 3a → 3b and reaches system-focus, but outcome is mitigation. Check the answers, or set outcome to system-focus.',
    );
  });

  it('reports a path that is not the one the answers take, at the path', () => {
    const problems = check({ [`${I}INC-1.md`]: incident('INC-1'), [`${R}JC-1.md`]: review('JC-1', SYSTEM_FOCUS_ANSWERS, '["1a", "3a", "3b"]', 'system-focus') });
    expect(where(problems, 'just-culture/outcome')).toEqual(['JC-1.md:15:7 path']);
    expect(problems[0].message).toContain('but path is 1a → 3a → 3b. Set path to ["1a", "2a", "2b", "2c", "3a", "3b"].');
  });

  it('reports an answer missing for a question on the path, and an answer to a question never asked', () => {
    const missing = check({
      [`${I}INC-1.md`]: incident('INC-1'),
      [`${R}JC-1.md`]: review('JC-1', '  "1a": "no"\n  "2a": "no"\n  "2c": "no"\n', '["1a", "2a", "2b"]', 'system-focus'),
    });
    expect(where(missing, 'just-culture/outcome')).toEqual(['JC-1.md:8:1 answers']);
    expect(missing[0].message).toContain('There is no answer for 2b (health: are there signs of physical ill health?), which the guide asks after 1a → 2a.');
    const extra = check({
      [`${I}INC-1.md`]: incident('INC-1'),
      [`${R}JC-1.md`]: review('JC-1', `${SYSTEM_FOCUS_ANSWERS}  "4a": "yes"\n`, SYSTEM_FOCUS_PATH, 'system-focus'),
    });
    expect(where(extra, 'just-culture/outcome')).toEqual(['JC-1.md:15:3 answers.4a']);
  });

  it('leaves answers that fail the schema to the schema rule', () => {
    const problems = check({ [`${I}INC-1.md`]: incident('INC-1'), [`${R}JC-1.md`]: review('JC-1', '  "1a": maybe\n', '["1a"]', 'system-focus') });
    expect(where(problems, 'schema')).toHaveLength(1);
    expect(where(problems, 'just-culture/outcome')).toEqual([]);
  });
});
