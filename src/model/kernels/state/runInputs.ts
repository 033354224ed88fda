import type { ModelParams } from "../../params";
import { buildPopulation, type Population } from "../../population";
import { buildNetwork } from "../../network/buildNetwork";
import type { Graph } from "../../network/graph";
import { ChanceDaysSlot, type ChanceDaysBudget } from "../structures/chanceDays";
import { ForgettingDaysSlot, SpanKeeping } from "../structures/forgettingDays";

/**
 * What a run draws before day 1: its soldiers and, when someone observes a network, the graph.
 * Built from the scenario and seed alone; runs of one scenario and seed may share them (the
 * benchmark builds them once and times the kernels on the same inputs).
 */
export interface RunInputs {
  population: Population;
  graph: Graph | null;
  /**
   * Opportunity days kept for the runs that share these inputs (structures/chanceDays.ts), given
   * by whoever keeps inputs between runs (RunInputsCache, InputsBySeed); absent: drawn every run.
   */
  chanceDays?: ChanceDaysSlot;
  /** Spells' ends of forgetting kept the same way (structures/forgettingDays.ts); absent: drawn every run. */
  forgetDays?: ForgettingDaysSlot;
}

/**
 * `inputs` as a keeper of inputs between runs gives them out (RunInputsCache, InputsBySeed): with
 * slots for the opportunity days and spells of forgetting their runs draw, for the next run to read
 * (`spanKeeping`: on which run the keeper's slots start keeping spells; by default the second).
 */
export function withKeptDays(inputs: RunInputs, chanceDayBits?: ChanceDaysBudget, spanKeeping?: SpanKeeping): RunInputs {
  return { ...inputs, chanceDays: new ChanceDaysSlot(chanceDayBits), forgetDays: new ForgettingDaysSlot(spanKeeping) };
}

/** Kept inputs let go: their kept days go too (their arrays to the next days, their bits back to the budget). */
export function letKeptDaysGo(inputs: RunInputs): void {
  inputs.chanceDays?.clear();
  inputs.forgetDays?.clear();
}

export function observesNetwork(params: ModelParams): boolean {
  const { scope, local } = params.observation;
  return scope === "network" || (scope === "mix" && local === "network");
}

export function buildRunInputs(params: ModelParams, seed: number): RunInputs {
  const population = buildPopulation(params, seed);
  const graph = observesNetwork(params) ? buildNetwork(params.network, population.capacity, params.unitSize, seed) : null;
  return { population, graph };
}
