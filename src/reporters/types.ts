import type { Problem } from '../rules/types.js';

export interface Report {
  summary: { files: number; errors: number; warnings: number };
  problems: Problem[];
  /** The files that were checked (relative to the repository root). */
  checked: readonly string[];
  /** How long the check took, for JUnit's `time`. */
  elapsedMs?: number;
  /** When it started (ISO 8601, no zone: JUnit's `timestamp`). */
  startedAt?: string;
}

export interface ReporterContext {
  color: boolean;
  /** Absolute repository root. */
  root: string;
  env: Record<string, string | undefined>;
  version: string;
}

export type Reporter = (report: Report, ctx: ReporterContext) => string;

export const FORMATS = ['pretty', 'json', 'github', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];
