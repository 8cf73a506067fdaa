import type { DataProblem } from '../repo/data-file.js';
import { workspacePath } from './paths.js';
import { visibleLines } from '../util/terminal.js';
import type { Report, Reporter, ReporterContext } from './types.js';

/** GitHub shows at most this many annotations of each kind per step (and drops the rest). */
export const ANNOTATION_LIMIT = 10;

/** GitHub accepts a job summary of up to 1 MiB per step; keep a margin for other steps' text. */
const SUMMARY_LIMIT = 900 * 1024;

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request. */
export const github: Reporter = (report, ctx) => {
  const lines = report.problems.map((p) =>
    annotation(p.severity, workspacePath(p.file, ctx.root, ctx.env), p.line, p.column, `lessons ${p.rule}`, p.message),
  );
  const { files, errors, warnings } = report.summary;
  const shownErrors = report.problems.filter((p) => p.severity === 'error').length;
  const shownWarnings = report.problems.length - shownErrors;
  if (shownErrors > ANNOTATION_LIMIT || shownWarnings > ANNOTATION_LIMIT) {
    const where = ctx.env.GITHUB_STEP_SUMMARY ? 'every one is listed in the job summary' : 'run "lessons validate" to see every one';
    lines.push(`::notice title=lessons::GitHub shows only the first ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings as annotations; ${where}.`);
  }
  lines.push(`lessons: ${files} file${files === 1 ? '' : 's'} checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
};

/**
 * The whole list, as Markdown for `$GITHUB_STEP_SUMMARY` (the job summary page), which has no
 * cap: annotations stop at 10 errors and 10 warnings a step.
 */
export function stepSummary(report: Report, ctx: ReporterContext): string {
  const { files, errors, warnings } = report.summary;
  const mark = errors ? '✖' : warnings ? '⚠' : '✔';
  const out = [`### ${mark} lessons validate`, '', `${files} file${files === 1 ? '' : 's'} checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`, ''];
  if (report.problems.length) {
    out.push('| file | line | severity | rule | problem |', '|---|---|---|---|---|');
    let size = out.join('\n').length;
    for (const [i, p] of report.problems.entries()) {
      const row = `| ${cell(workspacePath(p.file, ctx.root, ctx.env))} | ${p.line}:${p.column} | ${p.severity} | \`${p.rule}\` | ${cell(p.message)} |`;
      // GitHub refuses a job summary over 1 MiB; stop short of it and say how many are left.
      if (size + Buffer.byteLength(row) > SUMMARY_LIMIT) {
        out.push('', `… and ${report.problems.length - i} more: the job summary has room for no more. Run "lessons validate" to see every one.`);
        break;
      }
      out.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Configuration problems as error annotations on the configuration file. */
export function configAnnotations(file: string, problems: readonly DataProblem[]): string {
  return problems.map((p) => `${annotation('error', file, p.line, p.column, 'lessons configuration', p.message)}\n`).join('');
}

function annotation(severity: 'error' | 'warning', file: string, line: number, col: number, title: string, message: string): string {
  return `::${severity} file=${prop(file)},line=${line},col=${col},title=${prop(title)}::${data(message)}`;
}

function cell(s: string): string {
  return visibleLines(s).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, '<br>');
}

/** A workflow command's message: control characters shown as codes (issue 11.4), then GitHub's own escapes. */
function data(s: string): string {
  return visibleLines(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
