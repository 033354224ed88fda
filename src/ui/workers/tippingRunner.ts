/** The page's side of a tipping-point search: `tippingPoint` in a worker of its own (see workerSearch.ts). */
import type { TippingPoint } from "../../sweep/tippingPoint";
import { WorkerSearch, type SearchOutcome } from "./workerSearch";
import type { TippingJob } from "../../batch/tippingJob";

/** The job is the batch rule the command line runs too (src/batch/tippingJob.ts). */
export type { TippingJob };

export type TippingOutcome = SearchOutcome<TippingPoint>;

export class TippingRunner {
  private readonly search = new WorkerSearch("tipping-point");

  get busy(): boolean {
    return this.search.busy;
  }

  /** Runs `job`. Never rejects. */
  run(job: TippingJob): Promise<TippingOutcome> {
    const { scenario, path, range, level, runs, seed } = job;
    return this.search.run((api) => api.tippingPoint(scenario, path, range, level, runs, seed));
  }

  cancel(): void {
    this.search.cancel();
  }
}
