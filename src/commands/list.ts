/** `lessons list`: entries with filters, as a table or JSON (DESIGN §3). */
import { entryUrl } from '../site/urls.js';
import type { Context } from '../cli.js';
import { UsageError } from '../errors.js';
import { isIsoDate, startOfPeriod } from '../model/dates.js';
import { loadEntries, skippedNote } from '../repo/load.js';
import type { IndexedEntry } from '../rules/types.js';
import { oneLine, str, stringItems } from '../util/values.js';
import { redactData, redactor } from '../rules/redact.js';

export interface ListOptions {
  type?: string;
  status?: string;
  theme?: string;
  service?: string;
  since?: string;
  json?: boolean;
}

/** The main fields shown for each type, besides id, type, title, status and file. */
const MAIN_FIELDS: Record<string, string[]> = {
  lesson: ['kind', 'created', 'updated', 'themes', 'services', 'public'],
  incident: ['source', 'occurred', 'reported', 'service', 'response', 'harm'],
  policy: ['reference', 'version', 'owner_group', 'review_date'],
  'just-culture-review': ['incident', 'date', 'outcome'],
};

/** The date an entry was last recorded as changing, for `--since`. */
export function entryDate(e: IndexedEntry): string | undefined {
  const d = e.data;
  const pick = (...fields: string[]) => fields.map((f) => str(d[f])).find((v) => v !== undefined);
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

export function listRow(e: IndexedEntry, baseUrl?: string): Record<string, unknown> {
  const url = entryUrl(baseUrl, e);
  const row: Record<string, unknown> = {
    id: e.id ?? null,
    type: e.type ?? str(e.data.type) ?? null,
    title: str(e.data.title) ?? null,
    status: str(e.data.status) ?? null,
    file: e.file,
    // With site.base_url: the entry's page in the learning library.
    ...(url ? { url } : {}),
  };
  for (const f of MAIN_FIELDS[e.type ?? ''] ?? []) if (e.data[f] !== undefined) row[f] = e.data[f];
  return row;
}

export async function run(ctx: Context, opts: ListOptions): Promise<number> {
  if (opts.since !== undefined && !isIsoDate(opts.since)) {
    throw new UsageError(`--since "${opts.since}" is not a date. Use the form YYYY-MM-DD, e.g. 2026-10-01.`);
  }
  const repo = await ctx.repository();
  const { entries, skipped } = loadEntries(repo);
  const rows = entries.filter((e) => {
    if (opts.type && e.type !== opts.type) return false;
    if (opts.status && e.data.status !== opts.status) return false;
    if (opts.theme && !stringItems(e.data.themes).some((t) => t.value === opts.theme)) return false;
    if (opts.service) {
      const services = [...stringItems(e.data.services).map((s) => s.value), str(e.data.service)];
      if (!services.includes(opts.service)) return false;
    }
    if (opts.since) {
      const d = entryDate(e);
      if (!d || d < opts.since) return false;
    }
    return true;
  });
  if (!ctx.globals.quiet) ctx.io.stderr.write(skippedNote(skipped));
  const redact = redactor(repo.config);
  if (opts.json) {
    ctx.io.stdout.write(`${JSON.stringify(rows.map((e) => redactData(listRow(e, repo.config.site.base_url), redact)), null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    if (!ctx.globals.quiet) ctx.io.stdout.write('No entries match.\n');
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
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const maxWidth = ctx.io.stdout.isTTY ? (ctx.io.stdout.columns ?? 120) : Infinity;
  const fmt = (r: string[]) => {
    const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return line.length > maxWidth ? `${line.slice(0, maxWidth - 1)}…` : line;
  };
  ctx.io.stdout.write(`${[fmt(header), ...table.map(fmt)].join('\n')}\n`);
  if (!ctx.globals.quiet) ctx.io.stdout.write(`${rows.length} entr${rows.length === 1 ? 'y' : 'ies'}.\n`);
  return 0;
}
