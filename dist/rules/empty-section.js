/**
 * `lesson/empty-section`: from `approved` on, a lesson's body tells the story (docs/writing-entries.md, docs/rules.md):
 * *What happened*, *What we learned* and *What we changed* each hold text, not just the
 * template's guidance comments. Points at the section's heading, or at `status` when the heading
 * is missing.
 */
import { isApprovedOrLater } from '../model/lifecycle.js';
import { str } from '../util/values.js';
/** The sections that must have text, with the other headings trusts use for them. */
/** `flag`/`opt`: how `lessons status` is given the section's text. */
export const REQUIRED_SECTIONS = [
    { name: 'What happened', flag: '--what-happened', opt: 'whatHappened', aliases: ['what happened', 'what went well'] },
    { name: 'What we learned', flag: '--what-we-learned', opt: 'whatWeLearned', aliases: ['what we learned', 'what we have learned', 'learning'] },
    { name: 'What we changed', flag: '--what-we-changed', opt: 'whatWeChanged', aliases: ['what we changed', 'what has changed', 'what changed'] },
];
const HEADING = /^(#{1,2})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const FENCE = /^[ \t]{0,3}(```|~~~)/;
function normalise(heading) {
    return heading.toLowerCase().replace(/[*_`]/g, '').replace(/[\s:.?!]+$/g, '').replace(/\s+/g, ' ').trim();
}
/**
 * The body's level-1 and level-2 sections, with where each heading is. In a body without code
 * fences (nearly all) only the lines that start with "#" are looked at, found by searching for
 * "\n#"; the line-by-line walk gives the same sections (tests/empty-section.test.ts compares
 * them) and handles fenced bodies.
 */
export function sections(body) {
    if (body.includes('```') || body.includes('~~~'))
        return sectionsByLine(body);
    const out = [];
    let last;
    // Only lines that start with "#" can be headings: jump from one to the next.
    const next = (from) => {
        const i = body.indexOf('\n#', from);
        return i === -1 ? -1 : i + 1;
    };
    for (let start = body.startsWith('#') ? 0 : next(0); start !== -1;) {
        const eol = body.indexOf('\n', start);
        const m = HEADING.exec(eol === -1 ? body.slice(start) : body.slice(start, eol));
        if (m) {
            if (last)
                last.section.text = body.slice(last.textStart, start);
            const section = { heading: normalise(m[2]), offset: start, text: '' };
            out.push(section);
            last = { section, textStart: eol === -1 ? body.length + 1 : eol + 1 };
        }
        start = eol === -1 ? -1 : next(eol);
    }
    // The last section runs to the end; the line walk ends each line, the last one too, with "\n".
    if (last && last.textStart <= body.length)
        last.section.text = `${body.slice(last.textStart)}\n`;
    return out;
}
/** `sections`, one line at a time (code fences switch heading detection off and on). */
export function sectionsByLine(body) {
    const out = [];
    let offset = 0;
    let fenced = false;
    let current;
    for (const line of body.split('\n')) {
        if (FENCE.test(line))
            fenced = !fenced;
        const m = fenced ? null : HEADING.exec(line);
        if (m) {
            current = { heading: normalise(m[2]), offset, text: '' };
            out.push(current);
        }
        else if (current) {
            current.text += `${line}\n`;
        }
        offset += line.length + 1;
    }
    return out;
}
/** True when `text` has nothing but whitespace and HTML comments (the template's guidance). */
export function isEmptySection(text) {
    if (!text.includes('<!--'))
        return !/\S/.test(text);
    return text.replace(/<!--[\s\S]*?(-->|$)/g, '').trim() === '';
}
/** The required sections that are missing or empty in `body`. */
export function emptySections(body) {
    const found = sections(body);
    return REQUIRED_SECTIONS.filter((req) => {
        const s = found.find((f) => req.aliases.includes(f.heading));
        return !s || isEmptySection(s.text);
    });
}
export const emptySectionRule = {
    rules: [{ id: 'lesson/empty-section', severity: 'error', description: 'An approved (or later) lesson whose *What happened*, *What we learned* or *What we changed* section is missing, empty or only guidance comments.' }],
    check(ctx) {
        const data = ctx.data;
        if (!data || ctx.type !== 'lesson' || !isApprovedOrLater(data.status))
            return;
        const status = str(data.status);
        const found = sections(ctx.text);
        for (const req of REQUIRED_SECTIONS) {
            const s = found.find((f) => req.aliases.includes(f.heading));
            if (!s) {
                ctx.report({
                    rule: 'lesson/empty-section',
                    path: ['status'],
                    message: `This lesson is "${status}", so its text needs a "## ${req.name}" section, and there is none. Add the heading and a few sentences under it.`,
                });
            }
            else if (isEmptySection(s.text)) {
                ctx.report({
                    rule: 'lesson/empty-section',
                    offset: s.offset,
                    message: `This lesson is "${status}", but "${req.name}" is ${s.text.trim() === '' ? 'empty' : 'still only the template\'s guidance'}. Write a few sentences here before it is approved and shared.`,
                });
            }
        }
    },
};
