/**
 * The model inputs of one sample point: the base scenario with each input set to the point's
 * value (as --set would), validated, and the seed of each of its runs. One rule for the command
 * line and the page, so both run the same numbers.
 */
import type { ModelParams } from "../model";
import { scenarioFromObject, setParameter, toModelParams } from "../scenario";
import { ensembleSeed } from "../ensemble/ensembleSeed";
import { pointValues, type SensitivityDesign } from "./sensitivityDesign";
import type { SensitivitySpec } from "./sensitivitySpec";

export function pointParams(spec: Pick<SensitivitySpec, "inputs" | "scenarioObject" | "readText">, design: SensitivityDesign, point: number): ModelParams {
  return toModelParams(scenarioFromObject(pointScenario(spec, design, point), spec.readText));
}

/** The scenario (JSON, not yet validated) of point `point`: what the page's workers are given. */
export function pointScenario(spec: Pick<SensitivitySpec, "inputs" | "scenarioObject">, design: SensitivityDesign, point: number): unknown {
  const values = pointValues(spec, design, point);
  return spec.inputs.reduce((o, input, i) => setParameter(o as object, input.path, values[i]), spec.scenarioObject);
}

/** Seed of run r at every point: master + r (common random numbers across points). */
export function pointRunSeed(spec: Pick<SensitivitySpec, "masterSeed" | "runs">, run: number): number {
  return ensembleSeed(spec.masterSeed, 0, run, spec.runs, true);
}
