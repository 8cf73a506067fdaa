import type { Problem } from '../rules/types.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML: one test case per checked file. A file with errors fails (all its problems are in
 * the failure text); warnings alone do not fail it and are listed in its system-out.
 */
export const junit: Reporter = (report) => {
  const byFile = new Map<string, Problem[]>();
  for (const f of report.checked) byFile.set(f, []);
  for (const p of report.problems) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  let failures = 0;
  const cases: string[] = [];
  for (const [file, problems] of byFile) {
    const errors = problems.filter((p) => p.severity === 'error');
    const text = problems.map((p) => `${file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`).join('\n');
    let inner = '';
    if (errors.length) {
      failures++;
      inner = `\n      <failure message="${esc(`${errors.length} error${errors.length === 1 ? '' : 's'}`)}" type="lessons">${esc(text)}</failure>\n    `;
    } else if (problems.length) {
      inner = `\n      <system-out>${esc(text)}</system-out>\n    `;
    }
    cases.push(`    <testcase classname="lessons.validate" name="${esc(file)}">${inner}</testcase>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lessons" tests="${byFile.size}" failures="${failures}" errors="0">`,
    `  <testsuite name="lessons validate" tests="${byFile.size}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function esc(s: string): string {
  // XML 1.0 cannot carry most control characters at all; drop them.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
