const SILENT = { update() { }, done() { } };
/**
 * Progress on stderr for runs that take longer than about a second, only on a terminal. It is
 * driven by `update` calls (no timers), so it never keeps the process alive.
 */
export function progress(stderr, label, enabled, now = Date.now) {
    if (!enabled || !stderr.isTTY)
        return SILENT;
    const started = now();
    let last = 0;
    let shown = false;
    return {
        update(done, total) {
            const t = now();
            if (t - started < 1000 || t - last < 100)
                return;
            last = t;
            shown = true;
            stderr.write(`\r${label} ${done}/${total}`);
        },
        done() {
            if (shown)
                stderr.write('\r\u001b[2K');
        },
    };
}
