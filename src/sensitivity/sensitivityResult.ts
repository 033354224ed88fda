/**
 * The two files of a finished analysis from its points rows (one part or many): the points CSV,
 * sorted by point, and the indices CSV computed from that same text, so the indices are the same
 * bytes however the points were run (in one go, resumed, sharded and merged).
 */
import { collectPoints } from "./collectPoints";
import { indicesCsv } from "./indicesCsv";
import { pointOutputColumns } from "./pointsCsv";
import { analyseSensitivity, type OutputAnalysis } from "./sensitivityAnalysis";
import type { SensitivityDesign } from "./sensitivityDesign";
import type { SensitivitySpec } from "./sensitivitySpec";

export interface SensitivityResult {
  pointsText: string;
  indicesText: string;
  analyses: OutputAnalysis[];
}

export function sensitivityResult(spec: SensitivitySpec, design: SensitivityDesign, parts: readonly { name: string; text: string }[], header: string, hash: string): SensitivityResult {
  const collected = collectPoints(parts, header, hash, spec.points);
  const analyses = analyseSensitivity(spec, design, pointOutputColumns(spec, collected.rows));
  return { pointsText: collected.text, indicesText: indicesCsv(spec.method, analyses), analyses };
}
