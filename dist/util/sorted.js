/** Searching sorted offsets (line starts, value starts, folding edits): one binary search for them all. */
/** The index of the last of `sorted` (ascending) that is at most `x`, or -1 when none is. */
export function lastAtMost(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}
