/**
 * `lessons init [dir]` (docs/commands.md): makes a new lessons repository. It writes all of its files
 * or none: when any of them is already there it writes nothing and lists what is in the way.
 */
import { existsSync, lstatSync, mkdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { version } from '../version.js';
import { ConfigError, RefusedError, UsageError } from '../errors.js';
import { defaultPackageSpec, isGitRootFile, isPlaceholderSpec, scaffoldFiles } from '../authoring/scaffold.js';
import { writeFileAtomic } from '../util/write.js';
export async function run(ctx, dir, opts) {
    const target = path.resolve(ctx.start, dir ?? '.');
    const shown = dir ?? '.';
    if (existsSync(target) && !statSync(target).isDirectory()) {
        throw new UsageError(`${shown} is a file, not a folder. Choose a folder for the new lessons repository.`);
    }
    const packageSpec = opts.package ?? defaultPackageSpec(version());
    if (/[\r\n"\\]/.test(packageSpec) || packageSpec.trim() === '' || packageSpec.startsWith('-')) {
        throw new UsageError(`--package "${packageSpec}" is not a package spec CI can install (e.g. github:your-trust/lessons#v1.0.0).`);
    }
    // Inside a git repository, GitHub reads .github/ only at its root: put the workflow (which then
    // runs in this folder) and the pull-request template there.
    const gitRoot = findGitRoot(target);
    const fromGitRoot = gitRoot ? path.relative(gitRoot, target).split(path.sep).join('/') : '';
    const toGitRoot = gitRoot ? path.relative(target, gitRoot).split(path.sep).join('/') : '';
    const files = new Map();
    for (const [rel, content] of scaffoldFiles({ packageSpec, workingDirectory: fromGitRoot || undefined, siteWorkflow: opts.siteWorkflow })) {
        files.set(toGitRoot && isGitRootFile(rel) ? `${toGitRoot}/${rel}` : rel, content);
    }
    const inTheWay = blockers(target, [...files.keys()]);
    if (inTheWay.length) {
        throw new RefusedError(`Nothing was written: ${inTheWay.length === 1 ? 'this is' : 'these are'} already in ${shown === '.' ? 'this folder' : shown}:\n` +
            inTheWay.map((f) => `  ${f}`).join('\n') +
            '\n"lessons init" never changes existing files. Move them aside, or choose an empty folder.');
    }
    try {
        writeAll(target, files);
    }
    catch (err) {
        throw new ConfigError(`Could not write the new repository in ${shown} (${err.code ?? err.message}); nothing was kept.`);
    }
    if (!ctx.globals.quiet) {
        const where = shown === '.' ? 'this folder' : shown;
        const steps = [
            'Edit lessons.config.yaml: your trust\'s name, and the themes, services and audiences you use.',
            ...(isPlaceholderSpec(packageSpec)
                ? ['Set LESSONS_PACKAGE in .github/workflows/lessons.yml to where your trust keeps the lessons tool (or run init with --package).']
                : []),
            `Start a git repository if it is not one yet: git init${dir ? ` ${shown}` : ''}, then commit these files.`,
            'Write the first entry: lessons new lesson',
        ];
        ctx.io.stdout.write(`Created a lessons repository in ${where}:\n${[...files.keys()].map((f) => `  ${f}`).join('\n')}\n\nNext:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n`);
    }
    return 0;
}
/**
 * Writes every file (creating folders as needed), or, when one write fails, takes back what it
 * wrote and rethrows: all or nothing.
 */
export function writeAll(target, files, write = (f, c) => writeFileAtomic(f, c, { overwrite: false })) {
    const written = [];
    const madeDirs = [];
    try {
        for (const [rel, content] of files) {
            const abs = path.join(target, ...rel.split('/'));
            for (const d of missingDirs(path.dirname(abs))) {
                mkdirSync(d);
                madeDirs.push(d);
            }
            write(abs, content);
            written.push(abs);
        }
    }
    catch (err) {
        for (const f of written.reverse())
            rmSync(f, { force: true });
        for (const d of madeDirs.reverse()) {
            try {
                rmdirSync(d);
            }
            catch {
                /* not empty: something else wrote there meanwhile; leave it */
            }
        }
        throw err;
    }
}
/** Files (and non-folders where a folder is needed) already at the paths `init` would write. */
function blockers(target, rels) {
    const out = new Set();
    for (const rel of rels) {
        const parts = rel.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const sub = parts.slice(0, i).join('/');
            const abs = path.join(target, ...parts.slice(0, i));
            let st;
            try {
                st = lstatSync(abs);
            }
            catch {
                break;
            }
            if (i === parts.length)
                out.add(sub);
            else if (!st.isDirectory()) {
                out.add(sub);
                break;
            }
        }
    }
    return [...out].sort();
}
/** The nearest folder at or above `dir` (or its nearest existing parent) holding `.git`. */
export function findGitRoot(dir) {
    let d = path.resolve(dir);
    for (;;) {
        if (existsSync(path.join(d, '.git')))
            return d;
        const parent = path.dirname(d);
        if (parent === d)
            return undefined;
        d = parent;
    }
}
/** The folders down to `dir` that do not exist yet, outermost first. */
function missingDirs(dir) {
    const out = [];
    let d = dir;
    while (!existsSync(d)) {
        out.unshift(d);
        const parent = path.dirname(d);
        if (parent === d)
            break;
        d = parent;
    }
    return out;
}
