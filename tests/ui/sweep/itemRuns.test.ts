/** The runs of a job's items gathered in any order, handed over in run order once complete. */
import { describe, expect, it } from "vitest";
import { ItemRuns } from "../../../src/ui/sweep/itemRuns";
import { summary } from "./sweepData";

describe("ItemRuns", () => {
  it("an item is complete only with all its runs, which come back in run order whatever order they arrived in", () => {
    const runs = new ItemRuns(3);
    expect(runs.add(5, 2, summary(2))).toBeNull();
    expect(runs.add(1, 0, summary(10))).toBeNull();
    expect(runs.add(5, 0, summary(0))).toBeNull();
    expect(runs.add(5, 0, summary(0))).toBeNull(); // a repeat does not count twice
    expect(runs.completed).toBe(0);
    expect(runs.add(5, 1, summary(1))).toEqual([summary(0), summary(1), summary(2)]);
    expect(runs.completed).toBe(1);
  });
});
