/**
 * The hash every points row carries: of what determines the points (the resolved spec, not the
 * analysis settings such as tolerance or resamples) and the program version. One rule for the
 * command line and the page, so a page's points file merges and resumes with the command line's.
 */
import { sha256Hex } from "../output/sha256Hex";
import type { SensitivitySpec } from "./sensitivitySpec";

export function sensitivityHash(spec: SensitivitySpec, version: string): string {
  const { scenario, method, inputs, trajectories, levels, sampleSize, runs, masterSeed, outputs } = spec;
  return sha256Hex(JSON.stringify({ scenario, method, inputs, trajectories, levels, sampleSize, runs, masterSeed, outputs, version })).slice(0, 16);
}
