import type { ModelParams } from "../params";
import type { Population } from "../population";
import type { Graph } from "../network/graph";
import type { RunResult } from "../result";
import type { RunInputs } from "./state/runInputs";

/**
 * What Simulation needs of a kernel: one run of one scenario and seed, advanced in slices (a worker
 * reports progress and listens for cancellation between them). Every kernel gives the reference's
 * numbers to the last bit (tests/model/kernels/exactness.test.ts).
 */
export interface Kernel {
  readonly population: Population;
  readonly graph: Graph | null;
  /** The last day simulated (0 before the first step). */
  readonly day: number;
  readonly done: boolean;
  /** Simulates up to `maxDays` more days; returns the last day simulated. */
  advance(maxDays?: number): number;
  result(): RunResult;
}

/** A kernel class: whether it gives the run of a scenario exactly, and how to start one. */
export interface KernelClass {
  applies(params: ModelParams): boolean;
  new (params: ModelParams, seed: number, inputs?: RunInputs): Kernel;
}
