import { positionsIn } from '../repo/positions.js';
export const SUPPRESSION_RULES = [
    {
        id: 'suppression/invalid',
        severity: 'warning',
        description: 'A suppression comment without a reason, or naming an unknown rule (it suppresses nothing).',
    },
];
const MARKER = 'lessons-disable-next-line';
// The comment is bounded (2,000 characters), so an unclosed one is not searched to the end of the text again for each start.
const BODY_RE = /<!--[ \t]*lessons-disable-next-line\b([\s\S]{0,2000}?)-->/g;
const FRONT_MATTER_RE = /^[ \t]*#[ \t]*lessons-disable-next-line\b(.*)$/gm;
const NONE = { valid: [], invalid: [] };
/** The suppression comments in a file; `knownRules` are the rule ids that exist. */
export function parseSuppressions(read, knownRules) {
    const text = read.text;
    if (text === undefined || !text.includes(MARKER))
        return NONE;
    const out = { valid: [], invalid: [] };
    const consider = (args, commentLine, endLine, column) => {
        const sep = args.search(/(^|\s)--(\s|$)/);
        const ruleText = sep === -1 ? args : args.slice(0, sep);
        const reason = sep === -1 ? '' : args.slice(sep).replace(/^\s*--/, '').trim();
        const rules = ruleText.split(/[\s,]+/).filter(Boolean);
        const unknown = rules.filter((r) => !knownRules.has(r));
        const position = { line: commentLine, column };
        if (rules.length === 0) {
            out.invalid.push({ rule: 'suppression/invalid', position, message: 'This suppression comment names no rule, so it suppresses nothing. Write: lessons-disable-next-line <rule-id> -- <reason>.' });
        }
        else if (unknown.length) {
            out.invalid.push({
                rule: 'suppression/invalid',
                position,
                message: `This suppression comment names ${unknown.map((r) => `"${r}"`).join(', ')}, which ${unknown.length > 1 ? 'are not rules' : 'is not a rule'} lessons knows, so it suppresses nothing. Check the rule id (see "lessons validate --help").`,
            });
        }
        else if (reason === '') {
            out.invalid.push({
                rule: 'suppression/invalid',
                position,
                message: `This suppression comment has no reason, so it suppresses nothing. Add one after "--", e.g. lessons-disable-next-line ${rules[0]} -- why this is safe.`,
            });
        }
        else {
            out.valid.push({ target: endLine + 1, rules });
        }
    };
    const positionIn = positionsIn(text, 1);
    const fm = read.fm;
    if (fm) {
        const lastYamlLine = fm.bodyLine - 2;
        for (const m of text.matchAll(FRONT_MATTER_RE)) {
            const pos = positionIn(m.index);
            if (pos.line >= fm.yamlLine && pos.line <= lastYamlLine)
                consider(m[1], pos.line, pos.line, pos.column + m[0].search(/#/));
        }
    }
    for (const m of text.matchAll(BODY_RE)) {
        const start = positionIn(m.index);
        const end = positionIn(m.index + m[0].length);
        if (fm && start.line < fm.bodyLine)
            continue;
        consider(m[1], start.line, end.line, start.column);
    }
    return out;
}
/** Drops the problems that a valid suppression comment (of `parseSuppressions`) exempts. */
export function applySuppressions({ valid }, problems) {
    if (valid.length === 0)
        return problems;
    // By line, so that thousands of comments and problems do not meet pairwise (issue 11.2).
    const byLine = new Map();
    for (const s of valid) {
        const rules = byLine.get(s.target) ?? new Set();
        for (const r of s.rules)
            rules.add(r);
        byLine.set(s.target, rules);
    }
    return problems.filter((p) => p.rule === 'suppression/invalid' || !byLine.get(p.line)?.has(p.rule));
}
