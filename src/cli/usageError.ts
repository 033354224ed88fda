/**
 * A mistake in how the command was called (unknown command or flag, missing argument, a flag value
 * out of range), as opposed to bad input data (InputError). Exit code 2, with a hint to --help.
 */
export class UsageError extends Error {
  /** The command whose --help the hint points to ("" for the top level). */
  readonly command: string;

  constructor(message: string, command = "") {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}
