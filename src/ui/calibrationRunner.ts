/**
 * The page's side of a calibration. A calibration is one long synchronous search inside a worker,
 * so it gets a worker of its own (the lab's runs go on meanwhile) and Cancel terminates it.
 */
import * as Comlink from "comlink";
import type { CalibrationResult } from "../calibration/calibrate";
import type { SimulationApi } from "../../workers/protocol";

export interface CalibrationJob {
  scenario: unknown;
  fit: string[];
  targets: string[];
  runs: number;
  seed: number;
  ranges: Record<string, [number, number]>;
}

export type CalibrationOutcome = { kind: "done"; result: CalibrationResult } | { kind: "cancelled" } | { kind: "failed"; error: Error };

export class CalibrationRunner {
  private stop: (() => void) | null = null;

  get busy(): boolean {
    return this.stop !== null;
  }

  /** Runs `job`, telling `onEnsemble` how many ensembles are done. Never rejects. */
  async run(job: CalibrationJob, onEnsemble: (count: number) => void): Promise<CalibrationOutcome> {
    this.cancel();
    const worker = new Worker(new URL("../../workers/simulationWorker.ts", import.meta.url), { type: "module", name: "calibration" });
    const api = Comlink.wrap<SimulationApi>(worker);
    const stopped = new Promise<"cancelled">((resolve) => (this.stop = () => resolve("cancelled")));
    const died = new Promise<never>((_, reject) =>
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        reject(new Error(`the calibration worker stopped: ${event.message || "unknown error"}`));
      }),
    );
    try {
      const { scenario, fit, targets, runs, seed, ranges } = job;
      const result = await Promise.race([api.calibrate(scenario, fit, targets, runs, seed, ranges, Comlink.proxy(onEnsemble)), stopped, died]);
      return result === "cancelled" ? { kind: "cancelled" } : { kind: "done", result };
    } catch (error) {
      return { kind: "failed", error: error instanceof Error ? error : new Error(String(error)) };
    } finally {
      this.stop = null;
      worker.terminate();
    }
  }

  /** Stops the calibration in flight at once (its worker is terminated). */
  cancel(): void {
    this.stop?.();
  }
}
