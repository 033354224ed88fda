/** An Io that collects what a command writes, for calling cli() in-process. */
import type { Io, Output } from "../../src/cli/io";

export interface MemoryIo extends Io {
  out(): string;
  err(): string;
}

function memoryOutput(): Output & { text: string } {
  return {
    text: "",
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
    once() {},
  };
}

export function memoryIo(): MemoryIo {
  const stdout = memoryOutput();
  const stderr = memoryOutput();
  return { stdout, stderr, out: () => stdout.text, err: () => stderr.text };
}
