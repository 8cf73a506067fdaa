/**
 * What the learning library shows, per edition, as plain data taken from the entries' front-matter.
 *
 * Staff edition: lessons that are approved or later (approved, shared, embedded) and archived ones
 * (marked as such); every learning source; every policy. Drafts and lessons in review are left
 * out, and just culture reviews never have pages.
 *
 * Public edition: an allow-list, like the public digest (`publicLesson` in src/digest/build.ts):
 * for each public lesson that is approved or later, a new object holding its id (for the page
 * address), its title, its public summary, whether it came from a complaint ("You said, we did"),
 * and the month it was shared. Nothing else of any entry is read into it.
 */
import { isRecord, list, str, stringItems } from '../util/values.js';
import { lessonStage } from '../model/lifecycle.js';
import { publicLesson } from '../digest/build.js';
import { fieldOf } from '../model/entry.js';
const s = (v) => {
    if (typeof v === 'number')
        return String(v);
    return str(v)?.trim() ?? '';
};
const slugs = (v) => stringItems(v).map((x) => x.value);
function lessonDates(e) {
    const shared = list(e.data.shared)
        .filter(isRecord)
        .map((x) => s(x.date))
        .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
        .sort();
    const fallback = s(e.data.approved_on) || s(e.data.created);
    return { first: shared[0] ?? fallback, last: shared[shared.length - 1] ?? fallback };
}
const byDateDesc = (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id));
/** Lessons the staff site shows: approved or later, and archived ones. */
export function onStaffSite(e) {
    return e.type === 'lesson' && e.id !== undefined && (lessonStage(e.data.status) >= 2 || e.data.status === 'archived');
}
export function staffModel(entries) {
    const lessons = [];
    const sources = [];
    const policies = [];
    const shown = new Set(entries.filter(onStaffSite).map((e) => e.id));
    const linkedLessons = new Map();
    const link = (target, lesson) => {
        if (!shown.has(lesson))
            return;
        const set = linkedLessons.get(target) ?? new Set();
        set.add(lesson);
        linkedLessons.set(target, set);
    };
    for (const e of entries) {
        if (!onStaffSite(e))
            continue;
        const id = e.id;
        for (const x of slugs(e.data.sources))
            link(x, id);
        for (const x of slugs(e.data.policies))
            link(x, id);
        const dates = lessonDates(e);
        const ev = isRecord(e.data.evaluation) ? e.data.evaluation : undefined;
        lessons.push({
            id,
            file: e.file,
            title: s(e.data.title) || id,
            summary: s(e.data.summary),
            kind: s(e.data.kind),
            status: s(e.data.status),
            created: s(e.data.created),
            date: dates.first,
            lastShared: dates.last,
            themes: slugs(e.data.themes),
            services: slugs(e.data.services),
            audience: slugs(e.data.audience),
            sources: slugs(e.data.sources),
            policies: slugs(e.data.policies),
            actions: list(e.data.actions)
                .filter(isRecord)
                .map((a) => ({ description: s(a.description), owner: s(a.owner), due: s(a.due), status: s(a.status), measure: s(a.measure), completed: s(a.completed) })),
            approved_by: s(e.data.approved_by),
            approved_on: s(e.data.approved_on),
            shared: list(e.data.shared)
                .filter(isRecord)
                .map((x) => ({ channel: s(x.channel), date: s(x.date) }))
                .filter((x) => x.channel || x.date),
            evaluate_by: s(e.data.evaluate_by),
            evaluation: ev ? { date: s(ev.date), method: s(ev.method), result: s(ev.result) } : undefined,
            public_summary: e.data.public === true ? s(e.data.public_summary) : '',
        });
    }
    for (const e of entries) {
        if (e.id === undefined)
            continue;
        if (e.type === 'incident') {
            for (const l of slugs(e.data.lessons))
                link(e.id, l);
            const harm = isRecord(e.data.harm) ? e.data.harm : {};
            sources.push({
                id: e.id,
                file: e.file,
                title: s(e.data.title) || e.id,
                source: s(e.data.source),
                occurred: s(e.data.occurred),
                service: s(e.data.service),
                status: s(e.data.status),
                response: s(e.data.response),
                harm: { physical: s(harm.physical), psychological: s(harm.psychological) },
                factors: list(e.data.contributory_factors)
                    .filter(isRecord)
                    .map((f) => ({ system: s(f.system), description: s(f.description) }))
                    .filter((f) => f.description),
                lessons: [],
            });
        }
        else if (e.type === 'policy') {
            for (const l of slugs(e.data.lessons))
                link(e.id, l);
            const field = (label, key) => [label, s(fieldOf(e.data, key))];
            policies.push({
                id: e.id,
                file: e.file,
                title: s(e.data.title) || e.id,
                control: [
                    field('Reference', 'reference'),
                    field('Version', 'version'),
                    field('Replaces', 'replaces'),
                    field('Status', 'status'),
                    field('Audience', 'audience'),
                    field('Author', 'author'),
                    field('Owner group', 'owner_group'),
                    field('Ratified by', 'ratified_by'),
                    field('Ratified on', 'ratified_on'),
                    field('Implemented on', 'implemented_on'),
                    field('Review date', 'review_date'),
                    field('Distribution date', 'distribution_date'),
                    field('Contact', 'contact'),
                ],
                status: s(e.data.status),
                review_date: s(e.data.review_date),
                lessons: [],
            });
        }
    }
    for (const x of [...sources, ...policies])
        x.lessons = [...(linkedLessons.get(x.id) ?? [])].sort();
    lessons.sort(byDateDesc);
    sources.sort((a, b) => (a.occurred < b.occurred ? 1 : a.occurred > b.occurred ? -1 : a.id.localeCompare(b.id)));
    policies.sort((a, b) => (a.control[0][1] || a.id).localeCompare(b.control[0][1] || b.id) || a.id.localeCompare(b.id));
    return { audience: 'staff', lessons, sources, policies };
}
export function publicModel(entries, warn) {
    const sourceKind = new Map();
    for (const e of entries)
        if (e.type === 'incident' && e.id)
            sourceKind.set(e.id, s(e.data.source));
    const lessons = [];
    for (const e of entries) {
        if (e.type !== 'lesson' || e.id === undefined || lessonStage(e.data.status) < 2 || e.data.public !== true)
            continue;
        const item = publicLesson(e, sourceKind);
        if (!item) {
            warn?.(`${e.file} is marked public but has no public_summary, so it was left out of the public site.`);
            continue;
        }
        lessons.push({ id: e.id, title: item.title, summary: item.summary, you_said_we_did: item.you_said_we_did, date: lessonDates(e).first });
    }
    lessons.sort(byDateDesc);
    return { audience: 'public', lessons };
}
