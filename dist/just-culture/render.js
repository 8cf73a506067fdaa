import { outcome } from '../repo/guide.js';
import { formatSteps } from '../repo/guide-tree.js';
export const PLAIN = { bold: (s) => s, dim: (s) => s };
/** Wraps `text` to `width` columns, each line starting with `indent` (and `first` on the first). */
export function wrap(text, width, indent = '', first = indent) {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of words) {
        if (!empty && line.length + 1 + word.length > width) {
            lines.push(line);
            line = indent + word;
        }
        else {
            line += (empty ? '' : ' ') + word;
        }
        empty = false;
    }
    lines.push(line);
    return lines.join('\n');
}
export function citation(guide) {
    return `${guide.citation}${guide.url ? ` ${guide.url}` : ''}`;
}
/** "This guide has been replaced: …", or an empty list when it has not. */
export function supersededLines(guide, width, s = PLAIN) {
    const sup = guide.superseded;
    if (!sup)
        return [];
    return [s.bold(wrap(`This guide has been replaced by ${sup.by} (${sup.date}).`, width)), wrap(sup.note, width, '  '), ...(sup.url ? [wrap(`See ${sup.url}`, width, '  ')] : []), ''];
}
/** The guide's usage notes, with the citation (and, first, whether it has been replaced). */
export function renderNotes(guide, width, s = PLAIN) {
    return [
        s.bold(`${guide.publisher}, ${guide.name} (${guide.year}; guide ${guide.id}, version ${guide.version})`),
        '',
        ...supersededLines(guide, width, s),
        'Before you start:',
        ...guide.notes.map((n) => wrap(n.text, width, '    ', '  • ')),
        '',
        wrap(`Source: ${citation(guide)}`, width),
        '',
    ].join('\n');
}
/** A question's heading and help, shown above its yes/no prompt (which carries the question). */
export function renderQuestion(q, width, s = PLAIN) {
    return ['', s.bold(`${q.id} · ${q.test}`), s.dim(wrap(q.help, width, '  ')), ''].join('\n');
}
export function renderOutcome(guide, steps, o, width, s = PLAIN) {
    return [
        '',
        s.bold(`Outcome: ${o.title} (${o.code})`),
        wrap(o.recommendation, width, '  '),
        '',
        wrap(`Path: ${formatSteps(steps)}`, width, '  ', ''),
        wrap('Whatever the outcome, the wider investigation of the incident continues.', width),
        '',
    ].join('\n');
}
function describeTarget(guide, t) {
    return t.kind === 'question' ? `question ${t.id}` : `outcome ${t.code} (${outcome(guide, t.code).title})`;
}
/** The whole guide as readable text, for training sessions. */
export function renderExplainText(guide, width) {
    const lines = [
        `${guide.name} — ${guide.publisher}, ${guide.year} (${guide.id}, version ${guide.version})`,
        wrap(`Source: ${citation(guide)}`, width),
        '',
        ...supersededLines(guide, width),
        'Using the guide',
        ...guide.notes.map((n) => wrap(n.text, width, '    ', '  • ')),
        '',
        wrap(`The questions, asked in this order from ${guide.start}. Each answer leads to the next question or to an outcome.`, width),
    ];
    for (const q of guide.questions.values()) {
        lines.push('', `${q.id}  ${q.test}`, wrap(q.text, width, '    '), wrap(`Help: ${q.help}`, width, '    '), wrap(`yes → ${describeTarget(guide, q.yes)}`, width, '          ', '    '), wrap(`no  → ${describeTarget(guide, q.no)}`, width, '          ', '    '));
    }
    lines.push('', 'Outcomes (every outcome: the wider investigation continues)');
    for (const o of guide.outcomes.values()) {
        lines.push('', `  ${o.code} — ${o.title}${o.singlesOut ? ' (singles out the individual: confirmed explicitly before it is recorded)' : ''}`, wrap(o.recommendation, width, '    '));
    }
    const lp = guide.localPractice;
    lines.push('', lp.label, wrap(`Bias check: ${lp.biasCheck.question}`, width, '    ', '  • '), wrap(`Restorative questions (${lp.restorative.source}): ${lp.restorative.questions.map((r) => r.question).join(' ')}`, width, '    ', '  • '), '');
    return lines.join('\n');
}
const mermaidText = (s) => s.replace(/"/g, '#quot;');
const nodeId = (t) => (t.kind === 'question' ? `q${t.id}` : `o_${t.code.replace(/-/g, '_')}`);
/** The whole guide as a Mermaid flowchart: a node per question and outcome, edges labelled yes/no. */
export function renderMermaid(guide) {
    const lines = ['flowchart TD'];
    for (const q of guide.questions.values()) {
        lines.push(`  ${nodeId({ kind: 'question', id: q.id })}{"${mermaidText(`${q.id} ${q.summary}`)}"}`);
    }
    for (const o of guide.outcomes.values()) {
        lines.push(`  ${nodeId({ kind: 'outcome', code: o.code })}(["${mermaidText(`${o.code}: ${o.title}`)}"]):::outcome`);
    }
    for (const q of guide.questions.values()) {
        const from = nodeId({ kind: 'question', id: q.id });
        lines.push(`  ${from} -->|yes| ${nodeId(q.yes)}`, `  ${from} -->|no| ${nodeId(q.no)}`);
    }
    lines.push('  classDef outcome fill:#eef5ee,stroke:#2e7d32');
    return `${lines.join('\n')}\n`;
}
export { questionLabel } from '../repo/guide.js';
