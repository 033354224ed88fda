/** A sweep's verdict in words (sweepVerdict.ts) above its chart. */
import type { SweepCell } from "../charts/sweep/sweepCell";
import { sweepVerdict } from "./sweepVerdict";
import { verdictSlot } from "./verdictSlot";

export function showSweepVerdict(chart: HTMLElement, paths: readonly string[], cells: readonly SweepCell[], totalCells: number): void {
  const slot = verdictSlot(chart, "sweep-verdict", "before", "p");
  const text = sweepVerdict(
    paths,
    cells.map((cell) => ({ values: cell.values, cascadeProbability: cell.stats.cascadeProbability, finalShareMean: cell.stats.finalShareMean })),
    totalCells,
  );
  slot.textContent = text ?? "";
  slot.hidden = text === null;
}
