/**
 * Errors that end a command. Each carries its exit code, so the exit code is decided by the
 * class of the error, never by its text (docs/commands.md: 0 ok, 1 repository errors or refused write,
 * 2 usage/configuration/internal, 130 interrupted).
 */
export class CliError extends Error {
    exitCode;
    constructor(message, exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.name = new.target.name;
    }
}
/** Wrong command line: a missing or invalid option or argument. Exit 2. */
export class UsageError extends CliError {
    constructor(message) {
        super(message, 2);
    }
}
/** A problem with `lessons.config.yaml` or the repository layout. Exit 2. */
export class ConfigError extends CliError {
    file;
    line;
    column;
    problems;
    constructor(message, file, line, column, 
    /** Each problem with its position, when there are several (for annotations, issue 11.4). */
    problems) {
        super(message, 2);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problems = problems;
    }
}
/** No lessons repository where the command was started (a kind of configuration error, exit 2). */
export class NotFoundError extends ConfigError {
}
/** The command will not do what was asked because of the repository's content. Exit 1. */
export class RefusedError extends CliError {
    constructor(message) {
        super(message, 1);
    }
}
/** The user pressed Ctrl-C or closed the prompt. Nothing was written. Exit 130. */
export class InterruptedError extends CliError {
    constructor(message = 'Stopped. Nothing was written.') {
        super(message, 130);
    }
}
