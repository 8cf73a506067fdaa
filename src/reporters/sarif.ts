import { createHash } from 'node:crypto';
import { RULES } from '../rules/index.js';
import { workspacePath } from './paths.js';
import type { Reporter } from './types.js';

/** SARIF 2.1.0, as accepted by GitHub code scanning (`github/codeql-action/upload-sarif`). */
export const sarif: Reporter = (report, ctx) => {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lessons',
            version: ctx.version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: r.description.replace(/`/g, '') },
              fullDescription: { text: r.description.replace(/`/g, '') },
              defaultConfiguration: { level: r.severity },
              properties: { tags: ['lessons'] },
            })),
          },
        },
        results: report.problems.map((p) => {
          const uri = workspacePath(p.file, ctx.root, ctx.env);
          return {
            ruleId: p.rule,
            ...(index.has(p.rule) ? { ruleIndex: index.get(p.rule) } : {}),
            level: p.severity,
            message: { text: p.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                  region: { startLine: p.line, startColumn: p.column },
                },
              },
            ],
            partialFingerprints: {
              'lessonsProblem/v1': createHash('sha256').update(`${p.rule}\0${uri}\0${p.path ?? ''}\0${p.message}`).digest('hex').slice(0, 32),
            },
          };
        }),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
