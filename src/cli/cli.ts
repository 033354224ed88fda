/**
 * The `defection` command: dispatch to a command, turn errors into messages and exit codes.
 * 0 ok; 1 bad input (InputError: invalid scenario, unreadable file, bad --set value) or an
 * unexpected failure; 2 usage error (with a hint to --help). Bad input never prints a stack trace.
 */
import { InputError } from "../scenario/issues";
import { UsageError } from "./usageError";
import { HELP, helpHint } from "./help";
import { packageVersion } from "./packageRoot";
import { writeChunk, type Io } from "./io";
import { escapeText } from "../scenario/escapeText";
import { StreamWriteError } from "./checkedStream";

type Command = (argv: readonly string[], io: Io) => Promise<number>;

// Each command is loaded when it is run, so `--version`, `--help` and one command's start-up do not
// load (and build the scenario schema of) every other.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  run: async () => (await import("./commands/run")).runCommand,
  validate: async () => (await import("./commands/validate")).validateCommand,
  list: async () => (await import("./commands/list")).listCommand,
  calibrate: async () => (await import("./commands/calibrate")).calibrateCommand,
  compare: async () => (await import("./commands/compare")).compareCommand,
  sweep: async () => (await import("./commands/sweep")).sweepCommand,
  merge: async () => (await import("./commands/merge")).mergeCommand,
  tipping: async () => (await import("./commands/tipping")).tippingCommand,
  sensitivity: async () => (await import("./commands/sensitivity")).sensitivityCommand,
};

export async function cli(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  const command = first !== undefined && Object.hasOwn(COMMANDS, first) ? first : "";
  try {
    if (!command) {
      if (first === undefined || wantsHelp(argv)) return await print(io, HELP[""], 0);
      if (first === "--version" || first === "-v") return await print(io, `${packageVersion()}\n`, 0);
      throw new UsageError(first.startsWith("-") ? `unknown flag ${first}` : `unknown command ${JSON.stringify(first)} (commands: ${Object.keys(COMMANDS).join(", ")})`);
    }
    if (wantsHelp(rest)) return await print(io, HELP[command], 0);
    return await (await COMMANDS[command]())(rest, io);
  } catch (error) {
    // Standard output failed: main.ts reports it (EPIPE quietly) and sets the exit code.
    if (error instanceof StreamWriteError && error.stream === "standard output") return error.code === "EPIPE" ? 141 : 1;
    if (error instanceof UsageError) {
      await writeChunk(io.stderr, `defection${error.command ? ` ${error.command}` : ""}: ${escapeLines(error.message)}\n${helpHint(error.command)}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      await writeChunk(io.stderr, `defection${command ? ` ${command}` : ""}: ${escapeLines(error.message)}\n`);
      return 1;
    }
    await writeChunk(io.stderr, `defection${command ? ` ${command}` : ""}: ${escapeLines(describeError(error))}\n`);
    return 1;
  }
}

/** User text reaches the terminal with its control characters escaped, line by line. */
function escapeLines(text: string): string {
  return text.split("\n").map(escapeText).join("\n");
}

/** -h or --help anywhere before a "--". */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

async function print(io: Io, text: string, code: number): Promise<number> {
  await writeChunk(io.stdout, text);
  return code;
}

/** An unexpected error in one line; file system errors (ENOENT on --out, EACCES...) carry their path. */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
