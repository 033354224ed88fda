/**
 * Scratch typed arrays reused across runs in one thread: a worker or a CLI thread runs many runs
 * of one size (ensembles, sweeps, slider moves), and fresh arrays cost page faults and zeroing on
 * every run. A run takes its scratch arrays through a RunScratch when it starts and gives them all
 * back when it is done; arrays handed out with a result (fates, series) are never scratch. A run
 * abandoned midway simply does not give its arrays back, and two runs alive at once each get their
 * own.
 */

type Scratch = Int32Array | Float64Array | Uint8Array;
type ScratchKind<T extends Scratch> = { new (length: number): T };

/** At most this many bytes are kept for later runs (the oldest go first). */
const KEPT_BYTES = 64 * 2 ** 20;

const spare: Scratch[] = [];
let keptBytes = 0;

/** A `kind` array of `length` elements, all `fill`: a spare one when there is one, else a new one. */
export function take<T extends Scratch>(kind: ScratchKind<T>, length: number, fill = 0): T {
  for (let k = spare.length - 1; k >= 0; k--) {
    const array = spare[k];
    if (array.length !== length || array.constructor !== kind) continue;
    spare.splice(k, 1);
    keptBytes -= array.byteLength;
    (array as T).fill(fill);
    return array as T;
  }
  const array = new kind(length);
  return fill === 0 ? array : (array.fill(fill) as T);
}

/** Gives arrays back for later runs (the caller must not use them any more). */
export function giveBack(...arrays: Scratch[]): void {
  for (const array of arrays) {
    if (array.length === 0 || array.byteLength > KEPT_BYTES) continue;
    spare.push(array);
    keptBytes += array.byteLength;
  }
  while (keptBytes > KEPT_BYTES) keptBytes -= spare.shift()!.byteLength;
}

/** The scratch arrays of one run, given back together when it is done. */
export class RunScratch {
  private taken: Scratch[] = [];

  take<T extends Scratch>(kind: ScratchKind<T>, length: number, fill = 0): T {
    const array = take(kind, length, fill);
    this.taken.push(array);
    return array;
  }

  /** Gives every array back (once); the run must not touch them afterwards. */
  release(): void {
    giveBack(...this.taken);
    this.taken = [];
  }
}
