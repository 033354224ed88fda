/**
 * One run of the defection model, day by day (MODEL.md; docs/model.md has every detail). Every
 * step is synchronous: each soldier decides from the state at the end of the previous day, then
 * all decisions take effect together.
 *
 * Every kernel gives the same numbers to the last bit (tests/model/kernels checks each against the
 * straightforward full sweep, kernels/reference.ts); Simulation picks the fastest for the scenario (KERNELS),
 * as measured by bench/ (bench/results.json):
 *  - global observation with deterministic rules (everyone aware, opportunity 1, no catches), a
 *    fixed army and one common shift: kernels/deterministic/globalNeedSimulation.ts, each soldier's
 *    need (a defected count) counted into buckets in linear time;
 *  - the same with mobilisation or a changing shift: kernels/deterministic/globalCutoffSimulation.ts,
 *    a binary search per day in thresholds sorted once;
 *  - network observation with deterministic rules (Watts 2002): kernels/deterministic/networkCascadeSimulation.ts,
 *    per-soldier countdowns decremented by new defectors (a frontier);
 *  - every other run: the event-driven kernel, kernels/eventDriven/eventDrivenSimulation.ts (a day visits the
 *    soldiers whose decision or awareness can change; 2-7x the full sweep on the shipped
 *    stochastic scenarios, bench/results-scenarios.json), procrastination, fear of closure, forgetting,
 *    credibility, extensions, draft evasion, capture, whole-unit surrender, and (except under
 *    army-wide observation) leaders' sway and cohesion included (eventDriven/armyMechanisms.ts);
 *  - runs with a memory window or delayed or local punishment news (model/behaviourInUse.ts), or with
 *    what armies do that the event-driven kernel declines (eventDrivenDeclinesArmies): the
 *    reference full sweep, kernels/reference.ts.
 * Complex contagion and divided armies (model/divisions.ts): every kernel gives count thresholds; the
 * event-driven kernel gives homophily except under mix observation, the deterministic ones decline it;
 * replacements joining observed units go to the reference.
 *
 * A run can be advanced a few days at a time, so a worker can report progress and listen for
 * cancellation between slices.
 */
import type { ModelParams } from "./params";
import type { Population } from "./population";
import type { Graph } from "./network/graph";
import type { RunResult } from "./result";
import type { RunInputs } from "./kernels/state/runInputs";
import type { Kernel, KernelClass } from "./kernels/kernel";
import { EventDrivenSimulation } from "./kernels/eventDriven/eventDrivenSimulation";
import { GlobalCutoffSimulation } from "./kernels/deterministic/globalCutoffSimulation";
import { GlobalNeedSimulation } from "./kernels/deterministic/globalNeedSimulation";
import { NetworkCascadeSimulation } from "./kernels/deterministic/networkCascadeSimulation";
import { ReferenceSimulation } from "./kernels/reference";

/**
 * The kernels, fastest first (bench/results.json); a run takes the first that applies. A kernel
 * that cannot give a mechanism exactly declines the scenario, and the reference full sweep, which
 * gives every run, comes last.
 */
export const KERNELS: readonly KernelClass[] = [GlobalNeedSimulation, GlobalCutoffSimulation, NetworkCascadeSimulation, EventDrivenSimulation, ReferenceSimulation];

export type { RunInputs } from "./kernels/state/runInputs";

export class Simulation {
  readonly params: ModelParams;
  readonly seed: number;
  private readonly kernel: Kernel;

  /**
   * `inputs` (optional) are the soldiers and graph drawn for this scenario and seed, when already
   * built (kernels/state/runInputs.ts); by default they are drawn here.
   */
  constructor(params: ModelParams, seed: number, inputs?: RunInputs) {
    this.params = params;
    this.seed = seed;
    this.kernel = createKernel(params, seed, inputs);
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

/** The fastest kernel for the scenario (bench/results.json); all give the same numbers. */
function createKernel(params: ModelParams, seed: number, inputs?: RunInputs): Kernel {
  const Chosen = KERNELS.find((kernel) => kernel.applies(params)) ?? ReferenceSimulation;
  return new Chosen(params, seed, inputs);
}

/** Runs one scenario with one seed to the end. */
export function simulate(params: ModelParams, seed: number): RunResult {
  return new Simulation(params, seed).result();
}
