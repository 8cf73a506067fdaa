export function positionsIn(text, firstLine) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        // The last line start at or before the offset (a break at the offset itself ends that line).
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: firstLine + lo, column: offset - starts[lo] + 1 };
    };
}
