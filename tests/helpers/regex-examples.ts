/**
 * Random texts a regular expression matches, for planting blame terms in test texts: each call
 * picks alternatives, repetition counts, class members and whitespace (spaces, line breaks,
 * tabs, no-break spaces) at random. Lookarounds are left out, so now and then an example does
 * not match; callers that need a match check it. Supports what terms.yaml uses: groups,
 * alternation, classes with ranges, escapes, `. ^ $` and the quantifiers.
 */
export function randomExample(source: string, rand: () => number): () => string {
  let i = 0;
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const space = () => pick([' ', ' ', ' ', '\n', '  ', '\t', '\n  ', ' \n', '\u00a0']);
  type Gen = () => string;
  const alternation = (): Gen => {
    const branches = [sequence()];
    while (source[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return () => pick(branches)();
  };
  const sequence = (): Gen => {
    const parts: Gen[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') parts.push(quantified(atom()));
    return () => parts.map((p) => p()).join('');
  };
  const quantified = (a: Gen): Gen => {
    const m = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(i));
    if (!m) return a;
    i += m[0].length;
    let [min, max] = [0, 1];
    if (m[0][0] === '*') [min, max] = [0, 2];
    else if (m[0][0] === '+') [min, max] = [1, 2];
    else if (m[0][0] === '{') {
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? min + 2 : Number(m[2]);
    }
    return () => {
      let s = '';
      for (let n = min + Math.floor(rand() * (max - min + 1)); n > 0; n--) s += a();
      return s;
    };
  };
  const atom = (): Gen => {
    const c = source[i];
    if (c === '(') {
      i++;
      let lookaround = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i))) {
        lookaround = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      i++;
      return lookaround ? () => '' : inner;
    }
    if (c === '[') {
      i++;
      const negated = source[i] === '^';
      if (negated) i++;
      const members: string[] = [];
      while (i < source.length && source[i] !== ']') {
        let ch = source[i];
        if (ch === '\\') {
          i++;
          ch = { s: ' ', w: 'a', d: '1' }[source[i]] ?? source[i];
        }
        i++;
        if (source[i] === '-' && source[i + 1] !== ']') {
          const to = source[i + 1] === '\\' ? source[i + 2] : source[i + 1];
          i += source[i + 1] === '\\' ? 3 : 2;
          for (let k = ch.charCodeAt(0); k <= to.charCodeAt(0); k++) members.push(String.fromCharCode(k));
        } else members.push(ch);
      }
      i++;
      return () => (negated ? 'x' : pick(members));
    }
    if (c === '\\') {
      const e = source[i + 1];
      i += 2;
      if (e === 's') return space;
      if (e === 'w') return () => pick(['a', 'x', 'Z', '1', '_']);
      if (e === 'd') return () => String(Math.floor(rand() * 10));
      if (e === 'b' || e === 'B') return () => '';
      return () => e;
    }
    i++;
    if (c === '^' || c === '$') return () => '';
    if (c === '.') return () => 'x';
    return () => c;
  };
  const generate = alternation();
  return () => {
    const s = generate();
    // Any case: as written, upper, capitalised or mixed.
    const r = rand();
    if (r < 0.4) return s;
    if (r < 0.55) return s.toUpperCase();
    if (r < 0.7) return s.charAt(0).toUpperCase() + s.slice(1);
    return [...s].map((ch) => (rand() < 0.5 ? ch.toUpperCase() : ch)).join('');
  };
}
