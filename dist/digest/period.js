/**
 * The period a digest covers (docs/digests.md): `--from` and `--to` are dates (`YYYY-MM-DD`), months
 * (`YYYY-MM`: the whole month) or git refs (a tag, branch or commit). The default is the last
 * calendar month before today.
 *
 * A ref bound selects entries by their files: `--from v2026-10` means "entries whose files changed
 * after that tag" (the files that differ between the tag and HEAD, or the `--to` ref), and the
 * period's dates become the commits' dates (for actions due and other dated sections).
 */
import { UsageError } from '../errors.js';
import { addDays, daysInMonth, isIsoDate, isIsoMonth } from '../model/dates.js';
import { whyNoHistory } from '../repo/history.js';
function classify(flag, value, end) {
    if (isIsoDate(value))
        return { kind: 'date', value };
    if (isIsoMonth(value)) {
        if (end === 'start')
            return { kind: 'date', value: `${value}-01` };
        const [y, m] = value.split('-').map(Number);
        return { kind: 'date', value: `${value}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
    }
    if (/^\d{4}-\d{1,2}(-\d{1,2})?$/.test(value)) {
        throw new UsageError(`${flag} "${value}" is not a real date. Use the form YYYY-MM-DD (e.g. 2026-10-01) or YYYY-MM for a whole month.`);
    }
    return { kind: 'ref', value };
}
/** The last calendar month before `today`: 2026-11-21 → 2026-10-01 … 2026-10-31. */
export function lastCalendarMonth(today) {
    const firstOfThisMonth = `${today.slice(0, 7)}-01`;
    const to = addDays(firstOfThisMonth, -1);
    return { from: `${to.slice(0, 7)}-01`, to };
}
/** Whether the user asked for anything git must answer (so the caller can open history first). */
export function needsGit(from, to) {
    const isRef = (flag, v, end) => v !== undefined && classify(flag, v, end).kind === 'ref';
    return isRef('--from', from, 'start') || isRef('--to', to, 'end');
}
export async function resolvePeriod(opts, today, history) {
    const from = opts.from !== undefined ? classify('--from', opts.from, 'start') : undefined;
    const to = opts.to !== undefined ? classify('--to', opts.to, 'end') : undefined;
    const commitOf = async (flag, ref) => {
        if (!history.available) {
            throw new UsageError(`${flag} "${ref}" is not a date, and it cannot be read as a git tag or commit because ` +
                `${whyNoHistory(history.reason)}.` +
                ' Use a date instead, e.g. 2026-10-01.');
        }
        const commit = await history.resolve(ref);
        if (!commit) {
            throw new UsageError(`${flag} "${ref}" is not a date (YYYY-MM-DD) or a tag, branch or commit in this repository.` +
                (history.shallow ? ' This is a shallow clone, so older tags may be missing: fetch the full history (fetch-depth: 0, or "git fetch --unshallow --tags").' : ''));
        }
        return commit;
    };
    const period = { ...lastCalendarMonth(today) };
    let toHash = 'HEAD';
    if (to) {
        if (to.kind === 'date') {
            period.to = to.value;
        }
        else {
            const c = await commitOf('--to', to.value);
            period.to = c.date;
            period.toRef = to.value;
            toHash = c.hash;
        }
    }
    else if (from) {
        period.to = today;
    }
    if (from) {
        if (from.kind === 'date') {
            period.from = from.value;
        }
        else {
            const c = await commitOf('--from', from.value);
            period.from = c.date;
            period.fromRef = from.value;
            if (history.available)
                period.changed = await history.changedBetween(c.hash, toHash);
        }
    }
    else if (to) {
        // --to alone: the calendar month that ends with it.
        period.from = `${period.to.slice(0, 7)}-01`;
    }
    if (period.from > period.to) {
        throw new UsageError(`The period starts (${period.from}) after it ends (${period.to}). Check --from and --to.`);
    }
    return period;
}
export function inPeriod(date, period) {
    return date !== undefined && isIsoDate(date) && date >= period.from && date <= period.to;
}
