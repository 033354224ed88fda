/**
 * The work of a sweep, as the command line and the page's workers both build it: one scenario per
 * cell (the base scenario with the cell's axis values set) and one task per run. Run r of every
 * cell uses seed master + r (common random numbers, wrapped to 32 bits as every run seed), so
 * neighbouring cells differ only by their parameters.
 */
import { runSeed } from "../model/runSeed";
import { setParameter } from "../scenario/setParameter";
import { cellValues, type SweepSpec } from "../sweep/sweepSpec";

export interface SweepTask {
  /** The cell (the page's pool calls it a variant). */
  variant: number;
  run: number;
  seed: number;
}

/** The scenario (JSON, not yet validated) of cell `cell`. */
export function cellScenario(spec: Pick<SweepSpec, "axes" | "scenarioObject">, cell: number): unknown {
  const values = cellValues(spec, cell);
  return spec.axes.reduce<unknown>((object, axis, k) => setParameter(object as object, axis.path, values[k]), spec.scenarioObject);
}

/** The seed of run `run` of every cell. */
export function cellRunSeed(spec: Pick<SweepSpec, "masterSeed">, run: number): number {
  return runSeed(spec.masterSeed, run);
}

/** The runs of one cell, in order. */
export function cellTasks(spec: Pick<SweepSpec, "runs" | "masterSeed">, cell: number): SweepTask[] {
  return Array.from({ length: spec.runs }, (_, run) => ({ variant: cell, run, seed: cellRunSeed(spec, run) }));
}

/** Every cell's runs, cell-major, so that cells finish one after another and a cancel keeps whole cells. */
export function sweepTasks(spec: Pick<SweepSpec, "cells" | "runs" | "masterSeed">): SweepTask[] {
  const tasks: SweepTask[] = new Array(spec.cells * spec.runs);
  for (let cell = 0; cell < spec.cells; cell++)
    for (let run = 0; run < spec.runs; run++) tasks[cell * spec.runs + run] = { variant: cell, run, seed: cellRunSeed(spec, run) };
  return tasks;
}
