/**
 * The comparison in the page's address: `&compare=<base64url of the deflated comparison file>`,
 * next to the lab's own parameters. Variants of one scenario repeat most of their text, which
 * deflate removes, so a few variants fit in a link; a comparison whose encoding is longer than
 * MAX_ENCODED_COMPARISON is left out of the address and the page offers the file instead.
 * Decoding is a boundary: the inflated text is capped in size and validated like a loaded file.
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import { comparisonFileText, readComparisonText } from "../compare/comparisonFileText";

export const COMPARISON_PARAM = "compare";
/** Longest encoded comparison carried in the address (some servers cut addresses near 8 KB). */
export const MAX_ENCODED_COMPARISON = 6000;
/** Largest inflated comparison accepted from an address. */
const MAX_INFLATED = 2_000_000;

export async function encodeComparison(comparison: Comparison): Promise<string> {
  const bytes = new TextEncoder().encode(comparisonFileText(comparison));
  const deflated = await collect(new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw")), Infinity);
  return bytesToBase64url(deflated);
}

/** The comparison in `encoded`; throws an Error (or InputError) saying what is wrong. */
export async function decodeComparison(encoded: string): Promise<Comparison> {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) throw new Error("compare: not base64url");
  let text: string;
  try {
    const deflated = base64urlToBytes(encoded);
    const inflated = await collect(new Blob([deflated]).stream().pipeThrough(new DecompressionStream("deflate-raw")), MAX_INFLATED);
    text = new TextDecoder("utf-8", { fatal: true }).decode(inflated);
  } catch (error) {
    throw new Error(`compare: not a compressed comparison (${(error as Error).message})`);
  }
  return readComparisonText(text);
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new Error(`longer than ${limit.toLocaleString("en-US")} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function base64urlToBytes(encoded: string): Uint8Array<ArrayBuffer> {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
