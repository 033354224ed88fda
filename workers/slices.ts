/**
 * A run advanced a slice of days at a time, so that a worker can yield between slices: the slice
 * grows or shrinks after each one so that it takes about `targetMs`.
 */
export interface Advancing {
  advance(days: number): void;
}

/** Advances `simulation` by `days` and returns the next slice's days (at least 1). */
export function advanceSlice(simulation: Advancing, days: number, targetMs: number): number {
  const started = performance.now();
  simulation.advance(days);
  const took = performance.now() - started;
  return Math.max(1, Math.round(took > 0 ? (days * targetMs) / took : days * 2));
}
