/**
 * What `lessons status`, `action` and `link` share: finding the entry, getting each value from its
 * flag or a prompt (or stopping with exit 2 when there is no terminal), and saving the edit:
 * every rule checks the result, the write is atomic and refused if the file changed meanwhile,
 * what changed is printed, and `--branch` commits it on a branch of its own.
 */
import { readRegularFile } from '../repo/inside.js';
import path from 'node:path';
import type { Context } from '../context.js';
import { RefusedError, UsageError } from '../errors.js';
import { loadEntries } from '../repo/load.js';
import type { Repository } from '../repo/repository.js';
import { REQUIRED_SECTIONS } from '../rules/empty-section.js';
import { checkEntryText, indexEntry } from '../rules/engine.js';
import type { IndexedEntry, Problem } from '../rules/types.js';
import { isInteractive, openPrompter, type Prompter } from '../util/prompts.js';
import { closest, str } from '../util/values.js';
import { writeFileAtomic } from '../util/write.js';
import { commitOnBranch, prepareBranch, type BranchPlan } from './branch.js';
import { changeLines, EntryEditor, type Change } from './edit.js';
import { FIELD_ORDER, type EditableType, type Field } from './lifecycle.js';

export interface Workspace {
  repo: Repository;
  today: string;
  entries: IndexedEntry[];
}

export async function openWorkspace(ctx: Context): Promise<Workspace> {
  const repo = await ctx.repository();
  const today = await ctx.today();
  return { repo, today, entries: loadEntries(repo).entries };
}

/** An entry file opened for editing. */
export interface OpenEntry {
  entry: IndexedEntry;
  type: EditableType;
  abs: string;
  original: string;
  editor: EntryEditor;
}

const NOUN: Record<string, string> = { lesson: 'a lesson', incident: 'a learning source (type: incident)', policy: 'a policy', 'just-culture-review': 'a just culture review' };

/** An entry's text, read like every entry (issue 11.3: a regular file inside the repository), or RefusedError. */
function readInside(ws: Workspace, abs: string, file: string): string {
  const read = readRegularFile(abs, ws.repo.root, ws.repo.config.limits.max_file_bytes);
  if (!('bytes' in read)) throw new RefusedError(`${file} cannot be edited: run "lessons validate" to see why it cannot be read; nothing was written.`);
  return read.bytes.toString('utf8');
}

/** The entry `id`, opened for editing; RefusedError (exit 1) when there is none or it is of another type. */
export function openEntry(ws: Workspace, id: string, types: readonly EditableType[]): OpenEntry {
  const entry = ws.entries.find((e) => e.id === id);
  if (!entry) {
    const guess = closest(id, ws.entries.filter((e) => e.type && (types as readonly string[]).includes(e.type)).map((e) => e.id!).filter(Boolean));
    throw new RefusedError(`there is no entry "${id}" in this repository.${guess ? ` Did you mean "${guess}"?` : ''} Run "lessons list" to see the entries.`);
  }
  if (!entry.type || !(types as readonly string[]).includes(entry.type)) {
    const want = types.map((t) => NOUN[t]).join(' or ');
    throw new RefusedError(`"${id}" is ${entry.type ? NOUN[entry.type] : 'an entry of unknown type'} (${entry.file}), not ${want}.${entry.type === 'just-culture-review' ? ' A just culture review is a record of a run of the guide and is not edited by lessons.' : ''}`);
  }
  const abs = path.join(ws.repo.root, entry.file);
  const original = readInside(ws, abs, entry.file);
  return { entry, type: entry.type as EditableType, abs, original, editor: new EntryEditor(original, FIELD_ORDER[entry.type]) };
}

/** Values for `fields`, from flags first, then prompts on a terminal; UsageError (exit 2) when neither can give them. */
export class Asker {
  private prompter?: Prompter;
  constructor(
    private readonly ctx: Context,
    private readonly today: string,
  ) {}

  /** The value of `field`'s flag, checked; undefined when the flag was not given. */
  flag(field: Field, opts: Record<string, unknown>): string | undefined {
    const raw = opts[field.opt];
    if (raw === undefined) return undefined;
    const value = String(raw).trim();
    const problem = field.check(value, this.today);
    if (problem) throw new UsageError(`${field.flag}: ${problem}`);
    return value;
  }

  /**
   * Values for every field in `fields` (in order): the flag's, else asked on a terminal. Without
   * a terminal, every missing value is named at once (exit 2). `content(field, value)` checks a
   * typed value with the content rules.
   */
  async values(fields: readonly Field[], opts: Record<string, unknown>, data: Record<string, unknown>, content?: (field: Field, value: string) => string | undefined): Promise<Map<Field, string | undefined>> {
    const out = new Map<Field, string | undefined>();
    const missing: Field[] = [];
    for (const f of fields) {
      const v = this.flag(f, opts);
      if (v !== undefined) out.set(f, v);
      else missing.push(f);
    }
    const required = missing.filter((f) => !f.optional);
    if (missing.length && !isInteractive(this.ctx.io)) {
      if (required.length === 0) return out;
      throw new UsageError(`this needs ${required.length === 1 ? 'a value' : 'values'} and there is no terminal to ask on. Pass ${required.map((f) => `${f.flag} ${f.arg}`).join(', ')}.`);
    }
    for (const f of missing) out.set(f, await this.ask(f, data, content));
    return out;
  }

