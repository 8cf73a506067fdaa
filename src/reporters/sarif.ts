import { createHash } from 'node:crypto';
import { homepage, rulesDocUrl } from '../meta.js';
import { RULES } from '../rules/index.js';
import type { Problem, RuleInfo } from '../rules/types.js';
import { workspacePath } from './paths.js';
import type { Reporter } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * SARIF 2.1.0, as GitHub code scanning (`github/codeql-action/upload-sarif`) requires it: every
 * rule has `help` (text and Markdown, from the rule registry) and a `helpUri`; artifact URIs are
 * relative and percent-encoded; each result has a fingerprint of its own that does not move when
 * unrelated lines are added or removed (no line numbers in it), so alerts are neither merged nor
 * reopened by edits elsewhere in the file.
 */
export const sarif: Reporter = (report, ctx) => {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const helpUri = rulesDocUrl();
  const fingerprints = fingerprintAll(report.problems, (p) => workspacePath(p.file, ctx.root, ctx.env));
  const doc = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lessons',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: homepage(),
            rules: RULES.map((r) => ({
              id: r.id,
              name: ruleName(r.id),
              shortDescription: { text: plain(r.description) },
              fullDescription: { text: plain(r.description) },
              help: help(r, helpUri),
              helpUri,
              defaultConfiguration: { level: r.severity },
              properties: { tags: ['lessons', r.id.split('/')[0]] },
            })),
          },
        },
        results: report.problems.map((p, i) => ({
          ruleId: p.rule,
          ...(index.has(p.rule) ? { ruleIndex: index.get(p.rule) } : {}),
          level: p.severity,
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeUri(workspacePath(p.file, ctx.root, ctx.env)), uriBaseId: '%SRCROOT%' },
                region: { startLine: p.line, startColumn: p.column },
              },
            },
          ],
          partialFingerprints: { 'lessonsProblem/v2': fingerprints[i] },
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};

/** `pii/nhs-number` → `PiiNhsNumber`. */
function ruleName(id: string): string {
  return id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
}

function plain(markdown: string): string {
  return markdown.replace(/`/g, '');
}

function help(r: RuleInfo, uri: string): { text: string; markdown: string } {
  const outcome =
    r.severity === 'error'
      ? 'An error: "lessons validate" fails until it is fixed.'
      : 'A warning: a reminder that does not fail "lessons validate" (unless --max-warnings is set).';
  const exempt = `To exempt one line on purpose, put <!-- lessons-disable-next-line ${r.id} -- the reason --> above it.`;
  return {
    text: `${plain(r.description)}\n\n${outcome}\n${exempt}\n\nRule reference: ${uri}`,
    markdown: `${r.description}\n\n${outcome}\n\n${exempt.replace(/<!--.*-->/, (m) => `\`${m}\``)}\n\n[Rule reference](${uri})`,
  };
}

/** Each path segment percent-encoded (RFC 3986), `/` kept: `a b/ü.md` → `a%20b/%C3%BC.md`. */
export function encodeUri(relative: string): string {
  return relative
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * One fingerprint per problem: a hash of what the problem is (rule, file, key path, message), and
 * its ordinal among identical problems in that file (the third "human error" in a body is
 * `…:3`). Line numbers are left out, so an edit elsewhere in the file keeps every fingerprint.
 */
export function fingerprintAll(problems: readonly Problem[], uriOf: (p: Problem) => string): string[] {
  const seen = new Map<string, number>();
  return problems.map((p) => {
    const hash = createHash('sha256').update(`${p.rule}\0${uriOf(p)}\0${p.path ?? ''}\0${p.message}`).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
