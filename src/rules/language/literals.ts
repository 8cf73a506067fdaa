/**
 * Required literals of a regular expression: a set of (lower-case) strings such that every match
 * contains at least one of them, or null when no such set can be found. Used as a cheap prefilter:
 * a text that contains none of a term's literals cannot match the term. Sound by construction:
 * anything the analysis does not understand yields null ("always run the term"), never a wrong
 * literal. Which literal set is chosen only affects speed.
 *
 * Supported: literals and escaped literals, classes, `.`, `\s\w\d\b` and their negations, groups
 * `( )`, `(?: )`, named groups, lookarounds (zero-width: they add nothing), alternation, and the
 * quantifiers `? * + {n} {n,} {n,m}` (greedy or lazy). Small optional parts are expanded, so
 * `wil(?:l)?ful` needs "wilful" or "willful" rather than just "wil".
 */

interface Node {
  /** Every match contains one of these (lower-case), or null if unknown. */
  req: Set<string> | null;
  /** All the texts the node can match, when they are few and fixed (lower-case), or null. */
  exact: Set<string> | null;
  /**
   * Every set here is one that every match contains a member of (a conjunction of `req`-like
   * sets, `req` itself among them when known, besides `exact`); empty when nothing is known.
   */
  all: Set<string>[];
}

const MAX_EXPANSION = 16;
const ANY: Node = { req: null, exact: null, all: [] };
const EMPTY: Node = { req: null, exact: new Set(['']), all: [] };
/** At most this many sets in a conjunction from an alternation, and members in such a set. */
const MAX_CLAUSES = 64;
const MAX_MEMBERS = 16;

