/**
 * Faults of the machine rather than of lessons or the repository (issue 11.5): a full disk, a
 * read-only or forbidden folder, too few file handles. Each becomes one plain message and its exit
 * code (1 a refused write, 2 the environment), never an internal error with a stack trace.
 */
import { CliError } from '../errors.js';
import { lookupTable } from './lookup.js';
const FAULTS = lookupTable({
    ENOSPC: { why: 'the disk is full', exitCode: 1 },
    EDQUOT: { why: 'your disk quota is used up', exitCode: 1 },
    EROFS: { why: 'the folder is on a read-only file system', exitCode: 1 },
    EACCES: { why: 'you do not have permission to write there', exitCode: 1 },
    EPERM: { why: 'you do not have permission to write there', exitCode: 1 },
    EMFILE: { why: 'lessons has run out of open files (raise the limit with "ulimit -n")', exitCode: 2 },
    ENFILE: { why: 'the system has run out of open files', exitCode: 2 },
    EIO: { why: 'the disk reported an input/output error', exitCode: 2 },
    ENAMETOOLONG: { why: 'the file name is too long for the file system', exitCode: 1 },
});
/** A system error that ended a command, said plainly. */
export class SystemFault extends CliError {
    code;
    constructor(message, exitCode, code) {
        super(message, exitCode);
        this.code = code;
    }
}
/** `err` as a SystemFault when it is one of the known faults, else undefined. `doing` is e.g. "write lessons/x.md". */
export function systemFault(err, doing) {
    const code = err?.code;
    if (typeof code !== 'string')
        return undefined;
    const fault = FAULTS[code];
    if (!fault)
        return undefined;
    const what = doing ?? describe(err);
    return new SystemFault(`Could not ${what}: ${fault.why}.${fault.exitCode === 1 ? ' Nothing was written.' : ''}`, fault.exitCode, code);
}
function describe(err) {
    const target = err.path ? ` ${err.path}` : '';
    switch (err.syscall) {
        case 'open':
            return `open${target}`;
        case 'write':
        case 'rename':
        case 'link':
        case 'mkdir':
            return `write${target}`;
        case 'scandir':
            return `list the folder${target}`;
        default:
            return `finish (${err.syscall ?? 'a system call'}${target})`;
    }
}
