/** The sample repository (issue 2, item 7) stays complete, realistic and clean. */
import { describe, expect, it } from 'vitest';
import { loadEntries } from '../src/repo/load.js';
import { openRepository } from '../src/repo/repository.js';
import { checkRepository } from '../src/rules/engine.js';
import { LESSON_STATUSES } from '../src/model/schemas.js';
import { PROJECT } from './helpers/cli.js';

const repo = openRepository({ start: PROJECT });
const { entries } = loadEntries(repo);
const of = (type: string) => entries.filter((e) => e.type === type);

describe('the sample repository', () => {
  it('validates with no errors', () => {
    const { problems } = checkRepository({ repo, today: '2026-11-21' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has at least 12 lessons covering every status, both kinds', () => {
    const lessons = of('lesson');
    expect(lessons.length).toBeGreaterThanOrEqual(12);
    expect(new Set(lessons.map((l) => l.data.status))).toEqual(new Set(LESSON_STATUSES));
    expect(new Set(lessons.map((l) => l.data.kind))).toEqual(new Set(['improvement', 'good-practice']));
    expect(lessons.some((l) => Array.isArray(l.data.actions) && l.data.actions.length > 0)).toBe(true);
  });

  it('has at least 8 learning sources across the source kinds', () => {
    const sources = of('incident');
    expect(sources.length).toBeGreaterThanOrEqual(8);
    expect(new Set(sources.map((s) => s.data.source)).size).toBeGreaterThanOrEqual(8);
  });

  it('has at least 4 policies, one superseded by another', () => {
    const policies = of('policy');
    expect(policies.length).toBeGreaterThanOrEqual(4);
    const superseded = policies.find((p) => p.data.status === 'superseded');
    expect(superseded).toBeDefined();
    expect(policies.some((p) => p.data.replaces === superseded?.data.reference || p.data.replaces === superseded?.id)).toBe(true);
  });
});