/** Words too common in lesson write-ups to make a useful prefilter (speed only, never results). */
const COMMON = new Set([
  'will', 'have', 'been', 'with', 'that', 'this', 'from', 'were', 'they', 'their', 'there', 'should', 'would',
  'could', 'taken', 'known', 'common', 'better', 'responsible', 'attention', 'frequent', 'effort', 'block',
  'made', 'make', 'time', 'care', 'staff', 'nurse', 'patient', 'team', 'ward', 'the', 'and', 'not', 'for',
]);

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXPANSION) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    let exact: Set<string> | null = new Set();
    for (const b of branches) {
      if (!b.exact || !exact) exact = null;
      else for (const x of b.exact) exact.add(x);
    }
    if (exact && exact.size > MAX_EXPANSION) exact = null;
    // Branches that are all fixed texts give only the union of those texts, which is `req`.
    const all = branches.every((b) => b.exact && b.all.length === 0) ? [] : either(branches.map(clauses));
    const req = new Set<string>();
    for (const b of branches) {
      const r = usable(b);
      if (!r) return { req: null, exact, all };
      for (const x of r) req.add(x);
    }
    return { req, exact, all: [req, ...all] };
  }

  sequence(): Node {
    const candidates: Set<string>[] = [];
    const all: Set<string>[] = [];
    let run: Set<string> | null = new Set(['']);
    let whole: Set<string> | null = new Set(['']);
    const flush = () => {
      if (run && ![...run].some((s) => s === '')) candidates.push(run);
      run = new Set(['']);
    };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.quantified();
      if (atom.exact) {
        const next: Set<string> | null = run ? cross(run, atom.exact) : null;
        if (next) run = next;
        else {
          flush();
          run = atom.exact;
        }
        whole = whole ? cross(whole, atom.exact) : null;
      } else {
        whole = null;
        flush();
        if (atom.req) candidates.push(atom.req);
        all.push(...atom.all);
      }
    }
    flush();
    all.push(...candidates);
    const best = candidates.sort((a, b) => score(b) - score(a))[0];
    return { req: best ?? null, exact: whole, all };
  }

  quantified(): Node {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const { min, max } = q;
    if (max === 0) return EMPTY;
    // Small, fixed repetitions of fixed text expand to their alternatives ("s?" → "", "s").
    if (atom.exact && max !== Infinity && max <= 3) {
      let exact: Set<string> | null = new Set();
      for (let n = min; n <= max && exact; n++) {
        let rep: Set<string> | null = new Set(['']);
        for (let k = 0; k < n && rep; k++) rep = cross(rep, atom.exact);
        if (!rep) exact = null;
        else for (const x of rep) exact.add(x);
      }
      if (exact && exact.size <= MAX_EXPANSION) return { req: min === 0 ? null : usable(atom), exact, all: min === 0 ? [] : clauses(atom) };
    }
    return min === 0 ? ANY : { req: usable(atom), exact: null, all: clauses(atom) };
  }

  quantifier(): { min: number; max: number } | null {
    const c = this.s[this.i];
    let q: { min: number; max: number } | null = null;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return null; // a literal "{"
      this.i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
    }
    if (!q) return null;
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy
    return q;
  }

  atom(): Node {
    const c = this.s[this.i];
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (this.s.startsWith('?:', this.i)) this.i += 2;
      else if (this.s.startsWith('?=', this.i) || this.s.startsWith('?!', this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (this.s.startsWith('?<=', this.i) || this.s.startsWith('?<!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (this.s.startsWith('?<', this.i)) {
        const end = this.s.indexOf('>', this.i);
        if (end === -1) throw new Error('bad group');
        this.i = end + 1;
      } else if (this.s[this.i] === '?') throw new Error('unsupported group');
      const inner = this.alternation();
      if (this.s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') {
      this.i++;
      if (this.s[this.i] === '^') this.i++;
      if (this.s[this.i] === ']') this.i++;
      while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
      if (this.s[this.i] !== ']') throw new Error('unclosed class');
      this.i++;
      return ANY;
    }
    if (c === '\\') {
      const e = this.s[this.i + 1];
      this.i += 2;
      if (e === undefined) throw new Error('trailing backslash');
      if (e === 'b' || e === 'B') return EMPTY;
      if (/[sSwWdD]/.test(e)) return ANY;
      if (/[0-9cxuknrtfv]/.test(e)) throw new Error('unsupported escape');
      return letter(e);
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') throw new Error('unexpected token');
    this.i++;
    return letter(c);
  }
}

/**
 * One literal character, in lower case. The prefilter finds literals in any case the way a /i
 * regex matches, so a character whose lower case is not the same letter to such a regex (İ, whose
 * lower case is two characters; the Kelvin sign, whose lower case "k" matches "K" but not it) is
 * not a literal it can look for. ASCII characters always are.
 */
function letter(c: string): Node {
  const lower = c.toLowerCase();
  // (A character outside ASCII is never regex syntax, so it stands for itself in the test.)
  if (c.charCodeAt(0) >= 128 && (lower.length !== 1 || !new RegExp(`^${c}$`, 'i').test(lower))) return ANY;
  return { req: null, exact: new Set([lower]), all: [] };
}

/** The strings a node guarantees: its fixed texts when none is empty, else its required set. */
function usable(n: Node): Set<string> | null {
  if (n.exact && n.exact.size > 0 && ![...n.exact].some((s) => s.trim() === '')) return n.exact;
  return n.req;
}

/** Every set a node guarantees a member of: its conjunction, and its fixed texts when usable. */
function clauses(n: Node): Set<string>[] {
  const fixed = n.exact && n.exact.size > 0 && ![...n.exact].some((s) => s.trim() === '') ? [n.exact] : [];
  return [...fixed, ...n.all, ...(n.req && !n.all.includes(n.req) ? [n.req] : [])];
}

/**
 * The conjunction that holds when one of several conjunctions does: (a ∧ b) ∨ (c ∧ d) implies
 * (a ∨ c) ∧ (a ∨ d) ∧ (b ∨ c) ∧ (b ∨ d), a set from each joined. Nothing is known if a branch
 * knows nothing; sets that grow too many members, and products that grow too many sets, are left
 * out (knowing less is always sound).
 */
function either(branches: Set<string>[][]): Set<string>[] {
  let product: Set<string>[] = [new Set()];
  for (const branch of branches) {
    const sets = product.length * branch.length > MAX_CLAUSES ? dedupe(branch) : branch;
    if (sets.length === 0 || product.length === 0 || product.length * sets.length > MAX_CLAUSES) return [];
    const next: Set<string>[] = [];
    for (const p of product) {
      for (const s of sets) {
        const joined = new Set([...p, ...s]);
        if (joined.size <= MAX_MEMBERS) next.push(joined);
      }
    }
    product = dedupe(next);
  }
  return product;
}

function dedupe(sets: Set<string>[]): Set<string>[] {
  const byKey = new Map<string, Set<string>>();
  for (const s of sets) byKey.set(JSON.stringify([...s].sort()), s);
  return [...byKey.values()];
}

/** Longer literals are more selective; a set is as weak as its shortest or most common member. */
function score(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, COMMON.has(s.trim()) ? 0 : s.trim().length);
  return min * 100 - set.size;
}

/**
 * All the literal sets analysis finds for a regular expression: every match contains at least one
 * member of each set (lower-case, each of three characters or more). The set of `requiredLiterals`
 * comes first, then the others, the most selective first. Null when none is found.
 */
export function requiredLiteralSets(source: string): string[][] | null {
  const node = parse(source);
  const best = node && literalsOf(usable(node));
  if (!node || !best) return null;
  const sets = [best];
  for (const set of clauses(node)) {
    const list = literalsOf(set);
    if (list) sets.push(list);
  }
  const [first, ...rest] = dedupe(sets.map((s) => new Set(s)));
  return [first, ...rest.sort((a, b) => score(b) - score(a))].map((s) => [...s]);
}

export function requiredLiterals(source: string): string[] | null {
  const node = parse(source);
  return node && literalsOf(usable(node));
}

/** The whole source's node, or null when the analysis does not understand it. */
function parse(source: string): Node | null {
  try {
    const p = new Parser(source);
    const node = p.alternation();
    return p.i === source.length ? node : null;
  } catch {
    return null;
  }
}

/** A set as literals for the prefilter, or null if a member is blank or too short. */
function literalsOf(set: Set<string> | null): string[] | null {
  if (!set || set.size === 0) return null;
  const list = [...set].map((s) => s.trim()).filter((s) => s.length > 0);
  // A literal of one or two letters would let almost every text through: not worth it.
  return list.length === set.size && list.every((s) => s.length >= 3) ? [...new Set(list)] : null;
}
