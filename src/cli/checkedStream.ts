/**
 * Standard output (or error) with every write checked: the first error (EPIPE when the reader
 * went away, ENOSPC when the disk is full) is kept, makes every later write throw, and wakes a
 * writer waiting for "drain"; flush() waits until everything written has reached the file or pipe
 * and rejects with that error. So `defection run > full-disk.csv` exits non-zero, never 0.
 */
import type { Output } from "./io";

export class StreamWriteError extends Error {
  readonly code: string | undefined;

  constructor(
    override readonly cause: NodeJS.ErrnoException,
    readonly stream: string,
  ) {
    super(`cannot write to ${stream} (${cause.code ?? cause.message})`);
    this.name = "StreamWriteError";
    this.code = cause.code;
  }
}

export interface CheckedStream extends Output {
  /** Resolves when all that was written has been handed to the system; rejects with the first write error. */
  flush(): Promise<void>;
  failure(): StreamWriteError | null;
}

export function checkedStream(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, name: string): CheckedStream {
  let failure: StreamWriteError | null = null;
  const waiting = new Set<() => void>();
  stream.on("error", (error: NodeJS.ErrnoException) => {
    failure ??= new StreamWriteError(error, name);
    for (const wake of waiting) wake();
    waiting.clear();
  });
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    write(chunk) {
      if (failure) throw failure;
      return stream.write(chunk);
    },
    once(event, listener) {
      if (failure) return void listener();
      const wake = () => {
        waiting.delete(wake);
        stream.off(event, wake);
        listener();
      };
      waiting.add(wake);
      stream.once(event, wake);
    },
    flush() {
      if (failure) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) =>
        stream.write("", (error) => {
          if (error || failure) reject(failure ?? new StreamWriteError(error as NodeJS.ErrnoException, name));
          else resolve();
        }),
      );
    },
    failure: () => failure,
  };
}
