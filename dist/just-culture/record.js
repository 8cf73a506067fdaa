/**
 * The record of one run (`type: just-culture-review`, docs/writing-entries.md): front-matter written with the
 * `yaml` package, question ids and answers in double quotes so that `"1a": "no"` stays text for
 * every YAML reader. The recommendation is not a field (it follows from the outcome); the body
 * repeats it for readers, with the path taken.
 */
import { entryText } from '../repo/entry-yaml.js';
import { outcome, question } from '../repo/guide.js';
export const TITLE_MAX = 200;
/** "Just culture guide: <incident title>", on one line and within the 200-character limit. */
export function recordTitle(incidentTitle) {
    const title = `Just culture guide: ${incidentTitle.replace(/\s+/g, ' ').trim()}`;
    return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}
export function recordText(guide, rec) {
    const data = {
        id: rec.id,
        type: 'just-culture-review',
        title: rec.title,
        incident: rec.incident,
        guide: guide.id,
        guide_version: guide.version,
        date: rec.date,
    };
    if (rec.facilitator !== undefined)
        data.facilitator = rec.facilitator;
    data.answers = Object.fromEntries(rec.steps.map((s) => [s.question, s.answer]));
    data.path = rec.steps.map((s) => s.question);
    data.outcome = rec.outcome;
    if (rec.notes !== undefined)
        data.notes = rec.notes;
    // Question ids and answers in double quotes, so that `"1a": "no"` stays text for every YAML reader.
    const style = { flow: ['path'], quoted: ['answers', 'guide_version', 'path'] };
    const out = outcome(guide, rec.outcome);
    const rows = rec.steps.map((s) => {
        const q = question(guide, s.question);
        return `| ${q.id} | ${q.test} | ${q.text} | ${s.answer} |`;
    });
    const body = [
        '## Outcome',
        '',
        `**${out.title}** (\`${out.code}\`)`,
        '',
        out.recommendation,
        '',
        '## Path through the guide',
        '',
        '| question | test | asked | answer |',
        '|---|---|---|---|',
        ...rows,
        '',
        `Made with ${guide.publisher}, *${guide.name}* (${guide.year}; version ${guide.version}). The guide does not replace the investigation, which`,
        'continues whatever the outcome, and this review may be revisited as more information comes to light.',
        '',
    ].join('\n');
    return entryText(data, body, style);
}
