import { describe, expect, it } from "vitest";
import { poolPlan } from "../../../src/ui/workers/poolPlan";
import { tabBudget } from "../../../src/batch/memoryPlan";

describe("the page's pool plans memory for the whole ensemble", () => {
  it("a tab's budget is half the device's memory, at most 4 GB", () => {
    expect(tabBudget(undefined)).toBe(2e9);
    expect(tabBudget(2)).toBe(1e9);
    expect(tabBudget(32)).toBe(4e9);
  });

  it("16 workers on an army of 10 million would not fit a tab: fewer, with the numbers", () => {
    const army = { name: "big", parameters: { army: { size: 10_000_000, days: 100 } } };
    const plan = poolPlan([army], 16, 200);
    expect(plan.workers).toBe(2);
    expect(plan.note).toMatch(/^memory: each run needs about 0\.68 GB, so 16 at once would need 10\.9 GB of the 2\.0 GB a browser tab can give; using 2 workers$/);
    expect(poolPlan([{ name: "small", parameters: { army: { size: 1000 } } }], 4, 200)).toEqual({ workers: 4, note: null });
  });
});
