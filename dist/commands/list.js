/** `lessons list`: entries with filters, as a table or JSON (docs/commands.md). */
import { textTable } from '../util/table.js';
import { entryUrl } from '../model/pages.js';
import { UsageError } from '../errors.js';
import { isIsoDate } from '../model/dates.js';
import { entryType, entryTypeNames, isEntryType } from '../model/entry-types.js';
import '../model/types/index.js';
import { checkChoice } from '../util/choices.js';
import { loadEntries, skippedNote } from '../repo/load.js';
import { fieldOf } from '../model/entry.js';
import { oneLine, str, stringItems } from '../util/values.js';
import { redactData, redactor } from '../rules/redact.js';
/** The date an entry was last recorded as changing, for `--since` (each type says which field). */
export function entryDate(e) {
    return e.type && isEntryType(e.type) ? entryType(e.type).date(e.data) : undefined;
}
export function listRow(e, baseUrl) {
    const url = entryUrl(baseUrl, e);
    const row = {
        id: e.id ?? null,
        type: e.type ?? str(e.data.type) ?? null,
        title: str(e.data.title) ?? null,
        status: str(e.data.status) ?? null,
        file: e.file,
        // With site.base_url: the entry's page in the learning library.
        ...(url ? { url } : {}),
    };
    for (const f of e.type && isEntryType(e.type) ? entryType(e.type).listFields : [])
        if (fieldOf(e.data, f) !== undefined)
            row[f] = fieldOf(e.data, f);
    return row;
}
/** The statuses an entry type has (from its descriptor's schema), or none. */
function statusesOf(type) {
    const status = entryType(type).schema.shape.status;
    return (status?.options ?? []).filter((o) => typeof o === 'string');
}
/**
 * `--status shraed` is a mistake, not "no entries match": filters with a fixed list of values
 * are checked (any case, with a suggestion) and put in their canonical spelling.
 */
function checkFilters(opts, taxonomy) {
    if (opts.status !== undefined) {
        const allowed = opts.type ? statusesOf(opts.type) : [...new Set(entryTypeNames().flatMap(statusesOf))];
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
    // Any case, with a suggestion (checkChoice), like every fixed-value option.
    if (opts.type !== undefined)
        opts.type = checkChoice('--type', opts.type, entryTypeNames(), 'type of entry');
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
        ctx.io.stdout.write(`${JSON.stringify(rows.map((e) => redactData(listRow(e, repo.config.site.base_url), redact)), null, 2)}\n`);
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
        ...(repo.config.site.base_url ? [entryUrl(repo.config.site.base_url, e) ?? ''] : []),
    ]);
    const header = ['ID', 'TYPE', 'STATUS', 'DATE', 'TITLE', ...(repo.config.site.base_url ? ['PAGE'] : [])];
    ctx.io.stdout.write(textTable(header, table, { out: ctx.io.stdout }));
    if (!ctx.globals.quiet)
        ctx.io.stdout.write(`${rows.length} entr${rows.length === 1 ? 'y' : 'ies'}.\n`);
    return 0;
}
