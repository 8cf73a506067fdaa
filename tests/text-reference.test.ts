/**
 * Folding and `language/blame` against a reference: their results on the detector fixtures, the
 * clinical corpus and a few hundred generated texts (Unicode spaces, zero-width characters, soft
 * hyphens, dashes, fullwidth digits, Markdown marks, escapes, HTML, tables, list items, line
 * breaks, the separator text.ts joins values with, and every blame term planted in any case and
 * spacing) must be those recorded in tests/fixtures/text-reference.json.
 *
 * The record was made by the build before the speed work of December 2026 (the native searches
 * in fold.ts, the literal search in literal-search.ts), so this test says that work changed no
 * result. To make it again from a build in <dir> (a copy of dist/, with node_modules reachable):
 *   LESSONS_REFERENCE_DIST=<dir> npx vitest run --config tests/vitest.config.ts tests/text-reference.test.ts
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTerms, compileTerms, termSource } from '../src/rules/language/blame.js';
// In this tree the terms file has no checked data: terms-file.ts reads it (blame.ts builtInTerms).
import '../src/rules/language/terms-file.js';
import { fold } from '../src/rules/pii/fold.js';
import { mulberry32 } from '../tools/bench/generate.js';
import { PROJECT } from './helpers/cli.js';
import { randomExample } from './helpers/regex-examples.js';

const RECORD = path.join(PROJECT, 'tests/fixtures/text-reference.json');
const FIXTURES = path.join(PROJECT, 'tests/fixtures');
const AFTER_RECORD = new Set(['recall-web-export.md']);

function inputs(): string[] {
  // The fixtures the record was made from: recall-web-export.md came later (character references,
  // which fold now reads as a renderer does), and is held to markdown-it in tests/char-refs.test.ts.
  const files = [...readdirSync(path.join(FIXTURES, 'pii')).filter((f) => !AFTER_RECORD.has(f)).map((f) => path.join(FIXTURES, 'pii', f)), path.join(FIXTURES, 'clinical-corpus.md')].sort();
  const documents = files.map((f) => readFileSync(f, 'utf8'));
  const lines = documents.flatMap((d) => d.split('\n'));
  const rand = mulberry32(20261201);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const terms = builtInTerms().map((t) => randomExample(termSource(t), rand));
  const snippets = [
    '\u00a0', '\u202f', '\u2009', '\u3000', '\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u2010', '\u2013', '\u2014', '\u2212', '\uff0d', '\u00b7', '\u2022', '\u30fb',
    '０', '９', '４７６', 'ﬁ', '\t', '  ', ' \t ', '\n', '\n\n', '\n  ', '\n\t', ' \n', '\n- ', '\n* ', '\n1. ', '\n12) ', '\n> ', '\n# ', '\n| a | b |\n|---|---|\n| c | d |\n', ' | ',
    '**', '*', '_', '__', '`', '~~', '\\', '\\*', '\\_', '<b>', '</b>', '<span class="x">', '<br/>', '<3', 'a<b', '\n\0\n', '@', 'w***@nhs.uk', '943_476_5919', '’', 'é', 'İ', '\u212a', '😀',
  ];
  const generated: string[] = [];
  for (let n = 0; n < 400; n++) {
    let text = '';
    for (let parts = 1 + Math.floor(rand() * 3); parts > 0; parts--) {
      const d = pick(documents);
      const at = Math.floor(rand() * d.length);
      text += d.slice(at, at + Math.floor(rand() * 500));
    }
    for (let k = Math.floor(rand() * 12); k > 0; k--) {
      const at = Math.floor(rand() * (text.length + 1));
      const insert = rand() < 0.3 ? ` ${pick(terms)()} ` : pick(snippets);
      text = text.slice(0, at) + insert + text.slice(at);
    }
    generated.push(text);
  }
  // Every term at the start and end of a text, next to the separator, in marks, across lines.
  const planted = terms.flatMap((example) => [example(), `The ${example()}.`, `a\n\0\n${example()}`, `${example()}\n\0\nb`, `**${example()}**`, `x\n${example()}\ny`]);
  return [...documents, ...lines, ...generated, ...planted];
}

type FoldFn = typeof fold;
type CompileFn = typeof compileTerms;

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64').slice(0, 16);

/** Each text's fold (plain and slug: text, and start and end of every index) and blame findings. */
function results(foldText: FoldFn, compile: CompileFn, terms: ReturnType<typeof builtInTerms>, texts: readonly string[]) {
  const blame = compile(terms);
  return texts.map((text) => {
    const folds = [fold, fold].map((_, slug) => {
      const f = foldText(text, { slug: slug === 1 });
      const map: number[] = [];
      for (let k = 0; k <= f.text.length; k++) map.push(f.start(k), f.end(k));
      return [f.text, map];
    });
    const findings = blame(text).map((m) => [m.index, m.length, m.severity ?? null, m.message]);
    return { fold: hash(folds), blame: hash(findings), findings: findings.length };
  });
}

describe('fold and language/blame give the recorded results', () => {
  const texts = inputs();

  if (process.env.LESSONS_REFERENCE_DIST) {
    it('records the reference build', async () => {
      const dir = path.resolve(process.env.LESSONS_REFERENCE_DIST!);
      const reference = {
        fold: (await import(path.join(dir, 'rules/pii/fold.js'))) as { fold: FoldFn },
        blame: (await import(path.join(dir, 'rules/language/blame.js'))) as { compileTerms: CompileFn; builtInTerms: typeof builtInTerms },
      };
      const record = results(reference.fold.fold, reference.blame.compileTerms, reference.blame.builtInTerms(), texts);
      writeFileSync(RECORD, `${JSON.stringify({ texts: texts.length, findings: record.reduce((n, r) => n + r.findings, 0), results: record.map((r) => `${r.fold} ${r.blame}`) }, null, 0)}\n`);
    });
    return;
  }

  it('on every text', () => {
    const record = JSON.parse(readFileSync(RECORD, 'utf8')) as { texts: number; findings: number; results: string[] };
    expect(texts.length).toBe(record.texts);
    const now = results(fold, compileTerms, builtInTerms(), texts);
    // The texts plant blame terms: a record without findings would test nothing.
    expect(record.findings).toBeGreaterThan(100);
    for (const [i, r] of now.entries()) {
      const [foldHash, blameHash] = record.results[i].split(' ');
      expect(r.fold, `fold of text ${i}: ${JSON.stringify(texts[i].slice(0, 200))}`).toBe(foldHash);
      expect(r.blame, `language/blame on text ${i}: ${JSON.stringify(texts[i].slice(0, 200))}`).toBe(blameHash);
    }
  });
});
