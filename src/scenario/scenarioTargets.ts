/**
 * Every point target of a scenario, from its `targets` list of strings (`defected@day=...`) and
 * objects (targetSpec.ts), in the order written; a series gives one per period.
 */
import { parseTarget, type Target } from "./target";
import { expandTargetSpec, type TargetSpec } from "./targetSpec";

export type TargetEntry = string | TargetSpec;

export function scenarioTargets(file: { targets: readonly TargetEntry[] }): Target[] {
  return file.targets.flatMap((entry, k) => (typeof entry === "string" ? [parseTarget(entry, `targets[${k}]`)] : expandTargetSpec(entry)));
}

/** The targets as texts `parseTarget` reads (for lists and the page's calibration panel). */
export function scenarioTargetTexts(file: { targets: readonly TargetEntry[] }): string[] {
  return scenarioTargets(file).map((t) => t.text);
}
