/** The page's side of a calibration: `calibrate` in a worker of its own (see workerSearch.ts). */
import * as Comlink from "comlink";
import type { CalibrationResult } from "../../calibration/calibrate";
import { WorkerSearch, type SearchOutcome } from "./workerSearch";
import type { CalibrationJob } from "../../batch/calibrationJob";

/** The job is the batch rule the command line runs too (src/batch/calibrationJob.ts). */
export type { CalibrationJob };

export type CalibrationOutcome = SearchOutcome<CalibrationResult>;

export class CalibrationRunner {
  private readonly search = new WorkerSearch("calibration");

  get busy(): boolean {
    return this.search.busy;
  }

  /** Runs `job`, telling `onEnsemble` how many ensembles are done. Never rejects. */
  run(job: CalibrationJob, onEnsemble: (count: number) => void): Promise<CalibrationOutcome> {
    const { scenario, fit, targets, runs, seed, ranges } = job;
    return this.search.run((api) => api.calibrate(scenario, fit, targets, runs, seed, ranges, Comlink.proxy(onEnsemble)));
  }

  cancel(): void {
    this.search.cancel();
  }
}
