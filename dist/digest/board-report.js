/**
 * The board report's data (issue 15): what a board decides from, built on the counts of
 * `buildBoard` (build.ts). This is what `digest --audience board --format json` prints; the
 * document (audiences/board.ts) draws only from it.
 *
 * - `comparison`: the period against the one before it, of the same length (whole months when the
 *   period is whole months: a quarter is compared with the quarter before). None with a git ref.
 * - `key_lessons`: the few most important lessons of the period, by the worst harm of the sources
 *   they came from, then by how often their themes recur in learning sources of the last 12
 *   months; each with what changed and the evidence that it is embedded.
 * - `recurring_themes`: themes of learning sources (from the lessons linked to them) reported in
 *   the 12 months to the end of the period, in two or more sources; `across_kinds` when they come
 *   from two or more kinds (incidents, complaints, inquests, mortality reviews…). Good care is left
 *   out: a theme recurring there is not a risk.
 * - `deadlines`: statutory and agreed clocks (src/repo/clocks.ts) overdue or due soon today, and
 *   how those due in the period (and the previous one) were met.
 * - `feedback`: of the closed sources reported in the period whose kind has a reporter, the share
 *   with feedback recorded.
 */
import { hasFeedback, needsFeedback, sourceClocks } from '../repo/clocks.js';
import { addDays, daysBetween, daysInMonth, isIsoDate } from '../model/dates.js';
import { isSharedOrLater } from '../model/lifecycle.js';
import { isRecord, list, str, stringItems } from '../util/values.js';
import { parseBlocks, cutText, section } from '../document/markdown-source.js';
import { channelName, longDate } from '../document/text.js';
import { lessonActions } from './actions.js';
import { PHYSICAL_HARM, PSYCHOLOGICAL_HARM, SOURCE_KIND } from '../model/vocabulary.js';
import { buildBoard, label, lessonInPeriod, sourceInPeriod } from './build.js';
import { inPeriod } from './period.js';
export const KEY_LESSONS = 3;
/** Harm levels in order of the vocabulary: none 0, low 1, moderate 2, severe 3 (fatal 4). */
const rankOf = (vocab, v) => Math.max(0, vocab.values.indexOf(v));
/** The worst harm of a source: its rank (0–4) and words. */
function harmOf(e) {
    const h = isRecord(e.data.harm) ? e.data.harm : {};
    const p = str(h.physical);
    const s = str(h.psychological);
    const pr = p !== undefined ? rankOf(PHYSICAL_HARM, p) : -1;
    const sr = s !== undefined ? rankOf(PSYCHOLOGICAL_HARM, s) : -1;
    if (pr < 0 && sr < 0)
        return { rank: -1, words: null };
    if (pr >= sr)
        return { rank: pr, words: pr === 4 ? 'a death' : `${p} physical harm` };
    return { rank: sr, words: `${s} psychological harm` };
}
/** The period before `p`, of the same length: whole months when `p` is whole months. */
export function previousPeriod(p) {
    const [fy, fm, fd] = p.from.split('-').map(Number);
    const [ty, tm, td] = p.to.split('-').map(Number);
    if (fd === 1 && td === daysInMonth(ty, tm)) {
        const months = (ty - fy) * 12 + (tm - fm) + 1;
        const start = new Date(Date.UTC(fy, fm - 1 - months, 1));
        const to = addDays(p.from, -1);
        return { from: `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}-01`, to };
    }
    const length = daysBetween(p.from, p.to);
    const to = addDays(p.from, -1);
    return { from: addDays(to, -length), to };
}
function change(key, labelText, current, previous, unit = 'count') {
    const diff = previous === null ? null : current - previous;
    return { key, label: labelText, current, previous, change: diff, direction: diff === null ? null : diff > 0 ? 'up' : diff < 0 ? 'down' : 'same', unit };
}
/** Plain text of Markdown: list items joined with "; ", emphasis and links reduced to their text. */
function plainText(md) {
    const inline = (s) => s
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_|`)(\S[\s\S]*?)\1/g, '$2')
        .replace(/\s+/g, ' ')
        .trim();
    return parseBlocks(md)
        .map((b) => (b.kind === 'list' ? b.items.map((i, n) => lowerFirst(inline(i).replace(/[.;]$/, ''), n > 0)).join('; ') + '.' : inline(b.text)))
        .filter(Boolean)
        .join(' ');
}
/** "The ward…" → "the ward…" after a semicolon; "NEWS2…" and "CT…" stay as written. */
function lowerFirst(s, yes) {
    return yes && /^[A-Z](?![A-Z0-9])/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
const pct = (n, d) => (d > 0 ? Math.round((n / d) * 100) : null);
export function buildBoardReport(input) {
    const base = buildBoard(input);
    const { entries, period, today, config } = input;
    const previous = period.changed ? null : previousPeriod(period);
    const prev = previous ? { from: previous.from, to: previous.to } : null;
    const byId = new Map();
    for (const e of entries)
        if (e.id !== undefined)
            byId.set(e.id, e);
    const titleOf = (id) => str(byId.get(id)?.data.title) ?? id;
    const sources = entries.filter((e) => e.type === 'incident' && e.id !== undefined);
    const lessons = entries.filter((e) => e.type === 'lesson' && e.id !== undefined && e.data.status !== 'archived');
    // Links between lessons and sources, from either side.
    const sourceLessons = new Map();
    const link = (source, lesson) => {
        if (byId.get(source)?.type !== 'incident' || byId.get(lesson)?.type !== 'lesson')
            return;
        const set = sourceLessons.get(source) ?? new Set();
        set.add(lesson);
        sourceLessons.set(source, set);
    };
    for (const l of lessons)
        for (const s of stringItems(l.data.sources))
            link(s.value, l.id);
    for (const s of sources)
        for (const l of stringItems(s.data.lessons))
            link(s.id, l.value);
    // Each lesson's sources, in the order of `sources` (one pass, not one search per lesson).
    const sourcesOfLesson = new Map();
    for (const s of sources) {
        for (const l of sourceLessons.get(s.id) ?? []) {
            const list = sourcesOfLesson.get(l);
            if (list)
                list.push(s);
            else
                sourcesOfLesson.set(l, [s]);
        }
    }
    const lessonSources = (lesson) => sourcesOfLesson.get(lesson.id) ?? [];
    const themesOfSource = new Map();
    const sourceThemes = (s) => {
        let themes = themesOfSource.get(s);
        if (themes)
            return themes;
        themes = new Set();
        for (const l of sourceLessons.get(s.id) ?? []) {
            const le = byId.get(l);
            if (le && le.data.status !== 'archived')
                for (const t of stringItems(le.data.themes))
                    themes.add(t.value);
        }
        themesOfSource.set(s, themes);
        return themes;
    };
    // Recurring themes: sources of the 12 months to the end of the period.
    const [ty, tm] = period.to.split('-').map(Number);
    const windowStart = new Date(Date.UTC(ty, tm - 12, 1));
    const window = { from: `${String(windowStart.getUTCFullYear()).padStart(4, '0')}-${String(windowStart.getUTCMonth() + 1).padStart(2, '0')}-01`, to: period.to };
    const windowSources = sources.filter((s) => str(s.data.source) !== 'good-care' && sourceInPeriod(s, window));
    const themeSources = new Map();
    for (const s of windowSources) {
        for (const t of sourceThemes(s)) {
            const list = themeSources.get(t);
            if (list)
                list.push(s);
            else
                themeSources.set(t, [s]);
        }
    }
    const themes = [...themeSources]
        .filter(([, list]) => list.length >= 2)
        .map(([theme, list]) => {
        const kinds = new Map();
        for (const s of list)
            kinds.set(str(s.data.source) ?? '', (kinds.get(str(s.data.source) ?? '') ?? 0) + 1);
        const linked = new Set(list.flatMap((s) => [...(sourceLessons.get(s.id) ?? [])]));
        return {
            theme,
            label: label(theme),
            sources: list.length,
            in_period: list.filter((s) => sourceInPeriod(s, period)).length,
            kinds: [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, count]) => ({ key, label: SOURCE_KIND.label(key), count })),
            across_kinds: kinds.size >= 2,
            lessons: [...linked]
                .filter((id) => stringItems(byId.get(id)?.data.themes).some((t) => t.value === theme))
                .sort()
                .map((id) => ({ id, title: titleOf(id) })),
        };
    })
        .sort((a, b) => b.kinds.length - a.kinds.length || b.sources - a.sources || a.theme.localeCompare(b.theme));
    /** How many sources of the window share at least one of these themes. */
    const recurrenceOf = (themesOfLesson) => new Set(themesOfLesson.flatMap((t) => themeSources.get(t) ?? [])).size;
    // Key lessons of the period.
    const inPeriodLessons = entries.filter((e) => lessonInPeriod(e, period));
    const ranked = inPeriodLessons.map((l) => {
        const ls = lessonSources(l);
        const worst = ls.map(harmOf).sort((a, b) => b.rank - a.rank)[0] ?? { rank: -1, words: null };
        const lessonThemes = stringItems(l.data.themes).map((t) => t.value);
        return { l, ls, worst, recurrence: recurrenceOf(lessonThemes), lessonThemes };
    });
    ranked.sort((a, b) => b.worst.rank - a.worst.rank ||
        b.recurrence - a.recurrence ||
        (str(b.l.data.approved_on) ?? '').localeCompare(str(a.l.data.approved_on) ?? '') ||
        a.l.id.localeCompare(b.l.id));
    const keyLessons = ranked.slice(0, KEY_LESSONS).map(({ l, ls, worst, recurrence, lessonThemes }) => {
        const body = input.readBody(l.file) ?? '';
        const changed = section(body, 'what we changed', 'what has changed', 'what changed');
        const actions = lessonActions(l, today);
        const recurring = lessonThemes.filter((t) => (themeSources.get(t)?.length ?? 0) >= 2);
        const why = [];
        if (worst.words)
            why.push(`It comes from ${ls.length === 1 ? 'a learning source' : 'learning sources'} with ${worst.words} (${[...new Set(ls.map((s) => SOURCE_KIND.phrase(str(s.data.source) ?? '')))].join(', ')}).`);
        if (recurring.length)
            why.push(`Its ${recurring.length === 1 ? 'theme' : 'themes'} ${recurring.map((t) => label(t).toLowerCase()).join(', ')} ${recurring.length === 1 ? 'recurs' : 'recur'} in ${recurrence} learning sources of the last 12 months.`);
        if (!why.length)
            why.push(l.data.kind === 'good-practice' ? 'Good practice to spread.' : 'Approved or shared in the period.');
        return {
            id: l.id,
            title: str(l.data.title) ?? l.id,
            file: l.file,
            kind: str(l.data.kind) ?? null,
            status: str(l.data.status) ?? null,
            themes: lessonThemes.map((t) => ({ key: t, label: label(t), count: themeSources.get(t)?.length ?? 0 })),
            harm: worst.words,
            harm_rank: worst.rank,
            recurrence,
            sources: ls.map((s) => ({ id: s.id, title: str(s.data.title) ?? s.id, kind: str(s.data.source) ?? '' })),
            why: why.join(' '),
            summary: str(l.data.summary) ?? null,
            what_changed: changed ? cutText(plainText(changed), 420) : null,
            evidence: evidenceOf(l, actions),
            actions: { total: actions.filter((a) => a.status !== 'cancelled').length, done: actions.filter((a) => a.status === 'done').length, overdue: actions.filter((a) => a.overdue).length },
        };
    });
    // Clocks.
    const dueSoon = config.deadlines.due_soon_days;
    const clocks = sources.flatMap((s) => sourceClocks(s, today, dueSoon));
    const row = (c) => ({
        source: c.source,
        title: c.title,
        kind: c.kind,
        kind_label: SOURCE_KIND.label(c.kind),
        step: c.step,
        label: c.label,
        due: c.due,
        days_left: c.days_left,
        basis: c.basis,
        rule: c.rule,
        owner: c.owner,
        lessons: c.lessons.map((id) => ({ id, title: titleOf(id) })),
    });
    const byDue = (a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.source.localeCompare(b.source));
    const tally = (p) => {
        const due = clocks.filter((c) => inPeriod(c.due, p) && c.due < today);
        return {
            due: due.length,
            met_on_time: due.filter((c) => c.state === 'met').length,
            met_late: due.filter((c) => c.state === 'met-late').length,
            not_met: due.filter((c) => c.state === 'overdue').length,
        };
    };
    // Feedback to reporters.
    const feedbackShare = (p) => {
        const closed = sources.filter((s) => needsFeedback(s.data) && sourceInPeriod(s, p));
        return { closed: closed.length, with_feedback: closed.filter((s) => hasFeedback(s.data)).length };
    };
    const fb = feedbackShare(period);
    const fbPrev = prev ? feedbackShare(prev) : null;
    // The comparison.
    const countIn = (p) => {
        const ls = entries.filter((e) => lessonInPeriod(e, p));
        const ss = entries.filter((e) => sourceInPeriod(e, p));
        const completed = lessons.flatMap((e) => list(e.data.actions)).filter((a) => isRecord(a) && a.status === 'done' && inPeriod(str(a.completed), p)).length;
        return {
            lessons: ls.length,
            good: ls.filter((l) => l.data.kind === 'good-practice').length,
            sources: ss.length,
            harmful: ss.filter((s) => harmOf(s).rank >= 2).length,
            completed,
        };
    };
    const now = countIn(period);
    const before = prev ? countIn(prev) : null;
    const tNow = tally(period);
    const tBefore = prev ? tally(prev) : null;
    const comparison = [
        change('lessons', 'Lessons approved or shared', now.lessons, before?.lessons ?? null),
        change('good_practice', 'of which good practice', now.good, before?.good ?? null),
        change('sources', 'Learning sources reported', now.sources, before?.sources ?? null),
        change('moderate_harm_or_worse', 'of which moderate harm or worse', now.harmful, before?.harmful ?? null),
        change('actions_completed', 'Actions completed', now.completed, before?.completed ?? null),
        change('deadlines_met_on_time', 'Statutory and agreed deadlines met on time', tNow.met_on_time, tBefore?.met_on_time ?? null),
        change('deadlines_missed', 'Deadlines missed (late or not met)', tNow.met_late + tNow.not_met, tBefore ? tBefore.met_late + tBefore.not_met : null),
    ];
    const fbPct = pct(fb.with_feedback, fb.closed);
    const fbPrevPct = fbPrev ? pct(fbPrev.with_feedback, fbPrev.closed) : null;
    if (fbPct !== null)
        comparison.push(change('feedback_percent', 'Closed sources with feedback given (%)', fbPct, fbPrevPct, 'percent'));
    const inPeriodMonth = (month) => `${month}-01` <= period.to && `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}` >= period.from;
    return {
        ...base,
        previous_period: previous,
        comparison,
        key_lessons: keyLessons,
        recurring_themes: { window, themes },
        deadlines: {
            overdue: clocks.filter((c) => c.state === 'overdue').sort(byDue).map(row),
            due_soon: clocks.filter((c) => c.state === 'due-soon').sort(byDue).map(row),
            in_period: tNow,
            previous_period: tBefore,
        },
        feedback: { closed: fb.closed, with_feedback: fb.with_feedback, percent: fbPct, previous_percent: fbPrevPct },
        trend: base.trend.map((t) => ({ ...t, in_period: !period.changed && inPeriodMonth(t.month) })),
        overdue_actions: base.overdue_actions.map((a) => ({ ...a, lesson_title: titleOf(a.lesson) })),
        overdue_by_lesson: byLesson(base.overdue_actions, titleOf),
    };
}
function byLesson(rows, titleOf) {
    const groups = new Map();
    for (const a of rows)
        groups.set(a.lesson, [...(groups.get(a.lesson) ?? []), a]);
    return [...groups]
        .map(([lesson, list]) => ({
        lesson,
        lesson_title: titleOf(lesson),
        overdue: list.length,
        owners: [...new Set(list.map((a) => a.owner).filter((o) => !!o))],
        oldest_due: list.map((a) => a.due).filter((d) => !!d).sort()[0] ?? null,
    }))
        .sort((a, b) => (a.oldest_due ?? '\uffff').localeCompare(b.oldest_due ?? '\uffff') || b.overdue - a.overdue || a.lesson.localeCompare(b.lesson));
}
/** The evidence that a lesson is embedded, in words: evaluation, sharing, actions and their measures. */
function evidenceOf(l, actions) {
    const out = [];
    const ev = isRecord(l.data.evaluation) ? l.data.evaluation : undefined;
    if (ev && str(ev.result))
        out.push(`Checked ${longDate(str(ev.date)) || ''} by ${str(ev.method) ?? 'evaluation'}: ${str(ev.result)}`.replace(/ {2,}/g, ' '));
    else if (l.data.status === 'embedded')
        out.push('Marked embedded; no evaluation is recorded.');
    const shared = list(l.data.shared).filter(isRecord).map((s) => str(s.channel)).filter((c) => c !== undefined);
    if (shared.length)
        out.push(`Shared ${shared.length === 1 ? 'once' : `${shared.length} times`} (${[...new Set(shared.map(channelName))].join(', ')}).`);
    const evaluateBy = str(l.data.evaluate_by);
    if (evaluateBy && isIsoDate(evaluateBy) && l.data.status !== 'embedded')
        out.push(`Embedding to be checked by ${longDate(evaluateBy)}.`);
    const live = actions.filter((a) => a.status !== 'cancelled');
    if (live.length) {
        const done = live.filter((a) => a.status === 'done').length;
        const overdue = live.filter((a) => a.overdue).length;
        out.push(`${done} of ${live.length} actions done${overdue ? `, ${overdue} overdue` : ''}.`);
    }
    const measures = list(l.data.actions)
        .filter(isRecord)
        .map((a) => str(a.measure))
        .filter((m) => m !== undefined);
    if (measures.length)
        out.push(`Measured by: ${measures.join('; ')}.`);
    if (!isSharedOrLater(l.data.status))
        out.push('Approved, not yet shared.');
    return out;
}
