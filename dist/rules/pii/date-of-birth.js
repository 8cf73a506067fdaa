import { execAll, isAllowed } from '../text.js';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = [
    '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})',
    '\\d{4}-\\d{2}-\\d{2}',
    `\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\\.?,? \\d{2,4}`,
    `${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`,
].join('|');
const KEYWORD = '(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|born)';
// The keyword, then at most a few words without digits, then a date; or a date followed by "(DOB)".
const DOB_RE = new RegExp(`\\b${KEYWORD}[^\\d\\n]{0,25}?\\b(${DATE})(?!\\d)|\\b(${DATE})\\s*\\(?\\s*(?:d\\.?o\\.?b\\.?|date of birth)\\b`, 'gi');
export const dateOfBirthRule = {
    rules: [{ id: 'pii/date-of-birth', severity: 'error', description: 'A date next to "DOB", "date of birth" or "born".' }],
    compile(config) {
        const allow = config.pii.allow;
        return (text) => {
            if (!/b(?:orn|irth)|d\.?o\.?b/i.test(text))
                return [];
            const out = [];
            for (const m of execAll(DOB_RE, text)) {
                if (isAllowed(text, m.index, m[0].length, allow))
                    continue;
                out.push({
                    rule: 'pii/date-of-birth',
                    index: m.index,
                    length: m[0].length,
                    message: 'This looks like a date of birth. Remove it; if age matters to the learning, give an age range (e.g. "in their 70s").',
                });
            }
            return out;
        };
    },
};
