import { UsageError } from '../errors.js';
import { INCIDENT_STATUSES, LESSON_STATUSES, POLICY_STATUSES } from '../model/schemas.js';
import { checkChoice } from '../util/choices.js';
import { isIsoDate, startOfPeriod } from '../model/dates.js';
import { loadEntries, skippedNote } from '../repo/load.js';
import { oneLine, str, stringItems } from '../util/values.js';
import { redactData, redactor } from '../rules/redact.js';
/** The main fields shown for each type, besides id, type, title, status and file. */
const MAIN_FIELDS = {
    lesson: ['kind', 'created', 'updated', 'themes', 'services', 'public'],
    incident: ['source', 'occurred', 'reported', 'service', 'response', 'harm'],
    policy: ['reference', 'version', 'owner_group', 'review_date'],
    'just-culture-review': ['incident', 'date', 'outcome'],
};
/** The date an entry was last recorded as changing, for `--since`. */
export function entryDate(e) {
    const d = e.data;
    const pick = (...fields) => fields.map((f) => str(d[f])).find((v) => v !== undefined);
    switch (e.type) {
        case 'lesson':
            return pick('updated', 'approved_on', 'created');
        case 'incident': {
            const v = pick('reported', 'occurred');
            return v && startOfPeriod(v);
        }
        case 'policy':
            return pick('ratified_on', 'implemented_on', 'distribution_date');
        case 'just-culture-review':
            return pick('date');
        default:
            return undefined;
    }
}
export function listRow(e) {
    const row = {
        id: e.id ?? null,
        type: e.type ?? str(e.data.type) ?? null,
        title: str(e.data.title) ?? null,
        status: str(e.data.status) ?? null,
        file: e.file,
    };
    for (const f of MAIN_FIELDS[e.type ?? ''] ?? [])
        if (e.data[f] !== undefined)
            row[f] = e.data[f];
    return row;
}
/** Statuses by type (DESIGN §2): a --status filter must be one of them. */
const STATUSES = {
    lesson: LESSON_STATUSES,
    incident: INCIDENT_STATUSES,
    policy: POLICY_STATUSES,
};
/**
 * `--status shraed` is a mistake, not "no entries match": filters with a fixed list of values
 * are checked (any case, with a suggestion) and put in their canonical spelling.
 */
function checkFilters(opts, taxonomy) {
    if (opts.status !== undefined) {
        const allowed = opts.type ? (STATUSES[opts.type] ?? []) : [...new Set(Object.values(STATUSES).flat())];
        if (opts.type && allowed.length === 0)
            throw new UsageError(`--status does not apply to --type ${opts.type}, which has no status.`);
        opts.status = checkChoice('--status', opts.status, allowed, opts.type ? `status of a ${opts.type}` : 'status');
    }
    if (opts.theme !== undefined && taxonomy.themes)
        opts.theme = checkChoice('--theme', opts.theme, taxonomy.themes, 'theme in the taxonomy');
    if (opts.service !== undefined && taxonomy.services)
        opts.service = checkChoice('--service', opts.service, taxonomy.services, 'service in the taxonomy');
}
export async function run(ctx, opts) {
    if (opts.since !== undefined && !isIsoDate(opts.since)) {
        throw new UsageError(`--since "${opts.since}" is not a date. Use the form YYYY-MM-DD, e.g. 2026-10-01.`);
    }
    const repo = await ctx.repository();
    checkFilters(opts, repo.config.taxonomy);
    const { entries, skipped } = loadEntries(repo);
    const rows = entries.filter((e) => {
        if (opts.type && e.type !== opts.type)
            return false;
        if (opts.status && e.data.status !== opts.status)
            return false;
        if (opts.theme && !stringItems(e.data.themes).some((t) => t.value === opts.theme))
            return false;
        if (opts.service) {
            const services = [...stringItems(e.data.services).map((s) => s.value), str(e.data.service)];
            if (!services.includes(opts.service))
                return false;
        }
        if (opts.since) {
            const d = entryDate(e);
            if (!d || d < opts.since)
                return false;
        }
        return true;
    });
    const skippedMessage = skippedNote(skipped);
    if (skippedMessage)
        ctx.note(skippedMessage);
    const redact = redactor(repo.config);
    if (opts.json) {
        ctx.io.stdout.write(`${JSON.stringify(rows.map((e) => redactData(listRow(e), redact)), null, 2)}\n`);
        return 0;
    }
    if (rows.length === 0) {
        if (!ctx.globals.quiet)
            ctx.io.stdout.write('No entries match.\n');
        return 0;
    }
    const table = rows.map((e) => [
        e.id ?? '?',
        e.type ?? str(e.data.type) ?? '?',
        str(e.data.status) ?? str(e.data.outcome) ?? '',
        entryDate(e) ?? '',
        oneLine(redact(str(e.data.title) ?? '')),
    ]);
    const header = ['ID', 'TYPE', 'STATUS', 'DATE', 'TITLE'];
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
    const maxWidth = ctx.io.stdout.isTTY ? (ctx.io.stdout.columns ?? 120) : Infinity;
    const fmt = (r) => {
        const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
        return line.length > maxWidth ? `${line.slice(0, maxWidth - 1)}…` : line;
    };
    ctx.io.stdout.write(`${[fmt(header), ...table.map(fmt)].join('\n')}\n`);
    if (!ctx.globals.quiet)
        ctx.io.stdout.write(`${rows.length} entr${rows.length === 1 ? 'y' : 'ies'}.\n`);
    return 0;
}
