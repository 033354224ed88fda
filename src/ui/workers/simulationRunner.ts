/**
 * The page's side of the simulation worker. Runs never queue: a new run (a slider moved again)
 * cancels the one in flight, waits the few milliseconds the worker needs to notice (it yields
 * between slices of days), and only then starts. A worker that does not notice in time (stuck in
 * an unsliceable step such as building a large network) or that dies is replaced by a fresh one.
 */
import * as Comlink from "comlink";
import { CANCELLED, type RunOutput, type RunProgress, type SimulationApi } from "../../../workers/protocol";
import { scenarioKey, type RunResults } from "./runResults";

/** How long a cancelled run may take to stop before its worker is terminated. */
const CANCEL_GRACE_MS = 400;

/**
 * `reused`: the output is a kept run of the same scenario (runResults.ts), not run again.
 * `settings`: the scenario's scenarioKey, computed once per run (for a scenario with long lists it is
 * not cheap), which the lab compares its earlier runs by.
 */
export type RunOutcome = { kind: "done"; output: RunOutput; reused?: boolean; settings: string } | { kind: "cancelled" } | { kind: "superseded" } | { kind: "failed"; error: Error };

interface WorkerHandle {
  worker: Worker;
  api: Comlink.Remote<SimulationApi>;
  /** Rejects when the worker dies (an uncaught error or a message that cannot be read). */
  died: Promise<never>;
}

interface InFlight {
  id: number;
  settled: Promise<unknown>;
  /** Set by cancel(): the outcome is "cancelled" rather than "superseded". */
  cancelledByUser: boolean;
  /** Settles the run at once (its worker was terminated). */
  abandon(): void;
}

export class SimulationRunner {
  private handle: WorkerHandle;
  private generation = 0;
  private inFlight: InFlight | null = null;

  /**
   * @param onProgress progress of the current run
   * @param onCrash the worker died while idle (it has been replaced already)
   * @param results finished runs to reuse and to add to (none: every run runs)
   * @param workWhileIdle let the worker warm up and draw ahead while idle after a run (workers/simulationWorker.ts);
   * false for a background check whose runs no slider move follows (it would take a core from the lab's worker)
   */
  constructor(
    private readonly onProgress: (progress: RunProgress) => void,
    private readonly onCrash: (error: Error) => void,
    private readonly results: RunResults | null = null,
    private readonly workWhileIdle = true,
  ) {
    this.handle = this.spawn();
  }

  /** Runs a validated scenario (its JSON). Resolves with the outcome; never rejects. */
  async run(scenario: unknown): Promise<RunOutcome> {
    const id = ++this.generation;
    await this.stopInFlight();
    if (id !== this.generation) return { kind: "superseded" };
    const settings = scenarioKey(scenario);
    const kept = this.results?.get(settings);
    if (kept) return { kind: "done", output: { ...kept, runId: id }, reused: true, settings };

    const handle = this.handle;
    let abandon = () => {};
    const abandoned = new Promise<"abandoned">((resolve) => (abandon = () => resolve("abandoned")));
    // Progress comes over the proxy's own port, which is not ordered with the result's: a report can
    // arrive after its run has finished, and must not overwrite the finished status.
    const progress = Comlink.proxy((p: RunProgress) => {
      if (p.runId === this.generation && this.inFlight?.id === p.runId) this.onProgress(p);
    });
    const call = handle.api.run(scenario, id, progress, this.workWhileIdle);
    const settled = Promise.race([call, handle.died, abandoned]);
    const flight: InFlight = { id, settled: settled.catch(() => undefined), cancelledByUser: false, abandon };
    this.inFlight = flight;
    try {
      const output = await settled;
      if (output === "abandoned") return { kind: flight.cancelledByUser ? "cancelled" : "superseded" };
      this.results?.put(settings, output);
      return { kind: "done", output, settings };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      if (err.name === CANCELLED) return { kind: flight.cancelledByUser ? "cancelled" : "superseded" };
      if (handle === this.handle) this.replaceWorker(); // it died, or may be in a bad state: start clean
      return { kind: "failed", error: err };
    } finally {
      if (this.inFlight === flight) this.inFlight = null;
    }
  }

  /** Cancels the run in flight (the Cancel button). */
  cancel(): void {
    if (!this.inFlight) return;
    this.inFlight.cancelledByUser = true;
    this.generation++;
    void this.stopInFlight();
  }

  get busy(): boolean {
    return this.inFlight !== null;
  }

  /**
   * Resolves when the worker has finished (or stopped) the work it does while idle after a run:
   * warming its code and drawing opportunity days ahead (workers/simulationWorker.ts). Never rejects.
   */
  async settled(): Promise<void> {
    await Promise.race([this.handle.api.settled(), this.handle.died]).catch(() => undefined);
  }

  /** Test hook: make the worker throw in the next run, or die outright. */
  fail(kind: "throw" | "die"): void {
    void this.handle.api.fail(kind);
  }

  dispose(): void {
    this.handle.worker.terminate();
  }

  private async stopInFlight(): Promise<void> {
    const flight = this.inFlight;
    if (!flight) return;
    void this.handle.api.cancel(flight.id);
    const timer = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), CANCEL_GRACE_MS));
    if ((await Promise.race([flight.settled, timer])) === "late" && this.inFlight === flight) {
      this.replaceWorker();
      flight.abandon();
      await flight.settled;
    }
  }

  private replaceWorker(): void {
    this.handle.worker.terminate();
    this.handle = this.spawn();
  }

  private spawn(): WorkerHandle {
    const worker = new Worker(new URL("../../../workers/simulationWorker.ts", import.meta.url), { type: "module", name: "simulation" });
    const died = new Promise<never>((_, reject) => {
      const die = (error: Error) => {
        reject(error);
        if (!this.inFlight && this.handle?.worker === worker) {
          this.replaceWorker();
          this.onCrash(error);
        }
      };
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        die(new Error(`the simulation worker stopped: ${event.message || "unknown error"}`));
      });
      worker.addEventListener("messageerror", () => die(new Error("the simulation worker sent a message that could not be read")));
    });
    died.catch(() => undefined); // handled by whichever run is in flight
    return { worker, api: Comlink.wrap<SimulationApi>(worker), died };
  }
}
