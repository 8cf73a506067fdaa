import { execAll, isAllowed, mask } from '../text.js';
export const patternRule = {
    rules: [{ id: 'pii/pattern', severity: 'error', description: 'A match of one of the identifiers configured in `pii.patterns`.' }],
    compile(config) {
        const allow = config.pii.allow;
        const patterns = config.pii.patterns.map((p) => ({ name: p.name, re: new RegExp(p.pattern, 'g') }));
        return (text) => {
            const out = [];
            for (const { name, re } of patterns) {
                for (const m of execAll(re, text)) {
                    if (m[0].length === 0 || isAllowed(text, m.index, m[0].length, allow))
                        continue;
                    out.push({
                        rule: 'pii/pattern',
                        index: m.index,
                        length: m[0].length,
                        message: `This matches the "${name}" identifier set in lessons.config.yaml (${mask(m[0])}). Remove it: a lesson must never identify a patient.`,
                    });
                }
            }
            return out;
        };
    },
};
