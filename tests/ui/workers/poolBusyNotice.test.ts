import { describe, expect, it } from "vitest";
import { poolBusyNotice, poolFreeFor } from "../../../src/ui/workers/poolBusyNotice";

function messages() {
  const shown: string[] = [];
  let cleared = 0;
  return { shown, cleared: () => cleared, clear: () => void cleared++, show: (_kind: "notice", text: string) => void shown.push(text) };
}

describe("the pool's busy notice", () => {
  it("names whose work holds the pool and where to cancel it", () => {
    expect(poolBusyNotice("calibration", "the sweep")).toBe("The workers are running the calibration: cancel it in Calibrate to history, or run the sweep when it is done.");
    expect(poolBusyNotice("sweep", "the ensemble")).toContain("cancel it in the Sweep tab");
    expect(poolBusyNotice(null, "the sweep")).toBe("The workers are running another job, or run the sweep when it is done.");
  });

  it("lets a view start when the pool is free, clearing its messages, and says why not when it is busy", () => {
    const free = messages();
    expect(poolFreeFor({ busy: false, runningFor: null }, free, "the sweep")).toBe(true);
    expect(free.cleared()).toBe(1);
    expect(free.shown).toEqual([]);
    const busy = messages();
    expect(poolFreeFor({ busy: true, runningFor: "sensitivity" }, busy, "the ensemble")).toBe(false);
    expect(busy.shown).toEqual([poolBusyNotice("sensitivity", "the ensemble")]);
  });
});
