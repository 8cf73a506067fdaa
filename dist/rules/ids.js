export const duplicateIdRule = {
    rules: [{ id: 'id/duplicate', severity: 'error', description: 'Two entries share an id (both files are reported).' }],
    fields: [],
    check(entries, report) {
        const byId = new Map();
        for (const e of entries) {
            if (e.id === undefined)
                continue;
            const files = byId.get(e.id);
            if (files)
                files.push(e.file);
            else
                byId.set(e.id, [e.file]);
        }
        for (const [id, files] of byId) {
            if (files.length < 2)
                continue;
            for (const file of files) {
                const others = files.filter((f) => f !== file);
                report(file, {
                    rule: 'id/duplicate',
                    path: ['id'],
                    message: `The id "${id}" is also used by ${others.join(', ')}. Each entry needs its own id: give one of them a new id (and rename its file to match).`,
                });
            }
        }
    },
};
