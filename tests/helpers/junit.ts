/**
 * Reads a JUnit XML report the way a CI server does, with a real XML parser (fast-xml-parser:
 * strict well-formedness check, then parse), and checks the attributes CI servers read.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface JunitCase {
  name: string;
  classname: string;
  file: string;
  time: number;
  failure?: { message: string; text: string };
  systemOut?: string;
}

export interface JunitReport {
  tests: number;
  failures: number;
  time: number;
  cases: JunitCase[];
}

export function parseJunit(xml: string): JunitReport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
  const root = doc.testsuites;
  if (!root) throw new Error('the root element is not <testsuites>');
  const suites = root.testsuite as Record<string, unknown>[];
  const cases: JunitCase[] = [];
  for (const suite of suites) {
    for (const k of ['name', 'tests', 'failures', 'errors', 'time']) if (suite[k] === undefined) throw new Error(`<testsuite> has no ${k}`);
    for (const c of (suite.testcase ?? []) as Record<string, unknown>[]) {
      const time = Number(c.time);
      if (!Number.isFinite(time) || time < 0) throw new Error(`<testcase name="${String(c.name)}"> has time="${String(c.time)}"`);
      const failure = c.failure as Record<string, string> | undefined;
      cases.push({
        name: String(c.name),
        classname: String(c.classname),
        file: String(c.file),
        time,
        ...(failure ? { failure: { message: failure.message, text: failure['#text'] ?? '' } } : {}),
        ...(c['system-out'] !== undefined ? { systemOut: String(c['system-out']) } : {}),
      });
    }
    if (Number(suite.tests) !== ((suite.testcase as unknown[] | undefined)?.length ?? 0)) throw new Error('<testsuite tests> does not count its test cases');
  }
  const time = Number(root.time);
  if (!Number.isFinite(time)) throw new Error('<testsuites> has no numeric time');
  return { tests: Number(root.tests), failures: Number(root.failures), time, cases };
}
