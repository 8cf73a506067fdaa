import { c as longDate, f as statusName, l as periodText, m as buildPublic, u as plural } from "./render-html.js";
// dist/digest/wording.js
const TITLES = {
	staff: "Learning bulletin",
	public: "What we have learned and changed",
	board: "Learning from patient safety events and feedback: board report"
};
function staffIntro(d) {
	return d.period.from_ref ? `Lessons approved or shared that changed since ${d.period.from_ref}: ${plural(d.summary.lessons, "lesson")}. Please discuss them at your next team meeting.` : `Lessons approved or shared from ${periodText(d.period.from, d.period.to)}: ${plural(d.summary.lessons, "lesson")}. Please discuss them at your next team meeting.`;
}
function publicIntro() {
	return "We listen to patients, families and carers, and we learn both when care goes well and when it does not. Here is what we have learned recently and what we have changed as a result.";
}
const ABOUT_STAFF_DATES = "A lesson is included when it was approved (approved_on) or shared (a shared date) in the period, and its status is approved, shared or embedded. Learning sources count by their reported date (or the month they occurred). Overdue actions are those not done or cancelled whose due date has passed, whatever the period. Actions of archived lessons are left out.";
const ABOUT_PUBLIC = "To tell us about your care, good or bad, please speak to the team looking after you or contact the Patient Advice and Liaison Service (PALS).";
// dist/digest/audiences/common.js
function digestHead(d, title, intro) {
	const period = `${periodText(d.period.from, d.period.to)}${d.period.from_ref ? ` (changes since ${d.period.from_ref})` : ""}`;
	return {
		title,
		organisation: d.organisation,
		subtitle: [
			[{ strong: d.organisation }],
			period,
			`made on ${longDate(d.generated)}`
		],
		intro
	};
}
function actionsBlocks(caption, rows, today) {
	const blocks = [{
		kind: "table",
		caption,
		headers: [
			"Due",
			"Status",
			"Owner",
			"Lesson",
			"Action"
		],
		rows: rows.map((a) => [
			a.due ? longDate(a.due) : "not set",
			`${statusName(a.status)}${a.overdue ? " (overdue)" : ""}`,
			a.owner,
			a.lesson,
			a.description
		])
	}];
	if (rows.some((a) => a.overdue)) blocks.push({
		kind: "paragraph",
		text: `Overdue means not done or cancelled, and due before ${longDate(today)}.`
	});
	return blocks;
}
// dist/digest/audiences/public.js
const items = (list) => list.map((i) => ({
	kind: "group",
	heading: i.title,
	blocks: [...i.date ? [{
		kind: "paragraph",
		text: `Updated ${longDate(i.date)}`,
		tone: "meta"
	}] : [], {
		kind: "paragraph",
		text: i.summary
	}]
}));
function contactBlocks(c) {
	const lines = [{
		kind: "paragraph",
		text: "The Patient Advice and Liaison Service (PALS) listens to questions, concerns, compliments and complaints about our care, and helps to sort things out."
	}];
	const items = [
		...c.phone ? [[
			{ strong: "Phone:" },
			" ",
			c.phone
		]] : [],
		...c.email ? [[
			{ strong: "Email:" },
			" ",
			c.email
		]] : [],
		...c.url ? [[
			{ strong: "Website:" },
			" ",
			c.url.replace(/^https?:\/\//, "").replace(/\/$/, "")
		]] : []
	];
	lines.push({
		kind: "list",
		items
	});
	return lines;
}
function publicDocument(d) {
	const sections = [];
	if (d.you_said_we_did.length) sections.push({
		heading: "You said, we did",
		blocks: items(d.you_said_we_did)
	});
	if (d.what_we_learned.length) sections.push({
		heading: "What we learned",
		blocks: items(d.what_we_learned)
	});
	if (sections.length === 0) sections.push({
		heading: "What we learned",
		blocks: [{
			kind: "paragraph",
			text: "There are no updates to share for this period."
		}]
	});
	if (d.contact) sections.push({
		heading: "Contact PALS",
		brief: true,
		blocks: contactBlocks(d.contact)
	});
	return {
		...digestHead(d, TITLES.public, [publicIntro()]),
		sections,
		about: {
			heading: "About this page",
			notes: [ABOUT_PUBLIC, ...d.notes]
		}
	};
}
const publicAudience = {
	build: buildPublic,
	document: publicDocument
};
export { ABOUT_STAFF_DATES as a, digestHead as i, publicAudience as n, TITLES as o, actionsBlocks as r, staffIntro as s, contactBlocks as t };
