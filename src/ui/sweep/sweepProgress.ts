/**
 * Progress of a sweep: a bar of runs done, and a line with the cells done out of the total and the
 * time left (from the rate of runs so far; cells are equal in runs, not necessarily in time).
 */
import { formatTimeLeft } from "../compare/ensembleProgress";

export interface SweepProgress {
  started(cells: number, runsPerCell: number, workers: number): void;
  update(cellsDone: number, runsDone: number): void;
  finished(text: string): void;
}

/** `unit`: what the runs are grouped in ("cell"; the sensitivity view's "point"). */
export function sweepProgress(bar: HTMLProgressElement, text: HTMLElement, unit = "cell"): SweepProgress {
  let cells = 0;
  let runs = 0;
  let pool = 1;
  let start = 0;
  bar.hidden = true;
  return {
    started(total, runsPerCell, workers) {
      cells = total;
      runs = total * runsPerCell;
      pool = workers;
      start = performance.now();
      bar.hidden = false;
      bar.max = runs;
      bar.value = 0;
      text.textContent = `Starting ${cells.toLocaleString("en-US")} ${unit}s (${runs.toLocaleString("en-US")} runs) on ${workers} worker${workers === 1 ? "" : "s"}…`;
    },
    update(cellsDone, runsDone) {
      bar.value = runsDone;
      const elapsed = (performance.now() - start) / 1000;
      const left = runsDone > 0 ? (elapsed / runsDone) * (runs - runsDone) : Infinity;
      text.textContent = `${cellsDone.toLocaleString("en-US")} of ${cells.toLocaleString("en-US")} ${unit}s done (${pool} worker${pool === 1 ? "" : "s"}), ${formatTimeLeft(left)}`;
    },
    finished(message) {
      bar.hidden = true;
      text.textContent = message;
    },
  };
}
