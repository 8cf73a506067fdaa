/**
 * The content of a digest, per audience, as plain data: this is what `--format json` prints, and
 * the Markdown and HTML renderers draw only from it.
 *
 * Which dates count for a period (date bounds):
 * - a lesson is in the period when its status is approved, shared or embedded and its
 *   `approved_on` or any `shared[].date` falls in the period (bounds included); draft, in-review
 *   and archived lessons never are;
 * - a learning source (type incident) is in the period when its `reported` date, or else the first
 *   day of its `occurred` month, falls in the period;
 * - actions are "due in the period" by `due`, and overdue as of today, whatever the period.
 * With a `--from` git ref, entries are selected by their files instead: those that changed
 * between the ref and HEAD (or the `--to` ref), still only lessons that are approved or later.
 *
 * The public digest is built from an allow-list: for each lesson, a new object holding only its
 * `title` and `public_summary`. Nothing else of an entry is ever read into it.
 */
import { entryUrl } from '../model/pages.js';
import { isIsoDate, startOfPeriod } from '../model/dates.js';
import { isApprovedOrLater, policyReviewState } from '../model/lifecycle.js';
import { LESSON_STATUS, PHYSICAL_HARM, PSYCHOLOGICAL_HARM, RESPONSE, SOURCE_KIND, slugLabel } from '../model/vocabulary.js';
import { isRecord, list, str, stringItems } from '../util/values.js';
import { allActions, lessonActions } from './actions.js';
import { inPeriod } from './period.js';
import { section } from '../document/markdown-source.js';
// ---------------------------------------------------------------------------------------------
// Helpers
/** "medication-safety" → "Medication safety" (taxonomy slugs: themes, services, audiences). */
export const label = slugLabel;
function lessonDates(e) {
    const dates = [];
    const approved = str(e.data.approved_on);
    if (approved)
        dates.push(approved);
    for (const s of list(e.data.shared))
        if (isRecord(s) && str(s.date))
            dates.push(str(s.date));
    return dates;
}
const isLesson = (e) => e.type === 'lesson' && e.id !== undefined;
const isSource = (e) => e.type === 'incident' && e.id !== undefined;
/** Approved, shared or embedded (not draft, in review or archived). */
const isApproved = (e) => isApprovedOrLater(e.data.status);
/** The latest approval or sharing date of a lesson within the period (any, with a git-ref period). */
export function itemDate(e, period) {
    const dates = lessonDates(e).filter((d) => isIsoDate(d) && (period.changed !== undefined || inPeriod(d, period)));
    return dates.length ? dates.sort().at(-1) ?? null : null;
}
export function lessonInPeriod(e, period) {
    if (!isLesson(e) || !isApproved(e))
        return false;
    if (period.changed)
        return period.changed.has(e.file);
    return lessonDates(e).some((d) => inPeriod(d, period));
}
function sourceDate(e) {
    const reported = str(e.data.reported);
    if (reported && isIsoDate(reported))
        return reported;
    const occurred = str(e.data.occurred);
    return occurred ? startOfPeriod(occurred) : undefined;
}
export function sourceInPeriod(e, period) {
    if (!isSource(e))
        return false;
    if (period.changed)
        return period.changed.has(e.file);
    return inPeriod(sourceDate(e), period);
}
function byId(a, b) {
    return (a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0;
}
function themeOrder(config) {
    const order = config.taxonomy.themes ?? [];
    const rank = (t) => {
        const i = order.indexOf(t);
        return i === -1 ? order.length : i;
    };
    return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function header(input, audience) {
    const { period } = input;
    const p = { from: period.from, to: period.to };
    if (period.fromRef)
        p.from_ref = period.fromRef;
    if (period.toRef)
        p.to_ref = period.toRef;
    const notes = [];
    if (!input.log) {
        notes.push(audience === 'public'
            ? 'Dates are taken from the records themselves.'
            : 'No git history was available (no git repository, git not installed, or no commits yet), so "last changed" dates come from the dates written in each file.');
    }
    else if (input.shallow && audience !== 'public') {
        notes.push('This was made from a shallow clone, so dates taken from git history may be incomplete.');
    }
    return {
        period: p,
        audience,
        generated: input.today,
        organisation: input.config.organisation,
        history: { source: input.log ? 'git' : 'front-matter', shallow: input.shallow },
        notes,
    };
}
// ---------------------------------------------------------------------------------------------
// Staff
function lessonItem(e, input) {
    const body = input.readBody(e.file) ?? '';
    const url = entryUrl(input.config.site.base_url, e);
    return {
        id: e.id,
        title: str(e.data.title) ?? e.id,
        file: e.file,
        ...(url ? { url } : {}),
        kind: str(e.data.kind) ?? null,
        status: str(e.data.status) ?? null,
        themes: stringItems(e.data.themes).map((t) => t.value),
        summary: str(e.data.summary) ?? null,
        approved_on: str(e.data.approved_on) ?? null,
        shared: list(e.data.shared)
            .filter(isRecord)
            .map((s) => ({ channel: str(s.channel) ?? '', date: str(s.date) ?? '' }))
            .filter((s) => s.channel !== '' && s.date !== ''),
        what_we_changed: section(body, 'what we changed', 'what has changed', 'what changed') ?? null,
        questions: section(body, 'questions for reflection', 'questions to reflect on', 'reflection questions', 'questions') ?? null,
        actions: lessonActions(e, input.today),
    };
}
/** When the entry's file last changed: from git when it knows the file, else the front-matter. */
function lastChanged(e, log) {
    const fromGit = log?.files.get(e.file)?.last;
    if (fromGit)
        return fromGit;
    // Outside git, or a file not committed yet: the front-matter is all there is.
    return str(e.data.updated) ?? str(e.data.approved_on) ?? str(e.data.created);
}
function policiesFor(lessons, entries) {
    const ids = new Set(lessons.map((l) => l.id));
    const linked = new Map();
    const link = (policy, lesson) => {
        const set = linked.get(policy) ?? new Set();
        set.add(lesson);
        linked.set(policy, set);
    };
    for (const l of lessons)
        for (const p of stringItems(l.data.policies))
            link(p.value, l.id);
    for (const e of entries) {
        if (e.type !== 'policy' || e.id === undefined)
            continue;
        for (const l of stringItems(e.data.lessons))
            if (ids.has(l.value))
                link(e.id, l.value);
    }
    const out = [];
    for (const e of entries) {
        if (e.type !== 'policy' || e.id === undefined || !linked.has(e.id))
            continue;
        out.push({
            id: e.id,
            title: str(e.data.title) ?? e.id,
            file: e.file,
            reference: str(e.data.reference) ?? null,
            version: str(e.data.version) ?? null,
            status: str(e.data.status) ?? null,
            review_date: str(e.data.review_date) ?? null,
            lessons: [...linked.get(e.id)].sort(),
        });
    }
    return out.sort((a, b) => (a.reference ?? a.id).localeCompare(b.reference ?? b.id) || a.id.localeCompare(b.id));
}
export function buildStaff(input) {
    const { entries, period } = input;
    const lessons = entries.filter((e) => lessonInPeriod(e, period)).sort(byId);
    const items = lessons.map((e) => lessonItem(e, input));
    const order = themeOrder(input.config);
    const groups = new Map();
    for (const it of items) {
        const theme = it.themes[0] ?? 'other';
        groups.set(theme, [...(groups.get(theme) ?? []), it]);
    }
    const themes = [...groups.keys()].sort(order).map((theme) => ({ theme, label: label(theme), lessons: groups.get(theme) }));
    const actions = allActions(entries, input.today);
    const included = new Set(lessons.map((l) => l.id));
    const updated = period.changed
        ? []
        : entries
            .filter((e) => isLesson(e) && isApproved(e) && !included.has(e.id))
            .map((e) => ({ e, changed: lastChanged(e, input.log) }))
            .filter((x) => inPeriod(x.changed, period))
            .sort((a, b) => byId(a.e, b.e))
            .map(({ e, changed }) => ({ id: e.id, title: str(e.data.title) ?? e.id, file: e.file, changed: changed }));
    const dateOf = new Map(lessons.map((l) => [l.id, itemDate(l, period)]));
    const goodPractice = items.filter((i) => i.kind === 'good-practice').map((i) => ({ id: i.id, title: i.title, file: i.file, ...(i.url ? { url: i.url } : {}), summary: i.summary, date: dateOf.get(i.id) ?? null }));
    const actionsDue = actions.filter((a) => inPeriod(a.due ?? undefined, period));
    const overdue = actions.filter((a) => a.overdue);
    const policies = policiesFor(lessons, entries);
    return {
        ...header(input, 'staff'),
        audience: 'staff',
        summary: {
            lessons: items.length,
            good_practice: goodPractice.length,
            actions_due: actionsDue.length,
            overdue_actions: overdue.length,
            policies: policies.length,
            updated: updated.length,
        },
        good_practice: goodPractice,
        themes,
        actions_due: actionsDue,
        overdue_actions: overdue,
        policies,
        updated,
    };
}
// ---------------------------------------------------------------------------------------------
// Public: an allow-list, never a copy with fields removed.
/**
 * The allow-list itself, shared by the public digest and the public site: of a public lesson,
 * only its title (public_title, else title) and public summary, and whether it came from a complaint ("You said, we did":
 * what patients and carers told us). Undefined when it has no public summary.
 */
export function publicLesson(e, sourceKind) {
    // A plain-language public_title when there is one (docs/writing-entries.md), else the title.
    const title = str(e.data.public_title)?.trim() || str(e.data.title);
    const summary = str(e.data.public_summary);
    if (!title || !summary || summary.trim() === '')
        return undefined;
    const fromFeedback = stringItems(e.data.sources).some((s) => sourceKind.get(s.value) === 'complaint');
    return { title: title.trim(), summary: summary.trim(), you_said_we_did: fromFeedback };
}
export function buildPublic(input) {
    const { entries, period } = input;
    const sourceKind = new Map();
    for (const e of entries)
        if (isSource(e))
            sourceKind.set(e.id, str(e.data.source) ?? '');
    const youSaid = [];
    const learned = [];
    const lessons = entries.filter((e) => lessonInPeriod(e, period) && e.data.public === true).sort(byId);
    for (const e of lessons) {
        const found = publicLesson(e, sourceKind);
        if (!found) {
            input.warn?.(`${e.file} is marked public but has no public_summary, so it was left out of the public digest.`);
            continue;
        }
        const item = { title: found.title, summary: found.summary, date: itemDate(e, period) };
        (found.you_said_we_did ? youSaid : learned).push(item);
    }
    const c = input.config.public.contact;
    const contact = c.phone || c.email || c.url ? { ...(c.phone ? { phone: c.phone } : {}), ...(c.email ? { email: c.email } : {}), ...(c.url ? { url: c.url } : {}) } : null;
    return { ...header(input, 'public'), audience: 'public', you_said_we_did: youSaid, what_we_learned: learned, contact };
}
// ---------------------------------------------------------------------------------------------
// Board
/** How many of `values` are each value of `vocab` (in its order), plus `extra` for anything else. */
function counts(vocab, values, extra) {
    const m = new Map(vocab.values.map((k) => [k, 0]));
    if (extra)
        m.set(extra, 0);
    for (const v of values) {
        const k = v !== undefined && m.has(v) ? v : extra;
        if (k !== undefined)
            m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].map(([key, count]) => ({ key, label: vocab.label(key), count }));
}
/** The months the trend shows: those of the period, at least the last 6 and at most the last 12. */
export function trendMonths(from, to) {
    const start = from.slice(0, 7);
    const months = [];
    let cur = to.slice(0, 7);
    while (months.length < 12 && (months.length < 6 || cur >= start)) {
        months.unshift(cur);
        const [y, m] = cur.split('-').map(Number);
        cur = m === 1 ? `${String(y - 1).padStart(4, '0')}-12` : `${String(y).padStart(4, '0')}-${String(m - 1).padStart(2, '0')}`;
    }
    return months;
}
function policyReview(e) {
    return {
        id: e.id,
        title: str(e.data.title) ?? e.id,
        file: e.file,
        reference: str(e.data.reference) ?? null,
        version: str(e.data.version) ?? null,
        owner_group: str(e.data.owner_group) ?? null,
        review_date: str(e.data.review_date),
    };
}
export function buildBoard(input) {
    const { entries, period, today, config } = input;
    const lessons = entries.filter((e) => lessonInPeriod(e, period));
    const sources = entries.filter((e) => sourceInPeriod(e, period));
    const allLessons = entries.filter(isLesson);
    const themeCounts = new Map();
    for (const l of lessons)
        for (const t of new Set(stringItems(l.data.themes).map((x) => x.value)))
            themeCounts.set(t, (themeCounts.get(t) ?? 0) + 1);
    const order = themeOrder(config);
    const byTheme = [...themeCounts]
        .sort((a, b) => b[1] - a[1] || order(a[0], b[0]))
        .map(([key, count]) => ({ key, label: label(key), count }));
    const harm = (field) => sources.map((s) => (isRecord(s.data.harm) ? str(s.data.harm[field]) : undefined));
    const months = trendMonths(period.from, period.to);
    const trend = months.map((month) => ({
        month,
        lessons_approved: allLessons.filter((l) => isApprovedOrLater(l.data.status) && (str(l.data.approved_on) ?? '').startsWith(month)).length,
        sources_reported: entries.filter((e) => isSource(e) && (sourceDate(e) ?? '').startsWith(month)).length,
    }));
    const actions = allActions(entries, today);
    const done = actions.filter((a) => a.status === 'done').length;
    const cancelled = actions.filter((a) => a.status === 'cancelled').length;
    const overdue = actions.filter((a) => a.overdue);
    const open = actions.length - done - cancelled - overdue.length;
    const live = actions.length - cancelled;
    const completedInPeriod = entries
        .filter((e) => isLesson(e) && e.data.status !== 'archived')
        .flatMap((e) => list(e.data.actions))
        .filter((a) => isRecord(a) && a.status === 'done' && inPeriod(str(a.completed), period)).length;
    const policies = entries.filter((e) => e.type === 'policy' && e.id !== undefined && e.data.status === 'authorised');
    const review = (e) => policyReviewState(e.data.review_date, today, config.policy.review_warning_days);
    const byReview = (a, b) => (a.review_date < b.review_date ? -1 : a.review_date > b.review_date ? 1 : a.id.localeCompare(b.id));
    const reviewOverdue = policies.filter((e) => review(e) === 'overdue').map(policyReview).sort(byReview);
    const reviewDue = policies.filter((e) => review(e) === 'due').map(policyReview).sort(byReview);
    return {
        ...header(input, 'board'),
        audience: 'board',
        at_a_glance: {
            lessons: lessons.length,
            good_practice: lessons.filter((l) => l.data.kind === 'good-practice').length,
            sources: sources.length,
            actions_completed: completedInPeriod,
            overdue_actions: overdue.length,
            policies_review_overdue: reviewOverdue.length,
        },
        lessons_by_theme: byTheme,
        lessons_by_status: counts(LESSON_STATUS, allLessons.map((l) => str(l.data.status))),
        sources_by_kind: counts(SOURCE_KIND, sources.map((s) => str(s.data.source))),
        harm: { physical: counts(PHYSICAL_HARM, harm('physical'), 'not-recorded'), psychological: counts(PSYCHOLOGICAL_HARM, harm('psychological'), 'not-recorded') },
        responses: counts(RESPONSE, sources.map((s) => str(s.data.response))),
        trend,
        actions: {
            total: actions.length,
            done,
            open,
            overdue: overdue.length,
            cancelled,
            percent_complete: live > 0 ? Math.round((done / live) * 100) : null,
        },
        overdue_actions: overdue,
        policies_review_overdue: reviewOverdue,
        policies_review_due: reviewDue,
    };
}
export function buildDigest(input) {
    switch (input.audience) {
        case 'public':
            return buildPublic(input);
        case 'board':
            return buildBoard(input);
        default:
            return buildStaff(input);
    }
}
