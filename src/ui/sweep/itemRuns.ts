/**
 * The runs of a job's items (a sweep's cells, a sensitivity analysis's points) as they come in
 * from the worker pool, in any order: an item is complete once all its runs are there, and its
 * summaries are handed over in run order, as the command line reads them.
 */
import type { RunSummary } from "../../model/result";

export class ItemRuns {
  private readonly pending = new Map<number, { runs: (RunSummary | undefined)[]; count: number }>();
  private finished = 0;

  constructor(readonly runsPerItem: number) {}

  /** Files run `run` of `item`; returns the item's summaries in run order when that completed it, else null. */
  add(item: number, run: number, summary: RunSummary): RunSummary[] | null {
    let entry = this.pending.get(item);
    if (!entry) this.pending.set(item, (entry = { runs: new Array(this.runsPerItem), count: 0 }));
    if (entry.runs[run] === undefined) entry.count++;
    entry.runs[run] = summary;
    if (entry.count < this.runsPerItem) return null;
    this.pending.delete(item);
    this.finished++;
    return entry.runs as RunSummary[];
  }

  /** How many items are complete. */
  get completed(): number {
    return this.finished;
  }
}
