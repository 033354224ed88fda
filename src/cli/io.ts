/** Where a command writes: the process's streams in real use, anything writable in tests. */
export interface Output {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Output;
  stderr: Output;
}

/** Writes a chunk and waits while the stream's buffer is full, so large outputs stream in bounded memory. */
export async function writeChunk(out: Output, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
}
