/**
 * Every file a command writes goes through here. checkOutputs() runs before any work: an output
 * must be a regular file (or not exist yet, in a folder that does), or "-" for standard output; a
 * device, a folder, a FIFO or a socket is refused, and so is an output that is one of the inputs
 * or the same file as another output. A symbolic link to a regular file is followed (the link
 * stays, its file is replaced). openOutput() then writes atomically (writeFileAtomic.ts), with
 * Ctrl-C clean-up, and names the flag and the path in every error.
 */
import { realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError, type InputIssue } from "../scenario";
import { openAtomicFile, type AtomicFile } from "./writeFileAtomic";
import { UsageError } from "./usageError";
import { writeChunk, type Output } from "./io";
import { describeFsError, nonRegularKind } from "./fileKinds";

/** "-" as an output: standard output. */
export const STDOUT = "-";

export interface OutputRequest {
  /** The flag that named it, e.g. "--out". */
  flag: string;
  path: string | undefined;
}

export interface CheckedOutput {
  flag: string;
  /** As the user wrote it, for messages. */
  path: string;
  /** The file that will be replaced (symbolic links resolved), or STDOUT. */
  target: string;
}

export interface OutputWriter {
  readonly flag: string;
  readonly path: string;
  write(chunk: string): Promise<void>;
  /** Makes the file appear (a no-op for standard output). */
  commit(): Promise<void>;
  /** Removes the temporary file (a no-op for standard output and after commit). */
  abort(): void;
}

interface Identity {
  key: string;
  path: string;
}

/** dev:ino of an existing file (the same file under any name), else its absolute path. */
function identity(path: string): Identity {
  try {
    const stat = statSync(path);
    return { key: `${stat.dev}:${stat.ino}`, path };
  } catch {
    return { key: resolve(path), path };
  }
}

/**
 * Checks the outputs of a command before any work. `inputs` are the files it reads (scenarios,
 * their CSV files, parts). `allowStdout` is false where a file is needed (a sweep's part file).
 * Absent requests are dropped. Problems are reported together, naming each flag.
 */
export function checkOutputs(requests: readonly OutputRequest[], inputs: readonly string[], command: string, allowStdout = true): CheckedOutput[] {
  const given = requests.filter((r): r is OutputRequest & { path: string } => r.path !== undefined);
  const issues: InputIssue[] = [];
  const checked: CheckedOutput[] = [];
  const toStdout = given.filter((r) => r.path === STDOUT);
  if (toStdout.length && !allowStdout) throw new UsageError(`${toStdout[0].flag} - (standard output) is not possible here: give a file name`, command);
  if (toStdout.length > 1) throw new UsageError(`${toStdout.map((r) => r.flag).join(" and ")} are both standard output ("-"); give at most one of them as "-"`, command);
  if (given.some((r) => r.path === "")) throw new UsageError(`${given.find((r) => r.path === "")!.flag} needs a file name`, command);
  const inputIds = inputs.map(identity);
  const seen: { flag: string; id: Identity }[] = [];
  for (const request of given) {
    if (request.path === STDOUT) {
      checked.push({ flag: request.flag, path: STDOUT, target: STDOUT });
      continue;
    }
    const problem = (message: string) => issues.push({ path: request.flag, message: `cannot write ${request.path}: ${message}` });
    let target: string;
    try {
      const stat = statSync(request.path);
      const kind = nonRegularKind(stat);
      if (kind) {
        problem(`it is ${kind}, not a regular file${kind === "a folder" ? "; give a file name inside it" : ""} (or "-" for standard output)`);
        continue;
      }
      target = realpathSync(request.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT") {
        problem(describeFsError(error));
        continue;
      }
      // A new file: its folder must exist (a dangling symbolic link is refused here too).
      const folder = dirname(resolve(request.path));
      let folderStat: Stats;
      try {
        folderStat = statSync(folder);
      } catch {
        problem(`the folder ${folder} does not exist`);
        continue;
      }
      if (!folderStat.isDirectory()) {
        problem(`${folder} is not a folder`);
        continue;
      }
      target = join(realpathSync(folder), basename(request.path));
    }
    const id = identity(target);
    const input = inputIds.find((i) => i.key === id.key);
    if (input) {
      problem(`it is an input of this command (${input.path}); write to another file`);
      continue;
    }
    const twin = seen.find((s) => s.id.key === id.key);
    if (twin) {
      problem(`it is the same file as ${twin.flag}; give each output its own file`);
      continue;
    }
    seen.push({ flag: request.flag, id });
    checked.push({ flag: request.flag, path: request.path, target });
  }
  if (issues.length) throw new InputError(issues, "cannot write output");
  return checked;
}

/** Opens a checked output: a temporary file beside its target, or standard output. */
export async function openOutput(output: CheckedOutput, stdout: Output): Promise<OutputWriter> {
  const { flag, path } = output;
  const failed = (error: unknown) => new InputError([{ path: flag, message: `cannot write ${path}: ${describeFsError(error)}` }], "cannot write output");
  if (output.target === STDOUT)
    return { flag, path, write: (chunk) => writeChunk(stdout, chunk), commit: async () => {}, abort: () => {} };
  let file: AtomicFile;
  try {
    file = await openAtomicFile(output.target);
  } catch (error) {
    throw failed(error);
  }
  return {
    flag,
    path,
    async write(chunk) {
      try {
        await file.write(chunk);
      } catch (error) {
        file.abort();
        throw failed(error);
      }
    },
    async commit() {
      try {
        await file.commit();
      } catch (error) {
        throw failed(error);
      }
    },
    abort: () => file.abort(),
  };
}

/** Writes a checked output whole (atomically, with Ctrl-C clean-up; errors name the flag and path). */
export async function writeOutput(output: CheckedOutput, text: string, stdout: Output): Promise<void> {
  const file = await openOutput(output, stdout);
  try {
    await file.write(text);
    await file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}

/** The writers of a command: opened together, committed together, aborted together. */
export class OutputSet {
  private readonly writers: OutputWriter[] = [];

  constructor(private readonly stdout: Output) {}

  /** Opens `output` if given (null otherwise). */
  async open(output: CheckedOutput | undefined): Promise<OutputWriter | null> {
    if (!output) return null;
    const writer = await openOutput(output, this.stdout);
    this.writers.push(writer);
    return writer;
  }

  async commit(): Promise<void> {
    for (const writer of this.writers) await writer.commit();
  }

  abort(): void {
    for (const writer of this.writers) writer.abort();
  }

  /** Runs `work`, aborting every writer if it throws. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.abort();
      throw error;
    }
  }
}

/** The checked output named by `flag`, if given. */
export function outputFor(outputs: readonly CheckedOutput[], flag: string): CheckedOutput | undefined {
  return outputs.find((o) => o.flag === flag);
}

/** True when some output is standard output: the command then prints its report to standard error. */
export function usesStdout(outputs: readonly CheckedOutput[]): boolean {
  return outputs.some((o) => o.target === STDOUT);
}
