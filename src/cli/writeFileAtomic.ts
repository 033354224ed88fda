/**
 * A file written in pieces that appears whole or not at all: chunks go to a temporary file in the
 * same folder (so the final rename stays on one file system and is atomic), which replaces the
 * target only on commit(). abort() removes the temporary file, and so does Ctrl-C (interrupt.ts);
 * a process killed outright leaves at most a hidden `.name.PID.N.tmp` beside the target, which the
 * next writer of that target removes once process PID is gone.
 *
 * The target must be a regular file or absent (outputFiles.ts checks that before any work);
 * commit() checks again and never renames over anything else (a device, a folder, a FIFO).
 */
import { createWriteStream, lstatSync, readdirSync, renameSync, rmSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { onInterrupt } from "./interrupt";

let counter = 0;

export interface AtomicFile {
  readonly path: string;
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

/** The temporary files of our own naming beside `path`, with the process that wrote each. */
function temporaryFiles(path: string): { name: string; pid: number }[] {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    const match = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    return match ? [{ name, pid: Number(match[1]) }] : [];
  });
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files left beside `path` by runs of ours that were killed; returns their names. */
export function removeStaleTemporaryFiles(path: string): string[] {
  const stale = temporaryFiles(path).filter((t) => !alive(t.pid));
  for (const t of stale) rmSync(join(dirname(path), t.name), { force: true });
  return stale.map((t) => t.name);
}

/** Opens the temporary file; rejects (e.g. the folder does not exist) before anything is written. */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  removeStaleTemporaryFiles(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  let stream: WriteStream | null = null;
  let finished = false;
  const abort = () => {
    if (finished) return;
    finished = true;
    unregister();
    stream?.destroy();
    rmSync(tmp, { force: true });
  };
  // Registered before the file exists, so a Ctrl-C at any moment finds it to remove.
  const unregister = onInterrupt(abort);
  stream = createWriteStream(tmp, { flags: "wx" });
  let failure: Error | null = null;
  stream.on("error", (error) => (failure ??= error));
  await settled(stream, "open");
  if (failure) {
    abort();
    throw failure;
  }
  const check = () => {
    if (failure) throw failure;
  };
  const open = stream;
  return {
    path,
    async write(chunk) {
      check();
      if (!open.write(chunk)) await settled(open, "drain");
      check();
    },
    async commit() {
      try {
        check();
        open.end();
        await settled(open, "close");
        check();
        refuseNonRegular(path);
        renameSync(tmp, path);
        finished = true;
        unregister();
      } catch (error) {
        abort();
        throw error;
      }
    },
    abort,
  };
}

/** Throws if `path` exists and is not a regular file: a rename would replace it. */
function refuseNonRegular(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (!stat.isFile()) throw Object.assign(new Error(`${path} is no longer a regular file; it was left as it is`), { code: "ENOTREG" });
}

/** Resolves on `event` or on an error (recorded by the caller), removing both listeners either way. */
function settled(stream: WriteStream, event: "open" | "drain" | "close"): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off(event, done);
      stream.off("error", done);
      resolve();
    };
    stream.on(event, done);
    stream.on("error", done);
  });
}
