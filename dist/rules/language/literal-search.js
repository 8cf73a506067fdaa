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
    const ascii = new Uint16Array(128);
    const other = new Map();
    const representatives = [];
    const classOf = (unit) => {
        const ch = String.fromCharCode(unit);
        for (let k = 0; k < representatives.length; k++)
            if (representatives[k].test(ch))
                return k + 1;
        const re = new RegExp(`^${ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`, 'i');
        representatives.push(re);
        const k = representatives.length;
        // Every code unit this letter matches in a /i regex gets its class (see above: ASCII ones
        // only for an ASCII letter, only the others for any other letter).
        if (unit < 128) {
            for (let c = 0; c < 128; c++)
                if (re.test(String.fromCharCode(c)))
                    ascii[c] = k;
        }
        else {
            for (let c = 128; c < 0x10000; c++)
                if (re.test(String.fromCharCode(c)))
                    other.set(c, k);
        }
        return k;
    };
    const words = literals.map((l) => Array.from({ length: l.length }, (_, i) => classOf(l.charCodeAt(i))));
    const width = representatives.length + 1;
    // The trie, then its failure links breadth first (standard Aho–Corasick); `found[s]` lists the
    // literals that end at state s, those of its failure chain included.
    const goto = [new Array(width).fill(-1)];
    const found = [[]];
    words.forEach((word, index) => {
        let s = 0;
        for (const k of word) {
            if (goto[s][k] === -1) {
                goto[s][k] = goto.length;
                goto.push(new Array(width).fill(-1));
                found.push([]);
            }
            s = goto[s][k];
        }
        found[s].push(index);
    });
    const fail = new Array(goto.length).fill(0);
    const queue = [];
    for (let k = 0; k < width; k++) {
        const t = goto[0][k];
        if (t > 0 && k > 0)
            queue.push(t);
        else
            goto[0][k] = 0;
    }
    for (let q = 0; q < queue.length; q++) {
        const s = queue[q];
        for (let k = 0; k < width; k++) {
            const t = goto[s][k];
            if (t === -1 || k === 0) {
                goto[s][k] = k === 0 ? 0 : goto[fail[s]][k];
            }
            else {
                fail[t] = goto[fail[s]][k];
                found[t] = [...found[t], ...found[fail[t]]];
                queue.push(t);
            }
        }
    }
    // The table the search walks: row offsets (state × width), so a step is one load.
    const states = goto.length;
    const step = new Int32Array(states * width);
    const ends = new Uint8Array(states * width);
    for (let s = 0; s < states; s++) {
        for (let k = 0; k < width; k++)
            step[s * width + k] = goto[s][k] * width;
        if (found[s].length > 0)
            ends[s * width] = 1;
    }
    // Literals seen in this text, by state (a state reached twice adds nothing new).
    const seenIn = new Int32Array(states);
    let run = 0;
    const report = (row, out) => {
        const s = row / width;
        if (seenIn[s] === run)
            return;
        seenIn[s] = run;
        for (const l of found[s])
            if (!out.includes(l))
                out.push(l);
    };
    return (text) => {
        const out = [];
        run++;
        let row = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            row = step[row + (c < 128 ? ascii[c] : (other.get(c) ?? 0))];
            if (ends[row] === 1)
                report(row, out);
        }
        return out;
    };
}
