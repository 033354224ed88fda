/**
 * One run of the defection model, day by day (MODEL.md; docs/model.md has every detail). Every
 * step is synchronous: each soldier decides from the state at the end of the previous day, then
 * all decisions take effect together.
 *
 * Two kernels give the same numbers to the last bit (tests/model/kernels): the event-driven one
 * (kernels/eventDrivenSimulation.ts), used for global observation, and the straightforward full
 * sweep (kernels/reference.ts), used for unit, network and mix observation, where the event-driven
 * kernel is not yet faster (bench/results.json).
 *
 * A run can be advanced a few days at a time, so a worker can report progress and listen for
 * cancellation between slices.
 */
import type { ModelParams } from "./params";
import type { Population } from "./population";
import type { Graph } from "./network/graph";
import type { RunResult } from "./result";
import type { RunInputs } from "./kernels/runInputs";
import { EventDrivenSimulation } from "./kernels/eventDrivenSimulation";
import { ReferenceSimulation } from "./kernels/reference";

export type { RunInputs } from "./kernels/runInputs";

export class Simulation {
  readonly params: ModelParams;
  readonly seed: number;
  private readonly kernel: EventDrivenSimulation | ReferenceSimulation;

  /**
   * `inputs` (optional) are the soldiers and graph drawn for this scenario and seed, when already
   * built (kernels/runInputs.ts); by default they are drawn here.
   */
  constructor(params: ModelParams, seed: number, inputs?: RunInputs) {
    this.params = params;
    this.seed = seed;
    this.kernel = params.observation.scope === "global" ? new EventDrivenSimulation(params, seed, inputs) : new ReferenceSimulation(params, seed, inputs);
  }

  get population(): Population {
    return this.kernel.population;
  }

  get graph(): Graph | null {
    return this.kernel.graph;
  }

  /** The last day simulated (0 before the first step). */
  get day(): number {
    return this.kernel.day;
  }

  get done(): boolean {
    return this.kernel.done;
  }

  /** Simulates up to `maxDays` more days; returns the last day simulated. */
  advance(maxDays = Infinity): number {
    return this.kernel.advance(maxDays);
  }

  result(): RunResult {
    return this.kernel.result();
  }
}

/** Runs one scenario with one seed to the end. */
export function simulate(params: ModelParams, seed: number): RunResult {
  return new Simulation(params, seed).result();
}
