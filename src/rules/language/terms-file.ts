/**
 * The language terms file (terms.yaml): its shape, and reading and checking it as a data file
 * (data-file.ts). The build checks it (tools/copy-data.mjs `checkTermsFile`) and writes its checked
 * data next to it, which blame.ts reads; when there is none for its text, blame.ts reads it with
 * `readTermsFile`, set here when this module is loaded (the rule registry loads it). Apart from
 * blame.ts so that a thread that only runs the text rules loads neither zod nor the YAML reader.
 */
import { z } from '../../model/zod.js';
import { parseDataFile, type DataFileOptions } from '../../repo/data-file.js';
import { setUncheckedTermsReader, termSource, termsFile } from './blame.js';
import { requiredLiteralSets } from './literals.js';

const termSchema = z.strictObject({
  phrase: z.string().min(2).optional(),
  pattern: z.string().min(2).optional(),
  suggestion: z.string().min(2),
  note: z.string().min(2).optional(),
  severity: z.enum(['warning', 'error']).optional(),
  unless: z.array(z.string().min(2)).optional(),
  unless_after: z.array(z.string().min(2)).optional(),
});
const termsFileSchema = z.strictObject({ terms: z.array(termSchema).min(1) });
export type Term = z.infer<typeof termSchema>;

/** What the build checks and keeps of the terms file: the terms, and each one's literal sets (literals.ts), by its source. */
export interface TermsFile {
  terms: Term[];
  literals?: Record<string, string[][] | null>;
}

function termsFileOptions(file: string): DataFileOptions<TermsFile> {
  return {
    shown: file,
    schema: termsFileSchema,
    what: 'the terms file',
    intro: `the built-in language terms in ${file} are broken. Reinstall lessons, or rebuild it with "npm run build:dist".`,
    check: (data) =>
      data.terms.flatMap((t, i) =>
        (t.phrase === undefined) === (t.pattern === undefined) ? [{ path: ['terms', i], message: 'each term needs exactly one of "phrase" or "pattern".' }] : [],
      ),
  };
}

/** Reads and checks the terms file's text (no literal sets: blame.ts works them out as they are needed). */
export function readTermsFile(source: string, file: string): TermsFile {
  return parseDataFile(source, termsFileOptions(file));
}

/** For the build: the terms file, checked now, with the literal sets of its terms (see blame.ts builtInTerms). */
export function checkTermsFile(): { file: string; source: string; data: TermsFile } {
  const { file, source } = termsFile();
  const { terms } = readTermsFile(source, file);
  return { file, source, data: { terms, literals: Object.fromEntries(terms.map((t) => [termSource(t), requiredLiteralSets(termSource(t))])) } };
}

setUncheckedTermsReader(readTermsFile);
