// dist/authoring/checklist.js
const CHECKLIST = [
	"Anonymised: no names of patients, families or staff, no NHS or hospital numbers, dates of birth, addresses, phone numbers or email addresses, in the fields or the text.",
	"Blame-free: the wording is systems-focused — it describes what made things hard (tasks, tools, environment, organisation), not who was at fault.",
	"Actions: each action has an owner (a role, not a name), a due date and a measure that will show whether it worked.",
	"Public summary: if the lesson is public, its public summary is in plain language that patients and carers will understand, with nothing that could identify anyone.",
	"Status: the status matches where the lesson really is (approval recorded by role and date; sharing channels and an evaluation date once shared)."
];
function checklistMarkdown() {
	return CHECKLIST.map((item) => `- [ ] ${item}`).join("\n");
}
export { checklistMarkdown as n, CHECKLIST as t };
