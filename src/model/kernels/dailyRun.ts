import type { ModelParams } from "../params";

/**
 * What every kernel shares: a run of params.days days from one seed, stepped one day at a time and
 * advanced in slices (a worker reports progress and listens for cancellation between them).
 */
export abstract class DailyRun {
  /** The last day simulated (0 before the first step). */
  day = 0;

  constructor(
    readonly params: ModelParams,
    readonly seed: number,
  ) {}

  get done(): boolean {
    return this.day >= this.params.days;
  }

  /** Simulates up to `maxDays` more days; returns the last day simulated. */
  advance(maxDays = Infinity): number {
    const last = Math.min(this.params.days, this.day + maxDays);
    while (this.day < last) this.step(this.day + 1);
    return this.day;
  }

  /** Simulates day d (the day after this.day) and sets this.day to it. */
  protected abstract step(d: number): void;
}
