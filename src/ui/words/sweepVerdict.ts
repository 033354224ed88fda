/**
 * A sweep's answer in words. One parameter: where the cascade chance crosses one half ("The
 * cascade chance passes 50% between offer attractiveness 0.08 (30%) and 0.1 (65%)"), or that it
 * stays on one side. Two: in how many cells a cascade is more likely than not, and where the
 * chance is highest and lowest.
 */
import { format } from "d3";
import { settingLabel } from "./changeText";
import { shareText } from "./shareText";

export interface SweepVerdictCell {
  values: readonly number[];
  cascadeProbability: number | null;
  finalShareMean: number | null;
}

const significant = format(".4~g");
const value = (x: number) => (Number.isInteger(x) ? x.toLocaleString("en-US") : significant(x));
const LEVEL = 0.5;

export function sweepVerdict(paths: readonly string[], cells: readonly SweepVerdictCell[], totalCells: number): string | null {
  const done = cells.filter((c): c is SweepVerdictCell & { cascadeProbability: number } => c.cascadeProbability !== null);
  if (done.length === 0) return null;
  const partial = done.length < totalCells ? ` (${done.length} of ${totalCells} cells so far)` : "";
  const at = (cell: SweepVerdictCell) => paths.map((path, k) => `${settingLabel(path).toLowerCase()} ${value(cell.values[k])}`).join(" and ");
  if (paths.length === 1) {
    const sorted = [...done].sort((a, b) => a.values[0] - b.values[0]);
    const crossings: string[] = [];
    for (let k = 1; k < sorted.length; k++) {
      const [a, b] = [sorted[k - 1], sorted[k]];
      if (a.cascadeProbability < LEVEL !== b.cascadeProbability < LEVEL)
        crossings.push(`${b.cascadeProbability >= LEVEL ? "rises past" : "falls below"} ${shareText(LEVEL)} between ${value(a.values[0])} (${shareText(a.cascadeProbability)}) and ${value(b.values[0])} (${shareText(b.cascadeProbability)})`);
    }
    const label = settingLabel(paths[0]).toLowerCase();
    const range = `${value(sorted[0].values[0])} to ${value(sorted[sorted.length - 1].values[0])}`;
    if (crossings.length === 0) {
      const probabilities = sorted.map((c) => c.cascadeProbability);
      const [low, high] = [Math.min(...probabilities), Math.max(...probabilities)];
      const side = low >= LEVEL ? "more likely than not" : "less likely than not";
      const chance = shareText(low) === shareText(high) ? `chance ${shareText(low)} in every cell` : `chance ${shareText(low)} to ${shareText(high)}`;
      return `Over ${label} ${range}, a cascade is ${side} throughout (${chance})${partial}.`;
    }
    return `As ${label} goes from ${range}, the cascade chance ${crossings.slice(0, 3).join(", then ")}${crossings.length > 3 ? ` (and ${crossings.length - 3} more crossings: noise, or too few runs per cell)` : ""}${partial}.`;
  }
  const likely = done.filter((c) => c.cascadeProbability >= LEVEL).length;
  const highest = done.reduce((a, b) => (b.cascadeProbability > a.cascadeProbability ? b : a));
  const lowest = done.reduce((a, b) => (b.cascadeProbability < a.cascadeProbability ? b : a));
  return `A cascade is more likely than not in ${likely} of ${done.length} cells${partial}; the chance is highest (${shareText(highest.cascadeProbability)}) at ${at(highest)} and lowest (${shareText(lowest.cascadeProbability)}) at ${at(lowest)}.`;
}
