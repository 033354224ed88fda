/**
 * A file written in pieces that appears whole or not at all: chunks go to a temporary file in the
 * same folder (so the final rename stays on one file system and is atomic), which replaces the
 * target only on commit(). abort() removes the temporary file; an interrupted run leaves at most a
 * hidden `.name.*.tmp` beside the target, never a half-written target.
 */
import { createWriteStream, renameSync, rmSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

export interface AtomicFile {
  readonly path: string;
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

/** Opens the temporary file; rejects (e.g. the folder does not exist) before anything is written. */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const stream: WriteStream = createWriteStream(tmp, { flags: "wx" });
  let failure: Error | null = null;
  stream.on("error", (error) => (failure ??= error));
  await settled(stream, "open");
  if (failure) throw failure;
  let finished = false;
  const check = () => {
    if (failure) throw failure;
  };
  return {
    path,
    async write(chunk) {
      check();
      if (!stream.write(chunk)) await settled(stream, "drain");
      check();
    },
    async commit() {
      check();
      stream.end();
      await settled(stream, "close");
      check();
      renameSync(tmp, path);
      finished = true;
    },
    abort() {
      if (finished) return;
      finished = true;
      stream.destroy();
      rmSync(tmp, { force: true });
    },
  };
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
