/**
 * Randomness for the model, always derived from the run's seed; Math.random is never used.
 *
 * Two kinds of generator:
 * - `sequentialStream(seed, name)`: a seedrandom (ARC4) generator for draws made once, in a fixed
 *   order, at set-up (building a graph, choosing initial defectors).
 * - `uniformAt(key, i, k)`: a counter-based uniform, a pure function of (stream key, soldier, k).
 *   Soldier i's k-th draw of a stream (its threshold, its chance on day k, ...) is the same number
 *   whatever else happens in the run, so two scenarios run with one seed share their draws (common
 *   random numbers) even when they make different draws elsewhere, and draws can be skipped
 *   (only willing soldiers roll for opportunity) without shifting anyone else's.
 * Both give identical numbers in Node and in the browser (integer arithmetic, no platform maths).
 */
import seedrandom from "seedrandom";

/** The kinds of per-soldier draw; each has its own key so that no two kinds share numbers. */
export type StreamName =
  | "thresholds"
  | "eligibility"
  | "family"
  | "initialAware"
  | "awareness"
  | "opportunity"
  | "catch"
  | "mobilisation"
  // Behaviour over time (new keys, so no earlier draw moves):
  | "acting"
  | "forgetting"
  | "rehearing"
  | "credibility"
  | "evasion"
  // What armies do (issue 15; new keys again):
  | "capture"
  | "leaders"
  | "leaderThresholds"
  | "surrender";

export function sequentialStream(seed: number, name: string): () => number {
  return seedrandom(`${seed}/${name}`);
}

/** A 32-bit key for a per-soldier stream, derived from the seed through seedrandom. */
export function streamKey(seed: number, name: StreamName): number {
  return seedrandom(`${seed}/${name}`).int32() >>> 0;
}

/** lowbias32 (C. Wellons, "Prospecting for hash functions"): a strong 32-bit integer mixer. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A uniform in (0, 1) for draw k of soldier i in the stream with this key. Never 0 or 1. */
export function uniformAt(key: number, i: number, k: number): number {
  const h = mix32(key ^ mix32(i + mix32(k ^ 0x9e3779b9)));
  return (h + 0.5) / 4294967296;
}

/** The part of uniformAt(key, i, k) that depends on k alone: a loop over soldiers or days computes it once per k (drawParts). */
export function drawPart(k: number): number {
  return mix32(k ^ 0x9e3779b9);
}

/** drawPart(k) for k = 0..last (a run's days), so a daily draw costs two mixes instead of three. */
export function drawParts(last: number): Uint32Array {
  const parts = new Uint32Array(last + 1);
  for (let k = 0; k <= last; k++) parts[k] = drawPart(k);
  return parts;
}

/**
 * The 32 bits behind uniformAtPart(key, i, part) = (bits + 0.5) / 2^32: a test u < p is exactly
 * bits + 0.5 < p * 2^32 (both sides scaled by a power of two), without the division.
 */
export function drawBitsAtPart(key: number, i: number, part: number): number {
  return mix32(key ^ mix32(i + part));
}

/** uniformAt(key, i, k), bit for bit, given part = drawPart(k). */
export function uniformAtPart(key: number, i: number, part: number): number {
  const h = mix32(key ^ mix32(i + part));
  return (h + 0.5) / 4294967296;
}
