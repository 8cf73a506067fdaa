// dist/errors.js
var CliError = class extends Error {
	exitCode;
	constructor(message, exitCode) {
		super(message);
		this.exitCode = exitCode;
		this.name = new.target.name;
	}
};
var UsageError = class extends CliError {
	constructor(message) {
		super(message, 2);
	}
};
var ConfigError = class extends CliError {
	file;
	line;
	column;
	problems;
	constructor(message, file, line, column, problems) {
		super(message, 2);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problems = problems;
	}
};
var NotFoundError = class extends ConfigError {};
var RefusedError = class extends CliError {
	constructor(message) {
		super(message, 1);
	}
};
var InterruptedError = class extends CliError {
	constructor(message = "Stopped. Nothing was written.") {
		super(message, 130);
	}
};
export { RefusedError as a, NotFoundError as i, ConfigError as n, UsageError as o, InterruptedError as r, CliError as t };
