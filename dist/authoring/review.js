/**
 * `lessons review`: what a branch adds, changes and removes, entry by entry, against the merge
 * base with the base branch — for a reviewer, and for one pull-request comment that a bot keeps
 * up to date.
 *
 * Git is asked three times whatever the size of the branch: the changed names (one `diff`), the
 * new untracked files (one `ls-files`) and every old version at once (one `cat-file --batch`).
 * The problems come from the same rules as `lessons validate`, run in process.
 */
import { entryUrl } from '../model/pages.js';
import path from 'node:path';
import { readEntryBytes, readEntryFile } from '../repo/read.js';
import { CONFIG_FILE } from '../repo/repository.js';
import { readRegularFile } from '../repo/inside.js';
import { weakenedSettings } from './config-diff.js';
import { checkRepository } from '../rules/engine.js';
import { redactData, redactor } from '../rules/redact.js';
import { isRecord, list, str } from '../util/values.js';
import { CHECKLIST } from './checklist.js';
import { visible } from '../util/terminal.js';
import { entryType, isEntryType } from '../model/entry-types.js';
import '../model/types/index.js';
export const REVIEW_MARKER = '<!-- lessons-review -->';
export async function buildReview(opts) {
    const { repo, today } = opts;
    const { git, ref, commit } = opts.changes;
    const changes = new Map([...opts.changes.files].map(([file, kind]) => [file, { kind, file }]));
    const oldNames = [...changes.values()].filter((c) => c.kind !== 'added').map((c) => c.file);
    const old = await git.readBlobs(commit, [...oldNames, CONFIG_FILE]);
    const selected = new Set([...changes.values()].filter((c) => c.kind !== 'removed').map((c) => c.file));
    const check = checkRepository({ repo, today, selected });
    const problemsByFile = new Map();
    for (const p of check.problems) {
        const l = problemsByFile.get(p.file);
        if (l)
            l.push(p);
        else
            problemsByFile.set(p.file, [p]);
    }
    const redact = redactor(repo.config);
    const entries = [];
    for (const c of [...changes.values()].sort((a, b) => order(a.kind) - order(b.kind) || a.file.localeCompare(b.file))) {
        // Values are redacted before anything is taken from them: this goes into a pull-request comment.
        const oldData = c.kind === 'added' ? undefined : readEntryBytes(c.file, path.join(repo.root, c.file), old.get(c.file) ?? Buffer.alloc(0)).data;
        const newData = c.kind === 'removed' ? undefined : readEntryFile(path.join(repo.root, c.file), c.file, repo.config.limits.max_file_bytes).data;
        const before = oldData && redactData(oldData, redact);
        const after = newData && redactData(newData, redact);
        const shown = after ?? before ?? {};
        const url = c.kind === 'removed' ? undefined : entryUrl(repo.config.site.base_url, { type: str(shown.type), id: str(shown.id) });
        entries.push({
            change: c.kind,
            file: c.file,
            ...(url ? { url } : {}),
            type: str(shown.type) ?? null,
            id: str(shown.id) ?? null,
            title: str(shown.title) ?? null,
            status: { from: before ? scalar(before.status) : null, to: after ? scalar(after.status) : null },
            fields: c.kind === 'changed' && before && after ? changedFields(before, after) : [],
            actions: compareActions(before, after, c.kind),
            public: publicText(before, after),
            problems: c.kind === 'removed' ? [] : (problemsByFile.get(c.file) ?? []),
        });
    }
    const currentConfig = readRegularFile(path.join(repo.root, CONFIG_FILE), repo.root, repo.config.limits.max_file_bytes);
    const config = weakenedSettings(old.get(CONFIG_FILE)?.toString('utf8'), 'bytes' in currentConfig ? currentConfig.bytes.toString('utf8') : undefined).map((w) => ({
        ...w,
        value: redact(w.value),
    }));
    const elsewhere = check.problems.filter((p) => !changes.has(p.file) || changes.get(p.file).kind === 'removed');
    const all = [...entries.flatMap((e) => e.problems), ...elsewhere];
    const errors = all.filter((p) => p.severity === 'error').length;
    return {
        base: { ref, commit },
        summary: {
            added: entries.filter((e) => e.change === 'added').length,
            changed: entries.filter((e) => e.change === 'changed').length,
            removed: entries.filter((e) => e.change === 'removed').length,
            errors,
            warnings: all.length - errors,
        },
        entries,
        elsewhere,
        config,
        checklist: [...CHECKLIST],
    };
}
const PUBLIC_FIELDS = ['public', 'public_title', 'public_summary'];
/** The public text a reviewer must read: set when a public lesson is added, or its public fields change. */
function publicText(before, after) {
    if (!after || after.public !== true)
        return null;
    const changed = PUBLIC_FIELDS.filter((f) => JSON.stringify(before?.[f]) !== JSON.stringify(after[f]));
    if (changed.length === 0)
        return null;
    return { title: str(after.public_title) ?? str(after.title) ?? null, summary: str(after.public_summary) ?? null, changed };
}
function order(k) {
    return k === 'added' ? 0 : k === 'changed' ? 1 : 2;
}
function scalar(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}
function changedFields(before, after) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    return keys.filter((k) => k !== 'status' && k !== 'actions' && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
function actionView(a) {
    const r = isRecord(a) ? a : {};
    return { description: scalar(r.description), owner: scalar(r.owner), due: scalar(r.due), status: scalar(r.status) };
}
/** Actions are matched by their description: a new description is a new action. */
function compareActions(before, after, kind) {
    const out = { added: [], changed: [], removed: [] };
    const oldActions = list(before?.actions).map(actionView);
    const newActions = list(after?.actions).map(actionView);
    if (kind === 'removed')
        return out;
    const unmatched = [...oldActions];
    for (const a of newActions) {
        const i = unmatched.findIndex((o) => o.description === a.description);
        if (i === -1) {
            out.added.push(a);
            continue;
        }
        const o = unmatched.splice(i, 1)[0];
        const changes = {};
        for (const k of ['owner', 'due', 'status'])
            if (o[k] !== a[k])
                changes[k] = { from: o[k], to: a[k] };
        if (Object.keys(changes).length)
            out.changed.push({ ...a, changes });
    }
    out.removed = unmatched;
    return out;
}
// ---------------------------------------------------------------------------------------------
// Markdown
/** GitHub comments hold at most 65,536 characters (issue 11.6: never more, whatever the repository holds). */
export const COMMENT_LIMIT = 65_536;
/** What the comment aims at, leaving room for the notes about what was left out. */
const MAX_CHARS = 60_000;
/** The longest value from a file shown in the comment (a title, a message, a setting). */
const MAX_VALUE = 300;
function short(s) {
    return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
/** Text from a file, safe inside Markdown: no formatting, no HTML, no @-mentions, one line. */
export function md(s) {
    return visible(short(s).replace(/\s+/g, ' '))
        .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '&#64;');
}
function code(s) {
    return `\`${visible(short(s).replace(/\s+/g, ' ')).replace(/`/g, "'")}\``;
}
function actionLine(a) {
    const parts = [`owner: ${a.owner ? md(a.owner) : '(none)'}`, `due: ${a.due ? md(a.due) : '(none)'}`, `status: ${a.status ? md(a.status) : '(none)'}`];
    return `${a.description ? md(a.description) : '(no description)'} — ${parts.join('; ')}`;
}
function problemLine(p, withFile) {
    return `- **${p.severity}** ${withFile ? `${code(p.file)} ` : ''}line ${p.line}: ${md(p.message)} (${code(p.rule)})`;
}
function entryMarkdown(e) {
    const out = [];
    const name = e.type && isEntryType(e.type) ? entryType(e.type).label : 'Entry';
    out.push(`#### ${name} ${e.id ? code(e.id) : '(no id)'}: ${e.title ? md(e.title) : '(no title)'}`);
    out.push('');
    out.push(`- File: ${code(e.file)}`);
    if (e.url)
        out.push(`- Page in the learning library (once merged): ${e.url}`);
    if (e.change === 'added')
        out.push(`- Status: ${e.status.to ? md(e.status.to) : '(none)'}`);
    else if (e.change === 'removed')
        out.push(`- Status when removed: ${e.status.from ? md(e.status.from) : '(none)'}`);
    else if (e.status.from !== e.status.to)
        out.push(`- Status: ${md(e.status.from ?? '(none)')} → ${md(e.status.to ?? '(none)')}`);
    else
        out.push(`- Status: ${md(e.status.to ?? '(none)')} (unchanged)`);
    if (e.fields.length)
        out.push(`- Also changed: ${e.fields.map(code).join(', ')}`);
    if (e.public) {
        out.push(`- Public text (${e.change === 'added' ? 'new' : `changed: ${e.public.changed.map(code).join(', ')}`}) — patients and carers will read this; check it is plain, kind and identifies no one:`);
        out.push(`  > **${e.public.title ? md(e.public.title) : '(no title)'}**`, '  >', `  > ${e.public.summary ? md(e.public.summary) : '(no public summary yet)'}`);
    }
    if (e.actions.added.length) {
        out.push(`- ${e.change === 'added' ? 'Actions' : 'New actions'}:`);
        for (const a of e.actions.added)
            out.push(`  - ${actionLine(a)}`);
    }
    if (e.actions.changed.length) {
        out.push('- Changed actions:');
        for (const a of e.actions.changed) {
            const what = Object.entries(a.changes).map(([k, v]) => `${k} ${md(v.from ?? '(none)')} → ${md(v.to ?? '(none)')}`);
            out.push(`  - ${a.description ? md(a.description) : '(no description)'} — ${what.join('; ')}`);
        }
    }
    if (e.actions.removed.length) {
        out.push('- Removed actions:');
        for (const a of e.actions.removed)
            out.push(`  - ${actionLine(a)}`);
    }
    if (e.problems.length) {
        out.push('- Problems:');
        for (const p of e.problems)
            out.push(`  ${problemLine(p, false)}`);
    }
    else if (e.change !== 'removed') {
        out.push('- No problems found.');
    }
    return out.join('\n');
}
/** Lines added while they fit in a character budget; what does not fit is counted. */
class Budget {
    left;
    lines = [];
    constructor(left) {
        this.left = left;
    }
    /** Adds the block (lines) if it fits whole; returns whether it did. */
    add(...block) {
        const size = block.reduce((n, l) => n + l.length + 1, 0);
        if (size > this.left)
            return false;
        this.left -= size;
        this.lines.push(...block);
        return true;
    }
}
const CHANGE_WORDS = {
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    raised: 'raised to',
    dropped: 'removed:',
};
export function reviewMarkdown(r) {
    const s = r.summary;
    const base = `Compared with ${code(r.base.ref)} (from commit ${code(r.base.commit.slice(0, 12))})`;
    const head = [REVIEW_MARKER, '## Lessons review', ''];
    if (r.entries.length === 0) {
        head.push(`${base}: this branch does not add, change or remove any entries.`);
    }
    else {
        const counts = [`${s.added} added`, `${s.changed} changed`, `${s.removed} removed`].join(', ');
        const verdict = s.errors + s.warnings === 0
            ? '`lessons validate` finds no problems in them.'
            : `\`lessons validate\` finds ${s.errors} error${s.errors === 1 ? '' : 's'} and ${s.warnings} warning${s.warnings === 1 ? '' : 's'}${s.errors ? ' to fix before merging' : ''}.`;
        head.push(`${base}: ${counts}. ${verdict}`);
    }
    head.push('');
    const tail = r.entries.length === 0 ? [] : ['### Reviewer checklist', '', ...r.checklist.map((c) => `- [ ] ${c}`)];
    const fixed = [...head, ...tail].reduce((n, l) => n + l.length + 1, 0);
    const body = new Budget(MAX_CHARS - fixed - 600);
    const notes = [];
    if (r.config.length) {
        body.add('### Configuration changes that weaken the checks', '', `This branch changes ${code(CONFIG_FILE)} so that \`lessons validate\` finds less. Check that each change is intended:`, '');
        let shown = 0;
        for (const w of r.config) {
            if (!body.add(`- ${code(w.setting)} ${CHANGE_WORDS[w.change]} ${code(w.value)}`))
                break;
            shown++;
        }
        if (shown < r.config.length)
            body.add(`- … and ${r.config.length - shown} more: compare ${code(CONFIG_FILE)} with the base branch.`);
        body.add('');
    }
    let omitted = 0;
    for (const kind of ['added', 'changed', 'removed']) {
        const group = r.entries.filter((e) => e.change === kind);
        if (group.length === 0)
            continue;
        const heading = `### ${kind === 'added' ? 'Added' : kind === 'changed' ? 'Changed' : 'Removed'} (${group.length})`;
        let headed = false;
        for (const e of group) {
            const text = entryMarkdown(e);
            const block = headed ? [text, ''] : [heading, '', text, ''];
            if (body.add(...block))
                headed = true;
            else
                omitted++;
        }
    }
    if (omitted)
        notes.push(`_${omitted} more ${omitted === 1 ? 'entry is' : 'entries are'} not shown, to keep this comment within GitHub's size limit. Run \`lessons review\` locally to see everything._`, '');
    if (r.elsewhere.length) {
        const intro = r.entries.length
            ? ['### Problems elsewhere in the repository', '', 'These files are not changed by this branch, but the repository-wide checks find problems in them (for example a reference to an entry this branch removes).', '']
            : ['### Problems elsewhere in the repository', ''];
        if (body.add(...intro)) {
            let shown = 0;
            for (const p of r.elsewhere.slice(0, 50)) {
                if (!body.add(problemLine(p, true)))
                    break;
                shown++;
            }
            if (shown < r.elsewhere.length)
                body.add(`- … and ${r.elsewhere.length - shown} more: run \`lessons validate\`.`);
            body.add('');
        }
    }
    const text = `${[...head, ...body.lines, ...notes, ...tail].join('\n').replace(/\n+$/, '')}\n`;
    // The budget keeps well inside the limit; this is the guarantee whatever the parts hold.
    return text.length <= COMMENT_LIMIT ? text : `${text.slice(0, text.lastIndexOf('\n', COMMENT_LIMIT - 200))}\n\n_This comment was cut to GitHub's size limit. Run \`lessons review\` locally to see everything._\n`;
}
