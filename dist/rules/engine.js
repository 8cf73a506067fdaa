/**
 * Running the rules over a repository:
 *
 *   file ──read──▶ front-matter data + text ──file rules──▶ findings ──locate──▶ problems
 *                          │
 *                          └──▶ index (id, type, data) ──repository rules──▶ findings ──locate──▶ problems
 *
 * One file is in memory at a time; only the few front-matter fields the repository rules read are
 * kept. Findings are positioned while the file's text is at hand; repository findings re-read
 * just the files they concern. Large repositories are shared between threads (parallel.ts).
 */
import path from 'node:path';
import { indexEntry } from '../model/entry.js';
import { isEntryType } from '../model/schemas.js';
import { COMPILE_FROM, compileSchemas } from '../model/zod.js';
import { Locator } from '../repo/frontmatter.js';
import { positionsIn } from '../repo/positions.js';
import { readIndexFields } from '../repo/index-scan.js';
import { readEntryBytes, readEntryFile, readEntryResult } from '../repo/read.js';
import { readRegularFile } from '../repo/inside.js';
import { listEntryFiles } from '../repo/repository.js';
import { visible } from '../util/terminal.js';
import { detached, dotted } from '../util/values.js';
import { FILE_RULES, REPOSITORY_RULES, RULE_IDS, ruleInfo } from './index.js';
import { TEXT_FILE_RULE } from './text-rules.js';
import { redactMessage } from './redact.js';
import { applySuppressions, parseSuppressions } from './suppressions.js';
/** The front-matter fields the repository rules read (each rule declares its own). */
const INDEX_FIELDS = [...new Set(REPOSITORY_RULES.flatMap((r) => r.fields))];
/** What is read of a file outside the selection: the index fields, its id and its type. */
const SCAN_FIELDS = new Set([...INDEX_FIELDS, 'id', 'type']);
/**
 * Checks files taken one at a time from `next()` until it returns an index past the end. The
 * main thread and any worker threads share one counter, so the work balances itself.
 */
/** How many of `files` get the whole per-file pipeline (outside a selection only the index fields are read). */
export function fullCount(files, selected) {
    return selected ? files.filter((f) => selected.has(f)).length : files.length;
}
export function checkPart(repo, today, files, selected, next, 
/** Called after each file with how many this part has done. */
onFile, 
/** Called with each fully checked file's results (for the cache). */
onChecked, 
/** 1 where the folder listing showed `files[i]` as a regular file (`listEntryFiles`). */
listed, 
/**
 * Other threads (parallel.ts) that run the text stage (a file's problems then arrive once it has
 * run) and read files ahead: `take` gives a file already read (its index and bytes), if any, and
 * `rest` the last ones, once `next` has given out every file.
 */
stage) {
    const part = { problems: [], entries: [] };
    if (fullCount(files, selected) >= COMPILE_FROM)
        compileSchemas();
    const dirs = new Map();
    let count = 0;
    const one = (i, raw) => {
        const file = files[i];
        const abs = `${repo.root}${path.sep}${file}`;
        if (selected && !selected.has(file)) {
            // Outside the selection only the repository rules look at the file: id, type, references.
            const fields = readIndexFields(abs, repo.config.limits.max_file_bytes, SCAN_FIELDS, repo.root, dirs, listed?.[i] === 1);
            if (fields)
                part.entries.push(slimEntry(file, fields));
            onFile?.(++count);
            return;
        }
        const maxBytes = repo.config.limits.max_file_bytes;
        // The bytes, unless another thread read them already; with other threads they are kept
        // (outside the JavaScript heap) to open the file again.
        raw ??= readRegularFile(abs, repo.root, maxBytes, dirs, listed?.[i] === 1);
        const read = readEntryResult(file, abs, maxBytes, raw);
        const entry = read.data ? slimEntry(file, read.data) : undefined;
        if (entry)
            part.entries.push(entry);
        const done = whenDone(part, onChecked, file, read, entry);
        if (stage)
            stage.add(startFile(read, repo, today, true), done, openAgain(repo, today, file, abs, raw));
        else
            done(checkFile(read, repo, today));
        onFile?.(++count);
    };
    if (!stage) {
        for (let i = next(); i < files.length; i = next())
            one(i);
        return part;
    }
    // Files come from `next` and, read already, from the workers; each is checked once.
    const had = new Uint8Array(files.length);
    const once = (i, raw) => {
        if (had[i])
            return;
        had[i] = 1;
        one(i, raw);
    };
    for (;;) {
        const ahead = stage.take();
        if (ahead) {
            once(ahead.i, ahead.raw);
            continue;
        }
        const i = next();
        if (i >= files.length)
            break;
        once(i);
    }
    for (const r of stage.rest())
        once(r.i, r.raw);
    // Any file a failed worker took and never sent is read here.
    for (let i = 0; i < files.length; i++)
        once(i);
    return part;
}
/*
 * The two functions a file waiting for another thread keeps, made apart from `checkPart` so that
 * they hold only what they name: functions made in one scope share every variable any of them
 * uses, so made there they would keep the file's text and data alive.
 */
