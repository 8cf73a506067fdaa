import { execAll } from './text.js';
// A marker starts a line (or a value): seven < or >, then a space or the end of the line; or a
// line of exactly seven =. Bounded, so it runs in linear time.
const MARKER = /^(?:<{7}|>{7})(?: [^\n]{0,200})?$|^={7}$/gm;
export const mergeConflictRule = {
    rules: [{ id: 'file/merge-conflict', severity: 'error', description: 'Merge-conflict markers (<<<<<<<, =======, >>>>>>>) left in the file.' }],
    compile() {
        return (text) => {
            if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>'))
                return [];
            // One problem per file, at the first < or > marker: the fix is the same for all of them.
            for (const m of execAll(MARKER, text)) {
                if (m[0][0] === '=')
                    continue;
                const found = {
                    rule: 'file/merge-conflict',
                    index: m.index,
                    length: m[0].length,
                    message: 'This line is left over from a git merge that was not finished (a conflict marker). Choose the right text between the markers, then delete the <<<<<<<, ======= and >>>>>>> lines.',
                };
                return [found];
            }
            return [];
        };
    },
};
