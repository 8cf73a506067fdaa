import { workspacePath } from './paths.js';
import type { Reporter } from './types.js';

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

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
