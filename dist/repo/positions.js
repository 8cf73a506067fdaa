import { lastAtMost } from '../util/sorted.js';
export function positionsIn(text, firstLine) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        // The last line start at or before the offset (a break at the offset itself ends that line).
        const lo = Math.max(0, lastAtMost(starts, offset));
        return { line: firstLine + lo, column: offset - starts[lo] + 1 };
    };
}