  async ask(f: Field, data: Record<string, unknown>, content?: (field: Field, value: string) => string | undefined): Promise<string | undefined> {
    this.prompter ??= await openPrompter(this.ctx.io, `${f.flag} ${f.arg}`);
    if (f.choices) return this.prompter.choose({ message: f.message, choices: [...f.choices] });
    const suggestion = f.suggest?.(this.today, data);
    const value = (
      await this.prompter.input({
        message: f.message,
        default: suggestion,
        validate: (input) => {
          const v = input.trim();
          if (v === '') return f.optional ? true : 'This is needed.';
          return f.check(v, this.today) ?? content?.(f, v) ?? true;
        },
      })
    ).trim();
    return value === '' ? undefined : value;
  }

  async choose<T>(message: string, choices: { name: string; value: T }[], missing: string): Promise<T> {
    this.prompter ??= await openPrompter(this.ctx.io, missing);
    return this.prompter.choose({ message, choices });
  }
}

/** The first error the rules find at `field` if `apply` were done to `open`'s entry, for live checks of typed text. */
export function contentCheck(ws: Workspace, open: OpenEntry, apply: (editor: EntryEditor, value: string) => void, at: string) {
  return (value: string): string | undefined => {
    const trial = new EntryEditor(open.editor.result(), FIELD_ORDER[open.type]);
    try {
      apply(trial, value);
    } catch {
      return undefined;
    }
    const problems = checkEntryText(ws.repo, open.entry.file, trial.result(), ws.today, ws.entries);
    return problems.find((p) => p.severity === 'error' && p.path !== null && (p.path === at || p.path.startsWith(`${at}.`)))?.message;
  };
}

/** The first new error in the body if `text` were written into its section `heading`. */
export function sectionCheck(ws: Workspace, open: OpenEntry, heading: string, text: string): string | undefined {
  const before = new Set(checkEntryText(ws.repo, open.entry.file, open.editor.result(), ws.today, ws.entries).map((p) => `${p.rule} ${p.message}`));
  const trial = new EntryEditor(open.editor.result(), FIELD_ORDER[open.type]);
  try {
    trial.setSection(heading, text, REQUIRED_SECTIONS.find((r) => r.name === heading)?.aliases);
  } catch {
    return undefined;
  }
  const problems = checkEntryText(ws.repo, open.entry.file, trial.result(), ws.today, ws.entries);
  return problems.find((p) => p.severity === 'error' && p.path === null && p.rule !== 'lesson/empty-section' && !before.has(`${p.rule} ${p.message}`))?.message;
}

function problemLine(p: Problem): string {
  return `  ${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} (${p.rule})`;
}

export interface SaveOptions {
  /** `--branch`: the branch name (without `lessons/`) and the commit message. */
  branch?: { name: string; message: string };
  /** Lines printed after what changed (e.g. what going back leaves in place). */
  notes?: string[];
}

/**
 * Checks every edited entry with every rule (against the repository as it will be), then writes
 * them atomically; RefusedError (exit 1) with the problems, nothing written, if any has an error.
 */
export async function saveEdits(ctx: Context, ws: Workspace, edits: readonly OpenEntry[], opts: SaveOptions = {}): Promise<number> {
  const changed = edits.filter((e) => e.editor.changes.length > 0);
  if (changed.length === 0) {
    ctx.io.stdout.write('Nothing to change: the entry already says that.\n');
    for (const n of opts.notes ?? []) ctx.io.stdout.write(`${n}\n`);
    return 0;
  }
  // The repository as it will be: each edited entry's new data replaces its old.
  const after = new Map(changed.map((e) => [e.entry.file, indexEntry(e.entry.file, e.editor.data)]));
  const entries = ws.entries.map((e) => after.get(e.file) ?? e);
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const e of changed) {
    for (const p of checkEntryText(ws.repo, e.entry.file, e.editor.result(), ws.today, entries)) (p.severity === 'error' ? errors : warnings).push(p);
  }
  if (errors.length) {
    throw new RefusedError(
      `nothing was written: the result would not pass "lessons validate":\n${[...errors, ...warnings].map(problemLine).join('\n')}\n` +
        'Change the values and try again (a problem that was already in the file must be fixed first).',
    );
  }
  let plan: BranchPlan | undefined;
  if (opts.branch) plan = await prepareBranch(ws.repo, opts.branch.name, { command: '"--branch"' });
  // Refuse if a file changed on disk since it was read.
  for (const e of changed) {
    if (readInside(ws, e.abs, e.entry.file) !== e.original) throw new RefusedError(`${e.entry.file} changed while lessons was working on it; nothing was written. Run the command again.`);
  }
  const written: OpenEntry[] = [];
  try {
    for (const e of changed) {
      writeFileAtomic(e.abs, e.editor.result(), { overwrite: true });
      written.push(e);
    }
  } catch (err) {
    // Put back what was written, so that both sides of a link change together or not at all.
    for (const e of written) writeFileAtomic(e.abs, e.original, { overwrite: true });
    throw err;
  }
  for (const e of changed) ctx.io.stdout.write(changeLines(e.entry.file, e.editor.changes));
  for (const n of opts.notes ?? []) ctx.io.stdout.write(`${n}\n`);
  if (warnings.length && !ctx.globals.quiet) ctx.io.stderr.write(`${warnings.map(problemLine).join('\n')}\n`);
  if (plan) {
    await commitOnBranch(plan, changed.map((e) => e.entry.file), opts.branch!.message);
    ctx.note(`created the branch ${plan.branch} and committed ${changed.map((e) => e.entry.file).join(' and ')} to it.`);
  }
  return 0;
}

/** The entry's title, for commit messages. */
export function titleOf(open: OpenEntry): string {
  return str(open.entry.data.title) ?? open.entry.id ?? '';
}

export type { Change };
