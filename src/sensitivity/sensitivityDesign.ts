/**
 * The sample points of a sensitivity spec, in the order they are numbered in the points CSV:
 * Morris trajectories (drawn from the master seed) or Saltelli's design on the Sobol sequence.
 * Each point carries its unit coordinates, its input values and the columns that place it in the
 * design (trajectory, step and moved input; or base row and matrix).
 */
import seedrandom from "seedrandom";
import { inputValue } from "./inputScale";
import { morrisDesign, type MorrisPoint } from "./morrisDesign";
import { saltelliDesign, type SaltelliPoint } from "./saltelliDesign";
import type { SensitivitySpec } from "./sensitivitySpec";

export type SensitivityDesign = { method: "morris"; points: MorrisPoint[] } | { method: "sobol"; points: SaltelliPoint[] };

export function sensitivityDesign(spec: Pick<SensitivitySpec, "method" | "inputs" | "trajectories" | "levels" | "sampleSize" | "masterSeed">): SensitivityDesign {
  const k = spec.inputs.length;
  return spec.method === "morris"
    ? { method: "morris", points: morrisDesign(spec.trajectories, k, spec.levels, seedrandom(`${spec.masterSeed}/morris`)) }
    : { method: "sobol", points: saltelliDesign(spec.sampleSize, k) };
}

export function designColumns(method: SensitivitySpec["method"]): string[] {
  return method === "morris" ? ["trajectory", "step", "moved"] : ["base", "matrix"];
}

/** The design columns of point p: where it sits in the design, inputs named by path. */
export function designCells(spec: Pick<SensitivitySpec, "inputs">, design: SensitivityDesign, p: number): (string | number)[] {
  if (design.method === "morris") {
    const point = design.points[p];
    return [point.trajectory, point.step, point.moved < 0 ? "" : spec.inputs[point.moved].path];
  }
  const point = design.points[p];
  return [point.base, typeof point.matrix === "number" ? `AB:${spec.inputs[point.matrix].path}` : point.matrix];
}

/** The input values of point p. */
export function pointValues(spec: Pick<SensitivitySpec, "inputs">, design: SensitivityDesign, p: number): number[] {
  const unit = design.points[p].unit;
  return spec.inputs.map((input, i) => inputValue(input, unit[i]));
}
