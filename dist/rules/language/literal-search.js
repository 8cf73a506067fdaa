/**
 * Which of a fixed set of literals occur in a text, in any case: one pass of an Aho–Corasick
 * automaton over the text's code units. It answers the question the `language/blame` prefilter
 * asks (does the text contain "error", "failed", ...?) at about a third of the cost of one
 * case-insensitive regex alternation of the literals, which V8 runs by trying the alternatives at
 * every position; the automaton does one table step per code unit.
 *
 * It reports every occurrence, overlapping ones included ("paying" also holds "pay"), so it finds
 * at least every literal that such an alternation (which consumes what it matches) finds.
 *
 * Case folding is that of a `/i` regular expression without the `u` flag, by construction: two
 * code units are the same letter exactly when a `/i` regex of the one matches the other. That
 * relation is asked of the regex engine itself when the automaton is built. Under it an ASCII
 * code unit only ever matches an ASCII code unit (ECMA-262 Canonicalize never maps a code unit
 * of 128 or more to one below 128, and the upper case of an ASCII letter is ASCII), so for ASCII
 * literals, as all the built-in ones are, only the 128 ASCII code units need asking and every
 * other code unit is "no letter of any literal".
 */
export function literalSearch(literals) {
    // Letter classes: class 0 is "in no literal"; every other class is one letter up to case.
    // A new letter's class gets every code unit its /i regex matches (see above: only ASCII ones
    // for an ASCII letter, only the others for any other letter), so a letter met later is found
    // in the tables without asking again.
    const asciiClass = new Uint16Array(128);
    const otherClass = new Map();
    let classes = 1;
    const classOf = (unit) => {
        const known = unit < 128 ? asciiClass[unit] : (otherClass.get(unit) ?? 0);
        if (known !== 0)
            return known;
        const k = classes++;
        const re = new RegExp(`^${String.fromCharCode(unit).replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`, 'i');
        if (unit < 128) {
            for (let c = 0; c < 128; c++)
                if (re.test(String.fromCharCode(c)))
                    asciiClass[c] = k;
        }
        else {
            for (let c = 128; c < 0x10000; c++)
                if (re.test(String.fromCharCode(c)))
                    otherClass.set(c, k);
        }
        return k;
    };
    const words = literals.map((l) => Array.from({ length: l.length }, (_, i) => classOf(l.charCodeAt(i))));
    // The trie (`children[s]`: [class, state] pairs; state 0 is the root), then its failure links
    // breadth first (standard Aho–Corasick: fail[t] is the state of the longest proper suffix of
    // t's text); `found[s]` lists the literals that end at state s, its failure chain's included.
    const children = [[]];
    const found = [[]];
    const childOf = (s, k) => children[s].find(([c]) => c === k)?.[1] ?? -1;
    words.forEach((word, index) => {
        let s = 0;
        for (const k of word) {
            let t = childOf(s, k);
            if (t === -1) {
                t = children.push([]) - 1;
                found.push([]);
                children[s].push([k, t]);
            }
            s = t;
        }
        found[s].push(index);
    });
    const states = children.length;
    const fail = new Int32Array(states);
    const breadthFirst = [0];
    for (let q = 0; q < breadthFirst.length; q++) {
        const s = breadthFirst[q];
        for (const [k, t] of children[s]) {
            if (s !== 0) {
                let f = fail[s];
                while (f !== 0 && childOf(f, k) === -1)
                    f = fail[f];
                fail[t] = Math.max(0, childOf(f, k));
            }
            found[t] = [...found[t], ...found[fail[t]]];
            breadthFirst.push(t);
        }
    }
    // The table the search walks: a row per state with a column per letter class (class 0, "in no
    // literal", first), so a row is a few dozen cells and the whole table stays in the processor's
    // cache between files (a column per ASCII code unit made rows of 150 cells and a table of
    // 600 KB, which the other rules' data pushed out for every file). A code unit's class is one
    // more load, from a table of 128 that is always at hand. A cell holds the next state's row
    // offset. The states where a literal ends come last, so "did one end here" is a comparison, not
    // a load. The root (no literal is empty) stays first. A state's row is its failure state's
    // (built before it, breadth first) but for its children.
    const order = [...children.keys()].sort((a, b) => Number(found[a].length > 0) - Number(found[b].length > 0) || a - b);
    const rank = new Int32Array(states);
    order.forEach((s, r) => (rank[s] = r));
    const width = classes;
    const step = states * width <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
    for (const s of breadthFirst) {
        const row = rank[s] * width;
        if (s !== 0)
            step.copyWithin(row, rank[fail[s]] * width, rank[fail[s]] * width + width);
        for (const [k, t] of children[s])
            step[row + k] = rank[t] * width;
    }
    const firstEnd = order.findIndex((s) => found[s].length > 0);
    const endsFrom = firstEnd === -1 ? Infinity : firstEnd * width;
    // What this text has already reported: the states reached (a state reached again adds nothing
    // new) and the literals; each holds the number of the search that last saw it.
    const stateSeen = new Int32Array(states);
    const literalSeen = new Int32Array(literals.length);
    let run = 0;
    const report = (row, out) => {
        const s = row / width;
        if (stateSeen[s] === run)
            return;
        stateSeen[s] = run;
        for (const l of found[order[s]]) {
            if (literalSeen[l] === run)
                continue;
            literalSeen[l] = run;
            out.push(l);
        }
    };
    return (text) => {
        const out = [];
        run++;
        // Locals, not the closure's variables: once several searches exist (a configuration compiled
        // again), V8 no longer specialises the loop on one closure's values and would reload them.
        const table = step;
        const ends = endsFrom;
        const ascii = asciiClass;
        const other = otherClass;
        let row = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            row = table[row + (c < 128 ? ascii[c] : (other.get(c) ?? 0))];
            if (row >= ends)
                report(row, out);
        }
        return out;
    };
}
