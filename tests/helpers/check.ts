import { openRepository } from '../../src/repo/repository.js';
import { checkRepository } from '../../src/rules/engine.js';
import type { Problem } from '../../src/rules/types.js';
import { CONFIG, tempRepo } from './repo.js';

/** Validates `files` (content paths → text) in a temporary repository, in process. */
export function check(files: Record<string, string | Buffer>, config: string = CONFIG, today = '2026-11-21'): Problem[] {
  const dir = tempRepo({ 'lessons.config.yaml': config, ...files });
  return checkRepository({ repo: openRepository({ start: dir }), today }).problems;
}

/** The problems of one rule, as `line:column path` strings, for compact assertions. */
export function where(problems: Problem[], rule: string): string[] {
  return problems.filter((p) => p.rule === rule).map((p) => `${p.file.split('/').pop()}:${p.line}:${p.column} ${p.path ?? ''}`.trim());
}
