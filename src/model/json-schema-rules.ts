/**
 * What the JSON Schema can say of the rules that zod does not express (issue 14): the editor
 * schema then agrees with `lessons validate` wherever a schema can (tests/json-schema.agree.test.ts
 * feeds the same mutated entries to both).
 *
 * - `occurred`: a real month or a real calendar date (zod checks it with a refinement, which a
 *   JSON Schema cannot carry);
 * - the lifecycle and public rules (src/rules/lifecycle.ts, lifecycle-embedded.ts) as `if`/`then`:
 *   the statuses from "approved" on need `approved_by`/`approved_on`, from "shared" on
 *   `shared`/`evaluate_by`, "embedded" an `evaluation` with date, method and result, and
 *   `public: true` needs `public_summary` (a blank value counts as missing, as in the rules);
 * - configured patterns are regular expressions (`format: regex`), and each language term needs a
 *   phrase or a pattern.
 *
 * Cross-field comparisons (dates in order), references and the taxonomy stay with `validate`.
 */
import { lessonStage } from './lifecycle.js';
import { LESSON_STATUSES } from './schemas.js';

type Json = Record<string, unknown>;

const NOT_BLANK = { type: 'string', pattern: '\\S' };
const REAL_MONTH = '^\\d{4}-(?:0[1-9]|1[0-2])$';

/** The statuses at or after `from` in the lifecycle (archived is outside it). */
function from(status: string): string[] {
  return LESSON_STATUSES.filter((s) => lessonStage(s) >= lessonStage(status));
}

function requires(fields: Record<string, Json>): Json {
  return { required: Object.keys(fields), properties: fields };
}

export function refineJsonSchema(name: string, schema: Json): Json {
  const props = schema.properties as Record<string, Json> | undefined;
  if (!props) return schema;
  if (name === 'lesson') {
    schema.allOf = [
      { if: { required: ['status'], properties: { status: { enum: from('approved') } } }, then: requires({ approved_by: NOT_BLANK, approved_on: {} }) },
      { if: { required: ['status'], properties: { status: { enum: from('shared') } } }, then: requires({ shared: { type: 'array', minItems: 1 }, evaluate_by: {} }) },
      { if: { required: ['public'], properties: { public: { const: true } } }, then: requires({ public_summary: NOT_BLANK }) },
      // lifecycle/embedded (src/rules/lifecycle-embedded.ts): how embedding was checked.
      {
        if: { required: ['status'], properties: { status: { const: 'embedded' } } },
        then: requires({ evaluation: { type: 'object', ...requires({ date: {}, method: NOT_BLANK, result: NOT_BLANK }) } }),
      },
    ];
  }
  if (name === 'incident' && props.occurred) {
    const { description } = props.occurred;
    props.occurred = {
      description,
      type: 'string',
      anyOf: [{ pattern: REAL_MONTH }, { format: 'date', pattern: (props.reported as Json | undefined)?.pattern ?? '^\\d{4}-\\d{2}-\\d{2}$' }],
    };
  }
  if (name === 'config') {
    const at = (...path: string[]): Json | undefined => path.reduce<Json | undefined>((s, k) => (s?.[k] as Json | undefined), schema);
    const pii = at('properties', 'pii', 'properties', 'patterns', 'items', 'properties', 'pattern');
    if (pii) pii.format = 'regex';
    const terms = at('properties', 'language', 'properties', 'terms', 'items');
    const termPattern = at('properties', 'language', 'properties', 'terms', 'items', 'properties', 'pattern');
    if (termPattern) termPattern.format = 'regex';
    if (terms) terms.anyOf = [{ required: ['phrase'] }, { required: ['pattern'] }];
  }
  return schema;
}
