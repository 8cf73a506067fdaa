/**
 * What `lessons new` asks for each type, as data: the front-matter field, the flag that answers
 * it, the prompt, the choices (fixed lists and the config taxonomy) and the checks. The same
 * checks run on flag values and on typed answers, so a script and a person get the same result.
 */
import { isIsoDate, isIsoMonth } from './dates.js';
import type { IndexedEntry } from './entry.js';
import type { EntryType } from './entry-types.js';
import { ID_PATTERN } from './fields.js';
import { SEIPS_SYSTEM, type Vocabulary } from './vocabulary.js';
import { str } from '../util/values.js';

export interface Option {
  value: string;
  name: string;
  description?: string;
}

export interface Question {
  /** The front-matter field. */
  key: string;
  /** The flag that answers it, e.g. `--title`. */
  flag: string;
  /** Commander's property for the flag, e.g. `docVersion`. */
  opt: string;
  /** For "pass --title <title>" messages. */
  arg: string;
  /** The prompt. */
  message: string;
  required: boolean;
  /** A list value (repeatable flag, checkbox). */
  many: boolean;
  /** Asked on a terminal when no flag gave it (fields with a default, such as status, are not). */
  ask: boolean;
  /** Offered as a select or checkbox; `closed` means only these (and `allowed`) are valid. */
  choices?: Option[];
  closed?: boolean;
  /** Every valid value, when more are valid than are offered (e.g. older incidents). */
  allowed?: ReadonlySet<string>;
  /** Shown after the choices when not every valid value is offered. */
  note?: string;
  /** The value used when nothing gave one (with --yes, without a terminal, or for fields not asked). */
  fallback?: string;
  /** A problem with one value (one item of a list), or undefined. */
  check(value: string): string | undefined;
  /** Asked with nothing pre-selected (util/choose.ts); a choice whose value is "" leaves the field out. */
  pick?: boolean;
  /** A list value whose items may contain commas: each flag is one item, never split. */
  whole?: boolean;
  /** Asked as a loop of "part of the work system, then what contributed" (contributory factors). */
  factors?: boolean;
}

export type Answer = string | string[];

/** Choices from a vocabulary, each shown with its description and its value: "Complaint (complaint)". */
export const fixed = (vocab: Vocabulary): Option[] => vocab.terms.map((t) => ({ value: t.value, name: `${t.description ?? t.value} (${t.value})` }));

// ---------------------------------------------------------------------------------------------
// Checks (messages finish the sentence "<flag>: ...")

/** A contributory factor written "<system>: <what contributed>", e.g. "tasks: the checklist had no line for it". */
export function parseFactor(v: string, systems: readonly string[] = SEIPS_SYSTEM.values): { system: string; description: string } | undefined {
  const m = /^\s*([a-z-]+)\s*:\s*(\S[\s\S]*?)\s*$/.exec(v);
  return m && systems.includes(m[1]) ? { system: m[1], description: m[2] } : undefined;
}

export function checkFactor(systems: readonly string[]) {
  return (v: string): string | undefined =>
    parseFactor(v, systems) ? undefined : `write a factor as "<system>: <what contributed>", with a system from ${systems.join(', ')}; e.g. "tasks: the transfer checklist had no line for pending doses".`;
}

export function oneLine(v: string): string | undefined {
  return /[\r\n]/.test(v) ? 'must be on one line (it contains a line break).' : undefined;
}

export function checkTitle(v: string): string | undefined {
  if (/[\r\n]/.test(v)) return 'a title must be on one line (it contains a line break).';
  const n = [...v.trim()].length;
  if (n < 5) return `a title needs at least 5 characters (this has ${n}).`;
  if (n > 200) return `a title can have at most 200 characters (this has ${n}). Put the detail in the summary.`;
  return undefined;
}

export function nonEmpty(what: string) {
  return (v: string) => (v.trim() === '' ? `${what} cannot be empty.` : undefined);
}

export function text(what: string, min = 1) {
  return (v: string) => {
    if (v.trim().length < min) return min > 1 ? `${what} needs at least ${min} characters.` : `${what} cannot be empty.`;
    return oneLine(v);
  };
}

export function date(what: string, today: string) {
  return (v: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${what} must be a date written YYYY-MM-DD, e.g. ${today}.`;
    if (!isIsoDate(v)) return `${v} is not a real date.`;
    if (v > today) return `${v} is in the future.`;
    return undefined;
  };
}

export function monthOrDate(what: string, today: string) {
  return (v: string) => {
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(v)) return `${what} must be a month (YYYY-MM, preferred) or a date (YYYY-MM-DD), e.g. ${today.slice(0, 7)}.`;
    if (!(isIsoMonth(v) || isIsoDate(v))) return `${v} is not a real ${v.length === 7 ? 'month' : 'date'}.`;
    if (v > today.slice(0, v.length)) return `${v} is in the future.`;
    return undefined;
  };
}

export function slug(v: string): string | undefined {
  return /^[^\s,][^\s,]*$/.test(v) ? undefined : `"${v}" must be one word, without spaces (e.g. medication-safety).`;
}

// ---------------------------------------------------------------------------------------------

const MAX_OFFERED = 100;

/** Entries of `type`, newest id first (ids start with their date). */
export function ofType(entries: readonly IndexedEntry[], type: EntryType): IndexedEntry[] {
  return entries.filter((e) => e.type === type && e.id !== undefined && ID_PATTERN.test(e.id)).sort((a, b) => (a.id! < b.id! ? 1 : -1));
}

export function refQuestion(key: string, flag: string, opt: string, message: string, list: IndexedEntry[], noun: string): Question {
  const offered = list.slice(0, MAX_OFFERED);
  return {
    key,
    flag,
    opt,
    arg: '<id>',
    message,
    required: false,
    many: true,
    ask: list.length > 0,
    choices: offered.map((e) => ({ value: e.id!, name: `${e.id} ${shorten(str(e.data.title) ?? '')}` })),
    closed: true,
    allowed: new Set(list.map((e) => e.id!)),
    note: list.length > MAX_OFFERED ? `Only the ${MAX_OFFERED} newest ${noun} are listed; pass older ones with ${flag}.` : undefined,
    check: (v) => (ID_PATTERN.test(v) ? undefined : `"${v}" is not an id.`),
  };
}

function shorten(s: string, max = 70): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function taxonomy(values: string[] | undefined): { choices?: Option[]; closed: boolean } {
  if (!values) return { closed: false };
  return { choices: values.map((v) => ({ value: v, name: v })), closed: true };
}

/** The title question every type asks first. */
export const titleQuestion: Question = {
  key: 'title',
  flag: '--title',
  opt: 'title',
  arg: '<title>',
  message: 'Title (5 to 200 characters, no names):',
  required: true,
  many: false,
  ask: true,
  check: checkTitle,
};

/** The status of a new entry: not asked (it has a default), only the starting statuses allowed. */
export function statusQuestion(type: string, allowed: readonly string[], fallback: string, why: string): Question {
  return {
    key: 'status',
    flag: '--status',
    opt: 'status',
    arg: `<${allowed.join('|')}>`,
    message: 'Status:',
    required: false,
    many: false,
    ask: false,
    fallback,
    check: (v) => (allowed.includes(v) ? undefined : `"${v}" cannot be the status of a new ${type}. ${why}`),
  };
}

/**
 * Every flag `new` takes that answers a question, by commander property (for "--x is not used for
 * a new policy"), gathered from the questions of every type `new` writes.
 */
export function answerFlags(all: readonly (readonly Question[])[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (const qs of all) for (const q of qs) flags.set(q.opt, q.flag);
  return flags;
}
