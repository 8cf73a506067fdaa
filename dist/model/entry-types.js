const registry = new Map();
/** Adds a type (the built-in ones are added by model/types/index.ts). */
export function registerEntryType(d) {
    registry.set(d.type, d);
}
export function entryTypes() {
    return [...registry.values()];
}
export function entryTypeNames() {
    return [...registry.keys()];
}
export function isEntryType(value) {
    return typeof value === 'string' && registry.has(value);
}
export function entryType(type) {
    const d = registry.get(type);
    if (!d)
        throw new Error(`unknown entry type ${type}`);
    return d;
}
/** "a learning source (type: incident)": the noun, with the type's own name when it reads differently. */
export function nounWithType(type) {
    const d = entryType(type);
    return d.name.replace(/ /g, '-') === d.type ? d.noun : `${d.noun} (type: ${d.type})`;
}
/** The types `lessons new` can write. */
export function writableTypes() {
    return entryTypes().filter((d) => d.template !== undefined && d.questions !== undefined);
}