/** What takes a file's problems: the part's list, and with --cache (which needs its text) the record. */
function whenDone(part, onChecked, file, read, entry) {
    return onChecked ? recordIn(part, onChecked, file, read, entry) : (problems) => void part.problems.push(...problems);
}
function recordIn(part, onChecked, file, read, entry) {
    return (problems) => {
        part.problems.push(...problems);
        onChecked(file, read, problems, entry);
    };
}
/** Opens a file again from the bytes read (kept outside the JavaScript heap), as `startFile` with the text stage deferred. */
function openAgain(repo, today, file, abs, raw) {
    return () => startFile(readEntryResult(file, abs, repo.config.limits.max_file_bytes, raw), repo, today, true);
}
/** `listed` for `checkPart`: 1 for each of `files` the folder listing showed as a regular file. */
export function listedFlags(files, regular) {
    const flags = new Uint8Array(files.length);
    for (let i = 0; i < files.length; i++)
        if (regular.has(files[i]))
            flags[i] = 1;
    return flags;
}
/** What the index keeps of an entry: id, type and the fields the repository rules read. */
export function slimEntry(file, data) {
    const slim = {};
    for (const f of INDEX_FIELDS)
        if (data[f] !== undefined)
            slim[f] = detached(data[f]);
    const entry = indexEntry(file, data);
    return { ...entry, id: entry.id === undefined ? undefined : detached(entry.id), data: slim };
}
/** Checks the whole repository in this thread. */
export function checkRepository(opts) {
    const regular = new Set();
    const files = listEntryFiles(opts.repo, regular);
    let n = 0;
    const part = checkPart(opts.repo, opts.today, files, opts.selected, () => n++, (done) => opts.onFile?.(done, files.length), undefined, listedFlags(files, regular));
    return finishCheck(opts.repo, files, opts.selected, [part]);
}
/** Runs the repository rules over every part's entries, positions their findings, and sorts. */
export function finishCheck(repo, files, selected, parts) {
    const order = new Map(files.map((f, i) => [f, i]));
    // In file order, whichever thread read them: repository rules then see the same repository
    // (which duplicate is "first", the order of files in a message) however the work was shared.
    const entries = parts.flatMap((p) => p.entries).sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    const problems = parts.flatMap((p) => p.problems);
    const pending = new Map();
    for (const rule of REPOSITORY_RULES) {
        rule.check(entries, (file, finding) => {
            const list = pending.get(file);
            if (list)
                list.push(finding);
            else
                pending.set(file, [finding]);
        });
    }
    for (const [file, findings] of pending) {
        const read = readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes);
        problems.push(...positionFindings(read, findings, repo.config));
    }
    problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule) ||
        a.message.localeCompare(b.message));
    const warnings = parts.flatMap((p) => (p.warning ? [p.warning] : []));
    return { checked: selected ? files.filter((f) => selected.has(f)) : [...files], problems, ...(warnings.length ? { warnings } : {}) };
}
export { indexEntry } from '../model/entry.js';
/**
 * Checks an entry that is not on disk yet (what `new` or `just-culture` is about to write) with
 * the per-file rules, and with the repository rules against `entries` (the repository as it is).
 */
export function checkEntryText(repo, file, text, today, entries) {
    const read = readEntryBytes(file, path.join(repo.root, file), Buffer.from(text, 'utf8'));
    const problems = checkFile(read, repo, today);
    if (read.data) {
        const self = indexEntry(file, read.data);
        const findings = [];
        for (const rule of REPOSITORY_RULES) {
            rule.check([...entries.filter((e) => e.file !== file), self], (f, finding) => {
                if (f === file)
                    findings.push(finding);
            });
        }
        problems.push(...positionFindings(read, findings, repo.config));
    }
    return problems;
}
/** Runs the per-file rules on one read file and returns its positioned problems. */
export function checkFile(read, repo, today) {
    return finishFile(startFile(read, repo, today, false), repo.config);
}
/**
 * Runs the per-file rules on one read file; with `deferText`, the text rules' matching is not run
 * but left in `text` for another thread (the rest is the same either way).
 */
