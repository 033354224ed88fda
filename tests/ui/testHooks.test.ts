// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { announce, exposeHooks, mark } from "../../src/ui/testHooks";

describe("testHooks", () => {
  it("marks <body>, announces events on document and exposes hooks on window", () => {
    mark("compareState", "running");
    mark("compareRuns", 12);
    expect(document.body.dataset.compareState).toBe("running");
    expect(document.body.getAttribute("data-compare-runs")).toBe("12");
    const seen: unknown[] = [];
    document.addEventListener("sweep:drawn", (event) => seen.push((event as CustomEvent).detail));
    announce("sweep:drawn", { cells: 3 });
    expect(seen).toEqual([{ cells: 3 }]);
    exposeHooks("defectionSweep", { poolSize: () => 4 });
    expect((window as unknown as { defectionSweep: { poolSize(): number } }).defectionSweep.poolSize()).toBe(4);
  });
});
