/** A sweep cell's exact numbers as lines of text, for the tooltip and the cell's accessible name. */
import { format } from "d3";
import type { SweepCell } from "./sweepCell";

const share = format(".3f");
const value = format(".6~g");

export function cellLines(cell: SweepCell, labels: string[], runs: number): string[] {
  const s = cell.stats;
  const day = (d: number | null) => (d === null ? "never reached" : `day ${value(d)}`);
  return [
    labels.map((label, k) => `${label} = ${value(cell.values[k])}`).join(", "),
    `Cascade probability ${share(s.cascadeProbability ?? 0)} (95% ${share(s.cascadeLow ?? 0)}–${share(s.cascadeHigh ?? 0)})`,
    `Final share: mean ${share(s.finalShareMean ?? 0)}, 5–95% ${share(s.finalShareP05 ?? 0)}–${share(s.finalShareP95 ?? 0)}`,
    `Median to 10%: ${day(s.dayPast10Median)}; to 50%: ${day(s.dayPast50Median)}`,
    `${runs} runs (cell ${cell.index})`,
  ];
}
