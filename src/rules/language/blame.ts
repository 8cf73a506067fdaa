/**
 * `language/blame`: blaming or person-focused wording, with a systems-focused suggestion. The terms
 * are data (terms.yaml, reviewed by clinicians) plus any in `language.terms` of the configuration.
 *
 * A `phrase` matches as whole words in any case, with any spacing between its words; a `pattern`
 * is a regular expression matched in any case between word boundaries. A match inside one of the
 * term's `unless` phrases ("failure to thrive") is not reported.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError } from '../../errors.js';
import { readCheckedData } from '../../repo/checked-data.js';
import type { LanguageTermConfig } from '../../model/config.js';
import type { TextMatch, TextRule } from '../text.js';
import type { Term, TermsFile } from './terms-file.js';
import { execAll } from '../text.js';
import { literalSearch } from './literal-search.js';
import { requiredLiteralSets } from './literals.js';

export type { Term };

/** How the terms file reads when it has no checked data (terms-file.ts, which sets this when it is loaded). */
let readUnchecked: ((source: string, file: string) => TermsFile) | undefined;

/**
 * Sets how the terms file is read and checked when it has no checked data for its text (a
 * development tree, or a terms file edited after the build). That needs the YAML reader and zod,
 * which this module does not load: a worker thread that runs only the text rules (parallel.ts)
 * loads this module, and there the build's checked data is always there.
 */
export function setUncheckedTermsReader(read: (source: string, file: string) => TermsFile): void {
  readUnchecked = read;
}

let builtIn: Term[] | undefined;

const TERMS_URL = new URL('./terms.yaml', import.meta.url);

/** The built-in terms file: where it is, and its text. */
export function termsFile(): { file: string; source: string } {
  const file = fileURLToPath(TERMS_URL);
  try {
    return { file, source: readFileSync(file, 'utf8') };
  } catch (err) {
    // A broken or missing data file is a fault in this installation of lessons (exit 2), said plainly.
    throw new CliError(`the built-in language terms in ${file} could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}). Reinstall lessons, or rebuild it with "npm run build:dist".`, 2);
  }
}

/**
 * The built-in terms (src/rules/language/terms.yaml, copied next to this module by the build, which
 * also checks it and works out each term's literal sets: checked-data.ts).
 */
export function builtInTerms(): Term[] {
  if (!builtIn) {
    const { file, source } = termsFile();
    let data = readCheckedData(source, file) as TermsFile | undefined;
    if (!data) {
      if (!readUnchecked) throw new CliError(`the built-in language terms in ${file} have no checked copy for this text (terms.checked.json). Reinstall lessons, or rebuild it with "npm run build:dist".`, 2);
      data = readUnchecked(source, file);
    }
    for (const [source, sets] of Object.entries(data.literals ?? {})) literalSetsKnown.set(source, sets);
    builtIn = data.terms;
  }
  return builtIn;
}

/** Literal sets worked out already (the built-in terms' by the build), by term source. */
const literalSetsKnown = new Map<string, string[][] | null>();

