import { workspacePath } from './paths.js';
import type { Reporter } from './types.js';
import { visibleLines } from '../util/terminal.js';

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request. */
export const github: Reporter = (report, ctx) => {
  const lines = report.problems.map((p) => {
    const file = workspacePath(p.file, ctx.root, ctx.env);
    const props = `file=${prop(file)},line=${p.line},col=${p.column},title=${prop(`lessons ${p.rule}`)}`;
    return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${data(p.message)}`;
  });
  const { files, errors, warnings } = report.summary;
  lines.push(`lessons: ${files} file${files === 1 ? '' : 's'} checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
};

/** A workflow command's message: control characters shown as codes, then GitHub's own escapes. */
function data(s: string): string {
  return visibleLines(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Configuration problems as annotations on the configuration file, escaped like problems
 * (issue 11.4: a key holding a line break must not start a workflow command of its own).
 */
export function configAnnotations(file: string, problems: readonly { line: number; column: number; message: string }[], root: string, env: Record<string, string | undefined>): string {
  const shown = workspacePath(file, root, env);
  return problems.map((p) => `::error file=${prop(shown)},line=${p.line},col=${p.column},title=${prop('lessons configuration')}::${data(p.message)}\n`).join('');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
