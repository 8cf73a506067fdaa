// An example phrase for a blame term's pattern, for the docs: the shortest reading of the regular
// expression (optional parts left out, the first of each set of alternatives), checked against the
// pattern itself. Clinicians review phrases, not regexes.

/** Parses `src` from `i` up to a closing `)` or the end; returns [alternatives, next index]. */
function parse(src, i) {
  const alts = [[]];
  while (i < src.length) {
    const c = src[i];
    if (c === ')') return [alts, i + 1];
    if (c === '|') {
      alts.push([]);
      i++;
      continue;
    }
    let atom;
    if (c === '(') {
      let j = i + 1;
      let drop = false;
      if (src.startsWith('?:', j)) j += 2;
      else if (src.startsWith('?=', j) || src.startsWith('?!', j) || src.startsWith('?<=', j) || src.startsWith('?<!', j)) {
        drop = true;
        j += src[j + 1] === '<' ? 3 : 2;
      }
      const [inner, next] = parse(src, j);
      atom = drop ? { text: '' } : { alts: inner };
      i = next;
    } else if (c === '[') {
      let j = i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      let first = src[j] === '\\' ? escape(src[j + 1]) : src[j];
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      atom = { text: negated ? 'x' : first };
      i = j + 1;
    } else if (c === '\\') {
      atom = { text: escape(src[i + 1]) };
      i += 2;
    } else if (c === '^' || c === '$') {
      atom = { text: '' };
      i++;
    } else if (c === '.') {
      atom = { text: 'a' };
      i++;
    } else {
      atom = { text: c };
      i++;
    }
    // A quantifier: how many times the shortest reading repeats it.
    let times = 1;
    const q = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})\??/.exec(src.slice(i));
    if (q) {
      times = q[0][0] === '?' || q[0][0] === '*' ? 0 : q[0][0] === '+' ? 1 : Number(q[1]);
      i += q[0].length;
    }
    alts[alts.length - 1].push({ atom, times });
  }
  return [alts, i];
}

function escape(c) {
  return c === 's' ? ' ' : c === 'w' ? 'a' : c === 'd' ? '1' : c === 'b' || c === 'B' ? '' : c;
}

function render(alts, pick = 0) {
  return alts[Math.min(pick, alts.length - 1)].map(({ atom, times }) => (atom.alts ? render(atom.alts) : atom.text).repeat(times)).join('');
}

/** An example phrase the pattern matches (as the rule matches it: whole words, any case), or undefined. */
export function exampleFor(pattern) {
  let alts;
  try {
    [alts] = parse(pattern, 0);
  } catch {
    return undefined;
  }
  const re = new RegExp(`\\b(?:${pattern})\\b`, 'i');
  for (let pick = 0; pick < alts.length; pick++) {
    const example = render(alts, pick).replace(/\s+/g, ' ').trim();
    if (example && re.test(example)) return example;
  }
  return undefined;
}
