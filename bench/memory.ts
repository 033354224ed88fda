/** Bytes held in typed arrays reachable from an object (each buffer counted once). */
export function typedBytes(root: unknown): number {
  const seenBuffers = new Set<ArrayBufferLike>();
  const seen = new Set<object>();
  let bytes = 0;
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      if (!seenBuffers.has(value.buffer)) {
        seenBuffers.add(value.buffer);
        bytes += value.buffer.byteLength;
      }
      return;
    }
    for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key]);
  };
  visit(root);
  return bytes;
}
