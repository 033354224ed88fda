import type { ModelParams } from "../params";
import type { Population } from "../population";
import type { RunResult, RunSeries } from "../result";
import { summarize } from "../summary";

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

  abstract readonly population: Population;

  /** Simulates day d (the day after this.day) and sets this.day to it. */
  protected abstract step(d: number): void;

  /**
   * The run's result from its series and fates (the summary read off the series). Its thresholds
   * are the population's, read when first asked for: a kernel that never held them (population.ts,
   * pendingThresholdDraws) has them drawn only for a reader that wants them (the page's charts).
   */
  protected outcomeOf(series: RunSeries, fate: Int32Array): RunResult {
    const population = this.population;
    return {
      series,
      summary: summarize(series, this.seed, this.params.cascadeCutoff),
      fate,
      get thresholds() {
        return population.thresholds;
      },
    };
  }
}
