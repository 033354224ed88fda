/**
 * The indices of an unfinished analysis (a cancelled one in the page, or a part file): computed on
 * the complete units of the design alone, the Morris trajectories or Saltelli base rows whose every
 * point is done, renumbered as if the design had only those. Indices from r complete trajectories
 * are what a spec of r trajectories with those trajectories would give; a half-done trajectory
 * carries no elementary effect of every input and is left out. Once every point is done this is
 * sensitivityResult's analysis exactly.
 */
import { indicesCsv } from "./indicesCsv";
import { parsePoints, pointOutputColumns } from "./pointsCsv";
import { analyseSensitivity, type OutputAnalysis } from "./sensitivityAnalysis";
import type { SensitivityDesign } from "./sensitivityDesign";
import type { SensitivitySpec } from "./sensitivitySpec";

export interface PartialResult {
  /** Complete trajectories or base rows, of `totalUnits`. */
  units: number;
  totalUnits: number;
  /** Null with fewer than 2 complete units (no interval can be had). */
  analyses: OutputAnalysis[] | null;
  indicesText: string | null;
}

/** The design's points grouped by unit (trajectory or base row), in point order. */
export function designUnits(design: SensitivityDesign): number[][] {
  const units: number[][] = [];
  design.points.forEach((point, p) => (units[design.method === "morris" ? (point as { trajectory: number }).trajectory : (point as { base: number }).base] ??= []).push(p));
  return units;
}

/** `pointsText`: a points or part file of this spec (header, then rows of finished points in any order). */
export function partialResult(spec: SensitivitySpec, design: SensitivityDesign, pointsText: string): PartialResult {
  const rows = parsePoints(pointsText, "points").rows;
  const rowOf = new Map(rows.map((row) => [row.point, row]));
  const units = designUnits(design);
  const complete = units.filter((points) => points.every((p) => rowOf.has(p)));
  if (complete.length < 2) return { units: complete.length, totalUnits: units.length, analyses: null, indicesText: null };
  const kept = complete.flat();
  const sub: SensitivityDesign =
    design.method === "morris"
      ? { method: "morris", points: complete.flatMap((points, t) => points.map((p) => ({ ...design.points[p], trajectory: t }))) }
      : { method: "sobol", points: complete.flatMap((points, j) => points.map((p) => ({ ...design.points[p], base: j }))) };
  const columns = pointOutputColumns(spec, kept.map((p) => rowOf.get(p)!));
  const analyses = analyseSensitivity({ ...spec, sampleSize: design.method === "sobol" ? complete.length : spec.sampleSize }, sub, columns);
  return { units: complete.length, totalUnits: units.length, analyses, indicesText: indicesCsv(spec.method, analyses) };
}
