import { D as section, E as parseBlocks, F as whyNoHistory, M as resolvePeriod, N as SHALLOW_WARNING, P as openHistory, S as cutText, _ as lessonInPeriod, c as longDate, d as shortMonth, f as statusName, g as label, h as buildStaff, j as inPeriod, l as periodText, o as channelName, p as buildBoard, s as kindName, u as plural, y as sourceInPeriod } from "./render-html.js";
import { i as sourceClocks, n as needsFeedback, t as hasFeedback } from "./clocks.js";
import { a as isIsoDate, i as daysInMonth, r as daysBetween, t as addDays } from "./dates.js";
import { r as isSharedOrLater } from "./lifecycle.js";
import { a as isRecord, l as str, o as list, u as stringItems } from "./values.js";
import { n as lessonActions } from "./actions.js";
import { _ as SOURCE_KIND, d as PHYSICAL_HARM, p as PSYCHOLOGICAL_HARM } from "./config.js";
import { a as ABOUT_STAFF_DATES, i as digestHead, n as publicAudience, o as TITLES, r as actionsBlocks, s as staffIntro } from "./public.js";
import { i as renderDocument, n as checkOutput, r as writeOutput, t as readBody } from "./body.js";
import { n as skippedNote, t as loadEntries } from "./load.js";
import { t as progress } from "./progress.js";
import { r as redactor, t as redactData } from "./redact.js";
import path from "node:path";
const rankOf = (vocab, v) => Math.max(0, vocab.values.indexOf(v));
function harmOf(e) {
	const h = isRecord(e.data.harm) ? e.data.harm : {};
	const p = str(h.physical);
	const s = str(h.psychological);
	const pr = p !== void 0 ? rankOf(PHYSICAL_HARM, p) : -1;
	const sr = s !== void 0 ? rankOf(PSYCHOLOGICAL_HARM, s) : -1;
	if (pr < 0 && sr < 0) return {
		rank: -1,
		words: null
	};
	if (pr >= sr) return {
		rank: pr,
		words: pr === 4 ? "a death" : `${p} physical harm`
	};
	return {
		rank: sr,
		words: `${s} psychological harm`
	};
}
function previousPeriod(p) {
	const [fy, fm, fd] = p.from.split("-").map(Number);
	const [ty, tm, td] = p.to.split("-").map(Number);
	if (fd === 1 && td === daysInMonth(ty, tm)) {
		const months = (ty - fy) * 12 + (tm - fm) + 1;
		const start = new Date(Date.UTC(fy, fm - 1 - months, 1));
		const to = addDays(p.from, -1);
		return {
			from: `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}-01`,
			to
		};
	}
	const length = daysBetween(p.from, p.to);
	const to = addDays(p.from, -1);
	return {
		from: addDays(to, -length),
		to
	};
}
function change(key, labelText, current, previous, unit = "count") {
	const diff = previous === null ? null : current - previous;
	return {
		key,
		label: labelText,
		current,
		previous,
		change: diff,
		direction: diff === null ? null : diff > 0 ? "up" : diff < 0 ? "down" : "same",
		unit
	};
}
function plainText(md) {
	const inline = (s) => s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|\*|_|`)(\S[\s\S]*?)\1/g, "$2").replace(/\s+/g, " ").trim();
	return parseBlocks(md).map((b) => b.kind === "list" ? b.items.map((i, n) => lowerFirst(inline(i).replace(/[.;]$/, ""), n > 0)).join("; ") + "." : inline(b.text)).filter(Boolean).join(" ");
}
function lowerFirst(s, yes) {
	return yes && /^[A-Z](?![A-Z0-9])/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
const pct = (n, d) => d > 0 ? Math.round(n / d * 100) : null;
function buildBoardReport(input) {
	const base = buildBoard(input);
	const { entries, period, today, config } = input;
	const previous = period.changed ? null : previousPeriod(period);
	const prev = previous ? {
		from: previous.from,
		to: previous.to
	} : null;
	const byId = new Map();
	for (const e of entries) if (e.id !== void 0) byId.set(e.id, e);
	const titleOf = (id) => str(byId.get(id)?.data.title) ?? id;
	const sources = entries.filter((e) => e.type === "incident" && e.id !== void 0);
	const lessons = entries.filter((e) => e.type === "lesson" && e.id !== void 0 && e.data.status !== "archived");
	const sourceLessons = new Map();
	const link = (source, lesson) => {
		if (byId.get(source)?.type !== "incident" || byId.get(lesson)?.type !== "lesson") return;
		const set = sourceLessons.get(source) ?? new Set();
		set.add(lesson);
		sourceLessons.set(source, set);
	};
	for (const l of lessons) for (const s of stringItems(l.data.sources)) link(s.value, l.id);
	for (const s of sources) for (const l of stringItems(s.data.lessons)) link(s.id, l.value);
	const sourcesOfLesson = new Map();
	for (const s of sources) for (const l of sourceLessons.get(s.id) ?? []) {
		const list = sourcesOfLesson.get(l);
		if (list) list.push(s);
		else sourcesOfLesson.set(l, [s]);
	}
	const lessonSources = (lesson) => sourcesOfLesson.get(lesson.id) ?? [];
	const themesOfSource = new Map();
	const sourceThemes = (s) => {
		let themes = themesOfSource.get(s);
		if (themes) return themes;
		themes = new Set();
		for (const l of sourceLessons.get(s.id) ?? []) {
			const le = byId.get(l);
			if (le && le.data.status !== "archived") for (const t of stringItems(le.data.themes)) themes.add(t.value);
		}
		themesOfSource.set(s, themes);
		return themes;
	};
	const [ty, tm] = period.to.split("-").map(Number);
	const windowStart = new Date(Date.UTC(ty, tm - 12, 1));
	const window = {
		from: `${String(windowStart.getUTCFullYear()).padStart(4, "0")}-${String(windowStart.getUTCMonth() + 1).padStart(2, "0")}-01`,
		to: period.to
	};
	const windowSources = sources.filter((s) => str(s.data.source) !== "good-care" && sourceInPeriod(s, window));
	const themeSources = new Map();
	for (const s of windowSources) for (const t of sourceThemes(s)) {
		const list = themeSources.get(t);
		if (list) list.push(s);
		else themeSources.set(t, [s]);
	}
	const themes = [...themeSources].filter(([, list]) => list.length >= 2).map(([theme, list]) => {
		const kinds = new Map();
		for (const s of list) kinds.set(str(s.data.source) ?? "", (kinds.get(str(s.data.source) ?? "") ?? 0) + 1);
		const linked = new Set(list.flatMap((s) => [...sourceLessons.get(s.id) ?? []]));
		return {
			theme,
			label: label(theme),
			sources: list.length,
			in_period: list.filter((s) => sourceInPeriod(s, period)).length,
			kinds: [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, count]) => ({
				key,
				label: SOURCE_KIND.label(key),
				count
			})),
			across_kinds: kinds.size >= 2,
			lessons: [...linked].filter((id) => stringItems(byId.get(id)?.data.themes).some((t) => t.value === theme)).sort().map((id) => ({
				id,
				title: titleOf(id)
			}))
		};
	}).sort((a, b) => b.kinds.length - a.kinds.length || b.sources - a.sources || a.theme.localeCompare(b.theme));
	const recurrenceOf = (themesOfLesson) => new Set(themesOfLesson.flatMap((t) => themeSources.get(t) ?? [])).size;
	const ranked = entries.filter((e) => lessonInPeriod(e, period)).map((l) => {
		const ls = lessonSources(l);
		const worst = ls.map(harmOf).sort((a, b) => b.rank - a.rank)[0] ?? {
			rank: -1,
			words: null
		};
		const lessonThemes = stringItems(l.data.themes).map((t) => t.value);
		return {
			l,
			ls,
			worst,
			recurrence: recurrenceOf(lessonThemes),
			lessonThemes
		};
	});
	ranked.sort((a, b) => b.worst.rank - a.worst.rank || b.recurrence - a.recurrence || (str(b.l.data.approved_on) ?? "").localeCompare(str(a.l.data.approved_on) ?? "") || a.l.id.localeCompare(b.l.id));
	const keyLessons = ranked.slice(0, 3).map(({ l, ls, worst, recurrence, lessonThemes }) => {
		const body = input.readBody(l.file) ?? "";
		const changed = section(body, "what we changed", "what has changed", "what changed");
		const actions = lessonActions(l, today);
		const recurring = lessonThemes.filter((t) => (themeSources.get(t)?.length ?? 0) >= 2);
		const why = [];
		if (worst.words) why.push(`It comes from ${ls.length === 1 ? "a learning source" : "learning sources"} with ${worst.words} (${[...new Set(ls.map((s) => SOURCE_KIND.phrase(str(s.data.source) ?? "")))].join(", ")}).`);
		if (recurring.length) why.push(`Its ${recurring.length === 1 ? "theme" : "themes"} ${recurring.map((t) => label(t).toLowerCase()).join(", ")} ${recurring.length === 1 ? "recurs" : "recur"} in ${recurrence} learning sources of the last 12 months.`);
		if (!why.length) why.push(l.data.kind === "good-practice" ? "Good practice to spread." : "Approved or shared in the period.");
		return {
			id: l.id,
			title: str(l.data.title) ?? l.id,
			file: l.file,
			kind: str(l.data.kind) ?? null,
			status: str(l.data.status) ?? null,
			themes: lessonThemes.map((t) => ({
				key: t,
				label: label(t),
				count: themeSources.get(t)?.length ?? 0
			})),
			harm: worst.words,
			harm_rank: worst.rank,
			recurrence,
			sources: ls.map((s) => ({
				id: s.id,
				title: str(s.data.title) ?? s.id,
				kind: str(s.data.source) ?? ""
			})),
			why: why.join(" "),
			summary: str(l.data.summary) ?? null,
			what_changed: changed ? cutText(plainText(changed), 420) : null,
			evidence: evidenceOf(l, actions),
			actions: {
				total: actions.filter((a) => a.status !== "cancelled").length,
				done: actions.filter((a) => a.status === "done").length,
				overdue: actions.filter((a) => a.overdue).length
			}
		};
	});
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
		lessons: c.lessons.map((id) => ({
			id,
			title: titleOf(id)
		}))
	});
	const byDue = (a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.source.localeCompare(b.source);
	const tally = (p) => {
		const due = clocks.filter((c) => inPeriod(c.due, p) && c.due < today);
		return {
			due: due.length,
			met_on_time: due.filter((c) => c.state === "met").length,
			met_late: due.filter((c) => c.state === "met-late").length,
			not_met: due.filter((c) => c.state === "overdue").length
		};
	};
	const feedbackShare = (p) => {
		const closed = sources.filter((s) => needsFeedback(s.data) && sourceInPeriod(s, p));
		return {
			closed: closed.length,
			with_feedback: closed.filter((s) => hasFeedback(s.data)).length
		};
	};
	const fb = feedbackShare(period);
	const fbPrev = prev ? feedbackShare(prev) : null;
	const countIn = (p) => {
		const ls = entries.filter((e) => lessonInPeriod(e, p));
		const ss = entries.filter((e) => sourceInPeriod(e, p));
		const completed = lessons.flatMap((e) => list(e.data.actions)).filter((a) => isRecord(a) && a.status === "done" && inPeriod(str(a.completed), p)).length;
		return {
			lessons: ls.length,
			good: ls.filter((l) => l.data.kind === "good-practice").length,
			sources: ss.length,
			harmful: ss.filter((s) => harmOf(s).rank >= 2).length,
			completed
		};
	};
	const now = countIn(period);
	const before = prev ? countIn(prev) : null;
	const tNow = tally(period);
	const tBefore = prev ? tally(prev) : null;
	const comparison = [
		change("lessons", "Lessons approved or shared", now.lessons, before?.lessons ?? null),
		change("good_practice", "of which good practice", now.good, before?.good ?? null),
		change("sources", "Learning sources reported", now.sources, before?.sources ?? null),
		change("moderate_harm_or_worse", "of which moderate harm or worse", now.harmful, before?.harmful ?? null),
		change("actions_completed", "Actions completed", now.completed, before?.completed ?? null),
		change("deadlines_met_on_time", "Statutory and agreed deadlines met on time", tNow.met_on_time, tBefore?.met_on_time ?? null),
		change("deadlines_missed", "Deadlines missed (late or not met)", tNow.met_late + tNow.not_met, tBefore ? tBefore.met_late + tBefore.not_met : null)
	];
	const fbPct = pct(fb.with_feedback, fb.closed);
	const fbPrevPct = fbPrev ? pct(fbPrev.with_feedback, fbPrev.closed) : null;
	if (fbPct !== null) comparison.push(change("feedback_percent", "Closed sources with feedback given (%)", fbPct, fbPrevPct, "percent"));
	const inPeriodMonth = (month) => `${month}-01` <= period.to && `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, "0")}` >= period.from;
	return {
		...base,
		previous_period: previous,
		comparison,
		key_lessons: keyLessons,
		recurring_themes: {
			window,
			themes
		},
		deadlines: {
			overdue: clocks.filter((c) => c.state === "overdue").sort(byDue).map(row),
			due_soon: clocks.filter((c) => c.state === "due-soon").sort(byDue).map(row),
			in_period: tNow,
			previous_period: tBefore
		},
		feedback: {
			closed: fb.closed,
			with_feedback: fb.with_feedback,
			percent: fbPct,
			previous_percent: fbPrevPct
		},
		trend: base.trend.map((t) => ({
			...t,
			in_period: !period.changed && inPeriodMonth(t.month)
		})),
		overdue_actions: base.overdue_actions.map((a) => ({
			...a,
			lesson_title: titleOf(a.lesson)
		})),
		overdue_by_lesson: byLesson(base.overdue_actions, titleOf)
	};
}
function byLesson(rows, titleOf) {
	const groups = new Map();
	for (const a of rows) groups.set(a.lesson, [...groups.get(a.lesson) ?? [], a]);
	return [...groups].map(([lesson, list]) => ({
		lesson,
		lesson_title: titleOf(lesson),
		overdue: list.length,
		owners: [...new Set(list.map((a) => a.owner).filter((o) => !!o))],
		oldest_due: list.map((a) => a.due).filter((d) => !!d).sort()[0] ?? null
	})).sort((a, b) => (a.oldest_due ?? "￿").localeCompare(b.oldest_due ?? "￿") || b.overdue - a.overdue || a.lesson.localeCompare(b.lesson));
}
function evidenceOf(l, actions) {
	const out = [];
	const ev = isRecord(l.data.evaluation) ? l.data.evaluation : void 0;
	if (ev && str(ev.result)) out.push(`Checked ${longDate(str(ev.date)) || ""} by ${str(ev.method) ?? "evaluation"}: ${str(ev.result)}`.replace(/ {2,}/g, " "));
	else if (l.data.status === "embedded") out.push("Marked embedded; no evaluation is recorded.");
	const shared = list(l.data.shared).filter(isRecord).map((s) => str(s.channel)).filter((c) => c !== void 0);
	if (shared.length) out.push(`Shared ${shared.length === 1 ? "once" : `${shared.length} times`} (${[...new Set(shared.map(channelName))].join(", ")}).`);
	const evaluateBy = str(l.data.evaluate_by);
	if (evaluateBy && isIsoDate(evaluateBy) && l.data.status !== "embedded") out.push(`Embedding to be checked by ${longDate(evaluateBy)}.`);
	const live = actions.filter((a) => a.status !== "cancelled");
	if (live.length) {
		const done = live.filter((a) => a.status === "done").length;
		const overdue = live.filter((a) => a.overdue).length;
		out.push(`${done} of ${live.length} actions done${overdue ? `, ${overdue} overdue` : ""}.`);
	}
	const measures = list(l.data.actions).filter(isRecord).map((a) => str(a.measure)).filter((m) => m !== void 0);
	if (measures.length) out.push(`Measured by: ${measures.join("; ")}.`);
	if (!isSharedOrLater(l.data.status)) out.push("Approved, not yet shared.");
	return out;
}
const THEME_ROWS = 6;
const CALLOUTS = 5;
const say = (text, tone) => tone ? {
	kind: "paragraph",
	text,
	tone
} : {
	kind: "paragraph",
	text
};
function countFigure(caption, column, rows, other = "Other") {
	const nonzero = rows.filter((r) => r.count > 0);
	const shown = nonzero.length > 8 ? [...nonzero.slice(0, 7), {
		key: "other",
		label: `${other} (${nonzero.length - 7})`,
		count: nonzero.slice(7).reduce((n, r) => n + r.count, 0)
	}] : nonzero;
	return {
		kind: "figure",
		fold: true,
		charts: [{
			type: "bar",
			title: caption,
			bars: shown.map((r) => ({
				label: r.label,
				value: r.count
			}))
		}],
		table: {
			caption,
			headers: [column, "Number"],
			rows: shown.length ? shown.map((r) => [r.label, r.count]) : [["None", 0]],
			numeric: [1]
		}
	};
}
function changeText(c) {
	if (c.change === null || c.direction === null) return "–";
	if (c.direction === "same") return "no change";
	const n = Math.abs(c.change);
	return `${c.direction === "up" ? "↑" : "↓"} ${n}${c.unit === "percent" ? n === 1 ? " point" : " points" : ""}`;
}
const value = (c, v) => v === null ? null : c.unit === "percent" ? `${v}%` : v;
function clockState(c) {
	return c.days_left < 0 ? `${plural(-c.days_left, "day")} overdue` : c.days_left === 0 ? "due today" : `due in ${plural(c.days_left, "day")}`;
}
function clocksTable(caption, rows) {
	return {
		kind: "table",
		caption,
		headers: [
			"Learning source",
			"Deadline",
			"Due",
			"State",
			"Owner"
		],
		rows: rows.map((c) => [
			c.title,
			`${c.label} (${c.rule})`,
			longDate(c.due),
			clockState(c),
			c.owner ?? "not recorded"
		])
	};
}
function policyTable(caption, rows) {
	return {
		kind: "table",
		caption,
		headers: [
			"Policy",
			"Reference",
			"Version",
			"Owner group",
			"Review date"
		],
		rows: rows.map((p) => [
			p.title,
			p.reference ?? p.id,
			p.version,
			p.owner_group,
			longDate(p.review_date)
		])
	};
}
function boardDocument(d) {
	const prev = d.previous_period;
	const periodName = periodText(d.period.from, d.period.to);
	const sections = [];
	sections.push({
		heading: prev ? "This period compared with the previous one" : "This period",
		blocks: [{
			kind: "table",
			caption: prev ? `${periodName}, compared with ${periodText(prev.from, prev.to)}` : periodName,
			headers: prev ? [
				"Measure",
				"This period",
				"Previous period",
				"Change"
			] : ["Measure", "This period"],
			rows: d.comparison.map((c) => prev ? [
				c.label,
				value(c, c.current),
				value(c, c.previous),
				changeText(c)
			] : [c.label, value(c, c.current)]),
			numeric: prev ? [1, 2] : [1]
		}, say(`Today (${longDate(d.generated)}): ${plural(d.deadlines.overdue.length, "statutory or agreed deadline")} overdue, ${plural(d.deadlines.due_soon.length, "deadline")} due soon, ${plural(d.at_a_glance.overdue_actions, "action")} overdue, ${plural(d.at_a_glance.policies_review_overdue, "policy", "policies")} past review.`)]
	});
	sections.push({
		heading: "The lessons that matter most",
		blocks: d.key_lessons.length ? [say("Chosen by the harm of the events they came from, then by how often their themes recur in learning sources of the last 12 months.", "meta"), ...d.key_lessons.map((l) => ({
			kind: "group",
			heading: l.title,
			style: l.kind === "good-practice" ? "good" : "lesson",
			blocks: [
				say(l.why, "meta"),
				{
					kind: "paragraph",
					text: [
						{ strong: "What changed:" },
						" ",
						l.what_changed ?? l.summary ?? "Not recorded in the lesson."
					]
				},
				{
					kind: "paragraph",
					text: [
						{ strong: `Evidence it is embedded (status: ${statusName(l.status)}):` },
						" ",
						l.evidence.join(" ") || "None recorded yet."
					]
				}
			]
		}))] : [say("No lessons were approved or shared in this period.")]
	});
	const overdue = [{
		kind: "subheading",
		text: "Statutory and agreed deadlines"
	}];
	const clocks = [...d.deadlines.overdue, ...d.deadlines.due_soon];
	overdue.push(clocks.length ? clocksTable("Deadlines overdue or due soon, by due date", clocks.slice(0, 10)) : say("No statutory or agreed deadline is overdue or due soon."));
	if (clocks.length > 10) overdue.push(say(`And ${plural(clocks.length - 10, "more deadline")}: "lessons deadlines" lists them all.`, "meta"));
	overdue.push({
		kind: "subheading",
		text: "Actions"
	});
	if (d.overdue_actions.length === 0) overdue.push(say("No actions are overdue."));
	else if (d.overdue_by_lesson.length === d.overdue_actions.length && d.overdue_actions.length <= 10) overdue.push({
		kind: "table",
		caption: "Overdue actions, by due date",
		headers: [
			"Lesson",
			"Action",
			"Owner",
			"Due"
		],
		rows: d.overdue_actions.map((a) => [
			a.lesson_title,
			a.description,
			a.owner,
			a.due ? longDate(a.due) : "not set"
		])
	});
	else {
		overdue.push({
			kind: "table",
			caption: `Lessons with overdue actions (${plural(d.overdue_actions.length, "action")}), oldest first`,
			headers: [
				"Lesson",
				"Overdue",
				"Owners",
				"Oldest due"
			],
			rows: d.overdue_by_lesson.slice(0, 10).map((g) => [
				g.lesson_title,
				g.overdue,
				g.owners.join("; "),
				g.oldest_due ? longDate(g.oldest_due) : "not set"
			]),
			numeric: [1]
		});
		const rest = d.overdue_by_lesson.slice(10);
		if (rest.length) overdue.push(say(`And ${plural(rest.length, "more lesson")} with ${plural(rest.reduce((n, g) => n + g.overdue, 0), "overdue action")}: "lessons actions --overdue" lists them all.`, "meta"));
	}
	const a = d.actions;
	overdue.push(say(a.percent_complete === null ? "There are no actions to complete." : `${a.percent_complete}% of actions are complete (${a.done} done out of ${a.total - a.cancelled} not cancelled; ${a.overdue} overdue, ${a.open} open and not yet due).`));
	sections.push({
		heading: "What is overdue",
		blocks: overdue
	});
	const themes = d.recurring_themes.themes;
	const across = themes.filter((t) => t.across_kinds);
	sections.push({
		heading: "Themes that recur",
		blocks: themes.length ? [
			...across.length ? [{
				kind: "paragraph",
				text: [
					{ strong: "Seen in more than one kind of source:" },
					" ",
					across.slice(0, CALLOUTS).map((t) => `${t.label} (${t.kinds.length > 4 ? `${t.kinds.length} kinds` : t.kinds.map((k) => SOURCE_KIND.phrase(k.key)).join(", ")})`).join("; "),
					across.length > CALLOUTS ? `; and ${plural(across.length - CALLOUTS, "more theme")}.` : "."
				]
			}] : [],
			{
				kind: "table",
				caption: `Themes of learning sources reported from ${periodText(d.recurring_themes.window.from, d.recurring_themes.window.to)}, in two or more sources`,
				headers: [
					"Theme",
					"Sources",
					"In this period",
					"Kinds of source"
				],
				rows: themes.slice(0, THEME_ROWS).map((t) => [
					t.label,
					t.sources,
					t.in_period,
					t.kinds.map((k) => `${k.label} ${k.count}`).join(", ")
				]),
				numeric: [1, 2]
			},
			...themes.length > THEME_ROWS ? [say(`And ${plural(themes.length - THEME_ROWS, "more theme")} in two or more sources (in the JSON of this report).`, "meta")] : []
		] : [say("No theme appears in more than one learning source in the last 12 months.")]
	});
	const fb = d.feedback;
	sections.push({
		heading: "Closing the loop with reporters",
		blocks: [say(fb.percent === null ? "No learning source reported in the period, with someone to tell, has been closed yet." : `Feedback on what was learned was given for ${fb.with_feedback} of ${fb.closed} closed learning sources reported in the period (${fb.percent}%)${fb.previous_percent === null ? "" : `; ${fb.previous_percent}% in the previous period`}. Audits, external reviews and risks are not counted: no one reported them.`)]
	});
	const first = d.trend.findIndex((t) => t.in_period);
	const last = d.trend.map((t) => t.in_period).lastIndexOf(true);
	sections.push({
		heading: "Trends",
		blocks: [{
			kind: "figure",
			fold: true,
			charts: [{
				type: "columns",
				title: "Lessons approved and learning sources reported, by month",
				categories: d.trend.map((t) => shortMonth(t.month)),
				series: [{
					name: "Lessons approved",
					values: d.trend.map((t) => t.lessons_approved)
				}, {
					name: "Learning sources reported",
					values: d.trend.map((t) => t.sources_reported)
				}],
				highlight: first >= 0 ? {
					from: first,
					to: last,
					label: "This period"
				} : void 0,
				yLabel: "Number"
			}],
			table: {
				caption: "Lessons approved and learning sources reported, by month",
				headers: ["Month", ...d.trend.map((t) => shortMonth(t.month))],
				rows: [
					["Lessons approved", ...d.trend.map((t) => t.lessons_approved)],
					["Sources reported", ...d.trend.map((t) => t.sources_reported)],
					["In this period", ...d.trend.map((t) => t.in_period ? "yes" : "")]
				],
				numeric: d.trend.map((_, i) => i + 1)
			}
		}]
	});
	sections.push({
		heading: "Where learning came from",
		blocks: [{
			kind: "row",
			blocks: [
				countFigure("Learning sources reported in the period, by kind", "Kind of source", d.sources_by_kind),
				countFigure("Lessons approved or shared in the period, by theme", "Theme", d.lessons_by_theme, "Other themes"),
				countFigure("Physical harm, sources reported in the period", "Physical harm", d.harm.physical),
				countFigure("Learning responses used (PSIRF)", "Response", d.responses)
			]
		}]
	});
	const policies = [];
	if (d.policies_review_overdue.length) policies.push(policyTable("Authorised policies past their review date", d.policies_review_overdue));
	if (d.policies_review_due.length) policies.push(policyTable("Authorised policies due for review soon", d.policies_review_due));
	sections.push({
		heading: "Policy reviews",
		blocks: policies.length ? policies : [say("No authorised policy is past its review date or due for review soon.")]
	});
	return {
		...digestHead(d, TITLES.board, ["Learning from patient safety events, complaints, claims, inquests, mortality reviews and good care: what changed, what is overdue, and what keeps coming back."]),
		sections,
		about: {
			heading: "About this report",
			notes: [ABOUT_STAFF_DATES, ...d.notes]
		},
		layout: "compact"
	};
}
const boardAudience = {
	build: buildBoardReport,
	document: boardDocument
};
// dist/digest/audiences/staff.js
function lessonCard(l) {
	const blocks = [{
		kind: "paragraph",
		text: [
			{ em: [
				kindName(l.kind),
				`status: ${statusName(l.status)}`,
				`themes: ${l.themes.map(label).join(", ")}`,
				l.approved_on ? `approved ${longDate(l.approved_on)}` : "",
				l.shared.length ? `shared: ${l.shared.map((s) => `${channelName(s.channel)} ${longDate(s.date)}`).join(", ")}` : ""
			].filter(Boolean).join(" · ") },
			" — ",
			l.id
		]
	}];
	if (l.summary) blocks.push({
		kind: "paragraph",
		text: l.summary
	});
	blocks.push({
		kind: "subheading",
		text: "What we changed"
	}, {
		kind: "markdown",
		source: l.what_we_changed,
		empty: "Not recorded in the lesson."
	}, {
		kind: "subheading",
		text: "Questions for reflection"
	}, {
		kind: "markdown",
		source: l.questions,
		empty: "Not recorded in the lesson."
	});
	if (l.actions.length) blocks.push({
		kind: "subheading",
		text: "Actions"
	}, {
		kind: "list",
		items: l.actions.map((a) => `${a.description || "–"} — ${a.owner || "–"}, due ${a.due ? longDate(a.due) : "not set"} (${statusName(a.status)}${a.overdue ? ", overdue" : ""})`)
	});
	if (l.url) blocks.push({
		kind: "paragraph",
		text: ["Read the full lesson: ", {
			link: l.url,
			text: l.title
		}]
	});
	return {
		kind: "group",
		heading: l.title,
		blocks,
		style: l.kind === "good-practice" ? "good" : "lesson"
	};
}
function staffDocument(d) {
	const s = d.summary;
	return {
		...digestHead(d, TITLES.staff, [staffIntro(d)]),
		sections: [
			{
				heading: "In this bulletin",
				blocks: [{
					kind: "list",
					items: [
						`${plural(s.lessons, "lesson")} approved or shared`,
						`${plural(s.good_practice, "example")} of good practice`,
						`${plural(s.actions_due, "action")} due in the period, ${s.overdue_actions} overdue in all`,
						`${plural(s.policies, "policy", "policies")} changed by this learning`
					]
				}]
			},
			{
				heading: "Good practice to celebrate",
				brief: d.good_practice.length === 0,
				blocks: d.good_practice.length ? d.good_practice.map((g) => ({
					kind: "group",
					heading: g.title,
					blocks: [
						...g.date ? [{
							kind: "paragraph",
							text: `Approved or shared ${longDate(g.date)}`,
							tone: "meta"
						}] : [],
						...g.summary ? [{
							kind: "paragraph",
							text: g.summary
						}] : [],
						{
							kind: "paragraph",
							text: g.url ? [
								"More below, and in full: ",
								{
									link: g.url,
									text: g.title
								},
								"."
							] : `More below (${g.id}).`
						}
					]
				})) : [{
					kind: "paragraph",
					text: "No good practice lessons were approved or shared in this period."
				}]
			},
			{
				heading: "Lessons by theme",
				brief: d.themes.length === 0,
				blocks: d.themes.length ? d.themes.map((t) => ({
					kind: "group",
					heading: t.label,
					blocks: t.lessons.map(lessonCard)
				})) : [{
					kind: "paragraph",
					text: "No lessons were approved or shared in this period."
				}]
			},
			{
				heading: "Actions due in this period",
				brief: d.actions_due.length === 0,
				blocks: d.actions_due.length ? actionsBlocks("Actions due in this period, by due date", d.actions_due, d.generated) : [{
					kind: "paragraph",
					text: "No actions fall due in this period."
				}]
			},
			{
				heading: "Overdue actions",
				brief: d.overdue_actions.length === 0,
				blocks: d.overdue_actions.length ? actionsBlocks("Overdue actions, by due date", d.overdue_actions, d.generated) : [{
					kind: "paragraph",
					text: "No actions are overdue."
				}]
			},
			{
				heading: "Policies changed by learning",
				brief: d.policies.length === 0,
				blocks: d.policies.length ? [{
					kind: "table",
					caption: "Policies linked to the lessons in this bulletin",
					headers: [
						"Reference",
						"Policy",
						"Version",
						"Status",
						"Review date",
						"Lessons"
					],
					rows: d.policies.map((p) => [
						p.reference ?? p.id,
						p.title,
						p.version,
						p.status,
						p.review_date ? longDate(p.review_date) : null,
						p.lessons.join(", ")
					])
				}] : [{
					kind: "paragraph",
					text: "No policies are linked to the lessons in this bulletin."
				}]
			},
			...d.updated.length ? [{
				heading: "Also updated in this period",
				blocks: [{
					kind: "list",
					items: d.updated.map((u) => `${u.title} (${u.id}), last changed ${longDate(u.changed)}`)
				}]
			}] : []
		],
		about: {
			heading: "About this bulletin",
			notes: [ABOUT_STAFF_DATES, ...d.notes]
		}
	};
}
// dist/digest/audiences/index.js
const AUDIENCES = {
	staff: {
		build: buildStaff,
		document: staffDocument
	},
	public: publicAudience,
	board: boardAudience
};
Object.keys(AUDIENCES);
function digestDocument(d) {
	return AUDIENCES[d.audience].document(d);
}
// dist/commands/digest.js
async function run(ctx, opts) {
	const today = await ctx.today();
	const repo = await ctx.repository();
	const audience = opts.audience ?? "staff";
	const format = opts.format ?? "md";
	const target = opts.out !== void 0 ? checkOutput(ctx, repo, opts.out) : void 0;
	const quiet = ctx.globals.quiet;
	const history = await openHistory(repo);
	const period = await resolvePeriod({
		from: opts.from,
		to: opts.to
	}, today, history);
	const logPromise = history.available ? history.log() : void 0;
	logPromise?.catch(() => void 0);
	const bar = progress(ctx.io.stderr, "Reading entries", !quiet);
	const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
	bar.done();
	const log = await logPromise;
	const skippedMessage = skippedNote(skipped);
	if (skippedMessage) ctx.note(skippedMessage);
	if (history.available && history.shallow) ctx.warn(SHALLOW_WARNING);
	if (!history.available) ctx.note(`note: ${whyNoHistory(history.reason)}, so dates come from the front-matter of each file.`);
	const digest = AUDIENCES[audience].build({
		audience,
		entries,
		config: repo.config,
		period,
		today,
		log,
		shallow: history.available && history.shallow,
		readBody: (file) => readBody(path.join(repo.root, file), repo.config.limits.max_file_bytes, repo.root),
		warn: (message) => ctx.warn(message)
	});
	const redact = redactor(repo.config);
	const text = format === "json" ? `${JSON.stringify(redactData(digest, redact), null, 2)}\n` : renderDocument(digestDocument(digest), format, { redact });
	if (target) writeOutput(ctx, target, text);
	else ctx.io.stdout.write(text);
	return 0;
}
export { run };