export function startFile(read, repo, today, deferText) {
    const findings = [];
    if (read.problem) {
        const { rule, message, line, column } = read.problem;
        findings.push({ rule, message, position: { line, column } });
    }
    const suppressions = parseSuppressions(read, RULE_IDS);
    findings.push(...suppressions.invalid);
    const open = { read, findings, suppressions };
    if (read.text !== undefined) {
        const data = read.data;
        const ctx = {
            file: read.file,
            root: repo.root,
            config: repo.config,
            today,
            data,
            type: data && isEntryType(data.type) ? data.type : undefined,
            text: read.data && read.fm ? read.fm.body : read.text,
            frontMatter: read.fm && { yaml: read.fm.yaml, line: read.fm.yamlLine },
            report: (f) => findings.push(f),
        };
        let deferred;
        for (const rule of FILE_RULES) {
            if (deferText && rule === TEXT_FILE_RULE)
                deferred = { ...TEXT_FILE_RULE.prepare(ctx), at: findings.length };
            else
                rule.check(ctx);
        }
        if (deferred)
            open.text = deferred;
    }
    return open;
}
/**
 * The problems of an open file: `found` is what its deferred text stage found, and `redacted`
 * the redacted form of messages and paths the other thread redacted already (the rest is
 * redacted here).
 */
export function finishFile(open, config, found, redacted) {
    if (open.text && found) {
        const end = open.findings.length;
        open.text.deliver(found);
        open.findings.splice(open.text.at, 0, ...open.findings.splice(end));
    }
    return positionFindings(open.read, open.findings, config, open.suppressions, redacted);
}
/**
 * Positions findings in `read`'s file (`redactLocated` makes them problems); `texts` are their
 * messages and dotted key paths, each once, in the order of the findings.
 */
export function locateFindings(read, findings, suppressions = parseSuppressions(read, RULE_IDS)) {
    const texts = [];
    const at = new Map();
    const place = (s) => {
        let k = at.get(s);
        if (k === undefined) {
            k = texts.push(s) - 1;
            at.set(s, k);
        }
        return k;
    };
    let locator;
    let bodyPosition;
    const problems = findings.map((f) => {
        let pos = f.position ?? { line: 1, column: 1 };
        if (f.at === 'start') {
            pos = { line: 1, column: 1 };
        }
        else if (f.offset !== undefined) {
            bodyPosition ??= read.data && read.fm ? positionsIn(read.fm.body, read.fm.bodyLine) : positionsIn(read.text ?? '', 1);
            pos = bodyPosition(f.offset);
        }
        else if (f.path && read.fm) {
            locator ??= new Locator(read.fm, read.data);
            pos = locator.locate(f.path, f.at === 'key' ? 'key' : 'value', f.needle);
        }
        const message = place(f.message);
        const path = f.path && f.path.length ? place(dotted(f.path)) : -1;
        return { line: pos.line, column: pos.column, severity: f.severity ?? ruleInfo(f.rule)?.severity ?? 'error', rule: f.rule, message, path };
    });
    return { located: { file: read.file, problems, suppressions }, texts };
}
/**
 * The problems of `located`, with `redacted(k)` the redacted form of `texts[k]`, and those a
 * valid suppression comment covers dropped. Every message (and key path) passes the redactor, once:
 * a message that quotes a value, a key or a file name (a theme, a reference, a schema error) never
 * carries a whole identifier into a terminal, a CI log, an annotation or the review comment.
 */
export function redactLocated(located, redacted) {
    // Most files have no problem. Their empty lists are arrays of another kind to V8 than lists of
    // problems, and mixing the two in the map below made V8 compile this function six times.
    if (located.problems.length === 0)
        return [];
    const problems = located.problems.map((p) => ({
        file: located.file,
        line: p.line,
        column: p.column,
        severity: p.severity,
        rule: p.rule,
        // Issue 11.4: messages quote file text; control characters in it are shown as codes.
        message: visible(redacted(p.message)),
        path: p.path === -1 ? null : redacted(p.path),
    }));
    return applySuppressions(located.suppressions, problems);
}
/**
 * Positions findings in `read`'s file, redacts them and drops those a valid suppression comment
 * covers; `redacted` holds the redacted form of texts another thread redacted already.
 */
function positionFindings(read, findings, config, suppressions = parseSuppressions(read, RULE_IDS), redacted) {
    if (findings.length === 0)
        return [];
    const { located, texts } = locateFindings(read, findings, suppressions);
    const redactHere = redactMessage(config);
    return redactLocated(located, (k) => redacted?.get(texts[k]) ?? redactHere(texts[k]));
}
