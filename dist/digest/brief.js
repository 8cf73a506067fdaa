import { andList, isRecord, str, stringItems } from '../util/values.js';
import { lessonActions } from './actions.js';
import { label } from './build.js';
import { blocksToMarkdown, bodySections, cutText, mdText, parseBlocks, shortenBlocks } from '../document/markdown-source.js';
import { kindName, longDate, plural } from '../document/text.js';
import { entryRef } from '../model/pages.js';
/** `[Title](https://…)` with a page address, else `Title (LL-1)`: Markdown, as the parts are. */
function refMarkdown(ref) {
    return ref.url ? `[${mdText(ref.title)}](${ref.url.replace(/[()\s]/g, encodeURIComponent)})` : `${mdText(ref.title)} (${mdText(ref.id)})`;
}
const HARM_ORDER = ['none', 'low', 'moderate', 'severe', 'fatal'];
/** Characters and list items each part may use (together they fit one A4 page in two columns). */
const LIMITS = {
    background: { chars: 440, items: 3 },
    why: { chars: 340, items: 3 },
    happened: { chars: 500, items: 4 },
    learned: { chars: 460, items: 4 },
    changed: { chars: 460, items: 4 },
    questions: { chars: 340, items: 4 },
};
function part(heading, md, limit, fallback) {
    const blocks = md ? parseBlocks(md) : [];
    if (blocks.length === 0)
        return { heading, blocks: [{ kind: 'p', text: fallback }], shortened: false };
    if (!limit)
        return { heading, blocks, shortened: false };
    const { blocks: short, cut } = shortenBlocks(blocks, limit.chars, limit.items, 180);
    return { heading, blocks: short, shortened: cut };
}
function worst(values) {
    let best = -1;
    for (const v of values)
        if (v)
            best = Math.max(best, HARM_ORDER.indexOf(v));
    return best >= 0 ? HARM_ORDER[best] : undefined;
}
/** "Why it matters", from the front-matter, when the body does not say. */
function whyItMatters(lesson, sources, policies) {
    const d = lesson.data;
    const themes = stringItems(d.themes).map((t) => label(t.value).toLowerCase());
    const services = stringItems(d.services).map((s) => label(s.value).toLowerCase());
    const audience = stringItems(d.audience).map((a) => label(a.value).toLowerCase());
    const sentences = [];
    if (d.kind === 'good-practice') {
        sentences.push(`This is good practice worth spreading: it shows what helps care go well${themes.length ? ` in ${andList(themes)}` : ''}.`);
    }
    else {
        sentences.push(`This lesson is about ${themes.length ? andList(themes) : 'patient safety'}: something that made care harder to get right, and what now makes it easier.`);
        const physical = worst(sources.map((s) => (isRecord(s.data.harm) ? str(s.data.harm.physical) : undefined)));
        const psychological = worst(sources.map((s) => (isRecord(s.data.harm) ? str(s.data.harm.psychological) : undefined)));
        const harms = [physical && physical !== 'none' ? `${physical} physical harm` : '', psychological && psychological !== 'none' ? `${psychological} psychological harm` : ''].filter(Boolean);
        if (harms.length)
            sentences.push(`The event it came from was recorded as causing ${andList(harms)}.`);
    }
    if (services.length)
        sentences.push(`It applies to ${andList(services)} services${audience.length ? ` and is for ${andList(audience)}` : ''}.`);
    else if (audience.length)
        sentences.push(`It is for ${andList(audience)}.`);
    if (policies.length)
        sentences.push(`It changed ${policies.length === 1 ? 'a trust policy' : `${policies.length} trust policies`}, listed below.`);
    return sentences.join(' ');
}
export function buildBriefing(input) {
    const { lesson, body, entries } = input;
    const fit = input.fit === true;
    const limit = (name) => (fit ? LIMITS[name] : undefined);
    const few = (list) => (fit ? list.slice(0, 2) : list);
    const clip = (text) => (fit ? cutText(text, 90) : text);
    const d = lesson.data;
    const byId = new Map(entries.filter((x) => x.id !== undefined).map((x) => [x.id, x]));
    const sources = stringItems(d.sources)
        .map((s) => byId.get(s.value))
        .filter((x) => x?.type === 'incident');
    const policyIds = new Set(stringItems(d.policies).map((p) => p.value));
    for (const x of entries)
        if (x.type === 'policy' && x.id && stringItems(x.data.lessons).some((l) => l.value === lesson.id))
            policyIds.add(x.id);
    const policies = [...policyIds].map((p) => byId.get(p)).filter((x) => x?.type === 'policy');
    const sections = bodySections(body);
    const get = (...names) => names.map((n) => sections.get(n)).find((s) => s);
    // 1 Background: the summary, and where the learning came from.
    const sourceLines = few(sources).map((s) => {
        const kind = label(str(s.data.source) ?? 'learning source').toLowerCase();
        const reported = str(s.data.reported);
        const occurred = str(s.data.occurred);
        const when = reported ? `reported ${longDate(reported)}` : occurred ? `in ${/^\d{4}-\d{2}$/.test(occurred) ? longDate(`${occurred}-01`).replace(/^1 /, '') : longDate(occurred)}` : '';
        const response = str(s.data.response);
        return `From ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}${when ? `, ${when}` : ''}${response && response !== 'none' ? ` (learning response: ${label(response).toLowerCase().replace('psii', 'PSII').replace('mdt', 'MDT')})` : ''}.`;
    });
    const summary = str(d.summary) ?? '';
    const background = [mdText(summary), ...sourceLines.map(mdText)].filter(Boolean).join('\n\n');
    const actions = lessonActions(lesson, input.today).filter((a) => a.status !== 'done' && a.status !== 'cancelled');
    const next = actions.filter((a) => a.due).sort((a, b) => (a.due < b.due ? -1 : 1))[0];
    const changed = part('What we changed', get('what we changed', 'what has changed', 'what changed'), limit('changed'), 'Not recorded in the lesson.');
    // Open actions are said after the (possibly shortened) text, so they are never cut.
    if (actions.length) {
        changed.blocks.push({ kind: 'p', text: `${plural(actions.length, 'action')} still open${next ? `; the next is due ${mdText(longDate(next.due))}` : ''}.` });
    }
    const parts = [
        part('Background', background, limit('background'), 'Not recorded in the lesson.'),
        part('Why it matters', get('why it matters') ?? mdText(whyItMatters(lesson, sources, policies)), limit('why'), ''),
        part('What happened', get('what happened', 'what went well'), limit('happened'), 'Not recorded in the lesson.'),
        part('What we learned', get('what we learned', 'what we have learned', 'learning'), limit('learned'), 'Not recorded in the lesson.'),
        changed,
        part('Questions for reflection', get('questions for reflection', 'questions to reflect on', 'reflection questions', 'questions'), limit('questions'), 'Not recorded in the lesson.'),
    ];
    // 7 Find out more: the lesson file, its sources and policies, by id, title and reference.
    const ref = (e) => entryRef(input.baseUrl, { type: e.type, id: e.id, title: clip(str(e.data.title) ?? '') });
    const more = [`The full lesson: ${refMarkdown(ref(lesson))}`];
    for (const s of few(sources)) {
        const r = ref(s);
        more.push(r.url ? `Learning source: ${refMarkdown(r)}` : `Learning source ${mdText(s.id)}: ${mdText(r.title)}`);
    }
    if (fit && sources.length > 2)
        more.push(`and ${plural(sources.length - 2, 'more learning source')}`);
    for (const p of few(policies)) {
        const ref = str(p.data.reference);
        const version = str(p.data.version);
        const r = entryRef(input.baseUrl, { type: 'policy', id: p.id, title: clip(str(p.data.title) ?? '') });
        more.push(`Policy ${mdText(ref ?? p.id)}${version ? ` version ${mdText(version)}` : ''}: ${r.url ? refMarkdown(r) : mdText(r.title)}`);
    }
    if (fit && policies.length > 2)
        more.push(`and ${plural(policies.length - 2, 'more policy', 'more policies')}`);
    parts.push({ heading: 'Find out more', blocks: [{ kind: 'list', ordered: false, items: more }], shortened: false });
    return {
        id: lesson.id,
        title: str(d.title) ?? lesson.id,
        file: lesson.file,
        organisation: input.organisation,
        generated: input.today,
        kind: kindName(str(d.kind)),
        status: str(d.status) ?? '',
        themes: stringItems(d.themes).map((t) => t.value),
        parts,
    };
}
const SHORTENED = 'Shortened to fit one page: the full text is in the lesson file.';
/** The briefing as a document: seven numbered parts, laid out on one page in HTML. */
export function briefingDocument(b) {
    return {
        title: `7-minute briefing: ${b.title}`,
        organisation: b.organisation,
        subtitle: [[{ strong: b.organisation }], b.kind, b.themes.map(label).join(', '), b.id, `made on ${longDate(b.generated)}`],
        intro: [],
        sections: b.parts.map((p, i) => ({
            heading: p.heading,
            number: i + 1,
            blocks: [{ kind: 'markdown', source: blocksToMarkdown(p.blocks) }, ...(p.shortened ? [{ kind: 'paragraph', text: SHORTENED, tone: 'note' }] : [])],
        })),
        footer: 'Read it together, then talk through the questions. Print on one A4 page.',
        layout: 'briefing',
    };
}
