/**
 * Scratch typed arrays reused across runs in one thread: a worker or a CLI thread runs many runs
 * of one size (ensembles, sweeps, slider moves), and fresh arrays cost page faults and zeroing on
 * every run. A kernel takes its scratch arrays when it starts and gives them back when its run is
 * done; arrays handed out with a result (fates, series) are never scratch. A run abandoned midway
 * simply does not give its arrays back, and two runs alive at once each get their own.
 */

/** At most this many bytes are kept for later runs (the oldest go first). */
const KEPT_BYTES = 64 * 2 ** 20;

const spare: Int32Array[] = [];
let keptBytes = 0;

/** An Int32Array of `length` zeros: a spare one when there is one, else a new one. */
export function takeInt32(length: number): Int32Array {
  for (let k = spare.length - 1; k >= 0; k--) {
    const array = spare[k];
    if (array.length !== length) continue;
    spare.splice(k, 1);
    keptBytes -= array.byteLength;
    return array.fill(0);
  }
  return new Int32Array(length);
}

/** Gives arrays back for later runs (the caller must not use them any more). */
export function giveBack(...arrays: Int32Array[]): void {
  for (const array of arrays) {
    if (array.byteLength > KEPT_BYTES) continue;
    spare.push(array);
    keptBytes += array.byteLength;
  }
  while (keptBytes > KEPT_BYTES) keptBytes -= spare.shift()!.byteLength;
}
