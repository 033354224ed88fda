/**
 * A sweep as work for the worker pool: one scenario per cell (the base scenario with the cell's
 * axis values set, as `defection sweep` builds it) and one task per run, cell-major so that cells
 * finish one after another and a cancel keeps whole cells. Run r of every cell uses seed master + r.
 */
import { setParameter } from "../../scenario/index";
import { cellValues, type SweepSpec } from "../../sweep/sweepSpec";
import type { EnsembleTask } from "../../../workers/protocol";

/** The scenario (JSON) of cell `cell`. */
export function cellScenario(spec: SweepSpec, cell: number): unknown {
  const values = cellValues(spec, cell);
  return spec.axes.reduce<unknown>((object, axis, k) => setParameter(object as object, axis.path, values[k]), spec.scenarioObject);
}

export function sweepTasks(spec: Pick<SweepSpec, "cells" | "runs" | "masterSeed">): EnsembleTask[] {
  const tasks: EnsembleTask[] = new Array(spec.cells * spec.runs);
  for (let cell = 0; cell < spec.cells; cell++)
    for (let run = 0; run < spec.runs; run++) tasks[cell * spec.runs + run] = { variant: cell, run, seed: (spec.masterSeed + run) >>> 0 };
  return tasks;
}
