import { describe, expect, it } from 'vitest';
import { github } from '../src/reporters/github.js';
import { json } from '../src/reporters/json.js';
import { junit } from '../src/reporters/junit.js';
import { pretty } from '../src/reporters/pretty.js';
import { sarif } from '../src/reporters/sarif.js';
import type { Report, ReporterContext } from '../src/reporters/types.js';
import { RULES } from '../src/rules/index.js';

const report: Report = {
  summary: { files: 2, errors: 1, warnings: 1 },
  checked: ['lessons/learning/LL-1.md', 'lessons/learning/LL-2.md'],
  problems: [
    { file: 'lessons/learning/LL-1.md', line: 4, column: 3, severity: 'error', rule: 'schema', message: 'Bad: 100%, a <tag> & "quote"\nsecond line', path: 'actions.0.due' },
    { file: 'lessons/learning/LL-1.md', line: 9, column: 1, severity: 'warning', rule: 'action/overdue', message: 'Late, really: yes', path: null },
  ],
};
const ctx: ReporterContext = { color: false, root: '/repo', env: {}, version: '1.2.3' };

describe('json', () => {
  it('prints exactly the documented shape', () => {
    const out = JSON.parse(json(report, ctx));
    expect(Object.keys(out)).toEqual(['summary', 'problems']);
    expect(out.summary).toEqual({ files: 2, errors: 1, warnings: 1 });
    expect(Object.keys(out.problems[0])).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'path']);
    expect(out.problems[1].path).toBeNull();
  });
});

describe('github', () => {
  it('writes escaped workflow commands', () => {
    const lines = github(report, ctx).trim().split('\n');
    expect(lines[0]).toBe(
      '::error file=lessons/learning/LL-1.md,line=4,col=3,title=lessons schema::Bad: 100%25, a <tag> & "quote"%0Asecond line',
    );
    expect(lines[1]).toBe('::warning file=lessons/learning/LL-1.md,line=9,col=1,title=lessons action/overdue::Late, really: yes');
    expect(lines[2]).toBe('lessons: 2 files checked, 1 error, 1 warning.');
  });
  it('makes paths relative to the GitHub workspace when the repository is a subfolder', () => {
    const out = github(report, { ...ctx, root: '/ws/governance', env: { GITHUB_WORKSPACE: '/ws' } });
    expect(out).toContain('file=governance/lessons/learning/LL-1.md');
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with every rule described and results pointing at files', () => {
    const doc = JSON.parse(sarif(report, ctx));
    expect(doc.version).toBe('2.1.0');
    expect(doc.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    const run = doc.runs[0];
    expect(run.tool.driver.name).toBe('lessons');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const result = run.results[0];
    expect(result.ruleId).toBe('schema');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('schema');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'lessons/learning/LL-1.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 3 },
    });
    expect(run.results[1].level).toBe('warning');
    expect(result.partialFingerprints['lessonsProblem/v2']).toMatch(/^[0-9a-f]{32}:1$/);
  });
});

describe('junit', () => {
  it('has one test case per checked file; errors fail, warnings do not', () => {
    const xml = junit(report, ctx);
    expect(xml).toContain('<testsuites name="lessons" tests="2" failures="1" errors="0" time="0.000">');
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('<failure message="1 error" type="lessons">');
    expect(xml).toContain('Bad: 100%, a &lt;tag&gt; &amp; &quot;quote&quot;');
    expect(xml).toMatch(/name="lessons\/learning\/LL-2.md" file="lessons\/learning\/LL-2.md" time="0"><\/testcase>/);
  });
});

describe('pretty', () => {
  it('groups by file, and uses no colour codes when colour is off', () => {
    const out = pretty(report, ctx);
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('lessons/learning/LL-1.md\n  4:3  error    Bad:');
    expect(out).toContain('✖ 2 files checked: 1 error, 1 warning.');
  });
  it('uses colour when asked', () => {
    expect(pretty(report, { ...ctx, color: true })).toMatch(/\u001b\[31m/);
  });
  it('says so when there is nothing to report', () => {
    expect(pretty({ summary: { files: 3, errors: 0, warnings: 0 }, problems: [], checked: [] }, ctx)).toBe('✔ 3 files checked: no problems found.\n');
  });
});