/** The literal sets of a regular expression's source (literals.ts), each worked out once. */
export function literalSetsOf(source: string): string[][] | null {
  let sets = literalSetsKnown.get(source);
  if (sets === undefined) {
    sets = requiredLiteralSets(source);
    literalSetsKnown.set(source, sets);
  }
  return sets;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular-expression source of one term. */
export function termSource(t: Term | LanguageTermConfig): string {
  if (t.pattern !== undefined) return t.pattern;
  return t.phrase!.trim().split(/\s+/).map(escape).join('\\s+');
}

/**
 * A test for a term's `unless` phrases: whether [index, index+length) lies inside one of them. The
 * phrases match like `phrase` terms (any case, any spacing), so hard-wrapped lines still count.
 */
function exceptions(unless: readonly string[] | undefined, after: readonly string[] | undefined): ((text: string, index: number, length: number) => boolean) | undefined {
  const subject = subjectBefore(after);
  if (!unless?.length) return subject;
  const re = new RegExp(unless.map((u) => termSource({ phrase: u, suggestion: '' })).join('|'), 'gi');
  const longest = Math.max(...unless.map((u) => u.length)) * 4;
  return (text, index, length) => {
    if (subject?.(text, index, length)) return true;
    // Searched in a window round the match, not to the end of the text: with no exception phrase
    // in a long text, every match rescanned the rest of it (quadratic, issue 11.2).
    const from = Math.max(0, index - longest);
    const window = text.slice(from, index + length + longest);
    re.lastIndex = 0;
    for (let m = re.exec(window); m && from + m.index <= index; m = re.exec(window)) {
      if (from + m.index + m[0].length >= index + length) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
    return false;
  };
}

/**
 * A test for a term's `unless_after` subjects: whether one of the words is the subject just before
 * the match ("the printer failed to"), perhaps with a word such as "had" or "repeatedly" between.
 */
function subjectBefore(words: readonly string[] | undefined): ((text: string, index: number, length: number) => boolean) | undefined {
  if (!words?.length) return undefined;
  const re = new RegExp(`\\b(?:${words.map(escape).join('|')})\\s+(?:(?:had|has|have|also|then|again|repeatedly|intermittently|consistently|subsequently|sometimes|often|still|initially)\\s+){0,2}$`, 'i');
  return (text, index) => re.test(text.slice(Math.max(0, index - 80), index));
}

/** Whether a term's further literal set is worth adding to the search (speed only). */
const searchedAnyway = (set: readonly string[]) => set.length <= 2 && set.every((l) => l.length >= 4);

/**
 * A matcher for `terms`, with a prefilter: a term runs on a text only if the text holds a member
 * of each of the term's required literal sets that the prefilter looks at (see literals.ts: every
 * match of the term holds a member of each), so the terms left out could not match there. One
 * search of the text (literal-search.ts) looks for the literals of every term's first set, and of
 * its other sets of one or two words of four letters or more (few literals, likely to rule the
 * term out); a term's other sets are looked at too when all their members are searched for
 * anyway. (Searching for every literal of every set would cost the search more than it saves.)
 * Matches never overlap: the leftmost wins, then the term listed first (as one combined regex
 * would decide). Terms whose literals cannot be worked out are run on every text.
 */
export function compileTerms(terms: readonly (Term | LanguageTermConfig)[]): (text: string) => TextMatch[] {
  const compiled = terms.map((t) => ({
    term: t,
    re: new RegExp(`\\b(?:${termSource(t)})\\b`, 'gi'),
    exception: exceptions('unless' in t ? t.unless : undefined, 'unless_after' in t ? t.unless_after : undefined),
  }));
  const always: number[] = [];
  const required = terms.map((t, i) => {
    const sets = literalSetsOf(termSource(t));
    if (!sets) always.push(i);
    return sets ?? [];
  });
  const literals = [...new Set(required.flatMap((sets) => [...(sets[0] ?? []), ...sets.slice(1).filter(searchedAnyway).flat()]))];
  const literalId = new Map(literals.map((l, id) => [l, id]));
  // The sets looked at, numbered: `setTerm[s]` is the term of set s, `setsOf[i]` how many sets
  // term i has, `setsWith[l]` the sets that literal l is a member of.
  const setTerm: number[] = [];
  const setsOf = terms.map(() => 0);
  const setsWith: number[][] = literals.map(() => []);
  required.forEach((sets, i) => {
    for (const set of sets) {
      if (!set.every((l) => literalId.has(l))) continue;
      const s = setTerm.push(i) - 1;
      setsOf[i]++;
      for (const l of set) setsWith[literalId.get(l)!].push(s);
    }
  });
  const search = literalSearch(literals);

  return (text) => {
    const candidates = new Set(always);
    const met = new Uint8Array(setTerm.length);
    const metOf = new Uint16Array(terms.length);
    for (const l of search(text)) {
      for (const s of setsWith[l]) {
        if (met[s] === 1) continue;
        met[s] = 1;
        if (++metOf[setTerm[s]] === setsOf[setTerm[s]]) candidates.add(setTerm[s]);
      }
    }
    if (candidates.size === 0) return [];
    const found: { i: number; index: number; text: string }[] = [];
    for (const i of candidates) {
      const { re, exception } = compiled[i];
      for (const m of execAll(re, text)) {
        if (m[0].length > 0 && !exception?.(text, m.index, m[0].length)) found.push({ i, index: m.index, text: m[0] });
      }
    }
    found.sort((a, b) => a.index - b.index || a.i - b.i);
    const out: TextMatch[] = [];
    let end = -1;
    for (const f of found) {
      if (f.index < end) continue;
      end = f.index + f.text.length;
      const term = compiled[f.i].term;
      out.push({
        rule: 'language/blame',
        index: f.index,
        length: f.text.length,
        severity: term.severity,
        message: `"${f.text.replace(/\s+/g, ' ')}" can read as blaming a person. Instead, ${term.suggestion}.${term.note ? ` ${term.note}` : ''}`,
      });
    }
    return out;
  };
}

export const blameRule: TextRule = {
  rules: [{ id: 'language/blame', severity: 'warning', description: 'Blaming or person-focused wording ("human error", "failed to", "careless", ...), with a systems-focused alternative.' }],
  compile(config) {
    return compileTerms([...builtInTerms(), ...config.language.terms]);
  },
};
