/** The key path of a value (`['actions', 1, 'owner']`). */
export function pathOf(at) {
    const out = [];
    for (let l = at; l; l = l.parent)
        out.unshift(l.key);
    return out;
}
