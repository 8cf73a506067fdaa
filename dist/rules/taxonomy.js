/** `taxonomy/unknown`: themes, services and audiences come from the configured lists. */
import { invisibleNote } from '../util/invisible.js';
import { closest, stringItems, str } from '../util/values.js';
function checkValue(ctx, list, value, path) {
    const allowed = ctx.config.taxonomy[list];
    if (!allowed || allowed.includes(value))
        return;
    const guess = closest(value, allowed);
    ctx.report({
        rule: 'taxonomy/unknown',
        path,
        message: `"${value}" is not one of the ${list} in lessons.config.yaml.` +
            (guess ? ` Did you mean "${guess}"?` : ` Use one of: ${allowed.join(', ')}, or ask for it to be added to the taxonomy.`) +
            invisibleNote(value),
    });
}
export const taxonomyRule = {
    rules: [{ id: 'taxonomy/unknown', severity: 'error', description: 'A theme, service or audience is not in the configured taxonomy.' }],
    check(ctx) {
        const data = ctx.data;
        if (!data)
            return;
        if (ctx.type === 'lesson') {
            for (const item of stringItems(data.themes))
                checkValue(ctx, 'themes', item.value, ['themes', item.index]);
            for (const item of stringItems(data.services))
                checkValue(ctx, 'services', item.value, ['services', item.index]);
            for (const item of stringItems(data.audience))
                checkValue(ctx, 'audiences', item.value, ['audience', item.index]);
        }
        else if (ctx.type === 'incident') {
            const service = str(data.service);
            if (service !== undefined)
                checkValue(ctx, 'services', service, ['service']);
        }
    },
};
