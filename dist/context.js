/**
 * What every command gets: the streams and environment (`Io`), the global options, the folder it
 * runs in, today's date, the repository (opened on first use) and how to say things on stderr.
 * Commands depend on this module, never on `cli.ts`.
 */
import path from 'node:path';
/** The context for one command run, from the parsed global options. */
export function createContext(io, options) {
    const start = path.resolve(io.cwd, options.cwd ?? '.');
    const globals = { ...options, color: options.color !== false, quiet: Boolean(options.quiet), debug: Boolean(options.debug) };
    let repo;
    return {
        io,
        globals,
        start,
        async today() {
            const { today } = await import('./clock.js');
            return today(io.env);
        },
        repository() {
            repo ??= import('./repo/repository.js').then((m) => m.openRepository({ start, configPath: options.config }));
            return repo;
        },
        colour(stream) {
            if (!globals.color || (io.env.NO_COLOR ?? '') !== '')
                return false;
            const force = io.env.FORCE_COLOR;
            if (force !== undefined && force !== '')
                return force !== '0' && force !== 'false';
            return Boolean(io[stream].isTTY) && io.env.TERM !== 'dumb';
        },
        warn(message) {
            if (!globals.quiet)
                io.stderr.write(`lessons: warning: ${message}\n`);
        },
        note(message) {
            if (!globals.quiet)
                io.stderr.write(`lessons: ${message}\n`);
        },
    };
}
