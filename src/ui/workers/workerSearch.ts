/**
 * A long search (a calibration, a tipping point) run in a worker of its own: it is one synchronous
 * computation inside the worker, so the lab's runs and other work go on in theirs, and Cancel
 * terminates the worker at once.
 */
import * as Comlink from "comlink";
import type { SimulationApi } from "../../../workers/protocol";

export type SearchOutcome<T> = { kind: "done"; result: T } | { kind: "cancelled" } | { kind: "failed"; error: Error };

export class WorkerSearch {
  private stop: (() => void) | null = null;

  /** `name` names the worker (in the browser's tools) and its failures. */
  constructor(private readonly name: string) {}

  get busy(): boolean {
    return this.stop !== null;
  }

  /** Runs `call` on a fresh worker. Never rejects. */
  async run<T>(call: (api: Comlink.Remote<SimulationApi>) => Promise<T>): Promise<SearchOutcome<T>> {
    this.cancel();
    const worker = new Worker(new URL("../../../workers/simulationWorker.ts", import.meta.url), { type: "module", name: this.name });
    const stopped = new Promise<"cancelled">((resolve) => (this.stop = () => resolve("cancelled")));
    const died = new Promise<never>((_, reject) =>
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        reject(new Error(`the ${this.name} worker stopped: ${event.message || "unknown error"}`));
      }),
    );
    try {
      const result = await Promise.race([call(Comlink.wrap<SimulationApi>(worker)), stopped, died]);
      return result === "cancelled" ? { kind: "cancelled" } : { kind: "done", result: result as T };
    } catch (error) {
      return { kind: "failed", error: error instanceof Error ? error : new Error(String(error)) };
    } finally {
      this.stop = null;
      worker.terminate();
    }
  }

  /** Stops the search in flight at once (its worker is terminated). */
  cancel(): void {
    this.stop?.();
  }
}
